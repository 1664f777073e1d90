import MIME
import Testing

@testable import HaetaeFilter

struct ModelFileTests {
    func tinyModel() -> FilterModel {
        var samples: [(features: Set<UInt32>, label: MailClass)] = []
        for index in 0..<30 {
            samples.append(([1, 2, UInt32(100 + index)], .ham))
            samples.append(([7, 8, UInt32(200 + index)], .spam))
        }
        return FilterModel.train(samples, ignoring: FilterModel.shippedIgnoredFamilies)
    }

    @Test func theSchemaVersionAndIgnoredFamiliesTravelWithTheModel() {
        let model = tinyModel()
        let bytes = model.serialized()
        let restored = FilterModel(serialized: bytes)!
        #expect(restored.schemaVersion == FeatureHasher.schemaVersion)
        #expect(restored.ignoredFamilies == FilterModel.shippedIgnoredFamilies)
        // A model of another feature schema is refused: its weights would mean other features.
        #expect(FilterModel(serialized: bytes, schemaVersion: FeatureHasher.schemaVersion + 1) == nil)
        var older = bytes
        older.replaceSubrange(0..<4, with: Array("HFM2".utf8))
        #expect(FilterModel(serialized: older) == nil)
        #expect(DefaultModel.load()!.ignoredFamilies.contains(.hangul))
    }

    @Test func familiesLiveInTheTopBits() {
        let message = MessageFeatures(MIMEParserShim.parse("From: 김민준 <a@b.example>\r\nSubject: 회의 meeting\r\n\r\n다음 주 회의 next week\r\n"))
        let features = FeatureHasher.features(message, heuristics: ["html-only"])
        let families = Set(features.map(FeatureHasher.family(of:)))
        #expect(families.isSuperset(of: [.words, .hangul, .sender, .headers, .heuristics, .structure]))
        // The bucket (low 20 bits) is the hash's, whatever the family.
        #expect(LogisticModel.bucketKey(FeatureHasher.feature("x", .hangul)) == LogisticModel.bucketKey(FeatureHasher.feature("x", .words)))
    }

    @Test func phraseMatcherFindsOverlappingPhrasesInOnePass() {
        let matcher = PhraseMatcher(["계정정지", "정지", "unsubscribe", "a"])  // "a" is too short and dropped
        let found = matcher.matches(in: Array("회원님계정정지안내 to unsubscribe".unicodeScalars))
        #expect(matcher.phrases(at: found) == ["계정정지", "정지", "unsubscribe"])
        let long = Array(String(repeating: "정", count: 200_000).unicodeScalars)
        #expect(matcher.matches(in: long).isEmpty)
    }

    @Test func brandMatchingStaysLinearOnLongInput() {
        let text = String(repeating: "네이", count: 50_000) + " 네이버"
        #expect(BrandList.builtIn.brands(namedIn: text).contains { $0.key == "naver" })
        let host = String(repeating: "a-", count: 100) + "naver-login.example"
        #expect(BrandList.builtIn.imitatedBrand(host: host)?.key == "naver")
        // Longer than a host name may be (RFC 1035: 255): cut, never a long search.
        #expect(BrandList.builtIn.imitatedBrand(host: String(repeating: "b", count: 100_000) + ".naver-login.example") == nil)
    }
}

enum MIMEParserShim {
    static func parse(_ text: String) -> ParsedMessage { MIMEParser().parse(Array(text.utf8)) }
}
