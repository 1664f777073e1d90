"""Content filtering with real clients: verdict headers on the way into Maildir, EICAR rejected
or tagged, spam tagged with a subject tag, quarantine and release, whitelist, a clamd stand-in
(and clamd down), and gateway mode forwarding tagged mail to an aiosmtpd backend."""
import smtplib
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import HOSTNAME, free_port

ALICE = f"alice@{HOSTNAME}"
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
HERE = Path(__file__).parent
EICAR = r"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"
EICAR_PLAIN = f"""From: Test Sender <sender@example.org>
To: alice@mail.haetae.test
Subject: EICAR test string in a plain text body
Message-ID: <eicar-plain-body-1@example.org>
Content-Type: text/plain; charset=us-ascii

{EICAR}
"""
EICAR_ATTACHED = """From: Test Sender <sender@example.org>
To: alice@mail.haetae.test
Subject: EICAR test file as a base64 attachment
MIME-Version: 1.0
Content-Type: multipart/mixed; boundary="=_b"

--=_b
Content-Type: text/plain; charset=us-ascii

The attached file eicar.com is the EICAR anti-virus test file.

--=_b
Content-Type: application/octet-stream; name="eicar.com"
Content-Transfer-Encoding: base64
Content-Disposition: attachment; filename="eicar.com"

WDVPIVAlQEFQWzRcUFpYNTQoUF4pN0NDKTd9JEVJQ0FSLVNUQU5EQVJELUFOVElWSVJVUy1URVNU
LUZJTEUhJEgrSCo=

--=_b--
"""

SPAM = b"""From: "Best Deals" <deals@cheap-meds.example>
To: alice@mail.haetae.test
Subject: FREE VIAGRA!!! LOWEST PRICES GUARANTEED
Content-Type: text/html

<html><body><font size=+2 color=#ff0000>BUY NOW!!! 100% FREE</font> Click here to remove
yourself from our list. Act now, limited time offer, cash bonus, no credit check,
<a href="http://cheap-meds.example/buy">CLICK HERE</a> $$$ earn money fast, risk free!</body></html>
""".replace(b"\n", b"\r\n")

HAM = b"""From: Kim <kim@partner.example>
To: alice@mail.haetae.test
Subject: Re: meeting notes
Date: Mon, 23 Nov 2026 09:00:00 +0900
Message-ID: <m1@partner.example>
X-Haetae-Scan: Passed:Whitelist/SMTP

Thanks for the notes. I will send the updated schedule for the queue work tomorrow.
""".replace(b"\n", b"\r\n")


def mx_send(srv, sender, message, rcpts=(ALICE,)):
    s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=30)
    try:
        return s.sendmail(sender, list(rcpts), message)
    finally:
        s.quit()


def delivered(srv, needle, address=ALICE, timeout=20):
    def find():
        for path in srv.maildir_files(address):
            text = path.read_text(errors="replace")
            if needle in text:
                return text
        return None
    return srv.wait_for(find, timeout=timeout)


def test_verdict_headers_spam_tag_and_spoofed_headers_removed(make_server):
    srv = make_server("--set", "scan.subject_tag=[SPAM:%REASON%]", "--set", "scan.header_prefix=hq-",
                      "--set", "scan.domain_subject_tags=other.example=[UTM:%REASON%]")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    mx_send(srv, "kim@partner.example", HAM)
    text = delivered(srv, "updated schedule")
    assert "X-Haetae-Scan: hq-Passed/SMTP" in text
    assert "Passed:Whitelist" not in text, "a verdict header from outside must be removed"
    assert "Subject: Re: meeting notes" in text

    mx_send(srv, "deals@cheap-meds.example", SPAM)
    text = delivered(srv, "BUY NOW")
    assert "X-Haetae-Scan: hq-Spam/SMTP" in text
    assert "Subject: [SPAM:Spam] FREE VIAGRA" in text
    assert "X-Haetae-Score:" in text
    assert "event=scan " in srv.log_text() and "verdict=Spam" in srv.log_text()


def test_eicar_rejected_by_default_and_tagged_when_asked(make_server, tmp_path):
    (tmp_path / "plain.eml").write_text(EICAR_PLAIN)
    (tmp_path / "attached.eml").write_text(EICAR_ATTACHED)
    srv = make_server()
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    r = subprocess.run(["swaks", "--server", f"127.0.0.1:{srv.ports['mx']}", "--to", ALICE, "--from", "sender@example.org",
                        "--data", str(tmp_path / "plain.eml")], capture_output=True, text=True, timeout=60)
    assert r.returncode != 0 and "550 5.7.1 Message rejected: Virus" in r.stdout, r.stdout
    srv.stop()

    srv2 = make_server("--set", "scan.action_virus=tag")
    srv2.start()
    srv2.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    r = subprocess.run(["swaks", "--server", f"127.0.0.1:{srv2.ports['mx']}", "--to", ALICE, "--from", "sender@example.org",
                        "--data", str(tmp_path / "attached.eml")], capture_output=True, text=True, timeout=60)
    assert r.returncode == 0, r.stdout
    text = delivered(srv2, "X-Haetae-Scan: Virus")
    assert text and "virus EICAR" in text


