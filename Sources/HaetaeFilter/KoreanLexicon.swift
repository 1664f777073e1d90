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
    }

    static let phrases: [Category: [String]] = [
        .urgency: [
            "계정정지", "계정이정지", "계정이일시정지", "계정이잠", "이용정지", "이용이정지", "이용제한", "사용이제한", "본인인증", "본인확인",
            "미납", "체납", "환급", "출석요구", "출석통지", "출석하", "압류", "고소장", "소환장", "과태료", "벌금", "긴급", "즉시확인",
            "24시간이내", "48시간이내", "24시간내", "정지예정", "해지예정", "비정상적인로그인", "비정상로그인", "해외로그인", "로그인시도",
            "비밀번호가만료", "비밀번호만료", "결제가실패", "결제실패", "결제가거절", "배송지불명", "주소불명", "주소지불명", "주소가불명확",
            "반송예정", "반송처리", "보관기한", "미수령", "수취인부재", "세금환급", "환급금", "보안경고", "개인정보유출", "명의도용",
            "확인하지않으면", "제한됩니다", "정지됩니다", "삭제됩니다", "폐기됩니다", "법적조치", "수사중", "사건번호", "범죄에연루",
            "계좌가동결", "지급정지", "건강검진결과", "보험료미납", "통지서", "고지서",
        ],
        .credential: [
            "로그인하여", "로그인해", "비밀번호를입력", "비밀번호입력", "아이디와비밀번호", "인증번호", "보안카드", "공인인증서",
            "공동인증서", "계좌번호", "카드번호", "주민등록번호", "본인명의", "정보를입력", "정보를업데이트", "정보업데이트",
        ],
        .loan: [
            "대출", "최저금리", "당일승인", "당일대출", "무담보", "무보증", "신용불량", "저신용", "한도조회", "비대면대출", "작업대출",
            "급전", "대환대출", "정부지원대출", "햇살론", "무직자", "소액대출", "승인률", "저금리", "금리인하", "신용등급", "연체자",
            "서류없이", "승인보장", "주부대출", "사업자대출",
        ],
        .gambling: [
            "카지노", "토토", "바카라", "슬롯", "배팅", "베팅", "첫충", "매충", "꽁머니", "먹튀", "홀덤", "파워볼", "룰렛", "잭팟",
            "가입머니", "환전", "충전보너스", "입금보너스", "라이브카지노", "스포츠픽", "메이저사이트", "안전놀이터", "놀이터",
        ],
        .adult: [
            "조건만남", "애인대행", "야동", "19금", "섹시", "출장마사지", "출장안마", "무료채팅", "화끈", "야한", "오피", "유흥", "성인용품",
            "만남주선", "외로운", "성인영상",
        ],
        .investment: [
            "리딩방", "급등주", "종목추천", "무료추천", "수익률", "원금보장", "세력주", "상한가", "투자수익", "선물옵션", "비트코인",
            "가상화폐", "암호화폐", "수익보장", "vip리딩", "고수익", "월수익", "재테크", "주식리딩", "코인리딩", "손실복구", "적중률",
            "상장예정", "에어드랍",
        ],
        .medicine: [
            "비아그라", "시알리스", "발기", "조루", "처방전없이", "다이어트약", "레비트라", "정력", "남성기능", "해외직구약", "정품보장",
        ],
        .job: [
            "재택알바", "고수익알바", "부업", "일당", "재택근무", "하루1시간", "하루2시간", "하루30분", "주급", "당일지급", "초보가능",
            "누구나가능", "리뷰알바", "구매대행알바", "타이핑알바", "쇼핑몰리뷰", "단순업무", "스마트폰만있으면", "수당지급", "알바모집",
        ],
        .commercial: [
            "할인", "특가", "이벤트", "쿠폰", "무료", "혜택", "최저가", "세일", "적립", "사은품", "증정", "한정", "마감임박", "선착순",
            "프로모션", "신상품", "구매하기", "주문하기", "지금바로", "자세히보기", "바로가기", "상담신청", "무료상담", "특별가",
        ],
        .contact: [
            "카톡", "카카오톡친구", "오픈채팅", "텔레그램", "telegram", "라인아이디", "문자상담", "상담문의", "친구추가",
        ],
    ]

    static let all: [(Category, String)] = Category.allCases.flatMap { category in (phrases[category] ?? []).map { (category, $0) } }
    static let matcher = PhraseMatcher(all.map(\.1))

    /// Scalars matched at most: long mail is judged by its first 20,000 characters.
    static let maximumScalars = 20_000

    /// Distinct phrases found per category, in normalised text.
    public static func categories(in normalizedText: String) -> [Category: [String]] {
        var compact: [Unicode.Scalar] = []
        compact.reserveCapacity(min(normalizedText.unicodeScalars.count, maximumScalars))
        for scalar in normalizedText.lowercased().unicodeScalars {
            if scalar.properties.isWhitespace { continue }
            compact.append(scalar)
            if compact.count >= maximumScalars { break }
        }
        var out: [Category: [String]] = [:]
        for index in matcher.matches(in: compact) {
            let (category, phrase) = all[index]
            out[category, default: []].append(phrase)
        }
        return out
    }

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
