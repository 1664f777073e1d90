import MIME

/// Phishing evidence: links whose text shows another domain, bare IPs, punycode, password forms,
/// a freemail Reply-To, a brand named where its domain is not used, look-alike domains, links
/// that hide their destination. Pure.
extension ContentRules {
    /// Log odds for a link through a public URL shortener. Legitimate commercial mail links to its
    /// own site or through its mailer's click tracker, which the mailer vouches for; a public
    /// shortener hides the destination from the reader and from the mailer's own link checks.
    /// (Was 0.5; 1.0 raised modern-dev spam recall by 2 points with no new false positive.)
    static let shortenerWeight = 1.0

    /// File types a link should never download from mail.
    static let programExtensions: Set<String> = ["apk", "xapk", "apks", "exe", "scr", "msi", "jar", "hta", "vbs", "bat", "cmd", "ps1", "lnk"]

    /// The URL's path (before `?` and `#`, after the host) ends in a program's extension.
    static func linksToProgram(_ url: String) -> Bool {
        guard URLScanner.host(of: url) != nil else { return false }
        let beforeQuery = url.prefix { $0 != "?" && $0 != "#" }
        let afterScheme = beforeQuery.range(of: "//").map { beforeQuery[$0.upperBound...] } ?? beforeQuery
        guard let slash = afterScheme.firstIndex(of: "/") else { return false }
        let file = afterScheme[slash...].split(separator: "/").last ?? ""
        guard let dot = file.lastIndex(of: ".") else { return false }
        return programExtensions.contains(file[file.index(after: dot)...].lowercased())
    }

    mutating func addPhishingRules(_ message: MessageFeatures, hosts: [String], urls: [String], brands: BrandList, findings: TextFindings) {
        var mismatched = Set<String>()
        var brandLinks = Set<String>()
        var brandsByText: [String: [BrandList.Brand]] = [:]  // newsletters repeat their link texts
        for link in message.links.prefix(300) {
            guard let target = URLScanner.host(of: link.href) else { continue }
            let shown = link.text.trimmingSpaces
            if let shownHost = URLScanner.host(of: shown) ?? (shown.contains(".") && !shown.contains(" ") ? URLScanner.host(of: "http://" + shown) : nil),
                shownHost.contains("."),
                URLScanner.baseDomain(shownHost) != URLScanner.baseDomain(target)
            {
                mismatched.insert("\(shownHost)->\(target)")
            }
            if shown.unicodeScalars.count <= 80 {
                let named = brandsByText[shown] ?? brands.brands(namedIn: shown)
                brandsByText[shown] = named
                for brand in named where !brand.owns(host: target) {
                    brandLinks.insert("\(brand.key)->\(target)")
                }
            }
        }
        // Newsletters send every link through their click tracker, so a shown domain that differs
        // from the target is evidence only in mail without bulk-mailer machinery.
        let tracked = Self.bulkMailerHeaders.contains { message.headers[$0] != nil }
        if !mismatched.isEmpty {
            markers.append("link-mismatch")
            if !tracked {
                phishing.append("link text shows one domain, goes to another (\(mismatched.sorted().prefix(2).joined(separator: ", ")))")
            }
        }
        // A brand named in link text ("follow us on …", "get it on Google Play") is a marker only.
        if !brandLinks.isEmpty { markers.append("brand-link-text") }
        if let ip = hosts.first(where: URLScanner.isIPAddress) {
            markers.append("ip-url")
            phishing.append("link to a bare IP address (\(ip))")
            add(1.0, "ip-url")
        }
        if let puny = hosts.first(where: { $0.split(separator: ".").contains { $0.hasPrefix("xn--") } }) {
            markers.append("punycode-url")
            phishing.append("link to a punycode (look-alike) host (\(puny))")
        }
        if message.hasPasswordForm {
            markers.append("password-form")
            phishing.append("HTML form asking for a password")
        }
        if let from = message.from, let replyTo = message.replyTo, Self.divertsRepliesToFreemail(message) {
            markers.append("replyto-freemail")
            phishing.append("Reply-To on a freemail domain (\(replyTo.domain)) differs from From (\(from.domain))")
        }

        // Brands: named in the display name or subject while the sender is not the brand.
        let fromDomain = message.from?.domain ?? ""
        // A sender at one brand's real domain naming another is co-branding ("Amazon Benefits at
        // Fidelity" from fidelity.com), not impersonation; a freemail mailbox is nobody's brand.
        let named = brands.brands(namedIn: message.from?.displayName ?? "")
        let brandSender = !Self.freemail.contains(URLScanner.baseDomain(fromDomain.lowercased())) && brands.brands.contains { $0.owns(host: fromDomain) }
        if let brand = named.first(where: { !$0.owns(host: fromDomain) }), !fromDomain.isEmpty, !brandSender {
            markers.append("brand-display-name")
            impersonatesBrand = true
            phishing.append("display name says \(brand.key) but the sender domain is \(fromDomain)")
            add(1.0, "brand-display-name")
        } else if !fromDomain.isEmpty, let brand = brands.brands(namedIn: message.normalizedSubject).first(where: { !$0.owns(host: fromDomain) }),
            !hosts.isEmpty, !hosts.contains(where: brand.owns(host:))
        {
            // A brand in the subject with no link of the brand's: weaker, a marker only.
            markers.append("brand-subject")
            _ = brand
        }
        // Look-alike domains: the sender's or a link's host imitates a brand.
        if !fromDomain.isEmpty, let brand = brands.imitatedBrand(host: fromDomain) {
            markers.append("lookalike-sender")
            phishing.append("sender domain \(fromDomain) imitates \(brand.key)")
            add(1.5, "lookalike-sender")
            // Its own signature vouches for the impostor.
            impersonatesBrand = true
        }
        var imitated: [String] = []
        for host in Set(hosts.prefix(200)).sorted() where !URLScanner.isIPAddress(host) {
            if let brand = brands.imitatedBrand(host: host) { imitated.append("\(host) (\(brand.key))") }
            if imitated.count >= 2 { break }
        }
        if !imitated.isEmpty {
            markers.append("lookalike-link")
            phishing.append("link to a look-alike host \(imitated.joined(separator: ", "))")
            add(1.5, "lookalike-link")
        }
        // Links that hide where they go.
        if hosts.contains(where: LinkLists.isShortener) {
            markers.append("shortener-url")
            add(Self.shortenerWeight, "shortener-url")
        }
        if urls.prefix(200).contains(where: LinkLists.isRedirect) { markers.append("redirect-url") }
        if urls.prefix(200).contains(where: LinkLists.isTranslationProxy) {
            markers.append("translate-proxy-url")
            add(Self.shortenerWeight, "translate-proxy-url")
            hidesLinkDestination = true
        }
        // A link that downloads a program: an Android package (how Korean smishing installs its
        // app: a 청첩장 or 부고 "card" that is an .apk) or a Windows executable. Shops link to app
        // stores, never to the package itself.
        if let program = urls.prefix(200).first(where: Self.linksToProgram) {
            markers.append("program-link")
            phishing.append("link to a program download (\(String(program.suffix(60))))")
            add(2.0, "program-link")
        }
        if hosts.contains(where: LinkLists.isOpenHosting) {
            markers.append("open-hosting-url")
            add(0.5, "open-hosting-url")
        }

        if findings.has(.credentialLure) {
            markers.append("credential-lure")
        }
    }
}
