/// A reply as read from a server: the code and the text of every line.
public struct SMTPWireReply: Sendable, Hashable, CustomStringConvertible {
    public var code: Int
    public var lines: [String]

    public var isPositive: Bool { (200..<400).contains(code) }
    public var description: String { lines.last.map { "\(code) \($0)" } ?? "\(code)" }

    public init(code: Int, lines: [String]) {
        self.code = code
        self.lines = lines
    }
}

extension SMTPWireReply {
    /// The reply as the typed `SMTPReply`: the enhanced status code (RFC 2034) read off the first
    /// line and taken off every line that carries it. Nil for a code outside 200–599, which
    /// RFC 5321 §4.2 does not allow (the caller treats it as a protocol error).
    public var reply: SMTPReply? {
        guard (200...599).contains(code) else { return nil }
        let enhanced = lines.first.flatMap { Self.enhancedCode(in: $0, replyCode: code) }
        guard let enhanced else { return SMTPReply(code, nil, lines) }
        let token = enhanced.description
        let stripped = lines.map { line -> String in
            guard line.hasPrefix(token) else { return line }
            let rest = line.dropFirst(token.count)
            if rest.isEmpty { return "" }
            return rest.first == " " ? String(rest.dropFirst()) : line
        }
        return SMTPReply(code, enhanced, stripped)
    }

    /// `class.subject.detail` at the start of a reply line (RFC 3463 §2: the class is the reply
    /// code's first digit; subject and detail have 1–3 digits), followed by a space or the end.
    ///
    ///     status-code = class "." subject "." detail
    static func enhancedCode(in line: String, replyCode: Int) -> EnhancedStatusCode? {
        let token = line.prefix { $0 != " " }
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3,
            parts.allSatisfy({ (1...3).contains($0.count) && $0.allSatisfy { ("0"..."9").contains($0) } }),
            let klass = Int(parts[0]), let subject = Int(parts[1]), let detail = Int(parts[2]),
            parts[0].count == 1, klass == replyCode / 100
        else { return nil }
        return EnhancedStatusCode(klass, subject, detail)
    }
}
