import MIME

/// Everything the classifier and the rules look at, extracted once from a parsed message.
public struct MessageFeatures: Sendable {
    public var subject: String
    public var from: HeaderMailbox?
    public var replyTo: HeaderMailbox?
    /// Visible text of the text parts (HTML converted), capped.
    public var text: String
    public var links: [HTMLLink]
    /// URLs found in plain text.
    public var textURLs: [String]
    public var hasHTML: Bool
    public var hasPlainText: Bool
    public var hasPasswordForm: Bool
    /// HTML markup tokens (tag names, presentational attributes).
    public var markup: [String]
    public var attachmentNames: [String]
    public var attachmentTypes: [String]
    public var leaves: [MIMEPart]
    public var headers: MessageHeaders
    public var anomalies: MIMEAnomalies
    /// Subject and text after de-obfuscation (`TextNormalizer`): what words are taken from.
    public var normalizedSubject: String
    public var normalizedText: String
    /// Obfuscation tricks undone in the subject, and in the text and link texts.
    public var subjectObfuscations: Int
    public var textObfuscations: Int
    /// Images in the HTML parts.
    public var imageCount: Int
    /// Sender-authentication results, when the receiving side verified them (SPF, DKIM, DMARC
    /// come in a later step); nil when not checked. Features are added for them when present.
    public var authentication: AuthenticationResults?

    static let maxText = 200_000

    public init(_ message: ParsedMessage) {
        headers = message.headers
        anomalies = message.anomalies
        subject = message.subject
        from = headers["From"].flatMap { HeaderMailbox.parseList($0).first }
        replyTo = headers["Reply-To"].flatMap { HeaderMailbox.parseList($0).first }
        var text = ""
        var links: [HTMLLink] = []
        var html = false
        var plain = false
        var password = false
        var markup: [String] = []
        var names: [String] = []
        var types: [String] = []
        var images = 0
        leaves = message.root.leaves
        for leaf in leaves {
            if leaf.isAttachment {
                if let name = leaf.filename { names.append(name) }
                types.append(leaf.mimeType)
                continue
            }
            guard text.utf8.count < Self.maxText else { continue }
            switch leaf.mimeType {
            case "text/html":
                html = true
                let extracted = HTMLText.extract(leaf.text)
                text += extracted.text + "\n"
                links += extracted.links
                markup += extracted.markup.prefix(1_000 - markup.count)
                password = password || extracted.hasPasswordInput
                images += extracted.imageCount
            case "text/plain", "text/enriched", "text/rtf":
                plain = true
                text += leaf.text + "\n"
            default:
                if leaf.mimeType.hasPrefix("text/") { text += leaf.text + "\n" }
            }
        }
        if text.utf8.count > Self.maxText { text = String(text.prefix(Self.maxText)) }
        self.text = text
        self.links = links
        self.textURLs = URLScanner.urls(in: text)
        hasHTML = html
        hasPlainText = plain
        hasPasswordForm = password
        self.markup = markup
        attachmentNames = names
        attachmentTypes = types
        imageCount = images
        let subjectResult = TextNormalizer.normalize(subject)
        normalizedSubject = subjectResult.text
        subjectObfuscations = subjectResult.obfuscations
        let textResult = TextNormalizer.normalize(text)
        normalizedText = textResult.text
        var linkObfuscations = 0
        for index in self.links.indices.prefix(200) {
            let result = TextNormalizer.normalize(self.links[index].text)
            self.links[index].text = result.text
            linkObfuscations += result.obfuscations
        }
        textObfuscations = textResult.obfuscations + linkObfuscations
        authentication = nil
    }

    /// Every URL: link targets and URLs written in text.
    public var allURLs: [String] { links.map(\.href) + textURLs }
}

