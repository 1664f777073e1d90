/// Static settings of one connection: the session's, and how its input is framed.
public struct SMTPConnectionConfiguration: Sendable {
    public var session: SMTPSessionConfiguration
    /// The longest command line (or AUTH response line) the framer passes on.
    public var commandLineLimit: Int
    public var bareLineEndings: BareLineEndingPolicy
    /// The longest text line accepted in DATA.
    public var textLineLimit: Int
    /// Wire octets of one DATA section after which the connection is dropped (the message was
    /// refused long before, at `maxMessageSize`; this stops a client that keeps sending).
    public var dataHardLimit: Int

    public init(
        session: SMTPSessionConfiguration, commandLineLimit: Int = SMTPLimits.commandLineLength,
        bareLineEndings: BareLineEndingPolicy = .normalize, textLineLimit: Int = SMTPLimits.acceptedTextLineLength,
        dataHardLimit: Int? = nil
    ) {
        self.session = session
        self.commandLineLimit = commandLineLimit
        self.bareLineEndings = bareLineEndings
        self.textLineLimit = textLineLimit
        self.dataHardLimit = dataHardLimit ?? Self.dataHardLimit(maxMessageSize: session.maxMessageSize)
    }

    /// Half the message size again plus 1 MiB: room for a client that only notices the 552 late.
    public static func dataHardLimit(maxMessageSize: Int) -> Int {
        maxMessageSize + maxMessageSize / 2 + 1_048_576
    }
}

/// One SMTP server connection as a value: bytes in, actions out. It owns the command-line
/// framer, the session, the DATA receiver and the mode (connecting, command, AUTH response, DATA,
/// waiting for an answer, waiting for TLS, closed). No I/O, no clock: the NIO handler and the fuzz
/// target drive this same loop.
///
/// Bounded by construction: `next(in:)` reads from the caller's buffer and says how much it used;
/// it keeps no input of its own. It handles one unit per call (a command line, an AUTH response,
/// an over-long line, or a run of DATA octets), so the caller can stop between units (when the
/// client does not read replies). While an action is outstanding it consumes nothing. When it
/// needs more input, what it left in the buffer is at most `commandLineLimit` octets (a partial
/// line); in DATA it leaves nothing.
///
/// - SeeAlso: RFC 5321 §4.1.4, RFC 2920 (pipelining: commands wait in the caller's buffer while a
///   check runs, and are answered in order), RFC 3207 §4.2 (STARTTLS), RFC 4954 (AUTH).
public struct SMTPServerConnection: Sendable {
    /// What the connection reads next.
    public enum Mode: Hashable, Sendable {
        /// Before `greet()`: the connect checks run; input waits.
        case connecting
        /// Command lines.
        case command
        /// A SASL response line (RFC 4954 §4).
        case authResponse
        /// The DATA section (RFC 5321 §4.1.1.4).
        case data
        /// An action is outstanding (a check, credentials, the queue); input waits.
        case waiting
        /// STARTTLS was answered; input waits for `tlsEstablished()`.
        case awaitingTLS
        /// Nothing more is read or written.
        case closed
    }

    /// What a step read, for the idle timer and the log. An AUTH response's content is never shown.
    public enum Input: Hashable, Sendable {
        case command(SMTPCommandParser.Outcome)
        case authResponse
        case overlongLine
        case messageData
    }

    /// The result of one `next(in:)`.
    public struct Step: Hashable, Sendable {
        /// Octets of the caller's buffer used (and to be dropped from it).
        public var consumed: Int
        /// What a complete unit was read, or nil (a partial line, the tail of an over-long line,
        /// or nothing). Non-nil means the client is not idle: one byte every few minutes is.
        public var input: Input?
        public var actions: [SMTPConnectionAction]

        public init(consumed: Int = 0, input: Input? = nil, actions: [SMTPConnectionAction] = []) {
            self.consumed = consumed
            self.input = input
            self.actions = actions
        }

        /// Nothing was consumed and nothing is to be done: wait for more input or an answer.
        public var isIdle: Bool { consumed == 0 && actions.isEmpty }
    }

    private enum State: Sendable {
        case connecting
        case open
        case data(DataReceiver)
        case awaitingTLS
        case closed
    }

    public let configuration: SMTPConnectionConfiguration
    public private(set) var session: SMTPSession
    private var framer: CommandLineFramer
    private var state: State = .connecting
    private var pendingRecipient: ForwardPath?

