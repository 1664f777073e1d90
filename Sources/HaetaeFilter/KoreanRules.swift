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
        .contact: 0.5, .commercial: 0.15, .cashing: 0.9, .illicit: 0.9, .marketing: 0.5,
    ]
    /// What the vocabulary may add in all when the message gives no way to act (no link, number,
    /// messenger ID, attachment or `(광고)`): a colleague's chat about stocks, coins and a 리딩방
    /// to avoid is talk, however many of the words it uses.
    static let talkWeightCap = 1.0
    /// Categories an honest `(광고)` advertiser may use; illegal trades (gambling, adult,
    /// counterfeit medicine) stay spam whatever the subject says.
    static let legalCategories: Set<KoreanLexicon.Category> = [.loan, .investment, .job, .commercial, .contact, .marketing]

    static let optOutPhrases = ["수신거부", "수신 거부", "수신거절", "수신 거절", "수신해지", "수신 해지", "수신을 원하지", "수신을 원치",
                                "수신동의 철회", "수신 동의 철회", "구독 취소", "구독취소", "구독 해지", "구독해지", "unsubscribe", "opt out", "opt-out"]
    static let identityPhrases = ["사업자등록번호", "사업자 등록번호", "사업자번호", "대표자", "대표 :", "대표:", "대표이사", "상호", "주소", "통신판매업", "고객센터", "전화", "tel"]

    /// `(광고)` (or `[광고]`, `<광고>`) at the start of the subject, after spaces and `Re:`-less.
    public static func hasAdMarker(_ subject: String) -> Bool {
        let compact = String(String.UnicodeScalarView(subject.unicodeScalars.filter { !$0.properties.isWhitespace }.prefix(8)))
        return ["(광고)", "[광고]", "<광고>", "〈광고〉", "【광고】"].contains { compact.hasPrefix($0) }
    }

    /// Tags Korean SMS gateways put before a text message. Mail never needs them; a text copied
    /// from a smishing template keeps them.
    static let smsRelayTags = ["[web발신]", "[국제발신]", "[국외발신]", "[해외발신]", "(web발신)", "(국제발신)"]

    /// Hosts whose links open a messenger chat: Telegram and KakaoTalk open chat (not the
    /// `pf.kakao.com` business channels shops link to).
    static func isMessengerLink(_ url: String) -> Bool {
        guard let host = URLScanner.host(of: url)?.lowercased() else { return false }
        return ["t.me", "telegram.me", "telegram.dog"].contains(host) || host == "open.kakao.com"
    }

    /// A telephone number as Korean mail writes it: `02-123-4567`, `010-1234-5678`, `1588-1234`
    /// (not a date, `2026-11-28`: its groups are 4-2-2).
    static func hasPhoneNumber(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars.prefix(KoreanLexicon.maximumScalars))
        func digits(from start: Int) -> Int {
            var end = start
            while end < scalars.count, ("0"..."9").contains(scalars[end]) { end += 1 }
            return end - start
        }
        var index = 0
        while index < scalars.count {
            guard ("0"..."9").contains(scalars[index]), index == 0 || !("0"..."9").contains(scalars[index - 1]) else {
                index += 1
                continue
            }
            let first = digits(from: index)
            var position = index + first
            var groups = [first]
            while position < scalars.count, scalars[position] == "-" || scalars[position] == ")" || scalars[position] == "." {
                let length = digits(from: position + 1)
                if length == 0 { break }
                groups.append(length)
                position += 1 + length
            }
            // Area or mobile prefix, exchange, line (written or garbled: fraud texts carry made-up numbers too).
            if groups.count >= 3, (2...4).contains(groups[0]), (3...4).contains(groups[1]), groups[2] == 4 { return true }
            if groups.count == 2, groups[0] == 4, groups[1] == 4, scalars[index] == "1" { return true }
            index = position
        }
        return false
    }

    /// Messenger names after which a handle follows.
    static let messengerNames = ["텔레그램", "텔레", "telegram", "카톡", "카카오톡", "오픈채팅", "오픈톡", "라인", "line", "위챗", "signal"]

    /// A messenger named and, within 12 characters after it, `@` and a handle of three or more
    /// letters, digits or underscores (an e-mail address is not a handle: no word before its `@`).
    static func hasMessengerHandle(_ text: String) -> Bool {
        let scalars = Array(text.lowercased().unicodeScalars.prefix(KoreanLexicon.maximumScalars))
        func isHandle(_ s: Unicode.Scalar) -> Bool { s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_") }
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "@", index + 3 < scalars.count, isHandle(scalars[index + 1]), isHandle(scalars[index + 2]), isHandle(scalars[index + 3]),
                index == 0 || !isHandle(scalars[index - 1]) && scalars[index - 1] != "."
            else {
                index += 1
                continue
            }
            let before = String(String.UnicodeScalarView(scalars[max(0, index - 12)..<index]))
            if messengerNames.contains(where: before.contains) { return true }
            index += 1
        }
        return false
    }

    /// What ends a file name, not a domain (`보고서.pdf`, `견적서.hwp`).
    static let fileExtensions: Set<String> = [
        "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "hwp", "hwpx", "jpg", "jpeg", "png", "gif", "zip", "txt", "csv", "mp4", "mov",
        "html", "htm", "eml", "msg", "key", "pages", "numbers", "ai", "psd", "svg", "xml", "json",
    ]

    /// A domain written out in the text without a link (`주소: toto-official.com`, often in full-width
    /// letters that NFKC folds): spam writes its site that way so that no link is found. E-mail
    /// addresses do not count.
    static func writesDomain(_ text: String) -> Bool {
        for token in text.unicodeScalars.prefix(KoreanLexicon.maximumScalars).split(whereSeparator: { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "." || $0 == "-" || $0 == "@")) }) {
            guard !token.contains("@") else { continue }
            let labels = token.split(separator: ".", omittingEmptySubsequences: false)
            guard labels.count >= 2, labels.allSatisfy({ !$0.isEmpty && $0.count <= 63 }), let tld = labels.last,
                tld.count >= 2, tld.count <= 12, tld.allSatisfy({ $0.properties.isAlphabetic }), !fileExtensions.contains(String(tld).lowercased()),
                labels.dropLast().contains(where: { $0.contains { $0.properties.isAlphabetic } && $0.count >= 2 })
            else { continue }
            return true
        }
        return false
    }

    /// How Korean phishing works when it does not look like a login page: the SMS text pasted
    /// into mail, and the call-back fraud (a payment or summons you did not expect, a number to
    /// call, no link) under a brand's or an authority's name.
    mutating func addKoreanLureRules(_ message: MessageFeatures, found: [KoreanLexicon.Category: [String]], legal: Bool) {
        func opening(_ text: String) -> String {
            String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { !$0.properties.isWhitespace }.prefix(12)))
        }
        // The gateway writes the tag first; a warning that quotes such a text does not start with it.
        let subject = opening(message.normalizedSubject), text = opening(message.normalizedText)
        if Self.smsRelayTags.contains(where: { subject.hasPrefix($0) || text.hasPrefix($0) }) {
            markers.append("ko-sms-relay")
            phishing.append("text-message tag ([Web발신], [국제발신]) in mail")
            add(1.0, "ko-sms-relay")
        }
        let pressing = found[.urgency] != nil
        // Smishing: pressing words and a link that hides where it goes.
        let hosts = message.allURLs.prefix(200).compactMap(URLScanner.host(of:))
        if pressing && !legal && hosts.contains(where: LinkLists.isShortener) {
            markers.append("ko-shortened-lure")
            phishing.append("pressing words (\(found[.urgency]?.first ?? "")) and a shortened link")
        }
        let impersonating = markers.contains("brand-display-name") || markers.contains("brand-subject")
        if pressing && impersonating && message.allURLs.isEmpty && !legal && Self.hasPhoneNumber(message.normalizedText) {
            markers.append("ko-callback-lure")
            phishing.append("a brand's name, pressing words and a number to call, no link")
            add(0.5, "ko-callback-lure")
        }
        // An organisation named in the subject (`[경찰청] 범칙금 고지`), pressing words, and links
        // that are none of the organisation's (the phishing rules mark the first and the last).
        if pressing && !legal && markers.contains("brand-subject") && !markers.contains("brand-display-name") {
            markers.append("ko-brand-subject-lure")
            phishing.append("an organisation's name in the subject, pressing words, links elsewhere")
        }
    }

    /// Second-level domains only Korean public bodies can register (government, universities,
    /// schools, the military): a sender under one whose links all stay under them is that body's
    /// own notice (a forger gains nothing by linking only there).
    static let publicSuffixes = ["go.kr", "ac.kr", "mil.kr", "es.kr", "ms.kr", "hs.kr", "sc.kr", "kg.kr"]

    static func isKoreanPublic(_ host: String) -> Bool {
        let host = host.lowercased()
        return publicSuffixes.contains { host.hasSuffix("." + $0) }
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
        let lexicon = KoreanLexicon.scan(subject + "\n" + text)
        var found = lexicon.phrases
        // Words spelled out letter by letter (`ㅌ ㅔ ㄹ ㄹ ㅔ`): nobody writes mail that way but to hide them.
        if lexicon.spelledSyllables >= 2 {
            markers.append("ko-jamo-spelled")
            add(0.5, "ko-jamo-spelled")
        }
        // A link into a messenger (Telegram, KakaoTalk open chat) moves the talk off mail, as the words do.
        if message.allURLs.prefix(200).contains(where: { Self.isMessengerLink($0) }) {
            markers.append("messenger-link")
            found[.contact, default: []].append("messenger-link")
        }
        var spamPhrases = 0
        var talkWeight = 0.0
        // Spam and phishing always give the reader a way to act: a link, a number, a messenger
        // ID, an attachment. Without any, the words are talk about those things (a colleague on
        // a casino visit, a warning about scams), and weigh half. A `(광고)` subject declares a pitch.
        // A reply that names a messenger (`텔레그램 시그널방 이런 거 다 사기야`) is talking about it; a
        // messenger link still counts.
        let isReply = message.headers["In-Reply-To"] != nil || subject.lowercased().hasPrefix("re:")
        // A messenger handle (`텔레: @queenjob_kr`) is the contact itself.
        if Self.hasMessengerHandle(message.normalizedText) {
            markers.append("ko-messenger-handle")
            found[.contact, default: []].append("messenger-handle")
        }
        let contactOffered = found[.contact].map { !isReply || $0.contains("messenger-link") || $0.contains("messenger-handle") } ?? false
        let callToAction = marked || !message.allURLs.isEmpty || !message.attachmentNames.isEmpty || contactOffered
            || Self.hasPhoneNumber(message.normalizedText) || Self.writesDomain(message.normalizedText)
        if !callToAction && found.keys.contains(where: { $0 != .warning }) { markers.append("ko-no-call-to-action") }
        // A message that warns about the trades it names (news of a gambling crackdown, a security
        // team's drill results, a KISA smishing advisory) weighs half; phishing is still told by its
        // links, brands and look-alikes.
        // An institution's disclaimer (`리딩방을 운영하지 않습니다`) is a whole warning by itself.
        let warnings = found[.warning] ?? []
        let warns = warnings.count + warnings.filter { $0.hasSuffix("않습니다") }.count >= 2
        if warns { markers.append("ko-warning") }
        // A letter one subscribed to (a List-Unsubscribe header and an opt-out in the text) that
        // warns about the trades it names is news about them — a Korean news briefing on coins,
        // 리딩방 losses and 전세사기 verdicts — and weighs a quarter.
        let subscribedNews = warns && message.headers["List-Unsubscribe"] != nil && optOut
        // Three different warnings or more (`누르지 말고`, `설치하지 말고`, `사기라고 생각하기`): a family
        // letter or a notice that quotes the scams it warns about weighs a quarter too.
        let warnsThrice = Set(warnings).count >= 3
        for (category, phrases) in found.sorted(by: { $0.key.rawValue < $1.key.rawValue }) where category != .warning {
            let counted = min(phrases.count, 3)
            markers.append("ko-\(category.rawValue)")
            if phrases.count >= 3 { markers.append("ko-\(category.rawValue)-many") }
            var weight = (Self.categoryWeights[category] ?? 0) * Double(counted)
            if warns { weight /= subscribedNews || warnsThrice ? 4 : 2 }
            // A warning names the scam's messenger (`카톡 ID: job7788` in the text it quotes): the
            // channel of the scam it warns about, not the sender's offer.
            if warns && category == .contact { weight = 0 }
            if !callToAction {
                weight /= 2
                weight = min(weight, Self.talkWeightCap - talkWeight)
                talkWeight += weight
            }
            if legalKoreanAd && Self.legalCategories.contains(category) { weight = 0 }
            if weight > 0 { add(weight, "ko-\(category.rawValue)") }
            if category != .commercial && category != .urgency && category != .credential { spamPhrases += phrases.count }
        }
        // Selling something: commercial words or a spam trade's, and a link or HTML to sell with.
        let selling = !warns && ((found[.commercial]?.count ?? 0) >= 2 || spamPhrases >= 2)
        let commercial = selling && callToAction && (message.hasHTML || !message.allURLs.isEmpty)
        // A subscription (a List-Unsubscribe header, an opt-out and the sender's identity in the
        // text) does everything the law asks of a sender; a news letter about loans and gambling is
        // not an unmarked ad.
        let subscribed = message.headers["List-Unsubscribe"] != nil && optOut && identified
        addKoreanLureRules(message, found: found, legal: legalKoreanAd)
        let hosts = message.allURLs.prefix(200).compactMap(URLScanner.host(of:))
        if let sender = message.from?.domain, Self.isKoreanPublic(sender), !hosts.isEmpty, hosts.allSatisfy(Self.isKoreanPublic) {
            markers.append("ko-public-institution")
            add(-1.0, "ko-public-institution")
        }
        if legalKoreanAd {
            markers.append("korean-ad-legal")
            bulk.append("(광고) with opt-out and sender identity")
            add(-1.0, "korean-ad-legal")
        } else if marked {
            // The marker without the opt-out or identity the law requires.
            markers.append("korean-ad-incomplete")
            add(1.0, "korean-ad-incomplete")
        } else if commercial && !isReply && !subscribed {
            markers.append("korean-ad-unmarked")
            add(0.8, "korean-ad-unmarked")
        }
    }
}
