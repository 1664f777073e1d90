#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Synthetic Korean e-mail measurement set generator.

Writes ham/ spam/ phish/ *.eml (RFC 5322, CRLF), MANIFEST.tsv and README.md
next to this file.  Python 3 standard library only; fixed seeds; no clock
reads (all dates are derived from a fixed base date).

Measurement only -- never use these messages for training.
"""
import base64
import hashlib
import io
import os
import quopri
import random
import struct
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

SEED = 20261128
KST = timezone(timedelta(hours=9))
BASE = datetime(2026, 11, 2, 7, 0, 0, tzinfo=KST)
OUT = os.path.dirname(os.path.abspath(__file__))

REGISTRY = {"ham": [], "spam": [], "phish": []}


def reg(label, n=1):
    def deco(fn):
        for i in range(n):
            REGISTRY[label].append((fn, i))
        return fn
    return deco


def M(**kw):
    return kw


WD = "월화수목금토일"


def kd(d, wd=True):
    s = "%d월 %d일" % (d.month, d.day)
    return s + ("(%s)" % WD[d.weekday()] if wd else "")


def kdf(d):
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


def won(n):
    return "{:,}".format(n)


def dots(d):
    return d.strftime("%Y.%m.%d")


# ---------------------------------------------------------------- people
SURN = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"]
GIVEN = ["민지", "서연", "지훈", "도윤", "하은", "준서", "수빈", "예린", "현우", "지민", "성민", "유진", "은지", "태윤",
         "다은", "승현", "혜린", "민재", "소영", "재원", "가은", "영수", "미경", "정호", "순자", "경희", "상철", "보람"]
ROM_S = {"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
         "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang",
         "안": "ahn", "송": "song", "류": "ryu", "홍": "hong"}
ROM_G = {"민지": "minji", "서연": "seoyeon", "지훈": "jihoon", "도윤": "doyoon", "하은": "haeun", "준서": "junseo",
         "수빈": "subin", "예린": "yerin", "현우": "hyunwoo", "지민": "jimin", "성민": "sungmin", "유진": "yujin",
         "은지": "eunji", "태윤": "taeyoon", "다은": "daeun", "승현": "seunghyun", "혜린": "hyerin", "민재": "minjae",
         "소영": "soyoung", "재원": "jaewon", "가은": "gaeun", "영수": "youngsoo", "미경": "mikyung", "정호": "jungho",
         "순자": "soonja", "경희": "kyunghee", "상철": "sangchul", "보람": "boram"}
RCPT_DOMAINS = ["hanul-soft.example", "mail.dalbit.test", "seoul-design.example", "inbox.gaon.test",
                "nuri-trading.example", "home.bomi.test", "sejong-lab.example", "post.hangang.test"]


def person(r):
    s = r.choice(SURN)
    g = r.choice(GIVEN)
    return s + g, s, g, ROM_G[g], ROM_S[s]


def free_addr(r, given_rom, sur_rom, dom=None):
    dom = dom or r.choice(["naver.com", "daum.net", "gmail.com", "hanmail.net", "nate.com"])
    style = r.randint(0, 3)
    if style == 0:
        lp = "%s.%s" % (given_rom, sur_rom)
    elif style == 1:
        lp = "%s%s%d" % (sur_rom, given_rom, r.randint(70, 99))
    elif style == 2:
        lp = "%s_%s" % (given_rom, r.choice(["love", "day", "sky", "moon", "0" + str(r.randint(1, 9))]))
    else:
        lp = "%s%s" % (given_rom[0] + sur_rom, r.randint(100, 9999))
    return "%s@%s" % (lp, dom)


def rcpt(r):
    full, s, g, gr, sr = person(r)
    dom = r.choice(RCPT_DOMAINS)
    return full, "%s.%s@%s" % (gr, sr, dom)


def acct(r, bank=None):
    bank = bank or r.choice(["국민은행", "신한은행", "우리은행", "하나은행", "농협", "카카오뱅크", "토스뱅크", "기업은행"])
    n = "%03d-%02d-%06d" % (r.randint(100, 999), r.randint(10, 99), r.randint(0, 999999))
    if bank == "카카오뱅크":
        n = "3333-%02d-%07d" % (r.randint(0, 30), r.randint(0, 9999999))
    return bank, n


def phone_fake(r):
    # 010-0xxx is not an assigned Korean mobile range
    return "010-0%03d-%04d" % (r.randint(0, 999), r.randint(0, 9999))


def doc_ip(r):
    return "%s.%d" % (r.choice(["192.0.2", "198.51.100", "203.0.113"]), r.randint(1, 254))


def hexs(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def alnum(r, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(r.choice(alphabet) for _ in range(n))


# ---------------------------------------------------------------- attachments
def pdf_bytes(r, title="Document"):
    title = "".join(c for c in title if ord(c) < 128) or "Document"
    stream = ("BT /F1 12 Tf 72 720 Td (%s) Tj ET" % title).encode()
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    # a little padding to vary sizes
    out.write(b"% " + bytes(r.randint(65, 90) for _ in range(r.randint(200, 900))) + b"\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x))
    return out.getvalue()


def hwp_bytes(r):
    head = bytes.fromhex("D0CF11E0A1B11AE1") + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00"
    return head + bytes(r.randint(0, 255) for _ in range(r.randint(1500, 3000)))


def jpg_bytes(r):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00" +
            bytes(r.randint(0, 255) for _ in range(r.randint(2000, 5000))) + b"\xff\xd9")


def png_bytes(r, w=24, h=24):
    col = bytes([r.randint(0, 255), r.randint(0, 255), r.randint(0, 255)])
    raw = b"".join(b"\x00" + col * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0)) +
            chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def xlsx_bytes(rows):
    def cell(v):
        if isinstance(v, (int, float)):
            return "<c><v>%s</v></c>" % v
        v = str(v).replace("&", "&amp;").replace("<", "&lt;")
        return '<c t="inlineStr"><is><t>%s</t></is></c>' % v
    sheet = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
             "".join("<row>%s</row>" % "".join(cell(c) for c in row) for row in rows) +
             "</sheetData></worksheet>")
    files = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
        "xl/workbook.xml": '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Sheet1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        "xl/_rels/workbook.xml.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": sheet,
    }
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()


def ics_bytes(uid, summary, start, minutes, location, organizer, desc=""):
    end = start + timedelta(minutes=minutes)
    f = lambda d: d.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Synthetic//KO", "VERSION:2.0", "METHOD:REQUEST", "BEGIN:VEVENT",
             "UID:" + uid, "DTSTAMP:" + f(start - timedelta(days=7)), "DTSTART:" + f(start), "DTEND:" + f(end),
             "SUMMARY:" + summary, "LOCATION:" + location, "ORGANIZER:mailto:" + organizer,
             "DESCRIPTION:" + desc.replace("\n", "\\n"), "END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


# ---------------------------------------------------------------- encoding helpers
def ksx_ok(s):
    try:
        return s.encode("euc-kr") == s.encode("cp949")
    except UnicodeError:
        return False


def ew(s, label, codec, mode="B"):
    """RFC 2047 encode s (possibly into several folded encoded-words)."""
    if all(32 <= ord(c) < 127 for c in s):
        return s

    def one(x):
        b = x.encode(codec)
        if mode == "B":
            return "=?%s?B?%s?=" % (label, base64.b64encode(b).decode())
        q = "".join(chr(c) if (48 <= c <= 57 or 65 <= c <= 90 or 97 <= c <= 122) else
                    ("_" if c == 32 else "=%02X" % c) for c in b)
        return "=?%s?Q?%s?=" % (label, q)
    words, cur = [], ""
    for ch in s:
        if cur and len(one(cur + ch)) > 74:
            words.append(one(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(one(cur))
    return "\r\n ".join(words)


def addr_hdr(name, addr, label, codec, mode):
    if not name:
        return addr
    if all(32 <= ord(c) < 127 for c in name):
        if any(c in name for c in ',.;:()[]"'):
            return '"%s" <%s>' % (name, addr)
        return "%s <%s>" % (name, addr)
    return "%s <%s>" % (ew(name, label, codec, mode), addr)


def enc_body(text, codec, cte):
    data = text.replace("\r\n", "\n").encode(codec)
    if cte == "base64":
        out = base64.encodebytes(data)
    elif cte == "quoted-printable":
        out = quopri.encodestring(data)
    else:
        out = data
        if not out.endswith(b"\n"):
            out += b"\n"
    return out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def b64_lines(data):
    return base64.encodebytes(data).replace(b"\n", b"\r\n")


def html_from_text(text, title, color="#333333", footer=None):
    import html as H
    paras = text.strip().split("\n\n")
    out = ['<!DOCTYPE html>', '<html lang="ko"><head><meta http-equiv="Content-Type" content="text/html; charset=__CS__">',
           '<title>%s</title></head>' % H.escape(title),
           '<body style="margin:0;padding:0;background:#f4f4f4;font-family:\'Malgun Gothic\',\'맑은 고딕\',sans-serif;">',
           '<table width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">',
           '<table width="640" cellpadding="24" cellspacing="0" border="0" style="background:#ffffff;">',
           '<tr><td style="border-top:4px solid %s;font-size:18px;font-weight:bold;color:%s;">%s</td></tr>' % (color, color, H.escape(title)),
           '<tr><td style="font-size:14px;line-height:1.7;color:#333333;">']
    for p in paras:
        lines = []
        for ln in p.split("\n"):
            e = H.escape(ln)
            words = e.split(" ")
            for k, w in enumerate(words):
                if w.startswith("http://") or w.startswith("https://"):
                    words[k] = '<a href="%s" style="color:%s;">%s</a>' % (w, color, w)
            lines.append(" ".join(words))
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    out.append("</td></tr>")
    if footer:
        out.append('<tr><td style="font-size:11px;color:#999999;line-height:1.5;">%s</td></tr>' %
                   "<br>\n".join(H.escape(x) for x in footer.strip().split("\n")))
    out.append("</table></td></tr></table></body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- header helpers
FREE = {"naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com"}


def msgid(r, dom, d, style=None):
    if style is None:
        style = {"naver.com": "naver", "daum.net": "daum", "hanmail.net": "daum", "gmail.com": "gmail",
                 "nate.com": "nate"}.get(dom, "generic")
    if style == "naver":
        return "<%s@cweb%03d.nm.nfra.io>" % (alnum(r, 22), r.randint(1, 40))
    if style == "daum":
        return "<%s.%s@daum.net>" % (d.strftime("%Y%m%d%H%M%S"), hexs(r, 16))
    if style == "gmail":
        return "<CA%s@mail.gmail.com>" % alnum(r, 50, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-")[:50]
    if style == "nate":
        return "<%s.%s@nate.com>" % (d.strftime("%Y%m%d%H%M%S"), r.randint(10000, 99999))
    if style == "outlook":
        box = "SE2P216MB%04d" % r.randint(1000, 9999)
        return "<%s%s@%s.KORP216.PROD.OUTLOOK.COM>" % (box, alnum(r, 22, "ABCDEF0123456789"), box)
    if style == "uuid":
        h = hexs(r, 32)
        return "<%s-%s-%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:], dom)
    if style == "ses":
        return "<0110019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (
            hexs(r, 9), hexs(r, 8), hexs(r, 4), hexs(r, 4), hexs(r, 12))
    return "<%s.%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), r.randint(1000, 99999), hexs(r, 8), dom)


def dkim(r, dom, d, sel=None):
    sel = sel or r.choice(["s1", "selector1", "mail", "default", "k1", "dkim%d" % r.randint(2019, 2026)])
    bh = base64.b64encode(bytes(r.randint(0, 255) for _ in range(32))).decode()
    b = base64.b64encode(bytes(r.randint(0, 255) for _ in range(256))).decode()
    ts = int(d.timestamp())
    bf = "\r\n\t ".join(b[i:i + 70] for i in range(0, len(b), 70))
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s; t=%d;\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n"
            "\tbh=%s;\r\n\tb=%s" % (dom, sel, ts, bh, bf))


def received_chain(r, relay, rcpt_addr, d, hops=2):
    rdom = rcpt_addr.split("@")[1]
    mx = "mx%d.%s" % (r.randint(1, 3), rdom)
    out = []
    t = d + timedelta(seconds=r.randint(2, 40))
    out.append("from %s (%s [%s])\r\n\tby %s (Postfix) with ESMTPS id %s\r\n\tfor <%s>; %s" % (
        relay, relay, doc_ip(r), mx, alnum(r, 11, "0123456789ABCDEF"), rcpt_addr, format_datetime(t)))
    by = relay
    base = relay.split(".", 1)[1] if relay.count(".") >= 2 else relay
    for k in range(hops - 1):
        t2 = d + timedelta(seconds=max(0, 2 - k))
        inner = "%s%d.%s" % (r.choice(["app", "web", "smtp-out", "mta", "send", "was"]), r.randint(1, 30),
                             r.choice(["int." + base, "localdomain", base]))
        out.append("from %s (%s [%s])\r\n\tby %s with ESMTP id %s;\r\n\t%s" % (
            inner, inner, doc_ip(r), by, hexs(r, 12), format_datetime(t2)))
        by = inner
    return out


# ---------------------------------------------------------------- message builder
class Enc:
    def __init__(self, label, codec):
        self.label, self.codec = label, codec


def choose_charset(m, r, all_text):
    want = m.get("cs")
    if want is None:
        want = "ks" if r.random() < 0.45 else "utf-8"
    if want in ("euc-kr", "ks", "ks_c_5601-1987") and ksx_ok(all_text):
        if want == "ks":
            want = r.choice(["euc-kr", "euc-kr", "ks_c_5601-1987"])
        return Enc(want, "euc-kr")
    return Enc("utf-8", "utf-8")


def text_part(body, ctype, enc, cte):
    h = "Content-Type: %s; charset=\"%s\"\r\nContent-Transfer-Encoding: %s\r\n\r\n" % (ctype, enc.label, cte)
    return h.encode() + enc_body(body, enc.codec, cte)


def attach_part(r, fname, ctype, data, enc):
    style = r.choice(["2231", "2047", "2047"])
    if all(32 <= ord(c) < 127 for c in fname):
        nm = 'name="%s"' % fname
        fn = 'filename="%s"' % fname
    elif style == "2231":
        from urllib.parse import quote
        q = quote(fname.encode("utf-8"), safe="")
        nm = "name*=UTF-8''%s" % q
        fn = "filename*=UTF-8''%s" % q
    else:
        if ksx_ok(fname) and enc.codec == "euc-kr":
            w = ew(fname, enc.label, "euc-kr", "B").replace("\r\n ", "")
        else:
            w = ew(fname, "UTF-8", "utf-8", "B").replace("\r\n ", "")
        nm = 'name="%s"' % w
        fn = 'filename="%s"' % w
    if ctype.startswith("text/calendar"):
        h = "Content-Type: %s; %s\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; %s\r\n\r\n" % (
            ctype, nm, fn)
    else:
        h = "Content-Type: %s; %s\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; %s\r\n\r\n" % (
            ctype, nm, fn)
    return h.encode() + b64_lines(data)


def boundary(r, style):
    if style == 0:
        return "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 999999999), r.randint(10 ** 12, 10 ** 13))
    if style == 1:
        return "000000000000%s" % hexs(r, 16)
    if style == 2:
        return "_%03d_%s_" % (r.randint(0, 999), alnum(r, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
    return "=_%s" % alnum(r, 28)


def multipart(subtype, parts, bnd):
    out = b"Content-Type: multipart/%s;\r\n\tboundary=\"%s\"\r\n\r\n" % (subtype.encode(), bnd.encode())
    out += b"This is a multi-part message in MIME format.\r\n\r\n" if subtype == "mixed" else b""
    for p in parts:
        out += b"--" + bnd.encode() + b"\r\n" + p
        if not p.endswith(b"\r\n"):
            out += b"\r\n"
    out += b"--" + bnd.encode() + b"--\r\n"
    return out


def build(m, r, d):
    to_name, to_addr = m.get("to") or rcpt(r)
    fname, faddr = m["frm"]
    fdom = faddr.split("@")[1]
    text = m.get("text", "").strip("\n") + "\n"
    fmt = m.get("fmt", "plain")
    html = m.get("html")
    if fmt in ("html", "alt") and html is None:
        html = html_from_text(text, m.get("title", m["subject"]), m.get("color", "#2f5fd0"), m.get("footer"))
    if fmt == "plain" and m.get("footer"):
        text = text + "\n" + m["footer"].strip("\n") + "\n"
    all_text = m["subject"] + (fname or "") + (to_name or "") + text + (html or "")
    enc = choose_charset(m, r, all_text)
    if html:
        html = html.replace("__CS__", enc.label)
    hmode = m.get("hmode") or ("Q" if r.random() < 0.2 else "B")
    if m.get("cte"):
        cte = m["cte"]
    elif enc.codec == "euc-kr":
        cte = r.choice(["base64", "base64", "8bit", "8bit", "quoted-printable"])
    else:
        cte = r.choice(["base64", "base64", "quoted-printable", "8bit"])
    hcte = m.get("hcte") or r.choice(["base64", "quoted-printable"])

    H = []
    relay = m.get("relay") or ("smtp.%s" % fdom if fdom not in FREE else {
        "naver.com": "cvsmtppost%03d.nm.naver.com" % r.randint(1, 60),
        "daum.net": "mail-smtp%d.daum.net" % r.randint(1, 9),
        "hanmail.net": "mail-smtp%d.daum.net" % r.randint(1, 9),
        "gmail.com": "mail-pj1-f%d.google.com" % r.randint(40, 99),
        "nate.com": "smtp%d.nate.com" % r.randint(1, 9)}[fdom])
    rp = m.get("return_path") or faddr
    H.append(("Return-Path", "<%s>" % rp))
    for rc in received_chain(r, relay, to_addr, d, m.get("hops", r.choice([2, 2, 3]))):
        H.append(("Received", rc))
    dk = m.get("dkim")
    if dk is None:
        dk = not fdom.endswith((".example", ".test"))
    if dk:
        ddom = m.get("dkim_dom", fdom)
        H.append(("DKIM-Signature", dkim(r, ddom, d)))
    H.append(("Date", format_datetime(d)))
    H.append(("From", addr_hdr(fname, faddr, enc.label, enc.codec, hmode)))
    if m.get("to_hdr"):
        H.append(("To", m["to_hdr"]))
    else:
        H.append(("To", addr_hdr(to_name if r.random() < 0.6 else None, to_addr, enc.label, enc.codec, hmode)))
    if m.get("cc"):
        H.append(("Cc", m["cc"]))
    H.append(("Subject", ew(m["subject"], enc.label, enc.codec, hmode)))
    H.append(("Message-ID", m.get("msgid") or msgid(r, m.get("mid_dom", fdom), d, m.get("mid"))))
    if m.get("in_reply_to"):
        H.append(("In-Reply-To", m["in_reply_to"]))
        H.append(("References", m["in_reply_to"]))
    if m.get("reply_to"):
        H.append(("Reply-To", m["reply_to"]))
    for k, v in m.get("headers", []):
        H.append((k, v))
    if m.get("unsub"):
        H.append(("List-Unsubscribe", m["unsub"]))
        if "https://" in m["unsub"]:
            H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if m.get("xmailer"):
        H.append(("X-Mailer", m["xmailer"]))
    H.append(("MIME-Version", "1.0"))

    # body
    parts = []
    if fmt == "plain":
        core = text_part(text, "text/plain", enc, cte)
    elif fmt == "html":
        core = text_part(html, "text/html", enc, hcte)
    else:
        core = multipart("alternative", [text_part(text, "text/plain", enc, cte),
                                         text_part(html, "text/html", enc, hcte)], boundary(r, r.randint(0, 3)))
    atts = m.get("att", [])
    if atts:
        bstyle = r.randint(0, 3)
        parts = [core] + [attach_part(r, a[0], a[1], a[2], enc) for a in atts]
        body = multipart("mixed", parts, boundary(r, bstyle))
    else:
        body = core
    head = b""
    for k, v in H:
        head += ("%s: %s\r\n" % (k, v)).encode("ascii")
    return head + body, enc.label


# ================================================================ HAM
def optout(shop, tel, mail, addr=None):
    s = "본 메일은 %s 회원가입 시 광고성 정보 수신에 동의하신 분께 발송되었습니다.\n" % shop
    s += "수신을 원하지 않으시면 [수신거부]를 눌러 주시거나 %s 로 '수신거부'라고 회신해 주세요.\n" % mail
    s += "%s | %s%s" % (shop, "Tel " + tel, (" | " + addr) if addr else "")
    return s


SHOPS = [
    dict(name="밀과효모 베이커리", dom="milgwa-bakery.example", sub="(광고) 11월 마지막 주, 슈톨렌 사전예약 10% 할인 🎄",
         body="""안녕하세요, 밀과효모입니다.

올해도 어김없이 슈톨렌 사전예약을 시작합니다.
작년에 오븐 한 대로 굽다가 주문을 다 못 받아 죄송했던 기억이 있어서, 올해는 수량을 두 배로 늘렸어요.

■ 사전예약 기간: {d1} ~ {d2}
■ 픽업 기간: 12월 8일부터 매장 픽업 / 택배 발송 병행
■ 혜택: 사전예약 시 10% 할인 + 시나몬 쿠키 1봉 증정
■ 쿠폰코드: STOLLEN26 (온라인 스토어 결제 시 입력)

버터는 올해도 프랑스산 발효버터를 쓰고, 럼에 3주 절인 건과일을 넣었습니다.
예약은 아래 스마트스토어 링크나 매장 방문으로 가능합니다.
https://smartstore.naver.com/milgwa_bakery

늘 찾아주셔서 감사합니다.
밀과효모 드림""", tel="02-0312-4471", ad=True, color="#8b5a2b"),
    dict(name="꽃집 오월", dom="owol-flower.example", sub="[꽃집 오월] 12월 정기구독 꽃 미리보기 & 친구 추천 이벤트",
         body="""구독자님, 안녕하세요. 꽃집 오월의 하윤입니다.

12월 첫째 주에는 목화와 유칼립투스, 화이트 라넌큘러스를 보내드려요.
둘째 주부터는 연말 분위기에 맞춰 붉은 아마릴리스가 들어갈 예정입니다.

[친구 추천 이벤트]
구독 중인 분이 친구를 추천하시면, 친구분 첫 달 30% 할인 + 추천하신 분께 미니 리스(wreath)를 드려요.
추천 코드는 마이페이지에서 확인하실 수 있습니다.

배송 요일 변경은 매주 일요일 자정까지 가능하니 참고해 주세요.
https://owol-flower.example/my/subscription

따뜻한 12월 되세요.""", tel="031-0455-2190", ad=False, color="#b0476b"),
    dict(name="손끝네일", dom="sonkkeut-nail.example", sub="(광고) [손끝네일] 수능 끝난 수험생 50% 이벤트 + 재방문 쿠폰",
         body="""수험생 여러분 정말 고생 많으셨어요!

손끝네일에서 수능 끝난 학생 대상 이벤트를 준비했어요.
- 수험표 지참 시 젤네일 원컬러 50% (본인만 가능)
- 기간: {d1} ~ {d2}
- 예약 필수 (네이버 예약 또는 카톡 채널 '손끝네일')

