import HaetaeEvents
import MailCore
import Foundation
import HaetaeProtection
import HaetaeStore
import Logging
import Metrics
import SMTPProtocol

/// Settings of the outbound protection (all from `protection.*`, `limits.*`, `auth.*`).
public struct ProtectionConfiguration: Sendable {
    /// Messages waiting for remote delivery that trip the breaker; 0 disables it.
    public var queueThreshold: Int
    public var resetOnRestart: Bool
    public var accountLimits: RateLimits
    public var clientLimits: RateLimits
    public var detectionEnabled: Bool
    public var detector: DetectorThresholds
    public var lockout: AuthLockoutPolicy

    public init(
        queueThreshold: Int = 500, resetOnRestart: Bool = false,
        accountLimits: RateLimits = RateLimits(messagesPerHour: 300, recipientsPerHour: 1_000, domainsPerHour: 200),
        clientLimits: RateLimits = RateLimits(messagesPerHour: 1_000, recipientsPerHour: 3_000, domainsPerHour: 500),
        detectionEnabled: Bool = true, detector: DetectorThresholds = DetectorThresholds(),
        lockout: AuthLockoutPolicy = AuthLockoutPolicy()
    ) {
        self.queueThreshold = queueThreshold
        self.resetOnRestart = resetOnRestart
        self.accountLimits = accountLimits
        self.clientLimits = clientLimits
        self.detectionEnabled = detectionEnabled
        self.detector = detector
        self.lockout = lockout
    }
}

/// What the monitor asks of the rest of the server.
public struct ProtectionActions: Sendable {
    /// Holds every queued, not yet delivered message an account submitted; returns (messages, recipients).
    public var holdAccountMail: @Sendable (String) async -> (messages: Int, recipients: Int)
    /// Sends a notice to postmaster.
    public var alert: @Sendable (_ subject: String, _ body: String) async -> Void
    /// The senders with most messages in the remote backlog ("name count" lines).
    public var topSenders: @Sendable () async -> [String]

    public init(
        holdAccountMail: @escaping @Sendable (String) async -> (messages: Int, recipients: Int),
        alert: @escaping @Sendable (String, String) async -> Void, topSenders: @escaping @Sendable () async -> [String]
    ) {
        self.holdAccountMail = holdAccountMail
        self.alert = alert
        self.topSenders = topSenders
    }

    public static let none = ProtectionActions(holdAccountMail: { _ in (0, 0) }, alert: { _, _ in }, topSenders: { [] })
}

/// The result of admitting one accepted recipient.
public enum RecipientAdmission: Sendable, Hashable {
    case admitted
    case rateLimited(SMTPReply)
    case suspended(SMTPReply)
}

