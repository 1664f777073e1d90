import MIME

/// What an attached HTML or SVG page does when it is opened, read from its first 512 KiB: asks
/// for a password and sends it away (an `<input type=password>` in a form posting to another
/// address, or script that sends what is typed), or runs script that decodes a hidden page
/// (`atob`, `unescape`, `String.fromCharCode`, `eval`, `document.write`) or sends the reader to
/// another address (`location`, a `refresh` meta tag). Pure.
struct AttachedPage: Sendable {
    static let readLimit = 512 * 1_024
    static let decoders = ["atob(", "unescape(", "fromcharcode(", "eval(", "document.write(", "decodeuricomponent("]
    static let remoteActions = ["action=\"http", "action='http", "action=http", "action=\"//", "action='//"]
    static let senders = ["fetch(", "xmlhttprequest", ".ajax(", "$.post(", "sendbeacon(", "api.telegram.org", "formsubmit", "submit-form"]
    static let redirects = ["location.href", "location.replace(", "location.assign(", "window.location", "document.location", "top.location"]

    var asksForPassword = false
    var runsActiveScript = false
    /// Its script decodes text at run time (`atob`, `unescape`, `eval` …).
    var decodesItself = false
    /// It sends the reader to another address when opened (script or a `refresh` meta tag).
    var redirects = false
    /// Hosts of the absolute addresses the page names (its first 300), read only when it asks for
    /// a password: where it could send it.
    var addressHosts: [String] = []

    init(_ content: [UInt8]) {
        let head = content.prefix(Self.readLimit)
        // ASCII case folding is enough: every marker looked for is ASCII.
        let lower = String(decoding: head.map { (0x41...0x5A).contains($0) ? $0 + 0x20 : $0 }, as: UTF8.self)
        let page = String(decoding: head, as: UTF8.self)
        // Sent somewhere: a form posting to another address, or script that sends it. A Korean card
        // statement's 보안메일 asks for a password too (the birth date that decrypts it in place) and
        // sends it nowhere.
        let sends = Self.remoteActions.contains { lower.contains($0) } || Self.senders.contains { lower.contains($0) }
        asksForPassword = sends && HTMLText.extract(page, maxLinks: 50).hasPasswordInput
        let scripted = lower.contains("<script") || lower.contains("javascript:") || lower.contains(" onload=")
        let refreshes = lower.contains("http-equiv=\"refresh\"") || lower.contains("http-equiv='refresh'") || lower.contains("http-equiv=refresh")
        decodesItself = scripted && Self.decoders.contains { lower.contains($0) }
        redirects = refreshes || (scripted && Self.redirects.contains { lower.contains($0) })
        runsActiveScript = redirects || decodesItself
        if asksForPassword { addressHosts = Self.formTargets(lower).compactMap(URLScanner.host(of:)) + URLScanner.urls(in: page, limit: 300).compactMap(URLScanner.host(of:)) }
    }
}

extension AttachedPage {
    /// The values of the page's `action=` attributes (its first 50), quoted or not: a
    /// protocol-relative `//host/path` is an address too.
    static func formTargets(_ lower: String) -> [String] {
        var targets: [String] = []
        var rest = Substring(lower)
        while targets.count < 50, let found = rest.range(of: "action=") {
            var value = rest[found.upperBound...]
            let quote = value.first.flatMap { $0 == "\"" || $0 == "'" ? $0 : nil }
            if quote != nil { value = value.dropFirst() }
            let end = value.firstIndex { character in
                if let quote { return character == quote }
                return character == " " || character == ">" || character.isNewline
            } ?? value.endIndex
            targets.append(String(value[..<end].prefix(2_048)))
            rest = value[end...]
        }
        return targets
    }
}
