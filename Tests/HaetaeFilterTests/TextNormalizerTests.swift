import Testing

@testable import HaetaeFilter

struct TextNormalizerTests {
    /// Obfuscated → normalised, and whether the trick counts as obfuscation.
    static let table: [(String, String, Bool)] = [
        ("카.지.노", "카지노", true),
        ("카 지 노 사이트", "카지노 사이트", true),
        ("바*카*라", "바카라", true),
        ("대·출 상담", "대출 상담", true),
        ("토\u{200B}토", "토토", true),
        ("슬\u{00AD}롯", "슬롯", true),
        ("ㅋrㅈiㄴo", "카지노", true),
        ("ㅂrㅋrㄹr", "바카라", true),
        ("ＦＲＥＥ ＶＩＡＧＲＡ", "FREE VIAGRA", false),
        ("（광고）", "(광고)", false),
        ("p\u{0430}yp\u{0430}l", "paypal", true),  // Cyrillic а inside a Latin word
        ("Привет мир", "Привет мир", false),  // all-Cyrillic text stays
        ("회의는 3시에 합니다", "회의는 3시에 합니다", false),
        // One-syllable words in a row are how Korean is written (regression: a colleague's `한 번 볼 수
        // 있을까요` counted as three obfuscations and made the reply Spam); a run mostly of other
        // syllables is a word pulled apart.
        ("그 외 두 명", "그 외 두 명", false),
        ("이번 주 안에 초안 한 번 볼 수 있을까요?", "이번 주 안에 초안 한 번 볼 수 있을까요?", false),
        ("좀 더 잘 할 수 있어요", "좀 더 잘 할 수 있어요", false),
        ("출 장 안 마 전문", "출장안마 전문", true),
        ("토 토 사 이 트", "토토사이트", true),
        // Enumerations with a middle dot (regression: an academy's `월·수·금` class days made its
        // fee notice Spam); a word pulled apart by the same dot is still joined.
        ("중2 심화반(월·수·금), 상·하반기", "중2 심화반(월·수·금), 상·하반기", false),
        ("대·출 상담 초·중·고", "대출 상담 초·중·고", true),
        ("토·토", "토토", true),
        ("네, 알겠습니다", "네, 알겠습니다", false),
        ("ㅋㅋㅋ 좋네요", "ᄏᄏᄏ 좋네요", false),
        // Templates break phone numbers, prices and addresses with U+FEFF against auto-linking.
        ("Call 1-800-555\u{FEFF}-0199 or visit 12\u{FEFF}34 Main\u{FEFF}St", "Call 1-800-555-0199 or visit 1234 MainSt", false),
        ("v\u{FEFF}\u{200B}iagra", "viagra", true),  // a run with another invisible still counts
        ("vi\u{200C}ag\u{200D}ra", "viagra", true),
        // 2024–26 phishing display names (regression: these passed the brand rule unread): Greek lunate
        // sigma and Armenian ո in `Coinbase`, variation selectors between letters, IPA letters.
        ("\u{03F9}o\u{0456}\u{0578}b\u{0430}\u{0455}\u{0435}", "Coinbase", true),
        ("Mi\u{E0139}cr\u{E0139}oso\u{E0139}ft Sup\u{E0139}port", "Microsoft Support", true),
        ("You\u{027E} Cloud B\u{0251}ckup", "Your Cloud Backup", true),
        ("\u{03A5}our \u{0461}allet", "Your wallet", true),
        // A masked name in a statement's subject (regression, ko-fresh3: `[신한카드] 최*서 회원님` counted as
        // a word pulled apart, which cost the card company's signed statement its credit); a word
        // pulled apart by the same asterisk is still joined.
        ("[신한카드] 최*서 회원님 11월 명세서", "[신한카드] 최*서 회원님 11월 명세서", false),
        ("홍*동님, 주문하신 상품", "홍*동님, 주문하신 상품", false),
        ("도*박 사이트 회원 모집", "도박 사이트 회원 모집", true),
        // An emoji's presentation selector changes no word.
        ("Sale \u{2764}\u{FE0F} today", "Sale \u{2764} today", false),
    ]

    @Test(arguments: table)
    func normalises(_ input: String, _ expected: String, _ obfuscated: Bool) {
        let result = TextNormalizer.normalize(input)
        #expect(result.text == expected, "\(input) → \(result.text)")
        #expect((result.obfuscations > 0) == obfuscated, "\(input): \(result.obfuscations)")
    }

    @Test func isLinearOnLongInput() {
        let long = String(repeating: "카.", count: 50_000) + String(repeating: "가 나 ", count: 50_000)
        let result = TextNormalizer.normalize(long)
        #expect(result.text.hasPrefix("카카카"))
        #expect(result.obfuscations > 50_000)
    }

    @Test func combiningMarksAndPrependCharactersDoNotConfuseIt() {
        // U+0600 is a Prepend character: it forms one grapheme with what follows.
        let result = TextNormalizer.normalize("\u{0600}카.지.노\u{0301}")
        #expect(result.text.unicodeScalars.contains("카"))
        #expect(result.obfuscations >= 1)
    }

    @Test func wordsComeFromNormalisedText() {
        let words = FeatureHasher.words(TextNormalizer.normalize("카 지 노 첫충 이벤트").text)
        #expect(words.contains("카지노"))
        #expect(words.contains("첫충"))
    }
}
