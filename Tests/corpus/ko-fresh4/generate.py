#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""ko-fresh4: held-out Korean mail measurement set (MEASUREMENT ONLY).

Deterministic generator.  Run `python3 generate.py`; it rewrites ham/, spam/,
phish/, bulk/, MANIFEST.tsv and README.md next to itself, then parses every
message back with the stdlib `email` package and fails loudly on any problem.
Python 3 standard library only.  No clock reads; all randomness is seeded.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import html as htmlmod
import os
import quopri
import random
import re
import shutil
import struct
import sys
import textwrap
import zipfile
import zlib
from urllib.parse import quote

HERE = os.path.dirname(os.path.abspath(__file__))
KST = datetime.timezone(datetime.timedelta(hours=9))
UTC = datetime.timezone.utc
CODEC = {"utf-8": "utf-8", "euc-kr": "euc-kr", "ks_c_5601-1987": "cp949"}
COUNTS = {"ham": 90, "spam": 40, "phish": 30, "bulk": 20}


def D(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------- recipients
RCPT_PERSONAL = [
    ("김지우", "jiwoo.kim@hanul-mail.example"),
    ("박서연", "seoyeon.p@hanul-mail.example"),
    ("이민준", "minjun.lee@hanul-mail.example"),
    ("최유나", "yuna.choi@hanul-mail.example"),
    ("정하늘", "haneul.jung@hanul-mail.example"),
    ("", "sunny0412@hanul-mail.example"),
]
RCPT_CORP = [
    ("이민준", "minjun.lee@daon-soft.example"),
    ("박서연", "seoyeon.park@daon-soft.example"),
    ("한지훈", "jihoon.han@daon-soft.example"),
    ("최다은", "daeun.choi@daon-soft.example"),
    ("", "sales@daon-soft.example"),
]
MX = {"hanul-mail.example": "mx1.hanul-mail.example",
      "daon-soft.example": "mx.daon-soft.example"}


# ---------------------------------------------------------------- encoders
def b64(data):
    return base64.encodebytes(data)  # 76-col lines, trailing \n


def enc_body(data, cte):
    if cte == "base64":
        return b64(data)
    if cte == "quoted-printable":
        out = quopri.encodestring(data)
        return out if out.endswith(b"\n") else out + b"\n"
    if cte in ("8bit", "7bit"):
        return data if data.endswith(b"\n") else data + b"\n"
    raise ValueError(cte)


def enc_words(s, charset, mode="B"):
    """RFC 2047 encode s (split on character boundaries, words <= 75 chars)."""
    if all(ord(c) < 128 for c in s):
        return s
    codec = CODEC[charset]
    label = {"utf-8": "UTF-8", "euc-kr": "EUC-KR",
             "ks_c_5601-1987": "ks_c_5601-1987"}[charset]
    words, cur = [], ""
    limit = 75 - len(label) - 7

    def enc(t):
        raw = t.encode(codec)
        if mode == "B":
            return base64.b64encode(raw).decode()
        out = []
        for byte in raw:
            ch = chr(byte)
            if byte == 32:
                out.append("_")
            elif 33 <= byte < 127 and ch not in "=?_\"(),.:;<>@[\\]":
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in s:
        if len(enc(cur + ch)) > limit and cur:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    return "\n ".join("=?%s?%s?%s?=" % (label, mode, enc(w)) for w in words)


def addr(name, a, charset, mode="B"):
    if not name:
        return a
    if all(ord(c) < 128 for c in name):
        if re.search(r"[^A-Za-z0-9 !#$%&'*+/=?^_`{|}~-]", name):
            return '"%s" <%s>' % (name, a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, charset, mode), a)


# ---------------------------------------------------------------- binaries
def fake_pdf(rng, title):
    body = ("%%PDF-1.7\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            "2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n"
            "4 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n").encode("latin-1")
    body += zlib.compress(("BT /F1 12 Tf 72 770 Td (%s) Tj ET" % h(title)).encode())
    body += bytes(rng.getrandbits(8) for _ in range(rng.randint(600, 1800)))
    body += b"\nendstream\nendobj\nxref\n0 5\ntrailer\n<< /Size 5 /Root 1 0 R >>\nstartxref\n9\n%%EOF\n"
    return body


def h(s, n=16):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


def zip_bytes(files):
    import io
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if any(ord(c) > 127 for c in name):
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return bio.getvalue()


def fake_xlsx(rng, title):
    rows = "".join('<row r="%d"><c r="A%d" t="inlineStr"><is><t>%s</t></is></c><c r="B%d"><v>%d</v></c></row>'
                   % (i, i, htmlmod.escape(title), i, rng.randint(1000, 900000)) for i in range(1, 12))
    return zip_bytes([
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheets><sheet name="Sheet1" sheetId="1"/></sheets></workbook>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % rows),
    ])


def fake_hwp(rng, title):
    return (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff"
            + b"HWP Document File" + bytes(rng.getrandbits(8) for _ in range(rng.randint(1500, 3000))))


def png_bytes(rng, w=24, hgt=24):
    col = (rng.randint(0, 255), rng.randint(0, 255), rng.randint(0, 255))
    raw = b"".join(b"\x00" + bytes(col) * w for _ in range(hgt))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, hgt, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


def fake_jpg(rng):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
            + bytes(rng.getrandbits(8) for _ in range(rng.randint(1200, 4000))) + b"\xff\xd9")


PHISH_FORM = """<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title></head>
<body style="font-family:sans-serif;background:#f4f4f4"><div style="width:360px;margin:60px auto;background:#fff;padding:24px">
<h3>%s</h3><p>보안을 위해 계정 정보를 다시 입력해 주세요.</p>
<form method="post" action="%s"><input name="id" placeholder="아이디"><br><input name="pw" type="password" placeholder="비밀번호"><br>
<button type="submit">확인</button></form></div></body></html>
"""


def attachment_bytes(rng, kind, fname, extra):
    if kind == "pdf":
        return "application/pdf", fake_pdf(rng, fname)
    if kind == "xlsx":
        return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fake_xlsx(rng, fname)
    if kind == "hwp":
        return "application/x-hwp", fake_hwp(rng, fname)
    if kind == "png":
        return "image/png", png_bytes(rng)
    if kind == "jpg":
        return "image/jpeg", fake_jpg(rng)
    if kind == "html":
        title, action = extra or ("Secure", "https://login.example/")
        return "text/html", (PHISH_FORM % (title, title, action)).encode("utf-8")
    if kind == "zip":
        inner, content = extra
        return "application/zip", zip_bytes([(inner, content)])
    if kind == "ics":
        return "text/calendar", extra.encode("utf-8")
    raise ValueError(kind)


# ---------------------------------------------------------------- HTML
LINK_RE = re.compile(r"\[\[(.+?)\|(.+?)\]\]|(https?://[^\s<>()\"]+[^\s<>()\".,])")


def plain_links(text):
    return LINK_RE.sub(lambda m: ("%s: %s" % (m.group(1), m.group(2))) if m.group(1) else m.group(3), text)


def linkify(esc):
    def rep(m):
        if m.group(1):
            return '<a href="%s" style="color:#1a5fb4">%s</a>' % (m.group(2), m.group(1))
        return '<a href="%s">%s</a>' % (m.group(3), m.group(3))
    return LINK_RE.sub(rep, esc)


THEMES = {
    "plain": ("#ffffff", "#222222", None),
    "brand": ("#ffffff", "#333333", "#1f4e9c"),
    "green": ("#ffffff", "#333333", "#03c75a"),
    "yellow": ("#ffffff", "#222222", "#fee500"),
    "red": ("#fff8f0", "#222222", "#d32f2f"),
    "dark": ("#111111", "#f2f2f2", "#c9a227"),
    "news": ("#f6f6f2", "#222222", "#222222"),
}


def render_html(text, charset, title, brand=None, theme="brand", img_cids=()):
    bg, fg, bar = THEMES[theme]
    paras = [p for p in text.strip("\n").split("\n\n")]
    out = []
    for p in paras:
        esc = htmlmod.escape(p, quote=False)
        esc = linkify(esc)
        out.append('<p style="margin:0 0 14px 0;line-height:1.6">' + esc.replace("\n", "<br>\n") + "</p>")
    head = ""
    if bar and brand:
        tc = "#222" if theme == "yellow" else "#fff"
        head = ('<div style="background:%s;color:%s;padding:14px 20px;font-size:18px;font-weight:bold">%s</div>\n'
                % (bar, tc, htmlmod.escape(brand)))
    imgs = "".join('<p><img src="cid:%s" alt="" width="560" style="display:block;border:0"></p>\n' % c for c in img_cids)
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<title>%s</title>\n</head>\n<body style="margin:0;background:%s;color:%s">\n'
            '<div style="max-width:640px;margin:0 auto;font-family:\'Malgun Gothic\',\'Apple SD Gothic Neo\',sans-serif;font-size:14px">\n'
            '%s%s<div style="padding:20px">\n%s\n</div>\n</div>\n</body>\n</html>\n'
            % (charset, htmlmod.escape(title), bg, fg, head, imgs, "\n".join(out)))


# ---------------------------------------------------------------- transport
TLS = [("TLSv1.3", "TLS_AES_256_GCM_SHA384", "256/256"),
       ("TLSv1.3", "TLS_AES_128_GCM_SHA256", "128/128"),
       ("TLSv1.3", "TLS_CHACHA20_POLY1305_SHA256", "256/256"),
       ("TLSv1.2", "ECDHE-RSA-AES256-GCM-SHA384", "256/256"),
       ("TLSv1.2", "ECDHE-RSA-AES128-GCM-SHA256", "128/128")]
SELECTORS = ["s1", "selector1", "default", "mail", "k1", "dkim", "s2048", "sel2025", "mx", "20230601"]
FREEMAIL_OUT = {
    "naver.com": lambda r: "cvsmtppost%02d.nm.naver.com" % r.randint(1, 40),
    "gmail.com": lambda r: "mail-%s-f%d.google.com" % (r.choice(["pl1", "pj1", "oi1", "qt1", "wr1"]), r.randint(41, 199)),
    "daum.net": lambda r: "mail-smtp-out%d.kakao.com" % r.randint(1, 9),
    "hanmail.net": lambda r: "mail-smtp-out%d.kakao.com" % r.randint(1, 9),
    "kakao.com": lambda r: "mail-smtp-out%d.kakao.com" % r.randint(1, 9),
    "nate.com": lambda r: "smtp%d.nate.com" % r.randint(1, 6),
}


def ip_for(key):
    d = hashlib.sha256(key.encode()).digest()
    net = ["198.51.100", "203.0.113", "192.0.2"][d[0] % 3]
    return "%s.%d" % (net, 2 + d[1] % 250)


def qid(rng, n=12, alpha="0123456789ABCDEFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"):
    return "".join(rng.choice(alpha) for _ in range(n))


def rdate(dt):
    s = email.utils.format_datetime(dt)
    return s + (" (KST)" if dt.utcoffset() == datetime.timedelta(hours=9) else " (UTC)")


def hop_mx(rng, helo, rdns, ip, by, rcpt, t):
    v, c, b = rng.choice(TLS)
    if v == "TLSv1.3":
        tl = ("(using %s with cipher %s (%s bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
              % (v, c, b))
    else:
        tl = "(using %s with cipher %s (%s bits))" % (v, c, b)
    rd = "%s [%s]" % (rdns, ip) if rdns else "unknown [%s]" % ip
    return ("from %s (%s)\n\t%s\n\t(No client certificate requested)\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s"
            % (helo, rd, tl, by, qid(rng, 12), rcpt, rdate(t)))


def hop_inner(rng, style, host, dom, t, rp):
    if style == "sendmail":
        lip = "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        return ("from [%s] (%s [%s])\n\tby %s with ESMTPSA id %s\n\t(version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256);\n\t%s"
                % (lip, "ws-" + qid(rng, 6).lower(), lip, host, qid(rng, 10), rdate(t)))
    if style == "local":
        return "from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (host, qid(rng, 11), rdate(t))
    if style == "exim":
        return ("from [%s] (helo=%s)\n\tby %s with esmtpsa (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n\t(envelope-from <%s>)\n\tid %s-%s-%s;\n\t%s"
                % (ip_for(host + "in"), rng.choice(["WIN-" + qid(rng, 11).upper(), "DESKTOP-" + qid(rng, 7).upper(), "User", "localhost"]),
                   host, rp, qid(rng, 6), qid(rng, 6), qid(rng, 2), rdate(t)))
    if style == "gmail":
        return ("by 2002:a05:%x:%x:b0:%x:%x:%x with SMTP id %s;\n\t%s"
                % (rng.randint(0x6000, 0x7fff), rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff),
                   rng.randint(0x100, 0xfff), rng.randint(0x100, 0xfff), qid(rng, 14).lower(), rdate(t)))
    if style == "exchange":
        return ("from %s (2603:1096:%x:%x::%x) by %s\n\t(2603:1096:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n\t cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s"
                % ("SL2PR06MB" + str(rng.randint(1000, 9999)) + ".apcprd06.prod.outlook.com", rng.randint(16, 255), rng.randint(16, 255), rng.randint(1, 99),
                   "SEZPR06MB" + str(rng.randint(1000, 9999)) + ".apcprd06.prod.outlook.com", rng.randint(16, 255), rng.randint(16, 255), rng.randint(1, 99),
                   rng.randint(8000, 8999), rng.randint(10, 40), email.utils.format_datetime(t.astimezone(UTC))))
    raise ValueError(style)


def dkim_header(rng, d, dt, hlist):
    sel = SELECTORS[int(h(d, 4), 16) % len(SELECTORS)]
    bh = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(32))).decode()
    b = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(256))).decode()
    bl = "\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\tt=%d; h=%s;\n\tbh=%s;\n\tb=%s"
            % (d, sel, int(dt.timestamp()), hlist, bh, bl))


# ---------------------------------------------------------------- builder
def part_text(text, subtype, charset, cte, rng):
    data = text.encode(CODEC[charset])
    lab = rng.choice([charset, charset.upper() if charset != "ks_c_5601-1987" else charset])
    q = rng.choice(['"%s"', "%s"]) % lab
    return (("Content-Type: text/%s; charset=%s\nContent-Transfer-Encoding: %s\n\n" % (subtype, q, cte)).encode()
            + enc_body(data, cte))


def fname_params(fname, charset, rng):
    if all(ord(c) < 128 for c in fname):
        return '; name="%s"' % fname, '; filename="%s"' % fname
    cs = charset
    try:
        fname.encode(CODEC[cs])
    except UnicodeEncodeError:
        cs = "utf-8"
    if cs == "utf-8" and rng.random() < 0.7:
        enc = "UTF-8''" + quote(fname.encode("utf-8"), safe="")
        return "; name*=%s" % enc, "; filename*=%s" % enc
    w = enc_words(fname, cs).replace("\n ", "")
    return '; name="%s"' % w, '; filename="%s"' % w


def part_att(rng, kind, fname, charset, extra=None, cid=None):
    ctype, data = attachment_bytes(rng, kind, fname, extra)
    np, fp = fname_params(fname, charset, rng)
    if ctype.startswith("text/"):
        ctype += "; charset=utf-8"
    disp = "inline" if cid else "attachment"
    hd = "Content-Type: %s%s\nContent-Disposition: %s%s\nContent-Transfer-Encoding: base64\n" % (ctype, np, disp, fp)
    if cid:
        hd += "Content-ID: <%s>\n" % cid
    return (hd + "\n").encode() + b64(data)


BSTYLE = [None]


def boundary(rng):
    st = rng.randrange(4)
    if BSTYLE[0] is not None:
        st = BSTYLE[0]
    if st == 0:
        return "----=_NextPart_000_%04X_%08X.%08X" % (rng.getrandbits(16), rng.getrandbits(32), rng.getrandbits(32))
    if st == 1:
        return "000000000000%016x" % rng.getrandbits(64)
    if st == 2:
        return "----=_Part_%d_%d.%d" % (rng.randint(1000, 99999), rng.randint(10 ** 8, 10 ** 9), rng.randint(10 ** 12, 10 ** 13))
    return "=_%s" % qid(rng, 24)


def multipart(sub, parts, rng, preamble=False, extra=""):
    bd = boundary(rng)
    out = ('Content-Type: multipart/%s;%s\n\tboundary="%s"\n\n' % (sub, extra, bd)).encode()
    if preamble:
        out += b"This is a multi-part message in MIME format.\n\n"
    for p in parts:
        out += ("--%s\n" % bd).encode() + p
        if not p.endswith(b"\n"):
            out += b"\n"
    out += ("--%s--\n" % bd).encode()
    return out


def choose_charset(cls, idx, sp, texts):
    if sp.get("cs"):
        cs = sp["cs"]
    else:
        k = idx % 8
        cs = "euc-kr" if k in (2, 5) else ("ks_c_5601-1987" if k == 7 else "utf-8")
    if cs != "utf-8":
        try:
            for t in texts:
                t.encode(CODEC[cs])
        except UnicodeEncodeError:
            if sp.get("cs"):
                raise
            cs = "utf-8"
    return cs


BASE_DAY = datetime.datetime(2025, 1, 3, tzinfo=KST)


