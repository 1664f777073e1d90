import Foundation

/// Thresholds of the compromised-account detector. Each signal contributes
/// `weight × min(value / threshold, 3)`; the account is suspended when the sum reaches 1. With the
/// default weight of 0.5, one signal alone trips at twice its threshold, two together at once.
///
/// The defaults leave room for a busy office user (200 messages a day to a few dozen domains is a
/// score near 0.4 in its worst hour) and trip a spam run within about 130 recipients.
public struct DetectorThresholds: Sendable, Hashable {
    public var window: TimeInterval
    /// Accepted recipients per window ("AUTH followed by many RCPTs").
    public var recipients: Int
    /// Distinct recipient domains per window ("recipients scattered over many domains").
    public var domains: Int
    /// Distinct client addresses beyond the first that logged in to the account in the window.
    public var loginAddresses: Int
    /// Refused-recipient ratio; counted once at least `minimumRejected` recipients were refused.
    public var rejectedRatio: Double
    public var minimumRejected: Int
    /// A window with more than `baselineFactor` × the account's busiest past hour (and at least
    /// `baselineMinimum` recipients) is a jump over its own baseline.
    public var baselineFactor: Double
    public var baselineMinimum: Int
    public var weight: Double

    public init(
        window: TimeInterval = 3_600, recipients: Int = 150, domains: Int = 40, loginAddresses: Int = 5,
        rejectedRatio: Double = 0.3, minimumRejected: Int = 10, baselineFactor: Double = 10, baselineMinimum: Int = 100,
        weight: Double = 0.5
    ) {
        self.window = window
        self.recipients = recipients
        self.domains = domains
        self.loginAddresses = loginAddresses
        self.rejectedRatio = rejectedRatio
        self.minimumRejected = minimumRejected
        self.baselineFactor = baselineFactor
        self.baselineMinimum = baselineMinimum
        self.weight = weight
    }
}

/// One signal's contribution, kept as evidence for the alert.
public struct DetectorSignal: Sendable, Hashable, CustomStringConvertible {
    public var name: String
    public var value: Double
    public var threshold: Double
    public var score: Double

    public var description: String {
        let shown = value == value.rounded() ? String(Int(value)) : String(format: "%.2f", value)
        let limit = threshold == threshold.rounded() ? String(Int(threshold)) : String(format: "%.2f", threshold)
        return "\(name)=\(shown) (threshold \(limit), score \(String(format: "%.2f", score)))"
    }
}

public struct DetectorAssessment: Sendable, Hashable {
    public var account: String
    public var score: Double
    public var signals: [DetectorSignal]
    public var tripped: Bool { score >= 1 }

    public var evidence: String { signals.map(\.description).joined(separator: "; ") }
}

/// Scores authenticated accounts over a sliding window and says when one behaves like a hijacked
/// account. Pure: events and time come from the caller; it only counts what it is told.
public struct CompromiseDetector: Sendable {
    struct Account: Sendable {
        var recipients: UsageWindow
        var logins: UsageWindow
        /// Accepted recipients per past hour (hour number → count), for the baseline.
        var hourly: [Int64: Int] = [:]
    }

    public var thresholds: DetectorThresholds
    private var accounts: [String: Account] = [:]
    static let baselineHours: Int64 = 7 * 24

    public init(thresholds: DetectorThresholds) {
        self.thresholds = thresholds
    }

    private func fresh() -> Account {
        Account(recipients: UsageWindow(length: thresholds.window), logins: UsageWindow(length: thresholds.window))
    }

    static func hour(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / 3_600).rounded(.down)) }

    public mutating func login(account: String, client: String, now: Date) {
        var state = accounts[account] ?? fresh()
        state.logins.record(key: client, now: now)
        accounts[account] = state
    }

    /// An accepted or refused recipient in a transaction of `account`.
    public mutating func recipient(account: String, domain: String, accepted: Bool, now: Date) -> DetectorAssessment {
        var state = accounts[account] ?? fresh()
        state.recipients.record(key: accepted ? domain : nil, rejected: !accepted, now: now)
        if accepted {
            let hour = Self.hour(now)
            state.hourly[hour, default: 0] += 1
            let oldest = hour - Self.baselineHours
            if state.hourly.count > Int(Self.baselineHours) + 1 {
                state.hourly = state.hourly.filter { $0.key > oldest }
            }
        }
        accounts[account] = state
        return assess(account: account, now: now)
    }

    public func assess(account: String, now: Date) -> DetectorAssessment {
        guard let state = accounts[account] else { return DetectorAssessment(account: account, score: 0, signals: []) }
        let t = thresholds
        var signals: [DetectorSignal] = []
        func add(_ name: String, _ value: Double, _ threshold: Double) {
            guard threshold > 0, value > 0 else { return }
            let score = t.weight * min(value / threshold, 3)
            signals.append(DetectorSignal(name: name, value: value, threshold: threshold, score: score))
        }
        let accepted = state.recipients.count(now: now)
        let rejected = state.recipients.rejectedCount(now: now)
        add("recipients", Double(accepted), Double(t.recipients))
        add("domains", Double(state.recipients.distinctKeys(now: now).count), Double(t.domains))
        // One address is the normal case: only the addresses beyond the first count.
        add("extra_login_addresses", Double(max(0, state.logins.distinctKeys(now: now).count - 1)), Double(t.loginAddresses))
        if rejected >= t.minimumRejected, accepted + rejected > 0 {
            add("rejected_ratio", Double(rejected) / Double(accepted + rejected), t.rejectedRatio)
        }
        // The baseline is the busiest hour before this window; it needs a day of history to mean anything.
        let current = Self.hour(now)
        let windowHours = Int64((t.window / 3_600).rounded(.up))
        let past = state.hourly.filter { $0.key <= current - windowHours }
        if let first = state.hourly.keys.min(), current - first >= 24, t.baselineFactor > 0 {
            let busiest = past.values.max() ?? 0
            let limit = max(Double(t.baselineMinimum), Double(busiest) * t.baselineFactor)
            if Double(accepted) > limit {
                signals.append(DetectorSignal(name: "baseline_jump", value: Double(accepted), threshold: limit, score: t.weight))
            }
        }
        let score = signals.reduce(0) { $0 + $1.score }
        return DetectorAssessment(account: account, score: score, signals: signals.sorted { $0.score > $1.score })
    }

    /// Forgets an account's window (after an administrator unsuspends it); the baseline stays.
    public mutating func clearWindow(account: String) {
        guard var state = accounts[account] else { return }
        state.recipients = UsageWindow(length: thresholds.window)
        state.logins = UsageWindow(length: thresholds.window)
        accounts[account] = state
    }

}
