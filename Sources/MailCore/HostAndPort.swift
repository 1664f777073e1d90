/// A host and a port as configuration and the command line write them: `host:port`,
/// `[host]:port` (an IPv6 literal, or for a next hop "no MX lookup"), `host` or `[host]` alone
/// when a default port applies, and a bare IPv6 literal (`2001:db8::1`). The one parser for
/// listeners, next hops, clamd, name servers and the relay tester. Pure.
public struct HostAndPort: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var port: Int
    /// Written in brackets: `[host]` or `[host]:port`.
    public var bracketed: Bool

    public init(host: String, port: Int, bracketed: Bool = false) {
        self.host = host
        self.port = port
        self.bracketed = bracketed
    }

    /// - Parameters:
    ///   - defaultPort: the port when none is written; nil when a port is required. With a
    ///     required port, an unbracketed text with several colons splits at the last one
    ///     (`::1:25`); with a default port it is an IPv6 literal without a port.
    ///   - allowsPortZero: port 0 (a listener on any free port).
    public static func parse(_ text: String, defaultPort: Int?, allowsPortZero: Bool = false) -> HostAndPort? {
        let lowest = allowsPortZero ? 0 : 1
        func port(_ digits: Substring) -> Int? {
            guard !digits.isEmpty, digits.count <= 5, digits.allSatisfy({ $0.isASCII && $0.isNumber }),
                  let value = Int(digits), (lowest...65_535).contains(value) else { return nil }
            return value
        }
        func validHost(_ host: Substring) -> Bool {
            !host.isEmpty && host.unicodeScalars.allSatisfy { $0.value > 0x20 && $0.value != 0x7F && $0 != "[" && $0 != "]" && $0 != "/" }
        }
        let text = Substring(text)
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]") else { return nil }
            let host = text[text.index(after: text.startIndex)..<close]
            let rest = text[text.index(after: close)...]
            guard validHost(host) else { return nil }
            if rest.isEmpty {
                guard let defaultPort else { return nil }
                return HostAndPort(host: String(host), port: defaultPort, bracketed: true)
            }
            guard rest.hasPrefix(":"), let value = port(rest.dropFirst()) else { return nil }
            return HostAndPort(host: String(host), port: value, bracketed: true)
        }
        let colons = text.filter { $0 == ":" }.count
        if colons == 0 || (colons > 1 && defaultPort != nil) {
            guard let defaultPort, validHost(text) else { return nil }
            return HostAndPort(host: String(text), port: defaultPort)
        }
        let colon = text.lastIndex(of: ":")!
        let host = text[..<colon]
        guard validHost(host), let value = port(text[text.index(after: colon)...]) else { return nil }
        return HostAndPort(host: String(host), port: value)
    }

    /// `host:port`, or `[host]:port` when bracketed or an IPv6 literal.
    public var description: String {
        bracketed || host.contains(":") ? "[\(host)]:\(port)" : "\(host):\(port)"
    }
}
