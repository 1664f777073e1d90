import MIME

/// Korean knowledge: the advertising law and the vocabulary of Korean spam and phishing.
///
/// 정보통신망법 §50 requires commercial mail to start its subject with `(광고)`, to name the
/// sender and to offer an opt-out (수신거부). Mail that does all of that is legal bulk; commercial
/// Korean mail without the marker breaks the law, which is a spam signal. Pure.
extension ContentRules {
    /// Rule weights (log odds) per phrase found, at most three phrases counted per category.
    static let categoryWeights: [KoreanLexicon.Category: Double] = [
        .gambling: 1.2, .adult: 0.9, .medicine: 0.9, .loan: 0.7, .investment: 0.7, .job: 0.7, .urgency: 0.5, .credential: 0.2,
        .contact: 0.5, .commercial: 0.15,
    ]
    /// Categories an honest `(광고)` advertiser may use; illegal trades (gambling, adult,
    /// counterfeit medicine) stay spam whatever the subject says.
    static let legalCategories: Set<KoreanLexicon.Category> = [.loan, .investment, .job, .commercial, .contact]

    static let optOutPhrases = ["수신거부", "수신 거부", "수신거절", "수신 거절", "수신해지", "수신 해지", "수신을 원하지", "수신을 원치",
                                "수신동의 철회", "수신 동의 철회", "구독 취소", "구독취소", "구독 해지", "구독해지", "unsubscribe", "opt out", "opt-out"]
    static let identityPhrases = ["사업자등록번호", "사업자 등록번호", "사업자번호", "대표자", "대표 :", "대표:", "대표이사", "상호", "주소", "통신판매업", "고객센터", "전화", "tel"]

    /// `(광고)` (or `[광고]`, `<광고>`) at the start of the subject, after spaces and `Re:`-less.
    public static func hasAdMarker(_ subject: String) -> Bool {
        let compact = String(String.UnicodeScalarView(subject.unicodeScalars.filter { !$0.properties.isWhitespace }.prefix(8)))
        return ["(광고)", "[광고]", "<광고>", "〈광고〉", "【광고】"].contains { compact.hasPrefix($0) }
    }

    mutating func addKoreanRules(_ message: MessageFeatures, findings: TextFindings) {
        let subject = message.normalizedSubject
        let text = message.normalizedText
        let marked = Self.hasAdMarker(subject)
        let optOut = findings.has(.optOut)
        let identified = findings.has(.identity) && message.from != nil
        if marked { markers.append("korean-ad") }
        if optOut && findings.mentionsKoreanOptOut { markers.append("korean-optout") }
        let korean = KoreanLexicon.hangulShare(subject + " " + text) >= 0.2
        guard korean || marked else { return }
        markers.append("korean-text")
        legalKoreanAd = marked && optOut && identified
        let found = KoreanLexicon.categories(in: subject + "\n" + text)
        var spamPhrases = 0
        for (category, phrases) in found.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            let counted = min(phrases.count, 3)
            markers.append("ko-\(category.rawValue)")
            if phrases.count >= 3 { markers.append("ko-\(category.rawValue)-many") }
            var weight = (Self.categoryWeights[category] ?? 0) * Double(counted)
            if legalKoreanAd && Self.legalCategories.contains(category) { weight = 0 }
            if weight > 0 { add(weight, "ko-\(category.rawValue)") }
            if category != .commercial && category != .urgency && category != .credential { spamPhrases += phrases.count }
        }
        // Selling something: commercial words or a spam trade's, and a link or HTML to sell with.
        let selling = (found[.commercial]?.count ?? 0) >= 2 || spamPhrases >= 2
        let commercial = selling && (message.hasHTML || !message.allURLs.isEmpty)
        let isReply = message.headers["In-Reply-To"] != nil || subject.lowercased().hasPrefix("re:")
        if legalKoreanAd {
            markers.append("korean-ad-legal")
            bulk.append("(광고) with opt-out and sender identity")
            add(-1.0, "korean-ad-legal")
        } else if marked {
            // The marker without the opt-out or identity the law requires.
            markers.append("korean-ad-incomplete")
            add(1.0, "korean-ad-incomplete")
        } else if commercial && !isReply {
            markers.append("korean-ad-unmarked")
            add(0.8, "korean-ad-unmarked")
        }
    }
}
