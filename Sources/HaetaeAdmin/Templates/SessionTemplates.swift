/// The sign-in page and the users' own password page (no session needed for either).
enum SessionTemplates {
    static let all: [String: String] = ["login": login, "own-password": ownPassword]

    /// `LoginView`. The hidden `csrf` field carries the pre-session token (double submit).
    static let login = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{heading}}</h1>
        {{#error}}<p class="tripped">{{.}}</p>{{/error}}
        <form method="post" action="/login"><input type="hidden" name="csrf" value="{{loginToken}}">
        <p><label>{{t.name}} <input name="name" autocomplete="username" required></label></p>
        <p><label>{{t.password}} <input name="password" type="password" autocomplete="current-password" required></label></p>
        <p><button type="submit">{{t.login}}</button></p>
        </form>
        {{/page}}{{/body}}{{/layout}}
        """

    /// `OwnPasswordView`.
    static let ownPassword = """
        {{<layout}}{{$body}}{{#page}}
        <h1>{{t.own-password}}</h1>
        {{#message}}<p class="{{messageClass}}">{{.}}</p>{{/message}}
        <form method="post" action="/password">
        <p><label>{{t.account}} <input name="address" autocomplete="username" required></label></p>
        <p><label>{{t.current-password}} <input name="current" type="password" autocomplete="current-password" required></label></p>
        <p><label>{{t.new-password}} <input name="password" type="password" autocomplete="new-password" required></label></p>
        <p><button type="submit">{{t.set-password}}</button></p>
        </form>
        {{/page}}{{/body}}{{/layout}}
        """
}
