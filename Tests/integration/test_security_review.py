"""Regression tests for the security review (issue 11), one per finding, named after it.

Memory tests read the server's RSS from /proc/PID/status while attacking; every loop is bounded
in count and time, and everything talks to 127.0.0.1 only.
"""
import base64
import os
import smtplib
import socket
import stat
import subprocess
import threading
import time

from conftest import BIN, HOSTNAME
from smtp_raw import Raw

ALICE = f"alice@{HOSTNAME}"
PASSWORD = "Quartz-Meadow-4821"
MIB = 1024 * 1024


def rss_kib(server) -> int:
    with open(f"/proc/{server.proc.pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    raise AssertionError("no VmRSS")


class RSSSampler:
    """Samples the server's RSS every 50 ms; `peak` is the highest seen."""

    def __init__(self, server):
        self.server = server
        self.peak = rss_kib(server)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self.run, daemon=True)

    def run(self):
        while not self.stop.is_set():
            try:
                self.peak = max(self.peak, rss_kib(self.server))
            except (OSError, AssertionError):
                return
            time.sleep(0.05)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join(timeout=2)


def open_data(port, rcpt=ALICE, timeout=30):
    c = Raw(port, timeout=timeout)
    assert c.code() == "220"
    c.cmd("EHLO attacker.test")
    assert c.cmd("MAIL FROM:<a@example.org>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<{rcpt}>")[0].startswith("250")
    assert c.cmd("DATA")[0].startswith("354")
    return c


def send_plain(server, subject="hello", timeout=60):
    started = time.time()
    with smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=timeout) as s:
        s.sendmail("friend@example.org", [ALICE], f"Subject: {subject}\r\nFrom: friend@example.org\r\n\r\nhi\r\n")
    return time.time() - started


def test_f1_encoded_word_attack_does_not_stall_inbound_mail(server):
    """F1: hit-and-run messages with a huge `=?a?b?x` subject must not delay other mail."""
    attack = b"Subject: " + b"=?a?b?x" * (1_000_000 // 7) + b"\r\nFrom: x@example.org\r\n\r\nbody\r\n.\r\n"
    for _ in range(6):
        c = open_data(server.ports["mx"])
        c.send(attack)
        c.close()  # the attacker leaves without waiting for the reply
    elapsed = send_plain(server)
    print(f"\nF1: a normal message after six 1 MB attack messages took {elapsed:.2f} s")
    # Before the fix a normal message waited minutes behind these; now its latency is the scan
    # of one small message plus whatever share of the cores the (linear) attack scans take.
    assert elapsed < 10, f"a normal message took {elapsed:.1f} s behind the attack"


def test_f1_long_header_values_are_capped_and_the_message_still_delivered(server):
    c = open_data(server.ports["mx"])
    folded = b"\r\n ".join([b"word" * 50] * 2_000)  # ~400 KB of folded Subject
    c.send(b"Subject: " + folded + b"\r\nFrom: x@example.org\r\n\r\nstill here\r\n.\r\n")
    assert c.reply()[0].startswith("250")
    files = server.wait_for(lambda: server.maildir_files(ALICE))
    assert b"still here" in files[0].read_bytes()


def test_f3_input_is_not_buffered_while_busy(make_server):
    """F3: streaming 200 MiB while the server is in an AUTH delay must not raise RSS."""
    srv = make_server()
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin=PASSWORD + "\n")
    c = Raw(srv.ports["submission"], timeout=5)
    c.reply()
    c.cmd("EHLO attacker.test")
    assert c.cmd("STARTTLS")[0].startswith("220")
    c.starttls()
    c.cmd("EHLO attacker.test")
    bad = base64.b64encode(f"\0{ALICE}\0wrong-password".encode()).decode()
    for _ in range(3):
        c.cmd(f"AUTH PLAIN {bad}")
    before = rss_kib(srv)
    sent = 0
    chunk = b"x" * MIB
    with RSSSampler(srv) as sampler:
        # The 4th failure is delayed by seconds: the server is busy while we stream.
        c.send(f"AUTH PLAIN {bad}\r\n".encode())
        c.sock.settimeout(3)
        deadline = time.time() + 20
        try:
            while sent < 200 * MIB and time.time() < deadline:
                c.sock.sendall(chunk)
                sent += len(chunk)
        except (socket.timeout, TimeoutError, OSError):
            pass
        time.sleep(0.5)
    growth_mib = (sampler.peak - before) / 1024
    c.close()
    print(f"\nF3: RSS grew by {growth_mib:.1f} MiB while {sent / MIB:.0f} MiB were streamed during an AUTH delay")
    assert growth_mib < 40, f"RSS grew by {growth_mib:.0f} MiB while {sent / MIB:.0f} MiB were streamed"


