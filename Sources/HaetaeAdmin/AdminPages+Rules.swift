import Foundation
import HaetaeStore

/// Access rules and the scanner's white/blacklists; the reports page.
extension AdminPages {
    struct RulesView {
        struct Rule {
            let key: String
            let action: String
        }
        struct List {
            let kind: String
            let title: String
            let entries: [String]
        }
        let notice: String?
        let access: [Rule]
        let lists: [List]
        let explanation: String
        let hasExplanation: Bool
    }

    static func rules(
        access: [AccessRuleRecord], whitelist: [String], blacklist: [String], dnsbl: [String], explanation: [String], done: String?,
        csrf: String, language: AdminLanguage
    ) -> RenderedPage {
        let view = RulesView(
            notice: done, access: access.map { RulesView.Rule(key: $0.key, action: $0.action) },
            lists: [("whitelist", whitelist), ("blacklist", blacklist), ("dnsbl", dnsbl)].map {
                RulesView.List(kind: $0.0, title: language.text($0.0), entries: $0.1)
            },
            explanation: explanation.joined(separator: "\n"), hasExplanation: !explanation.isEmpty)
        return render("rules", title: language.text("rules"), language, csrf: csrf, view)
    }

    struct ReportView {
        struct Bar {
            let x: Int
            let y: Int
            let width: Int
            let height: Int
        }
        struct Top {
            let title: String
            let entries: [StatsReport.TopEntry]
        }
        struct Row {
            let start: TimeView
            let values: [Int]
        }
        let from: TimeView
        let to: TimeView
        let series: [String]
        let totals: [Int]
        let bars: [Bar]
        let tops: [Top]
        let reasons: [StatsReport.TopEntry]
        let rows: [Row]
    }

    static func report(_ report: StatsReport, language: AdminLanguage) -> RenderedPage {
        // A bar chart of received per row.
        let peak = max(1, report.rows.map { $0.values["received"] ?? 0 }.max() ?? 1)
        let width = max(1, 720 / max(1, report.rows.count))
        let bars = report.rows.enumerated().map { index, row in
            let height = (row.values["received"] ?? 0) * 110 / peak
            return ReportView.Bar(x: index * width, y: 115 - height, width: max(1, width - 1), height: height)
        }
        let view = ReportView(
            from: TimeView(report.from), to: TimeView(report.to), series: StatsSeries.allCases.map(\.rawValue),
            totals: StatsSeries.allCases.map { report.totals[$0.rawValue] ?? 0 }, bars: bars,
            tops: ["sender", "recipient", "domain", "refused-client"].map {
                ReportView.Top(title: language.text("top-" + $0), entries: report.top[$0] ?? [])
            },
            reasons: report.rejectionsByReason.sorted(by: { $0.value > $1.value }).map { StatsReport.TopEntry(key: $0.key, count: $0.value) },
            rows: report.rows.map { row in
                ReportView.Row(start: TimeView(row.start), values: StatsSeries.allCases.map { row.values[$0.rawValue] ?? 0 })
            })
        return render("report", title: language.text("reports"), language, view)
    }
}
