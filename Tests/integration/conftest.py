"""Starts a real `haetae serve` on loopback high ports for each test that asks for one."""
import os
import random
import re
import signal
import socket
import subprocess
import tempfile
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
HOSTNAME = "mail.haetae.test"


def haetae_binary() -> str:
    binary = os.environ.get("HAETAE_BIN")
    if binary:
        return binary
    out = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True, text=True, check=True)
    return str(Path(out.stdout.strip()) / "haetae")


BIN = haetae_binary()
DEAD_DNS_PORT = 9


_handed_out: set = set()
_ports = random.Random(os.getpid())


def free_port() -> int:
    """A loopback port below Linux's ephemeral range (32768-60999), never handed out twice in a
    run: a port the kernel picked for `bind(0)` could be given again to the next call, or to a
    client's outgoing connection, before the server bound it (a server then exited at start)."""
    for _ in range(1000):
        port = _ports.randrange(20000, 32000)
        if port in _handed_out:
            continue
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
        _handed_out.add(port)
        return port
    raise AssertionError("no free loopback port in 20000-32000")


class Server:
    def __init__(self, data: Path, extra_args=()):
        self.data = data
        self.ports = {
            "mx": free_port(), "submission": free_port(), "submissions": free_port(), "admin": free_port(),
            "imap": free_port(), "imaps": free_port(), "pop3": free_port(), "pop3s": free_port(),
        }
        self.extra_args = list(extra_args)
        self.proc = None
        self.password = None
        self.log_path = data / "server.log"

    def cli(self, *args, stdin=None, check=True):
        result = subprocess.run(
            [BIN, *args, "--data", str(self.data)], input=stdin, capture_output=True, text=True, timeout=60
        )
        if check and result.returncode != 0:
            raise AssertionError(f"haetae {' '.join(args)} failed: {result.stdout}{result.stderr}")
        return result

    def start(self, timeout=30):
        args = [
            BIN, "serve", "--data", str(self.data), "--hostname", HOSTNAME,
            "--listen-mx", f"127.0.0.1:{self.ports['mx']}",
            "--listen-submission", f"127.0.0.1:{self.ports['submission']}",
            "--listen-submissions", f"127.0.0.1:{self.ports['submissions']}",
            "--listen-admin", f"127.0.0.1:{self.ports['admin']}",
            "--listen-imap", f"127.0.0.1:{self.ports['imap']}",
            "--listen-imaps", f"127.0.0.1:{self.ports['imaps']}",
            "--listen-pop3", f"127.0.0.1:{self.ports['pop3']}",
            "--listen-pop3s", f"127.0.0.1:{self.ports['pop3s']}",
            "--set", "auth.bcrypt_cost=4",
            # Never ask a resolver outside this machine: a closed loopback port fails at once.
            "--set", f"dns.nameservers=127.0.0.1:{DEAD_DNS_PORT}",
            *self.extra_args,
        ]
        self.log = open(self.log_path, "ab")
        # On a restart the log already holds the last run's lines: only look at what comes after.
        offset = self.log_path.stat().st_size if self.log_path.exists() else 0
        self.proc = subprocess.Popen(args, stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.time() + timeout
        while time.time() < deadline:
            text = self.log_path.read_bytes()[offset:].decode(errors="replace")
            m = re.search(r"postmaster password \(shown once\): (\S+)", text)
            if m:
                self.password = m.group(1)
            if text.count("haetae: listening") >= 3:
                return self
            if self.proc.poll() is not None:
                raise AssertionError("server exited:\n" + text)
            time.sleep(0.1)
        raise AssertionError("server did not start:\n" + self.log_path.read_text(errors="replace"))

    def stop(self, sig=signal.SIGTERM, timeout=20):
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        code = self.proc.returncode if self.proc else None
        self.proc = None
        return code

    def kill9(self):
        self.proc.kill()
        self.proc.wait()
        self.proc = None

    def log_text(self):
        return self.log_path.read_text(errors="replace")

    def maildir_files(self, address):
        local, domain = address.split("@")
        base = self.data / "mail" / domain / local / "Maildir"
        return sorted(list((base / "new").glob("*")) + list((base / "cur").glob("*")))

    def wait_for(self, predicate, timeout=20, interval=0.1):
        deadline = time.time() + timeout
        while time.time() < deadline:
            value = predicate()
            if value:
                return value
            time.sleep(interval)
        return predicate()

    @property
    def cert(self):
        return str(self.data / "tls" / "cert.pem")


@pytest.fixture
def server():
    with tempfile.TemporaryDirectory(prefix="haetae-it-") as tmp:
        srv = Server(Path(tmp) / "data")
        srv.data.mkdir()
        srv.start()
        srv.cli("user", "add", f"alice@{HOSTNAME}", "--password-stdin", stdin="Quartz-Meadow-4821\n")
        try:
            yield srv
        finally:
            srv.stop()


@pytest.fixture
def make_server():
    """For tests that need their own flags or restarts."""
    servers = []
    tmp = tempfile.TemporaryDirectory(prefix="haetae-it-")

    def make(*extra_args):
        data = Path(tmp.name) / f"data{len(servers)}"
        data.mkdir()
        srv = Server(data, extra_args)
        servers.append(srv)
        return srv

    yield make
    for srv in servers:
        if srv.proc:
            srv.stop()
    tmp.cleanup()


def console_sign_in(base, jar, name, password, write_out=None):
    """Signs in to the console with curl as a browser does: GET /login (the form's CSRF token and
    its `haetae_login` cookie go into the jar), then POST the form with the token. Returns curl's
    output (`write_out`, e.g. "%{http_code}", when given)."""
    def curl(*args):
        return subprocess.run(["curl", "-s", "-S", "--max-time", "20", *args], capture_output=True, text=True, timeout=30).stdout
    page = curl("-c", jar, f"{base}/login")
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', page)
    token = m.group(1) if m else ""
    extra = ["-w", write_out] if write_out else []
    return curl("-b", jar, "-c", jar, "-o", "/dev/null", *extra, "-d", f"csrf={token}&name={name}&password={password}", f"{base}/login")
