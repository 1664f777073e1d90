import Foundation
import Testing

@testable import HaetaeProtection

struct RateLimiterTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func messagesRecipientsAndDomainsAreCappedPerHour() {
        var limiter = RateLimiter()
        let limits = RateLimits(messagesPerHour: 3, recipientsPerHour: 5, domainsPerHour: 2)
        // Message 1: two recipients in a.test.
        #expect(limiter.check(subject: "u", domain: "a.test", newMessage: true, limits: limits, now: start) == nil)
        limiter.record(subject: "u", domain: "a.test", newMessage: true, now: start)
        limiter.record(subject: "u", domain: "a.test", newMessage: false, now: start)
        // A second domain is fine, a third is not.
        #expect(limiter.check(subject: "u", domain: "b.test", newMessage: true, limits: limits, now: start) == nil)
        limiter.record(subject: "u", domain: "b.test", newMessage: true, now: start)
        #expect(limiter.check(subject: "u", domain: "c.test", newMessage: false, limits: limits, now: start)?.kind == .domains)
        // Known domains still pass until the recipient cap.
        limiter.record(subject: "u", domain: "b.test", newMessage: false, now: start)
        limiter.record(subject: "u", domain: "a.test", newMessage: false, now: start)
        #expect(limiter.check(subject: "u", domain: "a.test", newMessage: false, limits: limits, now: start)?.kind == .recipients)
        #expect(limiter.figures(subject: "u", now: start) == (2, 5, 2))
        // Another subject is independent.
        #expect(limiter.check(subject: "v", domain: "c.test", newMessage: true, limits: limits, now: start) == nil)
    }

    @Test func messageLimitAppliesToTheFirstRecipientOfANewMessage() {
        var limiter = RateLimiter()
        let limits = RateLimits(messagesPerHour: 2, recipientsPerHour: 0, domainsPerHour: 0)
        for minute in 0..<2 {
            limiter.record(subject: "u", domain: "a.test", newMessage: true, now: start.addingTimeInterval(Double(minute) * 60))
        }
        let now = start.addingTimeInterval(150)
        let violation = limiter.check(subject: "u", domain: "a.test", newMessage: true, limits: limits, now: now)
        #expect(violation?.kind == .messages)
        #expect(violation?.description.contains("limit 2") == true)
        // More recipients of the message already counted are fine.
        #expect(limiter.check(subject: "u", domain: "a.test", newMessage: false, limits: limits, now: now) == nil)
    }

    @Test func theWindowSlides() {
        var limiter = RateLimiter()
        let limits = RateLimits(messagesPerHour: 1, recipientsPerHour: 1, domainsPerHour: 1)
        limiter.record(subject: "u", domain: "a.test", newMessage: true, now: start)
        #expect(limiter.check(subject: "u", domain: "b.test", newMessage: true, limits: limits, now: start.addingTimeInterval(3_000)) != nil)
        #expect(limiter.check(subject: "u", domain: "b.test", newMessage: true, limits: limits, now: start.addingTimeInterval(3_661)) == nil)
    }

    @Test func zeroMeansUnlimitedAndIdleSubjectsAreForgotten() {
        var limiter = RateLimiter()
        for index in 0..<5_000 {
            limiter.record(subject: "u", domain: "d\(index).test", newMessage: true, now: start)
        }
        #expect(limiter.check(subject: "u", domain: "new.test", newMessage: true, limits: .unlimited, now: start) == nil)
        limiter.record(subject: "w", domain: "a.test", newMessage: true, now: start.addingTimeInterval(7_300))
        #expect(limiter.subjectCount == 1)
    }

    @Test func limitsParse() {
        let base = RateLimits(messagesPerHour: 1, recipientsPerHour: 2, domainsPerHour: 3)
        #expect(RateLimits.parse("messages=10, domains=0", base: base) == RateLimits(messagesPerHour: 10, recipientsPerHour: 2, domainsPerHour: 0))
        #expect(RateLimits.parse("", base: base) == base)
        #expect(RateLimits.parse("messages=-1", base: base) == nil)
        #expect(RateLimits.parse("bogus=1", base: base) == nil)
    }

    @Test func usageWindowCountsDistinctKeysAndRejections() {
        var window = UsageWindow(length: 600)
        window.record(key: "a", now: start)
        window.record(key: "b", now: start.addingTimeInterval(61))
        window.record(rejected: true, now: start.addingTimeInterval(62))
        #expect(window.count(now: start.addingTimeInterval(62)) == 2)
        #expect(window.rejectedCount(now: start.addingTimeInterval(62)) == 1)
        #expect(window.distinctKeys(now: start.addingTimeInterval(62)) == ["a", "b"])
        #expect(window.distinctKeys(now: start.addingTimeInterval(600)) == ["b"])
        #expect(window.count(now: start.addingTimeInterval(1_000)) == 0)
    }
}
