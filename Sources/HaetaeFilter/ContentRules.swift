import MIME

/// Rule-based findings: heuristic markers for the classifier, phishing evidence, bulk mail and
/// mailing lists, dangerous attachments, and a small rule score added to the model's log odds
/// for knowledge the shipped model cannot have learned (Korean vocabulary, the Korean
/// advertising law, brand look-alikes). Pure.
public struct ContentRules: Sendable {
    public var markers: [String] = []
    /// Phishing evidence, each a short reason.
    public var phishing: [String] = []
    /// Marketing bulk evidence (unsubscribe machinery, bulk mailers, the `(광고)` marker).
    public var bulk: [String] = []
    /// A discussion mailing list without marketing signals: Passed, noted as `list`.
    public var discussionList = false
    public var suspect: [String] = []
    /// Log-odds added to the model's score, with what contributed (`rule+1.5`).
    public var score: Double = 0
    public var scoreReasons: [String] = []
    /// `(광고)` in the subject with an opt-out: legal advertising under 정보통신망법 §50.
    public var legalKoreanAd = false
    /// The display name names a brand the sender's domain is not (`brand-display-name`): a
    /// signature of that domain then vouches for someone other than the one shown, and earns no
    /// credit (`dkim-aligned`, `bulk-sender-compliant`).
    public var impersonatesBrand = false
    /// One piece of phishing evidence that names the scheme by itself (`attach-login-form`,
    /// `payment-diversion`, `cousin-domain`): a bad score with it is Phishing, not Spam.
    public var namesPhishingScheme = false
    /// The sender's domain is a cousin of a recipient's (`cousin-domain`): its signature vouches
    /// for an impostor, and earns no credit.
    public var imitatesRecipient = false
    /// The message threatens and names a cryptocurrency address to pay (`extortion`).
    public var demandsRansom = false
    /// Its lure is in an attachment or a picture, where links are not read: an attached login
    /// page, an attached page that sends the reader elsewhere, a page packed in an archive, a
    /// voicemail or fax "recording" that is a page, a QR code to scan (`AttachmentRules`,
    /// `QRCodeLureRules`).
    public var luresOutsideTheText = false
    /// Its words pitch one of today's spam trades (`ModernSpamRules`): a signature says who sent
    /// it, not that anyone asked for it.
    public var pitchesASpamTrade = false
    /// A link goes through a web-page translation proxy (`translate-proxy-url`): what it leads to
    /// is hidden from the reader and from the filter, and no signer hides its own pages that way.
    public var hidesLinkDestination = false
    /// It opens a CEO fraud (`bec-opener`): an errand to be done quietly by someone who cannot be called.
    public var asksForAQuietErrand = false

    public init(_ message: MessageFeatures, brands: BrandList = .builtIn) {
        let headers = message.headers
        // Structure.
        if message.hasHTML && !message.hasPlainText { markers.append("html-only") }
        if headers["Date"] == nil { markers.append("no-date") }
        if headers["Message-ID"] == nil { markers.append("no-message-id") }
        if message.anomalies.malformedHeaderLines > 0 { markers.append("malformed-headers") }
        if message.anomalies.missingBoundary || message.anomalies.unterminatedMultipart { markers.append("broken-mime") }
        // F10: what lies past the parser's caps was not looked at (an EICAR in part 501 or at
        // depth 21 would pass unseen), so such a message is Suspect, never Passed.
        if message.anomalies.depthExceeded { suspect.append("MIME nesting deeper than the parser reads") }
        if message.anomalies.partsExceeded { suspect.append("more MIME parts than the parser reads") }
        let subject = message.normalizedSubject
        // Cased letters only: Hangul has no case, so `[KB국민카드] 명세서` is not shouting.
        var lower = 0, upper = 0
        for scalar in subject.unicodeScalars {
            if scalar.properties.isLowercase { lower += 1 } else if scalar.properties.isUppercase { upper += 1 }
        }
        if upper >= 8 && lower == 0 { markers.append("caps-subject") }
        let urls = message.allURLs
        let hosts = urls.compactMap(URLScanner.host(of:))
        switch hosts.count {
        case 0: markers.append("urls-0")
        case 1...3: markers.append("urls-few")
        case 4...15: markers.append("urls-some")
        default: markers.append("urls-many")
        }
        // Little text and a link, or pictures instead of text: how today's phishing and image spam
        // look (the link or the QR code in the picture does the talking).
        if message.normalizedText.unicodeScalars.count < 400 && !hosts.isEmpty {
            markers.append("short-with-url")
            // Weighted only when a link leaves the sender's own (a receipt links home, or to its
            // signer's click tracker): the same notion of own as `links-foreign`.
            let own = Self.ownOrganisations(message, brands: brands)
            if hosts.contains(where: { !Self.isOwn(host: $0, organisations: own) }) { add(0.5, "short-with-foreign-url") }
        }
        if message.hasHTML && message.imageCount > 0 && message.normalizedText.unicodeScalars.count < 200 {
            markers.append("image-mostly")
            add(0.5, "image-mostly")
        }
        if message.subjectObfuscations > 0 || message.textObfuscations >= 3 {
            markers.append("obfuscated")
            add(message.subjectObfuscations > 0 ? 1.0 : 1.5, "obfuscated")
        }

        let findings = TextFindings(message.normalizedText)
        addPhishingRules(message, hosts: hosts, urls: urls, brands: brands, findings: findings)
        addCousinDomainRules(message)
        addExtortionRules(message)
        addKoreanRules(message, findings: findings)
        addFamilyImpersonationRules(message)
        // Before the signing credits: a lure in an attachment or a picture, or the pitch of a
        // spam trade, withholds them.
        let pitches = Self.modernSpamPitches(message)
        // A known brand's own signed domain selling its own trade (an exchange's referral offer, a
        // card's crypto perks) is that brand, not a spammer who signed up for a domain.
        if pitches.contains(where: { ModernSpamLexicon.tradesNoSenderStandsBehind.contains($0.category) }),
            !Self.signsAsKnownBrand(message, brands: brands)
        {
            pitchesASpamTrade = true
        }
        addAttachmentRules(message, brands: brands)
        addQRCodeLureRules(message)
        addBulkRules(message, findings: findings)
        addBECOpenerRules(message)
        addSenderAlignmentRules(message, hosts: hosts, brands: brands)
        addThrowawayDomainRules(message, hosts: hosts)
        addPaymentDiversionRules(message)
        addHeaderForgeryRules(message)
        let decorated = addSubjectDecorationRules(message)
        addModernSpamRules(pitches, decorated: decorated)
    }

    /// The subject and text lower-cased without white space, at most `limit` scalars: phrases of
    /// several words match however the sender spaced them (`QR 코드를 스캔`, `voice message`).
    static func compactSubjectAndText(_ message: MessageFeatures, limit: Int) -> String {
        let head = String(String.UnicodeScalarView((message.normalizedSubject + " " + message.normalizedText).unicodeScalars.prefix(limit)))
        return String(String.UnicodeScalarView(head.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }))
    }

    mutating func add(_ weight: Double, _ reason: String) {
        score += weight
        scoreReasons.append(reason)
    }
}
