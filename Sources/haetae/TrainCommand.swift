import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeFilter

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the spam/phishing model from folders of messages (one message per file).",
        discussion: """
            Writes DATA/filter/model.hnb, which the server loads at start (and the scanner falls back \
            to the built-in default model without it). With --folds K it instead runs K-fold \
            cross-validation and prints ham false positives, spam recall and phishing recall at \
            several thresholds (never testing on what it trained on).
            """)

    @OptionGroup var data: DataOption
    @Option(help: "Folder of legitimate messages.") var ham: String
    @Option(help: "Folder of spam.") var spam: String
    @Option(help: "Folder of phishing messages.") var phish: String?
    @Flag(help: "Also learn from the console's \"not spam\" / \"spam\" marks (DATA/filter/feedback/ham and spam).")
    var feedback = false
    @Option(help: "Write the model here instead of DATA/filter/model.hnb.") var out: String?
    @Option(help: "Cross-validate with this many folds instead of writing a model.") var folds: Int?
    @Option(help: "Drop features seen in fewer messages than this.") var minDocs: UInt32 = 2
    @Option(help: "Spam threshold (log odds) to report with --folds.") var threshold: Double = ScanThresholds().spam
    @Option(help: "With --folds: logistic (the server's model) or bayes (for comparison).") var method: String = "logistic"

    func run() throws {
        let scanner = ContentScanner(model: FilterModel())
        var samples: [CrossValidation.Sample] = []
        let started = Date()
        var bytesRead = 0
        var folders = [(ham, MailClass.ham), (spam, MailClass.spam)] + (phish.map { [($0, MailClass.phish)] } ?? [])
        if feedback {
            let root = try data.open().filterPath + "/feedback"
            for (name, label) in [("ham", MailClass.ham), ("spam", MailClass.spam)] where FileManager.default.fileExists(atPath: root + "/" + name) {
                folders.append((root + "/" + name, label))
            }
        }
        for (folder, label) in folders {
            let files = try messageFiles(folder)
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let bytes = Array(data)
                bytesRead += bytes.count
                let message = MessageFeatures(scanner.parser.parse(bytes))
                let rules = ContentRules(message)
                samples.append(CrossValidation.Sample(
                    features: FeatureHasher.features(message, heuristics: rules.markers), label: label,
                    phishingRules: rules.phishing.count, name: file))
            }
        }
        let seconds = Date().timeIntervalSince(started)
        print(String(format: "read %d messages (%.1f MB) in %.1f s: %.0f messages/s parsing and feature extraction on one core",
                     samples.count, Double(bytesRead) / 1_048_576, seconds, Double(samples.count) / seconds))
        if let folds {
            guard folds >= 2 else { throw CLIError("--folds needs at least 2") }
            // A fixed shuffle so every run deals the same folds.
            var generator = SeededShuffle(state: 20_261_123)
            samples.shuffle(using: &generator)
            guard let chosen = CrossValidation.Method(rawValue: method) else { throw CLIError("--method: logistic or bayes") }
            let trainingStarted = Date()
            let outcomes = CrossValidation.outcomes(samples, folds: folds, method: chosen, minimumDocuments: minDocs)
            print(String(format: "%@, %d folds, trained and scored in %.1f s", chosen.rawValue, folds, Date().timeIntervalSince(trainingStarted)))
            for value in [threshold - 2, threshold - 1, threshold - 0.5, threshold, threshold + 0.5, threshold + 1, threshold + 2] {
                let metrics = CrossValidation.metrics(outcomes, thresholds: ScanThresholds(spam: value))
                print(String(format: "threshold %5.1f: ", value) + metrics.description)
            }
            let fp = outcomes.filter { $0.label == .ham && $0.score >= threshold }.sorted { $0.score > $1.score }
            for outcome in fp.prefix(10) { print(String(format: "  false positive %.1f %@", outcome.score, outcome.name)) }
            if ProcessInfo.processInfo.environment["HAETAE_TRAIN_MISSES"] != nil {
                for outcome in outcomes.filter({ $0.label == .spam && $0.score < threshold }).sorted(by: { $0.score < $1.score }).prefix(40) {
                    print(String(format: "  missed spam %.1f %@", outcome.score, outcome.name))
                }
            }
            return
        }
        let model = FilterModel.train(samples.map { ($0.features, $0.label) })
        let path = try out ?? {
            let directory = try data.open().filterPath
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            return directory + "/model.hnb"
        }()
        let bytes = model.serialized()
        guard FileManager.default.createFile(atPath: path + ".tmp", contents: Data(bytes)) else { throw CLIError("cannot write \(path)") }
        guard rename(path + ".tmp", path) == 0 else { throw CLIError("cannot move the model into \(path)") }
        print("wrote \(path): \(model.bad.nonZeroCount) + \(model.phish.nonZeroCount) weights, \(bytes.count) bytes, trained on \(samples.count) messages")
    }

    func messageFiles(_ folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { throw CLIError("cannot read folder \(folder)") }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    }
}
