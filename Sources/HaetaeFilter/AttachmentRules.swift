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
    /// holding one: a phone system attaches the audio (`.wav`, `.mp3`), never a page. The words
    /// name a message received (`new fax`, `팩스 수신`), not a fax number in a signature.
    static let voicemailLureWeight = 1.0
    /// Log odds, on top of the attached page's, for a page inside an archive.
    static let archivedPageWeight = 0.5
    static let voicemailWords = [
        "voicemail", "voicemessage", "voicenote", "audiomessage", "missedcall", "faxmessage", "newfax", "incomingfax", "efax",
        "음성메시지", "음성메일", "음성사서함", "팩스수신", "팩스가도착", "새팩스", "sprachnachricht", "mensagemdevoz", "mensajedevoz",
        "messagevocal",
    ]

    static func talksOfVoicemail(_ message: MessageFeatures) -> Bool {
        let text = compactSubjectAndText(message, limit: 4_000)
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
