import HaetaePolicy
import HaetaeQueue
import HaetaeScan
import HaetaeStore
import Logging
import SMTPProtocol

/// What a session needs from the rest of the server, all Sendable.
public struct SMTPServices: Sendable {
    public var configuration: SMTPServerConfiguration
    public var directory: any MailDirectory
    public var policy: SMTPPolicy
    public var spool: Spool
    /// Called after a message is durable (hands it to the queue runner).
    public var messageQueued: @Sendable (String) async -> Void
    public var limiter: ConnectionLimiter
    public var logger: Logger
    /// Content scanning of inbound mail (nil: off).
    public var inboundScan: InboundScan?
    /// Counts for the reports' top lists: (kind, key) with kind sender, recipient, domain or
    /// refused-client (nil: not kept).
    public var noteTop: (@Sendable (String, String) -> Void)?

    public init(
        configuration: SMTPServerConfiguration, directory: any MailDirectory, policy: SMTPPolicy,
        spool: Spool, messageQueued: @escaping @Sendable (String) async -> Void, limiter: ConnectionLimiter,
        logger: Logger
    ) {
        self.configuration = configuration
        self.directory = directory
        self.policy = policy
        self.spool = spool
        self.messageQueued = messageQueued
        self.limiter = limiter
        self.logger = logger
    }
}

/// Which inbound mail is scanned and where quarantined mail goes.
public struct InboundScan: Sendable {
    public var service: ScanService
    public var quarantine: QuarantineStore
    /// Recipient domains whose mail is scanned; nil: every domain (local and gateway).
    public var domains: Set<String>?

    public init(service: ScanService, quarantine: QuarantineStore, domains: Set<String>?) {
        self.service = service
        self.quarantine = quarantine
        self.domains = domains
    }
}
