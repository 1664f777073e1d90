/// The opening move of business e-mail compromise (CEO fraud): before any amount or gift card is
/// named, an "executive" asks whether the reader is available for an errand to be done quietly,
/// and says they cannot be called — so that the reply, not the phone, carries the conversation.
/// All three together (the ask, the secrecy, the unreachability), in a short message with no link
/// and no attachment that is not a reply, from outside the recipient's organisation; colleagues
/// ask for a call, not for discretion. The money request that follows is `payment-diversion`.
/// Such a message earns no signing credit (a look-alike domain bought for the fraud signs too), and
/// it names the scheme: flagged, it is `Phishing`. Pure.
extension ContentRules {
    static let becOpenerWeight = 1.0
    /// Longer than this is not an opener.
    static let becOpenerLimit = 1_200

    static let becAsks = [
        "areyouavailable", "areyouatyourdesk", "areyouaround", "doyouhaveaminute", "doyouhaveamoment", "quickfavor", "quickfavour",
        "ineedafavor", "ineedafavour", "ineedyoutohandle", "ineedyoutodo", "handlesomethingforme", "ineedyourhelpwith",
        "자리에계", "시간되세요", "시간되시", "부탁하나", "급한부탁", "처리해줄", "처리해주실",
    ]
    static let becSecrecy = [
        "discreet", "confidential", "keepthisbetween", "keepitbetween", "don'ttellanyone", "don’ttellanyone", "donottellanyone",
        "비밀로", "알리지말", "조용히", "외부에알리",
    ]
    static let becUnreachable = [
        "inameeting", "inmeetings", "back-to-backmeetings", "can'ttakecalls", "can’ttakecalls", "cannottakecalls",
        "can'ttalk", "can’ttalk", "cannottalk", "unabletotalk", "unabletotakecalls", "회의중", "미팅중", "통화가어렵", "전화는어렵",
        "전화가어렵", "통화는어렵",
    ]

    /// Whether the message is such an opener (`bec-opener`).
    static func isBECOpener(_ message: MessageFeatures) -> Bool {
        guard message.allURLs.isEmpty, message.attachmentNames.isEmpty, message.headers["In-Reply-To"] == nil,
            message.normalizedText.unicodeScalars.prefix(becOpenerLimit + 1).count <= becOpenerLimit,
            let sender = message.from?.domain.lowercased()
        else { return false }
        let recipients = recipientOrganisations(message.headers)
        guard !recipients.isEmpty, !recipients.contains(URLScanner.baseDomain(sender)) else { return false }
        let text = compactSubjectAndText(message, limit: becOpenerLimit + 200)
        return becAsks.contains(where: text.contains) && becSecrecy.contains(where: text.contains)
            && becUnreachable.contains(where: text.contains)
    }

    mutating func addBECOpenerRules(_ message: MessageFeatures) {
        guard Self.isBECOpener(message) else { return }
        asksForAQuietErrand = true
        markers.append("bec-opener")
        phishing.append("asks for an errand done discreetly by someone who cannot be called")
        add(Self.becOpenerWeight, "bec-opener")
        namesPhishingScheme = true
    }
}
