#!/usr/bin/env python3
"""generate_bad.py - synthetic 2025-2026 spam and phishing training corpus.

Deterministic (fixed seed, standard library only). Writes next to itself:
  spam/0001.eml .. spam/0240.eml, phish/0001.eml .. phish/0120.eml,
  MANIFEST-bad.tsv and README-bad.md,
then re-parses every file with email.policy.default, decodes every part and
fails loudly (non-zero exit) on any error or parser defect.

All link/sender domains are invented for this corpus (brand names appear only
as display text, as in real phishing). Nothing is sent; no network access.
"""
import base64
import datetime
import email
import email.policy
import email.utils
import hashlib
import io
import os
import quopri
import struct
import sys
import zipfile
import zlib
from email.parser import BytesParser
import random

SEED = 20251128
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
N_SPAM, N_PHISH = 240, 120

# ---------------------------------------------------------------------------
# Pools
# ---------------------------------------------------------------------------
CHEAP_TLDS = ['top', 'xyz', 'shop', 'click', 'sbs', 'cfd', 'icu', 'online', 'site', 'live', 'buzz', 'rest', 'bond',
              'store', 'info', 'cyou', 'quest', 'lol', 'life', 'pro']
WORDS = ['prime', 'secure', 'vault', 'nova', 'alpha', 'bright', 'green', 'swift', 'smart', 'pulse', 'zen', 'max', 'peak',
         'trust', 'global', 'direct', 'cloud', 'mint', 'gold', 'apex', 'nexa', 'vita', 'flux', 'orbit', 'lumen', 'deal',
         'promo', 'reward', 'bonus', 'verify', 'portal', 'access', 'update', 'notice', 'center', 'hub', 'zone', 'point',
         'daily', 'best', 'home', 'care', 'health', 'shop', 'mail', 'news', 'track', 'pay', 'wallet', 'login', 'help']
TRADES = ['sanitaer', 'elektro', 'dachdecker', 'autohaus', 'baeckerei', 'physio', 'zahnarzt', 'immobilien', 'gartenbau',
          'floricultura', 'padaria', 'odonto', 'advocacia', 'imoveis', 'construtora', 'churrascaria', 'plumbing', 'dental',
          'roofing', 'bakery', 'lawfirm', 'realty', 'fitness', 'pizzeria', 'chiropractic', 'kindergarten']
SURNAMES = ['mueller', 'schmidt', 'bauer', 'krause', 'silva', 'oliveira', 'souza', 'pereira', 'johnson', 'miller',
            'hansen', 'garcia', 'martin', 'dubois', 'jansen', 'devries', 'rossi', 'walker']
CITIES_EN = ['Phoenix', 'Tampa', 'Columbus', 'Denver', 'Houston', 'Charlotte', 'San Diego', 'Leeds', 'Manchester', 'Dallas', 'Ohio', 'Orlando']
CITIES = {'en': CITIES_EN, 'pt-BR': ['S\u00e3o Paulo', 'Belo Horizonte', 'Curitiba', 'Recife', 'Porto Alegre'],
          'de': ['M\u00fcnchen', 'K\u00f6ln', 'Hamburg', 'Leipzig', 'D\u00fcsseldorf', 'Stuttgart'],
          'es': ['Madrid', 'Valencia', 'Sevilla', 'M\u00e1laga', 'Bilbao'], 'fr': ['Lyon', 'Toulouse', 'Nantes', 'Lille', 'Marseille'],
          'nl': ['Utrecht', 'Eindhoven', 'Groningen', 'Rotterdam', 'Zwolle']}
FIRST_M = ['James', 'Michael', 'David', 'Robert', 'Daniel', 'Thomas', 'Lukas', 'Jo\u00e3o', 'Carlos', 'Pierre', 'Jan', 'Kevin', 'Ahmed', 'Richard']
FIRST_F = ['Jessica', 'Anna', 'Laura', 'Olivia', 'Sophie', 'Emily', 'Mariana', 'Camila', 'Julia', 'Natalia', 'Lena', 'Chlo\u00e9', 'Sandra', 'Vanessa']
LAST = ['Williams', 'Brown', 'Anderson', 'Taylor', 'Morgan', 'Schneider', 'Fischer', 'Santos', 'Costa', 'Lef\u00e8vre', 'Bakker', 'Kowalski', 'Owens', 'Carter']
RCPT_FIRST = ['alex', 'maria', 'john', 'petra', 'lucas', 'sarah', 'tom', 'eva', 'marco', 'nina', 'paul', 'ines', 'ben', 'kim', 'frank', 'julia']
RCPT_LAST = ['hart', 'meyer', 'lima', 'novak', 'berg', 'king', 'vos', 'ortiz', 'weber', 'reed', 'costa', 'fox']
RCPT_DOMAINS = ['reader.example', 'team.example']
FREEMAIL = ['gmail.com', 'gmail.com', 'gmail.com', 'outlook.com', 'hotmail.com', 'yahoo.com', 'aol.com', 'gmx.de', 'web.de',
            'uol.com.br', 'bol.com.br', 'proton.me', 'mail.com', 'yandex.com', 'icloud.com']
COINS = ['PEPE2', 'SOLX', 'BNBX', 'MAGA', 'WLFI', 'TRUMPX', 'XRP20', 'AIDOGE', 'TON', 'SUI', 'BTC Hyper', 'MindAI', 'DOGE3']
CARS = ['2017 Ford F-150', '2019 Toyota Camry', '2016 Honda Civic', '2020 Chevrolet Silverado', '2018 Nissan Rogue', '2021 Jeep Wrangler']
COMPANIES = ['Vertex Logistics', 'Brightline Media', 'Northgate Holdings', 'Silverleaf Partners', 'Orion Digital', 'Kestrel Supply',
             'Bluewave Solutions', 'Crestview Group', 'Harbor & Pine LLC', 'Meridian Trade', 'Pinnacle HR', 'Atlas Consulting']
DOCNAMES = ['Q4 Bonus Allocation.pdf', 'Revised Contract Agreement.docx', 'Payroll_Update_2025.xlsx', 'Remittance Advice.pdf',
            'Employee Handbook 2026.pdf', 'NDA - signed.pdf', 'Invoice_{ref}.pdf', 'Project Proposal.pdf', 'Salary Review 2026.xlsx',
            'Benefits Enrollment Form.pdf', 'Purchase Order {num}.pdf', 'Tender Documents.zip']
LOCS = ['Russia', 'Nigeria', 'Vietnam', 'Brazil', 'Romania', 'China', 'Indonesia', 'Ukraine', 'Turkey', 'India', 'Kazakhstan']
DEVICES = ['Windows 11', 'Linux', 'iPhone 15', 'Samsung Galaxy S23', 'macOS', 'Android', 'Chrome OS']
FILLER = ('the of and river morning window garden quarterly report weather season coffee bicycle mountain letter history '
          'museum theatre kitchen orchard lantern harbor meadow pencil violin marble ribbon velvet compass ladder tunnel '
          'forecast committee basket island canyon chapter melody harvest cottage summit pigeon almanac').split()
BECH32 = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l'


def pick(seq):
    return seq[R.randrange(len(seq))]


def chance(p):
    return R.random() < p


def rstr(n, alphabet='abcdefghijklmnopqrstuvwxyz0123456789'):
    return ''.join(alphabet[R.randrange(len(alphabet))] for _ in range(n))


def cheap_domain():
    f = R.randrange(5)
    tld = pick(CHEAP_TLDS)
    if f == 0:
        return '%s%s%d.%s' % (pick(WORDS), pick(WORDS), R.randrange(2, 999), tld)
    if f == 1:
        return '%s-%s.%s' % (pick(WORDS), pick(WORDS), tld)
    if f == 2:
        return '%s.%s' % (rstr(R.randrange(6, 12), 'abcdefghijklmnopqrstuvwxyz'), tld)
    if f == 3:
        return '%s%s.%s' % (pick(WORDS), rstr(4, 'abcdefghijkmnpqrstuvwxyz'), tld)
    return '%s-%s%d.%s' % (pick(WORDS), pick(WORDS), R.randrange(10, 99), tld)


def compromised_domain():
    f = R.randrange(4)
    if f == 0:
        return '%s-%s.de' % (pick(SURNAMES), pick(TRADES))
    if f == 1:
        return '%s%s.com.br' % (pick(TRADES), pick(SURNAMES))
    if f == 2:
        return '%s%s.org' % (pick(SURNAMES), pick(['foundation', 'church', 'club', 'association', 'school']))
    return '%s%s%s.com' % (pick(SURNAMES), pick(TRADES), pick(['', 'co', 'llc', 'group', str(R.randrange(1, 99))]))


def lookalike_domain(brand):
    b = ''.join(c for c in brand.lower() if c.isalnum())[:10] or 'account'
    b = b.replace('o', pick(['o', '0', 'o'])).replace('l', pick(['l', '1', 'l', 'i']))
    return '%s-%s%s.%s' % (b, pick(['secure', 'verify', 'support', 'help', 'account', 'id', 'login', 'service', 'alert']),
                           pick(['', str(R.randrange(10, 999)), '-' + rstr(3)]), pick(CHEAP_TLDS + ['com', 'net', 'info']))


