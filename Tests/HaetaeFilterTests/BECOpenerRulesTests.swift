import Testing

@testable import HaetaeFilter
@testable import MIME

/// The CEO fraud's opener (BECOpenerRules.swift). Regression of modern-fresh3's development half:
/// "Are you available? … quickly and discreetly … can't take calls" from a domain bought for the
/// fraud, signed by it, passed at 0.40.
struct BECOpenerRulesTests {
    func rules(from: String = "Leah Brennan <leah.office@mailbox-exec.example>", to: String = "<marcus@harborline.example>",
               subject: String = "Quick favor", text: String, extra: [String] = []) -> ContentRules {
        let lines = ["From: \(from)", "To: \(to)", "Subject: \(subject)", "Date: Mon, 23 Nov 2026 09:00:00 +0000",
                     "Message-ID: <1@mailbox-exec.example>",
                     "DKIM-Signature: v=1; a=rsa-sha256; d=mailbox-exec.example; s=s1; h=from; bh=x; b=y"] + extra
            + ["Content-Type: text/plain; charset=utf-8", "", text, ""]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    static let opener = "Marcus,\nAre you available? I need you to handle something for me quickly and discreetly. I'm in back-to-back meetings and can't take calls.\nLeah\nSent from my iPhone"

    @Test func anErrandDoneQuietlyBySomeoneWhoCannotBeCalledIsAnOpener() {
        let found = rules(text: Self.opener)
        #expect(found.markers.contains("bec-opener"), "\(found.markers)")
        #expect(found.scoreReasons.contains("bec-opener"))
        #expect(found.namesPhishingScheme)
        #expect(!found.markers.contains("dkim-aligned"), "the fraud's own domain signs too")
        let korean = rules(subject: "부탁", text: "자리에 계세요? 급한 부탁 하나 처리해줄 수 있나요. 회의 중이라 통화가 어렵고 다른 분들께는 비밀로 해주세요.")
        #expect(korean.markers.contains("bec-opener"))
    }

    @Test func aColleagueOrAPartnerAskingForACallIsNot() {
        // Asking for a call, with no secrecy.
        #expect(!rules(text: "Are you available for a quick call? I'm in a meeting until 3.").markers.contains("bec-opener"))
        // The same words from inside the recipient's organisation.
        #expect(!rules(from: "Leah <leah@harborline.example>", text: Self.opener).markers.contains("bec-opener"))
        // A reply in a thread.
        #expect(!rules(text: Self.opener, extra: ["In-Reply-To: <0@harborline.example>"]).markers.contains("bec-opener"))
        // A long letter is no opener, and is not read past the limit.
        #expect(!rules(text: Self.opener + String(repeating: " and more", count: 200_000)).markers.contains("bec-opener"))
        // With a link: something else, not this opener.
        #expect(!rules(text: Self.opener + "\nhttps://docs.example.com/x").markers.contains("bec-opener"))
    }
}
