import Foundation
import Testing

@testable import HaetaeFilter

/// Both Korean sets through the scanner with the shipped model: the bounds are the README's
/// figures with a little room, so that a change that makes Korean mail worse is noticed.
struct KoreanCorpusTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: KoreanCorpusTests.model)
    static let corpora = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus")

    func verdicts(_ set: String, _ folder: String) throws -> [[Verdict]] {
        let directory = Self.corpora.appendingPathComponent(set).appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".eml") }.sorted()
        #expect(!names.isEmpty, "\(directory.path)")
        return try names.map { scanner.scan(Array(try Data(contentsOf: directory.appendingPathComponent($0)))).verdicts }
    }

    func flagged(_ verdicts: [Verdict]) -> Bool { verdicts.contains(.spam) || verdicts.contains(.phishing) }

    @Test(arguments: [
        // set, ham marked Spam at most, spam caught at least, phishing caught and as Phishing at least
        ("ko", 2, 99, 80, 70), ("ko-check", 5, 40, 31, 25),
    ])
    func koreanSetsHoldTheirFigures(_ set: String, _ hamFlagged: Int, _ spamCaught: Int, _ phishCaught: Int, _ asPhishing: Int) throws {
        let ham = try verdicts(set, "ham"), spam = try verdicts(set, "spam"), phish = try verdicts(set, "phish"), bulk = try verdicts(set, "bulk")
        #expect(ham.filter(flagged).count <= hamFlagged, "\(set): ham marked Spam")
        #expect(spam.filter(flagged).count >= spamCaught, "\(set): spam caught")
        #expect(phish.filter(flagged).count >= phishCaught, "\(set): phishing caught")
        #expect(phish.filter { $0.contains(.phishing) }.count >= asPhishing, "\(set): phishing as Phishing")
        // Legal (광고) bulk is Bulk, never Spam.
        #expect(bulk.allSatisfy { $0.contains(.bulk) && !flagged($0) }, "\(set): legal bulk")
    }
}
