"""The operator's console with curl: sign-in with a cookie jar, CSRF on writes, the JSON API
changing state, Korean pages, and Prometheus /metrics counting real traffic."""
import json
import re
import smtplib
import subprocess

from conftest import HOSTNAME, console_sign_in

ALICE = f"alice@{HOSTNAME}"
ADMIN_PW = "Strong-Admin-Pass-77"


def console(srv, tmp_path):
    """Adds the administrator, signs in; returns (base URL, cookie jar, CSRF token)."""
    srv.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    base = f"http://127.0.0.1:{srv.ports['admin']}"
    jar = str(tmp_path / "jar")
    assert srv.wait_for(lambda: curl(f"{base}/health") == "ok\n", timeout=10)
    console_sign_in(base, jar, "boss", ADMIN_PW)
    csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', curl("-b", jar, f"{base}/")).group(1)
    return base, jar, csrf


def curl(*args):
    r = subprocess.run(["curl", "-s", "-S", "--max-time", "20", *args], capture_output=True, text=True, timeout=30)
    return r.stdout


def test_console_sign_in_api_csrf_and_metrics(server, tmp_path):
    base = f"http://127.0.0.1:{server.ports['admin']}"
    jar = str(tmp_path / "jar")
    assert server.wait_for(lambda: curl(f"{base}/health") == "ok\n", timeout=10)
    server.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    r = server.cli("admin", "add", "weak", "--password-stdin", stdin="password1\n", check=False)
    assert r.returncode != 0, "the password policy applies to administrators too"
    # Not signed in: the API refuses, the dashboard sends to the login page.
    assert curl("-o", "/dev/null", "-w", "%{http_code}", f"{base}/api/status") == "401"
    assert curl("-o", "/dev/null", "-w", "%{http_code} %{redirect_url}", f"{base}/") == f"303 {base}/login"
    assert curl("-o", "/dev/null", "-w", "%{http_code}", "-d", f"name=boss&password={ADMIN_PW}", f"{base}/login") == "403", "no login CSRF token"
    assert console_sign_in(base, str(tmp_path / "other-jar"), "boss", "wrong", write_out="%{http_code}") == "401"
    assert console_sign_in(base, jar, "boss", ADMIN_PW, write_out="%{http_code}") == "303"
    cookies = open(jar).read()
    assert "#HttpOnly_127.0.0.1" in cookies and "haetae_session" in cookies

    page = curl("-b", jar, "-H", "Accept-Language: ko-KR,ko;q=0.9", f"{base}/")
    assert "대시보드" in page and "발송 보호" in page
    csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', page).group(1)

    # Some traffic for the counters, and an account to act on.
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.sendmail("someone@outside.example", [ALICE], b"Subject: hi\r\n\r\nhello\r\n")
    s.quit()
    status = json.loads(curl("-b", jar, f"{base}/api/status"))
    assert status["protectionTripped"] is False and "remoteBacklog" in status
    users = json.loads(curl("-b", jar, f"{base}/api/users"))
    assert any(u["address"] == ALICE for u in users)

    # A write without the token is refused and changes nothing; with it, it acts.
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-X", "POST", f"{base}/api/users/{ALICE}/suspend") == "403"
    assert "suspended" not in server.cli("user", "list").stdout
    out = json.loads(curl("-b", jar, "-H", f"X-CSRF-Token: {csrf}", "-X", "POST", f"{base}/api/users/{ALICE}/suspend"))
    assert out["result"].startswith("suspended")
    assert "suspended from sending" in server.cli("user", "list").stdout
    out = json.loads(curl("-b", jar, "-H", f"X-CSRF-Token: {csrf}", "-X", "POST", f"{base}/api/users/{ALICE}/unsuspend"))
    assert out["result"] == "may send again"
    audit = json.loads(curl("-b", jar, f"{base}/api/audit"))
    assert [a["action"] for a in audit][:2] == ["user-unsuspend", "user-suspend"]
    assert "event=admin-action admin=boss" in server.log_text()

    metrics = curl(f"{base}/metrics")
    # The exposition parses with the Prometheus client's own parser.
    from prometheus_client.parser import text_string_to_metric_families
    families = {family.name: family for family in text_string_to_metric_families(metrics)}
    queued = [s for s in families["haetae_messages"].samples if s.labels.get("outcome") == "queued"]
    assert queued and queued[0].value >= 1
    assert "haetae_delivery_delay_seconds" in families
    assert 'haetae_smtp_connections_total{listener="mx"}' in metrics
    assert 'haetae_messages_total{outcome="queued"}' in metrics
    assert "haetae_protection_tripped 0" in metrics
    assert re.search(r"haetae_smtp_sessions\{listener=\"mx\"\} 0", metrics), metrics

    # Signing out ends the session.
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-H", f"X-CSRF-Token: {csrf}", "-X", "POST", f"{base}/logout") == "303"
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", f"{base}/api/status") == "401"


