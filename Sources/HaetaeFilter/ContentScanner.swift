import MIME

/// Thresholds for the statistical score (natural-log odds of spam-or-phishing against ham).
public struct ScanThresholds: Sendable, Hashable {
    /// At or above: Spam (or Phishing when the phishing class leads). 1.5 keeps ham false
    /// positives at 0.2 % in cross-validation on the development corpus (see README).
    public var spam: Double
    /// Rule evidence counts for Phishing when the score is at least this and two rules agree.
    public var phishingRules: Double

    public init(spam: Double = 1.5, phishingRules: Double = -1) {
        self.spam = spam
        self.phishingRules = phishingRules
    }
}

/// Facts about a message that come from outside its content.
public struct ScanContext: Sendable, Hashable {
    public var whitelisted: String?
    public var blacklisted: String?
    /// A virus name from clamd (or nil).
    public var virus: String?
    /// Why scanning was skipped (too large, timeout, scanner down), if it was.
    public var notScanned: String?
    /// The virus scanner could not be asked (the content was still scanned).
    public var virusScanFailed: String?
    /// SPF/DKIM/DMARC results, once the receiving side verifies them (nil: not checked).
    public var authentication: AuthenticationResults?

    public init(whitelisted: String? = nil, blacklisted: String? = nil, virus: String? = nil, notScanned: String? = nil) {
        self.whitelisted = whitelisted
        self.blacklisted = blacklisted
        self.virus = virus
        self.notScanned = notScanned
    }
}

/// What the content says about a message, before the verdict logic: the model's log odds, the
/// rule weights, the site model's correction, and the rule findings.
public struct ContentAssessment: Sendable {
    public var message: MessageFeatures
    public var rules: ContentRules
    public var features: Set<UInt32>
    /// The shipped (or site-trained) model's log odds.
    public var modelOdds: Double
    /// The site model's correction, when it is active.
    public var siteOdds: Double
    public var leading: MailClass
    /// Everything together, clamped to ±99.
    public var score: Double { max(-99, min(99, modelOdds + rules.score + siteOdds)) }
}

/// Classifies a message into the seed's verdicts: Virus (EICAR built in, clamd by the caller),
/// Phishing, Spam, Bulk, Suspect, or Passed (Whitelist, Not-Scanned). Pure.
public struct ContentScanner: Sendable {
    public var model: FilterModel
    public var thresholds: ScanThresholds
    public var parser = MIMEParser()
    /// Brands for the phishing rules: the built-in list, merged with the site's file.
    public var brands: BrandList = .builtIn
    /// The site's incremental model, learned from its users' feedback; counts once active.
    public var site: SiteModel?

    /// How much of the model's spam evidence an all-Hangul message loses (see `assess`).
    static let unreadableDamping = 0.5

    public init(model: FilterModel, thresholds: ScanThresholds = ScanThresholds()) {
        self.model = model
        self.thresholds = thresholds
    }

    /// The features the model is trained on (also used by `haetae train`).
    public func features(of bytes: [UInt8]) -> Set<UInt32> {
        let message = MessageFeatures(parser.parse(bytes))
        return FeatureHasher.features(message, heuristics: ContentRules(message, brands: brands).markers)
    }

    /// Parses and assesses a message (no verdict).
    public func assess(_ bytes: [UInt8], authentication: AuthenticationResults? = nil) -> ContentAssessment {
        assess(parsed: parser.parse(bytes), authentication: authentication)
    }

    func assess(parsed: ParsedMessage, authentication: AuthenticationResults?) -> ContentAssessment {
        var message = MessageFeatures(parsed)
        message.authentication = authentication
        let rules = ContentRules(message, brands: brands)
        let features = FeatureHasher.features(message, heuristics: rules.markers)
        var (odds, leading) = model.isEmpty ? (0, MailClass.spam) : model.assess(features)
        // The shipped model cannot read Hangul (it never saw Korean ham): on Korean text its
        // spam evidence is structure alone, so it counts in proportion to what it can read.
        if odds > 0, model.ignoredFamilies.contains(.hangul) {
            let share = KoreanLexicon.hangulShare(message.normalizedSubject + " " + message.normalizedText)
            if share > 0.2 { odds *= 1 - share * Self.unreadableDamping }
        }
        let siteOdds = site.flatMap { $0.isActive ? $0.logOdds(features) : nil } ?? 0
        return ContentAssessment(message: message, rules: rules, features: features, modelOdds: odds, siteOdds: siteOdds, leading: leading)
    }

