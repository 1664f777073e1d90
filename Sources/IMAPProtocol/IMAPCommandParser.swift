/// A command as `IMAPInputFramer` delivers it: the text of its lines (literal announcements
/// removed, CRLFs removed) and, between them, its literals.
public enum IMAPCommandSegment: Sendable, Equatable {
    case text([UInt8])
    case literal(IMAPLiteral)
}

/// Why a command could not be parsed: the text for the tagged BAD (or untagged, without a tag).
public struct IMAPParseError: Error, Sendable, Equatable {
    public var tag: String?
    public var message: String
    public init(tag: String?, _ message: String) {
        self.tag = tag
        self.message = message
    }
}

/// RFC 3501 §9 grammar for the commands Haetae serves. Pure; linear in the command's length.
public enum IMAPCommandParser {
    /// Search keys nest (NOT, OR, parentheses); deeper than this is refused, so a hostile
    /// command cannot exhaust the stack.
    public static let maxSearchDepth = 32
    /// Items in one FETCH list, keys in one SEARCH, flags in one STORE, ranges in one set.
    public static let maxListItems = 1_000

    public static func parse(_ segments: [IMAPCommandSegment]) -> Result<IMAPCommand, IMAPParseError> {
        var cursor = Cursor(segments)
        guard let tag = cursor.tag() else { return .failure(IMAPParseError(tag: nil, "Missing or invalid tag")) }
        do {
            try cursor.space()
            let name = try cursor.atom().uppercased()
            let kind = try command(name, &cursor)
            guard cursor.atEnd else { throw IMAPParseError(tag: nil, "Unexpected text after \(name) arguments") }
            return .success(IMAPCommand(tag: tag, kind: kind))
        } catch var error as IMAPParseError {
            error.tag = tag
            return .failure(error)
        } catch {
            return .failure(IMAPParseError(tag: tag, "Invalid command"))
        }
    }