    public init(configuration: SMTPConnectionConfiguration, tlsActive: Bool = false) {
        self.configuration = configuration
        self.session = SMTPSession(configuration: configuration.session, tlsActive: tlsActive)
        self.framer = CommandLineFramer(limit: configuration.commandLineLimit)
    }

    public var mode: Mode {
        switch state {
        case .connecting: return .connecting
        case .data: return .data
        case .awaitingTLS: return .awaitingTLS
        case .closed: return .closed
        case .open:
            if session.isAwaitingAnswer { return .waiting }
            return session.expectsAuthResponse ? .authResponse : .command
        }
    }

    /// Wire octets of the DATA section being read, or nil outside DATA (for a minimum data rate).
    public var dataWireOctets: Int? {
        if case .data(let receiver) = state { return receiver.wireBytes }
        return nil
    }

    // MARK: - Input

    /// Reads at most one unit from `bytes` (the caller's unread input).
    public mutating func next(in bytes: UnsafeRawBufferPointer) -> Step {
        switch state {
        case .connecting, .awaitingTLS, .closed:
            return Step()
        case .data(var receiver):
            return dataStep(&receiver, bytes)
        case .open:
            guard !session.isAwaitingAnswer else { return Step() }
            return lineStep(bytes)
        }
    }

    /// `next(in:)` over an array (tests, fuzzing).
    public mutating func next(in bytes: [UInt8]) -> Step {
        bytes.withUnsafeBytes { next(in: $0) }
    }

    public mutating func next(in bytes: ArraySlice<UInt8>) -> Step {
        bytes.withUnsafeBytes { next(in: $0) }
    }

    private mutating func lineStep(_ bytes: UnsafeRawBufferPointer) -> Step {
        let (consumed, outcome) = framer.next(in: bytes)
        switch outcome {
        case .needMoreData:
            return Step(consumed: consumed)
        case .lineTooLong:
            // In an AUTH exchange too: the session answers 500 and keeps waiting for a response.
            return Step(consumed: consumed, input: .overlongLine, actions: perform(session.commandLineTooLong()))
        case .line(let line):
            if session.expectsAuthResponse {
                return Step(consumed: consumed, input: .authResponse, actions: perform(session.receiveAuthResponse(line)))
            }
            let parsed = SMTPCommandParser.parse(line)
            let action = session.receive(parsed)
            if case .startTLS(let reply) = action {
                // RFC 3207 §4.2 / CVE-2011-0411: what follows STARTTLS in plaintext is never read.
                state = .awaitingTLS
                framer.reset()
                return Step(
                    consumed: bytes.count, input: .command(parsed),
                    actions: [.reply(reply), .startTLS(discardedOctets: bytes.count - consumed)])
            }
            return Step(consumed: consumed, input: .command(parsed), actions: perform(action))
        }
    }

    private mutating func dataStep(_ receiver: inout DataReceiver, _ bytes: UnsafeRawBufferPointer) -> Step {
        guard !bytes.isEmpty else { return Step() }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        let (consumed, finished) = receiver.consume(bytes, into: &output)
        var actions: [SMTPConnectionAction] = []
        if !output.isEmpty { actions.append(.messageData(output)) }
        if finished {
            state = .open
            if receiver.outcome != .accepted {
                actions.append(.discardMessage(.refused(receiver.outcome, wireOctets: receiver.wireBytes)))
            }
            actions += perform(session.dataReceived(receiver.outcome))
        } else if receiver.wireBytes > configuration.dataHardLimit {
            actions.append(.discardMessage(.hardLimit(wireOctets: receiver.wireBytes)))
            state = .closed
            actions += [.reply(.messageTooBig), .close]
        } else {
            state = .data(receiver)
        }
        return Step(consumed: consumed, input: .messageData, actions: actions)
    }

