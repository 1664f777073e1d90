import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

/// A link through a public URL shortener carries `ContentRules.shortenerWeight` (PhishingRules.swift).
struct ShortenerRuleTests {
    func rules(html: String) -> ContentRules {
        let lines = ["From: Shop <news@shop.example.com>", "Subject: Your order", "Date: Mon, 23 Nov 2026 09:00:00 +0000",
                     "Message-ID: <1@shop.example.com>", "Content-Type: text/html; charset=utf-8", "", html, ""]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    @Test func aShortenedLinkIsWeighted() {
        let shortened = rules(html: #"<html><body><a href="https://bit.ly/3xYz">Track your parcel</a></body></html>"#)
        #expect(shortened.markers.contains("shortener-url"))
        #expect(shortened.scoreReasons.contains("shortener-url"))
        #expect(ContentRules.shortenerWeight == 1.0)
    }

    /// Regression (ko-fresh7): an alumni party's notice from a naver.com mailbox with Naver Map's
    /// share link was Spam on the shortener weight.
    @Test(arguments: [("naver.me", false), ("maps.app.goo.gl", false), ("goo.gl", true), ("me2.do", true), ("bit.ly", true)])
    func aServicesOwnShareLinkIsNoShortener(host: String, shortener: Bool) {
        #expect(LinkLists.isShortener(host) == shortener)
    }

    @Test func aLinkHomeIsNot() {
        let home = rules(html: #"<html><body><a href="https://www.shop.example.com/orders/1">Track your parcel</a></body></html>"#)
        #expect(!home.markers.contains("shortener-url"))
        #expect(!home.scoreReasons.contains("shortener-url"))
    }

    /// A translation proxy fetches another site under Google's name (modern-dev: six spam
    /// linked through it, two of them signed by Typeform and Bulk before).
    @Test(arguments: [
        ("https://translate.google.com/translate?sl=auto&tl=en&hl=en&u=dropsys.example/login.php", true),
        ("https://translate.google.com/translate?sl=auto&amp;tl=en&amp;u=http://x.example/", true),
        ("https://translate.google.co.kr/translate?u=x.example&sl=ko", true),
        ("https://shop-example-com.translate.goog/cart?_x_tr_sl=auto", true),
        ("https://translate.google.com/?sl=ko&tl=en", false),
        ("https://translate.google.com/translate?u=", false),
        ("https://www.example.com/translate?u=x.example", false),
        ("https://translate.goog.example.com/x?u=y.example", false),
    ])
    func aTranslationProxyLinkIsRecognised(url: String, expected: Bool) {
        #expect(LinkLists.isTranslationProxy(url) == expected)
    }

    @Test func aSignedSenderLinkingThroughATranslationProxyEarnsNoCredit() {
        let lines = ["From: Forms <notifications@forms.example.com>", "Subject: Promo code +$1,000",
                     "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@forms.example.com>",
                     "DKIM-Signature: v=1; a=rsa-sha256; d=forms.example.com; s=k1; h=from; bh=x; b=y",
                     "Content-Type: text/html; charset=utf-8", "",
                     #"<p>Join now: <a href="https://translate.google.com/translate?sl=auto&tl=en&u=pay.example/go">https://forms.example.com</a></p>"#, ""]
        let result = ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
        #expect(result.scoreReasons.contains("translate-proxy-url"))
        #expect(result.hidesLinkDestination)
        #expect(!result.markers.contains("dkim-aligned"))
        // Without the proxy the same sender is credited.
        let plain = lines.map { $0.replacingOccurrences(of: "https://translate.google.com/translate?sl=auto&tl=en&u=pay.example/go", with: "https://forms.example.com/go") }
        let credited = ContentRules(MessageFeatures(MIMEParser().parse(Array(plain.joined(separator: "\r\n").utf8))))
        #expect(credited.markers.contains("dkim-aligned"))
    }
}
