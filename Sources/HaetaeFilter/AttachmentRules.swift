import MIME

/// Attachments: executables (Suspect), executables inside ZIP archives, double extensions, and
/// the types today's phishing attaches (HTML and SVG pages that draw a login form, disk images,
/// archives) as markers. Pure.
extension ContentRules {
    static let executableExtensions: Set<String> = [
        "exe", "scr", "com", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "msi", "jar", "ps1", "hta", "cpl", "lnk", "dll", "reg", "iso",
    ]
    static let archiveExtensions: Set<String> = ["zip", "jar", "docm", "xlsm"]
    /// Attachment types worth a marker of their own (`attach-html`, `attach-svg` …).
    static let riskyTypes: [String: String] = [
        "html": "html", "htm": "html", "shtml": "html", "xhtml": "html", "svg": "svg", "zip": "archive", "rar": "archive", "7z": "archive",
        "gz": "archive", "tar": "archive", "iso": "disk-image", "img": "disk-image", "vhd": "disk-image", "vhdx": "disk-image",
        "one": "onenote", "docm": "macro", "xlsm": "macro", "pptm": "macro", "pdf": "pdf", "ics": "calendar",
    ]

    /// Log odds for an attached page that asks for a password when opened (a login form mailed
    /// as a file: no real service sends one) and for one whose script decodes itself or sends the
    /// reader elsewhere (the HTML and SVG lures of 2024–26).
    static let attachedLoginPageWeight = 2.0
    static let attachedActivePageWeight = 1.0

    /// Services that deliver encrypted mail as an attached page whose form sends the reader's
    /// password back to the service (Cisco's Secure Email Encryption, `securedoc.html`): the
    /// password goes to whoever encrypted the message, so such a page steals nothing.
    static let secureMessageHosts = ["res.cisco.com"]

    /// An attached login page that sends the password only home: every address it names is the
    /// sender's own and the sender is a known brand's real domain (a card company's 보안메일 that
    /// asks its server to decrypt), or a secure-message service. Not when its script decodes
    /// itself: what it decodes could name any address.
    static func sendsPasswordOnlyHome(_ page: AttachedPage, _ message: MessageFeatures, brands: BrandList) -> Bool {
        guard !page.decodesItself, !page.addressHosts.isEmpty else { return false }
        let fromDomain = message.from?.domain.lowercased() ?? ""
        let brandSender = fromDomain.contains(".") && !freemail.contains(URLScanner.baseDomain(fromDomain))
            && brands.brands.contains { $0.owns(host: fromDomain) }
        let own = brandSender ? ownOrganisations(message, brands: brands) : []
        return page.addressHosts.allSatisfy { host in
            secureMessageHosts.contains { host == $0 || host.hasSuffix("." + $0) } || own.contains(URLScanner.baseDomain(host))
        }
    }

    /// Log odds for a voicemail or fax whose "recording" is an attached page or an archive
    /// holding one: a phone system attaches the audio (`.wav`, `.mp3`), never a page.
    static let voicemailLureWeight = 1.0
    /// Log odds, on top of the attached page's, for a page inside an archive.
    static let archivedPageWeight = 0.5
    static let voicemailWords = [
        "voicemail", "voicemessage", "voicenote", "audiomessage", "missedcall", "faxmessage", "newfax", "incomingfax", "efax",
        "음성메시지", "음성메일", "음성사서함", "팩스", "sprachnachricht", "mensagemdevoz", "mensajedevoz", "messagevocal",
    ]

    static func talksOfVoicemail(_ message: MessageFeatures) -> Bool {
        var compact = String.UnicodeScalarView()
        for scalar in (message.normalizedSubject + " " + message.normalizedText).lowercased().unicodeScalars.prefix(4_000)
        where !scalar.properties.isWhitespace {
            compact.append(scalar)
        }
        let text = String(compact)
        return voicemailWords.contains(where: text.contains)
    }

