import MailCore

/// How to treat TLS towards a next hop.
public enum TLSPolicy: String, Sendable, Hashable, CaseIterable {
    /// Never STARTTLS.
    case none
    /// STARTTLS when offered, certificate not verified (opportunistic, like Postfix's `may`).
    case may
    /// STARTTLS required and the certificate verified against the system CAs and the host name.
    case require
}

/// Where to connect for a set of recipients.
public struct NextHop: Sendable, Hashable, CustomStringConvertible {
    /// A host name or IP address.
    public var host: String
    public var port: Int
    /// `[host]`: connect to the host itself, without an MX lookup.
    public var skipMX: Bool

    public init(host: String, port: Int, skipMX: Bool) {
        self.host = host
        self.port = port
        self.skipMX = skipMX
    }

    /// `[host]:port`, `[host]`, `host:port`, `host`, `[IPv6]:port` — with an optional `smtp:`
    /// prefix as in Postfix's transport(5).
    public static func parse(_ text: String, defaultPort: Int) -> NextHop? {
        var rest = Substring(text.trimmingCharacters(in: " \t"))
        if rest.lowercased().hasPrefix("smtp:") { rest = rest.dropFirst(5) }
        guard let parsed = HostAndPort.parse(String(rest), defaultPort: defaultPort) else { return nil }
        // Brackets: the host itself, no MX lookup (and an IP literal keeps its spelling).
        return NextHop(host: parsed.bracketed ? parsed.host : parsed.host.lowercased(), port: parsed.port, skipMX: parsed.bracketed)
    }

    public var description: String { skipMX ? "[\(host)]:\(port)" : "\(host):\(port)" }
}

extension String {
    fileprivate func trimmingCharacters(in set: String) -> String {
        var s = Substring(self)
        while let f = s.first, set.contains(f) { s = s.dropFirst() }
        while let l = s.last, set.contains(l) { s = s.dropLast() }
        return String(s)
    }
}

/// Where a recipient domain goes, decided in a fixed order: gateway domain → its backend;
/// transport map entry (exact domain, then `.parent` entries, then `*`); relay host; MX lookup.
/// Local domains never get here. Pure.
public struct Router: Sendable {
    public enum Route: Sendable, Hashable {
        /// Connect to this next hop (MX lookup first unless `skipMX`).
        case nextHop(NextHop, reason: String)
        /// Look up the domain's MX records.
        case mx(domain: String)
    }

    public var transport: [String: NextHop]
    public var relayHost: NextHop?
    public var gatewayBackends: [String: NextHop]

    public init(transport: [String: NextHop] = [:], relayHost: NextHop? = nil, gatewayBackends: [String: NextHop] = [:]) {
        self.transport = transport
        self.relayHost = relayHost
        self.gatewayBackends = gatewayBackends
    }

    public func route(domain: String) -> Route {
        let name = domain.lowercased()
        if let backend = gatewayBackends[name] { return .nextHop(backend, reason: "gateway \(name)") }
        if let hop = transport[name] { return .nextHop(hop, reason: "transport \(name)") }
        var labels = name.split(separator: ".")
        while labels.count > 1 {
            labels.removeFirst()
            let parent = "." + labels.joined(separator: ".")
            if let hop = transport[parent] { return .nextHop(hop, reason: "transport \(parent)") }
        }
        if let hop = transport["*"] { return .nextHop(hop, reason: "transport *") }
        if let relayHost { return .nextHop(relayHost, reason: "relay_host") }
        return .mx(domain: name)
    }

    /// `domain=smtp:[host]:port` entries (`*` for everything, `.domain` for subdomains).
    public static func parseTransport(_ entries: [String], defaultPort: Int) -> (map: [String: NextHop], errors: [String]) {
        var map: [String: NextHop] = [:]
        var errors: [String] = []
        for entry in entries {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            guard parts.count == 2, !parts[0].isEmpty, let hop = NextHop.parse(parts[1], defaultPort: defaultPort) else {
                errors.append(entry)
                continue
            }
            map[parts[0].lowercased()] = hop
        }
        return (map, errors)
    }
}

/// MX handling per RFC 5321 §5.1 and RFC 7505. Pure.
public enum MXOrdering {
    /// Sorted by preference, shuffled among equal preferences.
    public static func order<G: RandomNumberGenerator>(
        _ records: [(preference: UInt16, exchange: String)], using generator: inout G
    ) -> [String] {
        let groups = Dictionary(grouping: records, by: \.preference)
        return groups.keys.sorted().flatMap { preference in
            groups[preference]!.map(\.exchange).shuffled(using: &generator)
        }
    }

    /// A single MX whose exchange is "." (the root) means the domain takes no mail (RFC 7505).
    public static func isNullMX(_ records: [(preference: UInt16, exchange: String)]) -> Bool {
        records.count == 1 && (records[0].exchange.isEmpty || records[0].exchange == ".")
    }
}
