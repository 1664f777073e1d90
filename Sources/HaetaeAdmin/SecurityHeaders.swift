import HaetaeEvents
import MailCore
import HTTPTypes
import Hummingbird
import NIOCore

/// The headers every console response carries — pages, redirects, errors, `/metrics`, the API,
/// and the router's own 404s (issue 11, F2): the page may load only its own script and style, no
/// `<base>` may move relative URLs, forms post only back to the console, nothing may frame it,
/// and no response is sniffed into another content type.
struct SecurityHeadersMiddleware: RouterMiddleware {
    typealias Context = AdminRequestContext

    static let contentSecurityPolicy =
        "default-src 'self'; style-src 'self' 'unsafe-inline'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'"

    static let fields: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, contentSecurityPolicy),
        (HTTPField.Name("X-Content-Type-Options")!, "nosniff"),
        (HTTPField.Name("X-Frame-Options")!, "DENY"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
    ]

    static func apply(to headers: inout HTTPFields) {
        for (name, value) in fields { headers[name] = value }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as any HTTPResponseError {
            response = try error.response(from: request, context: context)
        } catch {
            // Anything else would become a bare 500 outside this middleware: give it the headers too.
            context.logger.record(.adminError, level: .error, ["path": request.uri.path, "error": String(describing: type(of: error))])
            response = Response(status: .internalServerError, headers: [.contentType: "text/plain; charset=utf-8"],
                                body: .init(byteBuffer: .init(string: "internal error\n")))
        }
        Self.apply(to: &response.headers)
        return response
    }
}
