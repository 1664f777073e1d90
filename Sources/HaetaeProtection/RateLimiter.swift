import Foundation

/// Hourly sending limits for one account or one client address. 0 means unlimited.
public struct RateLimits: Sendable, Hashable, Codable {
    public var messagesPerHour: Int
    public var recipientsPerHour: Int
    public var domainsPerHour: Int

    public init(messagesPerHour: Int, recipientsPerHour: Int, domainsPerHour: Int) {
        self.messagesPerHour = messagesPerHour
        self.recipientsPerHour = recipientsPerHour
        self.domainsPerHour = domainsPerHour
    }

    public static let unlimited = RateLimits(messagesPerHour: 0, recipientsPerHour: 0, domainsPerHour: 0)

    /// `messages=N,recipients=N,domains=N` (any subset; missing ones keep `base`).
    public static func parse(_ text: String, base: RateLimits) -> RateLimits? {
        var limits = base
        for item in text.split(separator: ",") where !item.trimmingCharacters(in: .whitespaces).isEmpty {
            let parts = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.count == 2, let value = Int(parts[1]), value >= 0 else { return nil }
            switch parts[0] {
            case "messages": limits.messagesPerHour = value
            case "recipients": limits.recipientsPerHour = value
            case "domains": limits.domainsPerHour = value
            default: return nil
            }
        }
        return limits
    }

    public var text: String { "messages=\(messagesPerHour),recipients=\(recipientsPerHour),domains=\(domainsPerHour)" }
}

/// Which limit a recipient would exceed.
public struct RateLimitViolation: Sendable, Hashable, CustomStringConvertible {
    public enum Kind: String, Sendable { case messages, recipients, domains }
    public var kind: Kind
    public var subject: String
    public var limit: Int

    public var description: String {
        switch kind {
        case .messages: return "Too many messages from \(subject) this hour (limit \(limit)); try again later"
        case .recipients: return "Too many recipients from \(subject) this hour (limit \(limit)); try again later"
        case .domains: return "Too many recipient domains from \(subject) this hour (limit \(limit)); try again later"
        }
    }
}

/// Sliding one-hour counters per subject (an account or a client address), as Postfix's anvil
/// keeps them: messages, recipients and distinct recipient domains. Pure; the caller passes time.
///
/// A message is counted when its first counted recipient is accepted, so a transaction that is
/// refused before any recipient costs nothing.
public struct RateLimiter: Sendable {
    struct Usage: Sendable {
        var messages: UsageWindow
        var recipients: UsageWindow
    }

    private var usage: [String: Usage] = [:]
    private var lastSweep = Date.distantPast
    public let window: TimeInterval

    public init(window: TimeInterval = 3_600) {
        self.window = window
    }

    /// Whether one more recipient in `domain` is allowed for `subject`; `newMessage` says it would
    /// be the first counted recipient of its transaction.
    public func check(subject: String, domain: String, newMessage: Bool, limits: RateLimits, now: Date) -> RateLimitViolation? {
        guard let current = usage[subject] else { return nil }
        if newMessage, limits.messagesPerHour > 0, current.messages.count(now: now) >= limits.messagesPerHour {
            return RateLimitViolation(kind: .messages, subject: subject, limit: limits.messagesPerHour)
        }
        if limits.recipientsPerHour > 0, current.recipients.count(now: now) >= limits.recipientsPerHour {
            return RateLimitViolation(kind: .recipients, subject: subject, limit: limits.recipientsPerHour)
        }
        if limits.domainsPerHour > 0, !current.recipients.contains(key: domain, now: now) {
            if current.recipients.distinctKeys(now: now).count >= limits.domainsPerHour {
                return RateLimitViolation(kind: .domains, subject: subject, limit: limits.domainsPerHour)
            }
        }
        return nil
    }

    /// Records an accepted recipient.
    public mutating func record(subject: String, domain: String, newMessage: Bool, now: Date) {
        sweep(now: now)
        var current = usage[subject] ?? Usage(messages: UsageWindow(length: window), recipients: UsageWindow(length: window))
        if newMessage { current.messages.record(now: now) }
        current.recipients.record(key: domain, now: now)
        usage[subject] = current
    }

    /// Current figures for a subject: (messages, recipients, domains).
    public func figures(subject: String, now: Date) -> (messages: Int, recipients: Int, domains: Int) {
        guard let current = usage[subject] else { return (0, 0, 0) }
        return (current.messages.count(now: now), current.recipients.count(now: now), current.recipients.distinctKeys(now: now).count)
    }

    public var subjectCount: Int { usage.count }

    /// Forgets subjects idle for a whole window (at most once a minute), so memory follows activity.
    private mutating func sweep(now: Date) {
        guard now.timeIntervalSince(lastSweep) >= 60 else { return }
        lastSweep = now
        for (subject, var current) in usage {
            current.messages.prune(now: now)
            current.recipients.prune(now: now)
            if current.messages.isEmpty && current.recipients.isEmpty {
                usage[subject] = nil
            } else {
                usage[subject] = current
            }
        }
    }
}
