"""Real clients from Debian packages against the running server."""
import smtplib
import ssl
import subprocess

import pytest

from conftest import HOSTNAME
from smtp_raw import Raw

ALICE = f"alice@{HOSTNAME}"
PW = "Quartz-Meadow-4821"


def swaks(*args, timeout=60):
    return subprocess.run(["swaks", "--timeout", "20", *args], capture_output=True, text=True, timeout=timeout)


def test_swaks_plain_to_mx_delivers_to_maildir(server):
    r = swaks("--server", f"127.0.0.1:{server.ports['mx']}", "--to", ALICE, "--from", "sender@example.org",
              "--header", "Subject: plain mx test")
    assert r.returncode == 0, r.stdout + r.stderr
    assert "250 2.0.0 Ok: queued as" in r.stdout
    files = server.wait_for(lambda: server.maildir_files(ALICE))
    assert len(files) == 1
    text = files[0].read_bytes().decode()
    assert text.startswith("Return-Path: <sender@example.org>\nDelivered-To: " + ALICE + "\nReceived: from ")
    assert "\r" not in text, "Maildir files use LF line endings"
    assert "Subject: plain mx test" in text
    assert "with ESMTP id" in text


@pytest.mark.parametrize("mech", ["PLAIN", "LOGIN"])
def test_swaks_starttls_auth_on_submission(server, mech):
    r = swaks("--server", f"127.0.0.1:{server.ports['submission']}", "--tls", "--auth", mech,
              "--auth-user", ALICE, "--auth-password", PW, "--to", ALICE, "--from", ALICE)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "235 2.7.0" in r.stdout
    files = server.wait_for(lambda: server.maildir_files(ALICE))
    assert "with ESMTPSA id" in files[0].read_text()


def test_swaks_implicit_tls_on_submissions(server):
    r = swaks("--server", f"127.0.0.1:{server.ports['submissions']}", "--tlsc", "--auth", "PLAIN",
              "--auth-user", ALICE, "--auth-password", PW, "--to", ALICE, "--from", ALICE)
    assert r.returncode == 0, r.stdout + r.stderr
    assert server.wait_for(lambda: server.maildir_files(ALICE))


def test_auth_refused_before_starttls(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["submission"], timeout=10)
    s.ehlo("client.test")
    assert not s.has_extn("auth")
    code, msg = s.docmd("AUTH PLAIN AGFsaWNlQG1haWwuaGFldGFlLnRlc3QAYWxpY2UtcGFzc3dvcmQtMQ==")
    assert code == 530 and b"5.7.0 Must issue a STARTTLS command first" in msg
    code, msg = s.docmd("MAIL FROM:<" + ALICE + ">")
    assert code == 530
    s.quit()


def test_swaks_auth_before_tls_fails(server):
    r = swaks("--server", f"127.0.0.1:{server.ports['submission']}", "--auth", "PLAIN", "--auth-user", ALICE,
              "--auth-password", PW, "--to", ALICE, "--from", ALICE)
    assert r.returncode != 0
    assert "235" not in r.stdout