def build(cls, idx, sp):
    rng = random.Random("ko-fresh4/%s/%03d" % (cls, idx))
    fn, fa = sp["fn"], sp["fa"]
    fdom = fa.split("@")[1]
    to = sp.get("to")
    if to is None:
        pool = RCPT_CORP if sp.get("corp") else RCPT_PERSONAL
        to = pool[rng.randrange(len(pool))]
    tn, ta = to
    sub = sp["sub"]
    body = sp.get("body", "")
    html_src = sp.get("html")
    shape = sp.get("shape", "plain")
    mailer0 = sp.get("mailer") or ""
    BSTYLE[0] = 0 if ("Outlook" in mailer0 or (sp.get("cs") == "ks_c_5601-1987" and cls != "bulk")) else (
        1 if sp.get("relay") == "gmail.com" or fdom == "gmail.com" else None)
    texts = [sub, fn, tn, body, html_src or ""] + [a[0] for a in sp.get("atts", [])]
    charset = choose_charset(cls, idx, sp, texts)
    if charset == "ks_c_5601-1987" and cls != "bulk" and not sp.get("mailer"):
        BSTYLE[0] = 0
    cte = sp.get("cte") or rng.choices(["base64", "quoted-printable", "8bit"], [5, 3, 3])[0]
    # date
    if "date" in sp:
        y, m, d = sp["date"]
        day = datetime.datetime(y, m, d, tzinfo=KST)
    else:
        day = BASE_DAY + datetime.timedelta(days=rng.randint(0, 690))
    if cls == "spam" and rng.random() < 0.5:
        hr = rng.choice([0, 1, 2, 3, 4, 5, 22, 23])
    else:
        hr = rng.randint(7, 21)
    dt = day.replace(hour=hr, minute=rng.randint(0, 59), second=rng.randint(0, 59))
    if sp.get("utc"):
        dt = dt.astimezone(UTC)
    # --- body
    plain = plain_links(body)
    brand = sp.get("brand")
    theme = sp.get("theme", "brand" if brand else "plain")
    title = sub
    nimg = sp.get("imgs", 0)
    cids = ["img%03d.%s@%s" % (i, qid(rng, 8), fdom) for i in range(nimg)]
    if html_src is None:
        html_src = render_html(body, charset, title, brand, theme, cids)
    else:
        for i, c in enumerate(cids):
            html_src = html_src.replace("cid:IMG%d" % (i + 1), "cid:" + c)
    if shape == "plain":
        mime = part_text(plain, "plain", charset, cte, rng)
    elif shape == "html":
        mime = part_text(html_src, "html", charset, cte, rng)
    elif shape == "alt":
        mime = multipart("alternative", [part_text(plain, "plain", charset, cte, rng),
                                         part_text(html_src, "html", charset, cte, rng)], rng)
    elif shape in ("mixed", "related"):
        inner = sp.get("inner", "plain" if shape == "mixed" else "html")
        if inner == "plain":
            first = part_text(plain, "plain", charset, cte, rng)
        elif inner == "html":
            first = part_text(html_src, "html", charset, cte, rng)
        else:
            first = multipart("alternative", [part_text(plain, "plain", charset, cte, rng),
                                              part_text(html_src, "html", charset, cte, rng)], rng)
        if shape == "mixed":
            parts = [first] + [part_att(rng, a[1], a[0], charset, a[2] if len(a) > 2 else None)
                               for a in sp.get("atts", [])]
            mime = multipart("mixed", parts, rng, preamble=rng.random() < 0.5)
        else:
            parts = [first]
            for i in range(nimg):
                kind = sp.get("imgkind") or rng.choice(["png", "jpg"])
                parts.append(part_att(rng, kind, "image%03d.%s" % (i + 1, kind), charset, None, cids[i]))
            mime = multipart("related", parts, rng, extra=' type="%s";' % ("multipart/alternative" if inner == "alt" else "text/html"))
    else:
        raise ValueError(shape)
    # --- headers
    rp = sp.get("rp", fa)
    rdom = ta.split("@")[1]
    mxhost = MX.get(rdom, "mx1." + rdom)
    midom = sp.get("midom", fdom)
    mid = "<%s.%s@%s>" % (qid(rng, 16, "0123456789abcdef"), qid(rng, 8, "0123456789abcdef"), midom)
    if sp.get("midstyle") == "outlook":
        mid = "<%s$%s$%s@%s>" % (qid(rng, 12, "0123456789abcdef"), qid(rng, 8, "0123456789abcdef"), qid(rng, 8, "0123456789abcdef"), midom)
    hdrs = []
    hdrs.append(("Return-Path", "<%s>" % rp))
    relay = sp.get("relay", fdom)
    outhost = sp.get("outhost")
    if not outhost:
        outhost = FREEMAIL_OUT[relay](rng) if relay in FREEMAIL_OUT else "%s%d.%s" % (
            rng.choice(["mail", "smtp", "mta", "out", "mailout", "send"]), rng.randint(1, 12), relay)
    ip = sp.get("ip") or ip_for(outhost)
    helo = sp.get("helo", outhost)
    rdns = sp.get("rdns", outhost)
    t1 = dt + datetime.timedelta(seconds=rng.randint(2, 40))
    hdrs.append(("Received", hop_mx(rng, helo, rdns, ip, mxhost, ta, t1.astimezone(KST))))
    inner_style = sp.get("hop")
    if inner_style is None:
        if relay == "gmail.com":
            inner_style = "gmail"
        elif cls in ("spam", "phish"):
            inner_style = rng.choice(["exim", "local", None, "sendmail"])
        else:
            inner_style = rng.choice(["local", "sendmail", None, "local", "exchange"]) if relay not in FREEMAIL_OUT else None
    if inner_style:
        hdrs.append(("Received", hop_inner(rng, inner_style, outhost, relay, dt + datetime.timedelta(seconds=1), rp)))
    dk = sp.get("dkim", "default")
    if dk == "default":
        if cls in ("ham", "bulk"):
            dk = fdom
        else:
            dk = fdom if rng.random() < 0.4 else None
    elif dk is True:
        dk = fdom
    hlist = "from:to:subject:date:message-id:mime-version:content-type"
    if sp.get("unsub"):
        hlist += ":list-unsubscribe:list-unsubscribe-post"
    if dk:
        hdrs.append(("DKIM-Signature", dkim_header(rng, dk, dt, hlist)))
    mode = "Q" if (charset == "utf-8" and rng.random() < 0.2) else "B"
    hdrs.append(("From", addr(fn, fa, charset, mode)))
    if sp.get("to_display"):
        td = sp["to_display"]
        m = re.match(r"^(.*?)\s*<(.+)>$", td)
        hdrs.append(("To", addr(m.group(1), m.group(2), charset) if m else td))
    else:
        hdrs.append(("To", addr(tn, ta, charset)))
    if sp.get("cc"):
        hdrs.append(("Cc", ", ".join(addr(n, a, charset) for n, a in sp["cc"])))
    if sp.get("replyto"):
        hdrs.append(("Reply-To", sp["replyto"]))
    hdrs.append(("Subject", enc_words(sub, charset, mode)))
    hdrs.append(("Date", email.utils.format_datetime(dt)))
    hdrs.append(("Message-ID", mid))
    if sp.get("reply"):
        pm = "<%s@%s>" % (qid(rng, 20, "0123456789abcdef"), rdom)
        hdrs.append(("In-Reply-To", pm))
        hdrs.append(("References", pm))
    if sp.get("listid"):
        hdrs.append(("List-Id", sp["listid"]))
    if sp.get("unsub"):
        u = sp["unsub"]
        val = "<%s>" % u if u.startswith("http") else u
        if sp.get("unsub_mailto", True) and u.startswith("http"):
            val = "<mailto:unsubscribe@%s?subject=unsubscribe>, %s" % (fdom, val)
        hdrs.append(("List-Unsubscribe", val))
        if sp.get("oneclick", True):
            hdrs.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if sp.get("precedence"):
        hdrs.append(("Precedence", sp["precedence"]))
    mailer = sp.get("mailer")
    if mailer is None and charset == "ks_c_5601-1987" and cls != "bulk":
        mailer = "Microsoft Outlook 16.0"
    if mailer:
        hdrs.append(("X-Mailer", mailer))
        if "Outlook" in mailer:
            hdrs.append(("Thread-Index", base64.b64encode(bytes(rng.getrandbits(8) for _ in range(22))).decode()))
            hdrs.append(("Content-Language", "ko"))
    for k, v in sp.get("hdrs", []):
        hdrs.append((k, v))
    hdrs.append(("MIME-Version", "1.0"))
    head = "".join("%s: %s\n" % (k, v) for k, v in hdrs).encode("ascii")
    raw = head + mime
    raw = re.sub(rb"\r?\n", b"\r\n", raw)
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            raise SystemExit("line too long in %s/%03d" % (cls, idx))
    meta = dict(charset=charset, cte=cte, shape="multipart/" + {"alt": "alternative"}.get(shape, shape)
                if shape not in ("plain", "html") else "text/" + shape, sender=fa, subject=sub)
    return raw, meta


# ================================================================ CONTENT
def M(**kw):
    return kw


HAM_PERSONAL = [
M(fn="한지훈", fa="jihoon.han@daon-soft.example", to=("이민준", "minjun.lee@daon-soft.example"),
  sub="내일 주간회의 자료 미리 공유드립니다", shape="mixed", atts=[("2025_3Q_주간회의_자료.pdf", "pdf")],
  body=D("""
    민준 씨,

    내일 오전 10시 주간회의 자료 미리 공유드립니다.
    2번 안건(고객사 온보딩 지연 건)은 민준 씨가 5분 정도 현황 설명 부탁드려요.
    슬라이드 7쪽 수치는 지난주 기준이라 오늘 저녁에 한 번 더 업데이트할 예정입니다.

    회의실은 8층 소회의실로 바뀌었습니다.

    한지훈 드림
    다온소프트 플랫폼개발팀 | 010-4821-3376
    """)),
M(fn="윤성호", fa="sh.yoon@mirae-parts.example", to=("박서연", "seoyeon.park@daon-soft.example"), reply=True,
  sub="RE: 견적서 요청드립니다 (CNC 가공 부품 200EA)", shape="mixed", mailer="Microsoft Outlook 16.0",
  atts=[("견적서_미래정밀_250412.xlsx", "xlsx")], midstyle="outlook",
  body=D("""
    박서연 과장님, 안녕하세요.
    미래정밀 윤성호입니다.

    요청하신 견적서 첨부드립니다. 수량 200EA 기준이며 500EA 이상 발주 시 단가 7% 조정 가능합니다.
    납기는 발주 후 3주, 운송비는 별도입니다.

    확인 부탁드립니다.

    윤성호 드림
    (주)미래정밀 영업팀 / T. 031-8045-2210 / M. 010-2287-5519

    -----Original Message-----
    From: 박서연 <seoyeon.park@daon-soft.example>
    Sent: Thursday, April 10, 2025 4:12 PM
    To: 윤성호 <sh.yoon@mirae-parts.example>
    Subject: 견적서 요청드립니다 (CNC 가공 부품 200EA)

    윤성호 팀장님 안녕하세요,
    지난번 미팅 때 말씀드린 브래킷 부품 200EA 견적 요청드립니다.
    도면은 첨부 파일 참고 부탁드리고, 가능하면 이번 주 내로 회신 주시면 감사하겠습니다.

    박서연 드림
    """)),
M(fn="정은비", fa="eunbi.jung@greenpack.example", corp=True,
  sub="[그린팩] 11월 2차 납품 일정 변경 요청드립니다", shape="alt",
  body=D("""
    안녕하세요, 그린팩 영업지원팀 정은비입니다.

    원자재(PE 필름) 입고가 지연되어 11월 2차 납품분 일정 조정을 요청드립니다.
    - 기존: 11월 18일(화) 오전
    - 변경: 11월 21일(금) 오전
    수량(완충 포장재 3,000롤)과 단가는 변동 없습니다.

    급하게 필요하신 수량이 있으면 말씀해 주세요. 재고분 500롤은 18일에 먼저 보내드릴 수 있습니다.
    불편을 드려 죄송합니다.

    정은비 드림
    (주)그린팩 | 경기도 화성시 향남읍 발안공단로 | 031-355-0000
    """)),
M(fn="김순자", fa="soonja58@naver.com", to=("", "yuna.choi@hanul-mail.example"),
  sub="김장 날짜", shape="plain", cte="8bit",
  body=D("""
    유나야
    이번 김장은 12월 6일 토요일에 하기로 했다. 이모네도 온다고 하니까 금요일 저녁에 내려올 수 있으면 내려와라.
    배추는 해남에서 40포기 주문했고 고춧가루는 작년에 방앗간에서 빻아둔 거 쓰면 될 것 같다.
    올 때 김치통 큰 거 두 개만 챙겨오고.

    아빠 혈압약은 지난주에 병원 가서 새로 받아왔으니까 걱정하지 말고.
    밥 잘 챙겨 먹어라.

    엄마가
    """)),
M(fn="오태경", fa="taekyung.oh@gmail.com", to=("", "minjun.lee@hanul-mail.example"),
  sub="[07학번 동기] 송년회 장소 확정!", shape="alt",
  body=D("""
    다들 잘 지내지?

    올해 송년회 장소 정했다.
    - 일시: 12월 20일(토) 저녁 7시
    - 장소: 강남역 11번 출구 '마포집' 2층 룸 (지도: https://map.naver.com/p/entry/place/1839201145)
    - 회비: 5만원 (당일 현장에서 걷을게. 못 오는 사람은 안 내도 됨)

    참석 여부 이번 주 금요일까지 단톡방에 남겨줘. 예약 인원 확정해야 해서.
    작년처럼 2차는 노래방 ㅋㅋ

    총무 태경
    """)),
M(fn="이경민(산사랑 총무)", fa="kmlee.sansarang@daum.net", to=("", "haneul.jung@hanul-mail.example"),
  sub="10월 설악산 정기산행 회비 정산 내역입니다", shape="mixed", atts=[("2025_10월_정기산행_정산.xlsx", "xlsx")],
  body=D("""
    산사랑 회원님들 안녕하세요. 총무 이경민입니다.

    지난 10월 설악산 정기산행(공룡능선 코스) 정산 내역 공유드립니다.

    수입: 회비 32명 x 45,000원 = 1,440,000원
    지출:
      버스 대절(왕복) 850,000원
      아침 김밥/생수 192,000원
      하산 뒤풀이(속초 회센터) 356,000원
      보험료 32,000원
    잔액: 10,000원 (회비 통장으로 이월)

    자세한 영수증은 첨부 엑셀 참고해 주세요.
    다음 정기산행은 11월 16일 북한산입니다. 모두 안전 산행!
    """)),
M(fn="장미경", fa="mk.jang@naver.com", to=("김혜진 선생님", "hyejin.kim@hanbit-es.example"),
  sub="3학년 2반 장서우 교외체험학습 신청서 제출합니다", shape="mixed",
  atts=[("교외체험학습_신청서_장서우.hwp", "hwp")],
  body=D("""
    김혜진 선생님 안녕하세요.
    3학년 2반 장서우 엄마입니다.

    다음 주 목요일, 금요일(10/23~24) 이틀 동안 가족 제주도 여행으로 교외체험학습 신청서 제출합니다.
    학교 양식에 맞춰 작성해서 한글 파일로 첨부드렸고, 다녀와서 보고서도 기한 내에 제출하겠습니다.

    항상 서우 잘 챙겨주셔서 감사합니다.
    장미경 드림
    """)),
M(fn="최다은", fa="daeun.choi@daon-soft.example", to=("", "all@daon-soft.example"), corp=True,
  to_display="다온소프트 전직원 <all@daon-soft.example>",
  sub="[주의] 택배 사칭 문자 링크 누르지 마세요", shape="plain",
  body=D("""
    전 직원 여러분, 총무팀 최다은입니다.

    최근 회사 대표번호와 직원 개인 번호로 아래와 같은 문자가 여러 건 접수되었습니다.
    링크를 누르거나 앱을 설치하지 마시고, 이미 누르신 분은 총무팀(내선 204)으로 바로 연락 주세요.

    ---- 받은 문자 (원문 그대로) ----
    [Web발신]
    [CJ대한통운] 고객님 택배가 주소불일치로 보관중입니다. 주소 수정 hxxps://cj-redelivery[.]example/k3
    -----------------------------------

    실제 택배사는 문자로 앱 설치나 결제를 요구하지 않습니다.
    의심 문자는 118(KISA 불법스팸대응센터)로 신고해 주시고, 휴대폰에 모르는 앱이 설치되었다면 비행기 모드로 바꾼 뒤 연락 주세요.

    총무팀 드림
    """)),
M(fn="서준영", fa="jy.seo@kakao.com", to=("", "minjun.lee@hanul-mail.example"),
  sub="야 비트코인 봤냐", shape="plain", cte="8bit",
  body=D("""
    민준아
    요즘 비트코인 다시 엄청 올랐다며. 너 작년에 사둔 거 아직 들고 있냐?

    나는 회사 동기가 무슨 코인 리딩방 들어오라고 해서 잠깐 혹했는데 알아보니까 다 사기더라.
    수익 인증 캡처 보여주면서 전용 거래소에 입금하라는 거 절대 하지 마라 ㅋㅋ 뉴스에도 나오더라.

    그냥 업비트에 적립식으로 조금씩 사는 게 맘 편한 듯.
    주말에 시간 되면 당구나 치자.
    """)),
M(fn="이수진", fa="soojin.lee@hanul-mail.example", to=("이민준", "minjun.lee@hanul-mail.example"),
  sub="주담대 갈아타기 상담 결과 정리", shape="plain",
  body=D("""
    여보, 오늘 점심시간에 은행 가서 상담 받고 왔어. 정리해서 보내.

    지금 대출: 잔액 2억 8천, 고정 4.3% (2027년 3월까지 고정)
    A은행 대환: 혼합형 3.72%, 중도상환수수료 1.2% 우리가 부담
    B은행 대환: 변동 3.58%, 첫 해 수수료 면제 이벤트

    대출 비교 앱에서 보니까 월 납입액이 12~15만원 정도 줄어들 것 같아.
    근데 변동은 금리 다시 오르면 불안하니까 혼합형이 낫지 않을까 싶어.
    DSR 때문에 신용대출 있는 거 먼저 정리하라고 하더라.

    주말에 같이 서류 보고 결정하자. 필요 서류는 소득금액증명원, 등본, 재직증명서래.
    """)),
M(fn="문지아", fa="jia.moon@daon-soft.example", corp=True,
  sub="다이어트 도시락 공동구매 하실 분~ (금요일 마감)", shape="alt",
  body=D("""
    안녕하세요 마케팅팀 문지아입니다 :)

    작년에 같이 했던 저칼로리 도시락 공동구매 이번에도 진행하려고 해요.
    - 1식 380kcal 내외, 단백질 25g 이상
    - 20팩 기준 1팩 4,900원 (정가 6,500원)
    - 냉동 배송, 회사 1층 택배실로 한 번에 받아요

    다이어트 중이신 분도, 그냥 점심 간단히 드시고 싶은 분도 환영합니다.
    신청은 사내 메신저로 수량만 알려주세요. 금요일 오후 6시 마감입니다!
    """)),
M(fn="최민호", fa="minho.choi@gmail.com", to=("", "yuna.choi@hanul-mail.example"),
  sub="아버지 병원 다녀왔어", shape="plain",
  body=D("""
    누나, 오늘 아버지 모시고 내과 다녀왔어.

    혈압은 약 바꾸고 나서 130/85 정도로 잘 잡히고 있대.
    대신 당화혈색소가 6.8이라 당뇨약(메트포르민) 한 알 추가됐어. 식후 30분에 먹으면 된대.
    콜레스테롤 약은 그대로 유지.

    3개월 뒤에 피검사 다시 하기로 했고, 예약은 2월 14일 오전 9시 30분이야.
    그날 내가 회사 빠지기 어려우니까 누나가 모시고 갈 수 있는지 알려줘.

    민호
    """)),
M(fn="송하린", fa="harin.song@naver.com", to=("사장님", "owner@bean-and-leaf.example"),
  sub="주말 아르바이트 지원합니다 (송하린)", shape="mixed", atts=[("이력서_송하린.pdf", "pdf")],
  body=D("""
    안녕하세요, 알바몬에서 주말 바리스타 아르바이트 공고 보고 지원합니다.
    한국외대 경영학과 3학년 송하린입니다.

    작년 여름부터 6개월간 프랜차이즈 카페에서 근무했고, 에스프레소 머신과 라떼아트 기본은 가능합니다.
    토·일 오전 8시~오후 4시 근무 희망하고, 시험 기간에도 주말은 빠지지 않겠습니다.

    이력서 첨부드립니다. 면접 가능한 시간 알려주시면 맞춰서 방문하겠습니다.
    감사합니다.

    송하린 드림 / 010-7712-3049
    """)),
M(fn="이지훈", fa="jihoon.lee@daon-soft.example", corp=True,
  sub="12월 전사 워크숍 장소 확정 - 하이원 리조트", shape="alt",
  body=D("""
    전 직원 여러분,

    12월 11~12일 전사 워크숍 장소가 정선 하이원 리조트(그랜드호텔 컨벤션타워)로 확정되었습니다.

    - 출발: 11일 오전 8시 본사 앞 버스 3대
    - 1일차: 2026 사업계획 공유, 팀별 세션, 저녁 만찬
    - 2일차: 자유 일정 (스키장 리프트권 회사 지원), 오후 2시 귀경

    참고로 리조트 안에 카지노가 있는데, 회사 행사 기간에는 출입을 자제해 주시고 법인카드 사용은 절대 불가합니다.
    객실 배정표는 다음 주에 공유드리겠습니다.

    경영지원팀 이지훈
    """)),
M(fn="다온소프트 인사팀", fa="hr@daon-soft.example", corp=True,
  sub="2025년 귀속 연말정산 서류 제출 안내 (1/23 마감)", shape="mixed", atts=[("2025_연말정산_안내문.hwp", "hwp")],
  body=D("""
    안녕하세요, 인사팀입니다.

    2025년 귀속 연말정산 일정 안내드립니다.

    1. 홈택스 간소화 자료 조회 가능일: 2026년 1월 15일부터
       https://www.hometax.go.kr 접속 → 연말정산 간소화 → 근로자 → PDF 일괄 내려받기
    2. 사내 시스템 제출 마감: 1월 23일(금) 18:00
    3. 추가 서류: 월세 세액공제(임대차계약서, 이체내역), 기부금 영수증, 안경 구입 영수증 등

    부양가족 공제 대상 변경이 있는 분은 가족관계증명서를 함께 제출해 주세요.
    자세한 내용은 첨부 안내문을 참고 바랍니다. 문의: 인사팀 내선 110
    """)),
M(fn="강도윤", fa="doyun.kang@daon-soft.example", corp=True,
  sub="[장애보고] 11/3 결제 API 타임아웃 (복구 완료)", shape="plain", cte="quoted-printable",
  body=D("""
    관련자 여러분께,

    11월 3일 발생한 결제 API 장애 보고드립니다.

    ■ 영향: 14:02 ~ 14:37 (35분), 카드 결제 요청 중 약 18% 타임아웃
    ■ 원인: PG사 연동 서버 커넥션 풀 고갈 (배포된 v2.14.0에서 keep-alive 설정 누락)
    ■ 조치: 14:31 v2.13.4로 롤백, 14:37 정상화 확인
    ■ 재발 방지:
      - connection pool 모니터링 알람 추가 (active > 80%)
      - 배포 체크리스트에 설정 diff 리뷰 항목 추가
      - 실패 건 412건은 오늘 중 고객센터 통해 개별 안내

    포스트모템 문서는 위키에 올려두었습니다. 목요일 오전 리뷰 미팅에서 논의하겠습니다.

    강도윤 / 결제플랫폼팀
    """)),
M(fn="박서연", fa="seoyeon.park@daon-soft.example", to=("한지훈", "jihoon.han@daon-soft.example"),
  sub="FW: 용역계약서 최종본 (법무 검토 완료)", shape="mixed", atts=[("용역계약서_최종본_v3.pdf", "pdf")],
  body=D("""
    지훈 팀장님,
    법무팀 검토 끝난 최종본 전달드립니다. 제12조 지체상금 조항만 수정됐고 나머지는 지난번 합의안과 동일합니다.
    서명본은 금요일까지 상대 측에 보내기로 했습니다.

    ---------- Forwarded message ---------
    보낸사람: 김태희 <taehee.kim@daon-soft.example>
    Date: 2025년 6월 12일 (목) 오후 2:31
    Subject: 용역계약서 최종본
    To: 박서연 <seoyeon.park@daon-soft.example>

    박서연 과장님,
    요청하신 용역계약서 검토 완료했습니다.
    지체상금률은 1일 0.1%, 상한 10%로 조정했고, 지식재산권 귀속 조항은 원안 유지입니다.
    최종본 PDF 첨부합니다.

    김태희 드림 / 법무팀
    """)),
M(fn="황영수", fa="ys.hwang@daum.net", to=("정하늘", "haneul.jung@hanul-mail.example"),
  sub="보증금 반환 일정 관련해서 연락드립니다", shape="plain",
  body=D("""
    정하늘 님 안녕하세요. 302호 집주인 황영수입니다.

    계약 만료일이 1월 31일이라 미리 일정 말씀드립니다.
    새 세입자분이 2월 1일 입주 예정이라 31일 오전에 이사 나가주시면 됩니다.

    보증금 1억 2천만원은 31일 짐 다 빼시고 관리비, 공과금 정산 확인 후 당일 오후에 말씀하신 계좌로 이체해 드리겠습니다.
    가스는 도시가스에 전출 정산 신청해 주시고, 인터넷 해지는 따로 해주셔야 합니다.

    궁금한 점 있으시면 010-5521-8830으로 연락 주세요.
    """)),
M(fn="김영태", fa="ytkim@hankuk-univ.example", to=("", "minjun.lee@hanul-mail.example"),
  sub="학위논문 초안 코멘트 보냅니다", shape="mixed", atts=[("초안_코멘트_김영태.hwp", "hwp")],
  body=D("""
    민준 군,

    보내준 학위논문 초안 읽어보았네. 전반적으로 구성은 좋은데 몇 가지 보완이 필요하네.

    1. 2장 선행연구에서 2020년 이후 연구가 너무 적네. 최소 5편 이상 추가하게.
    2. 4장 실험 결과 표 4-3, 4-5의 단위 표기가 통일되지 않았네.
    3. 결론에 연구의 한계를 별도 절로 정리하게.

    세부 코멘트는 첨부 파일에 메모로 달아두었으니 확인하고, 다음 주 수요일 면담 때 수정본 가져오게.

    김영태
    """)),
M(fn="박주원", fa="juwon.park@naver.com", to=("", "jiwoo.kim@hanul-mail.example"), cs="utf-8",
  sub="저희 결혼합니다 💍", shape="alt",
  body=D("""
    안녕하세요, 박주원입니다.

    오랫동안 만나온 혜민이와 드디어 결혼하게 되었어요.
    바쁘시겠지만 오셔서 축복해 주시면 큰 힘이 될 것 같습니다 😊

    일시: 2026년 4월 18일(토) 오후 12시 30분
    장소: 더채플앳청담 3층 (서울 강남구 선릉로)
    모바일 청첩장: https://m.wedding-card.example/juwon-hyemin

    멀리서 마음 전해주실 분들을 위해 계좌 남겨둡니다.
    신랑 박주원 국민 123456-04-789012

    고맙습니다!
    """)),
M(fn="경영지원팀", fa="support@daon-soft.example", corp=True,
  sub="[부고] 영업2팀 오세훈 과장 부친상", shape="plain",
  body=D("""
    영업2팀 오세훈 과장의 부친께서 별세하셨기에 삼가 알려드립니다.

    고인: 오정식 님
    빈소: 서울아산병원 장례식장 12호실 (서울 송파구 올림픽로43길 88)
    발인: 2025년 9월 4일(목) 오전 7시
    장지: 경기도 용인 평온의숲

    회사 조화는 경영지원팀에서 준비하였습니다.
    조문이 어려우신 분은 사내 경조사 게시판을 참고해 주시기 바랍니다.

    삼가 고인의 명복을 빕니다.
    """)),
M(fn="노정희", fa="jhnoh@hanmail.net", to=("", "sunny0412@hanul-mail.example"),
  sub="이번주 금요 구역예배 장소 변경 안내", shape="plain", cte="8bit",
  body=D("""
    3구역 식구들께

    샬롬! 이번 주 금요일 구역예배는 김 집사님 댁 사정으로 제 집에서 드리기로 했어요.
    시간은 똑같이 저녁 7시 30분이고, 주소는 상록마을 4단지 408동 1102호입니다.

    말씀은 빌립보서 4장 함께 나누고, 간단히 다과 준비할게요.
    기도제목 있으시면 목요일까지 단톡방에 올려주세요.

    노정희 권사 드림
    """)),
M(fn="Seo Yuri", fa="yuri.seo@gmail.com", to=("", "jiwoo.kim@hanul-mail.example"),
  sub="제주 여행 일정표 초안", shape="mixed", atts=[("제주_2박3일_일정표.xlsx", "xlsx")],
  body=D("""
    지우야, 제주 일정표 초안 만들어봤어!

    1일차: 김포 07:10 출발 → 렌트카 픽업 → 애월 카페 → 협재 해변
    2일차: 성산일출봉 일출(5:50 기상 ㅠ) → 우도 → 흑돼지
    3일차: 오설록 → 공항 근처 기념품 → 17:40 귀경

    숙소는 애월 1박 + 성산 1박으로 잡았고 1인당 대략 38만원 정도 나올 것 같아.
    수정할 거 있으면 엑셀에 바로 적어줘~
    """)),
M(fn="김나래", fa="narae.translate@gmail.com", to=("이민준", "minjun.lee@daon-soft.example"),
  sub="10월 번역료 청구서 송부드립니다", shape="mixed", atts=[("청구서_2025-10_김나래.pdf", "pdf")],
  body=D("""
    이민준 매니저님 안녕하세요,
    프리랜서 번역가 김나래입니다.

    10월 작업분(앱 UI 문자열 및 도움말 영→한, 총 18,400단어) 청구서 첨부드립니다.

    - 단가: 단어당 90원
    - 금액: 1,656,000원
    - 사업소득 원천징수 3.3% 공제 후 실지급액: 1,601,352원
    - 입금 계좌: 기존에 등록해 드린 계좌와 동일합니다.

    지급일은 말일 기준으로 알고 있는데 변동 있으면 알려주세요.
    감사합니다.
    """)),
M(fn="배준호", fa="junho.bae@sprout-vc.example", to=("한지훈", "jihoon.han@daon-soft.example"),
  sub="시리즈A 투자 검토 관련 추가 자료 요청", shape="alt",
  body=D("""
    한지훈 이사님,

    지난주 IR 미팅 감사했습니다. 내부 투자심의위원회 전에 아래 자료를 추가로 부탁드립니다.

    1) 최근 24개월 월별 매출 및 MRR 추이
    2) 주요 고객사 상위 10곳 매출 비중
    3) 현재 주주명부(지분율 포함)와 스톡옵션 부여 현황
    4) 2025년 감사보고서 또는 가결산 재무제표

    희망 밸류에이션과 투자 규모(30억 원) 관련해서는 자료 검토 후 다시 협의드리겠습니다.
    데이터룸 링크로 공유해 주셔도 됩니다.

    배준호 드림
    스프라우트벤처스 심사역
    """)),
M(fn="김태윤", fa="taeyoon.k@naver.com", to=("", "minjun.lee@hanul-mail.example"),
  sub="토요일 보드게임 모임 ㄱㄱ", shape="plain", cte="8bit",
  body=D("""
    이번 주 토요일 2시 홍대 보드게임 카페 예약했다.

    지난번에 못 한 홀덤 토너먼트 이번에 해보자.
    돈 거는 거 아니고 칩으로만 하고, 꼴등이 피자 쏘기 ㅋㅋ
    카드랑 칩 세트는 내가 챙겨감.

    끝나고 저녁은 근처 닭갈비 어때?
    """)),
M(fn="이정민 세무사", fa="jm.lee@hangyeol-tax.example", to=("", "sunny0412@hanul-mail.example"),
  sub="2025년 2기 부가가치세 확정신고 자료 요청드립니다", shape="mixed",
  atts=[("부가세_자료요청_양식.xlsx", "xlsx")],
  body=D("""
    대표님 안녕하세요, 한결세무회계 이정민 세무사입니다.

    2025년 2기 부가가치세 확정신고(신고기한 2026년 1월 26일) 준비를 위해 아래 자료를 1월 15일까지 보내주시기 바랍니다.

    - 7~12월 매출·매입 세금계산서 외 증빙 (카드매출은 저희가 홈택스로 조회합니다)
    - 현금영수증 미발행 현금매출 내역
    - 사업용 카드 외 개인카드로 결제한 사업 경비 내역
    - 차량 구입 또는 리스 계약서 (해당 시)

    첨부 양식에 정리해 주시면 검토가 빠릅니다.
    예상 납부세액은 자료 확인 후 별도로 안내드리겠습니다.
    """)),
M(fn="최유진", fa="yujin.choi@kakao.com", to=("", "yuna.choi@hanul-mail.example"),
  sub="엄마 칠순 준비 얘기", shape="plain",
  body=D("""
    유나야 언니야.

    엄마 칠순 3월 둘째 주 토요일로 하기로 했잖아. 정리해보면
    - 한정식집 '수라' 룸 예약 (18명, 1인 65,000원)
    - 현금 선물은 우리 셋이 각자 50만원씩 모아서 150만원
    - 사진 앨범이랑 꽃다발은 민호가 맡기로 함

    돈은 2월 말까지 내 카카오뱅크로 보내줘. 계좌는 가족 단톡방에 올려뒀어.
    엄마한테는 아직 비밀이다!
    """)),
M(fn="문지아", fa="jia.moon@daon-soft.example", corp=True, cs="ks_c_5601-1987", cte="base64",
  sub="금요일 팀 회식 장소 투표해주세요", shape="alt",
  body=D("""
    안녕하세요, 문지아입니다.

    이번 주 금요일 팀 회식 장소 후보 세 곳 정리했어요. 목요일 점심까지 답장으로 번호만 보내주세요!

    1) 태국음식 '쌉쌉타이' - 똠양꿍이랑 뿌팟퐁커리 맛집 (1인 3.5만원)
    2) 을지로 노포 삼겹살 - 웨이팅 있음, 6시 전 입장 필요
    3) 합정 오마카세 - 1인 7만원이라 회식비 초과분은 팀장님 찬조 예정 ㅎㅎ

    다수결로 정하고 바로 예약하겠습니다.
    """)),
M(fn="유하은", fa="haeun.yoo@peoplebridge.example", to=("", "minjun.lee@hanul-mail.example"),
  sub="[포지션 제안] 핀테크 스타트업 백엔드 리드", shape="alt",
  body=D("""
    이민준 님 안녕하세요,
    피플브릿지 헤드헌팅 유하은 컨설턴트입니다.

    링크드인 프로필을 보고 적합하실 것 같아 연락드립니다.

    - 회사: 시리즈B 투자 유치한 간편결제 핀테크 (직원 120명, 판교)
    - 포지션: 백엔드 리드 (Kotlin/Spring, 팀원 6명)
    - 연봉: 경력에 따라 협의 (상단 1억 2천 수준) + 스톡옵션

    관심 있으시면 편하신 시간에 15분 정도 통화 가능할까요?
    회사명과 상세 JD는 통화 후 공유드리겠습니다.

    유하은 드림 / 010-3345-2091
    """)),
]

