/// The quarantine list (`AdminPages.QuarantineView`) and one quarantined message as text
/// (`AdminPages.QuarantinedView`).
enum QuarantineTemplates {
    static let all: [String: String] = ["quarantine": quarantine, "quarantined": quarantined]

    static let quarantine = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.quarantine}}</h1>{{>nav}}{{#notice}}<p class="ok">{{.}}</p>{{/notice}}<table><tr><th>id</th><th>{{t.arrived}}</th><th>{{t.verdict}}</th><th>{{t.from}}</th><th>{{t.subject}}</th><th></th></tr>
        {{#rows}}<tr><td><a href="/quarantine/{{segment}}">{{id}}</a></td><td>{{#arrived}}{{>time}}{{/arrived}}</td><td>{{verdict}} ({{score}})<br><small>{{reasons}}</small></td><td>&lt;{{sender}}&gt;<br><small>→ {{recipients}}</small></td><td>{{subject}}</td><td>{{#actions}}{{>action}}{{/actions}}</td></tr>{{/rows}}
        </table>
        {{/page}}{{/body}}{{/layout}}
        """

    static let quarantined = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.quarantine}} {{id}}</h1>{{>nav}}<p>{{verdict}} — {{reasons}}</p>{{#actions}}{{>action}}{{/actions}}<pre style="white-space:pre-wrap;border:1px solid #ccc;padding:.5rem">{{text}}</pre>
        {{/page}}{{/body}}{{/layout}}
        """
}