기존 고객님께는 재방문 5,000원 쿠폰을 함께 보내드려요.
쿠폰번호: SK-{code}
사용기한: 2026년 12월 31일

무료수신거부 080-0870-1123""", tel="02-0876-3345", ad=True, color="#d16b86"),
    dict(name="로스터리 정오", dom="jeongo-coffee.example", sub="정오 로스터리 | 이번 달 싱글오리진: 에티오피아 구지 & 콜롬비아 디카페인",
         body="""안녕하세요, 정오입니다.

이번 달 원두 소식 전해드립니다.

1) 에티오피아 구지 함벨라 (내추럴) - 복숭아, 자스민, 흑설탕
2) 콜롬비아 디카페인 (슈가케인 공법) - 밀크초콜릿, 캐러멜

정기배송 고객님은 별도 신청 없이 12월 첫 주에 구지로 발송됩니다.
디카페인으로 바꾸시려면 회신 메일로 알려주세요.

그리고 작은 소식 하나.
매장 2층을 정리해서 주말 핸드드립 클래스를 열었습니다. 정원 6명, 회당 35,000원이고 원두 200g을 드려요.
신청: https://jeongo-coffee.example/class

좋은 커피로 보답하겠습니다.""", tel="051-0742-0909", ad=False, color="#444444"),
    dict(name="할매반찬", dom="halmae-banchan.example", sub="(광고) 김장 끝물! 절임배추 마감 임박 + 동치미 무료 증정",
         body="""고객님 안녕하세요~ 할매반찬입니다.

올해 해남 절임배추가 거의 다 나갔습니다.
마지막 물량 80박스 남았고요, 이번 주 주문 건까지만 12월 초 배송 가능합니다.

▶ 해남 절임배추 20kg  39,000원 → 35,000원
▶ 김장 양념 5kg  42,000원
▶ 배추+양념 세트 주문 시 동치미 2L 무료

전화 주문도 받습니다. 문자 남겨주시면 저희가 전화 드려요.
주문하기 https://halmae-banchan.example/kimjang

(수신거부) 메일 하단 링크 클릭 또는 고객센터로 연락 주세요.""", tel="061-0533-7788", ad=True, color="#3d7a2b"),
    dict(name="바른몸 필라테스", dom="bareunmom.example", sub="회원님, 12월 시간표 변경 및 연말 재등록 혜택 안내드립니다",
         body="""회원님 안녕하세요, 바른몸 필라테스 원장 {owner}입니다.

12월부터 평일 저녁 타임이 아래와 같이 조정됩니다.
- 화/목 19:00 기구필라테스 → 19:30 으로 변경
- 수 20:30 매트 클래스 신설

그리고 연말 재등록 혜택 안내드려요.
30회 이상 재등록 시 3회 추가 + 인바디 측정 무료, 10회권 재등록 시 1회 추가입니다.
혜택 기간은 12월 20일까지예요.

수업 예약은 기존처럼 앱에서 하시면 됩니다.
궁금하신 점은 편하게 회신 주세요.""", tel="02-0557-0101", ad=False, color="#2a8c8c"),
    dict(name="맑은눈안경", dom="malgeunnun.example", sub="(광고) 맑은눈안경 누진다초점 렌즈 기획전 최대 40%",
         body="""맑은눈안경 고객님께 알려드립니다.

가까운 글씨가 흐릿해지셨다면, 누진다초점 렌즈 상담 받아보세요.
12월 한 달간 국산·수입 누진렌즈 기획전을 진행합니다.

- 국산 누진다초점 최대 40% 할인
- 수입 누진다초점 최대 25% 할인 + 안경테 1만원 할인권
- 시력검사 및 착용 적응 상담 무료

매장: 서울 마포구 망원로 ○○ (망원역 2번 출구 도보 3분)
영업시간: 10:00~21:00, 매주 일요일 휴무

※ 본 광고는 정보통신망법에 따라 수신동의하신 고객님께 발송됩니다.
수신거부: https://malgeunnun.example/unsubscribe?u={code}""", tel="02-0334-5120", ad=True, color="#1e5aa8"),
    dict(name="청담수제청", dom="cheongdam-cheong.example", sub="[청담수제청] 유자청 첫 수확분 출고! 리뷰 쓰면 적립금 3천원",
         body="""고흥 유자 첫 수확분으로 담근 유자청이 출고를 시작했습니다.

올해는 유자 알이 작고 향이 진해서, 설탕을 작년보다 5% 줄였어요.
500ml / 1L 두 가지로 준비했고 선물 포장은 무료입니다.

📦 {d1} 오후 2시 이전 주문 → 당일 출고
⭐ 포토리뷰 작성 시 적립금 3,000원
🎁 3병 이상 구매 시 모과청 250ml 증정

https://cheongdam-cheong.example/product/yuja

더 이상 메일 받기를 원하지 않으시면 여기서 수신거부 하실 수 있습니다.""", tel="070-0401-2268", ad=False, color="#e0a000"),
    dict(name="동네책방 책과고양이", dom="chaekgoyang.example", sub="책과고양이 12월 북토크 & 독서모임 모집 (선착순 12명)",
         body="""책방지기입니다.

12월 북토크에는 장편소설 『겨울 정류장』의 작가님을 모십니다.
- 일시: {d1} 저녁 7시 30분
- 장소: 책방 안쪽 테이블 (좁아요. 일찍 오시면 좋은 자리!)
- 참가비: 15,000원 (음료 1잔 + 도서 10% 할인권)

1월 독서모임도 미리 모집합니다. 주제는 '다시 읽는 고전'이에요.

참가 신청은 이 메일에 이름/연락처 회신 주시면 됩니다.
입금 계좌: {bank} {acct} (책과고양이)

고양이 '먼지'는 요즘 난로 앞에서만 지냅니다. 놀러 오세요.""", tel="032-0217-8844", ad=False, color="#7a5c3e"),
    dict(name="펫스토어 꼬리친구", dom="kkori-friend.example", sub="(광고)[꼬리친구] 블랙프라이데이 마지막 날! 사료·간식 최대 60% + 무료배송",
         body="""[꼬리친구] 블랙프라이데이 마지막 날입니다!

오늘 자정에 종료돼요. 놓치지 마세요 🐶🐱

★ 전 품목 최대 60% 할인
★ 3만원 이상 무료배송
★ 첫 구매 고객 추가 5,000원 쿠폰: KKORI-FIRST

인기 상품
- 그레인프리 연어 사료 6kg  52,000원 → 31,200원
- 동결건조 북어 트릿 3종 세트  24,900원 → 12,900원
- 고양이 두부모래 7L x 4  39,800원 → 23,880원

지금 바로 쇼핑하기 ▶ https://kkori-friend.example/bf2026

무료수신거부 080-0231-7777""", tel="1600-0000", ad=True, color="#ff6a00"),
]


@reg("ham", len(SHOPS))
def shop_newsletter(r, i, d):
    s = SHOPS[i]
    d1, d2 = d + timedelta(days=1), d + timedelta(days=r.randint(7, 14))
    bank, ac = acct(r)
    body = s["body"].format(d1=kd(d1), d2=kd(d2), code=alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                            owner=person(r)[0], bank=bank, acct=ac)
    mail = "news@" + s["dom"]
    footer = optout(s["name"], s["tel"], "help@" + s["dom"]) if s["ad"] or i % 3 == 0 else None
    return M(scenario="small business newsletter: %s%s" % (s["name"], " with (광고) marker" if s["ad"] else ""),
             frm=(s["name"], mail), subject=s["sub"], text=body, fmt=r.choice(["html", "alt", "alt", "plain"]),
             color=s["color"], footer=footer,
             unsub=("<mailto:unsubscribe@%s>, <https://%s/unsub?e=%s>" % (s["dom"], s["dom"], hexs(r, 16))) if r.random() < 0.6 else None,
             relay="mail.stibee.example" if i % 2 else None, headers=[("Precedence", "bulk")] if i % 2 else [])


RESTS = [
    ("숯불고기 연탄집", "yeontanjip.example", "(광고) 연탄집 리뉴얼 오픈 기념, 전 메뉴 20% + 공기밥 무료",
     """단골손님 여러분, 한 달간 공사 마치고 드디어 다시 문 열었습니다!

환기 시설 새로 달아서 이제 옷에 냄새 덜 뱁니다 ㅎㅎ
리뉴얼 기념으로 2주간 이렇게 해드립니다.

- 전 메뉴 20% 할인 (주류 제외)
- 공기밥, 된장찌개 무료
- 4인 이상 단체 예약 시 껍데기 1인분 서비스

예약: 네이버 예약 또는 전화
위치: 기존 자리 그대로 (신림역 4번 출구 골목)

무료수신거부 080-0555-3211"""),
    ("포구횟집", "pogu-hoe.example", "방어 들어왔습니다 - 포구횟집 12월 제철 안내",
     """안녕하세요 포구횟집 사장입니다.

올해 첫 대방어 들어왔습니다. 8kg 넘는 놈들로만 받았어요.
12월 한 달은 방어 위주로 상차림 준비합니다.

대방어 중 (2~3인) 65,000원
대방어 대 (3~4인) 85,000원
방어+광어 반반 70,000원

연말 모임 예약 받고 있습니다. 룸은 2개뿐이라 서둘러 주세요.
예약 문의는 이 메일 답장으로 주셔도 됩니다.
"""),
    ("명동칼국수 본점", "myeongdong-kal.example", "[명동칼국수] 배민·쿠팡이츠 주문 시 3,000원 할인 쿠폰 (12/15까지)",
     """늘 찾아주시는 고객님 감사합니다.

겨울 맞이 배달 주문 할인 쿠폰을 드립니다.

쿠폰코드: KAL3000
사용처: 배달의민족, 쿠팡이츠 가게 쿠폰함에서 코드 입력
최소주문금액: 18,000원
유효기간: 12월 15일까지

국물은 따로 포장되어 가니 드시기 전에 한 번 데워 드시면 더 맛있어요."""),
    ("브런치 카페 오후세시", "ohusesi.example", "(광고) 오후세시 멤버십 스탬프 2배 적립 주간 ☕",
     """오후세시 멤버십 회원님께

이번 주(월~일)는 스탬프 2배 적립 주간이에요.
음료 1잔에 스탬프 2개, 브런치 세트는 3개!
10개 모으시면 브런치 플레이트 1개 무료입니다.

새 메뉴도 나왔어요.
- 단호박 리코타 샐러드
- 시나몬 애플 프렌치토스트

* 본 메일은 광고성 정보입니다. 수신을 원치 않으시면 하단 링크를 눌러주세요.
https://ohusesi.example/unsubscribe"""),
    ("치킨공방 역삼점", "chicken-gongbang.example", "리뷰 이벤트 당첨 안내 - 치킨공방 역삼점",
     """안녕하세요, 치킨공방 역삼점입니다.

지난달 진행한 영수증 리뷰 이벤트에 당첨되셨습니다! 축하드려요.

당첨 상품: 후라이드 반 + 양념 반 1마리 (교환권)
교환권 번호: CG-{code}
사용 방법: 매장 방문 또는 전화 주문 시 번호 말씀해 주세요.
유효기간: 발급일로부터 60일

별도로 개인정보를 요구하거나 링크 클릭을 요청하지 않습니다.
문의는 매장으로 전화 주세요."""),
]


@reg("ham", len(RESTS))
def restaurant(r, i, d):
    name, dom, sub, body = RESTS[i]
    body = body.format(code=alnum(r, 8, "0123456789"))
    return M(scenario="restaurant's own promo/coupon mail: %s" % name, frm=(name, "%s@%s" % (r.choice(["info", "owner", "store"]), dom)),
             subject=sub, text=body, fmt=r.choice(["plain", "alt", "html"]), color="#b33a1a",
             xmailer=r.choice([None, "Microsoft Outlook 16.0", "WebMail"]))


ITEMS = [("곰곰 무항생제 1등급 계란 30구", 8990), ("탐사수 생수 2L x 12병", 6490), ("코멧 3겹 천연펄프 롤화장지 30롤", 17900),
         ("로지텍 무선 마우스 M331", 22900), ("비비고 왕교자 1.05kg x 2", 15980), ("다우니 섬유유연제 리필 2.6L", 13900),
         ("아이깨끗해 핸드워시 리필 450ml x 3", 9900), ("스탠리 텀블러 591ml", 39000), ("유한락스 2L", 3980),
         ("햇반 210g x 24", 23900), ("무지 A5 노트 5권", 6500), ("닥터지 선크림 50ml", 18900)]


@reg("ham", 4)
def coupang(r, i, d):
    nm, ad = rcpt(r)
    its = r.sample(ITEMS, r.randint(1, 3))
    total = sum(p for _, p in its)
    oid = "%d" % r.randint(10 ** 13, 10 ** 14 - 1)
    lines = "\n".join("- %s  %s원" % (n, won(p)) for n, p in its)
    if i == 0:
        sub, scen = "[쿠팡] 주문하신 상품의 결제가 완료되었습니다", "Coupang order/payment receipt"
        body = "%s님, 주문해 주셔서 감사합니다.\n\n주문번호: %s\n주문일시: %s\n\n%s\n\n총 결제금액: %s원 (쿠팡페이 머니)\n로켓배송 도착 예정: %s 새벽 7시 전\n\n주문 상세 보기: https://mc.coupang.com/ssr/desktop/order/%s" % (
            nm, oid, d.strftime("%Y.%m.%d %H:%M"), lines, won(total), kd(d + timedelta(days=1)), oid)
    elif i == 1:
        sub, scen = "[쿠팡] 로켓와우 멤버십 정기결제 안내", "Coupang Wow membership renewal notice"
        body = "%s님, 로켓와우 멤버십 정기결제 예정 안내드립니다.\n\n결제 예정일: %s\n결제 금액: 7,890원\n결제 수단: 등록된 신용카드 (끝자리 %04d)\n\n멤버십 해지를 원하시면 결제 예정일 전까지 [마이쿠팡 > 로켓와우 멤버십]에서 해지하실 수 있습니다.\n해지하셔도 남은 기간 동안 혜택은 유지됩니다.\n\nhttps://www.coupang.com/np/wow/membership" % (
            nm, kdf(d + timedelta(days=3)), r.randint(0, 9999))
    elif i == 2:
        sub, scen = "반품 접수가 완료되었습니다 - 쿠팡", "Coupang return/refund confirmation"
        n, p = its[0]
        body = "%s님, 요청하신 반품이 접수되었습니다.\n\n반품 상품: %s\n반품 사유: 단순 변심\n회수 예정일: %s\n환불 예정 금액: %s원 (회수 완료 후 1~3영업일 내 결제수단으로 환불)\n\n상품은 받으신 상태 그대로 문 앞에 두시면 쿠팡친구가 회수합니다.\n\n반품 상세: https://mc.coupang.com/ssr/desktop/return/%s" % (
            nm, n, kd(d + timedelta(days=1)), won(p), oid)
    else:
        sub, scen = "[쿠팡] 찜한 상품 가격이 내려갔어요", "Coupang price-drop alert for wishlist item"
        n, p = its[0]
        body = "찜하신 상품의 가격이 내려갔어요!\n\n%s\n%s원 → %s원 (%d%%↓)\n\n재고가 많지 않을 수 있어요.\nhttps://www.coupang.com/vp/products/%d\n\n※ 본 메일은 발신전용입니다. 알림 설정은 마이쿠팡 > 알림 설정에서 변경하세요." % (
            n, won(p + 3000), won(p), int(3000 * 100 / (p + 3000)), r.randint(10 ** 9, 10 ** 10))
    return M(scenario=scen, frm=("쿠팡", "no-reply@coupang.com"), to=(nm, ad), subject=sub, text=body,
             fmt=r.choice(["html", "alt"]), color="#346aff", relay="mail%d.coupang.com" % r.randint(1, 9),
             mid="uuid", footer="쿠팡(주) | 서울특별시 송파구 송파대로 570 | 사업자등록번호 120-88-00767\n본 메일은 발신 전용입니다.",
             unsub="<https://www.coupang.com/np/unsubscribe?k=%s>" % hexs(r, 24) if i == 3 else None)


