import MailCore

/// `ADDR:PORT` or `[IPv6]:PORT`.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    public static func parse(_ text: String) throws -> ListenAddress {
        guard let parsed = HostAndPort.parse(text, defaultPort: nil, allowsPortZero: true) else {
            throw ConfigurationError.badValue(key: "listen", value: text, expected: "ADDR:PORT or [IPv6]:PORT")
        }
        return ListenAddress(host: parsed.host, port: parsed.port)
    }
}
