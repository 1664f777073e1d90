/// Reads the tokens of RFC 3501's grammar from a framed command. A literal is reachable only
/// where a text segment ends, so `{n}` inside a quoted string is text, as it must be.
struct Cursor {
    struct Position: Equatable {
        var segment: Int
        var offset: Int
    }
    let segments: [IMAPCommandSegment]
    var position = Position(segment: 0, offset: 0)

    init(_ segments: [IMAPCommandSegment]) { self.segments = segments }

    private var text: [UInt8] {
        guard position.segment < segments.count, case .text(let bytes) = segments[position.segment] else { return [] }
        return bytes
    }

    var atEnd: Bool { position.segment >= segments.count - 1 && position.offset >= text.count }

    func peekByte() -> UInt8? {
        let t = text
        return position.offset < t.count ? t[position.offset] : nil
    }

    func peek(_ character: Character) -> Bool { peekByte() == character.asciiValue }

    mutating func advance() { position.offset += 1 }

    mutating func expect(_ character: Character) throws {
        guard peek(character) else { throw IMAPParseError(tag: nil, "Expected \"\(character)\"") }
        advance()
    }

    mutating func space() throws {
        guard peek(" ") else { throw IMAPParseError(tag: nil, "Expected a space") }
        advance()
    }

    /// The literal that follows the current text segment, if the cursor is at its end.
    mutating func literal() -> IMAPLiteral? {
        guard position.offset >= text.count, position.segment + 1 < segments.count,
              case .literal(let literal) = segments[position.segment + 1] else { return nil }
        position = Position(segment: position.segment + 2, offset: 0)
        return literal
    }

