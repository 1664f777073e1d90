import Foundation
import Testing

@testable import HaetaeProtection

struct CompromiseDetectorTests {
    let morning = Date(timeIntervalSince1970: 1_800_000_000)

    /// A busy office user: 200 messages between 09:00 and 18:00 to 30 partner domains, one to three
    /// recipients each, from the office and a phone, with a few typos refused.
    @Test func aNormalOfficeDayStaysClean() {
        var detector = CompromiseDetector(thresholds: DetectorThresholds())
        var generator = SeededGenerator(seed: 7)
        var peak = 0.0
        var when = morning
        detector.login(account: "kim@office.test", client: "192.0.2.10", now: when)
        for message in 0..<200 {
            when = when.addingTimeInterval(Double(Int.random(in: 60...260, using: &generator)))
            if message % 40 == 0 { detector.login(account: "kim@office.test", client: "198.51.100.\(message % 3)", now: when) }
            for _ in 0..<Int.random(in: 1...3, using: &generator) {
                let domain = "partner\(Int.random(in: 0..<30, using: &generator)).test"
                let refused = Int.random(in: 0..<50, using: &generator) == 0
                peak = max(peak, detector.recipient(account: "kim@office.test", domain: domain, accepted: !refused, now: when).score)
            }
        }
        #expect(peak < 0.8, "peak score \(peak)")
    }

    /// A hijacked account: AUTH, then a burst to 300 recipients over 100 domains.
    @Test func aHijackedBurstTripsWithinABoundedNumberOfRecipients() {
        var detector = CompromiseDetector(thresholds: DetectorThresholds())
        detector.login(account: "weak@office.test", client: "203.0.113.66", now: morning)
        var trippedAfter: Int?
        for index in 0..<300 {
            let now = morning.addingTimeInterval(Double(index))
            let assessment = detector.recipient(account: "weak@office.test", domain: "victim\(index % 100).test", accepted: true, now: now)
            if assessment.tripped {
                trippedAfter = index + 1
                #expect(assessment.signals.map(\.name).contains("domains"))
                #expect(assessment.evidence.contains("recipients="))
                break
            }
        }
        #expect(trippedAfter != nil)
        #expect(trippedAfter! <= 150, "tripped after \(trippedAfter!) recipients")
    }

    @Test func loginsFromManyAddressesTrip() {
        var detector = CompromiseDetector(thresholds: DetectorThresholds())
        for index in 0..<11 {
            detector.login(account: "u@x.test", client: "203.0.113.\(index)", now: morning.addingTimeInterval(Double(index)))
        }
        #expect(detector.assess(account: "u@x.test", now: morning.addingTimeInterval(10)).tripped)
        #expect(!detector.assess(account: "other@x.test", now: morning).tripped)
    }

    @Test func refusedRecipientsAddToTheScore() {
        var detector = CompromiseDetector(thresholds: DetectorThresholds())
        var last = DetectorAssessment(account: "u", score: 0, signals: [])
        // A harvest: mostly unknown addresses at one domain.
        for index in 0..<60 {
            last = detector.recipient(account: "u", domain: "target.test", accepted: index % 10 == 0, now: morning)
        }
        #expect(last.signals.contains { $0.name == "rejected_ratio" })
        #expect(last.tripped)
    }

    @Test func aJumpOverTheAccountsOwnBaselineCounts() {
        var thresholds = DetectorThresholds()
        thresholds.recipients = 10_000
        thresholds.domains = 10_000
        var detector = CompromiseDetector(thresholds: thresholds)
        // Two quiet days: five recipients an hour.
        for hour in 0..<48 {
            for _ in 0..<5 {
                _ = detector.recipient(account: "u", domain: "a.test", accepted: true, now: morning.addingTimeInterval(Double(hour) * 3_600))
            }
        }
        var assessment = DetectorAssessment(account: "u", score: 0, signals: [])
        for index in 0..<120 {
            assessment = detector.recipient(account: "u", domain: "a.test", accepted: true, now: morning.addingTimeInterval(49 * 3_600 + Double(index)))
        }
        #expect(assessment.signals.contains { $0.name == "baseline_jump" })
        #expect(!assessment.tripped, "a baseline jump alone only warns")
    }

    @Test func clearingTheWindowAfterUnsuspendStartsAfresh() {
        var detector = CompromiseDetector(thresholds: DetectorThresholds())
        for index in 0..<300 {
            _ = detector.recipient(account: "u", domain: "d\(index).test", accepted: true, now: morning)
        }
        #expect(detector.assess(account: "u", now: morning).tripped)
        detector.clearWindow(account: "u")
        #expect(!detector.assess(account: "u", now: morning).tripped)
    }
}

/// A linear congruential generator (Knuth's MMIX constants): the replayed day is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
