import Foundation
import HaetaeFilter
import HaetaeScan

/// What `haetae train` was asked to do with folders of messages.
public struct TrainingRequest: Sendable {
    /// Folders of each class (one message per file).
    public var ham: [String]
    public var spam: [String]
    public var phish: [String] = []
    /// Folders trained on but, with `folds`, never scored: a corpus that extends the training data
    /// while the cross-validation's figures stay those of the folders above.
    public var extraHam: [String] = []
    public var extraSpam: [String] = []
    public var extraPhish: [String] = []
    /// Also train on the console's marks (DATA/filter/feedback/{ham,spam}).
    public var includeFeedback = false
    /// Write the model here instead of DATA/filter/model.hfm.
    public var out: String?
    /// Cross-validate with this many folds instead of writing a model.
    public var folds: Int?
    public var minimumDocuments: UInt32 = 2
    /// The spam threshold reported with `folds`.
    public var threshold: Double = ScanThresholds().spam
    /// "logistic" (the server's model) or "bayes" (for comparison), with `folds`.
    public var method = "logistic"
    /// Do not learn Hangul words (the built-in model's corpus has no Korean ham).
    public var withoutHangul = false
    /// List the misses of a cross-validation too.
    public var showMisses = false

    public init(ham: [String], spam: [String]) {
        self.ham = ham
        self.spam = spam
    }
}

/// Training the model, cross-validation, and the site model learned from users' marks.
extension Operations {
    /// With `learn`, learns the console's marks into the site model first; then shows what the
    /// site model has learned.
    public func siteModelStatus(learn: Bool) throws {
        let files = try filterFiles()
        var site = try described { try files.loadSiteModel() }
        if learn { try learnFeedback(into: &site, files: files) }
        for line in site.status { say(line) }
    }

    /// Learns DATA/filter/feedback/{ham,spam} into the site model, on top of the model the server
    /// uses, and saves it.
    func learnFeedback(into site: inout SiteModel, files: FilterFiles) throws {
        var source = FeedbackFolderSource(root: files.feedbackPath, scanner: ContentScanner(model: files.model().model))
        var outcomes: [SiteModel.Outcome: Int] = [:]
        for event in try source.takeEvents(limit: 100_000) {
            let base = source.baseOdds[event.messageDigest] ?? 0
            outcomes[site.learn(event, baseOdds: base), default: 0] += 1
        }
        try described { try files.saveSiteModel(site) }
        say("learned from \(source.name): " + outcomes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    }

    /// Trains a model from folders (one message per file) and writes it, or cross-validates.
    public func train(_ request: TrainingRequest) throws {
        let files = try filterFiles()
        let scanner = ContentScanner(model: FilterModel())
        var samples: [CrossValidation.Sample] = []
        let started = Date()
        var bytesRead = 0
        var folders = request.ham.map { ($0, MailClass.ham, false) } + request.spam.map { ($0, MailClass.spam, false) }
            + request.phish.map { ($0, MailClass.phish, false) }
        folders += request.extraHam.map { ($0, MailClass.ham, true) } + request.extraSpam.map { ($0, MailClass.spam, true) }
            + request.extraPhish.map { ($0, MailClass.phish, true) }
        if request.includeFeedback {
            for (name, label) in [("ham", MailClass.ham), ("spam", MailClass.spam)]
            where FileManager.default.fileExists(atPath: files.feedbackPath + "/" + name) {
                folders.append((files.feedbackPath + "/" + name, label, false))
            }
        }
        for (folder, label, trainingOnly) in folders {
            for file in try messageFiles(folder) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let bytes = Array(data)
                bytesRead += bytes.count
                let assessment = scanner.assess(bytes)
                var sample = CrossValidation.Sample(
                    features: assessment.features, label: label, phishingRules: assessment.rules.phishing.count, name: file,
                    ruleScore: assessment.rules.score)
                sample.trainingOnly = trainingOnly
                samples.append(sample)
            }
        }
        let seconds = Date().timeIntervalSince(started)
        say(String(format: "read %d messages (%.1f MB) in %.1f s: %.0f messages/s parsing and feature extraction on one core",
                   samples.count, Double(bytesRead) / 1_048_576, seconds, Double(samples.count) / seconds))
        let ignoring = request.withoutHangul ? FilterModel.shippedIgnoredFamilies : []
        if let folds = request.folds {
            try crossValidate(&samples, folds: folds, request: request, ignoring: ignoring)
            return
        }
        let model = FilterModel.train(samples.map { ($0.features, $0.label) }, ignoring: ignoring)
        let path = request.out ?? files.modelPath
        let size = try described { try files.saveModel(model, to: request.out) }
        say("wrote \(path): \(model.bad.nonZeroCount) + \(model.phish.nonZeroCount) weights, \(size) bytes, trained on \(samples.count) messages")
    }

    private func crossValidate(
        _ samples: inout [CrossValidation.Sample], folds: Int, request: TrainingRequest, ignoring: Set<FeatureHasher.Family>
    ) throws {
        guard folds >= 2 else { throw OperationError("--folds needs at least 2") }
        guard let method = CrossValidation.Method(rawValue: request.method) else { throw OperationError("--method: logistic or bayes") }
        // A fixed shuffle so every run deals the same folds.
        var generator = SeededShuffle(state: 20_261_123)
        samples.shuffle(using: &generator)
        let trainingStarted = Date()
        let outcomes = CrossValidation.outcomes(samples, folds: folds, method: method, minimumDocuments: request.minimumDocuments, ignoring: ignoring)
        say(String(format: "%@, %d folds, trained and scored in %.1f s (scores include the rule weights)", method.rawValue, folds,
                   Date().timeIntervalSince(trainingStarted)))
        let threshold = request.threshold
        for value in [threshold - 2, threshold - 1, threshold - 0.5, threshold, threshold + 0.5, threshold + 1, threshold + 2] {
            let metrics = CrossValidation.metrics(outcomes, thresholds: ScanThresholds(spam: value))
            say(String(format: "threshold %5.1f: ", value) + metrics.description)
        }
        say(CrossValidation.sweep(outcomes))
        let falsePositives = outcomes.filter { $0.label == .ham && $0.score >= threshold }.sorted { $0.score > $1.score }
        for outcome in falsePositives.prefix(10) { say(String(format: "  false positive %.1f %@", outcome.score, outcome.name)) }
        if request.showMisses {
            for outcome in outcomes.filter({ $0.label != .ham && $0.score < threshold }).sorted(by: { $0.score < $1.score }).prefix(40) {
                say(String(format: "  missed %@ %.1f %@", outcome.label.rawValue, outcome.score, outcome.name))
            }
        }
    }

    private func messageFiles(_ folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { throw OperationError("cannot read folder \(folder)") }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    }
}
