#!/usr/bin/env python3
"""Deterministic generator for the modern-fresh measurement set (2025-2026 mail).

MEASUREMENT ONLY. Written 2026-11-28 by an independent writer who had not seen
the filter's rules or any earlier written set. Standard library only.
Run:  python3 generate.py   (writes ham/ spam/ phish/ MANIFEST.tsv README.md)
"""
import base64
import datetime as dt
import hashlib
import io
import os
import quopri
import random
import shutil
import struct
import sys
import zipfile
import zlib
import email
import email.policy
from email.header import Header
from email.utils import formataddr, format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MX = "mx1.fernhill.example"
UTC = dt.timezone.utc
START = dt.datetime(2025, 1, 4, 6, 0, 0, tzinfo=UTC)
END = dt.datetime(2026, 11, 26, 22, 0, 0, tzinfo=UTC)
SPAN = int((END - START).total_seconds())

RCPTS = {
    "en": [("Dana Whitfield", "dana@fernhill.example"),
           ("Marcus Oyelaran", "marcus.o@fernhill.example"),
           ("Priya Raman", "priya@fernhill.example"),
           ("Helen Park", "helen.park@brightline-consulting.example"),
           ("Ruth Osei", "ruth@osei-home.test"),
           ("Kwame Osei", "kwame@osei-home.test"),
           ("Sam Lindqvist", "sam@fernhill.example")],
    "de": [("Jonas Keller", "jonas@brightline-consulting.example"),
           ("Anke Brandt", "anke.brandt@fernhill.example")],
    "fr": [("Sophie Marchand", "sophie@brightline-consulting.example"),
           ("Luc Girard", "luc@fernhill.example")],
    "es": [("Lucía Romero", "lucia@osei-home.test")],
    "pt": [("Tomás Ferreira", "tomas@fernhill.example")],
    "nl": [("Femke de Vries", "femke@brightline-consulting.example")],
    "it": [("Giulia Conti", "giulia@fernhill.example")],
}


# ---------------------------------------------------------------- helpers
def hx(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def HX(rng, n):
    return "".join(rng.choice("0123456789ABCDEF") for _ in range(n))


def an(rng, n, alpha="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alpha) for _ in range(n))


B62 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def b62(rng, n):
    return an(rng, n, B62)


def b64r(rng, n):
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def b64u(rng, n):
    return base64.urlsafe_b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode().rstrip("=")


def uuid(rng, upper=False):
    h = hx(rng, 32)
    s = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])
    return s.upper() if upper else s


def pick_date(rng):
    d = START + dt.timedelta(seconds=rng.randrange(0, SPAN))
    off = rng.choice([0, 0, 1, 1, 2, -4, -5, -5, -6, -7, -7, -8, 5.5, 10])
    return d.astimezone(dt.timezone(dt.timedelta(hours=off)))


def date_in(rng, months, years=(2025, 2026)):
    """A date within one of the given months (1-12), keeping the 2025-01-04..2026-11-26 window."""
    while True:
        y = rng.choice(years)
        mo = rng.choice(months)
        d = dt.datetime(y, mo, rng.randint(1, 28), rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59), tzinfo=UTC)
        if START <= d <= END:
            off = rng.choice([0, 1, -5, -8, -7, 2])
            return d.astimezone(dt.timezone(dt.timedelta(hours=off)))


def fdate(d):
    return format_datetime(d)


def later(d, rng, lo=1, hi=40):
    return d + dt.timedelta(seconds=rng.randint(lo, hi))


def fa(name, a):
    if not name:
        return a
    return formataddr((name, a), charset="utf-8")


def enc_h(s, name="Subject"):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76, header_name=name).encode()


def ip_in(rng, prefix):
    parts = prefix.split(".")
    while len(parts) < 4:
        parts.append(str(rng.randint(1, 254)))
    return ".".join(parts)


def ts(d):
    return int(d.timestamp())


def fold_b(s, width=70):
    return "\n\t ".join(s[i:i + width] for i in range(0, len(s), width))


def dkim_header(rng, d, sel, when, algo="rsa-sha256", h=None, extra=""):
    if h is None:
        h = rng.choice([
            "from:to:subject:date:message-id:mime-version:content-type",
            "Content-Type:Date:From:List-Unsubscribe:List-Unsubscribe-Post:Message-ID:MIME-Version:Subject:To",
            "mime-version:from:date:message-id:subject:to:content-type",
            "from:reply-to:subject:mime-version:content-type:to:list-unsubscribe:list-unsubscribe-post:date:message-id:feedback-id",
            "Date:From:To:Message-ID:Subject:MIME-Version:Content-Type",
        ])
    sig = b64r(rng, 64 if algo == "ed25519-sha256" else 256)
    return ("v=1; a=%s; c=relaxed/relaxed; d=%s;\n\ts=%s; t=%d;%s\n\th=%s;\n\tbh=%s;\n\tb=%s"
            % (algo, d, sel, ts(when), extra, h, b64r(rng, 32), fold_b(sig)))


def arc_set(rng, i, d, sel, authserv, res, when):
    seal = ("i=%d; a=rsa-sha256; t=%d; cv=%s; d=%s; s=%s;\n\tb=%s"
            % (i, ts(when), "none" if i == 1 else "pass", d, sel, fold_b(b64r(rng, 256))))
    ams = ("i=%d; a=rsa-sha256; c=relaxed/relaxed; d=%s; s=%s;\n\th=to:subject:message-id:date:from:mime-version:dkim-signature;\n\tbh=%s;\n\tb=%s"
           % (i, d, sel, b64r(rng, 32), fold_b(b64r(rng, 256))))
    aar = "i=%d; %s;\n\t%s" % (i, authserv, res)
    return [("ARC-Seal", seal), ("ARC-Message-Signature", ams), ("ARC-Authentication-Results", aar)]


TLS13 = ["TLS_AES_256_GCM_SHA384", "TLS_AES_128_GCM_SHA256", "TLS_CHACHA20_POLY1305_SHA256"]
TLS12 = ["ECDHE-RSA-AES256-GCM-SHA384", "ECDHE-RSA-AES128-GCM-SHA256", "ECDHE-ECDSA-AES256-GCM-SHA384"]


def our_received(rng, helo, rdns, ip, rcpt, when, tls=True):
    qid = HX(rng, 10)
    if tls:
        if rng.random() < 0.8:
            t = "(version=TLSv1.3 cipher=%s bits=%s)" % (c := rng.choice(TLS13), "128/128" if "128" in c else "256/256")
        else:
            t = "(version=TLSv1.2 cipher=%s bits=%s)" % (c := rng.choice(TLS12), "128/128" if "128" in c else "256/256")
        return ("from %s (%s [%s])\n\tby %s (Haetae) with ESMTPS id %s\n\t%s\n\tfor <%s>; %s"
                % (helo, rdns, ip, MX, qid, t, rcpt, fdate(when)))
    return ("from %s (%s [%s])\n\tby %s (Haetae) with ESMTP id %s\n\tfor <%s>; %s"
            % (helo, rdns, ip, MX, qid, rcpt, fdate(when)))


def postfix_tls(rng):
    c = rng.choice(TLS13)
    return ("(using TLSv1.3 with cipher %s (%s bits)\n\t key-exchange X25519 server-signature RSA-PSS (2048 bits) server-digest SHA256)"
            % (c, "128/128" if "128" in c else "256/256"))


# ---------------------------------------------------------------- MIME tree
def T(text, sub="plain", cte="quoted-printable", charset="utf-8", fmt=None):
    return {"k": "text", "sub": sub, "text": text, "cte": cte, "charset": charset, "fmt": fmt}


def Hm(html, cte="quoted-printable", charset="utf-8"):
    return T(html, "html", cte, charset)


def Bn(ctype, data, filename=None, disp="attachment", cid=None, params=""):
    return {"k": "bin", "ctype": ctype, "data": data, "fn": filename, "disp": disp, "cid": cid, "params": params}


def Mp(sub, *parts, params=""):
    return {"k": "multi", "sub": sub, "parts": list(parts), "params": params}


def alt(text, html, tcte="quoted-printable", hcte="quoted-printable"):
    return Mp("alternative", T(text, cte=tcte), Hm(html, cte=hcte))


def enc_body(text, cte, charset):
    raw = text.encode(charset)
    if cte == "7bit":
        try:
            text.encode("ascii")
            if max((len(l) for l in text.split("\n")), default=0) < 990:
                return text, "7bit"
        except UnicodeEncodeError:
            pass
        cte = "quoted-printable"
    if cte == "8bit":
        if max((len(l) for l in raw.split(b"\n")), default=0) < 990:
            return text, "8bit"
        cte = "quoted-printable"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii"), cte
    return base64.encodebytes(raw).decode("ascii"), "base64"


BSTYLES = {
    "java": lambda k: "----=_Part_%d_%d.%d" % (int(k[:6], 16), int(k[6:12], 16), int(k[12:24], 16)),
    "gmail": lambda k: "0000000000" + k[:16],
    "outlook": lambda k: "_000_%s%s_" % (k[:20].upper(), "PH0PR11MB" + k[20:24].upper()),
    "apple": lambda k: "Apple-Mail=_%s-%s-%s-%s-%s" % (k[:8].upper(), k[8:12].upper(), k[12:16].upper(), k[16:20].upper(), k[20:32].upper()),
    "python": lambda k: "===============%d==" % (int(k[:15], 16) % 10**19),
    "php": lambda k: "b1_" + k[:32],
    "ruby": lambda k: "--==_mimepart_%s_%d" % (k[:13], int(k[13:18], 16)),
    "go": lambda k: k[:60],
    "tb": lambda k: "------------" + k[:24].upper(),
    "plain": lambda k: "=_" + k[:28],
}


def ser(node, key, bstyle):
    k = node["k"]
    if k == "multi":
        kh = hashlib.sha256(key.encode()).hexdigest()
        bnd = BSTYLES[bstyle](kh)
        hdr = [("Content-Type", 'multipart/%s;%s\n\tboundary="%s"' % (node["sub"], node["params"], bnd))]
        out = []
        if bstyle in ("outlook", "java", "python"):
            out.append("This is a multi-part message in MIME format.\n\n")
        for i, ch in enumerate(node["parts"]):
            h, b = ser(ch, key + "/" + str(i), bstyle)
            out.append("--%s\n%s\n%s\n" % (bnd, "".join("%s: %s\n" % x for x in h), b.rstrip("\n")))
        out.append("--%s--\n" % bnd)
        return hdr, "".join(out)
    if k == "text":
        body, cte = enc_body(node["text"], node["cte"], node["charset"])
        ct = 'text/%s; charset="%s"' % (node["sub"], node["charset"])
        if node["fmt"]:
            ct += "; " + node["fmt"]
        return [("Content-Type", ct), ("Content-Transfer-Encoding", cte)], body
    # binary
    h = []
    ct = node["ctype"]
    if node["fn"]:
        ct += ';\n\tname="%s"' % node["fn"]
    ct += node["params"]
    h.append(("Content-Type", ct))
    if node["disp"]:
        d = node["disp"]
        if node["fn"]:
            d += ';\n\tfilename="%s"' % node["fn"]
        h.append(("Content-Disposition", d))
    if node["cid"]:
        h.append(("Content-ID", "<%s>" % node["cid"]))
    h.append(("Content-Transfer-Encoding", "base64"))
    return h, base64.encodebytes(node["data"]).decode("ascii")


# ---------------------------------------------------------------- attachments
def make_pdf(rng, lines):
    text = "BT /F1 11 Tf 50 780 Td 14 TL " + " ".join(
        "(%s) '" % l.encode("latin-1", "replace").decode("latin-1").replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") for l in lines) + " ET"
    objs = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i + 1, o)).encode("latin-1")
    xref = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /ID [<%s><%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, hx(rng, 32), hx(rng, 32), xref)).encode()
    return out


