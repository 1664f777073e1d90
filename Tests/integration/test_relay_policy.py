"""Relay control: the relay tester, the access map edited live, sendmail, trusted networks,
sender ownership."""
import smtplib
import socket
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import BIN, HOSTNAME, free_port
from smtp_raw import Raw

ALICE = f"alice@{HOSTNAME}"
PW = "Quartz-Meadow-4821"


def relaytest(port, *extra):
    return subprocess.run([BIN, "relaytest", f"127.0.0.1:{port}", "--timeout", "10", *extra],
                          capture_output=True, text=True, timeout=300)


def test_relaytest_finds_no_relay_in_haetae(server):
    r = relaytest(server.ports["mx"])
    assert r.returncode == 0, r.stdout + r.stderr
    assert "25 tricks: 0 relayed" in r.stdout
    # the submission port without AUTH is closed too
    r = relaytest(server.ports["submission"])
    assert r.returncode == 0, r.stdout


def test_relaytest_detects_an_open_relay():
    port = free_port()
    python = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
    proc = subprocess.Popen([python, "-m", "aiosmtpd", "-n", "-c", "aiosmtpd.handlers.Sink", "-l", f"127.0.0.1:{port}"],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        deadline = time.time() + 20
        while time.time() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), timeout=1).close()
                break
            except OSError:
                time.sleep(0.2)
        r = relaytest(port, "--local-domain", "open.test")
        assert r.returncode == 1, r.stdout + r.stderr
        assert "OPEN RELAY" in r.stdout
        assert "RELAYED" in r.stdout
    finally:
        proc.terminate()
        proc.wait(timeout=10)


