import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

struct ContentScannerTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: ContentScannerTests.model)
    func bytes(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }
    static let eicar = #"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"#

    @Test func theDefaultModelLoads() {
        #expect(Self.model.trainedOn > 4_000)
        #expect(Self.model.bad.nonZeroCount > 10_000)
    }

    @Test func eicarPlainAndBase64IsAVirus() {
        let plain = scanner.scan(bytes("Subject: test\n\n\(Self.eicar)\n"))
        #expect(plain.verdicts.contains(.virus))
        let encoded = Data(Self.eicar.utf8).base64EncodedString()
        let attached = scanner.scan(bytes("""
            Subject: attached
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            see attachment
            --b
            Content-Type: application/octet-stream; name=eicar.com
            Content-Transfer-Encoding: base64

            \(encoded)
            --b--
            """))
        #expect(attached.verdicts.contains(.virus))
        #expect(attached.label.hasPrefix("Virus"))
    }

    @Test func obviousSpamAndHam() {
        let spam = scanner.scan(bytes("""
            From: "Best Deals" <deals@cheap-meds.example>
            Subject: FREE VIAGRA!!! LOWEST PRICES GUARANTEED
            Content-Type: text/html

            <html><body><font size=+2 color=#ff0000>BUY NOW!!! 100% FREE</font> Click here to
            remove yourself from our list. Act now, limited time offer, cash bonus, no credit check,
            <a href="http://cheap-meds.example/buy">CLICK HERE</a> $$$ earn money fast</body></html>
            """))
        #expect(spam.verdicts.contains(.spam) || spam.verdicts.contains(.phishing), "\(spam)")
        let ham = scanner.scan(bytes("""
            From: Kim Chulsoo <kim@example.kr>
            To: dev@lists.example.org
            Subject: Re: patch for the queue manager
            Date: Mon, 23 Nov 2026 09:00:00 +0900
            Message-ID: <123@example.kr>
            In-Reply-To: <122@example.org>

            I looked at the patch again. The retry schedule is fine, but the test for the
            deferred queue should wait for the scan interval. Could you send a new version?

            Thanks,
            Chulsoo
            """))
        #expect(ham.verdicts == [.passed], "\(ham)")
    }

    @Test func phishingRulesNameTheirEvidence() {
        let message = MessageFeatures(MIMEParser().parse(bytes("""
            From: "PayPal Security" <service@secure-update.example>
            Reply-To: helpdesk12@gmail.com
            Subject: Your account has been limited
            Content-Type: text/html

            <p>We noticed unusual activity. Please verify your account.</p>
            <a href="http://203.0.113.9/paypal/login">https://www.paypal.com/signin</a>
            <form><input type="password" name="pw"></form>
            """)))
        let rules = ContentRules(message)
        #expect(rules.phishing.count >= 4, "\(rules.phishing)")
        #expect(rules.markers.contains("link-mismatch"))
        #expect(rules.markers.contains("ip-url"))
        #expect(rules.markers.contains("brand-display-name"))
        #expect(rules.markers.contains("replyto-freemail"))
        let result = scanner.scan(bytes("""
            From: "PayPal Security" <service@secure-update.example>
            Reply-To: helpdesk12@gmail.com
            Subject: Your account has been limited
            Content-Type: text/html

            <p>We noticed unusual activity. Please verify your account.</p>
            <a href="http://203.0.113.9/paypal/login">https://www.paypal.com/signin</a>
            <form><input type="password" name="pw"></form>
            """))
        #expect(result.verdicts.contains(.phishing), "\(result)")
    }

    @Test func bulkAndSuspectAndWhitelist() {
        let bulk = scanner.scan(bytes("""
            From: news@shop.example
            Subject: Our November newsletter
            Precedence: bulk
            List-Unsubscribe: <mailto:unsubscribe@shop.example>
            Date: Mon, 23 Nov 2026 09:00:00 +0900
            Message-ID: <n@shop.example>

            Hello, this month we have a few updates about our opening hours and the new branch.
            """))
        #expect(bulk.verdicts.contains(.bulk), "\(bulk)")
        #expect(!bulk.verdicts.contains(.spam))
        let zip: [UInt8] = [0x50, 0x4B, 0x03, 0x04, 20, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 10, 0, 0, 0]
            + Array("invoice.js".utf8)
        #expect(ZipListing.names(zip) == ["invoice.js"])
        let suspect = scanner.scan(bytes("""
            Subject: invoice
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            please see the invoice
            --b
            Content-Type: application/zip; name=invoice.zip
            Content-Transfer-Encoding: base64

            \(Data(zip).base64EncodedString())
            --b--
            """))
        #expect(suspect.verdicts.contains(.suspect), "\(suspect)")
        let white = scanner.scan(bytes("Subject: FREE VIAGRA\n\nbuy now"), context: ScanContext(whitelisted: "partner.example"))
        #expect(white.verdicts == [.passedWhitelist])
        let whiteVirus = scanner.scan(bytes("Subject: x\n\n\(Self.eicar)"), context: ScanContext(whitelisted: "partner.example"))
        #expect(whiteVirus.verdicts == [.virus], "a whitelist never lets a virus through")
        let notScanned = scanner.scan(bytes("Subject: x\n\nbig"), context: ScanContext(notScanned: "too large"))
        #expect(notScanned.verdicts == [.passedNotScanned])
        #expect(notScanned.reasons.contains("not scanned: too large"))
    }

    @Test func taggingStripsSpoofedHeadersAndTagsTheSubject() {
        let message = bytes("X-Haetae-Scan: Passed/SMTP\nx-haetae-score: -9\n folded\nSubject: Hello\nFrom: a@b.example\n\nbody\n")
        let result = ScanResult(verdicts: [.spam, .bulk], score: 7.25, reasons: ["bayes 7.2", "rules html-only"])
        let tagged = String(decoding: MessageTagger(headerPrefix: "corp-", subjectTag: "[SPAM:%REASON%]").tag(message, result: result), as: UTF8.self)
        #expect(tagged.hasPrefix("X-Haetae-Scan: corp-Spam,Bulk/SMTP\r\nX-Haetae-Score: 7.2 (bayes 7.2; rules html-only)\r\n"))
        #expect(!tagged.contains("Passed/SMTP"))
        #expect(!tagged.contains("folded"))
        #expect(tagged.contains("Subject: [SPAM:Spam,Bulk] Hello\r\n"))
        #expect(tagged.hasSuffix("\r\n\r\nbody\r\n"))
        // Passed mail keeps its subject.
        let passed = String(decoding: MessageTagger(subjectTag: "[SPAM]").tag(message, result: ScanResult(verdicts: [], score: -3, reasons: [])), as: UTF8.self)
        #expect(passed.contains("Subject: Hello\r\n"))
        #expect(passed.hasPrefix("X-Haetae-Scan: Passed/SMTP\r\n"))
    }

    @Test func modelSerialisationRoundTrips() {
        var samples: [(features: Set<UInt32>, label: MailClass)] = []
        for index in 0..<50 {
            samples.append(([1, 2, UInt32(100 + index)], .ham))
            samples.append(([7, 8, UInt32(200 + index)], .spam))
            samples.append(([7, 9, UInt32(300 + index)], .phish))
        }
        let model = FilterModel.train(samples)
        let restored = FilterModel(serialized: model.serialized())!
        #expect(restored.assess([1, 2]).odds < 0)
        #expect(restored.assess([7, 8]).odds > 0)
        #expect(restored.assess([7, 9]).leading == .phish)
        #expect(restored.assess([7, 8]).leading == .spam)
        #expect(FilterModel(serialized: Array(model.serialized().prefix(30))) == nil)
    }

    /// A link that downloads a program (the Korean wedding-card smishing installs an .apk).
    @Test func programDownloadLinksArePhishingEvidence() {
        #expect(ContentRules.linksToProgram("http://wedding-card.example/inv/jhsy1219.apk"))
        #expect(ContentRules.linksToProgram("https://files.example/setup.EXE?x=1"))
        #expect(!ContentRules.linksToProgram("https://play.google.com/store/apps/details?id=com.shop.app"))
        #expect(!ContentRules.linksToProgram("https://shop.example/apk"))
        #expect(!ContentRules.linksToProgram("https://shop.example/guide.pdf"))
        #expect(!ContentRules.linksToProgram("https://www.example.exe"))
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(Array("From: a@b.example\r\nSubject: 청첩장\r\n\r\n모바일 청첩장 http://card.example/inv/a.apk\r\n".utf8))))
        #expect(rules.markers.contains("program-link"))
        #expect(rules.phishing.contains { $0.contains("program download") })
    }

    /// Regression: a short name under a country code is a name, not a registry's suffix — the Dutch
    /// railways' `click.email.ns.nl` was another organisation than its sender `ns.nl`.
    @Test func aShortNameUnderACountryCodeIsRegistrable() {
        #expect(URLScanner.baseDomain("click.email.ns.nl") == "ns.nl")
        #expect(URLScanner.baseDomain("www.db.de") == "db.de")
        #expect(URLScanner.baseDomain("mijn.ing.nl") == "ing.nl")
        #expect(URLScanner.baseDomain("news.shop.com.br") == "shop.com.br")
    }

    @Test func urlHelpers() {
        #expect(URLScanner.host(of: "http://user@Example.COM:8080/x") == "example.com")
        #expect(URLScanner.host(of: "https://[2001:db8::1]/") == "2001:db8::1")
        #expect(URLScanner.host(of: "https://shop.example.com.\r\nbr/login") == "shop.example.com")
        #expect(URLScanner.host(of: "https://a.example.com br/x") == "a.example.com")
        // Regression (ko-fresh7): a notice quoting a scam text writes its link as omitted,
        // `http://(생략)`; that names no site, and counted as a foreign one.
        #expect(URLScanner.host(of: "http://(생략") == nil)
        #expect(URLScanner.host(of: "http://[link]/x") == nil)
        #expect(URLScanner.host(of: "http://<url>") == nil)
        #expect(URLScanner.host(of: "http://%77%77%77.example.com/") == "%77%77%77.example.com")
        #expect(URLScanner.host(of: "http://한국인터넷진흥원.한국/") == "한국인터넷진흥원.한국")
        #expect(URLScanner.baseDomain("mail.example.co.kr") == "example.co.kr")
        #expect(URLScanner.baseDomain("a.b.example.com") == "example.com")
        #expect(URLScanner.baseDomain("www.hometax.go.kr") == "hometax.go.kr")
        #expect(URLScanner.baseDomain("news.shop.com.br") == "shop.com.br")
        #expect(URLScanner.baseDomain("mail.bank.co.uk") == "bank.co.uk")
        #expect(URLScanner.isIPAddress("203.0.113.9"))
        #expect(URLScanner.urls(in: "see http://a.test/x and www.b.test.") == ["http://a.test/x", "www.b.test."])
        // Regression: CR LF is one Character, and a URL before a line break kept it.
        #expect(URLScanner.urls(in: "see http://a.test/x.apk\r\nnext www.b.test\r\n") == ["http://a.test/x.apk", "www.b.test"])
        // Regression: a Korean particle after a URL became part of its host (`www.hometax.go.kr이`,
        // then a look-alike of 홈택스); Hangul opening a path segment or a value stays.
        #expect(URLScanner.urls(in: "www.hometax.go.kr이 아닌 곳, https://nts.go.kr/guide에서 확인") == ["www.hometax.go.kr", "https://nts.go.kr/guide"])
        #expect(URLScanner.urls(in: "https://ko.wikipedia.org/wiki/한국 참고, https://s.example/?q=대출") == ["https://ko.wikipedia.org/wiki/한국", "https://s.example/?q=대출"])
    }
}
