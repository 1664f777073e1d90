#!/usr/bin/env python3
"""Deterministic generator of a legitimate (ham) e-mail training corpus, 2025-2026.

Standard library only.  Fixed seed: running it twice yields byte-identical files.
Writes ham/0001.eml ... ham/0360.eml and MANIFEST-ham.tsv next to this script,
then re-parses every file with email.policy.default and decodes every part.
"""
import base64
import datetime as dt
import email
import email.policy
import email.utils
import hashlib
import io
import os
import quopri
import random
import struct
import sys
import zipfile
import zlib

SEED = 20260127
R = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "ham")
N_TOTAL = 360

# ----------------------------------------------------------------------------
# pools
# ----------------------------------------------------------------------------
FIRST = ["Maria", "James", "Priya", "Daniel", "Aisha", "Tom", "Sofia", "Kenji", "Olivia", "Marcus",
         "Hannah", "Luis", "Grace", "Ethan", "Chloe", "Samuel", "Nadia", "Ben", "Emily", "Omar",
         "Rachel", "Victor", "Leah", "Andre", "Megan", "Raj", "Claire", "Diego", "Zoe", "Patrick",
         "Ingrid", "Tariq", "Julia", "Connor", "Mei", "Isaac", "Fatima", "Noah", "Lauren", "Kwame"]
LAST = ["Alvarez", "Brennan", "Chen", "Dubois", "Eriksen", "Fischer", "Gupta", "Hall", "Ibrahim", "Jensen",
        "Kowalski", "Lindqvist", "Morales", "Nakamura", "O'Neill", "Patel", "Quinn", "Russo", "Schmidt",
        "Thompson", "Umar", "Varga", "Walsh", "Xu", "Yamada", "Zimmerman", "Okafor", "Bianchi", "Haddad", "Novak"]
CITIES = [("Portland", "OR", "97214"), ("Austin", "TX", "78704"), ("Columbus", "OH", "43215"),
          ("Raleigh", "NC", "27601"), ("Denver", "CO", "80205"), ("Madison", "WI", "53703"),
          ("Sacramento", "CA", "95814"), ("Burlington", "VT", "05401"), ("Tucson", "AZ", "85719"),
          ("Pittsburgh", "PA", "15213"), ("Boise", "ID", "83702"), ("Richmond", "VA", "23220")]
STREETS = ["Maple Ave", "Oak Street", "Cedar Lane", "Harbor Blvd", "Elm Court", "Willow Way",
           "Pine Ridge Rd", "Lakeview Dr", "Main Street", "Birch Terrace", "Summit Ave", "Mill Road"]
TZ = [-480, -420, -360, -300, -240, 0, 60, 120, 0, -300, -240, 330, 540, 600, -180, 0, 60]


def pick(seq):
    return R.choice(seq)


def person():
    return pick(FIRST), pick(LAST)


def slug(s):
    out = "".join(c.lower() if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


def rhex(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def ralnum(n, upper=True):
    chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" if upper else "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(R.choice(chars) for _ in range(n))


def rb64(nbytes):
    return base64.b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode()


def rb64url(nbytes):
    return base64.urlsafe_b64encode(bytes(R.getrandbits(8) for _ in range(nbytes))).decode().rstrip("=")


def ruuid():
    h = rhex(32)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], R.choice("89ab"), h[17:20], h[20:32])


def money(x, cur="USD"):
    if cur == "USD":
        return "${:,.2f}".format(x)
    if cur == "GBP":
        return "\u00a3{:,.2f}".format(x)
    s = "{:,.2f}".format(x).replace(",", "X").replace(".", ",").replace("X", ".")
    if cur == "BRL":
        return "R$ " + s
    if cur == "EUR_NL":
        return "\u20ac " + s
    if cur == "EUR_FR":
        return s.replace(".", "\u202f") + " \u20ac"
    return s + " \u20ac"


def rdate(start=dt.datetime(2025, 1, 3), end=dt.datetime(2026, 11, 24)):
    span = int((end - start).total_seconds())
    t = start + dt.timedelta(seconds=R.randrange(span))
    off = pick(TZ)
    return t.replace(tzinfo=dt.timezone(dt.timedelta(minutes=off)))


def fmt_date(d):
    return email.utils.format_datetime(d)


def fmt_day(d, style="us"):
    if style == "us":
        return d.strftime("%A, %B ") + str(d.day) + d.strftime(", %Y")
    return d.strftime("%d.%m.%Y")


MONTHS = {
    "de": ["Januar", "Februar", "M\u00e4rz", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "f\u00e9vrier", "mars", "avril", "mai", "juin", "juillet", "ao\u00fbt", "septembre", "octobre", "novembre", "d\u00e9cembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "mar\u00e7o", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
}


def local_day(d, lang):
    m = MONTHS[lang][d.month - 1]
    if lang == "de":
        return "%d. %s %d" % (d.day, m, d.year)
    if lang in ("es", "pt"):
        return "%d de %s de %d" % (d.day, m, d.year)
    return "%d %s %d" % (d.day, m, d.year)


# ----------------------------------------------------------------------------
# tiny binary payloads
# ----------------------------------------------------------------------------
def tiny_pdf(title):
    t = title.encode("latin-1", "replace")[:60]
    body = (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"
            b"1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            b"2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            b"3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>\nendobj\n")
    stream = b"BT /F1 12 Tf 72 720 Td (" + t.replace(b"(", b"").replace(b")", b"") + b") Tj ET"
    body += b"4 0 obj\n<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream\nendobj\n"
    body += b"5 0 obj\n<< /Title (" + t.replace(b"(", b"").replace(b")", b"") + b") /Producer (Quartz PDFContext) >>\nendobj\n"
    body += b"xref\n0 6\n0000000000 65535 f \ntrailer\n<< /Size 6 /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(body) - 40)
    return body


def tiny_zip(kind, text):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        def add(name, data):
            zi = zipfile.ZipInfo(name, date_time=(1980, 1, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
        if kind == "docx":
            add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
            add("word/document.xml", '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:body></w:document>' % text)
        else:
            add("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>')
            add("xl/worksheets/sheet1.xml", '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>%s</t></is></c></row></sheetData></worksheet>' % text)
    return buf.getvalue()


def tiny_png(w=8, h=8):
    color = bytes([R.randrange(256), R.randrange(256), R.randrange(256)])
    raw = b"".join(b"\x00" + color * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def tiny_jpg():
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00H\x00H\x00\x00"
            b"\xff\xe1\x00\x16Exif\x00\x00MM\x00*\x00\x00\x00\x08\x00\x00\x00\x00"
            + bytes(R.getrandbits(8) for _ in range(180)) + b"\xff\xd9")


def ics(summary, start, minutes, organizer, attendee, location, uid_dom, method="REQUEST"):
    fmt = "%Y%m%dT%H%M%SZ"
    s = start.astimezone(dt.timezone.utc)
    e = s + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Google Inc//Google Calendar 70.9054//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT",
             "DTSTART:" + s.strftime(fmt), "DTEND:" + e.strftime(fmt), "DTSTAMP:" + s.strftime(fmt),
             "ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]),
             "UID:%s@%s" % (rhex(26), uid_dom),
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % (attendee, attendee),
             "SUMMARY:" + summary, "LOCATION:" + location, "SEQUENCE:0", "STATUS:CONFIRMED",
             "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR", ""]
    folded = []
    for ln in lines:
        while len(ln) > 74:
            folded.append(ln[:74])
            ln = " " + ln[74:]
        folded.append(ln)
    return "\r\n".join(folded)


# ----------------------------------------------------------------------------
# header helpers
# ----------------------------------------------------------------------------
def is_ascii(s):
    try:
        s.encode("ascii")
        return True
    except UnicodeEncodeError:
        return False


def enc_words(s, charset="utf-8", mode=None):
    """RFC 2047 encode (B or Q), folded."""
    if is_ascii(s):
        return s
    try:
        s.encode(charset)
    except UnicodeEncodeError:
        charset = "utf-8"
    mode = mode or R.choice("BBQ")
    cs = charset.upper() if R.random() < 0.7 else charset.lower()
    words, cur = [], ""
    limit = 42 if mode == "B" else 22
    for ch in s:
        if len((cur + ch).encode(charset)) > limit:
            words.append(cur)
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(cur)
    out = []
    for w in words:
        b = w.encode(charset)
        if mode == "B":
            out.append("=?%s?B?%s?=" % (cs, base64.b64encode(b).decode()))
        else:
            q = ""
            for byte in b:
                c = chr(byte)
                if c == " ":
                    q += "_"
                elif c.isalnum() and byte < 128:
                    q += c
                elif c in "!*+-/" and byte < 128:
                    q += c
                else:
                    q += "=%02X" % byte
            out.append("=?%s?Q?%s?=" % (cs, q))
    return "\n ".join(out)


def addr(name, a, charset="utf-8"):
    if not name:
        return a
    if is_ascii(name):
        if any(c in name for c in ',.;:()<>@"\'[]'):
            return '"%s" <%s>' % (name.replace('"', ''), a)
        return "%s <%s>" % (name, a)
    return "%s <%s>" % (enc_words(name, charset), a)


def fold_list(items, sep=", "):
    return (sep.rstrip() + "\n ").join(items)


def dom_of(a):
    return a.split("@", 1)[1].lower()


def dkim(d, s, t, hdrs):
    b = rb64(256)
    bchunks = [b[i:i + 72] for i in range(0, len(b), 72)]
    return ("v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d; bh=%s;\n\th=%s;\n\tb=%s"
            % (d, s, t, rb64(32), hdrs, "\n\t ".join(bchunks)))


def rdt(d, plus):
    return d + dt.timedelta(seconds=plus)


def utc_str(d):
    u = d.astimezone(dt.timezone.utc)
    return email.utils.format_datetime(u).replace("-0000", "+0000") + " (UTC)"


def ip4(prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(R.randrange(1, 254)))
    return ".".join(parts)


TLS_POSTFIX = [
    "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
    "(using TLSv1.3 with cipher TLS_AES_128_GCM_SHA256 (128/128 bits)\n\t key-exchange X25519 server-signature ECDSA (P-256) server-digest SHA256)",
    "(using TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits))",
    "(using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)\n\t key-exchange X25519MLKEM768 server-signature RSA-PSS (2048 bits) server-digest SHA256)",
]


def postfix_qid():
    return "4" + R.choice("XYZ") + ralnum(1) + "".join(R.choice("bcdfghjklmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ0123456789") for _ in range(9))


# ----------------------------------------------------------------------------
# ESP / MTA profiles: sender-side Received lines, Return-Path, Message-ID,
# DKIM domains, extra headers, click-tracking host
# ----------------------------------------------------------------------------
def esp_profile(esp, dom, rcpt, d):
    p = {"inner": [], "extra": [], "dkim": [(dom, pick(["s1", "k1", "selector1", "mail", "dkim", "m1", "em"]))],
         "helo": "mail.%s" % dom, "ip": ip4("%d.%d" % (R.randrange(40, 210), R.randrange(1, 250))),
         "rp": "bounce@%s" % dom, "msgid": "<%s@%s>" % (rhex(24), dom), "feedback": None,
         "boundary": "b1_" + rhex(32), "link": None}
    t = d
    rl = rcpt.replace("@", "=")
    if esp == "ses":
        n, m = R.randrange(1, 250), R.randrange(1, 250)
        reg = pick(["us-east-1", "us-west-2", "eu-west-1"])
        p["helo"] = "a%d-%d.smtp-out.%samazonses.com" % (n, m, "" if reg == "us-east-1" else reg + ".")
        p["ip"] = "54.240.%d.%d" % (n, m)
        sid = "010%d019%s-%s-%s-%s-%s-000000" % (R.choice([0, 1]), rhex(5), rhex(8), rhex(4), rhex(4), rhex(12))
        p["rp"] = "%s@%samazonses.com" % (sid, "" if reg == "us-east-1" else reg + ".")
        p["msgid"] = "<%s@email.amazonses.com>" % sid if R.random() < 0.6 else "<%s@%s>" % (ruuid(), dom)
        p["dkim"].append(("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono"))
        p["feedback"] = "::1.%s.%s=:AmazonSES" % (reg, rb64(32)[:43])
        p["extra"].append(("X-SES-Outgoing", "%s-%s" % (d.astimezone(dt.timezone.utc).strftime("%Y.%m.%d"), p["ip"])))
        p["link"] = lambda u: "https://%s.awstrack.me/L0/%s/1/%s/%s=%d" % (reg, u.replace(":", "%3A").replace("/", "%2F"), sid, rb64url(12), R.randrange(100, 500))
    elif esp in ("sendgrid", "toast", "stripe"):
        n = R.randrange(1, 40)
        base = {"sendgrid": dom, "toast": "toasttab.com", "stripe": "email.stripe.com"}[esp]
        p["helo"] = "o%d.ptr%d.%s" % (R.randrange(1, 9), R.randrange(1000, 9999), base if esp != "stripe" else "stripe.com")
        p["ip"] = "%s.%d.%d" % (pick(["149.72", "167.89", "168.245"]), R.randrange(1, 250), R.randrange(1, 250))
        em = "em%d.%s" % (R.randrange(100, 9999), dom if esp == "sendgrid" else base)
        p["rp"] = "bounces+%d-%s-%s@%s" % (R.randrange(1000000, 99999999), rhex(4), rl, em)
        pod = "geopod-ismtpd-%d" % R.randrange(1, 60)
        p["msgid"] = "<%s@%s>" % (rb64url(16), pod) if esp == "sendgrid" else "<%s@%s>" % (rhex(20), base)
        fd = "filterdrecv-%s-%s" % (rhex(10), ralnum(5, False))
        p["inner"] = ["by %s with SMTP id %s-1-%s-%s\n\t%s.%09d +0000 UTC m=+%d.%06d" % (
            fd, fd, rhex(8).upper(), R.randrange(2, 40), rdt(t, 1).astimezone(dt.timezone.utc).strftime("%Y-%m-%d %H:%M:%S"),
            R.randrange(10 ** 9), R.randrange(100, 900000), R.randrange(10 ** 6)),
            "from %s (unknown)\n\tby %s (SG) with HTTP\n\tid %s\n\t%s" % (rhex(12), pod, rb64url(16), utc_str(t))]
        p["extra"].append(("X-SG-EID", "\n " + rb64(120)))
        if esp == "sendgrid":
            p["extra"].append(("X-Entity-ID", rb64url(16)))
            p["dkim"].append(("sendgrid.info", "smtpapi"))
        else:
            p["dkim"] = [(base if esp == "toast" else "stripe.com", "s1")]
        p["boundary"] = rhex(64)
        p["link"] = lambda u: "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (R.randrange(1000000, 40000000), rb64url(60))
    elif esp in ("mailchimp", "mandrill"):
        n, m = R.randrange(1, 250), R.randrange(1, 250)
        if esp == "mailchimp":
            host = "mail%d.atl%d.mcsv.net" % (n, R.randrange(11, 240))
            p["rp"] = "bounce-mc.us%d_%d.%d-%s@%s" % (R.randrange(2, 21), R.randrange(10 ** 7, 10 ** 8), R.randrange(10 ** 6, 10 ** 7), rl, host)
            p["msgid"] = "<%s.%s@mail%d.suw%d.mcdlv.net>" % (rhex(20), rhex(32), n, R.randrange(11, 99))
            us = R.randrange(2, 21)
            p["extra"] += [("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (rhex(10), rhex(10))),
                           ("X-Campaign", "mailchimp%s.%s" % (rhex(25), rhex(10))),
                           ("X-campaignid", "mailchimp%s.%s" % (rhex(25), rhex(10))),
                           ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (rhex(25), rhex(10), rhex(10)))]
            p["feedback"] = "%d:%d.%d:us%d:mc" % (R.randrange(10 ** 7, 10 ** 8), R.randrange(10 ** 7, 10 ** 8), R.randrange(10 ** 6, 10 ** 7), us)
            p["dkim"].append(("mcsv.net", "k2"))
            sl = dom.split(".")[0]
            p["link"] = lambda u: "https://%s.us%d.list-manage.com/track/click?u=%s&id=%s&e=%s" % (sl, us, rhex(25), rhex(10), rhex(10))
            p["boundary"] = "_----------=_MCPart_%d" % R.randrange(10 ** 9)
        else:
            host = "mail%d-%d.atl%d.mandrillapp.com" % (n, m, R.randrange(11, 240))
            p["rp"] = "bounce-md_%d.%s.v1-%s@%s" % (R.randrange(10 ** 7, 10 ** 8), rhex(8), rhex(32), "mandrillapp.com")
            p["msgid"] = "<%s.%s.%s@mandrillapp.com>" % (rhex(10), rhex(20), d.strftime("%Y%m%d%H%M%S"))
            p["extra"] += [("X-Mandrill-User", "md_%d" % R.randrange(10 ** 7, 10 ** 8)), ("X-Report-Abuse", "Please forward a copy of this message, including all headers, to abuse@mandrill.com")]
            p["dkim"].append(("mandrillapp.com", "mte1"))
            p["link"] = lambda u: "https://mandrillapp.com/track/click/%d/%s?p=%s" % (R.randrange(10 ** 7, 10 ** 8), dom, rb64url(90))
            p["boundary"] = "_av-%s" % rb64url(16)
        p["helo"], p["ip"] = host, "198.2.%d.%d" % (R.randrange(128, 191), m)
        p["inner"] = ["from localhost (localhost [127.0.0.1])\n\tby %s (Mailchimp) with ESMTP id %s\n\tfor <%s>; %s" % (host, postfix_qid(), rcpt, utc_str(t))]
    elif esp == "sfmc":
        sub = pick(["email", "e", "mail", "em"])
        p["helo"] = "mta%d.%s.%s" % (R.randrange(1, 9), sub, dom)
        p["ip"] = "13.111.%d.%d" % (R.randrange(1, 250), R.randrange(1, 250))
        p["rp"] = "bounce-%d_HTML-%d-%d-%d-%d@bounce.%s.%s" % (R.randrange(10 ** 3, 10 ** 4), R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 5, 10 ** 6), R.randrange(10 ** 6, 10 ** 7), R.randrange(10, 99), sub, dom)
        p["msgid"] = "<%s@xtnvmta%d.xt.local>" % (ruuid(), R.randrange(1, 9999))
        p["inner"] = ["by %s id %s for <%s>; %s (envelope-from <%s>)" % (p["helo"], ralnum(12, False), rcpt, fmt_date(t.astimezone(dt.timezone(dt.timedelta(hours=-6)))), p["rp"])]
        p["extra"] += [("x-job", "%d_%d" % (R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 5, 10 ** 6))), ("X-SFMC-Stack", str(R.choice([4, 7, 10, 11, 50])))]
        p["feedback"] = "%d:%d:%d:sfmktc" % (R.randrange(10 ** 6, 10 ** 7), R.randrange(100, 999), R.randrange(10 ** 6, 10 ** 7))
        p["dkim"] = [("%s.%s" % (sub, dom), "200608")] if R.random() < 0.5 else [(dom, "200608")]
        p["boundary"] = "----=_Part_%d_%d.%d" % (R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 12, 10 ** 13))
        p["link"] = lambda u: "https://click.%s.%s/?qs=%s" % (sub, dom, rhex(96))
    elif esp == "klaviyo":
        p["helo"] = "%s.%s.sendgrid.net" % (rhex(8), "outbound-mail") if R.random() < 0.3 else "send%d.klaviyomail.com" % R.randrange(1, 30)
        p["ip"] = "%s.%d.%d" % (pick(["168.245", "198.21", "149.72"]), R.randrange(1, 250), R.randrange(1, 250))
        p["rp"] = "bounce+%s=%s@send.%s" % (rhex(16), rl, dom)
        p["msgid"] = "<%s@klaviyomail.com>" % ruuid().upper().replace("-", "")[:26] if R.random() < 0.5 else "<01J%s@%s>" % (ralnum(23), dom)
        p["extra"] += [("X-Kmail-Relay-Addr", "kmail-%s" % rhex(6)), ("X-Kmail-Account", ralnum(6)), ("X-Kmail-Message", "01J" + ralnum(23))]
        p["feedback"] = "%s:%s:campaign:klaviyo" % (ralnum(6), "01J" + ralnum(10))
        p["dkim"].append(("klaviyomail.com", "kl"))
        p["link"] = lambda u: "https://ctrk.klclick%s.com/l/01J%s_%d" % (pick(["", "1", "2", "3"]), ralnum(23), R.randrange(10 ** 5, 10 ** 6))
    elif esp == "braze":
        p["helo"] = "mta-%d-%d.sparkpostmail.com" % (R.randrange(1, 200), R.randrange(1, 99))
        p["ip"] = "192.174.%d.%d" % (R.randrange(80, 95), R.randrange(1, 250))
        p["rp"] = "msprvs1=%s=bounces-%d-%d@bounce.%s" % (rb64url(12), R.randrange(100000, 999999), R.randrange(1, 999), dom)
        p["msgid"] = "<%s.%s@%s>" % (rhex(8), rhex(12), "braze.com" if R.random() < 0.4 else dom)
        p["inner"] = ["from [10.90.%d.%d] ([10.90.%d.%d:%d])\n\tby i-0%s.mta1vrest.cc.prd.sparkpost (envelope-from <%s>)\n\t(ecelerity 5.0.1.66812 r(msys-ecelerity:tags/5.0.1.0^0)) with REST\n\tid %s-%s-%s; %s" % (
            R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250), R.randrange(30000, 60000), rhex(16), p["rp"], ralnum(2), rhex(5).upper(), rhex(8).upper(), utc_str(t))]
        p["extra"] += [("X-MSFBL", rb64(96))]
        p["feedback"] = "%s:%s:braze" % (ralnum(8, False), ralnum(12, False))
        p["link"] = lambda u: "https://ablink.%s/ls/click?upn=%s" % (("email." + dom) if R.random() < 0.5 else ("e." + dom), rb64url(70))
    elif esp == "postmark":
        p["helo"] = "sc-ord-mta%d.mtasv.net" % R.randrange(100, 200)
        p["ip"] = "50.31.%d.%d" % (R.randrange(100, 250), R.randrange(1, 250))
        p["rp"] = "pm_bounces@pm-bounces.%s" % dom
        p["msgid"] = "<%s@mtasv.net>" % ruuid()
        p["inner"] = ["by mtasv.net id %s for <%s>; %s\n\t(envelope-from <%s>)" % (ralnum(14, False), rcpt, fmt_date(t), p["rp"])]
        p["extra"] += [("X-PM-Message-Id", ruuid()), ("X-PM-RCPT", "|bTB8MjM4NDYzfDEwMjg4MjU3fCR7cmNwdH0=|"), ("X-PM-Message-Options", "v1;" + rb64(40))]
        p["feedback"] = "s%d-%s:s%d:a%d:postmark" % (R.randrange(1000, 9999), rhex(8), R.randrange(1000, 9999), R.randrange(100000, 999999))
        p["dkim"].append(("pm.mtasv.net", "pm"))
        p["link"] = None
    elif esp == "mailgun":
        p["helo"] = "m%d-%d.mailgun.net" % (R.randrange(100, 250), R.randrange(1, 250))
        p["ip"] = "%s.%d.%d" % (pick(["159.135", "69.72", "198.61"]), R.randrange(1, 250), R.randrange(1, 250))
        p["rp"] = "bounce+%s.%s-%s@mg.%s" % (rhex(6), rhex(6), rl, dom)
        p["msgid"] = "<%s.%s@mg.%s>" % (d.strftime("%Y%m%d%H%M%S"), rhex(16), dom)
        p["inner"] = ["by %s with HTTP id %s; %s" % (rhex(12), rhex(24), fmt_date(t.astimezone(dt.timezone.utc)).replace("+0000", "GMT"))]
        p["extra"] += [("X-Mailgun-Sid", rb64(40)), ("X-Mailgun-Tag", pick(["newsletter", "receipt", "transactional", "digest"]))]
        p["dkim"] = [("mg." + dom, "mx"), (dom, "krs")]
        p["link"] = lambda u: "https://email.mg.%s/c/eJx%s" % (dom, rb64url(80))
    elif esp == "brevo":
        p["helo"] = "mail%d.sendibt%d.com" % (R.randrange(1, 99), R.randrange(2, 4))
        p["ip"] = "%s.%d" % (pick(["77.32.148", "185.41.28", "212.146.240"]), R.randrange(1, 250))
        p["rp"] = "bounces-%s-%s@%s.mr.sendibt3.com" % (rhex(14), rl.split("=")[0], ralnum(3, False))
        p["msgid"] = "<%s.%s@smtp-relay.mailin.fr>" % (d.strftime("%Y%m%d%H%M%S"), rhex(18))
        p["extra"] += [("X-Mailer", "Brevo"), ("X-sib-id", rb64(60))]
        p["dkim"].append(("sendibt3.com", "mail"))
        p["link"] = lambda u: "https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s" % (ralnum(4, False), rb64url(60))
        p["feedback"] = "%d:%d:brevo" % (R.randrange(10 ** 5, 10 ** 6), R.randrange(1, 99))
    elif esp == "hubspot":
        p["helo"] = "%d.%d.hubspotemail.net" % (R.randrange(10, 99), R.randrange(10, 99))
        p["ip"] = "%s.%d.%d" % (pick(["143.244", "158.247"]), R.randrange(64, 95), R.randrange(1, 250))
        p["rp"] = "%d-%s@bounce.hubspotemail.net" % (R.randrange(10 ** 6, 10 ** 8), rhex(40))
        p["msgid"] = "<%d.%d@%s>" % (R.randrange(10 ** 12, 10 ** 13), R.randrange(10 ** 5, 10 ** 6), dom)
        p["extra"] += [("X-HS-Cid", rb64url(60)), ("X-Report-Abuse-To", "abuse@hubspot.com")]
        p["dkim"].append(("hs%d.hubspotemail.net" % R.randrange(100000, 999999), "hs1"))
        p["link"] = lambda u: "https://%s.na1.hubspotlinks.com/Ctc/%s/%s" % (ralnum(8, False), ralnum(4), rb64url(50))
    elif esp == "intuit":
        p["helo"] = "mail%d.notification.intuit.com" % R.randrange(1, 20)
        p["ip"] = "206.108.40.%d" % R.randrange(1, 250)
        p["rp"] = "bounce-%s@notification.intuit.com" % rhex(20)
        p["msgid"] = "<%d.%d.%d.JavaMail.qbo@%s>" % (R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 6, 10 ** 7), int(d.timestamp() * 1000), "qbo-prd-%d.intuit.com" % R.randrange(1, 99))
        p["dkim"] = [("notification.intuit.com", "s2048")]
        p["boundary"] = "----=_Part_%d_%d.%d" % (R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 8, 10 ** 9), int(d.timestamp() * 1000))
        p["link"] = None
    elif esp == "shopify":
        p["helo"] = "mail-%d.smtp.shopifyemail.com" % R.randrange(1, 80)
        p["ip"] = "23.227.%d.%d" % (R.randrange(32, 63), R.randrange(1, 250))
        p["rp"] = "bounces+%d-%s=%s@shopifyemail.com" % (R.randrange(10 ** 6, 10 ** 8), rhex(4), rl)
        p["msgid"] = "<%s@shopify.com>" % ruuid()
        p["dkim"] = [(dom, "shopify"), ("shopifyemail.com", "s1")]
        p["extra"] += [("X-Shopify-Shop-Id", str(R.randrange(10 ** 7, 10 ** 8)))]
        p["link"] = None
    elif esp in ("gmail", "workspace"):
        p["helo"] = "mail-%s-f%d.google.com" % (pick(["pj1", "ej1", "wr1", "lf1", "qk1", "yw1", "ot1", "pl1", "wm1"]), R.randrange(41, 199))
        p["ip"] = "209.85.%d.%d" % (R.randrange(128, 255), R.randrange(1, 250))
        p["rp"] = rcpt  # replaced by caller with sender address
        p["msgid"] = "<CA%s%s@mail.gmail.com>" % (pick(["+", "J", "F", "K", "E", "O", "M"]), rb64(40)[:54].replace("/", "_"))
        p["inner"] = ["by %s with SMTP id %s.%d\n\tfor <%s>; %s" % (p["helo"], "a640c23a62f3a-" + rhex(12) + "so" + str(R.randrange(10 ** 6, 10 ** 8)), R.randrange(1, 9), rcpt, fmt_date(t))]
        p["extra"] += [("X-Gm-Message-State", "AOJu0Y" + rb64(60)), ("X-Google-Smtp-Source", "AGHT+IF" + rb64(50)),
                       ("X-Received", "by 2002:a17:906:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (rhex(4), rhex(3), rhex(4), rhex(10), R.randrange(1, 99), int(t.timestamp()), fmt_date(t)))]
        p["dkim"] = [("gmail.com", "20230601")] if esp == "gmail" else [(dom, "google")]
        p["boundary"] = "0000000000" + rhex(18)
    elif esp in ("outlook", "m365"):
        reg = pick([("eurprd07", "DB9PR07MB", "EUR05-DB8-obe", "40.92"), ("namprd12", "SA1PR12MB", "NAM12-BN8-obe", "40.107"),
                    ("namprd04", "BN6PR04MB", "NAM04-MW2-obe", "40.107"), ("eurprd03", "AM9PR03MB", "EUR03-AM7-obe", "40.92")])
        box = "%s%d" % (reg[1], R.randrange(1000, 9999))
        p["helo"] = "%s.outbound.protection.outlook.com" % reg[2]
        p["ip"] = "%s.%d.%d" % (reg[3], R.randrange(1, 120), R.randrange(1, 250))
        p["msgid"] = "<%s%s@%s.%s.prod.outlook.com>" % (box, rhex(3).upper() + ralnum(26), box, reg[0])
        p["inner"] = ["from %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s]) by %s.%s.prod.outlook.com\n ([fe80::%s:%s:%s:%s%%5]) with mapi id 15.20.%d.%03d; %s" % (
            box, reg[0], rhex(4), rhex(4), rhex(4), rhex(4), box, reg[0], rhex(4), rhex(4), rhex(4), rhex(4), R.randrange(8000, 9400), R.randrange(0, 30), fmt_date(t.astimezone(dt.timezone.utc)))]
        p["extra"] += [("Thread-Topic", None), ("Thread-Index", "AQH" + rb64(30)[:34]), ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                       ("x-ms-exchange-messagesentrepresentingtype", "1")]
        p["dkim"] = [("outlook.com", "selector1")] if esp == "outlook" else [(dom, "selector1"), ("%s.onmicrosoft.com" % dom.split(".")[0], "selector1-%s" % dom.replace(".", "-"))]
        p["boundary"] = "_000_%s_" % p["msgid"][1:].split("@")[0]
        p["box"] = (box, reg[0])
    elif esp == "yahoo":
        p["helo"] = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (R.randrange(300, 330), R.randrange(1, 50), pick(["ne1", "bf2", "gq1"]))
        p["ip"] = "66.163.%d.%d" % (R.randrange(184, 191), R.randrange(1, 250))
        p["msgid"] = "<%d.%d.%d@mail.yahoo.com>" % (R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 6, 10 ** 7), int(t.timestamp() * 1000))
        p["inner"] = ["from 10.197.%d.%d by %s with HTTP; %s" % (R.randrange(1, 250), R.randrange(1, 250), p["helo"], fmt_date(t.astimezone(dt.timezone.utc)))]
        p["extra"] += [("X-Mailer", "WebService/1.1.%d YMailNorrin" % R.randrange(22000, 24500))]
        p["dkim"] = [("yahoo.com", "s2048")]
        p["boundary"] = "----=_Part_%d_%d.%d" % (R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 8, 10 ** 9), int(t.timestamp() * 1000))
    elif esp == "icloud":
        p["helo"] = "outbound.%s.icloud.com" % pick(["st", "mr", "qs"])
        p["ip"] = "57.103.%d.%d" % (R.randrange(64, 90), R.randrange(1, 250))
        p["msgid"] = "<%s@icloud.com>" % ruuid().upper()
        p["inner"] = ["from smtpclient.apple (unknown [17.%d.%d.%d])\n\tby p00-icloudmta-asmtp-us-west-1a-%d-percent-%d.p00-icloudmta-asmtp-vip.icloud-mail-production.svc.kube.us-west-1a.k8s.cloud.apple.com (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            R.randrange(1, 250), R.randrange(1, 250), R.randrange(1, 250), R.randrange(10, 99), R.randrange(1, 9), rhex(12).upper(), rcpt, utc_str(t))]
        p["extra"] += [("X-Mailer", pick(["iPhone Mail (22F76)", "iPhone Mail (23A341)", "Apple Mail (2.3826.600.51.1.5)", "iPad Mail (22E240)"]))]
        p["dkim"] = [("icloud.com", "1a1hai")]
        p["boundary"] = "Apple-Mail=_%s" % ruuid().upper()
    elif esp == "github":
        p["helo"] = "out-%d.smtp.github.com" % R.randrange(16, 30)
        p["ip"] = "192.30.252.%d" % R.randrange(190, 215)
        p["rp"] = "noreply@github.com"
        p["inner"] = ["from github.com (hubbernetes-node-%s.va3-iad.github.net [10.48.%d.%d])\n\tby smtp.github.com (Postfix) with ESMTPA id %s\n\tfor <%s>; %s" % (
            ralnum(6, False), R.randrange(1, 250), R.randrange(1, 250), postfix_qid(), rcpt, fmt_date(t.astimezone(dt.timezone(dt.timedelta(hours=-7)))))]
        p["dkim"] = [("github.com", "pf2023")]
        p["boundary"] = "--==_mimepart_%s_%d" % (rhex(13), R.randrange(1, 400))
    elif esp == "googlegroups":
        p["helo"] = "mail-%s-f%d.google.com" % (pick(["yw1", "qt1", "oo1", "ua1"]), R.randrange(41, 199))
        p["ip"] = "209.85.%d.%d" % (R.randrange(128, 255), R.randrange(1, 250))
        p["inner"] = ["by 2002:a05:%s:%s:b0:%s:%s with SMTP id %s.%d.%d;\n        %s" % (rhex(4), rhex(4), rhex(3), rhex(4), rhex(10), R.randrange(1, 99), int(t.timestamp()), fmt_date(t))]
        p["dkim"] = [("googlegroups.com", "20230601")]
        p["boundary"] = "----=_Part_%d_%d.%d" % (R.randrange(10 ** 6, 10 ** 8), R.randrange(10 ** 8, 10 ** 9), int(t.timestamp() * 1000))
    elif esp == "groupsio":
        p["helo"] = "mail0%d.groups.io" % R.randrange(1, 3)
        p["ip"] = "66.175.222.%d" % R.choice([12, 108])
        p["inner"] = ["from [127.0.0.1] by groups.io with HTTP; %s" % fmt_date(t.astimezone(dt.timezone(dt.timedelta(hours=-7))))]
        p["dkim"] = [("groups.io", "20240206")]
        p["msgid"] = "<%d.%d@groups.io>" % (R.randrange(10 ** 4, 10 ** 5), R.randrange(10 ** 16, 10 ** 17))
        p["boundary"] = "=_" + rhex(28)
    elif esp == "mailman":
        p["helo"] = pick(["mail", "lists", "smtp", "mx"]) + "." + dom
        phelo = pick(["mail-%s-f%d.google.com" % (pick(["wr1", "ej1", "pl1", "qt1"]), R.randrange(41, 199)), "sonic%d-%d.consmr.mail.ne1.yahoo.com" % (R.randrange(300, 330), R.randrange(1, 50)),
                      "mailout.fastmail.com", "mout01.posteo.de", "EUR05-DB8-obe.outbound.protection.outlook.com", "outbound.st.icloud.com"])
        p["inner"] = ["from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (p["helo"], p["helo"], postfix_qid(), fmt_date(rdt(t, 2))),
                      "from %s (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
                          phelo, phelo, ip4("%d.%d" % (R.randrange(40, 210), R.randrange(1, 250))), pick(TLS_POSTFIX), p["helo"], postfix_qid(), "LISTADDR", fmt_date(rdt(t, 1)))]
        p["boundary"] = "===============%019d==" % R.randrange(10 ** 18, 10 ** 19)
    elif esp == "own":
        qid = postfix_qid()
        p["helo"] = "mail.%s" % dom if esp == "own" else pick(["mail", "lists", "smtp"]) + "." + dom
        ih = "%s%d.%s" % (pick(["app", "notify", "web", "mta-int", "relay"]), R.randrange(1, 12), pick(["int", "corp", "prod"]) + "." + dom)
        p["inner"] = ["from %s (%s [%s])\n\tby %s (Postfix) with ESMTP id %s;\n\t%s" % (
            ih, ih, ip4("10.%d" % R.randrange(0, 20)), p["helo"], qid, fmt_date(t))]
        p["boundary"] = "------------" + ralnum(24)
    p["t0"] = d
    return p


