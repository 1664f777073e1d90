#!/usr/bin/env python3
"""Synthetic labelled e-mail measurement set (2025-2026 style mail).

Writes ham/ (180), spam/ (40), phish/ (20) RFC 5322 messages with CRLF line
endings, plus MANIFEST.tsv and README.md, next to this script.
Standard library only; fixed seeds; no clock reads; no network.
"""
import base64
import datetime as dt
import os
import quopri
import random
import re
import string
import struct
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime
from html import escape, unescape
from urllib.parse import quote

OUT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261128
UTC = dt.timezone.utc
EPOCH0 = dt.datetime(2025, 1, 6, 7, 0, tzinfo=UTC)
SPAN_MIN = 683 * 24 * 60          # up to late November 2026
DOC_NETS = ("192.0.2", "198.51.100", "203.0.113")


# ---------------------------------------------------------------- helpers
class SD(dict):
    def __missing__(self, k):
        return ""


def hx(r, n):
    return "".join(r.choice("0123456789abcdef") for _ in range(n))


def an(r, n):
    return "".join(r.choice(string.ascii_letters + string.digits) for _ in range(n))


def dg(r, n):
    return str(r.randrange(1, 10)) + "".join(r.choice(string.digits) for _ in range(n - 1))


def b64r(r, n):
    return base64.b64encode(bytes(r.randrange(256) for _ in range(n))).decode()


def ub64(r, n):
    return base64.urlsafe_b64encode(bytes(r.randrange(256) for _ in range(n))).decode().rstrip("=")


def uuid(r):
    h = hx(r, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{r.choice('89ab')}{h[17:20]}-{h[20:]}"


def ipaddr(r):
    return f"{r.choice(DOC_NETS)}.{r.randrange(2, 254)}"


def rfcdate(d):
    return format_datetime(d)


def enc_subject(s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8").encode(maxlinelen=76)


def addr(name, a):
    return formataddr((name, a), charset="utf-8")


def fold_b64(s, first=60, width=72):
    out = [s[:first]]
    s = s[first:]
    while s:
        out.append(s[:width])
        s = s[width:]
    return "\n\t ".join(out)


def dkim(r, d, s, t, extra_h=""):
    h = "From:To:Subject:Date:Message-ID:MIME-Version:Content-Type:" \
        "List-Unsubscribe:List-Unsubscribe-Post" + extra_h
    return (f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={d};\n\ts={s}; t={int(t.timestamp())};\n"
            f"\th={h};\n\tbh={b64r(r, 32)};\n\tb=" + fold_b64(b64r(r, 256)))


def fmt_day(d, lang="en"):
    if lang == "de":
        return f"{d.day}.{d.month}.{d.year}"
    if lang == "fr":
        mois = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                "septembre", "octobre", "novembre", "décembre"]
        return f"{d.day} {mois[d.month - 1]}"
    if lang == "es":
        mes = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
               "septiembre", "octubre", "noviembre", "diciembre"]
        return f"{d.day} de {mes[d.month - 1]}"
    return f"{d:%A, %B} {d.day}"


def strip_tags(h):
    h = re.sub(r"<br\s*/?>", "\n", h)
    h = re.sub(r"<[^>]+>", "", h)
    return unescape(h)


def qp(text):
    return quopri.encodestring(text.encode("utf-8")).decode("ascii")


def b64body(data):
    if isinstance(data, str):
        data = data.encode("utf-8")
    s = base64.b64encode(data).decode()
    return "\n".join(s[i:i + 76] for i in range(0, len(s), 76))


def fake_pdf(r, title):
    body = (f"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
            f"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
            f"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 612 792]/Contents 4 0 R>>endobj\n"
            f"4 0 obj<</Length 60>>stream\nBT /F1 12 Tf 72 720 Td ({title}) Tj ET\nendstream endobj\n"
            f"% {hx(r, 40)}\ntrailer<</Root 1 0 R>>\n%%EOF\n")
    return body.encode("latin-1")


def qr_png(r, n=25, scale=6):
    """A small QR-looking PNG (random modules + finder squares)."""
    grid = [[r.random() < 0.5 for _ in range(n)] for _ in range(n)]
    for ox, oy in ((0, 0), (n - 7, 0), (0, n - 7)):
        for y in range(7):
            for x in range(7):
                edge = x in (0, 6) or y in (0, 6)
                core = 2 <= x <= 4 and 2 <= y <= 4
                grid[oy + y][ox + x] = edge or core
    w = (n + 8) * scale
    raw = b""
    for py in range(w):
        row = b"\x00"
        for px in range(w):
            gx, gy = px // scale - 4, py // scale - 4
            on = 0 <= gx < n and 0 <= gy < n and grid[gy][gx]
            row += b"\x00" if on else b"\xff"
        raw += row

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, w, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------- recipients
RCPTS_EN = [
    ("Dana Whitfield", "dana.whitfield@quillpost.net"),
    ("Marcus Reyes", "marcus.reyes@harbourmail.net"),
    ("Priya Natarajan", "priya@fernleaf-mail.com"),
    ("Jordan Ellis", "jordan.ellis@brightwater-mail.com"),
    ("Samantha Cho", "sam.cho@oakridge-home.net"),
    ("Kevin O'Brien", "kobrien@lanternbox.org"),
    ("Aisha Bello", "aisha.bello@quillpost.net"),
    ("Greg Tanaka", "greg@tanaka-family.net"),
    ("Renee Holloway", "renee.h@maplecrest-mail.com"),
    ("Luis Ortega", "lortega@harbourmail.net"),
]
RCPTS_LANG = {
    "de": [("Tobias Becker", "tobias.becker@lindenhof-post.de"), ("Anna Schäfer", "a.schaefer@lindenhof-post.de")],
    "fr": [("Claire Dubois", "claire.dubois@courrier-azur.fr"), ("Julien Moreau", "j.moreau@courrier-azur.fr")],
    "es": [("Lucía Fernández", "lucia.fernandez@correo-olivar.es"), ("Diego Navarro", "dnavarro@correo-olivar.es")],
}
MX_SOFT = ["Postfix", "Postfix", "Exim 4.97"]


# ---------------------------------------------------------------- ESP engines
def esp_engine(c):
    """Fill c.rp, c.hops, c.dkims, c.xh, c.lu, c.lup, c.link(), c.pixel,
    c.img(), c.msgid, c.auth (spf domain, dkim list, dmarc)."""
    r, b, esp = c.r, c.b, c.b["esp"]
    dom, sub = b["domain"], b["sub"]
    t = c.date
    ip = ipaddr(r)
    c.src_ip = ip
    tsend = t - dt.timedelta(seconds=r.randrange(2, 40))
    tq = tsend - dt.timedelta(seconds=r.randrange(1, 9))
    rc = c.rcpt
    c.xh = []
    c.lup = True
    c.dkims = []
    c.hops = []

    def img(name, ext="jpg"):
        return f"https://assets.{dom}/email/{t.year}/{hx(r, 10)}-{name}.{ext}"
    c.img = img

    if esp == "ses":
        mid = f"0100019{hx(r, 9)}-{uuid(r)}-000000"
        host = f"a{r.randrange(8, 81)}-{r.randrange(1, 250)}.smtp-out.amazonses.com"
        c.rp = f"{mid}@bounce.{sub}"
        c.msgid = f"<{mid}@email.amazonses.com>"
        c.dkims = [(sub if b.get("dkim_sub") else dom, hx(r, 32)), ("amazonses.com", "224i4yxa5dv7c2xz3womw6peuasteono")]
        c.xh += [("Feedback-ID", f"::1.us-east-1.{an(r, 43)}=:AmazonSES"),
                 ("X-SES-Outgoing", f"{tsend:%Y.%m.%d}-{ip}")]
        trk = f"{hx(r, 8)}.r.us-east-1.awstrack.me"
        c.link = lambda u: f"https://{trk}/L0/{quote(u, safe='')}/1/{mid}/{an(r, 27)}=4{r.randrange(10, 99)}"
        c.pixel = f"https://{trk}/I0/{mid}/{an(r, 27)}=4{r.randrange(10, 99)}"
        c.lu = f"<https://{sub}/unsubscribe?t={ub64(r, 36)}>, <mailto:unsubscribe+{hx(r, 16)}@{sub}>"
    elif esp in ("sendgrid", "braze"):
        n = dg(r, 4)
        host = f"o{r.randrange(1, 9)}.ptr{dg(r, 4)}.{sub}"
        c.rp = f"bounces+{dg(r, 8)}-{hx(r, 4)}-{rc.replace('@', '=')}@em{n}.{dom}"
        gid = an(r, 22)
        c.msgid = f"<{gid}@geopod-ismtpd-{r.randrange(1, 40)}>"
        c.hops.append(f"by filterdrecv-{hx(r, 10)}-{an(r, 5).lower()} with SMTP id filterdrecv-{hx(r, 10)}-"
                      f"{an(r, 5).lower()}-1-{hx(r, 8).upper()}-{r.randrange(1, 80)}\n\t{tq:%Y-%m-%d %H:%M:%S}.{r.randrange(100, 999)} +0000 (UTC)")
        c.hops.append(f"from {an(r, 22)} (unknown)\n\tby geopod-ismtpd-{r.randrange(1, 40)} (SG) with HTTP\n\tid {gid}\n\t"
                      f"{(tq - dt.timedelta(seconds=1)):%a, %d %b %Y %H:%M:%S} +0000 (UTC)")
        c.dkims = [(dom, "s1"), ("sendgrid.info", "smtpapi")]
        c.xh += [("X-SG-EID", fold_b64(b64r(r, 150), 50)), ("X-SG-ID", fold_b64(b64r(r, 90), 50)),
                 ("X-Entity-ID", f"u001.{an(r, 22)}==")]
        lh = f"ablink.{sub}" if esp == "braze" else f"url{n}.{dom}"
        c.link = lambda u: f"https://{lh}/ls/click?upn=u001.{ub64(r, 150)}"
        c.pixel = f"https://{lh}/wf/open?upn=u001.{ub64(r, 120)}"
        c.lu = f"<https://{lh}/asm/unsubscribe/?user_id={dg(r, 8)}&data={ub64(r, 60)}>, <mailto:unsubscribe@em{n}.{dom}?subject=unsubscribe>"
        if esp == "braze":
            c.xh.append(("X-Braze-Campaign-Id", hx(r, 24)))
    elif esp == "mailchimp":
        dc = f"us{r.randrange(2, 22)}"
        host = f"mail{r.randrange(10, 250)}.{r.choice(['atl', 'sea', 'suw', 'wdc'])}{r.randrange(11, 299)}.mcdlv.net"
        u, lid, cid = hx(r, 25), hx(r, 10), hx(r, 10)
        c.rp = f"bounce-mc.{dc}_{dg(r, 8)}.{dg(r, 7)}-{hx(r, 10)}@{host}"
        c.msgid = f"<{hx(r, 32)}.{hx(r, 10)}@{host}>"
        c.dkims = [("mcdlv.net", "k2"), ("mcsv.net", "k3")] if not b.get("dkim_own", True) else [(dom, "k2"), ("mcdlv.net", "k3")]
        slug = re.sub(r"[^a-z]", "", b["name"].lower())[:12] or "list"
        c.xh += [("X-Mailer", f"Mailchimp Mailer - **CID{cid}{hx(r, 10)}**"),
                 ("X-Campaign", f"mailchimp{u}.{cid}"), ("X-campaignid", f"mailchimp{u}.{cid}"),
                 ("X-Report-Abuse", f"Please report abuse for this campaign here: https://mailchimp.com/contact/abuse/?u={u}&id={cid}&e={hx(r, 10)}"),
                 ("X-MC-User", u), ("Feedback-ID", f"{dg(r, 8)}:{dg(r, 8)}.{dg(r, 7)}:{dc}:mc"),
                 ("List-ID", f"{u}mc list <{u}.{dg(r, 6)}.list-id.mcsv.net>"), ("X-Accounttype", "pd")]
        c.link = lambda x: f"https://{slug}.{dc}.list-manage.com/track/click?u={u}&id={hx(r, 10)}&e={hx(r, 10)}"
        c.pixel = f"https://{slug}.{dc}.list-manage.com/track/open.php?u={u}&id={cid}&e={hx(r, 10)}"
        c.lu = f"<https://{slug}.{dc}.list-manage.com/unsubscribe?u={u}&id={lid}&t=b&e={hx(r, 10)}&c={cid}>, <mailto:unsubscribe-mc.{dc}_{u}.{cid}-{hx(r, 10)}@unsubscribe.mailchimpapp.net?subject=unsubscribe>"
        c.img = lambda name, ext="jpg": f"https://mcusercontent.com/{u}/images/{uuid(r)}.{ext}"
    elif esp == "klaviyo":
        host = f"mta-{r.randrange(1, 60)}-{r.randrange(1, 9)}.sendgrid.klaviyomail.com" if r.random() < 0.3 else f"mta-{r.randrange(100, 180)}.klaviyomail.com"
        c.rp = f"bounce-{hx(r, 24)}@send.{dom}"
        c.msgid = f"<{uuid(r)}@klaviyomail.com>"
        c.dkims = [(f"send.{dom}", "kl"), ("klaviyomail.com", "kl2")]
        acct = an(r, 6)
        c.xh += [("Feedback-ID", f"{an(r, 6)}:{acct}:campaign:klaviyo"), ("X-Kmail-Account", acct)]
        c.link = lambda u: f"https://ctrk.klclick.com/ls/click?upn=u001.{ub64(r, 140)}"
        c.pixel = f"https://trk.klclick.com/ls/open?upn=u001.{ub64(r, 90)}"
        c.lu = f"<https://manage.kmail-lists.com/subscriptions/unsubscribe?a={acct}&c={an(r, 26)}&k={hx(r, 32)}&m={an(r, 26)}&r={an(r, 6)}>"
        c.img = lambda name, ext="png": f"https://d3k81ch9hvuctc.cloudfront.net/company/{acct}/images/{uuid(r)}.{ext}"
    elif esp == "sfmc":
        mta = f"mta{r.randrange(1, 9)}.{sub}"
        host = mta
        c.rp = f"bounce-{r.randrange(10, 99)}_HTML-{dg(r, 9)}-{dg(r, 7)}-{dg(r, 6)}-{r.randrange(100, 999)}@bounce.{sub}"
        c.msgid = f"<{uuid(r)}@{r.choice(['ind1s06mta', 'atl1s07mta', 'ind1s13mta', 'las1s04mta'])}{dg(r, 4)}.xt.local>"
        c.hops.append(f"by {mta} id {hx(r, 12).upper()} for <{rc}>;\n\t{rfcdate(tq)} (envelope-from <{c.rp}>)")
        c.dkims = [(sub, "200608")] + ([(dom, "10dkim1")] if r.random() < 0.4 else [])
        c.xh += [("x-job", f"{dg(r, 8)}_{dg(r, 7)}"), ("X-SFMC-Stack", str(r.choice([1, 4, 6, 7, 10, 11, 50, 51])))]
        c.link = lambda u: f"https://click.{sub}/?qs={hx(r, 176)}"
        c.pixel = f"https://click.{sub}/open.aspx?ffcb10-{hx(r, 16)}-{hx(r, 8)}{hx(r, 4)}-{dg(r, 4)}"
        c.lu = f"<https://click.{sub}/subscription_center.aspx?jwt={ub64(r, 120)}>, <mailto:leave-{hx(r, 60)}@{sub}>"
        c.img = lambda name, ext="jpg": f"https://image.{sub}/lib/{hx(r, 16)}/m/{r.randrange(1, 9)}/{uuid(r)}.{ext}"
        c.view = f"https://view.{sub}/?qs={hx(r, 160)}"
    elif esp == "iterable":
        host = f"mta-{r.randrange(10, 250)}-{r.randrange(1, 200)}.sparkpostmail.com"
        c.rp = f"msprvs1={an(r, 22)}=bounces-{dg(r, 6)}-{r.randrange(1, 999)}@sp.{sub}"
        c.msgid = f"<{dg(r, 2)}.{dg(r, 2)}.{dg(r, 5)}.{hx(r, 16).upper()}@{r.choice(['mta', 'fx'])}{r.randrange(1, 9)}.sparkpostmail.com>"
        c.dkims = [(sub, f"scph{r.randrange(1, 12):02d}{r.randrange(20, 26)}")]
        c.xh += [("X-MSFBL", fold_b64(b64r(r, 180), 50))]
        c.link = lambda u: f"https://links.{sub}/a/click?_t={hx(r, 32)}&_m={hx(r, 32)}&_e={ub64(r, 110)}"
        c.pixel = f"https://links.{sub}/e/eo?_t={hx(r, 32)}&_m={hx(r, 32)}&_e={ub64(r, 80)}"
        c.lu = f"<https://links.{sub}/e/encryptedUnsubscribe?_r={hx(r, 32)}&_s={hx(r, 32)}&_t={hx(r, 32)}>, <mailto:unsubscribe-{hx(r, 24)}@links.{sub}>"
        c.img = lambda name, ext="jpg": f"https://library.iterable.com/{dg(r, 4)}/{dg(r, 5)}/{hx(r, 32)}-{name}.{ext}"
    elif esp == "hubspot":
        host = f"{r.randrange(10, 250)}-{r.randrange(10, 250)}.{r.choice(['bf1', 'bf2', 'bf05'])}.hubspotemail.net"
        c.rp = f"1ax{an(r, 40).lower()}-{an(r, 10).lower()}@bf{r.randrange(1, 9)}.hubspotemail.net"
        c.msgid = f"<{dg(r, 13)}.{dg(r, 7)}.{dg(r, 6)}@{host}>"
        c.dkims = [(dom, f"hs1-{dg(r, 8)}"), ("hubspotemail.net", "hs1")]
        c.xh += [("X-HS-Cid", fold_b64(b64r(r, 90), 50)), ("X-Report-Abuse-To", "abuse@hubspot.com")]
        pre = r.choice(["d2v8tf04", "e2t4ba04", "d3Hp6y04", "f1fWK04"])
        c.link = lambda u: f"https://{pre}.na1.hubspotlinks.com/Ctc/{an(r, 2)}+{dg(r, 3)}/{pre}/{an(r, 40)}/{an(r, 120)}"
        c.pixel = f"https://{pre}.na1.hubspotlinksfree.com/Cto/{an(r, 2)}+{dg(r, 3)}/{an(r, 60)}"
        c.lu = f"<https://hs-{dg(r, 8)}.s.hubspotemail.net/hs/manage-preferences/unsubscribe?d={ub64(r, 80)}>"
        hub = dg(r, 8)
        c.img = lambda name, ext="jpg": f"https://{hub}.fs1.hubspotusercontent-na1.net/hubfs/{hub}/{name}-{hx(r, 6)}.{ext}"
    elif esp == "constantcontact":
        host = f"ccm{r.randrange(10, 40)}.constantcontact.com"
        c.rp = f"{hx(r, 24)}-bounces@in.constantcontact.com"
        c.msgid = f"<{dg(r, 13)}.{dg(r, 7)}.{dg(r, 10)}.JavaMail.root@{host}>"
        c.dkims = [("auth.ccsend.com", "1000073432")]
        c.xh += [("X-Roving-Campaignid", dg(r, 13)), ("X-Roving-Id", f"{dg(r, 13)}.{dg(r, 13)}"),
                 ("X-Mailer", "Roving Constant Contact 2012 (http://www.constantcontact.com)"),
                 ("X-Feedback-ID", f"{dg(r, 10)}:{dg(r, 13)}:ccm")]
        c.link = lambda u: f"https://r20.rs6.net/tn.jsp?f={hx(r, 40)}&c={ub64(r, 30)}&ch={ub64(r, 30)}"
        c.pixel = f"https://r20.rs6.net/on.jsp?ca={uuid(r)}&a={dg(r, 13)}&c={uuid(r)}&ch={uuid(r)}"
        c.lu = f"<https://visitor.constantcontact.com/do?p=un&m={an(r, 20)}&se={an(r, 20)}&t={dg(r, 13)}&lang=en&reason=F>"
        c.img = lambda name, ext="jpg": f"https://files.constantcontact.com/{hx(r, 9)}/{uuid(r)}.{ext}"
    elif esp == "postmark":
        host = f"sc-ord-mta{r.randrange(100, 130)}.mtasv.net"
        c.rp = f"pm_bounces@pm-bounces.{dom}"
        c.msgid = f"<{uuid(r)}@mtasv.net>"
        c.dkims = [(dom, f"{t.year - 1}{dg(r, 4)}pm"), ("pm.mtasv.net", "pm")]
        c.xh += [("X-PM-Message-Id", uuid(r)), ("X-PM-RCPT", f"|bTF8{b64r(r, 20)}|"),
                 ("X-PM-Tag", c.kw.get("pmtag", "notification")),
                 ("Feedback-ID", f"s{dg(r, 7)}-{hx(r, 8)}:s{dg(r, 7)}-{hx(r, 8)}:a{dg(r, 6)}:postmark")]
        c.link = lambda u: u
        c.pixel = None
        c.lu = None
        c.lup = False
    elif esp == "mailgun":
        host = f"m{r.randrange(10, 250)}-{r.randrange(1, 250)}.mailgun.net"
        c.rp = f"bounce+{hx(r, 6)}.{hx(r, 6)}-{rc.replace('@', '=')}@mg.{dom}"
        c.msgid = f"<{int(t.timestamp())}{r.randrange(100, 999)}.{hx(r, 20)}@mg.{dom}>"
        c.dkims = [(f"mg.{dom}", "krs"), ("mailgun.org", "mg")]
        c.xh += [("X-Mailgun-Sid", b64r(r, 60)), ("Sender", f"{b['from'].split('@')[0]}=mg.{dom}@mg.{dom}")]
        c.link = lambda u: f"https://email.mg.{dom}/c/{ub64(r, 170)}"
        c.pixel = f"https://email.mg.{dom}/o/{ub64(r, 90)}"
        c.lu = f"<mailto:u+{ub64(r, 40)}@mg.{dom}>, <https://email.mg.{dom}/u/{ub64(r, 60)}>"
    elif esp == "smallhost":
        kind = r.choice(["godaddy", "bluehost", "namecheap", "hostgator", "siteground"])
        hn = {"godaddy": f"p3plzcpnl{dg(r, 6)}.prod.phx3.secureserver.net",
              "bluehost": f"box{dg(r, 4)}.bluehost.com",
              "namecheap": f"server{r.randrange(100, 330)}.web-hosting.com",
              "hostgator": f"gator{dg(r, 4)}.hostgator.com",
              "siteground": f"c{r.randrange(10, 120)}{r.randrange(1, 99)}.sgvps.net"}[kind]
        host = hn
        sender = b["from"]
        c.rp = sender
        c.msgid = c.kw.get("smallmid") or f"<{hx(r, 32)}@{dom}>"
        helo = r.choice([f"[{ipaddr(r)}]", "DESKTOP-" + an(r, 7).upper(), "MacBook-Pro.local", "OfficePC"])
        c.hops.append(f"from [{ipaddr(r)}] (port={r.randrange(40000, 65000)} helo={helo})\n\tby {hn} with esmtpsa  (TLS1.3) tls TLS_AES_256_GCM_SHA384\n"
                      f"\t(Exim 4.96.2)\n\t(envelope-from <{sender}>)\n\tid 1t{an(r, 5)}-00{an(r, 4)}-{an(r, 2)}\n\tfor {rc};\n\t{rfcdate(tq)}")
        c.xh += [("X-AntiAbuse", "This header was added to track abuse, please include it with any abuse report"),
                 ("X-AntiAbuse", f"Primary Hostname - {hn}"), ("X-AntiAbuse", f"Original Domain - {rc.split('@')[1]}"),
                 ("X-AntiAbuse", "Originator/Caller UID/GID - [47 12] / [47 12]"),
                 ("X-AntiAbuse", f"Sender Address Domain - {dom}"),
                 ("X-Get-Message-Sender-Via", f"{hn}: authenticated_id: {sender}"),
                 ("X-Authenticated-Sender", f"{hn}: {sender}"),
                 ("X-Mailer", c.kw.get("mailer") or r.choice(["Microsoft Outlook 16.0", "Apple Mail (2.3774.500.171.1.1)", "PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)", "Mozilla Thunderbird 128.4.0"]))]
        c.link = lambda u: u
        c.pixel = None
        c.lu = f"<mailto:{sender}?subject=Unsubscribe>" if r.random() < 0.5 else None
        c.lup = False
        c.img = lambda name, ext="jpg": f"https://{dom}/wp-content/uploads/{t.year}/{t.month:02d}/{name}.{ext}"
    else:
        raise ValueError(esp)
    c.out_host = host
    if not hasattr(c, "view"):
        c.view = c.link(f"https://{sub}/view?m={hx(r, 12)}")
    c.dkim_hdrs = [dkim(r, d, s, tsend) for d, s in c.dkims]
    c.tsend = tsend


