import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeScan
import HaetaeStore

/// `haetae whitelist|blacklist add|remove|list`: sender addresses, domains, client IPs/CIDRs.
struct ScanListCommand {
    static func add(_ kind: ScanListKind, _ data: DataOption, _ entry: String) throws {
        guard let key = SenderList.validate(entry) else {
            throw CLIError("\(entry): expected an address, @domain, a domain, an IP address or a CIDR network")
        }
        try wrap { try data.openStore().addScanListEntry(kind, key: key) }
        print("\(kind.rawValue): added \(key)")
    }

    static func remove(_ kind: ScanListKind, _ data: DataOption, _ entry: String) throws {
        let key = SenderList.validate(entry) ?? entry.lowercased()
        try wrap { try data.openStore().removeScanListEntry(kind, key: key) }
        print("\(kind.rawValue): removed \(key)")
    }

    /// One entry per line (the appliance's `smtp-whitelist.txt`); `#` comments and blank lines skipped.
    static func importFile(_ kind: ScanListKind, _ data: DataOption, _ path: String) throws {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8) else { throw CLIError("cannot read \(path)") }
        let store = try wrap { try data.openStore() }
        var added = 0, skipped = 0, invalid: [String] = []
        let existing = Set(try store.scanListEntries(kind))
        for raw in text.split(whereSeparator: \.isNewline) {
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
            guard !line.isEmpty else { continue }
            guard let key = SenderList.validate(line) else {
                invalid.append(line)
                continue
            }
            if existing.contains(key) {
                skipped += 1
                continue
            }
            try wrap { try store.addScanListEntry(kind, key: key) }
            added += 1
        }
        print("\(kind.rawValue): imported \(added), already present \(skipped), invalid \(invalid.count)")
        for line in invalid.prefix(20) { print("  invalid: \(line)") }
        if !invalid.isEmpty { throw ExitCode(1) }
    }

    static func list(_ kind: ScanListKind, _ data: DataOption) throws {
        for key in try wrap({ try data.openStore().scanListEntries(kind) }) { print(key) }
    }
}

/// Which list a generic subcommand edits.
protocol ScanListChoice { static var kind: ScanListKind { get } }
enum WhitelistChoice: ScanListChoice { static var kind: ScanListKind { .whitelist } }
enum BlacklistChoice: ScanListChoice { static var kind: ScanListKind { .blacklist } }

struct ScanListAdd<List: ScanListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "add", abstract: "Add an address, @domain, domain, IP or CIDR.") }
    @OptionGroup var data: DataOption
    @Argument var entry: String
    func run() throws { try ScanListCommand.add(List.kind, data, entry) }
}

struct ScanListRemove<List: ScanListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "remove", abstract: "Remove an entry.") }
    @OptionGroup var data: DataOption
    @Argument var entry: String
    func run() throws { try ScanListCommand.remove(List.kind, data, entry) }
}

struct ScanListShow<List: ScanListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration { CommandConfiguration(commandName: "list", abstract: "List the entries.") }
    @OptionGroup var data: DataOption
    func run() throws { try ScanListCommand.list(List.kind, data) }
}

struct ScanListImport<List: ScanListChoice>: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(commandName: "import", abstract: "Add every entry of a file, one per line (smtp-whitelist.txt).")
    }
    @OptionGroup var data: DataOption
    @Argument var file: String
    func run() throws { try ScanListCommand.importFile(List.kind, data, file) }
}

struct WhitelistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "whitelist", abstract: "Senders and clients whose mail is never marked spam (viruses are still caught).",
        subcommands: [ScanListAdd<WhitelistChoice>.self, ScanListRemove<WhitelistChoice>.self, ScanListShow<WhitelistChoice>.self, ScanListImport<WhitelistChoice>.self])
}

struct BlacklistCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "blacklist", abstract: "Senders and clients whose mail is always Spam.",
        subcommands: [ScanListAdd<BlacklistChoice>.self, ScanListRemove<BlacklistChoice>.self, ScanListShow<BlacklistChoice>.self, ScanListImport<BlacklistChoice>.self])
}

struct QuarantineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "quarantine", abstract: "Review quarantined mail: list, show, release to its recipients, delete.",
        subcommands: [List.self, Show.self, Release.self, Delete.self])

    static func store(_ data: DataOption) throws -> QuarantineStore {
        try QuarantineStore(root: try data.open().quarantinePath)
    }

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        @Flag(help: "Machine-readable output.") var json = false
        func run() throws {
            let records = try QuarantineCommand.store(data).list()
            if json {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(records), as: UTF8.self))
                return
            }
            let formatter = ISO8601DateFormatter()
            for record in records {
                print("\(record.id)  \(formatter.string(from: record.arrivedAt))  \(record.verdict)  score=\(String(format: "%.1f", record.score))  <\(record.sender)> -> \(record.recipients.joined(separator: ", "))")
                print("    \(record.reasons.prefix(3).joined(separator: "; "))")
            }
            if records.isEmpty { print("quarantine is empty") }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Envelope, verdict and headers; --body for the whole message as text (never rendered).")
        @OptionGroup var data: DataOption
        @Argument var id: String
        @Flag(help: "Print the whole message.") var body = false
        func run() throws {
            let store = try QuarantineCommand.store(data)
            do {
                let record = try store.record(id)
                let message = try store.message(id)
                print("id: \(record.id)\nfrom: <\(record.sender)>\nto: \(record.recipients.joined(separator: ", "))\nclient: \(record.clientAddress ?? "-")")
                print("verdict: \(record.verdict)  score: \(String(format: "%.2f", record.score))\nreasons: \(record.reasons.joined(separator: "; "))\n")
                let text = String(decoding: message, as: UTF8.self)
                if body {
                    print(text)
                } else if let end = text.range(of: "\r\n\r\n") ?? text.range(of: "\n\n") {
                    print(text[..<end.lowerBound])
                }
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Deliver a quarantined message to its recipients (a false positive).")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws {
            do {
                let store = try QuarantineCommand.store(data)
                let queueID = try await store.release(id, to: try data.open().openSpool())
                print("released \(id) as queue id \(queueID)")
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    struct Delete: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() throws {
            do {
                try QuarantineCommand.store(data).delete(id)
                print("deleted \(id)")
            } catch {
                throw CLIError("\(error)")
            }
        }
    }
}
