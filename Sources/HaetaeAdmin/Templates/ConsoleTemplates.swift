import Foundation
import Mustache

/// The console's pages, rendered from mustache templates compiled into the binary (the template
/// texts are Swift string constants in this folder; no file is read at run time).
///
/// Escaping (issue 11, F2): every value a template shows — mail-derived, user-derived or ours —
/// goes through `{{name}}`, and `{{name}}` escapes with `htmlEscape` (per UTF-8 byte), never with
/// swift-mustache's own HTML escape, which compares whole `Character`s and so lets `<` in
/// `"\u{0600}<"` or `"` in `"\"\u{0301}"` through. This holds because of three rules, each enforced
/// here, in one place:
///
/// 1. Every template is compiled by `compile`, which puts `{{% CONTENT_TYPE: HAETAE_HTML }}` in
///    front of its text. `ScalarHTMLContentType` (our escape) is then the content type of the whole
///    template, of its sections and of the blocks it passes to the layout. swift-mustache starts
///    every template and partial with its own HTML type, so the pragma must open each one:
///    `compile` makes that impossible to forget.
/// 2. `compile` refuses template text with an unescaped tag (`{{{…}}}`, `{{&…}}`), a delimiter
///    change (`{{=…=}}`, which could hide one) or a pragma of its own (`{{%…}}`). There is no way
///    for a template to write a value without our escape, so there is no value that must be
///    remembered as dangerous. Markup lives only in template text; views carry plain values.
/// 3. `library` checks, when it is built, that a probe rendered through a page, its layout, a
///    partial and a section comes out escaped by `htmlEscape` (a library change that reset the
///    content type somewhere would stop the server at start, not reach a page).
///
/// Routes can only answer HTML with a `RenderedPage`, which only `render` makes.
enum ConsoleTemplates {
    static let contentTypeName = "HAETAE_HTML"

    /// `htmlEscape` as a swift-mustache content type.
    struct ScalarHTMLContentType: MustacheContentType {
        func escapeText(_ text: String) -> String { htmlEscape(text) }
    }

    enum TemplateError: Error, CustomStringConvertible {
        case forbiddenTag(template: String, tag: String)
        case parse(template: String, any Error)
        var description: String {
            switch self {
            case .forbiddenTag(let template, let tag): "console template \(template) uses \(tag), which would bypass htmlEscape"
            case .parse(let template, let error): "console template \(template) does not parse: \(error)"
            }
        }
    }

    /// Tags that write a value unescaped, or that could hide one from this check.
    static let forbiddenTags = ["{{{", "{{&", "{{=", "{{%"]

    /// Compiles one template with our content type in force from its first token.
    static func compile(_ text: String, named name: String) throws -> MustacheTemplate {
        for tag in forbiddenTags where text.contains(tag) {
            throw TemplateError.forbiddenTag(template: name, tag: tag)
        }
        do {
            return try MustacheTemplate(string: "{{% CONTENT_TYPE: \(contentTypeName) }}" + text)
        } catch {
            throw TemplateError.parse(template: name, error)
        }
    }

    /// Every template, by name: the layout, the partials and one per page.
    static let sources: [String: String] = {
        var all: [String: String] = [:]
        for group in [LayoutTemplates.all, SessionTemplates.all, DashboardTemplates.all, QueueTemplates.all,
                      QuarantineTemplates.all, AccountTemplates.all, RuleTemplates.all, ReportTemplates.all, LogTemplates.all] {
            all.merge(group) { _, _ in preconditionFailure("two console templates share a name") }
        }
        return all
    }()

    /// Builds the library from `sources`; throws on a template that breaks the rules above.
    static func makeLibrary(_ sources: [String: String]) throws -> MustacheLibrary {
        MustacheContentTypes.register(ScalarHTMLContentType(), named: contentTypeName)
        var library = MustacheLibrary()
        for (name, text) in sources {
            library.register(try compile(text, named: name), named: name)
        }
        return library
    }

    /// Loaded once, at the first page (or at start: `AdminRoutes.router()` touches it).
    static let library: MustacheLibrary = {
        do {
            let library = try makeLibrary(sources)
            try verifyEscaping(library)
            return library
        } catch {
            fatalError("\(error)")
        }
    }()

    struct ProbeView {
        let title: String
        let lang = "en"
        let probe: String
        let items: [String]
    }

    static let probeText = "\u{0600}<b>\"\u{0301}'\u{20D2}<\u{0338}&\u{0301}>"

    /// Renders `probeText` through the layout, a section, a partial and a page block, and
    /// checks every occurrence is `htmlEscape`'s output.
    static func verifyEscaping(_ library: MustacheLibrary) throws {
        var probeLibrary = library
        let probe = "{{<layout}}{{$body}}{{probe}}{{#items}}{{.}}{{>probe-partial}}{{/items}}{{/body}}{{/layout}}"
        probeLibrary.register(try compile(probe, named: "probe"), named: "probe")
        probeLibrary.register(try compile("{{probe}}", named: "probe-partial"), named: "probe-partial")
        let out = probeLibrary.render(ProbeView(title: probeText, probe: probeText, items: [probeText]), withTemplate: "probe") ?? ""
        guard occurrences(of: htmlEscape(probeText), in: out) == 4, !containsBytes(out, "\u{0600}<") else {
            throw TemplateError.forbiddenTag(template: "probe", tag: "an escape other than htmlEscape")
        }
    }

    /// Byte-wise search (`String.contains` compares grapheme clusters).
    static func containsBytes(_ haystack: String, _ needle: String) -> Bool {
        occurrences(of: needle, in: haystack) > 0
    }

    /// How many times `needle`'s UTF-8 bytes occur in `haystack`'s, without overlap.
    static func occurrences(of needle: String, in haystack: String) -> Int {
        let h = Array(haystack.utf8), n = Array(needle.utf8)
        guard !n.isEmpty, h.count >= n.count else { return 0 }
        var count = 0, start = 0
        while start <= h.count - n.count {
            if h[start] == n[0] && h[start..<(start + n.count)].elementsEqual(n) {
                count += 1
                start += n.count
            } else {
                start += 1
            }
        }
        return count
    }

    /// Renders `template` from a library of `sources` built by the same rules (checks and tests).
    static func renderOnce(_ sources: [String: String], template: String, _ view: Any) throws -> String? {
        try makeLibrary(sources).render(view, withTemplate: template)
    }

    /// The one way to make a page.
    static func render(_ template: String, _ view: Any) -> RenderedPage {
        guard let text = library.render(view, withTemplate: template) else {
            preconditionFailure("no console template \(template)")
        }
        return RenderedPage(text: text)
    }
}

/// HTML made by `ConsoleTemplates.render`; the only thing `html(_:)` answers with.
struct RenderedPage: Sendable {
    fileprivate(set) var text: String
    fileprivate init(text: String) { self.text = text }
}

/// The console's words in the page's language: `{{t.queue}}` in a template.
struct Words: MustacheParent {
    let language: AdminLanguage
    func child(named name: String) -> Any? { language.text(name) }
}

/// A time the browser shows in the viewer's locale (console.js); ISO 8601 without script.
/// Rendered by the `time` partial.
struct TimeView {
    let iso: String
    init(_ date: Date) { iso = ISO8601DateFormatter().string(from: date) }
}
