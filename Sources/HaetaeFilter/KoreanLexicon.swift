/// Korean vocabulary of spam, phishing and advertising, by category. Phrases are written
/// without spaces and matched on normalised, lower-cased text with whitespace removed, so
/// `계정 정지`, `계정정지` and `계.정.정.지` all match. These are features (and small rule weights),
/// never a blocklist: a word alone decides nothing. Pure.
public enum KoreanLexicon {
    public enum Category: String, Sendable, CaseIterable {
        /// Account suspension, overdue bills, refunds, summons: what phishing presses with.
        case urgency
        /// What phishing asks for.
        case credential
        case loan
        case gambling
        case adult
        /// Stock and crypto "reading rooms", guaranteed returns.
        case investment
        /// Counterfeit and prescription medicine.
        case medicine
        /// Fake part-time jobs.
        case job
        /// Ordinary commercial vocabulary (sales, coupons, events).
        case commercial
        /// Moving the conversation off mail (KakaoTalk, Telegram, open chat).
        case contact
        /// Cashing out and account trading: 상품권·소액결제 현금화, 카드깡, bank accounts bought
        /// and rented (대포통장's supply).
        case cashing
        /// Trades that are illegal whoever advertises them: private investigators' tracking
        /// (흥신소, 위치추적), replicas (레플리카, 짝퉁), forged papers, lottery "predictions".
        case illicit
        /// Unsolicited marketing services: search-ranking and blog/viral marketing, review
        /// campaigns, customer databases for sale.
        case marketing
        /// Talking about a scam rather than running one: news, police and security warnings,
        /// a friend forwarding a text to warn (불법 도박, 스미싱, 사칭, 피해 예방). Not a spam category:
        /// two of these halve what the others weigh (`ContentRules.addKoreanRules`).
        case warning
    }

