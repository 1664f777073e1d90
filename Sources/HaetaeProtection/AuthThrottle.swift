import Foundation

/// Brute-force defaults: 10 failures in 10 minutes lock for 15 minutes; from the 3rd failure on,
/// each failed attempt is answered more slowly (1 s, 2 s, 4 s … up to 8 s).
public struct AuthLockoutPolicy: Sendable, Hashable {
    public var failures: Int
    public var window: TimeInterval
    public var duration: TimeInterval
    public var throttleAfter: Int
    public var maxDelay: TimeInterval

    public init(failures: Int = 10, window: TimeInterval = 600, duration: TimeInterval = 900, throttleAfter: Int = 3, maxDelay: TimeInterval = 8) {
        self.failures = failures
        self.window = window
        self.duration = duration
        self.throttleAfter = throttleAfter
        self.maxDelay = maxDelay
    }

    /// Delay before answering the `n`th failure in the window.
    public func delay(afterFailures n: Int) -> TimeInterval {
        guard throttleAfter > 0, n >= throttleAfter, maxDelay > 0 else { return 0 }
        let exponent = min(n - throttleAfter, 16)
        return min(maxDelay, pow(2, Double(exponent)))
    }
}

/// What is locked: a client address or an account.
public enum AuthSubject: Hashable, Sendable, CustomStringConvertible {
    case client(String)
    case account(String)

    public var description: String {
        switch self {
        case .client(let ip): return "ip:\(ip)"
        case .account(let user): return "account:\(user)"
        }
    }

    public init?(_ text: String) {
        if text.hasPrefix("ip:") { self = .client(String(text.dropFirst(3))) }
        else if text.hasPrefix("account:") { self = .account(String(text.dropFirst(8))) }
        else { return nil }
    }
}

public enum AuthGate: Sendable, Hashable {
    case proceed
    case locked(AuthSubject, until: Date)
}

public struct AuthFailureOutcome: Sendable, Hashable {
    /// Wait this long before answering.
    public var delay: TimeInterval
    /// This failure locked a subject (answer 454 and close).
    public var locked: [AuthSubject]
}

/// Failed-AUTH counting per client address and per account, with a growing delay and a temporary
/// lockout. Pure: the caller passes time.
///
/// An account lockout does not lock out the account's owner: addresses that logged in successfully
/// to that account recently are exempt from the account lock (not from a lock on their own address).
public struct AuthThrottle: Sendable {
    public var policy: AuthLockoutPolicy
    private var failures: [AuthSubject: [Date]] = [:]
    private var locks: [AuthSubject: Date] = [:]
    private var knownGood: [String: [String]] = [:]
    static let knownGoodPerAccount = 20
    static let maxTracked = 100_000

    public init(policy: AuthLockoutPolicy) {
        self.policy = policy
    }

    public func gate(client: String, account: String?, now: Date) -> AuthGate {
        if let until = locks[.client(client)], until > now { return .locked(.client(client), until: until) }
        if let account, let until = locks[.account(account)], until > now,
            !(knownGood[account]?.contains(client) ?? false)
        {
            return .locked(.account(account), until: until)
        }
        return .proceed
    }

    public mutating func recordFailure(client: String, account: String?, now: Date) -> AuthFailureOutcome {
        var subjects: [AuthSubject] = [.client(client)]
        if let account { subjects.append(.account(account)) }
        var worst = 0
        var locked: [AuthSubject] = []
        for subject in subjects {
            var list = (failures[subject] ?? []).filter { now.timeIntervalSince($0) < policy.window }
            list.append(now)
            if list.count > policy.failures { list.removeFirst(list.count - policy.failures) }
            failures[subject] = list
            worst = max(worst, list.count)
            if policy.failures > 0, list.count >= policy.failures, (locks[subject] ?? .distantPast) <= now {
                locks[subject] = now.addingTimeInterval(policy.duration)
                failures[subject] = nil
                locked.append(subject)
            }
        }
        if failures.count > Self.maxTracked { sweep(now: now) }
        return AuthFailureOutcome(delay: locked.isEmpty ? policy.delay(afterFailures: worst) : 0, locked: locked)
    }

    public mutating func recordSuccess(client: String, account: String) {
        var list = knownGood[account] ?? []
        if let index = list.firstIndex(of: client) { list.remove(at: index) }
        list.append(client)
        if list.count > Self.knownGoodPerAccount { list.removeFirst(list.count - Self.knownGoodPerAccount) }
        knownGood[account] = list
    }

    /// Restores the known-good addresses kept across restarts (oldest first).
    public mutating func restoreKnownGood(_ map: [String: [String]]) {
        for (account, clients) in map { knownGood[account] = Array(clients.suffix(Self.knownGoodPerAccount)) }
    }

    /// Locks in force now.
    public func activeLocks(now: Date) -> [AuthSubject: Date] { locks.filter { $0.value > now } }

    /// Lifts a lock (and its failure count); nil lifts all.
    public mutating func unlock(_ subject: AuthSubject?) {
        if let subject {
            locks[subject] = nil
            failures[subject] = nil
        } else {
            locks.removeAll()
            failures.removeAll()
        }
    }

    /// Restores a lock read back from storage (after a restart).
    public mutating func restoreLock(_ subject: AuthSubject, until: Date) {
        locks[subject] = until
    }

    /// Keeps only these locks (the ones still on record after an administrator lifted some).
    public mutating func retainLocks(_ kept: Set<AuthSubject>) {
        for subject in locks.keys where !kept.contains(subject) {
            locks[subject] = nil
            failures[subject] = nil
        }
    }

    /// Drops expired failures and locks.
    public mutating func sweep(now: Date) {
        failures = failures.filter { _, list in list.contains { now.timeIntervalSince($0) < policy.window } }
        locks = locks.filter { $0.value > now }
    }
}
