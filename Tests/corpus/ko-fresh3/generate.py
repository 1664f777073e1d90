#!/usr/bin/env python3
"""ko-fresh3: an independent, held-out Korean measurement corpus for Haetae.

Writes 180 RFC 5322 messages (90 ham, 40 spam, 30 phish, 20 bulk) into
ham/ spam/ phish/ bulk/ next to this file, plus MANIFEST.tsv, then checks
that every message parses with Python's email module and that every part
decodes.  Standard library only; a fixed seed makes every run produce
byte-identical output.

MEASUREMENT ONLY.  Never use these messages to develop or tune rules.
"""
import base64
import datetime as dt
import email
import email.policy
import hashlib
import io
import os
import random
import struct
import sys
import zipfile
import zlib

SEED = 20261128
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
KST = dt.timezone(dt.timedelta(hours=9))
CODEC = {"utf-8": "utf-8", "euc-kr": "euc_kr", "ks_c_5601-1987": "cp949"}
LABEL = {"utf-8": "UTF-8", "euc-kr": "EUC-KR", "ks_c_5601-1987": "ks_c_5601-1987"}
CTE = {"b64": "base64", "qp": "quoted-printable", "8bit": "8bit"}

# Recipient side: two invented organisations hosted on the server under test.
RCPT_MX = {"haeoreum.example": "mx1.haeoreum.example", "sodam.example": "mx.sodam.example"}


# ---------------------------------------------------------------- helpers
def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, chars="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(R.choice(chars) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def doc_ip():
    return "%s.%d" % (R.choice(["192.0.2", "198.51.100", "203.0.113"]), R.randint(2, 250))


def fmt_date(d):
    return email.utils.format_datetime(d)


def enc_words(text, charset, mode):
    """RFC 2047 encoded words, each at most 75 octets."""
    codec, label = CODEC[charset], LABEL[charset]
    words, cur = [], ""

    def build(s):
        raw = s.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(raw).decode())
        out = []
        for b in raw:
            c = chr(b)
            if c.isascii() and (c.isalnum() or c in "!*+-/"):
                out.append(c)
            elif b == 0x20:
                out.append("_")
            else:
                out.append("=%02X" % b)
        return "=?%s?Q?%s?=" % (label, "".join(out))

    for ch in text:
        if cur and len(build(cur + ch)) > 75:
            words.append(build(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(build(cur))
    return words


def hdr_text(text, charset, mode, name_len):
    """Header value: plain if ASCII, else encoded words folded one per line."""
    if text.isascii():
        return text
    prefix = ""
    for p in ("Re: ", "RE: ", "Fwd: ", "FW: ", "Fw: "):
        if text.startswith(p):
            prefix, text = p, text[len(p):]
            break
    ws = enc_words(text, charset, mode)
    return prefix + "\r\n ".join(ws)


def addr(disp, address, charset="utf-8", mode="B"):
    if not disp:
        return "<%s>" % address if R.random() < 0.3 else address
    if disp.isascii():
        if any(c in disp for c in '(),.:;<>@[]"'):
            return '"%s" <%s>' % (disp.replace('"', ""), address)
        return "%s <%s>" % (disp, address)
    return "%s <%s>" % (" ".join(enc_words(disp, charset, mode)), address)


def b64_body(raw):
    s = base64.b64encode(raw).decode()
    return "\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n"


def qp_body(text, codec):
    lines = []
    for line in text.split("\n"):
        raw = line.encode(codec)
        toks = []
        for i, b in enumerate(raw):
            last = i == len(raw) - 1
            if 33 <= b <= 126 and b != 61:
                toks.append(chr(b))
            elif b in (32, 9) and not last:
                toks.append(chr(b))
            else:
                toks.append("=%02X" % b)
        cur = ""
        for t in toks:
            if len(cur) + len(t) > 75:
                lines.append(cur + "=")
                cur = ""
            cur += t
        lines.append(cur)
    return "\r\n".join(lines) + "\r\n"


def text_part(subtype, text, charset, cte):
    codec = CODEC[charset]
    if not text.endswith("\n"):
        text += "\n"
    h = "Content-Type: text/%s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (
        subtype, LABEL[charset], CTE[cte])
    if cte == "b64":
        body = b64_body(text.replace("\n", "\r\n").encode(codec))
        return h.encode() + body.encode()
    if cte == "qp":
        return h.encode() + qp_body(text.rstrip("\n"), codec).encode()
    raw = text.rstrip("\n").replace("\n", "\r\n").encode(codec) + b"\r\n"
    return h.encode() + raw


def fname_params(fname, style):
    if fname.isascii():
        return 'name="%s"' % fname, 'filename="%s"' % fname
    if style == "2231":
        from urllib.parse import quote
        q = quote(fname.encode("utf-8"), safe="")
        return ("name*=UTF-8''%s" % q, "filename*=UTF-8''%s" % q)
    w = "".join(enc_words(fname, "utf-8", "B"))
    if len(w) > 60:
        w = "\r\n ".join(enc_words(fname, "utf-8", "B"))
    return 'name="%s"' % w, 'filename="%s"' % w


def attach_part(a):
    ctype, fname, data = a["type"], a["name"], a["data"]
    np, fp = fname_params(fname, a.get("style", "2047"))
    disp = "inline" if a.get("cid") else "attachment"
    h = "Content-Type: %s;\r\n %s\r\nContent-Transfer-Encoding: base64\r\n" % (ctype, np)
    if a.get("cid"):
        h += "Content-ID: <%s>\r\n" % a["cid"]
    h += "Content-Disposition: %s;\r\n %s\r\n\r\n" % (disp, fp)
    return h.encode() + b64_body(data).encode()


def multipart(subtype, parts, boundary):
    out = b"Content-Type: multipart/%s;\r\n boundary=\"%s\"\r\n\r\n" % (subtype.encode(), boundary.encode())
    if subtype in ("mixed", "alternative"):
        out += b"This is a multi-part message in MIME format.\r\n\r\n"
    for p in parts:
        out += b"--" + boundary.encode() + b"\r\n" + p + b"\r\n"
    out += b"--" + boundary.encode() + b"--\r\n"
    return out


def bnd(style):
    if style == "gmail":
        return "0000000000" + rhex(18)
    if style == "outlook":
        return "_000_" + ralnum(40, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_"
    if style == "naver":
        return "----=_Part_" + str(R.randint(100000, 999999)) + "_" + str(R.randint(10**8, 10**9)) + "." + str(R.randint(10**12, 10**13))
    return "----=_NextPart_" + rhex(8) + "_" + rhex(8)


# ----------------------------------------------------------- attachments
def pdf(title):
    body = ("%%PDF-1.4\n1 0 obj <</Type /Catalog /Pages 2 0 R>> endobj\n"
            "2 0 obj <</Type /Pages /Kids [3 0 R] /Count 1>> endobj\n"
            "3 0 obj <</Type /Page /Parent 2 0 R /MediaBox [0 0 595 842]>> endobj\n"
            "4 0 obj <</Title (%s) /Producer (Hancom PDF 1.3.0.542)>> endobj\n"
            "trailer <</Root 1 0 R /Info 4 0 R>>\n%%%%EOF\n") % title
    return body.encode("ascii")


def png(w, h, mode="noise", seed=0, modules=None):
    rr = random.Random(SEED + seed)
    rows = []
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            if modules is not None:
                n = len(modules)
                v = 0 if modules[y * n // h][x * n // w] else 255
            elif mode == "noise":
                v = rr.randint(0, 255)
            else:
                v = (x * 3 + y * 5) % 256
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))


def qr_png(seed):
    rr = random.Random(SEED * 7 + seed)
    n = 29
    m = [[rr.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                m[oy + y][ox + x] = edge or core
    return png(145, 145, modules=m)


def jpg(seed, size=900):
    rr = random.Random(SEED + 1000 + seed)
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            + bytes(rr.getrandbits(8) for _ in range(size)) + b"\xff\xd9")


def zipped(files):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            if not name.isascii():
                zi.flag_bits |= 0x800
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data if isinstance(data, bytes) else data.encode("utf-8"))
    return bio.getvalue()


def hwp(title):
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
            + b"\x00" * 40 + b"HWP Document File" + b"\x00" * 15 + title.encode("utf-16-le") + b"\x00" * 64)


def xlsx(title):
    return zipped([("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
                   ("docProps/core.xml", "<cp:coreProperties><dc:title>%s</dc:title></cp:coreProperties>" % title),
                   ("xl/workbook.xml", "<workbook/>")])


def A(ctype, name, data, style="2047", cid=None):
    return {"type": ctype, "name": name, "data": data, "style": style, "cid": cid}


# ------------------------------------------------------------ rendering
START = dt.datetime(2026, 9, 1, tzinfo=KST)


def pick_date(cls):
    day = R.randint(0, 87)
    if cls in ("ham", "bulk"):
        hour = R.choice([7, 8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 18, 20, 21])
    else:
        hour = R.randint(0, 23)
    return START + dt.timedelta(days=day, hours=hour, minutes=R.randint(0, 59), seconds=R.randint(0, 59))


def msgid(style, domain, d):
    ts = d.strftime("%Y%m%d%H%M%S")
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % ralnum(44, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")
    if style == "naver":
        return "<%s@cweb%03d.nm.nfra.io>" % (ralnum(22), R.randint(1, 40))
    if style in ("daum", "kakao"):
        return "<%s.%s@%s>" % (ts, rhex(16), "kakao.com" if style == "kakao" else "daum.net")
    if style == "nate":
        return "<%s.%s@nate.com>" % (ts, rhex(10))
    if style == "outlook":
        box = "SE2P216MB%04d" % R.randint(1000, 9999)
        return "<%s%s@%s.KORP216.PROD.OUTLOOK.COM>" % (box, ralnum(20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), box)
    if style == "list":
        return "<%s-%s@googlegroups.com>" % (rhex(8), rhex(12))
    if style == "esp":
        return "<%s.%s@send.stibee.com>" % (ts, rhex(20))
    if style in ("spam", "phish"):
        return R.choice(["<%s@%s>" % (rhex(32), domain), "<%s.%s@%s>" % (ts, ralnum(8), domain),
                         "<%s$%s@localhost>" % (rhex(12), rhex(6)), "<%s@%s>" % (ralnum(16), "WIN-" + ralnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))])
    return "<%s.%s@%s>" % (ts, rhex(12), R.choice([domain, "mail." + domain, "mailer." + domain]))


def received(frm_helo, frm_rdns, ip, by, with_, rid, rcpt, when):
    rd = "%s [%s]" % (frm_rdns, ip) if frm_rdns else "[%s]" % ip
    s = "from %s (%s)\r\n\tby %s with %s id %s" % (frm_helo, rd, by, with_, rid)
    if rcpt:
        s += "\r\n\tfor <%s>" % rcpt
    return s + "; " + fmt_date(when)


def dkim(domain, selector, when, hlist="from:to:subject:date:message-id:mime-version:content-type"):
    b = rb64(256)
    folded = "\r\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n\tt=%d;\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s"
            % (domain, selector, int(when.timestamp()), hlist, rb64(32), folded))


OUTBOUND = {
    "gmail": ("mail-%s-f%d.google.com", "gmail.com", "20230601"),
    "naver": ("cvsmtppost%02d.nm.naver.com", "naver.com", "s20171208"),
    "daum": ("mail-smtp%d.daum.net", "daum.net", "kakaomail"),
    "kakao": ("mail-smtp%d.kakao.com", "kakao.com", "kakaomail"),
    "nate": ("smtp%d.nate.com", "nate.com", "nate"),
}