HAM_TRANSACTIONAL = [
M(fn="KB국민은행", fa="noreply@kbstar.com", brand="KB국민은행", theme="brand", shape="alt",
  sub="[KB국민은행] 인터넷뱅킹 로그인 알림",
  body=D("""
    고객님, KB국민은행 인터넷뱅킹 로그인 내역을 알려드립니다.

    로그인 일시: 2025.07.14 21:03:11
    접속 환경: PC / Windows / Chrome
    접속 지역: 대한민국 (IP 211.***.**.14)

    본인이 로그인하지 않으셨다면 즉시 비밀번호를 변경하시고 고객센터(1588-9999)로 연락 주시기 바랍니다.
    KB국민은행은 이메일로 보안카드 번호, OTP 번호 입력을 절대 요구하지 않습니다.

    https://www.kbstar.com
    본 메일은 발신전용입니다.
    """)),
M(fn="신한카드", fa="webmaster@shinhancard.com", brand="신한카드", shape="mixed", inner="html",
  atts=[("신한카드_이용대금명세서_2025년11월.html", "html", ("신한카드 보안메일", "https://www.shinhancard.com/secure/viewer"))],
  sub="[신한카드] 김*우 고객님의 2025년 11월 이용대금명세서입니다",
  body=D("""
    김*우 고객님, 2025년 11월 이용대금명세서를 보내드립니다.

    결제일: 2025년 11월 25일
    결제하실 금액: 1,284,530원
    결제계좌: 신한은행 ***-***-123456

    첨부된 보안메일은 생년월일 6자리를 입력하시면 확인하실 수 있습니다.
    결제일 전일까지 결제계좌에 잔액이 부족하면 연체이자가 부과될 수 있으니 확인 부탁드립니다.

    [[신한카드 홈페이지 바로가기|https://www.shinhancard.com]]
    고객센터 1544-7000
    """)),
M(fn="우리은행", fa="woori@wooribank.com", brand="우리은행", shape="html",
  sub="[우리은행] 정기예금 만기 도래 안내",
  body=D("""
    고객님께서 가입하신 예금의 만기가 다가와 안내드립니다.

    상품명: WON플러스예금
    계좌번호: 1002-***-***781
    만기일: 2025년 12월 3일
    만기 시 처리: 자동 해지 후 입출금계좌로 입금

    재예치를 원하시면 우리WON뱅킹 앱 또는 영업점에서 신청하실 수 있습니다.
    [[우리은행 바로가기|https://www.wooribank.com]]
    """)),
M(fn="하나은행", fa="hanabank@hanabank.com", brand="하나은행", theme="green", shape="alt",
  sub="[하나은행] 해외 ATM 출금 한도 변경 완료 안내",
  body=D("""
    고객님의 요청으로 해외 ATM 출금 한도가 변경되었습니다.

    변경 일시: 2025-08-02 10:41
    변경 전: 1일 USD 1,000 / 변경 후: 1일 USD 3,000
    적용 카드: 하나 VIVA X 체크카드(****-4471)

    본인이 변경하지 않으셨다면 하나은행 고객센터 1599-1111로 즉시 연락 주십시오.
    https://www.kebhana.com
    """)),
M(fn="NH농협은행", fa="nhbank@nonghyup.com", brand="NH농협은행", theme="green", shape="html",
  sub="[NH농협은행] 대출 이자 납입일 안내",
  body=D("""
    고객님의 대출 이자 납입일을 안내드립니다.

    대출과목: 주택담보대출
    납입일: 2025년 10월 21일
    납입 예정 금액: 912,400원 (원금 480,000원 + 이자 432,400원)
    출금계좌: 352-****-****-13

    납입일에 잔액이 부족하면 미납 처리되며 연체이자가 부과되고 신용평점에 영향을 줄 수 있습니다.
    NH올원뱅크 앱 또는 https://banking.nonghyup.com 에서 확인하실 수 있습니다.
    """)),
M(fn="IBK기업은행", fa="ibk@ibk.co.kr", brand="IBK기업은행", shape="alt",
  sub="[IBK기업은행] 공동인증서 만료 예정 안내 (30일 전)",
  body=D("""
    고객님의 공동인증서(구 공인인증서) 유효기간이 30일 후 만료됩니다.

    인증서 종류: 은행·신용카드·보험용
    만료일: 2026년 2월 17일

    만료 전 갱신하시면 기존 인증서를 계속 사용하실 수 있습니다.
    갱신은 i-ONE Bank 앱 또는 https://www.ibk.co.kr 인증센터에서 가능합니다.
    """)),
M(fn="토스", fa="no-reply@toss.im", brand="toss", shape="html", cs="utf-8",
  sub="김지우님, 50,000원을 보냈어요",
  body=D("""
    송금이 완료됐어요.

    받는 분: 박서연 (카카오뱅크 ****2211)
    보낸 금액: 50,000원
    보낸 일시: 2025년 5월 9일 19:22
    수수료: 0원

    토스 앱 > 전체 > 송금 내역에서 확인할 수 있어요.
    https://toss.im
    """)),
M(fn="쿠팡", fa="noreply@coupang.com", brand="coupang", theme="red", shape="alt",
  sub="주문하신 상품이 출발했습니다",
  body=D("""
    고객님, 주문하신 상품이 배송을 시작했습니다.

    주문번호: 31000129847713
    상품: 비비고 왕교자 1.05kg x 2 외 3건
    도착 예정: 내일(목) 새벽 7시 전 로켓배송

    배송 현황은 쿠팡 앱 또는 https://www.coupang.com/np/orders 에서 확인하세요.
    """)),
M(fn="11번가", fa="no_reply@11st.co.kr", brand="11번가", theme="red", shape="html",
  sub="[11번가] 결제가 완료되었습니다",
  body=D("""
    고객님, 11번가를 이용해 주셔서 감사합니다.

    주문번호 20250613-0472281
    상품명: 삼성 갤럭시 버즈3 프로 (실버)
    결제금액: 219,000원 (11pay 신한카드 3개월 무이자)

    주문 상세는 https://www.11st.co.kr 나의11번가에서 확인하실 수 있습니다.
    """)),
M(fn="G마켓", fa="gmarket@gmarket.co.kr", brand="Gmarket", shape="alt",
  sub="[G마켓] 구매확정 부탁드립니다",
  body=D("""
    배송 완료된 상품의 구매확정을 부탁드립니다.

    상품명: 오뚜기 진라면 매운맛 40봉
    배송완료일: 2025년 3월 4일
    구매확정 시 스마일캐시 350원 적립

    7일 이내 확정하지 않으면 자동 구매확정됩니다.
    https://www.gmarket.co.kr
    """)),
M(fn="배달의민족", fa="noreply@baemin.com", brand="배달의민족", theme="green", shape="html",
  sub="[배달의민족] 주문 영수증",
  body=D("""
    맛있게 드세요!

    가게: 교촌치킨 역삼점
    주문 내역: 허니콤보 1, 레드윙 1, 콜라 1.25L
    결제 금액: 47,000원 (배민페이 / 할인쿠폰 -3,000원)
    주문 일시: 2025-09-19 20:11

    리뷰를 남겨주시면 다른 분들께 큰 도움이 돼요.
    """)),
M(fn="대한항공", fa="ticket@koreanair.com", brand="KOREAN AIR", shape="mixed", inner="alt",
  atts=[("E-TICKET_1802948817264.pdf", "pdf")],
  sub="[대한항공] 전자항공권 확인증 (예약번호 K7Q2ZR)",
  body=D("""
    예약해 주셔서 감사합니다. 전자항공권 확인증을 첨부해 드립니다.

    예약번호: K7Q2ZR
    KE0705 인천(ICN) → 도쿄/나리타(NRT) 2026년 1월 9일 09:05
    KE0706 도쿄/나리타(NRT) → 인천(ICN) 2026년 1월 12일 13:20
    승객: KIM/JIWOO MS

    온라인 체크인은 출발 48시간 전부터 https://www.koreanair.com 에서 가능합니다.
    """)),
M(fn="아시아나항공", fa="asiana@flyasiana.com", brand="ASIANA AIRLINES", shape="alt",
  sub="[아시아나항공] 온라인 체크인 안내",
  body=D("""
    곧 출발하는 항공편의 온라인 체크인이 열렸습니다.

    OZ0201 인천 → 로스앤젤레스  2025년 6월 2일 14:40 출발
    좌석 지정 및 탑승권 발급: https://flyasiana.com

    위탁수하물은 출발 1시간 전까지 수속을 마쳐 주시기 바랍니다.
    """)),
M(fn="CJ대한통운", fa="noreply@cjlogistics.com", brand="CJ대한통운", shape="html",
  sub="[CJ대한통운] 배송 예정 안내",
  body=D("""
    고객님의 상품이 오늘 배송될 예정입니다.

    운송장번호: 6891-2288-3107
    보내는 분: 무신사
    배송 예정: 오늘 14~18시
    담당 기사: 김** (010-****-4412)

    배송 조회: https://www.cjlogistics.com/ko/tool/parcel/tracking
    """)),
M(fn="우체국택배", fa="epost@epost.go.kr", brand="인터넷우체국", shape="plain",
  sub="[우체국택배] 배달 완료 안내",
  body=D("""
    고객님께 발송된 우편물이 배달 완료되었습니다.

    등기번호: 6071283904215
    발송인: 한국외국어대학교
    배달일시: 2025.02.27 11:32
    수령인: 본인 (문 앞)

    배달 조회는 인터넷우체국(https://www.epost.go.kr)에서 하실 수 있습니다.
    """)),
M(fn="한국전력공사", fa="cyber@kepco.co.kr", brand="한국전력공사", shape="alt",
  sub="[한전] 2025년 8월분 전기요금 청구서",
  body=D("""
    고객님의 2025년 8월분 전기요금을 안내드립니다.

    고객번호: 01-2345-6789-01
    사용기간: 07.12 ~ 08.11 (사용량 512kWh)
    청구금액: 128,740원 (누진 3단계 적용)
    납기일: 2025년 8월 25일

    납기일이 지나면 미납 요금에 가산금(1.5%)이 부과됩니다. 자동이체 고객은 납기일에 출금됩니다.
    한전ON(https://online.kepco.co.kr)에서 상세 내역을 확인하세요.
    """)),
M(fn="국세청 홈택스", fa="hometax@hometax.go.kr", brand="국세청 홈택스", shape="html",
  sub="[국세청] 2024년 귀속 종합소득세 신고 안내",
  body=D("""
    납세자님, 2024년 귀속 종합소득세 확정신고 기간을 안내드립니다.

    신고·납부 기한: 2025년 6월 2일(월)까지
    신고 방법: 홈택스(https://www.hometax.go.kr) 또는 손택스 앱

    모두채움 신고 대상자는 안내된 세액을 확인 후 제출만 하시면 됩니다.
    국세청은 문자나 메일로 환급금 입금을 위한 개인정보나 인터넷 주소(URL) 접속을 요구하지 않습니다.

    국세청 https://www.nts.go.kr / 국세상담센터 126
    """)),
M(fn="정부24", fa="noreply@gov.kr", brand="정부24", shape="alt",
  sub="[정부24] 신청하신 민원이 처리되었습니다",
  body=D("""
    신청하신 민원의 처리가 완료되었습니다.

    민원명: 주민등록표 등본 교부
    접수번호: 2025-0418-0022731
    처리일시: 2025-04-18 15:02

    정부24(https://www.gov.kr) 나의 민원 > 신청내역에서 출력하실 수 있습니다.
    """)),
M(fn="국민건강보험공단", fa="nhis@nhis.or.kr", brand="국민건강보험", shape="html",
  sub="[국민건강보험] 2025년 건강검진 대상자 안내",
  body=D("""
    귀하는 2025년 일반건강검진 대상자입니다.

    검진 기간: 2025년 1월 1일 ~ 12월 31일
    검진 항목: 일반검진, 위암검진(만 40세 이상)
    비용: 무료 (공단 부담)

    검진기관 찾기와 결과 조회는 https://www.nhis.or.kr 또는 The건강보험 앱에서 가능합니다.
    """)),
M(fn="국민연금공단", fa="nps@nps.or.kr", brand="국민연금공단", shape="alt",
  sub="[국민연금] 가입내역 및 예상연금액 안내",
  body=D("""
    가입자님의 국민연금 가입내역을 안내해 드립니다.

    가입기간: 142개월
    납부 총액: 38,412,600원
    예상 연금 수령액(월): 약 1,021,000원 (현재가치 기준)
    수령 개시 연령: 만 65세

    자세한 내용은 https://www.nps.or.kr 내 곁에 국민연금에서 확인하실 수 있습니다.
    """)),
M(fn="네이버", fa="account_noreply@navercorp.com", brand="NAVER", theme="green", shape="html", dkim="navercorp.com",
  sub="[네이버] 새로운 환경에서 로그인되었습니다",
  body=D("""
    jiwo****님의 네이버 아이디가 새로운 환경에서 로그인되었습니다.

    일시: 2025.10.02 08:14
    기기: iPhone / 네이버 앱
    지역: 대한민국

    본인이 맞다면 이 메일은 무시하셔도 됩니다.
    본인이 아니라면 네이버 고객센터에서 비밀번호를 변경해 주세요: https://nid.naver.com/user2/help/myInfo
    """)),
M(fn="카카오", fa="noreply@kakaocorp.com", brand="kakao", theme="yellow", shape="alt",
  sub="[카카오] 카카오계정 이메일 인증번호",
  body=D("""
    카카오계정 이메일 인증번호를 알려드립니다.

    인증번호: 482913

    인증번호는 10분간 유효합니다. 본인이 요청하지 않았다면 이 메일을 무시해 주세요.
    카카오는 절대 인증번호를 먼저 물어보지 않습니다.

    https://accounts.kakao.com
    """)),
M(fn="Daum", fa="noreply@daum.net", brand="Daum", shape="html",
  sub="[Daum] 장기 미사용 계정 휴면 전환 예정 안내",
  body=D("""
    회원님의 Daum 계정이 1년간 로그인 기록이 없어 30일 후 휴면 상태로 전환될 예정입니다.

    휴면 전환 예정일: 2025년 11월 30일
    휴면 전환 시 개인정보는 분리 보관되며, 메일 수신이 제한됩니다.

    계속 이용을 원하시면 기한 내 https://www.daum.net 에서 로그인해 주세요.
    이 메일은 개인정보보호법에 따라 발송되는 안내 메일입니다.
    """)),
M(fn="SK텔레콤", fa="bill@sktelecom.com", brand="SK telecom", theme="red", shape="mixed", inner="html",
  atts=[("2025년10월_요금청구서.pdf", "pdf")],
  sub="[SK텔레콤] 2025년 10월 이용요금 청구서",
  body=D("""
    고객님의 10월 이용요금을 안내드립니다.

    휴대폰번호: 010-****-3721
    청구금액: 89,320원 (5GX 프라임 + 단말 할부금)
    납부기한: 2025년 11월 21일 (자동이체)

    상세 내역은 첨부 파일 또는 T world(https://www.tworld.co.kr)에서 확인하실 수 있습니다.
    """)),
M(fn="KT", fa="kt_mail@kt.com", brand="KT", shape="alt",
  sub="[KT] 인터넷 약정 만료 예정 안내",
  body=D("""
    고객님의 KT 인터넷 약정이 곧 만료됩니다.

    상품: 인터넷 베이직(500M) + 지니TV
    약정 만료일: 2025년 12월 31일

    만료 후에는 약정 할인이 종료되어 월 요금이 인상될 수 있습니다. 재약정 혜택은 https://www.kt.com 또는 100번으로 문의하세요.
    """)),
M(fn="LG U+", fa="no-reply@lguplus.co.kr", brand="LG U+", theme="red", shape="plain",
  sub="[LG U+] 휴대폰 소액결제 이용 안내",
  body=D("""
    고객님의 휴대폰 소액결제 이용 내역을 알려드립니다.

    결제일시: 2025-07-30 22:48
    가맹점: 구글플레이
    결제금액: 14,900원

    본인이 결제하지 않으셨다면 U+ 고객센터(114)로 연락 주시기 바랍니다.
    소액결제 차단은 https://www.lguplus.com 에서 설정하실 수 있습니다.
    """)),
M(fn="삼성증권", fa="mpop@samsungpop.com", brand="삼성증권", shape="html",
  sub="[삼성증권] 주식 매수 체결 안내",
  body=D("""
    고객님의 주문이 체결되었습니다.

    계좌: 7000****-01
    종목: 삼성전자(005930)
    구분: 매수 / 체결수량 20주 / 체결단가 71,300원
    체결금액: 1,426,000원
    체결시각: 2025-03-18 09:02:44

    mPOP 앱 또는 https://www.samsungpop.com 에서 확인하세요.
    """)),
M(fn="삼성화재", fa="direct@samsungfire.com", brand="삼성화재", shape="alt",
  sub="[삼성화재] 자동차보험 만기 30일 전 안내",
  body=D("""
    고객님의 자동차보험 만기가 30일 남았습니다.

    차량번호: 12가****
    만기일: 2026년 3월 2일
    갱신 예상 보험료: 842,300원 (마일리지 특약 환급 별도)

    다이렉트 갱신: https://direct.samsungfire.com
    """)),
M(fn="서울대학교병원", fa="reservation@snuh.org", brand="서울대학교병원", shape="plain",
  sub="[서울대학교병원] 진료 예약 안내",
  body=D("""
    최*호 님의 진료 예약 내역을 안내드립니다.

    진료과: 내분비내과
    진료일시: 2026년 2월 14일(토) 09:30
    장소: 본관 1층 내분비내과 외래

    채혈 검사가 예정되어 있으니 전날 밤 10시 이후 금식해 주세요.
    예약 변경: 1588-5700 / https://www.snuh.org
    """)),
M(fn="연세대학교", fa="finance@yonsei.ac.kr", brand="연세대학교", shape="alt",
  sub="[연세대학교] 2026학년도 1학기 등록금 납부 안내",
  body=D("""
    2026학년도 1학기 등록금 납부 기간을 안내합니다.

    납부 기간: 2026년 2월 20일 ~ 2월 26일 16:00
    고지서 출력: 포털(https://portal.yonsei.ac.kr) > 학사 > 등록
    납부 방법: 가상계좌 이체, 신용카드 분할납부

    기한 내 미납 시 등록 포기로 간주될 수 있으니 유의하시기 바랍니다.
    재무회계팀 02-2123-2114
    """)),
]

