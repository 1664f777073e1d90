"""Postfix's smtp-source for volume, and kill -9 under load for durability."""
import email
import os
import random
import signal
import smtplib
import subprocess
import threading
import time
from pathlib import Path

from conftest import HOSTNAME

ALICE = f"alice@{HOSTNAME}"


def test_smtp_source_2000_messages_over_10_sessions(server):
    r = subprocess.run(
        ["/usr/sbin/smtp-source", "-s", "10", "-m", "2000", "-l", "1024", "-f", "load@example.org",
         "-t", ALICE, f"127.0.0.1:{server.ports['mx']}"],
        capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout + r.stderr
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) >= 2000, timeout=120)
    assert len(server.maildir_files(ALICE)) == 2000
    assert server.wait_for(lambda: "queue is empty" in server.cli("queue", "list").stdout, timeout=60)


def sender(port, stop, acked, lock, worker):
    n = 0
    while not stop.is_set():
        try:
            s = smtplib.SMTP("127.0.0.1", port, timeout=10)
            s.ehlo("crash.test")
            while not stop.is_set():
                n += 1
                mid = f"<crash-{worker}-{n}-{random.getrandbits(32)}@crash.test>"
                msg = f"Message-ID: {mid}\r\nSubject: crash {n}\r\n\r\n" + ("x" * 500 + "\r\n") * 4
                s.sendmail("crash@example.org", [ALICE], msg.encode())
                with lock:
                    acked.append(mid)
        except Exception:
            time.sleep(0.05)
            if stop.is_set():
                return


def message_ids(paths):
    ids = []
    for p in paths:
        data = p.read_bytes()
        msg = email.message_from_bytes(data)
        ids.append(msg["Message-ID"])
    return ids


def test_kill_9_under_load_loses_nothing_acknowledged(make_server):
    srv = make_server()
    srv.start()
    srv.cli("user", "add", ALICE, "--password-stdin", stdin="Quartz-Meadow-4821\n")
    stop = threading.Event()
    acked, lock = [], threading.Lock()
    threads = [threading.Thread(target=sender, args=(srv.ports["mx"], stop, acked, lock, w)) for w in range(6)]
    for t in threads:
        t.start()
    time.sleep(4)
    srv.kill9()
    time.sleep(0.3)
    stop.set()
    for t in threads:
        t.join(timeout=20)
    with lock:
        acknowledged = list(acked)
    assert len(acknowledged) > 20, "too little load to be meaningful"

    # What is on disk right after the crash: delivered, or still in the queue.
    srv.start()
    assert srv.wait_for(lambda: "queue is empty" in srv.cli("queue", "list").stdout, timeout=60)
    delivered = message_ids(srv.maildir_files(ALICE))
    missing = set(acknowledged) - set(delivered)
    assert not missing, f"{len(missing)} acknowledged messages lost"
    duplicates = len(delivered) - len(set(delivered))
    assert duplicates == 0, f"{duplicates} messages delivered twice"
