import Hummingbird

/// Remembers the language switch (`?lang=ko|en`) in a cookie, so the choice holds on the next pages.
struct LanguageMiddleware: RouterMiddleware {
    typealias Context = AdminRequestContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if let chosen = request.uri.queryParameters["lang"].flatMap({ AdminLanguage(rawValue: String($0)) }) {
            response.setCookie(Cookie(name: "haetae_lang", value: chosen.rawValue, maxAge: 365 * 86_400, path: "/", httpOnly: true, sameSite: .lax))
        }
        return response
    }
}
