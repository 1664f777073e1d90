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
    /// Set by `AdminSessionMiddleware` for the routes behind it.
    var admin: SignedInAdmin?

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }

    var clientAddress: String { remoteAddress?.ipAddress ?? "unknown" }
}

/// What the console reads and changes.
public struct AdminDependencies: Sendable {
    public var store: any HaetaeDataStore
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
    /// The live SMTP AUTH stage (lockout, throttle, password check) for the users' own password
    /// page, so both share one lockout (nil: the console's own throttle).
    public var mailAuthenticate: (@Sendable (_ user: String, _ password: String, _ client: String) async -> AuthDecision)?
    public var logger: Logger
    /// `auth.password_min_length` of the running server.
    public var passwordMinimumLength = PasswordPolicy().minimumLength
    /// `dnsbl.zones` of the running server (the list a first change starts from).
    public var configuredDNSBLZones: [String] = []
    /// `protection.queue_threshold` of the running server.
    public var breakerThreshold = 500

    public init(
        store: any HaetaeDataStore, spool: Spool, quarantine: QuarantineStore, remoteBacklog: @escaping @Sendable () async -> Int,
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
    /// The pre-session cookie the login form's CSRF token is bound to (double submit).
    static let loginCookieName = "haetae_login"
    static let maxBody = 64 * 1024

    public init(dependencies: AdminDependencies, sessions: AdminSessions = AdminSessions()) {
        self.dependencies = dependencies
        self.sessions = sessions
    }

    public func router() -> Hummingbird.Router<AdminRequestContext> {
        // The templates are compiled (and their escaping checked) now, not at the first page.
        _ = ConsoleTemplates.library
        let router = Hummingbird.Router(context: AdminRequestContext.self)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: LanguageMiddleware())
        router.get("/health") { _, _ in "ok\n" }
        router.get("/metrics") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/plain; version=0.0.4"], body: .init(byteBuffer: ByteBuffer(bytes: dependencies.metrics())))
        }
        router.get("/static/console.js") { _, _ in
            Response(status: .ok, headers: [.contentType: "text/javascript; charset=utf-8", .cacheControl: "max-age=3600"],
                     body: .init(byteBuffer: ByteBuffer(string: AdminPages.script)))
        }
        router.get("/login") { request, _ in loginPage(request, error: nil) }
        router.post("/login") { request, context in try await login(request, context) }
        // Everything below needs a signed-in administrator (and a CSRF token to change anything).
        let console = router.group().add(middleware: AdminSessionMiddleware(routes: self, redirectToSignIn: true))
        console.post("/logout") { request, context in
            let token = try context.signedIn().token
            await sessions.destroy(token)
            var response = redirect("/login")
            response.setCookie(Cookie(name: Self.cookieName, value: "", maxAge: 0, path: "/", secure: dependencies.secureCookies, httpOnly: true, sameSite: .strict))
            return response
        }
        console.get("/") { request, context in
            let session = try context.signedIn().session
            return html(AdminPages.dashboard(await status(), chart: lastHourChart(), session: session, language: language(request)))
        }
        console.post("/protect/reset") { request, context in
            let session = try context.signedIn().session
            let (wasTripped, backlog) = try await AdminControls.resetBreaker(store: dependencies.store, spool: dependencies.spool, threshold: dependencies.breakerThreshold)
            audit(session, context, "protect-reset", "breaker", wasTripped ? "reset, backlog \(backlog)" : "was not tripped")
            return redirect("/")
        }

