import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

/// The Korean vocabulary families, jamo spelling, the SMS and call-back lure rules and the brand
/// data added so that the rules generalise beyond the development set's templates.
struct KoreanGeneralisationTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: KoreanGeneralisationTests.model)

    func categories(_ text: String) -> [KoreanLexicon.Category: [String]] {
        KoreanLexicon.categories(in: TextNormalizer.normalize(text).text)
    }

    @Test(arguments: [
        // Couriers, fines, money to claim, accounts: how phishing presses.
        ("주소지 불일치로 배송이 보류되었습니다", KoreanLexicon.Category.urgency),
        ("미납 범칙금 가산금 부과 예정", .urgency),
        ("민생회복 지원금 미신청 안내", .urgency),
        ("비정상 접근이 감지되어 재인증이 필요합니다", .urgency),
        ("본인 결제가 아닐 경우 신고 바랍니다", .urgency),
        ("통관 보류: 관세 미납", .urgency),
        ("비밀번호 앞 2자리와 계좌 정보를 입력", .credential),
        ("문화상품권 핀번호를 사진 찍어 보내주세요", .credential),
        // Spam trades, in other words than the development set's.
        ("신용점수 상관없이 비상금 300만원", .loan),
        ("소상공인 정책자금 대행", .loan),
        // Regression (ko-fresh6): a bulk-texting service selling target customer lists.
        ("문자 1건 9원! 대량 문자 발송 + 타겟 고객 리스트 제공", .marketing),
        // Regressions (ko-fresh7): followers sold by the thousand; a private investigator who
        // never says 흥신소.
        ("한국인 팔로워 1,000명 9,900원, 실계정, 이탈 시 30일 무료 리필", .marketing),
        ("배우자 외도 증거 수집, 채무자 소재 파악 - 전직 수사관 출신", .illicit),
        ("에볼루션 라이브 딜러, 무제한 출금", .gambling),
        ("ㅂㅋㄹ 첫 입금 30%", .gambling),
        ("ㅌ ㅔ ㄹ ㄹ ㅔ 방 입장 후 ㅋ ㅏ ㅈ ㅣ ㄴ ㅗ", .gambling),
        ("세력 매집 종목, 수익 인증", .investment),
        ("상장 전 공모주 우선 배정", .investment),
        ("AI 자동매매로 해외선물", .investment),
        ("처방 없이 식욕억제제, 익명 포장", .medicine),
        ("리뷰 작성 알바, 구매금액 환급 + 수고비", .job),
        ("팀 미션 수당 지급", .job),
        ("무삭제 성인 인증 없이", .adult),
        ("오픈카톡 참여코드 2580", .contact),
        // Cashing out, illicit trades and marketing pitches.
        ("문화 상품권 현금화 최고 매입가", .cashing),
        ("개인·법인 통장 매입, 통장 임대 고가", .cashing),
        ("배우자 외도 조사, 휴대폰 위치추적 전문 흥신소", .illicit),
        ("명품 레플리카 미러급 정품급", .illicit),
        ("로또 1등 예상 번호 VIP 회원", .illicit),
        ("네이버 플레이스 상위 노출, 블로그 체험단 모집", .marketing),
        ("스미싱 피해 예방 수칙", .warning),
    ])
    func phraseFamiliesAreFound(_ text: String, _ category: KoreanLexicon.Category) {
        #expect(categories(text)[category] != nil, "\(text): \(categories(text))")
    }

    @Test(arguments: [
        // Ordinary mail that shares words with the families must not be read as them.
        "중요한 일일수록 빨리 처리할 수 있습니다",
        "신규 회원 대환영, 영어 리딩 수업 안내",
        "회사의 미션과 비전, 건당 수수료는 계약서 참고",
        "입금계좌와 유효기간을 확인해 주세요",
        "연말 페이백 이벤트 추천코드 입력",
        "노모를 모시고 병원에 다녀왔습니다",
        "텔레비전 수리 기사님 방문",
        // Regression: `오피` (an adult-trade word) matched inside 에이스오피스 and 오피스텔.
        "에이스오피스 견적서 송부, 오피스텔 관리비 안내",
        // Words the new families must leave alone.
        "택배 위치추적은 앱에서 조회하세요, 고객 DB 정리 부탁드립니다",
        "정품 등록을 완료했습니다, 상품권은 다음 주에 지급됩니다",
    ])
    func ordinaryWordsStayOutOfTheSpamFamilies(_ text: String) {
        let found = categories(text)
        for category in [KoreanLexicon.Category.loan, .gambling, .investment, .job, .adult, .contact, .medicine, .cashing, .illicit, .marketing] {
            #expect(found[category] == nil, "\(text): \(found)")
        }
    }

    @Test(arguments: [
        ("ㅌ ㅔ ㄹ ㄹ ㅔ", "텔레", 3), ("ㅋ ㅏ ㅈ ㅣ ㄴ ㅗ", "카지노", 3), ("ㅂ ㅏ ㅋ ㅏ ㄹ ㅏ", "바카라", 3),
        ("ㅌㅔㄹㄹㅔ", "텔레", 3), ("ㅋㅋㅋ 진짜", "ㅋㅋㅋ진짜", 0), ("ㅠㅠ 아쉽다", "ㅠㅠ아쉽다", 0), ("ㅇㅋ 내일 봐", "ㅇㅋ내일봐", 0),
        ("회의 자료", "회의자료", 0),
    ])
    func jamoSpelledWordsAreComposed(_ input: String, _ expected: String, _ composed: Int) {
        let normalized = TextNormalizer.normalize(input).text
        var count = 0
        let scalars = Array(normalized.unicodeScalars.filter { !$0.properties.isWhitespace })
        let out = KoreanLexicon.composeSpelledSyllables(scalars, count: &count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: out)
        let expectedScalars = TextNormalizer.normalize(expected).text
        #expect(String(view) == expectedScalars, "\(input)")
        #expect(count == composed, "\(input)")
    }

    @Test(arguments: [
        ("고객센터 02-345-6789로 연락", true), ("010-1234-5678", true), ("1588-1234", true), ("031)123-4567", true), ("전화(90-422-9745)", true),
        ("운송장 1234567890", false), ("2026-11-28", false), ("사건 2026가단1234", false), ("USD 1,249.00", false),
    ])
    func phoneNumbers(_ text: String, _ expected: Bool) {
        #expect(ContentRules.hasPhoneNumber(text) == expected, "\(text)")
    }

    @Test(arguments: [
        ("https://t.me/kstock_vip", true), ("https://open.kakao.com/o/gAbc123", true), ("https://telegram.me/x", true),
        ("https://pf.kakao.com/_xkxkxk", false), ("https://www.kakaobank.com/", false), ("https://t.member.example/", false),
    ])
    func messengerLinks(_ url: String, _ expected: Bool) {
        #expect(ContentRules.isMessengerLink(url) == expected, "\(url)")
    }

    func bytes(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    func message(from: String, subject: String, body: String) -> [UInt8] {
        bytes("""
            From: \(from)
            To: user@haetae-test.kr
            Subject: \(subject)
            Date: Tue, 24 Nov 2026 10:00:00 +0900
            Message-ID: <x@\(from.split(separator: "@").last!.dropLast())>
            Content-Type: text/plain; charset=utf-8

            \(body)
            """)
    }

    func rules(_ raw: [UInt8]) -> ContentRules { ContentRules(MessageFeatures(MIMEParser().parse(raw))) }

    /// Regression: a colleague's plain reply about ETFs and coins that warns against a 리딩방 (no
    /// link, number, messenger ID or attachment) was Spam on the vocabulary alone.
    @Test func talkWithoutAWayToActWeighsAtMostTheTalkCap() {
        let chat = rules(message(from: "한승우 <seungwoo@corp.example>", subject: "RE: 어제 말한 ETF 얘기 + 코인",
            body: "나는 ETF 적립식으로 넣고 끝이야. 비트코인은 소액만.\n단톡방에 급등주 무료 리딩방 초대 오면 절대 들어가지 마. 수익인증 보여주다가 VIP방 가입비 내라고 한대.\n대출 받아서 코인 하는 사람도 봤어."))
        #expect(chat.markers.contains("ko-no-call-to-action"))
        #expect(chat.markers.contains("ko-investment-many"))
        let vocabulary = chat.scoreReasons.filter { $0.hasPrefix("ko-") }
        #expect(!vocabulary.isEmpty)
        #expect(chat.score <= ContentRules.talkWeightCap + 0.001, "\(chat.scoreReasons) \(chat.score)")
        // The same words with a way to act are weighed in full.
        let pitch = rules(message(from: "리딩팀 <vip@signals.example>", subject: "급등주 무료 리딩방 초대",
            body: "급등주 무료 리딩방, 수익인증 VIP방 입장. 비트코인 코인선물 대출 가능. https://t.me/vipsignals"))
        #expect(pitch.score > ContentRules.talkWeightCap + 0.5, "\(pitch.scoreReasons) \(pitch.score)")
    }

    /// Regression: a brother's reply that calls Telegram signal rooms a scam was weighed as if it
    /// offered a contact; a messenger link in a reply still does.
    @Test func aMessengerNamedInAReplyIsNoCallToAction() {
        let reply = rules(message(from: "강민수 <minsu@home.example>", subject: "Re: 형 코인 다 팔았어?",
            body: "비트코인이랑 이더리움 다 정리했어. 신용대출 받아서 넣었던 거라. 텔레그램 시그널방 이런 거 다 사기야."))
        #expect(reply.markers.contains("ko-no-call-to-action"), "\(reply.markers)")
        let linked = rules(message(from: "강민수 <minsu@home.example>", subject: "Re: 코인 시그널",
            body: "비트코인 급등주 리딩방 여기로 와 https://t.me/signalroom"))
        #expect(!linked.markers.contains("ko-no-call-to-action"))
    }

    /// Regression: a subscribed news letter (List-Unsubscribe, 수신거부 and the publisher's identity)
    /// about household loans and youth gambling was weighed as an unmarked ad.
    @Test func aSubscribedNewsLetterIsNotAnUnmarkedAd() {
        func letter(_ listUnsubscribe: Bool) -> ContentRules {
            rules(bytes("""
                From: 뉴스레터 <letter@news.example>
                To: user@haetae-test.kr
                Subject: 가계대출 조이기 2라운드
                Date: Tue, 24 Nov 2026 10:00:00 +0900
                Message-ID: <n1@news.example>
                \(listUnsubscribe ? "List-Unsubscribe: <https://news.example/unsubscribe?u=1>\n" : "")Content-Type: text/plain; charset=utf-8

                주택담보대출 금리가 다시 오르고, 생활안정자금 대출도 막혔어요. 지금 바로 자세히 보기 https://news.example/a/1
                할인 쿠폰 이벤트 소식도 있어요.
                구독 해지: https://news.example/unsubscribe
                (주)뉴스 | 대표: 김기자 | 주소: 서울특별시 마포구
                """))
        }
        #expect(!letter(true).markers.contains("korean-ad-unmarked"), "\(letter(true).markers)")
        #expect(letter(false).markers.contains("korean-ad-unmarked"), "\(letter(false).markers)")
    }

    /// Regression: a news letter on a youth-gambling crackdown and a security team's smishing
    /// advisory weighed like the trades they warn about.
    @Test func aWarningAboutATradeWeighsHalf() {
        let body = "텔레그램으로 홍보하는 바카라·스포츠토토 사이트, 불법 온라인 도박으로 검거된 10대가 늘었어요. 카지노 첫충 이벤트 문자는 누르지 마세요. 자세히 https://news.example/a/2"
        let warning = rules(message(from: "뉴스 <letter@news.example>", subject: "청소년 불법 도박 주의보", body: body))
        let pitch = rules(message(from: "VIP <vip@bigwin.example>", subject: "바카라 첫충 이벤트", body: "텔레그램 바카라·스포츠토토 사이트, 카지노 첫충 이벤트 https://bigwin.example/join"))
        #expect(warning.markers.contains("ko-warning"), "\(warning.markers)")
        #expect(!pitch.markers.contains("ko-warning"))
        let weighed = { (r: ContentRules) in r.scoreReasons.contains("ko-gambling") }
        #expect(weighed(warning) && weighed(pitch))
        #expect(warning.score < pitch.score - 1, "warning \(warning.score) \(warning.scoreReasons), pitch \(pitch.score)")
        #expect(!warning.markers.contains("korean-ad-unmarked"))
    }

    /// Regressions (ko-fresh): a securities firm's statement that says it runs no 리딩방 and
    /// recommends no stocks over KakaoTalk or Telegram, and a news letter reporting 리딩방 losses,
    /// were unmarked ads. An institution's disclaimer is a warning by itself.
    @Test func anInstitutionsDisclaimerIsAWarning() {
        let statement = rules(message(from: "키움증권 <kiwoom@kiwoom.example>", subject: "[키움증권] 10월 월간 거래내역 보고서",
            body: "고객님의 10월 거래내역을 안내드립니다. 계좌번호: 5***-**12 실현손익: +312,400원. 키움증권은 카카오톡·텔레그램 등으로 종목을 추천하거나 투자 리딩방을 운영하지 않습니다. https://www.kiwoom.example"))
        #expect(statement.markers.contains("ko-warning"), "\(statement.markers)")
        #expect(!statement.markers.contains("korean-ad-unmarked"))
        let news = rules(message(from: "뉴닉 <whatsup@newneek.example>", subject: "금리 내려도 대출은 어렵다?",
            body: "불법 리딩방 피해 신고 급증: 오픈채팅에서 무료 종목 추천으로 유인하는 불법 리딩방 피해가 늘고 있대. 더 읽기 https://newneek.example/a/47"))
        #expect(news.markers.contains("ko-warning"), "\(news.markers)")
    }

    /// Regressions (ko-fresh5): a friend asking whether a forwarded job offer is a scam and where
    /// to report it, and a father telling his children never to tap a forwarded parcel text, were
    /// Spam on the vocabulary of what they quote. Asking, reporting and "never tap" are warnings.
    @Test func askingWhetherItIsAScamIsAWarning() {
        let friend = rules(message(from: "윤하늘 <haneul@skyline.example>", subject: "이거 사기 맞지?",
            body: "모르는 사람이 카톡으로 이런 걸 보냈는데 이거 사기 맞지?\n\"[재택부업] 하루 1~2시간 상품 리뷰 작성, 일 5~15만원 당일 지급, 문의 카톡 ID: job7788\"\n너 저번에 비슷한 거 신고했다며? 어디에 신고하면 돼?"))
        #expect(friend.markers.contains("ko-warning"), "\(friend.markers)")
        let father = rules(message(from: "강성철 <sc.kang@kang-home.example>", subject: "이런 문자 오면 절대 누르지 마라",
            body: "택배, 청첩장, 부고, 과태료 이런 문자에 있는 링크는 절대 누르지 말고 꼭 대표번호로 확인해라.\n[국제발신] 택배가 주소지 불일치로 보관중입니다. 주소 수정 후 재배송: http://cj-deliv.addr-fix.example/k8Q2\n경찰청 112에 신고할 수 있다고 하니 참고하고."))
        #expect(father.markers.contains("ko-warning"), "\(father.markers)")
        let offer = rules(message(from: "부업센터 <job@side-job.example>", subject: "재택부업 모집", body: "하루 1~2시간 상품 리뷰 작성, 일 5~15만원 당일 지급, 문의 카톡 ID: job7788"))
        #expect(!offer.markers.contains("ko-warning"))
        #expect(friend.score < offer.score, "friend \(friend.score) offer \(offer.score)")
        // The messenger ID it quotes is the scam's channel, not the friend's offer.
        #expect(!friend.scoreReasons.contains("ko-contact"), "\(friend.scoreReasons)")
        #expect(offer.scoreReasons.contains("ko-contact"), "\(offer.scoreReasons)")
    }

    /// Regression (ko-fresh6): a Korean news briefing (a one-click List-Unsubscribe, a 수신거부 line)
    /// on a coin ETF, 전세사기 verdicts and record 리딩방 losses was Spam on the trade words it
    /// reports. A subscribed letter that warns weighs a quarter; without the subscription, half.
    @Test func aSubscribedNewsLetterThatWarnsWeighsAQuarter() {
        // Two warnings (불법 리딩방, 피해 신고): three would weigh a quarter without the subscription too.
        let body = "1. 비트코인 현물 ETF 검토. 2. 불법 리딩방 피해 신고 역대 최대: \"원금 보장\", \"수익률 300%\" 같은 말이 나오면 일단 의심! 투자 리딩방, 코인 리딩방, 재택 부업 광고. 구독을 원하지 않으면 수신거부: https://news.example/unsubscribe"
        func letter(_ listUnsubscribe: Bool) -> ContentRules {
            var text = String(decoding: message(from: "뉴스레터 <letter@news.example>", subject: "오늘의 브리핑", body: body), as: UTF8.self)
            if listUnsubscribe {
                text = text.replacingOccurrences(of: "Content-Type: text/plain", with: "List-Unsubscribe: <https://news.example/u>\r\nContent-Type: text/plain")
            }
            return rules(Array(text.utf8))
        }
        let subscribed = letter(true), unsubscribed = letter(false)
        #expect(subscribed.markers.contains("ko-warning") && unsubscribed.markers.contains("ko-warning"), "\(subscribed.markers)")
        let trade = { (r: ContentRules) in r.score }
        #expect(trade(subscribed) < trade(unsubscribed) - 0.3, "subscribed \(subscribed.score) unsubscribed \(unsubscribed.score)")
    }

    /// Regression (ko-fresh8): a daughter's letter to her parents quoting three scam texts (a
    /// broken phone, a parcel, a government loan) and saying "don't tap, don't install, think of it
    /// as a scam" was Spam at 4.58. Three warnings make it weigh a quarter.
    @Test func aFamilyLetterQuotingScamsItWarnsAboutIsNotSpam() {
        let body = """
            엄마 아빠, 요즘 이런 문자가 많이 온대서 보내요. 아래 같은 문자 오면 절대 링크 누르지 말고 나한테 먼저 전화 줘요.
            1) "[국제발신] 고객님 택배가 주소불명으로 반송 예정입니다. 주소 수정 http://..."
            2) "[Web발신] 정부지원 저금리 대환대출 대상자로 선정되셨습니다. 한도조회 후 당일대출"
            대출 얘기는 무조건 사기라고 생각하기. 모르는 앱 설치하라고 하면 절대 설치하지 말고요. 경찰청 112.
            """
        let letter = rules(message(from: "류서연 <ryu@naver.com>", subject: "엄마 아빠 꼭 읽어보세요", body: body))
        #expect(letter.markers.contains("ko-warning"), "\(letter.markers)")
        #expect(letter.score < 1.5, "\(letter.score) \(letter.scoreReasons)")
    }

    /// A way to act the rules did not see: a messenger handle, a domain written out (in full-width
    /// letters, to dodge link detection); file names and e-mail addresses are neither.
    @Test(arguments: [
        ("문의는 텔레: @queenjob_kr 로", true, false), ("카톡 아이디 @vip777", true, false), ("메일 kim@corp.example 로 회신", false, false),
        ("주소：ｔｏｔｏ－ｏｆｆｉｃｉａｌ．ｅｘａｍｐｌｅ", false, true), ("첨부한 보고서.pdf 확인 부탁드립니다", false, false),
        ("자세한 건 www 없이 bigwin77.com 으로", false, true), ("회의는 3.5시간, 버전 2.1", false, false),
    ])
    func handlesAndWrittenDomainsAreWaysToAct(_ text: String, _ handle: Bool, _ domain: Bool) {
        let normalised = TextNormalizer.normalize(text).text
        #expect(ContentRules.hasMessengerHandle(normalised) == handle, "\(text)")
        #expect(ContentRules.writesDomain(normalised) == domain, "\(text)")
    }

    @Test func anSMSTagOpeningTheMailIsALure() {
        let pasted = rules(message(from: "Card <help@card-help.example>", subject: "[Web발신] 결제 안내", body: "[Web발신]\n결제가 완료되었습니다."))
        #expect(pasted.markers.contains("ko-sms-relay"), "\(pasted.markers)")
        // A warning that quotes such a text does not open with the tag.
        let warning = rules(message(from: "보안팀 <security@corp.example.kr>", subject: "[보안 공지] 사칭 문자 주의",
                                    body: "최근 다음과 같은 문자가 돌고 있습니다.\n예시) '[국제발신] 주소지 불일치로 배송 보류'\n링크를 누르지 마세요."))
        #expect(!warning.markers.contains("ko-sms-relay"), "\(warning.markers)")
    }

    @Test func theCallBackFraudIsPhishingAndTheCardCompanysOwnNoticeIsNot() {
        let body = "삼성카드 해외 승인 USD 1,249.00 Amazon US\n본인 결제가 아닐 경우 즉시 소비자보호센터 02-845-1234로 신고 바랍니다."
        let fraud = message(from: "=?utf-8?B?" + Data("삼성카드".utf8).base64EncodedString() + "?= <notice@card-alert.example>",
                            subject: "해외승인 안내", body: body)
        let fraudRules = rules(fraud)
        #expect(fraudRules.markers.contains("ko-callback-lure"), "\(fraudRules.markers)")
        #expect(scanner.scan(fraud).verdicts.contains(.phishing), "\(scanner.scan(fraud))")
        let own = message(from: "=?utf-8?B?" + Data("삼성카드".utf8).base64EncodedString() + "?= <notice@samsungcard.com>",
                          subject: "해외승인 안내", body: body)
        #expect(!rules(own).markers.contains("ko-callback-lure"), "\(rules(own).markers)")
        #expect(!scanner.scan(own).verdicts.contains(.phishing))
    }

    @Test func wordsSpelledInJamoAreASignal() {
        let spelled = rules(message(from: "스포츠 <pick@pick.example>", subject: "오늘의 픽", body: "ㅌ ㅔ ㄹ ㄹ ㅔ 문의 @sportpick\nㅋ ㅏ ㅈ ㅣ ㄴ ㅗ 신규 가입"))
        #expect(spelled.markers.contains("ko-jamo-spelled"), "\(spelled.markers)")
        #expect(spelled.markers.contains("ko-gambling"))
        let chat = rules(message(from: "친구 <friend@naver.com>", subject: "주말", body: "ㅋㅋㅋ 진짜 웃기다 ㅠㅠ 내일 봐 ㅇㅋ?"))
        #expect(!chat.markers.contains("ko-jamo-spelled"), "\(chat.markers)")
    }

    @Test(arguments: [
        // Name shown, a host of the brand's, a look-alike host.
        ("롯데택배", "lotteglogis.com", "lotte-glogis-kr.com"),
        ("배달의민족", "baemin.com", "baemin-event.shop"),
        ("당근페이", "daangn.com", "daangn-pay.shop"),
        // Second-hand markets: the "safe payment completed, verify your account" fraud.
        ("번개장터", "bunjang.co.kr", "bunjang-safe.example"),
        ("중고나라", "joongna.com", "joongna-pay.example"),
        ("새마을금고", "kfcc.co.kr", "kfcc-otp.online"),
        ("도로교통공단", "koroad.or.kr", "koroad-fine.click"),
        ("건강보험심사평가원", "hira.or.kr", "hira-refund.top"),
        ("경찰청 교통민원24", "efine.go.kr", "efine-police.xyz"),
        ("서울중앙지방법원", "scourt.go.kr", "scourt-notice.com"),
        ("하이패스", "ex.co.kr", "hipass-pay.top"),
        ("관세청", "customs.go.kr", "unipass-kr.com"),
    ])
    func koreanBrandsAndTheirLookAlikes(_ name: String, _ real: String, _ lookalike: String) {
        let brands = BrandList.builtIn
        let named = brands.brands(namedIn: name)
        #expect(!named.isEmpty, "\(name)")
        #expect(named.contains { $0.owns(host: real) }, "\(name) → \(named.map(\.key))")
        #expect(brands.imitatedBrand(host: lookalike) != nil, "\(lookalike)")
        #expect(brands.imitatedBrand(host: "www." + real) == nil, "\(real)")
    }

    @Test func aPublicBodysNoticeLinkingOnlyToPublicHostsIsCredited() {
        func notice(_ from: String, _ link: String) -> ContentRules {
            rules(message(from: from, subject: "수강신청 일정 안내", body: "재학생 여러분께 알립니다. 수강신청 기간을 지켜 주십시오.\n학사 공지: \(link)"))
        }
        #expect(notice("학사과 <haksa@snu.ac.kr>", "https://sugang.snu.ac.kr/").markers.contains("ko-public-institution"))
        #expect(notice("교육청 <admin@school.sen.go.kr>", "https://www.eduro.go.kr/").markers.contains("ko-public-institution"))
        // A link anywhere else, or a sender outside the public domains, earns nothing.
        #expect(!notice("학사과 <haksa@snu.ac.kr>", "https://snu-login.example.com/").markers.contains("ko-public-institution"))
        #expect(!notice("학사과 <haksa@snu-ac.kr>", "https://sugang.snu.ac.kr/").markers.contains("ko-public-institution"))
        #expect(!notice("학사과 <haksa@go.kr.example.com>", "https://www.gov.kr/").markers.contains("ko-public-institution"))
    }
}