def test_wrong_password_and_no_auth_on_mx(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.ehlo("client.test")
    with pytest.raises(smtplib.SMTPAuthenticationError) as e:
        s.login(ALICE, "wrong-password")
    assert e.value.smtp_code == 535
    s.quit()
    mx = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    mx.starttls(context=ssl._create_unverified_context())
    mx.ehlo("client.test")
    assert not mx.has_extn("auth")
    mx.quit()
    assert "result=failure" in server.log_text()
    assert "wrong-password" not in server.log_text()


def test_smtplib_submission_to_remote_waits_in_queue(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.login(ALICE, PW)
    refused = s.sendmail(ALICE, ["friend@remote.example"], b"Subject: out\r\n\r\nhello\r\n")
    assert refused == {}
    s.quit()
    out = server.wait_for(lambda: (lambda o: o if "deferred" in o else None)(server.cli("queue", "list").stdout))
    assert "friend@remote.example" in out
    assert "DNS lookup of remote.example failed" in out


def test_mx_refuses_relay_and_unknown_users(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    s.mail("x@example.org")
    code, msg = s.rcpt("victim@elsewhere.example")
    assert (code, msg[:5]) == (554, b"5.7.1") and b"Relay access denied" in msg
    code, msg = s.rcpt("nobody@" + HOSTNAME)
    assert (code, msg[:5]) == (550, b"5.1.1")
    for trick in ["victim%elsewhere.example@" + HOSTNAME, "elsewhere.example!victim@" + HOSTNAME,
                  "@" + HOSTNAME + ":victim@elsewhere.example", '"victim@elsewhere.example"@' + HOSTNAME,
                  "victim@elsewhere.example.", "victim@[127.0.0.1]", "victim@ELSEWHERE.example"]:
        code, msg = s.docmd(f"RCPT TO:<{trick}>")
        assert code >= 500, (trick, code, msg)
    s.quit()


def test_starttls_with_openssl_s_client_verifies_self_signed(server):
    r = subprocess.run(
        ["openssl", "s_client", "-starttls", "smtp", "-connect", f"127.0.0.1:{server.ports['submission']}",
         "-CAfile", server.cert, "-verify_return_error", "-verify_hostname", HOSTNAME, "-brief"],
        input="EHLO client.test\r\nQUIT\r\n", capture_output=True, text=True, timeout=30)
    assert r.returncode == 0, r.stdout + r.stderr
    assert "Verification: OK" in r.stderr or "Verification: OK" in r.stdout
    assert "sha256=" in server.log_text()


def test_cli_changes_apply_without_restart(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    s.mail("x@example.org")
    assert s.rcpt("late@new.example")[0] == 554
    server.cli("domain", "add", "new.example")
    server.cli("user", "add", "late@new.example", "--password-stdin", stdin="Velvet-Harbor-3307\n")
    assert s.rcpt("late@new.example")[0] == 250
    server.cli("alias", "add", "team@new.example", "late@new.example")
    assert s.rcpt("team@new.example")[0] == 250
    code, _ = s.data(b"Subject: live\r\n\r\nhi\r\n")
    assert code == 250
    s.quit()
    assert server.wait_for(lambda: len(server.maildir_files("late@new.example")) == 1)


def test_postmaster_and_alias_expansion(server):
    server.cli("alias", "add", f"info@{HOSTNAME}", ALICE)
    server.cli("alias", "add", f"info@{HOSTNAME}", f"postmaster@{HOSTNAME}")
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    s.mail("")
    assert s.docmd("RCPT TO:<Postmaster>")[0] == 250
    assert s.rcpt(f"info@{HOSTNAME}")[0] == 250
    assert s.data(b"Subject: to postmaster\r\n\r\nhi\r\n")[0] == 250
    s.quit()
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) == 1)
    # postmaster got it once, though addressed twice (directly and through the alias)
    assert server.wait_for(lambda: len(server.maildir_files(f"postmaster@{HOSTNAME}")) == 1)
    assert "Delivered-To: " + ALICE in server.maildir_files(ALICE)[0].read_text()


def test_first_start_postmaster_can_send(server):
    assert server.password
    s = smtplib.SMTP_SSL("127.0.0.1", server.ports["submissions"], timeout=10,
                         context=ssl._create_unverified_context())
    s.login(f"postmaster@{HOSTNAME}", server.password)
    assert s.sendmail(f"postmaster@{HOSTNAME}", [ALICE], b"Subject: hi\r\n\r\nfrom postmaster\r\n") == {}
    s.quit()


def test_smtputf8_korean_addresses(server):
    server.cli("user", "add", f"김철수@{HOSTNAME}", "--password-stdin", stdin="Copper-Lantern-5190\n")
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    assert s.has_extn("smtputf8")
    msg = "Subject: 안녕하세요\r\nFrom: 보낸이@example.kr\r\n\r\n한국어 본문\r\n".encode()
    s.sendmail("보낸이@example.kr", [f"김철수@{HOSTNAME}"], msg, mail_options=["SMTPUTF8", "BODY=8BITMIME"])
    s.quit()
    files = server.wait_for(lambda: server.maildir_files(f"김철수@{HOSTNAME}"))
    text = files[0].read_bytes().decode()
    assert "한국어 본문" in text and "with UTF8SMTP id" in text


def test_vrfy_never_reveals(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=10)
    s.ehlo("client.test")
    assert s.verify(ALICE)[0] == 252
    assert s.verify("nobody@" + HOSTNAME)[0] == 252
    s.quit()


def test_sigterm_exits_cleanly(server):
    assert server.stop() == 0
    assert "event=shutdown phase=done" in server.log_text()
