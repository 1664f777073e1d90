#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""ko-fresh2: an independent, held-out Korean mail measurement set.

Writes about 160 RFC 5322 messages into ham/, spam/, phish/, bulk/ next to
this file, plus MANIFEST.tsv.  Standard library only; deterministic (every
random choice comes from a generator seeded from SEED and the message's own
class and number), so every run produces byte-identical files.

    python3 Tests/corpus/ko-fresh2/generate.py

MEASUREMENT ONLY.  Never use these messages to develop or tune rules.
All people, companies (other than the real public bodies and brands named as
senders of their own mail), phone and account numbers are invented.  Attacker
domains use the reserved .example TLD.
"""

import base64
import datetime
import email
import email.policy
import hashlib
import html as htmlmod
import io
import quopri
import random
import re
import shutil
import struct
import sys
import zipfile
import zlib
from pathlib import Path

SEED = 20261128
HERE = Path(__file__).resolve().parent
CRLF = "\r\n"
MX = "mx1.haetae.example"
KST = datetime.timezone(datetime.timedelta(hours=9))

# ---------------------------------------------------------------- recipients
# Mailboxes hosted on the receiving server (invented organisations).
USERS = {
    "tykim": ("김태윤", "tykim@seonwoo-eng.co.kr"),
    "sypark": ("박서연", "sypark@seonwoo-eng.co.kr"),
    "dhlee": ("이도현", "dhlee@seonwoo-eng.co.kr"),
    "purchase": ("구매팀", "purchase@seonwoo-eng.co.kr"),
    "mhjung": ("정민호", "mhjung@daonsoft.kr"),
    "yuna": ("최유나", "yuna@daonsoft.kr"),
    "support": ("다온소프트 고객지원", "support@daonsoft.kr"),
    "jiwon": ("강지원", "jiwon@kang-family.kr"),
    "minsu": ("강민수", "minsu@kang-family.kr"),
    "hyejin": ("오혜진", "hyejin@kang-family.kr"),
}
ALL_USERS = list(USERS)

# charset key -> (label used on the wire, python codec used to encode)
CHARSETS = {
    "utf-8": ("UTF-8", "utf-8"),
    "euc-kr": ("EUC-KR", "cp949"),
    "ks_c_5601-1987": ("ks_c_5601-1987", "cp949"),
}
CTE_ROT = ["base64", "quoted-printable", "8bit", "base64", "quoted-printable", "8bit", "base64"]
CS_ROT = ["utf-8", "euc-kr", "utf-8", "ks_c_5601-1987", "utf-8", "euc-kr", "utf-8", "ks_c_5601-1987"]

MESSAGES = []  # filled by the content sections below


def msg(cls, frm, subj, text=None, **kw):
    """Register one message.  frm = (display name, address)."""
    d = dict(cls=cls, frm=frm, subj=subj, text=text)
    d.update(kw)
    MESSAGES.append(d)


def H(*a, **k):
    msg("ham", *a, **k)


def S(*a, **k):
    msg("spam", *a, **k)


def P(*a, **k):
    msg("phish", *a, **k)


def B(*a, **k):
    msg("bulk", *a, **k)


# ------------------------------------------------------------------ helpers
def ks_x_1001_ok(text):
    """True if every character is in plain EUC-KR (KS X 1001, no make-up
    sequences, no CP949 extension)."""
    try:
        b = text.encode("cp949")
        return b.decode("euc_kr") == text and text.encode("euc_kr") == b
    except (UnicodeError, LookupError):
        return False


def ew(text, label, codec, mode, maxlen=62):
    """RFC 2047 encoded words (list), never splitting a character."""
    def one(s):
        b = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode("ascii"))
        out = []
        for byte in b:
            c = chr(byte)
            if byte == 0x20:
                out.append("_")
            elif (c.isascii() and c.isalnum()) or c in "!*+-/":
                out.append(c)
            else:
                out.append("=%02X" % byte)
        return "=?%s?Q?%s?=" % (label, "".join(out))

    words, cur = [], ""
    for ch in text:
        if cur and len(one(cur + ch)) > maxlen:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return words


def hdr_text(name, text, label, codec, mode):
    if text.isascii():
        return fold_ascii(name, text)
    words = ew(text, label, codec, mode)
    return name + ": " + (CRLF + " ").join(words)


def fold_ascii(name, text):
    line = name + ": "
    out = []
    for word in text.split(" "):
        if len(line) + len(word) + 1 > 76 and line.strip() != name + ":":
            out.append(line.rstrip())
            line = " " + word + " "
        else:
            line += word + " "
    out.append(line.rstrip())
    return CRLF.join(out)


def addr(name, address, label, codec, mode):
    if not name:
        return "<%s>" % address
    if name.isascii():
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return '"%s" <%s>' % (name.replace('"', ""), address)
        return "%s <%s>" % (name, address)
    return " ".join(ew(name, label, codec, mode, maxlen=66)) + " <%s>" % address


def encode_body(data_lf, cte):
    """data_lf: bytes with LF line ends.  Returns wire bytes with CRLF."""
    if cte == "base64":
        raw = data_lf.replace(b"\n", b"\r\n")
        return base64.encodebytes(raw).replace(b"\n", b"\r\n")
    if cte == "quoted-printable":
        q = quopri.encodestring(data_lf)
        if not q.endswith(b"\n"):
            q += b"\n"
        return q.replace(b"\n", b"\r\n")
    # 7bit / 8bit
    if not data_lf.endswith(b"\n"):
        data_lf += b"\n"
    for line in data_lf.split(b"\n"):
        assert len(line) <= 990, line[:80]
    return data_lf.replace(b"\n", b"\r\n")


def b64_wrap(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def rfc2231(fname):
    from urllib.parse import quote
    return "UTF-8''" + quote(fname.encode("utf-8"), safe="")


URL_RE = re.compile(r"https?://[^\s<>\"')\]]+")


def text_to_html(text, font="'Malgun Gothic','맑은 고딕',sans-serif"):
    paras = text.strip("\n").split("\n\n")
    out = []
    for p in paras:
        lines = []
        for ln in p.split("\n"):
            e = htmlmod.escape(ln, quote=False)
            e = URL_RE.sub(lambda m: '<a href="%s">%s</a>' % (m.group(0), m.group(0)), e)
            lines.append(e)
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CHARSET%\">\n"
            "</head>\n<body style=\"font-family:" + font + ";font-size:14px;line-height:1.6;\">\n"
            + "\n".join(out) + "\n</body>\n</html>\n")


def html_to_text(h):
    t = re.sub(r"(?is)<(script|style|head).*?</\1>", "", h)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|tr|h\d|li)>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = htmlmod.unescape(t)
    t = re.sub(r"[ \t]+\n", "\n", t)
    t = re.sub(r"\n{3,}", "\n\n", t)
    return t.strip() + "\n"


# --------------------------------------------------------------- binary bits
def png(width, height, pixel):
    """Greyscale PNG; pixel(x, y) -> 0..255."""
    raw = b"".join(b"\x00" + bytes(pixel(x, y) for x in range(width)) for y in range(height))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def qr_png(r, modules=29, scale=5):
    grid = [[r.random() < 0.5 for _ in range(modules)] for _ in range(modules)]
    for ox, oy in ((0, 0), (modules - 7, 0), (0, modules - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                grid[oy + y][ox + x] = edge or core
    q = 4
    size = (modules + 2 * q) * scale

    def px(x, y):
        mx_, my_ = x // scale - q, y // scale - q
        if 0 <= mx_ < modules and 0 <= my_ < modules and grid[my_][mx_]:
            return 0
        return 255
    return png(size, size, px)


def banner_png(r, w=320, h=180):
    bands = [r.randrange(40, 250) for _ in range(12)]
    blocks = {(r.randrange(0, w // 16), r.randrange(0, h // 12)) for _ in range(70)}

    def px(x, y):
        if (x // 16, y // 12) in blocks:
            return 20
        return bands[(y * 12) // h]
    return png(w, h, px)


def fake_pdf(r, title):
    body = ("%%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj\n"
            "4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 770 Td (%s) Tj ET\nendstream endobj\n"
            % title).encode("latin-1")
    body += bytes(r.randrange(256) for _ in range(r.randrange(600, 1400)))
    body += b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
    return body


def make_zip(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 10, 14, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return bio.getvalue()


def fake_office(r, kind):
    files = [("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types/>'),
             ("docProps/app.xml", "<Properties><Application>Microsoft Office</Application></Properties>")]
    if kind == "xlsx":
        files.append(("xl/workbook.xml", "<workbook><sheets><sheet name=\"Sheet1\"/></sheets></workbook>"))
        files.append(("xl/worksheets/sheet1.xml", "<worksheet>%s</worksheet>" % "".join(
            "<c v=\"%d\"/>" % r.randrange(1000, 99999) for _ in range(40))))
    else:
        files.append(("word/document.xml", "<w:document>%s</w:document>" % "".join(
            "<w:t>%d</w:t>" % r.randrange(1000, 99999) for _ in range(40))))
    return make_zip(files)


CTYPES = {
    "pdf": "application/pdf",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "hwp": "application/x-hwp",
    "zip": "application/zip",
    "html": "text/html",
    "htm": "text/html",
    "png": "image/png",
    "jpg": "image/jpeg",
    "ics": "text/calendar",
}


def attachment_bytes(r, a):
    kind, fname = a[0], a[1]
    if kind == "pdf":
        return fake_pdf(r, a[2] if len(a) > 2 else "document")
    if kind in ("xlsx", "docx"):
        return fake_office(r, kind)
    if kind == "hwp":
        return b"HWP Document File" + bytes(r.randrange(256) for _ in range(900))
    if kind == "zip":
        return make_zip(a[2])
    if kind in ("html", "htm"):
        return a[2].encode("utf-8")
    if kind == "png":
        return qr_png(r) if (len(a) > 2 and a[2] == "qr") else banner_png(r)
    if kind == "ics":
        return a[2].replace("\n", "\r\n").encode("utf-8")
    raise ValueError(kind)


# ------------------------------------------------------------------- headers
WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MO = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def rfcdate(dt, tz="+0900"):
    return "%s, %d %s %d %02d:%02d:%02d %s" % (WD[dt.weekday()], dt.day, MO[dt.month - 1], dt.year,
                                             dt.hour, dt.minute, dt.second, tz)


def pick_date(r, cls, fixed):
    if fixed:
        y, mo, d, hh, mm = fixed
        return datetime.datetime(y, mo, d, hh, mm, r.randrange(60), tzinfo=KST)
    if cls in ("spam", "phish"):
        day = datetime.date(2026, 11, 1) + datetime.timedelta(days=r.randrange(0, 27))
    else:
        day = datetime.date(2026, 11, 16) + datetime.timedelta(days=r.randrange(0, 12))
    if cls in ("spam", "phish"):
        hh = r.randrange(0, 24)
    else:
        hh = r.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 18, 20, 21])
    return datetime.datetime(day.year, day.month, day.day, hh, r.randrange(60), r.randrange(60), tzinfo=KST)


def ip(r, kind):
    if kind == "kr":
        a = r.choice([211, 210, 222, 121, 175, 203, 218, 59, 112, 114])
    elif kind == "naver":
        return "125.209.%d.%d" % (r.choice([224, 238, 246]), r.randrange(1, 250))
    elif kind == "google":
        return "209.85.%d.%d" % (r.choice([128, 160, 208, 214, 216, 221]), r.randrange(1, 250))
    elif kind == "ms":
        return "40.107.%d.%d" % (r.randrange(0, 255), r.randrange(1, 250))
    elif kind == "kakao":
        return "211.231.%d.%d" % (r.randrange(96, 111), r.randrange(1, 250))
    else:
        a = r.choice([45, 103, 104, 146, 154, 185, 194, 23, 91, 38, 5, 193])
    return "%d.%d.%d.%d" % (a, r.randrange(0, 255), r.randrange(0, 255), r.randrange(1, 250))


def qid(r, n=12):
    return "".join(r.choice("0123456789ABCDEF") for _ in range(n))


def received_chain(r, spec, rcpt, dt):
    frm_addr = spec.get("envelope") or spec["frm"][1]
    dom = frm_addr.split("@")[1]
    via = spec.get("via", "corp")
    t1 = dt + datetime.timedelta(seconds=r.randrange(1, 9))
    t2 = t1 + datetime.timedelta(seconds=r.randrange(1, 40))
    hops = []
    tls = "\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))"
    if via == "naver":
        n = r.randrange(1, 40)
        host = "cvsmtppost%03d.nm.naver.com" % n
        hops.append("from %s (%s [%s])%s\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (host, host, ip(r, "naver"), tls, MX, qid(r), rcpt, rfcdate(t2)))
        hops.append("from [%s] by %s with ESMTPA id %s; %s"
                    % (ip(r, "kr"), host, qid(r, 16).lower(), rfcdate(t1)))
    elif via == "gmail":
        gip = ip(r, "google")
        host = "mail-%s-f%s.google.com" % (r.choice(["pl1", "pj1", "oi1", "qk1", "yb1"]), gip.split(".")[-1])
        hops.append("from %s (%s [%s])%s\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (host, host, gip, tls, MX, qid(r), rcpt, rfcdate(t2)))
        hops.append("by 2002:a17:90a:%x:b0:%x:%x:%x with SMTP id %s;\r\n\t%s"
                    % (r.randrange(4096), r.randrange(4096), r.randrange(65536), r.randrange(65536),
                       "".join(r.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22)),
                       rfcdate(t1.astimezone(datetime.timezone(datetime.timedelta(hours=-8))), "-0800")))
    elif via == "daum":
        host = "mail-smtp%d.kakao.com" % r.randrange(1, 9)
        hops.append("from %s (%s [%s])%s\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (host, host, ip(r, "kakao"), tls, MX, qid(r), rcpt, rfcdate(t2)))
    elif via == "m365":
        mip = ip(r, "ms")
        host = "mail-se2kor01on2%03d.outbound.protection.outlook.com" % r.randrange(100, 999)
        hops.append("from %s (%s [%s])%s\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (host, host, mip, tls, MX, qid(r), rcpt, rfcdate(t2)))
        hops.append("from SL2P216MB%04d.KORP216.PROD.OUTLOOK.COM ([fe80::%x:%x:%x:%x]) by\r\n"
                    "\tSL2P216MB%04d.KORP216.PROD.OUTLOOK.COM ([fe80::%x:%x:%x:%x%%5]) with mapi id 15.20.%d.%03d;\r\n\t%s"
                    % (r.randrange(10000), r.randrange(65536), r.randrange(65536), r.randrange(65536),
                       r.randrange(65536), r.randrange(10000), r.randrange(65536), r.randrange(65536),
                       r.randrange(65536), r.randrange(65536), r.randrange(8000, 9000), r.randrange(1000),
                       rfcdate(t1.astimezone(datetime.timezone.utc), "+0000")))
    elif via in ("spam", "phish"):
        sip = ip(r, "bad")
        style = r.randrange(4)
        if style == 0:
            helo, rdns = "WIN-%s" % qid(r, 11), "unknown"
        elif style == 1:
            helo, rdns = "[%s]" % sip, "unknown"
        elif style == 2:
            helo = "mail.%s" % dom
            rdns = "ip-%s.static.hosting.example" % sip.replace(".", "-")
        else:
            helo = rdns = "vps%d.%s" % (r.randrange(100, 999), r.choice(["cloudhost.example", "vmhost.example", "srv-net.example"]))
        hops.append("from %s (%s [%s])\r\n\tby %s (Haetae) with %s id %s\r\n\tfor <%s>; %s"
                    % (helo, rdns, sip, MX, r.choice(["ESMTP", "ESMTPS", "SMTP"]), qid(r), rcpt, rfcdate(t2)))
        if r.random() < 0.5:
            hops.append("from localhost (localhost [127.0.0.1])\r\n\tby %s (Postfix) with ESMTP id %s; %s"
                        % (helo.strip("[]"), qid(r, 10), rfcdate(t1)))
    else:  # corp / esp: the sender's own outbound host
        out = spec.get("relay") or "%s.%s" % (r.choice(["mail", "smtp", "mx-out", "mta", "out"]) + str(r.randrange(1, 9)), dom)
        hops.append("from %s (%s [%s])%s\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
                    % (out, out, spec.get("relay_ip") or ip(r, "kr"), tls, MX, qid(r), rcpt, rfcdate(t2)))
        if via == "corp":
            hops.append("from %s ([10.%d.%d.%d])\r\n\tby %s with ESMTPSA id %s; %s"
                        % (r.choice(["DESKTOP-", "NB-", "PC-"]) + qid(r, 7), r.randrange(256), r.randrange(256),
                           r.randrange(1, 255), out, qid(r, 10), rfcdate(t1)))
    return ["Received: " + h for h in hops]


def dkim(r, domain, selector, body, when, headers="from:to:subject:date:message-id:mime-version:content-type"):
    bh = base64.b64encode(hashlib.sha256(body).digest()).decode()
    sig = base64.b64encode(bytes(r.randrange(256) for _ in range(256))).decode()
    sig_lines = [sig[i:i + 70] for i in range(0, len(sig), 70)]
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n"
            "\tt=%d; h=%s;\r\n\tbh=%s;\r\n\tb=%s"
            % (domain, selector, int(when.timestamp()), headers, bh, "\r\n\t ".join(sig_lines)))


def message_id(r, spec, dt):
    dom = spec["frm"][1].split("@")[1]
    style = spec.get("mid", r.randrange(5))
    if style == 0:
        return "<%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), qid(r, 8).lower(), dom)
    if style == 1:
        return "<%s@%s>" % ("".join(r.choice("abcdef0123456789") for _ in range(32)), dom)
    if style == 2:
        return "<CA%s@mail.gmail.com>" % base64.b64encode(bytes(r.randrange(256) for _ in range(33))).decode().replace("/", "_").replace("+", "-")
    if style == 3:
        return "<%s$%s$%s@%s>" % (qid(r, 8).lower(), qid(r, 8).lower(), qid(r, 8).lower(), dom)
    return "<%d.%d.JavaMail.%s@%s>" % (r.randrange(10 ** 6), r.randrange(10 ** 9), r.choice(["root", "was", "mailer"]), dom)


# ------------------------------------------------------------------ builder
def text_part(text, subtype, charset, cte, label, codec):
    data = text.replace("%CHARSET%", label).encode(codec)
    heads = ['Content-Type: text/%s; charset="%s"' % (subtype, label), "Content-Transfer-Encoding: %s" % cte]
    return heads, encode_body(data, cte)


def multipart(subtype, parts, boundary, extra=""):
    out = b"This is a multi-part message in MIME format." + b"\r\n\r\n" if subtype == "mixed" else b""
    for heads, body in parts:
        out += b"--" + boundary.encode() + b"\r\n" + CRLF.join(heads).encode() + b"\r\n\r\n" + body
        if not body.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return ['Content-Type: multipart/%s;%s\r\n\tboundary="%s"' % (subtype, extra, boundary)], out


def boundary(r, style):
    if style == "outlook":
        return "_000_%s%s_" % (qid(r, 20), r.choice(["SL2P216MB", "SE1P216MB", "PU4P216MB"]) + str(r.randrange(1000, 9999)) + "KORP_")
    if style == "gmail":
        return "000000000000%s" % "".join(r.choice("0123456789abcdef") for _ in range(16))
    if style == "java":
        return "----=_Part_%d_%d.%d" % (r.randrange(10 ** 5), r.randrange(10 ** 9), 1790000000000 + r.randrange(10 ** 8))
    return "----=_NextPart_%s_%s" % (qid(r, 3), qid(r, 16))


def build(spec, cls, idx, rot):
    r = random.Random("%d:%s:%03d" % (SEED, cls, idx))
    via = spec.get("via", "corp")
    cs = spec.get("charset") or {"gmail": "utf-8", "naver": "utf-8", "daum": "utf-8",
                                 "m365": "ks_c_5601-1987"}.get(via) or CS_ROT[rot % len(CS_ROT)]
    cte = spec.get("cte") or CTE_ROT[(rot * 3 + idx) % len(CTE_ROT)]
    shape = spec.get("shape") or "plain"
    text, html = spec.get("text"), spec.get("html")
    if shape in ("html", "alt", "related") and html is None:
        html = text_to_html(text)
    if shape in ("alt",) and text is None:
        text = html_to_text(html)
    subj, frm_name = spec["subj"], spec["frm"][0]
    allt = (subj or "") + (frm_name or "") + (text or "") + (html or "")
    if cs != "utf-8" and not ks_x_1001_ok(allt):
        # A Korean IME's dash is U+2015, which EUC-KR has; U+2014 it has not.
        def dash(x):
            return x.replace("\u2014", "\u2015") if x else x
        if ks_x_1001_ok(dash(allt)):
            subj, frm_name, text, html = dash(subj), dash(frm_name), dash(text), dash(html)
        else:
            cs = "utf-8"
    label, codec = CHARSETS[cs]
    if spec.get("label"):
        label = spec["label"]
    mode = spec.get("qmode") or ("Q" if (rot % 4 == 2) else "B")

    # --- body
    bstyle = spec.get("bstyle") or {"m365": "outlook", "gmail": "gmail"}.get(spec.get("via"), r.choice(["java", "next"]))
    attaches = spec.get("attach", [])
    if shape == "plain":
        heads, body = text_part(text, "plain", cs, cte, label, codec)
        shape_name = "text/plain"
    elif shape == "html":
        heads, body = text_part(html, "html", cs, cte, label, codec)
        shape_name = "text/html"
    elif shape == "alt":
        p1 = text_part(text, "plain", cs, cte, label, codec)
        p2 = text_part(html, "html", cs, cte, label, codec)
        heads, body = multipart("alternative", [p1, p2], boundary(r, bstyle))
        shape_name = "multipart/alternative"
    elif shape == "related":  # html + inline images
        hp = text_part(html, "html", cs, cte, label, codec)
        parts = [hp]
        for i, img in enumerate(spec.get("inline", [("banner",)])):
            data = qr_png(r) if img[0] == "qr" else banner_png(r, *img[1:])
            cid = "img%03d.%s@%s" % (i + 1, qid(r, 8).lower(), spec["frm"][1].split("@")[1])
            parts.append(['Content-Type: image/png; name="image%03d.png"' % (i + 1), "Content-Transfer-Encoding: base64",
                          "Content-ID: <%s>" % cid, 'Content-Disposition: inline; filename="image%03d.png"' % (i + 1)])
            parts[-1] = (parts[-1], b64_wrap(data))
            html = html.replace("cid:IMG%d" % (i + 1), "cid:" + cid)
        parts[0] = text_part(html, "html", cs, cte, label, codec)
        heads, body = multipart("related", parts, boundary(r, bstyle), extra=' type="text/html";')
        shape_name = "multipart/related"
        if text:
            heads, body = multipart("alternative", [text_part(text, "plain", cs, cte, label, codec), (heads, body)],
                                    boundary(r, bstyle))
            shape_name = "multipart/alternative(plain+related)"
    else:
        raise ValueError(shape)
    if attaches:
        parts = [(heads, body)]
        for a in attaches:
            kind, fname = a[0], a[1]
            data = attachment_bytes(r, a)
            ct = CTYPES[kind]
            if ct.startswith("text/"):
                ct += '; charset="UTF-8"'
            fstyle = spec.get("fname", "2231" if r.random() < 0.5 else "2047")
            if fname.isascii():
                disp = 'attachment; filename="%s"' % fname
                ctn = '%s; name="%s"' % (ct, fname)
            elif fstyle == "2231":
                disp = "attachment;\r\n\tfilename*=%s" % rfc2231(fname)
                ctn = "%s;\r\n\tname*=%s" % (ct, rfc2231(fname))
            else:
                enc = " ".join(ew(fname, "UTF-8", "utf-8", "B", maxlen=70))
                disp = 'attachment;\r\n\tfilename="%s"' % enc
                ctn = '%s;\r\n\tname="%s"' % (ct, enc)
            parts.append((["Content-Type: " + ctn, "Content-Transfer-Encoding: base64", "Content-Disposition: " + disp],
                          b64_wrap(data)))
        heads, body = multipart("mixed", parts, boundary(r, bstyle))
        shape_name = "multipart/mixed(%s+%s)" % (shape_name.split("/")[1], ",".join(a[0] for a in attaches))

    # --- headers
    dt = pick_date(r, cls, spec.get("date"))
    to_key = spec.get("to") or r.choice(spec.get("to_pool") or ALL_USERS)
    to_name, to_addr = USERS[to_key] if to_key in USERS else (spec.get("to_name", ""), to_key)
    hs = []
    env = spec.get("envelope") or spec["frm"][1]
    hs.append("Return-Path: <%s>" % env)
    hs.extend(received_chain(r, spec, to_addr, dt))
    if spec.get("dkim"):
        d = spec["dkim"]
        dom, sel = (d if isinstance(d, tuple) else (spec["frm"][1].split("@")[1], d))
        hs.append(dkim(r, dom, sel, body, dt))
    hs.append("From: " + addr(frm_name, spec["frm"][1], label, codec, mode))
    if spec.get("to_override"):
        hs.append("To: " + spec["to_override"])
    elif spec.get("undisclosed"):
        hs.append("To: undisclosed-recipients:;")
    else:
        show_name = to_name if spec.get("to_named", r.random() < 0.6) else ""
        hs.append("To: " + addr(show_name, to_addr, label, codec, mode))
    if spec.get("cc"):
        hs.append("Cc: " + ", ".join(addr(n, a, label, codec, mode) for n, a in spec["cc"]))
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        hs.append("Reply-To: " + addr(rn, ra, label, codec, mode))
    hs.append(hdr_text("Subject", subj, label, codec, mode))
    hs.append("Date: " + rfcdate(dt))
    hs.append("Message-ID: " + message_id(r, spec, dt))
    if spec.get("in_reply_to"):
        irt = "<%s@%s>" % (qid(r, 16).lower(), spec["in_reply_to"])
        hs.append("In-Reply-To: " + irt)
        hs.append("References: " + irt)
    for h in spec.get("headers", []):
        hs.append(h)
    if spec.get("list_unsub"):
        hs.append("List-Unsubscribe: " + spec["list_unsub"])
        if "https" in spec["list_unsub"]:
            hs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    hs.append("MIME-Version: 1.0")
    hs.extend(heads)
    raw = (CRLF.join(hs) + CRLF + CRLF).encode("ascii") + body
    for line in raw.split(b"\r\n"):
        assert len(line) <= 998, (cls, idx)
    return raw, dict(charset=cs, cte=cte, shape=shape_name,
                     sender=spec["frm"][1], subject=subj)


# ====================================================================
# CONTENT
# ====================================================================
# ------------------------------------------------------------------ HAM (1)
# colleagues, business partners, professionals

H(("한상우", "swhan@daeyang-precision.co.kr"), "[대양정밀] 선우엔지니어링 CNC 가공품 견적서 송부 (Q-2611-037)",
  """김태윤 과장님, 안녕하세요.
