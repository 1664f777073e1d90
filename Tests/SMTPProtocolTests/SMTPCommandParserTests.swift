import Testing

@testable import SMTPProtocol

struct SMTPCommandParserTests {
    static func parse(_ line: String) -> SMTPCommandParser.Outcome {
        SMTPCommandParser.parse(Array(line.utf8))
    }

    static func mailbox(_ local: String, _ domain: String) -> Mailbox {
        Mailbox(localPart: local, host: .domain(domain))
    }

    /// Fixture table: line → expected command.
    static let valid: [(String, SMTPCommand)] = [
        ("EHLO client.example", .ehlo("client.example")),
        ("ehlo [192.0.2.1]", .ehlo("[192.0.2.1]")),
        ("HELO client", .helo("client")),
        ("MAIL FROM:<a@b.example>", .mail(.mailbox(mailbox("a", "b.example")), [])),
        ("mail from:<A@B.Example>", .mail(.mailbox(mailbox("A", "b.example")), [])),
        ("MAIL FROM: <a@b.example>", .mail(.mailbox(mailbox("a", "b.example")), [])),
        ("MAIL FROM:<>", .mail(.null, [])),
        ("MAIL FROM:<a@b.example> SIZE=100 BODY=8BITMIME",
         .mail(.mailbox(mailbox("a", "b.example")), [ESMTPParameter("SIZE", "100"), ESMTPParameter("BODY", "8BITMIME")])),
        ("MAIL FROM:<\"john doe\"@b.example>", .mail(.mailbox(mailbox("john doe", "b.example")), [])),
        ("MAIL FROM:<\"a\\\"b\"@b.example>", .mail(.mailbox(mailbox("a\"b", "b.example")), [])),
        ("MAIL FROM:<\"x>y\"@b.example>", .mail(.mailbox(mailbox("x>y", "b.example")), [])),
        ("MAIL FROM:<@relay.example,@r2.example:a@b.example>", .mail(.mailbox(mailbox("a", "b.example")), [])),
        ("MAIL FROM:<김@한국.kr> SMTPUTF8", .mail(.mailbox(mailbox("김", "한국.kr")), [ESMTPParameter("SMTPUTF8")])),
        ("RCPT TO:<c@d.example>", .rcpt(.mailbox(mailbox("c", "d.example")), [])),
        ("RCPT TO:<Postmaster>", .rcpt(.postmaster, [])),
        ("RCPT TO:<user@[127.0.0.1]>", .rcpt(.mailbox(Mailbox(localPart: "user", host: .ipv4("127.0.0.1"))), [])),
        ("RCPT TO:<user@[IPv6:2001:DB8::1]>", .rcpt(.mailbox(Mailbox(localPart: "user", host: .ipv6("2001:db8::1"))), [])),
        ("RCPT TO:<user%remote.test@local.test>", .rcpt(.mailbox(mailbox("user%remote.test", "local.test")), [])),
        ("RCPT TO:<remote.test!user@local.test>", .rcpt(.mailbox(mailbox("remote.test!user", "local.test")), [])),
        ("DATA", .data), ("data", .data), ("RSET", .rset), ("NOOP", .noop), ("NOOP anything", .noop),
        ("QUIT", .quit), ("STARTTLS", .starttls), ("VRFY alice", .vrfy("alice")), ("EXPN list", .expn("list")),
        ("HELP", .help(nil)), ("HELP MAIL", .help("MAIL")),
        ("AUTH PLAIN", .auth(mechanism: "PLAIN", initialResponse: nil)),
        ("auth plain AGFAYgBj", .auth(mechanism: "PLAIN", initialResponse: "AGFAYgBj")),
        ("AUTH LOGIN", .auth(mechanism: "LOGIN", initialResponse: nil)),
    ]

    @Test(arguments: valid)
    func parsesValidLines(_ fixture: (String, SMTPCommand)) {
        #expect(Self.parse(fixture.0) == .command(fixture.1), "\(fixture.0)")
    }

    /// Fixture table: line → expected reply code and enhanced code.
    static let invalid: [(String, Int, String)] = [
        ("", 500, "5.5.2"),
        ("FOO", 500, "5.5.2"),
        ("EHLO", 501, "5.5.4"),
        ("HELO", 501, "5.5.4"),
        ("MAIL", 501, "5.5.4"),
        ("MAIL FROM:a@b.example", 501, "5.5.4"),
        ("MAIL FROM:<a@b.example", 501, "5.5.4"),
        ("MAIL FROM:<a@b.example>x", 501, "5.5.4"),
        ("MAIL FROM:<a@b.example.>", 501, "5.1.7"),
        ("MAIL FROM:<a..b@b.example>", 501, "5.1.7"),
        ("MAIL FROM:<.a@b.example>", 501, "5.1.7"),
        ("MAIL FROM:<a@-b.example>", 501, "5.1.7"),
        ("MAIL FROM:<a@b_c.example>", 501, "5.1.7"),
        ("MAIL FROM:<a@>", 501, "5.1.7"),
        ("MAIL FROM:<@b.example>", 501, "5.1.7"),
        ("MAIL FROM:<a b@c.example>", 501, "5.1.7"),
        ("MAIL FROM:<a@b.example> SIZE", 250, ""),  // keyword without value parses; the session judges it
        ("MAIL FROM:<a@b.example> =x", 501, "5.5.4"),
        ("RCPT TO:<>", 501, "5.5.4"),
        ("RCPT TO:<a@[300.1.1.1]>", 501, "5.1.3"),
        ("RCPT TO:<a@[IPv6:1::2::3]>", 501, "5.1.3"),
        ("RCPT TO:<\"unterminated@b.example>", 501, "5.5.4"),
        ("RCPT TO:<a@b.example> NOTIFY", 250, ""),
        ("RCPT TO:<\(String(repeating: "a", count: 65))@b.example>", 501, "5.1.3"),
        ("RCPT TO:<a@\(String(repeating: "b", count: 64)).example>", 501, "5.1.3"),
        ("DATA now", 501, "5.5.4"),
        ("STARTTLS x", 501, "5.5.4"),
        ("AUTH", 501, "5.5.4"),
        ("AUTH PLAIN a b", 501, "5.5.4"),
        ("MAIL FROM:<a\u{0}@b.example>", 501, "5.5.4"),
    ]

