import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HaetaeAdmin

/// The console's routes sit behind one session middleware: nothing in its groups answers without
/// a session, and no state change without the session's CSRF token.
struct AdminSessionMiddlewareTests {
    static let pages = ["/", "/queue", "/queue/0HOK000000000000", "/quarantine", "/quarantine/x", "/accounts", "/rules", "/reports/day", "/logs"]
    static let pagePosts = ["/logout", "/protect/reset", "/queue/0HOK000000000000/delete", "/quarantine/x/release",
                            "/accounts/create/user", "/accounts/alice@example.test/suspend", "/rules/whitelist/add"]
    static let api = ["/api/status", "/api/queue", "/api/quarantine"]

    @Test func withoutASessionPagesRedirectAndEverythingElseIs401() async throws {
        let fixture = try AdminRoutesTests.fixture()
        try await fixture.app.test(.router) { client in
            for path in Self.pages {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .seeOther || response.status == .found, "\(path): \(response.status)")
                    #expect(response.headers[.location] == "/login", "\(path)")
                }
            }
            for path in Self.pagePosts {
                try await client.execute(uri: path, method: .post, headers: AdminRoutesTests.formHeaders, body: AdminRoutesTests.form("x=1")) { response in
                    #expect(response.status == .unauthorized, "\(path): \(response.status)")
                }
            }
            for path in Self.api {
                try await client.execute(uri: path, method: .get) { response in
                    #expect(response.status == .unauthorized, "\(path): \(response.status)")
                }
            }
        }
    }

    @Test func aSessionWithoutTheCSRFTokenChangesNothing() async throws {
        let fixture = try AdminRoutesTests.fixture()
        try await fixture.app.test(.router) { client in
            let (cookie, _) = try await AdminRoutesTests.signIn(client)
            var headers = AdminRoutesTests.formHeaders
            headers[.cookie] = cookie
            for path in Self.pagePosts + ["/api/queue/0HOK000000000000/delete"] {
                try await client.execute(uri: path, method: .post, headers: headers, body: AdminRoutesTests.form("csrf=wrong")) { response in
                    #expect(response.status == .forbidden, "\(path): \(response.status)")
                }
            }
            #expect(try fixture.store.user("alice@example.test")?.suspended == false)
        }
    }
}
