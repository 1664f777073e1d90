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

    /// Bumped whenever the features a message yields change; a model stores the version it was
    /// trained with and is refused by a hasher of another version (`FilterModel(serialized:)`).
    public static let schemaVersion: UInt32 = 2

    /// A word of at least three letters, all upper case (exclamation marks allowed).
    static func isShouted(_ word: Substring) -> Bool {
        var letters = 0
        for scalar in word.unicodeScalars {
            if scalar.properties.isUppercase { letters += 1 } else if scalar != "!" { return false }
        }
        return letters >= 3
    }

    /// What kind of evidence a feature is; kept in the top four bits of the feature (buckets use
    /// the low 20), so a model can treat kinds differently: the shipped model does not learn
    /// Hangul words (its corpus has Korean spam only), and each kind's contribution is capped.
    public enum Family: UInt32, Sendable, CaseIterable {
        case words = 0, hangul, markup, links, sender, headers, structure, heuristics, authentication, headerWords
    }

    @inline(__always) public static func family(of feature: UInt32) -> Family { Family(rawValue: feature >> 28) ?? .words }

    @inline(__always) static func feature(_ token: String, _ family: Family) -> UInt32 { hash(token) & 0x0FFF_FFFF | family.rawValue << 28 }

    static func hasHangul(_ token: String) -> Bool { token.unicodeScalars.contains(where: TextNormalizer.isSyllable) }

    /// `named`, when given, hears each feature with the token it was made from (for explanations).
    public static func features(_ message: MessageFeatures, heuristics: [String], named: ((String, UInt32) -> Void)? = nil) -> Set<UInt32> {
        var out = Set<UInt32>()
        func add(_ token: String, _ family: Family) {
            let value = feature(token, family)
            out.insert(value)
            named?(token, value)
        }
        func addWord(_ token: String) { add(token, hasHangul(token) ? .hangul : .words) }
        for word in words(message.normalizedSubject) { addWord("s:" + word) }
        let body = words(message.normalizedText)
        var previous: String?
        for word in body.prefix(maxWords) {
            addWord(word)
            if let previous { addWord(previous + " " + word) }
            previous = word
        }
        for token in message.markup { add("m:" + token, .markup) }
        // Shouting: upper-case words (the word tokens are lower-cased).
        var shouted = 0
        for word in message.normalizedSubject.split(separator: " ") + message.normalizedText.split(separator: " ").prefix(maxWords)
        where isShouted(word) {
            add("uc:" + word.lowercased(), .words)
            shouted += 1
        }
        add("uccount:\(min(shouted, 20) / 4)", .structure)
        for url in message.allURLs.prefix(200) {
            guard let host = URLScanner.host(of: url) else { continue }
            add("u:" + URLScanner.baseDomain(host), .links)
            add("uh:" + host, .links)
        }
        if let from = message.from {
            add("fd:" + from.domain, .sender)
            for word in words(from.displayName) { add("fn:" + word, hasHangul(word) ? .hangul : .sender) }
        }
        if let mailer = message.headers["X-Mailer"] ?? message.headers["User-Agent"] {
            add("xm:" + (mailer.split(separator: " ").first.map { String($0).lowercased() } ?? ""), .headers)
        }
        // Content types without their charset: a charset says which collection a message came
        // from (2002 Korean spam was EUC-KR), not whether it is spam.
        for leaf in message.leaves.prefix(50) { add("ct:" + leaf.mimeType, .structure) }
        add("obf:\(min(message.subjectObfuscations, 3)),\(min(message.textObfuscations, 12) / 3)", .structure)
        for token in message.authentication?.tokens ?? [] { add(token, .authentication) }
        for name in message.attachmentNames {
            if let dot = name.lastIndex(of: ".") { add("ax:" + name[name.index(after: dot)...].lowercased(), .structure) }
        }
        for field in ["list-unsubscribe", "list-id", "precedence", "x-mailer", "user-agent", "message-id", "date", "mime-version", "reply-to", "x-priority", "in-reply-to", "references"] {
            add((message.headers[field] == nil ? "hn:" : "hp:") + field, .headers)
        }
        // Header names present, and words of the headers that tell senders apart.
        for field in message.headers.fields.prefix(100) {
            let name = field.name.lowercased()
            add("h:" + name, .headers)
            switch name {
            case "received", "x-mailer", "user-agent", "message-id", "return-path", "x-priority", "importance", "organization", "x-originating-ip":
                for word in words(field.rawValue).prefix(40) { add(name + ":" + word, .headerWords) }
            case "to", "from":
                // Decoded, so an encoded word's charset label (euc-kr, 2002's Korean spam) is no word.
                for word in words(field.decodedValue).prefix(40) { add(name + ":" + word, hasHangul(word) ? .hangul : .headerWords) }
            default:
                break
            }
        }
        add("rcv:\(min(message.headers.count("Received"), 8))", .headers)
        for marker in heuristics { add("heur:" + marker, .heuristics) }
        return out
    }

    /// Lower-cased words: runs of 2–24 letters/digits (longer ones as a length class), Hangul
    /// runs as the run (when short) plus its syllable bigrams. By Unicode scalar, linear.
    public static func words(_ text: String) -> [String] {
        var out: [String] = []
        var latin = String.UnicodeScalarView()
        var latinCount = 0
        var latinDigits = true
        var hangul: [Unicode.Scalar] = []
        func string(_ scalars: some Sequence<Unicode.Scalar>) -> String {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            return String(view)
        }
        func flushLatin() {
            if latinCount >= 2 {
                if latinCount > 24 {
                    out.append("long:\(min(latinCount / 10, 9))")
                } else if latinDigits {
                    out.append(latinCount <= 4 ? String(latin) : "num:\(min(latinCount, 12))")
                } else {
                    out.append(String(latin))
                }
            }
            latin = String.UnicodeScalarView()
            latinCount = 0
            latinDigits = true
        }
        func flushHangul() {
            if !hangul.isEmpty {
                if hangul.count <= 6 { out.append(string(hangul)) }
                if hangul.count >= 2 {
                    for index in 0..<(hangul.count - 1) { out.append(string(hangul[index...index + 1])) }
                }
            }
            hangul = []
        }
        for scalar in text.unicodeScalars {
            if TextNormalizer.isSyllable(scalar) {
                flushLatin()
                hangul.append(scalar)
            } else if ScalarClass.isWord(scalar) || scalar == "$" || scalar == "€" || scalar == "₩" {
                flushHangul()
                if latinCount < 1_000 {
                    if scalar.isASCII {
                        let value = scalar.value
                        latin.append((0x41...0x5A).contains(value) ? Unicode.Scalar(value + 0x20)! : scalar)
                    } else {
                        latin.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                    }
                }
                latinCount += 1
                if !ScalarClass.isNumeric(scalar) { latinDigits = false }
            } else if scalar.properties.generalCategory == .nonspacingMark || scalar.properties.generalCategory == .spacingMark {
                // Combining marks belong to the letter before them.
                if latinCount > 0, latinCount < 1_000 { latin.append(scalar) }
            } else {
                flushLatin()
                flushHangul()
                if scalar == "!" { out.append("!") }
            }
            if out.count > maxWords * 2 { break }
        }
        flushLatin()
        flushHangul()
        return out
    }
}
