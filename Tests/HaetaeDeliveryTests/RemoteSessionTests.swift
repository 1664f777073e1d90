import DNSClient
import Foundation
import Logging
import Testing

@testable import HaetaeDelivery

/// The outbound SMTP session, driven by the relay target against a scripted peer on loopback:
/// what it sends, and the outcome it makes of every reply.
struct RemoteSessionTests {
    static let ehlo = "250-peer.test Hello\r\n250-PIPELINING\r\n250-SIZE 100000\r\n250 8BITMIME"
    static let body = Array("Subject: hi\r\n\r\n.leading dot\r\nbody\r\n".utf8)

    static func agent(_ peer: ScriptedSMTPPeer) -> RemoteDeliveryAgent {
        RemoteDeliveryAgent(
            configuration: RemoteDeliveryConfiguration(
                heloName: "mx.local.test", tlsPolicy: .none, connectTimeout: .seconds(5), commandTimeout: .seconds(5)),
            router: Router(transport: ["peer.test": NextHop(host: "127.0.0.1", port: peer.port, skipMX: true)]),
            resolver: FakeDNSResolver(), logger: Logger(label: "test"))
    }

    static func transaction(_ recipients: [String], message: [UInt8] = body, smtpUTF8: Bool = false) -> DeliveryTransaction {
        DeliveryTransaction(
            queueID: "0ABCDEFGHIJKLMNO", arrivedAt: Date(), sender: "s@sender.example", smtpUTF8: smtpUTF8,
            destination: "peer.test", recipients: recipients.map { DeliveryRecipient(address: $0) }, message: message)
    }

    /// Answers a normal session; `rcpt` answers RCPT TO lines by their address.
    static func normal(ehlo: String = ehlo, rcpt: @escaping @Sendable (String) -> String = { _ in "250 2.1.5 Ok" })
        -> @Sendable (ScriptedSMTPPeer.Turn) -> String
    {
        { turn in
            let line = turn.line.uppercased()
            if line.starts(with: "EHLO") { return ehlo }
            if line.starts(with: "MAIL") { return "250 2.1.0 Ok" }
            if line.starts(with: "RCPT") { return rcpt(String(turn.line.dropFirst("RCPT TO:".count))) }
            if line == "DATA" { return "354 End data with <CR><LF>.<CR><LF>" }
            if turn.line == ScriptedSMTPPeer.endOfData { return "250 2.0.0 Ok: queued as 42" }
            if line == "RSET" { return "250 2.0.0 Ok" }
            if line == "QUIT" { return "221 2.0.0 Bye" }
            return "502 5.5.1 what?"
        }
    }

