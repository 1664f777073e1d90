import Foundation
import HaetaeProtection
import HaetaeStore
import HaetaeTestSupport
import Logging
import Testing

@testable import HaetaePolicy

struct ProtectionMonitorTests {
    static func store() throws -> DirectoryStore {
        try TestFixtures.store("protection", domains: ["ours.test"], users: ["alice@ours.test": "Quartz-Meadow-4821"])
    }

    static func monitor(_ store: DirectoryStore, messages: Int, clock: TestClock = TestClock()) throws -> ProtectionMonitor {
        try ProtectionMonitor(
            store: store,
            configuration: ProtectionConfiguration(
                queueThreshold: 0, accountLimits: RateLimits(messagesPerHour: messages, recipientsPerHour: 0, domainsPerHour: 0),
                detectionEnabled: false),
            actions: ProtectionActions(holdAccountMail: { _ in (0, 0) }, alert: { _, _ in }, topSenders: { [] }),
            logger: Logger(label: "test"), clock: clock.read)
    }

    /// The hourly limit is a sliding hour: refused at once after the limit, admitted again once the
    /// first message is an hour old — on the monitor's clock, which the test moves.
    @Test func anHourlyLimitFreesItselfAnHourLater() async throws {
        let store = try Self.store()
        let clock = TestClock()
        let monitor = try Self.monitor(store, messages: 2, clock: clock)
        func admit() async -> RecipientAdmission {
            await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true)
        }
        #expect(await admit() == .admitted)
        clock.advance(by: 600)
        #expect(await admit() == .admitted)
        guard case .rateLimited(let reply) = await admit() else {
            Issue.record("a third message within the hour was admitted")
            return
        }
        #expect(reply.code == 451)
        clock.advance(by: 3_000)  // 3,600 s after the first message
        #expect(await admit() == .admitted)
        guard case .rateLimited = await admit() else {
            Issue.record("the second message (2,400 s ago) still counts")
            return
        }
    }

    /// Regression: the monitor learned the store's generation only at its first poll, so a change
    /// the CLI made before that poll (here: an account's own limits) was taken as the baseline and
    /// never applied.
    @Test func aChangeMadeBeforeTheFirstPollIsApplied() async throws {
        let store = try Self.store()
        let monitor = try Self.monitor(store, messages: 1)
        #expect(await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true) == .admitted)
        guard case .rateLimited = await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true) else {
            Issue.record("the limit of 1 message did not apply")
            return
        }
        try store.setRateLimits("alice@ours.test", "messages=10")
        await monitor.poll()  // the first poll, after the change
        #expect(await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true) == .admitted)
    }

    @Test func aDryRunAdmissionCountsNothing() async throws {
        let store = try Self.store()
        let monitor = try Self.monitor(store, messages: 1)
        for _ in 0..<5 {
            #expect(await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true, record: false) == .admitted)
        }
        #expect(await monitor.admit(account: "alice@ours.test", client: "192.0.2.1", domain: "far.test", newMessage: true) == .admitted)
    }
}
