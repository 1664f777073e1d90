import Testing

@testable import HaetaeFilter
@testable import MIME

/// Decorations spam kits put into subjects and display names (SubjectDecorationRules.swift).
struct SubjectDecorationRulesTests {
    func rules(subject: String, name: String = "Team") -> ContentRules {
        let lines = [
            "From: =?utf-8?B?\(base64(name))?= <news@shop.example.com>", "Subject: =?utf-8?B?\(base64(subject))?=",
            "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@x.example>", "Content-Type: text/plain; charset=utf-8", "",
            "Hello.", "",
        ]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    func base64(_ text: String) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/")
        let bytes = Array(text.utf8)
        var out = ""
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = chunk.enumerated().reduce(0) { $0 | Int($1.element) << (16 - 8 * $1.offset) }
            for position in 0..<4 {
                out.append(position <= chunk.count ? table[(value >> (18 - 6 * position)) & 63] : "=")
            }
            index += 3
        }
        return out
    }

    func decorations(_ rules: ContentRules) -> [String] {
        rules.scoreReasons.filter { $0.hasPrefix("subject-") }
    }

    @Test(arguments: [
        ("➤➤   Your quote is ready", "subject-ornaments"),
        ("⥘*⥘          Remodeling offers", "subject-ornaments"),
        ("⇑⇑⇑      Rates as low as ever", "subject-ornaments"),
        ("𝘉𝘳𝘦𝘢𝘬 𝘍𝘳𝘦𝘦 from debt", "subject-math-letters"),
        // Regression (ko-fresh5): a slot-machine subject in circled letters.
        ("ⓢⓛⓞⓣ 프라그마틱 신규 무료스핀 100회", "subject-math-letters"),
        ("🅢🅛🅞🅣 free spins", "subject-math-letters"),
        ("Your wal\u{200B}let is locked", "subject-invisible"),
        ("Pontos para usar!\u{200B}", "subject-invisible"),
        ("Co\u{E0139}in\u{E0139}base", "subject-invisible"),
        ("Call me                    95508", "subject-padding"),
        ("Cheap quotes\t\t\t\t\tACT NOW", "subject-padding"),
    ])
    func decoratedSubjectsFire(_ subject: String, _ expected: String) {
        #expect(decorations(rules(subject: subject)).contains(expected))
    }

    @Test func aDecoratedDisplayNameFires() {
        #expect(decorations(rules(subject: "Offer", name: "➲➲➲ Partner")) == ["subject-ornaments"])
        #expect(decorations(rules(subject: "Offer", name: "𝗛𝘆𝗱𝗿𝗼 Partner")) == ["subject-math-letters"])
    }

    @Test(arguments: [
        "🖼️ Custom frames starting at $79!",
        "⏰ Uh-oh! Free delivery ends tomorrow",
        "🍕 2 medium pizzas. 0 regrets. 💁\u{200D}♀️",
        "[PATCH v2 1/3] tpm: fix a leak",
        "Re: ==> meeting moved",
        "★ Member news",
        "[공지] ① 점검 일정 ② 변경 사항 ③ 문의처",
        "Black Friday: 40% off everything",
        "Quarterly report  (draft)",
        "Trailing spaces are no padding     ",
        "Go Team 🏴\u{E0067}\u{E0062}\u{E0065}\u{E006E}\u{E0067}\u{E007F}",
    ])
    func ordinarySubjectsDoNotFire(_ subject: String) {
        #expect(decorations(rules(subject: subject, name: "Shop Team")).isEmpty)
    }

    /// Regression: with the padding rule the four decorations weighed 2.5 together, past the +2.0
    /// they share with the modern-spam phrases.
    @Test func allDecorationsTogetherStayWithinTheSharedCap() {
        let everything = rules(subject: "➤➤   𝘠𝘰𝘶 𝘸𝘰𝘯\u{200B}       claim now")
        // The first three reach the cap; the padding, found too, adds nothing more.
        #expect(decorations(everything) == ["subject-ornaments", "subject-math-letters", "subject-invisible"], "\(everything.scoreReasons)")
        #expect(everything.score - rules(subject: "You won, claim now").score <= ContentRules.modernGroupCap + 0.001)
    }
}
