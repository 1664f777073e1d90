import Foundation
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

struct AdminRoutesTests {
    struct Fixture {
        let store: DirectoryStore
        let spool: Spool
        let app: Application<RouterResponder<AdminRequestContext>>
    }

    static func fixture() throws -> Fixture {
        let root = NSTemporaryDirectory() + "haetae-admin-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        let store = try DirectoryStore(path: root + "/db.sqlite", bcryptCost: 4)
        try store.addAdmin("boss", password: "Strong-Admin-Pass-77")
        try store.addDomain("example.test")
        try store.addUser("alice@example.test", password: "Quartz-Meadow-4821")
        let spool = try Spool(root: root + "/queue")
        let routes = AdminRoutes(dependencies: AdminDependencies(
            store: store, spool: spool, quarantine: try QuarantineStore(root: root + "/quarantine"), remoteBacklog: { 7 },
            metrics: { Array("haetae_test_metric 1\n".utf8) }, secureCookies: false, logger: Logger(label: "test")))
        return Fixture(store: store, spool: spool, app: Application(router: routes.router()))
    }

    static func form(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
    static let formHeaders: HTTPFields = [.contentType: "application/x-www-form-urlencoded"]

    /// Loads the login page: its pre-session cookie (`haetae_login=…`) and the form's CSRF token.
    static func loginForm(_ client: some TestClientProtocol) async throws -> (cookie: String, token: String) {
        try await client.execute(uri: "/login", method: .get) { response in
            let setCookie = response.headers[values: .setCookie].first { $0.hasPrefix("haetae_login=") } ?? ""
            let page = String(buffer: response.body)
            guard let range = page.range(of: "name=\"csrf\" value=\"") else { return ("", "") }
            return (String(setCookie.split(separator: ";").first ?? ""), String(page[range.upperBound...].prefix { $0 != "\"" }))
        }
    }

    /// Posts the login form as a browser would (with its token and cookie).
    static func postLogin(_ client: some TestClientProtocol, _ fields: String) async throws -> (status: HTTPResponse.Status, setCookie: String) {
        let (cookie, token) = try await loginForm(client)
        var headers = formHeaders
        headers[.cookie] = cookie
        return try await client.execute(uri: "/login", method: .post, headers: headers, body: form(fields + "&csrf=" + token)) { response in
            (response.status, response.headers[values: .setCookie].first { $0.hasPrefix("haetae_session=") } ?? "")
        }
    }

    /// Signs in and returns the cookie header and the CSRF token from the dashboard.
    static func signIn(_ client: some TestClientProtocol) async throws -> (cookie: String, csrf: String) {
        let (loginCookie, token) = try await loginForm(client)
        var headers = formHeaders
        headers[.cookie] = loginCookie
        let cookie = try await client.execute(uri: "/login", method: .post, headers: headers, body: form("name=boss&password=Strong-Admin-Pass-77&csrf=" + token)) { response in
            #expect(response.status == .seeOther)
            let setCookie = response.headers[values: .setCookie].first { $0.hasPrefix("haetae_session=") } ?? ""
            #expect(setCookie.contains("HttpOnly"))
            #expect(setCookie.contains("SameSite=Strict"))
            return String(setCookie.split(separator: ";").first ?? "")
        }
        let csrf = try await client.execute(uri: "/", method: .get, headers: [.cookie: cookie]) { response in
            let page = String(buffer: response.body)
            guard let range = page.range(of: "name=\"csrf\" value=\"") else { return "" }
            return String(page[range.upperBound...].prefix { $0 != "\"" })
        }
        #expect(csrf.count == 64)
        return (cookie, csrf)
    }

    @Test func everythingButLoginAndMetricsNeedsASession() async throws {
        let fixture = try Self.fixture()
        try await fixture.app.test(.router) { client in
            for uri in ["/api/status", "/api/queue", "/api/quarantine", "/api/users", "/api/audit"] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == .unauthorized, "\(uri)") }
            }
            try await client.execute(uri: "/api/protect/reset", method: .post) { #expect($0.status == .unauthorized) }
            try await client.execute(uri: "/", method: .get) { response in
                #expect(response.status == .seeOther)
                #expect(response.headers[.location] == "/login")
            }
            try await client.execute(uri: "/login", method: .get) { #expect($0.status == .ok) }
            try await client.execute(uri: "/metrics", method: .get) { #expect(String(buffer: $0.body) == "haetae_test_metric 1\n") }
            // A forged cookie is no session.
            try await client.execute(uri: "/api/status", method: .get, headers: [.cookie: "haetae_session=deadbeef"]) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func wrongPasswordsAreRefusedThenThrottledAndLocked() async throws {
        let fixture = try Self.fixture()
        try await fixture.app.test(.router) { client in
            let (status, setCookie) = try await Self.postLogin(client, "name=boss&password=wrong")
            #expect(status == .unauthorized)
            #expect(setCookie.isEmpty)
            _ = try await Self.signIn(client)
        }
        let sessions = AdminSessions(lockout: AuthLockoutPolicy(failures: 3, window: 600, duration: 900, throttleAfter: 0, maxDelay: 0))
        for _ in 0..<3 { _ = await sessions.loginFailed(client: "192.0.2.9", admin: "boss") }
        #expect(await sessions.loginGate(client: "192.0.2.9", admin: "boss") != .proceed)
    }

    @Test func writesNeedTheCSRFTokenAndChangeState() async throws {
        let fixture = try Self.fixture()
        try fixture.store.saveBreakerState(CircuitBreaker.State(trippedAt: Date(), backlogAtTrip: 600), bump: true)
        try await fixture.app.test(.router) { client in
            let (cookie, csrf) = try await Self.signIn(client)
            try await client.execute(uri: "/api/status", method: .get, headers: [.cookie: cookie]) { response in
                let status = String(buffer: response.body)
                #expect(status.contains("\"protectionTripped\":true"))
                #expect(status.contains("\"remoteBacklog\":7"))
            }
            // No token, a wrong token: refused, nothing changes.
            try await client.execute(uri: "/api/protect/reset", method: .post, headers: [.cookie: cookie]) { #expect($0.status == .forbidden) }
            try await client.execute(uri: "/api/protect/reset", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: String(repeating: "0", count: 64)]) {
                #expect($0.status == .forbidden)
            }
            #expect(try fixture.store.breakerState().isTripped)
            try await client.execute(uri: "/api/protect/reset", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf]) {
                #expect($0.status == .ok)
            }
            #expect(try !fixture.store.breakerState().isTripped)
            // The HTML form carries the token as a field.
            var headers = Self.formHeaders
            headers[.cookie] = cookie
            try await client.execute(uri: "/api/users/alice@example.test/suspend", method: .post, headers: headers, body: Self.form("csrf=\(csrf)")) {
                #expect($0.status == .ok)
            }
            #expect(try fixture.store.user("alice@example.test")?.suspended == true)
            try await client.execute(uri: "/api/users/nobody@example.test/unsuspend", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf]) {
                #expect($0.status == .notFound)
            }
            try await client.execute(uri: "/api/queue/NOSUCHID/hold", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf]) {
                #expect($0.status == .notFound)
            }
            // Every action is in the audit trail.
            try await client.execute(uri: "/api/audit", method: .get, headers: [.cookie: cookie]) { response in
                let audit = String(buffer: response.body)
                #expect(audit.contains("protect-reset") && audit.contains("user-suspend") && audit.contains("login"))
            }
            // Signing out ends the session.
            try await client.execute(uri: "/logout", method: .post, headers: [.cookie: cookie, HTTPField.Name("X-CSRF-Token")!: csrf]) { #expect($0.status == .seeOther) }
            try await client.execute(uri: "/api/status", method: .get, headers: [.cookie: cookie]) { #expect($0.status == .unauthorized) }
        }
    }

    @Test func pagesSpeakKoreanOrEnglishAndEscapeData() async throws {
        let fixture = try Self.fixture()
        try await fixture.app.test(.router) { client in
            try await client.execute(uri: "/login", method: .get, headers: [.acceptLanguage: "ko-KR,ko;q=0.9,en;q=0.8"]) { response in
                #expect(String(buffer: response.body).contains("해태 관리 콘솔"))
                #expect(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true)
            }
            try await client.execute(uri: "/login?lang=en", method: .get, headers: [.acceptLanguage: "ko"]) { response in
                #expect(String(buffer: response.body).contains("Haetae console"))
            }
        }
        #expect(htmlEscape("<script>alert('x')</script>&") == "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;")
        #expect(AdminLanguage.choose(acceptLanguage: "en-US,ko;q=0.5", override: nil) == .en)
        #expect(AdminLanguage.choose(acceptLanguage: nil, override: nil) == .en)
    }
}
