import HaetaeStore
import HaetaeTestSupport
import SMTPProtocol
import Testing

@testable import HaetaePolicy

struct AccessSyntaxTests {
    static let keys: [(String, AccessTag, AccessKey)] = [
        ("spam@hacker.com", .any, .address("spam@hacker.com")),
        ("Spam@Hacker.COM", .any, .address("spam@hacker.com")),
        ("From:spam@hacker.com", .from, .address("spam@hacker.com")),
        ("to:boss@", .to, .localPart("boss")),
        ("spammail.com", .any, .domain("spammail.com")),
        (".spammail.com", .any, .domain("spammail.com")),
        ("한국.kr", .any, .domain("xn--3e0b707e.kr")),
        ("211.252.150", .any, .network(IPNetwork("211.252.150.0/24")!)),
        ("172.16", .any, .network(IPNetwork("172.16.0.0/16")!)),
        ("Connect:10", .connect, .network(IPNetwork("10.0.0.0/8")!)),
        ("211.252.150.0/24", .any, .network(IPNetwork("211.252.150.0/24")!)),
        ("192.0.2.7", .any, .network(IPNetwork("192.0.2.7/32")!)),
        ("2001:db8::/32", .any, .network(IPNetwork("2001:db8::/32")!)),
        ("Connect:2001:db8::1", .connect, .network(IPNetwork("2001:db8::1/128")!)),
    ]

    @Test(arguments: keys)
    func parsesKeys(_ fixture: (String, AccessTag, AccessKey)) throws {
        let (tag, key, _) = try AccessSyntax.parseKey(fixture.0)
        #expect(tag == fixture.1, "\(fixture.0)")
        #expect(key == fixture.2, "\(fixture.0)")
    }

    @Test(arguments: ["", "From:", "a b", "@", "bad_domain!.com", "1.2.3.4/33", "a@b@"])
    func rejectsBadKeys(_ text: String) {
        #expect(throws: AccessParseError.self, "\(text)") { try AccessSyntax.parseKey(text) }
    }

    @Test func parsesActions() throws {
        #expect(try AccessSyntax.parseAction("OK") == .ok)
        #expect(try AccessSyntax.parseAction("relay") == .relay)
        #expect(try AccessSyntax.parseAction("REJECT") == .reject)
        #expect(try AccessSyntax.parseAction("DISCARD") == .discard)
        #expect(try AccessSyntax.parseAction("TEMPFAIL") == .tempfail)
        #expect(try AccessSyntax.parseAction("ERROR:5.7.1:550 Go away") == .error(SMTPReply(550, .init(5, 7, 1), "Go away")))
        #expect(try AccessSyntax.parseAction("ERROR:\"550 Go away\"") == .error(SMTPReply(550, .init(5, 7, 1), "Go away")))
        #expect(try AccessSyntax.parseAction("ERROR:550 5.7.2 Nope") == .error(SMTPReply(550, .init(5, 7, 2), "Nope")))
        #expect(try AccessSyntax.parseAction("ERROR:4.7.0:451 Later") == .error(SMTPReply(451, .init(4, 7, 0), "Later")))
        #expect(throws: AccessParseError.self) { try AccessSyntax.parseAction("ALLOW") }
        #expect(throws: AccessParseError.self) { try AccessSyntax.parseAction("ERROR:250 fine") }
        #expect(throws: AccessParseError.self) { try AccessSyntax.parseAction("ERROR:5.7.1:450 mismatch") }
    }

    @Test func readsASendmailAccessFile() {
        let file = """
            # /etc/mail/access
            spam@hacker.com\tREJECT
            spammail.com   REJECT
            useful.org     OK
            211.252.150    RELAY
            From:bulk.test ERROR:5.7.1:550 No bulk mail here

            broken-line-without-action
            also.bad       MAYBE
            """
        let (rules, errors) = AccessSyntax.parseFile(file)
        #expect(rules.count == 5)
        #expect(errors.map(\.0) == [8, 9])
    }

    /// Regression: CR LF is one Character in Swift, so splitting on "\n" read a file saved with CR LF
    /// line ends (a Windows editor) as one line.
    @Test func readsAnAccessFileWithCRLFLineEnds() {
        let file = "# access\r\nspam@hacker.com\tREJECT\r\n211.252.150    RELAY\r\n\r\nbroken-line-without-action\r\nuseful.org OK\r\n"
        let (rules, errors) = AccessSyntax.parseFile(file)
        #expect(rules.count == 3)
        #expect(errors.map(\.0) == [5])
        #expect(rules.map(\.keyText).contains("useful.org"))
    }
}

struct AccessMapTests {
    static func map(_ lines: [(String, String)]) -> AccessMap {
        AccessMap(rules: lines.map { key, action in
            let (tag, parsedKey, text) = try! AccessSyntax.parseKey(key)
            return AccessRule(tag: tag, key: parsedKey, action: try! AccessSyntax.parseAction(action), keyText: text)
        })
    }

