"""Hostile and broken input: every case gets a correct reply and the server stays up."""
import socket
import ssl
import time

from conftest import HOSTNAME
from smtp_raw import Raw

ALICE = f"alice@{HOSTNAME}"


def start_data(server):
    c = Raw(server.ports["mx"])
    assert c.code() == "220"
    assert c.cmd("EHLO client.test")[-1].startswith("250")
    assert c.cmd("MAIL FROM:<a@example.org>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<{ALICE}>")[0].startswith("250")
    assert c.cmd("DATA")[0].startswith("354")
    return c


def test_overlong_command_line(server):
    c = Raw(server.ports["mx"])
    c.reply()
    c.send(b"EHLO " + b"a" * 100_000 + b"\r\n")
    assert c.reply()[0].startswith("500 5.5.2")
    assert c.cmd("NOOP")[0].startswith("250")


def test_overlong_data_line_rejected_not_truncated(server):
    # Lines up to smtp.max_line_length (64 KiB) are accepted; longer ones are refused whole.
    c = start_data(server)
    c.send(b"Subject: x\r\n\r\n" + b"y" * 70_000 + b"\r\n.\r\n")
    assert c.reply()[0].startswith("550 5.5.2")
    assert c.cmd("RSET")[0].startswith("250")
    time.sleep(0.5)
    assert server.maildir_files(ALICE) == []


def test_nul_bytes(server):
    c = Raw(server.ports["mx"])
    c.reply()
    c.send(b"EHLO a\x00b\r\n")
    assert c.reply()[0].startswith("501")
    c.cmd("EHLO ok")
    c.cmd("MAIL FROM:<a@example.org>")
    c.cmd(f"RCPT TO:<{ALICE}>")
    c.cmd("DATA")
    c.send(b"Subject: x\r\n\r\nnul \x00 here\r\n.\r\n")
    assert c.reply()[0].startswith("550")


def test_invalid_utf8_command(server):
    c = Raw(server.ports["mx"])
    c.reply()
    c.send(b"MAIL FROM:<\xff\xfe@example.org>\r\n")
    assert c.reply()[0][:1] == "5"
    assert c.cmd("NOOP")[0].startswith("250")


def test_long_data_line_accepted_like_postfix(server):
    """Held-out corpus: legitimate senders write lines over 1,000 octets; they are delivered."""
    c = start_data(server)
    c.send(b"Subject: long\r\n\r\n" + b"y" * 5_000 + b"\r\n.\r\n")
    assert c.reply()[0].startswith("250")
    files = server.wait_for(lambda: server.maildir_files(ALICE))
    assert b"y" * 5_000 in files[0].read_bytes()


def test_bare_lf_refused_when_configured(make_server):
    srv = make_server("--set", "smtp.bare_line_endings=reject")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    c = start_data(srv)
    c.send(b"Subject: x\r\n\r\nline one\nline two\r\n.\r\n")
    assert c.reply()[0].startswith("550 5.5.2")


def test_smtp_smuggling_is_not_a_second_message(make_server):
    server = make_server("--set", "smtp.bare_line_endings=reject")
    server.start()
    server.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    for sep in [b"\n.\n", b"\n.\r\n", b"\r.\r\n", b"\r\n.\n", b"\r.\r"]:
        c = start_data(server)
        smuggled = (b"Subject: legit\r\n\r\nhello" + sep + b"MAIL FROM:<admin@" + HOSTNAME.encode() +
                    b">\r\nRCPT TO:<" + ALICE.encode() + b">\r\nDATA\r\nSubject: smuggled\r\n\r\nevil\r\n.\r\n")
        c.send(smuggled)
        first = c.reply()[0]
        assert first.startswith("550 5.5.2"), (sep, first)
        # The session is in sync: the next command gets exactly one reply.
        assert c.cmd("NOOP")[0].startswith("250")
        c.close()
    time.sleep(0.5)
    assert server.maildir_files(ALICE) == []


def test_smtp_smuggling_with_default_normalize_is_one_message(server):
    """The default (normalize) accepts bare line endings, but only CRLF.CRLF ends DATA."""
    for sep in [b"\n.\n", b"\n.\r\n", b"\r.\r\n", b"\r\n.\n", b"\r.\r"]:
        c = start_data(server)
        smuggled = (b"Subject: legit\r\n\r\nhello" + sep + b"MAIL FROM:<admin@" + HOSTNAME.encode() +
                    b">\r\nRCPT TO:<" + ALICE.encode() + b">\r\nDATA\r\nSubject: smuggled\r\n\r\nevil\r\n.\r\n")
        c.send(smuggled)
        assert c.reply()[0].startswith("250"), sep
        assert c.cmd("NOOP")[0].startswith("250")
        c.close()
    files = server.wait_for(lambda: len(server.maildir_files(ALICE)) >= 5 and server.maildir_files(ALICE))
    assert len(files) == 5
    for f in files:
        assert b"Subject: legit" in f.read_bytes()


