import HaetaePolicy
import HaetaeQueue
import Logging
import SMTPProtocol

/// What a session needs from the rest of the server, all Sendable.
public struct SMTPServices: Sendable {
    public var configuration: SMTPServerConfiguration
    public var policy: SMTPPolicy
    /// Where arriving messages are written (drafts in the spool's `tmp/`).
    public var spool: Spool
    /// Takes a complete message: content checks, then the queue.
    public var receiver: any MessageReceiver
    public var limiter: ConnectionLimiter
    public var logger: Logger

    public init(
        configuration: SMTPServerConfiguration, policy: SMTPPolicy,
        spool: Spool, receiver: any MessageReceiver, limiter: ConnectionLimiter, logger: Logger
    ) {
        self.configuration = configuration
        self.policy = policy
        self.spool = spool
        self.receiver = receiver
        self.limiter = limiter
        self.logger = logger
    }
}