def receive_headers(c, spf="pass", dkim_res=None, dmarc="pass", policy="REJECT"):
    r = c.r
    rdom = c.rcpt.split("@")[1]
    mx = f"mx{r.randrange(1, 4)}.{rdom}"
    soft = r.choice(MX_SOFT)
    tls = r.choice(["TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits)", "TLSv1.2 with cipher ECDHE-RSA-AES256-GCM-SHA384 (256/256 bits)"])
    rp_dom = c.rp.split("@")[-1]
    if soft.startswith("Exim"):
        rec = (f"from {c.out_host} ([{c.src_ip}])\n\tby {mx} with esmtps ({tls.split(' ')[0]})\n\t(Exim 4.97)\n\t(envelope-from <{c.rp}>)\n\t"
               f"id 1u{an(r, 5)}-000{an(r, 3)}-{an(r, 2)}\n\tfor {c.rcpt}; {rfcdate(c.date)}")
    else:
        rec = (f"from {c.out_host} ({c.out_host} [{c.src_ip}])\n\t(using {tls})\n\t(No client certificate requested)\n\t"
               f"by {mx} (Postfix) with ESMTPS id 4{an(r, 10)}\n\tfor <{c.rcpt}>; {rfcdate(c.date)}")
    if dkim_res is None:
        dkim_res = [("pass", d, s) for d, s in c.dkims]
    parts = [mx]
    if not dkim_res:
        parts.append("dkim=none (message not signed)")
    for res, d, s in dkim_res:
        parts.append(f"dkim={res} header.d={d} header.s={s} header.b={an(r, 8)}")
    spf_txt = {"pass": f"spf=pass (domain of {c.rp} designates {c.src_ip} as permitted sender)",
               "softfail": f"spf=softfail (domain of transitioning {c.rp} does not designate {c.src_ip} as permitted sender)",
               "neutral": f"spf=neutral ({c.src_ip} is neither permitted nor denied by domain of {c.rp})",
               "none": f"spf=none (domain of {rp_dom} does not designate permitted sender hosts)",
               "fail": f"spf=fail (domain of {c.rp} does not designate {c.src_ip} as permitted sender)"}[spf]
    parts.append(f"{spf_txt} smtp.mailfrom={c.rp}")
    fdom = c.from_addr.split("@")[1]
    if dmarc == "none":
        parts.append(f"dmarc=none header.from={fdom}")
    else:
        parts.append(f"dmarc={dmarc} (p={policy} sp={policy} dis=NONE) header.from={fdom}")
    return [("Return-Path", f"<{c.rp}>"), ("Received", rec),
            ("Authentication-Results", ";\n\t".join(parts))]


# ---------------------------------------------------------------- rendering
FOOT = {
    "en": ("You are receiving this email because you signed up for emails from {brand} or made a purchase with us.",
           "Unsubscribe", "Manage preferences", "Privacy Policy", "View in browser"),
    "de": ("Sie erhalten diese E-Mail, weil Sie sich für den Newsletter von {brand} angemeldet haben.",
           "Abmelden", "Einstellungen verwalten", "Datenschutz", "Im Browser ansehen"),
    "fr": ("Vous recevez cet e-mail car vous êtes inscrit(e) à la newsletter {brand}.",
           "Se désinscrire", "Gérer mes préférences", "Politique de confidentialité", "Voir la version en ligne"),
    "es": ("Recibes este correo porque te suscribiste a las comunicaciones de {brand}.",
           "Darse de baja", "Gestionar preferencias", "Política de privacidad", "Ver en el navegador"),
}


def html_marketing(c, m):
    r, L = c.r, c.link
    col = m["color"]
    lang = m["lang"]
    why, unsub, prefs, priv, view = FOOT[lang]
    why = why.format(brand=escape(c.b["name"]))
    site = f"https://www.{c.b['domain']}/"
    font = r.choice(["Helvetica, Arial, sans-serif", "'Helvetica Neue', Helvetica, Arial, sans-serif",
                     "Georgia, 'Times New Roman', serif", "Arial, sans-serif"])
    o = []
    o.append('<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">')
    o.append(f'<html xmlns="http://www.w3.org/1999/xhtml" lang="{lang}"><head>')
    o.append('<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />')
    o.append('<meta name="viewport" content="width=device-width, initial-scale=1.0" />')
    o.append('<meta name="x-apple-disable-message-reformatting" />')
    o.append(f"<title>{escape(m['subject'])}</title>")
    o.append("<style type=\"text/css\">body{margin:0;padding:0;-webkit-text-size-adjust:100%;}"
             "table{border-collapse:collapse;}img{border:0;display:block;}"
             "@media only screen and (max-width:620px){.wrap{width:100%!important;}.col{display:block!important;width:100%!important;}}</style>")
    o.append("</head>")
    o.append(f'<body style="margin:0;padding:0;background-color:#f2f2f2;">')
    o.append(f'<div style="display:none;font-size:1px;color:#f2f2f2;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">'
             f'{escape(m["pre"])}' + "&zwnj;&nbsp;" * r.randrange(20, 60) + "</div>")
    o.append('<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#f2f2f2"><tr><td align="center">')
    o.append('<table role="presentation" class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="width:600px;background:#ffffff;">')
    o.append(f'<tr><td style="padding:10px 20px;font-family:{font};font-size:11px;color:#888888;" align="right">'
             f'<a href="{c.view}" style="color:#888888;text-decoration:underline;">{view}</a></td></tr>')
    o.append(f'<tr><td align="center" style="padding:18px 20px;border-bottom:3px solid {col};">'
             f'<a href="{L(site)}" target="_blank"><img src="{c.img("logo", "png")}" width="160" alt="{escape(c.b["name"])}" '
             f'style="width:160px;height:auto;font-family:{font};font-size:22px;font-weight:bold;color:{col};" /></a></td></tr>')
    if m.get("nav"):
        cells = "".join(f'<td align="center" style="font-family:{font};font-size:12px;text-transform:uppercase;letter-spacing:1px;padding:8px;">'
                        f'<a href="{L(site + n.lower().replace(" ", "-"))}" style="color:#222222;text-decoration:none;">{escape(n)}</a></td>'
                        for n in m["nav"])
        o.append(f'<tr><td><table role="presentation" width="100%"><tr>{cells}</tr></table></td></tr>')
    if m.get("banner"):
        o.append(f'<tr><td align="center" bgcolor="{col}" style="padding:10px;font-family:{font};font-size:13px;font-weight:bold;color:#ffffff;letter-spacing:1px;">{m["banner"]}</td></tr>')
    if m.get("hero", True):
        o.append(f'<tr><td><a href="{L(m["cta_url"])}" target="_blank"><img src="{c.img("hero")}" width="600" alt="{escape(strip_tags(m["headline"]))}" '
                 f'style="width:100%;max-width:600px;height:auto;" /></a></td></tr>')
    o.append(f'<tr><td align="center" style="padding:28px 36px 8px 36px;font-family:{font};font-size:30px;line-height:36px;font-weight:bold;color:#111111;">{m["headline"]}</td></tr>')
    if m.get("subhead"):
        o.append(f'<tr><td align="center" style="padding:0 36px 10px 36px;font-family:{font};font-size:17px;color:#444444;">{m["subhead"]}</td></tr>')
    for p in m["paras"]:
        o.append(f'<tr><td style="padding:8px 36px;font-family:{font};font-size:15px;line-height:23px;color:#333333;">{p}</td></tr>')
    if m.get("code"):
        o.append(f'<tr><td align="center" style="padding:14px 36px;"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
                 f'<td style="border:2px dashed {col};padding:12px 28px;font-family:\'Courier New\',monospace;font-size:22px;font-weight:bold;letter-spacing:3px;color:{col};">{escape(m["code"])}</td>'
                 f'</tr></table></td></tr>')
    if m.get("countdown"):
        cd = r.choice([f"https://gen.sendtric.com/countdown/{an(r, 10).lower()}", f"https://i.countdownmail.com/{an(r, 6).lower()}.gif",
                       f"https://motionmailapp.com/v1/timer/{hx(r, 24)}.gif"])
        o.append(f'<tr><td align="center" style="padding:10px 36px;"><img src="{cd}" width="300" alt="Sale ends soon" style="width:300px;height:auto;" /></td></tr>')
    o.append(f'<tr><td align="center" style="padding:18px 36px 26px 36px;"><table role="presentation" cellpadding="0" cellspacing="0"><tr>'
             f'<td bgcolor="{col}" style="border-radius:{r.choice([0, 4, 24])}px;"><a href="{L(m["cta_url"])}" target="_blank" '
             f'style="display:inline-block;padding:14px 34px;font-family:{font};font-size:16px;font-weight:bold;color:#ffffff;text-decoration:none;">{escape(m["cta"])}</a></td>'
             f'</tr></table></td></tr>')
    if m.get("items"):
        cells = []
        for name, price, sale in m["items"]:
            pr = f'<span style="text-decoration:line-through;color:#999999;">{price}</span> <span style="color:#c8102e;font-weight:bold;">{sale}</span>' if sale else price
            cells.append(f'<td class="col" width="33%" valign="top" style="padding:8px;font-family:{font};font-size:13px;color:#222222;" align="center">'
                         f'<a href="{L(site + "p/" + hx(r, 8))}"><img src="{c.img("product")}" width="170" alt="{escape(name)}" style="width:170px;height:auto;" /></a>'
                         f'<p style="margin:8px 0 2px 0;">{escape(name)}</p><p style="margin:0;">{pr}</p></td>')
        o.append('<tr><td style="padding:0 20px 20px 20px;"><table role="presentation" width="100%"><tr>' + "".join(cells) + '</tr></table></td></tr>')
    if m.get("fine"):
        o.append(f'<tr><td style="padding:12px 36px;font-family:{font};font-size:11px;line-height:16px;color:#777777;">{m["fine"]}</td></tr>')
    social = "".join(f'<a href="{L("https://www." + s + ".com/" + c.b["domain"].split(".")[0])}" style="margin:0 6px;">'
                     f'<img src="{c.img(s, "png")}" width="24" height="24" alt="{s.title()}" style="display:inline-block;" /></a>'
                     for s in r.sample(["instagram", "facebook", "tiktok", "youtube", "pinterest", "x"], 3))
    o.append(f'<tr><td align="center" style="padding:16px 20px;background:#fafafa;">{social}</td></tr>')
    o.append(f'<tr><td align="center" style="padding:16px 36px 30px 36px;font-family:{font};font-size:11px;line-height:17px;color:#888888;background:#fafafa;">'
             f'{why}<br /><a href="{c.unsub_url}" style="color:#888888;">{unsub}</a> &nbsp;|&nbsp; '
             f'<a href="{L(site + "account/preferences")}" style="color:#888888;">{prefs}</a> &nbsp;|&nbsp; '
             f'<a href="{L(site + "privacy")}" style="color:#888888;">{priv}</a><br /><br />'
             f'&copy; {c.date.year} {escape(c.b["legal"])} &middot; {escape(c.b["addr"])}</td></tr>')
    o.append("</table></td></tr></table>")
    if c.pixel:
        o.append(f'<img src="{c.pixel}" width="1" height="1" alt="" style="display:block;height:1px;width:1px;border:0;" />')
    o.append("</body></html>")
    return "\n".join(o) + "\n"


def html_simple(c, m):
    """Letter-like HTML (notifications, local businesses, personal-style senders)."""
    font = c.r.choice(["Arial, sans-serif", "Calibri, Arial, sans-serif", "-apple-system, BlinkMacSystemFont, 'Segoe UI', Roboto, sans-serif"])
    o = [f'<html><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
         f'<body style="font-family:{font};font-size:15px;color:#222;background:#ffffff;">']
    if m.get("pre"):
        o.append(f'<span style="display:none!important;visibility:hidden;opacity:0;height:0;width:0;">{escape(m["pre"])}</span>')
    o.append('<div style="max-width:580px;margin:0 auto;padding:20px;">')
    if m.get("logo", True):
        o.append(f'<p><img src="{c.img("logo", "png")}" alt="{escape(c.b["name"])}" height="40" style="height:40px;"></p>')
    o.append(f'<h2 style="font-size:20px;margin:16px 0;color:{m["color"]};">{m["headline"]}</h2>')
    for p in m["paras"]:
        o.append(f'<p style="line-height:1.5;">{p}</p>')
    if m.get("cta"):
        o.append(f'<p style="margin:22px 0;"><a href="{c.link(m["cta_url"])}" style="background:{m["color"]};color:#fff;padding:11px 20px;'
                 f'border-radius:4px;text-decoration:none;display:inline-block;">{escape(m["cta"])}</a></p>')
    if m.get("sign"):
        o.append(f'<p>{m["sign"]}</p>')
    if m.get("fine"):
        o.append(f'<p style="font-size:12px;color:#666;">{m["fine"]}</p>')
    foot = f'{escape(c.b["legal"])} &middot; {escape(c.b["addr"])}'
    if c.unsub_url and m.get("marketing", True):
        foot += f'<br><a href="{c.unsub_url}" style="color:#666;">{FOOT[m["lang"]][1]}</a>'
    o.append(f'<hr style="border:none;border-top:1px solid #ddd;"><p style="font-size:11px;color:#888;">{foot}</p>')
    if c.pixel:
        o.append(f'<img src="{c.pixel}" width="1" height="1" alt="">')
    o.append("</div></body></html>")
    return "\n".join(o) + "\n"


def plain_text(c, m):
    o = []
    if m.get("greet"):
        o.append(m["greet"])
        o.append("")
    o.append(strip_tags(m["headline"]).upper() if m.get("shout") else strip_tags(m["headline"]))
    o.append("")
    for p in m["paras"]:
        o.append(strip_tags(p))
        o.append("")
    if m.get("code"):
        o.append(f"Code: {m['code']}")
        o.append("")
    for name, price, sale in m.get("items") or []:
        o.append(f"* {name} - {sale or price}" + (f" (was {price})" if sale else ""))
    if m.get("items"):
        o.append("")
    if m.get("cta"):
        o.append(f"{m['cta']}: {c.link(m['cta_url'])}")
        o.append("")
    if m.get("sign"):
        o.append(strip_tags(m["sign"]))
        o.append("")
    if m.get("fine"):
        o.append(strip_tags(m["fine"]))
        o.append("")
    o.append("--")
    o.append(f"{c.b['legal']}, {c.b['addr']}")
    if c.unsub_url and m.get("marketing", True):
        o.append(f"{FOOT[m['lang']][1]}: {c.unsub_url}")
    return "\n".join(o) + "\n"


def mime(c, fmt, html, text, attachments=(), cte=None):
    r = c.r
    cte = cte or ("base64" if r.random() < 0.15 else "quoted-printable")

    def leaf(ctype, payload):
        if cte == "base64":
            return [("Content-Type", f'{ctype}; charset="UTF-8"'), ("Content-Transfer-Encoding", "base64")], b64body(payload)
        return [("Content-Type", f'{ctype}; charset="UTF-8"'), ("Content-Transfer-Encoding", "quoted-printable")], qp(payload)

    def multipart(sub, parts):
        bnd = r.choice(["----=_Part_", "_----------=_", "--==_mimepart_", "b1_", "000000000000"]) + hx(r, 24)
        body = ["This is a multi-part message in MIME format.", ""] if r.random() < 0.4 else []
        for h, p in parts:
            body.append("--" + bnd)
            body += [f"{k}: {v}" for k, v in h]
            body.append("")
            body.append(p.rstrip("\n"))
        body.append("--" + bnd + "--")
        return [("Content-Type", f'multipart/{sub};\n\tboundary="{bnd}"')], "\n".join(body) + "\n"

    if fmt == "html":
        main = leaf("text/html", html)
    elif fmt == "plain":
        main = leaf("text/plain", text)
    else:
        main = multipart("alternative", [leaf("text/plain", text), leaf("text/html", html)])
    if not attachments:
        return main
    parts = [main]
    for fname, ctype, data in attachments:
        parts.append(([("Content-Type", f'{ctype}; name="{fname}"'), ("Content-Disposition", f'attachment; filename="{fname}"'),
                       ("Content-Transfer-Encoding", "base64")], b64body(data)))
    return multipart("mixed", parts)


def serialize(headers, body):
    lines = []
    for k, v in headers:
        lines.append(f"{k}: {v}")
    txt = "\n".join(lines) + "\n\n" + body
    txt = txt.replace("\r\n", "\n").replace("\n", "\r\n")
    return txt.encode("utf-8")


