import Testing

@testable import HaetaeFilter

/// An aligned DKIM signature caps what words alone add (`FilterModel.authenticatedWordCap`).
struct AuthenticatedWordCapTests {
    /// A model whose only weights are on two word features (spammy vocabulary) and one header.
    func model() -> (FilterModel, Set<UInt32>) {
        let words = [FeatureHasher.feature("winner", .words), FeatureHasher.feature("prize", .words)]
        let header = FeatureHasher.feature("h:x-odd-header", .headers)
        var weights = [Float](repeating: 0, count: 1 << LogisticModel.bits)
        for feature in words { weights[LogisticModel.bucket(feature)] = 4 }
        weights[LogisticModel.bucket(header)] = 1
        var model = FilterModel(bad: LogisticModel(weights: weights, bias: 0), phish: LogisticModel(), trainedOn: 1)
        model.familyCaps = FilterModel.defaultFamilyCaps
        return (model, Set(words + [header]))
    }

    @Test func wordsOfAnAlignedSenderAddAtMostTheCap() {
        let (model, features) = model()
        let signed = features.union([FilterModel.authenticatedMarker])
        // Four features: each weight is scaled by 1/√4.
        let odds = model.assess(signed).odds
        #expect(abs(odds - (FilterModel.authenticatedWordCap + 0.5)) < 1e-6)
    }

    @Test func withoutTheSignatureWordsCountInFull() {
        let (model, features) = model()
        let unsigned = features.union([FeatureHasher.feature("heur:html-only", .heuristics)])
        #expect(abs(model.assess(unsigned).odds - (4.0 + 0.5)) < 1e-6)
    }
}
