import Testing

@testable import HaetaeFilter

/// An aligned DKIM signature caps what words alone add (`FilterModel.authenticatedWordCap`) and
/// what the model adds in all (`FilterModel.authenticatedOddsCap`).
struct AuthenticatedWordCapTests {
    /// A model whose only weights are on two word features (spammy vocabulary) and one header.
    func model(headerWeight: Float = 1) -> (FilterModel, Set<UInt32>) {
        let words = [FeatureHasher.feature("winner", .words), FeatureHasher.feature("prize", .words)]
        let header = FeatureHasher.feature("h:x-odd-header", .headers)
        var weights = [Float](repeating: 0, count: 1 << LogisticModel.bits)
        for feature in words { weights[LogisticModel.bucket(feature)] = 4 }
        weights[LogisticModel.bucket(header)] = headerWeight
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

    @Test func anAlignedSenderGetsAtMostTheOddsCapFromTheModel() {
        // The header feature alone adds 8 / √4 = 4; the words add their cap, 0.5.
        let (model, features) = model(headerWeight: 8)
        let signed = features.union([FilterModel.authenticatedMarker])
        #expect(FilterModel.authenticatedOddsCap < 4.5)
        #expect(abs(model.assess(signed).odds - FilterModel.authenticatedOddsCap) < 1e-6)
        // Without the signature nothing is capped but the words' family caps (none here): 4 + 4.
        let unsigned = features.union([FeatureHasher.feature("heur:html-only", .heuristics)])
        #expect(abs(model.assess(unsigned).odds - 8.0) < 1e-6)
    }

    @Test func theOddsCapLeavesNegativeEvidenceAlone() {
        // A signed message the model finds hammy keeps all of its (negative) log odds.
        let (model, features) = model(headerWeight: -12)
        let signed = features.union([FilterModel.authenticatedMarker])
        #expect(abs(model.assess(signed).odds - (0.5 - 6)) < 1e-6)
    }
}
