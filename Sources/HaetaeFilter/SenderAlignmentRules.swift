import MIME

/// What legitimate senders of today's mail do and spam mostly does not: sign with the From
/// domain's own DKIM key, and link to their own site. Mailbox providers have required the first of
/// bulk senders since 2024 (DMARC alignment, RFC 7489 §3.1.1); a newsletter, receipt or statement
/// links home (or to the signer's click tracker), while spam sends its reader to some other
/// domain. The 2002–2006 corpus the shipped model learned from has neither DKIM nor today's
/// commercial mail, so these carry weights of their own. Pure.
extension ContentRules {
    /// Log odds for a DKIM signature of the From domain's organisation (relaxed alignment).
    static let alignedSignatureWeight = -1.0
    /// Log odds for an HTML message, not a reply, none of whose links go to the sender's
    /// organisation or a signer's.
    static let foreignLinksWeight = 1.0

    mutating func addSenderAlignmentRules(_ message: MessageFeatures, hosts: [String], brands: BrandList = .builtIn) {
        guard let fromDomain = message.from?.domain.lowercased(), fromDomain.contains(".") else { return }
        let organisation = URLScanner.baseDomain(fromDomain)
        let signers = Set(Self.dkimDomains(message.headers).map(URLScanner.baseDomain))
        // A freemail signature says which provider sent it, not who: anyone can be that sender.
        // The signature is a claim until it is verified; a verified failure takes the credit away.
        // Nor when replies are to go to a freemail mailbox: then the organisation does not stand
        // behind the message (advance-fee mail sent from a compromised account looks like this).
        // Nor when the display name shows a brand the domain is not (`Coinbase <no-reply@…org>`).
        let dkim = message.authentication?.dkim
        let repliesToFreemail = Self.divertsRepliesToFreemail(message)
        // The provider's own system mail (`noreply@daum.net`, `help.naver.com`) is the provider's.
        let freeMailbox = message.from.map(Self.isFreeMailbox) ?? true
        if signers.contains(organisation), !freeMailbox, !repliesToFreemail, dkim == nil || dkim == .pass,
            !withholdsSigningCredit(message)
        {
            markers.append("dkim-aligned")
            add(Self.alignedSignatureWeight, "dkim-aligned")
        }
        // Only where nothing explains a link elsewhere: a reply quotes and shares links freely.
        let isReply = message.headers["In-Reply-To"] != nil || message.headers["References"] != nil
        guard message.hasHTML, !isReply, !hosts.isEmpty else { return }
        // A person writing Korean from a portal or free mailbox (naver.com, daum.net, gmail.com)
        // has no organisation to link home to: Korea's churches, clubs, alumni and apartment
        // offices send from such mailboxes, with a Google Form or a map link.
        if freeMailbox && markers.contains("korean-text") { return }
        var own = Self.ownOrganisations(organisation: organisation, signers: signers, brands: brands)
        if let customer = Self.platformCustomer(message, organisation: organisation, signers: signers) { own.insert(customer) }
        if !hosts.prefix(300).contains(where: { Self.isOwn(host: $0, organisations: own) }) {
            markers.append("links-foreign")
            add(Self.foreignLinksWeight, "links-foreign")
        }
    }

    /// The From domain is a brand's real domain in the brand list (not a free-mail provider's) and
    /// that organisation signed the message — a claim, as `dkim-aligned` is, taken back when a
    /// verifier upstream says the signature failed.
    static func signsAsKnownBrand(_ message: MessageFeatures, brands: BrandList) -> Bool {
        guard let fromDomain = message.from?.domain.lowercased(), fromDomain.contains(".") else { return false }
        let organisation = URLScanner.baseDomain(fromDomain)
        let dkim = message.authentication?.dkim
        guard !freemail.contains(organisation), dkim == nil || dkim == .pass,
            dkimDomains(message.headers).map(URLScanner.baseDomain).contains(organisation)
        else { return false }
        return brands.brands.contains { $0.owns(host: fromDomain) }
    }

    /// Replies go to a free mailbox the sender's organisation does not stand behind (advance-fee
    /// mail from a compromised account looks like this) — unless a platform's automated mailbox
    /// writes for its customer under its own signature: an invoice from QuickBooks, PayPal, Stripe
    /// or Xero comes from `service@`, `noreply@` or `invoice+…@` of the platform's domain and is
    /// answered to the merchant's own mailbox, often at Gmail.
    static func divertsRepliesToFreemail(_ message: MessageFeatures) -> Bool {
        guard let from = message.from, let replyTo = message.replyTo else { return false }
        let replies = replyTo.domain.lowercased(), sender = from.domain.lowercased()
        guard replies != sender, freemail.contains(replies) else { return false }
        let organisation = URLScanner.baseDomain(sender)
        return !isPlatformMailbox(from, organisation: organisation, signers: Set(dkimDomains(message.headers).map(URLScanner.baseDomain)))
    }

    /// An automated mailbox of a signed, non-freemail organisation: a platform that writes for its
    /// customers (`divertsRepliesToFreemail`, `platformCustomer`).
    static func isPlatformMailbox(_ from: HeaderMailbox, organisation: String, signers: Set<String>) -> Bool {
        signers.contains(organisation) && !freemail.contains(organisation) && isAutomatedMailbox(from.address)
    }

