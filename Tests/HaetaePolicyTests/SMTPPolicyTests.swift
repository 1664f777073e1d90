import HaetaeStore
import HaetaeTestSupport
import SMTPProtocol
import Testing

@testable import HaetaePolicy

/// ours.test with alice and postmaster, the alias team → alice, and alice may send as team.
let policyDirectory = InMemoryDirectory(
    domains: ["ours.test"], users: ["alice@ours.test": "", "postmaster@ours.test": ""],
    aliases: ["team@ours.test": ["alice@ours.test"]], sendAs: ["alice@ours.test": ["team@ours.test"]],
    acceptsPasswords: false)



struct SMTPPolicyTests {
    static func policy(_ rules: [AccessRuleRecord] = [], trusted: [String] = []) -> SMTPPolicy {
        SMTPPolicy(
            directory: policyDirectory, access: AccessMapCache(source: InMemoryAccessRules(rules)),
            trustedNetworks: trusted.compactMap(IPNetwork.init), primaryDomain: "ours.test")
    }

    static func rcpt(_ text: String) -> ForwardPath {
        guard case .command(.rcpt(let path, _)) = SMTPCommandParser.parse(Array("RCPT TO:<\(text)>".utf8)) else {
            fatalError("bad fixture \(text)")
        }
        return path
    }

    static func standing(_ policy: SMTPPolicy, _ ip: String = "203.0.113.9") async -> ClientStanding {
        guard case .accept(let standing) = await policy.connect(client: ip, local: "192.0.2.1") else { fatalError() }
        return standing
    }

    /// Relay tricks: each is refused or routed to the local address it really is — never relayed.
    static let tricks: [(String, String)] = [
        ("victim@elsewhere.test", "554"),
        ("victim%elsewhere.test@ours.test", "550"),
        ("elsewhere.test!victim@ours.test", "550"),
        ("@ours.test:victim@elsewhere.test", "554"),
        ("\"victim@elsewhere.test\"@ours.test", "550"),
        ("victim@[203.0.113.50]", "554"),
        ("alice@[192.0.2.1]", "250"),
        ("ALICE@OURS.TEST", "250"),
        ("team@ours.test", "250"),
        ("nobody@ours.test", "550"),
    ]

    @Test(arguments: tricks)
    func relayTricksAreNotRelayed(_ fixture: (String, String)) async {
        let policy = Self.policy()
        let decision = await policy.recipient(Self.rcpt(fixture.0), standing: await Self.standing(policy), authenticatedUser: nil)
        switch decision {
        case .accept(let address):
            #expect(fixture.1 == "250", "\(fixture.0) accepted as \(address)")
            #expect(address.hasSuffix("@ours.test"))
        case .discard:
            Issue.record("unexpected discard")
        case .reject(let reply):
            #expect(String(reply.code) == fixture.1, "\(fixture.0): \(reply)")
        }
    }

    @Test func loopbackIsNotTrustedByDefault() async {
        let policy = Self.policy()
        let decision = await policy.recipient(Self.rcpt("x@elsewhere.test"), standing: await Self.standing(policy, "127.0.0.1"), authenticatedUser: nil)
        #expect(decision == .reject(.relayDenied))
    }

    @Test func trustedNetworksAndRelayRulesPermitRelay() async {
        let trusted = Self.policy(trusted: ["10.0.0.0/8"])
        #expect(await trusted.recipient(Self.rcpt("x@elsewhere.test"), standing: await Self.standing(trusted, "10.1.2.3"), authenticatedUser: nil)
            == .accept(address: "x@elsewhere.test"))
        let byConnect = Self.policy([AccessRuleRecord(key: "Connect:198.51.100", action: "RELAY")])
        #expect(await byConnect.recipient(Self.rcpt("x@elsewhere.test"), standing: await Self.standing(byConnect, "198.51.100.7"), authenticatedUser: nil)
            == .accept(address: "x@elsewhere.test"))
        let byDomain = Self.policy([AccessRuleRecord(key: "To:partner.test", action: "RELAY")])
        #expect(await byDomain.recipient(Self.rcpt("x@partner.test"), standing: await Self.standing(byDomain), authenticatedUser: nil)
            == .accept(address: "x@partner.test"))
        #expect(await byDomain.recipient(Self.rcpt("x@other.test"), standing: await Self.standing(byDomain), authenticatedUser: nil)
            == .reject(.relayDenied))
        // From: RELAY does not open relaying (senders are forged at will).
        let bySender = Self.policy([AccessRuleRecord(key: "From:friend.test", action: "RELAY")])
        #expect(await bySender.recipient(Self.rcpt("x@other.test"), standing: await Self.standing(bySender), authenticatedUser: nil)
            == .reject(.relayDenied))
    }

    @Test func connectRules() async {
        let policy = Self.policy([
            AccessRuleRecord(key: "203.0.113", action: "REJECT"), AccessRuleRecord(key: "198.51.100.0/24", action: "TEMPFAIL"),
        ])
        guard case .refuse(let reply) = await policy.connect(client: "203.0.113.5", local: nil) else {
            Issue.record("expected refusal")
            return
        }
        #expect(reply.code == 554)
        guard case .refuse(let temp) = await policy.connect(client: "198.51.100.5", local: nil) else { return }
        #expect(temp.code == 421)
        guard case .accept = await policy.connect(client: "192.0.2.5", local: nil) else {
            Issue.record("expected acceptance")
            return
        }
    }

    @Test func senderOwnershipOnSubmission() async {
        let policy = Self.policy()
        let standing = await Self.standing(policy)
        func sender(_ text: String) -> ReversePath {
            text.isEmpty ? .null : .mailbox(SMTPGrammar.parseMailbox(Array(text.utf8)[...])!)
        }
        #expect(await policy.sender(sender("alice@ours.test"), standing: standing, authenticatedUser: "alice@ours.test") == .accept)
        #expect(await policy.sender(sender("team@ours.test"), standing: standing, authenticatedUser: "alice@ours.test") == .accept)
        guard case .reject(let reply) = await policy.sender(sender("boss@ours.test"), standing: standing, authenticatedUser: "alice@ours.test") else {
            Issue.record("expected rejection")
            return
        }
        #expect(reply.code == 553 && reply.enhanced == EnhancedStatusCode(5, 7, 1))
        #expect(reply.lines[0].hasPrefix("Sender address rejected: not owned by user"))
        #expect(await policy.sender(sender(""), standing: standing, authenticatedUser: "alice@ours.test") == .accept)
        #expect(await policy.sender(sender("anyone@else.test"), standing: standing, authenticatedUser: nil) == .accept)
    }

    @Test func senderAccessRules() async {
        let policy = Self.policy([
            AccessRuleRecord(key: "spam@hacker.test", action: "REJECT"), AccessRuleRecord(key: "bulk.test", action: "DISCARD"),
            AccessRuleRecord(key: "From:slow.test", action: "TEMPFAIL"),
        ])
        let standing = await Self.standing(policy)
        func mail(_ text: String) async -> SenderDecision {
            await policy.sender(.mailbox(SMTPGrammar.parseMailbox(Array(text.utf8)[...])!), standing: standing, authenticatedUser: nil)
        }
        guard case .reject(let reply) = await mail("spam@hacker.test") else { return }
        #expect(reply.code == 550)
        #expect(await mail("x@bulk.test") == .discard)
        guard case .reject(let temp) = await mail("x@slow.test") else { return }
        #expect(temp.code == 451)
        #expect(await mail("x@fine.test") == .accept)
    }
}
