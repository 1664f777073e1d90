import Foundation
import HaetaeQueue
import HaetaeScan
import HaetaeStore

/// The list pages: queue, quarantine, accounts, log search, and the users' own password page.
/// Every action is a POST form carrying the CSRF token; every value is escaped.
extension AdminPages {
    static func nav(_ language: AdminLanguage) -> String {
        let t = language.text
        return "<p><a href=\"/\">\(t("dashboard"))</a> · <a href=\"/queue\">\(t("queue"))</a> · <a href=\"/quarantine\">\(t("quarantine"))</a> · <a href=\"/accounts\">\(t("accounts"))</a> · <a href=\"/rules\">\(t("rules"))</a> · <a href=\"/reports/day\">\(t("reports"))</a> · <a href=\"/logs\">\(t("logs"))</a></p>"
    }

    static func actionForm(_ path: String, _ label: String, csrf: String, extra: String = "") -> String {
        "<form class=\"inline\" method=\"post\" action=\"\(htmlEscape(path))\"><input type=\"hidden\" name=\"csrf\" value=\"\(htmlEscape(csrf))\">\(extra)<button>\(htmlEscape(label))</button></form>"
    }

    static func notice(_ text: String?) -> String {
        text.map { "<p class=\"ok\">\(htmlEscape($0))</p>" } ?? ""
    }

    static func searchForm(_ action: String, _ query: String, _ language: AdminLanguage) -> String {
        "<form method=\"get\" action=\"\(action)\"><input name=\"q\" value=\"\(htmlEscape(query))\"> <button>\(language.text("search"))</button></form>"
    }

    static func queue(_ messages: [QueuedMessage], query: String, done: String?, csrf: String, language: AdminLanguage) -> String {
        let t = language.text
        var body = "<h1>\(t("queue"))</h1>" + nav(language) + notice(done) + searchForm("/queue", query, language)
        body += "<table><tr><th>id</th><th>\(t("arrived"))</th><th>\(t("from"))</th><th>\(t("recipients"))</th><th></th></tr>"
        for message in messages.prefix(500) {
            let envelope = message.envelope
            let recipients = envelope.recipients.map { "\(htmlEscape($0.address)) <small>\($0.status.rawValue)\($0.lastError.map { ": " + htmlEscape(String($0.prefix(120))) } ?? "")</small>" }.joined(separator: "<br>")
            body += "<tr><td><a href=\"/queue/\(htmlEscape(envelope.id))\">\(htmlEscape(envelope.id))</a></td><td>\(timeTag(envelope.arrivedAt))</td><td>&lt;\(htmlEscape(envelope.sender))&gt;\(envelope.authenticatedUser.map { "<br><small>" + htmlEscape($0) + "</small>" } ?? "")</td><td>\(recipients)</td><td>"
            for action in ["flush", "hold", "release", "delete"] {
                body += actionForm("/queue/\(envelope.id)/\(action)", t(action), csrf: csrf)
            }
            body += "</td></tr>"
        }
        body += "</table>"
        if messages.count > 500 { body += "<p>… \(messages.count - 500)</p>" }
        return page(t("queue"), language, body)
    }

    /// A queued message: envelope, per-recipient state, and the header section as escaped text.
    static func queuedMessage(_ envelope: QueueEnvelope, message: [UInt8], csrf: String, language: AdminLanguage) -> String {
        let t = language.text
        var body = "<h1>\(t("queue")) \(htmlEscape(envelope.id))</h1>" + nav(language)
        body += "<table><tr><td>\(t("arrived"))</td><td>\(timeTag(envelope.arrivedAt))</td></tr>"
        body += "<tr><td>\(t("from"))</td><td>&lt;\(htmlEscape(envelope.sender))&gt;</td></tr>"
        body += "<tr><td>client</td><td>\(htmlEscape(envelope.clientAddress ?? "-")) \(htmlEscape(envelope.authenticatedUser ?? ""))</td></tr></table>"
        body += "<table><tr><th>\(t("recipients"))</th><th>\(t("state"))</th><th>attempts</th><th>next</th><th>last error</th></tr>"
        for recipient in envelope.recipients {
            body += "<tr><td>\(htmlEscape(recipient.address))</td><td>\(recipient.status.rawValue)</td><td>\(recipient.attempts)</td>"
            body += "<td>\(recipient.nextAttempt.map(timeTag) ?? "")</td><td>\(htmlEscape(recipient.lastError ?? ""))</td></tr>"
        }
        body += "</table><p>"
        for action in ["flush", "hold", "release", "delete"] { body += actionForm("/queue/\(envelope.id)/\(action)", t(action), csrf: csrf) }
        let text = String(decoding: message.prefix(64 * 1024), as: UTF8.self)
        let headers = text.components(separatedBy: "\r\n\r\n").first ?? text
        body += "</p><pre style=\"white-space:pre-wrap;border:1px solid #ccc;padding:.5rem\">\(htmlEscape(headers))</pre>"
        return page(t("queue"), language, body)
    }