    /// The customer a platform writes for: an automated mailbox of the platform's own signed domain
    /// whose replies go to another organisation's (NetSuite's `system@sent-via.netsuite.com`
    /// sending a tree-care company's invoice, answered to `info@evergreentlc.com`). That
    /// organisation's links are the sender's own too.
    static func platformCustomer(_ message: MessageFeatures, organisation: String, signers: Set<String>) -> String? {
        guard let from = message.from, let replyTo = message.replyTo, isPlatformMailbox(from, organisation: organisation, signers: signers)
        else { return nil }
        let customer = URLScanner.baseDomain(replyTo.domain.lowercased())
        return customer == organisation || freemail.contains(customer) || !customer.contains(".") ? nil : customer
    }

    /// Words of a mailbox a program sends from (`noreply`, `service`, `billing`, `invoice+acct_1@`,
    /// `quickbooks@notification.…`), in its local part (before any `+`) or its host's labels.
    static let automatedMailboxWords: Set<Substring> = [
        "noreply", "donotreply", "service", "notification", "notifications", "notify", "messaging", "invoice", "invoices", "billing",
        "receipt", "receipts", "statements", "payments", "alerts", "mailer", "automated", "system",
    ]

    static func isAutomatedMailbox(_ address: String) -> Bool {
        let lower = address.lowercased()
        guard let at = lower.lastIndex(of: "@") else { return false }
        let local = lower[..<at].split(separator: "+", maxSplits: 1).first ?? ""
        let joined = local.filter { $0 != "-" && $0 != "_" }
        if automatedMailboxWords.contains(Substring(joined)) { return true }
        let words = local.split(whereSeparator: { $0 == "-" || $0 == "_" || $0 == "." }) + lower[lower.index(after: at)...].split(separator: ".").dropLast()
        return words.contains(where: automatedMailboxWords.contains)
    }

    /// Senders whose own signature earns no credit (`dkim-aligned`, `bulk-sender-compliant`): a
    /// throwaway domain (a signature of a one-dollar domain says nothing about who stands behind
    /// it); a display name showing a brand the domain is not, or a cousin of the recipient's domain
    /// (`cousin-domain`): the signature vouches for someone else; a ransom demand (`extortion`: a
    /// hacked mailbox's signature vouches for nothing); a lure outside the text (an attached login
    /// or redirecting page, a voicemail that is a page, a QR code to scan); the pitch of one of
    /// today's spam trades (`ModernSpamRules`); a link through a translation proxy
    /// (`translate-proxy-url`); a CEO fraud's opener (`bec-opener`); a kit-generated mailbox
    /// (`isGluedWordsMailbox`: a campaign, not an organisation); a subject whose words are hidden
    /// from filters (`pаge` with a Cyrillic а, `Los­e w‍eig‌ht`), which no sender that stands behind
    /// its mail needs. Not obfuscation in the text: newsletters pad their preview line with
    /// invisible joiners and soft hyphens.
    func withholdsSigningCredit(_ message: MessageFeatures) -> Bool {
        Self.hasThrowawaySender(message) || impersonatesBrand || imitatesRecipient || demandsRansom || luresOutsideTheText
            || pitchesASpamTrade || hidesLinkDestination || asksForAQuietErrand
            || message.from.map { Self.isGluedWordsMailbox($0.address) } == true || message.subjectObfuscations > 0
    }

    /// The registrable domains whose links are the sender's own: its From domain's organisation,
    /// its DKIM signers' (their click trackers), and the other domains of the brand it belongs to.
    static func ownOrganisations(_ message: MessageFeatures, brands: BrandList) -> Set<String> {
        guard let fromDomain = message.from?.domain.lowercased(), fromDomain.contains(".") else { return [] }
        return ownOrganisations(organisation: URLScanner.baseDomain(fromDomain), signers: Set(dkimDomains(message.headers).map(URLScanner.baseDomain)),
                                brands: brands)
    }

    static func ownOrganisations(organisation: String, signers: Set<String>, brands: BrandList) -> Set<String> {
        signers.union([organisation]).union(brandDomains(of: organisation, in: brands))
    }

    /// The other registrable domains of the brand the sender's organisation belongs to, by the brand
    /// list (`navercorp.com` mails about `naver.com`, 도로교통공단's `koroad.or.kr` links to its own
    /// `safedriving.or.kr`): one organisation, several domains. Not for a freemail organisation —
    /// anyone has a mailbox at `gmail.com`, and phishing links to `docs.google.com`.
    static func brandDomains(of organisation: String, in brands: BrandList) -> [String] {
        guard !freemail.contains(organisation) else { return [] }
        return brands.brands.filter { $0.owns(host: organisation) }.flatMap(\.domains)
    }

    /// A host of the sender's: under one of its organisational domains, or carrying the
    /// organisation's name as a label of its own (`brand.partner-platform.com`, the brand's page
    /// at a shop, help-desk or tracking service). Names shorter than four letters, and freemail
    /// providers' (`mail` of mail.com), do not count.
    static func isOwn(host: String, organisations: Set<String>) -> Bool {
        let base = URLScanner.baseDomain(host)
        if organisations.contains(base) { return true }
        let names = Set(organisations.filter { !freemail.contains($0) }.compactMap { $0.split(separator: ".").first }.filter { $0.count >= 4 })
        guard !names.isEmpty else { return false }
        let labels = host.split(separator: ".").dropLast()
        if labels.contains(where: names.contains) { return true }
        // Mailchimp's tracker names the account by its first twelve letters
        // (`hoppytrailsb.us12.list-manage.com` for `hoppytrailsbrewing.com`).
        guard base == "list-manage.com", let account = labels.first, account.count >= 8 else { return false }
        return names.contains { $0.hasPrefix(account) }
    }
}
