import Foundation
import HaetaeQueue
import HaetaeTestSupport
import Logging
import MailCore
import Testing

@testable import HaetaeDelivery

/// The queue manager handles every target's outcomes the same way: delivered recipients are
/// recorded, deferred ones retried with backoff until the lifetime ends, failed ones bounced, and
/// the message leaves the spool only when every recipient is final and its report is queued.
struct QueueRunnerOutcomeTests {
    static let message = Array("From: <s@sender.example>\r\nSubject: hello\r\nMessage-ID: <m1@sender.example>\r\n\r\nbody\r\n".utf8)

    struct Harness {
        let root: String
        let spool: Spool
        let runner: QueueRunner

        init(
            targets: [DeliveryTargetName: any DeliveryTarget], retry: RetryPolicy = RetryPolicy(),
            delayWarning: TimeInterval? = nil
        ) throws {
            root = NSTemporaryDirectory() + "haetae-runner-\(UUID().uuidString)"
            spool = try Spool(root: root + "/queue")
            runner = QueueRunner(
                spool: spool,
                directory: InMemoryDirectory(domains: ["local.test"], users: ["ann@local.test": "x", "bob@local.test": "x"]),
                targets: targets,
                configuration: QueueRunner.Configuration(hostname: "mx.local.test", retry: retry, delayWarning: delayWarning),
                logger: Logger(label: "test"))
        }

        func queue(sender: String = "s@sender.example", _ recipients: [String], arrivedAt: Date = Date()) async throws -> String {
            let id = QueueID.make()
            try await spool.accept(
                QueueEnvelope(id: id, arrivedAt: arrivedAt, sender: sender, recipients: recipients.map { QueueRecipient(address: $0) }),
                message: QueueRunnerOutcomeTests.message)
            return id
        }

        /// The message's recipients as the spool has them; nil once it is removed.
        func recipients(_ id: String) -> [String: QueueRecipient]? {
            guard let loaded = try? spool.load(id) else { return nil }
            return Dictionary(uniqueKeysWithValues: loaded.envelope.recipients.map { ($0.address, $0) })
        }

        /// The reports queued so far: (recipient, text).
        func reports() throws -> [(to: [String], text: String)] {
            try spool.list().messages.filter { $0.envelope.listener == "bounce" }.map {
                ($0.envelope.recipients.map(\.address), String(decoding: try spool.messageBytes($0.envelope.id), as: UTF8.self))
            }
        }

        func remove() { try? FileManager.default.removeItem(atPath: root) }
    }

    static func failure(_ code: Int, _ enhanced: EnhancedStatusCode, _ text: String, stage: String = "RCPT TO") -> DeliveryFailure {
        DeliveryFailure(
            reply: SMTPReply(code, enhanced, text), source: .server, context: "in reply to \(stage)", remoteMTA: "mx.remote.example[192.0.2.7]:25")
    }

    @Test func everyRecipientDeliveredRemovesTheMessage() async throws {
        let local = ScriptedDeliveryTarget.accepting()
        let relay = ScriptedDeliveryTarget.accepting()
        let harness = try Harness(targets: [.mailbox: local, .relay: relay])
        defer { harness.remove() }
        let id = try await harness.queue(["ann@local.test", "x@remote.example", "y@other.example", "bob@local.test"])
        await harness.runner.deliver(id)
        #expect(harness.recipients(id) == nil, "removed from the spool")
        let localTransactions = await local.transactions
        #expect(localTransactions.count == 1)
        #expect(localTransactions.first?.recipients.flatMap(\.mailboxes) == ["ann@local.test", "bob@local.test"])
        #expect(localTransactions.first?.message == Self.message)
        let relayTransactions = await relay.transactions
        #expect(relayTransactions.map(\.destination).sorted() == ["other.example", "remote.example"])
        #expect(relayTransactions.allSatisfy { $0.queueID == id && $0.sender == "s@sender.example" })
        #expect(try harness.reports().isEmpty)
    }

