import Foundation
import Testing

@testable import HaetaeProtection

struct AuthThrottleTests {
    let start = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func failuresSlowDownThenLockTheClient() {
        var throttle = AuthThrottle(policy: AuthLockoutPolicy())
        var delays: [TimeInterval] = []
        var lockedAt: Int?
        for attempt in 1...15 {
            let now = start.addingTimeInterval(Double(attempt))
            if case .locked = throttle.gate(client: "192.0.2.1", account: "bob@x.test", now: now) {
                lockedAt = lockedAt ?? attempt
                continue
            }
            let outcome = throttle.recordFailure(client: "192.0.2.1", account: "bob@x.test", now: now)
            delays.append(outcome.delay)
            if !outcome.locked.isEmpty { #expect(attempt == 10) }
        }
        #expect(delays.prefix(9) == [0, 0, 1, 2, 4, 8, 8, 8, 8])
        #expect(lockedAt == 11)
        // 15 minutes later it is open again.
        #expect(throttle.gate(client: "192.0.2.1", account: "bob@x.test", now: start.addingTimeInterval(10 + 901)) == .proceed)
    }

    @Test func failuresOutsideTheWindowDoNotAddUp() {
        var throttle = AuthThrottle(policy: AuthLockoutPolicy(failures: 3, window: 60, duration: 60, throttleAfter: 0, maxDelay: 0))
        for step in 0..<10 {
            let outcome = throttle.recordFailure(client: "c", account: nil, now: start.addingTimeInterval(Double(step) * 40))
            #expect(outcome.locked.isEmpty)
            #expect(outcome.delay == 0)
        }
    }

    @Test func anAccountLockDoesNotLockOutItsOwner() {
        var throttle = AuthThrottle(policy: AuthLockoutPolicy(failures: 5, throttleAfter: 0))
        throttle.recordSuccess(client: "198.51.100.7", account: "ceo@x.test")
        // A botnet: one failure from each of many addresses, all against the same account.
        for index in 0..<5 {
            _ = throttle.recordFailure(client: "203.0.113.\(index)", account: "ceo@x.test", now: start)
        }
        #expect(throttle.gate(client: "203.0.113.99", account: "ceo@x.test", now: start) == .locked(.account("ceo@x.test"), until: start.addingTimeInterval(900)))
        #expect(throttle.gate(client: "198.51.100.7", account: "ceo@x.test", now: start) == .proceed)
        // Other accounts from the attacking addresses are not locked (one failure each).
        #expect(throttle.gate(client: "203.0.113.1", account: "other@x.test", now: start) == .proceed)
    }

    @Test func unlockAndRetain() {
        var throttle = AuthThrottle(policy: AuthLockoutPolicy(failures: 1))
        _ = throttle.recordFailure(client: "a", account: "u@x.test", now: start)
        #expect(throttle.activeLocks(now: start).count == 2)
        throttle.retainLocks([.client("a")])
        #expect(Set(throttle.activeLocks(now: start).keys) == [.client("a")])
        throttle.unlock(nil)
        #expect(throttle.activeLocks(now: start).isEmpty)
        #expect(AuthSubject("ip:192.0.2.1") == .client("192.0.2.1"))
        #expect(AuthSubject("account:u@x.test")?.description == "account:u@x.test")
        #expect(AuthSubject("bogus") == nil)
    }
}
