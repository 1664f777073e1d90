/// The dashboard (`AdminPages.DashboardView`), refreshed every 10 s by the layout.
enum DashboardTemplates {
    static let all: [String: String] = ["dashboard": dashboard]

    static let dashboard = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.dashboard}} — {{admin}}
        <form class="inline" method="post" action="/logout"><input type="hidden" name="csrf" value="{{csrf}}"><button>{{t.logout}}</button></form></h1>
        {{>nav}}
        <h2>{{t.last-hour}}</h2>
        {{#chart}}{{>chart}}{{/chart}}
        <h2>{{t.protection}}</h2>
        {{#tripped}}<p class="tripped">{{t.tripped}} ({{t.since}} {{#trippedAt}}{{>time}}{{/trippedAt}}{{^trippedAt}}?{{/trippedAt}})</p><form method="post" action="/protect/reset"><input type="hidden" name="csrf" value="{{csrf}}"><button>{{t.reset}}</button></form>{{#hasTopSendersAtTrip}}<p>{{t.top-senders}}:</p><ul>{{#topSendersAtTrip}}<li>{{.}}</li>{{/topSendersAtTrip}}</ul>{{/hasTopSendersAtTrip}}{{/tripped}}{{^tripped}}<p class="ok">{{t.closed}}</p>{{/tripped}}<h2>{{t.queue}}</h2>
        <table><tr><td>{{queued}} {{t.messages}}</td></tr>
        <tr><td>{{remoteBacklog}} {{t.remote-backlog}}</td></tr>
        <tr><td>held: {{held}}</td></tr></table>
        <h2>{{t.quarantine}}</h2><p>{{quarantined}} {{t.messages}}</p>
        <h2>{{t.suspended}}</h2>
        {{^suspended}}<p>{{t.none}}</p>{{/suspended}}{{#hasSuspended}}<ul>{{#suspended}}<li>{{.}}</li>{{/suspended}}</ul>{{/hasSuspended}}{{#tops}}<h2>{{title}} ({{t.today}})</h2>{{^hasEntries}}<p>{{t.none}}</p>{{/hasEntries}}{{#hasEntries}}<table>{{#entries}}<tr><td>{{key}}</td><td>{{count}}</td></tr>{{/entries}}</table>{{/hasEntries}}{{/tops}}<h2>{{t.lockouts}}</h2>{{^lockouts}}<p>{{t.none}}</p>{{/lockouts}}{{#hasLockouts}}<ul>{{#lockouts}}<li>{{.}}</li>{{/lockouts}}</ul>{{/hasLockouts}}<h2>{{t.audit}}</h2><table>{{#audit}}<tr><td>{{#at}}{{>time}}{{/at}}</td><td>{{admin}}</td><td>{{action}}</td><td>{{target}}</td><td>{{result}}</td></tr>{{/audit}}</table>
        {{/page}}{{/body}}{{/layout}}
        """
}