def receiving_chain(p, rcpt, d, force_lmtp=False):
    """Receiver-side Received lines (newest first) for reader.example / team.example."""
    t1 = rdt(d, R.randrange(2, 40))
    t2 = rdt(t1, R.randrange(0, 3))
    lines = []
    if rcpt.endswith("@team.example") and R.random() < 0.75:
        box = "%s%d" % (pick(["SA1PR12MB", "PH7PR12MB", "MN2PR12MB", "DM6PR12MB"]), R.randrange(1000, 9999))
        fe = "%s%s.namprd12.prod.outlook.com" % (pick(["BN8NAM12FT", "CO1PEPF0000", "DS3PEPF0000"]), R.randrange(10, 99))
        lines.append("from %s (2603:10b6:%s::%s) by\n %s.namprd12.prod.outlook.com (2603:10b6:%s::%s) with\n Microsoft SMTP Server (version=TLS1_2,\n cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            fe, rhex(3), rhex(2), box, rhex(3), rhex(2), R.randrange(8400, 9400), R.randrange(10, 30), fmt_date(t2.astimezone(dt.timezone.utc))))
        lines.append("from %s (%s) by\n %s (%s) with Microsoft SMTP Server (version=TLS1_3,\n cipher=TLS_AES_256_GCM_SHA384) id 15.20.%d.%d via Frontend Transport; %s" % (
            p["helo"], p["ip"], fe, ip4("10.167.%d" % R.randrange(1, 250)), R.randrange(8400, 9400), R.randrange(10, 30), fmt_date(t1.astimezone(dt.timezone.utc))))
    else:
        mx = pick(["mx1", "mx2", "mx3"]) + "." + dom_of(rcpt)
        if R.random() < 0.7 or force_lmtp:
            lines.append("from %s\n\tby %s with LMTP\n\tid %s\n\t(envelope-from <%s>)\n\tfor <%s>; %s" % (
                mx, pick(["imap1", "imap2", "store3"]) + "." + dom_of(rcpt), rb64(12), p["rp"], rcpt, fmt_date(t2)))
        lines.append("from %s (%s [%s])\n\t%s\n\t(No client certificate requested)\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s>; %s" % (
            p["helo"], p["helo"], p["ip"], pick(TLS_POSTFIX), mx, postfix_qid(), rcpt, utc_str(t1)))
    return lines


# ----------------------------------------------------------------------------
# MIME assembly
# ----------------------------------------------------------------------------
def encode_body(text, charset, cte):
    data = text.replace("\r\n", "\n").encode(charset)
    if cte == "base64":
        return base64.encodebytes(data).decode("ascii")
    if cte == "quoted-printable":
        return quopri.encodestring(data).decode("ascii")
    return data.decode(charset)  # 7bit / 8bit: raw


def text_part(subtype, text, charset, cte, extra_ct="", quote_cs=True):
    cs = '"%s"' % charset if quote_cs else charset
    hdr = "Content-Type: text/%s; charset=%s%s\nContent-Transfer-Encoding: %s\n" % (subtype, cs, extra_ct, cte)
    return hdr, encode_body(text, charset, cte)


def binary_part(ctype, filename, data, disp="attachment", cid=None):
    hdr = 'Content-Type: %s; name="%s"\n' % (ctype, filename)
    hdr += 'Content-Disposition: %s; filename="%s"\n' % (disp, filename)
    if cid:
        hdr += "Content-ID: <%s>\n" % cid
    hdr += "Content-Transfer-Encoding: base64\n"
    return hdr, base64.encodebytes(data).decode("ascii")


def multipart(subtype, parts, boundary, extra=""):
    hdr = 'Content-Type: multipart/%s;%s boundary="%s"\n' % (subtype, extra, boundary)
    body = ""
    for ph, pb in parts:
        body += "--%s\n%s\n%s" % (boundary, ph, pb if pb.endswith("\n") else pb + "\n")
    body += "--%s--\n" % boundary
    return hdr, body


def long_lines(s):
    return any(len(l.encode("utf-8")) > 900 for l in s.split("\n"))


def choose_charset(spec, texts):
    lang = spec["lang"]
    cs = spec.get("charset")
    if cs is None:
        r = R.random()
        if lang != "en":
            cs = "iso-8859-1" if r < 0.25 else ("windows-1252" if r < 0.40 else "utf-8")
        elif spec["kind"].startswith("personal") and all(is_ascii(t) for t in texts) and r < 0.3:
            cs = "us-ascii"
        elif r < 0.04:
            cs = "windows-1252"
        elif r < 0.07:
            cs = "iso-8859-1"
        else:
            cs = "utf-8"
    for t in texts:
        try:
            t.encode(cs)
        except UnicodeEncodeError:
            cs = "windows-1252" if cs == "iso-8859-1" else "utf-8"
            try:
                t.encode(cs)
            except UnicodeEncodeError:
                cs = "utf-8"
    if cs in ("UTF-8",):
        cs = "utf-8"
    return cs


def choose_cte(spec, texts, charset):
    cte = spec.get("cte")
    if cte is None:
        k = spec["kind"].split(":")[0]
        w = {"commercial": [("quoted-printable", 50), ("base64", 25), ("7bit", 15), ("8bit", 10)],
             "personal": [("quoted-printable", 40), ("7bit", 28), ("8bit", 22), ("base64", 10)],
             "list": [("7bit", 30), ("8bit", 25), ("quoted-printable", 38), ("base64", 7)]}[k]
        x = R.randrange(sum(v for _, v in w))
        for name, v in w:
            if x < v:
                cte = name
                break
            x -= v
    allascii = all(is_ascii(t) for t in texts)
    if cte == "7bit" and not allascii:
        cte = "quoted-printable"
    if cte in ("7bit", "8bit") and any(long_lines(t) for t in texts):
        cte = "quoted-printable"
    return cte


def build(spec):
    d = spec["date"]
    frm_name, frm = spec["from"]
    dom = spec.get("sender_domain") or dom_of(frm)
    rcpt_name, to_addr = spec["to"]
    rcpt = spec.get("env_rcpt", to_addr)
    esp = spec["esp"]
    p = esp_profile(esp, spec.get("esp_domain", dom), rcpt, d)
    if esp in ("gmail", "workspace", "outlook", "m365", "yahoo", "icloud", "own"):
        p["rp"] = frm
    if spec.get("return_path"):
        p["rp"] = spec["return_path"]
    if spec.get("msgid"):
        p["msgid"] = spec["msgid"]
    if spec.get("dkim") is not None:
        p["dkim"] = spec["dkim"]
    texts = [t for t in (spec.get("text"), spec.get("html")) if t]
    charset = choose_charset(spec, texts)
    cte = choose_cte(spec, texts, charset)
    quote_cs = R.random() < 0.6
    bnd = p["boundary"]
    bcount = [0]

    def nb():
        bcount[0] += 1
        if bcount[0] == 1:
            return bnd
        return bnd[:-3] + rhex(3) if not bnd.endswith("_") else bnd[:-1] + str(bcount[0]) + "_"

    shape_desc = []
    text, html = spec.get("text"), spec.get("html")
    extra_ct = '; format=flowed' if spec.get("flowed") else ""
    core = None
    if html and spec.get("inline"):
        hp = text_part("html", html, charset, cte, quote_cs=quote_cs)
        parts = [hp] + [binary_part(ct, fn, data, "inline", cid) for cid, fn, ct, data in spec["inline"]]
        html_node = (multipart("related", parts, nb(), ' type="text/html";'),
                     "multipart/related(text/html," + ",".join(ct for _, _, ct, _ in spec["inline"]) + ")")
    elif html:
        html_node = (text_part("html", html, charset, cte, quote_cs=quote_cs), "text/html")
    else:
        html_node = None
    if text and html_node:
        parts = [text_part("plain", text, charset, cte, extra_ct, quote_cs), html_node[0]]
        desc = ["text/plain", html_node[1]]
        if spec.get("calendar"):
            parts.append(text_part("calendar", spec["calendar"], "utf-8", "7bit" if is_ascii(spec["calendar"]) else "quoted-printable", "; method=REQUEST"))
            desc.append("text/calendar")
        core = (multipart("alternative", parts, nb()), "multipart/alternative(" + ",".join(desc) + ")")
    elif html_node:
        core = html_node
    else:
        core = (text_part("plain", text, charset, cte, extra_ct, quote_cs), "text/plain")
    if spec.get("attachments"):
        parts = [core[0]] + [binary_part(ct, fn, data) for fn, ct, data in spec["attachments"]]
        core = (multipart("mixed", parts, nb()), "multipart/mixed(" + core[1] + "," + ",".join(ct for _, ct, _ in spec["attachments"]) + ")")
    body_hdr, body = core[0]
    if not body.endswith("\n"):
        body += "\n"

    # header block --------------------------------------------------------
    H = []
    rec = receiving_chain(p, rcpt, d, force_lmtp=not p["inner"]) + [x.replace("LISTADDR", to_addr) for x in p["inner"]]
    H.append(("Return-Path", "<%s>" % p["rp"]))
    for r in rec[:6]:
        H.append(("Received", r))
    signed = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type" if R.random() < 0.5 else \
        "mime-version:date:from:to:subject:message-id:content-type:list-unsubscribe:list-unsubscribe-post:feedback-id"
    if spec["kind"].startswith("personal"):
        signed = "mime-version:from:date:message-id:subject:to:content-type"
    ts = int(d.timestamp())
    for dd, sel in p["dkim"]:
        H.append(("DKIM-Signature", dkim(dd, sel, ts, signed)))
    subj = spec["subject"]
    subj_hdr = enc_words(subj, "utf-8" if charset in ("us-ascii",) else charset) if not is_ascii(subj) else subj
    hdrs_main = [("From", addr(frm_name, frm, charset if charset != "us-ascii" else "utf-8")),
                 ("To", addr(rcpt_name, to_addr) if rcpt_name and R.random() < 0.7 else to_addr)]
    if spec.get("cc"):
        hdrs_main.append(("Cc", ", ".join(addr(n, a) for n, a in spec["cc"])))
    if spec.get("reply_to"):
        hdrs_main.append(("Reply-To", addr(*spec["reply_to"])))
    hdrs_main += [("Subject", subj_hdr), ("Date", fmt_date(d)), ("Message-ID", p["msgid"])]
    if spec.get("in_reply_to"):
        hdrs_main.append(("In-Reply-To", spec["in_reply_to"]))
        hdrs_main.append(("References", "\n ".join(spec.get("references") or [spec["in_reply_to"]])))
    if R.random() < 0.5:
        hdrs_main = [hdrs_main[i] for i in (0, 1) if i < len(hdrs_main)] + hdrs_main[2:]
    H += hdrs_main
    H.append(("MIME-Version", "1.0"))
    if spec.get("bulk"):
        dom_u = spec.get("unsub_domain", dom)
        token = rb64url(30)
        u = []
        if R.random() < 0.85 or spec.get("oneclick"):
            u.append("<https://%s/unsubscribe/%s>" % (spec.get("unsub_host", "unsubscribe." + dom_u), token))
        if R.random() < 0.6 or not u:
            u.append("<mailto:unsubscribe-%s@%s?subject=unsubscribe>" % (rhex(16), spec.get("unsub_mail", "unsub." + dom_u)))
        H.append(("List-Unsubscribe", fold_list(u)))
        if any(x.startswith("<https") for x in u) and R.random() < 0.85:
            H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    if spec.get("list_headers"):
        H += spec["list_headers"]
    fb = spec.get("feedback", p["feedback"])
    if fb and (spec.get("bulk") or R.random() < 0.5):
        H.append(("Feedback-ID", fb))
    for k, v in p["extra"]:
        if k == "Thread-Topic":
            v = enc_words(subj.replace("RE: ", "").replace("Re: ", ""), "utf-8") if not is_ascii(subj) else subj.replace("RE: ", "").replace("Re: ", "")
        if k in ("X-MS-Has-Attach",):
            v = "yes" if spec.get("attachments") else ""
        H.append((k, v))
    H += spec.get("headers", [])
    if "Precedence" not in [k for k, _ in H] and spec.get("bulk") and R.random() < 0.4:
        H.append(("Precedence", "bulk"))
    out = ""
    for k, v in H:
        out += ("%s: %s\n" % (k, v)) if v != "" else "%s:\n" % k
    out += body_hdr + "\n" + body
    raw = out.encode("utf-8") if cte == "8bit" else out.encode("utf-8")
    if cte == "8bit" and charset != "utf-8":
        # re-encode the 8bit body in its declared legacy charset
        raw = (out[:len(out) - len(body)]).encode("utf-8") + body.encode(charset)
    info = {"charset": charset, "cte": cte, "shape": core[1], "sender_domain": dom}
    return raw, info


# ----------------------------------------------------------------------------
# link tracking and HTML/text rendering from content blocks
# ----------------------------------------------------------------------------
def track(esp, dom, url):
    if esp == "sendgrid" or esp in ("toast",):
        return "https://u%d.ct.sendgrid.net/ls/click?upn=%s" % (R.randrange(10 ** 6, 4 * 10 ** 7), rb64url(54))
    if esp == "mailchimp":
        return "https://%s.us%d.list-manage.com/track/click?u=%s&id=%s&e=%s" % (dom.split(".")[0], R.randrange(2, 21), rhex(25), rhex(10), rhex(10))
    if esp == "mandrill":
        return "https://mandrillapp.com/track/click/%d/%s?p=%s" % (R.randrange(10 ** 7, 10 ** 8), dom, rb64url(70))
    if esp == "sfmc":
        return "https://click.email.%s/?qs=%s" % (dom, rhex(96))
    if esp == "klaviyo":
        return "https://ctrk.klclick.com/l/01J%s_%d" % (ralnum(23), R.randrange(10 ** 5, 10 ** 6))
    if esp == "braze":
        return "https://ablink.email.%s/ls/click?upn=%s" % (dom, rb64url(60))
    if esp == "mailgun":
        return "https://email.mg.%s/c/eJx%s" % (dom, rb64url(70))
    if esp == "brevo":
        return "https://%s.r.sp1-brevo.net/mk/cl/f/sh/%s" % (ralnum(4, False), rb64url(50))
    if esp == "hubspot":
        return "https://%s.na1.hubspotlinks.com/Ctc/%s/%s" % (ralnum(8, False), ralnum(4), rb64url(40))
    if esp == "ses" and R.random() < 0.5:
        return "https://%s.awstrack.me/L0/%s/1/010%d019%s/%s=%d" % ("us-east-1", url.replace(":", "%3A").replace("/", "%2F"), R.choice([0, 1]), rhex(40), rb64url(12), R.randrange(100, 500))
    return url


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(blocks, brand, style, esp, dom, lang="en", preheader=""):
    color = brand.get("color", "#1a73e8")
    font = pick(["Arial, Helvetica, sans-serif", "'Helvetica Neue', Helvetica, Arial, sans-serif",
                 "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif", "Georgia, 'Times New Roman', serif"])
    rows = []
    for b in blocks:
        t = b[0]
        if t == "h":
            rows.append('<h1 style="margin:0 0 16px;font-size:%dpx;line-height:1.25;color:#111111;font-family:%s;">%s</h1>' % (R.choice([22, 24, 26, 28]), font, esc(b[1])))
        elif t == "h2":
            rows.append('<h2 style="margin:20px 0 8px;font-size:18px;color:#222222;">%s</h2>' % esc(b[1]))
        elif t == "p":
            rows.append('<p style="margin:0 0 14px;font-size:%dpx;line-height:1.55;color:#333333;">%s</p>' % (R.choice([14, 15, 16]), esc(b[1]).replace("\n", "<br>\n")))
        elif t == "btn":
            rows.append('<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:18px 0;"><tr>\n'
                        '<td align="center" bgcolor="%s" style="border-radius:%dpx;"><a href="%s" target="_blank"\n'
                        ' style="display:inline-block;padding:12px 26px;font-size:15px;font-weight:bold;color:#ffffff;text-decoration:none;">%s</a></td>\n'
                        '</tr></table>' % (color, R.choice([0, 4, 6, 24]), track(esp, dom, b[2]), esc(b[1])))
        elif t == "img":
            rows.append('<a href="%s"><img src="%s" width="%d" alt="%s" style="display:block;width:100%%;max-width:%dpx;height:auto;border:0;"></a>' % (
                track(esp, dom, b[3] if len(b) > 3 else "https://www.%s/" % dom), b[1], 560, esc(b[2]), 560))
        elif t == "items":
            tr = "".join('<tr><td style="padding:8px 0;border-bottom:1px solid #eeeeee;font-size:14px;">%s</td>'
                         '<td align="center" style="padding:8px;border-bottom:1px solid #eeeeee;font-size:14px;">%s</td>'
                         '<td align="right" style="padding:8px 0;border-bottom:1px solid #eeeeee;font-size:14px;">%s</td></tr>\n' % (esc(n), q, esc(pr)) for n, q, pr in b[1])
            rows.append('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" style="border-collapse:collapse;">\n%s</table>' % tr)
        elif t == "kv":
            tr = "".join('<tr><td style="padding:4px 12px 4px 0;color:#666666;font-size:14px;">%s</td><td style="padding:4px 0;font-size:14px;color:#111111;"><strong>%s</strong></td></tr>\n' % (esc(k), esc(v)) for k, v in b[1])
            rows.append('<table role="presentation" cellpadding="0" cellspacing="0" style="margin:8px 0 16px;">\n%s</table>' % tr)
        elif t == "code":
            rows.append('<p style="margin:18px 0;font-size:32px;letter-spacing:6px;font-weight:bold;font-family:Menlo,Consolas,monospace;color:#111111;">%s</p>' % esc(b[1]))
        elif t == "hr":
            rows.append('<hr style="border:none;border-top:1px solid #e5e5e5;margin:20px 0;">')
        elif t == "small":
            rows.append('<p style="margin:12px 0 0;font-size:12px;line-height:1.5;color:#777777;">%s</p>' % esc(b[1]).replace("\n", "<br>\n"))
        elif t == "link":
            rows.append('<p style="margin:0 0 12px;font-size:15px;"><a href="%s" style="color:%s;">%s</a></p>' % (track(esp, dom, b[2]), color, esc(b[1])))
    foot = brand.get("footer", [])
    unsub = brand.get("unsub_url")
    foot_html = "<br>\n".join(esc(x) for x in foot)
    if unsub:
        labels = {"en": ("Unsubscribe", "Manage preferences", "View in browser"), "de": ("Abmelden", "Einstellungen verwalten", "Im Browser ansehen"),
                  "fr": ("Se d\u00e9sabonner", "G\u00e9rer mes pr\u00e9f\u00e9rences", "Voir dans le navigateur"), "es": ("Darse de baja", "Preferencias", "Ver en el navegador"),
                  "pt": ("Descadastrar", "Gerenciar prefer\u00eancias", "Ver no navegador"), "nl": ("Afmelden", "Voorkeuren beheren", "Bekijk in browser")}[lang]
        foot_html += '<br>\n<a href="%s" style="color:#777777;">%s</a> &middot; <a href="%s" style="color:#777777;">%s</a>' % (
            unsub, esc(labels[0]), track(esp, dom, "https://www.%s/account/email-preferences" % dom), esc(labels[1]))
    logo = brand.get("logo", "https://%s/images/email/logo-%s.png" % (pick(["cdn." + dom, "static." + dom, "images." + dom, "www." + dom]), rhex(6)))
    pre = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">%s&#847;&zwnj;&nbsp;&#847;&zwnj;&nbsp;</div>\n' % esc(preheader)) if preheader else ""
    title = esc(brand["name"])
    inner = "\n".join(rows)
    if style == 0:
        return ('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">\n'
                '<html xmlns="http://www.w3.org/1999/xhtml" lang="%s">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
                '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n<title>%s</title>\n'
                '<style type="text/css">body{margin:0;padding:0;} img{border:0;} @media only screen and (max-width:620px){.container{width:100%% !important;}}</style>\n'
                '</head>\n<body style="margin:0;padding:0;background-color:#f4f4f4;">\n%s'
                '<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f4f4f4">\n<tr><td align="center" style="padding:24px 8px;">\n'
                '<table role="presentation" class="container" width="600" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" style="font-family:%s;">\n'
                '<tr><td align="left" style="padding:20px 32px;background-color:%s;"><img src="%s" width="140" alt="%s" style="display:block;"></td></tr>\n'
                '<tr><td style="padding:28px 32px 8px;">\n%s\n</td></tr>\n'
                '<tr><td style="padding:20px 32px 28px;font-size:12px;color:#777777;line-height:1.5;border-top:1px solid #eeeeee;">\n%s\n</td></tr>\n'
                '</table>\n</td></tr>\n</table>\n</body>\n</html>\n') % (lang, title, pre, font, color, logo, title, inner, foot_html)
    if style == 1:
        return ('<!doctype html>\n<html>\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width">\n'
                '<meta name="x-apple-disable-message-reformatting">\n<title>%s</title>\n</head>\n'
                '<body style="background:#fafafa;margin:0;">\n%s<div style="max-width:580px;margin:0 auto;padding:32px 20px;font-family:%s;color:#222;">\n'
                '<div style="text-align:center;margin-bottom:24px;"><img src="%s" alt="%s" height="36" style="height:36px;"></div>\n'
                '<div style="background:#ffffff;border-radius:8px;padding:28px;">\n%s\n</div>\n'
                '<div style="text-align:center;font-size:12px;color:#888;margin-top:24px;line-height:1.6;">\n%s\n</div>\n</div>\n</body>\n</html>\n') % (
            title, pre, font, logo, title, inner, foot_html)
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8"></head>\n<body>\n%s'
            '<div style="font-family:%s;font-size:15px;max-width:640px;">\n%s\n<div style="margin-top:28px;font-size:12px;color:#888888;">\n%s\n</div>\n</div>\n'
            '</body></html>\n') % (pre, font, inner, foot_html)


