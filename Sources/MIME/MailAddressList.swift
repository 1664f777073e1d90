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
        var current = ""
        var quote = false
        var angle = 0
        var comment = 0
        for character in raw {
            if character == "\"" && comment == 0 { quote.toggle() }
            if !quote {
                if character == "(" { comment += 1 }
                if character == ")" && comment > 0 { comment -= 1 }
                if character == "<" && comment == 0 { angle += 1 }
                if character == ">" && comment == 0 && angle > 0 { angle -= 1 }
                if (character == "," || character == ";") && angle == 0 && comment == 0 {
                    items.append(current)
                    current = ""
                    continue
                }
                if character == ":" && angle == 0 && comment == 0 && !current.contains("@") {
                    current = ""  // group name
                    continue
                }
            }
            current.append(character)
        }
        items.append(current)
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
