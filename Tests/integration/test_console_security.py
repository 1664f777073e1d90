"""Issue 11, F2: attacker text planted through port 25 is shown as text in a real browser.

An envelope sender carrying `<meta http-equiv=refresh …>` behind a Prepend character (U+0600,
which makes `؀<` one grapheme cluster) is sent three times so that it lands in the dashboard's
top senders; a quarantined message's Subject opens `<form action=/rules/access/add>` the same
way. Headless Chromium then loads every console page that shows mail-derived text and the test
reads the DOM: no element the attacker wrote may exist, and the attacker's text must be there
as text. Also: the security headers on every kind of response, and the login form's CSRF token.
"""
import re
import smtplib
import time
import urllib.error
import urllib.request
from email.message import EmailMessage
from email.policy import SMTP as SMTP_POLICY

import pytest

from conftest import HOSTNAME
from smtp_raw import Raw
from test_browser import CHROMIUM, Browser

ALICE = f"alice@{HOSTNAME}"
ADMIN_PW = "Strong-Admin-Pass-77"
PREPEND = "\u0600"
META_SENDER = f'"{PREPEND}<meta http-equiv=refresh content=0;url=//evil/{PREPEND}>"@x'
FORM_SUBJECT = (f"{PREPEND}<form action=/rules/access/add id=pwn-form>{PREPEND}<input name=key value=Connect:203.0.113.7>"
                f"{PREPEND}<input name=action value=RELAY>{PREPEND}<button id=pwn-button>Release</button> "
                f"{PREPEND}<b id=pwn-b>bold</b> x\"\u0301 onmouseover=alert(1) y<\u0338img id=pwn-img src=x>")
SPAM_BODY = ("<html><body><font size=+2 color=#ff0000>BUY NOW!!! 100% FREE</font> Click here to remove yourself. "
             "Act now, limited time offer, cash bonus, no credit check, $$$ earn money fast</body></html>")

# Elements only the attacker could have written: anything with a pwn id, a refresh to //evil/,
# the planted RELAY input, bold text, images, inline event handlers.
ATTACKER_ELEMENTS = ("document.querySelectorAll('[id^=pwn], meta[content*=evil], input[value*=\"203.0.113.7\"], "
                     "input[value=RELAY], b, img, [onmouseover]').length")


def plant_sender(port):
    """MAIL FROM with the hostile quoted local part (SMTPUTF8), one message to alice; the reply code."""
    raw = Raw(port, timeout=10)
    raw.reply()
    raw.cmd("EHLO attacker.example")
    raw.send(f"MAIL FROM:<{META_SENDER}> SMTPUTF8\r\n".encode())
    mail = raw.reply()
    if not mail[-1].startswith("250"):
        raw.cmd("QUIT")
        return mail[-1]
    raw.cmd(f"RCPT TO:<{ALICE}>")
    raw.cmd("DATA")
    raw.send(b"From: <planted@x.example>\r\nSubject: hello\r\n\r\nhello\r\n.\r\n")
    done = raw.reply()
    raw.cmd("QUIT")
    return done[-1]


def plant_quarantined(port):
    message = EmailMessage(policy=SMTP_POLICY)
    message["From"] = "Deals <deals@cheap-meds.example>"
    message["To"] = ALICE
    message["Subject"] = FORM_SUBJECT
    message.set_content(SPAM_BODY, subtype="html")
    with smtplib.SMTP("127.0.0.1", port, timeout=10) as smtp:
        smtp.sendmail("deals@cheap-meds.example", [ALICE], message.as_bytes())


