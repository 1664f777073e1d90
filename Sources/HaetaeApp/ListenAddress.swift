/// `ADDR:PORT` or `[IPv6]:PORT`.
public struct ListenAddress: Sendable, Equatable {
    public var host: String
    public var port: Int

    public static func parse(_ text: String) throws -> ListenAddress {
        let host: String
        let portText: Substring
        if text.hasPrefix("[") {
            guard let close = text.firstIndex(of: "]"), text[text.index(after: close)...].hasPrefix(":") else {
                throw ConfigurationError.badValue(key: "listen", value: text, expected: "[IPv6]:PORT")
            }
            host = String(text[text.index(after: text.startIndex)..<close])
            portText = text[text.index(close, offsetBy: 2)...]
        } else {
            guard let colon = text.lastIndex(of: ":") else {
                throw ConfigurationError.badValue(key: "listen", value: text, expected: "ADDR:PORT")
            }
            host = String(text[..<colon])
            portText = text[text.index(after: colon)...]
        }
        guard !host.isEmpty, let port = Int(portText), (0...65_535).contains(port) else {
            throw ConfigurationError.badValue(key: "listen", value: text, expected: "ADDR:PORT")
        }
        return ListenAddress(host: host, port: port)
    }
}