    static func command(_ name: String, _ c: inout Cursor) throws -> IMAPCommand.Kind {
        switch name {
        case "CAPABILITY": return .capability
        case "NOOP": return .noop
        case "LOGOUT": return .logout
        case "STARTTLS": return .startTLS
        case "IDLE": return .idle
        case "CHECK": return .check
        case "CLOSE": return .close
        case "UNSELECT": return .unselect
        case "EXPUNGE": return .expunge
        case "ID":
            // ID ( "name" "value" ... ) or ID NIL: read and ignore.
            try c.space()
            if try c.optionalNil() { return .id }
            try c.expect("(")
            var count = 0
            while !c.peek(")") {
                if count > 0 { try c.space() }
                _ = try c.nstring()
                count += 1
                guard count <= 60 else { throw IMAPParseError(tag: nil, "ID list too long") }
            }
            try c.expect(")")
            return .id
        case "AUTHENTICATE":
            try c.space()
            let mechanism = try c.atom().uppercased()
            var initial: [UInt8]?
            if c.peek(" ") {
                try c.space()
                initial = try c.atomBytes(allowing: [UInt8(ascii: "=")])
            }
            return .authenticate(mechanism: mechanism, initialResponse: initial)
        case "LOGIN":
            try c.space()
            let user = try c.astring()
            try c.space()
            return .login(user: user, password: try c.astring())
        case "SELECT", "EXAMINE", "CREATE", "DELETE", "SUBSCRIBE", "UNSUBSCRIBE":
            try c.space()
            let mailbox = try c.mailbox()
            switch name {
            case "SELECT": return .select(mailbox: mailbox)
            case "EXAMINE": return .examine(mailbox: mailbox)
            case "CREATE": return .create(mailbox: mailbox)
            case "DELETE": return .delete(mailbox: mailbox)
            case "SUBSCRIBE": return .subscribe(mailbox: mailbox)
            default: return .unsubscribe(mailbox: mailbox)
            }
        case "RENAME":
            try c.space()
            let from = try c.mailbox()
            try c.space()
            return .rename(from: from, to: try c.mailbox())
        case "LIST", "LSUB":
            try c.space()
            let reference = try c.mailbox()
            try c.space()
            let pattern = try c.listPattern()
            return name == "LIST" ? .list(reference: reference, pattern: pattern) : .lsub(reference: reference, pattern: pattern)
        case "STATUS":
            try c.space()
            let mailbox = try c.mailbox()
            try c.space()
            try c.expect("(")
            var items: [IMAPCommand.StatusItem] = []
            while !c.peek(")") {
                if !items.isEmpty { try c.space() }
                let word = try c.atom().uppercased()
                guard let item = IMAPCommand.StatusItem(rawValue: word) else { throw IMAPParseError(tag: nil, "Unknown STATUS item \(word)") }
                items.append(item)
                guard items.count <= 10 else { throw IMAPParseError(tag: nil, "STATUS list too long") }
            }
            try c.expect(")")
            guard !items.isEmpty else { throw IMAPParseError(tag: nil, "Empty STATUS list") }
            return .status(mailbox: mailbox, items: items)
        case "APPEND":
            try c.space()
            let mailbox = try c.mailbox()
            try c.space()
            var flags: [String] = []
            if c.peek("(") {
                flags = try c.flagList()
                try c.space()
            }
            var date: String?
            if c.peek("\"") {
                date = try c.quoted()
                try c.space()
            }
            guard let literal = c.literal() else { throw IMAPParseError(tag: nil, "APPEND needs the message as a literal") }
            return .append(mailbox: mailbox, flags: flags, date: date, message: literal)
        case "SEARCH":
            return .search(keys: try searchProgram(&c), uid: false)
        case "FETCH":
            try c.space()
            let set = try c.sequenceSet()
            try c.space()
            return .fetch(set, try fetchItems(&c), uid: false)
        case "STORE":
            try c.space()
            let set = try c.sequenceSet()
            try c.space()
            return .store(set, try storeAction(&c), uid: false)
        case "COPY", "MOVE":
            try c.space()
            let set = try c.sequenceSet()
            try c.space()
            let mailbox = try c.mailbox()
            return name == "COPY" ? .copy(set, mailbox: mailbox, uid: false) : .move(set, mailbox: mailbox, uid: false)
        case "UID":
            try c.space()
            let sub = try c.atom().uppercased()
            // Only these follow UID (and never UID itself: no recursion a client can deepen).
            guard ["SEARCH", "FETCH", "STORE", "COPY", "MOVE", "EXPUNGE"].contains(sub) else {
                throw IMAPParseError(tag: nil, "UID \(sub.prefix(40)) is not a UID command")
            }
            switch try command(sub, &c) {
            case .search(let keys, _): return .search(keys: keys, uid: true)
            case .fetch(let set, let items, _): return .fetch(set, items, uid: true)
            case .store(let set, let action, _): return .store(set, action, uid: true)
            case .copy(let set, let mailbox, _): return .copy(set, mailbox: mailbox, uid: true)
            case .move(let set, let mailbox, _): return .move(set, mailbox: mailbox, uid: true)
            case .expunge:
                try c.space()
                return .uidExpunge(try c.sequenceSet())
            default: throw IMAPParseError(tag: nil, "UID \(sub) is not a UID command")
            }
        default:
            throw IMAPParseError(tag: nil, "Unknown command \(name.prefix(40))")
        }
    }

    // MARK: FETCH

    static func fetchItems(_ c: inout Cursor) throws -> [FetchItem] {
        if c.peek("(") {
            try c.expect("(")
            var items: [FetchItem] = []
            while !c.peek(")") {
                if !items.isEmpty { try c.space() }
                items += try fetchItem(&c, allowMacros: false)
                guard items.count <= maxListItems else { throw IMAPParseError(tag: nil, "FETCH list too long") }
            }
            try c.expect(")")
            guard !items.isEmpty else { throw IMAPParseError(tag: nil, "Empty FETCH list") }
            return items
        }
        return try fetchItem(&c, allowMacros: true)
    }

