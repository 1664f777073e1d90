"""DNSBL and RHSBL against a real DNS server (dnsmasq) on loopback, clients on 127.0.0.x."""
import shutil
import socket
import subprocess
import time

import pytest

from conftest import HOSTNAME, free_port
from smtp_raw import Raw

ALICE = f"alice@{HOSTNAME}"


@pytest.fixture
def dns():
    dnsmasq = shutil.which("dnsmasq") or "/usr/sbin/dnsmasq"
    port = free_port()
    proc = subprocess.Popen([
        dnsmasq, "-k", f"--port={port}", "--listen-address=127.0.0.1", "--bind-interfaces", "--no-resolv",
        "--no-hosts", "--pid-file=", "--user=root", "--local=/bl.test/", "--local=/weak.test/", "--local=/dbl.test/",
        "--address=/2.0.0.127.bl.test/127.0.0.2",
        "--txt-record=2.0.0.127.bl.test,Listed in bl.test for testing",
        "--address=/4.0.0.127.weak.test/127.0.0.4",
        "--address=/spammy.example.dbl.test/127.0.1.2",
    ], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    time.sleep(0.5)
    assert proc.poll() is None, proc.stdout.read().decode()
    yield port
    proc.terminate()
    proc.wait(timeout=10)


def connect_from(source_ip, port):
    c = Raw.__new__(Raw)
    s = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    s.settimeout(10)
    s.bind((source_ip, 0))
    s.connect(("127.0.0.1", port))
    c.sock = s
    c.buf = b""
    return c


def test_dnsbl_listed_and_unlisted_clients(make_server, dns):
    srv = make_server("--set", f"dns.nameservers=127.0.0.1:{dns}", "--set", "dnsbl.zones=bl.test,weak.test",
                      "--set", "dnsbl.threshold=1", "--set", "dnsbl.domain_zones=dbl.test")
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    listed = connect_from("127.0.0.2", srv.ports["mx"])
    reply = listed.reply()[0]
    assert reply == "554 5.7.1 Service unavailable; client [127.0.0.2] blocked using bl.test; Listed in bl.test for testing"
    clean = connect_from("127.0.0.3", srv.ports["mx"])
    assert clean.code() == "220"
    clean.cmd("EHLO clean.test")
    code = clean.cmd("MAIL FROM:<x@spammy.example>")[0]
    assert code.startswith("554 5.7.1") and "dbl.test" in code
    assert clean.cmd("MAIL FROM:<x@fine.example>")[0].startswith("250")
    # The submission port does not consult the DNSBL (AUTH decides there).
    sub = connect_from("127.0.0.2", srv.ports["submission"])
    assert sub.code() == "220"
    # An access OK for the client exempts it.
    srv.cli("access", "add", "Connect:127.0.0.2", "OK")
    again = connect_from("127.0.0.2", srv.ports["mx"])
    assert again.code() == "220"
    assert "blocked using bl.test" in srv.log_text()


def test_dead_dnsbl_never_blocks_mail(make_server):
    dead = free_port()  # nothing answers there
    srv = make_server("--set", f"dns.nameservers=127.0.0.1:{dead}", "--set", "dns.timeout=1",
                      "--set", "dnsbl.zones=bl.test")
    srv.start()
    c = connect_from("127.0.0.2", srv.ports["mx"])
    start = time.time()
    assert c.code() == "220"
    assert time.time() - start < 10
    assert "unavailable=bl.test" in srv.wait_for(lambda: (lambda t: t if "unavailable=bl.test" in t else None)(srv.log_text()), timeout=5)


def test_dnsbl_zones_change_while_running(make_server, dns):
    srv = make_server("--set", f"dns.nameservers=127.0.0.1:{dns}")
    srv.start()
    assert connect_from("127.0.0.2", srv.ports["mx"]).code() == "220"
    assert "bl.test" in srv.cli("dnsbl", "add", "bl.test").stdout
    assert srv.cli("dnsbl", "list").stdout.strip() == "bl.test"
    def refused():
        return connect_from("127.0.0.2", srv.ports["mx"]).reply()[0].startswith("554 5.7.1")
    assert srv.wait_for(refused, timeout=10, interval=0.5)
    assert srv.cli("dnsbl", "add", "not a zone", check=False).returncode != 0
    srv.cli("dnsbl", "remove", "bl.test")
    assert srv.wait_for(lambda: connect_from("127.0.0.2", srv.ports["mx"]).code() == "220", timeout=10, interval=0.5)
