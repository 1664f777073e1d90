#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
ko-fresh5 -- a labelled, synthetic Korean e-mail measurement set (2025-2026 style).

Written 2026-11-28 by an independent writer who had not seen the filter under
test, its source, its tests or any earlier corpus.  Everything here is
synthetic.  Python 3 standard library only; fixed seeds; no clock reads.

    python3 generate.py

rewrites ham/ spam/ phish/ bulk/ *.eml, MANIFEST.tsv and README.md
byte-for-byte identically on every run, then parses every message back with
email (policy=email.policy.default), decodes every text part (treating
ks_c_5601-1987 as cp949) and exits non-zero on any problem.

MEASUREMENT ONLY: never tune rules against these messages.
"""

import base64
import binascii
import datetime as dt
import hashlib
import html as htmlmod
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
import io
import zlib
from email import policy
from email.parser import BytesParser
from email.utils import format_datetime, parseaddr

OUT = os.path.dirname(os.path.abspath(__file__))
CLASSES = ("ham", "spam", "phish", "bulk")
EXPECTED = {"ham": 100, "spam": 45, "phish": 35, "bulk": 20}
CODECS = {"utf-8": "utf-8", "euc-kr": "cp949", "ks_c_5601-1987": "cp949"}
DECODE = {"utf-8": "utf-8", "euc-kr": "euc_kr", "ks_c_5601-1987": "cp949"}
ALLOWED_NETS = ("192.0.2.", "198.51.100.", "203.0.113.")

MSGS = []          # filled by the content section below


def M(cls, kind, **kw):
    kw["cls"] = cls
    kw["kind"] = kind
    MSGS.append(kw)


def T(s):
    """Dedent a triple-quoted body and make sure it ends with one newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


# ===================================================================== charsets
def strict_euckr_ok(s):
    """True if s is representable in plain EUC-KR (KS X 1001 only)."""
    try:
        b = s.encode("cp949")
    except UnicodeEncodeError:
        return False
    i = 0
    while i < len(b):
        c = b[i]
        if c < 0x80:
            i += 1
            continue
        if not (0xA1 <= c <= 0xFE) or i + 1 >= len(b) or not (0xA1 <= b[i + 1] <= 0xFE):
            return False
        i += 2
    return True


def cp949_ok(s):
    try:
        s.encode("cp949")
        return True
    except UnicodeEncodeError:
        return False


def fits(s, cs):
    if cs == "utf-8":
        return True
    if cs == "euc-kr":
        return strict_euckr_ok(s)
    return cp949_ok(s)


FALLBACKS = []


def pick_charset(wanted, texts, where, header=False):
    """Return wanted if all texts fit, otherwise the nearest charset that does."""
    order = [wanted] + [c for c in ("ks_c_5601-1987", "utf-8") if c != wanted]
    for cs in order:
        ok = True
        for t in texts:
            if t is None:
                continue
            if header and cs == "ks_c_5601-1987" and not strict_euckr_ok(t) and not cp949_ok(t):
                ok = False
            elif not fits(t, cs):
                ok = False
        if ok:
            if cs != wanted:
                FALLBACKS.append((where, wanted, cs))
            return cs
    return "utf-8"


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


# ============================================================= RFC 2047 words
Q_SAFE = set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def ew(s, label, mode):
    raw = s.encode(CODECS[label.lower()])
    if mode == "B":
        payload = base64.b64encode(raw).decode("ascii")
    else:
        payload = "".join(chr(b) if b in Q_SAFE else ("_" if b == 32 else "=%02X" % b) for b in raw)
    return "=?%s?%s?%s?=" % (label, mode, payload)


def encode_words(s, label, mode, limit=66):
    words, cur = [], ""
    for ch in s:
        if cur and len(ew(cur + ch, label, mode)) > limit:
            words.append(ew(cur, label, mode))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(ew(cur, label, mode))
    return words


def fold_tokens(name, tokens, width=76):
    line = name + ":"
    out = []
    first = True
    for t in tokens:
        if not first and len(line) + 1 + len(t) > width:
            out.append(line)
            line = " " + t
        else:
            line += " " + t
        first = False
    out.append(line)
    return "\r\n".join(out)


def rfc2047_decode(value):
    """Independent decoder used only for verification (ks_c_5601-1987 -> cp949)."""
    value = re.sub(r"\r\n[ \t]", " ", value)
    pat = re.compile(r"=\?([^?]+)\?([BbQq])\?([^?]*)\?=")
    out, pos, last_was_ew = [], 0, False
    for m in pat.finditer(value):
        between = value[pos:m.start()]
        if not (last_was_ew and between.strip() == ""):
            out.append(between)
        cs = m.group(1).lower()
        codec = DECODE.get(cs, cs)
        if m.group(2).upper() == "B":
            raw = base64.b64decode(m.group(3))
        else:
            raw = re.sub(rb"=([0-9A-Fa-f]{2})", lambda x: bytes([int(x.group(1), 16)]),
                         m.group(3).replace("_", " ").encode("ascii"))
        out.append(raw.decode(codec))
        pos = m.end()
        last_was_ew = True
    out.append(value[pos:])
    return "".join(out)


# ================================================================ deterministic
class Ctx:
    """Per-message deterministic state."""

    def __init__(self, spec, rng):
        self.spec = spec
        self.rng = rng
        r = rng
        self.labels = {
            "utf-8": r.choice(["UTF-8", "utf-8"]),
            "euc-kr": r.choice(["EUC-KR", "euc-kr"]),
            "ks_c_5601-1987": "ks_c_5601-1987",
        }
        self.quote_cs = r.random() < 0.6
        self.nbound = 0

    def hexs(self, n):
        return "".join(self.rng.choice("0123456789abcdef") for _ in range(n))

    def HEX(self, n):
        return self.hexs(n).upper()

    def alnum(self, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
        return "".join(self.rng.choice(alphabet) for _ in range(n))

    def b64(self, nbytes):
        return base64.b64encode(bytes(self.rng.getrandbits(8) for _ in range(nbytes))).decode("ascii")

    def boundary(self):
        self.nbound += 1
        st = self.spec.get("bstyle", "generic")
        r = self.rng
        if st == "outlook":
            return "----=_NextPart_%03d_%04X_%08X.%08X" % (self.nbound - 1, r.getrandbits(16),
                                                         r.getrandbits(32), r.getrandbits(32))
        if st == "apple":
            return "Apple-Mail=_%s-%s-%s-%s-%s" % (self.HEX(8), self.HEX(4), self.HEX(4), self.HEX(4), self.HEX(12))
        if st == "gmail":
            return "0000000000" + self.hexs(16)
        if st == "java":
            return "----=_Part_%d_%d.%d" % (r.randint(10000, 999999), r.randint(100000000, 2099999999),
                                            r.randint(1735600000000, 1795000000000))
        if st == "python":
            return "===============%019d==" % r.getrandbits(62)
        if st == "php":
            return "b%d_%s" % (self.nbound, self.alnum(40))
        if st == "thunderbird":
            return "------------" + self.alnum(24)
        if st == "esp":
            return "_=_swift_%d_%s_=_" % (r.randint(1735600000, 1795000000), self.hexs(32))
        if st == "daou":
            return "--=_DaouOffice_%s" % self.hexs(24)
        if st == "naver":
            return "----=_Part_%s" % self.alnum(22)
        return "==BOUNDARY_%s==" % self.HEX(20)


# ===================================================================== bodies
def b64body(data):
    s = base64.b64encode(data).decode("ascii")
    return ("\r\n".join(s[i:i + 76] for i in range(0, len(s), 76)) + "\r\n").encode("ascii")


def qpbody(data):
    s = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
    s = s.replace("\r\n", "\n").replace("\n", "\r\n")
    if not s.endswith("\r\n"):
        s += "\r\n"
    return s.encode("ascii")


def cs_param(ctx, cs):
    lab = ctx.labels[cs]
    return 'charset="%s"' % lab if ctx.quote_cs else "charset=%s" % lab


def text_leaf(ctx, text, subtype, cs, cte, extra=None):
    codec = CODECS[cs]
    if cte == "base64":
        body = b64body(text.replace("\n", "\r\n").encode(codec))
    elif cte == "quoted-printable":
        body = qpbody(text.encode(codec))
    elif cte in ("8bit", "7bit"):
        body = text.replace("\n", "\r\n").encode(codec)
        if cte == "7bit":
            assert is_ascii(text)
    else:
        raise ValueError(cte)
    h = ["Content-Type: text/%s; %s" % (subtype, cs_param(ctx, cs)),
         "Content-Transfer-Encoding: %s" % cte]
    if extra:
        h += extra
    return {"h": h, "b": body, "kids": None, "text": text, "cs": cs, "cte": cte, "ctype": "text/" + subtype}


def fname_params(ctx, key, filename, style):
    """Return parameter text for a (possibly non-ASCII) filename."""
    if is_ascii(filename):
        return '%s="%s"' % (key, filename)
    if style == "2231":
        enc = "".join(c if (c.isascii() and (c.isalnum() or c in "._-")) else
                      "".join("%%%02X" % b for b in c.encode("utf-8")) for c in filename)
        if len(enc) <= 60:
            return "%s*=UTF-8''%s" % (key, enc)
        chunks, cur = [], ""
        i = 0
        while i < len(enc):
            step = 3 if enc[i] == "%" else 1
            if len(cur) + step > 54:
                chunks.append(cur)
                cur = ""
            cur += enc[i:i + step]
            i += step
        chunks.append(cur)
        parts = []
        for n, c in enumerate(chunks):
            parts.append("%s*%d*=%s%s" % (key, n, "UTF-8''" if n == 0 else "", c))
        return ";\r\n\t".join(parts)
    # RFC 2047 inside a quoted string (what many Korean clients still send)
    lab = ctx.labels[style] if style in ctx.labels else ctx.labels["utf-8"]
    words = encode_words(filename, lab, "B", limit=70)
    return '%s="%s"' % (key, "".join(words) if len(words) == 1 else "\r\n\t".join(words))


def attach_leaf(ctx, filename, ctype, data, style, inline_cid=None):
    if inline_cid:
        h = ["Content-Type: %s; %s" % (ctype, fname_params(ctx, "name", filename, style)),
             "Content-Transfer-Encoding: base64",
             "Content-ID: <%s>" % inline_cid,
             "Content-Disposition: inline; %s" % fname_params(ctx, "filename", filename, style)]
    else:
        h = ["Content-Type: %s;\r\n\t%s" % (ctype, fname_params(ctx, "name", filename, style)),
             "Content-Disposition: attachment;\r\n\t%s" % fname_params(ctx, "filename", filename, style),
             "Content-Transfer-Encoding: base64"]
    return {"h": h, "b": b64body(data), "kids": None, "ctype": ctype, "cte": "base64",
            "filename": filename}


def multi(ctx, sub, kids, preamble=False):
    bnd = ctx.boundary()
    h = ['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (sub, bnd)]
    if sub == "related":
        h = ['Content-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="%s"' % bnd]
    return {"h": h, "kids": kids, "bnd": bnd, "pre": preamble, "ctype": "multipart/" + sub}


def ser_body(p):
    if p["kids"] is None:
        return p["b"]
    out = []
    if p.get("pre"):
        out.append(b"This is a multi-part message in MIME format.\r\n\r\n")
    for k in p["kids"]:
        out.append(("--%s\r\n" % p["bnd"]).encode("ascii"))
        out.append(ser_part(k))
        out.append(b"\r\n")
    out.append(("--%s--\r\n" % p["bnd"]).encode("ascii"))
    return b"".join(out)


def ser_part(p):
    return ("\r\n".join(p["h"]) + "\r\n\r\n").encode("ascii") + ser_body(p)


def shape_of(p):
    if p["kids"] is None:
        return p["ctype"].split(";")[0]
    return "%s(%s)" % (p["ctype"], ",".join(shape_of(k) for k in p["kids"]))


# ================================================================ binary blobs
def zlib_stored(raw):
    """zlib stream made of stored blocks only: identical on every zlib build."""
    out = bytearray(b"\x78\x01")
    i = 0
    while True:
        chunk = raw[i:i + 65535]
        i += len(chunk)
        final = 1 if i >= len(raw) else 0
        out += bytes([final]) + struct.pack("<HH", len(chunk), 0xFFFF ^ len(chunk)) + chunk
        if final:
            break
    out += struct.pack(">I", zlib.adler32(raw) & 0xFFFFFFFF)
    return bytes(out)


def png_chunk(tag, data):
    return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)


def make_png_palette(w, h, palette, pixel):
    rows = bytearray()
    for y in range(h):
        rows.append(0)
        for x in range(w):
            rows.append(pixel(x, y))
    plte = b"".join(bytes(c) for c in palette)
    return (b"\x89PNG\r\n\x1a\n" + png_chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 3, 0, 0, 0))
            + png_chunk(b"PLTE", plte) + png_chunk(b"IDAT", zlib_stored(bytes(rows))) + png_chunk(b"IEND", b""))