        // Pages over the same actions as the API (forms carry the CSRF token; results come back as ?done=).
        console.get("/queue") { request, context in
            let session = try context.signedIn().session
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            let messages = dependencies.spool.list().messages.filter { message in
                query.isEmpty || message.envelope.id.contains(query) || message.envelope.sender.localizedCaseInsensitiveContains(query)
                    || message.envelope.recipients.contains { $0.address.localizedCaseInsensitiveContains(query) }
            }
            return html(AdminPages.queue(messages, query: query, done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        console.get("/queue/:id") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id")
            guard let (envelope, _) = try? dependencies.spool.load(id), let message = try? dependencies.spool.messageBytes(id) else {
                throw AdminError(status: .notFound, message: "no queued message \(id)")
            }
            return html(AdminPages.queuedMessage(envelope, message: message, csrf: session.csrfToken, language: language(request)))
        }
        console.post("/queue/:id/:action") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id"), action = try context.parameters.require("action")
            let result = try await queueAction(id: id, action: action)
            audit(session, context, "queue-" + action, id, result)
            return redirect("/queue?done=" + percent("\(id): \(result)"))
        }
        console.get("/quarantine") { request, context in
            let session = try context.signedIn().session
            return html(AdminPages.quarantine(dependencies.quarantine.list(), done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        console.get("/quarantine/:id") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id")
            guard let record = try? dependencies.quarantine.record(id), let message = try? dependencies.quarantine.message(id) else {
                throw AdminError(status: .notFound, message: "no quarantined message \(id)")
            }
            return html(AdminPages.quarantined(record, message: message, csrf: session.csrfToken, language: language(request)))
        }
        console.post("/quarantine/:id/:action") { request, context in
            let session = try context.signedIn().session
            let id = try context.parameters.require("id"), action = try context.parameters.require("action")
            let result = try await quarantineAction(id: id, action: action)
            audit(session, context, "quarantine-" + action, id, result)
            return redirect("/quarantine?done=" + percent("\(id): \(result)"))
        }
        console.get("/accounts") { request, context in
            let session = try context.signedIn().session
            return html(AdminPages.accounts(
                try dependencies.store.listUsers(), domains: try dependencies.store.listDomains(), aliases: try dependencies.store.listAliases(),
                done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        console.post("/accounts/create/:what") { request, context in
            let (session, form) = try context.signedIn().sessionAndForm
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
        console.post("/accounts/:address/:action") { request, context in
            let (session, form) = try context.signedIn().sessionAndForm
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
        console.get("/rules") { request, context in
            let session = try context.signedIn().session
            let store = dependencies.store
            let query = request.uri.queryParameters
            var explanation: [String] = []
            if let ip = query["ip"].map(String.init), !ip.isEmpty {
                let to = (query["to"].map(String.init) ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
                explanation = await dependencies.explain(ip, query["from"].map(String.init).flatMap { $0.isEmpty ? nil : $0 }, to)
            }
            return html(AdminPages.rules(
                access: try store.listAccessRules(), whitelist: try store.scanListEntries(.whitelist), blacklist: try store.scanListEntries(.blacklist),
                dnsbl: DNSBLZoneSource.effective(store: store, configured: dependencies.configuredDNSBLZones), explanation: explanation, done: done(request), csrf: session.csrfToken, language: language(request)))
        }
        console.post("/rules/:list/:action") { request, context in
            let (session, form) = try context.signedIn().sessionAndForm
            let list = try context.parameters.require("list"), action = try context.parameters.require("action")
            let result = try ruleAction(list: list, action: action, form: form)
            audit(session, context, "\(list)-\(action)", form["key"] ?? "", result)
            return redirect("/rules?done=" + percent(result))
        }
        console.get("/reports/:period") { request, context in
            _ = try context.signedIn()
            let period = try context.parameters.require("period")
            guard ["day", "week", "month"].contains(period) else { throw AdminError(status: .notFound, message: "period is day, week or month") }
            return html(AdminPages.report(try StatsReport.make(period: period, store: dependencies.store), language: language(request)))
        }
        console.get("/logs") { request, context in
            _ = try context.signedIn()
            let query = request.uri.queryParameters["q"].map(String.init) ?? ""
            let (lines, note) = searchLog(query)
            return html(AdminPages.logs(lines, query: query, note: note, language: language(request)))
        }
        // Users change their own mail password (their current one proves who they are).
        router.get("/password") { request, _ in html(AdminPages.ownPassword(language: language(request), message: nil, failed: false)) }
        router.post("/password") { request, context in try await changeOwnPassword(request, context) }

        addAPIRoutes(to: router)
        return router
    }
}