def test_f4_unread_replies_do_not_grow_memory(server):
    """F4: pipelined HELP whose replies are never read: the server stops processing input."""
    s = socket.create_connection(("127.0.0.1", server.ports["mx"]), timeout=3)
    s.recv(1024)
    before = rss_kib(server)
    payload = b"HELP\r\n" * 100_000  # 600 KB per send
    sent = 0
    with RSSSampler(server) as sampler:
        deadline = time.time() + 20
        try:
            while sent < 60 * MIB and time.time() < deadline:
                s.sendall(payload)
                sent += len(payload)
        except (socket.timeout, TimeoutError, OSError):
            pass
        time.sleep(0.5)
    growth_mib = (sampler.peak - before) / 1024
    s.close()
    print(f"\nF4: RSS grew by {growth_mib:.1f} MiB; the server took {sent / MIB:.1f} MiB of unread HELP before it stopped reading")
    assert sent < 60 * MIB, "the server kept reading although nobody read its replies"
    assert growth_mib < 40, f"RSS grew by {growth_mib:.0f} MiB after {sent / MIB:.1f} MiB of HELP"


def test_f12_concurrent_large_messages_keep_memory_bounded(make_server):
    """F12: DATA goes to the spool as it arrives; 24 concurrent 20 MiB messages stay bounded."""
    srv = make_server("--set", "queue.delivery_concurrency=1", "--set", "smtp.max_connections_per_ip=50")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin=PASSWORD + "\n")
    before = rss_kib(srv)
    line = b"0123456789" * 10 + b"\r\n"
    block = line * (MIB // len(line))
    results = []

    def one():
        try:
            c = open_data(srv.ports["mx"], timeout=120)
            c.send(b"Subject: big\r\nFrom: x@example.org\r\n\r\n")
            for _ in range(20):
                c.send(block)
            c.send(b".\r\n")
            results.append(c.reply()[0][:3])
            c.close()
        except Exception as error:  # noqa: BLE001 - reported below
            results.append(repr(error))

    with RSSSampler(srv) as sampler:
        threads = [threading.Thread(target=one) for _ in range(24)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(timeout=300)
    growth_mib = (sampler.peak - before) / 1024
    print(f"\nF12: 24 concurrent 20 MiB messages raised RSS by {growth_mib:.1f} MiB (peak {sampler.peak / 1024:.0f} MiB)")
    assert results.count("250") == 24, results
    # Stated in the README: per connection a constant (~0.3 MiB), scans and deliveries bounded.
    assert growth_mib < 200, f"RSS grew by {growth_mib:.0f} MiB for 24 x 20 MiB messages"


def test_f5_sendmail_refuses_crlf_in_addresses(server):
    """F5: CR/LF in -f or a recipient never reaches a header or an SMTP command."""
    message = "Subject: hi\n\nbody\n"
    bad_sender = subprocess.run(
        [BIN, "sendmail", "--data", str(server.data), "-f", "a@b.test\r\nX-Injected: yes", ALICE],
        input=message, capture_output=True, text=True, timeout=30)
    assert bad_sender.returncode == 64, bad_sender.stderr
    bad_rcpt = subprocess.run(
        [BIN, "sendmail", "--data", str(server.data), "-f", "a@b.test", f"{ALICE}>\r\nRCPT TO:<x@evil.test"],
        input=message, capture_output=True, text=True, timeout=30)
    assert bad_rcpt.returncode in (64, 65), bad_rcpt.stderr
    time.sleep(1)
    for f in server.maildir_files(ALICE):
        assert b"X-Injected" not in f.read_bytes()


def test_f8_lockout_applies_to_trailing_dot_and_case_variants(make_server):
    srv = make_server("--set", "auth.lockout_failures=3")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin=PASSWORD + "\n")
    bad = base64.b64encode(f"\0{ALICE}\0nope".encode()).decode()
    c = Raw(srv.ports["submission"], timeout=30)
    c.reply()
    c.cmd("EHLO x")
    c.cmd("STARTTLS")
    c.starttls()
    c.cmd("EHLO x")
    codes = []
    for _ in range(4):
        try:
            codes.append(c.cmd(f"AUTH PLAIN {bad}")[0][:3])
        except (EOFError, OSError):
            break
    assert "454" in codes, codes
    # Now the right password under another spelling of the same account is still locked out.
    variant = ALICE.upper() + "."
    good = base64.b64encode(f"\0{variant}\0{PASSWORD}".encode()).decode()
    # From another address, so only the account's lockout can refuse it.
    d = Raw(srv.ports["submission"], timeout=30, source="127.0.0.2")
    d.reply()
    d.cmd("EHLO x")
    d.cmd("STARTTLS")
    d.starttls()
    d.cmd("EHLO x")
    assert not d.cmd(f"AUTH PLAIN {good}")[0].startswith("235")


def test_f11_data_directory_and_database_are_private(make_server):
    srv = make_server()
    os.chmod(srv.data, 0o755)  # created by someone else, world-readable
    srv.start()
    assert stat.S_IMODE(os.stat(srv.data).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(srv.data / "haetae.sqlite").st_mode) & 0o077 == 0


def test_battery_postmaster_is_accepted_for_every_local_domain(server):
    server.cli("domain", "add", "second.test")
    c = Raw(server.ports["mx"])
    c.reply()
    c.cmd("EHLO c")
    c.cmd("MAIL FROM:<a@example.org>")
    assert c.cmd("RCPT TO:<postmaster@second.test>")[0].startswith("250")
    assert c.cmd(f"RCPT TO:<PostMaster@{HOSTNAME}>")[0].startswith("250")


def test_battery_auth_plain_with_foreign_authzid_is_refused(server):
    s = smtplib.SMTP("127.0.0.1", server.ports["submission"], timeout=30)
    s.ehlo()
    s.starttls()
    s.ehlo()
    token = base64.b64encode(f"other@{HOSTNAME}\0{ALICE}\0{PASSWORD}".encode()).decode()
    code, text = s.docmd("AUTH", f"PLAIN {token}")
    assert code == 535 and b"5.7.8" in text, (code, text)
    same = base64.b64encode(f"{ALICE}\0{ALICE}\0{PASSWORD}".encode()).decode()
    code, _ = s.docmd("AUTH", f"PLAIN {same}")
    assert code == 235
    s.quit()


def test_battery_duplicate_rcpts_count_toward_max_recipients(server):
    c = Raw(server.ports["mx"])
    c.reply()
    c.cmd("EHLO c")
    c.cmd("MAIL FROM:<a@example.org>")
    codes = [c.cmd(f"RCPT TO:<{ALICE}>")[0][:3] for _ in range(105)]
    assert codes[:100] == ["250"] * 100
    assert codes[100] == "452"


def test_mail_loop_is_refused(server):
    c = open_data(server.ports["mx"])
    hops = b"".join(b"Received: from hop%d.example by hop%d.example; Mon, 1 Jan 2026 00:00:00 +0000\r\n" % (i, i) for i in range(60))
    c.send(hops + b"Subject: loop\r\n\r\nloop\r\n.\r\n")
    assert c.reply()[0].startswith("554 5.4.6")


def test_replies_are_ascii(server):
    c = Raw(server.ports["mx"])
    c.reply()
    c.cmd("EHLO c")
    c.cmd("MAIL FROM:<a@example.org>")
    c.cmd(f"RCPT TO:<{ALICE}>")
    c.cmd("DATA")
    c.send(b"Subject: x\r\n\r\n" + b"y" * 70_000 + b"\r\n.\r\n")
    raw = c.sock.recv(4096)
    assert raw.startswith(b"550")
    assert all(b < 0x80 for b in raw), raw