def make_banner_png(rng, w=220, h=90, colors=None):
    colors = colors or [(255, 255, 255), (200, 20, 30), (250, 210, 0), (20, 20, 20), (30, 90, 200)]
    rects = []
    for _ in range(rng.randint(5, 9)):
        x0, y0 = rng.randint(0, w - 20), rng.randint(0, h - 10)
        rects.append((x0, y0, x0 + rng.randint(10, w // 2), y0 + rng.randint(6, h // 2), rng.randint(1, len(colors) - 1)))

    def pix(x, y):
        c = 0
        for (a, b, c2, d, col) in rects:
            if a <= x < c2 and b <= y < d:
                c = col
        return c
    return make_png_palette(w, h, colors, pix)


def make_qr_png(rng, modules=29, scale=4):
    grid = [[rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)]

    def finder(ox, oy):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                grid[oy + y][ox + x] = edge or core
            for x in range(-1, 8):
                for yy in (-1, 7):
                    if 0 <= oy + yy < modules and 0 <= ox + x < modules:
                        grid[oy + yy][ox + x] = False
        for y in range(-1, 8):
            for xx in (-1, 7):
                if 0 <= oy + y < modules and 0 <= ox + xx < modules:
                    grid[oy + y][ox + xx] = False
    finder(0, 0)
    finder(modules - 7, 0)
    finder(0, modules - 7)
    border = 4
    size = (modules + 2 * border) * scale

    def pix(x, y):
        mx, my = x // scale - border, y // scale - border
        if 0 <= mx < modules and 0 <= my < modules and grid[my][mx]:
            return 1
        return 0
    return make_png_palette(size, size, [(255, 255, 255), (0, 0, 0)], pix)


def make_jpeg(rng, w=640, h=480, nbytes=2400, exif=None):
    out = bytearray(b"\xff\xd8")
    out += b"\xff\xe0" + struct.pack(">H", 16) + b"JFIF\x00\x01\x01\x00\x00\x48\x00\x48\x00\x00"
    if exif:
        tiff = b"MM\x00\x2a\x00\x00\x00\x08\x00\x00" + exif.encode("ascii") + b"\x00"
        out += b"\xff\xe1" + struct.pack(">H", 2 + 6 + len(tiff)) + b"Exif\x00\x00" + tiff
    for t in range(2):
        out += b"\xff\xdb" + struct.pack(">H", 67) + bytes([t]) + bytes(rng.randint(1, 60) for _ in range(64))
    out += b"\xff\xc0" + struct.pack(">HBHHB", 17, 8, h, w, 3) + b"\x01\x22\x00\x02\x11\x01\x03\x11\x01"
    out += b"\xff\xda" + struct.pack(">H", 12) + b"\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
    out += bytes(rng.randint(0, 254) for _ in range(nbytes))
    out += b"\xff\xd9"
    return bytes(out)


def pdf_escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def make_pdf(rng, lines, title="Document"):
    y = 770
    ops = ["BT", "/F1 11 Tf", "14 TL", "60 %d Td" % y]
    for ln in lines:
        ops.append("(%s) Tj T*" % pdf_escape(ln))
    ops.append("ET")
    stream = ("\n".join(ops) + "\n").encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream",
        ("<< /Title (%s) /Producer (Synthetic PDF) /CreationDate (D:20250101090000+09'00') >>" % pdf_escape(title)).encode("latin-1"),
    ]
    out = bytearray(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    fid = "".join(rng.choice("0123456789ABCDEF") for _ in range(32))
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, fid.encode(), fid.encode(), xref))
    return bytes(out)


def make_zip(files, when=(2025, 1, 2, 9, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED
            if not name.isascii():
                zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return buf.getvalue()


def xml_esc(s):
    return htmlmod.escape(str(s), quote=True)


def make_xlsx(rows, sheet="Sheet1"):
    def col(i):
        s = ""
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s
    sd = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = "%s%d" % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        sd.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>'),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
        ("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>%s</sheetData></worksheet>' % "".join(sd)),
    ]
    return make_zip([(n, d.encode("utf-8")) for n, d in files])


def make_hwp(rng, text):
    head = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 16 + b"\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00"
    head += b"\x00" * (512 - len(head))
    sig = b"HWP Document File" + b"\x00" * 15 + b"\x00\x05\x00\x05" + b"\x01\x00\x00\x00"
    body = sig + b"\x00" * (256 - len(sig))
    body += text.encode("utf-16-le")
    body += bytes(rng.getrandbits(8) for _ in range(1500))
    return head + body + b"\x00" * (512 - (len(body) % 512))


def make_blob(ctx, a):
    """a = dict(name=..., kind=..., ...) -> (ctype, bytes)"""
    k = a["kind"]
    r = ctx.rng
    if k == "pdf":
        return "application/pdf", make_pdf(r, a.get("lines", ["Document"]), a.get("title", "Document"))
    if k == "xlsx":
        return ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                make_xlsx(a.get("rows", [["-"]]), a.get("sheet", "Sheet1")))
    if k == "hwp":
        return a.get("ctype", "application/x-hwp"), make_hwp(r, a.get("text", ""))
    if k == "jpg":
        return "image/jpeg", make_jpeg(r, a.get("w", 640), a.get("h", 480), a.get("n", 2400), a.get("exif"))
    if k == "png":
        return "image/png", make_banner_png(r, a.get("w", 220), a.get("h", 90), a.get("colors"))
    if k == "qr":
        return "image/png", make_qr_png(r)
    if k == "html":
        return 'text/html; charset="utf-8"', a["data"].encode("utf-8")
    if k == "svg":
        return "image/svg+xml", a["data"].encode("utf-8")
    if k == "zip":
        files = [(n, d.encode("utf-8") if isinstance(d, str) else d) for n, d in a["files"]]
        return ("application/x-zip-compressed" if a.get("ms") else "application/zip"), make_zip(files)
    raise ValueError(k)


# ===================================================================== HTML
URL_RE = re.compile(r"(https?://[A-Za-z0-9.\-]+(?:/[A-Za-z0-9._~%!$&'()*+,;=:@/?#\-]*)?)")


def linkify(escaped_line):
    def rep(m):
        u = m.group(1)
        tail = ""
        while u and u[-1] in ".,)":
            tail = u[-1] + tail
            u = u[:-1]
        return '<a href="%s" target="_blank">%s</a>%s' % (u, u, tail)
    return URL_RE.sub(rep, escaped_line)


def paras(text):
    blocks, cur = [], []
    for ln in text.rstrip("\n").split("\n"):
        if ln.strip() == "":
            if cur:
                blocks.append(cur)
                cur = []
        else:
            cur.append(ln)
    if cur:
        blocks.append(cur)
    return blocks


def auto_html(spec, text, cs_label):
    skin = spec.get("skin", "plain")
    meta = '<meta http-equiv="Content-Type" content="text/html; charset=%s">' % cs_label
    esc = lambda s: linkify(htmlmod.escape(s, quote=False))
    bl = paras(text)
    if skin == "outlook":
        out = ['<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
               'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">',
               "<head>", meta, '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">',
               "<style><!--", "/* Font Definitions */",
               '@font-face {font-family:"맑은 고딕"; panose-1:2 11 5 3 2 0 0 2 0 4;}',
               'p.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0cm; text-align:justify; text-justify:inter-ideograph;',
               "font-size:10.0pt; font-family:\"맑은 고딕\";}",
               "@page WordSection1 {size:612.0pt 792.0pt; margin:3.0cm 72.0pt 72.0pt 72.0pt;}",
               "div.WordSection1 {page:WordSection1;}", "--></style>", "</head>",
               '<body lang="KO" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">',
               '<div class="WordSection1">']
        for b in bl:
            for ln in b:
                if ln.startswith(">"):
                    ln = ln.lstrip("> ")
                out.append('<p class="MsoNormal">%s<o:p></o:p></p>' % (esc(ln) or "&nbsp;"))
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        out += ["</div>", "</body>", "</html>"]
        return "\n".join(out) + "\n"
    if skin == "gmail":
        out = ['<div dir="ltr">']
        quoting = False
        for b in bl:
            for ln in b:
                if ln.startswith(">") and not quoting:
                    out.append('<br><div class="gmail_quote"><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
                    quoting = True
                if quoting:
                    ln = ln.lstrip(">").lstrip(" ")
                out.append("<div>%s</div>" % (esc(ln) or "<br>"))
            out.append("<div><br></div>")
        if quoting:
            out.append("</blockquote></div>")
        out.append("</div>")
        return "\n".join(out) + "\n"
    if skin == "apple":
        out = ["<html>", "<head>", meta, "</head>",
               '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">']
        for b in bl:
            out.append("<div>%s</div>" % "<br>".join(esc(ln) for ln in b))
            out.append("<div><br></div>")
        out += ["</body>", "</html>"]
        return "\n".join(out) + "\n"
    if skin == "webmail":
        out = ["<html><head>", meta, "</head>",
               '<body><div style="font-family:\'나눔고딕\',NanumGothic,\'맑은 고딕\',sans-serif;font-size:10pt;line-height:1.5">']
        for b in bl:
            out.append("<p>%s</p>" % "<br>\n".join(esc(ln) for ln in b))
        out += ["</div>", "</body></html>"]
        return "\n".join(out) + "\n"
    if skin == "daou":
        out = ['<html><head>', meta, '<style>p{margin-top:0;margin-bottom:0}</style></head><body>',
               '<div class="dext_editor" style="font-family:돋움,dotum;font-size:9pt">']
        for b in bl:
            for ln in b:
                out.append("<p>%s</p>" % (esc(ln) or "&nbsp;"))
            out.append("<p>&nbsp;</p>")
        out += ["</div>", "</body></html>"]
        return "\n".join(out) + "\n"
    if skin.startswith("brand"):
        col = spec.get("color", "#1a4fa0")
        name = htmlmod.escape(spec.get("brand", ""))
        width = {"brand": 640, "brand2": 600, "brand3": 680}.get(skin, 640)
        out = ["<!DOCTYPE html>", '<html lang="ko">', "<head>", meta,
               '<meta name="viewport" content="width=device-width, initial-scale=1.0">',
               "<title>%s</title>" % htmlmod.escape(spec["subj"]), "</head>",
               '<body style="margin:0;padding:0;background:#f4f5f7">',
               '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f5f7"><tr><td align="center">',
               '<table role="presentation" width="%d" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:\'Apple SD Gothic Neo\',\'Malgun Gothic\',sans-serif">' % width]
        if skin == "brand2":
            if spec.get("logo"):
                out.append('<tr><td style="padding:20px 32px;border-bottom:3px solid %s"><img src="%s" alt="%s" height="32" border="0"></td></tr>' % (col, spec["logo"], name))
            else:
                out.append('<tr><td style="padding:20px 32px;border-bottom:3px solid %s;font-size:20px;font-weight:bold;color:%s">%s</td></tr>' % (col, col, name))
        elif skin == "brand3":
            out.append('<tr><td style="padding:14px 24px;background:#222;color:#fff;font-size:13px">%s</td><td align="right" style="padding:14px 24px;background:#222;color:%s;font-size:12px">%s</td></tr>' % (name, col, htmlmod.escape(spec.get("tagline", ""))))
        else:
            logo = spec.get("logo")
            if logo:
                out.append('<tr><td style="background:%s;padding:18px 28px"><img src="%s" alt="%s" height="28" style="display:block;border:0"></td></tr>' % (col, logo, name))
            else:
                out.append('<tr><td style="background:%s;padding:18px 28px;color:#fff;font-size:18px;font-weight:bold">%s</td></tr>' % (col, name))
        foot = spec.get("foot")
        body_bl = bl
        out.append('<tr><td style="padding:28px 32px;font-size:14px;line-height:1.7;color:#333">')
        first = True
        for b in body_bl:
            if first and skin != "brand3":
                out.append('<h2 style="margin:0 0 16px;font-size:18px;color:#111">%s</h2>' % esc(b[0]))
                if len(b) > 1:
                    out.append("<p>%s</p>" % "<br>\n".join(esc(ln) for ln in b[1:]))
            else:
                out.append('<p style="margin:0 0 14px">%s</p>' % "<br>\n".join(esc(ln) for ln in b))
            first = False
        btn = spec.get("button")
        if btn:
            out.append('<p style="margin:24px 0"><a href="%s" style="display:inline-block;padding:12px 26px;background:%s;color:#ffffff;text-decoration:none;border-radius:4px;font-weight:bold">%s</a></p>' % (btn[1], col, htmlmod.escape(btn[0])))
        out.append("</td></tr>")
        if foot:
            out.append('<tr><td style="padding:18px 32px;background:#f0f1f3;font-size:11px;line-height:1.6;color:#888">%s</td></tr>' % "<br>\n".join(esc(x) for x in foot.rstrip("\n").split("\n")))
        out += ["</table>", "</td></tr></table>", "</body>", "</html>"]
        return "\n".join(out) + "\n"
    if skin == "newsletter":
        col = spec.get("color", "#ff5a36")
        out = ["<!doctype html>", "<html>", "<head>", meta, "<title>%s</title>" % htmlmod.escape(spec["subj"]),
               "<style>body{margin:0}.wrap{max-width:620px;margin:0 auto}.sec{padding:0 24px 20px}h3{color:%s}</style>" % col,
               "</head>", "<body>", '<div class="wrap">',
               ('<div style="padding:28px 24px 8px"><img src="%s" alt="%s" height="36"></div>' % (spec["logo"], htmlmod.escape(spec.get("brand", ""))))
               if spec.get("logo") else
               '<div style="padding:28px 24px 8px;font-size:26px;font-weight:800;color:%s">%s</div>' % (col, htmlmod.escape(spec.get("brand", "")))]
        for b in bl:
            if len(b) == 1 and len(b[0]) < 40 and not b[0].startswith("http"):
                out.append('<h3 style="padding:0 24px;margin:22px 0 6px">%s</h3>' % esc(b[0]))
            else:
                out.append('<div class="sec"><p style="font-size:15px;line-height:1.75;color:#222">%s</p></div>' % "<br>\n".join(esc(ln) for ln in b))
        if spec.get("pixel"):
            out.append('<img src="%s" width="1" height="1" alt="" style="display:none">' % spec["pixel"])
        out += ["</div>", "</body>", "</html>"]
        return "\n".join(out) + "\n"
    if skin == "crude":
        col = spec.get("color", "red")
        out = ["<html><head>", meta, "</head><body>", "<center>"]
        for i, b in enumerate(bl):
            if i == 0:
                out.append('<font size="5" color="%s"><b>%s</b></font><br><br>' % (col, "<br>".join(esc(ln) for ln in b)))
            else:
                out.append('<font size="3">%s</font><br><br>' % "<br>\n".join(esc(ln) for ln in b))
        out += ["</center>", "</body></html>"]
        return "\n".join(out) + "\n"
    # plain skin
    out = ["<html>", "<head>", meta, "</head>", "<body>"]
    for b in bl:
        out.append("<p>%s</p>" % "<br>\n".join(esc(ln) for ln in b))
    out += ["</body>", "</html>"]
    return "\n".join(out) + "\n"


# ================================================================ infrastructure
def h8(s, n=8):
    return int(hashlib.sha256(s.encode("utf-8")).hexdigest()[:n], 16)


def ip_for(key, nets=ALLOWED_NETS):
    v = h8(key)
    return "%s%d" % (nets[v % len(nets)], 2 + (v >> 4) % 250)


def rcpt_infra(domain):
    v = h8("rcpt:" + domain)
    style = ["postfix", "exchange", "postfix", "exim", "sendmail"][v % 5]
    return {
        "mx": ["mx1.", "mx.", "mail.", "inbound."][v % 4] + domain,
        "mxip": ip_for("mx:" + domain, ("203.0.113.",)),
        "store": ["imap.", "mbox1.", "store.", "ms."][(v >> 3) % 4] + domain,
        "gw": ("mailguard." + domain) if (v >> 6) % 3 == 0 else None,
        "style": style,
        "lmtp": (v >> 9) % 2 == 0,
        "xorig": (v >> 11) % 2 == 0,
    }


def dom_of(addr):
    return addr.rsplit("@", 1)[1].lower()


def fmt_dt(d):
    return format_datetime(d)


def rcv_date(d, ctx):
    s = fmt_dt(d)
    if d.utcoffset() == dt.timedelta(hours=9) and ctx.rng.random() < 0.5:
        s += " (KST)"
    return s


def received(ctx, frm_helo, frm_rdns, ip, by, style, d, rcpt=None, mfrom=None, tls=True):
    r = ctx.rng
    date = rcv_date(d, ctx)
    if style == "postfix":
        s = "from %s (%s [%s])\r\n\tby %s (Postfix) with %s id %s" % (
            frm_helo, frm_rdns or "unknown", ip, by, "ESMTPS" if tls else "ESMTP", ctx.alnum(10, "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz"))
        if tls:
            s = s.replace("\r\n\tby", "\r\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\r\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\r\n\tby", 1) if r.random() < 0.5 else s
        if rcpt:
            s += "\r\n\tfor <%s>" % rcpt
        return s + "; " + date
    if style == "exim":
        s = "from [%s] (helo=%s)\r\n\tby %s with %s\r\n\t(Exim 4.98)\r\n\t(envelope-from <%s>)\r\n\tid %s-%s-%s" % (
            ip, frm_helo, by, "esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384" if tls else "esmtp",
            mfrom or "", ctx.alnum(6), ctx.alnum(6), ctx.alnum(2))
        if rcpt:
            s += "\r\n\tfor %s" % rcpt
        return s + "; " + date
    if style == "sendmail":
        s = "from %s (%s [%s])\r\n\tby %s (8.17.2/8.17.2) with ESMTP id %s" % (
            frm_helo, frm_rdns or "unknown", ip, by, "5%s%06d" % (ctx.alnum(7), r.randint(0, 999999)))
        if rcpt:
            s += "\r\n\tfor <%s>" % rcpt
        return s + "; " + date
    if style == "exchange":
        return "from %s (%s) by %s\r\n\t(%s) with Microsoft SMTP Server (version=TLS1_2,\r\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.2.1544.%d; %s" % (
            frm_helo, ip, by, ip_for("exip:" + by), r.randint(4, 16), date)
    if style == "lmtp":
        return "from %s\r\n\tby %s with LMTP\r\n\tid %s\r\n\t(envelope-from <%s>)\r\n\tfor <%s>; %s" % (
            frm_helo, by, ctx.alnum(22, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"), mfrom, rcpt, date)
    if style == "submission":
        return "from %s ([%s])\r\n\tby %s with ESMTPSA id %s\r\n\tfor <%s>; %s" % (
            frm_helo, ip, by, ctx.HEX(12), rcpt, date)
    if style == "qmail":
        return "from unknown (HELO %s) (%s)\r\n  by %s with SMTP; %s" % (frm_helo, ip, by, date)
    if style == "local":
        return "by %s (Postfix, from userid %d)\r\n\tid %s; %s" % (
            by, r.choice([33, 48, 1000, 1001]), ctx.alnum(10, "0123456789ABCDEF"), date)
    if style == "http":
        return "from %s (%s [%s])\r\n\tby %s with HTTP; %s" % (frm_helo, frm_rdns or frm_helo, ip, by, date)
    raise ValueError(style)


def fold_b64(prefix_len, s, width=72):
    out = []
    first = width - prefix_len
    out.append(s[:first])
    s = s[first:]
    while s:
        out.append(s[:width - 1])
        s = s[width - 1:]
    return "\r\n\t ".join(out)


def dkim_header(ctx, d, domain, selector, hlist, algo="rsa-sha256", ident=None):
    t = int(d.timestamp()) - ctx.rng.randint(1, 9)
    sig = ctx.b64(64 if algo.startswith("ed25519") else 256)
    s = "DKIM-Signature: v=1; a=%s; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;" % (algo, domain, selector, t)
    if ident:
        s += " i=%s;" % ident
    if ctx.rng.random() < 0.4:
        s += " x=%d;" % (t + 604800)
    s += "\r\n\th=%s;\r\n\tbh=%s;\r\n\tb=%s" % (hlist, ctx.b64(32), fold_b64(3, sig))
    return s


def arc_headers(ctx, d, gw_domain, gw_host, ar_body):
    t = int(d.timestamp()) + ctx.rng.randint(1, 4)
    sel = "arc-%d" % (2024 + ctx.rng.randint(0, 2))
    return [
        "ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\r\n\td=%s; s=%s;\r\n\tb=%s" % (t, gw_domain, sel, fold_b64(3, ctx.b64(256))),
        "ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=%s;\r\n\tb=%s" % (
            gw_domain, sel, t, ctx.b64(32), fold_b64(3, ctx.b64(256))),
        "ARC-Authentication-Results: i=1; %s;\r\n\t%s" % (gw_host, ar_body),
    ]


def auth_results(ctx, host, spec, from_dom, mfrom_dom, ip, dkim_dom, dkim_sel):
    spf = spec.get("spf", "pass")
    dkim = spec.get("dkim_res", "pass" if dkim_dom else "none")
    dmarc = spec.get("dmarc")
    if "dmarc_p" not in spec:
        if spec["cls"] in ("spam", "phish"):
            spec["dmarc_p"] = "NONE"
        else:
            spec["dmarc_p"] = ["REJECT", "QUARANTINE", "NONE", "REJECT"][h8("dmarc:" + from_dom) % 4]
    if dmarc is None:
        aligned = (dkim == "pass" and dkim_dom and (dkim_dom == from_dom or from_dom.endswith("." + dkim_dom) or dkim_dom.endswith("." + from_dom))) or \
                  (spf == "pass" and (mfrom_dom == from_dom or mfrom_dom.endswith("." + from_dom)))
        if from_dom.endswith(".example") or from_dom.endswith(".test"):
            dmarc = "pass" if aligned else ("none" if spec["cls"] in ("ham",) else "fail")
        else:
            dmarc = "pass" if aligned else "fail"
    parts = []
    if dkim == "none":
        parts.append("dkim=none (message not signed)")
    else:
        parts.append("dkim=%s header.d=%s header.s=%s header.b=%s" % (dkim, dkim_dom, dkim_sel, ctx.alnum(8)))
    if spf == "pass":
        parts.append("spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (host, mfrom_dom, ip, mfrom_dom))
    elif spf == "softfail":
        parts.append("spf=softfail (%s: domain of transitioning %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (host, mfrom_dom, ip, mfrom_dom))
    elif spf == "fail":
        parts.append("spf=fail (%s: domain of %s does not designate %s as permitted sender) smtp.mailfrom=%s" % (host, mfrom_dom, ip, mfrom_dom))
    else:
        parts.append("spf=%s (%s: %s is neither permitted nor denied by best guess record) smtp.mailfrom=%s" % (spf, host, ip, mfrom_dom))
    if dmarc == "pass":
        parts.append("dmarc=pass (p=%s sp=%s dis=NONE) header.from=%s" % (spec.get("dmarc_p", "REJECT"), spec.get("dmarc_p", "REJECT"), from_dom))
    elif dmarc == "none":
        parts.append("dmarc=none header.from=%s" % from_dom)
    else:
        parts.append("dmarc=%s (p=%s sp=%s dis=%s) header.from=%s" % (dmarc, spec.get("dmarc_p", "NONE"), spec.get("dmarc_p", "NONE"),
                                                                      "NONE" if spec.get("dmarc_p", "NONE") == "NONE" else "QUARANTINE", from_dom))
    return ";\r\n\t".join(parts)


# ================================================================ profiles
PROFILES = {
    # person-to-person clients
    "outlook": dict(bstyle="outlook", cs=[("ks_c_5601-1987", 6), ("utf-8", 4)], cte=[("base64", 7), ("quoted-printable", 3)],
                    hq=[("B", 9), ("Q", 1)], person=True),
    "apple": dict(bstyle="apple", cs=[("utf-8", 1)], cte=[("quoted-printable", 7), ("base64", 3)], hq=[("Q", 6), ("B", 4)], person=True),
    "iphone": dict(bstyle="apple", cs=[("utf-8", 1)], cte=[("quoted-printable", 5), ("base64", 5)], hq=[("B", 6), ("Q", 4)], person=True),
    "thunderbird": dict(bstyle="thunderbird", cs=[("utf-8", 8), ("euc-kr", 2)], cte=[("8bit", 8), ("base64", 2)], hq=[("B", 1)], person=True),
    "webmail": dict(bstyle="naver", cs=[("utf-8", 7), ("euc-kr", 3)], cte=[("base64", 8), ("quoted-printable", 2)], hq=[("B", 1)], person=True),
    "daou": dict(bstyle="daou", cs=[("utf-8", 5), ("euc-kr", 3), ("ks_c_5601-1987", 2)], cte=[("base64", 6), ("quoted-printable", 4)], hq=[("B", 1)], person=True),
    "android": dict(bstyle="gmail", cs=[("utf-8", 1)], cte=[("base64", 5), ("quoted-printable", 3), ("8bit", 2)], hq=[("B", 1)], person=True),
    # organisations
    "brand": dict(bstyle="java", cs=[("euc-kr", 4), ("utf-8", 5), ("ks_c_5601-1987", 1)], cte=[("base64", 5), ("quoted-printable", 3), ("8bit", 2)], hq=[("B", 8), ("Q", 2)]),
    "esp": dict(bstyle="esp", cs=[("utf-8", 7), ("euc-kr", 3)], cte=[("quoted-printable", 5), ("base64", 4), ("8bit", 1)], hq=[("B", 6), ("Q", 4)]),
    "list": dict(bstyle="python", cs=[("utf-8", 8), ("euc-kr", 2)], cte=[("8bit", 4), ("base64", 4), ("quoted-printable", 2)], hq=[("B", 7), ("Q", 3)]),
    "bulk": dict(bstyle="esp", cs=[("utf-8", 6), ("euc-kr", 3), ("ks_c_5601-1987", 1)], cte=[("base64", 5), ("quoted-printable", 4), ("8bit", 1)], hq=[("B", 7), ("Q", 3)]),
    # junk
    "spam": dict(bstyle="php", cs=[("utf-8", 4), ("euc-kr", 35), ("ks_c_5601-1987", 25)], cte=[("base64", 5), ("8bit", 3), ("quoted-printable", 2)], hq=[("B", 8), ("Q", 2)]),
    "phish": dict(bstyle="java", cs=[("utf-8", 6), ("euc-kr", 2), ("ks_c_5601-1987", 2)], cte=[("base64", 5), ("quoted-printable", 3), ("8bit", 2)], hq=[("B", 8), ("Q", 2)]),
}
# spam utf-8 weight is scaled below (weights are relative)
PROFILES["spam"]["cs"] = [("utf-8", 40), ("euc-kr", 35), ("ks_c_5601-1987", 25)]

MAILERS = {
    "outlook": ["Microsoft Outlook 16.0", "Microsoft Outlook 16.0", "Microsoft Outlook 15.0"],
    "apple": ["Apple Mail (2.3826.300.87.4.3)", "Apple Mail (2.3774.600.62)"],
    "iphone": ["iPhone Mail (22B91)", "iPhone Mail (22C152)", "iPhone Mail (21H221)", "iPhone Mail (22E252)"],
    "android": ["Samsung Email (6.1.97)", "Samsung Email (6.1.93)"],
    "daou": ["DaouOffice Mail 3.0"],
    "spam": [None, None, "PHPMailer 6.9.1", "Microsoft Outlook Express 6.00.2900.5512", "Foxmail 7.2.25.375",
             "EmailSender Pro 3.2", "NetMail ver 1.0", None],
    "phish": [None, None, None, "PHPMailer 6.8.1", "Microsoft Outlook 16.0", "Roundcube Webmail/1.6.9"],
}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for v, w in pairs:
        x -= w
        if x < 0:
            return v
    return pairs[-1][0]


def parse_dt(s, tz):
    sign = 1 if tz[0] == "+" else -1
    off = dt.timedelta(hours=int(tz[1:3]), minutes=int(tz[3:5])) * sign
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=dt.timezone(off))


def msgid(ctx, prof, domain, d):
    r = ctx.rng
    u = d.astimezone(dt.timezone.utc)
    if prof == "outlook":
        return "<%s01db%s$%s$%s$@%s>" % (ctx.hexs(4), ctx.hexs(4), ctx.hexs(8), ctx.hexs(8), domain)
    if prof in ("apple", "iphone"):
        return "<%s-%s-%s-%s-%s@%s>" % (ctx.HEX(8), ctx.HEX(4), ctx.HEX(4), ctx.HEX(4), ctx.HEX(12), domain)
    if prof == "thunderbird":
        return "<%s-%s-%s-%s-%s@%s>" % (ctx.hexs(8), ctx.hexs(4), ctx.hexs(4), ctx.hexs(4), ctx.hexs(12), domain)
    if prof == "webmail":
        return "<%s.%s@%s>" % (ctx.alnum(22), u.strftime("%Y%m%d%H%M%S"), domain)
    if prof == "daou":
        return "<%s@%s>" % (ctx.hexs(32), domain)
    if prof == "android":
        return "<%s.%s@email.android.com>".replace("email.android.com", domain) % (ctx.alnum(12), ctx.alnum(8))
    if prof == "brand":
        if r.random() < 0.5:
            return "<%d.%d.%d.JavaMail.%s@%s>" % (r.randint(100000, 999999), r.randint(1000, 99999), int(u.timestamp() * 1000), r.choice(["tms", "mailer", "jboss", "weblogic"]), domain)
        return "<%s.%s@%s>" % (u.strftime("%Y%m%d%H%M%S"), ctx.HEX(10), domain)
    if prof in ("esp", "bulk"):
        return "<%s.%s.%s@%s>" % (ctx.hexs(16), r.randint(1000, 99999), ctx.alnum(6), domain)
    if prof == "list":
        return "<%s.%s@%s>" % (u.strftime("%Y%m%d%H%M%S"), ctx.hexs(12), domain)
    if prof == "spam":
        st = r.randint(0, 3)
        if st == 0:
            return "<%s@localhost>" % ctx.hexs(24)
        if st == 1:
            return "<%s%s@%s>" % (u.strftime("%Y%m%d%H%M%S"), ctx.HEX(6), domain)
        if st == 2:
            return "<%s$%s@DESKTOP-%s>" % (ctx.HEX(8), ctx.HEX(8), ctx.alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"))
        return "<%s@%s>" % (ctx.alnum(32), domain)
    return "<%s.%s@%s>" % (ctx.hexs(20), ctx.alnum(5), domain)


def addr_tokens(name, addr, label, mode):
    if not name:
        return ["<%s>" % addr]
    if is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name):
            return ['"%s"' % name.replace("\\", "\\\\").replace('"', '\\"'), "<%s>" % addr]
        return name.split(" ") + ["<%s>" % addr]
    return encode_words(name, label, mode) + ["<%s>" % addr]


def addr_list_tokens(lst, label, mode):
    toks = []
    for i, (n, a) in enumerate(lst):
        t = addr_tokens(n, a, label, mode)
        if i < len(lst) - 1:
            t[-1] += ","
        toks += t
    return toks


def subject_tokens(s, label, mode, plain_prefix):
    if is_ascii(s):
        return s.split(" ")
    pre = ""
    if plain_prefix:
        m = re.match(r"^[\x21-\x7e ]*\s", s)
        if m:
            pre = m.group(0)
    toks = pre.split() if pre else []
    return toks + encode_words(s[len(pre):], label, mode)


def as_list(x):
    if x is None:
        return []
    if isinstance(x, tuple):
        return [x]
    return list(x)


def build(spec, idx):
    seed = "ko-fresh5/%s/%s/%s" % (spec["cls"], spec["kind"], spec["subj"])
    rng = random.Random(seed)
    spec.setdefault("bstyle", PROFILES[spec["prof"]]["bstyle"])
    ctx = Ctx(spec, rng)
    prof = spec["prof"]
    P = PROFILES[prof]
    where = "%s/%s" % (spec["cls"], spec["subj"][:30])

    fname, faddr = spec["frm"]
    tos = as_list(spec["to"])
    ccs = as_list(spec.get("cc"))
    fdom = dom_of(faddr)
    rcpt = spec.get("rcpt", tos[0][1])
    rdom = dom_of(rcpt)
    d = parse_dt(spec["d"], spec.get("tz", "+0900"))
    d = d.replace(second=rng.randint(0, 59))

    # ---------------------------------------------------------- charsets
    wanted = spec.get("cs") or wchoice(rng, P["cs"])
    body_texts = [spec.get("text")]
    if isinstance(spec.get("html"), str) and spec["html"] != "auto":
        body_texts.append(spec["html"])
    cs = pick_charset(wanted, body_texts, where)
    hdr_strings = [spec["subj"], fname] + [n for n, _ in tos + ccs] + [a["name"] for a in spec.get("att", [])]
    if spec.get("reply_to"):
        hdr_strings.append(spec["reply_to"][0])
    hcs = pick_charset(spec.get("hcs", cs), hdr_strings, where + " [hdr]")
    hlabel = ctx.labels[hcs]
    hq = spec.get("hq") or wchoice(rng, P["hq"])
    cte = spec.get("cte") or wchoice(rng, P["cte"])
    cte_html = spec.get("cte_html") or (cte if rng.random() < 0.6 else wchoice(rng, P["cte"]))
    label = ctx.labels[cs]

    # ---------------------------------------------------------- body tree
    text = spec.get("text")
    html = spec.get("html")
    if html == "auto":
        html = auto_html(spec, text, label)
    elif isinstance(html, str):
        html = html.replace("%%CHARSET%%", label)
    for t in (text, html):
        if t is not None:
            for ln in t.split("\n"):
                if len(ln.encode(CODECS[cs])) > 900 and (cte == "8bit" or cte_html == "8bit"):
                    raise SystemExit("line too long for 8bit in %s" % where)
    leaves = []
    tp = text_leaf(ctx, text, "plain", cs, cte) if text is not None else None
    hp = text_leaf(ctx, html, "html", cs, cte_html) if html is not None else None
    if spec.get("text_only_html"):
        tp = None
    if hp is not None and spec.get("inline"):
        imgs = []
        for a in spec["inline"]:
            ct, data = make_blob(ctx, a)
            imgs.append(attach_leaf(ctx, a["name"], ct, data, a.get("style", "2231"), inline_cid=a["cid"]))
        hp = multi(ctx, "related", [hp] + imgs)
    if tp is not None and hp is not None:
        core = multi(ctx, "alternative", [tp, hp])
    else:
        core = tp if tp is not None else hp
    atts = []
    for a in spec.get("att", []):
        ct, data = make_blob(ctx, a)
        style = a.get("style") or spec.get("fstyle") or ("ks_c_5601-1987" if prof == "outlook" and hcs == "ks_c_5601-1987"
                                                          else rng.choice(["2231", "utf-8", "2231"]))
        if style in ("ks_c_5601-1987", "euc-kr") and not fits(a["name"], style):
            style = "utf-8"
        atts.append(attach_leaf(ctx, a["name"], ct, data, style))
        atts[-1]["blob"] = data
    if atts:
        top = multi(ctx, "mixed", [core] + atts, preamble=(prof in ("outlook", "spam", "list", "phish") and rng.random() < 0.7))
    else:
        top = core
    if top["kids"] is not None and "pre" in top and not top["pre"] and prof == "outlook":
        top["pre"] = True

    # ---------------------------------------------------------- message headers
    mdom = spec.get("mid_dom", fdom)
    mid = spec.get("message_id") or msgid(ctx, prof, mdom, d)
    H = {}
    H["From"] = fold_tokens("From", addr_tokens(fname, faddr, hlabel, hq))
    H["To"] = fold_tokens("To", addr_list_tokens(tos, hlabel, hq))
    if ccs:
        H["Cc"] = fold_tokens("Cc", addr_list_tokens(ccs, hlabel, hq))
    if spec.get("reply_to"):
        rn, ra = spec["reply_to"]
        H["Reply-To"] = fold_tokens("Reply-To", addr_tokens(rn, ra, hlabel, hq))
    H["Subject"] = fold_tokens("Subject", subject_tokens(spec["subj"], hlabel, hq, spec.get("plain_prefix", False)))
    H["Date"] = "Date: " + fmt_dt(d)
    H["Message-ID"] = ("Message-Id: " if prof in ("apple", "iphone") else "Message-ID: ") + mid
    if spec.get("reply"):
        n = spec["reply"] if isinstance(spec["reply"], int) else 1
        pdom = spec.get("reply_dom", rdom)
        refs = ["<%s@%s>" % (ctx.hexs(16 + 2 * i), pdom if i % 2 == 0 else fdom) for i in range(n)]
        H["In-Reply-To"] = "In-Reply-To: " + refs[-1]
        H["References"] = fold_tokens("References", refs)
    mv = "MIME-Version: 1.0"
    if prof == "apple":
        mv = "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3826.300.87.4.3\\))"
    elif prof == "iphone":
        mv = "Mime-Version: 1.0 (1.0)"
    H["MIME-Version"] = mv
    H["Content"] = "\r\n".join(top["h"])
    xm = spec.get("mailer", "default")
    if xm == "default":
        xm = rng.choice(MAILERS[prof]) if prof in MAILERS else None
    extra = []
    if xm:
        extra.append("X-Mailer: " + xm)
    if prof == "thunderbird":
        extra.append("User-Agent: Mozilla Thunderbird")
        extra.append("Content-Language: ko")
    if prof == "outlook":
        extra.append("Thread-Index: " + ctx.b64(22)[:30] + ctx.alnum(8) + "==")
        extra.append("Content-Language: ko")
        if atts:
            extra.append("X-MS-Has-Attach: yes")
    if prof == "webmail":
        extra.append("X-Originating-IP: [%s]" % ip_for("orig:" + faddr))
    if spec.get("prio"):
        extra.append("X-Priority: %s" % spec["prio"])
    if spec.get("auto"):
        extra.append("Auto-Submitted: auto-generated")
        extra.append("X-Auto-Response-Suppress: All")
    unsub = spec.get("unsub")
    if unsub:
        lu = "<%s>" % unsub
        if spec.get("unsub_mail"):
            lu = "<mailto:%s?subject=unsubscribe>, %s" % (spec["unsub_mail"], lu)
        extra.append(fold_tokens("List-Unsubscribe", lu.split(" ")))
        if spec.get("one_click", True):
            extra.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if spec.get("list_id"):
        lid = spec["list_id"]
        if not is_ascii(lid):
            phrase, rest = lid.split("<", 1)
            extra.append(fold_tokens("List-Id", encode_words(phrase.strip(), hlabel, hq) + ["<" + rest]))
        else:
            extra.append("List-Id: %s" % lid)
    if spec.get("precedence"):
        extra.append("Precedence: %s" % spec["precedence"])
    if spec.get("feedback_id"):
        extra.append("Feedback-ID: %s" % spec["feedback_id"])
    extra += spec.get("xh", [])

    if prof == "outlook":
        order = ["From", "To", "Cc", "Reply-To", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "MIME-Version", "Content", "X"]
    elif prof == "apple":
        order = ["From", "Content", "MIME-Version", "Subject", "Date", "In-Reply-To", "Cc", "To", "References", "Message-ID", "X"]
    elif prof == "iphone":
        order = ["Content", "From", "MIME-Version", "Date", "Subject", "Message-ID", "References", "Cc", "In-Reply-To", "To", "X"]
    elif prof == "thunderbird":
        order = ["Message-ID", "Date", "MIME-Version", "X", "To", "Cc", "References", "From", "Subject", "In-Reply-To", "Content"]
    elif prof in ("esp", "bulk", "list"):
        order = ["Date", "From", "Reply-To", "To", "Cc", "Subject", "Message-ID", "X", "MIME-Version", "Content"]
    elif prof == "spam":
        order = rng.choice([
            ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content", "X", "Reply-To", "Cc"],
            ["Date", "From", "Reply-To", "X", "To", "Subject", "MIME-Version", "Content", "Message-ID", "Cc"],
            ["Message-ID", "From", "To", "Cc", "Subject", "Date", "X", "MIME-Version", "Reply-To", "Content"],
        ])
    else:
        order = ["From", "Reply-To", "To", "Cc", "Subject", "Date", "Message-ID", "In-Reply-To", "References", "MIME-Version", "Content", "X"]
    msg_hdrs = []
    for k in order:
        if k == "X":
            msg_hdrs += extra
        elif k in H:
            msg_hdrs.append(H[k])
    for k in H:
        if k not in order:
            msg_hdrs.append(H[k])

    # ---------------------------------------------------------- trace headers
    rinfo = rcpt_infra(rdom)
    mfrom = spec.get("mfrom")
    if not mfrom:
        if prof in ("brand", "esp", "bulk", "list"):
            mfrom = rng.choice(["bounce@mail.%s" % fdom, "return-%s@bounce.%s" % (ctx.hexs(10), fdom),
                                "%s" % faddr, "bo-%s@em.%s" % (ctx.alnum(8).lower(), fdom)])
        else:
            mfrom = faddr
    if spec["cls"] in ("spam", "phish") and "spf" not in spec:
        spec["spf"] = wchoice(rng, [("pass", 3), ("softfail", 3), ("none", 2), ("fail", 1), ("neutral", 1)])
    mfdom = dom_of(mfrom)
    base = fdom if (mfdom == fdom or mfdom.endswith("." + fdom)) else mfdom
    out_host = spec.get("out_host") or ("%s.%s" % (["smtp", "mail", "mta1", "out", "mx-out2", "send"][h8("oh" + fdom) % 6], base))
    out_ip = spec.get("ip") or ip_for("out:" + out_host)
    t = d + dt.timedelta(seconds=rng.randint(1, 4))
    chain = []   # chronological
    if P.get("person"):
        client_ip = ip_for("client:" + faddr)
        helo = rng.choice(["[%s]" % client_ip, "DESKTOP-%s" % ctx.alnum(7, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "%s" % client_ip])
        if prof in ("apple", "iphone"):
            helo = "smtpclient.apple"
        elif prof == "thunderbird":
            helo = "[%s]" % client_ip
        if prof in ("webmail",):
            chain.append(received(ctx, "webmail.%s" % fdom, None, ip_for("wm:" + fdom), out_host, "http", t))
        else:
            chain.append(received(ctx, helo, None, client_ip, out_host, "submission", t, rcpt=rcpt))
    elif prof in ("brand", "esp", "bulk", "list"):
        app = spec.get("app_host") or "%s.%s" % (rng.choice(["app01", "tms-batch", "sender03", "was2", "noti-api"]), base)
        if rng.random() < 0.7:
            chain.append(received(ctx, app, app, ip_for("app:" + app), out_host, "postfix", t, tls=False))
    else:
        if spec.get("via_http"):
            chain.append(received(ctx, spec["via_http"], None, ip_for("h:" + spec["via_http"]), out_host, "http", t))
        elif rng.random() < 0.5:
            chain.append(received(ctx, out_host, None, out_ip, out_host, "local", t))
    t2 = t + dt.timedelta(seconds=rng.randint(1, 30))
    first_hop = rinfo["gw"] or rinfo["mx"]
    ext_style = rinfo["style"]
    rdns = out_host
    helo = out_host
    if prof == "spam" and rng.random() < 0.5:
        ext_style = "qmail" if rng.random() < 0.5 else ext_style
        rdns = None
        helo = spec.get("helo", rng.choice(["WIN-%s" % ctx.alnum(11, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), "localhost", "user-PC", "[%s]" % out_ip]))
    if spec.get("rdns_unknown"):
        rdns = None
    chain.append(received(ctx, helo, rdns, out_ip, first_hop, ext_style, t2, rcpt=rcpt, mfrom=mfrom))
    ar_host = first_hop
    dkim_dom = spec.get("dkim")
    if dkim_dom is None:
        dkim_dom = fdom if (prof in ("brand", "esp", "bulk", "list", "outlook", "daou", "webmail") and rng.random() < 0.9) or prof in ("bulk",) else False
        if prof == "spam":
            dkim_dom = fdom if rng.random() < 0.3 else False
        if prof == "phish":
            dkim_dom = mfdom if rng.random() < 0.4 else False
    sel = spec.get("sel") or rng.choice(["s1", "s2", "selector1", "default", "k1", "mail", "dkim", "s2024", "s2025", "sel1", "krs"])
    ar = auth_results(ctx, ar_host, spec, fdom, mfdom, out_ip, dkim_dom or None, sel)
    trace_top = []
    t3 = t2 + dt.timedelta(seconds=rng.randint(0, 3))
    if rinfo["gw"]:
        arc = arc_headers(ctx, t3, rdom, rinfo["gw"], ar)
        chain_after = received(ctx, rinfo["gw"], rinfo["gw"], ip_for("gw:" + rdom, ("203.0.113.",)), rinfo["mx"], "postfix", t3, rcpt=rcpt, tls=False)
    else:
        arc = []
        chain_after = None
    store_rcv = None
    if rinfo["lmtp"]:
        store_rcv = received(ctx, rinfo["mx"], None, rinfo["mxip"], rinfo["store"], "lmtp", t3 + dt.timedelta(seconds=1), rcpt=rcpt, mfrom=mfrom)
    trace = ["Return-Path: <%s>" % mfrom]
    if rinfo["xorig"]:
        trace += ["Delivered-To: %s" % rcpt]
    if store_rcv:
        trace.append("Received: " + store_rcv)
    if chain_after:
        trace.append("Received: " + chain_after)
        trace += arc
    trace.append("Authentication-Results: %s;\r\n\t%s" % (ar_host, ar))
    for c in reversed(chain):
        trace.append("Received: " + c)
    if dkim_dom:
        hl = rng.choice(["from:to:subject:date:message-id:mime-version:content-type",
                         "mime-version:from:date:message-id:subject:to:content-type",
                         "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:List-Unsubscribe:List-Unsubscribe-Post" if unsub else "From:To:Subject:Date:Message-ID",
                         "date:from:reply-to:to:subject:message-id:mime-version:content-type"])
        algo = "ed25519-sha256" if rng.random() < 0.08 else "rsa-sha256"
        trace.append(dkim_header(ctx, d, dkim_dom, sel, hl, algo, ident=("@" + dkim_dom) if rng.random() < 0.2 else None))
    headers = trace + msg_hdrs
    raw = ("\r\n".join(headers) + "\r\n\r\n").encode("ascii") + ser_body(top)

    info = {
        "cls": spec["cls"], "kind": spec["kind"], "subject": spec["subj"],
        "sender": ("%s <%s>" % (fname, faddr)) if fname else faddr, "from_name": fname, "from_addr": faddr,
        "tree": top, "hcs": hcs, "hq": hq, "shape": shape_of(top), "dkim": dkim_dom,
        "labels": dict(ctx.labels),
    }
    return raw, info


# ===================================================================== verify
URL_HOST_RE = re.compile(r"(?i)\b(?:https?|hxxps?)://([A-Za-z0-9.\-]+)")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])")


def leaves_of(p):
    if p["kids"] is None:
        return [p]
    out = []
    for k in p["kids"]:
        out += leaves_of(k)
    return out


def host_ok(host, cls):
    host = host.lower().rstrip(".")
    if host.endswith(".example") or host.endswith(".test") or host in ("example", "test"):
        return True
    if IP_RE.fullmatch(host):
        return host.startswith(ALLOWED_NETS)
    if host in ("www.w3.org", "schemas.openxmlformats.org", "schemas.microsoft.com"):
        return True
    if cls in ("ham", "bulk"):
        return any(host == d or host.endswith("." + d) for d in REAL_DOMAINS)
    # schema URIs inside markup are not links to a third party
    return host in ("www.w3.org", "schemas.openxmlformats.org")


def verify_one(name, raw, info, problems):
    def bad(msg):
        problems.append("%s: %s" % (name, msg))
    if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
        bad("bare CR or LF")
    for ln in raw.split(b"\r\n"):
        if len(ln) > 998:
            bad("line longer than 998 octets")
            break
    head = raw[:raw.index(b"\r\n\r\n")]
    try:
        head.decode("ascii")
    except UnicodeDecodeError:
        bad("non-ASCII header bytes")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version"):
        if msg[h] is None:
            bad("missing " + h)
    if msg.defects:
        bad("defects %r" % msg.defects)
    raw_items = dict((k.lower(), v) for k, v in msg.raw_items())
    subj = rfc2047_decode(raw_items["subject"])
    if subj != info["subject"]:
        bad("subject mismatch %r != %r" % (subj, info["subject"]))
    if info["hcs"] != "ks_c_5601-1987" or strict_euckr_ok(info["subject"]):
        if str(msg["subject"]) != info["subject"]:
            bad("email package decodes subject as %r" % str(msg["subject"]))
    rf = re.sub(r"\r?\n[ \t]", " ", raw_items["from"])
    m = re.match(r"^(.*?)\s*<([^>]+)>\s*$", rf)
    if m:
        fn, fa = m.group(1).strip(), m.group(2)
        if fn.startswith('"') and fn.endswith('"'):
            fn = re.sub(r'\\(.)', r"\1", fn[1:-1])
        else:
            fn = rfc2047_decode(fn)
    else:
        fn, fa = parseaddr(rf)
    if msg["From"].addresses[0].addr_spec != info["from_addr"]:
        bad("email package reads From as %r" % msg["From"].addresses[0].addr_spec)
    if fa != info["from_addr"] or fn != info["from_name"]:
        bad("from mismatch %r %r" % (fn, fa))
    try:
        email_dt = msg["date"].datetime
        if not (dt.datetime(2025, 1, 1, tzinfo=dt.timezone.utc) <= email_dt <= dt.datetime(2026, 11, 28, tzinfo=dt.timezone.utc)):
            bad("date out of range")
    except Exception as e:  # noqa
        bad("date unparsable %s" % e)
    ours = leaves_of(info["tree"])
    theirs = [p for p in msg.walk() if not p.is_multipart()]
    if len(ours) != len(theirs):
        bad("leaf count %d != %d" % (len(theirs), len(ours)))
        return None
    texts = []
    for o, p in zip(ours, theirs):
        if p.defects:
            bad("part defects %r" % p.defects)
        if p.get_content_type() != o["ctype"].split(";")[0]:
            bad("ctype %s != %s" % (p.get_content_type(), o["ctype"]))
        payload = p.get_payload(decode=True)
        if p.get_content_maintype() == "text":
            cs = (p.get_content_charset() or "us-ascii").lower()
            codec = DECODE.get(cs, cs)
            try:
                txt = payload.decode(codec)
            except (UnicodeDecodeError, LookupError) as e:
                bad("text part does not decode as %s: %s" % (cs, e))
                continue
            texts.append(txt)
            if "text" in o and txt.replace("\r\n", "\n") != o["text"]:
                bad("text part round-trip mismatch (%s, %s)" % (cs, o["cte"]))
        if "blob" in o:
            if payload != o["blob"]:
                bad("attachment bytes mismatch")
            if p.get_filename() != o["filename"]:
                bad("filename %r != %r" % (p.get_filename(), o["filename"]))
            if o["ctype"] == "image/svg+xml" or o["ctype"].startswith("text/"):
                texts.append(payload.decode("utf-8"))
    alltext = "\n".join(texts)
    hdr_text = head.decode("ascii", "replace")
    for m in URL_HOST_RE.finditer(alltext):
        if not host_ok(m.group(1), info["cls"]):
            bad("link host not allowed: %s" % m.group(1))
    for m in IP_RE.finditer(hdr_text + "\n" + alltext):
        if all(int(x) <= 255 for x in m.groups()):
            ip = m.group(0)
            if not ip.startswith(ALLOWED_NETS):
                bad("IP outside documentation ranges: %s" % ip)
    fdom = dom_of(info["from_addr"])
    if info["cls"] in ("spam", "phish") and not (fdom.endswith(".example") or fdom.endswith(".test")):
        bad("junk sender on a real domain: %s" % fdom)
    for hname in ("to", "cc"):
        if hname in raw_items:
            for a in re.findall(r"<([^>]+)>|([\w.+-]+@[\w.-]+)", raw_items[hname]):
                ad = a[0] or a[1]
                if not (ad.endswith(".example") or ad.endswith(".test")):
                    bad("recipient outside invented domains: %s" % ad)
    if info["cls"] == "bulk":
        if not info["subject"].startswith("(광고)"):
            bad("bulk subject lacks (광고)")
        if msg["List-Unsubscribe"] is None or msg["List-Unsubscribe-Post"] is None:
            bad("bulk lacks List-Unsubscribe(-Post)")
        if "DKIM-Signature" not in msg or ("d=%s;" % fdom) not in raw_items.get("dkim-signature", ""):
            bad("bulk lacks own-domain DKIM-Signature")
        if "수신거부" not in alltext:
            bad("bulk lacks 수신거부")
    return msg


# ====================================================================== stats
def composition(infos):
    cs_parts, cte_parts, top, shapes, hdr, atts = {}, {}, {}, {}, {}, {}

    def inc(tab, row, col):
        tab.setdefault(row, {}).setdefault(col, 0)
        tab[row][col] += 1
    for inf in infos:
        c = inf["cls"]
        for lf in leaves_of(inf["tree"]):
            if "text" in lf:
                inc(cs_parts, inf["labels"][lf["cs"]].lower(), c)
                inc(cte_parts, lf["cte"], c)
            else:
                inc(cte_parts, lf["cte"] + " (attachment/inline)", c)
                inc(atts, lf["ctype"].split(";")[0], c)
        inc(top, inf["tree"]["ctype"], c)
        inc(shapes, inf["shape"], c)
        inc(hdr, "%s / %s" % (inf["hcs"], inf["hq"]) if not is_ascii(inf["subject"]) else "(none) / plain ASCII", c)
    return cs_parts, cte_parts, top, shapes, hdr, atts


def md_table(title, tab, first="", cols=CLASSES):
    out = ["| %s | %s | total |" % (first, " | ".join(cols)), "|" + "---|" * (len(cols) + 2)]
    for row in sorted(tab):
        vals = [tab[row].get(c, 0) for c in cols]
        out.append("| %s | %s | %d |" % (row, " | ".join(str(v) for v in vals), sum(vals)))
    tot = [sum(tab[r].get(c, 0) for r in tab) for c in cols]
    out.append("| **total** | %s | %d |" % (" | ".join(str(v) for v in tot), sum(tot)))
    return "### %s\n\n" % title + "\n".join(out) + "\n"


def render_all():
    by_cls = {c: [m for m in MSGS if m["cls"] == c] for c in CLASSES}
    files = []
    for c in CLASSES:
        lst = list(by_cls[c])
        seen = set()
        for m in lst:
            if m["subj"] in seen:
                raise SystemExit("duplicate subject in %s: %s" % (c, m["subj"]))
            seen.add(m["subj"])
        random.Random("ko-fresh5-order-" + c).shuffle(lst)
        for i, spec in enumerate(lst, 1):
            raw, info = build(dict(spec), i)
            files.append(("%s/%04d.eml" % (c, i), raw, info))
    return files


def main():
    problems = []
    for c in CLASSES:
        n = sum(1 for m in MSGS if m["cls"] == c)
        if n != EXPECTED[c]:
            problems.append("class %s has %d messages, expected %d" % (c, n, EXPECTED[c]))
    del FALLBACKS[:]
    files = render_all()
    fb = list(FALLBACKS)
    del FALLBACKS[:]
    again = render_all()
    if [(a[0], a[1]) for a in files] != [(b[0], b[1]) for b in again]:
        problems.append("generation is not deterministic")

    for c in CLASSES:
        d = os.path.join(OUT, c)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith(".eml"):
                os.remove(os.path.join(d, f))
    for name, raw, info in files:
        with open(os.path.join(OUT, name), "wb") as fh:
            fh.write(raw)

    infos = []
    for name, raw, info in files:
        with open(os.path.join(OUT, name), "rb") as fh:
            back = fh.read()
        if back != raw:
            problems.append("%s: file on disk differs" % name)
        verify_one(name, back, info, problems)
        info["file"] = name
        infos.append(info)
    for inf, (name, raw, _) in zip(infos, files):
        pass

    # manifest
    rows = ["file\tclass\tkind\tsender\tsubject"]
    for inf in infos:
        for v in (inf["sender"], inf["subject"]):
            if "\t" in v or "\n" in v:
                problems.append("%s: tab/newline in manifest field" % inf["file"])
        rows.append("\t".join([inf["file"], inf["cls"], inf["kind"], inf["sender"], inf["subject"]]))
    with open(os.path.join(OUT, "MANIFEST.tsv"), "wb") as fh:
        fh.write(("\n".join(rows) + "\n").encode("utf-8"))

    # README
    cs_parts, cte_parts, top, shapes, hdr, atts = composition(infos)
    kinds = {}
    for inf in infos:
        kinds.setdefault(inf["cls"], {}).setdefault(inf["kind"], 0)
        kinds[inf["cls"]][inf["kind"]] += 1
    groups = {}
    for inf in infos:
        g = inf["kind"].split("-")[0]
        groups.setdefault(g, {}).setdefault(inf["cls"], 0)
        groups[g][inf["cls"]] += 1
    kind_lines = []
    for c in CLASSES:
        kind_lines.append("* **%s** (%d): %s" % (c, sum(kinds[c].values()),
                          ", ".join("%s %d" % (k, v) for k, v in sorted(kinds[c].items()))))
    readme = README_TEMPLATE.format(
        counts="\n".join("| %s | %d |" % (c, sum(1 for i in infos if i["cls"] == c)) for c in CLASSES),
        total=len(infos),
        kinds="\n".join(kind_lines),
        cs_table=md_table("Charset of text parts (body text/plain and text/html)", cs_parts, "charset"),
        hdr_table=md_table("Subject encoding (charset / RFC 2047 B or Q)", hdr, "charset / encoding"),
        cte_table=md_table("Content-Transfer-Encoding of leaf parts", cte_parts, "transfer encoding"),
        top_table=md_table("Top-level MIME type", top, "Content-Type"),
        shape_table=md_table("Full MIME structure", shapes, "structure"),
        att_table=md_table("Attachment / inline part types", atts, "Content-Type"),
        group_table=md_table("Kind groups (first component of the kind)", groups, "kind group"),
    )
    with open(os.path.join(OUT, "README.md"), "wb") as fh:
        fh.write(readme.encode("utf-8"))

    if fb:
        for w in fb:
            print("note: charset fallback %s: wanted %s, used %s" % w)
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print("%d problem(s)" % len(problems))
        return 1
    print("ok: %d messages (%s)" % (len(infos), ", ".join("%s %d" % (c, sum(1 for i in infos if i["cls"] == c)) for c in CLASSES)))
    return 0


README_TEMPLATE = """# ko-fresh5 — synthetic Korean e-mail measurement set

## Provenance

* Written on **2026-11-28** by an independent writer who had **not** seen the
  filter under test, its source code, its rules, its tests, or any earlier
  corpus/measurement set.  Nothing here was derived from, or checked against,
  the filter.
* Every message is **synthetic**: generated by `generate.py` (Python 3 standard
  library only, fixed seeds, no clock reads).  No real mailbox was used.
  `python3 generate.py` rewrites all `*.eml` files, `MANIFEST.tsv` and this
  README byte-for-byte identically, then parses every message back with
  `email` (`policy=email.policy.default`), decodes every text part
  (`ks_c_5601-1987` treated as `cp949`) and exits non-zero on any problem.
* Messages imitate Korean mail as it looks in 2025–2026 (dates 2025-01 … 2026-11).
* Invented organisations, spammers and phishers use domains under `.example`
  or `.test`; genuine notices of real Korean brands use those brands' own
  domains; no malicious link points at a real third party's domain.  All IP
  addresses come from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.
  Recipients are at invented domains.  DKIM-Signature / ARC headers look
  plausible but are cryptographically meaningless.  Attachments (PDF, XLSX,
  HWP, JPG/PNG, HTML, SVG, ZIP) are inert placeholders.

## MEASUREMENT ONLY

This set exists to **measure** a filter, not to build one.

* Never tune, add or adjust rules, weights, word lists or thresholds against
  these messages.
* Do not copy phrases, domains, headers or structures from these messages
  into the filter or its tests.
* If anyone reads individual messages in order to change the filter, this set
  is contaminated and **must be retired** and replaced by a fresh set written
  by someone who has not seen the filter.
* Report only aggregate results (per class / per kind).

## Layout

* `ham/NNNN.eml` — legitimate mail (person-to-person, transactional notices,
  newsletters / lists / memberships)
* `spam/NNNN.eml` — unsolicited junk
* `phish/NNNN.eml` — credential or money theft
* `bulk/NNNN.eml` — lawful advertising under 정보통신망법 §50 (`(광고)` subject
  prefix, sender identity, address, phone, 수신거부 link, List-Unsubscribe +
  List-Unsubscribe-Post, merchant's own domain with DKIM-Signature)
* `MANIFEST.tsv` — file, class, kind, sender, decoded subject
* One RFC 5322 message per file, CRLF line endings, 7-bit ASCII headers
  (RFC 2047 B/Q encoded words; RFC 2231 or RFC 2047 attachment names).
* File numbers are assigned after a fixed-seed shuffle, so neighbouring
  files are not related.

## Class counts

| class | messages |
|---|---|
{counts}
| **total** | {total} |

## Kinds

Ham kinds start with `p2p-` (person-to-person), `txn-` (transactional notices
from the organisation's own domain) or `news-` (newsletters, mailing lists,
memberships, club / church / school / apartment mail; `-ad` marks ones that
carry a proper `(광고)` prefix).

{group_table}
{kinds}

## Composition (computed by generate.py)

{cs_table}
{hdr_table}
{cte_table}
{top_table}
{att_table}
{shape_table}"""


# =============================================================================
#                                   CONTENT
# =============================================================================
REAL_DOMAINS = {
    "kbcard.com", "shinhancard.com", "hyundaicard.com", "wooribank.com", "hanabank.com", "kiwoom.com",
    "samsungfire.com", "kt.com", "sktelecom.com", "tworld.co.kr", "uplus.co.kr", "cjlogistics.com", "epost.go.kr",
    "customs.go.kr", "coupang.com", "baemin.com", "daangn.com", "koreanair.com", "jejuair.net", "amc.seoul.kr",
    "yonsei.ac.kr", "kepco.co.kr", "hometax.go.kr", "nts.go.kr", "gov.kr", "nhis.or.kr", "nps.or.kr", "naver.com",
    "navercorp.com", "kakaocorp.com", "kakao.com", "daum.net", "toss.im", "tossbank.com", "11st.co.kr",
    "interpark.com", "kyobo.com", "samsungpop.com", "kakaobank.com", "saramin.co.kr", "wanted.co.kr",
    "jobkorea.co.kr", "yes24.com", "cgv.co.kr", "oliveyoung.co.kr", "miraeasset.com", "melon.com", "mapo.go.kr",
    "korail.com", "letskorail.com",
}

# recipients (all invented)
JIWOO = ("박지우", "jiwoo.park@hanbit-trade.example")
SUJIN = ("한수진", "sujin.han@hanbit-trade.example")
YERIN = ("강예린", "yerin@kang-home.test")
SEOYEON = ("김서연", "seoyeon@seoyeon.test")
DOHYUN = ("이도현", "dohyun.lee@mirae-design.example")
MINJUN = ("최민준", "minjun@choi-family.test")
TAEHO = ("오태호", "taeho.oh@bluepeak-soft.example")
HAEUN = ("정하은", "haeun.jung@greenleaf-lab.example")
MINA = ("조미나", "mina.cho@yeonhee-univ.example")

# ------------------------------------------------------------------ ham: p2p
M("ham", "p2p-colleague", prof="outlook", cs="ks_c_5601-1987",
  frm=("김민수", "minsu.kim@hanbit-trade.example"), to=JIWOO, cc=[SUJIN],
  subj="3분기 매출 현황 자료 공유드립니다", d="2025-10-01 17:48", html="auto", skin="outlook",
  text=T("""
    지우 님, 안녕하세요. 영업2팀 김민수입니다.

    요청하신 3분기(7~9월) 매출 현황 자료 첨부로 공유드립니다.
    거래처별 시트는 아직 정리 중이라 우선 합계표만 넣었습니다.

    - 국내 매출: 전 분기 대비 4.2% 증가
    - 수출: 베트남 물량 일부가 10월로 이월되어 소폭 감소
    - 미수금: 세진포장 건 2,800만 원, 10/15 입금 예정

    목요일 주간회의 전까지 코멘트 주시면 반영하겠습니다.
    (회의 끝나고 점심은 지난번 그 태국집 똠양꿍 어떠세요?)

    감사합니다.
    김민수 드림

    ──────────────────────────
    한빛무역㈜ 영업2팀 과장 김민수
    T. 02-6952-1187 | M. 010-4821-7730
    서울특별시 중구 을지로 100, 8층
    """),
  att=[dict(name="2025_3분기_매출현황_영업2팀.xlsx", kind="xlsx", sheet="합계",
            rows=[["구분", "7월", "8월", "9월", "합계"], ["국내", 1820, 1765, 1990, 5575],
                  ["수출", 940, 1012, 803, 2755], ["합계", 2760, 2777, 2793, 8330]])])

M("ham", "p2p-colleague", prof="daou", cs="utf-8", skin="daou", html="auto",
  frm=("이정민", "jm.lee@hanbit-trade.example"), to=JIWOO, reply=1, plain_prefix=True,
  subj="RE: 부산 출장 일정 확인 부탁드립니다", d="2025-10-31 09:05",
  text=T("""
    네 과장님, 확인했습니다.

    11/6(목) 09:30 수서→부산 SRT 2장 예매해 두었고,
    숙소는 해운대 쪽 비즈니스호텔 1박(조식 포함)으로 잡았습니다.

    미팅 순서는 아래와 같습니다.
    14:00 대성스틸 본사 (2026년 단가 협의)
    17:00 세진포장 김해 공장 (신규 박스 사양 확인)

    법인카드는 제 카드로 결제하고 증빙은 복귀 후 올리겠습니다.

    이정민 드림

    -----Original Message-----
    From: "박지우"<jiwoo.park@hanbit-trade.example>
    To: "이정민"<jm.lee@hanbit-trade.example>;
    Cc:
    Sent: 2025-10-30 (목) 16:42:11 (GMT+09:00)
    Subject: 부산 출장 일정 확인 부탁드립니다

    정민 씨, 다음 주 부산 출장 건 정리 좀 부탁해요.
    기차표, 숙소, 미팅 시간까지 한 번에 회신 주세요.
    """))

M("ham", "p2p-client", prof="outlook", cs="ks_c_5601-1987",
  frm=("최영호", "yh.choi@daesung-steel.example"), to=JIWOO,
  subj="[대성스틸] 견적서 송부드립니다 (DS-2025-0311)", d="2025-03-11 14:22", html="auto", skin="outlook",
  text=T("""
    박지우 과장님께,

    안녕하십니까. 대성스틸 영업부 최영호입니다.
    지난주 문의주신 SS400 열연강판 및 각파이프 견적서를 첨부와 같이 송부드립니다.

    ■ 견적 유효기간: 2025년 3월 31일까지
    ■ 납기: 발주 후 10영업일 (부산항 상차도 기준)
    ■ 결제 조건: 월말 마감, 익월 말 현금 결제

    원자재 가격 변동이 커서 유효기간 이후에는 재견적이 필요할 수 있는 점 양해 부탁드립니다.
    궁금하신 점은 편하게 연락 주십시오.

    최영호 드림
    대성스틸㈜ 영업부 부장
    Tel 051-831-2204  Fax 051-831-2209
    """),
  att=[dict(name="견적서_한빛무역_DS-2025-0311.pdf", kind="pdf", title="Quotation DS-2025-0311",
            lines=["DAESUNG STEEL CO., LTD.", "QUOTATION No. DS-2025-0311", "To: Hanbit Trading",
                   "SS400 HR sheet 6.0T x 1524 x 3048  12 MT", "Square pipe 100x100x3.2T  4 MT",
                   "Validity: 2025-03-31", "Delivery: 10 working days"])])

M("ham", "p2p-supplier", prof="daou", cs="euc-kr", cte="base64", skin="daou", html="auto",
  frm=("세진포장 경리부", "acct@sejin-pack.example"), to=JIWOO, cc=[("김민수", "minsu.kim@hanbit-trade.example")],
  subj="[세진포장] 10월 거래명세서 송부 및 세금계산서 발행 안내", d="2025-11-03 11:37",
  text=T("""
    한빛무역 박지우 과장님 안녕하세요.
    세진포장 경리부 윤미경입니다.

    10월분 거래명세서를 첨부로 보내드립니다.
    전자세금계산서는 오늘 오후 홈택스를 통해 발행 예정이며,
    공급가액 25,454,545원 / 세액 2,545,455원 / 합계 28,000,000원입니다.

    입금 계좌는 기존과 동일합니다(변경 없음).
    혹시 계좌 변경 안내 메일을 받으시면 반드시 저희 대표번호로 확인 부탁드립니다.

    감사합니다.
    세진포장㈜ 경리부 윤미경 드림
    Tel. 055-338-1020
    """),
  att=[dict(name="거래명세서_2025년10월_한빛무역.pdf", kind="pdf", title="Statement 2025-10",
            lines=["SEJIN PACKAGING", "Statement of transactions 2025-10", "Customer: Hanbit Trading",
                   "Total KRW 28,000,000 (VAT incl.)"])])

M("ham", "p2p-family", prof="iphone", frm=("엄마", "mom.kang@kang-home.test"), to=YERIN,
  subj="김장 날짜 정했다", d="2025-11-17 20:14", html="auto", skin="apple", cte="base64",
  text=T("""
    예린아
    이번 김장은 29일 토요일로 정했어. 외할머니 댁에서 해.
    배추는 40포기 주문해놨고 절임배추로 해서 일은 좀 덜할거야.
    금요일 저녁에 와서 자고 가면 좋겠다.
    언니네는 토요일 아침에 온대.
    작년에 담근 동치미 사진 보낸다 ㅎㅎ 올해도 맛있게 해보자

    iPhone에서 보냄
    """),
  att=[dict(name="IMG_4471.JPG", kind="jpg", w=3024, h=4032, n=3200, exif="Apple iPhone 15", style="2231")])

M("ham", "p2p-family-scamwarning", prof="android", frm=("강성철", "sc.kang@kang-home.test"),
  to=[YERIN, ("강예진", "yejin@kang-home.test")], cc=[("엄마", "mom.kang@kang-home.test")],
  subj="이런 문자 오면 절대 누르지 마라", d="2025-06-09 08:41",
  text=T("""
    얘들아 아빠다.
    어제 엄마 폰으로 아래 같은 문자가 왔다. 엄마가 택배 시킨 게 있어서 누를 뻔했는데
    다행히 나한테 먼저 물어봤어. 뉴스 보니까 누르면 앱 깔리고 돈 빠져나간다더라.
    너희도 택배, 청첩장, 부고, 과태료 이런 문자에 있는 링크는 절대 누르지 말고
    꼭 해당 회사 앱이나 대표번호로 확인해라.

    ---------- 전달된 문자 ----------
    [Web발신]
    [국제발신] CJ대한통운 고객님 택배가 주소지 불일치로 보관중입니다.
    주소 수정 후 재배송: http://cj-deliv.addr-fix.test/k8Q2
    ---------------------------------

    경찰청 번호 112, 금감원 1332에 신고할 수 있다고 하니 참고하고.
    아빠가.

    Samsung Galaxy 스마트폰에서 보냈습니다.
    """))

M("ham", "p2p-friend", prof="android", frm=("윤하늘", "haneul.yoon@skyline-mail.test"),
  to=[SEOYEON, ("송지훈", "jihoon.song@ourmail.test"), ("배수아", "sua.bae@ourmail.test")],
  subj="토요일 북한산 산행 확정!", d="2025-04-16 22:03", html="auto", skin="gmail",
  text=T("""
    얘들아 토요일(19일) 북한산 확정이야 ⛰️

    - 집합: 오전 8시 30분 구파발역 1번 출구
    - 코스: 북한산성 입구 → 대서문 → 백운대 → 하산은 도선사 쪽
    - 준비물: 물 1L 이상, 간식, 바람막이, 등산화 필수!

    비 오면 일요일로 미룰게. 하산하고 우이동에서 백숙 먹자 🍗
    회비는 1인 3만원, 끝나고 정산할게.
    """))

M("ham", "p2p-school", prof="daou", cs="euc-kr", cte="base64", skin="daou", html="auto",
  frm=("박선영 선생님", "sy.park@haneul-es.example"), to=MINJUN,
  subj="[하늘초 3학년 2반] 현장체험학습 안내 및 동의서 제출 요청", d="2025-09-22 15:10",
  text=T("""
    3학년 2반 학부모님께

    안녕하십니까, 담임 박선영입니다.
    10월 15일(수) 국립과천과학관 현장체험학습 관련 가정통신문을 첨부합니다.

    1. 출발: 08시 50분 학교 정문 (버스 이동)
    2. 귀교: 15시 30분 예정
    3. 준비물: 도시락, 물, 필기도구, 이름표
    4. 참가 동의서는 9월 29일(월)까지 e알리미 또는 종이로 제출해 주세요.

    알레르기나 멀미가 있는 학생은 미리 알려주시면 좌석 배치 시 반영하겠습니다.
    감사합니다.

    하늘초등학교 3학년 2반 담임 박선영 드림
    """),
  att=[dict(name="가정통신문_현장체험학습_3학년.hwp", kind="hwp", text="가정통신문 현장체험학습 안내", style="euc-kr")])

M("ham", "p2p-landlord", prof="webmail", cs="utf-8", skin="webmail", html="auto",
  frm=("이순자", "soonja.lee@ourmail.test"), to=SEOYEON,
  subj="전세 계약 갱신 건으로 연락드려요", d="2025-08-04 19:26",
  text=T("""
    김서연 님 안녕하세요. 302호 집주인 이순자입니다.

    계약 만료가 11월 말이라 미리 연락드립니다.
    갱신하실 의향이 있으시면 보증금은 주변 시세 감안해서 5% 이내로만 올리려고 합니다.
    계약갱신청구권 쓰시는 것도 당연히 괜찮고요.

    전세대출 연장하시려면 은행에서 확정일자 있는 갱신 계약서를 요구한다고 들었어요.
    9월 중에 부동산(햇살공인중개사) 사무실에서 한번 뵙고 서명하면 될 것 같습니다.

    보일러 교체 건은 다음 달 첫째 주에 기사님 방문하기로 했어요.
    편하신 시간 문자 주세요. 010-2718-45xx 입니다.

    이순자 드림
    """))

M("ham", "p2p-lawyer", prof="outlook", cs="ks_c_5601-1987", skin="outlook", html="auto",
  frm=("백윤서 변호사", "ys.baek@jeongdam-law.example"), to=DOHYUN,
  subj="[법무법인 정담] 손해배상(기) 사건 진행 상황 보고", d="2025-07-08 18:02",
  text=T("""
    이도현 대표님께,

    법무법인 정담 백윤서 변호사입니다.
    귀사가 원고인 손해배상(기) 사건(서울중앙지방법원 2025가단5xxxxx)의 진행 상황을 보고드립니다.

    1. 7월 4일 피고 측 답변서가 제출되었습니다. 피고는 납품 지연의 원인이 귀사의 사양 변경에 있다고 주장합니다.
    2. 이에 대한 반박 준비서면 초안을 첨부와 같이 작성하였습니다. 7월 14일까지 사실관계 확인 부탁드립니다.
    3. 제1회 변론기일은 8월 21일(목) 14:30으로 지정되었습니다. 대표님 출석은 필요하지 않습니다.

    첨부 문서는 외부 공유를 삼가 주시기 바랍니다.

    백윤서 드림
    법무법인 정담 | 변호사
    서울특별시 서초구 서초대로 2xx, 9층 | T. 02-3482-77xx
    본 메일은 변호사-의뢰인 간 비밀유지 대상 정보를 포함할 수 있습니다.
    """),
  att=[dict(name="준비서면(원고)_초안_250708.pdf", kind="pdf", title="Draft brief",
            lines=["DRAFT - PRIVILEGED & CONFIDENTIAL", "Plaintiff's preparatory brief (draft)", "2025-07-08"])])

M("ham", "p2p-accountant", prof="daou", cs="ks_c_5601-1987", cte="quoted-printable", skin="daou", html="auto",
  frm=("한결세무회계", "office@hangyeol-tax.example"), to=TAEHO,
  subj="2024년 귀속 종합소득세 신고 자료 요청드립니다", d="2025-05-07 10:30",
  text=T("""
    오태호 대표님 안녕하세요.
    한결세무회계 정소희 세무사입니다.

    5월 종합소득세 신고를 위해 아래 자료를 5월 20일까지 보내주시면 감사하겠습니다.

    1) 사업용 카드 외 개인카드로 결제한 사업 경비 내역
    2) 2024년 노란우산공제 납입증명서
    3) 프리랜서 외주비 지급 내역 (3.3% 원천징수분)
    4) 차량 운행일지 (업무용 승용차 비용 처리 시)

    첨부한 엑셀 양식에 정리해 주시면 편합니다.
    홈택스 수임 동의는 지난주에 완료되어 추가로 하실 것은 없습니다.

    정소희 세무사 드림
    한결세무회계사무소 | 031-716-52xx
    """),
  att=[dict(name="종소세_경비정리_양식_2024귀속.xlsx", kind="xlsx",
            rows=[["일자", "거래처", "내용", "금액", "증빙"], ["2024-01-05", "", "", 0, "카드"]])])

M("ham", "p2p-colleague-stocks", prof="webmail", cs="utf-8", skin="webmail", html="auto",
  frm=("이정민", "jm.lee@hanbit-trade.example"), to=JIWOO,
  subj="점심 때 얘기한 ETF 정리해봤어요", d="2025-02-20 13:58",
  text=T("""
    과장님 점심 때 말씀하신 거 정리해서 보내드려요 ㅎㅎ

    저는 연금저축이랑 ISA 계좌에서 S&P500, 나스닥100 추종 ETF만 매달 적립식으로 사고 있어요.
    개별 종목은 작년에 2차전지 물렸다가 손절한 뒤로 안 해요.
    코인은 비트코인 조금만 업비트에 넣어두고 안 보고 있습니다.

    요즘 유튜브나 문자로 오는 "무료 종목 추천 리딩방"은 전부 사기라고 보시면 돼요.
    저희 부서 누구 동생도 그거 하다가 수천만 원 날렸대요.

    ISA는 의무가입기간 3년이라 그것만 감안하시면 될 것 같습니다.
    """))

M("ham", "p2p-friend-crypto", prof="android", frm=("송지훈", "jihoon.song@ourmail.test"), to=MINJUN,
  subj="형 그 코인 리딩방 얘기 들었어?", d="2025-03-27 23:11", html="auto", skin="gmail",
  text=T("""
    형, 대학 동기 태민이 알지?
    걔가 텔레그램 코인 리딩방에서 "수익 보장" 믿고 3천만 원 넣었다가 출금이 안 된대.
    처음에는 소액으로 수익 나니까 계속 넣게 만들고, 나중에 세금이니 수수료니 하면서 돈을 더 달라고 한다네.

    지금 경찰에 신고하고 은행에 지급정지 요청했대.
    형도 요즘 코인 한다며, 모르는 사람이 보내는 링크나 거래소 앱은 절대 깔지 마.
    금감원에서 등록된 가상자산사업자 목록 확인할 수 있대.

    주말에 태민이 위로주 한잔 하자. 토요일 어때?
    """))

M("ham", "p2p-friend-diet", prof="iphone", frm=("윤하늘", "haneul.yoon@skyline-mail.test"), to=SEOYEON,
  subj="위고비 얘기 궁금하다며", d="2025-06-30 21:47", cte="quoted-printable",
  text=T("""
    서연아 저번에 물어본 거!
    나 동네 가정의학과에서 상담받고 위고비 처방받았어. BMI 기준이 있어서 아무나 되는 건 아니래.
    한 달에 약값만 꽤 나오고, 처음 2주는 속이 울렁거려서 고생했어 😵
    의사 선생님이 인터넷으로 파는 "처방 없이 구매 가능" 이런 건 가짜거나 위험하니까 절대 사지 말래.

    지금 6주째인데 식단이랑 걷기 같이 하니까 4kg 정도 빠졌어.
    나중에 만나서 자세히 얘기해줄게!

    iPhone에서 보냄
    """))

M("ham", "p2p-family-medicine", prof="apple", frm=("강예진", "yejin@kang-home.test"), to=YERIN, html="auto", skin="apple",
  subj="아빠 혈압약이랑 병원 예약", d="2025-02-11 12:20",
  text=T("""
    예린아,

    아빠 혈압약(암로디핀)이 이번 주에 떨어진대서 목요일 오전에 내과 예약해놨어.
    나는 그날 회사 때문에 못 가니까 네가 같이 가줄 수 있어?
    진료 끝나면 건강검진 결과지도 선생님께 보여드려야 해. 콜레스테롤 수치가 좀 높게 나왔거든.

    약국은 병원 1층 약국 말고 집 앞 약국이 더 빨라.
    실비 청구는 내가 앱으로 할게. 영수증이랑 처방전 사진만 찍어서 보내줘.

    언니가
    """))

M("ham", "p2p-friend-parttime", prof="thunderbird", cs="utf-8", frm=("최민준", "minjun@choi-family.test"),
  to=("최지안", "jian.choi@ourmail.test"),
  subj="알바 자리 알아봤어", d="2025-12-15 18:30",
  text=T("""
    지안아, 형이야.

    방학 알바 알아본다고 해서 몇 군데 물어봤어.
    1) 우리 회사 앞 카페: 평일 오전 9~1시, 시급 11,000원 (2025년 최저임금이 10,030원이니까 괜찮은 편)
    2) 동네 편의점: 주말 야간, 시급은 최저 + 야간수당
    3) 물류센터 단기: 일당은 센데 체력적으로 힘들대

    그리고 인스타나 문자로 오는 "재택 부업, 하루 10만원, 선입금 후 수익 지급" 이런 건 100% 사기니까 절대 하지 마.
    통장이나 신분증 사진 보내달라는 데도 무조건 거르고.

    카페 사장님 번호 필요하면 말해.
    """))

M("ham", "p2p-hr-gambling-education", prof="daou", cs="euc-kr", skin="daou", html="auto",
  frm=("인사팀", "hr@hanbit-trade.example"), to=("전직원", "all@hanbit-trade.example"),
  subj="[인사팀] 불법 도박 및 사행성 게임 예방 교육 이수 안내", d="2025-05-19 09:00",
  text=T("""
    임직원 여러분 안녕하십니까, 인사팀입니다.

    최근 온라인 불법 스포츠토토, 해외 카지노 사이트 등을 통한 도박 피해가 직장인 사이에서도 늘고 있어
    올해 법정의무교육과 함께 "불법 도박 예방 교육"을 실시합니다.

    - 교육 방식: 사내 LMS 온라인 강의 (40분)
    - 이수 기한: 6월 13일(금)까지
    - 접속: 그룹웨어 > 교육 > 2025 필수교육

    도박 문제로 어려움을 겪고 있는 동료가 있다면 한국도박문제예방치유원 상담전화(국번 없이 1336)를 안내해 주세요.
    상담 내용은 회사에 공유되지 않습니다.

    인사팀 드림
    """))

M("ham", "p2p-friend-loan", prof="thunderbird", cs="euc-kr", cte="8bit", frm=("최민준", "minjun@choi-family.test"),
  to=("송지훈", "jihoon.song@ourmail.test"),
  subj="주담대 갈아타기 고민 중인데", d="2025-09-03 22:40",
  text=T("""
    지훈아, 너 작년에 주담대 갈아탔다고 했지?

    나 2022년에 변동금리 5%대로 받은 거라 이번에 대환대출 알아보는 중이야.
    은행 앱에서 비교해 보니 고정 3.9% 정도 나오는데 중도상환수수료가 아직 1% 남아 있더라.
    계산해 보니 그래도 1년 안에 이자 차이로 회수는 되는 것 같아.

    혹시 DSR 때문에 한도 줄어든 거 있었어?
    요즘 문자로 "저금리 대환 승인" 이런 거 엄청 오는데 그런 데는 하나도 안 믿고 은행 창구만 알아보고 있어.

    이번 주 금요일에 시간 되면 전화 한 통 줘.
    """))

M("ham", "p2p-club", prof="webmail", cs="euc-kr", skin="webmail", html="auto",
  frm=("FC수요일 총무 배성민", "fc.chongmu@ourmail.test"), to=("FC수요일 회원", "fc-wednesday@groups.ourmail.test"), rcpt="minjun@choi-family.test",
  subj="[FC수요일] 12월 회비 납부 및 구장 변경 안내", d="2025-11-26 21:15",
  text=T("""
    FC수요일 회원 여러분 안녕하세요, 총무 배성민입니다.

    1. 12월부터 구장이 변경됩니다.
       기존: 망원유수지 풋살장 → 변경: 난지 한강공원 풋살장 2구장 (수요일 20:00~22:00)

    2. 12월 회비 3만 원을 12월 5일까지 아래 모임통장으로 입금 부탁드립니다.
       카카오뱅크 3333-0x-xxxxxxx (예금주 배성민)

    3. 연말 송년회는 12월 17일 경기 후 구장 근처에서 진행합니다. 참석 여부는 밴드 투표로 알려주세요.

    추워지니 부상 조심하시고, 경기 전 스트레칭 꼭 해주세요!
    """))

M("ham", "p2p-supplier-reply", prof="webmail", cs="utf-8", skin="gmail", html="auto", reply=3, plain_prefix=True,
  frm=("박상철", "sc.park@printworks.example"), to=DOHYUN,
  subj="Re: Re: 샘플 발송 건", d="2025-04-08 10:44",
  text=T("""
    이도현 대표님,

    네, 수정 파일 확인했습니다. 오늘 오후에 샘플 3종 인쇄해서 내일 오전 퀵으로 보내드리겠습니다.
    용지는 말씀하신 대로 몽블랑 240g으로 변경했고, 후가공은 부분 UV 빼고 무광 코팅만 들어갑니다.

    본 생산은 샘플 컨펌 후 5영업일 소요됩니다.

    박상철 드림
    프린트웍스 실장 | 02-2275-66xx

    2025년 4월 7일 (월) 오후 3:12, 이도현 <dohyun.lee@mirae-design.example>님이 작성:
    > 실장님, 수정한 AI 파일 다시 보내드렸습니다.
    > 색상은 지난번 교정지 기준으로 맞춰주시면 됩니다.
    > 샘플은 내일까지 받아볼 수 있을까요?
    >
    > 2025년 4월 4일 (금) 오전 11:02, 박상철 <sc.park@printworks.example>님이 작성:
    >> 대표님, 보내주신 파일에 재단선이 빠져 있어 확인 부탁드립니다.
    """))

M("ham", "p2p-colleague-forward", prof="outlook", cs="ks_c_5601-1987", skin="outlook", html="auto", plain_prefix=True,
  frm=("한수진", "sujin.han@hanbit-trade.example"), to=JIWOO, cc=[("이정민", "jm.lee@hanbit-trade.example")],
  subj="FW: [세미나 자료] 2025 수출바우처 사업 설명회", d="2025-06-12 14:27",
  text=T("""
    지우 과장, 어제 설명회 자료 받아서 공유해요.
    우리 회사도 내년 해외 전시회 지원 신청해 볼 만할 것 같아요. 다음 주 회의 때 같이 봐요.

    한수진

    보낸 사람: 수출지원센터 <seminar@export-support.example>
    보낸 날짜: 2025년 6월 12일 목요일 오전 10:05
    받는 사람: 한수진 <sujin.han@hanbit-trade.example>
    제목: [세미나 자료] 2025 수출바우처 사업 설명회

    안녕하십니까. 어제 설명회에 참석해 주셔서 감사합니다.
    발표 자료를 첨부와 같이 송부드립니다.
    2차 모집 공고는 7월 초 예정이며, 문의는 담당자에게 연락 바랍니다.
    """),
  att=[dict(name="2025_수출바우처_설명회_발표자료.pdf", kind="pdf", title="Export voucher briefing 2025",
            lines=["2025 Export Voucher Program", "Briefing session", "Part 1. Eligibility", "Part 2. Schedule"])])

M("ham", "p2p-client-contract", prof="apple", frm=("정유나", "yuna.jung@mirae-design.example"), to=TAEHO,
  subj="용역 계약서 초안 검토 부탁드립니다", d="2025-03-18 16:05", html="auto", skin="apple",
  text=T("""
    오태호 대표님 안녕하세요,
    미래디자인 정유나입니다.

    지난 미팅에서 협의한 내용 반영해서 웹사이트 리뉴얼 용역 계약서 초안 보내드립니다.
    - 계약 금액: 4,800만 원 (VAT 별도), 착수금 30% / 중도금 40% / 잔금 30%
    - 과업 기간: 4월 1일 ~ 7월 31일
    - 하자보수: 검수 완료 후 6개월

    지체상금 조항(제12조)은 대표님 쪽 의견 주시면 조정 가능합니다.
    이번 주 금요일까지 회신 주시면 다음 주 월요일 날인본 보내드리겠습니다.

    감사합니다.
    정유나 드림
    """),
  att=[dict(name="웹사이트리뉴얼_용역계약서_초안_v2.pdf", kind="pdf", title="Service agreement draft v2",
            lines=["SERVICE AGREEMENT (DRAFT v2)", "Mirae Design / Bluepeak Soft", "Article 12. Liquidated damages"])])

M("ham", "p2p-professor", prof="thunderbird", cs="euc-kr", cte="8bit",
  frm=("노재훈", "jh.noh@yeonhee-univ.example"), to=MINA,
  subj="논문 초안 피드백", d="2025-11-10 23:02",
  text=T("""
    미나 학생,

    보내준 석사논문 초안 읽어보았습니다. 전반적으로 흐름은 좋습니다.
    몇 가지만 보완하면 좋겠습니다.

    1. 2장 선행연구에서 2020년 이후 연구가 부족합니다. 최소 5편 이상 보강하세요.
    2. 실험 결과 표 4-2의 유의확률 표기가 본문과 다릅니다.
    3. 결론에서 연구의 한계를 조금 더 솔직하게 써 주세요.

    11월 21일까지 수정본을 보내고, 24일 월요일 오후 3시에 연구실에서 봅시다.
    심사 일정은 학과 사무실에서 따로 공지할 겁니다.

    노재훈
    연희대학교 경영학과 교수
    """))

M("ham", "p2p-student", prof="webmail", cs="euc-kr", cte="base64", skin="webmail", html="auto",
  frm=("조미나", "mina.cho@yeonhee-univ.example"), to=("노재훈 교수님", "jh.noh@yeonhee-univ.example"),
  subj="[데이터마이닝 수요일 분반] 결석 사유서 제출드립니다", d="2025-10-16 09:12",
  text=T("""
    교수님 안녕하십니까.
    데이터마이닝 수요일 분반 수강생 조미나(학번 2024xxxx)입니다.

    어제(10월 15일) 장염으로 병원 진료를 받느라 수업에 결석하였습니다.
    학칙에 따라 결석 사유서와 진료확인서를 첨부하여 제출드립니다.

    결석한 주차의 과제는 이번 주 금요일까지 LMS에 제출하겠습니다.
    번거롭게 해드려 죄송합니다.

    조미나 올림
    """),
  att=[dict(name="결석사유서_조미나.hwp", kind="hwp", text="결석사유서"),
       dict(name="진료확인서.jpg", kind="jpg", w=1240, h=1754, n=2600)])

M("ham", "p2p-family-photos", prof="apple", frm=("강예진", "yejin@kang-home.test"),
  to=[("엄마", "mom.kang@kang-home.test"), YERIN], subj="하율이 돌잔치 사진 보내요", d="2025-05-25 21:33",
  html=T("""
    <html><head><meta http-equiv="content-type" content="text/html; charset=%%CHARSET%%"></head>
    <body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">
    <div>엄마, 예린아</div><div>오늘 와줘서 고마워요! 사진 몇 장 먼저 보내요.</div>
    <div>스튜디오 원본은 다음 주에 나온대요 😊</div><div><br></div>
    <div><img src="cid:8C1F2A33-4B1D-4C52-9E7A-0D2B5F6E7A11" alt="IMG_5102.jpeg" width="320"></div>
    <div><br></div>
    <div><img src="cid:1E0C9B7D-2A6F-4F0E-8D3C-7B9A4E5D2C10" alt="IMG_5107.jpeg" width="320"></div>
    <div><br></div><div>돌잡이는 결국 마이크 잡았어요 ㅋㅋ</div>
    </body></html>
    """),
  text=T("""
    엄마, 예린아
    오늘 와줘서 고마워요! 사진 몇 장 먼저 보내요.
    스튜디오 원본은 다음 주에 나온대요 😊

    돌잡이는 결국 마이크 잡았어요 ㅋㅋ
    """),
  inline=[dict(cid="8C1F2A33-4B1D-4C52-9E7A-0D2B5F6E7A11", name="IMG_5102.jpeg", kind="jpg", n=2800, exif="Apple iPhone 14 Pro"),
          dict(cid="1E0C9B7D-2A6F-4F0E-8D3C-7B9A4E5D2C10", name="IMG_5107.jpeg", kind="jpg", n=2500, exif="Apple iPhone 14 Pro")])

M("ham", "p2p-colleague-dinner", prof="daou", cs="utf-8", skin="daou", html="auto",
  frm=("한수진", "sujin.han@hanbit-trade.example"), to=("영업2팀", "sales2@hanbit-trade.example"),
  subj="[영업2팀] 송년회 장소 투표 부탁드려요 🍻", d="2025-12-01 16:40",
  text=T("""
    영업2팀 여러분~ 올해도 고생 많으셨습니다!

    송년회는 12월 19일(금) 저녁 7시로 정했고, 장소만 투표로 정하려고 합니다.
    ① 을지로 노포 삼겹살집
    ② 광화문 한우 오마카세 (예산 초과 시 팀장님 찬조 ㅎㅎ)
    ③ 종로 중식당 룸

    그룹웨어 설문에서 수요일까지 투표해 주세요.
    못 오시는 분은 미리 말씀해 주시면 좋겠습니다 🙏

    한수진 드림
    """))

M("ham", "p2p-friend-wedding", prof="android", frm=("송지훈", "jihoon.song@ourmail.test"), to=MINJUN,
  subj="형 나 결혼해! 모바일 청첩장 보내", d="2025-08-20 20:05", html="auto", skin="gmail",
  text=T("""
    형! 드디어 나 10월에 결혼해 ㅎㅎ
    카톡으로도 보냈는데 혹시 몰라서 메일로도 보내.

    일시: 2025년 10월 18일 토요일 낮 12시 30분
    장소: 서울 강남구 더채플웨딩홀 3층 그레이스홀
    모바일 청첩장: https://card.wedding-moa.example/jihoon-sora

    축사는 형이 해주면 좋겠는데... 전화로 부탁할게!
    """))

M("ham", "p2p-colleague-obituary", prof="daou", cs="euc-kr", skin="daou", html="auto",
  frm=("총무팀", "gad@hanbit-trade.example"), to=("전직원", "all@hanbit-trade.example"),
  subj="[부고] 영업1팀 정태식 부장 부친상", d="2025-07-22 08:15",
  text=T("""
    임직원 여러분께 삼가 알려드립니다.

    영업1팀 정태식 부장님의 부친께서 7월 21일 별세하셨기에 아래와 같이 부고를 전합니다.

    - 빈소: 서울성모병원 장례식장 5호실
    - 발인: 7월 24일(목) 오전 7시
    - 장지: 경기도 용인 평온의 숲

    회사 규정에 따른 조화와 경조금은 총무팀에서 처리합니다.
    조문 시 업무 공백이 없도록 팀별로 조율 부탁드립니다.

    삼가 고인의 명복을 빕니다.
    총무팀 드림
    """))

M("ham", "p2p-hr-yearend", prof="outlook", cs="ks_c_5601-1987", skin="outlook", html="auto",
  frm=("인사팀 김보라", "bora.kim@hanbit-trade.example"), to=("전직원", "all@hanbit-trade.example"),
  subj="[인사팀] 2025년 귀속 연말정산 서류 제출 안내", d="2026-01-14 10:00",
  text=T("""
    임직원 여러분 안녕하십니까. 인사팀 김보라입니다.

    2025년 귀속 연말정산 일정을 안내드립니다.

    1. 간소화 자료 다운로드: 1월 15일(목)부터 국세청 홈택스에서 PDF 다운로드
    2. 제출 기한: 2월 6일(금) 18시까지
    3. 제출 방법: 그룹웨어 > 전자결재 > 연말정산 메뉴에 PDF 및 첨부 양식 업로드

    부양가족 변동, 월세 세액공제, 기부금 영수증은 첨부 엑셀 양식에 따로 기재해 주세요.
    인사팀은 메일이나 전화로 주민등록번호 전체나 비밀번호를 묻지 않습니다.

    문의: 내선 2104
    """),
  att=[dict(name="2025귀속_연말정산_추가공제_신고서.xlsx", kind="xlsx",
            rows=[["성명", "사번", "부양가족 변동", "월세", "기부금"], ["", "", "", 0, 0]])])

M("ham", "p2p-it-password-policy", prof="outlook", cs="utf-8", skin="outlook", html="auto",
  frm=("정보보안팀", "security@hanbit-trade.example"), to=("전직원", "all@hanbit-trade.example"),
  subj="[정보보안] 그룹웨어 비밀번호 변경 정책 시행 안내(12/1부)", d="2025-11-20 09:30",
  text=T("""
    임직원 여러분 안녕하십니까, 정보보안팀입니다.

    12월 1일부터 그룹웨어 및 사내 메일 계정에 다음 정책이 적용됩니다.
    - 비밀번호 최소 12자, 90일마다 변경
    - 해외 IP 접속 차단 및 OTP 2단계 인증 필수

    변경은 반드시 사내 그룹웨어(https://gw.hanbit-trade.example)에 직접 접속해서 진행해 주세요.

    최근 "메일함 용량 초과", "비밀번호 만료" 등을 사칭한 피싱 메일이 늘고 있습니다.
    정보보안팀은 메일 링크로 비밀번호 입력을 요구하지 않습니다.
    의심 메일은 열지 말고 security@hanbit-trade.example 로 전달해 주세요.

    정보보안팀 드림 (내선 3300)
    """))

M("ham", "p2p-foreign-partner", prof="thunderbird", cs="utf-8", cte="8bit",
  frm=("Tanaka Hiroshi", "h.tanaka@kyoto-parts.example"), to=JIWOO, cc=[SUJIN],
  subj="[Kyoto Parts] 12월 선적 일정 관련 문의", d="2025-11-12 11:20",
  text=T("""
    박지우 과장님

    항상 신세를 지고 있습니다. 교토파츠의 다나카입니다.
    12월 선적분(PO No. HB-2511-07)에 관하여 확인 부탁드립니다.

    1. 선적 예정일: 12월 9일 오사카항 출항 → 부산항 12월 11일 도착 예정
    2. 포장 사양: 기존과 동일 (팔레트 6개)
    3. 인보이스 및 패킹리스트는 출항 3일 전에 송부하겠습니다.

    연말 휴무로 12월 27일부터 1월 5일까지 회신이 늦어질 수 있는 점 양해 부탁드립니다.

    Best regards,
    Hiroshi Tanaka
    Overseas Sales, Kyoto Parts Co., Ltd.
    """))

M("ham", "p2p-friend-scamcheck", prof="iphone", frm=("윤하늘", "haneul.yoon@skyline-mail.test"), to=SEOYEON,
  subj="이거 사기 맞지?", d="2025-09-14 13:02", cte="base64",
  text=T("""
    서연아 모르는 사람이 카톡으로 이런 걸 보냈는데 이거 사기 맞지?
    그대로 복사해서 붙여볼게

    "[재택부업] 하루 1~2시간 스마트폰으로 상품 리뷰 작성
    일 5~15만원 당일 지급, 초보 가능
    문의 카톡 ID: job7788"

    답장은 안 했는데 프로필이 무슨 쇼핑몰 로고로 되어 있더라.
    너 저번에 비슷한 거 신고했다며? 어디에 신고하면 돼?

    iPhone에서 보냄
    """))

M("ham", "p2p-academy", prof="webmail", cs="euc-kr", cte="quoted-printable", skin="webmail", html="auto",
  frm=("브라이트어학원 김지수 선생님", "js.kim@bright-academy.example"), to=MINJUN,
  subj="[브라이트어학원] 12월 수업 일정 및 보강 안내 (최서아 학생)", d="2025-11-28 17:45",
  text=T("""
    최서아 학생 어머님, 아버님 안녕하세요.
    브라이트어학원 초등부 담임 김지수입니다.

    12월 수업 일정 안내드립니다.
    - 12월 25일(목) 성탄절 휴원 → 12월 27일(토) 오전 10시 보강
    - 12월 29일~31일 겨울방학 특강 (파닉스 복습, 선택 수강)

    서아는 이번 달 단어 시험에서 평균 92점으로 많이 늘었어요.
    리딩 교재 2권은 다음 주부터 시작하니 가방에 꼭 챙겨 보내주세요.

    문의는 학원 대표번호로 연락 주세요.
    김지수 드림
    """))

M("ham", "p2p-accounting-vendor", prof="outlook", cs="ks_c_5601-1987", cte="quoted-printable", skin="outlook", html="auto",
  frm=("한빛무역 회계팀 이미선", "ms.lee@hanbit-trade.example"), to=("세진포장 경리부", "acct@sejin-pack.example"),
  subj="세금계산서 발행 요청 및 입금 계좌 확인드립니다", d="2025-11-04 10:15",
  text=T("""
    세진포장 윤미경 님 안녕하세요.
    한빛무역 회계팀 이미선입니다.

    10월분 거래명세서 잘 받았습니다. 금액 확인 완료되었고 세금계산서 발행 부탁드립니다.
    대금은 11월 28일 기존 등록 계좌(기업은행)로 이체 예정입니다.

    최근 거래처 계좌 변경을 사칭하는 메일 사기가 있어, 당사는 계좌 변경 요청을 받으면
    반드시 기존 연락처로 유선 확인한 뒤 처리하고 있습니다. 참고 부탁드립니다.

    감사합니다.
    이미선 드림 | 한빛무역㈜ 회계팀 | 02-6952-1150
    """))

M("ham", "p2p-family-holiday", prof="webmail", cs="euc-kr", cte="base64",
  frm=("엄마", "kyungja.choi@choi-family.test"), to=MINJUN,
  subj="추석 기차표 예매했니", d="2025-09-08 07:52",
  text=T("""
    민준아 엄마다.
    추석 기차표 예매는 했니? 코레일 앱으로 하면 된다던데 엄마는 잘 모르겠어서
    아빠 표는 역에 가서 끊었다.

    10월 4일 토요일에 내려와서 7일 화요일에 올라가면 되겠다.
    며느리 선물은 신경 쓰지 말고 몸만 와라.
    용돈 보낸다고 했던 거 이번엔 됐다. 너희 이사 준비하느라 돈 많이 들 텐데.

    엄마가
    """))


# ------------------------------------------------------------ ham: transactional
def secure_mail_html(brand, color, title, prompt, digits, hint, home, variant, seed):
    """Inert imitation of the HTML 'secure mail' statement attachments Korean
    card companies, banks and telcos send.  The blob is random filler."""
    r = random.Random("secure:" + seed)
    blob = base64.b64encode(bytes(r.getrandbits(8) for _ in range(900))).decode("ascii")
    blob = "\n".join(blob[i:i + 100] for i in range(0, len(blob), 100))
    check = "if(!/^[0-9]{%d}$/.test(v)){alert('%s');return false;}" % (digits, prompt)
    if variant == 1:
        return T("""
        <!DOCTYPE html>
        <html lang="ko"><head><meta charset="utf-8"><title>%s</title>
        <style>body{font-family:'Malgun Gothic',sans-serif;background:#eef1f5}.box{width:460px;margin:60px auto;background:#fff;border-top:4px solid %s;padding:30px}</style>
        <script type="text/javascript">
        function doOpen(){var v=document.getElementById('pw').value;%sdocument.getElementById('st').innerHTML='명세서를 여는 중입니다...';return false;}
        </script></head>
        <body><div class="box"><h2>%s</h2><p>%s</p>
        <form onsubmit="return doOpen();"><input type="password" id="pw" maxlength="%d" placeholder="%s"> <button type="submit">확인</button></form>
        <p id="st" style="color:#888;font-size:12px">%s</p>
        <p style="font-size:11px;color:#999">보안메일이 열리지 않으면 %s 에서 확인하실 수 있습니다.</p></div>
        <div id="encData" style="display:none">
        %s
        </div></body></html>
        """) % (title, color, check, brand, title, digits, prompt, hint, home, blob)
    if variant == 2:
        return T("""
        <html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s 보안메일</title></head>
        <body bgcolor="#ffffff" onload="document.f.pw.focus();">
        <table width="520" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #ccc">
        <tr><td bgcolor="%s" style="padding:12px;color:#fff;font-weight:bold">%s 보안메일</td></tr>
        <tr><td style="padding:24px;font-size:13px">%s<br><br>
        <form name="f" onsubmit="return chk();">%s : <input type="password" name="pw" size="12" maxlength="%d"> <input type="submit" value="열기"></form>
        <br>※ %s<br>※ 문의: %s</td></tr></table>
        <script>function chk(){var v=document.f.pw.value;%sreturn false;}</script>
        <textarea id="secdata" style="display:none">%s</textarea>
        </body></html>
        """) % (brand, color, brand, title, prompt, digits, hint, home, check, blob)
    return T("""
    <!doctype html><html><head><meta charset="UTF-8"><meta name="robots" content="noindex">
    <title>%s</title></head>
    <body style="margin:0;background:#f7f7f7">
    <div style="max-width:500px;margin:40px auto;background:#fff;border-radius:8px;padding:28px;font-family:sans-serif">
    <div style="font-size:20px;font-weight:700;color:%s">%s</div>
    <p style="font-size:14px;color:#333">%s</p>
    <label for="pw" style="font-size:13px">%s</label><br>
    <input id="pw" type="password" inputmode="numeric" maxlength="%d" style="width:200px;padding:8px;font-size:16px">
    <button onclick="return openMail();" style="padding:9px 18px;background:%s;color:#fff;border:0">확인</button>
    <p style="font-size:12px;color:#777">%s</p>
    <p style="font-size:11px;color:#aaa">%s</p>
    </div>
    <script>function openMail(){var v=document.getElementById('pw').value;%sreturn false;}</script>
    <script type="text/plain" id="payload">%s</script>
    </body></html>
    """) % (title, color, brand, title, prompt, digits, color, hint, home, check, blob)


M("ham", "txn-card-securemail", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("KB국민카드", "noreply@kbcard.com"), to=YERIN,
  subj="[KB국민카드] 2025년 02월 이용대금명세서", d="2025-02-12 06:30", html="auto", skin="brand", brand="KB국민카드", color="#ffbc00",
  text=T("""
    KB국민카드 2025년 02월 이용대금명세서

    강예린 고객님, 안녕하세요.
    2025년 02월 이용대금명세서를 보내드립니다.

    결제일: 2025년 02월 25일
    결제하실 금액: 1,284,310원

    첨부된 보안메일(HTML 파일)을 열어 생년월일 6자리를 입력하시면 상세 명세서를 확인하실 수 있습니다.
    보안메일이 열리지 않으면 KB Pay 앱 또는 홈페이지(https://card.kbcard.com)에서 확인하세요.
    """),
  foot="본 메일은 발신전용입니다. 문의: KB국민카드 고객센터 1588-1688\n서울특별시 종로구 새문안로3길 30 KB국민카드",
  att=[dict(name="KB국민카드_이용대금명세서_202502.html", kind="html",
            data=secure_mail_html("KB국민카드", "#ffbc00", "2025년 02월 이용대금명세서", "생년월일 6자리를 입력하세요.", 6,
                                  "예) 1990년 3월 5일생 → 900305", "KB Pay 앱 또는 https://card.kbcard.com", 1, "kb202502"))])

M("ham", "txn-card-securemail", prof="brand", cs="ks_c_5601-1987", cte="base64", auto=True,
  frm=("신한카드", "shinhancard@shinhancard.com"), to=JIWOO,
  subj="신한카드 2025년 7월 이용대금 명세서입니다", d="2025-07-14 07:02",
  text_only_html=True, html="auto", skin="brand2", brand="신한카드", color="#0046ff",
  text=T("""
    박지우 회원님의 7월 이용대금 명세서

    결제일 2025.07.25 / 청구금액 842,500원 / 결제계좌 신한은행 ***-***-**4412

    명세서는 개인정보 보호를 위해 보안메일로 발송됩니다.
    첨부파일을 열고 비밀번호(생년월일 6자리)를 입력해 주세요.

    명세서 수령 방법 변경은 신한 SOL페이 앱 > 전체메뉴 > 명세서에서 하실 수 있습니다.
    """),
  foot="신한카드 고객센터 1544-7000 | 서울특별시 중구 을지로 100\n본 메일은 발신전용으로 회신되지 않습니다.",
  att=[dict(name="신한카드_이용대금명세서_2025년07월.html", kind="html", style="ks_c_5601-1987",
            data=secure_mail_html("신한카드", "#0046ff", "7월 이용대금 명세서", "비밀번호(생년월일 6자리)를 입력해 주세요.", 6,
                                  "주민등록번호 앞 6자리와 동일합니다.", "신한카드 고객센터 1544-7000", 2, "sh202507"))])

M("ham", "txn-card-statement", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("현대카드", "hyundaicard@hyundaicard.com"), to=TAEHO,
  subj="[현대카드] 11월 이용대금 명세서 (M포인트 적립 안내 포함)", d="2025-11-10 08:15",
  html="auto", skin="brand3", brand="Hyundai Card", tagline="MY STATEMENT", color="#b5b5b5",
  text=T("""
    오태호 님, 11월 명세서가 발행되었습니다.

    결제 예정일 11월 25일
    결제 예정 금액 2,317,840원 (일시불 1,902,340원 / 할부 415,500원)
    이번 달 적립 M포인트 4,812P

    자세한 이용 내역은 현대카드 앱 또는 https://www.hyundaicard.com 에서 확인하실 수 있습니다.
    자동이체 계좌 잔액이 부족하지 않도록 결제일 전날까지 확인해 주세요.
    """),
  foot="현대카드 고객센터 1577-6000\n서울특별시 영등포구 의사당대로 3\n이 메일은 발신 전용입니다.")

M("ham", "txn-bank-securemail", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("우리은행", "woori_noreply@wooribank.com"), to=HAEUN,
  subj="[우리은행] 2025년 3분기 거래내역 통지서(보안메일)", d="2025-10-06 05:40",
  html="auto", skin="brand", brand="우리은행", color="#0067ac",
  text=T("""
    우리은행 거래내역 통지서 안내

    정하은 고객님, 신청하신 3분기(2025.07.01~2025.09.30) 입출금 거래내역 통지서를 보내드립니다.

    고객님의 정보 보호를 위해 통지서는 보안메일로 발송되며,
    첨부파일을 열어 주민등록번호 앞 6자리를 입력하시면 열람하실 수 있습니다.

    통지서 수신을 원하지 않으시면 우리WON뱅킹 > 전체메뉴 > 알림설정에서 변경하실 수 있습니다.
    """),
  foot="우리은행 고객센터 1588-5000 / 1599-5000\n서울특별시 중구 소공로 51 우리은행\n본 메일은 발신 전용 메일입니다.",
  att=[dict(name="거래내역통지서_202509.html", kind="html",
            data=secure_mail_html("우리은행", "#0067ac", "3분기 거래내역 통지서", "주민등록번호 앞 6자리를 입력하세요.", 6,
                                  "입력하신 정보는 서버로 전송되지 않습니다.", "우리은행 고객센터 1588-5000", 3, "woori2025q3"))])

M("ham", "txn-bank-remittance", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("하나은행", "hanabank_noreply@hanabank.com"), to=JIWOO,
  subj="[하나은행] 해외송금 입금 완료 안내", d="2025-08-19 10:02",
  html="auto", skin="brand2", brand="하나은행", color="#008c8c",
  text=T("""
    해외송금이 입금되었습니다

    박지우 고객님, 해외에서 보내온 송금이 고객님 계좌로 입금되었습니다.

    입금일시: 2025-08-19 09:58
    송금인: KYOTO PARTS CO LTD
    송금통화/금액: JPY 1,250,000
    적용환율: 9.3421
    원화 입금액: 11,677,625원
    입금계좌: 하나 ***-******-55207

    외화 입금 사유 확인이 필요한 경우 영업점에서 연락드릴 수 있습니다.
    하나은행은 전화나 문자로 OTP 번호, 보안카드 번호를 묻지 않습니다.
    """),
  foot="하나은행 손님센터 1599-1111 / 1588-1111\n서울특별시 중구 을지로 66")

M("ham", "txn-securities-securemail", prof="brand", cs="euc-kr", cte="quoted-printable", auto=True,
  frm=("키움증권", "kiwoom@kiwoom.com"), to=MINJUN,
  subj="[키움증권] 2025년 8월 월간 거래내역서", d="2025-09-05 04:20",
  text=T("""
    [키움증권] 월간 거래내역서 발송 안내

    최민준 고객님, 2025년 8월 월간 거래내역서를 보내드립니다.
    첨부된 보안메일을 열어 비밀번호를 입력하시면 확인하실 수 있습니다.
    (비밀번호: 생년월일 6자리)

    거래내역서 수령 방법 변경: 영웅문S# > 메뉴 > 고객서비스 > 통보서비스
    고객센터 1544-9000
    """),
  att=[dict(name="키움증권_월간거래내역서_202508.html", kind="html",
            data=secure_mail_html("키움증권", "#d6006e", "2025년 8월 월간 거래내역서", "생년월일 6자리를 입력해 주십시오.", 6,
                                  "비밀번호 5회 오류 시 보안메일이 열리지 않습니다.", "키움증권 고객센터 1544-9000", 2, "kiwoom202508"))])

M("ham", "txn-insurance", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("삼성화재", "noreply@samsungfire.com"), to=DOHYUN,
  subj="[삼성화재] 자동차보험 만기 안내 (만기일 2025.12.14)", d="2025-11-14 11:00",
  html="auto", skin="brand", brand="삼성화재 다이렉트", color="#1428a0",
  text=T("""
    자동차보험 만기가 30일 남았습니다

    이도현 고객님, 가입하신 자동차보험의 만기일이 다가와 안내드립니다.

    증권번호: 2024-xxxx-xxxx
    차량번호: 12가 34xx
    보험기간: 2024.12.14 ~ 2025.12.14

    갱신 보험료는 무사고 할인과 마일리지 특약이 반영되어 전년 대비 소폭 인하되었습니다.
    다이렉트 홈페이지(https://direct.samsungfire.com) 또는 앱에서 간편하게 갱신하실 수 있습니다.
    """),
  button=("갱신 보험료 확인하기", "https://direct.samsungfire.com"),
  foot="삼성화재해상보험㈜ 서울특별시 서초구 서초대로74길 14 | 고객콜센터 1588-5114\n본 메일은 발신전용입니다.")

M("ham", "txn-telecom-securemail", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("KT", "ktbill@kt.com"), to=SEOYEON,
  subj="[KT] 2025년 10월 이용요금 명세서", d="2025-10-12 09:00",
  text_only_html=True, html="auto", skin="brand3", brand="KT", tagline="이메일 명세서", color="#ed1c24",
  text=T("""
    김서연 고객님의 2025년 10월 이용요금 명세서입니다.

    청구금액 87,420원 (인터넷 33,000원 / 모바일 49,500원 / 부가서비스 4,920원)
    납부기한 2025.10.31 | 납부방법 신용카드 자동납부

    상세 명세서는 첨부된 보안메일에서 생년월일 6자리를 입력하여 확인해 주세요.
    마이케이티 앱에서도 명세서를 확인하실 수 있습니다.
    """),
  foot="KT 고객센터 국번없이 100 (유료) | 경기도 성남시 분당구 불정로 90\n본 메일은 발신 전용입니다.",
  att=[dict(name="KT_요금명세서_202510.html", kind="html",
            data=secure_mail_html("KT", "#ed1c24", "2025년 10월 이용요금 명세서", "생년월일 6자리", 6,
                                  "법인 고객은 사업자등록번호 앞 6자리를 입력하세요.", "마이케이티 앱", 3, "kt202510"))])

M("ham", "txn-telecom", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("SK텔레콤", "tworld@sktelecom.com"), to=HAEUN,
  subj="[SK텔레콤] 요금 납부가 완료되었습니다", d="2025-06-23 14:41",
  html="auto", skin="brand2", brand="SK telecom", color="#ea002c",
  text=T("""
    요금 납부 완료 안내

    정하은 고객님, 2025년 5월 사용분 요금이 정상적으로 납부되었습니다.

    납부금액: 65,340원
    납부일시: 2025.06.23 14:38
    납부수단: 신용카드(삼성 ****-****-****-12**)

    요금 상세 내역은 T world(https://www.tworld.co.kr)에서 확인하실 수 있습니다.
    """),
  foot="SK텔레콤 고객센터 114 | 서울특별시 중구 을지로 65 SK T-타워")

M("ham", "txn-telecom", prof="brand", cs="utf-8", cte="8bit", auto=True,
  frm=("LG U+", "uplus_noreply@uplus.co.kr"), to=MINJUN,
  subj="[LG U+] 인터넷·IPTV 약정 만료 예정 안내", d="2025-04-02 10:30",
  html="auto", skin="brand", brand="LG U+", color="#e6007e",
  text=T("""
    약정 만료 예정 안내

    최민준 고객님, 이용 중인 인터넷·IPTV 결합상품의 약정이 2025년 5월 1일 만료됩니다.

    약정 만료 후에는 약정 할인이 종료되어 월 요금이 인상될 수 있습니다.
    재약정 혜택 및 요금은 U+one 앱 또는 https://www.uplus.co.kr 에서 확인하세요.

    해지를 원하시는 경우 위약금은 발생하지 않습니다.
    """),
  foot="LG유플러스 고객센터 101 | 서울특별시 용산구 한강대로 32")

M("ham", "txn-courier", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("CJ대한통운", "noreply@cjlogistics.com"), to=YERIN,
  subj="[CJ대한통운] 고객님의 상품이 배송 완료되었습니다", d="2025-03-06 16:12",
  html="auto", skin="brand2", brand="CJ대한통운", color="#0a64b4",
  text=T("""
    배송이 완료되었습니다

    운송장번호: 6870-xxxx-4471
    보내는 분: ㈜온누리몰
    상품명: 무선 청소기 필터 외 1건
    배송완료: 2025.03.06 16:09 (문 앞)

    배송 조회: https://www.cjlogistics.com/ko/tool/parcel/tracking
    CJ대한통운은 문자나 메일로 주소 수정, 개인정보 입력을 요구하지 않습니다.
    """),
  foot="CJ대한통운 고객센터 1588-1255")

M("ham", "txn-post-customs", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("우체국 국제우편", "ems_noti@epost.go.kr"), to=SEOYEON,
  subj="[우체국] 국제우편물 통관 진행 안내 (RR12345xxxxUS)", d="2025-05-13 13:25",
  text=T("""
    [우체국] 국제우편물 통관 안내

    김서연 고객님께 도착한 국제우편물이 통관 절차를 진행 중입니다.

    등기번호: RR12345xxxxUS
    발송국가: 미국
    내용품: 의류 (신고가격 USD 212.40)

    목록통관 기준(미화 200달러) 초과로 일반 수입신고 대상이며 관세·부가세가 부과될 수 있습니다.
    납부 고지는 관세청 유니패스(https://unipass.customs.go.kr)에서 확인하실 수 있고,
    세액 고지 전에는 별도로 납부하실 금액이 없습니다.

    우체국은 문자나 메일 링크로 결제를 요구하지 않습니다.
    우체국 고객센터 1588-1300 / 인터넷우체국 https://www.epost.go.kr
    """))

M("ham", "txn-shopping", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("쿠팡", "no_reply@coupang.com"), to=DOHYUN,
  subj="주문하신 상품이 출고되었습니다", d="2025-07-30 23:48",
  html="auto", skin="brand", brand="coupang", color="#346aff",
  text=T("""
    로켓배송 상품이 출고되었어요

    이도현 님, 주문하신 상품이 출고되어 내일(7/31) 도착 예정입니다.

    주문번호: 2100 1532 xxxx
    상품: 삼다수 2L x 12병 외 2건
    결제금액: 31,460원 (와우 할인 적용)

    배송 현황은 쿠팡 앱 > 마이쿠팡 > 주문목록에서 확인하실 수 있습니다.
    """),
  foot="쿠팡㈜ 서울특별시 송파구 송파대로 570 | 고객센터 1577-7011")

M("ham", "txn-delivery-app", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("배달의민족", "noreply@baemin.com"), to=HAEUN,
  subj="[배달의민족] 주문 영수증 (B2KR0815xxxx)", d="2025-08-15 19:42",
  html="auto", skin="brand2", brand="배달의민족", color="#2ac1bc",
  text=T("""
    맛있게 드세요!

    주문번호: B2KR0815xxxx
    가게: 망원동 떡볶이연구소
    주문내역: 로제떡볶이(중) 1, 모둠튀김 1, 쿨피스 1
    상품금액 21,500원 / 배달팁 3,000원 / 쿠폰 -3,000원
    결제금액 21,500원 (배민페이 카드)

    영수증은 배민 앱 > 주문내역에서 다시 보실 수 있어요.
    """),
  foot="㈜우아한형제들 서울특별시 송파구 위례성대로 2 | 고객센터 1600-0987")

M("ham", "txn-marketplace-login", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("당근", "noreply@daangn.com"), to=SEOYEON,
  subj="[당근] 새로운 기기에서 로그인했어요", d="2025-10-21 21:09",
  text_only_html=True, html="auto", skin="brand", brand="당근", color="#ff6f0f",
  text=T("""
    새로운 기기에서 로그인했어요

    김서연 님의 당근 계정에 새로운 기기로 로그인했어요.
    기기: Galaxy S24
    일시: 2025년 10월 21일 21:08
    지역: 서울특별시 마포구

    본인이 맞다면 이 메일은 무시하셔도 돼요.
    본인이 아니라면 당근 앱 > 나의 당근 > 설정 > 계정/정보 관리에서 로그인된 기기를 확인하고 로그아웃해 주세요.
    당근은 채팅이나 메일로 외부 결제 링크를 보내지 않아요.
    """),
  foot="당근마켓㈜ | 고객센터: 당근 앱 > 나의 당근 > 자주 묻는 질문")

M("ham", "txn-airline", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("대한항공", "noreply@koreanair.com"), to=JIWOO,
  subj="[대한항공] 전자항공권 확인증 (예약번호 K7Q2XM)", d="2025-09-02 15:31",
  html="auto", skin="brand", brand="KOREAN AIR", color="#00256c",
  text=T("""
    전자항공권 확인증

    PARK/JIWOO MR 님, 대한항공을 이용해 주셔서 감사합니다.
    예약번호: K7Q2XM
    KE0721 인천(ICN) 2025-10-14 09:10 → 오사카/간사이(KIX) 11:00 일반석
    KE0724 오사카/간사이(KIX) 2025-10-17 19:35 → 인천(ICN) 21:25 일반석

    전자항공권 확인증(PDF)을 첨부합니다.
    온라인 체크인은 출발 48시간 전부터 https://www.koreanair.com 에서 가능합니다.
    """),
  foot="대한항공 서비스센터 1588-2001 | 서울특별시 강서구 하늘길 260",
  att=[dict(name="E-Ticket_K7Q2XM.pdf", kind="pdf", title="E-Ticket Itinerary",
            lines=["KOREAN AIR e-Ticket Itinerary/Receipt", "Booking reference K7Q2XM", "PARK/JIWOO MR",
                   "KE0721 ICN-KIX 14OCT25 0910", "KE0724 KIX-ICN 17OCT25 1935"])])

M("ham", "txn-airline", prof="brand", cs="euc-kr", cte="quoted-printable", auto=True,
  frm=("제주항공", "jejuair_noreply@jejuair.net"), to=YERIN,
  subj="[제주항공] 항공편 운항시간 변경 안내 (7C1102)", d="2025-06-27 18:20",
  html="auto", skin="brand3", brand="JEJUair", tagline="운항정보", color="#ff5000",
  text=T("""
    강예린 고객님, 예약하신 항공편의 운항 시간이 변경되어 안내드립니다.

    예약번호: JX5Q8D
    편명: 7C1102 김포(GMP) → 제주(CJU)
    탑승일: 2025년 7월 12일(토)
    변경 전 출발 08:05 → 변경 후 출발 08:45

    변경된 일정으로 탑승이 어려우신 경우 수수료 없이 변경 또는 환불이 가능합니다.
    제주항공 홈페이지(https://www.jejuair.net) 나의 예약에서 확인해 주세요.
    """),
  foot="㈜제주항공 고객센터 1599-1500\n제주특별자치도 제주시 신대로 64")

M("ham", "txn-hospital", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("서울아산병원", "noreply@amc.seoul.kr"), to=("강성철", "sc.kang@kang-home.test"),
  subj="[서울아산병원] 진료 예약 안내 (11월 18일 내분비내과)", d="2025-11-11 10:00",
  html="auto", skin="brand2", brand="서울아산병원", color="#00a0af",
  text=T("""
    진료 예약 안내

    강성철 님의 진료 예약 내역을 안내해 드립니다.

    진료일시: 2025년 11월 18일(화) 오전 10:20
    진료과/의료진: 내분비내과
    장소: 신관 2층 내분비내과 외래

    진료 전 혈액검사가 예정되어 있으니 전날 밤 10시 이후 금식해 주십시오.
    예약 변경은 서울아산병원 앱 또는 대표전화로 가능합니다.
    """),
  foot="서울아산병원 | 서울특별시 송파구 올림픽로43길 88 | 예약센터 1688-7575")

M("ham", "txn-university", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("연세대학교 학사지원팀", "haksa_noreply@yonsei.ac.kr"), to=("김도윤", "doyun.kim@seoyeon.test"),
  subj="[연세대학교] 2026학년도 1학기 등록금 납부 안내", d="2026-02-09 09:00",
  html="auto", skin="brand", brand="연세대학교", color="#003876",
  text=T("""
    2026학년도 1학기 등록금 납부 안내

    김도윤 학생, 2026학년도 1학기 등록금 고지서가 발행되었습니다.

    납부기간: 2026년 2월 20일(금) ~ 2월 26일(목) 16:00
    고지서 출력: 연세포탈서비스 > 학사정보 > 등록 > 등록금 고지서
    분할납부 신청: 2월 13일까지

    국가장학금 수혜 예정 금액은 고지서에 감면 반영되어 있습니다.
    가상계좌는 학생별로 다르므로 반드시 본인 고지서의 계좌로 납부하시기 바랍니다.
    """),
  foot="연세대학교 학사지원팀 | 서울특별시 서대문구 연세로 50")

M("ham", "txn-utility", prof="brand", cs="euc-kr", cte="8bit", auto=True,
  frm=("한국전력공사", "kepco_bill@kepco.co.kr"), to=MINJUN,
  subj="[한국전력] 2025년 8월분 전기요금 청구서", d="2025-09-04 09:30",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"><title>전기요금 청구서</title></head>
    <body style="font-family:굴림,Gulim;font-size:12px">
    <table width="600" border="0" cellpadding="6" cellspacing="0" style="border:2px solid #0054a6">
    <tr><td colspan="2" bgcolor="#0054a6" style="color:#fff;font-size:16px"><b>한국전력 전기요금 청구서 (2025년 8월분)</b></td></tr>
    <tr><td width="150" bgcolor="#eef4fb">고객번호</td><td>08-xxxx-xxxx</td></tr>
    <tr><td bgcolor="#eef4fb">사용기간</td><td>2025.07.18 ~ 2025.08.17 (31일)</td></tr>
    <tr><td bgcolor="#eef4fb">사용량</td><td>486 kWh (하계 누진구간 적용)</td></tr>
    <tr><td bgcolor="#eef4fb">청구금액</td><td><b style="color:#d00">118,360원</b></td></tr>
    <tr><td bgcolor="#eef4fb">납기일</td><td>2025.09.25</td></tr>
    <tr><td colspan="2" style="font-size:11px;color:#666">전기요금은 한전ON(https://online.kepco.co.kr) 또는 가상계좌로 납부하실 수 있습니다.<br>
    한국전력공사 | 전라남도 나주시 전력로 55 | 고객센터 국번없이 123</td></tr>
    </table></body></html>
    """),
  text=T("""
    한국전력 전기요금 청구서 (2025년 8월분)

    고객번호: 08-xxxx-xxxx
    사용기간: 2025.07.18 ~ 2025.08.17 (31일)
    사용량: 486 kWh (하계 누진구간 적용)
    청구금액: 118,360원
    납기일: 2025.09.25

    전기요금은 한전ON(https://online.kepco.co.kr) 또는 가상계좌로 납부하실 수 있습니다.
    한국전력공사 고객센터 국번없이 123
    """))

M("ham", "txn-tax", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("국세청", "nts_noreply@nts.go.kr"), to=TAEHO,
  subj="[국세청] 2024년 귀속 종합소득세 신고 안내", d="2025-05-02 09:00",
  html="auto", skin="brand2", brand="국세청 National Tax Service", color="#1b4f9c",
  text=T("""
    2024년 귀속 종합소득세 확정신고 안내

    오태호 님, 2024년에 발생한 종합소득에 대하여 2025년 6월 2일(월)까지 신고·납부하셔야 합니다.
    (5월 31일이 토요일이어서 신고기한이 연장되었습니다.)

    신고는 홈택스(https://www.hometax.go.kr) 또는 손택스 앱에서 하실 수 있으며,
    모두채움 대상자는 안내된 내용을 확인한 뒤 제출만 하시면 됩니다.

    국세청은 환급금 지급을 위해 문자나 메일로 링크 접속, 앱 설치, 계좌 비밀번호를 요구하지 않습니다.
    """),
  foot="국세청 세종특별자치시 국세청로 8-14 | 국세상담센터 국번없이 126")

M("ham", "txn-tax-invoice", prof="brand", cs="euc-kr", cte="quoted-printable", auto=True,
  frm=("국세청 홈택스", "hometax_noreply@hometax.go.kr"), to=JIWOO,
  subj="[홈택스] 전자세금계산서 발급 안내 (세진포장㈜)", d="2025-11-03 15:44",
  html="auto", skin="brand", brand="Hometax 홈택스", color="#2e5aac",
  text=T("""
    전자세금계산서가 발급되었습니다

    공급자: 세진포장㈜ (사업자등록번호 6xx-8x-xxxxx)
    공급받는자: 한빛무역㈜
    작성일자: 2025-10-31
    공급가액: 25,454,545원 / 세액: 2,545,455원 / 합계: 28,000,000원
    승인번호: 20251031-41000xxx-xxxxxxxx

    발급 내역은 홈택스(https://www.hometax.go.kr) > 조회/발급 > 전자세금계산서에서 확인하실 수 있습니다.
    """),
  foot="본 메일은 발신전용입니다. 홈택스 상담센터 국번없이 126")

M("ham", "txn-gov24", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("정부24", "gov24_noreply@gov.kr"), to=SEOYEON,
  subj="[정부24] 신청하신 민원의 처리가 완료되었습니다", d="2025-04-22 11:17",
  html="auto", skin="brand2", brand="정부24", color="#1a5fb4",
  text=T("""
    민원 처리 완료 안내

    김서연 님께서 신청하신 민원이 처리 완료되었습니다.

    민원명: 전입신고
    접수번호: 2025-0422-xxxxxx
    처리기관: 서울특별시 마포구 망원1동 행정복지센터
    처리일시: 2025-04-22 11:15

    처리 결과는 정부24(https://www.gov.kr) > 마이정부 > 신청내역에서 확인하실 수 있습니다.
    """),
  foot="행정안전부 정부24 | 정부민원안내콜센터 국번없이 110")

M("ham", "txn-health-insurance", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("국민건강보험공단", "nhis_noreply@nhis.or.kr"), to=MINJUN,
  subj="[국민건강보험] 2025년 일반건강검진 대상자 안내", d="2025-03-04 10:00",
  html="auto", skin="brand", brand="국민건강보험", color="#00a651",
  text=T("""
    2025년 건강검진 대상자 안내

    최민준 님은 2025년 일반건강검진 대상자입니다.
    올해 12월 31일까지 가까운 검진기관에서 무료로 검진받으실 수 있습니다.

    - 검진항목: 일반건강검진, 위암 검진(만 40세 이상)
    - 준비물: 신분증
    - 검진기관 찾기: The건강보험 앱 또는 https://www.nhis.or.kr

    공단은 검진 결과나 환급금 조회를 이유로 출처가 불분명한 링크를 보내지 않습니다.
    """),
  foot="국민건강보험공단 | 강원특별자치도 원주시 건강로 32 | 고객센터 1577-1000")

M("ham", "txn-pension", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("국민연금공단", "nps_noreply@nps.or.kr"), to=HAEUN,
  subj="[국민연금] 2025년 국민연금 가입내역 안내서", d="2025-07-21 13:30",
  html="auto", skin="brand3", brand="국민연금공단", tagline="가입내역 안내", color="#f39800",
  text=T("""
    정하은 님의 국민연금 가입내역을 알려드립니다.

    가입기간: 121개월 (2015.06 ~ 2025.06)
    납부한 보험료 총액: 27,840,600원
    예상 연금월액(현재가치): 노령연금 개시 시점 기준 약 73만 원

    예상 연금액은 향후 소득과 가입기간에 따라 달라질 수 있습니다.
    상세 내역은 내 곁에 국민연금 앱 또는 https://www.nps.or.kr 에서 확인하세요.
    """),
  foot="국민연금공단 | 전북특별자치도 전주시 덕진구 기지로 180 | 국번없이 1355")

M("ham", "txn-portal-login", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("네이버", "naver_noreply@navercorp.com"), to=("이서준", "seojun.lee@seoyeon.test"),
  subj="[네이버] 새로운 환경에서 로그인 되었습니다.", d="2025-12-03 08:12",
  text_only_html=True, html="auto", skin="brand2", brand="NAVER", color="#03c75a",
  text=T("""
    새로운 환경에서 로그인 되었습니다.

    회원님의 네이버 아이디(sj***)로 새로운 환경에서 로그인한 기록이 있습니다.

    일시: 2025.12.03 08:11
    IP: 203.0.113.88 (대한민국)
    기기: Chrome / Windows

    본인이 로그인한 경우 이 메일을 무시하셔도 됩니다.
    본인이 아니라면 네이버 > 내정보 > 보안설정(https://nid.naver.com)에서 비밀번호를 변경해 주세요.
    """),
  foot="본 메일은 발신전용입니다.\n네이버㈜ 경기도 성남시 분당구 정자일로 95, NAVER 1784")

M("ham", "txn-portal-password", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("Kakao", "noreply@kakaocorp.com"), to=YERIN,
  subj="[카카오] 카카오계정 비밀번호가 변경되었습니다", d="2025-05-30 22:47",
  html="auto", skin="brand", brand="kakao", color="#fee500",
  text=T("""
    비밀번호 변경 안내

    카카오계정(ye***@kang-home.test)의 비밀번호가 변경되었습니다.
    변경 일시: 2025년 5월 30일 22:46

    본인이 변경한 것이 아니라면 즉시 카카오 고객센터(https://cs.kakao.com)에서 도움을 받으세요.
    카카오는 메일로 비밀번호나 인증번호를 묻지 않습니다.
    """),
  foot="㈜카카오 제주특별자치도 제주시 첨단로 242")

M("ham", "txn-portal-dormant", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("Daum", "noreply@daum.net"), to=("최경자", "kyungja.choi@choi-family.test"),
  subj="[Daum] 장기 미사용 메일 계정 휴면 전환 예정 안내", d="2025-08-11 10:40",
  html="auto", skin="brand3", brand="Daum", tagline="메일", color="#3b82f6",
  text=T("""
    최경자 님, 안녕하세요.

    회원님의 Daum 메일 계정이 1년 이상 사용되지 않아 2025년 9월 11일 휴면 상태로 전환될 예정입니다.
    휴면 상태가 되면 메일 수신이 중단됩니다.

    계속 사용하시려면 기한 전에 Daum(https://www.daum.net)에 직접 접속해 로그인만 해 주세요.
    이 메일의 링크를 통하지 않고 주소창에 직접 입력하셔도 됩니다.
    """),
  foot="㈜카카오 | 고객센터 https://cs.kakao.com")

M("ham", "txn-fintech", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("토스", "no-reply@toss.im"), to=DOHYUN,
  subj="[토스] 11월 송금·결제 내역 요약", d="2025-12-01 12:00",
  html="auto", skin="brand", brand="toss", color="#0064ff",
  text=T("""
    11월 한 달, 이렇게 쓰셨어요 💙

    송금 23건 · 812,000원
    토스페이 결제 41건 · 1,245,300원
    받은 돈 7건 · 390,000원

    가장 많이 보낸 사람: 박상철 님 (5회)
    자세한 내역은 토스 앱 > 전체 > 내 소비에서 볼 수 있어요.

    토스는 고객센터를 사칭한 전화·문자로 앱 설치나 송금을 요청하지 않아요.
    """),
  foot="㈜비바리퍼블리카 서울특별시 강남구 테헤란로 131 | 고객센터 1599-4905")

M("ham", "txn-payment", prof="brand", cs="utf-8", cte="quoted-printable", auto=True,
  frm=("네이버페이", "naverpay_noreply@navercorp.com"), to=SEOYEON,
  subj="[네이버페이] 결제가 완료되었습니다", d="2025-10-09 14:03",
  html="auto", skin="brand2", brand="N pay", color="#03c75a",
  text=T("""
    결제 완료

    주문번호 2025100918xxxxxx
    상품: 무선 이어폰 케이스 (화이트)
    판매자: 폰케이스공방
    결제금액: 14,900원 (네이버페이 포인트 1,000원 사용)

    주문 상세는 네이버페이(https://pay.naver.com) > 결제내역에서 확인하세요.
    """),
  foot="네이버파이낸셜㈜ | 경기도 성남시 분당구 정자일로 95")

M("ham", "txn-shopping", prof="brand", cs="euc-kr", cte="base64", auto=True,
  frm=("11번가", "11st_noreply@11st.co.kr"), to=HAEUN,
  subj="[11번가] 주문하신 상품의 배송이 시작되었습니다", d="2025-02-24 17:20",
  html="auto", skin="brand", brand="11st", color="#ff0038",
  text=T("""
    배송 시작 안내

    정하은 고객님, 주문하신 상품의 배송이 시작되었습니다.

    주문번호: 2025022412xxxxxx
    상품명: 국산 햇 양파 5kg
    택배사: 한진택배 / 송장번호 5200-xxxx-3381

    배송 조회는 11번가 앱 > 나의 11번가 > 주문/배송 조회에서 확인하실 수 있습니다.
    """),
  foot="11번가㈜ 서울특별시 중구 한강대로 416 | 고객센터 1599-0110")

M("ham", "txn-ticketing", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("인터파크티켓", "ticket_noreply@interpark.com"), to=YERIN,
  subj="[인터파크티켓] 예매가 완료되었습니다 - 뮤지컬 <시간의 정원>", d="2025-09-18 20:11",
  html="auto", skin="brand2", brand="INTERPARK TICKET", color="#ef3e43",
  text=T("""
    예매 완료 안내

    예매번호: T18472xxxx
    공연명: 뮤지컬 <시간의 정원>
    일시: 2025년 10월 25일(토) 19:00
    장소: 블루스퀘어 신한카드홀
    좌석: R석 1층 C구역 8열 14번, 15번
    결제금액: 300,000원 (예매수수료 4,000원 포함)

    취소 마감: 2025년 10월 24일(금) 17:00
    모바일 티켓은 공연 당일 NOL 인터파크 앱에서 확인하실 수 있습니다.
    """),
  foot="고객센터 1544-1555")

M("ham", "txn-insurance", prof="brand", cs="ks_c_5601-1987", cte="quoted-printable", auto=True,
  frm=("교보생명", "kyobo_noreply@kyobo.com"), to=("강성철", "sc.kang@kang-home.test"),
  subj="[교보생명] 보험료 자동이체 출금 예정 안내", d="2025-06-20 09:10",
  html="auto", skin="brand3", brand="교보생명", tagline="계약 안내", color="#0a9e73",
  text=T("""
    강성철 고객님, 보험료 자동이체 출금 예정일을 안내드립니다.

    계약: 교보 건강보험(갱신형)
    출금 예정일: 2025년 6월 25일
    출금 금액: 87,200원
    출금 계좌: 농협 ***-****-****-21

    잔액 부족으로 2회 이상 미납 시 계약이 실효될 수 있으니 확인 부탁드립니다.
    """),
  foot="교보생명보험㈜ 서울특별시 종로구 종로 1 | 고객센터 1588-1001")

M("ham", "txn-securities-dividend", prof="brand", cs="euc-kr", cte="quoted-printable", auto=True,
  frm=("삼성증권", "samsungpop_noreply@samsungpop.com"), to=("이정민", "jm.lee@hanbit-trade.example"),
  subj="[삼성증권] 해외주식 배당금 입금 안내", d="2025-04-01 07:40",
  text=T("""
    [삼성증권] 해외주식 배당금 입금 안내

    이정민 고객님, 보유하신 해외주식의 배당금이 입금되었습니다.

    종목: SPDR S&P 500 ETF Trust (SPY)
    배당기준일: 2025-03-21
    세전 배당금: USD 18.42 / 현지 원천징수 USD 2.76
    입금액: USD 15.66
    입금계좌: 종합 ***-**-**1120

    배당금은 해외주식 양도소득과 별도로 금융소득에 합산됩니다.
    고객센터 1588-2323 / https://www.samsungpop.com
    """))

M("ham", "txn-bank-deposit", prof="brand", cs="utf-8", cte="base64", auto=True,
  frm=("카카오뱅크", "noreply@kakaobank.com"), to=("송지훈", "jihoon.song@ourmail.test"),
  subj="[카카오뱅크] 정기예금 만기 안내", d="2026-03-02 10:00",
  html="auto", skin="brand", brand="kakaobank", color="#ffe300",
  text=T("""
    정기예금 만기가 다가왔어요

    송지훈 님의 정기예금이 2026년 3월 9일 만기됩니다.

    가입금액: 10,000,000원
    적용금리: 연 3.10%
    세후 예상이자: 262,260원

    만기일에 원금과 이자는 연결된 입출금통장으로 자동 입금됩니다.
    재예치는 카카오뱅크 앱에서 만기일 이후 언제든 가능해요.
    """),
  foot="㈜카카오뱅크 | 고객센터 1599-3333")


# ------------------------------------------------------ ham: newsletters & lists
M("ham", "news-newsletter", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("모닝브리프", "letter@morningbrief.example"), to=JIWOO, precedence="bulk",
  unsub="https://morningbrief.example/unsubscribe?u=7f3a91c2&l=daily", feedback_id="mb-daily:2025-1104:esp",
  subj="[모닝브리프] 금리 동결 후 대출 시장, 코인은 왜 또 흔들렸나", d="2025-11-04 06:30",
  html="auto", skin="newsletter", brand="모닝브리프", color="#ff5a36", pixel="https://t.morningbrief.example/o/7f3a91c2.gif",
  text=T("""
    좋은 아침이에요, 지우 님 ☕

    오늘의 브리프
    1. 기준금리 동결, 주담대 금리는 오히려 올랐다?
    2. 비트코인 하루 8% 급락, 무슨 일이
    3. 청년 부업 열풍의 그늘

    금리 동결인데 대출 금리는 왜
    한국은행이 기준금리를 동결했지만 은행들은 가계대출 관리를 이유로 가산금리를 올리고 있어요.
    DSR 규제가 강화되면서 "대출 갈아타기" 수요도 주춤한 모습이에요.

    코인 시장 급락
    미국 ETF 자금 유출 소식에 비트코인이 하루 만에 8% 넘게 떨어졌어요.
    이럴 때 "손실 복구 보장" 같은 리딩방 광고가 늘어나니 특히 조심하세요.

    부업 열풍의 그늘
    "하루 1시간 재택 부업" 광고를 보고 선입금했다가 피해를 보는 사례가 늘고 있어요.
    경찰청은 선입금을 요구하는 부업은 모두 사기로 봐도 된다고 안내했어요.

    모닝브리프는 매주 평일 아침 6시 30분에 도착해요.
    구독 해지: https://morningbrief.example/unsubscribe?u=7f3a91c2&l=daily
    ㈜모닝브리프 | 서울특별시 마포구 양화로 xx | contact@morningbrief.example
    """))

M("ham", "news-alumni", prof="list", cs="euc-kr", cte="base64",
  frm=("한울고등학교 총동문회", "office@hanul-hs-alumni.example"), to=MINJUN, precedence="bulk",
  list_id="<notice.hanul-hs-alumni.example>",
  subj="[한울고 총동문회] 2026년 정기총회 및 송년의 밤 안내", d="2025-11-20 10:00",
  html="auto", skin="brand2", brand="한울고등학교 총동문회", color="#7a1f2b",
  text=T("""
    2026년 정기총회 및 송년의 밤 안내

    동문 여러분, 안녕하십니까. 한울고등학교 총동문회 사무국입니다.

    일시: 2025년 12월 13일(토) 오후 6시
    장소: 서울 중구 프레지던트호텔 31층 모짜르트홀
    회비: 1인 7만 원 (30회 이하 기수 5만 원)

    총회 안건: 2025년 결산 보고, 2026년 사업계획 및 신임 회장 인준
    장학기금 모금 현황도 보고드릴 예정입니다.

    참석 회신은 기수별 총무님께 12월 5일까지 부탁드립니다.
    사무국 02-736-41xx
    """))

M("ham", "news-church", prof="esp", cs="utf-8", cte="base64",
  frm=("새빛교회", "news@saebit-church.example"), to=HAEUN, precedence="bulk",
  unsub="https://saebit-church.example/mail/unsub?m=2231", one_click=False,
  subj="[새빛교회] 12월 셋째 주 교회 소식", d="2025-12-19 17:00",
  html="auto", skin="brand", brand="새빛교회", color="#5b3f8f",
  text=T("""
    12월 셋째 주 교회 소식

    성탄 감사 예배: 12월 25일(목) 오전 11시, 본당
    성탄 전야 찬양제: 12월 24일(수) 오후 7시 30분, 교육관
    연말 구제 헌금은 지역 푸드뱅크와 한부모 가정 지원에 전액 사용됩니다.

    주차 안내: 성탄 예배 당일은 인근 초등학교 운동장을 임시 주차장으로 사용합니다.
    새가족 등록 문의는 교회 사무실(031-902-xxxx)로 연락 주세요.

    소식 메일 수신을 원하지 않으시면 아래 링크에서 해지하실 수 있습니다.
    https://saebit-church.example/mail/unsub?m=2231
    """))

M("ham", "news-apartment", prof="list", cs="euc-kr", cte="8bit",
  frm=("푸른숲마을2단지 관리사무소", "office@pureunsup2.example"), to=SEOYEON,
  subj="[관리사무소] 승강기 교체 공사 일정 및 11월 관리비 안내", d="2025-11-24 16:30",
  text=T("""
    푸른숲마을 2단지 입주민 여러분께

    1. 승강기 교체 공사 안내
       - 대상: 203동 1, 2호기
       - 기간: 2025년 12월 1일(월) ~ 12월 26일(금)
       - 공사 기간 중 1, 2호기를 번갈아 운행하며, 이사 일정은 관리사무소와 사전 협의 바랍니다.

    2. 11월 관리비 부과 안내
       - 세대 평균 관리비: 284,120원 (전월 대비 난방비 상승)
       - 납부 마감: 12월 31일, 자동이체 세대는 12월 25일 출금

    3. 입주자대표회의 결과
       - 장기수선충당금 인상(안) 다음 달 동별 대표 회의에서 재논의

    관리사무소 031-957-xxxx / 평일 09:00~18:00
    """))

M("ham", "news-club-list", prof="list", cs="utf-8", cte="8bit", plain_prefix=True,
  frm=("배수아", "sua.bae@ourmail.test"), to=("산사랑 등산모임", "sansarang@lists.ourmail.test"), rcpt="seoyeon@seoyeon.test",
  list_id="산사랑 등산모임 <sansarang.lists.ourmail.test>",
  unsub="https://lists.ourmail.test/mailman/options/sansarang", unsub_mail="sansarang-request@lists.ourmail.test", one_click=False,
  mfrom="sansarang-bounces@lists.ourmail.test", dkim="lists.ourmail.test", precedence="list",
  xh=["List-Post: <mailto:sansarang@lists.ourmail.test>",
      "List-Help: <mailto:sansarang-request@lists.ourmail.test?subject=help>",
      "List-Archive: <https://lists.ourmail.test/pipermail/sansarang/>",
      "X-BeenThere: sansarang@lists.ourmail.test",
      "Sender: \"sansarang\" <sansarang-bounces@lists.ourmail.test>",
      "Errors-To: sansarang-bounces@lists.ourmail.test"],
  subj="[산사랑] 3월 정기산행 - 관악산 사당능선 (3/15)", d="2025-03-05 21:10",
  text=T("""
    산사랑 회원님들 안녕하세요, 3월 산행대장 배수아입니다.

    ▶ 일시: 3월 15일(토) 오전 9시
    ▶ 집결: 사당역 4번 출구 앞
    ▶ 코스: 사당능선 → 관악문 → 연주대 → 서울대 하산 (약 5시간)
    ▶ 난이도: 중 (바위 구간 있음, 장갑 필수)

    아직 응달에는 얼음이 남아 있을 수 있으니 아이젠 챙겨 오세요.
    참석하실 분은 이 메일에 답장하거나 카페 게시판에 댓글 남겨 주세요.

    _______________________________________________
    sansarang mailing list
    sansarang@lists.ourmail.test
    https://lists.ourmail.test/mailman/listinfo/sansarang
    """))

M("ham", "news-tech-list", prof="list", cs="utf-8", cte="base64", plain_prefix=True, reply=2,
  frm=("Yoon, Jaesung", "js.yoon@daon-mall.example"), to=("파이썬 한국 사용자 모임", "users@lists.pykr-community.example"), rcpt="taeho.oh@bluepeak-soft.example",
  list_id="<users.lists.pykr-community.example>",
  unsub="https://lists.pykr-community.example/unsubscribe/users", unsub_mail="users+unsubscribe@lists.pykr-community.example", one_click=False,
  mfrom="users+bounces@lists.pykr-community.example", dkim="lists.pykr-community.example", precedence="list",
  xh=["List-Post: <mailto:users@lists.pykr-community.example>",
      "List-Archive: <https://lists.pykr-community.example/archives/users>"],
  subj="Re: [pykr-users] email 모듈로 EUC-KR 메일 파싱할 때 깨지는 문제", d="2025-07-03 14:55",
  text=T("""
    안녕하세요, 윤재성입니다.

    저도 예전에 같은 문제를 겪었는데, 헤더의 charset이 ks_c_5601-1987로 되어 있으면
    파이썬에서는 euc_kr 코덱으로 매핑되어서 확장 완성형 글자(예: 똠, 햏)가 깨지더라고요.
    저는 charset 이름을 보고 cp949로 직접 디코딩하도록 처리했습니다.

        payload = part.get_payload(decode=True)
        text = payload.decode("cp949", errors="replace")

    그리고 제목은 email.header.decode_header 결과를 하나씩 돌면서 같은 방식으로 처리했습니다.

    2025년 7월 3일 (목) 오전 11:20, 김태윤 <ty.kim@ourmail.test>님이 작성:
    > 회사 레거시 시스템에서 오는 메일을 파싱하는데 본문 일부 글자가 물음표로 나옵니다.
    > Content-Type은 text/plain; charset=ks_c_5601-1987 입니다.
    > 혹시 비슷한 경험 있으신 분 계실까요?

    --
    users mailing list -- users@lists.pykr-community.example
    To unsubscribe send an email to users-leave@lists.pykr-community.example
    """))

M("ham", "news-webinar-ad", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("클라우드게이트", "webinar@cloudgate.example"), to=TAEHO, precedence="bulk",
  unsub="https://cloudgate.example/unsubscribe?e=taeho.oh%40bluepeak-soft.example&c=wb1204",
  unsub_mail="unsubscribe@cloudgate.example", feedback_id="wb1204:cloudgate:marketing",
  subj="(광고) [무료 웨비나] 2026 제로트러스트 보안 전략 - 12월 4일(목) 오후 2시", d="2025-11-25 10:00",
  html="auto", skin="brand", brand="CloudGate", color="#00796b",
  button=("웨비나 사전등록", "https://cloudgate.example/webinar/zt2026?utm_source=email"),
  text=T("""
    2026 제로트러스트 보안 전략 웨비나

    오태호 님, 안녕하세요. 클라우드게이트입니다.
    원격근무와 SaaS 확대로 계정 탈취 공격이 늘어나는 가운데,
    중견·중소기업이 바로 적용할 수 있는 제로트러스트 로드맵을 소개합니다.

    일시: 2025년 12월 4일(목) 14:00~15:00 (온라인)
    세션1: 2025년 국내 피싱·계정탈취 동향
    세션2: MFA, 단말 인증, 최소권한 적용 사례
    세션3: Q&A

    사전등록: https://cloudgate.example/webinar/zt2026?utm_source=email

    본 메일은 2025년 3월 자료 다운로드 시 마케팅 정보 수신에 동의하신 분께 발송되었습니다.
    수신거부: https://cloudgate.example/unsubscribe?e=taeho.oh%40bluepeak-soft.example&c=wb1204
    ㈜클라우드게이트 | 서울특별시 강남구 테헤란로 xxx | 02-6000-12xx
    """))

M("ham", "news-recruiting", prof="esp", cs="utf-8", cte="base64",
  frm=("사람인", "saramin@saramin.co.kr"), to=("이정민", "jm.lee@hanbit-trade.example"),
  unsub="https://www.saramin.co.kr/zf_user/member/mail-setting", precedence="bulk",
  subj="[사람인] 정민 님이 관심 가질 만한 공고 5건", d="2025-10-14 08:00",
  html="auto", skin="brand2", brand="saramin", color="#4876ef",
  text=T("""
    정민 님을 위한 추천 공고

    - [중견 무역상사] 해외영업(일본) 경력 3~7년 | 서울 중구
    - [식자재 유통] 구매/SCM 대리~과장 | 경기 성남
    - [물류 스타트업] B2B 영업 매니저 | 서울 성동구
    - [제조] 수출입 통관 담당 | 인천 남동구
    - [외국계] Sales Operations Specialist | 서울 강남구

    추천 공고는 정민 님의 이력서와 관심 설정을 바탕으로 선정됩니다.
    추천 메일 설정 변경: https://www.saramin.co.kr/zf_user/member/mail-setting
    ㈜사람인 | 고객센터 02-2025-4733
    """))

M("ham", "news-recruiting", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("원티드", "noreply@wanted.co.kr"), to=TAEHO,
  unsub="https://www.wanted.co.kr/profile/settings", precedence="bulk",
  subj="[원티드] 태호 님, 새로운 포지션 제안이 도착했어요", d="2025-06-10 11:30",
  text_only_html=True, html="auto", skin="brand", brand="wanted", color="#3366ff",
  button=("제안 확인하기", "https://www.wanted.co.kr/profile/matching"),
  text=T("""
    새로운 포지션 제안이 도착했어요

    ㈜그린핀테크에서 태호 님의 프로필을 보고 포지션을 제안했어요.
    포지션: 백엔드 리드 (Python/Go)
    제안 연봉: 면접 후 협의
    제안 유효기간: 2025년 6월 17일까지

    제안을 수락해야 회사에 연락처가 공개돼요.
    """),
  foot="㈜원티드랩 서울특별시 송파구 올림픽로 300 | 알림 설정은 원티드 > 설정에서 바꿀 수 있어요.")

M("ham", "news-recruiting", prof="esp", cs="euc-kr", cte="base64",
  frm=("잡코리아", "jobkorea@jobkorea.co.kr"), to=MINA,
  unsub="https://www.jobkorea.co.kr/User/Mng/MailSetting",
  subj="[잡코리아] 기업이 회원님의 이력서를 열람했습니다", d="2025-12-09 15:20",
  html="auto", skin="brand3", brand="JOBKOREA", tagline="이력서 열람 알림", color="#0a50d0",
  text=T("""
    조미나 님, 안녕하세요.

    최근 7일간 3개 기업이 회원님의 이력서를 열람했습니다.
    - ㈜데이터브릿지 (IT/데이터 분석)
    - 한솔유통㈜ (유통/마케팅)
    - 비공개 기업 1곳

    이력서 공개 설정은 잡코리아 > 이력서 관리에서 변경하실 수 있습니다.
    메일 수신 설정: https://www.jobkorea.co.kr/User/Mng/MailSetting
    """),
  foot="㈜잡코리아 | 고객센터 1588-9350")

M("ham", "news-ticketing-ad", prof="esp", cs="utf-8", cte="base64",
  frm=("멜론티켓", "ticket@melon.com"), to=YERIN, precedence="bulk",
  unsub="https://ticket.melon.com/member/mailreject.htm",
  subj="(광고) [멜론티켓] 이번 주 티켓오픈 일정 - 연말 콘서트 라인업 공개", d="2025-10-27 12:00",
  html="auto", skin="newsletter", brand="Melon Ticket", color="#00cd3c",
  text=T("""
    이번 주 티켓오픈

    10/29(수) 20:00 | 2025 연말 단독 콘서트 <겨울, 우리> - 올림픽공원 핸드볼경기장
    10/30(목) 20:00 | 인디 밴드 연합 공연 <소리의 숲> - 예스24 라이브홀
    10/31(금) 14:00 | 클래식 갈라 <송년 음악회> - 롯데콘서트홀

    선예매는 멜론 이용권 보유 회원에게 1시간 먼저 열려요.
    매크로·부정 예매가 확인되면 예매가 취소될 수 있어요.

    본 메일은 광고성 정보 수신에 동의하신 회원에게 발송됩니다.
    수신거부: https://ticket.melon.com/member/mailreject.htm
    ㈜카카오엔터테인먼트 | 고객센터 1899-0042
    """))

M("ham", "news-books-ad", prof="esp", cs="euc-kr", cte="quoted-printable",
  frm=("YES24", "yes24@yes24.com"), to=HAEUN, precedence="bulk",
  unsub="https://www.yes24.com/Member/MailReject",
  subj="(광고) [YES24] 11월 이달의 신간 & 연말 도서 최대 15% 할인", d="2025-11-07 09:30",
  html="auto", skin="brand2", brand="YES24", color="#0080ff",
  text=T("""
    11월 이달의 신간

    소설 | <바다가 들려준 이름> 장편소설, 출간 즉시 베스트셀러
    경제 | <2026 트렌드 리포트> 사전 예약 중
    인문 | <느리게 읽는 역사> 북토크 신청 가능

    연말 도서 기획전: 11/7 ~ 11/30, 최대 15% 할인 + 마일리지 5%

    (광고) 본 메일은 수신에 동의한 회원에게 발송되었습니다.
    수신을 원하지 않으시면 https://www.yes24.com/Member/MailReject 에서 수신거부하실 수 있습니다.
    예스이십사㈜ | 서울특별시 영등포구 은행로 11 | 고객센터 1544-3800
    """))

M("ham", "news-membership", prof="esp", cs="utf-8", cte="base64",
  frm=("CGV", "cgv@cgv.co.kr"), to=SEOYEON,
  subj="[CGV] 2026년 VIP 등급 선정 안내", d="2026-01-02 10:00",
  html="auto", skin="brand3", brand="CGV", tagline="VIP LOUNGE", color="#e71a0f",
  text=T("""
    김서연 님, 2026년 CGV VIP로 선정되신 것을 축하드립니다.

    등급: VIP
    유효기간: 2026.01.01 ~ 2026.12.31
    혜택: 생일 콤보 쿠폰, 매월 무료 음료, 포인트 추가 적립

    등급 혜택은 CGV 앱 > MY > 멤버십에서 확인하실 수 있습니다.
    """),
  foot="CJ CGV㈜ | 고객센터 1544-1122")

M("ham", "news-membership-ad", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("올리브영", "oliveyoung@oliveyoung.co.kr"), to=YERIN, precedence="bulk",
  unsub="https://www.oliveyoung.co.kr/store/mypage/mailReject.do",
  subj="(광고) [올리브영] 예린 님, 12월 올영세일 GOLD 회원 혜택 🎁", d="2025-11-29 11:00",
  html="auto", skin="newsletter", brand="OLIVE YOUNG", color="#9bce26",
  text=T("""
    12월 올영세일이 시작돼요 🎁

    기간: 12월 1일 ~ 12월 7일
    GOLD 회원 전용 15% 추가 할인 쿠폰 1장
    오늘드림 무료배송 쿠폰 2장

    쿠폰은 올리브영 앱 > 쿠폰함에 자동 발급되었어요.

    본 메일은 광고성 정보 수신에 동의한 회원님께 발송됩니다.
    수신거부: https://www.oliveyoung.co.kr/store/mypage/mailReject.do
    ㈜씨제이올리브영 | 서울특별시 용산구 한강대로 372 | 고객센터 1577-4887
    """))

M("ham", "news-university-dept", prof="list", cs="utf-8", cte="quoted-printable",
  frm=("연희대 경영학과 사무실", "biz@yeonhee-univ.example"), to=MINA,
  list_id="<grad.biz.yeonhee-univ.example>",
  subj="[경영학과] 2025-2학기 대학원 학위논문 심사 일정 안내", d="2025-10-20 14:00",
  html="auto", skin="webmail",
  text=T("""
    대학원생 여러분께

    2025학년도 2학기 학위논문 심사 일정을 안내드립니다.

    - 심사 신청: 10월 27일 ~ 10월 31일 (학과 사무실 방문 또는 이메일)
    - 예비심사: 11월 24일 ~ 11월 28일
    - 본심사: 12월 8일 ~ 12월 12일
    - 최종본 제출: 2026년 1월 9일까지 (도서관 원문 등록 포함)

    심사비 납부 및 표절검사 결과서(유사도 20% 이하)를 함께 제출해야 합니다.

    경영학과 사무실 드림
    """))

M("ham", "news-conference", prof="esp", cs="utf-8", cte="base64",
  frm=("DevCon Seoul 2025", "hello@devcon-seoul.example"), to=TAEHO,
  unsub="https://devcon-seoul.example/email/preferences?t=aa91c", feedback_id="reg:devcon2025:transactional",
  subj="[DevCon Seoul 2025] 등록이 확인되었습니다 - 세션 시간표 안내", d="2025-08-26 19:00",
  html="auto", skin="brand", brand="DevCon Seoul 2025", color="#111111",
  text=T("""
    등록이 확인되었습니다

    오태호 님, DevCon Seoul 2025에 등록해 주셔서 감사합니다.

    일시: 2025년 9월 20일(토) 09:30~18:00
    장소: 서울 강남구 코엑스 그랜드볼룸
    입장: 현장에서 아래 등록번호 또는 QR 확인
    등록번호: DCS25-04182

    주요 세션
    10:00 키노트 - 한국어 LLM 서비스 운영기
    13:30 트랙A - 대규모 메일 시스템의 스팸 대응 사례
    15:00 트랙B - 결제 시스템 장애 회고

    전체 시간표: https://devcon-seoul.example/schedule
    """),
  foot="DevCon Seoul 준비위원회 | hello@devcon-seoul.example")

M("ham", "news-health", prof="esp", cs="euc-kr", cte="base64",
  frm=("바른내과의원", "news@bareun-clinic.example"), to=("최경자", "kyungja.choi@choi-family.test"),
  unsub="https://bareun-clinic.example/newsletter/off?id=3391", one_click=False,
  subj="[바른내과 건강편지] 겨울철 혈압 관리와 다이어트약 바로 알기", d="2025-12-05 09:00",
  html="auto", skin="brand2", brand="바른내과 건강편지", color="#2b8a3e",
  text=T("""
    겨울철 혈압 관리

    기온이 떨어지면 혈관이 수축해 혈압이 오르기 쉽습니다.
    혈압약은 임의로 끊지 마시고, 아침 외출 시 목도리와 모자로 보온해 주세요.

    다이어트약, 이것만은 꼭
    GLP-1 계열 비만 치료제는 반드시 의사 진료 후 처방받아야 합니다.
    SNS나 해외 직구로 판매되는 "처방 없이 구매 가능" 제품은 가짜이거나 성분이 확인되지 않아 위험합니다.

    독감 예방접종은 12월까지 가능합니다. 65세 이상은 무료입니다.

    바른내과의원 | 경기도 고양시 일산동구 xx로 12 | 031-905-xxxx
    건강편지 수신을 원치 않으시면 https://bareun-clinic.example/newsletter/off?id=3391
    """))

M("ham", "news-bookclub-list", prof="list", cs="utf-8", cte="quoted-printable",
  frm=("책읽는수요일 모임지기", "bookclub.host@ourmail.test"), to=("책읽는수요일", "wed-books@groups.ourmail.test"), rcpt="seoyeon@seoyeon.test",
  list_id="<wed-books.groups.ourmail.test>", mfrom="wed-books+bncBAA@groups.ourmail.test", dkim="groups.ourmail.test",
  unsub="https://groups.ourmail.test/g/wed-books/unsubscribe", unsub_mail="wed-books+unsubscribe@groups.ourmail.test", one_click=False,
  subj="[책읽는수요일] 12월 선정 도서와 모임 장소 변경", d="2025-11-30 20:40",
  text=T("""
    안녕하세요, 책읽는수요일 모임지기입니다.

    12월 선정 도서는 투표 결과 <소년이 온다>로 정해졌습니다.
    모임은 12월 17일(수) 저녁 7시 30분, 이번 달만 망원동 "책방 골목" 2층에서 합니다.

    발제는 서연 님, 다과는 지훈 님이 준비해 주시기로 했어요.
    연말이라 모임 후 간단한 송년회도 있습니다.

    --
    이 메일은 그룹스의 "책읽는수요일" 그룹을 구독하셨기 때문에 발송되었습니다.
    구독을 취소하려면 wed-books+unsubscribe@groups.ourmail.test 로 이메일을 보내세요.
    """))

M("ham", "news-pta", prof="esp", cs="euc-kr", cte="quoted-printable",
  frm=("하늘초 학부모회", "pta@haneul-es.example"), to=MINJUN,
  subj="[하늘초 학부모회] 겨울방학 안전 캠페인 봉사자 모집", d="2025-12-08 13:00",
  html="auto", skin="webmail",
  text=T("""
    하늘초등학교 학부모님들께

    학부모회에서 겨울방학 전 등하굣길 안전 캠페인 봉사자를 모집합니다.
    - 일시: 12월 15일(월) ~ 19일(금) 08:20~08:50
    - 장소: 정문 횡단보도, 후문 사거리
    - 신청: 학년 대표 학부모에게 12월 11일까지 회신

    봉사 시간은 학부모 봉사 확인서로 발급해 드립니다.
    많은 참여 부탁드립니다.

    하늘초등학교 학부모회 드림
    """))

M("ham", "news-local-gov", prof="esp", cs="utf-8", cte="base64",
  frm=("마포구청", "news@mapo.go.kr"), to=SEOYEON,
  unsub="https://www.mapo.go.kr/site/main/newsletter/reject", one_click=False,
  subj="[마포소식] 12월 구정 소식지 - 겨울철 한파 쉼터 운영 안내", d="2025-12-02 10:00",
  html="auto", skin="newsletter", brand="마포소식", color="#00843d",
  text=T("""
    한파 쉼터 운영

    12월부터 2월까지 주민센터와 경로당 등 120곳을 한파 쉼터로 운영합니다.
    운영 시간: 평일 09:00~18:00 (한파특보 시 연장)

    생활폐기물 배출 시간 변경
    1월 1일부터 종량제 봉투 배출 시간이 오후 6시~자정으로 바뀝니다.

    구민 문화강좌 수강생 모집
    겨울학기 요가, 캘리그라피, 스마트폰 활용 강좌를 12월 10일까지 선착순 모집합니다.

    소식지 수신을 원하지 않으시면 https://www.mapo.go.kr/site/main/newsletter/reject
    마포구청 | 서울특별시 마포구 월드컵로 212 | 다산콜센터 120
    """))

M("ham", "news-gym-membership", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("핏앤짐 망원점", "manwon@fitngym.example"), to=HAEUN,
  subj="[핏앤짐] 회원권 만료 7일 전 안내", d="2025-07-24 12:00",
  html="auto", skin="brand2", brand="FIT & GYM", color="#ff3d00",
  text=T("""
    회원권 만료 안내

    정하은 회원님, 이용 중인 6개월 회원권이 2025년 7월 31일 만료됩니다.
    연장을 원하시면 프런트 또는 앱에서 결제해 주세요.

    기존 회원 연장 시 PT 1회 무료 체험을 드립니다.
    개인 락커는 만료일 다음 날 정리되니 소지품을 챙겨 주세요.
    """),
  foot="핏앤짐 망원점 | 서울특별시 마포구 망원로 xx, B1 | 02-332-xxxx")

M("ham", "news-airline-ad", prof="esp", cs="utf-8", cte="base64",
  frm=("대한항공 SKYPASS", "skypass@koreanair.com"), to=JIWOO, precedence="bulk",
  unsub="https://www.koreanair.com/skypass/unsubscribe",
  subj="(광고) [SKYPASS] 마일리지로 떠나는 겨울 여행 - 보너스 항공권 공석 안내", d="2025-11-18 10:00",
  html="auto", skin="brand", brand="SKYPASS", color="#00256c",
  text=T("""
    마일리지로 떠나는 겨울 여행

    박지우 회원님의 현재 마일리지: 48,210 마일
    12월~2월 보너스 항공권 공석이 많은 노선을 소개합니다.
    - 인천 ↔ 삿포로 (왕복 30,000마일부터)
    - 인천 ↔ 다낭 (왕복 40,000마일부터)

    마일리지 유효기간이 지나기 전에 사용해 보세요.

    (광고) 본 메일은 광고성 정보 수신에 동의하신 회원님께 발송됩니다.
    수신거부: https://www.koreanair.com/skypass/unsubscribe
    ㈜대한항공 | 서울특별시 강서구 하늘길 260 | 1588-2001
    """))

M("ham", "news-card-ad", prof="esp", cs="euc-kr", cte="base64",
  frm=("현대카드", "event@hyundaicard.com"), to=TAEHO, precedence="bulk",
  unsub="https://www.hyundaicard.com/cpc/ma/CPCMA0201_01.hc",
  subj="(광고) [현대카드] 12월 연말 쇼핑 캐시백 이벤트", d="2025-12-03 11:00",
  html="auto", skin="brand3", brand="Hyundai Card", tagline="EVENT", color="#444444",
  text=T("""
    오태호 님, 12월 연말 쇼핑 캐시백 이벤트를 안내드립니다.

    기간: 2025.12.01 ~ 12.31
    대상: 온라인 쇼핑몰 누적 30만 원 이상 결제 시 1만 원 캐시백
    응모: 현대카드 앱 > 이벤트에서 응모 필수

    (광고) 무료 수신거부: 현대카드 앱 > 설정 > 마케팅 수신 동의 변경
    또는 https://www.hyundaicard.com/cpc/ma/CPCMA0201_01.hc
    """),
  foot="현대카드㈜ 서울특별시 영등포구 의사당대로 3 | 고객센터 1577-6000")

M("ham", "news-bootcamp", prof="esp", cs="utf-8", cte="8bit",
  frm=("코드캠프 운영팀", "ops@codecamp-kr.example"), to=MINA,
  subj="[코드캠프] 데이터 분석 12기 - 3주차 과제 및 멘토링 일정", d="2025-09-29 18:00",
  text=T("""
    12기 수강생 여러분 안녕하세요, 코드캠프 운영팀입니다.

    3주차 과제: pandas로 공공데이터 전처리 (제출 10/5 23:59)
    멘토링: 10/2(목) 20:00 온라인, 조별 30분
    라이브 특강: 10/4(토) 14:00 "SQL 윈도우 함수 실전"

    과제 제출은 LMS(https://lms.codecamp-kr.example)에서 해 주세요.
    훈련장려금은 출석률 80% 이상일 때 지급되니 출결 체크 잊지 마세요!

    코드캠프 운영팀 드림
    """))

M("ham", "news-research", prof="esp", cs="ks_c_5601-1987", cte="base64",
  frm=("미래에셋증권 리서치센터", "research@miraeasset.com"), to=("이정민", "jm.lee@hanbit-trade.example"),
  unsub="https://securities.miraeasset.com/mw/research/unsubscribe",
  subj="[미래에셋증권] Weekly Market Insight - 11월 넷째 주", d="2025-11-24 07:30",
  html="auto", skin="brand2", brand="Mirae Asset Securities Research", color="#f58220",
  text=T("""
    Weekly Market Insight

    지난주 KOSPI는 외국인 순매도로 1.8% 하락했습니다.
    이번 주에는 미국 PCE 물가와 국내 수출입 동향 발표가 예정되어 있습니다.

    관심 업종: 조선, 전력기기, 화장품
    유의 사항: 환율 변동성 확대, 반도체 업황 둔화 우려

    본 자료는 투자 판단의 참고 자료이며, 투자 결과에 대한 법적 책임 소재의 증빙으로 사용될 수 없습니다.
    """),
  foot="미래에셋증권 리서치센터 | 고객센터 1588-6800")

M("ham", "news-realestate", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("부동산인사이트 레터", "letter@realty-insight.example"), to=MINJUN,
  unsub="https://realty-insight.example/unsubscribe/9a2f", feedback_id="weekly:ri:esp",
  subj="[부동산인사이트] 스트레스 DSR 3단계, 내 대출 한도는 얼마나 줄까", d="2025-07-07 07:00",
  html="auto", skin="newsletter", brand="부동산인사이트", color="#3949ab",
  text=T("""
    이번 주 핵심

    7월부터 스트레스 DSR 3단계가 시행되면서 수도권 주택담보대출 한도가 줄어듭니다.
    연소득 6천만 원, 30년 만기 변동금리 기준으로 한도가 수천만 원가량 감소할 수 있어요.

    전세대출은 어떻게?
    전세대출은 DSR 산정에서 제외되지만 보증기관 심사가 깐깐해지고 있습니다.

    주의하세요
    "DSR 규제 피하는 대출", "작업대출" 등을 광고하는 업체는 불법입니다.
    서류 위조를 권유받으면 바로 금융감독원(1332)에 신고하세요.

    구독 해지: https://realty-insight.example/unsubscribe/9a2f
    부동산인사이트 | 서울특별시 영등포구 xx로 3 | letter@realty-insight.example
    """))

M("ham", "news-photo-club", prof="list", cs="euc-kr", cte="quoted-printable",
  frm=("빛그림 사진동호회", "bitgrim@lists.ourmail.test"), to=("빛그림 회원", "bitgrim@lists.ourmail.test"), rcpt="minjun@choi-family.test",
  list_id="<bitgrim.lists.ourmail.test>", precedence="list",
  unsub="https://lists.ourmail.test/mailman/options/bitgrim", unsub_mail="bitgrim-request@lists.ourmail.test", one_click=False,
  subj="[빛그림] 11월 출사 - 남한산성 단풍 & 야경", d="2025-10-28 22:00",
  text=T("""
    빛그림 회원 여러분, 11월 출사 공지입니다.

    일시: 11월 8일(토) 14:00 ~ 20:00
    장소: 남한산성 (산성로터리 집결)
    주제: 단풍 풍경, 성곽 야경 장노출

    준비물: 삼각대, ND 필터(있으면), 보조배터리, 따뜻한 옷
    출사 후 회원 사진 합평회는 11월 20일 온라인으로 진행합니다.

    참가 신청은 카페 게시판 댓글로 부탁드립니다.
    """))

M("ham", "news-tech-digest", prof="esp", cs="utf-8", cte="base64",
  frm=("데브로그 위클리", "weekly@devlog-weekly.example"), to=TAEHO,
  unsub="https://devlog-weekly.example/unsub?k=51be0c", feedback_id="issue-212:devlog:newsletter",
  subj="데브로그 위클리 #212 - 한글 인코딩 지옥 탈출기 외 6편", d="2025-09-15 08:00",
  html="auto", skin="newsletter", brand="DEVLOG WEEKLY", color="#222222",
  text=T("""
    이번 주 추천 글

    한글 인코딩 지옥 탈출기
    EUC-KR, CP949, UTF-8이 섞인 레거시 데이터를 마이그레이션한 경험을 정리한 글입니다.

    Postgres 17 업그레이드 후기
    논리 복제로 다운타임 5분 이내 전환하기.

    사내 피싱 메일 훈련 1년 운영기
    클릭률이 어떻게 변했는지, 어떤 제목이 가장 잘 속았는지 공유합니다.

    구독 해지: https://devlog-weekly.example/unsub?k=51be0c
    """))

M("ham", "news-ngo-donor", prof="esp", cs="utf-8", cte="quoted-printable",
  frm=("나눔하늘재단", "donor@nanum-sky.example"), to=HAEUN,
  unsub="https://nanum-sky.example/mypage/mail-off", one_click=True,
  subj="[나눔하늘재단] 2025년 후원 활동 보고와 기부금 영수증 발급 안내", d="2026-01-08 10:00",
  html="auto", skin="brand", brand="나눔하늘재단", color="#1e88e5",
  text=T("""
    2025년 한 해 함께해 주셔서 감사합니다

    정하은 후원자님의 정기후원으로 올해 아동 312명에게 급식과 학습 지원이 전달되었습니다.

    기부금 영수증은 국세청 연말정산 간소화 서비스에 자동 등록되었습니다.
    간소화 자료에 보이지 않으면 재단 홈페이지 > 마이페이지에서 직접 출력하실 수 있습니다.

    재단은 후원금 결제 정보 변경을 이유로 링크를 보내 카드번호를 묻지 않습니다.
    """),
  foot="재단법인 나눔하늘 | 서울특별시 종로구 xx길 15 | 02-765-xxxx")

M("ham", "news-library", prof="esp", cs="euc-kr", cte="base64",
  frm=("망원작은도서관", "library@mangwon-lib.example"), to=SEOYEON,
  subj="[망원작은도서관] 겨울방학 어린이 독서교실 및 휴관일 안내", d="2025-12-10 15:00",
  html="auto", skin="brand2", brand="망원작은도서관", color="#8d6e63",
  text=T("""
    겨울방학 어린이 독서교실

    대상: 초등 1~3학년 15명
    기간: 2026년 1월 6일 ~ 1월 16일 (화·목 오후 2시)
    신청: 12월 15일 오전 10시부터 도서관 홈페이지 선착순

    연말 휴관일
    12월 25일(목), 12월 31일(수) ~ 1월 1일(목)

    반납 예정 도서는 무인 반납함을 이용해 주세요.
    """),
  foot="망원작은도서관 | 서울특별시 마포구 xx로 7 | 02-3153-xxxx")


# ======================================================================== SPAM
ZW = "\u200b"

# --- loans
M("spam", "loan", prof="spam", cs="euc-kr", cte="base64",
  frm=("대출상담실", "info@quick-loan24.example"), to=SEOYEON,
  subj="[당일지급] 무직자·주부 300~3000만 비대면 ㄷㅊ 가능", d="2025-02-03 03:12",
  text=T("""
    ■■ 무직자 / 주부 / 프리랜서 / 4대보험 미가입 ■■

    신용점수 무관 · 서류 없이 · 비대면 당일 입금

    ▶ 한도 300만 ~ 3,000만
    ▶ 기존 대출 많아도 OK
    ▶ 조회 기록 남지 않음

    지금 바로 상담 → 카톡 ID : money7979
                    텔레그램 : @fastloan_kr

    ※ 선착순 마감, 오늘만 특별 승인
    """))

M("spam", "loan", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("서민금융지원센터", "center@seomin-fund.test"), to=MINJUN, reply_to=("상담센터", "apply.sunny@freemail.test"),
  subj="(광고) 정부지원 서민금융 햇살론 특례 승인 대상자 안내", d="2025-03-17 11:41",
  html="auto", skin="crude", color="#0033cc", text_only_html=True,
  text=T("""
    ★ 정부지원 햇살론 특례 승인 대상자 선정 안내 ★

    고객님은 2025년 서민금융 특례 보증 대상자로 선정되셨습니다.
    최대 3,500만원 / 연 3.9% 고정금리 / 최장 60개월

    신청 마감: 금일 18시
    상담 접수: 02-0784-5512 (담당 김팀장)
    신청서 작성: http://sunny-loan-apply.seomin-fund.test/form?id=77410

    무료거부 080-0000-7712
    """))

M("spam", "loan", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("비대면대출 한도조회", "noreply@loan-check.example"), to=HAEUN,
  subj="저신용자 전용 대 출 한도조회 1분 완료 💸", d="2025-05-08 22:30",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body style="font-family:sans-serif">
    <div style="max-width:480px;margin:auto;border:2px solid #ff4d4d;padding:20px;text-align:center">
    <h2 style="color:#ff4d4d">저신용자 전용 💸 대&#8203;출 한도조회</h2>
    <p>신용점수 <b>400점대</b>도 OK<br>연체 이력 있어도 상담 가능</p>
    <p style="font-size:22px"><b>최대 5,000만원</b></p>
    <a href="http://loan-check.example/r/?c=hx771&amp;u=haeun" style="display:inline-block;background:#ff4d4d;color:#fff;padding:14px 30px;text-decoration:none;font-size:18px">1분 한도조회 ▶</a>
    <p style="font-size:11px;color:#aaa">본 메일은 발신전용입니다.</p>
    </div></body></html>
    """),
  text=T("""
    저신용자 전용 대출 한도조회
    신용점수 400점대도 OK, 연체 이력 있어도 상담 가능
    최대 5,000만원
    1분 한도조회: http://loan-check.example/r/?c=hx771&u=haeun
    """))

M("spam", "loan", prof="spam", cs="ks_c_5601-1987", cte="8bit",
  frm=("개인돈", "kim.sajang88@freemail.test"), to=("오태호", "taeho.oh@bluepeak-soft.example"),
  subj="개.인.돈 일수 당일~500 / 연체자 가능 / 사업자 환영", d="2025-07-21 02:18",
  text=T("""
    개.인.돈 빠르게 필요하신 분

    일수 · 월변 · 급전 당일 ~ 500
    연체자 / 저신용 / 자영업 사장님 환영
    신분증 + 통장사본만 있으면 끝

    문의 O1O-0492-77x8 (문자 주세요)
    카톡 : ilsu500

    ※ 불법 추심 없음 깔끔 상환
    """))

M("spam", "loan", prof="spam", cs="euc-kr", cte="base64",
  frm=("(광고)금융상담센터", "help@kr-finance-center.test"), to=JIWOO,
  subj="(광고) [최저 연1.9%] 고금리 대출 → 저금리 대환 확정 안내", d="2025-10-13 09:02",
  html="auto", skin="crude", color="#009900",
  text=T("""
    (광고) 고금리 대출 이용 중이신가요?

    카드론 · 현금서비스 · 대부업 대출을
    연 1.9% 저금리로 한 번에 갈아타세요!

    - 1금융권 연계 (제휴 은행 12곳)
    - 중도상환수수료 대납
    - 승인 즉시 기존 대출 상환

    상담 신청: http://kr-finance-center.test/apply?src=mail1013
    전화 상담: 1666-0000 (평일 09~21시)

    무료수신거부 080-0000-1190
    """))

# --- gambling
M("spam", "gambling-toto", prof="spam", cs="euc-kr", cte="8bit",
  frm=("ＶＩＰ", "vip@sports-win77.test"), to=MINJUN,
  subj="ㅌㅌ 신규 첫충 30% 매충 10% 무제한 환전 ★먹튀X★", d="2025-04-05 01:44",
  text=T("""
    ★★ 메이저 ㅌ.ㅌ 사이트 ★★

    신규 첫충 30% / 매충 10% / 페이백 5%
    한도 제한 없음 · 무제한 환전 · 10년 무사고

    주소 : ｓｐｏｒｔｓ－ｗｉｎ７７ ． ｔｅｓｔ
    (주소창에 직접 입력, 검색 X)

    가입코드 : 7788
    고객센터 텔레그램 @win77cs
    """))

M("spam", "gambling-casino", prof="spam", cs="utf-8", cte="base64",
  frm=("СASINО VIP", "club@royal-live-vip.test"), to=DOHYUN,
  subj="🎰 ㅋ" + ZW + "ㅈ" + ZW + "ㄴ 라이브 에볼루션 입금 즉시 20% 보너스", d="2025-06-14 23:50",
  html="auto", skin="crude", color="#d4af37",
  text=T("""
    🎰 라이브 СASINО 🎰

    에볼루션 · 프라그마틱 · 마이크로게이밍
    입금 즉시 20% 보너스 💰 최대 100만원

    카\u200b지\u200b노 실시간 딜러 24시간 운영
    환전 3분 이내 ⚡

    접속 주소: royal-live-vip (쩜) test
    텔레그램 @royal_cs24
    """))

M("spam", "gambling-baccarat", prof="spam", cs="euc-kr", cte="base64",
  frm=("바카라", "event@bac-king.example"), to=YERIN,
  subj="바 카 라 실 시 간 / 신규 입플 100%", d="2025-08-02 04:07",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body bgcolor="#000000"><center>
    <a href="http://bac-king.example/?ref=m0802"><img src="cid:bnr0802@bac-king" width="440" height="180" border="0" alt=""></a>
    <br><font color="#333333" size="1">수신을 원치 않으시면 무시하세요</font>
    </center></body></html>
    """),
  inline=[dict(cid="bnr0802@bac-king", name="b.png", kind="png", w=220, h=90,
               colors=[(0, 0, 0), (212, 175, 55), (180, 0, 0), (255, 255, 255), (0, 90, 40)])])

M("spam", "gambling-slot", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("슬롯머신 이벤트", "spin@slot-heaven.test"), to=("한수진", "sujin.han@hanbit-trade.example"),
  subj="ⓢⓛⓞⓣ 프라그마틱 신규 무료스핀 100회 🍒🍒🍒", d="2025-09-09 20:15",
  text=T("""
    🍒 신규 가입 즉시 무료스핀 100회 🍒

    슬.롯 잭팟 최고 1억 당첨 인증
    프라그마틱 / 하바네로 / 노리밋시티

    ✅ 최소 입금 1만원
    ✅ 롤링 100% 후 환전

    주소 ▶ slot-heaven ． test
    가입코드 SPIN100
    """))

M("spam", "gambling-holdem", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("온라인홀덤", "tour@holdem-gtd.example"), to=TAEHO,
  subj="온라인 ㅎㄷ 주말 토너먼트 GTD 1억 / 바이인 5만", d="2025-11-21 18:40",
  html="auto", skin="crude", color="#006633",
  text=T("""
    주말 메인 토너먼트 GTD 1억

    바이인 5만 / 리엔트리 2회 / 딥스택
    매일 새벽 2시 나이트 토너 GTD 1,000만

    홀.덤 전용 앱 다운로드 : http://holdem-gtd.example/app
    충환전 카톡 ID : gtd1eok
    """))

M("spam", "gambling-powerball", prof="spam", cs="euc-kr", cte="quoted-printable",
  frm=("파워볼 픽스터", "pick@pb-master.test"), to=("최민준", "minjun@choi-family.test"),
  subj="파워볼 ㅍㅇㅂ 실시간 픽 공유방 적중률 87% (무료 3일)", d="2026-01-12 15:05",
  text=T("""
    파워볼 / 파워사다리 실시간 픽 공유

    최근 30일 적중률 87% 인증
    무료 체험 3일 후 월 30만

    픽 공유방 입장 : 텔레그램 @pb_master_pick
    보조 사이트 : pb-master 점 test

    ※ 본 정보는 참고용이며 결과를 보장하지 않습니다
    """))

M("spam", "gambling-sports", prof="spam", cs="utf-8", cte="base64",
  frm=("무료중계", "live@free-sports-tv.test"), to=("송지훈", "jihoon.song@ourmail.test"),
  subj="해외축구 무료중계 + 먹튀검증 완료 토토사이트 추천 ⚽", d="2025-12-20 21:30",
  html=T("""
    <html><head><meta charset="%%CHARSET%%"></head><body style="margin:0;background:#0b1a2a">
    <table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
    <a href="http://free-sports-tv.test/go?m=1220"><img src="http://img.free-sports-tv.test/banner/epl_1220.jpg" width="600" alt="EPL 무료중계"></a><br>
    <a href="http://free-sports-tv.test/go?m=1220&amp;b=2"><img src="http://img.free-sports-tv.test/banner/toto_bonus.gif" width="600" alt=""></a>
    </td></tr></table></body></html>
    """))

# --- stock / coin leading rooms
M("spam", "stock-leading", prof="spam", cs="euc-kr", cte="base64",
  frm=("주식고수", "vip@stock-master-room.example"), to=("이정민", "jm.lee@hanbit-trade.example"),
  subj="[무료] 급등주 리.딩.방 입장 안내 - 이번 주 3종목 공개", d="2025-03-24 07:55",
  text=T("""
    안녕하세요 회원님

    지난주 공개 종목 3개 모두 상한가 달성 (+30%, +29.8%, +30%)
    이번 주도 세력 매집 종목 3개를 무료로 공개합니다.

    입장 방법
    카카오톡 오픈채팅 검색 → "주식고수의방"
    참여코드 : 7788

    ※ 선착순 100명 마감 후 유료 전환
    ※ 본 메시지는 투자 권유가 아닙니다
    """))

M("spam", "coin-leading", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("BTC Futures Pro", "signal@coin-futures-pro.test"), to=MINJUN,
  subj="BTC 선물 100배 리딩 🚀 월 수익률 300% 인증", d="2025-04-28 12:12",
  html="auto", skin="crude", color="#f7931a",
  text=T("""
    🚀 BTC / ETH 선물 리딩 🚀

    지난달 수익률 +312% (인증 스크린샷 첨부 가능)
    진입가 · 손절가 · 목표가 실시간 제공

    ❌ 손실 시 100% 보상
    ✅ 전용 거래소 가입 시 수수료 50% 페이백

    텔레그램 @btc_100x_leader
    전용 거래소: http://coin-futures-pro.test/join?ref=LEAD77
    """))

M("spam", "stock-leading", prof="spam", cs="utf-8", cte="base64",
  frm=("VIP 투자클럽", "club@vip-invest-club.example"), to=JIWOO,
  subj="회원님 계좌 +412% 수익 인증 - VIP 리딩방 마지막 모집", d="2025-08-25 08:31",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body><div style="width:520px;margin:auto;font-family:'Malgun Gothic'">
    <h2 style="background:#b30000;color:#fff;padding:10px">VIP 리딩방 회원 수익 인증</h2>
    <table border="1" cellpadding="6" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:13px">
    <tr bgcolor="#eee"><th>회원</th><th>투자금</th><th>수익률</th></tr>
    <tr><td>김**</td><td>2,000만</td><td style="color:red">+412%</td></tr>
    <tr><td>박**</td><td>500만</td><td style="color:red">+188%</td></tr>
    <tr><td>이**</td><td>1억</td><td style="color:red">+96%</td></tr>
    </table>
    <p>마지막 20자리 모집, 가입비 <b>월 99만원</b> → 이번 주 <b>무료</b></p>
    <p>상담 카톡 ID : <b>vipclub1004</b></p>
    <p style="font-size:10px;color:#999">수익률은 과거 실적이며 미래를 보장하지 않습니다</p>
    </div></body></html>
    """),
  text=T("""
    VIP 리딩방 회원 수익 인증
    김** 2,000만 +412% / 박** 500만 +188% / 이** 1억 +96%
    마지막 20자리 모집, 이번 주 무료
    상담 카톡 ID : vipclub1004
    """))

M("spam", "stock-ipo", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("비상장 공모주 센터", "ipo@pre-ipo-center.test"), to=("강성철", "sc.kang@kang-home.test"),
  subj="비상장 공모주 ㅂㅈ 사전 배정 안내 - 상장 확정 종목", d="2025-09-30 10:20",
  text=T("""
    고객님께만 드리는 비상장 주식 사전 배정 안내

    내년 상반기 코스닥 상장 확정 바이오 기업
    현재가 1주 8,500원 → 상장 후 예상가 45,000원

    배정 물량 한정 (1인 최대 2,000주)
    배정 신청 및 계좌 안내 : 02-0917-3360 (이과장)

    ※ 타 투자자에게 공유 금지
    """))

M("spam", "stock-futures", prof="spam", cs="euc-kr", cte="base64",
  frm=("해외선물", "rent@futures-account.example"), to=DOHYUN,
  subj="해외선물 대여계좌 증거금 없이 10만원부터 / 나스닥 항셍 크루드", d="2025-06-03 16:48",
  html="auto", skin="crude", color="#1f3a93",
  text=T("""
    해외선물 대여계좌 전문

    증거금 부담 없이 10만원부터 시작
    나스닥 · 항셍 · 크루드오일 · 골드
    HTS 무료 제공 / 수수료 업계 최저

    개설 문의 텔레그램 @fx_rent_kr
    안내 페이지 http://futures-account.example/info
    """))

M("spam", "stock-autotrade", prof="spam", cs="ks_c_5601-1987", cte="quoted-printable",
  frm=("AI자동매매", "ai@autotrade-ai.test"), to=("정하은", "haeun.jung@greenleaf-lab.example"),
  subj="AI 주식 자동매매 프로그램 2주 무료 체험 (월평균 +18%)", d="2025-11-03 09:15",
  text=T("""
    AI 주식 자동매매 프로그램 무료 체험 안내

    바쁜 직장인도 켜두기만 하면 AI가 알아서 매수 · 매도
    백테스트 월평균 수익률 +18%

    2주 무료 체험 후 평생 이용권 특가 390만원 → 99만원
    체험 신청 : http://autotrade-ai.test/trial
    """))

# --- adult
M("spam", "adult", prof="spam", cs="utf-8", cte="base64",
  frm=("♥ 오늘밤", "meet@night-chat.test"), to=TAEHO,
  subj="오늘 밤 외로우세요? ♥ 근처 회원 23명 대기 중", d="2025-05-17 00:41",
  html="auto", skin="crude", color="#ff1493",
  text=T("""
    ♥ 지금 회원님 근처 23명 접속 중 ♥

    가입 즉시 무료 포인트 5,000P
    1:1 대화 · 위치 기반 매칭

    지금 바로 확인 ▶ http://night-chat.test/m?i=ta51
    (19세 미만 이용 불가)
    """))

M("spam", "adult", prof="spam", cs="euc-kr", cte="base64",
  frm=("성인화상", "cam@adult-cam.example"), to=("송지훈", "jihoon.song@ourmail.test"),
  subj="성인 화상 1:1 신규 무료 포인트 지급", d="2025-10-25 02:05",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body><center>
    <a href="http://adult-cam.example/in?src=mail"><img src="http://adult-cam.example/img/main_1025.jpg" width="500" height="600" border="0"></a>
    </center></body></html>
    """))

M("spam", "adult", prof="spam", cs="ks_c_5601-1987", cte="8bit",
  frm=("만남주선", "match@local-meet.test"), to=MINJUN,
  subj="19금 ㅈㄱ 지역별 만남 / 후불제 / 실사 100%", d="2026-02-14 23:20",
  text=T("""
    지역별 실시간 만남 주선

    서울 · 경기 · 인천 · 부산 · 대구
    후불제 · 실사 100% · 비밀 보장

    카톡 ID : meet0214
    라인 ID : localmeet

    (19세 이상만)
    """))

# --- counterfeit medicine
M("spam", "medicine", prof="spam", cs="euc-kr", cte="base64",
  frm=("정품약국", "shop@men-health-direct.example"), to=("강성철", "sc.kang@kang-home.test"),
  subj="ㅂㅇㄱㄹ / ㅅㅇㄹㅅ 정품 해외직구 당일발송 비밀포장", d="2025-03-29 13:33",
  text=T("""
    남성 건강 정품 해외직구

    비아그라 100mg 30정 / 시알리스 20mg 30정
    인도 정품 제네릭 / 당일 발송 / 비밀 포장

    3+1 이벤트 진행 중
    주문 : ｍｅｎ－ｈｅａｌｔｈ－ｄｉｒｅｃｔ．ｅｘａｍｐｌｅ
    상담 카톡 : menhealth365
    """))

M("spam", "medicine", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("다이어트약 직구", "diet@slim-direct.test"), to=SEOYEON,
  subj="삭센다·위고비 처방전 없이 구매 가능 🔥 한 달 -10kg", d="2025-06-21 19:19",
  html="auto", skin="crude", color="#e91e63",
  text=T("""
    🔥 처방전 없이 구매 가능 🔥

    위.고.비 / 삭.센.다 / 마운자로
    병원 안 가도 OK, 한 달 -10kg 후기 다수

    정품 보장 · 냉장 택배 · 해외 직배송
    주문 및 상담 : http://slim-direct.test/order
    카톡 ID : slim2025
    """))

M("spam", "medicine", prof="spam", cs="utf-8", cte="base64",
  frm=("Hair Pharmacy", "order@hair-pharm.example"), to=("오태호", "taeho.oh@bluepeak-soft.example"),
  subj="탈모약 피나스테리드 / 두타스테리드 해외직구 1년분 특가", d="2025-12-27 05:50",
  text=T("""
    Finasteride 1mg / Dutasteride 0.5mg
    탈모약 1년분 특가 (처방 불필요)

    - 1년분 89,000원 / 2년분 159,000원
    - 국제 EMS 무료배송, 통관 100% 보장
    - Pay: card / crypto

    Order now: http://hair-pharm.example/kr
    """))

# --- part-time / task scams
M("spam", "task-scam", prof="spam", cs="euc-kr", cte="base64",
  frm=("재택부업 모집", "job@home-job-kr.test"), to=YERIN,
  subj="하루 30분 재택부업 일당 15만원 보장 - 스마트폰만 있으면 OK", d="2025-02-19 10:10",
  text=T("""
    [재택 부업 모집]

    하루 30분 ~ 1시간, 스마트폰으로 간단한 업무
    일당 5 ~ 15만원 당일 지급
    주부 · 학생 · 직장인 누구나 가능

    업무 내용 : 쇼핑몰 상품 찜하기, 리뷰 캡처
    지원 방법 : 카톡 ID  homejob15  로 "부업" 보내기

    ※ 초보자 교육 제공, 선착순 마감
    """))

M("spam", "task-scam", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("유튜브 알바", "team@yt-part-time.test"), to=MINA,
  subj="유튜브 구독·좋아요 알바 건당 3,000원 즉시 지급 📱", d="2025-07-08 14:02",
  text=T("""
    📱 유튜브 구독 · 좋아요만 누르면 건당 3,000원!

    하루 최대 30건 → 9만원
    작업 후 5분 내 즉시 입금

    신청: 텔레그램 @yt_task_manager 에게 "알바" 메시지
    * 첫 3건은 체험으로 바로 입금해 드립니다
    """))

M("spam", "task-scam", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("리뷰어 모집", "review@shopping-reviewer.example"), to=("배수아", "sua.bae@ourmail.test"),
  subj="쇼핑몰 구매평 알바 (선결제 후 100% 환급 + 수수료 20%)", d="2025-09-26 11:48",
  text=T("""
    구매평 작성 알바 모집 안내

    1. 지정 상품을 본인 카드로 선결제
    2. 구매평 작성 후 캡처 전송
    3. 결제금액 100% 환급 + 수수료 20% 지급

    처음엔 1~2만원 상품부터, 등급이 오르면 고액 미션 배정
    담당 매니저 카톡 : review_mgr7

    ※ 중도 포기 시 환급 불가
    """))

M("spam", "task-scam", prof="spam", cs="utf-8", cte="base64",
  frm=("미션 팀장", "mission@tele-mission.test"), to=HAEUN,
  subj="[텔" + ZW + "레" + ZW + "그" + ZW + "램 미션] 앱 평점 남기고 하루 20만원", d="2025-10-30 16:27",
  html="auto", skin="crude", color="#0088cc",
  text=T("""
    텔\u200b레\u200b그\u200b램 미션 참여자 모집

    앱 평점 5점 남기기 / 영상 시청 인증
    미션 1건당 1만 ~ 5만원
    하루 20만원 가능!

    미션방 입장: @mission_team_kr
    보증금 없음 (VIP 미션만 예치금 필요)
    """))

# --- cash-out
M("spam", "cashout", prof="spam", cs="euc-kr", cte="8bit",
  frm=("소액결제현금화", "cash@micro-pay-cash.example"), to=MINJUN,
  subj="소액결제 현금화 최고 90% / 24시간 / 5분 입금", d="2025-01-22 03:30",
  text=T("""
    ◆ 휴대폰 소액결제 현금화 ◆
    ◆ 정보이용료 · 콘텐츠이용료 ◆

    최고 90% 매입 / 24시간 365일
    신청 후 5분 내 입금

    상담 : O1O-0331-9O9O
    카톡 : cash9090
    """))

M("spam", "cashout", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("카드한도현금화", "card@card-limit-cash.test"), to=("한수진", "sujin.han@hanbit-trade.example"),
  subj="신용카드 한도 현금화 당일 입금 / 수수료 최저", d="2025-05-26 20:44",
  html="auto", skin="crude", color="#333399",
  text=T("""
    신용카드 남은 한도 현금으로 바꿔드립니다

    수수료 업계 최저 · 당일 입금 · 신용 영향 없음
    카드사 노출 없는 안전한 방법

    상담 텔레그램 @cardcash_kr
    문자 주시면 바로 연락 드립니다 010-0572-4481
    """))

M("spam", "cashout", prof="spam", cs="euc-kr", cte="quoted-printable",
  frm=("상품권매입", "buy@giftcard-buy95.example"), to=("최경자", "kyungja.choi@choi-family.test"),
  subj="상품권 매입 최고가 95% - 문화상품권 / 해피머니 / 백화점", d="2025-08-18 12:00",
  text=T("""
    상품권 최고가 매입

    컬쳐랜드 문화상품권 92%
    구글 기프트카드 88%
    백화점 상품권 95%

    핀번호만 보내주시면 10분 내 입금
    카톡 ID : gift95buy
    """))

# --- policy-fund consultants
M("spam", "policy-fund", prof="spam", cs="euc-kr", cte="base64",
  frm=("기업정책자금센터", "consult@sme-fund-center.example"), to=JIWOO,
  subj="[중소기업 정책자금] 최대 3억 무료 진단 - 담당 세무사 배정", d="2025-02-10 09:40",
  html="auto", skin="crude", color="#004d99",
  text=T("""
    대표님, 2025년 정책자금 접수가 시작되었습니다.

    중진공 · 소진공 · 기보 · 신보 정책자금
    최대 3억 / 연 2%대 / 무담보 가능

    무료 기업진단 후 승인 가능성 높은 자금만 안내
    성공 보수 외 착수금 없음

    무료 진단 신청 : http://sme-fund-center.example/diag
    상담 02-0615-2210
    """))

M("spam", "policy-fund", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("소상공인지원센터", "notice@sosang-support.test"), to=("윤재성", "js.yoon@daon-mall.example"),
  subj="소상공인 긴급 경영안정자금 한도 조회 - 마감 임박", d="2025-04-14 14:25",
  text=T("""
    소상공인 사장님께 알려드립니다.

    긴급 경영안정자금 추가 접수 (선착순)
    매출 감소 업체 최대 7,000만원
    연 2.0% 고정 / 2년 거치 3년 상환

    본 센터에서 서류 준비부터 접수까지 대행해 드립니다.
    한도 조회 : 070-0448-1200
    """))

M("spam", "policy-fund", prof="spam", cs="euc-kr", cte="quoted-printable",
  frm=("인증컨설팅", "cert@biz-cert-consult.example"), to=TAEHO,
  subj="벤처·이노비즈·메인비즈 인증 대행 + 정책자금 연계 (성공 후 비용)", d="2025-09-01 10:05",
  text=T("""
    대표님 안녕하십니까.

    벤처기업 / 이노비즈 / 메인비즈 / 기업부설연구소
    인증 취득 시 정책자금 우대, 법인세 감면 혜택

    서류 작성부터 심사 대응까지 100% 대행
    인증 실패 시 비용 전액 환불

    상담 신청은 이 메일에 회신 주시거나 02-0788-5310
    """))

# --- DB / marketing sellers
M("spam", "db-seller", prof="spam", cs="ks_c_5601-1987", cte="8bit",
  frm=("DB판매", "db@fresh-db-mall.test"), to=("이도현", "dohyun.lee@mirae-design.example"),
  subj="주식DB / 대출DB / 코인DB 실시간 판매 (당일 추출)", d="2025-03-03 04:50",
  text=T("""
    실시간 추출 DB 판매

    - 주식 관심 고객 DB (리딩방 가입 이력)
    - 대출 상담 신청 DB
    - 코인 거래소 가입 DB
    - 카지노 / 토토 회원 DB

    건당 300원 ~ / 1만건 이상 할인
    샘플 100건 무료 제공

    텔레그램 @db_fresh_mall
    """))

M("spam", "marketing-tool", prof="spam", cs="utf-8", cte="base64",
  frm=("카톡마케팅", "sales@kakao-bulk-tool.example"), to=("윤재성", "js.yoon@daon-mall.example"),
  subj="카톡 대량발송 프로그램 - 하루 10만 건 / 차단 우회", d="2025-07-29 17:10",
  html="auto", skin="crude", color="#f9e000",
  text=T("""
    카톡 · 오픈채팅 대량발송 프로그램

    하루 최대 10만 건 자동 발송
    계정 차단 우회 기능 탑재
    친구 추가 없이 발송 가능

    평생 라이선스 150만원 → 이번 달 79만원
    데모 영상 : http://kakao-bulk-tool.example/demo
    """))

M("spam", "marketing-tool", prof="spam", cs="euc-kr", cte="base64",
  frm=("문자발송", "sms@mass-sms-kr.test"), to=("세진포장 경리부", "acct@sejin-pack.example"),
  subj="문자 대량발송 건당 8원 / 080 수신거부 번호 무료 제공", d="2025-11-11 11:11",
  text=T("""
    기업 문자 대량발송 서비스

    단문 8원 / 장문 25원 / 포토 60원
    080 수신거부 번호 무료 제공
    발신번호 사전등록 대행

    지금 가입 시 1만 건 무료
    가입 안내 : mass-sms-kr 닷 test
    """))

# --- replicas
M("spam", "replica", prof="spam", cs="utf-8", cte="quoted-printable",
  frm=("명품 미러급", "shop@mirror-luxury.test"), to=YERIN,
  subj="명품 레플리카 미러급 1:1 ✨ 샤넬 · 루이비통 · 롤렉스", d="2025-04-19 15:55",
  html="auto", skin="crude", color="#000000",
  text=T("""
    ✨ 미러급 1:1 제작 ✨

    가방 · 지갑 · 시계 · 신발
    정품 원단 · 각인 · 시리얼 동일

    국내 배송 3일 / 하자 시 교환
    카톡 ID : mirror1to1
    매장 주소 : mirror-luxury 점 test
    """))

M("spam", "replica", prof="spam", cs="euc-kr", cte="base64",
  frm=("Watch Outlet", "sales@swiss-watch-outlet.example"), to=JIWOO,
  subj="스위스 명품시계 레플리카 - 정품 동일 무브먼트 / 50% OFF", d="2025-08-09 06:20",
  text=T("""
    Luxury Watch Replica Outlet

    서브마리너 / 데이토나 / 로열오크 / 노틸러스
    정품 동일 무브먼트, 904L 스틸

    50% OFF 시즌 세일
    Order : http://swiss-watch-outlet.example/kr
    """))

# --- foreign B2B
M("spam", "foreign-b2b", prof="spam", cs="utf-8", cte="7bit", tz="+0800",
  frm=("Linda Chen", "linda@led-factory-direct.example"), to=JIWOO,
  subj="Re: LED Lighting Supplier - Factory Direct Price", d="2025-05-12 16:03",
  text=T("""
    Dear Purchasing Manager,

    Good day! This is Linda from Shenzhen LED Lighting Co., Ltd.
    We are a professional manufacturer of LED panel light, high bay light and street light
    with 15 years experience, CE RoHS certified.

    Factory direct price, MOQ 100pcs, 5 years warranty.
    Free samples are available for your testing.

    Could you please tell me your requirement? Looking forward to your reply.

    Best regards,
    Linda Chen
    Sales Manager
    WhatsApp/WeChat: +86 000 0000 7788
    """))

M("spam", "foreign-b2b", prof="spam", cs="euc-kr", cte="base64", tz="+0800",
  frm=("Kevin Logistics", "kevin@global-freight-cn.test"), to=("세진포장 경리부", "acct@sejin-pack.example"),
  subj="중국 → 한국 해상운송 LCL/FCL 특가 및 DDP 문전배송 안내", d="2025-10-02 10:37",
  text=T("""
    안녕하세요 친애하는 구매 관리자님

    저희는 중국 광저우의 국제 물류 회사입니다.
    중국에서 한국까지 해상운송 LCL / FCL 및 DDP 문전배송 서비스를 제공합니다.

    - 인천항 / 부산항 주 3회 출항
    - 통관 대행 포함 DDP 가격
    - 1CBM 부터 가능

    견적 문의는 이 메일로 회신 주세요. 위챗 ID : kevin_freight
    감사합니다.
    """))

M("spam", "foreign-b2b", prof="spam", cs="utf-8", cte="base64", tz="+0800",
  frm=("PCB Solution", "sales@pcb-smt-shenzhen.test"), to=TAEHO,
  subj="PCB 제조 및 SMT 조립 원스톱 서비스 / Quick Turn PCB 24h", d="2026-03-09 15:15",
  html="auto", skin="plain",
  text=T("""
    Dear Sir/Madam,

    PCB 제조 및 SMT 조립 원스톱 서비스를 제공합니다.
    1-32 layers PCB, HDI, flexible PCB, quick turn 24 hours.

    - 한국 고객 300+ 사 거래
    - 소량 시제품 환영
    - 무료 DFM 검토

    Upload gerber for instant quote: http://pcb-smt-shenzhen.test/quote
    """))

# --- SEO / marketing agencies
M("spam", "seo", prof="spam", cs="ks_c_5601-1987", cte="base64",
  frm=("상위노출 전문", "mkt@naver-top-seo.example"), to=("윤재성", "js.yoon@daon-mall.example"),
  subj="(광고) 네이버 상위노출 보장 - 블로그 · 플레이스 · 파워링크 대행", d="2025-02-27 09:25",
  html="auto", skin="crude", color="#03a94e",
  text=T("""
    대표님 쇼핑몰, 아직도 광고비만 쓰고 계신가요?

    네이버 블로그 상위노출 월 30만원
    플레이스 순위 관리 월 50만원
    파워링크 대행 수수료 0원

    키워드 1페이지 미노출 시 100% 환불
    무료 컨설팅 신청 : http://naver-top-seo.example/free
    """))

M("spam", "seo", prof="spam", cs="euc-kr", cte="quoted-printable",
  frm=("체험단 모집대행", "review@blog-review-agency.test"), to=("이도현", "dohyun.lee@mirae-design.example"),
  subj="블로그 체험단 100명 모집 대행 / 리뷰 마케팅 패키지", d="2025-06-16 13:45",
  text=T("""
    블로그 체험단 마케팅 패키지

    파워 블로거 100명 체험단 모집 대행
    인스타 릴스 리뷰 50건 포함
    구매평 관리 옵션 제공

    패키지가 190만원 → 99만원 (이번 달 한정)
    문의 카톡 : reviewagency
    """))

M("spam", "seo", prof="spam", cs="utf-8", cte="base64",
  frm=("플레이스마케팅", "help@place-rank-up.example"), to=("배수아", "sua.bae@ourmail.test"),
  subj="스마트플레이스 순위 1페이지 보장 🔝 효과 없으면 전액 환불", d="2025-12-04 10:55",
  text=T("""
    🔝 스마트플레이스 순위 1페이지 보장

    동네 가게 사장님들 주목!
    저장하기 · 길찾기 · 리뷰 트래픽 작업으로 순위 상승
    7일 안에 효과 없으면 전액 환불

    상담 : 텔레그램 @place_rank_up
    """))


# ======================================================================= PHISH
def phish_form_html(title, brand, color, fields, action, note):
    """Inert imitation of a credential-harvesting HTML attachment."""
    inputs = "\n".join('<label>%s</label><br><input type="%s" name="f%d" style="width:260px;padding:6px"><br>' %
                       (lab, typ, i) for i, (lab, typ) in enumerate(fields))
    return T("""
    <!DOCTYPE html>
    <html><head><meta charset="utf-8"><title>%s</title></head>
    <body style="font-family:'Malgun Gothic',sans-serif;background:#f2f2f2">
    <div style="width:380px;margin:60px auto;background:#fff;padding:26px;border-top:5px solid %s">
    <h3 style="margin:0 0 14px">%s</h3>
    <p style="font-size:13px;color:#555">%s</p>
    <form method="post" action="%s">
    %s
    <br><button type="submit" style="background:%s;color:#fff;border:0;padding:9px 24px">확인</button>
    </form></div></body></html>
    """) % (title, color, brand, note, action, inputs, color)


M("phish", "card-callback", prof="phish", cs="euc-kr", cte="base64",
  frm=("KB국민카드", "notice@kbcard-alert.example"), to=YERIN, spf="softfail",
  subj="[KB국민카드] 해외결제 승인 안내 USD 1,290.00", d="2025-03-21 02:14",
  html="auto", skin="brand", brand="KB국민카드", color="#ffbc00",
  text=T("""
    해외결제 승인 안내

    강예린 고객님의 KB국민카드로 해외 결제가 승인되었습니다.

    승인일시: 2025/03/21 02:11
    승인금액: USD 1,290.00
    가맹점: AMAZON MKTPLACE US
    카드번호: 5570-****-****-31**

    본인 결제가 아닐 경우 즉시 승인 취소 및 카드 정지를 위해
    KB국민카드 해외결제 전담센터 02-0812-4471 로 연락 주시기 바랍니다.
    (24시간 운영, 미신고 시 결제가 확정됩니다)
    """),
  foot="KB국민카드 해외결제 전담센터 02-0812-4471")

M("phish", "card-link", prof="phish", cs="utf-8", cte="quoted-printable",
  frm=("신한카드", "no-reply@shinhan-card-safe.test"), to=HAEUN, spf="none",
  subj="[신한카드] 해외 승인 거절 안내 - 본인 확인 필요", d="2025-05-04 06:33",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body style="font-family:'Malgun Gothic'">
    <table width="600" align="center" style="border:1px solid #ddd"><tr><td style="background:#0046ff;color:#fff;padding:14px;font-size:18px">SHINHAN CARD</td></tr>
    <tr><td style="padding:24px;font-size:14px;line-height:1.7">
    고객님의 카드로 해외 결제 시도가 있었으나 <b>보안상 승인이 거절</b>되었습니다.<br><br>
    거래일시 : 2025.05.04 06:21<br>거래금액 : EUR 740.00<br>가맹점 : ZALANDO SE<br><br>
    본인 거래가 아닌 경우 24시간 이내에 본인 확인을 완료하지 않으면 카드 이용이 제한됩니다.<br><br>
    <a href="http://shinhan-card-safe.test/verify/?sid=9f2a71c" style="background:#0046ff;color:#fff;padding:10px 24px;text-decoration:none">본인 확인하기</a>
    </td></tr></table></body></html>
    """),
  text=T("""
    고객님의 카드로 해외 결제 시도가 있었으나 보안상 승인이 거절되었습니다.
    거래일시 : 2025.05.04 06:21 / 거래금액 : EUR 740.00 / 가맹점 : ZALANDO SE
    본인 거래가 아닌 경우 24시간 이내에 본인 확인을 완료하지 않으면 카드 이용이 제한됩니다.
    본인 확인: http://shinhan-card-safe.test/verify/?sid=9f2a71c
    """))

M("phish", "card-html-attachment", prof="phish", cs="ks_c_5601-1987", cte="base64",
  frm=("삼성카드", "billing@samsungcard-service.example"), to=MINJUN,
  subj="[삼성카드] 결제 확인서 발송 안내 (첨부파일 확인)", d="2025-07-15 09:48",
  text=T("""
    삼성카드 결제 확인서 발송 안내

    고객님께서 요청하신 결제 확인서를 첨부파일로 보내드립니다.
    첨부된 파일을 열어 본인 확인 후 내용을 확인하시기 바랍니다.

    ※ 본인 확인 정보는 결제 확인 목적으로만 사용됩니다.
    삼성카드 고객센터
    """),
  att=[dict(name="삼성카드_결제확인서.html", kind="html", style="2231",
            data=phish_form_html("삼성카드 결제 확인서", "삼성카드 본인 확인", "#034ea2",
                                 [("카드번호", "text"), ("유효기간(MM/YY)", "text"), ("CVC", "password"),
                                  ("카드 비밀번호 앞 2자리", "password"), ("생년월일 6자리", "text")],
                                 "http://samsungcard-service.example/confirm.php",
                                 "결제 확인서를 열람하려면 본인 확인이 필요합니다."))])

M("phish", "bank-cert", prof="phish", cs="euc-kr", cte="base64",
  frm=("우리은행", "security@woori-bank-cert.test"), to=("강성철", "sc.kang@kang-home.test"),
  subj="[우리은행] 금융인증서 만료 및 OTP 재등록 안내", d="2025-02-26 08:05",
  html="auto", skin="brand2", brand="우리은행", color="#0067ac",
  button=("인증서 갱신하기", "http://woori-bank-cert.test/renew/index.html"),
  text=T("""
    금융인증서 만료 안내

    고객님의 금융인증서가 2025년 02월 28일 만료 예정입니다.
    만료 시 인터넷뱅킹 및 이체가 제한되므로 아래에서 갱신해 주시기 바랍니다.

    또한 보안 강화 정책에 따라 OTP 재등록이 필요합니다.
    갱신 시 보안카드 번호 전체 또는 OTP 번호를 입력해 주셔야 정상 처리됩니다.

    인증서 갱신: http://woori-bank-cert.test/renew/index.html
    """))

M("phish", "bank-suspend", prof="phish", cs="utf-8", cte="base64",
  frm=("NH농협은행", "alert@nh-bank-notice.example"), to=("최경자", "kyungja.choi@choi-family.test"),
  subj="[NH농협] 고객님의 계좌가 일시 정지되었습니다", d="2025-09-17 19:12",
  text=T("""
    [NH농협은행] 계좌 일시 정지 안내

    고객님의 계좌에서 비정상적인 거래가 감지되어 일시 정지 조치되었습니다.
    정지 해제를 위해 본인 인증을 진행해 주세요.

    정지 해제: http://nh-bank-notice.example/unlock?acc=73xx
    인증 시 필요 정보: 성명, 주민등록번호, 계좌번호, 계좌 비밀번호

    24시간 이내 미인증 시 계좌가 영구 정지될 수 있습니다.
    """))

M("phish", "portal-login", prof="phish", cs="utf-8", cte="quoted-printable",
  frm=("네이버", "account@naver-secure-login.test"), to=SEOYEON, spf="none",
  subj="[네이버] 새로운 기기에서의 로그인이 차단되었습니다", d="2025-04-11 03:27",
  html=T("""
    <html><head><meta charset="%%CHARSET%%"></head><body style="margin:0;font-family:'Nanum Gothic',sans-serif">
    <div style="max-width:560px;margin:20px auto;border:1px solid #e3e3e3">
    <div style="background:#03c75a;color:#fff;padding:16px 20px;font-weight:bold;font-size:20px">NAVER</div>
    <div style="padding:24px">
    <p style="font-size:16px"><b>새로운 기기에서의 로그인이 차단되었습니다.</b></p>
    <p>아이디: se***<br>일시: 2025-04-11 03:25<br>위치: 러시아 (IP 198.51.100.77)</p>
    <p>본인이 시도한 로그인이 아니라면 계정 보호를 위해 지금 바로 비밀번호를 확인해 주세요.
    24시간 이내 확인하지 않으면 계정이 이용 제한됩니다.</p>
    <p><a href="http://nid-naver.login-check.test/nidlogin.login?mode=form&amp;url=mail" style="display:block;text-align:center;background:#03c75a;color:#fff;padding:13px;text-decoration:none">내 계정 확인하기</a></p>
    </div></div></body></html>
    """),
  text=T("""
    새로운 기기에서의 로그인이 차단되었습니다.
    아이디: se*** / 일시: 2025-04-11 03:25 / 위치: 러시아
    본인이 시도한 로그인이 아니라면 지금 바로 확인해 주세요.
    http://nid-naver.login-check.test/nidlogin.login?mode=form&url=mail
    """))

M("phish", "portal-login", prof="phish", cs="utf-8", cte="base64",
  frm=("카카오 고객센터", "protect@kakao-account-help.example"), to=YERIN,
  subj="[카카오] 카카오계정 보호조치 안내 - 해제 필요", d="2025-08-28 22:50",
  html="auto", skin="brand", brand="kakao", color="#fee500",
  button=("보호조치 해제", "http://kakao-account-help.example/protect/release"),
  text=T("""
    카카오계정 보호조치 안내

    회원님의 카카오계정이 도용 의심 활동으로 보호조치되었습니다.
    보호조치 해제 전까지 카카오톡 및 연결된 서비스 이용이 제한됩니다.

    아래 버튼을 눌러 카카오계정 이메일, 비밀번호, 휴대폰 인증번호를 입력하시면 즉시 해제됩니다.
    """))

M("phish", "webmail-quota", prof="phish", cs="ks_c_5601-1987", cte="quoted-printable",
  frm=("Daum 메일", "mailbox@daum-mail-storage.test"), to=("최경자", "kyungja.choi@choi-family.test"),
  subj="[Daum] 메일함 용량 초과 - 신규 메일 수신 중단 예정", d="2025-11-06 10:31",
  html="auto", skin="brand3", brand="Daum 메일", tagline="용량 알림", color="#ff5a4a",
  text=T("""
    메일함 저장 용량이 99%에 도달했습니다.

    사용량: 9.93GB / 10GB
    용량 초과 시 신규 메일이 반송되며, 30일 후 오래된 메일부터 삭제됩니다.

    무료 추가 용량(5GB)을 신청하려면 아래 링크에서 로그인해 주세요.
    http://daum-mail-storage.test/quota/upgrade?u=kyungja
    """))

M("phish", "company-webmail-quota", prof="phish", cs="utf-8", cte="base64",
  frm=("메일 관리자", "postmaster@hanbit-trade-mail.example"), to=JIWOO,
  subj="[메일시스템] 사서함 용량 98% 초과 - jiwoo.park@hanbit-trade.example", d="2025-06-02 07:45",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body style="font-family:Arial,'Malgun Gothic'">
    <p>jiwoo.park@hanbit-trade.example 님,</p>
    <p>사서함 사용량이 <b style="color:red">98%</b>에 도달했습니다. (9.8GB / 10GB)</p>
    <div style="width:300px;height:14px;background:#ddd"><div style="width:98%;height:14px;background:#e53935"></div></div>
    <p>용량이 확보되지 않으면 <b>2025-06-03 00:00</b> 이후 수신 메일이 보류됩니다.<br>
    아래에서 로그인하여 무료 용량을 추가하세요.</p>
    <p><a href="https://hanbit-trade-mail.example/owa/auth/quota.aspx?email=jiwoo.park%40hanbit-trade.example">사서함 용량 늘리기</a></p>
    <p style="font-size:11px;color:#888">한빛무역 IT 지원 · 이 메시지는 자동 발송되었습니다.</p>
    </body></html>
    """))

M("phish", "company-password-expiry", prof="phish", cs="utf-8", cte="quoted-printable",
  frm=("Microsoft 365 관리센터", "no-reply@bluepeak-soft-365.example"), to=TAEHO, spf="fail", dmarc="fail",
  subj="Password Expiry Notice: taeho.oh@bluepeak-soft.example (비밀번호 만료 안내)", d="2025-09-22 05:12",
  html="auto", skin="brand2", brand="Microsoft 365", color="#0078d4",
  button=("Keep current password / 현재 비밀번호 유지", "https://bluepeak-soft-365.example/common/oauth2/keep?login_hint=taeho.oh"),
  text=T("""
    Your password expires today

    taeho.oh@bluepeak-soft.example 계정의 비밀번호가 오늘 만료됩니다.
    만료 후에는 Outlook, Teams, OneDrive 접근이 차단됩니다.

    현재 비밀번호를 계속 사용하려면 아래 버튼을 눌러 확인해 주세요.
    Use the button below to keep your current password.
    """))

M("phish", "courier", prof="phish", cs="euc-kr", cte="base64",
  frm=("CJ대한통운", "delivery@cj-parcel-info.test"), to=SEOYEON,
  subj="[CJ대한통운] 주소 불일치로 택배가 보관 중입니다", d="2025-06-08 11:02",
  text=T("""
    [CJ대한통운] 배송 보류 안내

    고객님의 택배가 주소지 불일치(도로명 주소 미기재)로 물류센터에 보관 중입니다.
    운송장번호: 5894-xxxx-2210

    48시간 이내 주소를 수정하지 않으면 발송인에게 반송됩니다.
    주소 수정 및 재배송 신청: http://cj-parcel-info.test/re?n=5894
    재배송 수수료 1,200원이 부과될 수 있습니다.
    """))

M("phish", "courier", prof="phish", cs="utf-8", cte="base64",
  frm=("우체국택배", "epost@epost-kr-delivery.example"), to=("윤재성", "js.yoon@daon-mall.example"),
  subj="[우체국] 반송 예정 우편물 안내 - 수취인 부재", d="2025-10-15 14:44",
  html="auto", skin="brand2", brand="우체국택배", color="#e60012",
  button=("배송 일정 다시 잡기", "http://epost-kr-delivery.example/track/reschedule"),
  text=T("""
    반송 예정 우편물 안내

    등기번호 6071xxxx2315 우편물이 수취인 부재로 2회 배달되지 못했습니다.
    10월 17일까지 배송 일정을 다시 잡지 않으면 반송 처리됩니다.

    재배송 신청 시 본인 확인을 위해 휴대폰 인증과 소액 결제(900원)가 필요합니다.
    """))

M("phish", "customs", prof="phish", cs="ks_c_5601-1987", cte="base64",
  frm=("관세청 통관지원", "unipass@customs-clearance-kr.test"), to=HAEUN,
  subj="[관세청] 해외직구 물품 관세 미납으로 통관 보류 안내", d="2025-11-28 13:10",
  text=T("""
    [관세청] 통관 보류 안내

    귀하의 해외직구 물품이 관세 및 부가세 미납으로 통관 보류되었습니다.

    화물관리번호: 25KExxxx7741
    미납 세액: 38,600원
    납부 기한: 2025년 12월 1일

    기한 내 미납 시 물품은 폐기 또는 반송되며 가산세가 부과됩니다.
    납부하기: http://customs-clearance-kr.test/pay?cargo=25KE7741
    """))

M("phish", "tax-refund", prof="phish", cs="euc-kr", cte="quoted-printable",
  frm=("국세청", "refund@nts-refund-center.example"), to=MINJUN,
  subj="[국세청] 미수령 환급금 387,200원 조회 및 신청 안내", d="2025-06-19 10:00",
  html="auto", skin="brand", brand="국세청 환급센터", color="#1b4f9c",
  button=("환급금 신청하기", "http://nts-refund-center.example/refund/apply"),
  text=T("""
    미수령 환급금 안내

    귀하께 지급되지 않은 2022~2024년 귀속 환급금 387,200원이 있습니다.
    환급 신청 기한이 얼마 남지 않았으니 아래에서 신청해 주시기 바랍니다.

    신청 시 본인 명의 계좌번호와 공동·금융인증서 비밀번호 확인이 필요합니다.
    """))

M("phish", "tax-invoice-zip", prof="phish", cs="euc-kr", cte="base64",
  frm=("국세청 홈택스", "etax@hometax-invoice.test"), to=JIWOO,
  subj="[홈택스] 전자세금계산서 수신 안내 (공급자: ㈜대한물산)", d="2025-12-09 15:02",
  text=T("""
    전자세금계산서가 도착했습니다.

    공급자: ㈜대한물산
    작성일자: 2025-12-08
    합계금액: 17,930,000원

    첨부된 압축파일에서 세금계산서를 확인하시기 바랍니다.
    (압축 비밀번호: 1208)
    """),
  att=[dict(name="전자세금계산서_20251208.zip", kind="zip", ms=True, style="euc-kr",
            files=[("세금계산서_20251208.html",
                    phish_form_html("홈택스 로그인", "홈택스 전자세금계산서 조회", "#2e5aac",
                                    [("사업자 아이디", "text"), ("비밀번호", "password")],
                                    "http://hometax-invoice.test/login.php",
                                    "세금계산서를 조회하려면 홈택스 로그인이 필요합니다."))])])

M("phish", "police-summons", prof="phish", cs="utf-8", cte="base64",
  frm=("경찰청 사이버수사대", "summons@police-cyber-notice.example"), to=("송지훈", "jihoon.song@ourmail.test"),
  subj="[경찰청] 출석요구서 - 전자금융거래법 위반 사건 관련", d="2025-03-12 09:30",
  text=T("""
    출석요구서

    귀하는 전자금융거래법 위반(대포통장 양도) 사건과 관련하여 참고인으로 출석을 요구받았습니다.

    사건번호: 2025-사이버-04418
    출석일시: 2025년 3월 17일 10:00

    출석요구서 원본 및 사건 개요는 아래에서 본인 인증 후 확인하십시오.
    http://police-cyber-notice.example/summons/view?case=04418

    정당한 사유 없이 불응할 경우 체포영장이 청구될 수 있습니다.
    """))

M("phish", "prosecutor-callback", prof="phish", cs="euc-kr", cte="8bit",
  frm=("서울중앙지방검찰청", "spo.investigation@spo-case-notice.test"), to=("최경자", "kyungja.choi@choi-family.test"),
  subj="[서울중앙지검] 귀하 명의 계좌 범죄 연루 관련 긴급 연락 요망", d="2025-08-05 10:40",
  text=T("""
    서울중앙지방검찰청 첨단범죄수사부입니다.

    최근 검거된 금융사기 조직의 압수물에서 귀하 명의의 계좌 2개가 발견되었습니다.
    귀하가 피해자인지 공범인지 확인하기 위해 금일 중 담당 수사관에게 연락 바랍니다.

    담당: 김정우 수사관 02-0530-4471
    사건번호: 2025형제1xxxx

    본 사건은 수사 보안 사항이므로 가족 등 타인에게 알리지 마십시오.
    연락이 없을 경우 피의자로 전환되어 계좌가 동결될 수 있습니다.
    """))

M("phish", "court-ecourt", prof="phish", cs="utf-8", cte="quoted-printable",
  frm=("대법원 전자소송", "ecfs@scourt-efiling.example"), to=DOHYUN,
  subj="[전자소송] 소장 부본 송달 안내 - 사건 2025가소1xxxxx", d="2025-10-01 11:25",
  html="auto", skin="brand2", brand="대한민국 법원 전자소송", color="#1e3a6e",
  button=("송달문서 확인", "http://scourt-efiling.example/ecf/doc?sn=7721"),
  text=T("""
    송달 안내

    귀하를 피고로 하는 손해배상 청구 소송의 소장 부본이 전자 송달되었습니다.

    사건번호: 2025가소1xxxxx
    원고: 주식회사 ○○캐피탈
    답변서 제출기한: 송달일로부터 30일

    송달문서 확인 시 공동인증서 로그인이 필요합니다.
    기한 내 답변서를 제출하지 않으면 원고 청구대로 판결될 수 있습니다.
    """))

M("phish", "gov24-benefit", prof="phish", cs="utf-8", cte="base64",
  frm=("정부24", "notice@gov24-support.test"), to=MINA,
  subj="[정부24] 민생회복 소비쿠폰 추가 지급 대상자 안내", d="2025-08-01 12:00",
  html="auto", skin="brand", brand="정부24", color="#1a5fb4",
  button=("지급 신청하기", "http://gov24-support.test/coupon/apply"),
  text=T("""
    민생회복 소비쿠폰 추가 지급 안내

    귀하는 민생회복 소비쿠폰 2차 추가 지급 대상자로 확인되었습니다.
    지급액: 1인 100,000원

    8월 8일까지 신청하지 않으면 지급 대상에서 제외됩니다.
    신청 시 본인 명의 카드번호와 간편인증이 필요합니다.
    """))

M("phish", "health-refund", prof="phish", cs="ks_c_5601-1987", cte="base64",
  frm=("국민건강보험공단", "refund@nhis-refund.example"), to=("강성철", "sc.kang@kang-home.test"),
  subj="[국민건강보험] 본인부담상한액 초과 환급금 발생 안내", d="2025-09-10 09:20",
  text=T("""
    [국민건강보험] 환급금 발생 안내

    2024년도 본인부담상한액 초과 환급금이 발생하였습니다.
    환급 예정 금액: 624,300원

    환급금 조회 및 신청: http://nhis-refund.example/refund/check
    신청 시 안내에 따라 "건강보험" 앱을 설치하시면 빠르게 처리됩니다.
    """))

M("phish", "traffic-fine", prof="phish", cs="euc-kr", cte="quoted-printable",
  frm=("경찰청 교통민원24", "efine@traffic-fine-notice.test"), to=DOHYUN,
  subj="[교통민원24] 신호위반 과태료 부과 사전통지서", d="2025-04-23 08:15",
  html="auto", skin="brand3", brand="경찰청 교통민원24", tagline="과태료 사전통지", color="#00467f",
  text=T("""
    과태료 부과 사전통지

    귀하의 차량이 아래와 같이 교통법규를 위반하여 과태료 부과를 사전 통지합니다.

    위반일시: 2025-04-18 18:42
    위반장소: 서울 강남구 테헤란로 xx 교차로
    위반내용: 신호위반 (무인단속)
    과태료: 70,000원 (의견진술 기한 내 자진납부 시 20% 감경)

    위반 사진 확인 및 납부: http://traffic-fine-notice.test/efine/view?no=250418
    """))

M("phish", "parking-fine-qr", prof="phish", cs="utf-8", cte="base64",
  frm=("구청 주차단속팀", "parking@city-parking-fine.example"), to=HAEUN,
  subj="주정차 위반 과태료 사전통지 - QR 코드로 간편 납부", d="2025-07-02 10:12",
  html=T("""
    <html><head><meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%"></head>
    <body style="font-family:'Malgun Gothic'">
    <div style="width:520px;margin:auto;border:2px solid #444;padding:18px">
    <h3 style="margin-top:0">주정차 위반 과태료 사전통지서</h3>
    <p>위반일시: 2025-06-28 14:05<br>위반장소: 소화전 앞 5m 이내<br>과태료: 80,000원</p>
    <p>아래 QR 코드를 휴대폰 카메라로 스캔하여 위반 사진 확인 및 간편 납부를 진행하세요.</p>
    <p style="text-align:center"><img src="cid:qr_0702@parking" width="180" height="180" alt="QR"></p>
    <p style="font-size:11px;color:#777">의견진술 기한 내 납부 시 20% 감경됩니다.</p>
    </div></body></html>
    """),
  inline=[dict(cid="qr_0702@parking", name="qr.png", kind="qr")])

M("phish", "obituary-lure", prof="phish", cs="euc-kr", cte="base64",
  frm=("김영수", "ys.kim1962@freemail.test"), to=MINJUN, spf="pass",
  subj="[부고] 故 김정호 님 별세 - 장례식장 안내", d="2025-11-02 07:31",
  text=T("""
    [부고]

    故 김정호 님께서 별세하셨기에 삼가 알려드립니다.

    빈소 및 발인 일정, 조의금 계좌는 아래 모바일 부고장에서 확인 부탁드립니다.
    http://bugo-notice.example/v/kjh1102

    삼가 고인의 명복을 빕니다.
    """))

M("phish", "wedding-lure", prof="phish", cs="utf-8", cte="base64",
  frm=("이수민", "sumin.wedding@freemail.test"), to=YERIN,
  subj="저희 결혼합니다 💍 모바일 청첩장 보내드려요", d="2025-09-06 12:18",
  text=T("""
    안녕하세요 💍

    그동안 연락 자주 못 드렸는데 저희 드디어 결혼합니다!
    바쁘시더라도 오셔서 축복해 주시면 감사하겠습니다.

    모바일 청첩장 보기 👉 http://wedding-invite.test/card/sumin0927.apk

    (안드로이드 폰에서 열어 주세요)
    """))

M("phish", "bec-account-change", prof="phish", cs="ks_c_5601-1987", cte="base64", bstyle="outlook",
  frm=("최영호", "yh.choi@daesung-stee1.example"), to=JIWOO, reply_to=("최영호", "yh.choi.daesung@freemail.test"),
  mailer="Microsoft Outlook 16.0", spf="pass",
  subj="[대성스틸] 결제 계좌 변경 안내 (11월 대금부터 적용)", d="2025-11-18 16:52",
  text=T("""
    박지우 과장님께,

    안녕하십니까. 대성스틸 영업부 최영호입니다.
    당사 주거래 은행 변경에 따라 11월 대금부터 결제 계좌가 아래와 같이 변경되었음을 안내드립니다.

    변경 전: 부산은행 (기존 계좌)
    변경 후: 하나은행 3xx-9100xx-xx807 (예금주: 대성스틸 주식회사)

    현재 회계 감사 중이라 기존 계좌로는 입금이 되지 않으니 반드시 신규 계좌로 송금 부탁드립니다.
    급하게 처리하실 부분이 있으면 메일로만 연락 주십시오. (외근 중이라 통화가 어렵습니다)

    최영호 드림
    대성스틸㈜ 영업부 부장
    """))

M("phish", "bec-invoice-html", prof="phish", cs="utf-8", cte="7bit", tz="+0900",
  frm=("Hiroshi Tanaka", "h.tanaka@kyot0-parts.example"), to=JIWOO,
  subj="Invoice INV-2025-1147 - payment overdue / 인보이스 확인 요청", d="2025-12-02 18:06",
  text=T("""
    Dear Mr. Park,

    Please find attached the invoice INV-2025-1147 for the December shipment.
    Our accounting team informs that the payment is now overdue.

    Kindly open the attached document (secured by Microsoft) and confirm the remittance.

    Best regards,
    Hiroshi Tanaka
    Overseas Sales, Kyoto Parts Co., Ltd.
    """),
  att=[dict(name="INV-2025-1147.html", kind="html",
            data=phish_form_html("Secure Document", "Microsoft 365 - Sign in to view document", "#0078d4",
                                 [("Email", "text"), ("Password", "password")],
                                 "https://kyot0-parts.example/sharepoint/auth.php",
                                 "This document is protected. Sign in with your work e-mail to view."))])

M("phish", "ceo-giftcard", prof="phish", cs="utf-8", cte="base64",
  frm=("김정훈", "ceo.kimjh@freemail.test"), to=JIWOO, spf="pass",
  mailer="iPhone Mail (22B91)",
  subj="급히 부탁할 일이 있습니다", d="2025-04-30 10:47",
  text=T("""
    박과장,

    지금 외부 회의 중이라 통화가 어렵습니다.
    거래처 담당자들에게 보낼 선물로 구글 기프트카드 10만원권 10장이 급히 필요합니다.
    근처 편의점에서 구매해서 카드 뒷면 핀번호를 긁어 사진 찍어 이 메일로 보내주세요.
    비용은 오후에 법인카드로 정산해 주겠습니다.

    이 건은 다른 직원들에게는 아직 알리지 말아 주세요.

    김정훈
    대표이사

    iPhone에서 보냄
    """))

M("phish", "ceo-transfer", prof="phish", cs="ks_c_5601-1987", cte="quoted-printable",
  frm=("대표이사 김정훈", "daepyo.hanbit@mailbox.test"), to=("한빛무역 회계팀 이미선", "ms.lee@hanbit-trade.example"),
  subj="[긴급] 오늘 중 송금 처리 요청", d="2025-10-24 14:03",
  text=T("""
    이미선 팀장님,

    해외 거래처 인수 건으로 오늘 중 계약금 송금이 필요합니다.
    금액: 48,500,000원
    은행: 기업은행 0xx-0xxxxx-04-011 (예금주: 글로벌에셋파트너스)

    기밀 사항이라 결재는 내일 올리겠습니다. 처리 후 이체확인증을 이 메일로 회신해 주세요.
    지금 이사회 중이라 전화는 받을 수 없습니다.

    김정훈
    """))

M("phish", "secondhand-safepay", prof="phish", cs="utf-8", cte="base64",
  frm=("당근 안전결제", "safepay@daangn-safepay.test"), to=SEOYEON,
  subj="[당근 안전결제] 구매자가 결제를 완료했습니다 - 판매대금 수령 안내", d="2025-05-20 15:36",
  html="auto", skin="brand", brand="당근 안전결제", color="#ff6f0f",
  button=("판매대금 수령하기", "http://daangn-safepay.test/settle?tx=8830"),
  text=T("""
    판매대금 수령 안내

    판매 상품: 아이패드 에어 5세대 64GB
    결제 금액: 520,000원
    구매자: 달빛고양이

    구매자가 안전결제로 대금을 결제했습니다.
    판매대금을 받으시려면 아래에서 정산 계좌를 등록하고 본인 인증을 완료해 주세요.
    (판매자 보증금 50,000원 선입금 후 판매대금과 함께 환급됩니다)
    """))

M("phish", "secondhand-escrow", prof="phish", cs="euc-kr", cte="base64",
  frm=("번개장터 에스크로", "escrow@bunjang-escrow-pay.example"), to=("배수아", "sua.bae@ourmail.test"),
  subj="에스크로 결제 완료 - 입금 확인을 위한 판매자 인증 필요", d="2025-08-13 20:05",
  text=T("""
    에스크로 결제가 완료되었습니다.

    상품: 캠핑 의자 2개 세트
    금액: 120,000원
    거래번호: BJ-250813-4471

    판매자 보호를 위해 아래 링크에서 판매자 인증 후 입금이 진행됩니다.
    http://bunjang-escrow-pay.example/seller/verify?t=4471

    인증 시 계좌번호와 휴대폰 인증번호를 입력해 주세요.
    """))

M("phish", "mfa-qr", prof="phish", cs="utf-8", cte="base64",
  frm=("그룹웨어 보안관리자", "security@hanbit-trade.groupware-auth.example"), to=("한수진", "sujin.han@hanbit-trade.example"),
  subj="[보안] 그룹웨어 2단계 인증(MFA) 재등록 필요 - 12월 1일까지", d="2025-11-26 09:04",
  text=T("""
    한수진 님,

    보안 정책 변경에 따라 모든 임직원은 12월 1일까지 2단계 인증을 재등록해야 합니다.
    첨부된 QR 코드를 휴대폰 카메라로 스캔하여 재등록을 완료해 주세요.

    기한 내 미등록 시 메일 및 그룹웨어 접속이 차단됩니다.

    정보보안팀
    """),
  att=[dict(name="MFA_재등록_QR.png", kind="qr", style="2231")])

M("phish", "voicemail-svg", prof="phish", cs="utf-8", cte="quoted-printable",
  frm=("음성사서함", "voicemail@pbx-notify.test"), to=TAEHO,
  subj="새 음성메시지 도착 (02-0xxx-4471) 00:42", d="2025-03-04 17:20",
  text=T("""
    새 음성메시지가 도착했습니다.

    발신번호: 02-0xxx-4471
    길이: 00:42
    수신일시: 2025-03-04 17:19

    첨부파일을 열어 메시지를 재생하세요.
    """),
  att=[dict(name="VM_0304_1719.svg", kind="svg",
            data=T("""
            <svg xmlns="http://www.w3.org/2000/svg" width="420" height="120" viewBox="0 0 420 120">
            <rect width="420" height="120" fill="#f4f6f8"/>
            <text x="20" y="40" font-family="sans-serif" font-size="18">음성메시지 (00:42)</text>
            <a href="http://pbx-notify.test/vm/play?u=taeho.oh%40bluepeak-soft.example">
            <rect x="20" y="60" width="160" height="36" fill="#1a73e8"/>
            <text x="38" y="84" font-family="sans-serif" font-size="15" fill="#fff">▶ 메시지 재생</text>
            </a>
            </svg>
            """))])

M("phish", "purchase-order-zip", prof="phish", cs="euc-kr", cte="base64",
  frm=("구매팀 박민호", "mh.park@purchasing-order.example"), to=("윤재성", "js.yoon@daon-mall.example"),
  subj="구매발주서 PO-2025-1120 확인 요청드립니다", d="2025-11-20 13:13",
  text=T("""
    안녕하세요.
    신규 발주 건 관련하여 구매발주서를 첨부와 같이 송부드립니다.
    수량과 단가 확인 후 오늘 중으로 회신 부탁드립니다.

    박민호 드림
    """),
  att=[dict(name="PO-2025-1120.zip", kind="zip",
            files=[("PO-2025-1120.pdf.html",
                    phish_form_html("Document Viewer", "문서를 보려면 메일 계정으로 로그인하세요", "#c62828",
                                    [("이메일", "text"), ("비밀번호", "password")],
                                    "http://purchasing-order.example/view/auth.php",
                                    "보안 문서입니다. 수신자 확인 후 열람할 수 있습니다."))])])

M("phish", "fintech-refund", prof="phish", cs="utf-8", cte="base64",
  frm=("토스 고객센터", "cs@toss-transfer-help.test"), to=("이정민", "jm.lee@hanbit-trade.example"),
  subj="[토스] 잘못 보낸 돈 반환 요청이 접수되었습니다", d="2025-07-25 21:40",
  html="auto", skin="brand", brand="toss", color="#0064ff",
  button=("반환 요청 확인", "http://toss-transfer-help.test/return?id=25072519"),
  text=T("""
    잘못 보낸 돈 반환 요청

    이정민 님 계좌로 잘못 입금된 350,000원에 대해 송금인이 반환을 요청했어요.
    48시간 안에 반환하지 않으면 계좌가 지급정지될 수 있어요.

    아래에서 반환 요청을 확인하고 본인 인증을 진행해 주세요.
    """))

M("phish", "shopping-callback", prof="phish", cs="euc-kr", cte="quoted-printable",
  frm=("쿠팡", "order@coupang-orders.example"), to=YERIN,
  subj="[쿠팡] 결제 완료 안내 - 주문번호 2100-4471-xxxx (1,189,000원)", d="2025-12-11 08:56",
  html="auto", skin="brand2", brand="coupang", color="#346aff",
  text=T("""
    결제가 완료되었습니다

    주문번호: 2100-4471-xxxx
    상품: 애플 맥북 에어 13 M4 16GB 512GB
    결제금액: 1,189,000원
    배송지: 경기도 xx시 (본인 주소 아님)

    본인이 주문하지 않으셨다면 즉시 취소 센터 070-0412-3391 로 연락 주십시오.
    미신고 시 결제가 확정되어 취소가 불가능합니다.
    """))


# ======================================================================== BULK
def ad_footer(company, ceo, brn, addr, tel, unsub, extra=""):
    return T("""
    본 메일은 %s 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.
    더 이상 수신을 원하지 않으시면 수신거부(%s)를 눌러 주세요.
    %s | 대표 %s | 사업자등록번호 %s
    %s | 고객센터 %s%s
    """) % (company, unsub, company, ceo, brn, addr, tel, extra)


def bulk_msg(merchant, domain, to, subj, d, body, ceo, brn, addr, tel, cs, cte, skin, color, **kw):
    unsub = "https://%s/unsubscribe?u=%s" % (domain, hashlib.sha1((domain + to[1]).encode()).hexdigest()[:12])
    text = body.rstrip("\n") + "\n\n" + ad_footer(merchant, ceo, brn, addr, tel, unsub, kw.pop("extra", ""))
    M("bulk", kw.pop("kind", "ad"), prof="bulk", cs=cs, cte=cte, frm=(kw.pop("display", merchant), kw.pop("addr", "news@" + domain)),
      to=to, subj=subj, d=d, text=text, html=kw.pop("html", "auto"), skin=skin, brand=kw.pop("brand", merchant), color=color,
      unsub=unsub, unsub_mail=kw.pop("unsub_mail", "unsubscribe@" + domain), precedence="bulk",
      feedback_id=kw.pop("feedback_id", "%s:%s:marketing" % (d[:10].replace("-", ""), domain.split(".")[0])), **kw)


bulk_msg("나무결리빙", "namugyeol-living.example", JIWOO, "(광고) [나무결리빙] 원목 식탁 겨울 기획전 최대 35% 할인",
         "2025-11-24 11:00", T("""
         원목 식탁 겨울 기획전

         북미산 월넛 · 오크 원목 식탁 최대 35% 할인
         4인 식탁 세트 1,290,000원 → 849,000원
         전국 무료 배송 · 설치 (제주/도서산간 제외)

         기간: 11월 24일 ~ 12월 7일
         기획전 바로가기: https://namugyeol-living.example/event/winter-table
         """), "김나무", "214-8x-xxxx1", "경기도 파주시 탄현면 xx로 112", "1588-0000", "utf-8", "quoted-printable", "newsletter", "#6d4c41")

bulk_msg("브루하우스", "brewhouse-coffee.example", YERIN, "(광고) 브루하우스 원두 정기구독 첫 달 50% + 드립백 증정",
         "2025-03-10 10:30", T("""
         이번 달 싱글오리진

         에티오피아 예가체프 G1 (워시드) - 자스민, 레몬, 홍차
         콜롬비아 핑크 버번 - 복숭아, 꿀

         정기구독 신규 가입 시 첫 달 50% 할인 + 드립백 10개 증정
         구독하기: https://brewhouse-coffee.example/subscribe
         """), "이준호", "105-2x-xxxx7", "서울특별시 성동구 성수이로 xx, 1층", "02-465-xxxx", "utf-8", "base64", "brand2", "#3e2723")

bulk_msg("온담코스메틱", "ondam-cosmetic.example", HAEUN, "(광고) [온담] 회원 전용 시크릿 쿠폰 20% - 수분 크림 리뉴얼 기념",
         "2025-05-15 12:00", T("""
         수분 크림 리뉴얼 출시

         세라마이드 함량 2배, 무향료 · 저자극 테스트 완료
         회원 전용 시크릿 쿠폰 20% (5월 31일까지)
         쿠폰 코드: ONDAM20

         쇼핑하기: https://ondam-cosmetic.example/shop/cream
         """), "박온담", "220-8x-xxxx3", "서울특별시 강남구 도산대로 xx길 8", "070-4000-xxxx", "euc-kr", "base64", "brand", "#c2185b",
         button=("쿠폰 받고 쇼핑하기", "https://ondam-cosmetic.example/shop/cream"))

bulk_msg("바디핏 스튜디오", "bodyfit-studio.example", SEOYEON, "(광고) 바디핏 필라테스 신규 회원 체험 1회 무료 + 3개월 등록 할인",
         "2025-01-06 10:00", T("""
         새해 목표는 바디핏과 함께!

         기구 필라테스 1:1 체험 1회 무료
         3개월 등록 시 20% 할인 + 운동복 증정
         망원점 · 합정점 동시 이용 가능

         체험 예약: https://bodyfit-studio.example/trial
         """), "최유진", "101-9x-xxxx2", "서울특별시 마포구 월드컵로 xx, 3층", "02-336-xxxx", "utf-8", "quoted-printable", "brand3", "#00897b",
         tagline="PILATES")

bulk_msg("하늘길투어", "haneulgil-tour.example", MINJUN, "(광고) [하늘길투어] 겨울방학 일본 온천 패키지 조기예약 특가",
         "2025-10-20 09:30", T("""
         겨울방학 일본 온천 패키지

         벳푸 · 유후인 3박 4일 599,000원부터
         홋카이도 노보리베츠 4박 5일 1,090,000원부터
         조기예약 시 1인 50,000원 추가 할인 (11월 15일까지)

         ※ 유류할증료 포함, 가이드/기사 경비 별도
         상품 보기: https://haneulgil-tour.example/packages/winter-onsen
         """), "정하늘", "120-8x-xxxx9", "서울특별시 중구 을지로 xx, 12층", "1666-0000", "euc-kr", "quoted-printable", "brand", "#0277bd",
         extra="\n관광사업자 등록번호 제2025-00xxxx호 | 영업보증보험 가입")

bulk_msg("에듀클라우드", "educloud-kr.example", MINA, "(광고) 에듀클라우드 데이터 분석 자격증 온라인 과정 얼리버드 30%",
         "2025-08-11 13:00", T("""
         ADsP · 빅데이터분석기사 온라인 과정

         현직 데이터 분석가 강의 · 기출 해설 · 모의고사 5회
         얼리버드 30% 할인 (8월 24일까지)
         합격 시 수강료 50% 환급

         과정 안내: https://educloud-kr.example/course/data-cert
         """), "오세훈", "211-8x-xxxx4", "서울특별시 서초구 강남대로 xx, 7층", "02-6000-xxxx", "utf-8", "base64", "newsletter", "#5e35b1",
         extra="\n원격평생교육시설 신고번호 제원-xxx호")

bulk_msg("멍냥마켓", "meongnyang-market.example", ("배수아", "sua.bae@ourmail.test"),
         "(광고) [멍냥마켓] 사료 정기배송 10% 추가 할인 🐶🐱", "2025-06-09 11:00", T("""
         사료 정기배송 고객 감사 이벤트 🐶🐱

         정기배송 신청 시 10% 추가 할인
         노즈워크 장난감 증정 (선착순 500명)
         3만원 이상 무료배송

         이벤트 보기: https://meongnyang-market.example/event/subscription
         """), "한다온", "315-8x-xxxx8", "경기도 고양시 덕양구 xx로 45", "1644-0000", "utf-8", "quoted-printable", "brand2", "#f57c00")

bulk_msg("그린필드골프", "greenfield-golf.example", TAEHO, "(광고) 그린필드골프 시즌오프 드라이버·아이언 최대 40%",
         "2025-11-03 10:00", T("""
         시즌오프 클리어런스

         2025년형 드라이버 최대 40% 할인
         아이언 세트 구매 시 피팅 무료
         골프화 · 의류 1+1 (일부 품목)

         매장 방문 예약: https://greenfield-golf.example/store/reservation
         """), "강필드", "409-8x-xxxx6", "경기도 용인시 수지구 xx로 210", "031-265-xxxx", "ks_c_5601-1987", "base64", "brand3", "#2e7d32",
         tagline="SEASON OFF")

bulk_msg("오토케어 정비센터", "autocare-service.example", DOHYUN, "(광고) [오토케어] 겨울철 차량 무상 점검 + 엔진오일 교환 20% 할인",
         "2025-12-01 09:00", T("""
         겨울철 무상 점검 캠페인

         배터리 · 부동액 · 타이어 공기압 무상 점검
         엔진오일 교환 20% 할인 (합성유 기준)
         스노우 타이어 교체 예약 접수 중

         예약하기: https://autocare-service.example/booking
         """), "윤정비", "128-8x-xxxx0", "경기도 고양시 일산서구 xx로 77", "031-911-xxxx", "euc-kr", "base64", "brand", "#455a64")

bulk_msg("맑은물렌탈", "malgeunmul-rental.example", ("최경자", "kyungja.choi@choi-family.test"),
         "(광고) 맑은물렌탈 직수 정수기 렌탈 3개월 무료 + 설치비 0원", "2025-04-07 14:00", T("""
         직수 정수기 렌탈 프로모션

         월 19,900원 (36개월 약정, 제휴카드 할인 시 월 9,900원)
         3개월 렌탈료 무료 · 설치비 0원
         4개월마다 방문 관리 서비스

         상담 신청: https://malgeunmul-rental.example/consult
         ※ 약정 기간 내 해지 시 위약금이 발생할 수 있습니다.
         """), "서맑음", "606-8x-xxxx1", "부산광역시 해운대구 센텀중앙로 xx", "1599-0000", "euc-kr", "quoted-printable", "brand2", "#0288d1")

bulk_msg("밝은눈안경", "bright-eye-optical.example", ("강예진", "yejin@kang-home.test"),
         "(광고) [밝은눈안경] 누진다초점 렌즈 체험 이벤트 및 시력검사 무료", "2025-09-15 11:30", T("""
         누진다초점 렌즈 체험 이벤트

         정밀 시력검사 무료
         누진다초점 렌즈 30% 할인 + 적응 보증 (60일 내 재제작)
         어린이 근시 관리 렌즈 상담

         매장 안내: https://bright-eye-optical.example/stores
         """), "이밝음", "134-2x-xxxx5", "경기도 수원시 팔달구 xx로 31", "031-246-xxxx", "utf-8", "8bit", "brand", "#1565c0")

bulk_msg("책방마을", "bookvillage.example", HAEUN, "(광고) [책방마을] 12월 북클럽 신규 회원 모집 + 독립출판 페어 초대",
         "2025-11-27 10:00", T("""
         12월 북클럽 신규 회원 모집

         월 1권 큐레이션 도서 배송 + 온라인 북토크
         월 19,000원 (첫 달 9,900원)

         독립출판 페어 '작은 책들의 겨울'
         12월 13일 ~ 14일, 책방마을 2층 (무료 입장)

         신청하기: https://bookvillage.example/club
         """), "문책방", "107-9x-xxxx2", "서울특별시 종로구 xx길 22", "02-733-xxxx", "utf-8", "base64", "newsletter", "#795548")

bulk_msg("오션뷰호텔 부산", "oceanview-busan.example", ("이정민", "jm.lee@hanbit-trade.example"),
         "(광고) 오션뷰호텔 부산 - 연말 패키지 조식 2인 + 레이트 체크아웃", "2025-11-10 15:00", T("""
         연말 오션뷰 패키지

         디럭스 오션뷰 1박 + 조식 2인 + 레이트 체크아웃 14시
         12월 평일 189,000원부터 (세금 및 봉사료 포함)
         크리스마스 · 연말 기간 별도 요금

         예약하기: https://oceanview-busan.example/offers/yearend
         """), "배바다", "617-8x-xxxx4", "부산광역시 해운대구 해운대해변로 xxx", "051-740-xxxx", "ks_c_5601-1987", "quoted-printable", "brand2", "#00838f")

bulk_msg("어반무드", "urbanmood-shop.example", YERIN, "(광고) [어반무드] 겨울 아우터 신상 입고 + 앱 첫 구매 15% 쿠폰",
         "2025-10-28 12:00", T("""
         겨울 아우터 신상 입고

         울 블렌드 싱글 코트 / 덕다운 숏패딩 / 플리스 집업
         앱 첫 구매 15% 쿠폰 · 무료 반품

         신상 보러 가기: https://urbanmood-shop.example/new/outer
         """), "한무드", "261-8x-xxxx8", "서울특별시 성동구 연무장길 xx", "1670-0000", "utf-8", "quoted-printable", "brand3", "#212121",
         tagline="NEW IN")

bulk_msg("농부마켓", "nongbu-market.example", ("최경자", "kyungja.choi@choi-family.test"),
         "(광고) [농부마켓] 산지직송 절임배추 20kg 김장 예약 시작", "2025-10-13 09:00", T("""
         김장 절임배추 예약 시작

         해남 산지직송 절임배추 20kg 39,900원
         11월 15일 ~ 12월 10일 원하는 날짜 도착
         김장 양념 10kg 세트 예약 시 5,000원 할인

         예약하기: https://nongbu-market.example/kimjang
         """), "정농부", "415-9x-xxxx7", "전라남도 해남군 해남읍 xx길 10", "061-530-xxxx", "euc-kr", "base64", "brand2", "#558b2f",
         html=None)

bulk_msg("하이전자마트", "hi-electro-mart.example", MINJUN, "(광고) [하이전자마트] 블랙프라이데이 가전 최대 50% + 카드 청구할인",
         "2025-11-21 10:00", T("""
         블랙프라이데이 가전 특가

         4K TV 65형 1,290,000원 → 849,000원
         건조기 · 세탁기 세트 최대 30% 할인
         제휴카드 결제 시 최대 10만원 청구할인

         특가 보기: https://hi-electro-mart.example/blackfriday
         """), "고하이", "138-8x-xxxx3", "서울특별시 영등포구 영중로 xx", "1588-0000", "utf-8", "base64", "brand", "#d32f2f",
         button=("특가 상품 보기", "https://hi-electro-mart.example/blackfriday"))

bulk_msg("워크플로우", "workflow-saas.example", TAEHO, "(광고) 워크플로우 전자결재·근태관리 SaaS - 30인 이하 1년 무료",
         "2025-02-18 10:30", T("""
         중소기업 전자결재 · 근태관리 올인원

         전자결재, 근태/연차, 경비 정산을 하나로
         30인 이하 사업장 1년 무료 (2025년 3월 가입 기업)
         기존 그룹웨어 데이터 무료 이전

         데모 신청: https://workflow-saas.example/demo
         """), "장워크", "264-8x-xxxx6", "경기도 성남시 분당구 판교역로 xxx", "02-6207-xxxx", "utf-8", "quoted-printable", "brand2", "#3949ab",
         display="워크플로우 Workflow")

bulk_msg("프린트몰", "printmall.example", DOHYUN, "(광고) [프린트몰] 명함 · 스티커 · 전단 연말 인쇄 20% 할인",
         "2025-12-08 11:00", T("""
         연말 인쇄 할인

         명함 200매 9,900원부터
         원형 스티커 1,000매 15,000원부터
         전단지 · 캘린더 주문 시 20% 할인 (12월 19일까지)

         주문하기: https://printmall.example/order
         """), "송인쇄", "203-8x-xxxx2", "서울특별시 중구 충무로 xx", "02-2269-xxxx", "euc-kr", "8bit", "brand3", "#ef6c00",
         tagline="PRINT")

bulk_msg("꿈나무영어", "kkumnamu-english.example", ("최민준", "minjun@choi-family.test"),
         "(광고) 꿈나무영어 겨울방학 파닉스 특강 모집 (초등 1~3학년)", "2025-12-02 16:00", T("""
         겨울방학 파닉스 특강

         대상: 초등 1~3학년
         기간: 2026년 1월 5일 ~ 1월 30일 (주 3회)
         수강료: 180,000원 (교재비 포함)
         무료 레벨 테스트 진행 중

         신청: https://kkumnamu-english.example/winter
         """), "김꿈", "119-9x-xxxx5", "서울특별시 마포구 xx로 88, 4층", "02-322-xxxx", "utf-8", "base64", "brand", "#fbc02d",
         extra="\n학원등록번호 제xxxx호 | 교습비 게시표 홈페이지 참조")

bulk_msg("캠프라인", "campline-outdoor.example", ("송지훈", "jihoon.song@ourmail.test"),
         "(광고) [캠프라인] 동계 캠핑 난로 · 침낭 기획전 + 무료 배송", "2025-10-06 10:00", T("""
         동계 캠핑 준비하세요

         등유 난로 · 전기 요 · 구스 침낭 기획전
         최대 25% 할인 + 전 상품 무료 배송
         난로 구매 시 일산화탄소 경보기 증정

         기획전 보기: https://campline-outdoor.example/winter
         """), "임캠프", "312-8x-xxxx1", "경기도 김포시 xx로 300", "1577-0000", "ks_c_5601-1987", "base64", "newsletter", "#33691e")


# ------------------------------------------------------------- MIME variety
# (kept separate so the message texts above stay readable)
def _logo(cid, w=160, h=40, colors=None):
    return dict(cid=cid, name="logo.png", kind="png", w=w, h=h, colors=colors)


TWEAKS = {
    # HTML-only brand / advertising mail
    "(광고) 브루하우스 원두 정기구독 첫 달 50% + 드립백 증정": dict(text_only_html=True),
    "(광고) 바디핏 필라테스 신규 회원 체험 1회 무료 + 3개월 등록 할인": dict(text_only_html=True),
    "(광고) 에듀클라우드 데이터 분석 자격증 온라인 과정 얼리버드 30%": dict(text_only_html=True),
    "(광고) [멍냥마켓] 사료 정기배송 10% 추가 할인 🐶🐱": dict(text_only_html=True),
    "(광고) 오션뷰호텔 부산 - 연말 패키지 조식 2인 + 레이트 체크아웃": dict(text_only_html=True),
    "(광고) [어반무드] 겨울 아우터 신상 입고 + 앱 첫 구매 15% 쿠폰": dict(text_only_html=True),
    "[배달의민족] 주문 영수증 (B2KR0815xxxx)": dict(text_only_html=True),
    "[인터파크티켓] 예매가 완료되었습니다 - 뮤지컬 <시간의 정원>": dict(text_only_html=True),
    "[CGV] 2026년 VIP 등급 선정 안내": dict(text_only_html=True),
    "(광고) [SKYPASS] 마일리지로 떠나는 겨울 여행 - 보너스 항공권 공석 안내": dict(text_only_html=True),
    "(광고) [멜론티켓] 이번 주 티켓오픈 일정 - 연말 콘서트 라인업 공개": dict(text_only_html=True),
    "[한국전력] 2025년 8월분 전기요금 청구서": dict(text_only_html=True),
    # inline (cid:) logos -> multipart/related
    "(광고) [나무결리빙] 원목 식탁 겨울 기획전 최대 35% 할인": dict(logo="cid:logo@namugyeol-living.example", inline=[_logo("logo@namugyeol-living.example")]),
    "(광고) [하이전자마트] 블랙프라이데이 가전 최대 50% + 카드 청구할인": dict(logo="cid:hi_logo_01", inline=[_logo("hi_logo_01")], text_only_html=True),
    "(광고) [캠프라인] 동계 캠핑 난로 · 침낭 기획전 + 무료 배송": dict(logo="cid:campline-logo", inline=[_logo("campline-logo"), dict(cid="campline-main", name="winter_main.png", kind="png", w=240, h=100)]),
    "(광고) [온담] 회원 전용 시크릿 쿠폰 20% - 수분 크림 리뉴얼 기념": dict(logo="cid:ondam_ci", inline=[_logo("ondam_ci")]),
    "[대한항공] 전자항공권 확인증 (예약번호 K7Q2XM)": dict(logo="cid:ke_logo@koreanair", inline=[_logo("ke_logo@koreanair", colors=[(0, 37, 108), (255, 255, 255), (0, 160, 220)])]),
    "주문하신 상품이 출고되었습니다": dict(logo="cid:cp_logo", inline=[_logo("cp_logo")]),
    "(광고) [올리브영] 예린 님, 12월 올영세일 GOLD 회원 혜택 🎁": dict(logo="cid:oy_logo", inline=[_logo("oy_logo")]),
    "[하나은행] 해외송금 입금 완료 안내": dict(logo="cid:hana_ci", inline=[_logo("hana_ci")], text_only_html=True),
    "[카카오] 카카오계정 보호조치 안내 - 해제 필요": dict(logo="cid:kakao_logo", inline=[_logo("kakao_logo")]),
    "[토스] 잘못 보낸 돈 반환 요청이 접수되었습니다": dict(text_only_html=True),
    "[정부24] 민생회복 소비쿠폰 추가 지급 대상자 안내": dict(text_only_html=True),
    "(광고) 정부지원 서민금융 햇살론 특례 승인 대상자 안내": dict(),
}
_seen = set()
for _m in MSGS:
    if _m["subj"] in TWEAKS:
        _m.update(TWEAKS[_m["subj"]])
        _seen.add(_m["subj"])
assert _seen == set(TWEAKS), set(TWEAKS) - _seen


if __name__ == "__main__":
    sys.exit(main())