대양정밀 영업팀 한상우입니다.

지난주 화요일 미팅 때 말씀하신 알루미늄 브래킷(AL6061-T6) 3종 가공 견적서를 첨부와 같이 송부드립니다.

- BRK-210A : 1,200 EA / 단가 4,850원
- BRK-210B : 800 EA / 단가 5,320원
- BRK-330 : 300 EA / 단가 12,700원 (아노다이징 흑색 포함)

납기는 발주 후 영업일 기준 15일이며, 금형비는 별도 발생하지 않습니다.
견적 유효기간은 12월 31일까지이고, 결제 조건은 기존과 동일하게 월말 마감 익월 말 현금 결제입니다.
도면 Rev.C 기준으로 산정했으니 변경 사항이 있으면 말씀 부탁드립니다.

감사합니다.

한상우 대리 | 영업팀
(주)대양정밀
경기도 시흥시 공단1대로 000 (시화산단 3다 101호)
T. 031-497-5512  M. 010-7381-2264
""", to="tykim", via="corp", dkim="daeyang", shape="plain",
  attach=[("pdf", "견적서_선우엔지니어링_Q-2611-037.pdf", "Quotation Q-2611-037")])

H(("Hanbit Electronics 구매팀 윤재석", "js.yoon@hanbit-elec.co.kr"), "[발주서] PO-2026-1184 제어반 하네스 외 2건 - 선우엔지니어링 귀중",
  """선우엔지니어링 구매 담당자님께

한빛전자 구매팀 윤재석입니다.
첨부와 같이 발주서를 송부드리오니 확인 후 발주 확인서(서명본) 회신 부탁드립니다.

발주번호 : PO-2026-1184
품목 : 제어반 하네스 HN-07 (400 SET), 센서 브래킷 SB-12 (1,000 EA), 커버 플레이트 CP-3 (250 EA)
납품 요청일 : 2026-12-11 (목) 오전 중
납품 장소 : 한빛전자 평택 2공장 자재창고 (수입검사 후 입고)
결제 조건 : 검수 완료 후 60일 전자어음 → 이번 분기부터 현금 결제로 변경되었습니다.

거래명세서에 발주번호 꼭 기재해주시고, 세금계산서는 납품 월 말일자로 발행 부탁드립니다.

윤재석 드림
한빛전자(주) 구매팀 | 031-8094-3317
""", to="purchase", via="m365", dkim="selector1",
  attach=[("xlsx", "PO-2026-1184_선우엔지니어링.xlsx"), ("pdf", "PO-2026-1184.pdf", "PO-2026-1184")])

H(("스마트빌", "noreply@smartbill.co.kr"), "(주)대양정밀에서 전자세금계산서를 발송하였습니다.",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;padding:0;font-family:'Malgun Gothic',sans-serif;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="border:1px solid #d7dbe0;">
<tr><td style="background:#0b4ea2;color:#fff;padding:18px 24px;font-size:18px;"><b>SmartBill</b> 전자세금계산서 도착 안내</td></tr>
<tr><td style="padding:24px;font-size:14px;line-height:1.7;color:#333;">
<b>(주)선우엔지니어링</b> 담당자님, 안녕하세요.<br>
<b>(주)대양정밀</b>에서 아래와 같이 전자세금계산서를 발행하였습니다.<br><br>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#d7dbe0;font-size:13px;">
<tr><td width="30%" bgcolor="#f3f5f8">작성일자</td><td>2026-10-31</td></tr>
<tr><td bgcolor="#f3f5f8">공급자</td><td>(주)대양정밀 (사업자번호 135-81-4xxxx)</td></tr>
<tr><td bgcolor="#f3f5f8">공급받는자</td><td>(주)선우엔지니어링</td></tr>
<tr><td bgcolor="#f3f5f8">공급가액</td><td>18,420,000원</td></tr>
<tr><td bgcolor="#f3f5f8">세액</td><td>1,842,000원</td></tr>
<tr><td bgcolor="#f3f5f8">합계금액</td><td><b>20,262,000원</b></td></tr>
<tr><td bgcolor="#f3f5f8">승인번호</td><td>20261031-41000087-5c3e91a2</td></tr>
</table><br>
세금계산서 원본은 스마트빌에 로그인하신 후 <b>[매입 &gt; 수신함]</b>에서 확인하실 수 있습니다.<br>
<a href="https://www.smartbill.co.kr/" style="display:inline-block;margin-top:12px;padding:10px 22px;background:#0b4ea2;color:#fff;text-decoration:none;">스마트빌 바로가기</a><br><br>
<span style="font-size:12px;color:#888;">본 메일은 발신전용입니다. 문의: 스마트빌 고객센터 1588-0000 (평일 09:00~18:00)</span>
</td></tr></table></body></html>
""", to="sypark", via="esp", dkim="sb2025", shape="html")

H(("최수빈", "subin.choi@hanbit-elec.co.kr"), "RE: 부품 공급 기본계약서 수정본 검토 요청 (제12조 지체상금 조항)",
  """정민호 대표님,

보내주신 의견 반영해서 계약서 수정본 첨부드립니다. 변경 내용은 변경 추적으로 표시해 두었습니다.

주요 변경 사항
1. 제12조 지체상금: 1일 0.3% → 0.15%, 상한 계약금액의 10%
2. 제15조 하자담보: 검수일로부터 12개월 (기존 24개월)
3. 제21조 관할법원: 서울중앙지방법원 → 수원지방법원 평택지원 (당사 법무팀 요청)

제21조는 저희 쪽 내부 규정 때문에 양해 부탁드립니다. 나머지 조항은 대표님 의견 그대로 반영했습니다.
이번 주 목요일까지 회신 주시면 다음 주 월요일에 날인본 2부 보내드리겠습니다.

최수빈 드림
한빛전자 법무팀 | 02-6925-1403

-----Original Message-----
From: 정민호 <mhjung@daonsoft.kr>
Sent: Monday, November 16, 2026 6:12 PM
To: 최수빈 <subin.choi@hanbit-elec.co.kr>
Subject: 부품 공급 기본계약서 수정본 검토 요청

최수빈 님, 지체상금 조항이 업계 관행보다 과도해 보여서 조정 요청드립니다. 검토 부탁드립니다.
""", to="mhjung", via="m365", dkim="selector1", in_reply_to="daonsoft.kr", date=(2026, 11, 17, 10, 41),
  attach=[("docx", "부품공급기본계약서_v3_변경추적.docx")])

H(("인사팀", "hr@seonwoo-eng.co.kr"), "2026년 10월 급여명세서 송부",
  """김태윤 님, 안녕하세요. 인사팀입니다.

2026년 10월분 급여명세서를 첨부와 같이 송부드립니다.
개인정보 보호를 위해 첨부파일은 암호가 설정되어 있으며, 비밀번호는 본인 생년월일 6자리(예: 900101)입니다.

이번 달 변동 사항
- 9월 연장근로수당(18.5시간) 반영
- 추석 상여금 지급분은 9월 명세서에 포함되어 이번 달에는 없습니다
- 건강보험료 정산분이 일부 공제되었습니다 (공단 연말 정산 결과)

명세서 내용에 문의 사항이 있으시면 인사팀 이도현 대리(내선 213)에게 연락 주세요.
급여는 11월 25일(수) 등록된 급여 계좌로 입금되었습니다.

※ 본 메일은 수신자 본인에게만 발송되는 메일입니다.

(주)선우엔지니어링 인사팀
""", to="tykim", via="corp", dkim="sw2026", date=(2026, 11, 25, 17, 30),
  attach=[("pdf", "2026년10월_급여명세서_김태윤.pdf", "Payslip 2026-10")])

H(("이도현", "dhlee@seonwoo-eng.co.kr"), "[공지] 2026년 귀속 연말정산 일정 및 사전 준비 안내",
  """임직원 여러분, 안녕하세요. 인사팀 이도현입니다.

2026년 귀속 연말정산 일정을 미리 안내드립니다.

1. 일정
 - 12/1(화) ~ 12/15(화) : 부양가족 변동 신고 (인적공제 변경자만)
 - 2027년 1/15(금) : 국세청 연말정산 간소화 서비스 오픈
 - 1/19(화) ~ 1/30(토) : 사내 연말정산 시스템에 자료 업로드
 - 2월 급여 : 정산 결과 반영 (환급 또는 추가 납부)

2. 미리 챙기시면 좋은 것
 - 연금저축·IRP 추가 납입은 12/31까지 납입분만 공제됩니다
 - 월세 세액공제: 임대차계약서 사본과 이체 내역 준비
 - 안경·콘택트렌즈 구입비, 중고생 교복비는 간소화 자료에 누락되는 경우가 많으니 영수증 보관
 - 주택담보대출 이자상환액 공제 대상자는 은행에서 증명서 발급

3. 문의 : 인사팀 내선 213 / dhlee@seonwoo-eng.co.kr

작년에 부양가족 중복 공제로 가산세가 나온 사례가 있었습니다. 형제자매와 부모님 공제 여부를 꼭 미리 상의해 주세요.

감사합니다.
""", to_pool=["tykim", "sypark", "purchase"], via="corp", dkim="sw2026", shape="alt")

H(("한울회계법인 이정훈 회계사", "jhlee@hanul-cpa.co.kr"), "[기말감사] 2026 회계연도 감사 PBC 자료 요청 목록 송부",
  """박서연 팀장님께

한울회계법인 감사2본부 이정훈 회계사입니다.
2026 회계연도 기말감사 관련하여 사전 준비 자료(PBC) 목록을 첨부와 같이 송부드립니다.

현장감사 일정: 2027년 1월 25일(월) ~ 2월 5일(금), 총 2주
재고실사 입회: 2026년 12월 31일(목) 오후 2시, 시흥 공장

주요 요청 자료
- 12월 말 기준 시산표 및 계정별 원장
- 은행 조회서 발송 대상 계좌 목록 (차입금, 예금, 당좌 포함)
- 매출채권 연령분석표 및 대손충당금 산정 근거
- 3분기 이후 신규 체결된 차입 약정서 및 담보 제공 내역
- 특수관계자 거래 내역

은행 조회서와 채권 조회서는 저희가 직접 발송하고 회신도 저희 쪽으로 받게 되어 있으니, 주소 목록만 12/18까지 회신 부탁드립니다.

감사합니다.
이정훈 드림 | 02-3781-5590
""", to="sypark", via="corp", dkim="mail",
  attach=[("xlsx", "2026_기말감사_PBC_요청목록_선우엔지니어링.xlsx")])

H(("Bluepeak Ventures 서지안", "jian.seo@bluepeak-vc.com"), "다온소프트 Series A 후속 논의 - IR 자료 업데이트 요청",
  """정민호 대표님 안녕하세요,

지난주 IR 미팅 감사했습니다. 파트너 회의에서 긍정적으로 논의되었고, 투자심의위원회 상정 전에 몇 가지 자료 업데이트를 부탁드리고 싶습니다.

1. 월별 매출(MRR)과 해지율: 2025년 1월부터 2026년 10월까지
2. 주요 고객 10곳의 계약 기간 및 갱신 예정일
3. 기존 주주명부와 전환사채(CB) 전환 조건
4. 2027년 채용 계획 및 번레이트 추정

밸류에이션은 pre 120억 기준으로 이야기 나눴던 선에서 크게 벗어나지 않을 것 같습니다.
자료는 데이터룸(기존 공유드린 구글 드라이브 폴더)에 올려주시면 되고, 다음 주 중 30분 정도 통화 가능하신 시간 알려주세요.

서지안 드림
Principal, Bluepeak Ventures
""", to="mhjung", via="gmail", dkim=("bluepeak-vc.com", "google"), mid=2, bstyle="gmail", shape="alt")

H(("이가은", "gaeun.lee.dev@gmail.com"), "Re: [다온소프트] 백엔드 개발자 1차 면접 일정 안내",
  """안녕하세요, 최유나 매니저님.

면접 일정 안내 감사드립니다.
제안 주신 일정 중 12월 3일(목) 오후 2시가 가능합니다. 판교 사무실로 방문하면 될까요?

과제 전형 때 제출했던 코드에 대한 질문도 있다고 하셔서, 노트북 지참하겠습니다.
현재 재직 중이라 혹시 일정이 변경되면 하루 전까지만 알려주시면 감사하겠습니다.

이가은 드림
010-4418-2093

2026년 11월 24일 (화) 오후 4:21, 최유나 <yuna@daonsoft.kr>님이 작성:
> 이가은 님, 안녕하세요. 다온소프트 인사담당 최유나입니다.
> 서류 및 과제 전형 합격을 축하드립니다. 1차 면접은 기술 면접(60분)으로 진행되며,
> 12/2(수) 10시, 12/3(목) 14시, 12/4(금) 16시 중 가능한 시간을 회신 부탁드립니다.
""", to="yuna", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", in_reply_to="daonsoft.kr",
  date=(2026, 11, 24, 22, 8))

H(("원티드", "noreply@wanted.co.kr"), "[원티드] 백엔드 개발자(Python) 포지션에 새로운 지원자가 있습니다",
  """다온소프트 채용 담당자님, 안녕하세요.

등록하신 [백엔드 개발자(Python/Django) 3년 이상] 포지션에 새로운 지원자 3명이 있습니다.

- 지원자 A (경력 4년, 핀테크)
- 지원자 B (경력 6년, 이커머스)
- 지원자 C (경력 3년, SI)

지원자 이력서와 추천 사유는 원티드 기업 대시보드에서 확인하실 수 있습니다.
https://www.wanted.co.kr/dashboard/recruitment

지원자에게는 7일 이내에 서류 결과를 알려주시는 것을 권장합니다. 응답률이 높은 기업은 추천 우선순위가 올라갑니다.

원티드랩 | 서울특별시 송파구 올림픽로 300, 롯데월드타워 35층
이 메일은 채용 관련 필수 알림으로, 수신 동의 여부와 관계없이 발송됩니다.
""", to="yuna", via="esp", dkim="s1", shape="alt")

H(("오세훈 (영업2팀)", "shoh@seonwoo-eng.co.kr"), "[영업2팀] 12월 워크숍 (가평 1박 2일) 일정 및 회비 안내",
  """영업2팀 여러분 안녕하세요, 총무 오세훈입니다.

올해 팀 워크숍 일정이 확정되어 공유드립니다.

일시: 12월 10일(목) ~ 11일(금), 1박 2일
장소: 가평 청평호 인근 펜션 (단체 예약 완료, 12인실 2동)
출발: 10일 오전 9시 본사 주차장 (회사 승합차 2대, 카풀 가능하신 분은 따로 말씀해주세요)

프로그램
- 10일 오후: 2027년 영업 목표 및 거래처별 전략 회의 (팀장님 발표)
- 10일 저녁: 바비큐 + 레크리에이션
- 11일 오전: 수상레저(선택) 또는 자유시간, 점심 후 복귀

회비: 1인 5만원 (회사 지원금 외 주류·간식비)
계좌: 카카오뱅크 3333-04-7718230 오세훈 — 12월 4일까지 부탁드립니다.

알레르기나 못 드시는 음식 있으면 회신 주세요. 술 안 드시는 분들 음료도 넉넉히 준비하겠습니다.
""", to="tykim", via="corp", dkim="sw2026")

H(("박서연", "sypark@seonwoo-eng.co.kr"), "금요일 회식 장소 투표 (삼겹살 vs 횟집 vs 오마카세)",
  """다들 이번 주 분기 마감 고생 많으셨습니다!

금요일 저녁 7시 회식 장소 투표 받습니다. 오늘 퇴근 전까지 이 메일에 답장으로 번호만 보내주세요.

1) 역삼역 숙성 삼겹살 (지난번 그 집, 룸 가능)
2) 선릉 횟집 (대방어 시즌이라고 하네요)
3) 오마카세 - 인당 예산 초과라 팀장님 카드 찬스가 필요합니다 ㅎㅎ

2차는 노래방 희망자만, 강요 없습니다. 다음 날 오전 근무자 있으니 적당히 마셔요.
차 가져오시는 분들은 대리비 회사에서 처리 안 되니 참고하세요.

박서연 드림
""", to="tykim", via="corp", dkim="sw2026", cc=[("이도현", "dhlee@seonwoo-eng.co.kr")])

H(("김하늘", "haneul.kim88@naver.com"), "결제가 두 번 됐습니다. 환불 요청합니다 (주문번호 DS-260-48127)",
  """다온소프트 고객센터 담당자님께

11월 20일에 다온 스케줄러 프로 연간 구독(99,000원)을 결제했는데, 카드 명세서를 보니 같은 금액이 두 번 승인되어 있습니다.
캡처 첨부하려고 했는데 용량 때문에 안 올라가서 내용만 적습니다.

- 승인일시: 2026-11-20 21:14, 21:15
- 카드: 신한카드 끝자리 4417
- 금액: 99,000원 x 2

고객센터 채팅으로 벌써 두 번 문의했는데 "확인 후 연락드리겠다"는 답변만 받고 5일째 아무 연락이 없습니다.
솔직히 많이 실망스럽습니다. 이번 주 안에 중복 결제분 취소해주시지 않으면 카드사에 이의제기하고 한국소비자원에도 신고할 생각입니다.

회신 부탁드립니다.
김하늘 / 010-9302-7716
""", to="support", via="naver", dkim=("naver.com", "s20171208"), mid=0, headers=["X-Mailer: NAVER Mail"],
  date=(2026, 11, 25, 23, 2))

H(("법무법인 세진 변호사 윤서영", "syyoon@sejinlaw.co.kr"), "[법무법인 세진] 미수 물품대금 관련 내용증명 발송 및 향후 절차 안내",
  """(주)선우엔지니어링 박서연 팀장님께

법무법인 세진 윤서영 변호사입니다.
의뢰하신 (주)태성산업의 미수 물품대금(47,850,000원) 건과 관련하여 진행 상황을 말씀드립니다.

1. 내용증명 발송
 11월 23일 태성산업 대표이사 앞으로 내용증명 우편을 발송하였고, 11월 25일 수령 확인되었습니다.
 내용증명에는 12월 10일까지 지급하지 않을 경우 법적 조치에 착수한다는 내용을 기재하였습니다.

2. 향후 절차
 기한 내 미지급 시, 채무자가 금액 자체를 다투지 않는 상황이므로 지급명령 신청을 우선 권해드립니다.
 소송보다 비용과 기간이 적게 들고, 이의신청이 없으면 확정판결과 같은 효력이 있습니다.
 채무자 재산 상태가 우려된다면 지급명령과 함께 부동산 또는 채권 가압류를 검토하겠습니다.

3. 필요 자료
 거래명세서, 세금계산서 발행 내역, 납품 확인서(수령 서명본), 최근 독촉 이메일 사본

착수금 및 성공보수는 지난번 위임계약서 조건대로이며, 인지대·송달료 등 실비는 별도로 청구드리겠습니다.

윤서영 변호사
법무법인 세진 | 서울 서초구 서초대로 000, 7층 | 02-3476-8820
본 메일은 변호사-의뢰인 간 비밀유지 대상입니다. 잘못 수신하신 경우 삭제해 주시기 바랍니다.
""", to="sypark", via="corp", dkim="default", shape="alt",
  attach=[("pdf", "내용증명_태성산업_20261123.pdf", "Certified letter")])

