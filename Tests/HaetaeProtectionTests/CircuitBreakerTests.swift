import Foundation
import Testing

@testable import HaetaeProtection

struct CircuitBreakerTests {
    let now = Date(timeIntervalSince1970: 1_800_000_000)

    @Test func tripsAtTheThresholdAndStaysTripped() {
        var breaker = CircuitBreaker(threshold: 100)
        #expect(breaker.observe(backlog: 99, now: now) == nil)
        #expect(breaker.allowsRelay)
        #expect(breaker.observe(backlog: 100, now: now) == .tripped(backlog: 100))
        #expect(!breaker.allowsRelay)
        #expect(breaker.state.trippedAt == now)
        // Draining does not close it: only an administrator does.
        #expect(breaker.observe(backlog: 0, now: now) == nil)
        #expect(!breaker.allowsRelay)
    }

    @Test func aResetWhileTheBacklogIsHighRearmsOneThresholdHigher() {
        var breaker = CircuitBreaker(threshold: 100)
        _ = breaker.observe(backlog: 150, now: now)
        breaker.reset(backlog: 150)
        #expect(breaker.allowsRelay)
        #expect(breaker.observe(backlog: 200, now: now) == nil)
        #expect(breaker.observe(backlog: 250, now: now) == .tripped(backlog: 250))
        breaker.reset(backlog: 250)
        // Once drained below the threshold the plain threshold applies again.
        #expect(breaker.observe(backlog: 10, now: now) == nil)
        #expect(breaker.observe(backlog: 100, now: now) == .tripped(backlog: 100))
    }

    @Test func stateSurvivesARoundTripAndZeroDisables() throws {
        var breaker = CircuitBreaker(threshold: 5)
        _ = breaker.observe(backlog: 5, now: now)
        let data = try JSONEncoder().encode(breaker.state)
        let restored = CircuitBreaker(threshold: 5, state: try JSONDecoder().decode(CircuitBreaker.State.self, from: data))
        #expect(!restored.allowsRelay)
        var off = CircuitBreaker(threshold: 0)
        #expect(off.observe(backlog: 1_000_000, now: now) == nil)
    }
}
