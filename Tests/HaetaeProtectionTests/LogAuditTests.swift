import Foundation
import Testing

@testable import HaetaeProtection

struct LogAuditTests {
    @Test func parsesKeyValueLinesWithQuotesAndEscapes() throws {
        let line = try #require(LogLine.parse(#"2026-11-23T05:11:24.250Z info event=rcpt ip=192.0.2.1 to="<a b@x.test>" reply="550 5.1.1 \"no\" \x7f" session=abc"#))
        #expect(line.time == Date(timeIntervalSince1970: 1_795_410_684.25))
        #expect(line.level == "info")
        #expect(line["to"] == "<a b@x.test>")
        #expect(line["reply"] == "550 5.1.1 \"no\" \u{7f}")
        #expect(line["session"] == "abc")
        #expect(LogLine.parse("garbage") == nil)
        #expect(LogLine.parse("2026-13-01T00:00:00Z info event=x") == nil)
    }

    @Test func ranksTheBurstAccountFirstAndJoinsBySession() {
        var lines: [String] = []
        func add(_ second: Int, _ text: String) {
            let minute = second / 60, rest = second % 60
            lines.append(String(format: "2026-11-23T09:%02d:%02d.000Z info ", minute, rest) + text)
        }
        add(0, "event=auth ip=192.0.2.5 result=success user=kim@office.test mechanism=PLAIN session=s1")
        for index in 0..<5 {
            add(1 + index, "event=rcpt ip=192.0.2.5 to=<p\(index)@partner.test> user=kim@office.test result=accepted address=p\(index)@partner.test session=s1")
        }
        add(7, "event=queued ip=192.0.2.5 id=Q1 from=<kim@office.test> rcpts=5 size=100 session=s1")
        add(10, "event=auth ip=203.0.113.9 result=failure user=weak@office.test mechanism=LOGIN session=s2")
        add(12, "event=auth ip=203.0.113.9 result=success user=weak@office.test mechanism=LOGIN session=s3")
        for index in 0..<200 {
            add(13 + index, "event=rcpt ip=203.0.113.9 to=<v@victim\(index % 90).test> user=weak@office.test result=accepted address=v@victim\(index % 90).test session=s3")
            if index % 20 == 19 { add(13 + index, "event=queued ip=203.0.113.9 id=Q\(index) rcpts=20 size=900 session=s3") }
        }
        var audit = LogAudit()
        for line in lines { audit.feed(Substring(line)) }
        let ranked = audit.ranked()
        #expect(ranked.map(\.account) == ["weak@office.test", "kim@office.test"])
        let burst = ranked[0]
        #expect(burst.recipients == 200)
        #expect(burst.recipientDomains.count == 90)
        #expect(burst.messages == 10)
        #expect(burst.authentications == 1)
        #expect(burst.failedAuthentications == 1)
        #expect(burst.peakScore >= 1)
        #expect(ranked[1].messages == 1)
        #expect(ranked[1].peakScore < 0.2)

        var later = LogAudit(since: LogLine.parseTimestamp("2026-11-23T09:00:11Z"))
        for line in lines { later.feed(Substring(line)) }
        #expect(later.ranked().first?.account == "weak@office.test")
        #expect(later.ranked().first { $0.account == "kim@office.test" } == nil)
    }
}
