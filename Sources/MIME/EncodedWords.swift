/// RFC 2047 encoded words in header values: `=?charset?B|Q?text?=`, with the whitespace between
/// adjacent encoded words dropped (§6.2). Malformed words are left as they are.
public enum EncodedWords {
    public static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        var result = ""
        var rest = Substring(value)
        var pendingSpace = ""
        var lastWasEncoded = false
        while !rest.isEmpty {
            if rest.hasPrefix("=?"), let (text, length) = word(rest) {
                if !lastWasEncoded { result += pendingSpace }
                pendingSpace = ""
                result += text
                rest = rest.dropFirst(length)
                lastWasEncoded = true
                continue
            }
            let character = rest.removeFirst()
            if character == " " || character == "\t" {
                pendingSpace.append(character)
                continue
            }
            result += pendingSpace
            pendingSpace = ""
            result.append(character)
            lastWasEncoded = false
        }
        return result + pendingSpace
    }

    /// One encoded word at the start of `text`: its decoded text and its length in characters.
    static func word(_ text: Substring) -> (String, Int)? {
        let parts = text.dropFirst(2)
        guard let q1 = parts.firstIndex(of: "?") else { return nil }
        let charset = parts[..<q1]
        let afterCharset = parts[parts.index(after: q1)...]
        guard let encoding = afterCharset.first, afterCharset.dropFirst().first == "?" else { return nil }
        let payloadStart = afterCharset.dropFirst(2)
        var cursor = payloadStart.startIndex
        var endFound: (lower: Substring.Index, upper: Substring.Index)?
        while cursor < payloadStart.endIndex {
            let next = payloadStart.index(after: cursor)
            if payloadStart[cursor] == "?", next < payloadStart.endIndex, payloadStart[next] == "=" {
                endFound = (cursor, payloadStart.index(after: next))
                break
            }
            cursor = next
        }
        guard let end = endFound else { return nil }
        let payload = payloadStart[..<end.lower]
        guard !payload.contains(" "), payload.count < 2_000 else { return nil }
        let bytes: [UInt8]
        switch encoding {
        case "B", "b": bytes = TransferEncoding.base64(Array(payload.utf8))
        case "Q", "q": bytes = TransferEncoding.quotedPrintable(Array(payload.utf8), underscoreIsSpace: true)
        default: return nil
        }
        // RFC 2231 language suffix: charset*lang.
        let name = charset.split(separator: "*").first.map(String.init) ?? String(charset)
        let length = text.distance(from: text.startIndex, to: end.upper)
        return (Charsets.decode(bytes, charset: name), length)
    }
}
