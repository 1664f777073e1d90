"""Outbound delivery: a real DNS server (dnsmasq) with MX records pointing at 127.0.0.1, a real
peer (aiosmtpd) as the remote MX, retries, bounces, flush, null MX, gateway mode."""
import shutil
import smtplib
import ssl
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import HOSTNAME, free_port

ALICE = f"alice@{HOSTNAME}"
PW = "Quartz-Meadow-4821"
PYTHON = "/usr/bin/python3" if Path("/usr/bin/python3").exists() else sys.executable
PEER = str(Path(__file__).parent / "peer.py")


class Peer:
    def __init__(self, port, outdir, tls=None):
        self.port, self.outdir, self.proc, self.tls = port, Path(outdir), None, tls

    def start(self):
        self.proc = subprocess.Popen([PYTHON, PEER, str(self.port), str(self.outdir), *(self.tls or ())],
                                     stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
        assert self.proc.stdout.readline().strip() == b"ready"
        return self

    def stop(self):
        if self.proc:
            self.proc.terminate()
            self.proc.wait(timeout=10)
            self.proc = None

    def messages(self):
        return sorted(self.outdir.glob("*.eml"))

    def ehlo_count(self):
        log = self.outdir / "ehlo.log"
        return len(log.read_text().splitlines()) if log.exists() else 0


@pytest.fixture
def env(make_server, tmp_path):
    dns_port, peer_port = free_port(), free_port()
    dnsmasq = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"
    dns = subprocess.Popen([
        dnsmasq, "-k", f"--port={dns_port}", "--listen-address=127.0.0.1", "--bind-interfaces", "--no-resolv",
        "--no-hosts", "--pid-file=", "--user=root", "--local=/test/",
        "--mx-host=remote.test,mx.remote.test,10", "--host-record=mx.remote.test,127.0.0.1",
        "--mx-host=nullmx.test,.,0", "--host-record=backend.gw.test,127.0.0.1",
    ], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    peer = Peer(peer_port, tmp_path / "peer")
    peer.start()

    def server(*extra):
        srv = make_server("--set", f"dns.nameservers=127.0.0.1:{dns_port}", "--set", f"delivery.remote_port={peer_port}",
                          "--set", "queue.retry_base=1", "--set", "queue.retry_max=2", "--set", "queue.scan_interval=1",
                          *extra)
        srv.start()
        srv.cli("user", "add", ALICE, "--password-stdin", stdin=PW + "\n")
        return srv

    yield server, peer, peer_port
    peer.stop()
    dns.terminate()
    dns.wait(timeout=10)


def submit(srv, rcpts, body=b"Subject: outbound\r\nX-Custom: kept\r\n\r\nhello world\r\n"):
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.login(ALICE, PW)
    refused = s.sendmail(ALICE, rcpts, body)
    s.quit()
    return refused


def test_delivered_by_mx(env):
    make, peer, _ = env
    srv = make()
    submit(srv, ["bob@remote.test"])
    msgs = srv.wait_for(lambda: peer.messages(), timeout=20)
    assert len(msgs) == 1
    text = msgs[0].read_text()
    assert "X-Peer-Rcpt-To: bob@remote.test" in text and "X-Custom: kept" in text
    assert f"by {HOSTNAME} (Haetae) with ESMTPSA" in text
    assert srv.wait_for(lambda: "queue is empty" in srv.cli("queue", "list").stdout, timeout=10)
    assert "status=sent" in srv.log_text() and "relay=mx.remote.test[127.0.0.1]" in srv.log_text()


def test_temporary_failure_is_retried(env):
    make, peer, _ = env
    srv = make()
    submit(srv, ["tempfail-1@remote.test"])
    assert srv.wait_for(lambda: "status=deferred" in srv.log_text(), timeout=20)
    msgs = srv.wait_for(lambda: peer.messages(), timeout=30)
    assert len(msgs) == 1
    assert "451 4.3.0 Try again later" in srv.log_text()


def test_permanent_failure_bounces_to_sender(env):
    make, peer, _ = env
    srv = make()
    submit(srv, ["reject-me@remote.test", "fine@remote.test"])
    bounces = srv.wait_for(lambda: srv.maildir_files(ALICE), timeout=30)
    assert len(bounces) == 1
    dsn = bounces[0].read_text()
    assert "Return-Path: <>" in dsn
    assert "multipart/report; report-type=delivery-status" in dsn
    assert "Final-Recipient: rfc822; reject-me@remote.test" in dsn
    assert "Action: failed" in dsn and "Status: 5.1.1" in dsn
    assert "550 5.1.1 No such user here" in dsn
    assert "Subject: outbound" in dsn, "original headers are included"
    assert "fine@remote.test" not in dsn.split("message/delivery-status")[1].split("text/rfc822-headers")[0]
    assert len(peer.messages()) == 1


def test_peer_down_then_flush(env):
    make, peer, _ = env
    peer.stop()
    srv = make("--set", "queue.retry_base=3600", "--set", "queue.retry_max=3600")
    submit(srv, ["later@remote.test"])
    out = srv.wait_for(lambda: (lambda o: o if "deferred" in o else None)(srv.cli("queue", "list").stdout), timeout=20)
    assert "later@remote.test" in out and "next=" in out
    peer.start()
    time.sleep(1.5)
    assert peer.messages() == [], "not retried before its time"
    srv.cli("queue", "flush")
    assert srv.wait_for(lambda: peer.messages(), timeout=20)
    assert srv.wait_for(lambda: "queue is empty" in srv.cli("queue", "list").stdout, timeout=10)


def test_null_mx_bounces_at_once(env):
    make, peer, _ = env
    srv = make()
    submit(srv, ["anyone@nullmx.test"])
    bounces = srv.wait_for(lambda: srv.maildir_files(ALICE), timeout=20)
    dsn = bounces[0].read_text()
    assert "Status: 5.1.10" in dsn and "null MX" in dsn


def test_unknown_domain_bounces(env):
    make, peer, _ = env
    srv = make()
    submit(srv, ["x@does-not-exist.test"])
    dsn = srv.wait_for(lambda: srv.maildir_files(ALICE), timeout=20)[0].read_text()
    assert "Status: 5.1.2" in dsn


def test_null_sender_is_never_bounced_to_sender(env):
    make, peer, _ = env
    srv = make()
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.login(ALICE, PW)
    s.sendmail("", ["reject-x@remote.test"], b"Subject: a bounce\r\n\r\nx\r\n")
    s.quit()
    notice = srv.wait_for(lambda: srv.maildir_files(f"postmaster@{HOSTNAME}"), timeout=20)
    assert "X-Haetae-Notice: double-bounce" in notice[0].read_text()
    assert srv.maildir_files(ALICE) == []


def test_gateway_domain_reaches_backend_with_headers_intact(env):
    make, peer, peer_port = env
    srv = make("--set", f"gateway.domains=gw.test=[127.0.0.1]:{peer_port}")
    body = b"From: outside@example.org\r\nTo: user@gw.test\r\nSubject: via gateway\r\nX-Original: yes\r\n\r\nbody\r\n"
    s = smtplib.SMTP("127.0.0.1", srv.ports["mx"], timeout=10)
    assert s.sendmail("outside@example.org", ["user@gw.test", "anyone@gw.test"], body) == {}
    code, _ = s.docmd("RCPT TO:<x@not-gw.test>")
    s.quit()
    msgs = srv.wait_for(lambda: peer.messages(), timeout=20)
    text = msgs[0].read_text()
    assert "X-Peer-Rcpt-To: user@gw.test,anyone@gw.test" in text
    assert "X-Original: yes" in text and "Subject: via gateway" in text
    assert text.index("Received: from") < text.index("\nFrom: outside@example.org")


def test_transport_map_and_hold_release(env):
    make, peer, peer_port = env
    srv = make("--set", f"transport=partner.test=smtp:[127.0.0.1]:{peer_port}", "--set", "queue.retry_base=3600")
    peer.stop()
    submit(srv, ["p@partner.test"])
    out = srv.wait_for(lambda: (lambda o: o if "deferred" in o else None)(srv.cli("queue", "list").stdout), timeout=20)
    qid = out.split()[0]
    srv.cli("queue", "hold", qid)
    assert "held" in srv.cli("queue", "list").stdout
    peer.start()
    srv.cli("queue", "flush")
    time.sleep(2)
    assert peer.messages() == [], "a held message is not delivered"
    srv.cli("queue", "release", qid)
    assert srv.wait_for(lambda: peer.messages(), timeout=20)


def test_one_connection_carries_several_messages(env):
    make, peer, _ = env
    srv = make("--set", "queue.delivery_concurrency=1")
    s = smtplib.SMTP("127.0.0.1", srv.ports["submission"], timeout=10)
    s.starttls(context=ssl._create_unverified_context())
    s.login(ALICE, PW)
    for i in range(5):
        s.sendmail(ALICE, [f"bulk{i}@remote.test"], f"Subject: {i}\r\n\r\nx\r\n".encode())
    s.quit()
    assert srv.wait_for(lambda: len(peer.messages()) == 5, timeout=30)
    assert peer.ehlo_count() < 5, f"{peer.ehlo_count()} connections for 5 messages"


def self_signed(directory, name="mx.remote.test"):
    """A throwaway certificate and key for the peer, made by openssl."""
    cert, key = directory / "peer.crt", directory / "peer.key"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes",
                    "-keyout", str(key), "-out", str(cert), "-days", "2", "-subj", f"/CN={name}",
                    "-addext", f"subjectAltName=DNS:{name}"], check=True, capture_output=True, timeout=60)
    return str(cert), str(key)


