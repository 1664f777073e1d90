import DNSClient
import HaetaeStore
import SMTPProtocol
import HaetaeTestSupport
import Testing

@testable import HaetaePolicy

struct DNSBLTests {
    static let resolver = FakeDNSResolver(
        records: [
            "2.0.0.127.bl.test": [.a: [.a([127, 0, 0, 2])], .txt: [.txt(["Listed: see https://bl.test/"])]],
            "2.0.0.127.weak.test": [.a: [.a([127, 0, 0, 4])]],
            "3.0.0.127.weak.test": [.a: [.a([127, 0, 0, 4])]],
            "2.0.0.127.refused.test": [.a: [.a([127, 255, 255, 254])]],
            "spammy.example.dbl.test": [.a: [.a([127, 0, 1, 2])]],
        ],
        failures: ["2.0.0.127.down.test": .timeout, "3.0.0.127.down.test": .serverFailure(rcode: 2)])

    @Test func queryNames() {
        #expect(DNSBLChecker.queryName(IPAddressBytes("192.0.2.99")!, zone: "bl.test") == "99.2.0.192.bl.test")
        #expect(DNSBLChecker.queryName(IPAddressBytes("2001:db8::1")!, zone: "bl.test")
            == "1.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.0.8.b.d.0.1.0.0.2.bl.test")
    }

    @Test func zoneSyntax() {
        #expect(DNSBLZone("zen.spamhaus.org") == DNSBLZone("zen.spamhaus.org*1"))
        #expect(DNSBLZone("bl.test*3")?.weight == 3)
        #expect(DNSBLZone("nodot") == nil)
        #expect(DNSBLZone("bl.test*x") == nil)
    }

    @Test func listingsWeightsAndFailures() async {
        let checker = DNSBLChecker(
            resolver: Self.resolver,
            zones: ["bl.test", "weak.test", "refused.test", "down.test"].compactMap(DNSBLZone.init), threshold: 1)
        let listed = await checker.check(IPAddressBytes("127.0.0.2")!)
        #expect(listed.listings.map(\.zone) == ["bl.test", "weak.test"])
        #expect(listed.listings.first?.reason == "Listed: see https://bl.test/")
        #expect(listed.unavailable == ["down.test"])
        #expect(checker.isBlocked(listed))
        let clean = await checker.check(IPAddressBytes("127.0.0.9")!)
        #expect(clean.listings.isEmpty)
        #expect(!checker.isBlocked(clean))
        let strict = DNSBLChecker(resolver: Self.resolver, zones: [DNSBLZone("weak.test")!, DNSBLZone("bl.test*2")!], threshold: 3)
        #expect(!strict.isBlocked(await strict.check(IPAddressBytes("127.0.0.3")!)), "weight 1 < 3")
        #expect(strict.isBlocked(await strict.check(IPAddressBytes("127.0.0.2")!)), "1 + 2 >= 3")
    }

    @Test func policyRefusesListedClientsOnlyWhenAsked() async {
        let policy = SMTPPolicy(
            directory: policyDirectory, access: AccessMapCache(source: InMemoryAccessRules([AccessRuleRecord(key: "127.0.0.5", action: "OK")])),
            trustedNetworks: [IPNetwork("10.0.0.0/8")!], primaryDomain: "ours.test",
            dnsbl: DNSBLChecker(resolver: Self.resolver, zones: [DNSBLZone("bl.test")!], domainZones: ["dbl.test"]))
        guard case .refuse(let reply) = await policy.connect(client: "127.0.0.2", local: nil, checkDNSBL: true) else {
            Issue.record("listed client accepted")
            return
        }
        #expect(reply.code == 554 && reply.enhanced == EnhancedStatusCode(5, 7, 1))
        #expect(reply.lines[0] == "Service unavailable; client [127.0.0.2] blocked using bl.test; Listed: see https://bl.test/")
        guard case .accept = await policy.connect(client: "127.0.0.2", local: nil, checkDNSBL: false) else {
            Issue.record("submission ports do not use the DNSBL")
            return
        }
        guard case .accept(let standing) = await policy.connect(client: "127.0.0.9", local: nil, checkDNSBL: true) else { return }
        let spammy = ReversePath.mailbox(Mailbox(localPart: "x", host: .domain("spammy.example")))
        guard case .reject(let rhsbl) = await policy.sender(spammy, standing: standing, authenticatedUser: nil) else {
            Issue.record("RHSBL-listed sender accepted")
            return
        }
        #expect(rhsbl.code == 554)
        #expect(await policy.sender(spammy, standing: standing, authenticatedUser: "alice@ours.test") != .accept, "not owned anyway")
    }

    /// Issue 11, F9: a list's TXT with CR LF (or any other control or non-ASCII byte) never
    /// reaches the 554 reply, whatever resolver produced it.
    @Test func f9DNSBLTextWithCRLFNeverReachesTheReply() async {
        let resolver = FakeDNSResolver(records: [
            "2.0.0.127.bl.test": [
                .a: [.a([127, 0, 0, 2])],
                .txt: [.txt(["Listed\r\n250 2.0.0 OK\r\nevent=forged\u{0}é " + String(repeating: "x", count: 400)])],
            ],
        ])
        #expect(DNSBLChecker.replyText("a\r\nb\tc\u{7F}é") == "a??b?c??")
        let checker = DNSBLChecker(resolver: resolver, zones: [DNSBLZone("bl.test")!])
        let reason = await checker.check(IPAddressBytes("127.0.0.2")!).listings.first?.reason ?? ""
        #expect(reason.hasPrefix("Listed??250 2.0.0 OK??event=forged??"))
        #expect(reason.count <= DNSBLChecker.maxReasonLength)
        #expect(reason.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
        let policy = SMTPPolicy(
            directory: policyDirectory, access: AccessMapCache(source: InMemoryAccessRules([])),
            trustedNetworks: [], primaryDomain: "ours.test", dnsbl: checker)
        guard case .refuse(let reply) = await policy.connect(client: "127.0.0.2", local: nil, checkDNSBL: true) else {
            Issue.record("listed client accepted")
            return
        }
        #expect(reply.code == 554)
        for line in reply.lines {
            #expect(!line.contains("\r") && !line.contains("\n") && line.unicodeScalars.allSatisfy { (0x20...0x7E).contains($0.value) })
        }
    }
}
