import ArgumentParser
import Foundation
import HaetaeApp

/// Which sender list a generic subcommand edits.
protocol SenderListChoice { static var list: SenderListName { get } }
enum WhitelistChoice: SenderListChoice { static var list: SenderListName { .whitelist } }
enum BlacklistChoice: SenderListChoice { static var list: SenderListName { .blacklist } }

struct SenderListAdd<Choice: SenderListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: "Add an address, @domain, domain, IP or CIDR.") }
    @OptionGroup var data: DataOption
    @Argument var entry: String
    func run() throws { try data.operations.addListEntry(Choice.list, entry) }
}

struct SenderListRemove<Choice: SenderListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remove", abstract: "Remove an entry.") }
    @OptionGroup var data: DataOption
    @Argument var entry: String
    func run() throws { try data.operations.removeListEntry(Choice.list, entry) }
}

struct SenderListShow<Choice: SenderListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: "List the entries.") }
    @OptionGroup var data: DataOption
    func run() throws { try data.operations.listEntries(Choice.list) }
}

struct SenderListImport<Choice: SenderListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: "Add every entry of a file, one per line (smtp-whitelist.txt).")
    }
    @OptionGroup var data: DataOption
    @Argument var file: String
    func run() throws { try finish(data.operations.importListEntries(Choice.list, file: file)) }
}

struct WhitelistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whitelist", abstract: "Senders and clients whose mail is never marked spam (viruses are still caught).",
        subcommands: [
            SenderListAdd<WhitelistChoice>.self, SenderListRemove<WhitelistChoice>.self, SenderListShow<WhitelistChoice>.self,
            SenderListImport<WhitelistChoice>.self,
        ])
}

struct BlacklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist", abstract: "Senders and clients whose mail is always Spam.",
        subcommands: [
            SenderListAdd<BlacklistChoice>.self, SenderListRemove<BlacklistChoice>.self, SenderListShow<BlacklistChoice>.self,
            SenderListImport<BlacklistChoice>.self,
        ])
}

struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine", abstract: "Review quarantined mail: list, show, release to its recipients, delete.",
        subcommands: [List.self, Show.self, Release.self, Delete.self])

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        @Flag(help: "Machine-readable output.") var json = false
        func run() throws { try data.operations.listQuarantine(json: json) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Envelope, verdict and headers; --body for the whole message as text (never rendered).")
        @OptionGroup var data: DataOption
        @Argument var id: String
        @Flag(help: "Print the whole message.") var body = false
        func run() throws { try data.operations.showQuarantined(id, body: body) }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deliver a quarantined message to its recipients (a false positive).")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws { try await data.operations.releaseQuarantined(id) }
    }

    struct Delete: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() throws { try data.operations.deleteQuarantined(id) }
    }
}

struct ScanCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scan",
        abstract: "Classify message files as the server would (verdict, score, reasons), without clamd.",
        discussion: """
            Uses DATA/filter/model.hfm when present, else the built-in model; the site model \
            (DATA/filter/site-model.hsm, see `haetae train --learn`) once it is active; the built-in brand \
            list plus DATA/filter/brands.txt. Exit 1 if any file is not Passed.
            """)

    @OptionGroup var data: DataOption
    @Argument(help: "Message files (one message each).") var files: [String]
    @Option(help: "Spam threshold (log odds); default scan.spam_threshold's default, 1.5.") var threshold: Double?
    @Flag(help: "Only print a summary: verdict counts and messages per second.") var summary = false
    @Flag(help: "Add a column with what each kind of model evidence and each rule weight added to the score.") var explain = false

    func run() throws { try finish(data.operations.scanFiles(files, threshold: threshold, summary: summary, explain: explain)) }
}

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
    @Option(help: "Folder of legitimate messages (repeatable).") var ham: [String] = []
    @Option(help: "Folder of spam (repeatable).") var spam: [String] = []
    @Option(help: "Folder of phishing messages (repeatable).") var phish: [String] = []
    @Option(help: "Folder of legitimate messages trained on but, with --folds, never scored (repeatable).") var extraHam: [String] = []
    @Option(help: "Folder of spam trained on but, with --folds, never scored (repeatable).") var extraSpam: [String] = []
    @Option(help: "Folder of phishing trained on but, with --folds, never scored (repeatable).") var extraPhish: [String] = []
    @Flag(help: "Also train on the console's \"not spam\" / \"spam\" marks (DATA/filter/feedback/ham and spam).")
    var feedback = false
    @Flag(help: "Learn the console's marks into the site model incrementally (no full retrain).") var learn = false
    @Flag(help: "Show what the site model has learned.") var status = false
    @Option(help: "Write the model here instead of DATA/filter/model.hfm.") var out: String?
    @Option(help: "Cross-validate with this many folds instead of writing a model.") var folds: Int?
    @Option(help: "Drop features seen in fewer messages than this.") var minDocs: UInt32 = 2
    @Option(help: "Spam threshold (log odds) to report with --folds (default 1.5).") var threshold: Double?
    @Option(help: "With --folds: logistic (the server's model) or bayes (for comparison).") var method: String = "logistic"
    @Flag(help: "Do not learn Hangul words (for a corpus without Korean ham, like the one the built-in model is trained on).")
    var noHangul = false
    @Flag(help: "With --folds: also list up to 40 missed spam and phishing messages.") var showMisses = false

    func run() throws {
        if status || learn {
            try data.operations.siteModelStatus(learn: learn)
            return
        }
        guard !ham.isEmpty, !spam.isEmpty else { throw OperationError("--ham and --spam are needed (or --status / --learn)") }
        var request = TrainingRequest(ham: ham, spam: spam)
        request.phish = phish
        request.extraHam = extraHam
        request.extraSpam = extraSpam
        request.extraPhish = extraPhish
        request.includeFeedback = feedback
        request.out = out
        request.folds = folds
        request.minimumDocuments = minDocs
        if let threshold { request.threshold = threshold }
        request.method = method
        request.withoutHangul = noHangul
        request.showMisses = showMisses || ProcessInfo.processInfo.environment["HAETAE_TRAIN_MISSES"] != nil
        try data.operations.train(request)
    }
}