HAM_NEWS = [
M(fn="테크위클리", fa="letter@techweekly.example", brand="TECH WEEKLY", theme="news", shape="alt",
  unsub="https://techweekly.example/unsubscribe?u=8f31c", precedence="bulk",
  sub="[테크위클리 #212] 온디바이스 AI, 올해는 진짜일까",
  body=D("""
    이번 주 테크위클리입니다.

    1. 스마트폰 제조사들이 잇달아 온디바이스 AI 기능을 발표했습니다. 배터리와 발열 문제는 여전한 숙제입니다.
    2. 국내 클라우드 시장: 공공 부문 CSAP 인증 변화가 중소 SaaS 기업에 미치는 영향
    3. 이번 주의 오픈소스: 한국어 형태소 분석기 신규 릴리스 정리

    전문 읽기: https://techweekly.example/issues/212

    구독 해지는 하단 링크에서 언제든 가능합니다.
    [[수신거부|https://techweekly.example/unsubscribe?u=8f31c]]
    """)),
M(fn="뉴닉 NEWNEEK", fa="whatsup@newneek.co", brand="NEWNEEK", theme="news", shape="html", cs="utf-8",
  unsub="https://newneek.co/unsubscribe", precedence="bulk",
  sub="🦔 고슴이가 정리한 이번 주 경제 뉴스",
  body=D("""
    안녕하세요, 뉴니커! 🦔

    📌 기준금리 동결, 왜?
    한국은행이 기준금리를 동결했어요. 가계대출 증가세와 환율이 발목을 잡았다는 분석이에요.

    📌 최저임금 결정, 내 월급은?
    내년 최저임금이 결정됐어요. 월 환산액과 업종별 반응을 정리했어요.

    더 읽어보기 https://newneek.co
    [[구독 해지|https://newneek.co/unsubscribe]]
    """)),
M(fn="한빛대학교 총동문회", fa="office@hanbit-alumni.example", brand="한빛대학교 총동문회", shape="alt",
  unsub="https://hanbit-alumni.example/mail/optout", precedence="bulk",
  sub="2025 한빛인의 밤 및 정기총회 안내",
  body=D("""
    동문 여러분 안녕하십니까.

    2025 한빛인의 밤 및 정기총회를 아래와 같이 개최합니다.

    일시: 2025년 12월 5일(금) 18:30
    장소: 서울 중구 소공로 웨스틴조선 그랜드볼룸
    회비: 10만원 (졸업 10년 이내 5만원)

    참가 신청: https://hanbit-alumni.example/night2025
    장학기금 모금에도 많은 관심 부탁드립니다.

    총동문회 사무국 02-555-0101
    """)),
M(fn="새소망교회", fa="news@newhope-church.example", brand="새소망교회 주보", shape="related", imgs=1,
  unsub="https://newhope-church.example/unsub", listid="<jubo.newhope-church.example>",
  sub="[새소망교회] 11월 넷째 주 주보 및 교회 소식",
  body=D("""
    주일 예배 안내
    1부 오전 9시 / 2부 오전 11시 / 청년부 오후 2시

    교회 소식
    - 추수감사절 연합예배가 다음 주일 2부에 드려집니다.
    - 김장 나눔 봉사(12/6) 신청을 받습니다. 안내데스크에 신청해 주세요.
    - 새가족 환영회: 11월 30일 예배 후 2층 친교실

    온라인 헌금 및 예배 영상: https://newhope-church.example
    """)),
M(fn="달리자 러닝크루", fa="runcrew@dallija.example", shape="plain", listid="<members.dallija.example>",
  sub="[달리자] 춘천마라톤 단체 접수 마감 D-3",
  body=D("""
    크루원 여러분!

    10월 춘천마라톤 단체 접수가 3일 남았습니다.
    - 풀코스 / 10km 선택
    - 참가비 5만원 + 크루 단체복 2만원
    - 버스: 잠실 종합운동장 새벽 5시 출발

    접수는 크루 밴드 공지 댓글로 해주세요.
    이번 주 목요일 한강 야간런은 반포 세빛섬 앞 8시 집합!
    """)),
M(fn="클라우드시큐리티포럼", fa="events@cloudsec-forum.example", brand="Cloud Security Forum", shape="mixed", inner="alt",
  unsub="https://cloudsec-forum.example/unsubscribe", precedence="bulk",
  atts=[("webinar.ics", "ics", "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//cloudsec-forum//webinar//KO\nBEGIN:VEVENT\nUID:cs-2025-0917@cloudsec-forum.example\nDTSTART:20250917T050000Z\nDTEND:20250917T063000Z\nSUMMARY:제로트러스트 실전 적용 웨비나\nEND:VEVENT\nEND:VCALENDAR\n")],
  sub="[웨비나 초대] 제로트러스트, 중견기업 실전 적용 사례 (9/17 14시)",
  body=D("""
    안녕하세요, 클라우드시큐리티포럼입니다.

    9월 웨비나에 초대합니다.
    주제: 제로트러스트, 중견기업 실전 적용 사례
    일시: 2025년 9월 17일(수) 14:00~15:30 (온라인)
    연사: 국내 제조·금융사 보안 담당자 3인

    사전 등록: https://cloudsec-forum.example/webinar/0917
    캘린더 파일을 첨부했습니다.
    """)),
M(fn="원티드", fa="noreply@wanted.co.kr", brand="wanted", shape="html",
  unsub="https://www.wanted.co.kr/settings/notification", precedence="bulk",
  sub="민준님께 맞는 백엔드 포지션 5개를 찾았어요",
  body=D("""
    이번 주 추천 포지션

    - 토스증권 | Server Developer (Kotlin)
    - 당근 | 백엔드 엔지니어 (지역 서비스)
    - 리디 | 플랫폼 엔지니어
    - 무신사 | 결제 백엔드
    - 직방 | 데이터 엔지니어

    지원하기 https://www.wanted.co.kr
    알림 설정 변경 https://www.wanted.co.kr/settings/notification
    """)),
M(fn="사람인", fa="help@saramin.co.kr", brand="사람인", shape="alt",
  unsub="https://www.saramin.co.kr/zf_user/mypage/mail-setting",
  sub="[사람인] 입사지원하신 기업이 이력서를 열람했습니다",
  body=D("""
    지원하신 공고의 담당자가 이력서를 열람했습니다.

    기업명: (주)에이치엘모빌리티
    공고: 2025 하반기 경력직 SW 엔지니어 채용
    열람일: 2025.10.14

    지원 현황 확인: https://www.saramin.co.kr
    """)),
M(fn="잡코리아", fa="jobkorea@jobkorea.co.kr", brand="JOBKOREA", shape="html",
  unsub="https://www.jobkorea.co.kr/User/Mng/MailSetting", precedence="bulk",
  sub="(광고) 이번 주 마감 임박 공채 TOP 10",
  body=D("""
    이번 주 마감되는 대기업·공기업 공채를 모았습니다.

    - 현대자동차 R&D 부문 (D-2)
    - 한국전력공사 신입 (D-3)
    - CJ제일제당 마케팅 (D-4)

    전체 보기 https://www.jobkorea.co.kr
    (주)잡코리아 서울시 서초구 사임당로 / 고객센터 1588-9350
    본 메일은 수신동의하신 회원에게 발송되었습니다. [[수신거부|https://www.jobkorea.co.kr/User/Mng/MailSetting]]
    """)),
M(fn="NOL 인터파크", fa="ticket@interpark.com", brand="NOL TICKET", theme="red", shape="mixed", inner="html",
  atts=[("예매확인서_T2508221.pdf", "pdf")],
  sub="[인터파크 티켓] 예매가 완료되었습니다 - 뮤지컬 <레미제라블>",
  body=D("""
    예매가 완료되었습니다.

    공연명: 뮤지컬 <레미제라블>
    일시: 2025년 8월 30일(토) 19:00
    장소: 블루스퀘어 신한카드홀
    좌석: VIP석 1층 B구역 7열 14, 15번
    결제금액: 340,000원

    공연 당일 1시간 전부터 티켓 수령이 가능합니다.
    """)),
M(fn="CGV", fa="cgv@cgv.co.kr", brand="CGV", theme="red", shape="html",
  unsub="https://www.cgv.co.kr/user/mail-reject",
  sub="[CGV] 2026년 VIP 등급 선정 안내",
  body=D("""
    고객님은 2026년 CGV VIP로 선정되셨습니다.

    혜택: 생일 콤보 쿠폰, VIP 전용 예매 할인, 무료 관람권 2매
    유효기간: 2026.01.01 ~ 2026.12.31

    쿠폰함 확인: https://www.cgv.co.kr
    """)),
M(fn="스타벅스 코리아", fa="starbucks@starbucks.co.kr", brand="STARBUCKS", theme="green", shape="related", imgs=2,
  unsub="https://www.starbucks.co.kr/my/mail_reject.do",
  sub="(광고) 겨울 e-프리퀀시 이벤트가 시작됩니다",
  body=D("""
    올겨울 e-프리퀀시 이벤트가 시작됩니다.

    미션 음료 3잔 포함 총 17잔을 모으시면 한정 굿즈를 드립니다.
    기간: 2025년 10월 30일 ~ 12월 31일

    (주)에스씨케이컴퍼니 서울시 중구 소공로 / 1522-3232
    [[수신거부|https://www.starbucks.co.kr/my/mail_reject.do]]
    """)),
M(fn="교보문고", fa="webmaster@kyobobook.co.kr", brand="교보문고", shape="alt",
  unsub="https://www.kyobobook.co.kr/mail/reject",
  sub="이번 달 MD가 추천하는 신간 5권",
  body=D("""
    11월 교보문고 MD 추천 신간입니다.

    소설: 『밤의 도서관』
    인문: 『느리게 읽는 한국사』
    경제: 『2026 트렌드 읽기』

    https://www.kyobobook.co.kr
    메일 수신을 원하지 않으시면 마이룸 > 회원정보에서 변경해 주세요.
    """)),
M(fn="파이썬 한국 사용자 모임", fa="pykr-announce@lists.pykr-community.example", shape="plain",
  listid="pykr-announce <pykr-announce.lists.pykr-community.example>", precedence="list",
  unsub="<mailto:pykr-announce-leave@lists.pykr-community.example>", oneclick=False, unsub_mailto=False,
  hdrs=[("List-Post", "<mailto:pykr-announce@lists.pykr-community.example>"), ("List-Archive", "<https://lists.pykr-community.example/archives/pykr-announce>")],
  sub="[pykr-announce] 12월 서울 정기 세미나 발표자 모집",
  body=D("""
    안녕하세요, 파이썬 한국 사용자 모임 운영진입니다.

    12월 서울 정기 세미나 발표자를 모집합니다.
    - 일시: 2025년 12월 13일(토) 14:00
    - 장소: 성수동 공유오피스 세미나실 (후원사 제공)
    - 주제: 자유 (타입 힌트, 비동기, 데이터 분석, 웹 등)
    - 발표 시간: 20분 / 라이트닝 토크 5분

    신청: https://pykr-community.example/cfp/2025-12

    --
    pykr-announce mailing list
    https://lists.pykr-community.example/listinfo/pykr-announce
    """)),
M(fn="래미안파크 관리사무소", fa="office@raemian-park.example", shape="plain",
  sub="[관리사무소] 12월 저수조 청소 및 단수 안내",
  body=D("""
    입주민 여러분께 알려드립니다.

    저수조 청소로 인해 아래 일시에 단수가 예정되어 있습니다.
    일시: 2025년 12월 9일(화) 09:00 ~ 17:00
    대상: 101동 ~ 106동 전 세대

    단수 전 생활용수를 미리 받아두시기 바랍니다.
    12월 관리비 고지서는 15일 배부 예정입니다.

    관리사무소 031-***-1200
    """)),
M(fn="한빛초등학교", fa="notice@hanbit-es.example", brand="한빛초등학교 가정통신문", shape="mixed", inner="html",
  atts=[("2025-112_겨울방학_안내.hwp", "hwp")],
  sub="[가정통신문 2025-112호] 겨울방학 및 방과후학교 안내",
  body=D("""
    학부모님께

    겨울방학 기간을 다음과 같이 안내드립니다.
    - 방학식: 2026년 1월 7일(수)
    - 개학일: 2026년 2월 2일(월)
    - 겨울 방과후학교 신청: 12월 22일까지 e알리미

    자세한 내용은 첨부 가정통신문을 확인해 주시기 바랍니다.

    한빛초등학교장
    """)),
M(fn="서울특별시", fa="newsletter@seoul.go.kr", brand="서울시 뉴스레터", shape="alt",
  unsub="https://www.seoul.go.kr/newsletter/cancel", precedence="bulk",
  sub="[서울시 뉴스레터] 한강 겨울 축제와 이번 주 시정 소식",
  body=D("""
    서울 시민 여러분, 이번 주 서울 소식입니다.

    · 한강 겨울 축제 12월 19일 개막 (여의도·뚝섬)
    · 기후동행카드 이용 안내 업데이트
    · 연말 공공자전거 따릉이 정비 일정

    자세히 보기 https://www.seoul.go.kr
    수신 거부 https://www.seoul.go.kr/newsletter/cancel
    """)),
M(fn="한국투자증권 리서치", fa="research@truefriend.com", brand="한국투자증권", shape="mixed", inner="alt",
  atts=[("Morning_Brief_20250905.pdf", "pdf")], unsub="https://www.truefriend.com/main/research/unsub.jsp",
  sub="[Morning Brief] 미국 고용지표 둔화, 반도체 업종 강세",
  body=D("""
    오늘의 시장 요약

    - 미국: 8월 비농업 고용 예상 하회, 금리 인하 기대 확대
    - 국내: 외국인 반도체 순매수 지속, 코스피 2,600선 회복 시도
    - 업종: 반도체, 2차전지 강세 / 유틸리티 약세

    본 자료는 투자 참고용이며 투자 결과에 대한 법적 책임은 투자자 본인에게 있습니다.
    """)),
M(fn="업비트", fa="noreply@upbit.com", brand="UPbit", shape="html",
  sub="[업비트] 원화 입출금 서비스 정기 점검 안내",
  body=D("""
    안녕하세요, 업비트입니다.

    케이뱅크 시스템 정기 점검으로 원화 입출금이 일시 중단됩니다.
    일시: 2025년 6월 15일(일) 00:00 ~ 06:00
    영향: 원화 입금·출금 불가 (디지털 자산 거래 및 입출금은 정상)

    공지사항 https://upbit.com/service_center/notice
    """)),
M(fn="강원랜드", fa="member@kangwonland.com", brand="KANGWON LAND", theme="dark", shape="html",
  unsub="https://www.kangwonland.com/member/mailReject", precedence="bulk",
  sub="(광고) 하이원 스키 시즌 개장 및 회원 객실 할인",
  body=D("""
    하이원 리조트 스키장이 12월 5일 개장합니다.

    회원 전용 혜택
    - 호텔 객실 30% 할인 (주중)
    - 리프트권 + 렌탈 패키지 특가

    예약 https://www.high1.com
    ※ 카지노 이용은 만 19세 이상 성인만 가능하며, 과도한 게임은 삼가 주시기 바랍니다. 도박문제 상담 1336

    (주)강원랜드 강원특별자치도 정선군 사북읍 하이원길 265 / 1588-7789
    [[수신거부|https://www.kangwonland.com/member/mailReject]]
    """)),
M(fn="핏앤짐 역삼점", fa="info@fitngym.example", shape="plain",
  sub="회원권 만료 7일 전 안내드립니다",
  body=D("""
    안녕하세요 회원님, 핏앤짐 역삼점입니다.

    회원님의 6개월 회원권이 2025년 9월 30일 만료 예정입니다.
    재등록 시 기존 회원 10% 할인과 락커 1개월 무료 혜택을 드립니다.

    PT 잔여 횟수 3회는 만료일 이후 1개월간 사용 가능합니다.
    문의: 02-***-7720 (평일 06:00~23:00)
    """)),
M(fn="마포구립서강도서관", fa="library@mapo-lib.example", shape="alt",
  sub="[도서관] 대출 도서 반납 예정일 안내",
  body=D("""
    이용자님께서 대출하신 도서의 반납 예정일이 3일 남았습니다.

    1. 채식주의자 / 한강 - 반납예정일 2025.04.22
    2. 불편한 편의점 / 김호연 - 반납예정일 2025.04.22

    연장은 홈페이지 내 서재에서 1회 가능합니다.
    https://mapo-lib.example
    """)),
M(fn="리멤버", fa="notice@rememberapp.co.kr", brand="Remember", shape="html",
  unsub="https://rememberapp.co.kr/settings/mail",
  sub="[리멤버] 인사담당자가 커리어 프로필을 확인했어요",
  body=D("""
    한지훈님의 커리어 프로필을 2개 기업 인사담당자가 확인했습니다.

    - 핀테크 / 중견 IT서비스 기업
    스카우트 제안이 도착하면 앱 알림으로 알려드릴게요.

    https://rememberapp.co.kr
    """)),
M(fn="한국데이터과학회", fa="office@kdss.example", brand="한국데이터과학회", shape="mixed", inner="plain",
  atts=[("2025_추계학술대회_프로그램.pdf", "pdf")], listid="<members.kdss.example>",
  sub="2025 추계학술대회 프로그램 및 사전등록 안내",
  body=D("""
    회원 여러분께,

    2025 추계학술대회를 아래와 같이 개최합니다.
    일시: 2025년 11월 14일(금)~15일(토)
    장소: 부산 벡스코 제2전시장
    사전등록 마감: 10월 31일 (정회원 8만원, 학생회원 4만원)

    등록 https://kdss.example/conf2025
    프로그램은 첨부 파일을 참고해 주십시오.
    """)),
M(fn="DevFest Seoul 준비위원회", fa="hello@devfest-seoul.example", shape="alt",
  sub="참가 신청이 확정되었습니다 - 입장 QR 안내",
  body=D("""
    안녕하세요, 정하늘님!

    DevFest Seoul 2025 참가가 확정되었습니다.
    일시: 2025년 11월 22일(토) 10:00 ~ 18:00
    장소: 코엑스 그랜드볼룸

    입장 QR: https://devfest-seoul.example/ticket/Q8ZK2
    행사 당일 신분증을 지참해 주세요.
    """)),
M(fn="하나투어", fa="webmaster@hanatour.com", brand="HANATOUR", shape="related", imgs=2,
  unsub="https://www.hanatour.com/mail/reject", precedence="bulk",
  sub="(광고) 연말 특가 - 다낭·나트랑 4박 6일 49만원부터",
  body=D("""
    연말연시 동남아 특가를 소개합니다.

    다낭 4박 6일 49만원~ / 나트랑 4박 6일 54만원~
    출발: 12월 ~ 2월 / 유류할증료 포함

    예약 https://www.hanatour.com
    (주)하나투어 서울시 종로구 인사동5길 41 / 1577-1233
    [[수신거부|https://www.hanatour.com/mail/reject]]
    """)),
M(fn="YES24", fa="yes24@yes24.com", brand="YES24", shape="html",
  unsub="https://www.yes24.com/Member/MailReject",
  sub="[YES24] 주문하신 도서가 발송되었습니다",
  body=D("""
    주문번호 A2509-1182734 상품이 발송되었습니다.

    - 클린 코드 (개정판) 1권
    - 데이터 중심 애플리케이션 설계 1권

    택배사: 한진택배 / 운송장 5123-7781-2290
    https://www.yes24.com
    """)),
M(fn="올리브영", fa="oliveyoung@oliveyoung.co.kr", brand="OLIVE YOUNG", theme="green", shape="alt",
  unsub="https://www.oliveyoung.co.kr/store/mypage/mailReject.do",
  sub="[올리브영] 회원 등급이 GOLD OLIVE로 변경되었어요",
  body=D("""
    이번 달 회원 등급이 GOLD OLIVE로 변경되었어요.

    등급 혜택: 등급 쿠폰 3종, 무료배송 쿠폰 2장
    유지 조건: 최근 3개월 구매금액 15만원 이상

    쿠폰 확인 https://www.oliveyoung.co.kr
    """)),
M(fn="관악산악회 사무국", fa="gwanak.sanak@daum.net", shape="plain", cs="euc-kr",
  sub="관악산악회 12월 송년산행 및 정기총회 공지",
  body=D("""
    회원님들께

    12월 송년산행 겸 정기총회를 다음과 같이 진행합니다.
    일시: 12월 14일(일) 오전 9시 사당역 4번 출구
    코스: 관악산 연주대 (약 4시간)
    총회: 하산 후 12시 30분 낙성대 '산채마을'

    올해 결산 보고와 내년 임원 선출이 있으니 가급적 참석 바랍니다.
    연회비 3만원 미납 회원은 총회 때 납부해 주세요.

    사무국장 박영철
    """)),
]

