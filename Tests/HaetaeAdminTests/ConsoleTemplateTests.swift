import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import HaetaeAdmin

/// Issue 11, F2 again, now that pages come from swift-mustache templates: the library's own HTML
/// escape compares whole `Character`s, so a quote or `<` with a combining mark after it (or a
/// Prepend character before it) is one cluster it does not recognise. Every value a template
/// shows must come out escaped by `htmlEscape`, per scalar, on every page.
struct ConsoleTemplateTests {
    /// Markup scalars glued to their neighbours into one grapheme cluster.
    static let clusters = [
        "\u{0600}<b>", "\"\u{0301}", "<\u{0338}", "'\u{0301}", "'\u{20D2}", "\"\u{20D2}", "<\u{20D2}", ">\u{0338}", "&\u{0301}amp;",
        "\u{0600}\"", "\u{0600}'", "\u{200D}<", "e\u{0301}<\u{0301}", "\u{1100}'\u{FE0F}",
    ]

    /// Mail-derived text that tries every way out: clusters, attribute breaks, a `javascript:`
    /// link, the form that once added a RELAY rule, CR/LF. Each is planted between `ZQX` and
    /// `QXZ` so the test can find every place a page shows it (short enough for the queue page's
    /// 120-character cut).
    static let payloads = [
        "ZQX\u{0600}<b>bold</b> \"\u{0301} onmouseover=alert(1) '\u{20D2} x=' <\u{0338}img src=x onerror=alert(1)> &\u{0301}amp; >\u{20D2}QXZ",
        "ZQX\" autofocus onfocus=alert(1) x=\"' onmouseover='alert(1)' <a href=\"javascript:alert(1)\">javascript:alert(1)</a>QXZ",
        "ZQX\u{0600}<form action=/rules/access/add>\u{0600}<input name=action value=RELAY>\u{0600}<button>Release</button>QXZ",
        // Line breaks: some stores and pages split values at them, so each line is a span of its own.
        "ZQX\"\u{0301}<\u{0338}QXZ\r\nZQX<script>alert(1)</script>QXZ\rZQX'\u{0301}&\u{0301}QXZ\nZQX>\"QXZ",
    ]

    static func find(_ bytes: [UInt8], _ needle: [UInt8], from: Int) -> Int? {
        guard bytes.count >= needle.count, from <= bytes.count - needle.count else { return nil }
        for start in from...(bytes.count - needle.count) where bytes[start] == needle[0] && Array(bytes[start..<(start + needle.count)]) == needle {
            return start
        }
        return nil
    }

    static let entities = ["amp;", "lt;", "gt;", "quot;", "#39;"].map { Array($0.utf8) }

    /// Every `ZQX…QXZ` span on the page: no `<`, `>`, `"` or `'` scalar, and every `&` opens one
    /// of `htmlEscape`'s entities. Returns how many spans the page has.
    static func checkSpans(_ page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) -> Int {
        let bytes = Array(page.utf8), open = Array("ZQX".utf8), close = Array("QXZ".utf8)
        var index = 0, spans = 0
        while let start = find(bytes, open, from: index) {
            guard let end = find(bytes, close, from: start + 3) else {
                Issue.record("\(what): a planted value is cut short", sourceLocation: sourceLocation)
                break
            }
            let span = Array(bytes[(start + 3)..<end])
            for (offset, byte) in span.enumerated() {
                switch byte {
                case UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"):
                    Issue.record("\(what): raw \(Character(UnicodeScalar(byte))) in \(String(decoding: span, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
                case UInt8(ascii: "&"):
                    let rest = span[(offset + 1)...]
                    if !entities.contains(where: { rest.starts(with: $0) }) {
                        Issue.record("\(what): raw & in \(String(decoding: span, as: UTF8.self).debugDescription)", sourceLocation: sourceLocation)
                    }
                default: break
                }
            }
            spans += 1
            index = end + 3
        }
        return spans
    }

    /// Every link and form on the page goes to this console (a path or `?lang=`), never to a
    /// `javascript:` or another site's URL.
    static func checkTargets(_ page: String, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        let bytes = Array(page.utf8)
        for attribute in [" href=\"", " action=\"", " src=\""] {
            let needle = Array(attribute.utf8)
            var index = 0
            while let start = find(bytes, needle, from: index) {
                let value = start + needle.count
                let first = value < bytes.count ? bytes[value] : 0
                let second = value + 1 < bytes.count ? bytes[value + 1] : 0
                #expect((first == UInt8(ascii: "/") && second != UInt8(ascii: "/")) || first == UInt8(ascii: "?"),
                        "\(what): \(attribute)\(String(decoding: bytes[value..<min(bytes.count, value + 40)], as: UTF8.self))", sourceLocation: sourceLocation)
                index = value
            }
        }
    }

