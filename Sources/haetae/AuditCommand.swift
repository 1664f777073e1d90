import ArgumentParser
import HaetaeApp

struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Rank accounts by suspicion from Haetae's event log (files, or standard input).",
        discussion: """
            Reads the key=value log lines (log.file, or the server's standard output), joins them by \
            session and replays them through the compromised-account detector. Columns: peak detector \
            score, successful and failed AUTH, distinct source addresses, messages, accepted and refused \
            recipients, distinct recipient domains, first and last seen.
            """)

    @Argument(help: "Log files (standard input when none).") var files: [String] = []
    @Flag(help: "JSON output.") var json = false
    @Option(help: "Only lines at or after this time (ISO 8601, e.g. 2026-11-23T00:00:00Z).") var since: String?
    @Option(help: "Only lines before this time (ISO 8601).") var until: String?
    @Option(help: "Show at most this many accounts.") var limit = 50

    func run() throws {
        var request = AuditRequest()
        request.files = files
        request.json = json
        request.since = since
        request.until = until
        request.limit = limit
        try Operations(data: nil, configurationFile: nil).audit(request)
    }
}

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
        var request = RelayTestRequest(target: target)
        request.fromDomain = fromDomain
        request.toDomain = toDomain
        request.localDomain = localDomain
        request.timeout = timeout
        try finish(await Operations(data: nil, configurationFile: nil).relayTest(request))
    }
}