HAM_NEWS.append(
M(fn="한국장학재단", fa="noreply@kosaf.go.kr", brand="한국장학재단", shape="alt",
  sub="[한국장학재단] 2026년 1학기 국가장학금 1차 신청 안내",
  body=D("""
    2026년 1학기 국가장학금 1차 신청을 안내드립니다.

    신청 기간: 2025년 11월 20일(목) 09:00 ~ 12월 30일(화) 18:00
    신청 방법: 한국장학재단 홈페이지(https://www.kosaf.go.kr) 또는 모바일 앱
    서류 제출 및 가구원 정보제공 동의: 2026년 1월 6일까지

    재학생은 가급적 1차 기간에 신청해 주시기 바랍니다.
    상담센터 1599-2000
    """)))

UNDISC = "undisclosed-recipients:;"
ZW = "\u200b"

SPAM = [
M(fn="김실장", fa="loan.kim77@fastmoney-24.test", shape="plain", cs="utf-8", to_display=UNDISC,
  sub="✔ 무직자·주부 당일 대출 가능 ✔ 신용 무관 ✔", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)",
  body=D("""
    ✅ 무직자 / 주부 / 프리랜서 당일 승인
    ✅ 신용점수 무관, 연체자도 상담 가능
    ✅ 최대 3,000만원 / 서류 간소화

    📞 상담 010-5829-44O1 (24시간)
    카톡 ID: money2424

    ※ 지금 신청 시 첫 달 이자 면제
    """)),
M(fn="서민금융지원센터", fa="center@kr-fund-support.example", shape="html", theme="brand", brand="서민금융 정책자금 지원센터",
  sub="(광고) 정부지원 햇살론 대환대출 특별 승인 대상자 안내", to_display=UNDISC,
  body=D("""
    고객님은 2026년 정부지원 대환대출 특별 승인 대상자로 선정되셨습니다.

    - 기존 고금리 대출을 연 3%대 저금리로 전환
    - 최대 5,000만원 / 신용 하위 20%도 가능
    - 한도 조회 시 신용점수 영향 없음

    [[승인 한도 조회하기|http://kr-fund-support.example/apply?c=8821]]

    상담 1600-XXXX 로 연락 주시면 전담 상담사가 안내해 드립니다.
    """)),
M(fn="VIP", fa="vip@lucky-casino88.test", shape="html", theme="dark", brand="VIP CLUB", cs="utf-8",
  sub="카.지.노 첫충 30% / 매충 10% / 무제한 환전", to_display=UNDISC,
  body=D("""
    온.라.인 카.지.노 NO.1

    ♠ 신규 첫충 30% + 매충 10%
    ♠ 바.카.라 / 블.랙.잭 / 룰.렛 실시간
    ♠ 1억 이상 무제한 환전, 3분 출금

    가입코드: VIP88
    주소: lucky-casino88.test
    텔레그램 @vipclub8888
    """)),
M(fn="ㅇㅂㅌ", fa="no-reply@kjn-event.test", shape="plain", cs="utf-8",
  sub="ㅋㅈㄴ ㅂㅋㄹ 신규가입 3만 지급 ㄱㄱ", to_display=UNDISC,
  body=D("""
    ㅋㅈㄴ 신규 가입시 3만 포인트 바로 지급
    ㅂㅋㄹ / ㅅㄹ / ㅎㄷ 전부 가능
    ㅁㅌ ㅇㅇ 검증 완료 대형 ㅅㅇㅌ

    ㄱㅇㅋㄷ: 7979
    접속: s.lnk-go.test/k7
    """)),
M(fn="안전놀이터", fa="admin@safe-playground.example", shape="html", theme="red", brand="ＶＩＰ ＴＯＴＯ",
  sub="ＶＩＰ 토토 안전놀이터 먹튀ＺＥＲＯ 보증금 1억", to_display=UNDISC,
  body=D("""
    ＶＩＰ 토토 메이저 안전놀이터

    ★ 스포츠 배당 업계 최고
    ★ 보증금 １억 예치 먹튀 걱정 ＺＥＲＯ
    ★ 첫 충전 ２０％ 보너스

    추천코드 ＫＯＲ７７
    [[바로가기|http://safe-playground.example/join?ref=KOR77]]
    """)),
M(fn="Evolution Live", fa="live@evo-live-kr.test", shape="alt", cs="utf-8",
  sub="에볼루션 Ваccаrаt 라이브 오픈 - 입금 보너스 100%", to_display=UNDISC,
  body=D("""
    에볼루션 정품 라이브 Ваccаrаt
    딜러와 실시간 1:1 게임

    입금 보너스 100% (최대 50만)
    24시간 고객센터 텔레 @evo_kr_vip

    http://evo-live-kr.test/?r=mail
    """)),
M(fn="슬롯월드", fa="event@slotworld-kr.test", shape="html", cs="utf-8", theme="dark", brand="SLOT WORLD",
  sub="슬" + ZW + "롯 무" + ZW + "료 스" + ZW + "핀 100회 지" + ZW + "급", to_display=UNDISC,
  body=("프" + ZW + "라" + ZW + "그" + ZW + "마" + ZW + "틱 정품 슬" + ZW + "롯\n\n"
        "신규 회원 무" + ZW + "료 스" + ZW + "핀 100회\n잭" + ZW + "팟 당첨금 즉시 환" + ZW + "전\n\n"
        "[[지금 시작|http://slotworld-kr.test/free]]\n")),
M(fn="GG홀덤", fa="tour@gg-holdem.example", shape="alt",
  sub="온라인 홀덤 토너먼트 GTD 1억 - 매일 밤 10시", dkim=True,
  body=D("""
    매일 밤 10시 GTD 1억 홀덤 토너먼트

    바이인 5만원 / 리바이 무제한
    1등 상금 3,000만원 즉시 환전
    신규 가입 시 토너먼트 티켓 3장 증정

    가입: http://gg-holdem.example/join
    상담: 카톡 오픈채팅 'GG홀덤 상담' 검색
    """)),
M(fn="주식 전문가 박프로", fa="pro.park@stock-leading.test", shape="html", brand="급등주 리딩방", theme="red",
  sub="[무료] 급등주 리딩방 입장 안내 - 지난달 누적 수익률 327%", to_display=UNDISC,
  body=D("""
    지난달 추천 종목 누적 수익률 327%
    (인증 캡처 첨부)

    이번 주 무료 체험방 선착순 50명 모집
    - 매일 아침 8시 30분 급등 예상 종목 3개 공개
    - 세력 매집 종목 실시간 알림

    입장: 카카오톡 오픈채팅 '박프로 급등주' 참여코드 5252
    ※ 본 정보는 투자 권유가 아닙니다
    """)),
M(fn="AI Trading", fa="signal@coin-ai-bot.test", shape="alt", cs="utf-8",
  sub="비트코인 선물 AI 자동매매 🚀 월 300% 수익 보장", to_display=UNDISC,
  body=D("""
    🚀 AI가 24시간 대신 매매합니다 🚀

    ✔ 월 평균 수익률 300%
    ✔ 원금 보장 프로그램
    ✔ 전용 거래소 계정 무료 개설

    텔레그램 상담 @coin_ai_master
    http://coin-ai-bot.test/start
    """)),
M(fn="지민", fa="jimin.88@lonely-night.test", shape="plain", cs="utf-8",
  sub="오빠 오늘 밤 시간 돼? 💋", to_display=UNDISC,
  body=D("""
    오빠 심심해서 연락했어 ㅎㅎ
    근처 사는 20대 여성들 프로필 보고 바로 대화해봐
    19세 이상 인증만 하면 무료 🔞

    http://lonely-night.test/p/jimin
    """)),
M(fn="정품직구", fa="shop@mens-health-store.example", shape="html", brand="MEN'S HEALTH",
  sub="비 아 그 라 / 시 알 리 스 정품 직구 최저가", to_display=UNDISC,
  body=D("""
    정 품 비 아 그 라 100mg / 시 알 리 스 20mg
    처 방 전 없 이 익 명 배 송

    10정 39,000원 / 30정 89,000원
    레 비 트 라, 칙 칙 이 스 프 레 이 도 있 음

    주문: http://mens-health-store.example/order
    """)),
M(fn="리뷰알바 모집팀", fa="job@review-parttime.test", shape="plain", cs="utf-8",
  sub="하루 30분 유튜브 좋아요 누르고 일당 15만원 💰", to_display=UNDISC,
  body=D("""
    💰 재택 부업 모집 💰

    유튜브 영상에 좋아요 누르고 캡처만 보내주시면 건당 3,000원!
    하루 30분이면 일당 15만원 가능

    ✅ 나이 무관, 폰만 있으면 OK
    ✅ 당일 지급

    신청: 카톡 오픈채팅 '좋아요 부업' 참여코드 3030
    ※ 상위 미션은 소정의 예치금 필요
    """)),
