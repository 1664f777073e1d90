import Testing

@testable import HaetaeFilter
@testable import MIME

/// The DKIM-alignment credit and the foreign-links weight (SenderAlignmentRules.swift).
struct SenderAlignmentRulesTests {
    func rules(from: String, dkim: [String] = [], replyTo: String? = nil, extra: String = "", html: String? = nil,
               plain: String? = nil, authentication: AuthenticationResults? = nil) -> ContentRules {
        var lines = ["From: Shop <\(from)>", "Subject: Your order", "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@x.example>"]
        for domain in dkim { lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\(domain); s=s1; h=from; bh=x; b=y") }
        if let replyTo { lines.append("Reply-To: <\(replyTo)>") }
        if !extra.isEmpty { lines.append(extra) }
        let body: String
        if let html {
            lines.append("Content-Type: text/html; charset=utf-8")
            body = html
        } else {
            body = plain ?? "Thank you for your order."
        }
        let text = (lines + ["", body, ""]).joined(separator: "\r\n")
        var message = MessageFeatures(MIMEParser().parse(Array(text.utf8)))
        message.authentication = authentication
        return ContentRules(message)
    }

    func credited(_ rules: ContentRules) -> Bool { rules.scoreReasons.contains("dkim-aligned") }
    func foreign(_ rules: ContentRules) -> Bool { rules.scoreReasons.contains("links-foreign") }

    @Test func aSignatureOfTheFromOrganisationEarnsTheCredit() {
        let signed = rules(from: "orders@mail.shop.example.com", dkim: ["shop.example.com"])
        #expect(credited(signed))
        #expect(signed.markers.contains("dkim-aligned"))
        #expect(signed.score == ContentRules.alignedSignatureWeight)
        // Relaxed alignment: a signer's subdomain and the From's subdomain share the organisation.
        #expect(credited(rules(from: "news@e.brand.co.kr", dkim: ["m.brand.co.kr"])))
    }

    @Test func noCreditWithoutAnAlignedTrustworthySignature() {
        #expect(!credited(rules(from: "orders@shop.example.com")))
        #expect(!credited(rules(from: "orders@shop.example.com", dkim: ["esp-mailer.example.net"])))
        // Freemail: the provider signs whatever its users send.
        #expect(!credited(rules(from: "someone@gmail.com", dkim: ["gmail.com"])))
        // Replies to a freemail mailbox: the organisation does not stand behind the message.
        #expect(!credited(rules(from: "rector@university.example.edu", dkim: ["university.example.edu"], replyTo: "claims.office@gmail.com")))
        // A verified failure takes the credit away; a verified pass keeps it.
        #expect(!credited(rules(from: "orders@shop.example.com", dkim: ["shop.example.com"], authentication: AuthenticationResults(dkim: .fail))))
        #expect(credited(rules(from: "orders@shop.example.com", dkim: ["shop.example.com"], authentication: AuthenticationResults(dkim: .pass))))
    }

    /// Regression (modern-written): spam from `gmx.de`, `uol.com.br`, `bol.com.br` and `yandex.com`
    /// mailboxes, signed by the provider, earned the −1.0 signing credit — the free-mail list knew
    /// `gmx.net` and `yandex.ru` but not the providers' other country domains. A business domain
    /// that merely resembles a provider's name keeps its credit.
    @Test func aFreeMailboxOfAProvidersCountryDomainEarnsNoCredit() {
        for domain in ["gmx.de", "web.de", "uol.com.br", "bol.com.br", "yandex.com", "hotmail.fr", "yahoo.co.jp", "libero.it", "wp.pl"] {
            #expect(!credited(rules(from: "someone@\(domain)", dkim: [domain])), "\(domain)")
        }
        #expect(credited(rules(from: "orders@gmx-shop.example", dkim: ["gmx-shop.example"])))
        #expect(credited(rules(from: "bills@live-energy.example", dkim: ["live-energy.example"])))
        // A CEO's request for gift cards from a provider's country domain is payment diversion.
        let giftCards = rules(from: "ceo.office@gmx.de", plain: "I need you to buy six gift cards today and send me the codes from the back, scratch them off. I am in a meeting.")
        #expect(giftCards.markers.contains("payment-diversion"), "\(giftCards.markers)")
    }

    /// Regression (ko-fresh5): Daum's dormant-account notice from `noreply@daum.net`, signed by
    /// daum.net, was a free mailbox's and earned no credit. A provider's reserved no-reply name and
    /// its subdomains are its own system mail; a user's mailbox there is still a free mailbox.
    @Test func aFreeMailProvidersOwnSystemMailIsCredited() {
        #expect(credited(rules(from: "noreply@daum.net", dkim: ["daum.net"])))
        #expect(credited(rules(from: "help@help.naver.com", dkim: ["naver.com"])))
        #expect(!credited(rules(from: "noreply.daum@daum.net", dkim: ["daum.net"])))
        #expect(!credited(rules(from: "kim.minsu@daum.net", dkim: ["daum.net"])))
        #expect(!credited(rules(from: "noreply@daum.net")))
    }

    /// Regression (modern-dev): `Coinbase <no-reply@mountvernon.org>`, `"Ledger" <info@…com.br>` —
    /// wallet phishing signed by the sending domain kept the signing credits (−1.0 and −1.5) and
    /// passed. A signature vouches for its own domain, not for the brand the display name shows.
    @Test func aBrandInTheDisplayNameOfAnotherDomainVoidsTheSigningCredits() {
        func rules(displayName: String) -> ContentRules {
            let text = [
                "From: \(displayName) <no-reply@mountvernon.example.org>", "Subject: Transitioning to self-custody wallets",
                "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@mountvernon.example.org>",
                "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=mountvernon.example.org; s=s1; h=from; bh=x; b=y",
                "List-Unsubscribe: <https://mountvernon.example.org/u/1>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
                "", "Your wallet needs to move.", "",
            ].joined(separator: "\r\n")
            return ContentRules(MessageFeatures(MIMEParser().parse(Array(text.utf8))))
        }
        let impersonating = rules(displayName: "Coinbase")
        #expect(impersonating.impersonatesBrand)
        #expect(impersonating.markers.contains("brand-display-name"))
        #expect(!credited(impersonating))
        #expect(!impersonating.scoreReasons.contains("bulk-sender-compliant"))
        // The same mail under the sender's own name keeps both credits.
        let own = rules(displayName: "Mount Vernon")
        #expect(!own.impersonatesBrand)
        #expect(credited(own))
        #expect(own.scoreReasons.contains("bulk-sender-compliant"))
        // Co-branding: a brand's own domain naming another brand impersonates nobody; a freemail
        // mailbox does.
        func brandRule(_ from: String) -> Bool {
            let text = "From: \(from)\r\nSubject: Plan options\r\n\r\nHello.\r\n"
            return ContentRules(MessageFeatures(MIMEParser().parse(Array(text.utf8)))).impersonatesBrand
        }
        #expect(!brandRule("\"Amazon Benefits at Fidelity\" <Fidelity.Investments@mail.fidelity.com>"))
        #expect(brandRule("\"Amazon Benefits\" <benefits@mail.fidelity-plans.example>"))
        #expect(brandRule("\"Kakao Security\" <kakao.security@naver.com>"))
        #expect(brandRule("\"PayPal Service\" <paypal.service@me.com>"))
        // Look-alike letters do not hide the brand.
        #expect(!credited(rules(displayName: "\u{03F9}o\u{0456}\u{0578}b\u{0430}\u{0455}\u{0435}")))
    }

    /// Regression (written modern mail): a short notice linking to its signer's click tracker or to
    /// a host carrying the sender's name under another country's domain (`renfe.es` signed by
    /// `renfe.com`, linking to `click.email.renfe.com`) counted as linking elsewhere; the short-text
    /// rule now asks what `links-foreign` asks.
    @Test func aShortNoticeLinkingToItsSignerOrItsNameIsNotLinkingElsewhere() {
        let tracked = rules(from: "ventaonline@renfe.es", dkim: ["renfe.com"], html: #"<p>Your ticket.</p><a href="https://click.email.renfe.com/x">View</a>"#)
        #expect(tracked.markers.contains("short-with-url"))
        #expect(!tracked.scoreReasons.contains("short-with-foreign-url"))
        let signer = rules(from: "hello@juniper.example", dkim: ["juniper.example", "klclick.example"], html: #"<p>Sale.</p><a href="https://ctrk.klclick.example/y">Shop</a>"#)
        #expect(!signer.scoreReasons.contains("short-with-foreign-url"))
        let elsewhere = rules(from: "service@notices.acmebank.example", html: #"<p>Verify now.</p><a href="https://verify-login.phishsite.example/x">Verify</a>"#)
        #expect(elsewhere.scoreReasons.contains("short-with-foreign-url"))
    }

    @Test func htmlWhoseLinksAllLeaveTheSenderIsWeighted() {
        let html = #"<html><body><p>Your account needs attention.</p><a href="https://verify-login.phishsite.example/x">Verify</a></body></html>"#
        let spam = rules(from: "service@notices.acmebank.example", html: html)
        #expect(foreign(spam))
        #expect(spam.markers.contains("links-foreign"))
        #expect(spam.scoreReasons.contains("links-foreign"))
    }

    @Test func linksHomeToASignerOrToTheBrandsPageElsewhereAreNotForeign() {
        let home = #"<html><body><a href="https://click.e.shopco.example/t/1">Track your parcel</a><a href="https://cdn.other.example/x">x</a></body></html>"#
        #expect(!foreign(rules(from: "orders@shopco.example", html: home)))
        let tracker = #"<html><body><a href="https://links.espmailer.example/c/1">See the offer</a></body></html>"#
        #expect(foreign(rules(from: "news@shopco.example", html: tracker)))
        #expect(!foreign(rules(from: "news@shopco.example", dkim: ["espmailer.example"], html: tracker)))
        // The brand's own page at a platform: its name is a label of the host.
        let platform = #"<html><body><a href="https://shopexample.helpdesk-platform.example/ticket/9">Your ticket</a></body></html>"#
        #expect(!foreign(rules(from: "support@shopexample.com", html: platform)))
        // Short names do not count (`ab` would match too much).
        let short = #"<html><body><a href="https://ab.elsewhere.example/x">x</a></body></html>"#
        #expect(foreign(rules(from: "info@ab.test", html: short)))
    }

    /// Regression (Korean check set): Naver's notice from `navercorp.com` linking to `naver.com`, and
    /// 도로교통공단 (`koroad.or.kr`) linking to its `safedriving.or.kr`, were weighted as foreign links.
    @Test func linksToAnotherDomainOfTheSendersBrandAreNotForeign() {
        let naver = #"<html><body><a href="https://nid.naver.com/user2/help/myInfo">내 정보 확인</a></body></html>"#
        #expect(!foreign(rules(from: "account_noreply@navercorp.com", html: naver)))
        let koroad = #"<html><body><a href="https://www.safedriving.or.kr/main.do">안전운전 통합민원</a></body></html>"#
        #expect(!foreign(rules(from: "notice@koroad.or.kr", html: koroad)))
        // A freemail sender gets none of its provider's domains: phishing links to docs.google.com.
        let forms = #"<html><body><a href="https://docs.google.com/forms/d/1/viewform">Verify</a></body></html>"#
        #expect(foreign(rules(from: "it.helpdesk@gmail.com", html: forms)))
        // Nor does an unknown organisation, nor a look-alike of the brand.
        #expect(foreign(rules(from: "notice@naver-check.example", html: naver)))
        #expect(ContentRules.brandDomains(of: "navercorp.com", in: .builtIn).contains("naver.com"))
        #expect(ContentRules.brandDomains(of: "gmail.com", in: .builtIn).isEmpty)
    }

    @Test func repliesPlainTextAndMailWithoutLinksAreLeftAlone() {
        let html = #"<html><body><a href="https://lore.kernel.example/patch">the patch</a></body></html>"#
        #expect(!foreign(rules(from: "dev@person.example", extra: "In-Reply-To: <0@person.example>", html: html)))
        #expect(!foreign(rules(from: "dev@person.example", plain: "See https://lore.kernel.example/patch for the patch.")))
        #expect(!foreign(rules(from: "dev@person.example", html: "<html><body><p>No links here.</p></body></html>")))
    }

    @Test func isOwnComparesOrganisationsAndNameLabels() {
        #expect(ContentRules.isOwn(host: "click.e.brand.com", organisations: ["brand.com"]))
        #expect(ContentRules.isOwn(host: "brand.narvar.example", organisations: ["brand.com"]))
        #expect(!ContentRules.isOwn(host: "brand.com.evil.example", organisations: ["shop.com"]))
        #expect(!ContentRules.isOwn(host: "paypal.login-check.example", organisations: ["paypal-help.example"]))
        #expect(!ContentRules.isOwn(host: "mail.elsewhere.example", organisations: ["mail.com"]))
    }

    /// Regression (ko-fresh7): a church youth group writing Korean from gmail.com with its Google
    /// Form, and an alumni party's map link from naver.com, were Spam on `links-foreign`. A person's
    /// free mailbox has no organisation to link home to.
    @Test func aPersonWritingKoreanFromAFreeMailboxHasNoHomeToLinkTo() {
        let form = #"<p>2027 겨울수련회 등록을 시작합니다. 구글폼 작성 후 회비 입금하시면 완료됩니다. <a href="https://forms.gle/abc">신청</a></p>"#
        #expect(!foreign(rules(from: "youth.group@gmail.com", html: form)))
        #expect(!foreign(rules(from: "dongmin@naver.com", html: form)))
        // The same letter from an organisation's own domain still links elsewhere.
        #expect(foreign(rules(from: "youth@church.example.org", html: form)))
        // And a free mailbox writing English still does (the 2002 corpus's spam came that way).
        let english = #"<p>Register for the winter retreat with the form below and pay the fee. <a href="https://forms.gle/abc">Register</a></p>"#
        #expect(foreign(rules(from: "youth.group@gmail.com", html: english)))
    }

    /// Regression (modern-fresh3): `chase-secure-alerts.com` signing for itself earned the credit.
    @Test func aLookAlikeSenderSigningForItselfEarnsNoCredit() {
        let lookalike = rules(from: "alerts@chase-secure-alerts.com", dkim: ["chase-secure-alerts.com"])
        #expect(lookalike.markers.contains("lookalike-sender"))
        #expect(!credited(lookalike))
    }

    /// Regression (modern-fresh4): a brewery's Mailchimp newsletter linked only through its
    /// tracker, which names the account by its first twelve letters, and was Spam on links-foreign.
    @Test func mailchimpsTrackerNamedAfterTheAccountIsTheSendersOwn() {
        let own: Set<String> = ["hoppytrailsbrewing.com"]
        #expect(ContentRules.isOwn(host: "hoppytrailsb.us12.list-manage.com", organisations: own))
        #expect(!ContentRules.isOwn(host: "hoppy.us12.list-manage.com", organisations: own))  // too short to tell
        #expect(!ContentRules.isOwn(host: "otherbrewery.us12.list-manage.com", organisations: own))
        #expect(!ContentRules.isOwn(host: "hoppytrailsb.tracker.example", organisations: own))
    }
}
