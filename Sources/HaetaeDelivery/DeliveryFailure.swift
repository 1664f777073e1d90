import MailCore

/// Why a recipient was not delivered: the reply that says so (the remote server's, or our own
/// diagnosis in the same form), where it came from, and whether another attempt may succeed.
///
/// Decisions are made on the reply's code, never on its text: a 421 is "service closing" because
/// its code is 421 and it came from the server, not because the text starts with "421".
public struct DeliveryFailure: Error, Sendable, Hashable, CustomStringConvertible {
    public enum Source: Sendable, Hashable {
        /// The server answered this (to the greeting, a command, or the end of DATA).
        case server
        /// Our own diagnosis: DNS, connect, TLS, a local store, a configuration limit.
        case local
    }

    /// The reply, with its enhanced status code when there is one.
    public var reply: SMTPReply
    public var source: Source
    /// What the reply answered, shown after it: `in reply to RCPT TO`, `greeting`.
    public var context: String?
    /// `mx.example.net[192.0.2.7]:25`, when a server was reached.
    public var remoteMTA: String?
    /// Whether another attempt may succeed. Usually the reply's class; a host that refuses us at
    /// the greeting or in AUTH is temporary whatever its code (another host, or later, may not).
    public var isTemporary: Bool

    public init(
        reply: SMTPReply, source: Source, context: String? = nil, remoteMTA: String? = nil, isTemporary: Bool? = nil
    ) {
        self.reply = reply
        self.source = source
        self.context = context
        self.remoteMTA = remoteMTA
        self.isTemporary = isTemporary ?? !reply.isPermanent
    }

    /// Our own diagnosis: `local(451, .init(4, 4, 1), "connect to … failed")`.
    public static func local(
        _ code: Int, _ enhanced: EnhancedStatusCode, _ text: String, remoteMTA: String? = nil
    ) -> DeliveryFailure {
        DeliveryFailure(reply: SMTPReply(code, enhanced, text), source: .local, remoteMTA: remoteMTA)
    }

    public var isPermanent: Bool { !isTemporary }

    /// RFC 5321 §3.8: the server is closing the transmission channel (421 from the server itself).
    public var isServiceClosing: Bool { source == .server && reply.code == 421 }

    /// The RFC 3463 status for a DSN: the reply's enhanced code, else `X.0.0` of its class.
    public var status: EnhancedStatusCode {
        reply.enhanced ?? EnhancedStatusCode(reply.code / 100, 0, 0)
    }

    /// One line for the log, the queue state and the DSN: `550 5.1.1 no such user (in reply to RCPT TO)`.
    /// The enhanced code stands before every text line, as RFC 2034 §4 has it on the wire.
    public var description: String {
        var parts = [String(reply.code)]
        for line in reply.lines {
            if let enhanced = reply.enhanced {
                parts.append(line.isEmpty ? enhanced.description : "\(enhanced) \(line)")
            } else if !line.isEmpty {
                parts.append(line)
            }
        }
        if let context { parts.append("(\(context))") }
        return parts.joined(separator: " ")
    }
}
