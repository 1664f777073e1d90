import Foundation
import HaetaeStore

/// The series the dashboard draws and the reports total, each a rule over statistics keys.
public enum StatsSeries: String, CaseIterable, Sendable, Codable {
    case received, delivered, deferred, bounced, rejected, spam, virus

    func matches(_ key: String) -> Bool {
        switch self {
        case .received: return key == "haetae_messages_total{outcome=queued}"
        case .delivered: return key.hasPrefix("haetae_deliveries_total{") && key.contains("status=sent")
        case .deferred: return key.hasPrefix("haetae_deliveries_total{") && key.contains("status=deferred")
        case .bounced: return key.hasPrefix("haetae_deliveries_total{") && key.contains("status=bounced")
        case .rejected: return key.hasPrefix("haetae_rcpt_rejected_total")
        case .spam: return key == "haetae_verdicts_total{verdict=Spam}"
        case .virus: return key == "haetae_verdicts_total{verdict=Virus}"
        }
    }

    var color: String {
        switch self {
        case .received: return "#1565c0"
        case .delivered: return "#2e7d32"
        case .deferred: return "#f9a825"
        case .bounced: return "#6d4c41"
        case .rejected: return "#c62828"
        case .spam: return "#8e24aa"
        case .virus: return "#000000"
        }
    }

    /// Per-bucket values of each series from raw points, over `buckets` starting at `start`.
    static func table(_ points: [StatsPoint], start: Int64, step: Int64, buckets: Int) -> [StatsSeries: [Int]] {
        var table = Dictionary(uniqueKeysWithValues: allCases.map { ($0, [Int](repeating: 0, count: buckets)) })
        for point in points {
            let index = Int((point.start - start) / step)
            guard index >= 0, index < buckets else { continue }
            for series in allCases where series.matches(point.name) { table[series]![index] += point.value }
        }
        return table
    }
}

/// A report over a period: totals per series and rejections by reason.
public struct StatsReport: Codable, Sendable {
    public var period: String
    public var from: Date
    public var to: Date
    public var totals: [String: Int]
    public var rejectionsByReason: [String: Int]
    /// One row per day (or hour for a daily report): start and the series totals.
    public var rows: [Row]
    /// Top senders, recipients, recipient domains and refused clients over the period.
    public var top: [String: [TopEntry]]

    public struct TopEntry: Codable, Sendable {
        public var key: String
        public var count: Int
    }

    public struct Row: Codable, Sendable {
        public var start: Date
        public var values: [String: Int]
    }

    public static func make(period: String, store: any StatisticsStore, now: Date = Date()) throws -> StatsReport {
        let (resolution, span): (StatsResolution, TimeInterval) = switch period {
        case "week": (.day, 7 * 86_400)
        case "month": (.day, 30 * 86_400)
        default: (.hour, 86_400)
        }
        let from = now.addingTimeInterval(-span)
        let points = try store.stats(resolution, from: from, to: now)
        var totals: [String: Int] = [:]
        var reasons: [String: Int] = [:]
        var byBucket: [Int64: [String: Int]] = [:]
        for point in points {
            for series in StatsSeries.allCases where series.matches(point.name) {
                totals[series.rawValue, default: 0] += point.value
                byBucket[point.start, default: [:]][series.rawValue, default: 0] += point.value
            }
            if point.name.hasPrefix("haetae_rcpt_rejected_total{reason="), let reason = point.name.split(separator: "=").last?.dropLast() {
                reasons[String(reason), default: 0] += point.value
            }
        }
        let rows = byBucket.keys.sorted().map { Row(start: Date(timeIntervalSince1970: TimeInterval($0)), values: byBucket[$0]!) }
        var top: [String: [TopEntry]] = [:]
        for kind in ["sender", "recipient", "domain", "refused-client"] {
            top[kind] = try store.topCounts(kind: kind, from: from, to: now).map { TopEntry(key: $0.key, count: $0.value) }
        }
        return StatsReport(period: period == "week" || period == "month" ? period : "day", from: from, to: now, totals: totals,
                           rejectionsByReason: reasons, rows: rows, top: top)
    }

    /// The report as plain text, for the report mail.
    public var text: String {
        let formatter = ISO8601DateFormatter()
        var out = "Haetae \(period) report, \(formatter.string(from: from)) to \(formatter.string(from: to))\n\n"
        for series in StatsSeries.allCases {
            out += series.rawValue.padding(toLength: 12, withPad: " ", startingAt: 0) + String(totals[series.rawValue] ?? 0) + "\n"
        }
        for (kind, entries) in top.sorted(by: { $0.key < $1.key }) where !entries.isEmpty {
            out += "\nTop \(kind):\n"
            for entry in entries { out += "  \(entry.key): \(entry.count)\n" }
        }
        if !rejectionsByReason.isEmpty {
            out += "\nRecipients refused, by reason:\n"
            for (reason, count) in rejectionsByReason.sorted(by: { $0.value > $1.value }) { out += "  \(reason): \(count)\n" }
        }
        return out
    }
}

/// An inline SVG line chart of the last hour, per minute (the `chart` template draws it). No
/// script, no external resource; numbers and the series' names only.
struct ChartView {
    struct Line { let color: String; let points: String }
    struct Legend { let x: Int; let textX: Int; let boxY: Int; let textY: Int; let color: String; let name: String; let total: Int }
    let width: Int
    let height: Int
    let svgHeight: Int
    let peak: Int
    let lines: [Line]
    let legend: [Legend]
}

enum StatsChart {
    static func view(_ table: [StatsSeries: [Int]], width: Int = 720, height: Int = 200) -> ChartView {
        let buckets = table.values.first?.count ?? 0
        let peak = max(1, table.values.flatMap { $0 }.max() ?? 1)
        var lines: [ChartView.Line] = []
        for series in StatsSeries.allCases {
            guard let values = table[series], buckets > 1 else { continue }
            let points = values.enumerated().map { index, value in
                "\(index * (width - 1) / (buckets - 1)),\(height - value * (height - 16) / peak)"
            }.joined(separator: " ")
            lines.append(.init(color: series.color, points: points))
        }
        let legend = StatsSeries.allCases.enumerated().map { index, series in
            ChartView.Legend(
                x: index * 100, textX: index * 100 + 14, boxY: height + 14, textY: height + 23, color: series.color,
                name: series.rawValue, total: table[series]?.reduce(0, +) ?? 0)
        }
        return ChartView(width: width, height: height, svgHeight: height + 40, peak: peak, lines: lines, legend: legend)
    }
}