    static func quarantine(_ records: [QuarantineRecord], done: String?, csrf: String, language: AdminLanguage) -> String {
        let t = language.text
        var body = "<h1>\(t("quarantine"))</h1>" + nav(language) + notice(done)
        body += "<table><tr><th>id</th><th>\(t("arrived"))</th><th>\(t("verdict"))</th><th>\(t("from"))</th><th>\(t("subject"))</th><th></th></tr>"
        for record in records.prefix(500) {
            body += "<tr><td><a href=\"/quarantine/\(htmlEscape(record.id))\">\(htmlEscape(record.id))</a></td><td>\(timeTag(record.arrivedAt))</td>"
            body += "<td>\(htmlEscape(record.verdict)) (\(String(format: "%.1f", record.score)))<br><small>\(htmlEscape(record.reasons.prefix(3).joined(separator: "; ")))</small></td>"
            body += "<td>&lt;\(htmlEscape(record.sender))&gt;<br><small>→ \(htmlEscape(record.recipients.joined(separator: ", ")))</small></td><td>\(htmlEscape(record.subject ?? ""))</td><td>"
            body += actionForm("/quarantine/\(record.id)/release", t("release"), csrf: csrf) + actionForm("/quarantine/\(record.id)/delete", t("delete"), csrf: csrf)
            body += actionForm("/quarantine/\(record.id)/ham", t("ham"), csrf: csrf) + actionForm("/quarantine/\(record.id)/spam", t("spam"), csrf: csrf)
            body += "</td></tr>"
        }
        return page(t("quarantine"), language, body + "</table>")
    }

    /// A quarantined message as text: headers and body shown as characters, never rendered.
    static func quarantined(_ record: QuarantineRecord, message: [UInt8], csrf: String, language: AdminLanguage) -> String {
        let t = language.text
        let text = String(decoding: message.prefix(256 * 1024), as: UTF8.self)
        var body = "<h1>\(t("quarantine")) \(htmlEscape(record.id))</h1>" + nav(language)
        body += "<p>\(htmlEscape(record.verdict)) — \(htmlEscape(record.reasons.joined(separator: "; ")))</p>"
        body += actionForm("/quarantine/\(record.id)/release", t("release"), csrf: csrf) + actionForm("/quarantine/\(record.id)/delete", t("delete"), csrf: csrf)
        body += "<pre style=\"white-space:pre-wrap;border:1px solid #ccc;padding:.5rem\">\(htmlEscape(text))</pre>"
        return page(t("quarantine"), language, body)
    }

    static func accounts(
        _ users: [UserRecord], domains: [String], aliases: [AliasRecord], done: String?, csrf: String, language: AdminLanguage
    ) -> String {
        let t = language.text
        var body = "<h1>\(t("accounts"))</h1>" + nav(language) + notice(done)
        body += "<p>" + actionForm("/accounts/create/user", t("add-user"), csrf: csrf,
                                   extra: "<input name=\"address\" placeholder=\"kim@example.com\" required> <input type=\"password\" name=\"password\" autocomplete=\"new-password\" required> ") + "</p>"
        body += "<h2>\(t("domains"))</h2><p>" + domains.map(htmlEscape).joined(separator: ", ") + "</p><p>"
            + actionForm("/accounts/create/domain", t("add-domain"), csrf: csrf, extra: "<input name=\"domain\" placeholder=\"example.com\" required> ") + "</p>"
        body += "<h2>\(t("aliases"))</h2><ul>" + aliases.map { "<li>\(htmlEscape($0.source)) → \(htmlEscape($0.destination))</li>" }.joined() + "</ul><p>"
            + actionForm("/accounts/create/alias", t("add-alias"), csrf: csrf,
                         extra: "<input name=\"source\" placeholder=\"sales@example.com\" required> <input name=\"destination\" placeholder=\"kim@example.com\" required> ") + "</p>"
        body += "<h2>\(t("accounts"))</h2>"
        body += "<table><tr><th>\(t("account"))</th><th>\(t("state"))</th><th></th></tr>"
        for user in users.prefix(2_000) {
            let state = user.suspended ? "\(t("suspended-one")): \(htmlEscape(user.suspendedReason ?? ""))" : "ok"
            body += "<tr><td>\(htmlEscape(user.address))</td><td>\(state)</td><td>"
            let path = "/accounts/\(user.address.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? user.address)"
            body += user.suspended ? actionForm(path + "/unsuspend", t("unsuspend"), csrf: csrf) : actionForm(path + "/suspend", t("suspend"), csrf: csrf)
            body += actionForm(path + "/password", t("set-password"), csrf: csrf, extra: "<input type=\"password\" name=\"password\" autocomplete=\"new-password\" required> ")
            body += "</td></tr>"
        }
        return page(t("accounts"), language, body + "</table>")
    }

    static func logs(_ lines: [String], query: String, note: String?, language: AdminLanguage) -> String {
        let t = language.text
        var body = "<h1>\(t("logs"))</h1>" + nav(language) + searchForm("/logs", query, language)
        if let note { body += "<p>\(htmlEscape(note))</p>" }
        body += "<pre style=\"white-space:pre-wrap\">" + lines.map(htmlEscape).joined(separator: "\n") + "</pre>"
        return page(t("logs"), language, body)
    }

    static func ownPassword(language: AdminLanguage, message: String?, failed: Bool) -> String {
        let t = language.text
        return page(t("own-password"), language, """
            <h1>\(t("own-password"))</h1>
            \(message.map { "<p class=\"\(failed ? "tripped" : "ok")\">\(htmlEscape($0))</p>" } ?? "")
            <form method="post" action="/password">
            <p><label>\(t("account")) <input name="address" autocomplete="username" required></label></p>
            <p><label>\(t("current-password")) <input name="current" type="password" autocomplete="current-password" required></label></p>
            <p><label>\(t("new-password")) <input name="password" type="password" autocomplete="new-password" required></label></p>
            <p><button type="submit">\(t("set-password"))</button></p>
            </form>
            """)
    }
}
