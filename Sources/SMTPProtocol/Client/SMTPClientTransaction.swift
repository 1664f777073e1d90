/// One mail transaction on an open, greeted session, as a value: replies in, actions out. Pure —
/// no channel, no clock; the delivery agent executes the actions on its connection, and tests
/// drive it with replies alone.
///
/// With PIPELINING (RFC 2920) MAIL and every RCPT go out at once and their replies are read in
/// order; without it each RCPT waits for the reply before it, and none is sent when MAIL is
/// refused. DATA is sent only when at least one recipient was accepted.
///
/// - SeeAlso: RFC 5321 §3.3 (mail transactions), §4.1.1.2–4 (MAIL, RCPT, DATA).
public struct SMTPClientTransaction: Sendable {
    /// What a reply answered, for the diagnostic (`in reply to RCPT TO`).
    public enum Stage: String, Sendable, Hashable {
        case mail = "MAIL FROM"
        case rcpt = "RCPT TO"
        case data = "DATA"
        case endOfData = "end of DATA"
    }

    public enum Action: Sendable, Hashable {
        /// Write these command lines, then read a reply and `receive` it.
        case send([String])
        /// Read the next reply (more pipelined replies are due) and `receive` it.
        case awaitReply
        /// Write the message (dot-stuffed, with its terminator), then read a reply and `receive` it.
        case sendMessage
        /// The transaction is over.
        case finished(Result)
    }

    /// The reply that decides a recipient and what it answered: its RCPT refusal, the refusal of
    /// DATA, or the reply to the end of DATA.
    public struct RecipientReply: Sendable, Hashable {
        public var recipient: String
        public var stage: Stage
        public var reply: SMTPWireReply

        public init(_ recipient: String, _ stage: Stage, _ reply: SMTPWireReply) {
            self.recipient = recipient
            self.stage = stage
            self.reply = reply
        }
    }

    public enum Result: Sendable, Hashable {
        /// MAIL was refused: the reply holds for every recipient (and says whether to try another
        /// host).
        case senderRefused(SMTPWireReply)
        /// One reply per recipient, in order.
        case completed([RecipientReply])
    }

    private enum State: Sendable {
        case idle
        /// Waiting for MAIL's reply and, pipelined, the RCPT replies after it.
        case envelope
        case data
        case endOfData
        case finished
    }

    public let sender: String
    public let recipients: [String]
    /// ESMTP parameters after `MAIL FROM:<…>`, each with its leading space (` SIZE=1234`).
    public let mailParameters: String
    public let pipelining: Bool
    private var state = State.idle
    private var mailReply: SMTPWireReply?
    private var rcptReplies: [SMTPWireReply] = []

    public init(sender: String, recipients: [String], mailParameters: String = "", pipelining: Bool) {
        self.sender = sender
        self.recipients = recipients
        self.mailParameters = mailParameters
        self.pipelining = pipelining
    }

    /// The first action: MAIL (and, pipelined, every RCPT).
    public mutating func start() -> Action {
        guard case .idle = state else { return .awaitReply }
        state = .envelope
        let mail = "MAIL FROM:<\(sender)>\(mailParameters)"
        return .send(pipelining ? [mail] + recipients.map(Self.rcpt) : [mail])
    }

    static func rcpt(_ address: String) -> String { "RCPT TO:<\(address)>" }

    private static func isAccepted(_ reply: SMTPWireReply) -> Bool { reply.code == 250 || reply.code == 251 }

    /// The next reply from the server.
    public mutating func receive(_ reply: SMTPWireReply) -> Action {
        switch state {
        case .idle, .finished:
            return .awaitReply
        case .envelope:
            if mailReply == nil {
                mailReply = reply
                // One by one, nothing more was sent: a refused sender ends it here.
                if reply.code != 250 && !pipelining { return finish(.senderRefused(reply)) }
            } else {
                rcptReplies.append(reply)
            }
            return nextEnvelopeAction()
        case .data:
            guard reply.code == 354 else {
                return finish(.completed(outcomes(accepted: .data, reply)))
            }
            state = .endOfData
            return .sendMessage
        case .endOfData:
            return finish(.completed(outcomes(accepted: .endOfData, reply)))
        }
    }

    private mutating func nextEnvelopeAction() -> Action {
        guard rcptReplies.count == recipients.count else {
            // Pipelined: the RCPT replies are on their way. One by one: send the next RCPT.
            return pipelining ? .awaitReply : .send([Self.rcpt(recipients[rcptReplies.count])])
        }
        if let mail = mailReply, mail.code != 250 { return finish(.senderRefused(mail)) }
        guard rcptReplies.contains(where: Self.isAccepted) else {
            return finish(.completed(zip(recipients, rcptReplies).map { RecipientReply($0, .rcpt, $1) }))
        }
        state = .data
        return .send(["DATA"])
    }

    /// Refused recipients keep their RCPT reply; accepted ones get `reply` to `stage`.
    private func outcomes(accepted stage: Stage, _ reply: SMTPWireReply) -> [RecipientReply] {
        zip(recipients, rcptReplies).map { recipient, rcpt in
            Self.isAccepted(rcpt) ? RecipientReply(recipient, stage, reply) : RecipientReply(recipient, .rcpt, rcpt)
        }
    }

    private mutating func finish(_ result: Result) -> Action {
        state = .finished
        return .finished(result)
    }
}