def test_quarantine_and_release(make_server):
    srv = make_server("--set", "scan.action_spam=quarantine", "--set", "scan.digest_interval=10")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    assert mx_send(srv, "deals@cheap-meds.example", SPAM) == {}
    listing = srv.cli("quarantine", "list").stdout
    assert "Spam" in listing and "deals@cheap-meds.example" in listing
    qid = listing.split()[0]
    time.sleep(1)
    assert not any("BUY NOW" in p.read_text(errors="replace") for p in srv.maildir_files(ALICE))
    shown = srv.cli("quarantine", "show", qid).stdout
    assert "verdict: Spam" in shown and "Subject: FREE VIAGRA" in shown
    # The recipient hears about it in the digest.
    digest = delivered(srv, "Quarantine digest", timeout=30)
    assert digest and qid in digest and "FREE VIAGRA" in digest
    assert "released" in srv.cli("quarantine", "release", qid).stdout
    assert delivered(srv, "BUY NOW")
    assert "quarantine is empty" in srv.cli("quarantine", "list").stdout


def test_whitelist_and_blacklist_apply_live(make_server, tmp_path):
    srv = make_server()
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    (tmp_path / "smtp-whitelist.txt").write_text("# partners\ncheap-meds.example\n192.0.2.0/24  # office\n\n")
    assert "imported 2" in srv.cli("whitelist", "import", str(tmp_path / "smtp-whitelist.txt")).stdout
    assert "cheap-meds.example" in srv.cli("whitelist", "list").stdout
    mx_send(srv, "deals@shop.cheap-meds.example", SPAM)
    assert "Passed:Whitelist" in delivered(srv, "BUY NOW")
    srv.cli("whitelist", "remove", "cheap-meds.example")
    srv.cli("blacklist", "add", "kim@partner.example")
    mx_send(srv, "kim@partner.example", HAM.replace(b"updated schedule", b"second schedule"))
    text = delivered(srv, "second schedule")
    assert "X-Haetae-Scan: Spam/SMTP" in text and "blacklist" in text
    r = srv.cli("whitelist", "add", "not a key!", check=False)
    assert r.returncode != 0


def test_clamd_finds_a_virus_and_a_dead_clamd_does_not_stop_mail(make_server):
    port = free_port()
    clamd = subprocess.Popen([PYTHON, str(HERE / "fake_clamd.py"), str(port)], stdout=subprocess.PIPE)
    try:
        assert clamd.stdout.readline().strip() == b"ready"
        srv = make_server("--set", f"scan.clamd=127.0.0.1:{port}", "--set", "scan.action_virus=tag")
        srv.start()
        srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
        mx_send(srv, "a@partner.example", b"Subject: hi\r\n\r\nHAETAE-FAKE-MALWARE-MARKER inside\r\n")
        text = delivered(srv, "MARKER inside")
        assert "X-Haetae-Scan: Virus/SMTP" in text and "Haetae.Test.Marker" in text
        mx_send(srv, "a@partner.example", HAM.replace(b"updated schedule", b"clean note"))
        assert "X-Haetae-Scan: Passed/SMTP" in delivered(srv, "clean note")
    finally:
        clamd.terminate()
        clamd.wait(timeout=10)
    # clamd gone: mail still flows, marked Passed:Not-Scanned with the reason.
    mx_send(srv, "a@partner.example", HAM.replace(b"updated schedule", b"while down"))
    text = delivered(srv, "while down")
    assert "X-Haetae-Scan: Passed:Not-Scanned/SMTP" in text and "virus scanner unavailable" in text
    assert "event=scan-error scanner=clamd" in srv.log_text()


def test_gateway_mode_forwards_tagged_mail_to_the_backend(make_server, tmp_path):
    port = free_port()
    peer = subprocess.Popen([PYTHON, str(HERE / "peer.py"), str(port), str(tmp_path / "backend")], stdout=subprocess.PIPE)
    try:
        assert peer.stdout.readline().strip() == b"ready"
        srv = make_server("--set", "gateway.domains=gw.example", "--set", f"relay_host=[127.0.0.1]:{port}",
                          "--set", "scan.subject_tag=[UTM:%REASON%]")
        srv.start()
        assert mx_send(srv, "deals@cheap-meds.example", SPAM, rcpts=["someone@gw.example"]) == {}
        def forwarded():
            files = sorted((tmp_path / "backend").glob("*.eml"))
            return files[0].read_text(errors="replace") if files else None
        text = srv.wait_for(forwarded, timeout=30)
        assert text and "X-Haetae-Scan: Spam/SMTP" in text and "Subject: [UTM:Spam] FREE VIAGRA" in text
        assert "X-Peer-Rcpt-To: someone@gw.example" in text
    finally:
        peer.terminate()
        peer.wait(timeout=10)
