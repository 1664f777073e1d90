import Foundation
import HaetaeQueue
import HaetaeStore

/// The dashboard's numbers (also `GET /api/status`).
public struct ConsoleStatus: Codable, Sendable {
    public var protectionTripped: Bool
    public var trippedAt: Date?
    public var backlogAtTrip: Int
    public var topSendersAtTrip: [String]
    public var remoteBacklog: Int
    public var queuedMessages: Int
    public var heldMessages: Int
    public var quarantined: Int
    public var suspendedAccounts: [String]
    public var lockouts: [String]
    public var recentActions: [AdminAuditRecord]
    /// Today's top senders and most refused clients.
    public var topSendersToday: [StatsReport.TopEntry] = []
    public var topRefusedClientsToday: [StatsReport.TopEntry] = []
}

/// One queued message in `GET /api/queue`.
struct QueueEntry: Codable, Sendable {
    struct Recipient: Codable, Sendable {
        var address: String
        var status: String
        var attempts: Int
        var nextAttempt: Date?
        var lastError: String?
    }
    var id: String
    var arrivedAt: Date
    var sender: String
    var size: Int
    var authenticatedUser: String?
    var clientAddress: String?
    var recipients: [Recipient]

    init(_ message: QueuedMessage) {
        let envelope = message.envelope
        id = envelope.id
        arrivedAt = envelope.arrivedAt
        sender = envelope.sender
        size = envelope.size
        authenticatedUser = envelope.authenticatedUser
        clientAddress = envelope.clientAddress
        recipients = envelope.recipients.map {
            Recipient(address: $0.address, status: $0.status.rawValue, attempts: $0.attempts, nextAttempt: $0.nextAttempt, lastError: $0.lastError)
        }
    }
}

/// One account in `GET /api/users`.
struct UserEntry: Codable, Sendable {
    var address: String
    var suspended: Bool
    var suspendedReason: String?
    var passwordChangedAt: Date
    var rateLimits: String?

    init(_ user: UserRecord) {
        address = user.address
        suspended = user.suspended
        suspendedReason = user.suspendedReason
        passwordChangedAt = user.passwordChangedAt
        rateLimits = user.rateLimits
    }
}

/// `GET /api/rules`.
struct RulesEntry: Codable, Sendable {
    var access: [[String: String]]
    var whitelist: [String]
    var blacklist: [String]
    var dnsbl: [String]
}

/// `GET /api/logs`.
struct LogsEntry: Codable, Sendable {
    var lines: [String]
    var note: String?
}
