#!/usr/bin/env python3
"""Writes the Korean CHECK set: labelled messages written by hand, kept apart from the development set.

    python3 Tests/corpus/ko-check/generate.py      # writes ham/ spam/ phish/ bulk/ beside this file

This set exists to measure how the Korean rules generalise. It was written without looking at
how the filter scores it, and on purpose unlike Tests/corpus/ko/generate.py: other senders,
other organisations (현대카드, 삼성카드, 카카오뱅크, 케이뱅크, 새마을금고, 한진택배, 롯데택배, 로젠택배,
배달의민족, 당근마켓, 국민연금공단, 건강보험심사평가원, 법원, 도로교통공단 …), other phrasing, hard ham
(colleagues talking about loans, stocks, a casino trip, a parcel; real couriers' and card companies'
notices from their own domains; university and public notices with links; a wedding invitation
and an obituary notice from people the reader knows; security-awareness mail quoting scam texts),
and today's attack forms (smishing-length mail with shortened links, 주소 불일치, 과태료 조회,
지원금, 부고/청첩장 lures, 이벤트 당첨, 해외결제 call-back, 법원 출석, 리딩방 with Telegram and open-chat
IDs, gambling obfuscated in new ways). Each template is instantiated twice with other slot values.
Charsets (UTF-8, EUC-KR and ks_c_5601-1987 labels over CP949 bytes), transfer encodings (base64,
quoted-printable, 8bit), RFC 2047 B and Q words, plain, HTML-only and multipart/alternative are
rotated by a seeded generator, so the same script writes the same bytes.
"""
import base64
import html
import os
import quopri
import random
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
RNG = random.Random(4242_1128)

NAMES = [("박지성", "jspark"), ("오세린", "serin.oh"), ("문태호", "taeho.moon"), ("배수지", "suji.bae"),
         ("남궁민", "ngmin"), ("황보경", "hbk"), ("구자현", "jahyun.koo"), ("엄정화", "jh.eom"), ("탁재훈", "jhtak"),
         ("채윤아", "yuna.chae"), ("편상욱", "swpyun"), ("하동진", "dongjin.ha")]
FIRMS = [("세움기술", "seum-tech.co.kr"), ("다올건축사사무소", "daol-arch.kr"), ("미르바이오", "mirbio.co.kr"),
         ("한결세무회계", "hangyeol-tax.com"), ("빛고을식품", "bitgoeul-food.co.kr"), ("늘봄어린이집", "neulbom.or.kr")]
MONTHS = list(range(1, 13))


def choose(values):
    return RNG.choice(values)


# ---------------------------------------------------------------- encoding

def codec(charset):
    return "utf-8" if charset == "utf-8" else "cp949"


def encodable(text, charset):
    try:
        text.encode(codec(charset))
        return True
    except UnicodeEncodeError:
        return False


def encoded_word(text, charset, mode):
    """RFC 2047 encoded words, each under 75 characters, split on character boundaries."""
    if all(ord(c) < 128 for c in text):
        return text
    words, chunk = [], ""
    for ch in text:
        trial = chunk + ch
        raw = trial.encode(codec(charset))
        size = len(base64.b64encode(raw)) if mode == "B" else len(q_encode(raw))
        if size + len(charset) + 7 > 75 and chunk:
            words.append(chunk)
            chunk = ch
        else:
            chunk = trial
    if chunk:
        words.append(chunk)
    out = []
    for word in words:
        raw = word.encode(codec(charset))
        payload = base64.b64encode(raw).decode() if mode == "B" else q_encode(raw)
        out.append(f"=?{charset}?{mode}?{payload}?=")
    return "\r\n ".join(out)


def q_encode(raw):
    out = ""
    for b in raw:
        if b == 0x20:
            out += "_"
        elif (48 <= b <= 57) or (65 <= b <= 90) or (97 <= b <= 122):
            out += chr(b)
        else:
            out += f"={b:02X}"
    return out


def mailbox(name, addr, charset, mode):
    if not name:
        return addr
    return f"{encoded_word(name, charset, mode)} <{addr}>" if any(ord(c) > 127 for c in name) else f'"{name}" <{addr}>'


def encode_body(text, charset, cte):
    raw = text.replace("\n", "\r\n").encode(codec(charset))
    if cte == "base64":
        b = base64.b64encode(raw).decode()
        return "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)) + "\r\n"
    if cte == "quoted-printable":
        return quopri.encodestring(raw).decode("ascii").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"
    return raw.decode(codec(charset), errors="strict")  # 8bit: bytes written below in the charset


def part(subtype, text, charset, cte):
    head = f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n"
    body = encode_body(text, charset, cte)
    if cte == "8bit":
        return head.encode() + body.replace("\n", "\r\n").replace("\r\r\n", "\r\n").encode(codec(charset)) + b"\r\n"
    return head.encode() + body.encode()


def to_html(text, links, style):
    """An HTML rendering of the text: paragraphs, links as buttons or inline, a footer in grey."""
    paragraphs = []
    for block in text.split("\n\n"):
        escaped = html.escape(block).replace("\n", "<br>\n")
        paragraphs.append(f"<p style=\"margin:0 0 14px;line-height:1.6\">{escaped}</p>")
    buttons = []
    for label, url in links:
        if style == "button":
            buttons.append(f"<table role=\"presentation\"><tr><td style=\"background:#1a73e8;border-radius:6px;padding:12px 24px\">"
                           f"<a href=\"{html.escape(url)}\" style=\"color:#fff;text-decoration:none;font-weight:bold\">{html.escape(label)}</a>"
                           f"</td></tr></table>")
        else:
            buttons.append(f"<p><a href=\"{html.escape(url)}\">{html.escape(label)}</a></p>")
    return ("<!DOCTYPE html><html lang=\"ko\"><head><title></title></head>"
            "<body style=\"font-family:'Malgun Gothic',sans-serif;font-size:14px;color:#222\">\n"
            "<div style=\"max-width:640px;margin:0 auto\">\n" + "\n".join(paragraphs) + "\n" + "\n".join(buttons) +
            "\n</div></body></html>\n")


def plain_with_links(text, links):
    if not links:
        return text
    return text + "\n\n" + "\n".join(f"{label}: {url}" for label, url in links) + "\n"


FREEMAIL = {"naver.com", "daum.net", "hanmail.net", "gmail.com", "kakao.com", "outlook.com", "hotmail.com", "outlook.kr"}
# Share of non-freemail senders per class whose mail carries a DKIM signature of the From domain
# (a claim: nothing verifies it in `haetae scan`).
SIGNED_SHARE = {"ham": 0.7, "bulk": 0.8, "spam": 0.4, "phish": 0.4}