def chain(m, when, rcpt):
    """Received headers, newest first, and DKIM (domain, selector) or None."""
    style, dom = m["mua"], m["f"][1].split("@")[1]
    rdom = rcpt.split("@")[1] if "@" in rcpt else "haeoreum.example"
    mx = RCPT_MX.get(rdom, "mx1.haeoreum.example")
    t = when
    hops = []
    sig = None
    tls = "ESMTPS"
    if style in OUTBOUND:
        pat, sdom, sel = OUTBOUND[style]
        host = pat % ((R.choice(["pl1", "pj1", "qv1", "oi1"]), R.randint(170, 230)) if style == "gmail" else (R.randint(1, 40),))
        t1 = t + dt.timedelta(seconds=R.randint(1, 4))
        hops.append(received(host, host, doc_ip(), mx, tls, ralnum(12), rcpt, t1))
        if style == "gmail":
            hops.append("by 2002:a17:90b:%s:b0:%s:%s with SMTP id %s;\r\n\t%s" % (
                rhex(3), rhex(3), rhex(4), ralnum(22), fmt_date(t)))
        else:
            hops.append(received("cweb%02d" % R.randint(1, 40) if style == "naver" else "webmail", None,
                                 "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                                 host, "ESMTP", ralnum(10), None, t))
        sig = (sdom, sel)
    elif style == "outlook":
        box = "SE2P216MB%04d.KORP216.PROD.OUTLOOK.COM" % R.randint(1000, 9999)
        ob = "mail-%s.outbound.protection.outlook.com" % R.choice(["psaapc01on2101", "sl2kor01on2119", "se2kor01on2103"])
        t1 = t + dt.timedelta(seconds=R.randint(1, 5))
        hops.append(received(ob, ob, doc_ip(), mx, "ESMTPS", ralnum(12), rcpt, t1))
        hops.append(received(box, None, "::1", box, "HTTPS", "15.20.%d.%d" % (R.randint(7000, 9999), R.randint(1, 40)), None, t))
        sig = (dom, "selector1")
    elif style == "list":
        host = "mail-yb1-f%d.google.com" % R.randint(180, 200)
        t1 = t + dt.timedelta(seconds=R.randint(2, 9))
        hops.append(received(host, host, doc_ip(), mx, "ESMTPS", ralnum(12), rcpt, t1))
        hops.append("by 2002:a05:6902:%s:b0:%s:%s with SMTP id %s;\r\n\t%s" % (rhex(3), rhex(3), rhex(4), ralnum(22), fmt_date(t)))
        sig = ("googlegroups.com", "20230601")
    elif style == "esp":
        host = "send%d.stibee.com" % R.randint(10, 60)
        t1 = t + dt.timedelta(seconds=R.randint(2, 30))
        hops.append(received(host, host, doc_ip(), mx, "ESMTPS", ralnum(12), rcpt, t1))
        sig = (dom, "stb")
    elif style in ("org", "corp"):
        out = R.choice(["mail", "smtp", "mx-out", "mailer", "ems"]) + str(R.randint(1, 9)) + "." + dom
        t1 = t + dt.timedelta(seconds=R.randint(1, 20))
        hops.append(received(out, out, doc_ip(), mx, "ESMTPS", ralnum(12), rcpt, t1))
        inner = R.choice(["was", "app", "batch", "tms", "gw"]) + "%02d" % R.randint(1, 20) + "." + dom
        hops.append(received(inner, None, "10.%d.%d.%d" % (R.randint(0, 255), R.randint(0, 255), R.randint(1, 254)),
                             out, "ESMTP", ralnum(10), None, t))
        if style == "org" or m.get("dk"):
            sig = (dom, m.get("sel") or R.choice(["default", "s1", "mail", "dkim", "k1"]))
    else:  # spam / phish: one hop from somewhere odd
        helo = m.get("helo") or R.choice(["User", "localhost", "WIN-" + ralnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                           "mail." + dom, "[" + doc_ip() + "]", "vps%d.hosting.example" % R.randint(100, 999)])
        rdns = R.choice([None, "static.%s.cloud.example" % rhex(6), "mail." + dom, "%s.dyn.broadband.example" % rhex(8)])
        t1 = t + dt.timedelta(seconds=R.randint(1, 600))
        hops.append(received(helo, rdns, doc_ip(), mx, R.choice(["ESMTP", "ESMTPS", "ESMTPSA"]), ralnum(12), rcpt, t1))
        if R.random() < 0.5:
            hops.append(received("localhost", None, "127.0.0.1", helo if "." in helo and not helo.startswith("[") else "mail." + dom,
                                 "ESMTP", ralnum(10), None, t))
        if m.get("dk"):
            sig = (dom, m.get("sel") or "default")
    if m.get("nodkim"):
        sig = None
    return hops, sig


def render(m):
    charset, cte, q = m["cs"], m["e"], m.get("q", "B")
    d = m.get("date") or pick_date(m["c"])
    m["date"] = d
    to = m.get("to")
    rcpt = to[1] if isinstance(to, tuple) else m.get("rcpt", "kim.jiwoo@haeoreum.example")
    hops, sig = chain(m, d, rcpt)
    style = m["mua"]
    dom = m["f"][1].split("@")[1]
    H = []
    rp = m.get("rp") or m["f"][1]
    H.append(("Return-Path", "<%s>" % rp))
    for h in hops:
        H.append(("Received", h))
    if sig:
        H.append(("DKIM-Signature", dkim(sig[0], sig[1], d)))
    H.append(("MIME-Version", "1.0"))
    H.append(("Date", fmt_date(d)))
    H.append(("Message-ID", m.get("mid") or msgid(style, dom, d)))
    if m.get("irt"):
        refs = m["irt"]
        H.append(("In-Reply-To", refs[-1]))
        H.append(("References", "\r\n ".join(refs)))
    H.append(("Subject", hdr_text(m["s"], charset, q, 9)))
    fd = m["f"][0]
    H.append(("From", addr(fd, m["f"][1], m.get("fcs", charset), m.get("fq", q))))
    if m.get("sender"):
        H.append(("Sender", m["sender"]))
    if isinstance(to, tuple):
        H.append(("To", addr(to[0], to[1], charset, q)))
    elif to:
        H.append(("To", to))
    if m.get("cc"):
        H.append(("Cc", ",\r\n ".join(addr(a, b, charset, q) for a, b in m["cc"])))
    if m.get("rt"):
        H.append(("Reply-To", addr(m["rt"][0], m["rt"][1], charset, q)))
    if m.get("lu"):
        H.append(("List-Unsubscribe", ",\r\n ".join("<%s>" % u for u in m["lu"])))
        if any(u.startswith("https") for u in m["lu"]) and m.get("onec", True):
            H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    for k, v in m.get("x", []):
        H.append((k, hdr_text(v, charset, q, len(k))))
    # body
    b_style = {"gmail": "gmail", "outlook": "outlook", "naver": "naver"}.get(style, "other")
    parts_desc = []
    t, h = m.get("t"), m.get("h")
    inline = [a for a in m.get("a", []) if a.get("cid")]
    atts = [a for a in m.get("a", []) if not a.get("cid")]
    if t is not None and h is not None:
        body = multipart("alternative", [text_part("plain", t, charset, cte), text_part("html", h, charset, cte)], bnd(b_style))
        shape = "alternative"
    elif h is not None:
        body = text_part("html", h, charset, cte)
        shape = "html"
    else:
        body = text_part("plain", t, charset, cte)
        shape = "plain"
    if inline:
        body = multipart("related", [body] + [attach_part(a) for a in inline], bnd(b_style))
        shape = "related[%s+%s]" % (shape, "+".join(a["name"].rsplit(".", 1)[-1].lower() for a in inline))
    if atts:
        body = multipart("mixed", [body] + [attach_part(a) for a in atts], bnd(b_style))
        shape = "mixed[%s+%s]" % (shape, "+".join(a["name"].rsplit(".", 1)[-1].lower() for a in atts))
    head = b""
    for k, v in H:
        head += ("%s: %s\r\n" % (k, v)).encode("ascii")
    return head + body, shape


# ============================================================ content
MSGS = []


def M(cls, **kw):
    kw["c"] = cls
    MSGS.append(kw)


JIWOO = ("김지우", "kim.jiwoo@haeoreum.example")
SEOJUN = ("박서준", "sjpark@haeoreum.example")
HARIN = ("이하린", "harin.lee@haeoreum.example")
MINHO = ("정민호", "minho.jung@haeoreum.example")
EUNSEO = ("최은서", "eunseo@sodam.example")
DOHYUN = ("윤도현", "dohyun@sodam.example")


def pmid(style, dom="haeoreum.example"):
    return msgid(style, dom, START)


# ---------------------------------------------- ham (a): person to person
p = pmid("outlook")
M("ham", mua="gmail", cs="utf-8", e="b64", f=("한승우", "seungwoo.han1987@gmail.com"), to=JIWOO,
  s="Re: 11월 정기회의 회의록 공유드립니다", irt=[p],
  t="""지우 님, 회의록 잘 받았습니다.

3번 안건(협력사 단가 조정)은 제가 다음 주 화요일까지 초안 만들어서 공유할게요.
그리고 회의실은 12월부터 7층으로 바뀐다고 하니 참고 부탁드립니다.

한승우 드림

2026년 11월 10일 (화) 오후 5:42, 김지우 <kim.jiwoo@haeoreum.example>님이 작성:
> 안녕하세요, 오늘 정기회의 회의록 첨부 없이 본문으로 정리합니다.
>
> 1. 4분기 매출 점검: 목표 대비 92%
> 2. 연말 재고 실사 일정: 12/18(금)
> 3. 협력사 단가 조정 건: 승우 님 초안 작성
>
> 빠진 내용 있으면 회신 부탁드려요.
> 김지우
""")

M("ham", mua="corp", dk=True, cs="euc-kr", e="b64", f=("오세영 과장", "sy.oh@daeil-pack.example"), to=SEOJUN,
  x=[("X-Mailer", "Daouoffice")],
  s="[대일포장] 견적서 수정본 송부 (완충재 3종)",
  t="""박서준 대리님 안녕하세요.
대일포장 영업팀 오세영입니다.

지난주 요청하신 완충재 3종 견적서 수정본을 첨부드립니다.
에어캡 롤은 원자재 가격이 조금 내려서 단가를 5% 낮췄고,
박스 규격은 말씀하신 대로 2호/4호 두 가지로 정리했습니다.

납기는 발주 후 영업일 기준 5일이며, 결제 조건은 기존과 같이 월말 마감 익월 25일 현금입니다.
검토하시고 궁금한 점 있으시면 편하게 연락 주세요.

감사합니다.
오세영 드림
대일포장(주) 영업팀 | 031-555-0148 | 010-5550-2214
""",
  a=[A("application/pdf", "대일포장_견적서_20261104_수정.pdf", pdf("Quotation 20261104"))])

M("ham", mua="outlook", cs="ks_c_5601-1987", e="qp", f=("Kang Dongwook", "dw.kang@sewon-metal.example"), to=MINHO,
  x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", "AdtQ" + ralnum(24)), ("Content-Language", "ko-KR")],
  s="납품 일정 변경 요청드립니다 (PO-2026-1187)",
  t="""정민호 책임님,

세원금속 강동욱입니다.
PO-2026-1187 건 관련하여 도금 협력업체 설비 점검으로 인해
납품일을 11/20(금)에서 11/24(화)로 조정 요청드립니다.

수량(1,200 EA)과 단가는 변동 없으며, 부분 납품이 필요하시면
11/20에 400 EA 먼저 보내드릴 수 있습니다.

불편을 드려 죄송합니다. 회신 주시면 일정 확정하겠습니다.

강동욱 / 영업부 차장
세원금속(주)
""")

M("ham", mua="daum", cs="ks_c_5601-1987", e="b64", f=("수빈", "subin_0412@hanmail.net"), to=EUNSEO,
  s="토요일 캠핑 준비물 정리했어",
  t="""은서야~ 토요일 가평 캠핑 준비물 정리해봤어.

- 텐트, 타프: 우리 집 거 가져갈게
- 버너, 코펠: 너네 거
- 장보기: 금요일 저녁에 같이 마트 가자
- 저녁 메뉴: 삼겹살 + 똠양꿍 밀키트 (지난번에 맛있었잖아 ㅋㅋ)

캠핑장 예약은 내가 해놨고 사이트 비용 4만원 나눠서 2만원씩 보내주면 돼.
비 온다는 얘기도 있던데 금요일에 한 번 더 확인하자!
""")

M("ham", mua="naver", cs="euc-kr", e="8bit", f=("엄마", "mira_choi58@naver.com"), to=EUNSEO,
  s="김장 날짜 정했다",
  t="""은서야 엄마야.
김장은 12월 5일 토요일에 하기로 했어. 이모네도 온대.

그리고 지난번에 말한 보일러 수리비 엄마가 네 통장으로 50만원 보냈으니까 확인해보고,
모자라면 얘기해. 돈 얘기 아빠한테는 하지 말고 ㅎㅎ

감기 조심하고 밥 잘 챙겨먹어라.
""")

M("ham", mua="corp", dk=True, cs="utf-8", e="b64", f=("다솔초 3학년 2반 담임 임수정", "sujeong.lim@dasol.sen.es.kr"), to=DOHYUN,
  s="[3학년 2반] 현장체험학습 안내 및 동의서 제출 요청",
  t="""안녕하세요, 3학년 2반 담임 임수정입니다.

11월 26일(목) 서울어린이대공원으로 현장체험학습을 갑니다.
가정통신문과 참가 동의서를 첨부하오니 확인 후 11월 20일(금)까지
동의서를 아이 편에 보내주시거나 이 메일로 회신해 주세요.

- 출발: 오전 9시 학교 정문
- 준비물: 도시락, 물, 돗자리, 여벌 옷
- 체험학습비: 없음 (교육청 지원)

알레르기나 복용 중인 약이 있는 경우 동의서에 꼭 적어 주세요.
감사합니다.
""",
  a=[A("application/x-hwp", "가정통신문_현장체험학습_3-2.hwp", hwp("현장체험학습 안내"), style="2231")])

p = pmid("corp", "dasol.sen.es.kr")
M("ham", mua="naver", cs="utf-8", e="qp", f=("윤도현", "dohyun_yoon@naver.com"), to=("임수정 선생님", "sujeong.lim@dasol.sen.es.kr"),
  rcpt="eunseo@sodam.example", cc=[("최은서", "eunseo@sodam.example")], s="Re: [3학년 2반] 현장체험학습 안내 및 동의서 제출 요청", irt=[p],
  t="""선생님 안녕하세요. 윤하람 아빠입니다.

동의서 작성해서 첨부 대신 내용으로 보냅니다.
- 학생: 윤하람 / 참가 동의함
- 알레르기: 땅콩
- 복용 약: 비염 때문에 아침에 항히스타민제 한 알 먹고 갑니다 (점심 이후 복용 없음)

그리고 지난주 목요일 결석은 장염으로 병원 다녀온 거라 진료확인서는 내일 보내겠습니다.
늘 감사합니다.

-----Original Message-----
From: 임수정 <sujeong.lim@dasol.sen.es.kr>
Subject: [3학년 2반] 현장체험학습 안내 및 동의서 제출 요청

> 11월 26일(목) 서울어린이대공원으로 현장체험학습을 갑니다.
> 동의서를 아이 편에 보내주시거나 이 메일로 회신해 주세요.
""")

M("ham", mua="daum", cs="euc-kr", e="b64", f=("집주인 배정숙", "js_bae@daum.net"), to=DOHYUN,
  s="전세 계약 갱신 관련해서 연락드립니다",
  t="""윤도현 님 안녕하세요. 302호 집주인 배정숙입니다.

내년 2월에 계약 만료라 미리 연락드려요.
저희는 갱신을 원하고, 보증금은 주변 시세 보고 5% 이내에서만 조정하려고 합니다.
계약갱신청구권 쓰셔도 되고 합의로 새로 쓰셔도 되니 편하신 대로 말씀해 주세요.

그리고 지난달 얘기한 욕실 환풍기는 다음 주 수요일 오후 2시에 기사님이 가기로 했어요.
시간 안 되시면 문자 주세요.

배정숙 드림
""")

M("ham", mua="gmail", cs="utf-8", e="8bit", f=("Jaehyuk", "jaehyuk.moon.dev@gmail.com"), to=MINHO,
  s="야 요즘 주식 어떰",
  t="""민호야 잘 지내냐

나 지난달에 반도체 물타기 했는데 아직 -12%임 ㅋㅋ
너는 코인 아직 들고 있냐? 비트코인 1억 넘었을 때 팔았어야 했는데...
우리 회사 사람들은 요즘 다 미국 ETF 적립식으로 갈아탔더라.

담주 금요일에 동기들 모이는데 너도 와라. 강남역 7시.
""")

M("ham", mua="gmail", cs="utf-8", e="b64", f=("이하린", "harin.lee.92@gmail.com"), to=("팀 전체", "team-ops@haeoreum.example"),
  s="Fwd: [주의] 요즘 이런 문자 많이 온대요 - 클릭 금지",
  t="""다들 조심하세요! 어제 저희 어머니가 받으신 문자인데 진짜 같아서 누를 뻔하셨대요.
링크는 일부러 깨뜨려 놨습니다. 절대 누르지 마세요.

---------- Forwarded message ---------
보낸사람: 이하린 <harin.lee.92@gmail.com>
Date: 2026년 11월 12일 (목) 오전 8:15
Subject: 문자 캡처

[Web발신]
[CJ대한통운] 고객님 택배가 주소 불일치로 보관중입니다.
주소 수정: hxxp://cj-delivery-kr[.]example/a8K2
미수정시 반송됩니다.

택배 회사는 이런 식으로 링크 보내서 주소 고치라고 안 한대요.
의심되면 앱에서 직접 송장번호로 조회하세요.
""",
  h="""<div dir="ltr">다들 조심하세요! 어제 저희 어머니가 받으신 문자인데 진짜 같아서 누를 뻔하셨대요.<br>
링크는 일부러 깨뜨려 놨습니다. 절대 누르지 마세요.<br><br>
<div class="gmail_quote"><div dir="ltr" class="gmail_attr">---------- Forwarded message ---------<br>
보낸사람: <strong class="gmail_sendername" dir="auto">이하린</strong> <span dir="auto">&lt;harin.lee.92@gmail.com&gt;</span><br>
Date: 2026년 11월 12일 (목) 오전 8:15<br>Subject: 문자 캡처<br></div><br>
<div dir="ltr">[Web발신]<br>[CJ대한통운] 고객님 택배가 주소 불일치로 보관중입니다.<br>
주소 수정: hxxp://cj-delivery-kr[.]example/a8K2<br>미수정시 반송됩니다.<br><br>
택배 회사는 이런 식으로 링크 보내서 주소 고치라고 안 한대요.<br>
의심되면 앱에서 직접 송장번호로 조회하세요.</div></div></div>
""")

M("ham", mua="kakao", cs="ks_c_5601-1987", e="qp", f=("태오", "taeo.shin@kakao.com"), to=SEOJUN,
  s="로또 됐다 ㅋㅋㅋ",
  t="""서준아 나 로또 4등 됐다 ㅋㅋㅋ 5만원!!
인생 처음으로 번호 4개 맞춰봄.
이번 주에 커피 내가 쏠게. 회사 앞 그 카페 몇 시에 될까?

아 그리고 너 저번에 말한 연금저축 계좌 어디서 만들었냐? 나도 연말정산 때문에 하나 만들려고.
""")

M("ham", mua="outlook", cs="utf-8", e="8bit", f=("정민호", "minho.jung@haeoreum.example"), to=("영업2팀", "sales2@haeoreum.example"),
  rcpt="sales2@haeoreum.example", x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko-KR")],
  s="정선 워크숍 후기 및 정산",
  t="""영업2팀 여러분 고생 많으셨습니다.

이번 정선 워크숍 정산 공유드립니다.
- 숙소(리조트 2박): 1,280,000원
- 식비: 646,000원
- 버스 대절: 550,000원
합계 2,476,000원, 팀 운영비로 처리했습니다.

둘째 날 저녁에 카지노 구경 간 분들, 다들 구경만 하신 걸로 알고 있겠습니다 ㅎㅎ
(법인카드로 칩 사신 분은 없겠죠?)

사진은 공유 드라이브 '2026 워크숍' 폴더에 올려두었습니다.
정민호
""")

M("ham", mua="naver", cs="utf-8", e="b64", f=("언니", "eunji.choi_@naver.com"), to=EUNSEO,
  s="다이어트 한약 얘기",
  t="""은서야, 어제 통화할 때 말한 다이어트 한약 말이야.
나 한의원에서 진맥 보고 3주치 받았는데, 처음 일주일은 두근거림이 좀 있어서 용량 줄였어.
체중은 2kg 정도 빠졌는데 솔직히 식단 조절 효과가 더 큰 것 같아.

너 갑상선 약 먹고 있으니까 그냥 약 먹지 말고 PT나 같이 끊자.
우리 동네 헬스장 12월에 3개월 등록하면 할인해준대.
""")

M("ham", mua="daum", cs="euc-kr", e="qp", f=("지현", "jihyun.kwon@hanmail.net"), to=HARIN,
  s="나 소개팅 앱 후기 ㅋㅋ",
  t="""하린아 나 결국 그 소개팅 앱 깔았어 ㅋㅋ
친구 추천으로 가입했는데 생각보다 인증 절차가 빡세더라. 직장 인증까지 해야 돼.

지난 주말에 한 명 만났는데 성수동에서 커피만 마시고 왔어.
나쁘진 않았는데 대화가 자꾸 본인 코인 얘기로 흘러가서 좀... ㅎㅎ
다음에 만나면 자세히 얘기해줄게. 목요일 저녁 괜찮아?
""")

M("ham", mua="gmail", cs="utf-8", e="qp", f=("최준", "junchoi.0309@gmail.com"), to=("삼촌", "dohyun@sodam.example"),
  s="삼촌 저 알바 구했어요",
  t="""삼촌 안녕하세요, 준이에요.

저 학교 앞 편의점 주말 알바 구했어요! 토일 오전 9시~오후 3시고 시급은 최저시급보다 조금 더 줘요.
근로계약서도 제대로 썼고 주휴수당도 준대요.

지난번에 삼촌이 통장 빌려달라는 알바는 무조건 사기라고 하셨잖아요.
실제로 단톡방에 '계좌만 빌려주면 하루 20만원' 이런 거 돌더라고요. 안 했어요 ㅋㅋ

설에 뵐게요!
""")

M("ham", mua="outlook", cs="utf-8", e="b64", f=("이하린", "harin.lee@haeoreum.example"), to=SEOJUN,
  x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko-KR")],
  s="주담대 금리 비교표 공유해요",
  t="""서준 님,

점심때 얘기한 주택담보대출 금리 비교표 공유합니다.
시중은행 4곳이랑 보금자리론, 디딤돌 대출 조건 정리해 봤어요.
변동/혼합형 금리는 이번 주 고시 기준이고, 우대금리 조건(급여이체, 카드 실적)은 별도 시트에 있어요.

대출 상담은 은행 앱에서 직접 하시는 게 제일 정확하더라고요.
중개인이라고 전화 오는 곳은 다 거르세요 ㅎㅎ

하린
""",
  a=[A("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "주담대_금리비교_202611.xlsx", xlsx("주담대 금리비교"))])

p1, p2 = pmid("outlook", "haeoreum.example"), pmid("outlook", "hanbit-logis.example")
M("ham", mua="outlook", cs="ks_c_5601-1987", e="b64", f=("Yoo Nari", "nari.yoo@hanbit-logis.example"), to=HARIN,
  cc=[("Accounting", "acct@hanbit-logis.example")],
  x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "세금계산서 발행 요청"), ("Content-Language", "ko-KR")],
  s="RE: 세금계산서 발행 요청 (10월분 물류대행료)", irt=[p1, p2],
  t="""이하린 매니저님,

10월분 물류대행료 세금계산서 금일 국세청 전자세금계산서로 발행했습니다.
공급가액 8,420,000원 / 세액 842,000원 / 합계 9,262,000원입니다.
입금은 기존 계약대로 11월 말일까지 부탁드립니다.

유나리 드림

From: 이하린 <harin.lee@haeoreum.example>
Sent: Tuesday, November 3, 2026 10:12 AM
To: 유나리 <nari.yoo@hanbit-logis.example>
Subject: RE: 세금계산서 발행 요청

나리 님, 사업자 정보 변동 없습니다. 기존 정보로 발행 부탁드려요.

From: 유나리
Sent: Monday, November 2, 2026 4:40 PM
Subject: 세금계산서 발행 요청

10월분 정산 금액 확인 부탁드립니다. 이상 없으면 발행하겠습니다.
""",
  h="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head>
<body lang="KO"><div class="WordSection1">
<p class="MsoNormal">이하린 매니저님,<br><br>10월분 물류대행료 세금계산서 금일 국세청 전자세금계산서로 발행했습니다.<br>
공급가액 8,420,000원 / 세액 842,000원 / 합계 9,262,000원입니다.<br>입금은 기존 계약대로 11월 말일까지 부탁드립니다.<br><br>유나리 드림</p>
<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">
<p class="MsoNormal"><b>From:</b> 이하린 &lt;harin.lee@haeoreum.example&gt;<br><b>Sent:</b> Tuesday, November 3, 2026 10:12 AM<br>
<b>Subject:</b> RE: 세금계산서 발행 요청</p></div>
<p class="MsoNormal">나리 님, 사업자 정보 변동 없습니다. 기존 정보로 발행 부탁드려요.</p>
</div></body></html>
""")

M("ham", mua="naver", cs="euc-kr", e="8bit", f=("김영순 권사", "ys_kim1961@naver.com"), to=EUNSEO,
  s="이번 주 구역예배 장소 안내",
  t="""은서 집사님 평안하시지요.

이번 주 금요일 구역예배는 503동 1102호 저희 집에서 드립니다.
저녁 7시 30분이고, 다과는 제가 준비할게요.
지난주 감사헌금 정리한 것은 회계 집사님께 전달했습니다.

추워졌는데 감기 조심하세요.
김영순 드림
""")

p = pmid("gmail")
M("ham", mua="org", cs="utf-8", e="qp", f=("Prof. Hwang Jiseon", "jshwang@snu.ac.kr"), to=("이하린", "harin.lee@haeoreum.example"),
  s="Re: 학위논문 3장 초고 검토 부탁드립니다", irt=[p], sel="snu",
  t="""하린 씨,

3장 잘 읽었어요. 전체적인 흐름은 좋은데 몇 가지만 고쳐 주세요.

1) 3.2절 표본 설명에 결측치 처리 방식을 분명히 써 주세요.
2) 그림 3-4는 축 이름이 영어/한글 섞여 있으니 통일.
3) 회귀분석 결과 해석에서 '유의미하게 증가'라는 표현이 너무 많아요.

다음 면담은 11월 27일(금) 오후 4시, 연구실에서 봅시다.

황지선

> 교수님 안녕하세요, 이하린입니다.
> 학위논문 3장 초고 첨부드립니다. 바쁘시겠지만 검토 부탁드립니다.
""")

M("ham", mua="daum", cs="utf-8", e="8bit", f=("아빠", "jh.choi_1957@daum.net"), to=EUNSEO,
  s="이런 문자 왔는데 이거 너 맞냐?",
  t="""은서야 아빠다.
아까 이런 문자가 왔는데 너 아니지? 번호가 처음 보는 번호라서.

-----
엄마 나 폰 액정 깨져서 수리 맡겼어. 이 번호로 문자해.
급하게 문화상품권 결제해야 되는데 엄마 카드 사진이랑 비밀번호 좀 보내줄 수 있어?
-----

답장은 안 했다. 혹시 몰라서 너한테 전화했는데 안 받길래 메일 보낸다.
나중에 전화해라.
""")

M("ham", mua="outlook", cs="utf-8", e="b64", f=("인사팀 송미경", "mk.song@haeoreum.example"), to=("전 직원", "all@haeoreum.example"),
  rcpt="all@haeoreum.example", x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko-KR")],
  s="[인사팀] 2026년 귀속 연말정산 사전 안내",
  t="""안녕하세요, 인사팀 송미경입니다.

2026년 귀속 연말정산 일정을 미리 안내드립니다.
- 1월 15일: 홈택스 간소화 자료 오픈
- 1월 16일 ~ 1월 23일: 사내 연말정산 시스템에 자료 업로드
- 2월 급여: 환급/추가 납부 반영

올해부터 달라지는 공제 항목은 다음 주 사내 게시판에 정리해 올리겠습니다.
부양가족 변동(결혼, 출산 등)이 있는 분은 12월 중 가족관계증명서를 미리 준비해 주세요.

감사합니다.
""",
  h="""<html><body style="font-family:'맑은 고딕',sans-serif;font-size:10pt">
<p>안녕하세요, 인사팀 송미경입니다.</p>
<p>2026년 귀속 연말정산 일정을 미리 안내드립니다.</p>
<ul><li>1월 15일: 홈택스 간소화 자료 오픈</li>
<li>1월 16일 ~ 1월 23일: 사내 연말정산 시스템에 자료 업로드</li>
<li>2월 급여: 환급/추가 납부 반영</li></ul>
<p>올해부터 달라지는 공제 항목은 다음 주 사내 게시판에 정리해 올리겠습니다.<br>
부양가족 변동(결혼, 출산 등)이 있는 분은 12월 중 가족관계증명서를 미리 준비해 주세요.</p>
<p>감사합니다.</p></body></html>
""")

M("ham", mua="naver", cs="euc-kr", e="b64", f=("상훈", "sanghoon_p@naver.com"), to=MINHO,
  s="코인 완전 물렸다...",
  t="""민호야 나 알트코인 완전 물렸다.
지인이 좋다고 해서 넣은 건데 상장 폐지 유의 종목 지정됐대. 원금 반토막.
앞으로는 그냥 적금이나 넣으련다.

너 저번에 말한 청약 통장 얘기 좀 자세히 해줘.
주말에 시간 되면 전화할게.
""")

M("ham", mua="gmail", cs="utf-8", e="qp", f=("오지훈", "jihoon.oh.works@gmail.com"), to=("팀원들", "sales2@haeoreum.example"),
  rcpt="sales2@haeoreum.example",
  s="저희 딸 돌잔치에 초대합니다",
  t="""영업2팀 여러분 안녕하세요, 오지훈입니다.

저희 딸 서아가 벌써 첫 돌을 맞았습니다.
바쁘시겠지만 함께 축하해 주시면 감사하겠습니다.

- 일시: 12월 12일(토) 오후 12시
- 장소: 판교역 근처 한식당 (상세 주소와 지도는 팀 단톡방에 올려두었습니다)

참석 여부는 다음 주 수요일까지 저한테 메신저로만 알려주세요.
축의금은 정말 괜찮습니다. 와 주시는 것만으로 감사합니다.

오지훈 드림
""")

M("ham", mua="gmail", cs="utf-8", e="b64", f=("Minji & Hyunwoo", "minji.hyunwoo.wedding@gmail.com"), to=HARIN,
  s="하린아, 나 결혼해! 💍",
  h="""<div dir="ltr"><p>하린아 안녕! 민지야.</p>
<p>드디어 우리 결혼해 ㅎㅎ 너한테는 꼭 직접 말하고 싶어서 메일로도 보내.</p>
<p><b>2027년 1월 16일 (토) 오후 1시 30분</b><br>서울 마포구 웨딩홀 3층 그랜드홀</p>
<p>모바일 청첩장은 카톡으로 따로 보냈어. 혹시 못 오더라도 마음만으로 충분해!<br>
연락처 바뀐 사람이 많아서 그런데, 너 주소 그대로면 종이 청첩장도 보낼게.</p>
<p>곧 밥 한번 먹자 ❤<br>민지</p></div>
""")

M("ham", mua="outlook", cs="ks_c_5601-1987", e="qp", f=("한빛물류 회계 김도윤", "doyoon.kim@hanbit-logis.example"), to=HARIN,
  x=[("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "ko-KR")],
  s="9월분 대금 입금 확인 부탁드립니다",
  t="""이하린 매니저님 안녕하세요. 한빛물류 회계팀 김도윤입니다.

9월분 물류대행료(세금계산서 번호 20261002-41000012-8842) 관련하여
저희 쪽 입금 확인이 아직 되지 않아 확인 요청드립니다.

입금 계좌는 계약서에 기재된 기존 계좌 그대로이며 변경 사항은 없습니다.
혹시 이미 처리하셨다면 이체 일자만 회신 주시면 저희가 다시 대조해 보겠습니다.

감사합니다.
김도윤 / 한빛물류 회계팀 / 02-555-0173
""",
  h="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987"></head><body>
<p>이하린 매니저님 안녕하세요. 한빛물류 회계팀 김도윤입니다.</p>
<p>9월분 물류대행료(세금계산서 번호 20261002-41000012-8842) 관련하여<br>저희 쪽 입금 확인이 아직 되지 않아 확인 요청드립니다.</p>
<p>입금 계좌는 계약서에 기재된 기존 계좌 그대로이며 변경 사항은 없습니다.<br>
혹시 이미 처리하셨다면 이체 일자만 회신 주시면 저희가 다시 대조해 보겠습니다.</p>
<p>감사합니다.<br>김도윤 / 한빛물류 회계팀 / 02-555-0173</p></body></html>
""")

