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

    @Test func aLinkHomeIsNot() {
        let home = rules(html: #"<html><body><a href="https://www.shop.example.com/orders/1">Track your parcel</a></body></html>"#)
        #expect(!home.markers.contains("shortener-url"))
        #expect(!home.scoreReasons.contains("shortener-url"))
    }
}
