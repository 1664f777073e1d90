import ArgumentParser
import HaetaeAdmin
import Metrics
import Prometheus
import Foundation
import HaetaeApp
import Logging
import SMTPProtocol
import ServiceLifecycle

struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve", abstract: "Run the mail server (MX, submission, submissions).")

    @OptionGroup var data: DataOption
    @Option(help: "Host name for the greeting, Received: and the self-signed certificate.") var hostname: String?
    @Option(name: .customLong("listen-mx"), help: "MX listener ADDR:PORT (or off).") var listenMX: String?
    @Option(name: .customLong("listen-submission"), help: "Submission (STARTTLS) listener ADDR:PORT (or off).")
    var listenSubmission: String?
    @Option(name: .customLong("listen-submissions"), help: "Submissions (implicit TLS) listener ADDR:PORT (or off).")
    var listenSubmissions: String?
    @Option(name: .customLong("listen-admin"), help: "Web console and /metrics ADDR:PORT (or off).") var listenAdmin: String?
    @Option(name: .customLong("set"), help: "Override a configuration key for this run: KEY=VALUE (repeatable).")
    var overrides: [String] = []

    func run() async throws {
        let base = HaetaeConfiguration.defaults(isRoot: geteuid() == 0, systemHostname: systemHostname())
        var flagOverrides: [String] = []
        if let hostname { flagOverrides.append("hostname=\(hostname)") }
        if let listenMX { flagOverrides.append("listen.mx=\(listenMX)") }
        if let listenSubmission { flagOverrides.append("listen.submission=\(listenSubmission)") }
        if let listenSubmissions { flagOverrides.append("listen.submissions=\(listenSubmissions)") }
        if let listenAdmin { flagOverrides.append("listen.admin=\(listenAdmin)") }
        let configuration: HaetaeConfiguration
        do {
            // Order: defaults < file < flags < --set.
            configuration = try ConfigurationLoader.load(
                file: data.config ?? (try? data.open())?.rememberedConfigurationFile, overrides: flagOverrides + overrides, base: base)
        } catch {
            throw CLIError("\(error)")
        }
        let level = Logger.Level(rawValue: configuration.logLevel) ?? .info
        let logFile = configuration.logFile
        let handler = KeyValueLogHandler(
            level: level, file: logFile, syslogSocket: configuration.logSyslog ? configuration.logSyslogSocket : nil,
            hostname: configuration.hostname)
        LoggingSystem.bootstrap { _ in KeyValueLogHandler(sharing: handler, level: level) }
        if configuration.logSyslog && !handler.syslogConnected {
            FileHandle.standardError.write(Data("haetae: cannot reach the syslog socket \(configuration.logSyslogSocket); logging to standard output only\n".utf8))
        }
        var logger = Logger(label: "haetae")
        logger.logLevel = level

        let directoryPath = try data.open()
        if let file = data.config { try directoryPath.rememberConfigurationFile(file) }
        try directoryPath.rememberOverrides(flagOverrides + overrides)
        let store = try directoryPath.openDirectory(bcryptCost: configuration.bcryptCost)
        if let created = try DataDirectory.bootstrap(store, hostname: configuration.hostname) {
            print("haetae: first start in \(directoryPath.root)")
            print("haetae: created domain \(created.domain) and account \(created.address)")
            print("haetae: postmaster password (shown once): \(created.password)")
        }
        // swift-metrics → Prometheus text at the console's /metrics (bootstrapped once per process).
        let registry = PrometheusCollectorRegistry()
        let stats = StatsCollector()
        MetricsSystem.bootstrap(MultiplexMetricsHandler(factories: [PrometheusMetricsFactory(registry: registry), stats]))
        let server = HaetaeServer(
            configuration: configuration, data: directoryPath, logger: logger, metrics: registry, stats: stats,
            onListening: { kind, address in
                print("haetae: listening \(kind.rawValue) on \(address)")
                fflush(nil)
            },
            onAdminListening: { address in
                print("haetae: console on http\(AdminListener.isLoopback(address.split(separator: ":").first.map(String.init) ?? "") ? "" : "s")://\(address)/ (create an administrator with `haetae admin add NAME --password-stdin`)")
                fflush(nil)
            })
        try await server.run()
    }
}

func systemHostname() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
    let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "localhost" : name.lowercased()
}