def build(m, index):
    charset = m.get("charset") or choose(["utf-8", "utf-8", "euc-kr", "ks_c_5601-1987"])
    everything = m["subject"] + m.get("from_name", "") + m["text"] + "".join(l for l, _ in m.get("links", []))
    if not encodable(everything, charset):
        charset = "utf-8"
    header_charset = charset if charset != "ks_c_5601-1987" or RNG.random() < 0.7 else "euc-kr"
    mode = m.get("mode") or ("B" if charset != "utf-8" else choose(["B", "Q"]))
    cte = m.get("cte") or choose(["base64", "base64", "quoted-printable", "8bit"])
    form = m.get("form") or choose(["plain", "alt", "html"])
    links = m.get("links", [])
    day = RNG.randrange(1, 28)
    headers = [
        ("Received", f"from {m.get('relay', 'mx.' + m['from_addr'].split('@')[1])} ([{m.get('ip', '211.%d.%d.%d' % (RNG.randrange(256), RNG.randrange(256), RNG.randrange(1, 255)))}]) by mx.haetae-check.kr with ESMTPS id {RNG.getrandbits(40):010x}; {['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][day % 6]}, {day} Nov 2026 {RNG.randrange(6, 23):02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d} +0900"),
        ("From", mailbox(m.get("from_name", ""), m["from_addr"], header_charset, mode)),
        ("To", m.get("to", mailbox(*choose(NAMES)[0:1], f"{choose(NAMES)[1]}@haetae-check.kr", header_charset, mode))),
        ("Subject", encoded_word(m["subject"], header_charset, mode)),
        ("Date", f"{['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'][day % 6]}, {day} Nov 2026 {RNG.randrange(6, 23):02d}:{RNG.randrange(60):02d}:{RNG.randrange(60):02d} +0900"),
        ("Message-ID", f"<{RNG.getrandbits(48):012x}.{index}@{m.get('msgid_domain', m['from_addr'].split('@')[1])}>"),
        ("MIME-Version", "1.0"),
    ] + m.get("headers", [])
    domain = m["from_addr"].split("@")[1]
    if domain in FREEMAIL or RNG.random() < SIGNED_SHARE[m["class"]]:
        # Mail providers sign everything their users send; organisations mostly sign, throwaway senders often do.
        headers.insert(0, ("DKIM-Signature", f"v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain}; s={choose(['s1', 'default', 'mail', 'k2026'])}; "
                                             f"h=from:to:subject:date:message-id; bh={base64.b64encode(RNG.randbytes(32)).decode()}; "
                                             f"b={base64.b64encode(RNG.randbytes(96)).decode()}"))
    text = plain_with_links(m["text"], links)
    html_text = m.get("html") or to_html(m["text"], links, m.get("style", choose(["button", "inline"])))
    if form == "plain":
        body = part("plain", text, charset, cte)
        head = "".join(f"{k}: {v}\r\n" for k, v in headers)
        return head.encode() + body
    if form == "html":
        body = part("html", html_text, charset, cte)
        head = "".join(f"{k}: {v}\r\n" for k, v in headers)
        return head.encode() + body
    boundary = f"----=_Part_{RNG.getrandbits(32):08x}"
    head = "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n"
    out = head.encode() + b"This is a multi-part message in MIME format.\r\n"
    for sub, content in (("plain", text), ("html", html_text)):
        out += f"--{boundary}\r\n".encode() + part(sub, content, charset, cte)
    out += f"--{boundary}--\r\n".encode()
    attachment = m.get("attach")
    if attachment:
        outer = f"----=_Mixed_{RNG.getrandbits(32):08x}"
        head2 = "".join(f"{k}: {v}\r\n" for k, v in headers) + f"Content-Type: multipart/mixed; boundary=\"{outer}\"\r\n\r\n"
        inner = out[len(("".join(f"{k}: {v}\r\n" for k, v in headers)).encode()):]
        name, ctype, data = attachment
        b = base64.b64encode(data).decode()
        out = (head2.encode() + f"--{outer}\r\n".encode() + inner + f"\r\n--{outer}\r\n".encode() +
               f"Content-Type: {ctype}; name=\"{name}\"\r\nContent-Disposition: attachment; filename=\"{name}\"\r\n"
               f"Content-Transfer-Encoding: base64\r\n\r\n".encode() +
               "\r\n".join(b[i:i + 76] for i in range(0, len(b), 76)).encode() + f"\r\n--{outer}--\r\n".encode())
    return out


# ---------------------------------------------------------------- ham

def person():
    return choose(NAMES)


