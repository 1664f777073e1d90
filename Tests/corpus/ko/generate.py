#!/usr/bin/env python3
"""Generates the Korean development set: labelled, written (not scraped) messages.

    python3 Tests/corpus/ko/generate.py            # writes ham/ spam/ phish/ bulk/ beside this file

Every message is built from templates with many slot values: senders, companies, products,
amounts, dates, links. Charsets (UTF-8, EUC-KR labels carrying CP949 text, ks_c_5601-1987),
transfer encodings (base64, quoted-printable, 8bit), RFC 2047 subjects and display names,
plain text, HTML and multipart/alternative, attachments. The classes overlap on purpose:
ham talks about loans, events and account security; spam hides behind free-mail senders and
obfuscation; legal (광고) bulk sells the same products spam does. The seed is fixed, so the
same script writes the same bytes.

Classes:
  ham/    business mail, notices, community mailing lists, receipts and statements, personal mail
  spam/   loans, gambling, stock/crypto 리딩방, fake part-time jobs, adult, medicine, polite plain pitches
  phish/  bank, portal, courier, government impersonation; gift-card and call-back fraud without links
  bulk/   legal advertising: (광고) subject, sender identity, opt-out (정보통신망법 §50)
"""
import base64
import os
import quopri
import random
import shutil
from email.header import Header

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20261127)
# Attachment contents come from their own generator, so they do not shift the messages.
ATTACHMENT_BYTES = random.Random(8)

SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황", "안", "송", "류", "홍"]
GIVEN = ["민준", "서연", "지훈", "하은", "도윤", "지우", "현우", "수빈", "준호", "예린", "성민", "유진", "재현", "다은", "승우",
         "지민", "태윤", "소희", "동현", "혜진", "영호", "미경", "정훈", "은지", "상철", "보라"]
ROMAN = ["minjun", "seoyeon", "jihoon", "haeun", "doyoon", "jiwoo", "hyunwoo", "subin", "junho", "yerin", "sungmin", "yujin",
         "jaehyun", "daeun", "seungwoo", "jimin", "taeyun", "sohee", "donghyun", "hyejin", "youngho", "mikyung", "junghoon",
         "eunji", "sangchul", "bora"]
COMPANIES = [("한빛소프트웨어", "hanbit-sw.co.kr"), ("대양물산", "daeyang.co.kr"), ("미래엔지니어링", "mirae-eng.com"),
             ("세진회계법인", "sejin-cpa.kr"), ("누리교육", "nurie.or.kr"), ("청솔건설", "chungsol.co.kr"),
             ("가온디자인", "gaon-design.kr"), ("동해수산", "donghae-fish.co.kr"), ("새봄병원", "saebom-hospital.or.kr"),
             ("하늘여행사", "haneul-tour.com"), ("바른법무법인", "barun-law.kr"), ("온누리전자", "onnuri-elec.co.kr"),
             ("서울시립도서관", "seoul-lib.go.kr"), ("한국데이터협회", "kdata.or.kr"), ("푸른숲출판", "pureun-books.com")]
DEPTS = ["영업팀", "개발팀", "인사팀", "재무팀", "총무팀", "마케팅팀", "기획팀", "품질관리팀", "고객지원팀", "연구소"]
TITLES = ["대리", "과장", "차장", "부장", "팀장", "주임", "선임연구원", "책임연구원", "사원", "실장"]
FREEMAIL = ["naver.com", "daum.net", "hanmail.net", "gmail.com", "nate.com", "kakao.com"]
SPAM_DOMAINS = ["jackpot-vip.xyz", "money-fast.top", "loan24h.click", "bigwin88.site", "stockking.online", "goldcoin-kr.shop",
                "easyjob-kr.buzz", "vip-lounge.icu", "best-pharm.store", "kr-credit.live", "sun-finance.cyou", "lucky7.bond",
                "megaplay.fun", "okloan.monster", "coinup.rest", "daily-pay.work"]
SPAM_LINK_HOSTS = ["bit.ly", "han.gl", "me2.do", "vo.la", "url.kr", "tinyurl.com", "zrr.kr", "c11.kr"] + SPAM_DOMAINS
CITIES = ["서울", "부산", "대구", "인천", "광주", "대전", "수원", "성남", "고양", "창원"]
WEEKDAYS = ["월", "화", "수", "목", "금"]


def pick(values):
    return R.choice(values)


def person():
    index = R.randrange(len(GIVEN))
    return pick(SURNAMES) + GIVEN[index], ROMAN[index]


def amount(low, high, step=10000):
    return f"{R.randrange(low // step, high // step) * step:,}"


def date_header(day):
    hour, minute = R.randrange(7, 23), R.randrange(60)
    return f"{pick(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])}, {day} Oct 2026 {hour:02d}:{minute:02d}:{R.randrange(60):02d} +0900"


def message_id(domain):
    return f"<{R.getrandbits(64):016x}.{R.randrange(10**6)}@{domain}>"


def encode_header(text, charset):
    if all(ord(c) < 128 for c in text):
        return text
    mode = pick(["b", "q"]) if charset == "utf-8" else "b"
    cs = {"utf-8": "utf-8", "euc-kr": "euc-kr", "ks_c_5601-1987": "ks_c_5601-1987", "cp949": "cp949"}[charset]
    py = "utf-8" if charset == "utf-8" else "cp949"
    if mode == "b":
        # RFC 2047 §2: encoded words at most 75 characters; split on characters.
        words, chunk = [], ""
        for ch in text:
            if len(base64.b64encode((chunk + ch).encode(py))) > 40:
                words.append(chunk)
                chunk = ""
            chunk += ch
        words.append(chunk)
        return " ".join(f"=?{cs}?B?{base64.b64encode(w.encode(py)).decode()}?=" for w in words if w)
    # RFC 2047 §5: every encoded word holds whole characters; split between characters.
    def q(ch):
        return "".join(chr(b) if (48 <= b < 58 or 65 <= b < 91 or 97 <= b < 123) else ("_" if b == 32 else f"={b:02X}") for b in ch.encode(py))
    fixed, chunk = [], ""
    for ch in text:
        if len(chunk) + len(q(ch)) > 45:
            fixed.append(chunk)
            chunk = ""
        chunk += q(ch)
    fixed.append(chunk)
    return " ".join(f"=?{cs}?Q?{p}?=" for p in fixed if p)


def address(name, addr, charset):
    if not name:
        return addr
    if all(ord(c) < 128 for c in name):
        return f'"{name}" <{addr}>'
    return f"{encode_header(name, charset)} <{addr}>"


