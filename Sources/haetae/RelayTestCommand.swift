import ArgumentParser
import Foundation
import SMTPServer
import SMTPClient

struct RelayTestCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relaytest",
        abstract: "Test any SMTP server for open relaying with 25 classic tricks; exit 1 if anything relayed.",
        discussion: """
            Only RCPT TO is tried: every transaction is reset before DATA, so nothing is ever sent. \
            Test your relay before you ask to be de-listed.
            """)

    @Argument(help: "HOST[:PORT] (port 25 by default; [IPv6]:PORT for IPv6).") var target: String
    @Option(help: "The sender domain to use for outside senders.") var fromDomain: String = "example.org"
    @Option(help: "The outside domain the tricks try to reach.") var toDomain: String = "example.net"
    @Option(help: "The server's own domain (default: the name in its greeting).") var localDomain: String?
    @Option(help: "Seconds to wait for each reply.") var timeout: Int = 15

    func run() async throws {
        var host = target
        var port = 25
        if target.hasPrefix("["), let close = target.firstIndex(of: "]") {
            host = String(target[target.index(after: target.startIndex)..<close])
            let rest = target[target.index(after: close)...]
            if rest.hasPrefix(":"), let value = Int(rest.dropFirst()) { port = value }
        } else if let colon = target.lastIndex(of: ":"), target.filter({ $0 == ":" }).count == 1 {
            host = String(target[..<colon])
            guard let value = Int(target[target.index(after: colon)...]) else { throw CLIError("bad port in \(target)") }
            port = value
        }
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
        print("relay test of \(host):\(port) (server domain \(serverDomain), trying to reach \(toDomain))")
        let results = await RelayTestBattery.run(host: host, port: port, tricks: tricks, timeout: .seconds(timeout))
        let nameWidth = max(5, results.map(\.trick.name.count).max() ?? 5)
        print("#   " + "trick".padding(toLength: nameWidth, withPad: " ", startingAt: 0) + "  verdict   RCPT TO / reply")
        for (index, result) in results.enumerated() {
            let number = String(index + 1).padding(toLength: 3, withPad: " ", startingAt: 0)
            let name = result.trick.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
            let verdict = result.verdict.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
            print("\(number) \(name)  \(verdict) \(result.trick.rcptTo)  →  \(result.reply)")
        }
        let relayed = results.filter { $0.verdict == .relayed }.count
        let errors = results.filter { $0.verdict == .error }.count
        print("\(results.count) tricks: \(relayed) relayed, \(results.count - relayed - errors) refused or deferred, \(errors) errors")
        if relayed > 0 {
            print("OPEN RELAY: \(relayed) trick(s) were accepted")
            throw ExitCode(1)
        }
        if errors == results.count { throw ExitCode(2) }
    }
}
