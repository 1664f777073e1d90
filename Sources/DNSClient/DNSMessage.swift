/// DNS record types we ask for (RFC 1035 §3.2.2, RFC 3596).
public enum DNSRecordType: UInt16, Sendable, Hashable, CaseIterable {
    case a = 1
    case ns = 2
    case cname = 5
    case ptr = 12
    case mx = 15
    case txt = 16
    case aaaa = 28
}

/// One answer record, decoded.
public enum DNSRecordData: Sendable, Hashable {
    case a([UInt8])
    case aaaa([UInt8])
    case cname(String)
    case ptr(String)
    case ns(String)
    case mx(preference: UInt16, exchange: String)
    case txt([String])
    case other(type: UInt16)
}

public struct DNSRecord: Sendable, Hashable {
    public var name: String
    public var ttl: UInt32
    public var data: DNSRecordData
}

/// One entry of the question section (RFC 1035 §4.1.2); the name lowercased, without the final dot.
public struct DNSQuestion: Sendable, Hashable {
    public var name: String
    public var type: UInt16
    public var qclass: UInt16
}

/// A decoded response: header bits, the question and answer sections, and the negative-caching TTL.
/// Only class IN records are kept (issue 11, F9).
public struct DNSResponse: Sendable, Hashable {
    public var id: UInt16
    public var truncated: Bool
    public var rcode: UInt8
    public var answers: [DNSRecord]
    /// From the SOA in the authority section (RFC 2308), when present.
    public var negativeTTL: UInt32?
    /// The question section as the server echoed it.
    public var questions: [DNSQuestion] = []

    /// Whether this response answers the one question we asked: exactly one question, same name
    /// (ASCII case-insensitively, RFC 4343), same type, class IN. Anything else is an answer to
    /// another query (or a forgery) and is dropped (issue 11, F9).
    public func answersQuestion(name: String, type: DNSRecordType) -> Bool {
        guard questions.count == 1, let question = questions.first else { return false }
        return question.qclass == DNSMessage.classIN && question.type == type.rawValue
            && question.name == DNSMessage.normalizedName(name)
    }
}

public enum DNSMessageError: Error, Equatable {
    case truncatedMessage
    case badName
    case pointerLoop
    case nameTooLong
}

/// RFC 1035 §4 wire format: queries out, responses in. Pure.
public enum DNSMessage {
    /// Class IN (RFC 1035 §3.2.4), the only class we ask for and the only one we read.
    public static let classIN: UInt16 = 1

    /// A name as the question section is compared: ASCII lowercase (RFC 4343: only A–Z fold,
    /// so no Unicode case mapping can make two different names equal), no final dot.
    public static func normalizedName(_ name: String) -> String {
        let lowered = asciiLowercased(name)
        return lowered.hasSuffix(".") ? String(lowered.dropLast()) : lowered
    }

