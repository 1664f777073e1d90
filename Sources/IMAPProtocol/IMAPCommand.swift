/// One IMAP4rev1 command (RFC 3501 §6, with IDLE, MOVE, UNSELECT, UIDPLUS's UID EXPUNGE, ID and
/// SASL-IR), as the client sent it. Pure values; `IMAPCommandParser` makes them.
public struct IMAPCommand: Sendable, Equatable {
    public var tag: String
    public var kind: Kind

    public init(tag: String, kind: Kind) {
        self.tag = tag
        self.kind = kind
    }

    public enum Kind: Sendable, Equatable {
        case capability, noop, logout, id
        case startTLS
        case authenticate(mechanism: String, initialResponse: [UInt8]?)
        case login(user: String, password: String)
        case select(mailbox: String), examine(mailbox: String)
        case create(mailbox: String), delete(mailbox: String), rename(from: String, to: String)
        case subscribe(mailbox: String), unsubscribe(mailbox: String)
        case list(reference: String, pattern: String), lsub(reference: String, pattern: String)
        case status(mailbox: String, items: [StatusItem])
        case append(mailbox: String, flags: [String], date: String?, message: IMAPLiteral)
        case idle
        case check, close, unselect, expunge
        case uidExpunge(SequenceSet)
        case search(keys: [SearchKey], uid: Bool)
        case fetch(SequenceSet, [FetchItem], uid: Bool)
        case store(SequenceSet, StoreAction, uid: Bool)
        case copy(SequenceSet, mailbox: String, uid: Bool)
        case move(SequenceSet, mailbox: String, uid: Bool)

        /// The command's name as logged.
        public var name: String {
            switch self {
            case .capability: "CAPABILITY"
            case .noop: "NOOP"
            case .logout: "LOGOUT"
            case .id: "ID"
            case .startTLS: "STARTTLS"
            case .authenticate: "AUTHENTICATE"
            case .login: "LOGIN"
            case .select: "SELECT"
            case .examine: "EXAMINE"
            case .create: "CREATE"
            case .delete: "DELETE"
            case .rename: "RENAME"
            case .subscribe: "SUBSCRIBE"
            case .unsubscribe: "UNSUBSCRIBE"
            case .list: "LIST"
            case .lsub: "LSUB"
            case .status: "STATUS"
            case .append: "APPEND"
            case .idle: "IDLE"
            case .check: "CHECK"
            case .close: "CLOSE"
            case .unselect: "UNSELECT"
            case .expunge: "EXPUNGE"
            case .uidExpunge: "UID EXPUNGE"
            case .search(_, let uid): uid ? "UID SEARCH" : "SEARCH"
            case .fetch(_, _, let uid): uid ? "UID FETCH" : "FETCH"
            case .store(_, _, let uid): uid ? "UID STORE" : "STORE"
            case .copy(_, _, let uid): uid ? "UID COPY" : "COPY"
            case .move(_, _, let uid): uid ? "UID MOVE" : "MOVE"
            }
        }
    }

    public enum StatusItem: String, Sendable, Equatable, CaseIterable {
        case messages = "MESSAGES", recent = "RECENT", uidNext = "UIDNEXT", uidValidity = "UIDVALIDITY", unseen = "UNSEEN"
    }

    public struct StoreAction: Sendable, Equatable {
        public enum Mode: Sendable, Equatable { case replace, add, remove }
        public var mode: Mode
        public var silent: Bool
        public var flags: [String]
    }
}

/// A literal's octets: in memory, or (an APPEND's message, which may be large) in a file the
/// connection spilled it to.
public enum IMAPLiteral: Sendable, Equatable {
    case bytes([UInt8])
    case file(path: String, size: Int)

    public var size: Int {
        switch self {
        case .bytes(let bytes): bytes.count
        case .file(_, let size): size
        }
    }
}

/// A sequence set (`1:4,7,9:*`): ranges of message sequence numbers or UIDs, `*` the largest.
public struct SequenceSet: Sendable, Equatable {
    public enum Bound: Sendable, Equatable {
        case number(UInt32)
        case last
    }
    public var ranges: [(Bound, Bound)]

    public init(ranges: [(Bound, Bound)]) { self.ranges = ranges }

    public static func == (a: SequenceSet, b: SequenceSet) -> Bool {
        a.ranges.count == b.ranges.count && zip(a.ranges, b.ranges).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    }

    /// Whether `value` is in the set when `*` stands for `largest` (RFC 3501 §6.4.8: `n:*`
    /// includes the largest even when n is beyond it).
    public func contains(_ value: UInt32, largest: UInt32) -> Bool {
        for (a, b) in ranges {
            let x = resolve(a, largest), y = resolve(b, largest)
            if value >= min(x, y) && value <= max(x, y) { return true }
        }
        return false
    }

    func resolve(_ bound: Bound, _ largest: UInt32) -> UInt32 {
        switch bound {
        case .number(let n): n
        case .last: largest
        }
    }
}

/// What FETCH may ask for (RFC 3501 §6.4.5); the macros ALL, FAST and FULL are expanded.
public enum FetchItem: Sendable, Equatable {
    case uid, flags, internalDate, size, envelope, bodyStructure, body
    case rfc822, rfc822Header, rfc822Text
    /// BODY[section]<partial> and BODY.PEEK[…].
    case section(BodySection, partial: ClosedRange<Int>?, peek: Bool)
}

/// A BODY[...] section: part numbers, then what of that part.
public struct BodySection: Sendable, Equatable {
    public enum Text: Sendable, Equatable {
        case all, header, text, mime
        case headerFields([String]), headerFieldsNot([String])
    }
    public var part: [Int]
    public var text: Text

    public init(part: [Int], text: Text) {
        self.part = part
        self.text = text
    }

    /// The section as written back in a FETCH response.
    public var specification: String {
        var parts = part.map(String.init)
        switch text {
        case .all: break
        case .header: parts.append("HEADER")
        case .text: parts.append("TEXT")
        case .mime: parts.append("MIME")
        case .headerFields(let names): parts.append("HEADER.FIELDS (" + names.map { $0.uppercased() }.joined(separator: " ") + ")")
        case .headerFieldsNot(let names): parts.append("HEADER.FIELDS.NOT (" + names.map { $0.uppercased() }.joined(separator: " ") + ")")
        }
        return parts.joined(separator: ".")
    }
}

/// SEARCH keys (RFC 3501 §6.4.4).
public indirect enum SearchKey: Sendable, Equatable {
    case all
    case flag(String, set: Bool)
    case new, old, recent
    case header(String, String)
    case body(String), text(String)
    case before(IMAPDate), on(IMAPDate), since(IMAPDate)
    case sentBefore(IMAPDate), sentOn(IMAPDate), sentSince(IMAPDate)
    case larger(Int), smaller(Int)
    case uid(SequenceSet), sequence(SequenceSet)
    case not(SearchKey)
    case or(SearchKey, SearchKey)
    case and([SearchKey])
}

/// A calendar date as SEARCH takes it (`1-Feb-1994`).
public struct IMAPDate: Sendable, Equatable, Comparable {
    public var year: Int, month: Int, day: Int
    public init(year: Int, month: Int, day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }
    public static func < (a: IMAPDate, b: IMAPDate) -> Bool { (a.year, a.month, a.day) < (b.year, b.month, b.day) }
    public static let monthNames = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
}