def render_text(blocks, brand, lang="en"):
    out = []
    for b in blocks:
        t = b[0]
        if t in ("h", "h2"):
            out.append(b[1].upper() if t == "h" and lang == "en" and R.random() < 0.3 else b[1])
            out.append("")
        elif t in ("p", "small"):
            out.append(b[1])
            out.append("")
        elif t == "btn":
            out.append("%s: %s" % (b[1], b[2]))
            out.append("")
        elif t == "link":
            out.append("%s <%s>" % (b[1], b[2]))
            out.append("")
        elif t == "items":
            for n, q, pr in b[1]:
                out.append("  %s  x%s  %s" % (n, q, pr))
            out.append("")
        elif t == "kv":
            for k, v in b[1]:
                out.append("%s: %s" % (k, v))
            out.append("")
        elif t == "code":
            out.append("    " + b[1])
            out.append("")
        elif t == "hr":
            out.append("-" * 40)
    out.append("--")
    out += brand.get("footer", [])
    if brand.get("unsub_url"):
        out.append({"en": "Unsubscribe: ", "de": "Abmelden: ", "fr": "D\u00e9sabonnement : ", "es": "Darse de baja: ", "pt": "Descadastrar: ", "nl": "Afmelden: "}[lang] + brand["unsub_url"])
    return "\n".join(out) + "\n"


# ----------------------------------------------------------------------------
# brands (invented-but-plausible domains, or real brands on their real domains)
# ----------------------------------------------------------------------------
def B(name, domain, frm, esp, color, addr_line, sender_domain=None):
    return {"name": name, "domain": domain, "from": frm, "esp": esp, "color": color, "addr": addr_line,
            "sender_domain": sender_domain or frm.split("@")[1]}


RETAIL = [
    B("Northwind Outfitters", "northwindoutfitters.com", "hello@email.northwindoutfitters.com", "sfmc", "#2f4f3a", "Northwind Outfitters, 410 Alder St, Portland, OR 97204"),
    B("Juniper & Finch", "juniperandfinch.com", "hello@juniperandfinch.com", "klaviyo", "#b5651d", "Juniper & Finch, 2211 E Cesar Chavez St, Austin, TX 78702"),
    B("Cobalt Kitchen Supply", "cobaltkitchen.com", "deals@cobaltkitchen.com", "braze", "#0047ab", "Cobalt Kitchen Supply, 88 Commerce Way, Columbus, OH 43219"),
    B("Trailhead Running Co.", "trailheadrunning.co", "team@trailheadrunning.co", "mailchimp", "#e4572e", "Trailhead Running Co., 17 Pearl St, Boulder, CO 80302"),
    B("Meadowlark Home", "meadowlarkhome.com", "news@mail.meadowlarkhome.com", "sendgrid", "#6b8e23", "Meadowlark Home, 900 W Lake St, Minneapolis, MN 55408"),
    B("REI Co-op", "rei.com", "rei@notices.rei.com", "sfmc", "#3b5323", "REI Co-op, 6750 South 228th Street, Kent, WA 98032"),
    B("Best Buy", "bestbuy.com", "BestBuyInfo@emailinfo.bestbuy.com", "sfmc", "#0046be", "Best Buy, 7601 Penn Avenue South, Richfield, MN 55423"),
    B("Little Fern Bookshop", "littlefernbooks.com", "orders@littlefernbooks.com", "shopify", "#556b2f", "Little Fern Bookshop, 54 Church St, Burlington, VT 05401"),
    B("Harbor Coffee Roasters", "harborcoffee.com", "hello@harborcoffee.com", "klaviyo", "#4b2e1e", "Harbor Coffee Roasters, 301 Water St, Baltimore, MD 21202"),
]
RESTAURANTS = [
    B("Luca's Trattoria", "toasttab.com", "lucas-trattoria@toasttab.com", "toast", "#8b0000", "Luca's Trattoria, 1420 N High St, Columbus, OH 43201", "toasttab.com"),
    B("Green Bowl Kitchen", "greenbowlkitchen.com", "rewards@greenbowlkitchen.com", "braze", "#2e8b57", "Green Bowl Kitchen, 500 Congress Ave, Austin, TX 78701"),
    B("Sunny Side Diner", "toasttab.com", "sunny-side-diner@toasttab.com", "toast", "#f4a300", "Sunny Side Diner, 77 Main St, Madison, WI 53703", "toasttab.com"),
    B("Pho Saigon House", "phosaigonhouse.com", "eat@phosaigonhouse.com", "mailchimp", "#c0392b", "Pho Saigon House, 2309 S Federal Blvd, Denver, CO 80219"),
]
BANKS = [
    B("Chase", "chase.com", "no.reply.alerts@chase.com", "own", "#117aca", "JPMorgan Chase Bank, N.A. Member FDIC, 270 Park Avenue, New York, NY 10017"),
    B("Capital One", "capitalone.com", "capitalone@notification.capitalone.com", "sfmc", "#004879", "Capital One, 1680 Capital One Drive, McLean, VA 22102"),
    B("Riverbend Credit Union", "riverbendcu.org", "alerts@riverbendcu.org", "postmark", "#00695c", "Riverbend Credit Union, 200 River Rd, Sacramento, CA 95814. Federally insured by NCUA."),
    B("American Express", "americanexpress.com", "AmericanExpress@welcome.americanexpress.com", "sfmc", "#016fd0", "American Express, 200 Vesey Street, New York, NY 10285"),
    B("Summit Federal Savings", "summitfederal.com", "notifications@summitfederal.com", "ses", "#283593", "Summit Federal Savings, 45 Summit Ave, Pittsburgh, PA 15213. Member FDIC."),
]
SAAS = [
    B("Notion", "notion.so", "notify@mail.notion.so", "ses", "#000000", "Notion Labs, Inc., 2300 Harrison Street, San Francisco, CA 94110"),
    B("Dropbox", "dropbox.com", "no-reply@dropbox.com", "ses", "#0061fe", "Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158"),
    B("Linear", "linear.app", "notifications@linear.app", "postmark", "#5e6ad2", "Linear Orbit, Inc., 2261 Market St, San Francisco, CA 94114"),
    B("Figma", "figma.com", "no-reply@email.figma.com", "sendgrid", "#a259ff", "Figma, Inc., 760 Market St, San Francisco, CA 94102"),
    B("Vercel", "vercel.com", "notifications@vercel.com", "ses", "#000000", "Vercel Inc., 440 N Barranca Ave #4133, Covina, CA 91723"),
    B("Tallyboard", "tallyboard.io", "team@tallyboard.io", "hubspot", "#ff6f3c", "Tallyboard, 100 Federal St, Boston, MA 02110"),
]


def footer(b, lang="en", bulk=True):
    lines = [b["addr"]]
    if bulk:
        lines.insert(0, {"en": "You are receiving this email because you signed up at %s." % b["domain"],
                         "de": "Sie erhalten diese E-Mail, weil Sie sich bei %s angemeldet haben." % b["domain"],
                         "fr": "Vous recevez cet e-mail car vous \u00eates inscrit(e) sur %s." % b["domain"],
                         "es": "Recibes este correo porque te registraste en %s." % b["domain"],
                         "pt": "Voc\u00ea recebe este e-mail porque se cadastrou em %s." % b["domain"],
                         "nl": "U ontvangt deze e-mail omdat u zich heeft aangemeld bij %s." % b["domain"]}[lang])
    return lines


def commercial(ctx, b, kind, subject, blocks, pre="", bulk=True, shape=None, lang="en", **kw):
    """Render blocks for brand b into a spec."""
    dom = b["domain"]
    brand = {"name": b["name"], "color": b["color"], "footer": footer(b, lang, bulk)}
    if bulk:
        brand["unsub_url"] = track(b["esp"], dom, "https://www.%s/unsubscribe?u=%s" % (dom, rb64url(18)))
    if shape is None:
        r = R.random()
        shape = "html" if r < 0.55 else ("alt" if r < 0.95 else "text")
    html = render_html(blocks, brand, R.choice([0, 0, 1, 2]) if bulk else R.choice([1, 2, 2]), b["esp"], dom, lang, pre) if shape != "text" else None
    text = render_text(blocks, brand, lang) if shape != "html" else None
    spec = {"kind": kind, "lang": lang, "from": (kw.pop("from_name", b["name"]), b["from"]), "subject": subject,
            "html": html, "text": text, "esp": b["esp"], "bulk": bulk, "sender_domain": b["sender_domain"],
            "esp_domain": b["sender_domain"] if b["esp"] not in ("sfmc", "braze") else dom}
    if bulk:
        spec["unsub_domain"] = dom if b["esp"] != "toast" else "toasttab.com"
        if b["esp"] == "mailchimp":
            spec["unsub_host"] = "%s.us%d.list-manage.com" % (dom.split(".")[0], R.randrange(2, 21))
            spec["unsub_mail"] = "mail%d.atl%d.mcsv.net" % (R.randrange(1, 250), R.randrange(11, 240))
    spec.update(kw)
    return spec


# ----------------------------------------------------------------------------
# English commercial / transactional templates
# ----------------------------------------------------------------------------
PRODUCTS = ["Merino Crew Sweater", "Trail Runner 4 Shoes", "Cast Iron Skillet 10\"", "Linen Duvet Cover (Queen)",
            "Insulated Water Bottle 32 oz", "Packable Rain Jacket", "Ceramic Pour-Over Set", "Wool Hiking Socks (3-pack)",
            "Bamboo Cutting Board", "Wireless Earbuds", "Chef's Knife 8\"", "Canvas Tote Bag", "Hardcover Journal",
            "Whole Bean Coffee, Ethiopia Guji 12 oz", "Stainless Mixing Bowls (set of 3)", "Fleece Quarter-Zip", "Desk Lamp LED"]


def t_sale(ctx):
    b = pick(RETAIL)
    pct = pick([20, 25, 30, 40, 50])
    mo = ctx["date"].month
    ev = pick({1: ["Winter Clearance", "New Year Sale"], 2: ["Presidents' Day Sale", "Winter Clearance"], 3: ["Spring Sale"], 4: ["Spring Sale", "Earth Day Event"],
               5: ["Memorial Day Sale"], 6: ["Summer Kickoff Sale"], 7: ["4th of July Sale", "Summer Clearance"], 8: ["Back to School Sale", "Summer Clearance"],
               9: ["Labor Day Sale", "Fall Gear Sale"], 10: ["Fall Sale", "Anniversary Sale"], 11: ["Black Friday Early Access", "Cyber Week"], 12: ["Holiday Gift Sale", "Last-Minute Gifts Event"]}[mo]
               + ["Friends & Family Event", "End of Season Sale"])
    subj = pick(["%s: up to %d%% off starts now" % (ev, pct), "%d%% off sitewide + free shipping" % pct,
                 "\U0001F525 %s is here \u2014 save up to %d%%" % (ev, pct), "Last chance: %s ends tonight" % ev,
                 "%s, your early access to the %s" % (ctx["first"], ev)])
    blocks = [("img", "https://cdn.%s/email/2025/%s-hero.jpg" % (b["domain"], slug(ev)), ev),
              ("h", "%s: up to %d%% off" % (ev, pct)),
              ("p", pick(["Stock up on the gear you love. Free shipping on orders over $%d, and free returns for loyalty members." % pick([49, 50, 75, 99]),
                          "Our biggest markdowns of the season are live online and in stores. Members earn double points on every purchase through Sunday.",
                          "Hand-picked favorites at their lowest prices of the year. No code needed - discount applied at checkout."])),
              ("btn", pick(["Shop the sale", "Shop now", "See the deals"]), "https://www.%s/sale?utm_source=email&utm_campaign=%s" % (b["domain"], slug(ev))),
              ("small", "Offer valid %s through %s while supplies last. Excludes gift cards and select brands." % (
                  ctx["date"].strftime("%m/%d"), (ctx["date"] + dt.timedelta(days=R.randrange(2, 8))).strftime("%m/%d/%Y")))]
    return commercial(ctx, b, "commercial:newsletter_sale", subj, blocks, pre=pick(["Free shipping, no code needed.", "Members earn 2x points.", "Ends Sunday at midnight."]))


def t_coupon(ctx):
    b = pick(RETAIL + RESTAURANTS[1:2])
    code = pick(["WELCOME15", "THANKYOU20", "BDAY%d" % R.randrange(10, 99), "SAVE10NOW", "COMEBACK15", "SPRING%d" % R.randrange(10, 30)])
    amt = pick(["15% off", "$10 off", "20% off your next order", "a free gift with purchase"])
    subj = pick(["Here's %s, %s" % (amt, ctx["first"]), "Your coupon code is inside \U0001F381", "Happy birthday! A little something from %s" % b["name"], "A thank-you offer: %s" % amt])
    blocks = [("h", pick(["A little thank you", "Happy birthday, %s!" % ctx["first"], "We saved you something"])),
              ("p", "Use code %s at checkout to get %s. This offer is good for one use and expires in %d days." % (code, amt, pick([7, 10, 14, 30]))),
              ("code", code), ("btn", "Redeem now", "https://www.%s/?coupon=%s" % (b["domain"], code)),
              ("small", "Limited time offer. Cannot be combined with other promotions. Not valid on prior purchases.")]
    return commercial(ctx, b, "commercial:coupon", subj, blocks, pre="Code %s inside" % code)


