import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeFilter

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
    @Option(help: "Spam threshold (log odds).") var threshold: Double = ScanThresholds().spam
    @Flag(help: "Only print a summary: verdict counts and messages per second.") var summary = false

    func run() throws {
        let modelPath = (try? data.open().filterPath).map { $0 + "/model.hfm" }
        let model = modelPath.flatMap { FileManager.default.contents(atPath: $0) }.flatMap { FilterModel(serialized: Array($0)) }
            ?? DefaultModel.load() ?? FilterModel()
        var scanner = ContentScanner(model: model, thresholds: ScanThresholds(spam: threshold))
        if let filter = try? data.open().filterPath {
            if let text = try? String(contentsOfFile: filter + "/brands.txt", encoding: .utf8) {
                let (site, errors) = BrandList.parse(text)
                for error in errors { FileHandle.standardError.write(Data("brands.txt: \(error)\n".utf8)) }
                scanner.brands = BrandList.builtIn.merging(site)
            }
            if let site = try? SiteModelFile.load(filter), site.isActive { scanner.site = site }
        }
        var counts: [String: Int] = [:]
        var flagged = false
        var messages: [(String, [UInt8])] = []
        for file in files {
            guard let contents = FileManager.default.contents(atPath: file) else { throw CLIError("cannot read \(file)") }
            messages.append((file, Array(contents)))
        }
        let started = Date()
        for (file, bytes) in messages {
            let result = scanner.scan(bytes)
            counts[result.label, default: 0] += 1
            if !result.isPassed { flagged = true }
            if !summary {
                print("\(file)\t\(result.label)\t\(String(format: "%.2f", result.score))\t\(result.reasons.joined(separator: "; "))")
            }
        }
        let seconds = max(Date().timeIntervalSince(started), 0.000_001)
        if summary {
            for (label, count) in counts.sorted(by: { $0.key < $1.key }) { print("\(label)\t\(count)") }
            print(String(format: "%d messages in %.2f s: %.0f messages/s on one core (parse, features, model, rules; files already in memory)",
                         messages.count, seconds, Double(messages.count) / seconds))
        }
        if flagged { throw ExitCode(1) }
    }
}
