"""The IMAP server (RFC 3501 with LITERAL+, SASL-IR, ID, IDLE, UIDPLUS, MOVE, UNSELECT, SPECIAL-USE)
seen from Python's imaplib, a raw socket, and real Debian clients (isync's mbsync, fetchmail)."""
import base64
import email.utils
import imaplib
import os
import re
import shutil
import smtplib
import socket
import ssl
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from conftest import HOSTNAME
from test_security_review import rss_kib

ALICE = f"alice@{HOSTNAME}"
PW = "Quartz-Meadow-4821"
TIMEOUT = 20
BODY = "Hello Alice,\r\nsee you tomorrow.\r\n"
# Header fields the server adds at delivery, before the message as sent.
ADDED = re.compile(rb"\A(?:(?:Return-Path|Delivered-To|Received|X-Haetae-[A-Za-z-]+):.*\r\n(?:[ \t].*\r\n)*)*")


def tls_context(server):
    ctx = ssl.create_default_context(cafile=server.cert)
    ctx.check_hostname = False  # the certificate names mail.haetae.test; we connect to 127.0.0.1
    return ctx


def imaps(server, login=True):
    m = imaplib.IMAP4_SSL("127.0.0.1", server.ports["imaps"], ssl_context=tls_context(server), timeout=TIMEOUT)
    if login:
        m.login(ALICE, PW)
    return m


def make_message(subject, sender="bob@example.org", body=BODY):
    return (f"From: Bob <{sender}>\r\nTo: Alice <{ALICE}>\r\nSubject: {subject}\r\n"
            f"Date: {email.utils.formatdate(localtime=False)}\r\nMessage-ID: <{uuid.uuid4().hex}@example.org>\r\n"
            f"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n\r\n{body}").encode()


def deliver(server, subject, sender="bob@example.org", body=BODY):
    """Sends one message to alice over SMTP (mx) and waits until it is in her Maildir."""
    msg = make_message(subject, sender, body)
    before = len(server.maildir_files(ALICE))
    with smtplib.SMTP("127.0.0.1", server.ports["mx"], timeout=TIMEOUT) as s:
        assert s.sendmail(sender, [ALICE], msg, mail_options=["BODY=8BITMIME"]) == {}
    assert server.wait_for(lambda: len(server.maildir_files(ALICE)) > before), "message not delivered"
    return msg


def fetch_parts(m, cmd, seqset, items):
    """(metadata bytes, literal bytes) for each message of a FETCH / UID FETCH with one literal."""
    typ, data = m.uid("FETCH", seqset, items) if cmd == "UID" else m.fetch(seqset, items)
    assert typ == "OK", data
    return [(d[0] + (data[i + 1] if i + 1 < len(data) and isinstance(data[i + 1], bytes) else b""), d[1])
            for i, d in enumerate(data) if isinstance(d, tuple)]


def flags_of(m, uid):
    typ, data = m.uid("FETCH", str(uid), "(FLAGS)")
    assert typ == "OK" and data[0], data
    return set(re.search(rb"FLAGS \(([^)]*)\)", data[0]).group(1).decode().split())


def uid_search(m, *criteria):
    typ, data = m.uid("SEARCH", *criteria)
    assert typ == "OK", data
    return [int(x) for x in data[0].split()]


class RawIMAP:
    """A line client for exchanges imaplib will not produce (IDLE, garbage, overlong lines)."""

    def __init__(self, port, tls_ctx=None):
        self.sock = socket.create_connection(("127.0.0.1", port), timeout=TIMEOUT)
        if tls_ctx:
            self.sock = tls_ctx.wrap_socket(self.sock)
        self.buf = b""
        self.greeting = self.line()

    def send(self, data: bytes):
        self.sock.sendall(data)

    def line(self):
        """One response line without CRLF; None at the end of the stream."""
        while b"\r\n" not in self.buf:
            try:
                chunk = self.sock.recv(65536)
            except (ConnectionResetError, ssl.SSLError):
                chunk = b""
            if not chunk:
                rest, self.buf = self.buf, b""
                return rest or None
            self.buf += chunk
        line, self.buf = self.buf.split(b"\r\n", 1)
        return line

    def cmd(self, tag: str, text: str):
        """Sends `tag text`, returns (untagged lines, the tagged line)."""
        self.send(f"{tag} {text}\r\n".encode())
        return self.until(tag)

    def ok(self, tag: str, text: str, expect="OK"):
        """Sends a command, asserts its tagged status matches `expect` (a regex); returns the untagged lines."""
        lines, done = self.cmd(tag, text)
        assert re.match(rf"{tag} ({expect})(?=\s|$)".encode(), done), (text, lines, done)
        return lines

    def until(self, tag):
        """Lines up to the one tagged `tag` (None: up to the end of the stream) and that line."""
        lines = []
        while True:
            line = self.line()
            if line is None or (tag and line.startswith(tag.encode() + b" ")):
                return lines, line
            lines.append(line)

    def close(self):
        self.sock.close()


