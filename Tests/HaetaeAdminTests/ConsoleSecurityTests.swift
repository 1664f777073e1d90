import Foundation
import HaetaeFilter
import HaetaeProtection
import HaetaeQueue
import HaetaeScan
import HaetaeStore
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import Testing

@testable import HaetaeAdmin

/// Issue 11, F2: mail-derived text on every console page, the headers on every response, and the
/// login form's CSRF token.
struct ConsoleSecurityTests {
    /// A Prepend character before `<`, a combining mark after `"`, a combining mark after `<`:
    /// each is one grapheme cluster, which a `Character`-based escaper passed through raw.
    static let payloads = ["\u{0600}<b>", "\"\u{0301}", "<\u{0338}"]
    static let hostile = "\u{0600}<b>bold</b> x\"\u{0301} onmouseover=alert(1) y<\u{0338}img src=x>"
    /// What must never appear on a page (byte for byte), and what must appear instead.
    static let forbidden = ["\u{0600}<", "<b>", "\"\u{0301}", "<\u{0338}", "<img"]
    static let escaped = ["\u{0600}&lt;b&gt;", "&quot;\u{0301}", "&lt;\u{0338}"]

    /// Byte-wise search: `String.contains` compares grapheme clusters, the very thing that hid the bug.
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return n.isEmpty }
        for start in 0...(h.count - n.count) where h[start] == n[0] && Array(h[start..<(start + n.count)]) == n { return true }
        return false
    }

    static func expectSafe(_ page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        for bad in forbidden {
            #expect(!containsBytes(page, bad), "\(what) shows \(bad.debugDescription) raw", sourceLocation: sourceLocation)
        }
        for good in escaped {
            #expect(containsBytes(page, good), "\(what) lacks \(good.debugDescription)", sourceLocation: sourceLocation)
        }
    }

    struct Fixture {
        let store: DirectoryStore
        let spool: Spool
        let quarantine: QuarantineStore
        let queueID: String
        let app: Application<RouterResponder<AdminRequestContext>>
    }

    /// A console whose every page has hostile text to show.
    static func plantedFixture(hostile h: String = hostile) async throws -> Fixture {
        let root = NSTemporaryDirectory() + "haetae-admin-f2-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let store = try DirectoryStore(path: root + "/db.sqlite", bcryptCost: 4)
        try store.addAdmin("boss", password: "Strong-Admin-Pass-77")
        try store.addDomain("example.test")
        let spool = try Spool(root: root + "/queue")
        let quarantine = try QuarantineStore(root: root + "/quarantine")
        let queueID = QueueID.make()

        // Dashboard: today's top senders and refused clients, the breaker's top senders.
        try store.addTopCounts(["sender": [h: 3], "refused-client": [h: 2], "recipient": [h: 1], "domain": [h: 1]], at: Date())
        try store.saveBreakerState(CircuitBreaker.State(trippedAt: Date(), backlogAtTrip: 600), topSenders: [h], bump: true)
        // Reports: refusals by reason.
        try store.addStats(["haetae_rcpt_rejected_total{reason=\(h)}": 1], at: Date())
        // Queue: sender, recipient, last error, headers.
        try await spool.accept(
            QueueEnvelope(
                id: queueID, arrivedAt: Date(), sender: h,
                recipients: [QueueRecipient(address: h, status: .deferred, lastError: h)], clientAddress: h, authenticatedUser: h),
            message: Array("Subject: \(h)\r\nFrom: \(h)\r\n\r\nbody \(h)\r\n".utf8))
        // Quarantine: sender, recipients, reasons, subject, the message itself.
        try quarantine.put(
            QuarantineRecord(
                id: "F2QUARANTINED1", arrivedAt: Date(), sender: h, recipients: [h], clientAddress: h,
                result: ScanResult(verdicts: [.spam], score: 9, reasons: [h]), size: 10, subject: h),
            message: Array("Subject: \(h)\r\n\r\n\(h)\r\n".utf8))
        // Rules: an access key and a whitelist entry written straight to the store, and the explainer's lines.
        try store.setAccessRule(key: h, action: "REJECT")
        try store.addScanListEntry(.whitelist, key: h)
        // Accounts: a suspension reason; the dashboard's audit trail: an action's target and result.
        try store.addUser("alice@example.test", password: "Quartz-Meadow-4821")
        _ = try store.suspendUser("alice@example.test", reason: h)
        try store.recordAdminAction(admin: "boss", client: "192.0.2.1", action: "whitelist-add", target: h, result: h)
        // Logs: a line from the event log.
        let logFile = root + "/haetae.log"
        try Data("event=scan from=\(h) subject=\(h)\n".utf8).write(to: URL(fileURLWithPath: logFile))

        let routes = AdminRoutes(dependencies: AdminDependencies(
            store: store, spool: spool, quarantine: quarantine, remoteBacklog: { 0 },
            metrics: { Array("haetae_test_metric 1\n".utf8) }, secureCookies: false, logFile: logFile,
            explain: { _, _, _ in ["explained \(h)"] }, logger: Logger(label: "test")))
        return Fixture(store: store, spool: spool, quarantine: quarantine, queueID: queueID, app: Application(router: routes.router()))
    }

    /// Percent-encodes everything but ASCII letters and digits (`percent` keeps Unicode marks).
    static func query(_ text: String) -> String {
        text.addingPercentEncoding(withAllowedCharacters: CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")) ?? ""
    }

    static func get(_ client: some TestClientProtocol, _ uri: String, cookie: String) async throws -> String {
        try await client.execute(uri: uri, method: .get, headers: [.cookie: cookie]) { response in
            #expect(response.status == .ok, "\(uri)")
            return String(buffer: response.body)
        }
    }

    @Test func f2EscaperWorksOnScalarsNotCharacters() {
        // Each payload is a single Character: the old `switch character` escaper matched none of them.
        #expect(Self.payloads.map(\.count) == [3, 1, 1])
        #expect(htmlEscape("\u{0600}<b>") == "\u{0600}&lt;b&gt;")
        #expect(htmlEscape("\"\u{0301}") == "&quot;\u{0301}")
        #expect(htmlEscape("<\u{0338}") == "&lt;\u{0338}")
        #expect(htmlEscape(">\u{0301}'\u{0301}&\u{0301}") == "&gt;\u{0301}&#39;\u{0301}&amp;\u{0301}")
        #expect(htmlEscape("a\u{0}b") == "a\u{FFFD}b")
        #expect(htmlEscape("해태 <ok> é") == "해태 &lt;ok&gt; é")
        // No markup byte survives, whatever precedes or follows it.
        for prefix in ["", "\u{0600}", "\u{200D}", "\u{1100}", "e"] {
            for suffix in ["", "\u{0301}", "\u{0338}", "\u{200D}", "\u{FE0F}"] {
                for markup in ["<", ">", "\"", "'", "&"] {
                    let out = htmlEscape(prefix + markup + suffix)
                    #expect(!out.utf8.contains { [UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'")].contains($0) })
                }
            }
        }
    }

    @Test func f2ConsoleEscapingBypassOnEveryPageWithMailText() async throws {
        let fixture = try await Self.plantedFixture()
        try await fixture.app.test(.router) { client in
            let (cookie, _) = try await AdminRoutesTests.signIn(client)
            let pages = [
                ("dashboard", "/"),
                ("logs", "/logs"),
                ("logs search", "/logs?q=" + Self.query(Self.hostile)),
                ("queue list", "/queue"),
                ("queue search and notice", "/queue?q=" + Self.query(Self.hostile) + "&done=" + Self.query(Self.hostile)),
                ("queue detail", "/queue/\(fixture.queueID)"),
                ("quarantine list", "/quarantine"),
                ("quarantine view", "/quarantine/F2QUARANTINED1"),
                ("reports", "/reports/day"),
                ("rules", "/rules?ip=192.0.2.1"),
                ("accounts", "/accounts"),
            ]
            for (what, uri) in pages {
                let page = try await Self.get(client, uri, cookie: cookie)
                Self.expectSafe(page, what)
            }
        }
    }

    @Test func f2ConsoleEscapingBypassInAttributes() async throws {
        let fixture = try await Self.plantedFixture()
        try await fixture.app.test(.router) { client in
            let (cookie, _) = try await AdminRoutesTests.signIn(client)
            // The rules page echoes keys into hidden inputs' value="…": the quote stays escaped.
            let rules = try await Self.get(client, "/rules", cookie: cookie)
            #expect(Self.containsBytes(rules, "name=\"key\" value=\"\u{0600}&lt;b&gt;bold&lt;/b&gt; x&quot;\u{0301} onmouseover=alert(1)"))
            // The search box echoes the query into value="…".
            let logs = try await Self.get(client, "/logs?q=" + Self.query("\"\u{0301} autofocus onfocus=alert(1) x"), cookie: cookie)
            #expect(Self.containsBytes(logs, "value=\"&quot;\u{0301} autofocus onfocus=alert(1) x\""))
        }
    }

    @Test func f2SecurityHeadersOnEveryResponse() async throws {
        let fixture = try await Self.plantedFixture()
        try await fixture.app.test(.router) { client in
            let (cookie, csrf) = try await AdminRoutesTests.signIn(client)
            func check(_ uri: String, _ method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: ByteBuffer? = nil,
                       status: HTTPResponse.Status) async throws {
                try await client.execute(uri: uri, method: method, headers: headers, body: body) { response in
                    #expect(response.status == status, "\(method) \(uri)")
                    let csp = response.headers[.contentSecurityPolicy] ?? ""
                    for directive in ["base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'", "default-src 'self'"] {
                        #expect(csp.contains(directive), "\(method) \(uri): CSP \(csp)")
                    }
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff", "\(method) \(uri)")
                }
            }
            let signedIn: HTTPFields = [.cookie: cookie]
            try await check("/login", status: .ok)
            try await check("/login", .post, headers: AdminRoutesTests.formHeaders, body: AdminRoutesTests.form("name=boss&password=x"), status: .forbidden)
            try await check("/", status: .seeOther)
            try await check("/", headers: signedIn, status: .ok)
            try await check("/health", status: .ok)
            try await check("/metrics", status: .ok)
            try await check("/static/console.js", status: .ok)
            try await check("/api/status", status: .unauthorized)
            try await check("/api/status", headers: signedIn, status: .ok)
            try await check("/api/protect/reset", .post, headers: signedIn, status: .forbidden)
            try await check("/quarantine/NOSUCH", headers: signedIn, status: .notFound)
            try await check("/no/such/page", status: .notFound)
            try await check("/reports/year", headers: signedIn, status: .notFound)
            var form = AdminRoutesTests.formHeaders
            form[.cookie] = cookie
            try await check("/queue/\(fixture.queueID)/hold", .post, headers: form, body: AdminRoutesTests.form("csrf=\(csrf)"), status: .seeOther)
        }
    }

    @Test func f2LoginNeedsThePreSessionCSRFToken() async throws {
        let fixture = try await Self.plantedFixture()
        try await fixture.app.test(.router) { client in
            let (loginCookie, token) = try await AdminRoutesTests.loginForm(client)
            #expect(token.count == 64)
            let good = "name=boss&password=Strong-Admin-Pass-77"
            func post(_ body: String, cookie: String?) async throws -> (HTTPResponse.Status, String?) {
                var headers = AdminRoutesTests.formHeaders
                if let cookie { headers[.cookie] = cookie }
                return try await client.execute(uri: "/login", method: .post, headers: headers, body: AdminRoutesTests.form(body)) { response in
                    let session = response.headers[values: .setCookie].first { $0.hasPrefix("haetae_session=") && !$0.hasPrefix("haetae_session=;") }
                    return (response.status, session)
                }
            }
            // The right password alone is not enough: no token, no cookie, or the two not matching.
            var (status, session) = try await post(good, cookie: nil)
            #expect(status == .forbidden && session == nil)
            (status, session) = try await post(good + "&csrf=\(token)", cookie: nil)
            #expect(status == .forbidden && session == nil, "a token without its cookie (another site's form) is refused")
            (status, session) = try await post(good, cookie: loginCookie)
            #expect(status == .forbidden && session == nil)
            (status, session) = try await post(good + "&csrf=" + String(repeating: "0", count: 64), cookie: loginCookie)
            #expect(status == .forbidden && session == nil)
            (status, session) = try await post(good + "&csrf=\(token)", cookie: "haetae_login=" + String(repeating: "0", count: 64))
            #expect(status == .forbidden && session == nil)
            (status, session) = try await post(good + "&csrf=", cookie: "haetae_login=")
            #expect(status == .forbidden && session == nil)
            // Form and cookie together: signed in.
            (status, session) = try await post(good + "&csrf=\(token)", cookie: loginCookie)
            #expect(status == .seeOther && session != nil)
        }
        // The login cookie is HttpOnly, SameSite=Strict and scoped to /login.
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/login", method: .get) { response in
                let cookie = response.headers[values: .setCookie].first { $0.hasPrefix("haetae_login=") } ?? ""
                #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict") && cookie.contains("Path=/login"))
            }
        }
    }

    @Test func f2LogFieldsFromFormsAreQuoted() {
        #expect(LogQuote.quote("boss\r\nevent=admin-login result=success") == "\"boss\\x0d\\x0aevent=admin-login result=success\"")
        #expect(LogQuote.quote("plain") == "plain")
        #expect(!LogQuote.quote("a\"b\nc").contains("\n"))
    }

    @Test func statsTopListsAreCappedPerKindAndDay() throws {
        let root = NSTemporaryDirectory() + "haetae-admin-top-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let store = try DirectoryStore(path: root + "/db.sqlite", bcryptCost: 4)
        let now = Date()
        // 50 senders with counts 1…50 in one flush, then 50 more new ones with count 1.
        var senders: [String: Int] = [:]
        for index in 1...50 { senders["s\(index)@flood.example"] = index }
        try store.addTopCounts(["sender": senders, "domain": ["flood.example": 1]], at: now, keep: 10)
        #expect(try store.topKeyCount(kind: "sender", at: now) == 10)
        #expect(try store.topKeyCount(kind: "domain", at: now) == 1)
        try store.addTopCounts(["sender": Dictionary(uniqueKeysWithValues: (51...100).map { ("s\($0)@flood.example", 1) })], at: now, keep: 10)
        #expect(try store.topKeyCount(kind: "sender", at: now) == 10)
        // The largest stay.
        let top = try store.topCounts(kind: "sender", from: now, to: now, limit: 20)
        #expect(top.map(\.key) == (41...50).reversed().map { "s\($0)@flood.example" })
        // The default cap is a named constant, and it holds for the default call.
        #expect(DirectoryStore.topKeysPerDay == 1_000)
        try store.addTopCounts(["recipient": Dictionary(uniqueKeysWithValues: (0..<1_200).map { ("r\($0)@x.example", 1) })], at: now)
        #expect(try store.topKeyCount(kind: "recipient", at: now) == DirectoryStore.topKeysPerDay)
    }
}