M(fn="쇼핑몰 리뷰단", fa="review@smart-review-team.example", shape="alt",
  sub="[재택] 쇼핑몰 구매평 작성 알바 모집 (선입금 없음)", to_display=UNDISC,
  body=D("""
    쇼핑몰 구매평 작성 아르바이트 모집합니다.

    - 상품 구매 후 후기 작성 → 구매 금액 + 수고비 100% 환급
    - 1건당 수고비 8,000원 ~ 15,000원
    - 주부, 학생 환영

    담당자 라인 ID: review_team01
    http://smart-review-team.example/apply
    """)),
M(fn="상품권매입", fa="buy@giftcard-cash.test", shape="plain",
  sub="신세계·롯데·컬처랜드 상품권 현금화 95% 즉시입금",
  body=D("""
    상품권 최고가 매입

    신세계 / 롯데 / 현대 백화점 상품권 95%
    컬처랜드 / 해피머니 / 구글기프트 88%
    핀번호만 보내주시면 5분 안에 입금

    24시 상담 010-7744-9x9x
    """)),
M(fn="소액결제현금화", fa="mobile@paycash24.example", shape="html", brand="휴대폰 소액결제 현금화",
  sub="휴대폰 소액결제 현금화 24시 최고 85%", to_display=UNDISC,
  body=D("""
    휴대폰 소액결제 / 콘텐츠이용료 현금화

    최고 85% / 10분 이내 입금
    신용불량자도 가능, 통신사 무관

    상담 카톡: paycash24
    http://paycash24.example
    """)),
M(fn="기업정책자금컨설팅", fa="ceo@policy-fund-consult.example", shape="alt", dkim=True,
  sub="2026년 중소기업 정책자금 최대 5억 - 미승인 시 수수료 0원",
  body=D("""
    대표님 안녕하십니까.

    2026년 중소기업 정책자금 상반기 접수가 시작되었습니다.
    - 운전자금/시설자금 최대 5억원
    - 금리 2%대, 거치 2년
    - 신용등급이 낮아도 보증서 발급 가능

    저희 컨설팅은 승인되지 않으면 수수료를 받지 않습니다.
    무료 사전진단: http://policy-fund-consult.example/check

    상담전화 070-4xxx-2291
    """)),
M(fn="소상공인 지원센터", fa="support@sosang-center.test", shape="html", brand="소상공인 지원금 안내",
  sub="[긴급] 소상공인 추가 지원금 대상 여부 조회하세요", to_display=UNDISC,
  body=D("""
    소상공인·자영업자 추가 지원금 신청 마감 임박

    매출 감소 사업자 최대 1,000만원
    대행 신청으로 승인률 98%

    [[대상 여부 무료 조회|http://sosang-center.test/lookup]]

    ※ 본 센터는 민간 컨설팅 업체입니다
    """)),
M(fn="DB마켓", fa="sales@db-market.test", shape="mixed", atts=[("DB샘플_100건.xlsx", "xlsx")],
  sub="업종별 실시간 고객 DB 판매 (주식/코인/대출/보험)", to_display=UNDISC,
  body=D("""
    고객 DB 판매합니다

    - 주식 리딩 관심 DB 건당 300원
    - 코인 투자자 DB 건당 500원
    - 대출 문의 DB 실시간 건당 2,000원
    - 보험 상담 DB

    샘플 100건 무료 제공
    텔레 @dbmarket_kr
    """)),
M(fn="명품샵", fa="shop@luxury-mirror.test", shape="related", imgs=3, cs="utf-8",
  sub="샤넬 루이비통 1:1 미러급 💎 정품 대비 5%", to_display=UNDISC,
  body=D("""
    💎 1:1 미러급 명품 💎
    샤넬 클래식 / 루이비통 네버풀 / 에르메스 벌킨

    정품 대조 완벽, 실사진 보내드려요
    카톡 mirrorlux7
    """)),
M(fn="", fa="info@win-jackpot.test", shape="related", imgs=1, imgkind="jpg", cs="utf-8",
  sub="오늘만 🎁 가입머니 5만", to_display=UNDISC,
  html=('<html><body style="margin:0">\n<a href="http://win-jackpot.test/r/5m"><img src="cid:IMG1" width="600" height="900" border="0"></a>\n</body></html>\n')),
M(fn="금융상담", fa="help@easy-loan-now.example", shape="html", cs="euc-kr",
  sub="승인 완료 안내", to_display=UNDISC,
  html=('<html><head><meta charset="euc-kr"></head><body>\n<center><a href="http://easy-loan-now.example/go">'
        '<img src="http://img.easy-loan-now.example/banner_0927.jpg" width="640" height="1200" alt=""></a></center>\n'
        '<font color="#ffffff" size="1">cheap interest</font>\n</body></html>\n')),
M(fn="신규거래소", fa="airdrop@newex-listing.test", shape="alt", cs="utf-8",
  sub="[에어드랍] 신규 상장 기념 100 USDT 무료 지급 🎉",
  body=D("""
    신규 거래소 오픈 기념 에어드랍 🎉

    회원가입 + KYC 인증만 하면 100 USDT 즉시 지급
    상장 예정 코인 사전 배정 기회

    http://newex-listing.test/airdrop?code=KR100
    """)),
M(fn="다이어트 연구소", fa="diet@slim-lab.test", shape="html", cs="utf-8", brand="기적의 다이어트",
  sub="한 달 -10kg ⚡ 먹으면서 빠지는 기적의 환", to_display=UNDISC,
  body=D("""
    ⚡ 한 달 -10kg 후기 속출 ⚡

    운동 없이, 식단 없이 하루 2알
    식약처 미등록 해외 특허 원료 (효과 보장)
    1+1 마지막 물량

    http://slim-lab.test/buy
    """)),
M(fn="건강원", fa="mall@jungryuk-up.test", shape="html", cs="euc-kr", mailer="Foxmail 7.2.25.228",
  sub="남성 활력 회복 정력제 특가 - 비밀 포장 배송",
  body=D("""
    남성 활력, 이제 자신감을 되찾으세요

    ■ 복용 30분 효과 ■ 부작용 없음
    ■ 3박스 구매 시 1박스 추가 증정
    ■ 내용물 알 수 없는 비밀 포장

    주문 전화 010-3x3x-8282
    http://jungryuk-up.test
    """)),
M(fn="스포츠토토", fa="toto@best-odds.test", shape="plain", cs="euc-kr", mailer="Microsoft Outlook Express 6.00.2900.5512",
  sub="스포츠토토 배당 최고 사이트 - 프로토 대비 1.5배",
  body=D("""
    국내 최고 배당 스포츠토토

    축구 / 야구 / 농구 / e스포츠 전 경기
    프로토 대비 배당 1.5배
    한도 무제한 / 당일 환전

    가입코드 : 1004
    주소 : best-odds.test
    """)),
M(fn="빠른대출", fa="quick@loan-fast.test", shape="plain",
  sub="직장인 비상금 ５００만원 즉시 입금", to_display=UNDISC,
  body=D("""
    직장인 비상금 대출

    ４대보험 가입자 누구나
    최대 ５００만원 / 당일 입금
    상담 ０１０－２８８９－５７３１

    카톡 ＬＯＡＮ５００
    """)),
M(fn="마케팅대행", fa="mkt@top-blog-seo.test", shape="alt",
  sub="블로그 상위노출 100% 보장 / 체험단 모집 대행",
  body=D("""
    사장님 가게, 검색하면 나오나요?

    - 네이버 블로그 상위노출 100% 보장 (미노출 시 환불)
    - 체험단 30명 모집 대행 월 39만원
    - 플레이스 리뷰 관리

    상담 신청: http://top-blog-seo.test/consult
    """)),
M(fn="비상장투자", fa="ipo@preipo-share.test", shape="html", brand="비상장 주식 특별 배정",
  sub="상장 전 비상장 주식 특별 배정 - 상장 시 10배 기대", to_display=UNDISC,
  body=D("""
    내년 상반기 코스닥 상장 예정 기업
    비상장 주식을 기관 배정가로 드립니다

    예상 수익률 1,000%
    선착순 30명 한정 배정

    상담: 02-6xxx-1120 / http://preipo-share.test
    """)),
M(fn="해외선물", fa="fx@futures-rent.test", shape="plain", cs="euc-kr",
  sub="해외선물 대여계좌 증거금 10만원부터",
  body=D("""
    해외선물 미니계좌 / 대여계좌

    증거금 10만원부터 나스닥, 항셍, 크루드오일 거래
    수수료 업계 최저, HTS 무료 제공
    당일 출금 보장

    상담 : 텔레그램 @futures_rent
    """)),
M(fn="작업대출 전문", fa="biz@docs-loan.test", shape="plain", cs="utf-8",
  sub="무직자도 서류 만들어서 대출 가능합니다",
  body=D("""
    재직증명 / 급여명세서 / 4대보험 서류 작업해 드립니다
    무직자, 신용불량자도 1금융권 대출 가능

    수수료는 대출 승인 후 30%
    연락 텔레 @jobloan_kr
    """)),
M(fn="🎰 잭팟 🎰", fa="jackpot@slot-mega.test", shape="html", cs="utf-8", theme="dark", brand="🎰 MEGA SLOT 🎰",
  sub="🎰🎰 슬롯 잭팟 터졌다 🎰🎰 첫충 50%", to_display=UNDISC,
  body=D("""
    🎰 오늘의 잭팟 당첨자 3명 🎰
    💰 최대 당첨금 2억 3천 💰

    🔥 첫충 50% / 돌발 이벤트 20%
    🔥 슬롯 / 바카라 / 홀덤

    👉 http://slot-mega.test 👈
    """)),
M(fn="홀덤펍", fa="pub@holdem-pub.test", shape="plain", cs="utf-8",
  sub="홀.덤.펍 시드권 환전 가능 매장 (강남)",
  body=D("""
    강남역 5분 홀.덤.펍

    시.드.권 현.금.교.환 가능
    매일 밤 토.너.먼.트 GTD 500

    위치 문의 카톡 holdemgn
    """)),
M(fn="19영상통화", fa="cam@video-chat19.test", shape="html", cs="utf-8", theme="dark", brand="19+ LIVE",
  sub="외로운 밤, 1:1 영상통화 무료 체험 🔞", to_display=UNDISC,
  body=D("""
    성인 인증 후 1:1 영상통화 무료 10분
    지금 접속 중인 회원 1,284명

    http://video-chat19.test/free
    """)),
M(fn="리니지 프리서버", fa="gm@lin-free.test", shape="plain", cs="euc-kr",
  sub="리니지 프리서버 오픈 - 리뉴얼 기념 무료 아이템",
  body=D("""
    리니지 프리서버 정식 오픈

    오픈 기념 +9 무기 지급
    후원 시 아데나 3배 이벤트
    접속기 다운로드: http://lin-free.test/down
    """)),
M(fn="Shenzhen Bright Lighting", fa="sales@szbright-led.test", shape="alt",
  sub="귀사의 좋은 공장 가격 LED 조명 공급 업체", mailer="Foxmail 7.2.25.375",
  body=D("""
    친애하는 구매 관리자님,

    좋은 하루 되세요! 우리는 중국 심천 LED 조명 제조 공장입니다 10 년 경험.
    귀사의 프로젝트에 경쟁력 있는 공장 가격을 제공할 수 있습니다.

    주요 제품: LED 패널 라이트, 투광 조명, 가로등
    인증: CE, RoHS, KC

    카탈로그와 가격표 원하시면 회신 주세요.

    감사합니다
    Lily Wang
    WhatsApp: +86 1xx xxxx 3327
    """)),
M(fn="무자본창업아카데미", fa="edu@nocapital-startup.test", shape="html", brand="무자본 창업 아카데미",
  sub="월 순수익 1,000만원 - 스마트스토어 위탁판매 무료 특강", to_display=UNDISC,
  body=D("""
    직장 다니면서 월 1,000만원?

    재고 없이 시작하는 스마트스토어 위탁판매
    무료 특강 후 VIP 코칭 과정 안내 (수강료 별도)

    선착순 100명 무료 특강 신청
    http://nocapital-startup.test/free
    """)),
M(fn="대출비교센터", fa="compare@loan-compare.test", shape="html", cs="euc-kr",
  sub="(광고) 최저금리 대출 비교 - 신청만 하면 최대 1억",
  body=D("""
    1금융권부터 저축은행까지 한 번에 비교

    최저금리 연 4.9%부터
    신용회복자, 개인회생자 상담 가능
    신청만 하면 최대 1억

    상담 신청 http://loan-compare.test/apply
    """)),
M(fn="로또연구소", fa="vip@lotto-ai.test", shape="alt",
  sub="이번 주 1등 예상번호 무료 제공 - AI 분석 적중률 92%", to_display=UNDISC,
  body=D("""
    AI 빅데이터 분석으로 이번 주 1등 예상번호를 드립니다.

    지난 회차 3등 적중 회원 12명
    VIP 회원 가입 시 매주 50조합 제공 (월 99,000원)

    무료 번호 받기: http://lotto-ai.test/free
    """)),
M(fn="카드한도현금화", fa="card@cardcash-now.test", shape="plain", cs="euc-kr",
  sub="신용카드 한도 남으셨나요? 카드 현금화 수수료 최저",
  body=D("""
    신용카드 남은 한도 현금으로 바꿔드립니다

    수수료 최저 8%
    즉시 입금, 카드사 조회 기록 없음

    상담 010-9x1x-0033
    """)),
]

