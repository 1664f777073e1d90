import Foundation
import MailCore
import SMTPClient
import SMTPServer

/// What `haetae relaytest` tries.
public struct RelayTestRequest: Sendable {
    /// HOST[:PORT] (port 25 by default; [IPv6]:PORT for IPv6).
    public var target: String
    /// The sender domain used for outside senders.
    public var fromDomain = "example.org"
    /// The outside domain the tricks try to reach.
    public var toDomain = "example.net"
    /// The server's own domain (default: the name in its greeting).
    public var localDomain: String?
    /// Seconds to wait for each reply.
    public var timeout = 15

    public init(target: String) { self.target = target }
}

/// Tests any SMTP server for open relaying with the classic tricks (RCPT TO only; nothing is sent).
extension Operations {
    /// Status 1 when anything relayed, 2 when every trick ended in an error.
    public func relayTest(_ request: RelayTestRequest) async throws -> ExitStatus {
        let (target, fromDomain, toDomain, localDomain, timeout) = (request.target, request.fromDomain, request.toDomain, request.localDomain, request.timeout)
        guard let endpoint = HostAndPort.parse(target, defaultPort: 25) else { throw OperationError("bad target \(target): HOST, HOST:PORT or [IPv6]:PORT") }
        let (host, port) = (endpoint.host, endpoint.port)
        var local = localDomain
        if local == nil {
            let connection = try await SMTPClientConnection.connect(host: host, port: port, timeout: .seconds(timeout))
            let greeting = try await connection.readReply()
            _ = try? await connection.command("QUIT")
            await connection.close()
            local = greeting.lines.first?.split(separator: " ").first.map(String.init)
        }
        let serverDomain = local ?? host
        let tricks = RelayTestBattery.tricks(local: serverDomain, serverIP: host, from: fromDomain, target: toDomain)
        say("relay test of \(host):\(port) (server domain \(serverDomain), trying to reach \(toDomain))")
        let results = await RelayTestBattery.run(host: host, port: port, tricks: tricks, timeout: .seconds(timeout))
        let nameWidth = max(5, results.map(\.trick.name.count).max() ?? 5)
        say("#   " + "trick".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  verdict   RCPT TO / reply")
        for (index, result) in results.enumerated() {
            let number = String(index + 1).padding(toLength: 3, withPad: " ", startingAt: 0)
            let name = result.trick.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let verdict = result.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            say("\(number) \(name)  \(verdict) \(result.trick.rcptTo)  →  \(result.reply)")
        }
        let relayed = results.filter { $0.verdict == .relayed }.count
        let errors = results.filter { $0.verdict == .error }.count
        say("\(results.count) tricks: \(relayed) relayed, \(results.count - relayed - errors) refused or deferred, \(errors) errors")
        if relayed > 0 {
            say("OPEN RELAY: \(relayed) trick(s) were accepted")
            return 1
        }
        return errors == results.count ? 2 : 0
    }
}