def ham_templates():
    t = []

    def colleague_loan():
        n, a = person()
        bank = choose(["카카오뱅크", "케이뱅크", "우리은행", "신협"])
        return dict(from_name=n, from_addr=f"{a}@{choose(FIRMS)[1]}", subject=choose(["전세자금 건 물어보신 거", "주담대 갈아타기 알아봤어요"]),
                    text=f"과장님, 지난주에 말씀하신 전세자금 건이요.\n저도 작년에 {bank}에서 받았는데 비대면으로 서류 올리니까 일주일 정도 걸렸어요. "
                         f"금리는 우대 조건 다 채우면 3%대 중반이었고, 중도상환수수료는 3년 지나면 없어진다고 하더라고요.\n"
                         f"은행 앱에서 한도 먼저 보시고 재직증명서랑 원천징수영수증만 미리 떼어두시면 됩니다. 궁금한 거 있으면 점심때 말씀 주세요.\n\n{n} 드림",
                    form="plain")
    t.append(colleague_loan)

    def stock_chat():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@naver.com", subject=choose(["어제 그 종목", "ㅋㅋ 너 말 들을걸"]),
                    text=f"야 어제 네가 말한 2차전지 그거 오늘 장 시작하자마자 8% 올랐더라. 나는 결국 안 샀지 ㅠㅠ\n"
                         f"요즘 유튜브에 무료로 종목 찍어준다는 채널들 많던데 그런 건 다 거르고 있음. 다음 주에 밥 먹으면서 얘기하자.\n토요일 괜찮아?",
                    form="plain")
    t.append(stock_chat)

    def casino_trip():
        n, a = person()
        f, d = choose(FIRMS)
        return dict(from_name=f"{n} ({f} 총무)", from_addr=f"{a}@{d}", subject=choose(["워크숍 숙소 및 일정 확정 안내", "12월 워크숍 2일차 자유일정 안내"]),
                    text=f"안녕하세요, 총무 담당 {n}입니다.\n올해 하반기 워크숍은 정선 하이원리조트로 확정되었습니다.\n\n"
                         "1일차: 14시 도착, 체크인 후 세미나실에서 부서별 발표\n2일차: 오전 곤돌라 탑승, 오후 자유시간\n\n"
                         "자유시간에 강원랜드 카지노 구경 가실 분들은 신분증 꼭 챙기시고, 개인 비용은 회사에서 지원하지 않는 점 양해 부탁드립니다.\n"
                         "버스는 본사 앞에서 오전 8시 30분에 출발합니다.", form="plain")
    t.append(casino_trip)

    def parcel_thanks():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@{choose(['daum.net', 'gmail.com', 'kakao.com'])}", subject=choose(["택배 잘 받았어요", "보내준 귤 도착했어"]),
                    text=f"언니 보내준 택배 오늘 아침에 받았어. 로젠택배 기사님이 문 앞에 두고 가셨더라.\n"
                         "귤이 진짜 달다 ㅎㅎ 애들이 벌써 반 박스 먹었어. 운송장 문자가 두 번 와서 혹시 스미싱인가 했는데 진짜였네.\n다음에 내려가면 맛있는 거 살게!",
                    form="plain")
    t.append(parcel_thanks)

    def hanjin_notice():
        no = f"{RNG.randrange(10**11, 10**12)}"
        return dict(from_name="한진택배", from_addr="noreply@hanjin.com", subject=f"[한진택배] 상품이 배송 출발하였습니다 ({no[-4:]})",
                    text=f"고객님, 주문하신 상품이 오늘 배송 예정입니다.\n\n운송장번호: {no}\n보내는 분: {choose(['무신사', '오늘의집', '마켓컬리'])}\n"
                         "배송 예정: 오늘 14시~18시\n\n부재 시 문 앞에 두고 사진으로 안내드립니다.\n본 메일은 발신전용입니다.",
                    links=[("배송 조회", f"https://www.hanjin.com/kor/CMS/DeliveryMgr/WaybillResult.do?wblnum={no}")], style="inline")
    t.append(hanjin_notice)

    def lotte_delivered():
        no = f"{RNG.randrange(10**11, 10**12)}"
        return dict(from_name="롯데글로벌로지스", from_addr="delivery@lotteglogis.com", subject="[롯데택배] 배송이 완료되었습니다",
                    text=f"안녕하세요. 롯데택배입니다.\n고객님의 상품(운송장 {no})이 배송 완료되었습니다.\n수령 장소: 문 앞\n\n"
                         "상품을 받지 못하셨다면 담당 영업소로 문의해 주세요.\n롯데글로벌로지스(주) 고객센터 1588-2121",
                    links=[("배송 상세 보기", f"https://www.lotteglogis.com/home/reservation/tracking/linkView?InvNo={no}")])
    t.append(lotte_delivered)

    def cj_pickup():
        no = f"{RNG.randrange(10**11, 10**12)}"
        return dict(from_name="CJ대한통운", from_addr="cjlogistics@cjlogistics.com", subject="[CJ대한통운] 반품 상품 집하 완료 안내",
                    text=f"요청하신 반품 상품이 집하되었습니다.\n운송장번호 {no}\n판매자 확인 후 환불이 진행되며, 환불 일정은 구매하신 쇼핑몰에서 안내합니다.",
                    links=[("배송조회", f"https://trace.cjlogistics.com/next/tracking.html?wblNo={no}")])
    t.append(cj_pickup)

    def coupang_order():
        item = choose(["무선 청소기 필터 2개입", "아기 물티슈 10팩", "캠핑 의자", "커피 원두 1kg"])
        won = f"{RNG.randrange(12, 190) * 1000:,}"
        return dict(from_name="쿠팡", from_addr="order@coupang.com", subject=f"주문이 완료되었습니다 - {item}",
                    text=f"고객님의 주문이 정상적으로 접수되었습니다.\n\n상품: {item}\n결제금액: {won}원\n결제수단: 쿠페이 머니\n도착 예정: 내일(목) 새벽\n\n"
                         "주문 내역은 쿠팡 앱 또는 웹사이트의 마이쿠팡에서 확인하실 수 있습니다.",
                    links=[("주문 상세 보기", "https://mc.coupang.com/ssr/desktop/order/list"), ("고객센터", "https://www.coupang.com/np/cs")],
                    form="html", style="button")
    t.append(coupang_order)

    def baemin_receipt():
        shop = choose(["행복한 떡볶이 역삼점", "한솥도시락 판교점", "교촌치킨 망원점"])
        return dict(from_name="배달의민족", from_addr="receipt@baemin.com", subject=f"[배달의민족] {shop} 주문 영수증",
                    text=f"주문해 주셔서 감사합니다.\n\n가게: {shop}\n주문 금액: {RNG.randrange(15, 48) * 1000:,}원\n배달팁: 3,000원\n결제: 배민페이\n\n"
                         "리뷰를 남겨 주시면 다른 분들께 큰 도움이 됩니다.",
                    links=[("주문 내역", "https://www.baemin.com/order/history")], msgid_domain="woowahan.com")
    t.append(baemin_receipt)

    def daangn():
        item = choose(["아기 카시트", "자전거", "전자레인지", "원목 책상"])
        return dict(from_name="당근", from_addr="noreply@daangn.com", subject=choose([f"관심 목록의 '{item}' 가격이 내려갔어요", f"'{item}' 새 채팅이 왔어요"]),
                    text=f"동네 이웃이 '{item}'에 대해 메시지를 보냈어요.\n거래는 가급적 직접 만나서 하시고, 외부 링크로 결제를 요구하면 응하지 마세요.",
                    links=[("당근에서 확인하기", "https://www.daangn.com/")], form="html")
    t.append(daangn)

    def hyundaicard_approval():
        won = f"{RNG.randrange(20, 900) * 100:,}"
        return dict(from_name="현대카드", from_addr="alert@hyundaicard.com", subject="[현대카드] 해외 이용 승인 안내",
                    text=f"현대카드 M 본인 회원님, 해외 가맹점 이용이 승인되었습니다.\n\n가맹점: BOOKING.COM\n승인금액: USD {won}\n승인일시: 11/{RNG.randrange(1, 28)} 21:14\n\n"
                         "본인이 이용하지 않은 경우 카드 뒷면의 고객센터(1577-6000)로 연락 주시기 바랍니다. 현대카드는 문자나 메일로 링크를 보내 개인정보를 요구하지 않습니다.",
                    links=[("이용내역 조회", "https://www.hyundaicard.com/cpu/ma/CPUMA0101_01.hc")])
    t.append(hyundaicard_approval)

    def kakaobank_maturity():
        return dict(from_name="카카오뱅크", from_addr="notice@kakaobank.com", subject="정기예금 만기 안내",
                    text=f"고객님의 정기예금이 {RNG.randrange(1, 28)}일에 만기됩니다.\n만기 후에는 원금과 이자가 입출금통장으로 자동 입금됩니다.\n"
                         "재예치를 원하시면 카카오뱅크 앱 > 예금에서 신청해 주세요.\n본 메일은 발신 전용입니다.", form=choose(["html", "alt"]))
    t.append(kakaobank_maturity)

    def kfcc_meeting():
        branch = choose(["성내동", "구월", "금호"])
        return dict(from_name=f"{branch}새마을금고", from_addr=f"{choose(['gmkfcc', 'sn-kfcc'])}@kfcc.co.kr", subject=f"{branch}새마을금고 제52차 정기총회 개최 안내",
                    text=f"회원님 안녕하십니까.\n{branch}새마을금고 제52차 정기총회를 아래와 같이 개최하오니 참석하여 주시기 바랍니다.\n\n"
                         "일시: 2027년 1월 20일(수) 오후 2시\n장소: 본점 3층 대회의실\n안건: 결산 승인, 이익잉여금 처분, 이사 선임\n\n"
                         "참석하시는 회원님께는 소정의 기념품을 드립니다.", form="plain")
    t.append(kfcc_meeting)

    def nps_notice():
        return dict(from_name="국민연금공단", from_addr="webmaster@nps.or.kr", subject="[국민연금] 가입내역 안내서 발송 알림",
                    text="국민연금 가입자님의 가입 기간과 예상 연금액을 정리한 가입내역 안내서를 보내드립니다.\n"
                         "내 곁에 국민연금 앱 또는 홈페이지에서 로그인 후 확인하실 수 있습니다.\n공단은 전화나 문자로 계좌 비밀번호를 묻지 않습니다.",
                    links=[("국민연금공단 홈페이지", "https://www.nps.or.kr/")])
    t.append(nps_notice)

    def hira_survey():
        return dict(from_name="건강보험심사평가원", from_addr="survey@hira.or.kr", subject="의료 질 평가 국민 설문조사 참여 요청",
                    text="안녕하십니까. 건강보험심사평가원입니다.\n최근 의료기관을 이용하신 분들을 대상으로 환자경험평가 설문을 진행하고 있습니다.\n"
                         "응답 시간은 약 10분이며, 응답 내용은 통계 목적으로만 사용됩니다. 참여는 자율입니다.",
                    links=[("설문 참여", "https://www.hira.or.kr/survey/main.do")])
    t.append(hira_survey)

    def koroad_license():
        return dict(from_name="도로교통공단", from_addr="license@koroad.or.kr", subject="운전면허 적성검사(갱신) 기간 도래 안내",
                    text=f"귀하의 운전면허 적성검사 기간이 2027년 {choose(MONTHS)}월에 끝납니다.\n기간 안에 갱신하지 않으면 과태료가 부과되고, 1년이 지나면 면허가 취소될 수 있습니다.\n"
                         "가까운 운전면허시험장 또는 경찰서 민원실, 안전운전 통합민원 누리집에서 신청하실 수 있습니다.",
                    links=[("안전운전 통합민원", "https://www.safedriving.or.kr/")])
    t.append(koroad_license)

    def university():
        uni, dom = choose([("서울대학교 학사과", "snu.ac.kr"), ("연세대학교 교무처", "yonsei.ac.kr"), ("부산대학교 학생지원과", "pusan.ac.kr")])
        return dict(from_name=uni, from_addr=f"haksa@{dom}", subject=choose(["2027학년도 1학기 수강신청 일정 안내", "겨울 계절학기 등록금 납부 안내"]),
                    text=f"재학생 여러분께 알립니다.\n\n수강신청 기간: 2027. 2. 3.(수) 10:00 ~ 2. 5.(금) 17:00\n장바구니: 1. 27. ~ 1. 29.\n\n"
                         "등록금 납부 기간을 넘기면 수강신청이 취소되니 기한을 지켜 주십시오. 자세한 내용은 학사 공지를 참고 바랍니다.",
                    links=[("학사 공지", f"https://www.{dom}/notice/academic"), ("수강신청 시스템", f"https://sugang.{dom}/")])
    t.append(university)

    def district():
        gu, dom = choose([("마포구청", "mapo.go.kr"), ("수원시청", "suwon.go.kr"), ("해운대구청", "haeundae.go.kr")])
        return dict(from_name=gu, from_addr=f"news@{dom}", subject=f"[{gu}] 겨울철 제설 대책 주민 설명회 안내",
                    text=f"{gu}에서 겨울철 제설 대책에 관한 주민 설명회를 엽니다.\n일시: 12월 {RNG.randrange(1, 20)}일 오후 7시, 구청 대강당\n"
                         "이면도로 제설함 위치와 내 집 앞 눈 치우기 안내를 드릴 예정입니다. 많은 참석 바랍니다.",
                    links=[("구정 소식 보기", f"https://www.{dom}/portal/bbs/B0000002/list.do")])
    t.append(district)

    def court_ecase():
        no = f"2026가소{RNG.randrange(100000, 999999)}"
        return dict(from_name="대한민국 법원 전자소송", from_addr="ecfs@scourt.go.kr", subject=f"[전자소송] {no} 사건 송달 알림",
                    text=f"전자소송 사용자님께\n\n{no} 사건의 서류가 전자적으로 송달되었습니다.\n송달 서류: 변론기일 통지서\n\n"
                         "전자소송 홈페이지에 공동인증서로 로그인하여 확인하시기 바랍니다. 송달 후 1주가 지나면 확인하지 않으셔도 송달된 것으로 봅니다.",
                    links=[("전자소송 홈페이지", "https://ecfs.scourt.go.kr/")], form=choose(["plain", "alt"]))
    t.append(court_ecase)

    def hiking_list():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@hanmail.net", to="sanlove@groups.haetae-check.kr",
                    subject=choose(["[산사랑] 12월 정기산행 북한산 의상능선", "Re: [산사랑] 아이젠 공동구매 하실 분"]),
                    text=f"회원님들 안녕하세요, 산행대장 {n}입니다.\n이번 달 정기산행은 북한산 의상능선입니다. 구파발역 2번 출구 오전 9시 집결.\n"
                         "회비 1만원(뒤풀이 포함)은 당일 걷겠습니다. 눈 예보 있으니 아이젠 꼭 챙기세요.\n\n-- \n산사랑 메일링리스트",
                    headers=[("List-Id", "<sanlove.groups.haetae-check.kr>"), ("List-Post", "<mailto:sanlove@groups.haetae-check.kr>"), ("Precedence", "list")],
                    form="plain")
    t.append(hiking_list)

    def dev_list():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@gmail.com", to="dev@lists.kor-oss.org",
                    subject=choose(["Re: [kor-oss] 형태소 분석기 빌드 오류", "[kor-oss] 다음 스프린트 이슈 정리"]),
                    text=f"> 우분투 24.04에서 빌드가 안 됩니다\n\n저도 같은 증상이었는데 libmecab-dev 버전 문제였어요. 2.0으로 올리니 해결됐습니다.\n"
                         "PR 올려두었으니 리뷰 부탁드립니다. 그리고 사전 라이선스 관련 논의는 다음 정기 모임 때 이어가죠.\n\n{n}".replace("{n}", n),
                    headers=[("List-Id", "kor-oss developers <dev.lists.kor-oss.org>"), ("List-Unsubscribe", "<mailto:dev-leave@lists.kor-oss.org>"),
                             ("In-Reply-To", f"<{RNG.getrandbits(40):x}@lists.kor-oss.org>")], form="plain")
    t.append(dev_list)

    def apartment():
        return dict(from_name="래미안관리사무소", from_addr="office@raemian-apt.co.kr", subject="승강기 정기 점검 및 저수조 청소 안내",
                    text=f"입주민 여러분께 알려드립니다.\n{RNG.randrange(101, 112)}동 승강기 정기 점검이 12월 {RNG.randrange(2, 9)}일 10시부터 12시까지 진행됩니다.\n"
                         "같은 날 오후에는 저수조 청소로 2시간가량 단수될 예정이오니 미리 물을 받아 두시기 바랍니다.\n관리사무소 드림", form="plain")
    t.append(apartment)

    def wedding_friend():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@naver.com", subject=choose(["나 결혼해! 모바일 청첩장 보내", "청첩장 보내드려요 :)"]),
                    text=f"오랜만이야, 잘 지내지? 나 드디어 내년 1월에 결혼해.\n장소는 강남 더채플앳청담이고 토요일 낮 12시 30분이야.\n"
                         "모바일 청첩장 링크 보낼게, 지도랑 주차 안내 다 있어. 바쁘면 마음만 보내도 돼 ㅎㅎ 꼭 보자!\n\n{n}".replace("{n}", n),
                    links=[("모바일 청첩장", f"https://card.barunsoncard.com/m/{RNG.getrandbits(24):06x}")], form=choose(["plain", "alt"]))
    t.append(wedding_friend)

    def obituary_internal():
        n, a = person()
        f, d = choose(FIRMS)
        return dict(from_name=f"{f} 인사팀", from_addr=f"hr@{d}", subject=f"[부고] 영업팀 {n} 팀장 부친상",
                    text=f"영업팀 {n} 팀장의 부친께서 별세하셨기에 삼가 알려드립니다.\n\n빈소: 분당서울대학교병원 장례식장 3호실\n발인: 11월 {RNG.randrange(3, 28)}일 오전 7시\n\n"
                         "조의금은 회사 경조 규정에 따라 총무팀에서 일괄 전달합니다. 고인의 명복을 빕니다.",
                    links=[("장례식장 오시는 길", "https://www.snubh.org/funeral/")], form="plain")
    t.append(obituary_internal)

    def naver_real_login():
        return dict(from_name="네이버", from_addr="navercorp@navercorp.com", subject="[네이버] 새로운 환경에서 로그인되었습니다",
                    text=f"회원님의 네이버 아이디로 새로운 환경에서 로그인했습니다.\n\n일시: 2026-11-{RNG.randrange(10, 28)} 08:12\n기기: Chrome (Windows)\n지역: 대한민국\n\n"
                         "본인이 맞다면 이 메일은 무시하셔도 됩니다. 본인이 아니라면 네이버 내정보에서 비밀번호를 변경해 주세요.",
                    links=[("로그인 기록 확인", "https://nid.naver.com/user2/help/myInfo")], form="html")
    t.append(naver_real_login)

    def elevenst_cancel():
        return dict(from_name="11번가", from_addr="cs@11st.co.kr", subject="[11번가] 주문 취소가 완료되었습니다",
                    text=f"고객님이 요청하신 주문 취소가 완료되었습니다.\n취소 금액 {RNG.randrange(10, 120) * 1000:,}원은 결제하신 카드사를 통해 3~5 영업일 안에 환불됩니다.",
                    links=[("나의 11번가", "https://buy.11st.co.kr/my11st/order/OrderList.tmall")])
    t.append(elevenst_cancel)

    def samsungcard_statement():
        return dict(from_name="삼성카드", from_addr="statement@samsungcard.com", subject=f"[삼성카드] {choose(MONTHS)}월 이용대금 명세서",
                    text=f"고객님의 이번 달 결제 예정 금액은 {RNG.randrange(100, 2500) * 1000:,}원입니다.\n결제일: 매월 14일\n"
                         "명세서는 보안 메일로 첨부되어 있으며 생년월일 6자리로 열어 보실 수 있습니다.",
                    links=[("삼성카드 홈페이지", "https://www.samsungcard.com/")], form="html")
    t.append(samsungcard_statement)

    def school_letter():
        school = choose(["서울한빛초등학교", "대전새솔초등학교"])
        return dict(from_name=school, from_addr="admin@hanbit-es.sen.go.kr", subject="[가정통신문] 겨울방학 방과후학교 수강 신청 안내",
                    text=f"학부모님께\n{school} 겨울방학 방과후학교 프로그램 수강 신청을 아래와 같이 받습니다.\n"
                         "신청 기간: 12월 1일 ~ 12월 8일\n강좌: 코딩, 로봇과학, 바이올린, 주산\n수강료는 스쿨뱅킹으로 자동이체됩니다.",
                    links=[("신청서 작성", "https://www.eduro.go.kr/")])
    t.append(school_letter)

    def scam_talk():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@{choose(FIRMS)[1]}", subject=choose(["아까 말한 보이스피싱 전화", "엄마한테 이상한 문자 왔대"]),
                    text="아까 점심때 말했던 거요. 어제 서울중앙지검 수사관이라면서 제 명의 계좌가 범죄에 연루됐다고 전화가 왔거든요.\n"
                         "바로 끊고 경찰청 112에 물어보니까 전형적인 수법이래요. 검찰은 전화로 돈을 옮기라고 하지 않는다고.\n"
                         "부모님들께도 한 번씩 말씀드리세요. 요즘은 택배 주소 확인하라는 문자도 많대요.", form="plain")
    t.append(scam_talk)

    def security_awareness():
        f, d = choose(FIRMS)
        return dict(from_name=f"{f} 정보보안팀", from_addr=f"security@{d}", subject="[보안 공지] 택배·과태료 사칭 문자 및 메일 주의",
                    text="최근 임직원을 대상으로 한 사칭 메일이 늘고 있습니다.\n\n예시) '[국제발신] 주소지 불일치로 배송 보류, 주소 수정 바랍니다 → 단축 URL'\n"
                         "예시) '교통법규 위반 과태료 미납 조회'\n\n이런 메일의 링크는 누르지 마시고, 계정 정보를 입력했다면 즉시 비밀번호를 바꾸고 보안팀(내선 2211)에 알려 주세요.",
                    form=choose(["plain", "alt"]))
    t.append(security_awareness)

    def quote_request():
        n, a = person()
        f, d = choose(FIRMS)
        return dict(from_name=n, from_addr=f"{a}@{d}", subject="사무용 가구 견적 요청드립니다",
                    text=f"안녕하세요, {f} {n}입니다.\n내년 1월 사무실 이전에 맞춰 책상 24조, 회의 테이블 2개, 의자 30개 견적을 요청드립니다.\n"
                         "납품 희망일은 1월 10일이며 설치까지 포함한 금액으로 부탁드립니다. 세금계산서 발행 가능 여부도 알려 주세요.\n감사합니다.",
                    form="plain")
    t.append(quote_request)

    def boardgame():
        n, a = person()
        return dict(from_name=n, from_addr=f"{a}@gmail.com", subject="금요일 보드게임 모임 (홀덤 룰 정리)",
                    text="금요일 모임 공지해요. 이번엔 칩만 쓰는 텍사스 홀덤이랑 스플렌더 할 거예요. 돈 거는 거 아니니까 부담 없이 오세요!\n"
                         "홀덤 처음이신 분 위해 족보 정리한 거 첨부했어요. 장소는 저번 그 보드게임 카페, 7시.", form="plain")
    t.append(boardgame)
    return t