    /// Phrases match across word boundaries (spaces are removed), so none may be the start of an
    /// everyday word: `오피` (officetel brothels) was in `오피스` (office) — it is `오피걸`, `오피방`.
    static let phrases: [Category: [String]] = [
        .urgency: [
            "계정정지", "계정이정지", "계정이일시정지", "계정이잠", "이용정지", "이용이정지", "이용제한", "사용이제한", "본인인증", "본인확인",
            "미납", "체납", "환급", "출석요구", "출석통지", "출석하", "압류", "고소장", "소환장", "과태료", "벌금", "긴급", "즉시확인",
            "24시간이내", "48시간이내", "24시간내", "정지예정", "해지예정", "비정상적인로그인", "비정상로그인", "해외로그인", "로그인시도",
            "비밀번호가만료", "비밀번호만료", "결제가실패", "결제실패", "결제가거절", "배송지불명", "주소불명", "주소지불명", "주소가불명확",
            "반송예정", "반송처리", "보관기한", "미수령", "수취인부재", "세금환급", "환급금", "보안경고", "개인정보유출", "명의도용",
            "확인하지않으면", "제한됩니다", "정지됩니다", "삭제됩니다", "폐기됩니다", "법적조치", "수사중", "사건번호", "범죄에연루",
            "계좌가동결", "지급정지", "건강검진결과", "보험료미납", "통지서", "고지서",
            // Couriers: the parcel that cannot be delivered.
            "주소불일치", "주소지불일치", "주소가일치하지", "주소지가일치하지", "주소오류", "배송보류", "배송이보류", "배송중단",
            "배송이중단", "재배송", "운송장정보", "통관보류", "통관이보류", "관세미납",
            // Fines and the police: the bill that grows.
            "범칙금", "가산금", "면허정지", "면허취소", "위반내역", "단속되었", "최종통보", "구인장", "피고인", "출석하지않으면",
            "불법사용", "범죄연루", "대포통장", "안전계좌",
            // Money waiting to be claimed.
            "소멸됩니다", "소멸예정", "지원금", "재난지원금", "미신청", "지급대상자", "환급대상", "당첨되셨", "당첨되었",
            "배송비결제",
            // Grants a "consultant" claims for a fee.
            "지원금조회", "미수령지원금", "대행신청", "대행수수료",
            // Payments someone else made, and the number to call.
            "본인결제가아닐", "본인결제아닐", "본인아닐시", "본인이아닐시", "본인사용이아닐", "소비자보호센터",
            // Accounts that stop working.
            "비정상접근", "비정상적인접근", "이용중지", "재인증", "인증만료", "용량초과",
            "용량이초과", "용량이가득", "수신이중단", "휴면계정", "휴면전환",
        ],
        .credential: [
            "로그인하여", "로그인해", "비밀번호를입력", "비밀번호입력", "아이디와비밀번호", "인증번호", "보안카드", "공인인증서",
            "공동인증서", "계좌번호", "카드번호", "주민등록번호", "본인명의", "정보를입력", "정보를업데이트", "정보업데이트",
            "계좌정보", "카드정보", "비밀번호앞2자리", "비밀번호앞두자리", "cvc", "otp번호", "보안승급", "원격지원",
            "원격제어", "주민번호", "신분증사진", "신분증촬영", "받을계좌", "핀번호", "상품권번호", "계좌를등록", "계좌등록",
        ],
        .loan: [
            "대출", "최저금리", "당일승인", "당일대출", "무담보", "무보증", "신용불량", "저신용", "한도조회", "비대면대출", "작업대출",
            "급전", "대환대출", "정부지원대출", "햇살론", "무직자", "소액대출", "승인률", "저금리", "금리인하", "신용등급", "연체자",
            "서류없이", "승인보장", "주부대출", "사업자대출",
            "비상금", "신용점수상관없이", "신용점수무관", "4대보험미가입", "신용무관", "정책자금", "당일송금",
            "개인회생", "파산면책", "연체이력", "연체기록", "무방문", "무서류", "간편대출", "모바일대출", "직장인대출",
            "대출상담", "월변", "차량담보", "자동차담보", "추가대출", "저금리전환", "채무통합",
        ],
        .gambling: [
            "카지노", "토토", "바카라", "슬롯", "배팅", "베팅", "첫충", "매충", "꽁머니", "먹튀", "홀덤", "파워볼", "룰렛", "잭팟",
            "가입머니", "환전", "충전보너스", "입금보너스", "라이브카지노", "스포츠픽", "메이저사이트", "안전놀이터", "놀이터",
            "에볼루션", "라이브딜러", "실시간딜러", "카지노사이트", "바카라사이트", "토토사이트", "사설토토", "먹튀검증", "첫입금",
            "롤링", "무제한환전", "무제한출금", "출금보장", "분석픽", "스포츠분석", "적중픽", "가입코드",
            "보증업체", "온라인홀덤", "홀덤사이트", "바이인", "미니게임", "사다리게임", "그래프게임", "빠칭코", "casino", "baccarat",
            // Initial-consonant abbreviations (초성), as chat writes them: 토토, 바카라, 카지노, 스포츠.
            "ㅌㅌ", "ㅂㅋㄹ", "ㅋㅈㄴ", "ㅅㅍㅊ",
        ],
        .adult: [
            "조건만남", "애인대행", "야동", "19금", "섹시", "출장마사지", "출장안마", "무료채팅", "화끈", "야한", "오피걸", "오피방", "유흥", "성인용품",
            "만남주선", "외로운", "성인영상",
            "무삭제", "성인인증", "19+", "성인19", "여성회원", "즉석만남", "원나잇", "몸캠", "벗방", "국산야동", "av배우",
        ],
        .investment: [
            "리딩방", "급등주", "종목추천", "무료추천", "수익률", "원금보장", "세력주", "상한가", "투자수익", "선물옵션", "비트코인",
            "가상화폐", "암호화폐", "수익보장", "vip리딩", "고수익", "월수익", "재테크", "주식리딩", "코인리딩", "손실복구", "적중률",
            "상장예정", "에어드랍",
            "급등예상", "급등종목", "매집", "수익인증", "무료방", "vip방", "자동매매", "코인선물", "해외선물", "선물거래", "공모주배정", "우선배정",
            "상장전", "장외주식", "비상장주식", "배정물량", "확정수익", "손실없는", "투자리딩", "무료리딩", "리딩팀", "리딩전문가", "종목상담", "따라만하면",
        ],
        .medicine: [
            "비아그라", "시알리스", "발기", "조루", "처방전없이", "다이어트약", "레비트라", "정력", "남성기능", "해외직구약", "정품보장",
            "처방없이", "처방필요없", "식욕억제제", "펜터민", "실데나필", "타다라필", "카마그라", "프릴리지", "남성활력", "활력제", "익명포장",
            "비밀포장", "해외정품",
        ],
        .job: [
            "재택알바", "고수익알바", "부업", "일당", "재택근무", "하루1시간", "하루2시간", "하루30분", "주급", "당일지급", "초보가능",
            "누구나가능", "리뷰알바", "구매대행알바", "타이핑알바", "쇼핑몰리뷰", "단순업무", "스마트폰만있으면", "수당지급", "알바모집",
            "수고비", "리뷰작성알바", "리뷰작성부업", "상품평알바", "구매후기알바", "구매금액환급", "팀미션", "미션수당", "간단미션", "경력무관", "나이무관", "주부환영", "학생환영", "데이터입력", "주단위정산",
            "당일정산", "등록비없음", "좋아요누르기", "구독누르기", "재택업무", "재택부업", "하루10분", "하루20분", "하루3시간",
            "일5만원", "일10만원",
            // "Start a shop with no money": courses that sell the dream of drop-shipping income.
            "무자본창업", "무자본으로", "위탁판매로", "월천만원", "월매출천만", "자동수익", "부수입",
        ],
        .commercial: [
            "할인", "특가", "이벤트", "쿠폰", "무료", "혜택", "최저가", "세일", "적립", "사은품", "증정", "한정", "마감임박", "선착순",
            "프로모션", "신상품", "구매하기", "주문하기", "지금바로", "자세히보기", "바로가기", "상담신청", "무료상담", "특별가",
        ],
        .cashing: [
            "상품권현금화", "상품권매입", "소액결제현금화", "휴대폰소액결제현금", "정보이용료현금화", "콘텐츠이용료현금화",
            "신용카드현금화", "카드현금화", "카드깡", "통장매입", "통장삽니다", "통장임대", "통장대여", "계좌임대", "계좌대여",
            "법인통장매입", "개인통장매입", "유심매입", "휴대폰개통대행",
            // Selling a card's limit or vouchers for cash, however it is put.
            "한도현금화", "현금으로바꿔", "현금화수수료", "최고가매입", "상품권최고가", "핀번호만", "매입가능",
        ],
        .illicit: [
            "흥신소", "심부름센터", "휴대폰위치추적", "핸드폰위치추적", "위치추적전문", "불륜조사", "외도조사", "뒷조사", "사생활조사", "사람찾기전문", "휴대폰해킹",
            "외도증거", "불륜증거", "배우자외도", "소재파악", "채무자소재", "전직수사관",
            "레플리카", "짝퉁", "미러급", "이미테이션명품", "정품급", "s급명품",
            "로또예상번호", "로또당첨번호예측", "로또1등예상", "당첨번호예측", "로또분석프로그램", "연금복권예상",
            "신분증위조", "졸업증명서위조", "위조지폐", "대포폰", "대포차",
        ],
        .marketing: [
            "상위노출", "블로그체험단", "체험단모집", "바이럴마케팅", "플레이스상위", "플레이스순위", "키워드상위", "검색상위",
            "블로그마케팅", "블로그포스팅대행", "리뷰마케팅", "트래픽작업", "팔로워늘리기", "구독자늘리기", "좋아요늘리기",
            "db판매", "디비판매", "개인정보db", "마케팅대행", "광고대행사입니다", "seo최적화",
            // Leads sold by the month, reviews written to order.
            "db보장", "디비보장", "상담db", "바이럴", "후기작업", "리뷰관리", "리뷰작업",
            // Bulk texting and target lists sold to small businesses.
            "대량문자", "문자대량발송", "대량발송", "고객리스트", "타겟고객", "타겟db",
            // Followers, likes and views sold by the thousand.
            "인스타팔로워", "한국인팔로워", "팔로워구매", "좋아요구매", "조회수구매", "실계정", "이탈시무료", "무료리필",
        ],
        .warning: [
            "불법도박", "도박중독", "도박문제", "불법온라인도박", "검거", "스미싱", "보이스피싱", "사칭한", "사칭하", "사칭메일",
            "사칭문자", "수법", "피해예방", "피해사례", "피해를입", "속지마", "속지않도록", "주의보", "각별한주의", "주의를당부",
            "신고해주세요", "신고하세요", "신고바랍니다", "불법스팸", "사기입니다", "사기야", "사기예요", "사기래", "절대들어가지",
            "누르지마", "누르지않", "클릭하지마", "클릭하지않", "열지마", "예방수칙", "모의훈련",
            // A family warning its parents: "don't tap it, don't install it, think of it as a scam".
            "누르지말", "클릭하지말", "설치하지말", "사기라고",
            // Reports of a scam's spread, and an institution's own disclaimer (`당사는 리딩방을 운영하지
            // 않습니다`, `비밀번호를 요구하지 않습니다`).
            "피해신고", "피해급증", "피해가늘", "피해가증가", "불법리딩방", "운영하지않습니다", "추천하지않습니다", "요구하지않습니다",
            "요청하지않습니다",
            // Asking whether it is a scam, telling family not to click, where to report it.
            "사기맞", "사기인가", "사기아니", "사기같", "사기인지", "사기로봐", "사기꾼", "누르지말", "클릭하지말", "열지말",
            "절대누르", "절대클릭", "신고하면", "신고할수", "신고했", "조심하세요", "조심해", "주의하세요", "주의하시기", "피해를보",
        ],
        .contact: [
            "카톡", "카카오톡친구", "오픈채팅", "텔레그램", "telegram", "라인아이디", "문자상담", "상담문의", "친구추가",
            "오픈톡", "오픈카톡", "참여코드", "입장코드", "카카오톡id", "카카오톡아이디", "텔레방", "텔레:", "텔레@", "텔레id",
            "라인id",
        ],
    ]

