import Testing

@testable import HaetaeFilter
@testable import MIME

/// Senders and links in the top-level domains where most registrations are abuse
/// (ThrowawayDomainRules.swift).
struct ThrowawayDomainRulesTests {
    func rules(from: String, dkim: [String] = [], extra: [String] = [], html: String) -> ContentRules {
        var lines = ["From: Offers <\(from)>", "Subject: Your reward", "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@x.example>"]
        for domain in dkim { lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\(domain); s=s1; h=from; bh=x; b=y") }
        lines += extra
        lines.append("Content-Type: text/html; charset=utf-8")
        let text = (lines + ["", html, ""]).joined(separator: "\r\n")
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(text.utf8))))
    }

    let homeLink = #"<html><body><p>Hello.</p><a href="https://www.deals-4you.shop/claim">Claim</a></body></html>"#

    @Test func aSenderInAnAbusedTopLevelDomainIsWeightedAndEarnsNoSigningCredit() {
        let spam = rules(from: "promo@deals-4you.shop", dkim: ["deals-4you.shop"], html: homeLink)
        #expect(spam.markers.contains("sender-abused-tld"))
        #expect(spam.scoreReasons.contains("sender-abused-tld"))
        // It signs its own mail, but a domain that costs a dollar proves nothing by signing.
        #expect(!spam.markers.contains("dkim-aligned"))
        // Its own links are not counted a second time.
        #expect(!spam.markers.contains("link-abused-tld"))
        let compliant = rules(
            from: "promo@deals-4you.shop", dkim: ["deals-4you.shop"],
            extra: ["List-Unsubscribe: <https://deals-4you.shop/u>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click"], html: homeLink)
        #expect(!compliant.markers.contains("bulk-sender-compliant"))
    }

    /// Regression (modern-dev): spam From a Microsoft 365 tenant's initial domain signed it and
    /// kept the signing credit.
    @Test func aSenderOnATenantsInitialDomainIsWeightedAndEarnsNoSigningCredit() {
        let html = #"<html><body><p>Hello.</p><a href="https://newsj0j8wm.onmicrosoft.com/x">Open</a></body></html>"#
        let spam = rules(from: "notice@newsj0j8wm.onmicrosoft.com", dkim: ["newsj0j8wm.onmicrosoft.com"], html: html)
        #expect(spam.scoreReasons.contains("sender-default-tenant"))
        #expect(!spam.markers.contains("dkim-aligned"))
        #expect(ContentRules.isDefaultTenantDomain("Contoso.OnMicrosoft.com."))
        #expect(!ContentRules.isDefaultTenantDomain("microsoft.com"))
        #expect(!ContentRules.isDefaultTenantDomain("onmicrosoft.com.evil.example"))
        let own = rules(from: "news@contoso.example", dkim: ["contoso.example"], html: html)
        #expect(!own.scoreReasons.contains("sender-default-tenant"))
    }

    @Test func linksToAnAbusedTopLevelDomainElsewhereAreWeighted() {
        let html = #"<html><body><a href="https://track.win-prize.xyz/r/9">Open</a></body></html>"#
        let spam = rules(from: "news@retailer.example.com", html: html)
        #expect(spam.markers.contains("link-abused-tld"))
        #expect(spam.scoreReasons.contains("link-abused-tld"))
        #expect(!spam.markers.contains("sender-abused-tld"))
    }

    @Test func ordinaryDomainsAndLookAlikeLabelsAreLeftAlone() {
        let html = #"<html><body><a href="https://shop.retailer.example.com/top/xyz">Shop</a><a href="https://store.example.de/x">x</a></body></html>"#
        let ham = rules(from: "orders@shop.retailer.example.com", dkim: ["retailer.example.com"], html: html)
        #expect(!ham.markers.contains("sender-abused-tld"))
        #expect(!ham.markers.contains("link-abused-tld"))
        #expect(ham.markers.contains("dkim-aligned"))
        // Country-code domains are not on the list; only the last label counts.
        #expect(!ContentRules.isAbusedTopLevel("example.co.kr"))
        #expect(!ContentRules.isAbusedTopLevel("top.example.com"))
        #expect(ContentRules.isAbusedTopLevel("mail.example.TOP."))
        #expect(!ContentRules.isAbusedTopLevel("shop"))
    }
}