def login_raw(server, tls=True):
    c = RawIMAP(server.ports["imaps"] if tls else server.ports["imap"], tls_context(server) if tls else None)
    c.ok("L1", f'LOGIN "{ALICE}" "{PW}"')
    return c


def test_delivered_mail_readable_over_imaps(server):
    body_text = "한국어 본문입니다.\r\n.leading dot\r\n..two dots\r\nFrom here\r\n"  # 8-bit, dot-stuffed by SMTP
    sent = deliver(server, "Reading over IMAPS", body=body_text)
    on_disk = server.maildir_files(ALICE)[0].read_bytes()
    m = imaps(server)
    assert m.select("INBOX") == ("OK", [b"1"])
    [(meta, body)] = fetch_parts(m, "", "1", "(RFC822.SIZE BODY.PEEK[] UID)")
    assert body == on_disk.replace(b"\n", b"\r\n"), "IMAP presents the Maildir file with CRLF"
    assert ADDED.sub(b"", body) == sent, "BODY[] is what was sent after the added header fields"
    assert body.startswith(b"Return-Path: <bob@example.org>\r\nDelivered-To: " + ALICE.encode() + b"\r\n")
    assert int(re.search(rb"RFC822\.SIZE (\d+)", meta).group(1)) == len(body)
    [(_, header)] = fetch_parts(m, "", "1", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    assert header == b"Subject: Reading over IMAPS\r\n\r\n"
    [(_, text)] = fetch_parts(m, "", "1", "(BODY.PEEK[TEXT])")
    assert text == body_text.encode()
    m.logout()


def test_internaldate_is_delivery_time_even_when_fetch_sets_seen(server):
    deliver(server, "When did it arrive")
    m = imaps(server)
    m.select("INBOX")
    now = time.time()
    for items in ("(INTERNALDATE)", "(BODY[] INTERNALDATE)", "(INTERNALDATE)"):
        typ, data = m.fetch("1", items)
        raw = b"".join(d[0] + b" " if isinstance(d, tuple) else d for d in data)
        when = imaplib.Internaldate2tuple(raw)
        assert when is not None, raw
        assert abs(time.mktime(when) - now) < 3600, (items, raw)
    m.logout()


def test_starttls_then_login_on_plain_port(server):
    m = imaplib.IMAP4("127.0.0.1", server.ports["imap"], timeout=TIMEOUT)
    assert "STARTTLS" in m.capabilities
    assert m.starttls(ssl_context=tls_context(server))[0] == "OK"
    assert "STARTTLS" not in m.capabilities, "no second STARTTLS once TLS is on"
    assert m.sock.version() in ("TLSv1.2", "TLSv1.3")
    assert m.login(ALICE, PW)[0] == "OK" and m.select("INBOX")[0] == "OK"
    with pytest.raises(imaplib.IMAP4.error, match="BAD|NO"):
        m._simple_command("STARTTLS")  # not twice
    m.logout()
    m = imaps(server, login=False)
    with pytest.raises(imaplib.IMAP4.error, match="BAD|NO"):
        m._simple_command("STARTTLS")  # not on the implicit-TLS port
    assert m.noop()[0] == "OK"
    m.logout()


def test_wrong_password_then_three_failures_close_connection(server):
    c = RawIMAP(server.ports["imaps"], tls_context(server))
    c.ok("a1", f'LOGIN "{ALICE}" "not-the-password"', r"NO \[AUTHENTICATIONFAILED\]")
    c.ok("a2", 'LOGIN "nobody@mail.haetae.test" "whatever"', r"NO \[AUTHENTICATIONFAILED\]")
    c.ok("a3", f'LOGIN "{ALICE}" "still-wrong"', "NO")
    rest, _ = c.until(None)
    assert any(line.startswith(b"* BYE") for line in rest), rest
    c.close()
    assert "still-wrong" not in server.log_text() and "not-the-password" not in server.log_text()
    m = imaps(server, login=False)
    with pytest.raises(imaplib.IMAP4.error, match="AUTHENTICATIONFAILED"):
        m.login(ALICE, "Wrong-Password-1")
    assert m.login(ALICE, PW)[0] == "OK", "the right password still works after a failure"
    m.logout()


def test_authenticate_plain_and_sasl_ir(server):
    m = imaps(server, login=False)
    assert "AUTH=PLAIN" in m.capabilities and "SASL-IR" in m.capabilities
    typ, _ = m.authenticate("PLAIN", lambda _challenge: f"\0{ALICE}\0{PW}".encode())
    assert typ == "OK" and m.state == "AUTH"
    assert m.select("INBOX")[0] == "OK"
    m.logout()
    c = RawIMAP(server.ports["imaps"], tls_context(server))
    bad = base64.b64encode(f"\0{ALICE}\0nope".encode()).decode()
    c.ok("p1", f"AUTHENTICATE PLAIN {bad}", r"NO \[AUTHENTICATIONFAILED\]")
    c.send(b"p3 AUTHENTICATE PLAIN\r\n")
    assert c.line().startswith(b"+"), "continuation expected"
    c.send(b"*\r\n")  # client cancels (RFC 3501 6.2.2)
    _, done = c.until("p3")
    assert re.match(rb"p3 (BAD|NO)", done), done
    ir = base64.b64encode(f"\0{ALICE}\0{PW}".encode()).decode()
    c.ok("p4", f"AUTHENTICATE PLAIN {ir}")  # SASL-IR: the response on the command line
    c.ok("p5", "SELECT INBOX")
    c.close()


def test_commands_before_login_refused(server):
    c = RawIMAP(server.ports["imap"])
    assert c.greeting.startswith(b"* OK"), c.greeting
    for tag, text in [("b1", "SELECT INBOX"), ("b2", 'LIST "" "*"'), ("b3", "FETCH 1 BODY[]"),
                      ("b4", "APPEND INBOX {3+}\r\nabc"), ("b5", "IDLE")]:
        c.ok(tag, text, "BAD|NO")
    assert c.ok("b6", "CAPABILITY")[0].startswith(b"* CAPABILITY IMAP4rev1")
    c.ok("b7", "NOOP")
    assert c.ok("b8", "LOGOUT")[0].startswith(b"* BYE")
    c.close()


def test_unknown_command_is_bad_and_session_continues(server):
    c = login_raw(server)
    c.ok("u1", "FROBNICATE INBOX", "BAD")
    assert any(line.startswith(b"* ID ") for line in c.ok("u2", 'ID ("name" "pytest")'))
    c.ok("u3", "SELECT INBOX", r"OK \[READ-WRITE\]")
    lines = c.ok("u4", "APPEND INBOX (\\Flagged) {12+}\r\nSubject: x\r\n", r"OK \[APPENDUID \d+ 1\]")  # LITERAL+
    assert b"* 1 EXISTS" in lines + c.ok("u5", "NOOP"), "APPEND to the selected folder is announced"
    c.close()


def test_list_shows_inbox_and_special_use_folders(server):
    m = imaps(server)
    entries = [re.match(rb'\(([^)]*)\) "(.)" "?([^"]*)"?', e).groups() for e in m.list()[1]]
    assert {sep for _, sep, _ in entries} == {b"."}
    folders = {name.decode(): set(attrs.decode().split()) for attrs, _, name in entries}
    assert "INBOX" in folders
    for name in ("Drafts", "Sent", "Junk", "Trash"):
        assert "\\" + name in folders[name], (name, folders)
    assert b'"."' in m.list('""', '""')[1][0]
    assert m.lsub()[0] == "OK"
    assert b"MESSAGES 0" in m.status("Sent", "(MESSAGES UIDNEXT UIDVALIDITY UNSEEN)")[1][0]
    m.logout()


def test_select_nonexistent_folder_is_no(server):
    m = imaps(server)
    assert m.select("No.Such.Folder")[0] == "NO" and m.state == "AUTH"
    assert m.status("Nowhere", "(MESSAGES)")[0] == "NO"
    m.logout()


def test_create_rename_delete_folder(server):
    def names():
        return [e.split(b'"."')[-1].strip().strip(b'"') for e in m.list()[1]]
    m = imaps(server)
    assert m.create("Projects")[0] == m.create("Projects.2025")[0] == "OK"
    assert m.create("Projects")[0] == "NO", "creating an existing folder fails"
    assert m.append("Projects.2025", None, None, make_message("kept through rename"))[0] == "OK"
    assert b"Projects" in names() and b"Projects.2025" in names()
    assert m.rename("Projects", "Work")[0] == "OK"
    assert b"Projects" not in names() and b"Projects.2025" not in names(), names()
    assert b"Work" in names() and b"Work.2025" in names(), "RENAME moves the inferior names too (RFC 3501 6.3.5)"
    assert m.select("Work.2025") == ("OK", [b"1"])
    m.close()
    assert m.delete("Work.2025")[0] == m.delete("Work")[0] == "OK"
    assert m.delete("INBOX")[0] == "NO", "INBOX cannot be deleted"
    assert m.select("Work.2025")[0] == "NO"
    assert b"Work" not in names() and b"Work.2025" not in names()
    m.logout()


def test_append_to_sent_with_flags_returns_appenduid(server):
    msg = make_message("Sent from my client", sender=ALICE)
    m = imaps(server)
    date = imaplib.Time2Internaldate(time.mktime((2024, 3, 5, 10, 20, 30, 0, 0, 0)) - time.timezone)
    typ, data = m.append("Sent", r"(\Seen \Flagged $Forwarded)", date, msg)
    mo = re.search(rb"\[APPENDUID (\d+) (\d+)\]", data[0])
    assert typ == "OK" and mo, data
    validity, uid = int(mo.group(1)), int(mo.group(2))
    m.select("Sent")
    assert int(m.untagged_responses["UIDVALIDITY"][0]) == validity
    keywords_kept = b"\\*" in m.untagged_responses["PERMANENTFLAGS"][0]
    [(meta, body)] = fetch_parts(m, "UID", str(uid), "(FLAGS INTERNALDATE BODY.PEEK[])")
    assert body == msg
    assert b"\\Seen" in meta and b"\\Flagged" in meta, meta
    assert b"$Forwarded" in meta or not keywords_kept, ("PERMANENTFLAGS has \\* but the keyword was lost", meta)
    assert b'"05-Mar-2024 10:20:30 +0000"' in meta or b'" 5-Mar-2024 10:20:30 +0000"' in meta, meta
    m.logout()


def test_large_append_of_3_megabytes(server):
    line = b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-large-append-test\r\n"
    msg = make_message("big one") + line * (3 * 1024 * 1024 // len(line))
    assert len(msg) > 3_000_000
    m = imaps(server)
    typ, data = m.append("INBOX", None, None, msg)
    assert typ == "OK" and b"APPENDUID" in data[0], data
    uid = int(re.search(rb"APPENDUID \d+ (\d+)", data[0]).group(1))
    m.select("INBOX")
    [(meta, body)] = fetch_parts(m, "UID", str(uid), "(RFC822.SIZE BODY.PEEK[])")
    assert int(re.search(rb"RFC822\.SIZE (\d+)", meta).group(1)) == len(msg)
    assert body == msg
    [(_, partial)] = fetch_parts(m, "UID", str(uid), "(BODY.PEEK[]<3000000.100>)")
    assert partial == msg[3000000:3000100]
    m.logout()


def test_appended_message_is_stored_with_lf_like_delivered_mail(server):
    deliver(server, "delivered over SMTP")
    small = make_message("appended")
    m = imaps(server)
    assert m.append("INBOX", None, None, small)[0] == "OK"
    m.select("INBOX")
    [num] = m.search(None, "SUBJECT", "appended")[1]
    [(_, body)] = fetch_parts(m, "", num.decode(), "(BODY.PEEK[])")
    assert body == small
    m.logout()
    crlf = [f.name for f in server.maildir_files(ALICE) if b"\r" in f.read_bytes()]
    assert len(server.maildir_files(ALICE)) == 2 and crlf == [], "Maildir files use LF; IMAP converts in and out"


def test_copy_and_move_between_folders_with_copyuid(server):
    deliver(server, "first")
    deliver(server, "second")
    m = imaps(server)
    m.select("INBOX")
    [first], [second] = uid_search(m, "SUBJECT", "first"), uid_search(m, "SUBJECT", "second")
    typ, data = m._simple_command("UID", "COPY", str(first), "Trash")  # returns the tagged OK's text
    mo = re.search(rb"\[COPYUID (\d+) (\S+) (\S+)\]", data[0])
    assert typ == "OK" and mo and mo.group(2) == str(first).encode(), data
    copy_validity, copy_uid = int(mo.group(1)), int(mo.group(3))
    second_seq = m.search(None, "SUBJECT", "second")[1][0]
    typ, data = m._simple_command("UID", "MOVE", str(second), "Junk")
    assert typ == "OK", data
    copyuid = m.untagged_responses.get("COPYUID", []) + [d for d in data if b"COPYUID" in (d or b"")]
    assert copyuid, ("MOVE gives COPYUID (RFC 6851 4.3)", data)
    assert m.untagged_responses.get("EXPUNGE") == [second_seq], m.untagged_responses
    assert uid_search(m, "ALL") == [first]
    m.select("Trash")
    assert int(m.untagged_responses["UIDVALIDITY"][0]) == copy_validity
    [(_, body)] = fetch_parts(m, "UID", str(copy_uid), "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    assert body.startswith(b"Subject: first")
    m.select("Junk")
    assert m.search(None, "SUBJECT", "second")[1] == [b"1"]
    m.logout()
    assert len(server.maildir_files(ALICE)) == 1  # INBOX only


def test_store_deleted_then_expunge_removes_message_and_file(server):
    deliver(server, "to be deleted")
    deliver(server, "to be kept")
    m = imaps(server)
    m.select("INBOX")
    assert b"\\Deleted" in m.store("1", "+FLAGS", r"(\Deleted)")[1][0]
    assert server.wait_for(lambda: any(re.search(r":2,[A-Z]*T", f.name) for f in server.maildir_files(ALICE))), \
        "the Maildir file name carries T (trashed)"
    assert m.expunge() == ("OK", [b"1"])
    files = server.maildir_files(ALICE)
    assert len(files) == 1 and "to be kept" in files[0].read_text()
    assert m.search(None, "ALL")[1] == [b"1"]
    m.store("1", "+FLAGS", r"(\Deleted)")
    m.select("INBOX", readonly=True)
    assert m.close()[0] == "OK" and len(server.maildir_files(ALICE)) == 1, "CLOSE after EXAMINE expunges nothing"
    m.select("INBOX")
    assert m.close()[0] == "OK" and server.maildir_files(ALICE) == [], "CLOSE expunges \\Deleted (RFC 3501 6.4.2)"
    m.logout()


def test_uid_expunge_only_removes_given_uids_and_unselect_keeps_deleted(server):
    for i in range(3):
        deliver(server, f"uid expunge {i}")
    m = imaps(server)
    m.select("INBOX")
    uids = uid_search(m, "ALL")
    m.uid("STORE", f"{uids[0]},{uids[2]}", "+FLAGS.SILENT", r"(\Deleted)")
    assert m.uid("EXPUNGE", str(uids[2]))[0] == "OK"
    assert uid_search(m, "ALL") == uids[:2]
    assert m.unselect()[0] == "OK" and m.state == "AUTH"
    m.select("INBOX")
    assert uid_search(m, "DELETED") == [uids[0]], "UNSELECT does not expunge"
    assert len(server.maildir_files(ALICE)) == 2
    m.logout()


def test_uids_and_uidvalidity_stable_across_sessions_and_restart(server):
    for i in range(3):
        deliver(server, f"stable {i}")

    def snapshot():
        m = imaps(server)
        m.select("INBOX")
        validity = int(m.untagged_responses["UIDVALIDITY"][0])
        parts = fetch_parts(m, "", "1:*", "(UID BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
        m.logout()
        return validity, {re.search(rb"UID (\d+)", meta).group(1): body.strip() for meta, body in parts}

    v1, map1 = snapshot()
    assert snapshot() == (v1, map1) and len(map1) == 3
    server.stop()
    server.start()
    deliver(server, "stable 3")
    v3, map3 = snapshot()
    assert v3 == v1, "UIDVALIDITY survives a restart"
    assert {k: v for k, v in map3.items() if k in map1} == map1
    new = [int(k) for k in map3 if k not in map1]
    assert len(new) == 1 and new[0] > max(int(k) for k in map1)


def test_search_unseen_subject_from_and_uid_ranges(server):
    deliver(server, "Quarterly report", sender="carol@example.org")
    deliver(server, "Lunch on Friday", sender="dave@example.net")
    deliver(server, "Quarterly budget", sender="dave@example.net")
    m = imaps(server)
    m.select("INBOX")
    uids = uid_search(m, "ALL")
    assert len(uids) == 3
    m.fetch("2", "(BODY[])")  # marks the second one \Seen
    assert m.search(None, "UNSEEN")[1] == [b"1 3"]
    assert m.search(None, "SEEN")[1] == [b"2"]
    assert m.search(None, "SUBJECT", "quarterly")[1] == [b"1 3"], "SUBJECT is a case-insensitive substring"
    assert m.search(None, "FROM", "dave@example.net")[1] == [b"2 3"]
    assert m.search(None, "FROM", "carol", "SUBJECT", "report")[1] == [b"1"]
    assert m.search(None, "OR", "FROM", "carol", "SUBJECT", "lunch")[1] == [b"1 2"]
    assert m.search(None, "NOT", "FROM", "dave")[1] == [b"1"]
    assert m.search(None, "BODY", '"see you tomorrow"')[1] == [b"1 2 3"]
    assert m.search(None, "SINCE", time.strftime("%d-%b-%Y", time.gmtime(time.time() - 86400)))[1] == [b"1 2 3"]
    assert uid_search(m, "UID", f"{uids[1]}:*") == uids[1:]
    assert uid_search(m, "UID", f"{uids[0]},{uids[2]}") == [uids[0], uids[2]]
    assert uid_search(m, "UID", f"{uids[2] + 100}:*") == [uids[2]], "n:* includes the highest UID (RFC 3501 6.4.8)"
    assert m.search(None, "2:3", "UNSEEN")[1] == [b"3"]
    m.literal = "budget".encode()  # CHARSET UTF-8 with the string sent as a literal
    assert m.search("UTF-8", "SUBJECT")[1] == [b"3"]
    with pytest.raises(imaplib.IMAP4.error, match="BAD"):
        m.search(None, "NONSENSE-KEY")
    m.logout()


def test_body_peek_keeps_unseen_but_body_sets_seen(server):
    deliver(server, "peek test")
    m = imaps(server)
    m.select("INBOX")
    uid = uid_search(m, "ALL")[0]
    fetch_parts(m, "UID", str(uid), "(BODY.PEEK[])")
    assert "\\Seen" not in flags_of(m, uid)
    m.select("INBOX", readonly=True)  # EXAMINE, read-only: BODY[] must not set \Seen either
    fetch_parts(m, "UID", str(uid), "(BODY[])")
    assert "\\Seen" not in flags_of(m, uid)
    m.select("INBOX")
    fetch_parts(m, "UID", str(uid), "(BODY[])")
    assert "\\Seen" in flags_of(m, uid)
    m.logout()
    files = server.maildir_files(ALICE)
    assert files[0].parent.name == "cur" and re.search(r":2,[A-Z]*S", files[0].name), files
    m = imaps(server)
    m.select("INBOX")
    assert "\\Seen" in flags_of(m, uid), "\\Seen persists across sessions"
    m.logout()


def test_idle_reports_new_mail_within_ten_seconds(server):
    c = login_raw(server)
    assert b"* 0 EXISTS" in c.ok("i1", "SELECT INBOX")
    c.send(b"i2 IDLE\r\n")
    assert c.line().startswith(b"+"), "IDLE continuation"
    deliver(server, "pushed by IDLE")
    c.sock.settimeout(12)  # the server polls every 5 s
    seen = [c.line()]
    while seen[-1] not in (b"* 1 EXISTS", None):
        seen.append(c.line())  # a timeout here means no EXISTS arrived while idling
    assert seen[-1] == b"* 1 EXISTS", seen
    c.sock.settimeout(TIMEOUT)
    c.send(b"DONE\r\n")
    _, done = c.until("i2")
    assert done.startswith(b"i2 OK"), done
    c.ok("i3", "NOOP")
    c.close()


def test_second_session_sees_new_mail_flags_and_expunges_on_noop(server):
    deliver(server, "shared one")
    deliver(server, "shared two")
    a, b = imaps(server), imaps(server)
    assert a.select("INBOX") == b.select("INBOX") == ("OK", [b"2"])
    deliver(server, "arrives while selected")
    a.untagged_responses.clear()
    assert a.noop()[0] == "OK"
    assert a.untagged_responses.get("EXISTS", [None])[-1] == b"3", a.untagged_responses
    b.store("1", "+FLAGS", r"(\Flagged)")
    b.store("2", "+FLAGS", r"(\Deleted)")
    assert b"2" in b.expunge()[1]
    a.untagged_responses.clear()
    assert a.noop()[0] == "OK"
    assert a.untagged_responses.get("EXPUNGE") == [b"2"], a.untagged_responses
    assert any(b"\\Flagged" in r for r in a.untagged_responses.get("FETCH", [])), a.untagged_responses
    assert a.search(None, "ALL")[1] == [b"1 2"] and a.search(None, "FLAGGED")[1] == [b"1"]
    [(_, header)] = fetch_parts(a, "", "2", "(BODY.PEEK[HEADER.FIELDS (SUBJECT)])")
    assert b"arrives while selected" in header
    a.logout()
    b.logout()


def test_fetch_envelope_bodystructure_and_mime_parts(server):
    msg = (b"From: Bob <bob@example.org>\r\nTo: alice@mail.haetae.test\r\nSubject: =?UTF-8?B?7JWI64WV?=\r\n"
           b"MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\npreamble\r\n--XX\r\n"
           b"Content-Type: text/plain; charset=utf-8\r\n\r\nhello part one\r\n--XX\r\nContent-Type: application/"
           b"octet-stream; name=a.bin\r\nContent-Transfer-Encoding: base64\r\n\r\nAAECAw==\r\n--XX--\r\n")
    m = imaps(server)
    assert m.append("INBOX", None, None, msg)[0] == "OK"
    m.select("INBOX")
    typ, data = m.fetch("1", "(ENVELOPE BODYSTRUCTURE BODY.PEEK[1] BODY.PEEK[2] BODY.PEEK[2.MIME])")
    assert typ == "OK"
    meta = data[0][0]
    assert b'"=?UTF-8?B?7JWI64WV?=" (("Bob" NIL "bob" "example.org"))' in meta, meta
    assert b'"MIXED" ("BOUNDARY" "XX")' in meta and b'("TEXT" "PLAIN" ("CHARSET" "utf-8")' in meta, meta
    assert [d[1] for d in data if isinstance(d, tuple)] == [
        b"hello part one", b"AAECAw==", b"Content-Type: application/octet-stream; name=a.bin\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n"]
    m.logout()


def test_folder_names_cannot_escape_the_maildir(server):
    c = login_raw(server)
    before = {p for p in server.data.rglob("*") if p.is_dir()}
    for i, name in enumerate(["../escape", "..", "a..b", ".hidden", "x/../../y", "INBOX.Sub", "Foo/Bar",
                              "../../../../tmp/x", "Trash.*", "a%b", "\\..\\x"]):
        c.ok(f"f{i}", f'CREATE "{name}"', "NO|BAD")
        c.ok(f"r{i}", f'RENAME "Junk" "{name}"', "NO|BAD")
    c.ok("k1", 'CREATE "&vBCwfMdA-"')  # 받은편지 in modified UTF-7
    lines = c.ok("k2", 'LIST "" "*"')
    assert any(line.endswith(b'"&vBCwfMdA-"') for line in lines), lines
    c.close()
    maildir = server.data / "mail" / HOSTNAME / "alice" / "Maildir"
    created = {p for p in server.data.rglob("*") if p.is_dir()} - before
    assert all(p == maildir or maildir in p.parents for p in created), created


def test_bad_input_is_refused_and_server_stays_up(server):
    c = RawIMAP(server.ports["imap"])
    for garbage in [b"\r\n", b"tagonly\r\n", b"* OK\r\n", b"a1 LOGIN\r\n", b"a2 SELECT\r\n", b'a3 LOGIN "unterminated\r\n',
                    b"a4 \xff\xfe\x00\x01\r\n", b"a5 FETCH 1:* (BODY[\r\n", b"\x16\x03\x01\x02\x00\x01\x00\r\n"]:
        c.send(garbage)
        line = c.line()
        assert re.match(rb"^\S+ BAD", line), (garbage, line)
    c.ok("a6", "NOOP")
    # A literal larger than the pre-login limit is refused, without a continuation.
    c.send(b"a7 LOGIN {100000000}\r\n")
    line = c.line()
    assert re.match(rb"a7 (BAD|NO)", line), line
    c.ok("a8", "NOOP")
    # The same, non-synchronising: the octets are coming, the connection must end.
    c.send(b"a9 LOGIN {50000000+}\r\n" + b"x" * 20000)
    rest, _ = c.until(None)
    assert any(line.startswith(b"* BYE") for line in rest), rest
    c.close()
    # An overlong command line (> 64 KiB): BYE, then the connection is closed.
    c = RawIMAP(server.ports["imap"])
    try:
        c.send(b"a1 NOOP " + b"A" * 70_000 + b"\r\n")
    except OSError:
        pass
    rest, _ = c.until(None)
    assert any(line.startswith(b"* BYE") for line in rest), rest
    c.close()
    # A client that vanishes in the middle of an APPEND literal, and one that does not speak TLS.
    c = login_raw(server)
    c.send(b"x1 APPEND INBOX {200000}\r\n")
    assert c.line().startswith(b"+")
    c.send(b"y" * 1000)
    c.close()
    with socket.create_connection(("127.0.0.1", server.ports["imaps"]), timeout=TIMEOUT) as s:
        s.sendall(b"this is not a TLS client hello\r\n" * 10)
    # Still up: a new connection gets the greeting and can log in; nothing partial was stored.
    c = login_raw(server, tls=False)
    assert c.greeting.startswith(b"* OK")
    assert b"* 0 EXISTS" in c.ok("z1", "SELECT INBOX")
    c.close()
    assert server.proc.poll() is None


def test_mbsync_syncs_inbox_to_local_maildir(server):
    if not shutil.which("mbsync"):
        pytest.skip("isync (mbsync) not installed")
    deliver(server, "for mbsync")
    with tempfile.TemporaryDirectory() as tmp:
        local, rc = Path(tmp) / "mail", Path(tmp) / "mbsyncrc"
        local.mkdir()
        rc.write_text(f"""IMAPStore alice-remote
Host 127.0.0.1
Port {server.ports['imaps']}
User {ALICE}
Pass {PW}
SSLType IMAPS
CertificateFile {server.cert}

MaildirStore alice-local
Path {local}/
Inbox {local}/INBOX
SubFolders Verbatim

Channel alice
Far :alice-remote:
Near :alice-local:
Patterns INBOX Sent
Create Near
Sync Pull
SyncState *
""")
        rc.chmod(0o600)
        r = subprocess.run(["mbsync", "-c", str(rc), "-V", "alice"], capture_output=True, text=True,
                           timeout=60, env={**os.environ, "HOME": tmp})
        assert r.returncode == 0, r.stdout + r.stderr
        got = list((local / "INBOX" / "new").glob("*")) + list((local / "INBOX" / "cur").glob("*"))
        assert len(got) == 1, (got, r.stdout)
        text = got[0].read_bytes()
        assert b"Subject: for mbsync" in text and b"Delivered-To: " + ALICE.encode() in text
        assert (local / "Sent").is_dir()
    assert len(server.maildir_files(ALICE)) == 1, "Sync Pull leaves the server copy"


def test_fetchmail_over_imap_starttls(server):
    if not shutil.which("fetchmail"):
        pytest.skip("fetchmail not installed")
    deliver(server, "for fetchmail one")
    deliver(server, "for fetchmail two")
    with tempfile.TemporaryDirectory() as tmp:
        out, rc = Path(tmp) / "out", Path(tmp) / "fetchmailrc"
        out.mkdir()
        rc.write_text(f"""set no bouncemail
poll 127.0.0.1 service {server.ports['imap']} protocol IMAP auth password timeout 20
  user "{ALICE}" there with password "{PW}" is root here
  sslproto "TLS1.2+" sslcertck sslcertfile "{server.cert}" sslcommonname "{HOSTNAME}"
  keep fetchall
  mda "sh -c 'cat > {out}/msg.$$'"
""")
        rc.chmod(0o600)
        r = subprocess.run(["fetchmail", "-f", str(rc), "-v", "--nodetach", "--nosyslog"],
                           capture_output=True, text=True, timeout=90,
                           env={**os.environ, "HOME": tmp, "FETCHMAILHOME": tmp})
        log = r.stdout + r.stderr
        assert r.returncode == 0, log
        assert "STARTTLS" in log, log
        got = sorted(out.iterdir())
        assert len(got) == 2, (got, log)
        texts = b"".join(p.read_bytes() for p in got)
        assert b"Subject: for fetchmail one" in texts and b"Subject: for fetchmail two" in texts
    assert len(server.maildir_files(ALICE)) == 2, "keep leaves the messages on the server"


def test_review_imap_literal_lines_before_login_do_not_grow_memory(server):
    """Security review of the IMAP server: the text before `{0+}` literals was not counted, so a
    command that never ended grew the server's memory without bound, before any login. Twenty
    connections each send 64 KiB lines ending in `{0+}`; each is cut off at the command limit
    and the server's memory stays flat."""
    before = rss_kib(server)
    line = b"a LOGIN " + b"x" * 60_000 + b" {0+}\r\n"
    closed = 0
    deadline = time.time() + 60
    sockets = []
    for _ in range(20):
        s = socket.create_connection(("127.0.0.1", server.ports["imap"]), timeout=TIMEOUT)
        s.recv(4096)  # greeting
        sockets.append(s)
    for s in sockets:
        try:
            for _ in range(200):  # up to 12 MB per connection if nothing stopped it
                s.sendall(line)
                if time.time() > deadline:
                    break
        except OSError:
            pass  # the server closed the connection: what should happen
    for s in sockets:
        try:
            s.settimeout(5)
            data = b""
            while True:
                chunk = s.recv(65536)
                if not chunk:
                    break
                data += chunk
            if b"BYE" in data:
                closed += 1
        except OSError:
            closed += 1
        finally:
            s.close()
    grown = rss_kib(server) - before
    assert closed == 20, f"only {closed} of 20 connections were cut off"
    assert grown < 40_000, f"RSS grew by {grown} KiB"
    m = imaps(server)  # and the server still serves
    assert m.select("INBOX")[0] == "OK"
    m.logout()


def test_review_imap_uid_uid_recursion_does_not_crash(server):
    """Security review: `UID UID UID … FETCH` recursed once per word before login, a stack overflow
    for the whole process. It is now a BAD, and the server stays up."""
    with socket.create_connection(("127.0.0.1", server.ports["imap"]), timeout=TIMEOUT) as s:
        s.recv(4096)
        s.sendall(b"a " + b"UID " * 15_000 + b"FETCH 1 FLAGS\r\n")
        reply = b""
        while b"\r\n" not in reply:
            chunk = s.recv(4096)
            if not chunk:
                break
            reply += chunk
        assert reply.startswith(b"a BAD"), reply[:200]
    m = imaps(server)
    assert m.noop()[0] == "OK"
    m.logout()


def test_junk_moves_are_learned_as_feedback(server):
    """Issue 13: a user's Junk-folder moves are the filter's feedback once mailbox access exists.
    Moving a message into Junk with a real client keeps a spam mark that `haetae train --learn`
    learns and `--status` counts by origin."""
    deliver(server, "cheap watches, limited offer")
    m = imaps(server)
    m.select("INBOX")
    typ, _ = m.uid("MOVE", "1:*", "Junk")
    assert typ == "OK"
    m.select("Junk")
    typ, _ = m.uid("COPY", "1:*", "INBOX")  # and back out of it: a ham mark
    assert typ == "OK"
    m.logout()
    spam = list((server.data / "filter" / "feedback" / "spam").glob("*.junk.eml"))
    ham = list((server.data / "filter" / "feedback" / "ham").glob("*.not-junk.eml"))
    assert len(spam) == 1 and len(ham) == 1, (spam, ham)
    assert spam[0].name.startswith(ALICE + "--")
    out = server.cli("train", "--learn").stdout
    assert "by origin:" in out and "junk 1" in out and "not-junk 1" in out, out


def test_review_imap_second_large_literal_in_one_append_is_refused(server):
    """Security review: each literal over 64 KiB in one APPEND opened a new spill file and the
    earlier one's descriptor was never closed: one client could exhaust the server's descriptors
    and disk. A second large literal is refused, the connection ends (its octets are already on
    the way), and no spilled file is left behind."""
    chunk = b"x" * 70_000
    with socket.create_connection(("127.0.0.1", server.ports["imap"]), timeout=TIMEOUT) as s:
        f = s.makefile("rb")
        f.readline()
        s.sendall(f"a LOGIN {ALICE} {PW}\r\n".encode())
        assert f.readline().startswith(b"a OK")
        try:
            s.sendall(b"b APPEND INBOX {70000+}\r\n" + chunk + b" {70000+}\r\n" + chunk + b"\r\n")
        except OSError:
            pass
        reply = b""
        try:
            while True:
                line = f.readline()
                if not line:
                    break
                reply += line
        except OSError:
            pass
        # Before the fix both literals were taken and the command ended in BAD.
        assert b"b NO [CANNOT] One message per APPEND" in reply and b"* BYE" in reply, reply
    spool = server.data / "mail" / ".imap-append"
    assert server.wait_for(lambda: not any(spool.iterdir()), timeout=5), list(spool.iterdir())
    m = imaps(server)
    assert m.select("INBOX") == ("OK", [b"0"]), "nothing was appended"
    m.logout()
