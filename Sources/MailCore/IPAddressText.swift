/// Textual IPv4/IPv6 validation and canonical forms, without touching the network stack.
public enum IPAddressText {
    /// `IPv4-address-literal = Snum 3("." Snum)`; returns the dotted quad without leading zeros.
    public static func canonicalIPv4(_ text: String) -> String? {
        guard let octets = ipv4Octets(text) else { return nil }
        return octets.map(String.init).joined(separator: ".")
    }

    public static func ipv4Octets(_ text: String) -> [UInt8]? {
        let parts = text.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 4 else { return nil }
        var octets: [UInt8] = []
        for part in parts {
            guard !part.isEmpty, part.count <= 3, part.utf8.allSatisfy({ (0x30...0x39).contains($0) }),
                let value = Int(part), value <= 255
            else { return nil }
            octets.append(UInt8(value))
        }
        return octets
    }

    /// Parses RFC 4291 textual IPv6 (with `::` compression and an optional trailing IPv4) into 16 bytes.
    public static func ipv6Bytes(_ text: String) -> [UInt8]? {
        guard !text.isEmpty, text.count <= 45 else { return nil }
        var head: [UInt16] = []
        var tail: [UInt16] = []
        var sawCompression = false
        let chars = Array(text.utf8)
        var compressionAt: Int?
        var i = 0
        while i + 1 < chars.count {
            if chars[i] == UInt8(ascii: ":") && chars[i + 1] == UInt8(ascii: ":") {
                if compressionAt != nil { return nil }
                compressionAt = i
                i += 2
                continue
            }
            i += 1
        }
        if let at = compressionAt {
            sawCompression = true
            let left = Substring(String(decoding: chars[..<at], as: UTF8.self))
            let right = Substring(String(decoding: chars[(at + 2)...], as: UTF8.self))
            if right.hasPrefix(":") || left.hasSuffix(":") { return nil }
            guard let l = parseGroups(left, allowIPv4: false), let r = parseGroups(right, allowIPv4: true) else {
                return nil
            }
            head = l
            tail = r
        } else {
            guard let all = parseGroups(Substring(text), allowIPv4: true) else { return nil }
            head = all
        }
        let total = head.count + tail.count
        if sawCompression {
            guard total <= 7 else { return nil }
        } else {
            guard total == 8 else { return nil }
        }
        let groups = head + Array(repeating: 0, count: 8 - total) + tail
        var bytes: [UInt8] = []
        for group in groups {
            bytes.append(UInt8(group >> 8))
            bytes.append(UInt8(group & 0xFF))
        }
        return bytes
    }

    private static func parseGroups(_ text: Substring, allowIPv4: Bool) -> [UInt16]? {
        if text.isEmpty { return [] }
        let parts = text.split(separator: ":", omittingEmptySubsequences: false)
        var groups: [UInt16] = []
        for (index, part) in parts.enumerated() {
            if allowIPv4, index == parts.count - 1, part.contains(".") {
                guard let octets = ipv4Octets(String(part)) else { return nil }
                groups.append(UInt16(octets[0]) << 8 | UInt16(octets[1]))
                groups.append(UInt16(octets[2]) << 8 | UInt16(octets[3]))
                continue
            }
            guard !part.isEmpty, part.count <= 4, let value = UInt16(part, radix: 16) else { return nil }
            groups.append(value)
        }
        return groups
    }

    /// RFC 5952 canonical text for an IPv6 address.
    public static func canonicalIPv6(_ text: String) -> String? {
        guard let bytes = ipv6Bytes(text) else { return nil }
        return formatIPv6(bytes)
    }

    public static func formatIPv6(_ bytes: [UInt8]) -> String {
        var groups: [UInt16] = []
        for index in stride(from: 0, to: 16, by: 2) {
            groups.append(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]))
        }
        // Longest run of zero groups (length >= 2) is compressed.
        var bestStart = -1
        var bestLength = 0
        var index = 0
        while index < 8 {
            if groups[index] == 0 {
                var end = index
                while end < 8 && groups[end] == 0 { end += 1 }
                if end - index > bestLength && end - index >= 2 {
                    bestStart = index
                    bestLength = end - index
                }
                index = end
            } else {
                index += 1
            }
        }
        func hex(_ range: Range<Int>) -> String {
            groups[range].map { String($0, radix: 16) }.joined(separator: ":")
        }
        if bestStart < 0 { return hex(0..<8) }
        return hex(0..<bestStart) + "::" + hex((bestStart + bestLength)..<8)
    }
}

extension IPAddressText {
    /// The key per-client limits count against: an IPv4 address as it is, an IPv6 address by its
    /// /64 network (one subscriber usually holds a whole /64, so counting single IPv6 addresses
    /// lets one client rotate around every limit). Text that is not an address is its own key.
    public static func clientKey(_ address: String) -> String {
        guard !address.utf8.contains(UInt8(ascii: ".")), let bytes = ipv6Bytes(address) else { return address }
        // IPv4-mapped IPv6 (::ffff:a.b.c.d) contains a dot and was returned above.
        return formatIPv6(Array(bytes.prefix(8)) + [UInt8](repeating: 0, count: 8)) + "/64"
    }
}
