/// One header field as it appeared: the name as written and the unfolded raw value (bytes decoded
/// as UTF-8 where valid, Latin-1 otherwise; RFC 2047 words are decoded separately).
public struct HeaderField: Sendable, Hashable {
    public var name: String
    public var rawValue: String

    public init(name: String, rawValue: String) {
        self.name = name
        self.rawValue = rawValue
    }

    /// The value with RFC 2047 encoded words decoded.
    public var decodedValue: String { EncodedWords.decode(rawValue) }
}

/// The header section of a message or a MIME part, in order, duplicates kept.
public struct MessageHeaders: Sendable, Hashable {
    public var fields: [HeaderField]

    public init(fields: [HeaderField] = []) {
        self.fields = fields
    }

    /// The first field with this name (case-insensitive), unfolded, not decoded.
    public subscript(_ name: String) -> String? {
        let lowered = name.lowercased()
        return fields.first { $0.name.lowercased() == lowered }?.rawValue
    }

    public func all(_ name: String) -> [String] {
        let lowered = name.lowercased()
        return fields.filter { $0.name.lowercased() == lowered }.map(\.rawValue)
    }

    public func decoded(_ name: String) -> String? { self[name].map(EncodedWords.decode) }

    public func count(_ name: String) -> Int { all(name).count }

    /// Splits `bytes` into the header section and where the body starts. Tolerates bare LF,
    /// obsolete whitespace before the colon, and lines without a colon (kept out, counted as
    /// malformed). The header section ends at the first empty line.
    /// The longest unfolded header value kept, in octets; the rest of a longer value is dropped
    /// (the message is still accepted and scanned on what was kept).
    public static let maximumValueLength = 65_536

    public static func parse(_ bytes: ArraySlice<UInt8>, maxFields: Int = 1_000) -> (headers: MessageHeaders, bodyStart: Int, malformed: Int) {
        var fields: [HeaderField] = []
        var malformed = 0
        var index = bytes.startIndex
        var current: (name: String, value: [UInt8])?
        func finish() {
            if let field = current, fields.count < maxFields {
                fields.append(HeaderField(name: field.name, rawValue: Charsets.lenientUTF8(field.value).trimmingWhitespace))
            }
            current = nil
        }
        while index < bytes.endIndex {
            var end = index
            while end < bytes.endIndex && bytes[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > index && bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            let next = end < bytes.endIndex ? end + 1 : end
            if lineEnd == index {
                finish()
                return (MessageHeaders(fields: fields), next, malformed)
            }
            let line = bytes[index..<lineEnd]
            if line.first == 0x20 || line.first == 0x09 {
                if current != nil {
                    let room = maximumValueLength - current!.value.count
                    if room > 0 {
                        current!.value.append(0x20)
                        current!.value.append(contentsOf: line.drop { $0 == 0x20 || $0 == 0x09 }.prefix(room - 1))
                    }
                } else {
                    malformed += 1
                }
            } else if let colon = line.firstIndex(of: 0x3A), colon > line.startIndex {
                finish()
                var nameEnd = colon
                while nameEnd > line.startIndex && (bytes[nameEnd - 1] == 0x20 || bytes[nameEnd - 1] == 0x09) { nameEnd -= 1 }
                let name = String(decoding: line[line.startIndex..<nameEnd], as: UTF8.self)
                if name.isEmpty || name.contains(" ") {
                    malformed += 1
                } else {
                    current = (name, Array(line[(colon + 1)...].prefix(maximumValueLength)))
                }
            } else {
                // A line that is neither a field nor a continuation: a body without a blank line
                // (From_ lines aside). Treat the rest as body.
                if line.starts(with: Array("From ".utf8)) && fields.isEmpty {
                    index = next
                    continue
                }
                finish()
                malformed += 1
                return (MessageHeaders(fields: fields), index, malformed)
            }
            index = next
        }
        finish()
        return (MessageHeaders(fields: fields), bytes.endIndex, malformed)
    }
}

extension String {
    var trimmingWhitespace: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\r" || first == "\n" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\r" || last == "\n" { scalars.removeLast() }
        return String(scalars)
    }
}
