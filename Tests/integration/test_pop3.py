"""POP3 (RFC 1939) with real clients: Python's poplib and fetchmail, over STLS and implicit TLS."""
import os
import poplib
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import HOSTNAME

ALICE = f"alice@{HOSTNAME}"
PW = "Quartz-Meadow-4821"
TIMEOUT = 20


def deliver(server, subject, body="first line\r\n.starts with a dot\r\nlast line\r\n"):
    with smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=TIMEOUT) as s:
        s.sendmail("bob@example.org", [ALICE], f"From: bob@example.org\r\nTo: {ALICE}\r\nSubject: {subject}\r\n\r\n{body}".encode())
    count = len(server.maildir_files(ALICE))
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) >= count)


def tls(server):
    context = ssl.create_default_context(cafile=server.cert)
    context.check_hostname = False
    return context


def test_pop3_stls_login_list_retrieve_and_delete(server):
    deliver(server, "pop one")
    deliver(server, "pop two")
    server.wait_for(lambda: len(server.maildir_files(ALICE)) == 2)
    p = poplib.POP3("127.0.0.1", server.ports["pop3"], timeout=TIMEOUT)
    assert p.getwelcome().startswith(b"+OK")
    capabilities = p.capa()
    assert "STLS" in capabilities and "UIDL" in capabilities and "TOP" in capabilities
    p.stls(context=tls(server))
    assert "STLS" not in p.capa(), "STLS is offered only until it is used"
    p.user(ALICE)
    assert p.pass_(PW).startswith(b"+OK")
    count, size = p.stat()
    assert count == 2
    _, listing, _ = p.list()
    assert sum(int(line.split()[1]) for line in listing) == size
    _, lines, octets = p.retr(1)
    text = b"\r\n".join(lines)
    assert b"Subject: pop one" in text
    assert b"\r\n.starts with a dot\r\n" in text, "dot-stuffing undone by the client: the line is as sent"
    assert octets >= int(listing[0].split()[1])
    _, top, _ = p.top(2, 0)
    assert top[-1] == b"" and not any(b"first line" in line for line in top), top
    _, uids, _ = p.uidl()
    first_uids = [line.split()[1] for line in uids]
    p.dele(1)
    with pytest.raises(poplib.error_proto):
        p.retr(1)
    assert p.quit().startswith(b"+OK")
    assert len(server.maildir_files(ALICE)) == 1
    # A second session: the unique ID of the message left is the one it had.
    q = poplib.POP3_SSL("127.0.0.1", server.ports["pop3s"], context=tls(server), timeout=TIMEOUT)
    q.user(ALICE)
    q.pass_(PW)
    assert [line.split()[1] for line in q.uidl()[1]] == first_uids[1:]
    q.quit()


def test_pop3_without_quit_deletes_nothing_and_bad_logins_close(server):
    deliver(server, "kept")
    server.wait_for(lambda: len(server.maildir_files(ALICE)) == 1)
    p = poplib.POP3_SSL("127.0.0.1", server.ports["pop3s"], context=tls(server), timeout=TIMEOUT)
    p.user(ALICE)
    p.pass_(PW)
    p.dele(1)
    p.sock.close()  # no QUIT: the UPDATE state is never reached
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) == 1)
    q = poplib.POP3_SSL("127.0.0.1", server.ports["pop3s"], context=tls(server), timeout=TIMEOUT)
    for _ in range(3):
        q.user(ALICE)
        with pytest.raises(poplib.error_proto, match="AUTH"):
            q.pass_("wrong")
    with pytest.raises((poplib.error_proto, OSError, EOFError)):
        q.user(ALICE)  # closed after the third failure


def test_pop3_bad_input_and_overlong_lines(server):
    with socket.create_connection(("127.0.0.1", server.ports["pop3"]), timeout=TIMEOUT) as s:
        f = s.makefile("rb")
        assert f.readline().startswith(b"+OK")
        s.sendall(b"FROB\r\nRETR 1\r\nLIST x\r\n")
        assert f.readline().startswith(b"-ERR Unknown command")
        assert f.readline() == b"-ERR Log in first\r\n"
        assert f.readline().startswith(b"-ERR")
        try:
            s.sendall(b"USER " + b"x" * 5000 + b"\r\n")
            first = f.readline()
            assert first.startswith(b"-ERR") or first == b"", first
            assert f.readline() == b"", "an overlong line ends the connection"
        except ConnectionResetError:
            pass  # closed with the rest of the line unread: the kernel resets the connection
    p = poplib.POP3("127.0.0.1", server.ports["pop3"], timeout=TIMEOUT)
    assert p.noop is not None and p.getwelcome().startswith(b"+OK")
    p.quit()


def test_fetchmail_over_pop3s(server):
    if not shutil.which("fetchmail"):
        pytest.skip("fetchmail not installed")
    deliver(server, "for fetchmail over pop3")
    server.wait_for(lambda: len(server.maildir_files(ALICE)) == 1)
    with tempfile.TemporaryDirectory() as tmp:
        out, rc = Path(tmp) / "out", Path(tmp) / "fetchmailrc"
        out.mkdir()
        rc.write_text(f"""set no bouncemail
poll 127.0.0.1 service {server.ports['pop3s']} protocol POP3 auth password timeout 20
  user "{ALICE}" there with password "{PW}" is root here
  ssl sslproto "TLS1.2+" sslcertck sslcertfile "{server.cert}" sslcommonname "{HOSTNAME}"
  mda "sh -c 'cat > {out}/msg.$$'"
""")
        rc.chmod(0o600)
        r = subprocess.run(["fetchmail", "-f", str(rc), "-v", "--nodetach", "--nosyslog"],
                           capture_output=True, text=True, timeout=90,
                           env={**os.environ, "HOME": tmp, "FETCHMAILHOME": tmp})
        log = r.stdout + r.stderr
        assert r.returncode == 0, log
        got = list(out.iterdir())
        assert len(got) == 1, (got, log)
        assert b"Subject: for fetchmail over pop3" in got[0].read_bytes()
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) == 0), "fetchmail without keep deletes what it fetched"