def make_png(rng, w=29, h=29, scale=4, qr=True):
    # a QR-looking (not decodable) monochrome image
    cells = [[rng.random() < 0.5 for _ in range(w)] for _ in range(h)]
    if qr:
        for (oy, ox) in ((0, 0), (0, w - 7), (h - 7, 0)):
            for y in range(7):
                for x in range(7):
                    edge = y in (0, 6) or x in (0, 6)
                    core = 2 <= y <= 4 and 2 <= x <= 4
                    cells[oy + y][ox + x] = edge or core
    W, Hh = w * scale + 16, h * scale + 16
    raw = b""
    for y in range(Hh):
        row = bytearray([0])
        for x in range(W):
            cy, cx = (y - 8) // scale, (x - 8) // scale
            black = 0 <= cy < h and 0 <= cx < w and cells[cy][cx]
            row.append(0 if black else 255)
        raw += bytes(row)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", W, Hh, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def make_zip(entries):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in entries:
            zi = zipfile.ZipInfo(name, date_time=(2025, 6, 1, 9, 30, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return bio.getvalue()


def make_ics(rng, uid_dom, summary, start, minutes, location, organizer, attendee, method="REQUEST", desc=""):
    def f(d):
        return d.astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    end = start + dt.timedelta(minutes=minutes)
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Fernhill Test//Calendar 1.0//EN", "VERSION:2.0",
             "CALSCALE:GREGORIAN", "METHOD:" + method, "BEGIN:VEVENT",
             "DTSTART:" + f(start), "DTEND:" + f(end), "DTSTAMP:" + f(start - dt.timedelta(days=3)),
             "ORGANIZER;CN=%s:mailto:%s" % organizer,
             "UID:%s@%s" % (hx(rng, 26), uid_dom),
             "ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=%s:mailto:%s" % attendee,
             "SUMMARY:" + summary, "LOCATION:" + location.replace(",", "\\,"),
             "DESCRIPTION:" + desc.replace("\n", "\\n").replace(",", "\\,"),
             "SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    out = []
    for l in lines:
        while len(l) > 74:
            out.append(l[:74])
            l = " " + l[74:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------- transports
# Each transport returns dict: rp, hops (list of Received values, newest first,
# excluding ours), helo/rdns/ip of the last relay, dkim [(d, s, algo)], extra
# headers, arc list, msgid, bstyle, tls.

def dom_of(a):
    return a.rsplit("@", 1)[1].lower()


def enc_rcpt(r):
    return r.replace("@", "=")


def _base(spec):
    return {"rp": spec["from_addr"], "hops": [], "dkim": [], "extra": [], "arc": [], "tls": True,
            "msgid": None, "bstyle": "java"}


def tr_esp(rng, spec, esp):
    d = spec["date"]
    dom = spec.get("sign_domain") or dom_of(spec["from_addr"])
    rcpt = spec["to"][1]
    r = _base(spec)
    w = later(d, rng)
    if esp == "sendgrid":
        r["ip"] = ip_in(rng, "167.89.%d" % rng.randint(0, 127))
        r["helo"] = "%s.outbound-mail.sendgrid.net" % an(rng, 8, "abcdefghijklmnopqrstuvwxyz")
        r["rdns"] = rng.choice([r["helo"], "o%d.ptr%d.%s.%s" % (rng.randint(1, 40), rng.randint(1000, 9999), rng.choice(["em", "email", "mail"]), dom)])
        r["rp"] = "bounces+%d-%s-%s@em%d.%s" % (rng.randint(1000000, 49999999), hx(rng, 4), enc_rcpt(rcpt), rng.randint(100, 9999), dom)
        r["hops"].append("by recvd-%s-%s with SMTP id recvd-%s-%s-%d-%d-%d\n\t%s (UTC)" % (
            hx(rng, 10), an(rng, 5), hx(rng, 10), an(rng, 5), rng.randint(1, 9), ts(d), rng.randint(10, 99), d.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")[:-3]))
        r["hops"].append("from %s (unknown)\n\tby geopod-ismtpd-%d (SG) with HTTP\n\tid %s\n\t%s (UTC)" % (
            b64u(rng, 12), rng.randint(1, 40), b62(rng, 22), d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S.%f")[:-3] + " +0000"))
        r["dkim"] = [(dom, "s1", None), ("sendgrid.info", "smtpapi", None)]
        r["extra"] = [("X-SG-EID", fold_b(b64r(rng, 120))), ("X-Entity-ID", b62(rng, 22))]
        r["msgid"] = "<%s@geopod-ismtpd-%d>" % (b62(rng, 22), rng.randint(1, 40))
        r["bstyle"] = "go"
    elif esp == "mailchimp":
        pod = rng.choice(["atl11", "atl131", "sea91", "rsgsv", "wdc01"])
        n = rng.randint(100, 240)
        us = rng.randint(1, 21)
        r["ip"] = ip_in(rng, "198.2.%d" % rng.randint(128, 191))
        r["helo"] = r["rdns"] = "mail%d.%s.mcsv.net" % (n, pod)
        r["rp"] = "bounce-mc.us%d_%d.%d-%s@mail%d.%s.mcsv.net" % (us, rng.randint(10**7, 10**8), rng.randint(10**6, 10**7), enc_rcpt(rcpt), n, pod)
        r["hops"].append("from localhost (localhost [127.0.0.1])\n\tby mail%d.%s.mcsv.net (Postfix) with ESMTP id 4%s\n\tfor <%s>; %s" % (n, pod, b62(rng, 11), rcpt, fdate(d)))
        r["dkim"] = [(dom, "k2", None), ("mcsv.net", "k3", None)]
        cid = hx(rng, 10)
        r["extra"] = [("X-Mailer", "Mailchimp Mailer - **CID%s%s**" % (cid, hx(rng, 10))),
                      ("X-Campaign", "mailchimp%s.%s" % (hx(rng, 25), cid)),
                      ("X-campaignid", "mailchimp%s.%s" % (hx(rng, 25), cid)),
                      ("X-Report-Abuse", "Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u=%s&id=%s&e=%s" % (hx(rng, 25), cid, hx(rng, 10))),
                      ("X-MC-User", hx(rng, 25)),
                      ("Feedback-ID", "%d:%d.%d:us%d:mc" % (rng.randint(10**7, 10**8), rng.randint(10**7, 10**8), rng.randint(10**6, 10**7), us)),
                      ("List-ID", "%s mc list <%s.%d.list-id.mcsv.net>" % (hx(rng, 25), hx(rng, 25), rng.randint(100000, 999999))),
                      ("X-Accounttype", "pd")]
        r["msgid"] = "<%s.%s.%s@mail%d.%s.mcsv.net>" % (hx(rng, 25), cid, hx(rng, 10), n, pod)
        r["bstyle"] = "java"
        r["unsub_base"] = "https://%s.us%d.list-manage.com/unsubscribe?u=%s&id=%s&e=%s&c=%s" % (spec.get("brand_slug", "news"), us, hx(rng, 25), hx(rng, 10), hx(rng, 10), cid)
    elif esp in ("klaviyo", "customerio", "iterable"):
        host = {"klaviyo": "klaviyomail.com", "customerio": "customeriomail.com", "iterable": "iterable.com"}[esp]
        r["ip"] = ip_in(rng, rng.choice(["168.245.%d" % rng.randint(0, 255), "149.72.%d" % rng.randint(0, 255), "192.174.%d" % rng.randint(80, 95)]))
        r["helo"] = r["rdns"] = "mta-%s.%s" % (r["ip"].replace(".", "-"), host)
        sub = rng.choice(["send", "email", "e", "mail", "news"])
        r["rp"] = "bounces+%s@%s.%s" % (hx(rng, 16), sub, dom)
        r["hops"].append("from %s (%s [10.%d.%d.%d])\n\tby %s with ESMTP id %s; %s" % (
            "worker-%d" % rng.randint(1, 300), "localhost", rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254), r["helo"], hx(rng, 16), fdate(d)))
        sel = {"klaviyo": "kl", "customerio": "cio", "iterable": "iter"}[esp] + str(rng.randint(1, 3))
        r["dkim"] = [(dom, sel, None), (host, sel, None)]
        r["extra"] = [("Feedback-ID", "%d:%s:%s" % (rng.randint(10**5, 10**7), hx(rng, 6), esp))]
        if esp == "klaviyo":
            r["extra"].append(("X-Kmail-Account", b62(rng, 6)))
        r["msgid"] = "<%s@%s>" % (uuid(rng), host)
        r["bstyle"] = "python" if esp == "klaviyo" else "go"
    elif esp in ("braze", "sparkpost"):
        r["ip"] = ip_in(rng, "192.174.%d" % rng.randint(80, 95))
        r["helo"] = r["rdns"] = "mta-%s.sparkpostmail.com" % r["ip"].replace(".", "-")
        r["rp"] = "msprvs1=%s=bounces-%d-%d@bounce.%s" % (b62(rng, 14), rng.randint(1000, 99999), rng.randint(1, 999), dom)
        r["hops"].append("from [10.90.%d.%d] ([10.90.%d.%d:%d] helo=%s)\n\tby %s (envelope-from <%s>)\n\t(ecelerity 4.5.0.%d r(msys-ecelerity:tags/4.5.0.0^0)) with ESMTP\n\tid %s-%s-%s-%s; %s" % (
            rng.randint(0, 255), rng.randint(1, 254), rng.randint(0, 255), rng.randint(1, 254), rng.randint(30000, 60000), r["helo"], r["helo"], r["rp"], rng.randint(10000, 99999),
            hx(rng, 2).upper(), hx(rng, 5).upper(), hx(rng, 5).upper(), hx(rng, 8).upper(), fdate(d)))
        r["dkim"] = [(dom, "scph%04d" % rng.randint(100, 9999), None)]
        r["extra"] = [("X-MSFBL", fold_b(b64r(rng, 90)))]
        r["msgid"] = "<%s.%s@%s>" % (hx(rng, 8).upper(), hx(rng, 16), r["helo"])
        r["bstyle"] = "java"
    elif esp == "sfmc":
        sub = rng.choice(["email", "e", "em", "news"])
        n = rng.randint(1, 200)
        r["ip"] = ip_in(rng, "13.111.%d" % rng.randint(0, 255))
        r["helo"] = r["rdns"] = "mta%d.%s.%s" % (n, sub, dom)
        r["rp"] = "bounce-%d_HTML-%d-%d-%d-%d@bounce.%s.%s" % (rng.randint(10, 99), rng.randint(10**8, 10**9), rng.randint(10**5, 10**6), rng.randint(10**6, 10**7), rng.randint(1, 99), sub, dom)
        r["dkim"] = [("%s.%s" % (sub, dom), "200608", None)]
        r["extra"] = [("x-job", "%d_%d" % (rng.randint(10**6, 10**7), rng.randint(10**5, 10**6))),
                      ("X-SFMC-Stack", str(rng.choice([4, 7, 10, 11, 50, 51])))]
        r["msgid"] = "<%s@%s>" % (uuid(rng), "atl1s07mta%d.xt.local" % rng.randint(1000, 9999))
        r["bstyle"] = "java"
        r["sign_domain_override"] = "%s.%s" % (sub, dom)
    elif esp == "ses":
        r["ip"] = ip_in(rng, "54.240.%d" % rng.randint(0, 127))
        r["helo"] = r["rdns"] = "a%s-%d.smtp-out.amazonses.com" % (r["ip"].split(".")[2], rng.randint(1, 254))
        sesid = "010001%s-%s-000000" % (hx(rng, 10), uuid(rng))
        r["rp"] = rng.choice(["%s@amazonses.com" % sesid, "%s@bounce.%s" % (sesid, dom), "%s@mail.%s" % (sesid, dom)])
        r["dkim"] = [(dom, an(rng, 32, "abcdefghijklmnopqrstuvwxyz234567"), None), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono", None)]
        r["extra"] = [("Feedback-ID", "::1.us-east-1.%s=:AmazonSES" % b62(rng, 43)),
                      ("X-SES-Outgoing", "%s-%s" % (d.astimezone(UTC).strftime("%Y.%m.%d"), r["ip"]))]
        r["msgid"] = "<%s@email.amazonses.com>" % sesid
        r["bstyle"] = rng.choice(["java", "python", "ruby", "go"])
    elif esp == "mailgun":
        r["ip"] = ip_in(rng, rng.choice(["69.72.%d" % rng.randint(32, 47), "159.135.%d" % rng.randint(224, 239), "161.38.%d" % rng.randint(192, 207)]))
        r["helo"] = r["rdns"] = "m%s-%s.mailgun.net" % (r["ip"].split(".")[2], r["ip"].split(".")[3])
        mg = rng.choice(["mg", "mail", "m", "notify"]) + "." + dom
        r["rp"] = "bounce+%s.%s-%s@%s" % (hx(rng, 6), hx(rng, 6), enc_rcpt(rcpt), mg)
        r["hops"].append("by %s with HTTP id %s; %s" % (hx(rng, 24), hx(rng, 24), fdate(d)))
        r["dkim"] = [(mg if rng.random() < 0.4 else dom, rng.choice(["mx", "krs", "pic", "smtp"]), None)]
        r["extra"] = [("X-Mailgun-Sid", b62(rng, 60) + "=="), ("X-Mailgun-Sending-Ip", r["ip"])]
        r["msgid"] = "<%s.%s@%s>" % (d.astimezone(UTC).strftime("%Y%m%d%H%M%S"), hx(rng, 16), mg)
        r["bstyle"] = "go"
    elif esp == "postmark":
        r["ip"] = ip_in(rng, rng.choice(["50.31.%d" % rng.randint(156, 159), "104.245.209.%d" % rng.randint(192, 254)]))
        r["helo"] = r["rdns"] = "sc-ord-mta%d.mtasv.net" % rng.randint(100, 160)
        r["rp"] = "pm_bounces@pm-bounces.%s" % dom
        r["dkim"] = [(dom, "%spm" % d.strftime("%Y%m%d") if rng.random() < 0.5 else "20240312pm", None), ("pm.mtasv.net", "pm20230731", None)]
        r["extra"] = [("X-PM-Message-Id", uuid(rng)), ("X-PM-RCPT", "|bTB8M" + b62(rng, 30) + "|"),
                      ("X-PM-Message-Stream", rng.choice(["outbound", "outbound", "broadcast"])),
                      ("Feedback-ID", "s%d-_:s%d:a%d:postmark" % (rng.randint(10**5, 10**7), rng.randint(10**5, 10**7), rng.randint(10**5, 10**6)))]
        r["msgid"] = "<%s@mtasv.net>" % uuid(rng)
        r["bstyle"] = "plain"
    elif esp == "hubspot":
        r["ip"] = ip_in(rng, "143.244.%d" % rng.randint(80, 95))
        r["helo"] = r["rdns"] = "%d.%s.hubspotemail.net" % (rng.randint(1, 200), "bf0%dx" % rng.randint(1, 9))
        r["rp"] = "1axbt%s@bf0%dx.hubspotemail.net" % (b62(rng, 40), rng.randint(1, 9))
        r["dkim"] = [(dom, "hs1-%d" % rng.randint(10**6, 10**7), None), ("hubspotemail.net", "hs1", None)]
        r["extra"] = [("X-HS-Cid", b62(rng, 40)), ("X-Report-Abuse-To", "abuse@hubspot.com")]
        r["msgid"] = "<%d.%d@%s>" % (rng.randint(10**12, 10**13), rng.randint(10**9, 10**10), dom)
        r["bstyle"] = "java"
    elif esp == "brevo":
        r["ip"] = ip_in(rng, "185.41.28.%d" % rng.randint(1, 254))
        r["helo"] = r["rdns"] = "smtp-relay-%d.sendinblue.com" % rng.randint(1, 60) if rng.random() < 0.5 else "ab%s.brevo.com" % hx(rng, 4)
        r["rp"] = "bounces-%d-%s@%s.%s" % (rng.randint(10**6, 10**7), hx(rng, 12), rng.choice(["bounces", "mail", "info"]), dom)
        r["dkim"] = [(dom, "brevo%d" % rng.randint(1, 2), None), ("sendibt3.com", "mail", None)]
        r["extra"] = [("X-Mailin-EID", b64u(rng, 30) + "~"), ("X-sib-id", b64u(rng, 60)),
                      ("Feedback-ID", "%s:%d_-1:%d:Sendinblue" % (r["ip"], rng.randint(10**5, 10**7), rng.randint(10**5, 10**6)))]
        r["msgid"] = "<%s@smtp-relay.mailin.fr>" % uuid(rng)
        r["bstyle"] = "php"
    elif esp == "constantcontact":
        r["ip"] = ip_in(rng, "208.75.123.%d" % rng.randint(1, 254))
        r["helo"] = r["rdns"] = "ccm%d.constantcontact.com" % rng.randint(10, 40)
        r["rp"] = "%s@in.constantcontact.com" % b62(rng, 28)
        r["dkim"] = [("auth.ccsend.com", "1000073432", None), (dom, "cc1", None)]
        r["extra"] = [("X-Roving-Id", "%d.%d" % (rng.randint(10**11, 10**12), rng.randint(10**6, 10**7))),
                      ("X-Return-Path-Hint", "AQAAAO%s" % b62(rng, 40)),
                      ("X-Feedback-ID", "%s:%s:%s:%s:CTCT" % (b62(rng, 8), b62(rng, 8), b62(rng, 8), b62(rng, 6)))]
        r["msgid"] = "<%s@ccm%d.constantcontact.com>" % (b62(rng, 30), rng.randint(10, 40))
        r["bstyle"] = "java"
    elif esp == "mandrill":
        n = rng.randint(100, 250)
        r["ip"] = ip_in(rng, "198.2.%d" % rng.randint(128, 191))
        r["helo"] = r["rdns"] = "mail%d-%d.us4.mandrillapp.com" % (n, rng.randint(1, 40))
        r["rp"] = "bounce-md_%d.%s.v1-%s@mandrillapp.com" % (rng.randint(10**7, 10**8), hx(rng, 13), hx(rng, 32))
        r["dkim"] = [(dom, "mte1", None), ("mandrillapp.com", "mandrill", None)]
        r["extra"] = [("X-Mandrill-User", "md_%d" % rng.randint(10**7, 10**8)),
                      ("X-Report-Abuse", "Please forward a copy of this message, including all headers, to abuse@mandrill.com")]
        r["msgid"] = "<%s.%s@mandrillapp.com>" % (hx(rng, 32), d.strftime("%Y%m%d%H%M%S"))
        r["bstyle"] = "plain"
    else:
        raise ValueError(esp)
    return r


def tr_mailbox(rng, spec, kind):
    """Personal or business mailbox providers."""
    d = spec["date"]
    rcpt = spec["to"][1]
    dom = dom_of(spec["from_addr"])
    r = _base(spec)
    if kind in ("gmail", "workspace"):
        r["ip"] = ip_in(rng, "209.85.%d" % rng.randint(128, 255))
        r["helo"] = r["rdns"] = "mail-%s-f%d.google.com" % (rng.choice(["ed1", "wm1", "lj1", "yw1", "qt1", "pl1", "oi1", "ej1", "pj1", "lf1"]), rng.randint(40, 200))
        r["hops"].append("by %s with SMTP id %s-%s%s.%d\n\tfor <%s>; %s" % (
            r["helo"], rng.choice(["d9443c01a7336", "2adb3069b0e04", "a640c23a62f3a", "5b1f17b1804b1"]), hx(rng, 10), an(rng, 5, "abcdefghijklmnopqrstuvwxyz"), rng.randint(1, 30), rcpt, fdate(later(d, rng, 0, 2))))
        r["dkim"] = [("gmail.com", "20230601", None)] if kind == "gmail" else [(dom, "google", None)]
        r["extra"] = [("X-Gm-Message-State", "AOJu0Y" + b62(rng, 60)),
                      ("X-Google-Smtp-Source", "AGHT+I" + b62(rng, 60)),
                      ("X-Received", "by 2002:a17:%x:%x:b0:%x:%x:%x with SMTP id %s.%d.%d;\n\t%s" % (
                          rng.randint(0x900, 0x9ff), rng.randint(0, 0xffff), rng.randint(0x100, 0xfff), rng.randint(0, 0xffff), rng.randint(0, 0xffff),
                          b62(rng, 18), rng.randint(1, 99), ts(d), d.astimezone(dt.timezone(dt.timedelta(hours=-8))).strftime("%a, %d %b %Y %H:%M:%S -0800 (PST)")))]
        r["msgid"] = "<CA%s%s@mail.gmail.com>" % (rng.choice(["+", "L", "F", "J", "K", "H"]), b62(rng, 50) + "=" + b62(rng, 10))
        r["bstyle"] = "gmail"
    elif kind in ("outlook", "m365"):
        reg = rng.choice(["EUR05", "NAM12", "NAM10", "EUR03", "NAM04", "APC01"])
        r["ip"] = ip_in(rng, "40.%d" % rng.choice([92, 107, 93]))
        r["helo"] = r["rdns"] = "%s-%s%d-obe.outbound.protection.outlook.com" % (reg, rng.choice(["DB8", "BN8", "CO1", "AM7", "PH0", "SN4"]), rng.randint(1, 9))
        box = "%s%dMB%d" % (rng.choice(["PH7PR", "SA1PR", "DM6PR", "AM9PR", "DU2PR", "BY5PR"]), rng.randint(10, 19), rng.randint(1000, 9999))
        r["hops"].append("from %s.%s.prod.outlook.com\n\t(2603:10b6:%x:%x::%x) by %s.%s.prod.outlook.com\n\t(2603:10b6:%x:%x::%x) with Microsoft SMTP Server (version=TLS1_2,\n\tcipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id 15.20.%d.%d; %s" % (
            box, reg.lower()[:3] + "prd" + reg[-2:], rng.randint(0, 0xfff), rng.randint(0, 0xfff), rng.randint(1, 0xff),
            box[:-4] + str(rng.randint(1000, 9999)), reg.lower()[:3] + "prd" + reg[-2:], rng.randint(0, 0xfff), rng.randint(0, 0xfff), rng.randint(1, 0xff),
            rng.randint(8000, 9400), rng.randint(1, 40), fdate(d)))
        if kind == "outlook":
            r["dkim"] = [("outlook.com", "selector1", None)]
        else:
            r["dkim"] = [(dom, "selector%d" % rng.randint(1, 2), None)]
        r["arc"] = arc_set(rng, 1, "microsoft.com", "arcselector10001", "mx.microsoft.com 1",
                           "spf=none; dmarc=none;\n\tdkim=none; arc=none", d)
        r["extra"] = [("Thread-Topic", spec["subject"]), ("Thread-Index", "AQH" + b62(rng, 24) + "=="),
                      ("Content-Language", rng.choice(["en-US", "en-GB"]) if spec.get("lang", "en") == "en" else spec["lang"]),
                      ("X-MS-Has-Attach", ""), ("X-MS-TNEF-Correlator", ""),
                      ("X-MS-Exchange-Transport-CrossTenantHeadersStamped", box)]
        r["msgid"] = "<%s%s@%s.%s.prod.outlook.com>" % (box, HX(rng, 10), box, reg.lower()[:3] + "prd" + reg[-2:])
        r["bstyle"] = "outlook"
    elif kind == "icloud":
        r["ip"] = ip_in(rng, "17.58.%d" % rng.randint(0, 127))
        r["helo"] = r["rdns"] = "st43p00im-ztfb%d.me.com" % rng.randint(10000000, 99999999)
        r["hops"].append("from smtpclient.apple (st43p00im-dlb-asmtp-mailmevip.me.com [17.42.251.41])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            r["helo"], HX(rng, 11), rcpt, fdate(d)))
        r["dkim"] = [("icloud.com", "1a1hai", None)]
        r["msgid"] = "<%s@icloud.com>" % uuid(rng, True)
        r["bstyle"] = "apple"
    elif kind == "yahoo":
        r["ip"] = ip_in(rng, "74.6.%d" % rng.randint(128, 255))
        r["helo"] = r["rdns"] = "sonic%d-%d.consmr.mail.%s.yahoo.com" % (rng.randint(300, 330), rng.randint(1, 40), rng.choice(["bf2", "ne1", "gq1"]))
        r["hops"].append("from sonic.gate.mail.ne1.yahoo.com by %s with HTTP; %s" % (r["helo"], d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")))
        r["dkim"] = [("yahoo.com", "s2048", None)]
        r["extra"] = [("X-Mailer", "WebService/1.1.%d YMailNorrin" % rng.randint(22000, 23900))]
        r["msgid"] = "<%d.%d.%d@mail.yahoo.com>" % (rng.randint(10**8, 10**9), rng.randint(10**6, 10**7), rng.randint(10**12, 10**13))
        r["bstyle"] = "java"
    elif kind == "proton":
        r["ip"] = ip_in(rng, "185.70.43.%d" % rng.randint(1, 254))
        r["helo"] = r["rdns"] = "mail-43%d.protonmail.ch" % rng.randint(10, 99)
        r["dkim"] = [("proton.me", "protonmail", None)]
        r["msgid"] = "<%s=@proton.me>" % b62(rng, 60)
        r["bstyle"] = "plain"
    return r


def tr_server(rng, spec, kind):
    """Own servers: small business postfix, cpanel exim, compromised hosts, VPS spam, misconfigured."""
    d = spec["date"]
    rcpt = spec["to"][1]
    dom = spec.get("sign_domain") or dom_of(spec["from_addr"])
    r = _base(spec)
    host = spec.get("server_host") or "mail." + dom
    if kind in ("postfix", "postfix-nodkim"):
        r["ip"] = spec.get("server_ip") or ip_in(rng, rng.choice(["94.130", "78.46", "5.9", "88.198", "23.92", "66.175", "173.255"]))
        r["helo"] = r["rdns"] = host
        r["hops"].append("from [%s] (unknown [%s])\n\t(Authenticated sender: %s)\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            "192.168.%d.%d" % (rng.randint(0, 3), rng.randint(2, 250)), ip_in(rng, rng.choice(["86.12", "73.162", "81.2", "2.204"])),
            spec["from_addr"], host, HX(rng, 10), rcpt, fdate(d)))
        if kind == "postfix":
            r["dkim"] = [(dom, rng.choice(["mail", "default", "dkim", "2025"]), None)]
        r["msgid"] = spec.get("msgid") or "<%s@%s>" % (hx(rng, 16), dom)
        r["bstyle"] = rng.choice(["tb", "php", "apple"])
    elif kind in ("exim", "exim-nodkim", "compromised"):
        srv = spec.get("server_host") or "%s.%s" % (rng.choice(["server", "host", "cp", "vps", "s"]) + str(rng.randint(10, 990)), rng.choice(["webhostbox.example", "hostfast.test", "cpanelcloud.example", "bluepeak-hosting.test"]))
        r["ip"] = ip_in(rng, rng.choice(["162.241", "192.185", "103.21", "198.54", "50.87", "209.182"]))
        r["helo"] = r["rdns"] = srv
        src = ip_in(rng, rng.choice(["102.89", "41.190", "105.112", "197.210", "154.120", "45.132", "91.92"])) if kind == "compromised" else ip_in(rng, rng.choice(["73.12", "98.207", "24.5"]))
        r["hops"].append("from [%s] (port=%d helo=[%s])\n\tby %s with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n\t(Exim 4.%s)\n\t(envelope-from <%s>)\n\tid 1%s-%s-%s\n\tfor %s;\n\t%s" % (
            src, rng.randint(49000, 65000), rng.choice(["127.0.0.1", "192.168.1.%d" % rng.randint(2, 200), "DESKTOP-%s" % HX(rng, 7)]),
            srv, rng.choice(["96.2", "97.1", "98", "98.1"]), spec["from_addr"], b62(rng, 5), b62(rng, 6), b62(rng, 2), rcpt, fdate(d)))
        if kind != "exim-nodkim":
            r["dkim"] = [(dom, "default", None)]
        r["msgid"] = spec.get("msgid") or "<%s@%s>" % (hx(rng, 32), dom)
        r["bstyle"] = rng.choice(["php", "tb", "outlook"])
        r["extra"] = [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                      ("X-AntiAbuse", "Primary Hostname - %s" % srv),
                      ("X-Get-Message-Sender-Via", "%s: authenticated_id: %s" % (srv, spec["from_addr"])),
                      ("X-Authenticated-Sender", "%s: %s" % (srv, spec["from_addr"]))]
    elif kind == "vps":
        r["ip"] = spec.get("server_ip") or ip_in(rng, rng.choice(["45.%d" % rng.randint(8, 159), "185.%d" % rng.randint(100, 250), "193.%d" % rng.randint(30, 200), "5.%d" % rng.randint(100, 200), "91.%d" % rng.randint(200, 240)]))
        r["helo"] = host
        r["rdns"] = host if rng.random() < 0.7 else "%s.vps.%s" % (r["ip"].replace(".", "-"), rng.choice(["hostvds.test", "cloudnode.example", "ovh-like.test"]))
        r["hops"].append("from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTPSA id %s\n\tfor <%s>; %s" % (
            rng.choice(["localhost", host, "[127.0.0.1]"]), host, HX(rng, 10), rcpt, fdate(d)))
        r["dkim"] = [(dom, rng.choice(["default", "dkim", "s1", "mail", "k1", "x"]), rng.choice([None, None, "ed25519-sha256"]))]
        r["msgid"] = spec.get("msgid") or "<%s@%s>" % (b62(rng, rng.randint(16, 32)), dom)
        r["bstyle"] = rng.choice(["php", "python", "go", "plain"])
        r["rp"] = spec.get("rp") or rng.choice([spec["from_addr"], "bounce@%s" % dom, "%s@%s" % (an(rng, 10), dom)])
    elif kind == "misconfigured":
        r["ip"] = ip_in(rng, rng.choice(["103.%d" % rng.randint(1, 250), "36.%d" % rng.randint(64, 95), "177.%d" % rng.randint(0, 255), "186.%d" % rng.randint(0, 255), "14.%d" % rng.randint(160, 191), "113.%d" % rng.randint(160, 191)]))
        r["helo"] = rng.choice(["localhost.localdomain", "User", "WIN-%s" % HX(rng, 11), "[%s]" % r["ip"], "ylmf-pc", "mail.%s" % dom])
        r["rdns"] = "unknown"
        r["tls"] = rng.random() < 0.3
        r["msgid"] = spec.get("msgid") or "<%s@%s>" % (hx(rng, 20), rng.choice(["localhost", "localhost.localdomain", r["helo"].strip("[]"), dom]))
        r["bstyle"] = rng.choice(["php", "outlook", "plain"])
        r["rp"] = spec.get("rp") or spec["from_addr"]
    return r


def transport(rng, spec):
    t = spec["transport"]
    if t in ("sendgrid", "mailchimp", "klaviyo", "customerio", "iterable", "braze", "sparkpost", "sfmc", "ses",
             "mailgun", "postmark", "hubspot", "brevo", "constantcontact", "mandrill"):
        r = tr_esp(rng, spec, t)
    elif t in ("gmail", "workspace", "outlook", "m365", "icloud", "yahoo", "proton"):
        r = tr_mailbox(rng, spec, t)
    elif t in ("postfix", "postfix-nodkim", "exim", "exim-nodkim", "compromised", "vps", "misconfigured"):
        r = tr_server(rng, spec, t)
    elif t in ("mailman", "google-groups", "groupsio"):
        r = tr_list(rng, spec, t)
    else:
        raise ValueError(t)
    if spec.get("no_dkim"):
        r["dkim"] = []
    if spec.get("dkim_override") is not None:
        r["dkim"] = spec["dkim_override"]
    if spec.get("rp"):
        r["rp"] = spec["rp"]
    return r


def tr_list(rng, spec, kind):
    d = spec["date"]
    rcpt = spec["to"][1]
    L = spec["list"]
    r = _base(spec)
    poster_dom = dom_of(L["poster"][1])
    w = later(d, rng, 5, 300)
    if kind == "mailman":
        ldom = L["domain"]
        r["ip"] = ip_in(rng, rng.choice(["140.211.%d" % rng.randint(10, 20), "188.166", "139.178", "95.217"]))
        r["helo"] = r["rdns"] = rng.choice(["mail", "lists", "mx"]) + "." + ldom.split(".", 1)[1] if ldom.count(".") > 1 else "mail." + ldom
        r["rp"] = "%s-bounces+%s@%s" % (L["name"], enc_rcpt(rcpt), ldom)
        r["hops"].append("from %s (localhost [127.0.0.1])\n\tby %s (Postfix) with ESMTP id %s\n\tfor <%s>; %s" % (r["helo"], r["helo"], HX(rng, 10), rcpt, fdate(w)))
        r["hops"].append("from %s (%s [%s])\n\t%s\n\tby %s (Postfix) with ESMTPS id %s\n\tfor <%s@%s>; %s" % (
            *((lambda h: (h, h))("mail-ej1-f%d.google.com" % rng.randint(40, 90) if poster_dom == "gmail.com" else "mail.%s" % poster_dom)),
            ip_in(rng, "209.85.%d" % rng.randint(128, 255)) if poster_dom == "gmail.com" else ip_in(rng, rng.choice(["88.99", "185.26", "46.4"])), postfix_tls(rng), r["helo"], HX(rng, 10), L["name"], ldom, fdate(d)))
        r["dkim"] = [(poster_dom, "20230601" if poster_dom == "gmail.com" else "default", None)] if L.get("poster_dkim", True) else []
        r["arc"] = arc_set(rng, 1, ldom.split(".", 1)[1] if ldom.count(".") > 1 else ldom, "arc", ldom,
                           "dkim=pass header.d=%s; dmarc=pass header.from=%s; spf=pass smtp.mailfrom=%s" % (poster_dom, poster_dom, poster_dom), w)
        r["extra"] = [("X-Mailman-Version", "3.3.%d" % rng.randint(8, 10)), ("Precedence", "list"),
                      ("List-Id", "<%s.%s>" % (L["name"], ldom) if not L.get("listid") else L["listid"]),
                      ("Archived-At", "<https://%s/archives/list/%s@%s/message/%s/>" % (ldom, L["name"], ldom, HX(rng, 32))),
                      ("List-Archive", "<https://%s/archives/list/%s@%s/>" % (ldom, L["name"], ldom)),
                      ("List-Help", "<mailto:%s-request@%s?subject=help>" % (L["name"], ldom)),
                      ("List-Owner", "<mailto:%s-owner@%s>" % (L["name"], ldom)),
                      ("List-Post", "<mailto:%s@%s>" % (L["name"], ldom)),
                      ("List-Subscribe", "<mailto:%s-join@%s>" % (L["name"], ldom)),
                      ("List-Unsubscribe", "<mailto:%s-leave@%s>" % (L["name"], ldom))]
        r["bstyle"] = "tb"
        r["msgid"] = None
    elif kind == "google-groups":
        g = L["name"]
        r["ip"] = ip_in(rng, "209.85.%d" % rng.randint(128, 255))
        r["helo"] = r["rdns"] = "mail-%s%d-f%d.google.com" % (rng.choice(["yb1", "oo1", "qk1", "pj1"]), rng.randint(1, 9), rng.randint(50, 200))
        r["rp"] = "%s+bncBD%s@googlegroups.com" % (g, b62(rng, 60))
        r["hops"].append("by %s with SMTP id %s.%d.%d; %s" % (r["helo"], b62(rng, 12), rng.randint(1, 99), ts(w), fdate(w)))
        r["dkim"] = [("googlegroups.com", "20230601", None)]
        r["arc"] = (arc_set(rng, 2, "google.com", "arc-20240605", "mx.google.com",
                            "dkim=pass header.i=@%s;\n\tspf=pass smtp.mailfrom=%s;\n\tdmarc=pass header.from=%s" % (poster_dom, L["poster"][1], poster_dom), w)
                    + arc_set(rng, 1, "google.com", "arc-20240605", "gmr-mx.google.com",
                              "spf=pass smtp.mailfrom=%s" % L["poster"][1], d))
        r["extra"] = [("X-Original-Sender", L["poster"][1]),
                      ("X-Original-Authentication-Results", "gmr-mx.google.com;\n\tdkim=pass header.i=@%s;\n\tspf=pass (google.com: domain of %s designates %s as permitted sender) smtp.mailfrom=%s" % (
                          poster_dom, L["poster"][1], ip_in(rng, "209.85"), L["poster"][1])),
                      ("Precedence", "list"),
                      ("Mailing-list", "list %s@googlegroups.com; contact %s+owners@googlegroups.com" % (g, g)),
                      ("List-ID", "<%s.googlegroups.com>" % g),
                      ("X-Spam-Checked-In-Group", "%s@googlegroups.com" % g),
                      ("X-Google-Group-Id", str(rng.randint(10**11, 10**12))),
                      ("List-Post", "<https://groups.google.com/group/%s/post>, <mailto:%s@googlegroups.com>" % (g, g)),
                      ("List-Help", "<https://groups.google.com/support/>, <mailto:%s+help@googlegroups.com>" % g),
                      ("List-Archive", "<https://groups.google.com/group/%s" % g + ">"),
                      ("List-Subscribe", "<https://groups.google.com/group/%s/subscribe>, <mailto:%s+subscribe@googlegroups.com>" % (g, g)),
                      ("List-Unsubscribe", "<mailto:googlegroups-manage+%d+unsubscribe@googlegroups.com>,\n <https://groups.google.com/group/%s/subscribe>" % (rng.randint(10**11, 10**12), g))]
        r["msgid"] = None
        r["bstyle"] = "gmail"
    elif kind == "groupsio":
        g = L["name"]
        r["ip"] = ip_in(rng, "66.175.222.%d" % rng.randint(1, 254))
        r["helo"] = r["rdns"] = "mail0%d.groups.io" % rng.randint(1, 4)
        r["rp"] = "bounce+%d+%d+%d+%d@groups.io" % (rng.randint(10**4, 10**5), rng.randint(10**4, 10**6), rng.randint(10**6, 10**7), rng.randint(10**6, 10**7))
        r["hops"].append("by 127.0.0.2 with SMTP id %s; %s" % (b62(rng, 16), d.astimezone(UTC).strftime("%a, %d %b %Y %H:%M:%S -0700")))
        r["dkim"] = [("groups.io", "20240924", None)]
        r["extra"] = [("X-Original-From", fa(*L["poster"])),
                      ("Sender", "%s@groups.io" % g),
                      ("List-Id", "<%s.groups.io>" % g),
                      ("Mailing-List", "list %s@groups.io; contact %s+owner@groups.io" % (g, g)),
                      ("List-Post", "<mailto:%s@groups.io>" % g),
                      ("List-Subscribe", "<mailto:%s+subscribe@groups.io>" % g),
                      ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
                      ("List-Unsubscribe", "<https://groups.io/g/%s/leave/%d/%d/%d/xyzzy>" % (g, rng.randint(10**6, 10**7), rng.randint(10**6, 10**7), rng.randint(10**7, 10**8))),
                      ("Precedence", "list")]
        r["msgid"] = None
        r["bstyle"] = "gmail"
    return r


# ---------------------------------------------------------------- assembly
def build(spec, rng):
    r = transport(rng, spec)
    d = spec["date"]
    rcpt = spec["to"][1]
    arrive = later(d, rng, 2, 120).astimezone(UTC)
    frm = spec["from_addr"]
    H = [("Return-Path", "<%s>" % r["rp"] if r["rp"] else "<>")]
    H.append(("Received", our_received(rng, r["helo"], r["rdns"], r["ip"], rcpt, arrive, r["tls"])))
    H.extend(r["arc"])
    for h in r["hops"]:
        H.append(("Received", h))
    dkim_slot = len(H)
    msgid = spec.get("msgid") or r["msgid"] or "<%s@%s>" % (hx(rng, 24), dom_of(frm))
    O = [("Date", fdate(d)),
         ("From", spec.get("from_hdr") or fa(spec["from_name"], frm))]
    if spec.get("sender"):
        O.append(("Sender", spec["sender"]))
    if spec.get("reply_to"):
        O.append(("Reply-To", spec["reply_to"]))
    O.append(("To", spec.get("to_hdr") or fa(*spec["to"])))
    if spec.get("cc"):
        O.append(("Cc", spec["cc"]))
    O.append(("Subject", enc_h(spec["subject"])))
    O.append(("Message-ID", msgid))
    if spec.get("in_reply_to"):
        O.append(("In-Reply-To", spec["in_reply_to"]))
        O.append(("References", spec.get("references") or spec["in_reply_to"]))
    if spec.get("mailer"):
        O.append(("X-Mailer", spec["mailer"]))
    if spec.get("user_agent"):
        O.append(("User-Agent", spec["user_agent"]))
    O.append(("MIME-Version", "1.0"))
    bulk = spec.get("bulk")
    if bulk:
        dom = spec.get("sign_domain") or dom_of(frm)
        tok = b64u(rng, 24)
        url = r.get("unsub_base") or spec.get("unsub_url") or "https://%s/unsubscribe/%s" % (
            rng.choice(["email.", "click.", "links.", "www.", "u."]) + dom, tok)
        if rng.random() < 0.6:
            lu = "<%s>, <mailto:unsubscribe-%s@%s>" % (url, hx(rng, 16), rng.choice(["", "unsub.", "bounce."]) + dom)
        else:
            lu = "<%s>" % url
        O.append(("List-Unsubscribe", lu))
        if bulk != "no-post":
            O.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        if spec.get("precedence"):
            O.append(("Precedence", spec["precedence"]))
    for e in r["extra"]:
        if e[0] in ("Thread-Topic",):
            O.append((e[0], enc_h(e[1], e[0])))
        else:
            O.append(e)
    O.extend(spec.get("extra", []))
    bh, body = ser(spec["body"], msgid + spec["file"], r["bstyle"])
    O.extend(bh)
    if spec.get("shuffle_hdrs", rng.random() < 0.3):
        head = O[:2]
        rest = O[2:-len(bh)]
        rng.shuffle(rest)
        O = head + rest + O[-len(bh):]
    signable = ("from", "to", "cc", "subject", "date", "message-id", "mime-version", "content-type", "reply-to", "list-unsubscribe",
                "list-unsubscribe-post", "feedback-id", "in-reply-to", "references", "list-id", "sender", "x-mailer")
    present = [n for n, _ in O if n.lower() in signable]
    sigs = []
    for (dd, sel, algo) in r["dkim"]:
        hs = list(present)
        if spec.get("list") and dd != "googlegroups.com" and dd != "groups.io":
            hs = [x for x in hs if not x.lower().startswith("list-") and x.lower() not in ("precedence", "reply-to")]
        if rng.random() < 0.5:
            hs = [x.lower() for x in hs]
        if rng.random() < 0.4:
            rng.shuffle(hs)
        if rng.random() < 0.3:
            hs = hs + [hs[0]]  # over-signing From, as some signers do
        sigs.append(("DKIM-Signature", dkim_header(rng, dd, sel, d, algo or "rsa-sha256", ":".join(hs))))
    H[dkim_slot:dkim_slot] = sigs
    text = "".join("%s: %s\n" % h for h in H + O) + "\n" + body
    for n, v in H + O:
        try:
            v.encode("ascii")
        except UnicodeEncodeError:
            raise SystemExit("non-ascii header %s in %s: %r" % (n, spec["file"], v))
    out = text.replace("\r\n", "\n").replace("\n", "\r\n").encode("utf-8")
    return out


# ---------------------------------------------------------------- html helpers
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def page(inner, title="", pre="", lang="en", bg="#f3f3f3", style_extra=""):
    preh = ('<div style="display:none;max-height:0;overflow:hidden;mso-hide:all">%s%s</div>\n'
            % (esc(pre), "&#847; &zwnj; &nbsp; " * 6)) if pre else ""
    return ('<!DOCTYPE html>\n<html lang="%s" xmlns="http://www.w3.org/1999/xhtml">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>%s</title>\n<style>body{margin:0;padding:0}table{border-collapse:collapse}'
            'img{border:0;display:block}@media (max-width:600px){.col{display:block!important;width:100%%!important}}%s</style>\n'
            '</head>\n<body style="margin:0;padding:0;background:%s">\n%s%s\n</body>\n</html>\n'
            % (lang, esc(title), style_extra, bg, preh, inner))


def newsletter_html(b, headline, paras, cta=None, items=None, foot=None, hero=True, lang="en", pre=""):
    """b: brand dict with name, domain, color."""
    color = b.get("color", "#222222")
    dom = b["domain"]
    rows = ['<tr><td align="center" style="padding:24px 0"><a href="https://www.%s/?utm_source=email&amp;utm_medium=newsletter">'
            '<img src="https://img.%s/email/logo.png" width="160" alt="%s" style="display:block"></a></td></tr>' % (dom, dom, esc(b["name"]))]
    if hero:
        rows.append('<tr><td><a href="https://www.%s/sale?utm_campaign=hero"><img src="https://img.%s/email/%s/hero.jpg" width="600" alt="%s" style="width:100%%;max-width:600px"></a></td></tr>'
                    % (dom, dom, b.get("camp", "c1"), esc(headline)))
    rows.append('<tr><td style="padding:28px 32px 8px;font-family:Helvetica,Arial,sans-serif;font-size:26px;font-weight:bold;color:%s;text-align:center">%s</td></tr>' % (color, esc(headline)))
    for p in paras:
        rows.append('<tr><td style="padding:8px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;line-height:24px;color:#333333">%s</td></tr>' % esc(p))
    if cta:
        rows.append('<tr><td align="center" style="padding:20px"><table role="presentation"><tr><td style="background:%s;border-radius:4px">'
                    '<a href="%s" style="display:inline-block;padding:14px 32px;font-family:Helvetica,Arial,sans-serif;font-size:16px;color:#ffffff;text-decoration:none;font-weight:bold">%s</a>'
                    '</td></tr></table></td></tr>' % (color, esc(cta[1]), esc(cta[0])))
    if items:
        cells = []
        for (nm, price, url) in items:
            cells.append('<td class="col" width="50%%" valign="top" style="padding:12px;text-align:center;font-family:Helvetica,Arial,sans-serif">'
                         '<a href="%s"><img src="https://img.%s/p/%s.jpg" width="260" alt="%s"></a>'
                         '<p style="margin:8px 0 2px;font-size:15px;color:#111">%s</p><p style="margin:0;font-size:14px;color:#666">%s</p></td>'
                         % (esc(url), dom, hashlib.md5(nm.encode()).hexdigest()[:10], esc(nm), esc(nm), esc(price)))
        for i in range(0, len(cells), 2):
            rows.append('<tr><td><table role="presentation" width="100%%"><tr>%s</tr></table></td></tr>' % "".join(cells[i:i + 2]))
    if foot:
        rows.append('<tr><td style="padding:24px 32px;font-family:Helvetica,Arial,sans-serif;font-size:11px;line-height:16px;color:#888888;text-align:center">%s</td></tr>'
                    % "<br>".join(esc(x) for x in foot).replace("{UNSUB}", '<a href="https://www.%s/email/preferences" style="color:#888">' % dom).replace("{/UNSUB}", "</a>"))
    inner = ('<table role="presentation" width="100%%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center">\n'
             '<table role="presentation" width="600" cellpadding="0" cellspacing="0" border="0" style="background:#ffffff;max-width:600px">\n%s\n</table>\n</td></tr></table>' % "\n".join(rows))
    return page(inner, headline, pre, lang)


def newsletter_text(b, headline, paras, cta=None, items=None, foot=None):
    out = [b["name"], "", headline.upper() if b.get("caps") else headline, ""]
    for p in paras:
        out += [p, ""]
    if cta:
        out += ["%s: %s" % (cta[0], cta[1]), ""]
    if items:
        for nm, price, url in items:
            out += ["%s - %s" % (nm, price), url, ""]
    if foot:
        out += ["--", ""] + [x.replace("{UNSUB}", "").replace("{/UNSUB}", "") for x in foot]
    return "\n".join(out) + "\n"


def simple_html(paras, cta=None, sign=None, brand=None, small=None, lang="en"):
    body = []
    for p in paras:
        body.append('<p style="margin:0 0 16px">%s</p>' % esc(p).replace("\n", "<br>"))
    if cta:
        body.append('<p style="margin:24px 0"><a href="%s" style="background:#1a73e8;color:#fff;padding:12px 20px;border-radius:6px;text-decoration:none;display:inline-block">%s</a></p>' % (esc(cta[1]), esc(cta[0])))
    if sign:
        body.append('<p style="margin:16px 0 0">%s</p>' % esc(sign).replace("\n", "<br>"))
    if small:
        body.append('<hr style="border:none;border-top:1px solid #e5e5e5;margin:32px 0 16px"><p style="font-size:12px;color:#8a8a8a">%s</p>' % "<br>".join(esc(s) for s in small))
    head = '<div style="font-size:20px;font-weight:600;margin-bottom:24px">%s</div>' % esc(brand) if brand else ""
    inner = ('<div style="max-width:560px;margin:0 auto;padding:32px 24px;font-family:-apple-system,BlinkMacSystemFont,\'Segoe UI\',Roboto,Helvetica,Arial,sans-serif;font-size:15px;line-height:1.55;color:#1f1f1f">%s%s</div>' % (head, "".join(body)))
    return page(inner, brand or "", "", lang, "#ffffff")


def simple_text(paras, cta=None, sign=None, small=None):
    out = []
    for p in paras:
        out += [p, ""]
    if cta:
        out += ["%s:" % cta[0], cta[1], ""]
    if sign:
        out += [sign, ""]
    if small:
        out += ["---"] + small
    return "\n".join(out).rstrip() + "\n"


def gmail_html(text, quote=None):
    lines = text.rstrip("\n").split("\n")
    h = '<div dir="ltr">' + "".join("<div>%s</div>" % (esc(l) if l else "<br>") for l in lines) + "</div>"
    if quote:
        h += '<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">%s<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">%s</blockquote></div>' % (
            esc(quote[0]), "<br>".join(esc(x) for x in quote[1].split("\n")))
    return h + "\n"


def outlook_html(text):
    ps = "".join('<p class="MsoNormal">%s<o:p></o:p></p>\n' % (esc(l) if l else "&nbsp;") for l in text.rstrip("\n").split("\n"))
    return ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">\n'
            '<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
            '<style><!--\n@font-face\n\t{font-family:Aptos;}\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0in;\n\tfont-size:12.0pt;\n\tfont-family:"Aptos",sans-serif;}\n--></style>\n</head>\n'
            '<body lang="EN-US" link="#467886" vlink="#96607D" style="word-wrap:break-word">\n<div class="WordSection1">\n%s</div>\n</body>\n</html>\n' % ps)


def quote_lines(text):
    return "\n".join("> " + l if l else ">" for l in text.rstrip("\n").split("\n"))


def money(rng, lo, hi, cur="$"):
    v = rng.randint(int(lo * 100), int(hi * 100)) / 100.0
    if cur in ("€",):
        return ("%.2f" % v).replace(".", ",") + " €"
    if cur == "£":
        return "£%.2f" % v
    return "%s%s" % (cur, "{:,.2f}".format(v))


def street(rng):
    return "%d %s %s" % (rng.randint(10, 9800), rng.choice(["Alder", "Market", "Harbor", "Cedar", "Willow", "Union", "Grant", "Lakeview", "Mission", "Oak"]),
                         rng.choice(["St", "Ave", "Blvd", "Rd", "Way"]))


CITIES = ["Portland, OR 97205", "Austin, TX 78701", "Denver, CO 80202", "Brooklyn, NY 11201", "Seattle, WA 98101",
          "Minneapolis, MN 55401", "Raleigh, NC 27601", "Oakland, CA 94612", "Columbus, OH 43215", "Burlington, VT 05401"]


def postal(rng, name):
    return "%s, %s, %s" % (name, street(rng), rng.choice(CITIES))


# ================================================================ HAM: commercial
def mk(kind, lang, from_name, from_addr, subject, body, transport, **kw):
    d = dict(kind=kind, lang=lang, from_name=from_name, from_addr=from_addr, subject=subject, body=body, transport=transport)
    d.update(kw)
    return d


def rcpt(rng, lang="en"):
    return rng.choice(RCPTS.get(lang, RCPTS["en"]))


RETAIL = [
    dict(name="Northtrail Outfitters", domain="northtrailoutfitters.com", color="#2f5d3a", esp="klaviyo", local="hello",
         items=[("Ridgeline 2.5L Rain Shell", "$189"), ("Switchback Fleece Hoodie", "$74"), ("Trailhead 28L Daypack", "$119"), ("Merino Crew Socks (3-pack)", "$36")]),
    dict(name="Larkspur & Vine", domain="larkspurandvine.com", color="#7b4b6a", esp="sfmc", local="news",
         items=[("Stonewashed Linen Duvet Set", "$228"), ("Hand-thrown Stoneware Mug", "$32"), ("Jute Runner Rug 2x8", "$96"), ("Beeswax Taper Candles", "$18")]),
    dict(name="Copperleaf Kitchen", domain="copperleafkitchen.com", color="#b5562b", esp="mailchimp", local="shop",
         items=[("5-Qt Enameled Dutch Oven", "$149"), ("Carbon Steel Skillet 12\"", "$79"), ("Olivewood Spoon Set", "$42"), ("Chef's Knife 8\"", "$110")]),
    dict(name="Kestrel Running Co.", domain="kestrelrunning.com", color="#e0442b", esp="braze", local="team",
         items=[("Aerial 3 Road Shoe", "$140"), ("Tempo Split Short", "$58"), ("Featherlight Cap", "$30"), ("Hydra Vest 5L", "$95")]),
    dict(name="Halcyon Sleep", domain="halcyonsleep.com", color="#24365c", esp="iterable", local="rest",
         items=[("Halcyon Hybrid Mattress (Queen)", "$1,295"), ("Cooling Percale Sheets", "$159"), ("Down-Alt Pillow", "$69"), ("Weighted Throw", "$129")]),
    dict(name="Pixelforge", domain="pixelforge-electronics.com", color="#0b6ef6", esp="sendgrid", local="deals",
         items=[("27\" 4K IPS Monitor", "$279.99"), ("Mechanical Keyboard TKL", "$89.99"), ("USB-C Dock 11-in-1", "$129.99"), ("Noise-cancelling Earbuds", "$99.99")]),
    dict(name="Saltmarsh Coffee Roasters", domain="saltmarshcoffee.com", color="#5a3e2b", esp="klaviyo", local="brew",
         items=[("Harbor Blend, 12 oz", "$17"), ("Ethiopia Guji Natural", "$21"), ("Decaf Swiss Water", "$18"), ("Pour-over Starter Kit", "$64")]),
    dict(name="Orbit Pet Supply", domain="orbitpetsupply.com", color="#f29c1f", esp="ses", local="woof",
         items=[("Grain-free Salmon Kibble 24lb", "$64.99"), ("Chew-proof Rope Toy", "$12.99"), ("Orthopedic Dog Bed L", "$89.99"), ("Catnip Kicker", "$7.49")]),
    dict(name="Fable & Thread", domain="fableandthread.com", color="#111111", esp="sfmc", local="style",
         items=[("The Oversized Wool Coat", "$298"), ("Everyday Straight Jean", "$98"), ("Cashmere Crew", "$148"), ("Leather Ankle Boot", "$210")]),
    dict(name="Luma Skin", domain="lumaskin.co", color="#c97b84", esp="klaviyo", local="glow",
         items=[("Barrier Repair Cream", "$38"), ("Vitamin C Serum 15%", "$44"), ("Mineral SPF 40", "$32"), ("Gentle Gel Cleanser", "$24")]),
    dict(name="Gridline Tools", domain="gridlinetools.com", color="#ffb400", esp="hubspot", local="offers",
         items=[("20V Brushless Drill Kit", "$159"), ("Laser Level 100ft", "$89"), ("Ratchet Set 84-pc", "$119"), ("Shop Vac 6gal", "$99")]),
    dict(name="Bramble Books", domain="bramblebooks.shop", color="#3d6b5b", esp="mailchimp", local="readers",
         items=[("Signed: The Lantern Year", "$28"), ("Staff Pick: Salt & Ember", "$18"), ("Kids: Otter Goes North", "$14"), ("Bramble Tote", "$22")]),
]

PROMO_SUBJ = [
    "🔥 {pct}% off sitewide — 48 hours only",
    "Free shipping ends TONIGHT!",
    "You left something in your cart 👀",
    "New arrivals are here ✨",
    "Last chance: up to {pct2}% off sale styles",
    "Your exclusive code inside: {code}",
    "Black Friday starts NOW ⚡ {pct}% off everything",
    "Cyber Monday: extra {pct}% off + free shipping",
    "{first}, this one's for you 🎁",
    "It's back in stock (but not for long)",
    "Don't miss out!! Sale ends at midnight",
    "Spring refresh: {pct}% off bestsellers 🌷",
    "Members get early access — starting today",
    "Limited time: buy one, get one 50% off",
    "Our biggest sale of the year is LIVE",
    "Price drop alert on items you viewed",
]


def ham_retail(rng, k):
    b = RETAIL[k % len(RETAIL)]
    to = rcpt(rng)
    first = to[0].split()[0]
    pct = rng.choice([15, 20, 25, 30, 40])
    code = rng.choice(["SAVE", "HELLO", "EXTRA", "VIP", "FALL", "WINTER", "SPRING"]) + str(pct)
    subj = rng.choice(PROMO_SUBJ).format(pct=pct, pct2=pct + 30, code=code, first=first)
    end = rng.choice(["Sunday at 11:59pm PT", "midnight ET tonight", "Monday, 9am CT", "this weekend only", "Friday at midnight"])
    paras = rng.sample([
        "For a limited time, take %d%% off almost everything with code %s at checkout. Hurry — this offer ends %s!" % (pct, code, end),
        "Free standard shipping on every order over $%d. No code needed." % rng.choice([35, 49, 50, 75]),
        "Our customers' favorite picks are going fast, and we don't restock most of them until next season.",
        "Shop now and earn double rewards points on every purchase. Points post within 48 hours of shipping.",
        "Hi %s! We picked a few things we think you'll love, based on what you've been browsing." % first,
        "Not ready to buy? Save your favorites to your wishlist and we'll let you know if the price drops.",
        "Every order ships in plastic-free packaging from our warehouse in %s." % rng.choice(["Ohio", "Nevada", "Pennsylvania", "Utah"]),
        "Questions? Reply to this email — a real person on our team reads every message.",
    ], rng.randint(2, 4))
    url = "https://www.%s/collections/sale?utm_source=%s&utm_medium=email&utm_campaign=%s" % (b["domain"], b["esp"], hx(rng, 8))
    cta = (rng.choice(["SHOP NOW", "Shop the sale", "Claim my discount", "See what's new", "Complete my order"]), url)
    items = [(n, p, "https://www.%s/products/%s" % (b["domain"], n.lower().replace(" ", "-").replace("\"", "").replace("(", "").replace(")", "").replace("'", "").replace(",", "").replace("&", "and")))
             for n, p in rng.sample(b["items"], rng.choice([2, 4]))]
    foot = ["*Offer valid through %s. Excludes gift cards and previous purchases. Cannot be combined with other offers." % end,
            "You are receiving this email because you signed up at %s." % b["domain"],
            "%s | %s, %s" % (b["name"], street(rng), rng.choice(CITIES)),
            "{UNSUB}Unsubscribe or manage preferences{/UNSUB}"]
    layout = rng.random()
    if layout < 0.2:
        # image-heavy: little text
        html = newsletter_html(b, subj.replace("🔥", "").strip(), [], cta, None, foot, True, pre=paras[0])
        body = Hm(html) if rng.random() < 0.5 else alt(newsletter_text(b, subj, paras[:1], cta, None, foot), html)
    else:
        html = newsletter_html(b, rng.choice(["The Sale You've Been Waiting For", "Fresh Picks For You", "%d%% Off Almost Everything" % pct, "Ready, Set, Save", "New Season, New Favorites"]),
                               paras, cta, items if layout < 0.8 else None, foot, rng.random() < 0.7, pre=paras[0])
        body = alt(newsletter_text(b, subj, paras, cta, items, foot), html)
    return mk("retail-promo", "en", b["name"], "%s@%s" % (b["local"], b["domain"]),
              subj, body, b["esp"], to=to, bulk=True, brand_slug=b["domain"].split(".")[0],
              reply_to=None)


INTL_PROMO = {
    "de": dict(name="Waldkind Naturmode", domain="waldkind-mode.de", esp="brevo",
               subj=["🌿 Nur bis Sonntag: 25 % Rabatt auf alles", "Kostenloser Versand – nur noch heute!", "Neu eingetroffen: Die Herbstkollektion 🍂", "Dein persönlicher Gutschein ist da"],
               paras=["Hallo {first},", "unsere neue Kollektion aus Bio-Baumwolle ist da – fair produziert in Portugal.",
                      "Mit dem Code WALD25 sparst du bis Sonntag, 23:59 Uhr, 25 % auf das gesamte Sortiment.",
                      "Ab 50 € Bestellwert liefern wir versandkostenfrei innerhalb Deutschlands und Österreichs."],
               cta="Jetzt entdecken", foot=["Waldkind Naturmode GmbH · Lindenstraße 14 · 79098 Freiburg", "Geschäftsführerin: Miriam Albers · HRB 712345 · USt-IdNr. DE312345678",
                                            "Du erhältst diesen Newsletter, weil du dich auf waldkind-mode.de angemeldet hast. Abmelden | Impressum | Datenschutz"]),
    "fr": dict(name="Maison Caléa", domain="maisoncalea.fr", esp="brevo",
               subj=["Les soldes commencent : jusqu'à -50 % ❄️", "Livraison offerte ce week-end seulement !", "Nouveautés : la collection Lin est arrivée", "Plus que 24 h pour profiter de -20 %"],
               paras=["Bonjour {first},", "Les soldes d'hiver sont lancées : profitez de remises jusqu'à -50 % sur le linge de maison et la décoration.",
                      "Livraison offerte dès 60 € d'achat en France métropolitaine.", "Offre valable jusqu'au dimanche minuit, dans la limite des stocks disponibles."],
               cta="Je découvre", foot=["Maison Caléa SAS – 12 rue des Tanneurs, 69002 Lyon – RCS Lyon 845 123 456",
                                       "Vous recevez cet e-mail car vous êtes inscrit(e) à notre newsletter. Se désinscrire"]),
    "es": dict(name="Pimentón Market", domain="pimentonmarket.es", esp="mailchimp",
               subj=["¡Última oportunidad! 3x2 en toda la tienda", "Envío gratis este fin de semana 🚚", "Novedades de temporada: aceites y conservas", "¡Tu cupón del 15 % caduca mañana!"],
               paras=["¡Hola, {first}!", "Esta semana tenemos el 3x2 en conservas gourmet, aceites de oliva virgen extra y especias de La Vera.",
                      "Envío gratis en pedidos superiores a 39 € a la península.", "La promoción termina el domingo a las 23:59 h o hasta agotar existencias."],
               cta="Comprar ahora", foot=["Pimentón Market S.L. · Calle del Ave María 21 · 28012 Madrid",
                                         "Recibes este correo porque te suscribiste en pimentonmarket.es. Darse de baja"]),
    "nl": dict(name="Fietsenwinkel De Spaak", domain="despaak-fietsen.nl", esp="mailchimp",
               subj=["Voorjaarsactie: 20% korting op onderhoudsbeurten 🚲", "Nieuw binnen: e-bikes van 2026", "Laatste kans: gratis fietsverlichting bij elke reparatie"],
               paras=["Hoi {first},", "De lente komt eraan! Plan nu je onderhoudsbeurt en krijg tot eind maart 20% korting.",
                      "Bestel online en haal je bestelling dezelfde dag op in onze winkel in Utrecht.", "Tot snel in de winkel!"],
               cta="Plan een afspraak", foot=["De Spaak Fietsen · Twijnstraat 40 · 3511 ZL Utrecht · KvK 61234567",
                                             "Je ontvangt deze e-mail omdat je klant bij ons bent. Afmelden"]),
    "it": dict(name="Bottega Ulivo", domain="bottegaulivo.it", esp="klaviyo",
               subj=["Nuovo raccolto: l'olio extravergine 2025 è arrivato 🫒", "Spedizione gratuita fino a domenica!", "Solo per te: -15% sul primo ordine"],
               paras=["Ciao {first},", "il nuovo raccolto della nostra azienda agricola in Puglia è finalmente pronto: olio extravergine di oliva, spremuto a freddo entro 6 ore dalla raccolta.",
                      "Fino a domenica la spedizione è gratuita per ordini superiori a 49 €.", "Grazie per il tuo sostegno!"],
               cta="Scopri il nuovo olio", foot=["Bottega Ulivo S.r.l. · Via Roma 88 · 70043 Monopoli (BA) · P.IVA 08123450721",
                                                "Ricevi questa email perché sei iscritto alla nostra newsletter. Annulla l'iscrizione"]),
    "pt": dict(name="Casa Alfama", domain="casaalfama.pt", esp="sendgrid",
               subj=["Saldos de verão: até 40% de desconto ☀️", "Portes grátis só até amanhã!", "Novidades: azulejos pintados à mão"],
               paras=["Olá {first},", "Os saldos de verão chegaram! Aproveite até 40% de desconto em cerâmica, têxteis e decoração.",
                      "Portes grátis em encomendas acima de 50 € para Portugal continental.", "Promoção válida até domingo ou enquanto houver stock."],
               cta="Ver a coleção", foot=["Casa Alfama, Lda. · Rua de São Miguel 12 · 1100-544 Lisboa · NIF 514123456",
                                         "Recebe este email porque subscreveu a nossa newsletter. Cancelar subscrição"]),
}


def ham_retail_intl(rng, k):
    lang = ["de", "fr", "es", "nl", "it", "pt"][k % 6]
    P = INTL_PROMO[lang]
    to = rcpt(rng, lang)
    first = to[0].split()[0]
    subj = rng.choice(P["subj"])
    paras = [p.format(first=first) for p in P["paras"]]
    b = dict(name=P["name"], domain=P["domain"], color=rng.choice(["#2e4a3f", "#8b3a3a", "#1f3b73", "#6b5b2e"]))
    url = "https://www.%s/?utm_source=newsletter&utm_medium=email&utm_campaign=%s" % (P["domain"], hx(rng, 6))
    html = newsletter_html(b, subj, paras, (P["cta"], url), None, P["foot"], True, lang, pre=paras[1])
    body = alt(newsletter_text(b, subj, paras, (P["cta"], url), None, P["foot"]), html) if rng.random() < 0.7 else Hm(html)
    local = {"de": "newsletter", "fr": "bonjour", "es": "hola", "nl": "nieuws", "it": "ciao", "pt": "ola"}[lang]
    return mk("retail-promo-intl", lang, P["name"], "%s@%s" % (local, P["domain"]), subj, body, P["esp"], to=to, bulk=True,
              brand_slug=P["domain"].split(".")[0])


LOCAL_BIZ = [
    ("Osteria Lumen", "osterialumen.com", "restaurant", "mailchimp"),
    ("Taqueria Dos Ríos", "dosriostaqueria.com", "restaurant", "constantcontact"),
    ("The Quiet Ram Brewpub", "quietrambrew.com", "restaurant", "mailchimp"),
    ("Sunbeam Yoga Studio", "sunbeamyoga.example", "fitness", "mailchimp"),
    ("Harbor Street Hardware", "harborstreethardware.com", "hardware", "constantcontact"),
    ("Maple & Main Bakery", "mapleandmainbakery.com", "bakery", "brevo"),
    ("Riverside Community Farm CSA", "riversidecsa.org", "farm", "mailchimp"),
    ("Paws & Claws Grooming", "pawsclawsgrooming.example", "pets", "constantcontact"),
]


def ham_localbiz(rng, k):
    name, dom, cat, esp = LOCAL_BIZ[k % len(LOCAL_BIZ)]
    to = rcpt(rng)
    d = pick_date(rng)
    month = d.strftime("%B")
    content = {
        "restaurant": (["%s at %s 🍝" % (month, name), "Our %s menu is here!" % rng.choice(["fall", "winter", "spring", "summer"]), "Trivia night, new hours & a little thank-you", "Book now for %s — tables going fast!" % rng.choice(["Valentine's Day", "Mother's Day", "New Year's Eve", "Thanksgiving week"])],
                       ["Hi friends,", "We've just rolled out our new seasonal menu — braised short rib with polenta, a roasted squash risotto, and the return of the tiramisu everyone keeps asking about.",
                        "Happy hour is now Tuesday–Friday, 3 to 6pm: $6 drafts, $8 house wines and half-price small plates.",
                        "Reservations for large groups (8+) can be made by replying to this email or calling us at (503) 555-01%02d." % rng.randint(10, 99),
                        "Thank you for supporting a locally owned kitchen. See you soon!"]),
        "fitness": (["New class schedule + a free week for a friend", "Workshop: Breath & Mobility this Saturday", "%s schedule update 🧘" % month],
                    ["Hello yogis,", "Our updated class schedule starts Monday. We've added a 6:15am vinyasa flow and a Sunday restorative class.",
                     "Bring a friend for free all week — just have them sign the waiver at the front desk.", "Namaste,\nJen & the Sunbeam team"]),
        "hardware": (["Spring Savings Days: 20% off garden", "Snow blower tune-ups — book before the rush", "This weekend: free key cutting with any purchase"],
                     ["Dear valued customer,", "It's that time again. Spring Savings Days run Thursday through Sunday with 20% off all garden tools, soil and seed.",
                      "Our service department is booking lawn mower and snow blower tune-ups now.", "Harbor Street Hardware — proudly family owned since 1962."]),
        "bakery": (["Pre-order your holiday pies 🥧", "Sourdough class seats just opened", "We're closed Monday — see you Tuesday!"],
                   ["Hi there!", "Holiday pie pre-orders are open until the 22nd: apple crumble, pumpkin, pecan and a new cranberry-pear.",
                    "Pick-up times are 8am to 2pm. Please bring your order number.", "With flour on our hands,\nMaple & Main"]),
        "farm": (["CSA Week %d: tomatoes, peppers & the first squash" % rng.randint(3, 22), "2026 CSA shares are open", "Volunteer harvest day this Saturday"],
                 ["Hi CSA members,", "This week's box: heirloom tomatoes, sweet peppers, basil, zucchini, a head of lettuce and the first delicata squash.",
                  "Pick-up remains Thursday 3–7pm at the barn. Please bring your own bags.", "Recipe of the week: blistered peppers with feta and honey (link on our blog).", "— Farmer Ana"]),
        "pets": (["Holiday grooming slots are open 🐾", "Reminder: book your pup's spring groom", "New: cat grooming on Wednesdays"],
                 ["Hi pet parents!", "Our December calendar fills up fast, so we've opened holiday grooming slots now.",
                  "Book online or give us a call. Don't forget: nail trims are walk-in on Saturdays.", "Wags and purrs,\nPaws & Claws"]),
    }[cat]
    subj = rng.choice(content[0])
    paras = content[1]
    b = dict(name=name, domain=dom, color=rng.choice(["#4a3b2a", "#2b5d7a", "#7a2b3b", "#3b7a2b"]))
    foot = ["%s · %s, %s" % (name, street(rng), rng.choice(CITIES)), "Copyright © %d %s, All rights reserved." % (d.year, name),
            "You are receiving this email because you opted in via our website or in store.", "{UNSUB}unsubscribe from this list{/UNSUB}"]
    style = rng.random()
    if style < 0.6:
        html = newsletter_html(b, subj, paras, ("Visit our website", "https://www.%s/" % dom) if rng.random() < 0.6 else None, None, foot, rng.random() < 0.5, pre=paras[1][:80])
        body = alt(newsletter_text(b, subj, paras, None, None, foot), html)
    else:
        body = T(simple_text(paras, None, None, foot), cte="8bit")
    tr = esp if rng.random() < 0.85 else "postfix-nodkim"
    kw = dict(to=to, bulk=True, date=d, brand_slug=dom.split(".")[0])
    if tr == "postfix-nodkim":
        kw["bulk"] = False
        kw["mailer"] = "Microsoft Outlook 16.0"
    return mk("local-newsletter", "en", name, "%s@%s" % (rng.choice(["info", "hello", "news", "office"]), dom), subj, body, tr, **kw)


BANKS = [
    dict(name="Chase", addr="no.reply.alerts@chase.com", esp="sfmc", short="Chase", card="Chase Freedom Unlimited", url="https://www.chase.com/"),
    dict(name="Bank of America", addr="onlinebanking@ealerts.bankofamerica.com", esp="sfmc", short="Bank of America", card="Customized Cash Rewards", url="https://www.bankofamerica.com/"),
    dict(name="Wells Fargo Online", addr="alerts@notify.wellsfargo.com", esp="sfmc", short="Wells Fargo", card="Active Cash Card", url="https://www.wellsfargo.com/"),
    dict(name="Capital One", addr="capitalone@notification.capitalone.com", esp="sparkpost", short="Capital One", card="Quicksilver", url="https://www.capitalone.com/"),
    dict(name="American Express", addr="AmericanExpress@welcome.americanexpress.com", esp="sfmc", short="American Express", card="Blue Cash Everyday", url="https://www.americanexpress.com/"),
    dict(name="Discover Card", addr="discover@services.discover.com", esp="sfmc", short="Discover", card="Discover it", url="https://www.discover.com/"),
    dict(name="Ally Bank", addr="ally@ally.com", esp="ses", short="Ally", card="Ally Savings", url="https://www.ally.com/"),
    dict(name="Harborview Credit Union", addr="alerts@harborviewcu.example", esp="postfix", short="Harborview CU", card="Visa Platinum", url="https://online.harborviewcu.example/"),
]

FINTECH = [
    dict(name="Venmo", addr="venmo@venmo.com", esp="sparkpost"),
    dict(name="Wise", addr="noreply@wise.com", esp="ses"),
    dict(name="Revolut", addr="no-reply@revolut.com", esp="sendgrid"),
    dict(name="Robinhood", addr="noreply@robinhood.com", esp="sendgrid"),
    dict(name="Coinbase", addr="no-reply@coinbase.com", esp="ses"),
    dict(name="Fidelity Investments", addr="Fidelity.Alerts@fidelity.com", esp="sfmc"),
    dict(name="Vanguard", addr="vanguard@eonline.e-vanguard.com", esp="sfmc"),
]


def ham_bank(rng, k):
    b = BANKS[k % len(BANKS)]
    to = rcpt(rng)
    last4 = "%04d" % rng.randint(0, 9999)
    d = pick_date(rng)
    v = k // len(BANKS) + rng.randint(0, 7)
    amt = money(rng, 12, 2400)
    variants = [
        ("Your statement is ready", ["Your %s statement for the account ending in %s is now available to view online." % (b["card"], last4),
                                     "Statement balance: %s\nMinimum payment due: %s\nPayment due date: %s" % (amt, money(rng, 25, 90), (d + dt.timedelta(days=21)).strftime("%m/%d/%Y")),
                                     "To view your statement, sign in to %s or open the mobile app." % b["url"]]),
        ("Your payment is due in 5 days", ["This is a reminder that your minimum payment of %s for the account ending in %s is due on %s." % (money(rng, 25, 140), last4, (d + dt.timedelta(days=5)).strftime("%B %d, %Y")),
                                           "If you've already made this payment, thank you — no further action is needed.",
                                           "Set up AutoPay so you never miss a due date."]),
        ("Security alert: new sign-in to your account", ["We noticed a new sign-in to your %s account from a new device." % b["short"],
                                                         "Device: %s\nLocation: %s (approximate)\nTime: %s" % (rng.choice(["Chrome on Windows", "Safari on iPhone", "Firefox on macOS", "Edge on Windows"]), rng.choice(["Portland, OR", "Austin, TX", "Newark, NJ", "Denver, CO"]), d.strftime("%b %d, %Y at %I:%M %p ET")),
                                                         "If this was you, you don't need to do anything. If you don't recognize this activity, please call the number on the back of your card. We will never ask for your password or one-time code by email or text."]),
        ("Please verify your email address", ["You recently updated the email address on your %s profile. For your security, please confirm this change." % b["short"],
                                              "To verify, sign in to your account at %s and go to Profile & Settings. This request expires in 72 hours." % b["url"],
                                              "Didn't make this change? Contact us right away."]),
        ("Transaction alert: %s" % amt, ["A charge of %s was made on your %s ending in %s at %s." % (amt, b["card"], last4, rng.choice(["COSTCO WHSE #0123", "DELTA AIR LINES", "AMAZON MKTPL", "WHOLEFDS MKT", "SHELL OIL 5744", "APPLE.COM/BILL"])),
                                          "You're receiving this alert because the amount exceeded your alert threshold of $%d." % rng.choice([50, 100, 250, 500]),
                                          "Manage alerts in the app under Profile > Alerts."]),
        ("Direct deposit received", ["Good news! A direct deposit of %s was posted to your account ending in %s." % (money(rng, 900, 6200), last4), "Available balance: %s" % money(rng, 1000, 18000)]),
        ("Your AutoPay is scheduled", ["Your AutoPay payment of %s from checking account ending in %s is scheduled for %s." % (amt, last4, (d + dt.timedelta(days=3)).strftime("%m/%d/%Y")), "No action is required."]),
        ("Your new card is on its way", ["Your replacement %s is on its way and should arrive within 5–7 business days." % b["card"], "When it arrives, activate it in the app or at %s." % b["url"], "Your old card will stop working once the new one is activated."]),
    ]
    subj, paras = variants[v % len(variants)]
    greet = rng.choice(["Dear %s," % to[0], "Hi %s," % to[0].split()[0], "Hello,", ""])
    if greet:
        paras = [greet] + paras
    small = ["Please do not reply to this email. This mailbox is not monitored.",
             "%s %s. Equal Housing Lender. Member FDIC." % ("©", d.year) if "Credit Union" not in b["name"] else "Federally insured by NCUA.",
             "Privacy | Security Center | Contact Us"]
    html = simple_html(paras, ("Sign in", b["url"]) if rng.random() < 0.6 else None, None, b["name"], small)
    body = alt(simple_text(paras, None, None, small), html) if rng.random() < 0.75 else Hm(html)
    return mk("bank-alert", "en", b["name"], b["addr"], subj, body, b["esp"], to=to, date=d,
              server_host="smtp1.harborviewcu.example" if b["esp"] == "postfix" else None)


def ham_fintech(rng, k):
    f = FINTECH[k % len(FINTECH)]
    to = rcpt(rng)
    d = pick_date(rng)
    nm = f["name"]
    choices = {
        "Venmo": [("%s paid you $%d.00" % (rng.choice(["Alex Moreno", "Jess Tran", "Ben Okafor"]), rng.randint(8, 120)), ["%s paid you $%d.00" % (rng.choice(["Alex", "Jess", "Ben"]), rng.randint(8, 120)), "🍕 pizza night", "Money credited to your Venmo balance. Transfer to your bank anytime."])],
        "Wise": [("Your money's on its way", ["You sent %s to %s." % (money(rng, 50, 900, "€"), rng.choice(["Anke Brandt", "Luc Girard", "Hostel Aurora"])), "It should arrive by %s." % (d + dt.timedelta(days=1)).strftime("%A, %d %B"), "Transfer #%d" % rng.randint(10**8, 10**9)])],
        "Revolut": [("Your monthly statement is ready", ["Hi %s, your account statement for %s is ready to download in the app." % (to[0].split()[0], d.strftime("%B")), "Open the app › Accounts › Statements."])],
        "Robinhood": [("Your order has been executed", ["Your market order to buy %d shares of %s was executed at an average price of %s." % (rng.randint(1, 20), rng.choice(["VTI", "AAPL", "MSFT", "NVDA"]), money(rng, 90, 480)), "View the trade confirmation in your account documents."])],
        "Coinbase": [("New device confirmation", ["We noticed a sign-in from a new device. If this was you, confirm it in the Coinbase app.", "If this wasn't you, lock your account immediately from Settings > Security.", "Coinbase will never call you or ask you to move funds to a 'safe' wallet."]),
                     ("Your recurring buy completed", ["Your recurring buy of $%d in %s completed." % (rng.choice([25, 50, 100]), rng.choice(["Bitcoin", "Ethereum"])), "View it in your transaction history."])],
        "Fidelity Investments": [("Your quarterly statement is available", ["Your brokerage statement for the quarter ending %s is available online." % d.strftime("%m/%d/%Y"), "Log in to Fidelity.com and select Statements."])],
        "Vanguard": [("Your tax forms are ready", ["Your 2025 tax forms (1099-DIV, 1099-B) are now available.", "Log on to vanguard.com to view and download them."])],
    }[nm]
    subj, paras = rng.choice(choices)
    small = ["%s, Inc. © %d" % (nm.split()[0], d.year), "This is a service email. You can't opt out of important account messages."]
    html = simple_html(paras, None, None, nm, small)
    body = alt(simple_text(paras, None, None, small), html)
    return mk("fintech-notice", "en", nm, f["addr"], subj, body, f["esp"], to=to, date=d)


def ham_bank_intl(rng, k):
    lang = ["de", "fr", "nl", "es"][k % 4]
    to = rcpt(rng, lang)
    d = pick_date(rng)
    if lang == "de":
        frm = ("Stadtsparkasse Lindenau", "postfach@sparkasse-lindenau.example")
        subj = rng.choice(["Neue Nachricht in Ihrem elektronischen Postfach", "Ihr Kontoauszug ist verfügbar"])
        paras = ["Guten Tag %s," % to[0], "in Ihrem elektronischen Postfach im Online-Banking liegt ein neues Dokument für Sie bereit: Kontoauszug Nr. %d/%d." % (rng.randint(1, 12), d.year),
                 "Bitte melden Sie sich wie gewohnt im Online-Banking oder in der App an.", "Wir fragen niemals per E-Mail nach PIN oder TAN.", "Mit freundlichen Grüßen\nIhre Stadtsparkasse Lindenau"]
    elif lang == "fr":
        frm = ("Banque Rivière", "ne-pas-repondre@banque-riviere.example")
        subj = "Votre relevé de compte est disponible"
        paras = ["Bonjour %s," % to[0], "Votre relevé de compte du mois de %s est disponible dans votre espace client." % ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"][d.month - 1],
                 "Pour le consulter, connectez-vous à votre espace sécurisé.", "Cordialement,\nVotre conseiller Banque Rivière"]
    elif lang == "nl":
        frm = ("Polderbank", "service@polderbank.example")
        subj = "Je jaaroverzicht staat klaar"
        paras = ["Beste %s," % to[0], "Je jaaroverzicht %d staat klaar in Mijn Polderbank. Handig voor je belastingaangifte." % (d.year - 1), "Met vriendelijke groet,\nPolderbank"]
    else:
        frm = ("Caja Meridiana", "avisos@cajameridiana.example")
        subj = "Aviso: cargo en su tarjeta terminada en %04d" % rng.randint(0, 9999)
        paras = ["Estimado/a cliente:", "Le informamos de un cargo de %s en %s." % (money(rng, 10, 300, "€"), rng.choice(["MERCADONA", "RENFE VIAJEROS", "EL CORTE INGLES"])),
                 "Si no reconoce esta operación, llame al 900 000 000.", "Atentamente,\nCaja Meridiana"]
    body = alt(simple_text(paras), simple_html(paras, None, None, frm[0], lang=lang))
    return mk("bank-alert-intl", lang, frm[0], frm[1], subj, body, rng.choice(["postfix", "sfmc", "ses"]), to=to, date=d)


SMALLBIZ = [("Maple Ridge Landscaping", "mapleridgelandscaping@gmail.com"), ("Jake's Bike Repair", "jakesbikerepair.pdx@gmail.com"),
            ("Kettle & Crumb Catering", "kettleandcrumb@gmail.com"), ("Northside Plumbing Ltd", "accounts@northsideplumbing.example"),
            ("Lotus Studio Photography", "lotusstudiophoto@outlook.com"), ("Brightpath Tutoring", "brightpathtutoring@gmail.com"),
            ("Okafor & Lee Bookkeeping", "hello@okaforlee.example"), ("Evergreen Window Cleaning", "evergreenwindows@yahoo.com"),
            ("Dr. Nadia Halim, DDS", "frontdesk@halimdental.example"), ("Sato Web Studio", "kenji.sato.web@gmail.com")]


def ham_invoice(rng, k):
    biz, bizmail = SMALLBIZ[k % len(SMALLBIZ)]
    to = rcpt(rng)
    d = pick_date(rng)
    plat = ["quickbooks", "stripe", "square", "paypal", "xero", "freshbooks"][k % 6]
    num = rng.randint(1001, 4999)
    amt = money(rng, 45, 2800)
    due = (d + dt.timedelta(days=rng.choice([7, 14, 30]))).strftime("%B %d, %Y")
    att = None
    pdf = make_pdf(rng, ["%s" % biz, "INVOICE %d" % num, "Bill to: %s" % to[0], "Amount due: %s" % amt, "Due: %s" % due, "Thank you for your business."])
    if plat == "quickbooks":
        frm = ("%s via QuickBooks" % biz, "quickbooks@notification.intuit.com")
        subj = "Invoice %d from %s" % (num, biz)
        paras = ["Dear %s," % to[0].split()[0], "Here's your invoice! We appreciate your prompt payment.", "Invoice %d\nBalance due: %s\nDue date: %s" % (num, amt, due),
                 "Thanks for your business!\n%s" % biz]
        cta = ("Review and pay", "https://connect.intuit.com/portal/app/CommerceNetwork/view/scs-v1-%s" % hx(rng, 40))
        tr, sd = "sparkpost", "notification.intuit.com"
        if rng.random() < 0.5:
            att = Bn("application/pdf", pdf, "Invoice_%d_from_%s.pdf" % (num, biz.replace(" ", "_").replace("'", "").replace("&", "and").replace(".", "").replace(",", "")))
    elif plat == "stripe":
        frm = (biz, "invoice+statements+acct_1%s@stripe.com" % b62(rng, 15))
        subj = rng.choice(["New invoice from %s #%s-%04d" % (biz, HX(rng, 8), rng.randint(1, 30)), "Your receipt from %s #%d-%d" % (biz, rng.randint(1000, 2999), rng.randint(1000, 9999))])
        paras = ["%s\n%s" % (biz, amt), "Invoice #%s-%04d\nDue %s" % (HX(rng, 8), rng.randint(1, 30), due), "Questions? Contact %s at %s." % (biz, bizmail)]
        cta = ("Pay this invoice", "https://invoice.stripe.com/i/acct_1%s/live_%s" % (b62(rng, 15), b62(rng, 60)))
        tr, sd = "ses", "stripe.com"
        if rng.random() < 0.6:
            att = Bn("application/pdf", pdf, "Invoice-%s-%04d.pdf" % (HX(rng, 8), rng.randint(1, 30)))
    elif plat == "square":
        frm = (biz, "messenger@messaging.squareup.com")
        subj = rng.choice(["Receipt from %s" % biz, "Invoice #%06d from %s" % (num, biz)])
        paras = ["%s" % biz, "%s\n%s" % (amt, d.strftime("%b %d %Y at %I:%M %p")), "Visa •••• %04d" % rng.randint(0, 9999), "Leave feedback or get help with your purchase."]
        cta = ("View receipt", "https://squareup.com/receipt/preview/%s" % b62(rng, 22))
        tr, sd = "sparkpost", "messaging.squareup.com"
    elif plat == "paypal":
        frm = ("service@paypal.com", "service@paypal.com")
        subj = rng.choice(["You've got an invoice from %s" % biz, "Reminder: Invoice from %s is due soon" % biz])
        paras = ["Hello, %s" % to[0], "%s sent you an invoice for %s USD." % (biz, amt.replace("$", "$")), "Due on receipt" if rng.random() < 0.5 else "Due date: %s" % due,
                 "Note from seller: %s" % rng.choice(["Thanks again! Cash or PayPal both fine.", "Spring cleanup + mulch, 3 visits.", "Deposit for the June event."])]
        cta = ("View and Pay Invoice", "https://www.paypal.com/invoice/p/#%s" % HX(rng, 16))
        tr, sd = "postfix", "paypal.com"
    elif plat == "xero":
        frm = (biz, "messaging-service@post.xero.com")
        subj = "Invoice INV-%04d from %s for %s" % (num % 10000, biz, to[0])
        paras = ["Hi %s," % to[0].split()[0], "Here's invoice INV-%04d for %s." % (num % 10000, amt), "The amount outstanding of %s is due on %s." % (amt, due),
                 "View and pay your bill online: https://in.xero.com/%s" % b62(rng, 40), "If you have any questions, please let us know.", "Thanks,\n%s" % biz]
        cta = None
        tr, sd = "ses", "post.xero.com"
        att = Bn("application/pdf", pdf, "Invoice INV-%04d.pdf" % (num % 10000))
    else:
        frm = (biz, "noreply@freshbooks.com")
        subj = "%s sent you an invoice (%04d)" % (biz, num % 10000)
        paras = ["%s sent you an invoice (%04d) for %s that's due on %s." % (biz, num % 10000, amt, due)]
        cta = ("View Invoice", "https://my.freshbooks.com/#/link/%s" % b62(rng, 32))
        tr, sd = "sendgrid", "freshbooks.com"
    small = ["Powered by %s" % {"quickbooks": "QuickBooks", "stripe": "Stripe", "square": "Square", "paypal": "PayPal", "xero": "Xero", "freshbooks": "FreshBooks"}[plat]]
    html = simple_html(paras, cta, None, None, small)
    body = alt(simple_text(paras, cta, None, small), html)
    if att:
        body = Mp("mixed", body, att)
    kw = dict(to=to, date=d, reply_to=fa(biz, bizmail), sign_domain=sd)
    if plat == "paypal":
        kw["server_host"] = "mx0.slc.paypal.com"
        kw["server_ip"] = ip_in(rng, "173.0.84")
    return mk("invoice-platform", "en", frm[0] if plat != "paypal" else "service@paypal.com", frm[1], subj, body, tr, **kw)


def ham_receipt(rng, k):
    to = rcpt(rng)
    d = pick_date(rng)
    v = k % 6
    if v == 0:
        amt = money(rng, 9, 68)
        subj = "Your %s trip with Uber" % rng.choice(["Monday morning", "Friday evening", "Saturday afternoon", "Wednesday night"])
        paras = ["Thanks for riding, %s" % to[0].split()[0], "Total %s" % amt, "Trip fare %s\nBooking fee %s\nTip $%d.00" % (money(rng, 8, 50), money(rng, 1, 4), rng.randint(1, 8)),
                 "Pickup: %s\nDropoff: %s" % (street(rng), street(rng)), "Payments: Visa ••%04d" % rng.randint(0, 9999)]
        frm, tr = ("Uber Receipts", "noreply@uber.com"), "sendgrid"
    elif v == 1:
        subj = "Your receipt from Apple."
        paras = ["Apple Account: %s" % to[1], "Order ID: M%s\nDocument No.: %d" % (HX(rng, 9), rng.randint(10**11, 10**12)),
                 "%s\n%s\nRenews %s" % (rng.choice(["iCloud+ 200 GB", "Apple One Individual", "Apple Music (Monthly)"]), money(rng, 2.99, 19.95), (d + dt.timedelta(days=30)).strftime("%b %d, %Y")),
                 "If you have any questions about your bill, visit Apple Support."]
        frm, tr = ("Apple", "no_reply@email.apple.com"), "postfix"
    elif v == 2:
        subj = "Your Amazon.com order #1%02d-%07d-%07d" % (rng.randint(10, 14), rng.randint(0, 10**7), rng.randint(0, 10**7))
        paras = ["Hello %s," % to[0].split()[0], "Thanks for your order. We'll let you know once your item(s) have dispatched.",
                 "Arriving %s" % (d + dt.timedelta(days=2)).strftime("%A, %B %d"), "%s\nQuantity: 1\n%s" % (rng.choice(["Anker USB-C Charger 65W", "Oral-B Replacement Brush Heads, 8 Count", "Lodge Cast Iron Skillet, 10.25 Inch", "HP 910 Ink Cartridges"]), money(rng, 9, 80)),
                 "Order Total: %s" % money(rng, 12, 95)]
        frm, tr = ("Amazon.com", "auto-confirm@amazon.com"), "ses"
    elif v == 3:
        subj = "Order confirmation from %s" % rng.choice(["Thai Basil Kitchen", "Luigi's Pizzeria", "Green Bowl"])
        paras = ["Your order is confirmed!", "Estimated delivery: %s" % (d + dt.timedelta(minutes=35)).strftime("%I:%M %p"), "Subtotal %s\nDelivery fee $2.99\nService fee %s\nDasher tip $4.00" % (money(rng, 18, 60), money(rng, 2, 6))]
        frm, tr = ("DoorDash", "no-reply@doordash.com"), "sendgrid"
    elif v == 4:
        subj = "Thank you for your Steam purchase!"
        paras = ["Hello %s," % an(rng, 8, "abcdefghijklmnop"), "Thank you for your recent transaction on Steam.", "%s  %s" % (rng.choice(["Hades II", "Stardew Valley", "Balatro", "Factorio: Space Age"]), money(rng, 9.99, 34.99)),
                 "Payment method: PayPal"]
        frm, tr = ("Steam Store", "noreply@steampowered.com"), "postfix"
    else:
        subj = "Your Target.com order #%d" % rng.randint(10**11, 10**12)
        paras = ["Thanks for your order, %s!" % to[0].split()[0], "Order pickup: ready by %s" % (d + dt.timedelta(hours=2)).strftime("%I:%M %p"), "Bring your order pickup code or use the Target app to check in."]
        frm, tr = ("Target", "orders@oe1.target.com"), "sfmc"
    html = simple_html(paras, None, None, frm[0], ["This email was sent to %s." % to[1]])
    body = alt(simple_text(paras, None, None, ["This email was sent to %s." % to[1]]), html) if rng.random() < 0.6 else Hm(html)
    return mk("receipt", "en", frm[0], frm[1], subj, body, tr, to=to, date=d,
              server_host={"Apple": "rn2-txn-msbadger07101.apple.com", "Steam Store": "smtp-07-tuk1.steampowered.com"}.get(frm[0]))


def ham_shipping(rng, k):
    d = pick_date(rng)
    v = k % 10
    lang = {5: "de", 6: "nl", 7: "fr", 8: "es", 9: "pt"}.get(v, "en")
    to = rcpt(rng, lang)
    trk = "1Z%s%s" % (HX(rng, 6), "%010d" % rng.randint(0, 10**10))
    if v == 0:
        frm, tr = ("UPS", "mcinfo@ups.com"), "sfmc"
        subj = rng.choice(["UPS Update: Package Scheduled for Delivery Today", "UPS Update: Your Package Has Been Delivered", "UPS Update: Delivery Date Changed"])
        paras = ["Hello, your package is on its way.", "Tracking Number: %s\nShip To: %s\nNumber of Packages: 1\nScheduled Delivery: %s, by End of Day" % (trk, rng.choice(CITIES).upper(), (d + dt.timedelta(days=1)).strftime("%A, %m/%d/%Y")),
                 "Shipped by: %s" % rng.choice(["NORTHTRAIL OUTFITTERS", "PIXELFORGE", "B&H PHOTO"]), "Do not reply to this email. UPS will not receive your reply."]
    elif v == 1:
        frm, tr = ("FedEx", "TrackingUpdates@fedex.com"), "sfmc"
        subj = "Your package is scheduled for delivery %s" % (d + dt.timedelta(days=2)).strftime("%A, %m/%d/%Y")
        trk = "%012d" % rng.randint(0, 10**12)
        paras = ["Hi. Your package is scheduled for delivery.", "Tracking ID %s\nShip date %s\nService FedEx Ground" % (trk, d.strftime("%a %m/%d/%Y")), "Want updates? Manage your delivery preferences with FedEx Delivery Manager."]
    elif v == 2:
        frm, tr = ("USPS Informed Delivery", "USPSInformeddelivery@email.informeddelivery.usps.com"), "sfmc"
        subj = "Your Daily Digest for %s is ready to view" % d.strftime("%a, %m/%d")
        paras = ["You have %d mailpieces and %d packages arriving soon." % (rng.randint(1, 6), rng.randint(0, 3)), "Scanned images of your letter-sized mail are shown below. Images may not appear if your email provider blocks them.",
                 "Learn more about Informed Delivery at informeddelivery.usps.com."]
    elif v == 3:
        frm, tr = ("Amazon.com", "shipment-tracking@amazon.com"), "ses"
        subj = "Shipped: \"%s...\"" % rng.choice(["Anker USB-C Charger", "Kindle Paperwhite", "Brita Filter Replacements", "LEGO Botanical"])
        paras = ["Your package is on the way.", "Arriving %s" % (d + dt.timedelta(days=1)).strftime("%A"), "Track your package in Your Orders."]
    elif v == 4:
        store = rng.choice(RETAIL)
        frm, tr = (store["name"], "store+%d@t.shopifyemail.com" % rng.randint(10**7, 10**8)), "mailgun"
        subj = "A shipment from order #%d is on the way" % rng.randint(1000, 99999)
        paras = ["Your order is on the way. Track your shipment to see the delivery status.", "%s tracking number: %s" % (rng.choice(["USPS", "UPS"]), trk), "Items in this shipment: %s × 1" % store["items"][0][0],
                 "If you have any questions, reply to this email or contact us at %s@%s" % (store["local"], store["domain"])]
        return mk("shipping", "en", frm[0], frm[1], subj, alt(simple_text(paras), simple_html(paras, ("View your order", "https://%s/account/orders/%s" % (store["domain"], hx(rng, 32))), None, store["name"])),
                  tr, to=to, date=d, sign_domain="shopifyemail.com", reply_to="%s@%s" % (store["local"], store["domain"]))
    elif v == 5:
        frm, tr = ("DHL Paket", "noreply@dhl.de"), "sfmc"
        trk = "00340434%012d" % rng.randint(0, 10**12)
        subj = rng.choice(["Ihr DHL Paket kommt heute", "Ihre Sendung wurde zugestellt", "Ihr Paket ist unterwegs"])
        paras = ["Hallo %s," % to[0], "Ihre Sendung %s von %s ist unterwegs und wird voraussichtlich heute zwischen 11:30 und 14:30 Uhr zugestellt." % (trk, rng.choice(["Zalando", "Thalia", "Waldkind Naturmode"])),
                 "Sie sind nicht zu Hause? Nutzen Sie die DHL App, um einen Ablageort festzulegen.", "Freundliche Grüße\nIhr DHL Team"]
    elif v == 6:
        frm, tr = ("PostNL", "noreply@notificatie.postnl.nl"), "sfmc"
        trk = "3S%s%09d" % (HX(rng, 4), rng.randint(0, 10**9))
        subj = "Je pakket van %s wordt vandaag bezorgd" % rng.choice(["bol", "Coolblue", "De Spaak Fietsen"])
        paras = ["Hallo %s," % to[0].split()[0], "Goed nieuws! Je pakket wordt vandaag tussen 14:15 en 16:45 bezorgd.", "Track & Trace: %s" % trk, "Groet,\nPostNL"]
    elif v == 7:
        frm, tr = ("Colissimo", "noreply@notif-colissimo-laposte.info"), "sfmc"
        trk = "6A%011d" % rng.randint(0, 10**11)
        subj = "Votre colis %s est en cours de livraison" % trk
        paras = ["Bonjour,", "Votre colis %s expédié par %s sera livré aujourd'hui." % (trk, rng.choice(["Maison Caléa", "Fnac", "Decathlon"])), "En cas d'absence, il sera déposé dans votre bureau de poste.", "À bientôt,\nColissimo"]
    elif v == 8:
        frm, tr = ("Correos", "notificaciones@correos.es"), "sfmc"
        trk = "PQ%s%s" % (HX(rng, 8), "1ES")
        subj = "Tu envío %s está en reparto" % trk
        paras = ["Hola:", "Tu envío %s de Pimentón Market está en reparto y te llegará hoy." % trk, "Consulta el estado en correos.es.", "Un saludo,\nCorreos"]
    else:
        frm, tr = ("CTT", "noreply@ctt.pt"), "sfmc"
        trk = "RR%09dPT" % rng.randint(0, 10**9)
        subj = "O seu objeto %s está em distribuição" % trk
        paras = ["Olá,", "O seu objeto %s encontra-se em distribuição e será entregue hoje." % trk, "Obrigado,\nCTT Correios de Portugal"]
    html = simple_html(paras, None, None, frm[0], lang=lang)
    body = alt(simple_text(paras), html) if rng.random() < 0.6 else Hm(html)
    return mk("shipping" if lang == "en" else "shipping-intl", lang, frm[0], frm[1], subj, body, tr, to=to, date=d)


# Data-driven notices: (kind, lang, from_name, from_addr, transport, subject, paragraphs, cta, extras)
# placeholders: {first} {name} {n} {code} {date} {date2} {amt} {url_id}
NOTICES = [
    ("travel", "en", "Delta Air Lines", "DeltaAirLines@t.delta.com", "sfmc", "Your Flight Receipt - {first} {lastname} {date}",
     ["Thank you for choosing Delta.", "Confirmation #: {pnr}\n{date} DL 1{n3} Portland (PDX) 7:05AM → Atlanta (ATL) 2:48PM\nSeat 23C  Main Cabin", "Ticket total: {amt}",
      "Check in online 24 hours before departure in the Fly Delta app."], ("Manage my trip", "https://www.delta.com/mytrips/"), "ics"),
    ("travel", "en", "Alaska Airlines", "alaskaair@news.alaskaair.com", "sfmc", "It's time to check in for your flight to Seattle",
     ["Hi {first}, your flight leaves tomorrow.", "Confirmation code: {pnr}\nAS {n3}  Departs {date} 6:40 PM", "Check in now to get your boarding pass and add bags."], ("Check in", "https://www.alaskaair.com/checkin"), None),
    ("travel", "en", "Airbnb", "automated@airbnb.com", "sendgrid", "Reservation confirmed - {city} trip",
     ["Pack your bags! Your reservation with {host} is confirmed.", "Check-in: {date}, after 3:00 PM\nCheckout: {date2}, 11:00 AM", "Confirmation code: HM{code}", "Message your host to coordinate arrival."], ("View itinerary", "https://www.airbnb.com/trips/v1/"), None),
    ("travel", "en", "Booking.com", "noreply@booking.com", "postfix", "Your booking is confirmed at Hotel Lindquist",
     ["Thanks, {first}! Your booking in {city} is confirmed.", "Booking number: {n10}\nPIN code: {n4}", "Check-in: {date} (from 15:00)\nCheck-out: {date2} (until 11:00)", "Total price: {amt_eur}\nYou'll pay at the property."], ("Manage booking", "https://secure.booking.com/myreservations.html"), None),
    ("travel-intl", "de", "Deutsche Bahn", "buchungsbestaetigung@bahn.de", "postfix", "Buchungsbestätigung (Auftrag {pnr})",
     ["Hallo {name},", "vielen Dank für Ihre Buchung. Ihre Fahrkarte finden Sie im Anhang als PDF und in der App DB Navigator.", "Hinfahrt am {date}: Hamburg Hbf 08:03 → München Hbf 13:58, ICE 587, Wagen 9, Platz 45",
      "Preis: {amt_eur}", "Bitte beachten Sie: Ihr Ticket ist nur gültig mit einem amtlichen Lichtbildausweis.", "Mit freundlichen Grüßen\nIhr DB Reiseservice"], None, "pdf"),
    ("travel-intl", "fr", "SNCF Connect", "noreply@sncf-connect.com", "sfmc", "Confirmation de votre voyage Paris → Lyon",
     ["Bonjour {first},", "Votre réservation est confirmée. Référence dossier : {pnr}", "Aller le {date} : Paris Gare de Lyon 09:00 → Lyon Part-Dieu 10:56, TGV INOUI 6611, voiture 14, place 72",
      "Montant payé : {amt_eur}", "Retrouvez votre e-billet dans l'application SNCF Connect.", "Bon voyage !"], ("Voir mon voyage", "https://www.sncf-connect.com/app/trips"), None),
    ("saas", "en", "GitHub", "noreply@github.com", "postfix", "[GitHub] A third-party OAuth application has been added to your account",
     ["Hey {handle}!", "A third-party OAuth application (Zed Editor) with read:user and repo scopes was recently authorized to access your account.",
      "Visit https://github.com/settings/connections/applications/{hex20} for more information.", "To see this and other security events for your account, visit https://github.com/settings/security-log",
      "If you run into problems, please contact support by visiting https://github.com/contact", "Thanks,\nThe GitHub Team"], None, None),
    ("saas", "en", "GitHub", "noreply@github.com", "postfix", "[GitHub] Your GitHub launch code",
     ["Here is your GitHub launch code: {n8}", "This code is valid for 15 minutes.", "If you didn't try to sign in, change your password right away.", "Thanks,\nThe GitHub Team"], None, None),
    ("saas", "en", "Slack", "feedback@slack.com", "ses", "Slack confirmation code: {code3}-{code3b}",
     ["Confirm your email address", "Your confirmation code is below — enter it in your open browser window and we'll help you get signed in.", "{code3}-{code3b}",
      "If you didn't request this email, there's nothing to worry about — you can safely ignore it."], None, None),
    ("saas", "en", "Notion Team", "team@mail.notion.so", "sendgrid", "Your Notion Plus plan renews in 7 days",
     ["Hi {first},", "Just a heads-up: your Plus plan for workspace \"{team} HQ\" will renew on {date2} for {amt}.", "No action is needed. To change your plan, go to Settings › Billing."], ("Manage billing", "https://www.notion.so/settings/billing"), None),
    ("saas", "en", "Atlassian", "noreply@am.atlassian.com", "sparkpost", "Your invoice AT-{n9} is available",
     ["Hi {first},", "Your invoice for Jira Standard (10 users) is now available.", "Amount: {amt}\nBilling period: {date} – {date2}", "You can view and download it from admin.atlassian.com."], ("View invoice", "https://admin.atlassian.com/billing/"), "pdf"),
    ("saas", "en", "Zoom", "no-reply@zoom.us", "sendgrid", "Your Zoom Workplace Pro subscription has been renewed",
     ["Hello {first},", "Thank you for your payment. Your subscription has been renewed.", "Plan: Zoom Workplace Pro (Monthly)\nAmount charged: $15.99\nNext billing date: {date2}"], None, None),
    ("saas", "en", "Dropbox", "no-reply@dropbox.com", "ses", "Your Dropbox is almost full",
     ["Hi {first},", "Your Dropbox is 94% full. When it's full, your files will stop syncing to your devices.", "Upgrade to Dropbox Plus for 2 TB of space, or free up space by deleting files you no longer need."], ("Upgrade now", "https://www.dropbox.com/plans"), None),
    ("saas", "en", "Google", "no-reply@accounts.google.com", "gmail-system", "Security alert",
     ["A new sign-in on Mac", "{email}", "We noticed a new sign-in to your Google Account on a Mac device. If this was you, you don't need to do anything. If not, we'll help you secure your account.",
      "You can also see security activity at https://myaccount.google.com/notifications", "You received this email to let you know about important changes to your Google Account and services.\n© 2025 Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA"], ("Check activity", "https://accounts.google.com/AccountChooser?Email={email}&continue=https://myaccount.google.com/alert/nt/{n10}"), None),
    ("saas", "en", "Microsoft account team", "account-security-noreply@accountprotection.microsoft.com", "m365-system", "Microsoft account security code",
     ["Microsoft account", "Security code", "Please use the following security code for the Microsoft account {emailmask}.", "Security code: {n7}", "If you don't recognize the Microsoft account {emailmask}, you can click here to remove your email address from that account.",
      "Thanks,\nThe Microsoft account team"], None, None),
    ("saas", "en", "Figma", "noreply@figma.com", "sendgrid", "{colleague} invited you to edit \"Q3 Landing Page\"",
     ["{colleague} ({colleague_mail}) has invited you to edit a file.", "Q3 Landing Page", "Figma is where teams design together."], ("Open in Figma", "https://www.figma.com/design/{hex20}/Q3-Landing-Page"), None),
    ("saas", "en", "1Password", "hello@1password.com", "postfix", "Your 1Password account: new device sign-in",
     ["Hi {first},", "Your 1Password account was just used to sign in on a new device: 1Password for Mac 8.11.", "If this was you, there's nothing more to do. If not, change your account password immediately."], None, None),
    ("saas", "en", "Vercel", "notifications@vercel.com", "ses", "Failed production deployment on team '{team}'",
     ["There was an error deploying {team}-web to the production environment on {team}.", "Build failed: npm ERR! code ERESOLVE", "View the build logs to find out why."], ("View Deployment", "https://vercel.com/{team}/{team}-web"), None),
    ("saas", "en", "Squarespace", "no-reply@squarespace.info", "mailgun", "Your domain {team}.com will renew soon",
     ["Hi {first},", "Your domain registration for {team}.com will automatically renew on {date2} for $20.00.", "Make sure your billing information is up to date to avoid any interruption."], ("Manage domain", "https://account.squarespace.com/domains"), None),
    ("healthcare", "en", "MyChart - Cascade Health", "mychart@cascadehealth.example", "postfix", "You have a new message in MyChart",
     ["Dear {name},", "You have a new message from Dr. Patel's office in MyChart.", "To view it, log in at https://mychart.cascadehealth.example or open the MyChart app.", "This email does not contain any protected health information.", "Please do not reply to this email."], None, None),
    ("healthcare", "en", "Cascade Health Appointments", "appointments@cascadehealth.example", "postfix", "Appointment reminder: {date} at 9:40 AM",
     ["Hi {first},", "This is a reminder of your upcoming appointment:", "Provider: Maria Lopez, PA-C\nDate: {date}, 9:40 AM\nLocation: Cascade Health Northwest Clinic, 2nd floor", "Reply C to confirm or call (503) 555-0144 to reschedule. Please arrive 15 minutes early."], ("Confirm appointment", "https://mychart.cascadehealth.example/appt/{hex20}"), "ics"),
    ("healthcare", "en", "CVS Pharmacy", "CVSPharmacy@pharmacy.cvs.com", "sfmc", "Your prescription is ready for pickup",
     ["Hi {first}, your prescription is ready for pickup at CVS Pharmacy, {street}.", "Rx #{n7}  Ready to pick up by {date2}", "Pick up in store or at the drive-thru. Bring your ID."], None, None),
    ("healthcare", "en", "Delta Dental", "noreply@deltadentalins.com", "ses", "Your Explanation of Benefits is ready",
     ["Hello {first},", "A new Explanation of Benefits (EOB) is available for a recent claim.", "This is not a bill. Log in to your online account to view it."], ("View EOB", "https://www.deltadentalins.com/"), None),
    ("utilities", "en", "Portland General Electric", "pge@email.portlandgeneral.com", "sfmc", "Your PGE bill is ready",
     ["Hello {first},", "Your bill for account ending {n4} is now available.", "Amount due: {amt}\nDue date: {date2}", "Paying with Auto Pay? No need to do anything — we'll take care of it."], ("View bill", "https://portlandgeneral.com/secure/view-pay-bill"), None),
    ("utilities", "en", "City of Fernhill Utilities", "utilitybilling@fernhill-city.example", "exim-nodkim", "Water & Sewer Bill - Account {n6}",
     ["Dear Customer,", "Your water and sewer bill for the period ending {date} is attached.", "Amount due: {amt}\nDue date: {date2}",
      "Pay online at https://pay.fernhill-city.example or by phone at (555) 010-2200.", "City of Fernhill Utility Billing\n100 Main St, Fernhill"], None, "pdf"),
    ("utilities", "en", "Xfinity", "online.communications@alerts.comcast.net", "sfmc", "Your bill is ready",
     ["Hi {first}, your Xfinity bill is ready.", "Your balance of {amt} is due on {date2}.", "Auto Pay is on — your payment will be made automatically."], ("View bill", "https://www.xfinity.com/mybill"), None),
    ("utilities", "en", "Verizon", "VZWMail@ecrmemail.verizonwireless.com", "sfmc", "Your Verizon bill is ready",
     ["Your bill is ready to view.", "Account ending in {n4}\nAmount due: {amt}\nDue: {date2}", "Thanks for being a Verizon customer."], ("View my bill", "https://www.verizon.com/digital/nsa/secure/ui/bill/"), None),
    ("insurance", "en", "State Farm", "statefarm@email.statefarm.com", "sfmc", "Your auto policy renewal documents",
     ["Hi {first},", "Your auto policy {n3}-{n4}-{code} renews on {date2}.", "Your renewal documents are available in the State Farm app and at statefarm.com.", "Questions? Contact your agent, Lisa Moreno, at (555) 010-4477."], ("View documents", "https://www.statefarm.com/customer-care"), None),
    ("insurance", "en", "Lemonade", "hello@lemonade.com", "customerio", "Your renters policy is active 🎉",
     ["Hi {first}!", "You're covered! Your renters policy #LP{n7} is now active.", "Monthly premium: $11.{n2}\nCoverage starts: {date}", "Need to file a claim? Just open the app and chat with Maya."], None, "pdf"),
    ("insurance", "en", "Allianz Travel Insurance", "noreply@allianztravelinsurance.com", "sfmc", "Your travel insurance plan confirmation",
     ["Thank you for purchasing OneTrip Prime.", "Policy number: {n9}\nTrip dates: {date} – {date2}\nPremium: {amt}", "Please keep this email for your records."], None, "pdf"),
    ("school", "en", "Fernhill Elementary", "noreply@fernhillsd.example", "mailgun", "Early dismissal Friday — parent-teacher conferences",
     ["Dear Fernhill Elementary families,", "This Friday, students will be dismissed at 12:30 PM for parent-teacher conferences.", "If you have not signed up for a conference slot, please use the link below. After-school care will run as usual.",
      "Thank you,\nPrincipal Angela Reyes"], ("Sign up for a conference", "https://fernhillsd.example/conferences"), None),
    ("school", "en", "ParentSquare", "donotreply@parentsquare.com", "ses", "Fernhill Elementary: Picture Day is Tuesday!",
     ["Picture Day is Tuesday! Order forms went home in backpacks.", "You can also order online with Picture Day ID: EVT{code}.", "— Ms. Kim, Office Manager"], None, None),
    ("city", "en", "City of Fernhill", "alerts@fernhill-city.example", "constantcontact", "Street sweeping resumes April 1 — move your car!",
     ["Residents,", "Street sweeping resumes on April 1. Please check the posted signs on your block and move vehicles by 7 AM on your scheduled day.", "Vehicles left on the street may be ticketed ($45).",
      "Sign up for text reminders at fernhill-city.example/sweep."], None, None),
    ("city", "en", "Multnomah County Library", "noreply@multcolib.example", "postfix-nodkim", "Items due soon",
     ["Dear {name},", "The following item(s) are due in 3 days:", "The Ministry of Time — Kaliane Bradley\nDue: {date2}", "Renew online at https://catalog.multcolib.example/account"], None, None),
    ("event", "en", "Ticketmaster", "customer_support@email.ticketmaster.com", "sfmc", "You Got Tickets To {band}",
     ["Hi {first},", "Get ready! Your order #{n8} is confirmed.", "{band} – World Tour 2026\n{date} 7:30 PM\nMODA CENTER, Portland, OR\nSec 112, Row K, Seats 7-8",
      "Your mobile tickets will be available in the Ticketmaster app. Screenshots won't get you in."], ("View tickets", "https://www.ticketmaster.com/user/orders"), None),
    ("event", "en", "Eventbrite", "noreply@order.eventbrite.com", "sendgrid", "Your tickets for Portland Tech Meetup: AI in Production",
     ["Order #{n10}", "Portland Tech Meetup: AI in Production\n{date}, 6:00 PM – 8:30 PM PDT\nThe Lumen Hall, {street}", "1 x General Admission — Free", "Add to calendar by opening the attached invite."], ("View event", "https://www.eventbrite.com/e/{n10}"), "ics"),
    ("event", "en", "Fernhill Community Theatre", "boxoffice@fernhilltheatre.example", "mailchimp", "Your tickets: Into the Woods, {date}",
     ["Thanks for your order!", "Into the Woods\n{date} at 7:30 PM\nRow F, seats 11–12", "Doors open 45 minutes before curtain. Please bring this email or your QR code."], None, "ics"),
    ("loyalty", "en", "Starbucks Rewards", "Starbucks@e.starbucks.com", "sfmc", "You've got Stars waiting ⭐",
     ["Hi {first},", "You have {n3} Stars. That's enough for a handcrafted drink!", "Plus: earn 2x Stars on all orders this Thursday."], ("Redeem now", "https://app.starbucks.com/rewards"), None),
    ("loyalty", "en", "Marriott Bonvoy", "MarriottBonvoy@email-marriott.com", "sfmc", "Your Marriott Bonvoy statement: {n5} points",
     ["{first}, here's your monthly account summary.", "Points balance: {n5}\nElite nights this year: {n2}", "Earn up to 3,000 bonus points per stay this season. Register now."], ("Register", "https://www.marriott.com/loyalty/promotion.mi"), None),
    ("loyalty", "en", "REI Co-op", "rei@notices.rei.com", "sfmc", "Your 2025 Member Reward is here!",
     ["Hi {first},", "Your annual Co-op Member Reward of {amt} is ready to use in stores and at REI.com.", "Valid through December 31. Reward is not a cash balance."], ("Shop now", "https://www.rei.com/membership/account"), None),
    ("loyalty", "en", "Alaska Airlines Mileage Plan", "mileageplan@ifly.alaskaair.com", "sfmc", "Your Atmos Rewards points expire soon? Not anymore.",
     ["{first}, good news: your points never expire.", "Current balance: {n5} points", "Book an award flight from just 4,500 points one way."], ("Book now", "https://www.alaskaair.com/"), None),
    ("referral", "en", "Wise", "noreply@wise.com", "ses", "Invite friends, earn up to $75 each 💸",
     ["Hi {first},", "Love Wise? Share it with your friends.", "When 3 friends sign up with your link and send money, you earn $75 each — and they get their first transfer fee-free up to $600.", "Your link: https://wise.com/invite/u/{handle}{n2}"], ("Invite friends", "https://wise.com/invite"), None),
    ("referral", "en", "Rocket Money", "hello@mail.rocketmoney.com", "braze", "Earn $100 for each friend you refer",
     ["Give $50, get $100.", "For a limited time, when a friend signs up for Rocket Money Premium with your link, you'll earn $100 — and they'll get $50.", "There's no limit to how many friends you can refer!", "Terms apply."], ("Share your link", "https://www.rocketmoney.com/refer"), None),
    ("referral", "en", "Chime", "noreply@chime.com", "braze", "Your friend just joined — $100 is on the way",
     ["Nice work, {first}!", "Your friend signed up and received a qualifying direct deposit. Your $100 referral bonus will be deposited within 3 business days.", "Chime is a financial technology company, not a bank. Banking services provided by The Bancorp Bank, N.A."], None, None),
    ("survey", "en", "Delta Air Lines", "DeltaAirLines@t.delta.com", "sfmc", "Tell us about your recent flight",
     ["{first}, how was your flight to Atlanta?", "Your feedback helps us improve. This survey takes about 5 minutes.", "Thank you for flying Delta."], ("Take the survey", "https://delta.qualtrics.example/jfe/form/SV_{hex20}"), None),
    ("survey", "en", "Northtrail Outfitters", "hello@northtrailoutfitters.com", "klaviyo", "How did we do? Review your purchase for 500 points",
     ["Hi {first},", "Your Ridgeline 2.5L Rain Shell arrived a few days ago. How are you liking it?", "Leave a review and we'll add 500 reward points (= $5) to your account."], ("Write a review", "https://www.northtrailoutfitters.com/reviews/new?o={n8}"), None),
    ("survey", "en", "Cascade Health", "surveys@cascadehealth.example", "sendgrid", "How was your visit with Maria Lopez, PA-C?",
     ["Thank you for choosing Cascade Health.", "We'd like to hear about your recent visit. Your answers are confidential.", "This survey is administered on our behalf by Press Ganey."], ("Start survey", "https://survey.cascadehealth.example/s/{hex20}"), None),
    ("survey", "en", "Pixelforge", "support@pixelforge-electronics.com", "postmark", "Quick question about your support ticket #{n6}",
     ["Hi {first},", "Your support ticket #{n6} was marked as solved. How would you rate the support you received?", "Good, I'm satisfied\nBad, I'm unsatisfied", "— Pixelforge Support"], None, None),
    ("newsletter", "en", "Morning Brew", "crew@morningbrew.com", "sendgrid", "☕ Markets wobble as chipmakers slide",
     ["Good morning. Stocks dipped yesterday as chipmakers gave back some of their recent gains, and the 10-year Treasury yield hovered near 4.2%.",
      "MARKETS\nNasdaq 19,112 ↓0.9%\nS&P 5,981 ↓0.4%\nDow 43,870 ↓0.1%\nBitcoin $96,402 ↑1.2%",
      "TECH: A wave of AI chip export rules is reshuffling who sells what, and where.", "RETAIL: Holiday returns are already piling up, and retailers are charging for them.",
      "Share the Brew: refer 3 friends and get a Brew mug. Your link: https://www.morningbrew.com/daily/r/?kid={hex8}"], None, None),
    ("newsletter", "en", "The Pragmatic Engineer", "pragmaticengineer@substack.com", "mailgun", "The Pulse #1{n2}: Layoffs, AI coding tools, and on-call",
     ["Hi, this is Gergely with a bonus, free issue of the Pragmatic Engineer Newsletter.", "Today, we cover: 1. Layoffs at two well-known scaleups. 2. How engineers actually use AI coding tools in 2025. 3. On-call compensation, revisited.",
      "Read the full issue in your browser or in the Substack app.", "You're on the free list for The Pragmatic Engineer. For the full experience, become a paying subscriber."], ("Read in app", "https://newsletter.pragmaticengineer.com/p/the-pulse-1{n2}"), None),
    ("newsletter", "en", "Fernhill Gazette", "newsletter@fernhillgazette.example", "mailchimp", "This week in Fernhill: council vote, farmers market returns",
     ["Here's what happened in Fernhill this week.", "COUNCIL: The city council voted 5–2 to fund protected bike lanes on Union Ave.", "FOOD: The Saturday farmers market returns May 3 with 40 vendors.",
      "SCHOOLS: Fernhill Elementary's robotics team heads to state.", "Support local journalism — become a member for $8/month."], ("Read more", "https://fernhillgazette.example/this-week"), None),
    ("newsletter-intl", "fr", "Le Petit Récap", "bonjour@lepetitrecap.example", "brevo", "☀️ Le récap du matin : grève, budget et météo",
     ["Bonjour !", "Au menu ce matin : la grève des contrôleurs aériens perturbe les vols, le budget 2026 arrive à l'Assemblée, et la météo s'annonce radieuse ce week-end.",
      "À lire aussi : pourquoi le prix du café continue d'augmenter.", "Bonne journée, et à demain !"], ("Lire en ligne", "https://lepetitrecap.example/archives"), None),
    ("newsletter-intl", "de", "Tech-Briefing", "briefing@techbriefing.example", "brevo", "KI-Verordnung, Chip-Knappheit und ein neues Smartphone",
     ["Guten Morgen,", "heute im Briefing: Die EU-KI-Verordnung tritt in die nächste Phase, Chiphersteller melden Engpässe und ein neues Smartphone sorgt für Gesprächsstoff.",
      "Außerdem: Wie sicher sind Passkeys wirklich?", "Viele Grüße\nIhre Redaktion"], ("Im Browser lesen", "https://techbriefing.example/archiv"), None),
    ("newsletter-intl", "es", "Cultura Semanal", "hola@culturasemanal.example", "mailchimp", "Lo mejor de la semana: libros, cine y una exposición imperdible",
     ["¡Hola!", "Esta semana te recomendamos la nueva novela de una autora mexicana, tres estrenos de cine y una exposición de fotografía en el Reina Sofía.", "¡Que disfrutes el fin de semana!"], None, None),
    ("newsletter-intl", "it", "Il Mattino Digitale", "newsletter@ilmattinodigitale.example", "brevo", "Buongiorno: le notizie da non perdere oggi",
     ["Buongiorno,", "Ecco le notizie principali di oggi: la manovra di bilancio, lo sciopero dei trasporti e i risultati della Serie A.", "Buona lettura!"], ("Leggi online", "https://ilmattinodigitale.example/newsletter"), None),
    ("newsletter-intl", "pt", "Jornal do Bairro", "newsletter@jornaldobairro.example", "mailchimp", "As notícias da semana no seu bairro",
     ["Olá!", "Esta semana: obras na Rua da Prata, novo mercado de produtores ao sábado e a festa de Santo António a aproximar-se.", "Até à próxima semana!"], None, None),
    ("saas-intl", "nl", "Moneybird", "noreply@moneybird.nl", "postmark", "Je factuur van {team} B.V.",
     ["Beste {first},", "In de bijlage vind je factuur 2025-0{n3} van {team} B.V. voor een bedrag van {amt_eur}.", "We verzoeken je het bedrag binnen 14 dagen over te maken.", "Met vriendelijke groet,\n{team} B.V."], None, "pdf"),
    ("event-intl", "de", "Volkshochschule Lindenau", "anmeldung@vhs-lindenau.example", "postfix-nodkim", "Anmeldebestätigung: Spanisch A2 (Kurs 26{n3})",
     ["Sehr geehrte/r {name},", "vielen Dank für Ihre Anmeldung zum Kurs Spanisch A2 (Kurs 26{n3}).", "Beginn: {date}, 18:30 Uhr\nOrt: Raum 204, Hauptgebäude\nGebühr: 128,00 €",
      "Die Gebühr wird per Lastschrift eingezogen.", "Mit freundlichen Grüßen\nIhre VHS Lindenau"], None, None),
]

BANDS = ["Phoebe Bridgers", "Khruangbin", "Vampire Weekend", "Japanese Breakfast", "Fleet Foxes", "Hozier"]
TEAMS = ["larchwood", "tidepool", "quillstack", "bluefin", "ember", "hollowpine"]


def fill(s, rng, to, d, d2):
    first = to[0].split()[0]
    m = dict(first=first, lastname=to[0].split()[-1].upper(), name=to[0], email=to[1], emailmask=to[1][:2] + "*****@" + to[1].split("@")[1],
             n2="%02d" % rng.randint(1, 99), n3="%03d" % rng.randint(100, 999), n4="%04d" % rng.randint(0, 9999), n5="{:,}".format(rng.randint(5000, 180000)),
             n6="%06d" % rng.randint(0, 999999), n7="%07d" % rng.randint(0, 9999999), n8="%08d" % rng.randint(0, 99999999), n9="%09d" % rng.randint(0, 999999999), n10="%010d" % rng.randint(0, 9999999999),
             code=HX(rng, 8), code3="%s" % an(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), code3b=an(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), pnr=an(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
             date=d.strftime("%a, %b %d, %Y"), date2=d2.strftime("%a, %b %d, %Y"), amt=money(rng, 19, 640), amt_eur=money(rng, 29, 480, "€"),
             city=rng.choice(["Lisbon", "Vancouver", "Asheville", "Kyoto", "Copenhagen", "Santa Fe"]), host=rng.choice(["Marta", "Kenji", "Olivia", "Tomasz"]),
             handle=first.lower() + rng.choice(["dev", "codes", "", "_w", "-o"]), hex20=hx(rng, 20), hex8=hx(rng, 8), street=street(rng),
             colleague=rng.choice(["Jonas Keller", "Helen Park", "Aiko Mori", "Diego Salas"]), colleague_mail="%s@brightline-consulting.example" % rng.choice(["jonas", "helen.park", "aiko", "diego"]),
             team=rng.choice(TEAMS), band=rng.choice(BANDS))
    return s.format(**m)


def ham_notice(rng, k):
    kind, lang, fname, faddr, tr, subj, paras, cta, att = NOTICES[k % len(NOTICES)]
    to = rcpt(rng, lang)
    d = pick_date(rng)
    d2 = d + dt.timedelta(days=rng.randint(2, 25))
    rs = rng.getstate()
    subj = fill(subj, rng, to, d, d2)
    paras = [fill(p, rng, to, d, d2) for p in paras]
    if cta:
        cta = (cta[0], fill(cta[1], rng, to, d, d2))
    small = None
    if tr not in ("postfix-nodkim", "exim-nodkim", "m365-system", "gmail-system"):
        small = [rng.choice(["You are receiving this email because you have an account with %s." % fname,
                             "This is an automated message. Please do not reply.",
                             "Manage your email preferences | Privacy Policy | Terms",
                             "%s, %s" % (street(rng), rng.choice(CITIES))])]
    style = rng.random()
    if tr in ("postfix-nodkim", "exim-nodkim") or style < 0.15:
        body = T(simple_text(paras, cta, None, small), cte=rng.choice(["7bit", "quoted-printable", "8bit"]))
    elif style < 0.35:
        body = Hm(simple_html(paras, cta, None, fname, small, lang))
    elif style < 0.6 and kind in ("newsletter", "newsletter-intl", "loyalty", "referral", "event"):
        b = dict(name=fname, domain=dom_of(faddr).split(".", 1)[-1] if dom_of(faddr).count(".") > 1 else dom_of(faddr), color=rng.choice(["#1b4d89", "#a4262c", "#2d6a4f", "#5f4b8b"]))
        foot = (small or []) + ["{UNSUB}Unsubscribe{/UNSUB}"]
        body = alt(newsletter_text(b, subj, paras, cta, None, foot), newsletter_html(b, subj, paras[1:] if len(paras) > 2 else paras, cta, None, foot, rng.random() < 0.5, lang, pre=paras[0]))
    else:
        body = alt(simple_text(paras, cta, None, small), simple_html(paras, cta, None, fname, small, lang))
    if att == "pdf":
        body = Mp("mixed", body, Bn("application/pdf", make_pdf(rng, [fname, subj[:60], to[0], d.strftime("%Y-%m-%d")]),
                                    rng.choice(["document.pdf", "Invoice_%s.pdf" % d.strftime("%Y%m%d"), "Ticket_%s.pdf" % hx(rng, 6), "Statement-%s.pdf" % d.strftime("%Y-%m"), "Policy_Documents.pdf"])))
    elif att == "ics":
        ics = make_ics(rng, dom_of(faddr), subj[:70], d2.replace(minute=0, second=0), 90, rng.choice(CITIES), (fname, faddr), (to[0], to[1]), "PUBLISH")
        body = Mp("mixed", body, Bn('text/calendar; charset="UTF-8"; method=PUBLISH', ics.encode(), "invite.ics"))
    bulk = kind in ("newsletter", "newsletter-intl", "loyalty", "referral", "survey", "city") or (kind == "school" and rng.random() < 0.5)
    t = tr
    kw = dict(to=to, date=d, bulk=bulk)
    if tr == "gmail-system":
        t = "postfix"
        kw.update(server_host="mail-sor-f69.google.com", server_ip=ip_in(rng, "209.85.220"), sign_domain="accounts.google.com",
                  msgid="<%s-%s@google.com>" % (b64u(rng, 16), "%d" % ts(d)))
    elif tr == "m365-system":
        t = "postfix"
        kw.update(server_host="%s.outbound.protection.outlook.com" % rng.choice(["BL0PR05CU006", "MW6PR02CU001"]), server_ip=ip_in(rng, "40.107.%d" % rng.randint(1, 250)),
                  sign_domain="accountprotection.microsoft.com")
    elif tr in ("postfix", "postfix-nodkim") and kind in ("saas", "receipt", "travel", "travel-intl"):
        kw["server_host"] = {"github.com": "out-%d.smtp.github.com" % rng.randint(10, 30), "booking.com": "mailout-%d.booking.com" % rng.randint(100, 300),
                             "1password.com": "mail-%s.1password.com" % hx(rng, 4), "bahn.de": "mx%02d.bahn.de" % rng.randint(1, 9)}.get(dom_of(faddr), None)
    return mk(kind, lang, fname, faddr, subj, body, t, **kw)


# ================================================================ HAM: personal & work
# (kind, lang, name, addr, transport, subject, text, opts)
PERSONAL = [
    ("personal-reply", "en", "Maya Chen", "maya.chen.88@gmail.com", "gmail", "Re: dinner saturday?",
     "Works for me! 7pm? I can bring dessert.\n\nAlso did you ever find that ramen place Theo mentioned?\n\nm\n", dict(quote="Are you free Saturday? Thinking we do dinner at ours.")),
    ("personal-reply", "en", "Theo Brandt", "theo.brandt@icloud.com", "icloud", "Re: photos from the lake",
     "These are great, thanks!! The one of the dog jumping off the dock is going on the fridge.\n\nSent from my iPhone\n", dict(quote="Finally uploaded everything, link is in the shared album.", mailer="iPhone Mail (22B91)")),
    ("personal", "en", "Grandma Lou", "louise.whitfield1947@yahoo.com", "yahoo", "Thanksgiving",
     "Hi sweetheart,\n\nJust checking that you are still coming on Thursday. Uncle Ray is bringing the turkey this year so I am doing pies. Let me know if Marcus is coming too so I set enough places.\n\nLove you,\nGrandma\n", dict(months=[11])),
    ("personal", "en", "Kwame Osei", "kwame.osei@gmail.com", "gmail", "Fwd: WARNING - scam text going around",
     "Ruth - heads up, Mom got this one too. Don't click anything. The toll company doesn't text like this.\n\n---------- Forwarded message ---------\nFrom: Tolls Notice <+1 (877) 555-0199>\nDate: Tue\nSubject: Unpaid toll\n\nE-ZPass: You have an outstanding toll of $4.15. Pay by today to avoid a $50 late fee: https://ezpass-tolls-pay.example/xyz\n\n(I already reported it as junk.)\n", {}),
    ("personal", "en", "Priya Raman", "priya.raman@outlook.com", "outlook", "FW: Suspicious email pretending to be our bank - do not click",
     "Forwarding as a warning to the family. This looks real but the link goes to some random domain. The real bank never asks you to \"verify\" through a link.\n\n________________________________\nFrom: Chase Security <secure-alerts@chase-verify-account.example>\nSent: Monday\nSubject: Your account has been suspended\n\nWe detected unusual activity. Verify your identity within 24 hours or your account will be permanently locked.\n\nVERIFY NOW\n", {}),
    ("personal", "en", "Sam Lindqvist", "sam.lindqvist@proton.me", "proton", "loan for the car",
     "Hey,\n\nThanks again for offering to help with the car. If you're really ok with it, I'd pay back $300/month starting next month, so it'd be paid off by December. I can write something up so it's all clear, I don't want it to be weird.\n\nThe dealer offered 8.9% financing which is insane, so this really helps.\n\nSam\n", {}),
    ("personal", "en", "Marcus Oyelaran", "marcus.oyelaran@gmail.com", "gmail", "that crypto thing Dad keeps talking about",
     "So Dad asked me again about putting money into \"the Bitcoin\". I told him if he wants exposure it's safer through an ETF in his IRA than on some app a guy at church recommended. Can you talk to him too? He listens to you more.\n\nAlso he said someone on Facebook promised 2% a day returns. That's a scam 100%.\n", {}),
    ("personal", "en", "Dana Whitfield", "dana.whitfield@icloud.com", "icloud", "Re: Roth IRA question",
     "Yes, you can still contribute for last year until the tax deadline in April. I maxed mine out in January this year ($7,000). I just put it in a target date fund and forget about it.\n\nNot financial advice lol\n\nD\n", dict(quote="Quick question - is it too late to put money in my Roth for 2025?", mailer="Apple Mail (2.3826.400.131.1.6)", months=[2, 3], years=(2026,))),
    ("personal", "en", "Helen Park", "helen.park@brightline-consulting.example", "m365", "Lunch raffle winner 🎉",
     "Hi all,\n\nCongrats to Jonas, winner of this month's office prize draw - a $50 gift card to Osteria Lumen! Thanks to everyone who filled out the engagement survey.\n\nNext draw is at the end of the month. Same rules: complete the survey, you're in.\n\nHelen\nOperations Manager | Brightline Consulting\n", {}),
    ("work", "en", "Jonas Keller", "jonas@brightline-consulting.example", "m365", "Q3 numbers - draft for review",
     "Hi Helen,\n\nAttached is the draft Q3 summary. Revenue is up 12% QoQ, mostly from the Meridian contract. Can you check the expense breakdown on page 3 before I send it to the partners on Thursday?\n\nThanks,\nJonas\n", dict(attach=("Q3_summary_DRAFT_v2.pdf", "pdf"))),
    ("work", "en", "Aiko Mori", "aiko@brightline-consulting.example", "m365", "RE: invoice from Meridian not paid yet",
     "I checked with their AP team - the invoice was approved last week and payment should go out on the 15th. They pay net-45 so we're still within terms.\n\nAiko\n", dict(quote="Has Meridian paid INV-2291 yet? It's showing overdue in Xero.")),
    ("work", "en", "Diego Salas", "diego@brightline-consulting.example", "m365", "New wire instructions? - checking before I pay",
     "Helen,\n\nWe got an email from \"Northside Plumbing\" saying their bank account changed. That smells like fraud to me. I'm NOT paying anything until I call them on the number we have on file. Just flagging in case they emailed you too.\n\nDiego\n", {}),
    ("work", "en", "HR at Brightline", "hr@brightline-consulting.example", "m365", "Open enrollment closes Friday",
     "Hi everyone,\n\nReminder that benefits open enrollment closes this Friday at 5pm. If you don't make changes, your current medical, dental and vision elections roll over. FSA and HSA elections do NOT roll over - you need to re-enroll.\n\nLog in to the benefits portal from the intranet. Reach out with any questions.\n\nThanks,\nRachel\nPeople Operations\n", {}),
    ("work", "en", "Helen Park", "helen.park@brightline-consulting.example", "m365", "Sharing: client onboarding checklist",
     "Hi Sophie,\n\nHere's the onboarding checklist we talked about. Feel free to edit directly - I've turned on track changes.\n\nhttps://brightlineconsulting-my.sharepoint.example/:w:/g/personal/helen_park/EaB3kQ\n\nHelen\n", {}),
    ("calendar-invite", "en", "Jonas Keller", "jonas@brightline-consulting.example", "m365", "Invitation: Meridian kickoff @ Tue 10:00 - 11:00",
     "Kickoff call with Meridian. Agenda: scope, timeline, points of contact.\n\nMicrosoft Teams meeting\nJoin: https://teams.microsoft.com/l/meetup-join/19%3ameeting_example\nMeeting ID: 245 118 903 77\n", dict(ics=True)),
    ("calendar-invite", "en", "Maya Chen", "maya.chen.88@gmail.com", "gmail", "Invitation: Theo's birthday picnic @ Sat 1pm - 4pm (dana@fernhill.example)",
     "Maya Chen has invited you to an event.\n\nTheo's birthday picnic\nSaturday 1pm - 4pm (Pacific Time)\nLaurelhurst Park, by the pond\n\nBring a blanket! We'll have cake.\n\nGoing? Yes - Maybe - No\n\nInvitation from Google Calendar\n", dict(ics=True)),
    ("calendar-invite", "en", "Ruth Osei", "ruth.osei.rn@gmail.com", "gmail", "Updated invitation: Dentist - kids @ Wed 3:30pm",
     "This event has been changed.\n\nDentist - kids\nWednesday 3:30pm - 4:30pm\nHalim Dental\n\nInvitation from Google Calendar\n", dict(ics=True)),
    ("shared-doc", "en", "Helen Park (via Google Docs)", "drive-shares-dm-noreply@google.com", "gmail-share", "Document shared with you: \"Offsite 2026 - planning\"",
     "Helen Park shared a document\n\nHelen Park (helen.park.bl@gmail.com) has invited you to edit the following document:\n\nOffsite 2026 - planning\n\nHere's the rough plan, add ideas for activities!\n\nOpen: https://docs.google.com/document/d/1xQ{id}/edit?usp=sharing_eip\n\nGoogle LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043, USA\nYou have received this email because helen.park.bl@gmail.com shared a document with you from Google Docs.\n", {}),
    ("shared-doc", "en", "Maya Chen (via Google Sheets)", "drive-shares-dm-noreply@google.com", "gmail-share", "Spreadsheet shared with you: \"Cabin trip budget\"",
     "Maya Chen shared a spreadsheet\n\nMaya Chen (maya.chen.88@gmail.com) has invited you to edit the following spreadsheet:\n\nCabin trip budget\n\nPut in what you paid for groceries and gas, I'll do the split.\n\nOpen: https://docs.google.com/spreadsheets/d/1Fz{id}/edit?usp=sharing\n", {}),
    ("shared-doc", "en", "Dropbox", "no-reply@dropbox.com", "ses", "Theo Brandt shared \"Lake weekend 2025\" with you",
     "Theo Brandt shared a folder with you.\n\nLake weekend 2025\n148 files\n\n\"All the photos, including the blurry ones\"\n\nGo to folder: https://www.dropbox.com/scl/fo/{id}/lake-weekend-2025\n", {}),
    ("personal", "en", "Kwame Osei", "kwame.osei@gmail.com", "gmail", "mortgage refi numbers",
     "Talked to the broker. If we refi now at 5.875% we save about $310/mo but closing costs are ~$6,200, so breakeven is about 20 months. Seems worth it if we're staying 5+ years. Thoughts?\n\nK\n", {}),
    ("personal", "en", "Dana Whitfield", "dana.whitfield@icloud.com", "icloud", "Venmo for tickets",
     "Sent you $85 on Venmo for the concert tickets. Can't believe we actually got them!!\n\nD\n", dict(mailer="iPhone Mail (22D72)")),
    ("personal", "en", "Oluwaseun Adeyemi", "seun.adeyemi@outlook.com", "outlook", "Congrats!! + a small gift",
     "Hey Priya,\n\nHuge congratulations on the new job! I sent a small gift card to your email from the bookstore - it should show up from them directly. Treat yourself.\n\nLet's celebrate properly when I'm back in town.\n\nSeun\n", {}),
    ("work", "en", "Sophie Marchand", "sophie@brightline-consulting.example", "m365", "Quick favour - can you review my slides?",
     "Hi Jonas,\n\nCould you have a quick look at slides 4-9 before tomorrow's pitch? I'm not sure the pricing table is clear. No rush tonight, first thing tomorrow is fine.\n\nMerci!\nSophie\n", dict(attach=("Pitch_Meridian_v5.pdf", "pdf"))),
    ("personal", "en", "Marcus Oyelaran", "marcus.oyelaran@gmail.com", "gmail", "Re: Re: fantasy league buy-in",
     "ok ok I'll pay the $20 buy-in. but if Kevin wins again I'm demanding an audit 😂\n", dict(quote="Last call for the buy-in, draft is Sunday!")),
    ("personal", "en", "Priya Raman", "priya.raman@outlook.com", "outlook", "Recipe you asked for",
     "Here's the dal recipe!\n\n1 cup red lentils, rinsed\n3 cups water\n1 tsp turmeric\n1 onion, 3 garlic cloves, thumb of ginger\n1 tsp cumin seeds, 1 dried chili\nSalt, lemon, cilantro\n\nBoil lentils with turmeric ~20 min. Fry cumin + chili in ghee, add onion/garlic/ginger, then tip into the lentils. Lemon and cilantro at the end.\n\nEnjoy!\nP\n", {}),
    ("personal", "en", "Theo Brandt", "theo.brandt@icloud.com", "icloud", "Moving update + new address",
     "Hi all,\n\nWe officially moved! New address:\n\n2214 SE Alder St\nPortland, OR 97214\n\nHousewarming is the 14th, details soon. Please update your address books and maybe send us a postcard.\n\nTheo & Jess\n", dict(attach=("IMG_4471.png", "png"))),
    ("personal", "en", "Ruth Osei", "ruth.osei.rn@gmail.com", "gmail", "won the hospital raffle!!",
     "You won't believe it - I won the staff appreciation raffle at work. A weekend at the coast! The email said to \"claim your prize\" and I almost thought it was spam, but I checked with HR and it's real.\n\nWant to come? Dates are flexible.\n", {}),
    ("personal", "en", "Sam Lindqvist", "sam.lindqvist@proton.me", "proton", "Re: loan for the car",
     "Payment #3 sent 👍 $300 via Zelle. 6 more to go.\n", dict(quote="Got it, thanks!")),
    ("personal-intl", "de", "Anke Brandt", "anke.brandt@gmx.de", "gmx", "Wochenende?",
     "Hallo Jonas,\n\nhast du am Wochenende Zeit? Wir wollten am Samstag in den Schwarzwald wandern und danach grillen. Bring gerne Lena mit!\n\nLiebe Grüße\nAnke\n", {}),
    ("personal-intl", "de", "Jonas Keller", "jonas.keller@web.de", "webde", "AW: Nebenkostenabrechnung",
     "Hallo Frau Brandt,\n\nvielen Dank für die Abrechnung. Die Nachzahlung von 184,60 € überweise ich bis Ende des Monats. Könnten Sie mir noch die Belege für die Heizkosten schicken?\n\nMit freundlichen Grüßen\nJonas Keller\n", dict(quote="anbei erhalten Sie die Nebenkostenabrechnung für 2025.")),
    ("personal-intl", "fr", "Luc Girard", "luc.girard@orange.fr", "orange", "Re: vacances en Bretagne",
     "Salut Sophie,\n\nSuper idée ! On pourrait louer la maison à Quiberon du 12 au 19 juillet. Ça fait environ 180 € par personne pour la semaine. Je te laisse voir avec Julien ?\n\nBises,\nLuc\n", dict(quote="On part où cet été ?")),
    ("personal-intl", "fr", "Sophie Marchand", "sophie.marchand@free.fr", "freefr", "Photos du mariage",
     "Coucou à tous,\n\nVoici le lien vers les photos du mariage de Camille et Hugo. Le mot de passe est le nom du chien 😉\n\nhttps://photos.marchand-famille.example/mariage\n\nÀ bientôt !\nSophie\n", {}),
    ("personal-intl", "es", "Lucía Romero", "lucia.romero@gmail.com", "gmail", "Cumpleaños de mamá",
     "¡Hola a todos!\n\nEl cumpleaños de mamá es el sábado 14. He pensado en reservar en el restaurante de siempre a las 14:00. Cada uno pone 30 € para el regalo, ¿os parece bien?\n\nUn beso,\nLucía\n", {}),
    ("personal-intl", "pt", "Tomás Ferreira", "tomas.ferreira@sapo.pt", "sapo", "Re: jantar de sexta",
     "Olá Rui,\n\nConta comigo! Levo o vinho. Podemos ir ao restaurante da Graça, aquele com a esplanada?\n\nAbraço,\nTomás\n", dict(quote="Bora jantar na sexta?")),
    ("personal-intl", "nl", "Femke de Vries", "femke.devries@ziggo.nl", "ziggo", "Verjaardag Sanne",
     "Hoi allemaal,\n\nSanne wordt zaterdag 40! We verzamelen om 19:00 bij café De Zwaan. Graag 15 euro per persoon overmaken voor het cadeau (Tikkie volgt).\n\nGroetjes,\nFemke\n", {}),
    ("personal-intl", "it", "Giulia Conti", "giulia.conti@libero.it", "libero", "Ricetta della nonna",
     "Ciao Marco,\n\necco la ricetta del ragù della nonna come promesso. Il segreto è cuocerlo almeno tre ore a fuoco lentissimo e aggiungere un po' di latte alla fine.\n\nUn abbraccio,\nGiulia\n", {}),
    ("work", "en", "Helen Park", "helen.park@brightline-consulting.example", "m365", "Expense report - please approve",
     "Hi Jonas,\n\nI've submitted my expense report for the Chicago trip ($1,284.17) in Expensify. Could you approve when you get a chance? Receipts are all attached there.\n\nThanks!\nHelen\n", {}),
    ("work", "en", "Marcus Oyelaran", "marcus@quillstack.example", "workspace", "Re: contract renewal",
     "Hi Helen,\n\nThanks - we're happy to renew for another 12 months at the same rate. I'll have legal send over the DocuSign today. Let me know if you need a W-9 again.\n\nBest,\nMarcus Oyelaran\nHead of Partnerships, Quillstack\n", dict(quote="Just checking in on renewal for next year.")),
    ("personal", "en", "Kwame Osei", "kwame.osei@gmail.com", "gmail", "tax stuff",
     "Did you get the 1099 from Vanguard yet? I want to file this weekend. Also the accountant wants the daycare receipts - they're in the blue folder I think.\n", {}),
]


def mailbox_from_personal(tr, rng, addr):
    # map European providers to a generic postfix-with-dkim relay run by the provider
    hosts = {"gmx": ("mout.gmx.net", "212.227.17.%d", "gmx.de", "s31663417"), "webde": ("mout.web.de", "217.72.192.%d", "web.de", "s29768273"),
             "orange": ("smtp.smtpout.orange.fr", "80.12.242.%d", "orange.fr", "t20230301"), "freefr": ("smtp4-g21.free.fr", "212.27.42.%d", "free.fr", "smtp-20201208"),
             "sapo": ("relay4.ptmail.sapo.pt", "212.55.154.%d", "sapo.pt", "sapo20250101"), "ziggo": ("smtp.ziggo.nl", "84.116.6.%d", "ziggo.nl", "20220513"),
             "libero": ("smtp-32.iol.local", "213.209.10.%d", "libero.it", "s20231214")}
    h = hosts[tr]
    return h[0], h[1] % rng.randint(1, 254), h[2], h[3]


def ham_personal(rng, k):
    kind, lang, name, addr, tr, subj, text, opts = PERSONAL[k % len(PERSONAL)]
    to = rcpt(rng, lang)
    if "@brightline" in addr and "brightline" not in to[1]:
        to = rng.choice([r for r in RCPTS["en"] + RCPTS["de"] + RCPTS["fr"] if "brightline" in r[1]])
    d = date_in(rng, opts["months"], opts.get("years", (2025, 2026))) if opts.get("months") else pick_date(rng)
    text = text.replace("{id}", b62(rng, 40))
    kw = dict(to=to, date=d)
    body_text = text
    quote = opts.get("quote")
    if quote:
        qd = d - dt.timedelta(hours=rng.randint(1, 30))
        attr = "On %s, %s <%s> wrote:" % (qd.strftime("%a, %b %d, %Y at %I:%M %p"), to[0], to[1])
        body_text = text + "\n" + attr + "\n" + quote_lines(quote) + "\n"
        kw["in_reply_to"] = "<%s@%s>" % (b62(rng, 30), "mail.gmail.com")
    t = tr
    if tr in ("gmail", "workspace"):
        html = gmail_html(text, (attr, quote) if quote else None)
        body = alt(body_text, html, "quoted-printable", "quoted-printable")
    elif tr in ("outlook", "m365"):
        body = alt(body_text, outlook_html(body_text))
    elif tr == "icloud":
        body = T(body_text, cte="quoted-printable") if rng.random() < 0.5 else alt(body_text, '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">%s</body></html>\n' % esc(body_text).replace("\n", "<br>"))
        kw["mailer"] = opts.get("mailer", "iPhone Mail (22E240)")
    elif tr == "gmail-share":
        t = "postfix"
        kw.update(server_host="mail-sor-f%d.google.com" % rng.randint(40, 90), server_ip=ip_in(rng, "209.85.220"), sign_domain="google.com",
                  reply_to=fa(name.split(" (")[0], "helen.park.bl@gmail.com" if "Helen" in name else "maya.chen.88@gmail.com"),
                  msgid="<%s-%s@docs-share.google.com>" % (b64u(rng, 18), hx(rng, 8)))
        body = alt(text, simple_html(text.split("\n\n"), None, None, None))
    elif tr in ("gmx", "webde", "orange", "freefr", "sapo", "ziggo", "libero"):
        host, ip, sd, sel = mailbox_from_personal(tr, rng, addr)
        t = "postfix"
        kw.update(server_host=host, server_ip=ip, dkim_override=[(sd, sel, None)] if tr not in ("sapo",) else [])
        kw["user_agent"] = rng.choice(["Mozilla Thunderbird", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.5.0", None])
        body = T(body_text, cte="8bit", fmt="format=flowed") if rng.random() < 0.6 else alt(body_text, "<html><body><p>%s</p></body></html>\n" % esc(body_text).replace("\n", "<br>\n"))
    else:
        body = T(body_text, cte=rng.choice(["7bit", "quoted-printable"]))
        if tr == "yahoo":
            body = alt(body_text, '<html><head></head><body><div class="ydp%s yahoo-style-wrap">%s</div></body></html>\n' % (hx(rng, 8), esc(body_text).replace("\n", "<br>")))
    if opts.get("attach"):
        fn, typ = opts["attach"]
        data = make_pdf(rng, [subj, name, d.strftime("%Y-%m-%d")]) if typ == "pdf" else make_png(rng, 40, 30, 6, False)
        body = Mp("mixed", body, Bn("application/pdf" if typ == "pdf" else "image/png", data, fn))
    if opts.get("ics"):
        start = (d + dt.timedelta(days=rng.randint(2, 12))).replace(minute=0, second=0)
        ics = make_ics(rng, "google.com" if tr == "gmail" else "brightline-consulting.example", subj.split(": ", 1)[1].split(" @")[0], start, 60 if tr != "gmail" else 180,
                       "Microsoft Teams Meeting" if tr == "m365" else "Laurelhurst Park", (name, addr), to, "REQUEST", text[:200])
        cal = T(ics.replace("\r\n", "\n"), sub="calendar", cte="7bit", fmt="method=REQUEST")
        if tr == "gmail":
            body = Mp("mixed", Mp("alternative", T(text), Hm(gmail_html(text)), cal), Bn("application/ics", ics.encode(), "invite.ics"))
        else:
            body = Mp("alternative", T(text), Hm(outlook_html(text)), cal)
    if lang != "en" and tr in ("outlook", "m365"):
        pass
    return mk(kind, lang, name, addr, subj, body, t, **kw)


# ================================================================ HAM: mailing lists
LISTS = {
    "fennel-dev": dict(t="mailman", name="dev", domain="lists.fennelcms.org", tag="[Fennel-dev] ", lang="en"),
    "tess-users": dict(t="mailman", name="users", domain="lists.tessellate-gis.org", tag="", lang="en"),
    "quark-announce": dict(t="mailman", name="announce", domain="lists.quarkdb.example", tag="[ANN] ", lang="en"),
    "netdev-like": dict(t="mailman", name="kernel-net", domain="lists.opennet-kernel.example", tag="", lang="en"),
    "pdx-birders": dict(t="google-groups", name="pdx-birders", tag="[pdx-birders] ", lang="en"),
    "fernhill-parents": dict(t="google-groups", name="fernhill-elem-parents", tag="", lang="en"),
    "rust-pdx": dict(t="google-groups", name="rust-pdx", tag="[rust-pdx] ", lang="en"),
    "vintage-radio": dict(t="groupsio", name="vintage-radio", tag="[vintage-radio] ", lang="en"),
    "sourdough": dict(t="groupsio", name="sourdough-bakers", tag="[sourdough-bakers] ", lang="en"),
    "linux-de": dict(t="mailman", name="debian-user-german", domain="lists.linux-nutzer.example", tag="", lang="de"),
    "fr-asso": dict(t="google-groups", name="asso-jardins-partages", tag="[Jardins] ", lang="fr"),
}

LIST_POSTS = [
    ("fennel-dev", "Rosa Lindgren", "rosa@lindgren.example", "RFC: drop Python 3.9 support in Fennel 4.0",
     "Hi all,\n\nPython 3.9 reached end-of-life in October 2025. I'd like to propose we drop it for 4.0 and require 3.10+, which lets us use match statements and the new typing syntax.\n\nDownstream packagers: does anyone still ship 3.9? Please shout by the end of the month.\n\nRosa\n"),
    ("fennel-dev", "Kofi Mensah", "kofi.mensah@gmail.com", "Re: RFC: drop Python 3.9 support in Fennel 4.0",
     "+1 from me. Debian stable is on 3.11 and RHEL 9 has 3.11/3.12 appstreams. I don't see a reason to hold back.\n\nOne request: let's put the change in the release notes prominently, last time people were surprised.\n\nKofi\n"),
    ("fennel-dev", "Build Bot", "ci@fennelcms.org", "Nightly build failed on aarch64 (main @ 3f9c2e1)",
     "The nightly build failed.\n\nBranch: main\nCommit: 3f9c2e1 \"template: cache compiled filters\"\nPlatform: linux-aarch64\nFailed step: test_unicode_slugs\n\nAssertionError: 'caf\\u00e9' != 'cafe'\n\nFull log: https://ci.fennelcms.org/job/nightly/1873/\n"),
    ("tess-users", "Hannah Ortiz", "h.ortiz@uni-geo.example", "Reprojecting a large GeoTIFF runs out of memory",
     "Hello list,\n\nI'm trying to reproject a 40 GB GeoTIFF from EPSG:4326 to EPSG:3857 with tess-warp and it gets OOM-killed on a 32 GB machine. Is there a way to process it in tiles? I tried --block-size 512 without luck.\n\nVersion 3.8.1 on Ubuntu 24.04.\n\nThanks,\nHannah\n"),
    ("tess-users", "Peter Vogel", "pvogel@posteo.example", "Re: Reprojecting a large GeoTIFF runs out of memory",
     "Hannah,\n\nTry setting TESS_CACHEMAX=2048 and adding -wo NUM_THREADS=4 --multi. Also make sure the output is created with TILED=YES and COMPRESS=DEFLATE, otherwise it keeps the whole thing in memory.\n\nWorked for me with a 60 GB mosaic.\n\nPeter\n"),
    ("quark-announce", "Quark Release Team", "release@quarkdb.example", "QuarkDB 2.4.0 released",
     "We're happy to announce QuarkDB 2.4.0.\n\nHighlights:\n* Incremental snapshots, up to 8x faster backups\n* New JSON path indexes\n* io_uring storage backend (Linux 6.1+, experimental)\n* 140+ bug fixes\n\nUpgrade notes: the on-disk format is compatible with 2.3. Downgrades are not supported after running VACUUM.\n\nDownloads and checksums: https://quarkdb.example/download/2.4.0\nFull changelog: https://quarkdb.example/changelog\n\nThanks to the 63 contributors who made this release possible!\n"),
    ("netdev-like", "Ilya Petrov", "ilya.petrov@kernel-dev.example", "[PATCH net-next v3 2/5] net: phy: add support for link-down power saving",
     "Some PHYs support entering a low-power state when the link is down.\nExpose this via a new ethtool tunable and enable it by default on\nsupported devices.\n\nSigned-off-by: Ilya Petrov <ilya.petrov@kernel-dev.example>\n---\nv3: rebased, addressed review comments from Andrew\nv2: use phy_modify() instead of open-coding read/modify/write\n\n drivers/net/phy/phy.c | 24 ++++++++++++++++++++++++\n include/linux/phy.h   |  3 +++\n 2 files changed, 27 insertions(+)\n\ndiff --git a/drivers/net/phy/phy.c b/drivers/net/phy/phy.c\nindex 3f1a2b4..9e8c7d1 100644\n--- a/drivers/net/phy/phy.c\n+++ b/drivers/net/phy/phy.c\n@@ -1204,6 +1204,30 @@ int phy_start_aneg(struct phy_device *phydev)\n+static int phy_set_ldps(struct phy_device *phydev, bool enable)\n+{\n+\tif (!phydev->drv->set_ldps)\n+\t\treturn -EOPNOTSUPP;\n+\treturn phydev->drv->set_ldps(phydev, enable);\n+}\n--\n2.47.1\n"),
    ("netdev-like", "Andrew Lunn-Smith", "andrew@lunn-smith.example", "Re: [PATCH net-next v3 2/5] net: phy: add support for link-down power saving",
     "On Tue, Ilya Petrov wrote:\n> Some PHYs support entering a low-power state when the link is down.\n\nEnabling this by default worries me. Some switches take a long time\nto notice link-up when the PHY is in LDPS. Please default to off and\nlet userspace turn it on.\n\n    Andrew\n"),
    ("pdx-birders", "Carol Whitman", "carol.whitman@gmail.com", "Snowy owl at Sauvie Island this morning!",
     "Just saw a snowy owl on the beach side of Sauvie Island around 8:15am, near the end of Reeder Rd. Sitting on a driftwood log, very calm. Please give it plenty of space, there were already 15 people there by 9.\n\nPhotos on eBird: S2084%s\n\nCarol\n"),
    ("pdx-birders", "Dev Patel", "dpatel.birds@outlook.com", "Re: Snowy owl at Sauvie Island this morning!",
     "Still there at 2pm. Thanks for the report Carol! Parking is tight, carpool if you can.\n"),
    ("pdx-birders", "Portland Audubon Volunteers", "volunteers@portland-audubon.example", "Christmas Bird Count sign-ups open",
     "Hi birders,\n\nSign-ups for this year's Christmas Bird Count are open. We need team leaders for sectors 4, 7 and 11. Beginners are welcome - you'll be paired with experienced counters.\n\nCount day is Saturday, December 20th. Tally rally afterwards with soup!\n"),
    ("fernhill-parents", "Jenna Morales", "jenna.morales@gmail.com", "Lost: blue water bottle with dinosaur stickers",
     "Hi all - my son Leo (Ms. Kim's class) lost his blue Hydro Flask with dinosaur stickers. If anyone sees it in the lost & found, please grab it for us! Thanks 🙏\n"),
    ("fernhill-parents", "PTA Fernhill", "pta.fernhill@gmail.com", "Auction donations needed + volunteer sign-up",
     "Hello Fernhill families,\n\nOur spring auction raises money for art and music. We're looking for donations: gift cards, experiences, baskets, anything! Last year we raised $18,400.\n\nVolunteer sign-up: https://signup.fernhill-pta.example/auction\n\nThank you!\nFernhill PTA\n"),
    ("rust-pdx", "Nora Blake", "nora@blake.example", "March meetup: async Rust in embedded + pizza",
     "Hey Rustaceans,\n\nMarch meetup is Thursday the 19th at 6:30pm at the Lumen Hall. Talks:\n\n1. Embassy on the RP2350 - async without an allocator (Nora)\n2. What I learned porting a C driver to Rust (Sam)\n\nPizza sponsored by Tidepool. RSVP so we know how much to order.\n"),
    ("rust-pdx", "Sam Lindqvist", "sam.lindqvist@proton.me", "Re: March meetup: async Rust in embedded + pizza",
     "I'll bring the dev boards so people can try the demo. Can someone bring an HDMI adapter? The projector there is picky.\n"),
    ("vintage-radio", "Walt Hendricks", "w8hendricks@yahoo.com", "Zenith Trans-Oceanic restoration - dial cord help",
     "Hi folks,\n\nI'm restoring a 1953 Zenith H500 and the dial cord snapped. Does anyone have a diagram for the stringing? The one in the Sams folder is unreadable. Also, is 0.028\" braided nylon the right cord?\n\nThanks,\nWalt\n"),
    ("vintage-radio", "Gene Kowalski", "gkowalski@comcast.example", "Re: Zenith Trans-Oceanic restoration - dial cord help",
     "Walt, I scanned a clean copy of the diagram and uploaded it to the group Files section under Zenith/H500. 0.028 is fine. Don't forget to replace the wax caps while you're in there!\n\n73, Gene\n"),
    ("sourdough", "Mira Kaplan", "mira.kaplan@icloud.com", "Starter suddenly smells like acetone?",
     "My starter (2 years old) started smelling like nail polish remover this week. I've been feeding 1:1:1 twice a day. Kitchen has been warmer than usual. Is it dying?\n\nMira\n"),
    ("sourdough", "Ben Okafor", "ben.okafor@gmail.com", "Re: Starter suddenly smells like acetone?",
     "Totally normal - it's hungry. In the warmth it burns through food faster. Try 1:5:5 for a few feedings and it'll bounce back.\n"),
    ("linux-de", "Klaus Meier", "klaus.meier@posteo.example", "Trixie: WLAN nach Update weg",
     "Hallo zusammen,\n\nnach dem Update auf Debian 13 (Trixie) wird mein WLAN-Adapter (Intel AX210) nicht mehr erkannt. In dmesg steht \"firmware: failed to load iwlwifi-ty-a0-gf-a0-89.ucode\".\n\nIst firmware-iwlwifi aus non-free-firmware installiert? Bei mir scheinbar ja.\n\nGruß\nKlaus\n"),
    ("linux-de", "Sabine Wolf", "sabine.wolf@mailbox.example", "Re: Trixie: WLAN nach Update weg",
     "Hallo Klaus,\n\nprüfe mal, ob in /etc/apt/sources.list auch \"non-free-firmware\" steht, und dann\n\n  apt update && apt install --reinstall firmware-iwlwifi\n\nDanach neu starten. Hatte das gleiche Problem.\n\nViele Grüße\nSabine\n"),
    ("fr-asso", "Martine Leroy", "martine.leroy@orange.fr", "Journée plantation samedi 10h",
     "Bonjour à toutes et à tous,\n\nNous organisons une journée plantation ce samedi à partir de 10h au jardin de la rue des Lilas. Apportez vos gants et vos outils si possible. Un pique-nique partagé suivra vers 13h.\n\nÀ samedi !\nMartine\n"),
    ("quark-announce", "Quark Security Team", "security@quarkdb.example", "[SECURITY] QuarkDB 2.3.7 and 2.4.1 fix CVE-2025-41xx",
     "A vulnerability in the replication protocol allows an authenticated replica to read memory outside the WAL buffer. All users running replication should upgrade to 2.3.7 or 2.4.1.\n\nSeverity: High (CVSS 7.1)\nWorkaround: restrict replication port to trusted hosts.\n\nThanks to Lena Hoff for the responsible disclosure.\n"),
    ("tess-users", "Tessellate Digest", "users-request@lists.tessellate-gis.org", "users Digest, Vol 212, Issue 4",
     "Send users mailing list submissions to\n\tusers@lists.tessellate-gis.org\n\nToday's Topics:\n\n   1. Reprojecting a large GeoTIFF runs out of memory (Hannah Ortiz)\n   2. Re: Reprojecting a large GeoTIFF runs out of memory (Peter Vogel)\n   3. Python bindings wheel for Windows ARM64? (Arjun Rao)\n\n----------------------------------------------------------------------\n\nMessage: 1\nDate: Mon\nFrom: Hannah Ortiz\nSubject: Reprojecting a large GeoTIFF runs out of memory\n\nI'm trying to reproject a 40 GB GeoTIFF ...\n\n------------------------------\n\nMessage: 3\nFrom: Arjun Rao\nSubject: Python bindings wheel for Windows ARM64?\n\nAre there plans to publish win_arm64 wheels? Snapdragon laptops are getting common at our office.\n\n------------------------------\n\nEnd of users Digest, Vol 212, Issue 4\n*************************************\n"),
    ("fennel-dev", "Rosa Lindgren", "rosa@lindgren.example", "Fennel 4.0 beta 1 - call for testing",
     "Hi everyone,\n\n4.0b1 is on PyPI. Please try it on your sites and report regressions on the tracker. Key changes: async request handlers, new template cache, Python 3.10+.\n\n    pip install --pre fennel==4.0b1\n\nThanks!\nRosa\n"),
    ("pdx-birders", "Lee Nakamura", "lnakamura@fastmail.example", "Tundra swans at Ridgefield",
     "About 200 tundra swans on the south unit auto tour at Ridgefield NWR today, plus a few trumpeters mixed in. Also 3 sandhill cranes flying over. Good day!\n"),
    ("fennel-dev", "Tomasz Wr\u00f3bel", "tomasz@wrobel.example", "Proposal: move CI from Jenkins to Forgejo Actions",
     "Hello,\n\nOur Jenkins box is 7 years old and nobody wants to maintain it. Forgejo Actions now supports our matrix (Linux x86_64/aarch64, macOS, Windows) via self-hosted runners.\n\nI did a proof of concept here: https://code.fennelcms.org/tomasz/fennel/actions\n\nConcerns? Otherwise I'd like to switch after 4.0 ships.\n\nTomasz\n"),
    ("tess-users", "Arjun Rao", "arjun.rao@gmail.com", "Python bindings wheel for Windows ARM64?",
     "Hi,\n\nAre there plans to publish win_arm64 wheels on PyPI? Snapdragon laptops are getting common at our office and building from source with vcpkg takes about an hour.\n\nHappy to help test.\n\nArjun\n"),
    ("quark-announce", "Quark Release Team", "release@quarkdb.example", "QuarkDB 2.5.0-rc1 available for testing",
     "The first release candidate for 2.5.0 is available.\n\nPlease test upgrades on staging systems and report problems on the tracker. Notable: the default WAL segment size changes from 16 MB to 64 MB.\n\nFinal release is planned for two weeks from now if no blockers are found.\n"),
    ("rust-pdx", "Nora Blake", "nora@blake.example", "Call for speakers: summer meetups",
     "We have open slots for June, July and August. Lightning talks (5 min) are welcome too, first-time speakers especially! Reply to me off-list with a title and two sentences.\n\nNora\n"),
    ("vintage-radio", "Linda Park", "lpark.radio@gmail.com", "Swap meet in Salem, Saturday",
     "Reminder that the spring swap meet is this Saturday 8am-1pm at the fairgrounds, building 3. I'll have a table with tubes (mostly 6V6, 12AX7, 35W4) and some Hallicrafters parts. Cash only, reasonable offers welcome.\n\nLinda\n"),
    ("sourdough", "Yusuf Demir", "yusuf.demir@outlook.com", "High-altitude adjustments?",
     "Just moved to Denver (5,280 ft) and my loaves are overproofing and collapsing. Do people here reduce the levain, shorten bulk, or both? Any tips appreciated.\n"),
    ("fernhill-parents", "Aisha Rahman", "aisha.rahman@icloud.com", "Carpool for robotics practice?",
     "Hi! My daughter just joined the robotics team (Tuesdays and Thursdays until 5:30). Anyone on the east side interested in a carpool? We could alternate days.\n\nThanks,\nAisha\n"),
    ("linux-de", "Jan Hoffmann", "jan.hoffmann@mailbox.example", "Backup-Strategie mit restic und systemd-Timer",
     "Moin,\n\nich sichere meinen Homeserver mit restic auf eine externe Platte und zus\u00e4tzlich zu einem Hetzner Storage Box. Der systemd-Timer l\u00e4uft t\u00e4glich um 3 Uhr. Wie pr\u00fcft ihr regelm\u00e4\u00dfig, ob die Backups wirklich wiederherstellbar sind?\n\nGru\u00df, Jan\n"),
    ("fr-asso", "Karim Benali", "karim.benali@free.fr", "Re: Journ\u00e9e plantation samedi 10h",
     "Bonjour Martine,\n\nJe viendrai avec deux b\u00eaches et une brouette. Est-ce qu'on a besoin de plants de tomates ? J'en ai une vingtaine en trop.\n\nKarim\n"),
]

DISCOURSE = [
    ("Home Assistant Community", "noreply@community.home-assistant.example", "[Home Assistant Community] Summary",
     ["Popular topics this week:", "Zigbee2MQTT 2.0 migration guide and gotchas — 84 replies", "Energy dashboard: how do you track solar self-consumption? — 37 replies", "ESPHome: best cheap CO2 sensor in 2025? — 52 replies",
      "You're receiving this because you haven't visited in a week. Change your email settings."]),
    ("Obsidian Forum", "noreply@forum.obsidian.example", "[Obsidian Forum] New reply to \"Sync conflicts after upgrading\"",
     ["mkessler replied:", "I had the same thing after 1.8. Turning off \"Detect all file extensions\" fixed it for me. Worth a try.", "Visit Topic or reply to this email to respond."]),
    ("Fediverse Admins", "noreply@discuss.fedi-admins.example", "[Fediverse Admins] Weekly digest",
     ["Since your last visit:", "Handling a spam wave from freshly registered instances — 46 replies", "Storage costs for media caches in 2026 — 21 replies", "Unsubscribe from these digests."]),
    ("Kagi Community", "noreply@community.kagi.example", "[Community] You were mentioned in \"Feature request: per-site lenses\"",
     ["@priya mentioned you in a post:", "\"This is basically what @dana asked for last year, right?\"", "Reply to this email to respond."]),
]


def ham_list(rng, k):
    if k % 8 == 7:
        nm, addr, subj, paras = DISCOURSE[(k // 8) % len(DISCOURSE)]
        to = rcpt(rng)
        d = pick_date(rng)
        body = alt(simple_text(paras), simple_html(paras, None, None, nm))
        return mk("forum-digest", "en", nm, addr, subj, body, rng.choice(["ses", "postmark", "mailgun"]), to=to, date=d, bulk="no-post",
                  extra=[("Precedence", "list"), ("Auto-Submitted", "auto-generated"), ("List-ID", "<%s>" % dom_of(addr))])
    idx = k - k // 8
    lk, pname, paddr, subj, text = LIST_POSTS[idx % len(LIST_POSTS)]
    L = dict(LISTS[lk])
    lang = L["lang"]
    to = rcpt(rng, lang)
    d = pick_date(rng)
    for key, months, years in (("Python 3.9", [11, 12], (2025,)), ("Fennel 4.0 beta", [3, 4, 5], (2026,)), ("Christmas Bird Count", [11], (2025,)),
                               ("Snowy owl", [12, 1, 2], (2025, 2026)), ("Tundra swans", [11, 12, 1, 2], (2025, 2026)), ("Trixie", [8, 9, 10, 11], (2025,)),
                               ("March meetup", [2, 3], (2025, 2026)), ("summer meetups", [4, 5], (2025, 2026)), ("Swap meet", [3, 4, 5], (2025, 2026)),
                               ("Journée plantation", [3, 4, 5, 10], (2025, 2026)), ("Forgejo", [4, 5, 6], (2026,))):
        if key in subj:
            d = date_in(rng, months, years)
            kw_date = d
            break
    else:
        kw_date = None
    if kw_date is not None:
        d = kw_date
    if "%s" in text:
        text = text % b62(rng, 8)
    subj = L["tag"] + subj if not subj.startswith("Re:") else "Re: " + L["tag"] + subj[4:]
    L["poster"] = (pname, paddr)
    t = L["t"]
    kw = dict(to=to, date=d, list=L)
    if t == "mailman":
        laddr = "%s@%s" % (L["name"], L["domain"])
        kw["to_hdr"] = laddr
        pdom = dom_of(paddr)
        munge = pdom in ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "orange.fr")
        if munge:
            kw["from_hdr"] = fa("%s via %s" % (pname, L["name"]), laddr)
            kw["reply_to"] = fa(pname, paddr)
        kw["extra"] = [("Message-ID-Hash", an(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")), ("X-Message-ID-Hash", an(rng, 32, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567"))]
        kw["msgid"] = "<%s@%s>" % (hx(rng, 20), pdom if not pdom.endswith("gmail.com") else "mail.gmail.com")
        foot = "_______________________________________________\n%s mailing list -- %s\nTo unsubscribe send an email to %s-leave@%s\n" % (L["name"], laddr, L["name"], L["domain"])
        body = T(text + foot, cte=rng.choice(["7bit", "8bit", "quoted-printable"]), fmt="format=flowed" if rng.random() < 0.3 else None)
        kw["user_agent"] = rng.choice(["Mozilla Thunderbird", "Mutt/2.2.13 (2024-03-09)", "NeoMutt/20250113", None, "Evolution 3.54.1"])
    elif t == "google-groups":
        g = L["name"]
        kw["to_hdr"] = "%s@googlegroups.com" % g
        kw["from_hdr"] = fa("'%s' via %s" % (pname, g), "%s@googlegroups.com" % g) if not paddr.endswith("gmail.com") else fa(pname, paddr)
        kw["reply_to"] = fa(pname, paddr) if not paddr.endswith("gmail.com") else None
        kw["msgid"] = "<%s@mail.gmail.com>" % b62(rng, 40) if paddr.endswith("gmail.com") else "<%s@%s>" % (uuid(rng), dom_of(paddr))
        foot = "\n-- \nYou received this message because you are subscribed to the Google Groups \"%s\" group.\nTo unsubscribe from this group and stop receiving emails from it, send an email to %s+unsubscribe@googlegroups.com.\nTo view this discussion visit https://groups.google.com/d/msgid/%s/%s.\n" % (g, g, g, b62(rng, 30))
        body = alt(text + foot, gmail_html(text) + "<p></p>\n-- <br>\nYou received this message because you are subscribed to the Google Groups &quot;%s&quot; group.<br>\n" % esc(g))
    else:
        g = L["name"]
        kw["to_hdr"] = "%s@groups.io" % g
        kw["from_hdr"] = fa("%s via groups.io" % pname, "%s=%s@groups.io" % (paddr.split("@")[0], dom_of(paddr)))
        kw["reply_to"] = fa(pname, paddr)
        kw["msgid"] = "<%s.%d@groups.io>" % (hx(rng, 12), rng.randint(100, 999))
        foot = "\n-=-=-=-=-=-=-=-=-=-=-=-\nGroups.io Links: You receive all messages sent to this group.\nView/Reply Online (#%d): https://groups.io/g/%s/message/%d\nMute This Topic: https://groups.io/mt/%d/%d\nGroup Owner: %s+owner@groups.io\nUnsubscribe: https://groups.io/g/%s/leave/%d/%d/xyzzy [%s]\n-=-=-=-=-=-=-=-=-=-=-=-\n" % (
            rng.randint(1000, 40000), g, rng.randint(1000, 40000), rng.randint(10**7, 10**8), rng.randint(10**6, 10**7), g, g, rng.randint(10**6, 10**7), rng.randint(10**7, 10**8), to[1])
        body = alt(text + foot, "<div>%s</div>\n<div width=\"1\" style=\"color:white;clear:both\">_._,_._,_</div>\n<hr>%s\n" % (esc(text).replace("\n", "<br>"), esc(foot).replace("\n", "<br>")))
    kind = "list-post" if lang == "en" else "list-post-intl"
    if "Digest" in subj:
        kind = "list-digest"
    return mk(kind, lang, pname, paddr, subj, body, t, **kw)


# ================================================================ SPAM
SYL = ["vel", "qor", "nix", "tav", "zen", "lum", "bri", "kor", "dal", "mex", "pra", "sul", "tri", "von", "xal", "yor", "fen", "gla", "hux", "jor", "ka", "lio", "mor", "nex", "opa", "quin", "ras", "sto", "tul", "vex", "wyn", "zor"]
BAD_TLDS = ["shop", "top", "click", "online", "site", "xyz", "icu", "life", "store", "bond", "sbs", "cfd", "live", "pro", "info", "biz", "co", "best", "today"]
SHORT = ["shrt.example", "t1ny.test", "cutly.example", "rbgy.test", "qrgo.example", "l.nk-go.test"]
REDIR = ["https://redirect.adsvc-track.example/r?u=", "https://click.mail-relay.test/c/", "https://out.newsportal-links.example/go?url="]
HOMO = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і", "A": "А", "E": "Е", "O": "О", "P": "Р", "C": "С", "B": "В", "M": "М", "H": "Н", "T": "Т"}
ZW = ["\u200b", "\u200c", "\u200d", "\u00ad", "\u2060"]


def fresh_domain(rng, words=None):
    if words and rng.random() < 0.6:
        base = rng.choice(words) + rng.choice(["", "-", ""]) + rng.choice(SYL) + rng.choice(SYL)
    else:
        base = "".join(rng.choice(SYL) for _ in range(3))
    if rng.random() < 0.45:
        base += str(rng.randint(2, 99))
    return base + "." + rng.choice(BAD_TLDS)


def _protect(fn):
    def wrapped(rng, s, rate=0.3):
        parts = s.split(" ")
        return " ".join(p if ("://" in p or "@" in p or "." in p.strip(".,!?")) else fn(rng, p, rate) for p in parts)
    return wrapped


@_protect
def homoglyph(rng, s, rate=0.35):
    return "".join(HOMO[ch] if ch in HOMO and rng.random() < rate else ch for ch in s)


@_protect
def zwsp(rng, s, rate=0.3):
    out = []
    for ch in s:
        out.append(ch)
        if ch.isalpha() and rng.random() < rate:
            out.append(rng.choice(ZW))
    return "".join(out)


def spam_link(rng, dom, path=None):
    p = path or "/%s" % b62(rng, rng.randint(6, 14))
    r = rng.random()
    if r < 0.2:
        return "https://%s/%s" % (rng.choice(SHORT), b62(rng, 6))
    if r < 0.3:
        return rng.choice(REDIR) + "https%3A%2F%2F" + dom + p.replace("/", "%2F")
    return "https://%s%s%s" % (rng.choice(["", "www.", "go.", "secure.", "track.", "l."]), dom, p)


FAKE_NAMES = ["Jessica Miller", "Linda Carter", "Kevin Brooks", "Anna Petrova", "Mike Turner", "Sofia Reyes", "Daniel Kim", "Emily Watson", "Rachel Green", "Olivia Bennett",
              "Dr. Mark Hollis", "Victoria Lane", "Claire Dubois", "Hannah Schulz", "Ryan Foster", "Grace Liu"]

SPAM_KINDS = {}


def spamkind(name, n):
    def deco(f):
        SPAM_KINDS[name] = (f, n)
        return f
    return deco


@spamkind("crypto-investment", 14)
def sp_crypto(rng, dom, to):
    first = to[0].split()[0]
    coin = rng.choice(["Bitcoin", "Ethereum", "Solana", "XRP", "a new Layer-2 token", "$NOVA"])
    subj = rng.choice(["{f}, your {coin} portfolio is ready (+{p}% this week)", "Turn $250 into $8,400 with {coin}? See how", "The {coin} opportunity banks don't want you to see",
                       "🚀 Pre-sale ends in 6 hours — 40x potential", "Your account has been credited with 0.{n} BTC", "Elon's new crypto project explained (video)", "You qualify for our private {coin} staking pool — 2.1% DAILY"]).format(f=first, coin=coin, p=rng.randint(30, 400), n=rng.randint(11, 95))
    link = spam_link(rng, dom)
    paras = [rng.choice(["Hi %s," % first, "Dear Investor,", "Hello friend,", "%s," % first]),
             rng.choice(["Thousands of ordinary people are quietly becoming millionaires with %s while the banks panic." % coin,
                         "Our analysts have identified %s as the single biggest opportunity of 2026. Early members already saw returns of %d%% in weeks." % (coin, rng.randint(300, 2000)),
                         "Your registration has been approved. A personal account manager has been assigned to help you withdraw your first profits."]),
             rng.choice(["Minimum deposit is just $250. Profits are paid daily and you can withdraw anytime.", "Spots are limited to the first 500 participants. No experience needed — our system does everything.",
                         "Guaranteed returns, fully regulated, zero risk. This is NOT financial advice, it's a financial revolution."]),
             "Claim your spot: %s" % link,
             rng.choice(["To your success,\n%s\nSenior Portfolio Advisor" % rng.choice(FAKE_NAMES), "The Crypto Wealth Team", "— %s" % rng.choice(FAKE_NAMES)])]
    return subj, paras, link


@spamkind("ai-trading-bot", 10)
def sp_aibot(rng, dom, to):
    first = to[0].split()[0]
    bot = rng.choice(["QuantumAI", "NeuroTrade X", "TradeGPT Pro", "Immediate Momentum AI", "AlphaPilot 5.0"])
    subj = rng.choice(["{bot}: the AI that made ${n} while I slept", "{f}, your AI trading account was activated", "Why everyone is talking about {bot}",
                       "Government-backed AI trading platform now open to residents", "I let an AI trade for me for 30 days. Results inside"]).format(bot=bot, f=first, n="{:,}".format(rng.randint(2000, 30000)))
    link = spam_link(rng, dom)
    paras = ["%s," % rng.choice(["Hi " + first, "Good day", "Dear user"]),
             "%s uses advanced artificial intelligence and quantum algorithms to analyze 10,000 market signals per second, with a %d.%d%% win rate." % (bot, rng.randint(88, 99), rng.randint(0, 9)),
             rng.choice(["Featured on major news channels. Celebrities and billionaires already use it.", "Our members earn an average of $1,100 per day with only 20 minutes of setup.",
                         "This is the platform the big banks tried to ban."]),
             "Start with as little as $250: %s" % link,
             rng.choice(["Only %d spots remaining in your region today." % rng.randint(3, 27), "Registration closes at midnight.", "Risk disclaimer: trading involves risk. (Our AI eliminates most of it.)"])]
    return subj, paras, link


@spamkind("prize-survey", 14)
def sp_prize(rng, dom, to):
    brand = rng.choice(["Costco", "Walmart", "Amazon", "Home Depot", "Lowe's", "Kohl's", "Dick's Sporting Goods", "Target", "Yeti", "Starbucks", "Apple"])
    prize = rng.choice(["a $500 Gift Card", "a FREE Ninja Air Fryer", "a Yeti Rambler 20-piece set", "an iPhone 17 Pro", "a Stanley Quencher", "a $750 cash reward", "a Dyson V15"])
    subj = rng.choice(["Congratulations! You've been selected to receive {p}", "{b} Customer Reward: Confirm your shipping", "RE: Your {b} reward is pending",
                       "Final notice: claim {p} before it expires", "You have (1) unclaimed {b} prize 🎁", "{b} Loyalty Program - Survey Reward"]).format(p=prize, b=brand)
    link = spam_link(rng, dom)
    paras = [rng.choice(["Dear %s Customer," % brand, "Congratulations!", "Hello,"]),
             "You have been randomly selected to participate in our 30-second customer survey. As a thank you, you will receive %s." % prize,
             rng.choice(["Just pay $%d.95 for shipping and handling." % rng.randint(1, 9), "This offer expires in 24 hours.", "Only 7 rewards left today!"]),
             "START SURVEY >> %s" % link,
             rng.choice(["This is a promotional message. We are not affiliated with %s." % brand, "If you no longer wish to receive these emails, click here or write to 1200 N Federal Hwy Ste 200, Boca Raton FL 33432.", ""])]
    return subj, paras, link


@spamkind("health-weightloss", 12)
def sp_health(rng, dom, to):
    prod = rng.choice(["GLP-1 drops", "Keto ACV Gummies", "the 7-second ice hack", "Mounjaro-style pills (no prescription)", "a Japanese 'pink salt' trick", "LipoBurn Max", "the 'blue tea' ritual"])
    subj = rng.choice(["Doctors stunned: {p} melts 37 lbs in 30 days", "The {p} big pharma is hiding", "Lose weight without diet or exercise? ({p})", "Ozempic alternative — 80% off today",
                       "Nurse reveals {p} for belly fat", "Finally, {p} that actually works", "Your blood sugar will thank you"]).format(p=prod)
    link = spam_link(rng, dom)
    paras = ["Hi,", "A shocking new study reveals how %s can help you burn stubborn belly fat — without starving yourself." % prod,
             rng.choice(["Over 245,000 Americans have already tried it.", "Works for men and women over 40.", "100% natural. Clinically proven. FDA-registered facility."]),
             "Watch the free presentation before it's taken down: %s" % link,
             "*These statements have not been evaluated by the FDA. Results may vary."]
    return subj, paras, link


@spamkind("ed-pills", 6)
def sp_ed(rng, dom, to):
    subj = rng.choice(["Be the man she wants again", "V1agra & C1alis from $0.89 — discreet shipping", "Stronger, longer — no prescription needed", "Men's health: 70% off today only", "Your order #%d is ready (discreet)" % rng.randint(1000, 9999)])
    link = spam_link(rng, dom)
    paras = ["Hey,", rng.choice(["Top quality generic meds. No prescription. Worldwide delivery in plain packaging.", "The secret that 1 in 3 men over 45 won't admit they use."]),
             "Order now: %s" % link, "Best prices guaranteed. Bonus pills with every order."]
    return subj, paras, link


@spamkind("dating", 10)
def sp_dating(rng, dom, to):
    girl = rng.choice(["Kate", "Anastasia", "Emily", "Jessica", "Lina", "Mira", "Sandra"])
    subj = rng.choice(["{g} (27) sent you 3 photos 📷", "Hi, are you there? I saw your profile", "{g} wants to meet you tonight", "You have 4 new messages from women near you",
                       "Hey handsome... remember me?", "Private message from {g}"]).format(g=girl)
    link = spam_link(rng, dom)
    paras = [rng.choice(["Hi dear,", "Hey you :)", "Hello stranger!"]),
             rng.choice(["I'm %s, 27, recently moved to your city and I don't know anyone here yet. I saw your profile and you seem nice :) I uploaded some private photos here:" % girl,
                         "%s is %d miles from you and wants to chat. She left you a private message." % (girl, rng.randint(1, 9)),
                         "I'm tired of guys who just want games. I'm looking for something real. Write me here, my email might not work:"]),
             link, rng.choice(["Kisses, %s" % girl, "xoxo", "%s 💋" % girl])]
    return subj, paras, link


@spamkind("loan-debt", 12)
def sp_loan(rng, dom, to):
    amt = "{:,}".format(rng.choice([5000, 15000, 25000, 35000, 50000]))
    subj = rng.choice(["Approved: up to ${a} deposited as soon as tomorrow", "Eliminate up to 60% of your credit card debt", "Your pre-qualified offer expires today",
                       "New program forgives debt for residents — check eligibility", "Bad credit? No problem. ${a} available", "RE: your loan application #{n}",
                       "Student loan forgiveness: final notice"]).format(a=amt, n=rng.randint(100000, 999999))
    link = spam_link(rng, dom)
    paras = [rng.choice(["Dear Applicant,", "Hello,", "Good news!"]),
             rng.choice(["You have been pre-approved for a personal loan of up to $%s with no impact on your credit score." % amt,
                         "A new federal relief program can reduce your unsecured debt by up to 60%. Most people qualify in 2 minutes.",
                         "Your student loan account may be eligible for complete forgiveness under the new plan. Failure to respond may result in loss of benefits."]),
             "Check your offer: %s" % link,
             rng.choice(["APR 5.99%–35.99%. This is not a government agency.", "Funds as soon as next business day.", "Reply STOP to opt out."])]
    return subj, paras, link


@spamkind("seo-pitch", 10)
def sp_seo(rng, dom, to):
    site = dom_of(to[1])
    nm = rng.choice(FAKE_NAMES)
    subj = rng.choice(["Quick question about {s}", "{s} - page 1 of Google?", "Re: website ranking", "Proposal for {s}", "Found 37 errors on your website", "Guest post opportunity on {s}?"]).format(s=site)
    paras = ["Hi,", rng.choice(["I was checking %s and noticed it isn't ranking on the first page of Google for important keywords in your industry." % site,
                                "I'm a digital marketing consultant. I noticed some technical issues on %s that are hurting your search visibility (slow load, missing meta tags, broken links)." % site,
                                "I'd love to contribute a high-quality guest post to %s. In return I can pay $50 or offer a backlink from our DA 70+ sites." % site]),
             "We have helped 200+ businesses get top rankings. Would you like a free audit report and a price quote?",
             rng.choice(["If you are interested, just reply and I will send you the details.", "Reply \"YES\" and I'll send the proposal."]),
             "Regards,\n%s\nSEO Manager" % nm,
             rng.choice(["", "PS: If you don't want to hear from me again, just reply \"no thanks\"."])]
    return subj, paras, None


@spamkind("webdesign-leadgen", 8)
def sp_lead(rng, dom, to):
    nm = rng.choice(FAKE_NAMES)
    subj = rng.choice(["Get 20+ qualified appointments per month", "Can I send you a quick mockup?", "App development at 50% cost", "B2B leads for your sales team — 10k verified contacts",
                       "Follow up: new website design", "Attendee list for CES 2026 available"])
    paras = ["Hi there,", rng.choice(["We build modern, mobile-friendly websites starting at $499. I made a free mockup of how your new homepage could look.",
                                      "We can deliver 20+ booked sales meetings per month with decision makers — pay only for results.",
                                      "We have the verified attendee list of CES 2026 with 140,000+ contacts (name, title, email, phone). Would you be interested in acquiring it?",
                                      "Our offshore team builds iOS/Android apps at half the price of US agencies."]),
             "Let me know if you're interested and I'll share pricing and samples.", "Thanks,\n%s\nBusiness Development Executive" % nm,
             "If you're not interested, reply \"Remove\"."]
    return subj, paras, None


@spamkind("fake-invoice", 8)
def sp_invoice(rng, dom, to):
    n = rng.randint(10000, 99999)
    subj = rng.choice(["Invoice #INV-{n} overdue - action required", "Payment Receipt #{n}", "Your order #{n} has been processed: $499.99", "RE: Outstanding invoice {n}",
                       "Norton subscription renewed - $389.99", "Geek Squad auto-renewal confirmation"]).format(n=n)
    phone = "+1 (8%02d) 5%02d-%04d" % (rng.randint(0, 99), rng.randint(0, 99), rng.randint(0, 9999))
    paras = ["Dear Customer,", rng.choice(["Your annual subscription has been renewed successfully and $%s has been charged to your account." % rng.choice(["389.99", "499.99", "299.00", "649.95"]),
                                          "This is a reminder that invoice INV-%d is overdue. Please settle the balance immediately to avoid service interruption." % n]),
             "If you did not authorize this transaction, call our billing department within 24 hours: %s" % phone,
             "Order ID: %s-%d\nProduct: %s\nPayment method: Auto-debit" % (HX(rng, 4), n, rng.choice(["Total Security Premium (5 devices)", "PC Tune-Up 3 Years", "Cloud Backup Pro"])),
             "Billing Department"]
    return subj, paras, None


@spamkind("extortion", 10)
def sp_extort(rng, dom, to):
    btc = "bc1q" + an(rng, 38, "023456789acdefghjklmnpqrstuvwxyz")
    subj = rng.choice(["{e}", "Your account was hacked! Pay attention", "I know your password", "Security breach. Your account has been compromised.", "Payment deadline: 48 hours", "Heads up - {e}"]).format(e=to[1])
    paras = ["Hello!", "I am a hacker who has access to your operating system. I also have full access to your account %s." % to[1],
             "I've been watching you for a few months now. Your device was infected with my malware when you visited an adult website. I made a video showing both the screen and your webcam.",
             "If you want me to delete it, transfer $%d in Bitcoin to my wallet: %s" % (rng.choice([1350, 1450, 1650, 1900, 2200]), btc),
             "You have 48 hours. I will know when you read this email. Do not reply, this address is not monitored. Do not go to the police.",
             "If I do not receive the payment, I will send the video to all your contacts."]
    return subj, paras, None


@spamkind("unclaimed-package", 10)
def sp_package(rng, dom, to):
    carrier = rng.choice(["Parcel Service", "Delivery Center", "Shipment Notice", "Customs Clearance", "Package Hub"])
    subj = rng.choice(["Your package could not be delivered", "Unclaimed package #{n} - final notice", "Redelivery fee required: $1.99", "Your parcel is waiting — confirm address",
                       "We tried to deliver your package today", "Shipment on hold: customs fee unpaid"]).format(n=rng.randint(10**8, 10**9))
    link = spam_link(rng, dom)
    paras = ["Dear Customer,", "We attempted to deliver your package (tracking #%s) but no one was available and the address was incomplete." % ("US" + an(rng, 12, "0123456789") + "XX"),
             "To schedule redelivery, please confirm your details and pay the redelivery fee of $%s within 48 hours, otherwise the package will be returned to sender." % rng.choice(["1.99", "2.49", "0.99", "3.00"]),
             "Confirm now: %s" % link, carrier]
    return subj, paras, link


@spamkind("fake-job", 10)
def sp_job(rng, dom, to):
    co = rng.choice(["Amazon Remote", "Global Logistics Partners", "TalentBridge Staffing", "Horizon Marketing Group", "a Fortune 500 company"])
    subj = rng.choice(["Remote position: $450/day, flexible hours", "Job offer - Part time assistant ($800/week)", "Your CV was shortlisted", "Hiring now: app review tasks, paid daily",
                       "Interview invitation from {c}", "Work from home - no experience required"]).format(c=co)
    paras = ["Hello,", rng.choice(["Your resume was recommended by a recruiter. We are hiring remote product evaluators — you'll rate apps and products online, 60–90 minutes a day, and earn $300–$900 daily.",
                                   "We are looking for a personal assistant to handle errands and payments for our CEO while he travels. Pay: $800/week.",
                                   "We need package reshipping coordinators to receive and forward parcels from home. Weekly salary plus bonuses."]),
             rng.choice(["Please contact our HR manager on WhatsApp: +44 7%03d %06d" % (rng.randint(100, 999), rng.randint(0, 999999)), "Reply with your full name, age and phone number to proceed.",
                         "Add our recruiter on Telegram: @hr_%s_%d" % (an(rng, 5, "abcdefghijklmnop"), rng.randint(10, 99))]),
             "Best regards,\n%s\nHR Department, %s" % (rng.choice(FAKE_NAMES), co)]
    return subj, paras, None


@spamkind("casino", 10)
def sp_casino(rng, dom, to):
    subj = rng.choice(["🎰 200 Free Spins waiting for you!", "Your $1,000 welcome bonus expires tonight", "You won! Claim your jackpot", "No-deposit bonus: 50 spins credited",
                       "VIP invite: 300% match bonus", "Spin now — €500 + 150 free spins"])
    link = spam_link(rng, dom)
    paras = ["Hey player!", rng.choice(["Your account has been credited with 200 Free Spins on Book of Ra Deluxe. No deposit required!", "Join today and get a 300% match bonus up to $1,000 + 150 free spins.",
                                        "Lucky you — you've been selected for our VIP program. Instant withdrawals, crypto accepted."]),
             "PLAY NOW ▶ %s" % link, "18+ | Play responsibly | T&Cs apply"]
    return subj, paras, link


@spamkind("knockoff-goods", 8)
def sp_knock(rng, dom, to):
    item = rng.choice(["Ray-Ban sunglasses", "designer handbags", "luxury watches", "UGG boots", "Nike sneakers", "Pandora jewelry"])
    subj = rng.choice(["Clearance: {i} 90% OFF", "Warehouse closing — {i} from $19.99", "Last day! Brand {i} up to 85% off", "Official outlet: {i} sale"]).format(i=item)
    link = spam_link(rng, dom)
    paras = ["Hi,", "Our warehouse is closing and all %s must go. Authentic quality at up to 90%% off retail prices." % item, "Free shipping worldwide. Limited stock!", "Shop: %s" % link]
    return subj, paras, link


@spamkind("inheritance-419", 4)
def sp_419(rng, dom, to):
    nm = rng.choice(["Barrister James Okonkwo", "Mrs. Margaret Hollander", "Dr. Ahmed Al-Rashid", "Mr. Chen Wei, Bank Director"])
    subj = rng.choice(["URGENT: Inheritance fund of $4.5 million", "Confidential business proposal", "Your consignment box is at the airport", "Beneficiary notification"])
    paras = ["Dear Friend,", "I am %s. I am contacting you regarding the estate of a late client who shares your surname and died without a will, leaving the sum of US$%s.%d million in a bank account." % (nm, rng.randint(2, 9), rng.randint(1, 9)),
             "I propose that you stand as next of kin so the funds can be released to you. We will share the proceeds 50/50. This transaction is 100% risk free.",
             "Reply with your full name, phone number and address to %s.%s%d@%s" % (rng.choice(["barrister.claims", "private.office", "mrsmargaret"]), an(rng, 5, "qwxzvkjy"), rng.randint(10, 99), rng.choice(["gmail.com", "outlook.com", "proton.me"])),
             "Yours faithfully,\n%s" % nm]
    return subj, paras, None


@spamkind("stock-tip", 4)
def sp_stock(rng, dom, to):
    tick = rng.choice(["QNTX", "BRLM", "HVLO", "ZPTR"])
    subj = rng.choice(["This $0.38 stock could explode Monday", "{t}: the next 10-bagger?", "Urgent alert: {t} set to soar", "My #1 small-cap pick for 2026"]).format(t=tick)
    link = spam_link(rng, dom)
    paras = ["Dear Reader,", "Our research team believes %s (OTC: %s) is about to announce a major partnership. Last time we issued an alert like this, the stock gained 1,240%%." % (rng.choice(["Quantix Holdings", "Borealm Mining", "Helvo Labs"]), tick),
             "Get the full report free: %s" % link, "Disclaimer: we have been compensated $50,000 by a third party for this advertisement."]
    return subj, paras, link


SPAM_DISPLAY = {
    "crypto-investment": ["Crypto Insider", "Bitcoin Profits Daily", "Digital Asset Desk", "Wealth Alert", "{n}"],
    "ai-trading-bot": ["AI Trading News", "QuantumAI Team", "Financial Breakthroughs", "{n}"],
    "prize-survey": ["Costco Rewards", "Customer Appreciation", "Walmart Survey Team", "Reward Center", "Yeti Giveaway", "Loyalty Program"],
    "health-weightloss": ["Health Discovery", "Dr. Amy Sanders", "Slim Daily", "Wellness Report", "Keto Labs"],
    "ed-pills": ["Men's Health Pharmacy", "Discreet Meds", "RX Outlet"],
    "dating": ["{g}", "Lonely Hearts", "New Match", "Secret Admirer"],
    "loan-debt": ["Loan Approval Center", "Debt Relief Program", "Funding Team", "Student Aid Processing"],
    "casino": ["Lucky Spins Casino", "VIP Casino Club", "JackpotCity Bonus", "Royal Vegas"],
    "knockoff-goods": ["Outlet Clearance", "Brand Warehouse", "Official Store"],
    "stock-tip": ["Small Cap Alerts", "Penny Stock Insider", "Market Movers Daily"],
    "unclaimed-package": ["Delivery Notice", "Parcel Center", "USPS-Notice", "Package Support", "Logistics Dept."],
}


def spam_body(rng, kind, subj, paras, link, dom, evasion):
    text = "\n\n".join(paras) + "\n"
    if "zw" in evasion:
        text = zwsp(rng, text, 0.12)
    if "homo" in evasion:
        text = homoglyph(rng, text, 0.15)
    mode = rng.random()
    hidden = ""
    if "hidden" in evasion:
        filler = " ".join(rng.sample(["meeting", "agenda", "invoice", "project", "thanks", "regards", "schedule", "weather", "garden", "recipe", "family", "update", "report", "library",
                                      "newsletter", "community", "volunteer", "holiday", "photos", "weekend", "tickets", "receipt", "lunch", "minutes"], 18))
        hidden = rng.choice(['<div style="display:none;font-size:0;color:#ffffff">%s</div>', '<span style="font-size:0px;color:#fefefe;line-height:0">%s</span>',
                             '<p style="color:#ffffff;font-size:1px">%s</p>', '<!-- %s -->']) % filler
    if "image" in evasion:
        img = '<a href="%s"><img src="https://%s/img/%s.jpg" width="600" height="%d" alt="%s" border="0"></a>' % (
            esc(link or "https://%s/" % dom), rng.choice(["cdn.", "img.", "static.", ""]) + dom, hx(rng, 16), rng.randint(500, 900), esc(rng.choice(["", "Click here", "View offer", subj[:30]])))
        html = '<html><body style="margin:0"><center>%s%s<br><font size="1" color="#999999"><a href="https://%s/u/%s">unsubscribe</a></font></center></body></html>\n' % (img, hidden, dom, b62(rng, 10))
        if rng.random() < 0.5:
            return Hm(html, cte="base64")
        return alt(rng.choice([" ", "View this email in your browser: %s\n" % (link or dom), text]), html)
    if mode < 0.35:
        t = T(text, cte=rng.choice(["7bit", "quoted-printable", "base64", "8bit"]))
        return t
    # html version
    ps = "".join("<p>%s</p>" % esc(p).replace("\n", "<br>") for p in paras)
    if link:
        ps = ps.replace(esc(link), '<a href="%s" style="color:#0066cc;font-weight:bold">%s</a>' % (esc(link), rng.choice(["CLICK HERE", "Claim now", "Learn more", esc(link), "Get started »"])))
    style = rng.random()
    if style < 0.5:
        b = dict(name=rng.choice(["", "Exclusive", "Members", "Special Report"]) or subj[:20], domain=dom, color=rng.choice(["#d60000", "#ff6600", "#008800", "#0033cc", "#000000"]))
        html = newsletter_html(b, subj, [p for p in paras[1:-1]], (rng.choice(["CLAIM NOW", "YES! I WANT IT", "Start Now", "See Offer"]), link) if link else None, None,
                               ["You received this because you subscribed to our partner offers.", "{UNSUB}Unsubscribe{/UNSUB}", "%s, %s" % (street(rng), rng.choice(CITIES))], rng.random() < 0.5, pre=paras[1][:90])
        html = html.replace("</body>", hidden + "\n</body>")
    else:
        html = '<html><head><meta charset="utf-8"></head><body><div style="font-family:Arial;font-size:14px">%s%s</div></body></html>\n' % (ps, hidden)
    hc = rng.choice(["quoted-printable", "base64", "quoted-printable"])
    if rng.random() < 0.3:
        return Hm(html, cte=hc)
    return alt(text, html, hcte=hc)


def spam_one(rng, kind, i):
    f, _ = SPAM_KINDS[kind]
    to = rcpt(rng)
    d = pick_date(rng)
    kw = dict(to=to, date=d)
    words = {"crypto-investment": ["coin", "crypto", "btc", "wealth"], "ai-trading-bot": ["ai", "quant", "trade"], "prize-survey": ["reward", "prize", "gift", "survey"],
             "health-weightloss": ["slim", "keto", "health", "vital"], "loan-debt": ["loan", "fund", "credit", "relief"], "casino": ["spin", "casino", "lucky", "bet"],
             "knockoff-goods": ["outlet", "deal", "brand"], "unclaimed-package": ["parcel", "track", "deliv", "post"], "dating": ["meet", "date", "love", "chat"]}.get(kind)
    dom = fresh_domain(rng, words)
    subj, paras, link = f(rng, dom, to)
    # infrastructure
    if kind in ("seo-pitch", "webdesign-leadgen", "fake-job", "inheritance-419"):
        infra = rng.choice(["gmail", "outlook", "gmail", "compromised", "vps", "yahoo"])
    elif kind == "extortion":
        infra = rng.choice(["compromised", "misconfigured", "vps", "outlook", "spoof-self"])
    elif kind == "fake-invoice":
        infra = rng.choice(["gmail", "gmail", "outlook", "compromised", "m365tenant"])
    elif kind == "unclaimed-package":
        infra = rng.choice(["vps", "compromised", "misconfigured", "spam-esp"])
    else:
        infra = rng.choice(["spam-esp", "spam-esp", "vps", "vps", "compromised", "misconfigured", "m365tenant"])
    disp = rng.choice(SPAM_DISPLAY.get(kind, ["{n}"])).format(n=rng.choice(FAKE_NAMES), g=rng.choice(["Kate", "Anastasia", "Lina", "Mira"]))
    local = rng.choice(["info", "news", "hello", "support", "offers", "noreply", "team", "mail", an(rng, 6, "abcdefghijklmnopqrstuvwxyz")])
    if infra in ("gmail", "outlook", "yahoo"):
        nm = rng.choice(FAKE_NAMES)
        base = nm.lower().replace("dr. ", "").replace(" ", rng.choice([".", "", "_"]))
        fdom = {"gmail": "gmail.com", "outlook": "outlook.com", "yahoo": "yahoo.com"}[infra]
        faddr = "%s.%s%d@%s" % (base, an(rng, 4, "abcdefghjkmnpqrstuvwxyz"), rng.randint(10, 99), fdom)
        disp = nm if kind not in ("fake-invoice",) else rng.choice(["Billing Department", "Norton Billing", "Geek Squad Support", nm])
        tr = infra
        if kind == "fake-invoice" and rng.random() < 0.6:
            kw["reply_to"] = "%s.billing.%s%d@%s" % (an(rng, 6, "abcdefghijklmnop"), an(rng, 4, "qrstuvwxyz"), rng.randint(10, 99), rng.choice(["gmail.com", "outlook.com"]))
    elif infra == "compromised":
        victim = rng.choice(["greenvalleyschool.example", "mcallister-law.example", "rosewood-dental.test", "tri-county-realty.example", "univ-meridia.example",
                             "stjohns-parish.test", "hillcrest-hoa.example", "bayside-autorepair.test", "kessler-architects.example"])
        faddr = "%s@%s" % (rng.choice(["office", "admin", "j.smith", "frontdesk", "secretary", "m.garcia", "info", "accounts"]), victim)
        tr = "compromised"
        kw["sign_domain"] = victim
        if kind not in ("seo-pitch", "webdesign-leadgen", "fake-job", "inheritance-419") and rng.random() < 0.6:
            kw["to_hdr"] = rng.choice(["undisclosed-recipients:;", fa("", faddr)])
        if rng.random() < 0.5:
            kw["reply_to"] = "%s@%s" % (local, dom)
    elif infra == "m365tenant":
        tenant = an(rng, rng.randint(6, 12), "abcdefghijklmnopqrstuvwxyz") + str(rng.randint(1, 999))
        faddr = "%s@%s.onmicrosoft.com" % (rng.choice(["admin", "info", "support", "noreply", an(rng, 5, "abcdefghijklmnop")]), tenant)
        tr = "m365"
        kw["to_hdr"] = rng.choice(["undisclosed-recipients:;", fa(*to), faddr])
    elif infra == "spoof-self":
        faddr = to[1]
        disp = to[0] if rng.random() < 0.5 else ""
        tr = "misconfigured"
        kw["rp"] = to[1]
    elif infra == "misconfigured":
        faddr = "%s@%s" % (local, dom)
        tr = "misconfigured"
        if rng.random() < 0.4:
            kw["to_hdr"] = "undisclosed-recipients:;"
    elif infra == "spam-esp":
        faddr = "%s@%s" % (local, rng.choice(["", "mail.", "news.", "m."]) + dom)
        tr = rng.choice(["sendgrid", "mailgun", "brevo", "ses", "sparkpost", "mailchimp", "customerio"])
        kw["bulk"] = True
        kw["sign_domain"] = dom
    else:
        faddr = "%s@%s" % (local, dom)
        tr = "vps"
        kw["sign_domain"] = dom
        kw["bulk"] = True if rng.random() < 0.6 else None
        kw["mailer"] = rng.choice([None, "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "Mautic 5.1", "MailWizz v2.3", None, "Acelle Mail"])
    # evasion features
    ev = set()
    for feat, p in (("zw", 0.18), ("homo", 0.18), ("hidden", 0.2), ("image", 0.12)):
        if rng.random() < p:
            ev.add(feat)
    if "homo" in ev:
        subj = homoglyph(rng, subj, 0.3)
    if "zw" in ev:
        subj = zwsp(rng, subj, 0.15)
    body = spam_body(rng, kind, subj, paras, link, dom, ev)
    if kind == "fake-invoice" and rng.random() < 0.6:
        body = Mp("mixed", body, Bn("application/pdf", make_pdf(rng, ["INVOICE", subj, "Call billing: see email", "Total: $%s" % rng.choice(["389.99", "499.99"])]), "Invoice_%d.pdf" % rng.randint(10000, 99999)))
    if kind == "extortion" and rng.random() < 0.3:
        body = T("\n\n".join(paras) + "\n", cte="base64")
    kw["evasion"] = ",".join(sorted(ev))
    return mk(kind, "en", disp, faddr, subj, body, tr, **kw)


def spam_intl(rng, i):
    # a handful of non-English spam
    lang = ["de", "fr", "es", "it"][i % 4]
    to = rcpt(rng, lang)
    dom = fresh_domain(rng)
    link = spam_link(rng, dom)
    txt = {"de": ("Herzlichen Glückwunsch! Sie haben einen Lidl-Gutschein über 500 € gewonnen", ["Sehr geehrter Kunde,", "Sie wurden ausgewählt, an unserer kurzen Umfrage teilzunehmen. Als Dankeschön erhalten Sie einen Gutschein über 500 €.", "Jetzt teilnehmen: %s" % link, "Das Angebot ist nur heute gültig."]),
           "fr": ("Votre colis est en attente : frais de douane de 2,99 €", ["Bonjour,", "Votre colis n'a pas pu être livré car des frais de douane de 2,99 € sont impayés.", "Réglez-les ici sous 48 h : %s" % link, "Service Client"]),
           "es": ("Gana 3.000 € al mes desde casa con inteligencia artificial", ["Hola,", "Miles de españoles ya ganan dinero con nuestra plataforma de trading con IA. Sin experiencia.", "Regístrate gratis: %s" % link, "Plazas limitadas."]),
           "it": ("Offerta esclusiva: prestito approvato fino a 30.000 €", ["Gentile cliente,", "La sua richiesta di prestito è stata pre-approvata. Nessuna busta paga richiesta.", "Completi la richiesta: %s" % link, "Cordiali saluti"])}[lang]
    kind = {"de": "prize-survey", "fr": "unclaimed-package", "es": "ai-trading-bot", "it": "loan-debt"}[lang]
    body = alt("\n\n".join(txt[1]) + "\n", simple_html(txt[1], None, None, None, None, lang))
    return mk(kind + "-intl", lang, {"de": "Kundenservice", "fr": "Service Client", "es": "Equipo IA Trading", "it": "Servizio Clienti"}[lang], "%s@%s" % (rng.choice(["info", "no-reply", "servizio"]), dom), txt[0], body,
              rng.choice(["vps", "sendgrid", "brevo"]), to=to, date=pick_date(rng), sign_domain=dom, bulk=True, evasion="")


# ================================================================ PHISH
PHISH = {
    "m365": (12, ["Microsoft 365", "Microsoft Outlook", "Microsoft account team", "Office365 Admin", "Microsoft Teams", "SharePoint Online"],
             ["Action required: your mailbox storage is full (99%)", "Your Microsoft 365 password expires today", "Unusual sign-in activity", "You have 7 undelivered messages held in quarantine",
              "Microsoft 365: verify your account to avoid suspension", "[EXTERNAL] {sender} shared \"Q4 Bonus Structure.xlsx\" with you", "Teams: You have missed messages from {sender}",
              "Re-validate your MFA settings before {date}"],
             ["Dear {user},", "Your mailbox {email} has exceeded its storage limit. Incoming messages are being held and will be deleted after 24 hours.",
              "To avoid losing messages, please verify your account and restore your mailbox quota.", "Note: this is a one-time verification. Failure to verify will result in account deactivation.",
              "Microsoft Corporation, One Microsoft Way, Redmond, WA 98052"], "Verify account", ["m365", "office", "outlook", "msonline", "login"]),
    "google": (4, ["Google", "Google Workspace", "Gmail Team", "Google Drive"],
               ["Security alert for {email}", "Your Google storage is full - photos will be deleted", "Critical security alert: someone has your password", "{sender} shared a document with you"],
               ["Someone just used your password to try to sign in to your account {email}.", "Google blocked them, but you should check what happened.", "Review your account activity within 24 hours to avoid temporary suspension.",
                "Google LLC, 1600 Amphitheatre Parkway, Mountain View, CA 94043"], "Check activity", ["google", "gmail", "accounts", "gdrive"]),
    "apple": (5, ["Apple", "Apple Support", "iCloud", "App Store"],
              ["Your Apple ID has been locked for security reasons", "Receipt: Your subscription to Apple TV+ Premium ($49.99)", "iCloud storage full: your photos will be deleted", "Your Apple Account was used to sign in on a new device", "Action needed: update your payment information"],
              ["Dear Customer,", "Your Apple Account has been temporarily locked because we detected an unauthorized sign-in attempt from an unknown device in Kyiv.", "To unlock your account, verify your identity within 24 hours.",
               "If you did not make this purchase, cancel it here before it is charged.", "Apple Inc. One Apple Park Way, Cupertino, CA 95014"], "Verify Apple Account", ["apple", "icloud", "appleid", "support-apple"]),
    "paypal": (5, ["PayPal", "PayPal Service", "service@paypal.com", "PayPal Resolution Center"],
               ["Your PayPal account has been limited", "You sent a payment of $899.00 USD to Coinbase Inc.", "Action required: confirm your identity", "Notice of unusual activity", "Invoice from PayPal Billing Dept (INV-{n})"],
               ["Dear Customer,", "We noticed some unusual activity on your account and have temporarily limited what you can do.", "Please confirm your information to restore full access. Until then, you won't be able to send or withdraw money.",
                "If you didn't authorize this payment, call PayPal Support at +1 (888) 5{n3}-{n4} immediately.", "Copyright © 1999-2026 PayPal. All rights reserved."], "Resolve now", ["paypal", "pay-pal", "ppl", "resolution"]),
    "amazon": (5, ["Amazon", "Amazon.com", "Amazon Prime", "Amazon Security"],
               ["Your Prime membership could not be renewed", "Action Required: Your Amazon account is on hold", "Order #{order} has been cancelled", "Refund of $129.99 pending your confirmation", "Your payment method was declined"],
               ["Hello,", "We were unable to charge your payment method for your Prime membership renewal.", "To keep your Prime benefits, please update your payment information within 48 hours.",
                "© 2026 Amazon.com, Inc. or its affiliates. All rights reserved."], "Update payment", ["amazon", "amzn", "prime", "amazon-support"]),
    "netflix": (4, ["Netflix", "Netflix Support", "Netflix Billing"],
                ["Your account is on hold", "Payment declined - update your details", "Last reminder: your membership will be cancelled", "We're having trouble with your current billing information"],
                ["Hi {first},", "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
                 "Your account will be suspended if we can't verify your payment within 48 hours.", "Questions? We're here to help. Visit the Help Center or contact us."], "Update Account Now", ["netflix", "nflx", "netflix-billing"]),
    "bank": (8, ["Chase", "Wells Fargo", "Bank of America", "HSBC", "ING", "Santander", "Chase Online Security", "Wells Fargo Alerts"],
             ["Your account has been temporarily suspended", "Security Alert: Unusual login detected", "Zelle® payment of $1,250.00 pending approval", "Important: Verify your identity to avoid account closure",
              "Secure message from {bank}", "Your debit card has been locked"],
             ["Dear Valued Customer,", "We detected an unusual login attempt to your online banking from a new device.", "For your protection, we have temporarily restricted access to your account. Please verify your identity to restore access.",
              "If you do not complete verification within 24 hours, your account will be permanently closed.", "Thank you for banking with us."], "Verify Identity", ["secure", "online", "verify", "alerts", "banking"]),
    "parcel": (8, ["DHL Express", "UPS", "FedEx", "USPS", "DHL", "FedEx Delivery Manager", "UPS My Choice", "USPS Tracking"],
               ["Your shipment is on hold: customs duties unpaid", "Delivery attempt failed - reschedule now", "USPS: Your package has arrived at the warehouse", "Action required: confirm delivery address", "FedEx: shipment {trk} delayed"],
               ["Dear Customer,", "Your package {trk} could not be delivered due to an incomplete address / unpaid customs fee of $1.99.", "Please confirm your delivery details and pay the outstanding fee to schedule redelivery.",
                "Packages not claimed within 3 days will be returned to sender."], "Reschedule delivery", ["dhl", "ups", "fedex", "usps", "track", "parcel"]),
    "tax": (5, ["IRS", "Internal Revenue Service", "HMRC", "HM Revenue & Customs", "IRS Refund Department"],
            ["You are eligible for a tax refund of $1,432.60", "HMRC: You have a tax rebate of £486.20", "Notice CP2000: proposed changes to your 2025 return", "Final notice: unpaid tax balance", "Your IRS Online Account: verify your identity"],
            ["Dear Taxpayer,", "After the last annual calculation of your fiscal activity we have determined that you are eligible to receive a tax refund.", "Please submit the tax refund request and allow us 3-5 business days to process it.",
             "A refund can be delayed for a variety of reasons, e.g. submitting invalid records or applying after the deadline."], "Claim refund", ["irs", "hmrc", "gov-refund", "tax"]),
    "esign-doc": (6, ["DocuSign", "Adobe Acrobat Sign", "DocuSign via {company}", "SharePoint", "OneDrive", "Dropbox Sign"],
                  ["{sender} sent you a document to review and sign", "Completed: Please DocuSign: Contract_Amendment_2026.pdf", "{company} has shared \"Remittance Advice.pdf\" with you",
                   "Please review: Payroll adjustment - {date}", "REVIEW & SIGN: Updated Employee Handbook"],
                  ["{sender} sent you a document to review and sign.", "Document: {docname}", "Please review and sign by end of day.", "Do Not Share This Email: this email contains a secure link. Please do not share this email, link, or access code with others."],
                  "REVIEW DOCUMENT", ["docusign", "esign", "sharepoint", "docs", "onedrive"]),
    "crypto-wallet": (4, ["MetaMask", "Ledger", "Coinbase", "Trust Wallet"],
                      ["Urgent: Your wallet will be deactivated", "Ledger security update required", "Verify your wallet to comply with new regulations", "Unauthorized withdrawal attempt blocked"],
                      ["Dear User,", "Due to a recent security incident, all wallets must be re-verified by {date}. Unverified wallets will be suspended and assets may be lost.",
                       "Please verify your wallet by entering your 12 or 24-word recovery phrase in our secure portal.", "The MetaMask / Ledger Security Team"], "Verify Wallet", ["wallet", "ledger", "metamask", "web3"]),
    "voicemail-fax": (4, ["Voicemail Service", "RingCentral", "eFax", "Voice Message", "8x8 Voicemail"],
                      ["New voicemail from +1 (5{n3}) {n3}-{n4} (0:47)", "You have received a new fax (3 pages)", "Missed call: 1 new voice message", "VM-Notification: {company}"],
                      ["You have a new voice message.", "From: +1 (5{n3}) {n3}-{n4}\nDuration: 00:47\nReceived: {date}", "Listen to the message by opening the attachment or signing in below."], "Play message", ["voicemail", "vm", "fax", "voice"]),
    "it-helpdesk": (4, ["IT Helpdesk", "IT Support", "Help Desk", "System Administrator"],
                    ["Password expiry notice: your password expires in 1 day", "Mandatory: re-enroll in multi-factor authentication", "Mailbox migration - action required", "Your email account will be deactivated"],
                    ["Hello {user},", "Your network password for {email} is set to expire in 1 day.", "To keep your current password and avoid losing access, use the link below.", "Thanks,\nIT Support Desk\n{company}"], "Keep current password", ["helpdesk", "it-support", "portal", "sso"]),
}

PHISH_LEADS = {
    "m365": {1: "The password for {email} expires today. To keep using your current password, confirm it below before 11:59 PM.",
             2: "We detected something unusual about a recent sign-in to {email} from Lagos, Nigeria (IP 102.89.4.17). If this wasn't you, secure your account now.",
             3: "7 incoming messages for {email} were held by the quarantine filter and have not been delivered to your inbox. Review and release them below.",
             5: "{sender} has shared a file with you on OneDrive for Business: Q4 Bonus Structure.xlsx. This link only works for the direct recipients of this message.",
             6: "You have 3 unread messages in Teams from {sender}. \"Hey, did you get a chance to look at the file I sent? Need it before noon.\"",
             7: "Your organisation requires all users to re-validate multi-factor authentication settings for {email} before {date}. Accounts not validated will be signed out."},
    "amazon": {1: "Your account has been placed on hold because we could not verify the billing information on your recent order.",
               2: "Your order #{order} has been cancelled because the billing address could not be verified. Sign in to update your details and restore the order.",
               3: "A refund of $129.99 for your returned item is ready. To receive it, please confirm the card the refund should be issued to."},
    "apple": {1: "Your subscription to Apple TV+ Premium has been renewed for $49.99. If you did not authorize this charge, cancel within 24 hours to receive a full refund.",
              2: "Your iCloud storage is full. Photos and videos will no longer be backed up and may be removed in 3 days.",
              3: "Your Apple Account {email} was used to sign in to iCloud on a Windows PC. If you did not sign in, verify your account now."},
    "paypal": {1: "You sent a payment of $899.00 USD to Coinbase Inc. If you did not authorize this transaction, cancel it within 24 hours.",
               4: "PayPal Billing Dept sent you an invoice for $599.99 USD (Norton 360 Premium renewal). If you did not authorize this invoice, call us immediately."},
    "tax": {2: "We have proposed changes to your 2025 Form 1040 based on information reported by third parties. Review the notice to avoid additional penalties.",
            3: "Our records show an unpaid balance of $2,318.45 on your account. Pay now to avoid enforcement action.",
            4: "To continue using your IRS Online Account, you must verify your identity with ID.me by the end of this week."},
}

BEC_TEMPLATES = [
    ("Urgent request", ["Hi {first},", "Are you available? I need you to handle a task for me discreetly. I'm in a meeting and can't talk on the phone.", "Reply when you see this.", "{boss}\nSent from my iPhone"]),
    ("Gift cards for the team", ["{first},", "I want to surprise some of the staff with gift cards today as appreciation. Can you pick up 8 Apple gift cards at $200 each? I'll reimburse you this evening.",
                                 "Scratch the back and send me pictures of the codes. Keep it quiet, it's a surprise.", "Thanks,\n{boss}"]),
    ("Updated bank details for invoice payment", ["Hello,", "Please be informed that we have changed our banking details due to our annual audit. All future payments, including the outstanding invoice INV-{n}, should be made to our new account below.",
                                                  "Bank: First Meridian Bank\nAccount name: {vendor}\nAccount number: 4{n9}\nRouting: 0{n8}", "Kindly confirm once the transfer is done. Please do not use the old account.", "Best regards,\nAccounts Receivable\n{vendor}"]),
    ("Direct deposit change", ["Hi,", "I changed banks and need to update my direct deposit before the next payroll run. What information do you need from me?", "Thanks,\n{emp}"]),
    ("Wire transfer - confidential", ["{first},", "We are finalizing a confidential acquisition. I need you to process a wire of $48,650 today to the attorney's escrow account. Details will follow from our legal counsel.",
                                      "Do not discuss this with anyone else until the announcement.", "{boss}"]),
    ("RE: Overdue payment", ["Hi {first},", "Following up on the attached invoice, which is now 30 days overdue. Our bank details have been updated; please use the details in the attached PDF.", "Regards,\n{vendor}"]),
]


def lookalike(rng, keys):
    k = rng.choice(keys)
    forms = ["%s-%s" % (k, rng.choice(["secure", "verify", "support", "account", "login", "service", "alert", "update", "billing", "help"])),
             "%s%s" % (rng.choice(["secure-", "my-", "login-", "account-", "support-"]), k),
             k.replace("o", "0").replace("l", "1") + "-" + rng.choice(["online", "center", "portal"]),
             "%s-%s%d" % (k, rng.choice(["notice", "id", "case", "team"]), rng.randint(2, 999))]
    return rng.choice(forms) + "." + rng.choice(["example", "test", "com.verify-portal.test", "support-center.example", "com-account.test", "secure-login.example"])


def phish_one(rng, kind, i):
    to = rcpt(rng)
    d = pick_date(rng)
    first = to[0].split()[0]
    kw = dict(to=to, date=d)
    company = "Brightline Consulting" if "brightline" in to[1] else "Fernhill"
    sender = rng.choice(["Helen Park", "Jonas Keller", "Accounts Payable", "Rachel Kim", "David Chen"])
    trk = rng.choice(["1Z%s%010d" % (HX(rng, 6), rng.randint(0, 10**10)), "%012d" % rng.randint(0, 10**12), "9400%018d" % rng.randint(0, 10**18), "JJD%015d" % rng.randint(0, 10**15)])
    m = dict(user=to[1].split("@")[0], email=to[1], first=first, sender=sender, company=company, date=(d + dt.timedelta(days=2)).strftime("%m/%d/%Y"), n="%d" % rng.randint(10000, 99999),
             n3="%03d" % rng.randint(100, 999), n4="%04d" % rng.randint(0, 9999), n8="%08d" % rng.randint(0, 10**8), n9="%09d" % rng.randint(0, 10**9), trk=trk,
             order="%03d-%07d-%07d" % (rng.randint(111, 114), rng.randint(0, 10**7), rng.randint(0, 10**7)), bank=rng.choice(["Chase", "Wells Fargo", "Bank of America"]),
             docname=rng.choice(["Contract_Amendment_2026.pdf", "Remittance_Advice_%s.pdf" % d.strftime("%m%d"), "Q4_Bonus_Structure.xlsx", "Payroll_Adjustment.pdf", "Settlement_Agreement_FINAL.pdf"]),
             boss=rng.choice(["Helen Park", "Richard Alvarez", "Margaret Osei"]), vendor=rng.choice(["Northside Plumbing Ltd", "Meridian Supplies Inc.", "Okafor & Lee Bookkeeping"]),
             emp=rng.choice(["Jonas Keller", "Aiko Mori", "Sophie Marchand"]))
    if kind == "bec":
        subj, paras = BEC_TEMPLATES[i % len(BEC_TEMPLATES)]
        subj = subj.format(**m)
        paras = [p.format(**m) for p in paras]
        who = m["vendor"] if "{vendor}" in "".join(BEC_TEMPLATES[i % len(BEC_TEMPLATES)][1]) else (m["emp"] if "{emp}" in "".join(BEC_TEMPLATES[i % len(BEC_TEMPLATES)][1]) else m["boss"])
        style = rng.choice(["freemail", "lookalike", "compromised"])
        if style == "freemail":
            faddr = "%s.%s.%s%d@%s" % (who.split()[0].lower(), rng.choice(["office", "ceo", "exec", "work"]), an(rng, 4, "qwxzvkjy"), rng.randint(10, 99), rng.choice(["gmail.com", "outlook.com"]))
            tr = "gmail" if faddr.endswith("gmail.com") else "outlook"
        elif style == "lookalike":
            real = dom_of(to[1])
            fake = real.replace("brightline", rng.choice(["brightiine", "brlghtline", "brightline-consult"])).replace("fernhill", rng.choice(["fernhil", "fernhi11", "fern-hill"])).replace("osei-home", "osei-hom")
            if fake == real:
                fake = "mail-" + real
            faddr = "%s@%s" % (who.split()[0].lower(), fake)
            tr = rng.choice(["vps", "m365"])
            kw["sign_domain"] = fake
        else:
            faddr = "%s@%s" % (who.split()[0].lower(), rng.choice(["meridian-supplies.example", "northside-plumbing.test", "lakeshore-cpa.example"]))
            tr = "compromised"
            kw["reply_to"] = "%s.%s.%s%d@%s" % (who.split()[0].lower(), rng.choice(["ar", "billing", "finance"]), an(rng, 4, "qwxzvkjy"), rng.randint(10, 99), rng.choice(["outlook.com", "gmail.com", "proton.me"]))
        text = "\n\n".join(paras) + "\n"
        body = T(text, cte="7bit") if rng.random() < 0.5 else alt(text, outlook_html(text))
        if "attached" in text:
            body = Mp("mixed", body, Bn("application/pdf", make_pdf(rng, ["REMITTANCE / BANK DETAILS", m["vendor"], "Account: 4%s" % m["n9"], "Routing: 0%s" % m["n8"]]), "INV-%s_updated_bank_details.pdf" % m["n"]))
        kw["technique"] = "bec-" + style
        return mk("bec", "en", who, faddr, subj, body, tr, **kw)
    n, displays, subjects, paras, cta, keys = PHISH[kind]
    disp = rng.choice(displays).format(**m)
    si = rng.randrange(len(subjects))
    subj = subjects[si].format(**m)
    paras = [p.format(**m) for p in paras]
    lead = PHISH_LEADS.get(kind, {}).get(si)
    if lead:
        paras[1] = lead.format(**m)
    # sender technique
    tech = rng.choice(["brand-display-unrelated", "lookalike", "throwaway-dmarc", "compromised", "freemail"] if kind not in ("it-helpdesk",) else ["spoof-internal", "compromised", "lookalike"])
    fresh = fresh_domain(rng)
    if tech == "lookalike":
        sd = lookalike(rng, keys)
        faddr = "%s@%s" % (rng.choice(["no-reply", "support", "security", "service", "alerts", "account"]), sd)
        tr = rng.choice(["vps", "sendgrid", "mailgun", "ses"])
        kw["sign_domain"] = sd
    elif tech == "throwaway-dmarc":
        faddr = "%s@%s" % (rng.choice(["notice", "info", "mail", "hello"]), fresh)
        tr = rng.choice(["vps", "brevo", "sendgrid", "sparkpost"])
        kw["sign_domain"] = fresh
    elif tech == "compromised":
        faddr = "%s@%s" % (rng.choice(["info", "admin", "office", "webmaster", "k.tanaka"]), rng.choice(["lakeside-church.example", "pinecrest-clinic.test", "vanderberg-logistics.example", "college-aurelia.example", "sunnyvale-pta.test"]))
        tr = "compromised"
    elif tech == "freemail":
        faddr = "%s.%s%d@%s" % (rng.choice(["support.team", "noreply.service", "accountcenter", "helpdesk.secure"]), an(rng, 5, "qwxzvkjy"), rng.randint(10, 99), rng.choice(["outlook.com", "gmail.com", "yahoo.com"]))
        tr = {"outlook.com": "outlook", "gmail.com": "gmail", "yahoo.com": "yahoo"}[dom_of(faddr)]
    elif tech == "spoof-internal":
        faddr = "helpdesk@%s" % dom_of(to[1])
        tr = "misconfigured"
        kw["rp"] = "bounce@%s" % fresh
    else:
        faddr = "%s@%s" % (an(rng, rng.randint(5, 10), "abcdefghijklmnopqrstuvwxyz"), rng.choice([fresh, "mail." + fresh, "%s.%s" % (an(rng, 4, "abcdefgh"), fresh)]))
        tr = rng.choice(["vps", "misconfigured", "m365"])
        kw["sign_domain"] = dom_of(faddr)
    # link technique
    phost = rng.choice([lookalike(rng, keys), "%s.%s" % (rng.choice(keys), fresh), fresh, "%s.r2-storage.test" % hx(rng, 12), "%s.web-app-host.example" % an(rng, 10, "abcdefghijklmnopqrstuvwxyz"),
                        "ipfs-gw.example/ipfs/bafybei%s" % an(rng, 40, "abcdefghijklmnopqrstuvwxyz234567")])
    url = "https://%s/%s" % (phost, rng.choice(["login", "verify", "auth/%s" % b62(rng, 12), "?id=%s" % b62(rng, 20), "secure/session=%s" % hx(rng, 24), "%s#%s" % (b62(rng, 8), base64.b64encode(to[1].encode()).decode())]))
    lt = rng.random()
    if lt < 0.25:
        url = rng.choice(REDIR) + url.replace(":", "%3A").replace("/", "%2F")
        kw["technique_link"] = "redirector"
    elif lt < 0.4:
        url = "https://%s/%s" % (rng.choice(SHORT), b62(rng, 7))
        kw["technique_link"] = "shortener"
    tech_att = rng.random()
    ctx = (cta, url)
    brandname = disp.split(" via ")[0]
    html = simple_html(paras, ctx, None, brandname, ["This message was sent to %s. Please do not reply to this automated message." % to[1]])
    if tech == "spoof-internal" or kind == "it-helpdesk":
        html = html.replace("#1a73e8", "#0078d4")
    text = simple_text(paras, ctx)
    body = alt(text, html) if rng.random() < 0.6 else Hm(html, cte=rng.choice(["quoted-printable", "base64"]))
    att_kind = None
    if kind in ("m365", "esign-doc", "voicemail-fax", "bank", "it-helpdesk") and tech_att < 0.45:
        att_kind = rng.choice(["html", "svg", "zip", "qr", "pdf"])
    elif tech_att < 0.15:
        att_kind = rng.choice(["qr", "html", "pdf"])
    if att_kind == "html":
        form = ('<!DOCTYPE html><html><head><meta charset="utf-8"><title>%s</title></head><body style="font-family:Segoe UI,Arial">'
                '<div style="width:360px;margin:80px auto;padding:32px;box-shadow:0 2px 6px #aaa"><h2>%s</h2><p>Sign in to view the document</p>'
                '<form method="POST" action="https://%s/next.php"><input type="email" name="login" value="%s" style="width:100%%"><br><br>'
                '<input type="password" name="passwd" placeholder="Password" style="width:100%%"><br><br><button type="submit">Sign in</button></form></div></body></html>\n'
                % (esc(brandname), esc(brandname), fresh, esc(to[1])))
        fn = rng.choice(["Remittance_%s.html" % m["n"], "VM_%s.htm" % m["n"], "Document_%s.shtml" % m["n"], "Fax-%s.html" % m["n"]])
        body = Mp("mixed", body, Bn("text/html", form.encode(), fn))
    elif att_kind == "svg":
        svg = ('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="400" height="120">'
               '<text x="10" y="40" font-family="Arial" font-size="18">Loading secure document...</text>'
               '<script type="text/javascript"><![CDATA[\nvar e = atob("%s");\nwindow.location.href = "https://%s/?e=" + e;\n]]></script></svg>\n'
               % (base64.b64encode(to[1].encode()).decode(), phost))
        body = Mp("mixed", body, Bn("image/svg+xml", svg.encode(), "Play_VM_%s.svg" % m["n"] if kind == "voicemail-fax" else "Document_%s.svg" % m["n"]))
    elif att_kind == "zip":
        inner = ('<html><head><meta http-equiv="refresh" content="0;url=https://%s/d/%s"></head><body>Opening...</body></html>\n' % (phost, b62(rng, 10))).encode()
        z = make_zip([("%s_%s.html" % (rng.choice(["Invoice", "Scan", "Payment", "Fax"]), m["n"]), inner)])
        body = Mp("mixed", body, Bn("application/zip", z, "Secure_Doc_%s.zip" % m["n"]))
    elif att_kind == "qr":
        png = make_png(rng)
        qhtml = page('<div style="font-family:Segoe UI,Arial;max-width:520px;margin:24px auto"><h3>%s</h3><p>%s</p><p>Scan the QR code below with your phone camera to continue.</p>'
                     '<img src="cid:qr%s@mail" width="180" height="180" alt="QR"><p style="font-size:11px;color:#888">%s</p></div>' % (esc(brandname), esc(paras[1]), m["n"], esc(paras[-1])), subj)
        body = Mp("related", alt(simple_text(paras[:3]) + "\nScan the QR code to continue.\n", qhtml), Bn("image/png", png, "qrcode.png", "inline", "qr%s@mail" % m["n"]), params=' type="multipart/alternative";')
        kw["technique_link"] = "qr-image"
    elif att_kind == "pdf":
        body = Mp("mixed", body, Bn("application/pdf", make_pdf(rng, [brandname, subj[:70], "Click to view secure document:", url[:90]]), rng.choice(["Secure_Message.pdf", "Statement_%s.pdf" % m["n"], "Notice_%s.pdf" % m["n"]])))
    if rng.random() < 0.15:
        kw["reply_to"] = "%s.%s%d@%s" % (rng.choice(["support", "case", "verify"]), an(rng, 5, "qwxzvkjy"), rng.randint(10, 99), rng.choice(["proton.me", "outlook.com", fresh]))
    if rng.random() < 0.25:
        kw["to_hdr"] = rng.choice(["undisclosed-recipients:;", fa("", to[1]), fa("", faddr)])
    kw["technique"] = tech + ("+" + att_kind if att_kind else "")
    return mk(kind, "en", disp, faddr, subj, body, tr, **kw)


def phish_intl(rng, i):
    lang = ["de", "nl", "fr"][i % 3]
    to = rcpt(rng, lang)
    fresh = fresh_domain(rng)
    url = "https://%s/%s" % (lookalike(rng, {"de": ["sparkasse", "s-pushtan"], "nl": ["ing", "mijn-ing"], "fr": ["laposte", "colissimo"]}[lang]), b62(rng, 10))
    s = {"de": ("Sparkasse", "Wichtig: Aktualisierung Ihres S-pushTAN-Verfahrens erforderlich", ["Sehr geehrte Kundin, sehr geehrter Kunde,", "aufgrund neuer gesetzlicher Vorgaben (PSD2) müssen Sie Ihr pushTAN-Verfahren bis zum Monatsende aktualisieren.", "Andernfalls wird Ihr Online-Banking-Zugang vorübergehend gesperrt.", "Jetzt aktualisieren: " + url, "Ihre Sparkasse"]),
         "nl": ("ING", "Uw betaalpas verloopt binnenkort - vraag een nieuwe aan", ["Geachte klant,", "Uw huidige betaalpas verloopt binnenkort. Vraag vandaag nog kosteloos een nieuwe pas aan om blokkering te voorkomen.", "Aanvragen: " + url, "Met vriendelijke groet,\nING Klantenservice"]),
         "fr": ("La Poste", "Votre colis est en attente de livraison", ["Bonjour,", "Votre colis n'a pas pu être livré. Des frais de réexpédition de 1,99 € sont requis.", "Planifier la livraison : " + url, "La Poste - Colissimo"])}[lang]
    body = alt(simple_text(s[2]), simple_html(s[2], None, None, s[0], None, lang))
    return mk("phish-intl", lang, s[0], "%s@%s" % (rng.choice(["service", "info", "kundenservice"]), fresh), s[1], body, rng.choice(["vps", "compromised", "sendgrid"]),
              to=to, date=pick_date(rng), sign_domain=fresh, technique="brand-display-unrelated")


# ================================================================ main
def ham_jobs():
    jobs = []
    for f, n in ((ham_retail, 20), (ham_retail_intl, 12), (ham_localbiz, 10), (ham_bank, 14), (ham_fintech, 8), (ham_bank_intl, 4),
                 (ham_invoice, 14), (ham_receipt, 8), (ham_shipping, 12), (ham_notice, len(NOTICES)), (ham_personal, len(PERSONAL)), (ham_list, N_LISTS)):
        for k in range(n):
            jobs.append((f.__name__, f, k))
    return jobs


N_LISTS = 40
N_HAM, N_SPAM, N_PHISH = 240, 160, 80


def spam_jobs():
    jobs = []
    adj = {"crypto-investment": -1, "prize-survey": -1, "loan-debt": -1, "ai-trading-bot": -1}
    for kind, (f, n) in SPAM_KINDS.items():
        for k in range(n + adj.get(kind, 0)):
            jobs.append((kind, lambda rng, k=k, kind=kind: spam_one(rng, kind, k), k))
    for k in range(4):
        jobs.append(("spam-intl", lambda rng, k=k: spam_intl(rng, k), k))
    return jobs


def phish_jobs():
    jobs = []
    adj = {"m365": -1, "parcel": -1, "bank": -1}
    for kind, spec in PHISH.items():
        for k in range(spec[0] + adj.get(kind, 0)):
            jobs.append((kind, lambda rng, k=k, kind=kind: phish_one(rng, kind, k), k))
    for k in range(6):
        jobs.append(("bec", lambda rng, k=k: phish_one(rng, "bec", k), k))
    for k in range(3):
        jobs.append(("phish-intl", lambda rng, k=k: phish_intl(rng, k), k))
    return jobs


def decoded_subject(raw):
    m = email.message_from_bytes(raw, policy=email.policy.default)
    return str(m["subject"])


def verify(path):
    raw = open(path, "rb").read()
    m = email.message_from_bytes(raw, policy=email.policy.default)
    problems = []
    for part in m.walk():
        if part.defects:
            problems.append("defects %r" % (part.defects,))
    for k, v in m.items():
        s = str(v)
        if getattr(v, "defects", None):
            problems.append("header %s defects %r" % (k, v.defects))
    for h in ("From", "To", "Subject", "Date", "Message-ID", "Return-Path", "Received", "MIME-Version"):
        if m[h] is None:
            problems.append("missing " + h)
    ntext = 0
    for part in m.walk():
        if part.is_multipart():
            continue
        ct = part.get_content_type()
        c = part.get_content()
        if part.get_content_maintype() == "text":
            ntext += 1
            if not isinstance(c, str):
                problems.append("text part not str")
            cs = part.get_content_charset()
            if cs:
                part.get_payload(decode=True).decode(cs)
        elif not isinstance(c, (bytes, bytearray)):
            problems.append("binary part %s not bytes" % ct)
    if ntext == 0:
        problems.append("no text part")
    if m["Date"].datetime.year not in (2025, 2026):
        problems.append("date year")
    if any(len(l) > 998 for l in raw.split(b"\r\n")):
        problems.append("line too long")
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("bare LF")
    if problems:
        raise SystemExit("VERIFY FAILED %s: %s" % (path, "; ".join(problems)))
    return m


def main():
    for sub in ("ham", "spam", "phish"):
        p = os.path.join(HERE, sub)
        if os.path.isdir(p):
            shutil.rmtree(p)
        os.makedirs(p)
    rows = []
    counts = {}
    for cls, jobs, want in (("ham", ham_jobs(), N_HAM), ("spam", spam_jobs(), N_SPAM), ("phish", phish_jobs(), N_PHISH)):
        if len(jobs) != want:
            raise SystemExit("%s: %d jobs, want %d" % (cls, len(jobs), want))
        order = list(range(len(jobs)))
        random.Random("order-" + cls).shuffle(order)
        for num, j in enumerate(order, 1):
            name, f, k = jobs[j]
            rng = random.Random("%s/%s/%d" % (cls, name, k))
            spec = f(rng, k) if cls == "ham" else f(rng)
            spec.setdefault("date", pick_date(rng))
            spec.setdefault("to", rcpt(rng, spec.get("lang", "en")))
            spec["cls"] = cls
            spec["file"] = "%s/%04d.eml" % (cls, num)
            raw = build(spec, rng)
            path = os.path.join(HERE, spec["file"])
            with open(path, "wb") as fh:
                fh.write(raw)
            m = verify(path)
            subj = str(m["subject"]).replace("\t", " ").replace("\r", " ").replace("\n", " ")
            rows.append((spec["file"], cls, spec["kind"], spec["from_addr"], subj))
            counts.setdefault(cls, {}).setdefault(spec["kind"], 0)
            counts[cls][spec["kind"]] += 1
    with open(os.path.join(HERE, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("file\tclass\tkind\tsender\tsubject\n")
        for r in rows:
            fh.write("\t".join(r) + "\n")
    write_readme(counts)
    total = sum(sum(v.values()) for v in counts.values())
    print("wrote %d messages: %s" % (total, ", ".join("%s=%d" % (c, sum(v.values())) for c, v in counts.items())))


def write_readme(counts):
    L = []
    L.append("# modern-fresh: held-out measurement set of 2025-2026 e-mail\n")
    L.append("## Provenance\n")
    L.append("Written 2026-11-28 by an independent writer who had not seen the filter's rules, its source, its tests, "
             "or any earlier written or collected corpus. All messages are synthetic and produced by `generate.py` "
             "(Python 3 standard library only, fixed seeds, byte-for-byte reproducible). Content was written from general "
             "knowledge of what 2025-2026 mail looks like: ESP headers (SendGrid, Mailchimp, Klaviyo, Braze/SparkPost, "
             "Salesforce Marketing Cloud, Amazon SES, Mailgun, Postmark, HubSpot, Brevo, Constant Contact, Iterable, "
             "Customer.io, Mandrill), mailbox providers (Gmail, Outlook.com/Microsoft 365, iCloud, Yahoo, Proton, GMX, web.de, "
             "Orange, Free, Sapo, Ziggo, Libero), list servers (Mailman 3, Google Groups, groups.io, Discourse).\n")
    L.append("Real brand domains appear only as senders of legitimate (ham) mail. Invented organisations use `.example`/`.test` "
             "or invented registrable names; every malicious link and malicious sender domain is invented (look-alikes are "
             "built under `.example`/`.test` or invented names; shorteners and redirectors are invented hosts). "
             "Signatures (DKIM-Signature, ARC) are syntactically plausible but cryptographically meaningless; there are no "
             "Authentication-Results from the receiving server, which is `mx1.fernhill.example` (recipient domains "
             "fernhill.example, brightline-consulting.example, osei-home.test). Lines end in CRLF.\n")
    L.append("## MEASUREMENT ONLY\n")
    L.append("This set exists to measure the filter, not to train or tune it. **Never develop, tune or test-drive rules "
             "against these messages**, never copy phrases or header patterns from them into rules, and do not read "
             "individual messages while working on the filter. If anyone developing the filter has read the messages "
             "(beyond aggregate scores and the manifest's file/class columns), the set is contaminated: retire it and "
             "have a new independent writer produce a fresh one.\n")
    L.append("## Layout\n")
    L.append("- `ham/NNNN.eml`, `spam/NNNN.eml`, `phish/NNNN.eml`: complete RFC 5322 messages as received.\n"
             "- `MANIFEST.tsv`: file, class, kind, sender (the author's address; for list mail whose From the list rewrote, the original poster), subject (decoded).\n"
             "- `generate.py`: regenerates everything (`python3 generate.py`), re-parses every message with "
             "`email.policy.default`, decodes every text part, and fails loudly on any defect.\n")
    L.append("## Counts\n")
    for cls in ("ham", "spam", "phish"):
        c = counts.get(cls, {})
        L.append("### %s: %d\n" % (cls, sum(c.values())))
        L.append("| kind | count |\n|---|---|")
        for k in sorted(c):
            L.append("| %s | %d |" % (k, c[k]))
        L.append("")
    L.append("Ham groups: 160 commercial/transactional, 40 personal and work, 40 mailing-list/community. "
             "Kinds ending in `-intl` are non-English (German, French, Spanish, Portuguese, Dutch, Italian).\n")
    L.append("## Known limitations\n")
    L.append("- Synthetic: texts are written, not collected; header details of real ESPs and providers are plausible "
             "approximations, not copies. DKIM/ARC values cannot be verified and no DNS exists for the invented domains.\n"
             "- Dates are spread over 2025-01 to 2026-11; a few seasonal messages are pinned to a plausible month, most are not.\n")
    L.append("## Notes on content\n")
    L.append("- Ham is deliberately messy: pushy retail promotions with emoji and \"limited time\" language, bank and "
             "fintech security alerts, verification codes, invoices from platforms on behalf of small businesses with "
             "free-mail Reply-To addresses, forwarded scam warnings, talk about loans, crypto and prize draws, HTML-only "
             "mail, small senders without DKIM, and about a fifth in German, French, Spanish, Portuguese, Dutch and Italian.\n"
             "- Spam mixes ESP-delivered bulk mail with DKIM of freshly registered domains and List-Unsubscribe, compromised "
             "cPanel/Exim mailboxes, Microsoft 365 tenant abuse, free-mail accounts and misconfigured servers; some use "
             "look-alike Unicode letters, zero-width characters, image-only HTML, shorteners and hidden text.\n"
             "- Phish covers brand impersonation via display names, look-alike and throwaway DMARC-passing domains, "
             "redirectors and shorteners, HTML/SVG/ZIP/PDF attachments, QR codes in images, IT-helpdesk spoofs and BEC.\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(L) + "\n")


if __name__ == "__main__":
    main()
