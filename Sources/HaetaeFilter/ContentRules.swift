import MIME

/// Rule-based findings: heuristic markers for the classifier, phishing evidence, bulk mail,
/// dangerous attachments. Pure.
public struct ContentRules: Sendable {
    public var markers: [String] = []
    /// Phishing evidence, each a short reason.
    public var phishing: [String] = []
    public var bulk: [String] = []
    public var suspect: [String] = []

    static let freemail: Set<String> = [
        "gmail.com", "yahoo.com", "hotmail.com", "outlook.com", "live.com", "aol.com", "mail.com", "gmx.com", "gmx.net",
        "yandex.ru", "mail.ru", "protonmail.com", "icloud.com", "naver.com", "daum.net", "hanmail.net", "nate.com",
        "yahoo.co.kr", "qq.com", "163.com",
    ]
    static let brands: [String: [String]] = [
        "paypal": ["paypal.com"], "apple": ["apple.com", "icloud.com"], "microsoft": ["microsoft.com", "outlook.com", "live.com", "office.com"],
        "amazon": ["amazon.com", "amazon.co.jp", "amazon.de"], "netflix": ["netflix.com"], "google": ["google.com", "gmail.com"],
        "ebay": ["ebay.com"], "facebook": ["facebook.com", "facebookmail.com"], "dhl": ["dhl.com"], "fedex": ["fedex.com"],
        "wells fargo": ["wellsfargo.com"], "chase": ["chase.com"], "bank of america": ["bankofamerica.com"], "citibank": ["citi.com", "citibank.com"],
        "naver": ["naver.com"], "kakao": ["kakao.com", "kakaocorp.com"], "국민은행": ["kbstar.com"], "신한": ["shinhan.com"], "우체국": ["epost.go.kr"],
    ]
    static let executableExtensions: Set<String> = [
        "exe", "scr", "com", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "msi", "jar", "ps1", "hta", "cpl", "lnk", "dll", "reg", "iso",
    ]
    static let archiveExtensions: Set<String> = ["zip", "jar", "docm", "xlsm"]