# ---------------------------------------------------------------- brands
# key: (display name, from address, mail subdomain, engine, colour, address line)
BRANDS = {
    # retail (EN)
    "target": ("Target", "Target@em.target.com", "em.target.com", "sfmc", "#cc0000", "1000 Nicollet Mall, Minneapolis, MN 55403"),
    "oldnavy": ("Old Navy", "oldnavy@email.oldnavy.com", "email.oldnavy.com", "sfmc", "#003764", "2 Folsom St, San Francisco, CA 94105"),
    "nike": ("Nike", "nike@official.nike.com", "official.nike.com", "sfmc", "#111111", "One Bowerman Drive, Beaverton, OR 97005"),
    "sephora": ("Sephora", "sephora@beauty.sephora.com", "beauty.sephora.com", "sfmc", "#000000", "350 Mission St, San Francisco, CA 94105"),
    "bestbuy": ("Best Buy", "BestBuyInfo@emailinfo.bestbuy.com", "emailinfo.bestbuy.com", "sfmc", "#0046be", "7601 Penn Ave S, Richfield, MN 55423"),
    "ulta": ("Ulta Beauty", "ultabeauty@em.ulta.com", "em.ulta.com", "braze", "#f26b3a", "1000 Remington Blvd, Bolingbrook, IL 60440"),
    "wayfair": ("Wayfair", "shop@e.wayfair.com", "e.wayfair.com", "sendgrid", "#7f187f", "4 Copley Place, Boston, MA 02116"),
    "allbirds": ("Allbirds", "hello@allbirds.com", "allbirds.com", "klaviyo", "#212a2f", "730 Montgomery St, San Francisco, CA 94111"),
    "chewy": ("Chewy", "chewy@em.chewy.com", "em.chewy.com", "iterable", "#1c49c2", "7700 W Sunrise Blvd, Plantation, FL 33322"),
    "jcrew": ("J.Crew", "jcrew@e.jcrew.com", "e.jcrew.com", "sfmc", "#000000", "225 Liberty St, New York, NY 10281"),
    "kohls": ("Kohl's", "kohls@s.kohls.com", "s.kohls.com", "sfmc", "#860035", "N56 W17000 Ridgewood Dr, Menomonee Falls, WI 53051"),
    "macys": ("Macy's", "macys@em.macys.com", "em.macys.com", "ses", "#e21a2c", "151 W 34th St, New York, NY 10001"),
    "rei": ("REI Co-op", "rei@notices.rei.com", "notices.rei.com", "iterable", "#3278ae", "6750 S 228th St, Kent, WA 98032"),
    "bombas": ("Bombas", "hello@bombas.com", "bombas.com", "klaviyo", "#1e3f6b", "37 E 18th St, New York, NY 10003"),
    "brooklinen": ("Brooklinen", "hello@brooklinen.com", "brooklinen.com", "klaviyo", "#2a3a55", "1 Dock 72 Way, Brooklyn, NY 11205"),
    "homedepot": ("The Home Depot", "HomeDepotCustomerCare@email.homedepot.com", "email.homedepot.com", "sfmc", "#f96302", "2455 Paces Ferry Rd, Atlanta, GA 30339"),
    "crocs": ("Crocs", "crocs@e.crocs.com", "e.crocs.com", "braze", "#3c8a2e", "500 Eldorado Blvd, Broomfield, CO 80021"),
    "uniqlo": ("UNIQLO", "uniqlo-usa@mail.uniqlo.com", "mail.uniqlo.com", "ses", "#ff0000", "546 Broadway, New York, NY 10012"),
    "lululemon": ("lululemon", "lululemon@e.lululemon.com", "e.lululemon.com", "braze", "#d31f2a", "1818 Cornwall Ave, Vancouver, BC V6J 1C7"),
    "warbyparker": ("Warby Parker", "hello@e.warbyparker.com", "e.warbyparker.com", "iterable", "#00a2e1", "233 Spring St, New York, NY 10013"),
    # retail (DE / FR / ES)
    "zalando": ("Zalando", "info@service-mail.zalando.de", "service-mail.zalando.de", "ses", "#ff6900", "Valeska-Gert-Straße 5, 10243 Berlin"),
    "otto": ("OTTO", "newsletter@news.otto.de", "news.otto.de", "sfmc", "#f00020", "Werner-Otto-Straße 1-7, 22179 Hamburg"),
    "fnac": ("Fnac", "fnac@newsletter.fnac.com", "newsletter.fnac.com", "sfmc", "#e1a925", "9 rue des Bateaux-Lavoirs, 94200 Ivry-sur-Seine"),
    "decathlon": ("Decathlon", "newsletter@info.decathlon.fr", "info.decathlon.fr", "braze", "#3643ba", "4 boulevard de Mons, 59650 Villeneuve-d'Ascq"),
    "elcorteingles": ("El Corte Inglés", "elcorteingles@news.elcorteingles.es", "news.elcorteingles.es", "sfmc", "#006e3b", "Hermosilla 112, 28009 Madrid"),
    "pccomponentes": ("PcComponentes", "novedades@email.pccomponentes.com", "email.pccomponentes.com", "sendgrid", "#ff6000", "Avda. Europa, Parcela 2-5 y 2-6, 30840 Alhama de Murcia"),
    "telekom": ("Telekom", "rechnung@telekom.de", "telekom.de", "ses", "#e20074", "Landgrabenweg 151, 53227 Bonn"),
    "orange": ("Orange", "ne-pas-repondre@orange.fr", "orange.fr", "sfmc", "#ff7900", "111 quai du Président Roosevelt, 92130 Issy-les-Moulineaux"),
    # local businesses (invented, small hosting, no DKIM)
    "lunasol": ("Luna Sol Taquería", "hola@lunasoltaqueria.com", "lunasoltaqueria.com", "smallhost", "#d9480f", "418 E Colfax Ave, Denver, CO 80203"),
    "bellwether": ("Bellwether Bakery", "orders@bellwetherbakery.com", "bellwetherbakery.com", "smallhost", "#8b5e34", "22 Mill St, Northampton, MA 01060"),
    "fiore": ("Fiore Trattoria", "info@fioretrattoria-pdx.com", "fioretrattoria-pdx.com", "smallhost", "#5c7c3a", "2315 SE Division St, Portland, OR 97202"),
    "greenthumb": ("Green Thumb Garden Center", "newsletter@greenthumbgardens-mn.com", "greenthumbgardens-mn.com", "smallhost", "#2f7d32", "7790 Hwy 65 NE, Fridley, MN 55432"),
    "riversideyoga": ("Riverside Yoga Collective", "namaste@riversideyogacollective.com", "riversideyogacollective.com", "smallhost", "#6a4c93", "140 Water St, Suite 2, Milford, CT 06460"),
    "kettlecrumb": ("Kettle & Crumb Café", "hello@kettleandcrumb.com", "kettleandcrumb.com", "smallhost", "#b5651d", "9 Front St, Bath, ME 04530"),
    "mainsthw": ("Main Street Hardware", "store@mainstreethardware-oh.com", "mainstreethardware-oh.com", "constantcontact", "#c62828", "301 Main St, Loveland, OH 45140"),
    "hoppytrails": ("Hoppy Trails Brewing", "taproom@hoppytrailsbrewing.com", "hoppytrailsbrewing.com", "mailchimp", "#e0a100", "55 Depot Rd, Bend, OR 97702"),
    "pawsclaws": ("Paws & Claws Grooming", "bookings@pawsandclawsgrooming.net", "pawsandclawsgrooming.net", "smallhost", "#00897b", "1210 Oak Grove Rd, Concord, CA 94518"),
    "saffron": ("Saffron House", "saffronhouse.kitchen@saffronhouse-indian.com", "saffronhouse-indian.com", "smallhost", "#e65100", "87 Elm St, Montclair, NJ 07042"),
    "booknook": ("The Book Nook", "events@booknook-shelby.com", "booknook-shelby.com", "mailchimp", "#37474f", "12 N Lafayette St, Shelby, NC 28150"),
    "sunrisedry": ("Sunrise Dry Cleaners", "info@sunrisedrycleaners.net", "sunrisedrycleaners.net", "smallhost", "#1565c0", "4402 Sunrise Blvd, Fair Oaks, CA 95628"),
    "brightsmile": ("Bright Smile Family Dental", "frontdesk@brightsmile-familydental.com", "brightsmile-familydental.com", "smallhost", "#0277bd", "2090 Westheimer Rd, Houston, TX 77098"),
    # loyalty
    "starbucks": ("Starbucks Rewards", "Starbucks@e.starbucks.com", "e.starbucks.com", "sfmc", "#00704a", "2401 Utah Ave S, Seattle, WA 98134"),
    "marriott": ("Marriott Bonvoy", "MarriottBonvoy@email-marriott.com", "email-marriott.com", "sfmc", "#b84c16", "7750 Wisconsin Ave, Bethesda, MD 20814"),
    "hilton": ("Hilton Honors", "HiltonHonors@h1.hilton.com", "h1.hilton.com", "ses", "#104c97", "7930 Jones Branch Dr, McLean, VA 22102"),
    "cvs": ("CVS Pharmacy", "CVSPharmacy@e.cvs.com", "e.cvs.com", "sfmc", "#cc0000", "One CVS Drive, Woonsocket, RI 02895"),
    "panera": ("Panera Bread", "panera@email.panerabread.com", "email.panerabread.com", "braze", "#4b7a2a", "3630 S Geyer Rd, St. Louis, MO 63127"),
    "dunkin": ("Dunkin'", "DDPerks@email.dunkindonuts.com", "email.dunkindonuts.com", "braze", "#ff671f", "130 Royall St, Canton, MA 02021"),
    "ihg": ("IHG One Rewards", "IHGOneRewards@mc.ihg.com", "mc.ihg.com", "sfmc", "#2f4f4f", "Three Ravinia Dr, Atlanta, GA 30346"),
    "kroger": ("Kroger", "kroger@email.kroger.com", "email.kroger.com", "iterable", "#134b97", "1014 Vine St, Cincinnati, OH 45202"),
    "walgreens": ("myWalgreens", "walgreens@em.walgreens.com", "em.walgreens.com", "sfmc", "#e31837", "200 Wilmot Rd, Deerfield, IL 60015"),
    "chipotle": ("Chipotle Rewards", "chipotle@email.chipotle.com", "email.chipotle.com", "braze", "#451400", "610 Newport Center Dr, Newport Beach, CA 92660"),
    # banks, cards, brokerages
    "chase": ("Chase", "chase@e.chase.com", "e.chase.com", "sfmc", "#117aca", "270 Park Ave, New York, NY 10017"),
    "capitalone": ("Capital One", "capitalone@notification.capitalone.com", "notification.capitalone.com", "ses", "#004879", "1680 Capital One Dr, McLean, VA 22102"),
    "amex": ("American Express", "AmericanExpress@welcome.americanexpress.com", "welcome.americanexpress.com", "sfmc", "#006fcf", "200 Vesey St, New York, NY 10285"),
    "discover": ("Discover", "discover@services.discover.com", "services.discover.com", "sfmc", "#ff6000", "2500 Lake Cook Rd, Riverwoods, IL 60015"),
    "citi": ("Citi Cards", "citicards@info6.citi.com", "info6.citi.com", "sfmc", "#003b70", "388 Greenwich St, New York, NY 10013"),
    "robinhood": ("Robinhood", "notifications@robinhood.com", "robinhood.com", "braze", "#00c805", "85 Willow Rd, Menlo Park, CA 94025"),
    "fidelity": ("Fidelity Investments", "Fidelity.Investments@mail.fidelity.com", "mail.fidelity.com", "sfmc", "#368727", "900 Salem St, Smithfield, RI 02917"),
    "schwab": ("Charles Schwab", "schwab@email.schwab.com", "email.schwab.com", "sfmc", "#00a0df", "3000 Schwab Way, Westlake, TX 76262"),
    "sofi": ("SoFi", "hello@e.sofi.com", "e.sofi.com", "braze", "#00a2c7", "234 1st St, San Francisco, CA 94105"),
    "wise": ("Wise", "noreply@wise.com", "wise.com", "ses", "#9fe870", "1450 Broadway, New York, NY 10018"),
    "ally": ("Ally Bank", "ally@email.ally.com", "email.ally.com", "sfmc", "#650360", "500 Woodward Ave, Detroit, MI 48226"),
    "wellsfargo": ("Wells Fargo", "wellsfargo@email.wellsfargo.com", "email.wellsfargo.com", "sfmc", "#d71e28", "420 Montgomery St, San Francisco, CA 94104"),
    # insurance
    "geico": ("GEICO", "geico@email.geico.com", "email.geico.com", "sfmc", "#154b8b", "5260 Western Ave, Chevy Chase, MD 20815"),
    "progressive": ("Progressive", "progressive@e.progressive.com", "e.progressive.com", "sfmc", "#0077b3", "6300 Wilson Mills Rd, Mayfield Village, OH 44143"),
    "statefarm": ("State Farm", "statefarm@email.statefarm.com", "email.statefarm.com", "sfmc", "#e31837", "One State Farm Plaza, Bloomington, IL 61710"),
    "lemonade": ("Lemonade", "help@lemonade.com", "lemonade.com", "iterable", "#ff0083", "5 Crosby St, New York, NY 10013"),
    "allstate": ("Allstate", "allstate@email.allstate.com", "email.allstate.com", "sfmc", "#0033a0", "3100 Sanders Rd, Northbrook, IL 60062"),
    "libertymutual": ("Liberty Mutual", "libertymutual@e.libertymutual.com", "e.libertymutual.com", "sfmc", "#1a1446", "175 Berkeley St, Boston, MA 02116"),
    # auto
    "lakeshorehonda": ("Lakeshore Honda Service", "service@lakeshore-honda-madison.com", "lakeshore-honda-madison.com", "sendgrid", "#cc0000", "5950 Odana Rd, Madison, WI 53719"),
    "summitsubaru": ("Summit Subaru", "service@summitsubaru-nh.com", "summitsubaru-nh.com", "mailgun", "#13294b", "400 Daniel Webster Hwy, Nashua, NH 03060"),
    "valleychevy": ("Valley Chevrolet", "no-reply@valleychevrolet-az.com", "valleychevrolet-az.com", "smallhost", "#c5a100", "1800 E Bell Rd, Phoenix, AZ 85022"),
    "ford": ("Ford Owner", "FordOwner@email.ford.com", "email.ford.com", "sfmc", "#003478", "One American Road, Dearborn, MI 48126"),
    "toyota": ("Toyota Owners", "toyota@e.toyota.com", "e.toyota.com", "sfmc", "#eb0a1e", "6565 Headquarters Dr, Plano, TX 75024"),
    "tesla": ("Tesla", "no-reply@tesla.com", "tesla.com", "ses", "#171a20", "1 Tesla Road, Austin, TX 78725"),
    # utilities, telecom
    "verizon": ("Verizon", "VZWMail@ecrmemail.verizonwireless.com", "ecrmemail.verizonwireless.com", "sfmc", "#ee0000", "One Verizon Way, Basking Ridge, NJ 07920"),
    "att": ("AT&T", "att@emailff.att-mail.com", "emailff.att-mail.com", "sfmc", "#009fdb", "208 S Akard St, Dallas, TX 75202"),
    "tmobile": ("T-Mobile", "T-Mobile@email.t-mobile.com", "email.t-mobile.com", "sfmc", "#e20074", "12920 SE 38th St, Bellevue, WA 98006"),
    "xfinity": ("Xfinity", "online.communications@alerts.comcast.net", "alerts.comcast.net", "ses", "#6138f5", "1701 JFK Blvd, Philadelphia, PA 19103"),
    "pge": ("PG&E", "CustomerServiceOnline@pge.com", "pge.com", "sfmc", "#0060a9", "300 Lakeside Dr, Oakland, CA 94612"),
    "coned": ("Con Edison", "ConEdison@email.coned.com", "email.coned.com", "sfmc", "#0078cf", "4 Irving Pl, New York, NY 10003"),
    "spectrum": ("Spectrum", "spectrum@exchange.spectrum.com", "exchange.spectrum.com", "sfmc", "#0099d8", "400 Washington Blvd, Stamford, CT 06901"),
    "mint": ("Mint Mobile", "hello@email.mintmobile.com", "email.mintmobile.com", "braze", "#6fbe44", "1000 Corporate Dr, Costa Mesa, CA 92626"),
    # charity
    "redcross": ("American Red Cross", "RedCross@e.redcross.org", "e.redcross.org", "sfmc", "#ed1b2e", "431 18th St NW, Washington, DC 20006"),
    "stjude": ("St. Jude Children's Research Hospital", "stjude@email.stjude.org", "email.stjude.org", "sfmc", "#c8102e", "262 Danny Thomas Place, Memphis, TN 38105"),
    "msf": ("Doctors Without Borders", "donations@newyork.msf.org", "newyork.msf.org", "sendgrid", "#ee0000", "40 Rector St, 16th Floor, New York, NY 10006"),
    "aspca": ("ASPCA", "aspca@email.aspca.org", "email.aspca.org", "sfmc", "#f26e21", "424 E 92nd St, New York, NY 10128"),
    "wikimedia": ("Wikipedia", "donate@wikimedia.org", "wikimedia.org", "ses", "#36c", "1 Montgomery St, Suite 1600, San Francisco, CA 94104"),
    "wwf": ("World Wildlife Fund", "wwf@wwfus.org", "wwfus.org", "sfmc", "#000000", "1250 24th St NW, Washington, DC 20037"),
    "feedingamerica": ("Feeding America", "info@e.feedingamerica.org", "e.feedingamerica.org", "sfmc", "#f47d20", "161 N Clark St, Chicago, IL 60601"),
    "unicef": ("UNICEF USA", "unicefusa@e.unicefusa.org", "e.unicefusa.org", "sendgrid", "#1cabe2", "125 Maiden Lane, New York, NY 10038"),
    # political
    "dccc": ("DCCC", "dccc@dccc.org", "dccc.org", "sendgrid", "#0a3161", "430 S Capitol St SE, Washington, DC 20003"),
    "nrcc": ("NRCC", "contact@nrcc.org", "nrcc.org", "ses", "#b22234", "425 2nd St NE, Washington, DC 20002"),
    "dscc": ("DSCC", "info@dscc.org", "dscc.org", "sendgrid", "#1a4480", "120 Maryland Ave NE, Washington, DC 20002"),
    "nrsc": ("NRSC", "info@nrsc.org", "nrsc.org", "ses", "#bf0a30", "425 2nd St NE, Washington, DC 20002"),
    "dnc": ("Democrats", "info@democrats.org", "democrats.org", "sendgrid", "#0015bc", "430 S Capitol St SE, Washington, DC 20003"),
    "rnc": ("GOP", "news@gop.com", "gop.com", "ses", "#e81b23", "310 First St SE, Washington, DC 20003"),
    # travel
    "delta": ("Delta Air Lines", "DeltaAirLines@e.delta.com", "e.delta.com", "sfmc", "#003366", "PO Box 20706, Atlanta, GA 30320"),
    "united": ("United Airlines", "MileagePlus@news.united.com", "news.united.com", "sfmc", "#005daa", "233 S Wacker Dr, Chicago, IL 60606"),
    "aa": ("American Airlines AAdvantage", "AAdvantage@info.email.aa.com", "info.email.aa.com", "sfmc", "#0078d2", "1 Skyview Dr, Fort Worth, TX 76155"),
    "southwest": ("Southwest Airlines", "SouthwestAirlines@luv.southwest.com", "luv.southwest.com", "sfmc", "#304cb2", "2702 Love Field Dr, Dallas, TX 75235"),
    "expedia": ("Expedia", "Expedia@eg.expedia.com", "eg.expedia.com", "ses", "#191e3b", "1111 Expedia Group Way W, Seattle, WA 98119"),
    "booking": ("Booking.com", "email.campaign@sg.booking.com", "sg.booking.com", "sendgrid", "#003580", "Herengracht 597, 1017 CE Amsterdam"),
    "airbnb": ("Airbnb", "discover@airbnb.com", "airbnb.com", "sendgrid", "#ff385c", "888 Brannan St, San Francisco, CA 94103"),
    "jetblue": ("JetBlue", "jetblueairways@email.jetblue.com", "email.jetblue.com", "sfmc", "#0033a0", "27-01 Queens Plaza N, Long Island City, NY 11101"),
    "alaska": ("Alaska Airlines", "alaskaair@e.alaskaair.com", "e.alaskaair.com", "sfmc", "#01426a", "19300 International Blvd, Seattle, WA 98188"),
    "hopper": ("Hopper", "hello@hopper.com", "hopper.com", "braze", "#fa6866", "5 Place Ville Marie, Montréal, QC H3B 2G2"),
    "sncf": ("SNCF Connect", "newsletter@sncf-connect.com", "sncf-connect.com", "sfmc", "#0c131f", "2 place de la Défense, 92053 Paris La Défense"),
    # subscription boxes / meal kits
    "hellofresh": ("HelloFresh", "hello@news.hellofresh.com", "news.hellofresh.com", "braze", "#067a46", "28 Liberty St, New York, NY 10005"),
    "blueapron": ("Blue Apron", "contact@email.blueapron.com", "email.blueapron.com", "iterable", "#002f6c", "28 Liberty St, New York, NY 10005"),
    "factor": ("Factor", "hello@email.factor75.com", "email.factor75.com", "braze", "#1f3c2d", "1200 W Fulton Market, Chicago, IL 60607"),
    "barkbox": ("BarkBox", "hello@barkbox.com", "barkbox.com", "iterable", "#0099ff", "120 Broadway, New York, NY 10271"),
    "fabfitfun": ("FabFitFun", "hello@fabfitfun.com", "fabfitfun.com", "klaviyo", "#e85b81", "360 N La Cienega Blvd, Los Angeles, CA 90048"),
    "homechef": ("Home Chef", "hello@homechef.com", "homechef.com", "sendgrid", "#2e7d32", "1 W Illinois St, Chicago, IL 60654"),
    "dsc": ("Dollar Shave Club", "members@email.dollarshaveclub.com", "email.dollarshaveclub.com", "braze", "#003d7d", "13335 Maxella Ave, Marina Del Rey, CA 90292"),
    "atlasbox": ("Atlas Coffee Club", "hello@atlascoffeeclub.com", "atlascoffeeclub.com", "klaviyo", "#c0392b", "1001 N Orange Ave, Orlando, FL 32801"),
    # software
    "adobe": ("Adobe", "mail@mail.adobe.com", "mail.adobe.com", "sfmc", "#eb1000", "345 Park Ave, San Jose, CA 95110"),
    "grammarly": ("Grammarly", "info@send.grammarly.com", "send.grammarly.com", "iterable", "#15c39a", "548 Market St, San Francisco, CA 94104"),
    "dropbox": ("Dropbox", "no-reply@em-s.dropbox.com", "em-s.dropbox.com", "sendgrid", "#0061fe", "1800 Owens St, San Francisco, CA 94158"),
    "canva": ("Canva", "marketing@engage.canva.com", "engage.canva.com", "braze", "#7d2ae8", "110 Kippax St, Surry Hills NSW 2010, Australia"),
    "notion": ("Notion", "team@mail.notion.so", "mail.notion.so", "hubspot", "#000000", "2300 Harrison St, San Francisco, CA 94110"),
    "zoom": ("Zoom", "no-reply@zoom.us", "zoom.us", "ses", "#0b5cff", "55 Almaden Blvd, San Jose, CA 95113"),
    "microsoft": ("Microsoft 365", "microsoft365@email.microsoft.com", "email.microsoft.com", "sfmc", "#0078d4", "One Microsoft Way, Redmond, WA 98052"),
    "onepassword": ("1Password", "hello@1password.com", "1password.com", "hubspot", "#0572ec", "4711 Yonge St, Toronto, ON M2N 6K8"),
    "nordvpn": ("NordVPN", "support@nordvpn.com", "nordvpn.com", "sendgrid", "#4687ff", "Nordsec Ltd, 30 Churchill Pl, London E14 5RE"),
    "figma": ("Figma", "updates@figma.com", "figma.com", "iterable", "#a259ff", "760 Market St, San Francisco, CA 94102"),
    # real estate
    "zillow": ("Zillow", "instant-updates@mail.zillow.com", "mail.zillow.com", "ses", "#006aff", "1301 Second Ave, Seattle, WA 98101"),
    "redfin": ("Redfin", "listings@redfin.com", "redfin.com", "sendgrid", "#a02021", "1099 Stewart St, Seattle, WA 98101"),
    "realtor": ("Realtor.com", "alerts@mail.realtor.com", "mail.realtor.com", "sfmc", "#d92228", "3315 Scott Blvd, Santa Clara, CA 95054"),
    "harborline": ("Harborline Realty Group", "megan@harborlinerealty.com", "harborlinerealty.com", "hubspot", "#0d3b66", "77 Harbor Dr, Suite 4, Annapolis, MD 21401"),
    "compass": ("Compass", "noreply@compass.com", "compass.com", "sendgrid", "#000000", "110 Fifth Ave, New York, NY 10011"),
    "trulia": ("Trulia", "alerts@mail.trulia.com", "mail.trulia.com", "ses", "#007882", "535 Mission St, San Francisco, CA 94105"),
    # supplements
    "thorne": ("Thorne", "hello@email.thorne.com", "email.thorne.com", "klaviyo", "#1c2b39", "152 Technology Dr, Summerville, SC 29483"),
    "ritual": ("Ritual", "hello@ritual.com", "ritual.com", "iterable", "#142b6f", "1931 Vanderbilt Ave, Los Angeles, CA 90025"),
    "ag1": ("AG1", "hello@drinkag1.com", "drinkag1.com", "klaviyo", "#0f3d2e", "3200 Carlsbad Blvd, Carlsbad, CA 92008"),
    "vitacost": ("Vitacost", "vitacost@email.vitacost.com", "email.vitacost.com", "sfmc", "#7ab800", "4700 Exchange Ct, Boca Raton, FL 33431"),
    "iherb": ("iHerb", "newsletter@iherb.com", "iherb.com", "braze", "#458500", "17400 Laguna Canyon Rd, Irvine, CA 92618"),
    "gardenoflife": ("Garden of Life", "info@gardenoflife.com", "gardenoflife.com", "klaviyo", "#008b48", "4200 Northcorp Pkwy, Palm Beach Gardens, FL 33410"),
    # crypto exchanges
    "coinbase": ("Coinbase", "no-reply@info.coinbase.com", "info.coinbase.com", "braze", "#0052ff", "One Madison Ave, New York, NY 10010"),
    "kraken": ("Kraken", "marketing@kraken.com", "kraken.com", "iterable", "#5741d9", "106 E Lincolnway, Cheyenne, WY 82001"),
    "gemini": ("Gemini", "hello@gemini.com", "gemini.com", "braze", "#00dcfa", "600 Third Ave, New York, NY 10016"),
    "cryptocom": ("Crypto.com", "hello@crypto.com", "crypto.com", "sendgrid", "#103f68", "Level 7, 1 Market St, Sydney NSW 2000"),
    "bitstamp": ("Bitstamp", "news@bitstamp.net", "bitstamp.net", "hubspot", "#2d8a3e", "5 New Street Square, London EC4A 3TW"),
    "uphold": ("Uphold", "hello@uphold.com", "uphold.com", "iterable", "#49cc68", "6 Harrison St, New York, NY 10013"),
    # marketplaces
    "ebay": ("eBay", "ebay@ebay.com", "ebay.com", "ses", "#0064d2", "2025 Hamilton Ave, San Jose, CA 95125"),
    "etsy": ("Etsy", "transaction@etsy.com", "etsy.com", "sendgrid", "#f1641e", "117 Adams St, Brooklyn, NY 11201"),
    "poshmark": ("Poshmark", "offers@poshmark.com", "poshmark.com", "sendgrid", "#7f0353", "2600 Campus Dr, San Mateo, CA 94403"),
    "mercari": ("Mercari", "no-reply@mercari.com", "mercari.com", "sendgrid", "#5356ee", "1530 Page Mill Rd, Palo Alto, CA 94304"),
    # recall / warranty
    "ikea": ("IKEA", "ikea@news.ikea-usa.com", "news.ikea-usa.com", "sfmc", "#0058a3", "420 Alan Wood Rd, Conshohocken, PA 19428"),
    "mattel": ("Fisher-Price", "consumerrelations@mattel.com", "mattel.com", "ses", "#e4002b", "636 Girard Ave, East Aurora, NY 14052"),
    "peloton": ("Peloton", "support@e.onepeloton.com", "e.onepeloton.com", "braze", "#df1c2f", "441 Ninth Ave, New York, NY 10001"),
    "samsung": ("Samsung", "samsung@innovations.samsungusa.com", "innovations.samsungusa.com", "sfmc", "#1428a0", "85 Challenger Rd, Ridgefield Park, NJ 07660"),
    "dyson": ("Dyson", "dyson@e.dyson.com", "e.dyson.com", "sfmc", "#333333", "1330 W Fulton St, Chicago, IL 60607"),
    # tickets
    "ticketmaster": ("Ticketmaster", "customer_support@email.ticketmaster.com", "email.ticketmaster.com", "sfmc", "#026cdf", "9348 Civic Center Dr, Beverly Hills, CA 90210"),
    "livenation": ("Live Nation", "livenation@email.livenation.com", "email.livenation.com", "sfmc", "#e4002b", "9348 Civic Center Dr, Beverly Hills, CA 90210"),
    "axs": ("AXS", "axs@email.axs.com", "email.axs.com", "braze", "#0076be", "425 W 11th St, Los Angeles, CA 90015"),
    "seatgeek": ("SeatGeek", "hi@seatgeek.com", "seatgeek.com", "iterable", "#ff5b49", "1 Park Ave, New York, NY 10016"),
    "stubhub": ("StubHub", "stubhub@e.stubhub.com", "e.stubhub.com", "sfmc", "#3f1d74", "199 Fremont St, San Francisco, CA 94105"),
    "eventbrite": ("Eventbrite", "noreply@order.eventbrite.com", "order.eventbrite.com", "sendgrid", "#f05537", "95 Third St, San Francisco, CA 94103"),
    "dice": ("DICE", "hello@dice.fm", "dice.fm", "iterable", "#000000", "1 Hermitage St, London W2 1BE"),
    # smart home
    "ring": ("Ring", "no-reply@ring.com", "ring.com", "ses", "#1998d5", "12515 W Jefferson Blvd, Los Angeles, CA 90066"),
    "googlenest": ("Google Nest", "notifications@nest.com", "nest.com", "ses", "#4285f4", "1600 Amphitheatre Pkwy, Mountain View, CA 94043"),
    "ecobee": ("ecobee", "noreply@ecobee.com", "ecobee.com", "sendgrid", "#3b8626", "25 Dockside Dr, Toronto, ON M5A 0B5"),
    "simplisafe": ("SimpliSafe", "noreply@simplisafe.com", "simplisafe.com", "sendgrid", "#005ccc", "100 Summer St, Boston, MA 02110"),
    "arlo": ("Arlo", "alerts@arlo.com", "arlo.com", "ses", "#0d9d58", "2200 Faraday Ave, Carlsbad, CA 92008"),
    "wyze": ("Wyze", "no-reply@wyze.com", "wyze.com", "mailgun", "#1cc1b3", "4030 Lake Washington Blvd NE, Kirkland, WA 98033"),
    # medical
    "zocdoc": ("Zocdoc", "noreply@zocdoc.com", "zocdoc.com", "sendgrid", "#ffd400", "568 Broadway, New York, NY 10012"),
    "onemedical": ("One Medical", "no-reply@onemedical.com", "onemedical.com", "postmark", "#005450", "1 Embarcadero Center, San Francisco, CA 94111"),
    "northfield": ("Northfield Health MyChart", "mychart-noreply@northfieldhealth.org", "northfieldhealth.org", "postmark", "#00558c", "1500 Lakeview Pkwy, Northfield, IL 60093"),
    "minuteclinic": ("CVS MinuteClinic", "MinuteClinic@e.cvs.com", "e.cvs.com", "sfmc", "#cc0000", "One CVS Drive, Woonsocket, RI 02895"),
    "labcorp": ("Labcorp", "noreply@labcorp.com", "labcorp.com", "ses", "#002d72", "358 S Main St, Burlington, NC 27215"),
}


LEGAL = {"wikimedia": "Wikimedia Foundation, Inc.", "dnc": "Democratic National Committee", "rnc": "Republican National Committee",
         "aa": "American Airlines, Inc.", "xfinity": "Comcast", "marriott": "Marriott International, Inc.", "hilton": "Hilton",
         "googlenest": "Google LLC", "ihg": "IHG Hotels & Resorts", "stjude": "ALSAC/St. Jude Children's Research Hospital",
         "msf": "Doctors Without Borders/Médecins Sans Frontières USA", "wwf": "World Wildlife Fund", "mattel": "Mattel, Inc.",
         "walgreens": "Walgreen Co.", "minuteclinic": "CVS Health", "ebay": "eBay Inc.", "etsy": "Etsy, Inc."}


def brand(key):
    name, frm, sub, esp, col, address = BRANDS[key]
    dom = ".".join(sub.split(".")[-2:])
    legal = name if not name.endswith((" Rewards", " Owner", " Owners", " Service", " MyChart")) else name.rsplit(" ", 1)[0]
    legal = LEGAL.get(key, legal)
    return {"key": key, "name": name, "from": frm, "sub": sub, "domain": dom, "esp": esp, "color": col,
            "addr": address, "legal": legal}


