/// File names in a ZIP archive (no decompression). Pure and linear.
///
/// Read from the central directory at the end of the archive, which lists every entry even when
/// the local headers use data descriptors (sizes unknown up front, F10); the local headers are
/// walked only when the archive has no readable central directory (truncated).
public enum ZipListing {
    public static func names(_ bytes: [UInt8], limit: Int = 1_000) -> [String] {
        centralDirectoryNames(bytes, limit: limit) ?? localHeaderNames(bytes, limit: limit)
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// The End of Central Directory record is the last 22 octets plus a comment of at most 64 KiB.
    static func centralDirectoryNames(_ bytes: [UInt8], limit: Int) -> [String]? {
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest {
            if bytes[end] == 0x50, bytes[end + 1] == 0x4B, bytes[end + 2] == 0x05, bytes[end + 3] == 0x06 { break }
            end -= 1
        }
        guard end >= lowest else { return nil }
        let count = uint16(bytes, end + 10)
        var offset = uint32(bytes, end + 16)
        var names: [String] = []
        for _ in 0..<min(count, limit) {
            guard offset + 46 <= bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x01,
                bytes[offset + 3] == 0x02
            else { break }
            let nameLength = uint16(bytes, offset + 28)
            let extraLength = uint16(bytes, offset + 30)
            let commentLength = uint16(bytes, offset + 32)
            let nameStart = offset + 46
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            offset = nameStart + nameLength + extraLength + commentLength
        }
        return names.isEmpty ? nil : names
    }

    static func localHeaderNames(_ bytes: [UInt8], limit: Int) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 30 <= bytes.count, names.count < limit {
            guard bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 else { break }
            let flags = uint16(bytes, offset + 6)
            let compressed = uint32(bytes, offset + 18)
            let nameLength = uint16(bytes, offset + 26)
            let extraLength = uint16(bytes, offset + 28)
            let nameStart = offset + 30
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            // With a data descriptor (bit 3) the size is not known here and there is no central
            // directory to ask: stop.
            if flags & 0x08 != 0 { break }
            offset = nameStart + nameLength + extraLength + compressed
        }
        return names
    }
}
