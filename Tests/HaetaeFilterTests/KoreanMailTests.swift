import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

/// The acceptance messages of issue 13 (written by Tests/corpus/ko/generate.py) and the
/// `(광고)` rule.
struct KoreanMailTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: KoreanMailTests.model)
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("corpus/ko")

    func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: Self.corpus.appendingPathComponent("acceptance/" + name)))
    }
    func bytes(_ text: String) -> [UInt8] { Array(text.replacingOccurrences(of: "\n", with: "\r\n").utf8) }

    @Test func theLegalLoanAdIsBulk() throws {
        let result = scanner.scan(try fixture("loan-ad.eml"))
        #expect(result.verdicts == [.bulk], "\(result)")
        #expect(result.reasons.contains { $0.contains("(광고)") })
    }

    @Test func theNaverPhishingIsPhishing() throws {
        let result = scanner.scan(try fixture("naver-phish.eml"))
        #expect(result.verdicts.contains(.phishing), "\(result)")
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(try fixture("naver-phish.eml"))))
        #expect(rules.markers.contains("brand-display-name"), "\(rules.markers)")
        #expect(rules.markers.contains("lookalike-sender"))
        #expect(rules.markers.contains("lookalike-link"))
    }

    @Test func theMeetingRequestPasses() throws {
        let result = scanner.scan(try fixture("meeting.eml"))
        #expect(result.verdicts == [.passed], "\(result)")
    }

    @Test(arguments: [
        ("(광고) 겨울 세일", true), ("  (광고)신상품 안내", true), ("[광고] 이벤트", true), ("（광고） 전각 괄호", true),
        ("광고 문의드립니다", false), ("Re: (광고) 문의", false), ("회의 (광고 건)", false),
    ])
    func theAdMarkerMustOpenTheSubject(_ subject: String, _ marked: Bool) {
        // Full-width brackets are folded by NFKC before the rule sees the subject.
        let normalised = TextNormalizer.normalize(subject).text
        #expect(ContentRules.hasAdMarker(normalised) == marked, "\(subject)")
    }

    func message(subject: String, body: String, from: String = "이벤트 <event@shop.example.kr>") -> ContentRules {
        ContentRules(MessageFeatures(MIMEParser().parse(bytes("""
            From: \(from)
            To: user@haetae-test.kr
            Subject: \(subject)
            Date: Tue, 24 Nov 2026 10:00:00 +0900
            Message-ID: <x@shop.example.kr>
            Content-Type: text/plain; charset=utf-8

            \(body)
            """))))
    }

    @Test func markerOptOutAndIdentityMakeLegalBulk() {
        let legal = message(subject: "(광고) 겨울 특가 할인 이벤트", body: "겨울 특가 30% 할인 쿠폰을 드립니다.\n수신을 원하지 않으시면 수신거부를 눌러 주세요.\n상호: 샵 | 대표: 김철수 | 사업자등록번호: 123-45-67890")
        #expect(legal.legalKoreanAd)
        #expect(legal.bulk.contains { $0.contains("(광고)") })
        #expect(legal.markers.contains("korean-ad-legal"))
        // Without the opt-out the marker is not enough.
        let incomplete = message(subject: "(광고) 겨울 특가 할인 이벤트", body: "겨울 특가 30% 할인 쿠폰을 드립니다.\n상호: 샵 | 대표: 김철수")
        #expect(!incomplete.legalKoreanAd)
        #expect(incomplete.markers.contains("korean-ad-incomplete"))
        #expect(incomplete.score > legal.score)
        // Commercial content without the marker is a spam signal.
        let unmarked = message(subject: "겨울 특가 할인 이벤트", body: "겨울 특가 30% 할인 쿠폰, 선착순 사은품 증정! 지금 바로 구매하기 https://shop.example.kr/event")
        #expect(unmarked.markers.contains("korean-ad-unmarked"))
        #expect(unmarked.score > 0)
    }

    @Test func illegalTradesStaySpamUnderTheMarker() {
        let casino = message(subject: "(광고) 카.지.노 첫충 이벤트", body: "바카라 슬롯 가입머니 지급, 환전 즉시\n수신거부: 회신\n대표: 홍길동 주소: 서울")
        #expect(casino.markers.contains("ko-gambling"))
        #expect(casino.markers.contains("obfuscated"))
        #expect(casino.score >= 3, "\(casino.scoreReasons)")
        let result = scanner.scan(bytes("""
            From: VIP <vip@bigwin88.example>
            Subject: (광고) 카.지.노 첫충 이벤트
            Content-Type: text/plain; charset=utf-8

            바카라 슬롯 가입머니 지급, 환전 즉시. 먹튀 없는 메이저 사이트
            수신거부: 회신
            """))
        #expect(result.verdicts.contains(.spam), "\(result)")
    }

    @Test func discussionListsPassAndMarketingIsBulk() {
        let list = scanner.scan(bytes("""
            From: Kim <kim@example.org>
            To: dev@lists.example.org
            Subject: Re: [dev] retry schedule
            Date: Mon, 23 Nov 2026 09:00:00 +0900
            Message-ID: <1@example.org>
            In-Reply-To: <0@example.org>
            List-Id: Developers <dev.lists.example.org>
            List-Post: <mailto:dev@lists.example.org>
            List-Unsubscribe: <mailto:dev-leave@lists.example.org>
            Precedence: list

            I looked at the patch again; the retry schedule is fine but the test should wait for the interval.
            """))
        #expect(list.verdicts == [.passed], "\(list)")
        #expect(list.reasons.contains("list"))
        let marketing = scanner.scan(bytes("""
            From: Shop <news@shop.example>
            Subject: Our November newsletter
            Date: Mon, 23 Nov 2026 09:00:00 +0900
            Message-ID: <n@shop.example>
            List-Unsubscribe: <https://shop.example/u/1>
            List-Unsubscribe-Post: List-Unsubscribe=One-Click
            Content-Type: text/plain

            Hello, this month we have a few updates about our opening hours and the new branch.
            """))
        #expect(marketing.verdicts == [.bulk], "\(marketing)")
    }

    @Test func htmlAttachmentsAndShortenersAreMarked() {
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(bytes("""
            Subject: invoice
            Content-Type: multipart/mixed; boundary=b

            --b
            Content-Type: text/plain

            see https://bit.ly/abc and the attached page
            --b
            Content-Type: text/html; name=invoice.html
            Content-Disposition: attachment; filename=invoice.html

            <form><input type=password></form>
            --b--
            """))))
        #expect(rules.markers.contains("attach-html"), "\(rules.markers)")
        #expect(rules.markers.contains("shortener-url"))
    }
}
