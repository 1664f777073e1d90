"""Outbound protection on loopback: compromised-account suspension with held mail and a postmaster
alert, the queue circuit breaker (next hop down), AUTH brute-force throttle and lockout, hourly
rate limits, the password policy, and `haetae audit` on the recorded log."""
import json
import smtplib
import subprocess
import ssl
import time

import pytest

from conftest import BIN, HOSTNAME, free_port

ALICE = f"alice@{HOSTNAME}"
BOB = f"bob@{HOSTNAME}"
POSTMASTER = f"postmaster@{HOSTNAME}"
PW = "Quartz-Meadow-4821"
BOB_PW = "Amber-Falcon-6624"


def stalled(make_server, *extra):
    """A server whose every remote next hop is a closed loopback port: outbound mail stays queued."""
    dead = free_port()
    srv = make_server("--set", f"transport=*=smtp:[127.0.0.1]:{dead}", "--set", "queue.retry_base=3600",
                      "--set", "delivery.connect_timeout=2", *extra)
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin=PW + "\n")
    srv.cli("user", "add", BOB, "--password-stdin", stdin=BOB_PW + "\n")
    return srv


def login(srv, user=ALICE, password=PW):
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=30)
    s.starttls(context=ssl._create_unverified_context())
    s.login(user, password)
    return s


def plain_auth(srv, user, password, source="127.0.0.1"):
    """One AUTH PLAIN attempt on a fresh connection; returns (code, text, seconds)."""
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=60, source_address=(source, 0))
    s.starttls(context=ssl._create_unverified_context())
    s.ehlo()
    s.user, s.password = user, password
    start = time.time()
    try:
        code, text = s.auth("PLAIN", s.auth_plain)
    except smtplib.SMTPAuthenticationError as e:
        code, text = e.smtp_code, e.smtp_error
    except smtplib.SMTPServerDisconnected:
        code, text = 0, b"disconnected"
    elapsed = time.time() - start
    try:
        s.close()
    except Exception:
        pass
    return code, text.decode(errors="replace") if isinstance(text, bytes) else text, elapsed


def queue_entries(srv):
    return srv.cli("queue", "list").stdout


def test_hijacked_account_is_suspended_held_alerted_and_audited(make_server):
    srv = stalled(make_server, "--set", "protection.queue_threshold=0", "--set", f"log.file=")
    # A normal colleague first: a few messages to a few partners.
    s = login(srv, BOB, BOB_PW)
    for i in range(5):
        s.sendmail(BOB, [f"p{i}@partner{i % 2}.example"], b"Subject: minutes\r\n\r\nsee attached\r\n")
    s.quit()

    # The hijacked account: 300 recipients over 100 domains, three per message.
    s = login(srv)
    sent_recipients, suspended_reply = 0, None
    for m in range(100):
        rcpts = [f"u{m}-{k}@victim{(m * 3 + k) % 100}.example" for k in range(3)]
        try:
            refused = s.sendmail(ALICE, rcpts, f"Subject: offer {m}\r\n\r\nbuy now\r\n".encode())
            sent_recipients += 3 - len(refused)
            if refused:
                suspended_reply = list(refused.values())[0]
                break
        except smtplib.SMTPRecipientsRefused as e:
            suspended_reply = list(e.recipients.values())[0]
            break
        except smtplib.SMTPSenderRefused as e:
            suspended_reply = (e.smtp_code, e.smtp_error)
            break
    try:
        s.quit()
    except smtplib.SMTPException:
        pass
    assert suspended_reply is not None, "the burst was never stopped"
    assert suspended_reply[0] == 550 and b"5.7.1" in suspended_reply[1] and b"suspended" in suspended_reply[1]
    assert sent_recipients <= 160, f"{sent_recipients} recipients accepted before suspension"

    # Suspended from sending, but it can still log in (to read mail).
    s = login(srv)
    code, text = s.mail(ALICE)
    assert code == 550 and b"5.7.1" in text
    s.quit()
    users = srv.cli("user", "list").stdout
    assert "alice@" in users and "suspended" in users

    # Its queued outbound mail is held, not deleted; the colleague's is not.
    listing = queue_entries(srv)
    assert "held" in listing
    held_ids = {line.split()[0] for line in listing.splitlines() if line and not line.startswith(" ") and "alice" in line}
    assert held_ids, listing
    for qid in list(held_ids)[:3]:
        assert "held" in srv.cli("queue", "show", qid).stdout

    # Postmaster has the alert with the evidence.
    def alert():
        for path in srv.maildir_files(POSTMASTER):
            text = path.read_text(errors="replace")
            if "suspended from sending" in text:
                return text
        return None
    text = srv.wait_for(alert, timeout=20)
    assert text, "no alert in postmaster's mailbox"
    assert "domains=" in text and "recipients=" in text and "Auto-Submitted: auto-generated" in text
    assert "event=account-suspended user=" + ALICE in srv.log_text()

    # The audit ranks the burst account first.
    out = subprocess.run([BIN, "audit", str(srv.log_path), "--json"], capture_output=True, text=True, check=True).stdout
    report = json.loads(out)
    assert report["accounts"][0]["account"] == ALICE
    assert report["accounts"][0]["recipients"] >= sent_recipients
    assert report["accounts"][0]["recipient_domains"] >= 40
    assert any(a["account"] == BOB for a in report["accounts"])
    table = subprocess.run([BIN, "audit"], stdin=open(srv.log_path), capture_output=True, text=True, check=True).stdout
    assert table.splitlines()[1].startswith(ALICE)

    # The administrator undoes it: unsuspend, release one held message.
    srv.cli("user", "unsuspend", ALICE)
    def can_send():
        s = login(srv)
        code, _ = s.mail(ALICE)
        s.quit()
        return code == 250
    assert srv.wait_for(can_send, timeout=10)
    qid = sorted(held_ids)[0]
    out = srv.cli("queue", "release", qid).stdout
    assert "released" in out
    shown = srv.cli("queue", "show", qid).stdout
    assert "held" not in shown, shown


