import HaetaeEvents
import MailCore
import Foundation
import HaetaeDelivery
import HaetaePolicy
import HaetaeProtection
import HaetaeQueue
import HaetaeScan
import HaetaeStore
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// What the buttons and API calls do, and the status the dashboard shows.
extension AdminRoutes {
    // MARK: - Actions

    func queueAction(id: String, action: String) async throws -> String {
        guard id.count <= 64, id.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw AdminError(status: .badRequest, message: "bad queue id")
        }
        do {
            switch action {
            case "flush":
                _ = try dependencies.spool.load(id)
                AdminControls.requestFlush(spool: dependencies.spool, ids: [id])
                return "retry now requested"
            case "hold":
                return "held \(try await dependencies.spool.setStatus(id, from: [.pending, .deferred], to: .held)) recipient(s)"
            case "release":
                let count = try await dependencies.spool.setStatus(id, from: [.held], to: .pending)
                AdminControls.requestPickup(spool: dependencies.spool)
                return "released \(count) recipient(s)"
            case "delete":
                try await dependencies.spool.remove(id)
                return "deleted"
            default:
                throw AdminError(status: .notFound, message: "unknown action \(action)")
            }
        } catch SpoolError.notFound {
            throw AdminError(status: .notFound, message: "no queued message \(id)")
        }
    }

    func ruleAction(list: String, action: String, form: [String: String]) throws -> String {
        let key = (form["key"] ?? "").trimmingCharacters(in: .whitespaces)
        do {
            switch (list, action) {
            case ("access", "add"):
                let rule = try AccessRuleInput.validate(key: key, action: form["action"] ?? "")
                try dependencies.store.setAccessRule(key: rule.key, action: rule.action)
                return "\(rule.key) \(rule.action)"
            case ("access", "remove"):
                try dependencies.store.removeAccessRule(key: key)
                return "removed \(key)"
            case ("whitelist", "add"), ("blacklist", "add"):
                guard let entry = SenderList.validate(key) else { return "\(key): expected an address, @domain, a domain, an IP or a CIDR" }
                try dependencies.store.addScanListEntry(list == "whitelist" ? .whitelist : .blacklist, key: entry)
                return "\(list): added \(entry)"
            case ("dnsbl", "add"):
                return "DNSBL zones: " + (try DNSBLZoneSource.change(store: dependencies.store, configured: dependencies.configuredDNSBLZones, add: key)).joined(separator: ", ")
            case ("dnsbl", "remove"):
                let zones = try DNSBLZoneSource.change(store: dependencies.store, configured: dependencies.configuredDNSBLZones, remove: key)
                return "DNSBL zones: " + (zones.isEmpty ? "none" : zones.joined(separator: ", "))
            case ("whitelist", "remove"), ("blacklist", "remove"):
                try dependencies.store.removeScanListEntry(list == "whitelist" ? .whitelist : .blacklist, key: key)
                return "\(list): removed \(key)"
            default:
                throw AdminError(status: .notFound, message: "unknown rule action")
            }
        } catch let problem as AccessRuleInput.Problem {
            return problem.description
        } catch let error as DNSBLZoneError {
            return error.description
        } catch let error as DirectoryError {
            return error.description
        }
    }

    func quarantineAction(id: String, action: String) async throws -> String {
        do {
            switch action {
            case "ham", "spam":
                // Feedback for retraining (haetae train --ham/--spam with these folders added to the
                // site's corpus); ham is also delivered, spam is removed.
                let folder = dependencies.feedbackPath + "/" + action
                try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
                let message = try dependencies.quarantine.message(id)
                _ = FileManager.default.createFile(atPath: folder + "/\(id).eml", contents: Data(message))
                if action == "ham" {
                    return "marked as ham, released as \(try await dependencies.quarantine.release(id, to: dependencies.spool))"
                }
                try dependencies.quarantine.delete(id)
                return "marked as spam, removed"
            case "release": return "released as \(try await dependencies.quarantine.release(id, to: dependencies.spool))"
            case "delete":
                try dependencies.quarantine.delete(id)
                return "deleted"
            default: throw AdminError(status: .notFound, message: "unknown action \(action)")
            }
        } catch let error as QuarantineError {
            throw AdminError(status: .notFound, message: error.description)
        }
    }

    func userAction(address: String, action: String, session: AdminSession, form: [String: String]) async throws -> String {
        do {
            switch action {
            case "suspend":
                let (changed, held) = try await AdminControls.suspend(
                    address, reason: "suspended by administrator \(session.admin)", store: dependencies.store, spool: dependencies.spool)
                return changed ? "suspended, \(held) recipient(s) held" : "already suspended"
            case "unsuspend":
                try dependencies.store.unsuspendUser(address)
                AdminControls.protectionChanged(spool: dependencies.spool)
                return "may send again"
            case "password":
                guard let password = form["password"], !password.isEmpty else { throw AdminError(status: .badRequest, message: "no password") }
                try dependencies.store.setPassword(address, password: password, policy: passwordPolicy())
                return "password changed"
            default: throw AdminError(status: .notFound, message: "unknown action \(action)")
            }
        } catch let error as DirectoryError {
            if case .weakPassword = error { throw AdminError(status: .badRequest, message: error.description) }
            throw AdminError(status: .notFound, message: error.description)
        }
    }

    func passwordPolicy() -> PasswordPolicy {
        PasswordPolicy(minimumLength: dependencies.passwordMinimumLength)
    }

    func audit(_ session: AdminSession, _ context: AdminRequestContext, _ action: String, _ target: String, _ result: String) {
        dependencies.logger.record(.adminAction, level: .notice, ["admin": "\(session.admin)", "ip": "\(context.clientAddress)", "action": "\(action)", "target": target, "result": result])
        try? dependencies.store.recordAdminAction(admin: session.admin, client: context.clientAddress, action: action, target: target, result: result)
    }

    // MARK: - Status

    /// The last hour, per minute, for the dashboard's chart.
    func lastHourChart() -> ChartView {
        let now = Int64(Date().timeIntervalSince1970)
        let start = now - now % 60 - 59 * 60
        let points = (try? dependencies.store.stats(.minute, from: Date(timeIntervalSince1970: TimeInterval(start)), to: Date())) ?? []
        return StatsChart.view(StatsSeries.table(points, start: start, step: 60, buckets: 60))
    }

    func top(_ kind: String) -> [StatsReport.TopEntry] {
        let today = Date()
        return ((try? dependencies.store.topCounts(kind: kind, from: today, to: today, limit: 5)) ?? []).map { StatsReport.TopEntry(key: $0.key, count: $0.value) }
    }

    func status() async -> ConsoleStatus {
        let state = (try? dependencies.store.breakerState()) ?? .init()
        let messages = dependencies.spool.list().messages
        return ConsoleStatus(
            protectionTripped: state.isTripped, trippedAt: state.trippedAt, backlogAtTrip: state.backlogAtTrip,
            topSendersAtTrip: (try? dependencies.store.breakerTopSenders()) ?? [],
            remoteBacklog: await dependencies.remoteBacklog(), queuedMessages: messages.count,
            heldMessages: messages.filter { $0.envelope.recipients.contains { $0.status == .held } }.count,
            quarantined: dependencies.quarantine.list().count,
            suspendedAccounts: ((try? dependencies.store.listUsers()) ?? []).filter(\.suspended).map(\.address),
            lockouts: ((try? dependencies.store.activeLockouts()) ?? []).map(\.subject),
            recentActions: ((try? dependencies.store.adminAudit(limit: 10)) ?? []),
            topSendersToday: top("sender"), topRefusedClientsToday: top("refused-client"))
    }


    // MARK: - Responses

    func language(_ request: Request) -> AdminLanguage {
        AdminLanguage.choose(
            acceptLanguage: request.headers[.acceptLanguage],
            override: request.uri.queryParameters["lang"].map(String.init) ?? request.cookies["haetae_lang"]?.value)
    }
}
