import Foundation
import HaetaeFilter
import HaetaeScan
import HaetaeStore

/// Which sender list an operation edits.
public enum SenderListName: String, Sendable {
    case whitelist, blacklist

    var kind: ScanListKind { self == .whitelist ? .whitelist : .blacklist }
}

/// The whitelist and blacklist (addresses, @domains, domains, IPs, CIDRs) and the quarantine.
extension Operations {
    public func addListEntry(_ list: SenderListName, _ entry: String) throws {
        guard let key = SenderList.validate(entry) else {
            throw OperationError("\(entry): expected an address, @domain, a domain, an IP address or a CIDR network")
        }
        try storeErrors { try store().addScanListEntry(list.kind, key: key) }
        say("\(list.kind.rawValue): added \(key)")
    }

    public func removeListEntry(_ list: SenderListName, _ entry: String) throws {
        let key = SenderList.validate(entry) ?? entry.lowercased()
        try storeErrors { try store().removeScanListEntry(list.kind, key: key) }
        say("\(list.kind.rawValue): removed \(key)")
    }

    public func listEntries(_ list: SenderListName) throws {
        for key in try storeErrors({ try store().scanListEntries(list.kind) }) { say(key) }
    }

    /// One entry per line (the appliance's `smtp-whitelist.txt`); `#` comments and blank lines
    /// skipped. Status 1 when a line was not an entry.
    public func importListEntries(_ list: SenderListName, file: String) throws -> ExitStatus {
        guard let text = try? String(contentsOfFile: file, encoding: .utf8) else { throw OperationError("cannot read \(file)") }
        let store = try store()
        var added = 0, skipped = 0, invalid: [String] = []
        let existing = Set(try storeErrors { try store.scanListEntries(list.kind) })
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
            try storeErrors { try store.addScanListEntry(list.kind, key: key) }
            added += 1
        }
        say("\(list.kind.rawValue): imported \(added), already present \(skipped), invalid \(invalid.count)")
        for line in invalid.prefix(20) { say("  invalid: \(line)") }
        return invalid.isEmpty ? 0 : 1
    }

    // MARK: - Quarantine

    func quarantine() throws -> QuarantineStore {
        let path = try directory().quarantinePath
        return try described { try QuarantineStore(root: path) }
    }

    public func listQuarantine(json: Bool) throws {
        let records = try described { try quarantine().list() }
        if json {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            say(String(decoding: try encoder.encode(records), as: UTF8.self))
            return
        }
        let formatter = ISO8601DateFormatter()
        for record in records {
            say("\(record.id)  \(formatter.string(from: record.arrivedAt))  \(record.verdict)  score=\(String(format: "%.1f", record.score))  <\(record.sender)> -> \(record.recipients.joined(separator: ", "))")
            say("    \(record.reasons.prefix(3).joined(separator: "; "))")
        }
        if records.isEmpty { say("quarantine is empty") }
    }

    /// Envelope, verdict and headers; with `body` the whole message as text (never rendered).
    public func showQuarantined(_ id: String, body: Bool) throws {
        let store = try quarantine()
        let (record, message) = try described { (try store.record(id), try store.message(id)) }
        say("id: \(record.id)\nfrom: <\(record.sender)>\nto: \(record.recipients.joined(separator: ", "))\nclient: \(record.clientAddress ?? "-")")
        say("verdict: \(record.verdict)  score: \(String(format: "%.2f", record.score))\nreasons: \(record.reasons.joined(separator: "; "))\n")
        let text = String(decoding: message, as: UTF8.self)
        if body {
            say(text)
        } else if let end = text.range(of: "\r\n\r\n") ?? text.range(of: "\n\n") {
            say(String(text[..<end.lowerBound]))
        }
    }

    /// Queues a quarantined message for its original recipients.
    public func releaseQuarantined(_ id: String) async throws {
        let store = try quarantine()
        let spool = try spool()
        let queueID = try await described { try await store.release(id, to: spool) }
        say("released \(id) as queue id \(queueID)")
    }

    public func deleteQuarantined(_ id: String) throws {
        let store = try quarantine()
        try described { try store.delete(id) }
        say("deleted \(id)")
    }

    // MARK: - Classifying files

    /// The site's filter files (DATA/filter).
    func filterFiles() throws -> FilterFiles { FilterFiles(directory: try directory().filterPath) }

    /// Reasons quote message text (link texts, display names): control characters become spaces so
    /// one file stays one line of the tab-separated output.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.properties.generalCategory == .control ? " " : $0 }))
    }

    /// Classifies message files as the server would (without clamd): one line per file, or a
    /// summary with the speed. Status 1 when any file is not Passed.
    /// With `explain`, a fifth column says where the score came from (`ContentScanner.explanation`).
    public func scanFiles(_ files: [String], threshold: Double?, summary: Bool, explain: Bool = false) throws -> ExitStatus {
        let loaded = try filterFiles().scanner(thresholds: ScanThresholds(spam: threshold ?? ScanThresholds().spam))
        for problem in loaded.problems { errorOutput("\(problem.file): \(problem.error)") }
        let scanner = loaded.scanner
        var counts: [String: Int] = [:]
        var flagged = false
        var messages: [(String, [UInt8])] = []
        for file in files {
            guard let contents = FileManager.default.contents(atPath: file) else { throw OperationError("cannot read \(file)") }
            messages.append((file, Array(contents)))
        }
        let started = Date()
        for (file, bytes) in messages {
            let result = scanner.scan(bytes)
            counts[result.label, default: 0] += 1
            if !result.isPassed { flagged = true }
            if !summary {
                let line = "\(file)\t\(result.label)\t\(String(format: "%.2f", result.score))\t\(Self.oneLine(result.reasons.joined(separator: "; ")))"
                say(explain ? line + "\t" + Self.oneLine(scanner.explanation(bytes)) : line)
            }
        }
        let seconds = max(Date().timeIntervalSince(started), 0.000_001)
        if summary {
            for (label, count) in counts.sorted(by: { $0.key < $1.key }) { say("\(label)\t\(count)") }
            say(String(format: "%d messages in %.2f s: %.0f messages/s on one core (parse, features, model, rules; files already in memory)",
                       messages.count, seconds, Double(messages.count) / seconds))
        }
        return flagged ? 1 : 0
    }
}
