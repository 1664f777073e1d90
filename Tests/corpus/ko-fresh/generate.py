#!/usr/bin/env python3
"""Generate the ko-fresh held-out Korean mail corpus.

Independent measurement set: written without knowledge of the filter's
rules.  MEASUREMENT ONLY -- never use it to develop or tune rules.

Standard library only; deterministic (fixed seed).  Writes
ham/, spam/, phish/, bulk/ next to this file, NNN.eml each, CRLF line ends.
All people, phone numbers, account numbers are invented.  Attacker
infrastructure uses reserved .example names (or public URL shorteners /
messenger links with invented paths).
"""
import base64
import binascii
import datetime
import hashlib
import io
import os
import random
import shutil
import struct
import sys
import textwrap
import zipfile
import zlib
from html import escape

ROOT = os.path.dirname(os.path.abspath(__file__))
SEED = 20261128
rng = random.Random(SEED)

CODECS = {"utf-8": "utf-8", "euc-kr": "euc_kr", "ks_c_5601-1987": "cp949"}
KST = datetime.timezone(datetime.timedelta(hours=9))
ORG = "haneul.example"          # the receiving organisation (하늘정보통신)
MX = "mx1.haneul.example"

STATS = []


def T(s):
    return textwrap.dedent(s).strip("\n") + "\n"


# ---------------------------------------------------------------- encoding

def encode_text(text, label):
    """Return (label, bytes); fall back like real mailers when a charset
    cannot hold the text (EUC-KR -> CP949 labelled ks_c_5601-1987 -> UTF-8)."""
    order = {"euc-kr": ["euc-kr", "ks_c_5601-1987", "utf-8"],
             "ks_c_5601-1987": ["ks_c_5601-1987", "utf-8"],
             "utf-8": ["utf-8"]}[label]
    for lab in order:
        try:
            return lab, text.encode(CODECS[lab])
        except UnicodeEncodeError:
            continue
    raise AssertionError


def ew(text, label, mode="B"):
    """RFC 2047 encoded words (split on character boundaries, <=75 chars)."""
    if all(ord(c) < 128 for c in text):
        return text
    label, _ = encode_text(text, label)
    codec = CODECS[label]
    prefix = "=?%s?%s?" % (label, mode)
    words, cur = [], ""

    def enc(s):
        b = s.encode(codec)
        if mode == "B":
            return base64.b64encode(b).decode()
        out = []
        for byte in b:
            ch = chr(byte)
            if ch == " ":
                out.append("_")
            elif 33 <= byte < 127 and ch not in "=?_\"()<>,;:":
                out.append(ch)
            else:
                out.append("=%02X" % byte)
        return "".join(out)

    for ch in text:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75 and cur:
            words.append(prefix + enc(cur) + "?=")
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + "?=")
    return "\r\n ".join(words)


def cte_encode(data, cte):
    data = data.replace(b"\r\n", b"\n")
    if cte == "base64":
        out = base64.encodebytes(data)
    elif cte == "quoted-printable":
        out = binascii.b2a_qp(data, quotetabs=False, istext=True)
        if not out.endswith(b"\n"):
            out += b"\n"
    else:
        out = data if data.endswith(b"\n") else data + b"\n"
    return out.replace(b"\n", b"\r\n")


# ---------------------------------------------------------------- MIME parts

def leaf(ctype, params, payload, cte, disposition=None):
    hdrs = ["Content-Type: %s%s" % (ctype, "".join(";\r\n\t%s" % p for p in params)),
            "Content-Transfer-Encoding: %s" % cte]
    if disposition:
        hdrs.append("Content-Disposition: %s" % disposition)
    return hdrs, cte_encode(payload, cte)


def text_leaf(subtype, text, label, cte):
    label, data = encode_text(text, label)
    if cte in ("7bit",) and any(b > 127 for b in data):
        cte = "8bit"
    return leaf("text/" + subtype, ['charset="%s"' % label], data, cte), label


def boundary():
    return "----=_Part_%d_%d.%d" % (rng.randint(10000, 99999), rng.randint(100000000, 999999999),
                                    rng.randint(1000000000000, 1999999999999))


def multipart(subtype, parts, extra_params=()):
    b = boundary()
    params = ['boundary="%s"' % b] + list(extra_params)
    body = b""
    for hdrs, content in parts:
        body += b"--" + b.encode() + b"\r\n" + "\r\n".join(hdrs).encode() + b"\r\n\r\n" + content
    body += b"--" + b.encode() + b"--\r\n"
    return ["Content-Type: multipart/%s;%s" % (subtype, "".join("\r\n\t" + p for p in params))], body


def attach_name(fname, style):
    if all(ord(c) < 128 for c in fname):
        return ['name="%s"' % fname], 'attachment; filename="%s"' % fname
    if style == "2231":
        q = "".join(c if c.isalnum() and ord(c) < 128 or c in ".-_" else
                    "".join("%%%02X" % b for b in c.encode("utf-8")) for c in fname)
        return ["name*=UTF-8''" + q], "attachment;\r\n\tfilename*=UTF-8''" + q
    e = ew(fname, "utf-8" if style == "b-utf8" else "euc-kr", "B").replace("\r\n ", "")
    return ['name="%s"' % e], 'attachment;\r\n\tfilename="%s"' % e


# ---------------------------------------------------------------- binary payloads

def pdf_bytes(lines):
    objs = []
    stream = "BT /F1 11 Tf 50 780 Td 14 TL\n" + "".join("(%s) Tj T*\n" % l.replace("(", "[").replace(")", "]") for l in lines) + "ET"
    objs.append("<< /Type /Catalog /Pages 2 0 R >>")
    objs.append("<< /Type /Pages /Kids [3 0 R] /Count 1 >>")
    objs.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                "/Resources << /Font << /F1 5 0 R >> >> >>")
    objs.append("<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
    objs.append("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n%s\nendobj\n" % (i, o)).encode("latin-1")
    x = len(out)
    out += ("xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)).encode()
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, x)).encode()
    return out


def png_bytes(w, h, rgb):
    raw = b"".join(b"\x00" + bytes(rgb) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def zip_bytes(files):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2026, 11, 2, 10, 30, 0))
            zi.flag_bits |= 0x800  # UTF-8 names
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def fake_exe():
    # non-functional stub: a DOS header and zero padding, not a program
    return b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 498


def login_page(brand, action):
    return T("""
    <!DOCTYPE html>
    <html lang="ko"><head><meta charset="utf-8"><title>%s 본인확인</title></head>
    <body style="font-family:'Malgun Gothic',sans-serif">
    <div style="width:380px;margin:60px auto;border:1px solid #ddd;padding:24px">
    <h2>%s</h2><p>문서를 열람하려면 계정 정보를 다시 입력해 주세요.</p>
    <form method="post" action="%s">
    <input name="id" placeholder="아이디 또는 이메일"><br>
    <input name="pw" type="password" placeholder="비밀번호"><br>
    <button type="submit">확인</button></form></div>
    <script>document.forms[0].onsubmit=function(){this.action+="?t="+Date.now();};</script>
    </body></html>
    """) % (escape(brand), escape(brand), action)


# ---------------------------------------------------------------- headers

IP_POOLS = ["192.0.2.", "198.51.100.", "203.0.113."]


def ip():
    return rng.choice(IP_POOLS) + str(rng.randint(2, 250))