H(("정세무회계 김민재 세무사", "tax.kim@jungtax.kr"), "[정세무회계] 2026년 2기 부가세 예정신고 결과 및 12월 준비 자료",
  """정민호 대표님 안녕하세요.
정세무회계 김민재 세무사입니다.

10월 부가가치세 예정 고지분(1,284,000원)은 10월 26일 납부 확인되었습니다.
2기 확정신고(2027년 1월 25일 기한)를 위해 아래 자료를 12월 말까지 준비 부탁드립니다.

- 법인카드 사용 내역 중 업무 무관 지출 표시 (접대비, 개인 사용분 구분)
- 해외 SaaS 결제 내역 (AWS, Slack 등) — 대리납부 대상 여부 확인 필요
- 10~12월 매출 세금계산서 중 수정 발행 건
- 정부지원 R&D 과제 협약서 (연구인력개발비 세액공제 검토용)

그리고 대표님께서 문의하셨던 가지급금 정리 건은 연말 전에 상여 처리보다는 상환하시는 쪽이 세부담이 적습니다. 다음 주 통화로 자세히 설명드리겠습니다.

김민재 드림 | 정세무회계 | 031-701-4455
""", to="mhjung", via="daum", dkim=("jungtax.kr", "daumkakao"), shape="plain")

H(("이도현", "dhlee@seonwoo-eng.co.kr"), "[내부감사] 11월 법인카드 사용 내역 점검 결과 및 소명 요청", date=(2026, 11, 27, 10, 20),
  text="""각 팀 법인카드 관리자님께

감사팀 요청으로 11월 법인카드 사용 내역을 점검한 결과, 아래 건에 대해 소명 자료가 필요합니다.
12월 4일(금)까지 영수증과 참석자 명단(접대비의 경우 거래처명 포함)을 인사총무팀으로 제출해 주세요.

- 11/06 23:48 유흥주점 업종 결제 1건 (영업2팀) — 업종 코드상 접대비 한도 별도 관리 대상
- 11/14 주말 골프장 결제 2건 (구매팀)
- 11/21 편의점 상품권 구매 300,000원 (생산관리팀) — 상품권 구매는 사전 품의 필수
- 같은 가맹점 동일 금액 분할 결제 의심 3건

개인 사용이 확인된 경우 급여에서 공제 후 재발 방지 서약서를 받게 됩니다.
문의: 내선 213
""", to_pool=["tykim", "purchase"], via="corp", dkim="sw2026")

H(("대양정밀 경영지원팀 김수정", "sjkim@daeyang-precision.co.kr"), "[대양정밀] 거래 은행 계좌 변경 안내 (공문 첨부, 유선 확인 요청)",
  """(주)선우엔지니어링 구매팀·재무팀 담당자님께

항상 거래에 감사드립니다. 대양정밀 경영지원팀 김수정입니다.

당사 주거래 은행 변경에 따라 2027년 1월 1일 결제분부터 대금 수령 계좌가 변경됩니다.
대표이사 직인이 날인된 공문과 통장 사본을 첨부드립니다.

- 변경 전: 기업은행 (기존 등록 계좌)
- 변경 후: 하나은행 (상세 계좌는 첨부 공문 참조)
- 적용 시점: 2027년 1월 결제분부터 (12월 결제분까지는 기존 계좌)

최근 거래처를 사칭한 계좌 변경 사기 메일이 많다고 하여, 반드시 귀사가 기존에 보유하신 당사 대표번호(031-497-5500)로 전화하셔서 저 또는 한상우 대리에게 확인하신 후 등록해 주시기 바랍니다.
이메일로 회신만 주시는 것은 받지 않겠습니다. 번거로우시겠지만 양해 부탁드립니다.

김수정 드림 | (주)대양정밀 경영지원팀
""", to="purchase", via="corp", dkim="daeyang", cc=[("박서연", "sypark@seonwoo-eng.co.kr")],
  attach=[("pdf", "공문_거래계좌변경_대양정밀.pdf", "Notice of bank change"), ("pdf", "통장사본_하나은행.pdf", "Bank book copy")])

H(("네이버 예약", "naverbooking_noreply@navercorp.com"), "[네이버 예약] 오늘 확정된 예약이 있습니다 - 선릉 바다횟집 (12/4 19:00, 12명)",
  """박서연님, 예약이 확정되었습니다.

업체명: 선릉 바다횟집
예약일시: 2026.12.04.(금) 오후 7:00
인원: 12명 (룸 요청)
메뉴: 대방어 코스 (1인 55,000원) x 12
예약금: 120,000원 (네이버페이 결제 완료)

요청사항: 회사 송년회입니다. 술은 현장에서 주문할게요.

취소 및 변경은 이용일 2일 전까지 가능하며, 이후 취소 시 예약금은 환불되지 않습니다.
예약 내역 확인: https://booking.naver.com/my/bookings

본 메일은 발신 전용입니다.
""", to="sypark", via="naver", envelope="naverbooking_noreply@navercorp.com", dkim=("navercorp.com", "s20171208"), shape="alt")

H(("정민호", "mhjung@daonsoft.kr"), "Fwd: 분기 오프사이트 장소 후보 (강릉 vs 제주) + 예산", date=(2026, 11, 18, 13, 25),
  text="""유나님, 아래 건 검토해서 금요일까지 하나로 정리 부탁해요.
인원은 인턴 포함 14명으로 잡고, 항공권은 법인카드로 한 번에 결제하는 게 편할 것 같습니다.
개인적으로는 강릉 쪽이 이동이 편해서 더 좋아 보여요. 1일차 저녁은 회사에서 쏩니다.

---------- Forwarded message ---------
From: 트래블웍스 박지성 <jspark@travelworks.co.kr>
Date: 2026년 11월 18일 (수) 오전 11:02
Subject: 분기 오프사이트 장소 후보

대표님, 요청하신 12월 오프사이트 후보 정리드립니다.
1안) 강릉 경포 호텔 세미나실 + 숙박 2박: 1인 약 38만원 (KTX 왕복 포함)
2안) 제주 중문 리조트 세미나실 + 숙박 2박: 1인 약 52만원 (항공 포함, 렌터카 별도)
두 곳 모두 12월 둘째 주 평일 가능합니다. 확정은 12월 1일까지 주셔야 합니다.
""", to="yuna", via="corp", dkim="google", mid=2)

H(("Kim, Jaewon", "jaewon.kim@nordlicht-industrial.de"), "Re: 세금계산서 발행 - English summary below / 영문 요약",
  """박서연 팀장님,

독일 본사 재무팀 확인 결과, 한국 지사 앞으로 발행해주신 세금계산서는 문제가 없고 10월분 인보이스 EUR 14,200은 12월 3일 송금 예정입니다.
송금 수수료는 기존 합의대로 각자 부담(SHA)입니다.

English summary for the finance team (cc):
- Korean tax invoice for October received and accepted.
- Payment of EUR 14,200 scheduled for 3 Dec 2026, charges SHA.
- No change in beneficiary details; please continue using the account on file.

Best regards,
Jaewon Kim
Nordlicht Industrial GmbH, Korea Branch
""", to="sypark", via="m365", dkim="selector2", in_reply_to="seonwoo-eng.co.kr",
  cc=[("Accounts Payable", "ap@nordlicht-industrial.de")], charset="utf-8")

H(("최유나", "yuna@daonsoft.kr"), "[전사공지] 12월 연차 사용 촉진 및 송년회 안내",
  """다온 가족 여러분, 최유나입니다.

1. 연차 사용 촉진
 올해 잔여 연차는 12월 31일에 소멸됩니다. 근로기준법상 연차 사용 촉진 절차에 따라 잔여 연차가 5일 이상인 분께는 개별 안내를 드렸습니다. 휴가 계획은 플렉스에 12월 10일까지 등록 부탁드려요.

2. 송년회
 일시: 12월 18일(금) 오후 6시 30분
 장소: 판교 사무실 라운지 (케이터링)
 럭키드로우 경품: 닌텐도 스위치, 에어팟, 백화점 상품권 등 (상품권은 회사 비용으로 구매했고 세금 처리 완료된 것입니다 ㅎㅎ)

3. 사내 동호회 지원금
 2026년 하반기 동호회 지원금 정산 영수증은 12월 15일까지 제출해 주세요.

즐거운 연말 보내세요!
""", to_pool=["mhjung", "support"], via="corp", dkim="google", shape="alt")
# ------------------------------------------------------------------ HAM (2)
# school, academy, church, clubs, apartment, clinics

H(("수리영재수학학원", "office@suri-math.kr"), "[수리영재수학] 12월 수강료 납부 및 기말고사 대비 주말 특강 안내",
  """학부모님 안녕하세요. 수리영재수학학원입니다.

1. 12월 수강료 납부 안내
 - 중2 심화반(월·수·금): 420,000원 / 교재비 별도 18,000원
 - 납부 기간: 12월 1일 ~ 12월 5일
 - 납부 방법: 학원 카드 결제, 결제선생 문자 링크, 또는 계좌이체
   (국민은행 004-21-0418-377 수리영재수학학원 / 학생 이름으로 입금해 주세요)
 - 교육청 신고 수강료 기준이며, 영수증은 현금영수증으로 자동 발급됩니다.

2. 기말고사 대비 주말 특강
 - 12월 5일, 12일(토) 오후 2시 ~ 6시
 - 대상: 대청중, 숙명여중 2학년 (학교별 기출 분석 자료 제공)
 - 특강비 무료 (재원생)

3. 겨울방학 특강 설명회: 12월 19일(토) 오전 11시, 학원 3층 세미나실

결석 시에는 하루 전까지 담임 선생님께 문자 부탁드립니다.
서울 강남구 대치동 / 교습소 등록번호 제0000호 / 02-557-0000
""", to="hyejin", via="corp", dkim=None, shape="alt")

H(("대도초등학교 5학년 3반 담임 윤서진", "sjyoon77@sen.go.kr"), "[5-3] 2학기 학부모 상담 주간 및 현장체험학습 안내",
  """5학년 3반 학부모님께

안녕하세요, 담임 윤서진입니다. 아침저녁으로 날씨가 많이 쌀쌀해졌습니다.

1. 2학기 학부모 상담 주간
 - 기간: 12월 7일(월) ~ 12월 11일(금)
 - 방법: 대면 또는 전화 상담 중 선택
 - 하이클래스 알림장의 설문으로 희망 일시를 12월 3일까지 남겨주세요.

2. 현장체험학습(국립과천과학관)
 - 일시: 12월 15일(화) 08:50 학교 출발, 14:30 도착 예정
 - 준비물: 도시락, 물, 활동지, 필기구
 - 체험학습비는 교육청 지원으로 별도 납부가 없습니다.

3. 참고: 최근 '학교 급식비 환불' 또는 '스쿨뱅킹 계좌 변경'을 사칭한 문자가 돌고 있다고 합니다. 학교는 문자로 계좌 변경을 요청하지 않으니 주의해 주세요.

감사합니다.
""", to="hyejin", via="corp", relay="mail.sen.go.kr", dkim="sen", shape="plain")

H(("새빛교회 교육부", "edu@saebit-church.or.kr"), "[새빛교회] 추수감사주일 예배 및 연말 구제헌금 안내",
  """새빛교회 성도님들께

은혜와 평강이 함께하시기를 기도합니다.

■ 추수감사주일 연합예배
 - 11월 29일(주일) 오전 11시, 본당 (1부·2부 통합)
 - 예배 후 교회 식당에서 전교인 애찬이 있습니다.

■ 연말 구제헌금
 지역 내 독거 어르신과 한부모 가정을 위한 김장·연탄 나눔에 사용됩니다.
 - 헌금 봉투 또는 온라인 헌금: 농협 351-0000-4471-93 (예금주: 새빛교회)
 - 기부금 영수증이 필요하신 분은 사무실로 주민등록번호 뒷자리를 제외한 정보를 알려주세요.

■ 성탄 발표회 연습
 유초등부 어린이 성탄 발표회 연습이 12월 6일부터 매주 주일 오후 1시에 있습니다.

문의: 교회 사무실 02-000-0000 (화~토 10시~5시)
""", to="jiwon", via="corp", dkim=None)

H(("북한산 토요산악회 총무", "bukhansan.club@daum.net"), "[토요산악회] 12월 정기산행 (도봉산 송년산행) 및 회비 안내",
  """회원님들 안녕하세요, 총무 배성철입니다.

12월 정기산행은 송년산행으로 도봉산에 갑니다.

일시: 12월 12일(토) 오전 9시 도봉산역 1번 출구 집결
코스: 도봉탐방지원센터 - 마당바위 - 신선대 - 도봉산역 (약 5시간, 중급)
준비물: 아이젠(필수, 응달 결빙), 방한복, 헤드랜턴, 점심

산행 후 뒤풀이: 도봉산역 앞 '산마루' (파전에 막걸리, 회비에 포함)
회비: 2만원 (당일 현장 납부 또는 총무 계좌 우리 1002-000-118291 배성철)

그리고 올해 회계 결산 자료는 송년회 때 공유하겠습니다.
지난달 회식 때 빌려드린 스틱 두 개, 주인 찾아가세요 ^^

총무 배성철 드림 / 010-3372-0000
""", to="minsu", via="daum", dkim=("daum.net", "daumkakao"))

H(("한결고 29회 동창회", "hangyeol29@naver.com"), "[한결고 29회] 졸업 30주년 송년 동창회 안내 (12/19 토)",
  """29회 동기 여러분, 반갑습니다!

어느덧 졸업 30주년이 되었습니다. 올해 송년 동창회는 조금 크게 준비했습니다.

일시: 2026년 12월 19일(토) 오후 6시
장소: 강남역 ○○호텔 2층 그랜드볼룸 (뷔페)
회비: 1인 10만원 (부부 동반 15만원)
입금: 신한 110-000-493827 (예금주 김동혁, 동창회 총무)
   → 입금하실 때 "반-이름" 으로 적어주세요 (예: 3-강민수)

은사님 세 분(김○○, 박○○, 이○○ 선생님)이 오시기로 했습니다.
행운권 추첨 경품 후원해 주실 분은 회장단에게 연락 부탁드립니다.

참석 여부는 12월 10일까지 단톡방 투표나 이 메일 답장으로 알려주세요.
연락 끊긴 친구들에게도 꼭 전달 부탁해요.

회장 오준영, 총무 김동혁 드림
""", to="minsu", via="naver", dkim=("naver.com", "s20171208"), headers=["X-Mailer: NAVER Mail"])

H(("래미안한결 관리사무소", "office@raemian-hangyeol.kr"), "[관리사무소] 2026년 11월분 관리비 부과 내역 및 납부 안내",
  """입주민 여러분께 알려드립니다.

2026년 11월분 관리비 고지서가 각 세대 우편함에 배부되었으며, 전자고지 신청 세대에는 이메일로 발송합니다.

■ 납부 마감일: 12월 25일(금)
■ 세대 평균(84㎡): 312,480원 (전월 대비 +18,200원)
 - 난방비 증가: 난방 시작에 따른 사용량 증가
 - 장기수선충당금: 입주자대표회의 의결(10월 정기회의)에 따라 ㎡당 30원 인상
■ 납부 방법: 은행 자동이체, 가상계좌(고지서 하단 세대별 계좌), 아파트아이·K-apt 앱 카드 납부

※ 관리사무소는 개인 명의 계좌로 관리비 입금을 요청하지 않습니다. 고지서에 인쇄된 세대별 가상계좌만 사용해 주세요.
※ 연체 시 연체료(월 2%)가 부과됩니다.

래미안한결 관리사무소 | 관리소장 한정수 | ☎ 02-000-4400
""", to="jiwon", via="corp", dkim=None, shape="alt")

H(("래미안한결 관리사무소", "office@raemian-hangyeol.kr"), "[긴급] 12/2(수) 저수조 청소에 따른 단수 안내 (101~108동)",
  """입주민 여러분께 안내드립니다.

먹는물관리법에 따른 정기 저수조 청소 및 수질검사를 아래와 같이 실시합니다.
작업 시간 동안 단수되오니 미리 생활용수를 받아두시기 바랍니다.

일시: 2026년 12월 2일(수) 오전 9시 ~ 오후 5시 (작업 상황에 따라 조기 종료 가능)
대상: 101동 ~ 108동 전 세대 (109동, 110동은 해당 없음)

유의사항
1. 단수 중 수도꼭지를 잠가 주시고, 급수 재개 후 처음 나오는 물은 잠시 흘려보낸 뒤 사용하세요.
2. 보일러는 단수 시간 동안 '외출' 모드로 설정해 주세요.
3. 정수기, 비데, 세탁기 등 직결 제품은 급수 재개 후 점검해 주세요.

불편을 드려 죄송합니다.
관리사무소 ☎ 02-000-4400
""", to="hyejin", via="corp", dkim=None)

H(("래미안한결 입주자대표회의", "council@raemian-hangyeol.kr"), "[입주자대표회의] 11월 정기회의 결과 공고 및 동절기 소독 실시 안내",
  """입주민 여러분께

래미안한결 입주자대표회의 11월 정기회의 결과를 아래와 같이 공고합니다.

■ 의결 사항
1. 지하주차장 LED 조명 교체 공사 업체 선정 (경쟁입찰, 3개사 참여) — 가결
2. 커뮤니티센터 헬스장 운영시간 변경 (06:00~23:00) — 가결
3. 전기차 충전구역 불법 주차 과태료 부과 기준 — 보류 (주민 의견 수렴 후 재상정)

■ 동절기 소독 실시
 일시: 12월 7일(월) ~ 8일(화) 10:00 ~ 18:00 (동별 시간표는 엘리베이터 게시판 참조)
 내용: 세대 내 해충(바퀴벌레 등) 방제, 공용부 및 지하 소독
 부재 세대는 관리사무소에 신청하시면 약제를 문 앞에 비치해 드립니다.

회의록 전문은 아파트 홈페이지와 관리사무소 게시판에서 열람하실 수 있습니다.

입주자대표회의 회장 윤상철
""", to="jiwon", via="corp", dkim=None, shape="alt")

H(("서울대학교병원", "noreply@snuh.org"), "[서울대학교병원] 진료 예약 안내 (12월 8일 소화기내과)",
  """강민수 님, 진료 예약을 안내해 드립니다.

진료일시: 2026년 12월 8일(화) 오전 9시 20분
진료과: 소화기내과 (본관 1층)
예약 내용: 위·대장 내시경 (수면), 결과 상담은 12월 15일 예정

검사 전 주의사항
- 검사 3일 전부터 씨 있는 과일, 김, 미역, 잡곡은 드시지 마세요.
- 검사 전날 저녁 8시 이후 금식, 장 정결제는 안내문에 따라 복용해 주세요.
- 아스피린, 항응고제, 당뇨약을 복용 중이시면 반드시 담당 의사와 상의 후 중단 여부를 결정하세요.
- 수면 내시경 후에는 당일 운전을 하실 수 없습니다. 보호자와 동행해 주세요.

예약 변경은 진료 2일 전까지 홈페이지 또는 앱에서 가능합니다.
https://www.snuh.org

본 메일은 발신 전용입니다. 문의 1588-5700
""", to="minsu", via="esp", dkim="snuh", shape="alt")

H(("온누리봄약국", "onnuribom.pharm@gmail.com"), "[온누리봄약국] 어머님 혈압약 조제 완료 및 복약 안내",
  """오혜진 님 안녕하세요, 온누리봄약국 약사 장현우입니다.

어머님(이순자 님) 처방전 조제가 완료되어 안내드립니다. 내일 오후 6시 전까지 찾아가시면 됩니다.

- 암로디핀 5mg : 1일 1회 아침 식후 (90일분)
- 로수바스타틴 10mg : 1일 1회 저녁 식후 (90일분)
- 본인부담금: 12,300원

자몽주스는 일부 혈압약과 함께 드시면 약효가 달라질 수 있으니 피해주세요.
어지럼증이 계속되시면 처방하신 내과 선생님께 말씀드리는 것이 좋습니다.

지난번 문의하신 어머님 수면유도제는 전문의약품이라 처방전 없이는 드릴 수 없습니다. 다음 진료 때 상의해 보세요.

온누리봄약국 | 02-000-7731
""", to="hyejin", via="gmail", dkim=("gmail.com", "20230601"), mid=2)

H(("국세청", "webmaster@nts.go.kr"), "[국세청] 2026년 귀속 연말정산 미리보기 서비스 개통 안내",
  """국민 여러분, 안녕하십니까. 국세청입니다.

2026년 1월~9월 신용카드 등 사용액을 기반으로 올해 연말정산 예상 세액을 미리 계산해 볼 수 있는 '연말정산 미리보기' 서비스를 개통하였습니다.

■ 이용 방법
 홈택스(www.hometax.go.kr) 로그인 → 장려금·연말정산·전자기부금 → 연말정산 미리보기
 손택스(모바일 앱)에서도 이용할 수 있습니다.

■ 주요 내용
 - 1~9월 신용카드·현금영수증 사용액 자동 반영, 10~12월 예상 사용액 입력
 - 연금저축·IRP 추가 납입 시 절세 효과 시뮬레이션
 - 올해 달라지는 공제 항목 안내

■ 유의 사항
 국세청은 문자나 이메일로 환급금 지급을 위한 계좌번호, 카드번호, 비밀번호를 절대 요구하지 않습니다.
 '환급금 조회' 등을 가장한 문자의 인터넷 주소(URL)는 누르지 마시기 바랍니다.

국세청 홈택스 https://www.hometax.go.kr
국세상담센터 ☎ 126
""", to="tykim", via="esp", relay="mail.nts.go.kr", dkim="nts", shape="alt")

H(("서울특별시", "news@seoul.go.kr"), "[서울시] 2026년 하반기 서울 청년월세 지원 선정 결과 안내",
  """강지원 님, 안녕하세요. 서울특별시 청년정책과입니다.

신청하신 2026년 하반기 서울 청년월세 지원 사업 심사 결과를 안내드립니다.

■ 결과: 선정
■ 지원 내용: 월 최대 20만원, 최장 12개월 (실제 납부 월세 범위 내)
■ 지급 방법: 매월 월세 이체 증빙 제출 후 신청 시 등록한 본인 명의 계좌로 지급
■ 첫 증빙 제출 기간: 2026년 12월 1일 ~ 12월 15일

증빙 제출 및 지급 내역은 서울청년몽땅정보통 누리집에서 확인하세요.
https://youth.seoul.go.kr

※ 서울시는 지원금 지급을 이유로 수수료 입금, 개인 비밀번호, 공인인증서를 요구하지 않습니다.
※ 본 메일은 발신전용입니다. 문의: 다산콜센터 120
""", to="jiwon", via="esp", relay="mail.seoul.go.kr", dkim="seoul", shape="alt")

H(("국민건강보험공단", "nhis@nhis.or.kr"), "[국민건강보험] 2026년 건강검진 미수검자 안내 (12월 31일까지)",
  """오혜진 님, 안녕하십니까. 국민건강보험공단입니다.

귀하께서는 2026년 일반건강검진 대상자이나 아직 검진을 받지 않으신 것으로 확인되어 안내드립니다.

■ 검진 기한: 2026년 12월 31일까지
■ 검진 항목: 일반건강검진, 위암 검진(만 40세 이상)
■ 본인부담: 없음 (일반건강검진 기준)
■ 검진기관 찾기: The건강보험 앱 또는 건강iN(https://www.nhis.or.kr)

연말에는 검진기관이 혼잡하오니 미리 예약하시기 바랍니다.
검진 결과는 검진 후 약 2주 뒤 우편 또는 모바일 전자문서로 받아보실 수 있습니다.

국민건강보험공단 고객센터 1577-1000
""", to="hyejin", via="esp", dkim="nhis", shape="alt")

