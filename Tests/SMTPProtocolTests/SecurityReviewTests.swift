import Testing

@testable import SMTPProtocol

/// Pure-core regression tests for issue 11's findings.
struct SecurityReviewTests {
    /// F8: one form keys the lockout whatever the spelling.
    @Test(arguments: [
        ("alice@example.test", "alice@example.test"),
        ("Alice@Example.TEST", "alice@example.test"),
        ("alice@example.test.", "alice@example.test"),
        ("alice@EXAMPLE.test.", "alice@example.test"),
        ("user@한국.example", "user@xn--3e0b707e.example"),
    ])
    func f8AccountNamesNormaliseToOneForm(input: String, expected: String) {
        #expect(AccountName.normalize(input) == expected)
        #expect(AccountName.key(input) == expected)
    }

    @Test func f8JunkIsNotAnAccountButStillAKey() {
        #expect(AccountName.normalize("no-at-sign") == nil)
        #expect(AccountName.normalize("a\r\nb@example.test") == nil)
        #expect(AccountName.key("A\r\nB") == "ab")
    }

    /// F9 (defence in depth): a reply never carries CR, LF, NUL or non-ASCII to the client.
    @Test func f9ReplyTextIsPrintableASCII() {
        let reply = SMTPReply(554, .init(5, 7, 1), "listed: evil\r\n250 forged\u{0}§")
        #expect(reply.wireString == "554 5.7.1 listed: evil??250 forged??\r\n")
        #expect(SMTPReply.bareLineEnding.wireString.utf8.allSatisfy { $0 < 0x80 })
        #expect(SMTPReply.textLineTooLong.wireString.utf8.allSatisfy { $0 < 0x80 })
    }

    /// IPv6 clients count by /64; IPv4 by address.
    @Test func perClientKeysUseTheIPv6Slash64() {
        #expect(IPAddressText.clientKey("2001:db8:1:2:3:4:5:6") == IPAddressText.clientKey("2001:db8:1:2:ffff::1"))
        #expect(IPAddressText.clientKey("2001:db8:1:2::1") != IPAddressText.clientKey("2001:db8:1:3::1"))
        #expect(IPAddressText.clientKey("192.0.2.1") == "192.0.2.1")
    }

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