    @Test func f2TemplateValuesAreEscapedPerScalarNotPerCharacter() throws {
        let template = "<p title=\"{{x}}\" data-x='{{x}}'>{{x}}</p><ul>{{#list}}<li>{{.}}</li>{{/list}}</ul>{{#nested}}{{x}}{{/nested}}{{>part}}"
        for payload in Self.clusters {
            // Each is a single Character (or starts one) that a `Character` switch does not recognise.
            let e = htmlEscape(payload)
            let out = try ConsoleTemplates.renderOnce(
                ["page": template, "part": "[{{x}}]"], template: "page", ["x": payload, "list": [payload, payload], "nested": ["x": payload]])
            #expect(out == "<p title=\"\(e)\" data-x='\(e)'>\(e)</p><ul><li>\(e)</li><li>\(e)</li></ul>\(e)[\(e)]", "\(payload.debugDescription)")
            #expect(!e.unicodeScalars.contains { "<>\"'".unicodeScalars.contains($0) })
        }
    }

    @Test func f2TemplatesCannotWriteAValueUnescaped() throws {
        // No unescaped tag, no delimiter change that could hide one, no content type of their own.
        for text in ["{{{x}}}", "<p>{{& x}}</p>", "{{=<% %>=}}<%{x}%>", "{{% CONTENT_TYPE: TEXT }}{{x}}", "{{% CONTENT_TYPE: HTML }}{{x}}"] {
            #expect(throws: ConsoleTemplates.TemplateError.self, "\(text)") { try ConsoleTemplates.compile(text, named: "t") }
        }
        // Every shipped template follows the rules; the library builds and passes its own probe.
        for (name, text) in ConsoleTemplates.sources {
            for tag in ConsoleTemplates.forbiddenTags { #expect(!text.contains(tag), "\(name) uses \(tag)") }
        }
        try ConsoleTemplates.verifyEscaping(try ConsoleTemplates.makeLibrary(ConsoleTemplates.sources))
        _ = ConsoleTemplates.library
    }

    /// A misspelt word would show its key, a missing partial nothing: every `{{t.…}}` is in the
    /// language table and every `{{>…}}` / `{{<…}}` is a template.
    @Test func templatesUseOnlyKnownWordsAndPartials() throws {
        let words = try Regex(#"\{\{t\.([A-Za-z0-9-]+)\}\}"#)
        let partials = try Regex(#"\{\{[><]\s*([A-Za-z0-9_.-]+)\s*\}\}"#)
        var seen = (words: 0, partials: 0)
        for (name, text) in ConsoleTemplates.sources {
            seen.words += text.matches(of: words).count
            seen.partials += text.matches(of: partials).count
            for match in text.matches(of: words) {
                let key = String(text[match.output[1].range!])
                #expect(AdminLanguage.table[key] != nil, "\(name): no word \(key)")
            }
            for match in text.matches(of: partials) {
                let partial = String(text[match.output[1].range!])
                #expect(ConsoleTemplates.sources[partial] != nil, "\(name): no template \(partial)")
            }
        }
        #expect(seen.words > 50 && seen.partials > 20, "\(seen)")
    }

    @Test func f2LinkAndFormTargetsArePathSegments() {
        #expect(AdminPages.segment("../../rules/access/add?x#y") == "..%2F..%2Frules%2Faccess%2Fadd%3Fx%23y")
        #expect(AdminPages.segment("javascript:alert(1)").hasPrefix("javascript:") == true)  // stays under /queue/…
        #expect(AdminPages.segment("alice@example.test") == "alice@example.test")
        #expect(AdminPages.segment("a b;c\r\n") == "a%20b%3Bc%0D%0A")
    }

    @Test(arguments: ConsoleTemplateTests.payloads)
    func f2ConsoleEscapingBypassThroughEveryTemplatedPage(payload: String) async throws {
        let fixture = try await ConsoleSecurityTests.plantedFixture(hostile: payload)
        try await fixture.app.test(.router) { client in
            let (cookie, _) = try await AdminRoutesTests.signIn(client)
            let q = ConsoleSecurityTests.query(payload)
            let pages = [
                ("dashboard", "/"),
                ("logs", "/logs"),
                ("logs search", "/logs?q=" + q),
                ("queue list", "/queue"),
                ("queue search and notice", "/queue?q=" + q + "&done=" + q),
                ("queue detail", "/queue/\(fixture.queueID)"),
                ("quarantine list", "/quarantine?done=" + q),
                ("quarantine view", "/quarantine/F2QUARANTINED1"),
                ("reports", "/reports/day"),
                ("reports, week", "/reports/week"),
                ("rules", "/rules?ip=192.0.2.1&done=" + q),
                ("accounts", "/accounts?done=" + q),
                ("accounts, Korean", "/accounts?lang=ko"),
            ]
            for (what, uri) in pages {
                let page = try await ConsoleSecurityTests.get(client, uri, cookie: cookie)
                #expect(Self.checkSpans(page, what) > 0, "\(what) shows none of the planted text")
                Self.checkTargets(page, what)
            }
        }
    }

    @Test func pagesKeepTheirFormsTokensAndLanguages() async throws {
        let fixture = try await ConsoleSecurityTests.plantedFixture()
        try await fixture.app.test(.router) { client in
            let login = try await client.execute(uri: "/login?lang=ko", method: .get) { String(buffer: $0.body) }
            #expect(login.contains("<html lang=\"ko\">") && login.contains("해태 관리 콘솔") && login.contains("<form method=\"post\" action=\"/login\">"))
            #expect(login.contains("<a href=\"?lang=ko\">한국어</a> · <a href=\"?lang=en\">English</a>"))
            let (cookie, csrf) = try await AdminRoutesTests.signIn(client)
            let dashboard = try await ConsoleSecurityTests.get(client, "/", cookie: cookie)
            #expect(dashboard.contains("<meta http-equiv=\"refresh\" content=\"10\">"))
            #expect(dashboard.contains("<form method=\"post\" action=\"/protect/reset\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"))
            #expect(dashboard.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"720\" height=\"240\" role=\"img\">"))
            #expect(dashboard.contains("<script src=\"/static/console.js\" defer></script>"))
            let queue = try await ConsoleSecurityTests.get(client, "/queue?lang=ko", cookie: cookie)
            #expect(queue.contains("<html lang=\"ko\">") && queue.contains("<h1>발송 큐</h1>"))
            for action in ["flush", "hold", "release", "delete"] {
                #expect(queue.contains("action=\"/queue/\(fixture.queueID)/\(action)\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\">"))
            }
            let accounts = try await ConsoleSecurityTests.get(client, "/accounts", cookie: cookie)
            #expect(accounts.contains("action=\"/accounts/alice@example.test/unsuspend\"><input type=\"hidden\" name=\"csrf\" value=\"\(csrf)\"><button>Allow sending</button>"))
            let password = try await client.execute(uri: "/password", method: .get) { String(buffer: $0.body) }
            #expect(password.contains("<form method=\"post\" action=\"/password\">") && !password.contains("name=\"csrf\""))
        }
    }
}
