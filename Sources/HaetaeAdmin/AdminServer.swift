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

/// A request context that knows the client's address (for login throttling and the audit trail).
public struct AdminRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}

/// What the console reads and changes.
public struct AdminDependencies: Sendable {
    public var store: DirectoryStore
    public var spool: Spool
    public var quarantine: QuarantineStore
    /// Messages waiting for remote delivery, as the running queue manager counts them.
    public var remoteBacklog: @Sendable () async -> Int
    /// Prometheus text exposition.
    public var metrics: @Sendable () -> [UInt8]
    /// Set the `Secure` attribute on the session cookie (the listener is HTTPS).
    public var secureCookies: Bool
    /// The event log file the log page searches (`log.file`).
    public var logFile: String?
    /// Where "mark as ham/spam" keeps messages for retraining (DATA/filter/feedback).
    public var feedbackPath: String
    /// The live policy's explanation for a client IP, sender and recipients (`access test`).
    public var explain: @Sendable (_ ip: String, _ from: String?, _ to: [String]) async -> [String]
    public var logger: Logger

    public init(
        store: DirectoryStore, spool: Spool, quarantine: QuarantineStore, remoteBacklog: @escaping @Sendable () async -> Int,
        metrics: @escaping @Sendable () -> [UInt8], secureCookies: Bool, logFile: String? = nil,
        feedbackPath: String = NSTemporaryDirectory() + "haetae-feedback",
        explain: @escaping @Sendable (String, String?, [String]) async -> [String] = { _, _, _ in [] }, logger: Logger
    ) {
        self.explain = explain
        self.feedbackPath = feedbackPath
        self.logFile = logFile
        self.store = store
        self.spool = spool
        self.quarantine = quarantine
        self.remoteBacklog = remoteBacklog
        self.metrics = metrics
        self.secureCookies = secureCookies
        self.logger = logger
    }
}

struct AdminError: Error {
    var status: HTTPResponse.Status
    var message: String
}

/// The console's routes: the login page, the dashboard, the JSON API behind it, and /metrics.
/// Every route but `/login`, `/metrics` and `/health` needs a session; every state change needs
/// the session's CSRF token (form field `csrf` or header `X-CSRF-Token`).
public struct AdminRoutes: Sendable {
    public let dependencies: AdminDependencies
    public let sessions: AdminSessions
    static let cookieName = "haetae_session"
    static let maxBody = 64 * 1024

    public init(dependencies: AdminDependencies, sessions: AdminSessions = AdminSessions()) {
        self.dependencies = dependencies
        self.sessions = sessions
    }