/// Acts in seconds where the protection manual's administrator acted the next morning: the queue
/// circuit breaker, hourly rate limits, compromised-account suspension and AUTH lockouts. One actor
/// owns the counters; the store keeps what must survive a restart or be changed by the CLI.
public actor ProtectionMonitor {
    public nonisolated let configuration: ProtectionConfiguration
    private let store: any ProtectionStore
    private let actions: ProtectionActions
    private let logger: Logger
    private var breaker: CircuitBreaker
    private var limiter = RateLimiter()
    private var detector: CompromiseDetector
    private var throttle: AuthThrottle
    private var suspended = Set<String>()
    private var limitsCache: [String: RateLimits] = [:]
    private var generation: Int?
    /// What time it is: the system clock, or a test's.
    private let clock: @Sendable () -> Date
    public private(set) var backlog = 0

    public static let breakerReply = SMTPReply(530, .init(5, 7, 1), "Relay denied for protecting our server")
    public static let suspendedReply = SMTPReply(
        550, .init(5, 7, 1), "Account suspended from sending because of suspicious activity; contact your administrator")

    public init(
        store: any ProtectionStore, configuration: ProtectionConfiguration, actions: ProtectionActions, logger: Logger,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        self.clock = clock
        self.store = store
        self.configuration = configuration
        self.actions = actions
        self.logger = logger
        self.detector = CompromiseDetector(thresholds: configuration.detector)
        self.throttle = AuthThrottle(policy: configuration.lockout)
        var state = try store.breakerState()
        if configuration.resetOnRestart && state.isTripped {
            state = CircuitBreaker.State()
            try store.saveBreakerState(state, bump: true)
            logger.record(.protectionReset, level: .notice, ["by": "restart"])
        }
        self.breaker = CircuitBreaker(threshold: configuration.queueThreshold, state: state)
        self.suspended = try store.suspendedUsers()
        // What this state corresponds to: a change the CLI makes from now on is seen by the next
        // poll, however late the first one comes.
        self.generation = Int((try? store.setting("protection_generation")) ?? nil ?? "")
        throttle.restoreKnownGood((try? store.knownAddresses()) ?? [:])
        let locks = try store.activeLockouts()
        for lock in locks {
            if let subject = AuthSubject(lock.subject) { throttle.restoreLock(subject, until: lock.lockedUntil) }
        }
        if let tripped = state.trippedAt {
            logger.record(.protectionState, level: .warning, ["tripped": "true", "since": "\(ISO8601DateFormatter().string(from: tripped))", "backlog_at_trip": "\(state.backlogAtTrip)"])
        }
    }

    // MARK: - Breaker

    public func relayAllowed() -> Bool { breaker.allowsRelay }

    /// The breaker for mail that enters without the server (`haetae sendmail`: a hijacked web
    /// application is the classic flood): while the stored breaker is tripped, the first recipient
    /// outside the local domains and the reply the server would give it; nil when all may go.
    public static func breakerRefusal(store: any ProtectionStore, recipients: [String]) async -> (recipient: String, reply: SMTPReply)? {
        guard (try? store.breakerState().isTripped) == true else { return nil }
        for recipient in recipients {
            let domain = recipient.split(separator: "@").last.map(String.init) ?? ""
            if (try? await store.isLocalDomain(domain)) != true { return (recipient, breakerReply) }
        }
        return nil
    }

    public func breakerState() -> CircuitBreaker.State { breaker.state }

    /// Called with the remote backlog a few times a second.
    public func observe(backlog: Int) async {
        self.backlog = backlog
        Gauge(label: "haetae_remote_backlog").record(backlog)
        Gauge(label: "haetae_protection_tripped").record(breaker.state.isTripped ? 1 : 0)
        guard case .tripped(let size) = breaker.observe(backlog: backlog, now: clock()) else { return }
        do {
            try store.saveBreakerState(breaker.state, bump: false)
        } catch {
            logger.record(.protectionError, level: .error, ["error": "cannot store breaker state: \(error)"])
        }
        let top = await actions.topSenders()
        try? store.saveBreakerState(breaker.state, topSenders: top, bump: false)
        logger.record(.protectionTripped, level: .critical, [
            "backlog": "\(size)", "threshold": "\(configuration.queueThreshold)", "top_senders": top.prefix(5).joined(separator: ", "),
        ])
        await actions.alert(
            "Protection tripped: relay to external domains refused",
            """
            The queue of messages waiting for remote delivery reached \(size) (threshold \(configuration.queueThreshold)).
            Haetae now refuses every new recipient on an external domain with
              530 5.7.1 Relay denied for protecting our server
            Inbound mail and local delivery keep working.

            Top senders in the backlog:
            \(top.isEmpty ? "  (none recorded)" : top.map { "  " + $0 }.joined(separator: "\n"))

            What to do:
              1. haetae protect status      — the state, the queue and the top senders
              2. haetae queue list          — find the flood; haetae queue delete ID / hold ID
              3. haetae user passwd ADDRESS — if an account was hijacked (and haetae user suspend)
              4. haetae protect reset       — allow relaying again
            """)
    }

    // MARK: - AUTH

    public func authGate(client: String, account: String?) -> AuthGate {
        throttle.gate(client: IPAddressText.clientKey(client), account: account?.lowercased(), now: clock())
    }

    public func authFailed(client: String, account: String?) -> AuthFailureOutcome {
        let now = clock()
        let outcome = throttle.recordFailure(client: IPAddressText.clientKey(client), account: account?.lowercased(), now: now)
        for subject in outcome.locked {
            let until = now.addingTimeInterval(configuration.lockout.duration)
            logger.record(.authLockout, level: .warning, ["subject": "\(subject)", "minutes": "\(Int(configuration.lockout.duration / 60))", "failures": "\(configuration.lockout.failures)", "window": "\(Int(configuration.lockout.window))s", "ip": "\(client)"])
            try? store.recordLockout(subject: subject.description, until: until, reason: "\(configuration.lockout.failures) failed AUTH in \(Int(configuration.lockout.window)) s, last from \(client)")
        }
        return outcome
    }

    public func authSucceeded(client: String, account: String) async {
        throttle.recordSuccess(client: IPAddressText.clientKey(client), account: account)
        try? store.recordKnownAddress(account: account, client: IPAddressText.clientKey(client))
        guard configuration.detectionEnabled else { return }
        detector.login(account: account, client: client, now: clock())
        let assessment = detector.assess(account: account, now: clock())
        if assessment.tripped { await suspend(account, assessment) }
    }

    // MARK: - Recipients

    /// An authenticated or relayed recipient the policy accepted: rate limits, then the detector.
    /// Whether one more recipient is within the limits; `record` false only looks (the explainer).
    public func admit(account: String?, client: String, domain: String, newMessage: Bool, record: Bool = true) async -> RecipientAdmission {
        let now = clock()
        if let account, suspended.contains(account) { return .suspended(Self.suspendedReply) }
        if let account {
            let limits = accountLimits(account)
            if let violation = limiter.check(subject: account, domain: domain, newMessage: newMessage, limits: limits, now: now) {
                logger.record(.rateLimit, level: .warning, ["user": "\(account)", "ip": "\(client)", "limit": "\(violation.kind.rawValue)", "value": "\(violation.limit)"])
                Counter(label: "haetae_rate_limited_total", dimensions: [("subject", "account"), ("limit", violation.kind.rawValue)]).increment()
                return .rateLimited(SMTPReply(451, .init(4, 7, 1), violation.description))
            }
        }
        let clientKey = "[\(IPAddressText.clientKey(client))]"
        if let violation = limiter.check(subject: clientKey, domain: domain, newMessage: newMessage, limits: configuration.clientLimits, now: now) {
            logger.record(.rateLimit, level: .warning, ["user": "\(account ?? "-")", "ip": "\(client)", "limit": "\(violation.kind.rawValue)", "value": "\(violation.limit)"])
            Counter(label: "haetae_rate_limited_total", dimensions: [("subject", "ip"), ("limit", violation.kind.rawValue)]).increment()
            return .rateLimited(SMTPReply(451, .init(4, 7, 1), violation.description))
        }
        guard record else { return .admitted }
        if let account { limiter.record(subject: account, domain: domain, newMessage: newMessage, now: now) }
        limiter.record(subject: clientKey, domain: domain, newMessage: newMessage, now: now)
        guard let account, configuration.detectionEnabled else { return .admitted }
        let assessment = detector.recipient(account: account, domain: domain, accepted: true, now: now)
        if assessment.tripped {
            await suspend(account, assessment)
            return .suspended(Self.suspendedReply)
        }
        return .admitted
    }

    /// A recipient of an authenticated session that the policy refused (feeds the rejected ratio).
    public func refused(account: String, domain: String) async {
        guard configuration.detectionEnabled else { return }
        let assessment = detector.recipient(account: account, domain: domain, accepted: false, now: clock())
        if assessment.tripped { await suspend(account, assessment) }
    }

    public func isSuspended(_ account: String) -> Bool { suspended.contains(account) }

    private func accountLimits(_ account: String) -> RateLimits {
        if let cached = limitsCache[account] { return cached }
        var limits = configuration.accountLimits
        if let text = (try? store.user(account))??.rateLimits, let own = RateLimits.parse(text, base: limits) {
            limits = own
        }
        if limitsCache.count > 10_000 { limitsCache.removeAll() }
        limitsCache[account] = limits
        return limits
    }

    private func suspend(_ account: String, _ assessment: DetectorAssessment) async {
        guard !suspended.contains(account) else { return }
        suspended.insert(account)
        let changed: Bool
        do {
            changed = try store.suspendUser(account, reason: "compromised-account detector: score \(String(format: "%.2f", assessment.score)); \(assessment.evidence)")
        } catch {
            logger.record(.protectionError, level: .error, ["user": "\(account)", "error": "cannot suspend: \(error)"])
            return
        }
        guard changed else { return }
        Counter(label: "haetae_accounts_suspended_total").increment()
        // Our own change must not read as an administrator's on the next poll.
        generation = try? await store.protectionGeneration()
        let held = await actions.holdAccountMail(account)
        logger.record(.accountSuspended, level: .critical, [
            "user": account, "score": String(format: "%.2f", assessment.score), "held_messages": "\(held.messages)",
            "held_recipients": "\(held.recipients)", "evidence": assessment.evidence,
        ])
        await actions.alert(
            "Account \(account) suspended from sending",
            """
            Haetae suspended \(account) from sending because it behaved like a hijacked account.
            It can still log in and read mail; new mail from it is refused with
              550 5.7.1 Account suspended from sending
            Its queued outbound mail is held, not deleted: \(held.messages) message(s), \(held.recipients) recipient(s).

            Evidence (last \(Int(configuration.detector.window / 60)) minutes, score \(String(format: "%.2f", assessment.score)), threshold 1.00):
            \(assessment.signals.map { "  - " + $0.description }.joined(separator: "\n"))

            What to do:
              1. haetae audit LOGFILE                  — what the account did, from which addresses
              2. haetae user passwd \(account)          — change the password
              3. haetae queue list; queue delete ID    — remove the spam that is held
              4. haetae user unsuspend \(account)       — let it send again
              5. haetae queue release ID               — send held mail that was legitimate
            """)
    }

    // MARK: - Changes made by the CLI

    /// Picks up what the CLI changed (breaker reset, lockouts lifted, accounts unsuspended, limits).
    public func poll() async {
        guard let latest = try? await store.protectionGeneration(), latest != generation else { return }
        let first = generation == nil
        generation = latest
        if first { return }
        if let state = try? store.breakerState(), state != breaker.state {
            if breaker.state.isTripped && !state.isTripped { logger.record(.protectionReset, level: .notice, ["by": "admin", "backlog": "\(backlog)"]) }
            breaker.adopt(state)
        }
        if let locks = try? store.activeLockouts() {
            throttle.retainLocks(Set(locks.compactMap { AuthSubject($0.subject) }))
        }
        if let now = try? store.suspendedUsers() {
            for account in suspended.subtracting(now) {
                detector.clearWindow(account: account)
                logger.record(.accountUnsuspended, level: .notice, ["user": "\(account)"])
            }
            suspended = now
        }
        limitsCache.removeAll()
    }
}