M("ham", mua="naver", cs="euc-kr", e="b64", f=("604호 주민", "hj_lee_604@naver.com"), to=DOHYUN,
  s="504호에 정중하게 부탁드립니다",
  t="""안녕하세요, 위층 604호에 사는 주민입니다.
관리사무소를 통해 메일 주소를 받아 직접 연락드립니다.

최근 밤 11시 이후에 아래층에서 음악 소리가 조금 올라오는 것 같아서요.
저희 아이가 수험생이라 12월 초까지만이라도 밤늦게는 조금만 신경 써 주시면 정말 감사하겠습니다.

혹시 저희 집 발소리 때문에 불편하신 점 있으시면 편하게 말씀해 주세요.
감사합니다.
""")

M("ham", mua="kakao", cs="utf-8", e="8bit", f=("규리", "gyuri.han@kakao.com"), to=HARIN,
  s="당근에서 모니터 샀는데 대박",
  t="""하린아 나 당근마켓에서 27인치 모니터 8만원에 샀어 ㅋㅋ
판매자분이 직접 켜서 보여주시고, 불량화소도 없음.
직거래로 만나서 보고 계좌이체 했어.

너도 지난번에 노트북 거치대 찾는다며, 중고로 사는 게 나을 듯.
근데 택배거래 하자고 하면서 이상한 링크 보내는 사람은 무조건 거르래. 직거래만 해 ㅎㅎ
""")

M("ham", mua="gmail", cs="utf-8", e="qp", f=("재민", "jaemin.seo91@gmail.com"), to=SEOJUN,
  s="PT 등록했다 + 탈모약 후기",
  t="""서준아 나 드디어 PT 20회 등록함.
트레이너가 식단 사진 매일 보내래서 귀찮아 죽겠다 ㅋㅋ

그리고 너 물어본 탈모약, 나 피부과에서 처방받아서 6개월째 먹는데
초반에 좀 빠지다가 지금은 확실히 덜 빠져. 약국에서 파는 거 말고 꼭 병원 가서 처방받아.
인터넷에서 해외 직구로 파는 건 절대 사지 말고.

다음 주에 운동 같이 가자.
""")

p = pmid("outlook", "haeoreum.example")
M("ham", mua="gmail", cs="utf-8", e="qp", f=("Daniel Park", "daniel.park.trading@gmail.com"), to=MINHO,
  s="Re: Invoice 2026-118 / 결제 일정 확인", irt=[p],
  t="""Hi Minho,

결제 일정 공유 감사합니다. Invoice 2026-118 is fine on our side.
말씀하신 대로 30% 선금은 11월 20일, 잔금 70%는 선적 후 B/L 받으면 송금하겠습니다.
Our bank details have not changed - please use the account on the original contract.

Also, 다음 달 샘플 건은 DHL로 보내 주시면 됩니다.

Best regards,
Daniel Park (박대니얼)
Purchasing, Vancouver

On Tue, Nov 10, 2026 at 6:02 PM 정민호 <minho.jung@haeoreum.example> wrote:
> Daniel, 결제 일정 아래와 같이 제안드립니다.
> - 선금 30%: 11/20
> - 잔금 70%: 선적 후
""",
  h="""<div dir="ltr"><p>Hi Minho,</p><p>결제 일정 공유 감사합니다. Invoice 2026-118 is fine on our side.<br>
말씀하신 대로 30% 선금은 11월 20일, 잔금 70%는 선적 후 B/L 받으면 송금하겠습니다.<br>
Our bank details have not changed - please use the account on the original contract.</p>
<p>Also, 다음 달 샘플 건은 DHL로 보내 주시면 됩니다.</p>
<p>Best regards,<br>Daniel Park (박대니얼)<br>Purchasing, Vancouver</p>
<div class="gmail_quote">On Tue, Nov 10, 2026 at 6:02 PM 정민호 &lt;minho.jung@haeoreum.example&gt; wrote:<br>
<blockquote class="gmail_quote" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">
Daniel, 결제 일정 아래와 같이 제안드립니다.<br>- 선금 30%: 11/20<br>- 잔금 70%: 선적 후</blockquote></div></div>
""")

M("ham", mua="naver", cs="euc-kr", e="b64", f=("손녀 지아", "jia_yoon2014@naver.com"), to=("할아버지", "dohyun@sodam.example"),
  s="할아버지 운동회 사진 보내드려요",
  t="""할아버지 안녕하세요! 지아예요.
지난주 운동회 때 찍은 사진 보내드려요.
저 이어달리기에서 2등 했어요!!

할머니한테도 보여드리세요. 다음 달에 놀러 갈게요.
사랑해요 ♥
""",
  a=[A("image/jpeg", "운동회_1.jpg", jpg(1, 1500)), A("image/jpeg", "운동회_2.jpg", jpg(2, 1300))])


# ------------------------------------------- ham (b): transactional notices
import re


def strip_html(h):
    h = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", h)
    h = re.sub(r"(?i)<br\s*/?>|</p>|</tr>|</h\d>|</li>|</div>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    h = h.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&")
    lines = [ln.strip() for ln in h.split("\n")]
    out, blank = [], False
    for ln in lines:
        if not ln:
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(ln)
            blank = False
    return "\n".join(out).strip() + "\n"


def page(brand, color, title, paras, button=None, footer="", rows=None):
    h = ['<!DOCTYPE html>', '<html lang="ko"><head><meta charset="{CS}"><title>%s</title></head>' % title,
         '<body style="margin:0;background:#f4f5f7;font-family:\'Apple SD Gothic Neo\',\'맑은 고딕\',sans-serif">',
         '<table width="100%%" cellpadding="0" cellspacing="0" style="max-width:640px;margin:0 auto;background:#fff">',
         '<tr><td style="padding:20px 28px;background:%s;color:#fff;font-size:18px;font-weight:bold">%s</td></tr>' % (color, brand),
         '<tr><td style="padding:28px">', '<h2 style="font-size:20px;margin:0 0 16px">%s</h2>' % title]
    for p in paras:
        h.append('<p style="font-size:14px;line-height:1.7;color:#333">%s</p>' % p)
    if rows:
        h.append('<table width="100%" cellpadding="8" style="border-top:2px solid #333;font-size:14px">')
        for k, v in rows:
            h.append('<tr><th align="left" style="background:#f7f7f7;width:35%%">%s</th><td>%s</td></tr>' % (k, v))
        h.append('</table>')
    if button:
        h.append('<p style="margin:24px 0"><a href="%s" style="display:inline-block;padding:12px 24px;background:%s;color:#fff;text-decoration:none;border-radius:4px">%s</a></p>' % (button[1], color, button[0]))
    h.append('</td></tr>')
    h.append('<tr><td style="padding:20px 28px;background:#fafafa;font-size:12px;color:#888;line-height:1.6">%s</td></tr>' % footer)
    h.append('</table></body></html>')
    return "\n".join(h) + "\n"


def fixcs(m):
    for k in ("h",):
        if m.get(k):
            m[k] = m[k].replace("{CS}", LABEL[m["cs"]].lower() if m["cs"] != "ks_c_5601-1987" else "ks_c_5601-1987")
    return m


M("ham", mua="org", cs="utf-8", e="b64", f=("KB국민은행", "kbstar@kbstar.com"), to=JIWOO, sel="kb2024",
  s="[KB국민은행] 새로운 기기에서 인터넷뱅킹 로그인이 확인되었습니다",
  h=page("KB국민은행", "#ffbc00", "새로운 기기 로그인 알림",
         ["김*우 고객님, 평소와 다른 기기에서 KB스타뱅킹 로그인이 확인되어 안내드립니다.",
          "본인이 로그인한 경우 이 메일은 무시하셔도 됩니다. 본인이 아닌 경우 KB스타뱅킹 앱 또는 홈페이지에서 직접 로그인하여 비밀번호를 변경하시고 고객센터로 연락해 주세요.",
          "KB국민은행은 메일이나 문자로 보안카드 번호 전체, OTP 번호, 계좌 비밀번호를 절대 요구하지 않습니다."],
         rows=[("일시", "2026.11.09 21:14:06"), ("기기", "iPhone (iOS 19.1)"), ("접속 위치", "대한민국")],
         button=("KB국민은행 홈페이지", "https://www.kbstar.com/"),
         footer="본 메일은 발신전용입니다. 문의: KB국민은행 고객센터<br>서울특별시 영등포구 국제금융로8길 26 | <a href=\"https://www.kbstar.com/\">www.kbstar.com</a>"))

M("ham", mua="org", cs="euc-kr", e="b64", f=("신한카드", "webmaster@shinhancard.com"), to=EUNSEO,
  s="[신한카드] 최*서 회원님 11월 이용대금 명세서",
  h=page("신한카드", "#0046ff", "11월 이용대금 명세서",
         ["최*서 회원님, 2026년 11월 이용대금 명세서를 보내드립니다.",
          "결제일 전일까지 결제계좌에 잔액을 확인해 주세요. 잔액 부족 시 연체료가 발생할 수 있습니다."],
         rows=[("결제일", "2026년 11월 14일"), ("결제 예정 금액", "1,284,360원"), ("카드", "신한카드 Deep Dream (1234-****-****-8821)"), ("결제계좌", "신한은행 ***-***-**4417")],
         button=("명세서 상세 보기", "https://www.shinhancard.com/pconts/html/benefit/statement.html"),
         footer="이 메일은 명세서 이메일 수령에 동의하신 회원님께 발송됩니다.<br>신한카드 고객센터 | 서울특별시 중구 을지로 100 | www.shinhancard.com"))

M("ham", mua="org", cs="ks_c_5601-1987", e="b64", f=("삼성카드", "mail@samsungcard.com"), to=MINHO,
  s="[삼성카드] 결제 예정금액 안내 (11월 25일 결제)",
  h=page("삼성카드", "#1428a0", "결제 예정금액 안내",
         ["정*호 회원님의 11월 25일 결제 예정금액을 안내해 드립니다.",
          "해외 이용 건은 매입 시점의 환율이 적용되어 최종 청구금액과 다를 수 있습니다."],
         rows=[("결제 예정금액", "746,900원"), ("국내 이용", "612,400원"), ("해외 이용", "134,500원"), ("할부 잔액", "0원")],
         button=("삼성카드 홈페이지에서 확인", "https://www.samsungcard.com/"),
         footer="본 메일은 발신 전용입니다. 삼성카드 고객센터 | www.samsungcard.com"))

M("ham", mua="org", cs="utf-8", e="qp", f=("미래에셋증권", "noreply@miraeasset.com"), to=SEOJUN,
  s="[미래에셋증권] 비밀번호 변경 완료 안내",
  t="""[미래에셋증권] 비밀번호 변경 완료 안내

박*준 고객님, 요청하신 온라인 접속 비밀번호가 정상적으로 변경되었습니다.

- 변경 일시: 2026-10-21 08:47
- 변경 매체: M-STOCK (모바일)

본인이 변경하지 않으셨다면 즉시 미래에셋증권 고객센터로 연락하시거나
홈페이지(https://securities.miraeasset.com)에서 사고 신고를 해 주시기 바랍니다.

※ 본 메일은 발신 전용입니다.
미래에셋증권 | 서울특별시 중구 을지로5길 26
""")