/// Finds http(s) and www. URLs in text, and the host of a URL.
public enum URLScanner {
    public static func urls(in text: String, limit: Int = 300) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while found.count < limit, let start = nextStart(rest) {
            var end = start
            while end < rest.endIndex {
                let c = rest[end]
                // `isWhitespace`, not a comparison with "\r": CR LF is one Character, which equals
                // neither "\r" nor "\n" (every URL before a line break used to keep the break).
                if c.isWhitespace || c == "\"" || c == "<" || c == ">" || c == ")" || c == "]" { break }
                // Korean writes its particles right after a URL (`www.hometax.go.kr에서`): Hangul ends
                // it unless it opens a path segment or a value (`/wiki/한국`, `?q=대출`).
                if let scalar = c.unicodeScalars.first, TextNormalizer.isSyllable(scalar) || (0x3131...0x318E).contains(scalar.value), end > start {
                    let previous = rest[rest.index(before: end)]
                    let opensSegment = "/=?&#-_".contains(previous) || previous.unicodeScalars.first.map(TextNormalizer.isSyllable) == true
                    if !opensSegment { break }
                }
                end = rest.index(after: end)
            }
            found.append(String(rest[start..<end]))
            rest = rest[end...]
        }
        return found
    }

    static func nextStart(_ text: Substring) -> Substring.Index? {
        var index = text.startIndex
        while index < text.endIndex {
            let c = text[index]
            if c == "h" || c == "H" {
                let tail = text[index...].prefix(8).lowercased()
                if tail.hasPrefix("http://") || tail.hasPrefix("https://") { return index }
            } else if c == "w" || c == "W" {
                let tail = text[index...].prefix(4).lowercased()
                if tail == "www.", index == text.startIndex || !text[text.index(before: index)].isLetter { return index }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// The host of a URL, lower-cased, without credentials or port; nil for non-web links.
    public static func host(of url: String) -> String? {
        var rest = Substring(url.trimmingSpaces)
        let lowered = rest.lowercased()
        if lowered.hasPrefix("http://") { rest = rest.dropFirst(7) }
        else if lowered.hasPrefix("https://") { rest = rest.dropFirst(8) }
        else if lowered.hasPrefix("//") { rest = rest.dropFirst(2) }
        else if !lowered.hasPrefix("www.") { return nil }
        // A host never holds white space or control characters: a link text wrapped over two lines
        // ends its host at the break (it used to carry the line break into reasons and output).
        var host = rest.prefix { $0 != "/" && $0 != "?" && $0 != "#" && $0 != "\\" && !$0.isWhitespace && !$0.unicodeScalars.contains { $0.properties.generalCategory == .control } }
        if let at = host.lastIndex(of: "@") { host = host[host.index(after: at)...] }
        if host.hasPrefix("[") {
            // An IPv6 literal: hex digits, colons and dots only.
            let literal = host.prefix { $0 != "]" }.dropFirst()
            return literal.isEmpty || literal.contains(where: { !$0.isHexDigit && $0 != ":" && $0 != "." }) ? nil : literal.lowercased()
        }
        if let colon = host.firstIndex(of: ":") { host = host[..<colon] }
        while host.hasSuffix(".") { host = host.dropLast() }
        // No host name holds other ASCII punctuation: `http://(생략)` ("omitted", where a notice
        // quotes a scam text without its link) or `http://[link]` names no site, and a browser
        // goes nowhere with it. Percent escapes stay (browsers decode them in a host).
        if host.unicodeScalars.contains(where: { $0.isASCII && !Self.isHostScalar($0) }) { return nil }
        return host.isEmpty ? nil : host.lowercased()
    }

    static func isHostScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "a"..."z", "A"..."Z", "0"..."9", "-", ".", "_", "%": return true
        default: return false
        }
    }

    /// Second-level labels under which country-code registries register names (`co.kr`, `go.kr`,
    /// `com.br`, `co.uk`, `ac.jp`, `gob.mx` …): the public suffixes of the Public Suffix List that
    /// mail meets most. A short name directly under a country code is a name, not a suffix: `ns.nl`,
    /// `db.de`, `ing.nl` are registrable (taking every label of three letters or fewer for a suffix
    /// made `click.email.ns.nl` another organisation than `ns.nl`).
    static let countrySecondLevels: Set<Substring> = [
        "co", "or", "ne", "go", "ac", "re", "pe", "hs", "ms", "es", "sc", "kg", "mil", "ad", "ed", "gr", "lg",
        "com", "net", "org", "gov", "edu", "gob", "gouv", "govt", "nic", "sch", "ltd", "plc", "nhs", "police", "me", "biz", "info",
        "nom", "gen", "int", "med", "adv", "art", "eng", "ind", "inf", "jus", "leg", "tur", "asn", "id", "idv", "res", "firm",
        "school", "blog", "app", "web", "in",
    ]

    /// The registrable part of a host, approximately: the last two labels, three under a
    /// two-letter country code whose second level is a registry's (`example.co.kr`, `example.com.br`).
    public static func baseDomain(_ host: String) -> String {
        let labels = host.split(separator: ".")
        guard labels.count > 2 else { return host }
        let last = labels[labels.count - 1], second = labels[labels.count - 2]
        if last.count == 2 && countrySecondLevels.contains(second) {
            return labels.suffix(3).joined(separator: ".")
        }
        return labels.suffix(2).joined(separator: ".")
    }

    public static func isIPAddress(_ host: String) -> Bool {
        if host.contains(":") { return true }
        let parts = host.split(separator: ".")
        return parts.count == 4 && parts.allSatisfy { UInt8($0) != nil }
            || (parts.count == 1 && UInt32(host) != nil)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" { scalars.removeFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" { scalars.removeLast() }
        return String(scalars)
    }
}
