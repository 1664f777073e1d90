import MIME

/// Turns a message into a set of hashed features for the statistical filter: words and word
/// pairs of the subject and the text (Hangul as character bigrams, since Korean words carry
/// particles), URL domains, sender domain and name, structure, and heuristic markers. Pure.
public enum FeatureHasher {
    public static func hash(_ text: String) -> UInt32 {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            value ^= UInt64(byte)
            value &*= 0x100_0000_01b3
        }
        return UInt32(truncatingIfNeeded: value ^ (value >> 32))
    }

    static let maxWords = 3_000

    public static func features(_ message: MessageFeatures, heuristics: [String]) -> Set<UInt32> {
        var out = Set<UInt32>()
        func add(_ token: String) { out.insert(hash(token)) }
        for word in words(message.subject) { add("s:" + word) }
        let body = words(message.text)
        var previous: String?
        for word in body.prefix(maxWords) {
            add(word)
            if let previous { add(previous + " " + word) }
            previous = word
        }
        for token in message.markup { add("m:" + token) }
        // Shouting: upper-case words (the word tokens are lower-cased).
        var shouted = 0
        for word in message.subject.split(separator: " ") + message.text.split(separator: " ").prefix(maxWords)
        where word.count >= 3 && word.allSatisfy({ $0.isUppercase || $0 == "!" }) && word.contains(where: \.isLetter) {
            add("uc:" + word.lowercased())
            shouted += 1
        }
        add("uccount:\(min(shouted, 20) / 4)")
        for url in message.allURLs.prefix(200) {
            guard let host = URLScanner.host(of: url) else { continue }
            add("u:" + URLScanner.baseDomain(host))
            add("uh:" + host)
        }
        if let from = message.from {
            add("fd:" + from.domain)
            for word in words(from.displayName) { add("fn:" + word) }
        }
        if let mailer = message.headers["X-Mailer"] ?? message.headers["User-Agent"] {
            add("xm:" + (mailer.split(separator: " ").first.map { String($0).lowercased() } ?? ""))
        }
        for leaf in message.leaves.prefix(50) { add("ct:" + leaf.mimeType + (leaf.charset.map { ";" + $0.lowercased() } ?? "")) }
        for name in message.attachmentNames {
            if let dot = name.lastIndex(of: ".") { add("ax:" + name[name.index(after: dot)...].lowercased()) }
        }
        for field in ["list-unsubscribe", "list-id", "precedence", "x-mailer", "user-agent", "message-id", "date", "mime-version", "reply-to", "x-priority", "in-reply-to", "references"] {
            add((message.headers[field] == nil ? "hn:" : "hp:") + field)
        }
        // Header names present, and words of the headers that tell senders apart.
        for field in message.headers.fields.prefix(100) {
            let name = field.name.lowercased()
            add("h:" + name)
            switch name {
            case "received", "x-mailer", "user-agent", "content-type", "message-id", "return-path", "to", "from", "x-priority", "importance", "organization", "x-originating-ip":
                for word in words(field.rawValue).prefix(40) { add(name + ":" + word) }
            default:
                break
            }
        }
        add("rcv:\(min(message.headers.count("Received"), 8))")
        for marker in heuristics { add("heur:" + marker) }
        return out
    }

    /// Lower-cased words: Latin runs of 2–24 letters/digits (longer ones as a length class),
    /// Hangul runs as the run (when short) plus its character bigrams.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var latin = ""
        var hangul: [Character] = []
        func flushLatin() {
            if latin.count >= 2 {
                if latin.count > 24 {
                    out.append("long:\(min(latin.count / 10, 9))")
                } else if latin.allSatisfy(\.isNumber) {
                    out.append(latin.count <= 4 ? latin : "num:\(min(latin.count, 12))")
                } else {
                    out.append(latin)
                }
            }
            latin = ""
        }
        func flushHangul() {
            if !hangul.isEmpty {
                if hangul.count <= 6 { out.append(String(hangul)) }
                if hangul.count >= 2 {
                    for index in 0..<(hangul.count - 1) { out.append(String(hangul[index...index + 1])) }
                }
            }
            hangul = []
        }
        for character in text.lowercased() {
            if let scalar = character.unicodeScalars.first, (0xAC00...0xD7A3).contains(scalar.value) {
                flushLatin()
                hangul.append(character)
            } else if character.isLetter || character.isNumber || character == "$" || character == "€" || character == "₩" {
                flushHangul()
                latin.append(character)
            } else {
                flushLatin()
                flushHangul()
                if character == "!" { out.append("!") }
            }
            if out.count > maxWords * 2 { break }
        }
        flushLatin()
        flushHangul()
        return out
    }
}
