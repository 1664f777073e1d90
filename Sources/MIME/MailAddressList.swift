/// A mailbox in a header (From, Reply-To, To): display name and address, both decoded.
public struct HeaderMailbox: Sendable, Hashable {
    public var displayName: String
    public var address: String

    public var domain: String {
        guard let at = address.lastIndex(of: "@") else { return "" }
        return address[address.index(after: at)...].lowercased()
    }

    /// Parses an address list leniently (RFC 5322 with obsolete forms): `"Name" <a@b>`,
    /// `Name <a@b>`, `a@b (Name)`, groups. Comments and quotes are understood; garbage is skipped.
    public static func parseList(_ raw: String) -> [HeaderMailbox] {
        var result: [HeaderMailbox] = []
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var currentHasAt = false
        var quote = false
        var angle = 0
        var comment = 0
        // By Unicode scalar, never by Character: a combining mark after `<` or `"` must not hide it.
        for scalar in raw.unicodeScalars {
            if scalar == "\"" && comment == 0 { quote.toggle() }
            if !quote {
                if scalar == "(" { comment += 1 }
                if scalar == ")" && comment > 0 { comment -= 1 }
                if scalar == "<" && comment == 0 { angle += 1 }
                if scalar == ">" && comment == 0 && angle > 0 { angle -= 1 }
                if (scalar == "," || scalar == ";") && angle == 0 && comment == 0 {
                    items.append(String(current))
                    current = String.UnicodeScalarView()
                    currentHasAt = false
                    continue
                }
                if scalar == ":" && angle == 0 && comment == 0 && !currentHasAt {
                    current = String.UnicodeScalarView()  // group name
                    continue
                }
            }
            if scalar == "@" { currentHasAt = true }
            current.append(scalar)
        }
        items.append(String(current))
        for item in items {
            let trimmed = item.trimmingWhitespace
            guard !trimmed.isEmpty else { continue }
            if let open = trimmed.lastIndex(of: "<"), let close = trimmed.lastIndex(of: ">"), open < close {
                let address = String(trimmed[trimmed.index(after: open)..<close]).trimmingWhitespace
                var name = String(trimmed[..<open]).trimmingWhitespace
                if name.hasPrefix("\"") && name.hasSuffix("\"") && name.count >= 2 { name = String(name.dropFirst().dropLast()) }
                result.append(HeaderMailbox(displayName: EncodedWords.decode(name).replacingOccurrences(of: "\\\"", with: "\""), address: address))
            } else {
                var address = trimmed
                var name = ""
                if let open = trimmed.firstIndex(of: "("), let close = trimmed.lastIndex(of: ")"), open < close {
                    name = String(trimmed[trimmed.index(after: open)..<close])
                    address = String(trimmed[..<open]).trimmingWhitespace
                }
                result.append(HeaderMailbox(displayName: EncodedWords.decode(name), address: address))
            }
        }
        return result
    }
}
