/// Where a user's judgement of a message came from.
public enum FeedbackOrigin: String, Sendable, Hashable, CaseIterable {
    /// "spam" / "not spam" on the console's quarantine page.
    case consoleMark = "console"
    /// A quarantined message released to its recipients (a false positive: ham).
    case quarantineRelease = "release"
    /// A user moved a message into their Junk folder (IMAP, once mailbox access exists).
    case junkFolderMove = "junk"
    /// A user moved a message out of Junk (ham).
    case notJunkFolderMove = "not-junk"
}

/// One user's judgement of one message, with the message's features (taken when it was
/// scanned or marked, so the message itself need not be kept).
public struct FeedbackEvent: Sendable, Hashable {
    /// Who marked it: an account or administrator name. Safeguards count per user.
    public var userID: String
    public var origin: FeedbackOrigin
    /// Ham, or spam/phishing (learned alike: "bad").
    public var label: MailClass
    public var features: Set<UInt32>
    /// A digest of the message (or its Message-ID), so the same message is learned once.
    public var messageDigest: UInt64
    /// Seconds since 1970, for the per-user daily limit.
    public var time: Int64

    public init(userID: String, origin: FeedbackOrigin, label: MailClass, features: Set<UInt32>, messageDigest: UInt64, time: Int64) {
        self.userID = userID
        self.origin = origin
        self.label = label
        self.features = features
        self.messageDigest = messageDigest
        self.time = time
    }
}

/// Something that produces feedback: the console's marks and quarantine releases today, users'
/// Junk-folder moves later. The learner asks each source for what is new and learns it.
public protocol FeedbackSource: Sendable {
    /// A short name for logs and `haetae train --status` ("console", "imap").
    var name: String { get }
    /// Events not handed out before, oldest first, at most `limit`.
    mutating func takeEvents(limit: Int) throws -> [FeedbackEvent]
}

/// A fixed list of events (tests, replays).
public struct FeedbackList: FeedbackSource {
    public let name: String
    public private(set) var events: [FeedbackEvent]

    public init(name: String = "list", _ events: [FeedbackEvent]) {
        self.name = name
        self.events = events
    }

    public mutating func takeEvents(limit: Int) throws -> [FeedbackEvent] {
        let taken = Array(events.prefix(limit))
        events.removeFirst(taken.count)
        return taken
    }
}