    static func fetchItem(_ c: inout Cursor, allowMacros: Bool) throws -> [FetchItem] {
        let word = try c.fetchAttributeName().uppercased()
        switch word {
        case "ALL" where allowMacros: return [.flags, .internalDate, .size, .envelope]
        case "FAST" where allowMacros: return [.flags, .internalDate, .size]
        case "FULL" where allowMacros: return [.flags, .internalDate, .size, .envelope, .body]
        case "UID": return [.uid]
        case "FLAGS": return [.flags]
        case "INTERNALDATE": return [.internalDate]
        case "RFC822.SIZE": return [.size]
        case "ENVELOPE": return [.envelope]
        case "BODYSTRUCTURE": return [.bodyStructure]
        case "RFC822": return [.rfc822]
        case "RFC822.HEADER": return [.rfc822Header]
        case "RFC822.TEXT": return [.rfc822Text]
        case "BODY", "BODY.PEEK":
            guard c.peek("[") else {
                guard word == "BODY" else { throw IMAPParseError(tag: nil, "BODY.PEEK needs a section") }
                return [.body]
            }
            try c.expect("[")
            let section = try bodySection(&c)
            try c.expect("]")
            var partial: ClosedRange<Int>?
            if c.peek("<") {
                try c.expect("<")
                let start = try c.number()
                try c.expect(".")
                let length = try c.number()
                try c.expect(">")
                guard length > 0 else { throw IMAPParseError(tag: nil, "Partial length must be positive") }
                partial = start...(start + length - 1)
            }
            return [.section(section, partial: partial, peek: word == "BODY.PEEK")]
        default:
            throw IMAPParseError(tag: nil, "Unknown FETCH item \(word.prefix(40))")
        }
    }

    static func bodySection(_ c: inout Cursor) throws -> BodySection {
        var part: [Int] = []
        while let digit = c.peekByte(), digit >= UInt8(ascii: "1"), digit <= UInt8(ascii: "9") {
            part.append(try c.number())
            guard part.count <= 64 else { throw IMAPParseError(tag: nil, "Section too deep") }
            if c.peek(".") { try c.expect(".") } else { return BodySection(part: part, text: .all) }
        }
        if c.peek("]") {
            guard part.isEmpty else { throw IMAPParseError(tag: nil, "Invalid section") }
            return BodySection(part: [], text: .all)
        }
        let word = try c.fetchAttributeName().uppercased()
        switch word {
        case "HEADER": return BodySection(part: part, text: .header)
        case "TEXT": return BodySection(part: part, text: .text)
        case "MIME" where !part.isEmpty: return BodySection(part: part, text: .mime)
        case "HEADER.FIELDS", "HEADER.FIELDS.NOT":
            try c.space()
            try c.expect("(")
            var names: [String] = []
            while !c.peek(")") {
                if !names.isEmpty { try c.space() }
                let name = try c.astring()
                // A field name is printable ASCII without a colon (RFC 5322 §3.6.8); it is written
                // back in the response as it came, so nothing else may pass.
                guard !name.isEmpty, name.utf8.allSatisfy({ $0 > 0x20 && $0 < 0x7F && $0 != UInt8(ascii: ":") && Cursor.isAtomChar($0) }) else {
                    throw IMAPParseError(tag: nil, "Invalid header field name")
                }
                names.append(name)
                guard names.count <= maxListItems else { throw IMAPParseError(tag: nil, "Header list too long") }
            }
            try c.expect(")")
            guard !names.isEmpty else { throw IMAPParseError(tag: nil, "Empty header list") }
            return BodySection(part: part, text: word == "HEADER.FIELDS" ? .headerFields(names) : .headerFieldsNot(names))
        default:
            throw IMAPParseError(tag: nil, "Invalid section \(word.prefix(40))")
        }
    }

    // MARK: STORE

