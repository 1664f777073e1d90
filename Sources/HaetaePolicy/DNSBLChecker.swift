import MailCore
import DNSClient

/// One DNS blocklist zone and how much a listing in it counts.
public struct DNSBLZone: Sendable, Hashable {
    public var name: String
    public var weight: Int

    /// `zen.spamhaus.org` or `zen.spamhaus.org*2` (Postfix's postscreen notation).
    public init?(_ text: String) {
        let parts = text.split(separator: "*", maxSplits: 1)
        guard let first = parts.first, !first.isEmpty else { return nil }
        name = first.lowercased().hasSuffix(".") ? String(first.lowercased().dropLast()) : first.lowercased()
        if parts.count == 2 {
            guard let value = Int(parts[1]) else { return nil }
            weight = value
        } else {
            weight = 1
        }
        guard name.contains("."), name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "." }) else { return nil }
    }
}

public struct DNSBLListing: Sendable, Hashable {
    public var zone: String
    public var weight: Int
    /// The TXT record, when the list publishes one.
    public var reason: String?
}

public struct DNSBLResult: Sendable, Hashable {
    public var listings: [DNSBLListing]
    /// Zones that did not answer (timeouts, SERVFAIL): never counted as listings.
    public var unavailable: [String]
    public var score: Int { listings.map(\.weight).reduce(0, +) }
}

/// Queries DNSBL zones for a client IP and RHSBL zones for a sender domain. A list that does
/// not answer in time never blocks mail.
public struct DNSBLChecker: Sendable {
    public let resolver: any DNSResolver
    public let zones: [DNSBLZone]
    public let threshold: Int
    public let domainZones: [String]

    public init(resolver: any DNSResolver, zones: [DNSBLZone], threshold: Int = 1, domainZones: [String] = []) {
        self.resolver = resolver
        self.zones = zones
        self.threshold = threshold
        self.domainZones = domainZones
    }

    public var isEnabled: Bool { !zones.isEmpty }

    /// `4.3.2.1.zone` for 1.2.3.4; nibbles reversed for IPv6 (RFC 5782 §2.1, §2.4).
    public static func queryName(_ ip: IPAddressBytes, zone: String) -> String {
        if ip.isIPv4 { return ip.bytes.reversed().map(String.init).joined(separator: ".") + "." + zone }
        var nibbles: [String] = []
        for byte in ip.bytes.reversed() {
            nibbles.append(String(byte & 0x0F, radix: 16))
            nibbles.append(String(byte >> 4, radix: 16))
        }
        return nibbles.joined(separator: ".") + "." + zone
    }

    /// 127.0.0.0/8 means listed (RFC 5782 §2.3), except 127.255.255.0/24, which Spamhaus and
    /// others use to say "your query was refused" — that is not a listing.
    static func isListingAddress(_ bytes: [UInt8]) -> Bool {
        bytes.count == 4 && bytes[0] == 127 && !(bytes[1] == 255 && bytes[2] == 255)
    }

    private func lookup(_ name: String, zone: String, weight: Int) async -> (DNSBLListing?, Bool) {
        do {
            let addresses = try await resolver.addressesV4(name)
            guard addresses.contains(where: Self.isListingAddress) else { return (nil, false) }
            let reason = (try? await resolver.txt(name).first).map(Self.replyText)
            return (DNSBLListing(zone: zone, weight: weight, reason: reason), false)
        } catch let error as DNSError {
            return (nil, error.isTemporary)
        } catch {
            return (nil, true)
        }
    }

    public func check(_ ip: IPAddressBytes) async -> DNSBLResult {
        await withTaskGroup(of: (DNSBLListing?, String?).self) { group in
            for zone in zones {
                group.addTask {
                    let (listing, unavailable) = await lookup(Self.queryName(ip, zone: zone.name), zone: zone.name, weight: zone.weight)
                    return (listing, unavailable ? zone.name : nil)
                }
            }
            var result = DNSBLResult(listings: [], unavailable: [])
            for await (listing, unavailable) in group {
                if let listing { result.listings.append(listing) }
                if let unavailable { result.unavailable.append(unavailable) }
            }
            result.listings.sort { $0.zone < $1.zone }
            return result
        }
    }

    /// The longest list text quoted in a reply.
    public static let maxReasonLength = 200

    /// A list's TXT text as it may appear in a 554 reply and a log line: printable ASCII only
    /// (CR, LF, NUL and every other byte outside 0x20–0x7E become `?`), at most
    /// `maxReasonLength` characters — whatever resolver answered (issue 11, F9).
    public static func replyText(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars.prefix(maxReasonLength) {
            out.unicodeScalars.append((0x20...0x7E).contains(scalar.value) ? scalar : "?")
        }
        return out
    }

    public func isBlocked(_ result: DNSBLResult) -> Bool { !result.listings.isEmpty && result.score >= threshold }

    /// The first RHSBL zone that lists the domain.
    public func checkDomain(_ domain: String) async -> DNSBLListing? {
        for zone in domainZones {
            let (listing, _) = await lookup("\(domain).\(zone)", zone: zone, weight: 1)
            if let listing { return listing }
        }
        return nil
    }
}
