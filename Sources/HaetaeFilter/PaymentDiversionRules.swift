/// Business e-mail compromise (BEC, 사칭 송금 사기): no link and no attachment, only a request to
/// move money — to a "changed" bank account, by an urgent transfer nobody else may know about, or
/// as gift-card codes — from someone who cannot take a call. Its tell is the sender: a free
/// mailbox writing as an executive or a supplier, or replies diverted to one. The
/// words alone decide nothing (a supplier may really change banks; a friend may ask for money);
/// they count only from such a sender, and not in mail that warns about the scam. Pure.
extension ContentRules {
    /// Log odds for a payment diversion asked by a free mailbox or with replies diverted.
    static let paymentDiversionWeight = 1.5

    enum DiversionPhrase: Sendable {
        /// The payee's bank account "changed".
        case newAccount
        /// A transfer, and gift cards.
        case transfer, giftCard
        /// Secrecy and unreachability ("in a meeting", "do not tell the others").
        case secrecy
        /// Scratching off and sending the codes.
        case cardCode
        /// Talking about the scam: a warning, a forwarded example.
        case warning
    }

    /// Matched lower-cased on the text with whitespace removed (as the Korean lexicon is), so the
    /// English phrases are written without spaces too.
    static let diversionPhrases: [(DiversionPhrase, String)] = {
        let table: [(DiversionPhrase, [String])] = [
            (.newAccount, [
                "계좌변경", "계좌가변경", "계좌를변경", "변경계좌", "변경된계좌", "새계좌", "신규계좌", "계좌가바뀌", "계좌정보가변경",
                "주거래은행변경", "주거래은행이변경", "입금계좌안내", "bankdetailshavechanged", "bankdetailshavebeenupdated",
                "changedourbank", "changeofbank", "changeinbank", "newbankdetails", "updatedbankdetails", "updatedbankingdetails",
                "newbankingdetails", "newbankaccount", "bankaccounthaschanged", "bankaccounthasbeenchanged", "bankaccounthasbeenupdated",
                "paymentdetailshavechanged", "updatedpaymentdetails", "updatedremittance", "newremittance", "neuebankverbindung",
                "geändertebankverbindung", "bankverbindunghatsichgeändert", "nouvellescoordonnéesbancaires", "nuevacuentabancaria",
            ]),
            (.transfer, [
                "송금", "이체", "wiretransfer", "bankwire", "sendawire", "bankransfer", "banktransfer", "processapayment", "makeapayment",
                "überweisung", "virement", "transferencia",
            ]),
            (.giftCard, ["기프트카드", "구글기프트", "문화상품권", "해피머니", "앱스토어카드", "giftcard", "itunescard", "applecard", "googleplaycard", "steamcard"]),
            (.cardCode, ["핀번호", "스크래치", "뒷면", "scratch", "thecodes", "cardcodes", "pictureofthe", "photoofthe", "picturesofthe", "photosofthe", "thebackofthe"]),
            (.secrecy, [
                "공유하지말", "알리지말", "비밀로", "외부미팅", "회의중", "미팅중", "전화는어렵", "전화가어렵", "통화가어려", "통화는어렵",
                "메일로만", "inameeting", "can'ttalk", "can’ttalk", "cannottalk", "unabletotakecalls", "can'ttakecalls", "can’ttakecalls",
                "keepthisconfidential", "keepitconfidential", "don'ttellanyone", "don’ttellanyone", "keepthisbetweenus",
            ]),
            (.warning, ["사기", "사칭", "보이스피싱", "주의하세요", "scam", "fraud", "phishing", "beware", "betrug", "arnaque", "estafa"]),
        ]
        return table.flatMap { kind, phrases in phrases.map { (kind, $0) } }
    }()
    static let diversionMatcher = PhraseMatcher(diversionPhrases.map(\.1))

    /// What kinds of diversion phrase the subject and text hold (first 20,000 characters).
    static func diversionKinds(_ message: MessageFeatures) -> Set<DiversionPhrase> {
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(1_024)
        func append(_ text: String) {
            for scalar in text.unicodeScalars where !scalar.properties.isWhitespace {
                if compact.count >= KoreanLexicon.maximumScalars { return }
                ScalarClass.appendLowercased(scalar, to: &compact)
            }
        }
        append(message.normalizedSubject)
        compact.append("\n")
        append(message.normalizedText)
        return Set(diversionMatcher.matches(in: compact).map { diversionPhrases[$0].0 })
    }

    mutating func addPaymentDiversionRules(_ message: MessageFeatures) {
        guard let from = message.from else { return }
        let organisation = URLScanner.baseDomain(from.domain.lowercased())
        let freemailSender = Self.freemail.contains(organisation)
        // Replies diverted to a free mailbox (a business's own reply address elsewhere is common).
        let divertedReplies = message.replyTo.map {
            let replies = URLScanner.baseDomain($0.domain.lowercased())
            return replies != organisation && Self.freemail.contains(replies)
        } ?? false
        guard freemailSender || divertedReplies else { return }
        let kinds = Self.diversionKinds(message)
        guard !kinds.contains(.warning) else { return }
        let asked: String
        if kinds.contains(.newAccount) {
            asked = "payment to a changed bank account"
        } else if kinds.contains(.giftCard) && kinds.contains(.cardCode) {
            asked = "gift-card codes"
        } else if kinds.contains(.transfer) && kinds.contains(.secrecy) {
            asked = "a transfer nobody else may know about"
        } else {
            return
        }
        markers.append("payment-diversion")
        phishing.append("\(asked) asked \(freemailSender ? "from a free mailbox" : "with replies diverted to \(message.replyTo?.domain ?? "")")")
        add(Self.paymentDiversionWeight, "payment-diversion")
        namesPhishingScheme = true
    }
}