    static func storeAction(_ c: inout Cursor) throws -> IMAPCommand.StoreAction {
        var word = try c.atomBytes(allowing: [UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: ".")])
        var mode = IMAPCommand.StoreAction.Mode.replace
        if word.first == UInt8(ascii: "+") { mode = .add; word.removeFirst() } else if word.first == UInt8(ascii: "-") { mode = .remove; word.removeFirst() }
        let name = String(decoding: word, as: UTF8.self).uppercased()
        guard name == "FLAGS" || name == "FLAGS.SILENT" else { throw IMAPParseError(tag: nil, "STORE takes FLAGS or FLAGS.SILENT") }
        try c.space()
        var flags: [String]
        if c.peek("(") {
            flags = try c.flagList()
        } else {
            flags = [try c.flag()]
            while c.peek(" ") {
                try c.space()
                flags.append(try c.flag())
                guard flags.count <= maxListItems else { throw IMAPParseError(tag: nil, "Flag list too long") }
            }
        }
        return IMAPCommand.StoreAction(mode: mode, silent: name.hasSuffix(".SILENT"), flags: flags)
    }

    // MARK: SEARCH

    static func searchProgram(_ c: inout Cursor) throws -> [SearchKey] {
        try c.space()
        var keys: [SearchKey] = []
        let first = c.position
        if c.peekByte().map({ Cursor.isAtomChar($0) }) == true, (try? c.atom())?.uppercased() == "CHARSET" {
            try c.space()
            let charset = try c.astring().uppercased()
            guard charset == "UTF-8" || charset == "US-ASCII" else { throw IMAPParseError(tag: nil, "[BADCHARSET (UTF-8 US-ASCII)] Unsupported charset") }
            try c.space()
        } else {
            c.position = first
        }
        keys.append(try searchKey(&c, depth: 0))
        while c.peek(" ") {
            try c.space()
            keys.append(try searchKey(&c, depth: 0))
            guard keys.count <= maxListItems else { throw IMAPParseError(tag: nil, "Too many search keys") }
        }
        return keys
    }

    static func searchKey(_ c: inout Cursor, depth: Int) throws -> SearchKey {
        guard depth < maxSearchDepth else { throw IMAPParseError(tag: nil, "Search keys nested too deep") }
        if c.peek("(") {
            try c.expect("(")
            var keys = [try searchKey(&c, depth: depth + 1)]
            while c.peek(" ") {
                try c.space()
                keys.append(try searchKey(&c, depth: depth + 1))
                guard keys.count <= maxListItems else { throw IMAPParseError(tag: nil, "Too many search keys") }
            }
            try c.expect(")")
            return keys.count == 1 ? keys[0] : .and(keys)
        }
        if let byte = c.peekByte(), byte == UInt8(ascii: "*") || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) {
            return .sequence(try c.sequenceSet())
        }
        let word = try c.atom().uppercased()
        func argument() throws -> String {
            try c.space()
            return try c.astring()
        }
        func date() throws -> IMAPDate {
            try c.space()
            let text = c.peek("\"") ? try c.quoted() : try c.atom()
            guard let date = parseDate(text) else { throw IMAPParseError(tag: nil, "Invalid date \(text.prefix(30))") }
            return date
        }
        switch word {
        case "ALL": return .all
        case "ANSWERED": return .flag("\\Answered", set: true)
        case "DELETED": return .flag("\\Deleted", set: true)
        case "DRAFT": return .flag("\\Draft", set: true)
        case "FLAGGED": return .flag("\\Flagged", set: true)
        case "SEEN": return .flag("\\Seen", set: true)
        case "UNANSWERED": return .flag("\\Answered", set: false)
        case "UNDELETED": return .flag("\\Deleted", set: false)
        case "UNDRAFT": return .flag("\\Draft", set: false)
        case "UNFLAGGED": return .flag("\\Flagged", set: false)
        case "UNSEEN": return .flag("\\Seen", set: false)
        case "KEYWORD":
            try c.space()
            return .flag(try c.atom(), set: true)
        case "UNKEYWORD":
            try c.space()
            return .flag(try c.atom(), set: false)
        case "NEW": return .new
        case "OLD": return .old
        case "RECENT": return .recent
        case "BCC", "CC", "FROM", "TO", "SUBJECT": return .header(word, try argument())
        case "HEADER":
            let field = try argument()
            return .header(field, try argument())
        case "BODY": return .body(try argument())
        case "TEXT": return .text(try argument())
        case "BEFORE": return .before(try date())
        case "ON": return .on(try date())
        case "SINCE": return .since(try date())
        case "SENTBEFORE": return .sentBefore(try date())
        case "SENTON": return .sentOn(try date())
        case "SENTSINCE": return .sentSince(try date())
        case "LARGER", "SMALLER":
            try c.space()
            let n = try c.number()
            return word == "LARGER" ? .larger(n) : .smaller(n)
        case "UID":
            try c.space()
            return .uid(try c.sequenceSet())
        case "NOT":
            try c.space()
            return .not(try searchKey(&c, depth: depth + 1))
        case "OR":
            try c.space()
            let a = try searchKey(&c, depth: depth + 1)
            try c.space()
            return .or(a, try searchKey(&c, depth: depth + 1))
        default:
            throw IMAPParseError(tag: nil, "Unknown search key \(word.prefix(40))")
        }
    }

    /// `d-Mon-yyyy` (day one or two digits).
    public static func parseDate(_ text: String) -> IMAPDate? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, let day = Int(parts[0]), (1...31).contains(day), parts[0].count <= 2,
              let month = IMAPDate.monthNames.firstIndex(where: { $0.lowercased() == parts[1].lowercased() }),
              parts[2].count == 4, let year = Int(parts[2]) else { return nil }
        return IMAPDate(year: year, month: month + 1, day: day)
    }
}