# ---------------------------------------------------------------- spam

SPAM_HOSTS = ["run-money.top", "quickcash-kr.xyz", "wjdqhs.site", "rk7.live", "vvip-hub.shop", "dal-bit.click", "hyeon-job.work",
              "pick365.bet", "j-stock.info", "mjd88.online"]
SHORT = ["bit.ly", "han.gl", "me2.do", "vo.la", "zrr.kr", "url.kr", "c11.kr", "t.ly", "is.gd", "buly.kr"]


def short():
    alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return f"https://{choose(SHORT)}/{''.join(choose(alphabet) for _ in range(RNG.randrange(5, 8)))}"


def spam_addr():
    return f"{choose(['help', 'vip', 'event', 'info', 'manager', 'cs', 'no-reply'])}{RNG.randrange(1, 99)}@{choose(SPAM_HOSTS + ['gmail.com', 'naver.com', 'outlook.com'])}"


def spam_templates():
    t = []

    def emergency_fund():
        return dict(from_name=choose(["비상금센터", "모바일머니"]), from_addr=spam_addr(), subject=choose(["비상금 필요하세요? 휴대폰 하나로 3분 확인", "급하게 돈 필요할 때 3분이면 끝"]),
                    text=f"직장인·주부·프리랜서 누구나\n휴대폰 본인 확인만 하면 최대 {RNG.randrange(3, 9)}00만원\n신용점수 상관없이 한도 확인 가능\n조회해도 점수 안 떨어짐!",
                    links=[("한도 확인", short())], form=choose(["plain", "html"]))
    t.append(emergency_fund)

    def policy_fund():
        return dict(from_name="기업자금지원센터", from_addr=spam_addr(), subject="대표님, 올해 정책자금 마감 전 마지막 안내입니다",
                    text="대표님 안녕하십니까.\n중소벤처기업진흥공단·소상공인 정책자금 신청을 저희가 대행해 드리고 있습니다.\n"
                         "연 2%대 운영자금, 시설자금 최대 5억까지 가능하며 승인되지 않으면 수수료는 받지 않습니다.\n"
                         "업력 1년 이상이면 누구나 진단 가능하니 회신 주시거나 010-7" + f"{RNG.randrange(100, 999)}-{RNG.randrange(1000, 9999)}로 연락 주십시오.",
                    form="plain")
    t.append(policy_fund)

    def credit_free():
        return dict(from_name="", from_addr=spam_addr(), subject=choose(["신용 낮아도 OK, 오늘 입금", "연체 이력 있어도 진행됩니다"]),
                    text="은행에서 거절당하셨나요?\n연체 기록, 4대보험 미가입, 개인회생 중이어도 상담 후 당일 송금!\n"
                         "통장 사본 하나면 끝. 카톡 상담 ID: money" + f"{RNG.randrange(10, 99)}", links=[("상담하기", f"https://{choose(SPAM_HOSTS)}/apply")], form="html")
    t.append(credit_free)

    def casino_bars():
        return dict(from_name=choose(["VIP라운지", "에볼루션 공식"]), from_addr=spam_addr(), subject=choose(["카|지|노 신규 40% 충전 이벤트", "바_카_라 실시간 딜러 오픈"]),
                    text="★ 라이브 바_카_라 / 룰|렛 / 스|롯 ★\n신규 첫 입금 40% 추가 지급\n매 입금 10% 보너스\n무제한 출금 · 5분 이내 처리\n가입 코드: 7777",
                    links=[("입장하기", f"https://{choose(SPAM_HOSTS)}/?code=7777")], form=choose(["html", "alt"]))
    t.append(casino_bars)

    def casino_emoji():
        return dict(from_name="", from_addr=spam_addr(), subject="카🎰지🎰노 먹🚫튀 없는 곳 찾으세요?",
                    text="검증 완료 메🎲이🎲저\n에볼루션 정식 라이선스\n신규 가입 시 3만 포인트 즉시 지급\n텔레그램 @evo_vipkr 상담 24시간", charset="utf-8",
                    links=[("바로가기", short())])
    t.append(casino_emoji)

    def toto_jamo():
        return dict(from_name="스포츠분석", from_addr=spam_addr(), subject=choose(["ㅌㅌ 오늘 경기 분석 픽 무료", "ㅅㅍㅊ 적중 픽 공개"]),
                    text="오늘 EPL·NBA 경기 분석픽 무료 공개합니다.\n스포츠 배 팅 처음이신 분도 OK\n첫 충 30% + 페이백 5%\n"
                         "ㅌ ㅔ ㄹ ㄹ ㅔ : @sportpick365", links=[("픽 확인", f"https://{choose(SPAM_HOSTS)}/pick")])
    t.append(toto_jamo)

    def holdem_online():
        return dict(from_name="홀덤클럽", from_addr=spam_addr(), subject="온라인 홀덤 토너먼트 GTD 1억 개최",
                    text="매일 밤 10시 온라인 홀덤 토너먼트\n신규 회원 바이인 무료 티켓 3장\n현금 환전 빠르고 안전하게\n가입 문의 카톡 holdem" + f"{RNG.randrange(10, 99)}",
                    links=[("토너먼트 참가", f"https://{choose(SPAM_HOSTS)}/tour")], form="html")
    t.append(holdem_online)

    def leading_telegram():
        return dict(from_name=choose(["주식 전문가 김팀장", "한국투자연구소"]), from_addr=spam_addr(), subject=choose(["이번 주 급등 예상 종목 3개 공개", "수익 인증 — 지난달 회원 평균 +47%"]),
                    text="지난달 추천 종목 평균 수익 +47%\n내일 장 시작 전 세력 매집 종목 무료로 드립니다.\n"
                         f"텔레그램 t.me/kstock_vip{RNG.randrange(10, 99)} 입장 후 '무료'라고 남겨 주세요.\n선착순 50명 마감",
                    links=[("무료방 입장", f"https://t.me/kstock_vip{RNG.randrange(10, 99)}")])
    t.append(leading_telegram)

    def leading_openchat():
        return dict(from_name="", from_addr=spam_addr(), subject="[무료] 상한가 따라잡기 오픈채팅방 초대",
                    text="매일 아침 8시 40분 오늘의 종목 알림\n단타·스윙 전문 애널리스트 직접 운영\n오픈채팅 참여코드 2580\n",
                    links=[("오픈채팅 참여", f"https://open.kakao.com/o/g{RNG.getrandbits(30):08x}")], form=choose(["plain", "html"]))
    t.append(leading_openchat)

    def ai_trading():
        return dict(from_name="AI퀀트", from_addr=spam_addr(), subject="AI 자동매매로 월 30% 꾸준히 — 코인 선물",
                    text="잠자는 동안에도 AI가 대신 매매합니다.\n바이낸스 선물 자동매매 프로그램, 최근 6개월 손실 없는 달 5개월\n"
                         "무료 체험 7일 제공, 지금 신청 시 평생 수수료 할인", links=[("무료 체험 신청", f"https://{choose(SPAM_HOSTS)}/ai")], form="alt")
    t.append(ai_trading)

    def ipo_allot():
        return dict(from_name="공모주배정센터", from_addr=spam_addr(), subject="상장 전 우선 배정 물량 안내 (기관 배정분)",
                    text="다음 달 코스닥 상장 예정 기업 기관 배정 물량 일부를 회원님께 우선 배정해 드립니다.\n"
                         "상장 당일 평균 2.5배, 지금 신청하시면 주당 8,000원에 배정 가능\n배정 신청 마감 금요일 18시",
                    links=[("배정 신청", short())])
    t.append(ipo_allot)

    def review_job():
        return dict(from_name=choose(["쇼핑몰 운영팀", "리뷰단 모집"]), from_addr=spam_addr(), subject=choose(["하루 10분 상품평 쓰고 일 5만원", "쿠팡 상품 리뷰 작성자 모집 (재택)"]),
                    text="스마트폰만 있으면 누구나\n지정 상품 구매 → 리뷰 작성 → 구매금액 + 수고비 즉시 환급\n하루 10분, 일 5만원 보장\n"
                         "경력 무관, 주부·학생 환영. 카카오톡 ID: review" + f"{RNG.randrange(100, 999)}",
                    links=[("지원하기", f"https://{choose(SPAM_HOSTS)}/join")])
    t.append(review_job)

    def mission_job():
        return dict(from_name="", from_addr=spam_addr(), subject="유튜브 좋아요 누르기만 하면 건당 3,000원",
                    text="유튜브 채널 구독, 좋아요 누르기 간단 미션\n건당 3,000원, 팀 미션 참여 시 추가 수당\n텔레그램 @mission_manager_k 로 '참여' 보내 주세요",
                    form="plain")
    t.append(mission_job)

    def data_entry():
        return dict(from_name="재택사무", from_addr=spam_addr(), subject="집에서 하는 데이터 입력 업무 (나이 무관)",
                    text="엑셀 자료 입력 간단 업무입니다.\n하루 2~3시간, 주 단위 정산, 월 200 이상 가능\n교육 후 바로 시작 · 등록비 없음\n지원: 아래 링크",
                    links=[("업무 신청", short())], form=choose(["plain", "alt"]))
    t.append(data_entry)

    def adult_meet():
        return dict(from_name="지은", from_addr=spam_addr(), subject=choose(["오빠 오늘 시간 돼요?", "근처에 사는 20대 회원 3명이 프로필을 봤어요"]),
                    text="회원님 근처 2km 안에 대화 기다리는 여성 회원이 있어요\n가입 즉시 무료 쪽지 10개\n사진 인증 회원만 활동해요 ♡",
                    links=[("프로필 보기", short())], charset="utf-8")
    t.append(adult_meet)

    def adult_video():
        return dict(from_name="", from_addr=spam_addr(), subject="성인 인증 없이 무제한 시청 ㅎㅎ",
                    text="성인 19+ 무삭제 영상 매일 업데이트\n지금 가입하면 30일 무료 이용권\n주소가 자주 바뀌니 즐겨찾기 필수",
                    links=[("바로 보기", f"https://{choose(SPAM_HOSTS)}/v")], form="html")
    t.append(adult_video)

    def male_pills():
        return dict(from_name="해외직배송", from_addr=spam_addr(), subject="남성 활력 제품 정품 직배송 (처방 없이)",
                    text="병원 안 가고 처방 없이 받아 보세요\n인도 정품 타다라필 / 실데나필\n10정 구매 시 10정 추가\n익명 포장, 전국 2일 배송",
                    links=[("주문하기", f"https://{choose(SPAM_HOSTS)}/rx")])
    t.append(male_pills)

    def diet_pills():
        return dict(from_name="", from_addr=spam_addr(), subject="식욕억제제 처방 없이 구매 가능",
                    text="펜터민 계열 식욕억제제 병원 처방 없이 바로\n한 달 -8kg 후기 다수\n카톡 diet" + f"{RNG.randrange(10, 99)} 로 문의", form="plain")
    t.append(diet_pills)

    def venture_consult():
        n, a = person()
        return dict(from_name=f"{n} 수석컨설턴트", from_addr=f"{a}@{choose(['gmail.com', 'naver.com'])}", subject="대표님께 — 벤처·이노비즈 인증으로 법인세 절감 방법",
                    text="대표님 안녕하세요. 기업 인증 전문 컨설팅사입니다.\n벤처기업, 이노비즈, 메인비즈 인증을 받으시면 법인세 감면과 정책자금 우대 혜택을 받으실 수 있습니다.\n"
                         "현재 무료 진단을 진행 중이며 인증 실패 시 비용은 전액 환불해 드립니다.\n편하신 시간에 회신 주시면 상세히 안내드리겠습니다.",
                    form="plain")
    t.append(venture_consult)

    def blog_marketing():
        return dict(from_name="마케팅연구소", from_addr=spam_addr(), subject="사장님 가게, 네이버 플레이스 상위 노출시켜 드립니다",
                    text="네이버 플레이스·블로그 상위 노출 작업\n1개월 보장형, 순위 못 올리면 100% 환불\n리뷰 100건 패키지 특가 진행 중\n상담 010-" + f"{RNG.randrange(1000, 9999)}-{RNG.randrange(1000, 9999)}",
                    links=[("견적 문의", f"https://{choose(SPAM_HOSTS)}/mk")], form=choose(["html", "plain"]))
    t.append(blog_marketing)

    def marked_casino():
        return dict(from_name="슬롯월드", from_addr=spam_addr(), subject="(광고) 슬롯 신규 오픈 기념 첫 충전 50%",
                    text="신규 슬롯 게임 100종 오픈\n첫 충전 50%, 매일 출석 보너스\n수신거부: 회신으로 '거부' 입력",
                    links=[("게임하기", f"https://{choose(SPAM_HOSTS)}/slot")])
    t.append(marked_casino)

    def replica():
        return dict(from_name="명품리셀", from_addr=spam_addr(), subject="1:1 미러급 명품 가방 입고 (정품 대비 10%)",
                    text="샤넬 · 루이비통 · 구찌 미러급 신상 입고\n정품과 구별 불가 퀄리티, 정품 대비 10% 가격\n주문은 카톡 lux" + f"{RNG.randrange(100, 999)}",
                    links=[("신상 보기", short())], form="html")
    t.append(replica)
    return t


