/// K-fold cross-validation of the filter: each fold is scored by a model trained on the others,
/// never on itself. Pure.
public struct CrossValidation: Sendable {
    public struct Sample: Sendable {
        public var features: Set<UInt32>
        public var label: MailClass
        /// The rule-based verdicts that do not depend on the model (phishing rule count).
        public var phishingRules: Int
        public var name: String
        /// The rule weights (`ContentRules.score`), added to the model's log odds.
        public var ruleScore: Double
        /// Trained on in every fold, never scored (a corpus that extends the training data, while
        /// the figures stay those of the corpus under test).
        public var trainingOnly = false

        public init(features: Set<UInt32>, label: MailClass, phishingRules: Int, name: String, ruleScore: Double = 0) {
            self.features = features
            self.label = label
            self.phishingRules = phishingRules
            self.name = name
            self.ruleScore = ruleScore
        }
    }

    public struct Outcome: Sendable {
        public var label: MailClass
        public var score: Double
        public var leading: MailClass
        public var phishingRules: Int
        public var name: String

        public init(label: MailClass, score: Double, leading: MailClass, phishingRules: Int, name: String) {
            self.label = label
            self.score = score
            self.leading = leading
            self.phishingRules = phishingRules
            self.name = name
        }
    }

    public struct Metrics: Sendable, CustomStringConvertible {
        public var hamTotal = 0, hamFalsePositives = 0
        public var spamTotal = 0, spamCaught = 0
        public var phishTotal = 0, phishCaught = 0, phishAsPhishing = 0

        public var falsePositiveRate: Double { hamTotal == 0 ? 0 : Double(hamFalsePositives) / Double(hamTotal) }
        public var spamRecall: Double { spamTotal == 0 ? 0 : Double(spamCaught) / Double(spamTotal) }
        public var phishRecall: Double { phishTotal == 0 ? 0 : Double(phishCaught) / Double(phishTotal) }

        public var description: String {
            func pct(_ value: Double) -> String { String(format: "%.2f%%", value * 100) }
            return "ham false positives \(hamFalsePositives)/\(hamTotal) = \(pct(falsePositiveRate)); "
                + "spam recall \(spamCaught)/\(spamTotal) = \(pct(spamRecall)); "
                + "phishing recall \(phishCaught)/\(phishTotal) = \(pct(phishRecall)) (as Phishing: \(phishAsPhishing))"
        }
    }

    /// Scores every sample with a model that did not see it. Samples are dealt to folds in order
    /// (callers shuffle with a fixed seed for reproducibility); training-only samples are in every
    /// fold's training and dealt to no fold.
    public enum Method: String, Sendable { case logistic, bayes }

    /// `ignoring`: feature families the logistic models neither learn nor score (as the shipped
    /// model ignores Hangul words).
    public static func outcomes(_ samples: [Sample], folds: Int, method: Method = .logistic, minimumDocuments: UInt32 = 2,
                                ignoring: Set<FeatureHasher.Family> = []) -> [Outcome] {
        var outcomes: [Outcome] = []
        var foldOf: [Int?] = []
        var dealt = 0
        for sample in samples {
            foldOf.append(sample.trainingOnly ? nil : dealt % folds)
            if !sample.trainingOnly { dealt += 1 }
        }
        for fold in 0..<folds {
            let training = samples.indices.filter { foldOf[$0] != fold }.map { samples[$0] }
            var bayes = NaiveBayesModel()
            var logistic = FilterModel()
            switch method {
            case .bayes:
                for sample in training { bayes.train(sample.features, as: sample.label) }
                bayes.prune(minimumDocuments: minimumDocuments)
            case .logistic:
                // Scored in the compact form the server loads, quantisation included.
                let trained = FilterModel.train(training.map { ($0.features, $0.label) }, ignoring: ignoring)
                logistic = FilterModel(serialized: trained.serialized()) ?? trained
            }
            for (index, sample) in samples.enumerated() where foldOf[index] == fold {
                let (odds, leading) = method == .bayes ? bayes.spamLogOdds(sample.features) : logistic.assess(sample.features)
                outcomes.append(Outcome(label: sample.label, score: odds + sample.ruleScore, leading: leading, phishingRules: sample.phishingRules, name: sample.name))
            }
        }
        return outcomes
    }

    /// What the scanner's verdict logic makes of the outcomes at these thresholds.
    public static func metrics(_ outcomes: [Outcome], thresholds: ScanThresholds) -> Metrics {
        var metrics = Metrics()
        for outcome in outcomes {
            let statistical = outcome.score >= thresholds.spam
            let ruled = outcome.phishingRules >= 2 && outcome.score >= thresholds.phishingRules
            let flagged = statistical || ruled
            let asPhishing = (statistical && outcome.leading == .phish) || ruled
            switch outcome.label {
            case .ham:
                metrics.hamTotal += 1
                if flagged { metrics.hamFalsePositives += 1 }
            case .spam:
                metrics.spamTotal += 1
                if flagged { metrics.spamCaught += 1 }
            case .phish:
                metrics.phishTotal += 1
                if flagged { metrics.phishCaught += 1 }
                if asPhishing { metrics.phishAsPhishing += 1 }
            }
        }
        return metrics
    }

    /// The best spam-and-phishing recall at a threshold that keeps ham false positives at or
    /// under each limit (0.1 % and 1 %), with the threshold: the figure the README reports.
    public static func sweep(_ outcomes: [Outcome], limits: [Double] = [0.001, 0.01]) -> String {
        let candidates = Set(outcomes.map(\.score)).sorted() + [Double.greatestFiniteMagnitude]
        var lines: [String] = []
        for limit in limits {
            var best: (threshold: Double, metrics: Metrics)?
            for threshold in candidates {
                let metrics = Self.metrics(outcomes, thresholds: ScanThresholds(spam: threshold))
                guard metrics.falsePositiveRate <= limit else { continue }
                let caught = metrics.spamCaught + metrics.phishCaught
                if best == nil || caught > best!.metrics.spamCaught + best!.metrics.phishCaught { best = (threshold, metrics) }
                break  // thresholds ascend: the first one under the limit catches the most
            }
            if let best {
                let total = best.metrics.spamTotal + best.metrics.phishTotal
                let recall = total == 0 ? 0 : Double(best.metrics.spamCaught + best.metrics.phishCaught) / Double(total)
                lines.append(String(format: "ham FP <= %.1f%%: threshold %.2f, spam+phishing recall %.2f%% (%@)", limit * 100, best.threshold, recall * 100,
                                    best.metrics.description))
            }
        }
        return lines.joined(separator: "\n")
    }
}