def test_syslog_output_rfc5424(make_server, tmp_path):
    import socket
    path = str(tmp_path / "log.sock")
    sock = socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM)
    sock.bind(path)
    sock.settimeout(10)
    # Read from the start, in a thread: a Unix datagram socket queues only a few datagrams (10 on
    # Linux) and the server drops what does not fit rather than wait for its log reader, so lines
    # read only after start-up (which logs every listener) could miss the one looked for.
    import threading
    import time
    lines = []
    stop = threading.Event()

    def reader():
        while not stop.is_set():
            try:
                lines.append(sock.recv(65536).decode())
            except OSError:
                return

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        srv = make_server("--set", "log.syslog=true", "--set", f"log.syslog_socket={path}")
        srv.start()
        s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
        s.quit()
        deadline = time.time() + 10
        while time.time() < deadline and not any("event=connect" in l for l in list(lines)):
            time.sleep(0.05)
        connect = next(l for l in list(lines) if "event=connect" in l)
        # <PRI>1 TIMESTAMP HOST APP PID - - MSG, facility mail (2), severity info (6) = 22.
        assert re.match(r"^<22>1 \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z mail\.haetae\.test haetae \d+ - - event=connect ", connect), connect
    finally:
        stop.set()
        sock.close()


def test_statistics_graph_reports_and_report_mail(make_server, tmp_path):
    srv = make_server("--set", "report.interval=10")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    srv.cli("admin", "add", "boss", "--password-stdin", stdin=ADMIN_PW + "\n")
    base = f"http://127.0.0.1:{srv.ports['admin']}"
    jar = str(tmp_path / "jar")
    assert srv.wait_for(lambda: curl(f"{base}/health") == "ok\n", timeout=10)
    for i in range(3):
        s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
        s.sendmail("someone@outside.example", [ALICE], f"Subject: {i}\r\n\r\nhello\r\n".encode())
        try:
            s.sendmail("someone@outside.example", ["nobody@" + HOSTNAME], b"Subject: x\r\n\r\nx\r\n")
        except smtplib.SMTPRecipientsRefused:
            pass
        s.quit()
    console_sign_in(base, jar, "boss", ADMIN_PW)

    def counted():
        stats = json.loads(curl("-b", jar, f"{base}/api/stats"))
        return stats if sum(stats["received"]) >= 3 and sum(stats["rejected"]) >= 3 else None
    stats = srv.wait_for(counted, timeout=20, interval=1)
    assert stats and len(stats["received"]) == 60
    report = json.loads(curl("-b", jar, f"{base}/api/reports/day"))
    # Exactly the mails of this test: 3 accepted, 3 recipients refused (unknown user).
    assert report["totals"]["received"] == 3 and report["totals"]["rejected"] == 3
    assert report["totals"]["delivered"] >= 3
    assert report["rejectionsByReason"].get("550", 0) >= 3
    assert report["top"]["sender"][0] == {"key": "someone@outside.example", "count": 3}
    assert report["top"]["domain"][0]["key"] == HOSTNAME
    assert report["top"]["refused-client"][0]["key"] == "127.0.0.1"
    assert json.loads(curl("-b", jar, f"{base}/api/reports/month"))["period"] == "month"
    page = curl("-b", jar, f"{base}/")
    assert "<svg" in page and "received 3" in page and 'http-equiv="refresh"' in page
    assert "Top senders (today)" in page and "someone@outside.example" in page

    def report_mail():
        for path in srv.maildir_files(f"postmaster@{HOSTNAME}"):
            text = path.read_text(errors="replace")
            if "Haetae daily report" in text:
                return text
        return None
    text = srv.wait_for(report_mail, timeout=30)
    assert text and "received" in text