PHISH = [
M(fn="KB국민은행", fa="security@kbstar-secure.example", brand="KB국민은행", shape="html", dkim=True,
  sub="[KB국민은행] 전자금융사기 예방 보안인증 갱신 안내",
  body=D("""
    고객님의 인터넷뱅킹 보안등급이 하향 조정되어 일부 거래가 제한되었습니다.

    금융감독원 전자금융사기 예방 지침에 따라 2025년 8월 31일까지 보안인증을 갱신하셔야 정상 이용이 가능합니다.
    기한 내 미갱신 시 이체 한도가 1일 100만원으로 축소됩니다.

    [[보안인증 갱신하기 (https://www.kbstar.com)|http://kbstar.com-secure-auth.example/renew]]

    KB국민은행 고객센터 1588-9999
    """)),
M(fn="신한카드", fa="alert@shinhan-card-notice.test", shape="plain", dkim=None,
  sub="[신한카드] 해외결제 승인 USD 1,349.00 (본인 미사용 시 연락 요망)",
  body=D("""
    [신한카드 해외승인]
    김*우 고객님
    승인금액: USD 1,349.00
    가맹점: APPLE.COM/BILL (미국)
    승인일시: 11/02 03:41

    본인이 결제하지 않으셨다면 즉시 신한카드 해외결제 차단센터 02-3489-7712 로 연락 주시기 바랍니다.
    24시간 내 미신고 시 결제가 확정됩니다.
    """)),
M(fn="KB국민카드", fa="kbcard@card-kb-alert.example", shape="alt", cs="euc-kr",
  sub="[KB국민카드] 해외 직구 결제 987,000원 승인 완료",
  body=D("""
    고객님 카드로 해외 결제가 승인되었습니다.

    카드번호: 5409-****-****-2231
    금액: 987,000원 (ALIEXPRESS)
    일시: 2025.06.11 02:18

    본인 거래가 아닐 경우 소비자보호팀(070-4213-8871)으로 문의 바랍니다.
    명의도용 피해 접수 시 금감원 연계 처리됩니다.
    """)),
M(fn="네이버", fa="nid-help@naver-accounts.test", brand="NAVER", theme="green", shape="html", dkim=True,
  sub="[네이버] 비정상적인 로그인 시도가 차단되었습니다",
  body=D("""
    회원님의 아이디로 해외에서 로그인 시도가 있었습니다.

    시도 일시: 2025-09-27 04:12
    시도 지역: 러시아 (IP 185.***.***.21)

    회원님의 소중한 정보 보호를 위해 아이디를 보호조치하였습니다.
    24시간 내 본인 확인을 하지 않으면 메일, 블로그, 카페 이용이 제한됩니다.

    [[본인 확인하기|http://nid.naver.com.login-verify.test/auth]]
    """)),
M(fn="Kakao", fa="noreply@kakao-account-care.example", brand="kakao", theme="yellow", shape="alt",
  sub="[카카오] 카카오계정 보호조치 해제 안내",
  body=D("""
    고객님의 카카오계정이 다른 기기에서 비정상적으로 사용되어 보호조치 되었습니다.

    보호조치를 해제하지 않으면 카카오톡 대화 내용과 친구 목록이 삭제될 수 있습니다.

    [[보호조치 해제하기|https://accounts-kakao.example/unlock?id=2291]]

    카카오 고객센터
    """)),
M(fn="Daum 메일", fa="mailadmin@daum-mailbox.test", brand="Daum", shape="html",
  sub="Daum 메일함 용량 초과 - 메일 수신이 중단됩니다",
  body=D("""
    회원님의 메일함 사용량이 98.7%에 도달했습니다.

    용량 초과 시 새 메일을 받을 수 없으며, 7일 후 오래된 메일부터 자동 삭제됩니다.
    아래에서 로그인 후 무료 용량 추가를 신청하세요.

    [[무료 용량 추가 신청|http://daum-mailbox.test/login?ret=storage]]
    """)),
M(fn="CJ대한통운", fa="delivery@cj-parcel-kr.test", brand="CJ대한통운", shape="html", dkim=True,
  sub="[CJ대한통운] 주소 불일치로 배송이 보류되었습니다",
  body=D("""
    고객님의 택배가 주소 불일치로 물류센터에 보관 중입니다.

    운송장번호: 5528-****-7710
    보관 기한: 2025년 10월 15일까지 (기한 경과 시 반송)

    [[주소 수정 및 재배송 신청|http://cj-parcel-kr.test/redelivery?no=55287710]]

    재배송 수수료 1,500원이 부과될 수 있습니다.
    """)),
M(fn="우체국", fa="customs@epost-kr.example", brand="우체국 국제우편", shape="alt", cs="euc-kr",
  sub="[우체국] 국제우편물 관세 미납으로 통관이 보류되었습니다",
  body=D("""
    고객님 앞으로 도착한 국제우편물(EMS)이 관세 미납으로 통관 보류 중입니다.

    우편물번호: EG0381****KR
    미납 관세: 3,200원

    48시간 이내 납부하지 않으면 발송국으로 반송됩니다.
    [[관세 납부하기|http://epost-kr.example/pay/EG0381]]
    """)),
M(fn="한진택배", fa="service@hanjin-delivery.test", shape="mixed", inner="plain",
  atts=[("배송정보_확인.html", "html", ("한진택배 배송정보 확인", "http://hanjin-delivery.test/collect.php"))],
  sub="[한진택배] 배송 실패 - 첨부 파일에서 배송정보를 확인하세요",
  body=D("""
    고객님, 부재로 인해 배송에 실패했습니다.

    첨부된 배송정보 파일을 열어 연락처와 주소를 확인해 주세요.
    확인되지 않으면 3일 후 반송 처리됩니다.

    한진택배 고객센터
    """)),
M(fn="관세청 UNI-PASS", fa="unipass@customs-kr-notice.example", shape="html", brand="관세청 UNI-PASS",
  sub="[관세청] 해외직구 물품 개인통관고유부호 불일치 안내",
  body=D("""
    고객님께서 주문하신 해외직구 물품의 개인통관고유부호가 일치하지 않아 통관이 보류되었습니다.

    화물관리번호: 25KRJA***8841
    조치 기한: 2일 이내

    [[통관 정보 수정|http://customs-kr-notice.example/p/25KRJA]]
    """)),
M(fn="국세청", fa="refund@hometax-refund.example", brand="국세청 홈택스", shape="html", dkim=True,
  sub="[국세청] 2024년 귀속 종합소득세 환급금 387,200원 미수령 안내",
  body=D("""
    납세자님께 지급되지 않은 환급금이 있어 안내드립니다.

    환급 금액: 387,200원
    수령 기한: 2025년 7월 31일

    기한 내 신청하지 않으면 국고로 귀속됩니다.
    [[환급금 조회 및 신청 (홈택스)|http://hometax-refund.example/claim]]
    """)),
M(fn="경찰청 사이버수사대", fa="notice@police-cyber-kr.test", shape="mixed", inner="plain", cs="euc-kr",
  atts=[("출석요구서_2025형제11482.zip", "zip", ("출석요구서_2025형제11482.html", PHISH_FORM % ("사건 조회", "사건 조회", "http://police-cyber-kr.test/case.php")))],
  sub="[경찰청] 출석요구서 송달 (사건번호 2025형제11482)",
  body=D("""
    귀하는 전자금융거래법 위반 사건의 참고인으로 출석을 요구받았습니다.

    사건번호: 2025형제11482
    출석일시: 2025년 11월 10일 10:00

    첨부된 출석요구서를 확인하시고, 지정일 출석이 어려우면 담당 수사관(02-3150-xxxx)에게 사전 연락 바랍니다.
    불응 시 체포영장이 청구될 수 있습니다.
    """)),
M(fn="서울중앙지방검찰청", fa="spo@case-inquiry.test", shape="plain",
  sub="[서울중앙지검] 금융범죄 연루 계좌 확인 요청",
  body=D("""
    귀하 명의의 계좌가 대포통장 범죄에 연루된 정황이 확인되었습니다.

    사건 조회: http://case-inquiry.test/spo?no=2025-8841
    담당: 첨단범죄수사부 김정훈 검사 (010-4823-xxxx)

    본 사건은 수사 기밀이므로 가족 등 타인에게 알리지 마시고 담당 검사에게 직접 연락하십시오.
    """)),
M(fn="대한민국 법원", fa="ecfs@scourt-efiling.example", brand="전자소송", shape="html",
  sub="[법원] 전자소송 소장 부본 송달 안내",
  body=D("""
    귀하를 피고로 하는 민사소송이 제기되어 소장 부본을 전자 송달합니다.

    사건번호: 2025가소****17
    원고: (주)에이치캐피탈
    답변서 제출 기한: 송달일로부터 30일

    [[소장 열람하기|http://scourt-efiling.example/doc/view]]
    """)),
M(fn="정부24", fa="help@gov24-support.test", brand="정부24", shape="alt", cs="utf-8",
  sub="[정부24] 민생회복 지원금 신청 대상자 안내 🇰🇷",
  body=D("""
    귀하는 2025년 민생회복 지원금 지급 대상자입니다.

    지급 금액: 250,000원
    신청 마감: 2025년 9월 12일

    [[지원금 신청하기|http://gov24-support.test/apply]]
    본인 인증 후 카드 또는 계좌로 지급됩니다.
    """)),
M(fn="국민건강보험공단", fa="checkup@nhis-result.example", brand="국민건강보험", shape="html",
  sub="[건강보험] 건강검진 결과 통보서가 도착했습니다",
  body=D("""
    2025년 건강검진 결과 통보서가 발급되었습니다.

    재검이 필요한 항목이 있으니 결과를 반드시 확인해 주세요.
    [[검진 결과 확인|http://nhis-result.example/view?id=20251104]]
    """)),
M(fn="경찰청 교통민원24", fa="efine@traffic-fine.test", shape="plain", cs="euc-kr",
  sub="[교통민원24] 과태료 미납 고지서 (속도위반)",
  body=D("""
    [과태료 고지서]
    위반일시: 2025.05.21 14:22
    위반장소: 경부고속도로 서울방향 37km
    위반내용: 속도위반(20km/h 초과)
    과태료: 40,000원 (미납 시 가산금 부과)

    납부 및 이의신청: http://traffic-fine.test/pay
    """)),
M(fn="", fa="bugo.notice@memorial-info.test", shape="plain", cs="utf-8",
  sub="[부고] 부친께서 별세하셨기에 삼가 알려드립니다",
  body=D("""
    [부고]
    삼가 고인의 명복을 빕니다.
    부친께서 별세하셨기에 알려드립니다.

    장례식장 및 빈소 위치 확인
    http://memorial-info.test/b/8Zk2
    """)),
M(fn="모바일청첩장", fa="card@wedding-invitation.test", shape="html", cs="utf-8",
  sub="💌 모바일 청첩장이 도착했습니다",
  body=D("""
    저희 두 사람 결혼합니다 💐

    소중한 분들을 초대합니다.
    청첩장 확인(전용 앱 설치 필요): http://wedding-invitation.test/inv/app.apk
    """)),
M(fn="IT 헬프데스크", fa="it-helpdesk@daon-soft-mail.example", corp=True, shape="html", brand="DAON SOFT IT Service Desk",
  sub="[공지] 메일 계정 비밀번호가 24시간 후 만료됩니다",
  body=D("""
    안녕하세요, IT 헬프데스크입니다.

    회사 보안정책에 따라 귀하의 메일 계정 비밀번호가 24시간 후 만료됩니다.
    만료 후에는 메일 송수신이 중단되니 아래 링크에서 현재 비밀번호를 유지하거나 변경해 주세요.

    [[현재 비밀번호 유지하기|https://daon-soft-mail.example/owa/keep-password]]

    IT 헬프데스크 (내선 5000)
    """)),
M(fn="윤성호", fa="sh.yoon@mirae-partss.example", to=("박서연", "seoyeon.park@daon-soft.example"), reply=True, dkim=True,
  sub="RE: 견적서 요청드립니다 (CNC 가공 부품 200EA) - 입금 계좌 변경 안내", shape="plain", mailer="Microsoft Outlook 16.0",
  body=D("""
    박서연 과장님, 안녕하세요.
    미래정밀 윤성호입니다.

    다름이 아니라 당사 주거래 은행이 내부 감사 중이라 이번 발주 건부터 대금 입금 계좌가 변경되었습니다.
    기존 계좌로 입금하시면 반환 처리되니 아래 계좌로 부탁드립니다.

    은행: 하나은행
    예금주: 미래정밀 (Mirae Precision Trading)
    계좌: 391-910***-*7204

    이번 주 금요일까지 1차 선금(50%) 입금 가능하실까요? 회계팀 요청이라 급하게 말씀드립니다.
    변경 관련해서는 전화보다 메일로 회신 부탁드립니다. 현재 출장 중입니다.

    윤성호 드림
    (주)미래정밀 영업팀
    """)),
M(fn="그린팩 회계팀", fa="account@greenpak.example", corp=True, shape="mixed", inner="plain",
  atts=[("INVOICE_GP-2511-0342.pdf", "pdf")],
  sub="[그린팩] 11월 납품대금 청구서 및 결제계좌 변경 안내",
  body=D("""
    안녕하세요, 그린팩 회계팀입니다.

    11월 납품대금 청구서를 첨부드립니다. 청구금액: 18,480,000원 (VAT 포함)

    당사 결제계좌가 11월부터 아래로 변경되었습니다. 기존 계좌는 해지 예정입니다.
    신한은행 110-5**-****21 예금주 그린팩(주)

    지급 예정일 확인 부탁드립니다.
    """)),
M(fn="한지훈 이사", fa="daon.exec.office@gmail.com", corp=True, shape="plain", relay="gmail.com", dkim="gmail.com",
  to=("최다은", "daeun.choi@daon-soft.example"),
  sub="지금 자리에 있어요?",
  body=D("""
    다은 씨, 지금 회의 중이라 전화를 못 받아서 메일로 부탁해요.

    거래처 선물용으로 구글 기프트카드 10만원권 15장이 급하게 필요해요.
    편의점에서 구매해서 카드 뒷면 핀번호 사진 찍어서 이 메일로 보내줄 수 있어요?
    비용은 오늘 오후에 바로 정산해 줄게요.

    다른 사람한테는 아직 말하지 말아주세요. 깜짝 선물이라서요.

    한지훈
    iPhone에서 보냄
    """)),
M(fn="번개장터 안전결제", fa="safepay@bunjang-safepay.test", brand="번개장터", theme="red", shape="related", imgs=1, dkim=True,
  sub="[번개장터] 구매자님이 안전결제를 완료했습니다 - 판매대금 수령 안내",
  body=D("""
    판매하신 상품 '아이패드 에어 5세대 64GB'의 안전결제가 완료되었습니다.

    결제금액: 520,000원
    판매자 정산을 위해 아래 링크에서 계좌 인증을 완료해 주세요.
    인증 수수료 10,000원은 정산 시 함께 환급됩니다.

    [[판매대금 받기|http://bunjang-safepay.test/settle?o=77102]]
    """)),
M(fn="중고나라 안전거래", fa="escrow@joonggonara-pay.example", shape="alt", cs="euc-kr",
  sub="[중고나라] 안전거래 입금 확인 - 물품 발송 후 대금이 지급됩니다",
  body=D("""
    구매자가 안전거래 대금을 입금하였습니다.

    거래금액: 330,000원
    상품: 갤럭시 워치6

    판매자 인증 및 송장 등록: http://joonggonara-pay.example/seller/verify
    인증 미완료 시 거래가 취소됩니다.
    """)),
M(fn="하나은행", fa="otp@hana-otp-center.test", shape="mixed", inner="plain", cs="euc-kr",
  atts=[("하나은행_OTP_재등록.html", "html", ("하나은행 OTP 재등록", "http://hana-otp-center.test/otp.php"))],
  sub="[하나은행] OTP 오류 횟수 초과 - 재등록 필요",
  body=D("""
    고객님의 OTP 인증 오류 횟수가 초과되어 전자금융 거래가 정지되었습니다.

    첨부된 재등록 양식을 열어 OTP 일련번호와 보안카드 정보를 입력해 주세요.
    24시간 이내 미등록 시 영업점 방문이 필요합니다.
    """)),
M(fn="Microsoft 365", fa="no-reply@ms365-kr-account.test", shape="html", brand="Microsoft 365",
  sub="[Microsoft] 비밀번호가 오늘 만료됩니다",
  body=D("""
    조직 계정의 비밀번호가 오늘 만료됩니다.

    계속 사용하려면 아래에서 동일한 비밀번호를 유지하세요.
    [[동일한 비밀번호 유지|https://ms365-kr-account.test/keep]]

    Microsoft 계정 팀
    """)),
M(fn="쿠팡 고객센터", fa="refund@coupang-refund-center.example", brand="coupang", theme="red", shape="html",
  sub="결제 오류로 인한 환불 처리 - 환불 계좌를 확인해 주세요",
  body=D("""
    고객님, 주문번호 29000184472011 건의 결제가 시스템 오류로 이중 결제되었습니다.

    환불 금액: 219,800원
    환불을 위해 아래에서 본인 인증 후 환불 계좌를 등록해 주세요.

    [[환불 계좌 등록|http://coupang-refund-center.example/refund]]
    """)),
M(fn="토스", fa="noti@toss-im-secure.test", shape="alt", cs="utf-8",
  sub="[토스] 확인되지 않은 송금 요청이 있어요",
  body=D("""
    회원님 명의로 1,500,000원 송금 요청이 접수됐어요.

    요청 일시: 2025-12-03 01:22
    받는 분: 이*호 (신한 ****8812)

    본인이 요청하지 않았다면 지금 바로 취소해 주세요.
    [[송금 취소하기|http://toss-im-secure.test/cancel]]
    """)),
M(fn="NH농협", fa="loan@nh-loan-app.example", shape="html", brand="NH농협 서민금융", theme="green",
  sub="[NH농협] 서민금융 대출 승인 완료 - 전용 앱 설치 후 실행",
  body=D("""
    고객님이 신청하신 서민금융 대출이 승인되었습니다.

    승인 한도: 3,000만원 / 금리 연 3.2%
    실행을 위해 농협 전용 보안 앱을 설치해 주세요.

    [[전용 앱 설치 (Android)|http://nh-loan-app.example/download/nhloan.apk]]

    기존 대출이 있으시면 상담원 안내에 따라 먼저 상환하셔야 합니다.
    """)),
]


def BULK(fn, fa, brand, sub, lines, company, address, phone, unsub, consent, style, theme="brand",
         shape="html", imgs=0, cs=None, bizno=None):
    if style == 0:
        foot = ("본 메일은 %s 기준, 회원님의 수신동의 여부를 확인한 결과 수신에 동의하셨기에 발송되었습니다.\n"
                "수신을 원하지 않으시면 [[수신거부|%s]]를 클릭해 주세요.\n"
                "%s | %s | 고객센터 %s" % (consent, unsub, company, address, phone))
    elif style == 1:
        foot = ("※ 본 메일은 발신 전용입니다. 광고성 정보 수신을 원하지 않으시면 [[여기|%s]]에서 수신거부 하실 수 있습니다. (Unsubscribe)\n"
                "%s\n%s\nTel. %s" % (unsub, company, address, phone))
    else:
        foot = ("(광고) 수신거부: %s\n상호: %s%s\n주소: %s\n전화: %s\n수신동의일: %s"
                % (unsub, company, (" / 사업자등록번호 %s" % bizno) if bizno else "", address, phone, consent))
    body = D(lines) + "\n" + foot + "\n"
    sp = M(fn=fn, fa=fa, brand=brand, theme=theme, shape=shape, sub=sub, body=body, unsub=unsub, dkim=True,
           precedence="bulk", imgs=imgs)
    if shape == "related" and not imgs:
        sp["imgs"] = 1
    if cs:
        sp["cs"] = cs
    return sp


BULK_LIST = [
BULK("무신사", "news@musinsa.com", "MUSINSA", "(광고) 무진장 블랙프라이데이 최대 80% 할인 시작",
     """
     올해 마지막 무진장 블랙프라이데이가 시작됐어요.

     - 아우터 최대 80% 할인
     - 회원 전용 15% 중복 쿠폰
     - 기간: 11월 14일 ~ 11월 30일

     https://www.musinsa.com
     """, "(주)무신사", "서울특별시 성동구", "1544-7199", "https://www.musinsa.com/member/mail-reject", "2023년 3월 2일", 0, shape="related", imgs=2),
BULK("컬리", "marketing@kurly.com", "Kurly", "(광고) 첫 구매 100원 딜 + 무료배송 쿠폰이 도착했어요",
     """
     고객님만을 위한 첫 구매 혜택

     인기 상품 100원 딜 (1인 1회)
     샛별배송 무료배송 쿠폰 3장

     https://www.kurly.com
     """, "(주)컬리", "서울특별시 강남구", "1644-1107", "https://www.kurly.com/member/unsubscribe", "2025년 1월 11일", 1, theme="news"),
BULK("SSG.COM", "ssg@ssg.com", "SSG.COM", "(광고) 쓱데이 사전 쿠폰이 도착했습니다",
     """
     쓱데이 사전 혜택

     최대 20% 할인 쿠폰팩
     신세계백화점·이마트 상품권 증정 이벤트

     https://www.ssg.com
     """, "(주)에스에스지닷컴", "서울특별시 중구", "1577-3419", "https://www.ssg.com/customer/mailReject.ssg", "2024년 8월 19일", 0, shape="alt"),
BULK("롯데ON", "lotteon@lotteon.com", "LOTTE ON", "(광고) 롯데온 브랜드위크 - 뷰티 최대 70%",
     """
     이번 주 롯데온 브랜드위크

     뷰티 브랜드 최대 70%
     L.POINT 5배 적립

     https://www.lotteon.com
     """, "롯데쇼핑(주) e커머스사업부", "서울특별시 송파구", "1899-7000", "https://www.lotteon.com/p/member/mail/reject", "2024년 5월 3일", 2),
BULK("야놀자", "news@yanolja.com", "yanolja", "(광고) 겨울 온천 숙소 특가 최대 60%",
     """
     따뜻한 겨울 여행 준비하세요

     전국 온천 호텔·리조트 최대 60%
     선착순 3만원 할인 쿠폰

     https://www.yanolja.com
     """, "야놀자(주)", "서울특별시 강남구", "1644-1346", "https://www.yanolja.com/mypage/mail-reject", "2025년 2월 14일", 1, theme="red", shape="related", imgs=1),
BULK("오늘의집", "news@ohou.se", "오늘의집", "(광고) 연말 홈파티 준비, 조명·러그 최대 50%",
     """
     연말 홈파티 준비 되셨나요?

     무드등·조명 최대 50%
     러그·커튼 오늘의딜

     https://ohou.se
     """, "(주)버킷플레이스", "서울특별시 서초구", "1670-0876", "https://ohou.se/users/notifications/unsubscribe", "2024년 11월 2일", 0, shape="alt"),
BULK("29CM", "hello@29cm.co.kr", "29CM", "(광고) 이구위크 개막 - 단 7일, 브랜드 최대 혜택",
     """
     가장 29CM다운 일주일, 이구위크

     브랜드 단독 최대 혜택
     무료배송 + 적립금 2배

     https://www.29cm.co.kr
     """, "(주)무신사 29CM", "서울특별시 성동구", "1660-2929", "https://www.29cm.co.kr/unsubscribe", "2025년 4월 6일", 2, theme="news"),
BULK("알라딘", "webmaster@aladin.co.kr", "알라딘", "(광고) 연말 굿즈 - 도서 구매 시 다이어리 증정",
     """
     올해도 알라딘 다이어리가 왔어요

     국내도서 포함 5만원 이상 구매 시 다이어리 선택
     eBook 10% 추가 적립

     https://www.aladin.co.kr
     """, "(주)알라딘커뮤니케이션", "서울특별시 중구", "1544-2514", "https://www.aladin.co.kr/account/mailreject.aspx", "2022년 9월 1일", 1, shape="alt"),
BULK("GS SHOP", "gsshop@gsshop.com", "GS SHOP", "(광고) 오늘 밤 라이브 특가 - 패딩 단독 구성",
     """
     오늘 밤 9시 라이브 방송

     구스다운 롱패딩 단독 구성 159,000원
     카드 청구할인 10%

     https://www.gsshop.com
     """, "(주)GS리테일 홈쇼핑", "서울특별시 영등포구", "1899-4455", "https://www.gsshop.com/member/mailReject.gs", "2024년 12월 20일", 0, theme="red"),
BULK("11번가", "event@11st.co.kr", "11번가", "(광고) 그랜드 십일절 - 매일 11시 타임딜",
     """
     그랜드 십일절이 돌아왔어요

     매일 11시 타임딜
     11pay 결제 시 최대 11% 적립

     https://www.11st.co.kr
     """, "십일번가(주)", "서울특별시 중구", "1599-0110", "https://www.11st.co.kr/mail/reject", "2023년 11월 1일", 2, theme="red", shape="related", imgs=2),
BULK("한빛가구", "ad@hanbit-furniture.example", "한빛가구", "(광고) 원목 식탁 전시상품 최대 40% 할인전",
     """
     한빛가구 파주 본점 전시상품 정리전

     원목 식탁 4인 세트 890,000원 → 534,000원
     소파·침대 전시상품 최대 40%
     기간: 12월 1일 ~ 12월 14일

     https://hanbit-furniture.example/sale
     """, "한빛가구(주) 대표 박한빛", "경기도 파주시 탄현면 가구로 12", "031-940-0000", "https://hanbit-furniture.example/unsubscribe?e=x91", "2024년 6월 9일", 2, bizno="123-45-67890"),
BULK("초록농장", "shop@green-farm.example", "초록농장", "(광고) 햇사과 부사 10kg 산지직송 특가",
     """
     경북 청송 햇사과 수확 시작!

     부사 10kg (40과 내외) 39,900원
     2박스 이상 무료배송

     https://green-farm.example
     """, "농업회사법인 초록농장", "경상북도 청송군 청송읍 사과길 7", "054-873-0000", "https://green-farm.example/mail/out", "2025년 9월 30일", 0, theme="green", shape="alt", cs="euc-kr"),
BULK("바른필라테스", "hello@barun-pilates.example", "바른필라테스", "(광고) 신규 회원 체험 레슨 1회 무료",
     """
     새해 운동 계획, 바른필라테스와 함께하세요.

     기구 필라테스 체험 1회 무료
     3개월 등록 시 10% 할인

     예약: https://barun-pilates.example/trial
     """, "바른필라테스 역삼점 (대표 이소연)", "서울특별시 강남구 테헤란로 00길 3, 4층", "02-555-0000", "https://barun-pilates.example/unsub", "2025년 7월 1일", 1),
BULK("리브어학원", "info@live-english.example", "LIVE ENGLISH", "(광고) 겨울방학 영어 집중반 조기 등록 할인",
     """
     초·중등 겨울방학 집중반 모집

     파닉스 / 리딩 / 스피킹 레벨별 소수 정예
     12월 10일까지 조기 등록 15% 할인

     레벨테스트 신청: https://live-english.example/test
     """, "리브어학원", "경기도 성남시 분당구 정자일로 000", "031-711-0000", "https://live-english.example/optout", "2024년 12월 2일", 2, cs="euc-kr", bizno="213-09-00000"),
BULK("맑은안경", "event@clear-optical.example", "맑은안경", "(광고) 누진다초점 렌즈 1+1 이벤트",
     """
     부모님 선물로 좋은 누진다초점 렌즈

     국산 누진렌즈 1+1
     무료 시력검사, 안경테 30% 할인

     https://clear-optical.example
     """, "맑은안경 종로점", "서울특별시 종로구 종로 000", "02-733-0000", "https://clear-optical.example/unsubscribe", "2025년 3월 17일", 0, shape="alt", cs="ks_c_5601-1987"),
BULK("카닥터 정비", "care@cardoctor-service.example", "CAR DOCTOR", "(광고) 겨울철 차량 무상 점검 + 엔진오일 20% 할인",
     """
     겨울철 안전운전 준비하세요

     배터리·부동액·타이어 무상 점검
     엔진오일 교환 20% 할인 (12월 한정)

     예약: https://cardoctor-service.example/booking
     """, "카닥터정비 (대표 최정비)", "인천광역시 남동구 논현로 000", "032-811-0000", "https://cardoctor-service.example/mail/reject", "2023년 10월 8일", 2, cs="euc-kr"),
BULK("꽃다방", "hello@kkotdabang.example", "꽃다방", "(광고) 크리스마스 리스 & 꽃다발 사전 예약",
     """
     크리스마스 리스 사전 예약을 받습니다.

     생화 리스 59,000원 / 꽃다발 45,000원부터
     12월 20일까지 예약 시 10% 할인

     https://kkotdabang.example/xmas
     """, "꽃다방 플라워", "서울특별시 마포구 와우산로 000", "02-322-0000", "https://kkotdabang.example/unsub", "2025년 5월 8일", 1, theme="red", shape="related", imgs=1),
BULK("오로라여행", "tour@aurora-travel.example", "오로라여행", "(광고) 핀란드 오로라 6박 8일 얼리버드 모집",
     """
     2026년 1~3월 출발 핀란드 오로라 여행

     로바니에미 유리이글루 2박 포함
     얼리버드 1인 30만원 할인

     상담 예약: https://aurora-travel.example
     """, "(주)오로라여행사 관광사업자등록 제2019-000017호", "서울특별시 중구 을지로 000", "02-777-0000", "https://aurora-travel.example/mail/stop", "2024년 4월 22일", 0, shape="alt", cs="euc-kr"),
BULK("캠프라인", "store@campline-gear.example", "CAMPLINE", "(광고) 동계 캠핑 텐트·난로 시즌오프",
     """
     동계 캠핑 장비 시즌오프

     면텐트 4인용 30% 할인
     등유 난로 + 가방 세트 특가

     https://campline-gear.example
     """, "(주)캠프라인기어", "경기도 김포시 고촌읍 아라육로 000", "031-987-0000", "https://campline-gear.example/unsubscribe", "2025년 8월 1일", 2, theme="news", cs="ks_c_5601-1987"),
BULK("로스터리 온도", "coffee@ondo-roastery.example", "ONDO ROASTERY", "(광고) 이달의 원두 - 에티오피아 구지 내추럴",
     """
     11월 이달의 원두

     에티오피아 구지 내추럴 200g 15,000원
     정기구독 첫 달 50% 할인

     https://ondo-roastery.example/beans
     """, "로스터리 온도 (대표 한온도)", "대전광역시 유성구 대학로 000", "042-823-0000", "https://ondo-roastery.example/unsub", "2025년 2월 2일", 1, shape="alt"),
]