    @Test func pipelinedTransactionWithAnOutcomePerRecipient() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal(rcpt: { address in
            switch address {
            case "<bad@peer.test>": return "550 5.1.1 no such user"
            case "<busy@peer.test>": return "452 4.2.2 mailbox full"
            default: return "250 2.1.5 Ok"
            }
        }))
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["good@peer.test", "bad@peer.test", "busy@peer.test"]))
        let mta = "127.0.0.1[127.0.0.1]:\(peer.port)"
        let byRecipient = Dictionary(uniqueKeysWithValues: outcomes.map { ($0.recipient, $0.result) })
        #expect(byRecipient["good@peer.test"] == .delivered([DeliveryRecord(relay: mta, reply: "250 2.0.0 Ok: queued as 42")]))
        guard case .failed(let unknown) = byRecipient["bad@peer.test"], case .deferred(let full) = byRecipient["busy@peer.test"] else {
            Issue.record("unexpected outcomes \(outcomes)")
            return
        }
        #expect(unknown.description == "550 5.1.1 no such user (in reply to RCPT TO)")
        #expect(unknown.status.description == "5.1.1" && unknown.remoteMTA == mta && unknown.source == .server)
        #expect(full.description == "452 4.2.2 mailbox full (in reply to RCPT TO)")
        #expect(Array(peer.log.lines.prefix(6)) == [
            "EHLO mx.local.test", "MAIL FROM:<s@sender.example> SIZE=\(Self.body.count)",
            "RCPT TO:<good@peer.test>", "RCPT TO:<bad@peer.test>", "RCPT TO:<busy@peer.test>", "DATA",
        ])
        // Dot-stuffed on the wire.
        #expect(peer.log.messages == [Array("Subject: hi\r\n\r\n..leading dot\r\nbody\r\n".utf8)])
    }

    @Test func aMessageOverThePeersSizeLimitBouncesBeforeMAIL() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal(ehlo: "250-peer.test\r\n250 SIZE 10"))
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["a@peer.test"]))
        guard case .failed(let failure) = outcomes.first?.result else {
            Issue.record("not failed: \(outcomes)")
            return
        }
        #expect(failure.status.description == "5.3.4" && failure.source == .local)
        #expect(!peer.log.lines.contains { $0.starts(with: "MAIL") })
    }

    @Test func aRefusalAtTheGreetingDefersEvenWithAFiveHundredCode() async throws {
        let peer = try await ScriptedSMTPPeer.start(greeting: "554 5.7.1 not you", script: Self.normal())
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["a@peer.test", "b@peer.test"]))
        #expect(outcomes.count == 2)
        for outcome in outcomes {
            guard case .deferred(let failure) = outcome.result else {
                Issue.record("not deferred: \(outcome)")
                continue
            }
            #expect(failure.description == "554 5.7.1 not you (greeting)")
        }
    }

    @Test func aPermanentRefusalOfMAILFailsEveryRecipient() async throws {
        let normal = Self.normal()
        let peer = try await ScriptedSMTPPeer.start(script: { turn in
            turn.line.starts(with: "MAIL") ? "553 5.1.8 sender domain rejected" : normal(turn)
        })
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["a@peer.test", "b@peer.test"]))
        #expect(outcomes.map(\.recipient) == ["a@peer.test", "b@peer.test"])
        for outcome in outcomes {
            guard case .failed(let failure) = outcome.result else {
                Issue.record("not failed: \(outcome)")
                continue
            }
            #expect(failure.description == "553 5.1.8 sender domain rejected (in reply to MAIL FROM)")
        }
        #expect(!peer.log.lines.contains("DATA"))
    }

    @Test func aServerThatCallsItselfByOurNameIsAMailLoop() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal(ehlo: "250-mx.local.test Hello\r\n250 8BITMIME"))
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["a@peer.test"]))
        guard case .failed(let failure) = outcomes.first?.result else {
            Issue.record("not failed: \(outcomes)")
            return
        }
        #expect(failure.status.description == "5.4.6")
    }

    @Test func withoutPipeliningRecipientsWaitForTheSenderToBeAccepted() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal(ehlo: "250 peer.test"))
        defer { Task { await peer.stop() } }
        let outcomes = await Self.agent(peer).deliver(Self.transaction(["a@peer.test"]))
        #expect(outcomes.map(\.recipient) == ["a@peer.test"])
        #expect(Array(peer.log.lines.prefix(4)) == ["EHLO mx.local.test", "MAIL FROM:<s@sender.example>", "RCPT TO:<a@peer.test>", "DATA"])
    }

    /// The next message reuses the idle connection (RSET, no new greeting); when the peer answers
    /// it with 421 — the code, from the server — a fresh connection carries the message.
    @Test func anIdleConnectionAnswering421IsReplacedNotFailed() async throws {
        let normal = Self.normal()
        let peer = try await ScriptedSMTPPeer.start(script: { turn in
            turn.connection == 1 && turn.index > 1 && turn.line.starts(with: "MAIL") ? "421 4.3.2 shutting down" : normal(turn)
        })
        defer { Task { await peer.stop() } }
        let agent = Self.agent(peer)
        let first = await agent.deliver(Self.transaction(["a@peer.test"]))
        let second = await agent.deliver(Self.transaction(["b@peer.test"]))
        let mta = "127.0.0.1[127.0.0.1]:\(peer.port)"
        #expect(first == [.delivered("a@peer.test", [DeliveryRecord(relay: mta, reply: "250 2.0.0 Ok: queued as 42")])])
        #expect(second == [.delivered("b@peer.test", [DeliveryRecord(relay: mta, reply: "250 2.0.0 Ok: queued as 42")])])
        #expect(peer.log.connections == 2)
        #expect(peer.log.turns.filter { $0.connection == 1 }.map(\.line).contains("RSET"))
    }

    /// Regression: an agent (or pool) going away with an idle connection in its pool crashed the
    /// process (NIO traps when an unfinished channel writer is deinitialised). Found by these tests.
    @Test func anAgentDroppedWithAnIdleConnectionDoesNotCrash() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal())
        defer { Task { await peer.stop() } }
        var agent: RemoteDeliveryAgent? = Self.agent(peer)
        let outcomes = await agent?.deliver(Self.transaction(["a@peer.test"]))
        #expect(outcomes?.count == 1)
        #expect(peer.log.lines.last == "RSET", "the connection is idle in the pool")
        agent = nil
        #expect(agent == nil)
    }

    static func relayHostAgent(_ peer: ScriptedSMTPPeer, tls: TLSPolicy) -> RemoteDeliveryAgent {
        RemoteDeliveryAgent(
            configuration: RemoteDeliveryConfiguration(
                heloName: "mx.local.test", tlsPolicy: .none, relayHostTLSPolicy: tls, relayHostCredentials: ("relay", "s3cret"),
                connectTimeout: .seconds(5), commandTimeout: .seconds(5)),
            router: Router(relayHost: NextHop(host: "127.0.0.1", port: peer.port, skipMX: true)),
            resolver: FakeDNSResolver(), logger: Logger(label: "test"))
    }

    @Test func theRelayHostGetsAuthPlainAndItsRefusalIsTemporary() async throws {
        let ehlo = "250-peer.test\r\n250 AUTH PLAIN LOGIN"
        let normal = Self.normal(ehlo: ehlo)
        let accepting = try await ScriptedSMTPPeer.start(script: { turn in
            turn.line.starts(with: "AUTH PLAIN ") ? "235 2.7.0 Authentication successful" : normal(turn)
        })
        defer { Task { await accepting.stop() } }
        let delivered = await Self.relayHostAgent(accepting, tls: .none).deliver(Self.transaction(["a@peer.test"]))
        #expect(delivered.map(\.recipient) == ["a@peer.test"])
        guard case .delivered = delivered.first?.result else {
            Issue.record("not delivered: \(delivered)")
            return
        }
        #expect(accepting.log.lines.contains("AUTH PLAIN AHJlbGF5AHMzY3JldA=="))

        let refusing = try await ScriptedSMTPPeer.start(script: { turn in
            turn.line.starts(with: "AUTH PLAIN ") ? "535 5.7.8 Authentication credentials invalid" : normal(turn)
        })
        defer { Task { await refusing.stop() } }
        let refused = await Self.relayHostAgent(refusing, tls: .none).deliver(Self.transaction(["a@peer.test"]))
        guard case .deferred(let failure) = refused.first?.result else {
            Issue.record("not deferred: \(refused)")
            return
        }
        #expect(failure.description == "535 5.7.8 Authentication credentials invalid (AUTH to relay host)")
        #expect(!refusing.log.lines.contains { $0.starts(with: "MAIL") })
    }

    @Test func requiredTLSThatIsNotOfferedDefersAndSendsNoCredentials() async throws {
        let peer = try await ScriptedSMTPPeer.start(script: Self.normal(ehlo: "250-peer.test\r\n250 AUTH PLAIN"))
        defer { Task { await peer.stop() } }
        let outcomes = await Self.relayHostAgent(peer, tls: .require).deliver(Self.transaction(["a@peer.test"]))
        guard case .deferred(let failure) = outcomes.first?.result else {
            Issue.record("not deferred: \(outcomes)")
            return
        }
        #expect(failure.status.description == "4.7.5")
        #expect(!peer.log.lines.contains { $0.starts(with: "AUTH") })

        let may = try await ScriptedSMTPPeer.start(script: Self.normal(ehlo: "250-peer.test\r\n250 AUTH PLAIN"))
        defer { Task { await may.stop() } }
        let plaintext = await Self.relayHostAgent(may, tls: .may).deliver(Self.transaction(["a@peer.test"]))
        guard case .deferred(let withoutTLS) = plaintext.first?.result else {
            Issue.record("not deferred: \(plaintext)")
            return
        }
        #expect(withoutTLS.description == "451 4.7.0 not sending relay host credentials without TLS")
        #expect(!may.log.lines.contains { $0.starts(with: "AUTH") })
    }
}
