import HaetaeStore
import HaetaeTestSupport
import SMTPProtocol
import Testing

@testable import HaetaePolicy

struct PolicyChainTests {
    @Test func checkRunnerStopsAtTheFirstRefusalAndSkipsChecksThatDoNotApply() async {
        var ran: [String] = []
        let checks: [CheckRunner<[String]>.Check] = [
            ("a", { state in state.append("a"); return CheckResult("a", .accept, "fine") }),
            ("b", { state in state.append("b"); return nil }),
            ("c", { state in state.append("c"); return CheckResult("c", .reject(.relayDenied), "no") }),
            ("d", { state in state.append("d"); return CheckResult("d", .accept, "never reached") }),
        ]
        let trace = await CheckRunner.run(.rcpt, checks, state: &ran)
        #expect(ran == ["a", "b", "c"])
        #expect(trace.results.map(\.check) == ["a", "c"])
        #expect(trace.refusal == .relayDenied)
    }

    @Test func aCheckThatFailsDefersWith451_4_3_5NeverAccepts() async {
        var state = 0
        let checks: [CheckRunner<Int>.Check] = [
            ("broken", { _ in throw FailingDirectory.Down() }),
            ("after", { _ in CheckResult("after", .accept, "must not run") }),
        ]
        let trace = await CheckRunner.run(.mail, checks, state: &state)
        #expect(trace.refusal?.code == 451)
        #expect(trace.refusal?.enhanced == .init(4, 3, 5))
        #expect(trace.results.count == 1)
    }

    @Test func recipientLookupFailureIs451NotAcceptNotRelay() async {
        let policy = SMTPPolicy(
            directory: FailingDirectory(), access: AccessMapCache(source: InMemoryAccessRules([])),
            trustedNetworks: [], primaryDomain: "ours.test")
        let standing = ClientStanding(address: IPAddressBytes("203.0.113.9"))
        let outcome = await policy.recipientStage(
            SMTPPolicyTests.rcpt("victim@elsewhere.test"), standing: standing, authenticatedUser: nil, admission: nil)
        guard case .reject(let reply) = outcome.decision else {
            Issue.record("accepted while the directory is down: \(outcome.decision)")
            return
        }
        #expect(reply.code == 451 && reply.enhanced == .init(4, 3, 5))
        #expect(outcome.trace.results.last?.check == "local-directory")
    }

    @Test func accessMapFailureAtConnectIs421NotAccept() async {
        let policy = SMTPPolicy(
            directory: policyDirectory, access: AccessMapCache(source: FailingAccessRules()),
            trustedNetworks: [], primaryDomain: "ours.test")
        let (decision, trace) = await policy.connectStage(client: "203.0.113.9", local: nil)
        guard case .refuse(let reply) = decision else {
            Issue.record("accepted while the access map is unreadable")
            return
        }
        #expect(reply.code == 421 && reply.enhanced == .init(4, 3, 5))
        #expect(trace.results.map(\.check) == ["access-map"])
    }

    @Test func relayDecisionIsAFixedStepThatAnOKRuleCannotSkip() async {
        // An OK rule for the recipient's domain is not a relay permission: the fixed step still refuses.
        let policy = SMTPPolicyTests.policy([AccessRuleRecord(key: "To:elsewhere.test", action: "OK")])
        let outcome = await policy.recipientStage(
            SMTPPolicyTests.rcpt("victim@elsewhere.test"), standing: await SMTPPolicyTests.standing(policy),
            authenticatedUser: nil, admission: nil)
        #expect(outcome.decision == .reject(.relayDenied))
        #expect(outcome.trace.results.map(\.check) == ["access-map", "local-directory", "relay-decision"])
        #expect(outcome.trace.results.last?.reason == "not a local domain and no relay permission")
    }

    @Test func traceNamesEveryCheckThatRanForALocalRecipient() async {
        let policy = SMTPPolicyTests.policy()
        let outcome = await policy.recipientStage(
            SMTPPolicyTests.rcpt("team@ours.test"), standing: await SMTPPolicyTests.standing(policy),
            authenticatedUser: nil, admission: nil)
        #expect(outcome.decision == .accept(address: "team@ours.test"))
        #expect(outcome.trace.results.map(\.check) == ["access-map", "local-directory"])
        #expect(outcome.reason == "local alias team@ours.test")
    }

    @Test func discardRuleStillRunsTheLaterChecks() async {
        let policy = SMTPPolicyTests.policy([AccessRuleRecord(key: "To:alice@ours.test", action: "DISCARD")])
        let outcome = await policy.recipientStage(
            SMTPPolicyTests.rcpt("alice@ours.test"), standing: await SMTPPolicyTests.standing(policy),
            authenticatedUser: nil, admission: nil)
        #expect(outcome.decision == .discard(address: "alice@ours.test"))
        #expect(outcome.trace.results.map(\.check) == ["access-map", "local-directory"])
    }

    @Test func explainerPrintsTheChainTrace() async {
        let policy = SMTPPolicyTests.policy([AccessRuleRecord(key: "From:spam@hacker.test", action: "REJECT")])
        let (lines, refused) = await AccessExplainer.explain(
            policy: policy, ip: "203.0.113.5", from: "spam@hacker.test", to: ["friend@elsewhere.test"], user: nil)
        #expect(refused)
        #expect(lines.contains { $0.contains("access-map: 550 5.7.1") && $0.contains("From:spam@hacker.test") })
        #expect(lines.contains { $0.contains("relay-decision: 554 5.7.1 Relay access denied") })
    }

    @Test func senderLookupFailureIs451() async {
        let policy = SMTPPolicy(
            directory: FailingDirectory(), access: AccessMapCache(source: InMemoryAccessRules([])),
            trustedNetworks: [], primaryDomain: "ours.test")
        let (decision, trace) = await policy.senderStage(
            .mailbox(Mailbox(localPart: "alice", host: .domain("ours.test"))),
            standing: ClientStanding(address: IPAddressBytes("192.0.2.7")), authenticatedUser: "alice@ours.test")
        #expect(decision == .reject(PolicyTrace.checkFailedReply))
        #expect(trace.results.map(\.check) == ["account-suspended", "sender-ownership"])
    }
}