    @Test func aDeferredRecipientIsRetriedAndTheDeliveredAreNeverRepeated() async throws {
        let local = ScriptedDeliveryTarget.accepting()
        let busy = Self.failure(451, .init(4, 3, 0), "Try again later")
        let relay = ScriptedDeliveryTarget { recipient, _ in
            recipient.address == "x@slow.example" ? .deferred(busy) : .delivered([DeliveryRecord(relay: "mx", reply: "250 ok")])
        }
        let harness = try Harness(targets: [.mailbox: local, .relay: relay], retry: RetryPolicy(base: 300, maximum: 3_600))
        defer { harness.remove() }
        let id = try await harness.queue(["ann@local.test", "x@slow.example", "y@fast.example"])
        let before = Date()
        await harness.runner.deliver(id)
        let state = try #require(harness.recipients(id))
        #expect(state["ann@local.test"]?.status == .delivered && state["y@fast.example"]?.status == .delivered)
        let deferred = try #require(state["x@slow.example"])
        #expect(deferred.status == .deferred && deferred.attempts == 1)
        #expect(deferred.lastError == "451 4.3.0 Try again later (in reply to RCPT TO)")
        let next = try #require(deferred.nextAttempt)
        // The state file keeps whole seconds.
        #expect(next.timeIntervalSince(before) >= 299 && next.timeIntervalSince(before) < 310)

        // Not due yet: an attempt now changes nothing and gives no target anything.
        await harness.runner.deliver(id)
        let given = await relay.recipients
        #expect(given.sorted() == ["x@slow.example", "y@fast.example"])
        #expect(harness.recipients(id)?["x@slow.example"]?.attempts == 1)
        #expect(try harness.reports().isEmpty, "no report for a deferral")
    }

    @Test func theNextAttemptTakesOnlyWhatIsOpenAndBacksOff() async throws {
        let relay = ScriptedDeliveryTarget { recipient, _ in
            recipient.address == "x@slow.example" ? .deferred(Self.failure(421, .init(4, 4, 2), "busy")) : .delivered([])
        }
        let local = ScriptedDeliveryTarget.accepting()
        // base 0: due again at once, so the test can attempt again without waiting.
        let harness = try Harness(targets: [.mailbox: local, .relay: relay], retry: RetryPolicy(base: 0, maximum: 0))
        defer { harness.remove() }
        let id = try await harness.queue(["ann@local.test", "x@slow.example"])
        await harness.runner.deliver(id)
        await harness.runner.deliver(id)
        await harness.runner.deliver(id)
        #expect(await local.transactions.count == 1, "the local copy is written once")
        #expect(await relay.recipients == ["x@slow.example", "x@slow.example", "x@slow.example"])
        #expect(harness.recipients(id)?["x@slow.example"]?.attempts == 3)
        #expect(harness.recipients(id)?["ann@local.test"]?.attempts == 1)
    }

    @Test func aPermanentFailureIsBouncedAndTheMessageLeavesWhenAllAreFinal() async throws {
        let relay = ScriptedDeliveryTarget { recipient, _ in
            recipient.address == "nobody@remote.example"
                ? .failed(Self.failure(550, .init(5, 1, 1), "no such user")) : .delivered([])
        }
        let harness = try Harness(targets: [.mailbox: ScriptedDeliveryTarget.accepting(), .relay: relay])
        defer { harness.remove() }
        let id = try await harness.queue(["ann@local.test", "nobody@remote.example", "someone@remote.example"])
        await harness.runner.deliver(id)
        #expect(harness.recipients(id) == nil)
        let reports = try harness.reports()
        #expect(reports.count == 1)
        let report = try #require(reports.first)
        #expect(report.to == ["s@sender.example"])
        #expect(report.text.contains("Final-Recipient: rfc822; nobody@remote.example\r\nAction: failed\r\nStatus: 5.1.1\r\n"))
        #expect(report.text.contains("Remote-MTA: dns; mx.remote.example\r\n"))
        #expect(report.text.contains("Diagnostic-Code: smtp; 550 5.1.1 no such user (in reply to RCPT TO)\r\n"))
        #expect(!report.text.contains("someone@remote.example"))
        #expect(report.text.contains("Subject: hello"), "the original headers")
    }

    @Test func aDeferralPastTheLifetimeBouncesAsExpired() async throws {
        let relay = ScriptedDeliveryTarget { _, _ in .deferred(Self.failure(451, .init(4, 3, 0), "Try again later")) }
        let harness = try Harness(targets: [.relay: relay], retry: RetryPolicy(lifetime: 3_600))
        defer { harness.remove() }
        let id = try await harness.queue(["x@remote.example"], arrivedAt: Date().addingTimeInterval(-3_601))
        await harness.runner.deliver(id)
        #expect(harness.recipients(id) == nil)
        let report = try #require(try harness.reports().first)
        #expect(report.text.contains("Status: 5.4.7\r\n"))
        #expect(report.text.contains("delivery time expired; last error: 451 4.3.0 Try again later (in reply to RCPT TO)"))
    }

