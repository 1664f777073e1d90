import Testing

@testable import MailCore

/// Issue 11's findings at the bottom layer: account names, reply text, client keys.
struct MailCoreSecurityTests {
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

}

struct PunycodeTests {
    @Test(arguments: ["한국", "bücher", "münchen", "пример", "例え"])
    func decodeIsTheInverseOfEncode(label: String) throws {
        let encoded = try #require(Punycode.encode(label))
        #expect(Punycode.decode(encoded) == label)
    }

    @Test func malformedLabelsDoNotDecode() {
        #expect(Punycode.decode("!!!") == nil)
        #expect(Punycode.decode(String(repeating: "a", count: 100)) == nil)
    }
}