def test_pages_act_through_forms_and_users_change_their_password(make_server, tmp_path):
    srv = make_server("--set", "scan.action_spam=quarantine", "--set", f"log.file={tmp_path / 'haetae.log'}",
                      "--set", "transport=*=smtp:[127.0.0.1]:9", "--set", "queue.retry_base=3600")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    base, jar, csrf = console(srv, tmp_path)

    # A message stuck for a remote destination, held and released from the queue page.
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=10)
    s.starttls(context=__import__("ssl")._create_unverified_context())
    s.login(ALICE, "Quartz-Meadow-4821")
    s.sendmail(ALICE, ["friend@far.example"], b"Subject: stuck\r\n\r\nx\r\n")
    s.quit()
    def queue_page():
        text = curl("-b", jar, f"{base}/queue?q=far.example")
        return text if "friend@far.example" in text else None
    page = srv.wait_for(queue_page, timeout=10)
    qid = re.search(r'action="/queue/([0-9A-Z]+)/hold"', page).group(1)
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-d", "csrf=bad", f"{base}/queue/{qid}/hold") == "403"
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-d", f"csrf={csrf}", f"{base}/queue/{qid}/hold") == "303"
    assert "held" in srv.cli("queue", "show", qid).stdout
    detail = curl("-b", jar, f"{base}/queue/{qid}")
    assert "friend@far.example" in detail and "Subject: stuck" in detail and ">held<" in detail

    # Accounts, domains and aliases created from the page (the password policy holds).
    out = curl("-b", jar, "-L", "-d", f"csrf={csrf}&address=bob@{HOSTNAME}&password=qwerty123", f"{base}/accounts/create/user")
    assert "password rejected" in out and f"bob@{HOSTNAME}" not in srv.cli("user", "list").stdout
    curl("-b", jar, "-L", "-o", "/dev/null", "-d", f"csrf={csrf}&address=bob@{HOSTNAME}&password=Amber-Falcon-6624", f"{base}/accounts/create/user")
    assert f"bob@{HOSTNAME}" in srv.cli("user", "list").stdout
    curl("-b", jar, "-L", "-o", "/dev/null", "-d", f"csrf={csrf}&domain=second.example", f"{base}/accounts/create/domain")
    curl("-b", jar, "-L", "-o", "/dev/null", "-d", f"csrf={csrf}&source=sales@second.example&destination=bob@{HOSTNAME}", f"{base}/accounts/create/alias")
    assert "sales@second.example -> bob@" in srv.cli("alias", "list").stdout
    assert "second.example" in srv.cli("domain", "list").stdout

    # Quarantined spam with hostile HTML: shown as text, escaped.
    mx = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
    mx.sendmail("deals@cheap-meds.example", [ALICE], b"From: <deals@cheap-meds.example>\r\nSubject: FREE VIAGRA!!! LOWEST PRICES\r\n"
                b"Content-Type: text/html\r\n\r\n<script>alert(1)</script><font size=+2 color=#ff0000>BUY NOW!!! 100% FREE</font> "
                b"Click here to remove yourself. Act now, limited time offer, cash bonus, no credit check, $$$ earn money fast\r\n")
    mx.quit()
    listing = curl("-b", jar, f"{base}/quarantine")
    quarantined = re.search(r'href="/quarantine/([0-9A-Z]+)"', listing).group(1)
    shown = curl("-b", jar, f"{base}/quarantine/{quarantined}")
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in shown and "<script>alert" not in shown

    # Accounts: the password policy holds on the page too.
    out = curl("-b", jar, "-L", "-d", f"csrf={csrf}&password=password1", f"{base}/accounts/{ALICE}/password")
    assert "common" in out or "at least" in out
    # The log page finds the queue id.
    assert qid in curl("-b", jar, f"{base}/logs?q={qid}")

    # A user changes their own password with the current one.
    assert curl("-o", "/dev/null", "-w", "%{http_code}", "-d", f"address={ALICE}&current=wrong&password=Brand-New-Pass-2026", f"{base}/password") == "401"
    assert curl("-o", "/dev/null", "-w", "%{http_code}", "-d", f"address={ALICE}&current=Quartz-Meadow-4821&password=short", f"{base}/password") == "400"
    assert curl("-o", "/dev/null", "-w", "%{http_code}", "-d", f"address={ALICE}&current=Quartz-Meadow-4821&password=Brand-New-Pass-2026", f"{base}/password") == "200"
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=10)
    s.starttls(context=__import__("ssl")._create_unverified_context())
    s.login(ALICE, "Brand-New-Pass-2026")
    s.quit()


