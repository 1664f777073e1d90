import MIME

/// What SEARCH needs to know of one message; the text is read only when a key asks for it.
public struct SearchCandidate {
    public var sequence: UInt32
    public var uid: UInt32
    /// Flag names, lower-cased (`\seen`).
    public var flags: Set<String>
    public var recent: Bool
    public var size: Int
    public var internalDate: IMAPDate
    public var text: () -> [UInt8]?

    public init(sequence: UInt32, uid: UInt32, flags: Set<String>, recent: Bool, size: Int, internalDate: IMAPDate, text: @escaping () -> [UInt8]?) {
        self.sequence = sequence
        self.uid = uid
        self.flags = flags
        self.recent = recent
        self.size = size
        self.internalDate = internalDate
        self.text = text
    }
}

/// Evaluates SEARCH keys (RFC 3501 §6.4.4): all keys must hold. String matches are
/// case-insensitive substrings of the decoded header or text. Pure.
public struct SearchEvaluator {
    public let largestSequence: UInt32
    public let largestUID: UInt32
    /// Only the first octets of a message's text are searched.
    public static let maxTextSearched = 4 * 1_048_576

    public init(largestSequence: UInt32, largestUID: UInt32) {
        self.largestSequence = largestSequence
        self.largestUID = largestUID
    }

    public func matches(_ keys: [SearchKey], _ candidate: SearchCandidate) -> Bool {
        var cache = Loaded()
        return keys.allSatisfy { matches($0, candidate, &cache) }
    }

    struct Loaded {
        var parsed: ParsedMessage??
        var bodyText: String?
    }

    func parsed(_ candidate: SearchCandidate, _ cache: inout Loaded) -> ParsedMessage? {
        if let known = cache.parsed { return known }
        let message = candidate.text().map { MIMEParser().parse(Array($0.prefix(Self.maxTextSearched))) }
        cache.parsed = .some(message)
        return message
    }

    func matches(_ key: SearchKey, _ c: SearchCandidate, _ cache: inout Loaded) -> Bool {
        switch key {
        case .all: return true
        case .flag(let name, let set): return c.flags.contains(name.lowercased()) == set
        case .new: return c.recent && !c.flags.contains("\\seen")
        case .old: return !c.recent
        case .recent: return c.recent
        case .header(let field, let value):
            guard let message = parsed(c, &cache) else { return false }
            let values = message.headers.all(field).map { EncodedWords.decode($0) }
            if value.isEmpty { return !values.isEmpty }
            return values.contains { Self.contains($0, value) }
        case .body(let value):
            guard let message = parsed(c, &cache) else { return false }
            return Self.contains(bodyText(message, &cache), value)
        case .text(let value):
            guard let message = parsed(c, &cache) else { return false }
            if message.headers.fields.contains(where: { Self.contains($0.name + ": " + EncodedWords.decode($0.rawValue), value) }) { return true }
            return Self.contains(bodyText(message, &cache), value)
        case .before(let date): return c.internalDate < date
        case .on(let date): return c.internalDate == date
        case .since(let date): return c.internalDate >= date
        case .sentBefore(let date), .sentOn(let date), .sentSince(let date):
            guard let message = parsed(c, &cache), let sent = Self.headerDate(message.headers["Date"]) else { return false }
            switch key {
            case .sentBefore: return sent < date
            case .sentOn: return sent == date
            default: return sent >= date
            }
        case .larger(let n): return c.size > n
        case .smaller(let n): return c.size < n
        case .uid(let set): return set.contains(c.uid, largest: largestUID)
        case .sequence(let set): return set.contains(c.sequence, largest: largestSequence)
        case .not(let inner): return !matches(inner, c, &cache)
        case .or(let a, let b): return matches(a, c, &cache) || matches(b, c, &cache)
        case .and(let keys): return keys.allSatisfy { matches($0, c, &cache) }
        }
    }

    func bodyText(_ message: ParsedMessage, _ cache: inout Loaded) -> String {
        if let text = cache.bodyText { return text }
        let text = message.root.leaves.prefix(50).map { $0.mimeType == "text/html" ? HTMLText.extract($0.text).text : $0.text }.joined(separator: "\n")
        cache.bodyText = text
        return text
    }

    static func contains(_ haystack: String, _ needle: String) -> Bool {
        haystack.lowercased().contains(needle.lowercased())
    }

    /// The calendar date of a Date header (`Tue, 3 Nov 2026 10:00:00 +0900`), time and zone ignored.
    public static func headerDate(_ value: String?) -> IMAPDate? {
        guard let value else { return nil }
        let words = value.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" }).prefix(8).map(String.init)
        for index in words.indices.dropLast(2) {
            guard let day = Int(words[index]), (1...31).contains(day),
                  let month = IMAPDate.monthNames.firstIndex(where: { $0.lowercased() == words[index + 1].lowercased() }),
                  let year = Int(words[index + 2]), words[index + 2].count == 4 else { continue }
            return IMAPDate(year: year, month: month + 1, day: day)
        }
        return nil
    }
}