# ---------------------------------------------------------------- phishing

PHISH_HOSTS = ["hanjin-delivery.top", "lotte-glogis-kr.com", "efine-police.xyz", "gov24-support.site", "kbank-secure.live",
               "kfcc-otp.online", "naver-mailbox.help", "nhis-refund.icu", "daangn-pay.shop", "baemin-event.shop",
               "scourt-notice.com", "kakaobank-auth.net", "samsungcard-kr.info", "koroad-fine.click"]


def phish_addr(local=None):
    return f"{local or choose(['notice', 'service', 'no-reply', 'admin', 'support'])}@{choose(PHISH_HOSTS + ['gmail.com', 'outlook.kr', 'hotmail.com'])}"


def phish_templates():
    t = []

    def hanjin_mismatch():
        return dict(from_name="한진택배", from_addr=phish_addr(), subject=choose(["[국제발신] 주소지 불일치로 배송 보류", "[한진택배] 도로명 주소 오류로 상품이 보관 중입니다"]),
                    text=f"고객님의 상품(운송장 {RNG.randrange(10**9, 10**10)})이 주소 불일치로 배송되지 못했습니다.\n48시간 안에 주소를 수정하지 않으면 반송됩니다.",
                    links=[("주소 수정하기", short())], form=choose(["plain", "html"]))
    t.append(hanjin_mismatch)

    def lotte_redelivery():
        return dict(from_name="롯데택배 고객센터", from_addr=phish_addr("delivery"), subject="재배송 요청 확인 — 운송장 정보 오류",
                    text="운송장 정보가 일치하지 않아 배송이 중단되었습니다. 아래에서 수령 정보를 확인하고 재배송 수수료 1,200원을 결제해 주세요.",
                    links=[("수령 정보 확인", f"https://{choose(PHISH_HOSTS)}/redelivery")], form="html", style="button")
    t.append(lotte_redelivery)

    def traffic_fine():
        return dict(from_name=choose(["경찰청 교통민원24", "교통범칙금 안내"]), from_addr=phish_addr(), subject=choose(["교통법규 위반 과태료 미납 안내", "[경찰청] 신호위반 범칙금 고지"]),
                    text=f"귀하의 차량이 11월 {RNG.randrange(1, 28)}일 신호위반으로 단속되었습니다.\n납부 기한이 지나 가산금이 부과될 예정입니다.\n위반 사진과 금액은 아래에서 조회하세요.",
                    links=[("위반 내역 조회", short())])
    t.append(traffic_fine)

    def koroad_fine():
        return dict(from_name="도로교통공단", from_addr=phish_addr(), subject="[도로교통공단] 미납 범칙금 최종 통보",
                    text="범칙금이 미납되어 운전면허 정지 처분 예정입니다.\n처분을 피하려면 오늘 안에 아래 사이트에서 본인 확인 후 납부하십시오.",
                    links=[("납부하기", f"https://{choose(PHISH_HOSTS)}/pay")], form="html")
    t.append(koroad_fine)

    def relief_fund():
        return dict(from_name="정부24", from_addr=phish_addr(), subject=choose(["2026 민생회복 지원금 신청 대상자 안내", "[정부24] 고유가 피해 지원금 미신청 알림"]),
                    text=f"귀하는 민생회복 지원금 {RNG.randrange(2, 6)}0만원 지급 대상자입니다.\n신청 기한이 얼마 남지 않았습니다. 아래에서 본인 인증 후 받을 계좌를 등록하세요.",
                    links=[("지원금 신청", f"https://{choose(PHISH_HOSTS)}/apply")])
    t.append(relief_fund)

    def disaster_fund():
        return dict(from_name="행정안전부", from_addr=phish_addr(), subject="재난지원금 지급 계좌 확인 요청",
                    text="재난지원금 지급을 위해 등록하신 계좌 정보 확인이 필요합니다.\n카드번호와 비밀번호 앞 2자리를 입력하시면 바로 지급됩니다.",
                    links=[("계좌 확인", short())], form="plain")
    t.append(disaster_fund)

    def obituary_lure():
        n = choose(NAMES)[0]
        return dict(from_name=n, from_addr=phish_addr(), subject=f"[부고] {n}님 모친상",
                    text=f"{n}님의 모친께서 별세하셨기에 삼가 알려드립니다.\n장례식장과 발인 일정은 아래 모바일 부고장에서 확인 부탁드립니다.",
                    links=[("모바일 부고장", short())], form="plain")
    t.append(obituary_lure)

    def wedding_lure():
        return dict(from_name="", from_addr=phish_addr(), subject="모바일 청첩장이 도착했습니다 ♥",
                    text="저희 두 사람 결혼합니다. 바쁘시더라도 모바일 청첩장 확인 부탁드려요 ♥\n(안드로이드는 앱 설치 후 확인 가능)",
                    links=[("청첩장 보기", short())], charset="utf-8")
    t.append(wedding_lure)

    def baemin_prize():
        return dict(from_name="배달의민족 이벤트", from_addr=phish_addr(), subject="축하합니다! 창립 기념 이벤트 경품에 당첨되셨습니다",
                    text="배민 창립 이벤트에서 에어팟 프로에 당첨되셨습니다.\n경품 수령을 위해 배송비 3,000원을 결제하시고 주소를 입력해 주세요.\n24시간 이내 미확인 시 당첨이 취소됩니다.",
                    links=[("경품 받기", f"https://{choose(PHISH_HOSTS)}/prize")], form="html", style="button")
    t.append(baemin_prize)

    def overseas_approval():
        card = choose(["삼성카드", "롯데카드", "현대카드"])
        return dict(from_name=card, from_addr=phish_addr(), subject=f"[Web발신] {card} 해외승인 USD {RNG.randrange(500, 1900)}.00",
                    text=f"[Web발신]\n{card} 해외 승인\nUSD {RNG.randrange(500, 1900)}.00 Amazon US\n본인 결제가 아닐 경우 즉시 소비자보호센터 02-{RNG.randrange(700, 999)}-{RNG.randrange(1000, 9999)}으로 신고 바랍니다.",
                    form="plain")
    t.append(overseas_approval)

    def court_summons():
        return dict(from_name="서울중앙지방법원", from_addr=phish_addr(), subject=f"[법원] 사건 2026고단{RNG.randrange(1000, 9999)} 출석 요구 통지",
                    text="귀하는 위 사건과 관련하여 피고인 신분으로 출석을 요구받았습니다.\n정해진 기일에 출석하지 않으면 구인장이 발부될 수 있습니다.\n첨부된 출석 요구서를 열어 사건 내용을 확인하십시오.",
                    form="alt", attach=("출석요구서.html", "text/html",
                                        "<html><body><form action='https://scourt-notice.com/l'><input type='password' name='p'></form></body></html>".encode()))
    t.append(court_summons)

    def kakaobank_lock():
        return dict(from_name="카카오뱅크", from_addr=phish_addr(), subject="비정상 접근이 감지되어 계좌 이용이 일시 중지되었습니다",
                    text="고객님 계좌에 다른 기기에서 접근한 기록이 있어 이체가 일시 중지되었습니다.\n재인증을 완료하면 즉시 정상 이용이 가능합니다.",
                    links=[("재인증하기", f"https://{choose(PHISH_HOSTS)}/auth")], form=choose(["html", "alt"]))
    t.append(kakaobank_lock)

    def kfcc_otp():
        return dict(from_name="새마을금고", from_addr=phish_addr(), subject="[새마을금고] 디지털 OTP 재등록 안내",
                    text="보안 정책 변경으로 기존 디지털 OTP가 만료됩니다.\n만료 전 재등록하지 않으면 인터넷뱅킹 이용이 제한됩니다.\n아래에서 OTP를 다시 등록해 주세요.",
                    links=[("OTP 재등록", f"https://{choose(PHISH_HOSTS)}/otp")])
    t.append(kfcc_otp)

    def naver_quota():
        return dict(from_name="NAVER 메일", from_addr=phish_addr("mailer"), subject=choose(["메일함 용량이 초과되어 수신이 중단됩니다", "휴면 계정 전환 예정 안내"]),
                    text="회원님의 메일함 저장 공간이 가득 찼습니다. 오늘 이후 도착하는 메일은 반송됩니다.\n로그인하여 저장 공간을 무료로 늘리세요.",
                    links=[("공간 늘리기", f"https://nid.naver.com.{choose(PHISH_HOSTS)}/login")], form="html", style="button")
    t.append(naver_quota)

    def nhis_refund():
        return dict(from_name="국민건강보험공단", from_addr=phish_addr(), subject="본인부담상한액 초과 환급금 미수령 안내",
                    text=f"고객님께 돌려드릴 진료비 {RNG.randrange(10, 99)},{RNG.randrange(100, 999)}원이 있습니다.\n수령 기한이 지나면 소멸되니 본인 확인 후 신청하세요.",
                    links=[("환급금 조회", short())])
    t.append(nhis_refund)

    def daangn_pay():
        return dict(from_name="당근페이", from_addr=phish_addr(), subject="안전결제 요청이 도착했습니다",
                    text="구매자가 당근페이 안전결제로 대금을 입금했습니다.\n판매 대금을 받으려면 아래 링크에서 계좌와 카드 정보를 확인해 주세요.",
                    links=[("대금 받기", f"https://{choose(PHISH_HOSTS)}/safe")], form="html")
    t.append(daangn_pay)
    return t