def url_for(cls, brand=''):
    f = R.random()
    tok = rstr(R.randrange(5, 10))
    if f < 0.45:
        host = cheap_domain() if chance(0.7) or not brand else lookalike_domain(brand)
        if chance(0.3):
            host = pick(['www.', 'go.', 'app.', 'login.', 'secure.', 'l.', 'track.', 'click.']) + host
        path = pick(['/' + tok, '/r/' + tok, '/c/%s/%s' % (tok, rstr(6)), '/index.php?id=' + tok, '/lp/%s?sub=%s' % (tok, rstr(8)),
                     '/?u=%s&c=%d' % (tok, R.randrange(1000, 99999)), '/auth/%s/' % tok, '/promo/' + tok])
    elif f < 0.65:
        host = pick(['www.', '']) + compromised_domain()
        path = pick(['/wp-content/uploads/2025/%02d/%s/index.html' % (R.randrange(1, 13), tok), '/wp-includes/js/%s/' % tok,
                     '/wp-admin/css/colors/%s.php' % tok, '/.well-known/%s/' % tok, '/images/%s/login.php' % tok,
                     '/cgi-bin/%s/' % tok])
    elif f < 0.82:
        slug = '%s-%s' % (pick(WORDS), rstr(5))
        host, path = pick([('%s.pages.dev' % slug, '/'), ('%s.web.app' % slug, '/%s' % tok), ('%s.netlify.app' % slug, '/'),
                           ('%s.firebaseapp.com' % slug, '/%s.html' % tok), ('%s.wixsite.com' % rstr(8), '/%s' % slug),
                           ('%s.weebly.com' % slug, '/'), ('%s.glitch.me' % slug, '/%s' % tok),
                           ('%s.blob.core.windows.net' % rstr(10), '/$web/%s.html' % tok)])
    else:
        host = pick(['sh0rt.icu', 'lnk-go.click', 'tinyurl-go.top', 'qrco.sbs', 'rb-lnk.xyz', 'go2url.cfd', 'cutt-go.live', 's.url-fw.site'])
        path = '/' + rstr(R.randrange(5, 8), 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789')
    u = 'https://%s%s' % (host, path)
    if cls == 'phish' and chance(0.25):
        u += '#' + rstr(R.randrange(12, 30), 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    elif chance(0.2):
        u += ('&' if '?' in u else '?') + 'utm_source=em&utm_campaign=%s' % rstr(6)
    return u


def ip():
    return '%d.%d.%d.%d' % (pick([5, 23, 37, 45, 46, 62, 77, 80, 91, 103, 104, 138, 141, 146, 154, 176, 185, 188, 193, 194, 196, 212]),
                            R.randrange(1, 255), R.randrange(0, 255), R.randrange(1, 254))


def money(lang, lo, hi):
    v = R.randrange(lo, hi)
    cents = pick([0, 0, 0, 50, 99, R.randrange(1, 99)])
    if lang == 'en':
        return '$%s.%02d' % ('{:,}'.format(v), cents)
    if lang == 'en-GB':
        return '\u00a3%s.%02d' % ('{:,}'.format(v), cents)
    s = '{:,}'.format(v).replace(',', '.')
    if lang == 'pt-BR':
        return 'R$ %s,%02d' % (s, cents)
    return '%s,%02d \u20ac' % (s, cents)


MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def fmt_date(lang, d):
    if lang.startswith('en'):
        return '%s %d, %d' % (MONTHS_EN[d.month - 1], d.day, d.year) if lang == 'en' else '%d %s %d' % (d.day, MONTHS_EN[d.month - 1], d.year)
    if lang == 'de' or lang == 'nl':
        return '%02d.%02d.%d' % (d.day, d.month, d.year) if lang == 'de' else '%02d-%02d-%d' % (d.day, d.month, d.year)
    return '%02d/%02d/%d' % (d.day, d.month, d.year)


TZS = [-8, -7, -6, -5, -4, -3, 0, 0, 1, 1, 2, 3, 5.5, 7, 8, 9, 10]


def rand_dt():
    base = datetime.datetime(2025, 1, 2, 0, 0, 0)
    secs = R.randrange(0, (datetime.datetime(2026, 6, 30) - base).days * 86400)
    off = pick(TZS)
    tz = datetime.timezone(datetime.timedelta(minutes=int(off * 60)))
    return (base + datetime.timedelta(seconds=secs)).replace(tzinfo=datetime.timezone.utc).astimezone(tz)


def fmt_hdr_date(dt):
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------------------
# Decorations and header encoding
# ---------------------------------------------------------------------------
CYR = {'a': '\u0430', 'e': '\u0435', 'o': '\u043e', 'p': '\u0440', 'c': '\u0441', 'x': '\u0445', 'y': '\u0443', 'i': '\u0456'}


def cyrillicize(s):
    out, done = [], 0
    for ch in s:
        if ch in CYR and (done == 0 or chance(0.4)):
            out.append(CYR[ch]); done += 1
        else:
            out.append(ch)
    return ''.join(out)


def math_alpha(s, style):
    base_up, base_lo = {'bold': (0x1D400, 0x1D41A), 'sans_bold': (0x1D5D4, 0x1D5EE), 'italic_bold': (0x1D468, 0x1D482),
                        'mono': (0x1D670, 0x1D68A)}[style]
    out = []
    for ch in s:
        if 'A' <= ch <= 'Z':
            out.append(chr(base_up + ord(ch) - 65))
        elif 'a' <= ch <= 'z':
            out.append(chr(base_lo + ord(ch) - 97))
        else:
            out.append(ch)
    return ''.join(out)


def decorate(s, cls, kind='subject'):
    f = R.random()
    if f < 0.45:
        return s
    if f < 0.55:
        return pick(['\u27a4 ', '\u27a1\ufe0f ', '\u25b6 ', '\u2192 ', '>> ', '\u2b50 ', '\U0001F514 ', '\u26a0\ufe0f ', '\u2705 ', '\U0001F4E6 ', '\U0001F4B0 ', '\u2757 ']) + s
    if f < 0.63:
        return s + pick([' \U0001F525', ' \u2728', ' \u2757\u2757', ' \U0001F381', ' \u2714', ' \u27a4\u27a4', ' !!!'])
    if f < 0.70:
        return s + ' ' * R.randrange(8, 40) + rstr(R.randrange(4, 9))
    if f < 0.78:
        return math_alpha(s, pick(['bold', 'sans_bold', 'italic_bold', 'mono']))
    if f < 0.86:
        return cyrillicize(s)
    if f < 0.93 and kind == 'subject':
        return pick(['RE: ', 'Re: ', 'FW: ', 'Fwd: ', 'AW: ', 'RE: RE: ']) + s
    if kind == 'subject':
        return s + pick([' [#%s]' % rstr(6).upper(), ' - Ref %d' % R.randrange(10000, 999999), ' (%s)' % rstr(5).upper()])
    return '\u200b'.join([s[:len(s) // 2], s[len(s) // 2:]])


def is_ascii(s):
    try:
        s.encode('ascii')
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset='utf-8', mode='B'):
    """RFC 2047 encoded words, each <= 75 chars, joined with folding."""
    words, cur = [], ''
    prefix = '=?%s?%s?' % (charset, mode)

    def enc(t):
        b = t.encode(charset)
        if mode == 'B':
            return base64.b64encode(b).decode('ascii')
        out = []
        for byte in b:
            c = chr(byte)
            if c == ' ':
                out.append('_')
            elif c.isalnum() and byte < 128:
                out.append(c)
            else:
                out.append('=%02X' % byte)
        return ''.join(out)

    for ch in s:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return '\n '.join(words)


def hdr_text(s, force=False):
    if is_ascii(s) and not force:
        return s
    cs = 'utf-8'
    if not is_ascii(s) and chance(0.2):
        for c in ('iso-8859-1', 'windows-1252'):
            try:
                s.encode(c)
                cs = c
                break
            except UnicodeEncodeError:
                pass
    cs_label = pick([cs, cs.upper()]) if cs == 'utf-8' else cs
    return enc_words(s, cs_label, pick(['B', 'B', 'Q']))


def addr_hdr(display, addr):
    if not display:
        return pick(['%s' % addr, '<%s>' % addr])
    if is_ascii(display):
        if any(c in display for c in ',.:;@()<>[]"\'') or chance(0.5):
            d = '"%s"' % display.replace('\\', '').replace('"', '')
        else:
            d = display
        return '%s <%s>' % (d, addr)
    return '%s <%s>' % (hdr_text(display), addr)


def fold_ascii(name, value):
    """Fold a long ASCII header at spaces (or ;) to keep lines < 78 when possible."""
    line = '%s: %s' % (name, value)
    if len(line) <= 78:
        return line
    parts = value.split(' ')
    out, cur = [], name + ':'
    for p in parts:
        if len(cur) + 1 + len(p) > 76 and cur.strip() and cur != name + ':':
            out.append(cur)
            cur = '\t' + p if chance(0.5) else ' ' + p
        else:
            cur += ' ' + p
    out.append(cur)
    return '\n'.join(out)

# ---------------------------------------------------------------------------
# Senders and transport headers
# ---------------------------------------------------------------------------
def glued_local():
    return ''.join(pick(['no', 'reply', 'account', 'security', 'team', 'service', 'notice', 'alert', 'info', 'support', 'billing',
                         'customer', 'care', 'update', 'promo', 'rewards', 'verify', 'mail']) for _ in range(R.randrange(2, 5)))


def random_local():
    f = R.randrange(4)
    if f == 0:
        return rstr(R.randrange(6, 14))
    if f == 1:
        return glued_local()
    if f == 2:
        return '%s.%s%d' % (pick(WORDS), rstr(4, 'abcdefghijklmnopqrstuvwxyz'), R.randrange(1, 999))
    return pick(['noreply', 'no-reply', 'info', 'news', 'support', 'service', 'contact', 'bounce', 'mailer', 'offers', 'admin', 'help'])


def person_local(first, last):
    first = first.lower().replace('\u00e3', 'a').replace('\u00e9', 'e').replace('\u00e8', 'e')
    last = last.lower().replace('\u00e8', 'e')
    return pick(['%s.%s' % (first, last), '%s%s%d' % (first, last, R.randrange(1, 99)), '%s%s' % (first[0], last),
                 '%s.%s.%d' % (first, last, R.randrange(1960, 2005)), '%s_%s%s' % (first, last, rstr(2)), '%s%d' % (first, R.randrange(10, 9999))])


def make_sender(tpl, brand, slots):
    """Return (display, address, domain, via) ; via = transport family."""
    style = tpl.get('sender', 'brand')
    if style in ('freemail_person', 'ceo_freemail'):
        first, last = slots['s_first'], slots['s_last']
        fm = pick(FREEMAIL)
        loc = person_local(first, last)
        if style == 'ceo_freemail':
            loc = pick([loc, '%s.%s.office' % (first.lower(), last.lower()), 'ceo.%s%s' % (last.lower(), rstr(2, '0123456789')),
                        '%sexecutive%d' % (first.lower(), R.randrange(1, 99))])
        disp = slots['ceo'] if style == 'ceo_freemail' else slots['sname']
        if chance(0.15):
            disp = ''
        return disp, '%s@%s' % (loc, fm), fm, 'freemail'
    if style == 'person_f':
        dom = pick(FREEMAIL) if chance(0.5) else cheap_domain()
        via = 'freemail' if dom in FREEMAIL else pick(['vps', 'compromised'])
        return decorate(brand, tpl['cls'], 'name'), '%s%s@%s' % (slots['fname'].lower().replace('\u00e9', 'e'), rstr(R.randrange(2, 5), '0123456789'), dom), dom, via
    if style == 'self_or_random' and chance(0.55):
        return '', slots['rcpt'], slots['rcpt'].split('@')[1], pick(['vps', 'compromised'])
    if style == 'tenant':
        f = R.random()
        if f < 0.45:
            dom = '%s%s.onmicrosoft.com' % (pick(WORDS), rstr(R.randrange(3, 8)))
            via = 'o365'
        elif f < 0.7:
            dom = compromised_domain(); via = 'compromised'
        else:
            dom = pick(['%s-%s.%s' % (slots['rdomain'].split('.')[0], pick(['it', 'helpdesk', 'mail', 'secure', 'hr']), pick(CHEAP_TLDS)),
                        '%s%s.%s' % (slots['rdomain'].split('.')[0], pick(['-example', 'example', '-exarnple']), pick(['com', 'net', 'online', 'site']))])
            via = pick(['vps', 'esp'])
        loc = pick(['it-support', 'helpdesk', 'admin', 'noreply', 'postmaster', 'it.desk', 'sharepoint', 'voicemail', 'hr', rstr(8), glued_local()])
        return decorate(brand, tpl['cls'], 'name'), '%s@%s' % (loc, dom), dom, via
    # brand style
    f = R.random()
    if f < 0.35:
        dom, via = cheap_domain(), pick(['esp', 'esp', 'vps', 'direct'])
    elif f < 0.55:
        dom, via = lookalike_domain(brand), pick(['esp', 'vps', 'direct'])
    elif f < 0.72:
        dom, via = compromised_domain(), 'compromised'
    elif f < 0.84:
        dom, via = '%s%s.onmicrosoft.com' % (pick(WORDS), rstr(R.randrange(3, 8))), 'o365'
    elif f < 0.92:
        dom, via = pick(FREEMAIL), 'freemail'
    else:
        dom, via = pick(['em%d.' % R.randrange(100, 9999), 'mail.', 'news.', 'm.', 'send.']) + cheap_domain(), 'esp'
    loc = random_local()
    disp = decorate(brand, tpl['cls'], 'name')
    if chance(0.08):
        disp = ' ' * R.randrange(2, 6) + disp + ' ' * R.randrange(6, 25)
    return disp, '%s@%s' % (loc, dom), dom, via


def received_chain(via, sdom, rcpt, dt):
    mx = pick(['mx1', 'mx2', 'mx', 'mail', 'inbound']) + '.' + rcpt.split('@')[1]
    hops = []
    t = dt
    sip = ip()

    def stamp(d):
        return fmt_hdr_date(d)
    qid = rstr(R.randrange(10, 14), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
    if via == 'freemail':
        if 'gmail' in sdom:
            h = 'mail-%s-f%d.google.com' % (pick(['wr1', 'ej1', 'pl1', 'qt1', 'yb1', 'lf1']), R.randrange(41, 199))
            hip = '209.85.%d.%d' % (R.randrange(128, 255), R.randrange(1, 254))
        elif sdom in ('outlook.com', 'hotmail.com'):
            h = '%s.outbound.protection.outlook.com' % pick(['mail-%s%02d%s.%s' % (pick(['am', 'db', 'bn', 'dm']), R.randrange(1, 99), rstr(4), pick(['eurprd05', 'namprd04', 'namprd02']))])
            hip = '40.92.%d.%d' % (R.randrange(0, 255), R.randrange(1, 254))
        else:
            h = '%s.%s' % (pick(['smtp', 'mout', 'sonic', 'mx-out']) + str(R.randrange(1, 30)), sdom)
            hip = ip()
        last = 'Received: from %s (%s [%s])\n\tby %s with ESMTPS id %s\n\tfor <%s>; %s' % (h, h, hip, mx, qid, rcpt, stamp(t))
        hops.append(last)
        if chance(0.6):
            hops.append('Received: by %s with SMTP id %s;\n        %s' % (pick(['mail-ej1-f41.google.com', '2002:a05:6402:%x' % R.randrange(4096, 65535)]) if 'gmail' in sdom else h,
                                                                    rstr(12), stamp(t - datetime.timedelta(seconds=R.randrange(1, 9)))))
        return hops
    if via == 'o365':
        region = pick(['NAM12', 'EUR05', 'APC01', 'NAM04', 'EUR02', 'NAM10'])
        h = '%s-%s%s.outbound.protection.outlook.com' % ('mail-' + region.lower()[:3], rstr(3), str(R.randrange(10, 99)))
        hops.append('Received: from %s (mail-%s.outbound.protection.outlook.com [52.%d.%d.%d])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s'
                    % (h, rstr(8), R.randrange(96, 103), R.randrange(0, 255), R.randrange(1, 254), mx, qid, rcpt, stamp(t)))
        inner = '%s%sMB%d.%s.prod.outlook.com' % (pick(['PH0', 'SA1', 'DM6', 'AS8', 'PAXP', 'SJ0']), 'PR%02d' % R.randrange(1, 20), R.randrange(1000, 9999), region.lower() + 'prd' + '%02d' % R.randrange(1, 20))
        hops.append('Received: from %s\n ([fe80::%x:%x:%x:%x]) by %s\n ([fe80::%x%%7]) with mapi id 15.20.%d.%03d; %s'
                    % (inner, R.randrange(4096, 65535), R.randrange(4096, 65535), R.randrange(4096, 65535), R.randrange(4096, 65535), inner,
                       R.randrange(4096, 65535), R.randrange(7000, 9399), R.randrange(0, 999), stamp(t - datetime.timedelta(seconds=R.randrange(2, 30)))))
        return hops
    if via == 'esp':
        esp = pick(['sendgrid', 'mailgun', 'ses', 'brevo', 'sparkpost', 'mailchimp'])
        if esp == 'sendgrid':
            h, hip = '%s.outbound-mail.sendgrid.net' % rstr(8, 'abcdefghijklmnopqrstuvwxyz'), '149.72.%d.%d' % (R.randrange(0, 255), R.randrange(1, 254))
        elif esp == 'mailgun':
            h, hip = 'm%d-%d.mailgun.net' % (R.randrange(200, 250), R.randrange(1, 99)), '159.135.%d.%d' % (R.randrange(0, 255), R.randrange(1, 254))
        elif esp == 'ses':
            h, hip = 'a%d-%d.smtp-out.%s.amazonses.com' % (R.randrange(8, 60), R.randrange(1, 254), pick(['us-west-2', 'eu-west-1', 'us-east-2'])), '54.240.%d.%d' % (R.randrange(0, 255), R.randrange(1, 254))
        elif esp == 'brevo':
            h, hip = 'mx%d.%s.d.sender-sib.com' % (R.randrange(1, 9), pick(['ac', 'dp', 'cm'])), '77.32.%d.%d' % (R.randrange(128, 255), R.randrange(1, 254))
        elif esp == 'sparkpost':
            h, hip = 'mta-%d-%d.sparkpostmail.com' % (R.randrange(1, 200), R.randrange(1, 99)), '192.174.%d.%d' % (R.randrange(80, 95), R.randrange(1, 254))
        else:
            h, hip = 'mail%d.%s.mcsv.net' % (R.randrange(1, 200), pick(['atl11', 'sea21', 'suw91'])), '198.2.%d.%d' % (R.randrange(128, 191), R.randrange(1, 254))
        hops.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s' % (h, h, hip, mx, qid, rcpt, stamp(t)))
        if chance(0.5):
            hops.append('Received: from [%s] (unknown [%s])\n\tby %s with ESMTPA id %s; %s' % (sip, sip, h, rstr(10), stamp(t - datetime.timedelta(seconds=R.randrange(2, 60)))))
        return hops, esp
    if via == 'compromised':
        h = pick(['mail', 'smtp', 'srv', 'server', 'vps', 'host']) + str(R.randrange(1, 40)) + '.' + pick([sdom, compromised_domain()])
        hip = ip()
        hops.append('Received: from %s (%s [%s])\n\tby %s with ESMTP id %s\n\tfor <%s>; %s' % (h, pick([h, 'unknown']), hip, mx, qid, rcpt, stamp(t)))
        f = R.randrange(3)
        t2 = t - datetime.timedelta(seconds=R.randrange(1, 400))
        if f == 0:
            hops.append('Received: from localhost (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s; %s' % (h, rstr(10, 'ABCDEF0123456789'), stamp(t2)))
        elif f == 1:
            hops.append('Received: from [%s] (port=%d helo=%s)\n\tby %s with esmtpsa  (TLS1.2) tls TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384\n\t(Exim 4.98)\n\t(envelope-from <%s@%s>)\n\tid 1t%s-00%s-%s; %s'
                        % (sip, R.randrange(1025, 65000), pick(['WIN-' + rstr(11, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'), 'User', '[%s]' % sip, 'localhost']),
                           h, rstr(6), sdom, rstr(6), rstr(3), rstr(4), stamp(t2)))
        else:
            hops.append('Received: from %s (unknown [%s])\n\tby %s (Postfix) with ESMTPA id %s; %s' % (pick(['User', 'ADMIN-PC', 'DESKTOP-' + rstr(7).upper()]), sip, h, rstr(9).upper(), stamp(t2)))
        return hops
    # vps / direct
    h = pick(['vps%d.%s' % (R.randrange(1000, 99999), pick(['hostcloud-eu.net', 'vmserver.net', 'srv-hosting.pro'])),
              'server.%s' % sdom, '%s.static.%s' % (sip.replace('.', '-'), pick(['cloudvps.top', 'dedi-host.xyz'])),
              'mail.%s' % sdom, sdom])
    helo = pick([h, sdom, 'localhost', rstr(8)])
    hops.append('Received: from %s (%s [%s])\n\tby %s (Postfix) with %s id %s\n\tfor <%s>; %s' % (helo, pick([h, 'unknown']), sip, mx, pick(['ESMTP', 'ESMTPS', 'SMTP']), qid, rcpt, stamp(t)))
    if chance(0.3):
        hops.append('Received: by %s (Postfix, from userid %d)\n\tid %s; %s' % (h, pick([33, 1000, 0, 48]), rstr(10).upper(), stamp(t - datetime.timedelta(seconds=R.randrange(1, 90)))))
    return hops


def dkim_header(dom, dt):
    sel = pick(['s1', 's2', 'default', 'mail', 'k1', 'selector1', 'google', 'dkim', 'mx', 'sib', 'smtpapi', 'krs', 'x'])
    ts = int(dt.timestamp()) - R.randrange(1, 30)
    bh = base64.b64encode(hashlib.sha256(rstr(40).encode()).digest()).decode()
    b = base64.b64encode(bytes(R.randrange(256) for _ in range(R.choice([128, 256])))).decode()
    h = pick(['from:to:subject:date:message-id', 'From:Reply-To:To:Subject:Date:Message-ID:MIME-Version:Content-Type',
              'date:from:to:subject:message-id:list-unsubscribe:mime-version:content-type',
              'mime-version:from:date:message-id:subject:to:content-type'])
    lines = ['DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;' % dom, '\ts=%s; t=%d; h=%s;' % (sel, ts, h), '\tbh=%s;' % bh]
    b_line = '\tb='
    chunks = [b[i:i + 70] for i in range(0, len(b), 70)]
    lines.append('\tb=' + '\n\t  '.join(chunks))
    return '\n'.join(lines)


# ---------------------------------------------------------------------------
# Bodies
# ---------------------------------------------------------------------------
UNSUB_TXT = {'en': 'To unsubscribe click here', 'en-GB': 'Unsubscribe', 'pt-BR': 'Descadastrar', 'de': 'Abmelden',
             'es': 'Darse de baja', 'fr': 'Se d\u00e9sabonner', 'nl': 'Afmelden'}
FOOT_ADDR = ['1200 N Federal Hwy Ste 200, Boca Raton FL 33432', '8 The Green, Suite A, Dover, DE 19901', 'PO Box 7775 #%d, San Francisco CA 94120',
             'Ground Floor, 71 Lower Baggot St, Dublin 2', 'Rua Funchal 418, S\u00e3o Paulo - SP', 'Postfach %d, 10117 Berlin',
             '30 N Gould St Ste R, Sheridan, WY 82801', 'Calle Gran V\u00eda 1, 28013 Madrid']


def filler_words(n):
    return ' '.join(pick(FILLER) for _ in range(n))


def esc(s):
    return s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;').replace('"', '&quot;')


def text_body(paras, cta, url, lang, unsub, style):
    out = []
    for i, p in enumerate(paras):
        out.append(p)
        if cta and url and i == min(len(paras) - 1, 1 if len(paras) > 2 else 0):
            out.append(pick(['%s: %s' % (cta, url), '%s >> %s' % (cta.upper(), url), '\u27a1 %s\n%s' % (cta, url), url, '[ %s ]\n%s' % (cta, url)]))
    body = '\n\n'.join(out)
    if unsub:
        body += '\n\n\n' + pick(['--\n', '______________________________\n', '']) + '%s: %s' % (UNSUB_TXT[lang], unsub)
        if chance(0.6):
            body += '\n' + pick(FOOT_ADDR).replace('%d', str(R.randrange(100, 9999)))
    if style == 'filler':
        body += '\n' * R.randrange(12, 40) + '\n'.join(filler_words(R.randrange(8, 14)) for _ in range(R.randrange(3, 9)))
    return body + '\n'


def wrap_html(s, width=200):
    """Break long HTML lines at '>' or spaces so no line exceeds ~width chars."""
    out = []
    for line in s.split('\n'):
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                cut = line.find(' ', width)
                if cut < 0:
                    break
            out.append(line[:cut])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def html_body(paras, cta, url, lang, unsub, style, color, brand, img_host, cid=None, cls='spam'):
    ps = [esc(p).replace('\n', '<br>\n') for p in paras]
    if cls == 'phish' and chance(0.25) and brand:
        # zero-width / entity obfuscation of the brand word in the body
        zb = esc(brand)
        ps = [p.replace(zb, zb[:1] + pick(['&#8203;', '<span style="display:none">%s</span>' % rstr(3), '&zwnj;']) + zb[1:]) for p in ps]
    btn = ('<table role="presentation" cellpadding="0" cellspacing="0" border="0" align="center"><tr>\n'
           '<td bgcolor="%s" style="border-radius:6px;padding:%dpx %dpx;">'
           '<a href="%s" target="_blank" style="color:#ffffff;font-family:Arial,sans-serif;font-size:%dpx;font-weight:bold;text-decoration:none;display:inline-block;">%s</a>'
           '</td></tr></table>\n') % (color, R.randrange(12, 22), R.randrange(28, 60), esc(url), R.randrange(16, 26), esc(cta)) if cta and url else ''
    head = pick(['<!DOCTYPE html>\n<html>', '<html xmlns="http://www.w3.org/1999/xhtml">', '<html lang="%s">' % lang.split('-')[0], '<html>'])
    meta = '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=%%CHARSET%%">\n<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n</head>' % esc(brand or '')
    foot = ''
    if unsub:
        foot = '<p style="font-size:11px;color:#999999;text-align:center;">%s<br>\n<a href="%s" style="color:#999999;">%s</a></p>\n' % (
            esc(pick(FOOT_ADDR).replace('%d', str(R.randrange(10, 999)))), esc(unsub), esc(UNSUB_TXT[lang]))
    if style == 'image':
        body = ('<body style="margin:0;padding:0;background:#f2f2f2;">\n<center>\n'
                '<p style="font-size:11px;color:#777;">%s</p>\n' % esc(paras[0][:80]) +
                '<a href="%s"><img src="%s" width="600" height="%d" alt="%s" border="0" style="display:block;max-width:100%%;"></a>\n' %
                (esc(url), esc(cid and 'cid:' + cid or 'https://%s/img/%s.%s' % (img_host, rstr(10), pick(['jpg', 'png', 'gif', 'webp']))), R.randrange(400, 900), esc(cta or brand), ) +
                ('<p><a href="%s" style="font-size:13px;">%s</a></p>\n' % (esc(url), esc(cta)) if cta else '') + foot + '</center>\n</body>')
    elif style == 'button':
        body = ('<body style="background:#ffffff;">\n<div style="max-width:560px;margin:0 auto;font-family:Segoe UI,Arial,sans-serif;text-align:center;">\n'
                '<h1 style="font-size:%dpx;color:%s;">%s</h1>\n' % (R.randrange(26, 40), color, ps[0]) +
                ('<p style="font-size:15px;">%s</p>\n' % ps[1] if len(ps) > 1 else '') + btn + foot + '</div>\n</body>')
    elif style == 'simple':
        body = '<body>\n' + ''.join('<div>%s</div>\n<div><br></div>\n' % p for p in ps) + (
            '<div><a href="%s">%s</a></div>\n' % (esc(url), esc(url if chance(0.5) else cta)) if url else '') + foot + '</body>'
    else:  # card / filler
        hid = ''
        if style == 'filler':
            hid = '<div style="display:none;max-height:0;overflow:hidden;font-size:1px;color:#ffffff;line-height:1px;">%s</div>\n' % filler_words(R.randrange(60, 160))
        pre = ''
        if chance(0.4):
            pre = '<span style="display:none!important;opacity:0;color:transparent;height:0;width:0;">%s%s</span>\n' % (esc(paras[-1][:90]), '&zwnj;&nbsp;' * R.randrange(10, 60))
        logo = ('<tr><td style="background:%s;padding:18px;color:#ffffff;font-size:22px;font-weight:bold;">%s</td></tr>\n' % (color, esc(brand))) if brand else ''
        if cid:
            logo += '<tr><td align="center"><img src="cid:%s" width="200" height="200" alt="QR"></td></tr>\n' % cid
        rows = ''.join('<tr><td style="padding:8px 24px;font-size:14px;color:#333333;">%s</td></tr>\n' % p for p in ps)
        body = ('<body style="margin:0;background:#f4f4f4;">\n' + pre +
                '<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4"><tr><td align="center">\n'
                '<table width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:Arial,Helvetica,sans-serif;">\n' +
                logo + rows + '<tr><td style="padding:20px;">\n' + btn + '</td></tr>\n</table>\n' + foot + '</td></tr></table>\n' + hid + '</body>')
    return wrap_html(head + '\n' + meta + '\n' + body + '\n</html>\n')

# ---------------------------------------------------------------------------
# Campaign templates. Each has its own wording; slots in {braces} are filled
# per message. opts: brands (display-name brand candidates), shapes (allowed
# body shapes), att (attachment kind), sender (sender style), color.
# ---------------------------------------------------------------------------
TEMPLATES = []


def T(tid, cls, kind, lang, subjects, paras, ctas, **opts):
    TEMPLATES.append(dict(id=tid, cls=cls, kind=kind, lang=lang, subjects=subjects,
                          paras=paras, ctas=ctas, **opts))


# ============================ SPAM, English ================================
T('crypto_airdrop', 'spam', 'crypto-airdrop', 'en',
  ['Your {coin} airdrop allocation is ready to claim', '\u2705 {coinamt} {coin} reserved for {rcpt}',
   'Final call: unclaimed {coin} airdrop expires in {hours}h', 'Eligible wallet detected - claim {coinamt} {coin}'],
  ['Hi {name},', 'Your wallet was flagged as eligible during the Season 3 snapshot. An allocation of {coinamt} {coin} (approx. {amt}) has been reserved for you.',
   'Connect your wallet before the claim window closes on {deadline}. Unclaimed tokens are burned and redistributed.',
   'No fees. No KYC. Gas is covered by the foundation treasury.'],
  ['Claim Airdrop', 'Check Eligibility', 'Connect Wallet'], brands=['{coin} Foundation', '{coin} Rewards', 'Airdrop Desk'], color='#6d28d9')

T('crypto_waiting', 'spam', 'crypto-balance', 'en',
  ['Your account balance: {btcamt} BTC is waiting', 'Re: withdrawal pending - {amt} available', 'You have {amt} in unclaimed Bitcoin',
   'Action required: confirm withdrawal of {amt}'],
  ['Dear user,', 'Our records show that your cloud mining account has accumulated {btcamt} BTC ({amt}) since your registration.',
   'Due to inactivity the balance will be returned to the pool in {days} days. To withdraw, log in and confirm your payout address.',
   'Account ID: {ref}  |  Status: READY FOR WITHDRAWAL'],
  ['Withdraw Now', 'Access My Balance', 'Get My Bitcoin'], brands=['BTC Cloud Mining', 'Bitcoin Wallet', 'Crypto Payout Center'], color='#f7931a')

T('crypto_presale', 'spam', 'crypto-presale', 'en',
  ['Presale stage 4 closing - {pct}% bonus tokens today only', 'The next 100x? ${coin} presale is live',
   'Whales are loading up on {coin} before listing', '{name}, last chance to buy {coin} at presale price'],
  ['The {coin} presale has already raised over {amt2} and stage 4 is almost sold out.',
   'Early buyers get {pct}% bonus tokens and staking rewards of up to 1,{num}% APY before the tier-1 exchange listing.',
   'Analysts are calling it the most important meme-utility launch of the cycle. Price increases in {hours} hours.',
   'Not financial advice. DYOR.'],
  ['Buy {coin} Now', 'Join Presale', 'Secure My Tokens'], brands=['{coin} Presale', 'Crypto Insider', 'Moonshot Alerts'], color='#16a34a')

T('trading_bot', 'spam', 'investment-bot', 'en',
  ['How a {city} nurse turned $250 into {amt} with an AI trading bot', 'This AI bot made me {amt} last month (proof inside)',
   '{name}, your trading account was pre-approved', 'Quantum AI trading - spots limited in {city}'],
  ['Hello {name},', 'A new AI-powered trading platform is paying ordinary people between $800 and $2,400 per day, fully automated.',
   'The algorithm trades Bitcoin, gold and oil 24/7 with a verified win-rate of {pct}.7%. A minimum deposit of just $250 activates your account.',
   'A personal account manager will call you within 24 hours after registration to help you get started.',
   'Only {num} free places remain for residents of your area.'],
  ['Start Earning Now', 'Register Free', 'Open My Account'], brands=['Financial News Today', 'Quantum Trade AI', 'Immediate Profit'], color='#0f766e')

T('recovery_scam', 'spam', 'crypto-recovery', 'en',
  ['Lost crypto to an online scam? We can recover it', 'Recovery of your lost funds - case {ref}', 'Scammed? Get your money back in 14 days'],
  ['Have you lost money to a fake trading platform, romance scam or fraudulent broker?',
   'Our certified blockchain forensic team has helped over {num},000 victims recover stolen funds. We trace the transactions, identify the exchange and file the legal claim on your behalf.',
   'Case reviews are free of charge. Our success fee is only payable after recovery.',
   'Contact our recovery agents on WhatsApp: {phone}'],
  ['Start Free Case Review', 'Recover My Funds'], brands=['Fund Recovery Bureau', 'Chargeback Experts', 'Cyber Asset Recovery'], color='#1e3a8a')

T('giftcard_selected', 'spam', 'prize-giftcard', 'en',
  ['Congratulations! You have been selected', '{name}, you have been chosen to receive a {amt} gift card', '\U0001F381 Your {brand} reward is waiting',
   'Confirmation: {amt} {brand} gift card - claim by {deadline}'],
  ['Congratulations!', 'You have been selected to receive an exclusive {amt} {brand} gift card as part of our loyalty program.',
   'To claim your reward, simply answer a few quick questions about your recent experience. It takes less than 60 seconds.',
   'This offer is only valid until {deadline}. Only one reward per household.'],
  ['Claim My Reward', 'Get Started', 'CLAIM NOW'], brands=['Walmart Rewards', 'Costco Member Rewards', 'Target Loyalty', 'Home Depot Customer Rewards', 'Kohls Appreciation'], color='#dc2626')

T('mystery_box', 'spam', 'prize-mysterybox', 'en',
  ['Your mystery box is on hold - pay only shipping', 'RE: Your {brand} mystery box ({ref})', 'You won a mystery box! Shipping pending',
   '\u26a0\ufe0f Last reminder: your package will be returned'],
  ['Dear customer,', 'You have been chosen to receive a {brand} mystery box. It may contain a new smartphone, AirPods, a smartwatch or a gaming console.',
   'Your box is ready for shipping. Only a shipping fee of $1.95 needs to be paid.',
   'If the fee is not paid by {deadline} your box will be given to another participant.'],
  ['Confirm Shipping', 'Open My Box', 'Pay $1.95 Now'], brands=['Amazon Mystery Box', 'Temu Giveaway', 'Apple Loyalty Box', 'Shein Lucky Box'], color='#ea580c')

T('survey_reward', 'spam', 'prize-survey', 'en',
  ['Complete our 30-second survey and receive a reward', 'Thank you for being a loyal customer - {amt} reward inside', 'Your opinion is worth {amt}',
   'Quick survey for {name}'],
  ['We value your feedback!', 'As a valued customer you have been selected to take part in our annual satisfaction survey.',
   'Complete 5 short questions and choose a reward: a {product}, a {amt} gift card or a pair of wireless earbuds.',
   'Survey ID: {ref}. Please complete it by {deadline}.'],
  ['Take The Survey', 'Start Survey', 'Begin'], brands=['Verizon Survey', 'T-Mobile Customer Care', 'AT&T Rewards', 'Spectrum Feedback', 'Dick\'s Sporting Goods'], color='#2563eb')

T('health_tinnitus', 'spam', 'health-supplement', 'en',
  ['Doctors stunned: this 7-second morning ritual ends ringing ears', 'Hearing specialist reveals what big pharma hides', '{name}, stop the ringing in your ears tonight',
   'Tinnitus gone in days? Watch before it\'s banned'],
  ['Dear friend,', 'A retired ENT doctor from {city} has discovered a simple 7-second ritual that silences tinnitus naturally.',
   'Over {num},000 people have already tried it, and many report that the ringing disappeared in less than a week.',
   'The video presentation will be taken down soon. Watch it now while it is still online.'],
  ['Watch The Video', 'Learn The Secret'], brands=['Health Breakthrough', 'Dr. {sname}', 'Natural Cures Daily'], color='#b45309')

T('health_bloodsugar', 'spam', 'health-supplement', 'en',
  ['This fruit peel melts blood sugar like crazy', 'The "diabetes loophole" doctors don\'t talk about', 'Type 2? Try this before your next meal',
   'New discovery lowers A1C without drugs'],
  ['Hi {name},', 'Scientists at a small lab in {city} found that a rare tropical fruit peel supports healthy blood sugar levels in as little as 3 weeks.',
   'It is now available as {product} - 100% natural, made in an FDA registered facility. Today you can get 6 bottles for {price} instead of {oldprice}.',
   '180-day money back guarantee. Free shipping for the next {hours} hours.'],
  ['Get 80% Off Now', 'See Why It Works'], brands=['GlucoTrust Health', 'Sugar Defender', 'Wellness Report', 'Dr. {sname}'], color='#15803d', products=['GlucoPure', 'SugarBalance Pro', 'Gluco Shield', 'Insulea'])

T('ed_pills', 'spam', 'pharma-ed', 'en',
  ['Stronger and longer - no prescription needed', '{pct}% off V1agra and C1alis today', 'Get hard in 15 minutes. Discreet delivery',
   'Your private order is ready', 'Men over 40: do this tonight'],
  ['Generic Viagra 100mg from $0.{num} per pill', 'Generic Cialis 20mg from $0.{num} per pill',
   'No doctor visit. No prescription. Discreet packaging and worldwide shipping in 5-9 days.',
   'Use coupon {code} for an extra {pct}% discount. Payment by card or crypto.'],
  ['Order Now', 'Shop Discreetly', 'View Prices'], brands=['Canadian Pharmacy', 'MensHealth Direct', 'RX Discount', 'Men\'s Clinic'], color='#1d4ed8')

T('weight_loss', 'spam', 'health-weightloss', 'en',
  ['Lose 30 lbs without Ozempic?', 'The "pink salt trick" everyone is talking about', '{name}, melt belly fat while you sleep',
   'GLP-1 at home, no injections - only {price}/month'],
  ['Tired of diets that don\'t work?', 'The new oral GLP-1 formula {product} helps suppress cravings and activate fat burning - no needles, no prescription.',
   'Customers report losing up to 14 lbs in the first month. Sarah from {city} lost 38 lbs in 12 weeks.',
   'Prices rise again on {deadline}. Stock is limited.'],
  ['Try It Risk-Free', 'Order Now', 'Claim 70% Off'], brands=['Keto Slim Labs', 'Shark Tank Diet', 'Ozempic Alternative', 'LeanBiome'], color='#db2777', products=['GLPro Drops', 'SlimBurn GLP', 'Mounjara Natural', 'Keto One'])

T('dating_lonely', 'spam', 'dating', 'en',
  ['{fname} (31) sent you 2 private photos', 'Lonely women near {city} want to meet you', '{fname} wants to chat with you \U0001F618',
   'You have 3 unread messages from {fname}', 'Hey, are you still single?'],
  ['Hi handsome,', 'I saw your profile and I think we would have a lot of fun together. I am {fname}, 29, and I live close to {city}.',
   'I am not looking for anything serious, just a discreet meeting. My private photos are waiting for you on my profile.',
   'Write me back there, I only check my messages on the site. Kisses, {fname}'],
  ['See Her Photos', 'Reply To {fname}', 'Open Chat'], brands=['{fname}', '{fname} \U0001F48B', 'Local Dates', 'Meet Singles'], color='#e11d48', sender='person_f')

T('loan_offer', 'spam', 'loan', 'en',
  ['You are pre-approved for up to {amt}', 'Funds as fast as tomorrow - no credit check', '{name}, your personal loan offer #{ref}',
   'Bad credit? You still qualify'],
  ['Good news, {name}!', 'Based on your profile you are pre-qualified for a personal loan of up to {amt} with rates starting at {small}.99% APR.',
   'Checking your rate will not affect your credit score. Get money deposited as soon as the next business day.',
   'Offer code: {code}. Expires {deadline}.'],
  ['Check My Rate', 'Get My Money', 'See Offer'], brands=['LendingTree Offers', 'Quick Cash Direct', 'Personal Loan Center', 'FastFunds'], color='#0369a1')

T('debt_relief', 'spam', 'debt-relief', 'en',
  ['New program can cut your credit card debt in half', 'Struggling with {amt} in debt? Federal relief program', '{name}: you may qualify for debt forgiveness',
   'Stop collection calls - free consultation'],
  ['If you owe more than $10,000 in credit card debt, you may qualify for the National Debt Relief Initiative.',
   'Our certified counselors negotiate with your creditors to reduce what you owe by up to {pct}%. One low monthly payment, no new loan.',
   'Checking eligibility takes 2 minutes and does not affect your credit.',
   'Call now: {phone}'],
  ['Check Eligibility', 'Free Consultation'], brands=['Debt Relief Program', 'National Debt Advisors', 'Freedom Debt Help'], color='#065f46')

T('solar_leadgen', 'spam', 'leadgen-solar', 'en',
  ['Homeowners in {city} are getting solar panels installed for $0', 'New 2025 solar incentive - check if your zip code qualifies',
   'Your electric bill is about to go up again', '{name}, claim your federal solar credit before it ends'],
  ['Electricity rates are rising again this year. Homeowners in {city} who switch to solar are cutting their bills by up to {pct}%.',
   'Thanks to the current incentive program you can install panels with $0 down and start saving from the first month.',
   'Enter your zip code to see how much you could save. It is free and takes 30 seconds.'],
  ['Check My Savings', 'See If I Qualify'], brands=['Solar Savings Program', 'Home Solar Quotes', 'EnergyBill Cruncher', 'SunPower Partners'], color='#ca8a04')

T('auto_warranty', 'spam', 'leadgen-warranty', 'en',
  ['Final notice: your vehicle warranty is about to expire', 'Extended coverage for your {car}', 'RE: vehicle service contract #{ref}',
   'Don\'t pay for the next repair yourself'],
  ['Our records indicate that the factory warranty on your {car} has expired or will expire soon.',
   'Protect yourself against costly repairs with an extended vehicle service contract. Plans start at {price}/month and include roadside assistance.',
   'This is your final courtesy notice. Please respond by {deadline} to avoid a lapse in coverage.'],
  ['Get My Free Quote', 'Activate Coverage'], brands=['Vehicle Services Dept.', 'Auto Protection Center', 'CarShield Plans', 'Endurance Warranty'], color='#374151')

T('home_improve', 'spam', 'leadgen-home', 'en',
  ['Walk-in tubs are now affordable for seniors', 'New gutter guards never clog again - 40% off', 'Medicare Advantage 2026: see new benefits in {city}',
   'Your roof may qualify for a free replacement', 'Life insurance from $1/day - no medical exam'],
  ['Seniors in {city} are taking advantage of a new program that makes home upgrades affordable.',
   'Get free quotes from pre-screened local contractors for walk-in tubs, new windows, gutter guards and roof repairs, and compare prices side by side.',
   'Many homeowners qualify for discounts of up to {pct}%. No obligation.'],
  ['Get Free Quotes', 'See Prices'], brands=['HomeAdvisor Quotes', 'Senior Benefits', 'Home Upgrade Program', 'Medicare Help Center'], color='#7c2d12')

T('heated_vest', 'spam', 'shopping-deal', 'en',
  ['Winter hack: the heated vest everyone is buying', '\U0001F525 {pct}% OFF heated vests - today only', 'Stay warm for {price} (was {oldprice})',
   'Last day for our biggest winter sale'],
  ['Stay warm anywhere this winter with the {product}.',
   'Three heating zones, USB power bank compatible and machine washable. Heats up in 3 seconds.',
   'Black Friday price: {price} instead of {oldprice}. Free shipping on 2 or more.', 'Hurry, only {num} left in stock.'],
  ['Shop Now', 'Get Mine', 'Buy 2 Get 1 Free'], brands=['Heatwave Apparel', 'ThermoVest', 'Winter Deals', 'Outdoor Gear Outlet'], color='#b91c1c', products=['ThermoVest Pro', 'HeatMax Vest', 'WarmCore X3', 'Heated Vest 2.0'])

T('knives_gadgets', 'spam', 'shopping-deal', 'en',
  ['Handforged Japanese chef knife - {pct}% off', 'Clearance: {product} for only {price}', 'The tactical flashlight the military doesn\'t want you to have',
   'Warehouse closing - everything must go'],
  ['Our warehouse is closing and we are clearing our remaining stock of {product}.',
   'Normally {oldprice}, now only {price} while supplies last. 30-day returns and free shipping.',
   'Thousands of five-star reviews. Order today and get a free gift with every purchase.'],
  ['Shop The Sale', 'Claim Discount', 'View Deal'], brands=['Kitchen Pro Outlet', 'Huusk Knives', 'Tactical Gear Store', 'Gadget Warehouse'], color='#111827', products=['Huusk chef knife', 'Damascus knife set', 'XTG tactical flashlight', 'mini portable AC', 'bladeless neck fan', 'Wi-Fi range booster'])

T('seo_outreach', 'spam', 'seo-outreach', 'en',
  ['Your website {site}', 'Quick question about {site}', 'Re: {site} ranking on Google', 'Page 1 on Google in 90 days'],
  ['Hi,', 'I was checking your website {site} and noticed a few issues that are stopping it from ranking on the first page of Google (slow speed, missing meta tags, low backlinks).',
   'We are a small team of SEO experts and can fix this for a very reasonable price. We have worked with {num} clients worldwide.',
   'Can I send you a free audit report and our price list? Just reply with "yes".', 'Best regards,\n{sname}\nSEO Consultant'],
  [], sender='freemail_person', shapes=['text', 'text', 'alt'])

T('webdesign_outreach', 'spam', 'seo-outreach', 'en',
  ['Website redesign proposal', 'Is your website mobile friendly?', 'Re: web design', 'Mobile App Development - {company}'],
  ['Hello Business Owner,', 'I would like to offer you our website redesign and mobile app development services at an affordable price.',
   'Our packages include WordPress/Shopify design, e-commerce, and a free logo. Prices start at $299 only.',
   'If you are interested, please reply and I will share our portfolio. If you are not interested, reply "No" and I will not contact you again.',
   'Thanks & Regards,\n{sname}\nBusiness Development Manager'],
  [], sender='freemail_person', shapes=['text', 'text', 'html'])

T('inheritance', 'spam', 'advance-fee', 'en',
  ['Urgent attention: inheritance fund of {amt2}', 'Dear beneficiary', 'Confidential business proposal', 'RE: your unclaimed fund'],
  ['Dear Friend,', 'I am Barrister {sname}, personal attorney to the late Mr. {lname}, a foreign contractor who died in a car accident with his family in 2021.',
   'He left a deposit of {amt2} with a bank here in Lome, and the bank has asked me to present a next of kin or the fund will be confiscated.',
   'Since you share the same surname, I seek your consent to present you as the beneficiary. The proceeds will be shared 50/50. This transaction is 100% risk free.',
   'Reply with your full name, phone number and country to my private email {replyaddr}.', 'Regards,\nBarrister {sname}'],
  [], sender='freemail_person', shapes=['text', 'text', 'html'], replyto=True)

T('compensation_fund', 'spam', 'advance-fee', 'en',
  ['Your compensation payment of {amt2}', 'ATM card delivery notification', 'UN COVID-19 relief fund beneficiary',
   'Payment approved - reference {ref}'],
  ['Attention Beneficiary,', 'This is to inform you that your compensation payment of {amt2} has been approved by the International Monetary Fund scam victims compensation committee.',
   'Your funds have been loaded on an ATM Visa card which will be delivered to you by courier. You are only required to pay the delivery and insurance fee of ${num}.',
   'Contact the dispatch officer with your full name, address and phone number: {replyaddr}.', 'Yours faithfully,\nDr. {sname}\nDirector, Foreign Remittance'],
  [], sender='freemail_person', shapes=['text', 'text', 'html'], replyto=True)

T('sextortion', 'spam', 'sextortion', 'en',
  ['I know your password', 'Your device has been hacked', '{rcpt} - payment required', 'Security Alert: your account was compromised',
   'You have 48 hours'],
  ['Hello pervert,', 'I have some bad news for you. Some months ago I gained access to the devices you use to browse the internet. I installed a trojan that gives me full access to your camera, microphone and contacts.',
   'I recorded you while you were watching adult websites and I made a split-screen video: on one side the video you were watching, on the other side you.',
   'Send exactly {btcamt} BTC (about {amt}) to this Bitcoin address: {btc}',
   'You have 48 hours after opening this e-mail. I have a pixel in this message and I know you read it. If I do not receive the payment, the video goes to all your contacts and colleagues.',
   'Do not reply, this address is not monitored. Do not go to the police. Be smart.'],
  [], sender='self_or_random', shapes=['text', 'text', 'text', 'html'])

T('callback_invoice', 'spam', 'fake-invoice', 'en',
  ['Your subscription has been renewed - invoice {ref}', 'Order confirmation #{ref}', 'Payment receipt: {amt}', 'Thanks for your purchase! Invoice {ref}'],
  ['Dear customer,', 'Your annual subscription for {product} has been successfully renewed. The amount of {amt} has been charged to your account.',
   'Invoice number: {ref}\nDate: {deadline}\nProduct: {product} (3 devices, 1 year)\nTotal: {amt}',
   'If you did not authorize this transaction or wish to cancel, please call our billing department within 24 hours: {phone}',
   'Thank you for choosing us.'],
  [], brands=['Geek Squad Billing', 'Norton LifeLock', 'McAfee Renewal', 'PayPaI Billing', 'Best Buy Services'], shapes=['text', 'html', 'mixed_pdf'],
  products=['Norton 360 Deluxe', 'Geek Squad Total Tech Support', 'McAfee Total Protection', 'Windows Defender Advanced', 'Tech Protection Plan'])

T('casino_bonus', 'spam', 'gambling', 'en',
  ['{pct}0% welcome bonus + 200 free spins', '\U0001F3B0 Your free spins have been credited', '{name}, {amt} bonus waiting in your account',
   'Exclusive: no deposit bonus for you'],
  ['Your account has been credited with 200 FREE SPINS on Gates of Olympus and a {pct}0% match bonus up to {amt}.',
   'Instant crypto withdrawals, no KYC, over 5,000 games and live casino.',
   'Use promo code {code}. The bonus expires in {hours} hours.'],
  ['Play Now', 'Claim Free Spins', 'Activate Bonus'], brands=['Lucky Spin Casino', 'Royal Vegas', 'Stake Bonus', 'Jackpot City VIP'], color='#7c3aed')

T('sports_betting', 'spam', 'gambling', 'en',
  ['Bet $5, get $200 in bonus bets', 'Sunday special: boosted odds inside', '{name}, your free bet is ready', 'Risk-free first bet up to {amt}'],
  ['This weekend only: place your first bet of $5 and receive $200 in bonus bets, win or lose.',
   'Boosted odds on all NFL and Premier League games. Same game parlays with no limits.',
   'Sign up with code {code}. 21+ only. Gambling problem? Call 1-800-GAMBLER.'],
  ['Claim Bonus Bets', 'Bet Now'], brands=['BetWinner Sports', 'FanBet', 'Sportsbook Promos', '1xWin'], color='#059669')

T('job_task', 'spam', 'job-task', 'en',
  ['Remote part-time job - earn $300/day from your phone', 'Hi, are you interested in a flexible job?', 'Job offer from {company} HR',
   'You have been shortlisted - online position'],
  ['Hello, I am {sname}, HR recruiter at {company}.',
   'We are looking for part-time online assistants. The job is simple: you help merchants boost their product ratings by completing daily tasks on our platform. It takes 60-90 minutes a day.',
   'Daily salary: $200 - $500, paid every day. No experience needed, training is provided. You must be over 22 years old.',
   'If you are interested, please contact me on WhatsApp {phone} or Telegram @{tg}.'],
  [], sender='freemail_person', shapes=['text', 'text', 'html'])

# ============================ SPAM, Portuguese (BR) ========================
T('pt_renda_extra', 'spam', 'job-task', 'pt-BR',
  ['Renda extra de R$ 450 por dia trabalhando pelo celular', 'Vaga de emprego home office - {company}', 'Ol\u00e1 {name}, voc\u00ea foi selecionado(a)!',
   '\U0001F4B0 Ganhe dinheiro avaliando produtos'],
  ['Ol\u00e1, tudo bem?', 'Sou {sname}, recrutadora da {company}. Estamos contratando pessoas para trabalhar em casa avaliando produtos e curtindo v\u00eddeos.',
   'O pagamento \u00e9 feito diariamente via Pix, entre R$ 150,00 e R$ 600,00 por dia. N\u00e3o precisa de experi\u00eancia.',
   'Para mais informa\u00e7\u00f5es me chame no WhatsApp: {phone}'],
  [], sender='freemail_person', shapes=['text', 'html'])

T('pt_emprestimo', 'spam', 'loan', 'pt-BR',
  ['Empr\u00e9stimo aprovado: at\u00e9 {amt} na sua conta hoje', 'Consignado INSS com taxa reduzida', '{name}, seu cr\u00e9dito foi liberado',
   'Saque-anivers\u00e1rio FGTS: antecipe agora'],
  ['Prezado(a) {name},', 'Temos uma proposta de cr\u00e9dito pr\u00e9-aprovada no valor de at\u00e9 {amt}, com parcelas que cabem no seu bolso.',
   'Sem consulta ao SPC/Serasa. Dinheiro na conta em at\u00e9 24 horas via Pix.', 'Oferta v\u00e1lida at\u00e9 {deadline}.'],
  ['Simular agora', 'Quero meu cr\u00e9dito', 'Liberar valor'], brands=['Cr\u00e9dito F\u00e1cil', 'Consignado Brasil', 'Banco Pan Ofertas', 'FGTS Digital'], color='#0d9488')

T('pt_bet_bonus', 'spam', 'gambling', 'pt-BR',
  ['\U0001F525 B\u00f4nus de {amt} + 100 giros gr\u00e1tis no Fortune Tiger', 'Seu b\u00f4nus de boas-vindas est\u00e1 esperando', 'Aposte e ganhe: odds turbinadas hoje',
   '{name}, sua rodada gr\u00e1tis foi liberada'],
  ['Cadastre-se agora e ganhe 100% de b\u00f4nus no primeiro dep\u00f3sito + 100 giros gr\u00e1tis no Fortune Tiger.',
   'Saque r\u00e1pido via Pix em minutos. Jogue no celular quando quiser.',
   'Use o c\u00f3digo {code}. Proibido para menores de 18 anos. Jogue com responsabilidade.'],
  ['Jogar agora', 'Pegar meu b\u00f4nus'], brands=['Tigrinho Bet', 'Bet da Sorte', 'PixBet Promo', 'Fortune Cassino'], color='#f59e0b')

T('pt_emagrecer', 'spam', 'health-weightloss', 'pt-BR',
  ['Perca at\u00e9 10kg em 30 dias sem dieta', 'O "Mounjaro natural" que est\u00e1 esgotando nas farm\u00e1cias', 'M\u00e9dica revela truque para secar a barriga',
   '{name}, \u00faltimas unidades com {pct}% de desconto'],
  ['Milhares de brasileiras est\u00e3o usando o {product} para acelerar o metabolismo e reduzir a vontade de comer doce.',
   'F\u00f3rmula 100% natural, aprovada pela Anvisa. Resultados a partir da primeira semana.',
   'Hoje: compre 3 e leve 5, com frete gr\u00e1tis para todo o Brasil. Apenas {num} unidades restantes.'],
  ['Quero emagrecer', 'Comprar com desconto'], brands=['Sa\u00fade em Dia', 'Emagrecer J\u00e1', 'Dra. {sname}'], color='#be185d', products=['SlimFit Caps', 'Gelatina Mounjaro', 'LipoBlue', 'Detox Max'])

# ============================ SPAM, German =================================
T('de_krypto', 'spam', 'investment-bot', 'de',
  ['Neue Plattform: Deutsche verdienen {amt} pro Woche', 'Skandal um TV-Moderator: sein Bitcoin-Geheimnis', '{name}, Ihr Konto wurde freigeschaltet',
   'Passives Einkommen mit KI - jetzt starten'],
  ['Sehr geehrte(r) {name},', 'immer mehr Menschen in {city} verdienen mit der neuen KI-Handelsplattform ein zweites Einkommen - vollautomatisch.',
   'Mit einer Mindesteinzahlung von 250 \u20ac handelt der Algorithmus f\u00fcr Sie Bitcoin, Gold und Aktien. Die Erfolgsquote liegt bei {pct},4 %.',
   'Ein pers\u00f6nlicher Kundenbetreuer ruft Sie nach der Anmeldung an. Nur noch {num} Pl\u00e4tze frei.'],
  ['Jetzt kostenlos registrieren', 'Konto er\u00f6ffnen'], brands=['Finanz Nachrichten', 'Bitcoin Code DE', 'Wirtschaft Aktuell'], color='#1e40af')

T('de_gewinnspiel', 'spam', 'prize-giftcard', 'de',
  ['Herzlichen Gl\u00fcckwunsch! Sie wurden ausgew\u00e4hlt', 'Ihr {brand}-Gutschein \u00fcber {amt} wartet', 'Letzte Erinnerung: Ihr Gewinn verf\u00e4llt',
   '{name}, Sie haben ein iPhone 16 gewonnen'],
  ['Herzlichen Gl\u00fcckwunsch!', 'Sie wurden als einer von 10 Kunden ausgew\u00e4hlt, um an unserer Treueaktion teilzunehmen.',
   'Beantworten Sie einfach drei kurze Fragen und sichern Sie sich Ihren {brand}-Gutschein im Wert von {amt}.',
   'Das Angebot ist nur bis {deadline} g\u00fcltig.'],
  ['Jetzt Gewinn sichern', 'Zur Umfrage'], brands=['Lidl Treueprogramm', 'ALDI Kundenaktion', 'MediaMarkt Gewinnspiel', 'dm Kundenumfrage'], color='#0052a5')

T('de_potenz', 'spam', 'pharma-ed', 'de',
  ['Diskret & rezeptfrei: Potenzmittel ab 0,89 \u20ac', 'Manneskraft wie mit 20', 'Ihre diskrete Bestellung', 'Nie wieder Versagen im Bett'],
  ['Sildenafil 100 mg ab 0,89 \u20ac pro Tablette, Tadalafil 20 mg ab 1,19 \u20ac.',
   'Ohne Rezept, ohne Arztbesuch. Neutrale Verpackung, Lieferung in 3-5 Werktagen aus EU-Lager.',
   'Gutscheincode {code}: {pct} % Rabatt auf Ihre erste Bestellung.'],
  ['Jetzt bestellen', 'Preise ansehen'], brands=['Online Apotheke', 'Mann & Gesundheit', 'EU Pharma Versand'], color='#1d4ed8')

T('de_sextortion', 'spam', 'sextortion', 'de',
  ['Ich habe Zugriff auf Ihr Ger\u00e4t', 'Ihr Konto wurde gehackt', 'Letzte Warnung', 'Zahlung erforderlich - {rcpt}'],
  ['Hallo,', 'vor einigen Monaten habe ich Zugriff auf Ihr Ger\u00e4t erhalten. \u00dcber eine Schadsoftware kann ich Ihre Kamera und Ihr Mikrofon steuern.',
   'Ich habe Sie beim Besuch von Erwachsenenseiten aufgenommen. Wenn Sie nicht wollen, dass das Video an alle Ihre Kontakte geht, \u00fcberweisen Sie {amt} in Bitcoin.',
   'Bitcoin-Adresse: {btc}', 'Sie haben 48 Stunden. Antworten Sie nicht auf diese E-Mail. Gehen Sie nicht zur Polizei.'],
  [], sender='self_or_random', shapes=['text', 'text', 'html'])

# ============================ SPAM, Spanish ================================
T('es_inversion', 'spam', 'investment-bot', 'es',
  ['Gana {amt} a la semana desde casa', 'El secreto de inversi\u00f3n que los bancos no quieren que sepas', '{name}, tu cuenta ha sido preaprobada',
   'Inteligencia artificial que invierte por ti'],
  ['Hola {name},', 'Miles de personas en {city} ya est\u00e1n generando ingresos extra con nuestra plataforma de inversi\u00f3n automatizada con IA.',
   'Con un dep\u00f3sito m\u00ednimo de 250 \u20ac el sistema opera en Bitcoin, oro y petr\u00f3leo las 24 horas.',
   'Un asesor personal te llamar\u00e1 despu\u00e9s del registro. Plazas limitadas.'],
  ['Reg\u00edstrate gratis', 'Empezar ahora'], brands=['Noticias Financieras', 'Inversi\u00f3n Inteligente', 'Bitcoin Profit ES'], color='#0f766e')

T('es_premio', 'spam', 'prize-giftcard', 'es',
  ['\u00a1Felicidades! Has sido seleccionado', 'Tu tarjeta regalo de {amt} te est\u00e1 esperando', '\u00daltimo aviso: reclama tu premio',
   '{name}, has ganado un Samsung Galaxy'],
  ['\u00a1Enhorabuena!', 'Has sido elegido para recibir una tarjeta regalo de {brand} por valor de {amt}.',
   'Solo tienes que responder a una breve encuesta sobre tu experiencia como cliente. Te llevar\u00e1 menos de un minuto.',
   'La oferta caduca el {deadline}.'],
  ['Reclamar premio', 'Empezar encuesta'], brands=['Mercadona Premios', 'El Corte Ingl\u00e9s', 'Carrefour Encuesta', 'Movistar Clientes'], color='#dc2626')

T('es_prestamo', 'spam', 'loan', 'es',
  ['Pr\u00e9stamo aprobado de hasta {amt}', 'Dinero en tu cuenta en 10 minutos', '{name}, tu cr\u00e9dito est\u00e1 listo', 'Sin n\u00f3mina, sin aval, sin papeleo'],
  ['Estimado/a {name},', 'Tienes un pr\u00e9stamo preaprobado de hasta {amt}. Sin n\u00f3mina, sin aval y aunque est\u00e9s en ASNEF.',
   'Respuesta inmediata y dinero en tu cuenta en minutos. Primer pr\u00e9stamo al 0 %.', 'Oferta v\u00e1lida hasta {deadline}.'],
  ['Solicitar ahora', 'Ver mi oferta'], brands=['Cr\u00e9dito R\u00e1pido', 'Pr\u00e9stamos Online', 'Dinero Ya'], color='#0369a1')

# ============================ SPAM, French =================================
T('fr_gagne', 'spam', 'prize-mysterybox', 'fr',
  ['F\u00e9licitations, vous avez gagn\u00e9 !', 'Votre colis surprise vous attend', 'Dernier rappel : votre cadeau expire aujourd\u2019hui',
   '{name}, r\u00e9cup\u00e9rez votre coffret {brand}'],
  ['Bonjour {name},', 'Vous avez \u00e9t\u00e9 s\u00e9lectionn\u00e9(e) pour recevoir un coffret {brand} d\u2019une valeur de {amt}.',
   'Il vous suffit de confirmer votre adresse et de r\u00e9gler les frais de livraison de 1,95 \u20ac.',
   'Sans r\u00e9ponse de votre part avant le {deadline}, le cadeau sera attribu\u00e9 \u00e0 un autre participant.'],
  ['R\u00e9cup\u00e9rer mon cadeau', 'Confirmer la livraison'], brands=['Leroy Merlin Cadeaux', 'Carrefour Fid\u00e9lit\u00e9', 'Fnac Jeu Concours', 'Decathlon'], color='#16a34a')

T('fr_renov', 'spam', 'leadgen-solar', 'fr',
  ['Pompe \u00e0 chaleur \u00e0 1 \u20ac : v\u00e9rifiez votre \u00e9ligibilit\u00e9', 'Panneaux solaires : aides de l\u2019\u00c9tat 2025', 'Baissez votre facture d\u2019\u00e9lectricit\u00e9 de {pct} %',
   'Isolation et chauffage : nouvelles aides pour {city}'],
  ['Madame, Monsieur,', 'Gr\u00e2ce aux nouvelles aides de l\u2019\u00c9tat, les propri\u00e9taires \u00e0 {city} peuvent remplacer leur chaudi\u00e8re par une pompe \u00e0 chaleur pour un reste \u00e0 charge minimal.',
   'Faites le test d\u2019\u00e9ligibilit\u00e9 gratuit en 2 minutes et recevez un devis sans engagement.'],
  ['Tester mon \u00e9ligibilit\u00e9', 'Demander un devis'], brands=['Aides R\u00e9novation', '\u00c9nergie Solidaire', 'Info Prime Energie'], color='#0e7490')

T('fr_rencontre', 'spam', 'dating', 'fr',
  ['{fname} vous a envoy\u00e9 un message priv\u00e9', 'Des femmes c\u00e9libataires pr\u00e8s de {city}', 'Tu es libre ce soir ? \U0001F609'],
  ['Coucou,', 'Je m\u2019appelle {fname}, j\u2019ai 34 ans et j\u2019habite pr\u00e8s de {city}. J\u2019ai vu ton profil et j\u2019aimerais bien te rencontrer.',
   'Je cherche juste un peu de compagnie, en toute discr\u00e9tion. Mes photos sont sur mon profil priv\u00e9.', 'Bisous, {fname}'],
  ['Voir ses photos', 'R\u00e9pondre'], brands=['{fname}', 'Rencontres Discr\u00e8tes'], color='#e11d48', sender='person_f')

# ============================ SPAM, Dutch ==================================
T('nl_crypto', 'spam', 'investment-bot', 'nl',
  ['Nederlanders verdienen {amt} per week met dit platform', 'Uw account is goedgekeurd', 'Passief inkomen met AI - start vandaag',
   '{name}, nog {num} plaatsen beschikbaar'],
  ['Beste {name},', 'Steeds meer mensen in {city} verdienen een extra inkomen met het nieuwe geautomatiseerde handelsplatform.',
   'Met een minimale storting van 250 euro handelt het systeem voor u in Bitcoin en goud. Een persoonlijke adviseur belt u na registratie.',
   'Registratie is gratis maar het aantal plaatsen is beperkt.'],
  ['Gratis registreren', 'Start nu'], brands=['Financieel Nieuws', 'Bitcoin Era NL', 'Beleggen Vandaag'], color='#f97316')

T('nl_actie', 'spam', 'prize-survey', 'nl',
  ['Gefeliciteerd! U bent geselecteerd', 'Uw {brand} cadeaukaart van {amt} staat klaar', 'Laatste herinnering: claim uw beloning',
   'Vul de enquete in en ontvang een beloning'],
  ['Beste klant,', 'U bent geselecteerd om deel te nemen aan onze klantenenqu\u00eate. Als dank ontvangt u een {brand} cadeaukaart ter waarde van {amt}.',
   'Het invullen duurt minder dan een minuut. Deze actie is geldig tot {deadline}.'],
  ['Start de enqu\u00eate', 'Claim beloning'], brands=['Albert Heijn Klantenservice', 'Kruidvat Actie', 'Bol Beloning', 'Jumbo Enqu\u00eate'], color='#00a0e2')

# ============================ PHISHING, English ============================
T('p_m365_signin', 'phish', 'account-signin', 'en',
  ['Unusual sign-in activity', 'Microsoft account unusual sign-in activity', 'Action Required: Verify your sign-in from {loc}',
   'Security alert for {rcpt}'],
  ['Microsoft account', 'We detected something unusual about a recent sign-in to the Microsoft account {rcpt}.',
   'Sign-in details\nCountry/region: {loc}\nIP address: {ip}\nDate: {deadline}\nPlatform: {device}',
   'If this wasn\'t you, your account may have been compromised. Please review your recent activity and secure your account within 24 hours to avoid suspension.'],
  ['Review recent activity', 'Secure Account', 'Report The User'], brands=['Microsoft account team', 'Microsoft 365', 'Microsoft Security', 'Outlook'], color='#0078d4')

T('p_m365_pwexpiry', 'phish', 'it-password-expiry', 'en',
  ['Password expiry notice for {rcpt}', 'Your password expires today', '[IT Notice] Password reset required', 'Keep current password - {rdomain}'],
  ['Dear {name},', 'The password for your {rdomain} mailbox {rcpt} expires today, {deadline}.',
   'To keep using your current password and avoid losing access to email, Teams and OneDrive, use the button below.',
   'This is an automated message from the {rdomain} IT Help Desk. Do not reply.'],
  ['Keep Current Password', 'Update Now'], brands=['IT Support', '{rdomain} Help Desk', 'Admin', 'Microsoft Office 365'], color='#2563eb', sender='tenant')

T('p_quota', 'phish', 'it-mailbox-quota', 'en',
  ['Mailbox storage is almost full ({quota}%)', 'Your mailbox has exceeded its storage limit', 'Incoming messages on hold: {num} messages',
   'Email Quota Warning - {rcpt}'],
  ['Mailbox Storage Alert', 'Your mailbox {rcpt} is {quota}% full. {num} incoming messages have been placed on hold and will be deleted after 48 hours.',
   'To release your pending messages and increase your storage for free, please verify your account.',
   'Email Administrator - {rdomain}'],
  ['Release Messages', 'Increase Storage', 'Upgrade Quota'], brands=['Mail Administrator', 'Webmail Support', 'Email Admin {rdomain}', 'cPanel'], color='#b91c1c', sender='tenant')

T('p_google', 'phish', 'account-signin', 'en',
  ['Security alert', 'Critical security alert for {rcpt}', 'Someone has your password', 'New sign-in on {device}'],
  ['A new sign-in on {device}', '{rcpt}', 'We noticed a new sign-in to your Google Account on a {device} device. If this was you, you don\'t need to do anything. If not, we\'ll help you secure your account.',
   'Someone used your password to try to sign in to your account from {loc} ({ip}). Google blocked them, but you should check what happened.'],
  ['Check activity', 'Secure your account'], brands=['Google', 'Google Accounts', 'Gmail Team', 'Google Security'], color='#1a73e8')

T('p_apple', 'phish', 'account-lock', 'en',
  ['Your Apple ID has been locked for security reasons', 'Receipt from Apple - Order {ref}', 'Your Apple Account has been disabled',
   'iCloud storage: payment failed'],
  ['Dear Customer,', 'Your Apple ID was used to sign in to iCloud via a web browser from an unknown device in {loc}.',
   'For your protection, your Apple ID has been locked. To unlock it, please verify your identity within 24 hours, otherwise your account and all associated data will be permanently deleted.',
   'Apple Support'],
  ['Verify Now', 'Unlock Apple ID'], brands=['Apple', 'Apple Support', 'iCloud', 'App Store'], color='#111111')

T('p_netflix', 'phish', 'account-billing', 'en',
  ['Your membership is on hold', 'Update your payment details', '{name}, we couldn\'t process your payment', 'Your account will be suspended'],
  ['Hi {name},', 'We\'re having some trouble with your current billing information. We\'ll try again, but in the meantime you may want to update your payment details.',
   'Your membership will be suspended within 48 hours if we do not receive payment.', 'Your friends at Netflix'],
  ['Update Account', 'Restart Membership', 'UPDATE PAYMENT'], brands=['Netflix', 'Netflix Support', 'Netfiix', 'NETFLIX Billing'], color='#e50914')

T('p_paypal', 'phish', 'account-limited', 'en',
  ['Your account access has been limited', 'We\'ve temporarily limited your account', 'Action needed: confirm your information',
   'Notice of payment of {amt} to {company}'],
  ['Hello {name},', 'We noticed some unusual activity on your PayPal account and, as a precaution, we have limited what you can do with it.',
   'Case ID: {ref}', 'To restore full access, please log in and confirm your identity. If we do not hear from you within 72 hours, your account will be permanently limited.'],
  ['Log In', 'Resolve Now', 'Confirm Identity'], brands=['PayPal', 'PayPal Service', 'service@paypal', 'PaypaI Resolution Center'], color='#003087')

T('p_amazon', 'phish', 'account-suspended', 'en',
  ['Your Amazon account has been suspended', 'Action required: problem with your order #{ref}', 'Your Prime membership payment was declined',
   'Amazon: unusual purchase of {product}'],
  ['Hello,', 'We have placed a hold on your Amazon account and all pending orders because we could not verify the billing information you provided.',
   'Order #{ref}\nItem: {product}\nAmount: {amt}',
   'To continue using your account, please verify your information. If we do not receive verification within 2 days, your account will be closed.'],
  ['Verify Information', 'Manage Order', 'Cancel Order'], brands=['Amazon', 'Amazon.com', 'Amazon Prime', 'Amazon Account Services'], color='#ff9900', products=['Apple iPhone 16 Pro Max', 'PlayStation 5 Pro', 'Samsung 75" QLED TV', 'MacBook Air M3'])

T('p_us_bank', 'phish', 'bank-alert', 'en',
  ['Important: your online banking access is restricted', 'Security Alert: unrecognized transfer of {amt}', 'Your debit card ending {last4} has been suspended',
   'Zelle payment request pending'],
  ['Dear Valued Customer,', 'We recently detected a transaction attempt of {amt} from your checking account ending in {last4} that did not match your usual activity.',
   'Your online access has been temporarily restricted. Please sign in to confirm recent transactions and restore access.',
   'Failure to verify within 24 hours may result in your account being closed.'],
  ['Sign On', 'Confirm Transactions', 'Restore Access'], brands=['Chase Online', 'Wells Fargo Alerts', 'Bank of America', 'Citi Alerts', 'Navy Federal'], color='#117aca')

T('p_uk_bank', 'phish', 'bank-alert', 'en-GB',
  ['New payee added to your account', 'Action required: verify your account details', 'We\'ve noticed unusual activity', 'Your card has been frozen'],
  ['Dear Customer,', 'A new payee was added to your account on {deadline}. If you did not make this change, please cancel the request immediately.',
   'Payee: {sname}\nSort code: {sortcode}\nAmount scheduled: {amt}',
   'If you do not respond within 24 hours your online banking will be suspended for your protection.'],
  ['Cancel Payee', 'Log on'], brands=['HSBC UK', 'Barclays', 'Lloyds Bank', 'NatWest', 'Santander UK', 'Halifax'], color='#db0011')

T('p_metamask', 'phish', 'wallet-lock', 'en',
  ['Your MetaMask wallet will be suspended', 'Verify your wallet to avoid restriction', 'Mandatory wallet verification {deadline}',
   'Action needed: unauthorized access detected'],
  ['Dear user,', 'Due to new KYC regulations, all MetaMask wallets must be verified before {deadline}. Unverified wallets will be restricted and assets may be lost.',
   'Verification takes less than 2 minutes. You will be asked to confirm your Secret Recovery Phrase.', 'Request ID: {ref}'],
  ['Verify Wallet', 'Start Verification'], brands=['MetaMask', 'MetaMask Support', 'MetaMask Wallet', 'Consensys'], color='#f6851b')

T('p_ledger', 'phish', 'wallet-lock', 'en',
  ['Critical security update for your Ledger device', 'Your Ledger wallet is at risk', 'Ledger: firmware update required'],
  ['Dear Ledger customer,', 'Due to a recent data breach, your Ledger device may be exposed. We have released a critical firmware update to protect your assets.',
   'Please download the latest Ledger Live and re-synchronize your wallet using your 24-word recovery phrase.',
   'If the update is not completed within 72 hours, your assets may be at risk.'],
  ['Update Now', 'Secure My Device'], brands=['Ledger', 'Ledger Support', 'Ledger Live'], color='#000000', shapes=['html', 'alt', 'mixed_pdf'])

T('p_coinbase', 'phish', 'wallet-lock', 'en',
  ['Withdrawal request of {btcamt} BTC', 'Your account has been restricted', 'New device confirmation required', 'Unusual withdrawal attempt'],
  ['A withdrawal of {btcamt} BTC to {btc} was requested from your account.',
   'If you did not request this, your account may be compromised. Cancel the withdrawal and secure your account immediately.',
   'Request ID: {ref}\nIP address: {ip}\nLocation: {loc}'],
  ['Cancel Withdrawal', 'Secure Account'], brands=['Coinbase', 'Coinbase Support', 'Trust Wallet', 'Binance', 'Kraken Security'], color='#0052ff')

T('p_dhl', 'phish', 'parcel-fee', 'en',
  ['DHL: your parcel is on hold', 'Your shipment {track} is awaiting customs payment', 'Delivery attempt failed', 'DHL Express - customs duty notification'],
  ['Dear customer,', 'Your parcel with tracking number {track} could not be delivered because the customs duties of {fee} have not been paid.',
   'Please pay the outstanding fee to schedule a new delivery. If the payment is not received within 48 hours, the parcel will be returned to the sender.'],
  ['Pay Now', 'Schedule Delivery', 'Track Shipment'], brands=['DHL Express', 'DHL', 'DHL Customer Service', 'DHL Parcel'], color='#d40511')

T('p_usps', 'phish', 'parcel-fee', 'en',
  ['USPS: your package could not be delivered', 'Redelivery requested - address incomplete', 'Final notice: package {track}', 'USPS Informed Delivery'],
  ['USPS', 'Your package has arrived at the warehouse but cannot be delivered due to incomplete address information.',
   'Please confirm your address within 24 hours to schedule redelivery. A redelivery fee of $0.30 applies.',
   'Tracking number: {track}'],
  ['Update Address', 'Schedule Redelivery'], brands=['USPS', 'USPS Tracking', 'US Postal Service', 'UPS My Choice', 'FedEx Delivery'], color='#333366')

T('p_irs', 'phish', 'tax-refund', 'en',
  ['IRS: you are eligible for a tax refund of {amt}', 'Your 2024 tax refund is pending', 'Important notice regarding your tax return',
   'Economic Impact Payment - action required'],
  ['Internal Revenue Service', 'After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund of {amt}.',
   'Please submit the tax refund request and allow 3-9 business days for processing. Reference: {ref}',
   'A refund can be delayed for a variety of reasons, for example submitting invalid records or applying after the deadline.'],
  ['Submit Refund Request', 'Get My Refund'], brands=['IRS', 'Internal Revenue Service', 'IRS Online', 'Treasury Department'], color='#1f4e79')

T('p_hmrc', 'phish', 'tax-refund', 'en-GB',
  ['HMRC: you have a tax rebate of {amt}', 'Your tax refund is ready', 'HM Revenue & Customs - refund notification', 'Self Assessment: outstanding refund'],
  ['Dear Applicant,', 'We have completed our annual calculation of your tax and you are due a tax refund of {amt}.',
   'Please complete the refund form and allow up to 5 working days for the funds to be credited. Reference number: {ref}',
   'HM Revenue & Customs'],
  ['Claim Refund', 'Access Your Refund'], brands=['HMRC', 'GOV.UK', 'HM Revenue & Customs', 'HMRC Online Services'], color='#005ea5')

T('p_docusign', 'phish', 'shared-document', 'en',
  ['Please DocuSign: {docname}', 'Completed: {docname}', '{sname} sent you a document to review and sign', 'Action Required: {docname}'],
  ['{sname} sent you a document to review and sign.', 'Document: {docname}\nPages: {num}\nExpires: {deadline}',
   'Please review the document at your earliest convenience.', 'Do Not Share This Email. This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others.'],
  ['REVIEW DOCUMENT', 'View Completed Document'], brands=['DocuSign', 'Docusign via {company}', '{sname} via DocuSign', 'DocuSign eSignature'], color='#ffc820')

T('p_sharepoint', 'phish', 'shared-document', 'en',
  ['{sname} shared "{docname}" with you', '{sname} shared a file with you', 'Secure file: {docname}', 'You have a new shared document on OneDrive'],
  ['{sname} shared a file with you', '{docname}', 'This link will work for anyone in {rdomain} and expires on {deadline}.',
   'Microsoft respects your privacy. To learn more, please read our Privacy Statement.'],
  ['Open', 'View Document', 'Open in OneDrive'], brands=['{sname} (via SharePoint)', 'SharePoint Online', 'OneDrive', '{company} SharePoint'], color='#036c70', sender='tenant')

T('p_dropbox', 'phish', 'shared-document', 'en',
  ['{sname} shared "{docname}" with you', 'Dropbox: files shared with you', 'You have been invited to a shared folder', 'New files in "{company} Contracts"'],
  ['Hi {name},', '{sname} ({sender}) invited you to view the folder "{company} Contracts" on Dropbox.', '{num} files, including {docname}',
   'Enjoy!\nThe Dropbox team'],
  ['View folder', 'Go to folder'], brands=['Dropbox', '{sname} via Dropbox', 'Dropbox Transfer', 'WeTransfer'], color='#0061ff')

T('p_gdocs', 'phish', 'shared-document', 'en',
  ['Document shared with you: "{docname}"', '{sname} (via Google Docs)', '{sname} has invited you to edit', 'Shared with you: {docname}'],
  ['{sname} shared a document', '{sname} ({sender}) has invited you to edit the following document:', '{docname}',
   'Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA. You have received this email because {sender} shared a document with you from Google Docs.'],
  ['Open', 'Open in Docs'], brands=['{sname} (via Google Docs)', '{sname} (via Google Drive)', 'Google Drive'], color='#1a73e8')

T('p_voicemail', 'phish', 'voicemail', 'en',
  ['You have a new voice message from {phone}', 'Voicemail received - 0:{num} sec', 'New Audio Message for {rcpt}', '\u260e\ufe0f Missed call {phone}'],
  ['You received a new voice message.', 'From: {phone}\nReceived: {deadline}\nDuration: 00:00:{num}',
   'The audio message is attached to this email. Open the attachment to play it in your browser.', 'Unified Messaging Service - {rdomain}'],
  ['Play Message', 'Listen'], brands=['Voice Mail Service', 'RingCentral', 'Voicemail {rdomain}', 'Microsoft Teams Voicemail', 'Cisco Unity'], color='#4b5563', att='html', sender='tenant')

T('p_fax', 'phish', 'fax', 'en',
  ['Fax received from {phone} ({num} pages)', 'eFax message: {num} page(s)', 'New fax document for {rdomain}', 'Incoming Fax Notification'],
  ['You have received a {num} page fax.', 'Fax ID: {ref}\nFrom: {phone}\nReceived: {deadline}', 'Please open the attached document to view your fax.',
   'Powered by eFax Corporate'],
  ['View Fax'], brands=['eFax', 'eFax Messenger', 'Fax Service', 'Scan2Mail'], color='#d97706', att='svg')

T('p_invoice_html', 'phish', 'invoice-attachment', 'en',
  ['Invoice {ref} payment overdue', 'Payment advice {ref}', 'Remittance advice for {rdomain}', 'RE: outstanding invoice {ref}', 'PO#{num}'],
  ['Hello,', 'Please find attached the invoice {ref} for the services delivered last month. The payment of {amt} is now overdue.',
   'Kindly review the attached document and process the payment at your earliest convenience.', 'Best regards,\n{sname}\nAccounts Receivable\n{company}'],
  [], att='html_or_zip', shapes=['text', 'alt'])

T('p_invoice_pdf', 'phish', 'invoice-attachment', 'en',
  ['Your invoice from {company}', 'Statement of account - {deadline}', 'Invoice {ref} from {company}', 'Outstanding balance notification'],
  ['Dear customer,', 'Your invoice {ref} for {amt} is attached. Please open the secure PDF to view the details and payment options.',
   'If you have any questions, please contact our billing team.', 'Thank you for your business!'],
  [], att='pdf', shapes=['text', 'alt'], brands=['{company} Billing', 'QuickBooks', 'Intuit QuickBooks', 'Xero Invoices'])

T('p_qr_mfa', 'phish', 'qr-code', 'en',
  ['Action required: re-enroll multi-factor authentication', '2FA re-authentication required for {rcpt}', 'Your MFA expires in 24 hours',
   'Scan to keep your account active', 'Q4 salary adjustment - scan to view'],
  ['Dear {name},', 'Your multi-factor authentication settings for {rcpt} need to be updated as part of our security policy.',
   'Scan the QR code below with your mobile phone camera to complete the re-enrollment. The code expires in 24 hours.',
   'Failure to complete this step will result in your account being locked.', 'IT Security Team'],
  [], att='qr', brands=['IT Security', 'Microsoft Authenticator', 'HR Department', '{rdomain} Admin', 'Payroll'], sender='tenant')

T('p_bec_gift', 'phish', 'bec-giftcard', 'en',
  ['Quick favor', 'Are you available?', 'Urgent request', 'Need your help', 'Task'],
  ['Hi {name},', 'Are you available? I need you to handle a task for me discreetly. I am in a meeting right now and can\'t talk.',
   'I need to get some gift cards for a few clients. Can you purchase {num} Apple gift cards of $200 each? I will reimburse you later today.',
   'Let me know as soon as possible.', '{ceo}\nSent from my iPhone'],
  [], sender='ceo_freemail', shapes=['text'])

T('p_bec_wire', 'phish', 'bec-wire', 'en',
  ['Wire transfer', 'Payment to vendor - urgent', 'Change of bank details', 'Confidential acquisition'],
  ['Hello {name},', 'I need you to process a wire transfer of {amt} today to a new vendor. The payment is related to a confidential acquisition, please keep this between us until it is announced.',
   'Let me know when you are ready and I will send the beneficiary details. Please treat this as a priority.', 'Thanks,\n{ceo}'],
  [], sender='ceo_freemail', shapes=['text', 'text', 'html'])

T('p_calendar', 'phish', 'calendar-invite', 'en',
  ['Invitation: Q{num} Performance Review @ {deadline}', 'Updated invitation: Salary adjustment meeting', 'Invitation: Contract renewal discussion',
   'Meeting request: HR policy update'],
  ['{sname} has invited you to a meeting.', 'When: {deadline}\nWhere: Microsoft Teams Meeting',
   'Please review the attached agenda and confirm your attendance by signing in.', 'Join on your computer or mobile app'],
  ['Join Meeting', 'View Agenda'], att='ics', brands=['{sname}', 'HR Department', '{company} Calendar'], sender='tenant')

# ============================ PHISHING, other languages ====================
T('p_de_sparkasse', 'phish', 'bank-alert', 'de',
  ['Wichtige Mitteilung zu Ihrem Online-Banking', 'Ihr pushTAN-Verfahren muss aktualisiert werden', 'Sicherheitshinweis: Ihr Konto wurde eingeschr\u00e4nkt',
   'Aktualisierung Ihrer Kundendaten erforderlich'],
  ['Sehr geehrte Kundin, sehr geehrter Kunde,', 'aufgrund neuer gesetzlicher Vorgaben (PSD2) ist eine Aktualisierung Ihres pushTAN-Verfahrens erforderlich.',
   'Bitte f\u00fchren Sie die Aktualisierung bis zum {deadline} durch. Andernfalls wird Ihr Online-Banking aus Sicherheitsgr\u00fcnden gesperrt.',
   'Mit freundlichen Gr\u00fc\u00dfen\nIhre Sparkasse'],
  ['Jetzt aktualisieren', 'Zum Online-Banking'], brands=['Sparkasse', 'Sparkasse Online-Banking', 'Deutsche Bank', 'Commerzbank', 'Volksbank'], color='#ff0000')

T('p_de_paket', 'phish', 'parcel-fee', 'de',
  ['Ihr Paket wartet auf Zustellung', 'Zollgeb\u00fchren f\u00fcr Ihre Sendung {track}', 'Zustellung fehlgeschlagen', 'DHL: Nachricht zu Ihrer Sendung'],
  ['Sehr geehrter Kunde,', 'Ihre Sendung {track} konnte nicht zugestellt werden, da noch Zollgeb\u00fchren in H\u00f6he von {fee} offen sind.',
   'Bitte begleichen Sie den Betrag innerhalb von 48 Stunden, sonst wird die Sendung an den Absender zur\u00fcckgeschickt.'],
  ['Jetzt bezahlen', 'Sendung verfolgen'], brands=['DHL Paket', 'Deutsche Post', 'DHL Kundenservice', 'Hermes'], color='#ffcc00')

T('p_pt_correios', 'phish', 'parcel-fee', 'pt-BR',
  ['Correios: sua encomenda est\u00e1 retida', 'Taxa de importa\u00e7\u00e3o pendente - objeto {track}', 'Aviso: tentativa de entrega', 'Sua encomenda ser\u00e1 devolvida'],
  ['Prezado(a) cliente,', 'Sua encomenda {track} est\u00e1 aguardando o pagamento da taxa de importa\u00e7\u00e3o no valor de {fee}.',
   'Realize o pagamento via Pix em at\u00e9 48 horas para liberar a entrega. Ap\u00f3s esse prazo o objeto ser\u00e1 devolvido ao remetente.'],
  ['Pagar taxa', 'Rastrear objeto'], brands=['Correios', 'Correios Brasil', 'Rastreamento Correios', 'Jadlog'], color='#00416b')

T('p_pt_receita', 'phish', 'gov-notice', 'pt-BR',
  ['Receita Federal: seu CPF est\u00e1 irregular', 'Pend\u00eancia na declara\u00e7\u00e3o do Imposto de Renda', 'Restitui\u00e7\u00e3o do IR dispon\u00edvel: {amt}',
   'Notifica\u00e7\u00e3o: CPF ser\u00e1 cancelado'],
  ['Prezado(a) contribuinte,', 'Identificamos pend\u00eancias na sua declara\u00e7\u00e3o de Imposto de Renda. Seu CPF poder\u00e1 ser suspenso a partir de {deadline}.',
   'Para regularizar sua situa\u00e7\u00e3o e evitar multa, acesse o portal e consulte o processo n\u00ba {ref}.', 'Minist\u00e9rio da Fazenda - Receita Federal do Brasil'],
  ['Regularizar CPF', 'Consultar pend\u00eancia'], brands=['Receita Federal', 'gov.br', 'Receita Federal do Brasil', 'e-CAC'], color='#1351b4')

T('p_pt_banco', 'phish', 'bank-alert', 'pt-BR',
  ['Seu acesso foi bloqueado', 'Pix de {amt} n\u00e3o reconhecido', 'Atualize seu dispositivo de seguran\u00e7a', 'Aviso de seguran\u00e7a: compra suspeita'],
  ['Ol\u00e1 {name},', 'Identificamos uma transa\u00e7\u00e3o Pix de {amt} que n\u00e3o corresponde ao seu perfil de uso.',
   'Por seguran\u00e7a, seu acesso ao aplicativo foi bloqueado. Para desbloquear, confirme seus dados em at\u00e9 24 horas.'],
  ['Desbloquear acesso', 'N\u00e3o reconhe\u00e7o'], brands=['Ita\u00fa', 'Nubank', 'Bradesco', 'Banco do Brasil', 'Caixa', 'Santander'], color='#ec7000')

T('p_es_correos', 'phish', 'parcel-fee', 'es',
  ['Su paquete est\u00e1 retenido en aduanas', 'Aviso de entrega fallida', 'Correos: pago pendiente de {fee}'],
  ['Estimado cliente,', 'Su paquete {track} no ha podido ser entregado porque hay un pago pendiente de gastos de aduana de {fee}.',
   'Por favor, realice el pago en las pr\u00f3ximas 48 horas o el env\u00edo ser\u00e1 devuelto al remitente.'],
  ['Pagar ahora', 'Programar entrega'], brands=['Correos', 'Correos Express', 'SEUR', 'GLS Espa\u00f1a'], color='#ffcd00')

T('p_fr_ameli', 'phish', 'gov-notice', 'fr',
  ['Votre carte Vitale expire', 'Remboursement en attente : {amt}', 'Imp\u00f4ts : avis de remboursement', 'Action requise sur votre compte'],
  ['Madame, Monsieur,', 'Suite au dernier calcul de vos droits, vous \u00eates \u00e9ligible \u00e0 un remboursement de {amt}.',
   'Afin de recevoir ce montant, merci de mettre \u00e0 jour vos coordonn\u00e9es bancaires avant le {deadline}.', 'L\u2019Assurance Maladie'],
  ['Acc\u00e9der \u00e0 mon compte', 'Mettre \u00e0 jour'], brands=['Ameli', 'Assurance Maladie', 'impots.gouv', 'ANTS'], color='#0c419a')

T('p_nl_bank', 'phish', 'bank-alert', 'nl',
  ['Uw bankpas verloopt binnenkort', 'Belangrijk: verifieer uw gegevens', 'Uw betaalpas wordt geblokkeerd', 'Pakket in afwachting: betaal {fee}'],
  ['Beste klant,', 'Uw huidige bankpas verloopt binnenkort. Om een nieuwe pas te ontvangen moet u uw gegevens voor {deadline} controleren.',
   'Doet u dit niet, dan wordt uw pas automatisch geblokkeerd.', 'Met vriendelijke groet,\nKlantenservice'],
  ['Gegevens controleren', 'Nieuwe pas aanvragen'], brands=['ING', 'Rabobank', 'ABN AMRO', 'PostNL'], color='#ff6200')

# ---------------------------------------------------------------------------
# Attachments (small harmless dummies)
# ---------------------------------------------------------------------------
def png_qr(n=25, scale=4):
    mods = [[R.randrange(2) for _ in range(n)] for _ in range(n)]
    for (oy, ox) in ((0, 0), (0, n - 7), (n - 7, 0)):          # finder patterns
        for y in range(7):
            for x in range(7):
                edge = y in (0, 6) or x in (0, 6)
                core = 2 <= y <= 4 and 2 <= x <= 4
                mods[oy + y][ox + x] = 1 if (edge or core) else 0
    w = (n + 8) * scale
    raw = b''
    for y in range(w):
        row = bytearray([0])
        my = y // scale - 4
        for x in range(w):
            mx = x // scale - 4
            dark = 0 <= my < n and 0 <= mx < n and mods[my][mx]
            row.append(0 if dark else 255)
        raw += bytes(row)

    def chunk(t, d):
        return struct.pack('>I', len(d)) + t + d + struct.pack('>I', zlib.crc32(t + d) & 0xffffffff)
    return (b'\x89PNG\r\n\x1a\n' + chunk(b'IHDR', struct.pack('>IIBBBBB', w, w, 8, 0, 0, 0, 0)) +
            chunk(b'IDAT', zlib.compress(raw, 9)) + chunk(b'IEND', b''))


def login_html(brand, action, rcpt, title):
    return ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>%s</title>\n'
            '<style>body{font-family:Segoe UI,Arial;background:#f3f3f3}.box{width:360px;margin:80px auto;background:#fff;padding:30px}</style>\n'
            '</head><body>\n<div class="box">\n<h2>%s</h2>\n<p>%s</p>\n'
            '<form method="post" action="%s">\n<input type="email" name="login" value="%s" readonly>\n'
            '<input type="password" name="passwd" placeholder="Password">\n<button type="submit">Sign in</button>\n</form>\n'
            '<!-- dummy training sample: inert form skeleton, invented domain -->\n</div>\n</body></html>\n'
            % (esc(title), esc(brand), esc(title), esc(action), esc(rcpt))).encode('utf-8')


def svg_doc(brand, action, rcpt):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">\n'
            '<rect width="800" height="600" fill="#eeeeee"/>\n<text x="40" y="60" font-size="28" font-family="Arial">%s - Secure Document</text>\n'
            '<foreignObject x="40" y="100" width="700" height="400">\n<div xmlns="http://www.w3.org/1999/xhtml">\n'
            '<form method="post" action="%s"><input name="email" value="%s"/><input type="password" name="pass"/>'
            '<button type="submit">View Document</button></form>\n</div>\n</foreignObject>\n</svg>\n'
            % (esc(brand), esc(action), esc(rcpt))).encode('utf-8')


def pdf_doc(title, url):
    t = title.encode('latin-1', 'replace').decode('latin-1').replace('(', '').replace(')', '')
    content = 'BT /F1 18 Tf 72 720 Td (%s) Tj 0 -30 Td /F1 12 Tf (Click to view the secure document) Tj ET' % t
    objs = ['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
            '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> /Annots [6 0 R] >>',
            '<< /Length %d >>\nstream\n%s\nendstream' % (len(content), content),
            '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
            '<< /Type /Annot /Subtype /Link /Rect [72 680 400 700] /A << /S /URI /URI (%s) >> >>' % url]
    out = '%PDF-1.4\n'
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += '%d 0 obj\n%s\nendobj\n' % (i + 1, o)
    xref = len(out)
    out += 'xref\n0 %d\n0000000000 65535 f \n' % (len(objs) + 1) + ''.join('%010d 00000 n \n' % o for o in offs)
    out += 'trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n' % (len(objs) + 1, xref)
    return out.encode('latin-1')


def zip_doc(inner_name, inner):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, 'w', zipfile.ZIP_DEFLATED) as z:
        zi = zipfile.ZipInfo(inner_name, date_time=(2025, R.randrange(1, 13), R.randrange(1, 28), 9, 30, 0))
        zi.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(zi, inner)
    return bio.getvalue()


def ics_doc(dt, organizer, rcpt, title, url):
    s = dt.astimezone(datetime.timezone.utc) + datetime.timedelta(days=R.randrange(1, 5))
    f = lambda d: d.strftime('%Y%m%dT%H%M%SZ')
    return ('BEGIN:VCALENDAR\r\nPRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN\r\nVERSION:2.0\r\nMETHOD:REQUEST\r\n'
            'BEGIN:VEVENT\r\nUID:%s@%s\r\nDTSTAMP:%s\r\nDTSTART:%s\r\nDTEND:%s\r\nSUMMARY:%s\r\nORGANIZER;CN=Organizer:mailto:%s\r\n'
            'ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s\r\nLOCATION:Microsoft Teams Meeting\r\nDESCRIPTION:Review agenda and sign in: %s\r\n'
            'END:VEVENT\r\nEND:VCALENDAR\r\n' % (rstr(24), organizer.split('@')[1], f(dt), f(s), f(s + datetime.timedelta(minutes=30)),
                                                 title, organizer, rcpt, url)).encode('utf-8')


# ---------------------------------------------------------------------------
# MIME serialisation
# ---------------------------------------------------------------------------
def b64_lines(data, width=76):
    s = base64.b64encode(data).decode('ascii')
    return '\n'.join(s[i:i + width] for i in range(0, len(s), width)) + '\n'


def choose_charset(text, lang):
    if lang != 'en' and chance(0.3) or lang == 'en' and chance(0.08):
        for c in pick([('iso-8859-1', 'windows-1252'), ('windows-1252', 'iso-8859-1')]):
            try:
                text.encode(c)
                return c
            except UnicodeEncodeError:
                pass
    return 'utf-8'


def text_leaf(subtype, text, lang, charset=None, cte=None, extra=None):
    cs = charset or choose_charset(text, lang)
    text = text.replace('%CHARSET%', cs)
    data = text.encode(cs)
    if cte is None:
        if all(b < 128 for b in data):
            cte = pick(['7bit', '7bit', 'quoted-printable', 'base64', None])
        else:
            cte = pick(['quoted-printable', 'quoted-printable', 'base64', '8bit'])
    if cte is None:      # header omitted entirely (implicit 7bit)
        payload = data.decode('ascii')
    elif cte == 'base64':
        payload = b64_lines(data)
    elif cte == 'quoted-printable':
        payload = quopri.encodestring(data).decode('ascii')
        if not payload.endswith('\n'):
            payload += '\n'
    else:                # 7bit/8bit: raw bytes carried as latin-1 text, re-encoded byte-exact at the end
        payload = data.decode('latin-1')
    return dict(leaf=True, ctype='text/' + subtype, charset=cs, cte=cte, payload=payload, extra=extra or [])


def bin_leaf(ctype, data, filename=None, disp='attachment', cid=None, params=''):
    extra = []
    if filename and not is_ascii(filename):
        import urllib.parse
        extra.append("Content-Disposition: %s;\n filename*=utf-8''%s" % (disp, urllib.parse.quote(filename.encode('utf-8'))))
        name = ';\n name="%s"' % enc_words(filename, 'utf-8', 'B')
    elif filename:
        extra.append('Content-Disposition: %s; filename="%s"' % (disp, filename))
        name = '; name="%s"' % filename if chance(0.8) else ''
    else:
        name = ''
    if cid:
        extra.append('Content-ID: <%s>' % cid)
    return dict(leaf=True, ctype=ctype + params + name, charset=None, cte='base64', payload=b64_lines(data), extra=extra)


def multi(sub, parts):
    return dict(leaf=False, ctype='multipart/' + sub, parts=parts)


def boundary():
    return pick(['----=_Part_%d_%d.%d' % (R.randrange(10000, 99999), R.randrange(100000, 9999999), R.randrange(10 ** 12, 10 ** 13)),
                 '_000_%s_' % rstr(40, 'ABCDEF0123456789'), 'b1_%s' % rstr(40, 'abcdef0123456789'),
                 '000000000000%s' % rstr(16, 'abcdef0123456789'), '--==_mimepart_%s' % rstr(20, 'abcdef0123456789'),
                 '=_%s' % rstr(32, 'abcdef0123456789'), 'NextPart_%s' % rstr(12, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')])


def serialize(node, top=False):
    lines = []
    if node['leaf']:
        ct = node['ctype']
        if node['charset']:
            ct += pick(['; charset="%s"', '; charset=%s', ';\n\tcharset="%s"']) % pick([node['charset'], node['charset'].upper()])
        lines.append('Content-Type: ' + ct)
        if node['cte']:
            lines.append('Content-Transfer-Encoding: ' + pick([node['cte'], node['cte']]))
        lines.extend(node['extra'])
        return '\n'.join(lines), node['payload']
    b = boundary()
    lines.append('Content-Type: %s;%sboundary="%s"' % (node['ctype'], pick([' ', '\n\t', '\n ']), b))
    body = ''
    if top and chance(0.5):
        body += 'This is a multi-part message in MIME format.\n\n'
    for p in node['parts']:
        h, pl = serialize(p)
        body += '--%s\n%s\n\n%s' % (b, h, pl)
        if not pl.endswith('\n'):
            body += '\n'
    body += '--%s--\n' % b
    return '\n'.join(lines), body


def shape_name(node):
    if node['leaf']:
        ct = node['ctype'].split(';')[0]
        return {'text/plain': 'plain', 'text/html': 'html'}.get(ct, ct.split('/')[1])
    return '%s(%s)' % (node['ctype'].split('/')[1], ','.join(shape_name(p) for p in node['parts']))


def leaves(node):
    if node['leaf']:
        return [node]
    out = []
    for p in node['parts']:
        out.extend(leaves(p))
    return out


# ---------------------------------------------------------------------------
# Message assembly
# ---------------------------------------------------------------------------
def make_slots(tpl, lang):
    rf, rl = pick(RCPT_FIRST), pick(RCPT_LAST)
    rdom = pick(RCPT_DOMAINS)
    rcpt = pick(['%s.%s@%s' % (rf, rl, rdom), '%s%s@%s' % (rf[0], rl, rdom), '%s@%s' % (rf, rdom), '%s%d@%s' % (rf, R.randrange(1, 99), rdom),
                 pick(['info', 'office', 'accounts', 'contact', 'sales', 'billing']) + '@' + rdom])
    local = rcpt.split('@')[0]
    generic = {'en': 'Customer', 'en-GB': 'Customer', 'pt-BR': 'Cliente', 'de': 'Kunde', 'es': 'cliente', 'fr': 'client', 'nl': 'klant'}[lang]
    name = rf.capitalize() if local.startswith(rf) and chance(0.6) else pick([local, generic, rf.capitalize()])
    s_first, s_last = pick(FIRST_M + FIRST_F), pick(LAST)
    c_first, c_last = pick(FIRST_M + FIRST_F), pick(LAST)
    cl = lang if lang in CITIES else 'en'
    dl = rand_dt() + datetime.timedelta(days=R.randrange(1, 10))
    fm = pick(FREEMAIL)
    sl = {
        'rcpt': rcpt, 'rdomain': rdom, 'name': name, 'coin': pick(COINS), 'coinamt': '%s' % pick(['0.%d' % R.randrange(1000, 99999), '%d,%03d' % (R.randrange(1, 90), R.randrange(0, 999)), '%d' % R.randrange(200, 9000)]),
        'amt': money(lang, 200, 9000), 'amt2': pick(['$4,500,000.00', 'US$12.7 million', '\u20ac3.850.000,00', '$7.2M', 'USD 10,500,000']),
        'hours': str(pick([6, 12, 24, 48, 72])), 'small': str(R.randrange(3, 16)), 'days': str(R.randrange(2, 15)), 'deadline': fmt_date(lang, dl), 'ref': rstr(R.randrange(6, 11), '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ'),
        'pct': str(R.randrange(2, 9) * 10 + pick([0, 5, 7])), 'num': str(R.randrange(3, 60)), 'city': pick(CITIES[cl]),
        'phone': pick(['+1 (%d) %d-%04d' % (R.randrange(201, 989), R.randrange(200, 999), R.randrange(0, 9999)), '+44 7%d %06d' % (R.randrange(100, 999), R.randrange(0, 999999)),
                       '+55 11 9%04d-%04d' % (R.randrange(0, 9999), R.randrange(0, 9999)), '+1-8%d%d-%d-%04d' % (R.randrange(0, 9), R.randrange(0, 9), R.randrange(200, 999), R.randrange(0, 9999)),
                       '+234 80%d %07d' % (R.randrange(1, 9), R.randrange(0, 9999999)), '+49 15%d %07d' % (R.randrange(1, 9), R.randrange(0, 9999999))]),
        'sname': '%s %s' % (s_first, s_last), 's_first': s_first, 's_last': s_last, 'lname': pick(LAST), 'fname': pick(FIRST_F),
        'product': pick(tpl.get('products', ['Smart Watch X9', 'Air Fryer XL', 'wireless earbuds', 'robot vacuum', 'Dyson-style hair dryer'])),
        'price': money(lang, 19, 79), 'oldprice': money(lang, 119, 299), 'car': pick(CARS), 'site': pick(['www.', '']) + rdom,
        'company': pick(COMPANIES), 'replyaddr': '%s@%s' % (person_local(s_first, s_last), fm), 'btcamt': '0.0%d' % R.randrange(12, 99),
        'btc': 'bc1q' + rstr(38, BECH32), 'code': rstr(R.randrange(5, 9), 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'), 'tg': '%s_%s' % (s_first.lower(), rstr(3)),
        'loc': pick(LOCS), 'ip': ip(), 'device': pick(DEVICES), 'sortcode': '%02d-%02d-%02d' % (R.randrange(10, 99), R.randrange(0, 99), R.randrange(0, 99)),
        'last4': '%04d' % R.randrange(0, 9999), 'track': pick(['JD0146%012d' % R.randrange(10 ** 11), '9400 1%03d %04d %04d %04d %02d' % tuple(R.randrange(0, 9999) for _ in range(5)),
                                                            '1Z%s' % rstr(16, 'ABCDEFGHJKLMNPRSTUVWXYZ0123456789'), 'NL%09dBR' % R.randrange(10 ** 8, 10 ** 9), 'LB%09dHK' % R.randrange(10 ** 8, 10 ** 9)]),
        'fee': money(lang, 1, 4).replace(money(lang, 1, 2)[:0], ''), 'quota': str(R.randrange(95, 100)),
        'ceo': '%s %s' % (c_first, c_last), 'sender': '%s@%s' % (person_local(s_first, s_last), pick(FREEMAIL + [cheap_domain()])),
    }
    sl['docname'] = pick(DOCNAMES).replace('{ref}', sl['ref']).replace('{num}', sl['num'])
    return sl


class SafeDict(dict):
    def __missing__(self, k):
        raise KeyError('template slot missing: ' + k)


def build_message(tpl, idx):
    cls, lang = tpl['cls'], tpl['lang']
    sl = make_slots(tpl, lang)
    brands = tpl.get('brands') or ['']
    brand = pick(brands).format_map(SafeDict(sl))
    sl['brand'] = brand
    paras = [p.format_map(SafeDict(sl)) for p in tpl['paras']]
    if len(paras) > 3 and chance(0.25):                         # drop one middle paragraph for variety
        del paras[R.randrange(1, len(paras) - 1)]
    subject = decorate(pick(tpl['subjects']).format_map(SafeDict(sl)), cls, 'subject')
    cta = pick(tpl['ctas']).format_map(SafeDict(sl)) if tpl['ctas'] else ''
    url = url_for(cls, brand) if (tpl['ctas'] or tpl.get('att') or tpl['kind'] in ('fake-invoice',)) else ''
    if tpl['kind'] == 'seo-outreach' and chance(0.3):
        url = 'https://%s/audit/%s' % (cheap_domain(), rstr(6)); cta = 'Free audit'
    dt = rand_dt()
    disp, addr, sdom, via = make_sender(tpl, brand or sl['sname'], sl)
    color = tpl.get('color', '#1a73e8')
    img_host = pick(['cdn.', 'img.', 'static.', 'i.']) + cheap_domain()
    unsub = ''
    no_unsub = tpl.get('sender') in ('freemail_person', 'ceo_freemail', 'self_or_random')
    if not no_unsub and (cls == 'spam' and chance(0.55) or cls == 'phish' and chance(0.12)):
        unsub = 'https://%s/unsubscribe?e=%s' % (pick([sdom, cheap_domain()]) if sdom not in FREEMAIL else cheap_domain(), rstr(16))

    # ---- body shape
    default_shapes = (['text', 'html', 'html', 'alt', 'alt', 'alt', 'image', 'image'] if cls == 'spam'
                      else ['html', 'html', 'alt', 'alt', 'alt', 'text'])
    shape = pick(tpl.get('shapes', default_shapes))
    if shape in ('text',) and tpl['ctas'] and chance(0.2):
        shape = 'alt'
    style = pick(['card', 'card', 'button', 'filler', 'simple']) if shape != 'image' else 'image'
    if tpl.get('sender') in ('freemail_person', 'ceo_freemail', 'self_or_random'):
        style = 'simple'
    if tpl.get('att') == 'qr':
        style = pick(['card', 'filler'])
    tstyle = 'filler' if chance(0.12) else 'plain'
    ttext = text_body(paras, cta, url, lang, unsub, tstyle)
    att = tpl.get('att')
    if att == 'html_or_zip':
        att = pick(['html', 'htm', 'zip', 'zip', 'svg'])
    if shape == 'mixed_pdf':
        att, shape = 'pdf', pick(['text', 'alt', 'html'])
    cid = None
    if att == 'qr':
        cid = '%s@%s' % (rstr(12), pick(['qr', 'image001.png', 'mfa']))
    htext = html_body(paras, cta, url if att != 'qr' else '', lang, unsub, style, color, brand, img_host, cid=cid, cls=cls)
    charset = choose_charset(ttext + htext, lang)

    if shape == 'text':
        body = text_leaf('plain', ttext, lang, charset)
    elif shape in ('html', 'image'):
        body = text_leaf('html', htext, lang, charset)
    else:
        tl = text_leaf('plain', ttext, lang, charset)
        hl = text_leaf('html', htext, lang, charset)
        body = multi('alternative', [tl, hl])
    if shape == 'image' and chance(0.4) and not cid:
        # image-mostly mail with the banner embedded instead of remote
        cid = 'banner%s@%s' % (rstr(6), rstr(5))
        htext = html_body(paras, cta, url, lang, unsub, 'image', color, brand, img_host, cid=cid, cls=cls)
        body = multi('related', [text_leaf('html', htext, lang, charset), bin_leaf('image/png', png_qr(R.randrange(15, 30), 6), 'banner.png', 'inline', cid)])
        cid = None

    action = url_for('phish', brand)
    aname = None
    if att == 'qr':
        img = bin_leaf('image/png', png_qr(), pick(['qrcode.png', 'image001.png', 'QR_%s.png' % sl['ref'], 'scan.png']), 'inline', cid)
        hl = text_leaf('html', htext, lang, charset)
        if chance(0.5):
            rel = multi('related', [hl, img])
            body = multi('alternative', [text_leaf('plain', ttext.replace('\n\n', '\n\n', 1), lang, charset), rel]) if chance(0.5) else rel
        else:
            body = multi('related', [hl, img])
    elif att:
        ref = sl['ref']
        if att in ('html', 'htm'):
            if tpl['kind'] == 'voicemail':
                aname = pick(['VM_%s.%s', 'Play_Audio_%s.%s', 'Voice_Message_%s.%s', '\u25b6\ufe0fPlay_VM_%s.%s']) % (ref, att)
            else:
                aname = pick(['Invoice_%s.%s', 'Remittance-%s.%s', 'Document_%s.%s', 'Payment_Advice_%s.%s']) % (ref, att)
            a = bin_leaf(pick(['text/html', 'application/octet-stream']), login_html(brand or 'Microsoft', action, sl['rcpt'], 'Sign in to continue'), aname)
        elif att == 'svg':
            aname = pick(['Fax_%s.svg', 'Scan%s.svg', 'Doc_%s.svg', 'payment_%s.svg']) % ref
            a = bin_leaf('image/svg+xml', svg_doc(brand or 'eFax', action, sl['rcpt']), aname)
        elif att == 'pdf':
            aname = pick(['Invoice_%s.pdf', 'INV-%s.pdf', 'Statement_%s.pdf', 'Receipt-%s.pdf', 'Secure_Message_%s.pdf']) % ref
            a = bin_leaf('application/pdf', pdf_doc('%s %s' % (brand or sl['company'], ref), action), aname)
        elif att == 'zip':
            aname = pick(['Invoice_%s.zip', 'Documents_%s.zip', 'Payment_%s.zip']) % ref
            a = bin_leaf(pick(['application/zip', 'application/x-zip-compressed']), zip_doc('Invoice_%s.html' % ref, login_html('Microsoft', action, sl['rcpt'], 'Document preview')), aname)
        elif att == 'ics':
            aname = 'invite.ics'
            ics = ics_doc(dt, addr, sl['rcpt'], subject.replace('\n', ' ')[:70], action)
            if chance(0.5):
                body = multi('alternative', [text_leaf('plain', ttext, lang, charset), text_leaf('html', htext, lang, charset),
                                             text_leaf('calendar; method=REQUEST', ics.decode('utf-8').replace('\r\n', '\n'), lang, 'utf-8')])
                a = None
            else:
                a = bin_leaf('application/ics', ics, aname)
        if a is not None:
            body = multi('mixed', [body, a])

    # ---- headers
    hdrs = []
    rc = received_chain(via, sdom, sl['rcpt'], dt)
    esp = None
    if isinstance(rc, tuple):
        rc, esp = rc
    hdrs.extend(rc)
    dkim = chance(0.4) if cls == 'spam' else chance(0.3)
    if via == 'freemail' and 'gmail' in sdom:
        dkim = True
        ddom = 'gmail.com'
    else:
        ddom = sdom
    if via == 'o365':
        ddom = sdom
    if dkim and sdom not in RCPT_DOMAINS:
        hdrs.append(dkim_header(ddom, dt))
    if esp == 'sendgrid':
        hdrs.append('X-SG-EID: \n =?us-ascii?Q?%s?=' % rstr(60, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
    elif esp == 'mailgun':
        hdrs.append('X-Mailgun-Sid: %s' % rstr(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
        hdrs.append('X-Mailgun-Tag: %s' % pick(['promo', 'campaign', 'notif', rstr(6)]))
    elif esp == 'ses':
        hdrs.append('Feedback-ID: 1.us-west-2.%s=:AmazonSES' % rstr(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789'))
        hdrs.append('X-SES-Outgoing: %s' % '%04d.%02d.%02d-54.240.%d.%d' % (dt.year, dt.month, dt.day, R.randrange(0, 255), R.randrange(1, 254)))
    elif esp == 'brevo':
        hdrs.append('X-Mailer: Sendinblue')
        hdrs.append('Feedback-ID: %s:%s_-1:%s:Sendinblue' % (ip(), R.randrange(1000, 9999), R.randrange(100000, 999999)))
    elif esp == 'mailchimp':
        hdrs.append('X-MC-User: %s' % rstr(25, 'abcdef0123456789'))
    if via == 'o365':
        hdrs.append('X-MS-Exchange-Organization-AuthAs: Anonymous')
        hdrs.append('X-MS-Has-Attach: %s' % ('yes' if att else ''))
        hdrs.append('X-MS-TNEF-Correlator: ')
        hdrs.append('Thread-Topic: %s' % (subject if is_ascii(subject) else hdr_text(subject, True)))
        hdrs.append('Thread-Index: %s' % base64.b64encode(bytes(R.randrange(256) for _ in range(22))).decode())
    hfrom = addr_hdr(disp, addr)
    to_field = sl['rcpt'] if chance(0.6) else addr_hdr(sl['name'] if chance(0.5) and sl['name'] != sl['rcpt'].split('@')[0] else '', sl['rcpt'])
    if chance(0.06):
        to_field = 'undisclosed-recipients:;'
    core = [('From', hfrom), ('To', to_field), ('Subject', hdr_text(subject, chance(0.12))), ('Date', fmt_hdr_date(dt))]
    if chance(0.9):
        mid_dom = pick([sdom, sdom, 'mail.gmail.com' if 'gmail' in sdom else sdom, rstr(8) + '.local', 'localhost', '%s.prod.outlook.com' % rstr(8).upper()])
        mid = pick(['<%s@%s>' % (rstr(R.randrange(16, 36)), mid_dom), '<%s.%s@%s>' % (R.randrange(10 ** 9, 10 ** 10), rstr(12), mid_dom),
                    '<CA+%s@mail.gmail.com>' % rstr(40, 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789') if 'gmail' in sdom else '<%s@%s>' % (rstr(20), mid_dom)])
        core.append(('Message-ID', mid))
    if tpl.get('replyto') or chance(0.22):
        rt = sl['replyaddr'] if tpl.get('replyto') else pick(['%s@%s' % (random_local(), pick(FREEMAIL)), '%s@%s' % (random_local(), cheap_domain()), sl['replyaddr']])
        core.append(('Reply-To', rt))
    if chance(0.15):
        core.append(('Return-Path', '<%s@%s>' % (pick(['bounce-' + rstr(10), 'bounces+%d-%s' % (R.randrange(1000, 99999), rstr(4)), rstr(8)]), pick([sdom, cheap_domain()]))))
    if unsub and chance(0.75):
        lu = pick(['<%s>' % unsub, '<mailto:unsubscribe-%s@%s?subject=unsubscribe>, <%s>' % (rstr(10), sdom, unsub), '<mailto:unsub@%s>' % sdom])
        core.append(('List-Unsubscribe', lu))
        if 'https' in lu and chance(0.6):
            core.append(('List-Unsubscribe-Post', 'List-Unsubscribe=One-Click'))
    odd = []
    if chance(0.3):
        odd.append(pick(['X-Mailer: PHPMailer 6.%d.%d (https://github.com/PHPMailer/PHPMailer)' % (R.randrange(1, 10), R.randrange(0, 5)),
                         'X-Mailer: Microsoft Outlook 16.0', 'X-Mailer: Microsoft Office Outlook 12.0', 'X-Mailer: WPMailSMTP/Mailer/smtp 4.%d.0' % R.randrange(0, 4),
                         'X-Mailer: Mailchimp Mailer - **CID%s**' % rstr(20, 'abcdef0123456789'), 'X-Mailer: iPhone Mail (22B91)',
                         'X-Mailer: Foxmail 7.2.%d.%d[cn]' % (R.randrange(10, 25), R.randrange(100, 300)), 'X-Mailer: Apple Mail (2.3774)']))
    if chance(0.18):
        odd.append(pick(['X-Priority: 1 (Highest)', 'X-Priority: 1', 'Importance: High', 'X-MSMail-Priority: High', 'Priority: urgent']))
    if chance(0.12):
        odd.append('X-PHP-Originating-Script: %d:%s.php' % (R.randrange(0, 1500), pick(['mailer', 'send', 'wp-mail', 'class-phpmailer', rstr(6)])))
    if chance(0.12):
        odd.append('X-Originating-IP: [%s]' % ip())
    if chance(0.1):
        odd.append('X-Campaign-ID: %s' % rstr(12))
    if chance(0.08):
        odd.append('Precedence: bulk')
    if chance(0.06):
        odd.append('X-Abuse: abuse@%s' % sdom)
    if chance(0.05):
        odd.append('Organization: %s' % (brand if is_ascii(brand) else 'Support'))
    core_names = [c[0] for c in core]
    if chance(0.25):
        R.shuffle(core)
    lower = chance(0.08)
    for n, v in core:
        nn = n.lower() if lower else n
        if n == 'Subject' or ('=?' in v):
            hdrs.append('%s: %s' % (nn, v))
        else:
            hdrs.append(fold_ascii(nn, v))
    hdrs.extend(odd)
    hdrs.append(pick(['MIME-Version: 1.0', 'MIME-Version: 1.0', 'Mime-Version: 1.0', 'MIME-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))']))
    h, payload = serialize(body, top=True)
    raw = '\n'.join(hdrs) + '\n' + h + '\n\n' + payload
    lv = leaves(body)
    text_leaves = [l for l in lv if l['ctype'].startswith('text/')]
    return raw.encode('latin-1'), dict(shape=shape_name(body), charset=text_leaves[0]['charset'] if text_leaves else 'none',
                     cte='+'.join(dict.fromkeys((l['cte'] or '7bit(implicit)') for l in lv)), sdom=sdom, lv=lv, body=body,
                     subject=subject, att=aname or ('qr-inline' if att == 'qr' else ''))

# ---------------------------------------------------------------------------
# Allocation, writing, manifest, verification, README
# ---------------------------------------------------------------------------
LANG_QUOTA = {'spam': [('en', 144), ('pt-BR', 24), ('de', 22), ('es', 18), ('fr', 16), ('nl', 16)],
              'phish': [('en', 90), ('pt-BR', 12), ('de', 8), ('es', 4), ('fr', 3), ('nl', 3)]}


def lang_group(l):
    return 'en' if l.startswith('en') else l


def allocate(cls):
    plan = []
    for lang, n in LANG_QUOTA[cls]:
        tpls = [t for t in TEMPLATES if t['cls'] == cls and lang_group(t['lang']) == lang]
        assert tpls, (cls, lang)
        order = tpls[:]
        R.shuffle(order)
        for i in range(n):
            plan.append(order[i % len(order)])
    R.shuffle(plan)
    return plan


def verify(path):
    with open(path, 'rb') as fh:
        data = fh.read()
    msg = BytesParser(policy=email.policy.default).parsebytes(data)
    problems = []
    for h in ('From', 'To', 'Subject', 'Date', 'Message-ID', 'Reply-To', 'List-Unsubscribe'):
        v = msg.get(h)
        if v is not None:
            str(v)
    subj = str(msg['Subject'])
    if '=?' in subj or not subj.strip():
        problems.append('subject not decoded: %r' % subj)
    d = msg['Date'].datetime
    if d is None or d.year not in (2025, 2026):
        problems.append('bad date')
    for part in msg.walk():
        if part.defects:
            problems.append('defects %s: %r' % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        c = part.get_content()
        if part.get_content_maintype() == 'text':
            if not isinstance(c, str) or not c.strip():
                problems.append('empty text part')
        elif not isinstance(c, bytes) or not c:
            problems.append('empty binary part')
    if problems:
        raise SystemExit('VERIFY FAILED %s: %s' % (path, '; '.join(problems)))
    return msg


def count(rows, key):
    out = {}
    for r in rows:
        out[r[key]] = out.get(r[key], 0) + 1
    return sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))


def table(title, pairs):
    s = '\n### %s\n\n| value | count |\n|---|---|\n' % title
    return s + ''.join('| %s | %d |\n' % (k.replace('|', '/'), v) for k, v in pairs)


def main():
    rows = []
    for cls, n in (('spam', N_SPAM), ('phish', N_PHISH)):
        d = os.path.join(HERE, cls)
        os.makedirs(d, exist_ok=True)
        for f in sorted(os.listdir(d)):
            if f.endswith('.eml'):
                os.remove(os.path.join(d, f))
        plan = allocate(cls)
        assert len(plan) == n
        for i, tpl in enumerate(plan, 1):
            raw, info = build_message(tpl, i)
            rel = '%s/%04d.eml' % (cls, i)
            with open(os.path.join(HERE, rel), 'wb') as fh:
                fh.write(raw)
            rows.append(dict(file=rel, cls=cls, kind=tpl['kind'], template=tpl['id'], sdom=info['sdom'], charset=info['charset'],
                             cte=info['cte'], shape=info['shape'], lang=lang_group(tpl['lang']), att=info['att'] or '-'))
    with open(os.path.join(HERE, 'MANIFEST-bad.tsv'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write('file\tclass\tcampaign_kind\ttemplate\tsender_domain\tcharset\ttransfer_encoding\tmime_shape\tlanguage\tattachment\n')
        for r in rows:
            fh.write('\t'.join([r['file'], r['cls'], r['kind'], r['template'], r['sdom'], r['charset'], r['cte'], r['shape'], r['lang'], r['att']]) + '\n')
    # ---- verification pass
    for r in rows:
        verify(os.path.join(HERE, r['file']))
    # ---- README
    used = sorted(set(r['template'] for r in rows))
    parts = ['# Synthetic spam / phishing training corpus ("bad" half), 2025-2026 style\n',
             'Generated by `generate_bad.py` (Python 3 standard library only, fixed seed %d; re-running produces byte-identical files).\n' % SEED,
             '\n## What was written\n',
             '- `spam/0001.eml` .. `spam/%04d.eml`: %d spam messages\n' % (N_SPAM, N_SPAM),
             '- `phish/0001.eml` .. `phish/%04d.eml`: %d phishing messages\n' % (N_PHISH, N_PHISH),
             '- `MANIFEST-bad.tsv`: one row per file (file, class, campaign kind, template id, sender domain, charset, transfer encoding(s), MIME shape, language, attachment)\n',
             '- %d distinct campaign templates (%d spam, %d phishing), each with its own wording, several subject lines, and per-message slot values '
             '(names, amounts, dates, products, tracking numbers, URLs); sender style, header set, transport path, HTML layout, MIME shape, charset and '
             'transfer encoding are chosen independently per message.\n' % (len(used), len([t for t in used if not t.startswith('p_')]), len([t for t in used if t.startswith('p_')])),
             '- All link and sender domains are invented (cheap TLDs, look-alike brand domains, compromised-looking small-business .de/.com.br/.org/.com sites, '
             'invented sub-domains on free page hosts, invented URL shorteners, random *.onmicrosoft.com tenants). Brand names appear only as display text. '
             'Free-mail provider domains (gmail.com, outlook.com, ...) are used as sender domains for free-mail scams and BEC, and ESP / cloud host names appear in Received lines, as in real mail. '
             'Recipients are only at reader.example and team.example. Dates span January 2025 - June 2026 with varied time zones.\n',
             '- Attachments are small inert dummies: HTML/SVG files contain only a fake login-form skeleton posting to an invented domain (no script), PDFs are a one-page stub with a link annotation, '
             'ZIPs hold such an HTML stub, ICS invites carry an invented link, PNGs are generated QR-like images.\n',
             '- No Authentication-Results or X-Spam headers. About 40 %% of spam carries a DKIM-Signature with d= the sender (or free-mail) domain; signatures are random, not valid.\n',
             '- The script ends by parsing every file with `email.policy.default`, decoding every part and failing on any exception or parser defect.\n',
             '\n## Provenance statement\n',
             'The writer produced these messages from general knowledge of 2025-2026 spam and phishing. The writer did not open, list or read the evaluation corpus '
             '(nothing under /work/shared/corpus/, in particular not modern-dev) and did not read the filter\'s rules or sources (/work/main/Sources/, /work/main/README.md). '
             'No filter was run, no mail was sent and no network host was contacted.\n',
             '\n## Counts\n']
    for cls in ('spam', 'phish'):
        sub = [r for r in rows if r['cls'] == cls]
        parts.append('\n## %s (%d)\n' % (cls, len(sub)))
        parts.append(table('campaign kind', count(sub, 'kind')))
        parts.append(table('language', count(sub, 'lang')))
    parts.append('\n## Both classes (%d)\n' % len(rows))
    parts.append(table('charset (first text part)', count(rows, 'charset')))
    parts.append(table('transfer encodings (all leaf parts)', count(rows, 'cte')))
    parts.append(table('MIME shape', count(rows, 'shape')))
    parts.append(table('templates', count(rows, 'template')))
    with open(os.path.join(HERE, 'README-bad.md'), 'w', encoding='utf-8', newline='\n') as fh:
        fh.write(''.join(parts))
    print('wrote %d spam + %d phish, all verified' % (N_SPAM, N_PHISH))


if __name__ == '__main__':
    main()
