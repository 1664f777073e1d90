import Foundation

/// Where a recipient stands in delivery.
public enum RecipientStatus: String, Codable, Sendable, Hashable {
    /// Not yet attempted.
    case pending
    /// Tried or parked; will be tried again.
    case deferred
    /// Held by an administrator or by protection; not tried until released.
    case held
    /// Delivered; kept in the state file until the whole message is done.
    case delivered
    /// Permanently failed; kept visible until an administrator deletes the message.
    case failed
}

public struct QueueRecipient: Codable, Sendable, Hashable {
    public var address: String
    public var status: RecipientStatus
    public var lastError: String?
    public var attempts: Int
    /// When a deferred recipient is due again.
    public var nextAttempt: Date?
    /// A delay warning was sent for it.
    public var delayWarned: Bool?
    /// The alias it was expanded from, if any.
    public var expandedFrom: String?

    public init(
        address: String, status: RecipientStatus = .pending, lastError: String? = nil, attempts: Int = 0,
        nextAttempt: Date? = nil, expandedFrom: String? = nil
    ) {
        self.address = address
        self.status = status
        self.lastError = lastError
        self.attempts = attempts
        self.nextAttempt = nextAttempt
        self.expandedFrom = expandedFrom
    }

    /// Delivered or bounced: nothing more to do.
    public var isFinal: Bool { status == .delivered || status == .failed }

    public func isDue(at now: Date) -> Bool {
        switch status {
        case .pending: return true
        case .deferred: return (nextAttempt ?? .distantPast) <= now
        case .held, .delivered, .failed: return false
        }
    }
}

/// Exponential backoff between delivery attempts, and the queue lifetime. Pure.
public struct RetryPolicy: Sendable, Hashable {
    public var base: TimeInterval
    public var maximum: TimeInterval
    public var lifetime: TimeInterval

    public init(base: TimeInterval = 300, maximum: TimeInterval = 3_600, lifetime: TimeInterval = 5 * 86_400) {
        self.base = base
        self.maximum = maximum
        self.lifetime = lifetime
    }

    /// The wait after the `attempts`-th failed attempt: base, 2·base, 4·base … capped at maximum.
    public func delay(afterAttempts attempts: Int) -> TimeInterval {
        let exponent = min(max(0, attempts - 1), 30)
        return min(maximum, base * Double(1 << exponent))
    }

    public func hasExpired(arrivedAt: Date, now: Date) -> Bool {
        now.timeIntervalSince(arrivedAt) >= lifetime
    }
}

/// Everything known about a queued message besides its bytes.
public struct QueueEnvelope: Codable, Sendable, Hashable {
    public var id: String
    public var arrivedAt: Date
    /// Reverse path without brackets; empty for the null sender `<>`.
    public var sender: String
    public var recipients: [QueueRecipient]
    public var bodyType: String
    public var smtpUTF8: Bool
    public var clientAddress: String?
    public var heloName: String?
    public var authenticatedUser: String?
    public var listener: String?
    public var size: Int

    public init(
        id: String, arrivedAt: Date, sender: String, recipients: [QueueRecipient], bodyType: String = "7BIT",
        smtpUTF8: Bool = false, clientAddress: String? = nil, heloName: String? = nil,
        authenticatedUser: String? = nil, listener: String? = nil, size: Int = 0
    ) {
        self.id = id
        self.arrivedAt = arrivedAt
        self.sender = sender
        self.recipients = recipients
        self.bodyType = bodyType
        self.smtpUTF8 = smtpUTF8
        self.clientAddress = clientAddress
        self.heloName = heloName
        self.authenticatedUser = authenticatedUser
        self.listener = listener
        self.size = size
    }

    /// True when no recipient needs anything more (delivered or bounced).
    public var isFinished: Bool {
        recipients.allSatisfy(\.isFinal)
    }
}

/// Queue IDs: 10 base-36 digits of microseconds since 1970 and 5 random ones, so they sort by
/// arrival and do not repeat (like Postfix's long queue IDs).
public enum QueueID {
    private static let digits = Array("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    public static func make(now: Date = Date()) -> String {
        var micros = UInt64(max(0, now.timeIntervalSince1970 * 1_000_000))
        var time: [Character] = []
        for _ in 0..<11 {
            time.append(digits[Int(micros % 36)])
            micros /= 36
        }
        var random = SystemRandomNumberGenerator()
        let suffix = (0..<5).map { _ in digits[Int(random.next(upperBound: UInt64(36)))] }
        return String(time.reversed()) + String(suffix)
    }

    public static func isValid(_ id: String) -> Bool {
        id.count == 16 && id.allSatisfy { digits.contains($0) }
    }
}
