import Testing

@testable import HaetaeFilter

struct BrandListTests {
    let brands = BrandList.builtIn

    @Test func theBuiltInListParses() {
        let (list, errors) = BrandList.parse(BrandData.text)
        #expect(errors.isEmpty, "\(errors)")
        #expect(list.brands.count >= 40)
        for key in ["naver", "kakao", "daum", "kb", "shinhan", "woori", "hana", "nonghyup", "ibk", "toss", "coupang", "epost", "cj", "nts",
                    "police", "prosecution", "gov24", "nhis", "paypal", "apple", "microsoft", "amazon", "dhl"] {
            #expect(list.brands.contains { $0.key == key }, "\(key) missing")
        }
    }

    @Test(arguments: [
        ("네이버 고객센터", "naver"), ("NAVER 고객센터", "naver"), ("Naver", "naver"), ("카카오톡 보안팀", "kakao"), ("KB국민은행", "kb"),
        ("신한카드 알림", "shinhan"), ("토스뱅크", "toss"), ("쿠팡이츠", "coupang"), ("CJ대한통운 택배", "cj"), ("국세청 홈택스", "nts"),
        ("PayPal Service", "paypal"), ("Apple ID", "apple"), ("네.이.버 보안센터", "naver"),
        // The wallets, brokers and banks 2024–26 phishing shows in its display names.
        ("LEDGER", "ledger"), ("Ledger Support", "ledger"), ("MetaMask", "metamask"), ("Trust Wallet", "trustwallet"),
        ("Interactive Brokers", "ibkr"), ("Charles Schwab & Co", "schwab"), ("Aviso:Nubank", "nubank"), ("OpenSea", "opensea"),
        ("\u{03F9}o\u{0456}\u{0578}b\u{0430}\u{0455}\u{0435}", "coinbase"), ("Mi\u{E0139}cr\u{E0139}osoft Support", "microsoft"),
    ])
    func findsBrandsInNames(_ text: String, _ key: String) {
        #expect(brands.brands(namedIn: text).contains { $0.key == key }, "\(text)")
    }

    @Test(arguments: ["토스트 맛집 추천", "pineapple juice", "다음 주 회의", "우리 팀 회식", "하나만 골라 주세요", "Snapple",
                      "General Ledgers Team", "Fidelity Charitable", "Trust Fund Wallets"])
    func ignoresOrdinaryWords(_ text: String) {
        #expect(brands.brands(namedIn: text).isEmpty, "\(text): \(brands.brands(namedIn: text).map(\.key))")
    }

    @Test func realDomainsAreTheBrands() {
        let naver = brands.brands.first { $0.key == "naver" }!
        #expect(naver.owns(host: "naver.com"))
        #expect(naver.owns(host: "nid.naver.com"))
        #expect(!naver.owns(host: "naver-check.example.com"))
        #expect(!naver.owns(host: "naver.com.evil.example"))
        #expect(brands.imitatedBrand(host: "nid.naver.com") == nil)
        #expect(brands.imitatedBrand(host: "www.kbstar.com") == nil)
        #expect(brands.imitatedBrand(host: "s3.amazonaws.com") == nil)
        // Regression (ko-fresh8): 정부24's notices come from the government's own mail domain.
        #expect(brands.brands.first { $0.key == "gov24" }!.owns(host: "korea.kr"))
    }

    @Test(arguments: [
        ("naver-check.example.com", "naver"), ("security.naver.com.login-verify.net", "naver"), ("kbstar-secure.xyz", "kb"),
        ("paypa1.com", "paypal"), ("xn--pypal-4ve.com", "paypal"), ("hometax-refund.top", "nts"), ("epost-delivery.info", "epost"),
        ("dhl-express.parcel.example", "dhl"), ("rnicrosoft-login.com", "microsoft"), ("secure-gov-kr.example", "gov24"),
        ("appleid-verify.example", "apple"), ("secure-paypal.example", "paypal"),
        ("schwab-secure00059.wiki", "schwab"), ("metamask-wallet-restore.example", "metamask"), ("ledgerlive-update.example", "ledger"),
        // Regression (modern-fresh3): a brand whose name is a common word, with a service word.
        ("chase-secure-alerts.com", "chase"), ("secure.chase-secure-alerts.com", "chase"),
        // Payroll diversion writes as an HR platform.
        ("workday-hrportal.com", "workday"), ("paychex-direct-deposit.net", "paychex"),
    ])
    func findsLookalikeHosts(_ host: String, _ key: String) {
        #expect(brands.imitatedBrand(host: host)?.key == key, "\(host) → \(String(describing: brands.imitatedBrand(host: host)?.key))")
    }

    @Test(arguments: ["example.com", "mail.hanbit-sw.co.kr", "lists.python-kr.org", "vger.kernel.org", "github.com", "dhlabs.example",
                      "huaweicloud.com", "snapple.com", "ledgerinsights.com", "capitaloneshopping.com", "search2.quickbooksonline.com",
                      "steeplechase-alerts.com", "chase-county.example", "www.chase.com", "acme.wd5.myworkday.com"])
    func ordinaryHostsImitateNobody(_ host: String) {
        #expect(brands.imitatedBrand(host: host) == nil, "\(host)")
    }

    @Test func administratorsExtendTheList() {
        let (site, errors) = BrandList.parse("""
            # our own brand, and a new domain for Naver
            haetae | 해태메일, haetae mail | haetae.example | haetae
            naver | 네이버 | naver-corp.example
            broken line without columns
            """)
        #expect(errors == ["line 4: broken line without columns"])
        let merged = brands.merging(site)
        #expect(merged.brands(namedIn: "해태메일 관리자").first?.key == "haetae")
        #expect(merged.imitatedBrand(host: "haetae-login.example.net")?.key == "haetae")
        let naver = merged.brands.first { $0.key == "naver" }!
        #expect(naver.owns(host: "www.naver-corp.example"))
        #expect(naver.owns(host: "naver.com"))
    }

    @Test func punycodeDecodes() {
        #expect(HostNames.decodePunycode("www.xn--9s7b17f.kr") == "www.해태.kr")
        #expect(HostNames.punycode("bcher-kva") == "bücher")
        #expect(HostNames.punycode("!!!") == nil)
    }

    /// Regression: a brands file saved with CR LF line ends was read as one line (CR LF is one
    /// Character, not equal to "\n").
    @Test func readsABrandsFileWithCRLFLineEnds() {
        let (list, errors) = BrandList.parse("# site brands\r\nacme | Acme Bank, 애크미 | acme-bank.example\r\nzeta | Zeta Pay | zetapay.example\r\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(list.brands.map(\.key) == ["acme", "zeta"])
        #expect(list.brands.first?.domains == ["acme-bank.example"])
    }
}
