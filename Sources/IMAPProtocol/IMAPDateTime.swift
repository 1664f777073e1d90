import Foundation

/// IMAP's date-time (`"17-Jul-1996 02:44:25 -0700"`, RFC 3501 §9) for INTERNALDATE and APPEND.
public enum IMAPDateTime {
    public static func format(_ date: Date) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: date)
        func two(_ n: Int?) -> String { let v = n ?? 0; return v < 10 ? "0\(v)" : "\(v)" }
        let day = c.day ?? 1
        return "\(day < 10 ? " " : "")\(day)-\(IMAPDate.monthNames[(c.month ?? 1) - 1])-\(c.year ?? 1970) \(two(c.hour)):\(two(c.minute)):\(two(c.second)) +0000"
    }

    /// The calendar date (UTC) of a moment, for SEARCH BEFORE/ON/SINCE.
    public static func date(_ moment: Date) -> IMAPDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let c = calendar.dateComponents([.year, .month, .day], from: moment)
        return IMAPDate(year: c.year ?? 1970, month: c.month ?? 1, day: c.day ?? 1)
    }

    public static func parse(_ text: String) -> Date? {
        let trimmed = text.hasPrefix(" ") ? String(text.dropFirst()) : text
        let pieces = trimmed.split(separator: " ")
        guard pieces.count == 3, let day = IMAPCommandParser.parseDate(String(pieces[0])) else { return nil }
        let time = pieces[1].split(separator: ":")
        guard time.count == 3, let hour = Int(time[0]), let minute = Int(time[1]), let second = Int(time[2]),
              (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        let zone = pieces[2]
        guard zone.count == 5, let sign = zone.first, sign == "+" || sign == "-", let value = Int(zone.dropFirst()) else { return nil }
        let offset = (value / 100 * 3_600 + value % 100 * 60) * (sign == "-" ? -1 : 1)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        guard let base = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day, hour: hour, minute: minute, second: second)) else { return nil }
        return base.addingTimeInterval(TimeInterval(-offset))
    }
}
