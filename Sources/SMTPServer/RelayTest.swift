import SMTPClient
/// One classic way of tricking a server into relaying (RFC 2505, the KISA relay guide, the
/// tricks that relay testers have used since the 1990s).
public struct RelayTrick: Sendable, Hashable {
    public var name: String
    public var helo: String
    public var mailFrom: String
    /// The RCPT TO argument exactly as sent (with or without brackets).
    public var rcptTo: String
    public var mailParameters: String = ""
}

/// The outcome of one trick against a server.
public struct RelayTrickResult: Sendable {
    public enum Verdict: String, Sendable {
        /// RCPT was accepted for an address outside the server's domain: it relays.
        case relayed = "RELAYED"
        case refused = "refused"
        /// 4xx: not accepted now; not a relay, but not a clear refusal either.
        case deferred = "deferred"
        case error = "error"
    }

    public var trick: RelayTrick
    public var reply: String
    public var verdict: Verdict
}

/// Builds the battery for a server whose own domain is `local`, trying to reach `target` (a
/// domain outside it; `example.net` by default, which no one can deliver to).
public enum RelayTestBattery {
    public static func tricks(local: String, serverIP: String, from: String, target: String) -> [RelayTrick] {
        let victim = "relaytest"
        let helo = "relaytest.\(from)"
        return [
            RelayTrick(name: "plain relay", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "null sender", helo: helo, mailFrom: "<>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "spoofed local sender", helo: helo, mailFrom: "<postmaster@\(local)>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "HELO as the server itself", helo: local, mailFrom: "<postmaster@\(local)>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "HELO as its address literal", helo: "[\(serverIP)]", mailFrom: "<tester@\(local)>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "sender equals recipient", helo: helo, mailFrom: "<\(victim)@\(target)>", rcptTo: "<\(victim)@\(target)>"),
            RelayTrick(name: "percent hack", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)%\(target)@\(local)>"),
            RelayTrick(name: "bang path", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(target)!\(victim)@\(local)>"),
            RelayTrick(name: "bang path, no domain", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(target)!\(victim)>"),
            RelayTrick(name: "source route", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<@\(local):\(victim)@\(target)>"),
            RelayTrick(name: "source route, two hops", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<@\(local),@\(target):\(victim)@\(target)>"),
            RelayTrick(name: "quoted local part with @", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\"\(victim)@\(target)\"@\(local)>"),
            RelayTrick(name: "quoted local part with %", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\"\(victim)%\(target)\"@\(local)>"),
            RelayTrick(name: "quoted whole address", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\"\(victim)@\(target)\">"),
            RelayTrick(name: "double @", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@\(target)@\(local)>"),
            RelayTrick(name: "percent hack to server literal", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)%\(target)@[\(serverIP)]>"),
            RelayTrick(name: "foreign address literal", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@[192.0.2.1]>"),
            RelayTrick(name: "trailing dot", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@\(target).>"),
            RelayTrick(name: "upper case domain", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim.uppercased())@\(target.uppercased())>"),
            RelayTrick(name: "no angle brackets", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "\(victim)@\(target)"),
            RelayTrick(name: "space before path", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: " <\(victim)@\(target)>"),
            RelayTrick(name: "postmaster elsewhere", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<postmaster@\(target)>"),
            RelayTrick(name: "percent and bang", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(target)!\(victim)%\(local)@\(local)>"),
            RelayTrick(name: "subdomain lookalike", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@\(local).\(target)>"),
            RelayTrick(name: "SMTPUTF8 internationalised domain", helo: helo, mailFrom: "<tester@\(from)>", rcptTo: "<\(victim)@릴레이.\(target)>", mailParameters: " SMTPUTF8"),
        ]
    }

    public static func verdict(rcptCode: Int) -> RelayTrickResult.Verdict {
        switch rcptCode {
        case 200..<300: return .relayed
        case 400..<500: return .deferred
        default: return .refused
        }
    }

    /// Runs every trick on its own connection (so that error limits do not hide anything).
    /// RCPT is the test; the transaction is reset and no DATA is ever sent.
    static func attempt(_ trick: RelayTrick, on connection: SMTPClientConnection) async throws -> RelayTrickResult {
        let greeting = try await connection.readReply()
        guard greeting.code == 220 else {
            return RelayTrickResult(trick: trick, reply: "greeting \(greeting)", verdict: .refused)
        }
        _ = try await connection.command("EHLO \(trick.helo)")
        let mail = try await connection.command("MAIL FROM:\(trick.mailFrom)\(trick.mailParameters)")
        guard mail.isPositive else {
            _ = try? await connection.command("QUIT")
            return RelayTrickResult(
                trick: trick, reply: "MAIL \(mail)", verdict: verdict(rcptCode: mail.code) == .deferred ? .deferred : .refused)
        }
        let rcpt = try await connection.command("RCPT TO:\(trick.rcptTo)")
        _ = try? await connection.command("RSET")
        _ = try? await connection.command("QUIT")
        return RelayTrickResult(trick: trick, reply: "\(rcpt)", verdict: verdict(rcptCode: rcpt.code))
    }

    public static func run(host: String, port: Int, tricks: [RelayTrick], timeout: Duration = .seconds(15)) async -> [RelayTrickResult] {
        var results: [RelayTrickResult] = []
        for trick in tricks {
            do {
                let connection = try await SMTPClientConnection.connect(host: host, port: port, timeout: timeout)
                results.append(try await attempt(trick, on: connection))
                await connection.close()
            } catch {
                results.append(RelayTrickResult(trick: trick, reply: "\(error)", verdict: .error))
            }
        }
        return results
    }
}
