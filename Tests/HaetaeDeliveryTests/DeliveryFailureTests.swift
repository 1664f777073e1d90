import SMTPProtocol
import MailCore
import SMTPClient
import Testing

@testable import HaetaeDelivery

/// Delivery failures are typed by the remote reply's code, not matched on reply text.
struct DeliveryFailureTests {
    @Test func replyCodeDecidesKindAndServiceClosing() {
        let closing = RemoteDeliveryAgent.failure(SMTPWireReply(code: 421, lines: ["4.3.2 shutting down"]), during: "MAIL FROM", mta: "mx[192.0.2.1]:25")
        #expect(closing.isTemporary && closing.isServiceClosing && closing.reply.code == 421 && closing.source == .server)
        #expect(closing.status.description == "4.3.2")
        let busy = RemoteDeliveryAgent.failure(SMTPWireReply(code: 451, lines: ["421 looks like a code but is text"]), during: "DATA", mta: "mx")
        #expect(busy.isTemporary && !busy.isServiceClosing)
        #expect(busy.status.description == "4.0.0", "no enhanced code in the reply: the class's X.0.0")
        let unknown = RemoteDeliveryAgent.failure(SMTPWireReply(code: 550, lines: ["5.1.1 no such user"]), during: "RCPT TO", mta: "mx")
        #expect(unknown.isPermanent && unknown.status.description == "5.1.1" && !unknown.isServiceClosing)
    }

    @Test func ourOwnDiagnosisIsNeverTheServerClosing() {
        let failure = DeliveryFailure.local(421, .init(4, 4, 1), "connect failed")
        #expect(failure.isTemporary && !failure.isServiceClosing && failure.source == .local)
    }

    /// The text in the log, the queue state and the DSN is the one the reply had before it was typed.
    @Test func theDiagnosticReadsAsTheReplyWithWhatItAnswered() {
        let rcpt = RemoteDeliveryAgent.failure(SMTPWireReply(code: 550, lines: ["5.1.1 no such user"]), during: "RCPT TO", mta: "mx")
        #expect(rcpt.description == "550 5.1.1 no such user (in reply to RCPT TO)")
        let multi = RemoteDeliveryAgent.failure(SMTPWireReply(code: 451, lines: ["4.3.0 Try again", "4.3.0 later"]), during: "DATA", mta: "mx")
        #expect(multi.description == "451 4.3.0 Try again 4.3.0 later (in reply to DATA)")
        let plain = RemoteDeliveryAgent.failure(SMTPWireReply(code: 452, lines: ["Too many recipients"]), during: "RCPT TO", mta: "mx")
        #expect(plain.description == "452 Too many recipients (in reply to RCPT TO)")
        #expect(DeliveryFailure.local(451, .init(4, 4, 1), "connect to mx failed: refused").description == "451 4.4.1 connect to mx failed: refused")
    }

    /// A host that refuses us at the greeting (or in AUTH to the relay host) is temporary whatever
    /// its code: another MX, or a later attempt, may take the message (RFC 5321 §3.1).
    @Test func aRefusalAtTheGreetingIsTemporaryEvenWithAFiveHundredCode() {
        let greeting = RemoteDeliveryAgent.failure(SMTPWireReply(code: 554, lines: ["5.7.1 go away"]), context: "greeting", mta: "mx", temporary: true)
        #expect(greeting.isTemporary && greeting.reply.isPermanent)
        #expect(greeting.description == "554 5.7.1 go away (greeting)")
        #expect(RecipientOutcome.undelivered("a@b", greeting).result == .deferred(greeting))
        let mail = RemoteDeliveryAgent.failure(SMTPWireReply(code: 554, lines: ["5.7.1 go away"]), during: "MAIL FROM", mta: "mx")
        #expect(RecipientOutcome.undelivered("a@b", mail).result == .failed(mail))
    }

    /// RFC 5321 §4.2 allows only 2xx–5xx: another code is a protocol error, tried again later
    /// (it used to be taken at face value, a 6xx bouncing the message).
    @Test(arguments: [100, 199, 600, 999])
    func aReplyCodeOutsideTheGrammarIsATemporaryProtocolError(code: Int) {
        let failure = RemoteDeliveryAgent.failure(SMTPWireReply(code: code, lines: ["5.0.0 odd"]), during: "RCPT TO", mta: "mx")
        #expect(failure.isTemporary && failure.source == .local && failure.reply.code == 451)
        #expect(failure.description == "451 4.5.0 invalid reply code \(code) (in reply to RCPT TO)")
    }
}
