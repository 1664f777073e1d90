import ArgumentParser
import HaetaeApp

/// `haetae sendmail` — the sendmail-compatible entry point for local programs (PHP's mail(),
/// cron). Also runs when the binary is invoked as `sendmail`.
struct SendmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sendmail",
        abstract: "Queue a message from standard input (sendmail-compatible: -t -f -F -i -oi, recipients as arguments).",
        discussion: "Exit codes follow sysexits.h: 64 usage, 65 bad data, 73 cannot write the queue, 75 try later.")

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    func run() async throws { try finish(await Operations.sendmail(arguments: arguments)) }
}

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the mail server (MX, submission, submissions, IMAP, IMAPS, POP3, POP3S).")

    @OptionGroup var data: DataOption
    @Option(help: "Host name for the greeting, Received: and the self-signed certificate.") var hostname: String?
    @Option(name: .customLong("listen-mx"), help: "MX listener ADDR:PORT (or off).") var listenMX: String?
    @Option(name: .customLong("listen-submission"), help: "Submission (STARTTLS) listener ADDR:PORT (or off).")
    var listenSubmission: String?
    @Option(name: .customLong("listen-submissions"), help: "Submissions (implicit TLS) listener ADDR:PORT (or off).")
    var listenSubmissions: String?
    @Option(name: .customLong("listen-admin"), help: "Web console and /metrics ADDR:PORT (or off).") var listenAdmin: String?
    @Option(name: .customLong("listen-imap"), help: "IMAP (STARTTLS) listener ADDR:PORT (or off).") var listenIMAP: String?
    @Option(name: .customLong("listen-imaps"), help: "IMAP over TLS listener ADDR:PORT (or off).") var listenIMAPS: String?
    @Option(name: .customLong("listen-pop3"), help: "POP3 (STLS) listener ADDR:PORT (or off).") var listenPOP3: String?
    @Option(name: .customLong("listen-pop3s"), help: "POP3 over TLS listener ADDR:PORT (or off).") var listenPOP3S: String?
    @Option(name: .customLong("set"), help: "Override a configuration key for this run: KEY=VALUE (repeatable).")
    var overrides: [String] = []

    func run() async throws {
        var request = ServeRequest()
        request.hostname = hostname
        request.listenMX = listenMX
        request.listenSubmission = listenSubmission
        request.listenSubmissions = listenSubmissions
        request.listenAdmin = listenAdmin
        request.listenIMAP = listenIMAP
        request.listenIMAPS = listenIMAPS
        request.listenPOP3 = listenPOP3
        request.listenPOP3S = listenPOP3S
        request.overrides = overrides
        try await data.operations.serve(request)
    }
}
