

/// An IP address as bytes: 4 for IPv4, 16 for IPv6. IPv4-mapped IPv6 is folded to IPv4.
public struct IPAddressBytes: Hashable, Sendable, CustomStringConvertible {
    public let bytes: [UInt8]

    public init?(_ text: String) {
        var text = text
        if text.hasPrefix("[") && text.hasSuffix("]") { text = String(text.dropFirst().dropLast()) }
        if let zone = text.firstIndex(of: "%") { text = String(text[..<zone]) }
        if let v4 = IPAddressText.ipv4Octets(text) {
            bytes = v4
        } else if let v6 = IPAddressText.ipv6Bytes(text) {
            if v6[0..<10].allSatisfy({ $0 == 0 }) && v6[10] == 0xFF && v6[11] == 0xFF {
                bytes = Array(v6[12...])
            } else {
                bytes = v6
            }
        } else {
            return nil
        }
    }

    public var isIPv4: Bool { bytes.count == 4 }

    public var description: String {
        isIPv4 ? bytes.map(String.init).joined(separator: ".") : IPAddressText.formatIPv6(bytes)
    }
}

/// A network in CIDR form (`192.0.2.0/24`, `2001:db8::/32`), or the old Sendmail prefix form
/// (`211.252.150` = `211.252.150.0/24`).
public struct IPNetwork: Hashable, Sendable, CustomStringConvertible {
    public let address: [UInt8]
    public let prefixLength: Int

    public init?(_ text: String) {
        if let slash = text.firstIndex(of: "/") {
            guard let address = IPAddressBytes(String(text[..<slash])),
                let length = Int(text[text.index(after: slash)...]), length >= 0, length <= address.bytes.count * 8
            else { return nil }
            self.init(address: address.bytes, prefixLength: length)
        } else if let address = IPAddressBytes(text) {
            self.init(address: address.bytes, prefixLength: address.bytes.count * 8)
        } else {
            // Sendmail's "211.252.150": one to three leading octets.
            let parts = text.split(separator: ".", omittingEmptySubsequences: false)
            guard (1...3).contains(parts.count) else { return nil }
            var octets: [UInt8] = []
            for part in parts {
                guard !part.isEmpty, part.count <= 3, part.allSatisfy(\.isNumber), let value = UInt8(part) else { return nil }
                octets.append(value)
            }
            self.init(address: octets + Array(repeating: 0, count: 4 - octets.count), prefixLength: octets.count * 8)
        }
    }

    init(address: [UInt8], prefixLength: Int) {
        // Clear host bits so equal networks compare equal.
        var masked = address
        for index in masked.indices {
            let bitsHere = max(0, min(8, prefixLength - index * 8))
            masked[index] &= bitsHere == 0 ? 0 : UInt8(truncatingIfNeeded: 0xFF << (8 - bitsHere))
        }
        self.address = masked
        self.prefixLength = prefixLength
    }

    public func contains(_ ip: IPAddressBytes) -> Bool {
        guard ip.bytes.count == address.count else { return false }
        var remaining = prefixLength
        for index in address.indices where remaining > 0 {
            let bits = min(8, remaining)
            let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
            if ip.bytes[index] & mask != address[index] { return false }
            remaining -= bits
        }
        return true
    }

    public var description: String {
        let text = address.count == 4 ? address.map(String.init).joined(separator: ".") : IPAddressText.formatIPv6(address)
        return "\(text)/\(prefixLength)"
    }
}
