import Hummingbird

/// The signed-in administrator a request carries once `AdminSessionMiddleware` let it through.
public struct SignedInAdmin: Sendable {
    var token: String
    var session: AdminSession
    /// The form fields of a POST (read once, while checking its CSRF token).
    var form: [String: String]

    var sessionAndForm: (AdminSession, [String: String]) { (session, form) }
}

/// Every console route but sign-in, health, metrics, the script and the users' own password page
/// sits in a group behind this: no session, no route. GET and HEAD need a session; every other
/// method also needs the session's CSRF token (form field `csrf` or header `X-CSRF-Token`).
/// Pages answer a missing session with a redirect to the sign-in page, the API with 401.
struct AdminSessionMiddleware: RouterMiddleware {
    typealias Context = AdminRequestContext
    let routes: AdminRoutes
    let redirectToSignIn: Bool

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let write = request.method != .get && request.method != .head
        let signedIn: (String, AdminSession, [String: String])
        do {
            signedIn = try await routes.authorize(request, context, write: write)
        } catch let error as AdminError where error.status == .unauthorized && redirectToSignIn && !write {
            return redirect("/login")
        }
        var context = context
        context.admin = SignedInAdmin(token: signedIn.0, session: signedIn.1, form: signedIn.2)
        return try await next(request, context)
    }
}

extension AdminRequestContext {
    /// The administrator the session middleware let through (routes in its group only).
    func signedIn() throws -> SignedInAdmin {
        guard let admin else { throw AdminError(status: .unauthorized, message: "sign in first") }
        return admin
    }
}
