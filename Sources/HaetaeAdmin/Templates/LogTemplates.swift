/// The event log search (`AdminPages.LogsView`).
enum LogTemplates {
    static let all: [String: String] = ["logs": logs]

    static let logs = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.logs}}</h1>{{>nav}}<form method="get" action="/logs"><input name="q" value="{{query}}"> <button>{{t.search}}</button></form>{{#note}}<p>{{.}}</p>{{/note}}<pre style="white-space:pre-wrap">{{lines}}</pre>
        {{/page}}{{/body}}{{/layout}}
        """
}
