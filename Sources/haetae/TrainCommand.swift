import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeFilter

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train the spam/phishing model from folders of messages, or learn the site's feedback incrementally.",
        discussion: """
            With --ham and --spam: writes DATA/filter/model.hfm, which the server loads at start instead \
            of the built-in model. With --folds K it instead runs K-fold cross-validation and prints ham \
            false positives, spam recall and phishing recall at several thresholds (never testing on what \
            it trained on). With --learn: the console's marks (DATA/filter/feedback/{ham,spam}) are learned \
            into the site model (DATA/filter/site-model.hsm) on top of the shipped one, each message once, \
            with per-user safeguards. --status shows what the site model has learned.
            """)

    @OptionGroup var data: DataOption
    @Option(help: "Folder of legitimate messages.") var ham: String?
    @Option(help: "Folder of spam.") var spam: String?
    @Option(help: "Folder of phishing messages.") var phish: String?
    @Flag(help: "Also train on the console's \"not spam\" / \"spam\" marks (DATA/filter/feedback/ham and spam).")
    var feedback = false
    @Flag(help: "Learn the console's marks into the site model incrementally (no full retrain).") var learn = false
    @Flag(help: "Show what the site model has learned.") var status = false
    @Option(help: "Write the model here instead of DATA/filter/model.hfm.") var out: String?
    @Option(help: "Cross-validate with this many folds instead of writing a model.") var folds: Int?
    @Option(help: "Drop features seen in fewer messages than this.") var minDocs: UInt32 = 2
    @Option(help: "Spam threshold (log odds) to report with --folds.") var threshold: Double = ScanThresholds().spam
    @Option(help: "With --folds: logistic (the server's model) or bayes (for comparison).") var method: String = "logistic"
    @Flag(help: "Do not learn Hangul words (for a corpus without Korean ham, like the one the built-in model is trained on).")
    var noHangul = false

    func run() throws {
        if status || learn {
            let filter = try data.open().filterPath
            var site = try SiteModelFile.load(filter)
            if learn { try learnFeedback(into: &site, filter: filter) }
            for line in site.status { print(line) }
            return
        }
        guard let ham, let spam else { throw CLIError("--ham and --spam are needed (or --status / --learn)") }
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
            for file in try messageFiles(folder) {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                let bytes = Array(data)
                bytesRead += bytes.count
                let assessment = scanner.assess(bytes)
                samples.append(CrossValidation.Sample(
                    features: assessment.features, label: label, phishingRules: assessment.rules.phishing.count, name: file,
                    ruleScore: assessment.rules.score))
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
            let outcomes = CrossValidation.outcomes(samples, folds: folds, method: chosen, minimumDocuments: minDocs, ignoring: ignoring)
            print(String(format: "%@, %d folds, trained and scored in %.1f s (scores include the rule weights)", chosen.rawValue, folds,
                         Date().timeIntervalSince(trainingStarted)))
            for value in [threshold - 2, threshold - 1, threshold - 0.5, threshold, threshold + 0.5, threshold + 1, threshold + 2] {
                let metrics = CrossValidation.metrics(outcomes, thresholds: ScanThresholds(spam: value))
                print(String(format: "threshold %5.1f: ", value) + metrics.description)
            }
            print(CrossValidation.sweep(outcomes))
            let fp = outcomes.filter { $0.label == .ham && $0.score >= threshold }.sorted { $0.score > $1.score }
            for outcome in fp.prefix(10) { print(String(format: "  false positive %.1f %@", outcome.score, outcome.name)) }
            if ProcessInfo.processInfo.environment["HAETAE_TRAIN_MISSES"] != nil {
                for outcome in outcomes.filter({ $0.label != .ham && $0.score < threshold }).sorted(by: { $0.score < $1.score }).prefix(40) {
                    print(String(format: "  missed %@ %.1f %@", outcome.label.rawValue, outcome.score, outcome.name))
                }
            }
            return
        }
        let model = FilterModel.train(samples.map { ($0.features, $0.label) }, ignoring: ignoring)
        let path = try out ?? {
            let directory = try data.open().filterPath
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            return directory + "/model.hfm"
        }()
        let bytes = model.serialized()
        guard FileManager.default.createFile(atPath: path + ".tmp", contents: Data(bytes)) else { throw CLIError("cannot write \(path)") }
        guard rename(path + ".tmp", path) == 0 else { throw CLIError("cannot move the model into \(path)") }
        print("wrote \(path): \(model.bad.nonZeroCount) + \(model.phish.nonZeroCount) weights, \(bytes.count) bytes, trained on \(samples.count) messages")
    }

    /// Learns DATA/filter/feedback/{ham,spam} into the site model, on top of the model the server
    /// uses, and saves it.
    func learnFeedback(into site: inout SiteModel, filter: String) throws {
        let model = FileManager.default.contents(atPath: filter + "/model.hfm").flatMap { FilterModel(serialized: Array($0)) }
            ?? DefaultModel.load() ?? FilterModel()
        let scanner = ContentScanner(model: model)
        var source = FeedbackFolderSource(root: filter + "/feedback", scanner: scanner)
        var outcomes: [SiteModel.Outcome: Int] = [:]
        for event in try source.takeEvents(limit: 100_000) {
            let base = source.baseOdds[event.messageDigest] ?? 0
            outcomes[site.learn(event, baseOdds: base), default: 0] += 1
        }
        try SiteModelFile.save(site, filter)
        print("learned from \(source.name): " + outcomes.sorted { $0.key.rawValue < $1.key.rawValue }.map { "\($0.key.rawValue) \($0.value)" }.joined(separator: ", "))
    }

    var ignoring: Set<FeatureHasher.Family> { noHangul ? FilterModel.shippedIgnoredFamilies : [] }

    func messageFiles(_ folder: String) throws -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { throw CLIError("cannot read folder \(folder)") }
        return names.sorted().filter { !$0.hasPrefix(".") }.map { folder + "/" + $0 }
    }
}