def test_rules_page_reports_page_and_quarantine_feedback(make_server, tmp_path):
    srv = make_server("--set", "scan.action_spam=quarantine")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    base, jar, csrf = console(srv, tmp_path)

    # Access rules: added from the page, applied by the running server, open relay refused.
    page = curl("-b", jar, "-L", "-d", f"csrf={csrf}&key=Connect:203.0.113.0/24&action=REJECT", f"{base}/rules/access/add")
    assert "Connect:203.0.113.0/24" in page
    assert "Connect:203.0.113.0/24\tREJECT" in srv.cli("access", "list").stdout
    page = curl("-b", jar, "-L", "-d", f"csrf={csrf}&key=0.0.0.0/0&action=RELAY", f"{base}/rules/access/add")
    assert "open relay" in page and "0.0.0.0/0" not in srv.cli("access", "list").stdout
    explained = curl("-b", jar, f"{base}/rules?ip=203.0.113.5&from=&to=x@elsewhere.example")
    assert "554 5.7.1" in explained
    explained = curl("-b", jar, f"{base}/rules?ip=198.51.100.7&to=x@elsewhere.example")
    assert "554 5.7.1 Relay access denied" in explained and "no relay permission" in explained
    assert "<time datetime=" in curl("-b", jar, f"{base}/reports/day")
    assert "toLocaleString" in curl(f"{base}/static/console.js")
    curl("-b", jar, "-L", "-o", "/dev/null", "-d", f"csrf={csrf}&key=partner.example", f"{base}/rules/whitelist/add")
    assert "partner.example" in srv.cli("whitelist", "list").stdout

    # Mark a quarantined message as ham: kept for retraining and delivered.
    mx = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
    mx.sendmail("deals@cheap-meds.example", [ALICE], b"From: <deals@cheap-meds.example>\r\nSubject: FREE VIAGRA!!! LOWEST PRICES\r\n"
                b"Content-Type: text/html\r\n\r\n<font size=+2 color=#ff0000>BUY NOW!!! 100% FREE</font> Click here to remove yourself. "
                b"Act now, limited time offer, cash bonus, no credit check, $$$ earn money fast\r\n")
    mx.quit()
    qid = re.search(r'href="/quarantine/([0-9A-Z]+)"', curl("-b", jar, f"{base}/quarantine")).group(1)
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", "-d", f"csrf={csrf}", f"{base}/quarantine/{qid}/ham") == "303"
    assert (srv.data / "filter" / "feedback" / "ham" / f"{qid}.eml").exists()
    # Retraining picks the mark up.
    (tmp_path / "ham").mkdir()
    (tmp_path / "spam").mkdir()
    (tmp_path / "ham" / "1.eml").write_text("Subject: minutes\n\nsee you tomorrow\n")
    (tmp_path / "spam" / "1.eml").write_text("Subject: FREE\n\nbuy now\n")
    out = srv.cli("train", "--ham", str(tmp_path / "ham"), "--spam", str(tmp_path / "spam"), "--feedback",
                  "--out", str(tmp_path / "model.hfm")).stdout
    assert "trained on 3 messages" in out, out
    assert srv.wait_for(lambda: any("BUY NOW" in p.read_text(errors="replace") for p in srv.maildir_files(ALICE)), timeout=20)

    rules = json.loads(curl("-b", jar, f"{base}/api/rules"))
    assert {"key": "Connect:203.0.113.0/24", "action": "REJECT"} in rules["access"] and "partner.example" in rules["whitelist"]
    out = json.loads(curl("-b", jar, "-H", f"X-CSRF-Token: {csrf}", "-d", "key=bl.example", f"{base}/api/rules/dnsbl/add"))
    assert "bl.example" in out["result"] and json.loads(curl("-b", jar, f"{base}/api/rules"))["dnsbl"] == ["bl.example"]
    explained = json.loads(curl("-b", jar, f"{base}/api/rules/test?ip=203.0.113.9"))
    assert explained["lines"][0].startswith("connect  203.0.113.9\t554")
    report = curl("-b", jar, f"{base}/reports/week")
    assert "<svg" in report and "received" in report
    assert curl("-b", jar, "-o", "/dev/null", "-w", "%{http_code}", f"{base}/reports/year") == "404"
