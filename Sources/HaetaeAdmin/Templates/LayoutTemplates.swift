/// The page frame (`layout`, which every page extends with its `body` block) and the partials
/// pages share: navigation, a time, a button form, the per-minute chart.
enum LayoutTemplates {
    static let all: [String: String] = [
        "layout": layout,
        "nav": nav,
        "time": time,
        "action": action,
        "chart": chart,
    ]

    static let layout = """
        <!doctype html>
        <html lang="{{lang}}"><head><meta charset="utf-8"><title>{{title}}</title>
        {{#refresh}}<meta http-equiv="refresh" content="{{refresh}}">{{/refresh}}
        <style>body{font-family:system-ui,sans-serif;margin:2rem;max-width:60rem;color:#222}
        h1{font-size:1.4rem}h2{font-size:1.1rem;margin-top:1.5rem}
        .tripped{color:#fff;background:#b00020;padding:.5rem}.ok{color:#fff;background:#2e7d32;padding:.5rem}
        table{border-collapse:collapse}td,th{border-bottom:1px solid #ddd;padding:.25rem .6rem;text-align:left}
        form.inline{display:inline}</style></head><body>
        <p><a href="?lang=ko">한국어</a> · <a href="?lang=en">English</a></p>
        {{$body}}{{/body}}
        <script src="/static/console.js" defer></script>
        </body></html>
        """

    static let nav = #"<p><a href="/">{{t.dashboard}}</a> · <a href="/queue">{{t.queue}}</a> · <a href="/quarantine">{{t.quarantine}}</a> · <a href="/accounts">{{t.accounts}}</a> · <a href="/rules">{{t.rules}}</a> · <a href="/reports/day">{{t.reports}}</a> · <a href="/logs">{{t.logs}}</a></p>"#

    /// A `TimeView`.
    static let time = #"<time datetime="{{iso}}">{{iso}}</time>"#

    /// An `ActionView`: a POST button carrying the page's CSRF token (`csrf`, from the page's view).
    static let action = #"<form class="inline" method="post" action="{{path}}"><input type="hidden" name="csrf" value="{{csrf}}"><button>{{label}}</button></form>"#

    /// A `ChartView`: the last hour, per minute, as inline SVG (numbers only; no script).
    static let chart = ##"<svg xmlns="http://www.w3.org/2000/svg" width="{{width}}" height="{{svgHeight}}" role="img"><rect x="0" y="0" width="{{width}}" height="{{height}}" fill="#fafafa" stroke="#ccc"/><text x="4" y="12" font-size="11">{{peak}}/min</text>{{#lines}}<polyline fill="none" stroke="{{color}}" stroke-width="1.5" points="{{points}}"/>{{/lines}}{{#legend}}<rect x="{{x}}" y="{{boxY}}" width="10" height="10" fill="{{color}}"/><text x="{{textX}}" y="{{textY}}" font-size="11">{{name}} {{total}}</text>{{/legend}}</svg>"##
}