# ---------------------------------------------------------------- category text pools (EN)
POOLS = {
    "retail": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="Shop now",
        pre=["Ends {deadline}. Don't miss out.", "Your code is inside \U0001F440", "New arrivals + extra savings, just for you",
             "Free shipping on every order, today only"],
        paras=["Hi {first}, it's here: {offer}. Shop online or in stores while it lasts.",
               "Use code <b>{code}</b> at checkout. Valid through {deadline} at 11:59 p.m. PT.",
               "Our most-wanted picks are moving fast and sizes are limited, so grab your favorites before they're gone.",
               "Members get free shipping on every order with no minimum, plus free returns for 60 days.",
               "Spend $75 or more and get a free gift with purchase: {gift}, while supplies last."],
        fine=["*Offer valid through {deadline} at {domain} and in participating stores. Exclusions apply, including gift cards and select brands. "
              "Cannot be combined with other offers. Prices and availability subject to change."]),
    "local": dict(
        style="simple", fmts=("plain", "html", "alt"), cta=None,
        pre=["News from the neighborhood"], paras=[], fine=[]),
    "loyalty": dict(
        style="mkt", fmts=("html", "alt"), cta="View my rewards",
        pre=["Your {month} statement is here", "You have {points} points waiting", "Here's what you earned this month"],
        paras=["Hi {first}, here's your rewards summary for {month}. Your current balance is <b>{points} points</b>.",
               "You earned {earned} points this month across {visits} visits. Keep going: you're {togo} points away from your next reward.",
               "Points don't expire as long as your account stays active, but this month's bonus offer ends {deadline}.",
               "Activate your personalized offers in the app before {deadline} to earn bonus points on your next visit."],
        fine=["Points earned are subject to the program Terms &amp; Conditions. Allow up to 48 hours for points to post. Offers are non-transferable."]),
    "bank": dict(
        style="mkt", fmts=("html", "alt"), cta="Learn more",
        pre=["An offer selected for you", "A limited-time offer for card members", "Earn more with {brand}"],
        paras=["Dear {first}, as a valued customer you're eligible for {offer}.",
               "Apply by {deadline} to take advantage of this offer. It only takes a few minutes and checking your eligibility won't affect your credit score.",
               "For your security, we will never ask for your password or one-time code by email. Sign in directly at {domain} or through the mobile app.",
               "Refer a friend and you can earn {amount} for each friend who is approved, up to $1,500 per calendar year."],
        fine=["Offer subject to credit approval. Terms apply. Balance transfers are subject to a fee of either $5 or 5% of the amount of each transfer, whichever is greater. "
              "Investment and insurance products are not FDIC insured, are not bank guaranteed and may lose value. "
              "This message was sent to {rcpt}. Please do not reply to this email; this mailbox is not monitored."]),
    "insurance": dict(
        style="mkt", fmts=("html", "alt"), cta="Review my renewal",
        pre=["Your policy renews {deadline}", "Save when you bundle", "Your renewal documents are ready"],
        paras=["Hi {first}, your {offer} renews on {deadline}. Your new documents are ready to review in your account.",
               "Customers who bundle home and auto save an average of {pct}%. It only takes a few minutes to get a quote.",
               "Nothing changed? You don't need to do anything; your coverage will continue automatically using the payment method on file ending in {last4}.",
               "Questions? Your agent is happy to walk through your coverage, or you can chat with us in the app any time."],
        fine=["Discounts vary by state and are not available in all situations. Coverage is subject to policy terms, conditions and exclusions."]),
    "auto": dict(
        style="simple", fmts=("html", "alt", "plain"), cta="Schedule service",
        pre=["Your vehicle is due for service", "Service reminder for your {vehicle}"],
        paras=["Hi {first}, our records show your {vehicle} is due for its {offer}.",
               "Book online in under a minute and enjoy complimentary multi-point inspection, free Wi-Fi in our lounge and shuttle service within 10 miles.",
               "Mention this email for {amount} off any service of $150 or more. Valid through {deadline}.",
               "Estimated mileage: {mileage} miles. If you've already had this service done elsewhere, let us know and we'll update your records."],
        fine=["Coupon must be presented at time of write-up. Not valid with other offers. Plus tax and shop supplies. Most vehicles."]),
    "utility": dict(
        style="mkt", fmts=("html", "alt"), cta="View bill",
        pre=["Your bill is ready", "Your statement for {month} is available", "Upgrade offer for your account"],
        paras=["Hi {first}, your {month} statement for account ending in {last4} is ready. Amount due: <b>${bill}</b>, due by {deadline}.",
               "You're enrolled in AutoPay, so there's nothing you need to do. The payment will be drafted on the due date.",
               "Good news: {offer}. Upgrade in the app or online in just a few taps.",
               "Go paperless and save $5/month on your bill. You can update your preferences any time in My Account."],
        fine=["Plan changes take effect on your next bill cycle. Taxes and fees extra. Offer subject to change. See {domain}/legal for details."]),
    "charity": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="Donate now",
        pre=["Your gift will be matched — but only until midnight", "{first}, we're counting on you", "Time is running out"],
        paras=["{first}, I'm writing because {offer}.",
               "A generous donor has agreed to MATCH every gift made before {deadline}, up to $500,000. That means your gift of ${gift_amt} becomes ${gift_dbl}.",
               "We are {togo_pct}% of the way to our goal, and we can't reach it without supporters like you.",
               "Will you make an urgent gift today? Every dollar helps, and gifts are tax-deductible to the full extent allowed by law."],
        fine=["{legal} is a 501(c)(3) nonprofit organization. Contributions are tax-deductible as allowed by law. "
              "If you'd prefer to receive fewer emails, update your preferences."]),
    "political": dict(
        style="simple", fmts=("html", "html", "plain"), cta="Chip in $15 now",
        pre=["We need to hear from you before midnight", "This is not a drill", "Your name is on the list"],
        paras=["{first} -- {offer}", "We're only ${togo_k}K short of our {deadline} FEC deadline goal. If we miss it, the media will say we're falling behind.",
               "That's why every gift made before midnight will be MATCHED 5X. Will you chip in $15 right now?",
               "If you've saved your payment information, your donation will go through immediately:",
               "Thank you for everything you do. -- Team {brand}"],
        fine=["Paid for by {legal} and not authorized by any candidate or candidate's committee. Contributions are not tax deductible."]),
    "travel": dict(
        style="mkt", fmts=("html", "alt"), cta="Book now",
        pre=["Fares this low won't last", "Your miles are waiting", "Deals on trips you'll love"],
        paras=["{first}, {offer}. Book by {deadline} for travel through the spring.",
               "You currently have <b>{miles} miles</b> in your account. That's enough for a round trip to {city}.",
               "Members save more: sign in to see member prices, seat upgrades and bonus miles on select routes.",
               "Fares are one-way, include taxes and fees, and are subject to availability. Seats are limited."],
        fine=["Fares and availability are subject to change without notice. Blackout dates and restrictions apply. Miles do not expire. "
              "Bonus miles will post within 6-8 weeks after qualifying activity."]),
    "subbox": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="Claim my offer",
        pre=["Your comeback deal is here", "Free dessert for life? Yep.", "{pct}% off your next box"],
        paras=["Hey {first}, {offer}.", "Choose from 50+ chef-crafted recipes every week, skip any week, and cancel whenever you want.",
               "Use code <b>{code}</b> by {deadline} to lock in your discount.", "Plus free shipping on your first box."],
        fine=["New or reactivating customers only. Discount applied over the first 4 boxes. Subscription auto-renews until cancelled. See terms at {domain}/terms."]),
    "software": dict(
        style="mkt", fmts=("html", "alt", "alt"), cta="Upgrade now",
        pre=["Your trial ends soon", "Don't lose access to your work", "A special offer on annual plans"],
        paras=["Hi {first}, {offer}.", "Upgrade before {deadline} to keep your files, projects and settings exactly as they are.",
               "For a limited time, save {pct}% when you switch to annual billing.", "Not ready yet? No problem — you'll be moved to the free plan and nothing will be deleted."],
        fine=["Offer valid for new annual subscriptions only. Price shown excludes applicable taxes. Subscription renews automatically until cancelled."]),
    "realestate": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="See all homes",
        pre=["New listings in your saved search", "A price just dropped", "{count} new homes match your search"],
        paras=["{first}, {offer}.", "<b>${price}</b> &middot; {beds} bd &middot; {baths} ba &middot; {sqft} sqft<br />{street}, {city}",
               "Open house this {weekday} from 1-3 p.m. Tour in person or by video chat with a local agent.",
               "Estimated payment: ${pmt}/mo. Get pre-approved to make a competitive offer."],
        fine=["You're receiving this because you saved a search. Listing information is deemed reliable but not guaranteed."]),
    "supplement": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="Shop the sale",
        pre=["Stock up and save", "Your routine, now {pct}% off", "Free shipping this week only"],
        paras=["Hi {first}, {offer}.", "Use code <b>{code}</b> through {deadline}.",
               "Third-party tested, NSF Certified for Sport and made without artificial colors or fillers.",
               "Subscribe &amp; Save members get an extra 10% off every order and can pause any time."],
        fine=["*These statements have not been evaluated by the Food and Drug Administration. This product is not intended to diagnose, treat, cure, or prevent any disease."]),
    "crypto": dict(
        style="mkt", fmts=("html", "alt"), cta="Get started",
        pre=["A limited-time offer for you", "Earn rewards on your crypto", "New assets now available"],
        paras=["Hi {first}, {offer}.", "Offer ends {deadline}. Opt in from the app to participate.",
               "Remember: we will never ask you for your password, 2-step verification codes or recovery phrase.",
               "Crypto is volatile and you could lose money. Rewards rates are variable and may change at any time."],
        fine=["Not investment advice. Crypto assets are not FDIC insured. Promotion terms apply; see {domain}/legal/promotions. Availability varies by jurisdiction."]),
    "marketplace": dict(
        style="simple", fmts=("alt", "alt", "html"), cta="Reply",
        pre=["You have a new message"], paras=[], fine=[]),
    "recall": dict(
        style="simple", fmts=("alt", "html", "plain"), cta="Check your product",
        pre=["Important safety information about your product", "Your warranty registration"],
        paras=[], fine=[]),
    "tickets": dict(
        style="mkt", fmts=("html", "html", "alt"), cta="Get tickets",
        pre=["Presale starts {deadline}", "Don't miss your chance", "Your code is inside"],
        paras=["{first}, {offer}.", "Presale begins {deadline} at 10 a.m. local time. Use code <b>{code}</b> when prompted.",
               "Tickets are limited and expected to sell quickly. Make sure you're signed in and your payment details are up to date before the sale starts.",
               "All tickets are mobile only. Screenshots won't get you in."],
        fine=["Ticket limits apply. Prices include fees. Dates, times and lineup subject to change."]),
    "smarthome": dict(
        style="simple", fmts=("alt", "html", "alt"), cta="Open the app",
        pre=["Activity at your home", "Your monthly report is here"], paras=[], fine=[]),
    "medical": dict(
        style="simple", fmts=("alt", "alt", "plain"), cta="Confirm appointment",
        pre=["Appointment reminder"], paras=[], fine=[]),
}

ITEMS = {
    "target": [("Threshold Patio Lounge Chair", "$180.00", "$126.00"), ("Hearth & Hand Throw Blanket", "$30.00", "$22.50"), ("Stanley 40oz Tumbler", "$45.00", None)],
    "oldnavy": [("High-Waisted Wow Jeans", "$44.99", "$22.00"), ("Cozy Fleece Hoodie", "$39.99", "$18.00"), ("Kids Puffer Jacket", "$49.99", "$25.00")],
    "nike": [("Air Max 90", "$130", "$97.97"), ("Pegasus 41", "$140", "$104.97"), ("Tech Fleece Joggers", "$120", "$83.97")],
    "sephora": [("Rare Beauty Soft Pinch Blush", "$23.00", None), ("Summer Fridays Lip Balm", "$24.00", None), ("Drunk Elephant Protini Cream", "$68.00", "$54.40")],
    "bestbuy": [("Sony WH-1000XM5 Headphones", "$399.99", "$279.99"), ("Samsung 65\" Class OLED S90D", "$1,999.99", "$1,399.99"), ("Apple AirPods Pro 2", "$249.99", "$169.99")],
    "ulta": [("CeraVe Moisturizing Cream", "$19.99", None), ("Dyson Airwrap Multi-styler", "$599.99", None), ("Urban Decay All Nighter Spray", "$38.00", "$28.50")],
    "wayfair": [("Mercury Row Modular Sofa", "$1,299.99", "$749.99"), ("Birch Lane Farmhouse Dining Table", "$899.00", "$479.99"), ("Ebern Designs Arc Floor Lamp", "$229.99", "$119.99")],
    "allbirds": [("Men's Tree Runners", "$98", "$78"), ("Women's Wool Loungers", "$95", "$76"), ("Trino Cozy Crew", "$24", None)],
    "chewy": [("Purina Pro Plan Adult 34 lb", "$76.98", "$65.43"), ("KONG Classic Dog Toy", "$13.99", None), ("Frisco Cat Tree 72-in", "$109.99", "$79.99")],
    "jcrew": [("Cashmere Crewneck Sweater", "$148.00", "$99.50"), ("Ludlow Slim-fit Suit Jacket", "$498.00", "$348.60"), ("Classic Barn Jacket", "$198.00", "$138.60")],
    "kohls": [("Sonoma Goods for Life Flannel Shirt", "$36.00", "$14.99"), ("Ninja Air Fryer 5.5 qt", "$129.99", "$89.99"), ("Nike Brasilia Backpack", "$45.00", "$33.75")],
    "macys": [("Charter Club Cashmere Sweater", "$139.00", "$49.99"), ("Martha Stewart 10-Pc. Cookware Set", "$299.99", "$99.99"), ("Fossil Gen 6 Smartwatch", "$299.00", "$179.40")],
    "rei": [("REI Co-op Half Dome SL 2+ Tent", "$299.00", "$224.19"), ("Patagonia Nano Puff Jacket", "$239.00", "$178.93"), ("HOKA Speedgoat 6", "$155.00", None)],
    "bombas": [("Merino Wool Calf Sock 4-Pack", "$68.00", None), ("Gripper Slipper", "$54.00", None), ("Cotton Pima Tee", "$38.00", None)],
    "brooklinen": [("Luxe Core Sheet Set", "$159.00", "$127.20"), ("Down Comforter", "$259.00", "$207.20"), ("Waffle Bath Towels", "$79.00", "$63.20")],
    "homedepot": [("RYOBI ONE+ 18V 6-Tool Kit", "$399.00", "$249.00"), ("Husky 46 in. Tool Chest", "$598.00", "$398.00"), ("Vigoro 2 cu. ft. Mulch", "$4.97", "$2.00")],
    "crocs": [("Classic Clog", "$49.99", "$34.99"), ("Classic Lined Clog", "$59.99", "$41.99"), ("Jibbitz 5-Pack", "$14.99", None)],
    "uniqlo": [("Ultra Light Down Jacket", "$69.90", "$49.90"), ("HEATTECH Crew Neck T-Shirt", "$19.90", "$12.90"), ("Airism Cotton Oversized Tee", "$19.90", None)],
    "lululemon": [("Align High-Rise Pant 25\"", "$98", "$69"), ("ABC Jogger", "$128", "$89"), ("Everywhere Belt Bag", "$38", None)],
    "warbyparker": [("Durand Frames", "$95", None), ("Haskell Sunglasses", "$145", None), ("Daily Contacts 90-pack", "$110", "$88")],
    "zalando": [("adidas Originals Samba OG", "120,00 €", "89,95 €"), ("Tommy Hilfiger Wollmantel", "299,90 €", "209,93 €"), ("Levi's 501 Original", "109,95 €", "76,97 €")],
    "otto": [("Bosch Serie 4 Waschmaschine", "649,00 €", "479,00 €"), ("Samsung Galaxy Tab S9 FE", "449,00 €", "349,00 €"), ("Boxspringbett Home affaire", "1.299,99 €", "799,99 €")],
    "fnac": [("Apple iPad 10,9\"", "419,00 €", "379,00 €"), ("Casque Bose QuietComfort", "349,99 €", "279,99 €"), ("Astérix Tome 41", "10,99 €", None)],
    "decathlon": [("Vélo électrique Riverside 500E", "1 199,99 €", "999,99 €"), ("Tente Quechua 2 Seconds", "99,99 €", "79,99 €"), ("Doudoune Forclaz MT500", "79,99 €", "59,99 €")],
    "elcorteingles": [("Cafetera De'Longhi Magnifica S", "429,00 €", "299,00 €"), ("Abrigo de lana Woman", "159,00 €", "95,40 €"), ("Perfume Carolina Herrera Good Girl 80 ml", "128,00 €", "89,60 €")],
    "pccomponentes": [("Portátil ASUS Vivobook 15", "699,00 €", "549,00 €"), ("Monitor LG UltraGear 27\"", "279,99 €", "199,99 €"), ("Ratón Logitech MX Master 3S", "119,00 €", "89,99 €")],
}

CITIES = ["Denver", "Cancún", "Honolulu", "Lisbon", "Orlando", "New Orleans", "San Juan", "Nashville", "Tokyo", "Reykjavík", "Las Vegas", "Miami"]


# ---------------------------------------------------------------- ham entries
def E(cat, key, subject, scen, **kw):
    return (cat, key, subject, scen, kw)