def test_bare_lf_normalised_by_default(server):
    srv = server
    c = start_data(srv)
    c.send(b"Subject: x\r\n\r\nhello\n.\nMAIL FROM:<x@y>\r\n.\r\n")
    assert c.reply()[0].startswith("250")
    files = srv.wait_for(lambda: srv.maildir_files(ALICE))
    body = files[0].read_bytes()
    assert b"hello\n.\nMAIL FROM:<x@y>\n" in body
    assert b"\r" not in body


def test_starttls_injection_discarded(server):
    """CVE-2011-0411: commands pipelined after STARTTLS in plaintext must not run."""
    c = Raw(server.ports["submission"])
    c.reply()
    c.cmd("EHLO client.test")
    c.send(b"STARTTLS\r\nRSET\r\nMAIL FROM:<injected@example.org>\r\n")
    assert c.reply()[0].startswith("220")
    c.starttls()
    ehlo = c.cmd("EHLO client.test")
    assert ehlo[0].startswith("250"), ehlo
    assert any("AUTH PLAIN LOGIN" in line for line in ehlo)
    # No stray replies to the injected commands are waiting.
    c.sock.settimeout(1.0)
    try:
        extra = c.sock.recv(1024)
    except (socket.timeout, ssl.SSLError, TimeoutError):
        extra = b""
    assert extra == b""
    assert "event=starttls-injection" in server.log_text()


def test_too_many_errors_disconnects(server):
    c = Raw(server.ports["mx"])
    c.reply()
    codes = []
    for _ in range(25):
        try:
            codes.append(c.cmd("BOGUS")[0][:3])
        except (EOFError, ConnectionError):
            break
    assert codes[:19] == ["500"] * 19
    assert codes[19] == "421"
    assert len(codes) == 20


def test_recipient_cap(make_server):
    srv = make_server("--set", "smtp.max_recipients=3")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    c = Raw(srv.ports["mx"])
    c.reply()
    c.cmd("EHLO c")
    c.cmd("MAIL FROM:<a@example.org>")
    for i in range(3):
        srv.cli("alias", "add", f"a{i}@{HOSTNAME}", ALICE)
        assert c.cmd(f"RCPT TO:<a{i}@{HOSTNAME}>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<{ALICE}>")[0].startswith("452 4.5.3")


def test_message_size_limit(make_server):
    srv = make_server("--set", "smtp.max_message_size=10000")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    c = Raw(srv.ports["mx"])
    c.reply()
    ehlo = c.cmd("EHLO c")
    assert "250-SIZE 10000" in ehlo
    assert c.cmd("MAIL FROM:<a@example.org> SIZE=20000")[0].startswith("552 5.3.4")
    c.cmd("MAIL FROM:<a@example.org>")
    c.cmd(f"RCPT TO:<{ALICE}>")
    c.cmd("DATA")
    c.send(b"Subject: big\r\n\r\n" + (b"z" * 100 + b"\r\n") * 200 + b".\r\n")
    assert c.reply()[0].startswith("552 5.3.4")


def test_connections_per_ip_capped(make_server):
    srv = make_server("--set", "smtp.max_connections_per_ip=2")
    srv.start()
    a, b = Raw(srv.ports["mx"]), Raw(srv.ports["mx"])
    assert a.code() == "220" and b.code() == "220"
    c = Raw(srv.ports["mx"])
    assert c.reply()[0].startswith("421 4.7.0")


def test_idle_timeout(make_server):
    srv = make_server("--set", "smtp.idle_timeout=1")
    srv.start()
    c = Raw(srv.ports["mx"])
    c.reply()
    assert c.reply()[0].startswith("421 4.4.2")


def test_garbage_tls_on_465_does_not_crash(server):
    s = socket.create_connection(("127.0.0.1", server.ports["submissions"]), timeout=5)
    s.sendall(b"EHLO plaintext-on-tls-port\r\n" * 10)
    try:
        s.recv(1024)
    except OSError:
        pass
    s.close()
    c = Raw(server.ports["mx"])
    assert c.code() == "220"