    @Test(arguments: invalid)
    func rejectsInvalidLines(_ fixture: (String, Int, String)) {
        let outcome = Self.parse(fixture.0)
        if fixture.1 == 250 {
            guard case .command = outcome else {
                Issue.record("expected a command for \(fixture.0), got \(outcome)")
                return
            }
            return
        }
        guard case .error(let reply) = outcome else {
            Issue.record("expected an error for \(fixture.0), got \(outcome)")
            return
        }
        #expect(reply.code == fixture.1, "\(fixture.0)")
        #expect(reply.enhanced?.description == fixture.2, "\(fixture.0)")
    }

    @Test func rejectsInvalidUTF8() {
        var line = Array("MAIL FROM:<".utf8)
        line += [0xC3, 0x28]
        line += Array("@b.example>".utf8)
        guard case .error(let reply) = SMTPCommandParser.parse(line) else {
            Issue.record("invalid UTF-8 accepted")
            return
        }
        #expect(reply.code == 501)
    }

    @Test func mailboxWireFormRoundTrips() {
        let boxes = [
            Mailbox(localPart: "plain", host: .domain("example.com")),
            Mailbox(localPart: "with space", host: .domain("example.com")),
            Mailbox(localPart: "q\"uote\\s", host: .domain("example.com")),
            Mailbox(localPart: "user", host: .ipv4("192.0.2.1")),
            Mailbox(localPart: "user", host: .ipv6("2001:db8::1")),
            Mailbox(localPart: "사용자", host: .domain("예시.kr")),
        ]
        for box in boxes {
            #expect(SMTPGrammar.parseMailbox(Array(box.wireString.utf8)[...]) == box, "\(box)")
        }
    }

    @Test func ipv6Canonical() {
        #expect(IPAddressText.canonicalIPv6("2001:0db8:0000:0000:0000:0000:0000:0001") == "2001:db8::1")
        #expect(IPAddressText.canonicalIPv6("::1") == "::1")
        #expect(IPAddressText.canonicalIPv6("::") == "::")
        #expect(IPAddressText.canonicalIPv6("::ffff:192.0.2.1") == "::ffff:c000:201")
        #expect(IPAddressText.canonicalIPv6("1:2:3:4:5:6:7") == nil)
        #expect(IPAddressText.canonicalIPv6("1::2::3") == nil)
        #expect(IPAddressText.canonicalIPv6("12345::") == nil)
        #expect(IPAddressText.canonicalIPv4("010.1.1.1") == "10.1.1.1")
        #expect(IPAddressText.canonicalIPv4("256.1.1.1") == nil)
    }

    @Test func replyWireFormat() {
        let reply = SMTPReply(250, .init(2, 0, 0), ["first", "second"])
        #expect(reply.wireString == "250-2.0.0 first\r\n250 2.0.0 second\r\n")
        #expect(SMTPReply(354, nil, "go").wireString == "354 go\r\n")
        #expect(SMTPReply(334, nil, "").wireString == "334 \r\n")
    }

    @Test func base64RoundTrip() {
        for text in ["", "a", "ab", "abc", "abcd", "\u{0}user\u{0}pass", "한국어"] {
            let bytes = Array(text.utf8)
            #expect(Base64.decode(Base64.encode(bytes)) == bytes)
        }
        #expect(Base64.decode("AGFAYgBj") == [0, 97, 64, 98, 0, 99])
        #expect(Base64.decode("abc") == nil)
        #expect(Base64.decode("ab=c") == nil)
        #expect(Base64.decode("a!==") == nil)
    }

    @Test func plainCredentials() {
        let credentials = SASLMechanism.decodePlain(Array("\u{0}alice@x.test\u{0}secret".utf8))
        #expect(credentials?.username == "alice@x.test")
        #expect(credentials?.password == "secret")
        #expect(SASLMechanism.decodePlain(Array("alice\u{0}secret".utf8)) == nil)
        #expect(SASLMechanism.decodePlain(Array("\u{0}\u{0}secret".utf8)) == nil)
        #expect(!(credentials?.description.contains("secret") ?? true), "description must not show the password")
    }
}