HAM = [
    # ---- retail promotions (EN)
    E("retail", "target", "🎯 Up to 40% off patio + outdoor — this weekend only", "Target weekend patio sale, Circle offers", offer="up to 40% off patio furniture and outdoor decor", gift="a Bullseye's Playground mystery item", countdown=True, nav=["Home", "Patio", "Kids", "Deals"]),
    E("retail", "target", "Target Circle Week is here: your deals unlocked", "Target Circle Week member deals", offer="Target Circle Week, with deals up to 50% off across the store", banner="CIRCLE WEEK &middot; MEMBERS ONLY"),
    E("retail", "oldnavy", "50% OFF EVERYTHING!!! (yes, everything)", "Old Navy sitewide 50% off flash sale", offer="50% off everything", code="EVERYTHING", countdown=True, banner="TODAY ONLY"),
    E("retail", "oldnavy", "Last chance: $12 jeans end tonight ⏰", "Old Navy last-chance jeans deal", offer="$12 jeans for the whole family", banner="ENDS TONIGHT"),
    E("retail", "nike", "Members get 25% off: Extra savings unlocked", "Nike member promo code", offer="an extra 25% off select styles for Nike Members", code="SAVE25", nav=["Men", "Women", "Kids", "Jordan"]),
    E("retail", "sephora", "FREE gift with purchase 🎁 + double points", "Sephora free gift with purchase and double Beauty Insider points", offer="a free 7-piece gift with any $60 purchase, plus 2X points", code="TREATME", gift="a deluxe Summer Fridays lip balm"),
    E("retail", "sephora", "The Savings Event starts NOW for Rouge members", "Sephora Savings Event tiered discount", offer="up to 20% off for Rouge, 15% off for VIB and 10% off for Insiders", code="YAYSAVE", countdown=True),
    E("retail", "bestbuy", "Black Friday prices are here early. Shop doorbusters now.", "Best Buy early Black Friday doorbusters", offer="early Black Friday doorbusters on TVs, laptops and headphones", banner="DOORBUSTERS &middot; LIMITED QUANTITIES"),
    E("retail", "bestbuy", "Your My Best Buy Plus™ member deal ends soon", "Best Buy Plus member exclusive deal", offer="an exclusive member price on Sony noise-cancelling headphones"),
    E("retail", "ulta", "21 Days of Beauty: today's 50% off steals 💄", "Ulta 21 Days of Beauty daily deals", offer="21 Days of Beauty, with new 50% off deals every day", countdown=True),
    E("retail", "wayfair", "Way Day is LIVE: up to 80% off + free shipping", "Wayfair Way Day sale", offer="Way Day, our biggest sale of the year with up to 80% off", banner="WAY DAY &middot; 48 HOURS ONLY", countdown=True),
    E("retail", "allbirds", "Psst… our Friends & Family sale starts now", "Allbirds friends and family discount", offer="our Friends &amp; Family sale with 20% off everything", code="FRIENDS20"),
    E("retail", "chewy", "Your Autoship savings: 35% off your first order + a free toy 🐶", "Chewy Autoship first-order discount", offer="35% off your first Autoship order", gift="a free KONG toy"),
    E("retail", "jcrew", "Extra 40% off sale styles (it's a big one)", "J.Crew extra off sale styles", offer="an extra 40% off sale styles", code="SHOPNOW", nav=["Women", "Men", "Kids", "Sale"]),
    E("retail", "kohls", "🔥 $10 Kohl's Cash for every $50 + take 20% off", "Kohl's Cash and percent-off coupon", offer="$10 Kohl's Cash for every $50 you spend, plus 20% off with your code", code="SAVEBIG20", banner="KOHL'S CASH EARNING PERIOD"),
    E("retail", "macys", "VIP Sale: Extra 30% off + free shipping, no minimum", "Macy's VIP sale", offer="our VIP Sale, with an extra 30% off select departments", code="VIP", countdown=True),
    E("retail", "rei", "Anniversary Sale: members save 20% on one full-price item", "REI member Anniversary Sale coupon", offer="the Anniversary Sale; members save 20% on one full-price item and 20% off REI Outlet", code="ANNIV2026"),
    E("retail", "bombas", "One purchased = one donated. And now, 20% off your first order.", "Bombas welcome discount", offer="20% off your first order", code="HELLO20"),
    E("retail", "brooklinen", "Our Anniversary Sale: 20% off sitewide 🛏️", "Brooklinen sitewide anniversary sale", offer="20% off sitewide for our anniversary", countdown=True),
    E("retail", "homedepot", "Spring Black Friday: Special Buys up to 40% off", "Home Depot Spring Black Friday special buys", offer="Spring Black Friday savings, with Special Buys up to 40% off", banner="FREE DELIVERY ON APPLIANCES $396+"),
    E("retail", "crocs", "Buy 2, get 15% off. Buy 3, get 25% off 🐊", "Crocs tiered multi-buy promotion", offer="our tiered multi-buy sale: buy 2 get 15% off, buy 3 get 25% off", code="MIX3"),
    E("retail", "uniqlo", "Limited-Time Offers: HEATTECH from $12.90", "UNIQLO weekly limited-time offers", offer="this week's Limited-Time Offers on HEATTECH and Ultra Light Down"),
    E("retail", "lululemon", "We Made Too Much: new styles just dropped", "lululemon markdown section restock", offer="new markdowns in We Made Too Much, up to 50% off"),
    E("retail", "warbyparker", "Your free Home Try-On is waiting, {first} 👓", "Warby Parker home try-on reminder with promo", offer="15% off your first pair, plus five frames to try at home free for 5 days", code="TRYON15"),
    # ---- retail promotions (DE / FR / ES)
    E("retail", "zalando", "Nur noch heute: Bis zu 60 % Rabatt im Sale 🔥", "Zalando sale last day (German)", lang="de", cta="Jetzt shoppen",
      head="Letzte Chance: Bis zu 60 % Rabatt", pre="Nur noch heute im Sale – dann ist Schluss.",
      paras=["Hallo {first},", "unser Sale endet heute um Mitternacht. Sichere dir jetzt bis zu 60 % Rabatt auf Sneaker, Mäntel und mehr.",
             "Mit dem Code <b>{code}</b> erhältst du zusätzlich 10 % auf bereits reduzierte Artikel.", "Kostenloser Versand und 100 Tage Rückgaberecht."],
      code="EXTRA10", countdown=True, fine="Gültig bis {deadline} für Zalando-Kund*innen in Deutschland. Nicht kombinierbar mit anderen Aktionen. Ausgenommen sind Geschenkgutscheine."),
    E("retail", "zalando", "Deine Lieblingsmarken sind neu im Sortiment", "Zalando new-arrivals brand alert (German)", lang="de", cta="Neuheiten entdecken",
      head="Frisch eingetroffen", pre="Neue Styles von adidas, Levi's und Tommy Hilfiger",
      paras=["Hallo {first},", "deine gespeicherten Marken haben neue Artikel. Entdecke die neuesten Styles, bevor deine Größe ausverkauft ist.",
             "Zalando Plus-Mitglieder erhalten Premium-Lieferung ohne Mindestbestellwert."]),
    E("retail", "otto", "🎁 20 € Gutschein für dich – nur bis Sonntag", "OTTO voucher for existing customers (German)", lang="de", cta="Gutschein einlösen",
      head="Dein 20 € Gutschein", pre="Ab 99 € Bestellwert – gültig bis Sonntag",
      paras=["Hallo {first},", "als Dankeschön für deine Treue schenken wir dir 20 € auf deinen nächsten Einkauf ab 99 €.",
             "Einfach den Code <b>{code}</b> im Warenkorb eingeben.", "Bequem auf Rechnung oder in Raten bezahlen."],
      code="DANKE20", fine="Einmalig einlösbar bis {deadline}. Mindestbestellwert 99 €. Nicht gültig für Elektro-Großgeräte und Gutscheine."),
    E("retail", "fnac", "French Days : jusqu'à -40% sur la high-tech 📱", "Fnac French Days sale (French)", lang="fr", cta="J'en profite",
      head="French Days : c'est parti !", pre="Jusqu'à -40% sur une sélection high-tech",
      paras=["Bonjour {first},", "Les French Days commencent maintenant : profitez de remises exceptionnelles sur les smartphones, tablettes et casques audio.",
             "Adhérents Fnac : 10 € offerts tous les 100 € d'achat sur votre carte.", "Offre valable jusqu'au {deadline}, dans la limite des stocks disponibles."],
      countdown=True, fine="Offre valable en France métropolitaine. Voir conditions en magasin et sur fnac.com."),
    E("retail", "decathlon", "Dernière chance : la livraison offerte se termine ce soir", "Decathlon free-delivery last chance (French)", lang="fr", cta="Voir les offres",
      head="Livraison offerte, dernière chance", pre="Jusqu'à minuit seulement",
      paras=["Bonjour {first},", "Plus que quelques heures pour profiter de la livraison offerte dès 30 € d'achat sur tout le site.",
             "Membres Decathlon : retours gratuits pendant 365 jours et points fidélité doublés ce week-end."]),
    E("retail", "elcorteingles", "¡Últimos días de Rebajas! Hasta -50% en moda y hogar", "El Corte Inglés seasonal sales final days (Spanish)", lang="es", cta="Comprar ahora",
      head="Últimos días de Rebajas", pre="Hasta -50% en moda, hogar y belleza",
      paras=["Hola {first}:", "Las Rebajas terminan el {deadline}. Aprovecha descuentos de hasta el 50% en miles de artículos.",
             "Envío gratis a partir de 50 € y recogida gratuita en tienda en 2 horas.", "Paga en 3 meses sin intereses con tu Tarjeta El Corte Inglés."],
      fine="Promoción válida en elcorteingles.es y centros participantes hasta fin de existencias."),
    E("retail", "pccomponentes", "🔥 Días Naranjas: ofertas de 48 horas en portátiles y monitores", "PcComponentes 48-hour sale (Spanish)", lang="es", cta="Ver ofertas",
      head="Días Naranjas: 48 horas", pre="Ofertas flash en portátiles, monitores y periféricos",
      paras=["Hola {first}:", "Durante 48 horas tienes ofertas flash en portátiles, monitores y periféricos de las mejores marcas.",
             "Usa el cupón <b>{code}</b> y llévate 15 € de descuento en compras superiores a 150 €."], code="NARANJA15", countdown=True),
    E("retail", "elcorteingles", "🎁 Día del Padre: ideas de regalo y envío gratis", "El Corte Inglés Father's Day gift guide (Spanish)", lang="es", cta="Descubrir regalos",
      head="Regalos para papá", pre="Ideas para todos los gustos y envío gratis",
      paras=["Hola {first}:", "El Día del Padre se acerca y tenemos ideas para todos los gustos: tecnología, moda, relojes y experiencias.",
             "Envío gratis en pedidos de regalo y envoltorio gratuito en todos los artículos."]),
    # ---- local businesses (no DKIM, small hosting)
    E("local", "lunasol", "Taco Tuesday is back + new al pastor 🌮", "Taqueria weekly specials newsletter", fmt="html",
      head="Taco Tuesday is BACK!", paras=["Hola amigos!", "Starting this week, Taco Tuesday is back: $2.50 street tacos all day, plus $5 house margaritas from 3-6pm.",
                                           "We also have a brand new al pastor cooked on our trompo every Friday and Saturday night. Come try it before it runs out!",
                                           "Show this email for a free order of chips &amp; guac with any two entrees (dine-in only, expires {deadline})."],
      sign="Gracias!<br>Marisol &amp; the Luna Sol family"),
    E("local", "bellwether", "Thanksgiving pie pre-orders are open (they WILL sell out)", "Bakery holiday pre-order newsletter", fmt="plain",
      head="Thanksgiving pie pre-orders", paras=["Hi friends,", "Pre-orders for Thanksgiving pies are officially open! This year we're making apple crumb, bourbon pecan, pumpkin chai and a cranberry-pear galette.",
                                                 "Order by {deadline} for pickup Tuesday or Wednesday before Thanksgiving. Last year we sold out in 4 days, so don't wait.",
                                                 "Order online: https://bellwetherbakery.com/preorder or call us at (413) 555-0182."],
      sign="Warmly,\nJess and the Bellwether crew"),
    E("local", "fiore", "Join us for a Piedmont wine dinner — 5 courses, 24 seats", "Restaurant wine dinner invitation", fmt="html",
      head="Piedmont Wine Dinner", paras=["Buonasera {first},", "On Thursday the 14th we're hosting a five-course dinner paired with wines from three small Piedmont producers. Chef Luca will be making his grandmother's agnolotti del plin.",
                                           "$125 per person, includes pairings. Only 24 seats, reservations required.", "Reply to this email or call (503) 555-0147 to reserve."],
      sign="Grazie,<br>Luca &amp; Elena"),
    E("local", "greenthumb", "Spring plant sale: 25% off perennials this weekend", "Garden center seasonal sale newsletter", fmt="html",
      head="Spring Perennial Sale", paras=["Hello gardeners!", "Our greenhouses are full and we need to make room. This Saturday and Sunday only, take 25% off all perennials, shrubs and fruit trees.",
                                            "Free soil testing all weekend. Bring a cup of soil from your yard in a ziplock bag.", "Rewards members get an additional 5% off. Not a member? Sign up at the register, it's free."]),
    E("local", "riversideyoga", "New class schedule + your first month for $49", "Yoga studio schedule and intro offer", fmt="alt",
      head="New fall schedule", paras=["Hi {first},", "Our new schedule starts Monday! We've added a 6am Power Flow on weekdays and a Sunday evening Yin &amp; Sound Bath.",
                                         "Bring a friend: new students can try one month of unlimited classes for $49.", "See the full schedule at riversideyogacollective.com/schedule"],
      sign="Namaste,<br>Kira"),
    E("local", "kettlecrumb", "We're closed Monday (and a little news)", "Cafe closure notice and update", fmt="plain",
      head="Closed Monday for repairs", paras=["Hi everyone,", "Quick heads up that we'll be closed this Monday while our espresso machine gets some long-overdue love.",
                                                "The bigger news: starting next month we'll be open until 8pm on Fridays with soup and sandwiches for dinner. Tell your friends!",
                                                "See you Tuesday."], sign="Ben & Hannah"),
    E("local", "mainsthw", "Weekend Deals: Ace grills, snow blowers & free key cutting", "Hardware store weekend flyer via Constant Contact", fmt="html",
      head="This Weekend at Main Street Hardware", paras=["Hi neighbor,", "Get ready for winter: Toro and Ariens snow blowers are in stock with free assembly and delivery within 15 miles.",
                                                           "Plus: 20% off all Weber grill accessories, and free key cutting all weekend (limit 3).", "Open Saturday 7-6 and Sunday 9-4."],
      cta="See all deals", cta_url="https://mainstreethardware-oh.com/deals"),
    E("local", "hoppytrails", "🍺 Oktoberfest at the taproom + new Märzen release", "Brewery event newsletter via Mailchimp", fmt="html",
      head="Oktoberfest is ON", paras=["Prost, {first}!", "Our Oktoberfest party is Saturday from noon to 10pm: live polka band, brats from Cascade Sausage, stein-holding contest and our new Märzen on draft.",
                                         "Mug Club members get their first pour free. Family and dog friendly until 8pm."], cta="RSVP on Facebook", cta_url="https://hoppytrailsbrewing.com/events"),
    E("local", "pawsclaws", "Holiday grooming slots are filling up!", "Pet groomer appointment push", fmt="html",
      head="Book holiday grooming now", paras=["Hi {first},", "Our December calendar is almost full! If you want {pet} looking festive for the holidays, please book your appointment soon.",
                                                 "New this year: blueberry facials and pawdicures with every full groom for just $10 extra.", "Reply to this email or call (925) 555-0163 to book."],
      sign="Thanks!<br>Carla &amp; team"),
    E("local", "saffron", "Diwali special menu + 15% off catering orders", "Indian restaurant festival menu", fmt="alt",
      head="Celebrate Diwali with Saffron House", paras=["Namaste {first},", "This Diwali we're offering a special thali menu with chef's festival sweets, available for dine-in and takeout all week.",
                                                           "Planning a gathering? Get 15% off catering orders over $200 placed by {deadline}.", "Order online at saffronhouse-indian.com or call (973) 555-0121."]),
    E("local", "booknook", "Author event: signing & reading this Saturday 📚", "Independent bookstore event newsletter via Mailchimp", fmt="html",
      head="Meet the author this Saturday", paras=["Dear readers,", "We're thrilled to host a reading and signing with local novelist Margaret Hale this Saturday at 2pm, celebrating her new book <i>The Lantern Year</i>.",
                                                     "Pre-order a signed copy and get 10% off. Light refreshments will be served.", "Also: our Little Readers story time moves to Wednesdays at 10:30."],
      cta="Reserve a signed copy", cta_url="https://booknook-shelby.com/events"),
    E("local", "sunrisedry", "Winter coat special: 20% off cleaning through Dec 15", "Dry cleaner seasonal coupon", fmt="plain",
      head="Winter Coat Special", paras=["Hello valued customer,", "Get your winter coats ready! Bring in any coat or jacket through December 15 and get 20% off cleaning.",
                                          "We also offer free pickup and delivery for orders over $40 in the Fair Oaks and Carmichael area.", "Show this email at the counter."],
      sign="Sunrise Dry Cleaners\n(916) 555-0139"),
    # ---- loyalty
    E("loyalty", "starbucks", "Your Stars are waiting ⭐ + a Double Star Day bonus", "Starbucks Rewards monthly stars statement", month=True),
    E("loyalty", "marriott", "Your Marriott Bonvoy Statement", "Marriott Bonvoy points statement", month=True, banner="GOLD ELITE"),
    E("loyalty", "hilton", "Your Hilton Honors account summary: earn 2X points this fall", "Hilton Honors summary with double points promo", month=True),
    E("loyalty", "cvs", "You have $7.00 ExtraBucks Rewards ready to use", "CVS ExtraCare rewards reminder", month=True, cta="Send to card"),
    E("loyalty", "panera", "Your free pastry reward expires soon 🥐", "Panera MyPanera reward expiring", month=True, cta="Order now"),
    E("loyalty", "dunkin", "Boosted Bonus: earn 3X points on cold brew this week", "Dunkin Rewards bonus-points offer", month=True),
    E("loyalty", "ihg", "Your IHG One Rewards points balance & member offers", "IHG One Rewards points statement", month=True),
    E("loyalty", "kroger", "You saved $48.20 this month + 500 fuel points 🛒⛽", "Kroger savings and fuel points summary", month=True, cta="View digital coupons"),
    E("loyalty", "walgreens", "Your myWalgreens cash rewards: $5.50 available", "Walgreens loyalty cash rewards statement", month=True),
    E("loyalty", "chipotle", "Extras challenge: unlock 2X points on your next 3 orders", "Chipotle Rewards challenge", month=True, cta="Order in the app"),
    # ---- banks, cards, brokerages
    E("bank", "chase", "Earn $250 when you refer a friend to Chase", "Chase checking referral bonus", offer="a referral bonus: earn $50 for each friend who opens a Chase Total Checking account, up to $500 per year", amount="$50"),
    E("bank", "chase", "0% intro APR on balance transfers for 18 months", "Chase Freedom balance-transfer offer", offer="a 0% intro APR for 18 months on balance transfers made within 60 days of account opening", amount="$100"),
    E("bank", "capitalone", "Good news: you're pre-approved for Venture X", "Capital One pre-approved card offer", offer="the Capital One Venture X card with a 75,000 bonus miles welcome offer", cta="See my offer"),
    E("bank", "amex", "Refer friends, earn up to 100,000 Membership Rewards® points", "Amex referral points promotion", offer="our referral program: earn 20,000 Membership Rewards points for each approved friend, up to 100,000 points per year", amount="20,000 points"),
    E("bank", "discover", "Your Cashback Match™ is adding up: $143.27 so far", "Discover Cashback Match progress marketing", offer="Cashback Match: we'll match all the cash back you earn in your first year, automatically", amount="$50"),
    E("bank", "citi", "Transfer your balance at 0% intro APR for 21 months", "Citi balance transfer marketing", offer="a 0% intro APR on balance transfers for 21 months on the Citi Simplicity card"),
    E("bank", "robinhood", "Get a 3% match on every dollar you transfer to an IRA 💸", "Robinhood Gold IRA match promotion", offer="a 3% match on IRA transfers and rollovers with Robinhood Gold, for a limited time", cta="Start a transfer"),
    E("bank", "fidelity", "Your Fidelity Viewpoints: 5 moves to make before year-end", "Fidelity year-end planning newsletter", offer="our year-end checklist: rebalance, harvest losses, max out your 401(k) and more", cta="Read the article"),
    E("bank", "schwab", "Get up to $1,000 when you bring your investments to Schwab", "Schwab account transfer bonus", offer="a cash bonus of up to $1,000 when you transfer qualifying assets to a new Schwab account", amount="$100"),
    E("bank", "sofi", "Earn $250 + 4.00% APY with direct deposit 🏦", "SoFi checking and savings direct-deposit bonus", offer="a $250 bonus when you set up qualifying direct deposit, plus up to 4.00% APY on savings", amount="$75"),
    E("bank", "wise", "Send money for free this month — your first transfer on us", "Wise fee-free first transfer promotion", offer="a fee-free first transfer of up to $600, so you can see how much you save compared to your bank", fmt="alt"),
    E("bank", "ally", "Raise your savings game: new 4.20% APY on Ally CDs", "Ally CD rate promotion", offer="our new 11-month No Penalty CD at 4.20% APY"),
    E("bank", "wellsfargo", "Earn a $325 bonus with a new Everyday Checking account", "Wells Fargo checking new-account bonus", offer="a $325 bonus when you open a new Everyday Checking account and receive $1,000 in qualifying direct deposits"),
    E("bank", "amex", "You're invited to upgrade to the Gold Card", "Amex upgrade invitation", offer="an upgrade to the American Express Gold Card, with 4X points at restaurants and U.S. supermarkets", cta="Upgrade now"),
    # ---- insurance
    E("insurance", "geico", "Your GEICO auto policy renews soon — here's what to know", "GEICO auto renewal notice", offer="auto insurance policy", pct="25"),
    E("insurance", "progressive", "Bundle & save: add homeowners to your auto policy", "Progressive bundle offer", offer="auto policy", pct="14", cta="Get a home quote"),
    E("insurance", "statefarm", "Your renewal is ready. Review your coverage in 3 minutes.", "State Farm home policy renewal", offer="homeowners policy", pct="18"),
    E("insurance", "lemonade", "Renter's insurance from $5/mo — your quote is saved 🍋", "Lemonade saved-quote follow-up", offer="saved renters quote", pct="10", cta="Finish my quote"),
    E("insurance", "allstate", "Your Allstate renewal offer: lock in your rate today", "Allstate auto renewal offer", offer="auto policy", pct="25"),
    E("insurance", "libertymutual", "Save up to $947 when you switch — personalized quote inside", "Liberty Mutual switch-and-save quote", offer="saved quote", pct="20", cta="See my quote"),
    # ---- auto dealers / OEMs
    E("auto", "lakeshorehonda", "Your 2021 Honda CR-V is due for service", "Dealership maintenance reminder", vehicle="2021 Honda CR-V", offer="Maintenance Minder B1 service", amount="$25"),
    E("auto", "summitsubaru", "Time for your 30,000-mile service + $20 off coupon", "Subaru dealer mileage-service reminder", vehicle="2022 Subaru Outback", offer="30,000-mile scheduled maintenance", amount="$20"),
    E("auto", "valleychevy", "Oil change special $39.95 - Valley Chevrolet Service", "Small dealership oil-change coupon", vehicle="2019 Chevrolet Equinox", offer="oil change and tire rotation", amount="$15", fmt="html"),
    E("auto", "ford", "Winter-ready? Get a free multi-point inspection at your Ford dealer", "Ford owner seasonal service marketing", vehicle="2023 Ford F-150", offer="seasonal multi-point inspection", amount="$10"),
    E("auto", "toyota", "ToyotaCare: your complimentary maintenance visit is due", "Toyota owner complimentary maintenance reminder", vehicle="2024 Toyota RAV4 Hybrid", offer="ToyotaCare 15,000-mile service"),
    E("auto", "tesla", "Your Model Y is due for a tire rotation", "Tesla service reminder", vehicle="Model Y", offer="recommended tire rotation", fmt="alt"),
    # ---- utilities / telecom
    E("utility", "verizon", "Your Verizon bill is ready", "Verizon monthly bill notice", offer="you're eligible for a free upgrade to the latest iPhone when you trade in", bill=True),
    E("utility", "verizon", "Get the new Galaxy on us 📱 — upgrade offer inside", "Verizon device upgrade promotion", offer="you can get the new Samsung Galaxy on us with trade-in on an Unlimited plan", cta="Shop upgrades"),
    E("utility", "att", "AT&T Fiber is now available at your address", "AT&T Fiber availability upsell", offer="AT&T Fiber 1 GIG is now available at your address, with a $150 reward card when you switch", cta="Check plans"),
    E("utility", "tmobile", "Upgrade to Go5G Plus and get 4 lines for $100/mo", "T-Mobile plan upgrade offer", offer="you can move to Go5G Plus and save with 4 lines for $100/month", cta="Upgrade my plan"),
    E("utility", "xfinity", "Your Xfinity bill is ready to view", "Xfinity bill-ready notice", offer="you can add Xfinity Mobile for as low as $15/month", bill=True),
    E("utility", "pge", "Your PG&E Energy Statement is ready to view", "PG&E utility bill and usage", offer="you may qualify for lower rates with the CARE program", bill=True),
    E("utility", "coned", "Your Con Edison bill is ready — plus tips to save this winter", "Con Edison bill with energy tips", offer="a free smart thermostat rebate is available to customers in your area", bill=True),
    E("utility", "spectrum", "Limited time: Spectrum Internet Gig for $50/mo", "Spectrum speed upgrade offer", offer="you can upgrade to Spectrum Internet Gig for $50/month for 12 months", cta="Upgrade now"),
    E("utility", "telekom", "Ihre Telekom Rechnung für November", "Deutsche Telekom monthly invoice with PDF (German)", lang="de", cta="Rechnung ansehen",
      head="Ihre Rechnung ist da", pre="Rechnungsbetrag und Details im Kundencenter",
      paras=["Guten Tag {first_full},", "Ihre aktuelle Rechnung für Kundennummer {acct} ist im Kundencenter verfügbar. Der Rechnungsbetrag von <b>{bill} €</b> wird am {deadline} von Ihrem Konto abgebucht.",
             "Die Rechnung finden Sie auch als PDF im Anhang.", "Tipp: Mit MagentaEINS sparen Sie bis zu 10 € monatlich auf Ihren Mobilfunktarif."],
      fine="Dies ist eine automatisch erstellte E-Mail. Bitte antworten Sie nicht auf diese Nachricht.", attach="pdf:Rechnung_{acct}.pdf", bill=True, fmt="alt"),
    E("utility", "orange", "Votre facture Orange est disponible", "Orange monthly invoice notice (French)", lang="fr", cta="Voir ma facture",
      head="Votre facture est disponible", pre="Consultez votre facture dans votre Espace Client",
      paras=["Bonjour {first},", "Votre facture du mois est disponible dans votre Espace Client. Montant : <b>{bill} €</b>, prélevé le {deadline}.",
             "Bonne nouvelle : la fibre Livebox Max est éligible à votre adresse, avec 6 mois à prix réduit."],
      fine="Ceci est un e-mail automatique, merci de ne pas y répondre.", bill=True),
    # ---- charity
    E("charity", "redcross", "URGENT: Blood supply has dropped to critical levels", "Red Cross blood drive appeal", offer="the national blood supply has fallen to critically low levels and hospitals need donors now", cta="Book a donation time"),
    E("charity", "stjude", "Midnight deadline: your gift will be TRIPLED for kids with cancer", "St. Jude matched-gift deadline", offer="families at St. Jude never receive a bill for treatment, travel, housing or food, and that's only possible because of donors like you"),
    E("charity", "msf", "Gaza, Sudan, Ukraine: our teams need your support today", "MSF emergency appeal", offer="our medical teams are working around the clock in some of the world's worst crises"),
    E("charity", "aspca", "Last chance to double your impact for animals 🐾", "ASPCA year-end match", offer="thousands of animals are waiting for rescue and recovery this winter"),
    E("charity", "wikimedia", "{first}, please don't skip this 1-minute read", "Wikipedia annual fundraising appeal", offer="Wikipedia is funded by readers like you, and we've never run ads", cta="Give $2.75"),
    E("charity", "wwf", "FINAL HOURS: Adopt a snow leopard before our deadline", "WWF symbolic adoption deadline", offer="snow leopards face growing threats from poaching and habitat loss", cta="Adopt now"),
    E("charity", "feedingamerica", "Your $1 can help provide 10 meals this holiday", "Feeding America holiday appeal", offer="more families than ever are turning to food banks this holiday season"),
    E("charity", "unicef", "Emergency: children need clean water now", "UNICEF emergency appeal", offer="floods have left millions of children without safe drinking water"),
    # ---- political fundraising
    E("political", "dccc", "FINAL NOTICE: 500% MATCH ACTIVATED (expires tonight)", "DCCC end-of-quarter fundraising", offer="we just got the latest fundraising numbers, and I have to be honest: it's not good."),
    E("political", "nrcc", "Your Republican membership card is INACTIVE", "NRCC membership-card fundraising", offer="our records show your 2026 Republican Membership has not been activated.", cta="ACTIVATE MY MEMBERSHIP"),
    E("political", "dscc", "we're being outspent 3 to 1", "DSCC Senate fundraising", offer="the polls in our battleground Senate races are razor thin and outside groups just dropped millions in attack ads."),
    E("political", "nrsc", "RE: Your survey response is overdue", "NRSC survey-style fundraising", offer="we're still waiting to hear back on your official 2026 Senate Priorities Survey.", cta="TAKE THE SURVEY"),
    E("political", "dnc", "Quick question (please respond)", "DNC small-dollar fundraising", offer="can we count on you to chip in before tonight's deadline?"),
    E("political", "rnc", "🚨 Trump's team asked for YOU by name", "RNC fundraising email", offer="your name came up on a list of top supporters, and we were asked to reach out personally.", cta="RUSH $25"),
    # ---- travel
    E("travel", "delta", "Fly more, earn more: 2,500 bonus miles on your next trip", "Delta SkyMiles bonus promotion", offer="earn 2,500 bonus miles when you book a round trip this month"),
    E("travel", "united", "Flash sale: fares from $59 one-way ✈️", "United fare sale", offer="our flash sale has fares from $59 one-way on hundreds of routes", countdown=True),
    E("travel", "aa", "Your AAdvantage® miles: buy or gift with 100% bonus", "American Airlines buy-miles bonus", offer="you can buy or gift AAdvantage miles with up to a 100% bonus"),
    E("travel", "southwest", "Wanna Get Away? fares as low as $49 — 3 days only", "Southwest 3-day fare sale", offer="our 3-day sale has Wanna Get Away fares as low as $49 one-way", countdown=True),
    E("travel", "expedia", "Member Prices: save 10% or more on 100,000+ hotels", "Expedia member hotel deals", offer="members save 10% or more on over 100,000 hotels worldwide"),
    E("travel", "booking", "Late Escape Deals: 30% off your next stay 🏖️", "Booking.com late-escape deals", offer="Late Escape Deals are here, with at least 30% off stays through January"),
    E("travel", "airbnb", "Still thinking about Lisbon?", "Airbnb saved-wishlist reminder", offer="the homes on your Lisbon wishlist are still available for your dates"),
    E("travel", "jetblue", "Last chance: TrueBlue points sale ends at midnight", "JetBlue points sale deadline", offer="our points sale: save 20% on award flights when you book by midnight"),
    E("travel", "alaska", "Fall Fare Sale: fly from $39 plus earn 2X Atmos points", "Alaska Airlines fare sale with bonus points", offer="our Fall Fare Sale has fares from $39 and 2X points on select routes"),
    E("travel", "sncf", "Petits prix : vos billets dès 19 € pour les vacances de Noël 🎄", "SNCF Connect Christmas fare promo (French)", lang="fr", cta="Réserver",
      head="Petits prix pour Noël", pre="Des billets dès 19 € sur une sélection de trajets",
      paras=["Bonjour {first},", "Les billets pour les vacances de Noël sont en vente : profitez de petits prix dès 19 € sur une sélection de trajets en TGV INOUI et OUIGO.",
             "Avec la Carte Avantage, économisez 30% sur tous vos trajets toute l'année."],
      fine="Offre soumise à conditions, dans la limite des places disponibles."),
    # ---- subscription boxes / meal kits
    E("subbox", "hellofresh", "Up to 10 FREE meals + free dessert for life 🍰", "HelloFresh win-back offer", offer="we want you back: get up to 10 free meals plus free dessert for life", code="FRESHBACK", pct="65"),
    E("subbox", "blueapron", "It's been a while — here's $80 off to welcome you back", "Blue Apron reactivation discount", offer="we've missed you, so here's $80 off your next 4 boxes", code="COMEBACK80", pct="50"),
    E("subbox", "factor", "50% off your first box of ready-to-eat meals", "Factor first-box discount", offer="chef-prepared, dietitian-approved meals delivered fresh, now 50% off your first box", code="FACTOR50", pct="50"),
    E("subbox", "barkbox", "Your dog's FREE extra toy every month 🐶", "BarkBox free toy promo", offer="subscribe today and get a free extra toy in every box", code="FREETOY", pct="20"),
    E("subbox", "fabfitfun", "Your Fall Box is here: $300+ value for $59.99", "FabFitFun seasonal box", offer="our Fall Box is packed with over $300 worth of full-size products for just $59.99", code="FALL10", pct="10"),
    E("subbox", "homechef", "18 free meals + free shipping on your first box", "Home Chef new-customer offer", offer="get 18 free meals across your first boxes plus free shipping", code="HOMECHEF18", pct="60"),
    E("subbox", "dsc", "Your Restock Box ships in 3 days — add anything?", "Dollar Shave Club upcoming-box reminder", offer="your next box ships soon, and now's the time to add extras like body wash or hair gel", pct="15"),
    E("subbox", "atlasbox", "Next stop: Ethiopia ☕ Your coffee ships next week", "Atlas Coffee Club next-shipment preview", offer="your next bag is a washed Yirgacheffe with notes of jasmine, bergamot and honey", pct="20", code="WORLD20"),
    # ---- software
    E("software", "adobe", "Your Creative Cloud trial ends in 3 days", "Adobe trial-ending reminder", offer="your Creative Cloud Pro free trial ends in 3 days", pct="40"),
    E("software", "grammarly", "You've used Grammarly 1,204 times this month 🎉 Upgrade for 60% off", "Grammarly usage stats with upgrade discount", offer="you wrote 18,402 words this month and Grammarly caught 347 mistakes", pct="60"),
    E("software", "dropbox", "Your Dropbox is almost full", "Dropbox storage-full upsell", offer="you've used 1.9 GB of your 2 GB Basic space", pct="20", cta="Get more space"),
    E("software", "canva", "Last day: get Canva Pro free for 30 days", "Canva Pro trial offer", offer="you've been designing up a storm, and today's the last day to claim a free 30-day Canva Pro trial", pct="0", cta="Try Pro free"),
    E("software", "notion", "Your Plus trial is ending — keep your team's workspace", "Notion trial-ending via HubSpot", offer="your team's Plus plan trial ends on {deadline}", pct="20", fmt="alt"),
    E("software", "zoom", "Your Zoom Workplace Pro plan renews on {deadline}", "Zoom renewal reminder", offer="your Zoom Workplace Pro annual subscription will renew automatically", pct="15", cta="Manage subscription"),
    E("software", "microsoft", "Don't lose your 1 TB of storage — renew Microsoft 365", "Microsoft 365 subscription expiring marketing", offer="your Microsoft 365 Family subscription is set to expire", pct="15", cta="Renew now"),
    E("software", "onepassword", "Your 1Password trial ends in 2 days", "1Password trial-end via HubSpot", offer="your free trial of 1Password Families ends in 2 days", pct="25"),
    E("software", "nordvpn", "Black Friday: up to 74% off + 3 extra months 🛡️", "NordVPN Black Friday deal", offer="our biggest sale of the year is here: up to 74% off 2-year plans", pct="74", countdown=True, cta="Get the deal"),
    E("software", "figma", "Introducing Figma Make — now in your Professional plan", "Figma product update and upsell", offer="we've launched new AI features available on Professional and Organization plans", pct="0", cta="Try it now"),
    # ---- real estate
    E("realestate", "zillow", "New Listing: 3 bd, 2 ba in Maple Grove for $465,000", "Zillow saved-search new listing", offer="a new home matching your saved search just hit the market"),
    E("realestate", "redfin", "Price drop on 1428 Birchwood Ln — now $389,900", "Redfin favorite price drop", offer="a home you favorited just dropped its price"),
    E("realestate", "realtor", "7 new homes for sale in Cedar Park", "Realtor.com saved-search digest", offer="7 new homes match your saved search in Cedar Park, TX"),
    E("realestate", "harborline", "Just Listed: Waterfront colonial + my November market update", "Local agent market newsletter via HubSpot", offer="I wanted you to be among the first to see this new waterfront listing", fmt="alt"),
    E("realestate", "compass", "Coming Soon: a private Compass exclusive you might like", "Compass coming-soon exclusive", offer="your agent shared a Compass Coming Soon listing that isn't on other sites yet"),
    E("realestate", "trulia", "Open houses this weekend near you", "Trulia open-house digest", offer="here are this weekend's open houses that match your search"),
    # ---- supplements
    E("supplement", "thorne", "20% off sitewide: stock up on your Thorne essentials", "Thorne sitewide sale", offer="for 72 hours only, take 20% off everything", code="STOCKUP20", pct="20"),
    E("supplement", "ritual", "Your first month of Essential for Women 18+: 25% off", "Ritual multivitamin first-order discount", offer="get 25% off your first month of our traceable multivitamin", code="RITUAL25", pct="25"),
    E("supplement", "ag1", "FREE travel packs + vitamin D3+K2 with your first order", "AG1 free-gift-with-subscription", offer="start your AG1 subscription and get a free year's supply of Vitamin D3+K2 plus 5 travel packs", pct="0"),
    E("supplement", "vitacost", "Extra 20% off vitamins & supplements — today only!", "Vitacost one-day promo", offer="an extra 20% off thousands of vitamins and supplements", code="VITA20", pct="20", countdown=True),
    E("supplement", "iherb", "Your weekly deals: up to 40% off top brands 🌿", "iHerb weekly specials", offer="this week's specials include up to 40% off Now Foods, California Gold Nutrition and more", code="WEEKLY10", pct="40"),
    E("supplement", "gardenoflife", "New! Plant-based protein + 15% off for subscribers", "Garden of Life new product newsletter", offer="our new Sport Organic Plant-Based Protein just launched", code="NEWPROTEIN", pct="15"),
    # ---- crypto exchange promotions
    E("crypto", "coinbase", "Earn up to 4.1% rewards on USDC with Coinbase One", "Coinbase One USDC rewards promo", offer="Coinbase One members can now earn up to 4.1% APY rewards on USDC"),
    E("crypto", "kraken", "Get $50 in BTC when you refer a friend to Kraken", "Kraken referral promotion", offer="you and your friend can each earn $50 in bitcoin when they sign up and trade $100"),
    E("crypto", "gemini", "Trade fee rebates + $15 bonus for new ActiveTrader users", "Gemini trading-fee promotion", offer="new ActiveTrader users get a $15 bonus after their first $100 in trades"),
    E("crypto", "cryptocom", "Your Crypto.com Visa Card: 5% back on Spotify & Netflix", "Crypto.com card perks newsletter", offer="Crypto.com Visa Card holders get up to 100% rebates on Spotify and Netflix"),
    E("crypto", "bitstamp", "Bitstamp Monthly: markets recap + new staking assets", "Bitstamp monthly newsletter via HubSpot", offer="here's your monthly recap of the crypto markets and the latest Bitstamp updates", fmt="alt"),
    E("crypto", "uphold", "New listing: trade SOL, SUI and more on Uphold", "Uphold new asset listing announcement", offer="we've added five new assets to Uphold, available to trade today"),
    # ---- marketplace seller messages
    E("marketplace", "ebay", "vintage_cam_co sent a message about Canon AE-1 Program 35mm Film Camera #2856...", "eBay seller member message", seller="vintage_cam_co",
      paras=["<b>New message from: vintage_cam_co</b> (4,218 &#9733;)", "Hi! Thanks for your purchase. Just wanted to let you know the camera shipped this morning via USPS Priority, tracking should update tonight. I included a fresh battery and a roll of Portra 400 as a thank you. Enjoy!",
             "Item: Canon AE-1 Program 35mm Film Camera w/ 50mm f/1.8 Lens - Tested<br>Item ID: 2856{itemid}"],
      cta="Reply", head="You have a new message", marketing=False),
    E("marketplace", "ebay", "Your offer was accepted! Pay now for Lego 75192 Millennium Falcon", "eBay best-offer accepted", seller="brickhaven_deals",
      paras=["Good news, {first}! brickhaven_deals accepted your offer of $689.00.", "Please complete your purchase within 48 hours. If you don't pay, the seller may relist the item.",
             "Item: LEGO Star Wars UCS 75192 Millennium Falcon - New Sealed"], cta="Pay now", head="Your offer was accepted", marketing=False),
    E("marketplace", "etsy", "Re: custom order — proof for your walnut cutting board", "Etsy shop conversation message", seller="OakAndIronWorkshop",
      paras=["<b>OakAndIronWorkshop</b> sent you a message:", "Hi {first}! Attached is the engraving proof for your cutting board with the family name and est. 2015. Let me know if you'd like the font bigger or any changes before I start. Usually ships 3-5 business days after approval.",
             "— Tom"], cta="View conversation", head="New message from OakAndIronWorkshop", marketing=False),
    E("marketplace", "etsy", "Your order from PaperMoonPrints has shipped 📦", "Etsy order shipped notification", seller="PaperMoonPrints",
      paras=["Good news! Your order #{orderno} from PaperMoonPrints is on its way.", "Botanical Print Set of 3 - 8x10 - Unframed<br>Estimated arrival: {deadline}", "Note from seller: Thanks so much for your order! I added a little bonus bookmark. ✨"],
      cta="Track package", head="Your order shipped", marketing=False),
    E("marketplace", "poshmark", "@closetofkate sent you an offer on Madewell Transport Tote 🛍️", "Poshmark seller offer to liker", seller="closetofkate",
      paras=["@closetofkate sent an exclusive offer to likers: <b>$68</b> (was $98) + discounted shipping.", "Madewell The Transport Tote - English Saddle - EUC", "This offer expires in 24 hours."],
      cta="View offer", head="You've got an offer!"),
    E("marketplace", "mercari", "Your item sold! Ship by Friday to get paid", "Mercari item-sold seller notification", seller="you",
      paras=["Congrats, {first}! Your item <b>Nintendo Switch OLED - White - with case</b> sold for $245.00.", "Please ship within 3 days. Your prepaid USPS shipping label is ready in the app.",
             "Once the buyer rates the transaction, your earnings will be available to transfer."], cta="Print label", head="You made a sale!", marketing=False),
    # ---- recall / warranty
    E("recall", "ikea", "Important safety recall: KULLEN 5-drawer chest", "IKEA furniture tip-over recall notice",
      paras=["Dear {first},", "Our records show you purchased a KULLEN 5-drawer chest. We are recalling this product because it can tip over if not properly anchored to the wall, posing a serious tip-over and entrapment hazard that can result in death or injuries to children.",
             "Please stop using the chest unless it is securely anchored. You can request a free wall-anchoring kit or return it to any IKEA store for a full refund. No receipt is needed.",
             "We apologize for any inconvenience and thank you for helping keep your family safe."], cta="Request free anchoring kit", head="Product recall notice", marketing=False),
    E("recall", "mattel", "Recall notice: Fisher-Price Snuga Swing", "Fisher-Price infant product recall",
      paras=["Dear valued customer,", "In cooperation with the U.S. Consumer Product Safety Commission, Fisher-Price is recalling the Snuga Swing. You registered this product with us, so we want to make sure you have this information.",
             "Consumers should immediately stop using the swing for sleep and contact Fisher-Price for a refund."], cta="Get recall details", head="Important safety information", marketing=False),
    E("recall", "peloton", "Action required: Bike seat post recall", "Peloton seat post recall",
      paras=["Hi {first},", "We're voluntarily recalling the seat post on the original Peloton Bike (model PL01). The seat post can break during use, posing a fall and injury hazard.",
             "Stop using your Bike and request a free replacement seat post. It's easy to install and we'll ship it to you at no cost."], cta="Request a replacement", head="Seat post recall", marketing=False),
    E("recall", "samsung", "Register your Galaxy Watch to activate your warranty", "Samsung product registration warranty nudge",
      paras=["Hi {first},", "Thanks for choosing Samsung! Register your Galaxy Watch7 to activate your 1-year limited warranty and get faster support.",
             "Registered members also get exclusive offers and up to 10% back in Samsung Rewards on future purchases."], cta="Register now", head="Activate your warranty"),
    E("recall", "dyson", "Your V15 Detect warranty expires next month — extend it", "Dyson extended warranty offer",
      paras=["Hi {first},", "Your 2-year Dyson warranty on your V15 Detect cordless vacuum expires soon.", "Extend your coverage for another 3 years, including parts, labor and free shipping on repairs, for just $89.99.",
             "Offer available until your warranty expiry date."], cta="Extend my warranty", head="Keep your Dyson protected"),
    # ---- tickets / events
    E("tickets", "ticketmaster", "Verified Fan Presale: you're in! Your unique code is inside", "Ticketmaster verified fan presale code", offer="you've been selected for the Verified Fan presale", code="VF-8K2M7QX4"),
    E("tickets", "livenation", "🎟️ $25 All-In Tickets are back for Concert Week", "Live Nation Concert Week ticket promo", offer="Concert Week is back with $25 all-in tickets to 5,000+ shows", code="CONCERTWEEK"),
    E("tickets", "axs", "Presale access: Coldplay at Rose Bowl", "AXS presale notification", offer="the official presale for Coldplay at the Rose Bowl is coming up", code="MUSIC26"),
    E("tickets", "seatgeek", "Prices just dropped for Celtics vs. Knicks", "SeatGeek price drop alert", offer="ticket prices dropped for a game you're tracking", code=""),
    E("tickets", "stubhub", "Last chance: tickets for Hamilton this weekend", "StubHub last-chance theater tickets", offer="there are still seats available for Hamilton this weekend", code=""),
    E("tickets", "eventbrite", "Your tickets for Brooklyn Flea Holiday Market", "Eventbrite order confirmation/reminder", offer="your order is confirmed and your tickets are attached to this email", code="", fmt="alt", attach="pdf:Eventbrite-Tickets-{orderno}.pdf"),
    E("tickets", "dice", "Just announced: Fred again.. — presale Thursday", "DICE just-announced presale", offer="Fred again.. just announced a show near you", code=""),
    # ---- smart home
    E("smarthome", "ring", "There is motion at your Front Door", "Ring motion alert e-mail",
      paras=["Motion detected at <b>Front Door</b> at {time}.", "View the event in the Ring app to see what happened.", "Tip: Adjust Motion Zones to reduce unwanted alerts from your street."],
      cta="View event", head="Motion at your Front Door", marketing=False),
    E("smarthome", "googlenest", "Your Nest Thermostat: October Home Report", "Google Nest monthly energy report",
      paras=["Hi {first},", "Your thermostat used <b>12% less</b> heating energy in October than the same month last year.", "You earned 21 Nest Leafs by choosing energy-saving temperatures. Nice work!",
             "Seasonal Savings is available for your thermostat. Turn it on to save even more this winter."], cta="See your report", head="Your October Home Report"),
    E("smarthome", "ecobee", "Your Home IQ monthly summary is ready", "ecobee monthly home report",
      paras=["Hi {first},", "Your system ran for 148 hours last month, 9% less than homes like yours.", "Your remote sensor in the Bedroom reported the coldest average temperature (66°F)."],
      cta="Open Home IQ", head="Your monthly summary"),
    E("smarthome", "simplisafe", "Your base station battery is low", "SimpliSafe device maintenance alert",
      paras=["Hi {first},", "Your SimpliSafe Base Station backup battery is running low. Your system is still protecting your home, but it won't work during a power outage until the batteries are replaced.",
             "Replacement batteries are available in our store, or you can use any 4 AA alkaline batteries."], cta="Shop batteries", head="Low battery: Base Station", marketing=False),
    E("smarthome", "arlo", "Your Arlo Secure trial ends in 7 days", "Arlo subscription trial ending",
      paras=["Hi {first},", "Your Arlo Secure trial ends in 7 days. Keep cloud recordings, smart notifications and Emergency Response by subscribing now.", "Subscribe now and get your first 3 months for 50% off."],
      cta="Keep Arlo Secure", head="Don't lose your smart features"),
    E("smarthome", "wyze", "Wyze Cam v4 'Garage' went offline", "Wyze camera offline alert",
      paras=["Your camera <b>Garage</b> went offline at {time}.", "Check that the camera is plugged in and your Wi-Fi is working. If the problem persists, try power cycling the camera."],
      cta="Troubleshoot", head="Camera offline", marketing=False, fmt="alt"),
    # ---- medical
    E("medical", "zocdoc", "Reminder: Dr. Sarah Kim tomorrow at 9:30 AM", "Zocdoc appointment reminder",
      paras=["Hi {first},", "This is a reminder of your upcoming appointment:", "<b>Dr. Sarah Kim, MD</b> &middot; Dermatology<br>Tomorrow at 9:30 AM<br>245 E 54th St, Suite 3B, New York, NY 10022",
             "Please arrive 15 minutes early and bring your insurance card and photo ID."], cta="Confirm appointment", head="Your appointment is tomorrow", marketing=False),
    E("medical", "onemedical", "Your visit with Dr. Patel is confirmed", "One Medical appointment confirmation", pmtag="appointment-confirmation",
      paras=["Hi {first},", "Your in-office visit is confirmed:", "<b>Priya Patel, MD</b><br>{deadline} at 2:40 PM<br>One Medical Union Square", "Need to reschedule? You can do it in the app up to 24 hours before your visit at no charge."],
      cta="View appointment", head="Appointment confirmed", marketing=False),
    E("medical", "northfield", "You have a new message in MyChart", "Hospital patient-portal message notification", pmtag="mychart-message",
      paras=["Dear {first_full},", "You have a new message from Dr. Michael Torres in your MyChart account.", "For your privacy, message details are only available after you log in.",
             "If you have questions, call our patient support line at (847) 555-0100."], cta="Log in to MyChart", head="New MyChart message", marketing=False, fmt="plain"),
    E("medical", "minuteclinic", "Your flu shot appointment is tomorrow", "CVS MinuteClinic vaccine appointment reminder",
      paras=["Hi {first},", "Reminder: your flu vaccine appointment is tomorrow at 11:15 AM at CVS Pharmacy, 1820 Market St.", "Please bring your insurance card. Most insurance plans cover flu vaccines at no cost.",
             "Get 20% off a shopping pass with any vaccination."], cta="Manage appointment", head="See you tomorrow"),
    E("medical", "labcorp", "Your Labcorp test results are ready", "Labcorp results-ready notification",
      paras=["Hello {first},", "New test results are available in your Labcorp Patient account.", "Your provider may contact you to discuss these results. If you have questions about your results, please contact your healthcare provider."],
      cta="View results", head="Your results are ready", marketing=False),
    E("medical", "brightsmile", "Appointment reminder: cleaning on Thursday", "Dentist office reminder from small hosting", fmt="plain", mailer="Microsoft Outlook 16.0",
      paras=["Hi {first},", "This is a friendly reminder of your dental cleaning appointment with Dr. Alvarez on Thursday at 8:00 AM.",
             "Please reply YES to confirm or call us at (713) 555-0199 to reschedule. We require 24 hours notice for cancellations.",
             "We're also now offering Invisalign consultations at no charge. Ask us at your visit!"], head="Appointment reminder", sign="Bright Smile Family Dental\n(713) 555-0199"),
]


