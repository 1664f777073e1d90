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

extension AdminRoutes {
    /// The JSON API (docs/openapi.yaml): the same actions as the pages, as JSON.
    func addAPIRoutes(to router: Hummingbird.Router<AdminRequestContext>) {
        let api = router.group("api").add(middleware: AdminSessionMiddleware(routes: self, redirectToSignIn: false))
        api.get("status") { request, context in
            _ = try context.signedIn()
            return try json(await status())
        }
        api.get("queue") { request, context in
            _ = try context.signedIn()
            return try json(dependencies.spool.list().messages.map(QueueEntry.init))
        }
        api.post("queue/:id/:action") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let result = try await queueAction(id: id, action: action)
            audit(session, context, "queue-" + action, id, result)
            return try json(["result": result])
        }
        api.get("quarantine") { request, context in
            _ = try context.signedIn()
            return try json(dependencies.quarantine.list())
        }
        api.post("quarantine/:id/:action") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let result = try await quarantineAction(id: id, action: action)
            audit(session, context, "quarantine-" + action, id, result)
            return try json(["result": result])
        }
        api.get("users") { request, context in
            _ = try context.signedIn()
            return try json(try dependencies.store.listUsers().map(UserEntry.init))
        }
        api.post("users/:address/:action") { request, context in
            let session = try context.signedIn().session
            let address = try context.parameters.require("address")
            let action = try context.parameters.require("action")
            let result = try await userAction(address: address, action: action, session: session, form: [:])
            audit(session, context, "user-" + action, address, result)
            return try json(["result": result])
        }
        api.post("protect/reset") { request, context in
            let session = try context.signedIn().session
            let (wasTripped, backlog) = try await AdminControls.resetBreaker(store: dependencies.store, spool: dependencies.spool, threshold: dependencies.breakerThreshold)
            let result = wasTripped ? "reset, backlog \(backlog)" : "was not tripped"
            audit(session, context, "protect-reset", "breaker", result)
            return try json(["result": result])
        }
        api.get("stats") { request, context in
            _ = try context.signedIn()
            let now = Int64(Date().timeIntervalSince1970)
            let start = now - now % 60 - 59 * 60
            let points = try dependencies.store.stats(.minute, from: Date(timeIntervalSince1970: TimeInterval(start)), to: Date())
            let table = StatsSeries.table(points, start: start, step: 60, buckets: 60)
            return try json(Dictionary(uniqueKeysWithValues: table.map { ($0.key.rawValue, $0.value) }))
        }
        api.get("reports/:period") { request, context in
            _ = try context.signedIn()
            let period = try context.parameters.require("period")
            guard ["day", "week", "month"].contains(period) else { throw AdminError(status: .notFound, message: "period is day, week or month") }
            return try json(try StatsReport.make(period: period, store: dependencies.store))
        }
        api.get("rules") { request, context in
            _ = try context.signedIn()
            let store = dependencies.store
            return try json(RulesEntry(
                access: try store.listAccessRules().map { ["key": $0.key, "action": $0.action] },
                whitelist: try store.scanListEntries(.whitelist), blacklist: try store.scanListEntries(.blacklist),
                dnsbl: DNSBLZoneSource.effective(store: store, configured: dependencies.configuredDNSBLZones)))
        }
        api.post("rules/:list/:action") { request, context in
            let (session, form) = try context.signedIn().sessionAndForm
            let list = try context.parameters.require("list"), action = try context.parameters.require("action")
            let result = try ruleAction(list: list, action: action, form: form)
            audit(session, context, "\(list)-\(action)", form["key"] ?? "", result)
            return try json(["result": result])
        }
        api.get("rules/test") { request, context in
            _ = try context.signedIn()
            let query = request.uri.queryParameters
            guard let ip = query["ip"].map(String.init), !ip.isEmpty else { throw AdminError(status: .badRequest, message: "ip is required") }
            let to = (query["to"].map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return try json(["lines": await dependencies.explain(ip, query["from"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }, to)])
        }
        api.get("logs") { request, context in
            _ = try context.signedIn()
            let (lines, note) = searchLog(request.uri.queryParameters["q"].map(String.init) ?? "")
            return try json(LogsEntry(lines: lines, note: note))
        }
        api.get("audit") { request, context in
            _ = try context.signedIn()
            return try json(try dependencies.store.adminAudit())
        }
    }
}
