#!/usr/bin/env python3
"""Generate the modern-fresh2 labelled e-mail measurement set.

Synthetic messages only.  Standard library only, fixed seeds, no clock reads:
running this script rewrites ham/, spam/, phish/, MANIFEST.tsv and README.md
byte-for-byte identically, then parses every message back and exits non-zero
on any problem.
"""
import base64
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html as _html
import io
import ipaddress
import os
import quopri
import random
import re
import struct
import sys
import textwrap
import urllib.parse
import zipfile
import zlib
from email.charset import Charset, BASE64 as CS_B64, QP as CS_QP
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = "modern-fresh2|2026-11-28"
CRLF = "\r\n"
MX = "mx.alderbrook.example"
OUR_DOMAINS = ("alderbrook.example", "kestrel-labs.test", "mora-family.test")
NETS = [ipaddress.ip_network(n) for n in ("192.0.2.0/24", "198.51.100.0/24", "203.0.113.0/24")]
UTC = _dt.timezone.utc
START = _dt.datetime(2025, 1, 6, tzinfo=UTC)
END = _dt.datetime(2026, 11, 18, tzinfo=UTC)

# ---------------------------------------------------------------- recipients
PEOPLE = {
    "en": [("Dana Whitfield", "dana@alderbrook.example"), ("Priya Raman", "priya@alderbrook.example"),
           ("Tom Okafor", "tokafor@alderbrook.example"), ("Sam Ortega", "sam@kestrel-labs.test"),
           ("Carmen Mora", "carmen@mora-family.test"), ("Luis Mora", "luis@mora-family.test"),
           ("Marco Bellini", "marco.bellini@alderbrook.example"), ("Hannah Lee", "hannah.lee@kestrel-labs.test")],
    "de": [("Lena Vogt", "lena.vogt@alderbrook.example"), ("Jonas Kessler", "jonas@kestrel-labs.test")],
    "fr": [("Jules Moreau", "jules@kestrel-labs.test"), ("Camille Roux", "camille@alderbrook.example")],
    "es": [("Carmen Mora", "carmen@mora-family.test"), ("Luis Mora", "luis@mora-family.test"),
           ("Sofía Mora", "sofia@mora-family.test")],
    "pt": [("Ana Souza", "ana.souza@kestrel-labs.test")],
    "nl": [("Eline de Vries", "eline@kestrel-labs.test")],
    "it": [("Giulia Conti", "giulia@kestrel-labs.test"), ("Marco Bellini", "marco.bellini@alderbrook.example")],
}
ROLE = {
    "accounts": ("Accounts Payable", "accounts@alderbrook.example"),
    "finance": ("Finance", "finance@kestrel-labs.test"),
    "hr": ("People Ops", "hr@kestrel-labs.test"),
    "info": ("Alderbrook Info", "info@alderbrook.example"),
    "ap": ("AP", "ap@kestrel-labs.test"),
}

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro".split(),
    "nl": "januari februari maart april mei juni juli augustus september oktober november december".split(),
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre".split(),
}
WDAYS = {
    "en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
    "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
    "fr": "lundi mardi mercredi jeudi vendredi samedi dimanche".split(),
    "es": "lunes martes miércoles jueves viernes sábado domingo".split(),
    "pt": "segunda-feira terça-feira quarta-feira quinta-feira sexta-feira sábado domingo".split(),
    "nl": "maandag dinsdag woensdag donderdag vrijdag zaterdag zondag".split(),
    "it": "lunedì martedì mercoledì giovedì venerdì sabato domenica".split(),
}

HEX = "0123456789abcdef"
ALNUM = "abcdefghijklmnopqrstuvwxyz0123456789"
ALNUMU = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPDIG = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
DIG = "0123456789"


def ip_for(host):
    h = hashlib.sha256(host.encode()).digest()
    net = ("192.0.2", "198.51.100", "203.0.113")[h[0] % 3]
    return "%s.%d" % (net, 1 + h[1] % 253)


def us_dst(t):
    return (3, 9) <= (t.month, t.day) < (11, 2)


def eu_dst(t):
    return (3, 30) <= (t.month, t.day) < (10, 26)


def tz_for(region, t):
    if region == "utc":
        return 0
    if region == "us-e":
        return -240 if us_dst(t) else -300
    if region == "us-c":
        return -300 if us_dst(t) else -360
    if region == "us-p":
        return -420 if us_dst(t) else -480
    if region == "uk":
        return 60 if eu_dst(t) else 0
    if region == "eu":
        return 120 if eu_dst(t) else 60
    if region == "br":
        return -180
    if region == "mx":
        return -360
    if region == "in":
        return 330
    if region == "ng":
        return 60
    if region == "cn":
        return 480
    if region == "ru":
        return 180
    return 0


def rfcdate(t, tzmin=0, comment=None, dayname=True, ms=False):
    z = _dt.timezone(_dt.timedelta(minutes=tzmin))
    lt = t.astimezone(z)
    sign = "+" if tzmin >= 0 else "-"
    off = "%s%02d%02d" % (sign, abs(tzmin) // 60, abs(tzmin) % 60)
    wd = "Mon Tue Wed Thu Fri Sat Sun".split()[lt.weekday()]
    mo = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()[lt.month - 1]
    sec = "%02d" % lt.second
    if ms:
        sec += ".%03d" % (lt.microsecond // 1000)
    s = "%s%d %s %d %02d:%02d:%s %s" % (wd + ", " if dayname else "", lt.day, mo, lt.year, lt.hour, lt.minute, sec, off)
    if comment:
        s += " (%s)" % comment
    return s


# ---------------------------------------------------------------- context
class Ctx:
    def __init__(self, cls, idx, kind):
        self.cls, self.idx, self.kind = cls, idx, kind
        self.rng = random.Random("%s|%s|%04d" % (SEED, cls, idx))
        r2 = random.Random("%s|%s|%04d|when" % (SEED, cls, idx))
        days = (END - START).days
        day = START + _dt.timedelta(days=r2.randrange(days))
        if cls == "ham":
            hour = r2.choice([11, 12, 13, 13, 14, 14, 15, 15, 16, 16, 17, 18, 19, 20, 21, 22, 23, 1, 9, 10])
        else:
            hour = r2.randrange(24)
        self.when = day.replace(hour=hour, minute=r2.randrange(60), second=r2.randrange(60),
                                microsecond=r2.randrange(1000) * 1000)
        self._memo = {}
        self._lang = "en"
        r3 = random.Random("%s|%s|%04d|rcpt" % (SEED, cls, idx))
        self._rr = r3
        self.set_rcpt(r3.choice(PEOPLE["en"]))

    def set_rcpt(self, who):
        self.rc = who
        self.name, self.addr = who
        self.first = self.name.split()[0]
        self.last = self.name.split()[-1]
        self.local = self.addr.split("@")[0]
        self.rdom = self.addr.split("@")[1]

    def lang(self, lang, who=None):
        self._lang = lang
        if isinstance(who, str):
            who = ROLE[who]
        self.set_rcpt(who or self._rr.choice(PEOPLE[lang]))
        return self

    # memoised random values ------------------------------------------------
    def _m(self, key, fn):
        if key is None:
            return fn()
        if key not in self._memo:
            self._memo[key] = fn()
        return self._memo[key]

    def num(self, key, lo, hi):
        return self._m(("n", key), lambda: self.rng.randint(lo, hi))

    def pick(self, key, seq):
        return self._m(("p", key), lambda: seq[self.rng.randrange(len(seq))])

    def code(self, key, n, alpha=DIG):
        return self._m(("c", key), lambda: "".join(self.rng.choice(alpha) for _ in range(n)))

    def money(self, key, lo, hi):
        return self._m(("m", key), lambda: round(self.rng.uniform(lo, hi), 2))

    def hx(self, n, upper=False):
        s = "".join(self.rng.choice(HEX) for _ in range(n))
        return s.upper() if upper else s

    def an(self, n, alpha=ALNUM):
        return "".join(self.rng.choice(alpha) for _ in range(n))

    def b64(self, nbytes, url=False):
        raw = bytes(self.rng.getrandbits(8) for _ in range(nbytes))
        if url:
            return base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return base64.b64encode(raw).decode()

    def uuid(self, upper=False):
        h = self.hx(32)
        h = h[:12] + "4" + h[13:16] + "89ab"[int(h[16], 16) % 4] + h[17:]
        s = "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])
        return s.upper() if upper else s

    def ri(self, lo, hi):
        return self.rng.randint(lo, hi)

    def ch(self, seq):
        return seq[self.rng.randrange(len(seq))]

    # dates -----------------------------------------------------------------
    def t(self, days=0, hours=0, minutes=0):
        return self.when + _dt.timedelta(days=days, hours=hours, minutes=minutes)

    def d(self, days=0, style="us", hours=0):
        t = self.t(days, hours)
        m, wd = t.month - 1, t.weekday()
        E, L = MONTHS["en"], None
        if style == "us":
            return "%s %d, %d" % (E[m], t.day, t.year)
        if style == "usw":
            return "%s, %s %d, %d" % (WDAYS["en"][wd], E[m], t.day, t.year)
        if style == "uss":
            return "%s %d, %d" % (E[m][:3], t.day, t.year)
        if style == "ussd":
            return "%s, %s %d" % (WDAYS["en"][wd][:3], E[m][:3], t.day)
        if style == "usn":
            return "%02d/%02d/%d" % (t.month, t.day, t.year)
        if style == "uk":
            return "%d %s %d" % (t.day, E[m], t.year)
        if style == "ukw":
            return "%s %d %s %d" % (WDAYS["en"][wd], t.day, E[m], t.year)
        if style == "eun":
            return "%02d/%02d/%d" % (t.day, t.month, t.year)
        if style == "de":
            return "%02d.%02d.%d" % (t.day, t.month, t.year)
        if style == "iso":
            return "%d-%02d-%02d" % (t.year, t.month, t.day)
        if style == "dm":
            return "%s %d" % (E[m], t.day)
        lang = style[:2]
        L, W = MONTHS[lang], WDAYS[lang]
        w = style.endswith("w")
        if lang == "de":
            s = "%d. %s %d" % (t.day, L[m], t.year)
            return ("%s, " % W[wd] + s) if w else s
        if lang in ("fr", "nl", "it"):
            s = "%d %s %d" % (t.day, L[m], t.year)
            return ("%s %s" % (W[wd], s)) if w else s
        if lang in ("es", "pt"):
            s = "%d de %s de %d" % (t.day, L[m], t.year)
            return ("%s, %s" % (W[wd], s)) if w else s
        raise ValueError(style)

    def tm(self, hours=0, minutes=0, style="12", tz=0):
        t = self.t(0, hours, minutes) + _dt.timedelta(minutes=tz)
        if style == "12":
            h = t.hour % 12 or 12
            return "%d:%02d %s" % (h, t.minute, "AM" if t.hour < 12 else "PM")
        return "%02d:%02d" % (t.hour, t.minute)

    @property
    def year(self):
        return self.when.year


def usd(x):
    return "${:,.2f}".format(x)


def eur(x, lang="de"):
    s = "{:,.2f}".format(x)
    if lang in ("de", "es", "it", "nl", "pt"):
        s = s.replace(",", "X").replace(".", ",").replace("X", ".")
        return ("€ " + s) if lang == "nl" else (s + " €")
    if lang == "fr":
        s = s.replace(",", "\u00a0").replace(".", ",")
        return s + " €"
    return "€" + s


def brl(x):
    s = "{:,.2f}".format(x).replace(",", "X").replace(".", ",").replace("X", ".")
    return "R$ " + s


def gbp(x):
    return "£{:,.2f}".format(x)


# ---------------------------------------------------------------- headers
def is_ascii(s):
    return all(ord(ch) < 128 for ch in s)


def ew(s, charset="utf-8", enc=None, name=None):
    """RFC 2047-encode s if it is not ASCII."""
    if is_ascii(s):
        return s
    cs = Charset(charset)
    if enc == "Q":
        cs.header_encoding = CS_QP
    elif enc == "B":
        cs.header_encoding = CS_B64
    return Header(s, charset=cs, maxlinelen=76, header_name=name).encode(linesep=CRLF)


def addr(name, address, charset="utf-8", enc=None, quote=False):
    if not name:
        return "<%s>" % address if quote else address
    if not is_ascii(name):
        return "%s <%s>" % (ew(name, charset, enc), address)
    if quote or re.search(r'[()<>\[\]:;@\\,."]', name):
        return '"%s" <%s>' % (name.replace('"', '\\"'), address)
    return "%s <%s>" % (name, address)


def fold(name, value, width=78):
    if CRLF in value:
        return "%s: %s" % (name, value)
    words = value.split(" ")
    line = name + ":"
    out = []
    for i, w in enumerate(words):
        if i > 0 and len(line) + 1 + len(w) > width and line.strip():
            out.append(line)
            line = " " + w
        else:
            line += " " + w
    out.append(line)
    return CRLF.join(out)


def fold_tags(tags, width=76, first=16):
    """Join ';'-separated tag=value items, folding as DKIM/ARC signers do."""
    out = ""
    cur = first
    for i, t in enumerate(tags):
        t = t + (";" if i < len(tags) - 1 else "")
        seg = t.split(CRLF)[0]
        if i == 0:
            out = t
            cur += len(seg)
        elif cur + 1 + len(seg) > width:
            out += CRLF + "\t" + t
            cur = 8 + len(t.split(CRLF)[-1])
        else:
            out += " " + t
            cur = (cur + 1 + len(seg)) if CRLF not in t else 8 + len(t.split(CRLF)[-1])
    return out


def chunked(s, n=64, pfx="\t "):
    return (CRLF + pfx).join(s[i:i + n] for i in range(0, len(s), n))


def hlist(names):
    s = ":".join(names)
    if len(s) <= 60:
        return s
    parts, line = [], ""
    for nm in names:
        if line and len(line) + len(nm) + 1 > 60:
            parts.append(line + ":")
            line = nm
        else:
            line = (line + ":" + nm) if line else nm
    parts.append(line)
    return (CRLF + "\t ").join(parts)


def dkim(c, d, s, h, t=None, extra=(), algo="rsa-sha256", blen=256, canon="relaxed/relaxed"):
    tags = ["v=1", "a=%s" % algo, "c=%s" % canon, "d=%s" % d, "s=%s" % s]
    if t is not None:
        tags.append("t=%d" % int(t.timestamp()))
    tags += list(extra)
    tags.append("h=" + hlist(h))
    tags.append("bh=" + c.b64(32))
    tags.append("b=" + chunked(c.b64(blen if algo.startswith("rsa") else 64)))
    return fold_tags(tags)


def arc(c, i, d, s, t, aar, h, cv="none"):
    seal = fold_tags(["i=%d" % i, "a=rsa-sha256", "t=%d" % int(t.timestamp()), "cv=%s" % cv, "d=%s" % d,
                      "s=%s" % s, "b=" + chunked(c.b64(256))], first=10)
    ams = fold_tags(["i=%d" % i, "a=rsa-sha256", "c=relaxed/relaxed", "d=%s" % d, "s=%s" % s,
                     "h=" + hlist(h), "bh=" + c.b64(32), "b=" + chunked(c.b64(256))], first=24)
    return [("ARC-Seal", seal), ("ARC-Message-Signature", ams), ("ARC-Authentication-Results", "i=%d; %s" % (i, aar))]


# ---------------------------------------------------------------- MIME leaves
def enc_text(text, charset, cte):
    text = text.replace("\r\n", "\n")
    if not text.endswith("\n"):
        text += "\n"
    raw = text.encode(charset)
    if cte == "7bit":
        if any(b > 127 for b in raw):
            raise ValueError("non-ASCII text in 7bit part")
        out = raw
    elif cte == "8bit":
        out = raw
    elif cte == "quoted-printable":
        out = quopri.encodestring(raw)
    elif cte == "base64":
        out = base64.encodebytes(raw.replace(b"\n", b"\r\n"))
    else:
        raise ValueError(cte)
    out = out.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    return out


def b64body(data, width=76):
    s = base64.b64encode(data).decode()
    return ("\r\n".join(s[i:i + width] for i in range(0, len(s), width)) + "\r\n").encode()


class Leaf:
    def __init__(self, headers, body):
        self.headers = headers
        self.body = body


class Multi:
    def __init__(self, subtype, parts, boundary, params="", headers=(), preamble=None, quote=True, sameline=False):
        self.subtype, self.parts, self.boundary = subtype, parts, boundary
        self.params, self.extra, self.preamble = params, list(headers), preamble
        self.quote, self.sameline = quote, sameline

    @property
    def headers(self):
        b = ('"%s"' % self.boundary) if self.quote else self.boundary
        sep = " " if self.sameline else CRLF + "\t"
        return [("Content-Type", "multipart/%s;%s%sboundary=%s" % (self.subtype, self.params, sep, b))] + self.extra

    @property
    def body(self):
        out = b""
        if self.preamble:
            out += self.preamble.encode() + b"\r\n\r\n"
        for p in self.parts:
            out += b"--" + self.boundary.encode() + b"\r\n"
            out += render_headers(p.headers) + b"\r\n" + p.body
        out += b"--" + self.boundary.encode() + b"--\r\n"
        return out


def render_headers(hs):
    out = []
    for n, v in hs:
        line = fold(n, v)
        if not is_ascii(line):
            raise ValueError("non-ASCII header %s" % n)
        out.append(line + CRLF)
    return "".join(out).encode()


CT_STYLES = ['charset="{cs}"', "charset={cs}", 'charset="{CS}"', "charset={CS}"]


def text_leaf(text, sub="plain", cs="utf-8", cte="quoted-printable", cts=0, params="", extra=(), order=0):
    csl = CT_STYLES[cts].format(cs=cs, CS=cs.upper())
    ct = "text/%s; %s%s" % (sub, csl, params)
    if order:
        hs = [("Content-Transfer-Encoding", cte), ("Content-Type", ct)]
    else:
        hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    return Leaf(hs + list(extra), enc_text(text, cs, cte))


def fn_params(filename):
    if is_ascii(filename):
        return 'name="%s"' % filename, 'filename="%s"' % filename
    q = urllib.parse.quote(filename, safe="")
    return 'name="%s"' % ew(filename, "utf-8", "B").replace(CRLF, ""), "filename*=utf-8''%s" % q


def att_leaf(ctype, filename, data, disp="attachment", cid=None, size=False, extra=(), xatt=False, inline_name=True):
    np, fp = fn_params(filename)
    hs = [("Content-Type", "%s; %s" % (ctype, np) if inline_name else ctype)]
    d = "%s; %s" % (disp, fp)
    if size:
        d += "; size=%d" % len(data)
    hs.append(("Content-Disposition", d))
    hs.append(("Content-Transfer-Encoding", "base64"))
    if cid:
        hs.append(("Content-ID", "<%s>" % cid))
        if xatt:
            hs.append(("X-Attachment-Id", cid))
    return Leaf(hs + list(extra), b64body(data))


def raw_leaf(ctype, text, cte="7bit", cs=None, extra=()):
    ct = ctype + (('; charset="%s"' % cs) if cs else "")
    return Leaf([("Content-Type", ct), ("Content-Transfer-Encoding", cte)] + list(extra), enc_text(text, cs or "us-ascii", cte))


# ---------------------------------------------------------------- binary payloads
def png(w, h, pix):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(pix(x, y))

    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


def qr_png(c, modules=29, scale=5):
    grid = [[c.rng.random() < 0.5 for _ in range(modules)] for _ in range(modules)]

    def finder(ox, oy):
        for y in range(7):
            for x in range(7):
                ring = max(abs(x - 3), abs(y - 3))
                grid[oy + y][ox + x] = ring != 2
        for k in range(-1, 8):
            for (x, y) in ((ox + k, oy + 7), (ox + 7, oy + k), (ox + k, oy - 1), (ox - 1, oy + k)):
                if 0 <= x < modules and 0 <= y < modules:
                    grid[y][x] = False
    finder(0, 0)
    finder(modules - 7, 0)
    finder(0, modules - 7)
    q = 4
    size = (modules + 2 * q) * scale

    def pix(x, y):
        mx, my = x // scale - q, y // scale - q
        if 0 <= mx < modules and 0 <= my < modules and grid[my][mx]:
            return (0, 0, 0)
        return (255, 255, 255)
    return png(size, size, pix)


def banner_png(c, w=300, h=120, colors=None):
    colors = colors or [(c.ri(0, 255), c.ri(0, 255), c.ri(0, 255)) for _ in range(3)]
    bands = sorted(c.ri(10, h - 10) for _ in range(2))
    boxes = [(c.ri(0, w - 60), c.ri(0, h - 30), c.ri(20, 120), c.ri(8, 30)) for _ in range(6)]

    def pix(x, y):
        for (bx, by, bw, bh) in boxes:
            if bx <= x < bx + bw and by <= y < by + bh:
                return (255, 255, 255)
        return colors[0] if y < bands[0] else colors[1] if y < bands[1] else colors[2]
    return png(w, h, pix)


def photo_png(c, w=160, h=120):
    a, b, d = c.ri(0, 255), c.ri(0, 255), c.ri(0, 255)
    return png(w, h, lambda x, y: ((a + x) % 256, (b + y) % 256, (d + x + y) % 256))


GIF1 = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")


def pdf(lines, title="Document"):
    def esc(s):
        s = s.encode("latin-1", "replace").decode("latin-1")
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    content = "BT /F1 11 Tf 56 780 Td 15 TL\n" + "".join("(%s) '\n" % esc(x) for x in lines) + "ET\n"
    cb = content.encode("latin-1")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n" % len(cb) + cb + b"endstream",
        ("<< /Title (%s) /Producer (Synthetic PDF 1.0) >>" % esc(title)).encode("latin-1"),
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
    return out


def zipped(files, when):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, when.hour, when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def ics(c, uid, summary, start, minutes, location, org, method="PUBLISH", desc=""):
    def f(t):
        return t.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    stamp = f(c.when)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Synthetic//Calendar 1.0//EN", "VERSION:2.0", "METHOD:%s" % method,
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp, "DTSTART:%s" % f(start),
             "DTEND:%s" % f(start + _dt.timedelta(minutes=minutes)), "SUMMARY:%s" % summary,
             "LOCATION:%s" % location, "ORGANIZER:%s" % org]
    if desc:
        lines.append("DESCRIPTION:%s" % desc)
    lines += ["STATUS:CONFIRMED", "END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(lines) + "\r\n"


# ---------------------------------------------------------------- body markup
# A tiny markup shared by the text and HTML renderings of one message:
#   # Heading | * list item | | cell | cell | | --- | [Button](url) on its own line
#   > quoted line | inline [label](url) and **bold**.
LINK_RE = re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)")
BOLD_RE = re.compile(r"\*\*(.+?)\*\*")


def blocks(src):
    src = textwrap.dedent(src).strip("\n")
    out, cur = [], []
    for line in src.split("\n"):
        if line.strip() == "":
            if cur:
                out.append(cur)
                cur = []
        else:
            cur.append(line.rstrip())
    if cur:
        out.append(cur)
    return out


def _btn(b):
    return len(b) == 1 and re.fullmatch(r"\[([^\]]+)\]\(([^)\s]+)\)", b[0].strip())


def md_text(src, linkfmt=0, track=None):
    tr = track or (lambda u: u)

    def inl(s):
        def lk(m):
            label, url = m.group(1), tr(m.group(2))
            if label == m.group(2):
                return url
            return [("%s (%s)" % (label, url)), ("%s <%s>" % (label, url)), ("%s: %s" % (label, url)),
                    ("%s [%s]" % (label, url))][linkfmt]
        s = LINK_RE.sub(lk, s)
        return BOLD_RE.sub(lambda m: m.group(1) if linkfmt != 1 else "*%s*" % m.group(1), s)
    out = []
    for b in blocks(src):
        m = _btn(b)
        if m:
            url = tr(m.group(2))
            out.append([("%s: %s" % (m.group(1), url)), ("%s\n%s" % (m.group(1), url)),
                        ("%s -> %s" % (m.group(1), url)), ("%s\n<%s>" % (m.group(1), url))][linkfmt])
        elif b[0].startswith("# "):
            h = inl(b[0][2:])
            out.append(h + ("\n" + "=" * min(len(h), 60) if linkfmt in (1, 3) else "") +
                       ("\n" + "\n".join(inl(x) for x in b[1:]) if b[1:] else ""))
        elif all(x.startswith("* ") for x in b):
            out.append("\n".join(("- " if linkfmt != 2 else "* ") + inl(x[2:]) for x in b))
        elif all(x.startswith("|") for x in b):
            rows = []
            for x in b:
                cells = [inl(y.strip()) for y in x.strip().strip("|").split("|")]
                if len(cells) == 2:
                    rows.append("%-30s %s" % (cells[0], cells[1]))
                else:
                    rows.append("  ".join(cells))
            out.append("\n".join(rows))
        elif b == ["---"]:
            out.append("-" * 40)
        else:
            out.append("\n".join(inl(x) for x in b))
    return "\n\n".join(out) + "\n"


def md_html(src, track=None, color="#1a73e8", p="margin:0 0 14px 0;", btn_bg=None, tag="p", quote_cls=None):
    tr = track or (lambda u: u)
    btn_bg = btn_bg or color

    def inl(s):
        s = _html.escape(s, quote=False)

        def lk(m):
            url = _html.escape(tr(_html.unescape(m.group(2))))
            return '<a href="%s" style="color:%s;text-decoration:underline" target="_blank">%s</a>' % (url, color, m.group(1))
        s = LINK_RE.sub(lk, s)
        return BOLD_RE.sub(r"<strong>\1</strong>", s)
    out = []
    for b in blocks(src):
        m = _btn(b)
        if m:
            url = _html.escape(tr(m.group(2)))
            out.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 18px 0">'
                       '<tr><td style="background:%s;border-radius:4px;padding:12px 22px">'
                       '<a href="%s" style="color:#ffffff;font-weight:bold;text-decoration:none" target="_blank">%s</a>'
                       "</td></tr></table>" % (btn_bg, url, _html.escape(m.group(1))))
        elif b[0].startswith("# "):
            out.append('<h2 style="margin:0 0 12px 0;font-size:20px;line-height:26px">%s</h2>' % inl(b[0][2:]))
            if b[1:]:
                out.append('<%s style="%s">%s</%s>' % (tag, p, "<br>\n".join(inl(x) for x in b[1:]), tag))
        elif all(x.startswith("* ") for x in b):
            out.append('<ul style="margin:0 0 14px 18px;padding:0">\n' +
                       "\n".join("<li>%s</li>" % inl(x[2:]) for x in b) + "\n</ul>")
        elif all(x.startswith("|") for x in b):
            rows = []
            for x in b:
                cells = [y.strip() for y in x.strip().strip("|").split("|")]
                tds = "".join('<td style="padding:6px 8px;border-bottom:1px solid #e5e5e5%s">%s</td>' %
                              (";text-align:right" if i == len(cells) - 1 and i else "", inl(cc)) for i, cc in enumerate(cells))
                rows.append("<tr>%s</tr>" % tds)
            out.append('<table width="100%%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;margin:0 0 16px 0">\n%s\n</table>'
                       % "\n".join(rows))
        elif b == ["---"]:
            out.append('<hr style="border:0;border-top:1px solid #dddddd;margin:18px 0">')
        elif all(x.startswith(">") for x in b):
            inner = "<br>\n".join(inl(x[1:].lstrip()) for x in b)
            cls = ' class="%s"' % quote_cls if quote_cls else ""
            out.append('<blockquote%s style="margin:0 0 0 .8ex;border-left:1px solid #ccc;padding-left:1ex">%s</blockquote>'
                       % (cls, inner))
        else:
            out.append('<%s style="%s">%s</%s>' % (tag, p, "<br>\n".join(inl(x) for x in b), tag))
    return "\n".join(out)


def hidden_pre(text):
    return ('<div style="display:none;font-size:1px;color:#ffffff;line-height:1px;max-height:0px;max-width:0px;'
            'opacity:0;overflow:hidden;mso-hide:all">%s%s</div>' % (_html.escape(text), "&#847;&zwnj;&nbsp;" * 12))


def wrap_html(style, inner, brand="", color="#333333", pre=None, foot="", lang="en", title=None, logo=None):
    """Different skeletons for different kinds of senders."""
    title = _html.escape(title or brand or "")
    pre_html = hidden_pre(pre) if pre else ""
    foot = foot or ""
    if style == "card":
        return """<!DOCTYPE html>
<html lang="%s"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>%s</title></head>
<body style="margin:0;padding:0;background:#f3f4f6">
%s
<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f3f4f6">
<tr><td align="center" style="padding:24px 12px">
<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="max-width:600px;background:#ffffff;border-radius:6px">
<tr><td style="background:%s;padding:18px 28px;color:#ffffff;font:bold 20px Arial,Helvetica,sans-serif;border-radius:6px 6px 0 0">%s</td></tr>
<tr><td style="padding:28px;font:15px/22px Arial,Helvetica,sans-serif;color:#1f2933">
%s
</td></tr>
<tr><td style="padding:18px 28px;font:12px/18px Arial,Helvetica,sans-serif;color:#6b7280;border-top:1px solid #e5e7eb">
%s
</td></tr>
</table>
</td></tr></table>
</body></html>
""" % (lang, title, pre_html, color, logo or _html.escape(brand), inner, foot)
    if style == "mini":
        return """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body>
<div style="font-family:-apple-system,BlinkMacSystemFont,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;font-size:14px;line-height:1.5;color:#24292f;max-width:560px">
%s
%s
<p style="font-size:12px;color:#57606a;margin-top:24px">%s</p>
</div>
</body>
</html>
""" % (pre_html, inner, foot)
    if style == "bank":
        return """<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>%s</title></head>
<body bgcolor="#ffffff" style="margin:0">
%s
<table width="100%%" border="0" cellspacing="0" cellpadding="0"><tr><td align="center">
<table width="620" border="0" cellspacing="0" cellpadding="0" style="font-family:Arial,sans-serif;font-size:14px;color:#333333">
<tr><td style="border-top:6px solid %s;padding:20px 10px 10px 10px;font-size:22px;font-weight:bold;color:%s">%s</td></tr>
<tr><td style="padding:10px 10px 20px 10px;line-height:21px">
%s
</td></tr>
<tr><td style="background:#f5f5f5;padding:14px 10px;font-size:11px;line-height:16px;color:#666666">
%s
</td></tr></table>
</td></tr></table>
</body></html>
""" % (title, pre_html, color, color, _html.escape(brand), inner, foot)
    if style == "xhtml":
        return """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!--[if gte mso 9]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="x-apple-disable-message-reformatting" />
<title>%s</title>
<style type="text/css">
body{margin:0;padding:0;-webkit-text-size-adjust:100%%;}
table,td{border-collapse:collapse;mso-table-lspace:0pt;mso-table-rspace:0pt;}
img{border:0;outline:none;text-decoration:none;}
@media only screen and (max-width:620px){.container{width:100%% !important;}.pad{padding:16px !important;}}
</style>
</head>
<body style="margin:0;padding:0;background-color:#eeeeee;">
%s
<center>
<table class="container" width="600" border="0" cellpadding="0" cellspacing="0" style="background-color:#ffffff;">
<tr><td class="pad" align="left" style="padding:22px 32px;background-color:%s;font-family:Georgia,serif;font-size:26px;color:#ffffff;">%s</td></tr>
<tr><td class="pad" style="padding:28px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#222222;">
%s
</td></tr>
<tr><td class="pad" style="padding:20px 32px 30px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#777777;">
%s
</td></tr>
</table>
</center>
</body>
</html>
""" % (title, pre_html, color, logo or _html.escape(brand), inner, foot)
    if style == "promo":
        return """<!doctype html>
<html lang="%s"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width">
<title>%s</title>
<style>.hero{font-size:40px;line-height:44px;font-weight:900;letter-spacing:-1px}@media(max-width:600px){.hero{font-size:30px}}</style>
</head>
<body style="margin:0;background:#ffffff">
%s
<div style="max-width:640px;margin:0 auto;font-family:'Helvetica Neue',Helvetica,Arial,sans-serif;color:#111111">
<div style="text-align:center;padding:14px 0;font-size:12px;letter-spacing:2px;text-transform:uppercase">%s</div>
<div style="background:%s;color:#ffffff;text-align:center;padding:38px 24px">
<div class="hero">%s</div>
</div>
<div style="padding:24px 28px;font-size:16px;line-height:24px">
%s
</div>
<div style="padding:22px 28px;font-size:11px;line-height:16px;color:#888888;text-align:center;border-top:1px solid #eeeeee">
%s
</div>
</div>
</body></html>
""" % (lang, title, pre_html, _html.escape(brand), color, title, inner, foot)
    if style == "news":
        return """<html lang="%s">
<head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"><title>%s</title></head>
<body style="background:#fbf8f3;margin:0;padding:0">
%s
<table width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:20px 8px">
<table width="580" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;border:1px solid #e8e1d6">
<tr><td style="padding:26px 30px 8px 30px;font-family:Georgia,'Times New Roman',serif;font-size:30px;color:%s;text-align:center">%s</td></tr>
<tr><td style="padding:0 30px 12px 30px;font-family:Georgia,serif;font-size:13px;color:#8a7f70;text-align:center;font-style:italic">%s</td></tr>
<tr><td style="padding:18px 30px;font-family:Georgia,'Times New Roman',serif;font-size:17px;line-height:27px;color:#2b2b2b">
%s
</td></tr>
<tr><td style="padding:18px 30px 26px 30px;font-family:Arial,sans-serif;font-size:11px;line-height:17px;color:#9a9a9a;text-align:center">
%s
</td></tr>
</table></td></tr></table>
</body></html>
""" % (lang, title, pre_html, color, _html.escape(brand), title, inner, foot)
    if style == "ticket":
        return """<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:13px;color:#222;background:#fafafa">
%s
<div style="max-width:560px;margin:16px auto;background:#fff;border:2px dashed %s;padding:22px">
<div style="font-size:11px;letter-spacing:3px;color:%s;text-transform:uppercase">%s</div>
%s
</div>
<div style="max-width:560px;margin:0 auto;font-size:11px;color:#777">%s</div>
</body></html>
""" % (pre_html, color, color, _html.escape(brand), inner, foot)
    if style == "gmail":
        return '<div dir="ltr">%s</div>\n' % inner
    if style == "apple":
        return """<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">%s</body></html>
""" % inner
    if style == "outlook":
        return """<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=%s">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Aptos;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0cm;
	font-size:12.0pt;
	font-family:"Aptos",sans-serif;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Aptos",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;}
@page WordSection1
	{size:612.0pt 792.0pt;
	margin:72.0pt 72.0pt 72.0pt 72.0pt;}
div.WordSection1
	{page:WordSection1;}
--></style>
</head>
<body lang="%s" link="#467886" vlink="#96607D" style="word-wrap:break-word">
<div class="WordSection1">
%s
</div>
</body>
</html>
""" % (title or "us-ascii", lang.upper() + "-US" if lang == "en" else lang.upper(), inner)
    if style == "raw":
        return "<html><body>\n%s\n%s\n</body></html>\n" % (inner, foot)
    if style == "spam":
        return """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#ffffff">
%s
<center>
<table width="560" border="0" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif">
<tr><td align="center" style="padding:12px;font-size:26px;font-weight:bold;color:%s">%s</td></tr>
<tr><td style="padding:10px 16px;font-size:16px;line-height:23px;color:#111111">
%s
</td></tr>
<tr><td align="center" style="padding:26px 10px;font-size:10px;color:#999999">%s</td></tr>
</table>
</center>
</body>
</html>
""" % (pre_html, color, title, inner, foot)
    if style == "ms":
        return """<html>
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="margin:0;padding:0;background:#f2f2f2">
%s
<table width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f2f2f2"><tr><td align="center" style="padding:30px 10px">
<table width="520" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:'Segoe UI','Segoe UI Web (West European)',Tahoma,Arial,sans-serif;color:#323130">
<tr><td style="padding:26px 36px 0 36px;font-size:15px;font-weight:600;color:%s">%s</td></tr>
<tr><td style="padding:18px 36px 30px 36px;font-size:14px;line-height:20px">
%s
</td></tr>
<tr><td style="padding:14px 36px;font-size:11px;color:#8a8886;background:#faf9f8">%s</td></tr>
</table></td></tr></table>
</body></html>
""" % (pre_html, color, _html.escape(brand), inner, foot)
    raise ValueError(style)


# ---------------------------------------------------------------- sending profiles
class Env:
    def __init__(self, c, frm, rcpt):
        self.c = c
        self.frm = frm
        self.flocal, self.fdom = frm.rsplit("@", 1)
        self.rcpt = rcpt
        self.rlocal, self.rdom = rcpt.rsplit("@", 1)
        self.t0 = c.when

    def at(self, s):
        return self.t0 + _dt.timedelta(seconds=s, microseconds=self.c.ri(0, 999) * 1000)


def bnd(c, style, tag="alt"):
    if style == "gmail":
        return "000000000000" + c.hx(16)
    if style == "apple":
        return "Apple-Mail=_" + c.uuid(True)
    if style == "javamail":
        return "----=_Part_%d_%d.%d" % (c.ri(100000, 9999999), c.ri(100000000, 2099999999), int(c.when.timestamp() * 1000) + c.ri(0, 999))
    if style == "python":
        return "=" * 15 + "%019d" % c.ri(10 ** 17, 10 ** 19 - 1) + "=="
    if style == "phpmailer":
        return "b1_" + c.an(43, ALNUMU)
    if style == "nodemailer":
        return "--_NmP-%s-Part_%d" % (c.hx(16), {"alt": 1, "mixed": 1, "rel": 2}.get(tag, 1))
    if style == "ruby":
        return "--==_mimepart_%s_%d" % (c.hx(13), c.ri(10, 99999))
    if style == "sg":
        return c.hx(64)
    if style == "mc":
        return "_----------=_MCPart_%d" % c.ri(100000000, 2099999999)
    if style == "thunder":
        return "------------" + c.an(24, ALNUMU)
    if style == "proton":
        return "b1=_" + c.an(42, ALNUMU)
    if style == "go":
        return c.hx(60)
    if style == "dotnet":
        return "--boundary_%d_%s" % (c.ri(0, 3), c.uuid())
    if style == "mailgun":
        return c.hx(32)
    if style == "postmark":
        return "mk3-" + c.hx(32)
    if style == "outlook":
        return "_%s_%s%s_" % ({"alt": "000", "mixed": "004", "rel": "005"}.get(tag, "000"), "DM6PR", c.hx(30, True))
    if style == "exim":
        return "=_" + c.hx(32)
    if style == "yahoo":
        return "----=_Part_%d_%d.%d" % (c.ri(1000000, 9999999), c.ri(100000000, 999999999), int(c.when.timestamp() * 1000))
    if style == "net":
        return "--=_NextPart_%03d_%04X_%08X.%08X" % (c.ri(0, 9), c.ri(0, 0xFFFF), c.ri(0, 0xFFFFFFFF), c.ri(0, 0xFFFFFFFF))
    if style == "dash":
        return "=-" + c.an(22, ALNUMU)
    return "----=_NextPart_" + c.hx(24)


def P(**kw):
    d = dict(received=[], pre=[], post=[], msgid=None, rp=None, last=None, tls="1.3", track=None, bnd="generic",
             cts=0, tz=0, mailer=None, delay=None, order=None, dayname=True, mime_first=False)
    d.update(kw)
    return d


H_COMMON = ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]


def rcv(frm, by, with_, ident, t, tz=0, for_=None, extra=None, comment=None):
    s = "from %s" % frm if frm else ""
    s = (s + CRLF + "\tby %s" % by) if s else "by %s" % by
    if with_:
        s += " with %s" % with_
    if ident:
        s += " id %s" % ident
    if extra:
        s += CRLF + "\t" + extra
    if for_:
        s += CRLF + "\tfor <%s>" % for_
    return s + "; " + rfcdate(t, tz, comment)


def track_q(base, key="url"):
    return lambda u: "%s%s=%s" % (base, key, urllib.parse.quote(u, safe=""))


def p_ses(c, e, region="us-east-1", mailfrom=None, sel=None, esp_sig=True, bnd="javamail", cts=0,
          feedback=True, tz=0, track=None, extra_pre=(), h=None, order=None):
    pfx = {"us-east-1": "0100", "us-west-2": "0101", "eu-west-1": "0102", "eu-central-1": "0107",
           "sa-east-1": "0103", "ap-southeast-2": "0106", "us-east-2": "0110"}[region]
    ms = int(e.t0.timestamp() * 1000)
    u = c.uuid()
    local = "%s%012x-%s-000000" % (pfx, ms, u)
    mhost = "email.amazonses.com" if region == "us-east-1" else "%s.amazonses.com" % region
    host = "a%d-%d.smtp-out.%samazonses.com" % (c.ri(8, 48), c.ri(1, 250), "" if region == "us-east-1" else region + ".")
    ip = ip_for(host)
    h = h or ["Subject", "From", "To", "Date", "Mime-Version", "Content-Type", "References", "Message-Id", "Feedback-ID"]
    pre = [("DKIM-Signature", dkim(c, e.fdom if "." in e.fdom else e.fdom, sel or c.an(32), h, e.at(0)))]
    if esp_sig:
        pre.append(("DKIM-Signature", dkim(c, "amazonses.com", c.an(32), h, e.at(0))))
    pre += list(extra_pre)
    post = []
    if feedback:
        post.append(("Feedback-ID", "::1.%s.%s=:AmazonSES" % (region, c.b64(33).replace("/", "").replace("+", "")[:43])))
    post.append(("X-SES-Outgoing", "%d.%02d.%02d-%s" % (e.t0.year, e.t0.month, e.t0.day, ip)))
    return P(pre=pre, post=post, msgid="<%s@%s>" % (local, mhost), rp="%s@%s" % (local, mailfrom or "amazonses.com"),
             last=(host, host, ip), bnd=bnd, cts=cts, tz=tz, track=track, order=order, delay=c.ri(1, 4))


def p_sendgrid(c, e, em=None, esp_sig=True, link=True, bnd="sg", cts=0, tz=0, sel="s1", track_host=None):
    em = em or "em%d.%s" % (c.ri(1000, 9999), e.fdom)
    n = c.ri(1, 30)
    host = "o%d.ptr%d.%s" % (c.ri(1, 9), c.ri(1000, 9999), em)
    ip = ip_for(host)
    uid = c.ri(10000000, 49999999)
    geo = "geopod-ismtpd-%d" % c.ri(1, 60)
    recv = [None, None]
    recv[0] = "by filterdrecv-%s-%s with SMTP id filterdrecv-%s-%s-%d-%s-%d%s;        %s" % (
        c.hx(10), c.an(5), c.hx(10), c.an(5), c.ri(1, 9), c.hx(8).upper(), c.ri(1, 99), "",
        rfcdate(e.at(1), 0, "UTC", ms=True))
    recv[0] = recv[0].replace("        ", CRLF + "\t")
    recv[1] = "from %s (unknown)%s\tby %s (SG) with HTTP%s\tid %s;%s\t%s" % (
        c.an(22, ALNUMU), CRLF, geo, CRLF, c.an(22, ALNUMU), CRLF, rfcdate(e.at(0), 0, "UTC", ms=True))
    h = ["from", "subject", "mime-version", "to", "cc", "content-type", "content-transfer-encoding", "x-feedback-id"]
    pre = [("DKIM-Signature", dkim(c, e.fdom, sel, h, e.at(0), canon="relaxed/relaxed"))]
    if esp_sig:
        pre.append(("DKIM-Signature", dkim(c, "sendgrid.info", "smtpapi", ["from", "subject", "mime-version", "to", "cc",
                                                                         "content-type", "x-feedback-id"], e.at(0))))
    post = [("X-SG-EID", chunked(c.b64(180), 72, " ")), ("X-SG-ID", chunked(c.b64(96), 72, " ")),
            ("X-Entity-ID", "u001.%s" % c.b64(16)[:22]),
            ("X-Feedback-ID", "%d:SG" % uid)]
    lh = track_host or "url%d.%s" % (c.ri(1000, 9999), e.fdom)
    tr = (lambda u: "https://%s/ls/click?upn=u001.%s" % (lh, c.b64(90, True))) if link else None
    return P(received=recv, pre=pre, post=post, msgid="<%s@%s>" % (c.an(22, ALNUMU), geo),
             rp="bounces+%d-%s-%s=%s@%s" % (uid, c.hx(4), e.rlocal, e.rdom, em), last=(host, host, ip),
             bnd=bnd, cts=cts, tz=tz, track=tr, delay=c.ri(1, 6), open_px="https://%s/wf/open?upn=u001.%s" % (lh, c.b64(60, True)))


def p_sfmc(c, e, sub="e", bnd="javamail", cts=0, tz=0, mailer=None):
    sd = "%s.%s" % (sub, e.fdom) if not e.fdom.startswith(sub + ".") else e.fdom
    n = c.ri(1, 60)
    host = "mta%d.%s" % (n, sd)
    ip = ip_for(host)
    stack = c.ch(["s4", "s7", "s10", "s11", "s12", "s13", "s50", "s51"])
    jid = c.ri(1000000, 9999999)
    mid = c.ri(100000000, 999999999)
    recv = ["by %s id h%s for <%s>; %s" % (host, c.hx(14), e.rcpt, rfcdate(e.at(0), -360 if c.ri(0, 1) else -300, dayname=True))]
    recv[0] = recv[0].replace(" for <", CRLF + "\tfor <")
    h = ["from", "reply-to", "to", "subject", "date", "mime-version", "content-type", "message-id", "list-id",
         "list-unsubscribe", "list-unsubscribe-post", "feedback-id"]
    pre = [("DKIM-Signature", dkim(c, sd, c.ch(["200608", "s1", "sfmc1", "mc1"]), h, None, canon="relaxed/relaxed"))]
    post = [("x-job", "%d_%d" % (c.ri(100000000, 999999999) % 100000000, jid)), ("X-SFMC-Stack", stack[1:]),
            ("Feedback-ID", "%d:%d:%d:sfmktgcld" % (mid, jid, c.ri(10000, 99999)))]
    tr = lambda u: "https://click.%s/?qs=%s" % (sd, c.hx(144))
    unsub = "<https://click.%s/subscription_center.aspx?jwt=%s>, <mailto:leave-%s@leave.%s>" % (
        sd, c.b64(110, True), c.hx(40), sd)
    return P(received=recv, pre=pre, post=post, msgid="<%s@%s.xt.local>" % (c.uuid(), c.ch(["iad4", "atl1", "dfw1", "las1"]) + stack + "mta%d" % c.ri(1000, 9999)),
             rp="bounce-%d_HTML-%d-%d-%d-%d@bounce.%s" % (c.ri(10, 99), jid, c.ri(100000, 999999), mid, c.ri(10, 999), sd),
             last=(host, host, ip), bnd=bnd, cts=cts, tz=tz, track=tr, unsub=unsub, delay=c.ri(2, 20),
             open_px="https://click.%s/open.aspx?ffcb10-%s" % (sd, c.hx(60)), mailer=mailer, tls="1.2")


def p_mailchimp(c, e, dc="us21", slug=None, own_dkim=True, bnd="mc", cts=0):
    pool = c.ch(["atl121", "atl131", "suw91", "suw101", "sea91", "mcsv"])
    n = c.ri(10, 250)
    host = "mail%d.%s.mcsv.net" % (n, pool) if pool != "mcsv" else "mail%d.wdc04.mcdlv.net" % n
    ip = ip_for(host)
    u, lid, cid, eid = c.hx(25), c.hx(10), c.hx(10), c.hx(10)
    slug = slug or re.sub(r"[^a-z0-9]", "", e.fdom.split(".")[0])
    rp = "bounce-mc.%s_%d.%d-%s=%s@%s" % (dc, c.ri(10000000, 99999999), c.ri(1000000, 9999999), e.rlocal, e.rdom, host.replace(".mcsv.net", ".mcdlv.net"))
    h = ["Subject", "From", "Reply-To", "To", "Date", "Message-ID", "List-ID", "List-Unsubscribe",
         "List-Unsubscribe-Post", "Content-Type", "MIME-Version", "CC", "Date", "To", "From", "Subject",
         "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post"]
    pre = []
    if own_dkim:
        pre.append(("DKIM-Signature", dkim(c, e.fdom, "k2", h, e.at(0))))
    pre.append(("DKIM-Signature", dkim(c, "mcdlv.net", "k3", h, e.at(0))))
    post = [("X-Mailer", "MailChimp Mailer - **CID%s**" % cid), ("X-Campaign", "mailchimp%s.%s" % (u, cid)),
            ("X-campaignid", "mailchimp%s.%s" % (u, cid)),
            ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s"
             % (u, cid, eid)),
            ("X-MC-User", u), ("Feedback-ID", "%d:%d.%d:%s:mc" % (c.ri(1000000, 9999999), c.ri(1000000, 9999999), c.ri(100000, 999999), dc)),
            ("List-ID", "%smc list <%s.%d.list-id.mcsv.net>" % (u, u, c.ri(100000, 999999))),
            ("X-Accounttype", c.ch(["pd", "ff", "pr"]))]
    tr = lambda x: "https://%s.%s.list-manage.com/track/click?u=%s&id=%s&e=%s" % (slug, dc, u, c.hx(10), eid)
    unsub = "<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@unsubscribe.mailchimpapp.net>" % (
        slug, dc, u, lid, eid, cid, dc, u, cid, eid)
    return P(pre=pre, post=post, msgid="<%s.%s.%s@%s>" % (c.hx(24), c.hx(10), c.ri(10 ** 9, 10 ** 10), host), rp=rp,
             last=(host, host, ip), bnd=bnd, cts=cts, track=tr, unsub=unsub, delay=c.ri(1, 40),
             open_px="https://%s.%s.list-manage.com/track/open.php?u=%s&id=%s&e=%s" % (slug, dc, u, cid, eid),
             sender="%s=%s@%s" % (e.flocal, e.fdom, host.replace(".mcsv.net", ".mcdlv.net")))


def p_cc(c, e, bnd="javamail", cts=0):
    n = c.ri(10, 99)
    host = "ccm%d.constantcontact.com" % n
    ip = ip_for(host)
    rid = c.ri(10 ** 12, 10 ** 13 - 1)
    h = ["date", "from", "reply-to", "to", "subject", "mime-version", "content-type", "list-unsubscribe",
         "list-unsubscribe-post", "message-id"]
    pre = [("DKIM-Signature", dkim(c, "auth.ccsend.com", "1000073432", h, None)),
           ("DKIM-Signature", dkim(c, e.fdom, "ctct1", h, None))]
    post = [("X-Roving-Campaignid", str(c.ri(10 ** 12, 10 ** 13 - 1))), ("X-Roving-Id", "%d.%d" % (rid, c.ri(1000, 9999))),
            ("X-Feedback-ID", "%d:%d:ccmail" % (c.ri(10 ** 9, 10 ** 10), rid)),
            ("X-Return-Path-Hint", "s_%s_%d_%s@in.constantcontact.com" % (c.an(10), rid, c.hx(12))),
            ("X-Mailer", "Roving Constant Contact (http://www.constantcontact.com)")]
    tr = lambda u: "https://r20.rs6.net/tn.jsp?f=001%s&c=%s==&ch=%s==" % (c.b64(66, True), c.b64(40, True), c.b64(40, True))
    unsub = "<https://visitor.constantcontact.com/do?p=un&m=001%s&se=001%s&t=001%s&llr=%s>, <mailto:unsubscribe-%s@in.constantcontact.com>" % (
        c.b64(18, True), c.b64(30, True), c.b64(12, True), c.an(9), c.hx(20))
    return P(pre=pre, post=post, msgid="<%d.%d.%d.%d.%d%s@ccm%d.constantcontact.com>" % (
        c.ri(10 ** 12, 10 ** 13 - 1), c.ri(10 ** 12, 10 ** 13 - 1), c.ri(10 ** 9, 10 ** 10), 0, c.ri(1000, 99999), c.an(4, UPDIG), n),
        rp="s_%s_%d_%s@in.constantcontact.com" % (c.an(10), rid, c.hx(12)),
        last=(host, host, ip), bnd=bnd, cts=cts, track=tr, unsub=unsub, delay=c.ri(1, 30), tz=-300 if not us_dst(c.when) else -240)


def p_brevo(c, e, bnd="nodemailer", cts=0, esp_sig=True):
    host = "%s.sendibt%d.com" % (c.ch(["ad", "ae", "af", "ag", "ah"]) + str(c.ri(1, 9)), c.ri(2, 3))
    ip = ip_for(host)
    h = ["To", "Subject", "Message-Id", "Date", "Mime-Version", "Content-Type", "From", "Reply-To", "List-Unsubscribe-Post", "List-Unsubscribe"]
    pre = [("DKIM-Signature", dkim(c, e.fdom, "brevo1", h, None))]
    if esp_sig:
        pre.append(("DKIM-Signature", dkim(c, "sendinblue.com", "mail", h, None)))
    post = [("X-Mailin-EID", c.b64(36)), ("X-sib-id", c.b64(72).replace("/", "_")), ("X-CSA-Complaints", "csa-complaints@eco.de"),
            ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (ip, c.ri(1000000, 9999999), c.ri(1000000, 9999999)))]
    sub = c.an(5)
    tr = lambda u: "https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s/%s" % (sub, c.b64(24, True), c.b64(33, True))
    unsub = "<https://%s.r.sp1-brevo.net/mk/un/v2/sh/%s/%s>" % (sub, c.b64(24, True), c.b64(40, True))
    if not esp_sig:
        return P(pre=pre, post=post, msgid="<%s@smtp-relay.mailin.fr>" % c.uuid(), rp="bounces-%d-%s@bnc.%s" % (c.ri(1000, 9999), c.hx(20), e.fdom),
                 last=(host, host, ip), bnd=bnd, cts=cts, delay=c.ri(1, 25), tz=120 if eu_dst(c.when) else 60,
                 unsub="<https://r.%s/mk/un/%s>" % (e.fdom, c.b64(30, True)))
    return P(pre=pre, post=post, msgid="<%s@smtp-relay.mailin.fr>" % c.uuid(), rp="bounces-%d-%s@%s" % (c.ri(1000, 9999), c.hx(20), host),
             last=(host, host, ip), bnd=bnd, cts=cts, track=tr, unsub=unsub, delay=c.ri(1, 25), tz=120 if eu_dst(c.when) else 60,
             open_px="https://%s.r.sp1-brevo.net/mk/op/sh/%s" % (sub, c.b64(30, True)))


def p_mailjet(c, e, bnd="mailgun", cts=0):
    host = "o%d.p%d.mailjet.com" % (c.ri(100, 299), c.ri(10, 30))
    ip = ip_for(host)
    h = ["Reply-To", "From", "To", "Subject", "Date", "Message-Id", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"]
    pre = [("DKIM-Signature", dkim(c, e.fdom, "mailjet", h, e.at(0), canon="relaxed/relaxed"))]
    mj = c.b64(45).replace("/", "").replace("+", "")[:58]
    post = [("X-MJ-Mid", mj), ("X-CSA-Complaints", "csa-complaints@eco.de"), ("Feedback-Id", "42.%d.%d:MJ" % (c.ri(1000000, 9999999), c.ri(10000, 99999))),
            ("X-Mailjet-Campaign", str(c.ri(1000000, 9999999)))]
    sub = c.an(5)
    tr = lambda u: "https://%s.mjt.lu/lnk/%s/1/%s/%s" % (sub, c.b64(60, True), c.b64(18, True), c.b64(40, True))
    unsub = "<mailto:unsub-%s@bnc3.mailjet.com>, <https://%s.mjt.lu/unsub2?hl=en&m=%s&b=%s&e=%s&x=%s>" % (
        c.hx(40), sub, c.b64(40, True), c.hx(8), c.hx(8), c.b64(18, True))
    return P(pre=pre, post=post, msgid="<%s@mailjet.com>" % c.uuid(), rp="%s@bnc3.mailjet.com" % c.b64(45, True).lower()[:40],
             last=(host, host, ip), bnd=bnd, cts=cts, track=tr, unsub=unsub, delay=c.ri(1, 20),
             tz=120 if eu_dst(c.when) else 60, open_px="https://%s.mjt.lu/oo/%s/%s/e.gif" % (sub, c.b64(60, True), c.hx(8)))


def p_klaviyo(c, e, bnd="sg", cts=0):
    host = "send%d.klaviyomail.com" % c.ri(10, 199)
    ip = ip_for(host)
    h = ["Content-Type", "MIME-Version", "Subject", "From", "To", "Reply-To", "List-Unsubscribe", "List-Unsubscribe-Post", "Message-ID", "Date"]
    pre = [("DKIM-Signature", dkim(c, "send." + e.fdom, "kl", h, e.at(0))),
           ("DKIM-Signature", dkim(c, "klaviyomail.com", "kl2", h, e.at(0)))]
    post = [("X-Kmail-Relay", "true"), ("X-Kmail-Account", c.an(6, ALNUMU)),
            ("Feedback-ID", "%s:%s:%s:klaviyo" % (c.an(6, ALNUMU), c.an(6, ALNUMU), c.ch(["campaign", "flow"])))]
    tr = lambda u: "https://ctrk.klclick.com/l/%s_%s" % (c.an(26, ALNUMU), c.ri(0, 9))
    unsub = "<https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s&c=%s&k=%s&m=%s&r=%s>, <mailto:unsubscribe+%s@unsub.klaviyomail.com>" % (
        c.an(6, ALNUMU), c.an(26, ALNUMU), c.hx(32), c.an(6, ALNUMU), c.an(10, ALNUMU), c.an(20))
    return P(pre=pre, post=post, msgid="<%s.%s@klaviyomail.com>" % (c.hx(20), c.an(6, ALNUMU)), rp="bounce+%s@send.%s" % (c.hx(30), e.fdom),
             last=(host, host, ip), bnd=bnd, cts=cts, track=tr, unsub=unsub, delay=c.ri(1, 20))


def p_postmark(c, e, bnd="postmark", cts=0, tag=None, stream="outbound"):
    host = "sc-%s-mta%d.mtasv.net" % (c.ch(["ord", "iad"]), c.ri(100, 140))
    ip = ip_for(host)
    h = ["From", "Date", "Subject", "Message-Id", "To", "MIME-Version", "Content-Type"]
    pre = [("DKIM-Signature", dkim(c, "pm.mtasv.net", "pm20240911", ["Date", "From", "To", "Subject", "Message-Id", "MIME-Version", "Content-Type"], e.at(0))),
           ("DKIM-Signature", dkim(c, e.fdom, "%dpm" % c.ri(20200000, 20251231), h, e.at(0)))]
    mid = c.uuid()
    post = [("X-PM-Message-Id", mid), ("X-PM-RCPT", "|bTB8MTQ4MTU4fDE1NzE0MzB8%s|" % c.b64(21)),
            ("X-PM-Message-Options", "v1;%s" % c.b64(40)), ("X-PM-Tag", tag or "transactional"),
            ("X-PM-Message-Stream", stream)]
    return P(pre=pre, post=post, msgid="<%s@mtasv.net>" % mid, rp="pm_bounces@pm-bounces.%s" % e.fdom,
             last=(host, host, ip), bnd=bnd, cts=cts, delay=c.ri(1, 4))


def p_mailgun(c, e, sub="mg", bnd="mailgun", cts=0, track=True, esp_sig=True):
    md = "%s.%s" % (sub, e.fdom) if sub else e.fdom
    host = "m%d-%d.mailgun.net" % (c.ri(200, 240), c.ri(1, 60)) if c.ri(0, 1) else "%s.%s" % (c.ch(["mail-a", "mail-b", "mta1", "o1"]), md)
    ip = ip_for(host)
    recv = ["by %s with HTTP id %s; %s" % ("%s.mailgun.org" % c.hx(12), c.hx(24), rfcdate(e.at(0), 0))]
    h = ["Content-Transfer-Encoding", "Content-Type", "Mime-Version", "Subject", "Subject", "From", "From", "To", "To",
         "Date", "Message-Id", "Reply-To", "List-Unsubscribe", "Sender"]
    pre = [("DKIM-Signature", dkim(c, md, c.ch(["pic", "krs", "mx", "smtp", "k1"]), h, None))]
    if esp_sig:
        pre.append(("DKIM-Signature", dkim(c, "mailgun.org", "mg", h, None)))
    post = [("X-Mailgun-Sid", c.b64(60).replace("/", "").replace("+", "")[:76]), ("X-Mailgun-Sending-Ip", ip),
            ("X-Mailgun-Batch-Id", c.hx(24))]
    th = "email.%s" % md
    tr = (lambda u: "https://%s/c/%s" % (th, c.b64(120, True))) if track else None
    return P(received=recv, pre=pre, post=post, msgid="<%s.%s@%s>" % (e.t0.strftime("%Y%m%d%H%M%S"), c.hx(16), md),
             rp="bounce+%s.%s-%s=%s@%s" % (c.hx(6), c.hx(6), e.rlocal, e.rdom, md), last=(host, host, ip),
             bnd=bnd, cts=cts, track=tr, delay=c.ri(1, 5), open_px=("https://%s/o/%s" % (th, c.b64(90, True))) if track else None)


def p_sparkpost(c, e, bnd="generic", cts=0, sub="mail"):
    host = "mta-%d-%d.sparkpostmail.com" % (c.ri(1, 250), c.ri(1, 250))
    ip = ip_for(host)
    h = ["From", "To", "Subject", "Date", "Message-ID", "List-Unsubscribe", "List-Unsubscribe-Post", "MIME-Version", "Content-Type"]
    pre = [("DKIM-Signature", dkim(c, "%s.%s" % (sub, e.fdom), "scph%04d" % c.ri(100, 1299), h, None))]
    post = [("X-MSFBL", "%s.%s" % (c.b64(33).replace("/", "").replace("+", ""), c.b64(150).replace("/", "").replace("+", "")))]
    th = "click.%s.%s" % (sub, e.fdom)
    tr = lambda u: "https://%s/f/a/%s~~/%s~~/%s~~/%s" % (th, c.b64(16, True), c.b64(9, True), c.b64(18, True), c.b64(30, True))
    return P(pre=pre, post=post, msgid="<%s.%s.%s@%s>" % (c.hx(8), c.ri(10 ** 6, 10 ** 7), c.hx(8), "sparkpostmail.com"),
             rp="msprvs1=%s=bounces-%d@%s.%s" % (c.b64(15, True)[:20], c.ri(100000, 999999), "bounce", sub + "." + e.fdom),
             last=(host, host, ip), bnd=bnd, cts=cts, track=tr, delay=c.ri(1, 10),
             unsub="<https://%s/f/a/%s>, <mailto:unsub-%s@%s.%s>" % (th, c.b64(24, True), c.hx(16), "unsub", sub + "." + e.fdom))


def p_own(c, e, out=None, inner=None, mid_fmt="{hex}@{dom}", sel="selector1", mailer=None, bnd="javamail", cts=0, tz=0,
          h=None, rp=None, tls="1.3", track=None, extra_pre=(), extra_post=(), dkim_d=None, inner_by=None, with_="ESMTP"):
    """A brand's own outbound MTA cluster."""
    out = out or "mail%d.%s" % (c.ri(1, 9), e.fdom)
    ip = ip_for(out)
    recv = []
    if inner:
        recv.append(rcv("%s (%s [%s])" % (inner, inner, ip_for(inner)), inner_by or out, with_, c.hx(12, True), e.at(0), tz))
    h = h or ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"]
    pre = [("DKIM-Signature", dkim(c, dkim_d or e.fdom, sel, h, e.at(0)))] + list(extra_pre)
    mid = mid_fmt.format(hex=c.hx(32), HEX=c.hx(32, True), uuid=c.uuid(), UUID=c.uuid(True), dom=e.fdom, out=out,
                         ms=int(e.t0.timestamp() * 1000), n=c.ri(10 ** 8, 10 ** 9), an=c.an(20, ALNUMU), ts=e.t0.strftime("%Y%m%d%H%M%S"))
    return P(received=recv, pre=pre, post=list(extra_post), msgid="<%s>" % mid, rp=rp or e.frm, last=(out, out, ip),
             mailer=mailer, bnd=bnd, cts=cts, tz=tz, tls=tls, track=track, delay=c.ri(1, 8))


def p_google(c, e, d=None, sel="20230601", human=True, bnd="gmail", cts=2, tz=0, mailer=None, mid=None, extra_post=(), ws=False):
    code = c.ch(["wr1-f", "ej1-f", "pl1-f", "lf1-f", "qt1-f", "yb1-f", "oi1-f", "ua1-f", "il1-f", "vs1-f"])
    host = "mail-%s%d.google.com" % (code, c.ri(41, 199)) if not ws else "mail-sor-f%d.google.com" % c.ri(41, 99)
    ip = ip_for(host)
    d = d or e.fdom
    recv = [
            "by %s with SMTP%s id %s-%s.%d%s        for <%s>; %s" % (
                host, "S" if ws else "", c.hx(16), c.hx(14), c.ri(1, 9), "", e.rcpt, rfcdate(e.at(0), -480 if us_dst(c.when) is False else -420, "PST" if not us_dst(c.when) else "PDT"))]
    recv[0] = recv[0].replace("        ", CRLF + "\t")
    h = ["mime-version", "from", "date", "message-id", "subject", "to", "cc", "in-reply-to", "references"] if human else \
        ["to", "from", "subject", "message-id", "feedback-id", "date", "mime-version", "from", "to", "cc", "subject", "date", "message-id", "reply-to"]
    pre = [("DKIM-Signature", dkim(c, d, sel if d != "gmail.com" else "20230601", h, e.at(0)))]
    pre.append(("X-Google-DKIM-Signature", dkim(c, "1e100.net", "20230601", ["x-gm-message-state", "x-google-smtp-source"] + h, e.at(0))))
    pre.append(("X-Gm-Message-State", "AOJu0Y" + c.b64(54).replace("/", "").replace("+", "")[:66]))
    pre.append(("X-Gm-Gg", "ASbGnc" + c.b64(120).replace("/", "_").replace("+", "-")[:150]))
    pre.append(("X-Google-Smtp-Source", "AGHT+I" + c.b64(50).replace("/", "+")[:60]))
    pre.append(("X-Received", "by 10%s with SMTP id %s-%s.%d; %s" % ("", c.hx(16), c.hx(16), c.ri(1, 99),
                                                                     rfcdate(e.at(0), -480 if not us_dst(c.when) else -420, "PST" if not us_dst(c.when) else "PDT", ms=False))))
    pre[-1] = ("X-Received", pre[-1][1].replace("by 10 with", "by %s with" % host))
    msgid = mid or ("<CA%s@mail.gmail.com>" % ("+" + c.b64(40).replace("/", "_")[:52] if c.ri(0, 1) else c.an(48, ALNUMU)) if human
                    else "<%s@google.com>" % c.b64(16, True))
    return P(received=recv, pre=pre, post=list(extra_post), msgid=msgid, rp=e.frm, last=(host, host, ip), bnd=bnd, cts=cts,
             tz=tz, tls="1.3", mailer=mailer, delay=c.ri(1, 3), dayname=True)


def p_m365(c, e, region="namprd", consumer=False, tz=0, mailer=None, bnd="outlook", cts=0, sel=None, dkim_d=None,
           aar=None, org="internal", lang="en-US", thread=True):
    pod = {"namprd": ["BN", "CH", "SA", "DM", "PH", "MW", "BL", "CY", "SJ", "IA"], "eurprd": ["AM", "DB", "VI", "PA", "AS", "DU", "GV"],
           "brazilprd": ["CP"], "apcprd": ["SG", "TY"]}[region.rstrip("0123456789") if region[-1].isdigit() else region]
    pre_ = c.ch(pod)
    code = "%s%dPR%02dMB%d" % (pre_, c.ri(1, 9), c.ri(1, 19), c.ri(1000, 9999))
    rnum = "%s%02d" % (region, c.ri(1, 22))
    mbx = "%s.%s.prod.outlook.com" % (code, rnum)
    edge = {"namprd": "NAM%02d" % c.ri(2, 12), "eurprd": "EUR%02d" % c.ri(1, 5), "brazilprd": "BRA01", "apcprd": "APC01"}[
        region if not region[-1].isdigit() else region.rstrip("0123456789")]
    obe = "%s-%s-obe.outbound.protection.outlook.com" % (edge, c.ch(["BN8", "DM6", "MW2", "SN1", "DB5", "AM6", "VI1", "HE1", "CO1", "BY5"]))
    rdns = "mail-%s%son%d%03d.outbound.protection.outlook.com" % (c.ch(["bn8", "dm6", "mw2", "sn1", "db5", "am6", "vi1", "he1", "co1"]),
                                                                 edge[:3].lower(), c.ri(2, 12), c.ri(1, 999))
    ip = ip_for(rdns)
    v = "15.20.%d.%03d" % (c.ri(8200, 9300), c.ri(0, 40))
    recv = ["from %s%s\t([%s]) by %s%s\t([%s]) with mapi id %s; %s" % (
        mbx, CRLF, ip_for(mbx), mbx, CRLF, ip_for(mbx), v, rfcdate(e.at(0), 0))]
    aar = aar or "mx.microsoft.com 1; spf=none; dmarc=none; dkim=none; arc=none"
    hh = ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"]
    pre = arc(c, 1, "microsoft.com", "arcselector10001", e.at(0), aar, hh)
    tenant = e.fdom.split(".")[0]
    if consumer:
        pre.append(("DKIM-Signature", dkim(c, e.fdom, "selector1", ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"], None)))
    else:
        pre.append(("DKIM-Signature", dkim(c, dkim_d or e.fdom, sel or "selector%d" % c.ri(1, 2), ["From", "Date", "Subject", "Message-ID", "Content-Type", "MIME-Version", "X-MS-Exchange-SenderADCheck"], None)))
    mid_local = "%s%s" % (code, c.hx(32, True)[:28] + c.ch(["A", "B", "C", "D", "E", "F"]))
    post = []
    if thread:
        post += [("Thread-Topic", None), ("Thread-Index", "A" + c.b64(26)[:30] + "==")]
    post += [("Accept-Language", lang), ("Content-Language", lang), ("X-MS-Has-Attach", None), ("X-MS-TNEF-Correlator", ""),
             ("x-ms-publictraffictype", "Email"),
             ("x-ms-traffictypediagnostic", "%s:EE_|%s:EE_" % (code, code.replace(code[:2], c.ch(pod), 1))),
             ("x-ms-office365-filtering-correlation-id", c.uuid()),
             ("X-MS-Exchange-CrossTenant-Network-Message-Id", c.uuid()),
             ("X-MS-Exchange-CrossTenant-originalarrivaltime", "%s (UTC)" % e.at(0).strftime("%d %b %Y %H:%M:%S.%f")[:-2]),
             ("X-MS-Exchange-CrossTenant-fromentityheader", "Hosted"),
             ("X-MS-Exchange-CrossTenant-id", c.uuid()),
             ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", code)]
    return P(received=recv, pre=pre, post=post, msgid="<%s@%s>" % (mid_local, mbx), rp=e.frm, last=(obe, rdns, ip),
             tls="1.2", bnd=bnd, cts=cts, tz=tz, mailer=mailer, delay=c.ri(1, 4), ms_code=code, m365=True)


def p_icloud(c, e, mailer=None, tz=0):
    n = c.ri(10, 99)
    inner = "st43p00im-zteg%08d.me.com" % c.ri(10000000, 99999999) if c.ri(0, 1) else "ms11p00im-qufo%08d.me.com" % c.ri(10000000, 99999999)
    outh = "%s" % inner
    recv = ["from smtpclient.apple (%s [%s])%s\tby %s (Postfix) with ESMTPSA id %s;%s\t%s" % (
        "st43p00im-dlb-asmtp-mailmevip.me.com", ip_for("asmtp" + inner), CRLF, inner, c.hx(12, True), CRLF, rfcdate(e.at(0), 0, "UTC"))]
    pre = [("DKIM-Signature", dkim(c, "icloud.com", "1a1hai", ["Content-Type", "Mime-Version", "Subject", "Message-Id", "Date", "To", "From"], e.at(0)))]
    post = [("X-Proofpoint-ORIG-GUID", c.an(32, ALNUMU)), ("X-Proofpoint-GUID", c.an(32, ALNUMU))]
    return P(received=recv, pre=pre, post=post, msgid="<%s@icloud.com>" % c.uuid(True), rp=e.frm, last=(inner, inner, ip_for(inner)),
             bnd="apple", cts=1, tz=tz, mailer=mailer, delay=c.ri(1, 3))


def p_yahoo(c, e, tz=0, mailer="WebService/1.1.%d YMailNorrin" % 23187):
    son = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (c.ri(300, 330), c.ri(10, 40), c.ch(["bf2", "ne1", "gq1"]))
    recv = ["from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (son, rfcdate(e.at(0), 0)),
            ]
    pre = [("DKIM-Signature", dkim(c, "yahoo.com", "s2048", ["Date", "From", "To", "Subject", "References", "From", "Subject", "Reply-To"], e.at(0))),
           ("X-SONIC-DKIM-SIGN", dkim(c, "yahoo.com", "s2048", ["X-Sonic-MF", "Date", "From", "To", "Subject", "From", "Subject"], e.at(0))),
           ("X-YMail-OSG", chunked(c.b64(300).replace("/", "_").replace("+", "."), 76, " ")),
           ("X-Sonic-MF", "<%s>" % e.frm), ("X-Sonic-ID", c.uuid())]
    return P(received=recv, pre=pre, msgid="<%d.%d.%d@mail.yahoo.com>" % (c.ri(10 ** 8, 10 ** 9), c.ri(10 ** 6, 10 ** 7), int(e.t0.timestamp() * 1000)),
             rp=e.frm, last=(son, son, ip_for(son)), bnd="yahoo", cts=2, tz=tz, mailer=mailer, delay=c.ri(1, 3), tls="1.3")


def p_proton(c, e, tz=0):
    host = "mail-%d%d.protonmail.ch" % (c.ri(40, 43), c.ri(10, 99))
    pre = [("DKIM-Signature", dkim(c, e.fdom, "protonmail3", ["Date", "To", "From", "Subject", "Message-ID", "Feedback-ID", "From", "To", "Cc", "Date", "Subject", "Reply-To", "Feedback-ID", "Message-ID", "BIMI-Selector"], e.at(0)))]
    post = [("Feedback-ID", "%d:user:proton" % c.ri(1000000, 99999999)), ("X-Pm-Message-ID", c.hx(40)), ("X-Pm-Spamscore", "0")]
    return P(pre=pre, post=post, msgid="<%s=@proton.me>" % c.b64(60, True)[:78], rp=e.frm, last=(host, host, ip_for(host)),
             bnd="proton", cts=0, tz=tz, delay=c.ri(1, 3))


def p_webmail(c, e, host, mid, mailer=None, tz=0, bnd="javamail", cts=0, sel="s1", extra_pre=(), extra_post=(), rcv_inner=None, dkim_d=None, ua=None):
    recv = []
    if rcv_inner:
        recv.append(rcv_inner)
    pre = [("DKIM-Signature", dkim(c, dkim_d or e.fdom, sel, ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], e.at(0)))] + list(extra_pre)
    return P(received=recv, pre=pre, post=list(extra_post), msgid="<%s>" % mid, rp=e.frm, last=(host, host, ip_for(host)),
             bnd=bnd, cts=cts, tz=tz, mailer=mailer, ua=ua, delay=c.ri(1, 4))


def p_github(c, e, repo, reason="subscribed", actor="octo", tz=0):
    host = "out-%d.smtp.github.com" % c.ri(16, 28)
    node = "hubbernetes-node-%s.%s.github.net" % (c.hx(7), c.ch(["ash1-iad", "va3-iad"]))
    recv = ["from github.com (%s [%s])%s\tby smtp.github.com (Postfix) with ESMTPA id 4%s%s\tfor <%s>; %s" % (
        node, ip_for(node), CRLF, c.an(11, ALNUMU), CRLF, e.rcpt, rfcdate(e.at(0), -480 if not us_dst(c.when) else -420, "PST" if not us_dst(c.when) else "PDT"))]
    pre = [("DKIM-Signature", dkim(c, "github.com", "pf2023", ["Date", "From", "Reply-To", "To", "Cc", "In-Reply-To", "References", "List-ID", "List-Archive", "List-Post", "List-Unsubscribe", "From"], e.at(0)))]
    owner, name = repo.split("/")
    post = [("List-ID", "%s <%s.%s.github.com>" % (repo, name, owner)),
            ("List-Archive", "https://github.com/%s" % repo),
            ("List-Post", "<mailto:reply+%s@reply.github.com>" % c.hx(60, True)),
            ("List-Unsubscribe", "<mailto:unsub+%s@reply.github.com>,%s <https://github.com/notifications/unsubscribe/%s>" % (c.hx(60, True), CRLF, c.an(90, ALNUMU))),
            ("X-GitHub-Sender", actor), ("X-GitHub-Recipient", e.rlocal.replace(".", "-")), ("X-GitHub-Reason", reason),
            ("X-Auto-Response-Suppress", "All"), ("Precedence", "list"), ("X-GitHub-Recipient-Address", e.rcpt)]
    return P(received=recv, pre=pre, post=post, rp="noreply@github.com", last=(host, host, ip_for(host)), bnd="ruby", cts=1,
             tz=tz, delay=c.ri(1, 4), order=["Date", "From", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject", "Mime-Version", "Content-Type", "Content-Transfer-Encoding"])


def p_ggroup(c, e, group, orig_dom, gdom="googlegroups.com", tz=0, human_mid=None):
    host = "mail-%s%d.google.com" % (c.ch(["yb1-f", "oo1-f", "qv1-f", "ot1-f", "pj1-f"]), c.ri(57, 199))
    gid = "bnc" + c.an(40, ALNUMU)
    aar = ("gmr-mx.google.com;%s\tdkim=pass header.i=@%s header.s=%s header.b=%s;%s\tspf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s;%s\tdmarc=pass (p=NONE sp=QUARANTINE dis=NONE) header.from=%s"
           % (CRLF, orig_dom, c.ch(["20230601", "google", "selector1"]), c.an(8, ALNUMU), CRLF, e.frm, ip_for("orig" + e.frm), e.frm, CRLF, orig_dom))
    pre = arc(c, 1, "google.com", "arc-20240605", e.at(0), aar, ["list-unsubscribe", "list-subscribe", "list-archive", "list-help", "list-post", "list-id", "mailing-list", "precedence", "reply-to", "mime-version", "subject", "message-id", "to", "from", "date", "dkim-signature"])
    pre.append(("DKIM-Signature", dkim(c, gdom if gdom == "googlegroups.com" else gdom, "20230601", ["list-unsubscribe", "list-subscribe", "list-archive", "list-help", "list-post", "list-id", "mailing-list", "precedence", "x-original-authentication-results", "x-original-sender", "mime-version", "subject", "message-id", "to", "from", "date"], e.at(0))))
    pre.append(("X-Gm-Message-State", "AOJu0Y" + c.b64(50)[:66]))
    pre.append(("X-Google-Smtp-Source", "AGHT+I" + c.b64(50)[:60]))
    lst = "%s@%s" % (group, gdom)
    post = [("X-Original-Sender", e.frm),
            ("X-Original-Authentication-Results", aar.replace("gmr-mx.google.com", "gmr-mx.google.com")),
            ("Precedence", "list"),
            ("Mailing-list", "list %s; contact %s+owners@%s" % (lst, group, gdom)),
            ("List-ID", "<%s.%s>" % (group, gdom)),
            ("X-Spam-Checked-In-Group", "%s" % lst),
            ("X-Google-Group-Id", str(c.ri(10 ** 11, 10 ** 12))),
            ("List-Post", "<https://groups.google.com/%sgroup/%s/post>, <mailto:%s>" % ("a/%s/" % gdom if gdom != "googlegroups.com" else "", group, lst)),
            ("List-Help", "<https://support.google.com/a/%s/bin/topic.py?topic=25838>,%s <mailto:%s+help@%s>" % (gdom, CRLF, group, gdom)),
            ("List-Archive", "<https://groups.google.com/%sgroup/%s/>" % ("a/%s/" % gdom if gdom != "googlegroups.com" else "", group)),
            ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,%s <https://groups.google.com/%sgroup/%s/subscribe>" % (c.ri(10 ** 11, 10 ** 12), CRLF, "a/%s/" % gdom if gdom != "googlegroups.com" else "", group))]
    return P(received=["by %s with SMTP id %s.%d.%d; %s" % (host, c.hx(16), c.ri(1, 9), c.ri(1, 99), rfcdate(e.at(1), -480 if not us_dst(c.when) else -420, "PST" if not us_dst(c.when) else "PDT"))],
             pre=pre, post=post, msgid=human_mid or "<CA%s@mail.gmail.com>" % c.an(48, ALNUMU), rp="%s+%s@%s" % (group, gid, gdom),
             last=(host, host, ip_for(host)), bnd="gmail", cts=2, tz=tz, delay=c.ri(2, 9))


def p_groupsio(c, e, grp, sub="main", tz=0):
    host = "mail%02d.groups.io" % c.ri(1, 2)
    web = "web%02d.groups.io" % c.ri(1, 12)
    recv = ["from [%s] by %s with HTTP; %s" % (ip_for(web), web, rfcdate(e.at(0), -480 if not us_dst(c.when) else -420))]
    lst = "%s@%s.groups.io" % (sub, grp)
    pre = [("DKIM-Signature", dkim(c, "groups.io", "20240206", ["Subject", "To", "From", "User-Agent", "MIME-Version", "Date", "Message-ID", "Reply-To", "List-Unsubscribe-Post", "List-Unsubscribe", "List-Subscribe", "List-Help", "Sender", "List-Id", "Mailing-List", "Precedence"], e.at(0)))]
    post = [("Precedence", "Bulk"), ("List-Unsubscribe", "<mailto:%s+unsubscribe@%s.groups.io>, <https://%s.groups.io/g/%s/leave/%d/%d/%d/%s>" % (
        sub, grp, grp, sub, c.ri(1000000, 9999999), c.ri(1000000, 9999999), c.ri(100000000, 999999999), c.ri(10 ** 18, 10 ** 19))),
            ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
            ("List-Subscribe", "<mailto:%s+subscribe@%s.groups.io>" % (sub, grp)),
            ("List-Help", "<mailto:%s+help@%s.groups.io>" % (sub, grp)),
            ("Sender", lst), ("List-Id", "<%s.%s.groups.io>" % (sub, grp)),
            ("Mailing-List", "list %s; contact %s+owner@%s.groups.io" % (lst, sub, grp)),
            ("List-Post", "<mailto:%s>" % lst),
            ("Reply-To", lst)]
    return P(received=recv, pre=pre, post=post, msgid="<%s.%d.%d@groups.io>" % (c.ch(["a", "b", "c"]) + c.hx(6), c.ri(1, 99), c.ri(10 ** 17, 10 ** 18)),
             rp="bounce+%d+%d+%d+%d@groups.io" % (c.ri(10000, 99999), c.ri(100, 99999), c.ri(1000000, 9999999), c.ri(1000000, 9999999)),
             last=(host, host, ip_for(host)), bnd="go", cts=1, tz=tz, delay=c.ri(1, 20), ua="Groups.io Web Interface")


def p_discourse(c, e, forum_host, forum_name, topic, post_id, via="ses", tz=0):
    base = p_ses(c, e, region=c.ch(["us-east-1", "us-west-2"]), mailfrom="bounce." + forum_host if via == "ses" else None,
                 bnd="ruby", cts=0) if via == "ses" else p_mailgun(c, e, sub="", bnd="ruby", track=False)
    base["msgid"] = "<discourse/post/%d@%s>" % (post_id, forum_host)
    base["post"] += [("List-Unsubscribe", "<https://%s/email/unsubscribe/%s>" % (forum_host, c.hx(64))),
                     ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                     ("List-ID", "%s <%s>" % (forum_name, forum_host.replace("discourse.", "").replace("forum.", "") + ".%s" % forum_host.split(".")[0])),
                     ("List-Archive", "https://%s/t/%s/%d" % (forum_host, topic[0], topic[1])),
                     ("Precedence", "list"), ("Auto-Submitted", "auto-generated"),
                     ("X-Discourse-Post-Id", str(post_id)), ("X-Discourse-Topic-Id", str(topic[1])),
                     ("X-Auto-Response-Suppress", "All")]
    base["track"] = None
    base["open_px"] = None
    return base


def p_mailman(c, e, lst, host, orig_host=None, sign=None, tz=0):
    lname, ldom = lst.split("@")
    orig_host = orig_host or "mail-%s%d.google.com" % (c.ch(["wr1-f", "ej1-f", "lf1-f"]), c.ri(41, 199))
    recv = ["from %s (%s [%s])%s\t(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)%s\t key-exchange X25519 server-signature RSA-PSS (2048 bits))%s\t(No client certificate requested)%s\tby %s (Postfix) with ESMTPS id 4%s%s\tfor <%s>; %s" % (
        orig_host, orig_host, ip_for(orig_host), CRLF, CRLF, CRLF, CRLF, host, c.an(11, ALNUMU), CRLF, lst, rfcdate(e.at(0), 0, "UTC"))]
    hsh = c.an(32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    pre = []
    if sign:
        pre += arc(c, 1, sign, c.ch(["200901", "mailman", "arc"]), e.at(1), "%s; dkim=pass header.d=%s header.s=%s header.a=rsa-sha256; dmarc=pass header.from=%s; spf=pass smtp.mailfrom=%s" % (
            host, e.fdom, "20230601", e.fdom, e.fdom), ["from", "to", "subject", "date", "message-id", "list-id", "mime-version", "content-type"])
    pre.append(("DKIM-Signature", dkim(c, e.fdom, c.ch(["20230601", "google", "selector1", "mail"]), ["mime-version", "from", "date", "message-id", "subject", "to"], e.at(0))))
    post = [("Message-ID-Hash", hsh), ("X-Message-ID-Hash", hsh), ("X-MailFrom", e.frm),
            ("X-Mailman-Rule-Misses", "dmarc-mitigation; no-senders; approved; loop; banned-address; header-match-%s.%s-0; emergency; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header" % (lname, ldom)),
            ("X-Mailman-Version", "3.3.%d" % c.ri(8, 10)), ("Precedence", "list"),
            ("List-Id", "<%s.%s>" % (lname, ldom)),
            ("Archived-At", "<https://%s/archives/list/%s/message/%s/>" % (host, lst, hsh)),
            ("List-Archive", "<https://%s/archives/list/%s/>" % (host, lst)),
            ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lname, ldom)),
            ("List-Owner", "<mailto:%s-owner@%s>" % (lname, ldom)),
            ("List-Post", "<mailto:%s>" % lst),
            ("List-Subscribe", "<mailto:%s-join@%s>" % (lname, ldom)),
            ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (lname, ldom))]
    return P(received=recv, pre=pre, post=post, rp="%s-bounces+%s=%s@%s" % (lname, e.rlocal, e.rdom, ldom),
             last=(host, host, ip_for(host)), bnd="gmail", cts=2, tz=tz, delay=c.ri(2, 60))


# ---- infrastructure used by unsolicited senders (all sender domains are invented)
def p_cpanel(c, e, server, uid=(1045, 1048), mailer=None, tz=0, bnd="phpmailer", cts=0, helo=None, client_ip=None):
    client = client_ip or "%s.%d" % (c.ch(["192.0.2", "198.51.100", "203.0.113"]), c.ri(2, 250))
    qid = "1%s-%s-%s" % (c.an(5, ALNUMU), c.an(6, ALNUMU), c.an(2, ALNUMU))
    recv = ["from [%s] (port=%d helo=%s)%s\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384%s\t(Exim 4.98)%s\t(envelope-from <%s>)%s\tid %s%s\tfor %s; %s" % (
        client, c.ri(40000, 65000), helo or "[%s]" % client, CRLF, server, CRLF, CRLF, e.frm, CRLF, qid, CRLF, e.rcpt, rfcdate(e.at(0), tz))]
    pre = [("DKIM-Signature", dkim(c, e.fdom, "default", ["Content-Type", "MIME-Version", "Message-ID", "Subject", "To", "From", "Date", "Sender", "Reply-To", "Cc", "Content-Transfer-Encoding", "Content-ID", "Content-Description", "Resent-Date", "Resent-From", "Resent-Sender", "Resent-To", "Resent-Cc", "Resent-Message-ID", "In-Reply-To", "References", "List-Id", "List-Help", "List-Unsubscribe", "List-Subscribe", "List-Post", "List-Owner", "List-Archive"], None))]
    post = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
            ("X-AntiAbuse", "Primary Hostname - %s" % server), ("X-AntiAbuse", "Original Domain - %s" % e.rdom),
            ("X-AntiAbuse", "Originator/Caller UID/GID - [%d %d] / [%d %d]" % (uid[0], uid[1], uid[0], uid[1])),
            ("X-AntiAbuse", "Sender Address Domain - %s" % e.fdom),
            ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (server, e.frm)),
            ("X-Authenticated-Sender", "%s: %s" % (server, e.frm)), ("X-Source", ""), ("X-Source-Args", ""), ("X-Source-Dir", "")]
    return P(received=recv, pre=pre, post=post, msgid="<%s@%s>" % (c.hx(32), e.fdom), rp=e.frm, last=(server, server, ip_for(server)),
             tls="1.2", bnd=bnd, cts=cts, tz=tz, mailer=mailer, delay=c.ri(1, 30))


def p_vps(c, e, rdns=None, helo=None, tls="1.3", mailer=None, tz=0, bnd="python", cts=0, sign=True, mid=None, rp=None, sel=None, extra_post=(), hops=()):
    rdns = rdns or "vps%d.%s" % (c.ri(1000, 99999), c.ch(["cloudhost-s.example", "fastvps.test", "lowcost-servers.example", "nodepanel.test", "rackhop.example"]))
    helo = helo or "mail.%s" % e.fdom
    recv = list(hops)
    recv.append("by %s (Postfix, from userid %d)%s\tid 4%s; %s" % (helo, c.ri(0, 1001), CRLF, c.an(11, ALNUMU), rfcdate(e.at(0), tz)))
    pre = []
    if sign:
        pre.append(("DKIM-Signature", dkim(c, e.fdom, sel or c.ch(["default", "mail", "dkim", "s1", "x"]), ["From", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"], e.at(0))))
    return P(received=recv, pre=pre, post=list(extra_post), msgid=mid or "<%s.%s@%s>" % (e.t0.strftime("%Y%m%d%H%M%S"), c.hx(12), helo),
             rp=rp or e.frm, last=(helo, rdns, ip_for(rdns)), tls=tls, bnd=bnd, cts=cts, tz=tz, mailer=mailer, delay=c.ri(0, 5))


def p_webshell(c, e, server, script="wp-content/plugins/wp-fix/inc.php", tz=0, bnd="phpmailer", cts=0):
    recv = ["from www-data by %s with local (Exim 4.97)%s\t(envelope-from <%s>)%s\tid 1%s-%s-%s; %s" % (
        server, CRLF, e.frm, CRLF, c.an(5, ALNUMU), c.an(6, ALNUMU), c.an(2, ALNUMU), rfcdate(e.at(0), tz))]
    post = [("X-PHP-Originating-Script", "%d:%s" % (c.ri(33, 1100), script.split("/")[-1])), ("X-Priority", "3")]
    return P(received=recv, pre=[], post=post, msgid="<%s@%s>" % (c.hx(32), server), rp=e.frm, last=(server, server, ip_for(server)),
             tls=None, bnd=bnd, cts=cts, tz=tz, mailer="PHPMailer 6.%d.%d" % (c.ri(5, 9), c.ri(0, 3)), delay=c.ri(1, 50))


PROFILES = {k[2:]: v for k, v in list(globals().items()) if k.startswith("p_") and callable(v)}


# ---------------------------------------------------------------- message assembly
DEFAULT_ORDER = ["Date", "From", "Sender", "Reply-To", "To", "Cc", "Message-ID", "In-Reply-To", "References", "Subject",
                 "MIME-Version", "Content-Type"]
ORDERS = {
    "gmail": ["MIME-Version", "References", "In-Reply-To", "From", "Date", "Message-ID", "Subject", "To", "Cc", "Content-Type"],
    "outlook": ["From", "To", "CC", "Cc", "Subject", "Thread-Topic", "Thread-Index", "Date", "Message-ID", "References",
                "In-Reply-To", "Accept-Language", "Content-Language", "X-MS-Has-Attach", "X-MS-TNEF-Correlator",
                "Content-Type", "MIME-Version"],
    "apple": ["From", "Content-Type", "Mime-Version", "MIME-Version", "Subject", "Message-Id", "Message-ID", "Date",
              "Cc", "In-Reply-To", "References", "To", "X-Mailer"],
    "thunder": ["Message-ID", "Date", "MIME-Version", "User-Agent", "Subject", "Content-Language", "To", "Cc", "References",
                "From", "In-Reply-To", "Content-Type"],
    "esp": ["From", "Reply-To", "To", "Subject", "Date", "Message-ID", "MIME-Version", "Content-Type"],
    "php": ["Date", "To", "From", "Reply-To", "Subject", "Message-ID", "X-Mailer", "MIME-Version", "Content-Type"],
}


def wraptext(text, width):
    out = []
    for line in text.split("\n"):
        if len(line) > width and not line.startswith(">"):
            out.extend(textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [""])
        else:
            out.append(line)
    return "\n".join(out)


def as_leaf(a):
    if isinstance(a, (Leaf, Multi)):
        return a
    ctype, fname, data = a[:3]
    return att_leaf(ctype, fname, data, **(a[3] if len(a) > 3 else {}))


def mk(c, *, frm, subj, prof, body=None, text=None, html=None, shape="alt", style="card", color="#333333", brand=None,
       pre=None, foot=None, cs="utf-8", tcte="quoted-printable", hcte="quoted-printable", hcs=None, hdr_cs="utf-8",
       hdr_enc=None, to=None, cc=None, reply_to=None, sender=None, atts=(), imgs=(), extra=(), bulk=False, unsub=None,
       irt=None, refs=None, msgid=None, mailer=None, ua=None, linkfmt=0, track_text=False, title=None, logo=None,
       order=None, tz=None, node=None, preamble=None, rcpt=None, pixel=True, wrap=None, link_color=None, html_first=False,
       skew=0, to_plain=False, ct_params="", hdr_extra_top=(), tp_params="", rel_type=True, delay=None, quote_cls=None,
       html_tag="p", p_style=None, thread_topic=None):
    fname, faddr = frm
    rcpt = rcpt or c.addr
    e = Env(c, faddr, rcpt)
    pname, pkw = prof if isinstance(prof, tuple) else (prof, {})
    p = PROFILES[pname](c, e, **pkw)
    track = p.get("track")
    lang = c._lang
    if node is None:
        if body is not None:
            if text is None and shape != "html":
                text = md_text(body, linkfmt, track if track_text else None)
                if foot and not style in ("gmail", "apple", "outlook"):
                    text += "\n--\n" + md_text(foot, linkfmt, track if track_text else None)
            if html is None and shape != "text":
                inner = md_html(body, track, color=link_color or color, tag=html_tag, quote_cls=quote_cls,
                                p=p_style or "margin:0 0 14px 0;")
                fh = md_html(foot, track, color="#888888", p="margin:0 0 6px 0;") if foot else ""
                html = wrap_html(style, inner, brand=brand if brand is not None else fname, color=color, pre=pre, foot=fh,
                                 lang=lang, title=title, logo=logo)
        if html and pixel and p.get("open_px"):
            px = '<img src="%s" width="1" height="1" alt="" style="display:block;height:1px;width:1px;border:0" />' % _html.escape(p["open_px"])
            i = html.rfind("</body>")
            html = (html[:i] + px + "\n" + html[i:]) if i >= 0 else html + px + "\n"
        if text and wrap:
            text = wraptext(text, wrap)
        cts = p.get("cts", 0)
        if tcte == "7bit" and text is not None and not is_ascii(text):
            tcte = "8bit"
        if hcte == "7bit" and html is not None and not is_ascii(html):
            hcte = "8bit"
        leaves = []
        if text is not None and shape != "html":
            leaves.append(text_leaf(text, "plain", cs, tcte, cts, params=tp_params))
        if html is not None and shape != "text":
            hcs_ = hcs or cs
            if hcs_.lower() != "utf-8":
                html = re.sub(r'(?i)charset="?utf-8"?', 'charset=%s' % hcs_, html)
            hl = text_leaf(html, "html", hcs_, hcte, cts)
            if imgs:
                rel = [hl] + [att_leaf(ct, fn, data, disp="inline", cid=cid, xatt=True) for (cid, fn, ct, data) in imgs]
                hl = Multi("related", rel, bnd(c, p["bnd"], "rel"), params=' type="text/html";' if rel_type else "")
            leaves.append(hl)
        if html_first:
            leaves.reverse()
        node = leaves[0] if len(leaves) == 1 else Multi("alternative", leaves, bnd(c, p["bnd"], "alt"))
        if atts:
            node = Multi("mixed", [node] + [as_leaf(a) for a in atts], bnd(c, p["bnd"], "mixed"), preamble=preamble)
    # ---- headers
    core = {}
    core["From"] = addr(fname, faddr, hdr_cs, hdr_enc)
    if to is None:
        core["To"] = c.addr if to_plain else addr(c.name, c.addr, hdr_cs, hdr_enc)
    elif to:
        core["To"] = to
    if cc:
        core["Cc"] = cc
    if reply_to:
        core["Reply-To"] = reply_to
    snd = sender or p.get("sender")
    if snd:
        core["Sender"] = snd
    core["Subject"] = ew(subj, hdr_cs, hdr_enc, name="Subject")
    core["Date"] = rfcdate(c.when + _dt.timedelta(minutes=skew), p["tz"] if tz is None else tz, dayname=p.get("dayname", True))
    core["Message-ID"] = msgid or p["msgid"]
    if irt:
        core["In-Reply-To"] = irt
    if refs:
        core["References"] = refs
    core["MIME-Version"] = "1.0"
    mlr = mailer or p.get("mailer")
    if mlr:
        core["X-Mailer"] = mlr
    uag = ua or p.get("ua")
    if uag:
        core["User-Agent"] = uag
    post = []
    for n, v in p["post"]:
        if n == "Thread-Topic":
            v = ew(thread_topic or re.sub(r"^((RE|Re|AW|Fwd|FW|TR|RV|Fw|WG): ?)+", "", subj), hdr_cs, "B", name="Thread-Topic")
        elif n == "X-MS-Has-Attach":
            v = "yes" if atts else ""
        if n in ("Reply-To", "Sender") and n in core:
            continue
        post.append((n, v))
    if bulk:
        u = unsub or p.get("unsub") or "<mailto:unsubscribe-%s@%s?subject=unsubscribe>, <https://%s/unsubscribe/%s>" % (c.hx(16), e.fdom, e.fdom, c.b64(24, True))
        post.append(("List-Unsubscribe", u))
        if "https://" in u:
            post.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    post += list(extra)
    order = order or p.get("order") or DEFAULT_ORDER
    hs = []
    content_hs = node.headers
    placed = set()
    postnames = {n for n, _ in post}
    for n in order:
        if n == "Content-Type":
            hs += content_hs
            placed.add("Content-Type")
        elif n in core and n not in placed:
            hs.append((n, core[n]))
            placed.add(n)
        elif n in postnames and n not in placed:
            for pn, pv in post:
                if pn == n:
                    hs.append((pn, pv))
            placed.add(n)
    for n in core:
        if n not in placed:
            hs.append((n, core[n]))
    for pn, pv in post:
        if pn not in placed:
            hs.append((pn, pv))
    if "Content-Type" not in placed:
        hs += content_hs
    helo, rdns, ip = p["last"]
    t_mx = c.when + _dt.timedelta(seconds=(delay if delay is not None else p.get("delay") or 2) + 1)
    qid = "4" + c.an(c.ri(11, 13), "0123456789BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz")
    mxr = "from %s (%s [%s])" % (helo, rdns or "unknown", ip)
    tls = p.get("tls")
    if tls == "1.3":
        cipher = c.ch(["TLS_AES_256_GCM_SHA384 (256/256 bits)", "TLS_AES_128_GCM_SHA256 (128/128 bits)"])
        mxr += "%s\t(using TLSv1.3 with cipher %s%s\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)%s\t(No client certificate requested)" % (CRLF, cipher, CRLF, CRLF)
        w = "ESMTPS"
    elif tls == "1.2":
        mxr += "%s\t(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))%s\t(No client certificate requested)" % (CRLF, CRLF)
        w = "ESMTPS"
    else:
        w = "ESMTP"
    mxr += "%s\tby %s (Postfix) with %s id %s%s\tfor <%s>; %s" % (CRLF, MX, w, qid, CRLF, rcpt, rfcdate(t_mx, 0, "UTC"))
    top = [("Return-Path", "<%s>" % p["rp"]), ("Delivered-To", rcpt)] + list(hdr_extra_top) + [("Received", mxr)]
    top += [("Received", r) for r in p["received"]]
    allh = top + list(p["pre"]) + hs
    return render_headers(allh) + b"\r\n" + node.body


# ---------------------------------------------------------------- registry
REG = {"ham": [], "spam": [], "phish": []}


def reg(cls, kind):
    def deco(fn):
        REG[cls].append((kind, fn))
        return fn
    return deco


def H(kind):
    return reg("ham", kind)


def S(kind):
    return reg("spam", kind)


def X(kind):
    return reg("phish", kind)


# =====================================================================================
# HAM -- commercial and transactional mail from real companies' own domains
# =====================================================================================
@H("order-receipt")
def _(c):
    o = "11%d-%07d-%07d" % (c.ri(1, 4), c.ri(0, 9999999), c.ri(0, 9999999))
    item = c.ch(["Anker Nano Charger (735, 65W) USB-C", "Stanley Quencher H2.0 FlowState Tumbler 40 oz", "Brita Elite Water Filter Replacements, 3 Count",
                 "Logitech MX Master 3S Wireless Mouse", "Scotch Heavy Duty Shipping Packaging Tape, 6 Rolls"])
    q = c.ri(1, 2)
    sub = c.money("s", 19, 89)
    tax = round(sub * 0.0825, 2)
    body = f"""
    # Thanks for your order, {c.first}.

    Arriving {c.d(2, 'usw')}
    Ship to: {c.name}, {c.ri(100, 9999)} {c.ch(['Birch Hollow Rd', 'W Elm St', 'Larkspur Ln', 'Canal St'])}

    | {item} | Qty {q} |
    | Item subtotal | {usd(sub)} |
    | Estimated tax | {usd(tax)} |
    | **Order total** | **{usd(sub + tax)}** |

    [View or manage order](https://www.amazon.com/gp/css/order-details?orderID={o}&ref_=pe_oc_vod)

    Order # {o}

    By placing your order, you agree to Amazon.com's [Conditions of Use](https://www.amazon.com/gp/help/customer/display.html?nodeId=508088) and [Privacy Notice](https://www.amazon.com/privacy).
    """
    return mk(c, frm=("Amazon.com", "auto-confirm@amazon.com"), subj='Ordered: "%s..."' % item[:38].rstrip(),
              prof=("ses", dict(region="us-west-2", mailfrom="bounces.amazon.com", bnd="javamail")), body=body, style="card",
              color="#232f3e", brand="amazon", foot="This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.\n\nAmazon.com, Inc., 410 Terry Ave. N., Seattle, WA 98109", tcte="7bit")


@H("shipping")
def _(c):
    c.lang("de")
    o = "30%d-%07d-%07d" % (c.ri(2, 6), c.ri(0, 9999999), c.ri(0, 9999999))
    item = c.ch(["Philips Sonicare Aufsteckbürsten, 8 Stück", "Tchibo Kaffeebohnen Feine Milde, 1 kg", "Leitz Ordner A4, 10er-Pack", "Bosch Akku-Schrauber IXO 7"])
    body = f"""
    # Ihr Paket ist unterwegs

    Hallo {c.first} {c.last},

    Ihre Bestellung #{o} wurde versandt. Voraussichtliche Zustellung: **{c.d(2, 'dew')}**.

    | Artikel | {item} |
    | Versand durch | DHL |
    | Sendungsnummer | 00340434{c.code('t', 12)} |

    [Sendung verfolgen](https://www.amazon.de/gp/your-account/ship-track?orderId={o})

    Wir hoffen, Sie bald wieder bei Amazon.de begrüßen zu dürfen.
    """
    return mk(c, frm=("Amazon.de", "versandbestaetigung@amazon.de"), subj="Versandt: „%s“" % item[:34],
              prof=("ses", dict(region="eu-west-1", mailfrom="bounces.amazon.de", bnd="javamail", tz=60)), body=body, style="card",
              color="#232f3e", brand="amazon.de", foot="Amazon EU S.à r.l., 38 avenue John F. Kennedy, L-1855 Luxemburg. Diese E-Mail wurde von einer Adresse gesendet, die keine eingehenden E-Mails empfangen kann.",
              hdr_enc="Q", tcte="quoted-printable", hcte="base64")


@H("order-receipt")
def _(c):
    shop = c.ch([("TheWildBotanist", "hand-poured soy candle, cedar & smoke"), ("LoomAndLinenCo", "linen napkins, set of 4, oat"), ("PaperFoxPrints", "custom pet portrait, digital download")])
    rn = c.ri(3100000000, 3499999999)
    total = c.money("t", 14, 96)
    body = f"""
    # Your Etsy Purchase from {shop[0]} ({rn})

    Hi {c.first},

    Thanks for supporting an independent shop! {shop[0]} has been notified and will start preparing your order.

    | Item | {shop[1]} |
    | Quantity | 1 |
    | Item total | {usd(total)} |
    | Shipping | {usd(c.money('sh', 3, 7))} |
    | Sales tax | {usd(round(total * 0.07, 2))} |

    [View your order](https://www.etsy.com/your/purchases/{rn})

    Have a question? [Message {shop[0]}](https://www.etsy.com/messages/new?with_id={c.ri(100000, 999999)}) directly on Etsy.
    """
    return mk(c, frm=("Etsy Transactions", "transaction@etsy.com"), subj="Your Etsy Purchase from %s (%d)" % (shop[0], rn),
              prof=("own", dict(out="mail%d.etsy.com" % c.ri(10, 40), mid_fmt="etsy.{hex}@etsy.com", sel="etsy", bnd="phpmailer", tz=0)),
              body=body, style="mini", foot="Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201", reply_to="Etsy <transaction@etsy.com>")


@H("order-receipt")
def _(c):
    o = "BBY01-80%010d" % c.ri(0, 9999999999)
    prod = c.ch([("Insignia 55\" Class F30 Series LED 4K UHD Smart Fire TV", 249.99), ("Apple AirPods Pro 2", 199.99), ("Ninja Air Fryer Max XL", 119.99)])
    body = f"""
    # We've received your order.

    Hi {c.first}, thanks for shopping with us. Here are the details of order {o}.

    | {prod[0]} | {usd(prod[1])} |
    | Store Pickup: {c.ch(['Rockville', 'Naperville', 'Tempe Marketplace', 'Union Square'])} | Ready by {c.d(1, 'ussd')} |
    | Estimated Tax | {usd(round(prod[1] * 0.06, 2))} |

    We'll email you again when your item is ready for pickup. Bring your photo ID and order number.

    [View Order Details](https://www.bestbuy.com/profile/ss/orders/order-details/{o}/view)

    [Protect it with Geek Squad](https://www.bestbuy.com/site/geek-squad/geek-squad-protection/pcmcat1509577419007.c)
    """
    return mk(c, frm=("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com"), subj="Thanks for your order. It's been received.",
              prof=("sfmc", dict(sub="emailinfo", tz=-360)), body=body, style="xhtml", color="#0046be", brand="BEST BUY",
              foot="Please do not reply to this email. Best Buy Purchasing LLC, 7601 Penn Avenue South, Richfield, MN 55423 USA. © %d Best Buy." % c.year)


@H("order-receipt")
def _(c):
    o = "10200%d" % c.ri(10000000, 99999999)
    store = c.ch(["Columbia Heights", "Lakewood", "Arlington Pentagon City", "San Jose Westgate"])
    body = f"""
    # Your order is ready for pickup!

    {c.first}, head to {store} any time before {c.d(5, 'ussd')}.

    Order #{o}

    * Up & Up Sensitive Wipes, 6pk
    * Threshold Stoneware Dinner Plate, set of 4
    * Good & Gather Organic Peanut Butter 16oz

    Use the Target app and tap "I'm on my way" for Drive Up, or come inside to the Order Pickup counter.

    [Open the Target app](https://www.target.com/orders/{o}?lnk=ready_for_pickup)
    """
    return mk(c, frm=("Target", "orders@oe.target.com"), subj="Your Target order #%s is ready for pickup" % o,
              prof=("sfmc", dict(sub="oe", tz=-300 if not us_dst(c.when) else -240)), body=body, style="card", color="#cc0000",
              brand="Target", foot="Target Corporation, 1000 Nicollet Mall, Minneapolis, MN 55403. Please don't reply to this email.",
              tcte="7bit", hcte="quoted-printable")


@H("shipping")
def _(c):
    o = "2000%d" % c.ri(10 ** 9, 10 ** 10 - 1)
    body = f"""
    # Your package shipped!

    Hi {c.first}, good news, part of your order #{o} is on its way.

    Arrives {c.d(3, 'ussd')}

    | Great Value Paper Towels, 12 Double Rolls | Qty 1 |
    | Mainstays 3-Tier Shelf, Black | Qty 1 |

    Tracking number: 1Z{c.code('trk', 16, '0123456789ABCDEF')}

    [Track package](https://www.walmart.com/orders/{o}?storeId=0&tracking=true)

    Walmart+ members get free shipping with no order minimum. [Learn more](https://www.walmart.com/plus)
    """
    return mk(c, frm=("Walmart.com", "help@walmart.com"), subj="Shipped: Your package is on the way",
              prof=("sparkpost", dict(sub="em")), body=body, style="card", color="#0071dc", brand="Walmart",
              foot="Walmart.com, 850 Cherry Avenue, San Bruno, CA 94066. This is a service message about your order.")


@H("order-receipt")
def _(c):
    store = c.ri(400, 8999)
    lines = [("SAKRETE 80LB CONCRETE MIX", 6.48, c.ri(2, 6)), ("HDX 30 GAL CONTRACTOR BAG 50CT", 24.97, 1), ("BEHR 1QT SAMPLE - SWISS COFFEE", 6.98, 1)]
    sub = sum(p * q for _, p, q in lines)
    tbl = "\n".join("| %s x%d | %s |" % (n, q, usd(p * q)) for n, p, q in lines)
    body = f"""
    # Thank you for shopping at The Home Depot

    Store #{store:04d}  |  {c.d(0, 'usn')} {c.tm(-1, 0)}

    {tbl}
    | SUBTOTAL | {usd(sub)} |
    | SALES TAX | {usd(round(sub * 0.0725, 2))} |
    | TOTAL | {usd(round(sub * 1.0725, 2))} |

    Paid with VISA XXXXXXXXXXXX{c.code('card', 4)}

    Keep this eReceipt for returns and Pro Xtra purchase tracking.

    [View eReceipt](https://www.homedepot.com/order/receipt?txn={c.hx(24)})
    """
    return mk(c, frm=("The Home Depot", "HomeDepotReceipt@order.homedepot.com"), subj="Your Electronic Receipt",
              prof=("own", dict(out="mta%d.order.homedepot.com" % c.ri(1, 9), mid_fmt="{n}.{HEX}@order.homedepot.com", sel="hd1", bnd="javamail", tz=-300)),
              body=body, style="bank", color="#f96302", brand="THE HOME DEPOT", foot="2455 Paces Ferry Rd NW, Atlanta, GA 30339", tcte="7bit")


@H("order-receipt")
def _(c):
    c.lang("fr")
    o = c.ri(1100000000, 1199999999)
    body = f"""
    # Merci pour votre commande, {c.first} !

    Votre commande n° {o} a bien été enregistrée le {c.d(0, 'fr')}.

    | BILLY Bibliothèque, blanc 80x28x202 cm | {eur(59.0, 'fr')} |
    | KALLAX Étagère, effet chêne blanchi | {eur(69.99, 'fr')} |
    | Livraison à domicile (créneau à choisir) | {eur(39.0, 'fr')} |

    Vous recevrez un SMS la veille de la livraison pour confirmer le créneau horaire.

    [Suivre ma commande](https://order.ikea.com/fr/fr/purchases/{o}/)

    Besoin d'aide ? Rendez-vous sur notre [service client](https://www.ikea.com/fr/fr/customer-service/).
    """
    return mk(c, frm=("IKEA France", "noreply@order.ikea.com"), subj="Confirmation de votre commande IKEA n° %d" % o,
              prof=("sfmc", dict(sub="email", tz=60)), body=body, style="card", color="#0058a3", brand="IKEA",
              foot="IKEA SAS - 425 rue Henri Barbusse - 78370 Plaisir - RCS Versailles 351 745 724", hdr_enc="Q", cs="windows-1252", hcte="quoted-printable")


@H("order-receipt")
def _(c):
    c.lang("de")
    o = "10%d" % c.ri(10 ** 12, 10 ** 13 - 1)
    body = f"""
    # Danke für deine Bestellung!

    Hallo {c.first},

    wir haben deine Bestellung erhalten und packen sie jetzt für dich.

    | Bestellnummer | {o} |
    | Lieferung bis | {c.d(3, 'de')} |
    | adidas Originals Samba OG, Größe 42 | {eur(119.95)} |
    | Versand | kostenlos |

    Du hast 100 Tage Zeit für Rücksendungen. Das Rücksendeetikett findest du in deinem Kundenkonto.

    [Bestellung ansehen](https://www.zalando.de/myaccount/orders/{o})
    """
    return mk(c, frm=("Zalando", "info@service-mail.zalando.de"), subj="Deine Bestellung ist eingegangen",
              prof=("sparkpost", dict(sub="mail")), body=body, style="promo", color="#ff6900", brand="ZALANDO",
              title="Danke!", foot="Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin. Amtsgericht Charlottenburg HRB 158855 B.", cs="utf-8", tcte="base64", hcte="base64")


@H("order-receipt")
def _(c):
    c.lang("nl")
    o = "A000%s" % c.code("o", 6, UPDIG)
    body = f"""
    Hallo {c.first},

    Bedankt voor je bestelling bij bol. We gaan er direct mee aan de slag.

    | Bestelnummer | {o} |
    | Philips Airfryer XXL HD9650/90 | {eur(199.0, 'nl')} |
    | Bezorging | {c.d(1, 'nlw')} |

    Je betaalt met iDEAL. De betaling is ontvangen.

    [Bekijk je bestelling](https://www.bol.com/nl/rnwy/account/bestellingen/{o})

    Groeten,
    bol
    """
    return mk(c, frm=("bol", "automatische-mail@service.bol.com"), subj="Bedankt voor je bestelling %s" % o,
              prof=("own", dict(out="mailout%d.service.bol.com" % c.ri(1, 6), mid_fmt="{uuid}@service.bol.com", sel="bol2024", bnd="javamail", tz=60)),
              body=body, style="card", color="#0000a4", brand="bol", foot="bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht", hdr_enc="Q")


@H("order-receipt")
def _(c):
    c.lang("pt")
    o = c.ri(2000008000000000, 2000009999999999)
    v = c.money("v", 80, 650)
    body = f"""
    # Sua compra foi confirmada!

    Olá, {c.first}!

    Recebemos o pagamento da sua compra nº {o}.

    | Produto | Fone de ouvido JBL Tune 520BT Bluetooth |
    | Valor | {brl(v)} |
    | Pagamento | Pix |
    | Chegará | entre {c.d(3, 'pt')} e {c.d(6, 'pt')} |

    [Ver compra](https://myaccount.mercadolivre.com.br/my_purchases/{o}/detail)

    Lembre-se: o Mercado Livre nunca pede senhas ou códigos por e-mail.
    """
    return mk(c, frm=("Mercado Livre", "info@mercadolivre.com"), subj="Pagamento aprovado: sua compra %d" % o,
              prof=("ses", dict(region="sa-east-1", mailfrom="mail.mercadolivre.com", bnd="javamail", tz=-180)), body=body, style="card",
              color="#fff159", brand="mercado livre", link_color="#3483fa", hdr_enc="B", tcte="base64")


@H("order-receipt")
def _(c):
    inv = "M%s" % c.code("inv", 10, DIG)
    item = c.ch([("iCloud+ with 200 GB (Monthly)", 2.99), ("Apple Music Individual (Monthly)", 10.99), ("Apple One Individual (Monthly)", 19.95)])
    body = f"""
    # Receipt

    APPLE ACCOUNT
    {c.addr}

    | DATE | {c.d(0, 'uss')} |
    | ORDER ID | {inv} |
    | DOCUMENT NO. | {c.ri(100000000000, 199999999999)} |

    | {item[0]}  Renews {c.d(30, 'uss')} | {usd(item[1])} |
    | Subtotal | {usd(item[1])} |
    | Tax | {usd(round(item[1] * 0.06, 2))} |
    | TOTAL | {usd(round(item[1] * 1.06, 2))} |

    Billed to Visa •••• {c.code('v', 4)}

    [Manage Subscriptions](https://apps.apple.com/account/subscriptions)  |  [Report a Problem](https://reportaproblem.apple.com/)

    Learn how to [manage your password preferences](https://support.apple.com/HT204030) for iTunes, Apple Books and App Store purchases.
    """
    return mk(c, frm=("Apple", "no_reply@email.apple.com"), subj="Your receipt from Apple.",
              prof=("own", dict(out="rn2-txn-msbadger%05d.apple.com" % c.ri(1000, 9999), mid_fmt="{UUID}@email.apple.com", sel="email0517",
                                bnd="apple", tz=-420, dkim_d="email.apple.com")),
              body=body, style="mini", foot="Apple Inc., One Apple Park Way, Cupertino, CA 95014. Privacy Policy.", cs="utf-8", tcte="quoted-printable")


@H("shipping")
def _(c):
    trk = "1Z%s" % c.code("t", 16, "0123456789ABCDEFGHJKLMNPRTVWXY")
    body = f"""
    # Your Package Is On the Way

    Hello {c.first},

    Scheduled Delivery: **{c.d(2, 'usw')}**, by End of Day

    | Tracking Number | {trk} |
    | Ship To | {c.ch(['ARLINGTON, VA, US', 'EVANSTON, IL, US', 'BOULDER, CO, US', 'PORTLAND, OR, US'])} |
    | Number of Packages | 1 |
    | UPS Service | UPS Ground |
    | Shipped From | {c.ch(['CHEWY', 'WAYFAIR', 'REI', 'BACKCOUNTRY'])} |

    [Track Your Package](https://www.ups.com/track?loc=en_US&tracknum={trk}&requester=ST/trackdetails)

    Want more control? [Change delivery options](https://www.ups.com/mychoice) with UPS My Choice®.
    """
    return mk(c, frm=("UPS", "mcinfo@ups.com"), subj="UPS Update: Package Scheduled for Delivery %s" % c.d(2, "usw").rsplit(",", 1)[0],
              prof=("own", dict(out="mail-out%d.ups.com" % c.ri(1, 8), mid_fmt="{n}.{ms}.JavaMail.sfr@ups.com", sel="ups1", bnd="javamail", tz=-300)),
              body=body, style="bank", color="#351c15", brand="UPS", foot="Do not reply to this e-mail. UPS will not receive your reply. © %d United Parcel Service of America, Inc." % c.year)


@H("shipping")
def _(c):
    trk = c.code("t", 12)
    body = f"""
    Hi {c.first},

    Your package was delivered {c.d(0, 'ussd')} at {c.tm(0, 0)}.

    | Tracking ID | {trk} |
    | Delivered to | Front door |
    | Signed for by | Signature not required |
    | Ship date | {c.d(-3, 'ussd')} |
    | Service | FedEx Home Delivery |

    [View photo proof of delivery](https://www.fedex.com/fedextrack/?trknbr={trk})

    Please do not respond to this message. This email was sent from an unattended mailbox.
    """
    return mk(c, frm=("FedEx", "TrackingUpdates@fedex.com"), subj="Your package has been delivered",
              prof=("own", dict(out="cimsmtp%d.fedex.com" % c.ri(1, 9), mid_fmt="{n}.{hex}@fedex.com", sel="fedex2048", bnd="javamail", tz=-360)),
              body=body, style="bank", color="#4d148c", brand="FedEx", foot="Copyright FedEx 1995-%d. All rights reserved." % c.year, tcte="7bit")


@H("shipping")
def _(c):
    n = c.ri(2, 4)
    imgs = [("mailpiece%d@usps.com" % i, "mailpiece_%d.png" % i, "image/png", banner_png(c, 220, 110, [(238, 238, 238), (220, 220, 220), (250, 250, 250)])) for i in range(n)]
    inner = "".join('<p><img src="cid:%s" width="220" height="110" alt="Mailpiece image"></p>\n' % cid for cid, *_ in imgs)
    body = f"""
    # Your Daily Digest

    Hi, {c.name.upper()}, here's a look at the mail and packages coming soon.

    COMING TO YOUR MAILBOX SOON: {n} mailpieces

    Mailpiece images are shown below. Some items may not be included.

    [Track packages on the Dashboard](https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action?selectedDate={c.d(0, 'usn')})

    ---

    Informed Delivery® by USPS: digitally preview your household's incoming mail.
    """
    html = wrap_html("bank", md_html(body, color="#333366") + inner, brand="USPS Informed Delivery", color="#333366",
                     foot="This is an automated email. Please do not reply. Privacy Policy. USPS.com")
    return mk(c, frm=("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"),
              subj="Your Daily Digest for %s, %d/%d is ready to view" % (c.d(0, "ussd")[:3], c.when.month, c.when.day),
              prof=("own", dict(out="mta%d.email.informeddelivery.usps.com" % c.ri(1, 4), mid_fmt="{hex}.{n}@email.informeddelivery.usps.com", sel="usps", bnd="javamail", tz=-300)),
              body=body, html=html, imgs=imgs, tcte="7bit")


@H("shipping")
def _(c):
    c.lang("de")
    s = "00340434%s" % c.code("s", 12)
    body = f"""
    Hallo {c.first} {c.last},

    Ihr Paket kommt heute, {c.d(0, 'dew')}, voraussichtlich zwischen {c.tm(1, 0, '24')} und {c.tm(3, 0, '24')} Uhr.

    Sendungsnummer: {s}
    Absender: {c.ch(['Otto (GmbH & Co KG)', 'MediaMarkt E-Business GmbH', 'Thalia Bücher GmbH', 'dm-drogerie markt'])}

    Sie sind nicht zu Hause? Sie können die Zustellung noch ändern, z. B. an einen Ablageort oder in eine Packstation.

    [Zustellung ändern](https://www.dhl.de/de/privatkunden/dhl-sendungsverfolgung.html?piececode={s})

    Ihr DHL Paket-Team
    """
    return mk(c, frm=("DHL Paket", "noreply@dhl.de"), subj="Ihr DHL Paket kommt heute",
              prof=("own", dict(out="mailout%d.dhl.de" % c.ri(1, 5), mid_fmt="{n}.{hex}@dhl.de", sel="dhl2048", bnd="javamail", tz=60)),
              body=body, style="card", color="#d40511", brand="DHL", foot="Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn",
              cs="iso-8859-1", hdr_cs="iso-8859-1", tcte="quoted-printable")


@H("shipping")
def _(c):
    c.lang("nl")
    code = "3S%s" % c.code("c", 13, UPDIG)
    body = f"""
    Hoi {c.first},

    Goed nieuws: je pakket van **{c.ch(['Coolblue', 'HEMA', 'Zeeman', 'Wehkamp'])}** wordt vandaag bezorgd tussen {c.tm(2, 0, '24')} en {c.tm(4, 0, '24')}.

    Track & Trace: {code}

    Niet thuis? Kies een andere dag of laat je pakket bij de buren bezorgen.

    [Bekijk je pakket](https://jouw.postnl.nl/track-and-trace/{code}-NL-{c.ri(1000, 9999)}AB)

    Groet,
    PostNL
    """
    return mk(c, frm=("PostNL", "noreply@notificatie.postnl.nl"), subj="Je pakket wordt vandaag bezorgd",
              prof=("own", dict(out="smtp%d.notificatie.postnl.nl" % c.ri(1, 4), mid_fmt="{uuid}@notificatie.postnl.nl", sel="sfmc", bnd="javamail", tz=60)),
              body=body, style="card", color="#ed7000", brand="PostNL", foot="PostNL, Waldorpstraat 3, 2521 CA Den Haag", tcte="8bit", hcte="quoted-printable")


@H("shipping")
def _(c):
    c.lang("fr")
    n = "6A%s" % c.code("n", 11)
    body = f"""
    Bonjour {c.first} {c.last.upper()},

    Votre colis n° {n} sera livré demain, {c.d(1, 'frw')}, à votre domicile.

    Vous ne serez pas là ? Choisissez une autre date, un point de retrait ou un voisin.

    [Modifier ma livraison](https://www.laposte.fr/outils/suivre-vos-envois?code={n})

    Expéditeur : {c.ch(['FNAC DARTY', 'CDISCOUNT', 'VINTED', 'LA REDOUTE'])}

    À très bientôt,
    Colissimo
    """
    return mk(c, frm=("Colissimo", "noreply@notif-colissimo-laposte.info"), subj="Votre colis %s arrive demain" % n,
              prof=("own", dict(out="mail%d.notif-colissimo-laposte.info" % c.ri(1, 3), mid_fmt="{n}.{hex}@notif-colissimo-laposte.info", sel="colissimo", bnd="javamail", tz=60)),
              body=body, style="card", color="#ffcc00", link_color="#003a80", brand="Colissimo", foot="La Poste - SA au capital de 5 620 325 816 euros - 356 000 000 RCS Paris",
              cs="windows-1252", hdr_cs="windows-1252", hdr_enc="Q")


@H("shipping")
def _(c):
    c.lang("es")
    n = "PQ%s%s" % (c.code("a", 2, UPDIG), c.code("n", 16))
    body = f"""
    Hola {c.first}:

    Tu envío {n} está en reparto y llegará hoy.

    Remitente: {c.ch(['EL CORTE INGLES SA', 'DECATHLON ESPAÑA', 'PCCOMPONENTES Y MULTIMEDIA SL'])}
    Destino: {c.ch(['MADRID', 'SEVILLA', 'VALENCIA', 'ZARAGOZA'])}

    Si no vas a estar, puedes recogerlo en tu oficina de Correos o en un CityPaq a partir de mañana.

    [Seguimiento del envío](https://www.correos.es/es/es/herramientas/localizador/envios/detalle?tracking-number={n})

    Un saludo,
    Correos
    """
    return mk(c, frm=("Correos", "notificaciones@correos.es"), subj="Tu envío está en reparto",
              prof=("own", dict(out="smtpout%d.correos.es" % c.ri(1, 4), mid_fmt="{n}.{ms}@correos.es", sel="correos", bnd="net", tz=60)),
              body=body, shape="text", cs="iso-8859-1", tcte="quoted-printable")


@H("shipping")
def _(c):
    p = c.code("p", 14)
    body = f"""
    # Your DPD parcel is due today

    Hi {c.first},

    Your parcel from {c.ch(['John Lewis', 'ASOS', 'Argos', 'Boots'])} is due today between {c.tm(1, 0, '24')} and {c.tm(2, 0, '24')}.

    Parcel number: {p}

    Your driver is {c.ch(['Mo', 'Kasia', 'Darren', 'Priyesh'])}. Follow your parcel live on the map from about 30 minutes before delivery.

    [Track your parcel](https://track.dpd.co.uk/parcels/{p}*{c.ri(10000, 99999)})

    [Change delivery](https://track.dpd.co.uk/parcels/{p}/options)
    """
    return mk(c, frm=("DPD", "noreply@dpd.co.uk"), subj="Your DPD parcel is due today between %s and %s" % (c.tm(1, 0, "24"), c.tm(2, 0, "24")),
              prof=("sendgrid", dict(em="em%d.dpd.co.uk" % c.ri(100, 999))), body=body, style="card", color="#dc0032", brand="DPD",
              foot="DPD Group UK Ltd, Roebuck Lane, Smethwick, West Midlands, B66 1BY", tcte="7bit")


@H("bank-alert")
def _(c):
    m = c.ch(["TRADER JOE S #552", "SHELL OIL 57444", "COSTCO WHSE #1042", "UBER   *EATS", "SQ *BLUE BOTTLE COFFEE", "NETFLIX.COM"])
    a = c.money("a", 6, 240)
    body = f"""
    # Transaction alert

    You made a {usd(a)} transaction with {m}

    | Account | Chase Sapphire Preferred (...{c.code('acct', 4)}) |
    | Date | {c.d(0, 'uss')} at {c.tm(-4, 0)} ET |
    | Merchant | {m} |
    | Amount | {usd(a)} |

    You are receiving this alert because your transaction was more than the amount you set in your alert preferences.

    Review account: sign in at chase.com or in the Chase Mobile® app.

    [Manage alerts](https://secure.chase.com/web/auth/dashboard#/dashboard/alerts/manageAlerts)
    """
    return mk(c, frm=("Chase", "no.reply.alerts@chase.com"), subj="Your %s transaction with %s" % (usd(a), m),
              prof=("own", dict(out="smtp%d.alertsp.chase.com" % c.ri(1, 8), mid_fmt="{n}.{ms}.JavaMail.alerts@chase.com", sel="alerts", bnd="javamail", tz=-300)),
              body=body, style="bank", color="#117aca", brand="CHASE", foot="JPMorgan Chase Bank, N.A. Member FDIC. This service email was sent to you because you enrolled in alerts. Please don't reply to this automatically generated service email.")


@H("bank-alert")
def _(c):
    last4 = c.code("l", 4)
    body = f"""
    {c.first}, your statement is available.

    Your {c.ch(['Adv Plus Banking', 'Adv Relationship Banking', 'Customized Cash Rewards Visa Signature'])} - {last4} statement for the period ending {c.d(-2, 'usn')} is now available in Online Banking.

    To view your statement, log in to Online Banking and select Statements & Documents.

    [Go to Statements & Documents](https://secure.bankofamerica.com/mycommunications/statements/)

    Want to go paperless on more accounts? You can update your delivery preferences at any time.

    Because your security is important, we never include account numbers in emails.
    """
    return mk(c, frm=("Bank of America", "onlinebanking@ealerts.bankofamerica.com"), subj="Your statement is available",
              prof=("own", dict(out="mailout%d.ealerts.bankofamerica.com" % c.ri(1, 6), mid_fmt="{n}.{an}@ealerts.bankofamerica.com", sel="s1024", bnd="net", tz=-300)),
              body=body, style="bank", color="#012169", brand="BANK OF AMERICA", foot="Bank of America, N.A. Member FDIC. Equal Housing Lender. © %d Bank of America Corporation." % c.year, tcte="quoted-printable")


@H("bank-alert")
def _(c):
    a = c.money("a", 3, 90)
    m = c.ch(["SPOTIFY USA", "KROGER #0741", "CHIPOTLE 2231", "AMAZON MKTPL*ZB7AB2C", "EXXONMOBIL 4710"])
    body = f"""
    Hi {c.first},

    As requested, we're notifying you that on {c.d(0, 'us')}, at {m}, a pending authorization or purchase in the amount of {usd(a)} was placed or charged on your Capital One® {c.ch(['Quicksilver', 'Venture', 'SavorOne'])} Credit Card ending in {c.code('l', 4)}.

    [View Transaction Details](https://verified.capitalone.com/auth/signin?Product=Card)

    Thanks for choosing Capital One®.

    We'll never ask for your personal information or log-in details by email or text.
    """
    return mk(c, frm=("Capital One", "capitalone@notification.capitalone.com"), subj="A new transaction was charged to your account",
              prof=("own", dict(out="mta%d.notification.capitalone.com" % c.ri(1, 9), mid_fmt="{uuid}@notification.capitalone.com", sel="capone", bnd="dotnet", tz=0)),
              body=body, style="bank", color="#004879", brand="Capital One", foot="Capital One, 1680 Capital One Drive, McLean, VA 22102. To manage alerts, sign in to your account.")


@H("bank-alert")
def _(c):
    a = c.money("a", 800, 4200)
    body = f"""
    Deposit received

    {c.first}, a deposit of {usd(a)} was posted to your Everyday Checking account ending in {c.code('l', 4)} on {c.d(0, 'usn')}.

    From: {c.ch(['ACME CORP PAYROLL', 'GUSTO', 'ADP PAYROLL', 'STATE OF CA TAX REFUND'])}

    Available balance: {usd(a + c.money('b', 200, 6000))}

    Sign on to Wells Fargo Online® to view account details.

    Please do not reply to this automated email. If you have questions, call us at the number on the back of your card.
    """
    return mk(c, frm=("Wells Fargo Online", "alerts@notify.wellsfargo.com"), subj="Wells Fargo Alert: Deposit received",
              prof=("own", dict(out="mailout%d.notify.wellsfargo.com" % c.ri(1, 5), mid_fmt="{n}.{hex}@notify.wellsfargo.com", sel="wf2048", bnd="javamail", tz=-300)),
              body=body, shape="text", tcte="7bit")


@H("bank-alert")
def _(c):
    a = c.money("a", 600, 3500)
    m = c.ch(["DELTA AIR LINES", "APPLE STORE #R102", "MARRIOTT HOTELS", "BEST BUY 00012"])
    body = f"""
    # Large Purchase Approved

    Hi {c.first.upper()}, we approved a purchase of {usd(a)} at {m} on {c.d(0, 'uss')}.

    | Card Account Ending | {c.code('l', 5)} |
    | Merchant | {m} |
    | Amount | {usd(a)} |

    If you recognize this purchase, no action is required.

    If you don't recognize it, please review your account and call the number on the back of your Card.

    [Review Purchase](https://global.americanexpress.com/activity/recent)
    """
    return mk(c, frm=("American Express", "AmericanExpress@welcome.americanexpress.com"), subj="Large Purchase Approved",
              prof=("sfmc", dict(sub="welcome", tz=-420)), body=body, style="xhtml", color="#006fcf", brand="AMERICAN EXPRESS",
              foot="American Express, 200 Vesey Street, New York, NY 10285. Your account security is important to us. Do not reply to this email.")


@H("bank-alert")
def _(c):
    c.lang("de")
    mon = MONTHS["de"][(c.when.month - 2) % 12]
    body = f"""
    Hallo {c.first},

    dein Kontoauszug für {mon} steht jetzt in der N26 App bereit.

    Du findest ihn unter Mein Konto > Dokumente > Kontoauszüge. Aus Sicherheitsgründen versenden wir keine Kontoauszüge per E-Mail.

    Tipp: Mit Spaces kannst du Geld für deine Ziele beiseitelegen.

    Dein N26 Team
    """
    return mk(c, frm=("N26", "no-reply@n26.com"), subj="Dein Kontoauszug für %s ist da" % mon,
              prof=("ses", dict(region="eu-central-1", mailfrom="mail.n26.com", bnd="javamail", tz=60)), body=body, style="mini",
              foot="N26 Bank AG, Voltairestraße 8, 10179 Berlin. Amtsgericht Charlottenburg HRB 170602 B.", cs="utf-8", tcte="base64", hcte="base64", hdr_enc="B")


@H("bank-alert")
def _(c):
    c.lang("nl")
    body = f"""
    Beste {c.first} {c.last},

    Er staat een nieuw bericht voor je klaar in Mijn ING. Je vindt het bericht in de ING App onder Profiel > Berichten.

    Onderwerp: Wijziging in de voorwaarden voor betalen vanaf {c.d(30, 'nl')}

    Let op: ING vraagt je nooit via e-mail om in te loggen, je pincode of inlogcodes te geven, of geld over te maken naar een veilige rekening.

    Met vriendelijke groet,
    ING
    """
    return mk(c, frm=("ING", "noreply@mail.ing.nl"), subj="Je hebt een nieuw bericht in Mijn ING",
              prof=("own", dict(out="smtp%d.mail.ing.nl" % c.ri(1, 4), mid_fmt="{n}.{hex}@mail.ing.nl", sel="ing", bnd="net", tz=60)),
              body=body, style="bank", color="#ff6200", brand="ING", foot="ING Bank N.V., Bijlmerdreef 106, 1102 CT Amsterdam", cs="iso-8859-1", hdr_cs="iso-8859-1")


@H("invoice-platform")
def _(c):
    biz = c.ch([("Harbor Lane Plumbing LLC", "harborlaneplumbing.example"), ("Greenway Lawn & Tree", "greenwaylawn.example"), ("Summit Ridge HVAC", "summitridgehvac.example")])
    n = c.ri(1001, 1899)
    amt = c.money("a", 180, 2400)
    body = f"""
    # Invoice {n} from {biz[0]}

    Dear {c.first},

    We appreciate your business. Please find your invoice details here. Feel free to contact us if you have any questions.

    Have a great day!
    {biz[0]}

    | Invoice {n} | |
    | Due {c.d(30, 'usn')} | **{usd(amt)}** |

    [Review and pay](https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-{c.hx(40)}?locale=en_US&cta=viewinvoicenow)

    Powered by QuickBooks. Intuit will never ask you to send sensitive info by email.
    """
    return mk(c, frm=(biz[0], "quickbooks@notification.intuit.com"), reply_to="billing@%s" % biz[1], subj="Invoice %d from %s" % (n, biz[0]),
              prof=("own", dict(out="mail%d.notification.intuit.com" % c.ri(1, 12), mid_fmt="{n}.{hex}.JavaMail.qbo@intuit.com", sel="intuit", bnd="javamail", tz=-420)),
              body=body, style="card", color="#2ca01c", brand=biz[0], foot="Intuit Inc., 2700 Coast Avenue, Mountain View, CA 94043. Privacy | Security | Terms of Service",
              atts=[("application/pdf", "Invoice_%d_from_%s.pdf" % (n, biz[0].replace(" ", "_").replace("&", "and")),
                     pdf(["INVOICE %d" % n, biz[0], "Bill to: %s" % c.name, "Date: %s" % c.d(0, "usn"), "Service call and parts", "TOTAL DUE: %s" % usd(amt)], "Invoice %d" % n))])


@H("invoice-platform")
def _(c):
    biz = c.ch([("Studio Maren", "studiomaren.example"), ("Fieldnote Copywriting", "fieldnotecopy.example"), ("Pinecrest Bookkeeping", "pinecrestbooks.example")])
    n = "%04d" % c.ri(20, 480)
    amt = c.money("a", 350, 5200)
    body = f"""
    {biz[0]} sent you an invoice ({n}) for {usd(amt)} that's due on {c.d(14, 'us')}.

    [View Invoice](https://my.freshbooks.com/#/link/{c.an(24)})

    Notes from {biz[0].split()[0]}:
    Thanks {c.first}! This covers the {c.ch(['October retainer', 'website copy refresh', 'Q3 reconciliation', 'brand workshop'])}. Let me know if anything looks off.

    ---

    Sent with FreshBooks. Invoices made easy for small business owners.
    """
    return mk(c, frm=("%s via FreshBooks" % biz[0], "noreply@freshbooks.com"), reply_to="hello@%s" % biz[1],
              subj="%s sent you an invoice (%s)" % (biz[0], n), prof=("sendgrid", dict(em="em%d.freshbooks.com" % c.ri(100, 9999))),
              body=body, style="mini", foot="FreshBooks, 1655 Dupont St, Suite 101, Toronto, ON M6P 3T1")


@H("invoice-platform")
def _(c):
    biz = c.ch([("Tidepool Web Ltd", "tidepoolweb.example"), ("Blue Gum Joinery", "bluegumjoinery.example"), ("Otter Creek Consulting", "ottercreek.example")])
    n = "INV-%04d" % c.ri(100, 2999)
    amt = c.money("a", 400, 6800)
    body = f"""
    Hi {c.first},

    Here's invoice {n} for {usd(amt)}.

    The amount outstanding of {usd(amt)} is due on {c.d(20, 'uk')}.

    View your bill online: [{n}](https://in.xero.com/{c.an(40, ALNUMU)})

    From your online bill you can print a PDF, export a CSV, or create a free login and view your outstanding bills.

    If you have any questions, please let us know.

    Thanks,
    {biz[0]}
    """
    return mk(c, frm=(biz[0], "messaging-service@post.xero.com"), reply_to="accounts@%s" % biz[1], subj="Invoice %s from %s for %s" % (n, biz[0], c.name),
              prof=("ses", dict(region="us-west-2", mailfrom="post.xero.com", bnd="dotnet")), body=body, shape="text", tcte="quoted-printable",
              atts=[("application/pdf", "Invoice %s.pdf" % n, pdf(["TAX INVOICE", biz[0], n, "Amount due: %s" % usd(amt)], n))], preamble="This is a multi-part message in MIME format.")


@H("invoice-platform")
def _(c):
    shop = c.ch(["Corner Café", "Half Moon Bike Shop", "Little Fern Florist", "Marigold Nail Bar"])
    amt = c.money("a", 4, 85)
    tip = round(amt * c.ch([0.15, 0.18, 0.2, 0]), 2)
    body = f"""
    # {usd(amt + tip)}

    {shop}

    | Purchase | {usd(amt)} |
    | Tip | {usd(tip)} |
    | Total | {usd(amt + tip)} |

    Visa {c.code('c', 4)} (Contactless)  |  {c.d(0, 'uss')} at {c.tm(-5, 0)}

    #{c.an(4, UPDIG)}  |  Receipt #{c.an(4, UPDIG)}

    [Leave feedback](https://squareup.com/r/{c.b64(12, True)}/feedback) for {shop} and let them know how they did.

    © {c.year} Block, Inc. 1955 Broadway, Suite 600, Oakland, CA 94612
    """
    return mk(c, frm=(shop, "receipts@messaging.squareup.com"), subj="Receipt from %s" % shop,
              prof=("own", dict(out="smtp%d.messaging.squareup.com" % c.ri(1, 9), mid_fmt="{hex}@messaging.squareup.com", sel="sq", bnd="go", tz=0)),
              body=body, style="mini", to_plain=True, hdr_enc="Q")


@H("invoice-platform")
def _(c):
    biz = c.ch(["Lumen Yoga Studio", "Brightwater Swim School", "Cedar & Sage Pottery"])
    rn = "%04d-%04d" % (c.ri(1000, 9999), c.ri(1000, 9999))
    amt = c.money("a", 20, 240)
    acct = "acct_1" + c.an(15, ALNUMU)
    body = f"""
    # Receipt from {biz}

    {usd(amt)}
    Paid {c.d(0, 'uss')}

    | Receipt number | {rn} |
    | Payment method | Mastercard - {c.code('c', 4)} |
    | {c.ch(['10-class pass', 'Monthly membership', 'Saturday wheel class', 'Term 3 lessons'])} | {usd(amt)} |
    | Amount paid | {usd(amt)} |

    If you have any questions, contact us at {biz.lower().replace(' ', '').replace('&', 'and')}@gmail.com.

    Something wrong with the email? [View it in your browser](https://pay.stripe.com/receipts/payment/{c.b64(60, True)}).

    You're receiving this email because you made a purchase at {biz}, which partners with Stripe to provide invoicing and payment processing.
    """
    return mk(c, frm=(biz, "receipts+%s@stripe.com" % acct), subj="Your receipt from %s #%s" % (biz, rn),
              prof=("ses", dict(region="us-west-2", mailfrom="bounce.stripe.com", bnd="go")), body=body, style="mini")


@H("invoice-platform")
def _(c):
    biz = c.ch([("Northfield Robotics Club", "northfieldrobotics.example"), ("Quarry Hill Co-working", "quarryhillcowork.example")])
    n = "%s-%04d" % (c.an(8, "0123456789ABCDEF"), c.ri(1, 30))
    amt = c.money("a", 75, 900)
    body = f"""
    # New invoice from {biz[0]}

    {usd(amt)} due {c.d(30, 'uss')}

    [Pay this invoice](https://invoice.stripe.com/i/acct_1{c.an(15, ALNUMU)}/live_{c.b64(60, True)}?s=em)

    | Invoice number | {n} |
    | Due date | {c.d(30, 'uss')} |
    | Amount due | {usd(amt)} |

    Questions? Contact {biz[0]} at billing@{biz[1]}.

    Powered by Stripe | Learn more about Stripe Billing
    """
    return mk(c, frm=(biz[0], "invoice+statements+acct_1%s@stripe.com" % c.an(15, ALNUMU)), subj="New invoice from %s #%s" % (biz[0], n),
              prof=("ses", dict(region="us-east-1", mailfrom="bounce.stripe.com", bnd="go")), body=body, style="mini",
              atts=[("application/pdf", "Invoice-%s.pdf" % n, pdf(["Invoice %s" % n, biz[0], "Amount due %s" % usd(amt)], "Invoice"))])


@H("invoice-platform")
def _(c):
    shop = c.ch(["Bluebird Ceramics", "Kite & Kettle Tea Co", "Wrenfield Leather Goods"])
    amt = c.money("a", 12, 180)
    tid = c.an(17, "0123456789ABCDEFGHJKLMNPRSTUVWXY")
    body = f"""
    Hello, {c.name}

    You sent a payment of {usd(amt)} USD to {shop}

    It may take a few moments for this transaction to appear in your account.

    | Merchant | {shop} |
    | Transaction ID | {tid} |
    | Transaction date | {c.d(0, 'uss')} |
    | Purchase total | {usd(amt)} USD |
    | Funding source | PayPal balance / Visa Debit x-{c.code('v', 4)} |

    Questions? Go to the Help Center at [www.paypal.com/help](https://www.paypal.com/help).

    PayPal is committed to preventing fraudulent emails. Emails from PayPal will always contain your full name.
    """
    return mk(c, frm=("PayPal", "service@paypal.com"), subj="Receipt for your payment to %s" % shop,
              prof=("own", dict(out="mx%d.slc.paypal.com" % c.ri(1, 9), mid_fmt="{hex}@ccg01mail0%d" % c.ri(1, 9), sel="pp-dkim1", bnd="javamail", tz=-420)),
              body=body, style="card", color="#003087", brand="PayPal", foot="Copyright © 1999-%d PayPal, Inc. All rights reserved. PayPal is located at 2211 N. First St., San Jose, CA 95131." % c.year)


@H("invoice-platform")
def _(c):
    biz = c.ch([("Riverbend Tutoring", "riverbendtutoring.example"), ("Halcyon Dog Walking", "halcyondogs.example"), ("Ridgeview Piano Lessons", "ridgeviewpiano.example")])
    n = "%04d" % c.ri(12, 300)
    amt = c.money("a", 60, 640)
    body = f"""
    # {biz[0]} sent you an invoice

    Amount due: {usd(amt)} USD
    Due on: {c.d(10, 'uss')}
    Invoice number: {n}

    Note from seller: {c.ch(['Sessions for the month - thanks!', 'Walks 1st-15th incl. 2 weekend visits', 'Autumn term, 8 lessons'])}

    [View and Pay Invoice](https://www.paypal.com/invoice/p/#INV2-{c.an(4, UPDIG)}-{c.an(4, UPDIG)}-{c.an(4, UPDIG)}-{c.an(4, UPDIG)})

    Don't recognize this invoice? [Report this invoice](https://www.paypal.com/invoice/p/report)

    Before paying, make sure you recognize this invoice. If you don't, report it. Learn about common attacks and how to spot them.
    """
    return mk(c, frm=("%s via PayPal" % biz[0], "invoicing@paypal.com"), reply_to=addr(biz[0], "hello@%s" % biz[1]),
              subj="Invoice from %s (%s)" % (biz[0], n),
              prof=("own", dict(out="mx%d.phx.paypal.com" % c.ri(1, 9), mid_fmt="{hex}.{n}@paypal.com", sel="pp-dkim1", bnd="javamail", tz=-420)),
              body=body, style="card", color="#003087", brand="PayPal", foot="PayPal, Inc. 2211 N. First St., San Jose, CA 95131")


@H("invoice-platform")
def _(c):
    biz = c.ch([("Sunny Day Landscaping", "sunnydaylandscaping.example"), ("Copperline Electric", "copperline-electric.example")])
    n = c.ri(100, 999)
    amt = c.money("a", 120, 3100)
    body = f"""
    Hi {c.first},

    {biz[0]} has sent you invoice #{n} for {usd(amt)}, due {c.d(15, 'us')}.

    [View invoice](https://next.waveapps.com/invoice/{c.uuid()})

    Message from {biz[0]}:
    "Thanks for choosing us. E-transfer or card accepted via the link above."

    Pay securely online with a credit card or bank payment.

    Wave Financial Inc. | waveapps.com
    """
    return mk(c, frm=("%s via Wave" % biz[0], "invoice@waveapps.com"), reply_to="office@%s" % biz[1],
              subj="Invoice #%d from %s" % (n, biz[0]), prof=("postmark", dict(tag="invoice-send")), body=body, style="mini",
              atts=[("application/pdf", "Invoice_%d.pdf" % n, pdf(["Invoice #%d" % n, biz[0], "Total %s" % usd(amt)]))])


@H("invoice-platform")
def _(c):
    biz = c.ch([("Coastline Print Shop", "coastlineprint.example"), ("Meridian IT Services", "meridian-it.example")])
    n = "INV-%06d" % c.ri(100, 9999)
    amt = c.money("a", 90, 2200)
    body = f"""
    Dear {c.name},

    Thank you for your business. Your invoice can be viewed, printed and downloaded as PDF from the link below. You can also choose to pay it online.

    | INVOICE AMOUNT | {usd(amt)} |
    | Invoice No | {n} |
    | Invoice Date | {c.d(0, 'uss')} |
    | Due Date | {c.d(15, 'uss')} |

    [VIEW INVOICE](https://zohosecurepay.com/books/{biz[1].split('.')[0]}/secure?CInvoiceID={c.hx(40)})

    Regards,
    {c.ch(['Rachel', 'Devon', 'Imani'])}
    {biz[0]}
    """
    return mk(c, frm=(biz[0], "message-service@sender.zohoinvoice.com"), reply_to="accounts@%s" % biz[1],
              subj="Invoice - %s from %s" % (n, biz[0]),
              prof=("own", dict(out="sender%d.zohoinvoice.com" % c.ri(1, 20), mid_fmt="{n}.{hex}@zohoinvoice.com", sel="zoho", bnd="net", tz=330)),
              body=body, style="card", color="#2e6ba6", brand=biz[0], foot="Powered by Zoho Invoice")


@H("invoice-platform")
def _(c):
    rest = c.ch(["Rosa's Taqueria", "Oak & Ember Pizza", "Saigon Corner", "The Larder Deli"])
    items = c.ch([[("Carnitas Burrito", 12.5), ("Horchata", 3.75)], [("Margherita 12\"", 16.0), ("Caesar Salad", 9.5)],
                  [("Pho Tai", 14.25), ("Spring Rolls", 7.0)], [("Reuben", 13.0), ("Pickle", 1.5)]])
    sub = sum(p for _, p in items)
    rows = "\n".join("| %s | %s |" % (n, usd(p)) for n, p in items)
    tip = round(sub * 0.18, 2)
    body = f"""
    # Thanks for visiting {rest}!

    Check #{c.ri(100, 999)}  |  Server: {c.ch(['Marisol', 'Jake', 'Anh', 'Priscilla'])}  |  {c.d(0, 'usn')} {c.tm(-3, 0)}

    {rows}
    | Subtotal | {usd(sub)} |
    | Tax | {usd(round(sub * 0.09, 2))} |
    | Tip | {usd(tip)} |
    | Total | {usd(round(sub * 1.09 + tip, 2))} |

    How was your experience? [Rate your visit](https://www.toasttab.com/feedback/{c.uuid()})

    Join our loyalty program and earn points on every visit.
    """
    return mk(c, frm=(rest, "noreply@toasttab.com"), subj="Your receipt from %s" % rest,
              prof=("sendgrid", dict(em="em%d.toasttab.com" % c.ri(100, 9999))), body=body, style="mini", foot="Powered by Toast. 333 Summer Street, Boston, MA 02210")


@H("invoice-platform")
def _(c):
    shop = c.ch([("Hollow Oak Candle Co.", "hollowoakcandle.example"), ("Fernwood Tea Traders", "fernwoodtea.example")])
    n = c.ri(1001, 4999)
    amt = c.money("a", 24, 120)
    sid = c.ri(10 ** 10, 10 ** 11 - 1)
    body = f"""
    # Thank you for your purchase!

    Hi {c.first}, we're getting your order ready to be shipped. We will notify you when it has been sent.

    [View your order](https://{shop[1]}/{sid}/orders/{c.hx(32)}/authenticate?key={c.hx(32)})

    or [Visit our store](https://{shop[1]})

    | Order summary | Order #{n} |
    | {c.ch(['Autumn Ember 8oz', 'Sea Salt & Fig 12oz', 'Hojicha Loose Leaf 100g'])} × 2 | {usd(amt)} |
    | Shipping | {usd(5.95)} |
    | Total | {usd(amt + 5.95)} USD |

    If you have any questions, reply to this email or contact us at hello@{shop[1]}
    """
    return mk(c, frm=(shop[0], "store+%d@t.shopifyemail.com" % sid), reply_to=addr(shop[0], "hello@%s" % shop[1]),
              subj="Order #%d confirmed" % n, prof=("sendgrid", dict(em="em%d.t.shopifyemail.com" % c.ri(100, 999), sel="s1")),
              body=body, style="card", color="#2f3b2f", brand=shop[0])


@H("shipping")
def _(c):
    c.lang("es")
    shop = c.ch([("Alma Cerámica", "almaceramica.example"), ("Mercado de Lanas", "mercadodelanas.example")])
    n = c.ri(1001, 3999)
    sid = c.ri(10 ** 10, 10 ** 11 - 1)
    trk = "PK%s" % c.code("t", 10)
    body = f"""
    # ¡Tu pedido está en camino!

    Hola {c.first}, tu pedido #{n} ya salió de nuestro taller y va hacia tu casa.

    Transportista: {c.ch(['SEUR', 'GLS', 'Correos Express'])}
    Número de seguimiento: {trk}

    [Seguir envío](https://{shop[1]}/apps/track?order={n}&t={trk})

    ¿Tienes alguna pregunta? Responde a este correo y te ayudaremos.
    """
    return mk(c, frm=(shop[0], "store+%d@t.shopifyemail.com" % sid), reply_to="hola@%s" % shop[1],
              subj="Tu pedido #%d está en camino" % n, prof=("sendgrid", dict(em="em%d.t.shopifyemail.com" % c.ri(100, 999))),
              body=body, style="card", color="#a0522d", brand=shop[0], hdr_enc="Q", cs="utf-8", hcte="base64")


@H("appointment")
def _(c):
    doc = c.ch([("Dr. Naomi Feld, MD", "Dermatology"), ("Dr. Arjun Patel, DO", "Primary Care"), ("Dr. Lucia Moreno, MD", "OB-GYN")])
    body = f"""
    # Your appointment is confirmed

    Hi {c.first},

    | Provider | {doc[0]} |
    | Specialty | {doc[1]} |
    | When | {c.d(6, 'usw')} at {c.ch(['9:15 AM', '10:40 AM', '2:00 PM', '3:30 PM'])} |
    | Where | {c.ri(100, 2400)} {c.ch(['Main St, Suite 300', 'Medical Pkwy, Bldg B', 'Oak Ave, 2nd Floor'])} |
    | Visit reason | {c.ch(['Annual physical', 'Skin check', 'Follow-up visit', 'Illness'])} |

    Please arrive 15 minutes early and bring your insurance card and a photo ID.

    [Complete check-in](https://www.zocdoc.com/patient/checkin/{c.an(10)})  [Reschedule or cancel](https://www.zocdoc.com/patient/appointments)

    Need to cancel? Please let the office know at least 24 hours in advance.
    """
    return mk(c, frm=("Zocdoc", "no-reply@zocdoc.com"), subj="Appointment confirmed: %s, %s" % (doc[0].split(",")[0], c.d(6, "ussd")),
              prof=("sendgrid", dict(em="em%d.zocdoc.com" % c.ri(100, 9999))), body=body, style="card", color="#fff05a", link_color="#1f1f1f", brand="Zocdoc",
              foot="Zocdoc, Inc., 568 Broadway, 9th Floor, New York, NY 10012")


@H("appointment")
def _(c):
    prac = c.ch([("Brightside Family Dental", "brightsidedental.example"), ("Maple Grove Orthodontics", "maplegroveortho.example")])
    start = c.t(9).replace(hour=15, minute=0, second=0, microsecond=0)
    body = f"""
    Hi {c.first},

    This is a reminder of your upcoming appointment at {prac[0]}:

    **{c.d(9, 'usw')} at 10:00 AM** with {c.ch(['Dr. Kim', 'Dr. Oyelaran', 'Dr. Sato'])} (cleaning and exam)

    [Confirm](https://app.nexhealth.com/appt/{c.an(12)}/confirm)  [Request a change](https://app.nexhealth.com/appt/{c.an(12)}/reschedule)

    Please complete your online forms before your visit so we can get you in the chair right away.

    See you soon!
    {prac[0]}
    """
    return mk(c, frm=(prac[0], "appointments@nexhealth.com"), reply_to="frontdesk@%s" % prac[1],
              subj="Please confirm your appointment on %s" % c.d(9, "ussd"), prof=("postmark", dict(tag="appointment-reminder")),
              body=body, style="mini", foot="Sent on behalf of %s by NexHealth. Reply STOP to opt out of reminders." % prac[0],
              atts=[("text/calendar", "appointment.ics", ics(c, "%s@nexhealth.com" % c.uuid(), "Dental appointment - %s" % prac[0], start, 60,
                                                               "%s" % prac[0], "mailto:frontdesk@%s" % prac[1]).encode(), {})])


@H("appointment")
def _(c):
    c.lang("pt")
    salon = c.ch(["Studio Bela Cor", "Barbearia Dom Pedro", "Espaço Lótus Estética"])
    body = f"""
    # Agendamento confirmado

    Olá {c.first}, o seu agendamento em **{salon}** está confirmado.

    | Data | {c.d(4, 'ptw')} |
    | Hora | {c.ch(['10:00', '11:30', '15:00', '17:45'])} |
    | Serviço | {c.ch(['Corte e escova', 'Corte masculino + barba', 'Manicure gel', 'Limpeza de pele'])} |
    | Profissional | {c.ch(['Juliana', 'Ricardo', 'Tatiane', 'Marcos'])} |

    [Gerir agendamento](https://www.fresha.com/pt/a/{c.an(10)})

    Política de cancelamento: cancele com pelo menos 24 horas de antecedência.
    """
    return mk(c, frm=(salon, "no-reply@fresha.com"), subj="O seu agendamento em %s está confirmado" % salon,
              prof=("sendgrid", dict(em="em%d.fresha.com" % c.ri(100, 9999))), body=body, style="card", color="#101928", brand=salon,
              foot="Fresha.com SV Ltd, 80 Cheapside, London EC2V 6EE", hdr_enc="B", cs="utf-8", tcte="8bit")


@H("appointment")
def _(c):
    c.lang("fr")
    doc = c.ch(["Dr Sophie Marchand - Médecin généraliste", "Dr Karim Benali - Dentiste", "Mme Claire Dubois - Kinésithérapeute"])
    body = f"""
    Bonjour {c.first} {c.last},

    Votre rendez-vous est confirmé.

    {doc}
    Le {c.d(3, 'frw')} à {c.ch(['08h45', '11h15', '14h30', '18h00'])}
    {c.ri(2, 90)} {c.ch(['rue de la République', 'avenue Jean Jaurès', 'boulevard Voltaire'])}, {c.ch(['69002 Lyon', '75011 Paris', '33000 Bordeaux'])}

    Pensez à apporter votre carte Vitale.

    Vous avez un empêchement ? Merci d'annuler au plus tard 24 h à l'avance pour libérer le créneau.

    [Gérer mon rendez-vous](https://www.doctolib.fr/account/appointments)

    L'équipe Doctolib
    """
    return mk(c, frm=("Doctolib", "no-reply@doctolib.fr"), subj="Confirmation de votre rendez-vous du %s" % c.d(3, "fr"),
              prof=("mailgun", dict(sub="mail", track=False)), body=body, style="card", color="#107aca", brand="Doctolib",
              foot="Doctolib SAS, 54 quai Charles Pasqua, 92300 Levallois-Perret", cs="iso-8859-1", hdr_cs="iso-8859-1", hdr_enc="Q")


@H("appointment")
def _(c):
    host = c.ch([("Jordan Blake", "Intro call - Northwind Analytics", "northwind-analytics.example"), ("Mei Tanaka", "Portfolio review", "tanakadesign.example"),
                 ("Chris Adeyemi", "30 Minute Meeting", "adeyemi-advisory.example")])
    start = c.t(5).replace(minute=30, second=0, microsecond=0)
    body = f"""
    # A new event has been scheduled.

    Hi {c.first},

    | Event Type | {host[1]} |
    | Invitee | {c.name} |
    | Invitee Email | {c.addr} |
    | Event Date/Time | {c.tm(5 * 24, 0)} - {c.d(5, 'usw')} (Eastern Time - US & Canada) |
    | Location | Google Meet conferencing details to follow |

    [Add to calendar](https://calendly.com/events/{c.uuid()}/google)

    Need to make changes to this event? [Cancel](https://calendly.com/cancellations/{c.uuid()}) or [Reschedule](https://calendly.com/reschedulings/{c.uuid()})

    Powered by Calendly.com
    """
    return mk(c, frm=(host[0], "notifications@calendly.com"), reply_to=addr(host[0], "%s@%s" % (host[0].split()[0].lower(), host[2])),
              subj="New Event: %s - %s %s" % (c.name, c.tm(5 * 24, 0), c.d(5, "ussd")), prof=("sendgrid", dict(em="em%d.calendly.com" % c.ri(100, 9999))),
              body=body, style="mini",
              atts=[("text/calendar", "invite.ics", ics(c, c.uuid(), host[1], start, 30, "Google Meet", "mailto:%s@%s" % (host[0].split()[0].lower(), host[2]), "REQUEST").encode(), {})])


@H("appointment")
def _(c):
    biz = c.ch(["Gloss & Grace Salon", "Ironwood Barber Co.", "Serenity Day Spa"])
    body = f"""
    Hi {c.first},

    Thanks for booking with {biz}! Here are your appointment details:

    {c.d(2, 'usw')}
    {c.ch(['11:00 AM', '1:30 PM', '4:15 PM'])} - {c.ch(['Balayage + Cut with Tess', "Men's Cut & Beard Trim with Dom", '60 min Deep Tissue Massage with Anika'])}

    Total: {usd(c.money('t', 45, 240))} (pay at the appointment)

    [View, reschedule or cancel](https://www.vagaro.com/us02/{biz.lower().split()[0]}/appointments/{c.ri(10 ** 8, 10 ** 9)})

    Cancellation policy: Appointments cancelled with less than 24 hours notice may be charged 50% of the service price.
    """
    return mk(c, frm=(biz, "noreply@vagaro.com"), subj="Appointment Confirmation - %s" % biz,
              prof=("ses", dict(region="us-west-2", mailfrom="mail.vagaro.com", bnd="dotnet")), body=body, style="card", color="#5c2d91", brand=biz,
              foot="Sent via Vagaro, Inc. 5000 Hopyard Rd, Suite 100, Pleasanton, CA 94588")


@H("account-security")
def _(c):
    dev = c.ch(["Mac", "Windows", "iPhone", "Pixel 8", "Chromebook"])
    body = f"""
    # A new sign-in on {dev}

    {c.addr}

    We noticed a new sign-in to your Google Account on a {dev} device. If this was you, you don't need to do anything. If not, we'll help you secure your account.

    [Check activity](https://accounts.google.com/AccountChooser?Email={urllib.parse.quote(c.addr)}&continue=https://myaccount.google.com/alert/nt/{int(c.when.timestamp() * 1000)}?rfn%3D325)

    You can also see security activity at https://myaccount.google.com/notifications
    """
    return mk(c, frm=("Google", "no-reply@accounts.google.com"), subj="Security alert",
              prof=("google", dict(d="accounts.google.com", human=False, bnd="gmail", cts=1, extra_post=[("X-Notifications", "GAMMA:<%s@google.com>" % c.hx(16)), ("X-Notifications-Bounce-Info", c.b64(60, True))])),
              body=body, style="mini", foot="You received this email to let you know about important changes to your Google Account and services.\n\n© %d Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA" % c.year, tcte="base64", hcte="quoted-printable")


@H("account-security")
def _(c):
    code = c.code("k", 6)
    body = f"""
    Microsoft account

    Security code

    Please use the following security code for the Microsoft account {c.addr[:2]}*****@{c.rdom}.

    Security code: {code}

    If you don't recognize the Microsoft account {c.addr[:2]}*****@{c.rdom}, you can [click here](https://account.live.com/dp?ft={c.b64(40, True)}) to remove your email address from that account.

    Thanks,
    The Microsoft account team
    """
    return mk(c, frm=("Microsoft account team", "account-security-noreply@accountprotection.microsoft.com"), subj="Microsoft account security code",
              prof=("own", dict(out="%s.mail.protection.outlook.com" % ("BN%dPR%02dCA%04d" % (c.ri(1, 9), c.ri(1, 19), c.ri(1000, 9999))).lower(),
                                mid_fmt="{HEX}@{out}", sel="selector1", bnd="outlook", tz=0, dkim_d="accountprotection.microsoft.com")),
              body=body, style="ms", color="#2672ec", brand="Microsoft account", tcte="quoted-printable", cs="utf-8",
              foot="Privacy Statement  Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")


@H("account-security")
def _(c):
    code = c.code("k", 6)
    user = c.local.split(".")[0] + c.ch(["", "-dev", "42", "m"])
    body = f"""
    Hey {user}!

    A sign in attempt requires further verification because we did not recognize your device. To complete the sign in, enter the verification code on the unrecognized device.

    Device: {c.ch(['Firefox on Linux', 'Chrome on macOS', 'Safari on macOS', 'Edge on Windows'])}
    Verification code: {code}

    If you did not attempt to sign in to your account, your password may be compromised. Visit https://github.com/settings/security to create a new, strong password for your GitHub account.

    If you'd like to automatically verify devices in the future, consider enabling two-factor authentication on your account. Visit https://docs.github.com/articles/configuring-two-factor-authentication to learn about two-factor authentication.

    Thanks,
    The GitHub Team
    """
    return mk(c, frm=("GitHub", "noreply@github.com"), subj="[GitHub] Please verify your device",
              prof=("own", dict(out="out-%d.smtp.github.com" % c.ri(16, 28), mid_fmt="{hex}_{n}@lowworker-%s.va3-iad.github.net" % c.an(10),
                                sel="pf2023", bnd="ruby", tz=-480, rp="noreply@github.com")), body=body, shape="text", tcte="7bit")


@H("account-security")
def _(c):
    code = "%s-%s" % (c.code("a", 3, UPDIG), c.code("b", 3, UPDIG))
    ws = c.ch(["kestrel-labs", "alderbrook-ops", "mora-family"])
    body = f"""
    # Confirm your email address

    Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.

    # {code}

    If you didn't request this email, there's nothing to worry about — you can safely ignore it.

    Workspace: {ws}.slack.com
    """
    return mk(c, frm=("Slack", "no-reply@slack.com"), subj="Slack confirmation code: %s" % code,
              prof=("ses", dict(region="us-east-1", mailfrom="mail.slack.com", bnd="go")), body=body, style="mini",
              foot="Made by Slack Technologies, LLC, a Salesforce company. 415 Mission Street, 3rd Floor, San Francisco, CA 94105")


@H("account-security")
def _(c):
    body = f"""
    Dear {c.first} {c.last},

    Your Apple Account ({c.addr}) was used to sign in to iCloud via a web browser.

    Date and Time: {c.d(0, 'us')}, {c.tm(-7, 0)} PDT

    If the information above looks familiar, you can ignore this message.

    If you have not signed in to iCloud recently and believe someone may have accessed your account, go to [Apple Account](https://account.apple.com) and change your password as soon as possible.

    Apple Support
    """
    return mk(c, frm=("Apple", "noreply@email.apple.com"), subj="Your Apple Account was used to sign in to iCloud via a web browser",
              prof=("own", dict(out="rn2-txn-msbadger%05d.apple.com" % c.ri(1000, 9999), mid_fmt="{UUID}@email.apple.com", sel="email0517", bnd="apple", tz=-420, dkim_d="email.apple.com")),
              body=body, style="mini", foot="Apple Account | Support | Privacy Policy\nCopyright © %d Apple Inc. One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved." % c.year, tcte="quoted-printable")


@H("account-security")
def _(c):
    tok = c.b64(32, True)
    body = f"""
    Hi {c.first},

    We received a request to reset the password for your Notion account ({c.addr}).

    [Reset password](https://www.notion.so/loginwithpasswordreset?token={tok})

    This link will expire in 1 hour. If you didn't ask to reset your password, you can ignore this email — your password won't change.

    — The Notion team
    """
    return mk(c, frm=("Notion Team", "notify@mail.notion.so"), subj="Reset your Notion password",
              prof=("ses", dict(region="us-west-2", mailfrom="mail.notion.so", bnd="go")), body=body, style="mini",
              foot="Notion Labs, Inc., 2300 Harrison St, San Francisco, CA 94110")


@H("account-security")
def _(c):
    body = f"""
    # New sign-in to your 1Password account

    Hi {c.first},

    A new device was used to sign in to {c.ch(['the Kestrel Labs team account', 'your family account', 'your account'])} on {c.d(0, 'us')} at {c.tm(0, 0)} UTC.

    | Device | {c.ch(['1Password for Mac 8.11', '1Password for Windows 8.10', '1Password in the browser (Firefox)'])} |
    | Location | {c.ch(['Toronto, ON, Canada', 'Chicago, IL, United States', 'Lisbon, Portugal'])} |

    If this was you, you can ignore this email. If you don't recognize this sign-in, [review your devices](https://my.1password.com/profile/devices) and change your account password.

    — 1Password
    """
    return mk(c, frm=("1Password", "hello@1password.com"), subj="New sign-in to your 1Password account",
              prof=("postmark", dict(tag="new-device")), body=body, style="mini", foot="AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, Ontario, M2N 6K8, Canada")


@H("travel")
def _(c):
    conf = c.code("pnr", 6, UPDIG)
    r = c.ch([("ATL", "Atlanta", "BOS", "Boston"), ("DTW", "Detroit", "SEA", "Seattle"), ("MSP", "Minneapolis", "LAX", "Los Angeles"), ("JFK", "New York", "SLC", "Salt Lake City")])
    fl = c.ri(300, 2999)
    body = f"""
    # Your Flight Receipt

    {c.name.upper()}, thanks for choosing Delta.

    Confirmation #: **{conf}**

    | {c.d(12, 'ussd')} | DELTA {fl} |
    | {r[1]} ({r[0]}) {c.ch(['7:05am', '9:40am', '1:15pm', '6:30pm'])} | {r[3]} ({r[2]}) |
    | Class | Main Cabin (V) |
    | Seat | {c.ri(12, 38)}{c.ch('ABCDEF')} |

    | Base Fare | {usd(c.money('f', 180, 520))} |
    | Taxes, Fees & Charges | {usd(c.money('tx', 32, 68))} |

    [Check In](https://www.delta.com/mytrips/findPnr?confirmationNumber={conf})

    Checked bag fees may apply. You can check in via the Fly Delta app 24 hours before departure.
    """
    return mk(c, frm=("Delta Air Lines", "DeltaAirLines@t.delta.com"), subj="Your Flight Receipt - %s %s" % (c.name.upper(), c.d(12, "usn")),
              prof=("sfmc", dict(sub="t", tz=-300)), body=body, style="xhtml", color="#003366", brand="DELTA",
              foot="Delta Air Lines, Inc., P.O. Box 20980, Atlanta, GA 30320-2980. This email was sent from an unmonitored address.")


@H("travel")
def _(c):
    conf = c.code("pnr", 6, UPDIG)
    r = c.ch([("ORD", "EWR"), ("SFO", "IAH"), ("DEN", "IAD"), ("EWR", "LHR")])
    body = f"""
    {c.first}, it's time to check in

    Check in now for your flight to {r[1]} and get your boarding pass.

    | Confirmation number | {conf} |
    | Flight | UA {c.ri(100, 2400)} |
    | Departs | {r[0]} {c.d(1, 'ussd')}, {c.ch(['6:00 AM', '8:25 AM', '12:50 PM', '5:40 PM'])} |
    | Arrives | {r[1]} |

    [Check in](https://www.united.com/en/us/checkin?cn={conf}&ln={c.last.upper()})

    Travel tip: Use the United app to track your bags, get real-time flight updates and use a mobile boarding pass.
    """
    return mk(c, frm=("United Airlines", "unitedairlines@united.com"), subj="It's time to check in for your flight to %s" % r[1],
              prof=("own", dict(out="mta%d.news.united.com" % c.ri(1, 9), mid_fmt="{n}.{hex}@united.com", sel="united1", bnd="javamail", tz=-360)),
              body=body, style="card", color="#002244", brand="UNITED", foot="United Airlines, Inc., 233 South Wacker Drive, Chicago, IL 60606")


@H("travel")
def _(c):
    c.lang("de")
    pnr = c.code("pnr", 6, UPDIG)
    r = c.ch([("Frankfurt", "FRA", "Lissabon", "LIS"), ("München", "MUC", "Barcelona", "BCN"), ("Hamburg", "HAM", "Wien", "VIE")])
    body = f"""
    # Ihre Buchungsbestätigung

    Guten Tag {c.first} {c.last},

    vielen Dank für Ihre Buchung. Ihr Buchungscode lautet **{pnr}**.

    | Hinflug | LH {c.ri(1000, 2499)} am {c.d(21, 'de')} |
    | Von | {r[0]} ({r[1]}) {c.ch(['07:10', '09:55', '13:20'])} Uhr |
    | Nach | {r[2]} ({r[3]}) |
    | Tarif | Economy Light |
    | Gesamtpreis | {eur(c.money('p', 140, 480))} |

    Ihr elektronisches Ticket (ETIX®) erhalten Sie in einer separaten E-Mail.

    [Buchung verwalten](https://www.lufthansa.com/de/de/meine-buchungen?pnr={pnr})

    Mit freundlichen Grüßen
    Ihr Lufthansa Team
    """
    return mk(c, frm=("Lufthansa", "online@booking-lufthansa.com"), subj="Ihre Buchungsbestätigung %s – %s–%s" % (pnr, r[0], r[2]),
              prof=("own", dict(out="mailout%d.booking-lufthansa.com" % c.ri(1, 6), mid_fmt="{n}.{hex}@booking-lufthansa.com", sel="lh", bnd="javamail", tz=60)),
              body=body, style="card", color="#05164d", brand="Lufthansa", foot="Deutsche Lufthansa AG, Venloer Straße 151-153, 50672 Köln", hdr_enc="Q",
              cs="windows-1252", hdr_cs="windows-1252")


@H("travel")
def _(c):
    c.lang("nl")
    code = c.code("pnr", 6, UPDIG)
    body = f"""
    Beste {c.first} {c.last},

    Over 30 uur vertrek je naar {c.ch(['Kopenhagen', 'Edinburgh', 'Bologna', 'Oslo'])}. Je kunt nu online inchecken.

    Boekingscode: {code}
    Vlucht: KL{c.ri(1000, 1999)} op {c.d(1, 'nlw')}

    [Nu inchecken](https://www.klm.nl/check-in?bookingCode={code}&lastName={c.last.replace(' ', '%20')})

    Handbagage: 1 stuk tot 12 kg plus 1 accessoire.

    Goede reis!
    KLM Royal Dutch Airlines
    """
    return mk(c, frm=("KLM Royal Dutch Airlines", "klm@service.klm.com"), subj="Check nu in voor je vlucht",
              prof=("sfmc", dict(sub="service", tz=60)), body=body, style="card", color="#00a1de", brand="KLM",
              foot="KLM Royal Dutch Airlines, Amsterdamseweg 55, 1182 GP Amstelveen", hcte="base64", tcte="quoted-printable")


@H("travel")
def _(c):
    c.lang("es")
    loc = c.code("pnr", 6, UPDIG)
    body = f"""
    Hola {c.first}:

    Ya tienes tu tarjeta de embarque para el vuelo IB{c.ri(3000, 3999)} {c.ch(['Madrid - Buenos Aires', 'Madrid - Ciudad de México', 'Barcelona - Madrid'])} del {c.d(0, 'es')}.

    Localizador: {loc}
    Puerta: se anunciará en el aeropuerto
    Embarque: {c.tm(2, 0, '24')} h

    Te adjuntamos la tarjeta de embarque en PDF. También la tienes en la app de Iberia.

    ¡Buen viaje!
    Iberia
    """
    return mk(c, frm=("Iberia", "iberia@comunicaciones.iberia.com"), subj="Tu tarjeta de embarque - Localizador %s" % loc,
              prof=("own", dict(out="mta%d.comunicaciones.iberia.com" % c.ri(1, 5), mid_fmt="{uuid}@comunicaciones.iberia.com", sel="iberia", bnd="net", tz=60)),
              body=body, shape="text", cs="iso-8859-1", tcte="quoted-printable",
              atts=[("application/pdf", "TarjetaEmbarque_%s.pdf" % loc, pdf(["IBERIA - TARJETA DE EMBARQUE", c.name.upper(), "Localizador %s" % loc], "Boarding pass"))])


@H("travel")
def _(c):
    c.lang("fr")
    num = "%d.%d.%d" % (c.ri(1000, 9999), c.ri(100, 999), c.ri(100, 999))
    hotel = c.ch(["Hôtel des Arts Montmartre", "Ibis Styles Nice Centre Gare", "Hôtel Le Sénat", "Casa del Mar Biarritz"])
    body = f"""
    # Votre réservation est confirmée

    Merci {c.first} ! Votre réservation à **{hotel}** est confirmée.

    | Numéro de confirmation | {num} |
    | Code PIN | {c.code('pin', 4)} |
    | Arrivée | {c.d(25, 'frw')} (à partir de 15:00) |
    | Départ | {c.d(27, 'frw')} (jusqu'à 11:00) |
    | Prix | {eur(c.money('p', 180, 640), 'fr')} |

    Vous paierez l'établissement pendant votre séjour.

    [Gérer votre réservation](https://secure.booking.com/myreservations.fr.html?bn={num.replace('.', '')})

    Annulation gratuite jusqu'au {c.d(22, 'fr')}.
    """
    return mk(c, frm=("Booking.com", "noreply@booking.com"), subj="Votre réservation est confirmée : %s" % hotel,
              prof=("own", dict(out="mailout-%d.booking.com" % c.ri(100, 199), mid_fmt="{hex}.{n}@booking.com", sel="bk", bnd="go", tz=120)),
              body=body, style="card", color="#003580", brand="Booking.com", foot="Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Pays-Bas", hdr_enc="B")


@H("travel")
def _(c):
    host = c.ch(["Marguerite", "Tomasz", "Keoni", "Beatriz"])
    city = c.ch(["Asheville", "Santa Fe", "Lisbon", "Hilo"])
    code = c.code("r", 10, UPDIG)
    body = f"""
    # Reservation confirmed

    You're going to {city}!

    | Check-in | {c.d(40, 'ussd')}, 4:00 PM |
    | Checkout | {c.d(44, 'ussd')}, 11:00 AM |
    | Guests | 2 adults |
    | Confirmation code | {code} |
    | Total (USD) | {usd(c.money('t', 480, 1900))} |

    Your host, {host}, will send check-in details 48 hours before arrival.

    [View itinerary](https://www.airbnb.com/trips/v1/reservation-details/ro/RESERVATION2_CHECKIN/{code})

    [Message host](https://www.airbnb.com/messaging/thread/{c.ri(10 ** 9, 10 ** 10)})
    """
    return mk(c, frm=("Airbnb", "automated@airbnb.com"), subj="Reservation confirmed for %s" % city,
              prof=("sendgrid", dict(em="email.airbnb.com", sel="s1")), body=body, style="card", color="#ff385c", brand="airbnb",
              foot="Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103")


@H("travel")
def _(c):
    cn = "K%d" % c.ri(1000000000, 9999999999)
    loc = c.ch(["Denver Intl Airport (DEN)", "Orlando Intl Airport (MCO)", "Phoenix Sky Harbor (PHX)"])
    body = f"""
    # Your Reservation Is Confirmed

    Thank You, {c.first.upper()}.

    | Confirmation Number | {cn} |
    | Pick Up | {loc}, {c.d(14, 'ussd')} at 11:30 AM |
    | Return | {loc}, {c.d(18, 'ussd')} at 10:00 AM |
    | Vehicle | Midsize SUV (Toyota RAV4 or similar) |
    | Estimated Total | {usd(c.money('t', 260, 780))} |

    Skip the counter with Gold Plus Rewards®.

    [Modify / Cancel Reservation](https://www.hertz.com/rentacar/reservation/retrieveConfirmation.do?confirmationNumber={cn})
    """
    return mk(c, frm=("Hertz", "hertz@emails.hertz.com"), subj="My Hertz Reservation %s" % cn,
              prof=("sfmc", dict(sub="emails", tz=-300)), body=body, style="bank", color="#ffd100", link_color="#000000", brand="Hertz",
              foot="The Hertz Corporation, 8501 Williams Road, Estero, FL 33928")


@H("travel")
def _(c):
    rn = c.code("r", 6, UPDIG)
    trip = c.ch([("Washington, DC - Union Station", "New York, NY - Moynihan Train Hall", "Northeast Regional"),
                 ("Chicago, IL - Union Station", "Milwaukee, WI", "Hiawatha"), ("Seattle, WA - King St Station", "Portland, OR", "Cascades")])
    body = f"""
    AMTRAK eTICKET - Reservation Number {rn}

    Passenger: {c.name.upper()}

    {trip[2]} {c.ri(80, 199)}
    Depart: {trip[0]}, {c.d(9, 'uss')} {c.ch(['7:05 AM', '10:00 AM', '3:40 PM'])}
    Arrive: {trip[1]}

    Coach - Reserved seat. Seat assigned at boarding.

    Total charged: {usd(c.money('t', 28, 190))}

    Your eTicket is attached. Present the barcode on your phone or a printout to the conductor.

    Manage your trip: https://www.amtrak.com/manage-trips.html
    """
    return mk(c, frm=("Amtrak", "etickets@amtrak.com"), subj="Amtrak: eTicket and Receipt for Your %s Trip - Reservation Number %s" % (c.d(9, "usn"), rn),
              prof=("own", dict(out="mail%d.amtrak.com" % c.ri(1, 4), mid_fmt="{n}.{hex}@amtrak.com", sel="amtrak", bnd="net", tz=-300)),
              body=body, shape="text", tcte="7bit",
              atts=[("application/pdf", "eTicket_%s.pdf" % rn, pdf(["AMTRAK eTICKET", rn, c.name.upper()], "eTicket"))], preamble="This is a multi-part message in MIME format.")


@H("travel")
def _(c):
    c.lang("de")
    auf = c.code("a", 12)
    body = f"""
    Guten Tag {c.first} {c.last},

    vielen Dank für Ihre Buchung. Ihre Fahrkarte finden Sie im Anhang und in der App DB Navigator.

    Auftragsnummer: {auf}
    Hinfahrt am {c.d(6, 'de')}: {c.ch(['Köln Hbf', 'Berlin Hbf', 'Hamburg Hbf'])} {c.ch(['07:28', '09:34', '13:02'])} -> {c.ch(['München Hbf', 'Frankfurt(Main)Hbf', 'Leipzig Hbf'])}
    ICE {c.ri(500, 1800)}, 2. Klasse, Sitzplatzreservierung Wagen {c.ri(21, 39)}, Platz {c.ri(11, 118)}

    Preis: {eur(c.money('p', 19.99, 139.0))} (Sparpreis, zugbunden)

    Bitte beachten Sie: Beim Sparpreis ist die Zugbindung aufgehoben, wenn Ihr Zug mindestens 20 Minuten verspätet ist.

    Gute Fahrt wünscht Ihnen
    Ihre Deutsche Bahn
    """
    return mk(c, frm=("DB Fernverkehr AG", "buchungsbestaetigung@bahn.de"), subj="Ihre Buchungsbestätigung (Auftrag %s)" % auf,
              prof=("own", dict(out="mailout%d.bahn.de" % c.ri(1, 6), mid_fmt="{n}.{hex}@bahn.de", sel="bahn", bnd="javamail", tz=60)),
              body=body, shape="text", cs="utf-8", tcte="8bit", hdr_enc="Q",
              atts=[("application/pdf", "Ticket_%s.pdf" % auf, pdf(["Online-Ticket", "Auftrag %s" % auf, c.name], "Online-Ticket"))])


@H("travel")
def _(c):
    c.lang("fr")
    ref = c.code("r", 6, UPDIG)
    body = f"""
    # Bon voyage, {c.first} !

    Votre e-billet est prêt.

    | Référence de dossier | {ref} |
    | Aller | {c.d(10, 'frw')} |
    | Trajet | {c.ch(['Paris Gare de Lyon → Lyon Part-Dieu', 'Paris Montparnasse → Bordeaux Saint-Jean', 'Lille Europe → Marseille Saint-Charles'])} |
    | Train | TGV INOUI n° {c.ri(6000, 8999)} |
    | Voiture / Place | {c.ri(1, 18)} / {c.ri(11, 98)} |

    Votre billet est disponible dans l'application SNCF Connect. Pensez à le télécharger avant le départ.

    [Voir mon voyage](https://www.sncf-connect.com/app/trips/{ref})
    """
    return mk(c, frm=("SNCF Connect", "noreply@sncf-connect.com"), subj="Votre e-billet pour le %s" % c.d(10, "fr"),
              prof=("sparkpost", dict(sub="mail")), body=body, style="card", color="#0c131f", brand="SNCF Connect", hdr_enc="Q",
              foot="SNCF Connect - 2 place de la Défense - 92053 Paris La Défense cedex")


@H("travel")
def _(c):
    c.lang("it")
    pnr = c.code("p", 6, UPDIG)
    body = f"""
    Gentile {c.first} {c.last},

    grazie per aver acquistato con Trenitalia. Di seguito il riepilogo del tuo viaggio.

    Codice biglietto (PNR): {pnr}
    Data: {c.d(8, 'itw')}
    Tratta: {c.ch(['Milano Centrale - Roma Termini', 'Firenze S. M. Novella - Napoli Centrale', 'Torino Porta Nuova - Venezia S. Lucia'])}
    Treno: Frecciarossa {c.ri(9500, 9699)}, partenza ore {c.ch(['07:00', '09:15', '14:40'])}
    Carrozza {c.ri(1, 10)}, posto {c.ri(1, 80)}{c.ch('ABCD')} - Standard

    Importo pagato: {eur(c.money('p', 29.9, 99.9), 'it')}

    Il biglietto è valido solo per il treno, la data e l'ora indicati.

    Buon viaggio!
    Trenitalia
    """
    return mk(c, frm=("Trenitalia", "noreply@trenitalia.it"), subj="Trenitalia - Conferma acquisto PNR %s" % pnr,
              prof=("own", dict(out="smtp%d.trenitalia.it" % c.ri(1, 4), mid_fmt="{n}.{ms}.JavaMail.{an}@trenitalia.it", sel="tren", bnd="javamail", tz=60)),
              body=body, shape="alt", style="bank", color="#c8102e", brand="Trenitalia", foot="Trenitalia S.p.A. - Piazza della Croce Rossa 1 - 00161 Roma",
              cs="windows-1252", tcte="quoted-printable", hcte="quoted-printable")


@H("utility-telecom")
def _(c):
    amt = c.money("a", 70, 240)
    body = f"""
    # Your bill is ready

    Hi {c.first}, your Xfinity bill for service at {c.ri(10, 9999)} {c.ch(['Wexford Ct', 'Hillside Ave', 'Pine Ridge Dr'])} is ready.

    | Amount due | {usd(amt)} |
    | Due date | {c.d(21, 'us')} |
    | Account number ending in | {c.code('acct', 4)} |

    You're set up for automatic payments, so no action is needed. Your payment will be processed on the due date.

    [View bill](https://customer.xfinity.com/#/billing)

    Go paperless and get your bills faster. Manage preferences in the Xfinity app.
    """
    return mk(c, frm=("Xfinity", "online.communications@alerts.comcast.net"), subj="Your Xfinity bill is ready",
              prof=("sfmc", dict(sub="alerts", tz=-300)), body=body, style="xhtml", color="#000000", brand="xfinity",
              foot="Comcast, 1701 John F. Kennedy Blvd., Philadelphia, PA 19103. This is a service-related email.")


@H("utility-telecom")
def _(c):
    amt = c.money("a", 55, 320)
    body = f"""
    {c.first}, your bill is ready.

    Your total balance is {usd(amt)} and is due {c.d(18, 'uss')}.

    Auto Pay: On. Your payment will be charged to your saved payment method on {c.d(15, 'uss')}.

    [View your bill](https://www.verizon.com/digital/nsa/secure/ui/bill/viewbill)

    Questions about your bill? Check the bill explainer in My Verizon.

    This email was sent to {c.addr}. Verizon, 1 Verizon Way, Basking Ridge, NJ 07920.
    """
    return mk(c, frm=("Verizon", "VZWMail@ecrmemail.verizonwireless.com"), subj="Your Verizon bill is ready",
              prof=("own", dict(out="mta%d.ecrmemail.verizonwireless.com" % c.ri(1, 9), mid_fmt="{n}.{ms}.JavaMail.app@ecrmemail.verizonwireless.com", sel="vzw", bnd="javamail", tz=-300)),
              body=body, style="card", color="#000000", brand="verizon", tcte="7bit", hcte="7bit")


@H("utility-telecom")
def _(c):
    amt = c.money("a", 60, 420)
    body = f"""
    # Your PG&E Energy Statement is ready to view

    Account No: ******{c.code('acct', 4)}-{c.ri(1, 9)}
    Statement Date: {c.d(0, 'usn')}
    Due Date: {c.d(20, 'usn')}

    Amount Due: **{usd(amt)}**

    | Electric charges | {usd(round(amt * 0.62, 2))} |
    | Gas charges | {usd(round(amt * 0.38, 2))} |

    [View and pay](https://m.pge.com/#myaccount/dashboard/summary)

    Tip: Shift energy use to before 4 p.m. or after 9 p.m. to save on Time-of-Use rates.
    """
    return mk(c, frm=("PG&E", "DoNotReply@billpay.pge.com"), subj="Your PG&E Energy Statement is Ready to View",
              prof=("own", dict(out="smtp%d.billpay.pge.com" % c.ri(1, 4), mid_fmt="{n}.{HEX}@billpay.pge.com", sel="pge", bnd="net", tz=-480)),
              body=body, style="bank", color="#0078a8", brand="PG&E", foot="Pacific Gas and Electric Company, P.O. Box 997300, Sacramento, CA 95899-7300. Please do not reply.")


@H("utility-telecom")
def _(c):
    c.lang("de")
    amt = c.money("a", 19, 89)
    mon = MONTHS["de"][c.when.month - 1]
    body = f"""
    Hallo {c.first} {c.last},

    Deine Rechnung für {mon} {c.year} ist da.

    | Kundennummer | {c.ri(100000000, 999999999)} |
    | Rechnungsbetrag | {eur(amt)} |
    | Abbuchung am | {c.d(10, 'de')} |

    Den Betrag buchen wir wie gewohnt von Deinem Konto ab. Du musst nichts tun.

    [Rechnung ansehen](https://www.vodafone.de/meinvodafone/services/rechnung)

    Viele Grüße
    Dein Vodafone-Team
    """
    return mk(c, frm=("Vodafone", "rechnung@info.vodafone.de"), subj="Deine Vodafone-Rechnung für %s %d" % (mon, c.year),
              prof=("own", dict(out="mout%d.info.vodafone.de" % c.ri(1, 6), mid_fmt="{n}.{hex}@info.vodafone.de", sel="vf", bnd="javamail", tz=60)),
              body=body, style="card", color="#e60000", brand="Vodafone", foot="Vodafone GmbH, Ferdinand-Braun-Platz 1, 40549 Düsseldorf",
              hdr_cs="iso-8859-1", cs="iso-8859-15", tcte="8bit", hcte="quoted-printable")


@H("insurance")
def _(c):
    pol = "%d-%02d-%02d-%02d" % (c.ri(4000, 6999), c.ri(10, 99), c.ri(10, 99), c.ri(10, 99))
    body = f"""
    # Your policy documents are ready

    Hi {c.first},

    Your auto policy renews on {c.d(30, 'us')}. Your renewal documents, including your new ID cards, are now available.

    | Policy number | {pol} |
    | Renewal premium (6 months) | {usd(c.money('p', 420, 1300))} |

    [View documents](https://ecams.geico.com/ecams/documents)

    Download the GEICO Mobile app to keep your digital ID cards handy.

    GEICO will never ask for your password or full payment details by email.
    """
    return mk(c, frm=("GEICO", "geico@email.geico.com"), subj="Your GEICO policy documents are ready",
              prof=("sfmc", dict(sub="email", tz=-300)), body=body, style="card", color="#154b8b", brand="GEICO",
              foot="GEICO, One GEICO Plaza, Washington, DC 20076")


@H("insurance")
def _(c):
    c.lang("de")
    vn = "AS-%d/%d" % (c.ri(1000000, 9999999), c.ri(10, 99))
    body = f"""
    Sehr geehrte(r) {c.first} {c.last},

    in Ihrem Kundenportal „Meine Allianz“ steht ein neues Dokument für Sie bereit:

    Beitragsrechnung {c.year + (1 if c.when.month > 10 else 0)} zu Ihrer Hausratversicherung, Vertragsnummer {vn}.

    Den Beitrag von {eur(c.money('b', 80, 260))} buchen wir zum {c.d(30, 'de')} von Ihrem Konto ab.

    Sie finden das Dokument unter Meine Allianz > Postfach. Aus Datenschutzgründen versenden wir Vertragsunterlagen nicht per E-Mail.

    Mit freundlichen Grüßen
    Ihre Allianz
    """
    return mk(c, frm=("Allianz", "service@mail.allianz.de"), subj="Neues Dokument in Meine Allianz",
              prof=("own", dict(out="mail%d.allianz.de" % c.ri(1, 5), mid_fmt="{n}.{hex}@mail.allianz.de", sel="az", bnd="net", tz=60)),
              body=body, shape="text", cs="utf-8", tcte="quoted-printable")


@H("civic-school")
def _(c):
    city = c.ch([("City of Alder Brook", "CITYALDERBROOK"), ("Town of Kestrel Falls", "TOWNKESTRELFALLS")])
    topic = c.ch([("Fall Leaf Collection Begins Monday", "Leaf collection crews will begin working through neighborhoods on Monday. Please rake leaves to the curb line, not into the street, and keep piles free of branches, rocks and trash."),
                  ("Water Main Flushing This Week", "Crews will flush water mains in Zones 3 and 4 between 8 a.m. and 4 p.m. You may notice brief discoloration; run cold water for a few minutes until it clears."),
                  ("Snow Emergency Parking Rules in Effect", "A snow emergency has been declared effective 7 p.m. tonight. Vehicles parked on marked snow routes will be ticketed and towed.")])
    body = f"""
    # {topic[0]}

    {topic[1]}

    For maps and schedules, visit the [Public Works page](https://www.govdelivery.com/public-works) or call 311.

    ---

    You are subscribed to News & Alerts for {city[0]}. This information has recently been updated and is now available.
    """
    return mk(c, frm=(city[0], "%s@public.govdelivery.com" % city[1].lower()), subj=topic[0],
              prof=("own", dict(out="mta%d.govdelivery.com" % c.ri(1, 9), mid_fmt="{n}.{hex}@public.govdelivery.com", sel="gd", bnd="javamail", tz=-300,
                                rp="bounce-%d-%d@bounce.govdelivery.com" % (c.ri(10 ** 6, 10 ** 7), c.ri(10 ** 6, 10 ** 7)))),
              body=body, style="bank", color="#1d4f91", brand=city[0], bulk=True,
              unsub="<https://public.govdelivery.com/accounts/%s/subscriber/one_click_unsubscribe?verification=%s&destination=%s>" % (city[1], c.hx(40), urllib.parse.quote(c.addr)),
              foot="Update your subscriptions, modify your password or email address, or stop subscriptions at any time on your Subscriber Preferences Page. This service is provided to you at no charge by %s." % city[0],
              extra=[("X-Accountcode", city[1]), ("X-Mailer", "govDelivery")])


@H("civic-school")
def _(c):
    school = c.ch(["Lincoln Elementary School", "Riverside Middle School", "Oak Park Montessori"])
    teacher = c.ch(["Ms. Alvarez", "Mr. Hughes", "Mrs. Ng"])
    body = f"""
    {school}

    **Picture Day is next {c.d(7, 'usw').split(',')[0]}!**

    Hi families! Individual photos will be taken on {c.d(7, 'us')}. Order forms went home in Friday folders, or you can order online with our school code {c.code('pc', 6, UPDIG)}.

    Retakes will be on {c.d(35, 'us')}.

    Thanks!
    {teacher}

    [View post in ParentSquare](https://www.parentsquare.com/feeds/{c.ri(10 ** 7, 10 ** 8)})

    Reply to this email to respond privately to {teacher}.
    """
    return mk(c, frm=(school, "donotreply@parentsquare.com"), reply_to=addr(teacher, "reply-%s@parentsquare.com" % c.hx(20)),
              subj="Picture Day is next week", prof=("sendgrid", dict(em="em%d.parentsquare.com" % c.ri(100, 9999))),
              body=body, style="mini", foot="You are receiving this because you are a parent at %s. Manage notification settings in ParentSquare." % school)


@H("civic-school")
def _(c):
    c.lang("es")
    dist = c.ch(["Distrito Escolar Unificado de Valle Verde", "Escuelas Públicas de Riverton"])
    body = f"""
    Estimadas familias:

    Debido a las condiciones del clima, todas las escuelas de {dist} tendrán un **horario de inicio retrasado de 2 horas** mañana, {c.d(1, 'esw')}.

    Los autobuses pasarán 2 horas más tarde de lo habitual. No habrá programa de desayuno ni clases de preescolar por la mañana.

    Sigan nuestras redes sociales y la página web del distrito para más actualizaciones.

    Gracias,
    Oficina de Comunicaciones
    """
    return mk(c, frm=(dist, "noreply@mail.schoolmessenger.com"), subj="Horario retrasado de 2 horas mañana",
              prof=("own", dict(out="mta%d.mail.schoolmessenger.com" % c.ri(1, 6), mid_fmt="{n}.{hex}@mail.schoolmessenger.com", sel="sm", bnd="javamail", tz=-360)),
              body=body, style="mini", cs="iso-8859-1", hdr_cs="iso-8859-1", hdr_enc="Q", bulk=True,
              foot="Este mensaje fue enviado por SchoolMessenger en nombre de %s. Para dejar de recibir mensajes, use el enlace de cancelación." % dist)


@H("loyalty-referral")
def _(c):
    stars = c.ri(60, 400)
    body = f"""
    # Your Stars are expiring soon

    {c.first}, don't let them go to waste. {stars} of your Stars expire on {c.d(9, 'us')}.

    Redeem 100 Stars for a handcrafted drink, or save up for something bigger.

    [See rewards](https://app.starbucks.com/rewards)

    Stars expire six months after the month they were earned.
    """
    return mk(c, frm=("Starbucks Rewards", "Starbucks@e.starbucks.com"), subj="%s, your Stars expire soon" % c.first,
              prof=("sfmc", dict(sub="e", tz=-480)), body=body, style="promo", color="#00704a", brand="STARBUCKS REWARDS", title="Use your Stars",
              bulk=True, pre="%d Stars are waiting for you." % stars,
              foot="Starbucks Coffee Company, 2401 Utah Avenue South, Seattle, WA 98134. You're receiving this because you're a Starbucks Rewards member. [Unsubscribe](https://app.starbucks.com/account/settings/communication)")


@H("loyalty-referral")
def _(c):
    code = "%s%s" % (c.first.lower(), c.code("r", 3))
    body = f"""
    # Give a free transfer, get {c.ch(['£75', '$80', '€75'])}

    Hi {c.first},

    Invite friends to Wise. When 3 of them make a transfer over the qualifying amount, you'll get a reward — and they'll get a fee-free transfer.

    Your invite link:
    https://wise.com/invite/dic/{code}

    [Invite friends](https://wise.com/invite/dic/{code}?utm_source=email)

    Terms apply. Rewards are paid in your Wise account within 2 business days.
    """
    return mk(c, frm=("Wise", "noreply@wise.com"), subj="Get rewarded for inviting friends to Wise",
              prof=("mailgun", dict(sub="mail")), body=body, style="card", color="#163300", link_color="#163300", brand="Wise", bulk=True,
              foot="Wise Payments Limited, 6th Floor, The Tea Building, 56 Shoreditch High Street, London E1 6JJ. [Unsubscribe](https://wise.com/settings/notifications)")


@H("promo-newsletter")
def _(c):
    body = f"""
    # 50% OFF EVERYTHING

    Ends tonight at midnight PT. Seriously, everything: denim, sweaters, outerwear and more.

    Online only. No code needed — prices as marked.

    [Shop Women](https://www.gap.com/browse/category.do?cid=8792&mlink=email)  [Shop Men](https://www.gap.com/browse/category.do?cid=5225&mlink=email)  [Shop Kids](https://www.gap.com/browse/division.do?cid=6170&mlink=email)

    [SHOP NOW](https://www.gap.com/?mlink=email_50off_{c.d(0, 'iso')})

    *Offer valid {c.d(0, 'usn')} until 11:59pm PT. Excludes Gap Factory. Not valid on gift cards.
    """
    return mk(c, frm=("Gap", "gap@email.gap.com"), subj="LAST CHANCE: 50% off everything ends TONIGHT",
              prof=("sfmc", dict(sub="email", tz=-480)), body=body, style="promo", color="#002e6d", brand="GAP", title="50% OFF EVERYTHING",
              bulk=True, pre="Ends at midnight. Don't miss it.", foot="Gap Inc., 2 Folsom Street, San Francisco, CA 94105. [Unsubscribe](https://www.gap.com/profile/email-preferences) | [Privacy Policy](https://www.gap.com/privacy)")


@H("promo-newsletter")
def _(c):
    body = f"""
    # Last chance: 20% off for Rouge, 15% for VIB

    {c.first}, the Savings Event ends soon. Stock up on your faves and new launches.

    Use code **YESSAVE** at checkout. Beauty Insiders get 10% off.

    [Shop now](https://www.sephora.com/?om_mmc=email-savings-event-lastchance)

    Exclusions apply. Online and in stores through {c.d(1, 'us')}.
    """
    return mk(c, frm=("Sephora", "sephora@beauty.sephora.com"), subj="Last chance for up to 20% off ✨ ends tomorrow",
              prof=("sfmc", dict(sub="beauty", tz=-480)), body=body, style="promo", color="#000000", brand="SEPHORA", title="LAST CHANCE",
              bulk=True, pre="Your Beauty Insider discount ends soon.", hdr_enc="B",
              foot="Sephora USA, Inc., 350 Mission Street, Floor 7, San Francisco, CA 94105. [Unsubscribe](https://www.sephora.com/profile/MyAccount/emailpreferences)")


@H("promo-newsletter")
def _(c):
    body = f"""
    # Extra 25% Off Select Styles

    Members, this one's for you. Take an extra 25% off select styles with code **EXTRA25**.

    Running shoes, fleece, and the gear you need for the season.

    [Shop Now](https://www.nike.com/w/sale-3yaep?cp=email_extra25)

    Ends {c.d(3, 'ussd')} at 11:59 p.m. PT. Terms apply.
    """
    return mk(c, frm=("Nike", "nike@notifications.nike.com"), subj="Members Get an Extra 25% Off",
              prof=("sparkpost", dict(sub="notifications")), body=body, style="promo", color="#111111", brand="NIKE", title="EXTRA 25% OFF",
              bulk=True, pre="Use code EXTRA25.", foot="Nike, Inc., One Bowerman Drive, Beaverton, OR 97005. [Unsubscribe](https://www.nike.com/member/settings/communication-preferences)")


@H("promo-newsletter")
def _(c):
    c.lang("de")
    body = f"""
    # Nur heute: 20 % Rabatt auf alles

    Hallo {c.first}, als H&M Member erhältst du heute 20 % auf das gesamte Sortiment – online und in der App.

    Code: **HMDE20** (gültig bis 23:59 Uhr)

    [Jetzt shoppen](https://www2.hm.com/de_de/index.html?cid=email_member20)

    Der Rabatt ist nicht mit anderen Angeboten kombinierbar. Ausgenommen sind Geschenkkarten.
    """
    return mk(c, frm=("H&M", "newsletter@email.hm.com"), subj="Nur heute: 20 % Rabatt auf alles 🛍️",
              prof=("sfmc", dict(sub="email", tz=60)), body=body, style="promo", color="#e50010", brand="H&M", title="20 % auf alles",
              bulk=True, hdr_enc="B", tcte="base64", hcte="base64",
              foot="H & M Hennes & Mauritz B.V. & Co. KG, Spitalerstraße 12, 20095 Hamburg. [Abmelden](https://www2.hm.com/de_de/member/settings.html)")


@H("promo-newsletter")
def _(c):
    c.lang("fr")
    body = f"""
    # Dernière chance : jusqu'à -40 %

    {c.first}, les soldes se terminent ce soir à minuit !

    * Vélos et trottinettes : jusqu'à -30 %
    * Randonnée et camping : jusqu'à -40 %
    * Fitness : jusqu'à -25 %

    [J'en profite](https://www.decathlon.fr/soldes?utm_source=newsletter&utm_medium=email)

    Offre valable jusqu'au {c.d(0, 'fr')} à 23h59, dans la limite des stocks disponibles.
    """
    return mk(c, frm=("Decathlon", "newsletter@news.decathlon.fr"), subj="⏰ Dernière chance : jusqu'à -40 % ce soir seulement",
              prof=("own", dict(out="m%d.news.decathlon.fr" % c.ri(10, 99), mid_fmt="{n}.{hex}@news.decathlon.fr", sel="dkt", bnd="net", tz=60)),
              body=body, style="promo", color="#3643ba", brand="DECATHLON", title="SOLDES", bulk=True, hdr_enc="B",
              foot="Decathlon SE, 4 Boulevard de Mons, 59650 Villeneuve d'Ascq. [Se désabonner](https://www.decathlon.fr/account/preferences)")


@H("promo-newsletter")
def _(c):
    c.lang("es")
    body = f"""
    # Rebajas: hasta el 50 % en moda

    Hola {c.first}, empiezan las rebajas en El Corte Inglés. Descubre cientos de marcas con descuentos de hasta el 50 %.

    [Ver mujer](https://www.elcorteingles.es/moda-mujer/rebajas/)  [Ver hombre](https://www.elcorteingles.es/moda-hombre/rebajas/)

    Envío gratis en pedidos superiores a 50 €. Devoluciones gratuitas en tienda.

    Promoción válida del {c.d(0, 'es')} al {c.d(20, 'es')}.
    """
    return mk(c, frm=("El Corte Inglés", "elcorteingles@info.elcorteingles.es"), subj="¡Empiezan las Rebajas! Hasta 50 % en moda",
              prof=("own", dict(out="mta%d.info.elcorteingles.es" % c.ri(1, 9), mid_fmt="{n}.{hex}@info.elcorteingles.es", sel="eci", bnd="net", tz=60)),
              body=body, style="promo", color="#00873c", brand="El Corte Inglés", title="REBAJAS", bulk=True,
              cs="windows-1252", hdr_cs="windows-1252", hdr_enc="Q",
              foot="El Corte Inglés, S.A. Hermosilla 112, 28009 Madrid. [Darse de baja](https://www.elcorteingles.es/newsletter/baja)")


@H("promo-newsletter")
def _(c):
    c.lang("pt")
    body = f"""
    # Black Friday: últimas horas!

    {c.first}, as promoções terminam hoje à meia-noite.

    * Smartphones até -30%
    * Livros: 3 por 2
    * Consolas e videojogos até -25%

    Aderentes Fnac: portes grátis e 5% em cartão.

    [Aproveitar agora](https://www.fnac.pt/black-friday?origem=newsletter)
    """
    return mk(c, frm=("Fnac", "fnac@news.fnac.pt"), subj="Black Friday: últimas horas! Até -30% 🔥",
              prof=("own", dict(out="mail%d.news.fnac.pt" % c.ri(1, 9), mid_fmt="{n}.{hex}@news.fnac.pt", sel="fnac", bnd="net", tz=0)),
              body=body, style="promo", color="#e1a925", brand="FNAC", title="BLACK FRIDAY", bulk=True, hdr_enc="B",
              foot="Fnac Portugal, Lda. Rua Carlos Alberto da Mota Pinto 9, 1070-374 Lisboa. [Cancelar subscrição](https://www.fnac.pt/newsletter/unsubscribe)")


@H("promo-newsletter")
def _(c):
    c.lang("it")
    body = f"""
    # Solo oggi: sconti fino al 50%

    Ciao {c.first}, non perdere le offerte del giorno su TV, smartphone e piccoli elettrodomestici.

    * Smart TV 55" 4K a partire da 349 €
    * Aspirapolvere senza filo -40%
    * Cuffie wireless -50%

    [Scopri le offerte](https://www.mediaworld.it/it/promo/offerte-del-giorno?utm_source=nl)

    Offerte valide fino alle 23:59 di oggi, salvo esaurimento scorte.
    """
    return mk(c, frm=("MediaWorld", "newsletter@news.mediaworld.it"), subj="Solo oggi: sconti fino al 50%!",
              prof=("sfmc", dict(sub="news", tz=60)), body=body, style="promo", color="#df0000", brand="MediaWorld", title="SOLO OGGI",
              bulk=True, cs="utf-8", tcte="quoted-printable",
              foot="MediaMarket S.p.A. con socio unico, Via Furlanelli 69, 20843 Verano Brianza (MB). [Disiscriviti](https://www.mediaworld.it/newsletter/disiscrizione)")


@H("promo-newsletter")
def _(c):
    body = f"""
    # Repair Is a Radical Act

    The most responsible thing we can do as a company is make high-quality stuff that lasts for years and can be repaired. This season, Worn Wear is bringing free repairs to {c.ch(['Portland', 'Denver', 'Boston', 'Minneapolis'])}.

    Bring your jackets, packs and fleece — any brand — and our team will patch, zip and stitch them on the spot.

    [Find a repair event](https://www.patagonia.com/worn-wear/events/)

    Also in this issue: [How recycled down gets a second life](https://www.patagonia.com/stories/recycled-down/story-{c.ri(10000, 99999)}.html) and [Field notes from the Owyhee](https://www.patagonia.com/stories/owyhee/).

    [Shop Worn Wear](https://wornwear.patagonia.com/)
    """
    return mk(c, frm=("Patagonia", "patagonia@e.patagonia.com"), subj="Repair is a radical act",
              prof=("sfmc", dict(sub="e", tz=-480)), body=body, style="news", color="#1d2e46", brand="Patagonia", title="Worn Wear News",
              bulk=True, foot="Patagonia, Inc., 259 West Santa Clara Street, Ventura, CA 93001. [Unsubscribe](https://www.patagonia.com/email-preferences/)")


@H("review-request")
def _(c):
    shop = c.ch([("Birchwood Outfitters", "birchwoodoutfitters.example"), ("Nimbus Phone Repair", "nimbusrepair.example"), ("Larkspur Home Goods", "larkspurhome.example")])
    body = f"""
    # How was your experience with {shop[0]}?

    Hi {c.first},

    {shop[0]} has invited you to share your experience. Your review will help other shoppers make better choices and help {shop[0].split()[0]} improve.

    [Write a review](https://www.trustpilot.com/evaluate/{shop[1]}?utm_medium=email&token={c.uuid()})

    It only takes a minute. Reviews are public and may be shown on {shop[1]}.

    ---

    This email was sent to {c.addr} by Trustpilot on behalf of {shop[0]}. If you don't want to receive review invitations from {shop[0]}, [unsubscribe](https://www.trustpilot.com/unsubscribe/{c.hx(24)}).
    """
    return mk(c, frm=(shop[0], "noreply.invitations@trustpilotmail.com"), reply_to="support@%s" % shop[1],
              subj="%s, tell us about your experience with %s" % (c.first, shop[0]),
              prof=("ses", dict(region="eu-west-1", mailfrom="trustpilotmail.com", bnd="dotnet")), body=body, style="card", color="#04da8d",
              link_color="#191919", brand="Trustpilot", bulk=True, unsub="<https://www.trustpilot.com/unsubscribe/%s>" % c.hx(24),
              foot="Trustpilot A/S, Pilestræde 58, 5th floor, 1112 Copenhagen K, Denmark")


@H("review-request")
def _(c):
    shop = c.ch([("Fernwood Tea Traders", "fernwoodtea.example", "Hojicha Roasted Green Tea 100g"), ("Kiln & Clay Supply", "kilnandclay.example", "Speckled Stoneware Mug"),
                 ("Tidewater Soap Co.", "tidewatersoap.example", "Sea Kelp Bar, 3-pack")])
    body = f"""
    Hi {c.first},

    Thanks again for your order from {shop[0]}! How are you liking your **{shop[2]}**?

    Click a star to rate it:

    [★★★★★](https://judge.me/reviews/new?shop={shop[1]}&rating=5&token={c.hx(20)})  [★★★★](https://judge.me/reviews/new?shop={shop[1]}&rating=4&token={c.hx(20)})  [★★★](https://judge.me/reviews/new?shop={shop[1]}&rating=3&token={c.hx(20)})

    Leave a review with a photo and get 10% off your next order.

    Cheers,
    The {shop[0]} team
    """
    return mk(c, frm=(shop[0], "reviews@judge.me"), reply_to=addr(shop[0], "hello@%s" % shop[1]), subj="How would you rate your %s?" % shop[2],
              prof=("mailgun", dict(sub="mail")), body=body, style="mini", bulk=True,
              foot="Sent by Judge.me on behalf of %s. [Unsubscribe](https://judge.me/unsubscribe?shop=%s)" % (shop[0], shop[1]))


@H("review-request")
def _(c):
    shop = c.ch([("Saltmarsh Swim", "saltmarshswim.example"), ("Cobble & Co Shoes", "cobbleandco.example")])
    body = f"""
    # We'd love your feedback!

    {c.first}, your order from {shop[0]} should have arrived by now. Would you take a moment to review it?

    [Write a Review](https://yotpo.com/go/{c.an(10)}?utm_source=yotpo_email)

    Your honest opinion helps our small team and other customers.

    Thank you,
    {shop[0]}
    """
    return mk(c, frm=(shop[0], "reviews@yotpo.com"), reply_to="care@%s" % shop[1], subj="%s, how did we do?" % c.first,
              prof=("sendgrid", dict(em="em%d.yotpo.com" % c.ri(100, 9999))), body=body, style="card", color="#1c355e", brand=shop[0],
              bulk=True, foot="Powered by Yotpo. [Unsubscribe](https://yotpo.com/unsubscribe/%s)" % c.hx(20))


@H("event-ticket")
def _(c):
    act = c.ch(["The Lantern Choir", "Marisol Vega & the Tides", "Copper Satellites", "Nightjar Orchestra"])
    venue = c.ch(["The Anthem, Washington, DC", "Paramount Theatre, Seattle, WA", "The Fillmore, San Francisco, CA", "Ryman Auditorium, Nashville, TN"])
    o = "%d-%d/%s" % (c.ri(10, 99), c.ri(10000, 99999), c.ch(["LA", "NY", "WA", "TN"]))
    body = f"""
    # You Got Tickets!

    {c.first}, get ready for {act}.

    | Order # | {o} |
    | Event | {act} - The {c.ch(['Long Way Home', 'Afterglow', 'Open Water'])} Tour |
    | Date | {c.d(60, 'usw')} 8:00 PM |
    | Venue | {venue} |
    | Section / Row / Seat | {c.ch(['GA FLOOR', 'MEZZ 2', 'BALC 1'])} / {c.ri(1, 20)} / {c.ri(1, 30)}-{c.ri(31, 40)} |

    Your mobile tickets will be available in the Ticketmaster app. Screenshots won't get you in.

    [View Tickets](https://www.ticketmaster.com/user/order/{o.replace('/', '-')}/view)
    """
    return mk(c, frm=("Ticketmaster", "customer_support@email.ticketmaster.com"), subj="You Got Tickets To %s" % act,
              prof=("sparkpost", dict(sub="email")), body=body, style="ticket", color="#026cdf", brand="ticketmaster",
              foot="Ticketmaster L.L.C., 9348 Civic Center Drive, Beverly Hills, CA 90210")


@H("event-ticket")
def _(c):
    ev = c.ch(["Alder Brook Makers Market", "Kestrel Valley Trail Run 10K", "Intro to Sourdough Workshop", "Community Climate Forum"])
    o = c.ri(10 ** 10, 10 ** 11 - 1)
    start = c.t(18).replace(hour=16, minute=0, second=0, microsecond=0)
    body = f"""
    # You're going to {ev}

    Order #{o} - {c.d(0, 'us')}

    | Date | {c.d(18, 'usw')}, 10:00 AM - 3:00 PM |
    | Location | {c.ch(['Riverside Pavilion, 12 Mill St', 'Kestrel Valley Park, North Lot', 'Grange Hall, 401 County Rd'])} |
    | Tickets | {c.ri(1, 4)} x General Admission |

    Your tickets are attached as a PDF. You can also find them in the Eventbrite app.

    [View your tickets](https://www.eventbrite.com/mytickets/{o})  [Contact the organizer](https://www.eventbrite.com/support/contact-organizer?eid={c.ri(10 ** 11, 10 ** 12)})
    """
    return mk(c, frm=("Eventbrite", "noreply@order.eventbrite.com"), subj="Your tickets for %s" % ev,
              prof=("sendgrid", dict(em="order.eventbrite.com")), body=body, style="card", color="#d1410c", brand="eventbrite",
              foot="Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103",
              atts=[("application/pdf", "%s.pdf" % ev.replace(" ", "-"), pdf([ev, "Order #%d" % o, c.name], "Tickets")),
                    ("text/calendar", "event.ics", ics(c, "%d@eventbrite.com" % o, ev, start, 300, "See ticket", "mailto:noreply@order.eventbrite.com").encode(), {})])


@H("donation-receipt")
def _(c):
    amt = c.ch([10.0, 15.0, 25.0, 50.0, 2.75])
    body = f"""
    Dear {c.first},

    Thank you for your gift of {usd(amt)} to the Wikimedia Foundation, received on {c.d(0, 'us')}. Your support keeps Wikipedia free, independent and available to everyone.

    Most people donate because they find Wikipedia useful. If Wikipedia has given you {usd(amt)} worth of knowledge this year, thank you for giving back.

    With gratitude,
    Maryana Iskander
    CEO, Wikimedia Foundation

    For your records: Your donation, number {c.ri(10 ** 8, 10 ** 9)}, was made on {c.d(0, 'us')}. This letter may serve as a record of your donation. No goods or services were provided, in whole or in part, for this contribution. The Wikimedia Foundation, Inc. is a nonprofit charitable organization with 501(c)(3) tax-exempt status in the United States. Our address is 1 Montgomery Street, Suite 1600, San Francisco, CA 94104. U.S. tax-exempt number: 20-0049703.

    [Cancel your recurring donation](https://donate.wikimedia.org/wiki/Cancel_or_change_recurring_giving) | [Unsubscribe](https://donate.wikimedia.org/wiki/Special:FundraiserUnsubscribe?email={urllib.parse.quote(c.addr)})
    """
    return mk(c, frm=("Wikimedia Foundation", "donate@wikimedia.org"), subj="Thank you from the Wikimedia Foundation",
              prof=("own", dict(out="mx%d-eqiad.wikimedia.org" % c.ri(1001, 1003), mid_fmt="{hex}@wikimedia.org", sel="wikimedia", bnd="python", tz=0)),
              body=body, shape="alt", style="mini", bulk=True, unsub="<https://donate.wikimedia.org/wiki/Special:FundraiserUnsubscribe?p=%s>" % c.hx(32))


@H("donation-receipt")
def _(c):
    org = c.ch([("Riverbend Animal Rescue", "riverbendrescue.example"), ("Alder Brook Food Pantry", "alderbrookpantry.example"), ("Kestrel Valley Land Trust", "kvlandtrust.example")])
    amt = c.ch([25.0, 40.0, 100.0, 250.0])
    rid = c.ri(100000, 999999)
    body = f"""
    Dear {c.first},

    Thank you so much for your generous donation of {usd(amt)} to {org[0]}! Gifts like yours {c.ch(['fund vet care and foster supplies', 'stock our shelves every week', 'protect local wetlands and trails'])}.

    Your tax receipt is attached.

    | Receipt # | {rid} |
    | Date | {c.d(0, 'us')} |
    | Amount | {usd(amt)} |
    | Frequency | {c.ch(['One-time', 'Monthly'])} |

    {org[0]} is a registered 501(c)(3) nonprofit. No goods or services were provided in exchange for this gift.

    With gratitude,
    The {org[0]} team
    """
    return mk(c, frm=(org[0], "donations@donorbox.org"), reply_to="hello@%s" % org[1], subj="Thank you for your donation to %s" % org[0],
              prof=("postmark", dict(tag="donation-receipt")), body=body, style="card", color="#2d6a4f", brand=org[0],
              atts=[("application/pdf", "Donation_Receipt_%d.pdf" % rid, pdf(["DONATION RECEIPT #%d" % rid, org[0], "Donor: %s" % c.name, "Amount: %s" % usd(amt)], "Receipt"))])


@H("local-newsletter")
def _(c):
    body = f"""
    # This week at Crumb & Co.

    Hi friends!

    Apple season is here, which means the **cider donuts are back** (Fri-Sun only, and they go fast). We're also baking a rye-walnut loaf on Wednesdays through the end of the month.

    * Saturday: kids' cookie-decorating at 10am ($8, drop in)
    * New hours: open until 3pm on Sundays
    * Holiday pie pre-orders open {c.d(14, 'dm')}

    [See the menu](https://crumbandco.example/menu)  [Pre-order pies](https://crumbandco.example/pies)

    See you soon,
    Bea & the Crumb crew
    """
    return mk(c, frm=("Crumb & Co. Bakery", "hello@crumbandco.example"), subj="Cider donuts are back 🍩 + new Sunday hours",
              prof=("mailchimp", dict(dc="us14", slug="crumbandco")), body=body, style="news", color="#8a4b2a", brand="Crumb & Co.",
              title="The Crumb Letter", bulk=True, hdr_enc="B",
              foot="Copyright © %d Crumb & Co. Bakery, All rights reserved. You are receiving this email because you signed up at our counter or website.\n\nOur mailing address is: 88 Mill Street, Alder Brook\n\nWant to change how you receive these emails? You can update your preferences or unsubscribe." % c.year)


@H("local-newsletter")
def _(c):
    body = f"""
    # Second Chapter Books | {MONTHS['en'][c.when.month - 1]} Events

    Dear readers,

    We have a full calendar this month. All events are free unless noted; RSVP helps us set out enough chairs.

    * **Author talk:** local historian Ruth Abernathy on the mills of the Kestrel River, {c.d(6, 'dm')} at 7pm
    * **Silent book club:** first Tuesday, bring whatever you're reading
    * **Kids' story time:** Saturdays at 10:30

    Staff pick: *The Salt Road* by Ines Carvalho, a quiet, gorgeous novel about a family of ferry keepers.

    [RSVP for events](https://secondchapterbooks.example/events)

    Happy reading,
    Joan, Malik & Pip (the shop cat)
    """
    return mk(c, frm=("Second Chapter Books", "info-secondchapterbooks.example@shared1.ccsend.com"), reply_to="info@secondchapterbooks.example",
              sender="Second Chapter Books <info-secondchapterbooks.example@shared1.ccsend.com>",
              subj="This month at Second Chapter: author talk, book club & more", prof=("cc", dict()), body=body, style="news", color="#5b3a29",
              brand="Second Chapter Books", title="Second Chapter Books", bulk=True,
              foot="Second Chapter Books | 214 Main Street | Alder Brook\n\nUnsubscribe %s | Update Profile | Constant Contact Data Notice" % c.addr)


@H("local-newsletter")
def _(c):
    c.lang("fr")
    body = f"""
    # Le planning de la rentrée est en ligne !

    Bonjour {c.first},

    Nous sommes ravis de vous retrouver pour une nouvelle saison au studio.

    * Nouveau cours de yin yoga le mardi à 19h15
    * Atelier respiration et méditation le samedi {c.d(12, 'fr')}
    * Carte 10 cours à 140 € jusqu'à la fin du mois

    [Réserver un cours](https://studiolumiere.example/planning)

    Namasté,
    Élodie
    """
    return mk(c, frm=("Studio Lumière Yoga", "bonjour@studiolumiere.example"), subj="Le planning de la rentrée est en ligne 🧘",
              prof=("brevo", dict()), body=body, style="news", color="#6d597a", brand="Studio Lumière", title="Studio Lumière Yoga",
              bulk=True, hdr_enc="B", foot="Studio Lumière Yoga, 12 rue des Tanneurs, 67000 Strasbourg. [Se désinscrire](https://studiolumiere.example/desinscription)")


@H("local-newsletter")
def _(c):
    c.lang("nl")
    body = f"""
    # Nieuw van de tap: Herfstbok

    Hoi {c.first},

    Vanaf vrijdag {c.d(3, 'nl')} staat onze Herfstbok (7,2%) op de tap. Donker, een beetje karamel, perfect voor een koude avond.

    * Proeverij met kaas van boerderij De Hoeve, zaterdag 15:00
    * Brouwerijtour: elke zondag, € 12,50 incl. 3 proefglazen

    [Tour boeken](https://brouwerijdeveerman.example/tours)

    Proost!
    Team Brouwerij De Veerman
    """
    return mk(c, frm=("Brouwerij De Veerman", "nieuws@brouwerijdeveerman.example"), subj="Herfstbok is terug! 🍺",
              prof=("mailjet", dict()), body=body, style="news", color="#7f4f24", brand="De Veerman", title="De Veerman Nieuwsbrief",
              bulk=True, hdr_enc="B", foot="Brouwerij De Veerman, Veerweg 4, Zwolle. Geniet, maar drink met mate. [Uitschrijven](https://brouwerijdeveerman.example/uitschrijven)")


@H("local-newsletter")
def _(c):
    body = f"""
    # ENDS TONIGHT: 30% OFF SITEWIDE

    Our end-of-season sale wraps at midnight. Last chance to grab the Driftwood one-piece and the Reef rash guard before they're gone.

    Code: **GOODBYESUMMER**

    [Shop the sale](https://saltmarshswim.example/collections/sale)

    Free shipping over $75. Final sale items can't be returned.
    """
    return mk(c, frm=("Saltmarsh Swim", "hello@saltmarshswim.example"), subj="⏰ Ends tonight: 30% off everything",
              prof=("klaviyo", dict()), body=body, style="promo", color="#1b4965", brand="SALTMARSH", title="30% OFF",
              bulk=True, hdr_enc="B", pre="Last chance for summer swim.",
              foot="Saltmarsh Swim Co, 55 Harbor Rd, Mystic, CT. No longer want to receive these emails? [Unsubscribe](https://saltmarshswim.example/unsubscribe)")


@H("local-newsletter")
def _(c):
    c.lang("es")
    body = f"""
    # ¡Hola vecinos!

    El Mercado de Agricultores de Eastside vuelve este sábado de 8 a 13 h en el estacionamiento de la biblioteca.

    * Nuevos puestos: tamales de Doña Lupe y miel local de Abejas del Valle
    * Aceptamos SNAP/EBT y duplicamos hasta $20 en frutas y verduras
    * Música en vivo a las 10:30

    [Ver la lista de vendedores](https://eastsidemercado.example/vendedores)

    ¡Nos vemos en el mercado!
    """
    return mk(c, frm=("Mercado de Agricultores de Eastside", "info@eastsidemercado.example"), subj="Este sábado en el mercado: tamales, miel y música",
              prof=("mailchimp", dict(dc="us6", slug="eastsidemercado")), body=body, style="news", color="#386641", brand="Mercado Eastside",
              title="Noticias del Mercado", bulk=True, cs="iso-8859-1", hdr_cs="iso-8859-1",
              foot="Copyright (C) %d Eastside Farmers Market. Todos los derechos reservados. ¿Quieres cambiar cómo recibes estos correos? Puedes actualizar tus preferencias o darte de baja." % c.year)


@H("subscription")
def _(c):
    plan = c.ch([("Premium Individual", 11.99), ("Premium Duo", 16.99), ("Premium Family", 19.99)])
    body = f"""
    # Your receipt

    Hi {c.first},

    Thanks for being a Spotify {plan[0]} member. Here's your receipt for this month.

    | Date | {c.d(0, 'uss')} |
    | Order ID | {c.hx(8, True)}-{c.hx(4, True)} |
    | {plan[0]} | {usd(plan[1])} |
    | Tax | {usd(round(plan[1] * 0.08, 2))} |
    | Total | {usd(round(plan[1] * 1.08, 2))} |
    | Paid with | Visa ending in {c.code('v', 4)} |

    Your next payment will be on {c.d(30, 'us')}.

    [Manage your plan](https://www.spotify.com/account/subscription/)
    """
    return mk(c, frm=("Spotify", "no-reply@spotify.com"), subj="Your Spotify Premium receipt",
              prof=("ses", dict(region="eu-west-1", mailfrom="mail.spotify.com", bnd="go")), body=body, style="card", color="#121212", link_color="#1db954",
              brand="Spotify", foot="Spotify AB, Regeringsgatan 19, 111 53 Stockholm, Sweden")


@H("subscription")
def _(c):
    newp = c.ch([("Standard", 17.99), ("Premium", 24.99), ("Standard with ads", 7.99)])
    body = f"""
    # We're updating your plan price

    Hi {c.first},

    We're writing to let you know that the price of your {newp[0]} plan will change to {usd(newp[1])}/month starting with your {c.d(30, 'dm')} billing date.

    We know price changes can be a hassle. We'll keep investing in a great variety of series, films and games to make Netflix even better.

    If you'd like to change your plan or cancel, you can do so at any time in your Account page.

    [Visit Account](https://www.netflix.com/youraccount)

    We're here to help if you need it. Visit the Help Center for more info or contact us.

    -The Netflix team
    """
    return mk(c, frm=("Netflix", "info@account.netflix.com"), subj="An update to your Netflix membership",
              prof=("own", dict(out="mail%d.account.netflix.com" % c.ri(1, 9), mid_fmt="{n}.{hex}@account.netflix.com", sel="s2048", bnd="javamail", tz=-480)),
              body=body, style="card", color="#e50914", brand="NETFLIX",
              foot="This account email has been sent to you as part of your Netflix membership. Netflix International B.V.")


# =====================================================================================
# HAM -- personal and work mail
# =====================================================================================
def q(text):
    return "\n".join(("> " + x) if x.strip() else ">" for x in textwrap.dedent(text).strip("\n").split("\n"))


def dd(text):
    return textwrap.dedent(text).strip("\n") + "\n"


def gm_html(text):
    out = []
    for line in text.rstrip("\n").split("\n"):
        out.append("<div>%s</div>" % _html.escape(line, quote=False) if line.strip() else "<div><br></div>")
    return "".join(out)


def gmail_attr(c, days_back, who, addr_):
    t = c.t(-days_back, hours=-c.ri(1, 9))
    h = t.hour % 12 or 12
    return "On %s, %s %d, %d at %d:%02d %s %s <%s> wrote:" % (
        WDAYS["en"][t.weekday()][:3], MONTHS["en"][t.month - 1][:3], t.day, t.year, h, t.minute, "AM" if t.hour < 12 else "PM", who, addr_)


def gmail_reply(new, attr, orig, sig=None):
    new = dd(new)
    text = new + ("\n-- \n%s\n" % sig if sig else "") + "\n" + attr + "\n\n" + q(orig) + "\n"
    html = ('<div dir="ltr">%s%s</div><br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
            '<div dir="ltr">%s</div></blockquote></div>\n' % (gm_html(new), ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div>' % _html.escape(sig)) if sig else "",
                                                              _html.escape(attr, quote=False), gm_html(dd(orig))))
    return text, html


def ol_header_block(frm, sent, to, subj, lang="en"):
    lab = {"en": ("From", "Sent", "To", "Subject"), "es": ("De", "Enviado", "Para", "Asunto"), "nl": ("Van", "Verzonden", "Aan", "Onderwerp")}[lang]
    return "%s: %s\n%s: %s\n%s: %s\n%s: %s" % (lab[0], frm, lab[1], sent, lab[2], to, lab[3], subj)


def ol_html(new, block, orig, cs="utf-8"):
    nb = "".join('<div class="elementToProof" style="font-family: Aptos, Aptos_EmbeddedFont, Aptos_MSFontService, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n'
                 % (_html.escape(x, quote=False) or "<br>") for x in dd(new).rstrip("\n").split("\n"))
    bl = "<br>\n".join("<b>%s</b>%s" % (_html.escape(x.split(":", 1)[0]) + ":", _html.escape(x.split(":", 1)[1])) for x in block.split("\n"))
    ob = "".join("<div>%s</div>\n" % (_html.escape(x, quote=False) or "<br>") for x in dd(orig).rstrip("\n").split("\n"))
    return ('<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%s">\n<style type="text/css" style="display:none;"> P {margin-top:0;margin-bottom:0;} </style>\n</head>\n'
            '<body dir="ltr">\n%s<div id="appendonsend"></div>\n<hr style="display:inline-block;width:98%%" tabindex="-1">\n'
            '<div id="divRplyFwdMsg" dir="ltr"><font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">%s</font>\n<div>&nbsp;</div>\n</div>\n'
            '<div>\n%s</div>\n</body>\n</html>\n' % (cs, nb, bl, ob))


@H("personal")
def _(c):
    who, a = "Jess Albright", "jess.albright.hikes@gmail.com"
    orig = f"""
    Hey Jess! Are we still on for Saturday? I was thinking the Old Rag loop if the weather holds, otherwise something shorter near Great Falls.
    I can drive, I'll have the car back by Friday.
    {c.first}
    """
    new = f"""
    Yes!! Old Rag for sure. Forecast says 58 and sunny so I think we're good.

    I'll bring snacks + the first aid kit. Can you pick me up around 6:45? Parking fills up fast and the rock scramble gets backed up by 10.

    Also my brother might tag along, hope that's ok. He's slow on the scramble but he's funny.

    J
    """
    text, html = gmail_reply(new, gmail_attr(c, 1, c.name, c.addr), orig)
    mid0 = "<CA%s@mail.gmail.com>" % c.an(48, ALNUMU)
    return mk(c, frm=(who, a), subj="Re: Saturday hike?", prof=("google", dict(d="gmail.com")), text=text, html=html,
              irt=mid0, refs=mid0, order=ORDERS["gmail"], to_plain=False)


@H("personal")
def _(c):
    who, a = "Chris Whitfield", "cwhitfield%d@gmail.com" % c.ri(70, 99)
    conf = c.code("pnr", 6, UPDIG)
    fwd = f"""
    ---------- Forwarded message ---------
    From: Alaska Airlines <alaskaair@ifly.alaskaair.com>
    Date: {c.d(0, 'ussd')}, {c.year} at {c.tm(-2, 0)}
    Subject: Your confirmation receipt: {conf}
    To: <{a}>

    Thank you for booking with Alaska Airlines.

    Confirmation code: {conf}
    Traveler(s): CHRIS WHITFIELD, DANA WHITFIELD
    Flight 1: SEA to SJC, {c.d(30, 'ussd')}, 8:10 am
    Flight 2: SJC to SEA, {c.d(34, 'ussd')}, 6:45 pm
    Total: {usd(c.money('t', 340, 780))}
    """
    new = """
    Booked! Forwarding so you have the confirmation. We got the 8:10, sorry it's early. I paid with the Visa so we should get the companion fare thing later this year.

    Can you ask your mom if she can do the dog Thursday-Monday?
    """
    text = dd(new) + "\n" + dd(fwd)
    html = '<div dir="ltr">%s<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s</div><br><br>%s</div></div>\n' % (
        gm_html(dd(new)), "<br>".join(_html.escape(x) for x in dd(fwd).split("\n")[:6]), gm_html("\n".join(dd(fwd).split("\n")[6:])))
    c.set_rcpt(("Dana Whitfield", "dana@alderbrook.example"))
    return mk(c, frm=(who, a), subj="Fwd: Your confirmation receipt: %s" % conf, prof=("google", dict(d="gmail.com")), text=text, html=html,
              order=ORDERS["gmail"])


@H("personal")
def _(c):
    c.lang("es", ("Carmen Mora", "carmen@mora-family.test"))
    who, a = "Rafael Mora", "rafa.mora.g@outlook.com"
    orig = """
    Rafa, me llegó otra factura del hospital, esta vez de 1.240 dólares por los análisis de septiembre. El seguro dice que cubre el 80 % pero solo después del deducible. ¿Lo hablamos el domingo?
    Besos,
    Carmen
    """
    new = f"""
    Hola Carmen,

    Sí, lo vemos el domingo. Yo puedo poner la mitad este mes y la otra mitad en noviembre. Creo que vale la pena llamar al hospital y pedir un plan de pagos sin intereses, a la tía Lupe se lo dieron sin problema.

    También revisé la póliza de mamá: el deducible anual es de 1.500, y ya llevamos unos 900 pagados, así que falta poco.

    Te mando luego el número de la persona de facturación.

    Un abrazo,
    Rafa
    """
    block = ol_header_block("Carmen Mora <carmen@mora-family.test>", "%s %s" % (c.d(-2, "esw"), c.tm(-50, 0, "24")), "Rafael Mora <%s>" % a, "facturas del hospital de mamá", "es")
    text = dd(new) + "\n________________________________\n" + block + "\n\n" + dd(orig)
    html = ol_html(new, block, orig)
    return mk(c, frm=(who, a), subj="RE: facturas del hospital de mamá", prof=("m365", dict(region="namprd", consumer=True, lang="es-ES")),
              text=text, html=html, order=ORDERS["outlook"], irt="<%s@mora-family.test>" % c.uuid(), hdr_enc="Q", cs="utf-8", tcte="quoted-printable", hcte="quoted-printable")


@H("personal")
def _(c):
    c.lang("pt")
    who, a = "Beatriz Lima", "bia.lima@icloud.com"
    n = c.ri(2, 3)
    imgs = [photo_png(c) for _ in range(n)]
    text = dd(f"""
    Oi {c.first}!

    Seguem as fotos do jantar de sábado. A da sobremesa ficou ótima 😄

    Obrigada por organizar, foi muito bom rever todo mundo. Da próxima vez é lá em casa!

    Beijos
    Bia

    Enviado do meu iPhone
    """)
    atts = [att_leaf("image/png", "IMG_%04d.png" % c.ri(1000, 9999), im, disp="inline") for im in imgs]
    return mk(c, frm=(who, a), subj="Fotos do jantar", prof=("icloud", dict(mailer="iPhone Mail (22D%d)" % c.ri(60, 82))), text=text, shape="text",
              atts=atts, order=ORDERS["apple"], hdr_enc="Q", tcte="quoted-printable")


@H("personal")
def _(c):
    who, a = "Linda Okafor", "lindaokafor1957@yahoo.com"
    c.set_rcpt(("Tom Okafor", "tokafor@alderbrook.example"))
    orig = """
    Hi Aunt Linda, we're planning to drive up Wednesday night and stay through Saturday. Can we bring anything? Maybe the sweet potato casserole and a pie?
    Tom
    """
    text = dd("""
    Tommy that would be wonderful!! Yes bring the casserole, your uncle already bought 2 pies from Costco so maybe just bring a salad instead.

    The guest room is all yours, the girls will be in the basement. Dinner is at 3:00 on Thursday, come hungry.

    Drive safe and call me when you leave.

    Love,
    Aunt Linda
    """) + "\n\nOn %s, %s <%s> wrote:\n\n\n" % (c.d(-1, "usw"), c.name, c.addr) + q(orig) + "\n"
    html = '<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:16px;">%s</div><div id="yahoo_quoted_%d" class="yahoo_quoted"><div style="font-family:\'Helvetica Neue\', Helvetica, Arial, sans-serif;font-size:13px;color:#26282a;"><div>On %s, %s &lt;%s&gt; wrote:</div><div><br></div><blockquote>%s</blockquote></div></div></body></html>\n' % (
        c.hx(8), gm_html(text.split("\n\nOn ")[0]), c.ri(10 ** 9, 10 ** 10), c.d(-1, "usw"), c.name, c.addr, gm_html(dd(orig)))
    return mk(c, frm=(who, a), subj="Re: Thanksgiving", prof=("yahoo", dict(tz=-300)), text=text, html=html, irt="<%s@alderbrook.example>" % c.uuid())


@H("personal")
def _(c):
    who, a = "Nadia Haddad", "nadia.h@proton.me"
    text = dd(f"""
    Hi {c.first},

    Following up on what we talked about at dinner. Here's roughly what I did with my Roth IRA this year, for what it's worth (not advice!):

    - moved the target-date fund into a 3-fund split: ~60% total US market, 30% international, 10% bond index
    - set up auto-contributions of $583/month so I hit the $7,000 limit without thinking about it
    - rebalance once a year in January, that's it

    The expense ratios on the index funds are like 0.03-0.05% vs 0.45% on the old fund, which adds up over 30 years.

    For your 401(k) I'd check whether your employer match vests immediately. If not, don't leave before it does!

    Happy to look at your statements together if you want, bring snacks.

    Nadia
    """)
    return mk(c, frm=(who, a), subj="that retirement stuff we talked about", prof=("proton", dict(tz=-300)), text=text, shape="text",
              tcte="7bit", tp_params="; format=flowed")


@H("work")
def _(c):
    c.set_rcpt(("Sam Ortega", "sam@kestrel-labs.test"))
    who, a = "Jordan Blake", "jordan.blake@northwind-analytics.example"
    text = dd(f"""
    Hi Sam,

    Thanks again for the time yesterday. Notes from the call are attached; the short version:

    1. Pilot scope: 3 sites, read-only access to the sensor feeds, 8 weeks.
    2. Your team sends the sample dataset by {c.d(7, 'dm')}; we'll confirm schema within 2 business days.
    3. Pricing: we'll send a formal quote once we see the data volumes. Ballpark is in line with what we discussed.
    4. Security questionnaire: Priya is the contact on your side.

    Let me know if I missed anything.

    Best,
    Jordan

    Jordan Blake | Solutions Lead
    Northwind Analytics
    """)
    html = wrap_html("outlook", "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_html.escape(x) or "&nbsp;") for x in text.rstrip("\n").split("\n")),
                     title="us-ascii", lang="en")
    return mk(c, frm=(who, a), subj="Pilot kickoff - notes and next steps", prof=("m365", dict(region="namprd", mailer="Microsoft Outlook 16.0")),
              text=text, html=html, cs="us-ascii", tcte="7bit", hcte="quoted-printable", order=ORDERS["outlook"], cc="Priya Raman <priya@alderbrook.example>",
              atts=[att_leaf("application/pdf", "Kestrel_Northwind_pilot_notes.pdf", pdf(["Kestrel Labs / Northwind Analytics", "Pilot kickoff notes", c.d(-1, "us")], "Notes"), size=True)])


@H("work")
def _(c):
    c.set_rcpt(("Hannah Lee", "hannah.lee@kestrel-labs.test"))
    who, a = "Marcus Webb", "marcus.webb@kestrel-labs.test"
    rows = ["Category,Q2 actual,Q3 budget,Q3 forecast,Notes", "Cloud hosting,18420,19000,21150,storage growth", "Contractors,32000,30000,30000,",
            "Travel,4120,5000,6890,offsite in Sept", "Software licenses,7710,8000,8040,", "Hardware,2200,3500,1900,laptop refresh slipped"]
    csv = "\r\n".join(rows) + "\r\n"
    text = dd(f"""
    Hannah -

    Attached is the Q3 budget vs forecast. Two things to flag before Thursday's review:

    * Cloud hosting is running ~11% over because of the storage growth from the new customer. I think we should ask finance to move the overage from the hardware line.
    * Travel is over because of the offsite. That was approved but never moved into the budget.

    Can you sanity check the contractor line? I think it's right but want a second pair of eyes.

    thanks,
    Marcus
    """)
    return mk(c, frm=(who, a), subj="Q3 budget vs forecast", prof=("google", dict(d="kestrel-labs.test", sel="google", ws=True)), text=text,
              html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"],
              atts=[att_leaf("text/csv", "Q3_budget_forecast.csv", csv.encode())])


@H("work")
def _(c):
    who, a = "Alicia Moreno", "alicia.moreno@talentbridge-staffing.example"
    text = dd(f"""
    Hi {c.first},

    I came across your profile and wanted to reach out about a contract-to-hire opportunity with one of our clients, a regional healthcare network. They're looking for a data engineer to help modernize their reporting pipeline (Python, dbt, Snowflake).

    * Hybrid, 2 days/week on-site
    * 6-month contract with intent to convert
    * Rate range is competitive and depends on experience

    If you're open to a quick 15-minute call this week or next, just reply with a couple of times that work. If the timing isn't right, no worries at all.

    Best regards,

    Alicia Moreno
    Senior Technical Recruiter | TalentBridge Staffing
    """)
    html = wrap_html("outlook", "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_html.escape(x) or "&nbsp;") for x in text.rstrip("\n").split("\n")), title="utf-8")
    return mk(c, frm=(who, a), subj="Contract-to-hire data engineering role - open to a quick chat?",
              prof=("m365", dict(region="namprd")), text=text, html=html, order=ORDERS["outlook"])


@H("personal")
def _(c):
    who, a = "Megan Doyle, DPT", "megan@stridephysio.example"
    orig = """
    Hi Megan, my knee has been better but still sore going down stairs. Can I move next week's appointment to Thursday? Also should I keep doing the step-downs?
    """
    new = f"""
    Hi {c.first},

    Thursday at 4:30 works, I've moved you. Glad the knee is improving!

    Yes, keep doing the step-downs but drop to the lower step (4 inches) and go slow on the way down, 3 sets of 10. If the pain goes above a 3/10, stop for the day. Ice afterwards is fine.

    We'll re-test your strength on Thursday and probably start some light single-leg work.

    See you then,
    Megan
    """
    text, html = gmail_reply(new, gmail_attr(c, 1, c.name, c.addr), orig, sig="Megan Doyle, PT, DPT\nStride Physical Therapy\n(555) 014-2290")
    return mk(c, frm=(who, a), subj="Re: moving my appointment", prof=("google", dict(d="stridephysio.example", sel="google", ws=True)),
              text=text, html=html, order=ORDERS["gmail"], irt="<%s@alderbrook.example>" % c.uuid())


@H("personal")
def _(c):
    c.lang("de")
    who, a = "Felix Brandt", "felix.brandt%d@gmx.de" % c.ri(80, 99)
    orig = f"""
    Hi Felix, steht das Grillen am Samstag noch? Soll ich was mitbringen? Ich hätte noch Halloumi und Salat.
    LG {c.first}
    """
    text = dd(f"""
    Hey {c.first},

    ja klar, Samstag ab 18 Uhr bei uns im Garten. Halloumi ist super, Salat haben wir schon genug. Bring gern was zu trinken mit, wir haben nur Bier und Apfelschorle.

    Falls es regnet, machen wir es einfach auf dem Balkon, wird dann halt kuschelig.

    Bis Samstag!
    Felix
    """) + "\n\n\nGesendet: %s um %s Uhr\nVon: \"%s\" <%s>\nAn: %s\nBetreff: Grillen am Samstag?\n\n" % (
        c.d(-1, "dew"), c.tm(-26, 0, "24"), c.name, c.addr, a) + q(orig) + "\n"
    mid = "trinity-%s-%d@3c-app-gmx-bs%d" % (c.uuid(), int(c.when.timestamp() * 1000), c.ri(10, 70))
    host = "mout.gmx.net"
    return mk(c, frm=(who, a), subj="Aw: Grillen am Samstag?",
              prof=("webmail", dict(host=host, mid=mid, sel="s31663417", tz=60 if not eu_dst(c.when) else 120, bnd="python",
                                    rcv_inner="from [%s] ([%s]) by web-mail.gmx.net%s\t(3c-app-gmx-bs%d) with HTTPS (via HTTP); %s" % (
                                        ip_for(c.addr), ip_for(c.addr), CRLF, c.ri(10, 70), rfcdate(c.when, 60)),
                                    extra_post=[("X-Priority", "3"), ("Importance", "normal"), ("Sensitivity", "Normal"),
                                                ("X-Provags-ID", "V03:K1:" + c.b64(60)), ("UI-OutboundReport", "notjunk:1;M01:P0:" + c.b64(20))])),
              text=text, shape="text", cs="UTF-8", tcte="quoted-printable", irt="<%s@alderbrook.example>" % c.uuid(), hdr_enc="Q")


@H("personal")
def _(c):
    c.lang("fr")
    who, a = "Anne-Laure Perrin", "al.perrin%d@orange.fr" % c.ri(10, 99)
    text = dd(f"""
    Coucou {c.first},

    Bonne nouvelle : on a trouvé une petite maison à louer à Perros-Guirec pour la semaine du {c.d(40, 'fr')}. Trois chambres, à 10 minutes à pied de la plage, 1 250 € la semaine pour tout le monde.

    Si ça vous tente, il faudrait verser l'acompte de 30 % d'ici vendredi. Je peux avancer et vous me remboursez, comme vous voulez.

    On pourrait faire le sentier des douaniers un matin, et Paul veut absolument aller à l'île de Bréhat.

    Bises à vous deux,
    Anne-Laure
    """)
    mid = "%d.%d.%d.JavaMail.open-xchange@opme11oxm%02dnd1" % (c.ri(10 ** 8, 10 ** 9), c.ri(10 ** 5, 10 ** 6), int(c.when.timestamp() * 1000), c.ri(1, 30))
    return mk(c, frm=(who, a), subj="Vacances en Bretagne cet été ?",
              prof=("webmail", dict(host="smtp-%d.smtpout.orange.fr" % c.ri(10, 30), mid=mid, sel="t20230301", tz=60, bnd="javamail",
                                    mailer="Open-Xchange Mailer v7.10.6-Rev%d" % c.ri(40, 70),
                                    extra_post=[("X-Originating-Client", "open-xchange-appsuite"), ("Importance", "Normal")])),
              text=text, html='<!doctype html>\n<html>\n <head>\n  <meta charset="UTF-8">\n </head>\n <body>\n%s </body>\n</html>\n' % "".join(
                  "  <div class=\"default-style\">\n   %s\n  </div>\n" % (_html.escape(x) or "<br>") for x in text.rstrip("\n").split("\n")),
              cs="windows-1252", tcte="quoted-printable", hcte="quoted-printable", hdr_cs="iso-8859-1", hdr_enc="Q")


@H("personal")
def _(c):
    c.lang("nl")
    who, a = "Sanne de Vries", "sanne.devries%d@outlook.com" % c.ri(80, 99)
    text = dd(f"""
    Hoi {c.first},

    Oma wordt op {c.d(20, 'nl')} 85! We willen haar verrassen met een lunch bij De Wester in Haarlem, om 12:30.

    Kun jij de taart regelen bij bakkerij Van der Meer? Ik heb 20 personen doorgegeven aan het restaurant. We delen de kosten straks via een Tikkie.

    Niks tegen oma zeggen hè 🤫

    Liefs,
    Sanne
    """)
    html = '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n<body dir="ltr">\n%s</body>\n</html>\n' % "".join(
        '<div style="font-family: Aptos, Calibri, Helvetica, sans-serif; font-size: 12pt; color: rgb(0, 0, 0);">%s</div>\n' % (_html.escape(x) or "<br>")
        for x in text.rstrip("\n").split("\n"))
    return mk(c, frm=(who, a), subj="Verrassing voor oma 🎂", prof=("m365", dict(region="eurprd", consumer=True, lang="nl-NL")),
              text=text, html=html, order=ORDERS["outlook"], hdr_enc="B", tcte="base64", hcte="base64")


@H("personal")
def _(c):
    c.lang("it")
    who, a = "Rosa Conti", "rosa.conti%d@libero.it" % c.ri(40, 69)
    text = dd(f"""
    Cara {c.first},

    eccoti la ricetta del ragù della nonna, come promesso.

    Ingredienti (per 6 persone):
    - 500 g di macinato misto (manzo e maiale)
    - 1 carota, 1 costa di sedano, 1 cipolla
    - 1 bicchiere di vino rosso
    - 700 g di passata di pomodoro
    - un po' di latte intero, sale, olio

    Fai il soffritto piano piano, poi la carne finché non è ben rosolata. Sfuma col vino, aggiungi la passata e lascia cuocere almeno tre ore a fuoco bassissimo. Verso la fine un goccio di latte: è il segreto della nonna!

    Fammi sapere com'è venuto.

    Un abbraccio,
    zia Rosa
    """)
    mid = "%s.%s@libero.it" % (c.hx(32), c.ri(10 ** 5, 10 ** 6))
    return mk(c, frm=(who, a), subj="La ricetta del ragù della nonna",
              prof=("webmail", dict(host="libero-smtp-out%d.libero.it" % c.ri(1, 9), mid=mid, sel="s2021", tz=60, bnd="javamail",
                                    mailer="Libero Mail", extra_post=[("X-Priority", "3")])),
              text=text, shape="text", cs="iso-8859-1", tcte="8bit", hdr_cs="iso-8859-1", hdr_enc="Q")


@H("work")
def _(c):
    who, a = "Grace Holloway, CPA", "grace@harborline-cpa.example"
    ty = c.year - 1 if c.when.month < 10 else c.year
    text = dd(f"""
    Hi {c.first},

    Your {ty} federal and state returns are ready for your review. Summary:

    Federal: refund of {usd(c.money('fr', 400, 3200))}
    State: balance due of {usd(c.money('sb', 40, 600))}

    Please review the attached draft and e-sign the Form 8879 through our client portal (you'll get a separate email from the portal). We can't file until we have both signatures.

    A couple of items I'd like to confirm before filing:
    1. The 1099-INT from your savings account (I used the amount from the statement you uploaded).
    2. Whether you made any estimated payments in Q4. I have none on record.

    Happy to hop on a call if you have questions.

    Best,
    Grace

    Grace Holloway, CPA
    Harborline Tax & Advisory
    """)
    html = wrap_html("outlook", "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_html.escape(x) or "&nbsp;") for x in text.rstrip("\n").split("\n")), title="utf-8")
    return mk(c, frm=(who, a), subj="Your %d tax returns are ready for review" % ty, prof=("m365", dict(region="namprd", mailer="Microsoft Outlook 16.0")),
              text=text, html=html, order=ORDERS["outlook"],
              atts=[att_leaf("application/pdf", "%s_%d_DRAFT_Returns.pdf" % (c.last, ty), pdf(["DRAFT - NOT FOR FILING", "%s %d Form 1040" % (c.name, ty)], "Draft"), size=True)])


@H("personal")
def _(c):
    who, a = "Ray Castellano", "raycastellano.properties@gmail.com"
    orig = """
    Hi Ray, we'd like to renew for another year. Can you let me know the new rent and when you need the signed lease back?
    """
    new = f"""
    Hi {c.first},

    Great to hear, you've been excellent tenants. For the new 12-month term starting {c.d(45, 'dm')}, rent would go from $2,150 to $2,225/month, mostly to cover the property tax increase. Everything else in the lease stays the same.

    I'll send the renewal through DocuSign this week. If you can sign by the end of the month that would be great.

    Also, the HVAC service guy will be by on the 12th between 9-12, he just needs access to the closet.

    Thanks,
    Ray
    """
    text, html = gmail_reply(new, gmail_attr(c, 3, c.name, c.addr), orig)
    return mk(c, frm=(who, a), subj="Re: Lease renewal", prof=("google", dict(d="gmail.com")), text=text, html=html, order=ORDERS["gmail"],
              irt="<%s@alderbrook.example>" % c.uuid())


@H("personal")
def _(c):
    who, a = "Coach Dave Brennan", "dbrennan.u12@gmail.com"
    text = dd(f"""
    Hi U12 families,

    Quick update on the {c.ch(['Harvest Cup', 'Columbus Day Shootout', 'Fall Classic'])} tournament in {c.ch(['Frederick', 'Lancaster', 'Richmond'])}:

    - First game Saturday at 8:00 AM, field 6. Please have the kids there by 7:15 for warmups.
    - Team rate at the Hampton Inn is $139/night, code SOC12, book by Friday.
    - Tournament fee is $45/player. You can Venmo me (@Dave-Brennan-12) or bring cash Tuesday.
    - Carpool sheet is here: https://docs.google.com/spreadsheets/d/{c.b64(30, True)}/edit

    Bring both jerseys (white AND blue), shin guards, lots of water and snacks.

    Thanks!
    Coach Dave
    """)
    return mk(c, frm=(who, a), subj="Tournament this weekend - times, hotel, fees", prof=("google", dict(d="gmail.com")), text=text,
              html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"], to="%s <%s>" % (c.name, c.addr))


@H("work")
def _(c):
    who, a = "Kevin Tran", "ktran@summitridge-mortgage.example"
    text = dd(f"""
    Hi {c.first},

    Good news: I was able to lock your rate today at 6.125% for a 30-year fixed, 45-day lock, expiring {c.d(45, 'us')}. Points: 0.25.

    Your updated Loan Estimate is attached. Please review and let me know by tomorrow if you want to proceed so we can order the appraisal.

    Still outstanding from you:
    - Most recent 2 months of bank statements (all pages)
    - Signed gift letter from your parents
    - Homeowners insurance quote

    You can upload everything to the portal. Don't send bank statements by regular email.

    Thanks,
    Kevin Tran
    Loan Officer, NMLS #{c.ri(100000, 2000000)}
    Summit Ridge Mortgage
    """)
    html = wrap_html("outlook", "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_html.escape(x) or "&nbsp;") for x in text.rstrip("\n").split("\n")), title="utf-8")
    return mk(c, frm=(who, a), subj="Rate locked - updated Loan Estimate attached", prof=("m365", dict(region="namprd", mailer="Microsoft Outlook 16.0")),
              text=text, html=html, order=ORDERS["outlook"],
              atts=[att_leaf("application/pdf", "Loan_Estimate_%s.pdf" % c.last, pdf(["LOAN ESTIMATE", c.name, "Rate 6.125% 30-year fixed"], "Loan Estimate"), size=True)])


@H("personal")
def _(c):
    who, a = "Omar Siddiqui", "omar.siddiqui.m@gmail.com"
    orig = "Ok I booked the cabin for the 3 nights, total was $1,146 with fees. I'll send everyone the link."
    new = f"""
    Sweet, thanks for booking! That's $286.50 each with 4 of us. Just sent mine on Venmo.

    {c.first} can you grab firewood on the way? I'll bring the cooler and the board games.
    """
    text, html = gmail_reply(new, gmail_attr(c, 0, "Leah Park", "leahpark.design@gmail.com"), orig)
    return mk(c, frm=(who, a), subj="Re: cabin weekend $$", prof=("google", dict(d="gmail.com")), text=text, html=html, order=ORDERS["gmail"],
              to="Leah Park <leahpark.design@gmail.com>, %s" % addr(c.name, c.addr), cc="Ben Alvarez <ben.alvarez.88@gmail.com>",
              irt="<CA%s@mail.gmail.com>" % c.an(48, ALNUMU))


@H("work")
def _(c):
    c.set_rcpt(("Sam Ortega", "sam@kestrel-labs.test"))
    who, a = "Priya Raman", "priya@alderbrook.example"
    start = c.t(4).replace(hour=17, minute=0, second=0, microsecond=0)
    uid = "040000008200E00074C5B7101A82E008%s" % c.hx(40, True)
    cal = "\r\n".join([
        "BEGIN:VCALENDAR", "METHOD:REQUEST", "PRODID:Microsoft Exchange Server 2010", "VERSION:2.0",
        "BEGIN:VEVENT", "ORGANIZER;CN=Priya Raman:mailto:priya@alderbrook.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=Sam Ortega:mailto:sam@kestrel-labs.test",
        "DESCRIPTION;LANGUAGE=en-US:Walk through the security questionnaire before we send it to Northwind.\\n",
        "UID:%s" % uid, "SUMMARY;LANGUAGE=en-US:Security questionnaire review",
        "DTSTART:%s" % start.strftime("%Y%m%dT%H%M%SZ"), "DTEND:%s" % (start + _dt.timedelta(minutes=30)).strftime("%Y%m%dT%H%M%SZ"),
        "CLASS:PUBLIC", "PRIORITY:5", "DTSTAMP:%s" % c.when.strftime("%Y%m%dT%H%M%SZ"), "TRANSP:OPAQUE", "STATUS:CONFIRMED", "SEQUENCE:0",
        "LOCATION;LANGUAGE=en-US:Microsoft Teams Meeting", "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    text = dd("""
    Walk through the security questionnaire before we send it to Northwind.

    ________________________________________________________________________________
    Microsoft Teams meeting
    Join on your computer, mobile app or room device
    Meeting ID: 291 884 310 552
    Passcode: x7Qk2P
    ________________________________________________________________________________
    """)
    html = wrap_html("outlook", "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (_html.escape(x) or "&nbsp;") for x in text.rstrip("\n").split("\n")), title="utf-8")
    node = Multi("alternative", [text_leaf(text, "plain", "utf-8", "quoted-printable"), text_leaf(html, "html", "utf-8", "quoted-printable"),
                                 Leaf([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST'), ("Content-Transfer-Encoding", "base64")], enc_text(cal, "utf-8", "base64"))],
                 bnd(c, "outlook"))
    return mk(c, frm=(who, a), subj="Security questionnaire review", prof=("m365", dict(region="namprd", thread=True)), node=node, order=ORDERS["outlook"],
              extra=[("X-MS-Exchange-Calendar-Series-Instance-Id", c.b64(40)), ("X-MS-TNEF-Correlator", "")])


@H("work")
def _(c):
    who, a = "Daniel Forsyth", "daniel.forsyth@brightlane-logistics.example"
    text = dd(f"""
    Thank you for your email. I am out of the office until {c.d(6, 'usw')} with limited access to email.

    For urgent shipping matters please contact operations@brightlane-logistics.example or call our dispatch line.

    For billing questions please contact ar@brightlane-logistics.example.

    Regards,
    Daniel
    """)
    return mk(c, frm=(who, a), subj="Automatic reply: Updated delivery schedule", prof=("m365", dict(region="namprd", thread=True)),
              text=text, shape="text", order=ORDERS["outlook"], irt="<%s@alderbrook.example>" % c.uuid(),
              extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), ("X-MS-Exchange-Inbox-Rules-Loop", a)])


@H("work")
def _(c):
    c.lang("en", "accounts")
    who, a = "Tessa Morgan", "tessa@evergreen-janitorial.example"
    n = c.ri(1000, 1999)
    amt = c.money("a", 900, 3600)
    text = dd(f"""
    Hello,

    Please find attached our invoice #{n} for {MONTHS['en'][c.when.month - 1]} cleaning services ({usd(amt)}, net 30) and an updated W-9, as requested by your AP team last week.

    Our remittance details have NOT changed. Please continue to pay by ACH to the account on file. If anyone ever emails you asking to change our bank details, please call me to confirm first.

    Thank you for your business!

    Tessa Morgan
    Office Manager, Evergreen Janitorial Services
    """)
    return mk(c, frm=(who, a), subj="Invoice #%d and updated W-9" % n, prof=("google", dict(d="evergreen-janitorial.example", sel="google", ws=True)),
              text=text, html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"],
              atts=[att_leaf("application/pdf", "Invoice_%d.pdf" % n, pdf(["Evergreen Janitorial Services", "Invoice #%d" % n, "Amount %s" % usd(amt)], "Invoice")),
                    att_leaf("application/pdf", "W-9_Evergreen_Janitorial.pdf", pdf(["Form W-9 (Rev. March 2024)", "Evergreen Janitorial Services LLC"], "W-9"))])


@H("personal")
def _(c):
    c.set_rcpt(("Priya Raman", "priya@alderbrook.example"))
    who, a = "Meera Raman", "meera.raman@outlook.com"
    chain = dd(f"""
    From: Anil Raman <anil.raman@outlook.com>
    Sent: {c.d(-1, 'usw')} 8:02 PM
    To: Meera Raman <meera.raman@outlook.com>
    Subject: FW: article on parents and Medicare Advantage

    Worth reading before we talk to Amma and Appa about switching plans. The part about prior authorization is what worries me.

    From: Suresh K. <sureshk61@outlook.com>
    Sent: {c.d(-2, 'usw')} 10:15 AM
    To: Anil Raman <anil.raman@outlook.com>
    Subject: article on parents and Medicare Advantage

    Anil - this is the one I mentioned. Long but good: https://www.kff.org/medicare/medicare-advantage-in-{c.year}-enrollment-update-and-key-trends/
    """)
    new = dd("""
    Priya – forwarding Anil’s note. Open enrollment closes Dec 7 so we need to decide soon. Can you call me Sunday? I’d like all three of us on the phone with Amma and Appa.

    –Meera
    """)
    text = new + "\n" + chain
    html = ol_html(new, "From: Anil Raman <anil.raman@outlook.com>\nSent: %s 8:02 PM\nTo: Meera Raman <meera.raman@outlook.com>\nSubject: FW: article on parents and Medicare Advantage" % c.d(-1, "usw"),
                   "\n".join(chain.split("\n")[5:]), cs="windows-1252")
    return mk(c, frm=(who, a), subj="FW: article on parents and Medicare Advantage",
              prof=("m365", dict(region="namprd", consumer=True, mailer="Microsoft Outlook 16.0")), text=text, html=html, order=ORDERS["outlook"],
              cs="windows-1252", tcte="quoted-printable", hcte="quoted-printable", thread_topic="article on parents and Medicare Advantage")


@H("work")
def _(c):
    c.set_rcpt(("Tom Okafor", "tokafor@alderbrook.example"))
    who, a = "Henrik Lund", "henrik@lundnet.example"
    orig = """
    Henrik, I tried the patch on our staging box and the retry loop still spins when the upstream returns 429 with no Retry-After header. Log attached in the issue.
    """
    text = dd(f"""
    On {c.d(-1, 'usn')} {c.tm(-20, 0, '24')}, Tom Okafor wrote:
    """) + q(orig) + "\n\n" + dd(f"""
    Ah, good catch. We only honour Retry-After when it's present and otherwise fall straight through to the zero-delay path. I've pushed a v2 of the patch that uses the exponential backoff (base 500ms, capped at 30s, with jitter) whenever the header is missing.

    Could you re-run your staging test against v2? If it looks good I'll squash and send it to the list for review.

    Also: I'm going to be at the meetup in {c.ch(['Copenhagen', 'Berlin', 'Ghent'])} next month if you're around.

    Cheers,
    Henrik
    """)
    mid = "<%s@lundnet.example>" % c.uuid()
    return mk(c, frm=(who, a), subj="Re: [PATCH] backoff when Retry-After is missing",
              prof=("vps", dict(rdns="mail.lundnet.example", helo="mail.lundnet.example", bnd="thunder", mid=mid, tz=60, sel="2024")),
              text=wraptext(text, 72), shape="text", ua="Mozilla Thunderbird", order=ORDERS["thunder"], tcte="7bit", tp_params="; format=flowed",
              irt="<%s@alderbrook.example>" % c.uuid(), extra=[("Content-Language", "en-US")])


@H("personal")
def _(c):
    who, a = c.ch([("Maya Whitfield", "maya.whitfield@icloud.com"), ("Eli Mora", "elimora.06@icloud.com")])
    text = dd("""
    Yes I can pick him up from the dentist at 3:30, no problem. Do I need to bring the insurance card or did you already give it to them?

    Sent from my iPhone

    > On %s, at %s, %s <%s> wrote:
    >
    > Any chance you can grab Leo from Dr. Park's at 3:30 tomorrow? I have a call I can't move.
    """ % (c.d(0, "uss"), c.tm(-2, 0), c.name, c.addr))
    html = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
            '<div dir="ltr">Yes I can pick him up from the dentist at 3:30, no problem. Do I need to bring the insurance card or did you already give it to them?</div>'
            '<div dir="ltr"><br><div dir="ltr">Sent from my iPhone</div><div dir="ltr"><br><blockquote type="cite">On %s, at %s, %s &lt;%s&gt; wrote:<br><br></blockquote></div>'
            '<blockquote type="cite"><div dir="ltr">Any chance you can grab Leo from Dr. Park\'s at 3:30 tomorrow? I have a call I can\'t move.</div></blockquote></div></body></html>\n'
            % (c.d(0, "uss"), c.tm(-2, 0), c.name, c.addr))
    return mk(c, frm=(who, a), subj="Re: dentist pickup", prof=("icloud", dict(mailer="iPhone Mail (22F%d)" % c.ri(60, 80))), text=text, html=html,
              order=ORDERS["apple"], irt="<%s@alderbrook.example>" % c.uuid(True), tcte="7bit", hcte="quoted-printable")


# =====================================================================================
# HAM -- mailing lists, forums, GitHub
# =====================================================================================
def mm_footer(lst, host, title, member=None):
    lname, ldom = lst.split("@")
    s = "_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\nhttps://%s/mailman3/lists/%s.%s/\n" % (
        title, lst, lname, ldom, host, lname, ldom)
    if member:
        s += "Member address: %s\n" % member
    return s


@H("list-mailman")
def _(c):
    who, a = "Evan Kowalski", "evan.kowalski.dev@gmail.com"
    lst, host = "python-list@python.org", "mail.python.org"
    text = dd("""
    I'm porting some code from asyncio.gather to TaskGroup (3.12) and I'm confused about cancellation. If one task raises, the others get cancelled, which is what I want -- but one of my tasks holds a database connection and I need it to run its cleanup even when cancelled.

    Is wrapping the cleanup in try/finally enough, or do I need asyncio.shield? I tried shield() but then the TaskGroup doesn't seem to wait for the shielded coroutine before raising the ExceptionGroup.

    Minimal example:

        async def worker(conn):
            try:
                await conn.fetch_forever()
            finally:
                await conn.close()   # sometimes never completes

        async with asyncio.TaskGroup() as tg:
            tg.create_task(worker(conn))
            tg.create_task(other())

    Thanks,
    Evan
    """) + mm_footer(lst, host, "Python-list")
    return mk(c, frm=(who, a), subj="TaskGroup cancellation and cleanup in finally", to="python-list@python.org",
              prof=("mailman", dict(lst=lst, host=host, sign="python.org")), text=text, shape="text", tcte="7bit", msgid="<CA%s@mail.gmail.com>" % c.an(48, ALNUMU))


@H("list-mailman")
def _(c):
    who, a = "Lukáš Vaněk", "lukas@vanek.example"
    lst, host = "devel@lists.fedoraproject.org", "lists.fedoraproject.org"
    prev = "<%s@vanek.example>" % c.uuid()
    text = dd("""
    On %s, Martina Šimková wrote:
    > Has anyone else seen the dnf5 "transaction check" failure on rawhide this
    > week? It only happens when both the -devel and -static subpackages are
    > pulled in.

    Yes, I hit it yesterday on aarch64. It looks like the -static package has an
    explicit Requires on an exact NEVR of -devel, and the new build of -devel
    bumped the release but -static wasn't rebuilt. I filed a bug and pinged the
    maintainer; a rebuild should fix it.

    Workaround until then: install -devel first, then -static with
    --setopt=strict=0 (not great, but unblocks CI).

    -- 
    Lukáš
    """ % c.d(-1, "uk")) + mm_footer(lst, host, "devel", c.addr) + "Do not reply to spam, report it: https://pagure.io/fedora-infrastructure/new_issue\n"
    return mk(c, frm=(who, a), subj="Re: rawhide: dnf5 transaction check failure with -static subpackages", to="Development discussions related to Fedora <%s>" % lst,
              prof=("mailman", dict(lst=lst, host=host, orig_host="mail.vanek.example")), text=text, shape="text", cs="utf-8", tcte="8bit",
              irt=prev, refs=prev, msgid="<%s@vanek.example>" % c.uuid(), ua="Mozilla Thunderbird", hdr_enc="Q")


@H("list-mailman")
def _(c):
    who, a = "Gwen Tallis", "gwen.tallis@fastmail.com"
    lst, host = "riders@lists.riverbend-cycling.example", "lists.riverbend-cycling.example"
    text = dd(f"""
    Hi all,

    Sunday's no-drop ride is ON. Meet at the Mill Street trailhead at 8:30, rolling at 8:45 sharp.

    Route: the 28-mile river loop with the optional climb up Quarry Hill (regroup at the top). Expect ~13-14 mph average on the flats.

    Lights are a good idea, it's still dark-ish early. Coffee after at Crumb & Co.

    Gwen (ride leader)
    """) + mm_footer(lst, host, "Riders")
    return mk(c, frm=(who, a), subj="[Riverbend Riders] Sunday no-drop ride - ON", to=lst,
              prof=("mailman", dict(lst=lst, host=host, orig_host="fout-a%d-smtp.messagingengine.com" % c.ri(1, 8))), text=text, shape="text", tcte="quoted-printable",
              msgid="<%s@app.fastmail.com>" % c.uuid(), ua="Cyrus-JMAP/3.13.0-alpha0")


@H("list-mailman")
def _(c):
    lst, host = "gardeners@lists.alderbrook-gardens.example", "lists.alderbrook-gardens.example"
    vol, iss = c.ri(10, 19), c.ri(1, 30)
    text = dd(f"""
    Send Gardeners mailing list submissions to
    	gardeners@lists.alderbrook-gardens.example

    To subscribe or unsubscribe via email, send a message with subject or
    body 'help' to
    	gardeners-request@lists.alderbrook-gardens.example

    You can reach the person managing the list at
    	gardeners-owner@lists.alderbrook-gardens.example

    When replying, please edit your Subject line so it is more specific
    than "Re: Contents of Gardeners digest..."

    Today's Topics:

       1. Garlic planting date? (Hal Dunmore)
       2. Re: Garlic planting date? (Irene Castillo)
       3. Free: 6 tomato cages (Bo Lindqvist)

    ----------------------------------------------------------------------

    Message: 1
    Date: {c.d(-1, 'ussd')}
    From: Hal Dunmore <hal.dunmore@gmail.com>
    Subject: [Gardeners] Garlic planting date?

    When is everyone putting garlic in this year? Soil is still warm.

    ------------------------------

    Message: 2
    Date: {c.d(-1, 'ussd')}
    From: Irene Castillo <irene.c@fastmail.com>
    Subject: [Gardeners] Re: Garlic planting date?

    I wait until after the first frost, usually late October here. Mulch
    heavily with straw once the ground starts to freeze.

    ------------------------------

    Message: 3
    Date: {c.d(0, 'ussd')}
    From: Bo Lindqvist <bo@lindqvist.example>
    Subject: [Gardeners] Free: 6 tomato cages

    Six sturdy cages on my curb on Alder Lane, help yourself.

    ------------------------------

    Subject: Digest Footer

    """) + mm_footer(lst, host, "Gardeners") + "\n------------------------------\n\nEnd of Gardeners Digest, Vol %d, Issue %d\n**************************************\n" % (vol, iss)
    c.lang("en")
    return mk(c, frm=("", "gardeners-request@lists.alderbrook-gardens.example"), subj="Gardeners Digest, Vol %d, Issue %d" % (vol, iss),
              to="gardeners@lists.alderbrook-gardens.example", reply_to="gardeners@lists.alderbrook-gardens.example",
              prof=("mailman", dict(lst=lst, host=host, orig_host=host)), text=text, shape="text", tcte="7bit",
              msgid="<%s.%d.%d@%s>" % (c.hx(20), c.ri(10 ** 9, 10 ** 10), c.ri(1, 99), host))


@H("list-mailman")
def _(c):
    who, a = "Joanna Reyes", "joreyes1990@yahoo.com"
    lst, host = "tinyhttpd-users@lists.tinyhttpd.example", "lists.tinyhttpd.example"
    text = dd("""
    Hello list,

    After upgrading to 2.8.1 our reverse proxy returns 502 for any request with a body larger than 64 KiB. Config is unchanged from 2.7.x:

        proxy_pass   http://127.0.0.1:9000;
        client_max_body_size 10m;

    Error log shows "upstream prematurely closed connection while reading request body". Is there a new buffer setting I'm missing? Nothing in the changelog jumped out.

    Thanks in advance,
    Joanna
    """).replace("127.0.0.1", "app-backend") + mm_footer(lst, host, "tinyhttpd-users")
    return mk(c, frm=("Joanna Reyes via tinyhttpd-users", lst), reply_to="Joanna Reyes <%s>" % a, to=lst,
              subj="[tinyhttpd-users] 502 on request bodies > 64 KiB after 2.8.1 upgrade",
              prof=("mailman", dict(lst=lst, host=host, orig_host="sonic%d-%d.consmr.mail.ne1.yahoo.com" % (c.ri(300, 330), c.ri(10, 40)))),
              text=text, shape="text", tcte="7bit", msgid="<%d.%d.%d@mail.yahoo.com>" % (c.ri(10 ** 8, 10 ** 9), c.ri(10 ** 6, 10 ** 7), int(c.when.timestamp() * 1000)),
              extra=[("X-Mailman-Original-From", "Joanna Reyes <%s>" % a)])


@H("list-mailman")
def _(c):
    c.lang("de")
    who, a = "Nils Hartmann", "nils@hartmann-it.example"
    lst, host = "stammtisch@lists.hackspace-kassel.example", "lists.hackspace-kassel.example"
    text = dd(f"""
    Moin zusammen,

    der Dezember-Stammtisch findet am {c.d(12, 'dew')} ab 19 Uhr im Space statt. Wir machen Glühwein und es gibt einen kurzen Vortrag von Jana über ihr LoRaWAN-Wetterstationsprojekt.

    Wer Lust hat, bringt Kekse mit. Bitte tragt euch im Pad ein, damit wir wissen, wie viele Tassen wir brauchen.

    Viele Grüße
    Nils
    """) + mm_footer(lst, host, "Stammtisch")
    return mk(c, frm=(who, a), subj="[Stammtisch] Termin im Dezember + Glühwein", to=lst,
              prof=("mailman", dict(lst=lst, host=host, orig_host="mail.hartmann-it.example")), text=text, shape="text", cs="utf-8", tcte="quoted-printable",
              msgid="<%s@hartmann-it.example>" % c.uuid(), ua="Mozilla Thunderbird", hdr_enc="Q", tp_params="; format=flowed")


def gg_footer(group, gdom="googlegroups.com"):
    base = "https://groups.google.com/%sd/" % ("a/%s/" % gdom if gdom != "googlegroups.com" else "")
    return ("\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
            "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@%s.\n"
            "To view this discussion visit %smsgid/%s/%s.\n" % (group, group, gdom, base, group, "CA%s" % hashlib.md5(group.encode()).hexdigest()))


@H("list-googlegroups")
def _(c):
    group = "pdx-bike-commuters"
    who, a = "Tariq Bell", "tariq.bell.pdx@gmail.com"
    text = dd("""
    Heads up for anyone on the Eastbank Esplanade tomorrow morning: the floating section is closed 6am-2pm for inspection. Detour via the Hawthorne bridge sidewalk is signed but narrow, go slow around the bus stop.

    Also, the new protected lane on 7th is finally open between Division and Clinton. Smooth pavement, bollards the whole way.

    Tariq
    """)
    text += gg_footer(group)
    return mk(c, frm=(who, a), subj="Esplanade closure tomorrow + 7th Ave lane open", to="%s@googlegroups.com" % group,
              prof=("ggroup", dict(group=group, orig_dom="gmail.com")), text=text, html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"],
              extra=[("Reply-To", "%s@googlegroups.com" % group)])


@H("list-googlegroups")
def _(c):
    c.set_rcpt(("Sam Ortega", "sam@kestrel-labs.test"))
    who, a = "Rui Carvalho", "rui@kestrel-labs.test"
    text = dd(f"""
    Hi eng,

    Reminder: deploy freeze starts {c.d(3, 'usw')} at 17:00 UTC and lasts through the customer migration window (ends {c.d(5, 'usw')} 09:00 UTC).

    - No production deploys without an incident commander's OK
    - Staging is still open, please keep using it
    - On-call rota for the window is pinned in #eng-oncall

    Thanks for bearing with us,
    Rui
    """)
    text += gg_footer("eng", "kestrel-labs.test")
    return mk(c, frm=(who, a), subj="Deploy freeze during migration window", to="eng@kestrel-labs.test",
              prof=("ggroup", dict(group="eng", orig_dom="kestrel-labs.test", gdom="kestrel-labs.test")), text=text,
              html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"])


@H("list-googlegroups")
def _(c):
    group = "lincoln-ptsa-volunteers"
    who, a = "Kim Nakamura", "kim.nakamura.ptsa@gmail.com"
    text = dd(f"""
    Hello volunteers!

    We still need 6 more helpers for the Fall Book Fair ({c.d(10, 'dm')}-{c.d(12, 'dm')}). Shifts are 90 minutes, mostly helping kids find books and running the register.

    Sign up here: https://www.signupgenius.com/go/{c.hx(16)}-fall

    Background check must be current. If yours expired, renew through the district portal first.

    Thank you!!
    Kim, PTSA volunteer coordinator
    """)
    text += gg_footer(group)
    return mk(c, frm=(who, a), subj="Book Fair volunteers needed - 6 shifts open", to="%s@googlegroups.com" % group,
              prof=("ggroup", dict(group=group, orig_dom="gmail.com")), text=text, html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"])


@H("list-googlegroups")
def _(c):
    c.lang("es")
    group = "vecinos-barrio-norte"
    who, a = "Marta Ibáñez", "marta.ibanez.bn@gmail.com"
    text = dd(f"""
    Buenas tardes, vecinos:

    Os recuerdo que la reunión de la asociación es el jueves a las 19:30 en el centro cívico. Temas:

    1. Obras de la calle Olmo (el ayuntamiento ha confirmado que empiezan en {MONTHS['es'][c.t(30).month - 1]})
    2. Fiesta del barrio: presupuesto y voluntarios
    3. Cuotas: seguimos en 15 € al año

    Si no podéis venir, podéis delegar el voto en otro socio.

    Un saludo,
    Marta (secretaria)
    """)
    text += gg_footer(group)
    return mk(c, frm=(who, a), subj="Reunión de la asociación el jueves", to="%s@googlegroups.com" % group,
              prof=("ggroup", dict(group=group, orig_dom="gmail.com")), text=text, html='<div dir="ltr">%s</div>\n' % gm_html(text), order=ORDERS["gmail"],
              hdr_enc="Q", cs="UTF-8", tcte="quoted-printable")


@H("list-googlegroups")
def _(c):
    c.lang("pt")
    group = "corrida-lisboa-parque"
    who, a = "Tiago Ferreira", "tiago.ferreira.run@gmail.com"
    orig = "Alguém vai ao treino de séries na terça? Posso levar o cronómetro."
    new = """
    Eu vou! Terça às 7h no Parque Eduardo VII, junto ao lago. Plano: aquecimento 15 min, 6 x 800 m com 2 min de recuperação, e volta à calma.

    Quem quiser boleia a partir de Benfica, avisem.
    """
    text, html = gmail_reply(new, gmail_attr(c, 0, "Inês Rocha", "ines.rocha.corre@gmail.com"), orig)
    text += gg_footer(group)
    return mk(c, frm=(who, a), subj="Re: Treino de séries terça", to="%s@googlegroups.com" % group,
              prof=("ggroup", dict(group=group, orig_dom="gmail.com")), text=text, html=html, order=ORDERS["gmail"],
              irt="<CA%s@mail.gmail.com>" % c.an(48, ALNUMU), hdr_enc="B", tcte="base64", hcte="base64")


@H("list-groupsio")
def _(c):
    grp = "kestrelvalley-radio"
    who, a = "Walt Simmons", "w1wls.walt@gmail.com"
    text = dd(f"""
    Good evening all,

    The Thursday night net will be on the {c.ch(['147.255', '146.940', '145.470'])} repeater at 7:30 PM local, PL 100.0. Net control this week is KC1XYZ; Ann N1ANN is backup.

    Please check in with call, name and location. Traffic first, then informal round table.

    Reminder that the club VE session is {c.d(9, 'usw')} at the library, walk-ins welcome.

    73,
    Walt W1WLS
    """)
    text += "\n_._,_._,_\n" + dd(f"""
    Groups.io Links:

    You receive all messages sent to this group.

    View/Reply Online (#{c.ri(1000, 9999)}): https://{grp}.groups.io/g/main/message/{c.ri(1000, 9999)}
    Reply To Group: mailto:main@{grp}.groups.io
    Mute This Topic: https://groups.io/mt/{c.ri(10 ** 8, 10 ** 9)}/{c.ri(10 ** 6, 10 ** 7)}
    Group Owner: main+owner@{grp}.groups.io
    Unsubscribe: https://{grp}.groups.io/g/main/leave/{c.ri(10 ** 6, 10 ** 7)}/{c.ri(10 ** 6, 10 ** 7)}/xyzzy
    """) + "_._,_._,_\n"
    return mk(c, frm=(who, a), subj="[kestrelvalley-radio] Thursday net - 7:30 PM", to="main@%s.groups.io" % grp,
              prof=("groupsio", dict(grp=grp)), text=text, shape="text", tcte="quoted-printable")


@H("list-groupsio")
def _(c):
    grp = "sourdough-bakers"
    n = c.ri(1000, 4000)
    text = dd(f"""
    [sourdough-bakers] Digest #{n}

    1. Re: Dense crumb at the bottom of the loaf #troubleshooting
    2. Rye starter smells like nail polish remover?
    3. Re: Best Dutch oven under $80

    ____________________________________________________________

    1. Re: Dense crumb at the bottom of the loaf #troubleshooting
    From: Carol Vance
    Date: {c.d(-1, 'ussd')}

    That gummy layer is usually underproofing, or slicing while it's still hot. Try extending bulk by 45 minutes and wait a full 2 hours before cutting.

    ____________________________________________________________

    2. Rye starter smells like nail polish remover?
    From: Deepak S.
    Date: {c.d(0, 'ussd')}

    That's acetone, it means it's hungry. Feed it more often or at a higher ratio (1:5:5) for a few days.

    ____________________________________________________________

    3. Re: Best Dutch oven under $80
    From: Lou M.
    Date: {c.d(0, 'ussd')}

    The Lodge double combo cooker. Flip it so the shallow side is the base, makes scoring so much easier.

    ____________________________________________________________
    ____________________________________________________________
    Groups.io Links:

    You receive all messages sent to this group.

    View/Reply Online: https://{grp}.groups.io/g/main/topics
    Change Your Subscription: https://{grp}.groups.io/g/main/editsub/{c.ri(10 ** 6, 10 ** 7)}
    Unsubscribe: https://{grp}.groups.io/g/main/leave/{c.ri(10 ** 6, 10 ** 7)}/{c.ri(10 ** 6, 10 ** 7)}/xyzzy
    """)
    return mk(c, frm=("Group Notification", "noreply@groups.io"), subj="[sourdough-bakers] Digest #%d" % n, to="main@%s.groups.io" % grp,
              prof=("groupsio", dict(grp=grp)), text=text, shape="text", tcte="7bit", msgid="<digest.%d.%d@groups.io>" % (c.ri(10 ** 6, 10 ** 7), n))


@H("list-groupsio")
def _(c):
    grp = "vintage-synths"
    who, a = "Frank Delacroix", "frank.delacroix@icloud.com"
    text = dd(f"""
    FS: Roland Juno-106, recently serviced (all 6 voice chips replaced with new clones, new battery, cleaned sliders). Cosmetically 8/10, small scuff on the left end cheek.

    $1,650 local pickup in the Hudson Valley, or +$90 shipped in the original box (lower 48 only). Payment via PayPal Goods & Services or cash in person.

    Photos and demo clip: https://www.flickr.com/photos/{c.ri(10 ** 8, 10 ** 9)}@N0{c.ri(1, 8)}/albums/{c.ri(10 ** 16, 10 ** 17)}

    Frank
    """)
    text += "\n_._,_._,_\nGroups.io Links:\nView/Reply Online (#%d): https://%s.groups.io/g/main/message/%d\nUnsubscribe: https://%s.groups.io/g/main/leave/%d/xyzzy\n_._,_._,_\n" % (
        c.ri(100, 999), grp, c.ri(10000, 99999), grp, c.ri(10 ** 6, 10 ** 7))
    return mk(c, frm=("Frank Delacroix via groups.io", "frank.delacroix=icloud.com@groups.io"), reply_to="main@%s.groups.io" % grp,
              subj="[vintage-synths] FS: Roland Juno-106, serviced", to="main@%s.groups.io" % grp,
              prof=("groupsio", dict(grp=grp)), text=text, shape="text", tcte="quoted-printable", extra=[("X-Original-From", "%s <%s>" % (who, a))])


@H("list-groupsio")
def _(c):
    c.lang("nl")
    grp = "vogelwerkgroep-eemland"
    who, a = "Joost van Dijk", "joost.vandijk@ziggo.nl"
    text = dd(f"""
    Hallo allemaal,

    Vanochtend bij de Eempolder een groep van ongeveer 40 kleine zwanen, tussen de Zeldertse Wetering en het gemaal. Ook twee slechtvalken op de hoogspanningsmast.

    Wie zaterdag mee wil met de excursie: verzamelen om 8:00 bij de parkeerplaats aan de Eemdijk. Telescoop meenemen als je hebt.

    Groet,
    Joost
    """)
    text += "\n_._,_._,_\nGroups.io Links:\nView/Reply Online (#%d): https://%s.groups.io/g/main/message/%d\nUnsubscribe: https://%s.groups.io/g/main/leave/%d/xyzzy\n_._,_._,_\n" % (
        c.ri(100, 999), grp, c.ri(1000, 9999), grp, c.ri(10 ** 6, 10 ** 7))
    return mk(c, frm=(who, a), subj="[vogelwerkgroep-eemland] Kleine zwanen in de Eempolder", to="main@%s.groups.io" % grp,
              prof=("groupsio", dict(grp=grp)), text=text, shape="text", cs="utf-8", tcte="8bit")


def disc_html(fh, content, who, topic, pid, extra=""):
    return ('<div><table style="width:100%%;border-collapse:collapse"><tr><td style="padding:8px 0"><strong>%s</strong> '
            '<span style="color:#919191">%s</span></td></tr><tr><td style="font-size:15px;line-height:1.5">%s</td></tr></table>'
            '<hr style="border:none;border-top:1px solid #e9e9e9"><div style="color:#666;font-size:12px"><a href="https://%s/t/%s/%d/%d">Visit Topic</a> or reply to this email to respond.%s</div></div>\n'
            % (_html.escape(who), "", "".join("<p>%s</p>" % _html.escape(p) for p in content.strip().split("\n\n")), fh, topic[0], topic[1], pid, extra))


@H("list-discourse")
def _(c):
    fh = "discuss.homelab-commons.example"
    topic = ("proxmox-zfs-pool-degraded-after-power-cut", c.ri(1000, 9999))
    pid = c.ri(10000, 99999)
    who = "@thermalpaste"
    content = dd("""
    Before you replace anything, run `zpool status -v` and check whether the errors are READ/WRITE or only CKSUM. After an unclean shutdown it's common to see a handful of checksum errors that scrub will repair.

    If the disk shows up as FAULTED with rising READ errors, look at `smartctl -a` for reallocated and pending sectors. Pending > 0 after a scrub is a good sign the drive is on its way out.

    And get a UPS :)
    """)
    text = "%s\n%s\n\n%s\n---\n[Visit Topic](https://%s/t/%s/%d/%d) or reply to this email to respond.\n\nTo unsubscribe from these emails, [click here](https://%s/email/unsubscribe/%s).\n" % (
        who, c.d(0, "uss"), content, fh, topic[0], topic[1], pid, fh, c.hx(64))
    html = disc_html(fh, content, who, topic, pid)
    return mk(c, frm=("thermalpaste via Homelab Commons", "noreply@%s" % fh), reply_to="Homelab Commons <replies+%s@%s>" % (c.hx(32), fh),
              subj="[Homelab Commons] [Storage] Proxmox ZFS pool degraded after power cut",
              prof=("discourse", dict(forum_host=fh, forum_name="Homelab Commons", topic=topic, post_id=pid)), text=text, html=html,
              irt="<discourse/topic/%d@%s>" % (topic[1], fh), refs="<discourse/topic/%d@%s>" % (topic[1], fh), tcte="quoted-printable")


@H("list-discourse")
def _(c):
    fh = "forum.openbirding.example"
    topic = ("weekly-summary", c.ri(100, 999))
    body = f"""
    # Open Birding Forum Summary

    Since your last visit ({c.d(-7, 'uss')}):

    * **Sandhill cranes over the I-90 corridor?** 14 replies
    * **Merlin vs. eBird ID disagreements** 9 replies
    * **Best budget 8x42 binoculars in {c.year}** 31 replies
    * **Photo thread: winter finches** 22 replies

    [Read more on Open Birding](https://{fh}/latest)

    You are receiving this because you enabled activity summaries. [Unsubscribe](https://{fh}/email/unsubscribe/{c.hx(64)})
    """
    return mk(c, frm=("Open Birding", "noreply@%s" % fh), subj="[Open Birding] Summary",
              prof=("discourse", dict(forum_host=fh, forum_name="Open Birding", topic=topic, post_id=c.ri(10000, 99999), via="mailgun")),
              body=body, style="mini", color="#08c", msgid="<summary/%d@%s>" % (c.ri(10 ** 6, 10 ** 7), fh))


@H("list-discourse")
def _(c):
    fh = "discourse.tidewatch.example"
    topic = ("roadmap-for-2-0-storage-backend", c.ri(100, 999))
    pid = c.ri(1000, 9999)
    user = c.local.split(".")[0]
    content = dd(f"""
    @{user} you mentioned earlier that you'd benchmarked the Parquet writer against the row store, could you share the numbers here? Trying to decide whether the columnar backend should be the default in 2.0 or stay opt-in.

    My own (small) test showed ~3x smaller files and roughly equal write throughput, but I only tested on one dataset.
    """)
    text = "@oceanographer mentioned you in 'Roadmap for 2.0: storage backend' on Tidewatch Community:\n\n%s\n---\n[Visit Topic](https://%s/t/%s/%d/%d) or reply to this email to respond.\n" % (
        content, fh, topic[0], topic[1], pid)
    return mk(c, frm=("oceanographer via Tidewatch Community", "notifications@%s" % fh), reply_to="Tidewatch Community <replies+%s@%s>" % (c.hx(32), fh),
              subj="[Tidewatch Community] [Development] Roadmap for 2.0: storage backend",
              prof=("discourse", dict(forum_host=fh, forum_name="Tidewatch Community", topic=topic, post_id=pid)), text=text,
              html=disc_html(fh, content, "@oceanographer", topic, pid), irt="<discourse/topic/%d@%s>" % (topic[1], fh))


@H("list-discourse")
def _(c):
    c.lang("fr")
    fh = "forum.velotaf-lyon.example"
    topic = ("nouvelle-piste-cyclable-quai-perrache", c.ri(100, 999))
    pid = c.ri(1000, 9999)
    content = dd("""
    Bonjour à tous,

    La nouvelle piste bidirectionnelle sur le quai Perrache est enfin ouverte depuis lundi ! Revêtement nickel, séparée de la voie bus, et les feux sont synchronisés pour les vélos à 20 km/h.

    Seul bémol : le raccord avec le pont Pasteur reste compliqué aux heures de pointe. Quelqu'un a des retours ?
    """)
    text = "Nouveau sujet dans Aménagements :\n\n%s\n---\n[Voir le sujet](https://%s/t/%s/%d/%d) ou répondez à ce courriel.\n" % (content, fh, topic[0], topic[1], pid)
    return mk(c, frm=("camille_velo via Vélotaf Lyon", "noreply@%s" % fh), reply_to=addr("Vélotaf Lyon", "replies+%s@%s" % (c.hx(32), fh), enc="Q"),
              subj="[Vélotaf Lyon] [Aménagements] Nouvelle piste cyclable quai Perrache",
              prof=("discourse", dict(forum_host=fh, forum_name="Velotaf Lyon", topic=topic, post_id=pid)), text=text,
              html=disc_html(fh, content, "camille_velo", topic, pid), hdr_enc="Q", tcte="quoted-printable", hcte="base64")


def gh_msg(c, repo, path, subj, text, reason, actor, because, irt=True, extra_html=""):
    url = "https://github.com/%s/%s" % (repo, path)
    mid = "<%s/%s/%d@github.com>" % (repo, path.split("#")[0], c.ri(10 ** 9, 10 ** 10 - 1))
    thread = "<%s/%s@github.com>" % (repo, "/".join(path.split("#")[0].split("/")[:2]))
    t = dd(text) + "\n—\nReply to this email directly, view it on GitHub:\n%s\nYou are receiving this because %s.\n\nMessage ID: %s\n" % (url, because, mid[1:-1])
    paras = "".join("<p dir=\"auto\">%s</p>\n" % _html.escape(p).replace("\n", "<br>\n") for p in dd(text).strip().split("\n\n"))
    h = ('<p></p>\n%s%s\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, '
         '<a href="%s">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />'
         'You are receiving this because %s.<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" />'
         '<span style="color: transparent; font-size: 0; display: none; visibility: hidden; overflow: hidden; opacity: 0; width: 0; height: 0; max-width: 0; max-height: 0; mso-hide: all">'
         'Message ID: <span>&lt;%s</span><span>@</span><span>github</span><span>.</span><span>com&gt;</span></span></p>\n'
         '<script type="application/ld+json">[\n{\n"@context": "http://schema.org",\n"@type": "EmailMessage",\n"potentialAction": {\n"@type": "ViewAction",\n"target": "%s",\n"url": "%s",\n"name": "View Issue"\n},\n"description": "View this Issue on GitHub",\n"publisher": {\n"@type": "Organization",\n"name": "GitHub",\n"url": "https://github.com"\n}\n}\n]</script>\n'
         % (paras, extra_html, url, c.an(40, ALNUMU), because, c.an(60, ALNUMU), mid[1:-1].split("@")[0], url, url))
    kw = dict(irt=thread, refs=thread) if irt else {}
    owner, name = repo.split("/")
    return mk(c, frm=(actor[0], "notifications@github.com"), reply_to="%s <reply+%s@reply.github.com>" % (repo, c.hx(60, True)),
              to="%s <%s@noreply.github.com>" % (repo, name), cc="%s <%s@noreply.github.com>, %s" % (
                  c.local.split(".")[0], c.local.split(".")[0], "%s <%s@noreply.github.com>" % (reason.replace("_", " ").title(), reason)),
              subj=subj, prof=("github", dict(repo=repo, reason=reason, actor=actor[1])), text=t, html=h, msgid=mid,
              tcte="quoted-printable", hcte="quoted-printable", **kw)


@H("list-github")
def _(c):
    n = c.ri(200, 900)
    return gh_msg(c, "kestrel-labs/tidewatch", "issues/%d#issuecomment-%d" % (n, c.ri(2 * 10 ** 9, 3 * 10 ** 9)),
                  "Re: [kestrel-labs/tidewatch] Tide predictions off by one hour after DST change (Issue #%d)" % n, """
    I can reproduce this on main. The harmonic constituents are computed in UTC correctly, but `to_local()` uses the zone offset at the *start* of the requested range instead of per timestamp, so anything after the transition is shifted.

    Fix is probably to localize each timestamp individually, I'll open a PR with a regression test for the March and November transitions.
    """, "author", ("Rui Carvalho", "ruicarv"), "you authored the thread")


@H("list-github")
def _(c):
    n = c.ri(900, 1500)
    return gh_msg(c, "kestrel-labs/portal", "pull/%d" % n,
                  "[kestrel-labs/portal] Move session storage to Redis (PR #%d)" % n, """
    @%s requested your review on: kestrel-labs/portal#%d Move session storage to Redis.

    This replaces the in-process session store with Redis so we can run more than one replica behind the load balancer.

    - adds `SESSION_BACKEND` setting (default `memory` for local dev)
    - TTL matches the existing 8h idle timeout
    - migration note added to the README

    You can view, comment on, or merge this pull request online at:

      https://github.com/kestrel-labs/portal/pull/%d

    Commit Summary

      * a4f9e21 Add Redis session backend
      * 7c02b3d Make session backend configurable
      * e91d554 Docs: migration note

    File Changes (6 files)
    """ % ("marcus-webb", n, n), "review_requested", ("Marcus Webb", "marcus-webb"), "your review was requested", irt=False)


@H("list-github")
def _(c):
    sha = c.hx(7)
    return gh_msg(c, "kestrel-labs/tidewatch", "actions/runs/%d" % c.ri(10 ** 10, 10 ** 11),
                  "[kestrel-labs/tidewatch] Run failed: CI - main (%s)" % sha, """
    CI: All jobs have failed

    View workflow run

    test (3.12) / ubuntu-latest
    Failed in 4 minutes and 12 seconds

    test (3.13) / ubuntu-latest
    Failed in 4 minutes and 31 seconds

    lint
    Succeeded in 38 seconds

    Annotations: 2 errors
    """, "ci_activity", ("Sam Ortega", "sortega"), "this workflow ran on your branch", irt=False)


@H("list-github")
def _(c):
    v = "v%d.%d.%d" % (c.ri(1, 4), c.ri(0, 20), c.ri(0, 9))
    return gh_msg(c, "harborlight/mapcache", "releases/tag/%s" % v,
                  "[harborlight/mapcache] Release %s - %s" % (v, c.ch(["Faster tile eviction", "Python 3.14 support", "Bug fixes"])), """
    What's Changed

    * LRU eviction is now O(1) instead of scanning the whole index
    * New `--max-disk` option accepts human-readable sizes (e.g. 20G)
    * Fixed a crash when the cache directory is on a read-only filesystem
    * Dropped support for Python 3.9

    Full Changelog: compare with the previous release on GitHub.
    """, "subscribed", ("Noor Haddad", "noorh"), "you are watching this repository", irt=False)


@H("list-github")
def _(c):
    n = c.ri(10, 99)
    pkg = c.ch([("undici", "6.21.1", "moderate"), ("jinja2", "3.1.6", "moderate"), ("cross-spawn", "7.0.5", "high")])
    return gh_msg(c, "kestrel-labs/portal", "security/dependabot/%d" % n,
                  "[kestrel-labs/portal] Dependabot alert: %s has a %s-severity vulnerability" % (pkg[0], pkg[2]), """
    Dependabot found a vulnerable dependency in kestrel-labs/portal.

    Package: %s
    Severity: %s
    Patched version: %s
    Manifest: package-lock.json

    Dependabot can open a pull request to update this dependency. Review the alert to see the advisory and the affected versions.
    """ % pkg, "security_alert", ("dependabot[bot]", "dependabot[bot]"), "you have been granted access to security alerts for this repository", irt=False)


@H("list-github")
def _(c):
    n = c.ri(10, 300)
    return gh_msg(c, "openfield-gis/tilekit", "discussions/%d#discussioncomment-%d" % (n, c.ri(10 ** 7, 10 ** 8)),
                  "Re: [openfield-gis/tilekit] Vector tile simplification at low zooms (Discussion #%d)" % n, """
    @%s this is roughly what we did in the 0.9 branch: Douglas-Peucker with a tolerance that scales with 2^(max_zoom - z), plus dropping polygons smaller than one pixel before simplification. It removed most of the slivers you're seeing.

    Happy to review if you want to upstream something similar.
    """ % c.local.split(".")[0], "mention", ("Ilse Brandt", "ilsebrandt"), "you were mentioned")


# =====================================================================================
# SPAM -- unsolicited junk (every sender domain and link is invented)
# =====================================================================================
WORDS = ("river table morning orange window garden silver planet letter museum violin harbor candle meadow pencil "
         "journey basket winter quiet copper forest ladder market thunder pillow bridge signal cotton valley marble "
         "lantern rocket saddle feather compass harvest velvet anchor circle puzzle ribbon shadow island kettle mirror "
         "blanket orchard lemon tunnel falcon gravel sunset ticket button cabin crystal dolphin engine fabric glacier").split()
CYR = {"a": "\u0430", "e": "\u0435", "o": "\u043e", "p": "\u0440", "c": "\u0441", "x": "\u0445", "y": "\u0443", "i": "\u0456",
       "A": "\u0410", "E": "\u0415", "O": "\u041e", "P": "\u0420", "C": "\u0421", "B": "\u0412", "H": "\u041d", "K": "\u041a",
       "M": "\u041c", "T": "\u0422", "X": "\u0425"}


def zw(s):
    return "\u200b".join(s)


def lookalike(c, s, rate=0.6):
    return "".join(CYR[ch] if ch in CYR and c.rng.random() < rate else ch for ch in s)


def hashbuster(c, n=40, how="div"):
    words = " ".join(c.ch(WORDS) for _ in range(n))
    if how == "div":
        return '<div style="display:none!important;max-height:0;overflow:hidden;font-size:0;color:#fff">%s</div>' % words
    if how == "white":
        return '<p style="color:#ffffff;font-size:2px;line-height:2px">%s</p>' % words
    return "<!-- %s -->" % words


def cmt(word):
    return "<!-- -->".join(word[i:i + 2] for i in range(0, len(word), 2))


def ents(s):
    return "".join("&#%d;" % ord(ch) if ch.isalnum() and i % 2 == 0 else ch for i, ch in enumerate(s))


def short(c, host=None):
    host = host or c.ch(["sh0rt.example", "lnk-go.test", "t-ly.example", "tiny-url.test", "qrs.example", "rb.gy.example", "cutt-link.test"])
    return "https://%s/%s" % (host, c.an(c.ri(5, 8), ALNUMU))


def redir(c, target):
    kind = c.ri(0, 3)
    if kind == 0:
        return "https://www.searchportal.example/url?q=%s&sa=D&usg=%s" % (urllib.parse.quote(target, safe=""), c.an(20, ALNUMU))
    if kind == 1:
        return "https://click.adnet-track.test/r?u=%s&cid=%d" % (base64.urlsafe_b64encode(target.encode()).decode().rstrip("="), c.ri(1000, 99999))
    if kind == 2:
        return "https://maps-redirect.example/?q=%s" % urllib.parse.quote(target, safe="")
    return "https://l.social-share.test/l.php?u=%s&h=%s" % (urllib.parse.quote(target, safe=""), c.an(12))


def spam_html(inner, c, bg="#ffffff", width=560, font="Arial,Helvetica,sans-serif", extra_head="", bust=None):
    return ("<html>\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">%s\n</head>\n"
            "<body style=\"margin:0;background:%s\">\n%s<center>\n<table width=\"%d\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" "
            "style=\"font-family:%s;color:#111\"><tr><td style=\"padding:14px\">\n%s\n</td></tr></table>\n</center>\n%s</body>\n</html>\n"
            % (extra_head, bg, bust or "", width, font, inner, ""))


def btn(url, label, bg="#e4002b", fg="#ffffff", radius=4):
    return ('<a href="%s" style="display:inline-block;background:%s;color:%s;padding:14px 28px;border-radius:%dpx;'
            'font-weight:bold;font-size:18px;text-decoration:none">%s</a>' % (_html.escape(url), bg, fg, radius, label))


def ps(*paras):
    return "\n".join("<p style=\"font-size:16px;line-height:24px;margin:0 0 14px 0\">%s</p>" % p for p in paras)


def tenant(c):
    return "%s.onmicrosoft.example" % c.an(c.ri(6, 12))


@S("prize-survey")
def _(c):
    dom = "rewards-survey.top.example"
    u = short(c)
    body = f"""
    <div style="text-align:center"><img src="https://img.{dom}/logo-warehouse.png" width="180" alt="Member Rewards"></div>
    <h1 style="text-align:center;color:#005daa;font-size:26px">Congratulations {c.first}!</h1>
    {ps("You have been selected to take part in our <b>2-minute Member Experience Survey</b>.",
        "As a thank-you, you can claim a <b>$100 Costco Reward</b> once you complete it. Only <b>3 rewards</b> remain for {0}.".format(c.d(0, 'us')))}
    <p style="text-align:center">{btn(u, "START SURVEY &raquo;", "#005daa")}</p>
    <p style="font-size:11px;color:#888">This promotion is not sponsored, endorsed or administered by any retailer. Reply STOP to opt out.
    <a href="{short(c)}" style="color:#888">Unsubscribe</a></p>
    """
    return mk(c, frm=("Member Rewards", "rewards@mail.%s" % dom), subj="%s, your $100 reward is waiting (survey #%d)" % (c.first, c.ri(1000, 9999)),
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c, bust=hashbuster(c)), shape="html", hcte="base64",
              to_plain=True)


@S("prize-survey")
def _(c):
    dom = "walmrt-feedback.test"
    land = "https://gift-claim.%s/wm/?id=%s" % (dom, c.an(10))
    html = ('<html><body style="margin:0"><center><a href="%s"><img src="https://cdn-%s.example/assets/%s.jpg" width="600" height="780" alt="Your Feedback = $500" border="0"></a>'
            '<br><font size="1" color="#999999">If you no longer wish to receive these emails, <a href="%s">click here</a> or write to 1455 Market St #600, Anytown.</font></center></body></html>\n'
            % (land, c.an(6), c.hx(16), short(c)))
    return mk(c, frm=("Walmart Feedback Team", "support@%s" % dom), subj="Your Feedback = $500 Gift Card! (Ref: %s)" % c.code("r", 6, UPDIG),
              prof=("vps", dict(bnd="python")), html=html, shape="html", hcte="quoted-printable", to="undisclosed-recipients:;", skew=c.ri(-300, 300))


@S("prize-survey")
def _(c):
    tn = tenant(c)
    subj = lookalike(c, "Final Notice: Your YETI Tundra Cooler is unclaimed")
    u = redir(c, "https://yt-cooler-claim.example/claim?u=%s" % c.hx(12))
    body = f"""
    <table width="100%" style="border:3px solid #1a1a1a"><tr><td style="padding:20px">
    <p style="font-size:20px;font-weight:bold">{lookalike(c, 'YETI Loyalty Program')}</p>
    {ps("Dear customer,", "Our records show that your <b>Tundra 45 Cooler</b> is still unclaimed. Pay only the <b>$6.95 shipping</b> and we will ship it within 24h.", "Claim window closes in <b style='color:#c00'>11:59:34</b>.")}
    <p>{btn(u, "CLAIM MY COOLER", "#1a1a1a")}</p>
    </td></tr></table>
    """
    return mk(c, frm=(lookalike(c, "YETI Rewards"), "noreply@%s" % tn), subj=subj, prof=("m365", dict(region="namprd", thread=False)),
              html=spam_html(body, c), shape="html", hcte="base64", hdr_enc="B", to="undisclosed-recipients:;")


@S("prize-survey")
def _(c):
    dom = "harborviewdental.example"
    srv = "server%d.shared-cpanel.test" % c.ri(100, 999)
    u = short(c)
    text = dd(f"""
    Dear Valued Customer,

    Our records show you are eligible for the AT&T Loyalty Appreciation reward. To claim, confirm your details using the secure link below within 48 hours:

    {u}

    Reward: Samsung Galaxy S25 or $250 bill credit
    Reference: ATT-{c.code('r', 8, UPDIG)}

    Regards,
    Customer Loyalty Department
    """)
    return mk(c, frm=("Customer Loyalty", "frontdesk@%s" % dom), subj="RE: Your loyalty reward is pending", prof=("cpanel", dict(server=srv, mailer="Microsoft Outlook 16.0")),
              text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;", irt="<%s@%s>" % (c.hx(20), dom))


@S("prize-survey")
def _(c):
    c.lang("es")
    dom = "premios-exclusivos.icu.example"
    body = f"""
    <h2 style="color:#d10000;text-align:center">¡FELICIDADES!</h2>
    {ps("Estimado/a {0}:".format(c.first), "Has sido seleccionado/a para recibir un <b>iPhone 16 Pro</b> por solo <b>1,95 €</b> de gastos de envío.",
        "Responde a 3 preguntas rápidas y confirma tu dirección. Oferta válida solo hoy, {0}.".format(c.d(0, 'es')))}
    <p style="text-align:center">{btn("https://%s/es/claim?ref=%s" % (dom, c.an(8)), "RECLAMAR AHORA", "#ff6600")}</p>
    <p style="font-size:10px;color:#999">Para darse de baja haga clic <a href="https://{dom}/baja">aquí</a>.</p>
    """
    return mk(c, frm=("Premios Club", "info@news.%s" % dom), subj="¡Felicidades %s! Has ganado un iPhone 16 Pro 🎁" % c.first,
              prof=("ses", dict(region="eu-west-1", mailfrom="bounce.%s" % dom, esp_sig=False, bnd="javamail")), html=spam_html(body, c, bust=hashbuster(c, 30, "white")),
              shape="html", hcte="base64", hdr_enc="B")


@S("prize-survey")
def _(c):
    dom = "homedeals-confirm.test"
    label = zw("Dyson V15 Detect")
    body = f"""
    <p style="font-size:13px;color:#666">Order pending &bull; Ref #{c.code('o', 9)}</p>
    <h2>Confirm shipping for your free {label}</h2>
    {ps("Hi {0}, you were chosen in this week's <b>Home Upgrade Giveaway</b>.".format(c.first),
        "We tried to reach you twice. Confirm your shipping address and pay the $4.99 handling fee to release your package.")}
    <p>{btn("https://%s/ship/%s" % (dom, c.an(12)), "Confirm Address &rarr;", "#5b2c83")}</p>
    """
    text = dd(f"""
    Confirm shipping for your free {label}

    Hi {c.first}, you were chosen in this week's Home Upgrade Giveaway. Confirm your address: https://{dom}/ship/{c.an(12)}
    """)
    return mk(c, frm=("Giveaway Desk", "hello@mg.%s" % dom), subj="Action needed: confirm shipping for your %s" % label,
              prof=("mailgun", dict(sub="mg", esp_sig=False)), text=text, html=spam_html(body, c, bust=hashbuster(c, 25)), hcte="base64", tcte="quoted-printable")


@S("prize-survey")
def _(c):
    c.lang("de")
    dom = "gutschein-aktion.sbs.example"
    body = f"""
    <div style="background:#0050aa;color:#fff;padding:16px;font-size:22px;font-weight:bold">Kundenumfrage {c.year}</div>
    {ps("Hallo {0},".format(c.first), "als Dankeschön für Ihre Treue erhalten Sie nach Teilnahme an unserer kurzen Umfrage einen <b>Lidl-Gutschein über 250 €</b>.",
        "Die Aktion endet heute um 23:59 Uhr. Nur noch <b>17</b> Gutscheine verfügbar!")}
    <p>{btn(short(c), "Jetzt teilnehmen", "#ffd500", "#0050aa")}</p>
    <p style="font-size:10px;color:#888">Sie erhalten diese E-Mail, weil Sie sich für Angebote unserer Partner angemeldet haben. Abmelden: {short(c)}</p>
    """
    return mk(c, frm=("Kundenservice", "umfrage@%s" % dom), subj="Ihr Gutschein über 250 € wartet auf Sie", prof=("vps", dict(bnd="phpmailer")),
              html=spam_html(body, c), shape="html", cs="windows-1252", hcte="base64", hdr_cs="windows-1252", hdr_enc="Q")


@S("prize-survey")
def _(c):
    srv = "web%d.cheaphost-panel.example" % c.ri(10, 99)
    dom = "bayside-florist.example"
    img = banner_png(c, 480, 320)
    land = "https://kohls-rewards-center.example/p/%s" % c.an(10)
    html = ('<html><body><div align="center"><a href="%s"><img src="cid:%s" width="480" height="320" alt="You have (1) pending reward"></a></div>'
            '<div align="center" style="font-size:9px;color:#aaa">%s</div></body></html>\n' % (land, "img001@%s" % dom, " ".join(c.ch(WORDS) for _ in range(20))))
    return mk(c, frm=("Kohl's Rewards", "www-data@%s" % dom), subj="You have (1) pending reward from Kohl's", prof=("webshell", dict(server=srv)),
              html=html, shape="html", imgs=[("img001@%s" % dom, "reward.png", "image/png", img)], hcte="quoted-printable", to="undisclosed-recipients:;")


@S("prize-survey")
def _(c):
    dom = "opinion-panel-rewards.cfd.example"
    hops = redir(c, redir(c, "https://%s/s/%s" % (dom, c.an(8))))
    body = f"""
    <p style="font-size:18px"><b>Customer Survey</b> &mdash; 2 minutes = <span style="color:#0a0">$100</span></p>
    {ps("Share your opinion about online shopping and receive a $100 reward card from a brand of your choice.", "Your unique code: <b>{0}</b>".format(c.code('k', 8, UPDIG)))}
    <p>{btn(hops, "Begin survey")}</p>
    """
    return mk(c, frm=("Opinion Panel", "panel@%s" % dom), subj="Customer Survey: 2 minutes = $100", prof=("brevo", dict(esp_sig=False)),
              html=spam_html(body, c, bust=hashbuster(c, 50)), shape="html", hcte="quoted-printable", bulk=True,
              unsub="<https://%s/unsub?e=%s>" % (dom, c.hx(12)))


@S("crypto-investment")
def _(c):
    dom = "coinvault-pro.example"
    amt = "%.4f" % c.money("b", 0.3, 1.9)
    body = f"""
    <div style="font-family:Helvetica;max-width:520px">
    <h2 style="color:#f7931a">CoinVault Pro</h2>
    {ps("Dear user,", "Your account has an available balance of <b>{0} BTC</b> (approx. ${1:,}) from automated mining rewards.".format(amt, int(float(amt) * 97000)),
        "To withdraw, complete verification and pay the one-time network fee of 0.0045 BTC.", "Login: <b>{0}</b><br>Temporary password: <b>{1}</b>".format(c.addr, c.an(8)))}
    <p>{btn("https://%s/withdraw?uid=%d" % (dom, c.ri(10 ** 5, 10 ** 6)), "Withdraw now", "#f7931a")}</p>
    </div>
    """
    return mk(c, frm=("CoinVault Pro", "no-reply@%s" % dom), subj="Your BTC wallet balance: %s BTC available for withdrawal" % amt,
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c), shape="html", hcte="base64")


@S("crypto-investment")
def _(c):
    dom = "ai-trade-news.xyz.example"
    art = short(c, "news-daily.test")
    body = f"""
    <p style="font-size:12px;color:#888">FINANCE DAILY &middot; {c.d(0, 'us')}</p>
    <h1 style="font-family:Georgia;font-size:28px">Billionaire's new AI trading platform turns $250 into $8,400 in 30 days</h1>
    {ps("The technology was revealed on live TV last night. Banks are furious and are trying to shut it down before the public catches on.",
        "&ldquo;I've never seen anything like it,&rdquo; said one early user. &ldquo;My first withdrawal came in 48 hours.&rdquo;",
        "Registration is limited to 100 new users per country per day.")}
    <p><a href="{art}" style="font-size:18px;color:#0645ad">Read the full story &raquo;</a></p>
    """
    return mk(c, frm=("Finance Daily", "editor@%s" % dom), subj="BREAKING: AI platform returns 327% in 30 days - banks furious",
              prof=("vps", dict(bnd="python")), html=spam_html(body, c, font="Georgia,serif"), shape="html", hcte="quoted-printable")


@S("crypto-investment")
def _(c):
    tn = tenant(c)
    text = dd(f"""
    Hello {c.first},

    My name is Daniel, senior advisor at Quantum Capital AI. We have 3 remaining slots in our automated trading program this month.

    Our members make $1,500+ per day with only 10 minutes of setup. Minimum deposit $250, fully refundable.

    Book your onboarding call: {short(c)}

    Best regards,
    Daniel Hoffmann
    Quantum Capital AI
    """)
    return mk(c, frm=("Daniel Hoffmann", "daniel.h@%s" % tn), subj="Re: %s, 3 slots left (Quantum AI)" % c.first,
              prof=("m365", dict(region="eurprd", thread=True)), text=text, shape="text", order=ORDERS["outlook"], tcte="quoted-printable")


@S("crypto-investment")
def _(c):
    c.lang("pt")
    dom = "renda-cripto.top.example"
    body = f"""
    <h2 style="color:#16a34a">Renda extra com criptomoedas</h2>
    {ps("Olá {0}!".format(c.first), "Descubra o método que já ajudou mais de <b>12.000 brasileiros</b> a ganhar de R$ 3.000 a R$ 7.000 por mês operando apenas 20 minutos por dia.",
        "As vagas para a turma de {0} são limitadas.".format(MONTHS['pt'][c.when.month - 1]))}
    <p>{btn("https://%s/vsl?src=email&id=%s" % (dom, c.an(6)), "QUERO MINHA VAGA", "#16a34a")}</p>
    <p style="font-size:10px;color:#999">Não quer mais receber? <a href="https://{dom}/sair">Descadastrar</a></p>
    """
    return mk(c, frm=("Método Cripto", "contato@%s" % dom), subj="Renda extra com criptomoedas: vagas limitadas ⚠️",
              prof=("ses", dict(region="sa-east-1", mailfrom="mail.%s" % dom, esp_sig=False)), html=spam_html(body, c), shape="html",
              hcte="base64", hdr_enc="B")


@S("crypto-investment")
def _(c):
    dom = "neura-presale.lol.example"
    body = f"""
    <div style="background:#0b0f1a;color:#e2e8f0;padding:24px;font-family:Arial">
    <h1 style="color:#7c3aed">$NEURA PRESALE &mdash; STAGE 4 ENDS IN 6 HOURS</h1>
    <p>Price increases 18% at the next stage. Over $4.2M raised. Listing on tier-1 exchanges confirmed for Q{c.ri(1, 4)}.</p>
    <p>Early buyers from stage 1 are already up 240% on paper.</p>
    <p>{btn("https://%s/buy?ref=%s" % (dom, c.an(6)), "BUY $NEURA NOW", "#7c3aed")}</p>
    <p style="font-size:10px;color:#64748b">Not financial advice. Crypto assets are volatile.</p>
    </div>
    """
    return mk(c, frm=("NEURA Labs", "presale@mg.%s" % dom), subj="⏳ Presale Stage 4 ends in 6 hours - price +18% next",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c, bg="#0b0f1a"), shape="html", hcte="quoted-printable", hdr_enc="B")


@S("crypto-investment")
def _(c):
    dom = "goldira-guardian.example"
    body = f"""
    # Is your retirement ready for the next crash?

    {c.first}, experts are warning of a correction bigger than 2008.

    Thousands of Americans are moving part of their 401(k) or IRA into physical gold and silver, tax-free and penalty-free.

    Get your FREE 2026 Gold Investor Kit and up to $10,000 in free silver on qualifying accounts.

    [Claim your free kit](https://{dom}/kit?utm=em{c.ri(100, 999)})

    Past performance is not a guarantee of future results. To stop receiving these messages, [unsubscribe](https://{dom}/u).
    """
    return mk(c, frm=("Gold IRA Guardian", "info@%s" % dom), subj="Protect your retirement from the coming crash",
              prof=("sendgrid", dict(esp_sig=False)), body=body, style="spam", color="#b8860b", title="FREE Gold Investor Kit", bulk=True, linkfmt=1)


@S("crypto-investment")
def _(c):
    srv = "s%d.webhost-budget.test" % c.ri(10, 99)
    dom = "lakeside-realty-group.example"
    text = dd(f"""
    Good afternoon,

    We are offering a limited allocation of pre-IPO shares in SpaceX and Anthropic-tier private companies to a small group of accredited investors before the public listing.

    Minimum allocation: $25,000
    Expected listing premium: 3x - 5x

    Allocation closes Friday. Reply to this email or WhatsApp our desk for the investor memorandum.

    Regards,
    M. Carrington
    Private Placements Desk
    """)
    return mk(c, frm=("M. Carrington", "office@%s" % dom), reply_to="placements.desk@invest-memo.example", subj="Pre-IPO allocation - private placement",
              prof=("cpanel", dict(server=srv)), text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("crypto-investment")
def _(c):
    c.lang("it")
    dom = "investi-smart.buzz.example"
    body = f"""
    <h2>Investi 250€ e ricevi fino a 1.200€ a settimana</h2>
    {ps("Ciao {0},".format(c.first), "Il nuovo algoritmo di trading automatico sta facendo guadagnare migliaia di italiani. Nessuna esperienza richiesta.",
        "Un consulente ti chiamerà entro 24 ore per attivare il tuo conto.")}
    <p>{btn("https://%s/it/registrati?c=%s" % (dom, c.an(6)), "ATTIVA IL CONTO", "#009246")}</p>
    """
    return mk(c, frm=("Investi Smart", "consulenza@%s" % dom), subj="Investi 250€ e ricevi fino a 1.200€ a settimana",
              prof=("vps", dict(bnd="phpmailer")), html=spam_html(body, c), shape="html", cs="iso-8859-15", hcte="quoted-printable",
              hdr_cs="iso-8859-15", hdr_enc="Q")


@S("crypto-investment")
def _(c):
    dom = "layerzero-airdrop.click.example"
    alloc = c.ri(1200, 9800)
    body = f"""
    <div style="max-width:480px;margin:auto;border-radius:12px;border:1px solid #ddd;padding:22px">
    <p style="font-size:22px;font-weight:bold">Your airdrop allocation is ready</p>
    <p>Eligible wallet activity detected. Allocation: <b>{alloc:,} ZRX2</b></p>
    <p>Unclaimed tokens will be redistributed after <b>{c.d(2, 'uss')}</b>.</p>
    <p>{btn("https://claim.%s/?w=%s" % (dom, c.hx(10)), "Connect wallet &amp; claim", "#111111")}</p>
    </div>
    """
    return mk(c, frm=("Airdrop Claims", "claims@%s" % dom), subj="Your airdrop allocation is ready (claim before expiry)",
              prof=("brevo", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 35)), shape="html", hcte="base64")


@S("health-supplement")
def _(c):
    dom = "slimtonic-labs.shop.example"
    body = f"""
    <h1 style="font-family:Georgia">Doctors stunned: this 10-second morning ritual melts belly fat</h1>
    {ps("A retired Harvard-trained doctor discovered a simple 'tonic trick' that targets the real root cause of stubborn weight gain.",
        "Over 87,000 women and men have already tried it. <b>No diet. No exercise.</b>",
        "Watch the free presentation before it's taken down:")}
    <p><a href="{redir(c, 'https://%s/vsl/%s' % (dom, c.an(6)))}" style="font-size:20px">&#9654; Watch the video now</a></p>
    <p style="font-size:9px;color:#aaa">These statements have not been evaluated by the Food and Drug Administration. Unsubscribe: https://{dom}/out</p>
    """
    return mk(c, frm=("Health Discovery", "news@%s" % dom), subj="Doctors stunned: 10-second ritual melts belly fat",
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 60)), shape="html", hcte="quoted-printable")


@S("health-supplement")
def _(c):
    dom = "glp1-drops.sbs.example"
    body = f"""
    <div style="text-align:center">
    <p style="font-size:30px;font-weight:900;color:#0d9488">GLP-1 WITHOUT INJECTIONS</p>
    <p style="font-size:18px">Oral drops &bull; No prescription &bull; <span style="background:#fde047">73% OFF TODAY</span></p>
    <p>{btn("https://%s/order?p=3&src=%s" % (dom, c.an(5)), "GET 73% OFF &rarr;", "#0d9488")}</p>
    <p style="font-size:10px;color:#777">*Results not typical. This product is not intended to diagnose, treat, cure or prevent any disease.</p>
    </div>
    """
    return mk(c, frm=("MetaboSlim", "offers@%s" % dom), subj="GLP-1 without injections - 73% off today only",
              prof=("vps", dict(bnd="python", tls=None)), html=spam_html(body, c), shape="html", hcte="8bit", to="undisclosed-recipients:;")


@S("health-supplement")
def _(c):
    tn = tenant(c)
    word = "0zemp1c"
    body = f"""
    <p style="font-size:20px"><b>The natural {word} alternative your doctor won't mention</b></p>
    {ps("Scientists found a plant compound that activates the same 'fullness hormone'.", "Customers report losing up to 30 lbs in 8 weeks.")}
    <p>{btn(short(c), "See how it works", "#2563eb")}</p>
    <div style="color:#ffffff;font-size:1px">{" ".join(c.ch(WORDS) for _ in range(30))}</div>
    """
    return mk(c, frm=("Natural Health Report", "report@%s" % tn), subj="The natural 0zemp1c alternative (doctors hate this)",
              prof=("m365", dict(region="namprd", thread=False)), html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("health-supplement")
def _(c):
    srv = "cp%d.bargainweb-hosting.test" % c.ri(10, 99)
    dom = "bluefin-marine-supply.example"
    body = f"""
    <p style="font-size:22px"><b>Men over 40: do this before bed</b></p>
    <p style="font-size:16px">Forget the blue {cmt('pill')}. This 5-second trick boosts natural {cmt('testosterone')} and stamina.</p>
    <p style="font-size:16px">Order {cmt('Vi')}{cmt('agra')} &amp; {cmt('Cia')}{cmt('lis')} generics from $0.79 per {cmt('pill')}. Discreet shipping.</p>
    <p><a href="https://pharma-discreet.example/?a={c.an(6)}">{ents('ORDER NOW')}</a></p>
    """
    return mk(c, frm=("Men's Health Tips", "noreply@%s" % dom), subj="Men over 40: do this before bed", prof=("webshell", dict(server=srv)),
              html=spam_html(body, c), shape="html", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("health-supplement")
def _(c):
    dom = "quietears-labs.example"
    text = dd(f"""
    Tinnitus sufferers: try this 'ear-ringing' trick tonight

    A 72-year-old former ENT specialist shares the 5-second trick that silenced his own ringing ears.

    Watch here: https://{dom}/ear/{c.an(8)}

    (Video will be removed at midnight)

    ---
    To unsubscribe: https://{dom}/unsubscribe
    """)
    body = f"""
    <h2>Tinnitus sufferers: try this 'ear-ringing' trick tonight</h2>
    {ps("A 72-year-old former ENT specialist shares the 5-second trick that silenced his own ringing ears.")}
    <p><a href="https://{dom}/ear/{c.an(8)}"><img src="https://{dom}/img/play.png" width="480" alt="Play video"></a></p>
    """
    return mk(c, frm=("Hearing Health Today", "alerts@%s" % dom), subj="Tinnitus? Try this 'ear-ringing' trick tonight",
              prof=("ses", dict(region="us-east-1", mailfrom="bounces.%s" % dom, esp_sig=False)), text=text, html=spam_html(body, c), bulk=True)


@S("health-supplement")
def _(c):
    c.lang("es")
    dom = "dieta-keto-express.top.example"
    body = f"""
    <h2 style="color:#e11d48">Pierde 10 kilos en 30 días sin pasar hambre</h2>
    {ps("Hola {0}:".format(c.first), "Nuestras cápsulas de keto avanzada ya han ayudado a más de 40.000 personas en España.",
        "Solo hoy: compra 2 y llévate 3 <b>GRATIS</b>. Envío discreto en 24/48h.")}
    <p>{btn("https://%s/es/oferta?c=%s" % (dom, c.an(6)), "VER OFERTA", "#e11d48")}</p>
    """
    return mk(c, frm=("Keto Express", "ofertas@mg.%s" % dom), subj="Pierde 10 kilos en 30 días (oferta solo hoy)",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html", hcte="base64", hdr_enc="Q")


@S("health-supplement")
def _(c):
    srv = "srv%d.cpanel-shared.example" % c.ri(100, 999)
    dom = "oakridge-chiropractic.example"
    text = dd(f"""
    As seen on Shark Tank: Premium CBD Gummies

    - Relief from joint pain, stress and poor sleep
    - 100% natural, non-GMO, lab tested
    - Today only: buy 3 get 2 FREE + free shipping

    Order: {short(c)}

    Stop emails: reply REMOVE
    """)
    body = f"""
    <h2>As seen on Shark Tank: Premium CBD Gummies</h2>
    <ul><li>Relief from joint pain, stress and poor sleep</li><li>100% natural, non-GMO, lab tested</li><li>Today only: buy 3 get 2 FREE</li></ul>
    <p>{btn(short(c), "ORDER NOW", "#15803d")}</p>
    """
    return mk(c, frm=("CBD Wellness", "billing@%s" % dom), subj="As seen on Shark Tank: CBD gummies - buy 3 get 2 FREE",
              prof=("cpanel", dict(server=srv, bnd="phpmailer")), text=text, html=spam_html(body, c), tcte="7bit", hcte="quoted-printable")


@S("health-supplement")
def _(c):
    c.lang("de")
    dom = "gelenk-vital.cfd.example"
    body = f"""
    <h2>Gelenkschmerzen? Dieses einfache Hausmittel hilft schon nach 7 Tagen</h2>
    {ps("Liebe Leserin, lieber Leser,", "ein Apotheker aus Bayern hat eine Mischung aus drei Pflanzenextrakten entdeckt, die Knie- und Hüftschmerzen spürbar lindert.",
        "Über 25.000 Deutsche haben es bereits ausprobiert.")}
    <p><a href="https://{dom}/de/artikel?id={c.an(6)}">Hier weiterlesen &raquo;</a></p>
    """
    return mk(c, frm=("Gesundheitsratgeber", "redaktion@%s" % dom), subj="Gelenkschmerzen? Dieses Hausmittel hilft nach 7 Tagen",
              prof=("vps", dict(bnd="phpmailer")), html=spam_html(body, c), shape="html", cs="iso-8859-1", hcte="quoted-printable",
              hdr_cs="iso-8859-1", hdr_enc="Q")


@S("dating")
def _(c):
    dom = "flirtmatch-private.example"
    name = c.ch(["Anna", "Kristina", "Yulia", "Mila"])
    body = f"""
    <div style="max-width:420px;margin:auto;text-align:center;font-family:Verdana">
    <p style="font-size:18px"><b>{name} (27)</b> sent you 3 private photos 🔒</p>
    <p><img src="https://media.{dom}/blur/{c.hx(12)}.jpg" width="300" height="300" alt="private photo" style="filter:blur(8px)"></p>
    <p>She is <b>2.4 miles</b> away and online now.</p>
    <p>{btn("https://%s/inbox/%s" % (dom, c.an(10)), "VIEW PHOTOS", "#ec4899", radius=24)}</p>
    </div>
    """
    return mk(c, frm=("%s via FlirtMatch" % name, "messages@%s" % dom), subj="%s (27) sent you 3 private photos 🔒" % name,
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html", hcte="base64", hdr_enc="B")


@S("dating")
def _(c):
    dom = "localhearts.xyz.example"
    text = dd(f"""
    Someone in your area wants to meet you tonight.

    3 women within 5 miles viewed your profile in the last hour.

    See who: https://{dom}/m/{c.an(8)}

    Reply STOP to unsubscribe. {dom} - 18+ only.
    """)
    return mk(c, frm=("Local Hearts", "notify@%s" % dom), subj="Someone near you wants to meet tonight",
              prof=("vps", dict(bnd="python", tls="1.2")), text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("dating")
def _(c):
    who, a = "Natalia", "natalia.sweet%d@mailbox-free.test" % c.ri(80, 99)
    text = dd(f"""
    Hi dear,

    I saw your profile some time ago and I could not stop thinking about you. My name is Natalia, I am 31 years old, I work as nurse and I live alone with my cat.

    I am honest and kind woman, I am looking for serious man for relationship, age is not important for me. I want to know you better, can you tell me about yourself?

    I am sending you my photo so you know I am real. Please write me to my private email natalia.k.home@mailbox-free.test because here I rarely check.

    With warm hugs,
    Natalia
    """)
    return mk(c, frm=(who, a), reply_to="natalia.k.home@mailbox-free.test", subj="Hi dear, maybe you remember me?",
              prof=("webmail", dict(host="smtp.mailbox-free.test", mid="%s@mailbox-free.test" % c.hx(24), sel="mbf", tz=180, bnd="dash")),
              text=text, shape="text", tcte="8bit", atts=[att_leaf("image/png", "natalia.png", photo_png(c, 120, 160))])


@S("dating")
def _(c):
    dom = "singles-nearby.click.example"
    body = f"""
    <table width="100%" style="background:#fff0f5"><tr><td style="padding:20px;text-align:center">
    <p style="font-size:24px;color:#be185d"><b>You have 5 unread messages</b></p>
    <p>from local singles who want to chat. Messages expire in 24 hours.</p>
    <p>{btn(redir(c, "https://%s/chat?u=%s" % (dom, c.hx(8))), "READ MESSAGES", "#be185d")}</p>
    </td></tr></table>
    """
    return mk(c, frm=("Singles Nearby", "no-reply@%s" % dom), subj="(5) unread messages from local singles",
              prof=("ses", dict(region="us-east-2", mailfrom="mail.%s" % dom, esp_sig=False, bnd="go")), html=spam_html(body, c), shape="html")


@S("dating")
def _(c):
    c.lang("fr")
    dom = "rencontres-discretes.top.example"
    body = f"""
    <h2 style="color:#9d174d">Une femme célibataire près de chez vous vous a envoyé un message</h2>
    {ps("Bonjour {0},".format(c.first), "<b>Sophie, 38 ans</b>, habite à moins de 10 km et souhaite faire votre connaissance.",
        "Inscription gratuite et 100 % discrète.")}
    <p>{btn("https://%s/fr/msg/%s" % (dom, c.an(8)), "Lire son message", "#9d174d")}</p>
    """
    return mk(c, frm=("Rencontres Discrètes", "contact@mg.%s" % dom), subj="Sophie (38 ans) vous a envoyé un message 💌",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c), shape="html", hcte="quoted-printable", hdr_enc="B",
              cs="utf-8")


@S("dating")
def _(c):
    tn = tenant(c)
    subj = "❤️ " + lookalike(c, "Your match is waiting - open your profile", 0.7)
    body = f"""
    <p style="font-size:20px">{lookalike(c, 'We found a 97% match for you!')}</p>
    <p>{lookalike(c, 'Based on your preferences, Emily (34) is a perfect match. She liked your profile.')}</p>
    <p>{btn(short(c), lookalike(c, 'See my match'), "#db2777")}</p>
    """
    return mk(c, frm=(lookalike(c, "Match Center"), "match@%s" % tn), subj=subj, prof=("m365", dict(region="namprd", thread=False)),
              html=spam_html(body, c), shape="html", hcte="base64", hdr_enc="B", to="undisclosed-recipients:;")


@S("dating")
def _(c):
    who, a = "Grace Lin", "gracelin.%d@quickmail-box.example" % c.ri(100, 999)
    text = dd(f"""
    Hi {c.first}, so nice chatting with you yesterday! Sorry I had to go suddenly, my uncle called about the market.

    Like I said, he has been teaching me the gold contract trading, last week I made 18% profit. If you want I can show you how, it is very simple.

    Do you use WhatsApp? It's easier to talk there.

    Grace
    """)
    return mk(c, frm=(who, a), subj="Re: our chat yesterday 😊",
              prof=("webmail", dict(host="out.quickmail-box.example", mid="%s.%d@quickmail-box.example" % (c.hx(16), c.ri(1000, 9999)), sel="qm", tz=480, bnd="dash",
                                    mailer="Foxmail 7.2")), text=text, shape="text", tcte="base64", hdr_enc="B",
              irt="<%s@quickmail-box.example>" % c.hx(20))


@S("casino")
def _(c):
    dom = "luckyspin-vip.example"
    body = f"""
    <div style="background:#1e1b4b;color:#fde68a;text-align:center;padding:30px;font-family:Impact,Arial">
    <p style="font-size:40px;margin:0">200 FREE SPINS</p>
    <p style="font-size:18px;color:#fff">are waiting in your account, {c.first}!</p>
    <p>{btn("https://play.%s/bonus?c=%s" % (dom, c.an(6)), "SPIN NOW 🎰", "#f59e0b", "#1e1b4b")}</p>
    <p style="font-size:10px;color:#a5b4fc">18+. Wagering requirements apply. Gamble responsibly.</p>
    </div>
    """
    return mk(c, frm=("LuckySpin VIP", "vip@%s" % dom), subj="%s, your 200 free spins are waiting 🎰" % c.first,
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c, bg="#1e1b4b"), shape="html", hcte="base64", hdr_enc="B")


@S("casino")
def _(c):
    dom = "royal-jackpot.bet.example"
    body = f"""
    <p style="font-size:28px;color:#b91c1c;text-align:center"><b>500% WELCOME BONUS</b></p>
    <p style="text-align:center;font-size:18px">up to <b>$5,000</b> + 300 free spins on your first deposit</p>
    <p style="text-align:center">Crypto deposits accepted &bull; Instant withdrawals &bull; No verification</p>
    <p style="text-align:center">{btn(short(c), "CLAIM BONUS")}</p>
    """
    return mk(c, frm=("Royal Jackpot", "bonus@%s" % dom), subj="Welcome bonus: 500% up to $5000 - today only",
              prof=("vps", dict(bnd="phpmailer", tls=None)), html=spam_html(body, c, bust=hashbuster(c, 40, "comment")), shape="html", hcte="8bit",
              to="undisclosed-recipients:;")


@S("casino")
def _(c):
    c.lang("de")
    dom = "spielbank-24.sbs.example"
    body = f"""
    <h2>Dein Bonus: 100 Freispiele ohne Einzahlung</h2>
    {ps("Hallo {0},".format(c.first), "nur für kurze Zeit: registriere dich und erhalte <b>100 Freispiele</b> auf Book of Ra Deluxe &ndash; ganz ohne Einzahlung.",
        "Gewinne sofort auszahlbar!")}
    <p>{btn("https://%s/de/freispiele?r=%s" % (dom, c.an(6)), "Jetzt Freispiele sichern", "#15803d")}</p>
    <p style="font-size:10px">Glücksspiel kann süchtig machen. 18+</p>
    """
    return mk(c, frm=("Spielbank24", "bonus@%s" % dom), subj="Dein Bonus: 100 Freispiele ohne Einzahlung 🎁",
              prof=("brevo", dict(esp_sig=False)), html=spam_html(body, c), shape="html", hcte="quoted-printable", hdr_enc="Q", bulk=True)


@S("casino")
def _(c):
    tn = tenant(c)
    amt = c.money("w", 1800, 4200)
    text = dd(f"""
    CONGRATULATIONS!

    Your account at Lucky Star Casino has a pending withdrawal of {usd(amt)}.

    To release the funds to your card, log in and confirm your payout method within 24 hours:
    {short(c)}

    Lucky Star Casino Payments Team
    """)
    return mk(c, frm=("Lucky Star Casino", "payments@%s" % tn), subj="You won at Lucky Star Casino - withdraw %s now" % usd(amt),
              prof=("m365", dict(region="eurprd", thread=False)), text=text, shape="text", tcte="quoted-printable", to="undisclosed-recipients:;")


@S("casino")
def _(c):
    c.lang("nl")
    dom = "gokpaleis-online.example"
    body = f"""
    <h2>Ontvang €50 gratis speeltegoed</h2>
    {ps("Hoi {0},".format(c.first), "Maak vandaag een account aan en ontvang direct <b>€50 speeltegoed</b>, zonder storting.", "Alleen geldig tot middernacht!")}
    <p>{btn("https://%s/nl/welkom?c=%s" % (dom, c.an(6)), "Claim €50", "#f97316")}</p>
    <p style="font-size:10px">Wat kost gokken jou? Stop op tijd. 24+</p>
    """
    return mk(c, frm=("Gokpaleis", "info@mg.%s" % dom), subj="€50 gratis speeltegoed - alleen vandaag",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c), shape="html", cs="windows-1252", hcte="quoted-printable",
              hdr_cs="windows-1252", hdr_enc="Q")


@S("casino")
def _(c):
    srv = "host%d.vpsreseller-cpanel.test" % c.ri(10, 99)
    dom = "pinegrove-auto-repair.example"
    text = dd(f"""
    CRYPTO CASINO - NO KYC

    * Instant withdrawals in BTC, ETH, USDT
    * 10% daily cashback
    * 1,500+ slots and live tables

    Play now: {short(c)}
    Promo code: NOKYC100
    """)
    return mk(c, frm=("Crypto Casino", "service@%s" % dom), subj="Crypto casino: instant withdrawals, no KYC",
              prof=("cpanel", dict(server=srv)), text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("casino")
def _(c):
    c.lang("pt")
    dom = "bet-sorte.top.example"
    body = f"""
    <h2 style="color:#16a34a">Bônus de boas-vindas: 300% no primeiro depósito</h2>
    {ps("Olá {0}!".format(c.first), "Deposite a partir de R$ 20 e receba até <b>R$ 3.000</b> em bônus + 50 rodadas grátis no Fortune Tiger.", "Saque via Pix em minutos.")}
    <p>{btn("https://%s/cadastro?af=%s" % (dom, c.an(6)), "JOGAR AGORA", "#16a34a")}</p>
    """
    return mk(c, frm=("Bet Sorte", "promo@%s" % dom), subj="🎁 Bônus de 300% + 50 rodadas grátis",
              prof=("ses", dict(region="sa-east-1", mailfrom="bounce.%s" % dom, esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)),
              shape="html", hcte="base64", hdr_enc="B")


@S("seo-webdesign")
def _(c):
    who, a = "Raj Mehta", "raj.seo.expert%d@webmail-pro.example" % c.ri(10, 99)
    text = dd(f"""
    Hi,

    I was checking your website and found that it is not ranking on the first page of Google for important keywords. There are also some issues with page speed and mobile friendliness.

    We can fix these issues and bring your website on top of Google, Bing and Yahoo with our affordable SEO packages.

    Can I send you a proposal with price?

    Thanks & Regards,
    Raj Mehta
    SEO Consultant
    """)
    return mk(c, frm=(who, a), subj="Re: website ranking",
              prof=("webmail", dict(host="smtp.webmail-pro.example", mid="%s@webmail-pro.example" % c.uuid(), sel="wp", tz=330, bnd="dash")),
              text=text, shape="text", tcte="7bit", to_plain=True)


@S("seo-webdesign")
def _(c):
    srv = "box%d.bulkhost-cpanel.example" % c.ri(100, 999)
    dom = "maplewood-dental-lab.example"
    body = f"""
    {ps("Hello,", "I noticed your website design looks a bit outdated and is not fully responsive on mobile devices. In {0}, over 70% of visitors come from phones.".format(c.year),
        "We design modern, fast, SEO-friendly websites starting at <b>$499</b>. WordPress, Shopify, Wix &mdash; all platforms.",
        "Would you like to see some samples of our recent work?", "Best regards,<br>Emily Carter<br>Web Design Consultant")}
    """
    return mk(c, frm=("Emily Carter", "info@%s" % dom), reply_to="emily.webdesigns@quickmail-box.example", subj="Your website design needs an update",
              prof=("cpanel", dict(server=srv, mailer="Microsoft Outlook 16.0")), html=spam_html(body, c, width=600), shape="html", hcte="quoted-printable")


@S("seo-webdesign")
def _(c):
    dom = "guestpost-hub.xyz.example"
    text = dd(f"""
    Hello Webmaster,

    We offer guest post placements on high authority websites:

    - Forbes-style business blogs DA 70+  $120
    - Tech news sites DA 60+              $85
    - Health & lifestyle DA 50+           $60
    - Casino / CBD / crypto allowed        +$40

    Do-follow links, permanent, indexed within 48h. Bulk discounts available.

    Reply with your target URLs and niche.

    Regards,
    Outreach Team
    """)
    return mk(c, frm=("Outreach Team", "outreach@%s" % dom), subj="Guest post opportunity on high DA sites",
              prof=("vps", dict(bnd="python")), text=text, shape="text", tcte="7bit")


@S("seo-webdesign")
def _(c):
    tn = tenant(c)
    body = f"""
    <p style="font-size:22px"><b>1st page of Google - GUARANTEED</b></p>
    {ps("Dear Business Owner,", "Our team will rank your website on page 1 within 90 days or you don't pay. Local SEO, Google Maps, reviews management.",
        "Book a FREE audit: <a href='{0}'>schedule here</a>".format(short(c)))}
    """
    return mk(c, frm=("RankBoost Agency", "growth@%s" % tn), subj="1st page of Google guaranteed (or you don't pay)",
              prof=("m365", dict(region="apcprd", thread=False)), html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("seo-webdesign")
def _(c):
    dom = "appforge-studio.example"
    body = f"""
    # Mobile app development - 40% off this month

    Hi {c.first},

    Need an iOS/Android app for your business? We build apps for startups and SMBs from $2,999, delivered in 6 weeks.

    * Native and cross-platform (Flutter, React Native)
    * UI/UX design included
    * 12 months free maintenance

    [See our portfolio](https://{dom}/portfolio)

    Reply "YES" and I'll send a quote.
    """
    return mk(c, frm=("AppForge Studio", "sales@%s" % dom), subj="Mobile app development - 40% off this month",
              prof=("sendgrid", dict(esp_sig=False)), body=body, style="spam", color="#4f46e5", title="Build your app", bulk=True)


@S("seo-webdesign")
def _(c):
    dom = "webaudit-pros.example"
    text = dd(f"""
    Hi {c.first},

    Quick question about {c.rdom}: are you the right person to talk to about its Google traffic?

    I ran a quick check and it's missing schema markup, has 14 broken backlinks and loads in 6.8s on mobile.

    I put together a short video walkthrough. Want me to send it over?

    Cheers,
    Liam
    """)
    return mk(c, frm=("Liam from WebAudit Pros", "liam@mg.%s" % dom), subj="Quick question about %s" % c.rdom,
              prof=("mailgun", dict(sub="mg", esp_sig=False, track=False)), text=text, shape="text", tcte="7bit", to_plain=True)


@S("seo-webdesign")
def _(c):
    dom = "sitehealth-report.click.example"
    n = c.ri(20, 60)
    body = f"""
    <h2 style="color:#b91c1c">We found {n} errors on your website</h2>
    <table width="100%" style="border-collapse:collapse;font-size:14px">
    <tr><td style="border:1px solid #ddd;padding:6px">Broken links</td><td style="border:1px solid #ddd;padding:6px;color:#b91c1c">{c.ri(5, 20)}</td></tr>
    <tr><td style="border:1px solid #ddd;padding:6px">Missing meta descriptions</td><td style="border:1px solid #ddd;padding:6px;color:#b91c1c">{c.ri(5, 20)}</td></tr>
    <tr><td style="border:1px solid #ddd;padding:6px">Slow pages</td><td style="border:1px solid #ddd;padding:6px;color:#b91c1c">{c.ri(3, 10)}</td></tr>
    </table>
    <p>{btn("https://%s/report/%s" % (dom, c.an(10)), "View full report", "#b91c1c")}</p>
    """
    return mk(c, frm=("Site Health Report", "report@%s" % dom), subj="We found %d errors on %s" % (n, c.rdom),
              prof=("ses", dict(region="us-west-2", mailfrom="mail.%s" % dom, esp_sig=False)), html=spam_html(body, c), shape="html")


@S("seo-webdesign")
def _(c):
    dom = "insta-growth.buzz.example"
    body = f"""
    <h2>Get 10K real Instagram followers in 7 days</h2>
    {ps("Grow your brand with real, active followers. No password needed. Safe and organic.", "Packages from $29. Use code GROW20 for 20% off.")}
    <p>{btn("https://%s/buy?c=GROW20" % dom, "Start growing", "#c026d3")}</p>
    """
    return mk(c, frm=("InstaGrowth", "hello@%s" % dom), subj="10K real followers in 7 days 🚀", prof=("brevo", dict(esp_sig=False)),
              html=spam_html(body, c), shape="html", hdr_enc="B", bulk=True)


@S("loan-debt")
def _(c):
    dom = "quickfund-approval.example"
    amt = c.ch([15000, 25000, 35000, 50000])
    body = f"""
    <div style="border:2px solid #166534;padding:20px;max-width:520px">
    <p style="font-size:13px;color:#166534">PRE-APPROVAL NOTICE #{c.code('n', 7)}</p>
    <p style="font-size:24px"><b>{c.first}, you're pre-approved for up to {usd(amt)}</b></p>
    {ps("No impact on your credit score to check your rate. Funds as soon as tomorrow.", "Offer expires {0}.".format(c.d(2, 'us')))}
    <p>{btn("https://apply.%s/?o=%s" % (dom, c.an(8)), "Get my funds", "#166534")}</p>
    </div>
    """
    return mk(c, frm=("QuickFund Lending", "offers@%s" % dom), subj="Pre-approved: %s personal loan, funds tomorrow" % usd(amt).replace(".00", ""),
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html", hcte="base64")


@S("loan-debt")
def _(c):
    dom = "debtfree-now.top.example"
    body = f"""
    <p style="font-size:22px"><b>Eliminate up to 50% of your credit card debt</b></p>
    {ps("If you owe $10,000 or more, a new program could cut your balance in half and give you ONE low monthly payment.",
        "See if you qualify in 60 seconds. No obligation.")}
    <p>{btn(short(c), "Check eligibility", "#0369a1")}</p>
    <p style="font-size:9px;color:#999">Results vary. Not available in all states. Unsubscribe: {short(c)}</p>
    """
    return mk(c, frm=("Debt Relief Center", "help@%s" % dom), subj="Cut your credit card debt in half (see if you qualify)",
              prof=("vps", dict(bnd="python")), html=spam_html(body, c), shape="html", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("loan-debt")
def _(c):
    tn = tenant(c)
    text = dd(f"""
    FINAL NOTICE - Student Loan Forgiveness

    Dear Borrower,

    Our records indicate you may be eligible for full or partial discharge of your federal student loans under the new forgiveness guidelines. The enrollment deadline is {c.d(3, 'us')}.

    To avoid losing eligibility, call 1-888-555-0142 or complete your application at {short(c)}

    Borrower Assistance Division
    """)
    return mk(c, frm=("Borrower Assistance Division", "notice@%s" % tn), subj="FINAL NOTICE: Student loan forgiveness deadline",
              prof=("m365", dict(region="namprd", thread=False)), text=text, shape="text", tcte="quoted-printable", to="undisclosed-recipients:;")


@S("loan-debt")
def _(c):
    c.lang("es")
    dom = "prestamo-rapido.sbs.example"
    body = f"""
    <h2 style="color:#1d4ed8">Préstamo rápido sin aval ni nómina</h2>
    {ps("Hola {0}:".format(c.first), "Consigue hasta <b>5.000 €</b> en 10 minutos. Aunque estés en ASNEF.", "100 % online. Primer préstamo sin intereses.")}
    <p>{btn("https://%s/solicitar?c=%s" % (dom, c.an(6)), "SOLICITAR AHORA", "#1d4ed8")}</p>
    """
    return mk(c, frm=("Préstamo Rápido", "info@mg.%s" % dom), subj="Préstamo rápido sin aval: hasta 5.000 € hoy",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c), shape="html", hcte="quoted-printable", hdr_enc="Q",
              cs="iso-8859-15", hdr_cs="iso-8859-15")


@S("loan-debt")
def _(c):
    srv = "node%d.budget-shared.test" % c.ri(10, 99)
    dom = "crestline-hvac.example"
    text = dd(f"""
    BUSINESS FUNDING - $250,000 SAME DAY

    No credit check. No collateral. 6 months in business + $15K monthly revenue is all you need.

    Merchant cash advance, lines of credit, equipment financing.

    Reply with your monthly revenue to get a same-day offer.

    Marcus
    Funding Specialist
    """)
    return mk(c, frm=("Funding Specialist", "accounts@%s" % dom), reply_to="marcus.funding@capitaldesk-offers.example",
              subj="Re: funding for %s" % c.rdom.split(".")[0].replace("-", " ").title(), prof=("cpanel", dict(server=srv)), text=text, shape="text", tcte="7bit")


@S("loan-debt")
def _(c):
    dom = "lendwise-approvals.example"
    app = "A-%d" % c.ri(10000, 99999)
    body = f"""
    <p style="font-size:20px"><b>Your application #{app} has been approved</b></p>
    {ps("Congratulations! You are approved for <b>$7,500</b> at 5.9% APR.", "To receive the funds, verify your bank account and pay the $49 processing fee via gift card or Zelle.")}
    <p>{btn("https://%s/verify/%s" % (dom, app), "Verify &amp; Receive Funds", "#0f766e")}</p>
    """
    return mk(c, frm=("LendWise Approvals", "approvals@%s" % dom), subj="Your application #%s has been approved" % app,
              prof=("ses", dict(region="us-east-1", mailfrom="bounce.%s" % dom, esp_sig=False)), html=spam_html(body, c), shape="html")


@S("loan-debt")
def _(c):
    srv = "vps%d.hostfarm-panel.example" % c.ri(100, 999)
    dom = "riverside-community-choir.example"
    body = f"""
    <h2>Owe more than $10,000 to the IRS?</h2>
    {ps("The IRS Fresh Start program may reduce what you owe by up to 90%.", "Stop wage garnishments and bank levies. Free consultation with a licensed tax attorney.")}
    <p>{btn("https://taxrelief-fresh.example/qualify?s=%s" % c.an(5), "See if you qualify", "#991b1b")}</p>
    """
    return mk(c, frm=("Tax Relief Advocates", "noreply@%s" % dom), subj="IRS Fresh Start: reduce tax debt up to 90%",
              prof=("webshell", dict(server=srv)), html=spam_html(body, c), shape="html", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("loan-debt")
def _(c):
    dom = "homerate-watch.example"
    body = f"""
    <p style="font-size:22px"><b>Rates just dropped. Lower your mortgage payment.</b></p>
    {ps("Homeowners are saving an average of $312/month by refinancing now.", "Compare offers from top lenders in 2 minutes. No SSN required.")}
    <p>{btn("https://%s/refi?zip=&s=%s" % (dom, c.an(5)), "Compare rates", "#1e40af")}</p>
    <p style="font-size:9px;color:#888">This is an advertisement. NMLS not applicable. Unsubscribe at https://{dom}/u</p>
    """
    return mk(c, frm=("HomeRate Watch", "alerts@%s" % dom), subj="Rates dropped - lower your mortgage payment",
              prof=("brevo", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 40, "white")), shape="html", bulk=True)


def btc(c):
    return "bc1q" + c.an(38, "qpzry9x8gf2tvdw0s3jn54khce6mua7l")


def phone(c):
    return "+1 (%d) 555-%04d" % (c.ch([808, 844, 855, 866, 877, 888]), c.ri(100, 199))


@S("fake-renewal")
def _(c):
    who, a = "Norton Billing", "nortonbilling.%d@freemail-hub.example" % c.ri(100, 999)
    inv = "NT%d" % c.ri(10 ** 7, 10 ** 8)
    ph = phone(c)
    text = dd(f"""
    Dear Customer,

    Thank you for renewing your Norton 360 Total Protection subscription. Your account has been charged $399.99 for 3 years (5 devices).

    Invoice No: {inv}
    Date: {c.d(0, 'usn')}
    Payment: Auto-debit

    If you did not authorize this renewal or wish to cancel and receive a refund, please call our billing department within 24 hours:

    {ph}

    Norton Billing Support
    """)
    return mk(c, frm=(who, a), subj="Invoice %s - Subscription Renewed Successfully" % inv,
              prof=("webmail", dict(host="smtp-out.freemail-hub.example", mid="%s@freemail-hub.example" % c.uuid(), sel="fmh", tz=-300, bnd="gmail")),
              text=text, shape="text", tcte="quoted-printable", to="undisclosed-recipients:;",
              atts=[att_leaf("application/pdf", "Invoice_%s.pdf" % inv, pdf(["NORTON 360 TOTAL PROTECTION", "Invoice %s" % inv, "Amount: $399.99", "Questions? Call %s" % ph], "Invoice"))])


@S("fake-renewal")
def _(c):
    dom = "mcafee-renewal-center.top.example"
    ph = phone(c)
    body = f"""
    <table width="100%" style="border:1px solid #c01818"><tr><td style="background:#c01818;color:#fff;padding:12px;font-size:20px"><b>McAfee</b> Total Protection</td></tr>
    <tr><td style="padding:16px">
    {ps("Auto-Renewal Successful", "Order ID: <b>{0}</b><br>Plan: Total Protection Premium (1 year)<br>Amount: <b>$289.99</b>".format(c.code('o', 10)),
        "The amount will appear on your statement within 24-48 hours. To cancel and get a full refund, contact us at <b>{0}</b>.".format(ph))}
    </td></tr></table>
    """
    return mk(c, frm=("McAfee Renewals", "renewal@%s" % dom), subj="Auto-Renewal Successful - Order %s" % c.code("o", 10),
              prof=("vps", dict(bnd="phpmailer")), html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("fake-renewal")
def _(c):
    tn = tenant(c)
    ph = phone(c)
    o = "GS-%d" % c.ri(10 ** 6, 10 ** 7)
    body = f"""
    <p style="font-size:20px;color:#0046be"><b>Geek Squad</b> Order Confirmation</p>
    <p>Hello {c.first},</p>
    <table style="font-size:14px;border-collapse:collapse">
    <tr><td style="padding:4px 12px 4px 0">Order #</td><td><b>{o}</b></td></tr>
    <tr><td style="padding:4px 12px 4px 0">Product</td><td>Geek Squad Protection - 2 Years</td></tr>
    <tr><td style="padding:4px 12px 4px 0">Total</td><td><b>$449.99</b></td></tr>
    </table>
    <p>If you wish to cancel this order, call our helpline: <b>{ph}</b></p>
    """
    return mk(c, frm=("Geek Squad", "billing@%s" % tn), subj="Your Order %s is confirmed" % o, prof=("m365", dict(region="namprd", thread=False)),
              html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("fake-renewal")
def _(c):
    srv = "srv%d.cheapwebhost-cp.test" % c.ri(100, 999)
    dom = "greenleaf-landscaping.example"
    inv = "INV-%d" % c.ri(100000, 999999)
    ph = phone(c)
    text = dd(f"""
    INVOICE {inv}

    Product: Windows Defender Firewall Premium (Lifetime)
    Qty: 1
    Total: USD 499.00
    Status: Paid

    Thank you for your order. This transaction will appear as "WD SECURITY SVC" on your statement.

    For cancellation or refund call: {ph} (24/7)
    """)
    return mk(c, frm=("Billing Department", "office@%s" % dom), subj="Invoice %s for your recent order" % inv, prof=("cpanel", dict(server=srv)),
              text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;",
              atts=[att_leaf("application/pdf", "%s.pdf" % inv, pdf(["INVOICE %s" % inv, "Windows Defender Firewall Premium", "USD 499.00", "Call %s" % ph]))])


@S("fake-renewal")
def _(c):
    dom = "prime-membership-billing.example"
    ph = phone(c)
    body = f"""
    <p>Dear {c.first},</p>
    {ps("Your Amazon Prime annual membership renewal of <b>$139.00</b> has been processed.", "If this renewal was not made by you, please contact Prime Support immediately at <b>{0}</b> to cancel and get a refund.".format(ph),
        "Transaction ID: {0}".format(c.code('t', 12, UPDIG)))}
    <p style="font-size:11px;color:#666">Prime Membership Services</p>
    """
    return mk(c, frm=("Prime Membership", "service@%s" % dom), subj="Your Prime renewal of $139.00 was processed", prof=("vps", dict(bnd="python")),
              html=spam_html(body, c), shape="html", hcte="quoted-printable")


@S("fake-renewal")
def _(c):
    dom = "coin-orders-confirm.example"
    ph = phone(c)
    amt = c.money("b", 900, 2900)
    body = f"""
    <h2>Order confirmation</h2>
    {ps("You bought <b>{0} BTC</b> for <b>{1}</b> using your linked bank account.".format("%.5f" % (amt / 97000), usd(amt)),
        "Order ID: {0}<br>Date: {1}".format(c.uuid(), c.d(0, 'us')),
        "Didn't make this purchase? Call our fraud team now at <b>{0}</b> to reverse the transaction.".format(ph))}
    """
    return mk(c, frm=("Coinbase Orders", "no-reply@%s" % dom), subj="Order confirmation: Bitcoin purchase %s" % usd(amt),
              prof=("ses", dict(region="us-east-1", mailfrom="mail.%s" % dom, esp_sig=False)), html=spam_html(body, c), shape="html")


@S("fake-renewal")
def _(c):
    dom = "office-license-desk.example"
    ph = phone(c)
    o = c.code("o", 11)
    body = f"""
    <p style="font-size:20px"><b>Thanks for your purchase</b></p>
    {ps("Microsoft 365 Premium &mdash; 3 Years &mdash; <b>$649.97</b>", "Order number: {0}".format(o),
        "Your receipt is attached. If you have any questions about this charge, call {0}.".format(ph))}
    """
    return mk(c, frm=("Microsoft Store Billing", "receipts@%s" % dom), subj="Your receipt for order %s" % o,
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c), shape="html", hcte="base64",
              atts=[att_leaf("application/pdf", "Receipt_%s.pdf" % o, pdf(["RECEIPT", "Order %s" % o, "$649.97", "Support: %s" % ph]))])


@S("fake-renewal")
def _(c):
    dom = "identity-guard-renew.example"
    ph = phone(c)
    text = dd(f"""
    Subscription renewed: LifeLock Ultimate Plus

    Hi,

    Your LifeLock Ultimate Plus plan has been renewed for another year. Amount charged: $349.99.

    Need help or want to cancel? Our support line is open 24/7: {ph}

    Thank you for trusting us with your identity protection.
    """)
    return mk(c, frm=("LifeLock Membership", "renewals@mg.%s" % dom), subj="Subscription renewed: LifeLock Ultimate Plus ($349.99)",
              prof=("mailgun", dict(sub="mg", esp_sig=False, track=False)), text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("fake-renewal")
def _(c):
    srv = "www%d.shared-hosting-cp.example" % c.ri(10, 99)
    dom = "summit-yoga-retreats.example"
    img = banner_png(c, 520, 360, [(0, 70, 190), (255, 255, 255), (240, 240, 240)])
    html = ('<html><body><p>Dear Member,</p><p><img src="cid:inv%s" width="520" height="360" alt="Invoice"></p>'
            '<p style="font-size:18px">Questions? Call <b>%s</b></p></body></html>\n' % (c.hx(8), phone(c)))
    cid = html.split('cid:')[1].split('"')[0]
    return mk(c, frm=("Geek Squad Membership", "admin@%s" % dom), subj="Re: Your Geek Squad membership auto-renewal",
              prof=("webshell", dict(server=srv)), html=html, shape="html", imgs=[(cid, "invoice.png", "image/png", img)], hcte="7bit",
              to="undisclosed-recipients:;")


@S("package-fee")
def _(c):
    dom = "globalparcel-express.shop.example"
    tn = "GPX%s" % c.code("t", 10)
    body = f"""
    <div style="border-top:5px solid #f59e0b;padding:16px">
    <p style="font-size:20px"><b>Global Parcel Express</b></p>
    {ps("Your parcel <b>{0}</b> is awaiting customs clearance.".format(tn), "An import fee of <b>€2.99</b> must be paid before delivery. Unpaid parcels are returned after 48 hours.")}
    <p>{btn("https://pay.%s/customs/%s" % (dom, tn), "Pay €2.99", "#f59e0b", "#111")}</p>
    </div>
    """
    return mk(c, frm=("Global Parcel Express", "customs@%s" % dom), subj="Parcel %s awaiting customs fee (€2.99)" % tn,
              prof=("vps", dict(bnd="python")), html=spam_html(body, c, bust=hashbuster(c, 25)), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("package-fee")
def _(c):
    tn = tenant(c)
    text = dd(f"""
    Parcel Service Notification

    We attempted to deliver your package today but no one was available. Your package will be returned unless you reschedule within 24 hours.

    Reschedule delivery: {short(c)}

    A redelivery fee of $1.95 applies.
    """)
    return mk(c, frm=("Parcel Service", "delivery@%s" % tn), subj="Delivery attempt failed - reschedule now",
              prof=("m365", dict(region="namprd", thread=False)), text=text, shape="text", tcte="quoted-printable", to="undisclosed-recipients:;")


@S("package-fee")
def _(c):
    c.lang("nl")
    dom = "pakketexpress-nl.top.example"
    body = f"""
    <h2>Uw pakket kon niet worden bezorgd</h2>
    {ps("Beste klant,", "Wegens een onvolledig adres kon uw pakket niet worden bezorgd. Bevestig uw gegevens en betaal de herbezorgkosten van <b>€ 1,49</b>.")}
    <p>{btn("https://%s/herbezorg/%s" % (dom, c.an(8)), "Herbezorging plannen", "#ff6600")}</p>
    """
    return mk(c, frm=("PakketExpress", "service@mg.%s" % dom), subj="Uw pakket kon niet worden bezorgd",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c), shape="html", cs="windows-1252", hcte="quoted-printable")


@S("package-fee")
def _(c):
    dom = "warehouse-unclaimed.example"
    body = f"""
    <p style="font-size:22px"><b>Unclaimed package from Amazon warehouse</b></p>
    {ps("A package addressed to you could not be delivered and is being held at our regional warehouse.", "Pay <b>$2.00</b> shipping to have it delivered. Contents: electronics (est. value $300+).")}
    <p>{btn(redir(c, "https://%s/claim/%s" % (dom, c.an(8))), "Schedule delivery", "#ff9900", "#111")}</p>
    """
    return mk(c, frm=("Warehouse Returns", "returns@%s" % dom), subj="You have an unclaimed package (pay $2 shipping)",
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c, bust=hashbuster(c, 40)), shape="html", hcte="base64")


@S("package-fee")
def _(c):
    c.lang("es")
    dom = "aduanas-envios.icu.example"
    body = f"""
    <h2>Su paquete está retenido en aduanas</h2>
    {ps("Estimado cliente:", "Su envío internacional requiere el pago de tasas aduaneras de <b>1,99 €</b>. Si no se realiza el pago en 72 horas, el paquete será devuelto al remitente.")}
    <p>{btn("https://%s/pago?ref=%s" % (dom, c.code('r', 9)), "Pagar tasas", "#dc2626")}</p>
    """
    return mk(c, frm=("Servicio de Envíos", "aduanas@%s" % dom), subj="Su paquete está retenido en aduanas",
              prof=("ses", dict(region="eu-west-1", mailfrom="rebote.%s" % dom, esp_sig=False)), html=spam_html(body, c), shape="html",
              hdr_enc="Q", hcte="base64")


@S("package-fee")
def _(c):
    srv = "mx%d.smallbiz-hosting.test" % c.ri(10, 99)
    dom = "northgate-bakery.example"
    body = f"""
    <p><b>FINAL NOTICE</b></p>
    {ps("Your package will be returned to sender on {0}.".format(c.d(1, 'us')), "Reason: unpaid shipping balance ($3.00).", "<a href='{0}'>Update payment information</a>".format(short(c)))}
    """
    return mk(c, frm=("Delivery Notice", "info@%s" % dom), subj="Final notice: your package will be returned to sender",
              prof=("cpanel", dict(server=srv)), html=spam_html(body, c), shape="html", cs="windows-1252", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("package-fee")
def _(c):
    srv = "web%d.legacy-hosting.example" % c.ri(10, 99)
    dom = "hillcrest-pta.example"
    sid = "XJ%s" % c.code("s", 9, UPDIG)
    text = dd(f"""
    Shipment {sid}: address incomplete

    Your shipment is on hold because the address is incomplete (missing apartment/suite number).
    Update your address and pay the $0.99 correction fee: {short(c)}

    If not updated within 12 hours the item will be destroyed.
    """)
    return mk(c, frm=("Shipment Update", "noreply@%s" % dom), subj="Shipment %s: address incomplete" % sid, prof=("webshell", dict(server=srv)),
              text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("extortion")
def _(c):
    addr_ = btc(c)
    text = dd(f"""
    Hello!

    I have very bad news for you. A few months ago I gained access to the devices you use to browse the internet. Since then I have been monitoring your online activity.

    I installed a trojan on your device that lets me access your camera and microphone. I have recorded videos of you while you were visiting adult websites.

    I can send these videos to all your contacts, email and social networks with one click.

    If you want me to delete everything, transfer $1450 in Bitcoin to this address:

    {addr_}

    You have 48 hours after opening this message. I have a special pixel that tells me when you read it. Do not reply, this mailbox is not monitored. Do not contact the police.
    """)
    return mk(c, frm=(c.name, c.addr), subj="%s" % c.addr, prof=("vps", dict(rdns="unknown-%s.dynip.test" % c.hx(6), helo="[%s]" % ip_for(c.hx(8)), sign=False,
                                                                           rp="%s@mailer-%s.test" % (c.an(8), c.an(5)), bnd="python", tls=None)),
              text=text, shape="text", tcte="7bit", skew=-c.ri(60, 900))


@S("extortion")
def _(c):
    c.lang("de")
    addr_ = btc(c)
    text = dd(f"""
    Hallo,

    Ihr Konto wurde gehackt. Ich habe Zugriff auf Ihr Gerät und Ihre E-Mail-Adresse {c.addr}.

    Ich habe Ihren Browserverlauf und Videos über Ihre Webcam aufgezeichnet. Wenn Sie nicht wollen, dass ich diese an Ihre Familie und Kollegen schicke, überweisen Sie 1200 USD in Bitcoin an:

    {addr_}

    Sie haben 2 Tage Zeit. Danach veröffentliche ich alles.
    """)
    dom = "secure-mail-%s.test" % c.an(5)
    return mk(c, frm=("Hacker", "support@%s" % dom), subj="Ihr Konto wurde gehackt - Zahlung erforderlich!", prof=("vps", dict(bnd="python", sign=False)),
              text=text, shape="text", cs="iso-8859-1", tcte="quoted-printable", hdr_cs="iso-8859-1", hdr_enc="Q")


@S("extortion")
def _(c):
    pw = c.an(3) + c.ch(["1234", "2019", "!!", "88"]) + c.an(3)
    addr_ = btc(c)
    text = dd(f"""
    I know that {pw} is one of your passwords.

    Let's get to the point. I got access to your system through a hacked router and installed software that recorded you. You know what you were watching.

    My price is $1,850. Send it to this Bitcoin wallet: {addr_}

    (It's case-sensitive, so copy and paste it.)

    You have one day to make the payment. If I don't get the Bitcoins, I will send your video to all your contacts including family members and coworkers.
    """)
    dom = "protonbox-%s.example" % c.an(4)
    return mk(c, frm=("", "%s@%s" % (c.an(9), dom)), subj="Security breach: %s" % pw, prof=("vps", dict(bnd="python", sign=False, tls="1.2")),
              text=text, shape="text", tcte="7bit")


@S("extortion")
def _(c):
    street = c.ch(["Birch Hollow Rd", "Larkspur Ln", "W Elm St", "Canal St"])
    addr_ = btc(c)
    dom = "mailer-%s.xyz.example" % c.an(5)
    text = dd(f"""
    {c.first},

    I know you live on {street}. The attached photo shows your house. I know much more about you.

    I have footage of you from your own camera. To make this go away, send $2000 in Bitcoin to {addr_} within 24 hours.

    The attached document explains how to buy Bitcoin.
    """)
    html = "<html><body>%s</body></html>\n" % "".join("<p>%s</p>" % _html.escape(p) for p in text.strip().split("\n\n"))
    return mk(c, frm=(c.first, "%s@%s" % (c.an(7), dom)), subj="%s, here is a photo of your house" % c.first,
              prof=("vps", dict(bnd="phpmailer", sign=True)), text=text, html=html, tcte="quoted-printable", hcte="quoted-printable",
              atts=[att_leaf("image/png", "%s_%s.png" % (c.last, street.replace(" ", "_")), photo_png(c, 200, 140)),
                    att_leaf("application/pdf", "%s.pdf" % c.first, pdf(["%s, read carefully." % c.first, "Payment: %s" % addr_, "Deadline: 24 hours"]))])


@S("extortion")
def _(c):
    c.lang("fr")
    addr_ = btc(c)
    text = dd(f"""
    Bonjour,

    Je suis un hacker professionnel et j'ai piraté votre appareil. J'ai enregistré une vidéo de vous pendant que vous regardiez des sites pour adultes.

    Si vous voulez que je supprime cette vidéo, envoyez 1300 € en Bitcoin à l'adresse suivante :

    {addr_}

    Vous avez 48 heures. Ne répondez pas à ce message.
    """)
    dom = "anon-relay.top.example"
    return mk(c, frm=(c.name, c.addr), subj="Votre appareil a été piraté", prof=("vps", dict(rdns="vm%d.anon-relay.top.example" % c.ri(10, 999), helo="anon-relay.top.example",
                                                                                            sign=False, rp="bounce@%s" % dom, bnd="python", tls=None)),
              text=text, shape="text", cs="utf-8", tcte="base64", hdr_enc="B")


@S("extortion")
def _(c):
    c.lang("es")
    addr_ = btc(c)
    dom = "correo-seguro-%s.example" % c.an(4)
    text = dd(f"""
    ÚLTIMO AVISO.

    Tengo tus videos y tu lista de contactos. Si no recibo 900 USD en Bitcoin en 24 horas, los publicaré.

    Dirección: {addr_}
    """)
    return mk(c, frm=("", "noreply@%s" % dom), subj="Último aviso", prof=("vps", dict(bnd="python", sign=False)), text=text, shape="text",
              cs="iso-8859-1", tcte="8bit", hdr_cs="iso-8859-1", hdr_enc="Q")


@S("advance-fee")
def _(c):
    who, a = "Barr. Edward Okonkwo", "barr.edwardokonkwo@legalchambers-mail.example"
    text = dd(f"""
    Dear {c.last},

    I am Barrister Edward Okonkwo, personal attorney to the late Engr. Robert {c.last}, a national of your country, who died with his family in a car accident in 2021.

    My late client left a deposit of US$8,500,000.00 (Eight Million Five Hundred Thousand Dollars) with a bank here. The bank has issued me a notice to provide the next of kin or have the account confiscated.

    Since you share the same surname, I am seeking your consent to present you as the next of kin so the proceeds can be paid to you. We will share 50/50. This transaction is 100% risk free.

    Please reply with your full name, phone number and address for more details.

    Regards,
    Barr. Edward Okonkwo (Esq.)
    """)
    return mk(c, frm=(who, a), reply_to="edward.okonkwo.chambers@privmail-box.example", subj="ATTENTION: Next of kin claim (%s)" % c.last.upper(),
              prof=("webmail", dict(host="out1.legalchambers-mail.example", mid="%s@legalchambers-mail.example" % c.hx(28), sel="lc", tz=60, bnd="dash")),
              text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("advance-fee")
def _(c):
    dom = "un-compensation-desk.example"
    text = dd(f"""
    UNITED NATIONS COMPENSATION COMMISSION
    Payment Approval Ref: UNCC/{c.code('r', 6)}/{c.year}

    Dear Beneficiary,

    This is to inform you that your compensation payment of US$2,500,000.00 has been approved for release as part of the scam victims' compensation programme.

    Your payment will be delivered via ATM card. To proceed, contact our paying officer Dr. Mrs. Helen Roberts with the following:

    1. Full name
    2. Address
    3. Phone number
    4. Copy of ID

    Email: paymentofficer.helen@{dom}

    Congratulations.
    """)
    return mk(c, frm=("UN Compensation Commission", "info@%s" % dom), reply_to="paymentofficer.helen@%s" % dom, subj="Your compensation payment has been approved",
              prof=("vps", dict(bnd="python", tls=None)), text=text, shape="text", tcte="7bit", to="undisclosed-recipients:;")


@S("advance-fee")
def _(c):
    who, a = "Mrs. Helena Vaughn", "helena.vaughn.foundation@charitymail-org.test"
    text = dd(f"""
    Hello,

    I am Mrs. Helena Vaughn, a philanthropist. I have decided to give away 25% of my wealth to individuals and charities. Your email was selected in a random draw to receive a donation of $1,500,000.00.

    Kindly confirm receipt of this email so that I can send you the details of how to claim your donation.

    God bless,
    Helena Vaughn
    """)
    html = "<html><body style='font-family:Georgia'>%s</body></html>\n" % "".join("<p>%s</p>" % _html.escape(p) for p in text.strip().split("\n\n"))
    return mk(c, frm=(who, a), subj="Donation for you",
              prof=("webmail", dict(host="relay.charitymail-org.test", mid="%s@charitymail-org.test" % c.uuid(), sel="cm", tz=0, bnd="gmail")),
              text=text, html=html, tcte="quoted-printable", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("advance-fee")
def _(c):
    who, a = "Mr. Ahmed Al-Rashid", "ahmed.alrashid.petro@oilventures-mail.example"
    text = dd(f"""
    Dear Friend,

    I am Ahmed Al-Rashid, a procurement director with a state oil corporation. I have a confidential business proposal involving the supply of 2 million barrels of Bonny Light crude oil at a discounted price.

    I need a trustworthy foreign partner to receive the commission of US$12.6M on our behalf. You will be entitled to 30% for your assistance.

    If interested, reply with your direct telephone number for more details.

    Best regards,
    Ahmed
    """)
    return mk(c, frm=(who, a), subj="Confidential business proposal",
              prof=("webmail", dict(host="mail.oilventures-mail.example", mid="%s.%d@oilventures-mail.example" % (c.hx(12), c.ri(1000, 9999)), sel="ov", tz=240, bnd="dash")),
              text=text, shape="text", tcte="7bit")


@S("advance-fee")
def _(c):
    srv = "cpanel%d.regional-isp-host.test" % c.ri(10, 99)
    dom = "clearwater-accounting.example"
    text = dd(f"""
    Dear Sir/Madam,

    I am Mr. James Whitmore, Regional Operations Manager at a bank in London. During our last audit we discovered a dormant account with a balance of £6,200,000 belonging to a foreign client who died without a will.

    No one has come forward to claim it. I can have the funds transferred to you as the beneficiary if we work together. I have all the documents ready.

    Reply to my private email: j.whitmore.private@privmail-box.example

    Kind regards,
    James Whitmore
    """)
    return mk(c, frm=("James Whitmore", "admin@%s" % dom), reply_to="j.whitmore.private@privmail-box.example", subj="Dormant account - urgent and confidential",
              prof=("cpanel", dict(server=srv)), text=text, shape="text", cs="windows-1252", tcte="quoted-printable", to="undisclosed-recipients:;")


@S("advance-fee")
def _(c):
    dom = "euro-lotto-claims.example"
    ref = "EML/%s/%d" % (c.code("r", 5, UPDIG), c.year)
    body = f"""
    <h2 style="color:#003399">EUROMILLIONS INTERNATIONAL PROMOTION</h2>
    {ps("Dear Winner,", "We are pleased to inform you that your email address won <b>€850,000.00</b> in our online sweepstakes held on {0}.".format(c.d(-10, 'uk')),
        "Ref No: <b>{0}</b>. Your winning certificate is attached.".format(ref),
        "To claim, contact our claims agent Mr. Paul Janssen: claims@{0}. A processing fee applies.".format(dom))}
    """
    return mk(c, frm=("Euro Lotto Claims", "award@%s" % dom), subj="WINNING NOTIFICATION - REF %s" % ref,
              prof=("vps", dict(bnd="phpmailer")), html=spam_html(body, c), shape="html", hcte="quoted-printable", to="undisclosed-recipients:;",
              atts=[att_leaf("application/pdf", "Winning_Certificate.pdf", pdf(["CERTIFICATE OF WINNING", "Ref %s" % ref, "EUR 850,000.00"]))])


@S("advance-fee")
def _(c):
    c.lang("es")
    who, a = "Lic. Fernando Ruiz", "lic.fruiz.abogados@bufete-mail.example"
    text = dd(f"""
    Estimado/a {c.first}:

    Me pongo en contacto con usted en relación con una herencia no reclamada de 4.750.000 USD perteneciente a un cliente fallecido con su mismo apellido.

    Necesito su autorización para presentarle como beneficiario ante el banco. Todos los trámites son legales y confidenciales. Compartiremos los fondos al 50 %.

    Le ruego responda con su nombre completo y número de teléfono.

    Atentamente,
    Lic. Fernando Ruiz
    """)
    return mk(c, frm=(who, a), subj="Herencia no reclamada - %s" % c.last,
              prof=("webmail", dict(host="smtp.bufete-mail.example", mid="%s@bufete-mail.example" % c.uuid(), sel="bm", tz=60, bnd="dash")),
              text=text, shape="text", cs="iso-8859-1", tcte="quoted-printable", hdr_cs="iso-8859-1", hdr_enc="Q")


@S("job-scam")
def _(c):
    dom = "remote-hiring-now.example"
    body = f"""
    <h2>Remote Data Entry &mdash; $45/hr &mdash; No Experience</h2>
    {ps("Hi {0},".format(c.first), "We reviewed your profile and you qualify for our remote data entry position. Flexible hours, weekly pay, equipment provided.",
        "Apply in 5 minutes. Interviews via chat this week.")}
    <p>{btn("https://%s/apply?j=%s" % (dom, c.an(6)), "Apply now", "#0ea5e9")}</p>
    """
    return mk(c, frm=("Hiring Team", "careers@%s" % dom), subj="You qualify: remote data entry, $45/hr",
              prof=("sendgrid", dict(esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html", hcte="quoted-printable")


@S("job-scam")
def _(c):
    who, a = "HR Recruitment", "hr.recruit%d@talent-desk.test" % c.ri(10, 99)
    text = dd(f"""
    Dear Candidate,

    Congratulations! Your resume has been shortlisted for the position of Online Assistant (part-time, remote). Salary: $500-$900 per week.

    The interview will be conducted on WhatsApp. Please add our HR manager at +1 (555) 010-{c.ri(1000, 9999)} and send "Interview" to begin.

    Best regards,
    HR Department
    """)
    return mk(c, frm=(who, a), subj="Your resume was shortlisted - interview today",
              prof=("webmail", dict(host="smtp.talent-desk.test", mid="%s@talent-desk.test" % c.uuid(), sel="td", tz=480, bnd="dash")),
              text=text, shape="text", tcte="7bit")


@S("job-scam")
def _(c):
    tn = tenant(c)
    body = f"""
    <p style="font-size:20px"><b>Part-time job: like videos, earn $300/day</b></p>
    {ps("We are hiring people to like and rate videos for our marketing clients. 30-60 minutes a day from your phone.",
        "You are paid after every task. Contact our coordinator on Telegram to start today.")}
    <p>{btn(short(c), "Start now", "#16a34a")}</p>
    """
    return mk(c, frm=("Talent Coordinator", "jobs@%s" % tn), subj="Part-time: earn $300/day from your phone",
              prof=("m365", dict(region="apcprd", thread=False)), html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@S("job-scam")
def _(c):
    who, a = "Dr. Patricia Moore", "dr.patriciamoore%d@freemail-hub.example" % c.ri(10, 99)
    text = dd(f"""
    Hello {c.first},

    I got your contact from the university directory. I am looking for a personal assistant to help with errands and paying some bills while I am traveling. It takes about 2 hours a week and pays $650 weekly.

    I will send you a check to cover your first week's pay plus funds for the errands. You will deposit it and send the balance to my vendors.

    If interested, reply with your full name, address and cell number.

    Thanks,
    Patricia
    """)
    return mk(c, frm=(who, a), subj="Personal assistant needed - $650 weekly",
              prof=("webmail", dict(host="smtp-out.freemail-hub.example", mid="%s@freemail-hub.example" % c.uuid(), sel="fmh", tz=-300, bnd="gmail")),
              text=text, shape="text", tcte="quoted-printable")


@S("job-scam")
def _(c):
    dom = "shopper-evaluations.top.example"
    body = f"""
    <h2>Mystery Shopper Job Offer</h2>
    {ps("You have been selected as a secret shopper in your area. Your first assignment: evaluate a money transfer service.",
        "You will receive a check for $2,450. Keep $350 as your pay and send the rest through the money transfer location, then report your experience.")}
    <p>{btn("https://%s/register?id=%s" % (dom, c.an(6)), "Accept assignment", "#7c3aed")}</p>
    """
    return mk(c, frm=("Shopper Evaluations", "assign@%s" % dom), subj="Mystery shopper assignment - $350 per task",
              prof=("vps", dict(bnd="python")), html=spam_html(body, c), shape="html", hcte="quoted-printable", to="undisclosed-recipients:;")


@S("job-scam")
def _(c):
    c.lang("es")
    dom = "empleo-casa.sbs.example"
    body = f"""
    <h2>Trabajo desde casa: 200 € al día</h2>
    {ps("Hola {0}:".format(c.first), "Buscamos personas para tareas sencillas online. Sin experiencia. Solo necesitas un móvil y 1 hora al día.", "Pagos diarios por Bizum.")}
    <p>{btn("https://%s/unete?r=%s" % (dom, c.an(6)), "QUIERO EMPEZAR", "#f97316")}</p>
    """
    return mk(c, frm=("Empleo en Casa", "info@mg.%s" % dom), subj="Trabajo desde casa: 200 € al día 💶",
              prof=("mailgun", dict(sub="mg", esp_sig=False)), html=spam_html(body, c), shape="html", hcte="base64", hdr_enc="B")


@S("job-scam")
def _(c):
    srv = "cp%d.hostpoint-shared.test" % c.ri(10, 99)
    dom = "tri-county-plumbing.example"
    text = dd(f"""
    Position: Package Reshipping Coordinator (work from home)

    Receive packages at your home address, inspect them and reship with prepaid labels. $2,800/month + $30 per package bonus.

    No experience necessary. Start this week.

    To apply, reply with your full name, home address and phone number.

    Logistics Recruitment Team
    """)
    return mk(c, frm=("Logistics Recruitment", "jobs@%s" % dom), reply_to="recruit.logistics@quickmail-box.example",
              subj="Work from home: package coordinator $2,800/month", prof=("cpanel", dict(server=srv)), text=text, shape="text", tcte="7bit")


@S("job-scam")
def _(c):
    c.lang("de")
    dom = "nebenjob-heute.cfd.example"
    body = f"""
    <h2>Nebenjob von zu Hause: 35 € pro Stunde</h2>
    {ps("Hallo {0},".format(c.first), "wir suchen Produkttester und App-Tester (m/w/d). Flexible Zeiten, keine Vorkenntnisse, Auszahlung wöchentlich.",
        "Für die Anmeldung benötigen wir nur eine Kopie Ihres Ausweises und ein kurzes Video-Ident.")}
    <p>{btn("https://%s/bewerben?c=%s" % (dom, c.an(6)), "Jetzt bewerben", "#2563eb")}</p>
    """
    return mk(c, frm=("Personalabteilung", "jobs@%s" % dom), subj="Nebenjob: 35 € pro Stunde von zu Hause",
              prof=("brevo", dict(esp_sig=False)), html=spam_html(body, c), shape="html", hcte="quoted-printable", hdr_enc="Q")


@S("lead-list")
def _(c):
    dom = "b2b-datahub.example"
    n = c.ri(20000, 60000)
    text = dd(f"""
    Hi,

    Would you be interested in acquiring the attendee list of the upcoming healthcare IT conference?

    Total attendees: {n:,}
    Includes: name, title, company, verified email, phone, LinkedIn URL

    Let me know if you're interested and I'll send pricing and a sample.

    Best,
    Sarah Mitchell
    Data Specialist
    """)
    return mk(c, frm=("Sarah Mitchell", "sarah.m@%s" % dom), subj="Attendee list - healthcare IT conference %d" % (c.year + 1 if c.when.month > 9 else c.year),
              prof=("vps", dict(bnd="python")), text=text, shape="text", tcte="7bit")


@S("lead-list")
def _(c):
    tn = tenant(c)
    text = dd("""
    Hi,

    We have verified CFO / Finance Director contacts for North America and Europe:

    - 128,000 CFOs
    - 96% deliverability guarantee
    - Updated monthly, GDPR-ready

    Can I share a free sample of 100 records?

    Regards,
    Kevin | Data Solutions
    """)
    return mk(c, frm=("Kevin | Data Solutions", "kevin@%s" % tn), subj="Verified CFO email list", prof=("m365", dict(region="namprd", thread=True)),
              text=text, shape="text", order=ORDERS["outlook"], tcte="quoted-printable")


@S("lead-list")
def _(c):
    dom = "leadsmart-contacts.example"
    text = dd(f"""
    Hi {c.first},

    Just following up on my previous email. Did you get a chance to review it?

    We have data on 184,000 dental practices in the USA, including owner names, direct emails and practice sizes.

    Please let me know your target criteria.

    Thanks,
    Amanda

    > Hi, would you be interested in dental practice data for your marketing campaigns?
    """)
    return mk(c, frm=("Amanda Ross", "amanda@%s" % dom), subj="Re: Data availability - dental practices USA",
              prof=("vps", dict(bnd="python", mailer="Microsoft Outlook 16.0")), text=text, shape="text", tcte="7bit",
              irt="<%s@%s>" % (c.hx(16), dom))


@S("lead-list")
def _(c):
    dom = "leadflow-engine.xyz.example"
    body = f"""
    <h2>50M+ B2B contacts. 95% deliverability.</h2>
    {ps("Build targeted lists by industry, title and location in seconds. Export unlimited leads to your CRM.", "Start a free trial &mdash; 500 credits included.")}
    <p>{btn("https://%s/trial?r=%s" % (dom, c.an(6)), "Get 500 free leads", "#0f172a")}</p>
    """
    return mk(c, frm=("LeadFlow", "growth@%s" % dom), subj="50M B2B contacts - 500 free leads", prof=("sendgrid", dict(esp_sig=False)),
              html=spam_html(body, c), shape="html", bulk=True)


@S("lead-list")
def _(c):
    who, a = "Jessica Turner", "jessica.turner.data@webmail-pro.example"
    text = dd(f"""
    Hi,

    Would you be interested in acquiring the CES {c.year + 1} attendees list?

    Attendees count: 135,000
    Information fields: company name, contact name, email, title, phone

    Let me know your thoughts so I can send you pricing.

    Regards,
    Jessica Turner
    Marketing Coordinator
    """)
    return mk(c, frm=(who, a), subj="CES %d attendees list" % (c.year + 1),
              prof=("webmail", dict(host="smtp.webmail-pro.example", mid="%s@webmail-pro.example" % c.uuid(), sel="wp", tz=-300, bnd="dash")),
              text=text, shape="text", tcte="7bit")


@S("lead-list")
def _(c):
    dom = "coldreach-infra.example"
    text = dd(f"""
    Hey {c.first},

    Running cold outbound? We set up 100 pre-warmed inboxes on secondary domains with SPF, DKIM and DMARC configured, ready to send 3,000+ emails/day without hitting spam.

    $3 per inbox per month. Setup in 24 hours.

    Worth a quick chat?

    Jake
    """)
    return mk(c, frm=("Jake at ColdReach", "jake@mg.%s" % dom), subj="100 warmed inboxes, ready tomorrow",
              prof=("mailgun", dict(sub="mg", esp_sig=False, track=False)), text=text, shape="text", tcte="7bit")


@S("lead-list")
def _(c):
    dom = "realtor-contacts-db.example"
    body = f"""
    <h2>1.2 million real estate agent contacts</h2>
    {ps("Reach agents and brokers across all 50 states. Email, phone, brokerage, license state.", "One-time price: <b>$297</b> (was $997). Instant download, CSV/Excel.")}
    <p>{btn("https://%s/buy?s=%s" % (dom, c.an(6)), "Download the list", "#b45309")}</p>
    """
    return mk(c, frm=("Agent Data Co", "sales@%s" % dom), subj="1.2M real estate agent contacts - $297 today",
              prof=("ses", dict(region="us-west-2", mailfrom="mail.%s" % dom, esp_sig=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html")


# =====================================================================================
# PHISH -- credential and payment theft (every sender domain and link is invented)
# =====================================================================================
def login_page(title, action, email_addr, brand_color="#0067b8", note="Sign in to view the document", extra=""):
    return """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>%s</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:360px;margin:60px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}
input{width:100%%;padding:8px;margin:8px 0;border:0;border-bottom:1px solid #666}button{background:%s;color:#fff;border:0;padding:9px 28px;float:right}</style>
</head><body><div class="box"><h3>%s</h3><p>%s</p>
<form method="POST" action="%s">
<input type="email" name="login" value="%s" readonly>
<input type="password" name="passwd" placeholder="Password" required>
<input type="hidden" name="src" value="attachment">
<button type="submit">Sign in</button></form>%s</div></body></html>
""" % (_html.escape(title), brand_color, _html.escape(title), _html.escape(note), action, email_addr, extra)


def js_redirect_html(url, email_addr, title="Loading..."):
    enc = base64.b64encode(("%s#%s" % (url, base64.b64encode(email_addr.encode()).decode())).encode()).decode()
    return ('<html><head><meta charset="utf-8"><title>%s</title></head><body>\n<p>Please wait while we load your secure document...</p>\n'
            '<script>\nvar _0x1a=["\\x6c\\x6f\\x63\\x61\\x74\\x69\\x6f\\x6e"];var u=atob("%s");\nsetTimeout(function(){window[_0x1a[0]].href=u;},800);\n</script>\n'
            '<noscript><a href="%s">Continue</a></noscript>\n</body></html>\n' % (title, enc, url))


def svg_redirect(url, email_addr, label="Play Message"):
    enc = base64.b64encode(url.encode()).decode()
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120" viewBox="0 0 400 120">\n'
            '<rect width="400" height="120" fill="#f3f3f3"/><text x="20" y="65" font-family="Arial" font-size="20">%s</text>\n'
            '<script type="text/javascript"><![CDATA[\nvar e="%s";var t=atob("%s");\nwindow.location.href=t+"?e="+encodeURIComponent(e);\n]]></script>\n</svg>\n'
            % (label, email_addr, enc))


def ms_card(c, title, lines, btn_label, url, color="#0078d4"):
    inner = '<p style="font-size:22px;font-weight:600;margin:0 0 16px 0">%s</p>\n%s\n<p style="margin:24px 0">%s</p>' % (
        title, "\n".join("<p style=\"margin:0 0 12px 0\">%s</p>" % l for l in lines), btn(url, btn_label, color, radius=2))
    return wrap_html("ms", inner, brand="Microsoft", color="#5e5e5e",
                     foot="Microsoft Corporation, One Microsoft Way, Redmond, WA 98052")


@X("m365")
def _(c):
    dom = "micros0ft-passwordcenter.example"
    url = "https://login.%s/common/oauth2/?client=%s&login_hint=%s" % (dom, c.uuid(), urllib.parse.quote(c.addr))
    html = ms_card(c, "Your password expires today", ["Hi %s," % c.first, "The password for your Microsoft 365 account <b>%s</b> expires today." % c.addr,
                                                      "To keep using the same password, confirm it below. Otherwise you will be signed out of Outlook, Teams and OneDrive."],
                   "Keep current password", url)
    return mk(c, frm=("Microsoft 365", "no-reply@%s" % dom), subj="Password expiry notice for %s" % c.addr,
              prof=("vps", dict(bnd="python", sel="sel1")), html=html, shape="html", hcte="base64")


@X("m365")
def _(c):
    srv = "server%d.regional-hosting-cp.example" % c.ri(100, 999)
    dom = "fairview-orthodontics.example"
    pct = c.ri(96, 99)
    url = "https://storage-share.example/%s/index.html#%s" % (c.hx(12), base64.b64encode(c.addr.encode()).decode())
    body = f"""
    <table width="100%" style="font-family:Segoe UI,Arial;font-size:14px"><tr><td>
    <p style="font-size:18px;color:#d83b01"><b>Mailbox storage almost full</b></p>
    <p>{c.addr}</p>
    <div style="background:#eee;width:320px;height:14px"><div style="background:#d83b01;width:{pct}%;height:14px"></div></div>
    <p>{pct}% used (49.{c.ri(1, 9)} GB of 50 GB). Incoming messages will be rejected after {c.d(0, 'us')}.</p>
    <p><a href="{url}" style="background:#0078d4;color:#fff;padding:10px 20px;text-decoration:none">Increase storage for free</a></p>
    <p style="font-size:11px;color:#888">Microsoft Exchange Online &copy; {c.year}</p>
    </td></tr></table>
    """
    return mk(c, frm=("Exchange Online", "postmaster@%s" % dom), subj="Action required: mailbox storage %d%% full" % pct,
              prof=("cpanel", dict(server=srv)), html=spam_html(body, c), shape="html", hcte="quoted-printable")


@X("m365")
def _(c):
    tn = tenant(c)
    who = c.ch(["Laura Chen", "Mark Ellison", "Rita Gomez"])
    url = "https://teams-message-view.test/l/chat/%s?tenant=%s" % (c.uuid(), c.uuid())
    html = ms_card(c, "%s sent you a message" % who, ['<i>"Hey, can you review the updated contract before 3pm? I shared it in our chat."</i>',
                                                      "Reply in Teams to continue the conversation."], "Reply in Teams", url, "#5b5fc7")
    return mk(c, frm=("Microsoft Teams", "noreply@%s" % tn), subj="%s sent you a message in Teams" % who,
              prof=("m365", dict(region="namprd", thread=False)), html=html, shape="html", hcte="base64", to_plain=True)


@X("m365")
def _(c):
    dom = "secure-signin-review.example"
    url = "https://login.microsoftonline.com.%s/?u=%s" % (dom, c.hx(16))
    ipx = "%s.%d" % (c.ch(["198.51.100", "203.0.113"]), c.ri(2, 250))
    body = f"""
    # Unusual sign-in activity

    We detected something unusual about a recent sign-in to the Microsoft account {c.addr[:2]}*****@{c.rdom}.

    | Country/region | Russia/Moscow |
    | IP address | {ipx} |
    | Date | {c.d(0, 'us')} {c.tm(0, 0)} (GMT) |
    | Platform | Windows |
    | Browser | Firefox |

    A user from Russia/Moscow just logged into your account. If this wasn't you, please report the user:

    [Report The User](mailto:security-report@{dom}?subject=Report%20The%20User)

    Thanks,
    The Microsoft account team
    """
    return mk(c, frm=("Microsoft account team", "account-security@%s" % dom), subj="Microsoft account unusual sign-in activity",
              prof=("vps", dict(bnd="python")), body=body, style="ms", color="#2672ec", brand="Microsoft account", tcte="quoted-printable",
              extra=[("X-Priority", "1")])


@X("m365")
def _(c):
    srv = "mail%d.smb-hosting-cp.test" % c.ri(10, 99)
    dom = "kesterel-labs.test"
    page = login_page("Microsoft 365 - Re-register MFA", "https://mfa-reenroll.%s/submit.php" % "authportal-cloud.example", c.addr,
                      note="Your organization requires you to re-register your authentication methods.")
    text = dd(f"""
    Hello {c.first},

    As part of the annual security review, all staff must re-register their multi-factor authentication before Friday. Accounts that are not re-registered will be locked.

    Open the attached secure form and sign in with your work account to complete the process.

    IT Service Desk
    """)
    return mk(c, frm=("IT Service Desk", "it-helpdesk@%s" % dom), subj="[ACTION REQUIRED] Re-register your MFA methods by Friday",
              prof=("cpanel", dict(server=srv, mailer="Microsoft Outlook 16.0")), text=text, shape="text", tcte="7bit",
              atts=[att_leaf("text/html", "MFA_Reregistration_Form.html", page.encode())])


@X("m365")
def _(c):
    c.set_rcpt(("Hannah Lee", "hannah.lee@kestrel-labs.test"))
    dom = "northwind-analytics.co.example"
    url = "https://northwindanalytics-my.sharepoint-docs.example/:b:/g/personal/jordan_blake/%s?e=%s" % (c.b64(18, True), c.an(6))
    html = wrap_html("ms", ('<p style="font-size:20px">Jordan Blake shared a file with you</p><div style="border:1px solid #e1dfdd;padding:12px;margin:12px 0">'
                            '<b>Northwind - Revised SOW and Payment Schedule.pdf</b></div><p>Here\'s the revised SOW we discussed.</p>'
                            '<p>%s</p><p style="font-size:12px;color:#605e5c">This link will work for anyone.</p>') % btn(url, "Open", "#0078d4", radius=2),
                     brand="OneDrive", color="#0078d4", foot="Microsoft respects your privacy. To learn more, please read our Privacy Statement.")
    return mk(c, frm=("Jordan Blake", "jordan.blake@%s" % dom), subj="Jordan Blake shared \"Northwind - Revised SOW and Payment Schedule\" with you",
              prof=("vps", dict(bnd="outlook", sel="selector1")), html=html, shape="html", hcte="quoted-printable")


@X("google")
def _(c):
    dom = "accounts-google-security.example"
    url = "https://%s/signin/v2/challenge?continue=%s&hl=en" % (dom, c.hx(20))
    body = f"""
    # Someone has your password

    Hi {c.first},

    Someone just used your password to try to sign in to your Google Account {c.addr}.

    | When | {c.d(0, 'usw')} {c.tm(0, 0)} |
    | Where | Sao Paulo, Brazil |
    | Device | Windows |

    Google stopped this sign-in attempt. You should change your password immediately.

    [CHANGE PASSWORD]({url})

    Best,
    The Google Accounts team
    """
    return mk(c, frm=("Google", "no-reply@%s" % dom), subj="Critical security alert", prof=("vps", dict(bnd="gmail")), body=body, style="mini",
              tcte="base64", hcte="base64")


@X("google")
def _(c):
    tn = tenant(c)
    url = "https://docs-google-share.test/document/d/%s/edit?usp=sharing" % c.b64(30, True)
    who = c.ch(["Accounting Dept", "Payroll Team", "HR Department"])
    body = f"""
    <table style="font-family:Google Sans,Roboto,Arial;max-width:520px"><tr><td>
    <p style="font-size:18px">{who} shared a document</p>
    <p><b>{who}</b> ({c.an(8)}@{tn}) has invited you to <b>edit</b> the following document:</p>
    <p style="border:1px solid #dadce0;padding:12px;border-radius:8px">📄 {c.ch(['Q4 Bonus Allocation', 'Updated Salary Structure 2026', 'Employee Benefits Changes'])}.docx</p>
    <p>{btn(url, "Open", "#1a73e8")}</p>
    <p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this email because {c.addr} was shared a document.</p>
    </td></tr></table>
    """
    return mk(c, frm=("%s (via Google Docs)" % who, "drive-shares-noreply@%s" % tn), subj="Document shared with you: \"%s\"" % "Compensation Review",
              prof=("m365", dict(region="eurprd", thread=False)), html=spam_html(body, c), shape="html", hcte="base64")


@X("google")
def _(c):
    dom = "workspace-billing-notice.example"
    url = "https://admin.%s/billing/suspend?d=%s" % (dom, c.rdom)
    text = dd(f"""
    Your Google Workspace subscription for {c.rdom} has been suspended

    We were unable to process your payment for {c.rdom}. Your users will lose access to Gmail, Drive and Meet in 48 hours.

    Update your billing information: {url}

    Google Workspace Billing
    """)
    html = wrap_html("mini", md_html(f"""
    # Payment failed - subscription suspended

    We were unable to process your payment for **{c.rdom}**. Your users will lose access to Gmail, Drive and Meet in 48 hours.

    [Update billing information]({url})
    """, color="#1a73e8"), foot="Google Workspace Billing")
    return mk(c, frm=("Google Workspace", "workspace-noreply@%s" % dom), subj="[Action required] Google Workspace payment failed for %s" % c.rdom,
              prof=("ses", dict(region="us-east-1", mailfrom="bounce.%s" % dom, esp_sig=False)), text=text, html=html)


@X("apple")
def _(c):
    dom = "apple-id-verify.test"
    url = "https://appleid.%s/account/verify?session=%s" % (dom, c.hx(24))
    body = f"""
    Dear Customer,

    Your Apple ID has been locked for security reasons. We detected an unauthorized sign-in attempt from an unknown device.

    To unlock your account, please verify your information within 24 hours. Failure to do so will result in permanent suspension.

    [Verify Now]({url})

    Apple Support
    """
    return mk(c, frm=(lookalike(c, "Apple Support"), "noreply@%s" % dom), subj=lookalike(c, "Your Apple ID has been locked"), prof=("vps", dict(bnd="apple")),
              body=body, style="mini", hdr_enc="B", tcte="quoted-printable")


@X("apple")
def _(c):
    srv = "cpanel%d.cheap-webhost.example" % c.ri(10, 99)
    dom = "lakeview-pet-grooming.example"
    inv = "M%s" % c.code("i", 10)
    url = "https://apps-refund-center.example/cancel?order=%s" % inv
    body = f"""
    <div style="font-family:-apple-system,Helvetica;max-width:560px">
    <p style="font-size:28px;font-weight:600">Receipt</p>
    <table width="100%" style="font-size:13px"><tr><td>ORDER ID<br><b>{inv}</b></td><td>DATE<br>{c.d(0, 'uss')}</td></tr></table>
    <p>Final Cut Pro (1 Year) &mdash; <b>$299.99</b></p>
    <p>If you did not authorize this purchase, <a href="{url}">cancel and request a refund</a> within 24 hours.</p>
    </div>
    """
    return mk(c, frm=("App Store", "no_reply@%s" % dom), subj="Your receipt from Apple. Order %s" % inv, prof=("cpanel", dict(server=srv)),
              html=spam_html(body, c), shape="html", hcte="base64")


@X("apple")
def _(c):
    dom = "icloud-storage-notice.example"
    url = "https://%s/storage/upgrade?id=%s" % (dom, c.an(10))
    body = f"""
    <div style="text-align:center;font-family:Helvetica">
    <p style="font-size:26px">Your iCloud storage is full.</p>
    <p>Your photos and videos will be deleted on {c.d(2, 'us')}. Your payment method was declined.</p>
    <p>As a loyal customer, you can get <b>50 GB extra storage FREE</b> after updating your payment details.</p>
    <p>{btn(url, "Update Payment", "#0071e3", radius=18)}</p>
    </div>
    """
    return mk(c, frm=("iCloud", "billing@%s" % dom), subj="Your photos and videos will be deleted - payment declined",
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c, bust=hashbuster(c, 40)), shape="html", hcte="base64")


@X("paypal")
def _(c):
    dom = "paypa1-resolution.example"
    case = "PP-%s-%d" % (c.code("a", 3, UPDIG), c.ri(100000, 999999))
    url = "https://www.%s/resolution/case?id=%s" % (dom, case)
    body = f"""
    # We've limited your account

    Hello, {c.first},

    We noticed some unusual activity on your PayPal account. As a precaution, we've temporarily limited what you can do with your account until you confirm your identity.

    Case ID: {case}

    [Resolve now]({url})

    If you don't confirm within 72 hours, your account will be permanently limited.

    Sincerely,
    PayPal
    """
    return mk(c, frm=("PayPal", "service@%s" % dom), subj="Your account has been limited (Case %s)" % case, prof=("vps", dict(bnd="javamail")),
              body=body, style="card", color="#003087", brand="PayPal", tcte="quoted-printable")


@X("paypal")
def _(c):
    tn = tenant(c)
    amt = c.money("a", 480, 980)
    ph = phone(c)
    body = f"""
    <p style="font-size:20px"><b>Invoice from Billing Department</b></p>
    <p>Amount due: <b>{usd(amt)} USD</b></p>
    <p>Seller note: <i>We have detected unauthorized activity. A charge of {usd(amt)} will be processed from your account for Bitcoin purchase. If you did not authorize, call {ph} within 24 hours to cancel.</i></p>
    <p>{btn("https://invoice-paypa1.example/pay/%s" % c.hx(16), "View and Pay Invoice", "#0070ba")}</p>
    """
    return mk(c, frm=("Billing Department via PayPal", "invoices@%s" % tn), subj="Invoice from Billing Department (%s)" % c.code("n", 4),
              prof=("m365", dict(region="namprd", thread=False)), html=spam_html(body, c), shape="html", hcte="quoted-printable")


@X("paypal")
def _(c):
    c.lang("de")
    dom = "paypal-kontoservice.de.example"
    url = "https://%s/konto/bestaetigen?token=%s" % (dom, c.hx(20))
    body = f"""
    # Ihr Konto wurde vorübergehend eingeschränkt

    Hallo {c.first} {c.last},

    aufgrund neuer gesetzlicher Vorgaben (PSD2) müssen wir Ihre Daten erneut bestätigen. Bis dahin sind Zahlungen und Abbuchungen eingeschränkt.

    [Jetzt bestätigen]({url})

    Mit freundlichen Grüßen
    Ihr PayPal-Team
    """
    return mk(c, frm=("PayPal", "service@%s" % dom), subj="Ihr PayPal-Konto wurde eingeschränkt", prof=("mailgun", dict(sub="", esp_sig=False, track=False)),
              body=body, style="card", color="#003087", brand="PayPal", cs="iso-8859-1", tcte="quoted-printable", hdr_cs="iso-8859-1", hdr_enc="Q")


@X("bank")
def _(c):
    dom = "chase-secure-alerts.example"
    url = "https://secure-%s/verify/%s" % (dom, c.hx(12))
    body = f"""
    Dear Customer,

    We have detected suspicious activity on your account. For your protection, your online banking access has been temporarily suspended.

    To restore access, please verify your identity by confirming your account details.

    [Verify Your Identity]({url})

    If you do not verify within 24 hours, your account will be permanently locked.

    Chase Online Security
    """
    return mk(c, frm=("Chase Online", "alerts@%s" % dom), subj="Important: Your online banking access has been suspended",
              prof=("vps", dict(bnd="net")), body=body, style="bank", color="#117aca", brand="CHASE", tcte="quoted-printable",
              hcte="base64")


@X("bank")
def _(c):
    srv = "host%d.legacy-shared-cp.test" % c.ri(10, 99)
    dom = "millbrook-veterinary.example"
    page = login_page("Wells Fargo - Sign On", "https://wf-signon-verify.example/auth.php", c.addr, "#d71e28", "Sign on to confirm the transaction")
    text = dd(f"""
    Wells Fargo Fraud Prevention

    A payment of $1,249.00 to ZELLE RECIPIENT was initiated from your account on {c.d(0, 'usn')}.

    If you did not authorize this payment, open the attached secure message and sign on to cancel it.

    Reference: WF{c.code('r', 9)}
    """)
    return mk(c, frm=("Wells Fargo", "fraud-prevention@%s" % dom), subj="Zelle payment of $1,249.00 pending - confirm or cancel",
              prof=("cpanel", dict(server=srv)), text=text, shape="text", tcte="7bit",
              atts=[att_leaf("text/html", "SecureMessage_%s.html" % c.code("m", 6), page.encode())])


@X("bank")
def _(c):
    c.lang("de")
    dom = "sparkasse-sicherheit.online.example"
    url = "https://%s/pushTAN/aktualisieren?kd=%s" % (dom, c.code("k", 10))
    body = f"""
    # Aktualisierung Ihres pushTAN-Verfahrens

    Sehr geehrte Kundin, sehr geehrter Kunde,

    aufgrund einer Systemumstellung ist eine erneute Registrierung Ihres pushTAN-Verfahrens erforderlich. Ohne Aktualisierung wird Ihr Online-Banking-Zugang am {c.d(3, 'de')} gesperrt.

    [Jetzt aktualisieren]({url})

    Mit freundlichen Grüßen
    Ihre Sparkasse
    """
    return mk(c, frm=("Sparkasse", "service@%s" % dom), subj="Wichtig: Aktualisierung Ihres pushTAN-Verfahrens",
              prof=("vps", dict(bnd="phpmailer")), body=body, style="bank", color="#ff0000", brand="Sparkasse", cs="utf-8",
              tcte="base64", hcte="base64", hdr_enc="Q")


@X("bank")
def _(c):
    c.lang("es")
    dom = "bbva-clientes-seguridad.example"
    url = "https://%s/acceso?cliente=%s" % (dom, c.code("k", 8))
    body = f"""
    <div style="font-family:Arial;max-width:540px">
    <div style="background:#004481;color:#fff;padding:14px;font-size:22px"><b>BBVA</b></div>
    {ps("Estimado cliente:", "Hemos detectado un acceso no reconocido a su banca online desde un dispositivo nuevo. Por su seguridad, hemos bloqueado temporalmente su tarjeta.",
        "Para desbloquearla, confirme sus datos en el siguiente enlace:")}
    <p>{btn(url, "Confirmar identidad", "#1973b8")}</p>
    </div>
    """
    return mk(c, frm=("BBVA", "seguridad@%s" % dom), subj="Aviso de seguridad: tarjeta bloqueada temporalmente",
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c), shape="html", cs="iso-8859-1", hcte="quoted-printable", hdr_enc="Q")


@X("doc-share")
def _(c):
    dom = "docusign-envelope.test"
    env = c.uuid(True)
    url = "https://na4.%s/Signing/EmailStart.aspx?a=%s&acct=%s" % (dom, env, c.uuid())
    body = f"""
    <table width="100%" style="background:#f4f4f4;font-family:Helvetica,Arial"><tr><td align="center" style="padding:20px">
    <table width="560" style="background:#1e4ca1;color:#fff"><tr><td style="padding:28px;text-align:center">
    <p style="font-size:20px">Accounts Payable sent you a document to review and sign.</p>
    <p>{btn(url, "REVIEW DOCUMENT", "#ffc820", "#333")}</p></td></tr></table>
    <table width="560" style="background:#fff"><tr><td style="padding:20px;font-size:14px">
    <p><b>Accounts Payable</b><br>{c.an(6)}@{dom}</p>
    <p>Please review and complete: Remittance_Advice_{c.ri(1000, 9999)}.pdf</p>
    <p style="font-size:11px;color:#666">Do Not Share This Email. This email contains a secure link to DocuSign.</p>
    </td></tr></table></td></tr></table>
    """
    return mk(c, frm=("Accounts Payable via DocuSign", "dse_na4@%s" % dom), subj="Complete with DocuSign: Remittance_Advice.pdf",
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c, width=600), shape="html", hcte="quoted-printable")


@X("doc-share")
def _(c):
    dom = "adobe-sign-documents.example"
    url = "https://%s/public/agreement?tsid=%s" % (dom, c.hx(32))
    zipdata = zipped([("Agreement_%d.html" % c.ri(1000, 9999), js_redirect_html(url, c.addr, "Adobe Acrobat Sign").encode())], c.when)
    text = dd(f"""
    Adobe Acrobat Sign

    Contract Agreement {c.code('n', 6)} is ready for your signature.

    Please open the attached secure archive to view and sign the agreement.

    Powered by Adobe Acrobat Sign
    """)
    return mk(c, frm=("Adobe Acrobat Sign", "echosign@%s" % dom), subj="Signature requested on \"Contract Agreement\"",
              prof=("vps", dict(bnd="python")), text=text, shape="text", tcte="7bit",
              atts=[att_leaf("application/zip", "Agreement_Secure.zip", zipdata)])


@X("doc-share")
def _(c):
    tn = tenant(c)
    url = "https://%s-my.sharepoint-files.example/:f:/personal/%s/%s" % (tn.split(".")[0], c.an(8), c.b64(20, True))
    html = wrap_html("ms", ('<p style="font-size:20px">%s shared a folder with you</p><p><b>%s</b></p><p>%s</p>'
                            '<p style="font-size:12px;color:#605e5c">This link only works for the direct recipients of this message.</p>')
                     % (c.ch(["Finance Team", "Procurement", "Legal Department"]), "%s Payment Documents" % c.year, btn(url, "Open", "#0078d4", radius=2)),
                     brand="SharePoint", color="#038387", foot="Microsoft respects your privacy.")
    return mk(c, frm=("SharePoint Online", "no-reply@%s" % tn), subj="Payment Documents %d has been shared with you" % c.year,
              prof=("m365", dict(region="eurprd", thread=False)), html=html, shape="html", hcte="base64")


@X("doc-share")
def _(c):
    srv = "web%d.vps-shared-host.example" % c.ri(10, 99)
    dom = "brightpath-insurance-agency.example"
    url = "https://dropbox-transfer-files.test/scl/fi/%s/Scanned_Invoice.pdf?dl=0&rlkey=%s" % (c.an(20), c.an(24))
    pdfbytes = pdf(["You have received a secure document", "Click to view: %s" % url], "Secure Document")
    text = dd(f"""
    Hi,

    Please find the attached invoice and payment confirmation. The full file is too large for email so I've also shared it via Dropbox: {url}

    Let me know once processed.

    Thanks,
    Diane
    Brightpath Insurance Agency
    """)
    return mk(c, frm=("Diane Walsh", "diane@%s" % dom), subj="RE: Invoice and payment confirmation", prof=("cpanel", dict(server=srv, mailer="Microsoft Outlook 16.0")),
              text=text, shape="text", tcte="7bit", atts=[att_leaf("application/pdf", "Invoice_Payment_Confirmation.pdf", pdfbytes)],
              irt="<%s@%s>" % (c.hx(20), dom))


@X("doc-share")
def _(c):
    dom = "onedrive-securefiles.example"
    url = "https://%s/view/%s" % (dom, c.an(16))
    svg = svg_redirect(url, c.addr, "Open shared document")
    body = f"""
    You have received a new shared file via OneDrive.

    File: Purchase_Order_{c.ri(10000, 99999)}.pdf
    Shared by: procurement@{dom}

    Open the attached preview to view the document.
    """
    return mk(c, frm=("OneDrive", "sharing@%s" % dom), subj="New shared file: Purchase Order", prof=("ses", dict(region="us-east-2", mailfrom="mail.%s" % dom, esp_sig=False)),
              text=dd(body), shape="text", tcte="quoted-printable", atts=[att_leaf("image/svg+xml", "PO_preview.svg", svg.encode())])


@X("parcel")
def _(c):
    c.lang("de")
    dom = "dhl-paket-zustellung.example"
    sn = "JJD%s" % c.code("s", 16)
    url = "https://%s/sendung/%s/zoll" % (dom, sn)
    body = f"""
    # Ihre Sendung wartet auf Zustellung

    Sehr geehrte(r) {c.first} {c.last},

    Ihre Sendung {sn} konnte nicht zugestellt werden, da die Zollgebühr von 1,99 € noch nicht bezahlt wurde.

    Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, andernfalls wird die Sendung an den Absender zurückgeschickt.

    [Gebühr bezahlen]({url})

    Ihr DHL Paket-Team
    """
    return mk(c, frm=("DHL Paket", "noreply@%s" % dom), subj="Ihre Sendung %s: Zustellung ausstehend" % sn, prof=("vps", dict(bnd="javamail")),
              body=body, style="card", color="#d40511", brand="DHL", cs="utf-8", tcte="quoted-printable", hcte="base64")


@X("parcel")
def _(c):
    tn = tenant(c)
    trk = "9400%s" % c.code("t", 18)
    url = "https://usps-redelivery-center.test/track?id=%s" % trk
    body = f"""
    <div style="font-family:Arial;max-width:560px">
    <div style="background:#333366;color:#fff;padding:12px;font-size:20px"><b>USPS</b> Tracking&reg;</div>
    {ps("Your package could not be delivered on {0} due to an incomplete address.".format(c.d(-1, 'us')), "Tracking Number: <b>{0}</b>".format(trk),
        "Please confirm your address and pay the $0.30 redelivery fee within 12 hours or the package will be returned.")}
    <p>{btn(url, "Schedule Redelivery", "#333366")}</p>
    </div>
    """
    return mk(c, frm=("USPS", "tracking@%s" % tn), subj="USPS: Delivery attempt failed for %s" % trk, prof=("m365", dict(region="namprd", thread=False)),
              html=spam_html(body, c), shape="html", hcte="base64", to="undisclosed-recipients:;")


@X("parcel")
def _(c):
    c.lang("nl")
    dom = "postnl-pakketservice.test"
    url = "https://%s/betaal/%s" % (dom, c.an(10))
    body = f"""
    Beste klant,

    Uw pakket ligt klaar in ons sorteercentrum, maar er zijn nog €1,95 bezorgkosten verschuldigd.

    Betaal binnen 24 uur via iDEAL om de bezorging morgen te laten plaatsvinden.

    [Betaal bezorgkosten]({url})

    Met vriendelijke groet,
    PostNL
    """
    return mk(c, frm=("PostNL", "info@%s" % dom), subj="Uw pakket staat klaar - actie vereist", prof=("mailgun", dict(sub="mg", esp_sig=False, track=False)),
              body=body, style="card", color="#ed7000", brand="PostNL", cs="windows-1252", tcte="quoted-printable", hcte="quoted-printable")


@X("parcel")
def _(c):
    c.lang("pt")
    dom = "ctt-encomendas.pt.example"
    url = "https://%s/pagamento?ref=%s" % (dom, c.code("r", 9))
    body = f"""
    <div style="font-family:Arial">
    <p style="color:#d1171f;font-size:20px"><b>CTT Expresso</b></p>
    {ps("Caro(a) cliente,", "A sua encomenda encontra-se retida na alfândega. Para proceder à entrega, é necessário o pagamento de <b>2,49 €</b> de taxas aduaneiras.",
        "Caso o pagamento não seja efetuado em 48 horas, a encomenda será devolvida ao remetente.")}
    <p>{btn(url, "Pagar agora", "#d1171f")}</p>
    </div>
    """
    return mk(c, frm=("CTT Expresso", "notificacoes@%s" % dom), subj="A sua encomenda está retida na alfândega", prof=("vps", dict(bnd="phpmailer")),
              html=spam_html(body, c), shape="html", hcte="base64", hdr_enc="Q")


@X("tax")
def _(c):
    dom = "irs-refund-portal.example"
    url = "https://%s/refund/claim?case=%s" % (dom, c.code("c", 10))
    amt = c.money("r", 600, 2400)
    body = f"""
    # Tax Refund Notification

    After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund of {usd(amt)}.

    Please submit the tax refund request and allow us 3-5 business days to process it.

    [Submit refund request]({url})

    A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.

    Internal Revenue Service
    """
    return mk(c, frm=("Internal Revenue Service", "refunds@%s" % dom), subj="Tax Refund Notification - %s pending" % usd(amt),
              prof=("vps", dict(bnd="python")), body=body, style="bank", color="#1b3a6b", brand="IRS", hcte="quoted-printable", tcte="quoted-printable")


@X("tax")
def _(c):
    c.set_rcpt(("Hannah Lee", "hannah.lee@kestrel-labs.test"))
    dom = "hmrc-taxrebate.uk.example"
    url = "https://%s/rebate?ref=%s" % (dom, c.code("r", 8))
    body = f"""
    <div style="font-family:Arial;max-width:560px">
    <div style="background:#000;color:#fff;padding:10px;font-size:18px">GOV.UK</div>
    <h2>HM Revenue &amp; Customs</h2>
    {ps("Dear taxpayer,", "You are eligible to receive a tax rebate of <b>&pound;{0:,.2f}</b>. Please confirm your details to receive the payment to your bank account.".format(c.money('r', 200, 900)),
        "Reference: {0}".format(c.code('r2', 10, UPDIG)))}
    <p>{btn(url, "Claim rebate", "#00703c", radius=0)}</p>
    </div>
    """
    return mk(c, frm=("HMRC", "noreply@%s" % dom), subj="HMRC: You are eligible for a tax rebate", prof=("sendgrid", dict(esp_sig=False, link=False)),
              html=spam_html(body, c), shape="html", hcte="quoted-printable")


@X("tax")
def _(c):
    c.lang("fr")
    dom = "impots-remboursement.fr.example"
    url = "https://%s/espace-particulier/remboursement?id=%s" % (dom, c.code("i", 12))
    body = f"""
    # Avis de remboursement

    Madame, Monsieur,

    Après vérification de votre dossier fiscal, vous êtes éligible à un remboursement de {eur(c.money('r', 200, 700), 'fr')}.

    Pour recevoir ce montant, veuillez compléter le formulaire en ligne avant le {c.d(5, 'fr')}.

    [Accéder au formulaire]({url})

    Direction générale des Finances publiques
    """
    return mk(c, frm=("Impots.gouv", "ne-pas-repondre@%s" % dom), subj="Avis de remboursement - action requise", prof=("vps", dict(bnd="phpmailer")),
              body=body, style="bank", color="#000091", brand="DGFiP", cs="windows-1252", tcte="quoted-printable", hcte="quoted-printable", hdr_enc="Q")


@X("streaming")
def _(c):
    dom = "netflix-billing-update.example"
    url = "https://%s/YourAccount/payment?nftoken=%s" % (dom, c.b64(20, True))
    body = f"""
    # Your account is on hold

    Hi {c.first},

    We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.

    [UPDATE ACCOUNT]({url})

    Need help? We're here if you need it. Visit the Help Center or contact us now.

    -The Netflix Team
    """
    return mk(c, frm=("Netflix", "info@%s" % dom), subj="Your account is on hold", prof=("ses", dict(region="us-west-2", mailfrom="mail.%s" % dom, esp_sig=False)),
              body=body, style="card", color="#e50914", brand="NETFLIX")


@X("streaming")
def _(c):
    srv = "cp%d.shared-webspace.test" % c.ri(10, 99)
    dom = "harbor-kayak-rentals.example"
    url = "https://disney-plus-renew.test/account/billing?id=%s" % c.an(12)
    body = f"""
    <div style="background:#040714;color:#f9f9f9;padding:28px;font-family:Arial">
    <p style="font-size:24px">Your Disney+ subscription has expired</p>
    <p>Your payment of $15.99 was declined. To keep watching, update your payment information within 48 hours.</p>
    <p>{btn(url, "UPDATE PAYMENT", "#0063e5")}</p>
    </div>
    """
    return mk(c, frm=("Disney+", "support@%s" % dom), subj="Disney+: payment declined - update required", prof=("cpanel", dict(server=srv)),
              html=spam_html(body, c, bg="#040714"), shape="html", hcte="base64", to="undisclosed-recipients:;")


@X("streaming")
def _(c):
    c.lang("es")
    dom = "spotify-premium-cuenta.example"
    url = "https://%s/es/cuenta/pago?s=%s" % (dom, c.an(10))
    body = f"""
    # No hemos podido procesar tu pago

    Hola {c.first}:

    Tu suscripción a Spotify Premium ha sido suspendida porque no hemos podido cobrar la última cuota.

    Actualiza tu método de pago para seguir disfrutando de tu música sin anuncios.

    [Actualizar pago]({url})

    El equipo de Spotify
    """
    return mk(c, frm=("Spotify", "no-reply@%s" % dom), subj="Tu suscripción Premium ha sido suspendida", prof=("mailgun", dict(sub="mg", esp_sig=False, track=False)),
              body=body, style="card", color="#121212", link_color="#1db954", brand="Spotify", hdr_enc="B", tcte="base64")


@X("crypto-wallet")
def _(c):
    dom = "metamask-wallet-verify.example"
    url = "https://%s/restore?session=%s" % (dom, c.hx(20))
    body = f"""
    <div style="max-width:480px;margin:auto;font-family:Arial;text-align:center">
    <p style="font-size:26px">🦊</p>
    <p style="font-size:20px"><b>Wallet verification required</b></p>
    {ps("Due to a recent security upgrade, all wallets must be verified before {0}. Unverified wallets will be restricted.".format(c.d(2, 'us')),
        "Verification takes less than 2 minutes. You will need your Secret Recovery Phrase.")}
    <p>{btn(url, "Verify my wallet", "#f6851b", radius=24)}</p>
    </div>
    """
    return mk(c, frm=("MetaMask", "support@%s" % dom), subj="Action required: verify your wallet before %s" % c.d(2, "uss"),
              prof=("sendgrid", dict(esp_sig=False, link=False)), html=spam_html(body, c, bust=hashbuster(c, 30)), shape="html", hcte="base64")


@X("crypto-wallet")
def _(c):
    tn = tenant(c)
    url = "https://coinbase-account-review.test/signin?case=%s" % c.code("k", 8)
    text = dd(f"""
    Coinbase Security

    A withdrawal of 0.{c.code('w', 4)} BTC to an unrecognized address was requested from your account.

    If this was not you, lock your account and review your security settings immediately:
    {url}

    Case ID: {c.code('c', 8, UPDIG)}

    Coinbase Support
    """)
    return mk(c, frm=("Coinbase", "security@%s" % tn), subj="Withdrawal request requires your review", prof=("m365", dict(region="eurprd", thread=False)),
              text=text, shape="text", tcte="quoted-printable")


@X("crypto-wallet")
def _(c):
    dom = "ledger-firmware-update.example"
    url = "https://%s/live/update?device=%s" % (dom, c.hx(12))
    body = f"""
    # Critical firmware update for your Ledger device

    Dear Ledger customer,

    A security vulnerability affecting Ledger Nano devices has been identified. To protect your assets, update your device firmware and re-validate your recovery phrase.

    [Start update]({url})

    Failure to update within 48 hours may result in loss of access to your funds.

    The Ledger Team
    """
    return mk(c, frm=("Ledger", "security@%s" % dom), subj="Critical: firmware update required for your Ledger device",
              prof=("brevo", dict(esp_sig=False)), body=body, style="card", color="#000000", brand="LEDGER")


@X("mfa-fatigue")
def _(c):
    dom = "m365-authenticator-help.example"
    url = "https://%s/verify-number?u=%s" % (dom, urllib.parse.quote(c.addr))
    body = f"""
    # Approve sign-in request

    We sent several sign-in requests to your Microsoft Authenticator app for {c.addr} that have not been answered.

    To stop these notifications and confirm it was you, enter the number shown on this page in your Authenticator app.

    [Show my number]({url})

    If you do not confirm, your account will be locked for security reasons.
    """
    return mk(c, frm=("Microsoft Authenticator", "no-reply@%s" % dom), subj="%d pending sign-in requests - confirm now" % c.ri(8, 24),
              prof=("vps", dict(bnd="python")), body=body, style="ms", color="#0078d4", brand="Microsoft Authenticator", hcte="base64")


@X("mfa-fatigue")
def _(c):
    c.set_rcpt(("Sam Ortega", "sam@kestrel-labs.test"))
    dom = "kestrel-labs-it.test"
    text = dd(f"""
    Hi Sam,

    This is Alex from IT. We're seeing a sync issue with your Authenticator app after the tenant migration, which is why you're getting repeated approval prompts.

    I'm going to push one more prompt in the next 5 minutes. Please tap Approve so we can complete the re-sync, otherwise your account will be locked out at end of day.

    Thanks,
    Alex
    IT Support
    """)
    return mk(c, frm=("IT Support", "alex.it@%s" % dom), subj="Re: repeated sign-in prompts", prof=("vps", dict(bnd="outlook", mailer="Microsoft Outlook 16.0")),
              text=text, shape="text", tcte="7bit")


@X("voicemail")
def _(c):
    dom = "voicemail-notify.test"
    url = "https://vm.%s/play/%s" % (dom, c.hx(16))
    page = js_redirect_html(url, c.addr, "Voice Message")
    dur = "00:%02d" % c.ri(18, 59)
    text = dd(f"""
    You have a new voice message.

    From: +1 (555) 01{c.ri(0, 9)}-{c.ri(1000, 9999)}
    Duration: {dur}
    Received: {c.d(0, 'us')} {c.tm(0, 0)}

    Open the attachment to listen.
    """)
    return mk(c, frm=("Voicemail Service", "voicemail@%s" % dom), subj="New voicemail (%s) from +1 (555) 01%d-****" % (dur, c.ri(0, 9)),
              prof=("vps", dict(bnd="python")), text=text, shape="text", tcte="7bit",
              atts=[att_leaf("text/html", "VM_Play_%04d.htm" % c.ri(1000, 9999), page.encode())])


@X("voicemail")
def _(c):
    tn = tenant(c)
    url = "https://teams-voice-message.example/listen/%s" % c.an(12)
    svg = svg_redirect(url, c.addr, "&#9654; Play voice message (0:42)")
    html = ms_card(c, "You received a voice message", ["Caller: %s" % phone(c), "Length: 42 seconds", "The recording is attached."], "Play in browser", url, "#5b5fc7")
    return mk(c, frm=("Microsoft Teams Voicemail", "voicemail@%s" % tn), subj="Voice message from %s" % phone(c),
              prof=("m365", dict(region="namprd", thread=False)), html=html, shape="html", hcte="base64",
              atts=[att_leaf("image/svg+xml", "Voice_Message_%s.svg" % c.code("v", 6), svg.encode())])


@X("voicemail")
def _(c):
    srv = "host%d.budget-vps-cpanel.example" % c.ri(10, 99)
    dom = "eastside-dental-care.example"
    url = "https://secure-voicebox.test/auth?m=%s" % c.hx(10)
    page = login_page("Voice Mail Portal", url, c.addr, "#2b579a", "Sign in with your email account to listen to your message")
    zipdata = zipped([("Message_%s.html" % c.code("m", 5), page.encode())], c.when)
    text = dd(f"""
    Incoming voice message for {c.addr}

    Caller ID: Unknown
    Received: {c.d(0, 'usn')} {c.tm(0, 0)}

    Audio file attached (compressed).
    """)
    return mk(c, frm=("Audio Messaging", "pbx@%s" % dom), subj="Incoming voice message for %s" % c.local, prof=("cpanel", dict(server=srv)),
              text=text, shape="text", tcte="7bit", atts=[att_leaf("application/x-zip-compressed", "VoiceMessage.zip", zipdata)])


@X("bec-bank-change")
def _(c):
    c.lang("en", "accounts")
    dom = "evergreen-janitoria1.example"
    text = dd(f"""
    Hello,

    Please be advised that we have changed our banking institution due to an ongoing audit. All future payments, including the open invoice #{c.ri(1000, 1999)}, should be sent to our new account below:

    Bank: First Coastal Bank
    Account name: Evergreen Janitorial Services
    Routing: 0{c.code('rt', 8)}
    Account: {c.code('ac', 10)}

    Kindly confirm once the details have been updated on your end, and let me know when the pending payment will be released.

    Thank you,
    Tessa Morgan
    Office Manager, Evergreen Janitorial Services
    """)
    return mk(c, frm=("Tessa Morgan", "tessa@%s" % dom), reply_to="tessa.morgan.office@privmail-box.example",
              subj="RE: Invoice #%d and updated banking details" % c.ri(1000, 1999),
              prof=("vps", dict(bnd="outlook", mailer="Microsoft Outlook 16.0", sel="default")), text=text, shape="text", tcte="7bit",
              irt="<%s@alderbrook.example>" % c.uuid())


@X("bec-bank-change")
def _(c):
    c.lang("en", "ap")
    tn = tenant(c)
    text = dd(f"""
    Hi,

    Following our call, attached is the updated remittance form with our new bank details (we moved to a new bank for international payments). Please use it for the payment due this week.

    Can you confirm the transfer date today? We need it for our month-end close.

    Best regards,
    Jordan Blake
    Northwind Analytics
    """)
    pdfb = pdf(["NORTHWIND ANALYTICS - REMITTANCE INSTRUCTIONS", "Beneficiary: Northwind Analytics LLC", "IBAN: GB%02d XXXX %s" % (c.ri(10, 99), c.code("ib", 14)),
                "SWIFT: %s" % c.code("sw", 8, UPDIG)])
    return mk(c, frm=("Jordan Blake", "jordan.blake@%s" % tn), subj="Updated remittance details - Northwind", prof=("m365", dict(region="eurprd", thread=True)),
              text=text, shape="text", order=ORDERS["outlook"], tcte="quoted-printable",
              atts=[att_leaf("application/pdf", "Northwind_Remittance_Form.pdf", pdfb)])


@X("bec-giftcard")
def _(c):
    c.set_rcpt(("Tom Okafor", "tokafor@alderbrook.example"))
    who, a = "Priya Raman", "priya.raman.ceo@quickmail-box.example"
    text = dd("""
    Hi Tom,

    Are you available? I need you to handle a task for me discreetly. I'm in a meeting and can't talk on the phone.

    Sent from my iPhone
    """)
    return mk(c, frm=(who, a), subj="Quick task", prof=("webmail", dict(host="out.quickmail-box.example", mid="%s@quickmail-box.example" % c.uuid(True), sel="qm", tz=-300, bnd="apple",
                                                                      mailer="iPhone Mail (21G93)")), text=text, shape="text", tcte="7bit")


@X("bec-giftcard")
def _(c):
    c.set_rcpt(("Hannah Lee", "hannah.lee@kestrel-labs.test"))
    who, a = "Marcus Webb", "marcus.webb@kestrel-1abs.test"
    text = dd(f"""
    Hannah,

    I need you to purchase 6 Apple gift cards at $200 each for some client appreciation gifts. It's a surprise so please keep it between us for now.

    Once you have them, scratch off the back and send me pictures of the codes. I'll make sure you're reimbursed today.

    How soon can you get this done?

    Marcus
    """)
    return mk(c, frm=(who, a), reply_to="marcus.webb.exec@freemail-hub.example", subj="Urgent request", prof=("vps", dict(bnd="gmail")),
              text=text, shape="text", tcte="7bit")


@X("bec-payroll")
def _(c):
    c.lang("en", "hr")
    who, a = "Sam Ortega", "sam.ortega.kl@freemail-hub.example"
    text = dd("""
    Hello,

    I recently changed banks and would like to update my direct deposit information for the next payroll. What details do you need from me? Can the change be effective for the upcoming pay date?

    Thank you,
    Sam Ortega
    """)
    return mk(c, frm=(who, a), subj="Direct deposit update", prof=("webmail", dict(host="smtp-out.freemail-hub.example", mid="%s@freemail-hub.example" % c.uuid(), sel="fmh", tz=-360, bnd="gmail")),
              text=text, html='<div dir="ltr">%s</div>\n' % gm_html(text), tcte="7bit", hcte="quoted-printable")


@X("qr-code")
def _(c):
    dom = "m365-securelogin.test"
    qr = qr_png(c)
    cid = "qr_%s@%s" % (c.hx(8), dom)
    html = wrap_html("ms", ('<p style="font-size:20px;font-weight:600">Multi-factor authentication update required</p>'
                            '<p>Your authentication settings for <b>%s</b> must be updated within 48 hours.</p>'
                            '<p>Scan the QR code below with your phone camera to complete the update.</p>'
                            '<p><img src="cid:%s" width="185" height="185" alt="QR code"></p>'
                            '<p style="font-size:12px;color:#605e5c">This is an automated message from your IT department.</p>') % (c.addr, cid),
                     brand="Microsoft 365", color="#0078d4")
    return mk(c, frm=("Microsoft 365 Security", "mfa@%s" % dom), subj="MFA update required for %s" % c.addr, prof=("vps", dict(bnd="python")),
              html=html, shape="html", imgs=[(cid, "qrcode.png", "image/png", qr)], hcte="base64")


@X("qr-code")
def _(c):
    tn = tenant(c)
    qr = qr_png(c)
    text = dd(f"""
    NOTICE OF UNPAID PARKING CHARGE

    Vehicle registered to: {c.name}
    Amount due: $45.00 (increases to $90.00 after {c.d(3, 'us')})

    Scan the QR code in the attached notice to pay online.
    """)
    pdfb = pdf(["CITY PARKING ENFORCEMENT", "Notice No. %s" % c.code("n", 9), "Amount due: $45.00", "Scan the QR code to pay"], "Parking Notice")
    return mk(c, frm=("Parking Enforcement", "notices@%s" % tn), subj="Unpaid parking charge - notice %s" % c.code("n", 9), prof=("m365", dict(region="namprd", thread=False)),
              text=text, shape="text", tcte="quoted-printable",
              atts=[att_leaf("application/pdf", "Parking_Notice.pdf", pdfb), att_leaf("image/png", "pay_qr.png", qr)])


@X("qr-code")
def _(c):
    srv = "cp%d.webhosting-shared-cp.example" % c.ri(10, 99)
    dom = "coastal-credit-union-branch.example"
    qr = qr_png(c)
    cid = "img%d" % c.ri(1000, 9999)
    html = ('<html><body style="font-family:Arial"><p>Dear Employee,</p><p>Open enrollment for your %d benefits closes on <b>%s</b>. '
            'Employees who do not confirm their elections will lose coverage.</p><p>Scan the code below with your mobile device to review and confirm your benefits:</p>'
            '<p><img src="cid:%s" width="185" height="185"></p><p>HR Benefits Team</p></body></html>\n' % (c.year + 1, c.d(2, "us"), cid))
    return mk(c, frm=("HR Benefits", "benefits@%s" % dom), subj="Open enrollment: confirm your %d benefits" % (c.year + 1), prof=("cpanel", dict(server=srv)),
              html=html, shape="html", imgs=[(cid, "benefits.png", "image/png", qr)], hcte="quoted-printable", to="undisclosed-recipients:;")


# ---------------------------------------------------------------- build / verify / write
URL_RE = re.compile(r"(?i)\b(?:https?)://([^/\s\"'<>?#)\\]+)")
MAILTO_RE = re.compile(r"(?i)mailto:([^\s\"'<>?,)]+)")
IP_RE = re.compile(r"(?<![\d.])(\d{1,3}(?:\.\d{1,3}){3})(?![\d.])")
NONLINK_HOSTS = ("www.w3.org", "schemas.microsoft.com")
REAL_BRANDS = re.compile(
    r"(?i)(?<![\w.-])(?:www\.)?(paypal|apple|icloud|google|gmail|microsoft|office|outlook|live|amazon|docusign|adobe|dhl|usps|ups|fedex|"
    r"irs|hmrc|netflix|disneyplus|spotify|coinbase|metamask|ledger|chase|wellsfargo|bankofamerica|norton|mcafee|bestbuy|geeksquad|"
    r"sharepoint|onedrive|dropbox|postnl|correos|sparkasse|impots|binance|linkedin|facebook|instagram|whatsapp|telegram|bit|tinyurl)"
    r"\.(com|gov|net|org|de|nl|es|fr|ly|me|io|gouv\.fr|gov\.uk|co\.uk)(?![\w.-])")
COUNTS = {"ham": 150, "spam": 100, "phish": 50}


def build_all():
    out = []
    for cls in ("ham", "spam", "phish"):
        for i, (kind, fn) in enumerate(REG[cls], 1):
            c = Ctx(cls, i, kind)
            out.append(("%s/%04d.eml" % (cls, i), cls, kind, fn(c)))
    return out


def ip_ok(s):
    try:
        a = ipaddress.ip_address(s)
    except ValueError:
        return True  # not an address (e.g. out-of-range octets)
    return any(a in n for n in NETS)


def dom_ok(d):
    d = d.lower().rstrip(".")
    return d.endswith(".example") or d.endswith(".test") or d in NONLINK_HOSTS


def texts_of(msg):
    """Yield (content_type, decoded_text) for every text-ish payload, including zipped files."""
    for part in msg.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        if part.get_content_maintype() == "text":
            yield ct, part.get_content()
        elif ct == "message/rfc822":
            continue
        else:
            data = part.get_content()
            if isinstance(data, email.message.Message):
                continue
            if ct in ("image/svg+xml", "application/xhtml+xml") or (part.get_filename() or "").lower().endswith((".htm", ".html", ".svg", ".shtml")):
                yield ct, data.decode("utf-8", "replace")
            elif data[:2] == b"PK":
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    for n in z.namelist():
                        yield "zip:" + n, z.read(n).decode("utf-8", "replace")
            elif data[:5] == b"%PDF-":
                yield "pdf", data.decode("latin-1")


def verify(entries):
    problems = []
    mids = {}
    rows = []
    for path, cls, kind, data in entries:
        def bad(m):
            problems.append("%s: %s" % (path, m))
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            bad("bare CR or LF")
        if any(len(ln) > 998 for ln in data.split(b"\r\n")):
            bad("line longer than 998 octets")
        hend = data.find(b"\r\n\r\n")
        if hend < 0:
            bad("no header/body separator")
            continue
        if any(b > 127 for b in data[:hend]):
            bad("8-bit bytes in header section")
        try:
            msg = email.message_from_bytes(data, policy=email.policy.default)
        except Exception as ex:  # pragma: no cover
            bad("parse error %r" % ex)
            continue
        for h in ("From", "To", "Date", "Message-ID", "Subject", "MIME-Version", "Received", "Return-Path"):
            if msg[h] is None:
                bad("missing %s" % h)
        for h in ("Authentication-Results",):
            if msg[h] is not None:
                bad("receiving-server %s present" % h)
        try:
            dt = msg["Date"].datetime
            if not (2025 <= dt.year <= 2026):
                bad("date out of range")
        except Exception as ex:
            bad("bad Date %r" % ex)
        mid = str(msg["Message-ID"]).strip()
        if mid in mids:
            bad("duplicate Message-ID with %s" % mids[mid])
        mids[mid] = path
        rc = str(msg["Delivered-To"] or "")
        if rc.rsplit("@", 1)[-1] not in OUR_DOMAINS:
            bad("envelope recipient outside test domains")
        top = msg.get_all("Received")[0]
        if "by %s " % MX not in top:
            bad("first Received is not from %s" % MX)
        ntext = 0
        for part in msg.walk():
            if part.defects:
                bad("MIME defects %r" % part.defects)
            for k, v in part.items():
                if getattr(v, "defects", None):
                    bad("header %s defects %r" % (k, v.defects))
            if part.is_multipart():
                continue
            try:
                content = part.get_content()
            except Exception as ex:
                bad("cannot decode %s part: %r" % (part.get_content_type(), ex))
                continue
            if part.get_content_maintype() == "text":
                ntext += 1
                if not isinstance(content, str) or "\ufffd" in content:
                    bad("text part did not decode cleanly (%s)" % part.get_content_charset())
                if not content.strip():
                    bad("empty text part")
        if ntext == 0:
            bad("no text part")
        try:
            subject = str(msg["Subject"])
            sender = msg["From"].addresses[0].addr_spec
        except Exception as ex:
            bad("From/Subject %r" % ex)
            continue
        blob = data.decode("ascii", "replace")
        alltext = [t for _, t in texts_of(msg)]
        for s in [blob] + alltext:
            for ipm in IP_RE.findall(s):
                if not ip_ok(ipm):
                    bad("IP address %s outside documentation ranges" % ipm)
        if cls in ("spam", "phish"):
            doms = []
            for h in ("From", "Reply-To", "Sender"):
                for v in msg.get_all(h) or []:
                    doms += [a.domain for a in v.addresses]
            doms.append(str(msg["Return-Path"]).strip("<> ").rsplit("@", 1)[-1])
            for v in msg.get_all("DKIM-Signature") or []:
                m = re.search(r"\bd=([^;\s]+)", str(v))
                if m:
                    doms.append(m.group(1))
            for t in alltext:
                doms += URL_RE.findall(t)
                doms += [x.rsplit("@", 1)[-1] for x in MAILTO_RE.findall(t)]
                for m in REAL_BRANDS.finditer(t):
                    bad("real brand domain %r in %s body" % (m.group(0), cls))
            for d in doms:
                if not dom_ok(d.split(":")[0]):
                    bad("non-invented domain %r in %s" % (d, cls))
        rows.append((path, cls, kind, sender, re.sub(r"\s+", " ", subject).strip()))
    return problems, rows


README = """# modern-fresh2 -- labelled e-mail measurement set

## Provenance

Written on 2026-11-28 by an independent writer who had not seen the spam
filter this set is meant to measure, its source code, its rules, its tests,
or any earlier corpus or measurement set.  Nothing here was derived from the
filter or tuned against it.

Every message is **synthetic**: produced by `generate.py` (Python 3 standard
library only, fixed seeds, no clock reads).  The messages imitate mail as it
arrives in a real inbox in 2025-2026 -- Received chains through the sending
providers' hosts, provider-style Message-IDs, DKIM-Signature/ARC headers that
look plausible but are cryptographically meaningless, List-Unsubscribe /
List-Unsubscribe-Post and Feedback-ID where bulk senders use them,
X-Mailer/User-Agent where real clients set them -- delivered to
`mx.alderbrook.example` for recipients at `alderbrook.example`,
`kestrel-labs.test` and `mora-family.test`.  No Authentication-Results header
from the receiving server is present.

* Real brand domains appear only as senders of legitimate (ham) mail.
* Every spam/phish sender domain and every link in spam/phish is invented,
  under `.example` or `.test` (look-alikes, URL shorteners, redirectors,
  Microsoft 365 default tenants as `<tenant>.onmicrosoft.example`, throwaway
  domains with cheap-TLD-looking labels).  Relay host names of real mail
  providers may appear in Received lines of spam/phish where abuse of that
  infrastructure is being imitated.
* Small businesses, people and organisations that are not real brands are
  invented and use `.example`/`.test` or invented names.
* All IP addresses come from 192.0.2.0/24, 198.51.100.0/24 and
  203.0.113.0/24.
* Binary attachments (PDF, PNG, ZIP, SVG, HTML) are small synthetic stand-ins;
  QR-code images are QR-shaped patterns, not decodable codes.

One RFC 5322 message per file, CRLF line endings.  Charsets (UTF-8,
ISO-8859-1, windows-1252), transfer encodings (base64, quoted-printable, 7bit,
8bit), RFC 2047 encoded words and MIME shapes (text/plain, text/html,
multipart/alternative, mixed, related) are mixed.

## MEASUREMENT ONLY

This set exists to **measure** a filter, never to build one.

* Never tune, write, weight or test-drive rules against these messages.
* Do not copy messages, phrases, headers or domains from here into a
  filter's rules, training data or unit tests.
* If anyone reads individual messages in order to change the filter, this
  set is contaminated and must be retired; write a fresh one.
* Report only aggregate numbers (per class and per kind).

## Regenerating and checking

    python3 generate.py

rewrites `ham/`, `spam/`, `phish/`, `MANIFEST.tsv` and this README
byte-for-byte identically, parses every message back with Python's `email`
package (`policy=email.policy.default`), decodes every text part and exits
non-zero on any problem.

`MANIFEST.tsv` columns: file, class, kind, sender (From address), decoded
subject.

## Counts

%s
"""


def main():
    e1 = build_all()
    e2 = build_all()
    if [x[3] for x in e1] != [x[3] for x in e2]:
        print("FAIL: generation is not deterministic", file=sys.stderr)
        return 1
    problems = []
    for cls, n in COUNTS.items():
        got = sum(1 for x in e1 if x[1] == cls)
        if got != n:
            problems.append("class %s has %d messages, expected %d" % (cls, got, n))
    wanted = {x[0] for x in e1}
    for cls in COUNTS:
        d = os.path.join(HERE, cls)
        os.makedirs(d, exist_ok=True)
        for fn in sorted(os.listdir(d)):
            if fn.endswith(".eml") and "%s/%s" % (cls, fn) not in wanted:
                os.remove(os.path.join(d, fn))
    for path, cls, kind, data in e1:
        with open(os.path.join(HERE, path), "wb") as f:
            f.write(data)
    back = []
    for path, cls, kind, data in e1:
        with open(os.path.join(HERE, path), "rb") as f:
            got = f.read()
        if got != data:
            problems.append("%s: read-back differs" % path)
        back.append((path, cls, kind, got))
    p2, rows = verify(back)
    problems += p2
    man = "file\tclass\tkind\tsender\tsubject\n" + "".join("\t".join(r) + "\n" for r in rows)
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write(man)
    lines = ["| class | kind | messages |", "|---|---|---:|"]
    summary = []
    for cls in COUNTS:
        kinds = {}
        for x in e1:
            if x[1] == cls:
                kinds[x[2]] = kinds.get(x[2], 0) + 1
        for k in sorted(kinds):
            lines.append("| %s | %s | %d |" % (cls, k, kinds[k]))
        lines.append("| **%s** | *all* | **%d** |" % (cls, sum(kinds.values())))
        summary.append((cls, sum(kinds.values()), kinds))
    lines.append("| **total** | | **%d** |" % len(e1))
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as f:
        f.write(README % "\n".join(lines))
    for cls, n, kinds in summary:
        print("%-5s %3d  %s" % (cls, n, ", ".join("%s=%d" % kv for kv in sorted(kinds.items()))))
    if problems:
        for pr in problems[:200]:
            print("PROBLEM:", pr, file=sys.stderr)
        print("%d problem(s)" % len(problems), file=sys.stderr)
        return 1
    print("OK: %d messages written and verified" % len(e1))
    return 0


if __name__ == "__main__":
    sys.exit(main())
