import Foundation

extension ContentScanner {
    /// Where a message's score came from, for `haetae scan --explain`: the model's log odds split
    /// by kind of evidence (before the per-family and signed-sender caps, largest first; the bias
    /// is the model's starting point), the tokens that weighed most each way, the rule weights,
    /// and the site model's correction. One line.
    public func explanation(_ bytes: [UInt8], tokens: Int = 8) -> String {
        let assessment = assess(bytes)
        var parts: [String] = []
        if !model.isEmpty {
            let families = model.contributions(assessment.features)
                .filter { abs($0.value) >= 0.05 }
                .sorted { abs($0.value) > abs($1.value) }
                .map { String(format: "%@ %+.2f", "\($0.key)", $0.value) }
            parts.append(String(format: "model %.2f (bias %+.2f; ", assessment.modelOdds, Double(model.bad.bias)) + families.joined(separator: ", ") + ")")
            var names: [UInt32: String] = [:]
            _ = FeatureHasher.features(assessment.message, heuristics: assessment.rules.markers) { token, feature in names[feature] = token }
            let weighed = model.tokenContributions(assessment.features)
            for (title, sign) in [("towards spam", 1.0), ("towards ham", -1.0)] {
                let top = weighed.filter { $0.value * sign > 0 }.sorted { abs($0.value) > abs($1.value) }.prefix(tokens)
                    .map { String(format: "%@ %+.2f", names[$0.key] ?? "?", $0.value) }
                if !top.isEmpty { parts.append(title + ": " + top.joined(separator: ", ")) }
            }
        }
        parts.append(String(format: "rules %+.2f", assessment.rules.score) + (assessment.rules.scoreReasons.isEmpty ? "" : " (" + assessment.rules.scoreReasons.joined(separator: ", ") + ")"))
        if assessment.siteOdds != 0 { parts.append(String(format: "site %+.2f", assessment.siteOdds)) }
        return parts.joined(separator: "; ")
    }
}