@reg("ham", 3)
def naverpay(r, i, d):
    nm, ad = rcpt(r)
    shop = r.choice(["무신사 스토어", "오늘의집", "마켓컬리", "29CM", "교보문고", "올리브영 온라인몰"])
    amt = r.randint(12, 180) * 1000 - r.choice([0, 100, 500, 10])
    if i == 0:
        sub = "[네이버페이] 결제 완료 안내"
        body = "%s님, 네이버페이 결제가 완료되었습니다.\n\n가맹점: %s\n결제일시: %s\n결제금액: %s원\n결제수단: 네이버페이 포인트 %s원 + 카드 %s원\n적립 예정 포인트: %s원\n\n결제 내역 확인: https://pay.naver.com/pc/history\n\n본인이 결제하지 않은 경우 네이버페이 고객센터(1588-3819)로 문의해 주세요." % (
            nm, shop, d.strftime("%Y.%m.%d %H:%M"), won(amt), won(2000), won(amt - 2000), won(amt // 100))
        scen = "Naver Pay payment receipt"
    elif i == 1:
        sub = "네이버페이 포인트 %s원이 곧 소멸됩니다" % won(r.randint(3, 40) * 100)
        body = "%s님, 보유하신 네이버페이 포인트 중 일부가 유효기간 만료로 소멸될 예정입니다.\n\n소멸 예정일: %s\n\n유효기간이 지난 포인트는 복구되지 않습니다. 소멸 전에 네이버페이 가맹점에서 사용해 보세요.\nhttps://pay.naver.com/point" % (
            nm, kdf(d + timedelta(days=30)))
        scen = "Naver Pay point expiry notice"
    else:
        sub = "[네이버페이] 주문하신 상품이 발송되었습니다"
        body = "%s님, 주문하신 상품이 발송되었습니다.\n\n판매자: %s\n상품: 겨울 기모 조거팬츠 (차콜/L) 외 1건\n택배사: CJ대한통운\n송장번호: %d\n\n배송조회: https://order.pay.naver.com/home" % (
            nm, shop, r.randint(10 ** 11, 10 ** 12 - 1))
        scen = "Naver Pay shipping notice"
    return M(scenario=scen, frm=("네이버페이", "naverpay_noreply@navercorp.com"), to=(nm, ad), subject=sub, text=body,
             fmt="html", color="#03c75a", relay="cvsmtppost%03d.nm.naver.com" % r.randint(1, 60), mid="naver",
             footer="이 메일은 발신전용입니다. 문의는 네이버페이 고객센터를 이용해 주세요.\nNAVER Financial Corp.")


@reg("ham", 3)
def toss(r, i, d):
    nm, ad = rcpt(r)
    sender = person(r)[0]
    if i == 0:
        amt = r.randint(1, 30) * 10000
        sub, scen = "%s님이 %s원을 보냈어요" % (sender, won(amt)), "Toss money received alert"
        body = "%s님이 토스로 %s원을 보냈어요.\n\n메모: %s\n받은 계좌: 토스뱅크 통장\n받은 시각: %s\n\n토스 앱에서 내역을 확인하세요.\nhttps://toss.im" % (
            sender, won(amt), r.choice(["저번 회식비", "생일축하해🎂", "택시비 반띵", "계모임"]), d.strftime("%Y-%m-%d %H:%M"))
    elif i == 1:
        sub, scen = "신용점수가 올랐어요", "Toss credit score change notice"
        sc = r.randint(780, 950)
        body = "%s님의 신용점수가 변동되었어요.\n\nKCB 기준 %d점 (+%d점)\n\n최근 카드 대금을 연체 없이 납부하신 게 반영된 것 같아요.\n자세한 변동 사유는 토스 앱 > 전체 > 신용점수 조회에서 볼 수 있어요.\n\n신용점수 조회는 신용점수에 영향을 주지 않습니다." % (
            nm, sc, r.randint(3, 25))
    else:
        sub, scen = "[토스] 이번 달 카드값 미리 확인하세요", "Toss monthly card spending summary"
        body = "%s님, 11월 카드 사용 금액을 정리했어요.\n\n현대카드 %s원\n신한카드 %s원\n합계 %s원\n\n지난달보다 %s원 덜 썼어요 👏\n가장 많이 쓴 곳: 배달 음식\n\n자세히 보기 https://toss.im/ (토스 앱에서 열림)" % (
            nm, won(r.randint(200, 900) * 1000), won(r.randint(50, 400) * 1000), won(r.randint(400, 1200) * 1000), won(r.randint(10, 200) * 1000))
    return M(scenario=scen, frm=("토스", "no-reply@toss.im"), to=(nm, ad), subject=sub, text=body, fmt="html",
             color="#0064ff", mid="ses", relay="a8-%d.smtp-out.amazonses.com" % r.randint(10, 99), dkim_dom="toss.im",
             footer="비바리퍼블리카 | 서울특별시 강남구 테헤란로 131\n본 메일은 발신전용입니다.")


@reg("ham", 3)
def kakaopay(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        shop, amt = r.choice([("카카오T 택시", 14300), ("스타벅스", 11200), ("GS25", 6850), ("CGV", 30000)])
        sub, scen = "[카카오페이] 결제가 완료되었습니다", "KakaoPay payment receipt"
        body = "카카오페이 결제 내역 안내\n\n가맹점명: %s\n결제금액: %s원\n결제수단: 카카오페이머니\n승인일시: %s\n승인번호: %d\n\n결제내역은 카카오톡 > 더보기 > 페이 > 결제내역에서 확인할 수 있습니다." % (
            shop, won(amt), d.strftime("%Y.%m.%d %H:%M:%S"), r.randint(10 ** 7, 10 ** 8 - 1))
    elif i == 1:
        sub, scen = "[카카오페이 청구서] 12월 도시가스 요금이 도착했습니다", "KakaoPay e-bill (city gas)"
        body = "%s님, 카카오페이 청구서가 도착했습니다.\n\n청구기관: 서울도시가스\n청구월: 2026년 11월 사용분\n청구금액: %s원\n납부기한: %s\n\n카카오페이로 간편하게 납부하세요.\nhttps://www.kakaopay.com" % (
            nm, won(r.randint(28, 95) * 1000 + r.randint(0, 9) * 10), kdf(d + timedelta(days=20)))
    else:
        sub, scen = "카카오페이 송금을 받았습니다", "KakaoPay transfer received"
        body = "%s님이 카카오페이로 %s원을 보냈습니다.\n\n\"%s\"\n\n받은 돈은 카카오페이머니에 보관되어 있습니다." % (
            person(r)[0], won(r.randint(1, 9) * 5000), r.choice(["동창회비 보냅니다", "어제 밥값!", "축의금 대신 전달 부탁해"]))
    return M(scenario=scen, frm=("카카오페이", "noreply@kakaopay.com"), to=(nm, ad), subject=sub, text=body, fmt="html",
             color="#ffcd00", mid="uuid", footer="(주)카카오페이 | 경기도 성남시 분당구 판교역로 166\n본 메일은 발신전용입니다.")


CARDS = [("신한카드", "shinhancard.com", "#0046ff"), ("현대카드", "hyundaicard.com", "#111111"),
         ("삼성카드", "samsungcard.com", "#1428a0"), ("KB국민카드", "kbcard.com", "#ffbc00")]


def secure_mail_html(r, brand, nm):
    blob = base64.b64encode(bytes(r.randint(0, 255) for _ in range(1800))).decode()
    blob = "\n".join(blob[k:k + 100] for k in range(0, len(blob), 100))
    return ("""<html><head><meta charset="utf-8"><title>%s 보안메일</title></head>
<body><div style="text-align:center;font-family:sans-serif">
<h3>%s 보안메일</h3><p>%s 고객님의 개인정보 보호를 위해 암호화된 메일입니다.</p>
<p>비밀번호(생년월일 6자리)를 입력하세요</p>
<input type="password" id="pw" maxlength="6"> <button onclick="decrypt()">확인</button>
<div id="doc" style="display:none"></div>
<script>var enc="%s";function decrypt(){/* viewer */}</script>
</div></body></html>
""" % (brand, brand, nm, blob.replace("\n", ""))).encode("utf-8")


@reg("ham", 4)
def card_statement(r, i, d):
    brand, dom, color = CARDS[i]
    nm, ad = rcpt(r)
    amt = r.randint(180, 2400) * 1000 + r.randint(0, 999)
    pay = d + timedelta(days=r.randint(8, 14))
    body = """%s 고객님, 안녕하세요.
%s 2026년 12월 이용대금 명세서를 보내드립니다.

결제일: %s
결제하실 금액: %s원
결제계좌: %s

첨부된 보안메일은 고객님의 생년월일 6자리를 입력하셔야 열람하실 수 있습니다.
보안메일이 열리지 않는 경우 %s 홈페이지 또는 앱에서 명세서를 확인해 주세요.

※ %s는 이메일로 개인정보나 카드 비밀번호를 요청하지 않습니다.
※ 본 메일은 발신전용입니다.""" % (nm, brand, kdf(pay), won(amt), acct(r)[0], brand, brand)
    fname = r.choice(["%s_이용대금명세서_202612.html" % brand, "보안메일_%s.html" % brand, "SecureMail.html"])
    return M(scenario="card company monthly statement with secure-mail HTML attachment (%s)" % brand,
             frm=(brand, r.choice(["webmaster@", "statement@", "card@"]) + dom), to=(nm, ad),
             subject="[%s] %s님의 2026년 12월 이용대금명세서입니다" % (brand, nm), text=body, fmt=r.choice(["html", "alt"]),
             color=color, att=[(fname, "text/html", secure_mail_html(r, brand, nm))], relay="mail.%s" % dom, hops=3)


@reg("ham", 3)
def overseas_payment(r, i, d):
    brand, dom, color = CARDS[(i + 1) % 4]
    nm, ad = rcpt(r)
    merch, cur, amt = [("AMAZON MKTPLACE PMTS", "USD", "47.89"), ("AIRBNB * HMXQ2", "JPY", "38,400"),
                       ("STEAM PURCHASE", "USD", "19.99")][i]
    body = """[%s] 해외 승인 알림

%s님의 카드가 해외에서 승인되었습니다.

카드: %s 본인 (%04d)
가맹점: %s
승인금액: %s %s
승인일시: %s (한국시간)

본인이 사용하지 않으셨다면 즉시 %s 고객센터 또는 앱에서 카드 분실·도난 신고를 해주세요.
해외결제 차단 설정은 앱 > 카드관리 > 해외결제 안심설정에서 하실 수 있습니다.

※ 실제 청구금액은 매입 시점의 환율과 해외이용수수료에 따라 달라질 수 있습니다.""" % (
        brand, nm, brand, r.randint(0, 9999), merch, cur, amt, d.strftime("%Y-%m-%d %H:%M"), brand)
    return M(scenario="overseas card payment alert from %s" % brand, frm=(brand, "alarm@" + dom), to=(nm, ad),
             subject="[%s] 해외결제 승인 안내 (%s %s)" % (brand, cur, amt), text=body, fmt=r.choice(["plain", "html"]),
             color=color)


BANKS = [("KB국민은행", "kbstar.com"), ("신한은행", "shinhan.com"), ("우리은행", "wooribank.com"), ("하나은행", "hanabank.com")]


@reg("ham", 4)
def bank_notice(r, i, d):
    bank, dom = BANKS[i]
    nm, ad = rcpt(r)
    if i == 0:
        sub = "[KB국민은행] 정기예금 만기 도래 안내"
        body = "%s 고객님, 가입하신 예금의 만기일이 다가와 안내드립니다.\n\n상품명: KB Star 정기예금\n계좌번호: ***-**-****%02d\n만기일: %s\n만기 시 처리: 자동해지 후 연결계좌 입금\n\n만기 후 재예치를 원하시면 KB스타뱅킹 앱 또는 가까운 영업점에서 신청하실 수 있습니다.\n현재 12개월 정기예금 기본금리는 연 %.2f%%입니다." % (
            nm, r.randint(10, 99), kdf(d + timedelta(days=14)), r.choice([2.75, 2.85, 3.0]))
    elif i == 1:
        sub = "[신한은행] 자동이체 출금 실패 안내"
        body = "%s 고객님,\n\n%s 예정이었던 자동이체가 잔액 부족으로 출금되지 못했습니다.\n\n수취기관: %s\n출금 예정 금액: %s원\n\n재출금일 전까지 잔액을 확인해 주시기 바랍니다.\n자세한 내용은 신한 SOL뱅크 > 이체 > 자동이체 관리에서 확인하실 수 있습니다." % (
            nm, kd(d - timedelta(days=1)), r.choice(["KT 통신요금", "삼성화재 자동차보험", "한국전력공사"]), won(r.randint(30, 200) * 1000))
    elif i == 2:
        sub = "[우리은행] 개인(신용)정보 처리방침 및 약관 변경 안내"
        body = "고객님, 항상 우리은행을 이용해 주셔서 감사합니다.\n\n우리은행 전자금융거래 기본약관 및 개인(신용)정보 처리방침이 아래와 같이 변경될 예정이어서 안내드립니다.\n\n1. 시행일: %s\n2. 주요 변경 내용\n  - 비대면 실명확인 절차에 안면인증 추가\n  - 오픈뱅킹 이용기관 목록 현행화\n3. 변경 내용에 동의하지 않으시는 경우 시행일 전까지 해지를 요청하실 수 있으며, 별도 의사표시가 없으면 동의하신 것으로 봅니다.\n\n전문 보기: https://spot.wooribank.com/pot/Dream?withyou=CQCSC0023" % kdf(d + timedelta(days=30))
    else:
        sub = "하나은행 외화 환전 예약 완료 안내"
        body = "%s 손님, 하나원큐에서 신청하신 환전 예약이 완료되었습니다.\n\n통화: JPY 100,000\n적용환율: 100엔당 %d.%02d원 (환율우대 90%%)\n수령일: %s\n수령장소: 인천공항 제1터미널 하나은행 환전소\n\n수령 시 신분증(여권)을 꼭 지참해 주세요." % (
            nm, r.randint(880, 960), r.randint(0, 99), kd(d + timedelta(days=5)))
    return M(scenario="bank notice (%s)" % bank, frm=(bank, r.choice(["webmaster@", "info@", "notice@"]) + dom),
             to=(nm, ad), subject=sub, text=body, fmt=r.choice(["plain", "html", "alt"]), color="#0a5c36",
             footer="본 메일은 발신전용입니다. %s는 이메일·문자로 보안카드 번호, OTP 번호를 요구하지 않습니다." % bank)


@reg("ham", 3)
def hometax(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        sub = "[국세청] 2026년 귀속 연말정산 미리보기 서비스 개통 안내"
        body = """%s님, 안녕하세요. 국세청입니다.

2026년 귀속 연말정산을 미리 준비하실 수 있도록 홈택스 「연말정산 미리보기」 서비스를 제공하고 있습니다.

○ 이용기간: 2026. 11. 1. ~ 12. 31.
○ 이용방법: 홈택스(www.hometax.go.kr) 또는 손택스 앱 > 장려금·연말정산·전자기부금 > 연말정산 미리보기
○ 주요 기능
  - 1~9월 신용카드 등 사용금액 자동 반영
  - 예상 세액 계산 및 절세 팁 안내
  - 맞벌이 부부의 부양가족 공제 최적화 시뮬레이션

※ 국세청은 문자·메일로 URL 클릭이나 앱 설치를 요구하지 않습니다. 출처가 불분명한 링크는 누르지 마시고 홈택스 주소를 직접 입력하여 접속하세요.

문의: 국세상담센터 ☎126""" % nm
        scen = "NTS Hometax year-end tax settlement preview notice"
    elif i == 1:
        sub = "[홈택스] 전자세금계산서 발급 안내 (공급자: 주식회사 %s)" % r.choice(["한빛상사", "누리테크", "가온디자인"])
        body = """전자세금계산서가 발급되었습니다.

작성일자: %s
공급가액: %s원
세액: %s원
승인번호: %s-%s-%s

전자세금계산서 내용은 홈택스 > 조회/발급 > 전자세금계산서 > 목록조회에서 확인하실 수 있습니다.
이 메일은 국세청 홈택스에서 자동 발송되었습니다.""" % (
            dots(d), won(r.randint(50, 900) * 10000), won(r.randint(5, 90) * 1000), d.strftime("%Y%m%d"),
            r.randint(10000000, 99999999), r.randint(10000000, 99999999))
        scen = "Hometax e-tax-invoice issued notification"
    else:
        sub = "[국세청] 근로·자녀장려금 반기분 지급 안내"
        body = """%s님, 신청하신 2026년 상반기 소득분 근로장려금 심사가 완료되어 안내드립니다.

지급 결정액: %s원
지급 예정일: %s
지급 방법: 신청 시 입력하신 본인 명의 계좌로 입금

지급 결정 내역은 홈택스 또는 손택스에서 본인 인증 후 확인하실 수 있습니다.
국세청은 장려금 지급을 이유로 수수료나 개인정보를 추가로 요구하지 않습니다.""" % (
            nm, won(r.randint(30, 150) * 10000), kdf(d + timedelta(days=20)))
        scen = "NTS earned-income tax credit payment notice"
    return M(scenario=scen, frm=("국세청 홈택스", "hometax@nts.go.kr"), to=(nm, ad), subject=sub, text=body,
             fmt=r.choice(["plain", "html"]), color="#173e86", cs="ks")


@reg("ham", 3)
def social_insurance(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        frm = ("국민건강보험공단", "webmaster@nhis.or.kr")
        sub = "[국민건강보험] 2026년 건강검진 미수검자 안내"
        body = """%s님, 국민건강보험공단입니다.

2026년 일반건강검진 대상자이시나 아직 검진을 받지 않으셔서 안내드립니다.
올해 검진 기간은 12월 31일까지이며, 연말에는 검진기관이 매우 붐비니 미리 예약하시기 바랍니다.

- 검진비: 본인부담 없음 (일부 선택항목 제외)
- 준비물: 신분증
- 검진기관 찾기: 공단 홈페이지(www.nhis.or.kr) 또는 The건강보험 앱

문의: 국민건강보험공단 고객센터 1577-1000""" % nm
        att = []
    elif i == 1:
        frm = ("국민연금공단", "webmaster@nps.or.kr")
        sub = "국민연금 가입내역 안내서 (2026년)"
        body = """%s 님께

국민연금공단에서 가입자님의 가입내역과 예상연금액을 안내드립니다.
첨부 파일을 열어 확인해 주세요.

- 가입기간: %d개월
- 납부한 보험료 총액: %s원
- 노령연금 예상월액(현재가치): %s원

※ 예상연금액은 현재 기준으로 산정된 금액이며, 향후 소득 변동 및 제도 변경에 따라 달라질 수 있습니다.
문의: 국번없이 1355""" % (nm, r.randint(60, 300), won(r.randint(800, 6000) * 10000), won(r.randint(60, 140) * 10000))
        att = [("국민연금_가입내역안내서_2026.pdf", "application/pdf", pdf_bytes(r, "NPS Statement 2026"))]
    else:
        frm = ("국민건강보험공단", "nhis_notice@nhis.or.kr")
        sub = "건강보험료 환급금 발생 안내 (공단 홈페이지에서 직접 신청)"
        body = """%s님, 건강보험료 정산 결과 환급금이 발생하여 안내드립니다.

환급금: %s원
발생 사유: 2025년 보수총액 정산에 따른 과오납

신청 방법(택1)
1. 공단 홈페이지(www.nhis.or.kr) > 민원여기요 > 환급금 조회/신청
2. The건강보험 앱
3. 가까운 지사 방문 또는 1577-1000 전화

※ 공단은 문자나 메일로 링크를 보내 환급을 안내하지 않습니다. 환급을 빙자한 문자에 주의하세요.
이 메일에는 링크가 포함되어 있지 않습니다.""" % (nm, won(r.randint(5, 80) * 1000 + r.randint(0, 9) * 10))
        att = []
    return M(scenario="public insurance notice: " + sub, frm=frm, to=(nm, ad), subject=sub, text=body,
             fmt=r.choice(["plain", "html", "alt"]), color="#0065b3", att=att, cs="ks" if i != 1 else None)


COURIERS = [("CJ대한통운", "cjlogistics.com", "https://www.cjlogistics.com/ko/tool/parcel/tracking?gnbInvcNo={n}", "1588-1255"),
            ("우체국택배", "epost.go.kr", "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={n}", "1588-1300"),
            ("우체국택배", "epost.go.kr", "https://service.epost.go.kr/trace.RetrieveDomRigiTraceList.comm?sid1={n}", "1588-1300"),
            ("한진택배", "hanjin.com", "https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnum={n}", "1588-0011"),
            ("롯데택배", "lotteglogis.com", "https://www.lotteglogis.com/home/reservation/tracking/index?InvNo={n}", "1588-2121")]


@reg("ham", 5)
def courier(r, i, d):
    co, dom, link, tel = COURIERS[i]
    nm, ad = rcpt(r)
    n = "%d" % r.randint(10 ** 11, 10 ** 12 - 1) if i != 1 else "%d" % r.randint(10 ** 12, 10 ** 13 - 1)
    url = link.format(n=n)
    sender = r.choice(["쿠팡 판매자 (주)하늘상회", "오늘의집", "우리농산물 직거래", "알라딘", "개인 (%s)" % person(r)[0]])
    if i == 2:
        body = """[우체국택배] 배달 예정 안내

%s 고객님, 보내신 분 %s 의 소포가 오늘 배달될 예정입니다.

등기번호: %s
배달예정시간: 14:00~16:00
배달집배원: %s (연락처는 우체국 앱에서 확인)

부재 시 경비실 또는 문 앞에 두고 갈 수 있습니다.
요청사항 변경: 우체국 앱 > 배달 요청사항

배송조회: %s""" % (nm, sender, n, person(r)[0], url)
    else:
        body = """안녕하세요 %s입니다.

%s 고객님의 상품이 %s 되었습니다.

보내는 분: %s
운송장번호: %s
배송 예정일: %s

배송 조회하기: %s

※ 배송 관련 문의: %s 고객센터 %s
※ %s는 배송을 이유로 주소 재입력이나 추가 결제를 요청하지 않습니다.""" % (
            co, nm, r.choice(["집화 처리", "배송 출발", "간선 상차"]), sender, n, kd(d + timedelta(days=1)), url, co, tel, co)
    return M(scenario="parcel tracking notice from %s" % co, frm=(co, r.choice(["noreply@", "delivery@", "parcel@"]) + dom),
             to=(nm, ad), subject="[%s] 택배 배송 안내 (운송장 %s)" % (co, n), text=body, fmt=r.choice(["plain", "html"]),
             color="#e2231a")


CLINICS = [("연세바른치과", "yonsei-bareun-dent.example", "스케일링 및 잇몸 치료 2회차"),
           ("맑은피부과의원", "malgeun-derma.example", "레이저 토닝 4회차"),
           ("튼튼소아청소년과", "teunteun-peds.example", "영유아검진 (42~48개월) 및 독감 예방접종"),
           ("한국건강검진센터 강남", "khc-gangnam.example", "종합건강검진 (위·대장 내시경 포함)")]


@reg("ham", 4)
def clinic(r, i, d):
    name, dom, what = CLINICS[i]
    nm, ad = rcpt(r)
    when = (d + timedelta(days=r.randint(2, 6))).replace(hour=r.choice([9, 10, 14, 15, 17]), minute=r.choice([0, 30]))
    extra = ""
    att = []
    if i == 3:
        extra = """
[검사 전 주의사항]
- 검진 전날 저녁 9시 이후 금식 (물은 자정까지 가능)
- 대장내시경: 첨부된 장정결제 복용 안내문을 꼭 확인하세요
- 혈압약은 당일 아침 소량의 물과 함께 복용, 당뇨약은 복용하지 마세요
"""
        att = [("장정결제_복용안내.pdf", "application/pdf", pdf_bytes(r, "Bowel prep guide")),
               ("검진예약.ics", "text/calendar; method=REQUEST; charset=utf-8",
                ics_bytes("%s@%s" % (hexs(r, 12), dom), "건강검진", when, 180, "한국건강검진센터 강남", "reserve@" + dom))]
    body = """%s 님, %s입니다.

예약하신 진료 일정을 안내드립니다.

예약일시: %s %s
진료내용: %s
%s
예약 변경/취소는 하루 전까지 전화로 부탁드립니다. (당일 취소 시 다음 예약이 어려울 수 있어요)
주차는 건물 지하 1~2층 2시간 무료입니다.

%s 드림""" % (nm, name, kd(when), when.strftime("%H:%M"), what, extra, name)
    return M(scenario="clinic appointment reminder: %s" % name, frm=(name, "reserve@" + dom), to=(nm, ad),
             subject="[%s] %s 진료 예약 안내" % (name, kd(when, False)), text=body, fmt=r.choice(["plain", "plain", "html"]),
             color="#2b8a6e", att=att)


SCHOOL = [
    ("서울한빛초등학교", "hanbit-es.example", "[가정통신문] 2026학년도 겨울방학 방과후학교 수강 신청 안내",
     """학부모님 안녕하십니까?
늘 본교 교육활동에 관심과 협조를 보내주셔서 감사드립니다.

2026학년도 겨울방학 방과후학교 프로그램을 아래와 같이 운영하오니, 희망하는 학생은 기간 내에 신청해 주시기 바랍니다.

1. 운영기간: 2027. 1. 5.(화) ~ 1. 29.(금) / 주 3회
2. 프로그램: 로봇과학, 창의미술, 방송댄스, 컴퓨터(코딩), 주산암산
3. 수강료: 프로그램별 상이 (자유수강권 대상 학생은 무료)
4. 신청방법: 첨부 신청서 작성 후 담임선생님께 제출 또는 e알리미 온라인 신청
5. 신청기간: {d1} ~ {d2}

※ 수강료는 스쿨뱅킹으로 자동 출금됩니다.

서울한빛초등학교장""", "hwp"),
    ("해오름중학교", "haeoreum-ms.example", "해오름중 2학년 겨울 진로체험학습 동의서 제출 요청",
     """안녕하세요, 해오름중학교 2학년 부장 {teacher}입니다.

12월 진로체험학습(판교 기업 탐방)과 관련하여 학부모 동의서를 받고 있습니다.
첨부 파일 확인하시고 서명 후 자녀 편으로 {d1}까지 보내주세요.
체험비는 없으며 점심은 학교에서 제공합니다.

문의: 교무실 02-0000-1234 (내선 2)""", "pdf"),
    ("수학의정석 학원", "jeongseok-math.example", "(학부모 안내) 12월 정기평가 결과 및 겨울특강 시간표",
     """학부모님 안녕하세요, 수학의정석 학원 부원장 {teacher}입니다.

11월 정기평가 결과표를 첨부드립니다.
{child} 학생은 이번 단원(이차함수) 평균보다 높은 점수를 받았고, 서술형 풀이 과정이 특히 좋아졌습니다.
다만 계산 실수가 여전히 3문항 있어 겨울방학에는 오답노트를 같이 점검할 계획입니다.

겨울특강 시간표(첨부)도 함께 확인 부탁드립니다.
특강비는 {fee}원이며, 12월 20일까지 아래 계좌로 입금해 주시면 됩니다.
{bank} {acct} (예금주: 정석에듀)

감사합니다.""", "xlsx"),
    ("리틀잉글리시 어학원", "little-english.example", "[리틀잉글리시] 크리스마스 파티 & 학부모 공개수업 안내",
     """Dear Parents,

리틀잉글리시 어학원입니다.
올해도 크리스마스 파티와 학부모 공개수업을 함께 진행합니다.

- 일시: 12월 19일(토) 오전 10시~12시
- 장소: 본원 3층 다목적실
- 준비물: 5,000원 이내 선물 1개 (마니또 교환용), 빨간색/초록색 옷

공개수업 참관은 반별로 30분씩 나누어 진행합니다. 참석 여부를 회신해 주세요.
사진 촬영은 자녀 얼굴만 부탁드립니다.

Merry Christmas!""", None),
    ("꿈나무 어린이집", "kkumnamu-daycare.example", "꿈나무어린이집 12월 식단표 및 김장체험 안내",
     """꿈나무 어린이집입니다.

12월 식단표와 행사 일정 보내드립니다.
이번 달에는 아이들이 직접 배추에 양념을 바르는 '꼬마 김장체험'이 있어요. (매운 양념은 사용하지 않습니다)
앞치마와 여벌옷을 가방에 넣어 보내주세요.

식품 알레르기가 있는 원아는 담임교사에게 꼭 다시 알려주세요.
사진은 키즈노트에 올려드리겠습니다.""", "jpg"),
]


@reg("ham", len(SCHOOL))
def school(r, i, d):
    name, dom, sub, body, att = SCHOOL[i]
    nm, ad = rcpt(r)
    bank, ac = acct(r)
    body = body.format(d1=kd(d + timedelta(days=3)), d2=kd(d + timedelta(days=10)), teacher=person(r)[0] + " 선생님" if i != 2 else person(r)[0],
                       child=person(r)[2], fee=won(r.choice([280000, 320000, 360000])), bank=bank, acct=ac)
    atts = []
    if att == "hwp":
        atts = [("2026 겨울방학 방과후학교 수강신청서.hwp", "application/x-hwp", hwp_bytes(r))]
    elif att == "pdf":
        atts = [("진로체험학습_학부모동의서.pdf", "application/pdf", pdf_bytes(r, "Consent form"))]
    elif att == "xlsx":
        atts = [("11월_정기평가_결과.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 xlsx_bytes([["이름", "점수", "반평균"], [person(r)[0], r.randint(80, 98), 74.5]])),
                ("겨울특강_시간표.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 xlsx_bytes([["요일", "시간", "과목"], ["월", "14:00-17:00", "수학I 선행"], ["수", "14:00-17:00", "수학I 선행"]]))]
    elif att == "jpg":
        atts = [("12월_식단표.jpg", "image/jpeg", jpg_bytes(r))]
    return M(scenario="school/academy parent letter: %s" % name, frm=(name, r.choice(["admin@", "office@", "teacher@"]) + dom),
             to=(nm, ad), subject=sub, text=body, fmt=r.choice(["plain", "alt"]), att=atts, cs="ks" if i in (0, 1) else None,
             xmailer="Microsoft Outlook 16.0" if i == 2 else None, mid="outlook" if i == 2 else None)


CLUBS = [
    ("새빛교회 청년부", "청년부 겨울수련회 등록 안내 (얼리버드 ~12/7)", """청년부 여러분 샬롬!

2027 겨울수련회 등록을 시작합니다.
주제: "다시, 처음처럼"
일시: 2027년 1월 15일(금) ~ 17일(일) 2박 3일
장소: 양평 ○○수양관

회비: 얼리버드 120,000원 (12/7까지) / 일반 140,000원
입금계좌: {bank} {acct} (예금주: {treasurer})
입금 시 '이름+또래' 로 적어주세요. 예) 김철수96

등록 구글폼: https://forms.gle/{form}

차량 운행은 교회 앞에서 금요일 저녁 7시 출발합니다.
궁금한 건 또래 리더나 저한테 편하게 연락 주세요!

청년부 총무 {treasurer} 드림"""),
    ("한강러너스 러닝크루", "[한강러너스] 12월 정기런 + 송년회 공지 / 회비 납부", """크루원 여러분 안녕하세요, 운영진입니다.

12월 정기런 일정입니다.
- 매주 수요일 20:00 여의나루역 2번 출구 (7km 이지런)
- 12/13(일) 07:00 하프 마라톤 대비 LSD 18km

송년회는 12/19(토) 저녁 7시, 여의도 ○○호프입니다. 1인 30,000원 (뒷풀이 포함)

2027년 상반기 회비(30,000원)도 같이 받습니다.
{bank} {acct} {treasurer}
입금자명은 닉네임으로 해주세요!

부상 없이 겨울 러닝 즐겨요 🏃"""),
    ("대성고 32회 동창회", "대성고 32회 졸업 30주년 홈커밍데이 안내", """동기들 잘 지내고 있지?

벌써 졸업한 지 30년이 됐다. 세월 참 빠르다.
30주년 홈커밍데이를 아래와 같이 하기로 했으니 많이들 와라.

일시: 12월 12일(토) 오후 6시
장소: 모교 강당 → 2부 학교 앞 한정식집
회비: 1인 100,000원 (은사님 선물, 기념품 포함)
계좌: {bank} {acct} (예금주 {treasurer}, 총무)

참석 여부는 단톡방이나 이 메일로 회신 부탁한다.
은사님 세 분 오시기로 했다.

32회 회장 {president}"""),
    ("주말 사진 동호회 '빛담'", "빛담 12월 출사 공지 - 서천 신성리 갈대밭 / 카풀 신청", """빛담 회원님들께

12월 출사는 서천 신성리 갈대밭으로 갑니다.
일출 포인트라 새벽 출발인 점 양해 부탁드려요.

- 출발: 12/6(일) 새벽 4시 30분, 사당역 공영주차장
- 카풀 비용: 1인 15,000원 (유류비+톨비 분담)
- 점심: 한산 소곡주 마을 (개별 계산)

카풀 신청은 아래 시트에 적어 주세요.
https://docs.google.com/spreadsheets/d/{form}/edit

지난달 출사 사진 공모전 결과도 첨부합니다. 1등은 {president}님! 축하드려요."""),
    ("성가정 성당 레지오", "[성가정성당] 대림 시기 판공성사 일정 및 교무금 안내", """찬미 예수님!

대림 시기를 맞아 판공성사 일정을 알려드립니다.
- 12/13(일) 교중미사 후 ~ 오후 3시
- 12/16(수) 저녁미사 전후
외부 신부님 네 분이 함께 해주십니다.

2026년 교무금 정산을 아직 못하신 교우분들은 사무실을 방문하시거나 아래 계좌로 보내주세요.
{bank} {acct} (성가정성당)
입금 시 세례명과 구역을 적어주시면 확인이 빠릅니다.

평화를 빕니다."""),
    ("판교 보드게임 모임", "Re: 이번 주 금요일 보겜 모임 장소 변경됐어요", """안녕하세요 모임장 {president}입니다.

원래 가던 카페가 이번 주 대관이 잡혀서 장소 바꿉니다.
금요일 저녁 7시 반, 판교역 근처 '보드라운' 카페 룸으로 오세요.
룸비 1인 8,000원 현장에서 걷을게요 (카카오페이 가능).

이번에 가져올 게임: 테라포밍 마스, 윙스팬, 아줄
신규 분 두 분 오시니까 룰 설명 쉬운 것부터 할게요.

> 원래 메일:
> 이번 주도 금요일 7시 반 그대로 진행합니다. 참석 댓글 달아주세요."""),
]


@reg("ham", len(CLUBS))
def club(r, i, d):
    org, sub, body = CLUBS[i]
    tr, ts, tg, tgr, tsr = person(r)
    pr = person(r)
    bank, ac = acct(r)
    body = body.format(bank=bank, acct=ac, treasurer=tr, president=pr[0], form=alnum(r, 18 if i == 0 else 44))
    att = []
    if i == 3:
        att = [("11월_출사공모전_1등.jpg", "image/jpeg", jpg_bytes(r))]
    nm, ad = rcpt(r)
    frm = (tr if i not in (3, 5) else pr[0], free_addr(r, tgr, tsr) if i not in (3, 5) else free_addr(r, pr[3], pr[4]))
    return M(scenario="community group notice with dues account: %s" % org, frm=frm, to=(nm, ad),
             to_hdr="%s <%s>" % (org if all(ord(c) < 128 for c in org) else "undisclosed-recipients:;", ad) if False else None,
             subject=sub, text=body, fmt=r.choice(["plain", "plain", "html"]), att=att,
             in_reply_to=msgid(r, "gmail.com", d, "gmail") if sub.startswith("Re:") else None)


@reg("ham", 3)
def apartment(r, i, d):
    apt = ["래미안 한강뷰 관리사무소", "푸르지오 2단지 관리사무소", "e편한세상 센트럴 관리사무소"][i]
    dom = ["raemian-hv.example", "prugio2.example", "ecentral-apt.example"][i]
    nm, ad = rcpt(r)
    dong, ho = r.randint(101, 115), r.randint(1, 25) * 100 + r.randint(1, 4)
    if i < 2:
        tot = r.randint(180, 420) * 1000 + r.randint(0, 99) * 10
        body = """%d동 %d호 세대주님께

2026년 11월분 관리비를 아래와 같이 고지합니다.

일반관리비      %s원
청소비          %s원
경비비          %s원
승강기유지비     %s원
장기수선충당금   %s원
세대전기료       %s원
세대수도료       %s원
난방비          %s원
-----------------------------
합계           %s원
납부기한: %s (기한 경과 시 2%% 연체료 부과)
납부계좌: %s %s (%s)

자동이체 신청 세대는 별도 납부하지 않으셔도 됩니다.
상세 고지서는 첨부 파일 또는 아파트아이 앱에서 확인하세요.""" % (
            dong, ho, *[won(r.randint(10, 60) * 1000 + r.randint(0, 99) * 10) for _ in range(8)], won(tot),
            kdf(d + timedelta(days=25)), *acct(r, "농협"), apt.split()[0])
        att = [("%d-%d_관리비고지서_202611.pdf" % (dong, ho), "application/pdf", pdf_bytes(r, "Maintenance fee"))]
        sub = "[%s] 2026년 11월분 관리비 고지서" % apt.split()[0]
    else:
        body = """입주민 여러분께 알려드립니다.

저수조 청소 및 소독으로 인해 아래와 같이 단수가 예정되어 있습니다.

- 일시: %s 오전 9시 ~ 오후 3시
- 대상: 101동 ~ 106동 전 세대
- 단수 전 생활용수를 미리 받아두시기 바랍니다.
- 작업 후 처음 나오는 물은 1~2분 정도 흘려보낸 뒤 사용하세요.

또한 겨울철 동파 예방을 위해 외출 시에도 보일러를 '외출' 모드로 유지해 주시기 바랍니다.

%s""" % (kd(d + timedelta(days=6)), apt)
        att = []
        sub = "[공지] 저수조 청소에 따른 단수 안내"
    return M(scenario="apartment management office notice: " + sub, frm=(apt, "office@" + dom), to=(nm, ad),
             subject=sub, text=body, fmt=r.choice(["plain", "html"]), att=att, cs="ks")


@reg("ham", 3)
def realestate(r, i, d):
    ag = ["행복공인중개사사무소", "한강부동산", "역세권공인중개사"][i]
    dom = ["happy-realty.example", "hangang-budongsan.example", "station-realty.example"][i]
    ceo = person(r)
    nm, ad = rcpt(r)
    if i == 0:
        sub = "문의하신 성수동 투룸 전세 매물 3건 보내드립니다"
        body = """%s님 안녕하세요, 행복공인중개사 %s 대표입니다.

어제 전화로 말씀하신 조건(성수역 도보 10분, 투룸, 전세 4억 이하)으로 추려봤습니다.

1) 성수동2가 신축 빌라 3층 / 전용 36㎡ / 전세 3억 8천 / 융자 없음 / 즉시 입주
2) 성수동1가 구축 아파트 7층 / 전용 49㎡ / 전세 3억 9천 5백 / 1월 말 입주
3) 송정동 오피스텔 12층 / 전용 33㎡ / 전세 3억 5천 / 관리비 15만원 선

1번이 제일 괜찮은데 집주인이 HUG 전세보증보험 가입 가능 여부를 확인해 주기로 했습니다.
사진 첨부하니 보시고 토요일 오전에 같이 보러 가시죠.

행복공인중개사사무소
등록번호 제11200-2020-0000호""" % (nm, ceo[0])
        att = [("성수_매물1_거실.jpg", "image/jpeg", jpg_bytes(r)), ("성수_매물1_방.jpg", "image/jpeg", jpg_bytes(r))]
    elif i == 1:
        sub = "(광고) 한강부동산 | 신규 분양 오피스텔 계약금 5% 정액제 조건 안내"
        body = """한강부동산입니다.

고객님께서 작년에 상담받으셨던 지역 인근에 신규 분양 오피스텔 조건이 좋아서 안내드립니다.

- 위치: 영등포구 문래동 (문래역 도보 4분)
- 전용 24~42㎡ / 총 312실
- 계약금 5%% 정액제, 중도금 무이자
- 전매 가능

투자용·실거주용 모두 상담 가능합니다. 부담 없이 연락 주세요.
대표 %s

본 메일 수신을 원치 않으시면 회신으로 '수신거부'라고 보내주세요.""" % ceo[0]
        att = [("문래_오피스텔_분양안내.pdf", "application/pdf", pdf_bytes(r, "Officetel brochure"))]
    else:
        sub = "계약서 초안 및 중개대상물 확인설명서 송부드립니다"
        body = """%s님, 역세권공인중개사입니다.

내일 계약 전에 미리 검토하실 수 있도록 임대차계약서 초안과 중개대상물 확인·설명서를 첨부합니다.
특약사항 3번(잔금일 전 근저당 말소)은 임대인 측과 합의된 내용으로 넣었습니다.

계약금은 보증금의 10%%이고, 계약 당일 임대인 본인 명의 계좌로 송금하시면 됩니다.
저희 사무소 계좌로 보내시는 게 아니니 꼭 확인하세요.

내일 오전 11시에 뵙겠습니다.""" % nm
        att = [("임대차계약서_초안.hwp", "application/x-hwp", hwp_bytes(r)),
               ("중개대상물확인설명서.pdf", "application/pdf", pdf_bytes(r, "Confirmation"))]
    return M(scenario="real-estate agent mail: " + sub, frm=("%s %s" % (ag, ceo[0]) if i != 1 else ag, free_addr(r, ceo[3], ceo[4]) if i != 1 else "ad@" + dom),
             to=(nm, ad), subject=sub, text=body, fmt="plain", att=att, cs="ks" if i != 0 else None)


@reg("ham", 3)
def insurance_agent(r, i, d):
    ag = person(r)
    nm, ad = rcpt(r)
    co = ["삼성생명", "한화생명", "DB손해보험"][i]
    if i == 0:
        sub = "%s님, 올 한 해도 감사했습니다 - %s %s 드림" % (nm, co, ag[0])
        body = """%s님 안녕하세요.
%s %s 설계사입니다.

벌써 12월이 다가오네요. 올 한 해 건강하게 잘 지내셨는지요.
작년에 가입하신 실손보험 청구는 불편한 점 없으셨는지 궁금해서 연락드렸습니다.

참고로 내년 1월부터 일부 암보험 상품의 보험료가 인상될 예정이라, 혹시 보장 보강을 생각하고 계셨다면 연내에 한번 같이 점검해 보시면 좋겠습니다.
물론 지금 보장으로 충분하시면 전혀 부담 갖지 않으셔도 됩니다.

추운 날씨에 감기 조심하시고요.
%s 드림
%s""" % (nm, co, ag[0], ag[0], phone_fake(r))
        att = []
    elif i == 1:
        sub = "[한화생명] 요청하신 연금저축보험 설계안 보내드립니다"
        body = """%s 고객님, 한화생명 %s FP입니다.

지난주 상담 때 말씀하신 조건으로 연금저축보험 설계안을 만들어 첨부드립니다.
- 월 납입 30만원 / 10년납 / 60세 연금개시
- 연말정산 세액공제 한도(연 600만원) 내 납입

펀드형 연금저축과 비교표도 함께 넣었으니 천천히 보시고 궁금한 점 편하게 물어봐 주세요.
※ 본 설계안은 참고용이며 실제 계약 시 약관 및 상품설명서를 반드시 확인하시기 바랍니다.""" % (nm, ag[0])
        att = [("연금저축보험_설계안_%s.pdf" % nm, "application/pdf", pdf_bytes(r, "Pension proposal"))]
    else:
        sub = "자동차보험 만기 30일 전 안내드립니다 (DB손해보험 %s)" % ag[0]
        body = """%s님 안녕하세요, DB손해보험 담당 설계사 %s입니다.

고객님 자동차보험 만기가 %s입니다.
올해 사고 이력이 없으셔서 할인등급이 한 단계 올라갑니다.
마일리지 특약(연 1만km 이하)도 작년 주행거리 기준으로 적용 가능해 보여요.

갱신 견적 뽑아서 보내드릴까요? 블랙박스 장착 여부만 다시 확인 부탁드립니다.""" % (nm, ag[0], kdf(d + timedelta(days=30)))
        att = []
    return M(scenario="insurance agent's personal mail: " + co, frm=("%s %s" % (co, ag[0]) if i else ag[0], free_addr(r, ag[3], ag[4])),
             to=(nm, ad), subject=sub, text=body, fmt=r.choice(["plain", "html"]), att=att)


@reg("ham", 5)
def jobs(r, i, d):
    nm, ad = rcpt(r)
    hr = person(r)
    if i == 0:
        frm = ("사람인", "webmaster@saramin.co.kr")
        sub = "%s님께 딱 맞는 추천 공고 5건이 도착했어요" % nm
        body = """%s님의 이력서를 기반으로 추천 공고를 골랐어요.

1. (주)누리소프트 - 백엔드 개발자 (Java/Spring) 경력 3~7년 | 서울 구로구 | ~12/15
2. 한빛데이터 - 데이터 엔지니어 | 경기 성남시 | 상시채용
3. 가온헬스케어 - 서버 개발자 (Python) | 서울 강남구 | ~12/10
4. 온새미로 커머스 - 플랫폼 개발팀 | 서울 성동구 | ~12/31
5. 라온모빌리티 - 백엔드 엔지니어 | 서울 마포구 | ~12/20

공고 보러가기: https://www.saramin.co.kr/zf_user/member/recommend

맞춤 공고 메일 수신설정은 사람인 > 개인회원 홈 > 알림설정에서 변경할 수 있습니다.""" % nm
        fmt, att, unsub = "html", [], "<https://www.saramin.co.kr/zf_user/mail-reject?key=%s>" % hexs(r, 20)
    elif i == 1:
        frm = ("잡코리아", "jobkorea@jobkorea.co.kr")
        sub = "[잡코리아] 입사지원이 완료되었습니다 - 가온헬스케어"
        body = """%s님, 입사지원이 정상적으로 완료되었습니다.

지원기업: (주)가온헬스케어
지원분야: 서버 개발자 (Python)
지원일시: %s
제출서류: 이력서, 포트폴리오(PDF)

기업의 열람 여부는 잡코리아 > 지원현황에서 확인하실 수 있습니다.
좋은 결과 있으시길 바랍니다!""" % (nm, d.strftime("%Y.%m.%d %H:%M"))
        fmt, att, unsub = "html", [], None
    elif i == 2:
        frm = ("누리소프트 인사팀 %s" % hr[0], "recruit@nurisoft.example")
        sub = "[누리소프트] 1차 면접 일정 안내 드립니다"
        when = (d + timedelta(days=4)).replace(hour=14, minute=0)
        body = """%s님 안녕하세요.
(주)누리소프트 인사팀 %s입니다.

저희 회사 백엔드 개발자 포지션에 지원해 주셔서 감사합니다.
서류 전형에 합격하셔서 1차 기술면접 일정을 안내드립니다.

- 일시: %s 오후 2시 (약 60분)
- 방식: 대면 면접 (서울 구로구 디지털로 ○○ 7층)
- 면접관: 개발팀 리드 2명
- 준비: 과제 없음, 본인 프로젝트 설명 10분 내외

일정 확인 후 회신 부탁드리며, 어려우시면 가능한 시간 2~3개 알려주세요.
캘린더 초대 파일을 첨부합니다.

감사합니다.
%s 드림""" % (nm, hr[0], kd(when), hr[0])
        fmt = "plain"
        att = [("면접일정.ics", "text/calendar; method=REQUEST; charset=utf-8",
                ics_bytes("%s@nurisoft.example" % hexs(r, 10), "누리소프트 1차 면접", when, 60, "누리소프트 7층 회의실", "recruit@nurisoft.example"))]
        unsub = None
    elif i == 3:
        frm = ("라온모빌리티 채용담당", "talent@raon-mobility.example")
        sub = "라온모빌리티 지원 결과 안내"
        body = """%s님께

먼저 라온모빌리티에 관심을 갖고 지원해 주셔서 진심으로 감사드립니다.

보내주신 서류를 신중히 검토하였으나, 아쉽게도 이번 포지션에서는 함께하기 어렵게 되었습니다.
지원자분의 역량이 부족해서가 아니라, 현재 팀에서 필요로 하는 경험과의 차이 때문임을 말씀드립니다.

동의해 주신다면 인재풀에 이력서를 6개월간 보관하고, 적합한 포지션이 열리면 먼저 연락드리겠습니다.
원치 않으시면 이 메일에 회신 주세요.

앞으로의 커리어를 응원합니다.
라온모빌리티 채용팀 드림""" % nm
        fmt, att, unsub = "plain", [], None
    else:
        frm = ("온새미로 커머스 HR", "hr@onsaemiro.example")
        sub = "[최종합격] 온새미로 커머스 처우 협의 및 입사 서류 안내"
        body = """%s님, 축하드립니다!
온새미로 커머스 플랫폼 개발팀 최종 합격 소식을 전해드립니다.

첨부된 처우 제안서(Offer Letter)를 확인해 주시고, %s까지 수락 여부를 회신 부탁드립니다.

입사 시 필요 서류
1. 주민등록등본 1부
2. 최종학력 졸업증명서
3. 경력증명서 (재직 회사별)
4. 급여 이체용 통장 사본
5. 건강검진 결과 (3개월 이내)

※ 서류는 입사일에 원본으로 지참해 주시면 되며, 메일로 주민등록번호 등을 보내실 필요는 없습니다.

함께하게 되어 기쁩니다.""" % (nm, kd(d + timedelta(days=5)))
        fmt = "alt"
        att = [("OfferLetter_%s.pdf" % nm, "application/pdf", pdf_bytes(r, "Offer Letter"))]
        unsub = None
    return M(scenario="recruiting mail: " + sub, frm=frm, to=(nm, ad), subject=sub, text=body, fmt=fmt, att=att,
             unsub=unsub, color="#4876ef")


WEBINARS = [
    ("한빛클라우드", "events@hanbit-cloud.example", "[웨비나 초대] 2027 클라우드 비용 최적화 전략 - FinOps 실전 사례", 90,
     "온라인 (Zoom 웨비나)", "참석 링크는 행사 하루 전 별도 메일로 발송됩니다.\n사전 질문: https://hanbit-cloud.example/webinar/finops/qna"),
    ("한국중소기업 디지털전환 포럼", "forum@smedx-forum.example", "(초대) 중소 제조기업 AI 도입 지원사업 설명회 - 무료, 선착순 80명", 150,
     "서울 중구 ○○빌딩 지하 1층 컨벤션홀", "주차 지원이 되지 않으니 대중교통을 이용해 주세요.\n점심 도시락이 제공됩니다."),
    ("세무법인 가온", "seminar@gaon-tax.example", "[세무법인 가온] 개인사업자 종합소득세·부가세 절세 세미나 안내", 120,
     "세무법인 가온 본사 10층 세미나실", "참가비 무료 / 사전 신청자에 한해 자료집 제공"),
    ("오픈소스 개발자 밋업 서울", "meetup.seoul.oss@gmail.com", "12월 밋업: Rust로 만든 사내 배포 도구 이야기 (+ 피자)", 120,
     "판교 스타트업캠퍼스 2층", "참가비 5,000원은 피자값이고 현장에서 받습니다.\n발표 자료는 행사 후 GitHub에 올립니다."),
]


@reg("ham", 4)
def webinar(r, i, d):
    org, addr, sub, mins, loc, extra = WEBINARS[i]
    nm, ad = rcpt(r)
    when = (d + timedelta(days=r.randint(8, 20))).replace(hour=r.choice([10, 14, 19]), minute=0)
    body = """%s님 안녕하세요.
%s입니다.

%s

■ 일시: %s %s ~ (%d분)
■ 장소: %s
■ 신청: 아래 링크에서 사전 등록
https://%s/register/%s

%s

캘린더에 바로 추가하실 수 있도록 일정 파일(.ics)을 첨부했습니다.
많은 참여 부탁드립니다.""" % (nm, org, sub.split("] ")[-1], kd(when), when.strftime("%H:%M"), mins, loc,
                             addr.split("@")[1] if "gmail" not in addr else "festa.example", alnum(r, 8), extra)
    att = [("invite.ics", "text/calendar; method=REQUEST; charset=utf-8",
            ics_bytes("%s@%s" % (hexs(r, 16), addr.split("@")[1]), sub[:40], when, mins, loc, addr))]
    if i == 1:
        att.append(("설명회_안내문.hwp", "application/x-hwp", hwp_bytes(r)))
    return M(scenario="seminar/webinar invitation: " + org, frm=(org, addr), to=(nm, ad), subject=sub, text=body,
             fmt=r.choice(["alt", "html", "plain"]), att=att, color="#5b3cc4",
             unsub="<mailto:unsubscribe@%s?subject=unsubscribe>" % addr.split("@")[1] if i < 3 else None)


@reg("ham", 4)
def cart_points(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        frm, sub = ("무신사", "noreply@musinsa.com"), "장바구니에 담아둔 상품, 지금 할인 중이에요"
        body = "%s님이 장바구니에 담아두신 상품이 할인 중이에요.\n\n[무신사 스탠다드] 캐시미어 블렌드 오버사이즈 코트 - 블랙\n189,000원 → 151,200원 (20%% 할인)\n\n사이즈 M 재고가 3개 남았어요.\nhttps://www.musinsa.com/app/cart\n\n(광고) 수신거부: 마이페이지 > 설정 > 알림 수신 설정" % nm
        scen = "Musinsa abandoned-cart reminder"
    elif i == 1:
        frm, sub = ("컬리", "noreply@kurly.com"), "[컬리] 적립금 %s원이 12월 31일 소멸 예정입니다" % won(r.randint(2, 30) * 100)
        body = "%s님, 보유 적립금 중 일부가 곧 소멸됩니다.\n\n소멸 예정일: 2026년 12월 31일\n소멸 예정 적립금: 금액은 제목 참조\n\n소멸 전에 장보기에 사용해 보세요. 적립금은 상품 결제 시 자동으로 우선 사용됩니다.\nhttps://www.kurly.com/mypage/point\n\n본 메일은 정보통신망법에 따라 적립금 소멸 사전 고지를 위해 발송되는 메일입니다." % nm
        scen = "Kurly reward-point expiry notice"
    elif i == 2:
        frm, sub = ("SSG.COM", "ssg@ssg.com"), "(광고) 쓱데이 D-3, 장바구니 쿠폰 미리 받아두세요"
        body = "쓱데이가 3일 앞으로 다가왔어요!\n\n%s님만을 위한 장바구니 쿠폰\n- 10만원 이상 구매 시 1만원 할인\n- 신세계포인트 2배 적립\n\n장바구니 상품 4개 · 총 128,400원\n쿠폰 적용 시 118,400원\n\n쿠폰 받기 https://www.ssg.com/event/ssgday\n\n수신거부를 원하시면 [여기]를 클릭하세요. (주)에스에스지닷컴" % nm
        scen = "SSG.COM shopping-day cart coupon ad"
    else:
        frm, sub = ("올리브영", "oliveyoung@cj.net"), "올리브영 CJ ONE 포인트 소멸 예정 안내"
        body = "%s 고객님\n\n보유하신 CJ ONE 포인트 중 %s P가 %s에 소멸될 예정입니다.\n올리브영 온라인몰과 매장에서 1P부터 현금처럼 사용하실 수 있어요.\n\n보유 포인트 확인: https://www.oliveyoung.co.kr/store/mypage/getCJOnePointInfo.do" % (
            nm, won(r.randint(5, 60) * 100), kdf(d + timedelta(days=31)))
        scen = "Olive Young CJ ONE point expiry"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt="html", color="#111111",
             unsub="<https://%s/unsubscribe?t=%s>" % (frm[1].split("@")[1], hexs(r, 24)) if i != 1 else None, mid=r.choice(["uuid", None]))


@reg("ham", 3)
def mobility_coupon(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        frm, sub = ("카카오 T", "noreply@kakaomobility.com"), "(광고) 연말 귀갓길, 카카오 T 블루 3,000원 할인쿠폰 도착"
        body = "늦은 연말 모임 후 귀갓길엔 카카오 T 블루!\n\n%s님께 3,000원 할인쿠폰을 드려요.\n- 사용기간: %s ~ 12월 31일\n- 사용조건: 카카오 T 블루 호출, 카카오페이 결제 시\n- 1인 1회\n\n쿠폰함 확인: 카카오 T 앱 > 전체 > 쿠폰\n\n수신거부: 카카오 T 앱 > 설정 > 마케팅 정보 수신" % (nm, kd(d))
        scen = "Kakao T taxi coupon ad"
    elif i == 1:
        frm, sub = ("배달의민족", "noreply@baemin.com"), "(광고) 오늘만! 배민클럽 첫 달 무료 + 4,000원 쿠폰팩"
        body = "%s님, 오늘 저녁 뭐 드세요?\n\n배민클럽 첫 달 무료 체험하고 알뜰배달 무료배달 받으세요.\n지금 가입하면 4,000원 쿠폰팩(2,000원 x 2장)도 드려요.\n\n쿠폰 사용기한: 발급일로부터 7일\n\nhttps://baemin.com\n\n(주)우아한형제들 | 수신거부는 앱 > 마이배민 > 설정에서" % nm
        scen = "Baemin delivery app coupon ad"
    else:
        frm, sub = ("요기요", "yogiyo@yogiyo.co.kr"), "주문하신 음식 영수증입니다 - 요기요"
        body = "%s님, 요기요를 이용해 주셔서 감사합니다.\n\n가게: %s\n주문번호: %s\n메뉴: %s\n결제금액: %s원 (할인 3,000원 적용)\n\n맛있게 드셨다면 리뷰 남기고 포인트 받아가세요!" % (
            nm, r.choice(["교촌치킨 ○○점", "엽기떡볶이 ○○점", "본죽&비빔밥 ○○점"]), alnum(r, 12, "0123456789"),
            r.choice(["허니콤보 1, 콜라 1.25L", "엽기떡볶이 2인 + 주먹김밥", "전복죽 특 + 장조림"]), won(r.randint(18, 32) * 1000))
        scen = "Yogiyo order receipt"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt="html", color="#00c4b4",
             unsub="<https://%s/unsubscribe/%s>" % (frm[1].split("@")[1], hexs(r, 16)) if i < 2 else None)


@reg("ham", 3)
def eticket(r, i, d):
    nm, s, g, gr, sr = person(r)
    ad = "%s.%s@%s" % (gr, sr, r.choice(RCPT_DOMAINS))
    al, dom, code = [("대한항공", "koreanair.com", "KE"), ("아시아나항공", "flyasiana.com", "OZ"), ("제주항공", "jejuair.net", "7C")][i]
    dep = (d + timedelta(days=r.randint(10, 40))).replace(hour=r.choice([7, 9, 13, 18]), minute=r.choice([5, 25, 40]))
    route = r.choice([("인천(ICN)", "도쿄/나리타(NRT)"), ("김포(GMP)", "제주(CJU)"), ("인천(ICN)", "다낭(DAD)"), ("인천(ICN)", "방콕(BKK)")])
    pnr = alnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
    tkt = "%03d-%010d" % (r.choice([180, 988, 806]), r.randint(0, 10 ** 10 - 1))
    body = """%s 고객님, %s을(를) 이용해 주셔서 감사합니다.
항공권 구매가 완료되어 전자항공권(e-Ticket) 확인증을 보내드립니다.

예약번호: %s
항공권번호: %s
승객: %s/%s MR/MS

[가는 편] %s%d  %s → %s
출발: %s %s

수하물: 위탁 %s
좌석 지정 및 사전 체크인: 출발 48시간 전부터 모바일 앱에서 가능

※ 국제선은 출발 2시간 전까지 탑승수속을 마쳐 주십시오.
※ 첨부된 e-Ticket 확인증을 출력하거나 휴대폰에 저장해 두시면 편리합니다.""" % (
        nm, al, pnr, tkt, sr.upper(), gr.upper(), code, r.randint(100, 1999), route[0], route[1], kd(dep), dep.strftime("%H:%M"),
        "23kg 1개" if i < 2 else "15kg (사전구매)")
    return M(scenario="airline e-ticket itinerary: " + al, frm=(al, r.choice(["e-ticket@", "noreply@", "reservation@"]) + dom),
             to=(nm, ad), subject="[%s] 전자항공권 확인증 (예약번호 %s)" % (al, pnr), text=body, fmt=r.choice(["html", "alt"]),
             color="#0d2e6e", att=[("eTicket_%s.pdf" % pnr, "application/pdf", pdf_bytes(r, "E-Ticket " + pnr))])


@reg("ham", 3)
def hotel(r, i, d):
    nm, ad = rcpt(r)
    frm, hotelname = [(("야놀자", "noreply@yanolja.com"), "강릉 씨마크 호텔"), (("Agoda", "no-reply@agoda.com"), "호텔 그레이스리 부산"),
                      (("여기어때", "help@goodchoice.kr"), "제주 서귀포 ○○ 풀빌라")][i]
    ci = d + timedelta(days=r.randint(5, 30))
    no = r.randint(10 ** 9, 10 ** 10 - 1)
    body = """%s님, 예약이 확정되었습니다.

숙소: %s
객실: %s
체크인: %s 15:00 이후
체크아웃: %s 11:00 이전
예약번호: %d
결제금액: %s원

무료 취소 가능 기한: %s 23:59까지
그 이후 취소 시 환불 규정에 따라 수수료가 부과됩니다.

예약 상세 보기: https://%s/mypage/reservation/%d""" % (
        nm, hotelname, r.choice(["디럭스 더블 오션뷰", "스탠다드 트윈", "독채 스위트 (2인)"]), kd(ci),
        kd(ci + timedelta(days=r.randint(1, 3))), no, won(r.randint(9, 60) * 10000 - 100 * r.randint(0, 9)),
        kd(ci - timedelta(days=3)), frm[1].split("@")[1], no)
    return M(scenario="hotel booking confirmation via " + frm[0], frm=frm, to=(nm, ad),
             subject="[%s] 예약 확정 안내 - %s" % (frm[0], hotelname) if i != 1 else "예약 확정: %s (예약번호 %d)" % (hotelname, no),
             text=body, fmt="html", color="#ff3478", mid="uuid")


@reg("ham", 3)
def daangn(r, i, d):
    nm, ad = rcpt(r)
    other = r.choice(["보리맘", "한강뷰", "동네주민23", "초록사과", "망원동고양이"])
    if i == 0:
        sub = "[당근] %s님이 채팅을 보냈어요" % other
        body = "%s님이 '아이패드 에어 5세대 64G 스페이스그레이' 상품에 채팅을 보냈어요.\n\n\"안녕하세요! 혹시 오늘 저녁 8시쯤 망원역에서 거래 가능할까요? 40만원에 네고 가능하실까요?\"\n\n당근 앱에서 답장하기\n\n※ 당근 밖에서 거래하거나 택배거래를 유도하는 경우 사기일 수 있어요. 당근페이로 안전하게 거래하세요." % other
        scen = "Daangn chat notification"
    elif i == 1:
        sub = "[당근페이] 송금이 완료되었어요"
        body = "%s님에게 당근페이로 %s원을 보냈어요.\n\n거래 상품: %s\n송금 일시: %s\n\n거래 후기를 남겨주세요. 매너온도에 반영돼요." % (
            other, won(r.choice([15000, 30000, 55000])), r.choice(["유아 식탁의자", "캠핑 의자 2개", "닌텐도 스위치 게임칩"]), d.strftime("%Y.%m.%d %H:%M"))
        scen = "Daangn Pay transfer receipt"
    else:
        sub = "Re: 당근에서 산 전기장판 관련해서요"
        body = """안녕하세요, 어제 당근에서 전기장판 판매한 사람이에요.
메일 주소 알려주셔서 보증서랑 설명서 스캔본 보내드려요.
구매한 지 1년 안 돼서 A/S 기간 남아 있어요.

혹시 온도조절기 문제 있으면 말씀해 주세요. 따뜻한 겨울 보내세요!

-----Original Message-----
From: %s
Sent: %s
Subject: 당근에서 산 전기장판 관련해서요

안녕하세요~ 오늘 전기장판 잘 받았어요. 혹시 보증서 있으면 사진 좀 보내주실 수 있을까요?""" % (ad, d.strftime("%Y-%m-%d %H:%M"))
        scen = "reply between two Daangn users with warranty scan"
        p = person(r)
        return M(scenario=scen, frm=(p[0], free_addr(r, p[3], p[4])), to=(nm, ad), subject=sub, text=body, fmt="plain",
                 att=[("보증서.png", "image/png", png_bytes(r, 40, 30)), ("사용설명서.pdf", "application/pdf", pdf_bytes(r, "Manual"))],
                 in_reply_to=msgid(r, "daum.net", d, "daum"))
    return M(scenario=scen, frm=("당근", "noreply@daangn.com"), to=(nm, ad), subject=sub, text=body, fmt="html", color="#ff6f0f")


@reg("ham", 6)
def family_event(r, i, d):
    p = person(r)
    nm, ad = rcpt(r)
    bank, ac = acct(r)
    mapid = r.randint(10 ** 8, 10 ** 9)
    when = d + timedelta(days=r.randint(14, 40))
    if i == 0:
        spouse = person(r)
        sub = "[청첩장] %s ♥ %s 결혼합니다" % (p[2], spouse[2])
        body = """안녕하세요, %s입니다.

오랫동안 연락 못 드려서 죄송한 마음으로 소식 전합니다.
제가 %s에 결혼을 하게 되었습니다.

일시: %s 낮 12시 30분
장소: 더채플앳○○ 3층 그레이스홀
지도: https://naver.me/%s

모바일 청첩장: https://mcard.example/%s

바쁘시겠지만 오셔서 축복해 주시면 큰 힘이 될 것 같아요.
멀리서 마음 전해주실 분들을 위해 계좌 남깁니다.
신랑측 %s %s (%s)

감사합니다!""" % (p[0], kdf(when), kd(when), alnum(r, 8), alnum(r, 10), bank, ac, p[0])
        att = [("청첩장.jpg", "image/jpeg", jpg_bytes(r))]
        dom = "naver.com"
    elif i == 1:
        sub = "우리 %s 돌잔치에 초대합니다 👶" % r.choice(["서아", "하준", "이안", "지유"])
        body = """다들 잘 지내시죠?
어느새 저희 아이가 첫 생일을 맞았어요.
가까운 분들만 모시고 조촐하게 돌잔치를 하려고 합니다.

일시: %s 오전 11시 30분
장소: 분당 ○○ 한정식 2층 별실
지도: https://place.map.kakao.com/%d
주차: 건물 뒤편 공영주차장 (2시간 무료 확인해 드려요)

선물은 정말 괜찮으니 몸만 오세요 :)
참석 여부만 이번 주 안에 알려주시면 식사 준비에 도움이 될 것 같아요.""" % (kd(when), mapid)
        att = []
        dom = "daum.net"
    elif i == 2:
        sub = "[부고] %s 부친상 알려드립니다" % p[0]
        body = """[부고]

%s의 부친 故 %s%s님께서 %s 별세하셨기에 삼가 알려드립니다.

빈소: ○○대학교병원 장례식장 특3호실
발인: %s 오전 7시
장지: 천안 ○○공원묘원

마음 전하실 곳
상주 %s %s %s

경황이 없어 일일이 연락드리지 못함을 널리 양해해 주시기 바랍니다.
장례식장 위치: https://naver.me/%s""" % (p[0], p[1], r.choice(["영수", "상철", "정호"]), kd(d - timedelta(days=1)), kd(d + timedelta(days=2)), p[0], bank, ac, alnum(r, 8))
        att = []
        dom = "gmail.com"
    elif i == 3:
        sub = "Fwd: 모바일 부고장 - 故 %s님" % (p[1] + "순자")
        body = """회사 단톡방에 올라온 내용인데 혹시 못 보셨을까 봐 전달드려요.
마케팅팀 %s 과장님 모친상입니다. 내일 저녁에 팀 몇 명 같이 가려고 하는데 같이 가실래요?

---------- Forwarded message ---------
보낸사람: %s <%s>
Date: %s
Subject: 모바일 부고장 - 故 %s님

삼가 고인의 명복을 빕니다.
빈소: ○○병원 장례식장 5호실
발인: %s
부고장 보기: https://bugo.example/%s
조의금 계좌: %s %s (상주 %s)""" % (p[0], p[0], free_addr(r, p[3], p[4], "naver.com"), format_datetime(d - timedelta(hours=3)),
                             p[1] + "순자", kd(d + timedelta(days=2)), alnum(r, 9), bank, ac, p[0])
        att = []
        dom = "gmail.com"
        p = person(r)
    elif i == 4:
        sub = "감사 인사 드립니다 (결혼식 와주셔서)"
        body = """안녕하세요 %s입니다.

지난 주말 바쁘신 와중에 저희 결혼식에 와주셔서 정말 감사합니다.
보내주신 축하와 마음 덕분에 무사히 식 잘 마치고 신혼여행도 다녀왔습니다.

그날 정신이 없어서 제대로 인사도 못 드린 것 같아 메일로나마 인사드려요.
스냅 사진 중에 같이 찍은 사진이 있어서 첨부합니다.

조만간 식사 한번 대접하겠습니다. 늘 건강하세요!""" % p[0]
        att = [("단체사진_1.jpg", "image/jpeg", jpg_bytes(r)), ("단체사진_2.jpg", "image/jpeg", jpg_bytes(r))]
        dom = "naver.com"
    else:
        sub = "칠순 잔치 안내 (아버지 칠순)"
        body = """고모, 고모부 그리고 사촌 형제들 모두 안녕하세요.
큰집 %s입니다.

다음 달 아버지 칠순을 맞아 가족끼리 식사 자리를 마련했습니다.
일시: %s 낮 12시
장소: 수원 ○○갈비 본관 2층 (지도 https://kko.to/%s)

아버지께서 거창한 건 싫다고 하셔서 봉투는 정말 안 하셔도 됩니다.
오실 수 있는 인원만 미리 알려주세요. 방 크기 정해야 해서요.""" % (p[0], kd(when), alnum(r, 10))
        att = []
        dom = "hanmail.net"
    return M(scenario="personal family-event mail: " + sub, frm=(p[0], free_addr(r, p[3], p[4], dom)), to=(nm, ad),
             subject=sub, text=body, fmt=r.choice(["plain", "plain", "html"]), att=att,
             xmailer=None, in_reply_to=None)


@reg("ham", 3)
def donation(r, i, d):
    nm, ad = rcpt(r)
    bank, ac = acct(r)
    if i == 0:
        frm = ("국회의원 %s 후원회" % person(r)[0], "support@mp-office.example")
        sub = "연말 소액후원, 10만원까지 전액 세액공제됩니다"
        body = """안녕하세요. 후원회 사무국입니다.

올 한 해 의정활동을 지켜봐 주신 당원·지지자 여러분께 감사드립니다.
정치후원금은 10만원까지 연말정산 시 전액(110분의 100) 세액공제를 받으실 수 있습니다.

후원계좌: %s %s (예금주: 국회의원○○○후원회)
후원 시 입금자명 뒤에 생년월일을 적어주시면 영수증 발급이 가능합니다.
온라인 후원: 정치후원금센터(www.give.go.kr)

※ 법인·단체는 후원할 수 없으며, 1인당 연간 후원 한도는 500만원입니다.
※ 본 메일은 후원회 소식 수신에 동의하신 분께 발송됩니다. 수신거부: 회신으로 알려주세요.""" % (bank, ac)
        scen = "politician's support-fund donation request (tax credit)"
    elif i == 1:
        frm = ("환경운동연합", "news@kfem.or.kr")
        sub = "[정기후원 감사] 2026년 기부금 영수증 발급 안내 및 연말 특별모금"
        body = """%s 회원님, 고맙습니다.

올해도 회원님의 정기후원 덕분에 4대강 재자연화 모니터링, 일회용품 줄이기 캠페인을 이어갈 수 있었습니다.

■ 기부금 영수증
국세청 연말정산 간소화 서비스에 자동 등록됩니다(1월 중순). 주민등록번호 미등록 회원님은 회신 부탁드립니다.

■ 연말 특별모금 '겨울 철새 쉼터 지키기'
목표 3,000만원 / 현재 62%% 달성
후원하기: https://kfem.or.kr

회원 정보 변경이나 후원 중단은 언제든 사무국(02-735-7000)으로 연락 주세요.""" % nm
        scen = "NGO member thank-you and year-end appeal"
    else:
        frm = ("초록우산", "green@childfund.or.kr")
        sub = "%s 후원자님, 결연 아동의 편지가 도착했어요" % nm
        body = """%s 후원자님 안녕하세요.
초록우산입니다.

후원자님과 결연된 아동이 직접 쓴 연말 편지를 보내왔어요.
개인정보 보호를 위해 아동의 이름 일부와 사진은 가려서 첨부합니다.

"후원자님 덕분에 올해는 태권도 학원을 다녔어요. 노란띠에서 파란띠가 되었어요. 고맙습니다."

정기후원 금액 변경 및 기부금 영수증은 홈페이지 마이페이지에서 확인하실 수 있습니다.""" % nm
        scen = "children's charity sponsor letter"
    att = [("아동편지.png", "image/png", png_bytes(r, 60, 80))] if i == 2 else []
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt=r.choice(["html", "alt"]), color="#2e8b57", att=att,
             unsub="<mailto:unsubscribe@%s>" % frm[1].split("@")[1] if i else None)


@reg("ham", 2)
def offering(r, i, d):
    nm, ad = rcpt(r)
    bank, ac = acct(r)
    if i == 0:
        frm = ("은혜제일교회 재정부", "finance@eunhye-church.example")
        sub = "2026년 헌금 기부금 영수증 신청 및 온라인 헌금 계좌 안내"
        body = """성도님께 주님의 평강이 함께하시기를 기원합니다.

2026년 헌금(십일조, 감사헌금, 선교헌금 등)에 대한 기부금 영수증 신청을 받습니다.
- 신청기간: 12월 1일 ~ 1월 10일
- 신청방법: 교회 사무실 방문 또는 회신 메일 (성명, 주민등록번호 앞자리, 주소)
- 발급: 1월 셋째 주일부터 사무실에서 수령

온라인 헌금 계좌 (헌금 종류를 입금자명 뒤에 적어주세요. 예: 홍길동십일조)
%s %s (예금주: 은혜제일교회)

성탄 감사헌금은 12월 20일, 27일 두 주간 드립니다.""" % (bank, ac)
        scen = "church offering/tax receipt notice with account"
    else:
        frm = ("대원사 종무소", "jongmuso@daewonsa.example")
        sub = "동지 기도 및 2027년 정초 신중기도 동참 안내"
        body = """불자님 성불하십시오.

다가오는 동지(12월 21일)를 맞아 팥죽 공양과 동지 기도를 봉행합니다.
아울러 2027년 정초 신중기도 동참 접수를 받습니다.

- 동지 기도 동참금: 가족당 3만원
- 정초 신중기도: 1인 5만원 / 가족 10만원
- 연등 접수: 1등 5만원

동참금 계좌: %s %s (대원사)
입금 후 종무소로 전화 주시면 축원 명단에 올려드립니다.""" % (bank, ac)
        scen = "Buddhist temple ritual contribution notice"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt="plain", cs="ks")


@reg("ham", 5)
def broker(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        frm, sub = ("미래에셋증권", "research@miraeasset.com"), "[미래에셋증권] Daily 모닝 브리프 - 반도체 업황 회복 속도 점검"
        body = """Morning Brief | %s

■ 전일 미국 증시: S&P500 +0.4%%, 나스닥 +0.7%%, 필라델피아 반도체 +1.8%%
■ 국내 증시 전망: 외국인 순매수 전환 가능성, 반도체·2차전지 중심 반등 시도 예상
■ 오늘의 관심 종목 (투자 참고용)
  - 삼성전자: HBM 공급 확대 기대, 목표주가 유지
  - 한화에어로스페이스: 수주 잔고 역대 최대

[Compliance Notice]
본 자료는 투자자의 투자를 권유할 목적으로 작성된 것이 아니며, 투자 판단의 최종 책임은 투자자 본인에게 있습니다.
본 자료는 당사 고객에게 제공되는 정보로 무단 배포를 금합니다.""" % dots(d)
        att = [("MorningBrief_%s.pdf" % d.strftime("%Y%m%d"), "application/pdf", pdf_bytes(r, "Morning Brief"))]
        scen = "Mirae Asset research morning brief"
    elif i == 1:
        frm, sub = ("한국투자증권", "webmaster@truefriend.com"), "[한국투자증권] 공모주 청약 일정 안내 - (주)에이치앤솔루션 외 2건"
        body = """%s 고객님, 다음 주 공모주 청약 일정을 안내해 드립니다.

1. (주)에이치앤솔루션 (코스닥)
   - 청약일: %s ~ 다음날
   - 희망 공모가: 18,000원 ~ 21,000원
   - 최소 청약: 10주 (증거금률 50%%)
2. 누리바이오 (코스닥)  - 당사 인수단 참여
3. 그린에너지리츠 (유가증권)

※ 공모주 청약은 원금 손실이 발생할 수 있으며, 증권신고서와 투자설명서를 반드시 확인하시기 바랍니다.
※ 한국투자증권은 문자나 메신저로 공모주 배정을 약속하거나 선입금을 요구하지 않습니다.

청약하기: 한국투자 앱 > 청약/공모주""" % (nm, kd(d + timedelta(days=4)))
        att = []
        scen = "Korea Investment IPO subscription schedule"
    elif i == 2:
        frm, sub = ("키움증권", "kiwoom@kiwoom.com"), "[키움증권] 주식 매매체결 내역 안내"
        body = """%s 고객님의 주식 매매체결 내역입니다.

체결일자: %s
계좌번호: ****-**%02d
종목명: %s
구분: %s
체결수량: %d주
체결단가: %s원

상세 내역은 영웅문 또는 키움증권 홈페이지에서 확인하세요.""" % (nm, dots(d), r.randint(10, 99), r.choice(["SK하이닉스", "NAVER", "카카오", "현대차"]),
                                                   r.choice(["매수", "매도"]), r.randint(1, 50), won(r.randint(50, 250) * 1000))
        att = []
        scen = "Kiwoom trade confirmation"
    elif i == 3:
        frm, sub = ("삼성증권", "research@samsungpop.com"), "(리포트) 2027년 연간전망: 금리 인하 사이클 후반부의 자산배분"
        body = """삼성증권 리서치센터입니다.

2027년 연간전망 보고서를 발간했습니다.

요약
- KOSPI 예상 밴드 2,550 ~ 3,150
- 선호 업종: 반도체, 조선, 방산, 금융
- 채권: 듀레이션 중립, 크레딧 비중 확대
- 리스크: 미국 재정적자, 중국 내수 둔화

전문은 첨부 PDF를 참고하시기 바랍니다.
본 보고서는 투자 참고용이며, 수익을 보장하지 않습니다. 구독 해지는 mPOP > 리서치 > 구독설정."""
        att = [("2027_연간전망_삼성증권.pdf", "application/pdf", pdf_bytes(r, "2027 Outlook"))]
        scen = "Samsung Securities annual outlook report"
    else:
        frm, sub = ("NH투자증권", "nhqv@nhqv.com"), "[NH투자증권] 배당금 입금 안내"
        body = """%s 고객님, 보유하신 종목의 배당금이 입금되었습니다.

종목: %s
배당금: %s원 (세후)
입금일: %s

연간 배당 내역은 나무/QV 앱 > 자산 > 배당금에서 확인하실 수 있습니다.""" % (nm, r.choice(["KB금융", "SK텔레콤", "삼성전자우", "맥쿼리인프라"]), won(r.randint(3, 400) * 100), dots(d))
        att = []
        scen = "NH Investment dividend deposit notice"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt=r.choice(["html", "alt", "plain"]), color="#f58220", att=att,
             unsub="<https://%s/unsubscribe?id=%s>" % (frm[1].split("@")[1], hexs(r, 12)) if i in (0, 3) else None)


@reg("ham", 3)
def crypto(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        frm, sub = ("업비트", "no-reply@upbit.com"), "[업비트] 원화 입금 완료 안내"
        body = "%s님, 원화 입금이 완료되었습니다.\n\n입금 금액: %s KRW\n입금 은행: 케이뱅크\n입금 일시: %s\n\n업비트는 어떠한 경우에도 전화·문자·메신저로 가상자산 출금이나 원격제어 앱 설치를 요청하지 않습니다." % (
            nm, won(r.randint(10, 500) * 10000), d.strftime("%Y-%m-%d %H:%M:%S"))
        scen = "Upbit KRW deposit notice"
    elif i == 1:
        frm, sub = ("빗썸", "no-reply@bithumb.com"), "[빗썸] 가상자산 출금 요청이 완료되었습니다"
        body = "%s 회원님, 출금 요청이 처리되었습니다.\n\n자산: ETH\n수량: %.4f ETH\n출금 주소: 0x%s…%s\n수수료: 0.0035 ETH\n처리 일시: %s\n\n본인이 요청하지 않은 출금이라면 즉시 빗썸 고객센터(1661-5566)로 연락하시고 앱에서 계정 잠금을 진행해 주세요." % (
            nm, r.randint(5, 300) / 100, hexs(r, 6), hexs(r, 4), d.strftime("%Y-%m-%d %H:%M:%S"))
        scen = "Bithumb crypto withdrawal confirmation"
    else:
        frm, sub = ("업비트", "no-reply@upbit.com"), "[업비트] 고객확인제도(KYC) 재이행 안내"
        body = "%s님, 특정금융거래정보법에 따라 고객확인 유효기간(3년)이 만료 예정입니다.\n\n만료 예정일: %s\n만료 시 입출금이 제한될 수 있습니다.\n\n재이행 방법: 업비트 앱 > 마이페이지 > 고객확인 (앱에서만 가능)\n\n※ 업비트는 메일로 신분증 사진이나 개인정보를 받지 않습니다. 이 메일에는 링크가 없습니다." % (nm, kdf(d + timedelta(days=30)))
        scen = "Upbit KYC renewal notice (no link)"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt="html", color="#093687")


@reg("ham", 5)
def security_alert(r, i, d):
    nm, ad = rcpt(r)
    ip = doc_ip(r)
    when = d.strftime("%Y.%m.%d %H:%M")
    if i == 0:
        frm, sub = ("네이버", "navermaster@naver.com"), "[네이버] 새로운 기기에서 로그인되었습니다"
        body = "%s님의 네이버 아이디로 새로운 환경에서 로그인되었습니다.\n\n일시: %s\n기기: Chrome (Windows)\n위치: 대한민국 (IP %s)\n\n본인이 로그인한 것이 맞다면 이 메일은 무시하셔도 됩니다.\n본인이 아니라면 네이버 앱 또는 PC에서 직접 접속하여 [내정보 > 보안설정 > 로그인 목록]을 확인하고 비밀번호를 변경해 주세요." % (nm, when, ip)
    elif i == 1:
        frm, sub = ("카카오", "noreply@kakaocorp.com"), "카카오계정 비밀번호가 변경되었습니다"
        body = "카카오계정(%s) 비밀번호가 변경되었습니다.\n\n변경 일시: %s\n\n본인이 변경한 것이 아니라면, 카카오계정 고객센터(https://cs.kakao.com)에서 도움을 받으세요." % (ad[:3] + "***@" + ad.split("@")[1], when)
    elif i == 2:
        frm, sub = ("Google", "no-reply@accounts.google.com"), "보안 알림"
        body = "새 기기에서 로그인함\n%s\n\nWindows 기기에서 Google 계정에 새로 로그인했습니다. 내가 로그인한 경우 별도의 조치를 취할 필요가 없습니다. 본인이 로그인하지 않았다면 Google에서 계정 보호를 도와드리겠습니다.\n\n활동 확인\nhttps://myaccount.google.com/notifications\n\n이 이메일은 Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송되었습니다.\n© 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA" % ad
    elif i == 3:
        frm, sub = ("토스", "no-reply@toss.im"), "토스 로그인 기기가 추가되었어요"
        body = "%s님의 토스에 새 기기가 등록되었어요.\n\n기기: Galaxy S25\n등록 시각: %s\n\n본인이 아니라면 토스 앱 > 전체 > 설정 > 인증·보안 > 로그인 기기 관리에서 바로 삭제하고, 고객센터(1599-4905)로 알려주세요." % (nm, when)
    else:
        frm, sub = ("쿠팡", "no-reply@coupang.com"), "[쿠팡] 회원정보(배송지)가 변경되었습니다"
        body = "%s 회원님, 회원정보가 변경되어 안내드립니다.\n\n변경 항목: 기본 배송지\n변경 일시: %s\n\n본인이 변경하지 않았다면 즉시 비밀번호를 변경하시고 고객센터(1577-7011)로 연락 주세요." % (nm, when)
    return M(scenario="account security alert from " + frm[0], frm=frm, to=(nm, ad), subject=sub, text=body,
             fmt=r.choice(["html", "alt"]), color="#1a73e8", mid="uuid" if i != 0 else "naver")


@reg("ham", 4)
def scam_warning(r, i, d):
    nm, ad = rcpt(r)
    if i == 0:
        p = person(r)
        frm = (p[0], free_addr(r, p[3], p[4], "naver.com"))
        sub = "엄마 아빠 꼭 읽어보세요 - 요즘 이런 문자 와요"
        body = """엄마 아빠, 요즘 이런 문자가 많이 온대서 보내요.
아래 같은 문자 오면 절대 링크 누르지 말고 나한테 먼저 전화 줘요.

1) "엄마 나 폰 액정 깨져서 수리 맡겼어. 이 번호로 문자해줘. 급하게 결제할 게 있는데 엄마 카드로 해도 돼?"
   → 나 폰 고장나도 이렇게 안 해요. 꼭 원래 번호로 전화해서 확인하기!

2) "[국제발신] 고객님 택배가 주소불명으로 반송 예정입니다. 주소 수정 http://..."
   → 택배는 문자로 주소 수정하라고 안 해요.

3) "[Web발신] 정부지원 저금리 대환대출 대상자로 선정되셨습니다"
   → 정부는 이런 문자 안 보내요. 대출 얘기는 무조건 사기라고 생각하기.

그리고 모르는 앱 설치하라고 하면 절대 설치하지 말고요.
혹시 눌렀으면 바로 나한테 전화하고, 은행에 전화해서 계좌 지급정지부터 해요. (경찰청 112, 금감원 1332)

주말에 내려갈게요!""" 
        scen = "child warns parents about smishing, quoting scam texts"
    elif i == 1:
        frm = ("정보보호팀", "security@hanul-soft.example")
        sub = "[보안공지] 대표이사 사칭 메일(기프트카드 구매 요청) 주의"
        body = """임직원 여러분께,

최근 대표이사를 사칭하여 기프트카드 구매를 요청하는 메일이 다수 접수되었습니다.
실제 수신된 메일 원문은 아래와 같습니다. (발신 주소가 외부 무료메일입니다)

-----
제목: 급한 부탁
지금 회의 중이라 통화가 어렵습니다. 거래처 선물용으로 구글 기프트카드 50만원권 10장을 구매해서 카드 번호를 사진으로 보내주세요. 비용은 오늘 중으로 정산해 드리겠습니다.
-----

■ 대응 방법
1. 회신하거나 링크를 클릭하지 마세요.
2. '보안신고' 버튼 또는 security@hanul-soft.example 로 전달해 주세요.
3. 이미 구매하셨다면 즉시 정보보호팀(내선 4119)으로 연락 바랍니다.

우리 회사는 메일로 상품권 구매나 송금을 요청하지 않습니다.

정보보호팀 드림"""
        ad = ad.split("@")[0] + "@hanul-soft.example"
        scen = "corporate security team warns about CEO-impersonation gift-card scam"
    elif i == 2:
        frm = ("KB국민은행", "webmaster@kbstar.com")
        sub = "[KB국민은행] 금융사기 예방 안내 - 이런 연락은 100% 사기입니다"
        body = """고객님, 최근 은행·검찰·금융감독원을 사칭한 금융사기가 급증하고 있어 안내드립니다.

이런 말을 들으면 즉시 전화를 끊으세요.
- "고객님 계좌가 범죄에 연루되어 안전계좌로 옮겨야 합니다"
- "저금리 대출로 갈아타려면 기존 대출을 먼저 상환하셔야 합니다"
- "보안 강화를 위해 이 앱을 설치해 주세요"
- "검사입니다. 사건 조회는 이 링크에서 하세요"

KB국민은행은 전화·문자로 앱 설치, 송금, 개인정보 입력을 요구하지 않습니다.
피해가 의심되면 KB국민은행 고객센터 또는 경찰청(112)에 즉시 지급정지를 요청하세요.

※ 본 메일에는 어떠한 링크도 포함되어 있지 않습니다."""
        scen = "bank's fraud-prevention notice quoting scam phrases"
    else:
        p = person(r)
        frm = (p[0], free_addr(r, p[3], p[4], "gmail.com"))
        sub = "Re: [동창회] 이 문자 받은 사람 있어? 나 사칭한 거 같은데"
        body = """얘들아 내 이름으로 카톡 프로필 만들어서 돈 빌려달라는 메시지 돌고 있대.
나 아니니까 절대 보내지 마!! 이미 경찰에 신고했어.

받은 친구가 캡처해준 거 붙여둘게:

"○○야 나 %s인데 폰이 고장나서 pc카톡으로 연락해. 거래처에 급하게 보낼 돈이 있는데 오늘만 150만 빌려줄 수 있어? 내일 오전에 바로 줄게. 계좌는 우리 회사 경리 계좌로 보내줘"

내 프로필 사진까지 그대로 가져갔더라. 다들 조심해.

> 2026년 11월 %d일 (금) 오후 9:12, 총무 <%s> 작성:
> 혹시 %s한테 돈 빌려달라는 카톡 받은 사람 있어? 나 방금 받았는데 말투가 좀 이상해서.""" % (
            p[2], max(1, d.day - 1), free_addr(r, "chongmu", "32", "naver.com"), p[0])
        scen = "reply in alumni thread warning about messenger impersonation scam"
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt="plain" if i != 2 else "html", color="#c0392b",
             in_reply_to=msgid(r, "naver.com", d, "naver") if i == 3 else None)


@reg("ham", 5)
def forwards(r, i, d):
    p = person(r)
    nm, ad = rcpt(r)
    if i == 0:
        sub = "FW: [신한카드] 이용대금 명세서 - 이거 맞는지 좀 봐줄래?"
        body = """여보, 이번 달 카드값이 생각보다 많이 나와서 전달해. 해외결제 두 건 나 아닌데 혹시 당신이 넷플릭스랑 애플 결제한 거야?

-----Original Message-----
From: "신한카드"<webmaster@shinhancard.com>
To: <%s>
Sent: %s
Subject: [신한카드] %s님의 2026년 12월 이용대금명세서입니다

%s 고객님, 안녕하세요.
신한카드 2026년 12월 이용대금 명세서를 보내드립니다.
결제하실 금액: 1,284,330원
결제일: 2026년 12월 14일""" % (free_addr(r, p[3], p[4]), format_datetime(d - timedelta(days=1)), p[0], p[0])
        scen = "spouse forwards card statement asking about charges"
    elif i == 1:
        sub = "Fwd: 연말정산 관련 회사 공지 (부양가족 서류)"
        body = """%s님, 회사 공지 전달합니다. 올해부터 부양가족 증빙 제출 방식이 바뀌었대요.
어머님 기본공제 받으시려면 가족관계증명서 필요하니 준비해 두세요.

---------- Forwarded message ---------
From: 인사팀 <hr@sejong-lab.example>
Date: %s
Subject: [인사팀] 2026년 귀속 연말정산 일정 안내

임직원 여러분, 2026년 귀속 연말정산 일정을 안내드립니다.
- 1월 15일: 국세청 간소화 자료 오픈
- 1월 16일 ~ 1월 30일: 사내 시스템 제출
- 부양가족 변동 시 가족관계증명서 제출 (PDF)
첨부된 매뉴얼을 참고하세요.""" % (nm, format_datetime(d - timedelta(days=2)))
        att = [("2026_연말정산_매뉴얼.pdf", "application/pdf", pdf_bytes(r, "Year-end tax manual"))]
        return M(scenario="forwarded HR year-end-tax memo with PDF", frm=(p[0], free_addr(r, p[3], p[4], "gmail.com")), to=(nm, ad),
                 subject=sub, text=body, fmt="plain", att=att)
    elif i == 2:
        sub = "RE: RE: 12월 납품 견적 건"
        body = """%s 과장님,

네, 수량 500개 기준 단가 12,400원으로 확정하겠습니다.
세금계산서는 납품 완료 후 홈택스로 발행드리겠습니다.
견적서 최종본 첨부합니다.

%s 드림
(주)가온상사 영업팀 | 031-0000-5521

-----Original Message-----
From: %s
Sent: Wednesday, November 25, 2026 4:02 PM
To: %s
Subject: RE: 12월 납품 견적 건

%s 대리님, 수량을 500개로 늘리면 단가 조정이 가능할까요? 12,500원 이하면 바로 발주 올리겠습니다.

-----Original Message-----
From: %s
Subject: 12월 납품 견적 건

안녕하세요. 요청하신 견적서 송부드립니다. 300개 기준 13,200원입니다.""" % (nm, p[0], ad, p[0], p[0], p[0])
        att = [("견적서_가온상사_최종.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                xlsx_bytes([["품목", "수량", "단가", "금액"], ["PP 포장박스 A형", 500, 12400, 6200000]]))]
        return M(scenario="B2B quotation reply chain with XLSX", frm=(p[0], "%s.%s@gaon-trade.example" % (p[3], p[4])), to=(nm, ad),
                 subject=sub, text=body, fmt="plain", att=att, xmailer="Microsoft Outlook 16.0", mid="outlook",
                 in_reply_to=msgid(r, "hanul-soft.example", d, "outlook"))
    elif i == 3:
        sub = "Fwd: (광고) 홈플러스 김장대전 - 배추 한 포기 990원"
        body = """엄마가 보라고 한 거 전달해. 토요일에 같이 가자~ 10시 오픈런 ㅋㅋ

---------- 전달된 메시지 ----------
보낸 사람: 홈플러스 <homeplus@homeplus.co.kr>
날짜: %s
제목: (광고) 홈플러스 김장대전 - 배추 한 포기 990원

[홈플러스 김장대전]
- 해남 배추 1포기 990원 (1인 3포기 한정, 마이홈플러스 회원)
- 국산 고춧가루 1kg 29,900원
- 천일염 5kg 9,900원
무료수신거부 080-000-0000""" % format_datetime(d - timedelta(days=1))
        scen = "sibling forwards supermarket ad"
    else:
        sub = "Re: 회의록 공유 (11/26 주간회의)"
        body = """수정사항 반영했습니다. 2번 항목 담당자를 %s님으로 바꿨어요.

On %s, %s wrote:
> 주간회의 회의록 공유드립니다.
> 1. 12월 배포 일정: 12/10 스테이징, 12/17 운영
> 2. 결제 모듈 리팩터링: 담당자 미정
> 3. 연말 워크숍 회비 1인 5만원, 12/4까지 총무에게
> 수정사항 있으면 회신 주세요.""" % (person(r)[0], format_datetime(d - timedelta(hours=20)), nm)
        scen = "colleague reply with quoted meeting minutes"
    return M(scenario=scen, frm=(p[0], free_addr(r, p[3], p[4])), to=(nm, ad), subject=sub, text=body, fmt="plain",
             in_reply_to=msgid(r, "naver.com", d, "naver") if sub.startswith(("Re", "RE")) else None)


DIGESTS = [
    ("KLDP 리눅스 사용자 모임", "kldp-users@lists.kldp.example", "[kldp-users] Digest, Vol 214, Issue 9",
     ["Re: 우분투 26.04 한글 입력기 문제 (fcitx5)", "NAS 구성 추천 부탁드립니다", "Re: (광고 아님) 중고 서버 랙 나눔합니다",
      "리눅스 커널 스터디 12월 모집"]),
    ("한국 파이썬 사용자 모임", "pykr@lists.python.example", "[PyKR] 주간 다이제스트 - 파이콘 한국 2027 CFP 오픈 외 4건",
     ["파이콘 한국 2027 발표 제안(CFP) 오픈", "Re: asyncio에서 DB 커넥션 풀 관리", "[구인] 데이터 엔지니어 (재택 가능)",
      "Re: 윈도우에서 한글 경로 인코딩 문제", "12월 온라인 밋업 안내"]),
    ("아파트 입주민 카페", "digest@apt-cafe.example", "[입주민 소식] 오늘의 인기글 5",
     ["주차장 B2 누수 관리사무소 답변 받았습니다", "공동구매) 귤 10kg 같이 사실 분", "분실물: 놀이터에서 아이 장갑 보관 중",
      "엘리베이터 교체 공사 일정 공지", "동대표 선거 후보 등록 안내"]),
    ("육아맘 커뮤니티 뉴스레터", "newsletter@mom-talk.example", "이번 주 맘톡 소식: 겨울철 장염 대처법 · 어린이집 상담 팁",
     ["[전문가 칼럼] 노로바이러스 장염, 집에서 이렇게 대처하세요", "(광고) 유아 내복 최대 50% 세일 - 파트너사", "회원 후기: 첫 어린이집 상담 때 물어볼 것 10가지",
      "이번 주 나눔: 보행기, 아기띠"]),
]


@reg("ham", len(DIGESTS))
def digest(r, i, d):
    org, addr, sub, topics = DIGESTS[i]
    nm, ad = rcpt(r)
    lines = ["%s 다이제스트" % org, "", "오늘의 주제:", ""]
    for k, t in enumerate(topics, 1):
        lines.append("  %d. %s (%s)" % (k, t, person(r)[0]))
    lines += ["", "-" * 60, ""]
    for k, t in enumerate(topics, 1):
        p = person(r)
        lines += ["Message: %d" % k, "Date: %s" % format_datetime(d - timedelta(hours=r.randint(1, 30))),
                  "From: %s" % free_addr(r, p[3], p[4]), "Subject: %s" % t, ""]
        lines.append(r.choice([
            "저도 같은 증상이었는데 설정 파일에서 해당 옵션 끄니까 해결됐습니다. 참고하세요.",
            "관심 있으신 분은 댓글이나 메일 주세요. 선착순입니다.",
            "자세한 내용은 첨부 링크 확인 부탁드립니다. 문의는 운영진에게.",
            "좋은 정보 감사합니다. 저희 집도 이번 주에 신청했어요.",
            "혹시 비슷한 경험 있으신 분 계실까요? 조언 부탁드립니다."]))
        lines += ["", "-" * 60, ""]
    lines += ["구독 설정 변경: https://%s/options" % addr.split("@")[1], "구독 해지: %s" % addr.replace("@", "-unsubscribe@")]
    body = "\n".join(lines)
    lid = addr.replace("@", ".")
    hdr = [("List-Id", "%s <%s>" % (org if all(ord(c) < 128 for c in org) else "list", lid)), ("Precedence", "list"),
           ("List-Post", "<mailto:%s>" % addr), ("List-Archive", "<https://%s/archive/>" % addr.split("@")[1])]
    return M(scenario="mailing-list / community digest: " + org, frm=(org, addr.replace("@", "-request@") if i < 2 else addr), to=(nm, ad),
             subject=sub, text=body, fmt="plain" if i < 2 else "html", headers=hdr,
             unsub="<mailto:%s?subject=unsubscribe>, <https://%s/unsub>" % (addr.replace("@", "-leave@"), addr.split("@")[1]))


MISC = [
    ("SKT mobile bill", ("SK텔레콤", "bill@sktelecom.com"), "[SK텔레콤] 2026년 11월 이동전화 요금 안내",
     "{nm} 고객님의 11월 이용요금을 안내드립니다.\n\n청구금액: {amt}원\n납부기한: {due}\n요금제: 5GX 프라임\n\n요금 상세 내역은 T world 앱에서 확인하세요.\nhttps://www.tworld.co.kr\n\n※ SK텔레콤은 요금 미납을 이유로 문자 링크 결제를 요구하지 않습니다.", "html", None),
    ("KT internet/TV bill with PDF", ("KT", "ebill@kt.com"), "KT 인터넷/TV 요금 청구서 (2026년 11월)",
     "{nm} 고객님, KT를 이용해 주셔서 감사합니다.\n\n2026년 11월 청구서를 첨부 파일로 보내드립니다.\n청구금액: {amt}원 / 자동이체 예정일: {due}\n\n청구서 열람 비밀번호는 생년월일 6자리입니다.", "plain", "pdf"),
    ("Netflix payment failure (legit)", ("Netflix", "info@account.netflix.com"), "결제 정보를 업데이트해 주세요",
     "{nm}님, 안녕하세요.\n\n최근 멤버십 결제가 정상적으로 처리되지 않았습니다. 카드사에서 승인이 거절되었을 수 있습니다.\n\n넷플릭스 앱이나 netflix.com에 직접 로그인하여 [계정 > 결제 정보 관리]에서 결제 수단을 업데이트해 주세요.\n\n도움이 필요하시면 고객센터를 방문해 주세요.\n- 넷플릭스 팀", "html", None),
    ("public library overdue notice", ("마포중앙도서관", "library@mapo-lib.example"), "[마포중앙도서관] 대출 도서 반납 예정일 안내",
     "{nm} 님, 대출하신 도서의 반납 예정일이 3일 남았습니다.\n\n1. 『불편한 편의점』 / 반납예정일 {due}\n2. 『세이노의 가르침』 / 반납예정일 {due}\n\n연체 시 연체일수만큼 대출이 정지됩니다. 반납 연기는 1회, 7일 가능합니다.", "plain", None),
    ("concert ticket booking (Interpark)", ("NOL 티켓", "ticket@interpark.com"), "[NOL 티켓] 예매가 완료되었습니다 - 2026 연말 콘서트",
     "{nm}님, 예매해 주셔서 감사합니다.\n\n공연명: 2026 ○○○ 연말 콘서트 〈겨울, 우리〉\n일시: {due} 19:00\n장소: 올림픽공원 KSPO DOME\n좌석: 1층 F구역 12열 {n}번\n예매번호: T{code}\n결제금액: 154,000원\n\n티켓은 공연 당일 현장 수령 또는 모바일 티켓으로 입장 가능합니다.\n취소 마감: 공연 전일 17:00", "html", None),
    ("musical ticketing waitlist opening", ("예스24 티켓", "ticket@yes24.com"), "취소표 알림: 뮤지컬 〈레미제라블〉 12/24 좌석이 나왔어요",
     "{nm}님, 신청하신 취소표 알림입니다.\n\n뮤지컬 〈레미제라블〉\n12월 24일(목) 19:30 회차 R석 2매 예매 가능\n\n먼저 예매하는 분께 돌아가니 서둘러 주세요.\nhttp://ticket.yes24.com\n\n알림 신청은 1회성이며 자동 해지됩니다.", "html", None),
    ("rent-a-car reservation Jeju", ("제주 한라렌트카", "reserve@hallarent.example"), "[한라렌트카] 예약 확정 - 아반떼 CN7 (완전자차)",
     "{nm} 고객님, 예약이 확정되었습니다.\n\n차량: 아반떼 CN7 가솔린 또는 동급\n대여: {due} 10:00 제주공항 5번 게이트 셔틀\n반납: 3일 후 18:00\n보험: 완전자차 (면책금 0원)\n결제금액: 187,000원 (현장결제 없음)\n\n운전자 2인 모두 면허증 실물을 지참해 주세요.", "plain", None),
    ("online course completion certificate", ("K-MOOC", "noreply@kmooc.kr"), "[K-MOOC] 이수증이 발급되었습니다",
     "{nm}님, 축하합니다!\n\n강좌명: 생활 속의 인공지능 이해\n운영기관: ○○대학교\n이수일: {today}\n\n이수증은 K-MOOC 홈페이지 > 나의 강의실 > 이수증 발급에서 출력하실 수 있습니다.", "html", None),
    ("district office newsletter", ("성동구청", "news@sd.go.kr"), "[성동구 소식] 12월 구민 행사 · 김장나눔 · 한파 쉼터 운영",
     "성동구민 여러분 안녕하세요.\n\n12월 주요 소식을 전해드립니다.\n\n1. 사랑의 김장나눔: 12/5(토) 구청 광장, 자원봉사자 모집\n2. 한파 쉼터: 동 주민센터 17곳, 평일 09~18시\n3. 서울숲 겨울 빛축제: 12/18 ~ 1/31\n4. 청년 월세 지원 2차 신청: ~12/15\n\n자세한 내용은 성동구청 홈페이지를 참고하세요.\n뉴스레터 수신 해지는 홈페이지 > 뉴스레터 관리에서 가능합니다.", "html", "png"),
    ("blood donation thank-you", ("대한적십자사 혈액관리본부", "bloodinfo@redcross.or.kr"), "헌혈해 주셔서 감사합니다 - 혈액검사 결과 안내",
     "{nm} 헌혈자님, 지난 {today} 헌혈해 주셔서 감사합니다.\n\n헌혈 혈액 검사 결과 모든 항목이 정상입니다.\n상세 결과는 레드커넥트 앱에서 확인하실 수 있습니다.\n\n다음 전혈 헌혈 가능일: 8주 후\n헌혈증서는 앱에서 전자헌혈증서로 보관됩니다.", "html", None),
    ("vet clinic vaccination reminder", ("행복동물병원", "happyvet@happyvet.example"), "[행복동물병원] 콩이 종합백신 추가접종 안내",
     "콩이 보호자님 안녕하세요.\n\n콩이의 종합백신(DHPPL) 추가접종 시기가 다가와 안내드립니다.\n권장 접종일: {due} 전후\n심장사상충 예방약도 12월분 챙겨주세요.\n\n진료시간: 평일 10~20시, 토 10~17시 (일요일 휴진)\n예약 없이 방문하셔도 됩니다.", "plain", None),
    ("car service center estimate", ("블루핸즈 ○○점", "bluehands.gasan@gmail.com"), "차량 점검 결과 및 견적서 보내드립니다 (12가 3456)",
     "{nm} 고객님, 블루핸즈입니다.\n\n오늘 입고하신 차량 점검 결과입니다.\n- 앞 브레이크 패드 잔량 20%: 교체 권장\n- 엔진오일 교환 완료\n- 겨울철 대비 부동액 보충 완료\n\n브레이크 패드 교체 견적은 첨부 파일 확인하시고 진행 여부 회신 부탁드립니다.\n공임 포함 168,000원입니다.", "plain", "xlsx"),
    ("laundry pickup app notice", ("런드리고", "hello@lifegoeson.kr"), "세탁물이 배송 완료되었어요",
     "{nm}님, 맡기신 세탁물이 문 앞에 배송 완료되었어요.\n\n와이셔츠 5, 니트 2, 코트 1\n결제금액: {amt}원\n\n얼룩이 완전히 제거되지 않은 품목 1건은 태그에 표시해 두었어요.", "html", None),
    ("university academic notice", ("○○대학교 학사지원팀", "haksa@univ-seoul.example"), "[학사공지] 2026-2학기 성적 확인 및 이의신청 기간 안내",
     "재학생 여러분께,\n\n2026학년도 2학기 성적 공개 및 이의신청 일정을 안내합니다.\n- 성적 공개: 12/22(화) 10:00, 포털 > 학사정보 > 성적조회\n- 이의신청: 12/22 ~ 12/24, 담당 교수에게 직접 신청\n- 성적 확정: 12/28\n\n강의평가를 완료해야 성적 조회가 가능합니다.", "plain", None),
    ("company internal year-end party dues", ("경영지원팀", "admin@nuri-trading.example"), "[공지] 2026 송년회 일정 및 참가비 안내",
     "임직원 여러분 안녕하세요, 경영지원팀입니다.\n\n2026 송년회를 아래와 같이 진행합니다.\n일시: 12/18(금) 18:30\n장소: 여의도 ○○컨벤션 3층\n드레스코드: 빨강 또는 초록 포인트\n\n경품 추첨이 있습니다 (1등 갤럭시 탭!)\n참가비는 회사에서 전액 부담하며, 불참자는 12/4까지 회신 부탁드립니다.", "html", "png"),
    ("used book sale confirmation Aladin", ("알라딘", "aladin@aladin.co.kr"), "[알라딘 중고] 판매하신 상품이 매입 완료되었습니다",
     "{nm}님, 알라딘 중고매장에 판매 신청하신 상품의 매입이 완료되었습니다.\n\n매입 도서: 7권 (매입 불가 2권 반송)\n매입 금액: {amt}원\n지급 방법: 알라딘 예치금\n\n반송 도서는 2~3일 내 택배로 발송됩니다.", "html", None),
    ("crowdfunding reward shipping (Wadiz)", ("와디즈", "noreply@wadiz.kr"), "[와디즈] 후원하신 리워드가 발송되었어요",
     "{nm} 서포터님, 펀딩하신 프로젝트의 리워드가 발송되었습니다.\n\n프로젝트: 한 손으로 접는 초경량 캠핑 테이블\n리워드: 얼리버드 1세트\n송장번호: CJ대한통운 {code}\n\n리워드에 문제가 있다면 수령 후 7일 이내에 반환 신청이 가능합니다.", "html", None),
    ("crowdfunding new project ad (Tumblbug)", ("텀블벅", "no-reply@tumblbug.com"), "(광고) 팔로우한 창작자의 새 프로젝트가 공개됐어요",
     "{nm}님이 팔로우한 창작자 '담담공방'의 새 프로젝트가 공개되었습니다.\n\n〈손으로 빚은 백자 달항아리 미니 오브제〉\n첫 24시간 얼리버드 30% 할인\n\n프로젝트 보러가기 https://tumblbug.com\n\n알림 수신 설정은 텀블벅 > 설정 > 알림에서 변경하실 수 있습니다.", "html", "jpg"),
    ("Bokjiro welfare benefit result", ("복지로", "noreply@bokjiro.go.kr"), "[복지로] 신청하신 복지서비스 결정 결과 안내",
     "{nm}님, 신청하신 복지서비스의 처리 결과를 안내드립니다.\n\n서비스명: 부모급여\n결정 결과: 지급 결정\n지급 예정일: 매월 25일\n지급액: 월 1,000,000원\n\n결정 내용은 복지로 홈페이지 또는 앱의 [나의 복지서비스 > 신청 내역]에서 확인하세요.", "plain", None),
    ("Gov24 civil petition done", ("정부24", "gov24@korea.kr"), "[정부24] 민원 처리 결과 안내 (주민등록표 등본 교부)",
     "{nm}님, 신청하신 민원의 처리가 완료되었습니다.\n\n민원명: 주민등록표 등본(초본) 교부\n접수번호: {code}\n처리일시: {today}\n\n정부24 > 마이페이지 > 신청내역에서 문서를 출력하실 수 있습니다(90일 이내).", "html", None),
    ("traffic fine notice via eFine (legit)", ("경찰청 교통민원24", "efine@police.go.kr"), "[교통민원24] 과태료(범칙금) 사전통지 안내",
     "{nm}님, 귀하 명의 차량의 교통법규 위반 사실이 확인되어 사전통지합니다.\n\n위반일시: {today} 08:14\n위반장소: ○○로 ○○초교 앞 (어린이보호구역)\n위반내용: 속도위반 (제한 30km/h, 주행 43km/h)\n과태료: 70,000원 (의견진술기한 내 자진납부 시 20% 감경)\n\n통지서는 등기우편으로도 발송되며, 교통민원24(www.efine.go.kr)에서 직접 조회·납부하실 수 있습니다.\n※ 경찰청은 문자 메시지로 URL을 보내 납부를 안내하지 않습니다.", "plain", None),
    ("expressway unpaid toll notice (legit)", ("한국도로공사", "hipass@ex.co.kr"), "[한국도로공사] 미납 통행료 납부 안내",
     "{nm} 고객님, 하이패스 단말기 카드 잔액 부족으로 통행료가 미납되어 안내드립니다.\n\n통행일시: {today}\n통행구간: 서울TG → 기흥TG\n미납금액: 2,400원\n\n납부방법: 고속도로 통행료 홈페이지(www.hipass.co.kr) 또는 휴게소·영업소 방문 납부\n납부기한 경과 시 부가통행료가 부과될 수 있습니다.", "plain", None),
    ("city gas meter self-reading request", ("서울도시가스", "cs@seoulgas.co.kr"), "12월 도시가스 자가검침 입력 안내",
     "{nm} 고객님, 12월 자가검침 기간입니다.\n\n입력 기간: {due}까지\n입력 방법: 서울도시가스 앱 또는 홈페이지 > 자가검침\n계량기 숫자 중 검은색 숫자만 입력해 주세요.\n\n기간 내 미입력 시 전월 사용량 기준으로 추정 청구됩니다.", "html", None),
    ("passport ready notice from ward office", ("종로구청 여권민원실", "passport@jongno.go.kr"), "여권 발급 완료 안내 - 수령하러 오세요",
     "{nm} 님, 신청하신 여권이 발급되었습니다.\n\n수령 장소: 종로구청 본관 1층 여권민원실\n수령 가능 일시: 평일 09:00 ~ 18:00 (목요일 20:00까지)\n준비물: 신분증, 기존 여권(유효기간이 남은 경우)\n\n본인 수령이 원칙이며, 발급일로부터 6개월 이내에 수령하지 않으면 효력이 상실될 수 있습니다.", "plain", None),
]


@reg("ham", len(MISC))
def misc(r, i, d):
    scen, frm, sub, body, fmt, att = MISC[i]
    nm, ad = rcpt(r)
    body = body.format(nm=nm, amt=won(r.randint(18, 120) * 1000 + r.randint(0, 99) * 10), due=kd(d + timedelta(days=r.randint(7, 20))),
                       code=alnum(r, 12, "0123456789"), today=kd(d - timedelta(days=r.randint(1, 5))), n=r.randint(1, 40))
    atts = []
    if att == "pdf":
        atts = [("KT_청구서_202611.pdf", "application/pdf", pdf_bytes(r, "KT bill"))]
    elif att == "png":
        atts = [("poster.png", "image/png", png_bytes(r, 80, 120))]
    elif att == "jpg":
        atts = [("project_main.jpg", "image/jpeg", jpg_bytes(r))]
    elif att == "xlsx":
        atts = [("견적서.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 xlsx_bytes([["항목", "부품", "공임"], ["앞 브레이크 패드", 98000, 70000]]))]
    unsub = None
    if any(k in sub for k in ("광고", "소식")):
        unsub = "<https://%s/unsubscribe?u=%s>" % (frm[1].split("@")[1], hexs(r, 16))
    return M(scenario=scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt=fmt, att=atts, unsub=unsub,
             color=r.choice(["#e60012", "#0b63ce", "#333333", "#00875a"]))


# ================================================================ SPAM
SPAMS = [
    ("gambling: sports toto site", ("승부사", "vip@winpro-kr77.top"), "✅신규 첫충 30% 매충 10% 스포츠 무제한 환전✅",
     """★ 메이저 안전놀이터 윈프로 ★

✔ 신규가입 첫충 30% / 매충 10%
✔ 스포츠·미니게임·라이브카지노 한 곳에서
✔ 1억 이상 무제한 환전, 24시간 3분 환전
✔ 먹튀 발생 시 100% 보증 (보증금 1억 예치)

가입코드: WIN777
주소 ▶ http://winpro-kr77.top/?ref=ml{c}
텔레그램 상담 @winpro_cs{c}

※ 도메인이 자주 바뀌니 텔레그램 공지방 꼭 입장하세요"""),
    ("gambling: online casino", ("라이브카지노 VIP", "event@royal-kasino88.xyz"), "(광고) 고객님 전용 카지노 무료 포인트 50,000P 지급 완료",
     """고객님 계정으로 무료 포인트 50,000P가 지급되었습니다.

바카라 · 블랙잭 · 슬롯 3,000종
에볼루션 정품 라이브 카지노
첫 입금 100% 보너스 (최대 300만원)

포인트는 24시간 후 소멸됩니다.
지금 확인하기 → https://royal-kasino88.xyz/p/{c}

무료거부 080-0999-{n4}"""),
    ("gambling: powerball pick service", ("파워볼 분석실", "pick@pb-analysis.click"), "적중률 92% 파워볼 픽 3일 무료체험",
     """지난주 적중률 92.4% (37/40)

AI 패턴 분석으로 파워볼·사다리 픽 드립니다.
3일 무료 체험 후 마음에 드시면 정회원 전환.
정회원 월 30만원, 수익 안 나면 전액 환불

지금 카톡 ID: pbking{c} 추가하시고 '메일보고왔어요' 보내주세요."""),
    ("loan: government-backed loan impersonation style", ("서민금융 지원센터", "info@seomin-loan.site"), "[정부지원] 2026년 4분기 서민 대환대출 대상자 안내",
     """고객님은 2026년 4분기 정부지원 저금리 대환대출 대상자로 분류되셨습니다.

- 최대 5,000만원 / 연 3.2% 고정
- 기존 고금리 대출 통합 상환 가능
- 신용점수 무관, 당일 승인

※ 한도 소진 시 조기 마감됩니다.
상담 신청: 010-0{n3}-{n4} (담당 김대리)
온라인 접수: http://seomin-loan.site/apply?id={c}

무료수신거부 080-0123-{n4}"""),
    ("loan: private lender", ("급전OK", "now@geupjeon-ok.shop"), "무직자·주부·연체자 OK 500만원 당일입금",
     """급하게 돈 필요하신 분!

무직자 / 주부 / 대학생 / 연체자 OK
서류 없이 비대면 30분 내 입금
소액 50만원 ~ 500만원

※ 선수수료 절대 없음
문의: 카톡 geupjeon{c} / 010-0{n3}-{n4}"""),
    ("loan: business fund brokerage", ("중소기업 정책자금 컨설팅", "consult@sme-fund-kr.online"), "대표님, 정책자금 3억 한도 승인 가능 여부 무료 진단해 드립니다",
     """대표님 안녕하십니까.

2027년 정책자금 조기 소진이 예상되어 미리 연락드립니다.
저희 컨설팅을 통해 지난해 1,200개 기업이 평균 2.7억을 승인받았습니다.

✔ 기업 신용등급 무관
✔ 착수금 0원, 승인 후 성공보수
✔ 중진공·신보·기보 전문 행정사 상주

무료 진단 신청 → http://sme-fund-kr.online/check/{c}
대표번호 1600-0{n3}

본 메일은 공개된 사업자 정보를 바탕으로 발송되었습니다. 수신거부 회신 요망"""),
    ("stock 리딩방 recruitment", ("VIP 주식리딩", "vip@stock-leading.buzz"), "📈 이번 주 상한가 종목 미리 알려드립니다 (무료방 입장)",
     """어제 무료방에서 공유한 종목 +29.8% 상한가 마감했습니다.

✅ 전직 증권사 애널리스트 출신 리더
✅ 하루 1~2종목 매수·매도 타이밍까지
✅ 월 평균 수익률 47%

오늘 밤 9시 무료방 마지막 모집
입장 ▶ https://open.kakao.example/o/s{c}
참여코드: 7788

※ 고수익 보장, 손실 시 100% 보상"""),
    ("stock 리딩방 with fake profit screenshot", ("김프로 투자연구소", "kimpro@kimpro-invest.top"), "회원님 수익 인증 보고 가세요 (월 2,300만원)",
     """안녕하세요 김프로입니다.

지난달 VIP 회원님들 수익 인증 첨부합니다.
저를 믿고 따라오신 분들은 이미 1억 넘게 수익 보셨어요.

지금 VIP 가입하시면
- 평생 회원 1,500만원 → 490만원 (12월 한정)
- 손실 시 가입비 전액 환불 각서 작성

상담: 텔레그램 @kimpro_vip{c}"""),
    ("crypto pump group", ("코인 시그널", "signal@coin-signal-pro.net.example"), "다음 펌핑 코인 D-1, 선착순 100명 무료 시그널",
     """내일 오후 2시 바이낸스 상장 예정 코인 미리 공개합니다.
지난 3회 평균 수익 +312%

무료 시그널방: https://t.me.example/coinsig{c}
VIP 시그널 월 0.05 BTC

※ 선착순 마감 후 재모집 없음"""),
    ("fake job: home piecework", ("재택부업센터", "job@jaetaek-work.site"), "[재택근무] 하루 2시간 폰으로 일당 15만원 (주부·학생 환영)",
     """핸드폰만 있으면 누구나 가능한 재택 부업!

업무: 쇼핑몰 상품 좋아요·리뷰 작업
수당: 건당 3,000원 ~ 10,000원, 일 15만원 이상 가능
지급: 당일 정산

경력·나이 무관, 교육 후 바로 시작
지원하기 → 카카오톡 오픈채팅 '재택부업{c}'

※ 초기 교육비·보증금 없음 (단, 미션 활성화 금액 별도)"""),
    ("fake job: 고액 알바 (implicit fraud mule)", ("채용담당", "hr@global-bizkr.store"), "해외 무역회사 국내 수금 담당 모집 (월 500 이상)",
     """안녕하세요, 싱가포르 소재 무역회사 국내 지사 채용담당입니다.

업무: 국내 거래처 대금 수금 및 본사 송금 대행
근무: 재택, 하루 1~2시간
급여: 월 기본 300만원 + 건당 수수료 3%

지원 방법: 이름/나이/연락처/거래 은행을 회신 메일로 보내주세요.
빠른 채용 진행합니다."""),
    ("fake job: survey panel", ("설문패널 모집", "panel@survey-cash-kr.click"), "설문 1건당 5만원! 스마트폰 설문 패널 모집",
     """기업 마케팅 설문 참여하고 현금 받으세요.
설문 1건 평균 10분, 건당 2만원~5만원
가입 즉시 웰컴 보너스 1만원

※ 지급 계좌 인증을 위해 가입 시 1,000원 인증 입금 필요
가입: http://survey-cash-kr.click/join?r={c}"""),
    ("adult: dating/chat", ("은밀한 만남", "noreply@secret-meet.fun"), "근처 20대 여성이 회원님 프로필을 확인했습니다 💋",
     """회원님 근처 2km 이내 여성 회원 3명이 쪽지를 보냈습니다.

[지수 · 24세] "오늘 저녁 시간 되세요?"
[하나 · 27세] "프로필 보고 연락드려요 ㅎㅎ"

지금 가입하면 쪽지 무료 열람 10회
바로 확인 → http://secret-meet.fun/m/{c}

19세 미만 이용 불가 / 수신거부 080-0777-{n4}"""),
    ("adult: sexual enhancement pills", ("남성활력연구소", "vita@men-vital.shop"), "(광고) 40대 이후 남성이라면 꼭 확인하세요 - 비아** 정품 직구",
     """병원 안 가고 비대면으로 정품 직구!

★ 비아* 100mg 30정 89,000원
★ 시알* 20mg 30정 99,000원
★ 2박스 구매 시 1박스 추가 증정

100% 비밀 포장 배송
주문 ▶ http://men-vital.shop/order/{c}
상담 010-0{n3}-{n4}"""),
    ("health: diet supplement", ("슬림라인", "sale@slimline-diet.store"), "한 달 -8kg 후기 폭발! 식욕억제 다이어트 젤리 1+1",
     """운동 없이 한 달 -8kg 성공 후기 1,200건 돌파!

✔ 가르시니아 + 잔티젠 특허 성분
✔ 먹기만 하면 되는 간편 젤리
✔ 오늘만 1+1 + 무료배송

※ 효과 없으면 100% 환불
지금 주문 → http://slimline-diet.store/jelly?ad={c}

(광고) 무료거부 080-0456-{n4}"""),
    ("replica luxury goods", ("명품 미러급 전문", "shop@mirror-luxe.cc"), "에르메스·샤넬 미러급 S급 입고 안내 (정품 대비 1/10 가격)",
     """VVIP 고객님께만 안내드립니다.

12월 신상 입고
- 샤넬 클래식 플랩 미러급 → 580,000원
- 에르메스 버킨 25 최상급 → 890,000원
- 롤렉스 데이저스트 SA급 → 650,000원

정품과 구분 불가 / 세관 안전 배송
카톡 mirror{c} 로 사진 요청하세요."""),
    ("SEO/marketing cold sales", ("마케팅의신", "biz@marketing-god.agency.example"), "사장님 가게, 네이버 플레이스 상위노출 1주일 만에 해드립니다",
     """사장님 안녕하세요.

네이버 플레이스 순위 때문에 고민이시죠?
저희는 실제 방문자 리뷰와 저장수를 늘려 1주일 안에 상위노출 시켜드립니다.

- 영수증 리뷰 100건 + 블로그 리뷰 30건 패키지 99만원
- 상위노출 안 되면 100% 환불
- 현재 전국 3,000개 매장 관리 중

상담: 010-0{n3}-{n4} (카톡 동일)"""),
    ("email DB sales", ("DB판매", "db@mass-db-kr.ru.example"), "업종별 고객 DB 판매 (이메일·휴대폰 최신 2026년)",
     """업종별 최신 DB 판매합니다.

- 주식·코인 관심자 DB 10만건 50만원
- 대출 상담 DB 5만건 80만원
- 병원·성형 상담 DB 3만건 60만원

샘플 요청 시 1,000건 무료 제공
텔레그램 @dbmaster{c}"""),
    ("fake giveaway / lottery", ("이벤트 당첨 안내", "winner@lucky-event-kr.win"), "축하합니다! 갤럭시 Z 폴드7 당첨자로 선정되셨습니다",
     """축하드립니다!
11월 고객 감사 이벤트에서 갤럭시 Z 폴드7 당첨자로 선정되셨습니다.

배송비 및 제세공과금 4,900원만 결제하시면 3일 내로 발송됩니다.
수령 기한: 오늘 자정까지

수령 신청하기 ▶ http://lucky-event-kr.win/claim/{c}"""),
    ("bulk 'investment seminar' for real-estate auction", ("경매투자 아카데미", "academy@auction-rich.co.example"), "(광고) 월세 받는 직장인 되는 법 - 부동산 경매 무료 특강 (선착순 30명)",
     """월급만으로는 부족하다고 느끼시나요?

소액 2천만원으로 시작하는 부동산 경매 무료 특강!
✔ 수강생 평균 수익률 연 38%
✔ 낙찰부터 명도까지 1:1 코칭
✔ 특강 참석자 전원 교재 무료

일시: 이번 주 토요일 오후 2시 (강남역)
신청: http://auction-rich.co.example/free?src=mail{c}

※ 특강 후 정규과정 특별할인 (당일 등록 시 50%)
수신거부: 회신으로 '거부'"""),
]


@reg("spam", len(SPAMS))
def spam(r, i, d):
    scen, frm, sub, body = SPAMS[i]
    body = body.format(c=alnum(r, 5, "abcdefghjkmnpqrstuvwxyz23456789"), n3="%03d" % r.randint(0, 999), n4="%04d" % r.randint(0, 9999))
    nm, ad = rcpt(r)
    att = []
    if i == 7:
        att = [("수익인증_11월.jpg", "image/jpeg", jpg_bytes(r))]
    fdom = frm[1].split("@")[1]
    to_hdr = None
    if r.random() < 0.35:
        to_hdr = "undisclosed-recipients:;"
    return M(scenario="spam: " + scen, frm=frm, to=(nm, ad), subject=sub, text=body, fmt=r.choice(["html", "html", "plain", "alt"]),
             color=r.choice(["#ff0000", "#d4af37", "#8a2be2", "#ff1493"]), att=att, to_hdr=to_hdr,
             dkim=r.random() < 0.4, return_path="bounce-%s@%s" % (hexs(r, 8), fdom), mid=r.choice(["generic", "uuid"]),
             relay="mail%d.%s" % (r.randint(1, 9), fdom), hops=r.choice([1, 2, 3]),
             xmailer=r.choice([None, "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "Foxmail 7.2", "Microsoft Outlook 16.0"]))


# ================================================================ PHISH
PHISHES = [
    ("bank impersonation: KB security upgrade", ("KB국민은행", "security@kbstar-safe.top"), "[KB국민은행] 전자금융 보안등급 승급 필요 - 미조치 시 이용 제한",
     """고객님의 인터넷뱅킹 보안등급이 금융감독원 지침에 따라 하향 조정되었습니다.

{date}까지 보안승급을 완료하지 않으시면 인터넷뱅킹 및 스타뱅킹 이용이 제한됩니다.

▶ 보안승급 바로가기: http://kbstar-safe.top/auth/upgrade?cid={c}

승급 절차: 본인확인 → 계좌 비밀번호 → 보안카드(OTP) 번호 입력
※ 본 안내는 금융감독원 전자금융감독규정에 따른 필수 안내입니다."""),
    ("bank impersonation: Shinhan OTP expiry", ("신한은행 고객센터", "notice@shinhan-otp-renew.com.example"), "신한 OTP 유효기간 만료 안내 (재등록 필요)",
     """신한은행을 이용해 주셔서 감사합니다.

고객님께서 사용 중인 OTP의 유효기간이 오늘 만료되어, 재등록이 필요합니다.
재등록하지 않으면 모든 이체 거래가 중지됩니다.

재등록: https://shinhan-otp-renew.com.example/renew/{c}

(주의) 반드시 PC에서 진행하시고, OTP 일련번호와 생성번호를 정확히 입력해 주세요."""),
    ("bank impersonation: Woori suspicious transfer with HTML attachment", ("우리은행", "alert@woori-bank-kr.help"), "[우리은행] 고객님 계좌 이상거래 탐지 - 첨부 보안문서 확인",
     """고객님 명의 계좌에서 이상 거래가 탐지되어 일시적으로 출금이 제한되었습니다.

탐지 일시: {date} 03:12
거래 내용: 타행 이체 4,800,000원 (미승인)

첨부된 보안문서를 열어 본인 확인을 진행하시면 즉시 제한이 해제됩니다.
24시간 이내 미확인 시 계좌가 지급정지 처리됩니다."""),
    ("courier impersonation: CJ address error", ("CJ대한통운", "noreply@cj-deliverry.top"), "[CJ대한통운] 주소 불일치로 배송이 보류되었습니다",
     """고객님의 택배가 주소 불일치로 물류센터에 보관 중입니다.

운송장번호: 6{n11}
보관 기한: 48시간 (이후 반송)

주소 수정 및 재배송 신청: http://cj-deliverry.top/re/{c}
재배송 수수료 1,200원이 부과됩니다."""),
    ("courier impersonation: Korea Post customs fee", ("우체국 국제특송", "ems@epost-customs.info"), "[우체국] 국제우편물 관세 미납 - 통관 보류 안내",
     """고객님 앞으로 도착한 국제우편물(EMS)이 관세 미납으로 통관 보류되었습니다.

등기번호: EE{n9}KR
미납 관세 및 통관 수수료: 32,400원

납부 기한 내 미납 시 발송국으로 반송됩니다.
▶ 관세 납부하기: https://epost-customs.info/pay?n={c}"""),
    ("courier impersonation: Hanjin APK install", ("한진택배", "info@hanjin-track.apk.example"), "배송조회 앱 설치 안내 (한진택배)",
     """고객님 상품 배송 중 본인 확인이 필요합니다.
아래 링크로 '한진 배송조회' 앱을 설치하신 후 인증번호를 입력해 주세요.

http://hanjin-track.apk.example/HanjinTrack.apk

※ 설치 시 '출처를 알 수 없는 앱' 허용이 필요합니다."""),
    ("government impersonation: NTS refund", ("국세청 홈택스", "refund@hometax-refund.site"), "[국세청] 2025년 귀속 종합소득세 환급금 미수령 안내 (₩348,200)",
     """납세자님, 2025년 귀속 종합소득세 환급금이 아직 지급되지 않았습니다.

환급 예정액: 348,200원
신청 마감: {date}

아래 링크에서 환급 계좌를 등록하시면 3영업일 내 지급됩니다.
https://hometax-refund.site/refund?u={c}

※ 본인인증을 위해 공동인증서 비밀번호 또는 카드번호 입력이 필요합니다.
국세청 National Tax Service"""),
    ("government impersonation: NHIS refund", ("국민건강보험공단", "nhis@nhis-refund.or.kr.example"), "건강보험 과오납 환급금 조회 결과 안내",
     """귀하의 건강보험료 과오납금이 확인되었습니다.

환급금액: 127,560원
환급 신청은 아래 전자문서에서 진행하세요.
http://nhis-refund.or.kr.example/doc/{c}

신청 기한이 지나면 환급금은 국고로 귀속됩니다."""),
    ("government impersonation: prosecutor case lookup", ("서울중앙지방검찰청", "case@spo-case.net.example"), "[서울중앙지검] 귀하 명의 계좌 관련 사건 출석 요구",
     """귀하 명의로 개설된 계좌가 금융범죄(대포통장) 사건에 연루되어 조사가 필요합니다.

사건번호: 2026형제{n5}호
담당: 수사관 박○○

사건 조회 및 공문 확인: http://spo-case.net.example/lookup?no={c}
※ 사건 내용은 수사 기밀이므로 가족 등 제3자에게 알리지 마십시오.
※ 미확인 시 구속영장이 청구될 수 있습니다. 문의 02-0{n3}-{n4}"""),
    ("government impersonation: traffic fine", ("경찰청 교통민원", "efine@efine-notice.top"), "[경찰청] 교통법규 위반 과태료 고지서 (미납 시 가산금)",
     """귀하의 차량이 교통법규를 위반하여 과태료가 부과되었습니다.

위반일시: {date}
위반내용: 신호위반
과태료: 70,000원

고지서 확인 및 납부: http://efine-notice.top/view/{c}
기한 내 미납 시 가산금 75%가 부과됩니다."""),
    ("government impersonation: Gov24 winter subsidy", ("정부24", "gov24@gov24-subsidy.site"), "[정부24] 2026 동절기 에너지바우처 지원금 신청 대상자 안내",
     """귀하는 2026년 동절기 에너지바우처 추가 지원 대상자입니다.

지원금액: 가구당 300,000원 (카드 포인트 지급)
신청기한: {date}

신청하기: https://gov24-subsidy.site/apply/{c}
신청 시 본인 명의 카드 정보가 필요합니다."""),
    ("portal impersonation: Naver account suspension", ("네이버", "account@naver-security-center.top"), "[NAVER] 회원님의 아이디가 보호조치 되었습니다",
     """회원님의 네이버 아이디가 비정상적인 활동(스팸 발송)으로 보호조치 되었습니다.

보호조치 일시: {date} 02:41
해제하지 않으면 7일 후 영구 이용 정지됩니다.

▶ 보호조치 해제하기
https://naver-security-center.top/nid/release?id={c}

Copyright © NAVER Corp. All Rights Reserved."""),
    ("portal impersonation: Kakao dormant account", ("Kakao", "no-reply@kakao-account.help"), "카카오계정 휴면 전환 예정 안내",
     """고객님의 카카오계정이 1년 이상 로그인 기록이 없어 휴면 전환될 예정입니다.

휴면 전환 시 카카오톡 대화 내용과 친구 목록이 삭제될 수 있습니다.
계속 사용하시려면 아래에서 로그인 해주세요.

https://kakao-account.help/login?continue={c}"""),
    ("portal impersonation: Daum mailbox quota", ("Daum 메일", "admin@daum-mail-storage.top"), "메일함 용량 초과 - 수신 메일이 반송되고 있습니다",
     """메일함 용량이 98% 사용 중입니다.
현재 수신 메일 12통이 반송 대기 중입니다.

무료 용량 추가(10GB) 신청:
http://daum-mail-storage.top/upgrade?user={c}

신청하지 않으면 대기 중인 메일은 삭제됩니다.
- Daum 메일 관리팀"""),
    ("family-member messenger scam via email (daughter)", ("딸", "dal.sarang{c}@mailbox-kr.example"), "엄마 나야 폰 고장나서 메일로 연락해",
     """엄마 나 폰 액정 깨져서 서비스센터 맡겼어ㅠㅠ
지금 임시로 노트북으로 메일 보내는 거야.

급하게 온라인 결제할 게 있는데 내 카드가 폰 인증이 안 돼서...
엄마 신분증 사진이랑 카드 앞뒤 사진 좀 이 메일로 보내줄 수 있어?
아니면 {bank} {acct} 로 87만원만 보내줘. 내일 바로 갚을게!!

전화는 안 돼ㅠ 메일로 답장해줘"""),
    ("family-member messenger scam (son, gift cards)", ("아들", "son{c}@kmail-box.example"), "아빠 급한 부탁이 있어",
     """아빠 저예요. 폰이 고장나서 친구 계정으로 메일 보내요.
회사 거래처에 급하게 보내야 하는 게 있어서 그러는데
편의점에서 구글 기프트카드 10만원짜리 5장만 사서 뒷면 번호 사진 찍어서 보내주실 수 있어요?
오늘 안에 꼭 필요해요. 저녁에 돈 바로 보내드릴게요."""),
    ("card impersonation: overseas payment approval", ("현대카드", "alert@hyundaicard-safe.top"), "[현대카드] 해외결제 승인 USD 1,249.00 - 본인 사용 여부 확인",
     """[현대카드 해외승인]
승인금액: USD 1,249.00
가맹점: APPLE.COM/BILL (미국)
승인일시: {date} 04:17

본인이 결제하지 않으셨다면 아래 상담센터로 즉시 연락하시거나 온라인 취소를 접수하세요.
온라인 취소 접수: http://hyundaicard-safe.top/cancel/{c}
상담센터: 02-0{n3}-{n4}"""),
    ("card impersonation: statement attachment", ("삼성카드", "statement@samsungcard-bill.site"), "삼성카드 이용대금 명세서 (미납 안내)",
     """고객님의 이용대금이 미납되어 연체 예정입니다.
첨부된 명세서를 열어 결제 정보를 확인하시기 바랍니다.
(명세서 열람 시 주민등록번호 13자리 입력 필요)"""),
    ("e-commerce impersonation: Coupang order cancel", ("쿠팡", "order@coupang-cs.shop"), "[쿠팡] 주문하신 상품 결제가 완료되었습니다 (1,890,000원)",
     """고객님, 주문이 완료되었습니다.

상품: 삼성 갤럭시 북5 프로 16인치
결제금액: 1,890,000원
결제수단: 등록된 카드

본인이 주문하지 않으셨다면 아래 고객센터로 즉시 연락하여 취소해 주세요.
고객센터: 070-0{n3}-{n4}
주문 취소: http://coupang-cs.shop/cancel?oid={n11}"""),
    ("crypto exchange impersonation: Upbit withdrawal", ("UPbit", "security@upbit-withdraw.top"), "[업비트] 출금 요청 확인 - 0.85 BTC",
     """회원님 계정에서 0.85 BTC 출금 요청이 접수되었습니다.

출금 주소: bc1q{c}x9...
요청 IP: 198.51.100.{n2}

본인이 요청하지 않았다면 30분 이내에 아래 링크에서 출금을 취소하세요.
https://upbit-withdraw.top/cancel?req={c}

Upbit Security Team"""),
]


@reg("phish", len(PHISHES))
def phish(r, i, d):
    scen, frm, sub, body = PHISHES[i]
    c = alnum(r, 8, "abcdefghjkmnpqrstuvwxyz23456789")
    bank, ac = acct(r)
    fmtd = dict(c=c, date=kd(d + timedelta(days=r.randint(0, 2))), n3="%03d" % r.randint(0, 999), n4="%04d" % r.randint(0, 9999),
                n5="%05d" % r.randint(0, 99999), n9="%09d" % r.randint(0, 10 ** 9 - 1), n11="%011d" % r.randint(0, 10 ** 11 - 1),
                n2=r.randint(2, 250), bank=bank, acct=ac)
    body = body.format(**fmtd)
    frm = (frm[0], frm[1].format(**fmtd))
    nm, ad = rcpt(r)
    att = []
    if i == 2:
        att = [("보안문서_본인확인.html", "text/html", ("""<html><body onload="document.forms[0].submit()">
<form action="http://woori-bank-kr.help/verify/%s" method="post"><input type="hidden" name="s" value="1"></form>
<p>우리은행 보안문서를 불러오는 중입니다...</p></body></html>""" % c).encode("utf-8"))]
    if i == 17:
        att = [("삼성카드_명세서_202612.html", "text/html", ("""<html><head><meta charset="utf-8"></head><body>
<h3>삼성카드 보안메일</h3><form action="http://samsungcard-bill.site/s/%s" method="post">
주민등록번호 <input name="rrn"> 카드번호 <input name="cn"> CVC <input name="cvc"><button>확인</button></form></body></html>""" % c).encode("utf-8"))]
    fdom = frm[1].split("@")[1]
    personal = i in (14, 15)
    return M(scenario="phishing: " + scen, frm=frm, to=(nm, ad), subject=sub, text=body,
             fmt="plain" if personal else r.choice(["html", "html", "alt"]), color=r.choice(["#ffbc00", "#0046ff", "#e2231a", "#03c75a", "#111111"]),
             att=att, dkim=r.random() < 0.3, return_path="%s@%s" % (r.choice(["bounce", "mailer", "info"]), fdom),
             mid="generic", relay="%s.%s" % (r.choice(["mail", "smtp", "mx"]), fdom), hops=r.choice([1, 2]),
             reply_to=("%s@%s" % (alnum(r, 8, "abcdefghijklmnopqrstuvwxyz"), "replybox-kr.example")) if r.random() < 0.3 else None,
             xmailer=r.choice([None, "PHPMailer 6.8.0", "Microsoft Outlook Express 6.00.2900.5512"]))


# ================================================================ main
README = """# Korean e-mail measurement set (ko-fresh8)

Provenance
- Synthetic. Every message was written for this set on 2026-11-28 by a writer
  who had not seen the spam filter it will be used to measure (no source code,
  corpora, tests or rules of the filter were consulted).
- Produced by `generate.py` (Python 3 standard library only, fixed random seed
  %d, no clock reads). Re-running it reproduces the files byte for byte.

Use
- MEASUREMENT ONLY. Never use these messages (or features derived from them)
  for training, tuning thresholds, or writing rules.

Contents
- ham/   160 legitimate Korean messages, deliberately "spam-looking but
  legitimate": small-business newsletters with coupons ((광고) marker with and
  without 수신거부 lines), payment receipts and alerts, bank/card notices with
  secure-mail attachments, government/public-insurance notices, parcel
  tracking, clinic/school/community notices with bank accounts, weddings and
  funerals with map/account links, donation and offering requests, broker
  reports and IPO notices, crypto-exchange alerts, account security alerts,
  scam warnings quoting scam texts, forwards/replies, mailing-list digests.
- spam/  20 unsolicited bulk messages (gambling, loans, 리딩방, fake jobs,
  adult, supplements, replicas, ...).
- phish/ 20 phishing messages (bank, courier, government, portal, card,
  e-commerce, crypto-exchange and family-member impersonation).
- MANIFEST.tsv: file, label, one-line scenario.

Conventions
- RFC 5322, CRLF line endings, one message per file.
- Charsets: UTF-8 and EUC-KR (labelled `euc-kr` or `ks_c_5601-1987`);
  transfer encodings base64, quoted-printable and 8bit; RFC 2047 headers.
- Real institutions appear under their real domains in ham only. All
  spam/phishing domains, URLs, phone numbers, account numbers and IDs are
  invented. Recipients use invented .example/.test domains. IP addresses
  are only from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.
  DKIM signatures are syntactically plausible but not cryptographically valid.
- Personal mobile numbers use the unassigned 010-0xxx-xxxx range.
"""


def seed_for(label, idx):
    return int(hashlib.sha256(("%d/%s/%d" % (SEED, label, idx)).encode()).hexdigest()[:12], 16)


def main():
    manifest = ["file\tlabel\tscenario"]
    stats = {}
    for label in ("ham", "spam", "phish"):
        os.makedirs(os.path.join(OUT, label), exist_ok=True)
        for k, (fn, i) in enumerate(REGISTRY[label], 1):
            r = random.Random(seed_for(label, k))
            d = BASE + timedelta(days=r.randint(0, 25), hours=r.randint(0, 14), minutes=r.randint(0, 59), seconds=r.randint(0, 59))
            m = fn(r, i, d)
            data, cs = build(m, r, d)
            rel = "%s/%04d.eml" % (label, k)
            with open(os.path.join(OUT, rel), "wb") as f:
                f.write(data)
            manifest.append("%s\t%s\t%s" % (rel, label, m["scenario"].replace("\t", " ").replace("\n", " ")))
            stats[cs] = stats.get(cs, 0) + 1
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(manifest) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README % SEED)
    print({k: len(v) for k, v in REGISTRY.items()}, stats)


if __name__ == "__main__":
    main()