    /// `shouldStop` is asked between the stages (after parsing, before the model): when it says
    /// yes (the client left, the time budget is spent) the scan ends at once as
    /// `Passed:Not-Scanned`, keeping a virus already found.
    public func scan(_ bytes: [UInt8], context: ScanContext = ScanContext(), shouldStop: () -> Bool = { false }) -> ScanResult {
        var verdicts: [Verdict] = []
        var reasons: [String] = []
        if let virus = context.virus {
            verdicts.append(.virus)
            reasons.append("virus \(virus)")
        }
        if let why = context.notScanned {
            if verdicts.isEmpty { verdicts.append(.passedNotScanned) }
            reasons.append("not scanned: \(why)")
            return ScanResult(verdicts: verdicts, score: 0, reasons: reasons)
        }
        let parsed = parser.parse(bytes)
        if context.virus == nil, parsed.root.leaves.contains(where: { EICAR.contains($0.content) }) || EICAR.contains(bytes) {
            verdicts.append(.virus)
            reasons.append("virus EICAR-Test-File")
        }
        if shouldStop() {
            if verdicts.isEmpty { verdicts.append(.passedNotScanned) }
            reasons.append("not scanned: stopped after parsing")
            return ScanResult(verdicts: verdicts, score: 0, reasons: reasons)
        }
        if let listed = context.whitelisted {
            if !verdicts.contains(.virus) { verdicts.append(.passedWhitelist) }
            reasons.append("whitelist \(listed)")
            return ScanResult(verdicts: verdicts, score: 0, reasons: reasons)
        }
        let assessment = assess(parsed: parsed, authentication: context.authentication)
        let rules = assessment.rules
        let score = assessment.score
        reasons.append(String(format: "bayes %.1f", assessment.modelOdds))
        if rules.score != 0 {
            reasons.append(String(format: "weights %+.1f ", rules.score) + rules.scoreReasons.prefix(5).joined(separator: ","))
        }
        if assessment.siteOdds != 0 { reasons.append(String(format: "site %+.1f", assessment.siteOdds)) }
        if let listed = context.blacklisted {
            verdicts.append(.spam)
            reasons.append("blacklist \(listed)")
        }
        if score >= thresholds.spam {
            // Evidence that names the scheme (a login page mailed as a file, a payment diverted)
            // says Phishing on its own once the score says bad.
            verdicts.append(assessment.leading == .phish || rules.namesPhishingScheme ? .phishing : .spam)
        }
        if rules.phishing.count >= 2 && score >= thresholds.phishingRules {
            verdicts.append(.phishing)
        }
        if verdicts.contains(.phishing) { verdicts.removeAll { $0 == .spam && context.blacklisted == nil } }
        reasons += rules.phishing.prefix(3)
        if !rules.bulk.isEmpty && !verdicts.contains(.spam) && !verdicts.contains(.phishing) {
            verdicts.append(.bulk)
            reasons.append("bulk: " + rules.bulk.prefix(3).joined(separator: ", "))
        } else if rules.discussionList && verdicts.isEmpty {
            reasons.append("list")
        }
        if !rules.suspect.isEmpty {
            verdicts.append(.suspect)
            reasons += rules.suspect.prefix(2)
        }
        if let failure = context.virusScanFailed, verdicts.isEmpty {
            verdicts.append(.passedNotScanned)
            reasons.append("not scanned: " + failure)
        }
        let shownMarkers = rules.markers.filter { !$0.hasPrefix("urls-") && $0 != "korean-text" && $0 != "mailing-list" }
        if !shownMarkers.isEmpty { reasons.append("rules " + shownMarkers.prefix(6).joined(separator: ",")) }
        return ScanResult(verdicts: verdicts, score: score, reasons: reasons)
    }
}
