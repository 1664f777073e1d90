/// Accounts, domains and aliases (`AdminPages.AccountsView`).
enum AccountTemplates {
    static let all: [String: String] = ["accounts": accounts]

    static let accounts = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.accounts}}</h1>{{>nav}}{{#notice}}<p class="ok">{{.}}</p>{{/notice}}
        <p><form class="inline" method="post" action="/accounts/create/user"><input type="hidden" name="csrf" value="{{csrf}}"><input name="address" placeholder="kim@example.com" required> <input type="password" name="password" autocomplete="new-password" required> <button>{{t.add-user}}</button></form></p>
        <h2>{{t.domains}}</h2><p>{{domains}}</p><p><form class="inline" method="post" action="/accounts/create/domain"><input type="hidden" name="csrf" value="{{csrf}}"><input name="domain" placeholder="example.com" required> <button>{{t.add-domain}}</button></form></p>
        <h2>{{t.aliases}}</h2><ul>{{#aliases}}<li>{{source}} → {{destination}}</li>{{/aliases}}</ul><p><form class="inline" method="post" action="/accounts/create/alias"><input type="hidden" name="csrf" value="{{csrf}}"><input name="source" placeholder="sales@example.com" required> <input name="destination" placeholder="kim@example.com" required> <button>{{t.add-alias}}</button></form></p>
        <h2>{{t.accounts}}</h2><table><tr><th>{{t.account}}</th><th>{{t.state}}</th><th></th></tr>
        {{#users}}<tr><td>{{address}}</td><td>{{#suspended}}{{t.suspended-one}}: {{reason}}{{/suspended}}{{^suspended}}ok{{/suspended}}</td><td>{{#suspended}}<form class="inline" method="post" action="/accounts/{{segment}}/unsuspend"><input type="hidden" name="csrf" value="{{csrf}}"><button>{{t.unsuspend}}</button></form>{{/suspended}}{{^suspended}}<form class="inline" method="post" action="/accounts/{{segment}}/suspend"><input type="hidden" name="csrf" value="{{csrf}}"><button>{{t.suspend}}</button></form>{{/suspended}}<form class="inline" method="post" action="/accounts/{{segment}}/password"><input type="hidden" name="csrf" value="{{csrf}}"><input type="password" name="password" autocomplete="new-password" required> <button>{{t.set-password}}</button></form></td></tr>{{/users}}
        </table>
        {{/page}}{{/body}}{{/layout}}
        """
}
