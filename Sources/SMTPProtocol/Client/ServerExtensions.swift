/// What a server offers in its EHLO reply (RFC 5321 §4.1.1.1): one keyword per line after the
/// first, with its parameters. Keywords are case-insensitive and kept upper-cased.
///
///     ehlo-line = ehlo-keyword *( SP ehlo-param )
public struct ServerExtensions: Sendable, Hashable {
    /// Keyword → its parameters (`SIZE` → `["35882577"]`, `AUTH` → `["PLAIN", "LOGIN"]`).
    public private(set) var parameters: [String: [String]] = [:]

    public init() {}

    /// From the text lines of a 250 reply to EHLO; the first line is the server's greeting.
    public init(ehloLines: [String]) {
        for line in ehloLines.dropFirst() {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            guard let first = words.first else { continue }
            var keyword = first.uppercased()
            var values = words.dropFirst().map(String.init)
            // The obsolete `AUTH=PLAIN LOGIN` form announces AUTH too.
            if keyword.hasPrefix("AUTH=") {
                values.insert(String(first.dropFirst(5)), at: 0)
                keyword = "AUTH"
            }
            parameters[keyword, default: []] += values
        }
    }

    public func offers(_ keyword: String) -> Bool { parameters[keyword.uppercased()] != nil }

    /// RFC 1870: the largest message the server takes; nil when SIZE is not offered or has no
    /// (or a zero) limit.
    public var sizeLimit: Int? {
        guard let value = parameters["SIZE"]?.first, let limit = Int(value), limit > 0 else { return nil }
        return limit
    }
}