    mutating func addAttachmentRules(_ message: MessageFeatures, brands: BrandList = .builtIn) {
        var kinds = Set<String>()
        var loginPage: String?
        var activePage: String?
        var redirectingPage = false
        for leaf in message.leaves where leaf.isAttachment {
            let name = (leaf.filename ?? "").lowercased()
            let pieces = name.split(separator: ".")
            let ext = pieces.count > 1 ? String(pieces.last!) : ""
            if let kind = Self.riskyTypes[ext] { kinds.insert(kind) }
            if leaf.mimeType == "image/svg+xml" { kinds.insert("svg") }
            if ["html", "svg"].contains(Self.riskyTypes[ext]) || leaf.mimeType == "image/svg+xml" || leaf.mimeType == "text/html" {
                let page = AttachedPage(leaf.content)
                // The sender's file name goes into the reasons: its first 100 characters (the
                // tagger, the log and the console each escape what they write).
                let shown = name.isEmpty ? "an attached page" : String(name.prefix(100))
                if page.asksForPassword && !Self.sendsPasswordOnlyHome(page, message, brands: brands) { loginPage = shown }
                if page.runsActiveScript { activePage = shown }
                if page.redirects { redirectingPage = true }
            }
            if Self.executableExtensions.contains(ext) {
                if pieces.count >= 3, ["pdf", "doc", "docx", "jpg", "png", "txt", "xls", "xlsx"].contains(String(pieces[pieces.count - 2])) {
                    suspect.append("double extension \(name)")
                } else {
                    suspect.append("executable attachment \(name)")
                }
            }
            if Self.archiveExtensions.contains(ext) || leaf.mimeType == "application/zip" || leaf.content.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                for entry in ZipListing.names(leaf.content) {
                    let innerExt = entry.lowercased().split(separator: ".").last.map(String.init) ?? ""
                    if Self.executableExtensions.contains(innerExt) {
                        suspect.append("executable \(entry) inside archive \(name)")
                        break
                    }
                    if innerExt == "html" || innerExt == "htm" || innerExt == "svg" { kinds.insert("archive-html") }
                }
            }
        }
        for kind in kinds.sorted() { markers.append("attach-" + kind) }
        let attachedPage = kinds.contains("html") || kinds.contains("svg") || kinds.contains("archive-html")
        if attachedPage {
            add(1.0, "html-attachment")
        }
        // A page packed in an archive is hidden from the scanners that would read it: no sender
        // zips a web page for a reader's sake (no ham of any set has one; 17 phishing messages do).
        if kinds.contains("archive-html") {
            add(Self.archivedPageWeight, "archived-page")
            luresOutsideTheText = true
        }
        if attachedPage && Self.talksOfVoicemail(message) {
            markers.append("voicemail-lure")
            phishing.append("a voicemail or fax whose recording is an attached page")
            add(Self.voicemailLureWeight, "voicemail-lure")
            namesPhishingScheme = true
            luresOutsideTheText = true
        }
        if let loginPage {
            markers.append("attach-login-form")
            phishing.append("\(loginPage) asks for a password when opened")
            add(Self.attachedLoginPageWeight, "attach-login-form")
            namesPhishingScheme = true
            luresOutsideTheText = true
        }
        if let activePage {
            markers.append("attach-active-script")
            phishing.append("\(activePage) runs script that decodes itself or redirects")
            add(Self.attachedActivePageWeight, "attach-active-script")
            // A page that sends the reader elsewhere is a link no filter reads.
            if redirectingPage { luresOutsideTheText = true }
        }
        if !suspect.isEmpty { markers.append("dangerous-attachment") }
    }
}

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

/// File names in a ZIP archive (no decompression). Pure and linear.
///
/// Read from the central directory at the end of the archive, which lists every entry even when
/// the local headers use data descriptors (sizes unknown up front, F10); the local headers are
/// walked only when the archive has no readable central directory (truncated).
public enum ZipListing {
    public static func names(_ bytes: [UInt8], limit: Int = 1_000) -> [String] {
        centralDirectoryNames(bytes, limit: limit) ?? localHeaderNames(bytes, limit: limit)
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> Int { Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> Int {
        Int(bytes[offset]) | Int(bytes[offset + 1]) << 8 | Int(bytes[offset + 2]) << 16 | Int(bytes[offset + 3]) << 24
    }

    /// The End of Central Directory record is the last 22 octets plus a comment of at most 64 KiB.
    static func centralDirectoryNames(_ bytes: [UInt8], limit: Int) -> [String]? {
        guard bytes.count >= 22 else { return nil }
        var end = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 65_535)
        while end >= lowest {
            if bytes[end] == 0x50, bytes[end + 1] == 0x4B, bytes[end + 2] == 0x05, bytes[end + 3] == 0x06 { break }
            end -= 1
        }
        guard end >= lowest else { return nil }
        let count = uint16(bytes, end + 10)
        var offset = uint32(bytes, end + 16)
        var names: [String] = []
        for _ in 0..<min(count, limit) {
            guard offset + 46 <= bytes.count, bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x01,
                bytes[offset + 3] == 0x02
            else { break }
            let nameLength = uint16(bytes, offset + 28)
            let extraLength = uint16(bytes, offset + 30)
            let commentLength = uint16(bytes, offset + 32)
            let nameStart = offset + 46
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            offset = nameStart + nameLength + extraLength + commentLength
        }
        return names.isEmpty ? nil : names
    }

    static func localHeaderNames(_ bytes: [UInt8], limit: Int) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 30 <= bytes.count, names.count < limit {
            guard bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 else { break }
            let flags = uint16(bytes, offset + 6)
            let compressed = uint32(bytes, offset + 18)
            let nameLength = uint16(bytes, offset + 26)
            let extraLength = uint16(bytes, offset + 28)
            let nameStart = offset + 30
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            // With a data descriptor (bit 3) the size is not known here and there is no central
            // directory to ask: stop.
            if flags & 0x08 != 0 { break }
            offset = nameStart + nameLength + extraLength + compressed
        }
        return names
    }
}
