import MailCore
import HaetaePolicy
import HaetaeStore

/// Whitelist or blacklist entries, parsed: full addresses, domains (matching subdomains too, as
/// access-map domains do), client IPs and CIDR networks.
public struct SenderList: Sendable {
    var addresses = Set<String>()
    var domains = Set<String>()
    var networks: [IPNetwork] = []

    public init(_ entries: [String]) {
        for entry in entries {
            let key = entry.lowercased()
            if let network = IPNetwork(key) {
                networks.append(network)
            } else if key.contains("@") {
                if key.hasPrefix("@") { domains.insert(String(key.dropFirst())) } else { addresses.insert(key) }
            } else {
                domains.insert(key.hasPrefix(".") ? String(key.dropFirst()) : key)
            }
        }
    }

    /// The entry that matches the envelope sender or the client, if any.
    public func match(sender: String, client: String?) -> String? {
        let address = sender.lowercased()
        if addresses.contains(address) { return address }
        if let at = address.lastIndex(of: "@") {
            var domain = Substring(address[address.index(after: at)...])
            while !domain.isEmpty {
                if domains.contains(String(domain)) { return String(domain) }
                guard let dot = domain.firstIndex(of: ".") else { break }
                domain = domain[domain.index(after: dot)...]
            }
        }
        if let client, let ip = IPAddressBytes(client), let network = networks.first(where: { $0.contains(ip) }) {
            return network.description
        }
        return nil
    }

    /// Validates an entry for `haetae whitelist add`: an address, `@domain`, a domain, an IP or CIDR.
    public static func validate(_ entry: String) -> String? {
        let key = entry.lowercased()
        if IPNetwork(key) != nil { return key }
        if key.contains("@") {
            let parts = key.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[1].isEmpty, parts[1].contains(".") || parts[1] == "localhost" else { return nil }
            return key
        }
        return DomainName.normalize(key.hasPrefix(".") ? String(key.dropFirst()) : key)
    }
}