    public func router() -> Hummingbird.Router<AdminRequestContext> {
        let router = Hummingbird.Router(context: AdminRequestContext.self)
        router.add(middleware: LanguageMiddleware())
        router.get("/health") { _, _ in "ok\n" }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: dependencies.metrics())))
        }
        router.get("/static/console.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: AdminPages.script)))
        }
        router.get("/login") { request, _ in
            html(AdminPages.login(language: language(request), error: nil))
        }
        router.post("/login") { request, context in try await login(request, context) }
        router.post("/logout") { request, context in
            let (token, _, _) = try await authorize(request, context, write: true)
            await sessions.destroy(token)
            var response = redirect("/login")
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: dependencies.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        router.get("/") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            return html(AdminPages.dashboard(await status(), chart: lastHourChart(), session: session, language: language(request)))
        }
        router.post("/protect/reset") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let (wasTripped, backlog) = try await AdminControls.resetBreaker(store: dependencies.store, spool: dependencies.spool)
            audit(session, context, "protect-reset", "breaker", wasTripped ? "reset, backlog \(backlog)" : "was not tripped")
            return redirect("/")
        }

        // Pages over the same actions as the API (forms carry the CSRF token; results come back as ?done=).
        router.get("/queue") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            let messages = dependencies.spool.list().messages.filter { message in
                query.isEmpty || message.envelope.id.contains(query) || message.envelope.sender.localizedCaseInsensitiveContains(query)
                    || message.envelope.recipients.contains { $0.address.localizedCaseInsensitiveContains(query) }
            }
            return html(AdminPages.queue(messages, query: query, done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        router.get("/queue/:id") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            let id = try context.parameters.require("id")
            guard let (envelope, _) = try? dependencies.spool.load(id), let message = try? dependencies.spool.messageBytes(id) else {
                throw AdminError(status: .notFound, message: "no queued message \(id)")
            }
            return html(AdminPages.queuedMessage(envelope, message: message, csrf: session.csrfToken, language: language(request)))
        }
        router.post("/queue/:id/:action") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let id = try context.parameters.require("id"), action = try context.parameters.require("action")
            let result = try await queueAction(id: id, action: action)
            audit(session, context, "queue-" + action, id, result)
            return redirect("/queue?done=" + percent("\(id): \(result)"))
        }
        router.get("/quarantine") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            return html(AdminPages.quarantine(dependencies.quarantine.list(), done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        router.get("/quarantine/:id") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            let id = try context.parameters.require("id")
            guard let record = try? dependencies.quarantine.record(id), let message = try? dependencies.quarantine.message(id) else {
                throw AdminError(status: .notFound, message: "no quarantined message \(id)")
            }
            return html(AdminPages.quarantined(record, message: message, csrf: session.csrfToken, language: language(request)))
        }
        router.post("/quarantine/:id/:action") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let id = try context.parameters.require("id"), action = try context.parameters.require("action")
            let result = try await quarantineAction(id: id, action: action)
            audit(session, context, "quarantine-" + action, id, result)
            return redirect("/quarantine?done=" + percent("\(id): \(result)"))
        }
        router.get("/accounts") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            return html(AdminPages.accounts(
                try dependencies.store.listUsers(), domains: try dependencies.store.listDomains(), aliases: try dependencies.store.listAliases(),
                done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        router.post("/accounts/create/:what") { request, context in
            let (_, session, form) = try await authorize(request, context, write: true)
            let what = try context.parameters.require("what")
            let result: String
            do {
                switch what {
                case "user":
                    let address = form["address"] ?? ""
                    try dependencies.store.addUser(address, password: form["password"] ?? "", policy: passwordPolicy())
                    result = "added user \(address.lowercased())"
                case "domain":
                    try dependencies.store.addDomain(form["domain"] ?? "")
                    result = "added domain \((form["domain"] ?? "").lowercased())"
                case "alias":
                    try dependencies.store.addAlias(form["source"] ?? "", destination: form["destination"] ?? "")
                    result = "added alias \((form["source"] ?? "").lowercased()) -> \((form["destination"] ?? "").lowercased())"
                default:
                    throw AdminError(status: .notFound, message: "unknown item \(what)")
                }
            } catch let error as DirectoryError {
                return redirect("/accounts?done=" + percent(error.description))
            }
            audit(session, context, "create-" + what, result, "ok")
            return redirect("/accounts?done=" + percent(result))
        }
        router.post("/accounts/:address/:action") { request, context in
            let (_, session, form) = try await authorize(request, context, write: true)
            let address = try context.parameters.require("address").removingPercentEncoding ?? ""
            let action = try context.parameters.require("action")
            let result: String
            do {
                result = try await userAction(address: address, action: action, session: session, form: form)
            } catch let error as AdminError where error.status == .badRequest {
                return redirect("/accounts?done=" + percent("\(address): \(error.message)"))
            }
            audit(session, context, "user-" + action, address, result)
            return redirect("/accounts?done=" + percent("\(address): \(result)"))
        }
        router.get("/rules") { request, context in
            guard let (_, session, _) = try? await authorize(request, context, write: false) else { return redirect("/login") }
            let store = dependencies.store
            let query = request.uri.queryParameters
            var explanation: [String] = []
            if let ip = query["ip"].map(String.init), !ip.isEmpty {
                let to = (query["to"].map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                explanation = await dependencies.explain(ip, query["from"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }, to)
            }
            return html(AdminPages.rules(
                access: try store.listAccessRules(), whitelist: try store.scanListEntries(.whitelist), blacklist: try store.scanListEntries(.blacklist),
                dnsbl: DNSBLZoneSource.effective(store: store), explanation: explanation, done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        router.post("/rules/:list/:action") { request, context in
            let (_, session, form) = try await authorize(request, context, write: true)
            let list = try context.parameters.require("list"), action = try context.parameters.require("action")
            let result = try ruleAction(list: list, action: action, form: form)
            audit(session, context, "\(list)-\(action)", form["key"] ?? "", result)
            return redirect("/rules?done=" + percent(result))
        }
        router.get("/reports/:period") { request, context in
            guard (try? await authorize(request, context, write: false)) != nil else { return redirect("/login") }
            let period = try context.parameters.require("period")
            guard ["day", "week", "month"].contains(period) else { throw AdminError(status: .notFound, message: "period is day, week or month") }
            return html(AdminPages.report(try StatsReport.make(period: period, store: dependencies.store), language: language(request)))
        }
        router.get("/logs") { request, context in
            guard (try? await authorize(request, context, write: false)) != nil else { return redirect("/login") }
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            let (lines, note) = searchLog(query)
            return html(AdminPages.logs(lines, query: query, note: note, language: language(request)))
        }
        // Users change their own mail password (their current one proves who they are).
        router.get("/password") { request, _ in html(AdminPages.ownPassword(language: language(request), message: nil, failed: false)) }
        router.post("/password") { request, context in try await changeOwnPassword(request, context) }

        let api = router.group("api")
        api.get("status") { request, context in
            _ = try await authorize(request, context, write: false)
            return try json(await status())
        }
        api.get("queue") { request, context in
            _ = try await authorize(request, context, write: false)
            return try json(dependencies.spool.list().messages.map(QueueEntry.init))
        }
        api.post("queue/:id/:action") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let result = try await queueAction(id: id, action: action)
            audit(session, context, "queue-" + action, id, result)
            return try json(["result": result])
        }
        api.get("quarantine") { request, context in
            _ = try await authorize(request, context, write: false)
            return try json(dependencies.quarantine.list())
        }
        api.post("quarantine/:id/:action") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let id = try context.parameters.require("id")
            let action = try context.parameters.require("action")
            let result = try await quarantineAction(id: id, action: action)
            audit(session, context, "quarantine-" + action, id, result)
            return try json(["result": result])
        }
        api.get("users") { request, context in
            _ = try await authorize(request, context, write: false)
            return try json(try dependencies.store.listUsers().map(UserEntry.init))
        }
        api.post("users/:address/:action") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let address = try context.parameters.require("address")
            let action = try context.parameters.require("action")
            let result = try await userAction(address: address, action: action, session: session, form: [:])
            audit(session, context, "user-" + action, address, result)
            return try json(["result": result])
        }
        api.post("protect/reset") { request, context in
            let (_, session, _) = try await authorize(request, context, write: true)
            let (wasTripped, backlog) = try await AdminControls.resetBreaker(store: dependencies.store, spool: dependencies.spool)
            let result = wasTripped ? "reset, backlog \(backlog)" : "was not tripped"
            audit(session, context, "protect-reset", "breaker", result)
            return try json(["result": result])
        }
        api.get("stats") { request, context in
            _ = try await authorize(request, context, write: false)
            let now = Int64(Date().timeIntervalSince1970)
            let start = now - now % 60 - 59 * 60
            let points = try dependencies.store.stats(.minute, from: Date(timeIntervalSince1970: TimeInterval(start)), to: Date())
            let table = StatsSeries.table(points, start: start, step: 60, buckets: 60)
            return try json(Dictionary(uniqueKeysWithValues: table.map { ($0.key.rawValue, $0.value) }))
        }
        api.get("reports/:period") { request, context in
            _ = try await authorize(request, context, write: false)
            let period = try context.parameters.require("period")
            guard ["day", "week", "month"].contains(period) else { throw AdminError(status: .notFound, message: "period is day, week or month") }
            return try json(try StatsReport.make(period: period, store: dependencies.store))
        }
        api.get("rules") { request, context in
            _ = try await authorize(request, context, write: false)
            let store = dependencies.store
            return try json(RulesEntry(
                access: try store.listAccessRules().map { ["key": $0.key, "action": $0.action] },
                whitelist: try store.scanListEntries(.whitelist), blacklist: try store.scanListEntries(.blacklist),
                dnsbl: DNSBLZoneSource.effective(store: store)))
        }
        api.post("rules/:list/:action") { request, context in
            let (_, session, form) = try await authorize(request, context, write: true)
            let list = try context.parameters.require("list"), action = try context.parameters.require("action")
            let result = try ruleAction(list: list, action: action, form: form)
            audit(session, context, "\(list)-\(action)", form["key"] ?? "", result)
            return try json(["result": result])
        }
        api.get("rules/test") { request, context in
            _ = try await authorize(request, context, write: false)
            let query = request.uri.queryParameters
            guard let ip = query["ip"].map(String.init), !ip.isEmpty else { throw AdminError(status: .badRequest, message: "ip is required") }
            let to = (query["to"].map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            return try json(["lines": await dependencies.explain(ip, query["from"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }, to)])
        }
        api.get("logs") { request, context in
            _ = try await authorize(request, context, write: false)
            let (lines, note) = searchLog(request.uri.queryParameters["q"].map(String.init) ?? "")
            return try json(LogsEntry(lines: lines, note: note))
        }
        api.get("audit") { request, context in
            _ = try await authorize(request, context, write: false)
            return try json(try dependencies.store.adminAudit())
        }
        return router
    }

    // MARK: - Pages' helpers

    func done(_ request: Request) -> String? { request.uri.queryParameters["done"].map { String($0).removingPercentEncoding ?? String($0) } }

    /// The last matching lines of the event log file (`log.file`), newest last.
    func searchLog(_ query: String, limit: Int = 200) -> ([String], String?) {
        guard let path = dependencies.logFile, !path.isEmpty else { return ([], "set log.file to search the event log here") }
        guard let handle = FileHandle(forReadingAtPath: path) else { return ([], "cannot read \(path)") }
        defer { try? handle.close() }
        // The last 8 MB is recent enough and bounded.
        let size = (try? handle.seekToEnd()) ?? 0
        try? handle.seek(toOffset: size > 8_388_608 ? size - 8_388_608 : 0)
        let text = String(decoding: (try? handle.readToEnd()) ?? Data(), as: UTF8.self)
        let lines = text.split(separator: "\n").filter { query.isEmpty || $0.localizedCaseInsensitiveContains(query) }
        return (lines.suffix(limit).map(String.init), nil)
    }

    func changeOwnPassword(_ request: Request, _ context: AdminRequestContext) async throws -> Response {
        var request = request
        let form = Self.formFields(try await request.collectBody(upTo: Self.maxBody))
        let lang = language(request)
        let address = (form["address"] ?? "").lowercased(), client = context.clientAddress
        if case .locked = await sessions.loginGate(client: client, admin: "mail:" + address) {
            return html(AdminPages.ownPassword(language: lang, message: lang.text("locked"), failed: true), status: .tooManyRequests)
        }
        guard let user = try await dependencies.store.authenticate(username: address, password: form["current"] ?? "") else {
            let outcome = await sessions.loginFailed(client: client, admin: "mail:" + address)
            if outcome.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(outcome.delay * 1_000))) }
            dependencies.logger.warning("event=password-change ip=\(client) user=\(address) result=failure reason=credentials")
            return html(AdminPages.ownPassword(language: lang, message: lang.text("bad-login"), failed: true), status: .unauthorized)
        }
        do {
            try dependencies.store.setPassword(user, password: form["password"] ?? "", policy: passwordPolicy())
        } catch let error as DirectoryError {
            return html(AdminPages.ownPassword(language: lang, message: error.description, failed: true), status: .badRequest)
        }
        dependencies.logger.notice("event=password-change ip=\(client) user=\(user) result=success")
        return html(AdminPages.ownPassword(language: lang, message: lang.text("password-changed"), failed: false))
    }

    // MARK: - Sign-in

    func login(_ request: Request, _ context: AdminRequestContext) async throws -> Response {
        var request = request
        let form = Self.formFields(try await request.collectBody(upTo: Self.maxBody))
        let name = (form["name"] ?? "").lowercased()
        let password = form["password"] ?? ""
        let client = context.clientAddress
        let lang = language(request)
        if case .locked = await sessions.loginGate(client: client, admin: name) {
            dependencies.logger.warning("event=admin-login ip=\(client) admin=\(name) result=locked")
            return html(AdminPages.login(language: lang, error: lang.text("locked")), status: .tooManyRequests)
        }
        guard !name.isEmpty, let admin = try await dependencies.store.authenticateAdmin(name, password: password) else {
            let outcome = await sessions.loginFailed(client: client, admin: name)
            dependencies.logger.warning("event=admin-login ip=\(client) admin=\(name) result=failure")
            if outcome.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(outcome.delay * 1_000))) }
            return html(AdminPages.login(language: lang, error: lang.text("bad-login")), status: .unauthorized)
        }
        await sessions.loginSucceeded(client: client, admin: admin)
        let (token, session) = await sessions.create(admin: admin)
        dependencies.logger.info("event=admin-login ip=\(client) admin=\(admin) result=success")
        audit(session, context, "login", admin, "success")
        var response = redirect("/")
        response.setCookie(Cookie(
            name: Self.cookieName, value: token, maxAge: Int(sessions.lifetime), path: "/", secure: dependencies.secureCookies,
            httpOnly: true, sameSite: .strict))
        return response
    }

    /// The session for this request; writes must also carry its CSRF token. Returns the form
    /// fields of a write (the body is read once, here).
    func authorize(_ request: Request, _ context: AdminRequestContext, write: Bool) async throws -> (String, AdminSession, [String: String]) {
        let token = request.cookies[Self.cookieName]?.value
        guard let token, let session = await sessions.session(token) else {
            throw AdminError(status: .unauthorized, message: "sign in first")
        }
        var form: [String: String] = [:]
        if write {
            var request = request
            form = Self.formFields(try await request.collectBody(upTo: Self.maxBody))
            let presented = request.headers[HTTPField.Name("X-CSRF-Token")!] ?? form["csrf"]
            guard let presented, Self.constantTimeEqual(presented, session.csrfToken) else {
                dependencies.logger.warning("event=admin-csrf-rejected ip=\(context.clientAddress) admin=\(session.admin) path=\(request.uri.path)")
                throw AdminError(status: .forbidden, message: "missing or wrong CSRF token")
            }
        }
        return (token, session, form)
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }

    /// `application/x-www-form-urlencoded` fields.
    static func formFields(_ body: ByteBuffer) -> [String: String] {
        var fields: [String: String] = [:]
        let text = String(buffer: body)
        for pair in text.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ part: Substring) -> String {
                (String(part).replacingOccurrences(of: "+", with: " ").removingPercentEncoding) ?? String(part)
            }
            if let key = parts.first { fields[decode(key)] = parts.count > 1 ? decode(parts[1]) : "" }
        }
        return fields
    }

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
                return "flush requested"
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
                return "DNSBL zones: " + (try DNSBLZoneSource.change(store: dependencies.store, add: key)).joined(separator: ", ")
            case ("dnsbl", "remove"):
                let zones = try DNSBLZoneSource.change(store: dependencies.store, remove: key)
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
        PasswordPolicy(minimumLength: Int((try? dependencies.store.setting("password_min_length")) ?? nil ?? "") ?? PasswordPolicy().minimumLength)
    }

    func audit(_ session: AdminSession, _ context: AdminRequestContext, _ action: String, _ target: String, _ result: String) {
        dependencies.logger.notice("event=admin-action admin=\(session.admin) ip=\(context.clientAddress) action=\(action) target=\"\(target)\" result=\"\(result)\"")
        try? dependencies.store.recordAdminAction(admin: session.admin, client: context.clientAddress, action: action, target: target, result: result)
    }

    // MARK: - Status

    /// The last hour, per minute, as an SVG chart.
    func lastHourChart() -> String {
        let now = Int64(Date().timeIntervalSince1970)
        let start = now - now % 60 - 59 * 60
        let points = (try? dependencies.store.stats(.minute, from: Date(timeIntervalSince1970: TimeInterval(start)), to: Date())) ?? []
        return StatsChart.svg(StatsSeries.table(points, start: start, step: 60, buckets: 60))
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

/// Security headers on every page: no framing, no sniffing, nothing loaded from elsewhere.
func html(_ body: String, status: HTTPResponse.Status = .ok) -> Response {
    Response(
        status: status,
        headers: [
            .contentType: "text/html; charset=utf-8",
            .contentSecurityPolicy: "default-src 'self'; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'; form-action 'self'",
            HTTPField.Name("X-Frame-Options")!: "DENY", HTTPField.Name("X-Content-Type-Options")!: "nosniff",
            .cacheControl: "no-store",
        ],
        body: .init(byteBuffer: ByteBuffer(string: body)))
}

func percent(_ text: String) -> String {
    text.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
}

func redirect(_ location: String) -> Response {
    Response(status: .seeOther, headers: [.location: location, .cacheControl: "no-store"])
}

func json<T: Encodable>(_ value: T) throws -> Response {
    let encoder = JSONEncoder()
    encoder.dateEncodingStrategy = .iso8601
    encoder.outputFormatting = [.sortedKeys]
    return Response(
        status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
        body: .init(byteBuffer: ByteBuffer(bytes: try encoder.encode(value))))
}

extension AdminError: HTTPResponseError {
    func response(from request: Request, context: some RequestContext) throws -> Response {
        let body = (try? JSONEncoder().encode(["error": message])) ?? Data()
        return Response(status: status, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }
}
