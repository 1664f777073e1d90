/// The day/week/month report (`AdminPages.ReportView`) with its bar chart as inline SVG.
enum ReportTemplates {
    static let all: [String: String] = ["report": report]

    static let report = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.reports}}</h1>{{>nav}}<p><a href="/reports/day">{{t.day}}</a> · <a href="/reports/week">{{t.week}}</a> · <a href="/reports/month">{{t.month}}</a></p>
        <p>{{#from}}{{>time}}{{/from}} — {{#to}}{{>time}}{{/to}}</p><table><tr>{{#series}}<th>{{.}}</th>{{/series}}</tr><tr>{{#totals}}<td>{{.}}</td>{{/totals}}</tr></table>
        <svg xmlns="http://www.w3.org/2000/svg" width="720" height="120">{{#bars}}<rect x="{{x}}" y="{{y}}" width="{{width}}" height="{{height}}" fill="#1565c0"/>{{/bars}}</svg>
        {{#tops}}<h2>{{title}}</h2><table>{{#entries}}<tr><td>{{key}}</td><td>{{count}}</td></tr>{{/entries}}</table>{{/tops}}
        <h2>{{t.refused-by-reason}}</h2><table>{{#reasons}}<tr><td>{{key}}</td><td>{{count}}</td></tr>{{/reasons}}</table><h2>{{t.rows}}</h2><table><tr><th></th>{{#series}}<th>{{.}}</th>{{/series}}</tr>
        {{#rows}}<tr><td>{{#start}}{{>time}}{{/start}}</td>{{#values}}<td>{{.}}</td>{{/values}}</tr>{{/rows}}
        </table>
        {{/page}}{{/body}}{{/layout}}
        """
}
