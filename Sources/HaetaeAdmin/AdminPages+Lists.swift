import Foundation
import HaetaeQueue
import HaetaeScan
import HaetaeStore

/// The list pages: queue, quarantine, accounts, log search. Every action is a POST form
/// carrying the CSRF token; every value is escaped by the templates.
extension AdminPages {
    static func actions(_ base: String, _ names: [String], _ language: AdminLanguage) -> [ActionView] {
        names.map { ActionView(path: base + "/" + $0, label: language.text($0)) }
    }

    struct QueueView {
        struct Recipient {
            let separator: Bool
            let address: String
            let status: String
            let error: String?
        }
        struct Row {
            let id: String
            let segment: String
            let arrived: TimeView
            let sender: String
            let authenticatedUser: String?
            let recipients: [Recipient]
            let actions: [ActionView]
        }
        let notice: String?
        let query: String
        let rows: [Row]
        let more: Int?
    }

    static let queueActions = ["flush", "hold", "release", "delete"]

    static func queue(_ messages: [QueuedMessage], query: String, done: String?, csrf: String, language: AdminLanguage) -> RenderedPage {
        let rows = messages.prefix(500).map { message in
            let envelope = message.envelope
            return QueueView.Row(
                id: envelope.id, segment: segment(envelope.id), arrived: TimeView(envelope.arrivedAt), sender: envelope.sender,
                authenticatedUser: envelope.authenticatedUser,
                recipients: envelope.recipients.enumerated().map { index, recipient in
                    QueueView.Recipient(
                        separator: index > 0, address: recipient.address, status: recipient.status.rawValue,
                        error: recipient.lastError.map { String($0.prefix(120)) })
                },
                actions: actions("/queue/" + segment(envelope.id), queueActions, language))
        }
        let view = QueueView(notice: done, query: query, rows: Array(rows), more: messages.count > 500 ? messages.count - 500 : nil)
        return render("queue", title: language.text("queue"), language, csrf: csrf, view)
    }

    struct QueuedMessageView {
        struct Recipient {
            let address: String
            let status: String
            let attempts: Int
            let nextAttempt: TimeView?
            let lastError: String
        }
        let id: String
        let arrived: TimeView
        let sender: String
        let client: String
        let authenticatedUser: String
        let recipients: [Recipient]
        let actions: [ActionView]
        let headers: String
    }

    /// A queued message: envelope, per-recipient state, and the header section as escaped text.
    static func queuedMessage(_ envelope: QueueEnvelope, message: [UInt8], csrf: String, language: AdminLanguage) -> RenderedPage {
        let text = String(decoding: message.prefix(64 * 1024), as: UTF8.self)
        let view = QueuedMessageView(
            id: envelope.id, arrived: TimeView(envelope.arrivedAt), sender: envelope.sender, client: envelope.clientAddress ?? "-",
            authenticatedUser: envelope.authenticatedUser ?? "",
            recipients: envelope.recipients.map {
                QueuedMessageView.Recipient(
                    address: $0.address, status: $0.status.rawValue, attempts: $0.attempts, nextAttempt: $0.nextAttempt.map(TimeView.init),
                    lastError: $0.lastError ?? "")
            },
            actions: actions("/queue/" + segment(envelope.id), queueActions, language),
            headers: text.components(separatedBy: "\r\n\r\n").first ?? text)
        return render("queued-message", title: language.text("queue"), language, csrf: csrf, view)
    }

    struct QuarantineView {
        struct Row {
            let id: String
            let segment: String
            let arrived: TimeView
            let verdict: String
            let score: String
            let reasons: String
            let sender: String
            let recipients: String
            let subject: String
            let actions: [ActionView]
        }
        let notice: String?
        let rows: [Row]
    }

    static func quarantine(_ records: [QuarantineRecord], done: String?, csrf: String, language: AdminLanguage) -> RenderedPage {
        let rows = records.prefix(500).map { record in
            QuarantineView.Row(
                id: record.id, segment: segment(record.id), arrived: TimeView(record.arrivedAt), verdict: record.verdict,
                score: String(format: "%.1f", record.score), reasons: record.reasons.prefix(3).joined(separator: "; "), sender: record.sender,
                recipients: record.recipients.joined(separator: ", "), subject: record.subject ?? "",
                actions: actions("/quarantine/" + segment(record.id), ["release", "delete", "ham", "spam"], language))
        }
        return render("quarantine", title: language.text("quarantine"), language, csrf: csrf, QuarantineView(notice: done, rows: Array(rows)))
    }

    struct QuarantinedView {
        let id: String
        let verdict: String
        let reasons: String
        let actions: [ActionView]
        let text: String
    }

    /// A quarantined message as text: headers and body shown as characters, never rendered.
    static func quarantined(_ record: QuarantineRecord, message: [UInt8], csrf: String, language: AdminLanguage) -> RenderedPage {
        let view = QuarantinedView(
            id: record.id, verdict: record.verdict, reasons: record.reasons.joined(separator: "; "),
            actions: actions("/quarantine/" + segment(record.id), ["release", "delete"], language),
            text: String(decoding: message.prefix(256 * 1024), as: UTF8.self))
        return render("quarantined", title: language.text("quarantine"), language, csrf: csrf, view)
    }

    struct AccountsView {
        struct Alias {
            let source: String
            let destination: String
        }
        struct User {
            let address: String
            let segment: String
            let suspended: Bool
            let reason: String
        }
        let notice: String?
        let domains: String
        let aliases: [Alias]
        let users: [User]
    }

    static func accounts(
        _ users: [UserRecord], domains: [String], aliases: [AliasRecord], done: String?, csrf: String, language: AdminLanguage
    ) -> RenderedPage {
        let view = AccountsView(
            notice: done, domains: domains.joined(separator: ", "),
            aliases: aliases.map { AccountsView.Alias(source: $0.source, destination: $0.destination) },
            users: users.prefix(2_000).map {
                AccountsView.User(address: $0.address, segment: segment($0.address), suspended: $0.suspended, reason: $0.suspendedReason ?? "")
            })
        return render("accounts", title: language.text("accounts"), language, csrf: csrf, view)
    }

    struct LogsView {
        let query: String
        let note: String?
        let lines: String
    }

    static func logs(_ lines: [String], query: String, note: String?, language: AdminLanguage) -> RenderedPage {
        render("logs", title: language.text("logs"), language, LogsView(query: query, note: note, lines: lines.joined(separator: "\n")))
    }
}
