/// The queue list (`AdminPages.QueueView`) and one queued message (`AdminPages.QueuedMessageView`).
enum QueueTemplates {
    static let all: [String: String] = ["queue": queue, "queued-message": queuedMessage]

    static let queue = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.queue}}</h1>{{>nav}}{{#notice}}<p class="ok">{{.}}</p>{{/notice}}<form method="get" action="/queue"><input name="q" value="{{query}}"> <button>{{t.search}}</button></form><table><tr><th>id</th><th>{{t.arrived}}</th><th>{{t.from}}</th><th>{{t.recipients}}</th><th></th></tr>
        {{#rows}}<tr><td><a href="/queue/{{segment}}">{{id}}</a></td><td>{{#arrived}}{{>time}}{{/arrived}}</td><td>&lt;{{sender}}&gt;{{#authenticatedUser}}<br><small>{{.}}</small>{{/authenticatedUser}}</td><td>{{#recipients}}{{#separator}}<br>{{/separator}}{{address}} <small>{{status}}{{#error}}: {{.}}{{/error}}</small>{{/recipients}}</td><td>{{#actions}}{{>action}}{{/actions}}</td></tr>{{/rows}}
        </table>{{#more}}<p>… {{.}}</p>{{/more}}
        {{/page}}{{/body}}{{/layout}}
        """

    static let queuedMessage = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.queue}} {{id}}</h1>{{>nav}}<table><tr><td>{{t.arrived}}</td><td>{{#arrived}}{{>time}}{{/arrived}}</td></tr><tr><td>{{t.from}}</td><td>&lt;{{sender}}&gt;</td></tr><tr><td>client</td><td>{{client}} {{authenticatedUser}}</td></tr></table>
        <table><tr><th>{{t.recipients}}</th><th>{{t.state}}</th><th>attempts</th><th>next</th><th>last error</th></tr>
        {{#recipients}}<tr><td>{{address}}</td><td>{{status}}</td><td>{{attempts}}</td><td>{{#nextAttempt}}{{>time}}{{/nextAttempt}}</td><td>{{lastError}}</td></tr>{{/recipients}}
        </table><p>{{#actions}}{{>action}}{{/actions}}</p><pre style="white-space:pre-wrap;border:1px solid #ccc;padding:.5rem">{{headers}}</pre>
        {{/page}}{{/body}}{{/layout}}
        """
}