    static func isAtomChar(_ byte: UInt8) -> Bool {
        guard byte > 0x20 && byte < 0x7F else { return false }
        switch byte {
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "{"), UInt8(ascii: "%"), UInt8(ascii: "*"),
             UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "]"):
            return false
        default:
            return true
        }
    }

    private mutating func take(while accept: (UInt8) -> Bool, limit: Int = 1_024) throws -> [UInt8] {
        let t = text
        var out: [UInt8] = []
        while position.offset < t.count, accept(t[position.offset]) {
            out.append(t[position.offset])
            position.offset += 1
            guard out.count <= limit else { throw IMAPParseError(tag: nil, "Token too long") }
        }
        return out
    }

    /// A tag: astring characters except `+`.
    mutating func tag() -> String? {
        guard let bytes = try? take(while: { Self.isAtomChar($0) && $0 != UInt8(ascii: "+") || $0 == UInt8(ascii: "]") }, limit: 64),
              !bytes.isEmpty else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func atomBytes(allowing extra: Set<UInt8> = []) throws -> [UInt8] {
        let bytes = try take(while: { Self.isAtomChar($0) || extra.contains($0) }, limit: 16_384)
        guard !bytes.isEmpty else { throw IMAPParseError(tag: nil, "Expected an atom") }
        return bytes
    }

    mutating func atom() throws -> String { String(decoding: try atomBytes(), as: UTF8.self) }

    /// A FETCH attribute or section word (`RFC822.SIZE`, `BODY.PEEK`, `HEADER.FIELDS.NOT`).
    mutating func fetchAttributeName() throws -> String {
        let bytes = try take(while: {
            Self.isAtomChar($0) && $0 != UInt8(ascii: "[") && $0 != UInt8(ascii: "<")
        }, limit: 64)
        guard !bytes.isEmpty else { throw IMAPParseError(tag: nil, "Expected a FETCH item") }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func quotedBytes() throws -> [UInt8] {
        try expect("\"")
        let t = text
        var out: [UInt8] = []
        while position.offset < t.count {
            let byte = t[position.offset]
            position.offset += 1
            switch byte {
            case UInt8(ascii: "\""):
                return out
            case UInt8(ascii: "\\"):
                guard position.offset < t.count, t[position.offset] == UInt8(ascii: "\"") || t[position.offset] == UInt8(ascii: "\\") else {
                    throw IMAPParseError(tag: nil, "Invalid escape in quoted string")
                }
                out.append(t[position.offset])
                position.offset += 1
            case 0x0D, 0x0A, 0x00:
                throw IMAPParseError(tag: nil, "Invalid character in quoted string")
            default:
                out.append(byte)
            }
        }
        throw IMAPParseError(tag: nil, "Unterminated quoted string")
    }

    mutating func quoted() throws -> String { String(decoding: try quotedBytes(), as: UTF8.self) }

    /// A string: quoted or literal.
    mutating func stringBytes() throws -> [UInt8] {
        if peek("\"") { return try quotedBytes() }
        if let literal = literal() {
            guard case .bytes(let bytes) = literal else { throw IMAPParseError(tag: nil, "Literal too large here") }
            return bytes
        }
        throw IMAPParseError(tag: nil, "Expected a string")
    }

    mutating func astring() throws -> String {
        if peek("\"") || position.offset >= text.count { return String(decoding: try stringBytes(), as: UTF8.self) }
        let bytes = try take(while: { Self.isAtomChar($0) || $0 == UInt8(ascii: "]") }, limit: 16_384)
        guard !bytes.isEmpty else { throw IMAPParseError(tag: nil, "Expected a string") }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func optionalNil() throws -> Bool {
        let saved = position
        if let word = try? atom(), word.uppercased() == "NIL" { return true }
        position = saved
        return false
    }

    mutating func nstring() throws -> String? {
        if try optionalNil() { return nil }
        return String(decoding: try stringBytes(), as: UTF8.self)
    }

    /// A mailbox name; `INBOX` in any case is INBOX.
    mutating func mailbox() throws -> String {
        let name = try astring()
        return name.uppercased() == "INBOX" ? "INBOX" : name
    }

    /// A LIST pattern: list-chars (atom characters, `%`, `*`, `]`) or a string.
    mutating func listPattern() throws -> String {
        if peek("\"") || position.offset >= text.count { return String(decoding: try stringBytes(), as: UTF8.self) }
        let bytes = try take(while: {
            Self.isAtomChar($0) || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "]")
        })
        guard !bytes.isEmpty else { throw IMAPParseError(tag: nil, "Expected a mailbox pattern") }
        return String(decoding: bytes, as: UTF8.self)
    }

    mutating func flag() throws -> String {
        if peek("\\") {
            advance()
            return "\\" + (try atom())
        }
        return try atom()
    }

    mutating func flagList() throws -> [String] {
        try expect("(")
        var flags: [String] = []
        while !peek(")") {
            if !flags.isEmpty { try space() }
            flags.append(try flag())
            guard flags.count <= IMAPCommandParser.maxListItems else { throw IMAPParseError(tag: nil, "Flag list too long") }
        }
        try expect(")")
        return flags
    }

    mutating func number() throws -> Int {
        let digits = try take(while: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }, limit: 10)
        guard !digits.isEmpty, let value = Int(String(decoding: digits, as: UTF8.self)), value <= Int(UInt32.max) else {
            throw IMAPParseError(tag: nil, "Expected a number")
        }
        return value
    }

    mutating func sequenceSet() throws -> SequenceSet {
        func bound() throws -> SequenceSet.Bound {
            if peek("*") {
                advance()
                return .last
            }
            let n = try number()
            guard n > 0 else { throw IMAPParseError(tag: nil, "Sequence numbers start at 1") }
            return .number(UInt32(n))
        }
        var ranges: [(SequenceSet.Bound, SequenceSet.Bound)] = []
        repeat {
            if !ranges.isEmpty { advance() }
            let a = try bound()
            var b = a
            if peek(":") {
                advance()
                b = try bound()
            }
            ranges.append((a, b))
            guard ranges.count <= IMAPCommandParser.maxListItems else { throw IMAPParseError(tag: nil, "Sequence set too long") }
        } while peek(",")
        return SequenceSet(ranges: ranges)
    }
}