# Send dates for messages whose body mentions concrete dates (keeps Date: consistent with the text).
DATES = {
    "RE: 견적서 요청드립니다 (CNC 가공 부품 200EA)": (2025, 4, 11),
    "입금 계좌 변경 안내": (2025, 4, 21),
    "11월 2차 납품": (2025, 11, 10), "김장 날짜": (2025, 11, 24), "송년회 장소": (2025, 12, 1),
    "설악산 정기산행": (2025, 10, 27), "교외체험학습": (2025, 10, 15), "아버지 병원": (2025, 11, 12),
    "하이원 리조트": (2025, 11, 20), "연말정산 서류": (2026, 1, 8), "결제 API 타임아웃": (2025, 11, 4),
    "FW: 용역계약서": (2025, 6, 13), "보증금 반환": (2025, 12, 15), "저희 결혼합니다": (2026, 2, 20),
    "오세훈 과장 부친상": (2025, 9, 2), "10월 번역료": (2025, 11, 3), "2기 부가가치세": (2026, 1, 2),
    "칠순": (2026, 1, 20),
    "인터넷뱅킹 로그인 알림": (2025, 7, 14), "11월 이용대금명세서": (2025, 11, 12), "정기예금 만기": (2025, 11, 19),
    "해외 ATM": (2025, 8, 2), "대출 이자 납입일": (2025, 10, 14), "공동인증서 만료": (2026, 1, 18),
    "50,000원을 보냈어요": (2025, 5, 9), "[11번가] 결제가 완료": (2025, 6, 13), "구매확정 부탁": (2025, 3, 6),
    "주문 영수증": (2025, 9, 19), "K7Q2ZR": (2025, 12, 2), "온라인 체크인": (2025, 6, 1),
    "[우체국택배] 배달 완료": (2025, 2, 27), "8월분 전기요금": (2025, 8, 14), "2024년 귀속 종합소득세 신고": (2025, 5, 7),
    "민원이 처리": (2025, 4, 18), "건강검진 대상자": (2025, 3, 10), "새로운 환경에서 로그인": (2025, 10, 2),
    "휴면 전환 예정": (2025, 10, 31), "10월 이용요금": (2025, 11, 7), "인터넷 약정 만료": (2025, 11, 25),
    "소액결제 이용 안내": (2025, 7, 30), "매수 체결": (2025, 3, 18), "자동차보험 만기": (2026, 1, 31),
    "진료 예약 안내": (2026, 2, 10), "등록금 납부": (2026, 2, 12),
    "한빛인의 밤": (2025, 11, 3), "11월 넷째 주 주보": (2025, 11, 21), "춘천마라톤": (2025, 9, 22),
    "제로트러스트": (2025, 9, 3), "이력서를 열람": (2025, 10, 14), "레미제라블": (2025, 8, 11),
    "2026년 VIP": (2026, 1, 1), "e-프리퀀시": (2025, 10, 30), "MD가 추천": (2025, 11, 4),
    "12월 서울 정기 세미나": (2025, 11, 10), "저수조 청소": (2025, 12, 1), "2025-112호": (2025, 12, 10),
    "한강 겨울 축제": (2025, 12, 11), "Morning Brief": (2025, 9, 5), "원화 입출금 서비스": (2025, 6, 10),
    "하이원 스키": (2025, 11, 20), "회원권 만료": (2025, 9, 23), "반납 예정일": (2025, 4, 19),
    "추계학술대회": (2025, 10, 13), "입장 QR": (2025, 11, 12), "다낭": (2025, 11, 18),
    "국가장학금": (2025, 11, 20), "송년산행": (2025, 11, 30),
    "보안인증 갱신": (2025, 8, 20), "USD 1,349.00": (2025, 11, 2), "987,000원": (2025, 6, 11),
    "로그인 시도가 차단": (2025, 9, 27), "주소 불일치로 배송": (2025, 10, 10), "387,200원": (2025, 7, 8),
    "2025형제11482": (2025, 10, 28), "민생회복": (2025, 8, 25), "결과 통보서": (2025, 11, 4),
    "속도위반": (2025, 6, 16), "11월 납품대금": (2025, 11, 28), "확인되지 않은 송금": (2025, 12, 3),
    "무진장 블랙프라이데이": (2025, 11, 14), "첫 구매 100원": (2025, 3, 14), "쓱데이": (2025, 11, 4),
    "브랜드위크": (2025, 5, 20), "겨울 온천": (2025, 12, 2), "홈파티": (2025, 12, 8), "이구위크": (2025, 5, 12),
    "연말 굿즈": (2025, 12, 1), "라이브 특가": (2025, 11, 27), "그랜드 십일절": (2025, 11, 1),
    "원목 식탁": (2025, 11, 28), "햇사과": (2025, 10, 20), "체험 레슨": (2025, 12, 29),
    "겨울방학 영어": (2025, 11, 26), "누진다초점": (2025, 4, 28), "무상 점검": (2025, 12, 1),
    "크리스마스 리스": (2025, 12, 5), "핀란드 오로라": (2025, 9, 15), "시즌오프": (2026, 2, 16),
    "이달의 원두": (2025, 11, 3),
}


def apply_dates():
    allspecs = HAM_PERSONAL + HAM_TRANSACTIONAL + HAM_NEWS + SPAM + PHISH + BULK_LIST
    for key, d in DATES.items():
        hits = [sp for sp in allspecs if key in sp["sub"]]
        if len(hits) > 1:
            hits = [sp for sp in hits if sp["sub"] == key]
        assert len(hits) == 1, (key, len(hits))
        hits[0]["date"] = d


apply_dates()


# ================================================================ main
def make_lists():
    ham = HAM_PERSONAL + HAM_TRANSACTIONAL + HAM_NEWS
    for sp, kind in zip(ham, ["personal"] * len(HAM_PERSONAL) + ["transactional"] * len(HAM_TRANSACTIONAL)
                        + ["newsletter"] * len(HAM_NEWS)):
        sp.setdefault("kind", kind)
    lists = {"ham": list(ham), "spam": list(SPAM), "phish": list(PHISH), "bulk": list(BULK_LIST)}
    for cls in lists:
        random.Random("order-" + cls).shuffle(lists[cls])
        assert len(lists[cls]) == COUNTS[cls], (cls, len(lists[cls]))
    return lists


def verify(path, meta, cls):
    raw = open(path, "rb").read()
    problems = []
    if b"\r\n" not in raw or re.search(rb"(?<!\r)\n", raw):
        problems.append("line endings not uniformly CRLF")
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    for name in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Return-Path", "Received"):
        if msg[name] is None:
            problems.append("missing " + name)
    for k, v in msg.items():
        if getattr(v, "defects", None):
            problems.append("header defect %s: %r" % (k, v.defects))
        if "\ufffd" in str(v) or "=?" in str(v):
            problems.append("undecoded header %s" % k)
    if str(msg["Subject"]) != meta["subject"]:
        problems.append("subject round-trip mismatch: %r" % str(msg["Subject"]))
    y = msg["Date"].datetime.year
    if y not in (2025, 2026):
        problems.append("date year %d" % y)
    if msg.get_content_type() != meta["shape"]:
        problems.append("shape %s != %s" % (msg.get_content_type(), meta["shape"]))
    if cls == "bulk" and (not str(msg["Subject"]).startswith("(광고)") or msg["List-Unsubscribe"] is None):
        problems.append("bulk without (광고)/List-Unsubscribe")
    ntext, lossy = 0, False
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %r" % part.defects)
        if part.is_multipart():
            continue
        payload = part.get_payload(decode=True)
        if not payload:
            problems.append("empty payload " + part.get_content_type())
        if part.get_content_maintype() == "text":
            txt = part.get_content()
            cs = part.get_content_charset()
            strict = payload.decode(CODEC.get(cs, cs))  # raises if broken
            if not strict.strip():
                problems.append("empty text part")
            if part.get_filename() is None:
                ntext += 1
                if cs != meta["charset"]:
                    problems.append("charset %s != %s" % (cs, meta["charset"]))
                if part["Content-Transfer-Encoding"] != meta["cte"]:
                    problems.append("cte mismatch")
            if "\ufffd" in txt:
                if cs == "ks_c_5601-1987" and "\ufffd" not in strict:
                    lossy = True   # stdlib maps ks_c_5601-1987 to strict EUC-KR; bytes are CP949
                else:
                    problems.append("replacement char in decoded text")
        else:
            part.get_filename()
    if ntext == 0:
        problems.append("no body text part")
    if problems:
        raise SystemExit("VERIFY FAILED %s: %s" % (path, "; ".join(problems)))
    return lossy


def table(rows, header):
    out = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    for r in rows:
        out.append("| " + " | ".join(str(x) for x in r) + " |")
    return "\n".join(out)


def comp_table(manifest, key, values):
    rows = []
    for cls in COUNTS:
        rows.append([cls] + [sum(1 for m in manifest if m["class"] == cls and m[key] == v) for v in values]
                    + [COUNTS[cls]])
    rows.append(["**total**"] + [sum(1 for m in manifest if m[key] == v) for v in values] + [sum(COUNTS.values())])
    return table(rows, ["class"] + values + ["total"])


README_HEAD = """# ko-fresh4 — held-out Korean mail measurement set

## Provenance

Written on 2026-11-28 by an independent writer who had **not** seen the
filter's rules, its source, its tests, or any of the earlier Korean sets.
All messages were composed from general knowledge of Korean e-mail as it
looks in 2025–2026 (person-to-person mail, transactional notices, newsletters,
lawful `(광고)` advertising, spam and phishing).  They are synthetic: no real
person's mail was used.  Invented organisations, persons' companies, spammers
and phishers use domains under `.example` / `.test`; genuine notices of real
Korean brands use those brands' own domains, and no malicious link points at a
real third party's domain.  IP addresses are from the documentation ranges
(192.0.2.0/24, 198.51.100.0/24, 203.0.113.0/24); DKIM signatures are
syntactically realistic but cryptographically meaningless.

Everything here is produced by `generate.py` (Python 3 standard library only,
fixed seeds, no clock reads).  `python3 generate.py` rewrites `ham/`, `spam/`,
`phish/`, `bulk/`, `MANIFEST.tsv` and this README byte-for-byte identically,
then parses every message back with `email` (`policy=email.policy.default`),
decodes every text part, and exits non-zero on any problem.  Line endings are
CRLF throughout.

## MEASUREMENT ONLY

This set exists to measure the filter, not to train it.

* **Never** write, tune or test-drive rules, scores, word lists or
  heuristics against these messages, and never copy phrases from them into
  the filter or its tests.
* Run the filter over it, record the numbers, and look only at aggregate
  results.
* If anyone reads individual messages in order to change the filter, the set
  is burned: **retire it** (move it out of the measurement run, note that in
  the changelog) and have a new independent set written.

## Classes
"""


def main():
    for cls in COUNTS:
        d = os.path.join(HERE, cls)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    lists = make_lists()
    manifest = []
    lossy = 0
    for cls in COUNTS:
        for i, sp in enumerate(lists[cls], 1):
            raw, meta = build(cls, i, sp)
            rel = "%s/%03d.eml" % (cls, i)
            with open(os.path.join(HERE, rel), "wb") as f:
                f.write(raw)
            meta.update({"file": rel, "class": cls})
            manifest.append(meta)
            if verify(os.path.join(HERE, rel), meta, cls):
                lossy += 1
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tclass\tcharset\ttransfer_encoding\tmime_shape\tsender\tsubject\n")
        for m in manifest:
            subj = re.sub(r"[\t\r\n]+", " ", m["subject"])
            f.write("\t".join([m["file"], m["class"], m["charset"], m["cte"], m["shape"], m["sender"], subj]) + "\n")
    # composition checks
    cs_count = {c: sum(1 for m in manifest if m["charset"] == c) for c in CODEC}
    assert cs_count["euc-kr"] >= 35, cs_count
    assert cs_count["ks_c_5601-1987"] >= 15, cs_count
    for cte in ("base64", "quoted-printable", "8bit"):
        assert any(m["cte"] == cte for m in manifest), cte
    shapes = ["text/plain", "text/html", "multipart/alternative", "multipart/mixed", "multipart/related"]
    for s in shapes:
        assert any(m["shape"] == s for m in manifest), s
    kinds = {}
    for sp in lists["ham"]:
        kinds[sp["kind"]] = kinds.get(sp["kind"], 0) + 1
    desc = [
        ["ham", COUNTS["ham"], "Legitimate mail: %d person-to-person (colleagues, clients, suppliers, family, friends, clubs, school; "
         "replies/forwards with quoted text, PDF/XLSX/HWP attachments; some merely *talk about* loans, stocks, crypto, casinos, "
         "diets, medicine, part-time jobs, or forward a scam text as a warning), %d transactional notices from real Korean "
         "organisations' own domains (banks, cards, securities, insurers, telecoms, couriers, shops, airlines, hospital, "
         "university, KEPCO, NTS/Hometax, Gov24, NHIS, NPS, portals, Toss), %d newsletters, lists, alumni/church/club mail, "
         "webinars, recruiting, tickets, memberships (a few with a proper `(광고)` prefix and 수신거부 link)."
         % (kinds["personal"], kinds["transactional"], kinds["newsletter"])],
        ["spam", COUNTS["spam"], "Unsolicited junk: loans, illegal gambling (토토/카지노/바카라/슬롯/홀덤), stock/coin 리딩방, adult, "
         "counterfeit medicine, fake 부업/task scams, 상품권·소액결제·카드 현금화, fake 정책자금 consultants, DB sales, replicas, "
         "foreign B2B. Evasions: dotted/spaced syllables, initial consonants, Cyrillic look-alikes, full-width, zero-width "
         "spaces, emoji, image-only HTML, messenger IDs. Most lack `(광고)`; two carry it falsely."],
        ["phish", COUNTS["phish"], "Credential/money theft: bank and card (해외결제 call-back) impersonation, portal/webmail login, "
         "couriers/customs, 국세청 환급, 경찰청/검찰청/법원, 정부24, 건강보험, 과태료, 부고/청첩장 lures, company webmail expiry, BEC "
         "(look-alike supplier domains, changed bank account), CEO gift-card fraud from free mail, 중고거래 safe-payment scams. "
         "Brand in display name, unrelated/look-alike sending and link domains; some HTML/ZIP attachments."],
        ["bulk", COUNTS["bulk"], "Lawful advertising under 정보통신망법 §50: subject starts with `(광고)`, body has company name, "
         "address, phone and a 수신거부 link, List-Unsubscribe(+Post) headers, merchant's own domain with its DKIM signature."],
    ]
    readme = README_HEAD + "\n" + table(desc, ["class", "count", "description"]) + "\n\n"
    readme += "## Charset composition\n\n" + comp_table(manifest, "charset", list(CODEC)) + "\n\n"
    readme += ("`ks_c_5601-1987` parts contain CP949 bytes (as Outlook writes them); a few use CP949-only syllables "
               "outside KS X 1001 (e.g. 똠), which Python's stdlib decodes as strict EUC-KR and therefore replaces — "
               "%d message(s) are affected. Decode this label as CP949.\n\n" % lossy)
    readme += "## Transfer-encoding composition (of the text parts)\n\n" + comp_table(
        manifest, "cte", ["base64", "quoted-printable", "8bit"]) + "\n\n"
    readme += "Attachments and inline images are always base64.\n\n"
    readme += "## MIME-shape composition (top-level Content-Type)\n\n" + comp_table(manifest, "shape", shapes) + "\n\n"
    readme += ("## Files\n\n* `generate.py` — the generator and self-check\n* `MANIFEST.tsv` — file, class, charset, "
               "transfer_encoding, mime_shape, sender, subject (decoded)\n* `ham/`, `spam/`, `phish/`, `bulk/` — `NNN.eml`\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(readme)
    print("wrote %d messages; charsets %s; ks_c messages lossy under stdlib decoding: %d"
          % (len(manifest), cs_count, lossy))


if __name__ == "__main__":
    main()