H(("국민연금공단", "webmaster@nps.or.kr"), "[국민연금] 2026년 국민연금 가입내역 안내서",
  """강민수 님께

국민연금공단에서 2026년 10월 말 기준 귀하의 국민연금 가입내역을 알려드립니다.

- 총 가입기간: 218개월
- 납부한 보험료 총액: 58,213,400원
- 예상 연금월액(65세 수급 시, 현재가치): 약 1,142,000원

예상 연금월액은 현재까지의 가입 내역과 향후 납부 가정을 기준으로 산정된 금액으로, 실제 수령액과 다를 수 있습니다.
추후납부, 반납 등으로 가입기간을 늘리실 수 있으니 상세 내용은 내곁에국민연금(https://www.nps.or.kr)에서 확인하세요.

국민연금공단 ☎ 1355
""", to="minsu", via="esp", dkim="nps")

H(("한국전력공사", "ebill@kepco.co.kr"), "[한국전력] 2026년 11월 전기요금 청구서 (고객번호 끝자리 **-4417)",
  """고객님, 한국전력공사입니다.
2026년 11월분 전기요금을 안내해 드립니다.

사용기간: 10월 14일 ~ 11월 13일
사용량: 387kWh
청구금액: 71,840원 (부가세, 전력기반기금 포함)
납기일: 2026년 12월 10일
납부 방법: 등록된 자동이체 계좌에서 납기일에 출금됩니다.

에너지캐시백 참여 시 절감량에 따라 캐시백을 받으실 수 있습니다.
요금 상세 조회 및 납부: https://online.kepco.co.kr

한전은 전화·문자로 미납 요금 즉시 입금이나 단전 예고 후 개인 계좌 이체를 요구하지 않습니다.
고객센터 국번 없이 123
""", to="jiwon", via="esp", dkim="kepco", shape="alt")

H(("정부24", "minwon@gov.kr"), "[정부24] 신청하신 민원 처리가 완료되었습니다 (전입신고)", date=(2026, 11, 4, 15, 22),
  text="""강지원 님, 신청하신 민원의 처리 결과를 알려드립니다.

민원명: 전입신고
접수번호: 2026-1104-0000-3315
처리기관: 서울특별시 마포구 서교동 주민센터
처리일시: 2026-11-04 15:21
처리결과: 처리완료

전입신고 완료 후 확정일자는 별도로 부여받으셔야 합니다.
민원 처리 내역은 정부24(https://www.gov.kr) 나의 생활정보 > 민원 신청내역에서 확인하실 수 있습니다.

본 메일은 발신전용입니다. 정부민원안내콜센터 ☎ 110
""", to="jiwon", via="esp", relay="mail.gov.kr", dkim="gov", shape="alt")
# ------------------------------------------------------------------ HAM (3)
# real banks, cards, insurers, securities, couriers, shops, apps

