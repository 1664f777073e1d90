/// Access map, white/blacklists, DNSBL zones and the explainer (`AdminPages.RulesView`).
enum RuleTemplates {
    static let all: [String: String] = ["rules": rules]

    static let rules = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.rules}}</h1>{{>nav}}{{#notice}}<p class="ok">{{.}}</p>{{/notice}}<h2>{{t.access-map}}</h2><table><tr><th>key</th><th>action</th><th></th></tr>
        {{#access}}<tr><td>{{key}}</td><td>{{action}}</td><td><form class="inline" method="post" action="/rules/access/remove"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{key}}"><button>{{t.delete}}</button></form></td></tr>{{/access}}
        </table><form class="inline" method="post" action="/rules/access/add"><input type="hidden" name="csrf" value="{{csrf}}"><input name="key" placeholder="Connect:211.252.150.0/24" required> <input name="action" placeholder="REJECT" required> <button>{{t.add}}</button></form>
        {{#lists}}<h2>{{title}}</h2><ul>{{#entries}}<li>{{.}} <form class="inline" method="post" action="/rules/{{kind}}/remove"><input type="hidden" name="csrf" value="{{csrf}}"><input type="hidden" name="key" value="{{.}}"><button>{{t.delete}}</button></form></li>{{/entries}}</ul><form class="inline" method="post" action="/rules/{{kind}}/add"><input type="hidden" name="csrf" value="{{csrf}}"><input name="key" placeholder="partner.example" required> <button>{{t.add}}</button></form>{{/lists}}
        <h2>{{t.access-test}}</h2><form method="get" action="/rules">IP <input name="ip" required> {{t.from}} <input name="from"> {{t.recipients}} <input name="to" placeholder="a@x.example, b@y.example"> <button>{{t.access-test}}</button></form>
        {{#hasExplanation}}<pre>{{explanation}}</pre>{{/hasExplanation}}
        {{/page}}{{/body}}{{/layout}}
        """
}