    @Test func mostSpecificAddressMatchWins() {
        let map = Self.map([
            ("example.test", "REJECT"), ("sub.example.test", "OK"), ("boss@", "DISCARD"),
            ("boss@sub.example.test", "RELAY"), ("From:example.test", "TEMPFAIL"),
        ])
        func action(_ address: String, _ tag: AccessTag) -> AccessAction? { map.lookupAddress(address, tag: tag)?.rule.action }
        #expect(action("boss@sub.example.test", .to) == .relay)
        #expect(action("boss@other.test", .to) == .discard)
        #expect(action("x@deep.sub.example.test", .to) == .ok)
        #expect(action("x@example.test", .to) == .reject)
        #expect(action("x@example.test", .from) == .tempfail, "a tagged rule beats the untagged one")
        #expect(action("x@notexample.test", .to) == nil, "suffix must be at a label boundary")
        #expect(action("x@test", .to) == nil)
    }

    @Test func longestIPPrefixWins() {
        let map = Self.map([
            ("10", "REJECT"), ("10.1", "OK"), ("10.1.2.0/24", "RELAY"), ("10.1.2.3", "ERROR:5.7.1:554 host"),
            ("2001:db8::/32", "REJECT"), ("2001:db8:1::/48", "OK"), ("From:10.9", "OK"),
        ])
        func action(_ ip: String) -> AccessAction? { map.lookupClient(IPAddressBytes(ip)!)?.rule.action }
        #expect(action("10.200.0.1") == .reject)
        #expect(action("10.1.200.1") == .ok)
        #expect(action("10.1.2.200") == .relay)
        #expect(action("10.1.2.3")?.description.hasPrefix("ERROR") == true)
        #expect(action("10.9.0.1") == .reject, "From: keys do not apply at connect")
        #expect(action("11.0.0.1") == nil)
        #expect(action("2001:db8:2::1") == .reject)
        #expect(action("2001:db8:1::1") == .ok)
        #expect(action("::ffff:10.1.2.9") == .relay, "IPv4-mapped IPv6 is IPv4")
    }

    @Test func networks() {
        #expect(IPNetwork("192.0.2.0/24")!.contains(IPAddressBytes("192.0.2.255")!))
        #expect(!IPNetwork("192.0.2.0/24")!.contains(IPAddressBytes("192.0.3.0")!))
        #expect(IPNetwork("192.0.2.77/24") == IPNetwork("192.0.2.0/24"))
        #expect(IPNetwork("0.0.0.0/0")!.contains(IPAddressBytes("8.8.8.8")!))
        #expect(!IPNetwork("0.0.0.0/0")!.contains(IPAddressBytes("::1")!))
        #expect(IPNetwork("::1/128")!.contains(IPAddressBytes("::1")!))
        #expect(IPNetwork("1.2.3.4.5") == nil)
    }
}

struct RelayDecisionTests {
    static let relayRule = AccessMatch(
        rule: AccessRule(tag: .to, key: .domain("partner.test"), action: .relay, keyText: "To:partner.test"),
        subject: "To: x@partner.test")
    static let okRule = AccessMatch(
        rule: AccessRule(tag: .any, key: .domain("useful.test"), action: .ok, keyText: "useful.test"), subject: "")

    @Test func onlyThreeThingsPermitRelay() {
        #expect(RelayDecision.permission(authenticatedUser: nil, trustedNetwork: nil, clientRule: nil, recipientRule: nil) == nil)
        #expect(RelayDecision.permission(authenticatedUser: "a@b", trustedNetwork: nil, clientRule: nil, recipientRule: nil) != nil)
        #expect(RelayDecision.permission(authenticatedUser: nil, trustedNetwork: IPNetwork("10.0.0.0/8"), clientRule: nil, recipientRule: nil) != nil)
        #expect(RelayDecision.permission(authenticatedUser: nil, trustedNetwork: nil, clientRule: nil, recipientRule: Self.relayRule) != nil)
        #expect(RelayDecision.permission(authenticatedUser: nil, trustedNetwork: nil, clientRule: Self.okRule, recipientRule: Self.okRule) == nil,
                "OK is not RELAY")
    }
}

struct PunycodeTests {
    @Test func encodesKnownLabels() {
        #expect(Punycode.asciiDomain("한국.kr") == "xn--3e0b707e.kr")
        #expect(Punycode.asciiDomain("Bücher.example") == "xn--bcher-kva.example")
        #expect(Punycode.asciiDomain("例え.テスト") == "xn--r8jz45g.xn--zckzah")
        #expect(Punycode.asciiDomain("EXAMPLE.com.") == "example.com")
        #expect(Punycode.asciiDomain("a..b") == nil)
    }
}

struct AccessMapCacheTests {
    /// A rule the CLI adds while the server runs applies to the next lookup; an unchanged
    /// generation keeps the parsed map.
    @Test func aRuleAddedWhileRunningAppliesToTheNextLookup() async throws {
        let rules = InMemoryAccessRules([])
        let cache = AccessMapCache(source: rules)
        let client = try #require(IPAddressBytes("192.0.2.9"))
        #expect(try await cache.current().lookupClient(client) == nil)
        rules.set([AccessRuleRecord(key: "192.0.2.9", action: "REJECT")])
        #expect(try await cache.current().lookupClient(client)?.rule.action == .reject)
        rules.set([])
        #expect(try await cache.current().lookupClient(client) == nil)
    }
}
