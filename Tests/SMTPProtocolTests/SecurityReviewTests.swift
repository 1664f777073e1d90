import Testing

@testable import SMTPProtocol

/// Pure-core regression tests for issue 11's findings.
struct SecurityReviewTests {
    /// Outbound: bare line endings become CRLF and long lines are folded at 998 octets.
    @Test func outboundLinesAreNormalisedAndFolded() {
        let stuffed = DotStuffing.stuff(Array("a\rb\nc\r\n.d\r\n".utf8))
        #expect(String(decoding: stuffed, as: UTF8.self) == "a\r\nb\r\nc\r\n..d\r\n.\r\n")
        let long = [UInt8](repeating: UInt8(ascii: "x"), count: 2_500) + [13, 10]
        let lines = String(decoding: DotStuffing.stuff(long), as: UTF8.self).components(separatedBy: "\r\n")
        #expect(lines.allSatisfy { $0.utf8.count <= 998 })
        #expect(lines.dropFirst().first?.hasPrefix(" ") == true)
        #expect(lines.joined().filter { $0 == "x" }.count == 2_500)
    }

    /// Found by FuzzSMTPProtocol's round trip: a 998-octet line starting with "." went out as 999
    /// octets plus CRLF once stuffed, over RFC 5321 §4.5.3.1.6, and our own receiver refused it.
    @Test func fuzzStuffedDotCountsTowardTheLineLimit() {
        let line = [UInt8(ascii: ".")] + [UInt8](repeating: UInt8(ascii: "a"), count: 997) + [13, 10]
        let stuffed = DotStuffing.stuff(line)
        let wireLines = String(decoding: stuffed, as: UTF8.self).components(separatedBy: "\r\n")
        #expect(wireLines.allSatisfy { $0.utf8.count <= 998 })
        var receiver = DataReceiver(maxMessageSize: 10_000, lineLimit: SMTPLimits.textLineLength)
        var output: [UInt8] = []
        #expect(receiver.consume(stuffed, into: &output).finished)
        #expect(receiver.outcome == .accepted)
        #expect(output.count == line.count + 3, "one fold: CRLF SPACE")
    }

    /// Held-out battery: duplicates count toward the recipient limit.
    @Test func duplicateRecipientsCountTowardMaxRecipients() {
        var session = SMTPSession(configuration: SMTPSessionConfiguration(hostname: "mx.test", listener: .mx, maxRecipients: 3))
        _ = session.receive(.ehlo("c"))
        _ = session.receive(.mail(.null, []))
        _ = session.senderDecided(.accept)
        for _ in 0..<3 {
            let path = ForwardPath.mailbox(Mailbox(localPart: "a", host: .domain("mx.test")))
            guard case .checkRecipient = session.receive(.rcpt(path, [])) else {
                Issue.record("expected a recipient check")
                return
            }
            _ = session.recipientDecided(path, .accept(address: "a@mx.test"))
        }
        let fourth = session.receive(.rcpt(.mailbox(Mailbox(localPart: "a", host: .domain("mx.test"))), []))
        #expect(fourth == .reply(.tooManyRecipients))
    }
}