    /// Turns the session's answer into actions, switching the mode as it says.
    private mutating func perform(_ action: SMTPSessionAction) -> [SMTPConnectionAction] {
        switch action {
        case .reply(let reply):
            return [.reply(reply)]
        case .replyAndClose(let reply):
            state = .closed
            return [.reply(reply), .close]
        case .startTLS:
            // Only a command line leads here, and `lineStep` handles it; an answer never does.
            state = .closed
            return [.reply(.localError), .close]
        case .verifyCredentials(let credentials):
            return [.verifyCredentials(credentials)]
        case .checkSender(let path):
            return [.checkSender(path)]
        case .checkRecipient(let path):
            pendingRecipient = path
            return [.checkRecipient(path)]
        case .receiveData(let reply):
            state = .data(
                DataReceiver(
                    maxMessageSize: configuration.session.maxMessageSize,
                    bareLineEndings: configuration.bareLineEndings, lineLimit: configuration.textLineLimit))
            return [.reply(reply), .beginMessage]
        case .enqueue(let transaction):
            return [.enqueue(transaction)]
        case .discardMessage(let reply):
            return [.discardMessage(.policy), .reply(reply)]
        }
    }

    // MARK: - Answers

    /// True while the session waits for this particular answer and the connection is open.
    private func awaiting(_ phase: SMTPSession.Phase) -> Bool {
        if case .open = state { return session.phase == phase }
        return false
    }

    /// The connect checks passed: the greeting.
    public mutating func greet() -> [SMTPConnectionAction] {
        guard case .connecting = state else { return [] }
        state = .open
        return [.reply(session.greeting)]
    }

    /// The answer to `.checkSender`.
    public mutating func senderDecided(_ decision: SenderDecision) -> [SMTPConnectionAction] {
        guard awaiting(.awaitingSender) else { return [] }
        return perform(session.senderDecided(decision))
    }

    /// The answer to `.checkRecipient`.
    public mutating func recipientDecided(_ decision: RecipientDecision) -> [SMTPConnectionAction] {
        guard awaiting(.awaitingRecipient), let path = pendingRecipient else { return [] }
        pendingRecipient = nil
        return perform(session.recipientDecided(path, decision))
    }

    /// The answer to `.verifyCredentials`: the canonical user name, or nil when refused.
    /// `failureReply` replaces `535 5.7.8` (a busy or locked account); `close` ends the connection
    /// after it (a lockout).
    public mutating func authenticationFinished(
        user: String?, failureReply: SMTPReply? = nil, close: Bool = false
    ) -> [SMTPConnectionAction] {
        guard awaiting(.awaitingCredentialCheck) else { return [] }
        let action = session.authenticationFinished(user: user, failureReply: failureReply)
        guard close, user == nil else { return perform(action) }
        return perform(.replyAndClose(failureReply ?? .authFailed))
    }

    /// The answer to `.enqueue`: the message is durable.
    public mutating func messageQueued(id: String) -> [SMTPConnectionAction] {
        guard awaiting(.awaitingQueue) else { return [] }
        return perform(session.messageQueued(id: id))
    }

    /// The answer to `.enqueue`: the content was refused (a virus, say).
    public mutating func messageRefused(_ reply: SMTPReply) -> [SMTPConnectionAction] {
        guard awaiting(.awaitingQueue) else { return [] }
        return perform(session.messageRefused(reply))
    }

    /// The answer to `.enqueue`: the spool failed.
    public mutating func queueFailed() -> [SMTPConnectionAction] {
        guard awaiting(.awaitingQueue) else { return [] }
        return perform(session.queueFailed())
    }

    /// The TLS handshake after `.startTLS` completed: everything learnt before it is forgotten
    /// and input is read again. Ignored otherwise (an implicit-TLS handshake).
    public mutating func tlsEstablished() {
        guard case .awaitingTLS = state else { return }
        session.tlsEstablished()
        framer.reset()
        state = .open
    }

    // MARK: - Ending

    /// The idle timer fired.
    public mutating func timedOut() -> [SMTPConnectionAction] {
        guard !isClosed else { return [] }
        let discard = discardIfInData()
        _ = session.timedOut()
        state = .closed
        return discard + [.reply(.timeout), .close]
    }

    /// The I/O layer ends the connection (a refused connect, the session lifetime, a slow DATA
    /// rate, a TLS failure), with a last reply or none.
    public mutating func close(with reply: SMTPReply?) -> [SMTPConnectionAction] {
        guard !isClosed else { return [] }
        let discard = discardIfInData()
        state = .closed
        return discard + (reply.map { [.reply($0)] } ?? []) + [.close]
    }

    public var isClosed: Bool {
        if case .closed = state { return true }
        return false
    }

    private func discardIfInData() -> [SMTPConnectionAction] {
        if case .data = state { return [.discardMessage(.abandoned)] }
        return []
    }
}
