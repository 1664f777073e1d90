import HaetaeEvents
import Logging
import MailCore

/// Admits connections (in total and per client address); the server passes the same kind of
/// limiter its SMTP listeners use.
public protocol ConnectionGate: Sendable {
    func acquire(_ address: String) -> Bool
    func release(_ address: String)
}

/// What a mailbox-access session (IMAP, POP3) needs from the rest of the server.
public struct MailAccessServices: Sendable {
    public enum AuthOutcome: Sendable, Equatable {
        case success(user: String)
        case failure
        /// Locked out, or password hashing saturated, or the directory unreadable: try later.
        case unavailable(String)
    }

    public var hostname: String
    /// Where users' Maildirs are (`<mailRoot>/<domain>/<local>/Maildir`).
    public var mailRoot: String
    /// Where large APPEND literals are spilled while they arrive (same file system as `mailRoot`).
    public var spoolDirectory: String
    /// Checks a user's password (with the server's brute-force throttle and lockout).
    public var authenticate: @Sendable (_ user: String, _ password: String, _ client: String) async -> AuthOutcome
    public var limiter: any ConnectionGate
    /// Where users' Junk moves are recorded as the filter's feedback (`DATA/filter/feedback`);
    /// nil records nothing.
    public var feedbackDirectory: String?
    public var limits: IMAPLimits
    public var logger: Logger

    public init(
        hostname: String, mailRoot: String, spoolDirectory: String,
        authenticate: @escaping @Sendable (String, String, String) async -> AuthOutcome,
        limiter: any ConnectionGate, limits: IMAPLimits = IMAPLimits(), logger: Logger
    ) {
        self.hostname = hostname
        self.mailRoot = mailRoot
        self.spoolDirectory = spoolDirectory
        self.authenticate = authenticate
        self.limiter = limiter
        self.limits = limits
        self.logger = logger
    }
}

/// Limits of one IMAP connection.
public struct IMAPLimits: Sendable, Equatable {
    /// Largest message APPEND takes, in octets.
    public var maxMessageSize = 26_214_400
    /// Seconds without a command before the connection is closed (RFC 3501 §5.4: at least 30 minutes
    /// once authenticated; before login much less).
    public var idleTimeout: Int64 = 1_800
    public var preAuthTimeout: Int64 = 60
    /// Failed logins on one connection before it is closed.
    public var maxAuthFailures = 3
    /// Commands that were not understood before the connection is closed.
    public var maxBadCommands = 20
    /// Literals held in memory for one command before login (LOGIN's password).
    public var preAuthLiteral = 8_192
    /// How often an IDLE session looks for new mail, in seconds.
    public var idlePoll: Int64 = 5

    public init() {}
}

extension MailAccessServices {
    /// Checks a login and logs it (`event=auth` with the listener, as SMTP AUTH is logged, so the
    /// audit and the lockout see every protocol alike).
    func logIn(_ name: String, _ password: String, client: String, mechanism: String, listener: String, logger: Logger) async -> AuthOutcome {
        let outcome = await authenticate(name, password, client)
        switch outcome {
        case .success(let account):
            logger.record(.auth, ["ip": client, "listener": listener, "result": "success", "user": account, "mechanism": mechanism])
        case .failure:
            logger.record(.auth, level: .warning, ["ip": client, "listener": listener, "result": "failure", "user": AccountName.key(name), "mechanism": mechanism])
        case .unavailable(let why):
            logger.record(.auth, level: .warning, ["ip": client, "listener": listener, "result": "unavailable", "user": AccountName.key(name), "mechanism": mechanism, "reason": why])
        }
        return outcome
    }
}
