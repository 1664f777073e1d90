import SMTPClient
import Testing

@testable import HaetaeDelivery

/// Delivery failures are typed by the remote reply's code, not matched on reply text.
struct DeliveryFailureTests {
    @Test func replyCodeDecidesKindAndServiceClosing() {
        let closing = RemoteDeliveryAgent.failure(SMTPWireReply(code: 421, lines: ["4.3.2 shutting down"]), during: "MAIL FROM", mta: "mx[192.0.2.1]:25")
        #expect(closing.kind == DeliveryOutcome.Kind.temporary && closing.isServiceClosing && closing.remoteCode == 421)
        #expect(closing.status == "4.3.2")
        let busy = RemoteDeliveryAgent.failure(SMTPWireReply(code: 451, lines: ["421 looks like a code but is text"]), during: "DATA", mta: "mx")
        #expect(busy.kind == DeliveryOutcome.Kind.temporary && !busy.isServiceClosing)
        let unknown = RemoteDeliveryAgent.failure(SMTPWireReply(code: 550, lines: ["5.1.1 no such user"]), during: "RCPT TO", mta: "mx")
        #expect(unknown.kind == DeliveryOutcome.Kind.permanent && unknown.status == "5.1.1" && !unknown.isServiceClosing)
    }

    @Test func ourOwnDiagnosisHasNoRemoteCode() {
        let failure = RemoteDeliveryAgent.Failure(kind: DeliveryOutcome.Kind.temporary, reply: "451 4.4.1 connect failed", status: "4.4.1", remoteMTA: nil)
        #expect(failure.remoteCode == nil && !failure.isServiceClosing)
    }
}