def fetch(url, data=None, headers=None):
    """(status, headers, body) without following redirects."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with opener.open(request, timeout=10) as response:
            return response.status, response.headers, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode("utf-8", "replace")


def test_f2_security_headers_and_login_csrf(server):
    server.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    base = f"http://127.0.0.1:{server.ports['admin']}"
    assert server.wait_for(lambda: fetch(f"{base}/health")[0] == 200, timeout=10)
    cases = [("GET", "/login", None, 200), ("GET", "/", None, 303), ("GET", "/metrics", None, 200),
             ("GET", "/api/status", None, 401), ("GET", "/no/such/page", None, 404), ("GET", "/health", None, 200),
             ("POST", "/login", f"name=boss&password={ADMIN_PW}".encode(), 403)]
    for method, path, body, expected in cases:
        status, headers, _ = fetch(base + path, data=body)
        assert status == expected, (method, path, status)
        csp = headers.get("Content-Security-Policy", "")
        assert "base-uri 'none'" in csp and "form-action 'self'" in csp and "frame-ancestors 'none'" in csp, (path, csp)
        assert headers.get("X-Content-Type-Options") == "nosniff", path

    # Login: the right password without the form's token is refused; with it (and its cookie) it works.
    status, headers, page = fetch(f"{base}/login")
    token = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)
    cookie = re.search(r"haetae_login=([0-9a-f]{64})", headers.get("Set-Cookie", "")).group(0)
    form = f"name=boss&password={ADMIN_PW}".encode()
    assert fetch(f"{base}/login", data=form + f"&csrf={token}".encode())[0] == 403, "token without its cookie"
    assert fetch(f"{base}/login", data=form, headers={"Cookie": cookie})[0] == 403, "cookie without the token"
    status, headers, _ = fetch(f"{base}/login", data=form + f"&csrf={token}".encode(), headers={"Cookie": cookie})
    assert status == 303 and "haetae_session=" in headers.get("Set-Cookie", "")


@pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed")
def test_f2_console_escaping_bypass_in_a_real_browser(make_server, tmp_path):
    srv = make_server("--set", "scan.action_spam=quarantine", "--set", f"log.file={tmp_path / 'haetae.log'}")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    srv.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    srv.cli("blacklist", "add", "deals@cheap-meds.example")
    base = f"http://127.0.0.1:{srv.ports['admin']}"

    replies = [plant_sender(srv.ports["mx"]) for _ in range(3)]
    assert all(r.startswith("250") for r in replies), replies
    plant_quarantined(srv.ports["mx"])
    listing = srv.wait_for(lambda: "cheap-meds" in srv.cli("quarantine", "list").stdout and srv.cli("quarantine", "list").stdout, timeout=15)
    assert listing, "the hostile Subject was not quarantined"
    qid = listing.split()[0]

    browser = Browser(tmp_path)
    try:
        browser.call("Page.enable")
        browser.call("Page.navigate", url=f"{base}/login?lang=en")
        assert browser.wait_for("document.readyState === 'complete' && !!document.querySelector('input[name=password]')")
        browser.evaluate("document.querySelector('input[name=name]').value = 'boss';"
                         f"document.querySelector('input[name=password]').value = '{ADMIN_PW}';"
                         "document.forms[0].submit(); true")
        assert browser.wait_for("location.pathname === '/' && document.readyState === 'complete'"), browser.evaluate("document.body.innerText")

        # (path, text the page must show as text: proof the payload reached it)
        pages = [
            ("/", "http-equiv=refresh content=0;url=//evil/"),
            ("/quarantine", "<form action=/rules/access/add"),
            (f"/quarantine/{qid}", "cheap-meds.example"),
            ("/logs", "evil"),
            ("/reports/day", "http-equiv=refresh"),
        ]
        for path, shown in pages:
            browser.call("Page.navigate", url=base + path)
            assert browser.wait_for(f"location.pathname === {path!r} && document.readyState === 'complete'"), path
            # Statistics are written every 5 s and the dashboard reloads itself every 10 s: wait for
            # the planted text (an unescaped refresh to //evil/ would have left the page instead).
            browser.wait_for(f"document.body && document.body.innerText.includes({shown!r})", timeout=30)
            time.sleep(1.5)  # a refresh with content=0 would have fired by now
            location = browser.evaluate("location.host + location.pathname")
            assert location == f"127.0.0.1:{srv.ports['admin']}{path}", f"{path}: the page navigated to {location}"
            assert browser.evaluate(ATTACKER_ELEMENTS) == 0, (path, browser.evaluate("document.body.innerHTML"))
            forms = browser.evaluate("Array.from(document.forms).map(f => f.getAttribute('action'))")
            assert all(not (a or "").startswith("/rules/") for a in forms), (path, forms)
            metas = browser.evaluate("Array.from(document.querySelectorAll('meta[http-equiv]')).map(m => m.content)")
            assert all(m == "10" for m in metas), (path, metas)  # only the dashboard's own 10 s refresh
            text = browser.evaluate("document.body.innerText")
            assert shown in text, f"{path} does not show the planted text {shown!r}"
        # The quarantined message's Subject is shown as text, in the list and the message view.
        browser.call("Page.navigate", url=f"{base}/quarantine")
        assert browser.wait_for("location.pathname === '/quarantine' && document.readyState === 'complete'")
        assert "Connect:203.0.113.7" in browser.evaluate("document.body.innerText")
        # And the planted form did not add a rule (nothing was clicked, but nothing may have run either).
        assert "203.0.113.7" not in srv.cli("access", "list", check=False).stdout
    finally:
        browser.close()