/// DATA/filter/site-model.hsm: read (an empty model when absent) and written atomically.
enum SiteModelFile {
    static func path(_ filter: String) -> String { filter + "/site-model.hsm" }

    static func load(_ filter: String) throws -> SiteModel {
        guard let data = FileManager.default.contents(atPath: path(filter)) else { return SiteModel() }
        guard let site = SiteModel(serialized: Array(data)) else {
            throw CLIError("\(path(filter)) is damaged or was written for another feature schema; move it away to start afresh")
        }
        return site
    }

    static func save(_ site: SiteModel, _ filter: String) throws {
        try FileManager.default.createDirectory(atPath: filter, withIntermediateDirectories: true)
        let target = path(filter)
        guard FileManager.default.createFile(atPath: target + ".tmp", contents: Data(site.serialized())) else { throw CLIError("cannot write \(target)") }
        guard rename(target + ".tmp", target) == 0 else { throw CLIError("cannot move the site model into \(target)") }
    }
}

/// The console's marks as feedback: DATA/filter/feedback/{ham,spam}/ID.eml (a file per marked
/// message). The console does not record who marked, so the user is "console"; a file named
/// `USER--ID.eml` names its user. Each message is learned once (the site model keeps digests).
struct FeedbackFolderSource: FeedbackSource {
    let name = "console marks"
    let root: String
    let scanner: ContentScanner
    /// The score without the site model, per message digest, for the events handed out.
    var baseOdds: [UInt64: Double] = [:]

    init(root: String, scanner: ContentScanner) {
        self.root = root
        self.scanner = scanner
    }

    mutating func takeEvents(limit: Int) throws -> [FeedbackEvent] {
        var events: [FeedbackEvent] = []
        for (folder, label) in [("ham", MailClass.ham), ("spam", MailClass.spam)] {
            let directory = root + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && events.count < limit {
                let path = directory + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let bytes = Array(data)
                let assessment = scanner.assess(bytes)
                let digest = UInt64(FeatureHasher.hash(String(decoding: bytes, as: UTF8.self))) << 32 | UInt64(bytes.count & 0xFFFF_FFFF)
                let user = name.components(separatedBy: "--").count > 1 ? name.components(separatedBy: "--")[0] : "console"
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
                baseOdds[digest] = assessment.modelOdds + assessment.rules.score
                events.append(FeedbackEvent(userID: user, origin: .consoleMark, label: label, features: assessment.features, messageDigest: digest,
                                            time: Int64(modified.timeIntervalSince1970)))
            }
        }
        return events
    }
}