def test_outbound_starttls_upgrade_when_the_peer_offers_it(env, tmp_path):
    """delivery.tls = may (the default): the session is upgraded with STARTTLS before MAIL, even
    to a certificate nobody vouches for (opportunistic TLS, RFC 3207 as Postfix's `may`)."""
    make, plain_peer, _ = env
    port = free_port()
    peer = Peer(port, tmp_path / "tls-peer", tls=self_signed(tmp_path)).start()
    try:
        srv = make("--set", f"transport=secure.test=smtp:[127.0.0.1]:{port}")
        assert submit(srv, ["bob@secure.test"]) == {}
        msgs = srv.wait_for(lambda: peer.messages(), timeout=30)
        assert "X-Peer-TLS: yes" in msgs[0].read_text()
    finally:
        peer.stop()
    # The plain peer still gets plain SMTP: `may` never insists.
    srv2 = make()
    assert submit(srv2, ["carol@remote.test"]) == {}
    msgs = srv2.wait_for(lambda: plain_peer.messages(), timeout=30)
    assert "X-Peer-TLS: no" in msgs[0].read_text()


def test_outbound_tls_require_refuses_a_certificate_nobody_vouches_for(env, tmp_path):
    """delivery.tls = require: STARTTLS and a verified certificate, or the message waits (deferred,
    never sent in the clear and never bounced at once)."""
    make, _, _ = env
    port = free_port()
    peer = Peer(port, tmp_path / "tls-peer", tls=self_signed(tmp_path)).start()
    try:
        srv = make("--set", f"transport=secure.test=smtp:[127.0.0.1]:{port}", "--set", "delivery.tls=require",
                   "--set", "queue.retry_base=3600")
        assert submit(srv, ["bob@secure.test"]) == {}
        listing = srv.wait_for(lambda: (lambda o: o if "deferred" in o else None)(srv.cli("queue", "list").stdout),
                               timeout=30)
        assert "bob@secure.test" in listing
        assert peer.messages() == [], "nothing is sent over an unverified session when TLS is required"
    finally:
        peer.stop()
