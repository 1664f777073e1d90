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

/// Signing in, the session and CSRF check on every request, and the users' own password page.
extension AdminRoutes {
    // MARK: - Sign-in

    /// The sign-in page with a fresh pre-session CSRF token: the same random value goes into the
    /// form and into a `SameSite=Strict`, `HttpOnly` cookie scoped to `/login`, and a sign-in is
    /// accepted only when the two match (double submit). Another site can neither read the token
    /// nor make the browser send the cookie, so it cannot sign an administrator in to an account
    /// of its choosing (login CSRF, issue 11 F2).
    func loginPage(_ request: Request, error: String?, status: HTTPResponse.Status = .ok) -> Response {
        let token = AdminSessions.randomToken()
        var response = html(AdminPages.login(language: language(request), error: error, csrf: token), status: status)
        response.setCookie(Cookie(
            name: Self.loginCookieName, value: token, maxAge: 3_600, path: "/login", secure: dependencies.secureCookies,
            httpOnly: true, sameSite: .strict))
        return response
    }

    static func isLowerHex(_ byte: UInt8) -> Bool {
        (0x30...0x39).contains(byte) || (0x61...0x66).contains(byte)
    }

    /// Whether a sign-in carries the pre-session token of the login form it came from.
    static func validLoginToken(cookie: String?, field: String?) -> Bool {
        guard let cookie, let field, cookie.utf8.count == 64, cookie.utf8.allSatisfy(isLowerHex) else { return false }
        return constantTimeEqual(cookie, field)
    }

    func login(_ request: Request, _ context: AdminRequestContext) async throws -> Response {
        var request = request
        let form = Self.formFields(try await request.collectBody(upTo: Self.maxBody))
        let name = (form["name"] ?? "").lowercased()
        let password = form["password"] ?? ""
        let client = context.clientAddress
        let lang = language(request)
        guard Self.validLoginToken(cookie: request.cookies[Self.loginCookieName]?.value, field: form["csrf"]) else {
            dependencies.logger.record(.adminLogin, level: .warning, ["ip": "\(client)", "admin": name, "result": "refused", "reason": "csrf"])
            return loginPage(request, error: lang.text("login-expired"), status: .forbidden)
        }
        if case .locked = await sessions.loginGate(client: client, admin: name) {
            dependencies.logger.record(.adminLogin, level: .warning, ["ip": "\(client)", "admin": name, "result": "locked"])
            return loginPage(request, error: lang.text("locked"), status: .tooManyRequests)
        }
        let checked: String?
        do {
            checked = name.isEmpty ? nil : try await dependencies.store.authenticateAdmin(name, password: password)
        } catch is PasswordHashingBusy {
            // F6: the bcrypt threads are saturated; nothing is counted against the name.
            dependencies.logger.record(.adminLogin, level: .warning, ["ip": "\(client)", "admin": name, "result": "busy"])
            return loginPage(request, error: lang.text("locked"), status: .serviceUnavailable)
        }
        guard let admin = checked else {
            let outcome = await sessions.loginFailed(client: client, admin: name)
            dependencies.logger.record(.adminLogin, level: .warning, ["ip": "\(client)", "admin": name, "result": "failure"])
            if outcome.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(outcome.delay * 1_000))) }
            return loginPage(request, error: lang.text("bad-login"), status: .unauthorized)
        }
        await sessions.loginSucceeded(client: client, admin: admin)
        let (token, session) = await sessions.create(admin: admin)
        dependencies.logger.record(.adminLogin, ["ip": "\(client)", "admin": "\(admin)", "result": "success"])
        audit(session, context, "login", admin, "success")
        var response = redirect("/")
        response.setCookie(Cookie(
            name: Self.cookieName, value: token, maxAge: Int(sessions.lifetime), path: "/", secure: dependencies.secureCookies,
            httpOnly: true, sameSite: .strict))
        // The pre-session token is spent.
        response.setCookie(Cookie(name: Self.loginCookieName, value: "", maxAge: 0, path: "/login", secure: dependencies.secureCookies, httpOnly: true, sameSite: .strict))
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
                dependencies.logger.record(.adminCsrfRejected, level: .warning, ["ip": "\(context.clientAddress)", "admin": "\(session.admin)", "path": request.uri.path])
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
        if let check = dependencies.mailAuthenticate {
            // The same AUTH stage as SMTP (F8): one lockout per account and client, one account form.
            switch await check(address, form["current"] ?? "", client) {
            case .success(let user):
                return setOwnPassword(user, form: form, lang: lang, client: client)
            case .failure:
                dependencies.logger.record(.passwordChange, level: .warning, ["ip": "\(client)", "user": address, "result": "failure", "reason": "credentials"])
                return html(AdminPages.ownPassword(language: lang, message: lang.text("bad-login"), failed: true), status: .unauthorized)
            case .locked:
                dependencies.logger.record(.passwordChange, level: .warning, ["ip": "\(client)", "user": address, "result": "locked"])
                return html(AdminPages.ownPassword(language: lang, message: lang.text("locked"), failed: true), status: .tooManyRequests)
            case .busy, .unavailable:
                return html(AdminPages.ownPassword(language: lang, message: lang.text("locked"), failed: true), status: .serviceUnavailable)
            }
        }
        if case .locked = await sessions.loginGate(client: client, admin: "mail:" + address) {
            return html(AdminPages.ownPassword(language: lang, message: lang.text("locked"), failed: true), status: .tooManyRequests)
        }
        guard let user = try await dependencies.store.authenticate(username: address, password: form["current"] ?? "") else {
            let outcome = await sessions.loginFailed(client: client, admin: "mail:" + address)
            if outcome.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(outcome.delay * 1_000))) }
            dependencies.logger.record(.passwordChange, level: .warning, ["ip": "\(client)", "user": address, "result": "failure", "reason": "credentials"])
            return html(AdminPages.ownPassword(language: lang, message: lang.text("bad-login"), failed: true), status: .unauthorized)
        }
        return setOwnPassword(user, form: form, lang: lang, client: client)
    }

    private func setOwnPassword(_ user: String, form: [String: String], lang: AdminLanguage, client: String) -> Response {
        do {
            try dependencies.store.setPassword(user, password: form["password"] ?? "", policy: passwordPolicy())
        } catch let error as DirectoryError {
            return html(AdminPages.ownPassword(language: lang, message: error.description, failed: true), status: .badRequest)
        } catch {
            return html(AdminPages.ownPassword(language: lang, message: "\(error)", failed: true), status: .internalServerError)
        }
        dependencies.logger.record(.passwordChange, level: .notice, ["ip": "\(client)", "user": "\(user)", "result": "success"])
        return html(AdminPages.ownPassword(language: lang, message: lang.text("password-changed"), failed: false))
    }
}