    public init(_ message: MessageFeatures) {
        let headers = message.headers
        // Structure.
        if message.hasHTML && !message.hasPlainText { markers.append("html-only") }
        if headers["Date"] == nil { markers.append("no-date") }
        if headers["Message-ID"] == nil { markers.append("no-message-id") }
        if message.anomalies.malformedHeaderLines > 0 { markers.append("malformed-headers") }
        if message.anomalies.missingBoundary || message.anomalies.unterminatedMultipart { markers.append("broken-mime") }
        let subject = message.subject
        let letters = subject.filter(\.isLetter)
        if letters.count >= 8 && letters.allSatisfy({ !$0.isLowercase }) && letters.contains(where: \.isUppercase) { markers.append("caps-subject") }
        if subject.contains("(광고)") || subject.contains("[광고]") || subject.hasPrefix("광고") { markers.append("korean-ad") }
        if message.text.contains("수신거부") || message.text.contains("수신 거부") { markers.append("korean-optout") }
        let urls = message.allURLs
        let hosts = urls.compactMap(URLScanner.host(of:))
        switch hosts.count {
        case 0: markers.append("urls-0")
        case 1...3: markers.append("urls-few")
        case 4...15: markers.append("urls-some")
        default: markers.append("urls-many")
        }
        if message.text.count < 400 && !hosts.isEmpty { markers.append("short-with-url") }

        // Phishing.
        var mismatched = Set<String>()
        for link in message.links {
            guard let target = URLScanner.host(of: link.href) else { continue }
            let shown = link.text.trimmingSpaces
            if let shownHost = URLScanner.host(of: shown) ?? (shown.contains(".") && !shown.contains(" ") ? URLScanner.host(of: "http://" + shown) : nil),
                shownHost.contains("."),
                URLScanner.baseDomain(shownHost) != URLScanner.baseDomain(target)
            {
                mismatched.insert("\(shownHost)->\(target)")
            }
        }
        if !mismatched.isEmpty {
            markers.append("link-mismatch")
            phishing.append("link text shows one domain, goes to another (\(mismatched.sorted().prefix(2).joined(separator: ", ")))")
        }
        if let ip = hosts.first(where: URLScanner.isIPAddress) {
            markers.append("ip-url")
            phishing.append("link to a bare IP address (\(ip))")
        }
        if let puny = hosts.first(where: { $0.split(separator: ".").contains { $0.hasPrefix("xn--") } }) {
            markers.append("punycode-url")
            phishing.append("link to a punycode (look-alike) host (\(puny))")
        }
        if message.hasPasswordForm {
            markers.append("password-form")
            phishing.append("HTML form asking for a password")
        }
        if let from = message.from, let replyTo = message.replyTo,
            replyTo.domain != from.domain, Self.freemail.contains(replyTo.domain)
        {
            markers.append("replyto-freemail")
            phishing.append("Reply-To on a freemail domain (\(replyTo.domain)) differs from From (\(from.domain))")
        }
        if let from = message.from {
            let name = from.displayName.lowercased()
            for (brand, domains) in Self.brands where name.contains(brand) {
                let base = URLScanner.baseDomain(from.domain)
                if !domains.contains(where: { base == $0 || from.domain.hasSuffix("." + $0) }) {
                    markers.append("brand-display-name")
                    phishing.append("display name says \(brand) but the sender domain is \(from.domain)")
                    break
                }
            }
        }
        let lowered = message.text.lowercased()
        if ["verify your account", "confirm your account", "account has been suspended", "unusual activity", "update your billing",
            "계정이 정지", "본인 확인", "비밀번호를 확인"].contains(where: lowered.contains)
        {
            markers.append("credential-lure")
        }

        // Bulk.
        if let precedence = headers["Precedence"]?.lowercased(), precedence.contains("bulk") || precedence.contains("list") || precedence.contains("junk") {
            bulk.append("Precedence: \(precedence)")
        }
        if headers["List-Unsubscribe"] != nil { bulk.append("List-Unsubscribe") }
        if headers["List-Id"] != nil { bulk.append("List-Id") }
        for field in ["X-Campaign", "X-Campaign-Id", "X-Mailgun-Tag", "X-SES-Outgoing", "X-MC-User", "X-Mailchimp-Campaign", "X-Sendgrid-Id", "X-Bulk"] where headers[field] != nil {
            bulk.append(field)
        }
        if let mailer = headers["X-Mailer"]?.lowercased(), ["mailchimp", "sendblaster", "phplist", "mass mailer", "bulk"].contains(where: mailer.contains) {
            bulk.append("X-Mailer: \(mailer.prefix(40))")
        }

        // Dangerous attachments.
        for leaf in message.leaves where leaf.isAttachment {
            let name = (leaf.filename ?? "").lowercased()
            let ext = name.split(separator: ".").last.map(String.init) ?? ""
            if Self.executableExtensions.contains(ext) {
                suspect.append("executable attachment \(name)")
            } else if name.split(separator: ".").count >= 3, let inner = name.split(separator: ".").dropLast().last, ["pdf", "doc", "jpg", "txt"].contains(String(inner)), Self.executableExtensions.contains(ext) {
                suspect.append("double extension \(name)")
            }
            if Self.archiveExtensions.contains(ext) || leaf.mimeType == "application/zip" || leaf.content.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                for entry in ZipListing.names(leaf.content) {
                    let innerExt = entry.lowercased().split(separator: ".").last.map(String.init) ?? ""
                    if Self.executableExtensions.contains(innerExt) {
                        suspect.append("executable \(entry) inside archive \(name)")
                        break
                    }
                }
            }
        }
        if !suspect.isEmpty { markers.append("dangerous-attachment") }
    }
}

/// File names in a ZIP archive, from its local file headers (no decompression). Pure.
public enum ZipListing {
    public static func names(_ bytes: [UInt8], limit: Int = 1_000) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 30 <= bytes.count, names.count < limit {
            guard bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 else { break }
            let flags = Int(bytes[offset + 6]) | Int(bytes[offset + 7]) << 8
            let compressed = Int(bytes[offset + 18]) | Int(bytes[offset + 19]) << 8 | Int(bytes[offset + 20]) << 16 | Int(bytes[offset + 21]) << 24
            let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
            let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            let nameStart = offset + 30
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            // With a data descriptor (bit 3) the size is not known here; stop listing.
            if flags & 0x08 != 0 { break }
            offset = nameStart + nameLength + extraLength + compressed
        }
        return names
    }
}