def rand_id(n=16, alphabet="abcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


def rfc_date(dt):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    off = dt.utcoffset()
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return "%s, %02d %s %d %02d:%02d:%02d %s%02d%02d" % (
        days[dt.weekday()], dt.day, mons[dt.month - 1], dt.year, dt.hour, dt.minute, dt.second,
        sign, mins // 60, mins % 60)


def rand_dt():
    start = datetime.datetime(2026, 1, 5, tzinfo=KST)
    return start + datetime.timedelta(seconds=rng.randint(0, 326 * 86400))


def dkim_header(domain, body):
    sel = rng.choice(["s1", "selector1", "mail", "k1", "dkim2026", "sel01", "default"])
    bh = base64.b64encode(hashlib.sha256(body).digest()).decode()
    sig = base64.b64encode(bytes(rng.getrandbits(8) for _ in range(256))).decode()
    sig = "\r\n\t ".join(sig[i:i + 64] for i in range(0, len(sig), 64))
    return ("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=%s;\r\n\ts=%s; t=%d;\r\n"
            "\th=from:to:subject:date:message-id:mime-version:content-type;\r\n\tbh=%s;\r\n\tb=%s"
            % (domain, sel, rng.randint(1767000000, 1795000000), bh, sig))


# ---------------------------------------------------------------- message assembly

DEFAULT_SHAPE = {"ham": [("text", 45), ("alt", 40), ("html", 15)],
                 "spam": [("html", 40), ("alt", 35), ("text", 25)],
                 "phish": [("html", 50), ("alt", 30), ("text", 20)],
                 "bulk": [("alt", 60), ("html", 40)]}


def wchoice(pairs):
    tot = sum(w for _, w in pairs)
    r = rng.uniform(0, tot)
    for v, w in pairs:
        r -= w
        if r <= 0:
            return v
    return pairs[-1][0]


def linkify(line):
    out = []
    for tok in line.split(" "):
        bare = tok.rstrip(").,")
        tail = tok[len(bare):]
        if bare.startswith("http://") or bare.startswith("https://"):
            out.append('<a href="%s">%s</a>%s' % (escape(bare), escape(bare), escape(tail)))
        else:
            out.append(escape(tok))
    return " ".join(out)


def html_from_text(text, title, brand=None, color="#333"):
    paras = text.strip().split("\n\n")
    body = "\n".join("<p>%s</p>" % "<br>\n".join(linkify(l) for l in p.split("\n")) for p in paras)
    head = ""
    if brand:
        head = ('<tr><td style="background:%s;color:#fff;padding:14px 20px;font-size:18px;'
                'font-weight:bold">%s</td></tr>\n' % (color, escape(brand)))
    return ("<!DOCTYPE html>\n<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CS__\">"
            "\n<title>%s</title></head>\n<body style=\"margin:0;font-family:'Malgun Gothic','Apple SD Gothic Neo',sans-serif;"
            "font-size:14px;line-height:1.6\">\n<table width=\"640\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\" "
            "style=\"border:1px solid #e5e5e5\">\n%s<tr><td style=\"padding:20px\">\n%s\n</td></tr>\n</table>\n</body></html>\n"
            % (escape(title), head, body))


def build(m):
    cls = m["cls"]
    label = m.get("cs") or wchoice([("utf-8", 58), ("euc-kr", 27), ("ks_c_5601-1987", 15)])
    shape = m.get("shape") or wchoice(DEFAULT_SHAPE[cls])
    if m.get("html") and shape == "text":
        shape = "alt"
    cte_choices = [("base64", 45), ("quoted-printable", 30), ("8bit", 25)]
    cte = m.get("cte") or wchoice(cte_choices)
    hdrmode = m.get("hdr") or wchoice([("B", 70), ("Q", 20), ("raw", 10)])
    name, addr = m["from"]
    domain = addr.split("@")[1]
    text = m["text"]
    html = m.get("html")
    if shape in ("html", "alt") and not html:
        html = html_from_text(text, m["subj"], m.get("brand"), m.get("color", "#333"))
    used_labels = set()

    def tl(sub, content, c=None):
        h, lab = text_leaf(sub, content.replace("__CS__", label), label, c or cte)
        used_labels.add(lab)
        if lab != label and sub == "html":
            h = text_leaf(sub, content.replace("__CS__", lab), label, c or cte)[0]
        return h

    if shape == "text":
        root = tl("plain", text)
    elif shape == "html":
        root = tl("html", html)
    else:
        root = multipart("alternative", [tl("plain", text), tl("html", html)])
    if m.get("images"):
        parts = [root]
        for cid, (w, h, rgb) in m["images"]:
            parts.append(leaf("image/png", ['name="%s.png"' % cid], png_bytes(w, h, rgb), "base64",
                              'inline; filename="%s.png"' % cid) )
            parts[-1][0].append("Content-ID: <%s>" % cid)
        root = multipart("related", parts, ['type="%s"' % ("multipart/alternative" if shape == "alt" else "text/html")])
    atts = m.get("att") or []
    if atts:
        parts = [root]
        for fname, ctype, data in atts:
            style = rng.choice(["2231", "b-utf8", "b-euckr"])
            params, disp = attach_name(fname, style)
            parts.append(leaf(ctype, params, data, "base64", disp))
        root = multipart("mixed", parts)

    final_label = sorted(used_labels)[0] if used_labels else label
    dt = m.get("dt") or rand_dt()
    to = m.get("to") or "%s@%s" % (rng.choice(["jiwon.lee", "hyunsoo.park", "minji.choi", "sales", "info",
                                              "dh.kang", "yerin.song", "admin", "seojun.han", "contact"]), ORG)

    def hdr_text(s):
        if hdrmode == "raw" and final_label == "utf-8":
            return s
        return ew(s, final_label if hdrmode != "raw" else final_label, "Q" if hdrmode == "Q" else "B")

    if name:
        if all(ord(c) < 128 for c in name):
            from_h = '"%s" <%s>' % (name, addr)
        else:
            from_h = "%s <%s>" % (hdr_text(name), addr)
    else:
        from_h = addr
    subj = hdr_text(m["subj"])

    root_hdrs, body = root
    # Received chain: origin -> (relay) -> our MX
    rcv = []
    t = dt
    hops = m.get("hops")
    if hops is None:
        hops = [("mail%d.%s" % (rng.randint(1, 30), domain), ip())]
        if rng.random() < 0.5:
            hops.insert(0, (None, "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(2, 250))))
    for i in range(len(hops) - 1):
        src_host, src_ip = hops[i]
        dst_host = hops[i + 1][0] or ("smtp." + domain)
        t = t + datetime.timedelta(seconds=rng.randint(1, 9))
        rcv.append("Received: from %s (%s [%s])\r\n\tby %s with ESMTP id %s\r\n\tfor <%s>; %s"
                   % (src_host or "[%s]" % src_ip, src_host or "unknown", src_ip, dst_host,
                      rand_id(12).upper(), to, rfc_date(t)))
    final_host, final_ip = hops[-1]
    t = t + datetime.timedelta(seconds=rng.randint(1, 20))
    helo = m.get("helo") or final_host or ("smtp." + domain)
    rcv.append("Received: from %s (%s [%s])\r\n\tby %s (Haetae) with ESMTPS id %s\r\n\tfor <%s>; %s"
               % (helo, final_host or "unknown", final_ip, MX, rand_id(10).upper(), to,
                  rfc_date(t.astimezone(KST))))
    rcv.reverse()

    hdrs = ["Return-Path: <%s>" % (m.get("return_path") or addr)] + rcv
    if m.get("dkim"):
        hdrs.append(dkim_header(m["dkim"] if isinstance(m["dkim"], str) else domain, body))
    hdrs.append("From: " + from_h)
    hdrs.append("To: " + (m.get("to_h") or to))
    if m.get("cc"):
        hdrs.append("Cc: " + m["cc"])
    if m.get("reply_to"):
        hdrs.append("Reply-To: " + m["reply_to"])
    hdrs.append("Subject: " + subj)
    hdrs.append("Date: " + rfc_date(dt))
    if not m.get("no_msgid"):
        mid_dom = m.get("mid_domain") or domain
        hdrs.append("Message-ID: <%s.%s@%s>" % (dt.strftime("%Y%m%d%H%M%S"), rand_id(14), mid_dom))
    hdrs.append("MIME-Version: 1.0")
    for k, v in m.get("extra", []):
        hdrs.append("%s: %s" % (k, v))
    if m.get("unsub"):
        hdrs.append("List-Unsubscribe: " + m["unsub"])
        if "https" in m["unsub"]:
            hdrs.append("List-Unsubscribe-Post: List-Unsubscribe=One-Click")
    if m.get("mailer"):
        hdrs.append("X-Mailer: " + m["mailer"])
    hdrs += root_hdrs
    raw_h = "\r\n".join(hdrs)
    if hdrmode == "raw" and final_label == "utf-8":
        head = raw_h.encode("utf-8")
    else:
        head = raw_h.encode("ascii")
    data = head + b"\r\n\r\n" + body
    kinds = []
    shape_desc = {"text": "text/plain", "html": "text/html", "alt": "multipart/alternative"}[shape]
    if m.get("images"):
        shape_desc = "multipart/related(" + shape_desc + ")"
    if atts:
        shape_desc = "multipart/mixed(" + shape_desc + " + " + ",".join(a[0].rsplit(".", 1)[-1] for a in atts) + ")"
    return data, {"charset": final_label, "cte": cte, "shape": shape_desc,
                  "hdr": "raw-8bit" if (hdrmode == "raw" and final_label == "utf-8") else ("B" if hdrmode == "raw" else hdrmode)}


MSGS = []


def M(cls, frm, subj, text, **kw):
    d = dict(kw)
    d.update(cls=cls, subj=subj, text=text)
    d["from"] = frm
    MSGS.append(d)


# ====================================================================== HAM
def P(*lines):
    return pdf_bytes(list(lines))


M("ham", ("김서연", "seoyeon.kim@" + ORG), "[공지] 이번 주 팀 주간회의 목요일 오후로 변경",
  T("""
  팀원 여러분,

  이번 주 주간회의는 화요일 오전 10시에서 목요일 오후 2시로 변경합니다.
  장소는 7층 대회의실(B)이고, 외근 중이신 분은 기존 Teams 링크로 들어오시면 됩니다.

  안건
  1. 4분기 고객사 유지보수 계약 갱신 현황
  2. 신규 입사자 온보딩 일정
  3. 연말 워크숍 장소 투표 (설문 마감 금요일)

  자료는 공유 드라이브 '주간회의/2026-Q4' 폴더에 올려두었습니다.
  김서연 드림
  """), mailer="Microsoft Outlook 16.0", hops=[(None, "10.20.1.33"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("Park Dohyun", "dohyun.park@" + ORG), "RE: 3분기 실적 보고서 초안 검토 부탁드립니다",
  T("""
  팀장님, 말씀하신 3분기 실적 보고서 초안 첨부합니다.

  - 매출은 전년 동기 대비 12.4% 증가, 영업이익률은 8.1%입니다.
  - 해외 매출 비중이 처음으로 20%를 넘었고, 환율 효과가 약 3억 원 반영되었습니다.
  - 미수금 중 90일 이상 연체 건이 2건 있어서 별도 시트로 정리했습니다.

  수정하실 부분 메모로 남겨 주시면 금요일까지 반영하겠습니다.

  박도현 드림

  -----Original Message-----
  From: 윤태호 <taeho.yoon@haneul.example>
  Sent: Monday, October 12, 2026 9:14 AM
  Subject: 3분기 실적 보고서 초안 검토 부탁드립니다

  도현씨, 이번 주 안에 초안 한 번 볼 수 있을까요?
  """), att=[("2026_3Q_실적보고서_초안.pdf", "application/pdf",
              P("Haneul Information & Communication", "2026 Q3 Performance Report (draft)", "Revenue +12.4% YoY", "Internal use only"))],
  mailer="Microsoft Outlook 16.0", hops=[(None, "10.20.3.14"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("이준영 (대원솔루션)", "jy.lee@daewon-sol.co.kr"), "[대원솔루션] 유지보수 용역계약서 수정본(v3) 송부드립니다",
  T("""
  안녕하세요, 대원솔루션 영업팀 이준영 과장입니다.

  지난 화요일 회의에서 말씀하신 내용 반영하여 2027년 유지보수 용역계약서 수정본(v3)을 보내드립니다.

  주요 변경 사항
  - 제5조 계약금액: 월 4,400,000원(VAT 포함) → 월 4,180,000원(VAT 포함)
  - 제8조 장애 대응 시간: 4시간 이내 현장 방문으로 변경
  - 제12조 지체상금 조항 문구 정리

  검토 후 이견 없으시면 날인본 2부 우편으로 보내드리겠습니다.
  세금계산서는 매월 말일 발행되며, 대금은 익월 10일까지 지정 계좌로 입금해 주시면 됩니다.

  이준영 과장 드림
  대원솔루션(주) 영업2팀 | T. 02-6200-1184 | M. 010-2741-0093
  """), cs="euc-kr", att=[("유지보수_용역계약서_v3.pdf", "application/pdf",
                          P("MAINTENANCE SERVICE AGREEMENT v3", "Daewon Solution Co., Ltd. / Haneul Information & Communication", "Term: 2027-01-01 ~ 2027-12-31"))],
  dkim=True, mailer="Microsoft Outlook 16.0")

M("ham", ("(주)세경정밀 회계팀", "account@sekyung-p.co.kr"), "10월분 거래명세서 및 전자세금계산서 발행 안내",
  T("""
  하늘정보통신 담당자님께,

  항상 거래해 주셔서 감사합니다. (주)세경정밀 회계팀입니다.
  10월분 납품 건에 대한 거래명세서와 전자세금계산서가 발행되었습니다.

  - 공급가액: 7,250,000원
  - 세액: 725,000원
  - 합계: 7,975,000원
  - 승인번호: 20261031-41000012-5k7p2q3m
  - 입금 기한: 2026년 11월 25일

  입금 계좌: 기업은행 482-019283-01-011 (예금주: (주)세경정밀)
  세금계산서 원본은 국세청 홈택스에서도 조회하실 수 있습니다.

  문의: 회계팀 정미경 대리 031-488-2210
  """), cs="ks_c_5601-1987", shape="text", cte="8bit", mailer="Microsoft Outlook Express 6.00.2900.5512")

M("ham", ("정민재", "minjae.jung@" + ORG), "전세대출 갈아타기 관련해서 물어볼 게 있는데요",
  T("""
  대리님, 지난번 점심 때 말씀하신 전세대출 갈아타기 건이요.

  저도 지금 시중은행 전세자금대출 금리가 4.3%인데, 대환대출 플랫폼에서 조회해 보니까
  3.6%대까지 나오더라고요. 한도는 기존이랑 같고 중도상환수수료는 이미 면제 기간이라
  갈아타도 손해는 없을 것 같은데, 대리님은 어느 은행으로 옮기셨어요?

  혹시 신용점수 조회하면 점수 떨어지는지도 궁금합니다 ㅎㅎ
  요즘 '무조건 승인' 이런 문자가 하도 와서 헷갈려서요. 그런 건 다 사기겠죠?

  민재
  """), shape="text", mailer="Microsoft Outlook 16.0", hops=[(None, "10.20.7.80"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("한승우", "seungwoo.han@" + ORG), "RE: 어제 말한 ETF 얘기 + 코인",
  T("""
  ㅋㅋ 어제 술자리에서 한 얘기 진짜 정리해서 보내줄 줄은 몰랐네.

  나는 주식은 그냥 S&P500 ETF랑 나스닥100 ETF 적립식으로 매달 50만 원씩 넣고 끝이야.
  개별 종목은 작년에 2차전지 물렸다가 -30% 찍고 손절한 뒤로 안 해.
  비트코인은 연금처럼 아주 소액만 업비트에서 자동 매수 걸어놨고.

  그리고 단톡방에 누가 초대한 '급등주 무료 리딩방' 있잖아. 그거 절대 들어가지 마.
  처음엔 수익 인증 보여주다가 나중에 VIP방 가입비 300만 원 내라고 하는 전형적인 수법이래.

  다음 주에 점심 먹으면서 더 얘기하자.
  """), shape="text", cs="utf-8")

M("ham", ("오세린", "serin.oh@" + ORG), "제주 워크숍 항공권/숙소 예약 현황 공유",
  T("""
  안녕하세요, 총무 담당 오세린입니다.

  12월 10~12일 제주 워크숍 예약 현황 공유드립니다.

  항공: 12/10 김포 08:05 출발 → 제주 09:15 도착 (제주항공, 단체 22석 확보)
        12/12 제주 18:40 출발 → 김포 19:50 도착
  숙소: 서귀포 ○○리조트 디럭스 11실 (2인 1실), 조식 포함
  렌터카: 11인승 승합 2대

  특가 운임이라 명단 변경은 12/1까지만 무료입니다. 변경 필요하신 분은 그 전에 꼭 말씀해 주세요.
  개인 일정으로 하루 더 머무르실 분은 귀경 항공편 개별 예약 후 영수증 제출하시면 차액 정산해 드립니다.
  """), att=[("워크숍_일정표.pdf", "application/pdf", P("2026 Year-end Workshop, Jeju", "Dec 10-12", "Flight / Hotel / Car"))])

M("ham", ("엄마", "sunhee1962@hanmail.net"), "김장 이번 주 토요일에 한다",
  T("""
  아들~ 바쁘지?

  이번 토요일에 외할머니댁에서 김장한다. 배추 40포기 주문해놨어.
  아침 9시까지 오면 되고 올 때 고무장갑이랑 큰 김치통 두 개만 사와라.

  지난주에 택배로 반찬 보냈는데 잘 받았니? 우체국에서 문자 왔다는데 네가 답이 없어서.
  멸치볶음은 냉장고에 넣고 일주일 안에 먹어.

  감기 조심하고 밥 잘 챙겨 먹어.
  엄마가
  """), cs="euc-kr", shape="text", cte="base64", mailer="Daum Web Mailer")

M("ham", ("문가은", "gaeun.moon92@naver.com"), "나 결혼해! 모바일 청첩장 보내♡",
  T("""
  지원아 안녕!! 오랜만에 메일로 연락하네 ㅎㅎ

  나 드디어 내년 3월에 결혼해. 카톡으로도 보냈는데 혹시 못 볼까 봐 메일로도 보내.
  일시: 2027년 3월 13일(토) 오후 1시 20분
  장소: 서울 강남구 ○○웨딩홀 5층 그랜드볼룸

  모바일 청첩장: https://www.barunsoncard.com/m/invitation/kge0313

  바쁘겠지만 와주면 너무 좋을 것 같아. 조만간 밥 한번 먹자! 내가 살게
  가은
  """), cs="utf-8", mailer="NAVER Mail")

M("ham", ("서울고 42회 동창회", "sgh42-alumni@googlegroups.com"), "[부고] 노승민 동문 부친상",
  T("""
  동문 여러분께 삼가 알려드립니다.

  우리 42회 노승민 동문의 부친께서 11월 17일 별세하셨기에 알려드립니다.

  빈소: ○○대학교병원 장례식장 3호실
  발인: 11월 19일(목) 오전 7시
  장지: ○○추모공원

  마음 전하실 곳: 노승민 (상주) 신한은행 110-482-913705
  직접 조문이 어려운 분들은 위 계좌로 조의를 표하실 수 있습니다.

  42회 동창회 총무 드림
  --
  이 메일은 Google 그룹스 '서울고 42회 동창회' 그룹을 구독하셨기 때문에 발송되었습니다.
  """), shape="text", cs="utf-8", cte="quoted-printable",
  extra=[("List-Id", "<sgh42-alumni.googlegroups.com>"), ("Precedence", "list"),
         ("Sender", "sgh42-alumni@googlegroups.com")],
  unsub="<mailto:sgh42-alumni+unsubscribe@googlegroups.com>", dkim="googlegroups.com")

M("ham", ("연세대학교 학사지원팀", "haksa@yonsei.ac.kr"), "[학사지원팀] 2026학년도 2학기 성적 이의신청 기간 안내",
  T("""
  2026학년도 2학기 성적 열람 및 이의신청 일정을 다음과 같이 안내합니다.

  1. 성적 열람: 2026. 12. 22.(화) 10:00 ~ 12. 28.(월) 17:00
  2. 이의신청: 위 기간 중 포털 → 학사정보 → 성적 → 성적이의신청 메뉴
  3. 성적 확정: 2027. 1. 4.(월)

  ※ 강의평가를 완료하지 않은 경우 성적 열람이 제한됩니다.
  ※ 학교는 이메일이나 문자로 포털 비밀번호를 묻지 않습니다. 학사 공지를 사칭한 피싱 메일에 유의하시기 바랍니다.

  연세대학교 포털: https://portal.yonsei.ac.kr
  학사지원팀 02-2123-0000
  """), brand="연세대학교 학사지원팀", color="#003876", dkim=True)

M("ham", ("국가장학금 안내", "noreply@kosaf.go.kr"), "[한국장학재단] 2027년 1학기 국가장학금 1차 신청 안내",
  T("""
  안녕하세요. 한국장학재단입니다.

  2027년 1학기 국가장학금 1차 신청 기간을 안내드립니다.

  ■ 신청기간: 2026. 11. 23.(월) 9시 ~ 12. 29.(화) 18시
  ■ 신청방법: 한국장학재단 홈페이지(www.kosaf.go.kr) 또는 모바일 앱
  ■ 서류제출 및 가구원 동의: 2026. 11. 23. ~ 2027. 1. 8.

  재학생은 가급적 1차에 신청해 주시기 바랍니다. 지급 금액은 소득구간에 따라 달라지며
  학자금 대출 신청은 별도 메뉴에서 진행합니다.

  ※ 재단은 장학금 지급을 이유로 수수료나 개인 계좌 비밀번호를 요구하지 않습니다.
  자세히 보기: https://www.kosaf.go.kr/ko/scholar.do
  """), brand="한국장학재단", color="#0b4ea2", dkim=True, cs="euc-kr")

M("ham", ("한빛초등학교", "admin@hanbit.es.kr"), "[가정통신문] 겨울방학 방과후학교 수강 신청 및 안전 교육 안내",
  T("""
  학부모님 안녕하십니까?

  겨울방학 방과후학교 수강 신청을 아래와 같이 받습니다.
  - 신청 기간: 12월 1일(화) ~ 12월 4일(금)
  - 신청 방법: e알리미 앱 또는 첨부 신청서를 담임 선생님께 제출
  - 수강료: 자유수강권 대상 학생은 무료

  아울러 최근 '학교 급식비 환불' 등을 사칭한 문자가 돌고 있습니다.
  학교는 문자로 결제 링크를 보내지 않으니 의심스러운 경우 행정실(02-000-1234)로 문의해 주십시오.

  한빛초등학교장
  """), cs="ks_c_5601-1987", att=[("겨울방학_방과후_신청서.pdf", "application/pdf",
                                 P("Hanbit Elementary School", "Winter after-school program application"))])

M("ham", ("래미안○○아파트 관리사무소", "office@raemian-apt.example"), "[관리사무소] 승강기 정기점검 및 단수 안내 (11/24~11/25)",
  T("""
  입주민 여러분께 알려드립니다.

  1. 승강기 정기점검
     - 일시: 11월 24일(화) 10:00 ~ 16:00
     - 대상: 101동 ~ 104동 (동별 약 1시간 소요)
  2. 저수조 청소에 따른 단수
     - 일시: 11월 25일(수) 09:00 ~ 13:00
     - 단수 전 생활용수를 미리 받아두시기 바랍니다.

  관리비 자동이체 신청은 관리사무소 방문 또는 아파트 앱에서 가능합니다.
  관리사무소 031-000-4500 (평일 09:00~18:00)
  """), cs="euc-kr", shape="text")

M("ham", ("관리사무소", "office@raemian-apt.example"), "2026년 10월분 관리비 고지서",
  T("""
  101동 1203호 입주민님, 10월분 관리비를 안내드립니다.

  일반관리비 68,400원 / 청소비 21,000원 / 승강기유지비 9,800원
  전기료(세대) 54,210원 / 수도료(세대) 23,900원 / 난방비 0원
  장기수선충당금 31,500원
  당월 부과액 합계: 208,810원

  납부 마감: 11월 30일 (미납 시 연체료 2% 가산)
  가상계좌: 우리은행 262-000000-01-203 (입주자대표회의)
  자동이체 고객님은 25일에 출금됩니다.
  """), cs="ks_c_5601-1987", shape="html", cte="base64")

M("ham", ("서울대학교병원", "reservation@snuh.org"), "[서울대학교병원] 진료 예약 안내",
  T("""
  최하은 님, 서울대학교병원입니다.

  진료 예약 내역을 안내해 드립니다.
  - 진료과: 내분비대사내과
  - 일시: 2026년 12월 3일(목) 오전 10시 40분
  - 장소: 본관 1층 내과 외래
  - 검사: 진료 전 채혈 (8시간 금식)

  예약 변경·취소: 1588-5700 또는 병원 앱
  진료비 결제는 병원 앱의 '모바일 수납'에서도 가능합니다.
  https://www.snuh.org
  """), brand="서울대학교병원", color="#005baa", dkim=True)

M("ham", ("KMI 한국의학연구소", "noreply@kmi.or.kr"), "[KMI] 건강검진 결과가 등록되었습니다",
  T("""
  배나래 고객님, 2026년 11월 5일 받으신 종합건강검진 결과가 등록되었습니다.

  결과지는 KMI 홈페이지 '검진결과 조회'에서 본인인증 후 확인하실 수 있으며,
  우편 결과지는 약 7일 후 도착합니다.

  재검 권고 항목이 있는 경우 결과 상담 예약을 권해 드립니다.
  결과 조회: https://www.kmi.or.kr/result
  상담 문의: 1588-0000
  """), brand="KMI 한국의학연구소", color="#00857c", dkim=True, cs="euc-kr")

M("ham", ("국민건강보험공단", "webmaster@nhis.or.kr"), "[국민건강보험] 2026년 일반건강검진 대상자 안내 (미수검)",
  T("""
  귀하는 2026년 일반건강검진 대상자이나 아직 검진을 받지 않으셨습니다.
  12월 31일까지 가까운 검진기관에서 무료로 검진받으시기 바랍니다.

  - 검진기관 찾기: 국민건강보험 홈페이지(www.nhis.or.kr) 또는 The건강보험 앱
  - 준비물: 신분증
  - 비용: 본인부담 없음 (일부 추가 검사 제외)

  ※ 공단은 문자·메일로 인터넷 주소(URL) 클릭을 요구하거나 앱 설치를 권유하지 않습니다.
  고객센터 1577-1000
  """), brand="국민건강보험공단", color="#1a5fb4", dkim=True, cs="euc-kr")

M("ham", ("국세청 홈택스", "hometax@nts.go.kr"), "[국세청] 2026년 귀속 연말정산 간소화 서비스 개통 안내",
  T("""
  국세청은 2027년 1월 15일(금)부터 연말정산 간소화 서비스를 개통합니다.

  ○ 조회 기간: 2027. 1. 15.(금) ~
  ○ 이용 방법: 홈택스(www.hometax.go.kr) 또는 손택스 앱 → 장려금·연말정산·전자기부금
  ○ 1월 18일부터 수정·추가 자료가 반영된 최종 자료를 제공합니다.

  국세청은 환급금 지급을 이유로 문자나 메일에 인터넷 주소를 넣어 보내지 않습니다.
  '환급금 조회' 등을 사칭한 메일은 열지 말고 삭제하시기 바랍니다.

  홈택스 바로가기: https://www.hometax.go.kr
  국세상담센터 126
  """), brand="국세청 Hometax", color="#2c4a8a", dkim=True, shape="alt")

M("ham", ("정부24", "noreply@gov.kr"), "[정부24] 신청하신 민원의 처리 결과를 알려드립니다",
  T("""
  홍유찬 님, 정부24에서 신청하신 민원의 처리가 완료되었습니다.

  - 민원명: 주민등록표 등본(초본) 교부
  - 신청일: 2026-11-09
  - 처리기관: 서울특별시 마포구 ○○동 주민센터
  - 처리결과: 발급 완료 (전자문서지갑 보관)

  정부24 로그인 후 '나의 생활정보 > 신청내역'에서 확인하실 수 있습니다.
  https://www.gov.kr
  """), brand="정부24", color="#003a8c", dkim=True)

M("ham", ("경찰청 사이버수사국", "cyber@police.go.kr"), "[경찰청] 연말 택배·환급 사칭 스미싱 주의보",
  T("""
  경찰청은 연말 택배 물량 증가와 연말정산 시기를 틈탄 스미싱 피해가 급증함에 따라 주의보를 발령합니다.

  주요 수법
  1. "주소 불일치로 배송이 보류되었습니다" - 택배사 사칭 문자·메일의 링크 클릭 유도
  2. "환급금이 있습니다, 지금 조회하세요" - 국세청·건강보험공단 사칭
  3. "해외결제 승인 완료, 본인이 아니면 전화 주세요" - 카드사 사칭 후 원격제어 앱 설치 유도
  4. 모바일 청첩장·부고장을 가장한 악성 앱(APK) 설치 유도

  예방 수칙
  - 출처가 불분명한 링크는 누르지 말고, 공식 앱·대표번호로 직접 확인하세요.
  - 경찰·검찰·금융감독원은 절대 전화로 송금이나 앱 설치를 요구하지 않습니다.

  피해 신고: 경찰청 112 / 사이버범죄 신고시스템 https://ecrm.police.go.kr
  """), brand="경찰청 사이버수사국", color="#0f2a5f", dkim=True, cs="euc-kr")

M("ham", ("KISA 보호나라", "krcert@krcert.or.kr"), "[보호나라] 공공기관 사칭 악성 메일 유포 주의 권고",
  T("""
  한국인터넷진흥원(KISA)은 최근 공공기관을 사칭하여 악성 파일을 첨부한 메일이 대량 유포되고 있어 주의를 당부드립니다.

  ○ 확인된 제목 예시: '출석요구서', '과태료 부과 사전통지', '세금계산서 발행'
  ○ 첨부 형태: .zip, .html, 문서 파일로 위장한 실행 파일(.exe, .lnk)
  ○ 조치 방법: 발신자 주소를 확인하고 출처가 불분명한 첨부파일은 실행하지 마십시오.
    백신을 최신 버전으로 업데이트하고 의심 메일은 118로 신고해 주십시오.

  자세한 내용: https://www.boho.or.kr/kr/bbs/list.do?menuNo=205020
  """), brand="KISA 보호나라&KrCERT/CC", color="#00437a", dkim=True, cs="utf-8")

M("ham", ("KB국민은행", "kbmaster@kbstar.com"), "[KB국민은행] 정기예금 만기 도래 안내",
  T("""
  고객님께서 가입하신 예금의 만기가 다가와 안내드립니다.

  - 상품명: KB Star 정기예금
  - 계좌번호: 123456-**-***789
  - 만기일: 2026년 12월 14일
  - 만기 후 이율: 연 0.1% (만기 후 1개월 이내)

  만기 해지 또는 재예치는 KB스타뱅킹 앱, 인터넷뱅킹(www.kbstar.com) 또는 가까운 영업점에서 가능합니다.
  KB국민은행은 어떠한 경우에도 메일로 보안카드 번호나 OTP 번호 전체를 요구하지 않습니다.

  고객센터 1588-9999
  """), brand="KB국민은행", color="#60584c", dkim=True, cs="euc-kr")

M("ham", ("신한은행", "webmaster@shinhan.com"), "[신한은행] 예약이체 처리 결과 안내",
  T("""
  고객님의 예약이체가 처리되었습니다.

  - 처리일시: 2026-11-25 09:00
  - 출금계좌: 110-***-***512
  - 입금은행/계좌: 우리은행 1002-***-***881
  - 받는분: 권다희
  - 금액: 350,000원
  - 처리결과: 정상

  본인이 요청하지 않은 거래인 경우 신한은행 고객센터(1599-8000)로 연락 주시기 바랍니다.
  """), brand="신한은행", color="#0046ff", dkim=True, cs="utf-8")

M("ham", ("KB국민카드", "kbcard@kbcard.com"), "[KB국민카드] 2026년 11월 이용대금명세서",
  T("""
  장우진 님의 2026년 11월 이용대금명세서입니다.

  결제일: 2026년 11월 25일
  결제하실 금액: 1,284,530원
   - 일시불: 982,100원
   - 할부: 302,430원 (3건)
   - 카드론 상환: 0원

  결제계좌: 국민은행 ***-**-****112
  명세서 상세: https://card.kbcard.com/CXPRIMYS0001.cms

  ※ 본 메일은 발신 전용입니다. 문의: 고객센터 1588-1688
  """), brand="KB국민카드", color="#ffbc00", dkim=True, cs="euc-kr", shape="html")

M("ham", ("신한카드", "shcard@shinhancard.com"), "[신한카드] 해외 승인 내역 안내",
  T("""
  신한카드 해외 이용 안내드립니다.

  카드: 신한카드 Deep Dream(5***-****-****-1204)
  승인일시: 2026/11/21 03:14 (한국시각)
  가맹점: AIRBNB * HMXR2Q  (IRELAND)
  승인금액: USD 412.80

  본인이 사용하신 내역이 아닌 경우 신한 SOL페이 앱에서 해외결제 차단을 설정하시거나
  카드 뒷면에 표기된 고객센터(1544-7000)로 연락 주세요.
  이용내역 조회: https://www.shinhancard.com
  """), brand="신한카드", color="#1e3c93", dkim=True)

M("ham", ("현대카드", "no-reply@hyundaicard.com"), "[현대카드] 이번 달 이용 내역을 확인하세요",
  T("""
  서동혁 님, 11월 1일 ~ 11월 27일 현대카드 이용 내역입니다.

  총 이용금액 843,200원
  - 쇼핑 312,000원 · 식음 198,700원 · 교통 64,500원 · 기타 268,000원

  다음 결제 예정일 12월 12일.
  M포인트 적립 9,480P (누적 42,310P)

  상세 내역은 현대카드 앱 또는 https://www.hyundaicard.com 에서 확인하실 수 있습니다.
  """), brand="Hyundai Card", color="#000000", dkim=True, cs="utf-8")

M("ham", ("삼성카드", "webmaster@samsungcard.com"), "[삼성카드] 결제일 및 결제금액 안내",
  T("""
  고객님, 삼성카드 결제일 안내입니다.

  결제일: 12월 14일
  결제금액: 462,900원
  결제계좌: 하나은행 ***-******-***07

  결제일 전날까지 계좌 잔액을 확인해 주세요. 연체 시 연체이자율이 적용됩니다.
  리볼빙(일부결제금액이월약정) 이용 중이시라면 이월 금액에 수수료가 발생합니다.

  삼성카드 https://www.samsungcard.com
  """), brand="삼성카드", color="#034ea2", dkim=True, cs="ks_c_5601-1987")

M("ham", ("쿠팡", "no-reply@coupang.com"), "주문하신 상품이 배송 완료되었습니다",
  T("""
  구본석 님, 주문하신 상품이 배송 완료되었습니다.

  주문번호 31000148827713
  상품: 로켓배송 | 3M 스카치 브라이트 수세미 외 2건
  배송지: 서울 마포구 ******
  배송완료: 2026.11.20 (금) 06:41 · 문 앞

  상품을 받지 못하셨나요? 쿠팡 앱 > 마이쿠팡 > 주문목록에서 문의해 주세요.
  https://mc.coupang.com/ssr/desktop/order/list
  """), brand="coupang", color="#e52528", dkim=True, cs="utf-8")

M("ham", ("쿠팡", "no-reply@coupang.com"), "[쿠팡] 환불이 완료되었습니다",
  T("""
  안소율 님, 요청하신 반품의 환불이 완료되었습니다.

  주문번호: 31000151002468
  환불 금액: 39,800원
  환불 수단: 쿠팡페이 머니 (즉시 환불)

  카드 환불은 카드사 사정에 따라 3~5영업일이 걸릴 수 있습니다.
  주문목록: https://www.coupang.com/np/mypage
  """), brand="coupang", color="#e52528", dkim=True, cs="utf-8", shape="html")

M("ham", ("CJ대한통운", "noreply@cjlogistics.com"), "[CJ대한통운] 고객님의 상품이 오늘 배송될 예정입니다",
  T("""
  고객님의 상품이 오늘 배송될 예정입니다.

  운송장번호: 6891-2741-0052
  보내는 분: 오늘의집
  배송 예정: 11월 19일 14시~18시
  배송 기사: 이○○ (010-****-2231)

  배송 조회: https://www.cjlogistics.com/ko/tool/parcel/tracking
  ※ CJ대한통운은 주소 변경을 이유로 결제를 요구하거나 앱 설치 링크를 보내지 않습니다.
  """), brand="CJ대한통운", color="#f58220", dkim=True)

M("ham", ("우체국택배", "epost@epost.go.kr"), "[우체국택배] 소포 배달 완료 알림",
  T("""
  안녕하세요. 우체국입니다.

  등기번호 6071234567890 소포가 배달 완료되었습니다.
  - 수령인: 본인
  - 배달일시: 2026-11-13 16:22
  - 배달국: 서울마포우체국

  배달 조회: https://service.epost.go.kr/iservice/usr/trace/usrtrc001k01.jsp
  """), brand="우체국", color="#d71920", dkim=True, cs="euc-kr")

M("ham", ("배달의민족", "noreply@baemin.com"), "[배달의민족] 주문 영수증",
  T("""
  주문해 주셔서 감사합니다.

  가게: 교촌치킨 ○○점
  주문일시: 2026.10.30 19:42
  메뉴: 허니콤보 1 / 웨지감자 1 / 콜라 1.25L 1
  주문금액 27,000원 · 배달팁 3,000원 · 쿠폰할인 -3,000원
  결제금액 27,000원 (배민페이 · 토스뱅크)

  리뷰를 남기면 다음 주문에 쓸 수 있는 포인트를 드려요.
  https://www.baemin.com
  """), brand="배달의민족", color="#2ac1bc", dkim=True, cs="utf-8")

M("ham", ("토스", "noreply@toss.im"), "10월 토스 소비 리포트가 도착했어요",
  T("""
  신재원 님, 10월 한 달 동안 이렇게 쓰셨어요.

  총 지출 1,873,400원 (지난달보다 12% 줄었어요)
  가장 많이 쓴 곳: 식비 482,000원
  고정 지출: 통신비, 구독료, 보험료 312,900원

  신용점수 변동 없음 · 대출 이자 납입일 11월 5일

  토스 앱에서 자세히 보기: https://toss.im/spending
  """), brand="toss", color="#0064ff", dkim=True, cs="utf-8", shape="html")

M("ham", ("카카오", "noreply@kakaocorp.com"), "[카카오] 새로운 기기에서 카카오계정에 로그인했습니다",
  T("""
  카카오계정(ka****@kakao.com)에 새로운 기기에서 로그인했습니다.

  일시: 2026년 11월 26일 22:41
  기기: Chrome (Windows)
  위치: 대한민국 서울

  본인이 로그인한 것이 맞다면 이 메일은 무시하셔도 됩니다.
  본인이 아니라면 카카오톡 앱 > 설정 > 카카오계정 > 보안에서 비밀번호를 변경하고
  모든 기기에서 로그아웃하세요.
  카카오계정 관리: https://accounts.kakao.com
  """), brand="kakao", color="#fee500", dkim=True, cs="utf-8")

M("ham", ("네이버", "navermail_noreply@navercorp.com"), "[네이버] 2단계 인증이 설정되었습니다",
  T("""
  ho****님, 네이버 아이디에 2단계 인증이 설정되었습니다.

  설정 일시: 2026.09.02 08:15
  인증 기기: Galaxy S25

  앞으로 새로운 기기에서 로그인할 때 등록된 기기로 인증 알림이 전송됩니다.
  본인이 설정하지 않았다면 네이버 고객센터에서 즉시 확인해 주세요.
  https://nid.naver.com/user2/help/myInfo
  """), brand="NAVER", color="#03c75a", dkim="navercorp.com", cs="utf-8")

M("ham", ("NHN Cloud", "billing@nhn.com"), "[NHN Cloud] 2026년 10월 이용요금 청구서",
  T("""
  하늘정보통신 고객님, NHN Cloud 10월 이용요금을 안내드립니다.

  조직: haneul-prod
  청구금액: 1,962,420원 (VAT 포함)
   - Compute 1,204,000원
   - Object Storage 318,200원
   - Load Balancer 262,000원
  납부기한: 2026년 11월 20일 (등록 카드 자동결제)

  세금계산서는 콘솔 > 결제 관리에서 다운로드하실 수 있습니다.
  https://console.nhncloud.com
  """), brand="NHN Cloud", color="#125de6", dkim=True, cs="utf-8",
  att=[("NHNCloud_Invoice_202610.pdf", "application/pdf", P("NHN Cloud Invoice 2026-10", "Organization: haneul-prod", "Total KRW 1,962,420"))])

M("ham", ("G마켓", "gmarket@gmarket.co.kr"), "[G마켓] 주문이 접수되었습니다",
  T("""
  고객님의 주문이 정상적으로 접수되었습니다.

  주문번호: 4189920741
  상품명: 필립스 전동칫솔 소닉케어 9000 (리필모 2개 증정)
  결제금액: 142,900원 (신용카드 일시불)
  판매자: 헬스케어몰

  배송 조회 및 취소 신청은 G마켓 앱 > 나의 쇼핑정보에서 가능합니다.
  https://my.gmarket.co.kr
  """), brand="Gmarket", color="#00b33c", dkim=True, cs="euc-kr")

M("ham", ("무신사", "help@musinsa.com"), "[무신사] 교환 신청이 접수되었습니다",
  T("""
  안녕하세요, 무신사입니다.

  주문번호 202611051938270001 교환 신청이 접수되었습니다.
  상품: 무신사 스탠다드 울 블렌드 오버사이즈 코트 (L → XL)
  회수 예정: 11월 8일 · CJ대한통운

  상품을 박스에 담아 문 앞에 두시면 기사님이 회수합니다.
  https://www.musinsa.com/order-service/my/order
  """), brand="MUSINSA", color="#000000", dkim=True)

M("ham", ("뉴닉 NEWNEEK", "whatsup@newneek.co"), "🦔 금리 내려도 대출은 어렵다? 이번 주 뉴닉",
  T("""
  안녕 뉴니커! 이번 주 뉴닉에서 알아볼 이야기야.

  1. 기준금리 또 내렸는데, 왜 대출은 더 어려워졌을까?
  가계부채 관리 때문에 은행들이 주택담보대출 한도를 줄이고 있어. 금리는 내려도 '대출 문턱'은 높아진 셈이지.

  2. 비트코인, 또 사상 최고가?
  현물 ETF 자금이 몰리면서 코인 시장이 들썩이고 있어. 다만 변동성이 큰 만큼 '묻지마 투자'는 조심!

  3. 불법 리딩방 피해 신고 급증
  금융감독원에 따르면 유튜브·카카오톡 오픈채팅에서 '무료 종목 추천'으로 유인하는 불법 리딩방 피해가 늘고 있대.

  더 읽기: https://newneek.co/@newneek/article/2026-47

  뉴닉은 구독자에게만 보내는 뉴스레터야. 더 받고 싶지 않다면 여기서 구독을 해지할 수 있어:
  https://newneek.co/unsubscribe
  """), brand="NEWNEEK", color="#ff6b00", dkim=True, cs="utf-8",
  unsub="<https://newneek.co/unsubscribe?u=8f2a71c0>, <mailto:unsubscribe@newneek.co>")

M("ham", ("어피티 UPPITY", "letter@uppity.co.kr"), "[머니레터] 연말정산 전에 꼭 챙길 3가지 + 이번 주 증시",
  T("""
  안녕하세요, 머니레터 구독자님!

  ▶ 연말정산 전에 챙길 것
  1) 연금저축·IRP 납입 한도 확인 (합산 900만 원까지 세액공제)
  2) 신용카드 vs 체크카드 사용 비율 점검
  3) 월세 세액공제 서류 준비

  ▶ 이번 주 증시
  코스피는 반도체 대형주 중심으로 2% 상승, 코스닥은 2차전지 약세로 보합.
  미국 주식은 금리 인하 기대감에 나스닥이 사상 최고치를 경신했어요.

  ※ 본 레터는 투자 권유가 아니며, 투자 판단의 책임은 본인에게 있습니다.

  수신을 원하지 않으시면 구독 해지: https://uppity.co.kr/unsubscribe
  """), brand="UPPITY 머니레터", color="#6a3df0", dkim=True, cs="utf-8",
  unsub="<https://uppity.co.kr/unsubscribe?id=ab31f>")

M("ham", ("GeekNews", "news@hada.io"), "GeekNews 주간 뉴스 #312",
  T("""
  이번 주 GeekNews 인기 글

  - Swift 6.2 릴리스: 서버 사이드 동시성 개선
  - PostgreSQL 18의 비동기 I/O 벤치마크
  - "우리는 왜 모노레포를 포기했나" - 국내 스타트업 회고
  - 메일 스팸 필터, 규칙 기반에서 통계 기반으로 (Show GN)
  - 피싱 도메인 탐지를 위한 IDN 동형 문자 분석

  전체 보기: https://news.hada.io/weekly/312
  구독 해지: https://news.hada.io/unsubscribe
  """), dkim=True, cs="utf-8", shape="text", unsub="<https://news.hada.io/unsubscribe?k=72ef>")

M("ham", ("황보경", "bkhwang@kaist.ac.kr"), "[python-korea] asyncio 작업 취소 시 예외 처리 질문",
  T("""
  안녕하세요, 파이썬 메일링 리스트에 처음 질문 올립니다.

  asyncio.TaskGroup 안에서 작업 하나가 실패하면 나머지 작업이 취소되는데,
  취소된 작업의 finally 블록에서 await를 하면 CancelledError가 다시 올라오는 것 같습니다.

      async with asyncio.TaskGroup() as tg:
          tg.create_task(fetch(url1))
          tg.create_task(fetch(url2))

  정리 작업(소켓 닫기 등)을 안전하게 하려면 asyncio.shield를 써야 할까요?
  Python 3.13 사용 중입니다. 조언 부탁드립니다.

  --
  python-korea mailing list
  https://lists.python.or.kr/mailman/listinfo/python-korea
  """), shape="text", cs="utf-8", cte="8bit",
  extra=[("List-Id", "Python Korea <python-korea.lists.python.or.kr>"), ("Precedence", "list"),
         ("List-Post", "<mailto:python-korea@lists.python.or.kr>")],
  unsub="<https://lists.python.or.kr/mailman/options/python-korea>, <mailto:python-korea-request@lists.python.or.kr?subject=unsubscribe>",
  hops=[("mail.kaist.ac.kr", ip()), ("lists.python.or.kr", ip())])

M("ham", ("하늘산악회", "hanul-hiking@groups.example"), "[하늘산악회] 12월 정기산행 공지 - 북한산 (회비 안내)",
  T("""
  회원님들 안녕하세요. 12월 정기산행 공지입니다.

  일시: 12월 13일(일) 오전 8시 30분
  집결: 3호선 구파발역 1번 출구
  코스: 북한산성 입구 → 대남문 → 구기동 (약 5시간)
  회비: 20,000원 (뒤풀이 포함) - 총무 계좌 카카오뱅크 3333-01-2748291 (유하늘)

  겨울 산행이니 아이젠, 방한장갑 꼭 챙기세요.
  참석 여부는 목요일까지 답장 주세요!
  """), cs="euc-kr", shape="text", extra=[("List-Id", "<hanul-hiking.groups.example>"), ("Precedence", "list")])

M("ham", ("인사팀", "hr@" + ORG), "2026년 11월 급여명세서 송부 (비밀번호: 생년월일 6자리)",
  T("""
  임직원 여러분, 11월 급여명세서를 송부합니다.

  첨부 파일은 개인정보 보호를 위해 암호가 설정되어 있습니다.
  비밀번호: 본인 생년월일 6자리 (예: 900101)

  - 급여 지급일: 11월 25일
  - 이번 달 변경 사항: 연말 성과급 1차분 반영, 국민연금 기준소득월액 조정

  급여 관련 문의는 인사팀 송예린 매니저(내선 2204)에게 해 주세요.
  ※ 인사팀은 메일로 계좌 비밀번호나 공동인증서 암호를 묻지 않습니다.
  """), att=[("급여명세서_202611.pdf", "application/pdf", P("Payslip 2026-11", "Encrypted copy", "Haneul Information & Communication"))],
  hops=[(None, "10.20.9.2"), ("smtp.haneul.example", "10.20.0.5")], cs="ks_c_5601-1987")

M("ham", ("인사팀", "hr@" + ORG), "[인사팀] 연말정산 추가 서류 제출 안내 (12/31까지)",
  T("""
  연말정산 관련하여 간소화 자료에서 조회되지 않는 서류는 아래와 같이 제출해 주세요.

  - 월세 세액공제: 임대차계약서 사본, 월세 이체 내역
  - 안경 구입비: 안경점 영수증 (1인당 50만 원 한도)
  - 기부금: 기부금 영수증
  - 주택자금 차입금 이자상환액(주택담보대출 이자): 금융기관 발급 상환증명서

  제출: 그룹웨어 > 전자결재 > 연말정산 서류 제출
  마감: 12월 31일(목)
  """), shape="text", hops=[(None, "10.20.9.2"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("인사팀", "hr@" + ORG), "복지포인트 2026년 하반기분 지급 완료 안내",
  T("""
  임직원 여러분, 하반기 복지포인트 500,000P가 지급되었습니다.

  사용처: 복지몰(이지웰), 제휴 카드 결제 후 정산 신청
  사용 기한: 2026년 12월 31일 (미사용분 소멸)
  정산 신청: 그룹웨어 > 복리후생 > 포인트 정산

  연말에 몰리면 정산이 늦어질 수 있으니 미리 신청해 주세요.
  """), hops=[(None, "10.20.9.2"), ("smtp.haneul.example", "10.20.0.5")], cs="utf-8")

M("ham", ("권다희", "dahee.kwon.dev@gmail.com"), "[지원서] 백엔드 개발자(경력) 포지션 지원합니다 - 권다희",
  T("""
  안녕하세요, 채용 담당자님.

  하늘정보통신 백엔드 개발자(경력 3년 이상) 공고를 보고 지원합니다.
  현재 핀테크 스타트업에서 4년째 결제·정산 시스템을 개발하고 있으며,
  Kotlin/Spring과 PostgreSQL, Kafka 기반 대용량 트랜잭션 처리 경험이 있습니다.

  이력서와 포트폴리오를 첨부드립니다.
  - 이력서_권다희.pdf
  - 포트폴리오_권다희.zip (프로젝트 설명서, 아키텍처 다이어그램)

  검토해 주셔서 감사합니다.
  권다희 드림 (010-3318-7402)
  """), att=[("이력서_권다희.pdf", "application/pdf", P("Resume - Dahee Kwon", "Backend Engineer, 4 years", "Kotlin / Spring / PostgreSQL / Kafka")),
             ("포트폴리오_권다희.zip", "application/zip",
              zip_bytes([("프로젝트_설명서.pdf", P("Settlement system redesign")), ("architecture.png", png_bytes(32, 24, (40, 90, 160)))]))],
  dkim="gmail.com", mailer=None, cs="utf-8", shape="text", hops=[("mail-sor-f41.google.com", ip())], to="recruit@" + ORG)

M("ham", ("Noh Yechan", "yechan.noh@kakao.com"), "경력기술서 및 포트폴리오 링크 전달드립니다 (데이터 분석가 지원)",
  T("""
  안녕하세요. 데이터 분석가 포지션에 지원한 노예찬입니다.

  요청하신 경력기술서를 첨부드리며, 포트폴리오는 아래 링크에서 보실 수 있습니다.
  https://github.com/yechan-noh-portfolio

  면접 가능 일정은 평일 오후 4시 이후입니다.
  감사합니다.
  """), att=[("경력기술서_노예찬.pdf", "application/pdf", P("Career description - Yechan Noh", "Data Analyst", "SQL, Python, A/B testing"))],
  cs="euc-kr", to="recruit@" + ORG, dkim="kakao.com")

M("ham", ("하늘정보통신 채용팀", "recruit@" + ORG), "[하늘정보통신] 1차 면접 일정 안내",
  T("""
  권다희 님, 하늘정보통신 백엔드 개발자 포지션에 지원해 주셔서 감사합니다.
  서류 전형 합격을 축하드리며 1차 면접 일정을 안내드립니다.

  - 일시: 12월 2일(수) 오후 3시
  - 방식: 대면 면접 (서울 마포구 본사 9층) / 약 60분
  - 준비물: 신분증
  - 코딩 과제 없이 기술 면접과 경력 대화로 진행됩니다.

  일정 조율이 필요하시면 본 메일로 회신해 주세요.
  """), to="dahee.kwon.dev@gmail.com", hops=[(None, "10.20.9.4"), ("smtp.haneul.example", "10.20.0.5")], cs="utf-8")

M("ham", ("임채원", "chaewon.lim@" + ORG), "[장애보고] 11/18 결제 API 응답 지연 원인 및 조치 결과",
  T("""
  관련자분들께 공유드립니다.

  ■ 발생 시각: 2026-11-18 14:02 ~ 14:37 (35분)
  ■ 영향: 결제 승인 API p99 응답 8초 이상, 고객사 3곳 결제 실패율 4% 증가
  ■ 원인: DB 커넥션 풀 고갈 (배치 정산 작업이 트랜잭션을 장시간 점유)
  ■ 조치: 배치 작업 시간 변경(새벽 3시), 커넥션 풀 분리, 타임아웃 30s → 5s
  ■ 재발 방지: 정산 배치 쿼리 인덱스 추가, 알람 임계치 조정

  상세 타임라인은 위키 '장애 보고/2026-11-18' 문서를 참고해 주세요.
  """), cs="utf-8", shape="text", cte="quoted-printable",
  hops=[(None, "10.20.4.61"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("정보보안팀", "security@" + ORG), "[정보보안팀] 11월 악성메일 모의훈련 결과 및 유의사항",
  T("""
  임직원 여러분, 11월 악성메일 모의훈련 결과를 공유드립니다.

  훈련 메일 제목: "[긴급] 택배 주소 불일치 - 재배송 신청", "연말정산 환급금 조회 안내"
  열람률 31%, 링크 클릭률 12%, 첨부파일 실행률 4%, 계정정보 입력 2%

  이번 훈련에서 많이 속은 유형은 '환급금 조회'와 '급여명세서'를 사칭한 메일이었습니다.
  실제 공격에서는 보낸 사람 이름이 '국세청', '인사팀'으로 보여도 주소가 외부 도메인인 경우가 많습니다.
  의심 메일은 클릭하지 말고 security@haneul.example 로 전달해 주세요.
  """), hops=[(None, "10.20.9.9"), ("smtp.haneul.example", "10.20.0.5")])

M("ham", ("강태윤 (에이스오피스)", "sales@aceoffice-kr.co.kr"), "[견적서] 사무용 의자 및 모니터암 견적 송부",
  T("""
  안녕하세요, 에이스오피스 강태윤입니다.

  요청하신 사무용 의자(시디즈 T50) 30개, 모니터암 30개 견적서 첨부드립니다.
  - 합계: 14,850,000원 (VAT 별도, 설치비 포함)
  - 납기: 발주 후 2주
  - 결제 조건: 납품 후 30일 이내 현금 결제

  견적 유효기간은 12월 15일까지입니다. 물량 조정 필요하시면 말씀 주세요.
  """), cs="ks_c_5601-1987", att=[("견적서_하늘정보통신_20261120.pdf", "application/pdf",
                                 P("QUOTATION", "Ace Office / Haneul Information & Communication", "Total KRW 14,850,000 (VAT excl.)"))],
  mailer="Microsoft Outlook 15.0")

M("ham", ("윤태호", "taeho.yoon@" + ORG), "RE: (주)미래테크 미수금 입금 요청 건",
  T("""
  미래테크 최 부장님께,

  9월 납품분(세금계산서 번호 20260930-...-0041) 대금 16,500,000원이 아직 입금되지 않아 연락드립니다.
  계약서상 지급 기한(10월 31일)이 지났으니 11월 30일까지 아래 계좌로 입금 부탁드립니다.

  입금 계좌: 하나은행 271-910024-18304 (예금주: 하늘정보통신(주))
  ※ 당사 계좌는 변경된 적이 없습니다. 계좌 변경 안내 메일을 받으시면 반드시 전화로 확인해 주세요.

  윤태호 드림 / 재무팀 02-6300-7711
  """), to="jh.choi@miraetech-kr.co.kr", hops=[(None, "10.20.9.14"), ("smtp.haneul.example", "10.20.0.5")], cs="euc-kr")

M("ham", ("송민호", "minho.song77@daum.net"), "다음 달 동창 모임 회비 걷을게~",
  T("""
  얘들아 12월 19일 토요일 저녁 7시 강남역 고깃집 예약했다.
  회비 5만 원씩, 이번 주 안에 카카오뱅크 3333-12-4820175 (송민호)로 보내줘.
  못 오는 사람은 톡으로 알려주고.

  그리고 누가 단톡방에 이상한 코인 투자방 링크 올렸던데 그거 해킹당한 계정 같으니 누르지 마라.
  """), cs="euc-kr", shape="text", cte="8bit", mailer="Daum Web Mailer")

M("ham", ("아빠", "kimyt55@naver.com"), "자동차 보험 갱신 건",
  T("""
  딸, 아빠다.

  네 차 자동차보험이 12월 20일에 만기라서 보험사에서 갱신 안내 문자가 왔더라.
  작년보다 보험료가 8만 원쯤 올랐던데, 다이렉트로 비교해 보고 결정해라.
  그리고 국민연금 추납 얘기한 거, 공단에 전화해 보니 분할 납부도 된다더라.

  주말에 시간 되면 전화해라.
  """), cs="ks_c_5601-1987", shape="text", mailer="NAVER Mail")

M("ham", ("유하늘", "haneul.yoo@naver.com"), "제주 여행 사진 MYBOX로 공유했어",
  T("""
  지난번 여행 사진 다 정리해서 네이버 MYBOX 공유폴더에 올렸어.
  https://mybox.naver.com/share/folder/a8Zk2LpQ

  용량 커서 메일로는 못 보냈어 ㅠ 원본 필요하면 말해.
  """), cs="utf-8", shape="text")

M("ham", ("대한항공", "koreanair@koreanair.com"), "[대한항공] 전자항공권 확인증 (e-Ticket Itinerary)",
  T("""
  대한항공을 이용해 주셔서 감사합니다.

  예약번호: F4KQ2T
  승객: SONG/YERIN MS
  KE 0703  인천(ICN) 12월 20일 09:35 → 도쿄 나리타(NRT) 11:55
  KE 0706  도쿄 나리타(NRT) 12월 24일 18:30 → 인천(ICN) 21:10
  항공권 번호: 180-2419938471

  전자항공권 확인증을 첨부합니다. 온라인 체크인은 출발 48시간 전부터 가능합니다.
  https://www.koreanair.com
  """), brand="KOREAN AIR", color="#00256c", dkim=True,
  att=[("eTicket_F4KQ2T.pdf", "application/pdf", P("KOREAN AIR e-Ticket Itinerary", "Booking ref F4KQ2T", "KE703 ICN-NRT 20DEC / KE706 NRT-ICN 24DEC"))])

M("ham", ("야놀자", "noreply@yanolja.com"), "[야놀자] 예약이 확정되었습니다",
  T("""
  예약이 확정되었습니다.

  숙소: 강릉 ○○호텔 오션뷰 디럭스 더블
  체크인: 2026.12.26 (토) 15:00
  체크아웃: 2026.12.27 (일) 11:00
  결제금액: 189,000원 (카카오페이)

  무료 취소는 체크인 3일 전까지 가능합니다.
  https://www.yanolja.com/mypage/reservations
  """), brand="yanolja", color="#ff3478", dkim=True, cs="utf-8")

M("ham", ("삼성화재", "anycar@samsungfire.com"), "[삼성화재] 자동차보험 만기 안내 및 갱신 보험료",
  T("""
  고객님의 자동차보험 만기가 다가와 안내드립니다.

  증권번호: 2025-***-***-8812
  만기일: 2026년 12월 20일 24시
  갱신 예상 보험료: 714,300원 (다이렉트 기준)

  갱신은 삼성화재 다이렉트(https://direct.samsungfire.com)에서 가능합니다.
  보험료 결제는 반드시 공식 홈페이지·앱에서 진행하시고, 개인 계좌로 입금을 요구하는 연락에는 응하지 마세요.
  """), brand="삼성화재 다이렉트", color="#1428a0", dkim=True, cs="euc-kr")

M("ham", ("SK텔레콤", "tworld@sktelecom.com"), "[SK텔레콤] 2026년 11월 요금 안내",
  T("""
  고객님의 11월 이용요금을 안내드립니다.

  청구금액: 68,450원
  - 월정액(5GX 프라임) 89,000원
  - 선택약정 할인 -22,250원
  - 소액결제 1,700원
  납부일: 12월 21일 (자동납부)

  소액결제 차단 설정은 T world 앱에서 가능합니다.
  https://www.tworld.co.kr
  """), brand="SK telecom", color="#ea002c", dkim=True, cs="ks_c_5601-1987")

M("ham", ("국민연금공단", "nps@nps.or.kr"), "[국민연금] 2026년 연금 가입내역 안내",
  T("""
  국민연금 가입자님께 2026년 가입내역을 안내드립니다.

  총 가입기간: 154개월
  납부 총액: 42,180,000원
  예상 연금월액(65세 수령 시): 약 96만 원

  예상 연금액은 현재 소득 기준 추정치이며 실제와 다를 수 있습니다.
  내 곁에 국민연금 앱 또는 https://www.nps.or.kr 에서 자세히 확인하세요.
  """), brand="국민연금공단", color="#0061aa", dkim=True, cs="euc-kr", shape="html")

M("ham", ("마포구립서강도서관", "library@mapo.go.kr"), "[도서관] 대출 도서 반납 예정일 안내",
  T("""
  이용자님, 대출하신 도서의 반납 예정일이 3일 남았습니다.

  - 『불편한 편의점』 반납 예정일 2026-11-30
  - 『파친코 1』 반납 예정일 2026-11-30

  연장은 1회 7일 가능합니다. 연체 시 연체일수만큼 대출이 정지됩니다.
  https://mplib.mapo.go.kr
  """), cs="euc-kr", shape="text", dkim="mapo.go.kr")

M("ham", ("키움증권", "kiwoom@kiwoom.com"), "[키움증권] 2026년 10월 월간 거래내역 보고서",
  T("""
  고객님의 10월 거래내역을 안내드립니다.

  계좌번호: 5***-**12
  매수 체결: 12건 / 8,420,000원
  매도 체결: 7건 / 6,135,500원
  실현손익: +312,400원
  예수금: 1,208,330원

  해외주식 거래내역은 영웅문S# 앱에서 확인하실 수 있습니다.
  키움증권은 카카오톡·텔레그램 등으로 종목을 추천하거나 투자 리딩방을 운영하지 않습니다.
  https://www.kiwoom.com
  """), brand="키움증권", color="#3b1f7a", dkim=True, cs="euc-kr",
  att=[("거래내역보고서_202610.pdf", "application/pdf", P("Kiwoom Securities", "Monthly trade report 2026-10"))])


# ====================================================================== SPAM
def FW(s):
    """full-width forms for ASCII letters/digits"""
    return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in s)


ZW = "\u200b"


def zw(s):
    return ZW.join(s)


def img_html(title, imgs, text_bits, hidden=None, links=()):
    rows = "".join('<tr><td align="center"><a href="%s"><img src="%s" width="600" style="display:block;border:0" alt="%s"></a></td></tr>\n'
                   % (escape(h), escape(src), escape(alt)) for src, h, alt in imgs)
    txt = "".join('<p style="font-size:13px;color:#555;text-align:center">%s</p>\n' % t for t in text_bits)
    hid = ('<div style="display:none;font-size:1px;color:#ffffff;max-height:0;overflow:hidden">%s</div>\n' % escape(hidden)) if hidden else ""
    return ("<html><head><meta charset=\"__CS__\"><title>%s</title></head><body style=\"margin:0;background:#111\">\n%s"
            "<table width=\"600\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n%s</table>\n%s</body></html>\n"
            % (escape(title), hid, rows, txt))


NEWS_FILLER = ("오늘 서울 낮 기온 12도 맑음 미세먼지 보통 수능 이후 대입 전략 김장 물가 배추 한 포기 3천원 "
               "프로야구 스토브리그 FA 계약 소식 지하철 요금 인상 연말 모임 예약 증가 전기차 충전 요금")

M("spam", ("NH 서민금융 상담센터", "help@nh-loan-center.example"), "무직자·주부도 당일 300만원까지 승인 가능합니다",
  T("""
  고객님 안녕하세요.

  신용점수 낮아도, 4대보험 미가입이어도 OK
  ✔ 무직자 / 주부 / 프리랜서 / 개인회생 중인 분
  ✔ 서류 없이 비대면 심사, 당일 입금
  ✔ 최대 3,000만원 · 월 이자 부담 최소화

  정부지원 서민대출 상품으로 안내드리며 한도 조회는 신용점수에 영향이 없습니다.
  카톡 상담 ▶ https://open.kakao.com/o/sLn82kQd
  전화 상담 ▶ 070-4821-0093 (24시간)
  """), cs="utf-8", hdr="B", mailer="PHPMailer 6.9.1 (https://github.com/PHPMailer/PHPMailer)")

M("spam", ("", "kjh.loan0921@gmail.com"), "ㄷㅐ출 필요하신 분 연락주세요",
  T("""
  개인돈 / 월변 / 일수 가능
  급전 필요하신 분 ㄷㅐ출 당일 처리해 드립니다.
  연체자 신불자 상담 가능 (단, 본인 명의 통장 필요)
  100만 → 한 달 뒤 130만 상환

  문의 ☎ 010-5832-1194  텔레그램 @money_quick88
  """), cs="utf-8", shape="text", hdr="raw", hops=[("mail-sor-f69.google.com", ip())], dkim="gmail.com", no_msgid=False)

M("spam", ("하나저축 대출센터", "info@hana-savings-loan.example"), FW("(광고)") + " 저신용자 전용 비상금 " + FW("500") + "만원 즉시 지급",
  T("""
  ■ 신용 6~10등급 전용 비상금 대출 ■

  한도 ： """ + FW("500") + """만원 ／ 금리 연 """ + FW("7.9") + """％~
  자격 ： 만 """ + FW("19") + """세 이상 소득 있는 분 누구나
  심사 ： 서류 ✕ 방문 ✕ 보증인 ✕

  ▶ 신청하기 https://han.gl/xQwPa
  상담 """ + FW("1577-0000") + """ 아님. 카톡 ID: hanaloan24

  ※ 수신거부는 회신 주세요
  """), cs="utf-8", shape="alt")

M("spam", ("VIP 이벤트", "event@vip-lounge.example"), "카.지.노 첫충 30% + 매충 10% 🎰 신규 회원 이벤트",
  None, shape="html", cs="utf-8", dkim=True,
  html=img_html("이벤트", [("https://img.vip-lounge.example/banner_first30.jpg", "https://vo.la/Kc7sP", "첫충 30%"),
                          ("https://img.vip-lounge.example/banner_live.jpg", "https://vo.la/Kc7sP", "라이브 바카라")],
                ["카.지.노 · 바.카.라 · 슬.롯 · 스.포.츠 한 곳에서", "무제한 환전 / 24시 고객센터 / 먹튀 보증금 1억 예치",
                 "텔레그램 문의 <a href=\"https://t.me/vipcs_24\">@vipcs_24</a>"],
                hidden=NEWS_FILLER))
MSGS[-1]["text"] = "카.지.노 첫충 30% + 매충 10%\n가입코드: VIP777\nhttps://vo.la/Kc7sP\n"

M("spam", ("라이브ㅂㅋㄹ", "no-reply@evo-live.example"), "ㅂㅋㄹ 실시간 라이브 딜러 · 첫 입금 2배",
  T("""
  🔥 에볼루션 정품 ㅂㅋㄹ 실시간 라이브 🔥

  - 신규 첫 입금 100% 보너스 (최대 50만)
  - 롤링 100% 즉시 환전
  - ㅋㅈㄴ · ㅅㄹ · ㅎㄷ 전부 지원
  - 해외 라이선스 보유 / 개인정보 안전

  주소: https://bit.ly/3EvoLv7
  코드: 8888
  문의 텔레 @evo_official_kr
  """), cs="utf-8", shape="alt", hdr="Q")

M("spam", ("스포츠분석 픽스터", "pick@sports-pick.example"), "T0T0 먹튀 없는 메이저 사이트 추천 ⚽ 오늘 경기 무료 픽",
  T("""
  안녕하세요 픽스터입니다.

  오늘 EPL · NBA · KBL 무료 분석 픽 공개합니다.
  적중률 87% 검증된 메이저 T0T0 사이트만 추천합니다.

  ✅ 가입 즉시 3만 포인트
  ✅ 다폴더 보너스 최대 10%
  ✅ 환전 3분 이내

  ▶ 추천 주소: sp0rts-major.example (복사해서 접속)
  ▶ 가입 코드: PICK77
  먹튀 제보 텔레그램 t.me/mukti_check
  """), cs="utf-8", shape="text", cte="base64")

M("spam", ("슬롯월드", "news@slot-world.example"), "💎 슬 롯  무 료  스 핀  100회 지 급 💎",
  T("""
  💎 프라그마틱 · PG소프트 · 하바네로 💎
  신 규 가 입 만 해 도  무 료 스 핀 1 0 0 회
  맥 스 윈  5 0 0 0 배 터 지 는  그 곳

  🎁 https://me2.do/slotW1n
  🎁 카톡 오픈채팅: 슬롯월드 고객센터
  """), cs="utf-8", hdr="raw")

M("spam", ("Holdem Masters", "tour@holdem-masters.example"), "온라인 홀덤 주말 GTD 5,000만 토너먼트 초대",
  None, shape="html", cs="utf-8",
  html=img_html("HOLDEM MASTERS", [("cid:holdem_main", "https://holdem-masters.example/join?ref=mail", "토너먼트")],
                ["매주 토요일 21시 · 바이인 5만", "현금 환전 가능 · 24시간 입출금", "가입: holdem-masters.example / 코드 HM2026"]),
  images=[("holdem_main", (60, 40, (20, 120, 40)))])
MSGS[-1]["html"] = MSGS[-1]["html"].replace('img src="cid:holdem_main"', 'img src="cid:holdem_main"')

M("spam", ("주식 전문가 이도윤", "master.lee@stock-vip.example"), "[무료] 내일 상한가 예상 종목 3개 공개합니다",
  T("""
  안녕하세요. 증권사 출신 20년 경력 전문가 이도윤입니다.

  지난달 추천 종목 수익률
  - A종목 +148%
  - B종목 +92%
  - C종목 +67%

  이번 주 세력 매집이 끝난 급등 예정 종목 3개를 무료방에서만 공개합니다.
  선착순 50명 마감 후 VIP 유료방으로 전환됩니다.

  무료 리딩방 입장 ▶ https://open.kakao.com/o/gStockVip
  ※ 본 정보는 수익을 100% 보장합니다.
  """), cs="euc-kr", shape="text", mailer="Microsoft Outlook Express 6.00.2900.5512")

M("spam", ("Crypto Signal KR", "signal@crypto-signal.example"), "비트코인 선물 VIP 시그널 · 이번 달 누적 +412%",
  T("""
  🚀 코인 선물 VIP 시그널방 🚀

  - 바이낸스/바이비트 선물 20배 레버리지 시그널
  - 진입가 · 목표가 · 손절가 실시간 공유
  - 11월 누적 수익률 +412% (인증 스샷 다수)

  지금 텔레그램 채널 구독 시 3일 무료 체험
  👉 https://t.me/+Kq7xSignalKR
  ※ 수익 미달성 시 100% 환불
  """), cs="utf-8", shape="alt", dkim=True)

M("spam", ("한국투자연구소", "research@kr-invest-lab.example"), "(광고) 월 수익 30% 보장 — 공모주 선점 프로그램 모집",
  T("""
  (광고) 한국투자연구소

  비상장 공모주 상장 전 선점 물량을 회원님께만 배정합니다.
  - 최소 투자금 300만원
  - 상장 즉시 평균 2~5배 수익
  - 원금 손실 시 전액 보상 약정서 발행

  금융감독원 등록 업체가 아님을 알려드립니다... 가 아니라 정식 투자자문 라이선스 보유!
  상담 신청 https://bit.ly/kr-ipo-pre
  무료수신거부 080-000-0000
  """), cs="ks_c_5601-1987", shape="html")

M("spam", ("❤️ 오늘밤", "meet@night-chat.example"), "19금 ㅁㄴ 원하시는 분만 보세요",
  T("""
  근처에 지금 접속 중인 여성 회원 23명
  조건 X · 부담 X · 사진 인증 완료된 회원만

  💋 무료 가입하고 바로 대화하기
  https://vo.la/n1ght26

  ※ 성인 인증 후 이용 가능
  """), cs="utf-8", hdr="raw", shape="html")

M("spam", ("출장 힐링", "heal@trip-massage.example"), "출장 마사지 · 30분 내 도착 · 후불제",
  T("""
  서울 경기 인천 전 지역 30분 내 방문
  20대 한국인 관리사 · 후불제 · 카드 가능
  스웨디시 · 아로마 · 타이 전문

  예약 ☎ 010-7712-8840
  카톡 ID: heal0909
  """), cs="euc-kr", shape="text", cte="8bit")

M("spam", ("정품약국", "shop@pharm-direct.example"), "비@그라 / 시@리스 정품 최저가 · 익명 포장 무료배송",
  T("""
  남성 활력 정품 의약품 공식 직구

  - 비@그라 100mg 10정 39,000원
  - 시@리스 20mg 10정 45,000원
  - 레@트라 · 프릴리지 세트 할인

  처방전 필요 없음 · 해외 직배송 · 내용물 알 수 없는 익명 포장
  주문 https://pharm-direct.example/?m=ko2611
  """), cs="utf-8", shape="alt", cte="quoted-printable")

M("spam", ("다이어트 클리닉", "diet@slim-clinic.example"), "처방 없이 구매 가능한 식욕억제제 (펜터민 정품)",
  T("""
  한 달 -8kg 후기 폭발!
  병원 가지 않아도 구매 가능한 식욕억제제 정품만 취급합니다.

  ▶ 펜터민 · 디에타민 · 큐시미아
  ▶ 해외 정품 인증서 동봉
  ▶ 3통 구매 시 1통 무료

  주문/상담 카톡: slimkorea
  https://han.gl/dIeTx
  """), cs="euc-kr", shape="html")

M("spam", ("재택부업 매니저", "job@home-work24.example"), "하루 2시간 재택 부업 · 일당 15만원 지급 (경력 무관)",
  T("""
  안녕하세요. 재택 부업 담당 매니저입니다.

  스마트폰만 있으면 누구나 가능한 간단 업무입니다.
  - 업무: 쇼핑몰 상품 찜하기, 리뷰 작성, 간단 설문
  - 시간: 하루 1~2시간 자유롭게
  - 급여: 건당 5천~3만원, 당일 정산 (일 15만원 이상 가능)

  주부 · 학생 · 직장인 부업 환영
  상담은 카카오톡 오픈채팅으로만 진행합니다 → https://open.kakao.com/o/sHomeJob7
  """), cs="utf-8", shape="text", dkim=True)

M("spam", ("쇼핑몰 리뷰팀", "review@mall-review.example"), "구매대행 리뷰 알바 모집 — 구매금액 100% 환급 + 수당",
  T("""
  ★ 쇼핑몰 리뷰 알바 모집 ★

  지정 상품을 먼저 구매하시고 리뷰를 남겨주시면
  구매금액 전액 환급 + 건당 수당 10%를 드립니다.
  첫 3건은 소액(1~3만원)으로 진행, 이후 고액 미션 배정

  신청: 텔레그램 @review_team_hr
  """), cs="ks_c_5601-1987", shape="text", cte="base64")

M("spam", ("YouTube 마케팅팀", "hr@yt-like-job.example"), "유튜브 좋아요 누르기 알바 · 1건 3,000원 즉시 지급",
  T("""
  유튜브 영상에 좋아요 누르고 캡처만 보내면 끝!
  1건 3,000원 · 하루 최대 30건
  신규 가입 즉시 체험금 10,000원 지급

  👉 텔레그램으로 '알바' 라고 보내주세요: https://t.me/ytlike_kr_hr
  """), cs="utf-8", shape="html", hdr="Q")

M("spam", ("상위노출 마케팅", "seo@top-rank-mkt.example"), "네이버 플레이스 상위노출 보장 — 미노출 시 100% 환불",
  T("""
  대표님, 매장 매출 고민 많으시죠?

  네이버 플레이스 · 블로그 · 쇼핑 상위노출 1페이지 보장합니다.
  - 리뷰 500개 작업 / 영수증 리뷰
  - 저장수 · 유입수 작업 (로직 100% 반영)
  - 30일 내 미노출 시 전액 환불

  지금 상담 시 첫 달 50% 할인
  상담 카톡: toprank_mkt / 010-3319-2847
  """), cs="euc-kr", shape="alt", hdr="B")

M("spam", ("블로그체험단", "team@blog-exp.example"), "[제휴제안] 블로그 체험단 200명 진행 + 기자단 송출 패키지",
  T("""
  안녕하세요 담당자님, 블로그 마케팅 대행사입니다.

  귀사 제품 홍보를 위해 아래 패키지를 제안드립니다.
  1. 블로그 체험단 200명 (최적화 블로그 위주)
  2. 언론사 기자단 기사 송출 30건
  3. 인스타그램 인플루언서 릴스 10건

  패키지 가격 월 99만원 (VAT 별도)
  회신 주시면 포트폴리오 보내드리겠습니다.
  """), cs="utf-8", shape="text")

M("spam", ("DB 마케팅", "db@leads-sale.example"), "보험·대출 고객 DB 판매합니다 (실시간 신청 DB)",
  T("""
  실시간 신청 DB 판매
  - 대출 상담 신청 DB 건당 8,000원
  - 보험 리모델링 DB 건당 12,000원
  - 코인 투자 관심 DB 건당 5,000원

  중복 없음 · 결번 교체 · 대량 구매 할인
  텔레: @dbmarket_kr
  """), cs="ks_c_5601-1987", shape="text", cte="8bit")

M("spam", ("Growth Partners", "hello@growth-partners.example"), "Re: 귀사 웹사이트 SEO 진단 결과 (무료)",
  T("""
  Hello,

  귀사 웹사이트를 분석해 보니 Google 검색 노출이 경쟁사 대비 낮습니다.
  We found 37 critical SEO errors on your site.

  - 백링크 1,000개 구축 (DA 50+)
  - 구글 1페이지 노출 보장
  - 월 $299부터

  Reply "YES" 하시면 상세 리포트를 보내드립니다.
  Best regards, Kevin / Growth Partners
  """), cs="utf-8", shape="text", hdr="B", reply_to="kevin.growth.seo@gmail.com")

M("spam", ("로또 분석 연구소", "lotto@lotto-lab.example"), "이번 주 로또 1등 예상번호 5조합 무료 제공",
  T("""
  AI 빅데이터 분석으로 뽑은 이번 주 1등 예상 조합
  (최근 10주 중 2회 2등 배출!)

  회원가입 후 무료 5조합 + VIP 회원은 매주 50조합 제공
  VIP 가입비 월 9만 9천원 → 이번 주만 4만 9천원

  https://lotto-lab.example/vip
  """), cs="euc-kr", shape="html", cte="quoted-printable")

M("spam", ("에어드랍 공지", "airdrop@new-chain.example"), "🎁 신규 코인 에어드랍 1,000 USDT 무료 지급 (선착순)",
  T("""
  🎁 NewChain 메인넷 런칭 기념 에어드랍 🎁

  지갑 주소만 등록하면 1,000 USDT 상당의 NCT 토큰을 무료로 드립니다.
  상장 예정 거래소: 업비트 · 빗썸 (확정)
  상장가 예상 $0.8 → 목표가 $12

  참여: https://airdrop.new-chain.example
  공식 텔레그램: https://t.me/newchain_kr
  """), cs="utf-8", dkim=True)

M("spam", ("월변 대부", "money@wolbyeon.example"), "대 출 · 월 변 · 일 수  급 전  당 일  가 능",
  T("""
  대 출   급 전   당 일 처 리
  직 장 인  자 영 업  주 부  무 직  O K
  연 체 ·  신 불  상 담 가 능

  ☎ 0 1 0 - 4 4 1 8 - 7 2 3 0
  """), cs="euc-kr", shape="text", cte="8bit", hdr="B", no_msgid=True)

M("spam", ("ＣＡＳＩＮＯ", "win@royal-ca.example"), "ＣＡＳＩＮＯ 신규 가입 보너스 ＋ 무제한 환전",
  None, shape="html", cs="utf-8",
  html=img_html("CASINO", [("cid:c1", "https://bit.ly/RoyalCa26", "ROYAL"), ("cid:c2", "https://bit.ly/RoyalCa26", "BONUS")],
                [FW("CASINO") + " · " + FW("BACCARAT") + " · " + FW("SLOT"), "가입코드 " + FW("R0YAL")],
                hidden="회의록 검토 부탁드립니다 견적서 첨부 배송 완료 안내 세금계산서 발행"),
  images=[("c1", (50, 30, (180, 140, 20))), ("c2", (50, 30, (120, 10, 10)))])
MSGS[-1]["text"] = FW("CASINO") + " https://bit.ly/RoyalCa26\n"

M("spam", ("", "ag.newsdesk@daum.net"), "이번 주 주요 일정 공유드립니다",
  None, shape="html", cs="utf-8", cte="base64",
  html=("<html><body><div style=\"font-size:15px\">"
        "<p>안녕하세요, 지난번 문의하신 건 확인 부탁드립니다.</p>"
        "<p style=\"font-size:22px;font-weight:bold;color:#c00\">바&#8203;카&#8203;라 · 블&#8203;랙&#8203;잭 · 룰&#8203;렛</p>"
        "<p>첫 입금 40% 보너스 / 매일 출석 쿠폰</p>"
        "<p><a href=\"https://vo.la/BcR4t\">이벤트 확인하기</a></p>"
        "<p style=\"color:#fff;font-size:2px\">날씨 맑음 주말 나들이 단풍 명소 추천 김장철 배추값 하락 연말정산 미리보기 지하철 파업 예고</p>"
        "</div></body></html>\n"), dkim="daum.net", mailer="Daum Web Mailer", hops=[("mail-smtp-out12.daum.net", ip())])

M("spam", ("Major TOTO", "cs@major-toto.example"), zw("토토") + " 가입머니 2만 · 첫충 " + zw("20") + "%",
  T("""
  """ + zw("토토") + """ 메이저 놀이터
  """ + zw("스포츠") + """ · """ + zw("미니게임") + """ · """ + zw("카지노") + """
  가입머니 2만 즉시 지급
  https://han.gl/mJrT0
  """), cs="utf-8", cte="base64", shape="text")

M("spam", ("증권 리딩 아카데미", "academy@lead-stock.example"), "(광고) 주식 리딩방 무료 체험 1주일 — 수익 인증 회원 5천명",
  T("""
  (광고) 증권 리딩 아카데미

  ★ 1주일 무료 체험 ★
  매일 장 시작 전 종목 리딩 / 장중 실시간 매수·매도 타점
  회원 수익 인증 5,000건 이상

  입장하기: https://open.kakao.com/o/gLeadAcd

  [무료수신거부] 카톡으로 '수신거부' 보내주세요
  """), cs="utf-8", shape="alt", hdr="Q")

M("spam", ("작업대출 전문", "work@jakup-loan.example"), "직장 없어도 작업대출 OK · 재직증명 서류 만들어 드립니다",
  T("""
  무직자도 대출 가능하게 만들어 드립니다.
  - 재직증명서 · 급여명세서 · 4대보험 가입 이력 작업
  - 1금융 / 2금융 / 캐피탈 승인 사례 다수
  - 성공보수 30% 후불

  텔레: @jakup_pro  카톡: jakuploan
  """), cs="ks_c_5601-1987", shape="text")

M("spam", ("소액결제 현금화", "cash@mobile-cash.example"), "휴대폰 소액결제 현금화 95% 최고가 · 5분 입금",
  T("""
  휴대폰 소액결제 · 콘텐츠이용료 · 신용카드 현금화
  업계 최고 95% 매입
  24시간 5분 입금 · 신용등급 영향 없음

  ☎ 1600-0000 아님 / 010-6624-0871
  https://mobile-cash.example
  """), cs="euc-kr", shape="html")

M("spam", ("상품권매입", "buy@giftcard-cash.example"), "문화상품권 · 해피머니 · 구글기프트 최고가 매입",
  T("""
  상품권 최고가 매입합니다 (컬쳐랜드 92% · 구글 88%)
  PIN 번호만 보내주시면 3분 내 계좌 입금
  카톡: giftbuy77
  """), cs="utf-8", shape="text", hdr="raw")

M("spam", ("휴대폰 성지", "sale@phone-holy.example"), "아이폰17 · 갤럭시 S26 공짜폰 성지 좌표 (오늘만)",
  T("""
  번호이동 시 아이폰17 기기값 0원
  갤럭시 S26 울트라 현금 완납 30만 원대
  부가서비스 3개월 유지 조건

  좌표는 카톡 오픈채팅에서만 공개합니다 👉 https://open.kakao.com/o/pHoly26
  """), cs="utf-8", shape="alt")

M("spam", ("무료 스트리밍", "tv@free-iptv.example"), "넷플릭스·티빙·쿠팡플레이 전부 무료 — 신규 주소 안내",
  T("""
  기존 주소가 차단되어 새 주소로 이전했습니다.
  최신 드라마 · 영화 · 스포츠 중계 전부 무료
  광고 없는 VIP관 월 5,900원

  새 주소: https://vo.la/FreeTv9  (차단 시 텔레그램 공지 확인 t.me/freetv_new)
  """), cs="utf-8", shape="text", cte="quoted-printable")

M("spam", ("명품 레플리카", "shop@lux-replica.example"), "S급 명품 레플리카 신상 입고 — 정품과 구별 불가",
  T("""
  샤○ · 루○비통 · 에르○스 신상 S급 입고
  1:1 정품 원단 · 각인 · 더스트백 · 영수증까지 동일
  해외 직배송 · 세관 통관 걱정 없음

  카톡 상담: luxrep
  https://lux-replica.example/new
  """), cs="euc-kr", shape="html", cte="base64")

M("spam", ("통장 매입", "buy@acc-buy.example"), "개인·법인 통장 고가 매입 (월 300 보장)",
  T("""
  사용하지 않는 통장 빌려주시면 월 300만원 드립니다.
  개인 통장 · 법인 통장 · 체크카드 세트
  택배 접수 후 당일 입금

  텔레그램 @tongjang_vip
  """), cs="utf-8", shape="text", hdr="B", no_msgid=True)

M("spam", ("흥신소", "find@detect-kr.example"), "사람 찾기 · 외도 증거 · 휴대폰 위치 추적 전문",
  T("""
  전직 수사관 출신 팀
  사람 찾기 · 배우자 외도 증거 수집 · 채무자 소재 파악
  휴대폰 위치 추적 (착수금 후 진행)

  비밀 상담 010-9182-0047
  """), cs="ks_c_5601-1987", shape="text", cte="8bit")

M("spam", ("글로벌 에셋 클럽", "vip@global-asset.example"), "원금 보장 월 10% 확정 수익 — 회원 추천 시 추가 수당",
  T("""
  해외 에너지 사업 투자 프로그램
  - 원금 100% 보장 · 매월 10% 확정 배당
  - 1명 추천 시 투자금의 5% 추천 수당
  - 최소 500만원부터

  설명회: 매주 수요일 강남 본사 / 온라인 상담 https://global-asset.example/seminar
  """), cs="euc-kr", shape="alt")

M("spam", ("거래소 이벤트", "promo@cex-bonus.example"), "신규 가입 즉시 50 USDT 지급 · 수수료 평생 0%",
  T("""
  해외 코인 거래소 한국 공식 파트너
  추천코드 KR50 입력 시 50 USDT 즉시 지급
  선물 125배 · KYC 없이 입출금

  가입 👉 https://bit.ly/cexKR50
  """), cs="utf-8", shape="html", dkim=True)

M("spam", ("에볼루션 총판", "partner@evo-dist.example"), "Evolution 에볼루션 카지노 총판 · 부본사 모집 (수익 50%)",
  T("""
  Evolution Gaming 정품 API 분양
  총판 · 부본사 모집 — 루징 50% 정산
  솔루션 + 도메인 + 결제 대행 일괄 제공

  Contact: Telegram @evo_api_dist
  """), cs="utf-8", shape="text", hdr="B")

M("spam", ("분양 상담실", "sale@officetel-sale.example"), "역세권 오피스텔 분양 — 확정 수익 연 8% 보장",
  T("""
  지하철 2호선 도보 3분 오피스텔 잔여 세대 특별 분양
  - 계약금 10% · 중도금 무이자
  - 준공 후 2년간 연 8% 확정 임대수익 보장
  - 1가구 2주택 제외 상품

  분양 상담 1661-0000 아님 / 010-2287-5512
  """), cs="euc-kr", shape="html", cte="quoted-printable")

M("spam", ("자연치유 연구회", "health@nature-cure.example"), "병원에서 포기한 암, 이것으로 완치했습니다",
  T("""
  3개월 만에 암 수치 정상!
  미국 FDA 인증 천연 성분 '○○추출물'
  당뇨 · 고혈압 · 암 · 치매 예방까지

  지금 주문 시 1+1 (선착순 100명)
  주문 https://han.gl/CuReN
  """), cs="utf-8", shape="alt")

M("spam", ("야식 이벤트", "ev@bonus-drop.example"), "🍗 치킨 기프티콘 당첨! 지금 받으세요 (24시간 내)",
  T("""
  축하합니다! 이벤트에 당첨되셨습니다.
  교촌 허니콤보 기프티콘을 받으시려면 아래 링크에서 배송비 1,500원만 결제하세요.

  https://vo.la/ChikN
  """), cs="utf-8", shape="html", hdr="raw")

M("spam", ("토토 분석", "no-reply@wbet.example"), "Ｗ벳 신규 도메인 안내 · 가입머니 3만",
  T("""
  """ + FW("WBET") + """ 신규 도메인 오픈
  기존 회원 자동 이전 · 포인트 유지
  스포츠 · 미니게임 · 라이브 카지노
  """ + FW("wbet-new.example") + """
  """), cs="ks_c_5601-1987", shape="text")


# ====================================================================== PHISHING
def A(shown, href):
    return '<a href="%s" style="color:#1a56db">%s</a>' % (escape(href), escape(shown))


def btn(label, href, color="#1a56db"):
    return ('<a href="%s" style="display:inline-block;background:%s;color:#fff;padding:12px 28px;'
            'text-decoration:none;border-radius:4px;font-weight:bold">%s</a>' % (escape(href), color, escape(label)))


def phish_html(brand, color, paras, footer=""):
    body = "\n".join("<p>%s</p>" % p for p in paras)
    return ("<!DOCTYPE html><html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=__CS__\"></head>\n"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:14px;color:#222\">\n"
            "<table width=\"620\" align=\"center\" style=\"border:1px solid #ddd\" cellpadding=\"0\" cellspacing=\"0\">\n"
            "<tr><td style=\"background:%s;color:#fff;font-size:20px;font-weight:bold;padding:16px 22px\">%s</td></tr>\n"
            "<tr><td style=\"padding:22px;line-height:1.7\">\n%s\n</td></tr>\n"
            "<tr><td style=\"padding:12px 22px;font-size:11px;color:#888;border-top:1px solid #eee\">%s</td></tr>\n"
            "</table></body></html>\n" % (color, escape(brand), body, footer))


M("phish", ("KB국민은행", "notice@kbstar-security.example"), "[KB국민은행] 보안카드 재등록 안내 (전자금융사기 예방)",
  "KB국민은행 보안 강화 안내\n보안카드 재등록: https://www.kbstar.com\n",
  html=phish_html("KB국민은행", "#60584c", [
      "고객님의 계정에서 비정상적인 이체 시도가 감지되어 <b>전자금융거래가 일시 제한</b>되었습니다.",
      "전자금융사기 예방을 위해 24시간 이내에 보안카드(OTP) 재등록을 완료해 주시기 바랍니다. 미등록 시 인터넷뱅킹 이용이 중지됩니다.",
      "재등록 바로가기: " + A("https://www.kbstar.com/security/re-register", "https://kbstar-com.example/secure/login.php?s=otp"),
      btn("보안카드 재등록", "https://kbstar-com.example/secure/login.php?s=otp", "#ffbc00")],
      "KB국민은행 고객센터 1588-9999 | 본 메일은 발신 전용입니다."), cs="euc-kr", shape="alt", dkim=True)

M("phish", ("신한은행 보안센터", "security@shinhan-alert.example"), "[신한은행] 해외 IP 로그인 차단 안내 - 본인확인 필요",
  None, shape="html", cs="utf-8",
  html=phish_html("신한 SOL뱅크", "#0046ff", [
      "2026-11-26 02:17 중국(CN) IP 223.104.x.x 에서 고객님 계정으로 로그인 시도가 있어 차단하였습니다.",
      "본인이 아닌 경우 즉시 아래에서 본인확인을 진행해 주세요. 확인하지 않으면 모든 계좌 거래가 정지됩니다.",
      btn("본인확인 하기", "https://sol-shinhan.example/auth/verify?uid=8821", "#0046ff"),
      "공식 홈페이지: " + A("www.shinhan.com", "https://sol-shinhan.example/")],
      "Copyright © SHINHAN BANK. All rights reserved."))

M("phish", ("네이버", "account@naver-support.example"), "[네이버] 회원님의 아이디가 보호조치 되었습니다",
  T("""
  네이버 고객센터입니다.

  회원님의 아이디(na****)가 스팸 메일 발송에 이용된 것으로 확인되어 보호조치 되었습니다.
  보호조치 해제를 위해 아래 링크에서 본인 확인을 진행해 주세요.

  보호조치 해제: https://nid-naver.example/user2/help/idRelease
  ※ 48시간 내 해제하지 않으면 아이디가 영구 정지됩니다.
  """), cs="utf-8", shape="alt", hdr="B",
  html=phish_html("NAVER", "#03c75a", [
      "회원님의 아이디(na****)가 스팸 메일 발송에 이용된 것으로 확인되어 <b>보호조치</b> 되었습니다.",
      "보호조치 해제: " + A("https://nid.naver.com/user2/help/idRelease", "https://nid-naver.example/user2/help/idRelease"),
      "※ 48시간 내 해제하지 않으면 아이디가 영구 정지됩니다."], "© NAVER Corp."))

M("phish", ("카카오 고객센터", "no-reply@kakao-accounts.example"), "[카카오] 카카오계정 이용 제한 예정 안내",
  None, shape="html", cs="utf-8", hdr="Q",
  html=phish_html("kakao", "#3c1e1e", [
      "고객님의 카카오계정이 운영정책 위반(불법 광고 메시지 발송)으로 신고되어 <b>72시간 후 이용이 제한</b>될 예정입니다.",
      "본인이 발송하지 않았다면 이의 신청을 해 주세요.",
      btn("이의 신청하기", "https://accounts-kakao.example/login?continue=appeal", "#fee500"),
      "카카오계정 관리: " + A("https://accounts.kakao.com", "https://accounts-kakao.example/login")],
      "(주)카카오 | 제주특별자치도 제주시 첨단로 242"))

M("phish", ("Daum 메일", "postmaster@daum-mail.example"), "메일함 용량 초과 - 수신 메일이 반송되고 있습니다",
  T("""
  Daum 메일 사용자님,

  메일함 용량(15GB)의 99%를 사용 중이어서 새 메일 14통이 반송 대기 중입니다.
  아래에서 로그인하시면 무료로 추가 용량 5GB가 적용되고 대기 중인 메일이 전달됩니다.

  https://logins-daum.example/accounts/signinform.do

  Daum 메일 팀
  """), cs="euc-kr", shape="text", cte="base64", hdr="B")

M("phish", ("CJ대한통운", "delivery@cjlogistics-kr.example"), "[CJ대한통운] 주소 불일치로 배송이 보류되었습니다",
  "운송장 5502-3318-9921 주소 확인: https://cjlogistics-kr.example/track\n",
  html=phish_html("CJ대한통운", "#f58220", [
      "고객님의 상품(운송장번호 5502-3318-9921)이 <b>도로명 주소 불일치</b>로 배송이 보류되었습니다.",
      "48시간 이내에 주소를 수정하지 않으면 상품이 발송지로 반송되며 반송비 3,000원이 부과됩니다.",
      btn("주소 수정하기", "https://cjlogistics-kr.example/track?inv=550233189921", "#f58220"),
      "배송 조회: " + A("https://www.cjlogistics.com/ko/tool/parcel/tracking", "https://cjlogistics-kr.example/track?inv=550233189921")],
      "CJ대한통운 고객센터 1588-1255"), cs="utf-8", shape="alt", dkim=True)

M("phish", ("우체국택배", "epost@epost-kr.example"), "[우체국택배] 수취인 부재로 보관 중 - 재배송 신청",
  T("""
  [우체국택배]
  등기번호 6892-1174-5520 소포가 수취인 부재로 보관 중입니다.
  재배송 신청(보관기간 3일): https://me2.do/5xEpoSt
  보관기간 경과 시 반송 처리됩니다.
  """), cs="euc-kr", shape="text", cte="8bit")

M("phish", ("한진택배 통관팀", "customs@hanjin-express.example"), "[한진택배] 해외직구 물품 관세 미납 안내 (통관 보류)",
  None, shape="html", cs="ks_c_5601-1987",
  html=phish_html("HANJIN 한진택배", "#004c97", [
      "해외직구 물품(송장번호 4288-1932-0071)의 <b>관세 및 부가세 18,700원</b>이 미납되어 통관이 보류되었습니다.",
      "오늘 중 납부하지 않으면 폐기 또는 반송 처리됩니다.",
      btn("관세 납부하기", "https://hanjin-express.example/pay?no=428819320071", "#004c97"),
      "관세청 유니패스: " + A("unipass.customs.go.kr", "https://hanjin-express.example/pay")]))

M("phish", ("국세청", "refund@nts-hometax.example"), "[국세청] 종합소득세 환급금 지급 안내",
  T("""
  국세청에서 알려드립니다.

  귀하의 2025년 귀속 종합소득세 신고 결과 환급금 427,300원이 발생하였으나
  계좌 정보 확인이 되지 않아 지급이 보류되었습니다.

  첨부된 환급 신청서(HTML)를 열어 본인 인증 후 환급 계좌를 등록해 주시기 바랍니다.
  신청 기한: 2026년 11월 30일

  국세청 홈택스
  """), cs="euc-kr", shape="text",
  att=[("환급신청서_2025귀속.html", "text/html",
        login_page("국세청 홈택스", "https://hometax-refund.example/gate/submit.php").encode("utf-8"))])

M("phish", ("홈택스", "noreply@hometax-go-kr.example"), "미수령 환급금 352,000원이 있습니다 (11월 30일 소멸)",
  "미수령 환급금 조회: https://hometax-go-kr.example/rfnd\n",
  html=phish_html("국세청 홈택스", "#2c4a8a", [
      "고객님 명의로 <b>미수령 환급금 352,000원</b>이 확인되었습니다.",
      "2026년 11월 30일까지 신청하지 않으면 국고로 귀속됩니다.",
      "환급금 조회: " + A("https://www.hometax.go.kr", "https://hometax-go-kr.example/rfnd/index.html?c=KR"),
      btn("환급금 신청", "https://hometax-go-kr.example/rfnd/index.html?c=KR", "#2c4a8a")],
      "국세청 | 세종특별자치시 국세청로 8-14"), cs="utf-8", shape="html", hdr="B")

M("phish", ("경찰청 사이버수사대", "summons@police-cyber.example"), "[경찰청] 사이버범죄 피의자 출석요구서 (사건번호 2026-형제-48821)",
  T("""
  귀하는 정보통신망 이용촉진 및 정보보호 등에 관한 법률 위반 사건의 피의자로 입건되었습니다.

  첨부된 출석요구서를 확인하시고 지정된 일시에 출석하시기 바랍니다.
  출석하지 않을 경우 체포영장이 발부될 수 있습니다.

  첨부 파일 비밀번호: 2026

  경찰청 사이버수사국 수사관 김○○
  """), cs="euc-kr", shape="text", cte="base64",
  att=[("출석요구서_2026형제48821.zip", "application/zip",
        zip_bytes([("출석요구서_2026형제48821.pdf                                .exe", fake_exe())]))])

M("phish", ("서울중앙지방검찰청", "spo@seoul-spo.example"), "서울중앙지검 금융범죄수사팀 - 명의도용 사건 관련 연락 요망",
  T("""
  귀하의 명의로 개설된 대포통장이 금융사기 사건에 이용된 사실이 확인되었습니다.

  사건번호: 2026형제31874
  담당: 금융범죄수사팀 박○○ 수사관

  본 건은 비공개 수사 중이므로 가족 및 지인에게 알리지 마시고
  오늘 오후 5시까지 아래 번호로 연락 주시기 바랍니다.
  연락처: 02-3480-0000 아님 → 070-8843-2291

  연락이 없을 경우 피의자 신분으로 전환되어 자산 동결 조치가 진행됩니다.
  """), cs="ks_c_5601-1987", shape="text", cte="8bit", hdr="B")

M("phish", ("정부24", "notice@gov24-kr.example"), "[정부24] 전자문서 도착 - 과태료 부과 사전통지서",
  None, shape="html", cs="utf-8",
  html=phish_html("정부24", "#003a8c", [
      "귀하에게 <b>과태료 부과 사전통지서</b> 전자문서가 도착하였습니다.",
      "발송기관: 서울특별시 ○○구청 교통행정과 / 열람 기한: 2026-11-30",
      "전자문서 열람: " + A("https://www.gov.kr/mw/EgovPageLink.do", "https://gov24-kr.example/doc/view?id=GV2611"),
      btn("전자문서 열람하기", "https://gov24-kr.example/doc/view?id=GV2611", "#003a8c")],
      "행정안전부 | 정부24 고객센터 1588-2188"))

M("phish", ("국민건강보험", "nhis@nhis-or-kr.example"), "[국민건강보험] 건강검진 결과 통보서가 발송되었습니다",
  T("""
  국민건강보험공단입니다.
  2026년 건강검진 결과 통보서가 발송되었습니다.
  결과 확인(본인인증): https://vo.la/NhisR26
  """), cs="euc-kr", shape="alt", hdr="B",
  html=phish_html("국민건강보험공단", "#1a5fb4", [
      "2026년 건강검진 결과 통보서가 발송되었습니다. 재검 대상 항목이 있으니 꼭 확인하시기 바랍니다.",
      "결과 확인: " + A("www.nhis.or.kr", "https://vo.la/NhisR26"),
      btn("결과 확인하기", "https://vo.la/NhisR26", "#1a5fb4")]))

M("phish", ("건강보험공단 환급센터", "refund@nhis-refund.example"), "본인부담상한액 초과 환급금 189,400원 신청 안내",
  None, shape="html", cs="utf-8", hdr="raw",
  html=phish_html("국민건강보험공단", "#1a5fb4", [
      "귀하는 2025년 본인부담상한액 초과금 <b>189,400원</b> 환급 대상자입니다.",
      "아래에서 환급 계좌와 공동인증서 비밀번호를 입력해 신청해 주세요.",
      btn("환급 신청", "https://nhis-refund.example/apply", "#1a5fb4")]))

M("phish", ("신한카드", "approval@shinhancard-notice.example"), "[Web발신] 신한카드 해외결제 승인 USD 1,249.00",
  T("""
  [신한카드] 해외결제 승인
  장*우님 USD 1,249.00
  AMAZON MKTPLACE US
  11/26 03:42

  본인 결제가 아닐 경우 즉시 소비자보호센터로 신고 바랍니다.
  ☎ 02-6928-0000 아님 → 070-4382-1190
  """), cs="euc-kr", shape="text", cte="8bit", hdr="B")

M("phish", ("KB국민카드 승인안내", "kbcard@kbcard-approval.example"), "KB국민카드 해외승인 987,000원 정상처리",
  None, shape="html", cs="utf-8",
  html=phish_html("KB국민카드", "#ffbc00", [
      "[KB국민카드] 해외승인 정상처리",
      "카드: 4***-****-****-2291 / 승인금액: 987,000원 / 가맹점: APPLE.COM/BILL (IE)",
      "본인이 사용하지 않은 경우 <b>명의도용 신고센터 070-7724-0382</b>로 즉시 연락 바랍니다.",
      "상담원 안내에 따라 보안 점검 앱을 설치하시면 결제가 자동 취소됩니다."],
      "KB국민카드 고객센터"))

M("phish", ("삼성카드", "service@samsungcard-pay.example"), "[삼성카드] 결제 승인 알림 - 명세서 첨부",
  T("""
  고객님, 11월 26일 아래 결제가 승인되었습니다.
  가맹점: 쿠팡(주) / 금액: 1,480,000원 (일시불)

  본인 결제가 아닌 경우 첨부된 이용내역서를 열어 결제 취소를 요청해 주세요.
  """), cs="euc-kr", shape="text",
  att=[("삼성카드_이용내역서.html", "text/html",
        login_page("삼성카드 결제 취소", "https://samsungcard-pay.example/cancel/post.php").encode("utf-8"))])

M("phish", ("부고알림", "bugo@bugo-notice.example"), "[부고] 故 이영수님께서 별세하셨기에 삼가 알려드립니다",
  T("""
  삼가 고인의 명복을 빕니다.

  故 이영수님께서 2026년 11월 25일 별세하셨기에 알려드립니다.
  빈소 및 발인 일정은 아래 모바일 부고장에서 확인해 주시기 바랍니다.

  모바일 부고장: https://bugo-notice.example/m/ys1125
  """), cs="utf-8", shape="text", cte="base64", hdr="B")

M("phish", ("최민지", "wedding@wedding-card.example"), "💍 저희 결혼합니다 - 모바일 청첩장",
  None, shape="html", cs="utf-8",
  html=("<html><head><meta charset=\"__CS__\"></head><body style=\"text-align:center;font-family:sans-serif\">"
        "<h2>저희 결혼합니다</h2><p>정준호 ♥ 최민지</p><p>2026년 12월 12일 토요일 낮 12시</p>"
        "<p>바쁘시더라도 오셔서 축복해 주세요.</p>"
        "<p>" + btn("모바일 청첩장 보기", "https://wedding-card.example/invite/app.apk?id=mj1212", "#d98aa0") + "</p>"
        "<p style=\"font-size:11px;color:#999\">청첩장이 열리지 않으면 '청첩장 앱'을 설치해 주세요.</p></body></html>\n"))

M("phish", ("쿠팡", "order@coupang-payment.example"), "[쿠팡] 결제 오류로 주문이 취소될 예정입니다",
  "결제수단 재등록: https://coupang-payment.example/pay/update\n",
  html=phish_html("coupang", "#e52528", [
      "고객님의 주문(31000152998401)의 결제가 카드사 오류로 승인되지 않았습니다.",
      "24시간 이내에 결제수단을 다시 등록하지 않으면 주문이 자동 취소됩니다.",
      btn("결제수단 재등록", "https://coupang-payment.example/pay/update?o=31000152998401", "#e52528"),
      "주문목록: " + A("https://www.coupang.com/np/mypage", "https://coupang-payment.example/login")]),
  cs="utf-8", shape="alt", dkim=True)

M("phish", ("네이버페이", "point@naverpay-event.example"), "네이버페이 포인트 50,000원이 적립 대기 중입니다",
  None, shape="html", cs="euc-kr",
  html=phish_html("N Pay", "#03c75a", [
      "연말 감사 이벤트에 당첨되어 <b>네이버페이 포인트 50,000원</b>이 적립 대기 중입니다.",
      "오늘 자정까지 네이버 로그인 후 적립 받기를 눌러주세요.",
      btn("포인트 받기", "https://naverpay-event.example/nid/login", "#03c75a")]))

M("phish", ("토스 보안팀", "security@toss-secure.example"), "토스 계정에 새로운 해외 로그인이 감지됐어요",
  T("""
  토스 계정에 새로운 기기에서 로그인했어요.
  기기: iPhone 15 · 위치: 베트남 하노이
  본인이 아니라면 지금 바로 계정을 잠가 주세요: https://toss-secure.example/lock
  """), cs="utf-8", shape="alt",
  html=phish_html("toss", "#0064ff", [
      "토스 계정에 새로운 기기에서 로그인했어요.", "기기: iPhone 15 · 위치: 베트남 하노이",
      btn("내가 아니에요", "https://toss-secure.example/lock", "#0064ff"),
      "토스 고객센터: " + A("https://toss.im/support", "https://toss-secure.example/lock")]))

M("phish", ("haneul.example 메일 관리자", "admin@haneul-mail.example"), "[메일 관리자] 비밀번호 만료 예정 - 현재 비밀번호 유지하기",
  T("""
  jiwon.lee@haneul.example 사용자님,

  메일 계정 비밀번호가 오늘 만료됩니다.
  현재 비밀번호를 계속 사용하시려면 아래에서 확인해 주세요.

  https://haneul-mail.example/owa/keep-password

  IT 지원팀
  """), cs="utf-8", shape="alt", hdr="B", to="jiwon.lee@" + ORG,
  html=phish_html("하늘정보통신 메일 시스템", "#444", [
      "jiwon.lee@haneul.example 사용자님, 메일 계정 비밀번호가 <b>오늘 만료</b>됩니다.",
      btn("현재 비밀번호 유지", "https://haneul-mail.example/owa/keep-password?u=jiwon.lee", "#0072c6"),
      "웹메일: " + A("https://mail.haneul.example", "https://haneul-mail.example/owa/")]))

M("phish", ("(주)세경정밀 회계팀", "account@sekyung-p.example"), "[세경정밀] 11월 세금계산서 발행 및 입금 계좌 변경 안내",
  T("""
  하늘정보통신 담당자님께,

  11월분 세금계산서를 첨부드립니다. 문서 보안 정책으로 회사 메일 계정으로 로그인 후 열람 가능합니다.

  또한 당사 주거래 은행 변경으로 이번 달부터 대금 입금 계좌가 아래와 같이 변경되었습니다.
  변경 계좌: 국민은행 702-000382-99-120 (예금주: 세경)

  기존 계좌로 입금 시 처리가 지연되니 참고 부탁드립니다.
  회계팀 정미경 드림
  """), cs="ks_c_5601-1987", shape="text", mailer="Microsoft Outlook 16.0",
  att=[("세금계산서_202611.html", "text/html",
        login_page("Microsoft 365 문서 보기", "https://docs-view365.example/auth/owa.php").encode("utf-8"))])

M("phish", ("윤태호 대표", "ceo.haneul@gmail.com"), "급한 건입니다",
  T("""
  김 과장님,

  지금 외부 미팅 중이라 전화가 어렵습니다.
  거래처 선급금 건으로 오늘 중에 23,800,000원을 아래 계좌로 송금 처리 부탁드립니다.
  신한은행 110-548-229103 (예금주: 한결무역)

  처리 후 이체확인증 메일로 보내주세요. 다른 분들께는 아직 공유하지 말아 주세요.

  iPhone에서 보냄
  """), cs="utf-8", shape="text", cte="quoted-printable", dkim="gmail.com",
  reply_to="ceo.haneul.office@gmail.com", hops=[("mail-sor-f73.google.com", ip())], to="accounting@" + ORG)

M("phish", ("대법원 전자소송", "ecfs@scourt-ecfs.example"), "[전자소송] 소장 부본 송달 안내 (2026가소148821)",
  None, shape="html", cs="euc-kr", hdr="B",
  html=phish_html("대한민국 법원 전자소송", "#5b3a1e", [
      "귀하를 피고로 하는 소송(2026가소148821 대여금)의 소장 부본이 전자 송달되었습니다.",
      "송달일로부터 30일 이내에 답변서를 제출하지 않으면 원고 청구를 인정한 것으로 간주됩니다.",
      "소장 확인: " + A("https://ecfs.scourt.go.kr", "https://scourt-ecfs.example/doc?n=2026GA148821"),
      btn("소장 열람", "https://scourt-ecfs.example/doc?n=2026GA148821", "#5b3a1e")]))

M("phish", ("국민연금공단", "nps@nps-pension.example"), "[국민연금] 미수령 연금(반환일시금) 안내",
  T("""
  국민연금공단입니다.
  귀하께서 수령하지 않은 반환일시금 1,245,000원이 있습니다.
  수령 신청: https://nps-pension.example/claim (본인인증 필요)
  신청 기한이 지나면 소멸됩니다.
  """), cs="utf-8", shape="text", hdr="Q")

M("phish", ("카카오뱅크", "loan@kakaobank-limit.example"), "[카카오뱅크] 비상금대출 한도 상향 대상자 선정 안내",
  None, shape="html", cs="utf-8",
  html=phish_html("kakaobank", "#ffe300", [
      "고객님은 <b>비상금대출 한도 상향(최대 3,000만원)</b> 대상자로 선정되셨습니다.",
      "정부 서민금융 지원 정책에 따라 연 2.9% 고정금리가 적용됩니다.",
      "본인인증 후 한도를 확인하세요: " + A("www.kakaobank.com", "https://kakaobank-limit.example/auth"),
      btn("한도 확인하기", "https://kakaobank-limit.example/auth", "#3c1e1e")]))

M("phish", ("행정안전부", "support@mois-coupon.example"), "[행정안전부] 민생회복 소비쿠폰 2차 지급 대상자 안내",
  T("""
  [행정안전부] 민생회복 소비쿠폰 2차 지급 대상자 안내

  귀하는 2차 소비쿠폰(1인 10만 원) 지급 대상자로 확인되었습니다.
  11월 30일까지 신청하지 않으면 지급이 취소됩니다.

  신청하기: https://han.gl/MoisCp2
  """), cs="euc-kr", shape="alt", hdr="B",
  html=phish_html("행정안전부", "#1d3f7a", [
      "귀하는 <b>민생회복 소비쿠폰 2차(1인 10만 원)</b> 지급 대상자로 확인되었습니다.",
      "신청: " + A("https://www.gov.kr", "https://han.gl/MoisCp2"),
      btn("소비쿠폰 신청", "https://han.gl/MoisCp2", "#1d3f7a")]))

M("phish", ("한국전력공사", "bill@kepco-bill.example"), "[한국전력] 전기요금 미납에 따른 단전 예고 통지",
  None, shape="html", cs="ks_c_5601-1987",
  html=phish_html("KEPCO 한국전력공사", "#e4002b", [
      "고객번호 08-1124-8832 / 미납 요금: <b>186,420원</b> (2개월분)",
      "2026년 11월 30일까지 납부하지 않으면 전기 공급이 제한됩니다.",
      "간편 납부: " + A("cyber.kepco.co.kr", "https://kepco-bill.example/pay?c=0811248832"),
      btn("지금 납부하기", "https://kepco-bill.example/pay?c=0811248832", "#e4002b")]))

M("phish", ("경찰청 교통범칙금", "efine@efine-police.example"), "[경찰청] 교통법규 위반 과태료 부과 고지 (신호위반)",
  T("""
  [경찰청 교통민원24]
  귀하의 차량(12가3456)이 2026-11-14 신호위반으로 단속되었습니다.
  과태료: 70,000원 (의견진술 기한 내 납부 시 20% 감경)
  위반 사진 확인: https://efine-police.example/view?car=12ga3456
  """), cs="utf-8", shape="alt", hdr="B",
  html=phish_html("경찰청 교통민원24", "#0f2a5f", [
      "귀하의 차량이 2026-11-14 <b>신호위반</b>으로 단속되었습니다. 과태료 70,000원.",
      "위반 사진 확인: " + A("https://www.efine.go.kr", "https://efine-police.example/view?car=12ga3456")]))


# ====================================================================== LEGAL BULK (정보통신망법 §50)
def ad_footer(company, ceo, addr, biz, phone, unsub_url, consent):
    return T("""

    ─────────────────────────
    본 메일은 %s 회원님께서 광고성 정보 수신에 동의하셨기에 발송되었습니다. (수신동의일: %s)
    수신을 원하지 않으시면 [수신거부] %s 를 눌러 주세요. (무료 수신거부)
    %s | 대표이사 %s | %s
    사업자등록번호 %s | 고객센터 %s
    """) % (consent, consent_date(), unsub_url, company, ceo, addr, biz, phone)


def consent_date():
    d = datetime.date(2021, 1, 1) + datetime.timedelta(days=rng.randint(0, 1600))
    return "%d년 %d월 %d일" % (d.year, d.month, d.day)


BULK = [
    ("쿠팡", "coupang.com", "coupang_ad@coupang.com", "(광고) 블랙프라이데이 최대 80% 할인, 오늘 자정까지",
     "블랙프라이데이 기간 한정 특가!\n- 로켓배송 가전 최대 80%\n- 와우회원 추가 10% 쿠폰\n- 오늘 자정까지\n\n지금 보러가기: https://www.coupang.com/np/campaigns/blackfriday",
     "쿠팡(주)", "박대준", "서울특별시 송파구 송파대로 570", "120-88-00767", "1577-7011", "#e52528"),
    ("무신사", "musinsa.com", "news@musinsa.com", "(광고) 무진장 겨울 블랙프라이데이 - 아우터 최대 90%",
     "무진장 겨울 블프 시작!\n패딩·코트·플리스 최대 90% 할인\n매일 오전 10시 선착순 쿠폰\n\nhttps://www.musinsa.com/campaign/mujinjang",
     "(주)무신사", "조만호", "서울특별시 성동구 아차산로 13길 11", "211-88-79575", "1544-7199", "#000000"),
    ("올리브영", "oliveyoung.co.kr", "event@oliveyoung.co.kr", "(광고) 올영세일 D-1 ✨ 장바구니에 담아두세요",
     "12월 올영세일이 내일 시작해요!\n기초·색조·헤어 최대 70%\n멤버십 등급별 추가 쿠폰 지급\n\nhttps://www.oliveyoung.co.kr/store/main/main.do",
     "(주)씨제이올리브영", "이선정", "서울특별시 용산구 한강대로 372", "809-81-01574", "1577-4887", "#9bce26"),
    ("컬리", "kurly.com", "marketing@kurly.com", "(광고) 컬리 신규 특가 - 첫 구매 100원 딜",
     "마켓컬리 첫 구매 고객님께만!\n한우 · 제철 과일 100원 딜\n샛별배송 무료 배송 쿠폰\n\nhttps://www.kurly.com/shop/event",
     "(주)컬리", "김슬아", "서울특별시 강남구 도산대로 16길 20", "261-81-23567", "1644-1107", "#5f0080"),
    ("11번가", "11st.co.kr", "11st@11st.co.kr", "(광고) [11번가] 십일절 페스티벌 오늘 단 하루!",
     "십일절 페스티벌\n매시 정각 타임딜 · 11% 카드 즉시할인\n\nhttps://www.11st.co.kr/browsing/11festival",
     "11번가(주)", "박현수", "서울특별시 중구 한강대로 416", "815-81-01244", "1599-0110", "#ff0038"),
    ("G마켓", "gmarket.co.kr", "ad@gmarket.co.kr", "(광고) 빅스마일데이 쿠폰 도착 - 최대 20% 할인",
     "빅스마일데이 쿠폰이 도착했어요\n- 20% 할인 쿠폰 (최대 1만원)\n- 스마일클럽 추가 혜택\n\nhttps://www.gmarket.co.kr/n/bigsmileday",
     "(주)지마켓", "정형권", "서울특별시 강남구 테헤란로 152", "220-81-83676", "1566-5701", "#00b33c"),
    ("교보문고", "kyobobook.co.kr", "kyobo@kyobobook.co.kr", "(광고) 이달의 신간과 연말 도서 10% 적립 이벤트",
     "11월 베스트셀러와 신간을 소개합니다.\n연말 선물용 도서 구매 시 10% 적립 + 북캘린더 증정\n\nhttps://www.kyobobook.co.kr/event",
     "(주)교보문고", "김상훈", "서울특별시 종로구 종로 1", "102-81-11670", "1544-1900", "#4b7f3a"),
    ("YES24", "yes24.com", "yes24@yes24.com", "(광고) [YES24] 크레마 전자책 단말기 특가 + 캐시 증정",
     "크레마 모티프 특가전\n구매 고객 전원 YES24 캐시 1만원 증정\n\nhttps://www.yes24.com/campaign",
     "예스이십사(주)", "최세라", "서울특별시 영등포구 은행로 11", "229-81-37000", "1544-3800", "#1a5ec8"),
    ("야놀자", "yanolja.com", "event@yanolja.com", "(광고) 크리스마스 숙소 미리 예약하면 최대 50%",
     "크리스마스 숙소 얼리버드\n호텔 · 펜션 · 풀빌라 최대 50% 할인\n선착순 3만원 쿠폰\n\nhttps://www.yanolja.com/promotion",
     "놀유니버스(주)", "배보찬", "서울특별시 강남구 테헤란로 108길 42", "220-87-42885", "1644-1346", "#ff3478"),
    ("진에어", "jinair.com", "jinair@jinair.com", "(광고) 진마켓 오픈! 국제선 편도 총액 5만원대부터",
     "진에어 진마켓 오픈\n일본 · 동남아 편도 총액 5만원대부터\n판매기간 12/1 ~ 12/5\n\nhttps://www.jinair.com/promotion/jinmarket",
     "(주)진에어", "박병률", "서울특별시 강서구 하늘길 260", "109-86-17617", "1600-6200", "#651d63"),
    ("신한카드", "shinhancard.com", "event@shinhancard.com", "(광고) 장기카드대출(카드론) 금리 할인 이벤트 안내",
     "우수 회원님께 장기카드대출(카드론) 금리 할인 혜택을 드립니다.\n- 기간: 12월 1일 ~ 12월 31일\n- 적용금리: 연 5.9% ~ 17.9% (신용등급별 차등)\n\n※ 대출 이용 시 신용점수가 하락할 수 있습니다. 상환능력에 비해 대출금이 과도할 경우 개인 신용평점이 하락할 수 있습니다.\n※ 금리인하요구권 행사 가능. 중도상환수수료 없음.\n준법감시인 심의필 제2026-0311호\n\nhttps://www.shinhancard.com/pconts/html/benefit/loan",
     "신한카드(주)", "박창훈", "서울특별시 중구 을지로 100", "202-81-48079", "1544-7000", "#1e3c93"),
    ("KB국민카드", "kbcard.com", "event@kbcard.com", "(광고) [KB국민카드] 해외여행 결제 시 최대 10% 캐시백",
     "겨울 해외여행 준비하세요!\n해외 가맹점 결제 시 최대 10% 캐시백 (최대 5만원)\n응모 필수 · 12월 31일까지\n\nhttps://card.kbcard.com/event",
     "KB국민카드", "김재관", "서울특별시 종로구 새문안로3길 30", "101-86-61717", "1588-1688", "#ffbc00"),
    ("이마트", "emart.com", "emart@emart.com", "(광고) 이마트 쓱데이 - 한우·생필품 반값 행사",
     "쓱데이 단 3일!\n한우 등심 반값 · 생필품 1+1\n이마트앱 쿠폰 다운로드 필수\n\nhttps://eapp.emart.com/event",
     "(주)이마트", "한채양", "서울특별시 성동구 뚝섬로 377", "206-86-50913", "1588-1234", "#ffd400"),
    ("CGV", "cgv.co.kr", "cgv@cgv.co.kr", "(광고) 주말 영화 예매 3,000원 할인 쿠폰이 도착했습니다",
     "이번 주말 CGV에서 영화 보세요!\n예매 3,000원 할인 쿠폰 (11/28~11/30)\n\nhttps://www.cgv.co.kr/culture-event/event",
     "CJ CGV(주)", "정종민", "서울특별시 용산구 한강대로23길 55", "104-81-45690", "1544-1122", "#e71a0f"),
    ("배달의민족", "baemin.com", "event@baemin.com", "(광고) 주말엔 배민 - 치킨 5,000원 할인 쿠폰 🍗",
     "주말 한정 치킨 5,000원 할인 쿠폰\n배민클럽 회원은 배달팁 무료\n\nhttps://www.baemin.com/event",
     "(주)우아한형제들", "김범석", "서울특별시 송파구 위례성대로 2", "120-87-65763", "1600-0987", "#2ac1bc"),
    ("토스", "toss.im", "ad@toss.im", "(광고) 내 신용대출 금리, 더 낮출 수 있을까? 대출 비교하기",
     "토스에서 60개 금융사 신용대출 한도와 금리를 한 번에 비교하세요.\n조회해도 신용점수에 영향 없어요.\n\n※ 대출 비교 서비스는 (주)비바리퍼블리카가 대출모집법인으로서 제공합니다. 과도한 빚은 당신에게 큰 불행을 안겨줄 수 있습니다. 대출 시 귀하의 신용등급이 하락할 수 있습니다.\n\nhttps://toss.im/loan-compare",
     "(주)비바리퍼블리카", "이승건", "서울특별시 강남구 테헤란로 131", "120-88-01280", "1599-4905", "#0064ff"),
    ("키움증권", "kiwoom.com", "event@kiwoom.com", "(광고) 해외주식 수수료 0.07% 평생 우대 이벤트",
     "키움증권 해외주식 신규 고객 수수료 우대!\n미국주식 수수료 0.07% · 환전 우대 95%\n\n※ 투자자는 금융투자상품에 대하여 충분한 설명을 받을 권리가 있으며, 투자 전 상품설명서를 반드시 읽어보시기 바랍니다. 해외주식은 환율 변동에 따라 원금손실이 발생할 수 있습니다.\n한국금융투자협회 심사필 제26-04112호\n\nhttps://www.kiwoom.com/event",
     "키움증권(주)", "엄주성", "서울특별시 영등포구 의사당대로 96", "107-81-76756", "1544-9000", "#3b1f7a"),
    ("현대백화점", "ehyundai.com", "h-point@ehyundai.com", "(광고) 현대백화점 윈터 세일 및 H.Point 추가 적립",
     "윈터 세일 12/4 ~ 12/20\n패션 · 잡화 최대 30%\nH.Point 5% 추가 적립 (더현대닷컴 포함)\n\nhttps://www.ehyundai.com/event",
     "(주)현대백화점", "정지영", "서울특별시 강남구 압구정로 165", "211-87-21455", "02-549-2233", "#00574b"),
    ("하나투어", "hanatour.com", "news@hanatour.com", "(광고) 겨울 패키지 얼리버드 - 다낭·오사카 특가",
     "겨울방학 패키지 얼리버드\n다낭 4일 49만원~ · 오사카 3일 39만원~\n유류할증료 포함\n\nhttps://www.hanatour.com/promotion",
     "(주)하나투어", "송미선", "서울특별시 종로구 인사동5길 41", "102-81-39440", "1577-1233", "#5c2d91"),
    ("롯데ON", "lotteon.com", "lotteon@lotteon.com", "(광고) 롯데온 온세상 세일 - L.POINT 10% 적립",
     "온세상 세일 개막\n브랜드 가전 · 패션 · 식품 최대 70%\nL.POINT 10% 적립 이벤트\n\nhttps://www.lotteon.com/p/display/event",
     "롯데쇼핑(주) e커머스사업부", "김상현", "서울특별시 송파구 올림픽로 300", "529-85-00999", "1899-7000", "#e60012"),
]

for (brand, dom, addr, subj, body, company, ceo, caddr, biz, phone, color) in BULK:
    unsub_url = "https://%s/unsubscribe?email=%s" % (("www." + dom) if dom.count(".") == 1 else dom, rand_id(12))
    text = body + "\n" + ad_footer(company, ceo, caddr, biz, phone, unsub_url, brand)
    M("bulk", (brand, addr), subj, text, brand=brand, color=color, dkim=True,
      unsub="<%s>, <mailto:unsubscribe@%s?subject=unsubscribe>" % (unsub_url, dom),
      extra=[("Precedence", "bulk"), ("Feedback-ID", "%s:campaign:%s" % (rand_id(6), dom))],
      hops=[("mta%d.mail.%s" % (rng.randint(1, 40), dom), ip())])


# ====================================================================== output

def main():
    for cls in ("ham", "spam", "phish", "bulk"):
        d = os.path.join(ROOT, cls)
        if os.path.isdir(d):
            shutil.rmtree(d)
        os.makedirs(d)
    counters = {}
    manifest = []
    for m in MSGS:
        cls = m["cls"]
        counters[cls] = counters.get(cls, 0) + 1
        data, info = build(m)
        rel = "%s/%03d.eml" % (cls, counters[cls])
        with open(os.path.join(ROOT, rel), "wb") as f:
            f.write(data)
        manifest.append((rel, info["charset"], info["cte"], info["hdr"], info["shape"], m["from"][1], m["subj"]))
    with open(os.path.join(ROOT, "MANIFEST.tsv"), "w", encoding="utf-8") as f:
        f.write("file\tcharset\tcte\tsubject_encoding\tmime_shape\tfrom\tsubject\n")
        for row in manifest:
            f.write("\t".join(row) + "\n")
    print(counters)


if __name__ == "__main__":
    main()
