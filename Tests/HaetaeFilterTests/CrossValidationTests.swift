import Testing

@testable import HaetaeFilter

/// K-fold cross-validation (CrossValidation.swift), and corpora that only extend the training data.
struct CrossValidationTests {
    static let hamWord = FeatureHasher.feature("meeting", .words)
    static let spamWord = FeatureHasher.feature("viagra", .words)
    static let newWord = FeatureHasher.feature("airdrop", .words)

    func sample(_ name: String, _ features: Set<UInt32>, _ label: MailClass, trainingOnly: Bool = false) -> CrossValidation.Sample {
        var sample = CrossValidation.Sample(features: features, label: label, phishingRules: 0, name: name)
        sample.trainingOnly = trainingOnly
        return sample
    }

    var corpus: [CrossValidation.Sample] {
        (0..<20).map { sample("ham\($0)", [Self.hamWord, FeatureHasher.feature("h\($0)", .words)], .ham) }
            + (0..<20).map { sample("spam\($0)", [Self.spamWord, Self.newWord, FeatureHasher.feature("s\($0)", .words)], .spam) }
    }

    @Test func everyScoredSampleIsScoredOnceByAModelThatDidNotSeeIt() {
        let outcomes = CrossValidation.outcomes(corpus, folds: 5)
        #expect(outcomes.count == 40)
        #expect(Set(outcomes.map(\.name)).count == 40)
        let metrics = CrossValidation.metrics(outcomes, thresholds: ScanThresholds(spam: 0))
        #expect(metrics.hamFalsePositives == 0)
        #expect(metrics.spamCaught == 20)
    }

    @Test func trainingOnlySamplesAreTrainedOnInEveryFoldAndNeverScored() {
        // A spam word the corpus under test never shows as spam: only the extra corpus teaches it.
        let extra = (0..<30).map { sample("extra\($0)", [Self.newWord, FeatureHasher.feature("e\($0)", .words)], .spam, trainingOnly: true) }
        let probe = [sample("probe", [Self.newWord, FeatureHasher.feature("p", .words)], .ham)]
        let base = corpus.filter { $0.label == .ham } + probe
        let without = CrossValidation.outcomes(base, folds: 3)
        let with = CrossValidation.outcomes(base + extra, folds: 3)
        #expect(with.count == without.count)
        #expect(!with.contains { $0.name.hasPrefix("extra") })
        // The folds are dealt among the scored samples only: the same samples share a fold either way.
        #expect(with.map(\.name) == without.map(\.name))
        let probeWithout = without.first { $0.name == "probe" }!.score
        let probeWith = with.first { $0.name == "probe" }!.score
        #expect(probeWith > probeWithout)
    }
}
