import Testing

@testable import HaetaeFilter
@testable import MIME

/// Messenger phishing in a child's voice (KoreanFamilyImpersonationRules.swift). Regression of
/// ko-fresh7's development half: "아빠 나 예린이야" asking for an ID photo and the account
/// password passed at 1.33.
struct KoreanFamilyImpersonationRulesTests {
    func rules(subject: String, text: String, from: String = "서예린 <yerin_s0412@naver.com>") -> ContentRules {
        let lines = ["From: \(from)", "To: <dad@family.example>", "Subject: \(subject)", "Date: Mon, 23 Nov 2026 09:00:00 +0900",
                     "Message-ID: <1@naver.com>", "Content-Type: text/plain; charset=utf-8", "", text, ""]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    @Test(arguments: [
        ("아빠 나 예린이야 급해", "폰이 물에 빠져서 고장났어. 보험 처리하려면 신분증 사진이랑 계좌 비밀번호 4자리 보내줘. 전화하지 말고 메일로만 답장해줘."),
        ("엄마 나야", "엄마 나 폰 액정 깨져서 수리 맡겼어. 급하게 문화상품권 결제해야 되는데 카드 사진 좀 보내줘."),
        // No identity asked for, but money with calling ruled out.
        ("엄마", "엄마 폰이 고장나서 친구 폰으로 보내. 급하게 50만원만 이 계좌로 송금해줘. 전화는 하지 마, 못 받아."),
    ])
    func aChildsBrokenPhonePleaIsPhishing(subject: String, text: String) {
        let found = rules(subject: subject, text: text)
        #expect(found.markers.contains("ko-family-impersonation"), "\(found.markers)")
        #expect(found.scoreReasons.contains("ko-family-impersonation"))
        #expect(found.namesPhishingScheme)
    }

    @Test(arguments: [
        // Regression (ko-fresh3): a father forwarding the scam text to ask "was this you?".
        ("이런 문자 왔는데 이거 너 맞냐?", "은서야 아빠다. 아까 이런 문자가 왔는데 너 아니지?\n-----\n엄마 나 폰 액정 깨져서 수리 맡겼어. 엄마 카드 사진이랑 비밀번호 좀 보내줄 수 있어?\n-----"),
        // A family letter about a broken phone that asks for nothing.
        ("폰 고장", "엄마 나 폰이 고장나서 수리점에 맡겼어. 내일 찾으러 가. 저녁에 집 전화로 할게."),
        // A warning about the scam.
        ("메신저 피싱 주의", "가족을 사칭한 메신저 피싱이 늘고 있습니다. '엄마 나 폰 고장났어' 하며 신분증 사진과 비밀번호를 요구하면 사기입니다. 절대 보내지 마시고 신고하세요."),
    ])
    func talkAboutTheScamIsNot(subject: String, text: String) {
        #expect(!rules(subject: subject, text: text).markers.contains("ko-family-impersonation"))
    }
}
