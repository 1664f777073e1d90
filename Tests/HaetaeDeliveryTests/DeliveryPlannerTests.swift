import Foundation
import HaetaeQueue
import HaetaeTestSupport
import Testing

@testable import HaetaeDelivery

/// The planner decides, per attempt, which target each due recipient goes to.
struct DeliveryPlannerTests {
    static let directory = InMemoryDirectory(
        domains: ["local.test"], users: ["ann@local.test": "x", "bob@local.test": "x"],
        aliases: [
            "team@local.test": ["ann@local.test", "bob@local.test", "carol@partner.example"],
            "out@local.test": ["dave@partner.example", "erin@other.example"],
            "ghost@local.test": ["nobody@local.test"],
        ])
    static let now = Date(timeIntervalSince1970: 1_800_000_000)

    static func envelope(_ recipients: [QueueRecipient], arrivedAt: Date = now) -> QueueEnvelope {
        QueueEnvelope(id: "Q1", arrivedAt: arrivedAt, sender: "s@sender.example", recipients: recipients)
    }

    static func plan(_ envelope: QueueEnvelope, force: Bool = false, startedAt: Date = now.addingTimeInterval(-60)) async -> DeliveryPlanner.Plan {
        await DeliveryPlanner(directory: directory).plan(envelope, now: now, force: force, runStartedAt: startedAt)
    }

    @Test func localMailboxesInOneBatchRemoteOneBatchPerDomain() async {
        let plan = await Self.plan(Self.envelope([
            QueueRecipient(address: "x@b.example"), QueueRecipient(address: "ann@local.test"),
            QueueRecipient(address: "y@a.example"), QueueRecipient(address: "Z@B.example"), QueueRecipient(address: "bob@local.test"),
        ]))
        #expect(plan.batches.map(\.target) == [.mailbox, .relay, .relay])
        #expect(plan.batches.map(\.destination) == ["", "a.example", "b.example"])
        #expect(plan.batches[0].recipients.map(\.mailboxes) == [["ann@local.test"], ["bob@local.test"]])
        #expect(plan.batches[2].recipients.map(\.address) == ["x@b.example", "Z@B.example"])
        #expect(plan.batches[1].recipients.allSatisfy { $0.mailboxes.isEmpty })
        #expect(plan.outcomes.isEmpty && plan.added.isEmpty)
    }

    @Test func anAliasBecomesMailboxesAndNewRemoteRecipientsOnce() async {
        let plan = await Self.plan(Self.envelope([
            QueueRecipient(address: "team@local.test"), QueueRecipient(address: "out@local.test"),
            QueueRecipient(address: "erin@other.example", status: .delivered),
        ]))
        #expect(plan.batches[0].target == .mailbox)
        #expect(plan.batches[0].recipients == [DeliveryRecipient(address: "team@local.test", mailboxes: ["ann@local.test", "bob@local.test"])])
        // erin is a recipient already (delivered): not added again, not delivered again.
        #expect(plan.added.map(\.address) == ["carol@partner.example", "dave@partner.example"])
        #expect(plan.added.allSatisfy { $0.expandedFrom != nil && $0.status == .pending })
        #expect(plan.batches.dropFirst().map(\.destination) == ["partner.example"])
        #expect(plan.batches[1].recipients.map(\.address) == ["carol@partner.example", "dave@partner.example"])
        // An alias with remote destinations only is done once they are recipients of their own.
        #expect(plan.outcomes == [.delivered("out@local.test", [])])
    }

    @Test func anAddressThatLeadsNowhereFailsWithUserUnknown() async throws {
        let plan = await Self.plan(Self.envelope([QueueRecipient(address: "ghost@local.test"), QueueRecipient(address: "gone@local.test")]))
        #expect(plan.batches.isEmpty)
        #expect(plan.outcomes.map(\.recipient) == ["ghost@local.test", "gone@local.test"])
        guard case .failed(let failure) = try #require(plan.outcomes.first).result else {
            Issue.record("not failed")
            return
        }
        #expect(failure.status.description == "5.1.1" && failure.source == .local)
        #expect(failure.description == "550 5.1.1 recipient address no longer exists")
    }

    @Test func onlyDueRecipientsUnlessForced() async {
        let recipients = [
            QueueRecipient(address: "a@due.example", status: .deferred, attempts: 1, nextAttempt: Self.now.addingTimeInterval(-1)),
            QueueRecipient(address: "b@later.example", status: .deferred, attempts: 1, nextAttempt: Self.now.addingTimeInterval(600)),
            QueueRecipient(address: "c@held.example", status: .held),
            QueueRecipient(address: "d@done.example", status: .delivered),
            QueueRecipient(address: "e@bounced.example", status: .failed),
        ]
        let due = await Self.plan(Self.envelope(recipients))
        #expect(due.batches.flatMap(\.recipients).map(\.address) == ["a@due.example"])
        let forced = await Self.plan(Self.envelope(recipients), force: true)
        #expect(forced.batches.flatMap(\.recipients).map(\.address) == ["a@due.example", "b@later.example"])
    }

    /// A store looks for an earlier copy only when there may be one: the recipient was tried
    /// before, or the message was queued before this run (a crash may have come in between).
    @Test func aStoreIsToldWhenAnEarlierCopyMayExist() async {
        let started = Self.now.addingTimeInterval(-60)
        let fresh = await Self.plan(Self.envelope([QueueRecipient(address: "ann@local.test")]), startedAt: started)
        #expect(fresh.batches[0].recipients[0].mayRepeat == false)
        let tried = await Self.plan(Self.envelope([QueueRecipient(address: "ann@local.test", status: .deferred, attempts: 1)]), startedAt: started)
        #expect(tried.batches[0].recipients[0].mayRepeat)
        let older = await Self.plan(Self.envelope([QueueRecipient(address: "ann@local.test")], arrivedAt: started.addingTimeInterval(-1)), startedAt: started)
        #expect(older.batches[0].recipients[0].mayRepeat)
    }

    @Test func aDirectoryThatCannotBeReadDefersEveryRecipient() async throws {
        let plan = await DeliveryPlanner(directory: FailingDirectory()).plan(
            Self.envelope([QueueRecipient(address: "ann@local.test"), QueueRecipient(address: "x@remote.example")]),
            now: Self.now, force: false, runStartedAt: Self.now)
        #expect(plan.batches.isEmpty)
        #expect(plan.outcomes.count == 2)
        for outcome in plan.outcomes {
            guard case .deferred(let failure) = outcome.result else {
                Issue.record("\(outcome.recipient) not deferred")
                continue
            }
            #expect(failure.description == "451 4.3.0 directory lookup failed: database is locked")
        }
    }
}
