import Foundation

/// One line of Haetae's event log: a timestamp, the level, an event record's line (`MailEventRecord.line`: the event's name, then its fields) and the session metadata.
/// Values are bare words or double-quoted with `\"`, `\\` and `\xNN` escapes (see `LogText`). Pure.
public struct LogLine: Sendable, Hashable {
    public var time: Date
    public var level: String
    /// Each key's last value.
    public var fields: [String: String]
    /// Every value of a key that is repeated (an event's recipients: `to=a to=b`), in order.
    public var repeated: [String: [String]] = [:]

    public subscript(_ key: String) -> String? { fields[key] }

    /// Every value given for `key`, in order.
    public func values(_ key: String) -> [String] { repeated[key] ?? fields[key].map { [$0] } ?? [] }

    public static func parse(_ line: Substring) -> LogLine? {
        var rest = line.drop { $0 == " " }
        guard let space = rest.firstIndex(of: " ") else { return nil }
        guard let time = parseTimestamp(rest[..<space]) else { return nil }
        rest = rest[rest.index(after: space)...]
        guard let levelEnd = rest.firstIndex(of: " ") else { return nil }
        let level = String(rest[..<levelEnd])
        rest = rest[rest.index(after: levelEnd)...]
        var fields: [String: String] = [:]
        var repeated: [String: [String]] = [:]
        var chars = rest.unicodeScalars[...]
        while !chars.isEmpty {
            while chars.first == " " { chars.removeFirst() }
            guard let equals = chars.firstIndex(of: "=") else { break }
            let key = String(String.UnicodeScalarView(chars[..<equals]))
            chars = chars[chars.index(after: equals)...]
            var value = String.UnicodeScalarView()
            if chars.first == "\"" {
                chars.removeFirst()
                while let scalar = chars.first {
                    chars.removeFirst()
                    if scalar == "\"" { break }
                    if scalar == "\\", let next = chars.first {
                        chars.removeFirst()
                        if next == "x" {
                            var hex = ""
                            while hex.count < 2, let digit = chars.first, digit.properties.isASCIIHexDigit {
                                hex.unicodeScalars.append(digit)
                                chars.removeFirst()
                            }
                            if let code = UInt32(hex, radix: 16), let decoded = Unicode.Scalar(code) { value.append(decoded) }
                        } else {
                            value.append(next)
                        }
                    } else {
                        value.append(scalar)
                    }
                }
            } else {
                while let scalar = chars.first, scalar != " " {
                    value.append(scalar)
                    chars.removeFirst()
                }
            }
            if !key.isEmpty, !key.contains(" ") {
                let value = String(value)
                if let earlier = fields.updateValue(value, forKey: key) { repeated[key, default: [earlier]].append(value) }
            }
        }
        return LogLine(time: time, level: level, fields: fields, repeated: repeated)
    }

    /// `YYYY-MM-DDTHH:MM:SS(.fff)Z` in UTC.
    public static func parseTimestamp(_ text: Substring) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count >= 20, bytes.last == UInt8(ascii: "Z"), bytes[4] == UInt8(ascii: "-"),
            bytes[10] == UInt8(ascii: "T")
        else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for byte in bytes[range] {
                guard (48...57).contains(byte) else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10),
            let hour = number(11..<13), let minute = number(14..<16), let second = number(17..<19),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var fraction = 0.0
        if bytes[19] == UInt8(ascii: "."), let digits = number(20..<(bytes.count - 1)) {
            fraction = Double(digits) / pow(10, Double(bytes.count - 21))
        }
        return Date(timeIntervalSince1970: Double(daysFromCivil(year, month, day)) * 86_400
            + Double(hour * 3_600 + minute * 60 + second) + fraction)
    }

    /// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
    static func daysFromCivil(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }
}