H(("신한은행", "shinhanbank@shinhan.com"), "[신한은행] 정기예금 만기 도래 안내",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;background:#f4f6fa;">
<table width="600" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:'Malgun Gothic',dotum,sans-serif;font-size:14px;color:#222;">
<tr><td style="padding:20px 30px;border-bottom:3px solid #0046ff;"><img src="https://www.shinhan.com/images/mail/logo_shinhan.png" alt="신한은행" width="120" height="28"></td></tr>
<tr><td style="padding:30px;line-height:1.7;">
<b>강민수</b> 고객님, 안녕하세요.<br>
고객님께서 가입하신 예금의 만기가 다가와 안내드립니다.<br><br>
<table width="100%" cellpadding="8" cellspacing="0" style="border-top:1px solid #333;font-size:13px;">
<tr><td width="35%" style="border-bottom:1px solid #ddd;background:#f7f8fa;">상품명</td><td style="border-bottom:1px solid #ddd;">쏠편한 정기예금</td></tr>
<tr><td style="border-bottom:1px solid #ddd;background:#f7f8fa;">계좌번호</td><td style="border-bottom:1px solid #ddd;">110-***-***512</td></tr>
<tr><td style="border-bottom:1px solid #ddd;background:#f7f8fa;">만기일</td><td style="border-bottom:1px solid #ddd;">2026.12.14</td></tr>
<tr><td style="border-bottom:1px solid #ddd;background:#f7f8fa;">만기 처리 방법</td><td style="border-bottom:1px solid #ddd;">원금 및 이자 입출금계좌로 자동 입금</td></tr>
</table><br>
재예치를 원하시면 신한 SOL뱅크 앱 또는 가까운 영업점에서 신청하실 수 있습니다.<br>
<a href="https://www.shinhan.com/" style="color:#0046ff;">신한은행 홈페이지 바로가기</a><br><br>
<span style="font-size:12px;color:#777;">신한은행은 어떠한 경우에도 메일로 보안카드 번호, OTP 번호, 비밀번호 입력을 요구하지 않습니다.<br>
본 메일은 발신전용입니다. 문의: 고객센터 1599-8000</span>
</td></tr></table></body></html>
""", to="minsu", via="esp", dkim="shinhan", shape="alt")

H(("하나카드", "webmaster@hanacard.co.kr"), "[하나카드] 강지원님의 2026년 12월 이용대금명세서입니다",
  """강지원 님, 하나카드 12월 이용대금명세서를 보내드립니다.

결제일: 2026년 12월 14일
결제 계좌: 하나은행 ***-******-*7207
이번 달 결제하실 금액: 1,248,370원
 - 일시불: 892,100원
 - 할부: 296,270원 (노트북 12개월 중 5회차 포함)
 - 해외이용: 60,000원 (USD 43.17, 넷플릭스·스포티파이 등)

하나머니 적립: 4,812 머니

명세서 상세와 해외이용 내역은 하나카드 앱 또는 홈페이지에서 보실 수 있습니다.
https://www.hanacard.co.kr

본인이 이용하지 않은 내역이 있으면 카드 뒷면의 고객센터(1800-1111)로 연락하세요.
""", to="jiwon", via="esp", dkim="hanacard", shape="alt")

H(("삼성화재", "direct@samsungfire.com"), "[삼성화재 다이렉트] 자동차보험 만기 30일 전 안내 (12가 4417)",
  """강민수 고객님, 삼성화재 다이렉트입니다.

고객님의 자동차보험 만기가 30일 남았습니다.

차량번호: 12가 ****
보험기간: 2025.12.28 ~ 2026.12.28
작년 보험료: 842,300원
예상 갱신 보험료: 807,900원 (무사고 할인 적용, 마일리지 특약 환급 별도)

마일리지 특약에 가입하셨다면 만기 전 계기판 사진을 등록해 주셔야 주행거리 할인 환급을 받으실 수 있습니다.
갱신 설계와 가입은 삼성화재 다이렉트에서 가능합니다.
https://direct.samsungfire.com

상담: 1588-5114 (평일 09:00~18:00)
""", to="minsu", via="esp", dkim="samsungfire", shape="alt")

H(("미래에셋증권", "report@miraeasset.com"), "[미래에셋증권] 2026년 10월 월간 거래내역 및 잔고 통보",
  """강지원 고객님의 2026년 10월 거래내역 및 잔고를 알려드립니다.

계좌번호: ***-**-**8831 (종합)
월말 평가금액: 23,418,650원 (전월 대비 +4.2%)

주요 거래
- 10/06 매수 TIGER 미국S&P500 20주
- 10/13 매도 삼성전자 30주
- 10/20 ISA 계좌 이체 2,000,000원

금융투자상품은 예금자보호법에 따라 보호되지 않으며, 원금 손실이 발생할 수 있습니다.
첨부 PDF는 고객님 생년월일 6자리로 열람하실 수 있습니다.

미래에셋증권 고객센터 1588-6800
https://securities.miraeasset.com
""", to="jiwon", via="esp", dkim="miraeasset",
  attach=[("pdf", "거래내역통보서_202610.pdf", "Monthly statement 2026-10")])

H(("한진택배", "noreply@hanjin.com"), "[한진택배] 고객님의 상품이 오늘 배송될 예정입니다",
  """오혜진 고객님, 안녕하세요. 한진택배입니다.

고객님의 상품이 오늘 배송 예정입니다.

운송장번호: 5087-3314-****
보내는 분: (주)컬리
상품명: 생활용품 외 2건
배송 예정 시간: 14시 ~ 18시
배송 기사: 김*수 (서울마포집배점)

배송 조회: https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillSch.do

부재 시 문 앞에 두고 사진으로 알려드립니다.
한진택배는 주소 오류를 이유로 앱 설치나 결제를 요구하지 않습니다.
""", to="hyejin", via="esp", dkim="hanjin", shape="plain")

H(("11번가", "order@11st.co.kr"), "[11번가] 주문이 완료되었습니다 (주문번호 20261122-7741920)", date=(2026, 11, 22, 23, 41),
  text="""강민수님, 주문해 주셔서 감사합니다.

주문번호: 20261122-7741920
주문일시: 2026-11-22 23:41
상품: 다이슨 V12 무선청소기 (정품, 리퍼 아님)
결제금액: 689,000원 (11pay 신한카드 12개월 무이자)
배송지: 서울 마포구 **로 **, 101동 ****호

판매자가 발송 처리하면 배송 정보가 업데이트됩니다. 배송 예정일은 11월 25일입니다.
주문 내역 확인: https://www.11st.co.kr/order

11번가는 판매자의 외부 계좌 입금 요청을 허용하지 않습니다. 11번가 외부에서 결제를 요청받으면 신고해 주세요.
""", to="minsu", via="esp", dkim="11st", shape="alt")

H(("G마켓", "gmarket@gmarket.co.kr"), "[G마켓] 환불이 완료되었습니다",
  """오혜진 고객님, 환불 처리가 완료되어 안내드립니다.

주문번호: 4217783301
상품명: 유아용 전기매트 (단순변심 반품)
환불금액: 54,800원 (반품 배송비 6,000원 차감)
환불수단: 스마일페이 KB국민카드 → 카드사 승인취소 (영업일 기준 3~5일 소요)

환불 상세 내역은 G마켓 나의 쇼핑정보에서 확인할 수 있습니다.
https://www.gmarket.co.kr

감사합니다.
""", to="hyejin", via="esp", dkim="gmarket", shape="alt")

H(("무신사", "no-reply@musinsa.com"), "[무신사] 주문하신 상품이 출고되었습니다", date=(2026, 11, 26, 16, 5),
  text="""강지원님, 주문하신 상품이 출고되었어요.

주문번호: 202611260183417
상품: 무신사 스탠다드 캐시미어 블렌드 오버사이즈 코트 (차콜, L) 1개
택배사: CJ대한통운
송장번호: 6892****5510

내일 도착 예정이에요. 배송 조회는 무신사 앱 > 마이 > 주문내역에서 가능해요.
https://www.musinsa.com/order/order-list

사이즈가 맞지 않으면 수령 후 7일 이내 무료 교환 신청하실 수 있어요.
""", to="jiwon", via="esp", dkim="musinsa", shape="alt")

H(("야놀자", "noreply@yanolja.com"), "[야놀자] 예약이 확정되었습니다 - 강릉 씨마크 인근 오션뷰 호텔",
  """강민수님, 예약이 확정되었습니다.

숙소: 강릉 경포 오션뷰 호텔 (디럭스 더블, 오션뷰)
체크인: 2026.12.12 (토) 15:00
체크아웃: 2026.12.13 (일) 11:00
결제금액: 168,000원 (쿠폰 20,000원 할인 적용)
예약번호: YN26121200183

취소 규정: 체크인 3일 전까지 무료 취소, 이후 취소 수수료 100%
예약 확인: https://www.yanolja.com/mypage/reservations

즐거운 여행 되세요!
""", to="minsu", via="esp", dkim="yanolja", shape="alt")

H(("컬리", "noreply@kurly.com"), "[컬리] 샛별배송 주문이 접수되었어요", date=(2026, 11, 26, 20, 47),
  text="""오혜진님, 주문이 정상적으로 접수되었어요.

주문번호: 1764829911047
도착 예정: 내일(11/27) 아침 7시 전 샛별배송
결제금액: 83,450원 (컬리페이)

주문 상품
- [KF365] 1등급 한우 국거리 300g
- 유기농 시금치 250g
- 제주 감귤 2kg
- 저당 그릭요거트 외 4건

공동현관 출입 방법이 바뀌었다면 밤 11시 전에 앱에서 수정해 주세요.
https://www.kurly.com/mypage/order
""", to="hyejin", via="esp", dkim="kurly", shape="html")

H(("당근", "noreply@daangn.com"), "[당근] 새로운 기기에서 로그인되었어요", date=(2026, 11, 19, 21, 15),
  text="""강지원님, 새로운 기기에서 당근 계정에 로그인했어요.

기기: iPhone 16 Pro
위치: 서울특별시 마포구 (추정)
일시: 2026년 11월 19일 오후 9:14

본인이 로그인한 것이 맞다면 이 메일은 무시하셔도 됩니다.
본인이 아니라면 당근 앱 > 나의 당근 > 설정 > 계정/정보 관리에서 다른 기기 로그아웃을 눌러 주세요.

※ 당근은 거래 대금을 안전결제 링크로 문자나 메일로 보내지 않아요. 채팅방 밖의 결제 링크는 사기일 수 있어요.
https://www.daangn.com
""", to="jiwon", via="esp", dkim="daangn", shape="alt")

H(("쏘카", "help@socar.kr"), "[쏘카] 이용 중 발생한 과태료 처리 안내",
  """강민수 님, 쏘카입니다.

고객님 이용 기간 중 발생한 과태료(주정차 위반)가 쏘카로 부과되어 안내드립니다.

예약번호: 88201347
이용기간: 2026.10.17 10:00 ~ 10.17 19:00
위반일시: 2026.10.17 14:22
위반장소: 서울 종로구 인사동길 (어린이보호구역 아님)
부과기관: 서울특별시 종로구청
과태료: 40,000원 + 처리 수수료는 없습니다

이용약관에 따라 과태료는 고객님 명의로 부과기관에 명의 변경(운전자 전가) 처리되며, 고지서는 주소지로 우편 발송됩니다.
쏘카를 통해 별도 결제하실 필요는 없습니다.

문의: 쏘카 앱 > 고객센터
https://www.socar.kr
""", to="minsu", via="esp", dkim="socar", shape="alt")

H(("카카오뱅크", "noreply@kakaobank.com"), "[카카오뱅크] 마이너스통장 대출 기간 만료 예정 안내",
  """강지원 고객님, 카카오뱅크입니다.

이용 중이신 대출의 기간 만료가 다가와 안내드립니다.

상품명: 신용대출 (마이너스통장)
한도: 30,000,000원 / 현재 사용액: 4,820,000원
만기일: 2026년 12월 21일
현재 금리: 연 5.12% (변동)

만기일 전 카카오뱅크 앱에서 기간연장을 신청하실 수 있으며, 신용 상태에 따라 한도와 금리가 조정될 수 있습니다.
만기일까지 연장하지 않으시면 사용 금액을 상환하셔야 하며, 미상환 시 연체이자가 부과됩니다.

카카오뱅크는 전화나 문자로 대출 상품을 권유하거나 앱 설치를 요청하지 않습니다.
https://www.kakaobank.com
고객센터 1599-3333
""", to="jiwon", via="esp", dkim="kakaobank", shape="alt")

H(("쿠팡", "help@coupang.com"), "[쿠팡] 반품 접수가 완료되었습니다", date=(2026, 11, 25, 19, 12),
  text="""오혜진 고객님, 반품 접수가 완료되었습니다.

주문번호: 31000187734201
반품 상품: 로켓배송 니트 가디건 (베이지, M)
회수 예정일: 11월 27일 (쿠팡친구가 방문 회수)
환불 예정 금액: 39,900원 → 회수 완료 후 결제 수단으로 환불

포장 박스가 없으면 비닐 봉투에 담아 문 앞에 두셔도 됩니다.
https://www.coupang.com/my/returns
""", to="hyejin", via="esp", dkim="coupang", shape="alt")
# ------------------------------------------------------------------ HAM (4)
# subscribed newsletters, mailing lists, security notices, personal mail

H(("뉴닉 NEWNEEK", "whatsup@newneek.co"), "🦔 가상자산 과세 또 미뤄질까? + 가계대출 조이기 2라운드",
  """뉴니커, 오늘 뉴닉에서는요

1. 가상자산 과세, 이번엔 진짜 시행?
 코인으로 250만 원 넘게 번 사람에게 세금을 매기는 가상자산 과세가 2027년 시행을 앞두고 다시 논쟁이 붙었어요. 정부는 "예정대로"라는 입장이지만, 일부 국회의원들은 "거래소 신고 체계가 아직 부족하다"며 유예 법안을 냈어요. 알트코인 거래량의 절반이 해외 거래소에서 나온다는 점도 쟁점이에요.

2. 가계대출 조이기 2라운드
 주택담보대출 금리가 다시 오르고 있어요. 금융당국이 은행별 가계대출 증가 목표를 넘기지 말라고 하면서, 일부 은행은 1주택자 추가 주담대와 생활안정자금 대출을 연말까지 막았어요. 스트레스 DSR 3단계 효과까지 겹쳐 대출 한도가 수천만 원 줄어든 사람도 있어요.

3. 청소년 불법 도박, 학교 안까지
 경찰청 통계에 따르면 올해 불법 온라인 도박으로 검거된 10대가 작년보다 크게 늘었어요. 텔레그램으로 홍보하는 바카라·스포츠토토 사이트에서 빌린 돈을 갚지 못해 다른 범죄로 이어지는 경우도 있대요. 도움이 필요하면 1336(한국도박문제예방치유원)에 전화할 수 있어요.

오늘도 뉴닉 읽어줘서 고마워!
구독 해지: https://newneek.co/unsubscribe
(주)뉴닉 | 서울특별시 마포구
""", to="jiwon", via="esp", dkim="stb", shape="alt",
  list_unsub="<https://newneek.co/unsubscribe?u=8f3a21>, <mailto:unsubscribe@newneek.co>",
  headers=["List-Id: NEWNEEK <newsletter.newneek.co>", "Precedence: bulk"])

H(("어피티 머니레터", "moneyletter@uppity.co.kr"), "[머니레터] 전세대출 갈아타기, 지금 해도 될까? | 11월 넷째 주",
  """안녕하세요, 어피티예요.

이번 주 머니레터 한눈에 보기
- 전세대출 갈아타기: 대환대출 플랫폼에서 금리 비교하는 법
- 미국 주식 양도세, 연말 전 손익 정리 체크리스트
- 청년도약계좌 vs ISA, 둘 다 할 수 있을까?

[이번 주 이야기] 전세대출 갈아타기
전세대출도 온라인으로 갈아탈 수 있게 된 지 2년이 넘었어요. 지금 연 4%대 후반 금리를 내고 있다면, 중도상환수수료와 인지세를 빼고도 이득인지 계산해 볼 필요가 있어요. 다만 대출 받은 지 3개월이 지나지 않았거나, 만기가 6개월 미만이라면 대상이 아니에요.

[주의] "저금리 대환대출 대상자 선정" 문자
은행이나 플랫폼은 문자로 대환대출 대상자 선정을 알리며 앱 설치를 요구하지 않아요. 이런 문자는 대부분 보이스피싱이에요.

이 메일은 머니레터 구독자에게 발송됩니다.
수신거부: https://uppity.co.kr/unsubscribe
(주)어피티 | 서울특별시 성동구
""", to="hyejin", via="esp", dkim="stb", shape="alt",
  list_unsub="<https://uppity.co.kr/unsubscribe?id=aa81c07e>",
  headers=["List-Id: <moneyletter.uppity.co.kr>", "Precedence: bulk"])

H(("한국경제 뉴스레터", "newsletter@hankyung.com"), "[모닝 브리핑] 코스피 2,900선 회복 / 리딩방 사기 일당 검거 / 부동산 PF 연착륙", date=(2026, 11, 24, 6, 30),
  text="""한경 모닝 브리핑 | 2026년 11월 24일 화요일

■ 증시: 코스피, 반도체 반등에 2,900선 회복
 외국인이 6거래일 만에 순매수로 돌아서며 코스피가 1.8% 올랐습니다. 시장에서는 연말 배당 시즌을 앞두고 금융주 강세가 이어질 것으로 보고 있습니다.

■ 사회: '수익률 300% 보장' 주식 리딩방 사기 일당 48명 검거
 서울경찰청 금융범죄수사대는 유명 애널리스트를 사칭해 카카오톡 오픈채팅과 텔레그램 리딩방으로 투자자를 모은 뒤, 가짜 거래 앱에 입금하게 하는 수법으로 약 320억 원을 가로챈 일당을 검거했다고 밝혔습니다. 경찰은 "원금 보장, 고수익 확정 등의 문구는 전형적인 사기 수법"이라고 당부했습니다.

■ 부동산: 부동산 PF 사업장 재구조화 속도
 금융당국은 부실 우려 사업장의 경·공매를 독려하고 있으며, 지방 미분양 아파트는 여전히 증가세입니다.

■ 오늘의 일정: 한국은행 금융안정보고서 발표 (10:00)

한경닷컴 | 서울특별시 중구 청파로 463
구독 해지: https://www.hankyung.com/newsletter/unsubscribe
""", to="tykim", via="esp", dkim="hk", shape="alt",
  list_unsub="<https://www.hankyung.com/newsletter/unsubscribe?k=3f1e0a>, <mailto:unsubscribe@hankyung.com>",
  headers=["Precedence: bulk"])

H(("요즘IT", "yozm@wishket.com"), "[요즘IT] LLM 에이전트 운영 회고, 스팸 필터를 다시 짜며 배운 것",
  """이번 주 요즘IT 추천 글

1. LLM 에이전트를 1년 운영하며 배운 7가지
 툴 호출 실패, 프롬프트 인젝션, 비용 폭증… 실제 서비스 운영에서 겪은 문제와 해결 과정을 정리했습니다.

2. 메일 서버 스팸 필터를 다시 짜며 배운 것
 한 스타트업 개발자가 사내 메일 서버의 스팸 필터를 직접 만들면서 겪은 시행착오. "대출", "카지노" 같은 단어 차단만으로는 정상 메일까지 막힌다는 점, 그리고 띄어쓰기와 초성으로 필터를 우회하는 광고를 어떻게 다뤘는지 이야기합니다.

3. 주니어 개발자 이력서, 이렇게 고쳤더니 서류 통과율이 올랐다

4. Swift 6 동시성 마이그레이션 후기

전체 글 보기: https://yozm.wishket.com/magazine/
이 메일은 요즘IT 뉴스레터 구독자에게 발송되었습니다.
수신 거부: https://yozm.wishket.com/unsubscribe
(주)위시켓 | 서울특별시 강남구
""", to="mhjung", via="esp", dkim="wk", shape="alt",
  list_unsub="<https://yozm.wishket.com/unsubscribe?t=c19d2e>",
  headers=["Precedence: bulk"])

H(("한국도박문제예방치유원", "news@kcgp.or.kr"), "[소식지] 온라인 불법 도박, 가족이 먼저 알아차리는 신호 7가지",
  """한국도박문제예방치유원 12월 소식지

■ 이달의 주제: 가족이 먼저 알아차리는 도박 문제의 신호
1. 잦은 돈 요구, 설명되지 않는 대출이나 카드 현금서비스
2. 밤늦게까지 스마트폰으로 스포츠 경기 결과를 확인
3. '바카라', '슬롯', '토토' 같은 단어가 들어간 문자나 텔레그램 알림
4. 소액결제 한도 초과, 상품권 구매 내역 급증
5. 거짓말과 예민한 반응, 학업·업무 소홀

■ 상담 안내
 도박 문제로 힘드신 본인과 가족은 24시간 헬프라인 1336으로 전화하시거나 온라인 채팅 상담을 이용하실 수 있습니다. 상담 비용은 무료이며 비밀이 보장됩니다.

■ 캠페인: 청소년 도박 예방 교육 신청 (학교·청소년 기관 대상)

한국도박문제예방치유원 | https://www.kcgp.or.kr
본 소식지는 구독 신청하신 분께 발송됩니다. 수신거부: https://www.kcgp.or.kr/newsletter/unsubscribe
""", to="hyejin", via="esp", dkim="kcgp", shape="alt",
  list_unsub="<https://www.kcgp.or.kr/newsletter/unsubscribe?m=71e2>",
  headers=["Precedence: bulk"])

H(("박준기", "junki.park.dev@gmail.com"), "[pykr-dev] Re: 한글 자모 분리된 문자열 정규화 (NFC/NFD) 질문", date=(2026, 11, 24, 9, 3),
  text="""맥에서 만든 파일명이 NFD로 들어와서 생기는 문제 같네요.
unicodedata.normalize('NFC', s) 한 번 돌리면 대부분 해결됩니다.

다만 스팸 메일처럼 일부러 호환 자모(ㅋㅏㅈㅣㄴㅗ 같은)로 쓴 문자열은 NFC로 합쳐지지 않아요.
호환 자모(U+3131~)와 조합용 자모(U+1100~)는 다른 블록이라서, 합치려면 직접 매핑 테이블을 만들어야 합니다.
저는 예전에 이런 식으로 했습니다:

    import unicodedata
    def nfc(s):
        return unicodedata.normalize('NFC', s)

전각 문자(ＡＢＣ)는 NFKC로 반각으로 바뀌긴 하는데, 한글에 NFKC를 쓰면 다른 부작용이 있을 수 있으니 주의하세요.

On Mon, Nov 23, 2026 at 10:12 PM 이지호 <jiho.lee@example-univ.ac.kr> wrote:
> 파이썬으로 한글 파일명 비교하는데 같아 보이는 문자열이 == 에서 False가 나옵니다.
> 혹시 원인 아시는 분 계실까요?

--
You received this message because you are subscribed to the Google Groups "pykr-dev" group.
To unsubscribe from this group and stop receiving emails from it, send an email to pykr-dev+unsubscribe@googlegroups.com.
""", to="mhjung", via="gmail", envelope="pykr-dev+bncBC5@googlegroups.com", dkim=("googlegroups.com", "20230601"),
  mid=2, bstyle="gmail", list_unsub="<mailto:googlegroups-manage+884120+unsubscribe@googlegroups.com>, <https://groups.google.com/d/forum/pykr-dev/unsubscribe>",
  headers=["List-Id: <pykr-dev.googlegroups.com>", "Mailing-list: list pykr-dev@googlegroups.com; contact pykr-dev+owners@googlegroups.com",
           "Precedence: list", "X-Original-Sender: junki.park.dev@gmail.com"], in_reply_to="example-univ.ac.kr")

H(("KISA 보호나라", "krcert@kisa.or.kr"), "[보호나라] 연말 택배·부고장 사칭 스미싱 주의 권고",
  """한국인터넷진흥원(KISA)은 연말을 맞아 택배 배송, 부고장, 모바일 청첩장, 과태료 납부 등을 사칭한 스미싱이 증가할 것으로 보고 이용자의 주의를 당부합니다.

■ 최근 확인된 스미싱 문자 사례 (실제 문구 일부)
 ① "[Web발신] 고객님 택배가 주소지 불일치로 보관 중입니다. 주소 확인 bit.ly/○○○"
 ② "[부고] 부친께서 별세하셨기에 삼가 알려드립니다. 장례식장 안내 han.gl/○○○"
 ③ "[경찰청교통민원24] 교통법규 위반 과태료 미납 고지서 확인 ○○○.kr"
 ④ "엄마 나 폰 액정 깨져서 수리 맡겼어. 이 번호로 문자 줘"

■ 예방 수칙
 1. 출처가 불분명한 문자의 인터넷 주소(URL)는 누르지 않습니다.
 2. 모르는 앱(APK) 설치를 허용하지 않도록 '출처를 알 수 없는 앱' 설정을 차단합니다.
 3. 가족·지인이라도 금전 요구 시 반드시 전화로 확인합니다.
 4. 의심 문자는 118(KISA 불법스팸대응센터)로 신고합니다.

보호나라 https://www.boho.or.kr
""", to="tykim", via="esp", dkim="kisa", shape="alt")

H(("IT지원팀", "itsupport@seonwoo-eng.co.kr"), "[보안공지] 국세청·거래처 사칭 피싱 메일 유입 — 절대 첨부파일을 열지 마세요",
  """임직원 여러분께

최근 외부에서 아래와 같은 피싱 메일이 다수 유입되어 일부는 메일 서버에서 차단되었으나, 일부가 받은편지함에 도착한 사례가 있습니다.

[사례 1] 제목: "[국세청] 종합소득세 환급금 조회 안내"
 본문: "귀하의 미환급금 428,300원이 확인되었습니다. 아래 홈택스 바로가기를 눌러 환급 계좌를 등록하세요."
 → 링크에는 www.hometax.go.kr이 보이지만 실제로는 다른 주소로 연결됩니다.

[사례 2] 제목: "[대금결제] 거래처 계좌 변경 안내"
 본문: "당사 사정으로 결제 계좌가 변경되었습니다. 이번 달 대금부터 아래 계좌로 송금 바랍니다."
 → 거래처 도메인과 철자가 한 글자 다른 주소에서 발송되었습니다.

[사례 3] 첨부파일: "출석요구서.zip", "세금계산서_발행내역.html"

■ 조치 사항
 - 위와 유사한 메일은 열지 말고 IT지원팀으로 전달해 주세요 (itsupport@seonwoo-eng.co.kr).
 - 거래처 계좌 변경은 반드시 기존에 알고 있는 전화번호로 확인합니다.
 - 메일 비밀번호 변경 요청 메일은 IT지원팀에서 발송하지 않습니다. 비밀번호 변경은 사내 포털에서만 하세요.

IT지원팀 내선 300
""", to_pool=["tykim", "sypark", "dhlee", "purchase"], via="corp", dkim="sw2026")

H(("정우진", "woojin.jung91@gmail.com"), "지난번 빌려준 돈 얘기 + 주말에 밥 한번",
  """민수야,

지난달에 급하게 빌려준 200만원 있잖아, 어제 100만원 먼저 들어온 거 확인했어. 고맙다.
나머지는 너 말한 대로 12월 월급날(25일)에 줘도 되고, 급한 거 아니니까 편할 때 줘.

그리고 너 전세대출 연장 어떻게 됐어? 나도 내년 2월에 만기라 은행 가봤는데 금리가 작년보다 0.5%p 올랐더라.
우리 회사 사내대출 되는지 알아보는 중인데 한도가 적어서 고민이다.

토요일 저녁에 시간 되면 망원동에서 곱창 먹자. 내가 살게 ㅋㅋ

우진
""", to="minsu", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail")

H(("이현석", "hyunseok.lee@naver.com"), "마카오 가는 거 최종 일정 (카지노는 딱 정한 만큼만!)",
  """다들 안녕~ 12월 마카오 여행 최종 정리했어.

항공: 12/17(목) 인천 09:10 → 마카오 12:05 / 12/20(일) 마카오 13:30 → 인천 18:20 (제주항공)
숙소: 코타이 쪽 호텔 트윈 2개, 3박
1인 부담: 항공+숙소 약 78만원 → 12/5까지 나한테 보내줘 (토스로 보내도 됨)

카지노는 다들 약속한 대로 1인 30만원 한도로만 하자. 작년에 민수가 바카라 테이블에서 일어날 줄 몰랐던 거 기억하지? ㅋㅋㅋ
딴 돈은 마지막 날 저녁 먹는 데 쓰고, 잃으면 그걸로 끝.

그 외에 세나도 광장, 성 바울 성당 유적, 에그타르트 투어 넣었어.
여권 만료일 6개월 이상 남았는지 꼭 확인하고!

현석
""", to="minsu", via="naver", dkim=("naver.com", "s20171208"), headers=["X-Mailer: NAVER Mail"],
  cc=[("정우진", "woojin.jung91@gmail.com")])

H(("윤채원", "chaewon.yoon@kakao.com"), "ㅋㅋ 다이어트 얘기 + 소개팅 건",
  """혜진아!

나 위고비 맞은 지 두 달 됐는데 6kg 빠졌어. 물론 내과 가서 처방받아서 맞는 거야. 인터넷에서 파는 거 절대 사지 마ㅠㅠ 가짜도 많대.
근데 속이 좀 울렁거리고 입맛이 너무 없어서 의사쌤이 용량은 천천히 올리자고 하셨어.
요즘은 저녁에 탄수화물 줄이고 주 3회 필라테스 하고 있어.

그리고 지난번에 말한 소개팅! 우리 회사 옆 팀 과장님인데 36살, 성격 진짜 좋고 술은 잘 안 마신대.
데이팅 앱으로 만나는 것보다 지인 소개가 낫지 않아? ㅎㅎ
카톡 아이디 넘겨줘도 되는지 알려줘.

그리고 네가 물어본 탈모약, 우리 오빠는 피부과에서 처방받아 먹는데 약값 한 달에 3만원 정도래.

채원
""", to="hyejin", via="daum", dkim=("kakao.com", "daumkakao"))

H(("강민수", "minsu.kang.home@gmail.com"), "Re: 형 코인 다 팔았어?", date=(2026, 11, 23, 8, 17),
  text="""응 지난주에 비트코인이랑 이더리움 다 정리했어.
작년에 신용대출 받아서 넣었던 거라 마음이 편하지가 않더라. 수익 난 걸로 대출 2천 먼저 갚았다.
너도 알트코인 단타 그만하고 ETF 적립식으로 바꿔. 텔레그램 시그널방 이런 거 다 사기야.

그리고 엄마 환갑 선물 다들 5만원씩 모으기로 한 거 나한테 보내줘. 카카오뱅크로.

On Sun, 22 Nov 2026 at 21:03, 강지원 <jiwon@kang-family.kr> wrote:
> 형 코인 다 팔았어? 뉴스 보니까 또 떨어지던데
> 나는 아직 들고 있는데 손절해야 되나 고민이다 ㅠ
""", to="jiwon", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", in_reply_to="kang-family.kr")

H(("고객 송지훈", "jihoon.song@hanmail.net"), "[불만] 3주째 해결 안 되는 동기화 오류 — 담당자 연락 바랍니다",
  """안녕하세요.

다온 스케줄러를 팀 단위(15명)로 유료 사용 중인 회사 담당자 송지훈입니다.
11월 초 업데이트 이후 구글 캘린더 동기화가 하루에도 몇 번씩 끊기고, 일정이 중복으로 생성됩니다.
벌써 티켓 3건(#48812, #48907, #49120)을 올렸는데 매번 "개발팀에 전달했다"는 답변뿐입니다.

이 문제로 고객사 미팅을 두 번이나 놓쳤습니다. 솔직히 이런 서비스에 돈을 내야 하는지 의문입니다.
이번 주 금요일까지 원인과 해결 일정을 알려주지 않으시면 연간 계약 해지와 남은 기간 이용료 환불을 정식으로 요청하겠습니다.

담당 매니저분 전화번호 알려주시거나 직접 전화 주세요.
송지훈 / 010-5567-0000 / (주)그린포레스트 총무팀
""", to="support", via="daum", dkim=("hanmail.net", "daumkakao"))
# ===================================================================== SPAM
ZW = "\u200b"


def zw(s):
    return ZW.join(s)


S(("직장인 당일대출 상담실", "help@daon-credit7.example"), "재직 4대보험 없어도 OK / 작업대출 당일 진행 가능합니다",
  """안녕하세요 고객님

은행, 캐피탈 모두 거절되셨나요?
저희는 서류 작업을 통해 1금융권 신용대출까지 진행해 드립니다.

■ 작업대출 진행 조건
- 무직자, 주부, 프리랜서 → 재직 서류 / 4대보험 가입 이력 세팅
- 급여 통장 거래 내역 3개월분 작업
- 원천징수영수증, 재직증명서 발급 (실제 조회 시 확인 가능)

■ 수수료: 대출금의 30% (선입금 없음, 대출 실행 후 정산)
■ 진행 기간: 서류 세팅 후 최소 당일 ~ 3일

조회 기록 남지 않게 진행됩니다. 다른 곳에서 거절된 분도 상담 주세요.
상담은 텔레그램으로만 받습니다 → 텔레 @jakup_loan24

※ 본 메일은 수신을 원하지 않으시면 회신 주시면 됩니다.
""", via="spam", undisclosed=True, shape="plain")

S(("신불자 전문 상담", "daechul.guide@gmail.com"), "ㅅㅂㅈ / 회생 / 파산 면책자도 ㄷㅊ 가능합니다",
  """신용불량자, 개인회생 중, 파산 면책 후 대출이 막히신 분들

ㄷㅐㅊㅜㄹ 가능합니다.

✔ 신용점수 300점대도 가능
✔ 연체 중이셔도 상담 가능
✔ 최대 3,000만원, 무방문 무서류
✔ 가족 모르게, 직장 모르게

※ 일반 금융권이 아닌 개인 간 자금 대여 방식으로 진행됩니다.
※ 선수수료, 보증금 요구하는 업체 조심하세요 (저희는 받지 않습니다)

카톡 상담 ▶ open.kakao.com/o/sDc4Qb7h
문자 상담 ▶ 010-8842-1937
""", via="gmail", dkim=("gmail.com", "20230601"), bstyle="gmail", mid=2, shape="plain")

S(("비상금 센터", "noreply@quick-money.example"), "대 출 한 도 조 회 ▶ 무 직 자 · 주 부 비 상 금 5 0 0 만 원",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="background:#fffbe6;">
<div style="max-width:560px;margin:0 auto;font-family:dotum,sans-serif;">
<h2 style="color:#d40000;">대&nbsp;출&nbsp;한&nbsp;도&nbsp;조&nbsp;회</h2>
<p style="font-size:16px;">무 직 자 · 주 부 · 대 학 생<br>
비 상 금 최 대 <b style="font-size:22px;color:#d40000;">5 0 0 만 원</b></p>
<p>신.용.조.회 없이 / 당.일 입.금 / 소.득.증.빙 불.필.요</p>
<p><a href="https://bit.ly/4kLoan5" style="display:inline-block;background:#d40000;color:#fff;padding:12px 30px;text-decoration:none;font-size:18px;">지금 바로 한도 확인 ▶</a></p>
<p style="font-size:11px;color:#999;">수신을 원치 않으시면 <a href="https://bit.ly/4kLoan5x">여기</a>를 눌러주세요.</p>
</div></body></html>
""", via="spam", shape="html")

S(("월변 당일 송금", "wolbyeon.kr@naver.com"), "월변 / 일수 / 소액 50~300 당일 송금 (카톡 문의)",
  """월변 일수 소액 당일 송금해 드립니다

- 50만원 ~ 300만원
- 신분증, 가족 연락처 2명만 있으면 진행
- 일주일 후 원금 + 이자 상환 (상담 시 안내)
- 연체자, 무직자 환영

카톡ID: wolbyun77
(본 메일은 광고 목적이며 수신을 원치 않으시면 답장으로 거부 의사를 밝혀주세요)
""", via="naver", headers=["X-Mailer: NAVER Mail"], shape="plain")

S(("ㅋㅏ지노 VIP", "vip@goldentiger-vip.example"), "🎰 ㅋㅏ.ㅈㅣ.ㄴㅗ 첫충 30% + 매충 10% 🎰 신규 가입머니 3만",
  """🎰🎰🎰 골든타이거 🎰🎰🎰

ㅋㅏ.ㅈㅣ.ㄴㅗ / 바.카.라 / 슬.롯 / 스.포.츠

✅ 신규 첫충 30% (최대 100만)
✅ 매충 10% / 페이백 5%
✅ 가입머니 3만 즉시 지급
✅ 먹튀 없는 보증업체, 보증금 1억 예치

👉 가입코드: GT777
👉 접속주소: gt-777.example (도메인 차단 시 텔레 문의)
👉 텔레그램: @goldentiger_cs

※ 본 메일은 성인 회원님께만 발송됩니다.
""", via="spam", shape="plain")

S(("메이저 놀이터", "event@major-safe.example"), "메이저 토토사이트 추천 ▶ 가입즉시 3만 포인트 / 무제한 배팅",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="background:#111;color:#eee;font-family:sans-serif;">
<table width="600" align="center" cellpadding="14" style="background:#1c1c1c;border:2px solid #f5c400;">
<tr><td align="center"><h1 style="color:#f5c400;margin:0;">MAJOR 놀이터</h1>
<p style="font-size:15px;">스포츠 · 미니게임 · 라이브 카지노<br>
<b>해외 정식 라이선스 / 검증 완료 메이저</b></p>
<p style="font-size:20px;color:#f5c400;">가입즉시 30,000P 지급</p>
<p>축구 · 야구 · 농구 · e스포츠 실시간 배팅<br>단폴 가능 / 낙첨 포인트 3% / 무제한 환전</p>
<p><a href="https://han.gl/MjrT0t0" style="background:#f5c400;color:#111;padding:12px 28px;text-decoration:none;font-weight:bold;">지금 입장하기</a></p>
<p style="font-size:12px;color:#888;">접속 안 될 시 텔레그램 <b>@major_noli</b> 로 새 주소 문의</p>
</td></tr></table></body></html>
""", via="spam", shape="html")

S(("에볼루션 라이브", "live@evo-asia.example"), zw("에볼루션바카라") + " 실시간 라이브 딜러 · 첫입금 40% 보너스",
  zw("에볼루션 바카라") + """ 공식 파트너

실제 딜러가 진행하는 라이브 """ + zw("바카라") + """ / 룰렛 / 드래곤타이거

✔ 첫 입금 40% 보너스
✔ 24시간 1:1 """ + zw("환전") + """ 5분 이내
✔ 1억까지 무제한 출금

가입 주소 → https://vo.la/EvoLiv3
고객센터 → 텔레그램 @evo_asia_cs

""" + zw("카지노") + """ 경험 없으셔도 가이드 해드립니다.
""", via="spam", shape="alt")

S(("슬롯천국", "bonus@slot-heaven.example"), "💎 프라그마틱 슬롯 무료스핀 100회 💎 오늘만 지급",
  """💎💎 슬롯천국 💎💎

🍒 프라그마틱 · PG소프트 · 하바네로 인기 슬롯 전부 입점
🍒 신규 가입 시 무료스핀 100회 즉시 지급
🍒 """ + "슬" + ZW + "롯" + """ 잭팟 당첨 인증 매일 업데이트
🍒 최소 입금 1만원, 최소 환전 1만원

🔥 오늘 가입자 한정 첫충 50% 🔥

👉 https://t.ly/SlotHvn
👉 코드: HEAVEN
""", via="spam", shape="plain")

S(("파워볼 분석연구소", "pick@pb-lab.example"), "파 워 볼 픽 적중률 95% / 3주 연속 무패 인증 / 무료 체험 3일",
  """파워볼 분석 전문팀 PB연구소입니다.

동행 파워볼 / EOS 파워볼 / 키노사다리
AI 패턴 분석 픽 제공, 최근 3주간 적중률 95.2%

▶ 무료 체험 3일 (체험 후 결정)
▶ 정회원 월 30만원 → 이번 달 15만원
▶ 마틴 배팅 자금 관리법 무료 강의

수익 인증 후기 500건 이상
텔레그램 상담: @pb_lab_pick
카카오톡: pblab1004

※ 만 19세 미만 가입 불가
""", via="spam", shape="plain")

S(("Holdem Master", "tourney@holdem-gg.example"), "[Hold'em] 매일 밤 9시 GTD 1,000만 토너먼트 / 바이인 5만",
  """온라인 홀덤 No.1 홀덤마스터

♠ 매일 21:00 GTD 10,000,000원 토너먼트 (바이인 50,000원)
♥ 캐시게임 블라인드 100/200부터
♦ 신규 가입 시 티켓 3장 + 첫충 20%
♣ 모바일 앱 지원 (안드로이드 APK 제공)

현금 환전 즉시 / 충전 계좌는 가입 후 1:1 문의로 안내

가입: holdem-gg.example/join?ref=KR88
문의: 텔레그램 @hm_support
""", via="spam", shape="plain")
S(("VIP Club", "club@royal-vip88.example"), "회원님만을 위한 특별 초대장 🎁",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;background:#000;">
<center>
<a href="https://bit.ly/RoyalV88"><img src="cid:IMG1" width="600" height="900" alt="" border="0"></a><br>
<a href="https://bit.ly/RoyalV88"><img src="cid:IMG2" width="600" height="220" alt="" border="0"></a>
</center></body></html>
""", via="spam", shape="related", inline=[("banner", 300, 450), ("banner", 300, 110)], charset="utf-8")

S(("ＴＯＴＯ 공식", "info@toto-official.example"), "ＴＯＴＯ 스포츠 배팅 ★ 해외축구 · ＫＢＯ · ＮＢＡ 실시간 ★",
  """ＴＯＴＯ 스포츠 공식 안내

ＥＰＬ · 라리가 · ＫＢＯ · ＮＢＡ 실시간 배팅
배당률 업계 최고 １.９５ / 라이브 배팅 지원

★ 신규 첫충 ２０％
★ 매일 첫충 １０％
★ 환전 한도 없음 / ２４시간 고객센터

주소：ｔｏｔｏ－ｏｆｆｉｃｉａｌ．ｅｘａｍｐｌｅ
가입코드：ＫＯ７７
""", via="spam", charset="euc-kr", shape="plain")

S(("주식 무료 리딩방", "invest.vip@gmail.com"), "[무료 입장] 이번 주 급등 예정 종목 3개 공개 (리딩방 선착순 50명)",
  """안녕하세요, 여의도 출신 애널리스트 팀입니다.

지난달 추천 종목 수익률
- ○○바이오 +187%
- ○○반도체 +92%
- ○○2차전지 +64%

이번 주 세력 매집이 확인된 급등 예정 종목 3개를 무료 리딩방에서 공개합니다.
선착순 50명만 받습니다. 입장 후 닉네임을 '성함+지역'으로 바꿔주세요.

▶ 카카오톡 오픈채팅: open.kakao.com/o/gVipStk9
▶ 참여코드: 8282

※ 원금 손실 걱정 없이 수익 보장 프로그램도 별도로 운영합니다.
""", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", shape="plain")

S(("Binance Futures Signal KR", "signal@bnf-kr.example"), "바이낸스 선물 시그널 적중률 92% | 오늘 밤 무료 콜 3개",
  """🚀 BNF 시그널 코리아 🚀

바이낸스 선물 · 바이비트 · OKX 실시간 시그널
📈 지난 30일 적중률 92.4% / 평균 수익 +38%

✔ 진입가 · 손절가 · 익절가 정확히 제공
✔ 레버리지 20~50배 전략
✔ 초보자 1:1 세팅 지원 (거래소 가입부터)

오늘 밤 10시 무료 콜 3개 공개
텔레그램 채널 → t.me/bnf_signal_kr
문의 → @bnf_admin

*VIP 월 USDT 300 / 첫 달 50% 할인
""", via="spam", shape="alt")

S(("Presale Korea", "presale@newcoin-launch.example"), "상장 전 코인 프리세일 마감 임박 — 상장가 대비 10배 예상",
  """[프리세일 안내]

국내 대형 거래소 상장 확정 예정 프로젝트 'HNC 토큰' 프리세일을 진행합니다.

- 프리세일 가격: 1 HNC = 12원
- 예상 상장가: 120원 이상
- 최소 참여: 100만원
- 락업: 상장 후 3개월 분할 지급

참여 방법: 아래 지갑 주소로 USDT(TRC20) 송금 후 텔레그램으로 TXID 전송
지갑: TQ7x9kP2mZcR4vLs8AaJ3dF6nWb1yHe5Uq
텔레그램: @hnc_presale_kr

※ 물량 소진 시 조기 마감됩니다. 지인 소개 시 추가 5% 토큰 지급.
""", via="spam", shape="plain")

S(("(광고) VIP 종목상담", "vip@stock-pro.example"), "(광고) 월 수익 500% 보장 VIP 종목 추천 서비스",
  """(광고) VIP 종목 추천

하루 10분 투자로 월 500% 수익
전문가가 매수·매도 타이밍을 실시간으로 알려드립니다.

손실 발생 시 회비 100% 환불 + 손실금 보상
VIP 1개월 99만원 → 오늘 신청 시 49만원

신청: 010-6620-1183 (문자로 '종목' 보내주세요)
무료수신거부 080-000-0000
""", via="spam", shape="plain")

S(("오늘 밤 만남", "meet@night-talk.example"), "근처에 있는 ㅇㅕ자 회원이 메세지를 보냈습니다 💋",
  """💋 새 메세지 1개가 도착했습니다 💋

"오늘 밤 시간 되세요? 근처 사는 32살 직장인이에요. 가볍게 만나요 ^^"
- 서울 강남구, 1.2km

ㅈㅗ건 없이 만남 / 당일 만남 가능
실시간 회원 2,317명 접속 중

👉 메세지 확인하기: https://bit.ly/NtTalk2
(성인 인증 후 확인 가능)
""", via="spam", shape="plain")

S(("프리미엄 조건 만남", "manager@secret-date.example"), "ㅈ.ㄱ.ㅁ.ㄴ 100% 실사 / 후불제 / 출장 가능",
  """실사 100% 보장 프리미엄 만남 주선

- 20대 ~ 30대 회원 직접 면접
- 후.불.제 (만난 후 결제)
- 출.장 가능 지역: 서울 전역, 분당, 일산, 인천
- 비밀 100% 보장, 기록 남지 않음

예약: 텔레 @secretdate_kr / 라인 sd2026
""", via="spam", charset="euc-kr", shape="plain")

S(("19금 라이브", "noreply@adult-live.example"), "(19) 오늘 밤 무료 시청권 도착",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;background:#1a0010;">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<a href="https://me2.do/xAdLv19"><img src="cid:IMG1" width="560" height="760" border="0" alt="무료 시청"></a>
</td></tr></table></body></html>
""", via="spam", shape="related", inline=[("banner", 280, 380)], charset="utf-8")

S(("정품 직구 약국", "rx@global-pharm24.example"), "ㅂ1아그라 / 시알1스 정품 · 처방전 없이 익일 배송",
  """남성 고민 해결 — 정품 직구 전문

▶ 비.아.그.라 100mg 30정 — 59,000원
▶ 시.알.리.스 20mg 30정 — 69,000원
▶ 레비트라, 칙칙이, 사정지연제 세트 할인

✔ 처방전 필요 없음
✔ 인도 정품 제네릭 / 무지 포장 · 내용물 비공개 발송
✔ 주문 후 익일 도착, 2박스 이상 무료배송

주문: 카톡 pharm24kr / 문자 010-7745-2231
""", via="spam", shape="plain")

S(("Diet Clinic Direct", "order@slim-pill.example"), "식욕억제제 처방 없이 택배 발송 (펜터민/디에타민)",
  """병원 안 가도 됩니다.

다이어트 식욕억제제 처방 없이 택배로 보내드립니다.
- 펜터민 계열 30정 / 60정
- 한 달 -8kg ~ -12kg 후기 다수
- 비대면, 신분 확인 없음

※ 상담 시 체중, 키만 알려주시면 복용량 안내해 드립니다.
주문 상담: 텔레그램 @slimpill_kr
""", via="spam", charset="ks_c_5601-1987", shape="plain")

S(("한방 다이어트", "event@hanbang-slim.example"), "[마감임박] 한 달 -10kg 한방환 무료체험 신청 (선착순 100명)",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:'Malgun Gothic',sans-serif;background:#f1fff1;">
<div style="width:600px;margin:0 auto;background:#fff;padding:20px;">
<h2 style="color:#2e7d32;">굶지 않고 한 달 -10kg</h2>
<p>연예인들이 몰래 먹는다는 그 한방환!<br>운동 없이, 식단 없이 자는 동안 체지방이 빠집니다.</p>
<ul><li>식약처 인증 원료 사용</li><li>요요 없음 100% 보장</li><li>부작용 0건</li></ul>
<p style="font-size:18px;"><b>무료 체험분 신청</b> (택배비 3,000원만 부담)</p>
<p><a href="https://bit.ly/HbSlim10" style="background:#2e7d32;color:#fff;padding:10px 24px;text-decoration:none;">무료 체험 신청하기</a></p>
<p style="font-size:11px;color:#999;">본 메일은 발신전용입니다.</p>
</div></body></html>
""", via="spam", shape="alt")

S(("재택부업 센터", "job@home-side.example"), "하루 1시간 스마트폰 부업 — 월 300 인증 (주부·직장인 환영)",
  """하루 1시간, 스마트폰만 있으면 됩니다.

■ 업무: 쇼핑몰 상품 좋아요 누르기, 리뷰 캡처
■ 수익: 건당 3,000원 ~ 30,000원 / 월 300만원 이상 인증자 다수
■ 조건: 나이·경력 무관, 당일 정산

※ 초기 교육비나 가입비 없습니다. 다만 미션 진행을 위한 충전금은 미션 완료 시 전액 환급됩니다.

지원: 카톡 오픈채팅 open.kakao.com/o/sHomeJob3
""", via="spam", shape="plain")

S(("타이핑 알바 모집", "recruit.typing@daum.net"), "재택 타이핑 알바 모집 / 시급 2만원 / 장비 필요 없음",
  """재택 타이핑 알바 모집합니다.

- 업무: 문서 입력, 블로그 원고 복사
- 시급: 20,000원
- 근무: 원하는 시간, 주 3일 이상
- 급여: 매주 금요일 지급

※ 업무용 프로그램 라이선스 비용(49,000원)은 첫 급여에서 환급됩니다.

지원 방법: 이름 / 나이 / 연락처를 회신해 주세요.
""", via="daum", shape="plain")

S(("고액 알바 채용담당", "hr.team2026@gmail.com"), "[급구] 일당 50만원 / 서류 전달 · 수금 업무 (차량 제공)",
  """단기 고액 알바 급구

업무: 거래처 고객에게 서류 전달 및 현금 수금 후 지정 계좌 입금
일당: 50만원 (당일 지급) + 교통비 별도
조건: 20~50대, 성실하신 분, 주 2~3회 가능자
근무지: 서울·경기 전역 (당일 문자로 안내)

면접 없음, 신분증 사진만 보내주시면 바로 업무 배정됩니다.
텔레그램: @fast_job_kr
""", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", shape="plain")

S(("통장 매입 전문", "buy.account@buyacc.example"), "법인 · 개인 통 장 매 입 / 임 대 월 300 보 장",
  """통장 매입합니다.

■ 개인 통장 (체크카드 포함): 1개당 150만원
■ 법인 통장 (OTP 포함): 월 300만원 임대 / 매입 800만원
■ 사업자 등록증 대여도 가능

직거래, 퀵으로 수거합니다. 정지 걱정 없습니다.
문의: 텔레 @acc_buy / 라인 accbuy77
""", via="spam", charset="euc-kr", shape="plain")

S(("DB 판매", "db@realtime-db.example"), "실시간 DB 판매 (주식 / 코인 / 대출 / 보험 가망고객) 최신 2026년 11월분",
  """영업하시는 분들 주목!

실시간 신청 DB 판매합니다.
- 주식 리딩방 가입 DB (이름, 연락처, 투자 성향) 건당 3,000원
- 코인 거래소 가입자 DB 건당 2,500원
- 대출 상담 신청자 DB (신용점수 포함) 건당 5,000원
- 보험 가망고객 DB 건당 2,000원

1만 건 이상 구매 시 50% 할인, 샘플 100건 무료 제공
문의: 텔레그램 @db_master_kr
""", via="spam", shape="plain")
S(("마케팅 전문 에이전시", "ceo@blog-top1.example"), "대표님, 네이버 플레이스 상위노출 안 되시죠? (월 30만원, 1페이지 보장)",
  """대표님 안녕하세요.

혹시 네이버 지도·플레이스에서 가게가 검색이 안 되어 고민이신가요?
저희는 블로그 체험단, 플레이스 리뷰, 저장하기 작업으로 상위노출을 보장해 드립니다.

■ 플레이스 상위노출 (1페이지 보장) 월 30만원
■ 영수증 리뷰 100건 작업 20만원
■ 블로그 체험단 30명 모집 25만원
■ 인스타그램 팔로워 1만명 10만원

효과 없으면 100% 환불해 드립니다.
상담 문의 010-2290-8841 (카톡 같은 번호)

수신을 원치 않으시면 '거부'라고 회신해 주세요.
""", via="spam", to_pool=["mhjung", "support"], shape="alt")

S(("SEO Korea", "seo@rank-up.example"), "구글 · 네이버 백링크 10,000개 / 도메인 권위 상승 패키지",
  """Hello, 웹사이트 담당자님

귀사의 사이트 daonsoft.kr 을 분석한 결과, 검색 순위를 개선할 여지가 많습니다.

- 고품질 백링크 10,000개 (DA 50+)
- 한국어 게스트 포스팅 50건
- 네이버 웹문서 노출 작업

패키지 가격: USD 299 (PayPal / USDT)
문의 주시면 무료 분석 리포트를 보내드리겠습니다.
""", via="spam", to="support", shape="plain")

S(("상품권 매입센터", "cash@giftcard-24.example"), "문화상품권 · 구글기프트카드 · 컬쳐랜드 최고가 매입 90% 즉시 입금",
  """상품권 현금화 최고가

✔ 컬쳐랜드 · 문화상품권 90%
✔ 구글기프트카드 88%
✔ 해피머니 · 도서문화상품권 87%
✔ 신세계 · 롯데 백화점 상품권 95%

핀번호만 보내주시면 5분 이내 계좌 입금
24시간 · 365일 운영 / 대량 매입 우대

카톡: gift24kr / 텔레: @gift24kr
""", via="spam", charset="ks_c_5601-1987", shape="plain")

S(("소액결제 현금화", "mobile.cash@naver.com"), "휴대폰 소액결제 · 정보이용료 현금화 최대 90% (신용 무관)",
  """휴대폰 소액결제 남은 한도, 현금으로 바꿔 드립니다.

- 소액결제 현금화: 최대 90%
- 정보이용료(콘텐츠 이용료) 현금화: 80%
- 신용등급 무관, 연체자 가능
- 통신사 SKT / KT / LG U+ / 알뜰폰 모두 가능

진행: 인증번호만 알려주시면 업체에서 결제 후 즉시 입금
카톡 상담: sokak90
""", via="naver", headers=["X-Mailer: NAVER Mail"], shape="plain")

S(("(광고) 정책자금 컨설팅", "consult@policyfund-center.example"), "(광고) 중소기업 정책자금 최대 5억 / 정부지원금 승인률 98% 컨설팅",
  """(광고) 대표님, 아직도 정책자금 혼자 준비하십니까?

중소벤처기업진흥공단 · 신용보증기금 · 기술보증기금 · 소상공인시장진흥공단
정책자금 최대 5억원, 연 2%대 고정금리

■ 승인률 98% (전직 공단 심사역 출신 컨설턴트)
■ 착수금 없음, 승인 후 성공보수 7%
■ 신용점수 낮아도, 매출이 적어도 가능

무료 자격 진단 신청 → https://bit.ly/PolFund5
상담전화 1666-0000

무료수신거부: 회신 후 '수신거부'
""", via="spam", to_pool=["mhjung", "sypark"], shape="alt")

S(("소상공인 지원금 안내센터", "notice@support-fund.example"), "[안내] 2026년 소상공인 고정비 지원금 대상자 — 신청 대행 마감 D-3",
  """사장님, 안녕하세요.

2026년 소상공인 고정비(전기·가스요금) 지원금 신청이 곧 마감됩니다.
저희 센터에서 서류 준비부터 신청까지 대행해 드립니다.

- 지원 금액: 업체당 최대 50만원 + 추가 정책자금 연계
- 대행 수수료: 지원금의 20% (지원금 수령 후 정산)
- 필요 서류: 사업자등록증, 신분증 사본, 통장 사본

지금 바로 연락 주시면 오늘 접수 가능합니다.
카카오톡 채널: 소상공인지원센터 / 문자 010-3391-2280
""", via="spam", shape="plain")

S(("대출 승인 알림", "alert@loan-okay.example"), "고객님 대출 가승인 완료 — 최대 3,000만원 (24시간 내 확인)",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="margin:0;padding:0;">
<table width="600" align="center" cellpadding="0" cellspacing="0"><tr><td>
<a href="https://url.kr/ln3k9q"><img src="cid:IMG1" width="600" height="500" border="0" alt="대출 가승인"></a>
</td></tr>
<tr><td style="font-size:11px;color:#aaa;padding:8px;">수신거부를 원하시면 <a href="https://url.kr/ln3k9q-u">여기</a></td></tr>
</table></body></html>
""", text="고객님 대출 가승인 완료\n최대 3,000만원 / 24시간 내 확인\nhttps://url.kr/ln3k9q\n",
  via="spam", shape="related", inline=[("banner", 300, 250)])

S(("CASlNO KOREA", "promo@kr-cas1no.example"), "CAS1NO · BACCARAT · SL0T — 신규 100% 보너스 (첫 입금)",
  """CAS1NO KOREA 공식 오픈

BACCARAT / R0ULETTE / SL0T / SP0RTS
신규 첫 입금 100% 보너스 (최대 200만원)
매일 캐시백 10% · 무제한 출금

한국인 전용 1:1 상담
Telegram: @kr_cas1no
Site: kr-cas1no.example

19세 미만 이용 불가
""", via="spam", shape="plain")

S(("텔ㄹ레 상담", "hello@mg-korea.example"), "텔 레 그 램 👉 @ k o r e a _ m g 👈 지금 입장 시 혜택",
  """💰 한국 최대 커뮤니티 💰

토 토 · 카 지 노 · 코 인 · 리 딩

입장만 해도 무료 포인트 5만
텔 레 그 램 👉 @ k o r e a _ m g
카 톡 👉 k o r e a m g 2 6

⚠️ 주소 변경 잦으니 채널 꼭 저장하세요 ⚠️
""", via="spam", shape="plain")

S(("(광고)신규거래소", "join@bit-xchange.example"), "(광고) 신규 코인 거래소 오픈 이벤트 — 가입 즉시 USDT 50 지급",
  """(광고) 신규 가상자산 거래소 BitX 오픈

가입만 해도 USDT 50 즉시 지급
선물 거래 수수료 0% (평생)
최대 125배 레버리지

※ 국내 신고 거래소가 아닌 해외 거래소입니다. 한국 원화 입금은 P2P로 지원합니다.

가입 링크 → https://bit.ly/BitXKr
추천 코드 → KR2026

수신거부: 본 메일에 회신
""", via="spam", shape="alt")

S(("성인방송 무료체험", "bj@adult-bj.example"), "🔞 오늘만 무료 · BJ 라이브 1:1 채팅 (성인 인증 없이)",
  """🔞 성인 인증 없이 바로 입장 🔞

인기 BJ 라이브 방송 / 1:1 영상 채팅
가입 즉시 무료 코인 5,000개

👉 https://cutt.ly/AdBj19
👉 앱 설치 시 추가 코인 (안드로이드 전용)
""", via="spam", shape="plain")

S(("해선 전문", "hts@mini-futures.example"), "해외선물 수수료 무료 · 증거금 10만원으로 시작 (HTS 무료 제공)",
  """해외선물 미니 계좌 개설 안내

- 나스닥 · 항셍 · 크루드오일 · 골드
- 증거금 10만원부터 / 1계약 단위 거래
- 수수료 평생 무료, 오버나잇 가능
- 실시간 리딩 + 전문가 방송 무료

국내 증권사 계좌 없이 당일 HTS 개설
상담: 010-4482-9910 / 카톡 minifut
""", via="spam", charset="euc-kr", shape="plain")

S(("흥신소 상담실", "case@secret-detect.example"), "배우자 외도 증거 · 사람 찾기 · 위치 추적 (24시간 상담)",
  """24시간 비밀 상담

■ 배우자 외도 증거 수집 (차량 위치, 동선 확인)
■ 연락 끊긴 사람 찾기, 채무자 소재 파악
■ 휴대폰 통화 내역 · 카톡 복구
■ 성공 후 후불 가능

경찰 출신 전문 인력, 비밀 절대 보장
상담: 010-9931-0000 / 카톡 sd24
""", via="spam", charset="ks_c_5601-1987", shape="plain")

S(("무료 스포츠 중계", "live@sports-tv24.example"), "EPL · MLB · NBA 무료 고화질 중계 + 실시간 토토 분석",
  """⚽ 스포츠 무료 중계 ⚽

EPL, 챔피언스리그, MLB, NBA 전 경기 무료 고화질 중계
광고 없이 끊김 없이 시청
실시간 배당 · 픽 분석 게시판 (토토 유저 필독)

👉 https://sports-tv24.example
제휴 사이트 가입 시 첫충 20%
""", via="spam", shape="alt")

S(("명품 레플리카", "shop@luxury-s-grade.example"), "1:1 레플리카 S급 명품가방 · 시계 · 신발 정품 대비 10% 가격",
  """명품 레플리카 전문

- 샤넬 · 루이비통 · 에르메스 S급 가방
- 롤렉스 · 오메가 1:1 시계
- 정품 대비 10% 가격, 세관 통관 보장

실사 사진은 카톡으로 보내드립니다.
카톡ID: luxrep / 라인: luxrep2026
""", via="spam", shape="plain")

S(("여성 고소득 알바", "vip.job@queen-job.example"), "여성 고소득 알바 — 일 100만원 이상 (숙식 제공, 선불 가능)",
  """여성분 고소득 알바 모집

- 업무: 고객 응대 (자세한 내용은 상담 시 안내)
- 수입: 일 100만원 이상 가능
- 숙소 제공, 선불 가능, 당일 출근
- 나이 20~35세

비밀 보장, 부담 없이 문의 주세요.
텔레: @queenjob_kr
""", via="spam", charset="euc-kr", shape="plain")

import unicodedata as _ud  # noqa: E402

S(("온라인 " + _ud.normalize("NFD", "카지노") + " 안내", "news@asia-play.example"),
  _ud.normalize("NFD", "바카라 · 카지노 · 슬롯") + " 신규 가입 첫충 50% 이벤트",
  _ud.normalize("NFD", """아시아플레이 회원님께

라이브 바카라, 카지노, 슬롯 전 게임 오픈
신규 가입 첫충 50% / 매충 15% / 루징 10% 지급
환전 신청 후 평균 3분 처리

가입 주소와 코드는 텔레그램 채널에서 확인하세요.
""") + "텔레그램: @asiaplay_kr\n", via="spam", shape="plain")
# ==================================================================== PHISH
def phish_html(body, font="'Malgun Gothic',dotum,sans-serif"):
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%CHARSET%\"></head>\n"
            "<body style=\"margin:0;padding:0;background:#f5f5f5;\">\n"
            "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" style=\"background:#fff;font-family:"
            + font + ";font-size:14px;color:#222;line-height:1.7;\">\n" + body + "\n</table>\n</body></html>\n")


P(("신한은행", "security@shinhan-secure.example"), "[신한은행] 보안카드 재등록 안내 (전자금융사기 예방 서비스)",
  html=phish_html("""<tr><td style="padding:18px 28px;border-bottom:3px solid #0046ff;"><b style="color:#0046ff;font-size:20px;">신한은행</b></td></tr>
<tr><td style="padding:28px;">
고객님, 안녕하세요. 신한은행입니다.<br><br>
금융감독원 전자금융사기 예방 서비스 강화 조치에 따라 <b>2026년 12월 1일</b>부터 기존 보안카드 이용이 제한됩니다.<br>
서비스 중단을 피하시려면 아래에서 보안카드 재등록을 완료해 주시기 바랍니다.<br><br>
<a href="http://shinhan-secure.example/sol/reg.php?uid=72F1" style="display:inline-block;background:#0046ff;color:#fff;padding:12px 30px;text-decoration:none;">보안카드 재등록 (www.shinhan.com)</a><br><br>
※ 재등록 미완료 시 인터넷뱅킹 및 SOL뱅크 이체가 제한될 수 있습니다.<br>
<span style="font-size:12px;color:#888;">본 메일은 발신전용입니다. 고객센터 1599-8000</span>
</td></tr>"""), via="phish", shape="html")

P(("KB국민은행", "no-reply@kbstar-alert.example"), "[KB국민은행] 비정상적인 로그인 시도가 감지되어 이체가 일시 제한되었습니다",
  html=phish_html("""<tr><td style="padding:18px 28px;background:#ffcc00;"><b style="font-size:20px;color:#544;">KB국민은행</b></td></tr>
<tr><td style="padding:28px;">
고객님의 계정에서 해외 IP(베트남 호찌민)를 통한 로그인 시도가 3회 감지되었습니다.<br>
고객님의 자산 보호를 위해 <b>전자금융 이체 기능이 일시 제한</b>되었습니다.<br><br>
본인 확인 후 즉시 해제하실 수 있습니다.<br>
<a href="http://kbstar-alert.example/verify/index.html?c=KR7731">https://obank.kbstar.com/quics?page=C0256</a><br><br>
24시간 이내 본인 확인이 되지 않으면 계좌 보호를 위해 지급정지 조치됩니다.<br>
<span style="font-size:12px;color:#888;">KB국민은행 고객센터 1588-9999</span>
</td></tr>"""), via="phish", shape="alt")

P(("삼성카드", "approval@samsungcard-notice.example"), "[삼성카드] 해외결제 승인 안내 USD 1,280.00", date=(2026, 11, 26, 3, 16),
  text="""[삼성카드] 해외결제 승인 안내

고객님의 카드로 아래와 같이 해외 결제가 승인되었습니다.

승인일시: 2026/11/26 03:14
가맹점: AMAZON MARKETPLACE (US)
승인금액: USD 1,280.00 (약 1,791,000원)
카드: 삼성카드 taptap O (끝자리 5521)

본인이 결제하지 않으셨다면 즉시 아래 소비자보호팀으로 연락해 승인 취소를 요청하세요.
승인 후 24시간이 지나면 취소가 불가능합니다.

삼성카드 소비자보호팀 02-6952-4417 (24시간)
""", via="phish", shape="plain")

P(("현대카드", "hcard-alert@hyundaicard-center.example"), "[현대카드] 해외 가맹점 승인 완료 — 본인 미사용 시 신고 바랍니다", date=(2026, 11, 27, 2, 44),
  text="""현대카드 승인 안내

카드번호: 9410-****-****-2207
승인금액: 987,500원 (JPY 104,300)
가맹점: BIC CAMERA SHINJUKU
승인일시: 11/27 02:41

해외 부정 사용이 의심되어 추가 결제가 보류되었습니다.
본인 사용이 아닌 경우 부정사용 신고센터(070-4788-1532)로 즉시 연락 주시기 바랍니다.
상담원이 카드 정지 및 피해 보상 절차를 안내해 드립니다.
""", via="phish", shape="plain")

P(("네이버", "account_noreply@naver-nid.example"), "[네이버] 새로운 환경에서 로그인되었습니다", date=(2026, 11, 25, 4, 13),
  html=phish_html("""<tr><td style="padding:20px 28px;"><b style="color:#03c75a;font-size:24px;">NAVER</b></td></tr>
<tr><td style="padding:0 28px 28px;">
<h3 style="margin:0 0 12px;">새로운 환경에서 로그인되었습니다</h3>
회원님의 네이버 아이디가 새로운 기기에서 로그인되었습니다.<br><br>
<table cellpadding="6" style="background:#f7f7f7;width:100%;font-size:13px;">
<tr><td width="30%">일시</td><td>2026.11.25 04:12</td></tr>
<tr><td>위치</td><td>중국 (IP 36.112.***.***)</td></tr>
<tr><td>기기</td><td>Windows PC / Chrome</td></tr></table><br>
본인이 아닌 경우 즉시 비밀번호를 변경하고 다른 기기에서 로그아웃하세요.<br><br>
<a href="http://naver-nid.example/login/protect?ref=mail" style="display:inline-block;background:#03c75a;color:#fff;padding:12px 28px;text-decoration:none;">내 정보 보호하기</a><br><br>
<span style="font-size:12px;color:#999;">본 메일은 발신전용입니다. © NAVER Corp.</span>
</td></tr>"""), via="phish", shape="html")

P(("카카오계정", "noreply@kakao-account-help.example"), "[카카오] 카카오계정 보호조치 안내 — 비정상 활동 감지",
  html=phish_html("""<tr><td style="padding:20px 28px;background:#fee500;"><b style="font-size:20px;color:#191919;">kakao</b></td></tr>
<tr><td style="padding:28px;">
회원님의 카카오계정에서 스팸 메시지 대량 발송 등 비정상 활동이 감지되어 <b>보호조치</b>되었습니다.<br>
카카오톡, 카카오페이, 다음 메일 이용이 제한될 수 있습니다.<br><br>
아래 링크에서 본인 확인 후 보호조치를 해제해 주세요.<br>
<a href="https://kakao-account-help.example/protect/release?id=5541">https://accounts.kakao.com/weblogin/account</a><br><br>
48시간 이내 해제하지 않으면 계정이 영구 이용정지됩니다.
</td></tr>"""), via="phish", shape="alt")

P(("Daum 메일", "mailadmin@daum-mailbox.example"), "[Daum] 메일함 저장 용량이 초과되어 수신이 중단됩니다",
  """고객님의 Daum 메일함 용량이 98%에 도달했습니다.

용량이 초과되면 새로운 메일을 받을 수 없으며, 7일 후 오래된 메일부터 자동 삭제됩니다.
아래 링크에서 로그인하시면 무료 추가 용량 10GB를 받으실 수 있습니다.

추가 용량 받기: http://daum-mailbox.example/storage/upgrade?u=hyejin

Daum 메일팀 드림
""", via="phish", shape="plain", to="hyejin")

P(("CJ대한통운", "delivery@cj-logistics-kr.example"), "[CJ대한통운] 주소지 불일치로 배송이 보류되었습니다 (운송장 6892-****-3317)",
  """[CJ대한통운] 고객님의 택배가 주소지 불일치로 배송 보류 중입니다.

운송장번호: 6892-****-3317
보류 사유: 도로명주소 상세(동·호수) 누락
보관 기한: 2026년 11월 29일까지 (기한 경과 시 반송)

아래 링크에서 주소를 수정하시면 익일 재배송됩니다.
주소 수정: https://han.gl/cjAdrs7

※ 재배송 수수료 1,200원이 부과될 수 있습니다.
""", via="phish", shape="plain")

P(("우체국택배", "epost@epost-kr.example"), "[우체국] 등기 소포 미수령 — 반송 예정 안내 (안내문 첨부)",
  """고객님께 발송된 등기 소포가 수취인 부재로 2회 배달되지 못했습니다.

등기번호: 60871-0044-1932
발송인: 서울중앙우체국 사서함
반송 예정일: 2026년 12월 1일

재배달 신청 및 수령 일시 지정은 첨부된 안내문을 열어 진행해 주십시오.
(첨부 안내문은 PC 또는 모바일 브라우저에서 열립니다)

우정사업본부 인터넷우체국
""", via="phish", shape="plain",
  attach=[("html", "우체국_재배달신청서.html", """<!DOCTYPE html><html><head><meta charset="utf-8"><title>인터넷우체국 - 재배달 신청</title></head>
<body style="font-family:sans-serif;">
<h2 style="color:#d7282f;">인터넷우체국 재배달 신청</h2>
<form action="https://epost-kr.example/redeliver/submit.php" method="post">
<p>성명 <input name="n"></p><p>휴대전화 <input name="p"></p>
<p>주소 <input name="a" size="50"></p>
<p>재배달 수수료 결제 (1,800원)<br>카드번호 <input name="c"> 유효기간 <input name="e" size="5"> CVC <input name="v" size="3"></p>
<p><button type="submit">재배달 신청</button></p></form></body></html>
""")])

P(("롯데택배", "lotte-glogis@lotteglogis-track.example"), "[롯데택배] 운송장 확인 요청 — 통관 보류 (첨부 운송장 확인)",
  """안녕하세요, 롯데글로벌로지스입니다.

해외 직구 물품이 통관 정보 불일치(개인통관고유부호)로 보류되었습니다.
첨부된 운송장 및 통관 서류를 확인하신 후, 정보를 업데이트해 주셔야 통관이 진행됩니다.

첨부: 운송장_통관보류_LT2611.zip (압축 해제 후 문서 실행)
보류 기한: 3영업일 (기한 경과 시 폐기 또는 반송)

롯데택배 고객센터
""", via="phish", shape="plain",
  attach=[("zip", "운송장_통관보류_LT2611.zip", [("운송장_통관보류_LT2611.pdf.lnk", "C:\\Windows\\System32\\cmd.exe /c echo placeholder-for-malicious-shortcut"),
                                                  ("readme.txt", "password: 2611")])])

P(("쿠팡", "order-check@coupang-pay.example"), "[쿠팡] 결제가 완료되었습니다 — 본인 주문이 아니면 취소하세요 (1,249,000원)", date=(2026, 11, 27, 1, 12),
  html=phish_html("""<tr><td style="padding:20px 28px;"><b style="font-size:22px;color:#e52528;">coupang</b></td></tr>
<tr><td style="padding:0 28px 28px;">
고객님, 주문이 정상적으로 결제되었습니다.<br><br>
<table cellpadding="6" style="width:100%;border-top:2px solid #333;font-size:13px;">
<tr><td width="30%" style="background:#f7f7f7;">주문번호</td><td>2611270044918</td></tr>
<tr><td style="background:#f7f7f7;">상품</td><td>Apple 아이폰 17 Pro 256GB 자급제</td></tr>
<tr><td style="background:#f7f7f7;">결제금액</td><td><b>1,249,000원</b> (쿠팡페이 머니)</td></tr>
<tr><td style="background:#f7f7f7;">배송지</td><td>경기도 부천시 ***</td></tr></table><br>
본인이 주문하지 않으셨다면 24시간 내에 주문을 취소하세요.<br>
<a href="http://coupang-pay.example/cancel?ord=2611270044918" style="color:#346aff;">www.coupang.com 주문 취소하기</a>
</td></tr>"""), via="phish", shape="alt")

P(("국세청 홈택스", "refund@nts-hometax.example"), "[국세청] 2025년 귀속 종합소득세 미환급금 428,300원 조회 안내",
  html=phish_html("""<tr><td style="padding:18px 28px;background:#0f3d7a;color:#fff;"><b style="font-size:18px;">국세청 홈택스</b></td></tr>
<tr><td style="padding:28px;">
납세자님께서 2025년 귀속 종합소득세 신고 결과 <b style="color:#c00;">미환급금 428,300원</b>이 확인되었습니다.<br>
환급금은 신청일로부터 3영업일 이내에 본인 명의 계좌로 지급됩니다.<br><br>
<a href="http://nts-hometax.example/refund/apply.jsp?tin=88213" style="font-size:16px;">https://www.hometax.go.kr</a> 에서 환급 신청을 완료해 주세요.<br><br>
※ 환급 신청 기한: 2026년 11월 30일 (기한 경과 시 국고 귀속)<br>
<span style="font-size:12px;color:#888;">국세청 | 세종특별자치시 국세청로 8-14 | 국세상담센터 126</span>
</td></tr>"""), via="phish", shape="alt")

P(("홈택스", "etax@hometax-einvoice.example"), "[홈택스] 전자세금계산서 발급 내역 통보 (미확인 2건)",
  """전자세금계산서가 발급되어 통보드립니다.

공급자: (주)한성테크
공급받는자: 귀사
합계금액: 27,830,000원
미확인 건수: 2건

발급 내역은 첨부된 파일에서 확인하실 수 있습니다.
첨부: 전자세금계산서_발급내역.zip

국세청 홈택스
""", via="phish", shape="plain", to_pool=["sypark", "purchase", "mhjung"],
  attach=[("zip", "전자세금계산서_발급내역.zip", [("전자세금계산서_발급내역.html", """<html><head><meta charset="utf-8"><title>홈택스 로그인</title></head>
<body><h3>홈택스 - 세금계산서 열람을 위해 로그인하세요</h3>
<form action="https://hometax-einvoice.example/auth/login.do" method="post">
아이디 <input name="id"> 비밀번호 <input type="password" name="pw"><br>
공동인증서 비밀번호 <input type="password" name="cpw"><br><button>로그인</button></form></body></html>""")])])

P(("경찰청 사이버수사대", "cyber-police@police-kr-gov.example"), "[경찰청] 출석요구서 — 전자금융거래법 위반 사건 관련 (사건번호 2026-형제-48821)",
  """출 석 요 구 서

귀하는 전자금융거래법 위반(대포통장 명의 대여) 사건의 피의자로 입건되었음을 통지합니다.
사건번호: 2026-형제-48821
담당: 경찰청 국가수사본부 사이버수사과 수사관 김○○

첨부된 출석요구서와 사건 개요를 확인하시고, 지정된 기일에 출석하거나 담당 수사관에게 연락하시기 바랍니다.
불응 시 체포영장이 청구될 수 있습니다.

첨부 파일 비밀번호: 1234
""", via="phish", shape="plain",
  attach=[("zip", "출석요구서_2026-형제-48821.zip", [("출석요구서.scr", "placeholder executable payload (not real)"),
                                                     ("사건개요.txt", "비밀번호 1234")])])

P(("서울중앙지방검찰청", "spo-notice@spo-go-kr.example"), "[서울중앙지검] 귀하 명의 계좌의 범죄 연루 사실 통지 및 자산 보호 조치",
  """서울중앙지방검찰청 첨단범죄수사부입니다.

최근 검거된 금융사기 조직의 압수물에서 귀하 명의로 개설된 계좌 2개가 확인되었습니다.
귀하가 피해자인지 공범인지 확인이 필요하며, 확인 전까지 귀하 명의의 모든 계좌는 동결될 예정입니다.

자산 보호를 위해 금융감독원과 공조하여 '안전계좌'로 자금을 임시 이전하는 절차가 있습니다.
본 건은 수사 보안상 가족이나 은행 직원에게 알리지 마시고, 즉시 담당 검사실로 연락하십시오.

담당: 김지훈 검사 / 수사관 직통 02-3480-2291
사건조회: spo-go-kr.example/case
""", via="phish", shape="plain")

P(("대한민국 법원 전자소송", "ecfs@scourt-ecfs.example"), "[전자소송] 지급명령 정본 송달 안내 (2026차전 18837)",
  """[대한민국 법원 전자소송]

귀하에게 지급명령 정본이 전자송달되었습니다.

사건번호: 2026차전18837 물품대금
채권자: (주)대한상사
청구금액: 14,700,000원

지급명령 정본을 송달받은 날부터 2주일 이내에 이의신청을 하지 않으면 지급명령은 확정판결과 같은 효력이 발생합니다.
첨부된 송달문서를 열어 내용을 확인하시기 바랍니다.
""", via="phish", shape="plain", to_pool=["mhjung", "sypark"],
  attach=[("html", "지급명령정본_2026차전18837.html", """<!DOCTYPE html><html><head><meta charset="utf-8">
<meta http-equiv="refresh" content="0;url=https://scourt-ecfs.example/doc/view?sid=18837"><title>전자소송 송달문서</title></head>
<body>문서를 불러오는 중입니다... 자동으로 이동하지 않으면 <a href="https://scourt-ecfs.example/doc/view?sid=18837">여기</a>를 누르세요.</body></html>
""")])
P(("정부24", "minwon@gov24-docs.example"), "[정부24] 전자문서가 도착했습니다 — 행정처분 사전 통지서",
  html=phish_html("""<tr><td style="padding:18px 28px;border-bottom:2px solid #1d56bc;"><b style="font-size:20px;color:#1d56bc;">정부24</b></td></tr>
<tr><td style="padding:28px;">
귀하에게 <b>행정처분 사전 통지서</b>가 전자문서로 발송되었습니다.<br>
발송기관: 서울특별시 ○○구청 교통행정과<br>
열람 기한: 2026년 11월 30일<br><br>
기한 내 열람하지 않으면 송달된 것으로 간주되어 처분이 확정됩니다.<br><br>
<a href="https://gov24-docs.example/mydoc/open?d=GV2611-5573">www.gov.kr 전자문서 열람하기</a>
</td></tr>"""), via="phish", shape="html")

P(("국민건강보험공단", "nhis-info@nhis-check.example"), "[국민건강보험] 2026년 건강검진 결과 통보서 (개인 열람)",
  """[국민건강보험공단]
귀하의 2026년 건강검진 결과 통보서가 발급되었습니다.
일부 항목에서 재검이 필요한 소견이 있으니 결과를 확인하시기 바랍니다.

결과 확인(본인 인증 필요): http://nhis-check.example/result?n=hk1126
""", via="phish", shape="plain")

P(("국민연금공단", "nps-refund@nps-pension.example"), "[국민연금] 미수령 반환일시금 1,862,400원 지급 안내",
  html=phish_html("""<tr><td style="padding:18px 28px;"><b style="font-size:20px;color:#0067ac;">국민연금공단</b></td></tr>
<tr><td style="padding:0 28px 28px;">
귀하께서 수령하지 않으신 <b>반환일시금 1,862,400원</b>이 확인되었습니다.<br>
소멸시효(5년)가 임박하여 안내드리오니 기한 내 지급 신청을 완료해 주시기 바랍니다.<br><br>
신청 기한: 2026년 12월 4일<br>
필요 정보: 본인 명의 계좌, 주민등록번호, 휴대폰 인증<br><br>
<a href="http://nps-pension.example/refund/step1" style="background:#0067ac;color:#fff;padding:10px 26px;text-decoration:none;">https://www.nps.or.kr 지급 신청</a>
</td></tr>"""), via="phish", shape="alt")

P(("한국전력공사", "bill@kepco-notice.example"), "[한전] 전기요금 3개월 미납 — 12월 1일 단전 예정 통보",
  """[한국전력공사]
고객님의 전기요금이 3개월 미납되어 전기사업법 및 기본공급약관에 따라 단전 예정임을 통보합니다.

미납금액: 287,420원
단전예정일: 2026년 12월 1일 10:00

단전을 원하지 않으시면 아래 가상계좌로 즉시 납부하시거나, 분할 납부 상담을 신청하세요.
납부 및 상담: https://vo.la/kepcoPay
※ 자동이체 오류로 인한 미납일 수 있으니 확인 바랍니다.
""", via="phish", shape="plain")

P(("경찰청교통민원24", "efine@efine-police.example"), "[경찰청교통민원24] 교통법규 위반 과태료 미납 고지서 (속도위반)",
  html=phish_html("""<tr><td style="padding:18px 28px;background:#123a7a;color:#fff;"><b>경찰청 교통민원24 (이파인)</b></td></tr>
<tr><td style="padding:28px;">
귀하의 차량이 아래와 같이 교통법규를 위반하여 과태료가 부과되었으나 납부기한이 경과하였습니다.<br><br>
위반일시: 2026.10.29 18:42<br>
위반장소: 서울외곽순환고속도로 (판교 → 퇴계원 방향)<br>
위반내용: 속도위반 (제한 100km/h, 측정 127km/h)<br>
과태료: 70,000원 (가산금 포함 84,000원)<br><br>
위반 사진 확인 및 납부: <a href="http://efine-police.example/fine/view?no=26102918">https://www.efine.go.kr</a><br>
기한 내 미납 시 차량 압류 및 번호판 영치 대상이 됩니다.
</td></tr>"""), via="phish", shape="alt")

P(("김정우", "jw.kim.obit@gmail.com"), "[부고] 김정우 부친상 알려드립니다", date=(2026, 11, 26, 22, 37),
  text="""[부고]

김정우 님의 부친께서 2026년 11월 26일 별세하셨기에 삼가 알려드립니다.

빈소: 서울성모병원 장례식장 특실 (자세한 위치는 아래 모바일 부고장 참조)
발인: 2026년 11월 28일 오전 7시

모바일 부고장 보기: https://bit.ly/bugo-kjw1126

마음으로 위로해 주시기 바랍니다.
""", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", shape="plain", undisclosed=True)

P(("모바일청첩장", "wedding@wedding-card.example"), "💌 저희 결혼합니다 — 이준호 ♥ 박소연 모바일 청첩장",
  """안녕하세요, 이준호 ♥ 박소연입니다.

서로가 마주보며 다져온 사랑을 이제 함께 한 곳을 바라보며 걸어가고자 합니다.
저희 두 사람의 새로운 시작을 축복해 주세요.

일시: 2026년 12월 19일 토요일 오후 1시
장소: 더채플앳청담 3층

💌 모바일 청첩장 (오시는 길, 계좌번호) 
http://wedding-card.example/inv/jhsy1219.apk

참석이 어려우신 분들은 청첩장의 마음 전하실 곳을 이용해 주세요.
""", via="phish", shape="plain")

P(("돌잔치 초대", "party@dol-invite.example"), "[초대] 우리 하준이 첫 돌잔치에 초대합니다 👶",
  """안녕하세요!
저희 하준이가 벌써 첫 생일을 맞이했습니다.
귀한 걸음 하시어 축하해 주시면 감사하겠습니다.

일시: 2026년 12월 12일(토) 오전 11시 30분
장소: 판교 ○○ 돌잔치 전문홀

초대장 및 오시는 길 확인 👉 https://me2.do/dolH1212
(초대장은 카카오 인증 후 확인 가능합니다)
""", via="phish", shape="plain")

P(("선우엔지니어링 메일관리자", "postmaster@seonwoo-eng-mail.example"), "[메일 관리] tykim@seonwoo-eng.co.kr 계정 비밀번호가 오늘 만료됩니다", date=(2026, 11, 27, 7, 52),
  html=phish_html("""<tr><td style="padding:24px 28px;">
<b>seonwoo-eng.co.kr 웹메일 관리자 알림</b><br><br>
사용자 <b>tykim@seonwoo-eng.co.kr</b> 님,<br>
귀하의 메일 계정 비밀번호가 <b style="color:#c00;">오늘 (2026-11-27)</b> 만료됩니다.<br>
만료 후에는 메일 송수신이 중단되고 보관된 메일이 삭제될 수 있습니다.<br><br>
아래 버튼을 눌러 현재 비밀번호를 유지하십시오.<br><br>
<a href="https://seonwoo-eng-mail.example/owa/keep-password?u=tykim" style="background:#2b579a;color:#fff;padding:10px 24px;text-decoration:none;">현재 비밀번호 유지</a><br><br>
<span style="font-size:12px;color:#888;">© 2026 seonwoo-eng.co.kr Mail Server. 자동 발송 메일입니다.</span>
</td></tr>"""), via="phish", to="tykim", shape="html")

P(("한상우", "swhan@daeyang-precsion.example"), "RE: [대양정밀] 11월 대금 결제 관련 — 입금 계좌 변경 건",
  """김태윤 과장님, 안녕하세요.
대양정밀 한상우입니다.

11월분 납품 대금(20,262,000원) 결제 관련하여 말씀드립니다.
당사 주거래 계좌가 현재 회계 감사로 인해 일시적으로 입금이 제한되어, 이번 달 대금은 아래 계좌로 송금 부탁드립니다.

은행: 하나은행
계좌번호: 391-910477-22107
예금주: 대양정밀 (한상우)

세금계산서는 기존과 동일하게 발행되었으며, 변경 계좌 확인서는 다음 주에 우편으로 보내드리겠습니다.
이번 주 금요일까지 처리 가능하실지 회신 부탁드립니다. 제가 이번 주는 외근이라 전화 연결이 어려우니 메일로 부탁드려요.

감사합니다.
한상우 대리 | 영업팀
(주)대양정밀
""", via="phish", to="tykim", reply_to=("한상우", "swhan.daeyang@gmail.com"), in_reply_to="seonwoo-eng.co.kr",
  attach=[("pdf", "거래명세서_11월_선우엔지니어링.pdf", "Invoice November")])

P(("정민호", "ceo.mhjung.daon@gmail.com"), "급한 업무 요청",
  """유나님, 지금 자리에 있어요?

투자사 미팅 중이라 통화는 어렵고, 급하게 처리해야 할 일이 있어서요.
거래처 선지급 건인데 오늘 중으로 3,800만원 송금이 필요합니다. 계좌 정보는 바로 보내줄게요.
재무팀 통하면 늦어지니 일단 유나님이 처리하고 품의는 내일 제가 올리겠습니다.

이 건은 아직 공개 전이라 다른 사람한테는 말하지 말아 주세요.
답장 바로 부탁해요.

정민호
Sent from my iPhone
""", via="gmail", dkim=("gmail.com", "20230601"), mid=2, bstyle="gmail", to="yuna", shape="plain")

P(("번개장터 안전결제", "safepay@bunjang-safe.example"), "[번개장터] 구매자가 안전결제를 완료했습니다 — 판매대금 수령 확인",
  html=phish_html("""<tr><td style="padding:18px 28px;"><b style="font-size:20px;color:#d80c18;">번개장터 ⚡ 번개페이</b></td></tr>
<tr><td style="padding:0 28px 28px;">
판매자님, 구매자가 <b>안전결제(번개페이)</b>로 결제를 완료했습니다.<br><br>
상품: 아이패드 에어 6세대 256GB 스페이스그레이<br>
결제금액: 720,000원<br>
구매자: 박*현<br><br>
판매대금을 받으시려면 <b>판매자 계좌 인증</b>이 필요합니다.<br>
인증 과정에서 보증금 720,000원이 입금 확인용으로 필요하며, 인증 즉시 결제대금과 함께 환급됩니다.<br><br>
<a href="https://bunjang-safe.example/seller/verify?o=BJ2611" style="background:#d80c18;color:#fff;padding:10px 24px;text-decoration:none;">판매대금 수령하기</a>
</td></tr>"""), via="phish", to="minsu", shape="html")

P(("당근 안전거래", "noreply@daangn-safepay.example"), "[당근] 당근페이 안전결제 입금 완료 — 물품 발송 후 정산 신청",
  """[당근페이] 구매자님이 안전결제로 입금을 완료했어요.

거래 물품: 다이슨 에어랩 멀티스타일러 (거의 새것)
결제 금액: 450,000원 + 안전거래 수수료 9,000원
구매자: 마포구 망원동 '별빛고양이'

물품을 택배로 발송한 후, 아래 링크에서 운송장 번호를 등록하고 정산을 신청하세요.
정산 신청: https://daangn-safepay.example/settle?id=DG88213

※ 당근페이 정산 시스템 점검으로 정산 전 판매자 본인 인증(계좌 1원 인증)이 필요합니다.
""", via="phish", to="jiwon", shape="plain")

P(("IT 보안센터", "mfa-security@m365-auth-kr.example"), "[필수] 다중인증(MFA) 재등록 — 첨부 QR 코드를 휴대폰으로 스캔하세요",
  """임직원 여러분께

보안 정책 업데이트에 따라 모든 계정의 다중인증(MFA)을 11월 30일까지 재등록해야 합니다.
재등록하지 않으면 메일과 그룹웨어 접속이 차단됩니다.

방법: 첨부된 QR 코드를 휴대폰 카메라로 스캔하여 안내에 따라 로그인하세요.
(보안상 PC 브라우저에서는 진행할 수 없습니다)

IT 보안센터
""", via="phish", to_pool=["sypark", "dhlee", "mhjung"], shape="plain",
  attach=[("png", "MFA_재등록_QR.png", "qr")])

P(("주정차단속 과태료 안내", "parking@parking-fine.example"), "[구청] 주정차 위반 과태료 사전 통지 — QR 간편 납부",
  html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=%CHARSET%"></head>
<body style="font-family:'Malgun Gothic',sans-serif;">
<p><b>주정차 위반 과태료 사전 통지서</b></p>
<p>귀하의 차량이 주정차 금지 구역에 정차하여 과태료가 부과될 예정입니다.<br>
의견 진술 기한 내 자진 납부 시 20% 감경됩니다.</p>
<p><img src="cid:IMG1" width="180" height="180" alt="QR"></p>
<p>휴대폰 카메라로 QR 코드를 스캔하여 위반 사진 확인 및 감경 납부를 진행하세요.</p>
</body></html>
""", via="phish", shape="related", inline=[("qr",)])

P(("카카오페이", "transfer@kakaopay-notice.example"), "[카카오페이] 300,000원 송금이 도착했습니다 — 48시간 내 받기",
  """정은지님이 카카오페이로 돈을 보냈어요.

보낸 금액: 300,000원
메시지: "지난번 빌린 돈 이제야 보내 미안해!"

48시간 안에 받지 않으면 자동으로 보낸 사람에게 돌려보내집니다.
받기: http://kakaopay-notice.example/receive?tx=KP2611-7742
""", via="phish", shape="plain")
# ===================================================================== BULK
# Legal advertising mail (정보통신망법 제50조): subject begins with (광고),
# sender identity and opt-out in the body, List-Unsubscribe, merchant's own domain.

def footer(company, addr_, bizno, tel, unsub, consent=None):
    s = ("\n─────────────────────────\n"
         "본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되는 메일입니다.\n")
    if consent:
        s += "회원님은 %s 광고성 정보 수신에 동의하셨습니다.\n" % consent
    s += ("수신을 원하지 않으시면 [수신거부] %s 를 눌러 주세요. 수신거부는 무료입니다.\n"
          "%s | %s | 사업자등록번호 %s | 고객센터 %s\n" % (unsub, company, addr_, bizno, tel))
    return s


def bulk_html(title, color, lines, foot):
    body = "".join("<p>%s</p>\n" % htmlmod.escape(x, quote=False).replace("\n", "<br>\n") for x in lines)
    f = htmlmod.escape(foot.strip(), quote=False)
    f = URL_RE.sub(lambda m: '<a href="%s" style="color:#777;">%s</a>' % (m.group(0), m.group(0)), f).replace("\n", "<br>\n")
    return ("<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=%%CHARSET%%\"></head>\n"
            "<body style=\"margin:0;background:#f2f2f2;\">\n<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"background:#fff;font-family:'Malgun Gothic','Apple SD Gothic Neo',sans-serif;color:#222;\">\n"
            "<tr><td style=\"background:%s;color:#fff;padding:22px 30px;font-size:20px;\"><b>%s</b></td></tr>\n"
            "<tr><td style=\"padding:26px 30px;font-size:15px;line-height:1.7;\">\n%s</td></tr>\n"
            "<tr><td style=\"padding:18px 30px;font-size:11px;color:#777;line-height:1.6;border-top:1px solid #e5e5e5;\">%s</td></tr>\n"
            "</table>\n</body></html>\n" % (color, htmlmod.escape(title), body, f))


def BK(name, frm, subj, title, color, lines, company, addr_, bizno, tel, unsub, consent=None, shape="alt", **kw):
    foot = footer(company, addr_, bizno, tel, unsub, consent)
    text = "\n\n".join(lines) + "\n" + foot
    html = bulk_html(title, color, lines, foot)
    dom = frm.split("@")[1]
    B((name, frm), subj, text, html=html if shape != "plain" else None, shape=shape, via="esp",
      dkim=kw.pop("dkim", "s1"), list_unsub="<%s>, <mailto:unsubscribe@%s>" % (unsub, dom),
      headers=["Precedence: bulk"] + kw.pop("headers", []), **kw)


BK("올리브영", "news@oliveyoung.co.kr", "(광고) 12월 올영세일 곧 시작! 최대 70% 혜택 미리 확인하세요",
   "올영세일 12.1 ~ 12.7", "#9bce26",
   ["회원님, 12월 올영세일이 12월 1일에 시작됩니다.", "스킨케어·메이크업·헤어 인기 브랜드 최대 70% 할인\nVIP 회원 추가 10% 쿠폰 지급 (12/1 오전 10시 발급)",
    "오늘드림 주문 시 3시간 내 도착\n앱에서 미리 장바구니에 담아두세요: https://www.oliveyoung.co.kr/store/main/main.do"],
   "(주)씨제이올리브영", "서울특별시 용산구 한강대로 372", "809-81-0xxxx", "1577-4887",
   "https://www.oliveyoung.co.kr/store/mypage/unsubscribe", consent="2024년 11월 3일", to="hyejin")

BK("무신사", "marketing@musinsa.com", "(광고) 블랙프라이데이 마지막 날 | 아우터 최대 80% + 20% 중복쿠폰",
   "MUSINSA BLACK FRIDAY", "#000000",
   ["무신사 블랙프라이데이가 오늘 자정에 종료됩니다.", "다운 패딩, 코트, 플리스 아우터 최대 80%\n20% 중복 쿠폰은 오늘 23:59까지 사용 가능",
    "지금 보러 가기: https://www.musinsa.com/campaign/blackfriday"],
   "(주)무신사", "서울특별시 성동구 아차산로 13길 11", "211-88-7xxxx", "1544-7199",
   "https://www.musinsa.com/member/unsubscribe", to="jiwon", date=(2026, 11, 27, 12, 0))

BK("마켓컬리", "event@kurly.com", "(광고) 김장 준비는 컬리에서 — 절임배추 20kg 사전예약 오픈",
   "컬리 김장 페스타", "#5f0080",
   ["올해도 김장철이 돌아왔어요.", "해남 절임배추 20kg 사전예약 (12/5~12/12 순차 배송)\n국산 고춧가루, 새우젓, 김장 양념 세트 최대 35% 할인",
    "사전예약 바로가기: https://www.kurly.com/collections/kimjang"],
   "(주)컬리", "서울특별시 강남구 테헤란로 133, 한국타이어빌딩 18층", "261-81-2xxxx", "1644-1107",
   "https://www.kurly.com/member/unsubscribe", consent="2025년 2월 14일", to="hyejin")

BK("야놀자", "benefit@yanolja.com", "(광고) 겨울 여행 미리 준비! 국내 숙소 최대 50% + 2만원 쿠폰팩",
   "yanolja 겨울 얼리버드", "#ff3478",
   ["겨울 여행, 미리 예약하면 더 저렴해요.", "강원·제주·부산 인기 호텔과 리조트 최대 50% 할인\n쿠폰팩 2만원은 12월 15일까지 다운로드 가능",
    "얼리버드 특가 보기: https://www.yanolja.com/promotion/winter"],
   "야놀자(주)", "서울특별시 강남구 테헤란로 108길 42", "220-87-4xxxx", "1644-1346",
   "https://www.yanolja.com/settings/unsubscribe", to="minsu")

BK("11번가", "ad@11st.co.kr", "(광고) 그랜드 십일절 앵콜 — 오늘 단 하루, 삼성·LG 가전 특가",
   "그랜드 십일절 앵콜", "#ff0038",
   ["11번가 그랜드 십일절 앵콜 딜이 오늘 하루 진행됩니다.", "삼성 비스포크 냉장고, LG 스타일러, 다이슨 청소기 타임딜\n11pay 결제 시 최대 10% 추가 적립",
    "딜 바로가기: https://www.11st.co.kr/browsing/MallPlanDetail.tmall"],
   "11번가(주)", "서울특별시 중구 한강대로 416 서울스퀘어", "815-81-0xxxx", "1599-0110",
   "https://www.11st.co.kr/member/unsubscribe", shape="plain", to="minsu")

BK("G마켓", "news@gmarket.co.kr", "(광고) 빅스마일데이 개막 | 스마일클럽 회원 20% 할인쿠폰 지급",
   "BIG SMILE DAY", "#00b9ff",
   ["G마켓 연말 빅스마일데이가 시작되었습니다.", "스마일클럽 회원 전용 20% 할인쿠폰 (최대 2만원)\n스마일배송 상품 오늘 주문 내일 도착",
    "쿠폰 받기: https://www.gmarket.co.kr/n/bigsmileday"],
   "(주)지마켓", "서울특별시 강남구 테헤란로 152 강남파이낸스센터", "220-81-8xxxx", "1566-5701",
   "https://www.gmarket.co.kr/member/unsubscribe", consent="2024년 12월 1일", to="hyejin")

BK("교보문고", "books@kyobobook.co.kr", "(광고) 2026 올해의 책 발표 & 연말 도서 적립금 5천원 이벤트",
   "교보문고 올해의 책", "#3c7a3e",
   ["교보문고 독자들이 뽑은 2026 올해의 책 20선을 발표합니다.", "12월 한 달간 3만원 이상 구매 시 적립금 5,000원\n바로드림 주문 시 추가 적립 2%",
    "올해의 책 보기: https://www.kyobobook.co.kr/event/bestofyear"],
   "(주)교보문고", "서울특별시 종로구 종로 1", "102-81-1xxxx", "1544-1900",
   "https://www.kyobobook.co.kr/member/unsubscribe", shape="plain", to="jiwon")

BK("하나투어", "tour@hanatour.com", "(광고) 설 연휴 해외여행 얼리버드 — 다낭·오사카·괌 특가 마감 임박",
   "하나투어 설 연휴 얼리버드", "#00a0de",
   ["2027년 설 연휴 해외여행, 지금 예약하면 가장 저렴합니다.", "다낭 4박 5일 599,000원~\n오사카 자유여행 3박 4일 429,000원~\n괌 PIC 골드카드 5일 1,490,000원~",
    "상품 보기: https://www.hanatour.com/promotion/earlybird"],
   "(주)하나투어", "서울특별시 종로구 인사동 5길 41", "102-81-3xxxx", "1577-1233",
   "https://www.hanatour.com/customer/unsubscribe", to="minsu")

BK("CGV", "cgv@cgv.co.kr", "(광고) 12월 개봉작 예매 오픈 + VIP 전용 1+1 쿠폰",
   "CGV 12월 개봉 예정작", "#fb4357",
   ["12월 기대작 예매가 시작되었습니다.", "IMAX·4DX 상영관 선예매 오픈\nVIP 회원 주중 1+1 관람권 쿠폰 지급 (12/31까지)",
    "예매하기: https://www.cgv.co.kr/ticket/"],
   "CJ CGV(주)", "서울특별시 용산구 한강대로 23길 55", "104-81-4xxxx", "1544-1122",
   "https://www.cgv.co.kr/user/unsubscribe", to="jiwon")

BK("배달의민족", "marketing@woowahan.com", "(광고) 오늘 저녁 치킨 어때요? 배민클럽 3,000원 할인 쿠폰 도착",
   "배민 오늘의 할인", "#2ac1bc",
   ["퇴근길, 오늘 저녁은 배민으로!", "치킨·피자·족발 3,000원 할인 쿠폰 (오늘 자정까지)\n배민클럽 회원은 배달팁 무료",
    "쿠폰 받기: https://www.baemin.com/event"],
   "(주)우아한형제들", "서울특별시 송파구 위례성대로 2", "120-87-6xxxx", "1600-0987",
   "https://www.baemin.com/settings/unsubscribe", shape="plain", to="minsu")

BK("신한카드", "ad@shinhancard.com", "(광고) [신한카드] 연말 가족외식 최대 30% 캐시백 이벤트 안내",
   "신한카드 연말 외식 캐시백", "#0046ff",
   ["신한카드 회원님께 연말 외식 캐시백 이벤트를 안내드립니다.", "응모 후 아웃백·빕스·애슐리 등 제휴 외식업종 결제 시 최대 30% 캐시백 (1인 최대 3만원)\n이벤트 기간: 2026.12.1 ~ 12.31",
    "응모하기: https://www.shinhancard.com/pconts/html/benefit/event/main.html",
    "※ 카드 이용 전 상품설명서 및 약관을 확인하시기 바랍니다. 여신금융협회 심의필 제2026-C1h-xxxxx호"],
   "신한카드(주)", "서울특별시 중구 을지로 100", "202-81-4xxxx", "1544-7000",
   "https://www.shinhancard.com/cconts/html/member/unsubscribe.html", consent="2025년 6월 20일", to="jiwon")

BK("현대카드", "news@hyundaicard.com", "(광고) 현대카드 M 회원 전용 — 연말 M포인트 2배 적립 가맹점 안내",
   "HYUNDAI CARD", "#111111",
   ["연말을 맞아 M포인트 2배 적립 이벤트를 진행합니다.", "대상 가맹점: 현대백화점, 코스트코, 스타벅스, 주유소\n기간: 12/1 ~ 12/31, 사전 응모 필수",
    "응모하기: https://www.hyundaicard.com/cpb/ev/CPBEV0101_01.hc",
    "※ 여신금융협회 심의필 제2026-C1h-xxxxx호"],
   "현대카드(주)", "서울특별시 영등포구 의사당대로 3", "202-81-4xxxx", "1577-6000",
   "https://www.hyundaicard.com/cpc/cs/unsubscribe.hc", to="minsu")

BK("LG전자", "lgemall@lge.co.kr", "(광고) LG전자 베스트샵 연말 혼수·이사 페스타 — 최대 200만원 캐시백",
   "LG전자 연말 페스타", "#a50034",
   ["혼수·이사 준비 중이신가요?", "LG 오브제컬렉션 패키지 구매 시 최대 200만원 캐시백\n구독 가입 시 첫 6개월 구독료 50% 할인",
    "자세히 보기: https://www.lge.co.kr/event"],
   "LG전자(주)", "서울특별시 영등포구 여의대로 128", "107-86-1xxxx", "1544-7777",
   "https://www.lge.co.kr/my-page/unsubscribe", consent="2025년 3월 8일", to="hyejin")

BK("SSG.COM", "ssg@ssg.com", "(광고) 쓱데이 단 3일! 이마트·신세계백화점 인기상품 최대 60%",
   "SSG DAY", "#ff5452",
   ["쓱데이가 돌아왔습니다.", "이마트몰 생필품 1+1, 신세계백화점 명품 뷰티 최대 60%\n쓱배송 오늘 주문 오늘 도착",
    "쓱데이 바로가기: https://www.ssg.com/event/ssgday"],
   "(주)에스에스지닷컴", "서울특별시 강남구 테헤란로 231", "870-88-0xxxx", "1577-3419",
   "https://member.ssg.com/unsubscribe", to="hyejin")

BK("오늘의집", "hello@bucketplace.net", "(광고) 겨울맞이 홈 스타일링 — 러그·커튼·전기요 최대 65%",
   "오늘의집 윈터 세일", "#35c5f0",
   ["따뜻한 집을 위한 겨울 준비.", "극세사 러그, 암막 커튼, 전기요·온수매트 최대 65%\n오늘의딜 매일 오전 10시 오픈",
    "세일 보러 가기: https://ohou.se/exhibitions/winter"],
   "(주)버킷플레이스", "서울특별시 서초구 서초대로 74길 4", "119-86-9xxxx", "1670-0876",
   "https://ohou.se/users/unsubscribe", shape="plain", to="jiwon")

BK("예스24", "event@yes24.com", "(광고) 연말 결산 이벤트 — 올해 내가 읽은 책 확인하고 YES포인트 받으세요",
   "YES24 나의 독서 결산", "#1a4fa0",
   ["2026년 회원님의 독서 기록을 정리해 드립니다.", "독서 결산 확인 시 YES포인트 1,000원\n12월 도서 3만원 이상 구매 시 다이어리 증정",
    "확인하기: https://www.yes24.com/event/2026review"],
   "예스이십사(주)", "서울특별시 영등포구 은행로 11", "229-81-3xxxx", "1544-3800",
   "https://www.yes24.com/member/unsubscribe", to="hyejin")

BK("쿠팡", "ad-noreply@coupang.com", "(광고) 와우회원 전용 연말 감사제 — 로켓프레시 20% 할인",
   "쿠팡 와우 연말 감사제", "#e52528",
   ["와우회원님, 올 한 해 감사했습니다.", "로켓프레시 신선식품 20% 할인 쿠폰\n로켓배송 가전·디지털 최대 40% 타임특가",
    "감사제 보러 가기: https://www.coupang.com/np/campaigns/yearend"],
   "쿠팡(주)", "서울특별시 송파구 송파대로 570", "120-88-0xxxx", "1577-7011",
   "https://www.coupang.com/np/unsubscribe", consent="2024년 11월 28일", to="minsu")

BK("롯데ON", "lotteon@lotteon.com", "(광고) 롯데온 블랙페스타 — 롯데백화점 브랜드 최대 70%, 엘포인트 5배",
   "LOTTE ON BLACK FESTA", "#101010",
   ["롯데온 블랙페스타를 시작합니다.", "롯데백화점 입점 브랜드 최대 70%\n엘포인트 5배 적립 (12/1~12/3)",
    "바로가기: https://www.lotteon.com/p/display/main/blackfesta"],
   "롯데쇼핑(주) e커머스사업부", "서울특별시 송파구 올림픽로 300", "219-85-0xxxx", "1899-7000",
   "https://www.lotteon.com/p/member/unsubscribe", to="jiwon")

BK("인터파크티켓", "ticket@interparkcorp.com", "(광고) 연말 공연 티켓 오픈 — 뮤지컬·콘서트 조기예매 10% 할인",
   "NOL 인터파크 티켓 연말 공연", "#ef3e42",
   ["연말 공연 예매가 시작됩니다.", "뮤지컬, 콘서트, 클래식 조기예매 10% 할인\n티켓 오픈 알림 신청 시 추가 쿠폰",
    "예매 바로가기: https://tickets.interpark.com/"],
   "놀유니버스(주)", "서울특별시 강남구 삼성로 512", "220-81-8xxxx", "1544-1555",
   "https://tickets.interpark.com/member/unsubscribe", to="hyejin")

BK("다이소몰", "mall@daisomall.co.kr", "(광고) 다이소몰 연말 파티용품 기획전 — 5만원 이상 무료배송",
   "DAISO 연말 파티 기획전", "#e6002d",
   ["연말 파티 준비, 다이소몰에서 한 번에!", "크리스마스 트리·오너먼트·파티용품 기획전\n5만원 이상 무료배송, 매장 픽업 가능",
    "기획전 보기: https://www.daisomall.co.kr/event/party"],
   "(주)아성다이소", "서울특별시 강남구 남부순환로 2748", "113-81-2xxxx", "1522-4400",
   "https://www.daisomall.co.kr/member/unsubscribe", shape="plain", to="jiwon")


# ====================================================================
# OUTPUT AND VALIDATION
# ====================================================================
PY_CODEC = {"utf-8": "utf-8", "euc-kr": "euc_kr", "ks_c_5601-1987": "euc_kr", "us-ascii": "ascii"}


def validate(path, raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    assert m["From"] and m["Subject"] and m["Date"] and m["Message-ID"], path
    str(m["Subject"])
    str(m["From"])
    for part in m.walk():
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        assert payload is not None, path
        if part.get_content_maintype() == "text":
            cs = (part.get_content_charset() or "us-ascii").lower()
            payload.decode(PY_CODEC[cs], "strict")  # strict: must decode cleanly
            c = part.get_content()
            assert "\ufffd" not in c, path
        else:
            part.get_content()
        part.get_filename()
    for d in m.defects:
        raise AssertionError("%s: %s" % (path, d))
    return m


def main():
    counts = {}
    rows = []
    outdirs = ["ham", "spam", "phish", "bulk"]
    for d in outdirs:
        if (HERE / d).exists():
            shutil.rmtree(HERE / d)
        (HERE / d).mkdir()
    rot = {}
    for spec in MESSAGES:
        cls = spec["cls"]
        counts[cls] = counts.get(cls, 0) + 1
        idx = counts[cls]
        rot[cls] = rot.get(cls, -1) + 1
        raw, info = build(spec, cls, idx, rot[cls] + {"ham": 0, "spam": 1, "phish": 2, "bulk": 3}[cls])
        rel = "%s/%03d.eml" % (cls, idx)
        (HERE / rel).write_bytes(raw)
        validate(rel, raw)
        rows.append([rel, cls, info["charset"], info["cte"], info["shape"], info["sender"],
                     info["subject"].replace("\t", " ")])
    with open(HERE / "MANIFEST.tsv", "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tclass\tcharset\ttransfer_encoding\tmime_shape\tsender\tsubject\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    print(" ".join("%s=%d" % (k, counts.get(k, 0)) for k in outdirs), "total=%d" % len(rows))


if __name__ == "__main__":
    main()
