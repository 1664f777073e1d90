import Foundation
import HaetaeProtection

/// What `haetae audit` reads and shows.
public struct AuditRequest: Sendable {
    /// Log files; standard input when empty.
    public var files: [String] = []
    public var json = false
    /// Only lines at or after / before these times (ISO 8601).
    public var since: String?
    public var until: String?
    /// Show at most this many accounts.
    public var limit = 50

    public init() {}
}

/// Ranks accounts by suspicion from the event log, replayed through the compromised-account detector.
extension Operations {
    public func audit(_ request: AuditRequest) throws {
        let (files, json, since, until, limit) = (request.files, request.json, request.since, request.until, request.limit)
        func time(_ text: String?, _ name: String) throws -> Date? {
            guard let text else { return nil }
            if let date = LogLine.parseTimestamp(Substring(text)) ?? ISO8601DateFormatter().date(from: text) { return date }
            if let date = LogLine.parseTimestamp(Substring(text + "T00:00:00Z")) { return date }
            throw OperationError("--\(name): expected an ISO 8601 time such as 2026-11-23T09:00:00Z or 2026-11-23")
        }
        var audit = LogAudit(since: try time(since, "since"), until: try time(until, "until"))
        if files.isEmpty {
            while let line = readLine(strippingNewline: true) { audit.feed(Substring(line)) }
        } else {
            for file in files {
                guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw OperationError("cannot read \(file)")
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
            say(String(decoding: data, as: UTF8.self))
            return
        }
        if ranked.isEmpty {
            say("no authenticated activity in \(audit.linesRead) line(s)")
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
            say(row.enumerated().map { $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        if let top = ranked.first, top.peakScore >= 1 {
            say("\n\(top.account): \(top.peakEvidence)")
        }
    }
}