    static let all: [(Category, String)] = Category.allCases.flatMap { category in (phrases[category] ?? []).map { (category, $0) } }
    /// Phrases are matched in the form the text has after `TextNormalizer` (NFKC turns the
    /// compatibility jamo of `ㅌㅌ` into conjoining jamo), lower-cased.
    static let matcher = PhraseMatcher(all.map { TextNormalizer.normalize($0.1).text.lowercased() })

    /// Scalars matched at most: long mail is judged by its first 20,000 characters.
    static let maximumScalars = 20_000

    /// What the lexicon found in a text: distinct phrases per category, and how many syllables
    /// were spelled out in jamo (`ㅌ ㅔ ㄹ ㄹ ㅔ` → `텔레`).
    public struct Findings: Sendable, Equatable {
        public var phrases: [Category: [String]] = [:]
        public var spelledSyllables = 0
    }

    /// Distinct phrases found per category, in normalised text.
    public static func categories(in normalizedText: String) -> [Category: [String]] { scan(normalizedText).phrases }

    /// Finds the phrases of every category in normalised text, with whitespace removed and jamo
    /// spelled out as separate letters composed into the syllables they spell.
    public static func scan(_ normalizedText: String) -> Findings {
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(min(normalizedText.unicodeScalars.count, maximumScalars))
        for scalar in normalizedText.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            compact.append(scalar)
            if compact.count >= maximumScalars { break }
        }
        var findings = Findings()
        let composed = composeSpelledSyllables(compact, count: &findings.spelledSyllables)
        for index in matcher.matches(in: composed) {
            let (category, phrase) = all[index]
            findings.phrases[category, default: []].append(phrase)
        }
        return findings
    }

    /// Conjoining jamo (what NFKC makes of ㄱ…ㅎ and ㅏ…ㅣ) spelled one by one, as spam writes
    /// words to hide them once the spaces between them are gone: a lead consonant and a vowel
    /// become a syllable, and a lead consonant right after a syllable without a final consonant
    /// becomes its final when the next letter starts a syllable (`테ㄹ레` → `텔레`). Consonants
    /// alone (`ㅋㅋ`, `ㅎㅎ`) and vowels alone (`ㅠㅠ`) stay as they are. Linear; counts the
    /// syllables it made or completed.
    static func composeSpelledSyllables(_ scalars: [Unicode.Scalar], count: inout Int) -> [Unicode.Scalar] {
        func isLead(_ s: Unicode.Scalar) -> Bool { (0x1100...0x1112).contains(s.value) }
        func isVowel(_ s: Unicode.Scalar) -> Bool { (0x1161...0x1175).contains(s.value) }
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard isLead(scalar) else {
                out.append(scalar)
                index += 1
                continue
            }
            if index + 1 < scalars.count, isVowel(scalars[index + 1]),
                let syllable = Unicode.Scalar(0xAC00 + ((scalar.value - 0x1100) * 21 + scalars[index + 1].value - 0x1161) * 28)
            {
                out.append(syllable)
                count += 1
                index += 2
                continue
            }
            // A final consonant: after an open syllable, before the start of another syllable.
            let next = index + 1 < scalars.count ? scalars[index + 1] : nil
            let startsSyllable = next.map { TextNormalizer.isSyllable($0) || (isLead($0) && index + 2 < scalars.count && isVowel(scalars[index + 2])) } ?? false
            if startsSyllable, let previous = out.last, TextNormalizer.isSyllable(previous), (previous.value - 0xAC00) % 28 == 0,
                let trail = trailIndex[scalar.value - 0x1100], let closed = Unicode.Scalar(previous.value + trail)
            {
                out[out.count - 1] = closed
                count += 1
                index += 1
                continue
            }
            out.append(scalar)
            index += 1
        }
        return out
    }

    /// The final-consonant index (1…27) of each lead consonant ㄱ…ㅎ; ㄸ, ㅃ and ㅉ have none.
    static let trailIndex: [UInt32: UInt32] = [
        0: 1, 1: 2, 2: 4, 3: 7, 5: 8, 6: 16, 7: 17, 9: 19, 10: 20, 11: 21, 12: 22, 14: 23, 15: 24, 16: 25, 17: 26, 18: 27,
    ]

    /// The share of letters that are Hangul syllables (0 for text without letters).
    public static func hangulShare(_ text: String) -> Double {
        var hangul = 0, letters = 0
        for scalar in text.unicodeScalars.prefix(maximumScalars) where ScalarClass.isLetter(scalar) {
            letters += 1
            if TextNormalizer.isSyllable(scalar) { hangul += 1 }
        }
        return letters == 0 ? 0 : Double(hangul) / Double(letters)
    }
}
