import Foundation
import HaetaeStore

/// Access rules and the scanner's white/blacklists; the reports page.
extension AdminPages {
    static func rules(
        access: [AccessRuleRecord], whitelist: [String], blacklist: [String], dnsbl: [String], explanation: [String], done: String?,
        csrf: String, language: AdminLanguage
    ) -> String {
        let t = language.text
        var body = "<h1>\(t("rules"))</h1>" + nav(language) + notice(done)
        body += "<h2>\(t("access-map"))</h2><table><tr><th>key</th><th>action</th><th></th></tr>"
        for rule in access {
            body += "<tr><td>\(htmlEscape(rule.key))</td><td>\(htmlEscape(rule.action))</td><td>"
            body += actionForm("/rules/access/remove", t("delete"), csrf: csrf, extra: "<input type=\"hidden\" name=\"key\" value=\"\(htmlEscape(rule.key))\">")
            body += "</td></tr>"
        }
        body += "</table>"
        body += actionForm("/rules/access/add", t("add"), csrf: csrf,
                           extra: "<input name=\"key\" placeholder=\"Connect:211.252.150.0/24\" required> <input name=\"action\" placeholder=\"REJECT\" required> ")
        for (kind, entries) in [("whitelist", whitelist), ("blacklist", blacklist), ("dnsbl", dnsbl)] {
            body += "<h2>\(t(kind))</h2><ul>"
            for entry in entries {
                body += "<li>\(htmlEscape(entry)) " + actionForm("/rules/\(kind)/remove", t("delete"), csrf: csrf, extra: "<input type=\"hidden\" name=\"key\" value=\"\(htmlEscape(entry))\">") + "</li>"
            }
            body += "</ul>" + actionForm("/rules/\(kind)/add", t("add"), csrf: csrf, extra: "<input name=\"key\" placeholder=\"partner.example\" required> ")
        }
        body += "<h2>\(t("access-test"))</h2><form method=\"get\" action=\"/rules\">IP <input name=\"ip\" required> \(t("from")) <input name=\"from\"> \(t("recipients")) <input name=\"to\" placeholder=\"a@x.example, b@y.example\"> <button>\(t("access-test"))</button></form>"
        if !explanation.isEmpty { body += "<pre>" + explanation.map(htmlEscape).joined(separator: "\n") + "</pre>" }
        return page(t("rules"), language, body)
    }

    static func report(_ report: StatsReport, language: AdminLanguage) -> String {
        let t = language.text
        var body = "<h1>\(t("reports"))</h1>" + nav(language)
        body += "<p><a href=\"/reports/day\">\(t("day"))</a> · <a href=\"/reports/week\">\(t("week"))</a> · <a href=\"/reports/month\">\(t("month"))</a></p>"
        body += "<p>\(timeTag(report.from)) — \(timeTag(report.to))</p><table><tr>"
        for series in StatsSeries.allCases { body += "<th>\(series.rawValue)</th>" }
        body += "</tr><tr>"
        for series in StatsSeries.allCases { body += "<td>\(report.totals[series.rawValue] ?? 0)</td>" }
        body += "</tr></table>"
        // A bar chart of received per row.
        let peak = max(1, report.rows.map { $0.values["received"] ?? 0 }.max() ?? 1)
        let width = max(1, 720 / max(1, report.rows.count))
        body += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"120\">"
        for (index, row) in report.rows.enumerated() {
            let height = (row.values["received"] ?? 0) * 110 / peak
            body += "<rect x=\"\(index * width)\" y=\"\(115 - height)\" width=\"\(max(1, width - 1))\" height=\"\(height)\" fill=\"#1565c0\"/>"
        }
        body += "</svg>"
        for kind in ["sender", "recipient", "domain", "refused-client"] {
            body += "<h2>\(t("top-" + kind))</h2><table>"
            for entry in report.top[kind] ?? [] { body += "<tr><td>\(htmlEscape(entry.key))</td><td>\(entry.count)</td></tr>" }
            body += "</table>"
        }
        body += "<h2>\(t("refused-by-reason"))</h2><table>"
        for (reason, count) in report.rejectionsByReason.sorted(by: { $0.value > $1.value }) {
            body += "<tr><td>\(htmlEscape(reason))</td><td>\(count)</td></tr>"
        }
        body += "</table><h2>\(t("rows"))</h2><table><tr><th></th>"
        for series in StatsSeries.allCases { body += "<th>\(series.rawValue)</th>" }
        body += "</tr>"
        for row in report.rows {
            body += "<tr><td>\(timeTag(row.start))</td>"
            for series in StatsSeries.allCases { body += "<td>\(row.values[series.rawValue] ?? 0)</td>" }
            body += "</tr>"
        }
        return page(t("reports"), language, body + "</table>")
    }
}
