/// Messenger phishing by a family member's voice (메신저 피싱, "엄마 나야"): a child writes to a
/// parent that the phone is broken or lost, so the parent must not call, and asks for an ID
/// photo, an account password, verification codes or gift-card numbers — with which the
/// fraudster opens accounts and phones in the parent's name. Korea's most reported messenger
/// scam; in mail it comes from a fresh free mailbox. Three things together: a parent addressed, a
/// phone that cannot be used, and what the scam asks for (or money asked while calling is ruled
/// out). A message that warns about the scam (`ko-warning`), or a parent forwarding it to ask
/// "was this you?", is not one. Pure.
extension ContentRules {
    static let familyImpersonationWeight = 1.5
    /// How much of the subject and text is read: the whole plea is a few lines.
    static let familyImpersonationScanLimit = 4_000

    static let familyAddress = ["엄마", "아빠", "어머니", "아버지", "어머님", "아버님"]
    static let unusablePhone = [
        "폰이고장", "폰고장", "폰이망가", "폰이깨", "액정이깨", "액정깨", "액정이나가", "물에빠져", "물에빠트", "폰을잃어", "폰분실",
        "폰을떨어", "수리점", "수리맡", "수리중", "임시폰", "친구폰", "폰이꺼", "폰이안돼", "폰이안되", "폰안돼", "폰안되", "전화가안돼",
        "전화가안되", "통화가안돼", "통화가안되",
    ]
    /// What the scam is for: the parent's identity and accounts.
    static let impersonationAsks = ["신분증", "비밀번호", "인증번호", "상품권", "카드번호", "카드앞뒤", "주민등록번호", "주민번호", "원격"]
    /// Money asked for, with calling ruled out.
    static let impersonationMoney = ["송금", "입금", "이체", "계좌번호", "결제", "보내줘", "보내주"]
    static let impersonationNoCall = ["전화하지마", "전화하지말", "전화는하지", "전화받을수없", "전화못", "메일로만", "이메일로만", "문자로만", "톡으로만"]

    /// A parent forwarding such a text to the child to ask whether it was them (`이런 문자가 왔는데
    /// 너 맞냐?`) quotes the scam.
    static let impersonationQuoted = ["이런문자", "문자가왔", "문자왔는데", "이런메일", "이런카톡", "이런메시지", "너맞", "너아니지", "네가보낸"]

    mutating func addFamilyImpersonationRules(_ message: MessageFeatures) {
        guard markers.contains("korean-text"), !markers.contains("ko-warning") else { return }
        let text = Self.compactSubjectAndText(message, limit: Self.familyImpersonationScanLimit)
        guard Self.familyAddress.contains(where: text.contains), Self.unusablePhone.contains(where: text.contains),
            !Self.impersonationQuoted.contains(where: text.contains)
        else { return }
        let asks = Self.impersonationAsks.contains(where: text.contains)
        let money = Self.impersonationMoney.contains(where: text.contains) && Self.impersonationNoCall.contains(where: text.contains)
        guard asks || money else { return }
        markers.append("ko-family-impersonation")
        phishing.append("a child whose phone \"does not work\" asks a parent for \(asks ? "ID or account details" : "money, and not to call")")
        add(Self.familyImpersonationWeight, "ko-family-impersonation")
        namesPhishingScheme = true
    }
}