def t_loyalty(ctx):
    b = pick(RETAIL + RESTAURANTS)
    pts = R.randrange(120, 4800)
    subj = pick(["You have %s reward points waiting" % format(pts, ","), "Your %s Rewards summary for %s" % (b["name"].split()[0], ctx["date"].strftime("%B")),
                 "\u2B50 You just earned a reward!", "Points update: %d points to your next reward" % R.randrange(20, 300)])
    blocks = [("h", "Your rewards balance"),
              ("kv", [("Member", "%s %s" % (ctx["first"], ctx["last"])), ("Points balance", format(pts, ",")), ("Rewards available", "$%d" % (pts // 100 * 5 or 5)), ("Tier", pick(["Silver", "Gold", "Insider", "Member"]))]),
              ("p", pick(["Points expire 12 months after they are earned. Redeem them at checkout online or in store.",
                          "Earn 1 point for every dollar you spend, plus bonus points on your birthday month.",
                          "Every 100 points = $5 off. Rewards are applied automatically to your next order."])),
              ("btn", "View my rewards", "https://www.%s/rewards" % b["domain"])]
    return commercial(ctx, b, "commercial:loyalty", subj, blocks)


def t_holiday_hours(ctx):
    b = pick(RESTAURANTS + RETAIL[:5] + [B("Pinecrest Dental", "pinecrestdental.com", "office@pinecrestdental.com", "mailchimp", "#1f7a8c", "Pinecrest Dental, 3100 Pinecrest Rd, Raleigh, NC 27609")])
    hol = pick([("Thanksgiving", "Thursday, November 27"), ("the holidays", "December 24 - January 1"), ("Memorial Day", "Monday, May 26"),
                ("July 4th", "Friday, July 4"), ("Labor Day", "Monday, September 1"), ("New Year's Day", "Thursday, January 1")])
    subj = pick(["Holiday hours for %s" % hol[0], "Our %s schedule" % hol[0], "Heads up: modified hours for %s" % hol[0]])
    blocks = [("h", "Holiday hours"), ("p", "We'll be closed %s so our team can spend time with family. Regular hours resume the next business day." % hol[1]),
              ("p", pick(["Online ordering stays open, and gift cards are available any time.", "Need something before then? We're open until 3 pm the day before.",
                          "For urgent matters, please leave a message and we'll call you back as soon as we reopen."])),
              ("p", "Thank you for being part of our community. Have a wonderful %s!" % hol[0])]
    return commercial(ctx, b, "commercial:holiday_hours", subj, blocks)


def t_restaurant_promo(ctx):
    b = pick(RESTAURANTS)
    deal = pick(["free dessert with any entree", "2-for-1 appetizers during happy hour", "a free drink with your next order",
                 "10% off online orders this week", "double loyalty points on Tuesdays"])
    subj = pick(["This week only: %s" % deal, "\U0001F35D New seasonal menu + %s" % deal, "Order ahead and earn %s" % deal, "We miss you! Enjoy %s" % deal])
    blocks = [("img", "https://cdn.%s/promo/%s.jpg" % (b["domain"], rhex(8)), "Seasonal menu"),
              ("h", pick(["New on the menu", "Happy hour is back", "Thanks for being a regular"])),
              ("p", "Come in this week and enjoy %s. %s" % (deal, pick(["Just show this email to your server.", "Use the code at online checkout.", "Valid for dine-in and takeout."]))),
              ("btn", pick(["Order online", "Reserve a table", "See the menu"]), "https://order.toasttab.com/online/%s" % slug(b["name"])),
              ("small", "One per guest. Not valid with other offers. Expires %s." % (ctx["date"] + dt.timedelta(days=R.randrange(5, 20))).strftime("%B %d"))]
    return commercial(ctx, b, "commercial:restaurant_promo", subj, blocks)


def t_order_conf(ctx):
    b = pick(RETAIL)
    items = [(pick(PRODUCTS), R.randrange(1, 3), R.randrange(900, 18900) / 100) for _ in range(R.randrange(1, 4))]
    sub = sum(q * p for _, q, p in items)
    ship = 0 if sub > 75 else 6.95
    tax = round(sub * 0.0725, 2)
    onum = pick(["#%d" % R.randrange(1001, 99999), "NW-%d" % R.randrange(10 ** 6, 10 ** 7), "%d-%d" % (R.randrange(100, 999), R.randrange(10 ** 6, 10 ** 7))])
    subj = pick(["Order %s confirmed" % onum, "Thanks for your order! (%s)" % onum, "We've received your order %s" % onum, "Your %s order confirmation" % b["name"]])
    blocks = [("h", "Thanks for your order, %s!" % ctx["first"]), ("p", "We're getting your order ready. We'll send you another email when it ships."),
              ("kv", [("Order number", onum), ("Order date", ctx["date"].strftime("%b %d, %Y"))]),
              ("items", [(n, q, money(q * p)) for n, q, p in items]),
              ("kv", [("Subtotal", money(sub)), ("Shipping", "FREE" if ship == 0 else money(ship)), ("Tax", money(tax)), ("Total", money(sub + ship + tax))]),
              ("btn", "View order status", "https://www.%s/account/orders/%s" % (b["domain"], onum.strip("#"))),
              ("small", "Questions? Reply to this email or visit our help center.")]
    return commercial(ctx, b, "commercial:order_confirmation", subj, blocks, bulk=False)


CARRIERS = [("UPS", "1Z%s" % "", "https://www.ups.com/track?tracknum="), ("USPS", "9400", "https://tools.usps.com/go/TrackConfirmAction?tLabels="),
            ("FedEx", "", "https://www.fedex.com/fedextrack/?trknbr=")]


def tracking_no(carrier):
    if carrier == "UPS":
        return "1Z" + ralnum(6) + "03" + "".join(str(R.randrange(10)) for _ in range(8))
    if carrier == "USPS":
        return "9400 1" + " ".join("".join(str(R.randrange(10)) for _ in range(4)) for _ in range(5))
    return "".join(str(R.randrange(10)) for _ in range(12))


def t_shipping(ctx):
    b = pick(RETAIL)
    car = pick(CARRIERS)
    tn = tracking_no(car[0])
    eta = ctx["date"] + dt.timedelta(days=R.randrange(2, 6))
    item = pick(PRODUCTS)
    subj = pick(["Your order has shipped!", "On its way: %s" % item, "Shipped: your %s order" % b["name"], "\U0001F4E6 Your package is on the way"])
    blocks = [("h", "Good news, your order is on its way"), ("p", "%s is headed your way via %s." % (item, car[0])),
              ("kv", [("Carrier", car[0]), ("Tracking number", tn), ("Estimated delivery", eta.strftime("%A, %B ") + str(eta.day))]),
              ("btn", "Track package", car[2] + tn.replace(" ", "")), ("small", "Tracking information may take up to 24 hours to update.")]
    return commercial(ctx, b, "commercial:shipping_notice", subj, blocks, bulk=False)


def t_amazon(ctx):
    b = B("Amazon.com", "amazon.com", pick(["shipment-tracking@amazon.com", "auto-confirm@amazon.com", "order-update@amazon.com"]), "ses", "#232f3e", "Amazon.com, 410 Terry Avenue N., Seattle, WA 98109-5210")
    onum = "%d-%07d-%07d" % (R.randrange(100, 999), R.randrange(10 ** 7), R.randrange(10 ** 7))
    item = pick(PRODUCTS + ["USB-C Charging Cable 6ft (2-Pack)", "Paper Towels, 12 Double Rolls", "AA Batteries (24 count)", "Kindle Paperwhite"])
    st = b["from"].split("@")[0]
    if st == "auto-confirm":
        subj, head = "Your Amazon.com order of \"%s\"" % item[:40], "Thanks for your order, %s." % ctx["first"]
    elif st == "shipment-tracking":
        subj, head = "Shipped: \"%s\"" % item[:40], "Your package is on the way."
    else:
        subj, head = pick(["Delivered: \"%s\"" % item[:40], "Your package was delivered"]), "Your package was delivered. It was handed to a resident or left near the front door."
    blocks = [("h", head), ("kv", [("Order #", onum), ("Ship to", "%s - %s" % (ctx["first"].upper(), pick(CITIES)[0].upper()))]),
              ("items", [(item, 1, money(R.randrange(699, 8999) / 100))]),
              ("btn", "View or manage order", "https://www.amazon.com/gp/css/order-details?orderID=%s" % onum),
              ("small", "This email was sent from a notification-only address that cannot accept incoming email. Please do not reply to this message.")]
    return commercial(ctx, b, "commercial:order_update", subj, blocks, bulk=False, msgid="<0100019%s-%s-%s-%s-%s-000000@email.amazonses.com>" % (rhex(5), rhex(8), rhex(4), rhex(4), rhex(12)))


SMALLBIZ = [("Ridgeline Roofing & Gutters", "ridgelineroofing.com", "roof inspection and shingle repair"),
            ("Pinecrest Dental", "pinecrestdental.com", "dental cleaning and exam"),
            ("Guardian Pest Control", "guardianpestpros.com", "quarterly pest control service"),
            ("Oak & Ash Tree Care", "oakandashtree.com", "tree pruning and stump grinding"),
            ("Lakeside Family Clinic", "lakesidefamilyclinic.com", "office visit copay balance"),
            ("Bright Path Plumbing", "brightpathplumbing.com", "water heater replacement"),
            ("Evergreen Lawn Service", "evergreenlawnservice.net", "monthly lawn maintenance"),
            ("Clearview Window Cleaning", "clearviewwindows.biz", "exterior window cleaning")]


def t_invoice_platform(ctx):
    biz, bdom, svc = pick(SMALLBIZ)
    amt = R.randrange(8500, 385000) / 100
    inv = str(R.randrange(1001, 9999))
    due = ctx["date"] + dt.timedelta(days=pick([14, 15, 30]))
    plat = pick(["intuit", "stripe", "square"])
    owner = pick(FIRST)
    if plat == "intuit":
        b = B(biz, "intuit.com", "quickbooks@notification.intuit.com", "intuit", "#2ca01c", "Intuit Inc., 2700 Coast Ave, Mountain View, CA 94043", "notification.intuit.com")
        url = "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s" % rhex(40)
        subj = pick(["Invoice %s from %s" % (inv, biz), "Reminder: Invoice %s from %s" % (inv, biz)])
    elif plat == "stripe":
        b = B(biz, "stripe.com", "invoice+statements+acct_1%s@stripe.com" % ralnum(15, False), "stripe", "#635bff", "Powered by Stripe. Stripe, 354 Oyster Point Blvd, South San Francisco, CA 94080")
        url = "https://invoice.stripe.com/i/acct_1%s/live_%s" % (ralnum(15, False), rb64url(30))
        subj = "Your invoice from %s #%s-%s" % (biz, ralnum(8), inv[-4:])
    else:
        b = B(biz, "squareup.com", "messenger@messaging.squareup.com", "ses", "#000000", "Square, 1955 Broadway, Suite 600, Oakland, CA 94612", "messaging.squareup.com")
        url = "https://squareup.com/pay-invoice/inv:0-%s" % rb64url(20)
        subj = "Invoice from %s" % biz
    blocks = [("h", "%s sent you an invoice" % biz), ("p", "Hi %s,\nThank you for choosing %s. Here's your invoice for %s. We appreciate your business!\n- %s" % (ctx["first"], biz, svc, owner)),
              ("kv", [("Invoice", inv), ("Amount due", money(amt)), ("Due date", due.strftime("%m/%d/%Y"))]),
              ("btn", pick(["Review and pay", "Pay invoice", "View invoice"]), url),
              ("small", "%s | %s | (%d) %d-%04d" % (biz, "billing@" + bdom, R.randrange(200, 999), R.randrange(200, 999), R.randrange(10000)))]
    return commercial(ctx, b, "commercial:invoice_smallbiz", subj, blocks, bulk=False, reply_to=(biz, "billing@" + bdom),
                      attachments=[("Invoice_%s.pdf" % inv, "application/pdf", tiny_pdf("Invoice %s %s" % (inv, biz)))] if R.random() < 0.5 else None)


def t_receipt(ctx):
    kind = pick(["stripe", "doordash", "uber", "paypal", "toast"])
    amt = R.randrange(450, 14800) / 100
    if kind == "stripe":
        biz = pick(["Fieldnotes Studio", "Tidewater Yoga", "Bytebarn Hosting", "Copperline Bikes", "Sage & Stone Pottery Class"])
        b = B(biz, "stripe.com", "receipts+acct_1%s@stripe.com" % ralnum(15, False), "stripe", "#635bff", "Powered by Stripe")
        subj = "Your receipt from %s #%04d-%04d" % (biz, R.randrange(10000), R.randrange(10000))
        head = "Receipt from %s" % biz
    elif kind == "doordash":
        b = B("DoorDash", "doordash.com", "no-reply@doordash.com", "sendgrid", "#ff3008", "DoorDash, 303 2nd Street, South Tower, 8th Floor, San Francisco, CA 94107")
        subj, head = "Order Confirmation for %s from %s" % (ctx["first"], pick(["Chipotle", "Panera Bread", "Shake Shack", "Pho Saigon House", "Luca's Trattoria"])), "Thanks for your order"
    elif kind == "uber":
        b = B("Uber Receipts", "uber.com", "noreply@uber.com", "sendgrid", "#000000", "Uber Technologies, 1725 3rd Street, San Francisco, CA 94158")
        subj, head = "Your %s trip with Uber" % pick(["Monday morning", "Friday evening", "Saturday afternoon", "Wednesday night"]), "Thanks for riding, %s" % ctx["first"]
    elif kind == "paypal":
        b = B("PayPal", "paypal.com", "service@paypal.com", "own", "#003087", "PayPal, Inc., 2211 North First Street, San Jose, CA 95131")
        subj, head = "Receipt for your payment to %s" % pick(["Etsy Inc.", "Bandcamp", "Meadowlark Home", "eBay Commerce Inc."]), "You sent a payment of %s USD" % money(amt)
    else:
        b = pick(RESTAURANTS[0:1] + RESTAURANTS[2:3])
        subj, head = "Your receipt from %s" % b["name"], "Thank you for dining with us!"
    tip = round(amt * pick([0.15, 0.18, 0.2]), 2)
    blocks = [("h", head), ("kv", [("Date", ctx["date"].strftime("%b %d, %Y %I:%M %p")), ("Payment method", "%s \u2022\u2022\u2022\u2022 %04d" % (pick(["Visa", "Mastercard", "Amex", "Apple Pay"]), R.randrange(10000)))]),
              ("items", [("Amount", "", money(amt)), ("Tip", "", money(tip)), ("Total", "", money(amt + tip))]),
              ("small", "Questions about this receipt? Visit the help center or reply to this email.")]
    return commercial(ctx, b, "commercial:receipt", subj, blocks, bulk=False)


def t_bank_alert(ctx):
    b = pick(BANKS)
    last4 = "%04d" % R.randrange(10000)
    typ = pick(["statement", "payment", "large", "deposit", "autopay"])
    amt = R.randrange(2500, 650000) / 100
    if typ == "statement":
        subj = pick(["Your statement is ready", "Your %s statement is available" % ctx["date"].strftime("%B"), "Your credit card statement is ready to view"])
        body = "Your statement for the account ending in %s is now available online. New balance: %s. Minimum payment due: %s." % (last4, money(amt), money(max(25, amt * 0.02)))
    elif typ == "payment":
        subj = pick(["We received your payment", "Payment received - thank you", "Your payment has posted"])
        body = "We received your payment of %s on %s for the account ending in %s. Thank you!" % (money(amt), ctx["date"].strftime("%b %d, %Y"), last4)
    elif typ == "large":
        subj = pick(["Large transaction alert", "A transaction over your alert limit was made", "Your single transaction alert"])
        body = "A charge of %s at %s was made on your card ending in %s on %s. If you made this transaction, no action is needed. If you don't recognize it, call the number on the back of your card." % (
            money(amt), pick(["DELTA AIR LINES", "COSTCO WHSE #0421", "APPLE.COM/BILL", "HOME DEPOT #6612", "MARRIOTT HOTELS"]), last4, ctx["date"].strftime("%b %d, %Y at %I:%M %p"))
    elif typ == "deposit":
        subj = pick(["Direct deposit received", "You have a new deposit", "Your deposit is available"])
        body = "A direct deposit of %s from %s posted to your checking account ending in %s." % (money(amt), pick(["ACME CORP PAYROLL", "US TREASURY 310 TAX REF", "GUSTO PAYROLL", "ADP PAYROLL"]), last4)
    else:
        subj = "Your AutoPay is scheduled"
        body = "Your automatic payment of %s is scheduled for %s from the account ending in %s. You don't need to do anything." % (money(amt), (ctx["date"] + dt.timedelta(days=3)).strftime("%B %d"), last4)
    blocks = [("h", subj), ("p", body), ("btn", "Sign in to your account", "https://www.%s/" % b["domain"]),
              ("small", "This is an automated alert. You can change your alert settings any time after you sign in. Please don't reply to this email. We will never ask for your password or PIN by email.\n%s" % b["addr"])]
    return commercial(ctx, b, "commercial:bank_alert", subj, blocks, bulk=False)


def t_brokerage(ctx):
    b = pick([B("Fidelity Investments", "fidelity.com", "Fidelity.Investments@mail.fidelity.com", "sfmc", "#368727", "Fidelity Brokerage Services LLC, Member NYSE, SIPC, 900 Salem Street, Smithfield, RI 02917"),
              B("Harborview Retirement Plan Services", "harborviewrps.com", "plan-updates@harborviewrps.com", "hubspot", "#1d3557", "Harborview Retirement Plan Services, 1 Financial Plaza, Hartford, CT 06103"),
              B("Vanguard", "vanguard.com", "vanguard@eonline.e-vanguard.com", "sfmc", "#96151d", "The Vanguard Group, Inc., PO Box 982901, El Paso, TX 79998")])
    typ = pick(["stmt", "news", "trade"])
    if typ == "stmt":
        subj = pick(["Your quarterly statement is available", "Your 401(k) statement is ready", "New document available: account statement"])
        blocks = [("h", "Your statement is ready"), ("p", "Your Q%d %d statement for your %s is now available online." % ((ctx["date"].month - 1) // 3 + 1, ctx["date"].year, pick(["401(k) plan", "Roth IRA", "brokerage account", "individual account"]))),
                  ("btn", "View statement", "https://www.%s/documents" % b["domain"])]
    elif typ == "news":
        subj = pick(["Retirement plan newsletter: making the most of your match", "Is your investment mix still right for you?", "Market update and your savings rate"])
        blocks = [("h", pick(["Plan Pulse", "Retirement Insights", "Your quarterly investment newsletter"])),
                  ("p", "Contributing enough to earn your employer's full match is one of the simplest ways to grow your retirement savings. In %d, the 401(k) contribution limit is $%s." % (ctx["date"].year, "23,500" if ctx["date"].year == 2025 else "24,500")),
                  ("p", "Consider reviewing your investment allocation once a year, or when your life changes. Target-date funds rebalance automatically as you approach retirement."),
                  ("btn", "Review my contributions", "https://www.%s/plan/contributions" % b["domain"]),
                  ("small", "Investing involves risk, including risk of loss. Past performance is no guarantee of future results.")]
    else:
        subj = "Trade confirmation: your order was executed"
        blocks = [("h", "Order executed"), ("kv", [("Action", pick(["Buy", "Sell"])), ("Security", pick(["VTI", "FXAIX", "SCHD", "VXUS", "BND"])), ("Quantity", str(R.randrange(1, 60))), ("Price", money(R.randrange(5000, 35000) / 100))]),
                  ("p", "Your trade confirmation will be available in Documents within one business day.")]
    return commercial(ctx, b, "commercial:brokerage", subj, blocks, bulk=(typ == "news"))


def t_crypto(ctx):
    b = pick([B("Coinbase", "coinbase.com", "no-reply@info.coinbase.com", "sendgrid", "#0052ff", "Coinbase, Inc., One Madison Avenue, Suite 2400, New York, NY 10010"),
              B("Kraken", "kraken.com", "noreply@kraken.com", "mailgun", "#5741d9", "Payward Interactive, Inc., 106 E. Lincolnway Ste 300, Cheyenne, WY 82001")])
    subj = pick(["Your %s account statement is ready" % ctx["date"].strftime("%B"), "Your %d tax documents are available" % (ctx["date"].year - 1), "You received %s BTC" % ("0.00%d" % R.randrange(100, 999)),
                 "Your recurring buy was completed"])
    blocks = [("h", subj), ("p", "Your monthly account statement for the period ending %s is available in your account under Statements & Reports. It includes your crypto balances, deposits, withdrawals and trades." % ctx["date"].strftime("%B %d, %Y")),
              ("btn", "View statement", "https://www.%s/reports" % b["domain"]),
              ("small", "Crypto is not a bank deposit and is not FDIC insured. For your security, never share your 2-step verification codes with anyone, including %s support." % b["name"])]
    return commercial(ctx, b, "commercial:crypto_statement", subj, blocks, bulk=False)


def t_insurance(ctx):
    b = pick([B("Lakeshore Mutual Insurance", "lakeshoremutual.com", "service@lakeshoremutual.com", "sendgrid", "#004d7a", "Lakeshore Mutual Insurance Co., 800 E Wisconsin Ave, Milwaukee, WI 53202"),
              B("GEICO", "geico.com", "geico@email.geico.com", "sfmc", "#154898", "GEICO, One GEICO Plaza, Washington, DC 20076"),
              B("Progressive", "progressive.com", "progressive@email.progressive.com", "sfmc", "#0077b3", "Progressive Casualty Insurance Company, 6300 Wilson Mills Road, Mayfield Village, OH 44143")])
    pol = "%s-%d" % (ralnum(3), R.randrange(10 ** 7, 10 ** 8))
    subj = pick(["Your policy renewal documents are ready", "Your auto insurance ID cards", "Payment confirmation for policy %s" % pol, "Important: your homeowners policy renews soon"])
    blocks = [("h", subj), ("p", "Hi %s, your %s policy %s renews on %s. Your new 6-month premium is %s. No action is needed if you're enrolled in automatic payments." % (
        ctx["first"], pick(["auto", "homeowners", "renters"]), pol, (ctx["date"] + dt.timedelta(days=30)).strftime("%B %d, %Y"), money(R.randrange(30000, 160000) / 100))),
              ("btn", "View documents", "https://www.%s/myaccount/documents" % b["domain"])]
    return commercial(ctx, b, "commercial:insurance", subj, blocks, bulk=False)


def t_utility(ctx):
    b = pick([B("Cascade Power & Light", "cascadepower.com", "billing@cascadepower.com", "ses", "#f5a623", "Cascade Power & Light, PO Box 4100, Portland, OR 97208"),
              B("City of Madison Water Utility", "cityofmadisonwater.org", "ebill@cityofmadisonwater.org", "postmark", "#1565c0", "Madison Water Utility, 119 E Olin Ave, Madison, WI 53713"),
              B("Xfinity", "xfinity.com", "online.communications@alerts.comcast.net", "sfmc", "#6138f5", "Comcast, 1701 John F Kennedy Blvd, Philadelphia, PA 19103"),
              B("Verizon", "verizon.com", "VZWMail@ecrmemail.verizonwireless.com", "sfmc", "#ee0000", "Verizon, 1 Verizon Way, Basking Ridge, NJ 07920"),
              B("Lumen Mobile", "lumenmobile.com", "billing@lumenmobile.com", "braze", "#00a3e0", "Lumen Mobile, 500 W Madison St, Chicago, IL 60661")])
    amt = R.randrange(3500, 32000) / 100
    due = ctx["date"] + dt.timedelta(days=R.randrange(14, 24))
    subj = pick(["Your bill is ready", "Your %s bill is available" % ctx["date"].strftime("%B"), "Your bill of %s is due %s" % (money(amt), due.strftime("%b %d")), "Thanks for your payment"])
    blocks = [("h", "Your bill is ready"), ("kv", [("Account", "\u2022\u2022\u2022\u2022%04d" % R.randrange(10000)), ("Amount due", money(amt)), ("Due date", due.strftime("%B %d, %Y"))]),
              ("p", pick(["Enroll in paperless billing and AutoPay to save $5 a month.", "Your usage this month was %d kWh, %d%% %s than last year." % (R.randrange(300, 1200), R.randrange(2, 20), pick(["lower", "higher"])),
                          "Your plan includes unlimited talk and text. Data used this cycle: %.1f GB." % (R.randrange(10, 400) / 10)])),
              ("btn", "View and pay bill", "https://www.%s/billing" % b["domain"])]
    return commercial(ctx, b, "commercial:utility_bill", subj, blocks, bulk=False)


AIRLINES = [B("United Airlines", "united.com", "unitedairlines@united.com", "sfmc", "#002244", "United Airlines, Inc., 233 S. Wacker Drive, Chicago, IL 60606"),
            B("Delta Air Lines", "delta.com", "DeltaAirLines@t.delta.com", "sfmc", "#c8102e", "Delta Air Lines, Inc., P.O. Box 20980, Atlanta, GA 30320"),
            B("Alaska Airlines", "alaskaair.com", "alaskaair@ifly.alaskaair.com", "braze", "#01426a", "Alaska Airlines, 19300 International Blvd, Seattle, WA 98188")]
AIRPORTS = ["SFO", "ORD", "DEN", "SEA", "JFK", "BOS", "ATL", "AUS", "PDX", "LAX", "MSP", "RDU"]


def t_flight(ctx):
    b = pick(AIRLINES)
    a1, a2 = R.sample(AIRPORTS, 2)
    conf = ralnum(6)
    dep = ctx["date"] + dt.timedelta(days=R.randrange(1, 60))
    fl = "%s %d" % ({"united.com": "UA", "delta.com": "DL", "alaskaair.com": "AS"}[b["domain"]], R.randrange(100, 2999))
    if R.random() < 0.5:
        subj = pick(["Your trip confirmation: %s to %s" % (a1, a2), "eTicket Itinerary and Receipt for Confirmation %s" % conf, "Booking confirmed \u2708\ufe0f %s \u2192 %s" % (a1, a2)])
        k = "commercial:flight_booking"
        blocks = [("h", "You're all set, %s" % ctx["first"]), ("kv", [("Confirmation", conf), ("Flight", fl), ("Departs", "%s %s" % (a1, dep.strftime("%a, %b %d %I:%M %p"))), ("Arrives", a2), ("Seat", "%d%s" % (R.randrange(8, 40), pick("ABCDEF")))]),
                  ("kv", [("Fare", money(R.randrange(12000, 69000) / 100)), ("eTicket", "016%010d" % R.randrange(10 ** 10))]),
                  ("btn", "Manage reservation", "https://www.%s/trips/%s" % (b["domain"], conf))]
    else:
        subj = pick(["It's time to check in for your flight to %s" % a2, "Check in now: %s %s to %s" % (fl, a1, a2), "Your flight leaves tomorrow - check in now"])
        k = "commercial:checkin_reminder"
        blocks = [("h", "Check in for your flight"), ("p", "Check-in is now open for flight %s from %s to %s. Save time at the airport by checking in online and adding your boarding pass to your phone's wallet." % (fl, a1, a2)),
                  ("btn", "Check in", "https://www.%s/checkin?conf=%s" % (b["domain"], conf)), ("small", "Bags must be checked at least 45 minutes before departure.")]
    return commercial(ctx, b, k, subj, blocks, bulk=False)


def t_hotel(ctx):
    b = pick([B("Marriott Bonvoy", "marriott.com", "reservations@res.marriott.com", "sfmc", "#1c1c1c", "Marriott International, 7750 Wisconsin Avenue, Bethesda, MD 20814"),
              B("Hilton Honors", "hilton.com", "hiltonhonors@h1.hilton.com", "sfmc", "#104c97", "Hilton, 7930 Jones Branch Drive, McLean, VA 22102"),
              B("Airbnb", "airbnb.com", "automated@airbnb.com", "ses", "#ff385c", "Airbnb, Inc., 888 Brannan St, San Francisco, CA 94103"),
              B("The Alder Inn", "alderinn.com", "stay@alderinn.com", "mailgun", "#5d4037", "The Alder Inn, 12 Harbor St, Bar Harbor, ME 04609")])
    ci = ctx["date"] + dt.timedelta(days=R.randrange(3, 90))
    n = R.randrange(1, 6)
    conf = str(R.randrange(10 ** 7, 10 ** 9))
    subj = pick(["Reservation confirmation #%s" % conf, "Your stay is confirmed: %s" % ci.strftime("%b %d"), "Get ready for your upcoming stay", "Reservation confirmed for %s" % pick(CITIES)[0]])
    blocks = [("h", "We look forward to welcoming you"), ("kv", [("Confirmation", conf), ("Check-in", ci.strftime("%a, %b %d, %Y") + " from 3:00 PM"), ("Check-out", (ci + dt.timedelta(days=n)).strftime("%a, %b %d, %Y")),
                                                               ("Guests", str(R.randrange(1, 4))), ("Total", money(n * R.randrange(11900, 38900) / 100))]),
              ("btn", "Manage reservation", "https://www.%s/reservation/%s" % (b["domain"], conf)), ("small", "Free cancellation until 48 hours before arrival.")]
    return commercial(ctx, b, "commercial:hotel_booking", subj, blocks, bulk=False)


def t_tickets(ctx):
    b = pick([B("Eventbrite", "eventbrite.com", "noreply@order.eventbrite.com", "sendgrid", "#f05537", "Eventbrite, 535 Mission Street, 8th Floor, San Francisco, CA 94105"),
              B("Ticketmaster", "ticketmaster.com", "customer_support@email.ticketmaster.com", "sfmc", "#026cdf", "Ticketmaster, 9348 Civic Center Drive, Beverly Hills, CA 90210"),
              B("Riverside Community Theatre", "riversidetheatre.org", "boxoffice@riversidetheatre.org", "mailchimp", "#7b1fa2", "Riverside Community Theatre, 220 Riverside Dr, Richmond, VA 23219")])
    ev = pick(["Spring Makers Market", "Jazz in the Park", "Intro to Pottery Workshop", "Indie Film Night", "The Mountain Goats", "Downtown 5K Fun Run", "Local History Lecture Series", "A Midsummer Night's Dream"])
    day = ctx["date"] + dt.timedelta(days=R.randrange(3, 45))
    subj = pick(["Your tickets for %s" % ev, "Order confirmation: %s" % ev, "You're going to %s!" % ev, "Reminder: %s is this week" % ev])
    blocks = [("h", "You're going to %s" % ev), ("kv", [("Date", day.strftime("%A, %B %d, %Y")), ("Time", "%d:%s PM" % (R.randrange(1, 9), pick(["00", "30"]))), ("Order", "#%d" % R.randrange(10 ** 9, 10 ** 10)), ("Tickets", "%d x General Admission" % R.randrange(1, 5))]),
              ("btn", "View tickets", "https://www.%s/mytickets" % b["domain"]), ("small", "Your tickets are attached as a PDF. Show them on your phone at the door.")]
    return commercial(ctx, b, "commercial:event_tickets", subj, blocks, bulk=False,
                      attachments=[("tickets-%d.pdf" % R.randrange(10 ** 5, 10 ** 6), "application/pdf", tiny_pdf(ev))] if R.random() < 0.5 else None)


def t_webinar(ctx):
    b = pick(SAAS + [B("Zoom", "zoom.us", "no-reply@zoom.us", "ses", "#0b5cff", "Zoom Communications, 55 Almaden Blvd, San Jose, CA 95113")])
    topic = pick(["Scaling your team's workflows in 2026", "Security best practices for small businesses", "Live Q&A: what's new this quarter", "Hands-on: building dashboards in 30 minutes", "Year-end planning for finance teams"])
    day = ctx["date"] + dt.timedelta(days=R.randrange(2, 20))
    subj = pick(["You're registered: %s" % topic, "Reminder: %s starts in 1 hour" % topic, "Webinar confirmation - %s" % topic])
    blocks = [("h", "Thanks for registering!"), ("p", "Topic: %s" % topic), ("kv", [("When", day.strftime("%b %d, %Y") + " 11:00 AM Pacific Time (US and Canada)"), ("Webinar ID", "%d %d %d" % (R.randrange(800, 999), R.randrange(1000, 9999), R.randrange(1000, 9999)))]),
              ("btn", "Join webinar", "https://us06web.zoom.us/w/%d?tk=%s" % (R.randrange(10 ** 10, 10 ** 11), rb64url(30))), ("p", "Can't make it? Register anyway and we'll send you the recording."),
              ("small", "Add to calendar: Google Calendar | Outlook | Yahoo")]
    return commercial(ctx, b, "commercial:webinar", subj, blocks, bulk=False)


REPOS = ["pallets/flask", "tessellate-gis/tessellate", "acme-internal/billing-api", "rust-lang/rust-analyzer", "ferrous-labs/quiver",
         "openmeteo-tools/forecast-cli", "team-example/website", "kestrel-db/kestrel", "python/cpython", "homebrew/homebrew-core"]


def t_github(ctx):
    repo = pick(REPOS)
    owner, name = repo.split("/")
    num = R.randrange(12, 9800)
    who = "%s%s" % (pick(FIRST).lower(), pick(["", "-dev", str(R.randrange(10, 99)), "codes"]))
    typ = pick(["pr_comment", "issue", "review", "merged", "mention"])
    title = pick(["Fix race condition in connection pool shutdown", "Add support for Python 3.14", "Docs: clarify configuration precedence",
                  "Crash when parsing empty config file", "Bump actions/checkout from 4 to 5", "Refactor CLI argument parsing", "Memory leak in streaming decoder"])
    kindp = "pull" if typ in ("pr_comment", "review", "merged") else "issues"
    subj = "Re: [%s] %s (%s #%d)" % (repo, title, "PR" if kindp == "pull" else "Issue", num)
    if typ == "merged":
        body = "Merged #%d into main." % num
    elif typ == "review":
        body = "@%s approved this pull request.\n\nLooks good to me. One nit inline about the error message, otherwise ready to merge once CI is green." % who
    else:
        body = pick(["Thanks for the report! I can reproduce this on main. It looks like the timeout isn't propagated when the pool is closing; I'll put up a fix.",
                     "I tested this branch against our staging setup and it resolves the issue for us. +1 for getting it into the next release.",
                     "Could you share the full traceback and the output of `--version`? That will help narrow it down.",
                     "@%s mentioned you on this. Can you take a look at the migration part when you get a chance?" % who])
    url = "https://github.com/%s/%s/%d#issuecomment-%d" % (repo, kindp, num, R.randrange(10 ** 9, 3 * 10 ** 9))
    text = "%s\n\n\u2014\nReply to this email directly, view it on GitHub:\n%s\nYou are receiving this because you %s.\n\nMessage ID: <%s/%s/%d/c%d@github.com>\n" % (
        body, url, pick(["were mentioned", "authored the thread", "are subscribed to this thread", "commented"]), repo, kindp, num, R.randrange(10 ** 9, 3 * 10 ** 9))
    html = '<p></p>\n<p dir="auto">%s</p>\n\n<p style="font-size:small;-webkit-text-size-adjust:none;color:#666;">&mdash;<br />Reply to this email directly, <a href="%s">view it on GitHub</a>, or <a href="https://github.com/notifications/unsubscribe-auth/%s">unsubscribe</a>.<br />You are receiving this because you are subscribed to this thread.<img src="https://github.com/notifications/beacon/%s.gif" height="1" width="1" alt="" /></p>\n' % (
        esc(body).replace("\n\n", "</p>\n<p dir=\"auto\">"), url, ralnum(40), ralnum(40))
    mid = "<%s/%s/%d/c%d@github.com>" % (repo, kindp, num, R.randrange(10 ** 9, 3 * 10 ** 9))
    return {"kind": "commercial:dev_notification", "lang": "en", "from": (who, "notifications@github.com"), "subject": subj, "text": text, "html": html,
            "esp": "github", "bulk": False, "msgid": mid, "in_reply_to": "<%s/%s/%d@github.com>" % (repo, kindp, num),
            "reply_to": (repo, "reply+%s@reply.github.com" % ralnum(60)),
            "headers": [("List-ID", "%s <%s.%s.github.com>" % (repo, name, owner)), ("List-Archive", "https://github.com/%s" % repo),
                        ("List-Unsubscribe", "<mailto:unsub+%s@reply.github.com>,\n <https://github.com/notifications/unsubscribe/%s>" % (ralnum(40), ralnum(40))),
                        ("X-GitHub-Sender", who), ("X-GitHub-Recipient", ctx["first"].lower()), ("X-GitHub-Reason", pick(["subscribed", "mention", "author", "review_requested"])),
                        ("X-Auto-Response-Suppress", "All"), ("Precedence", "list")]}


def t_ci(ctx):
    repo = pick(REPOS)
    br = pick(["main", "release/2.4", "feature/streaming", "dependabot/npm_and_yarn/vite-6.3.5", "fix/flaky-tests"])
    ok = R.random() < 0.5
    sys_ = pick(["actions", "circleci", "gitlab"])
    run = R.randrange(1000, 99999)
    if sys_ == "actions":
        subj = "[%s] Run %s: CI - %s (%s)" % (repo, "succeeded" if ok else "failed", br, rhex(7))
        b = B("GitHub", "github.com", "notifications@github.com", "github", "#24292f", "GitHub, Inc. 88 Colin P Kelly Jr Street, San Francisco, CA 94107")
        url = "https://github.com/%s/actions/runs/%d" % (repo, R.randrange(10 ** 10, 2 * 10 ** 10))
    elif sys_ == "circleci":
        subj = "%s: %s/%s #%d on %s" % ("Success" if ok else "Failed", repo.split("/")[0], repo.split("/")[1], run, br)
        b = B("CircleCI", "circleci.com", "builds@circleci.com", "sendgrid", "#161616", "CircleCI, 2 Embarcadero Center, San Francisco, CA 94111")
        url = "https://app.circleci.com/pipelines/github/%s/%d" % (repo, run)
    else:
        subj = "%s | Pipeline #%d has %s for %s | %s" % (repo, run, "passed" if ok else "failed", br, rhex(8))
        b = B("GitLab", "gitlab.com", "gitlab@mg.gitlab.com", "mailgun", "#fc6d26", "GitLab Inc., 268 Bush Street #350, San Francisco, CA 94104", "mg.gitlab.com")
        url = "https://gitlab.com/%s/-/pipelines/%d" % (repo, run)
    jobs = [(j, "", pick(["passed", "passed", "failed" if not ok else "passed", "skipped"])) for j in R.sample(["lint", "test (3.12)", "test (3.13)", "build", "typecheck", "e2e", "docs"], 4)]
    blocks = [("h", "Pipeline %s" % ("succeeded" if ok else "failed")), ("kv", [("Repository", repo), ("Branch", br), ("Commit", "%s %s" % (rhex(8), pick(["Update dependencies", "Fix typo in README", "Handle empty input", "Bump version to 2.4.1"])))]),
              ("items", jobs), ("btn", "View workflow run", url)]
    return commercial(ctx, b, "commercial:ci_notification", subj, blocks, bulk=False, shape=pick(["html", "alt"]))


def t_cloud_billing(ctx):
    c = pick(["aws", "gcp", "do", "vercel"])
    amt = R.randrange(120, 48000) / 100
    per = (ctx["date"].replace(day=1) - dt.timedelta(days=1))
    if c == "aws":
        b = B("Amazon Web Services", "aws.amazon.com", "no-reply-aws@amazon.com", "ses", "#232f3e", "Amazon Web Services, Inc., 410 Terry Avenue North, Seattle, WA 98109-5210", "amazon.com")
        subj = "AWS Notification - Your AWS billing statement for %s is available" % per.strftime("%B %Y")
    elif c == "gcp":
        b = B("Google Cloud", "google.com", "payments-noreply@google.com", "gmail", "#4285f4", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043")
        subj = "Your Google Cloud Platform invoice is available - billing account %s-%s-%s" % (rhex(6).upper(), rhex(6).upper(), rhex(6).upper())
    elif c == "do":
        b = B("DigitalOcean", "digitalocean.com", "support@digitalocean.com", "sendgrid", "#0069ff", "DigitalOcean, LLC, 101 6th Ave, New York, NY 10013")
        subj = "[DigitalOcean] Your %s invoice is available" % per.strftime("%Y-%m")
    else:
        b = pick(SAAS[4:5])
        subj = "Your Vercel invoice for %s" % per.strftime("%B %Y")
    blocks = [("h", "Your invoice is available"), ("p", "Greetings from %s. Your invoice for the billing period %s is now available. The total of %s will be charged to your payment method on file." % (b["name"], per.strftime("%B %Y"), money(amt))),
              ("kv", [("Account ID", "%04d-%04d-%04d" % (R.randrange(10000), R.randrange(10000), R.randrange(10000))), ("Invoice total", money(amt))]),
              ("btn", "View billing console", "https://console.%s/billing/" % b["domain"] if c != "gcp" else "https://console.cloud.google.com/billing"),
              ("small", "Free tier usage and credits, if any, have been applied.")]
    return commercial(ctx, b, "commercial:cloud_billing", subj, blocks, bulk=False)


def t_password_reset(ctx):
    b = pick(SAAS + [B("Spotify", "spotify.com", "no-reply@spotify.com", "sendgrid", "#1db954", "Spotify USA Inc., 4 World Trade Center, 150 Greenwich Street, New York, NY 10007"),
                     B("Netflix", "netflix.com", "info@account.netflix.com", "ses", "#e50914", "Netflix, Inc., 121 Albright Way, Los Gatos, CA 95032")])
    subj = pick(["Reset your %s password" % b["name"], "Password reset requested", "Your password reset link", "%s password reset" % b["name"]])
    blocks = [("h", "Reset your password"), ("p", "Hi %s,\nWe received a request to reset the password for your %s account (%s). Click the button below to choose a new password. This link expires in %d minutes." % (
        ctx["first"], b["name"], ctx["rcpt"], pick([15, 30, 60]))),
              ("btn", "Reset password", "https://www.%s/reset-password?token=%s" % (b["domain"], rb64url(32))),
              ("p", "If you didn't request this, you can safely ignore this email - your password will not change.")]
    return commercial(ctx, b, "commercial:password_reset", subj, blocks, bulk=False, shape=pick(["html", "alt", "alt"]))


def t_signin(ctx):
    b = pick([B("Google", "google.com", "no-reply@accounts.google.com", "gmail", "#1a73e8", "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"),
              B("Microsoft account team", "microsoft.com", "account-security-noreply@accountprotection.microsoft.com", "m365", "#0078d4", "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"),
              B("Dropbox", "dropbox.com", "no-reply@dropbox.com", "ses", "#0061fe", "Dropbox, Inc., 1800 Owens St, San Francisco, CA 94158"),
              B("Slack", "slack.com", "feedback@slack.com", "ses", "#4a154b", "Slack Technologies, 415 Mission Street, San Francisco, CA 94105")])
    dev = pick(["Chrome on macOS", "Safari on iPhone", "Firefox on Windows", "Edge on Windows 11", "Pixel 9", "Slack for Android"])
    city = pick(CITIES)
    subj = pick(["Security alert", "New sign-in to your account", "Important: new sign-in on %s" % dev, "We noticed a new login"])
    blocks = [("h", "A new sign-in on %s" % dev), ("p", "We noticed a new sign-in to your account %s. If this was you, you don't need to do anything." % ctx["rcpt"]),
              ("kv", [("When", ctx["date"].strftime("%B %d, %Y %I:%M %p %Z").strip()), ("Device", dev), ("Approximate location", "%s, %s, United States" % (city[0], city[1]))]),
              ("p", "If you don't recognize this activity, please secure your account right away by changing your password."),
              ("btn", "Check activity", "https://myaccount.%s/notifications" % b["domain"])]
    return commercial(ctx, b, "commercial:security_notice", subj, blocks, bulk=False)


def t_2fa(ctx):
    b = pick(SAAS + [B("Chase", "chase.com", "no.reply.alerts@chase.com", "own", "#117aca", "JPMorgan Chase Bank, N.A."),
                     B("Coinbase", "coinbase.com", "no-reply@info.coinbase.com", "sendgrid", "#0052ff", "Coinbase, Inc.")])
    code = "%06d" % R.randrange(10 ** 6)
    subj = pick(["Your verification code is %s" % code, "%s is your %s verification code" % (code, b["name"]), "Your one-time passcode", "Verify your email address"])
    blocks = [("p", "Use this code to verify it's you:"), ("code", code), ("p", "This code expires in 10 minutes. Don't share it with anyone - %s will never ask you for this code." % b["name"]),
              ("small", "If you didn't try to sign in, you can ignore this email.")]
    return commercial(ctx, b, "commercial:2fa_code", subj, blocks, bulk=False, shape=pick(["html", "alt", "text"]))


def t_calendar(ctx):
    org = person()
    oaddr = "%s.%s@%s" % (org[0].lower(), org[1].lower().replace("'", ""), pick(["team.example", "gmail.com", "brightlane.io", "harbourpartners.com"]))
    start = (ctx["date"] + dt.timedelta(days=R.randrange(1, 14))).replace(hour=R.randrange(8, 17), minute=pick([0, 30]), second=0)
    title = pick(["Weekly sync", "Q3 planning", "1:1 %s / %s" % (org[0], ctx["first"]), "Design review: onboarding flow", "Coffee chat", "Quarterly business review", "Sprint retro"])
    dur = pick([25, 30, 45, 60])
    loc = pick(["Google Meet", "Conference Room 4B", "https://meet.google.com/%s-%s-%s" % (ralnum(3, False), ralnum(4, False), ralnum(3, False))])
    ic = ics(title, start, dur, ("%s %s" % org, oaddr), ctx["rcpt"], loc, "google.com")
    when = start.strftime("%A %b %d, %Y \u22c5 %I:%M%p").replace(" 0", " ")
    subj = "Invitation: %s @ %s (%s)" % (title, start.strftime("%a %b %d, %Y %I:%M%p"), ctx["rcpt"])
    text = "%s invited you to %s\n\n%s\nWhen: %s\nWhere: %s\nJoin with Google Meet\nhttps://meet.google.com/%s-%s-%s\n\nReply for %s\nYes / No / Maybe\n\nInvitation from Google Calendar\n\nYou are receiving this email because you are an attendee on the event. To stop receiving future updates for this event, decline this event.\n" % (
        oaddr, title, title, when, loc, ralnum(3, False), ralnum(4, False), ralnum(3, False), ctx["rcpt"])
    html = '<div style="font-family:Roboto,Helvetica,Arial,sans-serif;"><h2 style="font-size:20px;font-weight:400;">%s</h2>\n<p><b>When</b> %s<br>\n<b>Where</b> %s<br>\n<b>Organizer</b> %s</p>\n<p><a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=1">Yes</a> | <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=2">No</a> | <a href="https://calendar.google.com/calendar/event?action=RESPOND&amp;eid=%s&amp;rst=3">Maybe</a></p>\n<p style="font-size:11px;color:#70757a;">Invitation from Google Calendar</p></div>\n' % (
        esc(title), esc(when), esc(loc), oaddr, rb64url(40), rb64url(40), rb64url(40))
    return {"kind": "commercial:calendar_invite", "lang": "en", "from": ("%s %s (Google Calendar)" % org, "calendar-notification@google.com"), "subject": subj,
            "text": text, "html": html, "calendar": ic, "esp": "gmail", "bulk": False, "reply_to": ("%s %s" % org, oaddr),
            "dkim": [("google.com", "20230601")], "msgid": "<calendar-%s@google.com>" % ruuid(), "attachments": [("invite.ics", "application/ics", ic.encode())], "return_path": "3%s@calendar-server.bounces.google.com" % ralnum(30)}


def t_health(ctx):
    b = pick([B("Pinecrest Dental", "pinecrestdental.com", "appointments@pinecrestdental.com", "postmark", "#1f7a8c", "Pinecrest Dental, 3100 Pinecrest Rd, Raleigh, NC 27609"),
              B("Lakeside Family Clinic", "lakesidefamilyclinic.com", "noreply@lakesidefamilyclinic.com", "ses", "#2a9d8f", "Lakeside Family Clinic, 45 Lakeside Dr, Madison, WI 53711"),
              B("Clearsight Eye Care", "clearsighteyecare.com", "reminders@clearsighteyecare.com", "mailgun", "#3949ab", "Clearsight Eye Care, 610 S Main St, Boise, ID 83702"),
              B("CVS Pharmacy", "cvs.com", "CVSPharmacy@pharmacy.cvs.com", "sfmc", "#cc0000", "CVS Pharmacy, One CVS Drive, Woonsocket, RI 02895")])
    ap = (ctx["date"] + dt.timedelta(days=R.randrange(1, 30))).replace(minute=pick([0, 15, 30, 45]))
    if b["domain"] == "cvs.com":
        subj = pick(["Your prescription is ready for pickup", "Refill reminder from CVS Pharmacy"])
        blocks = [("h", subj), ("p", "Hi %s, your prescription is ready at CVS Pharmacy, %s %s. Please pick it up within 7 days." % (ctx["first"], R.randrange(100, 9999), pick(STREETS))),
                  ("btn", "View prescription details", "https://www.cvs.com/pharmacy/v2/prescription-status")]
    else:
        subj = pick(["Appointment confirmation for %s" % ap.strftime("%b %d"), "Reminder: your appointment on %s" % ap.strftime("%A, %B %d"), "Please confirm your upcoming appointment"])
        blocks = [("h", "Appointment %s" % pick(["confirmed", "reminder"])), ("kv", [("Patient", "%s %s." % (ctx["first"], ctx["last"][0])), ("Date", ap.strftime("%A, %B %d, %Y")), ("Time", ap.strftime("%I:%M %p")),
                                                                                  ("Provider", "Dr. %s %s" % person())]),
                  ("p", "Please arrive 10 minutes early and bring your insurance card. To reschedule, call us at least 24 hours in advance."),
                  ("btn", "Confirm appointment", "https://%s/confirm/%s" % ("patient." + b["domain"], rb64url(20)))]
    return commercial(ctx, b, "commercial:healthcare", subj, blocks, bulk=False)


def t_school(ctx):
    b = pick([B("Maple Grove Elementary PTA", "maplegrovepta.org", "news@maplegrovepta.org", "mailchimp", "#e67e22", "Maple Grove Elementary PTA, 1200 Maple Grove Rd, Columbus, OH 43220"),
              B("Westside Public Library", "westsidelibrary.org", "events@westsidelibrary.org", "brevo", "#00796b", "Westside Public Library, 401 W Main St, Richmond, VA 23220"),
              B("Cedar Hills Community Center", "cedarhillscc.org", "info@cedarhillscc.org", "mailchimp", "#558b2f", "Cedar Hills Community Center, 88 Cedar Hills Blvd, Tucson, AZ 85719"),
              B("Lincoln High School", "lincolnhs.k12.example.org", "principal@lincolnhs.k12.example.org", "sendgrid", "#1a237e", "Lincoln High School, 2200 Lincoln Ave, Denver, CO 80205")])
    subj = pick(["%s Newsletter - %s" % (b["name"], ctx["date"].strftime("%B %Y")), "This week at %s" % b["name"], "Upcoming events and volunteer opportunities", "Reminder: picture day and book fair"])
    blocks = [("h", subj), ("p", pick(["Thank you to everyone who volunteered at the fall festival! We raised $%s for classroom supplies." % format(R.randrange(1500, 9000), ","),
                                      "Registration for winter programs opens Monday. Classes fill up quickly, so sign up early.",
                                      "Our book fair runs next week in the gym. Students can shop during library time, and families are welcome after school."])),
              ("h2", "Upcoming dates"), ("kv", [((ctx["date"] + dt.timedelta(days=i * 4 + 2)).strftime("%b %d"), pick(["No school - teacher workday", "Family movie night, 6:30 pm", "Board meeting", "Story time for ages 3-5", "Winter concert", "Early release, 1:15 pm"])) for i in range(3)]),
              ("btn", "Read the full newsletter", "https://www.%s/news" % b["domain"])]
    return commercial(ctx, b, "commercial:community_newsletter", subj, blocks)


def t_charity(ctx):
    b = pick([B("Riverside Food Bank", "riversidefoodbank.org", "donate@riversidefoodbank.org", "hubspot", "#ef6c00", "Riverside Food Bank, 1500 Industrial Pkwy, Sacramento, CA 95811. EIN 94-1234567"),
              B("Wikimedia Foundation", "wikimedia.org", "donate@wikimedia.org", "own", "#36c", "Wikimedia Foundation, Inc., P.O. Box 98204, Washington, DC 20090-8204"),
              B("Second Chance Animal Rescue", "secondchancerescue.org", "thanks@secondchancerescue.org", "mailchimp", "#8e24aa", "Second Chance Animal Rescue, PO Box 3321, Boise, ID 83703. EIN 82-7654321")])
    amt = pick([10, 15, 25, 35, 50, 100, 250])
    subj = pick(["Thank you for your donation", "Your donation receipt", "Thank you, %s! Receipt for your gift" % ctx["first"], "Your %d giving statement" % ctx["date"].year])
    blocks = [("h", "Thank you, %s!" % ctx["first"]), ("p", "Your gift of %s makes a real difference. This email serves as your receipt for tax purposes. No goods or services were provided in exchange for this contribution." % money(amt)),
              ("kv", [("Donation date", ctx["date"].strftime("%B %d, %Y")), ("Amount", money(amt)), ("Transaction ID", ralnum(12)), ("Type", pick(["One-time", "Monthly"]))]),
              ("small", b["addr"])]
    return commercial(ctx, b, "commercial:donation_receipt", subj, blocks, bulk=False)


def t_survey(ctx):
    b = pick(RETAIL + RESTAURANTS + [B("Delta Air Lines", "delta.com", "DeltaAirLines@t.delta.com", "sfmc", "#c8102e", "Delta Air Lines, Inc., P.O. Box 20980, Atlanta, GA 30320")])
    subj = pick(["How did we do?", "%s, tell us about your recent visit" % ctx["first"], "Quick question about your order", "Rate your experience (2 minutes)"])
    blocks = [("h", "We'd love your feedback"), ("p", "Thanks for choosing %s. Could you take 2 minutes to tell us about your recent experience? Your answers help us improve." % b["name"]),
              ("btn", "Start the survey", "https://survey.qualtrics.com/jfe/form/SV_%s?rid=%s" % (ralnum(15, False), rhex(12))),
              ("small", "As a thank-you, survey participants can enter a drawing for a $100 gift card. No purchase necessary. Winner selected at random.")]
    return commercial(ctx, b, "commercial:survey", subj, blocks)


def t_saas_update(ctx):
    b = pick(SAAS)
    subj = pick(["What's new in %s: %s" % (b["name"], ctx["date"].strftime("%B")), "%s changelog: faster search, new integrations" % b["name"], "Your trial ends in 3 days",
                 "Your %s subscription renews soon" % b["name"], "Introducing offline mode \u2728"])
    if "trial" in subj or "renews" in subj:
        blocks = [("h", subj), ("p", "Hi %s, just a heads-up: %s. Your workspace will switch to the %s plan at %s/month unless you make changes." % (ctx["first"], subj.lower(), pick(["Pro", "Team", "Plus"]), money(pick([8, 10, 12, 15, 20])))),
                  ("btn", "Manage billing", "https://%s/settings/billing" % b["domain"])]
        k = "commercial:saas_billing"
        bulk = False
    else:
        blocks = [("h", "What's new this month"), ("h2", "Faster search"), ("p", "Search results now load up to 3x faster in large workspaces."),
                  ("h2", "New integrations"), ("p", "Connect %s and %s in a couple of clicks." % tuple(R.sample(["GitHub", "Slack", "Google Drive", "Jira", "Figma", "Salesforce"], 2))),
                  ("btn", "Read the changelog", "https://%s/changelog" % b["domain"])]
        k, bulk = "commercial:saas_newsletter", True
    return commercial(ctx, b, k, subj, blocks, bulk=bulk)


def t_library_gym(ctx):
    typ = pick(["library", "gym", "domain", "payout"])
    if typ == "library":
        b = B("Westside Public Library", "westsidelibrary.org", "noreply@westsidelibrary.org", "own", "#00796b", "Westside Public Library, 401 W Main St, Richmond, VA 23220")
        t = pick(["Project Hail Mary", "The Overstory", "Tomorrow, and Tomorrow, and Tomorrow", "James", "Intermezzo"])
        subj, blocks = "Your hold is ready for pickup", [("p", "Dear %s %s,\nThe following item is ready for pickup at the Main Branch and will be held until %s:\n\n  %s" % (ctx["first"], ctx["last"], (ctx["date"] + dt.timedelta(days=7)).strftime("%m/%d/%Y"), t))]
        shape = "text"
    elif typ == "gym":
        b = B("Summit Climbing Gym", "summitclimbing.com", "frontdesk@summitclimbing.com", "mailgun", "#ff5722", "Summit Climbing Gym, 2400 Industrial Way, Denver, CO 80216")
        subj = pick(["Class booked: Intro to Bouldering", "Your membership payment receipt", "Reminder: Yoga for Climbers tomorrow"])
        blocks = [("h", subj), ("p", "See you on %s at %s. Remember to bring water; shoe rental is included with your membership." % ((ctx["date"] + dt.timedelta(days=1)).strftime("%A"), pick(["6:00 PM", "7:30 AM", "12:15 PM"])))]
        shape = None
    elif typ == "domain":
        b = B("Namecheap", "namecheap.com", "support@namecheap.com", "mailgun", "#de3723", "Namecheap, Inc., 4600 East Washington Street, Suite 305, Phoenix, AZ 85034")
        dn = "%s%s.%s" % (pick(FIRST).lower(), pick(["photo", "dev", "studio", "makes"]), pick(["com", "net", "io", "me"]))
        subj = "Domain renewal reminder: %s expires in 30 days" % dn
        blocks = [("p", "Hi %s,\nThe domain %s is set to expire on %s. Auto-renew is %s. Renewal price: %s/yr." % (ctx["first"], dn, (ctx["date"] + dt.timedelta(days=30)).strftime("%B %d, %Y"), pick(["ON - no action needed", "OFF"]), money(R.randrange(1098, 1698) / 100))),
                  ("btn", "Manage domain", "https://ap.www.namecheap.com/domains/domaincontrolpanel/%s" % dn)]
        shape = None
    else:
        b = B("Etsy", "etsy.com", "transaction@etsy.com", "ses", "#f1641e", "Etsy, Inc., 117 Adams Street, Brooklyn, NY 11201")
        subj = pick(["You made a sale on Etsy! Ship by %s" % (ctx["date"] + dt.timedelta(days=3)).strftime("%b %d"), "Your Etsy deposit of %s is on its way" % money(R.randrange(2000, 90000) / 100)])
        blocks = [("h", subj), ("p", "Congratulations! Payment has been received and the deposit will reach your bank account in 1-3 business days."), ("btn", "View in Shop Manager", "https://www.etsy.com/your/shops/me/dashboard")]
        shape = None
    return commercial(ctx, b, "commercial:account_notice", subj, blocks, bulk=False, shape=shape)


# ----------------------------------------------------------------------------
# personal and work mail
# ----------------------------------------------------------------------------
FREEMAIL = [("gmail.com", "gmail"), ("outlook.com", "outlook"), ("yahoo.com", "yahoo"), ("icloud.com", "icloud"), ("gmail.com", "gmail"), ("hotmail.com", "outlook")]
CLIENT_DOMS = [("brightlane.io", "workspace"), ("harbourpartners.com", "m365"), ("quillandcompass.com", "workspace"), ("stonebridgearch.com", "m365"),
               ("meridianlogistics.net", "m365"), ("fernwoodlabs.com", "workspace"), ("cobaltkitchen.com", "workspace"), ("ashgrovelaw.com", "m365")]


def mk_addr(first, last, dom, style=None):
    f, l = first.lower(), last.lower().replace("'", "")
    style = style if style is not None else R.randrange(5)
    if dom in ("gmail.com", "yahoo.com", "outlook.com", "hotmail.com", "icloud.com"):
        return pick(["%s.%s%d" % (f, l, R.randrange(1, 99)), "%s%s" % (f, l), "%s.%s" % (f, l), "%s%s%d" % (f[0], l, R.randrange(60, 99)), "%s_%s" % (f, l)]) + "@" + dom
    return ["%s.%s" % (f, l), "%s%s" % (f[0], l), f, "%s.%s" % (f, l), "%s_%s" % (f, l)][style] + "@" + dom


def html_from_text(text, esp):
    paras = text.strip("\n").split("\n\n")
    if esp in ("outlook", "m365"):
        body = "\n".join('<p class="MsoNormal">%s<o:p></o:p></p>\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>' % esc(p).replace("\n", "<br>\n") for p in paras)
        return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
                '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '<style><!--\n@font-face {font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal {margin:0in; font-size:12.0pt; font-family:"Aptos",sans-serif;}\n--></style>\n'
                '</head>\n<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n') % body
    if esp == "icloud":
        return '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s</body></html>\n' % "<div><br></div>".join(
            "<div>%s</div>" % esc(p).replace("\n", "</div><div>") for p in paras)
    return '<div dir="ltr">%s</div>\n' % "<div><br></div>".join("<div>%s</div>" % esc(p).replace("\n", "<br>") for p in paras)


def quote_block(prev_text, prev_name, prev_addr, prev_date, style):
    if style == "outlook":
        hdr = "________________________________\nFrom: %s <%s>\nSent: %s\nTo: %s\nSubject: %s\n\n" % (prev_name, prev_addr, prev_date.strftime("%A, %B %d, %Y %I:%M %p"), "{to}", "{subj}")
        return hdr + prev_text
    att = "On %s %s <%s> wrote:" % (prev_date.strftime("%a, %b %d, %Y at %I:%M %p").replace(" 0", " "), prev_name, prev_addr)
    if style == "apple":
        att = "On %s, at %s, %s <%s> wrote:" % (prev_date.strftime("%b %d, %Y").replace(" 0", " "), prev_date.strftime("%H:%M"), prev_name, prev_addr)
    return att + "\n\n" + "\n".join(("> " + l) if l else ">" for l in prev_text.strip("\n").split("\n"))


PERSONAL_SCENES = [
    # (subject, opener, body options, reply options, work?)
    ("Quick question about the Q{q} numbers", True,
     ["Hi {rf},\n\nDo you have the final version of the Q{q} revenue sheet? The one in the shared drive still shows the old churn figures. I'd like to use it for Thursday's review.\n\nThanks,\n{sf}",
      "Hey {rf} - quick one: are the Q{q} numbers in the deck final, or should I wait for finance to sign off? Want to send it to the board on Friday.\n\n{sf}"],
     ["Yes, the version from this morning is final. Finance signed off yesterday. I've also added a tab with the regional breakdown.\n\n{rf}",
      "Not yet - there's one adjustment pending for the EMEA accounts. I'll ping you as soon as it's in, should be by tomorrow noon."]),
    ("Dinner Saturday?", False,
     ["Hi {rf}!\n\nAre you two free Saturday evening? We're thinking of trying that new Thai place on {street}, around 7. Let me know!\n\n{sf}",
      "hey! we're doing a small dinner at ours on saturday, nothing fancy. come by around 6:30 if you can, bring the kids. let me know if anyone has allergies\n\nxx {sf}"],
     ["Sounds great, count us in! Should we bring anything? I can make that lemon tart.\n\n{rf}", "We'd love to, but we have a birthday party that afternoon. Can we do Sunday brunch instead?"]),
    ("Contract draft for review", True,
     ["Hi {rf},\n\nAttached is the revised services agreement with the changes we discussed on Tuesday: the payment terms are now net 30, and section 7 includes the updated liability cap. Please review and let me know if anything else needs adjusting before we send it to signature.\n\nBest regards,\n{sf}\n{stitle}\n{scomp}"],
     ["Thanks {sf}, this looks good. Our legal team had one small comment on 7.2 - I'll send the redline tomorrow.\n\nBest,\n{rf}"]),
    ("Photos from the weekend", False,
     ["Hi {rf},\n\nHere are a few photos from the lake. The one of the kids on the dock is my favorite! Thanks again for having us, it was such a nice weekend.\n\nLove,\n{sf}",
      "Finally got around to sending these. The sunset one came out really well.\n\n{sf}\n\nSent from my iPhone"],
     ["These are wonderful, thank you! Printing the dock one for Mom."]),
    ("Re: kitchen remodel estimate", False,
     ["Hi {rf},\n\nThanks for walking through the kitchen with me yesterday. As promised, here's the estimate for the cabinets, countertops and labor. We can start as early as the {d}th if that works for you. The deposit would be 30%, with the balance due on completion.\n\nLet me know if you have any questions.\n\n{sf}\n{scomp}\n({ph})"],
     ["Thanks {sf}. The estimate looks reasonable. Could you also quote the backsplash tile option we talked about? Then we can go ahead."]),
    ("Interview scheduling - {role}", True,
     ["Hi {rf},\n\nThank you for your interest in the {role} position at {scomp}. We'd like to invite you to a 45-minute video interview with the hiring team. Would any of the following times work for you?\n\n- {d1}\n- {d2}\n- {d3}\n\nAll times are Eastern. Looking forward to speaking with you.\n\nBest,\n{sf} {sl}\nTalent Acquisition, {scomp}"],
     ["Hi {sf},\n\nThank you! {d2} works well for me. Looking forward to it.\n\nBest regards,\n{rf}"]),
    ("Notes from today's meeting", True,
     ["Hi all,\n\nThanks for a productive session today. Quick summary:\n\n1. Launch date moves to {d1} to give QA an extra week.\n2. {rf} owns the migration runbook; draft by Friday.\n3. We'll drop the legacy export from scope and revisit in Q{q}.\n4. Budget: no change; marketing spend stays at the approved level.\n\nAction items are in the tracker. Shout if I missed anything.\n\n{sf}"],
     ["Thanks {sf}, one addition: we agreed to keep the status page update in scope for launch."]),
    ("Expense report reminder", True,
     ["Hi {rf},\n\nFriendly reminder that expense reports for last month are due by the {d}th. Please attach receipts for anything over $25 and use the new project codes.\n\nThanks!\n{sf}"],
     ["Thanks for the reminder, submitting mine today."]),
    ("Happy birthday!!", False,
     ["Happy birthday {rf}! Hope you have a wonderful day. Can't believe it's been a whole year since the cabin trip. Let's celebrate properly when you're back in town.\n\nLots of love,\n{sf}"],
     ["Aww thank you!! Yes, let's plan something for next month."]),
    ("Re: Spreadsheet for the reunion", False,
     ["Hi {rf},\n\nI put together a spreadsheet with everyone's RSVPs and who is bringing what. Could you double-check the addresses for the out-of-town folks? Also, the venue wants the final headcount by the {d}th.\n\nThanks,\n{sf}"],
     ["Got it, I'll go through it tonight. I think the Hendersons moved last spring, I'll get their new address."]),
    ("Open enrollment closes Friday - important", True,
     ["Hi team,\n\nThis is an important reminder that benefits open enrollment closes this Friday at 5 pm. If you don't make changes, your current medical and dental elections roll over, but FSA and HSA contributions do NOT carry over and must be re-elected.\n\nThe plan comparison guide is attached. Let me know if you have any questions.\n\n{sf}\nPeople Operations"],
     []),
    ("Can you cover my shift on the {d}th?", True,
     ["Hi {rf}, any chance you could cover my on-call shift on the {d}th? I have a family thing. Happy to swap for one of yours later in the month.\n\nThanks!\n{sf}"],
     ["Sure, no problem. I'll update the PagerDuty schedule."]),
    ("Recipe you asked for", False,
     ["Hi {rf},\n\nHere's Grandma's banana bread recipe:\n\n3 ripe bananas\n1/3 cup melted butter\n3/4 cup sugar\n1 egg\n1 tsp vanilla\n1 tsp baking soda\npinch of salt\n1 1/2 cups flour\n\n350F for about 55 minutes. Don't overmix!\n\n{sf}"],
     ["Thank you!! Making it this weekend."]),
    ("Invoice #{inv} - {scomp}", True,
     ["Hi {rf},\n\nPlease find attached invoice #{inv} for the design work completed in {month}. Payment terms are net 30. Let me know if you need a W-9 or anything else for your records.\n\nThanks again for the great collaboration!\n\n{sf} {sl}\n{scomp}"],
     ["Thanks {sf}, forwarded to accounts payable. Payment should go out with next week's run."]),
]
ROLES = ["Senior Data Analyst", "Product Designer", "Backend Engineer", "Operations Manager", "Customer Success Lead"]
TITLES = ["Project Manager", "Account Director", "Principal", "Senior Consultant", "Operations Lead"]


def t_personal(ctx, scene_idx=None):
    scene = PERSONAL_SCENES[scene_idx if scene_idx is not None else R.randrange(len(PERSONAL_SCENES))]
    subj_t, work, bodies, replies = scene
    sf, sl = person()
    internal = subj_t.startswith(("Quick question", "Notes from", "Expense", "Open enrollment", "Can you cover"))
    if work:
        if internal or (R.random() < 0.3 and not subj_t.startswith(("Contract", "Invoice", "Interview"))):
            sdom, esp = "team.example", "m365"
            scomp = "Team Example Inc."
        else:
            sdom, esp = pick(CLIENT_DOMS)
            scomp = sdom.split(".")[0].capitalize()
        rdom = "team.example"
    else:
        sdom, esp = pick(FREEMAIL)
        scomp = pick(["Hearth & Beam Renovations", "Smith Carpentry LLC", "Nguyen Design Studio"])
        rdom = "reader.example"
    rcpt = mk_addr(ctx["first"], ctx["last"], rdom, 0)
    saddr = mk_addr(sf, sl, sdom)
    d = ctx["date"]
    fill = {"rf": ctx["first"], "sf": sf, "sl": sl, "q": R.randrange(1, 5), "street": pick(STREETS), "d": R.randrange(3, 28), "ph": "%d-%d-%04d" % (R.randrange(200, 999), R.randrange(200, 999), R.randrange(10000)),
            "stitle": pick(TITLES), "scomp": scomp, "role": pick(ROLES), "inv": R.randrange(1000, 9999), "month": d.strftime("%B"),
            "d1": (d + dt.timedelta(days=2)).strftime("%A, %B %d, 10:00 AM"), "d2": (d + dt.timedelta(days=3)).strftime("%A, %B %d, 2:30 PM"), "d3": (d + dt.timedelta(days=4)).strftime("%A, %B %d, 11:00 AM")}
    body = pick(bodies).format(**fill)
    subj = subj_t.format(**fill)
    spec = {"kind": "personal:work" if work else "personal:friends_family", "lang": "en", "esp": esp, "bulk": False, "date": d}
    attachments = []
    low = subj.lower() + body.lower()
    if "attached" in low or "photos" in low or "spreadsheet" in low or "estimate" in low:
        if "photo" in low:
            attachments = [("IMG_%04d.jpg" % R.randrange(1000, 9999), "image/jpeg", tiny_jpg()) for _ in range(R.randrange(1, 4))]
        elif "spreadsheet" in low or "numbers" in low:
            attachments = [("%s.xlsx" % pick(["reunion-rsvps", "Q%d_revenue_final" % fill["q"], "budget-2026"]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tiny_zip("xlsx", subj))]
        elif "agreement" in low or "guide" in low:
            attachments = [(pick(["Services_Agreement_v3.docx", "Benefits_Guide_2026.pdf"]), None, None)]
            fn = attachments[0][0]
            attachments = [(fn, "application/pdf", tiny_pdf(subj)) if fn.endswith(".pdf") else (fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", tiny_zip("docx", subj))]
        else:
            attachments = [("%s.pdf" % pick(["Estimate_%d" % fill["inv"], "Invoice_%d" % fill["inv"], "quote"]), "application/pdf", tiny_pdf(subj))]
    if "invoice #" in low:
        attachments = [("Invoice_%d.pdf" % fill["inv"], "application/pdf", tiny_pdf("Invoice %d" % fill["inv"]))]
    is_reply = replies and R.random() < 0.55
    if is_reply:
        # recipient wrote the original, sender replies quoting it
        prev_date = d - dt.timedelta(hours=R.randrange(1, 50), minutes=R.randrange(60))
        fill2 = dict(fill, rf=sf, sf=ctx["first"], sl=ctx["last"], scomp="Team Example" if rdom == "team.example" else fill["scomp"])
        reply_body = pick(replies).format(**fill2)
        orig = pick(bodies).format(**fill2)
        qstyle = "outlook" if esp in ("m365", "outlook") else ("apple" if esp == "icloud" else "gmail")
        q = quote_block(orig, "%s %s" % (ctx["first"], ctx["last"]), rcpt, prev_date, qstyle).replace("{to}", "%s %s <%s>" % (sf, sl, saddr)).replace("{subj}", subj)
        # the reply is written by the sender to the recipient; swap the roles in the signature
        text = reply_body + "\n\n" + q + "\n"
        subj = ("RE: " if qstyle == "outlook" else "Re: ") + subj.replace("Re: ", "")
        orig_id = "<%s@%s>" % (rhex(16), dom_of(rcpt)) if R.random() < 0.5 else "<CA%s@mail.gmail.com>" % rb64(36).replace("/", "_")
        spec["in_reply_to"] = orig_id
        spec["references"] = ["<%s@mail.gmail.com>" % rhex(20), orig_id] if R.random() < 0.4 else [orig_id]
        attachments = []
    elif R.random() < 0.15 and not work:
        # forward
        fwd_from = (pick(FIRST) + " " + pick(LAST))
        text = "%s\n\n---------- Forwarded message ---------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n%s\n" % (
            pick(["FYI - see below.", "Thought you'd want to see this.", "Forwarding in case you didn't get it."]), fwd_from, mk_addr(*fwd_from.split(), pick(FREEMAIL)[0]),
            (d - dt.timedelta(days=1)).strftime("%a, %b %d, %Y at %I:%M %p"), subj, saddr, body)
        subj = "Fwd: " + subj
    else:
        text = body + "\n"
        if esp in ("m365", "outlook") and work:
            text += "\n%s %s\n%s | %s\n" % (sf, sl, pick(TITLES), scomp)
    if esp == "icloud" and "iPhone" not in text and R.random() < 0.5:
        text += "\nSent from my iPhone\n"
    if esp == "yahoo" and R.random() < 0.5:
        text += "\nSent from Yahoo Mail for iPhone\n"
    spec.update({"from": ("%s %s" % (sf, sl), saddr), "to": ("%s %s" % (ctx["first"], ctx["last"]), rcpt), "subject": subj, "text": text})
    r = R.random()
    if esp in ("gmail", "workspace", "outlook", "m365", "icloud", "yahoo") and r < 0.6:
        spec["html"] = html_from_text(text, esp)
        if esp == "m365" and R.random() < 0.3 and not attachments:
            spec["inline"] = [("image001.png@01DB%s.%s" % (rhex(4).upper(), rhex(8).upper()), "image001.png", "image/png", tiny_png(40, 12))]
            spec["html"] = spec["html"].replace("</div>\n</body>", '<p class="MsoNormal"><img width="120" height="36" src="cid:%s" alt="logo"></p>\n</div>\n</body>' % spec["inline"][0][0])
    if esp in ("icloud",) and R.random() < 0.3 and "html" not in spec:
        spec["flowed"] = True
    if attachments:
        spec["attachments"] = attachments
    if work and R.random() < 0.25:
        c = person()
        spec["cc"] = [("%s %s" % c, mk_addr(c[0], c[1], "team.example", 0))]
    return spec


# ----------------------------------------------------------------------------
# mailing lists and community groups
# ----------------------------------------------------------------------------
LISTS = [
    # (list address, list name, type, topics key)
    ("tessellate-dev@lists.tessellate-gis.org", "Tessellate-dev", "mailman3", "oss"),
    ("python-list@python.org", "Python-list", "mailman2", "python"),
    ("debian-user@lists.debian.org", "debian-user", "debian", "debian"),
    ("pgsql-general@lists.postgresql.org", "pgsql-general", "pglister", "postgres"),
    ("kestrel-users@lists.kestrel-db.org", "Kestrel-users", "mailman3", "oss"),
    ("announce@lists.quiver-lang.org", "Quiver-announce", "mailman3", "release"),
    ("bay-area-birders@googlegroups.com", "Bay Area Birders", "googlegroups", "birding"),
    ("pdx-film-photography@googlegroups.com", "PDX Film Photography", "googlegroups", "photo"),
    ("main@maplewood-neighbors.groups.io", "Maplewood Neighbors", "groupsio", "neighbors"),
    ("main@eastside-cyclists.groups.io", "Eastside Cyclists", "groupsio", "cycling"),
    ("garden-club@lists.cedarhillscc.org", "Cedar Hills Garden Club", "mailman3", "garden"),
]

LIST_TOPICS = {
    "oss": [("[RFC] Switching the tile cache to a content-addressed layout",
             "Hi all,\n\nI'd like to propose changing the on-disk tile cache to a content-addressed layout (hash of the rendered tile as the filename, with a small index mapping z/x/y to hashes). In our deployment roughly 40% of ocean and empty tiles are byte-identical, so this would cut disk usage substantially.\n\nDownsides: one extra lookup per tile, and the migration tool needs to rewrite existing caches. I have a prototype branch; benchmarks show a ~3% latency increase on cold reads and no measurable change on warm reads.\n\nThoughts before I open a PR?\n\nThanks,\n{sf}"),
            ("Re: Build failure on aarch64 with GCC 15",
             "On {qd}, {qn} wrote:\n> Since the toolchain update, the aarch64 CI job fails in simd_decode.c with\n> \"error: incompatible types when initializing type 'uint8x16_t'\".\n\nThis is caused by the stricter vector type checks in GCC 15. The attached patch adds explicit casts; it builds cleanly with GCC 13, 14 and 15 and clang 19 here.\n\nCould someone with an Apple Silicon box double-check?\n\n{sf}"),
            ("Meeting notes: monthly maintainers call",
             "Notes from today's call (attendees: {sf}, {n2}, {n3}):\n\n* 2.4 release: feature freeze on the 15th; two blockers left.\n* CI: moving macOS runners to the new image; expect some flakiness this week.\n* Governance: draft of the new code of conduct enforcement process is on the wiki, comments welcome until the end of the month.\n* Next call: same time in four weeks.\n\nCheers,\n{sf}"),
            ("Question about thread safety of the reader API",
             "Hello,\n\nIs it safe to share a single Reader instance across threads if each thread only calls read_batch()? The docs mention the writer is not thread-safe but don't say anything about readers. We're seeing occasional corrupted batches under load and I'm trying to rule this out.\n\nVersion 2.3.1 on Linux, Python bindings.\n\nThanks for any pointers,\n{sf}")],
    "python": [("Re: Best way to parse large CSV files with type hints?",
                "On {qd}, {qn} wrote:\n> I have a few 5 GB CSV files and want typed rows without loading\n> everything into memory. Any recommendations?\n\nThe csv module with a generator works fine for that. Something like:\n\n    def rows(path):\n        with open(path, newline='') as f:\n            for rec in csv.DictReader(f):\n                yield Row(**rec)\n\nwith Row as a dataclass. If speed matters, look at polars' scan_csv, which is lazy.\n\n-- \n{sf}"),
               ("asyncio.TaskGroup and cancellation semantics",
                "Hi,\n\nIn 3.13, if one task in a TaskGroup raises, the others are cancelled - but I have a cleanup coroutine that must run to completion. Is shielding it the recommended approach, or is there a better pattern?\n\nRegards,\n{sf}")],
    "debian": [("Re: Upgrade to trixie broke my wifi",
                "On {qd}, {qn} wrote:\n> After upgrading from bookworm to trixie, my Intel AX210 no longer shows\n> up in nmcli.\n\nCheck that firmware-iwlwifi is installed - it moved to the non-free-firmware component. Add that to your sources and run apt update && apt install firmware-iwlwifi, then reboot.\n\n-- \n{sf}"),
               ("Recommended way to run a nightly backup with systemd timers?",
                "Hello list,\n\nI'm replacing an old cron job with a systemd timer for nightly rsync backups. Is Persistent=true enough to make sure a missed run happens after the laptop wakes up? Anything else I should know?\n\nThanks,\n{sf}")],
    "postgres": [("Re: Vacuum not keeping up on a large partitioned table",
                  "On {qd}, {qn} wrote:\n> autovacuum seems to lag behind on our 2 TB events table, dead tuples\n> keep growing.\n\nWith partitioned tables, the per-partition settings matter. Try lowering autovacuum_vacuum_scale_factor on the hot partitions (e.g. 0.01) and raising autovacuum_vacuum_cost_limit. Also check pg_stat_progress_vacuum to see whether it's stuck on index cleanup.\n\nRegards,\n{sf}"),
                 ("Logical replication slot lag after upgrade to 17",
                  "Hi all,\n\nAfter upgrading to PostgreSQL 17.2 our logical replication slot lag grows during bulk loads and takes hours to recover. Publisher and subscriber are both on 17.2. Has anyone seen this?\n\n{sf}")],
    "release": [("[ANN] Quiver {ver} released",
                 "We're happy to announce the release of Quiver {ver}!\n\nHighlights:\n\n- Pattern matching on records\n- 20-30% faster incremental builds\n- New `quiver fmt --check` mode for CI\n- Many bug fixes; see the full changelog\n\nDownload: https://quiver-lang.org/download/\nChangelog: https://quiver-lang.org/changelog/{ver}\n\nThanks to the 48 contributors who made this release possible.\n\n{sf}, on behalf of the Quiver team")],
    "birding": [("Sighting: Lewis's Woodpecker at Coyote Hills",
                 "Hi all,\n\nA Lewis's Woodpecker was seen this morning around 8:15 near the visitor center at Coyote Hills, working the dead eucalyptus by the parking lot. Still there at 9:30 when I left. Photos on eBird.\n\nGood birding,\n{sf}"),
                ("Carpool for Saturday's field trip to Point Reyes",
                 "Hi everyone, I have two seats available for Saturday. Leaving from the Rockridge BART lot at 6:45 am. Reply off-list if you'd like a ride.\n\n{sf}")],
    "photo": [("Darkroom open night this Thursday",
               "Hey folks,\n\nThe community darkroom has an open night this Thursday 6-10pm. Bring your own paper; chemistry is provided ($10 suggested donation). I'll have the Beseler set up for 4x5.\n\n{sf}"),
              ("Re: Where to get C-41 developed locally?",
               "On {qd}, {qn} wrote:\n> Now that the lab on Hawthorne closed, where are people sending C-41?\n\nI've had good results with the shop on Belmont - 3 day turnaround, decent scans. A bit pricier but worth it.\n\n{sf}")],
    "neighbors": [("Lost cat - grey tabby near Elm & 5th",
                   "Hi neighbors,\n\nOur cat Pepper (grey tabby, green collar, very shy) slipped out last night near Elm & 5th. If you see her, please call or text {ph}. Please check garages and sheds if you can. Thank you!\n\n{sf}"),
                  ("Street tree planting - volunteers needed",
                   "Hello all, the city is delivering 24 street trees on Saturday at 9am and we need help planting. Gloves and shovels provided, coffee and bagels too. Meet at the corner of Maple and 3rd.\n\n{sf}"),
                  ("Garage sale this weekend",
                   "Multi-family garage sale Sat & Sun 8-2 on {street}. Kids' bikes, furniture, tools, books, and a working piano (free if you can move it!).\n\n{sf}")],
    "cycling": [("Sunday ride: 45 miles, B pace",
                 "Sunday's ride leaves the bakery at 8:30. Route is the river loop with the climb up Skyline, about 45 miles and 2,300 ft. B pace (15-17 mph). Lights recommended, it's still dark-ish early.\n\nRide with GPS link: https://ridewithgps.com/routes/{num}\n\n{sf}")],
    "garden": [("Seed swap and plot assignments",
                "Hi gardeners,\n\nThe seed swap is on the 14th at the community center, 10 am to noon. Plot assignments for next season are posted on the shed door; waitlist folks will be contacted by the end of the month.\n\nHappy gardening,\n{sf}")],
}


def poster_msgid(pdom):
    if pdom == "gmail.com":
        return "<CA%s@mail.gmail.com>" % rb64(36).replace("/", "_")
    if pdom == "icloud.com":
        return "<%s@icloud.com>" % ruuid().upper()
    if pdom == "yahoo.com":
        return "<%d.%d.%d@mail.yahoo.com>" % (R.randrange(10 ** 8, 10 ** 9), R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 12, 2 * 10 ** 12))
    if pdom in ("outlook.com", "hotmail.com"):
        return "<DB9PR07MB%d%s@DB9PR07MB%d.eurprd07.prod.outlook.com>" % (R.randrange(1000, 9999), ralnum(24), R.randrange(1000, 9999))
    return "<%s@%s>" % (ruuid(), pdom)


def t_list(ctx):
    laddr, lname, ltype, key = pick(LISTS)
    subj_t, body_t = pick(LIST_TOPICS[key])
    sf, sl = person()
    pdom, pesp = pick(FREEMAIL + [("fastmail.com", "own"), ("posteo.de", "own"), ("%s.net" % pick(LAST).lower().replace("'", ""), "own")])
    paddr = mk_addr(sf, sl, pdom)
    qn = "%s %s" % person()
    d = ctx["date"]
    ver = "%d.%d.%d" % (R.randrange(1, 4), R.randrange(0, 20), R.randrange(0, 6))
    body = body_t.format(sf=sf, sl=sl, qn=qn, qd=(d - dt.timedelta(hours=R.randrange(3, 60))).strftime("%a, %b %d, %Y at %I:%M %p"),
                         n2=" ".join(person()), n3=" ".join(person()), ph="%d-%d-%04d" % (R.randrange(200, 999), R.randrange(200, 999), R.randrange(10000)),
                         street=pick(STREETS), num=R.randrange(10 ** 7, 5 * 10 ** 7), ver=ver)
    lp, ldom = laddr.split("@")
    rcpt = ctx["rcpt"]
    hdrs = []
    spec = {"kind": "list:" + key, "lang": "en", "date": d, "bulk": False, "to": (lname, laddr)}
    tag = ""
    from_name, from_addr = "%s %s" % (sf, sl), paddr
    if ltype in ("mailman3", "mailman2", "debian", "pglister"):
        spec["esp"] = "mailman"
        spec["esp_domain"] = ldom
        if ltype == "mailman3":
            footer = "_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (lname, laddr, lp, ldom)
            hdrs += [("X-Mailman-Version", "3.3.%d" % R.randrange(8, 11)), ("Precedence", "list"), ("List-Id", "<%s.%s>" % (lp, ldom)),
                     ("Archived-At", "<https://%s/archives/list/%s/message/%s/>" % (ldom, laddr, ralnum(32))),
                     ("List-Archive", "<https://%s/archives/list/%s/>" % (ldom, laddr)), ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lp, ldom)),
                     ("List-Owner", "<mailto:%s-owner@%s>" % (lp, ldom)), ("List-Post", "<mailto:%s>" % laddr),
                     ("List-Subscribe", "<mailto:%s-join@%s>" % (lp, ldom)), ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (lp, ldom))]
            spec["return_path"] = "%s-bounces@%s" % (lp, ldom)
            tag = "[%s] " % lname if R.random() < 0.6 else ""
        elif ltype == "mailman2":
            footer = "-- \nhttps://mail.python.org/mailman/listinfo/python-list\n"
            hdrs += [("X-Mailman-Version", "2.1.39"), ("Precedence", "list"), ("List-Id", "General discussion list for the Python programming language <python-list.python.org>"),
                     ("List-Unsubscribe", "<https://mail.python.org/mailman/options/python-list>,\n <mailto:python-list-request@python.org?subject=unsubscribe>"),
                     ("List-Archive", "<https://mail.python.org/pipermail/python-list/>"), ("List-Post", "<mailto:python-list@python.org>"),
                     ("List-Help", "<mailto:python-list-request@python.org?subject=help>"),
                     ("List-Subscribe", "<https://mail.python.org/mailman/listinfo/python-list>,\n <mailto:python-list-request@python.org?subject=subscribe>")]
            spec["return_path"] = "python-list-bounces+%s@python.org" % rcpt.replace("@", "=")
            spec["esp_domain"] = "python.org"
        elif ltype == "debian":
            footer = ""
            hdrs += [("X-Mailing-List", "<debian-user@lists.debian.org> archive/latest/%d" % R.randrange(800000, 900000)), ("X-Loop", "debian-user@lists.debian.org"),
                     ("List-Id", "<debian-user.lists.debian.org>"), ("List-URL", "<https://lists.debian.org/debian-user/>"), ("List-Post", "<mailto:debian-user@lists.debian.org>"),
                     ("List-Help", "<mailto:debian-user-request@lists.debian.org?subject=help>"), ("List-Subscribe", "<mailto:debian-user-request@lists.debian.org?subject=subscribe>"),
                     ("List-Unsubscribe", "<mailto:debian-user-request@lists.debian.org?subject=unsubscribe>"), ("Precedence", "list"), ("Resent-Sender", "debian-user-request@lists.debian.org"),
                     ("List-Archive", "https://lists.debian.org/msgid-search/%s" % rhex(16))]
            spec["return_path"] = "bounce-debian-user=%s@lists.debian.org" % rcpt.replace("@", "=")
        else:
            footer = ""
            hdrs += [("List-Id", "<pgsql-general.lists.postgresql.org>"), ("List-Help", "<https://lists.postgresql.org/manage/>"),
                     ("List-Subscribe", "<https://lists.postgresql.org/manage/>"), ("List-Post", "<mailto:pgsql-general@lists.postgresql.org>"),
                     ("List-Owner", "<mailto:pgsql-general-owner@lists.postgresql.org>"), ("List-Archive", "<https://www.postgresql.org/list/pgsql-general>"),
                     ("List-Unsubscribe", "<https://lists.postgresql.org/unsubscribe/%s>" % rhex(32)), ("Precedence", "bulk")]
            spec["return_path"] = "pgsql-general-owner+M%d-%d@lists.postgresql.org" % (R.randrange(10 ** 5, 10 ** 6), R.randrange(100, 999))
        if pdom in ("yahoo.com", "outlook.com", "hotmail.com") and ltype == "mailman3":
            from_name, from_addr = "%s %s via %s" % (sf, sl, lname), laddr
            spec["reply_to"] = ("%s %s" % (sf, sl), paddr)
        spec["msgid"] = poster_msgid(pdom)
    elif ltype == "googlegroups":
        spec["esp"] = "googlegroups"
        gname = lp
        footer = ("\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\n"
                  "To unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\n"
                  "To view this discussion visit https://groups.google.com/d/msgid/%s/%s%%40mail.gmail.com.\n") % (lname, gname, gname, rb64url(30))
        hdrs += [("X-Original-Sender", paddr), ("Precedence", "list"), ("Mailing-list", "list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (gname, gname)),
                 ("List-ID", "<%s.googlegroups.com>" % gname), ("X-Spam-Checked-In-Group", "%s@googlegroups.com" % gname) if False else ("X-Google-Group-Id", str(R.randrange(10 ** 11, 10 ** 12))),
                 ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (gname, gname)),
                 ("List-Help", "<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % gname),
                 ("List-Archive", "<https://groups.google.com/group/%s/>" % gname),
                 ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>" % (R.randrange(10 ** 11, 10 ** 12), gname))]
        spec["return_path"] = "%s+bnc%s@googlegroups.com" % (gname, ralnum(40))
        spec["msgid"] = "<CA%s@mail.gmail.com>" % rb64(36).replace("/", "_")
        if pdom != "gmail.com":
            from_name, from_addr = "'%s %s' via %s" % (sf, sl, lname), laddr
            spec["reply_to"] = ("%s %s" % (sf, sl), paddr)
    else:
        spec["esp"] = "groupsio"
        gname = ldom.split(".")[0]
        num = R.randrange(100, 9000)
        footer = ("\n\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nView/Reply Online (#%d): https://%s/g/main/message/%d\n"
                  "Mute This Topic: https://groups.io/mt/%d/%d\nGroup Owner: main+owner@%s\nUnsubscribe: https://%s/g/main/leave/%d/%d/xyz [%s]\n-=-=-=-=-=-=-=-=-=-=-=-\n") % (
            num, ldom, num, R.randrange(10 ** 8, 2 * 10 ** 8), R.randrange(10 ** 6, 10 ** 7), ldom, ldom, R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 8, 10 ** 9), rcpt)
        hdrs += [("List-Id", "<main.%s>" % ldom), ("Mailing-List", "list main@%s; contact main+owner@%s" % (ldom, ldom)),
                 ("List-Post", "<mailto:main@%s>" % ldom), ("List-Subscribe", "<mailto:main+subscribe@%s>" % ldom),
                 ("List-Unsubscribe", "<mailto:main+unsubscribe@%s>,\n <https://%s/g/main/unsub/%d/%s>" % (ldom, ldom, R.randrange(10 ** 6, 10 ** 7), rhex(24))),
                 ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"), ("Precedence", "list"), ("X-Original-From", "%s %s <%s>" % (sf, sl, paddr))]
        spec["return_path"] = "bounce+%d+%d+%d+%d@groups.io" % (R.randrange(10 ** 4, 10 ** 5), num, R.randrange(10 ** 6, 10 ** 7), R.randrange(10 ** 6, 10 ** 7))
        from_name, from_addr = "%s %s via groups.io" % (sf, sl), "%s=%s@groups.io" % (paddr.split("@")[0], pdom)
        spec["reply_to"] = (lname, "main@" + ldom)
        tag = "[%s] " % lname if R.random() < 0.7 else ""
    if subj_t.startswith("Re: "):
        spec["in_reply_to"] = "<%s@%s>" % (rhex(18), pick(["mail.gmail.com", "outlook.com", "fastmail.com", "localhost"]))
        subj = "Re: " + tag + subj_t[4:]
    else:
        subj = tag + subj_t
    subj = subj.replace("{ver}", ver)
    text = body + "\n" + footer
    spec.update({"from": (from_name, from_addr), "subject": subj, "text": text, "headers": hdrs, "sender_domain": ldom, "dkim": None if ltype != "debian" else []})
    if R.random() < 0.3 and ltype in ("googlegroups", "groupsio"):
        spec["html"] = html_from_text(text, "gmail")
    if spec["dkim"] is None:
        del spec["dkim"]
    if ltype != "groupsio" and R.random() < 0.3:
        spec["to"] = (lname, laddr)
    spec["env_rcpt"] = rcpt
    return spec


# ----------------------------------------------------------------------------
# non-English mail: de, pt (Brazil), es, fr, nl
# ----------------------------------------------------------------------------
I18N_FIRST = {"de": (["Lukas", "Anna", "Jonas", "Lea", "Felix", "Sophie", "Matthias", "Katrin"], ["M\u00fcller", "Schneider", "Wei\u00df", "Becker", "Hoffmann", "K\u00f6hler", "Schr\u00f6der", "Wagner"]),
              "pt": (["Jo\u00e3o", "Ana", "Lucas", "Beatriz", "Rafael", "Camila", "Gabriel", "Fernanda"], ["Silva", "Souza", "Oliveira", "Ara\u00fajo", "Concei\u00e7\u00e3o", "Ferreira", "Gon\u00e7alves", "Rocha"]),
              "es": (["Javier", "Luc\u00eda", "Carlos", "Mar\u00eda", "Alejandro", "Sof\u00eda", "Pablo", "Elena"], ["Garc\u00eda", "Mart\u00ednez", "L\u00f3pez", "S\u00e1nchez", "P\u00e9rez", "G\u00f3mez", "Mu\u00f1oz", "Jim\u00e9nez"]),
              "fr": (["Camille", "Hugo", "L\u00e9a", "Julien", "Chlo\u00e9", "Thomas", "Manon", "Rapha\u00ebl"], ["Martin", "Bernard", "Lef\u00e8vre", "Girard", "Fran\u00e7ois", "Moreau", "Dubois", "Lemaire"]),
              "nl": (["Daan", "Sanne", "Bram", "Lotte", "Thijs", "Femke", "Ruben", "Eva"], ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer"])}
CUR = {"de": "EUR", "pt": "BRL", "es": "EUR", "fr": "EUR_FR", "nl": "EUR_NL"}

I18N_BRANDS = {
    "de": {"shop": [B("Gartenhaus M\u00fcller", "gartenhaus-mueller.de", "shop@gartenhaus-mueller.de", "shopify", "#3a7d44", "Gartenhaus M\u00fcller GmbH, Lindenstra\u00dfe 12, 79098 Freiburg, Amtsgericht Freiburg HRB 71234"),
                  B("Zalando", "zalando.de", "info@service-mail.zalando.de", "sfmc", "#ff6900", "Zalando SE, Valeska-Gert-Stra\u00dfe 5, 10243 Berlin")],
           "bill": [B("Stadtwerke Lindenau", "stadtwerke-lindenau.de", "kundenservice@stadtwerke-lindenau.de", "postmark", "#005ca9", "Stadtwerke Lindenau GmbH, Am Kraftwerk 3, 04177 Leipzig")],
           "bank": [B("Nordbank Direkt", "nordbank-direkt.de", "service@nordbank-direkt.de", "ses", "#003366", "Nordbank Direkt AG, Hafenstra\u00dfe 20, 20457 Hamburg")],
           "news": [B("Kaffeer\u00f6sterei Hansen", "roesterei-hansen.de", "news@roesterei-hansen.de", "brevo", "#6d4c41", "Kaffeer\u00f6sterei Hansen, Speicherstadt 7, 20457 Hamburg")],
           "trip": [B("Deutsche Bahn", "bahn.de", "buchungsbestaetigung@bahn.de", "own", "#ec0016", "DB Fernverkehr AG, Stephensonstra\u00dfe 1, 60326 Frankfurt am Main")]},
    "pt": {"shop": [B("Loja Vila Verde", "lojavilaverde.com.br", "contato@lojavilaverde.com.br", "shopify", "#2e7d32", "Loja Vila Verde Ltda., Rua Augusta, 1500, S\u00e3o Paulo - SP, CNPJ 12.345.678/0001-90"),
                    B("Mercado Livre", "mercadolivre.com.br", "info@e-mail.mercadolivre.com.br", "sfmc", "#ffe600", "Mercado Livre, Av. das Na\u00e7\u00f5es Unidas, 3003, Osasco - SP")],
           "bill": [B("Conecta Fibra", "conectafibra.com.br", "faturas@conectafibra.com.br", "sendgrid", "#6a1b9a", "Conecta Fibra Telecom S.A., Av. Paulista, 900, S\u00e3o Paulo - SP")],
           "bank": [B("Banco Aurora", "bancoaurora.com.br", "extrato@bancoaurora.com.br", "ses", "#f57c00", "Banco Aurora S.A., Av. Brigadeiro Faria Lima, 2100, S\u00e3o Paulo - SP"),
                    B("Nubank", "nubank.com.br", "todomundo@nubank.com.br", "ses", "#820ad1", "Nu Pagamentos S.A., Rua Capote Valente, 39, S\u00e3o Paulo - SP")],
           "news": [B("Caf\u00e9 Serra Azul", "cafeserraazul.com.br", "ola@cafeserraazul.com.br", "klaviyo", "#4e342e", "Caf\u00e9 Serra Azul, Rua dos Caf\u00e9s, 45, Belo Horizonte - MG")],
           "trip": [B("LATAM Airlines", "latam.com", "latam@info.latam.com", "sfmc", "#1b0088", "LATAM Airlines Brasil, Rua \u00c1tica, 673, S\u00e3o Paulo - SP")]},
    "es": {"shop": [B("Librer\u00eda Alameda", "libreriaalameda.es", "pedidos@libreriaalameda.es", "shopify", "#8d6e63", "Librer\u00eda Alameda S.L., Calle Mayor 14, 28013 Madrid")],
           "bill": [B("El\u00e9ctrica del Sur", "electricadelsur.es", "facturas@electricadelsur.es", "sendgrid", "#00897b", "El\u00e9ctrica del Sur S.A., Avenida de la Constituci\u00f3n 20, 41001 Sevilla")],
           "bank": [B("Banco Mirador", "bancomirador.es", "avisos@bancomirador.es", "ses", "#c62828", "Banco Mirador S.A., Paseo de la Castellana 95, 28046 Madrid")],
           "news": [B("Moda Sol", "modasol.es", "hola@modasol.es", "klaviyo", "#f9a825", "Moda Sol S.L., Carrer de Balmes 120, 08008 Barcelona")],
           "trip": [B("Renfe", "renfe.com", "ventaonline@renfe.es", "sfmc", "#7b1fa2", "Renfe Viajeros S.M.E., S.A., Avenida Pio XII 110, 28036 Madrid", "renfe.es")]},
    "fr": {"shop": [B("La Boutique du Th\u00e9", "boutiquedethe.fr", "commandes@boutiquedethe.fr", "shopify", "#558b2f", "La Boutique du Th\u00e9 SAS, 18 rue des Martyrs, 75009 Paris")],
           "bill": [B("\u00c9nergie Loire", "energieloire.fr", "factures@energieloire.fr", "mailgun", "#0277bd", "\u00c9nergie Loire SA, 4 quai de la Fosse, 44000 Nantes")],
           "bank": [B("Cr\u00e9dit Azur", "creditazur.fr", "alertes@creditazur.fr", "ses", "#1565c0", "Cr\u00e9dit Azur, 12 promenade des Anglais, 06000 Nice")],
           "news": [B("Fromagerie Lacroix", "fromagerie-lacroix.fr", "bonjour@fromagerie-lacroix.fr", "brevo", "#ffb300", "Fromagerie Lacroix, 3 place du March\u00e9, 69002 Lyon")],
           "trip": [B("Doctolib", "doctolib.fr", "no-reply@doctolib.fr", "sendgrid", "#0596de", "Doctolib SAS, 54 quai Charles Pasqua, 92300 Levallois-Perret"),
                    B("SNCF Connect", "sncf-connect.com", "confirmation@sncf-connect.com", "sfmc", "#0c131f", "SNCF Voyageurs, 9 rue Jean-Philippe Rameau, 93200 Saint-Denis")]},
    "nl": {"shop": [B("bol", "bol.com", "klantenservice@bol.com", "sfmc", "#0000a4", "bol.com b.v., Papendorpseweg 100, 3528 BJ Utrecht"),
                    B("Fietsenwinkel De Spaak", "despaak.nl", "winkel@despaak.nl", "shopify", "#e53935", "Fietsenwinkel De Spaak, Oudegracht 120, 3511 AX Utrecht")],
           "bill": [B("Energie Polder", "energiepolder.nl", "facturen@energiepolder.nl", "postmark", "#43a047", "Energie Polder B.V., Stationsplein 8, 2011 LR Haarlem")],
           "bank": [B("Bank Zuidkust", "bankzuidkust.nl", "berichten@bankzuidkust.nl", "ses", "#ff7043", "Bank Zuidkust N.V., Boompjes 40, 3011 XB Rotterdam")],
           "news": [B("Kaaswinkel Gouda", "kaaswinkelgouda.nl", "nieuws@kaaswinkelgouda.nl", "mailchimp", "#fbc02d", "Kaaswinkel Gouda, Markt 22, 2801 JJ Gouda")],
           "trip": [B("NS", "ns.nl", "noreply@ns.nl", "sfmc", "#003082", "NS Reizigers B.V., Laan van Puntenburg 100, 3511 ER Utrecht")]},
}

T = {
 "de": {"order_s": ["Ihre Bestellung {o} ist eingegangen", "Bestellbest\u00e4tigung {o}", "Danke f\u00fcr Ihre Bestellung bei {b}"],
        "order_h": "Vielen Dank f\u00fcr Ihre Bestellung, {f}!", "order_p": "Wir haben Ihre Bestellung erhalten und bereiten sie f\u00fcr den Versand vor. Sie erhalten eine weitere E-Mail, sobald das Paket unterwegs ist.",
        "ship_s": ["Versandbest\u00e4tigung zu Ihrer Bestellung {o}", "Ihr Paket ist unterwegs \U0001F4E6", "Ihre Bestellung {o} wurde versendet"],
        "ship_h": "Gute Nachrichten: Ihr Paket ist unterwegs", "ship_p": "Ihre Sendung wurde an DHL \u00fcbergeben. Voraussichtliche Zustellung: {eta}.",
        "bill_s": ["Ihre Rechnung f\u00fcr {m}", "Neue Rechnung verf\u00fcgbar - Kundennummer {k}", "Ihre Abschlagsrechnung {m}"],
        "bill_h": "Ihre Rechnung ist da", "bill_p": "Guten Tag {f} {l},\nim Anhang finden Sie Ihre Rechnung f\u00fcr {m}. Der Betrag von {a} wird am {due} per SEPA-Lastschrift von Ihrem Konto abgebucht.",
        "bank_s": ["Ihr Kontoauszug ist verf\u00fcgbar", "Neues Dokument in Ihrem Postfach", "Zahlungseingang auf Ihrem Konto"],
        "bank_h": "Neuer Kontoauszug", "bank_p": "Guten Tag {f} {l},\nIhr Kontoauszug f\u00fcr {m} steht ab sofort in Ihrem Online-Banking zum Abruf bereit. Aus Sicherheitsgr\u00fcnden versenden wir Kontoausz\u00fcge nicht per E-Mail. Wir werden Sie niemals per E-Mail nach Ihrer PIN oder TAN fragen.",
        "news_s": ["Neu eingetroffen: unsere Herbst-R\u00f6stungen", "Nur bis Sonntag: 15 % Rabatt und Gratisversand", "Unser Newsletter im {m}"],
        "news_h": "Frisch ger\u00f6stet f\u00fcr Sie", "news_p": "Unsere neuen saisonalen Kaffees sind da. Mit dem Code {c} erhalten Sie bis Sonntag 15 % Rabatt, ab 30 \u20ac Bestellwert ist der Versand kostenlos.",
        "trip_s": ["Ihre Buchungsbest\u00e4tigung (Auftrag {o})", "Ihre Reiseverbindung am {day}"], "trip_h": "Ihre Fahrkarte", "trip_p": "Vielen Dank f\u00fcr Ihre Buchung. Ihr Ticket f\u00fcr die Fahrt am {day} von {c1} nach {c2} finden Sie im Anhang sowie in der App DB Navigator.",
        "cities": ["Berlin Hbf", "M\u00fcnchen Hbf", "Hamburg Hbf", "K\u00f6ln Hbf", "Frankfurt(Main)Hbf", "Leipzig Hbf"],
        "k": ["Bestellnummer", "Datum", "Summe", "Sendungsnummer", "Betrag", "F\u00e4llig am", "Kundennummer"], "btn": ["Bestellung ansehen", "Sendung verfolgen", "Zum Kundenportal", "Zum Online-Banking", "Jetzt entdecken", "Buchung anzeigen"],
        "unsub": "Newsletter abbestellen", "gr": "Viele Gr\u00fc\u00dfe", "team": "Ihr Team von {b}"},
 "pt": {"order_s": ["Pedido {o} confirmado", "Recebemos seu pedido {o}", "Obrigado pela sua compra na {b}"],
        "order_h": "Obrigado pelo seu pedido, {f}!", "order_p": "Recebemos seu pedido e o pagamento foi aprovado. Avisaremos por e-mail assim que ele for enviado.",
        "ship_s": ["Seu pedido {o} foi enviado", "Seu pedido est\u00e1 a caminho \U0001F69A", "Pedido {o} saiu para entrega"],
        "ship_h": "Seu pedido est\u00e1 a caminho", "ship_p": "Seu pedido foi postado nos Correios. Previs\u00e3o de entrega: {eta}.",
        "bill_s": ["Sua fatura de {m} chegou", "Fatura dispon\u00edvel - vencimento {due}", "Lembrete: sua fatura vence em 3 dias"],
        "bill_h": "Sua fatura est\u00e1 dispon\u00edvel", "bill_p": "Ol\u00e1, {f}!\nSua fatura de {m} no valor de {a} j\u00e1 est\u00e1 dispon\u00edvel, com vencimento em {due}. Voc\u00ea pode pagar com Pix ou boleto pelo app.",
        "bank_s": ["Seu extrato de {m} est\u00e1 dispon\u00edvel", "Voc\u00ea recebeu um Pix", "Comprovante de transfer\u00eancia"],
        "bank_h": "Extrato dispon\u00edvel", "bank_p": "Ol\u00e1, {f}!\nO extrato da sua conta referente a {m} j\u00e1 est\u00e1 dispon\u00edvel no app e no internet banking. Importante: o banco nunca pede sua senha ou c\u00f3digos por e-mail, SMS ou telefone.",
        "news_s": ["Frete gr\u00e1tis s\u00f3 at\u00e9 domingo \u2615", "Novidade: caf\u00e9s especiais da safra {y}", "Cupom de 10% para voc\u00ea, {f}"],
        "news_h": "Chegaram os caf\u00e9s da nova safra", "news_p": "Nossos microlotes da nova safra j\u00e1 est\u00e3o na loja. Use o cupom {c} e ganhe 10% de desconto, com frete gr\u00e1tis nas compras acima de R$ 150.",
        "trip_s": ["Sua compra foi confirmada - c\u00f3digo {o}", "Check-in dispon\u00edvel para seu voo"], "trip_h": "Sua viagem est\u00e1 confirmada", "trip_p": "Obrigado por voar com a gente. Seu voo de {c1} para {c2} no dia {day} est\u00e1 confirmado. O check-in abre 48 horas antes do embarque.",
        "cities": ["S\u00e3o Paulo (GRU)", "Rio de Janeiro (GIG)", "Bras\u00edlia (BSB)", "Recife (REC)", "Porto Alegre (POA)", "Salvador (SSA)"],
        "k": ["N\u00famero do pedido", "Data", "Total", "C\u00f3digo de rastreio", "Valor", "Vencimento", "Cliente"], "btn": ["Ver pedido", "Rastrear pedido", "Ver fatura", "Acessar minha conta", "Comprar agora", "Ver reserva"],
        "unsub": "Descadastrar", "gr": "Abra\u00e7os", "team": "Equipe {b}"},
 "es": {"order_s": ["Confirmaci\u00f3n de tu pedido {o}", "Hemos recibido tu pedido {o}", "Gracias por tu compra en {b}"],
        "order_h": "\u00a1Gracias por tu pedido, {f}!", "order_p": "Hemos recibido tu pedido y lo estamos preparando. Te avisaremos cuando salga de nuestro almac\u00e9n.",
        "ship_s": ["Tu pedido {o} ha sido enviado", "Tu pedido est\u00e1 en camino \U0001F4E6", "Env\u00edo en reparto: pedido {o}"],
        "ship_h": "Tu pedido est\u00e1 en camino", "ship_p": "Hemos entregado tu paquete a Correos Express. Entrega estimada: {eta}.",
        "bill_s": ["Tu factura de {m} ya est\u00e1 disponible", "Nueva factura - contrato {k}", "Factura electr\u00f3nica {m}"],
        "bill_h": "Tu factura est\u00e1 disponible", "bill_p": "Hola {f}:\nYa puedes consultar tu factura de {m} por un importe de {a}. Se cargar\u00e1 en tu cuenta el {due}. Adjuntamos el PDF para tu comodidad.",
        "bank_s": ["Tu extracto de {m} ya est\u00e1 disponible", "Aviso: cargo de recibo domiciliado", "Has recibido una transferencia"],
        "bank_h": "Extracto disponible", "bank_p": "Hola {f}:\nTu extracto mensual de {m} est\u00e1 disponible en la banca online. Recuerda que nunca te pediremos tus claves por correo electr\u00f3nico.",
        "news_s": ["Rebajas: hasta un 40 % de descuento", "Env\u00edo gratis este fin de semana", "Novedades de temporada, {f}"],
        "news_h": "Nueva colecci\u00f3n de oto\u00f1o", "news_p": "Descubre las novedades de la temporada. Con el c\u00f3digo {c} tienes un 10 % de descuento y el env\u00edo es gratis en pedidos superiores a 40 \u20ac.",
        "trip_s": ["Confirmaci\u00f3n de compra - localizador {o}", "Tu viaje del {day}"], "trip_h": "Billete confirmado", "trip_p": "Gracias por viajar con nosotros. Tu billete de {c1} a {c2} para el {day} est\u00e1 confirmado. Puedes mostrar el c\u00f3digo QR desde la app.",
        "cities": ["Madrid Puerta de Atocha", "Barcelona Sants", "Sevilla Santa Justa", "Valencia Joaqu\u00edn Sorolla", "M\u00e1laga Mar\u00eda Zambrano"],
        "k": ["N\u00famero de pedido", "Fecha", "Total", "N\u00famero de seguimiento", "Importe", "Fecha de cargo", "Contrato"], "btn": ["Ver pedido", "Seguir env\u00edo", "Ver factura", "Acceder a la banca online", "Comprar ahora", "Ver billete"],
        "unsub": "Darse de baja", "gr": "Un saludo", "team": "El equipo de {b}"},
 "fr": {"order_s": ["Confirmation de votre commande {o}", "Merci pour votre commande !", "Votre commande {o} chez {b}"],
        "order_h": "Merci pour votre commande, {f} !", "order_p": "Nous avons bien re\u00e7u votre commande et la pr\u00e9parons avec soin. Vous recevrez un e-mail d\u00e8s son exp\u00e9dition.",
        "ship_s": ["Votre commande {o} a \u00e9t\u00e9 exp\u00e9di\u00e9e", "Votre colis est en route \U0001F4E6", "Exp\u00e9dition de votre commande {o}"],
        "ship_h": "Votre colis est en route", "ship_p": "Votre colis a \u00e9t\u00e9 remis \u00e0 Colissimo. Livraison pr\u00e9vue : {eta}.",
        "bill_s": ["Votre facture de {m} est disponible", "Nouvelle facture - r\u00e9f\u00e9rence client {k}", "Votre \u00e9ch\u00e9ancier {y}"],
        "bill_h": "Votre facture est disponible", "bill_p": "Bonjour {f} {l},\nVotre facture de {m} d'un montant de {a} est disponible dans votre espace client. Elle sera pr\u00e9lev\u00e9e le {due}.",
        "bank_s": ["Votre relev\u00e9 de compte de {m} est disponible", "Nouveau document dans votre espace", "Virement re\u00e7u"],
        "bank_h": "Relev\u00e9 disponible", "bank_p": "Bonjour {f} {l},\nVotre relev\u00e9 de compte de {m} est disponible dans votre espace s\u00e9curis\u00e9. Nous ne vous demanderons jamais vos codes par e-mail ou par t\u00e9l\u00e9phone.",
        "news_s": ["Les fromages d'automne sont arriv\u00e9s \U0001F9C0", "Livraison offerte ce week-end", "Notre lettre de {m}"],
        "news_h": "La s\u00e9lection du mois", "news_p": "Comt\u00e9 18 mois, reblochon fermier et tomme de Savoie : notre s\u00e9lection de saison vous attend. Livraison offerte d\u00e8s 60 \u20ac avec le code {c}.",
        "trip_s": ["Rappel : votre rendez-vous du {day}", "Confirmation de votre rendez-vous", "Votre voyage du {day}"], "trip_h": "Votre rendez-vous", "trip_p": "Bonjour {f},\nNous vous rappelons votre rendez-vous du {day} \u00e0 {h}. En cas d'emp\u00eachement, merci d'annuler au moins 24 h \u00e0 l'avance afin de lib\u00e9rer le cr\u00e9neau.",
        "cities": ["Paris Gare de Lyon", "Lyon Part-Dieu", "Marseille Saint-Charles", "Bordeaux Saint-Jean", "Lille Europe"],
        "k": ["Num\u00e9ro de commande", "Date", "Total", "Num\u00e9ro de suivi", "Montant", "Date de pr\u00e9l\u00e8vement", "R\u00e9f\u00e9rence client"], "btn": ["Voir ma commande", "Suivre mon colis", "Voir ma facture", "Acc\u00e9der \u00e0 mon espace", "D\u00e9couvrir", "G\u00e9rer mon rendez-vous"],
        "unsub": "Se d\u00e9sabonner", "gr": "Bien cordialement", "team": "L'\u00e9quipe {b}"},
 "nl": {"order_s": ["Bevestiging van je bestelling {o}", "Bedankt voor je bestelling!", "We hebben je bestelling {o} ontvangen"],
        "order_h": "Bedankt voor je bestelling, {f}!", "order_p": "We hebben je bestelling ontvangen en gaan hem zo snel mogelijk inpakken. Je krijgt een e-mail zodra het pakket onderweg is.",
        "ship_s": ["Je bestelling {o} is verzonden", "Je pakket is onderweg \U0001F4E6", "Verzendbevestiging bestelling {o}"],
        "ship_h": "Je pakket is onderweg", "ship_p": "Je pakket is overgedragen aan PostNL. Verwachte bezorging: {eta}.",
        "bill_s": ["Je factuur van {m} staat klaar", "Nieuwe factuur - klantnummer {k}", "Je jaarafrekening {y}"],
        "bill_h": "Je factuur staat klaar", "bill_p": "Beste {f},\nJe factuur van {m} staat klaar in Mijn Omgeving. Het bedrag van {a} wordt rond {due} automatisch afgeschreven.",
        "bank_s": ["Je rekeningoverzicht van {m} staat klaar", "Nieuw bericht in je Berichtenbox", "Bijschrijving ontvangen"],
        "bank_h": "Rekeningoverzicht beschikbaar", "bank_p": "Beste {f},\nJe rekeningoverzicht van {m} staat klaar in de app en in Internet Bankieren. Wij vragen je nooit om je pincode of inlogcodes via e-mail.",
        "news_s": ["Nieuw in de winkel: jonge belegen van het seizoen", "Gratis verzending dit weekend \U0001F9C0", "Onze nieuwsbrief van {m}"],
        "news_h": "Vers van de boerderij", "news_p": "Deze maand in de aanbieding: boerenkaas met komijn en oude Goudse. Met de code {c} krijg je 10% korting en gratis verzending vanaf \u20ac 35.",
        "trip_s": ["Je e-ticket voor {day}", "Bevestiging van je reis"], "trip_h": "Je e-ticket", "trip_p": "Bedankt voor je aankoop. Je e-ticket van {c1} naar {c2} op {day} vind je in de bijlage en in de NS-app.",
        "cities": ["Amsterdam Centraal", "Utrecht Centraal", "Rotterdam Centraal", "Den Haag Centraal", "Eindhoven Centraal", "Groningen"],
        "k": ["Bestelnummer", "Datum", "Totaal", "Track & trace", "Bedrag", "Afschrijfdatum", "Klantnummer"], "btn": ["Bekijk bestelling", "Volg je pakket", "Bekijk factuur", "Naar Mijn Omgeving", "Ontdek het aanbod", "Bekijk reis"],
        "unsub": "Afmelden", "gr": "Met vriendelijke groet", "team": "Team {b}"},
}


def i18n_person(lang):
    fs, ls = I18N_FIRST[lang]
    return pick(fs), pick(ls)


def t_i18n_commercial(ctx, sub=None):
    lang = ctx["lang"]
    tt = T[lang]
    sub = sub or pick(["order", "ship", "bill", "bank", "news", "trip"])
    bkey = {"order": "shop", "ship": "shop"}.get(sub, sub)
    b = pick(I18N_BRANDS[lang][bkey])
    d = ctx["date"]
    amt = R.randrange(1990, 48900) / 100
    o = pick(["%d" % R.randrange(10 ** 6, 10 ** 7), "%s-%d" % (ralnum(2), R.randrange(10 ** 5, 10 ** 6)), ralnum(6)])
    fill = {"o": o, "b": b["name"], "f": ctx["first"], "l": ctx["last"], "m": "%s %d" % (MONTHS[lang][(d.month - 2) % 12], d.year if d.month > 1 else d.year - 1),
            "k": str(R.randrange(10 ** 7, 10 ** 8)), "a": money(amt, CUR[lang]), "due": local_day(d + dt.timedelta(days=14), lang),
            "eta": local_day(d + dt.timedelta(days=R.randrange(1, 5)), lang), "y": str(d.year), "c": pick(["HERBST15", "BEMVINDO10", "OTONO10", "AUTOMNE", "KAAS10", "FREUNDE", "SAFRA10", "HOLA10"]),
            "day": local_day(d + dt.timedelta(days=R.randrange(2, 30)), lang), "h": "%02dh%02d" % (R.randrange(8, 18), pick([0, 15, 30, 45])) if lang == "fr" else "%02d:%02d" % (R.randrange(8, 18), pick([0, 15, 30, 45])),
            "c1": "", "c2": ""}
    fill["c1"], fill["c2"] = R.sample(tt["cities"], 2)
    k = tt["k"]
    subj = pick(tt[sub + "_s"]).format(**fill)
    blocks = [("h", tt[sub + "_h"].format(**fill)), ("p", tt[sub + "_p"].format(**fill))]
    if b["domain"] == "sncf-connect.com":
        subj = pick(["Confirmation de votre voyage du {day}", "Votre e-billet pour le {day}", "Votre voyage {c1} - {c2}"]).format(**fill)
        blocks = [("h", "Bon voyage, {f} !".format(**fill)),
                  ("p", "Votre r\u00e9servation est confirm\u00e9e : trajet {c1} \u2192 {c2} le {day}, d\u00e9part \u00e0 {h}. Votre e-billet est disponible dans l'application SNCF Connect et en pi\u00e8ce jointe.".format(**fill))]
    elif b["domain"] == "doctolib.fr":
        subj = subj.replace("Votre voyage du", "Votre rendez-vous du")
    atts = None
    bulk = sub == "news"
    kind = {"order": "commercial:order_confirmation", "ship": "commercial:shipping_notice", "bill": "commercial:utility_bill", "bank": "commercial:bank_alert",
            "news": "commercial:newsletter_sale", "trip": "commercial:booking"}[sub]
    if sub == "order":
        items = [(pick(["Gartenschere", "Pflanzkorb", "Sneaker", "Livro: Dom Casmurro", "Th\u00e9 vert Sencha 100 g", "Fietsbel", "Camiseta b\u00e1sica", "Lampe de bureau"]), R.randrange(1, 3), R.randrange(500, 9000) / 100)]
        blocks += [("kv", [(k[0], o), (k[1], local_day(d, lang))]), ("items", [(n, q, money(q * p, CUR[lang])) for n, q, p in items]),
                   ("kv", [(k[2], money(sum(q * p for _, q, p in items), CUR[lang]))]), ("btn", tt["btn"][0], "https://www.%s/account/orders/%s" % (b["domain"], o))]
    elif sub == "ship":
        tn = "00340434%010d" % R.randrange(10 ** 10) if lang == "de" else ("3S%s%d" % (ralnum(4), R.randrange(10 ** 8, 10 ** 9)) if lang == "nl" else "%s%dBR" % (ralnum(2), R.randrange(10 ** 8, 10 ** 9)))
        blocks += [("kv", [(k[0], o), (k[3], tn)]), ("btn", tt["btn"][1], "https://www.%s/tracking/%s" % (b["domain"], tn))]
    elif sub == "bill":
        blocks += [("kv", [(k[6], fill["k"]), (k[4], fill["a"]), (k[5], fill["due"])]), ("btn", tt["btn"][2], "https://mein.%s/rechnungen" % b["domain"] if lang == "de" else "https://www.%s/area-cliente" % b["domain"])]
        if R.random() < 0.6:
            atts = [("%s_%s.pdf" % ({"de": "Rechnung", "pt": "Fatura", "es": "Factura", "fr": "Facture", "nl": "Factuur"}[lang], fill["k"]), "application/pdf", tiny_pdf("Invoice " + fill["k"]))]
    elif sub == "bank":
        blocks += [("btn", tt["btn"][3], "https://www.%s/" % b["domain"])]
    elif sub == "news":
        blocks.insert(0, ("img", "https://cdn.%s/newsletter/%s.jpg" % (b["domain"], rhex(8)), b["name"]))
        blocks += [("code", fill["c"]), ("btn", tt["btn"][4], "https://www.%s/?utm_source=newsletter" % b["domain"])]
    else:
        blocks += [("kv", [(k[1], fill["day"])]), ("btn", tt["btn"][5], "https://www.%s/" % b["domain"])]
        if b["domain"] in ("bahn.de", "ns.nl") or R.random() < 0.3:
            atts = [("Ticket_%s.pdf" % o, "application/pdf", tiny_pdf("Ticket " + o))]
    blocks.append(("p", "%s\n%s" % (tt["gr"], tt["team"].format(**fill))))
    return commercial(ctx, b, kind, subj, blocks, bulk=bulk, lang=lang, attachments=atts)


I18N_PERSONAL = {
    "de": [("Treffen am Wochenende?", "Hallo {rf},\n\nhast du am Samstag Zeit? Wir wollten mit den Kindern an den See fahren und danach grillen. Bring gern Salat mit, wenn du magst.\n\nLiebe Gr\u00fc\u00dfe\n{sf}", False),
           ("Protokoll Projektbesprechung", "Hallo {rf},\n\nanbei das Protokoll unserer Besprechung von gestern. Die wichtigsten Punkte:\n\n- Abnahme verschiebt sich auf KW {kw}\n- Angebot f\u00fcr die Wartung kommt bis Freitag\n- N\u00e4chster Termin: Donnerstag, 10 Uhr\n\nBei Fragen melde dich gern.\n\nViele Gr\u00fc\u00dfe\n{sf}", True),
           ("Nebenkostenabrechnung", "Hallo {rf},\n\nich habe die Nebenkostenabrechnung f\u00fcr {y} fertig. Du bekommst dieses Jahr 86,40 \u20ac zur\u00fcck, die \u00fcberweise ich dir n\u00e4chste Woche. Die Abrechnung h\u00e4nge ich als PDF an.\n\nGru\u00df\n{sf}", False)],
    "pt": [("Churrasco no domingo", "Oi {rf}, tudo bem?\n\nVamos fazer um churrasco aqui em casa no domingo, a partir do meio-dia. Traz a fam\u00edlia! Se puder, leva uma sobremesa.\n\nBeijos,\n{sf}", False),
           ("Relat\u00f3rio mensal - vers\u00e3o final", "Oi {rf},\n\nSegue em anexo a vers\u00e3o final do relat\u00f3rio mensal com os ajustes que voc\u00ea pediu na reuni\u00e3o. Revisei os n\u00fameros de vendas do Nordeste.\n\nQualquer d\u00favida, me avisa.\n\nAbra\u00e7o,\n{sf}", True),
           ("Fotos da formatura", "Oi {rf}!\n\nSeguem algumas fotos da formatura. Ficaram lindas! Depois te mando o link do \u00e1lbum completo.\n\nBeijo,\n{sf}", False)],
    "es": [("Cena del viernes", "\u00a1Hola {rf}!\n\n\u00bfTe apetece cenar el viernes? Hemos pensado en el restaurante nuevo de la plaza, sobre las nueve. Dime algo y reservo.\n\nUn abrazo,\n{sf}", False),
           ("Presupuesto revisado", "Hola {rf}:\n\nTe adjunto el presupuesto revisado con los cambios que comentamos por tel\u00e9fono. He incluido la opci\u00f3n de mantenimiento anual por separado.\n\nQuedo a tu disposici\u00f3n para cualquier duda.\n\nSaludos,\n{sf}", True),
           ("Fotos de la boda", "Hola {rf}, te paso unas cuantas fotos de la boda. \u00a1Qu\u00e9 d\u00eda tan bonito!\n\nBesos,\n{sf}", False)],
    "fr": [("D\u00eener samedi ?", "Coucou {rf},\n\nVous \u00eates libres samedi soir ? On fait un petit d\u00eener \u00e0 la maison, rien de compliqu\u00e9. Venez vers 20 h, et amenez les enfants si vous voulez.\n\nBisous,\n{sf}", False),
           ("Compte rendu de la r\u00e9union", "Bonjour {rf},\n\nVous trouverez ci-joint le compte rendu de la r\u00e9union de mardi. Les prochaines \u00e9tapes : validation du budget d'ici vendredi et lancement de la phase de test la semaine suivante.\n\nBien cordialement,\n{sf}", True),
           ("Photos des vacances", "Salut {rf} !\n\nVoici quelques photos de notre semaine en Bretagne. Le temps \u00e9tait parfait.\n\n\u00c0 bient\u00f4t,\n{sf}", False)],
    "nl": [("Verjaardag zondag", "Hoi {rf},\n\nZondag vieren we de verjaardag van oma, vanaf 14.00 uur bij ons thuis. Komen jullie ook? Laat even weten of jullie blijven eten.\n\nGroetjes,\n{sf}", False),
           ("Offerte en planning", "Hallo {rf},\n\nIn de bijlage vind je de aangepaste offerte en de planning voor fase 2. Kun je voor vrijdag laten weten of dit akkoord is?\n\nMet vriendelijke groet,\n{sf}", True),
           ("Foto's van het weekend", "Hoi {rf}!\n\nHier een paar foto's van het weekend op Texel. Wat hebben we geluk gehad met het weer!\n\nLiefs,\n{sf}", False)],
}
I18N_REPLY = {"de": "Danke dir, {sf}! Passt gut, ich melde mich morgen.\n\nViele Gr\u00fc\u00dfe\n{rf}", "pt": "Valeu, {sf}! Combinado.\n\n{rf}", "es": "\u00a1Gracias, {sf}! Perfecto, nos vemos.\n\n{rf}",
              "fr": "Merci {sf}, parfait pour moi !\n\n{rf}", "nl": "Dank je, {sf}! Klinkt goed.\n\n{rf}"}
I18N_WROTE = {"de": "Am {d} schrieb {n} <{a}>:", "pt": "Em {d}, {n} <{a}> escreveu:", "es": "El {d}, {n} <{a}> escribi\u00f3:", "fr": "Le {d}, {n} <{a}> a \u00e9crit :", "nl": "Op {d} schreef {n} <{a}>:"}
I18N_DOMS = {"de": [("gmx.de", "own"), ("web.de", "own"), ("posteo.de", "own"), ("gmail.com", "gmail"), ("ingenieurbuero-lang.de", "m365")],
             "pt": [("gmail.com", "gmail"), ("outlook.com", "outlook"), ("uol.com.br", "own"), ("consultoriapampa.com.br", "workspace")],
             "es": [("gmail.com", "gmail"), ("hotmail.es", "outlook"), ("yahoo.es", "yahoo"), ("reformasluz.es", "workspace")],
             "fr": [("gmail.com", "gmail"), ("orange.fr", "own"), ("free.fr", "own"), ("cabinet-moreau.fr", "m365")],
             "nl": [("gmail.com", "gmail"), ("hotmail.nl", "outlook"), ("ziggo.nl", "own"), ("bouwbedrijf-visser.nl", "m365")]}


def t_i18n_personal(ctx):
    lang = ctx["lang"]
    subj, body, work = pick(I18N_PERSONAL[lang])
    sf, sl = i18n_person(lang)
    sdom, esp = pick([x for x in I18N_DOMS[lang] if (x[1] in ("m365", "workspace")) == work] or I18N_DOMS[lang])
    saddr = mk_addr(sf.encode("ascii", "ignore").decode() or "info", sl.replace(" ", "").encode("ascii", "ignore").decode() or "x", sdom)
    rcpt = ctx["rcpt"] if not work else mk_addr(ctx["first"].encode("ascii", "ignore").decode(), ctx["last"].replace(" ", "").encode("ascii", "ignore").decode(), "team.example", 0)
    d = ctx["date"]
    fill = {"rf": ctx["first"], "sf": sf, "kw": d.isocalendar()[1] + 2, "y": d.year - 1}
    text = body.format(**fill) + "\n"
    spec = {"kind": "personal:work" if work else "personal:friends_family", "lang": lang, "esp": esp, "bulk": False, "date": d,
            "from": ("%s %s" % (sf, sl), saddr), "to": ("%s %s" % (ctx["first"], ctx["last"]), rcpt)}
    low = body.lower()
    if R.random() < 0.35:
        fill2 = dict(fill, rf=sf, sf=ctx["first"])
        orig = body.format(**fill2)
        pd_ = d - dt.timedelta(hours=R.randrange(2, 40))
        att = I18N_WROTE[lang].format(d=local_day(pd_, lang) + " " + pd_.strftime("%H:%M"), n="%s %s" % (ctx["first"], ctx["last"]), a=rcpt)
        text = I18N_REPLY[lang].format(**fill2) + "\n\n" + att + "\n" + "\n".join(("> " + l) if l else ">" for l in orig.split("\n")) + "\n"
        subj = ("AW: " if lang == "de" else ("RES: " if lang == "pt" else ("RE: " if esp in ("m365", "outlook") else "Re: "))) + subj
        spec["in_reply_to"] = "<%s@%s>" % (rhex(16), dom_of(rcpt))
    else:
        if "foto" in low or "photo" in low:
            spec["attachments"] = [("IMG_%04d.JPG" % R.randrange(1000, 9999), "image/jpeg", tiny_jpg()) for _ in range(R.randrange(1, 3))]
        elif any(w in low for w in ("anbei", "anexo", "adjunto", "ci-joint", "bijlage", "h\u00e4nge", "pdf")):
            fn = pick(["Protokoll.pdf", "relatorio_final.docx", "presupuesto_v2.pdf", "compte-rendu.docx", "offerte_fase2.pdf", "Abrechnung.pdf"])
            spec["attachments"] = [(fn, "application/pdf", tiny_pdf(subj)) if fn.endswith(".pdf") else (fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", tiny_zip("docx", subj))]
    spec["subject"] = subj
    spec["text"] = text
    if esp in ("gmail", "workspace", "outlook", "m365") and R.random() < 0.5:
        spec["html"] = html_from_text(text, esp)
    if esp == "own":
        spec["headers"] = [("User-Agent", pick(["Mozilla Thunderbird", "Roundcube Webmail/1.6.9", "K-9 Mail for Android", "Evolution 3.54.1"]))]
        spec["dkim"] = [(sdom, pick(["dkim", "mail", "s1", "2024"]))]
        spec["msgid"] = "<%s@%s>" % (ruuid(), sdom)
    return spec


I18N_LISTS = {
    "de": ("vereinsliste@lists.tsv-lindenau.de", "TSV-Lindenau", "Hallo zusammen,\n\ndie Jahreshauptversammlung findet am {day} um 19:30 Uhr im Vereinsheim statt. Die Tagesordnung h\u00e4ngt am Schwarzen Brett und ist auf der Webseite abrufbar. Anträge bitte bis eine Woche vorher an den Vorstand.\n\nSportliche Gr\u00fc\u00dfe\n{sf}", "Einladung zur Jahreshauptversammlung"),
    "pt": ("grupo-corrida-poa@googlegroups.com", "Corrida POA", "Pessoal,\n\nO treino de s\u00e1bado ser\u00e1 na Reden\u00e7\u00e3o, sa\u00edda \u00e0s 7h do chafariz. Percurso de 10 km, ritmo livre. Tragam \u00e1gua!\n\n{sf}", "Treino de s\u00e1bado"),
    "es": ("socios@lists.club-montana-norte.es", "Club-Monta\u00f1a-Norte", "Hola a todos:\n\nLa salida del domingo a la sierra queda confirmada. Quedamos a las 8:00 en el aparcamiento del polideportivo. Dificultad media, unas 5 horas. No olvid\u00e9is agua y protecci\u00f3n solar.\n\nUn saludo,\n{sf}", "Salida del domingo a la sierra"),
    "fr": ("membres@lists.asso-jardins-partages.fr", "Jardins-partages", "Bonjour \u00e0 toutes et \u00e0 tous,\n\nLa prochaine journ\u00e9e de travail collectif aura lieu samedi \u00e0 partir de 9 h. Au programme : paillage des parcelles et r\u00e9paration du composteur. Caf\u00e9 et croissants offerts !\n\nAmicalement,\n{sf}", "Journ\u00e9e de travail collectif samedi"),
    "nl": ("buurt@wijkvereniging-oost.groups.io", "Wijkvereniging Oost", "Beste buren,\n\nVolgende week zaterdag is de jaarlijkse buurtschoonmaak. We verzamelen om 10.00 uur bij het speeltuintje. Handschoenen en grijpers zijn aanwezig. Na afloop koffie en soep!\n\nGroet,\n{sf}", "Buurtschoonmaak zaterdag"),
}


def t_i18n_list(ctx):
    lang = ctx["lang"]
    laddr, lname, body, subj = I18N_LISTS[lang]
    sf, sl = i18n_person(lang)
    pdom, _ = pick(I18N_DOMS[lang][:3])
    paddr = mk_addr(sf.encode("ascii", "ignore").decode(), sl.replace(" ", "").encode("ascii", "ignore").decode(), pdom)
    lp, ldom = laddr.split("@")
    d = ctx["date"]
    text = body.format(sf=sf, day=local_day(d + dt.timedelta(days=R.randrange(7, 30)), lang)) + "\n"
    spec = {"kind": "list:community", "lang": lang, "date": d, "bulk": False, "to": (lname, laddr), "env_rcpt": ctx["rcpt"], "sender_domain": ldom}
    if ldom == "googlegroups.com":
        spec["esp"] = "googlegroups"
        text += ("\n-- \nVoc\u00ea recebeu essa mensagem porque est\u00e1 inscrito no grupo \"%s\" dos Grupos do Google.\n"
                 "Para cancelar inscri\u00e7\u00e3o nesse grupo e parar de receber e-mails dele, envie um e-mail para %s+unsubscribe@googlegroups.com.\n") % (lname, lp)
        spec["headers"] = [("Mailing-list", "list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (lp, lp)), ("List-ID", "<%s.googlegroups.com>" % lp),
                           ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (lp, lp)), ("Precedence", "list"),
                           ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>" % (R.randrange(10 ** 11, 10 ** 12), lp))]
        spec["return_path"] = "%s+bnc%s@googlegroups.com" % (lp, ralnum(40))
        spec["from"] = ("%s %s" % (sf, sl), paddr)
    elif ldom.endswith("groups.io"):
        spec["esp"] = "groupsio"
        text += "\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nView/Reply Online (#%d): https://%s/g/buurt/message/%d\nUnsubscribe: https://%s/g/buurt/leave/%d [%s]\n-=-=-=-=-=-=-=-=-=-=-=-\n" % (
            R.randrange(100, 999), ldom.split("@")[-1], R.randrange(100, 999), ldom, R.randrange(10 ** 6, 10 ** 7), ctx["rcpt"])
        spec["headers"] = [("List-Id", "<%s.%s>" % (lp, ldom)), ("List-Post", "<mailto:%s>" % laddr), ("List-Unsubscribe", "<mailto:%s+unsubscribe@%s>" % (lp, ldom)), ("Precedence", "list")]
        spec["return_path"] = "bounce+%d+%d+%d@groups.io" % (R.randrange(10 ** 4, 10 ** 5), R.randrange(100, 999), R.randrange(10 ** 6, 10 ** 7))
        spec["from"] = ("%s %s via groups.io" % (sf, sl), "%s=%s@groups.io" % (paddr.split("@")[0], pdom))
    else:
        spec["esp"] = "mailman"
        spec["esp_domain"] = ldom
        text += "_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (lname, laddr, lp, ldom)
        spec["headers"] = [("X-Mailman-Version", "3.3.10"), ("Precedence", "list"), ("List-Id", "<%s.%s>" % (lp, ldom)), ("List-Post", "<mailto:%s>" % laddr),
                           ("List-Help", "<mailto:%s-request@%s?subject=help>" % (lp, ldom)), ("List-Subscribe", "<mailto:%s-join@%s>" % (lp, ldom)),
                           ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (lp, ldom))]
        spec["return_path"] = "%s-bounces@%s" % (lp, ldom)
        spec["from"] = ("%s %s" % (sf, sl), paddr)
        subj = "[%s] %s" % (lname, subj)
    spec["subject"] = subj
    spec["text"] = text
    spec["msgid"] = "<%s@%s>" % (rhex(20), pdom)
    return spec


# ----------------------------------------------------------------------------
# corpus plan, writing, manifest, verification
# ----------------------------------------------------------------------------
EN_COMMERCIAL = [t_sale, t_coupon, t_loyalty, t_holiday_hours, t_restaurant_promo, t_order_conf, t_shipping, t_amazon, t_invoice_platform,
                 t_receipt, t_bank_alert, t_brokerage, t_crypto, t_insurance, t_utility, t_flight, t_hotel, t_tickets, t_webinar, t_github,
                 t_ci, t_cloud_billing, t_password_reset, t_signin, t_2fa, t_calendar, t_health, t_school, t_charity, t_survey, t_saas_update, t_library_gym]
WORK_RCPT = {t_github, t_ci, t_cloud_billing, t_webinar, t_calendar}
LANGS = ["de", "pt", "es", "fr", "nl"]


def make_plan():
    plan = []
    pool = EN_COMMERCIAL * 4 + [t_sale, t_order_conf, t_shipping, t_bank_alert, t_invoice_platform, t_receipt, t_github]
    R.shuffle(pool)
    plan += [("en", "commercial", f) for f in pool]                                  # 135
    scenes = list(range(len(PERSONAL_SCENES))) * 5
    R.shuffle(scenes)
    plan += [("en", "personal", s) for s in scenes[:65]]                              # 65
    plan += [("en", "list", None) for _ in range(70)]                                 # 70
    for lang in LANGS:
        subs = ["order", "ship", "bill", "bank", "news", "trip", "ship", "bill", pick(["news", "bank", "order"])]
        plan += [(lang, "commercial", s) for s in subs]                               # 9 each
        plan += [(lang, "personal", None) for _ in range(5)]                          # 5 each
        plan += [(lang, "list", None) for _ in range(4)]                              # 4 each
    R.shuffle(plan)
    assert len(plan) == N_TOTAL, len(plan)
    return plan


def ascii_fold(s):
    table = {"\u00e4": "ae", "\u00f6": "oe", "\u00fc": "ue", "\u00df": "ss", "\u00c4": "Ae", "\u00d6": "Oe", "\u00dc": "Ue"}
    out = "".join(table.get(c, c) for c in s)
    import unicodedata
    return unicodedata.normalize("NFKD", out).encode("ascii", "ignore").decode().replace(" ", "")


def make_ctx(lang, work=False):
    if lang == "en":
        f, l = person()
    else:
        f, l = i18n_person(lang)
    dom = "team.example" if work else "reader.example"
    rcpt = mk_addr(ascii_fold(f), ascii_fold(l), dom, R.randrange(5))
    return {"first": f, "last": l, "rcpt": rcpt, "date": rdate(), "lang": lang}


def generate_one(lang, kind, arg):
    if lang == "en":
        if kind == "commercial":
            ctx = make_ctx("en", work=(arg in WORK_RCPT and R.random() < 0.6))
            spec = arg(ctx)
        elif kind == "personal":
            ctx = make_ctx("en")
            spec = t_personal(ctx, arg)
        else:
            ctx = make_ctx("en")
            spec = t_list(ctx)
    else:
        ctx = make_ctx(lang)
        if kind == "commercial":
            spec = t_i18n_commercial(ctx, arg)
        elif kind == "personal":
            spec = t_i18n_personal(ctx)
        else:
            spec = t_i18n_list(ctx)
    spec.setdefault("date", ctx["date"])
    if spec["kind"].startswith("commercial") and R.random() < 0.5:
        spec["date"] = spec["date"].astimezone(dt.timezone.utc)
    if "to" not in spec:
        spec["to"] = ("%s %s" % (ctx["first"], ctx["last"]) if R.random() < 0.5 else "", ctx["rcpt"])
    if spec.get("attachments") is None:
        spec.pop("attachments", None)
    return spec


def verify(path):
    with open(path, "rb") as fh:
        raw = fh.read()
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for k, v in msg.items():
        str(v)
    if msg.defects:
        problems.append("message defects: %r" % msg.defects)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        if msg[h] is None:
            problems.append("missing " + h)
    if "Authentication-Results" in msg or any(k.lower().startswith("x-spam") for k in msg.keys()):
        problems.append("forbidden header")
    y = msg["Date"].datetime.year
    if y not in (2025, 2026):
        problems.append("date year %d" % y)
    nparts = 0
    for part in msg.walk():
        if part.defects:
            problems.append("part defects %s: %r" % (part.get_content_type(), part.defects))
        if part.is_multipart():
            continue
        content = part.get_content()
        nparts += 1
        if part.get_content_maintype() == "text" and not isinstance(content, str):
            problems.append("text part not str")
        if part.get_content_maintype() != "text" and not isinstance(content, (bytes, bytearray)):
            problems.append("binary part not bytes")
    if problems:
        raise SystemExit("VERIFY FAILED %s: %s" % (path, "; ".join(problems)))
    return nparts


def main():
    os.makedirs(OUT, exist_ok=True)
    plan = make_plan()
    rows = []
    for i, (lang, kind, arg) in enumerate(plan, 1):
        spec = generate_one(lang, kind, arg)
        raw, info = build(spec)
        fn = "%04d.eml" % i
        with open(os.path.join(OUT, fn), "wb") as fh:
            fh.write(raw)
        rows.append((fn, spec["kind"], info["sender_domain"], info["charset"], info["cte"], info["shape"], spec["lang"]))
    with open(os.path.join(HERE, "MANIFEST-ham.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tkind\tsender_domain\tcharset\ttransfer_encoding\tmime_shape\tlanguage\n")
        for r in rows:
            fh.write("\t".join("ham/" + r[0] if j == 0 else r[j] for j in range(len(r))) + "\n")
    total_parts = 0
    for r in rows:
        total_parts += verify(os.path.join(OUT, r[0]))
    print("wrote %d messages, verified %d leaf parts OK" % (len(rows), total_parts))

    def count(idx, fn=lambda x: x):
        c = {}
        for r in rows:
            k = fn(r[idx])
            c[k] = c.get(k, 0) + 1
        return sorted(c.items(), key=lambda kv: (-kv[1], kv[0]))
    stats = [("Top-level kind", count(1, lambda k: k.split(":")[0])), ("Kind (detailed)", count(1)), ("Language", count(6)),
             ("Charset (text parts)", count(3)), ("Content-Transfer-Encoding (text parts)", count(4)),
             ("MIME shape (top level)", count(5, lambda s: s.split("(")[0])), ("MIME shape (full)", count(5)), ("Sender domain (top 25)", count(2)[:25])]
    with open(os.path.join(HERE, "README-ham.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write(README_HEAD)
        for title, c in stats:
            fh.write("\n### %s\n\n| value | count |\n|---|---|\n" % title)
            for k, v in c:
                fh.write("| %s | %d |\n" % (k.replace("|", "\\|"), v))
    for title, c in stats[:1] + stats[2:6]:
        print(title + ": " + ", ".join("%s=%d" % kv for kv in c))


README_HEAD = """# Ham training corpus (2025-2026), synthetic

Written by `generate_ham.py` (Python 3, standard library only, fixed seed %d; two runs give
byte-identical output). Run `python3 generate_ham.py` in this directory to regenerate.

* `ham/0001.eml` ... `ham/0360.eml` - 360 legitimate messages (RFC 5322, LF line endings).
* `MANIFEST-ham.tsv` - file, kind, sender domain, charset, transfer encoding, MIME shape, language.
* At the end the script re-parses every file with `email.message_from_bytes(..., policy=email.policy.default)`,
  reads every header, decodes every leaf part with `get_content()`, and aborts on any defect or error.

What is in it: commercial mail the recipient signed up for (newsletters, sales, coupons, loyalty points,
holiday hours, restaurant promos via Toast, order/shipping/delivery notices incl. Amazon and Shopify stores,
receipts, small-business invoices sent through QuickBooks/Intuit, Stripe and Square for a roofer, dental and
family clinics, pest-control, tree-care, plumbing and lawn firms, bank/card/brokerage/retirement-plan and crypto
exchange statements and alerts, insurance, utilities and telecoms, flights, check-in reminders, hotels, tickets,
webinars, GitHub and CI notifications, cloud billing, user-requested password resets, new sign-in notices, 2FA
codes, Google Calendar invitations with ICS, healthcare appointments, school/community newsletters, donation
receipts, surveys, SaaS updates); personal and work mail (colleagues, clients, friends, family; replies with
quoted text and In-Reply-To/References, forwards, PDF/DOCX/XLSX/JPEG attachments, Outlook inline signature
images); and mailing-list/community posts (Mailman 2/3, Debian, PostgreSQL pglister, Google Groups, groups.io)
with List-Id/List-Post/List-Unsubscribe/Precedence headers and list footers. About 75%% English, the rest
German, Brazilian Portuguese, Spanish, French and Dutch. 32 English commercial template functions (most
with several sub-variants), 14 English personal scenes, 11 English lists with 19 topics, and 6 localized
commercial types, 3 personal scenes and 1 community list per other language: well over 40 distinct
templates/wordings, each filled with randomized names, amounts, dates, IDs and links.

Headers: 2-6 Received lines (sender ESP/MTA hops plus the recipient MX and LMTP or Microsoft 365 hops, with
TLS details), Return-Path at the ESP bounce domain (VERP), Message-ID in the sender's or ESP's domain,
Date in 2025-2026 with varied offsets, DKIM-Signature (fake b=/bh= values; d= the From domain, often plus
the ESP domain), List-Unsubscribe (https and/or mailto) with List-Unsubscribe-Post on most bulk mail,
Feedback-ID for some. No Authentication-Results or X-Spam headers. Recipient mailboxes are only at
reader.example and team.example (mailing-list posts carry the list's own address in To:, as real list
mail does; the envelope recipient in Received "for <...>" is still a reader.example mailbox). Company domains are invented (e.g. northwindoutfitters.com, pinecrestdental.com) or the
real domains of real brands, used consistently.

**Provenance statement:** the writer of this corpus did not open, list or read the evaluation corpus
(nothing under /work/shared/corpus/, in particular not modern-dev), did not read the filter's rules or
sources (/work/main/Sources/, /work/main/README.md), and did not run any filter. All content was written from
general knowledge of what 2025-2026 legitimate mail looks like.

Limitations: DKIM signatures, IP addresses and tracking tokens are random (not verifiable); the corpus is
synthetic, so phrasing is cleaner and less varied than a real inbox; Mailman footers are in English even
on non-English lists; the transfer-encoding column gives the one encoding used by all text parts of a
message (attachments are always base64).

## Counts
""" % SEED


if __name__ == "__main__":
    main()