# ---------------------------------------------------------------- legal bulk

def bulk_templates():
    t = []

    def shop(brand, domain, company, ceo, regno, subject, body, optout):
        text = (body + "\n\n" + f"본 메일은 수신에 동의하신 회원님께 발송되었습니다. {optout}\n"
                f"{company} | 대표이사 {ceo} | 사업자등록번호 {regno} | 통신판매업신고 제2026-서울강남-{RNG.randrange(1000, 9999)}호\n"
                f"서울특별시 {choose(['강남구 테헤란로', '중구 세종대로', '성동구 왕십리로'])} {RNG.randrange(10, 400)} | 고객센터 1588-{RNG.randrange(1000, 9999)}")
        return dict(from_name=brand, from_addr=f"newsletter@{domain}", subject=subject, text=text,
                    links=[("혜택 보러 가기", f"https://www.{domain}/event/{RNG.randrange(100, 999)}"), ("수신거부", f"https://www.{domain}/member/unsubscribe")],
                    form=choose(["html", "alt"]), style="button",
                    headers=[("List-Unsubscribe", f"<https://www.{domain}/member/unsubscribe>")] if RNG.random() < 0.5 else [])

    t.append(lambda: shop("11번가", "11st.co.kr", "11번가(주)", "안정은", "815-81-01244", "(광고) 십일절 D-3, 장바구니 상품 최대 50% 할인",
                          "담아두신 상품이 십일절에 특가로 나옵니다.\n카드 청구 할인과 T멤버십 추가 적립까지 챙기세요.", "더 이상 받지 않으시려면 [수신거부]를 눌러 주세요."))
    t.append(lambda: shop("G마켓", "gmarket.co.kr", "(주)지마켓", "정형권", "220-81-83676", "(광고)[G마켓] 빅스마일데이 쿠폰이 도착했어요",
                          "빅스마일데이 중복 쿠폰 3종을 지금 받아 가세요.\n스마일클럽 회원은 추가 5% 적립.", "메일 수신을 원치 않으시면 수신거부를 클릭하세요."))
    t.append(lambda: shop("SSG.COM", "ssg.com", "(주)에스에스지닷컴", "최훈학", "870-88-01143", "(광고) 쓱데이 미리 보기 — 신세계 단독 혜택",
                          "올해 쓱데이 행사 상품을 미리 알려드립니다.\n장보기 배송비 무료 쿠폰도 함께 드려요.", "수신 동의 철회는 아래 링크에서 하실 수 있습니다."))
    t.append(lambda: shop("책방 오늘", "bookshop-oneul.kr", "책방오늘", "김소연", "105-12-34567", "(광고) 12월의 책 편지 — 겨울에 읽기 좋은 소설 5권",
                          "이번 달 책방지기가 고른 소설 다섯 권을 소개합니다.\n북토크 신청도 받고 있어요. 자리가 20석뿐입니다.", "뉴스레터를 그만 받고 싶으시면 구독 해지를 눌러 주세요."))
    t.append(lambda: shop("현대카드", "hyundaicard.com", "현대카드(주)", "정태영", "102-81-46521", "(광고) 현대카드 연말 가맹점 캐시백 안내",
                          "연말까지 백화점·여행 가맹점에서 결제하시면 최대 10만 M포인트를 드립니다.\n이벤트 응모 후 이용하셔야 적용됩니다.", "광고성 정보 수신을 원하지 않으시면 수신거부해 주세요."))
    t.append(lambda: shop("한빛손해보험", "hanbit-insure.co.kr", "한빛손해보험(주)", "이상민", "116-81-22334", "(광고) 자동차보험 만기 전 다이렉트 보험료 비교 안내",
                          "자동차보험 만기가 다가옵니다. 다이렉트로 가입하면 설계사 수수료만큼 저렴합니다.\n마일리지 특약 가입 시 추가 할인.", "수신을 거부하시려면 수신거부 링크를 눌러 주세요."))
    t.append(lambda: shop("해법영어학원", "haebeop-academy.kr", "해법영어교실 대치점", "권민지", "211-90-55443", "(광고) 겨울방학 특강 수강생 모집 (초등 4~6학년)",
                          "겨울방학 4주 집중 문법·독해 특강 수강생을 모집합니다.\n조기 등록 시 교재비 무료.", "수신거부를 원하시면 아래 링크를 눌러 주세요."))
    t.append(lambda: shop("호텔 수봄", "subom-hotel.com", "(주)수봄호텔앤리조트", "윤재석", "621-81-99887", "(광고) 크리스마스 객실 패키지 얼리버드 20%",
                          "크리스마스 시즌 객실과 조식, 케이크가 포함된 패키지를 얼리버드 가격에 만나 보세요.", "더 이상 수신을 원하지 않으시면 수신거부를 눌러 주세요."))
    t.append(lambda: shop("미래에셋 투자 세미나", "seminar-invest.co.kr", "한빛투자증권(주)", "오정현", "107-81-77665", "(광고) 2027 시장 전망 투자 세미나 초대",
                          "리서치센터장이 직접 2027년 시장 전망과 자산 배분 전략을 설명합니다.\n투자에는 원금 손실 위험이 있습니다. 참석은 무료, 사전 신청 필수.", "광고 메일 수신을 원치 않으시면 수신거부를 눌러 주세요."))
    t.append(lambda: shop("푸른마을 분양홍보관", "pureun-village.co.kr", "푸른마을개발(주)", "장현철", "134-86-11223", "(광고) 푸른마을 더힐 견본주택 그랜드 오픈",
                          "역세권 84㎡ 단지형 아파트 견본주택을 오픈합니다.\n방문 예약 고객께 기념품을 드립니다. 분양가와 중도금 조건은 홍보관에서 상담해 드립니다.", "수신거부를 원하시면 링크를 눌러 주세요."))
    return t


def main():
    plan = [("ham", ham_templates(), 2), ("spam", spam_templates(), 2), ("phish", phish_templates(), 2), ("bulk", bulk_templates(), 2)]
    total = 0
    for cls, templates, copies in plan:
        folder = os.path.join(HERE, cls)
        shutil.rmtree(folder, ignore_errors=True)
        os.makedirs(folder)
        n = 0
        for copy in range(copies):
            for make in templates:
                n += 1
                m = make()
                m["class"] = cls
                data = build(m, total + n)
                with open(os.path.join(folder, f"{n:04d}.eml"), "wb") as out:
                    out.write(data)
        total += n
        print(f"{cls}: {n}")
    print(f"total: {total}")


if __name__ == "__main__":
    main()