def test_access_rules_apply_at_once(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    assert s.mail("spammer@spam.example")[0] == 250
    s.rset()
    server.cli("access", "add", "From:spam.example", "REJECT")
    code, msg = s.mail("spammer@spam.example")
    assert code == 550 and msg.startswith(b"5.7.1")
    server.cli("access", "add", "spam.example", "ERROR:5.7.1:550 We do not take mail from you")
    assert s.mail("x@sub.spam.example")[0] == 550, "From: rule still wins over the untagged one"
    assert s.mail("x@fine.example")[0] == 250
    assert s.rcpt("x@partner.example")[0] == 554
    server.cli("access", "add", "To:partner.example", "RELAY")
    assert s.rcpt("x@partner.example")[0] == 250
    server.cli("access", "remove", "To:partner.example")
    assert s.rcpt("y@partner.example")[0] == 554
    s.quit()
    # Connect: rules refuse the client at the banner.
    server.cli("access", "add", "127.0.0.1", "REJECT")
    c = Raw(server.ports["mx"])
    assert c.reply()[0].startswith("554 5.7.1")
    server.cli("access", "remove", "127.0.0.1")
    c = Raw(server.ports["mx"])
    assert c.code() == "220"


def test_access_import_export_and_test(server, tmp_path):
    access = tmp_path / "access"
    access.write_text(
        "# a real Sendmail access file\n"
        "spam@hacker.com\tREJECT\n"
        "spammail.com   REJECT\n"
        "useful.org     OK\n"
        "211.252.150    RELAY\n"
        "172.16         RELAY\n"
        "To:nowhere.example  ERROR:5.1.2:550 No such domain here\n"
        "quiet.example  DISCARD\n"
    )
    out = server.cli("access", "import", str(access)).stdout
    assert "imported 7 rule(s)" in out
    listing = server.cli("access", "list").stdout
    assert "211.252.150.0/24\tRELAY" in listing and "spam@hacker.com\tREJECT" in listing
    exported = server.cli("access", "export").stdout
    assert "172.16.0.0/16\tRELAY" in exported
    t = server.cli("access", "test", "--ip", "211.252.150.9", "--from", "someone@useful.org",
                   "--to", "friend@elsewhere.example", check=False)
    assert t.returncode == 0, t.stdout
    assert "access rule 211.252.150.0/24 RELAY" in t.stdout
    t = server.cli("access", "test", "--ip", "203.0.113.5", "--from", "spam@hacker.com", "--to",
                   "friend@elsewhere.example", check=False)
    assert t.returncode == 1
    assert "spam@hacker.com REJECT" in t.stdout
    assert "554 5.7.1 Relay access denied" in t.stdout
    # a bad file imports nothing
    bad = tmp_path / "bad"
    bad.write_text("good.example OK\nbroken\n")
    r = server.cli("access", "import", str(bad), check=False)
    assert r.returncode != 0
    assert "good.example" not in server.cli("access", "list").stdout
    # a relay from the imported network works over SMTP? (clients here are 127.0.0.1: not in it)
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("c")
    s.mail("a@example.org")
    assert s.rcpt("x@nowhere.example") == (550, b"5.1.2 No such domain here")
    s.quit()


def test_no_open_relay_rule_can_be_added(server):
    r = server.cli("access", "add", "0.0.0.0/0", "RELAY", check=False)
    assert r.returncode != 0 and "open relay" in (r.stdout + r.stderr)


def test_trusted_networks(make_server):
    srv = make_server("--set", "trusted_networks=127.0.0.0/8")
    srv.start()
    s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
    s.ehlo("app.local")
    s.mail("app@example.org")
    assert s.rcpt("someone@elsewhere.example")[0] == 250
    s.quit()
    r = relaytest(srv.ports["mx"])
    assert r.returncode == 1, "a trusted client may relay, and the tester sees it"


def test_sender_ownership_on_submission(server):
    server.cli("user", "add", f"bob@{HOSTNAME}", "--password-stdin", stdin="Amber-Falcon-6624\n")
    s = smtplib.SMTP("127.0.0.1", server.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.login(ALICE, PW)
    code, msg = s.mail(f"bob@{HOSTNAME}")
    assert code == 553 and msg.startswith(b"5.7.1 Sender address rejected: not owned by user")
    server.cli("alias", "add", f"sales@{HOSTNAME}", ALICE)
    assert s.mail(f"sales@{HOSTNAME}")[0] == 250
    s.rset()
    server.cli("user", "sender", "add", ALICE, f"bob@{HOSTNAME}")
    assert s.mail(f"bob@{HOSTNAME}")[0] == 250
    s.quit()


def test_sendmail_command_delivers_locally_and_queues_remote(server):
    msg = (f"To: Alice <{ALICE}>, friend@remote.example\nBcc: hidden@{HOSTNAME}\nSubject: from cron\n\n"
           "report body\n.\nstill body with -i\n")
    server.cli("alias", "add", f"hidden@{HOSTNAME}", ALICE)
    r = subprocess.run([BIN, "sendmail", "-t", "-i", "-f", f"cron@{HOSTNAME}", "--data", str(server.data)],
                       input=msg, capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stderr
    files = server.wait_for(lambda: server.maildir_files(ALICE), timeout=20)
    assert len(files) == 1, "delivered once although addressed twice (To and Bcc alias)"
    text = files[0].read_text()
    assert "Bcc:" not in text and "still body with -i" in text and "Message-ID:" in text
    out = server.wait_for(lambda: (lambda o: o if "deferred" in o else None)(server.cli("queue", "list").stdout))
    assert "friend@remote.example" in out
    bad = subprocess.run([BIN, "sendmail", "--data", str(server.data)], input="no recipients\n",
                         capture_output=True, text=True, timeout=30)
    assert bad.returncode == 65


def test_recipients_per_session(make_server):
    srv = make_server("--set", "limits.max_recipients_per_session=3", "--set", "limits.max_recipients=2")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    c = Raw(srv.ports["mx"])
    c.reply()
    c.cmd("EHLO c")
    c.cmd("MAIL FROM:<a@example.org>")
    for i in range(2):
        srv.cli("alias", "add", f"x{i}@{HOSTNAME}", ALICE)
        assert c.cmd(f"RCPT TO:<x{i}@{HOSTNAME}>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<{ALICE}>")[0].startswith("452 4.5.3")
    c.cmd("RSET")
    c.cmd("MAIL FROM:<a@example.org>")
    assert c.cmd(f"RCPT TO:<{ALICE}>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<postmaster@{HOSTNAME}>")[0].startswith("452 4.5.3")
