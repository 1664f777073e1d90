/// The system flags a message keeps in its Maildir file name (`:2,` then letters in ASCII order):
/// D draft, F flagged, R answered, S seen, T deleted. Keywords are not kept.
public struct MessageFlags: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8
    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let draft = MessageFlags(rawValue: 1)
    public static let flagged = MessageFlags(rawValue: 2)
    public static let answered = MessageFlags(rawValue: 4)
    public static let seen = MessageFlags(rawValue: 8)
    public static let deleted = MessageFlags(rawValue: 16)

    static let table: [(MessageFlags, Character, String)] = [
        (.draft, "D", "\\Draft"), (.flagged, "F", "\\Flagged"), (.answered, "R", "\\Answered"),
        (.seen, "S", "\\Seen"), (.deleted, "T", "\\Deleted"),
    ]

    /// IMAP's names, in a fixed order.
    public var names: [String] { Self.table.filter { contains($0.0) }.map(\.2) }

    /// Flags from IMAP names (case-insensitive); names it does not keep are left out.
    public init(names: [String]) {
        var flags: MessageFlags = []
        for name in names {
            if let entry = Self.table.first(where: { $0.2.lowercased() == name.lowercased() }) { flags.insert(entry.0) }
        }
        self = flags
    }

    /// Whether Maildir keeps a flag of this IMAP name.
    public static func isKept(_ name: String) -> Bool { table.contains { $0.2.lowercased() == name.lowercased() } }

    /// The info part of a file name: `2,FS`.
    public var info: String { "2," + String(Self.table.filter { contains($0.0) }.map(\.1)) }

    /// Flags from a file name (`…:2,RS`); unknown letters are ignored.
    public init(fileName: String) {
        var flags: MessageFlags = []
        if let colon = fileName.lastIndex(of: ":"), fileName[fileName.index(after: colon)...].hasPrefix("2,") {
            for letter in fileName[fileName.index(colon, offsetBy: 3)...] {
                if let entry = Self.table.first(where: { $0.1 == letter }) { flags.insert(entry.0) }
            }
        }
        self = flags
    }

    /// A file name without its info part.
    public static func baseName(_ fileName: String) -> String {
        guard let colon = fileName.lastIndex(of: ":") else { return fileName }
        return String(fileName[..<colon])
    }
}