def test_breaker_trips_on_stalled_delivery_inbound_still_works_and_reset_clears(make_server):
    srv = stalled(make_server, "--set", "protection.queue_threshold=15")
    s = login(srv)
    refused_reply = None
    for i in range(40):
        try:
            s.sendmail(ALICE, [f"friend{i}@far{i % 5}.example"], f"Subject: n{i}\r\n\r\nhi\r\n".encode())
        except smtplib.SMTPRecipientsRefused as e:
            refused_reply = list(e.recipients.values())[0]
            break
        time.sleep(0.1)
    s.quit()
    assert refused_reply == (530, b"5.7.1 Relay denied for protecting our server"), refused_reply

    status = srv.cli("protect", "status").stdout
    assert "TRIPPED" in status and "alice@" in status
    data = json.loads(srv.cli("protect", "status", "--json").stdout)
    assert data["tripped"] and data["backlog_at_trip"] >= 15
    assert "event=protection-tripped" in srv.log_text()

    # Inbound mail from outside to a local user is still accepted and delivered.
    mx = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
    mx.sendmail("someone@outside.example", [BOB], b"Subject: inbound\r\n\r\nstill flowing\r\n")
    mx.quit()
    assert srv.wait_for(lambda: any("still flowing" in p.read_text() for p in srv.maildir_files(BOB)), timeout=20)
    # A local recipient from an authenticated user is fine too; an external one is refused.
    s = login(srv)
    assert s.sendmail(ALICE, [BOB], b"Subject: internal\r\n\r\nok\r\n") == {}
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        s.sendmail(ALICE, ["x@elsewhere.example"], b"Subject: out\r\n\r\nno\r\n")
    s.quit()
    # Postmaster was alerted.
    assert srv.wait_for(lambda: any("Protection tripped" in p.read_text(errors="replace") for p in srv.maildir_files(POSTMASTER)), timeout=20)

    # It survives a restart.
    srv.stop()
    srv.start()
    s = login(srv)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        s.sendmail(ALICE, ["x@elsewhere.example"], b"Subject: out\r\n\r\nno\r\n")
    s.quit()

    # protect reset clears it (the running server follows within a second).
    assert "breaker reset" in srv.cli("protect", "reset").stdout
    def relays():
        s = login(srv)
        try:
            return s.sendmail(ALICE, ["y@elsewhere.example"], b"Subject: out\r\n\r\nyes\r\n") == {}
        except smtplib.SMTPRecipientsRefused:
            return False
        finally:
            s.quit()
    assert srv.wait_for(relays, timeout=10, interval=0.5)
    assert "closed" in srv.cli("protect", "status").stdout


