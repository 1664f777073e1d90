import Foundation
import HaetaeStore

/// Server-rendered pages: each a view (plain values) rendered by its template in `Templates/`
/// through `ConsoleTemplates`, which escapes every value with `htmlEscape`. Plain HTML and CSS
/// from the binary, nothing fetched from elsewhere, no markup built here.
enum AdminPages {
    /// What every page's layout reads, around the page's own view (`{{#page}}…{{/page}}`).
    struct Frame<Page> {
        let title: String
        let lang: String
        let t: Words
        let refresh: Int?
        let csrf: String
        let page: Page
    }

    static func render<Page>(
        _ template: String, title: String, _ language: AdminLanguage, csrf: String = "", refresh: Int? = nil, _ page: Page
    ) -> RenderedPage {
        ConsoleTemplates.render(
            template, Frame(title: title, lang: language.rawValue, t: Words(language: language), refresh: refresh, csrf: csrf, page: page))
    }

    /// The console's only script: dates in the viewer's locale and time zone.
    static let script = """
        document.querySelectorAll('time[datetime]').forEach(function (t) {
          var d = new Date(t.getAttribute('datetime'));
          if (!isNaN(d)) { t.textContent = d.toLocaleString(document.documentElement.lang); t.title = t.getAttribute('datetime'); }
        });
        """

    /// A path segment of a link or form action: percent-encoded, `/` included, so no value
    /// can point a form somewhere else.
    static func segment(_ text: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: "/;")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    /// A POST button (the `action` partial).
    struct ActionView {
        let path: String
        let label: String
    }

    struct LoginView {
        let heading: String
        let error: String?
        let loginToken: String
    }

    static func login(language: AdminLanguage, error: String?, csrf: String) -> RenderedPage {
        render("login", title: language.text("title"), language,
               LoginView(heading: language.text("title"), error: error, loginToken: csrf))
    }

    struct OwnPasswordView {
        let message: String?
        let messageClass: String
    }

    static func ownPassword(language: AdminLanguage, message: String?, failed: Bool) -> RenderedPage {
        render("own-password", title: language.text("own-password"), language,
               OwnPasswordView(message: message, messageClass: failed ? "tripped" : "ok"))
    }

    struct DashboardView {
        struct TopSection {
            let title: String
            let entries: [StatsReport.TopEntry]
            let hasEntries: Bool
        }
        struct AuditRow {
            let at: TimeView
            let admin: String
            let action: String
            let target: String
            let result: String
        }
        let admin: String
        let chart: ChartView
        let tripped: Bool
        let trippedAt: TimeView?
        let topSendersAtTrip: [String]
        let hasTopSendersAtTrip: Bool
        let queued: Int
        let remoteBacklog: Int
        let held: Int
        let quarantined: Int
        let suspended: [String]
        let hasSuspended: Bool
        let tops: [TopSection]
        let lockouts: [String]
        let hasLockouts: Bool
        let audit: [AuditRow]
    }

    static func dashboard(_ status: ConsoleStatus, chart: ChartView, session: AdminSession, language: AdminLanguage) -> RenderedPage {
        let t = language.text
        let tops = [(t("top-sender"), status.topSendersToday), (t("top-refused-client"), status.topRefusedClientsToday)].map {
            DashboardView.TopSection(title: $0.0, entries: $0.1, hasEntries: !$0.1.isEmpty)
        }
        let view = DashboardView(
            admin: session.admin, chart: chart, tripped: status.protectionTripped, trippedAt: status.trippedAt.map(TimeView.init),
            topSendersAtTrip: status.topSendersAtTrip, hasTopSendersAtTrip: !status.topSendersAtTrip.isEmpty,
            queued: status.queuedMessages, remoteBacklog: status.remoteBacklog, held: status.heldMessages, quarantined: status.quarantined,
            suspended: status.suspendedAccounts, hasSuspended: !status.suspendedAccounts.isEmpty, tops: tops,
            lockouts: status.lockouts, hasLockouts: !status.lockouts.isEmpty,
            audit: status.recentActions.map {
                DashboardView.AuditRow(at: TimeView($0.at), admin: $0.admin, action: $0.action, target: $0.target, result: $0.result)
            })
        return render("dashboard", title: t("title"), language, csrf: session.csrfToken, refresh: 10, view)
    }
}