    static func asciiLowercased(_ text: String) -> String {
        guard text.utf8.contains(where: { (0x41...0x5A).contains($0) }) else { return text }
        return String(decoding: text.utf8.map { (0x41...0x5A).contains($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    /// TXT text as it leaves the DNS client: printable ASCII only (0x20–0x7E). A tab becomes a
    /// space (TXT-based records treat it as white space); every other byte — CR, LF, NUL, other
    /// controls, DEL, and non-ASCII bytes — becomes `?`, so a list's text can never break a
    /// reply or a log line (issue 11, F9).
    public static func printableASCII<Bytes: Sequence>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.underestimatedCount)
        for byte in bytes {
            switch byte {
            case 0x20...0x7E: out.append(byte)
            case 0x09: out.append(0x20)
            default: out.append(UInt8(ascii: "?"))
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// A recursive query for one question.
    public static func query(id: UInt16, name: String, type: DNSRecordType) throws -> [UInt8] {
        var out: [UInt8] = []
        out += [UInt8(id >> 8), UInt8(id & 0xFF)]
        out += [0x01, 0x00]  // RD
        out += [0, 1, 0, 0, 0, 0, 0, 0]  // QDCOUNT=1
        out += try encodeName(name)
        out += [UInt8(type.rawValue >> 8), UInt8(type.rawValue & 0xFF), 0, 1]  // class IN
        return out
    }

    static func encodeName(_ name: String) throws -> [UInt8] {
        var out: [UInt8] = []
        let trimmed = name.hasSuffix(".") ? String(name.dropLast()) : name
        if !trimmed.isEmpty {
            for label in trimmed.split(separator: ".", omittingEmptySubsequences: false) {
                let bytes = Array(label.utf8)
                guard !bytes.isEmpty, bytes.count <= 63 else { throw DNSMessageError.badName }
                out.append(UInt8(bytes.count))
                out += bytes
            }
        }
        out.append(0)
        guard out.count <= 255 else { throw DNSMessageError.nameTooLong }
        return out
    }

    public static func parse(_ bytes: [UInt8]) throws -> DNSResponse {
        var reader = Reader(bytes: bytes)
        let id = try reader.u16()
        let flags = try reader.u16()
        let qd = try reader.u16()
        let an = try reader.u16()
        let ns = try reader.u16()
        _ = try reader.u16()
        var questions: [DNSQuestion] = []
        for _ in 0..<qd {
            let name = try reader.name()
            let type = try reader.u16()
            let qclass = try reader.u16()
            questions.append(DNSQuestion(name: name, type: type, qclass: qclass))
        }
        var answers: [DNSRecord] = []
        for _ in 0..<an {
            if let record = try reader.record() { answers.append(record.0) }
        }
        var negativeTTL: UInt32?
        for _ in 0..<ns {
            guard let (record, soaMinimum) = try reader.record() else { continue }
            if let soaMinimum { negativeTTL = min(record.ttl, soaMinimum) }
        }
        return DNSResponse(
            id: id, truncated: flags & 0x0200 != 0, rcode: UInt8(flags & 0x000F), answers: answers, negativeTTL: negativeTTL,
            questions: questions)
    }

    struct Reader {
        let bytes: [UInt8]
        var offset = 0

        mutating func u8() throws -> UInt8 {
            guard offset < bytes.count else { throw DNSMessageError.truncatedMessage }
            defer { offset += 1 }
            return bytes[offset]
        }

        mutating func u16() throws -> UInt16 { UInt16(try u8()) << 8 | UInt16(try u8()) }
        mutating func u32() throws -> UInt32 { UInt32(try u16()) << 16 | UInt32(try u16()) }

        mutating func name() throws -> String {
            let (name, end) = try Self.readName(bytes, at: offset)
            offset = end
            return name
        }

        /// Reads a (possibly compressed) name at `start`; returns it and the offset after it.
        static func readName(_ bytes: [UInt8], at start: Int) throws -> (String, Int) {
            var labels: [String] = []
            var position = start
            var end: Int?
            var jumps = 0
            var length = 0
            while true {
                guard position < bytes.count else { throw DNSMessageError.truncatedMessage }
                let count = Int(bytes[position])
                if count == 0 {
                    position += 1
                    break
                }
                if count & 0xC0 == 0xC0 {
                    guard position + 1 < bytes.count else { throw DNSMessageError.truncatedMessage }
                    if end == nil { end = position + 2 }
                    jumps += 1
                    guard jumps < 64 else { throw DNSMessageError.pointerLoop }
                    position = (count & 0x3F) << 8 | Int(bytes[position + 1])
                    continue
                }
                guard count <= 63, position + 1 + count <= bytes.count else { throw DNSMessageError.badName }
                length += count + 1
                guard length <= 255 else { throw DNSMessageError.nameTooLong }
                labels.append(String(decoding: bytes[(position + 1)...(position + count)], as: UTF8.self))
                position += 1 + count
            }
            return (DNSMessage.asciiLowercased(labels.joined(separator: ".")), end ?? position)
        }

        /// One resource record; for an SOA also its MINIMUM field. Records of another class than
        /// IN are skipped (nil).
        mutating func record() throws -> (DNSRecord, UInt32?)? {
            let owner = try name()
            let type = try u16()
            let rrclass = try u16()
            let ttl = try u32()
            let length = Int(try u16())
            let start = offset
            guard start + length <= bytes.count else { throw DNSMessageError.truncatedMessage }
            defer { offset = start + length }
            guard rrclass == DNSMessage.classIN else { return nil }
            let rdata = Array(bytes[start..<(start + length)])
            let data: DNSRecordData
            var soaMinimum: UInt32?
            switch type {
            case 1:
                guard length == 4 else { throw DNSMessageError.truncatedMessage }
                data = .a(rdata)
            case 28:
                guard length == 16 else { throw DNSMessageError.truncatedMessage }
                data = .aaaa(rdata)
            case 5: data = .cname(try Self.readName(bytes, at: start).0)
            case 12: data = .ptr(try Self.readName(bytes, at: start).0)
            case 2: data = .ns(try Self.readName(bytes, at: start).0)
            case 15:
                guard length >= 3 else { throw DNSMessageError.truncatedMessage }
                data = .mx(preference: UInt16(rdata[0]) << 8 | UInt16(rdata[1]), exchange: try Self.readName(bytes, at: start + 2).0)
            case 16:
                var strings: [String] = []
                var index = 0
                while index < rdata.count {
                    let count = Int(rdata[index])
                    guard index + 1 + count <= rdata.count else { throw DNSMessageError.truncatedMessage }
                    strings.append(DNSMessage.printableASCII(rdata[(index + 1)..<(index + 1 + count)]))
                    index += 1 + count
                }
                data = .txt(strings)
            case 6:
                // SOA: mname, rname, serial, refresh, retry, expire, minimum.
                let (_, afterMname) = try Self.readName(bytes, at: start)
                let (_, afterRname) = try Self.readName(bytes, at: afterMname)
                let minimumAt = afterRname + 16
                guard minimumAt + 4 <= start + length else { throw DNSMessageError.truncatedMessage }
                soaMinimum = UInt32(bytes[minimumAt]) << 24 | UInt32(bytes[minimumAt + 1]) << 16
                    | UInt32(bytes[minimumAt + 2]) << 8 | UInt32(bytes[minimumAt + 3])
                data = .other(type: 6)
            default:
                data = .other(type: type)
            }
            return (DNSRecord(name: owner, ttl: ttl, data: data), soaMinimum)
        }
    }
}
