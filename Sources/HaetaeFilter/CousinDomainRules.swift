import MIME

/// Cousin domains: a sender domain one letter away from the recipient's own (`fernhil.example`
/// writing to `fernhill.example`, `rnicrosoft` for `microsoft`), registered to pass as a
/// colleague, the company itself or a supplier that shares its name: business e-mail compromise's
/// first move. Compared by the registrable domain's name (its first label), so `mail.fernhil.com`
/// imitates `fernhill.com` and `fernhill.co.kr`; names shorter than five letters are too close to
/// each other by chance to tell. The same name under another suffix is not counted (organisations
/// own several); the name with a department joined by a hyphen is (`fernhill-hr.com`). Pure.
extension ContentRules {
    /// Log odds for a sender domain that imitates a recipient's.
    static let cousinDomainWeight = 2.0

    /// Recipients' registrable domains from `To` and `Cc` (at most 50 addresses).
    static func recipientOrganisations(_ headers: MessageHeaders) -> Set<String> {
        var out = Set<String>()
        for name in ["To", "Cc"] {
            for value in headers.all(name).prefix(5) {
                for mailbox in HeaderMailbox.parseList(value).prefix(50) where mailbox.domain.contains(".") {
                    out.insert(URLScanner.baseDomain(mailbox.domain.lowercased()))
                }
            }
        }
        return out
    }

    /// The recipient organisation `sender` imitates, if any.
    static func imitatedRecipient(sender: String, recipients: Set<String>) -> String? {
        let organisation = URLScanner.baseDomain(sender.lowercased())
        guard !recipients.contains(organisation), let name = organisation.split(separator: ".").first, name.count >= 5 else { return nil }
        let folded = foldLookalikeLetters(name)
        for recipient in recipients.sorted() {
            guard let other = recipient.split(separator: ".").first, other.count >= 5, other != name else { continue }
            if folded == foldLookalikeLetters(other) || isOneEditApart(Array(name.unicodeScalars), Array(other.unicodeScalars))
                || isNameWithAWordAdded(name, other)
            {
                return recipient
            }
        }
        return nil
    }

    /// The recipient's name with a department or mail service joined by a hyphen, before or after
    /// it: what an impostor writes as (`northfield-studio-hr.com`, `fernhill-payroll.com`,
    /// `it-fernhill.com`). Only those words: a town's own domain (`fernhill-city`) writing to a
    /// company named after the town is a neighbour, not an impostor.
    static func isNameWithAWordAdded(_ name: Substring, _ recipient: Substring) -> Bool {
        if name.hasPrefix(recipient + "-") { return impostorDepartments.contains(name.dropFirst(recipient.count + 1)) }
        if name.hasSuffix("-" + recipient) { return impostorDepartments.contains(name.dropLast(recipient.count + 1)) }
        return false
    }

    static let impostorDepartments: Set<Substring> = [
        "hr", "it", "payroll", "benefits", "helpdesk", "help", "support", "admin", "accounts", "accounting", "finance", "billing",
        "invoice", "invoices", "payments", "portal", "secure", "security", "mail", "email", "webmail", "login", "sso", "docs",
        "sharepoint", "office", "staff", "team", "servicedesk",
    ]

    /// Letters that read as others in a mail client's font: `rn` as `m`, `vv` as `w`, `1` and `I`
    /// as `l`, `0` as `o`.
    static func foldLookalikeLetters(_ name: Substring) -> String {
        var out = String(name.lowercased())
        for (from, to) in [("rn", "m"), ("vv", "w"), ("1", "l"), ("0", "o")] {
            var result = ""
            var rest = Substring(out)
            while let range = rest.firstRange(of: from) {
                result += rest[..<range.lowerBound] + to
                rest = rest[range.upperBound...]
            }
            out = result + rest
        }
        return out
    }

    /// One letter inserted, removed, replaced, or two neighbours swapped (Damerau distance 1).
    static func isOneEditApart(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Bool {
        guard a != b, abs(a.count - b.count) <= 1 else { return false }
        var start = 0
        while start < min(a.count, b.count), a[start] == b[start] { start += 1 }
        if a.count == b.count {
            if a[(start + 1)...] == b[(start + 1)...] { return true }
            return start + 1 < a.count && a[start] == b[start + 1] && a[start + 1] == b[start] && a[(start + 2)...] == b[(start + 2)...]
        }
        let (long, short) = a.count > b.count ? (a, b) : (b, a)
        return long[(start + 1)...] == short[start...]
    }

    mutating func addCousinDomainRules(_ message: MessageFeatures) {
        guard let sender = message.from?.domain, sender.contains(".") else { return }
        let recipients = Self.recipientOrganisations(message.headers)
        guard let imitated = Self.imitatedRecipient(sender: sender, recipients: recipients) else { return }
        imitatesRecipient = true
        namesPhishingScheme = true
        markers.append("cousin-domain")
        phishing.append("sender domain \(sender.lowercased()) imitates the recipient's \(imitated)")
        add(Self.cousinDomainWeight, "cousin-domain")
    }
}