def body_part(text, subtype, charset):
    py = "utf-8" if charset == "utf-8" else "cp949"
    raw = text.replace("\n", "\r\n").encode(py)
    cte = pick(["base64", "quoted-printable", "8bit"]) if charset == "utf-8" else pick(["base64", "8bit", "quoted-printable"])
    if cte == "base64":
        payload = base64.encodebytes(raw).decode().replace("\n", "\r\n")
    elif cte == "quoted-printable":
        # Encode the LF text (a CR would become =0D), then write CRLF line ends.
        payload = quopri.encodestring(text.encode(py)).decode("ascii").replace("\n", "\r\n")
    else:
        payload = raw.decode(py) if charset == "utf-8" else None
        if payload is None:
            return (f"Content-Type: text/{subtype}; charset={charset}\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + raw + b"\r\n"
    return (f"Content-Type: text/{subtype}; charset=\"{charset}\"\r\nContent-Transfer-Encoding: {cte}\r\n\r\n{payload}\r\n").encode(
        "utf-8")


def html_of(text, links=(), style="plain", images=0):
    paragraphs = "".join(f"<p>{line}</p>\n" for line in text.split("\n") if line.strip())
    anchors = "".join(f'<p><a href="{href}">{label}</a></p>\n' for href, label in links)
    imgs = "".join(f'<img src="https://{pick(["img", "cdn", "static"])}.{pick(["example-cdn.com", "imgs.kr", "mailimg.net"])}/{R.getrandbits(32):08x}.jpg" width="600">\n'
                   for _ in range(images))
    if style == "newsletter":
        return (f'<html><body style="margin:0"><table width="600" align="center" cellpadding="0"><tr><td>{imgs}'
                f'<font face="맑은 고딕" size="3">{paragraphs}</font>{anchors}</td></tr></table></body></html>')
    if style == "loud":
        return (f'<html><body><center><font color="#ff0000" size="5"><b>{paragraphs}</b></font>{imgs}{anchors}</center></body></html>')
    return f"<html><body>{paragraphs}{anchors}{imgs}</body></html>"


def build(headers, text, charset, html=None, attachments=(), force=None):
    """force: 'plain', 'html', 'alt' or None (random among those available)."""
    kind = force or (pick(["plain", "alt", "html"]) if html else "plain")
    lines = [f"{k}: {v}" for k, v in headers]
    lines.append("MIME-Version: 1.0")
    if kind == "plain" and not attachments:
        head = "\r\n".join(lines).encode() + b"\r\n"
        return head + body_part(text, "plain", charset)
    if kind == "html" and not attachments:
        head = "\r\n".join(lines).encode() + b"\r\n"
        return head + body_part(html, "html", charset)
    boundary = f"----=_Part_{R.getrandbits(48):012x}"
    if kind == "alt":
        inner = b"--" + boundary.encode() + b"\r\n" + body_part(text, "plain", charset)
        inner += b"--" + boundary.encode() + b"\r\n" + body_part(html, "html", charset)
        inner += b"--" + boundary.encode() + b"--\r\n"
        content = f"Content-Type: multipart/alternative; boundary=\"{boundary}\"\r\n\r\n".encode() + inner
    else:
        content = body_part(html if kind == "html" else text, "html" if kind == "html" else "plain", charset)
    if not attachments:
        lines.append(content.split(b"\r\n", 1)[0].decode())
        return "\r\n".join(lines).encode() + b"\r\n" + content.split(b"\r\n", 1)[1]
    outer = f"----=_Mixed_{R.getrandbits(48):012x}"
    lines.append(f"Content-Type: multipart/mixed; boundary=\"{outer}\"")
    out = "\r\n".join(lines).encode() + b"\r\n\r\nThis is a multi-part message in MIME format.\r\n"
    out += b"--" + outer.encode() + b"\r\n" + content
    for name, mime, data in attachments:
        fname = encode_header(name, "utf-8") if any(ord(c) > 127 for c in name) else name
        out += b"--" + outer.encode() + b"\r\n"
        out += (f"Content-Type: {mime}; name=\"{fname}\"\r\nContent-Transfer-Encoding: base64\r\n"
                f"Content-Disposition: attachment; filename=\"{fname}\"\r\n\r\n").encode()
        out += base64.encodebytes(data).replace(b"\n", b"\r\n")
    out += b"--" + outer.encode() + b"--\r\n"
    return out


def fit(charset, *texts):
    """UTF-8 when a text has characters CP949 cannot carry (zero-width spaces)."""
    if charset == "utf-8":
        return charset
    try:
        for t in texts:
            t.encode("cp949")
        return charset
    except UnicodeEncodeError:
        return "utf-8"


def charset_choice(allow_euckr=True):
    if not allow_euckr:
        return "utf-8"
    return pick(["utf-8", "utf-8", "euc-kr", "ks_c_5601-1987"])


def received(domain, ip=None):
    ip = ip or f"{R.randrange(1, 223)}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"
    return f"from mail.{domain} (mail.{domain} [{ip}]) by mx.haetae-test.kr with ESMTPS id {R.getrandbits(40):010x}; {date_header(R.randrange(1, 28))}"


def recipient():
    name, roman = person()
    return name, f"{roman}{R.randrange(1, 99)}@{pick(['haetae-test.kr', 'corp.example.kr'])}"


# ---------------------------------------------------------------------------------------- ham
def ham_business():
    company, domain = pick(COMPANIES)
    sender, roman = person()
    to_name, to_addr = recipient()
    title = pick(TITLES)
    weekday = pick(WEEKDAYS)
    hour = pick(["10시", "오전 11시", "오후 2시", "오후 3시 30분", "오후 4시"])
    room = pick(["3층 대회의실", "7층 소회의실", "본관 세미나실", "화상회의(Teams)", "줌 회의실", "2층 회의실 B"])
    topic = pick(["4분기 매출 계획", "신규 거래처 계약 검토", "하반기 채용 일정", "서버 이전 작업", "고객 불만 대응 방안",
                  "예산 집행 현황", "제품 출시 일정", "품질 개선 과제", "연말 워크숍 준비", "보안 점검 결과", "대출 상환 일정 조정",
                  "이벤트 부스 운영 계획"])
    kind = R.randrange(6)
    if kind == 0:
        subject = f"{topic} 회의 요청 ({weekday}요일 {hour})"
        text = (f"{to_name}님 안녕하세요,\n{company} {pick(DEPTS)} {sender} {title}입니다.\n\n"
                f"{topic} 관련해서 {weekday}요일 {hour}에 {room}에서 회의를 하고자 합니다.\n"
                f"참석 가능 여부를 회신 부탁드립니다. 어려우시면 가능한 시간을 알려주세요.\n\n"
                f"안건:\n1. 현황 공유\n2. {pick(['일정 조율', '역할 분담', '비용 검토', '위험 요소 점검'])}\n3. 기타\n\n감사합니다.\n{sender} 드림")
    elif kind == 1:
        subject = f"RE: {topic} 자료 공유드립니다"
        text = (f"{to_name} {pick(TITLES)}님,\n\n보내주신 자료 잘 받았습니다. {pick(['표 3의 수치가 지난달과 다른데', '두 번째 장의 일정이', '예산 항목 중 외주비가'])} "
                f"한 번 확인 부탁드립니다.\n나머지는 그대로 진행하셔도 될 것 같습니다.\n\n"
                f"{sender} 드림\n\n-----Original Message-----\nFrom: {to_name}\nSubject: {topic} 자료 공유드립니다\n\n첨부한 자료 검토 부탁드립니다.")
    elif kind == 2:
        subject = f"[{company}] {pick(['견적서', '발주서', '세금계산서', '거래명세서'])} 송부의 건"
        text = (f"안녕하십니까, {company} {pick(DEPTS)} {sender}입니다.\n\n요청하신 {pick(['견적서', '발주서', '세금계산서'])}를 첨부하여 보내드립니다.\n"
                f"금액은 부가세 포함 {amount(500000, 30000000)}원이며, 결제는 {pick(['익월 말', '30일 이내', '납품 후 15일 이내'])} 계좌이체로 부탁드립니다.\n"
                f"문의 사항은 {R.randrange(2, 70):02d}-{R.randrange(100, 9999)}-{R.randrange(1000, 9999)}로 연락 주십시오.\n\n감사합니다.")
    elif kind == 3:
        subject = f"{pick(['휴가', '출장', '외근', '재택근무'])} 일정 공유 ({R.randrange(1, 12)}월 {R.randrange(1, 28)}일)"
        text = (f"팀원 여러분,\n\n{pick(['다음 주', '이번 주 금요일', '월말'])}에 {pick(['휴가', '출장', '외근', '재택근무'])} 예정입니다. "
                f"급한 건은 {pick(GIVEN)}님께 요청해 주시고, 메일은 저녁에 확인하겠습니다.\n"
                f"{pick(['부산 지사 방문 일정입니다.', '고객사 미팅이 잡혀 있습니다.', '연차 사용입니다.'])}\n\n{sender}")
    elif kind == 4:
        subject = f"{topic} 검토 의견 부탁드립니다"
        text = (f"{to_name}님,\n\n{topic} 초안을 공유드립니다. {pick(['금요일까지', '내일 오전까지', '이번 주 안으로'])} 의견 주시면 반영하겠습니다.\n"
                f"특히 {pick(['일정', '비용', '인력 배치', '고객 요구사항'])} 부분을 봐주시면 좋겠습니다.\n"
                f"{pick(['회사 대출 상환 계획도 같이 정리했습니다.', '지난번 이벤트 결과도 첨부했습니다.', '할인 조건은 영업팀과 협의 중입니다.', ''])}\n\n"
                f"{sender} {title}\n{company}")
    else:
        subject = f"{pick(['점심', '저녁 식사', '회식', '송년회'])} 장소 {pick(['정했습니다', '투표 부탁드려요', '변경 안내'])}"
        text = (f"안녕하세요 {pick(['여러분', '팀원분들', to_name + '님'])},\n\n{pick(['목요일', '금요일', '다음 주 화요일'])} {pick(['점심', '저녁'])}은 "
                f"{pick(['회사 앞 한식당', '역 근처 고깃집', '2층 중식당', '새로 생긴 파스타집'])}에서 하려고 합니다.\n"
                f"{pick(['못 오시는 분은 미리 말씀해 주세요.', '메뉴 의견 있으시면 알려주세요.', '예약은 제가 하겠습니다.'])}\n\n{sender}")
    charset = charset_choice()
    attachments = []
    if kind == 2 or R.random() < 0.2:
        attachments = [(pick(["견적서.pdf", "자료.xlsx", "회의록.docx", "quote_2026.pdf"]), pick(["application/pdf", "application/octet-stream"]),
                        ATTACHMENT_BYTES.randbytes(R.randrange(300, 1500)))]
    headers = [("Received", received(domain)), ("From", address(sender, f"{roman}@{domain}", charset)),
               ("To", address(to_name, to_addr, charset)), ("Subject", encode_header(subject, charset)), ("Date", date_header(R.randrange(1, 28))),
               ("Message-ID", message_id(domain)), ("X-Mailer", pick(["Microsoft Outlook 16.0", "Hiworks Mail", "Daouoffice", "Thunderbird 128.3"]))]
    if subject.startswith("RE:"):
        headers.append(("In-Reply-To", message_id(domain)))
    html = html_of(text) if R.random() < 0.5 else None
    return build(headers, text, charset, html, attachments)


def ham_notice():
    company, domain = pick(COMPANIES)
    sender = pick(["총무팀", "인사팀", "정보보안팀", "전산팀", "대표이사", "경영지원팀"])
    kind = R.randrange(5)
    if kind == 0:
        subject = f"[공지] {pick(['사내 시스템', '메일 서버', '그룹웨어', 'VPN'])} 정기 점검 안내 ({R.randrange(1, 12)}/{R.randrange(1, 28)})"
        text = (f"임직원 여러분께,\n\n{pick(['토요일', '일요일'])} {pick(['오전 2시', '오후 10시'])}부터 {R.randrange(2, 6)}시간 동안 정기 점검이 있습니다.\n"
                f"점검 시간에는 접속이 제한됩니다. 업무에 참고 부탁드립니다.\n\n{company} {sender}")
    elif kind == 1:
        subject = "[보안] 비밀번호 변경 주기 안내"
        text = (f"안녕하세요, {sender}입니다.\n\n사내 보안 규정에 따라 그룹웨어 비밀번호를 {R.randrange(60, 180)}일마다 변경해야 합니다.\n"
                f"비밀번호는 메일로 절대 묻지 않습니다. 비밀번호를 요구하는 메일은 정보보안팀에 신고해 주십시오.\n"
                f"변경은 사내 포털(내부망)의 [내 정보] 메뉴에서 하시면 됩니다.\n\n{company} {sender}")
    elif kind == 2:
        subject = f"[인사] {R.randrange(1, 12)}월 {pick(['승진자', '신규 입사자', '조직 개편', '복리후생 변경'])} 안내"
        text = (f"임직원 여러분,\n\n{pick(['아래와 같이 안내드립니다.', '변경 사항을 공유드립니다.'])}\n"
                f"- 적용일: {R.randrange(1, 12)}월 {R.randrange(1, 28)}일\n- 대상: 전 직원\n- 문의: {sender} 내선 {R.randrange(1000, 9999)}\n\n"
                f"{pick(['사내 대출 제도 이자 지원 비율도 조정되었습니다.', '건강검진 일정은 별도로 안내드립니다.', ''])}\n감사합니다.")
    elif kind == 3:
        subject = f"{pick(['건강검진', '예비군 훈련', '민방위 교육', '소방 훈련'])} 일정 안내"
        text = (f"{pick(['올해', '하반기'])} {pick(['건강검진', '소방 훈련', '민방위 교육'])} 일정을 안내드립니다.\n"
                f"기간 내 미수검 시 {pick(['과태료가 부과될 수 있으니', '불이익이 있을 수 있으니'])} 꼭 일정 확인 바랍니다.\n\n{company} {sender}")
    else:
        subject = f"{company} 사내 {pick(['동호회', '봉사활동', '체육대회', '독서 모임'])} 참가 신청"
        text = (f"안녕하세요,\n\n{pick(['이번 달', '다음 달'])} {pick(['체육대회', '봉사활동', '등산 모임'])} 참가 신청을 받습니다.\n"
                f"참가 이벤트로 간단한 기념품도 준비했습니다. {pick(['선착순 30명', '팀별 2명'])}입니다.\n\n{sender}")
    charset = charset_choice()
    headers = [("Received", received(domain)), ("From", address(f"{company} {sender}", f"notice@{domain}", charset)),
               ("To", f"all@{domain}"), ("Subject", encode_header(subject, charset)), ("Date", date_header(R.randrange(1, 28))),
               ("Message-ID", message_id(domain))]
    return build(headers, text, charset, html_of(text) if R.random() < 0.6 else None)


def ham_list():
    lists = [("python-kr", "파이썬 사용자 모임", "lists.python-kr.org"), ("hiking-club", "주말 산악회", "groups.hiking-club.kr"),
             ("bookclub", "책 읽는 사람들", "lists.bookclub.or.kr"), ("kr-devops", "데브옵스 한국 커뮤니티", "lists.devops.kr"),
             ("apt-residents", "햇살아파트 입주민 모임", "groups.sunshine-apt.kr"), ("photo-club", "사진 동호회", "lists.photoclub.kr")]
    name, label, host = pick(lists)
    sender, roman = person()
    freemail = pick(FREEMAIL)
    topics = {
        "python-kr": ["asyncio에서 타임아웃 처리 질문", "파이콘 발표 자료 공유", "pandas 메모리 사용량 줄이는 법", "패키지 배포 시 버전 관리"],
        "hiking-club": ["이번 주 북한산 산행 공지", "지난 산행 사진 올렸습니다", "겨울 장비 추천 부탁드립니다", "회비 정산 안내"],
        "bookclub": ["다음 달 선정 도서 투표", "모임 장소 변경 안내", "지난 모임 후기", "추천 도서 목록"],
        "kr-devops": ["쿠버네티스 업그레이드 경험 공유", "모니터링 도구 비교", "CI 캐시 문제 질문", "밋업 발표자 모집"],
        "apt-residents": ["주차장 도색 공사 일정", "관리비 고지서 문의", "분리수거 요일 변경", "엘리베이터 점검 안내"],
        "photo-club": ["출사 장소 추천", "렌즈 중고 거래 문의", "사진전 일정 공유", "보정 프로그램 질문"],
    }
    topic = pick(topics[name])
    reply = R.random() < 0.5
    subject = f"{'Re: ' if reply else ''}[{name}] {topic}"
    text = (f"{pick(['안녕하세요', '여러분 안녕하세요', '좋은 아침입니다'])},\n\n"
            f"{pick(['지난번에 말씀하신 내용', '질문 주신 부분', '공지드린 일정'])} 관련해서 정리해 봤습니다.\n"
            f"{pick(['제 경우에는 설정을 바꾸니 해결됐습니다.', '다들 의견 주시면 반영하겠습니다.', '참석 가능하신 분은 댓글 남겨 주세요.', '관리비 고지서는 관리사무소에 문의하시면 됩니다.'])}\n"
            f"{pick(['자세한 내용은 아래 링크를 참고하세요.', '궁금한 점은 편하게 물어보세요.', '다음 모임 때 뵙겠습니다.'])}\n\n{sender}\n\n"
            f"--\n{label} 메일링 리스트\n{name}@{host}")
    if reply:
        text += f"\n\n{pick(GIVEN)} 님이 쓰신 글:\n> {topic} 관련해서 질문이 있습니다.\n> 혹시 경험 있으신 분 계신가요?"
    charset = charset_choice()
    headers = [("Received", received(host)), ("From", address(sender, f"{roman}{R.randrange(1, 999)}@{freemail}", charset)),
               ("To", f"{name}@{host}"), ("Subject", encode_header(subject, charset)), ("Date", date_header(R.randrange(1, 28))),
               ("Message-ID", message_id(freemail)), ("List-Id", f"{label} <{name}.{host}>"), ("List-Post", f"<mailto:{name}@{host}>"),
               ("List-Unsubscribe", f"<mailto:{name}-leave@{host}>"), ("Precedence", pick(["list", "bulk"]))]
    if reply:
        headers.append(("In-Reply-To", message_id(freemail)))
    return build(headers, text, charset)


def ham_receipt():
    shops = [("쿠팡", "coupang.com", "order"), ("네이버페이", "naver.com", "pay"), ("카카오페이", "kakaopay.com", "pay"),
             ("KB국민카드", "kbcard.com", "card"), ("신한카드", "shinhancard.com", "card"), ("우체국택배", "epost.go.kr", "parcel"),
             ("CJ대한통운", "cjlogistics.com", "parcel"), ("토스", "toss.im", "pay"), ("국세청 홈택스", "hometax.go.kr", "tax"),
             ("G마켓", "gmarket.co.kr", "order"), ("11번가", "11st.co.kr", "order"), ("하나은행", "kebhana.com", "bank")]
    shop, domain, kind = pick(shops)
    customer, _ = person()
    items = ["무선 이어폰", "커피 원두 1kg", "생수 2L x 12", "겨울 패딩", "USB-C 충전기", "아동 도서 세트", "주방 세제", "노트북 거치대"]
    won = amount(8000, 400000, 100)
    if kind == "order":
        subject = f"[{shop}] 주문하신 상품이 {pick(['결제 완료', '발송', '배송 완료'])}되었습니다"
        text = (f"{customer}님, 주문해 주셔서 감사합니다.\n\n주문번호: {R.randrange(10**9, 10**10)}\n상품: {pick(items)}\n결제금액: {won}원\n"
                f"배송 예정일: {R.randrange(1, 12)}월 {R.randrange(1, 28)}일\n\n주문 내역은 {shop} 앱 또는 웹사이트의 [주문 목록]에서 확인하실 수 있습니다.")
        links = [(f"https://www.{domain}/my/orders", "주문 내역 보기")]
    elif kind == "pay":
        subject = f"[{shop}] {won}원 결제 내역 안내"
        text = (f"{customer}님의 결제가 완료되었습니다.\n\n가맹점: {pick(['스타벅스', 'GS25', '교보문고', '배달의민족'])}\n금액: {won}원\n"
                f"결제일시: 2026.10.{R.randrange(1, 28):02d} {R.randrange(8, 22)}:{R.randrange(60):02d}\n\n본인이 결제하지 않았다면 고객센터로 문의해 주세요.")
        links = [(f"https://{pick(['pay', 'www'])}.{domain}/history", "결제 내역 확인")]
    elif kind == "card":
        subject = f"[{shop}] {R.randrange(1, 12)}월 이용대금 명세서"
        text = (f"{customer} 고객님, {R.randrange(1, 12)}월 카드 이용대금 명세서를 보내드립니다.\n\n청구금액: {amount(100000, 3000000, 10)}원\n"
                f"결제일: 매월 {pick(['14', '15', '25'])}일\n결제계좌: {pick(['국민', '신한', '우리'])}은행 ****{R.randrange(1000, 9999)}\n\n"
                f"명세서는 보안을 위해 생년월일 6자리로 열람하실 수 있습니다.")
        links = [(f"https://www.{domain}/statement", "명세서 보기")]
    elif kind == "parcel":
        subject = f"[{shop}] 고객님의 택배가 {pick(['배송 출발', '배송 완료', '집하'])}되었습니다"
        text = (f"{customer} 고객님, 운송장번호 {R.randrange(10**11, 10**12)}의 상품이 {pick(['배송 중', '배송 완료'])}입니다.\n"
                f"보내는 분: {pick(['(주)대양물산', '쿠팡', '네이버 스마트스토어'])}\n배송 조회는 아래에서 하실 수 있습니다.")
        links = [(f"https://www.{domain}/tracking", "배송 조회")]
    elif kind == "tax":
        subject = "[국세청] 연말정산 간소화 자료 조회 안내"
        text = (f"{customer}님, 연말정산 간소화 서비스가 개통되었습니다.\n홈택스에 로그인하여 자료를 조회하실 수 있습니다.\n"
                f"국세청은 문자나 메일로 환급금 입금을 위한 계좌번호나 비밀번호를 요구하지 않습니다.")
        links = [("https://www.hometax.go.kr", "홈택스 바로가기")]
    else:
        subject = f"[{shop}] 입출금 거래 알림"
        text = (f"{customer}님, {pick(['입금', '출금'])} {won}원이 처리되었습니다.\n잔액은 인터넷뱅킹에서 확인하세요.\n"
                f"하나은행은 어떠한 경우에도 보안카드 번호 전체를 요구하지 않습니다.")
        links = [(f"https://www.{domain}", "인터넷뱅킹")]
    charset = charset_choice()
    html = html_of(text, links, "newsletter", images=R.randrange(0, 2))
    headers = [("Received", received(domain)), ("From", address(shop, f"{pick(['noreply', 'no-reply', 'notice', 'service'])}@{pick(['', 'mail.', 'e.'])}{domain}", charset)),
               ("To", address(customer, f"{pick(ROMAN)}@{pick(FREEMAIL)}", charset)), ("Subject", encode_header(subject, charset)),
               ("Date", date_header(R.randrange(1, 28))), ("Message-ID", message_id(domain))]
    return build(headers, text, charset, html, force=pick(["alt", "html"]))


def ham_personal():
    """Friends and family from free mail: short, plain, sometimes a link, everyday words that
    spam also uses (투자, 대출, 할인, 이벤트)."""
    sender, roman = person()
    to_name, to_addr = recipient()
    freemail = pick(FREEMAIL)
    topic = R.randrange(6)
    if topic == 0:
        subject = pick(["주말에 시간 돼?", "이번 주 모임 장소", "오랜만이야", "사진 보내줄게"])
        text = f"{to_name}아, {pick(['잘 지내지?', '요즘 바쁘지?', '주말에 뭐 해?'])}\n{pick(['토요일 저녁에 밥 한번 먹자.', '지난번 사진 정리해서 보낼게.', '동창회 날짜 정해졌대.'])}\n{sender}"
    elif topic == 1:
        subject = pick(["대출 받은 거 어떻게 됐어?", "집 계약 관련해서", "전세 대출 정보"])
        text = (f"{to_name}, 지난번에 말한 전세 대출 {pick(['승인 났어', '아직 심사 중이야', '금리가 좀 올랐더라'])}.\n"
                f"은행에서 {pick(['서류 더 내래', '다음 주에 연락 준대', '한도가 생각보다 낮대'])}. 만나서 얘기하자.\n{sender}")
    elif topic == 2:
        subject = pick(["이거 할인하더라", "쿠팡 특가 링크", "생일 선물 고민"])
        text = (f"{pick(['이거 어때?', '너 찾던 거 할인하더라.', '이벤트 중이래.'])} {pick(['30%', '반값', '1+1'])}이야.\n"
                f"https://www.coupang.com/vp/products/{R.randrange(10**8, 10**9)}\n{sender}")
    elif topic == 3:
        subject = pick(["주식 얘기", "요즘 투자 어떻게 해?", "코인 다 팔았어"])
        text = (f"요즘 주식 {pick(['많이 떨어졌더라', '수익률이 별로야', '그냥 적금 드는 게 낫겠어'])}.\n"
                f"{pick(['너는 투자 계속해?', '리딩방 같은 건 다 사기래.', '회사 동료가 코인으로 손해 봤대.'])}\n{sender}")
    elif topic == 4:
        subject = pick(["자료 공유", "발표 자료 링크", "구글 드라이브 폴더"])
        text = (f"{to_name}님, 말씀하신 자료 {pick(['드라이브에 올렸어요', '링크로 공유드려요'])}.\n"
                f"https://drive.google.com/drive/folders/{R.getrandbits(64):016x}\n확인 부탁드려요. {sender}")
    else:
        subject = pick(["부모님 생신 선물", "명절 일정", "택배 받았어?"])
        text = (f"{pick(['엄마 생신', '추석', '설날'])} {pick(['선물 뭐로 할까?', '언제 내려가?', '택배 보냈어'])}\n"
                f"{pick(['우체국 택배로 보냈으니까 내일 도착할 거야.', '케이크는 내가 예약할게.', '기차표 예매했어.'])}\n{sender}")
    charset = charset_choice()
    headers = [("Received", received(freemail)), ("From", address(sender, f"{roman}{R.randrange(1, 999)}@{freemail}", charset)),
               ("To", address(to_name, to_addr, charset)), ("Subject", encode_header(subject, charset)), ("Date", date_header(R.randrange(1, 28))),
               ("Message-ID", message_id(freemail))]
    return build(headers, text, charset, html_of(text) if freemail in ("naver.com", "daum.net") and R.random() < 0.5 else None)


# --------------------------------------------------------------------------------------- spam
def spam_conversational():
    """A polite, plain pitch from a hacked company account or free mail: few spam words."""
    company, domain = pick(COMPANIES)
    sender, roman = person()
    from_domain = domain if R.random() < 0.5 else pick(FREEMAIL)
    pitch = R.randrange(3)
    if pitch == 0:
        subject = pick(["지난번 세미나 관련 연락드립니다", "좋은 기회가 있어 연락드립니다", "투자 관련 문의"])
        text = (f"안녕하세요, {sender}입니다.\n{pick(['지난번 세미나에서 인사드렸는데', '지인 소개로 연락드립니다.', '갑작스럽게 연락드려 죄송합니다.'])}\n"
                f"저희 팀에서 운영하는 {pick(['주식 정보 모임', '해외 선물 프로그램', '코인 투자 모임'])}에 초대드리고 싶습니다. "
                f"지난달 회원분들 평균 {R.randrange(20, 80)}% 정도 수익이 났습니다.\n관심 있으시면 카톡 {pick(ROMAN)}{R.randrange(10, 99)}로 연락 주세요.")
    elif pitch == 1:
        subject = pick(["사업자금 관련 안내", "운영자금 필요하신가요", "대표님께 안내드립니다"])
        text = (f"대표님 안녕하십니까.\n{pick(['소상공인', '중소기업', '개인사업자'])} 대상 {pick(['운영자금', '사업자금'])} 지원 건으로 연락드렸습니다.\n"
                f"서류 간소화로 {pick(['3일', '일주일'])} 안에 진행 가능하며 한도는 최대 {R.randrange(3, 10)}천만원입니다.\n"
                f"상담은 {R.randrange(10, 99)}-{R.randrange(1000, 9999)}-{R.randrange(1000, 9999)}로 편하게 주세요.")
    else:
        subject = pick(["재택 업무 제안", "간단한 업무 도와주실 분", "부업 제안드립니다"])
        text = (f"안녕하세요. {pick(['온라인 쇼핑몰', '해외 구매대행 업체', '마케팅 회사'])}에서 재택으로 {pick(['상품 리뷰', '주문 확인', '사진 업로드'])} 업무를 "
                f"도와주실 분을 찾고 있습니다. 하루 {R.randrange(1, 3)}시간, 건당 {R.randrange(1, 5)}만원 지급됩니다.\n"
                f"텔레그램 @{pick(ROMAN)}{R.randrange(100, 999)}로 연락 주세요.")
    charset = charset_choice()
    headers = [("Received", received(from_domain)), ("From", address(sender, f"{roman}{R.randrange(1, 99)}@{from_domain}", charset)),
               ("To", f"{pick(ROMAN)}@{pick(['haetae-test.kr', 'corp.example.kr'])}"), ("Subject", encode_header(subject, charset)),
               ("Date", date_header(R.randrange(1, 28))), ("Message-ID", message_id(from_domain))]
    return build(headers, text, charset)


def obfuscate(word):
    style = R.randrange(6)
    if style == 0:
        return pick([".", "·", "*", "-"]).join(word)
    if style == 1:
        return " ".join(word)
    if style == 2:
        return "\u200b".join(word)
    if style == 3:
        return "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in word)
    return word


def spam_message():
    category = pick(["loan", "gambling", "invest", "job", "adult", "medicine", "loan", "gambling", "invest", "job"])
    freemail = R.random() < 0.35
    domain = pick(FREEMAIL) if freemail else pick(SPAM_DOMAINS)
    roman = pick(ROMAN) + str(R.randrange(10, 9999))
    link = f"https://{pick(SPAM_LINK_HOSTS)}/{R.getrandbits(24):06x}"
    kakao = f"{pick(['vip', 'money', 'win', 'king', 'goldman', 'ok'])}{R.randrange(10, 999)}"
    if category == "loan":
        sender = pick(["금융상담센터", "서민금융지원", "정부지원대출센터", "신속대출", "OK금융상담", "김실장"])
        subject = pick([f"{obfuscate('대출')} 당일 승인 가능합니다", "저신용자도 한도 조회 가능", f"무직자 {obfuscate('대출')} {R.randrange(300, 3000)}만원까지",
                        "정부지원 햇살론 대상자 안내", "신용등급 상관없이 당일 입금", f"{pick(['급전', '비상금'])} 필요하신 분 연락 주세요"])
        text = (f"{pick(['고객님', '사장님', '회원님'])} 안녕하세요.\n\n{pick(['저신용', '연체자', '무직자', '주부'])}도 {obfuscate('대출')} 가능합니다.\n"
                f"최저금리 연 {R.randrange(3, 9)}.{R.randrange(10)}%, 최대 {R.randrange(500, 5000)}만원, 서류 없이 비대면으로 진행됩니다.\n"
                f"{pick(['당일 승인, 당일 입금!', '승인률 98%', '기존 대출 있어도 가능'])}\n\n상담: 카톡 {kakao} / {link}")
    elif category == "gambling":
        sender = pick(["VIP 라운지", "메이저놀이터", "스포츠픽 전문가", "카지노 이벤트팀", ""])
        word = pick(["카지노", "바카라", "토토", "슬롯"])
        subject = pick([f"{obfuscate(word)} 신규 가입머니 {R.randrange(1, 10)}만원 지급", f"첫충 {R.randrange(10, 50)}% 매충 {R.randrange(5, 20)}%",
                        f"먹튀 없는 {obfuscate('메이저')} 사이트", f"오늘의 {obfuscate('스포츠')} 픽 적중률 {R.randrange(80, 99)}%", f"실시간 {obfuscate(word)} 이벤트"])
        text = (f"{pick(['안전한', '검증된', '10년 무사고'])} {obfuscate(word)} 사이트입니다.\n신규 가입 시 {pick(['꽁머니', '가입머니'])} 지급, "
                f"첫충 {R.randrange(10, 50)}%, 환전 {pick(['5분', '즉시', '무제한'])}.\n{pick(['라이브 바카라', '슬롯', '홀덤', '파워볼'])} 모두 이용 가능\n\n"
                f"가입코드: {R.randrange(1000, 9999)}\n바로가기 {link}\n텔레그램 @{kakao}")
    elif category == "invest":
        sender = pick(["주식리딩 VIP", "코인 전문가 그룹", "투자연구소", "애널리스트 김팀장", "급등주 알림"])
        subject = pick([f"이번 주 급등주 {R.randrange(2, 5)}종목 무료 추천", f"VIP {obfuscate('리딩방')} 무료 체험 모집", f"수익률 {R.randrange(100, 900)}% 달성 종목 공개",
                        "손실 복구 도와드립니다", f"상장 예정 코인 {pick(['에어드랍', '사전 매수'])} 안내"])
        text = (f"{pick(['주식', '코인', '선물옵션'])} 투자로 손실 보셨나요?\n전문가의 {obfuscate('리딩방')}에서 {pick(['무료 추천', '실시간 매매 신호'])}을 받아보세요.\n"
                f"지난달 적중률 {R.randrange(80, 99)}%, 평균 수익률 {R.randrange(30, 300)}%.\n{pick(['원금 보장', '수익 보장', '손실 시 환불'])} 프로그램 운영 중\n\n"
                f"오픈채팅: {link}\n카톡 {kakao}")
    elif category == "job":
        sender = pick(["재택알바 모집", "쇼핑몰 리뷰단", "구인담당자", "인사팀 채용담당", "부업센터"])
        subject = pick([f"하루 {R.randrange(1, 3)}시간 재택 부업, 일당 {R.randrange(10, 30)}만원", "스마트폰만 있으면 누구나 가능한 알바", "쇼핑몰 리뷰 알바 모집 (당일 지급)",
                        "주부, 학생 환영 고수익 알바", "단순 업무 재택근무 가능자 모집"])
        text = (f"{pick(['경력 무관', '초보 가능', '누구나 가능'])}! 하루 {R.randrange(1, 3)}시간 투자로 월 {R.randrange(200, 600)}만원.\n"
                f"업무: {pick(['상품 리뷰 작성', '구매대행', '타이핑', '좋아요 누르기'])}\n수당: 당일 지급\n\n"
                f"지원: 카톡 {kakao} 또는 {link}\n{pick(['선착순 마감', '인원 마감 임박', ''])}")
    elif category == "adult":
        sender = pick(["외로운 그녀", "만남주선", "19금 채팅", "지역 친구 찾기"])
        subject = pick(["오늘 밤 만날 사람 찾아요", "근처에서 대화할 분", f"{obfuscate('조건만남')} 안전하게", "무료 채팅 쿠폰 도착", "외로우신가요?"])
        text = (f"{pick(CITIES)} 근처 {R.randrange(20, 35)}살이에요. {pick(['외로운 밤', '오늘 시간 되시면', '대화 상대 구해요'])}\n"
                f"{pick(['무료 채팅', '무료 가입', '19금 영상'])} 이벤트 중이에요.\n여기서 연락 주세요 {link}")
    else:
        sender = pick(["정품 약국", "해외직구 전문", "남성 건강 센터", "건강몰"])
        subject = pick([f"{obfuscate('비아그라')} 정품 최저가", f"{obfuscate('시알리스')} 처방전 없이 구매", "남성 기능 개선 특가", "다이어트약 해외직구 할인"])
        text = (f"{pick(['비아그라', '시알리스', '레비트라'])} 정품 보장, 처방전 없이 익일 배송.\n{pick(['정력', '남성기능'])} 개선 {R.randrange(30, 70)}% 할인 이벤트.\n"
                f"비밀 포장으로 보내드립니다.\n주문: {link}")
    if R.random() < 0.25:
        subject = "(광고) " + subject  # the marker does not make illegal trades legal
        text += "\n수신거부: 회신 바랍니다"
    charset = fit(charset_choice(), subject, text, sender)
    html = html_of(text, [(link, pick(["바로가기", "지금 확인", "상담 신청", "클릭"]))], pick(["loud", "plain"]), images=R.randrange(0, 3))
    headers = [("Received", received(domain)), ("From", address(sender, f"{roman}@{domain}", charset)),
               ("To", f"{pick(ROMAN)}@{pick(['haetae-test.kr', 'corp.example.kr'])}"), ("Subject", encode_header(subject, charset)),
               ("Date", date_header(R.randrange(1, 28)))]
    if R.random() < 0.6:
        headers.append(("Message-ID", message_id(domain)))
    return build(headers, text, charset, html, force=pick(["html", "alt", "plain"]))


# ------------------------------------------------------------------------------------- phish
PHISH_BRANDS = [
    ("네이버", "naver", ["naver-check", "naver-secure", "nid-naver", "naver-login", "naverr", "nave-r"], "portal"),
    ("카카오", "kakao", ["kakao-account", "kakaocorp-help", "kakao-safe", "kakaoo"], "portal"),
    ("다음 한메일", "daum", ["daum-mail", "hanmail-secure", "daum-login"], "portal"),
    ("KB국민은행", "kbstar", ["kbstar-secure", "kb-star", "kbstar-bank"], "bank"),
    ("신한은행", "shinhan", ["shinhan-safe", "shinhanbank-kr", "shinhan-otp"], "bank"),
    ("우리은행", "woori", ["wooribank-secure", "woori-cert"], "bank"),
    ("NH농협", "nonghyup", ["nonghyup-kr", "nh-bank", "nonghyup-security"], "bank"),
    ("하나은행", "hana", ["kebhana-secure", "hanabank-cert"], "bank"),
    ("우체국택배", "epost", ["epost-kr", "epost-delivery", "koreapost-parcel"], "courier"),
    ("CJ대한통운", "cj", ["cjlogistics-track", "doortodoor-kr"], "courier"),
    ("국세청", "nts", ["hometax-refund", "hometax-kr", "nts-refund"], "gov"),
    ("경찰청 사이버수사대", "police", ["police-go-kr", "cyber-policekr"], "gov"),
    ("서울중앙지검", "prosecution", ["spo-go-kr", "prosecutor-kr"], "gov"),
    ("국민건강보험공단", "nhis", ["nhis-or-kr", "nhis-refund"], "gov"),
    ("정부24", "gov24", ["gov24-kr", "gov24-service"], "gov"),
]
PHISH_TLDS = ["com", "net", "xyz", "top", "info", "online", "site", "co", "cc", "kr-service.com"]


def phish_message():
    brand, key, lookalikes, sector = pick(PHISH_BRANDS)
    look = f"{pick(lookalikes)}.{pick(PHISH_TLDS)}"
    sender_style = R.randrange(4)
    if sender_style == 0:
        from_domain = look
    elif sender_style == 1:
        from_domain = f"{pick(lookalikes)}.{pick(['example.com', 'mailsvc.net', 'notice-center.org'])}"
    elif sender_style == 2:
        from_domain = pick(["gmail.com", "outlook.com", "naver.com", "hotmail.com"])
    else:
        from_domain = pick(["hanwool-trade.co.kr", "smallshop.kr", "edu-center.or.kr", "dental-clinic.kr"])  # a hacked account
    login_host = pick([look, f"{key}.{pick(['login-verify.com', 'secure-auth.net', 'id-check.site'])}", f"{R.getrandbits(20):05x}.web.app",
                       f"{pick(['bit.ly', 'han.gl', 'me2.do'])}", f"{R.randrange(1, 223)}.{R.randrange(256)}.{R.randrange(256)}.{R.randrange(1, 255)}"])
    url = f"https://{login_host}/{pick(['login', 'verify', 'auth', 'refund', 'track', 'case'])}/{R.getrandbits(24):06x}"
    customer, _ = person()
    if sector == "portal":
        subject = pick([f"[긴급] 회원님 계정이 {obfuscate('정지')}되었습니다", "해외 로그인 시도가 감지되었습니다", f"[{brand}] 비밀번호가 만료됩니다",
                        f"[{brand}] 본인 인증이 필요합니다", "메일함 용량 초과로 수신이 제한됩니다"])
        text = (f"{customer}님, {pick(['비정상적인 로그인이 감지되어', '개인정보 보호를 위해', '보안 정책 변경으로'])} 계정 이용이 일시 정지되었습니다.\n"
                f"{pick(['24시간 이내', '48시간 이내', '오늘 자정까지'])}에 본인 인증을 완료하지 않으면 계정이 영구 삭제됩니다.\n"
                f"아래 버튼을 눌러 아이디와 비밀번호를 입력해 주세요.")
        label = pick(["본인 인증하기", "계정 보호 조치", f"https://nid.{key}.com/login", "로그인"])
    elif sector == "bank":
        subject = pick([f"[{brand}] 고객님의 계좌가 지급정지 예정입니다", f"[{brand}] 보안카드 재등록 안내", "전자금융 사기 예방 서비스 인증 요청",
                        f"[{brand}] 비대면 본인 확인 필요", "OTP 인증 기간 만료 안내"])
        text = (f"{customer} 고객님, {pick(['금융감독원 지침에 따라', '전자금융거래법 개정으로', '보안 강화 조치로'])} 본인 확인이 필요합니다.\n"
                f"확인하지 않으면 {pick(['계좌가 동결', '인터넷뱅킹 이용이 제한', '지급정지'])}됩니다.\n"
                f"공동인증서와 보안카드 번호, 계좌 비밀번호를 입력하여 인증을 완료해 주십시오.")
        label = pick(["인증 바로가기", f"www.{key}.com", "본인 확인", "보안 업데이트"])
    elif sector == "courier":
        subject = pick(["[배송 실패] 주소 불명으로 반송 예정", f"[{brand}] 택배 보관 기한 안내", "운송장 주소 확인 요청", "미수령 택배 재배송 신청"])
        text = (f"고객님의 택배(운송장 {R.randrange(10**11, 10**12)})가 {pick(['주소 불명', '수취인 부재', '주소가 불명확하여'])} 배송되지 못했습니다.\n"
                f"{pick(['보관 기한', '반송 예정일'])}: {R.randrange(1, 12)}월 {R.randrange(1, 28)}일\n"
                f"아래에서 주소를 수정하고 재배송비 {pick(['1,200', '2,500', '3,000'])}원을 결제해 주세요.")
        label = pick(["주소 수정", "재배송 신청", "배송 조회", f"www.{key}.go.kr"])
    else:
        variants = {
            "nts": ("[국세청] 종합소득세 환급금 미수령 안내", "환급금 {amt}원이 미수령 상태입니다. 환급 신청 기한이 지나면 국고로 귀속됩니다. 본인 명의 계좌번호를 입력하여 환급을 신청하세요."),
            "police": ("[경찰청] 사이버 범죄 수사 출석 요구서", "귀하의 명의가 범죄에 연루되어 사건번호 {case}로 수사 중입니다. 출석 요구에 응하지 않으면 법적 조치가 진행됩니다. 첨부된 출석요구서를 확인하십시오."),
            "prosecution": ("[서울중앙지검] 명의도용 사건 관련 통지", "귀하 명의의 계좌가 금융범죄에 사용되었습니다. 사건번호 {case}. 즉시 확인하지 않으면 계좌가 동결됩니다."),
            "nhis": ("[국민건강보험] 건강보험료 환급 대상 안내", "과오납된 보험료 {amt}원 환급 대상입니다. 본인 인증 후 환급금을 신청하세요. 미신청 시 환급이 취소됩니다."),
            "gov24": ("[정부24] 과태료 미납 고지서", "교통 법규 위반 과태료 {amt}원이 미납되었습니다. 기한 내 미납 시 압류 처분이 진행됩니다. 고지서를 확인하세요."),
        }
        subject, body = variants.get(key, variants["nts"])
        text = f"{customer}님,\n\n" + body.format(amt=amount(50000, 900000, 10), case=f"{R.randrange(2025, 2027)}-{R.randrange(1000, 99999)}")
        label = pick(["확인하기", "고지서 보기", "출석요구서 확인", "환급 신청", f"www.{key}.go.kr"])
    text += f"\n\n{pick(['바로가기', '확인', '신청'])}: {url if R.random() < 0.3 else ''}\n\n{brand} 고객센터\n본 메일은 발신 전용입니다."
    form = R.random() < 0.3
    html = html_of(text, [(url, label)], "newsletter", images=R.randrange(0, 2))
    if form:
        html = html.replace("</body>", f'<form action="{url}" method="post">아이디 <input name="id"> 비밀번호 <input type="password" name="pw"><input type="submit" value="확인"></form></body>')
    charset = fit(charset_choice(), subject, text)
    attachments = []
    if R.random() < 0.15:
        page = f'<html><body><form action="{url}"><input name="id"><input type="password" name="pw"></form></body></html>'.encode()
        attachments = [(pick(["출석요구서.html", "고지서.htm", "secure_message.html", "환급신청서.svg"]), "text/html", page)]
    headers = [("Received", received(from_domain)), ("From", address(f"{brand} {pick(['고객센터', '보안팀', '', '알림'])}".strip(), f"{pick(['security', 'notice', 'help', 'no-reply', 'admin'])}@{from_domain}", charset)),
               ("To", address(customer, f"{pick(ROMAN)}@{pick(['haetae-test.kr', 'corp.example.kr', 'naver.com'])}", charset)),
               ("Subject", encode_header(subject, charset)), ("Date", date_header(R.randrange(1, 28))), ("Message-ID", message_id(from_domain))]
    if R.random() < 0.3:
        headers.append(("Reply-To", f"{pick(ROMAN)}{R.randrange(100)}@{pick(['gmail.com', 'outlook.com'])}"))
    return build(headers, text, charset, html, attachments, force=pick(["html", "alt"]))


def phish_plain():
    """No link: a boss asking for gift cards, or an agency asking for a call back (BEC, vishing)."""
    boss, roman = person()
    company, domain = pick(COMPANIES)
    freemail = pick(["gmail.com", "naver.com", "outlook.com"])
    if R.random() < 0.6:
        subject = pick(["급한 부탁", "지금 통화 어려워서 메일 드립니다", "확인 부탁해요"])
        text = (f"{pick(['김 대리', '이 과장', '박 주임', '최 팀장'])}님, 지금 회의 중이라 통화가 어렵습니다.\n"
                f"거래처 선물용으로 {pick(['문화상품권', '구글 기프트카드', '편의점 상품권'])} {R.randrange(5, 30)}장 구매해서 "
                f"핀번호를 사진 찍어 이 메일로 보내주세요. 비용은 오늘 정산해 드리겠습니다.\n{company} 대표 {boss}")
        sender, addr = f"{boss} 대표", f"ceo.{roman}{R.randrange(1, 99)}@{freemail}"
    else:
        agency = pick(["서울중앙지검 수사관", "금융감독원 조사팀", "경찰청 사이버수사대"])
        subject = pick(["[통지] 사건 관련 연락 바랍니다", "명의도용 피해 확인 요청", "금융 범죄 연루 통지"])
        text = (f"귀하의 명의로 개설된 계좌가 {pick(['대포통장', '금융사기', '자금세탁'])} 사건에 이용된 정황이 확인되었습니다.\n"
                f"오늘 중으로 담당 {agency}에게 전화({R.randrange(10, 99)}-{R.randrange(100, 999)}-{R.randrange(1000, 9999)})하여 본인 확인을 하지 않으면 "
                f"계좌가 동결될 수 있습니다.\n사건번호 {R.randrange(2025, 2027)}-{R.randrange(10000, 99999)}")
        sender, addr = agency, f"{pick(['notice', 'case', 'officer'])}{R.randrange(10, 99)}@{freemail}"
    charset = charset_choice()
    headers = [("Received", received(freemail)), ("From", address(sender, addr, charset)),
               ("To", f"{pick(ROMAN)}@{domain}"), ("Subject", encode_header(subject, charset)),
               ("Date", date_header(R.randrange(1, 28))), ("Message-ID", message_id(freemail))]
    return build(headers, text, charset)


# -------------------------------------------------------------------------------------- bulk
def bulk_message():
    shops = [("(주)마켓온", "marketon.co.kr", "생활용품"), ("그린푸드몰", "greenfood.kr", "신선식품"), ("한결보험서비스", "hangyeol-ins.com", "보험"),
             ("스마트금융(주)", "smart-fin.co.kr", "대출"), ("여행나라", "travelnara.com", "여행"), ("책방온라인", "bookbang.co.kr", "도서"),
             ("헬스앤뷰티", "hnb-mall.com", "화장품"), ("에듀플러스", "eduplus.kr", "교육"), ("드림가전", "dream-elec.co.kr", "가전"),
             ("제일증권", "jeil-sec.co.kr", "투자")]
    shop, domain, sector = pick(shops)
    customer, _ = person()
    offers = {
        "생활용품": ["주방용품 최대 {p}% 할인", "생필품 1+1 특가 이벤트", "신규 회원 쿠폰 {w}원 증정"],
        "신선식품": ["제철 과일 {p}% 할인", "한우 선물세트 특가", "무료배송 쿠폰 도착"],
        "보험": ["실손보험 보장 점검 무료 상담", "자동차보험 갱신 할인 안내", "운전자보험 특약 이벤트"],
        "대출": ["최저금리 대출 당일 승인!", "직장인 신용대출 금리 인하 안내", "대환대출 한도 조회 이벤트"],
        "여행": ["제주 항공권 {p}% 할인", "겨울 온천 패키지 특가", "해외여행 얼리버드 쿠폰"],
        "도서": ["이달의 베스트셀러 {p}% 할인", "전집 특가전", "신간 알림과 적립 이벤트"],
        "화장품": ["겨울 보습 세트 {p}% 세일", "신상품 샘플 증정 이벤트", "회원 등급별 쿠폰 지급"],
        "교육": ["자격증 인강 {p}% 할인", "토익 무료 모의고사 이벤트", "겨울방학 특강 선착순 모집"],
        "가전": ["공기청정기 {p}% 특가", "에어컨 사전 예약 할인", "가전 교체 보상 이벤트"],
        "투자": ["ISA 계좌 개설 이벤트", "해외주식 수수료 우대 안내", "연금저축 이전 이벤트"],
    }
    offer = pick(offers[sector]).format(p=R.randrange(10, 70), w=amount(3000, 30000, 1000))
    subject = f"{pick(['(광고)', '(광고) ', '[광고]', '(광고)'])}{pick(['', ' '])}{pick(['', '[' + shop + '] '])}{offer}"
    ceo, _ = person()
    identity = (f"{shop} | 대표: {ceo} | 사업자등록번호: {R.randrange(100, 999)}-{R.randrange(10, 99)}-{R.randrange(10000, 99999)}\n"
                f"주소: {pick(CITIES)}시 {pick(['중구', '강남구', '해운대구', '수성구'])} {pick(['테헤란로', '중앙대로', '세종대로'])} {R.randrange(1, 500)}\n"
                f"고객센터: {pick(['1588', '1544', '1600'])}-{R.randrange(1000, 9999)}")
    optout = pick(["본 메일은 수신 동의하신 분께 발송됩니다. 수신을 원하지 않으시면 [수신거부]를 눌러 주세요.",
                   "더 이상 메일을 받지 않으시려면 수신거부를 클릭하세요.", "수신 거부를 원하시면 아래 링크를 이용해 주십시오.",
                   "본 메일은 발신 전용입니다. 수신거부: unsubscribe@" + domain])
    text = (f"{customer} 회원님 안녕하세요, {shop}입니다.\n\n{offer}\n"
            f"{pick(['기간: 이번 주 일요일까지', '행사 기간 한정', '재고 소진 시 조기 종료'])}\n"
            f"{pick(['앱에서 쿠폰을 다운로드하세요.', '자세한 내용은 홈페이지를 확인하세요.', '상담 신청은 아래 버튼을 눌러 주세요.'])}\n\n"
            f"{optout}\n{identity}")
    links = [(f"https://www.{domain}/event/{R.randrange(100, 999)}", pick(["자세히 보기", "이벤트 바로가기", "쿠폰 받기"])),
             (f"https://www.{domain}/unsubscribe?u={R.getrandbits(32):08x}", pick(["수신거부", "수신 거부", "구독 취소"]))]
    charset = charset_choice()
    html = html_of(text, links, "newsletter", images=R.randrange(1, 5))
    headers = [("Received", received(domain)), ("From", address(shop, f"{pick(['news', 'event', 'marketing', 'info'])}@{pick(['', 'mail.', 'news.'])}{domain}", charset)),
               ("To", address(customer, f"{pick(ROMAN)}@{pick(FREEMAIL)}", charset)), ("Subject", encode_header(subject, charset)),
               ("Date", date_header(R.randrange(1, 28))), ("Message-ID", message_id(domain))]
    if R.random() < 0.6:
        headers.append(("List-Unsubscribe", f"<https://www.{domain}/unsubscribe>, <mailto:unsubscribe@{domain}>"))
    if R.random() < 0.4:
        headers.append(("X-Mailer", pick(["Stibee", "NHN Cloud Email", "Mailchimp Mailer", "DirectSend"])))
    return build(headers, text, charset, html, force=pick(["html", "alt", "plain"]))


def acceptance():
    """The three messages of issue 13, fixed (no randomness): tests/HaetaeFilterTests read them."""
    path = os.path.join(HERE, "acceptance")
    os.makedirs(path, exist_ok=True)
    loan_text = ("고객님 안녕하세요, 스마트금융입니다.\n\n최저금리 대출 당일 승인! 직장인 신용대출 연 4.9%부터, 최대 5천만원.\n"
                 "한도 조회는 신용점수에 영향이 없습니다. 상담 신청은 홈페이지에서 하실 수 있습니다.\n\n"
                 "본 메일은 수신에 동의하신 분께 발송되었습니다. 수신을 원하지 않으시면 [수신거부]를 눌러 주세요.\n"
                 "스마트금융(주) | 대표: 박정훈 | 사업자등록번호: 214-86-12345 | 서울시 중구 세종대로 100 | 고객센터 1588-0000")
    loan = ("From: =?euc-kr?B?" + base64.b64encode("스마트금융".encode("cp949")).decode() + "?= <news@smart-fin.co.kr>\r\n"
            "To: customer@haetae-test.kr\r\n"
            "Subject: =?euc-kr?B?" + base64.b64encode("(광고) 최저금리 대출 당일 승인!".encode("cp949")).decode() + "?=\r\n"
            "Date: Tue, 24 Nov 2026 10:00:00 +0900\r\nMessage-ID: <loan-ad-1@smart-fin.co.kr>\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=euc-kr\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + \
        base64.encodebytes(loan_text.replace("\n", "\r\n").encode("cp949")).replace(b"\n", b"\r\n")
    phish_html = ('<html><body><p>회원님, 비정상적인 로그인이 감지되어 계정 이용이 일시 정지되었습니다.</p>'
                  '<p>24시간 이내에 본인 인증을 완료하지 않으면 계정이 영구 삭제됩니다.</p>'
                  '<p><a href="https://nid.naver.com.login-verify.net/login?id=member">https://nid.naver.com/login</a></p>'
                  '<p>네이버 고객센터</p></body></html>')
    phish = ("From: =?utf-8?B?" + base64.b64encode("네이버 고객센터".encode()).decode() + "?= <security@naver-check.example.com>\r\n"
             "To: member@haetae-test.kr\r\n"
             "Subject: =?utf-8?B?" + base64.b64encode("[긴급] 회원님 계정이 정지되었습니다".encode()).decode() + "?=\r\n"
             "Date: Tue, 24 Nov 2026 03:12:00 +0900\r\nMessage-ID: <a81f@naver-check.example.com>\r\nMIME-Version: 1.0\r\n"
             "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: base64\r\n\r\n").encode() + \
        base64.encodebytes(phish_html.encode()).replace(b"\n", b"\r\n")
    meeting_text = ("이 과장님 안녕하세요,\n한빛소프트웨어 개발팀 김민준입니다.\n\n"
                    "다음 주 화요일 오후 2시에 3층 대회의실에서 서버 이전 작업 관련 회의를 하고자 합니다.\n"
                    "참석 가능 여부를 회신 부탁드립니다. 어려우시면 가능한 시간을 알려주세요.\n\n"
                    "안건:\n1. 이전 일정 확인\n2. 역할 분담\n3. 기타\n\n감사합니다.\n김민준 드림")
    meeting = ("Received: from mail.hanbit-sw.co.kr (mail.hanbit-sw.co.kr [203.0.113.25]) by mx.haetae-test.kr; Tue, 24 Nov 2026 09:01:02 +0900\r\n"
               "From: =?euc-kr?B?" + base64.b64encode("김민준".encode("cp949")).decode() + "?= <minjun@hanbit-sw.co.kr>\r\n"
               "To: =?euc-kr?B?" + base64.b64encode("이서연".encode("cp949")).decode() + "?= <seoyeon@haetae-test.kr>\r\n"
               "Subject: =?euc-kr?B?" + base64.b64encode("서버 이전 회의 요청 (화요일 오후 2시)".encode("cp949")).decode() + "?=\r\n"
               "Date: Tue, 24 Nov 2026 09:00:00 +0900\r\nMessage-ID: <20261124090000.1234@hanbit-sw.co.kr>\r\n"
               "X-Mailer: Microsoft Outlook 16.0\r\nMIME-Version: 1.0\r\n"
               "Content-Type: text/plain; charset=\"euc-kr\"\r\nContent-Transfer-Encoding: 8bit\r\n\r\n").encode() + \
        meeting_text.replace("\n", "\r\n").encode("cp949") + b"\r\n"
    for name, data in [("loan-ad.eml", loan), ("naver-phish.eml", phish), ("meeting.eml", meeting)]:
        with open(os.path.join(path, name), "wb") as f:
            f.write(data)


def main():
    acceptance()
    plan = [("ham", [ham_business] * 45 + [ham_notice] * 20 + [ham_list] * 25 + [ham_receipt] * 25 + [ham_personal] * 15),
            ("spam", [spam_message] * 95 + [spam_conversational] * 15), ("phish", [phish_message] * 75 + [phish_plain] * 10),
            ("bulk", [bulk_message] * 60)]
    for folder, makers in plan:
        path = os.path.join(HERE, folder)
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(path)
        for index, maker in enumerate(makers):
            with open(os.path.join(path, f"{index + 1:04d}.eml"), "wb") as f:
                f.write(maker())
    print("wrote", ", ".join(f"{folder} {len(makers)}" for folder, makers in plan))


if __name__ == "__main__":
    main()