def test_brute_force_is_throttled_then_locked(make_server):
    srv = make_server("--set", "auth.lockout_max_delay=1")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin=PW + "\n")
    # A good login is not slowed down.
    code, _, elapsed = plain_auth(srv, ALICE, PW)
    assert code == 235 and elapsed < 1.0

    results = [plain_auth(srv, ALICE, f"guess-{i}") for i in range(15)]
    codes = [r[0] for r in results]
    assert codes[:9] == [535] * 9, codes
    assert all(c == 454 for c in codes[9:]), codes
    assert "4.7.0" in results[9][1]
    # Throttled: from the third failure on, answers are delayed.
    assert results[0][2] < 0.8 and results[4][2] >= 0.9, [round(r[2], 2) for r in results]
    # Locked answers come at once, and the right password does not get through from this address.
    assert results[12][2] < 0.8
    code, text, _ = plain_auth(srv, ALICE, PW)
    assert code == 454, (code, text)
    assert "auth-lockout" in srv.log_text()
    status = srv.cli("protect", "status").stdout
    assert "ip:127.0.0.1" in status

    srv.cli("protect", "unlock", "--all")
    def unlocked():
        return plain_auth(srv, ALICE, PW)[0] == 235
    assert srv.wait_for(unlocked, timeout=10, interval=0.5)


def test_hourly_rate_limits_per_account_and_override(make_server):
    srv = stalled(make_server, "--set", "limits.account_messages_per_hour=3", "--set", "protection.queue_threshold=0")
    s = login(srv)
    for i in range(3):
        assert s.sendmail(ALICE, [f"r{i}@dest.example"], b"Subject: x\r\n\r\nx\r\n") == {}
    with pytest.raises(smtplib.SMTPRecipientsRefused) as info:
        s.sendmail(ALICE, ["r4@dest.example"], b"Subject: x\r\n\r\nx\r\n")
    code, text = list(info.value.recipients.values())[0]
    assert code == 451 and text.startswith(b"4.7.1") and b"limit 3" in text
    s.quit()
    assert "event=rate-limit user=" + ALICE in srv.log_text()
    # Bob is not affected; an override for alice lifts her limit.
    s = login(srv, BOB, BOB_PW)
    assert s.sendmail(BOB, ["r@dest.example"], b"Subject: x\r\n\r\nx\r\n") == {}
    s.quit()
    srv.cli("user", "limits", ALICE, "--messages", "10")
    assert "messages=10" in srv.cli("user", "limits", ALICE).stdout
    def lifted():
        s = login(srv)
        try:
            return s.sendmail(ALICE, ["r5@dest.example"], b"Subject: x\r\n\r\nx\r\n") == {}
        except smtplib.SMTPRecipientsRefused:
            return False
        finally:
            s.quit()
    assert srv.wait_for(lifted, timeout=10, interval=0.5)


def test_password_policy_in_the_cli(server):
    for weak, why in [("short", "at least"), ("bob-secret-123", "account name"), ("password1234", "common"),
                      ("1q2w3e4r5t", "common"), ("01012345678", "digits")]:
        r = server.cli("user", "add", f"bob@{HOSTNAME}", "--password-stdin", stdin=weak + "\n", check=False)
        assert r.returncode != 0 and why in (r.stdout + r.stderr), (weak, r.stdout, r.stderr)
        assert weak not in (r.stdout + r.stderr)
    server.cli("user", "add", f"bob@{HOSTNAME}", "--password-stdin", stdin=BOB_PW + "\n")
    r = server.cli("user", "passwd", f"bob@{HOSTNAME}", "--password-stdin", stdin="qwerty123\n", check=False)
    assert r.returncode != 0
    # Every password here was set under the policy.
    assert server.cli("user", "audit-passwords").returncode == 0