# ---------------------------------------------------------------- ham builder
LOCAL_KEYS = {"lunasol", "bellwether", "fiore", "greenthumb", "riversideyoga", "kettlecrumb", "mainsthw", "hoppytrails",
              "pawsclaws", "saffron", "booknook", "sunrisedry", "brightsmile", "valleychevy"}
NO_EMOJI = re.compile("[\U0001F000-\U0001FAFF\u2600-\u27BF\u2B50\u23F0\uFE0F]")


class Ctx:
    pass


def msg_date(r, hours=(11, 24)):
    day = EPOCH0 + dt.timedelta(days=r.randrange(SPAN_MIN // 1440))
    return day.replace(hour=r.randrange(*hours), minute=r.randrange(60), second=r.randrange(60))


def values(c, kw):
    r, b = c.r, c.b
    d = c.date
    dl = d + dt.timedelta(days=r.randrange(2, 8))
    v = SD(first=c.first, first_full=c.rname, brand=b["name"], legal=b["legal"], domain=b["domain"], rcpt=c.rcpt,
           deadline=fmt_day(dl, c.lang), date2=fmt_day(d, c.lang), month=f"{(d - dt.timedelta(days=20)):%B}",
           points=f"{r.randrange(400, 98000):,}", earned=f"{r.randrange(40, 2400):,}", visits=str(r.randrange(2, 14)),
           togo=str(r.randrange(15, 400)), last4=dg(r, 4), bill=f"{r.randrange(38, 260)}.{dg(r, 2)}", acct=dg(r, 10),
           mileage=f"{r.randrange(18, 64) * 1000 + r.randrange(0, 999):,}", miles=f"{r.randrange(12, 140) * 1000 + r.randrange(0, 999):,}",
           city=r.choice(CITIES), gift_amt=str(r.choice([25, 35, 50, 100])), togo_pct=str(r.randrange(61, 93)),
           togo_k=str(r.randrange(12, 180)), count=str(r.randrange(3, 14)), price=f"{r.randrange(280, 890) * 1000:,}",
           beds=str(r.randrange(2, 6)), baths=str(r.choice([1, 1.5, 2, 2.5, 3])), sqft=f"{r.randrange(950, 3400):,}",
           street=f"{r.randrange(100, 9999)} {r.choice(['Birchwood Ln', 'Maple Ave', 'Juniper Ct', 'Harbor View Dr', 'Cedar Ridge Rd', 'Willow St'])}",
           weekday=r.choice(["Saturday", "Sunday"]), pmt=f"{r.randrange(1800, 5200):,}",
           time=f"{r.randrange(1, 12)}:{r.randrange(0, 60):02d} {r.choice(['AM', 'PM'])}", orderno=dg(r, 10), itemid=dg(r, 8),
           pet=r.choice(["Biscuit", "Luna", "Murphy", "Pepper", "Rosie"]), vehicle="your vehicle", gift="a free tote")
    v["gift_dbl"] = str(int(v["gift_amt"]) * (3 if "TRIPLE" in c.subject.upper() else 2))
    for k, val in kw.items():
        if isinstance(val, str) and k not in ("paras", "fine", "pre", "head"):
            v[k] = val.format_map(v)
    return v


def fill(t, v):
    names = [f for _, f, _, _ in string.Formatter().parse(t) if f]
    if any(not v[n] for n in names):
        return None
    return t.format_map(v)


def compose(c, cat, kw):
    r = c.r
    P = POOLS[cat]
    v = c.vals
    if "paras" in kw:
        paras = [fill(p, v) or p.format_map(v) for p in kw["paras"]]
    else:
        pool = [x for x in (fill(p, v) for p in P["paras"]) if x]
        keep = [pool[0]] + sorted(r.sample(pool[1:], min(len(pool) - 1, r.randrange(2, 4))), key=pool.index)
        paras = keep
    head = kw.get("head")
    if head:
        head = head.format_map(v)
    else:
        head = NO_EMOJI.sub("", c.subject).strip(" -—:") if cat != "political" else c.subject
    pre = (kw.get("pre") or r.choice(P["pre"])).format_map(v)
    cta = kw.get("cta", P["cta"])
    slug = re.sub(r"[^a-z0-9]+", "-", c.scen.lower()).strip("-")[:40] or "offers"
    cta_url = kw.get("cta_url") or (f"https://www.{c.b['domain']}/{slug}?utm_source=email&utm_medium={'crm' if r.random() < 0.5 else 'email'}"
                                    f"&utm_campaign={c.date:%Y%m%d}_{cat}_{hx(r, 4)}")
    if cat == "political":
        cta_url = (f"https://secure.actblue.com/donate/{c.b['key']}-{slug[:20]}?refcode=em{c.date:%y%m%d}_{hx(r, 6)}&amount=15"
                   if c.b["key"] in ("dccc", "dscc", "dnc") else
                   f"https://secure.winred.com/{c.b['key']}/{slug[:20]}?sc=em_{c.date:%y%m%d}_{hx(r, 6)}&amount=25")
    fine = kw.get("fine") or (r.choice(P["fine"]) if P["fine"] and c.lang == "en" else "")
    fine = fill(fine, v) or ""
    m = dict(subject=c.subject, lang=c.lang, pre=pre, headline=escape(head) if "<" not in head else head, paras=paras, cta=cta,
             cta_url=cta_url, code=kw.get("code") or "", countdown=kw.get("countdown"), banner=kw.get("banner"),
             nav=kw.get("nav"), items=ITEMS.get(c.b["key"]) if cat == "retail" else None, fine=fine,
             color=c.b["color"], hero=cat not in ("bank", "utility"), sign=(kw.get("sign") or "").format_map(v),
             marketing=kw.get("marketing", True), greet=None, logo=c.b["esp"] != "smallhost" or r.random() < 0.5)
    return m


def pick_rcpt(r, lang):
    return r.choice(RCPTS_LANG[lang]) if lang in RCPTS_LANG else r.choice(RCPTS_EN)


def make_ham(i, entry):
    cat, key, subject, scen, kw = entry
    r = random.Random(f"{SEED}|ham|{i}|{key}|{subject}")
    c = Ctx()
    c.r, c.kw = r, kw
    c.b = brand(key)
    if key in LOCAL_KEYS:
        c.b["dkim_own"] = False
    c.lang = kw.get("lang", "en")
    c.rname, c.rcpt = pick_rcpt(r, c.lang)
    c.first = c.rname.split()[0]
    c.date = msg_date(r)
    c.from_addr = c.b["from"]
    c.subject = subject
    c.scen = scen
    c.vals = values(c, kw)
    c.subject = subject.format_map(c.vals)
    esp_engine(c)
    m = compose(c, cat, kw)
    c.unsub_url = None
    if c.lu and "https://" in c.lu:
        c.unsub_url = re.search(r"<(https://[^>]+)>", c.lu).group(1)
    elif m["marketing"]:
        c.unsub_url = f"https://{c.b['domain']}/unsubscribe?e={quote(c.rcpt)}"
    fmt = kw.get("fmt") or r.choice(POOLS[cat]["fmts"])
    style = POOLS[cat]["style"]
    html = html_marketing(c, m) if style == "mkt" else html_simple(c, m)
    m["greet"] = None
    text = plain_text(c, m)
    atts = []
    if kw.get("attach"):
        fname = kw["attach"].split(":", 1)[1].format_map(c.vals)
        atts.append((fname, "application/pdf", fake_pdf(r, fname)))
    ch, body = mime(c, fmt, html, text, atts)
    # authentication outcome
    esp = c.b["esp"]
    if esp == "smallhost":
        recv = receive_headers(c, spf="pass", dkim_res=[], dmarc=r.choice(["none", "pass"]), policy="NONE")
    elif esp in ("constantcontact",) or (esp == "mailchimp" and not c.b.get("dkim_own", True)):
        recv = receive_headers(c, dmarc="none")
    else:
        recv = receive_headers(c, policy=r.choice(["REJECT", "QUARANTINE", "NONE"]))
    tz = dt.timezone(dt.timedelta(hours=r.choice([0, 0, -5, -4, -7, -8]) if c.lang == "en" else 1))
    disp = c.b["name"]
    H = list(recv)
    for hop in c.hops:
        H.append(("Received", hop))
    for dh in c.dkim_hdrs:
        H.append(("DKIM-Signature", dh))
    H += [("Date", rfcdate(c.tsend.astimezone(tz))), ("From", addr(disp, c.from_addr))]
    if kw.get("seller") and cat == "marketplace" and r.random() < 0.7:
        H.append(("Reply-To", f"{kw['seller'].lower()}.{hx(r, 8)}@members.{c.b['domain']}"))
    elif r.random() < 0.2 and esp not in ("smallhost",):
        H.append(("Reply-To", f"reply-{hx(r, 10)}@{c.b['sub']}"))
    H += [("To", addr(c.rname, c.rcpt) if r.random() < 0.6 else c.rcpt), ("Message-ID", c.msgid),
          ("Subject", enc_subject(c.subject)), ("MIME-Version", "1.0")]
    H += ch
    if c.lu:
        H.append(("List-Unsubscribe", c.lu))
        if c.lup:
            H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    H += c.xh
    if m["marketing"] and esp not in ("smallhost", "postmark") and r.random() < 0.3:
        H.append(("Precedence", "bulk"))
    if c.lang != "en" and r.random() < 0.5:
        H.append(("Content-Language", c.lang))
    return serialize(H, body), scen


# ---------------------------------------------------------------- spam
def S(scen, fname, faddr, subject, kind, head, lines, cta="", **kw):
    return dict(scen=scen, fname=fname, faddr=faddr, subject=subject, kind=kind, head=head, lines=lines, cta=cta, kw=kw)


SPAM = [
    S("Compounded GLP-1 weight-loss pills without prescription", "SlimPath Rx", "care@slimpath-rx.shop",
      "Lose 20 lbs by summer — GLP-1 shipped to your door, no doctor visit", "promo",
      "GLP-1 Weight Loss. No Prescription Needed.", ["Same active ingredient as the big-name injections, now in an easy daily drop.",
      "No insurance. No waiting rooms. No needles.", "🔥 This week only: first month $49 (reg. $299)"], "Check My Eligibility"),
    S("Keto gummies fake celebrity endorsement", "Shark Tank Keto Update", "news@ketovibe-gummies.top",
      "She lost 43 lbs after THIS Shark Tank appearance (doctors stunned)", "promo",
      "The Sharks Were Speechless", ["Melt stubborn belly fat without diet or exercise.", "Over 2.3 million bottles sold.",
      "Stock is running out fast — claim your bottle before they're gone!"], "Rush My Order", hidden=True),
    S("AI crypto trading bot investment scam", "Daniel from QuantumYield", "daniel@quantumyield-ai.xyz",
      "My $250 became $4,180 in 9 days (screenshot inside)", "letter",
      "", ["Hey,", "I'm not a finance guy. I'm a retired firefighter from Ohio.", "But 9 days ago I put $250 into an AI trading platform a friend told me about and this morning my balance was $4,180.",
      "It uses the same algorithm the hedge funds use and does all the trading for you automatically. Spots are limited to 50 new members per country.",
      "Register free here before they close it: {link}", "Daniel"]),
    S("Fake Costco membership anniversary reward survey", "Costco Member Rewards", "rewards@member-perks-center.top",
      "Your Costco anniversary gift is waiting (claim by Friday)", "survey",
      "Congratulations! You've been selected", ["To celebrate our anniversary, selected members can claim a <b>Ninja Air Fryer Pro</b> for completing a 30-second survey.",
      "Only shipping &amp; handling of $6.95 applies.", "Reference: CST-{ref}"], "Start Survey"),
    S("Extended auto warranty final notice", "Vehicle Services Dept.", "notices@autoshield-protect.com",
      "FINAL NOTICE: Your vehicle service coverage is expiring", "promo",
      "FINAL NOTICE", ["Our records indicate your factory warranty may have expired or will expire soon.", "Avoid costly repair bills of $3,000 or more.",
      "Reply or call 1-800-555-0134 before the deadline to reactivate coverage."], "Reactivate Coverage"),
    S("Government-paid solar panel program lead-gen", "Energy Savings Program", "info@sunwise-energy-grants.com",
      "New 2026 program pays homeowners to go solar ☀️ (check your zip)", "promo",
      "Homeowners: The Government Will Pay for Your Solar", ["Thousands of homeowners in your area are getting solar panels installed for $0 out of pocket.",
      "Check if your zip code qualifies in under 60 seconds."], "Check My Zip Code", hidden=True),
    S("Gutter guard installation lead-gen", "Gutter Pro Savings", "offers@gutterpro-quotes.com",
      "Never clean your gutters again — 75% off install ends today", "promo",
      "75% OFF Gutter Protection", ["Clogged gutters cause thousands in water damage. Get a free, no-obligation quote today.", "Plus: financing as low as $0 down."], "Get Free Quote"),
    S("Invisible hearing aids miracle offer", "ClearSound Hearing", "hello@clearsound-hearing.shop",
      "Audiologists HATE this $89 invisible hearing aid", "promo",
      "Hear Every Word Again", ["Nearly invisible. Rechargeable. No prescription.", "Why pay $5,000 at the audiologist?", "Buy 2 get 1 FREE today only."], "Shop Now 70% Off"),
    S("CBD gummies miracle cure claims", "CalmLeaf CBD", "support@calmleaf-cbd.shop",
      "This gummy 'reverses' joint pain in 14 days?!", "promo",
      "Doctors Are Calling It a Miracle", ["Pain, anxiety, insomnia — gone.", "Clinically proven 100% natural formula.", "Limited FREE trial bottles available."], "Claim Free Bottle", hidden=True),
    S("Male vitality supplement spam", "VitalRoot Labs", "info@vitalroot-labs.xyz",
      "Men over 40: the 10-second morning ritual doctors won't tell you", "promo",
      "The 10-Second Ritual", ["A little-known tropical root is helping men over 40 regain their energy and confidence.", "Watch the free video before it's taken down."], "Watch Video"),
    S("Work from home $500/day scheme", "Remote Jobs Team", "careers@remote-earnings-hub.xyz",
      "Re: Your application — earn $500/day from home (no experience)", "letter",
      "", ["Hello,", "Thank you for your interest. We have reviewed your profile and you have been pre-selected for our remote online assistant position.",
      "Work 1-2 hours a day from your phone. Weekly pay of $2,500 - $3,500. No experience required.",
      "To secure your position, complete your registration within 24 hours: {link}", "HR Department"]),
    S("Advance-fee inheritance scam (419)", "Barrister Edward Mensah", "chambers@mensah-legalintl.com",
      "CONFIDENTIAL: Unclaimed inheritance fund of US$8.5 Million", "letter",
      "", ["Dear Friend,", "I am Barrister Edward Mensah, personal attorney to the late Mr. Robert Hale, a foreign contractor who died along with his family in an auto accident.",
      "He left the sum of US$8,500,000.00 (Eight Million Five Hundred Thousand United States Dollars) in a security vault. After several unsuccessful attempts to locate his relatives, I am contacting you because you share the same surname.",
      "I propose that we share the fund 50/50. This transaction is 100% risk free. Kindly reply with your full name, phone number and address.",
      "Yours faithfully,", "Barrister Edward Mensah (Esq.)"]),
    S("Fake international lottery win", "Euro Global Lotto Claims", "claims@euro-global-lotto.top",
      "WINNING NOTIFICATION: Your email won €1,250,000.00", "letter",
      "", ["ATTENTION: WINNER", "We are pleased to inform you that your email address was selected in our Euro Global Online Lottery draw held on Monday.",
      "You have won the sum of €1,250,000.00. Winning Number: EGL/{ref}/26.", "To claim your prize, contact our claims agent with your Batch Number and pay the processing fee: claims-agent@euro-global-lotto.top",
      "Congratulations once again.", "Mrs. Helena Voss, Promotions Manager"]),
    S("Debt relief program pitch", "National Debt Help Center", "help@clearpath-debtrelief.com",
      "You may qualify to cut your credit card debt in HALF", "promo",
      "Struggling With $10,000+ in Debt?", ["New relief programs can reduce what you owe by up to 50%.", "One low monthly payment. No loan required.", "See if you qualify — it won't affect your credit score."], "See If I Qualify"),
    S("Payday loan approved spam", "QuickFund Lending", "approve@quickfund-lending.xyz",
      "Approved: $2,500 can be in your account TODAY", "promo",
      "Your Loan Request Is Approved*", ["Bad credit OK. Funds as soon as today.", "Amount: up to $2,500", "Status: <b style='color:green'>PRE-APPROVED</b>"], "Get My Cash"),
    S("SEO cold outreach to recipient domain", "Ryan Walsh", "ryan@rankboost-digital.com",
      "Quick question about {rdomain}", "b2b",
      "", ["Hi there,", "I was checking out {rdomain} and noticed a few issues holding it back on Google: slow load times, missing meta tags and only a handful of backlinks.",
      "We've helped 400+ businesses get to page 1 within 90 days. Would you be open to a free audit? I can send over a video walkthrough.",
      "Best,", "Ryan Walsh\nGrowth Specialist | RankBoost Digital", "P.S. If you're not the right person, could you forward this to whoever handles your website?"]),
    S("Offshore app/web development cold pitch", "Ankit | PixelCraft", "ankit@pixelcraft-devsolutions.com",
      "Re: Website redesign proposal for your business", "b2b",
      "", ["Hello,", "Hope you are doing well. I am a web and mobile app developer with 10+ years experience in WordPress, Shopify, React and AI chatbot integration.",
      "I can redesign your website with modern look at very affordable price. Please share your requirement and I will send quote and portfolio.",
      "Thanks & Regards,", "Ankit"]),
    S("Conference attendee list seller", "Emily Carter", "emily.carter@leadverse-data.com",
      "Attendees list of CES 2026 — available?", "b2b",
      "", ["Hi,", "Would you be interested in acquiring the CES 2026 Attendees List?", "List contains: Name, Company, Title, Phone, Email, Website. Total count: 128,400 verified contacts.",
      "Let me know your interest so I can share the pricing and other details.", "Regards,", "Emily Carter | Event Data Specialist", "If you don't wish to receive our emails, reply with 'Leave Out'."]),
    S("Guest-post / backlink sales outreach", "Sophia from LinkPeak", "sophia@linkpeak-media.com",
      "Collaboration proposal — DA 70+ guest posts", "b2b",
      "", ["Hello Webmaster,", "We offer high-quality guest posts on DA 50-90 sites with real traffic. Prices starting from $35 per post, dofollow links, permanent.",
      "Also available: casino, crypto and CBD niche sites at extra charge.", "Reply to get our full sites list.", "Thanks,\nSophia"]),
    S("Penny-stock pump and dump", "MicroCap Alerts", "alerts@microcap-alerts.top",
      "🚀 This $0.38 ticker could run 900% before Monday", "promo",
      "URGENT TRADE ALERT", ["Ticker: <b>ZNTH</b> &middot; Current: $0.38 &middot; Target: $3.50", "Insiders have been quietly accumulating. Massive news expected this week.",
      "Get in before the crowd does."], "Get Full Report", hidden=True),
    S("Sextortion bitcoin blackmail", "", "no-reply@secure-mailbox-notice.xyz",
      "I know your password — read carefully", "letter",
      "", ["Hello,", "I have been watching you for a few months now. I gained access to your devices through a malicious program installed when you visited a website.",
      "I have collected your contacts and recorded you through your webcam. If you do not want this material sent to everyone you know, send $1,450 in Bitcoin to this address:",
      "bc1q{btc}", "You have 48 hours. I will know when you open this email. Do not reply, this address is not monitored."]),
    S("Fake Walmart gift card survey", "Walmart Shopper Survey", "survey@shopper-rewards-hub.shop",
      "🎁 $500 Walmart gift card — confirm your reward", "survey",
      "Your $500 Reward Is Pending", ["You've been chosen to take part in our Shopper Satisfaction survey.", "Complete 5 quick questions and claim your <b>$500 gift card</b>.", "Offer ID: WM-{ref}"], "Claim Reward"),
    S("You've won a YETI cooler giveaway", "Prize Notification", "notify@prizedrop-central.top",
      "Final attempt: your YETI Tundra cooler is unclaimed", "survey",
      "Your YETI Is Waiting!", ["We've tried to reach you several times.", "Your reward: <b>YETI Tundra 45 Hard Cooler</b>", "Just pay $4.95 shipping to claim."], "Claim Now"),
    S("Dating site spam", "Jessica (2 new messages)", "jessica@meetlocal-singles.xyz",
      "Jessica sent you 2 private messages 💌", "promo",
      "You Have 2 Unread Messages", ["Jessica, 29, is 3 miles away from you.", "\"Hey, saw your profile... are you around this weekend? 😉\"", "Sign up free to read your messages."], "Read Messages"),
    S("Mortgage refinance rate bait", "HomeRate Savers", "rates@homerate-savers.com",
      "Rates just dropped to 4.25% — lock in before Friday", "promo",
      "Refinance Rates Just Dropped", ["Homeowners are saving $400+/month by refinancing.", "Check today's rates in 30 seconds. No credit impact."], "See My Rate", hidden=True),
    S("Knee pain miracle supplement", "JointEase+", "hello@jointeaseplus.shop",
      "Knee pain gone in 7 days? Try this 'kitchen trick'", "promo",
      "The Kitchen Trick for Knee Pain", ["A 73-year-old grandmother discovered it by accident.", "Now thousands are throwing away their knee braces."], "Watch Presentation"),
    S("Chinese LED factory B2B spam", "Shenzhen BrightLED Co., Ltd", "sales@sz-brightled-factory.com",
      "LED strip lights factory direct / price list 2026", "b2b",
      "", ["Dear Purchasing Manager,", "Glad to hear you are on the market for LED products.", "We are the professional manufacturer of LED strip, panel light and high bay light for 15 years, with CE RoHS UL certificates.",
      "Factory direct price, MOQ 100pcs, free sample available.", "Waiting for your kind reply.", "Best regards,\nLinda Zhang\nSales Manager\nWhatsApp: +86 138 0000 0000"]),
    S("Medicare Advantage benefits bait", "Senior Benefits Advisors", "info@seniorbenefit-advisors.com",
      "Seniors: claim your $0 premium plan + $1,800 grocery allowance", "promo",
      "You May Qualify for Extra Benefits", ["Grocery allowance, dental, vision and hearing coverage.", "Many seniors are missing out on benefits they're entitled to."], "Check Benefits"),
    S("Tactical flashlight military-grade spam", "TacBeam Pro", "deals@tacbeam-pro.shop",
      "Military-grade flashlight the Navy SEALs use (70% off)", "promo",
      "Brightest Flashlight You'll Ever Own", ["10x brighter than ordinary flashlights.", "Waterproof, shockproof and zoomable.", "Get 70% off today only."], "Get Mine"),
    S("Fake Amazon Prime loyalty reward", "Prime Loyalty Program", "gift@prime-loyalty-gift.top",
      "Prime Member: you have (1) unclaimed reward", "survey",
      "Thank You For Being a Loyal Customer", ["You have been selected to receive an exclusive reward.", "Answer 4 short questions to claim your <b>Apple AirPods Pro</b>."], "Continue"),
    S("Portable AC miracle device", "ArcticBreeze", "hello@arcticbreeze-cool.shop",
      "Heatwave alert: this $49 mini AC cools any room in minutes", "promo",
      "Beat the Heat for $49", ["No installation. No huge electric bills.", "Sold out 3 times this summer."], "Buy Now 50% Off", hidden=True),
    S("Psychic reading spam", "Madame Celeste", "celeste@starpath-readings.com",
      "{first}, the stars revealed something URGENT about your future", "letter",
      "", ["Dear friend,", "Last night during my meditation your name came to me very clearly.",
      "I saw a great change coming in your life — money, love, a new beginning — but there is an obstacle blocking it.",
      "I have prepared your personal reading for free. Claim it here: {link}", "With light,", "Celeste"]),
    S("Fake trade expo booth invitation", "International Trade Expo", "invite@expo-global-summit.com",
      "Invitation: 2026 International Trade Expo — discounted booth", "b2b",
      "", ["Dear Exhibitor,", "We are pleased to invite your company to exhibit at the 2026 International Trade Expo, with more than 50,000 buyers from 120 countries.",
      "Early-bird booth rates end this week. Standard booth (9 sqm) only USD 1,999.", "Please reply for floor plan and registration form.", "Best regards,\nExhibition Team"]),
    S("Business working capital pre-approval", "CapitalBridge Funding", "funding@capitalbridge-funding.com",
      "You're pre-approved for $250,000 in working capital", "promo",
      "Your Business Is Pre-Approved", ["Up to $250,000 funded in 24 hours.", "No collateral. Bad credit OK.", "Approval code: CB-{ref}"], "Claim Funds"),
    S("Online casino bonus spam", "Spin Royale", "vip@spinroyale-casino.top",
      "🎰 200 FREE spins credited to your account", "promo",
      "200 FREE SPINS + $1,000 BONUS", ["Your free spins are waiting.", "No deposit required to start playing.", "Withdraw winnings instantly."], "Play Now"),
    S("Timeshare exit scheme", "Resort Exit Pros", "help@resortexit-pros.com",
      "Still paying maintenance fees? Get out of your timeshare legally", "promo",
      "Escape Your Timeshare", ["Stop paying for a vacation you never take.", "100% money-back guarantee."], "Free Consultation"),
    S("IRS tax debt forgiveness lead-gen", "Tax Relief Now", "relief@taxrelief-now.us",
      "New IRS Fresh Start program could erase your tax debt", "promo",
      "Owe the IRS $10,000 or More?", ["Stop wage garnishments and bank levies.", "You may qualify to settle for pennies on the dollar."], "Free Tax Analysis", hidden=True),
    S("Domain SEO listing fake renewal notice", "Domain Listing Services", "notice@domain-listing-services.com",
      "Domain Notice: {rdomain} — Final Reminder", "letter",
      "", ["DOMAIN SERVICE NOTICE", "Domain Name: {rdomain}", "Attention: Domain Owner",
      "Your search engine submission for {rdomain} expires soon. Failure to complete your submission by the expiration date may result in cancellation of this offer, making it difficult for your customers to find you.",
      "Secure Online Payment: {link}", "This notice is not an invoice. It is a courtesy reminder to purchase search engine submission services. You are under no obligation to pay."]),
    S("AI tools lifetime deal spam", "AI Tool Vault", "deals@aitoolvault.shop",
      "Get 50+ premium AI tools for $29 — LIFETIME access", "promo",
      "50+ AI Tools. One Price. Forever.", ["ChatGPT-style writers, image generators, voice cloning and more.", "No monthly fees ever.", "Only 37 lifetime spots left."], "Get Lifetime Access"),
    S("Phone giveaway spam", "Giveaway Central", "winner@giveawaycentral-us.xyz",
      "📱 You're our 1,000,000th visitor — claim your new iPhone", "survey",
      "Congratulations, Lucky Winner!", ["You have been randomly selected to win a brand-new iPhone.", "Confirm your details within 10 minutes to claim."], "Claim iPhone"),
]

FILLER = ("garden river copper autumn ledger violet harbor signal meadow quartz orbit lantern canyon pepper "
          "marble willow ember cobalt tundra velvet saddle prairie beacon thistle").split()


def spam_auth(c, pattern):
    """Return (hops, dkims, receive_headers kwargs)."""
    r = c.r
    dom = c.from_addr.split("@")[1]
    if pattern == "own":
        c.out_host = r.choice(["mail", "smtp", "mx", "out"]) + f"{r.randrange(1, 30)}.{dom}"
        c.rp = f"bounce-{hx(r, 10)}@{dom}"
        c.dkims = [(dom, r.choice(["default", "mail", "dkim", "s1"]))]
        return dict(spf="pass", dmarc=r.choice(["pass", "none"]), policy="NONE")
    if pattern == "compromised":
        c.out_host = r.choice([f"vps{dg(r, 5)}.contaboserver.net", f"server{dg(r, 3)}.{r.choice(['hostingpanel', 'srvcloud', 'webpanelpro'])}.{r.choice(['com', 'net', 'xyz'])}",
                               f"{an(r, 6).lower()}.ip-{r.randrange(1, 250)}.eu"])
        c.rp = f"{an(r, 8).lower()}@{c.out_host.split('.', 1)[1]}"
        c.dkims = []
        c.hops.append(f"from webmail ([{ipaddr(r)}])\n\tby {c.out_host} (Postfix) with ESMTPSA id {hx(r, 10).upper()}\n\tfor <{c.rcpt}>; {rfcdate(c.date - dt.timedelta(seconds=r.randrange(2, 30)))}")
        return dict(spf=r.choice(["softfail", "neutral", "none"]), dkim_res=[], dmarc="none")
    if pattern == "esp":
        c.out_host = f"o{r.randrange(1, 9)}.ptr{dg(r, 4)}.sendgrid.net"
        c.rp = f"bounces+{dg(r, 8)}-{hx(r, 4)}-{c.rcpt.replace('@', '=')}@sendgrid.net"
        c.dkims = [("sendgrid.info", "smtpapi")]
        c.xh.append(("X-SG-EID", fold_b64(b64r(r, 120), 50)))
        return dict(spf="pass", dmarc="none")
    # bulk: cheap bulk-mailer with its own dkim but mismatched envelope domain
    alt = r.choice(["mailer-srv", "bulk-relay", "newsflow", "campaignhub"]) + f"{r.randrange(1, 99)}." + r.choice(["top", "xyz", "click", "online"])
    c.out_host = f"mta{r.randrange(1, 40)}.{alt}"
    c.rp = f"{hx(r, 12)}@{alt}"
    c.dkims = [(alt, "default")]
    c.xh.append(("X-Mailer", r.choice(["Interspire Email Marketer", "MailWizz Mailer", "Acelle Mail", "sendy"])))
    return dict(spf="pass", dmarc="fail", policy="NONE", dkim_res=[("pass", alt, "default")])


def spam_html(c, s, link, lines, unsub):
    r = c.r
    col = r.choice(["#d62828", "#1d3557", "#2a9d8f", "#e76f51", "#6a0dad", "#0077b6"])
    dom = c.from_addr.split("@")[1]
    o = ["<html><head><meta charset=\"utf-8\"></head><body style=\"margin:0;background:#ffffff;\">"]
    if r.random() < 0.5:
        o.append(f'<div style="display:none;max-height:0;overflow:hidden;">{escape(strip_tags(lines[0]))}</div>')
    o.append('<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">')
    o.append('<table width="580" cellpadding="0" cellspacing="0" style="font-family:Arial,Helvetica,sans-serif;">')
    o.append(f'<tr><td align="center" style="padding:10px;"><a href="{link}"><img src="https://{r.choice(["cdn", "img", "static", "media"])}.{dom}/{hx(r, 12)}.{r.choice(["jpg", "png", "gif"])}" width="560" alt="{escape(s["head"])}" style="display:block;width:100%;" /></a></td></tr>')
    o.append(f'<tr><td align="center" style="padding:14px 20px;font-size:28px;font-weight:bold;color:{col};">{escape(s["head"])}</td></tr>')
    for ln in lines:
        o.append(f'<tr><td align="center" style="padding:6px 24px;font-size:17px;color:#222;">{ln}</td></tr>')
    if s["cta"]:
        o.append(f'<tr><td align="center" style="padding:22px;"><a href="{link}" style="background:{col};color:#fff;font-size:20px;font-weight:bold;'
                 f'padding:16px 40px;text-decoration:none;border-radius:6px;display:inline-block;">{escape(s["cta"])} &raquo;</a></td></tr>')
    o.append("</table>")
    if s["kw"].get("hidden"):
        words = " ".join(r.choice(FILLER) for _ in range(r.randrange(40, 90)))
        o.append(f'<div style="color:#ffffff;font-size:2px;line-height:2px;">{words}</div>')
    street = f"{r.randrange(100, 9999)} {r.choice(['Commerce Dr', 'Market St Ste 4', 'N Federal Hwy #', 'Innovation Way Unit'])} {r.randrange(1, 400)}"
    o.append(f'<p style="font-family:Arial;font-size:10px;color:#999;padding:30px 20px;">To stop receiving these messages <a href="{unsub}" style="color:#999;">click here</a> '
             f'or write to: {street}, {r.choice(["Wilmington, DE 19801", "Sheridan, WY 82801", "Las Vegas, NV 89119", "Miami, FL 33131"])}<br/>{hx(r, 8)}</p>')
    o.append("</td></tr></table></body></html>")
    return "\n".join(o) + "\n"


def make_spam(i, s):
    r = random.Random(f"{SEED}|spam|{i}|{s['subject']}")
    c = Ctx()
    c.r, c.kw = r, {}
    c.rname, c.rcpt = r.choice(RCPTS_EN)
    c.first = c.rname.split()[0]
    c.date = msg_date(r, (0, 24))
    c.from_addr = s["faddr"]
    c.src_ip = ipaddr(r)
    c.hops, c.xh = [], []
    rdomain = c.rcpt.split("@")[1]
    pattern = s["kw"].get("pattern") or r.choice(["own", "own", "compromised", "esp", "bulk"])
    auth = spam_auth(c, pattern)
    dom = c.from_addr.split("@")[1]
    vals = SD(first=c.first, rdomain=rdomain, ref=f"{dg(r, 4)}-{an(r, 4).upper()}", btc=an(r, 38).lower())
    landing = r.choice([dom, f"{r.choice(['go', 'get', 'try', 'secure'])}.{dom}",
                        f"{r.choice(['trk', 'click', 'r'])}.{r.choice(['offerlinkz', 'redir-hub', 'clktrack', 'swiftlink'])}.{r.choice(['top', 'xyz', 'click', 'shop'])}"])
    link = f"https://{landing}/{r.choice(['c', 'r', 'go', 'lp', 'x'])}/{an(r, r.randrange(8, 24))}?{r.choice(['uid', 'sid', 'e', 'ref'])}={ub64(r, 9)}"
    unsub = f"https://{dom}/unsub?e={ub64(r, 12)}"
    vals["link"] = link
    subject = s["subject"].format_map(vals)
    lines = [ln.format_map(vals) for ln in s["lines"]]
    kind = s["kind"]
    if kind in ("promo", "survey"):
        html = spam_html(c, s, link, lines, unsub)
        text = "\n\n".join(strip_tags(x) for x in [s["head"]] + lines) + f"\n\n{s['cta']}: {link}\n"
        fmt = r.choice(["html", "html", "alt"])
    else:
        text = "\n\n".join(lines) + "\n"
        html = "<html><body>" + "".join(f"<p>{escape(x).replace(chr(10), '<br>')}</p>" for x in lines) + "</body></html>\n"
        html = html.replace(escape(link), f'<a href="{link}">{escape(link)}</a>')
        fmt = r.choice(["plain", "plain", "alt"]) if kind == "letter" else r.choice(["plain", "alt", "html"])
    ch, body = mime(c, fmt, html, text, cte=r.choice(["quoted-printable", "base64", "quoted-printable"]))
    c.dkim_hdrs = [dkim(r, d, sel, c.date) for d, sel in c.dkims]
    recv = receive_headers(c, **auth)
    H = list(recv) + [("Received", h) for h in c.hops] + [("DKIM-Signature", d) for d in c.dkim_hdrs]
    H += [("Date", rfcdate(c.date.astimezone(dt.timezone(dt.timedelta(hours=r.choice([0, -7, 8, 1, 3, -4]))))
                           - dt.timedelta(seconds=r.randrange(5, 90)))),
          ("From", addr(s["fname"], s["faddr"]) if s["fname"] else s["faddr"])]
    if r.random() < 0.3:
        H.append(("Reply-To", f"{r.choice(['claims', 'support', 'reply', 'info'])}{r.randrange(1, 99)}@{r.choice(['mailbox-secure', 'fastreply-desk', 'inboxcenter'])}.{r.choice(['xyz', 'top', 'online'])}"))
    to = c.rcpt if r.random() < 0.7 else addr(c.rname, c.rcpt)
    if r.random() < 0.15:
        H.append(("To", "undisclosed-recipients:;"))
    else:
        H.append(("To", to))
    H += [("Subject", enc_subject(subject)), ("Message-ID", f"<{hx(r, r.choice([16, 24, 32]))}{'.' + dg(r, 6) if r.random() < 0.5 else ''}@{c.out_host}>"),
          ("MIME-Version", "1.0")]
    H += ch
    if r.random() < 0.5:
        H.append(("List-Unsubscribe", f"<{unsub}>"))
        if r.random() < 0.5:
            H.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
    H += c.xh
    if r.random() < 0.2:
        H.append(("X-Priority", "1 (Highest)"))
    return serialize(H, body), s["scen"]


# ---------------------------------------------------------------- phishing
def PH(scen, fname, faddr, subject, brandname, color, lines, cta, landing, **kw):
    return dict(scen=scen, fname=fname, faddr=faddr, subject=subject, bname=brandname, color=color, lines=lines,
                cta=cta, landing=landing, kw=kw)


PHISH = [
    PH("Microsoft 365 password-expiry credential phish", "Microsoft 365 Admin", "no-reply@m365-accountsecure.com",
       "Action Required: Your password for {email} expires today", "Microsoft", "#0078d4",
       ["Hello {first},", "The password for your Microsoft 365 account <b>{email}</b> is set to expire today.",
        "To continue using your current password and avoid losing access to email, Teams and OneDrive, please verify your account now.",
        "If no action is taken within 24 hours, your account will be temporarily suspended."],
       "Keep Current Password", "login.m365-accountsecure.com/common/oauth2/authorize"),
    PH("DocuSign completed-document lure", "DocuSign via Accounts Payable", "dse@docusign-envelope-review.net",
       "Completed: Please DocuSign: Remittance_Advice_Q3.pdf", "DocuSign", "#4c00ff",
       ["Accounts Payable sent you a document to review and sign.", "<b>REVIEW DOCUMENT</b>", "Remittance_Advice_Q3.pdf",
        "Do Not Share This Email: This email contains a secure link to DocuSign. Please do not share this email, link, or access code with others."],
       "Review Document", "docusign-envelope-review.net/Signing/EmailStart.aspx"),
    PH("SharePoint shared-file lure (bonus structure)", "HR Department via SharePoint", "sharepoint@sharepoint-filesview.top",
       "HR shared \"2026 Bonus Structure & Salary Adjustments.xlsx\" with you", "SharePoint", "#036c70",
       ["HR Department shared a file with you.", "<b>2026 Bonus Structure &amp; Salary Adjustments.xlsx</b>", "\"Please review before Friday's meeting. Confidential.\"",
        "This link will work for the people in your organization."], "Open", "sharepoint-filesview.top/:x:/g/personal/hr"),
    PH("USPS redelivery fee smishing-style email", "USPS Delivery Services", "tracking@usps-redeliver-ticket.top",
       "USPS: Your package is on hold — delivery attempt failed", "USPS", "#333366",
       ["Dear customer,", "Your package (Tracking No. US{track}) could not be delivered on {day} due to an incomplete address.",
        "To schedule redelivery, please confirm your address and pay a $1.99 redelivery fee within 48 hours. Otherwise the package will be returned to sender."],
       "Schedule Redelivery", "usps-redeliver-ticket.top/track"),
    PH("E-ZPass unpaid toll phish", "E-ZPass Customer Service", "billing@ezpass-tollservices.xyz",
       "Final notice: unpaid toll balance of $4.15", "E-ZPass", "#5a2d81",
       ["Dear E-ZPass customer,", "Our records show an outstanding toll balance of <b>$4.15</b> on your account.",
        "To avoid a late fee of $50.00 and possible suspension of your vehicle registration, please settle your balance by {day}."],
       "Pay Now", "ezpass-tollservices.xyz/pay"),
    PH("PayPal account limitation phish", "PayPal", "service@resolution-paypal-center.com",
       "Your account has been limited — case #PP-{case}", "PayPal", "#003087",
       ["Dear {first},", "We noticed unusual activity in your PayPal account and have temporarily limited what you can do with it.",
        "To restore full access, please confirm your information within 72 hours.", "Case ID: PP-{case}"],
       "Resolve Now", "resolution-paypal-center.com/myaccount/restore"),
    PH("Netflix payment declined phish", "Netflix", "info@netflix-billingupdate.shop",
       "Your membership is on hold — update payment details", "NETFLIX", "#e50914",
       ["Hi {first},", "We're having some trouble with your current billing information. We'll try again, but in the meantime you may want to update your payment details.",
        "Your membership will be cancelled if we can't process your payment within 48 hours."],
       "Update Account Now", "netflix-billingupdate.shop/account/payment"),
    PH("Bank suspicious sign-in phish (Chase brand)", "Chase Online Security", "alerts@chase-secure-verify.com",
       "Unusual sign-in attempt detected on your account", "CHASE", "#117aca",
       ["Dear Customer,", "We detected a sign-in attempt from a new device:", "Device: Windows 11 &middot; Chrome<br>Location: Lagos, Nigeria<br>Time: {day} 3:42 AM",
        "If this wasn't you, please secure your account immediately. Failure to verify may result in your online access being locked."],
       "Secure My Account", "chase-secure-verify.com/verify/identity"),
    PH("Apple ID locked phish", "Apple Support", "noreply@appleid-unlockservice.com",
       "Your Apple ID has been locked for security reasons", "Apple", "#000000",
       ["Dear Customer,", "Your Apple ID was used to sign in to iCloud on a new device. For your security, we have temporarily locked your account.",
        "To unlock your Apple ID, verify your account information within 24 hours."], "Verify Now", "appleid-unlockservice.com/unlock"),
    PH("IRS tax refund phish", "Internal Revenue Service", "refunds@irs-refund-portal.com",
       "You are eligible for a tax refund of $1,284.50", "IRS", "#1b4a7a",
       ["Taxpayer ID: XXX-XX-{last4}", "After the last annual calculation of your fiscal activity, we have determined that you are eligible to receive a tax refund of <b>$1,284.50</b>.",
        "Please submit the tax refund request and allow 3-5 business days to process."], "Get Refund", "irs-refund-portal.com/refund/claim"),
    PH("Coinbase wallet verification / seed phrase phish", "Coinbase Security", "security@coinbase-walletverify.top",
       "Action needed: verify your wallet to avoid suspension", "coinbase", "#0052ff",
       ["Hello,", "Due to new regulatory requirements, all wallets must complete a security verification by {day}.",
        "Unverified wallets will be frozen and assets may be moved to a holding account.", "Verification takes less than 2 minutes and requires your recovery phrase."],
       "Verify Wallet", "coinbase-walletverify.top/wallet/verify"),
    PH("Meta business page copyright-violation phish", "Meta Business Support", "appeals@meta-appeal-support.com",
       "Your Page has been scheduled for deletion — copyright infringement", "Meta", "#0866ff",
       ["Hi,", "Your Page has been reported for violating our intellectual property policies. As a result, your page is scheduled for permanent deletion in 24 hours.",
        "If you believe this is a mistake, you can submit an appeal.", "Case Number: #{case}"], "Submit Appeal", "meta-appeal-support.com/appeal"),
    PH("Voicemail notification with HTML attachment", "Voice Mail Service", "voicemail@vm-notify-cloud.com",
       "🔊 New voice message from +1 (312) 555-0148 [0:47]", "Voice Messaging", "#2e7d32",
       ["You have received a new voice message.", "From: +1 (312) 555-0148<br>Duration: 00:00:47<br>Received: {day}",
        "Please open the attached audio file to listen."], "", "vm-notify-cloud.com/play", attach="html:VM_Message_{case}.html"),
    PH("HR open-enrollment benefits credential phish", "Benefits Administration", "hr@benefits-portal-hr.com",
       "Open Enrollment 2027: action required by Friday", "Benefits Portal", "#00695c",
       ["Dear Employee,", "Open enrollment for 2027 benefits is now open. All employees must review and confirm their elections by Friday.",
        "Employees who do not confirm will lose dental and vision coverage for the plan year.", "Please sign in with your company email and password."],
       "Review Benefits", "benefits-portal-hr.com/sso/login"),
    PH("Invoice with HTML-smuggling attachment", "Accounts Receivable", "ar@invoice-docs-share.com",
       "RE: Overdue invoice INV-{case} — payment reminder", "", "#444444",
       ["Hi,", "Please find attached the overdue invoice INV-{case} for services rendered last month.",
        "Kindly process payment at your earliest convenience. Let me know if you have any questions.", "Regards,<br>Michael Grant<br>Accounts Receivable"],
       "", "invoice-docs-share.com/view", attach="html:INV-{case}.html", plainstyle=True),
    PH("Norton auto-renewal callback phish", "Norton LifeLock Billing", "billing@nortonlifecare-billing.com",
       "Thank you for your order — Invoice #NL-{case}", "Norton", "#ffc700",
       ["Dear Customer,", "Your subscription for <b>Norton 360 Deluxe</b> has been successfully renewed and $399.99 has been charged to your account.",
        "If you did not authorize this transaction or wish to cancel and receive a refund, please call our billing department within 24 hours:",
        "<b>+1 (888) 555-0176</b>", "Order Date: {day}<br>Payment Method: Auto-Debit"], "", "", attach="pdf:Invoice_NL-{case}.pdf"),
    PH("Amazon fake order confirmation callback phish", "Amazon Orders", "order-update@amzn-orders-support.com",
       "Your order of Apple MacBook Pro 16\" has been placed (#112-{order})", "amazon", "#232f3e",
       ["Hello {first},", "Thank you for your order. We'll send a confirmation when your item ships.",
        "<b>Apple MacBook Pro 16-inch M4 Pro</b><br>Order Total: $2,849.00", "Didn't place this order? Call Amazon Support immediately at <b>+1 (844) 555-0192</b> to cancel."],
       "View or manage order", "amzn-orders-support.com/gp/your-account/order-details"),
    PH("Google Workspace storage-full phish", "Google Workspace", "storage-alerts@gworkspace-storage.com",
       "Your storage is full — emails will stop being delivered", "Google", "#1a73e8",
       ["Hi {first},", "You've used 15 GB of your 15 GB storage. Incoming emails will be bounced back to senders starting {day}.",
        "Claim your free 50 GB storage upgrade by verifying your account."], "Claim Free Storage", "gworkspace-storage.com/storage/upgrade"),
    PH("QR-code MFA re-enrollment quishing", "IT Security Team", "it-security@mfa-reenroll-secure.com",
       "Mandatory MFA re-enrollment — scan the QR code before {day}", "IT Service Desk", "#37474f",
       ["Dear {first},", "As part of our annual security review, all staff must re-register their multi-factor authentication.",
        "Please scan the attached QR code with your phone camera and sign in with your work credentials. Accounts that are not re-enrolled will be disabled."],
       "", "mfa-reenroll-secure.com/mfa", attach="png:MFA_Setup_QR.png"),
    PH("WeTransfer shared files credential phish", "WeTransfer", "noreply@wetransfer-files-dl.com",
       "Sarah Mitchell sent you files via WeTransfer", "WeTransfer", "#409fff",
       ["<b>Sarah Mitchell</b> sent you some files", "3 files, 48.2 MB in total &middot; Expires in 3 days",
        "Signed_Contract_Final.pdf<br>Project_Scope_Rev2.docx<br>Payment_Details.xlsx", "\"Hi, here are the signed documents as discussed. Thanks!\""],
       "Download files", "wetransfer-files-dl.com/downloads"),
]


def make_phish(i, p):
    r = random.Random(f"{SEED}|phish|{i}|{p['subject']}")
    c = Ctx()
    c.r, c.kw = r, {}
    c.rname, c.rcpt = r.choice(RCPTS_EN)
    c.first = c.rname.split()[0]
    c.date = msg_date(r, (0, 24))
    c.from_addr = p["faddr"]
    c.src_ip = ipaddr(r)
    c.hops, c.xh = [], []
    auth = spam_auth(c, r.choice(["own", "own", "compromised", "bulk"]))
    v = SD(first=c.first, email=c.rcpt, track=dg(r, 18), case=dg(r, 8), order=f"{dg(r, 7)}-{dg(r, 7)}", last4=dg(r, 4),
           day=fmt_day(c.date + dt.timedelta(days=r.randrange(1, 3))))
    subject = p["subject"].format_map(v)
    lines = [x.format_map(v) for x in p["lines"]]
    link = f"https://{p['landing']}?{r.choice(['id', 'token', 'sess', 'c'])}={ub64(r, 18)}&email={quote(c.rcpt)}" if p["landing"] else ""
    if link and r.random() < 0.3:
        link = f"https://{r.choice(['l', 'go', 'r'])}.{r.choice(['linkshield-redirect', 'safe-urlgate', 'clkpath'])}.{r.choice(['top', 'xyz', 'shop'])}/?u={quote(link, safe='')}"
    col = p["color"]
    if p["kw"].get("plainstyle"):
        html = "<html><body style=\"font-family:Calibri,Arial;font-size:11pt;\">" + "".join(f"<p>{x}</p>" for x in lines) + "</body></html>\n"
    else:
        o = ['<html><head><meta charset="utf-8"></head><body style="margin:0;background:#f4f4f4;font-family:Segoe UI,Helvetica,Arial,sans-serif;">',
             '<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center" style="padding:24px;">',
             '<table width="560" cellpadding="0" cellspacing="0" style="background:#ffffff;border:1px solid #e0e0e0;">']
        if p["bname"]:
            o.append(f'<tr><td style="background:{col};padding:16px 24px;color:#ffffff;font-size:22px;font-weight:bold;">{escape(p["bname"])}</td></tr>')
        for x in lines:
            o.append(f'<tr><td style="padding:8px 24px;font-size:15px;color:#333333;line-height:22px;">{x}</td></tr>')
        if p["cta"]:
            o.append(f'<tr><td style="padding:20px 24px;"><a href="{link}" style="background:{col};color:#ffffff;padding:12px 26px;'
                     f'text-decoration:none;font-weight:bold;display:inline-block;">{escape(p["cta"])}</a></td></tr>')
        o.append(f'<tr><td style="padding:18px 24px;font-size:11px;color:#888888;border-top:1px solid #eeeeee;">'
                 f'This message was sent to {escape(c.rcpt)}. Please do not reply to this automated message.<br>'
                 f'&copy; {c.date.year} {escape(p["bname"] or "Accounts")}. All rights reserved.</td></tr>')
        o.append("</table></td></tr></table></body></html>")
        html = "\n".join(o) + "\n"
    text = "\n\n".join(strip_tags(x) for x in lines) + (f"\n\n{p['cta']}: {link}\n" if p["cta"] else "\n")
    atts = []
    if p["kw"].get("attach"):
        kind, fname = p["kw"]["attach"].split(":", 1)
        fname = fname.format_map(v)
        target = f"https://{p['landing']}?{r.choice(['id', 't'])}={ub64(r, 16)}#{base64.b64encode(c.rcpt.encode()).decode()}"
        if kind == "html":
            page = (f'<!DOCTYPE html><html><head><meta charset="utf-8"><title>Loading...</title>'
                    f'<meta http-equiv="refresh" content="0; url={target}"></head><body>'
                    f'<script>var e="{base64.b64encode(c.rcpt.encode()).decode()}";window.location.href=atob("{base64.b64encode(target.encode()).decode()}");</script>'
                    f'<p>Loading secure document, please wait...</p></body></html>')
            atts.append((fname, "text/html", page.encode()))
        elif kind == "pdf":
            atts.append((fname, "application/pdf", fake_pdf(r, "Invoice - call +1 (888) 555-0176 to cancel")))
        elif kind == "png":
            atts.append((fname, "image/png", qr_png(r)))
    fmt = r.choice(["html", "alt", "alt"]) if not p["kw"].get("plainstyle") else "alt"
    ch, body = mime(c, fmt, html, text, atts, cte=r.choice(["quoted-printable", "base64"]))
    c.dkim_hdrs = [dkim(r, d, sel, c.date) for d, sel in c.dkims]
    recv = receive_headers(c, **auth)
    H = list(recv) + [("Received", h) for h in c.hops] + [("DKIM-Signature", d) for d in c.dkim_hdrs]
    H += [("Date", rfcdate(c.date - dt.timedelta(seconds=r.randrange(3, 60)))), ("From", addr(p["fname"], p["faddr"]))]
    if r.random() < 0.35:
        H.append(("Reply-To", f"{r.choice(['support', 'helpdesk', 'billing', 'case'])}{dg(r, 3)}@{r.choice(['secure-replydesk', 'case-response', 'notify-inbox'])}.{r.choice(['com', 'xyz', 'top'])}"))
    H += [("To", c.rcpt if r.random() < 0.7 else addr(c.rname, c.rcpt)), ("Subject", enc_subject(subject)),
          ("Message-ID", f"<{uuid(r) if r.random() < 0.5 else hx(r, 20)}@{c.out_host}>"), ("MIME-Version", "1.0")]
    H += ch
    H += c.xh
    if r.random() < 0.25:
        H.append(("X-Priority", "1"))
    return serialize(H, body), p["scen"]


# ---------------------------------------------------------------- main
README = """# Synthetic e-mail measurement set: modern-fresh4

**Provenance.** Every message here is synthetic. They were written on 2026-11-28 by `generate.py`
(Python 3 standard library, fixed seeds, no clock reads, no network). The writer had never seen the
spam filter this set is meant to evaluate: no filter source code, training data, rules or tests were
read or consulted.

**Use.** This set is for **measurement only**: false-positive and detection rates. **Never train on it,**
tune thresholds against it or copy it into any training corpus. If you do, it stops being an independent
measurement.

## Contents

| folder | count | label | what it is |
|---|---|---|---|
| `ham/` | 180 | ham | Legitimate commercial and transactional mail that a real person gets from companies they deal with. It deliberately includes mail that looks like spam: retail promotions with codes, flash sales, "last chance", countdown timers, emoji subjects, free gifts, loyalty statements, bank/card/brokerage offers ("earn $250", 0% balance transfers), insurance renewals, dealership service reminders, utility and telecom bills and upgrades, urgent charity and political fundraising, travel and miles deals, meal kits and subscription boxes, software trial-ending nudges, real-estate alerts, supplement shops, crypto exchanges' own promotions, marketplace seller messages, recalls and warranties, ticket presales, smart-home alerts, medical reminders. Mostly English, with a few messages in German, French and Spanish. Local-business newsletters come from shared hosting with no DKIM. |
| `spam/` | 40 | spam | Typical 2025–2026 unsolicited bulk mail: GLP-1/keto/CBD/supplement pitches, survey "rewards", warranty/solar/debt lead-gen, advance-fee and lottery scams, sextortion, SEO/list-seller B2B outreach, stock pumps, casino. |
| `phish/` | 20 | phish | Credential, payment and callback phishing: M365 password expiry, DocuSign, SharePoint, USPS/E-ZPass fees, PayPal/Netflix/bank/Apple, IRS refund, crypto wallet, Meta appeal, voicemail and invoice HTML attachments, QR-code MFA (quishing), Norton/Amazon callback scams. |

`MANIFEST.tsv` has the columns `file`, `label` and `scenario` (one line per message).

## Notes on realism and safety

* Real brands appear under their real domains, with the header shapes their mail services typically produce
  (Amazon SES, SendGrid, Mailchimp, Klaviyo, Salesforce Marketing Cloud, Braze, Iterable, HubSpot, Constant Contact,
  Postmark, Mailgun): Received chains, DKIM-Signature (brand and/or ESP domain), List-Unsubscribe and
  List-Unsubscribe-Post, Feedback-ID, and click-tracking links. The signatures are random bytes; they **do not verify**.
  Local businesses, dealerships, the realty group and the health system are invented.
* Every spam and phishing domain is invented. All IP addresses, in ham too, come from the documentation
  ranges 192.0.2.0/24, 198.51.100.0/24 and 203.0.113.0/24. All recipients are at invented domains. Phone numbers use 555-01xx.
* No header states the label. Authentication-Results headers show what a receiving server would have recorded
  (for example, dkim=none for small shared hosting). They are not label hints.
* Files use CRLF line endings. Every file parses with Python's `email` package.
* To regenerate, run `python3 generate.py`. The output is byte-identical.
"""


def main():
    rows = []
    for label, items, fn in (("ham", HAM, make_ham), ("spam", SPAM, make_spam), ("phish", PHISH, make_phish)):
        d = os.path.join(OUT, label)
        os.makedirs(d, exist_ok=True)
        for old in os.listdir(d):
            if old.endswith(".eml"):
                os.remove(os.path.join(d, old))
        for i, item in enumerate(items, 1):
            raw, scen = fn(i, item)
            name = f"{label}/{i:04d}.eml"
            with open(os.path.join(OUT, name), "wb") as f:
                f.write(raw)
            rows.append((name, label, scen))
    with open(os.path.join(OUT, "MANIFEST.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("file\tlabel\tscenario\n")
        for row in rows:
            f.write("\t".join(row) + "\n")
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as f:
        f.write(README)
    print(f"wrote {len(rows)} messages")


if __name__ == "__main__":
    main()
