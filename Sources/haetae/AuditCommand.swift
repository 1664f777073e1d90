import ArgumentParser
import Foundation
import HaetaeProtection

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Rank accounts by suspicion from Haetae's event log (files, or standard input).",
        discussion: """
            Reads the key=value log lines (log.file, or the server's standard output), joins them by \
            session and replays them through the compromised-account detector. Columns: peak detector \
            score, successful and failed AUTH, distinct source addresses, messages, accepted and refused \
            recipients, distinct recipient domains, first and last seen.
            """)

    @Argument(help: "Log files (standard input when none).") var files: [String] = []
    @Flag(help: "JSON output.") var json = false
    @Option(help: "Only lines at or after this time (ISO 8601, e.g. 2026-11-23T00:00:00Z).") var since: String?
    @Option(help: "Only lines before this time (ISO 8601).") var until: String?
    @Option(help: "Show at most this many accounts.") var limit = 50

    func run() throws {
        func time(_ text: String?, _ name: String) throws -> Date? {
            guard let text else { return nil }
            if let date = LogLine.parseTimestamp(Substring(text)) ?? ISO8601DateFormatter().date(from: text) { return date }
            if let date = LogLine.parseTimestamp(Substring(text + "T00:00:00Z")) { return date }
            throw CLIError("--\(name): expected an ISO 8601 time such as 2026-11-23T09:00:00Z or 2026-11-23")
        }
        var audit = LogAudit(since: try time(since, "since"), until: try time(until, "until"))
        if files.isEmpty {
            while let line = readLine(strippingNewline: true) { audit.feed(Substring(line)) }
        } else {
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw CLIError("cannot read \(file)")
                }
                for line in text.split(separator: "\n", omittingEmptySubsequences: true) { audit.feed(line) }
            }
        }
        let ranked = Array(audit.ranked().prefix(limit))
        let formatter = ISO8601DateFormatter()
        if json {
            let rows: [[String: Any]] = ranked.map { record in
                [
                    "account": record.account, "peak_score": (record.peakScore * 100).rounded() / 100,
                    "evidence": record.peakEvidence, "authentications": record.authentications,
                    "failed_authentications": record.failedAuthentications,
                    "source_addresses": record.sourceAddresses.sorted(), "messages": record.messages,
                    "recipients": record.recipients, "rejected_recipients": record.rejectedRecipients,
                    "recipient_domains": record.recipientDomains.count, "suspended": record.suspended,
                    "rate_limited": record.rateLimited,
                    "first_seen": record.firstSeen.map(formatter.string(from:)) ?? "",
                    "last_seen": record.lastSeen.map(formatter.string(from:)) ?? "",
                ]
            }
            let data = try JSONSerialization.data(withJSONObject: ["lines": audit.linesRead, "accounts": rows], options: [.prettyPrinted, .sortedKeys])
            print(String(decoding: data, as: UTF8.self))
            return
        }
        if ranked.isEmpty {
            print("no authenticated activity in \(audit.linesRead) line(s)")
            return
        }
        let header = ["account", "score", "auth", "fail", "ips", "msgs", "rcpts", "refused", "domains", "first seen", "last seen", "notes"]
        var rows: [[String]] = [header]
        for record in ranked {
            var notes: [String] = []
            if record.suspended { notes.append("SUSPENDED by server") }
            if record.rateLimited > 0 { notes.append("rate-limited \(record.rateLimited)x") }
            rows.append([
                record.account, String(format: "%.2f", record.peakScore), "\(record.authentications)",
                "\(record.failedAuthentications)", "\(record.sourceAddresses.count)", "\(record.messages)", "\(record.recipients)",
                "\(record.rejectedRecipients)", "\(record.recipientDomains.count)",
                record.firstSeen.map(formatter.string(from:)) ?? "-", record.lastSeen.map(formatter.string(from:)) ?? "-",
                notes.joined(separator: ", "),
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            print(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        if let top = ranked.first, top.peakScore >= 1 {
            print("\n\(top.account): \(top.peakEvidence)")
        }
    }
}
