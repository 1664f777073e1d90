import Foundation
import HaetaeQueue
import HaetaeTestSupport
import Logging
import MailCore
import Testing

@testable import HaetaePolicy

/// The DATA stage's state in these tests: the message and its header.
struct TestMessage: DataStageState {
    var message: IncomingMessage
    let head: [UInt8]
    let cancellation = CancellationFlag()

    init(_ text: String, user: String? = nil, spool: Spool) {
        let draft = spool.makeDraft()
        draft.append(Array(text.utf8))
        message = IncomingMessage(
            id: draft.id, origin: .smtp(listener: "submission"), sender: "alice@ours.test", recipients: ["bob@far.test"],
            clientAddress: "192.0.2.7", authenticatedUser: user, draft: draft)
        head = Array(text.utf8)
    }
}

struct DataStageTests {
    static func spool() throws -> Spool { try TestFixtures.spool("datastage") }

    static func received(_ hops: Int) -> String {
        String(repeating: "Received: from relay by relay; Fri, 27 Nov 2026 10:00:00 +0000\r\n", count: hops)
            + "Subject: hi\r\n\r\nbody\r\n"
    }

    @Test func fiftyHopsPassAndFiftyOneAreAMailLoop() async throws {
        let spool = try Self.spool()
        let stage = DataStage<TestMessage>([.mailLoop(logger: Logger(label: "test"))])
        var fifty = TestMessage(Self.received(50), spool: spool)
        #expect(await stage.run(&fifty).refusal == nil)
        var fiftyOne = TestMessage(Self.received(51), spool: spool)
        let trace = await stage.run(&fiftyOne)
        #expect(trace.refusal?.code == 554)
        #expect(trace.refusal?.enhanced == EnhancedStatusCode(5, 4, 6))
        #expect(trace.results.map(\.check) == ["mail-loop"])
    }

    @Test func aRefusalEndsTheStageAndAFailingCheckDefersNeverAccepts() async throws {
        let spool = try Self.spool()
        struct Broken: Error {}
        let failing = DataCheck<TestMessage>("broken") { _ in throw Broken() }
        let later = DataCheck<TestMessage>("later") { _ in CheckResult("later", .accept, "ran") }
        var message = TestMessage(Self.received(1), spool: spool)
        let trace = await DataStage([failing, later]).run(&message)
        #expect(trace.refusal == PolicyTrace.checkFailedReply)
        #expect(trace.results.map(\.check) == ["broken"])
    }

    @Test func quarantineAndHoldAreNotFinalAndTheTraceSaysWhy() async throws {
        let spool = try Self.spool()
        let quarantine = DataCheck<TestMessage>("q") { _ in CheckResult("q", .quarantine("Spam, score 9.00"), "spam") }
        let hold = DataCheck<TestMessage>("h") { state in
            state.message.held = true
            return CheckResult("h", .hold("account suspended"), "held")
        }
        var message = TestMessage(Self.received(1), spool: spool)
        let trace = await DataStage([quarantine, hold]).run(&message)
        #expect(trace.refusal == nil)
        #expect(trace.quarantineReason == "Spam, score 9.00")
        #expect(trace.holdReason == "account suspended")
        #expect(message.message.held)
        #expect(trace.results.map(\.line) == ["q: QUARANTINE (Spam, score 9.00) — spam", "h: HOLD (account suspended) — held"])
    }

    @Test func theMailOfAnAccountSuspendedDuringItsTransactionIsHeld() async throws {
        let store = try ProtectionMonitorTests.store()
        let monitor = try ProtectionMonitorTests.monitor(store, messages: 100)
        let spool = try Self.spool()
        let stage = DataStage<TestMessage>([.suspensionHold(monitor)])
        var unauthenticated = TestMessage(Self.received(1), spool: spool)
        #expect(await stage.run(&unauthenticated).results.isEmpty)  // does not apply
        var before = TestMessage(Self.received(1), user: "alice@ours.test", spool: spool)
        #expect(await stage.run(&before).holdReason == nil)
        #expect(try store.suspendUser("alice@ours.test", reason: "test"))
        await monitor.poll()
        var after = TestMessage(Self.received(1), user: "alice@ours.test", spool: spool)
        let trace = await stage.run(&after)
        #expect(trace.holdReason == "account alice@ours.test is suspended")
        #expect(trace.refusal == nil)
    }
}
