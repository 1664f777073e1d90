/// Content-Transfer-Encoding decoders, lenient as mail readers are: invalid input is skipped,
/// never fatal.
public enum TransferEncoding {
    private static let base64Table: [Int8] = {
        var table = [Int8](repeating: -1, count: 256)
        for (index, char) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() {
            table[Int(char)] = Int8(index)
        }
        // The URL-safe alphabet too: some senders use it.
        table[Int(UInt8(ascii: "-"))] = 62
        table[Int(UInt8(ascii: "_"))] = 63
        return table
    }()

    /// Base64, skipping anything outside the alphabet and stopping at padding.
    public static func base64<C: Collection>(_ input: C) -> [UInt8] where C.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(input.count * 3 / 4)
        var accumulator: UInt32 = 0
        var bits = 0
        for byte in input {
            if byte == UInt8(ascii: "=") { break }
            let value = base64Table[Int(byte)]
            if value < 0 { continue }
            accumulator = (accumulator << 6) | UInt32(value)
            bits += 6
            if bits >= 8 {
                bits -= 8
                out.append(UInt8((accumulator >> UInt32(bits)) & 0xFF))
            }
        }
        return out
    }

    static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case 0x30...0x39: return byte - 0x30
        case 0x41...0x46: return byte - 0x41 + 10
        case 0x61...0x66: return byte - 0x61 + 10
        default: return nil
        }
    }

    /// Quoted-printable (RFC 2045 §6.7); `underscoreIsSpace` for RFC 2047 Q words.
    public static func quotedPrintable<C: Collection>(_ input: C, underscoreIsSpace: Bool = false) -> [UInt8]
    where C.Element == UInt8, C.Index == Int {
        var out: [UInt8] = []
        out.reserveCapacity(input.count)
        var index = input.startIndex
        while index < input.endIndex {
            let byte = input[index]
            if byte == UInt8(ascii: "=") {
                let first = input.index(after: index)
                if first < input.endIndex, input[first] == 0x0D || input[first] == 0x0A {
                    // Soft line break.
                    var skip = first
                    if input[skip] == 0x0D { skip += 1 }
                    if skip < input.endIndex && input[skip] == 0x0A { skip += 1 }
                    index = skip
                    continue
                }
                if first + 1 < input.endIndex, let high = hexValue(input[first]), let low = hexValue(input[first + 1]) {
                    out.append(high << 4 | low)
                    index = first + 2
                    continue
                }
                // Trailing whitespace then a line break after "=" is also a soft break.
                var probe = first
                while probe < input.endIndex && (input[probe] == 0x20 || input[probe] == 0x09) { probe += 1 }
                if probe < input.endIndex && (input[probe] == 0x0D || input[probe] == 0x0A) {
                    if input[probe] == 0x0D { probe += 1 }
                    if probe < input.endIndex && input[probe] == 0x0A { probe += 1 }
                    index = probe
                    continue
                }
                out.append(byte)
                index = first
            } else if underscoreIsSpace && byte == UInt8(ascii: "_") {
                out.append(0x20)
                index += 1
            } else {
                out.append(byte)
                index += 1
            }
        }
        return out
    }
}
