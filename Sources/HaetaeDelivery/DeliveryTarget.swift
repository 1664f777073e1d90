import Foundation

/// Where a message goes once it is planned: the one transaction shape that every way of
/// delivering mail shares — Maildir (local mailboxes), SMTP (a remote server), and later a
/// mailbox store behind IMAP, a PostgreSQL-backed store or an LMTP hop.
///
/// A target is given one message and its recipients for one destination, performs one
/// transaction, and answers one outcome per recipient. It never touches the queue: the queue
/// manager handles every outcome the same way (retry schedule, DSN, removal from the spool), so
/// a new target plugs in without changing it. A target must not report `delivered` before the
/// copy is durable (fsynced, or the remote server's 250 to the end of DATA).
public protocol DeliveryTarget: Sendable {
    /// One transaction. A recipient left without an outcome is deferred by the caller.
    func deliver(_ transaction: DeliveryTransaction) async -> [RecipientOutcome]

    /// Periodic housekeeping (closing idle connections); called about once a second.
    func sweep() async
}

extension DeliveryTarget {
    public func sweep() async {}
}

/// The name a plan gives a batch, by which the queue manager finds its target (and the label of
/// its metrics: `relay="local"`, `relay="remote"`).
public struct DeliveryTargetName: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public var rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// Mailboxes of local users (Maildir today).
    public static let mailbox = DeliveryTargetName(rawValue: "local")
    /// Other domains: routed to a next hop or their MX and sent over SMTP.
    public static let relay = DeliveryTargetName(rawValue: "remote")

    public var description: String { rawValue }
}

/// One message for the recipients of one destination.
public struct DeliveryTransaction: Sendable {
    public var queueID: String
    public var arrivedAt: Date
    /// Reverse path without brackets; empty for the null sender.
    public var sender: String
    public var smtpUTF8: Bool
    /// What the recipients share: their domain for a relay, empty for local mailboxes.
    public var destination: String
    public var recipients: [DeliveryRecipient]
    /// The message as queued (CRLF line endings, our trace fields first).
    public var message: [UInt8]

    public init(
        queueID: String, arrivedAt: Date, sender: String, smtpUTF8: Bool, destination: String,
        recipients: [DeliveryRecipient], message: [UInt8]
    ) {
        self.queueID = queueID
        self.arrivedAt = arrivedAt
        self.sender = sender
        self.smtpUTF8 = smtpUTF8
        self.destination = destination
        self.recipients = recipients
        self.message = message
    }
}

/// A queue recipient as a target sees it.
public struct DeliveryRecipient: Sendable, Hashable {
    /// The envelope recipient; outcomes are keyed by it.
    public var address: String
    /// For a mailbox store: the mailboxes the address stands for (after alias expansion).
    /// Empty for a relay.
    public var mailboxes: [String]
    /// An earlier attempt may already have delivered some of it (tried before, or queued before
    /// this run started, so a crash may have come between the store's write and the queue's
    /// update): a store must look for that copy instead of writing a second one.
    public var mayRepeat: Bool

    public init(address: String, mailboxes: [String] = [], mayRepeat: Bool = false) {
        self.address = address
        self.mailboxes = mailboxes
        self.mayRepeat = mayRepeat
    }
}

/// What became of one recipient in one transaction.
public struct RecipientOutcome: Sendable, Hashable {
    public enum Result: Sendable, Hashable {
        /// Durably delivered: one record per copy (a mailbox, or the remote server's acceptance).
        case delivered([DeliveryRecord])
        /// Not now; try again later (until the queue lifetime ends).
        case deferred(DeliveryFailure)
        /// Never: bounce it.
        case failed(DeliveryFailure)
    }

    public var recipient: String
    public var result: Result

    public init(recipient: String, result: Result) {
        self.recipient = recipient
        self.result = result
    }

    public static func delivered(_ recipient: String, _ records: [DeliveryRecord]) -> RecipientOutcome {
        RecipientOutcome(recipient: recipient, result: .delivered(records))
    }

    /// Deferred or failed as the failure's own class says.
    public static func undelivered(_ recipient: String, _ failure: DeliveryFailure) -> RecipientOutcome {
        RecipientOutcome(recipient: recipient, result: failure.isTemporary ? .deferred(failure) : .failed(failure))
    }
}

/// One delivered copy, for the log line.
public struct DeliveryRecord: Sendable, Hashable {
    /// `local`, or the remote server: `mx.example.net[192.0.2.7]:25`.
    public var relay: String
    /// The mailbox written, for a local store.
    public var mailbox: String?
    /// The server's reply to the end of DATA, for a relay.
    public var reply: String?
    /// The copy was already there from an earlier attempt, so nothing was written.
    public var duplicate: Bool

    public init(relay: String, mailbox: String? = nil, reply: String? = nil, duplicate: Bool = false) {
        self.relay = relay
        self.mailbox = mailbox
        self.reply = reply
        self.duplicate = duplicate
    }
}