    /// Regression: a report that could not be queued (the spool full or unwritable) used to be
    /// logged and forgotten while its message was removed, so the sender never learnt of the
    /// failure. Now the recipient stays open and the message in the spool until the report is
    /// queued.
    @Test func aBounceThatCannotBeQueuedKeepsItsMessage() async throws {
        let relay = ScriptedDeliveryTarget { _, _ in .failed(Self.failure(550, .init(5, 1, 1), "no such user")) }
        let harness = try Harness(targets: [.relay: relay], retry: RetryPolicy(base: 0, maximum: 0))
        defer { harness.remove() }
        let id = try await harness.queue(["nobody@remote.example"])
        let tmp = harness.spool.root + "/tmp"
        try FileManager.default.removeItem(atPath: tmp)
        _ = FileManager.default.createFile(atPath: tmp, contents: Data("not a directory".utf8))  // nothing can be written there
        await harness.runner.deliver(id)
        let open = try #require(harness.recipients(id)?["nobody@remote.example"], "the message is still queued")
        #expect(!open.isFinal)
        #expect(try harness.reports().isEmpty)

        // Once the spool can take it, the next attempt bounces and the message leaves.
        try FileManager.default.removeItem(atPath: tmp)
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: false)
        await harness.runner.deliver(id)
        #expect(harness.recipients(id) == nil)
        #expect(try harness.reports().count == 1)
    }

    @Test func aRecipientATargetLeavesUnansweredIsDeferred() async throws {
        let relay = ScriptedDeliveryTarget { recipient, _ in recipient.address == "a@remote.example" ? .delivered([]) : nil }
        let harness = try Harness(targets: [.relay: relay])
        defer { harness.remove() }
        let id = try await harness.queue(["a@remote.example", "b@remote.example"])
        await harness.runner.deliver(id)
        let state = try #require(harness.recipients(id))
        #expect(state["a@remote.example"]?.status == .delivered)
        #expect(state["b@remote.example"]?.status == .deferred)
        #expect(state["b@remote.example"]?.lastError == "451 4.3.0 delivery target remote gave no answer")
    }

    @Test func aBatchWithoutATargetIsDeferredNotLost() async throws {
        let local = ScriptedDeliveryTarget.accepting()
        let harness = try Harness(targets: [.mailbox: local])
        defer { harness.remove() }
        let id = try await harness.queue(["ann@local.test", "x@remote.example"])
        await harness.runner.deliver(id)
        let state = try #require(harness.recipients(id))
        #expect(state["ann@local.test"]?.status == .delivered)
        #expect(state["x@remote.example"]?.status == .deferred)
        #expect(state["x@remote.example"]?.lastError == "451 4.3.5 no delivery target remote is configured")
    }

    /// A bounce is never bounced to its null sender: postmaster hears once, marked so that a
    /// failure of that notice is dropped.
    @Test func aFailedBounceGoesToPostmasterOnce() async throws {
        let relay = ScriptedDeliveryTarget { _, _ in .failed(Self.failure(550, .init(5, 1, 1), "no such user")) }
        let harness = try Harness(targets: [.relay: relay])
        defer { harness.remove() }
        let id = try await harness.queue(sender: "", ["x@remote.example"])
        await harness.runner.deliver(id)
        #expect(harness.recipients(id) == nil)
        let reports = try harness.reports()
        #expect(reports.map(\.to) == [["postmaster@mx.local.test"]])
        #expect(reports.first?.text.contains(BounceRouting.doubleBounceHeader + "\r\n") == true)

        // That notice failing too is dropped, not reported again.
        let notice = try #require(harness.spool.list().messages.first { $0.envelope.listener == "bounce" })
        await harness.runner.deliver(notice.envelope.id)
        #expect(try harness.reports().count == 0, "the notice itself is gone, and nothing new was queued")
    }

    @Test func aDelayWarningIsSentOnceForALongDeferral() async throws {
        let relay = ScriptedDeliveryTarget { _, _ in .deferred(Self.failure(451, .init(4, 3, 0), "Try again later")) }
        let harness = try Harness(targets: [.relay: relay], retry: RetryPolicy(base: 0, maximum: 0), delayWarning: 60)
        defer { harness.remove() }
        let id = try await harness.queue(["x@remote.example"], arrivedAt: Date().addingTimeInterval(-120))
        await harness.runner.deliver(id)
        await harness.runner.deliver(id)
        let reports = try harness.reports()
        #expect(reports.count == 1)
        #expect(reports.first?.text.contains("Action: delayed\r\nStatus: 4.4.7\r\n") == true)
        #expect(harness.recipients(id)?["x@remote.example"]?.delayWarned == true)
        #expect(harness.recipients(id)?["x@remote.example"]?.status == .deferred)
    }
}
