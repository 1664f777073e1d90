import Foundation

/// Server-rendered pages: plain HTML and CSS from the binary, nothing fetched from elsewhere,
/// every piece of data escaped.
enum AdminPages {
    static let style = """
        body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
        .tripped{color:#fff;background:#b00020;padding:.5rem}.ok{color:#fff;background:#2e7d32;padding:.5rem}
        table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
        form.inline{display:inline}
        """

    /// A UTC time the browser shows in the viewer's locale (console.js); ISO 8601 without script.
    static func timeTag(_ date: Date) -> String {
        let iso = ISO8601DateFormatter().string(from: date)
        return "<time datetime=\"\(iso)\">\(iso)</time>"
    }

    /// The console's only script: dates in the viewer's locale and time zone.
    static let script = """
        document.querySelectorAll('time[datetime]').forEach(function (t) {
          var d = new Date(t.getAttribute('datetime'));
          if (!isNaN(d)) { t.textContent = d.toLocaleString(document.documentElement.lang); t.title = t.getAttribute('datetime'); }
        });
        """

    static func page(_ title: String, _ language: AdminLanguage, _ body: String, refresh: Int? = nil) -> String {
        """
        <!doctype html>
        <html lang="\(language.rawValue)"><head><meta charset="utf-8"><title>\(htmlEscape(title))</title>
        \(refresh.map { "<meta http-equiv=\"refresh\" content=\"\($0)\">" } ?? "")
        <style>\(style)</style></head><body>
        <p><a href="?lang=ko">한국어</a> · <a href="?lang=en">English</a></p>
        \(body)
        <script src="/static/console.js" defer></script>
        </body></html>
        """
    }

    static func login(language: AdminLanguage, error: String?, csrf: String) -> String {
        page(language.text("title"), language, """
            <h1>\(language.text("title"))</h1>
            \(error.map { "<p class=\"tripped\">\(htmlEscape($0))</p>" } ?? "")
            <form method="post" action="/login"><input type="hidden" name="csrf" value="\(htmlEscape(csrf))">
            <p><label>\(language.text("name")) <input name="name" autocomplete="username" required></label></p>
            <p><label>\(language.text("password")) <input name="password" type="password" autocomplete="current-password" required></label></p>
            <p><button type="submit">\(language.text("login"))</button></p>
            </form>
            """)
    }

    static func dashboard(_ status: ConsoleStatus, chart: String, session: AdminSession, language: AdminLanguage) -> String {
        let t = language.text
        let csrf = htmlEscape(session.csrfToken)
        var body = """
            <h1>\(t("dashboard")) — \(htmlEscape(session.admin))
            <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="\(csrf)"><button>\(t("logout"))</button></form></h1>
            \(nav(language))
            <h2>\(t("last-hour"))</h2>
            \(chart)
            <h2>\(t("protection"))</h2>
            """
        if status.protectionTripped {
            body += "<p class=\"tripped\">\(t("tripped")) (\(t("since")) \(status.trippedAt.map(timeTag) ?? "?"))</p>"
            body += "<form method=\"post\" action=\"/protect/reset\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\"><button>\(t("reset"))</button></form>"
            if !status.topSendersAtTrip.isEmpty {
                body += "<p>\(t("top-senders")):</p><ul>" + status.topSendersAtTrip.map { "<li>\(htmlEscape($0))</li>" }.joined() + "</ul>"
            }
        } else {
            body += "<p class=\"ok\">\(t("closed"))</p>"
        }
        body += """
            <h2>\(t("queue"))</h2>
            <table><tr><td>\(status.queuedMessages) \(t("messages"))</td></tr>
            <tr><td>\(status.remoteBacklog) \(t("remote-backlog"))</td></tr>
            <tr><td>held: \(status.heldMessages)</td></tr></table>
            <h2>\(t("quarantine"))</h2><p>\(status.quarantined) \(t("messages"))</p>
            <h2>\(t("suspended"))</h2>
            """
        body += status.suspendedAccounts.isEmpty ? "<p>\(t("none"))</p>" : "<ul>" + status.suspendedAccounts.map { "<li>\(htmlEscape($0))</li>" }.joined() + "</ul>"
        for (title, entries) in [(t("top-sender"), status.topSendersToday), (t("top-refused-client"), status.topRefusedClientsToday)] {
            body += "<h2>\(title) (\(t("today")))</h2>"
            body += entries.isEmpty ? "<p>\(t("none"))</p>" : "<table>" + entries.map { "<tr><td>\(htmlEscape($0.key))</td><td>\($0.count)</td></tr>" }.joined() + "</table>"
        }
        body += "<h2>\(t("lockouts"))</h2>"
        body += status.lockouts.isEmpty ? "<p>\(t("none"))</p>" : "<ul>" + status.lockouts.map { "<li>\(htmlEscape($0))</li>" }.joined() + "</ul>"
        body += "<h2>\(t("audit"))</h2><table>"
        for action in status.recentActions {
            body += "<tr><td>\(timeTag(action.at))</td><td>\(htmlEscape(action.admin))</td><td>\(htmlEscape(action.action))</td><td>\(htmlEscape(action.target))</td><td>\(htmlEscape(action.result))</td></tr>"
        }
        body += "</table>"
        return page(t("title"), language, body, refresh: 10)
    }
}
