import MailCore

/// Builds response text: strings as quoted strings when they can be, literals otherwise; `NIL`;
/// parenthesised lists. Pure.
public struct IMAPResponseWriter: Sendable {
    public private(set) var bytes: [UInt8] = []

    public init() {}

    public mutating func raw(_ text: String) { bytes += Array(text.utf8) }
    public mutating func raw(_ data: [UInt8]) { bytes += data }
    public mutating func raw(_ data: ArraySlice<UInt8>) { bytes += data }

    /// A string: quoted when short and plain ASCII, else a literal.
    public mutating func string(_ value: [UInt8]) {
        if value.count <= 1_000, value.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) {
            bytes.append(UInt8(ascii: "\""))
            for byte in value {
                if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { bytes.append(UInt8(ascii: "\\")) }
                bytes.append(byte)
            }
            bytes.append(UInt8(ascii: "\""))
        } else {
            literal(value)
        }
    }

    public mutating func string(_ value: String) { string(Array(value.utf8)) }

    public mutating func nstring(_ value: String?) {
        if let value { string(value) } else { raw("NIL") }
    }

    public mutating func literal(_ value: ArraySlice<UInt8>) {
        raw("{\(value.count)}\r\n")
        bytes += value
    }

    public mutating func literal(_ value: [UInt8]) { literal(value[...]) }

    /// A mailbox name as LIST, STATUS and the rest write it (always quoted or literal).
    public mutating func mailbox(_ name: String) { string(name) }

    /// `(\Seen \Answered)`.
    public mutating func flagList(_ flags: [String]) {
        raw("(" + flags.joined(separator: " ") + ")")
    }

    /// A display name fit for a quoted string: non-ASCII becomes an RFC 2047 encoded word.
    public static func encodedWord(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 >= 0x80 || $0 < 0x20 }) else { return text }
        return "=?UTF-8?B?" + Base64.encode(Array(text.utf8)) + "?="
    }
}