M("ham", mua="org", cs="euc-kr", e="qp", f=("삼성화재", "direct@samsungfire.com"), to=DOHYUN,
  s="[삼성화재] 자동차보험 만기 30일 전 안내",
  h=page("삼성화재 다이렉트", "#0064ff", "자동차보험 만기가 다가옵니다",
         ["윤*현 고객님, 가입하신 자동차보험이 2026년 12월 19일에 만기됩니다.",
          "만기일 이후에는 보장이 중단되므로 만기 전 갱신을 부탁드립니다. 주행거리 특약에 가입하신 경우 계기판 사진을 등록하시면 환급을 받으실 수 있습니다."],
         rows=[("증권번호", "2025-***-**8714"), ("차량", "12가 **34"), ("만기일", "2026-12-19 24:00")],
         button=("갱신 보험료 확인", "https://direct.samsungfire.com/"),
         footer="삼성화재해상보험(주) | 서울특별시 서초구 서초대로74길 14<br>본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="b64", f=("SK텔레콤", "bill@sktelecom.com"), to=JIWOO,
  s="[SK텔레콤] 2026년 11월 이용요금 안내",
  h=page("T world", "#ea002c", "11월 이용요금 안내",
         ["김*우 고객님의 2026년 11월 청구 요금을 안내드립니다.", "자동납부 고객님은 납부일에 등록된 계좌/카드에서 출금됩니다."],
         rows=[("청구 금액", "68,420원"), ("납부 기한", "2026.11.25"), ("납부 방법", "자동이체 (카드)")],
         button=("T world에서 상세 보기", "https://www.tworld.co.kr/"),
         footer="SK텔레콤(주) | 서울특별시 중구 을지로 65<br>본 메일은 발신전용입니다. 문의는 T world 또는 114로 해 주세요."))

M("ham", mua="org", cs="euc-kr", e="b64", f=("KT", "kt_bill@kt.com"), to=DOHYUN,
  s="[KT] 인터넷 요금 미납 안내 (납부 기한 11/30)",
  t="""[KT] 요금 미납 안내

윤*현 고객님, 10월 청구된 KT 인터넷 요금이 아직 납부되지 않아 안내드립니다.

- 미납 금액: 33,000원
- 납부 기한: 2026년 11월 30일
- 납부 방법: KT닷컴(www.kt.com) 로그인 > 요금 납부, 또는 지로/가상계좌

납부 기한까지 납부되지 않으면 가산금이 부과될 수 있습니다.
이미 납부하셨다면 이 안내는 무시해 주세요.

KT 고객센터 100번 | www.kt.com
""")

M("ham", mua="org", cs="utf-8", e="8bit", f=("LG U+", "noreply@lguplus.co.kr"), to=HARIN,
  s="[LG U+] 이메일 인증번호 안내",
  t="""[LG U+] 이메일 인증번호

안녕하세요. U+ 계정 이메일 인증을 위한 인증번호입니다.

인증번호: 482913

인증번호는 발송 후 5분간 유효합니다.
본인이 요청하지 않았다면 이 메일을 무시하세요. 누구에게도 인증번호를 알려주지 마세요.

LG유플러스 | www.lguplus.com
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("CJ대한통운", "cjlogistics@cjlogistics.com"), to=EUNSEO,
  s="[CJ대한통운] 고객님의 상품이 배송 출발했습니다",
  h=page("CJ대한통운", "#e4002b", "배송 출발 안내",
         ["최*서 고객님, 주문하신 상품이 오늘 배송 출발했습니다.", "배송 상황은 CJ대한통운 홈페이지나 앱에서 운송장 번호로 조회하실 수 있습니다."],
         rows=[("운송장 번호", "6891 2204 7713"), ("보내는 분", "온라인쇼핑(주)"), ("도착 예정", "오늘 18~21시")],
         button=("배송 조회", "https://www.cjlogistics.com/ko/tool/parcel/tracking"),
         footer="CJ대한통운(주) | 서울특별시 중구 세종대로9길 53<br>본 메일은 발신 전용입니다."))

M("ham", mua="org", cs="euc-kr", e="b64", f=("우체국택배", "epost@epost.go.kr"), to=JIWOO, sel="epost",
  s="[우체국택배] 소포 도착 예정 안내",
  h=page("우체국 택배", "#d50f0f", "소포 도착 예정 안내",
         ["김*우 님께 보내신 소포가 내일 도착 예정입니다.", "부재 시 경비실 또는 지정 장소에 보관됩니다."],
         rows=[("등기번호", "6070 1892 33412"), ("보내는 분", "이*정"), ("배달 예정", "2026-11-18")],
         button=("배송 조회", "https://service.epost.go.kr/iservice/usr/trace/usrtrc001k01.jsp"),
         footer="우정사업본부 | 세종특별자치시 도움6로 11 | www.epost.go.kr"))

M("ham", mua="org", cs="utf-8", e="qp", f=("쿠팡", "no_reply@coupang.com"), to=SEOJUN, sel="coupang",
  s="[쿠팡] 주문하신 상품의 결제가 완료되었습니다",
  h=page("coupang", "#346aff", "결제 완료",
         ["박*준 님, 주문해 주셔서 감사합니다. 결제가 완료되었습니다."],
         rows=[("주문번호", "31000192847712"), ("상품", "유기농 현미 10kg 외 2건"), ("결제금액", "54,780원"), ("결제수단", "쿠페이 머니"), ("도착 예정", "내일(수) 새벽")],
         button=("주문 상세 보기", "https://mc.coupang.com/ssr/desktop/order/list"),
         footer="쿠팡(주) | 서울특별시 송파구 송파대로 570<br>본 메일은 발신전용입니다.")
  )
MSGS[-1]["t"] = strip_html(MSGS[-1]["h"])

M("ham", mua="org", cs="utf-8", e="b64", f=("배달의민족", "receipt@baemin.com"), to=HARIN,
  s="[배달의민족] 주문 영수증",
  h=page("배달의민족", "#2ac1bc", "주문 영수증",
         ["이*린 님, 맛있게 드세요!"],
         rows=[("주문 가게", "동네한그릇 망원점"), ("메뉴", "제육덮밥 1, 된장찌개 1"), ("주문 금액", "21,000원"), ("배달팁", "2,000원"), ("결제 금액", "23,000원 (배민페이)")],
         button=("주문 내역 보기", "https://www.baemin.com/"),
         footer="(주)우아한형제들 | 서울특별시 송파구 위례성대로 2<br>본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="8bit", f=("카카오 T", "noreply@kakaomobility.com"), to=MINHO,
  s="[카카오 T] 택시 이용 영수증",
  h=page("kakao T", "#ffcd00", "택시 이용 영수증",
         ["정*호 님, 카카오 T 택시를 이용해 주셔서 감사합니다."],
         rows=[("출발", "서울역"), ("도착", "여의도역"), ("이용 시간", "2026.11.06 08:12 ~ 08:41"), ("결제 금액", "14,300원"), ("결제 수단", "카카오페이")],
         button=("이용 기록 보기", "https://www.kakaomobility.com/"),
         footer="(주)카카오모빌리티 | 경기도 성남시 분당구 판교역로 152<br>본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="b64", f=("대한항공", "koreanair@koreanair.com"), to=JIWOO,
  s="[대한항공] 전자항공권 확인증 (e-Ticket Itinerary)",
  t="""대한항공을 이용해 주셔서 감사합니다.

김지우 님의 전자항공권 확인증을 첨부해 드립니다.

- 예약번호: K7Q2MX
- 여정: 인천(ICN) → 오사카 간사이(KIX) KE723 2026-12-20 09:05
         오사카 간사이(KIX) → 인천(ICN) KE724 2026-12-23 12:30
- 탑승객: KIM/JIWOO MS

온라인 체크인은 출발 48시간 전부터 대한항공 홈페이지(www.koreanair.com) 또는 앱에서 가능합니다.

※ 본 메일은 발신 전용입니다.
대한항공 | 서울특별시 강서구 하늘길 260
""",
  a=[A("application/pdf", "e-Ticket_K7Q2MX.pdf", pdf("e-Ticket Itinerary K7Q2MX"))])

M("ham", mua="org", cs="ks_c_5601-1987", e="qp", f=("제주항공", "noreply@jejuair.net"), to=EUNSEO,
  s="[제주항공] 모바일 체크인 안내 - 7C 115 김포→제주",
  h=page("JEJUair", "#ff5000", "모바일 체크인이 열렸어요",
         ["최*서 님, 예약하신 항공편의 모바일 체크인이 가능합니다.", "국내선은 출발 20분 전 탑승구 마감이니 여유 있게 도착해 주세요."],
         rows=[("예약번호", "P4KZ7W"), ("항공편", "7C 115 김포 → 제주"), ("출발", "2026-11-21 07:30")],
         button=("체크인 하기", "https://www.jejuair.net/ko/checkin/main.do"),
         footer="(주)제주항공 | 제주특별자치도 제주시 신대로 64<br>본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="b64", f=("The Shilla Seoul", "reservation@shillahotels.com"), to=HARIN,
  s="[신라호텔] 예약 확인 - 예약번호 SH26112904",
  h=page("THE SHILLA", "#3b2a1a", "예약 확인서",
         ["이하린 님, 신라호텔 서울을 선택해 주셔서 감사합니다. 예약 내용을 확인해 주세요.",
          "체크인은 오후 3시, 체크아웃은 정오입니다. 예약 변경·취소는 투숙 3일 전까지 무료입니다."],
         rows=[("예약번호", "SH26112904"), ("일정", "2026-12-24 ~ 2026-12-25 (1박)"), ("객실", "디럭스 더블"), ("요금", "450,000원 (세금 포함, 현장 결제)")],
         button=("예약 조회", "https://www.shillahotels.com/"),
         footer="호텔신라 | 서울특별시 중구 동호로 249 | www.shillahotels.com"))

M("ham", mua="org", cs="euc-kr", e="b64", f=("서울대학교병원", "webmaster@snuh.org"), to=DOHYUN,
  s="[서울대학교병원] 진료 예약 안내",
  t="""[서울대학교병원] 진료 예약 안내

윤*현 님의 진료 예약을 안내해 드립니다.

- 진료과: 소화기내과
- 일시: 2026년 12월 2일(수) 오전 10시 20분
- 장소: 본관 1층 소화기내과 외래

검사 전날 저녁 9시 이후 금식하시고, 복용 중인 약(특히 혈압약, 아스피린)은 진료 시 알려 주세요.
예약 변경은 병원 홈페이지(www.snuh.org) 또는 앱에서 가능합니다.

서울대학교병원 | 서울특별시 종로구 대학로 101
""")

M("ham", mua="org", cs="utf-8", e="qp", f=("연세포탈서비스", "portal@yonsei.ac.kr"), to=("서지민", "jimin.seo@sodam.example"),
  rcpt="jimin.seo@sodam.example", s="[연세대학교] 2027학년도 1학기 등록금 납부 및 포탈 비밀번호 변경 안내",
  t="""[연세대학교] 2027학년도 1학기 등록금 납부 안내

서지민 학생(학번 2024******)

1. 등록금 고지서 출력: 연세포탈서비스(portal.yonsei.ac.kr) > 학사정보 > 등록
2. 납부 기간: 2027년 2월 19일(금) ~ 2월 24일(수)
3. 납부 방법: 고지서 기재 가상계좌 이체 (학생별 고유 계좌)
4. 분할 납부 신청: 2월 5일까지 포탈에서 신청

※ 보안 정책에 따라 포탈 비밀번호를 90일 이상 변경하지 않은 경우 로그인 시 변경 화면이 나타납니다.
   학교는 메일로 비밀번호를 묻지 않습니다.

연세대학교 재무회계팀
""")

M("ham", mua="org", cs="euc-kr", e="b64", f=("아파트아이 관리비", "bill@apti.co.kr"), to=DOHYUN, sel="apti",
  s="[해오름마을3단지 관리사무소] 2026년 10월분 관리비 고지서",
  h=page("아파트아이", "#00a0e9", "10월분 관리비 고지서",
         ["해오름마을3단지 504동 1002호 입주민께 10월분 관리비를 안내드립니다.",
          "관리비는 자동이체 또는 고지서의 가상계좌로 납부하실 수 있습니다. 납부 기한 경과 시 연체료가 부과됩니다.",
          "※ 12월 3일 지하주차장 물청소가 예정되어 있으니 차량 이동에 협조 부탁드립니다. - 관리사무소"],
         rows=[("부과 금액", "287,540원"), ("일반관리비", "68,200원"), ("난방비", "41,300원"), ("납부 기한", "2026-11-30")],
         button=("고지서 상세 보기", "https://www.apti.co.kr/"),
         footer="해오름마을3단지 관리사무소 ☎ 031-555-0190<br>아파트아이 | www.apti.co.kr"))

M("ham", mua="org", cs="ks_c_5601-1987", e="b64", f=("한국전력공사", "cyber@kepco.co.kr"), to=DOHYUN, sel="kepco",
  s="[한전] 2026년 11월 전기요금 청구서 (이메일)",
  h=page("한국전력공사", "#0054a6", "11월 전기요금 청구서",
         ["윤*현 고객님의 2026년 11월 전기요금을 안내해 드립니다.", "납부 기한까지 미납 시 가산금이 부과됩니다. 자동이체 신청 고객은 납부일에 출금됩니다."],
         rows=[("고객번호", "01-2345-****-**"), ("사용량", "287kWh"), ("청구 금액", "46,870원"), ("납부 기한", "2026-11-25")],
         button=("한전ON에서 확인", "https://online.kepco.co.kr/"),
         footer="한국전력공사 | 전라남도 나주시 전력로 55 | 고객센터 123"))

M("ham", mua="org", cs="euc-kr", e="qp", f=("서울도시가스", "cs@seoulgas.co.kr"), to=JIWOO,
  s="[서울도시가스] 가스요금 미납 안내",
  t="""[서울도시가스] 가스요금 미납 안내

김*우 고객님, 9월분 가스요금이 미납되어 안내드립니다.

- 고객번호: 5512****
- 미납 금액: 18,450원
- 납부 기한: 2026년 11월 20일

납부는 지로, 인터넷 지로, 또는 서울도시가스 홈페이지(www.seoulgas.co.kr)에서 가능합니다.
이미 납부하신 경우 양해 바랍니다.

서울도시가스(주)
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("국세청 홈택스", "hometax@nts.go.kr"), to=SEOJUN, sel="nts",
  s="[국세청] 2026년 종합소득세 환급금 지급 안내",
  h=page("국세청 홈택스", "#0a3d91", "종합소득세 환급금 지급 안내",
         ["박*준 님께서 신고하신 2025년 귀속 종합소득세 환급금이 지급 결정되어 안내드립니다.",
          "환급금은 신고 시 입력하신 계좌로 입금되며, 홈택스(www.hometax.go.kr) 로그인 후 [조회/발급 > 세무서류 조회]에서 확인하실 수 있습니다.",
          "국세청은 환급을 이유로 문자·메일 링크를 통해 계좌 비밀번호나 카드 정보를 요구하지 않습니다."],
         rows=[("환급 금액", "327,400원"), ("지급 예정일", "2026-11-16")],
         button=("홈택스 바로가기", "https://www.hometax.go.kr/"),
         footer="국세청 | 세종특별자치시 국세청로 8-14 | 국세상담센터 126"))

M("ham", mua="org", cs="utf-8", e="qp", f=("정부24", "noreply@gov.kr"), to=EUNSEO, sel="gov",
  s="[정부24] 민원 처리 결과 안내 (주민등록표 등본 발급)",
  t="""[정부24] 민원 처리 결과 안내

최*서 님이 신청하신 민원이 처리되었습니다.

- 민원명: 주민등록표 등본(초본) 교부
- 신청일: 2026-11-02
- 처리 결과: 발급 완료 (전자문서지갑 저장)

정부24(www.gov.kr) > 나의 정부24 > 신청 내역에서 확인하실 수 있습니다.

※ 본 메일은 발신 전용입니다.
행정안전부 정부24
""")

M("ham", mua="org", cs="euc-kr", e="b64", f=("국민건강보험공단", "webmaster@nhis.or.kr"), to=DOHYUN, sel="nhis",
  s="[국민건강보험] 2026년 건강검진 대상자 안내",
  h=page("국민건강보험공단", "#00856a", "2026년 건강검진 안내",
         ["윤*현 님은 2026년 일반건강검진 대상자입니다. 12월 31일까지 가까운 검진기관에서 받으시기 바랍니다.",
          "검진기관 조회와 결과 확인은 The건강보험 앱 또는 홈페이지에서 가능합니다."],
         rows=[("검진 종류", "일반건강검진, 위암검진"), ("검진 기한", "2026-12-31")],
         button=("검진기관 찾기", "https://www.nhis.or.kr/"),
         footer="국민건강보험공단 | 강원특별자치도 원주시 건강로 32 | 고객센터 1577-1000"))

M("ham", mua="org", cs="ks_c_5601-1987", e="8bit", f=("국민연금공단", "nps@nps.or.kr"), to=JIWOO, sel="nps",
  s="[국민연금] 연금 가입내역 안내",
  t="""[국민연금공단] 가입내역 안내

김*우 가입자님의 국민연금 가입내역을 안내해 드립니다.

- 총 가입기간: 98개월
- 납부 총액: 21,***,***원
- 예상 연금월액(현재 기준): 내 곁에 국민연금 앱에서 확인

가입내역은 국민연금공단 홈페이지(www.nps.or.kr) 또는 '내 곁에 국민연금' 앱에서 조회하실 수 있습니다.
공단은 추가 납부나 환급을 이유로 링크를 보내 개인정보를 요구하지 않습니다.

국민연금공단 | 전북특별자치도 전주시 덕진구 기지로 180
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("서울시 이택스", "etax@seoul.go.kr"), to=MINHO, sel="seoul",
  s="[서울시] 2026년 12월 자동차세 납부 안내",
  h=page("서울특별시 ETAX", "#003876", "12월 정기분 자동차세 납부 안내",
         ["정*호 님, 2026년 2기분 자동차세 고지 내역을 안내드립니다.", "서울시 이택스(etax.seoul.go.kr) 또는 위택스에서 납부하실 수 있습니다."],
         rows=[("과세 대상", "차량 34나 ****"), ("세액", "145,600원"), ("납부 기한", "2026-12-31")],
         button=("ETAX 바로가기", "https://etax.seoul.go.kr/"),
         footer="서울특별시 재무국 | 서울특별시 중구 세종대로 110"))

M("ham", mua="org", cs="utf-8", e="b64", f=("네이버", "account_noreply@navercorp.com"), to=HARIN, sel="s20171208",
  s="[네이버] 새로운 환경에서 로그인 되었습니다",
  h=page("NAVER", "#03c75a", "새로운 환경에서 로그인 되었습니다",
         ["haeri*** 님의 네이버 아이디로 새로운 환경에서 로그인되었습니다.",
          "본인이 맞다면 이 메일은 무시하셔도 됩니다. 본인이 아니라면 네이버에 직접 접속하여 비밀번호를 변경하고 2단계 인증을 설정해 주세요."],
         rows=[("일시", "2026.10.30 23:02"), ("브라우저", "Chrome (Windows)"), ("위치", "대한민국")],
         button=("로그인 기록 확인", "https://nid.naver.com/user2/help/myInfoV2"),
         footer="본 메일은 발신전용입니다. 네이버 고객센터 help.naver.com<br>네이버(주) | 경기도 성남시 분당구 정자일로 95"))
MSGS[-1]["t"] = strip_html(MSGS[-1]["h"])

M("ham", mua="org", cs="utf-8", e="qp", f=("Kakao", "noreply@kakaocorp.com"), to=EUNSEO, sel="kakao",
  s="[카카오] 카카오계정 비밀번호가 변경되었습니다",
  h=page("kakao", "#191919", "비밀번호 변경 안내",
         ["eun***@sodam.example 카카오계정의 비밀번호가 2026.11.11 19:40에 변경되었습니다.",
          "본인이 변경하지 않았다면 카카오계정 고객센터에서 보호조치를 신청해 주세요."],
         button=("카카오계정 관리", "https://accounts.kakao.com/"),
         footer="(주)카카오 | 제주특별자치도 제주시 첨단로 242<br>본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="b64", f=("토스", "noreply@toss.im"), to=SEOJUN, sel="toss",
  s="[토스] 송금 완료 안내",
  t="""토스 송금 완료

박*준 님, 송금이 완료되었어요.

- 받는 분: 김*수 (카카오뱅크)
- 금액: 120,000원
- 메모: 11월 모임 회비
- 일시: 2026-11-07 12:31

송금 내역은 토스 앱 > 전체 > 송금 내역에서 확인할 수 있어요.
비바리퍼블리카 | toss.im
""")

M("ham", mua="org", cs="utf-8", e="8bit", f=("당근", "noreply@daangn.com"), to=HARIN, sel="daangn",
  s="[당근] 이메일 인증번호를 알려드려요",
  t="""당근 이메일 인증번호

인증번호 [719204]를 입력해 주세요.
인증번호는 10분간 유효해요.

당근은 인증번호를 절대 전화나 채팅으로 묻지 않아요.
거래 상대가 인증번호를 요구하면 사기일 수 있으니 주의해 주세요.

(주)당근마켓 | www.daangn.com
""")


# -------------------------------- ham (c): newsletters, lists, subscribed
def lu(dom, path="unsubscribe", mailto=True):
    t = rhex(24)
    u = ["https://%s/%s?t=%s" % (dom, path, t)]
    if mailto:
        u.insert(0, "mailto:unsubscribe@%s?subject=unsubscribe-%s" % (dom, t[:10]))
    return u


def news(brand, color, title, items, foot, unsub):
    paras = []
    for head, body, link in items:
        paras.append('<b>%s</b><br>%s<br><a href="%s">자세히 보기 →</a>' % (head, body, link))
    return page(brand, color, title, paras, footer=foot + '<br><a href="%s">수신거부</a>' % unsub)


M("ham", mua="esp", cs="utf-8", e="b64", f=("뉴닉 NEWNEEK", "whatsup@newneek.co"), to=JIWOO, lu=lu("newneek.co"),
  s="🦔 오늘 뉴닉: 기준금리 동결, 내 대출 이자는?",
  h=news("NEWNEEK", "#ff6b00", "오늘의 뉴스, 고슴이가 쉽게 정리했슴!",
         [("💰 기준금리 또 동결", "한국은행이 기준금리를 동결했어요. 변동금리 대출 이자는 당분간 크게 안 바뀔 전망이에요.", "https://newneek.co/@newneek/article/1"),
          ("🏠 전세사기 피해 지원 연장", "피해자 지원 특별법 시한이 연장됐어요. 신청 방법을 정리했슴.", "https://newneek.co/@newneek/article/2"),
          ("🎮 게임 확률 공개 1년", "확률형 아이템 정보 공개 의무화 1년, 무엇이 달라졌을까요?", "https://newneek.co/@newneek/article/3")],
         "뉴닉을 구독해 주셔서 고마워요. | (주)뉴닉 서울특별시 성동구", "https://newneek.co/unsubscribe"))

M("ham", mua="esp", cs="utf-8", e="qp", f=("UPPITY 어피티", "moneyletter@uppity.co.kr"), to=SEOJUN, lu=lu("uppity.co.kr"),
  s="[머니레터] 월급 300 사회초년생, ETF 적립 어떻게 시작할까?",
  h=news("UPPITY", "#111111", "오늘의 머니레터",
         [("ETF 적립식, 이렇게 시작해요", "매달 월급날 자동이체로 ETF를 모으는 방법과 수수료 비교를 정리했어요. 특정 종목 추천은 아니에요!", "https://uppity.co.kr/letter/etf"),
          ("청년도약계좌 vs ISA", "비과세 혜택과 만기, 중도 해지 조건을 표로 비교했어요.", "https://uppity.co.kr/letter/isa"),
          ("코인 과세, 어디까지 왔나", "가상자산 과세 유예 이후 달라지는 점을 짚어봤어요.", "https://uppity.co.kr/letter/crypto")],
         "이 메일은 어피티 머니레터를 구독하신 분께 발송됩니다.", "https://uppity.co.kr/unsubscribe"))

M("ham", mua="list", cs="utf-8", e="b64", f=("한울고 34회 동창회", "hanul34@googlegroups.com"), to=MINHO,
  sender="hanul34@googlegroups.com",
  x=[("List-Id", "<hanul34.googlegroups.com>"), ("Mailing-list", "list hanul34@googlegroups.com; contact hanul34+owners@googlegroups.com"),
     ("Precedence", "list"), ("List-Post", "<https://groups.google.com/group/hanul34/post>, <mailto:hanul34@googlegroups.com>")],
  lu=["mailto:hanul34+unsubscribe@googlegroups.com", "https://groups.google.com/group/hanul34/subscribe"], onec=False,
  s="[34회] 2026 송년회 안내 및 회비 공지",
  t="""동기 여러분 안녕하세요, 총무 배성민입니다.

올해도 송년회 합니다!
- 일시: 12월 19일(토) 오후 6시
- 장소: 종로3가 한식주점 (2층 단체석)
- 회비: 1인 4만원 (당일 현장 결제 또는 아래 동창회 통장)

동창회 통장: 카카오뱅크 3333-**-*****48 (예금주 배성민)
참석 여부는 단톡방 투표로 부탁해요. 올해는 담임선생님도 오십니다.

--
You received this message because you are subscribed to the Google Groups "한울고 34회" group.
To unsubscribe from this group and stop receiving emails from it, send an email to hanul34+unsubscribe@googlegroups.com.
""")

M("ham", mua="corp", dk=True, cs="euc-kr", e="b64", f=("새빛교회", "bulletin@saebit-church.example"), to=EUNSEO,
  lu=lu("saebit-church.example"), x=[("Precedence", "bulk")],
  s="[새빛교회 주보] 2026년 11월 22일 추수감사주일",
  h=page("새빛교회", "#6b4e2e", "추수감사주일 주보",
         ["<b>예배 안내</b><br>1부 오전 9시 / 2부 오전 11시 / 오후 찬양예배 2시",
          "<b>교회 소식</b><br>1) 추수감사절 헌금은 전액 지역 푸드뱅크와 미자립교회에 전달됩니다.<br>2) 다음 주일 오후에 김장 나눔 봉사가 있습니다. 봉사자는 교육부실로 모여 주세요.<br>3) 성탄 칸타타 연습이 매주 토요일 오후 4시에 있습니다.",
          "<b>중보기도</b><br>입원 중인 성도님들의 회복과 수험생 가정을 위해 기도해 주세요."],
         footer="새빛교회 | 이 메일은 주보 받아보기를 신청하신 성도님께 발송됩니다.<br>수신을 원하지 않으시면 교회 사무실로 연락 주세요."))

M("ham", mua="org", cs="utf-8", e="b64", f=("NAVER Cloud", "event@ncloud.com"), to=JIWOO, sel="ncloud",
  s="[웨비나 등록 완료] 2026 클라우드 보안 전략 세미나",
  t="""김지우 님, 웨비나 등록이 완료되었습니다.

■ 2026 클라우드 보안 전략 세미나
- 일시: 2026년 12월 3일(목) 오후 2시 ~ 4시
- 방식: 온라인 라이브 (접속 링크는 행사 하루 전 다시 보내드립니다)
- 세션: 제로트러스트 도입 사례 / 공공 클라우드 보안 인증 / Q&A

첨부한 캘린더 파일을 일정에 추가해 두세요.
등록 취소는 이벤트 페이지(https://www.ncloud.com/support/event)에서 할 수 있습니다.

네이버클라우드(주)
""",
  a=[A("text/calendar", "webinar_20261203.ics", ("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//NAVER Cloud//Event//KO\r\nBEGIN:VEVENT\r\n"
        "UID:evt-20261203-sec@ncloud.com\r\nDTSTAMP:20261110T010000Z\r\nDTSTART:20261203T050000Z\r\nDTEND:20261203T070000Z\r\n"
        "SUMMARY:2026 Cloud Security Webinar\r\nURL:https://www.ncloud.com/support/event\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n").encode())])

M("ham", mua="org", cs="ks_c_5601-1987", e="b64", f=("잡코리아", "jobmail@jobkorea.co.kr"), to=HARIN, sel="jk",
  lu=lu("jobkorea.co.kr", "unsub"),
  s="이하린님께 딱 맞는 추천 공고 5건",
  h=news("JOBKOREA", "#0057ff", "이번 주 추천 공고",
         [("[해오른바이오] 데이터 분석가 (경력 3년↑)", "서울 강남 | 연봉 회사 내규 | 마감 D-7", "https://www.jobkorea.co.kr/Recruit/GI_Read/1"),
          ("[누리에듀] 교육 콘텐츠 기획", "경기 성남 | 정규직 | 마감 D-12", "https://www.jobkorea.co.kr/Recruit/GI_Read/2"),
          ("[하늘물산] 재무회계 담당", "서울 중구 | 정규직 | 상시채용", "https://www.jobkorea.co.kr/Recruit/GI_Read/3")],
         "이 메일은 잡코리아 맞춤공고 메일 수신에 동의하신 회원님께 발송됩니다. (주)잡코리아 서울특별시 서초구", "https://www.jobkorea.co.kr/unsub"))

M("ham", mua="org", cs="utf-8", e="qp", f=("사람인", "help@saramin.co.kr"), to=MINHO, sel="saramin",
  s="[사람인] (주)미르테크에서 면접 제안이 도착했습니다",
  h=page("saramin", "#4876ef", "면접 제안이 도착했어요",
         ["정민호 님의 공개 이력서를 보고 (주)미르테크 인사담당자가 면접을 제안했습니다.",
          "제안 수락 여부는 사람인에 로그인해서 [입사지원 관리 > 받은 제안]에서 선택해 주세요. 기업이 금전이나 통장 정보를 요구하면 사람인 고객센터로 신고해 주세요."],
         rows=[("기업", "(주)미르테크"), ("포지션", "생산관리 (경력)"), ("응답 기한", "2026-11-24")],
         button=("제안 확인하기", "https://www.saramin.co.kr/zf_user/member/suggest"),
         footer="(주)사람인 | 서울특별시 구로구 디지털로34길 43"))

M("ham", mua="org", cs="utf-8", e="b64", f=("원티드 Wanted", "noreply@wanted.co.kr"), to=SEOJUN, sel="wanted",
  s="[원티드] 포지션 제안: 백엔드 개발자 - 핀테크 스타트업",
  t="""박서준 님, 안녕하세요.
원티드 매치업을 통해 포지션 제안이 도착했어요.

- 회사: 모아페이(주) (핀테크 / 시리즈 B)
- 포지션: 백엔드 개발자 (Kotlin, Spring)
- 제안 메시지: "결제 정산 시스템 경험을 인상 깊게 봤습니다. 커피챗 한번 가능하실까요?"

제안은 원티드 앱 또는 https://www.wanted.co.kr 에서 확인하고 수락/거절할 수 있어요.
이 메일은 매치업 이력서를 공개한 회원에게 발송됩니다.
""",
  h="""<html><body><div style="max-width:600px;margin:auto;font-family:sans-serif">
<h2>포지션 제안이 도착했어요</h2>
<p>박서준 님, 원티드 매치업을 통해 포지션 제안이 도착했어요.</p>
<table cellpadding="6"><tr><td>회사</td><td>모아페이(주) (핀테크 / 시리즈 B)</td></tr>
<tr><td>포지션</td><td>백엔드 개발자 (Kotlin, Spring)</td></tr></table>
<p style="background:#f2f4f7;padding:12px">"결제 정산 시스템 경험을 인상 깊게 봤습니다. 커피챗 한번 가능하실까요?"</p>
<p><a href="https://www.wanted.co.kr/profile/matching">제안 확인하기</a></p>
<p style="font-size:12px;color:#999">이 메일은 매치업 이력서를 공개한 회원에게 발송됩니다. (주)원티드랩</p>
</div></body></html>
""")

M("ham", mua="org", cs="euc-kr", e="b64", f=("인터파크 티켓", "ticket@interpark.com"), to=EUNSEO, sel="ipark",
  s="[인터파크 티켓] 예매가 완료되었습니다 - 뮤지컬 <겨울 정원>",
  h=page("INTERPARK TICKET", "#ef3e43", "예매 완료",
         ["최*서 고객님, 예매가 정상적으로 완료되었습니다.", "관람일 전일 오후 5시까지 취소 가능하며, 취소 수수료가 부과될 수 있습니다. 모바일 티켓은 앱에서 확인하세요."],
         rows=[("예매번호", "T2611081274"), ("공연", "뮤지컬 &lt;겨울 정원&gt;"), ("일시", "2026-12-13(일) 14:00"), ("좌석", "R석 1층 C구역 7열 12, 13번"), ("결제 금액", "286,000원")],
         button=("예매 내역 확인", "https://tickets.interpark.com/"),
         footer="인터파크 | 본 메일은 발신전용입니다."))

M("ham", mua="org", cs="utf-8", e="b64", f=("멜론티켓", "ticket_noreply@melon.com"), to=HARIN, sel="melon",
  s="관심 공연 티켓 오픈 알림: 2027 신년 콘서트",
  t="""멜론티켓 관심 공연 알림

이하린 님이 관심 공연으로 등록하신 공연의 티켓이 곧 오픈됩니다.

- 공연: 2027 신년 콘서트 <새해, 첫 노래>
- 티켓 오픈: 2026년 12월 1일(화) 오후 8시
- 장소: 올림픽공원 핸드볼경기장

1인 4매까지 예매 가능하며, 부정 예매(매크로) 적발 시 취소됩니다.
관심 공연 알림 설정은 멜론티켓 > MY > 알림 설정에서 변경할 수 있습니다.

https://ticket.melon.com
""")

M("ham", mua="esp", cs="utf-8", e="b64", f=("올리브영", "oliveyoung@oliveyoung.co.kr"), to=EUNSEO, lu=lu("oliveyoung.co.kr", "unsubscribe/email"),
  s="(광고) 올영세일 D-1! 멤버십 회원 전용 쿠폰 도착 🎁",
  h=page("OLIVE YOUNG", "#9bce26", "올영세일 내일 시작!",
         ["최*서 님, 골드 등급 회원님을 위한 추가 10% 쿠폰이 발급되었어요.",
          "쿠폰은 12월 1일~7일 온라인몰과 매장에서 사용할 수 있어요."],
         button=("쿠폰함 가기", "https://www.oliveyoung.co.kr/store/mypage/getCouponList.do"),
         footer="(주)씨제이올리브영 | 서울특별시 용산구 한강대로 372 | 고객센터 1577-4887<br>"
                "본 메일은 2025년 3월 2일 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.<br>"
                "수신을 원하지 않으시면 <a href=\"https://www.oliveyoung.co.kr/unsubscribe/email\">수신거부</a>를 눌러주세요. (Click here to unsubscribe)"))

M("ham", mua="org", cs="utf-8", e="qp", f=("무신사", "noreply@musinsa.com"), to=SEOJUN, sel="musinsa",
  s="[무신사] 보유 쿠폰이 3일 후 만료됩니다",
  h=page("MUSINSA", "#000000", "쿠폰 만료 안내",
         ["박*준 님이 보유한 쿠폰 중 곧 만료되는 쿠폰이 있어요."],
         rows=[("쿠폰", "회원 등급 5% 할인 쿠폰"), ("만료일", "2026-11-30 23:59")],
         button=("쿠폰함 보기", "https://www.musinsa.com/mypage/coupon"),
         footer="(주)무신사 | 이 메일은 회원님의 계정 정보에 관한 안내로 수신 동의 여부와 관계없이 발송됩니다."))

M("ham", mua="org", cs="euc-kr", e="b64", f=("SSG.COM", "noreply@ssg.com"), to=DOHYUN, sel="ssg",
  s="[SSG.COM] 소멸 예정 신세계포인트 안내",
  h=page("SSG.COM", "#ff5452", "소멸 예정 포인트 안내",
         ["윤*현 회원님, 12월 31일에 유효기간이 만료되는 신세계포인트가 있습니다.", "소멸 전에 SSG.COM, 이마트, 스타벅스 등에서 사용해 보세요."],
         rows=[("소멸 예정 포인트", "3,420P"), ("소멸 예정일", "2026-12-31")],
         button=("포인트 내역 보기", "https://member.ssg.com/"),
         footer="에스에스지닷컴 | 본 메일은 회원님의 포인트 정보 안내로 광고성 정보가 아닙니다."))

M("ham", mua="org", cs="ks_c_5601-1987", e="qp", f=("교보문고", "webmaster@kyobobook.co.kr"), to=JIWOO, sel="kyobo",
  lu=lu("kyobobook.co.kr", "newsletter/unsub", mailto=False),
  s="[교보문고 북뉴스] 12월의 신간 - 연말에 읽기 좋은 책",
  h=news("교보문고 북뉴스", "#4f2d7f", "12월의 신간",
         [("소설 | 『긴 밤의 끝에서』", "올해 문학상 수상 작가의 신작 장편.", "https://product.kyobobook.co.kr/detail/1"),
          ("경제 | 『금리의 시대』", "고금리 이후의 가계 재무를 다룬 책.", "https://product.kyobobook.co.kr/detail/2"),
          ("에세이 | 『작은 부엌의 사계절』", "혼자 사는 사람의 제철 요리 기록.", "https://product.kyobobook.co.kr/detail/3")],
         "교보문고 북뉴스는 구독 신청하신 분께 발송됩니다. (주)교보문고 서울특별시 종로구 종로 1", "https://www.kyobobook.co.kr/newsletter/unsub"))

M("ham", mua="daum", cs="euc-kr", e="8bit", f=("다음카페 한마음산악회", "cafe_noreply@daum.net"), to=DOHYUN,
  x=[("Precedence", "bulk")],
  s="[한마음산악회] 11월 정기산행 공지 - 북한산 백운대",
  t="""[한마음산악회] 새 공지가 등록되었습니다.

작성자: 산행대장 (운영진)

11월 정기산행 안내
- 일시: 11월 22일(일) 오전 8시 30분 집결
- 집결지: 우이신설선 북한산우이역 2번 출구
- 코스: 우이분소 - 하루재 - 백운대 - 원점회귀 (약 5시간)
- 회비: 1만원 (하산 후 식사비 별도)

아이젠 꼭 챙기시고, 무릎 안 좋으신 분은 스틱 준비하세요.
참석 댓글은 금요일 자정까지 달아 주세요.

카페 바로가기: https://cafe.daum.net/hanmaeum-sanak
이 메일은 카페 공지 메일 수신을 설정한 회원에게 발송됩니다.
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("네이버 카페", "cafe_noreply@naver.com"), to=HARIN, sel="s20171208",
  s="[망원동 육아맘 모임] 새 글 알림: 공동구매 아기 내복 수요조사",
  h=page("NAVER 카페", "#03c75a", "구독한 게시판에 새 글이 올라왔어요",
         ["<b>[공동구매] 아기 내복 수요조사 (12월 둘째 주 마감)</b><br>작성자: 하늘맘 | 조회 214 | 댓글 31",
          "국산 오가닉 내복 공동구매 수요조사 합니다. 사이즈별 수량 댓글로 남겨 주세요. 입금은 수요 확정 후 카페 공지 계좌로만 받습니다. 개인 계좌로 먼저 보내라는 쪽지는 무시하세요!"],
         button=("카페에서 보기", "https://cafe.naver.com/mangwonmom"),
         footer="네이버 카페 알림 설정에서 메일 수신을 해제할 수 있습니다."))

M("ham", mua="corp", dk=True, cs="utf-8", e="b64", f=("다솔초등학교 학부모회", "parents@dasol.sen.es.kr"), to=DOHYUN,
  x=[("Precedence", "bulk")],
  s="[다솔초 학부모회] 11월 소식지 및 바자회 수익금 사용 보고",
  t="""다솔초등학교 학부모회 11월 소식지

1. 가을 바자회 결산
   - 총 수익금 3,412,000원
   - 도서관 신간 구입 2,000,000원, 6학년 졸업앨범 지원 1,000,000원, 잔액 이월
   - 상세 영수증은 학교 홈페이지 학부모회 게시판에 공개했습니다.

2. 녹색어머니회 12월 당번표는 첨부 없이 반 단톡방에 공유합니다.

3. 겨울방학 독서 캠프 자원봉사자 모집 (12월 4일까지)

문의: 학부모회장 (학교 행정실 경유)
""")

M("ham", mua="org", cs="utf-8", e="qp", f=("Festa!", "noreply@festa.io"), to=SEOJUN, sel="festa",
  s="[Festa] 티켓 구매 완료 - 서울 Kotlin 밋업 12월",
  t="""티켓 구매가 완료되었습니다.

이벤트: 서울 Kotlin 밋업 12월 - 코루틴 실전 사례
일시: 2026년 12월 9일(수) 19:30 ~ 21:30
장소: 서울 강남구 테헤란로, 공유오피스 라운지 (상세 위치는 이벤트 페이지 참고)
티켓: 일반 참가 (10,000원, 피자 포함)
결제: 카드 결제 완료

입장 시 Festa 앱의 QR 티켓을 보여 주세요.
https://festa.io/events
""")

M("ham", mua="esp", cs="utf-8", e="b64", f=("요즘IT", "yozm@wishket.com"), to=MINHO, lu=lu("yozm.wishket.com"),
  s="[요즘IT 위클리] 개발자가 AI 에이전트와 일하는 법",
  h=news("요즘IT", "#2f54eb", "이번 주 인기 아티클",
         [("AI 에이전트와 코드 리뷰하기", "실제 팀이 에이전트를 리뷰어로 도입하며 겪은 시행착오.", "https://yozm.wishket.com/magazine/detail/1/"),
          ("프리랜서 계약서, 이것만은 확인하자", "대금 지급 조건과 지식재산권 조항 체크리스트.", "https://yozm.wishket.com/magazine/detail/2/"),
          ("기획자를 위한 SQL 입문", "SELECT부터 GROUP BY까지 하루 만에.", "https://yozm.wishket.com/magazine/detail/3/")],
         "요즘IT 뉴스레터를 구독해 주셔서 감사합니다. (주)위시켓", "https://yozm.wishket.com/unsubscribe"))

M("ham", mua="org", cs="utf-8", e="qp", f=("LinkedIn", "messages-noreply@linkedin.com"), to=JIWOO, sel="d2048-201806",
  lu=["https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=" + rhex(20)],
  s="김지우님, 이번 주 네트워크 소식을 확인하세요",
  t="""김지우님의 네트워크 업데이트

- 박소연님이 새 직장을 시작했습니다: 해오름컨설팅 선임 컨설턴트
- 임태준님이 게시물을 공유했습니다: "2026년 공급망 관리 트렌드 정리"
- 3명이 회원님의 프로필을 조회했습니다

LinkedIn에서 모두 보기: https://www.linkedin.com/feed/

이 이메일은 김지우님에게 발송되었습니다.
수신 설정: https://www.linkedin.com/comm/psettings/email
""",
  h="""<html><body style="font-family:-apple-system,sans-serif"><table width="600" align="center"><tr><td>
<h3>김지우님의 네트워크 업데이트</h3>
<p>박소연님이 새 직장을 시작했습니다: 해오름컨설팅 선임 컨설턴트</p>
<p>임태준님이 게시물을 공유했습니다: "2026년 공급망 관리 트렌드 정리"</p>
<p>3명이 회원님의 프로필을 조회했습니다</p>
<p><a href="https://www.linkedin.com/feed/">LinkedIn에서 모두 보기</a></p>
<p style="font-size:11px;color:#666">이 이메일은 김지우님에게 발송되었습니다. <a href="https://www.linkedin.com/comm/psettings/email">수신 설정</a><br>
LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085</p></td></tr></table></body></html>
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("브런치스토리", "noreply@brunch.co.kr"), to=EUNSEO, sel="kakao",
  s="구독 중인 작가 '바다곁에'의 새 글이 발행되었습니다",
  t="""브런치스토리 새 글 알림

구독 중인 작가 바다곁에 님이 새 글을 발행했습니다.

「통영에서 한 달 살기 - 셋째 주, 시장 사람들」
"새벽 다섯 시의 서호시장은 생각보다 조용했다. 생선 상자 위로 김이 피어올랐고..."

글 읽기: https://brunch.co.kr/@badagyeote/27

알림 설정은 브런치스토리 앱 > 설정 > 알림에서 바꿀 수 있습니다.
""")

M("ham", mua="org", cs="euc-kr", e="qp", f=("산업공학과 세미나", "ie-seminar@snu.ac.kr"), to=HARIN, sel="snu",
  x=[("List-Id", "IE seminar list <ie-seminar.snu.ac.kr>"), ("Precedence", "list")],
  s="[세미나] 11/26(목) 공급망 리스크와 확률적 최적화 - 초청 강연",
  t="""산업공학과 대학원생 여러분께,

이번 주 학과 세미나를 안내드립니다.

- 연사: 문경호 박사 (해외 연구소 선임연구원)
- 제목: 공급망 리스크 관리를 위한 확률적 최적화
- 일시: 11월 26일(목) 오후 4시
- 장소: 39동 301호 (온라인 동시 중계 없음)

세미나 후 다과가 있습니다. 석사 1학기생은 출석 필수입니다.

산업공학과 사무실
""")

M("ham", mua="list", cs="utf-8", e="8bit", f=("수요풋살클럽", "wed-futsal@googlegroups.com"), to=SEOJUN,
  sender="wed-futsal@googlegroups.com",
  x=[("List-Id", "<wed-futsal.googlegroups.com>"), ("Precedence", "list")],
  lu=["mailto:wed-futsal+unsubscribe@googlegroups.com"], onec=False,
  s="[수요풋살] 12월 구장 예약 및 회비 안내",
  t="""회원 여러분, 총무입니다.

12월 구장 예약 완료했습니다. 매주 수요일 밤 9시, 상암 풋살장 B구장입니다.
12월 회비는 2만원이고 10일까지 클럽 모임통장으로 보내 주세요.
(모임통장 번호는 기존과 같습니다. 바뀌면 단톡방에서 회장이 직접 공지합니다.)

이번 달 MVP 투표 결과 1위는 '골대 앞 박' 님입니다 ㅋㅋ 축하드려요.

--
You received this message because you are subscribed to the Google Groups "수요풋살클럽" group.
""")

M("ham", mua="esp", cs="utf-8", e="b64", f=("배달의민족", "event@baemin.com"), to=HARIN, lu=lu("baemin.com", "mail/unsubscribe"),
  s="(광고) 이번 주말 배민 쿠폰팩 도착! 최대 5,000원 할인",
  h=page("배달의민족", "#2ac1bc", "주말 쿠폰팩이 도착했어요",
         ["이*린 님, 주말에 쓸 수 있는 쿠폰을 모아 드렸어요. 쿠폰함에서 확인하세요.", "쿠폰은 11월 29일(일) 23:59까지 사용 가능해요."],
         button=("쿠폰 받기", "https://www.baemin.com/event"),
         footer="(주)우아한형제들 | 서울특별시 송파구 위례성대로 2 | 고객센터 1600-0987<br>"
                "본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다. 더 이상 받지 않으려면 <a href=\"https://www.baemin.com/mail/unsubscribe\">수신거부</a>"))

M("ham", mua="org", cs="utf-8", e="b64", f=("야놀자", "noreply@yanolja.com"), to=DOHYUN, sel="yanolja",
  s="[야놀자] 보유 중인 숙소 쿠폰이 곧 소멸돼요",
  t="""[야놀자] 쿠폰 소멸 예정 안내

윤*현 님이 보유한 쿠폰이 곧 소멸될 예정이에요.

- 국내숙소 15,000원 할인 쿠폰 (10만원 이상 예약 시)
- 유효기간: 2026-11-30 까지

쿠폰함: 야놀자 앱 > MY > 쿠폰
본 메일은 회원님의 쿠폰 보유 정보 안내 메일입니다.
(주)야놀자 | www.yanolja.com
""")

M("ham", mua="org", cs="utf-8", e="b64", f=("대한민국 정책브리핑", "newsletter@korea.kr"), to=JIWOO, sel="korea",
  lu=lu("korea.kr", "newsletter/unsubscribe.do"),
  s="[정책브리핑 뉴스레터] 내년부터 달라지는 청년 지원 제도",
  h=news("korea.kr 정책브리핑", "#0b3a7e", "이번 주 정책 뉴스",
         [("2027년 달라지는 청년 정책", "청년 월세 지원 기준 완화, 청년도약계좌 기여금 확대 등을 정리했습니다.", "https://www.korea.kr/news/policyNewsView.do?newsId=1"),
          ("정부 사칭 문자 주의", "정부는 지원금 신청을 이유로 인터넷 주소(URL)가 담긴 문자를 보내지 않습니다. 의심 문자는 118로 신고하세요.", "https://www.korea.kr/news/policyNewsView.do?newsId=2"),
          ("겨울철 난방비 지원", "에너지바우처 신청 기간과 대상을 확인하세요.", "https://www.korea.kr/news/policyNewsView.do?newsId=3")],
         "문화체육관광부 국민소통실 | 이 메일은 정책브리핑 뉴스레터를 신청하신 분께 발송됩니다.", "https://www.korea.kr/newsletter/unsubscribe.do"))

M("ham", mua="org", cs="euc-kr", e="b64", f=("국립중앙박물관", "webmaster@museum.go.kr"), to=EUNSEO, sel="museum",
  lu=lu("museum.go.kr", "site/main/newsletter/unsub"),
  s="[국립중앙박물관] 12월 전시·교육 소식",
  h=news("국립중앙박물관", "#5a3e1b", "12월 박물관 소식",
         [("특별전 「바다의 길, 교역의 시대」", "12월 8일 개막. 사전 예약제로 운영합니다.", "https://www.museum.go.kr/site/main/exhiSpecialTheme/view/1"),
          ("겨울방학 어린이 박물관 교실", "초등 1~3학년 대상, 12월 10일 접수 시작.", "https://www.museum.go.kr/site/main/edu/1"),
          ("야간 개장", "수·토요일 오후 9시까지 개방합니다.", "https://www.museum.go.kr/site/main/content/1")],
         "국립중앙박물관 | 서울특별시 용산구 서빙고로 137", "https://www.museum.go.kr/site/main/newsletter/unsub"))

M("ham", mua="org", cs="ks_c_5601-1987", e="b64", f=("삼성증권", "research@samsungpop.com"), to=SEOJUN, sel="pop",
  lu=lu("samsungpop.com", "newsletter/unsub", mailto=False),
  s="[삼성증권 투자정보] 12월 시장 전망과 관심 업종",
  h=news("삼성증권 POP", "#1428a0", "12월 투자정보 레터",
         [("12월 시장 전망", "연말 배당 시즌과 환율 변동성을 점검합니다. 수익률은 과거 성과이며 미래를 보장하지 않습니다.", "https://www.samsungpop.com/research/1"),
          ("관심 업종: 반도체·조선", "업황 회복 속도와 수주 잔고를 중심으로 살펴봤습니다.", "https://www.samsungpop.com/research/2"),
          ("연금저축·IRP 연말 납입 체크", "세액공제 한도를 채우기 위한 납입 일정 안내.", "https://www.samsungpop.com/research/3")],
         "본 자료는 투자 판단의 참고 자료이며 투자 결과에 대한 법적 책임 소재의 증빙으로 사용될 수 없습니다. 삼성증권(주)", "https://www.samsungpop.com/newsletter/unsub"))

M("ham", mua="org", cs="utf-8", e="qp", f=("서울아산병원 건강소식", "health@amc.seoul.kr"), to=DOHYUN, sel="amc",
  lu=lu("amc.seoul.kr", "asan/newsletter/unsub"),
  s="[건강소식] 연말 과음 후 복용하면 안 되는 약 / 겨울철 다이어트 상식",
  h=news("서울아산병원 건강정보", "#00704a", "12월 건강소식",
         [("술 마신 뒤 진통제, 괜찮을까?", "아세트아미노펜 계열 해열진통제는 음주 후 간에 부담을 줄 수 있습니다.", "https://www.amc.seoul.kr/asan/healthinfo/1"),
          ("겨울철 다이어트, 굶지 마세요", "기초대사량을 지키는 식단과 실내 운동법.", "https://www.amc.seoul.kr/asan/healthinfo/2"),
          ("독감 예방접종 아직 늦지 않았어요", "고위험군은 12월에도 접종을 권합니다.", "https://www.amc.seoul.kr/asan/healthinfo/3")],
         "서울아산병원 | 건강소식 메일을 신청하신 분께 발송됩니다.", "https://www.amc.seoul.kr/asan/newsletter/unsub"))

M("ham", mua="esp", cs="utf-8", e="b64", f=("인프런", "news@inflearn.com"), to=MINHO, lu=lu("inflearn.com", "unsubscribe"),
  s="(광고) 연말 결산 세일 - 개발·데이터 강의 최대 40% 할인",
  t="""(광고) 인프런 연말 결산 세일

정민호 님, 올해 마지막 세일이 시작됐어요.
- 기간: 12월 1일 ~ 12월 14일
- 대상: 개발, 데이터, AI 강의 1,200여 개
- 할인: 최대 40%

강의 보러 가기: https://www.inflearn.com/courses

(주)인프랩 | 경기도 성남시 분당구 | 고객센터 help@inflearn.com
본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다.
수신거부: https://www.inflearn.com/unsubscribe
""",
  h="""<html><body><div style="max-width:600px;margin:auto;font-family:sans-serif">
<p style="font-size:12px;color:#999">(광고)</p>
<h2>연말 결산 세일이 시작됐어요</h2>
<p>정민호 님, 올해 마지막 세일이 시작됐어요.</p>
<ul><li>기간: 12월 1일 ~ 12월 14일</li><li>대상: 개발, 데이터, AI 강의 1,200여 개</li><li>할인: 최대 40%</li></ul>
<p><a href="https://www.inflearn.com/courses" style="background:#00c471;color:#fff;padding:10px 20px;text-decoration:none">강의 보러 가기</a></p>
<p style="font-size:11px;color:#999">(주)인프랩 | 경기도 성남시 분당구 | 고객센터 help@inflearn.com<br>
본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다. <a href="https://www.inflearn.com/unsubscribe">수신거부</a></p>
</div></body></html>
""")


# ------------------------------------------------------------------ spam
ZW = "\u200b"


def zw(s):
    return ZW.join(s)


def fw(s):
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else ("\u3000" if c == " " else c) for c in s)


def sp(s, sep="."):
    return sep.join(s)


UND = "undisclosed-recipients:;"

M("spam", mua="spam", cs="utf-8", e="b64", f=("당일대출센터", "help@dangil-loan24.example"), to=UND, rcpt="sjpark@haeoreum.example",
  s="무.직.자 / 주.부 / 프.리.랜.서 당.일 한도 조회 가능",
  t="""★ 무.직.자 / 주.부 / 프.리.랜.서 모두 가능 ★

소.득 증빙 없이 당.일 진행
신.용 점수 상관 없이 한도 먼저 확인하세요
최대 3천까지 / 비대면 10분 완료

▶ 상담: 카톡 오픈채팅 https://open.kakao.com/o/sLn9qQ2x
▶ 텔레: @dangil_loan_kr

※ 문의 많아 순차 답변 드립니다
""")

M("spam", mua="spam", cs="euc-kr", e="b64", f=("신용회복지원", "cs@credit-rescue.example"), to=JIWOO,
  s="ㅅㅇㅂㄹ 도 ㄷㅊ 가능합니다 - 연체자 환영",
  h="""<html><body>
<p><b>신ㅇ불ㄹ / 연ㅊ자 / 회생 중</b>이셔도 괜찮습니다</p>
<p>ㄷㅊ 승인률 1위 - 타 업체 거절 고객 전문</p>
<p>필요 서류 : 신분증 사본 1장</p>
<p><a href="http://han.gl/xKq7Pz">▶ 한도 조회 바로가기 ◀</a></p>
<p style="font-size:9px;color:#ffffff">안녕하세요 고객님 오늘도 좋은 하루 되세요 날씨가 많이 추워졌습니다</p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("ＶＩＰ 라운지", "vip@major-play.example"), to=UND, rcpt="minho.jung@haeoreum.example",
  s="ＴＯＴＯ 신규 가입머니 3만 즉시 지급 ⚽",
  h="""<html><body style="background:#111;color:#fff">
<h2>%s 메이저 놀이터</h2>
<p>ㅌㅌ 신규 가입 시 <b>3만 포인트</b> 즉시 지급</p>
<p>✔ 먹튀 검증 완료 ✔ 무제한 환전 ✔ 스포츠 / 미니게임 / 라이브</p>
<p>가입코드 : <b>%s</b></p>
<p><a href="https://bit.ly/3Kx8mQz" style="color:#ff0">지금 바로 입장 ▶</a></p>
<p>텔레그램 문의 @major_cs77</p>
</body></html>
""" % (fw("TOTO"), fw("VIP777")))

M("spam", mua="spam", cs="utf-8", e="b64", f=None, fa="event@lucky-spin.example", to=UND, rcpt="harin.lee@haeoreum.example",
  s="🎰 첫 충전 20% + 매일 10% 페이백",
  h="""<html><body style="margin:0"><center>
<a href="https://vo.la/Rk2tW"><img src="cid:banner01@lucky" width="600" height="800" alt="" border="0"></a>
</center></body></html>
""",
  a=[A("image/png", "banner.png", png(120, 160, seed=31), cid="banner01@lucky")])

M("spam", mua="spam", cs="utf-8", e="8bit", f=("라이브 바카라", "live@bcr-house.example"), to=SEOJUN,
  s="실시간 %s 에볼루션 정품 / 입금 보너스" % zw("바카라"),
  h="""<html><body>
<p>실시간 %s · %s 정품 테이블</p>
<p>최소 베팅 1천원 / 최대 무제한</p>
<p>첫 입금 30%% 보너스 · 루징 10%% 매일 지급</p>
<p>▶ <a href="https://url.kr/b7x2ma">%s</a></p>
<p>상담 : 카카오톡 open.kakao.com/o/gBcr7777</p>
</body></html>
""" % (zw("바카라"), zw("카지노"), zw("지금입장")))

M("spam", mua="spam", cs="utf-8", e="b64", f=("주식 리딩 연구소", "lab@stock-leading.example"), to=JIWOO,
  s="[무료입장] 이번 주 급등 예상 종목 3개 공개합니다",
  t="""안녕하세요. 주식 리딩 연구소입니다.

지난 달 추천 종목 평균 수익률 +187%
이번 주 급등 예상 3종목을 무료 리딩방에서 선착순 공개합니다.

✅ 전직 증권사 애널리스트 직접 리딩
✅ 매수가 / 목표가 / 손절가 실시간 안내
✅ 손실 시 100% 환불 보장

👉 무료 입장 : 텔레그램 t.me/+Qk3vLmN0aBcd
👉 카톡 문의 : open.kakao.com/o/sStock88

※ 인원 마감 시 유료 전환됩니다
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("Signal Pro", "alert@futures-signal.example"), to=MINHO,
  s="선물 시그널 적중률 94% – ВТС 롱 진입 알림",
  t="""[실시간 선물 시그널]

ВТС / ЕТН 롱·숏 진입 타점 무료 공유
적중률 94% · 누적 수익 +2,340%

레버리지 20배 기준 하루 수익 30% 목표
바이낸스 / 바이비트 레퍼럴 가입 시 VIP방 무료

🔗 t.me/FutSignalKR_bot
🔗 https://cutt.ly/sigKR26

지금 안 들어오면 다음 불장 놓칩니다 🚀
""")

M("spam", mua="spam", cs="euc-kr", e="b64", f=("VIP투자클럽", "club@vipinvest-kr.example"), to=HARIN,
  s="회원님 계좌 수익 인증 - VIP 리딩 3일 무료체험",
  h="""<html><body>
<table width="600" border="0"><tr><td>
<p><font size="4" color="#c00"><b>VIP 리딩 3일 무료 체험</b></font></p>
<p>실제 회원 수익 인증 : 김** 님 +3,240만원 / 이** 님 +1,870만원</p>
<p>원금 보장형 프로그램 운영 중 (제휴 증권사 계좌 개설 시)</p>
<p>체험 신청 : <a href="http://me2.do/xVip2026">http://me2.do/xVip2026</a></p>
<p>담당 팀장 직통 : 010-5550-7741 (문자 주시면 연락드림)</p>
</td></tr></table>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("🔥지금 접속중🔥", "night@hot-chat.example"), to=UND, rcpt="dohyun@sodam.example",
  s="오늘 밤 외로우신가요? 💋 근처 %s 대기중" % zw("여성회원"),
  h="""<html><body style="background:#000;color:#fff;text-align:center">
<p style="font-size:20px">💋 오늘 밤 %s 가능 💋</p>
<p>근처 5km 이내 %s 37명 접속 중</p>
<p>성인인증 없이 바로 채팅 🔞</p>
<p><a href="https://bit.ly/4nHtC8x" style="color:#f0f">👉 무료 입장 👈</a></p>
</body></html>
""" % (zw("만남"), zw("여성회원")))

M("spam", mua="spam", cs="utf-8", e="8bit", f=("ㅈㄱㅁㄴ", "meet@one-night.example"), to=SEOJUN,
  s="ㅈㅗㄱㅓㄴ ㅁㅏㄴㄴㅏㅁ 당일 가능",
  t="""ㅈㅗㄱㅓㄴ ㅁㅏㄴㄴㅏㅁ / ㅇㅗㅍㅣ / ㅊㅜㄹㅈㅏㅇ

사진 100% 실물 보장
지역 : 서울 / 경기 / 인천 전지역

라인 : onenight_kr
텔레 : @jogeon_seoul
""")

M("spam", mua="spam", cs="euc-kr", e="qp", f=("정품 약국", "sales@korea-pharm-direct.example"), to=MINHO,
  s="비아그.라 / 시알.리스 정품 - 처방전 없이 당일 배송",
  t="""남성 활력 1위
비아그.라 100mg / 시알.리스 20mg 정품 보장

- 처방전 필요 없음
- 포장 내용물 비공개 안심 배송
- 10정 이상 구매 시 추가 5정 증정

주문 : http://kpharm-direct.example/order
카톡 : PHARM365
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("다이어트 클리닉", "diet@slim-clinic.example"), to=EUNSEO,
  s="삭.센.다 / 위.고.비 처방 없이 구매 가능 - 한 달 -8kg",
  h="""<html><body>
<h3>💉 한 달 -8kg 💉</h3>
<p>삭.센.다 · 위.고.비 정품 해외 직배송</p>
<p>병원 방문 · 처방 필요 없음 / 부작용 걱정 NO</p>
<p>식욕억제제 (펜.터.민) 도 함께 판매합니다</p>
<p>주문 문의 👉 <a href="https://han.gl/dietQ9">바로가기</a> / 카톡 slimdiet</p>
</body></html>
""")

M("spam", mua="gmail", cs="utf-8", e="b64", f=("김실장", "work.from.home.kim2026@gmail.com"), to=DOHYUN,
  s="하루 30분 부업으로 월 300 가능합니다",
  t="""안녕하세요 김실장입니다.

스마트폰만 있으면 하루 30분, 월 300 이상 가능한 부업 소개드립니다.
경력 / 나이 / 학력 무관, 주부 대학생 직장인 모두 가능합니다.

초기 비용 전혀 없고 첫 주부터 수익 정산해 드립니다.
자세한 내용은 오픈채팅으로 문의 주세요.

open.kakao.com/o/sBuup300
(참여코드 : 3030)
""")

M("spam", mua="spam", cs="ks_c_5601-1987", e="b64", f=("재택 타이핑 알바", "job@typing-work.example"), to=HARIN,
  s="[고액알바] 재택 타이핑 일 20만원 즉시 지급",
  t="""재택 타이핑 알바 모집

- 업무 : 간단한 자료 입력 및 입금 확인 업무
- 급여 : 일 20만원 (당일 지급)
- 조건 : 본인 명의 통장 1개, 신분증 사진

입금 확인 업무는 회사 자금이 회원님 계좌로 들어오면 지정 계좌로 보내 주시는 간단한 일입니다.

지원 : 텔레그램 @typing_hr_kr
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("리뷰 알바팀", "team@review-task.example"), to=JIWOO,
  s="좋아요 누르고 건당 5,000원 💸 유튜브 구독 알바",
  t="""💸 유튜브 / 쇼핑몰 좋아요 알바 💸

간단하게 좋아요, 구독만 눌러도 건당 5,000원
하루 최대 15만원까지 정산

✔ 첫 3건은 무료 체험 (바로 정산)
✔ 이후 VIP 미션은 선입금 후 수익금 + 30% 환급

지금 상담사에게 '부업' 이라고 보내주세요
카카오톡 : https://open.kakao.com/o/sReviewJob
""")

M("spam", mua="spam", cs="utf-8", e="8bit", f=("계정매입", "buy@id-market.example"), to=SEOJUN,
  s="네이버 / 카카오 / 인스타 아이디 고가 매입합니다",
  t="""■ 계정 고가 매입 ■

네이버 아이디 (5년 이상) : 5만원 ~
카카오 계정 : 3만원 ~
인스타 (팔로워 1천↑) : 협의
휴면 계정, 안 쓰는 계정도 OK

아이디 비번만 넘기시면 당일 입금
텔레 @idmarket_kr
""")

M("spam", mua="spam", cs="euc-kr", e="b64", f=("DB 마케팅", "db@hot-db.example"), to=MINHO,
  s="주식 / 코인 / 대출 DB 실시간 판매 - 샘플 무료",
  t="""실시간 DB 판매합니다

- 주식 관심 고객 DB
- 코인 투자 경험 DB
- 대출 신청 이력 DB
- 보험 상담 신청 DB

당일 수집 신규 DB / 중복 없음 / 건당 300원부터
샘플 100건 무료 제공

문의 : 카톡 hotdb77 / 텔레 @hotdb_sales
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("바이럴 마케팅", "ad@viral-rank.example"), to=("대표님", "ceo@haeoreum.example"),
  s="대표님, 네이버 상위노출 100% 보장해 드립니다",
  h="""<html><body>
<p>대표님 안녕하세요.</p>
<p>네이버 블로그 · 플레이스 <b>상위노출 100% 보장</b> 업체입니다.</p>
<ul><li>최적화 블로그 체험단 월 30건</li><li>플레이스 리뷰 관리 / 저장수 증가</li><li>미노출 시 전액 환불</li></ul>
<p>첫 달 50% 할인 이벤트 진행 중입니다.</p>
<p>상담 : <a href="https://vo.la/ViralQ">무료 상담 신청</a> / 010-5550-2931</p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("Insta Boost", "sales@follower-up.example"), to=HARIN,
  s="인스타 팔로워 1만 명 99,000원 🔥 한국인 실계정",
  h="""<html><body>
<p>🔥 인스타그램 팔로워 / 좋아요 / 릴스 조회수 🔥</p>
<p>한국인 실계정 팔로워 1만 명 99,000원<br>좋아요 1천 개 9,900원</p>
<p>비밀번호 필요 없음 · 24시간 내 적용</p>
<p>👉 <a href="https://bit.ly/insta-up26">주문하기</a></p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("소액결제 현금화", "cash@pay-cash.example"), to=DOHYUN,
  s="소액결제 / 정보이용료 현금화 ９５％ 즉시 입금",
  t="""소액결제 · 정보이용료 · 콘텐츠이용료 현금화

최고 ９５％ 매입 / 24시간 5분 입금
신용 조회 없음 / 통신 연체자 가능

구글 기프트 · 컬쳐랜드 · 문상 매입도 합니다

카톡 ＰＡＹ９５ / 텔레 @paycash95
""")

M("spam", mua="spam", cs="euc-kr", e="8bit", f=("카드한도 현금화", "card@card-cash.example"), to=JIWOO,
  s="신용카드 한도 현금화 - 수수료 최저 8%",
  t="""신용카드 남은 한도 현금으로 바꿔드립니다

- 수수료 8% (업계 최저)
- 할부 가능 / 무방문 비대면
- 당일 1시간 내 입금

정부 단속과 무관한 안전 거래입니다
상담 전화 010-5550-8808 (문자 환영)
""")

M("spam", mua="spam", cs="ks_c_5601-1987", e="qp", f=("상품권 매입", "gift@voucher-buy.example"), to=EUNSEO,
  s="백화점 상품권 / 문화상품권 최고가 매입 92%",
  t="""상품권 최고가 매입

백화점 상품권 95% / 문화상품권 92% / 해피머니 90%
핀번호만 보내주시면 10분 내 입금

휴대폰 소액결제로 구매하신 상품권도 매입 가능합니다

카카오톡 : giftbuy92
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("정책자금 컨설팅센터", "fund@policy-fund-center.example"), to=("대표님", "ceo@haeoreum.example"),
  s="[중소기업 정책자금] 최대 5억 - 승인될 때까지 무료 컨설팅",
  h="""<html><body>
<p><b>중소기업·소상공인 정책자금 지원 안내</b></p>
<p>대표님, 올해 하반기 정책자금 예산이 아직 남아 있습니다.</p>
<ul><li>운전자금 / 시설자금 최대 5억</li><li>금리 연 2%대</li><li>신용등급 낮아도 보증서 발급 가능</li></ul>
<p>승인될 때까지 착수금 없음 (승인 후 성공보수 5%)</p>
<p>자격 조회 👉 <a href="https://policy-fund-center.example/check">3분 자가진단</a></p>
<p>※ 본 센터는 정부기관이 아닌 민간 컨설팅 업체입니다.</p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("청년지원금 조회센터", "info@youth-benefit.example"), to=HARIN,
  s="미신청 청년 지원금 최대 1,200만원 - 지금 조회하세요",
  t="""2026년 청년 지원금 미신청자 안내

아직 신청하지 않은 지원금이 있을 수 있습니다.
청년 월세 / 청년 창업 / 청년 전세 이자 등 최대 1,200만원

대행 신청 시 서류 준비부터 접수까지 모두 대신 해드립니다
(대행 수수료는 지원금 수령 후 정산)

지원금 조회 : https://youth-benefit.example/check
상담 카톡 : open.kakao.com/o/sYouth26
""")

M("spam", mua="spam", cs="utf-8", e="8bit", f=("법인통장 임대", "corp@acct-rent.example"), to=MINHO,
  s="법인 통장 임대 월 500 / 개인 통장 월 200",
  t="""법인 통장 / 개인 통장 임대합니다

법인 : 월 500만원
개인 : 월 200만원
선지급 가능 / 사용 기간 협의

안전하게 운영하며 문제 생기지 않습니다
텔레그램 @acct_rent_kr 로만 연락 주세요
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("스포츠 무료중계", "tv@sports-free.example"), to=SEOJUN,
  s="⚽ 프리미어리그 / MLB / KBO 무료 중계 + 먹튀 없는 메이저",
  h="""<html><body>
<p>⚽ 해외축구 · 야구 · 농구 <b>무료 고화질 중계</b></p>
<p>■ 먹튀 없는 메이저 사이트 제휴 ■</p>
<p>신규 첫충 15% · 매충 5% · 돌발 이벤트</p>
<p>중계 보러가기 ▶ <a href="https://sports-free.example/live">sports-free</a></p>
<p>제휴 ㅅㅇㅌ 가입코드 : SPT88</p>
</body></html>
""")

M("spam", mua="spam", cs="euc-kr", e="b64", f=("온라인 홀덤", "holdem@pocket-aces.example"), to=DOHYUN,
  s="온라인 홀덤 토너먼트 GTD 1억 - 가입 즉시 칩 지급",
  t="""온라인 홀덤 GTD 1억 토너먼트

매일 밤 9시 / 바이인 3만원
가입 즉시 무료 칩 5만 지급
환전 24시간 가능

입장 : http://pocket-aces.example
문의 : 카톡 aces777
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("명품 레플리카", "shop@luxe-replica.example"), to=EUNSEO,
  s="명품 가방 1:1 S급 레플리카 정품 대비 95% 동일",
  h="""<html><body>
<p>✨ 1:1 S급 명품 레플리카 ✨</p>
<p>가방 · 지갑 · 시계 · 신발 정품 대비 95% 동일</p>
<p>각인 · 시리얼 · 더스트백 · 영수증까지 동일 구성</p>
<p>카톡 상담 후 사진 보내드립니다 → <a href="https://han.gl/luxeS">상담하기</a></p>
</body></html>
""")

M("spam", mua="spam", cs="euc-kr", e="b64", f=("흥신소 24시", "private@eye-24.example"), to=JIWOO,
  s="배우자 외도 조사 / 사람 찾기 - 흥신소 24시 상담",
  t="""흥신소 24시

외도 증거 수집 / 사람 찾기 / 기업 신용 조사
위치 추적 · 차량 동선 파악 가능

비밀 100% 보장 / 착수금 최저
24시간 상담 010-5550-2424
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("로또 분석 연구소", "lotto@lotto-ai.example"), to=DOHYUN,
  s="이번 주 1등 예상번호 무료 제공 (AI 분석) 🍀",
  h="""<html><body>
<h3>🍀 이번 주 로또 1등 예상번호 🍀</h3>
<p>AI 패턴 분석으로 최근 3회 연속 3등 적중!</p>
<p>무료 번호 받기 : 아래 링크에서 휴대폰 번호 입력</p>
<p><a href="https://lotto-ai.example/free">▶ 무료 번호 받기</a></p>
<p>VIP 회원 1등 당첨자 다수 배출 / 월 99,000원</p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("(주)해피론", "ad@happy-loan.example"), to=SEOJUN,
  s="(광고) 직장인 신용대출 최저 연 4.9% - 한도 조회 1분",
  h="""<html><body>
<p>(광고) (주)해피론</p>
<p>직장인 신용대출 <b>연 4.9% ~</b> / 최대 1억</p>
<p>재직 6개월 이상이면 누구나 / 기존 대출 많아도 OK</p>
<p><a href="https://happy-loan.example/apply">한도 조회하기</a></p>
<p style="font-size:11px">대부업 등록번호 2026-서울-0000 | 과도한 빚은 당신에게 큰 불행을 안겨줄 수 있습니다.<br>
수신거부: 답장으로 '거부' 라고 보내주세요</p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="qp", f=("AI Trading Lab", "info@autotrade-ai.example"), to=MINHO,
  s="AI 자동매매 프로그램 2주 무료 체험 - 월 평균 수익 32%",
  t="""AI 자동매매 프로그램 무료 체험

설치만 하면 AI가 알아서 매매합니다
월 평균 수익률 32% (백테스트 기준)

지금 신청하면 2주 무료 + 전용 리딩방 초대

신청 : https://autotrade-ai.example/trial
문의 : t.me/AutoTradeKR
""",
  h="""<html><body>
<h2>AI 자동매매 프로그램 무료 체험</h2>
<p>설치만 하면 AI가 알아서 매매합니다<br><b>월 평균 수익률 32%</b> (백테스트 기준)</p>
<p>지금 신청하면 2주 무료 + 전용 리딩방 초대</p>
<p><a href="https://autotrade-ai.example/trial">무료 체험 신청</a> | <a href="https://t.me/AutoTradeKR">텔레그램 문의</a></p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("NEW COIN", "presale@newcoin-drop.example"), to=HARIN,
  s="🚀 상장 전 프리세일 마감 임박 - 상장가 대비 10배",
  t="""🚀 신규 코인 프리세일 마감 임박 🚀

국내 대형 거래소 상장 확정 (12월 예정)
프리세일 가격 대비 상장가 10배 예상

최소 참여 100만원 / 지갑 주소로 입금
에어드랍 이벤트 : 지인 추천 시 추가 20%

참여 : https://newcoin-drop.example
공식 텔레 : t.me/NewCoinKR_Official
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=None, fa="ok@red-night.example", to=UND, rcpt="sjpark@haeoreum.example",
  s="💋💋💋",
  h="""<html><body style="margin:0;padding:0">
<div align="center"><a href="https://cutt.ly/redN1t"><img src="cid:img1.r9x@red" width="560" height="720" border="0"></a></div>
<div style="display:none;font-size:0">오늘도 좋은 하루 되세요 감사합니다</div>
</body></html>
""",
  a=[A("image/png", "01.png", png(112, 144, seed=44), cid="img1.r9x@red")])

M("spam", mua="spam", cs="utf-8", e="8bit", f=("남성클리닉", "men@power-clinic.example"), to=DOHYUN,
  s="ㅂㅇㄱㄹ ㅅㅇㄹㅅ 당일 퀵 배송",
  t="""ㅂㅇㄱㄹ / ㅅㅇㄹㅅ / ㄹㅂㅌㄹ
정.품 인증 / 무.처.방
서울 경기 당일 퀵

주문 카톡 : men365
""")

M("spam", mua="spam", cs="ks_c_5601-1987", e="b64", f=("무자본 창업 아카데미", "edu@smartstore-academy.example"), to=EUNSEO,
  s="무자본 스마트스토어 위탁판매, 3개월 만에 월 천만원",
  h="""<html><body>
<p><b>재고 없이, 자본 없이 시작하는 스마트스토어</b></p>
<p>수강생 평균 3개월 만에 월 매출 천만원 달성!</p>
<p>위탁판매 상품 소싱 프로그램 평생 무료 제공</p>
<p>이번 달만 수강료 990,000원 → 490,000원 (카드 12개월 무이자)</p>
<p><a href="http://smartstore-academy.example/apply">무료 설명회 신청</a></p>
</body></html>
""")

M("spam", mua="spam", cs="euc-kr", e="qp", f=("서민금융 대환센터", "center@refinance-help.example"), to=JIWOO,
  s="햇.살.론 대.환 승인 대상자 안내",
  h="""<html><body>
<p>고객님은 <b>햇.살.론 대.환</b> 승인 대상자로 확인되었습니다.</p>
<p>고금리 대출을 연 3%대 서민 대출로 갈아타세요.</p>
<p>기존 대출 상환 확인을 위해 상담 후 진행됩니다.</p>
<p>상담 접수 : 010-5550-3344 / <a href="http://refinance-help.example">온라인 접수</a></p>
</body></html>
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("슬롯 천국", "slot@jackpot-heaven.example"), to=SEOJUN,
  s="꽁머니 %s 지급 🎰 슬롯 무제한" % fw("30,000"),
  h="""<html><body>
<p>🎰 신규 회원 꽁머니 <b>%s</b> 즉시 지급 🎰</p>
<p>프라그마틱 · PG소프트 정품 슬롯 200종</p>
<p>%s 보장 · 1분 환전</p>
<p><a href="https://bit.ly/slotHvn">👉 꽁머니 받기</a> · 텔레 @slot_heaven</p>
</body></html>
""" % (fw("30,000"), fw("MAJOR")))

M("spam", mua="spam", cs="utf-8", e="qp", f=("메디컬 마케팅", "biz@hospital-db.example"), to=("원장님", "ceo@haeoreum.example"),
  s="원장님, 신규 환자 DB 월 200건 보장해 드립니다",
  t="""원장님 안녕하세요.

병원 · 한의원 · 피부과 전문 마케팅 회사입니다.
신규 환자 상담 DB 월 200건 보장, 미달 시 다음 달 무료.

- 맘카페 / 블로그 바이럴
- 체험단 후기 작업
- 플레이스 리뷰 관리

상담 신청 : https://hospital-db.example
""")

M("spam", mua="spam", cs="utf-8", e="b64", f=("대량문자 발송", "sms@bulk-sender.example"), to=MINHO,
  s="대량문자 건당 8원 - 스팸 차단 우회 발송 가능",
  t="""대량 문자 / 카톡 알림톡 발송 대행

- 문자 건당 8원, 장문 25원
- 발신번호 변경 가능
- 스팸 필터 우회 발송 노하우 보유

주식 · 코인 · 대출 업종 환영합니다
텔레 @bulk_sms_kr
""")


# ---------------------------------------------------------------- phish
def lure(brand, color, title, paras, shown, href, rows=None, footer=""):
    h = page(brand, color, title, paras, rows=rows, footer=footer)
    btn = '<p style="margin:24px 0"><a href="%s" style="display:inline-block;padding:12px 24px;background:%s;color:#fff;text-decoration:none">%s</a></p>\n' % (href, color, shown)
    return h.replace("</td></tr>\n<tr><td style=\"padding:20px 28px;background:#fafafa", btn + "</td></tr>\n<tr><td style=\"padding:20px 28px;background:#fafafa", 1)


M("phish", mua="phish", dk=True, cs="utf-8", e="b64", f=("KB국민은행", "security@kbstar-secure.example"), to=JIWOO,
  s="[KB국민은행] 보안등급 재설정이 필요합니다 (24시간 내 미조치 시 이체 제한)",
  h=lure("KB국민은행", "#ffbc00", "보안등급 재설정 안내",
         ["고객님의 인터넷뱅킹 보안등급이 전자금융 감독규정 개정에 따라 재설정 대상으로 분류되었습니다.",
          "24시간 이내 재설정하지 않으시면 전자금융 이체가 일시 제한됩니다. 아래 공식 홈페이지에서 본인 확인 후 보안카드 정보를 재등록해 주세요."],
         "https://www.kbstar.com/security", "https://kbstar.secure-login.example/kb/auth?u=kim.jiwoo",
         footer="KB국민은행 | 본 메일은 발신전용입니다."))

M("phish", mua="phish", cs="euc-kr", e="b64", f=("신한은행 고객센터", "notice@shinhan-otp.example"), to=EUNSEO,
  s="[신한은행] OTP 재등록 안내 - 기존 OTP 사용 중지 예정",
  h=lure("신한은행", "#0046ff", "OTP 재등록 안내",
         ["고객님이 사용 중인 OTP의 인증 방식 변경으로 기존 OTP가 11월 30일 사용 중지됩니다.",
          "계속 이용하시려면 OTP 일련번호와 계좌 비밀번호로 본인 인증 후 재등록해 주세요."],
         "www.shinhan.com 에서 재등록", "http://shinhan-otp.example/re/index.html",
         rows=[("대상", "OTP 이용 고객"), ("기한", "2026-11-30")], footer="신한은행"))

M("phish", mua="phish", cs="utf-8", e="8bit", f=("해외결제 승인", "approval@card-alert.example"), to=MINHO,
  s="[해외결제] 598,000원 승인 완료 - 본인 아닐 시 즉시 신고",
  t="""[국제발신]
해외결제 승인 안내

승인금액 : 598,000원
가맹점 : APPLE.COM/BILL (US)
승인일시 : 2026-11-14 02:17

본인 결제가 아닌 경우 즉시 고객센터로 연락하여 결제 취소 및 명의도용 신고를 접수하세요.
미신고 시 익일 청구됩니다.

소비자 보호 센터 : 02-555-0191
""")

M("phish", mua="phish", cs="ks_c_5601-1987", e="qp", f=("삼성카드", "samsungcard@samsungcard-help.example"), to=SEOJUN,
  s="[삼성카드] 해외 이용 승인 안내 (USD 412.50)",
  h="""<html><body style="font-family:'맑은 고딕'">
<table width="600" cellpadding="10" style="border:1px solid #1428a0"><tr><td style="background:#1428a0;color:#fff"><b>삼성카드</b></td></tr>
<tr><td><p>박*준 회원님, 아래와 같이 해외 이용이 승인되었습니다.</p>
<p>승인금액 : USD 412.50 (약 582,300원)<br>가맹점 : AMAZON MKTPL (JP)<br>승인시각 : 11/15 03:41</p>
<p><b>본인이 이용하지 않으셨다면</b> 도용 신고센터 <b>02-555-0176</b> 으로 전화 주십시오.<br>
24시간 이내 신고하지 않으면 정상 승인으로 처리됩니다.</p>
<p style="font-size:11px;color:#777">삼성카드 | 본 메일은 발신전용입니다.</p></td></tr></table>
</body></html>
""")

M("phish", mua="phish", dk=True, cs="utf-8", e="b64", f=("네이버", "nid-security@naver-protect.example"), to=HARIN,
  s="[네이버] 비정상적인 로그인 시도가 감지되어 보호조치 되었습니다",
  t="""회원님의 네이버 아이디에서 해외 IP(러시아)로부터 비정상적인 로그인 시도가 감지되어 보호조치 되었습니다.

보호조치 해제: https://nid.naver.com/user2/help/protect
(24시간 내 해제하지 않으면 아이디가 영구 정지될 수 있습니다)
""",
  h=lure("NAVER", "#03c75a", "아이디 보호조치 안내",
         ["회원님의 네이버 아이디에서 해외 IP(러시아)로부터 비정상적인 로그인 시도가 감지되어 보호조치 되었습니다.",
          "24시간 내 보호조치를 해제하지 않으면 메일, 카페, 블로그 이용이 제한되고 아이디가 영구 정지될 수 있습니다."],
         "https://nid.naver.com/user2/help/protect", "https://nid.naver-protect.example/login?r=protect&id=harin",
         rows=[("시도 일시", "2026-11-19 04:12"), ("시도 위치", "Russia (95.xx.xx.xx)")], footer="NAVER Corp."))

M("phish", mua="phish", cs="utf-8", e="qp", f=("카카오계정", "noreply@kakao-account-center.example"), to=EUNSEO,
  s="[카카오] 장기 미사용으로 카카오계정이 휴면 전환될 예정입니다",
  h=lure("kakao", "#191919", "휴면 전환 예정 안내",
         ["고객님의 카카오계정이 1년 이상 로그인 기록이 없어 11월 30일 휴면 계정으로 전환될 예정입니다.",
          "휴면 전환 시 카카오톡 대화 내용과 카카오페이 잔액이 분리 보관되며, 복구에 최대 30일이 걸립니다."],
         "accounts.kakao.com 휴면 해제", "https://kakao-account-center.example/dormant/release",
         footer="(주)카카오"))

M("phish", mua="phish", cs="euc-kr", e="b64", f=("Daum 메일", "mailadmin@daum-mail-storage.example"), to=DOHYUN,
  s="[Daum] 메일함 용량 초과 - 수신 메일이 반송되고 있습니다",
  h=lure("Daum 메일", "#2b59c3", "메일함 용량 초과 안내",
         ["고객님의 메일함 용량이 100%를 초과하여 11월 19일부터 수신 메일 17통이 반송되었습니다.",
          "아래에서 로그인하시면 추가 용량 10GB가 무료로 제공되고 반송된 메일이 복구됩니다."],
         "로그인하고 메일 복구하기", "http://daum-mail-storage.example/login.php?u=dohyun",
         footer="Kakao Corp. | Daum 메일"))

M("phish", mua="phish", cs="utf-8", e="b64", f=("CJ대한통운", "delivery@cj-parcel-kr.example"), to=JIWOO,
  s="[CJ대한통운] 주소지 불명으로 배송이 보류되었습니다",
  h=lure("CJ대한통운", "#e4002b", "배송 보류 안내",
         ["고객님의 택배가 도로명 주소 불일치로 물류센터에 보관 중입니다.",
          "48시간 이내 주소를 수정하지 않으시면 발송인에게 반송되며 재배송 수수료 3,000원이 부과됩니다."],
         "https://www.cjlogistics.com 주소 수정", "https://cj-parcel-kr.example/m/addr?inv=689122047713",
         rows=[("운송장", "6891 2204 7713"), ("상태", "배송 보류 (주소 불명)")], footer="CJ대한통운"))

M("phish", mua="phish", cs="utf-8", e="qp", f=("우체국 국제우편", "ems@epost-customs.example"), to=HARIN,
  s="[우체국] 국제우편물 통관 보류 - 관세 미납 안내",
  h=lure("우체국 EMS", "#d50f0f", "통관 보류 안내",
         ["고객님 앞으로 도착한 국제우편물이 관세 미납으로 통관 보류 중입니다.",
          "관세 및 부가세 12,800원을 납부하시면 즉시 배송이 재개됩니다. 7일 이내 미납 시 폐기 처리됩니다."],
         "관세 납부하기 (epost.go.kr)", "https://epost-customs.example/pay?id=EM0921",
         rows=[("등기번호", "EM092188410KR"), ("미납 금액", "12,800원")], footer="우정사업본부"))

M("phish", mua="phish", dk=True, cs="utf-8", e="b64", f=("국세청 홈택스", "refund@hometax-refund.example"), to=SEOJUN,
  s="[국세청] 미수령 환급금 384,200원이 있습니다 - 첨부 확인",
  t="""[국세청] 미수령 환급금 안내

박서준 님 앞으로 2025년 귀속 미수령 종합소득세 환급금 384,200원이 조회되었습니다.
첨부된 환급 신청서(HTML)를 열어 본인 인증 및 환급 계좌를 입력하시면 3영업일 이내 지급됩니다.

신청 기한: 2026년 11월 30일
국세청 홈택스
""",
  a=[A("text/html", "환급신청서_국세청.html", ("""<html><head><meta charset="utf-8"><title>국세청 홈택스 환급 신청</title></head>
<body><h3>국세청 환급금 신청</h3>
<form action="https://hometax-refund.example/collect.php" method="post">
이름 <input name="n"><br>주민등록번호 <input name="r"><br>은행 <input name="b"><br>계좌번호 <input name="a"><br>
계좌 비밀번호 <input name="p" type="password"><br>휴대폰 인증번호 <input name="o"><br>
<button>환급 신청</button></form></body></html>
""").encode("utf-8"))])

M("phish", mua="phish", cs="euc-kr", e="b64", f=("경찰청 사이버수사대", "cyber@police-cyber.example"), to=MINHO,
  s="[경찰청] 출석요구서 - 전자금융거래법 위반 사건 관련",
  t="""경찰청 사이버수사국

귀하는 전자금융거래법 위반(대포통장 양도) 사건의 참고인으로 확인되어
출석요구서를 송부합니다.

첨부 파일(출석요구서.zip)의 내용을 확인하시고 담당 수사관에게 연락 바랍니다.
기한 내 연락이 없을 경우 피의자 신분으로 전환될 수 있습니다.

사건번호: 2026-사이버-04418
담당: 수사관 김정훈 (02-555-0112)
""",
  a=[A("application/zip", "출석요구서_2026-04418.zip",
       zipped([("출석요구서_2026-04418.pdf.html", "<html><body>placeholder - corpus sample, no payload. Login: <a href='https://police-cyber.example/doc'>문서 보기</a></body></html>")]))])

M("phish", mua="phish", cs="utf-8", e="8bit", f=("서울중앙지방검찰청", "spo-notice@prosecutor-kr.example"), to=DOHYUN,
  s="[서울중앙지검] 귀하 명의 계좌 범죄 연루 확인 - 긴급 연락 요망",
  t="""서울중앙지방검찰청 첨단범죄수사부

윤도현 님 명의로 개설된 계좌가 대규모 금융사기 사건에 연루된 정황이 확인되었습니다.
본 사건은 수사 보안 사항이므로 가족을 포함한 타인에게 알리지 마시기 바랍니다.

금일 오후 6시까지 담당 검사실로 직접 연락하지 않으시면
계좌 동결 및 구속영장 청구 절차가 진행됩니다.

담당 검사실: 02-555-0147 (수사관 박민철)
사건번호: 2026형제41882
""")

M("phish", mua="phish", cs="ks_c_5601-1987", e="b64", f=("대한민국 법원 전자소송", "ecfs@scourt-ecfs.example"), to=JIWOO,
  s="[전자소송] 소장 부본 송달 안내 (2026가단5218847)",
  h=lure("대한민국 법원 전자소송", "#1d3c6e", "소장 부본 송달 안내",
         ["귀하를 피고로 하는 민사소송 소장이 접수되어 부본을 전자송달합니다.",
          "송달일로부터 30일 이내 답변서를 제출하지 않으면 원고 주장을 인정한 것으로 보고 변론 없이 판결할 수 있습니다."],
         "https://ecfs.scourt.go.kr 송달문서 확인", "https://scourt-ecfs.example/doc/view?case=2026ga5218847",
         rows=[("사건번호", "2026가단5218847"), ("원고", "(주)하나***"), ("청구금액", "18,450,000원")],
         footer="대한민국 법원"))

M("phish", mua="phish", cs="utf-8", e="b64", f=("정부24", "notice@gov24-support.example"), to=EUNSEO,
  s="[정부24] 민생회복 지원금 신청 마감 D-2 (미신청자 안내)",
  h=lure("정부24", "#0b3a7e", "지원금 미신청자 안내",
         ["최*서 님은 2026년 민생회복 지원금(1인 25만원) 지급 대상이나 아직 신청하지 않으셨습니다.",
          "11월 30일까지 신청하지 않으면 지원금이 자동 소멸됩니다. 아래에서 간편인증 후 신청하세요."],
         "www.gov.kr 에서 신청하기", "https://gov24-support.example/apply?u=eunseo",
         footer="행정안전부"))

M("phish", mua="phish", cs="euc-kr", e="qp", f=("국민건강보험공단", "nhis@nhis-refund.example"), to=DOHYUN,
  s="[건강보험] 본인부담상한액 초과금 환급 대상 안내",
  h=lure("국민건강보험공단", "#00856a", "환급금 지급 안내",
         ["고객님은 2025년 본인부담상한액 초과금 환급 대상자입니다.",
          "환급금 217,600원을 받으시려면 아래 링크에서 본인 인증 후 환급 계좌를 등록해 주세요. (신청 기한 7일)"],
         "www.nhis.or.kr 환급 신청", "http://nhis-refund.example/rf/",
         rows=[("환급 금액", "217,600원")], footer="국민건강보험공단"))

M("phish", mua="phish", cs="utf-8", e="b64", f=("국민연금공단", "nps@nps-pension.example"), to=JIWOO,
  s="[국민연금] 과오납 보험료 환급 신청 안내",
  h=lure("국민연금공단", "#004ea2", "과오납 보험료 환급",
         ["김*우 님, 국민연금 보험료 과오납분 96,300원이 확인되었습니다.",
          "환급 신청은 모바일 간편 인증 후 가능하며, 기한 내 신청하지 않으면 국고로 귀속됩니다."],
         "https://www.nps.or.kr 환급 신청", "https://nps-pension.example/refund/auth",
         footer="국민연금공단"))

M("phish", mua="phish", cs="utf-8", e="qp", f=("한국전력공사", "bill@kepco-bill.example"), to=MINHO,
  s="[한전] 전기요금 3개월 미납 - 단전 예정 안내",
  t="""[한국전력공사] 단전 예정 안내
전기요금 3개월 미납(142,800원)으로 11월 25일 오전 10시 단전 예정입니다.
즉시 납부: https://online.kepco.co.kr
""",
  h=lure("한국전력공사", "#0054a6", "단전 예정 안내",
         ["고객님의 전기요금이 3개월 미납되어 11월 25일 오전 10시 단전이 예정되어 있습니다.",
          "단전을 피하시려면 오늘 중 미납 요금 142,800원을 납부해 주십시오."],
         "https://online.kepco.co.kr 즉시 납부", "https://kepco-bill.example/pay/now",
         rows=[("미납 금액", "142,800원"), ("단전 예정일", "2026-11-25")], footer="한국전력공사"))

M("phish", mua="phish", cs="utf-8", e="b64", f=("교통민원24 이파인", "efine@efine-notice.example"), to=SEOJUN,
  s="[과태료] 교통법규 위반 과태료 고지서 (납부기한 경과 예정)",
  h="""<html><body style="font-family:sans-serif">
<table width="600" cellpadding="12" style="border:1px solid #ccc"><tr><td>
<h3>교통법규 위반 과태료 고지서</h3>
<p>차량번호 34나**** / 위반일시 2026-10-28 17:42 / 신호위반</p>
<p>과태료 70,000원 (사전납부 시 20% 감경)</p>
<p>아래 QR 코드를 휴대폰 카메라로 스캔하여 위반 사진 확인 및 납부를 진행해 주십시오.</p>
<p><img src="cid:qr.efine.7731@notice" width="145" height="145" alt="QR"></p>
<p style="font-size:11px;color:#888">경찰청 교통민원24</p></td></tr></table>
</body></html>
""",
  a=[A("image/png", "qr.png", qr_png(1), cid="qr.efine.7731@notice")])

M("phish", mua="phish", cs="utf-8", e="8bit", f=("부고 알림", "bugo@funeral-notice.example"), to=HARIN,
  s="[부고] 故 박정수님께서 별세하셨기에 삼가 알려드립니다",
  h="""<html><body>
<p>[부고]</p>
<p>故 박정수님께서 11월 18일 별세하셨기에 삼가 알려드립니다.</p>
<p>빈소 및 발인 일정, 마음 전하실 곳은 아래 부고장에서 확인 부탁드립니다.</p>
<p><a href="https://han.gl/bUgO7k">모바일 부고장 보기</a></p>
<p>상주 드림</p>
</body></html>
""")

M("phish", mua="gmail", cs="utf-8", e="b64", f=("지훈♥수아", "wedding.card.2026@gmail.com"), to=MINHO,
  s="저희 결혼합니다 💐 모바일 청첩장",
  h="""<html><body style="text-align:center">
<p>💐 저희 결혼합니다 💐</p>
<p>바쁘시더라도 참석하셔서 축복해 주시면 감사하겠습니다.</p>
<p>장소와 일시는 모바일 청첩장에서 확인해 주세요.</p>
<p><a href="https://m-wedding-card.example/inv/7731.apk">모바일 청첩장 보기 (m.wedding.kr)</a></p>
</body></html>
""")

M("phish", mua="phish", cs="utf-8", e="qp", f=("해오름 IT 관리자", "it-admin@haeoreum-mail.example"), to=JIWOO,
  s="[haeoreum.example] 메일 계정 비밀번호가 오늘 만료됩니다",
  h="""<html><body style="font-family:'맑은 고딕',sans-serif">
<p>kim.jiwoo@haeoreum.example 님,</p>
<p>귀하의 메일 계정 비밀번호가 <b>오늘(2026-11-20) 만료</b>됩니다.</p>
<p>만료 후에는 메일 송수신이 중단됩니다. 아래에서 현재 비밀번호를 유지하거나 새 비밀번호로 변경하세요.</p>
<p><a href="https://haeoreum-mail.example/owa/auth/keep?u=kim.jiwoo">https://mail.haeoreum.example/owa/keep-password</a></p>
<p>IT 지원팀 / Webmail Administrator</p>
</body></html>
""")

p1 = pmid("corp", "daeil-pack.example")
M("phish", mua="phish", dk=True, cs="ks_c_5601-1987", e="b64", f=("오세영 과장", "sy.oh@daeil-pak.example"), to=SEOJUN,
  rt=("오세영 과장", "daeil.account.change@gmail.com"),
  x=[("X-Mailer", "Microsoft Outlook 16.0")],
  s="RE: [대일포장] 견적서 수정본 송부 (완충재 3종) - 입금 계좌 변경 안내", irt=[p1],
  t="""박서준 대리님 안녕하세요.
대일포장 오세영입니다.

지난번 발주 건 잘 받았습니다. 감사합니다.
다름이 아니라 당사 주거래 은행 변경으로 이번 달부터 대금 입금 계좌가 아래와 같이 변경되었습니다.
기존 계좌는 세무 정리 중이라 입금 시 반환될 수 있으니 꼭 아래 계좌로 부탁드립니다.

변경 계좌: 우리은행 1002-***-***771 (예금주: 오세영)
※ 법인 계좌 전환 전까지 담당자 명의로 임시 운영합니다.

이번 건 금액 14,630,000원 금주 금요일까지 처리 부탁드리며,
통화가 어려워 메일로만 회신 주시면 감사하겠습니다.

오세영 드림
대일포장(주) 영업팀

-----Original Message-----
From: 박서준 <sjpark@haeoreum.example>
Subject: RE: [대일포장] 견적서 수정본 송부 (완충재 3종)

> 견적 확인했습니다. 발주서 첨부드립니다.
""")

M("phish", mua="phish", cs="utf-8", e="b64", f=("Daniel Park", "daniel.park.trading@gmai1.example"), to=MINHO,
  s="Re: Invoice 2026-118 / 결제 일정 확인 - updated bank details",
  t="""Hi Minho,

Sorry for the confusion. 저희 회사 감사(audit) 때문에 기존 계좌가 일시 동결되어
이번 Invoice 2026-118 선금은 아래 새 계좌로 송금 부탁드립니다.

Beneficiary: DP Global Trading Ltd
Bank: (see attached updated invoice)
Account: 4471-****-0093

Please confirm by email only - I'm traveling and can't take calls this week.
Updated invoice attached.

Best regards,
Daniel Park
""",
  a=[A("application/pdf", "Invoice_2026-118_updated.pdf", pdf("Invoice 2026-118 updated"))])

M("phish", mua="gmail", cs="utf-8", e="8bit", f=("최영호 대표", "ceo.choi.haeoreum@gmail.com"), to=HARIN,
  s="급한 송금 건 확인 부탁합니다",
  t="""이하린 매니저,

지금 외부 미팅 중이라 전화는 어렵고 메일로 부탁합니다.
거래처 계약금 건으로 오늘 중 급히 송금해야 할 건이 있는데 처리 가능한가요?
금액은 23,500,000원이고 계좌는 회신 주면 바로 보내겠습니다.

다른 직원들에게는 아직 공유하지 말아 주세요. 계약 마무리되면 내가 직접 공지하겠습니다.

최영호
Sent from my iPhone
""")

M("phish", mua="naver", cs="euc-kr", e="qp", f=("최영호", "haeoreum_ceo@naver.com"), to=JIWOO,
  s="지금 자리에 있나요?",
  t="""김지우 씨, 지금 자리에 있나요?

거래처 선물용으로 구글 기프트카드 10만원권 10장이 급하게 필요합니다.
편의점에서 구매해서 카드 뒷면 핀번호 스크래치 긁어서 사진으로 보내주세요.
비용은 오늘 퇴근 전에 법인카드로 정산해 주겠습니다.

회의 중이라 메일로만 연락 가능합니다.
최영호
""")

M("phish", mua="phish", cs="utf-8", e="b64", f=("번개장터 안전결제", "safe@bunjang-pay.example"), to=SEOJUN,
  s="[번개장터] 안전결제 입금이 완료되었습니다 - 판매자 정산 확인 필요",
  h=lure("번개장터", "#d80c18", "안전결제 입금 완료",
         ["구매자가 상품 대금 680,000원을 안전결제로 입금했습니다.",
          "판매자 정산을 받으려면 아래 페이지에서 정산 계좌를 등록하고 보증금 확인 절차를 완료해 주세요. (30분 내 미확인 시 거래 취소)"],
         "https://m.bunjang.co.kr 정산 받기", "https://bunjang-pay.example/settle?tid=88213",
         rows=[("상품", "아이패드 프로 11 (M4) 256GB"), ("결제 금액", "680,000원")], footer="번개장터(주)"))

M("phish", mua="phish", cs="utf-8", e="qp", f=("중고나라 안전거래", "help@joonggonara-safe.example"), to=HARIN,
  s="중고나라 안전거래 입금 확인 - 수수료 미납으로 보류 중",
  t="""[중고나라 안전거래 센터]

판매자님, 구매자의 입금(450,000원)이 확인되었으나
판매자 안전거래 수수료(45,000원) 미납으로 정산이 보류 중입니다.

아래 계좌로 수수료를 입금하시면 대금과 수수료 전액이 즉시 함께 정산됩니다.
입금 계좌: 국민 *****-04-******8 (안전거래센터)

30분 내 미입금 시 구매자에게 자동 환불되며 판매자 계정이 정지됩니다.
문의: 카카오톡 joonggo_safe
""")

M("phish", mua="phish", cs="utf-8", e="b64", f=("쿠팡 고객센터", "cs@coupang-order.example"), to=EUNSEO,
  s="[쿠팡] 주문하신 상품(1,289,000원) 결제 완료 - 본인 주문이 아니면 취소 요청",
  h=lure("coupang", "#346aff", "결제 완료 안내",
         ["고객님 계정으로 아래 상품이 주문·결제되었습니다.", "본인이 주문하지 않은 경우 즉시 고객센터(02-555-0158)로 연락하시거나 아래 버튼으로 취소를 요청하세요."],
         "www.coupang.com 주문 취소", "https://coupang-order.example/cancel?o=31000198",
         rows=[("주문번호", "31000198772214"), ("상품", "삼성 노트북 갤럭시북 외 1건"), ("결제 금액", "1,289,000원")], footer="쿠팡(주)"))

M("phish", mua="phish", cs="utf-8", e="b64", f=("토스", "security@toss-login.example"), to=JIWOO,
  s="[토스] 해외에서 로그인이 시도되었어요",
  h="""<html><body style="font-family:sans-serif;max-width:560px;margin:auto">
<h3>해외 로그인 시도 감지</h3>
<p>방금 베트남에서 회원님의 토스 계정 로그인이 시도되었어요.</p>
<p>본인이 아니라면 아래 QR을 휴대폰으로 스캔해 계정을 잠그세요. 10분 내 조치하지 않으면 송금이 진행될 수 있어요.</p>
<p><img src="cid:tossqr01@login" width="145" height="145" alt=""></p>
<p style="color:#999;font-size:11px">비바리퍼블리카</p>
</body></html>
""",
  a=[A("image/png", "qr_code.png", qr_png(2), cid="tossqr01@login")])

M("phish", mua="phish", dk=True, cs="utf-8", e="qp", f=("전자계약 서비스", "sign@esign-contract.example"), to=MINHO,
  s="[전자계약] '2026년 하반기 성과급 지급 동의서' 서명 요청",
  t="""해오름 인사팀에서 전자계약 서명을 요청했습니다.

문서: 2026년 하반기 성과급 지급 동의서
서명 기한: 2026-11-21

첨부된 문서를 열어 회사 메일 계정으로 로그인한 뒤 서명해 주세요.
""",
  h="""<html><body style="font-family:sans-serif">
<p>해오름 인사팀에서 전자계약 서명을 요청했습니다.</p>
<table cellpadding="6"><tr><td>문서</td><td><b>2026년 하반기 성과급 지급 동의서</b></td></tr><tr><td>서명 기한</td><td>2026-11-21</td></tr></table>
<p>첨부된 문서를 열어 회사 메일 계정으로 로그인한 뒤 서명해 주세요.</p>
</body></html>
""",
  a=[A("text/html", "성과급_지급_동의서_서명.htm", ("""<html><head><meta charset="utf-8"><title>Microsoft 365 로그인</title></head>
<body><p>문서를 보려면 로그인하세요</p>
<form action="https://esign-contract.example/m365/collect" method="post">
<input name="login" value="minho.jung@haeoreum.example"><input name="passwd" type="password"><button>로그인</button></form>
</body></html>
""").encode("utf-8"), style="2231")])


# ----------------------------------------------------------------- bulk
def ad(brand, dom, color, title, paras, button, company, addr_, tel, consent):
    unsub = "https://%s/mail/unsubscribe?k=%s" % (dom, rhex(16))
    foot = ("%s | %s | 고객센터 %s<br>본 메일은 %s 광고성 정보 수신에 동의하신 회원님께 발송되는 광고 메일입니다.<br>"
            "수신을 원하지 않으시면 <a href=\"%s\">[수신거부]</a>를 클릭하세요. If you don't want to receive this e-mail, click [unsubscribe]."
            % (company, addr_, tel, consent, unsub))
    return page(brand, color, title, paras, button=button, footer=foot), unsub


BULK = [
    ("11번가", "11st.co.kr", "mailer@11st.co.kr", "#ff0038", "utf-8", "b64", "B", "(광고) 11월 십일절 - 오늘 하루 최대 70% 할인",
     "십일절 최대 70% 할인", ["오늘 단 하루, 디지털·가전부터 생필품까지 십일절 특가를 만나보세요.", "T 멤버십 회원은 추가 10% 할인 쿠폰을 받을 수 있어요."],
     ("특가 보러가기", "https://www.11st.co.kr/main"), "(주)십일번가", "서울특별시 중구 한강대로 416", "1599-0110", "2024년 5월 3일"),
    ("G마켓", "gmarket.co.kr", "gmarket@gmarket.co.kr", "#00a0e2", "euc-kr", "b64", "B", "(광고) 빅스마일데이 사전 쿠폰 발급 안내",
     "빅스마일데이 사전 쿠폰", ["행사 시작 전에 미리 쿠폰을 받아두세요. 스마일클럽 회원 전용 쿠폰도 준비했습니다."],
     ("쿠폰 받기", "https://www.gmarket.co.kr/"), "(주)지마켓", "서울특별시 강남구 테헤란로 152", "1566-5701", "2023년 11월 8일"),
    ("롯데ON", "lotteon.com", "news@lotteon.com", "#e0001b", "utf-8", "qp", "Q", "(광고) 롯데온세상 - 브랜드 최대 80% + 엘포인트 적립",
     "롯데온세상 개막", ["인기 브랜드 최대 80% 할인에 엘포인트 5% 추가 적립 혜택까지!"],
     ("행사장 바로가기", "https://www.lotteon.com/p/display/main"), "롯데쇼핑(주) e커머스사업부", "서울특별시 송파구 올림픽로 300", "1899-7000", "2025년 1월 14일"),
    ("컬리", "kurly.com", "marketing@kurly.com", "#5f0080", "utf-8", "b64", "B", "(광고) 겨울 제철 식탁 기획전 🍲 첫 구매 쿠폰 한 번 더",
     "겨울 제철 식탁", ["굴, 방어, 꼬막까지 지금이 가장 맛있는 제철 식재료를 모았어요.", "샛별배송 지역은 밤 11시까지 주문하면 내일 아침 7시 전 도착해요."],
     ("기획전 보기", "https://www.kurly.com/"), "(주)컬리", "서울특별시 강남구 도산대로 16길 20", "1644-1107", "2025년 6월 20일"),
    ("다이소몰", "daisomall.co.kr", "event@daisomall.co.kr", "#e60012", "utf-8", "8bit", "B", "(광고) 다이소몰 연말 파티용품 기획전",
     "연말 파티용품 기획전", ["크리스마스 장식, 포장용품, 파티 소품을 한곳에 모았습니다. 3만원 이상 무료배송."],
     ("기획전 바로가기", "https://www.daisomall.co.kr/"), "(주)아성다이소", "서울특별시 강남구 남부순환로 2748", "1522-4400", "2025년 9월 2일"),
    ("하나투어", "hanatour.com", "newsletter@hanatour.com", "#5e2bb8", "utf-8", "b64", "B", "(광고) 겨울방학 가족여행 얼리버드 - 최대 30만원 할인",
     "겨울방학 가족여행 얼리버드", ["다낭, 오사카, 괌 가족여행 상품을 얼리버드 특가로 만나보세요. 12월 15일까지 예약 시 1인 최대 30만원 할인."],
     ("상품 보기", "https://www.hanatour.com/"), "(주)하나투어", "서울특별시 종로구 인사동5길 41", "1577-1233", "2024년 12월 1일"),
    ("모두투어", "modetour.com", "webmaster@modetour.com", "#003e7e", "ks_c_5601-1987", "b64", "B", "(광고) 모두투어 연말 특가 - 동남아 4일 39만원부터",
     "연말 특가 여행", ["방콕, 세부, 나트랑 4일 상품 39만원부터. 유류할증료 포함 가격입니다."],
     ("특가 보러가기", "https://www.modetour.com/"), "(주)모두투어네트워크", "서울특별시 중구 을지로 16", "1544-5252", "2024년 7월 30일"),
    ("롯데시네마", "lottecinema.co.kr", "lcmail@lottecinema.co.kr", "#ed1c24", "utf-8", "qp", "B", "(광고) 12월 개봉작 미리보기 + 관람권 1+1",
     "12월 개봉작 미리보기", ["연말을 책임질 개봉작을 미리 만나보세요. 12월 첫 주 평일 관람권 1+1 이벤트도 진행 중!"],
     ("이벤트 참여", "https://www.lottecinema.co.kr/NLCHS/Event"), "롯데컬처웍스(주)", "서울특별시 송파구 올림픽로 300", "1544-8855", "2025년 2월 11일"),
    ("CGV", "cgv.co.kr", "cgvmail@cgv.co.kr", "#e71a0f", "utf-8", "b64", "B", "(광고) CGV 아이맥스 재개봉 기획전 & 팝콘 콤보 할인",
     "IMAX 재개봉 기획전", ["명작들이 IMAX로 돌아옵니다. 기간 중 팝콘 콤보 2,000원 할인 쿠폰을 드려요."],
     ("예매하기", "https://www.cgv.co.kr/"), "CJ CGV(주)", "서울특별시 용산구 한강대로23길 55", "1544-1122", "2024년 10월 5일"),
    ("29CM", "29cm.co.kr", "hello@29cm.co.kr", "#000000", "utf-8", "b64", "Q", "(광고) 이구위크 리미티드 - 단 7일, 브랜드 단독 혜택",
     "이구위크 리미티드", ["29CM에서만 만날 수 있는 단독 컬렉션과 최대 20% 추가 쿠폰."],
     ("지금 보러가기", "https://www.29cm.co.kr/"), "(주)무신사 29CM", "서울특별시 성동구 성수동", "1660-2929", "2025년 4월 18일"),
    ("요기요", "yogiyo.co.kr", "promo@yogiyo.co.kr", "#fa0050", "utf-8", "qp", "B", "(광고) 요기패스X 회원 전용 주말 할인 쿠폰",
     "주말 할인 쿠폰", ["요기패스X 회원님께 주말 3,000원 할인 쿠폰을 드려요. 1만 5천원 이상 주문 시 사용 가능."],
     ("쿠폰 받기", "https://www.yogiyo.co.kr/"), "위대한상상(주)", "서울특별시 서초구 서초대로38길 12", "1661-5270", "2025년 8월 9일"),
    ("이니스프리", "innisfree.com", "innisfree@innisfree.com", "#006e3c", "euc-kr", "b64", "B", "(광고) 이니스프리 멤버십 데이 - 그린티 라인 30%",
     "멤버십 데이", ["그린티 씨드 세럼 등 베스트 라인 30% 할인. 멤버십 포인트 2배 적립."],
     ("온라인몰 바로가기", "https://www.innisfree.com/kr/ko/"), "(주)이니스프리", "서울특별시 용산구 한강대로 100", "080-380-0114", "2023년 3월 27일"),
    ("현대백화점", "ehyundai.com", "thehyundai@ehyundai.com", "#2d5a3d", "ks_c_5601-1987", "qp", "B", "(광고) 현대백화점 윈터 페스티벌 & 사은 행사 안내",
     "윈터 페스티벌", ["11월 27일부터 12월 7일까지 전 점 윈터 페스티벌이 열립니다. 구매 금액대별 상품권 증정 사은 행사도 함께 진행합니다."],
     ("행사 안내 보기", "https://www.ehyundai.com/"), "(주)현대백화점", "서울특별시 강남구 압구정로 165", "02-549-2233", "2024년 2월 19일"),
    ("롯데하이마트", "e-himart.co.kr", "himart@e-himart.co.kr", "#d7000f", "utf-8", "b64", "B", "(광고) 하이마트 겨울 가전 대전 - 제습기·가습기·전기요",
     "겨울 가전 대전", ["가습기, 전기요, 온풍기 등 겨울 가전을 최대 40% 할인. 제휴카드 결제 시 추가 7% 청구할인."],
     ("가전 대전 보기", "https://www.e-himart.co.kr/"), "롯데하이마트(주)", "서울특별시 강남구 삼성로", "1588-0070", "2025년 10월 2일"),
    ("에듀윌", "eduwill.net", "mail@eduwill.net", "#ffcc00", "utf-8", "8bit", "B", "(광고) 2027 공인중개사 합격 패키지 얼리버드 마감 임박",
     "2027 공인중개사 얼리버드", ["합격할 때까지 무제한 수강 패키지를 얼리버드 가격으로 만나보세요. 11월 30일 마감."],
     ("패키지 보기", "https://www.eduwill.net/"), "(주)에듀윌", "서울특별시 구로구 디지털로34길 55", "1600-6700", "2025년 11월 3일"),
    ("야나두", "yanadoo.co.kr", "news@yanadoo.co.kr", "#ff5b2e", "utf-8", "b64", "B", "(광고) 새해 영어 목표, 지금 시작하면 수강료 0원 챌린지",
     "수강료 0원 챌린지", ["매일 10분 학습 미션을 완주하면 수강료를 전액 돌려드리는 챌린지. 세부 조건을 꼭 확인하세요."],
     ("챌린지 자세히 보기", "https://www.yanadoo.co.kr/"), "(주)야나두", "서울특별시 강남구 테헤란로", "1600-0563", "2025년 12월 20일"),
    ("SSG.COM", "ssg.com", "ssgmail@ssg.com", "#ff5452", "utf-8", "qp", "B", "(광고) 쓱데이 시작! 이마트몰·신세계몰 최대 혜택",
     "쓱데이", ["이마트몰, 신세계몰, 트레이더스까지 쓱데이 최대 혜택. 신세계포인트 5배 적립."],
     ("쓱데이 바로가기", "https://www.ssg.com/"), "에스에스지닷컴(주)", "서울특별시 중구 소월로 50", "1577-3419", "2024년 9월 9일"),
    ("알라딘", "aladin.co.kr", "webmaster@aladin.co.kr", "#2b6fb5", "euc-kr", "qp", "Q", "(광고) 알라딘 연말 굿즈 - 5만원 이상 구매 시 다이어리 증정",
     "연말 굿즈 이벤트", ["2027 알라딘 다이어리와 북엔드를 5만원 이상 구매 시 선택해서 받을 수 있어요."],
     ("굿즈 보러가기", "https://www.aladin.co.kr/"), "(주)알라딘커뮤니케이션", "서울특별시 중구 서소문로 89-31", "1544-2514", "2022년 12월 1일"),
    ("신세계면세점", "ssgdfs.com", "ssgdfs@ssgdfs.com", "#231f20", "utf-8", "b64", "B", "(광고) 신세계면세점 온라인 적립금 최대 20만원 지급",
     "온라인 적립금 이벤트", ["출국 예정이신가요? 구매 금액별 최대 20만원 적립금을 드립니다. 출국 60일 전부터 쇼핑 가능."],
     ("적립금 받기", "https://www.ssgdfs.com/"), "(주)신세계디에프", "서울특별시 중구 퇴계로 77", "1661-8778", "2025년 5월 5일"),
    ("제주항공", "jejuair.net", "event@jejuair.net", "#ff5000", "ks_c_5601-1987", "b64", "B", "(광고) 찜 특가 오픈 - 국제선 편도 총액 5만원대부터",
     "찜 특가 오픈", ["일본, 동남아 국제선 편도 총액 5만원대부터. 12월 2일 오전 10시 오픈, 좌석 한정."],
     ("특가 항공권 보기", "https://www.jejuair.net/"), "(주)제주항공", "제주특별자치도 제주시 신대로 64", "1599-1500", "2024년 6월 25일"),
]

BULK_TO = [JIWOO, SEOJUN, HARIN, MINHO, EUNSEO, DOHYUN]
for i, (brand, dom, frm, color, cs, e, q, subj, title, paras, button, company, addr_, tel, consent) in enumerate(BULK):
    h, unsub = ad(brand, dom, color, title, paras, button, company, addr_, tel, consent)
    kw = dict(mua="org", cs=cs, e=e, q=q, f=(brand, frm), to=BULK_TO[i % len(BULK_TO)], s=subj, h=h,
              lu=["mailto:unsubscribe@%s?subject=unsubscribe" % dom, unsub], x=[("Precedence", "bulk")])
    if i % 3 == 1:
        kw["t"] = strip_html(h)
    M("bulk", **kw)


# ================================================================= output
CLASSES = ("ham", "spam", "phish", "bulk")
EXPECT = {"ham": 90, "spam": 40, "phish": 30, "bulk": 20}


def decoded_codec(label):
    label = label.lower()
    if label in ("ks_c_5601-1987", "ks_c_5601_1987"):
        return "cp949"
    return {"utf-8": "utf-8", "euc-kr": "euc_kr", "us-ascii": "ascii"}[label]


def validate(path, m, raw):
    problems = []
    for i, line in enumerate(raw.split(b"\r\n")):
        if len(line) > 998:
            problems.append("line %d longer than 998 octets" % i)
        if b"\n" in line or b"\r" in line:
            problems.append("bare CR or LF in line %d" % i)
    head = raw.split(b"\r\n\r\n", 1)[0]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        problems.append("non-ASCII header")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    if msg.defects:
        problems.append("defects %r" % msg.defects)
    if str(msg["subject"]) != m["s"]:
        problems.append("subject round trip: %r" % str(msg["subject"]))
    fr = msg["from"].addresses[0]
    if fr.addr_spec != m["f"][1] or (m["f"][0] or "") != fr.display_name:
        problems.append("from round trip: %r" % str(msg["from"]))
    nparts = 0
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %r" % part.defects)
        if part.is_multipart():
            continue
        nparts += 1
        payload = part.get_payload(decode=True)
        if not payload:
            problems.append("empty part %s" % part.get_content_type())
        if part.get_content_maintype() == "text" and part.get_filename() is None:
            label = part.get_content_charset()
            text = payload.decode(decoded_codec(label))  # strict
            if label == "euc-kr" and b"\xa4\xd4" in payload:
                problems.append("EUC-KR make-up sequence (syllable outside KS X 1001)")
            part.get_content()
            if "\ufffd" in text:
                problems.append("replacement character in text")
        else:
            part.get_content()
            if not part.get_filename():
                problems.append("attachment without filename")
    if nparts == 0:
        problems.append("no leaf parts")
    if problems:
        raise SystemExit("%s: %s" % (path, "; ".join(problems)))
    return msg


def main():
    counters = {c: 0 for c in CLASSES}
    rows = []
    counts = {}
    for c in CLASSES:
        os.makedirs(os.path.join(HERE, c), exist_ok=True)
        for fn in os.listdir(os.path.join(HERE, c)):
            if fn.endswith(".eml"):
                os.remove(os.path.join(HERE, c, fn))
    for m in MSGS:
        if m.get("f") is None:
            m["f"] = ("", m["fa"])
        if m.get("h"):
            cs = m["cs"]
            m["h"] = m["h"].replace("{CS}", "ks_c_5601-1987" if cs == "ks_c_5601-1987" else cs)
        raw, shape = render(m)
        c = m["c"]
        counters[c] += 1
        rel = "%s/%03d.eml" % (c, counters[c])
        with open(os.path.join(HERE, rel), "wb") as fh:
            fh.write(raw)
        validate(rel, m, raw)
        subj = m["s"].replace("\t", " ")
        rows.append((rel, c, LABEL[m["cs"]], CTE[m["e"]], shape, m["f"][1], subj))
        for key in (("class", c), ("charset", LABEL[m["cs"]]), ("encoding", CTE[m["e"]]), ("shape", shape)):
            counts[key] = counts.get(key, 0) + 1
    for c in CLASSES:
        if counters[c] != EXPECT[c]:
            raise SystemExit("class %s has %d messages, expected %d" % (c, counters[c], EXPECT[c]))
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tclass\tcharset\ttransfer_encoding\tmime_shape\tsender\tsubject\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    for key in sorted(counts):
        print("%-9s %-40s %3d" % (key[0], key[1], counts[key]))
    print("total", len(rows), "messages written and validated")


if __name__ == "__main__":
    main()
