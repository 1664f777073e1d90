#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the ko-fresh6 Korean e-mail measurement set.

Synthetic messages only.  Standard library only, fixed seeds, no clock
reads: running this script rewrites every file byte-for-byte identically,
then parses every message back and exits non-zero on any problem.
"""
import base64
import datetime
import email
import email.header
import email.policy
import hashlib
import html as htmlmod
import os
import quopri
import random
import re
import struct
import sys
import textwrap
import zipfile
import io
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 20261128

CODEC = {'utf-8': 'utf-8', 'euc-kr': 'euc_kr', 'ks_c_5601-1987': 'cp949'}
LABEL = {'utf-8': 'UTF-8', 'euc-kr': 'EUC-KR', 'ks_c_5601-1987': 'ks_c_5601-1987'}

OFFICE = ('김지훈', 'jihoon.kim@daeyang-mat.example')
HOME = ('박소연', 'sy.park0312@naver.com')

DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct',
        'Nov', 'Dec']
KDAYS = ['월', '화', '수', '목', '금', '토', '일']


def T(s):
    return textwrap.dedent(s).strip('\n') + '\n'


SPECS = []


def M(cls, kind, frm, subj, body, to='office', **kw):
    d = dict(cls=cls, kind=kind, frm=frm, subj=subj, body=body, to=to)
    d.update(kw)
    SPECS.append(d)


# ---------------------------------------------------------------- helpers

def rfcdate(d, tz='+0900'):
    if tz == '+0000':
        d = d - datetime.timedelta(hours=9)
    return '%s, %02d %s %d %02d:%02d:%02d %s' % (
        DAYS[d.weekday()], d.day, MONS[d.month - 1], d.year, d.hour,
        d.minute, d.second, tz)


def kdate(d):
    ampm = '오전' if d.hour < 12 else '오후'
    h = d.hour if d.hour <= 12 else d.hour - 12
    return '%d년 %d월 %d일 (%s) %s %d:%02d' % (
        d.year, d.month, d.day, KDAYS[d.weekday()], ampm, h, d.minute)


def choose_cs(text, cs):
    order = [cs, 'ks_c_5601-1987', 'utf-8']
    for c in order:
        try:
            text.encode(CODEC[c])
            return c
        except UnicodeEncodeError:
            continue
    raise ValueError('unencodable')


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def encoded_words(text, cs, mode):
    cs = choose_cs(text, cs)
    codec = CODEC[cs]
    label = LABEL[cs]

    def encw(s):
        b = s.encode(codec)
        if mode == 'B':
            return '=?%s?B?%s?=' % (label, base64.b64encode(b).decode())
        out = []
        for c in b:
            ch = chr(c)
            if c < 128 and ch.isalnum():
                out.append(ch)
            elif c == 32:
                out.append('_')
            else:
                out.append('=%02X' % c)
        return '=?%s?Q?%s?=' % (label, ''.join(out))

    words, cur = [], ''
    for ch in text:
        if cur and len(encw(cur + ch)) > 75:
            words.append(encw(cur))
            cur = ch
        else:
            cur += ch
    words.append(encw(cur))
    return '\r\n '.join(words)


def hval(text, cs, mode):
    if is_ascii(text):
        return text
    return encoded_words(text, cs, mode)


def addr(name, a, cs, mode):
    if not name:
        return '<%s>' % a if False else a
    if is_ascii(name):
        if re.search(r'[^A-Za-z0-9 !#$%&\'*+\-/=?^_`{|}~]', name):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return '%s <%s>' % (name, a)
    return '%s <%s>' % (encoded_words(name, cs, mode), a)


def fold_param_header(name, value, params):
    s = '%s: %s' % (name, value)
    for k, v in params:
        s += ';\r\n\t%s=%s' % (k, v)
    return s


def crlf(b):
    b = b.replace(b'\r\n', b'\n')
    return b.replace(b'\n', b'\r\n')


def encode_body(data, cte):
    if cte == 'base64':
        return crlf(base64.encodebytes(data))
    if cte == 'quoted-printable':
        out = quopri.encodestring(data)
        if not out.endswith(b'\n'):
            out += b'\n'
        return crlf(out)
    if not data.endswith(b'\n'):
        data += b'\n'
    return crlf(data)


class Part(object):
    def __init__(self, headers, body):
        self.headers = headers  # list of raw header strings (may be folded)
        self.body = body        # bytes with CRLF

    def render(self):
        h = ''.join(x + '\r\n' for x in self.headers)
        return h.encode('ascii') + b'\r\n' + self.body


def text_part(text, subtype, cs, cte, fmt_flowed=False, extra=None):
    text = text.replace('\r\n', '\n')
    if subtype == 'html':
        text = text.replace('{CHARSET}', LABEL[choose_cs(text, cs)])
    cs = choose_cs(text, cs)
    data = text.encode(CODEC[cs])
    if cte == '7bit' and not is_ascii(text):
        cte = '8bit'
    params = [('charset', '"%s"' % LABEL[cs] if subtype == 'html' and cs != 'utf-8' else LABEL[cs])]
    if fmt_flowed:
        params.append(('format', 'flowed'))
    ct = 'Content-Type: text/%s; %s' % (subtype, '; '.join('%s=%s' % p for p in params))
    hs = [ct, 'Content-Transfer-Encoding: %s' % cte]
    if extra:
        hs.extend(extra)
    return Part(hs, encode_body(data, cte)), cs


def multipart(subtype, parts, boundary, preamble=None, extra=None):
    hs = ['Content-Type: multipart/%s;\r\n\tboundary="%s"' % (subtype, boundary)]
    if extra:
        hs = hs + extra
    body = b''
    if preamble:
        body += preamble.encode('ascii') + b'\r\n\r\n'
    for p in parts:
        body += b'--' + boundary.encode() + b'\r\n' + p.render() + b'\r\n'
    body += b'--' + boundary.encode() + b'--\r\n'
    return Part(hs, body)


MIME = {
    'pdf': 'application/pdf',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'hwp': 'application/x-hwp',
    'jpg': 'image/jpeg',
    'png': 'image/png',
    'zip': 'application/zip',
    'html': 'text/html',
    'htm': 'text/html',
    'ics': 'text/calendar',
}


def rand_bytes(rng, n):
    return bytes(rng.getrandbits(8) for _ in range(n))


def fake_pdf(rng, title):
    body = ('%%PDF-1.4\n%%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n'
            '2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n'
            '3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>\nendobj\n'
            '4 0 obj\n<< /Length 44 /Filter /FlateDecode >>\nstream\n')
    b = body.encode('latin-1') + zlib.compress(('BT /F1 12 Tf 72 770 Td (%s) Tj ET' % hashlib.md5(title.encode()).hexdigest()).encode())
    b += rand_bytes(rng, 300 + rng.randrange(600))
    b += b'\nendstream\nendobj\n5 0 obj\n<< /Title <FEFF' + title.encode('utf-16-be').hex().upper().encode() + b'> /Producer (Hancom PDF 1.3.0.542) >>\nendobj\ntrailer\n<< /Root 1 0 R /Info 5 0 R >>\n%%EOF\n'
    return b


def fake_zip(rng, members):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_STORED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 4, 10, 20, 30))
            zi.flag_bits |= 0x800
            z.writestr(zi, data)
    return bio.getvalue()


def fake_xlsx(rng):
    return fake_zip(rng, [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
        ('xl/workbook.xml', '<?xml version="1.0" encoding="UTF-8"?><workbook/>'),
        ('xl/worksheets/sheet1.xml', '<worksheet><sheetData>%s</sheetData></worksheet>' % ''.join('<row r="%d"><c><v>%d</v></c></row>' % (i, rng.randrange(100000)) for i in range(1, 30))),
    ])


def fake_docx(rng):
    return fake_zip(rng, [
        ('[Content_Types].xml', '<?xml version="1.0" encoding="UTF-8"?><Types/>'),
        ('word/document.xml', '<w:document><w:body>%s</w:body></w:document>' % base64.b64encode(rand_bytes(rng, 200)).decode()),
    ])


def fake_hwp(rng):
    return b'\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1' + b'\x00' * 16 + b'\x3e\x00\x03\x00\xfe\xff' + rand_bytes(rng, 1200 + rng.randrange(800))


def fake_jpg(rng):
    return (b'\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x01\x00H\x00H\x00\x00'
            b'\xff\xdb\x00C\x00' + rand_bytes(rng, 64) + b'\xff\xc0\x00\x11\x08\x01\xe0\x02\x80\x03\x01"\x00\x02\x11\x01\x03\x11\x01'
            + b'\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00?\x00' + rand_bytes(rng, 900 + rng.randrange(1500)).replace(b'\xff', b'\xfe') + b'\xff\xd9')


def fake_png(rng, w=41, h=41):
    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    raw = b''
    for y in range(h):
        raw += b'\x00' + bytes((0 if rng.random() < 0.5 else 255) for _ in range(w))
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, h, 8, 0, 0, 0, 0))
            + chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def fake_ics(rng, summary, d, org):
    st = d + datetime.timedelta(days=3)
    return T('''
        BEGIN:VCALENDAR
        METHOD:REQUEST
        PRODID:Microsoft Exchange Server 2019
        VERSION:2.0
        BEGIN:VEVENT
        ORGANIZER;CN={org}:mailto:{org}
        SUMMARY;LANGUAGE=ko-KR:{s}
        DTSTART;TZID=Korea Standard Time:{a}T140000
        DTEND;TZID=Korea Standard Time:{a}T150000
        UID:040000008200E00074C5B7101A82E008{u}
        LOCATION;LANGUAGE=ko-KR:본사 7층 대회의실
        END:VEVENT
        END:VCALENDAR
        ''').format(org=org, s=summary, a=st.strftime('%Y%m%d'), u=hashlib.sha1(summary.encode()).hexdigest().upper())


def attachment(rng, fname, kind, style, cs, payload=None):
    ctype = MIME[kind]
    if payload is not None:
        data = payload if isinstance(payload, bytes) else payload.encode('utf-8')
    elif kind == 'pdf':
        data = fake_pdf(rng, fname)
    elif kind == 'xlsx':
        data = fake_xlsx(rng)
    elif kind == 'docx':
        data = fake_docx(rng)
    elif kind == 'hwp':
        data = fake_hwp(rng)
    elif kind == 'jpg':
        data = fake_jpg(rng)
    elif kind == 'png':
        data = fake_png(rng)
    elif kind == 'zip':
        data = fake_zip(rng, [('문서/%s.pdf' % fname.rsplit('.', 1)[0], fake_pdf(rng, fname))])
    else:
        data = rand_bytes(rng, 500)
    if is_ascii(fname):
        nparam = '"%s"' % fname
        fparams = [('filename', '"%s"' % fname)]
    elif style == '2231':
        q = ''.join(c if (c.isascii() and (c.isalnum() or c in '.-_')) else ''.join('%%%02X' % b for b in c.encode('utf-8')) for c in fname)
        nparam = '"%s"' % encoded_words(fname, 'utf-8', 'B').replace('\r\n ', '')
        fparams = [('filename*', "UTF-8''" + q)]
    else:
        ew = encoded_words(fname, cs, 'B').replace('\r\n ', '')
        nparam = '"%s"' % ew
        fparams = [('filename', '"%s"' % ew)]
    extra = ''
    if kind in ('html', 'htm', 'ics'):
        extra = '; charset="utf-8"'
    hs = [fold_param_header('Content-Type', ctype + extra, [('name', nparam)]),
          fold_param_header('Content-Disposition', 'attachment', fparams),
          'Content-Transfer-Encoding: base64']
    return Part(hs, crlf(base64.encodebytes(data)))


def inline_image(rng, cid, kind='jpg', fname=None):
    data = fake_png(rng, 60, 24) if kind == 'png' else fake_jpg(rng)
    fname = fname or cid.split('@')[0] + '.' + kind
    hs = ['Content-Type: %s; name="%s"' % (MIME[kind], fname),
          'Content-Disposition: inline; filename="%s"' % fname,
          'Content-ID: <%s>' % cid,
          'Content-Transfer-Encoding: base64']
    return Part(hs, crlf(base64.encodebytes(data)))


URL_RE = re.compile(r'(https?://[^\s<>"\')]+)')


def linkify(s):
    return URL_RE.sub(lambda m: '<a href="%s" target="_blank">%s</a>' % (m.group(1), m.group(1)), s)


def auto_html(text, style, brand, color, rng):
    paras = [p for p in text.strip('\n').split('\n\n')]
    inner = []
    for p in paras:
        p = linkify(htmlmod.escape(p, quote=False)).replace('\n', '<br>\n')
        if style == 'outlook':
            inner.append('<p class="MsoNormal"><span lang="KO" style="font-family:\'맑은 고딕\'">%s</span></p>\n<p class="MsoNormal">&nbsp;</p>' % p)
        elif style == 'webmail':
            inner.append('<p style="margin:0">%s</p>\n<p style="margin:0"><br></p>' % p)
        else:
            inner.append('<tr><td style="padding:8px 32px;font-size:14px;line-height:1.7;color:#333333">%s</td></tr>' % p)
    body = '\n'.join(inner)
    if style == 'outlook':
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset={CHARSET}">\n'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n@font-face {font-family:"맑은 고딕";}\np.MsoNormal {margin:0cm;font-size:10.0pt;font-family:"맑은 고딕";}\n--></style>\n'
                '</head>\n<body lang="KO" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n'
                + body + '\n</div>\n</body>\n</html>\n')
    if style == 'webmail':
        return ('<div style="font-family:\'나눔고딕\',NanumGothic,sans-serif;font-size:10pt;color:#000000">\n'
                + body + '\n</div>\n')
    head = htmlmod.escape(brand)
    return ('<!DOCTYPE html>\n<html lang="ko">\n<head>\n<meta charset="{CHARSET}">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n</head>\n'
            '<body style="margin:0;padding:0;background:#f4f4f4">\n'
            '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" style="background:#f4f4f4">\n<tr><td align="center">\n'
            '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;font-family:\'Apple SD Gothic Neo\',\'Malgun Gothic\',sans-serif">\n'
            '<tr><td style="background:%s;padding:18px 32px;color:#ffffff;font-size:20px;font-weight:bold">%s</td></tr>\n'
            '%s\n'
            '<tr><td style="padding:20px 32px;font-size:11px;color:#999999;border-top:1px solid #eeeeee">본 메일은 발신전용입니다. &copy; %s</td></tr>\n'
            '</table>\n</td></tr>\n</table>\n</body>\n</html>\n') % (head, color, head, body, head)


# ------------------------------------------------------- client profiles

PROFILES = {
    'outlook': dict(cs='ks_c_5601-1987', cte='base64', shape='alt', hstyle='outlook', hq='B'),
    'outlook-utf8': dict(cs='utf-8', cte='base64', shape='alt', hstyle='outlook', hq='B'),
    'thunderbird': dict(cs='utf-8', cte='8bit', shape='plain', hstyle='webmail', hq='B'),
    'gmail': dict(cs='utf-8', cte='base64', shape='alt', hstyle='webmail', hq='B'),
    'naver': dict(cs='utf-8', cte='base64', shape='html', hstyle='webmail', hq='B'),
    'daum': dict(cs='utf-8', cte='base64', shape='alt', hstyle='webmail', hq='B'),
    'iphone': dict(cs='utf-8', cte='quoted-printable', shape='plain', hstyle='webmail', hq='Q'),
    'groupware': dict(cs='utf-8', cte='base64', shape='html', hstyle='webmail', hq='B'),
    'esp': dict(cs='utf-8', cte='quoted-printable', shape='alt', hstyle='news', hq='B'),
    'system': dict(cs='euc-kr', cte='base64', shape='html', hstyle='news', hq='B'),
    'spamtool': dict(cs='utf-8', cte='base64', shape='html', hstyle='webmail', hq='B'),
    'phpmailer': dict(cs='utf-8', cte='quoted-printable', shape='alt', hstyle='news', hq='Q'),
}

MAILERS = {
    'outlook': 'Microsoft Outlook 16.0',
    'outlook-utf8': 'Microsoft Outlook 16.0',
    'daum': None,
    'iphone': 'iPhone Mail (22B91)',
    'groupware': None,
    'phpmailer': 'PHPMailer 6.9.1',
}


def domain_of(a):
    return a.rsplit('@', 1)[1].lower()


def ip(rng, net=None):
    nets = ['192.0.2', '198.51.100', '203.0.113']
    return '%s.%d' % (net or rng.choice(nets), rng.randrange(2, 254))


def b64blob(rng, n):
    return base64.b64encode(rand_bytes(rng, n)).decode()


def folded_b64(s, first, width=70):
    out, line = [], first
    while s:
        room = width - len(line)
        line += s[:room]
        s = s[room:]
        out.append(line)
        line = '\t'
    return '\r\n'.join(out)


def qid(rng, n=12):
    return ''.join(rng.choice('0123456789ABCDEFGHJKLMNPQRSTVWXYZ') for _ in range(n))


def hexid(rng, n):
    return ''.join(rng.choice('0123456789abcdef') for _ in range(n))


def make_msgid(rng, client, dom, d):
    if client == 'gmail':
        return '<CA%s@mail.gmail.com>' % (''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(44)))
    if client.startswith('outlook'):
        h = 'SE%dP216MB%04d' % (rng.randrange(1, 3), rng.randrange(1000, 9999))
        return '<%s%s@%s.KORP216.PROD.OUTLOOK.COM>' % (h, qid(rng, 10), h)
    if client == 'naver':
        return '<%s.%s@cweb%03d.nm.naver.com>' % (hexid(rng, 32), d.strftime('%Y%m%d%H%M%S'), rng.randrange(1, 40))
    if client == 'daum':
        return '<%s.%d@daum.net>' % (hexid(rng, 24), rng.randrange(10 ** 9, 10 ** 10))
    if client == 'iphone':
        return '<%s-%s-%s-%s-%s@%s>' % (hexid(rng, 8).upper(), hexid(rng, 4).upper(), hexid(rng, 4).upper(), hexid(rng, 4).upper(), hexid(rng, 12).upper(), dom)
    if client == 'thunderbird':
        return '<%s-%s-%s@%s>' % (hexid(rng, 8), hexid(rng, 4), hexid(rng, 12), dom)
    if client == 'esp':
        return '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), hexid(rng, 20), dom)
    return '<%s.%s@%s>' % (d.strftime('%Y%m%d%H%M%S'), qid(rng, 8).lower(), dom)


# ----------------------------------------------------------------- build

START = datetime.datetime(2025, 1, 2)
END = datetime.datetime(2026, 11, 27)


def pick_date(rng, spec):
    cls = spec['cls']
    work = spec.get('work', spec['to'] == 'office')
    if spec.get('date'):
        y, m, dd = spec['date']
        base = datetime.datetime(y, m, dd)
    else:
        base = START + datetime.timedelta(days=rng.randrange((END - START).days))
    if cls == 'ham' and work:
        h = rng.randrange(8, 19)
        if base.weekday() >= 5:
            base = base + datetime.timedelta(days=7 - base.weekday())
    elif cls == 'ham':
        h = rng.randrange(7, 23)
    else:
        h = rng.randrange(0, 24)
    return base.replace(hour=h, minute=rng.randrange(60), second=rng.randrange(60))


def build_message(idx, spec):
    rng = random.Random(SEED * 1000 + idx)
    client = spec.get('client', 'gmail')
    prof = PROFILES[client]
    cs = spec.get('cs', prof['cs'])
    cte = spec.get('cte', prof['cte'])
    shape = spec.get('shape', prof['shape'])
    hq = spec.get('hq', prof['hq'])
    hstyle = spec.get('hstyle', prof['hstyle'])
    fname, faddr = spec['frm']
    fdom = domain_of(faddr)
    to = spec['to']
    if to == 'office':
        tname, taddr = OFFICE
    elif to == 'home':
        tname, taddr = HOME
    else:
        tname, taddr = to
    tdom = domain_of(taddr)
    d = pick_date(rng, spec)
    tz = '+0000' if client == 'esp' and rng.random() < 0.5 else '+0900'
    body = spec['body']
    subj = spec['subj']

    # reply quoting
    irt = refs = None
    if spec.get('reply'):
        r = spec['reply']
        qd = d - datetime.timedelta(hours=rng.randrange(2, 70), minutes=rng.randrange(60))
        qtext = r['text'].rstrip('\n')
        if client.startswith('outlook'):
            body = body.rstrip('\n') + '\n\n-----Original Message-----\n보낸 사람: %s <%s>\n보낸 날짜: %s\n받는 사람: %s <%s>\n제목: %s\n\n%s\n' % (
                r['name'], r['addr'], kdate(qd), fname, faddr, r.get('subj', subj.split(': ', 1)[-1]), qtext)
        else:
            body = body.rstrip('\n') + '\n\n%s, %s <%s>님이 작성:\n%s\n' % (
                kdate(qd), r['name'], r['addr'], '\n'.join('> ' + l if l else '>' for l in qtext.split('\n')))
        orig = make_msgid(rng, r.get('client', 'outlook'), domain_of(r['addr']), qd)
        older = ['<%s.%s@%s>' % (qd.strftime('%Y%m%d'), qid(rng, 10).lower(), domain_of(r['addr']))] if r.get('thread') else []
        irt = orig
        refs = ' '.join(older + [orig])

    # ---- body structure
    brand = spec.get('brand', fname)
    color = spec.get('color', rng.choice(['#1e3a8a', '#0f766e', '#7c2d12', '#374151', '#9d174d', '#14532d', '#1d4ed8']))
    html = spec.get('html')
    if html is None and shape in ('html', 'alt', 'related', 'mixed-alt', 'mixed-html'):
        html = auto_html(body, hstyle, brand, color, rng)
    parts_for_alt = []
    used_cs = cs
    if shape == 'plain' or shape == 'mixed':
        main, used_cs = text_part(body, 'plain', cs, cte, fmt_flowed=(client == 'thunderbird' and cte == '8bit'))
    elif shape in ('html', 'mixed-html'):
        main, used_cs = text_part(html, 'html', cs, cte)
    else:
        tcte = spec.get('tcte', cte)
        p1, used_cs = text_part(body, 'plain', cs, tcte)
        p2, _ = text_part(html, 'html', cs, cte)
        alt_parts = [p1, p2]
        if spec.get('ics'):
            icsdata = fake_ics(rng, spec['ics'], d, faddr)
            p3 = Part(['Content-Type: text/calendar; charset="utf-8"; method=REQUEST',
                       'Content-Transfer-Encoding: base64'], crlf(base64.encodebytes(icsdata.replace('\n', '\r\n').encode('utf-8'))))
            alt_parts.append(p3)
        main = multipart('alternative', alt_parts, '----=_NextPart_%s' % hexid(rng, 24) if client.startswith('outlook') else '%s' % ('0000000000' + hexid(rng, 18)))
    if shape == 'related':
        imgs = [inline_image(rng, c, k) for c, k in spec.get('inline', [])]
        main = multipart('related', [main] + imgs, '_rel_%s' % hexid(rng, 20), extra=None)
    atts = spec.get('att', [])
    if atts or shape in ('mixed', 'mixed-alt', 'mixed-html'):
        aparts = []
        for a in atts:
            fnm, kind = a[0], a[1]
            payload = a[2] if len(a) > 2 else None
            style = spec.get('fnstyle', '2047' if client.startswith('outlook') or client in ('system', 'groupware') else '2231')
            aparts.append(attachment(rng, fnm, kind, style, used_cs, payload))
        pre = 'This is a multi-part message in MIME format.' if client.startswith('outlook') or client == 'system' else None
        main = multipart('mixed', [main] + aparts, ('Apple-Mail=_%s' % hexid(rng, 32).upper()) if client == 'iphone' else '=_mixed_%s' % hexid(rng, 26), preamble=pre)

    # ---- headers
    H = []
    rhost = 'mx1.daeyang-mat.example' if tdom == 'daeyang-mat.example' else ('mx%d.naver.com' % rng.randrange(1, 5) if tdom == 'naver.com' else 'mx.' + tdom)
    rmta = 'Postfix' if 'example' in rhost else 'Naver ESMTP'
    sip = ip(rng)
    shost = spec.get('shost')
    if not shost:
        if client == 'gmail':
            shost = 'mail-%s-f%d.google.com' % (rng.choice(['pj1', 'yw1', 'qt1', 'ed1']), rng.randrange(40, 200))
        elif client == 'naver':
            shost = 'cvsmtppost%03d.nm.naver.com' % rng.randrange(1, 60)
        elif client == 'daum':
            shost = 'mail-smtp%d.daum.net' % rng.randrange(1, 9)
        elif client.startswith('outlook') and not fdom.endswith('.example'):
            shost = 'mail-%s.outbound.protection.outlook.com' % qid(rng, 6).lower()
        elif client == 'esp':
            shost = spec.get('esphost', 'mta%d.%s' % (rng.randrange(1, 30), fdom))
        else:
            shost = 'mail.%s' % fdom if client not in ('spamtool', 'phpmailer') else rng.choice(['vps', 'srv', 'host', 'web']) + '%d.%s' % (rng.randrange(10, 999), spec.get('relay', fdom))
    t1 = d + datetime.timedelta(seconds=rng.randrange(1, 40))
    t0 = d + datetime.timedelta(seconds=rng.randrange(0, 2))
    rdt = lambda x: rfcdate(x)
    hops = []
    hops.append('Received: from %s (%s [%s])\r\n\tby %s (%s) with ESMTPS id %s\r\n\tfor <%s>; %s' % (
        shost, shost, sip, rhost, rmta, qid(rng, 11), taddr, rdt(t1)))
    if client in ('outlook', 'outlook-utf8', 'groupware', 'thunderbird', 'system', 'esp') or rng.random() < 0.4:
        inner = ip(rng)
        hops.append('Received: from %s ([%s])\r\n\tby %s with ESMTPSA id %s;\r\n\t%s' % (
            spec.get('origin', 'localhost' if client in ('system', 'esp', 'spamtool') else 'client-' + inner.replace('.', '-')), inner, shost, qid(rng, 9).lower(), rdt(t0)))
    rp = spec.get('return_path', faddr if client not in ('esp',) else 'bounce-%s@%s' % (hexid(rng, 12), spec.get('bounce_dom', fdom)))
    H.append('Return-Path: <%s>' % rp)
    H.append('Delivered-To: %s' % taddr)
    H.extend(hops[:1])
    auth = spec.get('auth', 'pass' if spec['cls'] == 'ham' else rng.choice(['pass', 'none', 'softfail']))
    dkim = spec.get('dkim', auth == 'pass' or spec['cls'] == 'ham')
    sd = domain_of(spec.get('dkim_d', rp if client == 'esp' else faddr))
    sel = spec.get('selector', rng.choice(['s1', 'selector1', 'default', 'mail', 'k1', 'dkim%d' % d.year, 'google', 's2048']))
    if client == 'gmail':
        sel = '20230601'
    bh = base64.b64encode(hashlib.sha256(body.encode('utf-8')).digest()).decode()
    arc = spec.get('arc', rng.random() < 0.15)
    if arc:
        ah = 'arc-relay.%s' % (tdom if tdom.endswith('.example') else 'naver.com')
        H.append(folded_b64(b64blob(rng, 256), 'ARC-Seal: i=1; a=rsa-sha256; t=%d; cv=none;\r\n\td=%s; s=arc-20240605;\r\n\tb=' % (int((d - datetime.datetime(1970, 1, 1)).total_seconds()) - 32400, ah.split('.', 1)[1])))
        H.append(folded_b64(b64blob(rng, 256), 'ARC-Message-Signature: i=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=arc-20240605; h=to:subject:message-id:date:from:mime-version;\r\n\tbh=%s;\r\n\tb=' % (ah.split('.', 1)[1], bh)))
        H.append('ARC-Authentication-Results: i=1; %s;\r\n\tdkim=%s header.i=@%s header.s=%s;\r\n\tspf=%s smtp.mailfrom=%s;\r\n\tdmarc=%s header.from=%s' % (
            ah, 'pass' if dkim else 'none', sd, sel, 'pass' if auth == 'pass' else auth, domain_of(rp), 'pass' if auth == 'pass' else 'none', fdom))
    spfc = {'pass': 'designates %s as permitted sender' % sip,
            'softfail': 'transitioning; %s is neither permitted nor denied by best guess record' % sip,
            'none': 'does not designate permitted sender hosts',
            'fail': 'does not designate %s as permitted sender' % sip}[auth]
    ar = '%s;\r\n\tdkim=%s header.d=%s header.s=%s header.b=%s;\r\n\tspf=%s (%s: domain of %s %s) smtp.mailfrom=%s;\r\n\tdmarc=%s header.from=%s' % (
        rhost, 'pass' if dkim else 'none', sd, sel, b64blob(rng, 6)[:8], auth, rhost, rp, spfc, rp,
        ('pass (p=%s)' % rng.choice(['NONE', 'QUARANTINE', 'REJECT'])) if auth == 'pass' and sd == fdom else ('none' if auth != 'fail' else 'fail'), fdom)
    H.append('Authentication-Results: ' + ar)
    H.extend(hops[1:])
    if dkim:
        H.append(folded_b64(b64blob(rng, 256), 'DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\r\n\tt=%d; h=from:to:subject:date:message-id:mime-version;\r\n\tbh=%s;\r\n\tb=' % (
            sd, sel, int((d - datetime.datetime(1970, 1, 1)).total_seconds()) - 32400, bh)))
    msgid = spec.get('msgid') or make_msgid(rng, client, fdom, d)
    H.append('Date: ' + rfcdate(d, tz))
    H.append('From: ' + addr(fname, faddr, used_cs if spec.get('hcs') is None else spec['hcs'], hq))
    if spec.get('hide_to'):
        H.append('To: undisclosed-recipients:;')
    else:
        H.append('To: ' + addr(spec.get('tname', tname), taddr, used_cs, hq))
    if spec.get('cc'):
        H.append('Cc: ' + ',\r\n\t'.join(addr(n, a, used_cs, hq) for n, a in spec['cc']))
    if spec.get('reply_to'):
        H.append('Reply-To: ' + addr(spec['reply_to'][0], spec['reply_to'][1], used_cs, hq))
    H.append('Subject: ' + hval(subj, spec.get('hcs') or used_cs, hq))
    H.append('Message-ID: ' + msgid)
    if irt:
        H.append('In-Reply-To: ' + irt)
        H.append('References: ' + refs)
    if client.startswith('outlook'):
        H.append('Thread-Topic: ' + hval(subj.split(': ', 1)[-1], used_cs, hq))
        H.append('Thread-Index: ' + b64blob(rng, 22 + (5 if irt else 0)))
        H.append('Content-Language: ko-KR')
        H.append('X-MS-Has-Attach: ' + ('yes' if atts else ''))
    if client == 'thunderbird':
        H.append('User-Agent: Mozilla Thunderbird')
        H.append('Content-Language: ko-KR')
    mailer = spec.get('mailer', MAILERS.get(client))
    if mailer:
        H.append('X-Mailer: ' + mailer)
    if client == 'naver':
        H.append('X-Originating-IP: %s' % ip(rng))
    if spec.get('bulk'):
        b = spec['bulk'] if isinstance(spec['bulk'], dict) else {}
        udom = b.get('udom', fdom)
        H.append('List-Unsubscribe: <mailto:unsubscribe-%s@%s>, <https://%s/unsubscribe?u=%s>' % (hexid(rng, 10), domain_of(rp), udom, hexid(rng, 16)))
        H.append('List-Unsubscribe-Post: List-Unsubscribe=One-Click')
        H.append('Precedence: bulk')
        if b.get('feedback', True):
            H.append('Feedback-ID: %d:%s:%s' % (rng.randrange(100, 99999), b.get('campaign', 'newsletter'), b.get('esp', 'esp')))
        if b.get('listid'):
            H.append('List-Id: %s' % b['listid'])
    for h in spec.get('extra', []):
        H.append(h)
    H.append('MIME-Version: 1.0')
    H.extend(main.headers)
    raw = ''.join(x + '\r\n' for x in H).encode('ascii') + b'\r\n' + main.body
    return raw, d


# ------------------------------------------------------------- verification

def decode_hdr(raw):
    out = []
    for b, c in email.header.decode_header(raw):
        if isinstance(b, str):
            out.append(b)
        else:
            c = (c or 'ascii').lower()
            c = {'ks_c_5601-1987': 'cp949', 'euc-kr': 'euc_kr'}.get(c, c)
            out.append(b.decode(c))
    return ''.join(out)


ALLOWED_NETS = ('192.0.2.', '198.51.100.', '203.0.113.')
IP_RE = re.compile(r'(?<![\d.])(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?![\d.])')


def verify(path, spec):
    problems = []
    data = open(path, 'rb').read()
    if b'\r' in data.replace(b'\r\n', b''):
        problems.append('bare CR')
    if b'\n' in data.replace(b'\r\n', b''):
        problems.append('bare LF')
    for line in data.split(b'\r\n'):
        if len(line) > 998:
            problems.append('line too long')
            break
    hdr_end = data.index(b'\r\n\r\n')
    try:
        data[:hdr_end].decode('ascii')
    except UnicodeDecodeError:
        problems.append('non-ascii header')
    msg = email.message_from_bytes(data, policy=email.policy.default)
    raw_subj = [v for k, v in msg.raw_items() if k.lower() == 'subject'][0]
    subj = decode_hdr(raw_subj.replace('\r\n', ''))
    if subj != spec['subj']:
        problems.append('subject mismatch %r != %r' % (subj, spec['subj']))
    for k in ('From', 'To', 'Date', 'Message-ID', 'MIME-Version'):
        if msg[k] is None:
            problems.append('missing ' + k)
    fromraw = [v for k, v in msg.raw_items() if k.lower() == 'from'][0]
    decode_hdr(fromraw.replace('\r\n', ''))
    alltext = []
    ntext = 0
    for part in msg.walk():
        for df in part.defects:
            problems.append('defect %s' % type(df).__name__)
        for k, v in part.items():
            for df in getattr(v, 'defects', ()):
                # RFC 2047 words inside quoted name=/filename= parameters are
                # deliberate (Outlook and Korean webmail send them); the parser
                # decodes them correctly and only notes these two defects.
                if k.lower() in ('content-type', 'content-disposition') and str(df) in (
                        'encoded word inside quoted string', 'missing trailing whitespace after encoded-word'):
                    continue
                problems.append('header defect %s %s' % (k, type(df).__name__))
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        payload = part.get_payload(decode=True)
        if payload is None or len(payload) == 0:
            problems.append('empty part ' + ct)
            continue
        if part.get_content_maintype() == 'text':
            cs = (part.get_content_charset() or 'us-ascii').lower()
            cs = {'ks_c_5601-1987': 'cp949', 'euc-kr': 'euc_kr'}.get(cs, cs)
            try:
                txt = payload.decode(cs)
                alltext.append(txt)
                if part.get_content_disposition() != 'attachment':
                    ntext += 1
            except UnicodeDecodeError as e:
                problems.append('decode %s: %s' % (ct, e))
        if part.get_content_disposition() == 'attachment':
            fn = part.get_filename()
            if not fn:
                problems.append('attachment without filename')
    if ntext == 0:
        problems.append('no text body')
    text = data.decode('latin-1') + '\n'.join(alltext)
    for m in IP_RE.finditer(text):
        if not m.group(1).startswith(ALLOWED_NETS):
            if not re.match(r'\d+\.\d+\.\d+\.\d+', m.group(1)) or m.group(1).count('.') != 3:
                continue
            problems.append('ip ' + m.group(1))
    if spec['cls'] != 'ham':
        for u in URL_RE.findall(re.sub(r'xmlns(:\w+)?="[^"]*"', '', '\n'.join(alltext))):
            host = re.sub(r'^https?://', '', u).split('/')[0].split(':')[0].split('?')[0].lower()
            if not (host.endswith('.example') or host.endswith('.test')):
                problems.append('non-test link ' + host)
        fd = domain_of(spec['frm'][1])
        if not (fd.endswith('.example') or fd.endswith('.test')):
            problems.append('bad sender domain ' + fd)
    return problems


# =================================================================== HAM
# --- work: colleagues, clients, suppliers, professionals, government
C = 'daeyang-mat.example'

M('ham', 'work-colleague', ('이수진', 'sujin.lee@' + C), '주간회의 시간 변경 안내 (목 10시 → 14시)', T('''
    지훈 과장님, 안녕하세요.

    이번 주 경영지원팀 주간회의가 대표님 외부 일정 때문에 목요일 오전 10시에서
    오후 2시로 변경되었습니다. 장소는 그대로 7층 소회의실입니다.

    안건은 1) 4분기 구매 계획 2) 사무실 이전 견적 비교 3) 기타 건의사항입니다.
    구매 계획 자료는 수요일 퇴근 전까지 공유 폴더에 올려 주세요.

    이수진 드림
    경영지원팀 팀장 | 대양소재(주)
    '''), client='outlook', work=True)

M('ham', 'work-colleague', ('최민호', 'minho.choi@' + C), 'RE: 2026년 3분기 예산안 검토 요청', T('''
    과장님, 검토 의견 드립니다.

    - 교육훈련비는 작년 실적 대비 18% 증액인데 근거 자료가 한 줄 정도 더 있으면 좋겠습니다.
    - 차량유지비 항목에 리스 계약 갱신분(9월)이 빠져 있는 것 같습니다.
    - 나머지는 이상 없습니다.

    수정본 주시면 바로 재무팀에 넘기겠습니다.

    최민호 대리
    재무팀
    '''), client='outlook', date=(2026, 6, 17),
    reply=dict(name='김지훈', addr=OFFICE[1], text='민호 대리님,\n\n첨부한 3분기 예산안 검토 부탁드립니다.\n금요일까지 의견 주시면 반영하겠습니다.\n\n김지훈 드림', subj='2026년 3분기 예산안 검토 요청'))

M('ham', 'work-client', ('정다은', 'daeun.jung@hangyeol-food.example'), '[한결식품] 포장재 견적 요청드립니다 (PE 파우치 2만 매)', T('''
    대양소재 김지훈 과장님께

    안녕하세요, 한결식품 구매팀 정다은입니다.
    지난번 전시회에서 명함 주셔서 연락드립니다.

    아래 사양으로 견적 요청드립니다.
    - 품목: PE 스탠딩 파우치 (지퍼 포함)
    - 규격: 180 x 260 mm, 두께 100㎛
    - 인쇄: 4도, 동판 신규
    - 수량: 20,000매 (분기별 반복 발주 예정)
    - 납기: 발주 후 3주 이내 희망

    견적서는 부가세 별도로 부탁드리며, 샘플 가능 여부도 알려 주시면 감사하겠습니다.

    정다은 드림
    한결식품(주) 구매팀 | 031-000-1234
    '''), client='outlook', work=True)

M('ham', 'work-supplier', ('윤성우', 'sw.yoon@sungwoo-pack.example'), '견적서 송부드립니다 - 대양소재 귀중 (SW-2025-0412)', T('''
    김지훈 과장님, 안녕하십니까.
    성우패키징 영업부 윤성우입니다.

    요청하신 골판지 박스(B골, 3종) 견적서를 첨부와 같이 송부드립니다.
    유효기간은 발행일로부터 30일이며, 원지 가격 변동 시 재견적이 필요할 수 있습니다.

    결제 조건은 기존과 동일하게 월말 마감 익월 말 현금 결제입니다.
    궁금하신 점 있으시면 편하게 연락 주십시오.

    감사합니다.
    윤성우 드림 / 010-0000-3821
    '''), client='outlook', att=[('견적서_대양소재_SW-2025-0412.pdf', 'pdf')], date=(2025, 4, 14))

M('ham', 'work-supplier', ('스마트빌', 'noreply@smartbill.co.kr'), '[스마트빌] (주)성우패키징 에서 전자세금계산서를 발행하였습니다', T('''
    대양소재(주) 담당자님, 안녕하세요.

    (주)성우패키징에서 귀사로 전자(세금)계산서를 발행하였습니다.

    공급자: (주)성우패키징
    작성일자: 2025-05-31
    공급가액: 4,320,000원 / 세액: 432,000원 / 합계: 4,752,000원

    전자세금계산서는 국세청 홈택스에도 자동 전송되며, 스마트빌에 로그인하시면 승인 또는 반려 처리가 가능합니다.
    https://www.smartbill.co.kr

    본 메일은 발신전용입니다.
    '''), client='system', date=(2025, 5, 31), brand='SmartBill 전자세금계산서', color='#00529b')

M('ham', 'work-lawyer', ('한지원 변호사', 'jw.han@lawfirm-baro.example'), '물품공급계약서 수정본 송부 (검토의견 반영)', T('''
    김지훈 과장님,

    법무법인 바로 한지원 변호사입니다.
    지난 화요일 통화에서 말씀하신 내용을 반영하여 물품공급계약서 수정본을 송부드립니다.

    주요 수정사항은 다음과 같습니다.
    1. 제7조(검수) 검수 기간을 7일에서 10영업일로 변경
    2. 제12조(지체상금) 상한을 계약금액의 10%로 명시
    3. 제15조(관할) 서울중앙지방법원으로 수정

    변경 부분은 한글 파일에 붉은색으로 표시해 두었습니다.
    상대방에 송부하시기 전에 내부 결재 절차를 거쳐 주시기 바랍니다.

    한지원 올림
    법무법인 바로 | 02-000-7700
    '''), client='outlook', att=[('물품공급계약서_수정본_v3.hwp', 'hwp')])

M('ham', 'work-lawyer', ('법무법인 바로', 'office@lawfirm-baro.example'), 'RE: 내용증명 회신 초안 검토 요청', T('''
    과장님, 회신 초안 검토했습니다.

    전반적으로 사실관계 정리가 잘 되어 있습니다. 다만 3번째 문단의
    "귀사의 고의적인 지연"이라는 표현은 향후 분쟁 시 불필요한 쟁점이 될 수 있어
    "약정 기한 도과"로 바꾸시길 권합니다.

    회신 기한이 다음 주 수요일이니 월요일까지 확정본 주시면 발송 대행도 가능합니다.

    박세영 사무장 (한지원 변호사 대리)
    '''), client='outlook-utf8', cte='quoted-printable',
    reply=dict(name='김지훈', addr=OFFICE[1], text='변호사님 안녕하세요.\n상대방 내용증명에 대한 회신 초안을 작성해 보았습니다.\n검토 부탁드립니다.', thread=True))

M('ham', 'work-accountant', ('세무회계 정담', 'tax@jungdam-tax.example'), '[정담세무] 2025년 2기 확정 부가세 신고 자료 요청', T('''
    대양소재(주) 담당자님께

    안녕하세요. 정담세무회계 오혜린 실장입니다.
    2025년 2기 확정 부가가치세 신고(신고기한 2026.1.26) 준비를 위해 아래 자료를 요청드립니다.

    1. 10~12월 매출/매입 세금계산서 외 증빙 (카드, 현금영수증 제외분)
    2. 수출실적명세서 해당분
    3. 고정자산 취득 내역 (첨부 엑셀 양식 사용)

    1월 12일(월)까지 회신 주시면 일정에 맞춰 처리하겠습니다.

    오혜린 드림
    '''), client='outlook', att=[('고정자산취득내역_양식.xlsx', 'xlsx')], date=(2026, 1, 5))

M('ham', 'work-accountant', ('오혜린', 'hyerin.oh@jungdam-tax.example'), '연말정산 간소화 자료 제출 방법 안내 (직원 배포용)', T('''
    과장님, 요청하신 직원 배포용 안내문입니다.

    ■ 제출 기한: 2026년 2월 6일(금)
    ■ 준비 서류
      - 홈택스 연말정산 간소화 자료 (PDF 일괄 다운로드)
      - 부양가족 변동이 있는 경우 가족관계증명서
      - 월세 세액공제 대상자는 임대차계약서 사본과 이체 내역
    ■ 유의사항
      - 간소화 자료에 없는 안경 구입비, 교복 구입비 등은 영수증 별도 제출
      - 맞벌이 부부는 부양가족 중복공제가 되지 않도록 확인

    문의는 저에게 직접 주셔도 됩니다.
    '''), client='thunderbird', date=(2026, 1, 16))

M('ham', 'work-hr', ('인사팀', 'hr@' + C), '[공지] 2025년 귀속 연말정산 일정 안내', T('''
    임직원 여러분, 인사팀입니다.

    2025년 귀속 연말정산 일정을 아래와 같이 안내드립니다.

    1. 국세청 간소화 서비스 오픈: 2026. 1. 15.(목)
    2. 사내 연말정산 시스템 입력: 1. 19.(월) ~ 2. 6.(금)
    3. 결과 확인 및 이의 신청: 2. 20.(금)까지
    4. 정산 결과 반영: 2월 급여

    시스템 접속은 그룹웨어 > 인사 > 연말정산 메뉴를 이용해 주십시오.
    개인정보가 포함된 자료는 메일로 보내지 마시고 반드시 시스템에 업로드해 주세요.

    인사팀 드림 (내선 2104)
    '''), client='groupware', mailer='DaouOffice', date=(2026, 1, 12), hide_to=False, cc=[('전체 임직원', 'all@' + C)])

M('ham', 'work-payroll', ('급여담당', 'payroll@' + C), '2025년 11월 급여명세서 안내', T('''
    김지훈 님, 11월 급여명세서를 첨부와 같이 보내드립니다.

    첨부 파일은 개인정보 보호를 위해 암호가 설정되어 있습니다.
    암호는 본인 생년월일 6자리입니다. (예: 850312)

    이번 달에는 10월 야근수당 정산분과 복지포인트 과세분이 포함되었습니다.
    명세서 내용에 이의가 있으시면 12월 5일까지 인사팀으로 알려 주세요.
    '''), client='groupware', mailer='Hiworks Mail', att=[('급여명세서_202511_김지훈.pdf', 'pdf')], date=(2025, 11, 25), cs='euc-kr')

M('ham', 'work-hr', ('인사팀 박소희', 'sohee.park@' + C), '[인사발령] 2026년 1월 1일자 조직 개편 및 인사발령', T('''
    임직원 여러분께

    2026년 1월 1일자 조직 개편 및 인사발령 사항을 공지합니다.

    ○ 조직 개편
      - 영업본부 내 해외영업팀 신설
      - 품질관리팀 → 품질보증팀 명칭 변경

    ○ 승진
      - 과장 → 차장: 이정민(생산관리팀), 서혜원(영업1팀)
      - 대리 → 과장: 최민호(재무팀)

    ○ 전보
      - 강태윤 대리: 영업2팀 → 해외영업팀

    새로운 자리에서도 좋은 성과 있기를 바랍니다.
    '''), client='groupware', mailer='DaouOffice', date=(2025, 12, 26), cs='ks_c_5601-1987', cte='base64')

M('ham', 'work-approval', ('전자결재', 'approval@gw.' + C), '[결재요청] 출장비 정산서 - 최민호 (부산 고객사 방문)', T('''
    결재 요청이 도착했습니다.

    문서번호: 재무-2025-1182
    문서제목: 출장비 정산서 (부산 고객사 방문, 10/22~10/23)
    기안자: 최민호 대리 (재무팀)
    결재선: 최민호 → 김지훈(검토) → 이수진(승인)
    금액: 412,600원

    그룹웨어 전자결재 > 결재대기함에서 확인하실 수 있습니다.
    https://gw.daeyang-mat.example/approval/doc/2025-1182

    ※ 이 메일은 그룹웨어 알림 메일로 회신하셔도 전달되지 않습니다.
    '''), client='groupware', mailer='DaouOffice', shape='html', date=(2025, 10, 27))

M('ham', 'work-minutes', ('서혜원', 'hyewon.seo@' + C), '[회의록] 신제품 런칭 TF 2차 회의 (11/4)', T('''
    TF 여러분 수고 많으셨습니다. 2차 회의록 공유드립니다.

    1. 일시/장소: 11월 4일(화) 15:00~16:30 / 본사 7층 대회의실
    2. 참석: 서혜원, 김지훈, 이정민, 강태윤, 디자인팀 유나래
    3. 논의 내용
       - 패키지 디자인 시안 B안으로 확정, 색상만 한 단계 밝게 조정
       - 초도 생산 수량 5만 개 → 3만 개로 축소 (재고 리스크)
       - 출시 일정: 2026년 2월 둘째 주 유지
    4. 액션 아이템
       - 김지훈: 포장재 협력사 3곳 견적 비교 (11/11까지)
       - 이정민: 라인 테스트 일정 확정
       - 강태윤: 해외 바이어 샘플 발송 리스트 작성

    다음 회의는 11월 18일(화) 같은 시간입니다.
    '''), client='outlook', att=[('신제품TF_2차회의록_251104.docx', 'docx')], date=(2025, 11, 5))

M('ham', 'work-meeting', ('강태윤', 'taeyoon.kang@' + C), '회의 초대: 해외 바이어 화상 미팅 사전 점검', T('''
    과장님, 다음 주 베트남 바이어 화상 미팅 전에 30분 정도 사전 점검 시간을 잡았습니다.
    포장 사양서 최종본과 단가표를 같이 보면 좋겠습니다.

    Teams 링크는 일정에 포함되어 있습니다.
    https://teams.microsoft.com/l/meetup-join/19%3ameeting_daeyang
    '''), client='outlook', ics='해외 바이어 화상 미팅 사전 점검')

M('ham', 'it-helpdesk', ('IT지원센터', 'helpdesk@' + C), '[IT공지] 정기 비밀번호 변경 안내 (12월 10일까지)', T('''
    임직원 여러분, IT지원센터입니다.

    사내 보안 규정에 따라 90일 주기 비밀번호 변경 기간이 돌아왔습니다.

    ■ 변경 기한: 12월 10일(수)까지
    ■ 변경 방법: 사내 PC에서 Ctrl + Alt + Del → [암호 변경] 선택
      (그룹웨어와 메일 비밀번호는 자동 동기화됩니다)
    ■ 규칙: 10자 이상, 영문·숫자·특수문자 포함, 최근 3회 사용 비밀번호 불가

    IT지원센터는 메일이나 전화로 비밀번호를 절대 묻지 않습니다.
    이 안내 메일에도 링크가 없으며, 링크를 눌러 비밀번호를 입력하라는 메일은 모두 피싱이니 신고해 주세요.

    문의: 내선 2500
    '''), client='groupware', mailer='DaouOffice', date=(2025, 12, 1), cs='euc-kr', cte='quoted-printable', shape='plain')

M('ham', 'it-helpdesk', ('정보보안팀', 'security@' + C), '[필수] 2026년 상반기 정보보안 교육 이수 안내', T('''
    안녕하세요, 정보보안팀입니다.

    2026년 상반기 정보보안 교육을 아래와 같이 실시하오니 기한 내 이수 부탁드립니다.

    - 과정명: 이메일 피싱과 랜섬웨어 대응 (40분)
    - 기간: 3월 3일 ~ 3월 31일
    - 수강: 사내 교육시스템(LMS) > 필수교육
      https://lms.daeyang-mat.example/course/sec-2026-1
    - 미이수자는 4월 중 집합교육 대상이 됩니다.

    최근 협력사를 사칭해 입금 계좌 변경을 요청하는 메일이 늘고 있습니다.
    계좌 변경 요청은 반드시 기존에 알고 있는 전화번호로 확인해 주세요.
    '''), client='outlook', date=(2026, 3, 2))

M('ham', 'it-helpdesk', ('정보보안팀', 'security@' + C), '악성메일 모의훈련 결과 안내 (3분기)', T('''
    임직원 여러분께

    지난 9월 실시한 악성메일 모의훈련 결과를 안내드립니다.

    - 발송 대상: 212명
    - 메일 열람: 41% / 링크 클릭: 9% / 정보 입력: 2%
    - 신고(보안팀 전달): 23%

    훈련 메일은 택배 배송 실패, 급여 명세서 확인을 가장한 내용이었습니다.
    클릭하신 분들께는 별도 보충 교육 안내가 나갈 예정입니다.
    의심 메일은 앞으로도 security@daeyang-mat.example로 전달해 주세요.

    정보보안팀 드림
    '''), client='groupware', mailer='Hiworks Mail', date=(2025, 10, 13), cs='ks_c_5601-1987', cte='8bit', shape='plain')

M('ham', 'it-helpdesk', ('IT지원센터', 'helpdesk@' + C), '[작업공지] 그룹웨어 서버 점검 (토 22:00~일 06:00)', T('''
    그룹웨어 및 메일 서버 정기 점검 작업이 있습니다.

    일시: 2026년 4월 18일(토) 22:00 ~ 4월 19일(일) 06:00
    영향: 작업 시간 중 메일 송수신 지연, 전자결재 접속 불가
    모바일 메일 앱은 작업 이후 재로그인이 필요할 수 있습니다.

    작업 중 수신된 외부 메일은 작업 후 순차적으로 전달됩니다.
    '''), client='groupware', mailer='DaouOffice', date=(2026, 4, 15), shape='html')

M('ham', 'company-announce', ('총무팀', 'admin@' + C), '[전사공지] 창립 30주년 기념일 휴무 및 기념행사 안내', T('''
    임직원 여러분, 총무팀입니다.

    우리 회사 창립 30주년을 맞아 5월 23일(금)을 전사 휴무일로 지정합니다.
    전날인 22일(목) 오후 4시에는 본사 강당에서 기념행사가 열립니다.

    - 장기근속 포상 (10년, 20년)
    - 대표이사 기념사 및 30년 영상 상영
    - 행사 후 간단한 다과회

    생산 라인 근무자는 별도 교대 일정을 팀장님께 확인해 주세요.
    '''), client='outlook', date=(2025, 5, 12), shape='related', inline=[('anniv30@daeyang-mat.example', 'jpg')],
    html='<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body>\n<p><img src="cid:anniv30@daeyang-mat.example" alt="창립 30주년" width="600"></p>\n<p>임직원 여러분, 총무팀입니다.</p>\n<p>우리 회사 창립 30주년을 맞아 <b>5월 23일(금)</b>을 전사 휴무일로 지정합니다.<br>\n전날인 22일(목) 오후 4시에는 본사 강당에서 기념행사가 열립니다.</p>\n<ul><li>장기근속 포상 (10년, 20년)</li><li>대표이사 기념사 및 30년 영상 상영</li><li>행사 후 간단한 다과회</li></ul>\n<p>생산 라인 근무자는 별도 교대 일정을 팀장님께 확인해 주세요.</p>\n</body></html>\n')

M('ham', 'company-announce', ('사내 경조사 알림', 'event@' + C), '[부고] 생산관리팀 이정민 차장 부친상', T('''
    생산관리팀 이정민 차장님의 부친께서 별세하셨기에 삼가 알려드립니다.

    고인: 故 이상철 님
    빈소: 대전 을지대학교병원 장례식장 3호실
    발인: 2026년 3월 14일(토) 오전 7시
    장지: 대전 추모공원

    마음으로 함께 위로해 주시기 바랍니다.
    회사 조화와 조의금은 총무팀에서 규정에 따라 처리합니다.
    '''), client='groupware', mailer='DaouOffice', date=(2026, 3, 12), cs='euc-kr')

M('ham', 'company-announce', ('사내 경조사 알림', 'event@' + C), '[결혼] 영업1팀 서혜원 차장 결혼 소식', T('''
    영업1팀 서혜원 차장님이 결혼합니다. 많은 축하 부탁드립니다.

    일시: 2026년 5월 16일(토) 오후 1시
    장소: 서울 강남구 더채플앳청담 3층
    신랑: 김도현 님

    축하 화환은 총무팀에서 준비합니다.
    '''), client='groupware', mailer='DaouOffice', date=(2026, 4, 27), shape='html')

M('ham', 'work-colleague', ('총무팀 김하늘', 'haneul.kim@' + C), '12월 부서 송년회 장소 투표 부탁드려요', T('''
    안녕하세요~ 총무팀 김하늘입니다.

    경영지원본부 송년회를 12월 19일(금)에 하려고 합니다.
    아래 세 곳 중에 원하시는 곳에 회신으로 투표 부탁드려요! (수요일까지)

    1. 을지로 고깃집 (1인 4.5만 원, 룸 가능)
    2. 여의도 중식당 (코스, 1인 5만 원)
    3. 회사 근처 이탈리안 (대관 가능, 1인 4만 원)

    불참하시는 분도 알려 주시면 인원 파악에 도움이 됩니다 :)
    '''), client='naver', date=(2025, 11, 24), shstyle=None)

M('ham', 'recruiter', ('송유진 컨설턴트', 'yujin.song@peoplebridge-search.example'), '[포지션 제안] 중견 제조사 구매팀장 (비공개)', T('''
    김지훈 과장님, 안녕하세요.
    피플브릿지 서치 송유진 컨설턴트입니다.

    링크드인 프로필을 보고 연락드립니다. 현재 진행 중인 포지션이 과장님 경력과 잘 맞을 것 같아 제안드립니다.

    - 회사: 경기 남부 소재 포장재 제조사 (매출 약 1,500억, 비상장)
    - 포지션: 구매팀장 (차장~부장급)
    - 주요 업무: 원부자재 구매 전략, 협력사 관리, 원가 절감
    - 처우: 현 연봉 기준 협의

    관심 있으시면 편하신 시간에 짧게 통화 가능할지 회신 부탁드립니다.
    관심이 없으시면 회신 주시면 더 연락드리지 않겠습니다.
    '''), client='outlook-utf8', cte='quoted-printable')

M('ham', 'work-gov', ('조달청 나라장터', 'g2b@pps.go.kr'), '[나라장터] 관심 공고 알림 - 포장재 구매 입찰 2건', T('''
    나라장터 관심 공고 알림 서비스입니다.

    등록하신 키워드(포장재, 완충재)와 일치하는 입찰 공고가 등록되었습니다.

    1. [공고번호 R25BK0000123] 2025년 우편용 완충봉투 구매 - 우정사업조달센터
       입찰마감: 2025-08-21 10:00
    2. [공고번호 R25BK0000456] 비축물자 포장재 단가계약 - 조달청 비축사업부
       입찰마감: 2025-08-25 11:00

    자세한 내용은 나라장터(https://www.g2b.go.kr)에서 확인하시기 바랍니다.
    ※ 알림 수신 설정은 나라장터 > 마이페이지에서 변경할 수 있습니다.
    '''), client='system', cs='euc-kr', date=(2025, 8, 11), brand='나라장터', color='#0b3d91')

M('ham', 'work-client', ('정다은', 'daeun.jung@hangyeol-food.example'), 'RE: [대양소재] 샘플 발송 완료 및 송장번호 안내', T('''
    과장님, 샘플 잘 받았습니다!
    품질팀에서 밀봉 테스트 진행 후 다음 주 중으로 결과 공유드릴게요.

    감사합니다.
    정다은 드림
    '''), client='outlook', reply=dict(name='김지훈', addr=OFFICE[1], text='정다은 대리님,\n\n요청하신 파우치 샘플 3종을 오늘 CJ대한통운으로 발송했습니다.\n송장번호: 6800-0000-1234\n\n김지훈 드림', subj='[대양소재] 샘플 발송 완료 및 송장번호 안내'))

M('ham', 'work-client', ('Nguyen Van Long', 'long.nguyen@saigon-foods.example'), 'Thank you for the meeting / 미팅 감사합니다', T('''
    Dear Mr. Kim,

    Thank you for your time at the video meeting yesterday.
    As discussed, please find attached our annual forecast for pouches.

    김 과장님, 어제 미팅 감사했습니다. (번역기를 써서 한국어가 어색해도 이해 부탁드립니다)
    다음 달 호치민 방문 일정 확정되면 알려 주세요.

    Best regards,
    Long
    '''), client='gmail', frm_note=None, att=[('Forecast_2026_SaigonFoods.xlsx', 'xlsx')])

M('ham', 'work-supplier', ('대림화학 영업팀', 'sales@daerim-chem.example'), '[공문] 2026년 1월 1일부 PE 원료 공급단가 조정 안내', T('''
    대양소재(주) 구매 담당자님 귀하

    항상 저희 대림화학을 이용해 주셔서 감사드립니다.

    국제 유가 및 나프타 가격 상승으로 부득이하게 2026년 1월 1일 출하분부터
    LDPE/LLDPE 원료 공급단가를 kg당 70원 인상하게 되었음을 안내드립니다.
    자세한 내용은 첨부 공문을 참고해 주시기 바랍니다.

    결제 계좌 등 기존 거래 조건에는 변경이 없습니다.
    문의: 영업팀 차상훈 부장 (02-000-4455)
    '''), client='outlook', att=[('[공문]원료단가조정안내_대림화학.pdf', 'pdf')], date=(2025, 12, 3))

M('ham', 'talks-spam', ('최민호', 'minho.choi@' + C), 'FW: [긴급] 결제 계좌 변경 안내 - 의심 메일 신고합니다', T('''
    보안팀 담당자님,

    오늘 아침 성우패키징을 사칭한 것으로 보이는 메일을 받아 전달드립니다.
    발신 주소가 sungwoo-pack이 아니라 sungwoo-pacck(c가 두 개)이고,
    결제 계좌를 해외 은행으로 바꿔 달라는 내용이라 의심됩니다.
    첨부 파일은 열지 않았고, 성우 윤성우 부장님께 전화로 확인하니 보낸 적 없다고 하십니다.

    원본 헤더 포함해서 첨부(eml)로 보내야 하면 말씀 주세요.

    ---------- Forwarded message ---------
    보낸 사람: Yoon Sungwoo <sw.yoon@sungwoo-pacck.example>
    제목: [긴급] 결제 계좌 변경 안내

    당사 회계 감사로 인하여 기존 계좌 사용이 일시 중지되었습니다.
    이번 달 대금은 아래 신규 계좌로 송금 부탁드립니다. (링크 삭제함)
    '''), client='outlook', to=('정보보안팀', 'security@' + C), cc=[('김지훈', OFFICE[1])])

M('ham', 'work-colleague', ('이정민', 'jungmin.lee@' + C), '출장 보고서 - 구미 협력사 라인 실사', T('''
    과장님, 지난주 구미 협력사 실사 보고서 첨부드립니다.

    요약하면,
    - 라미네이팅 라인 2기 중 1기 노후화 심함 (2008년식)
    - 불량률은 0.8%로 계약 기준 이내
    - 원자재 보관창고 온습도 관리 미흡 → 개선 요청함

    자세한 사진은 보고서 부록에 있습니다.
    '''), client='thunderbird', att=[('출장보고서_구미실사_2510.pdf', 'pdf')])

M('ham', 'work-hr', ('인사팀', 'hr@' + C), '[필수] 2026년 법정의무교육 이수 안내 (직장 내 괴롭힘·성희롱 예방 등)', T('''
    임직원 여러분, 인사팀입니다.

    올해 법정의무교육 4종 이수 기한이 11월 30일로 다가왔습니다.
    - 직장 내 성희롱 예방교육
    - 직장 내 장애인 인식개선교육
    - 개인정보보호교육
    - 산업안전보건교육 (생산직 분기별 별도)

    현재 이수율은 64%입니다. 미이수자 명단은 팀장님께 따로 전달드립니다.
    '''), client='groupware', mailer='DaouOffice', date=(2026, 11, 10), cs='euc-kr', cte='base64', shape='plain')

M('ham', 'public-insurance', ('국민연금공단', 'webmaster@nps.or.kr'), '[국민연금] 사업장 가입자 자격 변동 내역 안내', T('''
    대양소재(주) 사업장 담당자님께

    국민연금공단에서 알려드립니다.
    2025년 10월 중 귀 사업장의 가입자 자격 취득·상실 신고 처리 결과를 안내드립니다.

    - 취득: 3명 / 상실: 1명
    - 10월분 연금보험료 고지액: 사업장 EDI에서 확인

    상세 내역은 국민연금 EDI(https://edi.nps.or.kr)에서 조회하실 수 있습니다.
    본 메일은 발신 전용입니다.
    '''), client='system', cs='euc-kr', brand='국민연금공단', color='#005bac', date=(2025, 11, 3))

M('ham', 'public-insurance', ('국민건강보험공단', 'edi@nhis.or.kr'), '[건강보험 EDI] 2025년 보수총액 신고 안내', T('''
    사업장 담당자님께

    직장가입자 보수총액 신고 기한(2026년 3월 10일)을 안내드립니다.
    2025년 중 지급한 보수총액과 근무월수를 EDI로 신고해 주시기 바랍니다.

    신고 결과에 따라 4월분 보험료에서 정산됩니다.
    EDI 바로가기: https://edi.nhis.or.kr

    ※ 건강보험공단은 전화나 메일로 계좌 이체를 요구하지 않습니다.
    '''), client='system', cs='ks_c_5601-1987', cte='base64', brand='국민건강보험 EDI', color='#0066b3', date=(2026, 2, 16))

M('ham', 'tax-gov', ('국세청 홈택스', 'webmaster@hometax.go.kr'), '[홈택스] 전자세금계산서 발급 내역 안내', T('''
    대양소재(주) 님, 안녕하십니까?

    귀하에게 전자세금계산서가 발급되었음을 알려드립니다.

    공급자 상호: (주)대림화학
    작성일자: 2026-01-31
    합계금액: 18,920,000원

    상세 내용은 홈택스(www.hometax.go.kr) 로그인 후 [조회/발급 > 전자세금계산서 > 목록조회]에서 확인하실 수 있습니다.

    국세청은 어떠한 경우에도 메일로 개인정보나 금융정보를 요구하지 않습니다.
    '''), client='system', cs='euc-kr', cte='base64', brand='국세청 홈택스', color='#1c4a8b', date=(2026, 1, 31))

M('ham', 'public-insurance', ('근로복지공단', 'noreply@comwel.or.kr'), '[근로복지공단] 2026년 고용·산재보험 보수총액 신고 안내', T('''
    사업주님 안녕하십니까.

    고용·산재보험 2025년도 보수총액 신고 기한은 2026년 3월 16일까지입니다.
    토탈서비스(total.comwel.or.kr)를 이용하시면 간편하게 신고하실 수 있습니다.

    기한 내 미신고 시 과태료가 부과될 수 있으니 유의하시기 바랍니다.
    '''), client='system', cs='euc-kr', brand='근로복지공단', color='#00796b', date=(2026, 2, 20))

M('ham', 'work-supplier', ('웹케어 유지보수', 'support@webcare-studio.example'), '[월간 리포트] 대양소재 홈페이지 유지보수 10월 보고', T('''
    안녕하세요, 웹케어스튜디오입니다.
    10월 홈페이지 유지보수 결과를 보고드립니다.

    - 방문자: 8,412명 (전월 대비 +6%)
    - 처리 요청: 5건 (제품 카탈로그 PDF 교체, 채용 공고 게시 등)
    - 보안 업데이트: CMS 코어 및 플러그인 4종 업데이트 완료
    - SSL 인증서 만료일: 2026-03-02 (자동 갱신 설정됨)

    11월 정기 점검은 셋째 주 수요일 새벽에 진행합니다.
    '''), client='esp', cs='utf-8', cte='base64', shape='alt', brand='WebCare Studio', esphost='mail.webcare-studio.example')

M('ham', 'work-gov', ('KOTRA', 'newsletter@kotra.or.kr'), '[KOTRA] 2026 베트남 소비재 수출상담회 참가기업 모집', T('''
    KOTRA 해외마케팅 알림입니다.

    「2026 베트남 소비재 수출상담회」 참가기업을 모집합니다.
    - 일시: 2026년 6월 9일(화)~10일(수)
    - 장소: 호치민 (현지 바이어 1:1 상담)
    - 대상: 식품, 생활용품, 포장재 등 소비재 중소·중견기업 30개사
    - 신청: 2026년 4월 24일(금)까지 무역투자24 온라인 신청

    참가비 일부와 통역이 지원됩니다.
    본 메일은 수신 동의하신 분께 발송되었으며, 수신을 원하지 않으시면 무역투자24 > 회원정보에서 변경하실 수 있습니다.
    '''), client='esp', bulk=dict(campaign='expo2026', esp='kotra'), brand='KOTRA 무역투자24', color='#003d7c', date=(2026, 4, 2))

# --- family, friends, school, clubs, community
M('ham', 'family', ('엄마', 'okja1958@hanmail.net'), '김장 날짜 정했다', T('''
    소연아 엄마다.

    올해 김장은 11월 29일 토요일에 하기로 했다.
    배추는 해남에서 절임배추로 40포기 주문했고 금요일 저녁에 도착한다.
    너희는 토요일 아침 9시까지만 오면 된다.
    서방 허리 안 좋다던데 무리하지 말고 애들 데리고 천천히 와라.

    고무장갑이랑 김치통 큰 거 두 개 챙겨 오고.
    '''), to='home', client='daum', cs='euc-kr', cte='base64', shape='plain', date=(2025, 11, 18), hq='B')

M('ham', 'family', ('박소희', 'sohee.p.family@gmail.com'), '제주 가족여행 사진 보내~', T('''
    언니 제주도 사진 정리해서 몇 장 먼저 보내!
    나머지는 구글 포토 앨범에 올려놨으니까 카톡으로 링크 다시 보낼게.

    아빠 한라산 정상 사진 진짜 잘 나왔어 ㅋㅋ
    조카들 귤 따는 사진은 액자로 뽑아도 될 듯.
    '''), to='home', client='iphone', att=[('IMG_4821.jpg', 'jpg'), ('IMG_4835.jpg', 'jpg'), ('IMG_4902.jpg', 'jpg')], date=(2025, 8, 18))

M('ham', 'friend-reunion', ('한빛고 29회 동창회', 'hanbit29.reunion@gmail.com'), '[한빛고 29회] 졸업 20주년 홈커밍 안내 (12/13)', T('''
    한빛고 29회 친구들 안녕!
    졸업 20주년을 맞아 홈커밍 모임을 준비했어.

    ■ 일시: 2025년 12월 13일(토) 오후 6시
    ■ 장소: 모교 체육관 → 2차 학교 앞 '옛날통닭'
    ■ 회비: 5만 원 (담임 선생님 선물 포함)
    ■ 참석 여부: 12월 5일까지 이 메일에 회신하거나 반톡에 남겨줘

    회비 입금 계좌는 총무 정현우 (카카오뱅크 3333-00-0000000)
    연락 안 되는 친구들 있으면 이 메일 전달 부탁해!
    '''), to='home', client='gmail', date=(2025, 11, 10))

M('ham', 'condolence', ('정현우', 'hwjung82@naver.com'), '[부고] 정현우 모친상 알려드립니다', T('''
    소연아, 갑작스럽게 연락해서 미안하다.
    어머니께서 어제 새벽 지병으로 돌아가셨어.
    동창들한테 일일이 연락하기가 어려워서 메일로 같이 알린다.

    빈소: 수원 아주대학교병원 장례식장 5호실
    발인: 3월 8일(일) 오전 6시 30분
    장지: 용인 평온의숲

    멀리서 마음만 보내줘도 충분히 고맙다.
    '''), to='home', client='naver', date=(2026, 3, 6))

M('ham', 'wedding', ('윤서연', 'seoyeon.yoon91@gmail.com'), '소연 언니, 저 결혼해요! 💍', T('''
    언니 잘 지내시죠?
    제가 드디어 10월에 결혼하게 되었어요 ㅎㅎ
    회사 다닐 때 언니가 많이 챙겨 주셔서 꼭 직접 알려드리고 싶었어요.

    일시: 2025년 10월 18일 토요일 낮 12시 30분
    장소: 여의도 더파티움 2층 그랜드홀

    청첩장 이미지 첨부했어요. 바쁘시면 마음만 받을게요!
    언니 아기들도 같이 오시면 너무 좋을 것 같아요~
    '''), to='home', client='gmail', att=[('청첩장_서연♥준호.jpg', 'jpg')], date=(2025, 9, 1))

M('ham', 'school', ('서울한빛초등학교', 'notice@hanbit-es.example'), '[가정통신문] 2학기 현장체험학습 안내 및 참가 동의서', T('''
    학부모님께

    가정에 건강과 행복이 가득하시길 기원합니다.
    2학기 현장체험학습을 아래와 같이 실시하고자 하오니 첨부된 동의서를 작성하여
    9월 26일(금)까지 담임선생님께 제출해 주시기 바랍니다.

    1. 일시: 2025년 10월 15일(수) 09:00 ~ 15:00
    2. 장소: 국립과천과학관
    3. 대상: 3학년 전체 (6학급)
    4. 경비: 무료 (교육청 지원)
    5. 준비물: 도시락, 물, 편한 복장

    서울한빛초등학교장
    '''), to='home', client='system', cs='euc-kr', att=[('가정통신문_현장체험학습_동의서.hwp', 'hwp')], date=(2025, 9, 19), brand='서울한빛초등학교', color='#2e7d32')

M('ham', 'parents-group', ('3학년 2반 반대표 김은정', 'eunjung.mom@naver.com'), '3-2반 어머님들께 - 체험학습 간식 & 담임선생님 상담주간', T('''
    3학년 2반 어머님들 안녕하세요, 반대표 도윤이 엄마 김은정입니다.

    1. 체험학습 날 간식은 학교 방침상 개별로 준비하는 걸로 정리됐어요.
       단체 간식 돌리지 말아 달라는 선생님 말씀 있었습니다.
    2. 10월 학부모 상담주간은 20일~24일이에요. 학교 알리미 앱에서 시간 신청하시면 됩니다.
    3. 녹색어머니회 10월 당번표 첨부합니다. 못 하시는 날은 서로 바꿔 주세요.

    단톡방에 못 들어오신 분들이 계셔서 메일로도 보내요!
    '''), to='home', client='naver', att=[('녹색어머니_10월당번표.xlsx', 'xlsx')], date=(2025, 10, 1))

M('ham', 'school', ('수학의정석 학원', 'info@jungseok-math.example'), '[정석수학] 11월 월례고사 결과 및 12월 수강료 안내', T('''
    이민준 학생 학부모님께

    11월 월례고사 결과를 안내드립니다.
    - 점수: 86점 (반 평균 78점)
    - 취약 단원: 분수의 나눗셈 응용
    - 12월 보강: 매주 토요일 오전 10시 (희망자)

    12월 수강료는 280,000원이며 결제선생 링크는 문자로 별도 발송드립니다.
    상담을 원하시면 언제든 연락 주세요. (031-000-5599)
    '''), to='home', client='naver', date=(2025, 11, 28))

M('ham', 'church', ('새빛교회 교육부', 'edu@saebit-church.example'), '성탄절 발표회 및 연말 행사 안내 (유초등부)', T('''
    유초등부 학부모님, 평안하신지요.

    올해 성탄절 발표회를 12월 21일 주일 오후 2시 본당에서 합니다.
    - 유치부: 율동 "기쁘다 구주 오셨네"
    - 초등부: 성극 "마구간의 작은 별"
    연습은 12월 7일, 14일 주일 예배 후 1시간입니다.

    의상은 교회에서 준비하며, 흰 양말만 준비해 주세요.
    31일 송구영신예배에는 가족 모두 함께 오시면 좋겠습니다.

    교육부 전도사 임하은 드림
    '''), to='home', client='gmail', cte='quoted-printable', date=(2025, 11, 30))

M('ham', 'apartment', ('래미안파크 관리사무소', 'office@raemian-park-apt.example'), '[관리사무소] 승강기 교체 공사 일정 안내 (101동, 102동)', T('''
    입주민 여러분께 알려드립니다.

    노후 승강기 교체 공사를 아래와 같이 진행합니다.
    - 101동 1, 2호기: 2026. 3. 9.(월) ~ 4. 17.(금)
    - 102동 1, 2호기: 2026. 4. 20.(월) ~ 5. 29.(금)

    공사 기간에는 해당 호기 운행이 중단되며, 다른 호기를 이용해 주셔야 합니다.
    거동이 불편하신 세대는 관리사무소(031-000-1100)로 미리 말씀해 주시면 도움을 드리겠습니다.

    장기수선충당금으로 집행되며 별도 부담금은 없습니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', shape='mixed-html', att=[('승강기공사_공정표.pdf', 'pdf')], date=(2026, 2, 23), brand='래미안파크 관리사무소', color='#5d4037')

M('ham', 'apartment', ('입주자대표회의', 'council@raemian-park-apt.example'), '2026년 1월 입주자대표회의 회의 결과 공고', T('''
    입주자대표회의 회의 결과를 공고합니다.

    ○ 일시: 2026년 1월 20일(화) 19:30, 관리동 2층 회의실
    ○ 참석: 동대표 9명 중 8명
    ○ 의결 사항
      1. 2026년 관리비 예산(안) 승인
      2. 지하주차장 LED 교체 공사 업체 선정 (경쟁입찰, 최저가)
      3. 커뮤니티센터 헬스장 운영시간 06시~23시로 연장
    ○ 보고 사항
      - 12월 관리비 집행 내역 및 잡수입 현황

    세부 회의록은 관리사무소 게시판과 아파트 앱에서 열람할 수 있습니다.
    '''), to='home', client='thunderbird', cs='euc-kr', cte='8bit', date=(2026, 1, 22))

M('ham', 'hobby-club', ('주말산악회 총무', 'weekend.hikers@daum.net'), '[주말산악회] 6월 정기산행 - 설악산 공룡능선 (1박 2일)', T('''
    회원님들 안녕하세요, 총무 오승철입니다.

    6월 정기산행 공지합니다.
    - 일정: 6월 13일(토) ~ 14일(일), 1박 2일
    - 코스: 소공원 → 마등령 → 공룡능선 → 무너미고개 → 천불동 (약 12시간)
    - 출발: 토요일 새벽 5시, 잠실역 7번 출구 전세버스
    - 회비: 12만 원 (버스, 숙소, 저녁 1회)

    난이도 상급 코스라 최근 3개월 내 산행 경험 있으신 분만 신청 부탁드립니다.
    헤드랜턴, 스틱, 여벌 옷 꼭 챙기세요.
    '''), to='home', client='daum', cs='euc-kr', cte='quoted-printable', date=(2026, 5, 20))

M('ham', 'hobby-club', ('빛그림 사진동호회', 'bitgrim.photo@gmail.com'), 'RE: 지난 출사 사진 공유 (서울숲 가을)', T('''
    소연님 사진 너무 좋네요!
    특히 역광으로 찍은 은행나무 사진은 다음 전시회에 출품해도 될 것 같아요.
    RAW 파일도 혹시 공유 가능하실까요? 보정 스터디 자료로 쓰고 싶어서요.

    - 운영진 강민재
    '''), to='home', client='gmail', cte='quoted-printable',
    reply=dict(name='박소연', addr=HOME[1], client='naver', text='지난주 서울숲 출사 사진 몇 장 공유합니다~\n보정은 라이트룸으로 살짝만 했어요.'), att=[('서울숲_은행나무_보정.jpg', 'jpg')])

M('ham', 'talks-crypto', ('이태호', 'taeho.lee.dev@gmail.com'), '야 너 비트코인 아직 들고 있냐', T('''
    소연아 오랜만.
    지난번 모임 때 너네 남편이 비트코인 물렸다고 했던 거 생각나서 ㅋㅋ
    요즘 ETF 자금 들어온다고 또 난리던데, 나는 작년에 반 정리해서 마음이 편하다.

    근데 진짜 조심해야 할 게, 우리 회사 동기가 텔레그램 "코인 리딩방" 들어갔다가
    800만 원 날렸어. 수익 인증 캡처 보여주면서 VIP방 가입비 받고, 출금하려니까 수수료 더 내라고 하더래.
    혹시 주변에 그런 거 권하는 사람 있으면 무조건 사기라고 전해줘.

    다음 달에 한 번 보자. 내가 살게.
    '''), to='home', client='gmail', cte='base64', shape='plain')

M('ham', 'talks-gambling', ('김도윤', 'doyoon.kim77@naver.com'), 'Re: 마카오 여행 후기 (카지노 얘기 포함ㅋㅋ)', T('''
    ㅋㅋㅋ 형 카지노에서 딱 20만 원만 하고 나왔다는 게 제일 인상적이네요.
    저도 작년에 베네시안 구경만 하고 바카라 테이블 앞에서 10분 보다가 나왔어요.
    룰을 잘 몰라서 무섭더라고요.

    에그타르트 집 이름 좀 알려 주세요. 12월에 와이프랑 갑니다!
    아 그리고 요즘 "해외 카지노 에이전트"라면서 카톡으로 연락 오는 거 있던데 그런 건 다 불법 도박 사이트라고 하네요.
    '''), to='home', tname='박소연', client='naver',
    reply=dict(name='박소연', addr=HOME[1], client='naver', text='도윤아 마카오 다녀왔어!\n세나도 광장이랑 성 바울 성당 유적 봤고, 카지노는 구경 삼아 20만 원만 하고 나왔다 ㅋㅋ\n에그타르트는 진짜 맛있더라.'))

M('ham', 'talks-medicine', ('정미란 약사', 'miran.pharm@gmail.com'), 'Re: 다이어트 약 문의했던 거 답장이야', T('''
    소연아, 물어본 거 정리해서 보내.

    1. 인터넷이나 SNS에서 "식욕억제제 처방 없이 판매", "해외 직구 다이어트 약" 이런 건 절대 사지 마.
       펜터민 계열은 향정신성의약품이라 처방 없이 파는 것 자체가 불법이고, 가짜도 많아.
    2. 위고비 같은 GLP-1 주사제도 반드시 병원에서 처방받아야 하고, 부작용(메스꺼움, 췌장염 등) 설명 듣고 써야 해.
    3. 한약 다이어트도 성분 확인 안 된 건 간 수치 올라가는 경우가 있으니 조심.

    제일 좋은 건 가정의학과 가서 상담받는 거야. 궁금한 거 있으면 약국으로 한 번 들러!
    '''), to='home', client='gmail', reply=dict(name='박소연', addr=HOME[1], client='naver', text='미란아, 요즘 인스타에 다이어트 약 광고가 엄청 뜨는데 그런 거 먹어도 돼?'))

M('ham', 'talks-smishing', ('아빠', 'jaesung.park60@naver.com'), '얘들아 문자 사기 조심해라 (꼭 읽어)', T('''
    소연, 소희, 민석 보아라.

    어제 아빠 친구 최 사장이 "엄마 나 폰 액정 깨져서 임시폰이야" 하는 문자를 받고
    딸인 줄 알고 문화상품권 50만 원어치를 사서 핀번호를 보냈다고 한다.

    너희도 혹시 모르니 명심해라.
    1. 가족이라도 문자로 돈이나 상품권 보내 달라고 하면 반드시 전화해서 목소리 확인할 것
    2. 택배 주소 확인, 청첩장, 부고 문자에 있는 링크는 누르지 말 것
    3. 검찰, 경찰, 금감원이라면서 돈 옮기라는 전화는 100% 사기

    아빠도 엄마한테 이야기해 두었다. 엄마 폰에 악성 앱 안 깔렸는지 주말에 민석이가 좀 봐 줘라.
    '''), to='home', client='naver', cs='utf-8', cte='quoted-printable', shape='plain', cc=[('박소희', 'sohee.p.family@gmail.com')])

M('ham', 'family', ('박민석', 'minseok.park.95@gmail.com'), '엄마아빠 결혼 40주년 선물 회비 정리', T('''
    누나들~ 엄마아빠 40주년 선물 정리했어.

    - 안마의자 렌탈 대신 그냥 구매로 결정 (189만 원)
    - 가족 식사: 12월 6일 저녁, 한정식 '수라간' 예약함 (10명)
    - 1인당: 큰누나 90만 / 작은누나 80만 / 나 80만

    입금은 내 계좌로 부탁해 (토스뱅크 1000-0000-0000, 박민석)
    영수증은 다 모아서 나중에 보여줄게!
    '''), to='home', client='gmail', cte='8bit', shape='plain', cc=[('박소희', 'sohee.p.family@gmail.com')], date=(2025, 11, 20))

M('ham', 'friend', ('최은비', 'eunbi.choi@kakao.com'), '교수님 정년퇴임 기념 모임 (국문과 03학번)', T('''
    동기들 안녕~ 은비야.

    김정호 교수님이 이번 학기를 끝으로 정년퇴임하셔.
    03학번끼리 작은 감사 모임을 하려고 해.

    - 날짜: 2026년 2월 21일(토) 점심
    - 장소: 신촌 '연희동 한식당' (확정되면 다시 공지)
    - 선물: 만년필 + 감사패 (1인 3만 원 예상)

    참석 여부랑 교수님께 드릴 한 줄 메시지 회신으로 보내줘. 롤링페이퍼로 만들 거야.
    '''), to='home', client='daum', cs='utf-8', cte='base64', date=(2026, 1, 28))

M('ham', 'family', ('박지훈', 'jihoon.cousin@hanmail.net'), '우리 하온이 돌잔치에 초대합니다', T('''
    소연 누나, 잘 지내지?
    우리 하온이가 벌써 첫 돌이야.

    가족끼리 조촐하게 돌잔치 하려고 해.
    일시: 2026년 4월 11일(토) 오전 11시 30분
    장소: 분당 '더블루 한정식' 별관 2층

    바쁘면 안 와도 돼! 사진은 나중에 보내줄게.
    '''), to='home', client='daum', cs='euc-kr', cte='base64', att=[('하온이_돌초대장.jpg', 'jpg')], date=(2026, 3, 20))

M('ham', 'talks-smishing', ('안수민', 'sumin.ahn@naver.com'), '나 보이스피싱 당할 뻔했어 ㅠㅠ', T('''
    소연아 나 어제 진짜 식겁했다.

    "서울중앙지검 수사관"이라는 사람이 전화해서 내 명의 통장이 범죄에 이용됐다고,
    자산 보호하려면 금융감독원 "안전계좌"로 옮기라는 거야.
    게다가 카톡으로 내 이름 적힌 "구속영장" 사진까지 보내더라.

    말투가 너무 진짜 같아서 은행 앱까지 켰는데, 남편이 옆에서 듣고 끊으라고 했어.
    나중에 찾아보니까 검찰은 절대 전화로 돈 옮기라고 안 한대.

    너도 어머님, 아버님께 한 번 말씀드려.
    '''), to='home', client='naver', date=(2026, 7, 9))

M('ham', 'family', ('시어머니', 'youngsoon.lee@hanmail.net'), '이번 주 토요일 제사 준비', T('''
    소연아, 이번 토요일이 할아버님 기일이다.
    저녁 7시에 지내니 너무 서두르지 말고 5시쯤 오너라.

    전은 내가 다 부칠 테니 너는 과일이랑 떡만 사 오면 된다.
    배, 사과, 감 각 5개, 시루떡 한 되.
    '''), to='home', client='daum', cs='ks_c_5601-1987', cte='base64', shape='plain', date=(2025, 9, 22))

M('ham', 'family', ('박재성', 'jaesung.park60@naver.com'), '건강검진 결과 사진 (병원 가야 하나?)', T('''
    소연아, 지난달 건강검진 결과지가 와서 사진 찍어 보낸다.
    공복혈당이 118이라고 "당뇨 전단계" 라고 되어 있는데 병원에 가 봐야 하는 건지 모르겠다.
    네 친구 약사한테도 한 번 물어봐 주라.
    '''), to='home', client='iphone', att=[('KakaoTalk_20250912_검진결과.jpg', 'jpg')])

M('ham', 'hobby-club', ('책읽는밤 독서모임', 'readingnight.club@gmail.com'), '[책읽는밤] 3월 모임 도서: 「소년이 온다」 + 장소 변경', T('''
    회원 여러분 안녕하세요!

    3월 모임 도서는 한강 작가의 「소년이 온다」입니다.
    - 일시: 3월 27일(금) 저녁 7시 30분
    - 장소: 망원동 '책방 서로' (지난달과 다른 곳이에요!)
    - 발제: 윤지아 님

    발제문은 모임 3일 전까지 이 메일로 공유 드리겠습니다.
    참석 어려우시면 미리 알려 주세요 :)
    '''), to='home', client='gmail', cte='quoted-printable', date=(2026, 3, 10))

M('ham', 'friend', ('Grace Kim', 'gracekim.la@gmail.com'), 'Seoul trip next month - 같이 밥 먹자!', T('''
    Hi Soyeon!

    I'll be in Seoul from Oct 3 to Oct 12 for my cousin's wedding.
    소연아 10월에 서울 가! 한국어 오랜만에 쓰니까 어색하다 ㅎㅎ

    Are you free on the weekend of Oct 4? 을지로 노가리 골목 다시 가고 싶어.
    Let me know!

    Grace
    '''), to='home', client='gmail', cs='utf-8', cte='7bit' if False else 'quoted-printable')

# --- transactional notices from real Korean organisations (own domains)
SECURE_HTML = '''<!DOCTYPE html>
<html lang="ko"><head><meta charset="utf-8"><title>{b} 보안메일</title></head>
<body style="font-family:'Malgun Gothic'">
<div style="width:640px;margin:0 auto;border:1px solid #ccc;padding:24px">
<h2>{b} 보안메일</h2>
<p>{m}</p>
<form onsubmit="return false"><label>비밀번호</label> <input type="password" maxlength="6" size="10"> <button>확인</button></form>
<p style="font-size:11px;color:#888">보안메일은 개인정보 보호를 위해 암호화되어 있습니다. 보안메일 프로그램 문의: {t}</p>
<div id="enc" style="display:none">{e}</div>
</div></body></html>
'''


def secure(b, m, t, seed):
    r = random.Random(seed)
    return SECURE_HTML.format(b=b, m=m, t=t, e=base64.b64encode(bytes(r.getrandbits(8) for _ in range(900))).decode())


M('ham', 'card-statement', ('신한카드', 'shinhancard@shinhancard.com'), '[신한카드] 박소연님 2025년 11월 이용대금명세서', T('''
    박소연 고객님, 신한카드를 이용해 주셔서 감사합니다.

    2025년 11월 이용대금명세서를 보내드립니다.
    결제일: 2025년 12월 14일
    결제계좌: 신한은행 ***-***-**1234

    명세서는 첨부된 보안메일로 확인하실 수 있으며, 비밀번호는 생년월일 6자리입니다.
    보안메일이 열리지 않으면 신한 SOL페이 앱 또는 홈페이지(https://www.shinhancard.com)에서도 확인하실 수 있습니다.

    ※ 신한카드는 메일로 카드번호, 비밀번호, CVC 번호를 요청하지 않습니다.
    '''), to='home', client='system', cs='euc-kr', shape='mixed-html', brand='신한카드', color='#0046ff',
    att=[('신한카드_이용대금명세서_202511.html', 'html', secure('신한카드', '박소연 고객님의 11월 이용대금명세서입니다. 생년월일 6자리를 입력하세요.', '1544-7000', 11))], date=(2025, 12, 2))

M('ham', 'card-statement', ('현대카드', 'statement@hyundaicard.com'), '현대카드 2026년 3월 명세서가 도착했습니다', T('''
    박소연 님, 현대카드 3월 명세서입니다.

    이번 달 결제하실 금액: 1,284,560원
    결제일: 3월 25일(수)

    명세서 상세 내역은 첨부 파일(보안메일)을 열어 확인하세요.
    보안메일 비밀번호: 주민등록번호 앞 6자리

    현대카드 앱에서 명세서와 결제 내역을 실시간으로 확인할 수 있습니다.
    '''), to='home', client='system', cs='ks_c_5601-1987', shape='mixed-html', brand='Hyundai Card', color='#000000',
    att=[('HyundaiCard_202603.html', 'html', secure('현대카드', '3월 명세서를 보시려면 주민등록번호 앞 6자리를 입력해 주세요.', '1577-6000', 12))], date=(2026, 3, 13))

M('ham', 'card', ('삼성카드', 'webmaster@samsungcard.com'), '[삼성카드] 해외 결제 이용 안내 (USD 129.00)', T('''
    박소연 회원님, 삼성카드에서 알려 드립니다.

    해외 가맹점에서 아래와 같이 승인되었습니다.
    - 승인일시: 2026.07.21 14:32
    - 가맹점: AGODA.COM
    - 금액: USD 129.00

    본인이 이용하지 않은 거래라면 삼성카드 고객센터(1588-8700)로 즉시 연락 주십시오.
    홈페이지나 앱에서 해외 결제 차단 설정도 가능합니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='삼성카드', color='#1428a0', date=(2026, 7, 21))

M('ham', 'card', ('KB국민카드', 'kbcard@kbcard.com'), '[KB국민카드] 포인트리 소멸 예정 안내', T('''
    박소연 고객님, 안녕하세요.

    고객님의 포인트리 중 8,420점이 2026년 1월 31일에 소멸될 예정입니다.
    포인트리는 KB Pay에서 현금처럼 결제하거나 계좌로 전환하실 수 있습니다.

    포인트 조회: KB Pay 앱 > 전체 > 포인트리
    본 메일은 정보통신망법에 따른 고객 안내 메일입니다.
    '''), to='home', client='system', cs='euc-kr', cte='quoted-printable', brand='KB국민카드', color='#ffbc00', date=(2025, 12, 29))

M('ham', 'card', ('롯데카드', 'lottecard@lottecard.co.kr'), '[롯데카드] 개인(신용)정보 이용·제공 내역 통지', T('''
    고객님, 롯데카드입니다.

    「신용정보의 이용 및 보호에 관한 법률」 제35조에 따라 최근 1년간
    고객님의 개인(신용)정보를 이용·제공한 내역을 안내드립니다.

    - 제공받은 자: 신용정보회사, 제휴 보험사 (상세 내역은 홈페이지 참조)
    - 조회 방법: 롯데카드 홈페이지 > 고객센터 > 개인정보 이용 내역

    문의: 1588-8100
    '''), to='home', client='system', cs='ks_c_5601-1987', cte='base64', brand='LOTTE CARD', color='#e60012', date=(2025, 6, 30))

M('ham', 'bank', ('KB국민은행', 'kbmail@kbstar.com'), '[KB국민은행] 정기예금 만기 도래 안내', T('''
    박소연 고객님, KB국민은행입니다.

    고객님의 정기예금이 곧 만기됩니다.
    - 상품명: KB Star 정기예금
    - 계좌번호: ***-**-****-821
    - 만기일: 2026년 2월 3일

    만기 해지 또는 재예치는 KB스타뱅킹 앱이나 가까운 영업점에서 가능합니다.
    KB국민은행은 문자나 메일로 앱 설치 링크를 보내 개인정보를 요구하지 않습니다.
    '''), to='home', client='system', cs='euc-kr', brand='KB국민은행', color='#60584c', date=(2026, 1, 20))

M('ham', 'bank-antifraud', ('우리은행', 'woori@wooribank.com'), '[우리은행] 설 명절 금융사기 예방 안내', T('''
    고객님, 우리은행입니다.

    명절을 앞두고 택배 배송 조회, 선물 도착, 부고 등을 가장한 스미싱이 급증하고 있습니다.

    이런 메시지는 100% 사기입니다.
    - "택배 주소가 잘못되었습니다. 아래 링크에서 확인하세요"
    - "엄마 나 휴대폰 고장 났어, 이 번호로 연락 줘"
    - 검찰·금감원을 사칭하며 "안전계좌"로 이체 요구

    피해가 의심되면 즉시 112 또는 우리은행 고객센터(1588-5000)로 지급정지를 요청하세요.
    우리은행은 문자나 메일로 링크를 보내 앱 설치를 요구하지 않습니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='우리은행', color='#0067ac', bulk=dict(campaign='notice', esp='woori'), date=(2026, 2, 10))

M('ham', 'bank', ('하나은행', 'hanabank@hanabank.com'), '[하나은행] 전자금융거래 기본약관 개정 안내', T('''
    손님, 하나은행입니다.

    전자금융거래 기본약관이 아래와 같이 개정됨을 안내드립니다.
    - 시행일: 2025년 9월 1일
    - 주요 내용: 오픈뱅킹 이용한도 조정, 비대면 본인확인 절차 추가

    개정 약관 전문은 하나은행 홈페이지(https://www.kebhana.com) 공지사항에서 확인하실 수 있습니다.
    시행일 전까지 이의를 제기하지 않으시면 개정 약관에 동의한 것으로 봅니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='하나은행', color='#008485', date=(2025, 7, 30))

M('ham', 'bank', ('신한은행', 'shinhan@shinhan.com'), '[신한은행] 해외송금 처리 완료 안내', T('''
    김지훈 고객님,

    요청하신 해외송금이 정상 처리되었습니다.
    - 수취인: SAIGON FOODS JSC
    - 송금액: USD 4,800.00
    - 처리일: 2026-05-12
    - 참조번호: 0000SH2605120042

    송금 내역은 신한 SOL뱅크 > 외환 > 해외송금 조회에서 확인하실 수 있습니다.
    '''), to='office', client='system', cs='euc-kr', cte='quoted-printable', brand='신한은행', color='#0046ff', date=(2026, 5, 12))

M('ham', 'securities', ('키움증권', 'kiwoom@kiwoom.com'), '[키움증권] 2025년 10월 월간 거래내역서', T('''
    박소연 고객님, 키움증권입니다.

    2025년 10월 월간 거래내역서를 보내드립니다.
    첨부된 보안메일의 비밀번호는 생년월일 6자리입니다.

    - 계좌: 위탁종합 ****-**21
    - 기준일: 2025-10-31

    주식 투자는 원금 손실이 발생할 수 있으며, 키움증권은 메신저로 종목을 추천하거나
    투자 리딩방을 운영하지 않습니다.
    '''), to='home', client='system', cs='euc-kr', shape='mixed-html', brand='키움증권', color='#8b1e3f',
    att=[('키움증권_거래내역서_202510.html', 'html', secure('키움증권', '월간 거래내역서 - 생년월일 6자리를 입력해 주세요.', '1544-9000', 13))], date=(2025, 11, 6))

M('ham', 'securities', ('미래에셋증권', 'webmaster@miraeasset.com'), '연금저축 세액공제 한도 안내 - 연말까지 확인하세요', T('''
    고객님, 미래에셋증권입니다.

    연금저축과 IRP를 합해 연 900만 원까지 세액공제를 받을 수 있습니다.
    올해 고객님의 연금계좌 납입액은 4,200,000원입니다.

    추가 납입은 12월 31일까지 가능하며, 연말정산 때 자동 반영됩니다.
    투자 전 상품설명서를 반드시 읽어 보시기 바랍니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='MIRAE ASSET', color='#f58220', bulk=dict(campaign='pension', esp='mirae'), date=(2025, 12, 8))

M('ham', 'insurance', ('삼성화재', 'anycar@samsungfire.com'), '[삼성화재 다이렉트] 자동차보험 만기 30일 전 안내', T('''
    박소연 고객님, 삼성화재 다이렉트입니다.

    고객님의 자동차보험이 2026년 4월 15일에 만기됩니다.
    - 차량: 쏘렌토 (12가 ****)
    - 현재 보험료: 842,000원

    갱신 예상 보험료는 홈페이지나 앱에서 확인하실 수 있으며,
    마일리지 특약 할인 대상이면 주행거리 사진 등록 후 할인받으실 수 있습니다.
    '''), to='home', client='system', cs='ks_c_5601-1987', brand='삼성화재 다이렉트', color='#0f4c9a', date=(2026, 3, 16))

M('ham', 'insurance', ('교보생명', 'customer@kyobo.com'), '[교보생명] 보험료 납입 및 계약 유지 안내', T('''
    박소연 고객님께

    교보생명 종신보험 계약(증권번호 ***-****-0032)의 보험료 납입 현황을 안내드립니다.
    - 월 보험료: 132,400원 / 납입 회차: 84회 / 20년납

    자동이체 계좌의 잔액 부족으로 2회 이상 미납되면 계약이 실효될 수 있습니다.
    교보생명은 전화나 문자로 대출을 권유하지 않습니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='교보생명', color='#005aa9')

M('ham', 'telecom', ('SK텔레콤', 'tworld@sktelecom.com'), '[T world] 2025년 12월 이동전화 요금 안내서', T('''
    박소연 고객님, SK텔레콤입니다.

    12월 이용요금을 안내드립니다.
    - 회선: 010-****-3012
    - 청구금액: 68,350원 (T끼리 가족 할인 적용)
    - 납부일: 2026년 1월 20일

    요금 상세와 납부는 T world 앱에서 확인하세요.
    '''), to='home', client='system', cs='euc-kr', brand='T world', color='#3617ce', date=(2026, 1, 5))

M('ham', 'telecom', ('KT', 'kt_mail@kt.com'), '[KT] 인터넷·TV 약정 만료 예정 안내', T('''
    고객님, KT입니다.

    이용 중이신 인터넷(기가 인터넷 500M)과 Genie TV 약정이 2025년 8월 31일에 만료됩니다.
    재약정 시 결합 할인을 계속 받으실 수 있습니다.

    재약정 및 상품 변경은 KT 고객센터(100번) 또는 마이케이티 앱에서 가능합니다.
    '''), to='home', client='system', cs='ks_c_5601-1987', cte='quoted-printable', brand='KT', color='#ed1c24', date=(2025, 7, 28))

M('ham', 'telecom', ('LG U+', 'uplus@lguplus.co.kr'), '[LG U+] 2026년 8월 통합 청구서', T('''
    안녕하세요, LG U+입니다.

    고객님의 8월 통합 청구서를 보내드립니다.
    - 모바일 2회선 + 인터넷: 합계 97,420원
    - 자동납부일: 9월 25일

    청구서 상세 보기는 U+one 앱에서 가능합니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='LG U+', color='#e6007e', date=(2026, 9, 3))

M('ham', 'courier', ('우체국', 'ems@epost.go.kr'), '[우체국 EMS] 국제우편물 접수 및 발송 안내 (EE12345678KR)', T('''
    고객님께서 접수하신 국제우편물이 발송 처리되었습니다.

    - 우편물 번호: EE12345678KR
    - 도착 국가: 미국 (USA)
    - 접수 우체국: 분당우체국
    - 접수일: 2026-06-02

    배송 조회는 인터넷우체국(https://service.epost.go.kr)에서 하실 수 있습니다.
    '''), to='home', client='system', cs='euc-kr', brand='인터넷우체국', color='#e1251b', date=(2026, 6, 2))

M('ham', 'shop', ('쿠팡', 'no-reply@coupang.com'), '[쿠팡] 주문하신 상품이 로켓배송으로 출발했습니다', T('''
    박소연 님, 주문하신 상품이 출발했습니다.

    주문번호: 2100-1234-5678
    - 곰곰 무항생제 신선한 달걀 30구 외 3건
    도착 예정: 내일(목) 새벽 7시 전

    배송 현황은 쿠팡 앱 > 마이쿠팡 > 주문목록에서 확인하세요.
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='coupang', color='#346aff', date=(2026, 2, 11))

M('ham', 'shop', ('쿠팡', 'wow@coupang.com'), '[쿠팡] 와우 멤버십 월회비 결제 안내', T('''
    박소연 님, 와우 멤버십 월회비가 결제되었습니다.

    - 결제금액: 7,890원
    - 결제수단: 쿠페이 머니
    - 다음 결제일: 2026년 11월 14일

    멤버십 해지는 쿠팡 앱 > 마이쿠팡 > 와우 멤버십에서 언제든 가능합니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='coupang', color='#346aff', date=(2026, 10, 14))

M('ham', 'delivery-app', ('배달의민족', 'receipt@baemin.com'), '[배달의민족] 주문 영수증 - 교촌치킨 분당정자점', T('''
    주문해 주셔서 감사합니다.

    가게: 교촌치킨 분당정자점
    주문일시: 2025-10-03 19:12
    - 허니콤보 1 / 21,000원
    - 웨지감자 1 / 4,000원
    - 배달팁 3,000원
    결제금액: 28,000원 (배민페이)

    맛있게 드셨다면 리뷰를 남겨 주세요!
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='배달의민족', color='#2ac1bc', date=(2025, 10, 3))

M('ham', 'secondhand', ('당근', 'noreply@daangn.com'), '[당근] 새로운 기기에서 로그인했어요', T('''
    박소연 님, 새로운 기기에서 당근 계정에 로그인했어요.

    - 기기: iPhone 16
    - 위치: 경기 성남시 분당구 (추정)
    - 일시: 2026-01-09 21:44

    본인이 맞다면 이 메일은 무시하셔도 돼요.
    본인이 아니라면 당근 앱 > 나의 당근 > 설정 > 로그인 기기 관리에서 로그아웃해 주세요.
    당근은 절대 외부 링크로 결제나 "안전거래"를 요청하지 않아요.
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='당근', color='#ff6f0f', date=(2026, 1, 9))

M('ham', 'travel', ('야놀자', 'reservation@yanolja.com'), '[야놀자] 예약이 확정되었습니다 - 강릉 씨마크호텔', T('''
    박소연 님, 예약이 확정되었어요!

    숙소: 강릉 씨마크호텔
    객실: 디럭스 오션뷰 (킹)
    체크인: 2026-08-01 (토) 15:00
    체크아웃: 2026-08-02 (일) 11:00
    결제금액: 398,000원

    예약 변경 및 취소는 야놀자 앱 > 내 예약에서 가능합니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='yanolja', color='#ff3478', date=(2026, 6, 22))

M('ham', 'shop', ('무신사', 'help@musinsa.com'), '[무신사] 주문이 완료되었습니다 (주문번호 2025091512345)', T('''
    주문해 주셔서 감사합니다.

    - 무신사 스탠다드 울 블렌드 오버사이즈 코트 (차콜, L) 1개
    - 결제금액: 149,900원 / 적립 예정 2,998원

    출고 예정일: 9월 17일
    주문 내역은 무신사 앱 > 마이 > 주문내역에서 확인하세요.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='MUSINSA', color='#000000', date=(2025, 9, 15))

M('ham', 'airline', ('대한항공', 'eticket@koreanair.com'), '[대한항공] 전자항공권 확인증 (ICN-NRT)', T('''
    PARK/SOYEON MS 님, 대한항공을 이용해 주셔서 감사합니다.

    예약번호: ABC123
    KE705 인천(ICN) 09:00 → 도쿄 나리타(NRT) 11:25  2026-09-19
    KE706 도쿄 나리타(NRT) 12:55 → 인천(ICN) 15:40  2026-09-23

    전자항공권 확인증을 첨부합니다. 출발 24시간 전부터 모바일 체크인이 가능합니다.
    '''), to='home', client='system', cs='utf-8', cte='base64', shape='mixed-html', brand='KOREAN AIR', color='#00256c', att=[('eTicket_ABC123.pdf', 'pdf')], date=(2026, 8, 2))

M('ham', 'airline', ('아시아나항공', 'noreply@flyasiana.com'), '[아시아나항공] 온라인 체크인 안내 - OZ761 인천→하노이', T('''
    고객님, 출발이 다가왔습니다.

    OZ761 인천 → 하노이 / 2025-11-14 19:40 출발
    온라인 체크인은 출발 48시간 전부터 1시간 전까지 가능합니다.

    수하물: 위탁 23kg 1개
    공항에는 출발 2시간 30분 전까지 도착해 주시기 바랍니다.
    '''), to='office', client='esp', cs='utf-8', cte='quoted-printable', brand='ASIANA AIRLINES', color='#8c1d40', date=(2025, 11, 12))

M('ham', 'hotel', ('롯데호텔 서울', 'reservation.seoul@lottehotel.com'), '[Lotte Hotel Seoul] 예약 확인서 / Reservation Confirmation', T('''
    김지훈 님, 롯데호텔 서울을 선택해 주셔서 감사합니다.

    확인번호: 7712345
    투숙: 2026-05-20 ~ 2026-05-22 (2박)
    객실: 디럭스 트윈, 조식 포함
    요금: 1박 KRW 420,000 (세금 및 봉사료 포함)

    투숙객: 응우옌 반 롱 (Nguyen Van Long) - 회사 결제 (대양소재)
    '''), to='office', client='system', cs='utf-8', cte='base64', brand='LOTTE HOTEL SEOUL', color='#8a6d3b', date=(2026, 5, 6))

M('ham', 'hospital', ('서울대학교병원', 'noreply@snuh.org'), '[서울대학교병원] 진료 예약 안내', T('''
    박재성 님의 진료 예약을 안내드립니다.

    - 진료과: 내분비내과
    - 일시: 2025년 10월 21일(화) 오전 10:20
    - 장소: 본관 1층 내과 외래

    채혈이 있으니 전날 밤 10시 이후 금식해 주세요.
    예약 변경은 1588-5700 또는 서울대학교병원 앱에서 가능합니다.
    '''), to=('박재성', 'jaesung.park60@naver.com'), client='system', cs='euc-kr', brand='서울대학교병원', color='#005bac', date=(2025, 10, 14))

M('ham', 'university', ('한국방송통신대학교', 'webmaster@knou.ac.kr'), '[방송대] 2026학년도 1학기 등록금 납부 안내', T('''
    박소연 학우님께

    2026학년도 1학기 등록금 납부 기간을 안내드립니다.
    - 납부 기간: 2026. 2. 10.(화) ~ 2. 13.(금)
    - 납부 금액: 학교 홈페이지 > 등록금 고지서 출력에서 확인
    - 납부 방법: 가상계좌 이체 (고지서에 표기된 본인 전용 계좌)

    기간 내 미납 시 제적될 수 있으니 유의하시기 바랍니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='한국방송통신대학교', color='#003876', date=(2026, 2, 2))

M('ham', 'university', ('연세대학교 미래교육원', 'fedu@yonsei.ac.kr'), '[연세대 미래교육원] 2026 봄학기 「데이터 분석 실무」 수강 확정 안내', T('''
    박소연 님, 수강 신청이 확정되었습니다.

    과정명: 데이터 분석 실무 (파이썬 기초~시각화)
    기간: 2026. 3. 7. ~ 5. 30. 매주 토요일 10:00~13:00
    장소: 신촌캠퍼스 백양관 S402

    첫 수업 전까지 노트북에 파이썬 개발 환경을 설치해 오시기 바랍니다.
    '''), to='home', client='thunderbird', cs='utf-8', cte='base64', date=(2026, 2, 24))

M('ham', 'utility', ('한국전력공사', 'bill@kepco.co.kr'), '[한전] 2026년 7월분 전기요금 청구서', T('''
    고객님, 한국전력공사입니다.

    7월분 전기요금 청구 내역입니다.
    - 고객번호: 01-****-5678
    - 사용량: 412kWh (전년 동월 대비 +9%)
    - 청구금액: 78,930원
    - 납기일: 2026년 8월 25일

    여름철 누진 구간 완화가 적용되었습니다. 한전ON에서 상세 내역을 확인하세요.
    '''), to='home', client='system', cs='euc-kr', brand='KEPCO 한국전력', color='#0069b4', date=(2026, 8, 12))

M('ham', 'utility', ('서울도시가스', 'bill@seoulgas.co.kr'), '[서울도시가스] 1월 도시가스 요금 안내', T('''
    고객님 안녕하십니까, 서울도시가스입니다.

    1월 도시가스 사용 요금을 안내해 드립니다.
    - 사용량: 152㎥
    - 청구금액: 164,210원
    - 납부기한: 2026년 2월 28일

    겨울철 난방비 부담 완화를 위한 에너지바우처 대상 여부는 주민센터에서 확인하실 수 있습니다.
    '''), to='home', client='system', cs='ks_c_5601-1987', cte='base64', brand='서울도시가스', color='#0096d6', date=(2026, 2, 9))

M('ham', 'tax-gov', ('국세청', 'webmaster@nts.go.kr'), '[국세청] 2025년 귀속 종합소득세 신고 안내', T('''
    박소연 님께

    2025년 귀속 종합소득세 확정신고 기간을 안내드립니다.
    - 신고·납부 기한: 2026년 6월 1일(월)까지
    - 신고 방법: 홈택스(www.hometax.go.kr) 또는 손택스 앱

    국세청은 문자나 메일에 환급금 조회 링크를 넣어 보내지 않습니다.
    환급 관련 링크가 포함된 문자는 스미싱이니 열지 마시기 바랍니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='국세청', color='#1c4a8b', date=(2026, 5, 4))

M('ham', 'public-service', ('정부24', 'minwon@gov.kr'), '[정부24] 민원 처리 결과 통지 - 주민등록표 등본 발급', T('''
    박소연 님이 신청하신 민원의 처리 결과를 알려드립니다.

    - 민원명: 주민등록표 등본(초본) 교부
    - 신청일시: 2026-04-07 10:12
    - 처리결과: 발급 완료 (나의 민원 > 신청내역에서 출력 가능)

    ※ 정부24는 문자나 메일로 개인정보 입력을 요청하지 않습니다.
    '''), to='home', client='system', cs='utf-8', cte='base64', brand='정부24', color='#0b50d0', date=(2026, 4, 7))

M('ham', 'public-insurance', ('국민건강보험공단', 'noreply@nhis.or.kr'), '[건강보험] 2026년 일반건강검진 대상자 안내', T('''
    박소연 님, 국민건강보험공단입니다.

    2026년 일반건강검진 대상자이심을 알려드립니다.
    - 검진 기간: 2026년 1월 1일 ~ 12월 31일
    - 검진 기관: 가까운 검진기관 (The건강보험 앱에서 검색)
    - 본인 부담: 없음 (일부 항목 제외)

    검진 결과는 약 2~3주 뒤 우편 및 앱으로 안내됩니다.
    '''), to='home', client='system', cs='euc-kr', brand='국민건강보험공단', color='#0066b3', date=(2026, 3, 3))

M('ham', 'public-insurance', ('국민연금공단', 'webmaster@nps.or.kr'), '[국민연금] 내 연금 알아보기 - 예상연금액 안내', T('''
    박소연 가입자님, 국민연금공단입니다.

    현재까지 가입 내역을 기준으로 계산한 예상 연금액을 안내드립니다.
    - 가입 기간: 178개월
    - 예상 월 연금액(65세 수령 시): 약 82만 원 (현재 가치 기준)

    추납, 임의계속가입 등 연금액을 늘리는 방법은 내곁에국민연금 앱에서 확인하세요.
    '''), to='home', client='system', cs='ks_c_5601-1987', cte='quoted-printable', brand='국민연금', color='#005bac', date=(2025, 4, 8))

M('ham', 'public-service', ('정자1동 행정복지센터', 'jeongja1@seongnam.go.kr'), '[정자1동] 주민자치 프로그램 수강 확정 안내 (요가 초급반)', T('''
    박소연 님, 주민자치 프로그램 수강이 확정되었습니다.

    - 프로그램: 요가 초급반 (화·목 10:00~11:00)
    - 기간: 2025. 9. 2. ~ 11. 27.
    - 수강료: 30,000원 (3개월) - 첫 수업 때 현장 카드 결제

    요가 매트는 개인 지참입니다.
    '''), to='home', client='thunderbird', cs='euc-kr', cte='base64', date=(2025, 8, 25))

M('ham', 'portal', ('네이버', 'navercorp@navercorp.com'), '[네이버] 새로운 환경에서 로그인 되었습니다.', T('''
    sy.park0312 님의 네이버 아이디가 새로운 환경에서 로그인되었습니다.

    - 일시: 2026-03-02 08:14
    - 환경: Windows / Chrome
    - IP 위치: 대한민국

    본인이 로그인한 것이 맞다면 별도 조치는 필요 없습니다.
    본인이 아니라면 네이버 > 내정보 > 보안설정에서 비밀번호를 변경해 주세요.
    '''), to='home', client='system', cs='utf-8', cte='base64', brand='NAVER', color='#03c75a', date=(2026, 3, 2), shost='mailout.navercorp.com')

M('ham', 'portal', ('카카오', 'noreply@kakaocorp.com'), '[카카오] 카카오계정 서비스 약관 개정 안내', T('''
    카카오계정을 이용해 주시는 여러분께 감사드립니다.

    카카오계정 서비스 약관이 2025년 12월 1일자로 개정됩니다.
    - 주요 변경: 휴면 계정 정책 정비, 2단계 인증 관련 조항 추가
    - 개정 약관: 카카오계정 > 약관 및 정책

    변경된 약관에 동의하지 않으시는 경우 계정 탈퇴를 요청하실 수 있습니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='kakao', color='#191919', date=(2025, 11, 1))

M('ham', 'portal', ('Daum', 'noreply@daum.net'), '[Daum] 장기 미사용 계정 휴면 전환 예정 안내', T('''
    회원님의 Daum 계정(jihoon.k****)이 1년 동안 로그인 기록이 없어
    2025년 9월 15일에 휴면 상태로 전환될 예정입니다.

    계속 이용하시려면 기한 내 Daum에 한 번 로그인해 주세요.
    휴면 전환 후에는 메일 수신이 중단되며, 카카오계정으로 본인 인증 후 해제할 수 있습니다.
    '''), to='office', client='system', cs='utf-8', cte='base64', brand='Daum', color='#1f6feb', date=(2025, 8, 14))

M('ham', 'fintech', ('토스', 'report@toss.im'), '소연 님의 10월 소비 리포트가 도착했어요', T('''
    10월 한 달 동안 1,842,300원 썼어요.
    지난달보다 12만 원 줄었어요 👏

    가장 많이 쓴 곳: 식비 (41%)
    가장 자주 간 곳: 쿠팡 (14회)

    고정지출 중 안 쓰는 구독이 있는지 토스 앱에서 확인해 보세요.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='toss', color='#0064ff', bulk=dict(campaign='report', esp='toss'), date=(2025, 11, 2))

M('ham', 'fintech', ('네이버페이', 'pay@navercorp.com'), '[네이버페이] 결제가 완료되었습니다', T('''
    결제가 완료되었습니다.

    상점명: 교보문고
    상품: 「트렌드 코리아 2026」 외 1건
    결제금액: 34,200원 (포인트 1,200원 사용)

    결제 내역은 네이버페이 > 결제내역에서 확인할 수 있습니다.
    '''), to='home', client='system', cs='utf-8', cte='quoted-printable', brand='N Pay', color='#03c75a', date=(2025, 10, 20))

M('ham', 'shop', ('CGV', 'cgv@cgv.co.kr'), '[CGV] 예매가 완료되었습니다 - 용산아이파크몰 IMAX', T('''
    예매 번호: 0000-1234-5678-901

    영화: 아바타: 불과 재 (IMAX 3D)
    일시: 2025-12-20 (토) 14:30
    극장: CGV 용산아이파크몰 IMAX관
    좌석: J12, J13, J14
    결제: 78,000원

    상영 시작 20분 전까지 취소 가능합니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='CGV', color='#e71a0f', date=(2025, 12, 14))

M('ham', 'transport', ('코레일', 'korail@letskorail.com'), '[코레일] 승차권 발권 안내 - KTX 서울→부산', T('''
    승차권이 발권되었습니다.

    KTX 023 / 2026년 9월 24일(목)
    서울 07:30 → 부산 10:12
    6호차 8A, 8B (일반실)
    결제금액: 119,600원

    승차권은 코레일톡 앱에서 확인하세요. 추석 명절 기간에는 반환 수수료가 다릅니다.
    '''), to='home', client='system', cs='euc-kr', brand='KORAIL', color='#00358e', date=(2026, 9, 10))

M('ham', 'public-service', ('한국도로공사', 'hipass@ex.co.kr'), '[한국도로공사] 미납 통행료 납부 안내', T('''
    고객님, 한국도로공사입니다.

    하이패스 카드 잔액 부족으로 미납된 통행료가 있어 안내드립니다.
    - 통행일시: 2026-02-14 18:22
    - 영업소: 서울 → 대전
    - 미납 금액: 9,800원

    납부는 고속도로 통행료 홈페이지, 휴게소 하이패스센터, 또는 영업소에서 하실 수 있습니다.
    이 메일에는 결제 링크가 포함되지 않습니다.
    '''), to='home', client='system', cs='euc-kr', cte='quoted-printable', brand='한국도로공사', color='#00529c', date=(2026, 2, 20))

M('ham', 'shop', ('교보문고', 'kyobo@kyobobook.co.kr'), '[교보문고] 주문하신 도서가 배송 완료되었습니다', T('''
    주문번호: 2025-1020-00123

    「트렌드 코리아 2026」 외 1권이 배송 완료되었습니다.
    배송지: 경기도 성남시 분당구 ***

    리뷰를 작성하시면 e캐시 300원을 드립니다.
    '''), to='home', client='system', cs='ks_c_5601-1987', cte='base64', brand='교보문고', color='#5a3d2b', date=(2025, 10, 22))

# --- newsletters, subscriptions, marketing with consent
M('ham', 'newsletter-news', ('뉴닉', 'whatsup@newneek.co'), '🦔 코인 ETF부터 전세사기 판결까지, 오늘의 뉴닉', T('''
    고슴이가 오늘 아침 꼭 알아야 할 뉴스를 가져왔어!

    1. 비트코인 현물 ETF, 한국에서도 나올까?
    금융위원회가 가상자산 현물 ETF 허용을 검토한다고 밝혔어. 다만 "투자자 보호 장치가 먼저"라는 입장이야.
    코인 시장 변동성이 여전히 크니, "무조건 오른다"는 말은 조심하자.

    2. 전세사기 주범 징역 15년 확정
    수백 채 빌라로 보증금을 가로챈 일당에게 대법원이 중형을 확정했어.

    3. 불법 리딩방 피해 신고 역대 최대
    금융감독원에 따르면 상반기 주식·코인 리딩방 피해 신고가 작년보다 40% 늘었대.
    "원금 보장", "수익률 300%" 같은 말이 나오면 일단 의심!

    뉴닉 구독을 원하지 않으면 아래 수신거부를 눌러 줘.
    https://newneek.co/unsubscribe
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='NEWNEEK', color='#ff6b00',
    bulk=dict(campaign='daily', esp='stibee', udom='newneek.co'), esphost='smtp-out3.stibee.com', bounce_dom='stibee.com', date=(2026, 5, 13))

M('ham', 'newsletter-news', ('한국경제 뉴스레터', 'newsletter@hankyung.com'), '[한경 모닝루틴] 스트레스 DSR 3단계 시행… 대출 한도 얼마나 줄까', T('''
    좋은 아침입니다. 한경 모닝루틴입니다.

    ■ 오늘의 이슈
    7월부터 스트레스 DSR 3단계가 시행되면서 주택담보대출과 신용대출 한도가 줄어듭니다.
    연봉 6천만 원 차주 기준 수도권 주담대 한도가 약 3천만 원가량 감소할 전망입니다.

    ■ 시장
    코스피 2,900선 회복, 외국인 순매수 5일째
    비트코인 1억 4천만 원대 횡보… 가상자산 2단계 법안 논의 본격화

    ■ 생활 경제
    "저금리 대환대출" 문자 주의보 – 금융사 사칭 불법 대부업 광고 급증

    수신을 원치 않으시면 수신거부(https://www.hankyung.com/newsletter)를 눌러 주세요.
    '''), to='office', client='esp', cs='utf-8', cte='base64', brand='한국경제', color='#1a3d7c',
    bulk=dict(campaign='morning', esp='hankyung'), date=(2025, 6, 30))

M('ham', 'newsletter-news', ('매일경제', 'mknews@mk.co.kr'), '[매경 브리핑] 보이스피싱 피해액 1조 돌파… 신종 수법 총정리', T('''
    매일경제 이브닝 브리핑입니다.

    1. 올해 보이스피싱 피해액 1조 원 넘어
    경찰청에 따르면 검찰·금감원 사칭형이 전체의 40%, 가족 사칭 메신저 피싱이 30%를 차지했습니다.
    최근에는 "카드 배송 기사"를 사칭해 악성 앱 설치를 유도하는 수법이 급증했습니다.

    2. 불법 온라인 도박 적발 3배 증가
    청소년 대상 스포츠 토토·바카라 사이트가 텔레그램으로 홍보되고 있습니다.

    3. 주택청약 경쟁률, 서울 평균 150대 1

    본 메일은 매경 회원 중 뉴스레터 수신에 동의한 분께 발송됩니다.
    '''), to='office', client='esp', cs='euc-kr', cte='base64', brand='매일경제', color='#c4122f',
    bulk=dict(campaign='evening', esp='mk'), date=(2025, 12, 17))

M('ham', 'newsletter-news', ('조선일보 뉴스레터', 'newsletter@chosun.com'), '[조선 NOW] "스포츠 토토 리딩" 불법 도박 조직 검거', T('''
    조선일보가 엄선한 오늘의 주요 기사입니다.

    ▶ 사회
    "적중률 90%" 텔레그램 토토 리딩방 운영 조직 검거… 회원 2만 명 모집
    경찰은 불법 도박 사이트 이용자도 처벌 대상이라고 경고했습니다.

    ▶ 경제
    중국산 가짜 비아그라 밀수 적발, 시가 30억 원 규모

    ▶ 국제
    미국 연준, 기준금리 동결

    뉴스레터 설정 변경: 조선닷컴 > 마이페이지
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='조선일보', color='#222222',
    bulk=dict(campaign='now', esp='chosun'), date=(2026, 4, 23))

M('ham', 'newsletter-finance', ('어피티', 'moneyletter@uppity.co.kr'), '[머니레터] 사회초년생이 코인보다 먼저 챙길 3가지', T('''
    안녕하세요, 어피티 머니레터입니다 💸

    요즘 "코인으로 한 달 만에 2배" 같은 이야기 많이 들리시죠?
    하지만 투자 전에 먼저 챙겨야 할 게 있어요.

    1. 비상금 통장 (생활비 3~6개월 치)
    2. 청년도약계좌 등 정부 지원 적금
    3. 연금저축으로 세액공제 챙기기

    📌 오늘의 경고: 인스타그램 "재테크 멘토" DM으로 오는 리딩방 초대는 대부분 사기예요.

    수신거부는 하단 링크에서 언제든 가능해요.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='UPPITY', color='#6c5ce7',
    bulk=dict(campaign='moneyletter', esp='stibee', udom='uppity.co.kr'), esphost='smtp-out1.stibee.com', bounce_dom='stibee.com', date=(2026, 1, 14))

M('ham', 'newsletter-security', ('금융보안원', 'news@fsec.or.kr'), '[금융보안원] 보안 동향 - 택배·부고 사칭 스미싱과 QR 피싱(큐싱)', T('''
    금융보안원 보안 동향 뉴스레터 2026년 2월호입니다.

    1. 명절 택배·부고 사칭 스미싱
    "[부고] 부친께서 별세하셨기에 알려드립니다" 문자의 단축 URL을 누르면 악성 앱이 설치되어
    연락처와 문자 내용이 유출되는 사례가 확인되었습니다.

    2. QR코드 피싱(큐싱)
    주차 위반 과태료, 택배 보관 안내 등으로 위장한 QR코드를 촬영하면 가짜 금융 사이트로 연결됩니다.

    3. 기업 대상 이메일 무역사기(BEC)
    거래처 도메인과 한 글자만 다른 주소로 "결제 계좌 변경"을 요청하는 사례가 늘고 있습니다.

    ※ 본 뉴스레터는 회원사 및 구독자에게 발송됩니다.
    '''), to='office', client='esp', cs='euc-kr', cte='base64', brand='금융보안원', color='#002f6c',
    bulk=dict(campaign='trend', esp='fsec'), date=(2026, 2, 5))

M('ham', 'newsletter-security', ('경찰청 사이버수사국', 'cyber@police.go.kr'), '[경찰청] 사이버범죄 예방 소식 - 중고거래 "안전결제" 사기 주의', T('''
    경찰청 사이버범죄 예방 소식입니다.

    최근 중고거래 플랫폼에서 판매자가 "안전결제(에스크로)" 링크를 보내며
    외부 사이트 결제를 유도한 뒤 대금을 가로채는 사기가 늘고 있습니다.

    - 중고거래 앱 밖으로 대화를 옮기자고 하면 의심하세요.
    - 플랫폼이 제공하는 공식 결제 기능만 이용하세요.
    - 피해 발생 시 경찰청 사이버범죄 신고시스템(ECRM)으로 신고하세요.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='경찰청', color='#002664', date=(2026, 8, 19))

M('ham', 'newsletter-shopping', ('마켓컬리', 'kurly@kurly.com'), '(광고) 오늘 밤 11시 마감! 컬리 추석 선물세트 최대 40%', T('''
    (광고) 컬리

    추석 선물, 아직 못 고르셨나요?
    오늘 밤 11시까지 주문하면 명절 전 도착을 보장해 드려요.

    🍐 나주배 프리미엄 세트 35% 할인
    🥩 한우 1++ 구이세트 최대 40% 할인
    🎁 쿠폰 코드 CHUSEOK10 (5만 원 이상 1만 원 할인)

    ※ 본 메일은 광고성 정보 수신에 동의하신 회원님께 발송되었습니다.
    수신을 원하지 않으시면 [수신거부] 를 눌러 주세요. https://www.kurly.com/mypage/info
    (주)컬리 | 서울특별시 강남구 | 사업자등록번호 000-00-00000
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='Kurly', color='#5f0080',
    bulk=dict(campaign='chuseok', esp='kurly'), date=(2026, 9, 18))

M('ham', 'newsletter-shopping', ('올리브영', 'oliveyoung@oliveyoung.co.kr'), '(광고) 올영세일 마지막 기회! 단 하루 추가 10% 쿠폰', T('''
    (광고) 올리브영

    올영세일 마지막 날이에요!
    오늘 자정까지만 앱 전용 추가 10% 쿠폰을 드려요.

    - 스킨케어 베스트 최대 50%
    - 선케어 1+1
    - 오늘드림 주문 시 3시간 내 도착

    광고성 정보 수신을 원치 않으시면 수신거부를 눌러 주세요.
    무료 수신거부: 올리브영 앱 > 마이페이지 > 설정 > 알림 설정
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='OLIVE YOUNG', color='#9bce26',
    bulk=dict(campaign='sale', esp='cjolive'), date=(2026, 6, 7))

M('ham', 'newsletter-shopping', ('무신사', 'marketing@musinsa.com'), '(광고) 무진장 블랙프라이데이 D-DAY | 최대 90% + 쿠폰팩', T('''
    (광고) MUSINSA

    1년에 단 한 번, 무진장 블랙프라이데이가 오늘 끝나요!
    - 브랜드 최대 90% 할인
    - 전 회원 20% 쿠폰팩 (오늘 23:59 소멸)
    - 선착순 한정 수량, 품절 임박 상품 다수

    수신거부: 무신사 앱 > 마이 > 설정 > 광고성 정보 수신 동의 해제
    (주)무신사 | 서울특별시 성동구 성수동
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='MUSINSA', color='#000000',
    bulk=dict(campaign='blackfriday', esp='musinsa'), date=(2025, 11, 28))

M('ham', 'newsletter-shopping', ('배달의민족', 'event@baemin.com'), '(광고) 소연님만을 위한 배민 쿠폰 3장이 곧 사라져요', T('''
    (광고) 배달의민족

    소연님 쿠폰함에 3,000원 쿠폰 3장이 들어 있어요.
    이번 주 일요일 자정에 사라지니 잊지 말고 써 주세요!

    🍗 치킨 / 🍕 피자 / 🍜 중식 카테고리 사용 가능
    최소 주문 금액 18,000원

    수신거부: 배민 앱 > 마이배민 > 설정 > 마케팅 알림
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='배달의민족', color='#2ac1bc',
    bulk=dict(campaign='coupon', esp='woowa'), date=(2026, 3, 26))

M('ham', 'newsletter-travel', ('야놀자', 'marketing@yanolja.com'), '(광고) 여름휴가 특가 오늘 마감⏰ 제주·부산 호텔 최대 60%', T('''
    (광고) yanolja

    여름휴가 특가가 오늘 마감돼요!
    - 제주 오션뷰 호텔 최대 60%
    - 부산 해운대 5성급 최대 45%
    - 선착순 1만 명 5만 원 쿠폰

    ※ 수신거부를 원하시면 야놀자 앱 > 내 정보 > 알림 설정에서 변경해 주세요.
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='yanolja', color='#ff3478',
    bulk=dict(campaign='summer', esp='yanolja'), date=(2026, 7, 3))

M('ham', 'newsletter-travel', ('인터파크트리플', 'news@interpark.com'), '(광고) 마지막 기회! 도쿄·오사카 왕복 항공권 19만 원대', T('''
    (광고) 인터파크트리플

    가을 일본 여행, 지금이 가장 저렴해요.
    - 인천-도쿄 왕복 199,000원~
    - 인천-오사카 왕복 189,000원~
    - 이번 주 금요일까지 발권 시 추가 3% 할인

    운임은 좌석 상황에 따라 변동될 수 있습니다.
    수신을 원하지 않으시면 수신거부를 클릭하세요. https://www.interpark.com
    '''), to='home', client='esp', cs='euc-kr', cte='base64', brand='INTERPARK TRIPLE', color='#ea0052',
    bulk=dict(campaign='japan', esp='interpark'), date=(2025, 9, 2))

M('ham', 'newsletter-travel', ('대한항공 SKYPASS', 'skypass@koreanair.com'), 'SKYPASS 회원님을 위한 11월 소식 - 마일리지 좌석 오픈', T('''
    SKYPASS 회원님, 안녕하세요.

    - 2026년 동계 시즌 보너스 좌석이 추가 오픈되었습니다.
    - 마일리지로 기내면세품 구매 시 10% 추가 할인 (11/30까지)
    - 마일리지 유효기간이 올해 말 만료되는 분은 꼭 확인하세요.

    본 메일은 정보성 안내로 광고성 정보를 포함하지 않습니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='SKYPASS', color='#00256c',
    bulk=dict(campaign='skypass', esp='koreanair'), date=(2026, 11, 3))

M('ham', 'newsletter-shopping', ('SSG.COM', 'ssg@ssg.com'), '(광고) 쓱배송 첫 주문 5천 원 할인 + 무료배송', T('''
    (광고) SSG.COM

    이마트 상품을 원하는 시간에 받아 보세요.
    첫 쓱배송 주문 시 5,000원 할인 쿠폰과 무료배송을 드립니다.

    쿠폰 유효기간: 발급일로부터 7일
    수신거부: SSG.COM > 마이페이지 > 개인정보 > 수신 동의 관리
    '''), to='home', client='esp', cs='ks_c_5601-1987', cte='base64', brand='SSG.COM', color='#ff5452',
    bulk=dict(campaign='welcome', esp='ssg'), date=(2025, 5, 9))

M('ham', 'webinar', ('삼성SDS', 'webinar@samsungsds.com'), '[웨비나 초대] 제조업 공급망 리스크 관리, AI로 어디까지 가능한가', T('''
    김지훈 님, 안녕하세요.

    삼성SDS가 제조·유통 기업 실무자를 위한 웨비나를 준비했습니다.

    - 주제: 공급망 리스크 관리와 AI 수요 예측
    - 일시: 2026년 4월 22일(수) 오후 2시~3시 30분
    - 방식: 온라인 라이브 (사전 등록 필수)
    - 대상: 구매·SCM·생산관리 담당자

    등록 페이지: https://www.samsungsds.com/kr/event
    참석자 전원에게 발표 자료를 제공합니다.
    '''), to='office', client='esp', cs='utf-8', cte='quoted-printable', brand='SAMSUNG SDS', color='#1428a0',
    bulk=dict(campaign='webinar', esp='sds'), date=(2026, 4, 6))

M('ham', 'webinar', ('한국포장협회', 'info@kopack-assoc.example'), '[세미나] 2026 플라스틱 포장재 재활용 규제 설명회 안내', T('''
    회원사 담당자님께

    환경부 포장재 재활용 의무 강화에 따른 설명회를 개최합니다.

    일시: 2026년 7월 8일(수) 14:00~17:00
    장소: 서울 aT센터 세미나실 + 온라인 동시 송출(Zoom)
    내용: 포장재 재질·구조 등급평가 개정안, EPR 분담금 산정 변화
    참가비: 회원사 무료 / 비회원 5만 원

    신청: 첨부 신청서를 작성하여 회신해 주십시오.
    '''), to='office', client='outlook', att=[('설명회_참가신청서.hwp', 'hwp')], date=(2026, 6, 15))

M('ham', 'recruiting', ('사람인', 'noreply@saramin.co.kr'), '[사람인] 김지훈님께 맞는 추천 공고 5건', T('''
    김지훈님의 이력서와 관심 조건을 바탕으로 추천 공고를 골랐어요.

    1. 구매/SCM 과장~차장 - (주)한솔패키징 | 경기 안산 | 마감 D-7
    2. 전략구매 매니저 - 글로벌 식품 기업 | 서울 강남 | 상시
    3. 구매팀장 - 중견 화학 소재사 | 충북 청주 | 마감 D-14

    이력서 공개 설정은 사람인 > 이력서 관리에서 변경할 수 있어요.
    '''), to='office', client='esp', cs='utf-8', cte='base64', brand='saramin', color='#4876ef',
    bulk=dict(campaign='recommend', esp='saramin'), date=(2026, 3, 18))

M('ham', 'recruiting', ('원티드', 'noreply@wanted.co.kr'), '[원티드] 새로운 포지션 제안이 도착했어요', T('''
    지훈님, 새로운 포지션 제안이 도착했어요!

    회사: 그린팩토리 (친환경 포장 스타트업, 시리즈 B)
    포지션: Head of Procurement
    메시지: "지훈님의 포장재 구매 경험이 저희 팀에 꼭 필요합니다. 커피챗 가능하실까요?"

    제안 수락 여부는 7일 안에 원티드 앱에서 응답해 주세요.
    '''), to='office', client='esp', cs='utf-8', cte='quoted-printable', brand='wanted', color='#3366ff', date=(2026, 8, 27))

M('ham', 'recruiting', ('잡코리아', 'jobkorea@jobkorea.co.kr'), '[잡코리아] 이력서 열람 알림 - 3개 기업이 열람했습니다', T('''
    김지훈 회원님, 최근 7일간 3개 기업이 이력서를 열람했습니다.

    - (주)동원시스템즈 인사팀
    - 헤드헌팅 기업 1곳
    - 비공개 기업 1곳

    이력서를 최신 상태로 업데이트하면 열람률이 높아져요.
    '''), to='office', client='system', cs='euc-kr', cte='base64', brand='JOBKOREA', color='#0066ff', date=(2025, 7, 9))

M('ham', 'online-course', ('인프런', 'no-reply@inflearn.com'), '(광고) 🔥 마감 임박 | 인프런 연말 최대 할인, 내일 종료', T('''
    (광고) 인프런

    연말 할인이 내일 자정에 종료됩니다!
    장바구니에 담아 두신 「실무 엑셀 데이터 분석」 강의가 지금 40% 할인 중이에요.

    - 전 강의 최대 60% 할인
    - 3만 원 이상 결제 시 추가 5천 원 할인

    마케팅 정보 수신을 원하지 않으시면 수신거부해 주세요.
    인프런 > 설정 > 알림 설정
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='inflearn', color='#00c471',
    bulk=dict(campaign='yearend', esp='inflearn'), date=(2025, 12, 30))

M('ham', 'online-course', ('클래스101', 'hello@class101.net'), '소연님, 수채화 클래스 4강이 열렸어요 🎨', T('''
    수강 중인 클래스에 새 강의가 올라왔어요!

    클래스: 하루 10분, 수채화로 그리는 일상 풍경
    새 강의: 4강 - 번지기 기법으로 하늘 표현하기

    준비물 키트는 이미 배송되었어요. 과제를 올리면 크리에이터가 직접 피드백을 드려요.
    '''), to='home', client='esp', cs='utf-8', cte='quoted-printable', brand='CLASS101', color='#ff5600', date=(2026, 5, 2))

M('ham', 'online-course', ('패스트캠퍼스', 'help@fastcampus.co.kr'), '[패스트캠퍼스] 수강 기간 만료 7일 전 안내', T('''
    박소연 님, 안녕하세요.

    수강 중인 「한 번에 끝내는 파이썬 데이터 분석」 강의의 수강 기간이 7일 후 만료됩니다.
    - 만료일: 2026-10-31
    - 진도율: 62%

    수강 기간 연장은 마이페이지에서 신청하실 수 있습니다.
    '''), to='home', client='esp', cs='utf-8', cte='base64', brand='FASTCAMPUS', color='#ed234b', date=(2026, 10, 24))

# --- more work mail
M('ham', 'work-colleague', ('유나래', 'narae.yoo@' + C), 'Re: 패키지 디자인 B안 최종 파일', T('''
    과장님 최종 파일 드려요!
    색상 한 단계 밝게 조정했고, 인쇄소 요청대로 재단선 3mm 여유 넣었습니다.
    AI 원본은 용량이 커서 사내 드라이브에 올렸어요.

    나래 드림
    '''), client='thunderbird', att=[('패키지_B안_최종_미리보기.jpg', 'jpg')],
    reply=dict(name='김지훈', addr=OFFICE[1], client='thunderbird', text='나래 씨, 지난 회의에서 말한 대로 B안 색상만 조정해서 최종본 부탁해요.'))

M('ham', 'work-client', ('한결식품 품질팀', 'qa@hangyeol-food.example'), '[한결식품] 파우치 샘플 밀봉 테스트 결과 공유', T('''
    대양소재 김지훈 과장님께

    보내 주신 샘플 3종 밀봉 테스트 결과 공유드립니다.
    - A형: 내압 테스트 통과, 낙하 테스트 통과
    - B형: 낙하 테스트 1/10 파손 → 지퍼부 보강 필요
    - C형: 전 항목 통과

    C형 기준으로 본 견적 부탁드립니다. 세부 데이터는 첨부 엑셀 참고해 주세요.
    '''), client='outlook', att=[('밀봉테스트결과_대양소재샘플.xlsx', 'xlsx')])

M('ham', 'work-supplier', ('성우패키징 경리팀', 'account@sungwoo-pack.example'), '10월 거래명세서 및 잔액 확인 요청', T('''
    대양소재 경리 담당자님께

    10월 거래명세서를 첨부드립니다. 잔액 확인 부탁드립니다.
    - 10월 공급가액: 6,850,000원 (부가세 별도)
    - 9월 미결제 잔액: 0원

    결제 계좌는 기존과 동일합니다 (변경 사항 없음).
    확인 후 회신 주시면 감사하겠습니다.
    '''), client='outlook', cs='euc-kr', att=[('거래명세서_202510_대양소재.xlsx', 'xlsx'), ('거래명세서_202510_대양소재.pdf', 'pdf')], date=(2025, 11, 4))

M('ham', 'work-archive', ('이수진', 'sujin.lee@' + C), '사무실 이전 견적 3곳 비교 자료 (압축)', T('''
    과장님, 사무실 이전 업체 견적 3곳 받은 거 압축해서 보내요.
    용량이 커서 zip으로 묶었어요. 금요일 회의 전에 한 번 봐 주세요.
    '''), client='outlook', att=[('사무실이전_견적비교.zip', 'zip')])

M('ham', 'talks-spam', ('정보보안팀', 'security@' + C), 'RE: FW: [긴급] 결제 계좌 변경 안내 - 의심 메일 신고합니다', T('''
    최민호 대리님, 신고 감사합니다.

    확인 결과 협력사 도메인을 흉내 낸 사칭 메일(BEC)이 맞습니다.
    해당 발신 도메인은 메일 게이트웨이에서 차단했고, 같은 메일을 받은 직원 4명에게 별도 안내했습니다.

    재무팀은 계좌 변경 요청이 오면 반드시 기존 연락처로 유선 확인 후 처리해 주세요.
    '''), client='outlook', reply=dict(name='최민호', addr='minho.choi@' + C, text='보안팀 담당자님,\n오늘 아침 성우패키징을 사칭한 것으로 보이는 메일을 받아 전달드립니다.', thread=True))

M('ham', 'friend', ('장하늘', 'haneul.jang@hanmail.net'), '주말 캠핑 장비 리스트 (가평)', T('''
    소연아 이번 주말 가평 캠핑 장비 정리했어!

    우리가 챙길 거: 타프, 의자 4개, 화로대, 아이스박스
    너희가 챙길 거: 텐트, 침낭 4개, 랜턴
    장보기는 토요일 아침에 가평 하나로마트에서 같이 하자.

    비 소식 있으면 금요일 저녁에 다시 얘기해~
    '''), to='home', client='daum', cs='utf-8', cte='quoted-printable', shape='plain', date=(2026, 5, 27))

M('ham', 'shop', ('G마켓', 'gmarket@gmarket.co.kr'), '[G마켓] 주문하신 상품의 배송이 지연되고 있습니다', T('''
    고객님, G마켓입니다.

    주문하신 상품의 판매자 사정으로 발송이 지연되고 있어 안내드립니다.
    - 주문번호: 4012345678
    - 상품: 로봇청소기 물걸레 패드 20매
    - 발송 예정일: 2026-01-15 → 2026-01-19

    지연을 원하지 않으시면 G마켓 앱 > 나의 쇼핑정보에서 주문 취소가 가능합니다.
    '''), to='home', client='system', cs='euc-kr', cte='base64', brand='Gmarket', color='#00b700', date=(2026, 1, 14))

M('ham', 'school', ('햇살유치원', 'sunshine.kinder@sunshine-kinder.example'), '[햇살유치원] 12월 행사 안내 및 가정 연계 활동', T('''
    사랑하는 햇살반 부모님께

    12월에는 아래 행사가 있습니다.
    - 12월 12일(금) 김장 체험 (앞치마 지참)
    - 12월 23일(화) 산타 잔치 - 선물은 5천 원 이내로 이름표 붙여 보내 주세요
    - 12월 29일~1월 2일 겨울 방학

    아이들이 만든 크리스마스 카드 사진 첨부합니다 :)
    '''), to='home', client='naver', att=[('햇살반_카드만들기.jpg', 'jpg'), ('햇살반_단체사진.jpg', 'jpg')], date=(2025, 12, 1))

M('ham', 'hospital', ('서울아산병원', 'noreply@amc.seoul.kr'), '[서울아산병원] 검사 결과 확인 안내', T('''
    박소연 님, 서울아산병원입니다.

    2026년 6월 3일 시행한 검사의 결과가 나왔습니다.
    결과는 서울아산병원 앱 > 나의 건강기록에서 확인하실 수 있으며,
    자세한 설명은 다음 외래 진료(6월 17일) 때 담당 교수님께 들으실 수 있습니다.
    '''), to='home', client='system', cs='utf-8', cte='quoted-printable', brand='서울아산병원', color='#00857c', date=(2026, 6, 10))

M('ham', 'portal', ('네이버 카페', 'cafe_noreply@navercorp.com'), '[분당맘 모임] 가입하신 카페에 새 공지가 등록되었습니다', T('''
    분당맘 모임 카페에 새 공지가 등록되었습니다.

    제목: 【필독】 카페 사칭 "공동구매 입금" 사기 주의
    작성자: 카페 매니저

    최근 카페 회원을 사칭해 공동구매 대금을 개인 계좌로 받는 사기가 있었습니다.
    카페 공식 공동구매는 네이버 스마트스토어 결제로만 진행됩니다.

    알림 설정은 카페 > 내 활동 > 알림에서 변경할 수 있습니다.
    '''), to='home', client='system', cs='utf-8', cte='base64', brand='NAVER Cafe', color='#03c75a', date=(2026, 4, 29))


# ================================================================== SPAM
ZW = '\u200b'


def dots(s, sep='.'):
    return sep.join(s)


def fw(s):
    return ''.join(chr(ord(c) + 0xFEE0) if '!' <= c <= '~' else c for c in s)


def zw(s):
    return ZW.join(s)


def cyr(s):
    m = {'a': 'а', 'c': 'с', 'e': 'е', 'o': 'о', 'p': 'р', 'x': 'х', 'y': 'у', 'A': 'А', 'B': 'В', 'C': 'С', 'E': 'Е', 'H': 'Н', 'K': 'К', 'M': 'М', 'O': 'О', 'P': 'Р', 'T': 'Т', 'X': 'Х'}
    return ''.join(m.get(c, c) for c in s)


def img_only(alt, cid, href):
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>\n'
            '<body style="margin:0;padding:0">\n<center>\n<a href="%s"><img src="cid:%s" alt="%s" width="600" border="0"></a>\n'
            '<br><font size="1" color="#ffffff">%s</font>\n</center>\n</body></html>\n') % (href, cid, alt, hashlib.md5(cid.encode()).hexdigest())


M('spam', 'loan', ('김실장', 'kim.manager@fastloan-center.test'), '무직자 주부 ' + dots('대출') + ' 당일 ' + dots('승인') + ' ★신용 무관★', T('''
    ★ 신 용 등 급 무 관 ★ 무 직 자 / 주 부 / 프 리 랜 서 OK

    ''' + dots('대출') + ''' 한도 최대 3,000만 원
    ''' + dots('당일') + ''' 입금 / 서류 없이 비대면 진행
    기존 ''' + dots('연체') + ''' 있어도 상담 가능

    상담 카톡 ID : loan7979
    문의 전화 : 010-0000-7979

    수신을 원치 않으시면 답장 주세요
    '''), to='home', client='spamtool', cs='euc-kr', cte='base64', shape='plain', hide_to=True, auth='none')

M('spam', 'loan', ('저금리 대환 센터', 'help@daehwan-support.test'), 'ㄷㅊ 한도 조회 ㄱㄴ → 저금리 ㄷㅎ 바로 진행', T('''
    고금리 ㄷㅊ 쓰고 계신가요?
    ㅈㄱㄹ ㄷㅎㄷㅊ (저금리 대환대출) 지금 바로 조회해 보세요!

    ✔ 연 4%대부터
    ✔ 한도 최대 1억
    ✔ 직장인 / 사업자 / 4대보험 미가입자 OK

    ▶ 한도 조회 : https://daehwan-support.test/apply?src=mail
    '''), to='office', client='phpmailer', hq='Q', auth='softfail')

M('spam', 'loan', ('OK머니', 'no-reply@okmoney-fast.test'), fw('OK') + ' 비대면 소액 ' + zw('대출') + ' 5분 ' + fw('승인'), T('''
    ''' + fw('OK') + ''' 머니 / 소액 ''' + zw('대출') + ''' 50만~500만
    ''' + fw('24시간') + ''' 상담, 휴일 입금 가능

    주소창에 직접 입력: okmoney-fast . test
    (링크가 안 열리면 위 주소를 복사해서 붙여 넣으세요)

    ※ 과도한 빚은 당신에게 큰 불행을 안겨줄 수 있습니다
    '''), to='home', client='spamtool', shape='alt', cs='utf-8', cte='base64', auth='none', dkim=False)

M('spam', 'loan', ('사업자금융 컨설팅', 'biz@bizfund-korea.test'), '(광고)사업자 운영자금 ' + zw('무담보') + ' 최대 2억 / 매출 증빙만 OK', T('''
    대표님 안녕하십니까.

    은행에서 거절되셨나요? 매출만 있으면 가능합니다.
    - 사업자 무담보 운영자금 최대 2억
    - 카드매출 담보 일수 대출
    - 세금 체납자도 상담 가능

    지금 문의하시면 수수료 50% 할인
    ☎ 1600-0000 / 카톡 bizfund77
    '''), to='office', client='phpmailer', cs='ks_c_5601-1987', cte='quoted-printable', hq='B', auth='pass')

M('spam', 'loan', ('주부론', 'mom@jubuloan.test'), '남편 몰래 가능한 주부 ' + dots('대출', ' ') + ' 비밀 보장', T('''
    주부님들 돈 급하실 때 있으시죠?
    남편 모르게, 문자 알림 없이 비밀 보장!

    ▷ 소득 증빙 X
    ▷ 재직 확인 X
    ▷ 최대 500만 당일 입금

    상담 : 카톡 jubu_loan / 텔레 @jubuloan_kr
    '''), to='home', client='spamtool', cs='euc-kr', cte='8bit', shape='plain', hide_to=True)

M('spam', 'gambling', ('VIP ' + cyr('Casino'), 'vip@royal-vip-777.test'), cyr('CASINO') + ' 신규 가입 첫충 30% ' + '🎰', T('''
    🎰 ''' + cyr('ROYAL CASINO') + ''' 🎰

    신규 첫 충전 30% / 매 충전 10%
    바카라 · 블랙잭 · 슬롯 · 스포츠
    1억 단위 출금도 5분 안에 처리 ✅

    가입 코드 : VIP777
    텔레그램 : @royal_vip_cs

    ▶ 바로가기 https://royal-vip-777.test/join?code=VIP777
    '''), to='home', client='spamtool', cs='utf-8', cte='base64', shape='alt', auth='none', dkim=False)

M('spam', 'gambling', ('Lucky Baccarat', 'promo@lucky-bac.test'), '오늘 밤 당신의 행운을 확인하세요', T('''
    이미지가 보이지 않으면 여기를 클릭하세요
    '''), to='office', client='spamtool', cs='utf-8', cte='base64', shape='related',
    html=img_only('바카라 카지노 첫충 100%', 'banner01@lucky-bac.test', 'https://lucky-bac.test/r/88421'),
    inline=[('banner01@lucky-bac.test', 'jpg')], auth='softfail')

M('spam', 'gambling', ('슬롯 천국', 'event@slot-heaven.test'), '💰무료 머니 3만💰 슬롯 ' + zw('꽁머니') + ' 지급 이벤트🎁', T('''
    💰💰💰 ''' + zw('꽁머니') + ''' 30,000 즉시 지급 💰💰💰

    🎰 프라그마틱 / 🎲 에볼루션 / ⚽ 스포츠
    🔥 첫 입금 보너스 50% 🔥
    🚀 환전 무제한 🚀

    👉 s l o t - h e a v e n . t e s t 👈
    문의 텔레 @slotheaven24
    '''), to='home', client='spamtool', cs='utf-8', cte='quoted-printable', shape='html', hq='Q', auth='none', dkim=False)

M('spam', 'gambling', ('먹튀검증단', 'admin@mtpolice-safe.test'), '[먹튀검증 완료] 보증금 1억 예치 메이저 놀이터 추천', T('''
    안전한 메이저 놀이터만 추천합니다.

    ▶ 보증금 1억 예치 완료
    ▶ 스포츠 단폴 가능, 배당 최상
    ▶ 신규 가입 시 첫충 20% + 매충 10%

    추천 코드 입력 필수: MT2025
    주소는 카톡으로 안내 (ID: mt_safe)
    '''), to='home', client='phpmailer', cs='euc-kr', cte='base64', hq='B')

M('spam', 'gambling', ('파워볼 분석실', 'pb@powerball-lab.test'), '파워볼 적중률 95% 분석 픽 무료 제공 (오늘 한정)', T('''
    파워볼 / 사다리 / 로투스
    적중률 95% 분석 픽을 오늘만 무료로 드립니다.

    지난주 적중 인증 42연승!
    픽 받는 방법 : 텔레그램 @powerball_lab 에 "무료픽" 입력

    ※ 본 메일은 회원님께 발송된 정보성 메일입니다
    '''), to='office', client='spamtool', cs='ks_c_5601-1987', cte='base64', shape='plain')

M('spam', 'stock-leading', ('수익연구소 김팀장', 'kim.team@profit-lab.test'), '[무료] 급등 예정 종목 3개 공개 (내일 상한가 예상)', T('''
    안녕하세요 회원님, 수익연구소입니다.

    저희 VIP 리딩방 지난달 누적 수익률 +287%
    내일 상한가 예상 종목 3개를 무료로 공개합니다.

    ▶ 무료 리딩방 입장 (카카오톡 오픈채팅)
    검색: "수익연구소 무료방"  참여코드 7788

    원금 보장 프로그램 운영 중 (손실 시 100% 보상)
    '''), to='office', client='phpmailer', cs='utf-8', cte='quoted-printable', shape='alt', auth='pass')

M('spam', 'coin-leading', ('Crypto Whale Korea', 'signal@whale-signal.test'), '코인 선물 리딩 🐋 월 수익 300% 인증 / 1:1 전문가 매칭', T('''
    🐋 고래 시그널 🐋

    바이낸스 선물 리딩 / 레버리지 전략
    어제 BTC 숏 포지션 +142% 수익 실현 ✅
    ETH 롱 +87% ✅

    지금 VIP방 무료 체험 3일 제공
    텔레그램 : @whale_signal_kr
    웹 : whale-signal[.]test

    * 투자 손실 시 전액 보상 보험 가입 *
    '''), to='home', client='spamtool', cs='utf-8', cte='base64', shape='plain', auth='none', dkim=False)

M('spam', 'stock-leading', ('공모주 VIP', 'ipo@ipo-vip-club.test'), '비상장 공모주 사전 청약 기회 - 상장 시 최소 5배 확정', T('''
    회원님께만 드리는 특별한 기회입니다.

    상장 예정 비상장 주식 사전 배정 (선착순 30명)
    상장 시 최소 5배 ~ 최대 20배 수익 확정
    증권사 제휴 / 원금 보장 계약서 작성

    상담 신청: https://ipo-vip-club.test/apply
    담당 : 이사 박준형 010-0000-5252
    '''), to='office', client='phpmailer', cs='euc-kr', cte='quoted-printable', hq='B')

M('spam', 'adult', ('미녀 만남', 'meet@hot-meet-now.test'), '🔞 지금 근처에 있는 ' + dots('만남', ' ') + ' 상대 3명', T('''
    🔞 19세 이상 🔞

    회원님 근처 2km 이내에 대화를 원하는 분이 3명 있습니다 💋
    가입 즉시 무료 포인트 10,000P 지급

    👉 바로 대화하기 : hot-meet-now . test
    광고 수신 거부는 사이트에서
    '''), to='home', client='spamtool', cs='utf-8', cte='base64', shape='html', auth='none', dkim=False)

M('spam', 'adult', ('AV 무료관', 'free@adult-zone.test'), fw('19') + ' 무삭제 무료 관람 ' + fw('VIP') + ' 초대장', T('''
    이미지가 보이지 않습니다
    '''), to='office', client='spamtool', cs='utf-8', cte='base64', shape='related',
    html=img_only('19 성인 무료 영상', 'vip_invite@adult-zone.test', 'https://adult-zone.test/?ref=mail'),
    inline=[('vip_invite@adult-zone.test', 'png')], hide_to=True)

M('spam', 'counterfeit-medicine', ('정품약국', 'sale@pharm-direct.test'), 'ㅂㅣㅇㅏ그라 · 시ㅇㅏㄹ리스 정품 최저가 / 비밀 포장', T('''
    비ㅇr그라 / 시ㅇr리스 / 레비트라
    100% 정품 보장, 처방전 필요 없음!

    ★ 10정 구매 시 10정 추가 증정
    ★ 내용물 알 수 없는 비밀 포장
    ★ 당일 발송, 후불 결제 가능

    주문: 카톡 pharm365 / 라인 pharm_365
    '''), to='office', client='spamtool', cs='ks_c_5601-1987', cte='base64', shape='plain', hide_to=True)

M('spam', 'counterfeit-medicine', ('다이어트 연구소', 'diet@slim-diet-lab.test'), '처방 없이 구매 가능한 ' + zw('식욕억제제') + ' 한 달 -10kg', T('''
    병원 안 가도 됩니다!
    ' + zw('펜터민') + ' 성분 다이어트 약, 처방전 없이 구매 가능

    - 한 달 평균 -8~10kg
    - 요요 없음, 부작용 없음
    - 연예인 ○○○도 먹는 바로 그 약

    구매 상담: 텔레그램 @slimlab_kr
    '''.replace("' + zw('펜터민') + '", zw('펜터민'))), to='home', client='phpmailer', cs='utf-8', cte='quoted-printable', shape='alt')

M('spam', 'counterfeit-goods', ('명품 레플리카', 'shop@luxury-rep.test'), '1:1 미러급 명품 가방 · 시계 신상 입고 (S급)', T('''
    명품 1:1 미러 / S급 레플리카 전문

    샤X / 루X비X / 롤X스 신상 입고
    정품과 구별 불가, 각인 · 시리얼 동일
    세관 걱정 없는 국내 배송

    카탈로그: luxury-rep(닷)test
    카톡 상담: rep_lux
    '''), to='home', client='spamtool', cs='euc-kr', cte='base64', shape='html')

M('spam', 'fake-sidejob', ('재택부업 매니저', 'job@home-sidejob.test'), '하루 2시간 재택 부업, 일당 30만 원 즉시 지급', T('''
    휴대폰만 있으면 누구나 가능!

    - 하루 2시간, 간단한 클릭 작업
    - 일당 최소 10만 원 ~ 최대 30만 원
    - 경력, 나이 무관 / 주부, 학생 환영

    지금 신청하면 첫날 보너스 5만 원
    신청: 카카오톡 오픈채팅 "재택부업 매니저"
    '''), to='home', client='phpmailer', cs='utf-8', cte='base64', shape='alt')

M('spam', 'fake-sidejob', ('리뷰 알바 모집', 'recruit@review-part.test'), '쇼핑몰 리뷰 · 유튜브 좋아요 알바 (건당 5,000원 선지급)', T('''
    [리뷰 알바 모집]

    쇼핑몰 상품 리뷰 작성, 유튜브 구독·좋아요 누르기
    건당 3,000원 ~ 5,000원 즉시 지급!

    ※ 첫 미션 완료 후 "팀 미션"으로 고수익 가능 (예치금 필요)

    텔레그램 @review_part_kr 에 "알바" 라고 보내 주세요
    '''), to='home', client='spamtool', cs='utf-8', cte='8bit', shape='plain', hide_to=True)

M('spam', 'giftcard-cash', ('소액결제 현금화', 'cash@mobile-cash-90.test'), '휴대폰 ' + dots('소액결제') + ' 현금화 90% 최고 비율', T('''
    휴대폰 ''' + dots('소액결제') + ''' / 정보이용료 / 콘텐츠 이용료
    당일 ''' + dots('현금화') + ''' 최고 90%!

    - 신용 조회 없음
    - 24시간 5분 입금
    - 미납 조회 가능

    문의 : 1661-0000 / 카톡 cash9090
    '''), to='home', client='spamtool', cs='euc-kr', cte='base64', shape='plain')

M('spam', 'giftcard-cash', ('상품권 매입센터', 'buy@giftcard-buy.test'), '문화상품권 · 컬쳐랜드 · 해피머니 최고가 매입 (92%)', T('''
    상품권 핀번호만 보내 주시면 5분 안에 입금!

    컬쳐랜드 92% / 북앤라이프 91% / 구글 기프트 88%
    신세계, 롯데 백화점 상품권 97%

    매입 문의 : 텔레 @gift_buy / 카톡 giftbuy24
    '''), to='office', client='phpmailer', cs='ks_c_5601-1987', cte='quoted-printable', hq='Q')

M('spam', 'fake-policy-fund', ('소상공인 정책자금 지원센터', 'center@policy-fund-kr.test'), '[긴급] 2026년 소상공인 정책자금 마감 임박 - 대표님 대상 확인', T('''
    대표님, 2026년 소상공인 정책자금 2차 접수가 이번 주 마감됩니다.

    - 지원 한도: 최대 1억 원
    - 금리: 연 2%대 (정부 이차보전)
    - 신용 점수 낮아도 승인 사례 다수

    저희 지원센터가 서류 작성부터 승인까지 대행해 드립니다.
    (성공 보수 5%, 착수금 30만 원)

    자격 조회: https://policy-fund-kr.test/check
    '''), to='office', client='phpmailer', cs='euc-kr', cte='base64', shape='alt', brand='정책자금 지원센터', color='#004ea2')

M('spam', 'fake-policy-fund', ('중소기업 자금 컨설팅', 'consult@sme-grant.test'), '중진공 정책자금 · 기보 보증 100% 승인 대행', T('''
    중소기업진흥공단 정책자금, 기술보증기금 보증
    전문 컨설턴트가 100% 승인까지 책임집니다.

    - 제조업 / 도소매 / 서비스업 모두 가능
    - 부채 비율 높아도 OK
    - 승인 안 되면 착수금 전액 환불

    무료 상담 신청 : 회신 또는 02-000-0000
    '''), to='office', client='spamtool', cs='utf-8', cte='quoted-printable', shape='plain')

M('spam', 'db-seller', ('DB마켓', 'sales@db-market.test'), '주식 · 코인 · 대출 고객 DB 판매 (실시간 신규 DB)', T('''
    영업이 안 되시나요? 확실한 DB가 답입니다.

    ■ 주식 관심 고객 DB (연락처 + 투자금)
    ■ 대출 상담 신청 DB (실시간)
    ■ 코인 투자자 DB
    ■ 카드 발급 DB

    건당 500원부터 / 1만 건 이상 할인
    샘플 100건 무료 제공 → 텔레그램 @dbmarket_kr
    '''), to='office', client='spamtool', cs='euc-kr', cte='8bit', shape='plain', hide_to=True)

M('spam', 'db-seller', ('대량발송 마케팅', 'ad@mass-sender.test'), '문자 1건 9원! 대량 문자 · 메일 발송 + 타겟 고객 리스트 제공', T('''
    대량 문자 1건 9원 / 이메일 1건 1원
    업종별 타겟 고객 리스트 제공 (병원, 학원, 부동산, 쇼핑몰)

    스팸 차단 우회 기술 적용 / 발신번호 변경 가능

    상담 : mass-sender(.)test 또는 카톡 masssender
    '''), to='office', client='phpmailer', cs='utf-8', cte='base64', shape='html')

M('spam', 'seo-marketing', ('네이버 상위노출', 'seo@top-expose.test'), '대표님 가게 네이버 플레이스 1위 만들어 드립니다', T('''
    네이버 플레이스 / 블로그 / 카페 상위 노출
    리뷰 1,000개 작업, 영수증 리뷰 대행

    1개월 만에 매출 3배 사례 다수
    첫 달 50% 할인 (선착순 10곳)

    상담: 010-0000-1004 / 카톡 top1004
    '''), to='office', client='spamtool', cs='ks_c_5601-1987', cte='base64', shape='alt')

M('spam', 'fake-sidejob', ('해외선물 멘토', 'mentor@futures-mentor.test'), '직장인 퇴근 후 해외선물로 월 500 버는 법 (무료 강의)', T('''
    직장 다니면서 월 500 추가 수익, 가능합니다.

    해외선물 나스닥 · 크루드오일 단타 전략
    무료 강의 수강생 수익 인증 1,200건 돌파

    수수료 0원 증권사 제휴 계좌 개설 시 교육비 전액 무료
    신청 : https://futures-mentor.test/free
    '''), to='office', client='phpmailer', cs='utf-8', cte='quoted-printable', shape='alt')

M('spam', 'adult', ('야한 웹툰', 'toon@night-toon.test'), '성인 웹툰 ' + fw('FREE') + ' 전편 무료 ' + ZW + '1' + ZW + '9' + ZW + '금', T('''
    성인 웹툰 전편 무료 공개!
    가입만 하면 ' + fw('10,000') + ' 코인 지급

    주소 : night-toon 점 test
    ※ 통신사 차단 시 우회 주소는 트위터 @nighttoon_kr
    '''.replace("' + fw('10,000') + '", fw('10,000'))), to='home', client='spamtool', cs='utf-8', cte='base64', shape='plain', auth='none', dkim=False)

M('spam', 'loan', ('신용회복 센터', 'help@credit-recover.test'), 'RE: 신청하신 신용회복 자격 조회 결과 안내', T('''
    고객님이 문의하신 신용회복 및 개인회생 자격 조회 결과
    "대상자"로 확인되었습니다.

    - 채무 최대 90% 탕감
    - 압류, 추심 즉시 중지
    - 수임료 분할 납부 가능

    상담 예약 : 카톡 credit_help / 1588-0000
    '''), to='home', client='phpmailer', cs='euc-kr', cte='quoted-printable', shape='plain', hq='B')


# ================================================================= PHISH

def btn_html(brand, color, paras, button, url, foot='', logo_cid=None):
    ps = '\n'.join('<p style="margin:0 0 14px 0;font-size:14px;line-height:1.6">%s</p>' % p for p in paras)
    logo = ('<img src="cid:%s" alt="%s" height="28">' % (logo_cid, brand)) if logo_cid else '<b style="font-size:20px;color:%s">%s</b>' % (color, brand)
    return ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head>\n'
            '<body style="background:#f2f2f2;margin:0">\n<div style="max-width:560px;margin:30px auto;background:#fff;padding:28px;border-top:4px solid %s;font-family:\'Malgun Gothic\',Dotum,sans-serif">\n'
            '<div style="margin-bottom:20px">%s</div>\n%s\n'
            '<div style="text-align:center;margin:26px 0"><a href="%s" style="background:%s;color:#fff;padding:13px 34px;text-decoration:none;border-radius:4px;font-weight:bold">%s</a></div>\n'
            '<p style="font-size:11px;color:#999">%s</p>\n</div>\n</body></html>\n') % (color, logo, ps, url, color, button, foot)


def plain_of(paras, button, url):
    return '\n\n'.join(re.sub('<[^>]+>', '', p) for p in paras) + '\n\n' + button + ': ' + url + '\n'


def P(cls_kind, frm, subj, paras, button, url, brand, color, foot='', **kw):
    kw.setdefault('shape', 'alt')
    M('phish', cls_kind, frm, subj, plain_of(paras, button, url), html=btn_html(brand, color, paras, button, url, foot, kw.pop('logo_cid', None)), **kw)


P('bank', ('KB국민은행', 'security@kbstar-secure.test'), '[KB국민은행] 비정상 로그인 시도 감지 - 계좌 일시 정지 예정',
  ['고객님의 계좌에서 해외 IP로 비정상 로그인 시도가 감지되었습니다.', '24시간 이내에 본인 인증을 완료하지 않으시면 <b>전자금융 거래가 일시 정지</b>됩니다.', '아래 버튼을 눌러 공동인증서 또는 계좌 비밀번호로 본인 확인을 진행해 주세요.'],
  '본인 인증 하기', 'https://kbstar-secure.test/auth/verify?id=8842', 'KB국민은행', '#ffbc00', '본 메일은 발신 전용입니다. KB Kookmin Bank',
  to='home', client='phpmailer', cs='euc-kr', cte='base64', hq='B', auth='softfail')

P('bank', ('신한은행 보안센터', 'otp@shinhan-otp.example'), '신한 SOL 디지털 OTP 재등록 안내 (유효기간 만료)',
  ['고객님의 디지털 OTP 유효기간이 만료되어 재등록이 필요합니다.', '재등록하지 않으시면 이체 및 출금이 제한됩니다.', '재등록 시 계좌번호, 계좌 비밀번호, 보안카드 번호 전체가 필요합니다.'],
  'OTP 재등록', 'https://shinhan-otp.example/re-reg', 'SOL 신한은행', '#0046ff', '신한은행 고객센터',
  to='home', client='phpmailer', cs='utf-8', cte='quoted-printable', hq='Q')

P('card', ('현대카드', 'alert@hyundaicard-safe.test'), '[현대카드] 해외 결제 승인 USD 1,249.00 - 본인 거래가 아닌 경우 취소',
  ['아래 해외 결제가 승인되었습니다.', '가맹점: APPLE.COM/BILL (미국)<br>금액: USD 1,249.00<br>승인일시: 2026-03-18 03:12', '본인이 결제하지 않으셨다면 즉시 아래에서 승인 취소를 신청해 주세요. 카드번호와 유효기간, CVC 입력이 필요합니다.'],
  '승인 취소 신청', 'https://hyundaicard-safe.test/cancel?tx=9912', 'Hyundai Card', '#000000', '',
  to='home', client='spamtool', cs='utf-8', cte='base64', auth='none', dkim=False)

PHISH_SECURE = '''<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>삼성카드 보안메일</title></head>
<body style="font-family:'Malgun Gothic'">
<div style="width:600px;margin:40px auto;border:1px solid #1428a0;padding:20px">
<h3>삼성카드 이용대금 명세서 (보안메일)</h3>
<form action="https://samsung-card-mail.test/secure/post.php" method="post">
<p>주민등록번호 <input name="jumin1" size="6"> - <input name="jumin2" type="password" size="7"></p>
<p>카드번호 <input name="card" size="19"> 카드 비밀번호 앞 2자리 <input name="pw2" type="password" size="2"></p>
<input type="submit" value="명세서 보기">
</form>
</div></body></html>
'''

M('phish', 'card-secure-attachment', ('삼성카드', 'statement@samsung-card-mail.test'), '[삼성카드] 2025년 12월 이용대금명세서 (보안메일)', T('''
    고객님의 12월 이용대금명세서를 보내드립니다.
    첨부된 보안메일을 열어 주민등록번호와 카드 정보를 입력하시면 명세서를 보실 수 있습니다.

    결제 예정 금액: 2,148,300원
    '''), to='home', client='spamtool', cs='ks_c_5601-1987', cte='base64', shape='mixed',
    att=[('삼성카드_보안메일_202512.html', 'html', PHISH_SECURE)], auth='softfail')

P('portal-login', ('NAVER', 'help@nid-naver-login.test'), '[네이버] 회원님의 계정이 이용 제한되었습니다',
  ['회원님의 아이디가 스팸 발송에 이용된 것으로 의심되어 보호조치 되었습니다.', '<b>48시간 이내</b>에 본인 확인을 하지 않으면 메일, 블로그, 카페 이용이 영구 제한됩니다.'],
  '보호조치 해제', 'https://nid-naver-login.test/user2/help/idRelease', 'NAVER', '#03c75a', 'Copyright © NAVER Corp. All Rights Reserved.',
  to='home', client='phpmailer', cs='utf-8', cte='base64', hq='B')

P('portal-login', ('카카오계정', 'noreply@kakao-accounts.example'), '카카오계정 로그인 비밀번호 재설정 요청이 접수되었습니다',
  ['카카오계정 비밀번호 재설정 요청이 접수되었습니다.', '본인이 요청하지 않았다면 계정이 도용되었을 수 있습니다. 지금 바로 계정을 잠그고 비밀번호를 변경하세요.'],
  '내 계정 보호하기', 'https://kakao-accounts.example/login?continue=protect', 'kakao', '#fee500', '(주)카카오',
  to='home', client='spamtool', cs='utf-8', cte='quoted-printable', hq='Q', auth='none')

P('courier', ('CJ대한통운', 'delivery@cj-parcel-check.test'), '[CJ대한통운] 주소지 불일치로 배송이 보류되었습니다',
  ['고객님의 택배가 주소 불명으로 물류센터에 보관 중입니다.', '운송장번호: 5612-0000-8841', '주소 수정 및 재배송 수수료(1,200원) 결제 후 익일 배송됩니다.'],
  '주소 수정하기', 'https://cj-parcel-check.test/m/addr', 'CJ대한통운', '#e2231a', '',
  to='home', client='spamtool', cs='euc-kr', cte='base64', auth='none', dkim=False)

M('phish', 'courier-qr', ('우체국택배', 'notice@epost-parcel.test'), '[우체국] 택배 보관 기간 만료 예정 - QR코드로 재배송 신청', T('''
    고객님의 택배가 부재로 인하여 우체국에 보관 중입니다.
    보관 기간이 내일 만료되므로, 첨부된 QR코드를 휴대폰 카메라로 촬영하여 재배송을 신청해 주세요.
    '''), to='home', client='phpmailer', cs='utf-8', cte='base64', shape='related',
    html='<html><head><meta http-equiv="Content-Type" content="text/html; charset={CHARSET}"></head><body style="font-family:Dotum">\n<p><b>우체국택배 보관 안내</b></p>\n<p>고객님의 택배가 부재로 인하여 우체국에 보관 중입니다.<br>보관 기간이 <b>내일 만료</b>되므로 아래 QR코드를 휴대폰 카메라로 촬영하여 재배송을 신청해 주세요.</p>\n<p><img src="cid:qr_redeliver@epost-parcel.test" width="180" height="180" alt="QR"></p>\n<p style="font-size:11px;color:#888">우정사업본부</p>\n</body></html>\n',
    inline=[('qr_redeliver@epost-parcel.test', 'png')])

P('customs', ('관세청 UNI-PASS', 'unipass@customs-clearance.test'), '[관세청] 해외직구 물품 통관 보류 - 관세 및 부가세 미납',
  ['귀하의 해외직구 물품(운송장 LP00123456789CN)이 관세 미납으로 통관 보류되었습니다.', '미납 세액: 38,400원', '7일 이내 납부하지 않으면 물품이 반송 또는 폐기되며 과태료가 부과될 수 있습니다.'],
  '관세 납부하기', 'https://customs-clearance.test/pay?b=LP00123456789CN', '관세청 UNI-PASS', '#1e4b8f', '관세청 고객지원센터',
  to='home', client='phpmailer', cs='euc-kr', cte='quoted-printable', hq='B')

P('tax-refund', ('국세청 홈택스', 'refund@hometax-refund.test'), '[국세청] 2025년 귀속 종합소득세 환급금 미수령 안내 (482,300원)',
  ['귀하께 지급되지 않은 환급금 482,300원이 있습니다.', '환급 신청 기한: 2026년 6월 30일', '아래에서 본인 명의 계좌를 등록하시면 3영업일 이내 입금됩니다. (공동인증서 또는 카드 인증 필요)'],
  '환급금 조회 및 신청', 'https://hometax-refund.test/websquare/refund', '국세청 홈택스', '#1c4a8b', '국세청',
  to='home', client='spamtool', cs='euc-kr', cte='base64', auth='none', dkim=False)

M('phish', 'police-summons', ('경찰청 사이버수사대', 'summons@police-notice.test'), '[경찰청] 전자 출석요구서 발송 안내 (사건번호 2026-형제-04512)', T('''
    귀하는 전자금융거래법 위반 사건의 참고인으로 출석을 요구받았습니다.

    사건번호: 2026-형제-04512
    출석일시: 2026년 4월 28일 10:00
    담당: 사이버수사대 김○○ 경위

    출석요구서 원본은 첨부된 압축 파일(비밀번호: 0428)에 있습니다.
    출석이 어려운 경우 첨부 파일의 진술서를 작성하여 회신하십시오.
    불응 시 체포영장이 청구될 수 있습니다.
    '''), to='home', client='phpmailer', cs='euc-kr', cte='base64', shape='mixed',
    att=[('출석요구서_2026형제04512.zip', 'zip', None)], auth='softfail')

P('prosecutor', ('서울중앙지방검찰청', 'case@spo-case.test'), '[서울중앙지검] 귀하 명의 계좌 범죄 연루 - 사건 조회 요망',
  ['귀하 명의의 계좌가 대포통장 사기 사건에 연루되어 수사 중입니다.', '사건 내용은 아래 "나의 사건 조회"에서 확인하시고, 담당 수사관(02-000-0000)에게 즉시 연락 바랍니다.', '본 사건은 수사 보안상 가족에게도 알리지 마십시오.'],
  '나의 사건 조회', 'https://spo-case.test/mycase?no=2025-7712', '대검찰청 사건조회', '#1b2a4a', '대한민국 검찰청',
  to='home', client='spamtool', cs='utf-8', cte='base64', auth='none', dkim=False)

P('gov24', ('정부24', 'no-reply@gov24-minwon.test'), '[정부24] 전자문서 도착 - 주정차 위반 사전통지서',
  ['귀하에게 전자문서(주정차 위반 사전통지서)가 도착했습니다.', '열람 기한이 지나면 과태료가 20% 가산됩니다.'],
  '전자문서 열람', 'https://gov24-minwon.test/doc/view?id=77812', '정부24', '#0b50d0', '행정안전부',
  to='home', client='phpmailer', cs='utf-8', cte='quoted-printable', hq='Q')

P('health-insurance', ('국민건강보험공단', 'refund@nhis-refund.example'), '[건강보험] 본인부담상한액 초과금 환급 대상 안내',
  ['귀하는 2025년 본인부담상한액 초과금 환급 대상자입니다.', '환급 예정 금액: 316,750원', '환급 신청을 위해 본인 인증 후 계좌 정보를 입력해 주세요.'],
  '환급 신청하기', 'https://nhis-refund.example/apply', '국민건강보험', '#0066b3', '국민건강보험공단',
  to='home', client='spamtool', cs='ks_c_5601-1987', cte='base64', auth='none')

M('phish', 'fine-qr', ('경찰청 교통민원24', 'efine@efine-notice.test'), '[교통민원24] 속도위반 과태료 고지 - QR 납부 안내', T('''
    귀하의 차량이 속도위반으로 단속되었습니다.
    과태료: 40,000원 (의견 제출 기한 내 납부 시 20% 감경)
    첨부된 QR코드를 스캔하여 위반 사진 확인 및 납부를 진행하십시오.
    '''), to='home', client='phpmailer', cs='euc-kr', cte='base64', shape='mixed',
    att=[('과태료_납부_QR.png', 'png')], hq='B')

M('phish', 'obituary-lure', ('부고알림', 'notice@bugo-message.test'), '[부고] 부친께서 별세하셨기에 삼가 알려드립니다', T('''
    부고

    그동안 보내 주신 관심에 감사드리며
    부친께서 별세하셨기에 삼가 알려드립니다.

    장례식장 위치 및 마음 전하실 곳:
    https://bugo-message.test/v/8a21f
    '''), to='home', client='spamtool', cs='utf-8', cte='base64', shape='plain', hide_to=True, auth='none', dkim=False)

M('phish', 'wedding-lure', ('모바일청첩장', 'invite@wedding-card-m.test'), '저희 결혼합니다 💌 모바일 청첩장', T('''
    안녕하세요. 저희 두 사람 드디어 결혼합니다.
    바쁘시더라도 오셔서 축복해 주세요.

    모바일 청첩장 보기 👉 https://wedding-card-m.test/i/24k9
    (사진과 오시는 길은 링크에서 확인해 주세요)
    '''), to='home', client='spamtool', cs='utf-8', cte='quoted-printable', shape='plain', hq='Q', hide_to=True)

P('webmail-expiry', ('대양소재 메일 관리자', 'postmaster@daeyang-mat-mail.test'), '[메일 시스템] 사서함 용량 초과 - 수신 메일 14건 보류 중',
  ['jihoon.kim@daeyang-mat.example 사서함 용량이 98%에 도달하여 수신 메일 14건이 보류되었습니다.', '아래 버튼을 눌러 계정을 인증하시면 용량이 자동으로 확장되고 보류 메일이 전달됩니다.'],
  '사서함 용량 확장', 'https://daeyang-mat-mail.test/owa/auth.php?u=jihoon.kim', '메일 관리 시스템', '#0078d4', 'IT 관리팀',
  to='office', client='phpmailer', cs='utf-8', cte='base64', hq='B')

P('webmail-expiry', ('Microsoft 365', 'no-reply@m365-passwordreset.test'), '비밀번호가 오늘 만료됩니다 - 현재 비밀번호 유지하기',
  ['jihoon.kim@daeyang-mat.example 계정의 비밀번호가 오늘 만료됩니다.', '현재 비밀번호를 계속 사용하려면 아래에서 확인해 주세요.'],
  '현재 비밀번호 유지', 'https://m365-passwordreset.test/keep?em=jihoon.kim%40daeyang-mat.example', 'Microsoft 365', '#0078d4', 'Microsoft Corporation',
  to='office', client='spamtool', cs='utf-8', cte='quoted-printable', hq='Q', auth='none')

M('phish', 'bec-bank-change', ('Yoon Sungwoo', 'sw.yoon@sungwoo-pacck.example'), 'RE: 10월 거래명세서 및 잔액 확인 요청', T('''
    김지훈 과장님,

    확인 감사합니다. 다만 당사 회계 감사 진행 중으로 기존 결제 계좌가 일시 정지되어
    이번 달 대금(7,535,000원)은 아래 신규 계좌로 송금 부탁드립니다.

    은행: 하나은행 / 예금주: 성우무역(주) / 계좌: 000-000000-00000

    감사 관련으로 전화 연결이 어려우니 메일로만 회신 부탁드립니다.
    송금 후 이체확인증 회신 주시면 감사하겠습니다.

    윤성우 드림
    '''), client='outlook-utf8', work=True, reply_to=('Yoon Sungwoo', 'sungwoo.pack.acc@freemail-kr.test'),
    reply=dict(name='김지훈', addr=OFFICE[1], text='성우패키징 경리팀 담당자님,\n10월 거래명세서 확인했습니다. 잔액 이상 없습니다.', thread=True), auth='pass', mailer='Microsoft Outlook 16.0')

M('phish', 'bec-invoice', ('Daerim Chemical Sales', 'sales@daerim-chern.example'), '[대림화학] 1월 원료 대금 청구서 및 입금 계좌 변경 공문', T('''
    대양소재(주) 구매 담당자님께

    1월 출하분 원료 대금 청구서를 송부드립니다.
    아울러 당사 주거래 은행 변경에 따라 2026년 2월부터 입금 계좌가 변경되었습니다.
    첨부 공문을 참고하시어 금일 중 변경 계좌로 송금 부탁드립니다.

    대림화학 영업팀 차상훈
    '''), client='outlook', att=[('입금계좌변경_공문_대림화학.pdf', 'pdf'), ('청구서_2026_01.xlsx', 'xlsx')], work=True, auth='pass')

M('phish', 'ceo-giftcard', ('대표이사 정태식', 'daeyang.ceo.jung@freemail-kr.test'), '급히 부탁할 일이 있습니다', T('''
    김 과장, 지금 외부 회의 중이라 통화가 어려워 메일로 연락합니다.

    거래처 임원분들께 드릴 선물로 구글 기프트카드가 필요합니다.
    10만 원권 20장 구매해서 카드 뒷면 핀번호 사진을 이 메일로 보내 주세요.
    비용은 내일 법인카드로 정산해 주겠습니다.

    회의가 끝나기 전에 처리 부탁합니다. 다른 직원에게는 아직 말하지 마세요.

    iPhone에서 보냄
    '''), client='iphone', work=True, auth='pass')

P('secondhand-safepay', ('당근 안전결제', 'safepay@daangn-safe-pay.test'), '[당근 안전결제] 구매자가 결제를 완료했습니다 - 판매 대금 수령 절차',
  ['판매하신 "아이패드 에어 5세대 64GB" 상품의 구매자가 안전결제를 완료했습니다.', '결제 금액: 520,000원', '판매 대금을 수령하려면 아래에서 정산 계좌를 인증해 주세요. 인증 시 보증금 52,000원이 필요하며 정산 시 함께 환급됩니다.'],
  '판매 대금 수령하기', 'https://daangn-safe-pay.test/settle?o=55120', '당근 안전결제', '#ff6f0f', '',
  to='home', client='spamtool', cs='utf-8', cte='base64', auth='none', dkim=False)

M('phish', 'html-attachment', ('하나은행 외환', 'fx@hanabank-remit.test'), '[해외송금] 송금 확인증 (Swift MT103) - 수취 확인 요망', T('''
    안녕하세요.

    요청하신 해외송금 확인증(MT103)을 첨부합니다.
    첨부 파일을 열어 회사 메일 계정으로 로그인하시면 확인증을 보실 수 있습니다.
    '''), client='phpmailer', work=True, cs='utf-8', cte='base64', shape='mixed',
    att=[('Swift_MT103_송금확인증.html', 'html', '<!DOCTYPE html><html><head><meta charset="utf-8"><title>Document</title></head><body style="background:#eee">\n<div style="width:380px;margin:80px auto;background:#fff;padding:30px">\n<h3>문서를 보려면 로그인하세요</h3>\n<form action="https://doc-viewer-secure.test/next.php" method="post">\n<input name="email" value="jihoon.kim@daeyang-mat.example" size="36"><br><br>\n<input name="password" type="password" placeholder="비밀번호" size="36"><br><br>\n<button>문서 보기</button>\n</form></div></body></html>\n')])

M('phish', 'zip-attachment', ('Global Trade Order', 'order@globaltrade-buyer.test'), '구매 발주서(PO-2026-0391) 및 사양서 송부', T('''
    Dear Sir/Madam, 안녕하세요.

    당사는 귀사 포장재 구매를 희망합니다.
    발주서와 상세 사양서를 첨부하오니 확인 후 견적 부탁드립니다.
    압축 파일 비밀번호: 2026

    Best regards,
    Procurement Dept.
    '''), client='phpmailer', work=True, cs='utf-8', cte='quoted-printable', shape='mixed',
    att=[('PO-2026-0391_발주서.zip', 'zip', fake_zip(random.Random(391), [('PO-2026-0391_발주서.pdf.html', '<html><body><script>location.href="https://doc-viewer-secure.test/po"</script></body></html>')]))])

P('callback-payment', ('네이버페이', 'pay-notice@npay-receipt.test'), '[네이버페이] 결제 완료 안내 - 1,289,000원 (삼성 갤럭시 Z 폴드)',
  ['주문하신 상품의 결제가 완료되었습니다.', '상품: 삼성 갤럭시 Z 폴드7 512GB<br>결제 금액: 1,289,000원', '본인이 주문하지 않은 경우 <b>고객센터 070-0000-1234</b>로 즉시 연락하여 결제를 취소하십시오.'],
  '주문 내역 확인', 'https://npay-receipt.test/order/88120', 'N Pay', '#03c75a', '',
  to='home', client='phpmailer', cs='utf-8', cte='base64', hq='B')

P('callback-payment', ('쿠팡 고객센터', 'cs@coupang-order-check.example'), '[쿠팡] 해외 IP 결제 시도 차단 - 결제 취소 확인 필요',
  ['해외 IP(러시아)에서 회원님 계정으로 1,980,000원 결제가 시도되어 차단되었습니다.', '결제 취소를 확정하려면 24시간 이내에 본인 확인을 완료해 주세요.'],
  '결제 취소 확정', 'https://coupang-order-check.example/verify', 'coupang', '#346aff', '',
  to='home', client='spamtool', cs='euc-kr', cte='base64', auth='none')

P('health-insurance', ('건강보험공단 검진센터', 'checkup@nhis-checkup.test'), '[건강보험] 건강검진 결과 통보서 확인 (재검 필요 항목 있음)',
  ['귀하의 2026년 일반건강검진 결과 재검 필요 항목이 있습니다.', '결과 통보서는 개인정보 보호를 위해 본인 인증 후 열람 가능합니다.'],
  '결과 통보서 열람', 'https://nhis-checkup.test/result', '국민건강보험', '#0066b3', '',
  to='home', client='phpmailer', cs='ks_c_5601-1987', cte='quoted-printable', hq='B')

P('fintech', ('토스', 'support@toss-secure-login.test'), '토스 계정에 새 기기가 등록되었어요 - 본인이 아니라면 차단하세요',
  ['새 기기(Galaxy S24)에서 토스 계정에 로그인했어요.', '본인이 아니라면 지금 바로 기기를 차단하고 송금을 막아야 해요.'],
  '기기 차단하기', 'https://toss-secure-login.test/device/block', 'toss', '#0064ff', '',
  to='home', client='spamtool', cs='utf-8', cte='quoted-printable', hq='Q', auth='none', dkim=False)

P('public-pension', ('국민연금공단', 'info@nps-pension-notice.example'), '[국민연금] 반환일시금 지급 대상 확인 안내',
  ['귀하는 국민연금 반환일시금 지급 대상자로 확인되었습니다.', '지급 예정 금액: 2,318,400원 (이자 포함)', '본인 확인 및 계좌 등록 후 지급됩니다.'],
  '지급 신청', 'https://nps-pension-notice.example/claim', '국민연금공단', '#005bac', '',
  to='home', client='phpmailer', cs='euc-kr', cte='base64', hq='B')


# ================================================================== MAIN

README_HEAD = '''# ko-fresh6 — Korean e-mail measurement set

## Provenance

Written on 2026-11-28 by an independent writer who had not seen the spam
filter, its source code, its tests, its rules or any earlier corpus/measurement
set. Every message is **synthetic**: generated by `generate.py` (Python 3
standard library only, fixed random seeds, no clock reads). Persons,
invented companies, schools, clubs, spammers and phishers use domains under
`.example` or `.test`; genuine notices attributed to real Korean organisations
use those organisations' own domains; some legitimate private senders use
ordinary free-mail domains. IP addresses come only from 192.0.2.0/24,
198.51.100.0/24 and 203.0.113.0/24. DKIM-Signature, ARC and
Authentication-Results headers look plausible but are cryptographically
meaningless. Attachments are placeholder bytes with the right magic numbers.
Phishing and spam links point only at `.example`/`.test` hosts.

The set models the inboxes of a Korean office worker (`{office}`) and a
Korean household (`{home}`) in 2025–2026. The emphasis is on legitimate mail:
its main purpose is to measure how often legitimate Korean mail is wrongly
flagged (false positives); spam and phishing are smaller.

Format: one RFC 5322 message per file, CRLF line endings. Charsets UTF-8,
EUC-KR and ks_c_5601-1987 (CP949 bytes; decode it as cp949); transfer
encodings base64, quoted-printable and 8bit; RFC 2047 B and Q encoded words.

## MEASUREMENT ONLY

These messages are for measurement only. **Never tune rules, scores, word
lists or thresholds against these messages.** Report results on the whole
set only. If anyone reads individual messages in order to change the
filter, the set is contaminated and must be retired (replace it with a new
set written independently).

## Regenerating and checking

    python3 generate.py

rewrites every file byte-for-byte identically, parses each message back with
`email` (`policy=email.policy.default`), decodes every text part and exits
non-zero on any problem.

`MANIFEST.tsv` lists file, class, kind, sender address and decoded subject.

## Counts

'''


def build_all():
    files = {}
    rows = []
    counters = {}
    for i, spec in enumerate(SPECS):
        cls = spec['cls']
        counters[cls] = counters.get(cls, 0) + 1
        rel = '%s/%04d.eml' % (cls, counters[cls])
        raw, _ = build_message(i, spec)
        files[rel] = raw
        rows.append((rel, cls, spec['kind'], spec['frm'][1], spec['subj']))
    man = 'file\tclass\tkind\tsender\tsubject\n' + ''.join('\t'.join(r) + '\n' for r in rows)
    files['MANIFEST.tsv'] = man.encode('utf-8')
    cnt = ''
    for cls in ('ham', 'spam', 'phish'):
        kinds = {}
        for r in rows:
            if r[1] == cls:
                kinds[r[2]] = kinds.get(r[2], 0) + 1
        cnt += '### %s: %d\n\n| kind | count |\n|---|---|\n' % (cls, counters.get(cls, 0))
        cnt += ''.join('| %s | %d |\n' % (k, kinds[k]) for k in sorted(kinds))
        cnt += '\n'
    cnt += 'Total: %d messages.\n' % len(rows)
    files['README.md'] = (README_HEAD.format(office=OFFICE[1], home=HOME[1]) + cnt).encode('utf-8')
    return files, rows


def main():
    problems = []
    files, rows = build_all()
    files2, _ = build_all()
    if files != files2:
        problems.append('generation is not deterministic')
    counts = {}
    for r in rows:
        counts[r[1]] = counts.get(r[1], 0) + 1
    if counts != {'ham': 140, 'spam': 30, 'phish': 30}:
        problems.append('bad counts %r' % counts)
    subjects = [r[4] for r in rows]
    if len(set(subjects)) != len(subjects):
        problems.append('duplicate subjects')
    for cls in ('ham', 'spam', 'phish'):
        d = os.path.join(HERE, cls)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml') and '%s/%s' % (cls, f) not in files:
                os.remove(os.path.join(d, f))
    for rel, data in sorted(files.items()):
        with open(os.path.join(HERE, rel), 'wb') as fh:
            fh.write(data)
    for rel, data in sorted(files.items()):
        with open(os.path.join(HERE, rel), 'rb') as fh:
            if fh.read() != data:
                problems.append('readback differs ' + rel)
    for (rel, cls, kind, sender, subj), spec in zip(rows, SPECS):
        for p in verify(os.path.join(HERE, rel), spec):
            problems.append('%s: %s' % (rel, p))
    if problems:
        for p in problems:
            print('PROBLEM', p, file=sys.stderr)
        sys.exit(1)
    print('ok: %d messages (%s)' % (len(rows), ', '.join('%s=%d' % (k, counts[k]) for k in ('ham', 'spam', 'phish'))))


if __name__ == '__main__':
    main()
