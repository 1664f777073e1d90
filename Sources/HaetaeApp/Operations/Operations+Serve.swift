import Foundation
import HaetaeAdmin
import Logging
import Metrics
import Prometheus

/// What `haetae serve` was started with, besides `--data` and `--config`.
public struct ServeRequest: Sendable {
    public var hostname: String?
    public var listenMX: String?
    public var listenSubmission: String?
    public var listenSubmissions: String?
    public var listenAdmin: String?
    public var listenIMAP: String?
    public var listenIMAPS: String?
    public var listenPOP3: String?
    public var listenPOP3S: String?
    /// `--set KEY=VALUE`, applied after the flags.
    public var overrides: [String] = []

    public init() {}
}

/// Runs the mail server until SIGTERM/SIGINT.
extension Operations {
    public func serve(_ request: ServeRequest) async throws {
        let (hostname, listenMX, listenSubmission, listenSubmissions, listenAdmin, overrides) = (
            request.hostname, request.listenMX, request.listenSubmission, request.listenSubmissions, request.listenAdmin, request.overrides)
        let base = HaetaeConfiguration.systemDefaults()
        var flagOverrides: [String] = []
        if let hostname { flagOverrides.append("hostname=\(hostname)") }
        if let listenMX { flagOverrides.append("listen.mx=\(listenMX)") }
        if let listenSubmission { flagOverrides.append("listen.submission=\(listenSubmission)") }
        if let listenSubmissions { flagOverrides.append("listen.submissions=\(listenSubmissions)") }
        if let listenAdmin { flagOverrides.append("listen.admin=\(listenAdmin)") }
        if let listen = request.listenIMAP { flagOverrides.append("listen.imap=\(listen)") }
        if let listen = request.listenIMAPS { flagOverrides.append("listen.imaps=\(listen)") }
        if let listen = request.listenPOP3 { flagOverrides.append("listen.pop3=\(listen)") }
        if let listen = request.listenPOP3S { flagOverrides.append("listen.pop3s=\(listen)") }
        let configuration: HaetaeConfiguration
        do {
            // Order: defaults < file < flags < --set.
            configuration = try ConfigurationLoader.load(
                file: configurationFile ?? (try? directory())?.rememberedConfigurationFile, overrides: flagOverrides + overrides, base: base)
        } catch {
            throw OperationError("\(error)")
        }
        let level = Logger.Level(rawValue: configuration.log.level) ?? .info
        let logFile = configuration.log.file
        let handler = KeyValueLogHandler(
            level: level, file: logFile, syslogSocket: configuration.log.syslog ? configuration.log.syslogSocket : nil,
            hostname: configuration.hostname)
        LoggingSystem.bootstrap { _ in KeyValueLogHandler(sharing: handler, level: level) }
        if configuration.log.syslog && !handler.syslogConnected {
            errorOutput("haetae: cannot reach the syslog socket \(configuration.log.syslogSocket); logging to standard output only")
        }
        var logger = Logger(label: "haetae")
        logger.logLevel = level

        let directoryPath = try directory()
        if let file = configurationFile { try directoryPath.rememberConfigurationFile(file) }
        try directoryPath.rememberOverrides(flagOverrides + overrides)
        let store = try directoryPath.openDirectory(bcryptCost: configuration.auth.bcryptCost)
        if let created = try DataDirectory.bootstrap(store, hostname: configuration.hostname) {
            say("haetae: first start in \(directoryPath.root)")
            say("haetae: created domain \(created.domain) and account \(created.address)")
            say("haetae: postmaster password (shown once): \(created.password)")
        }
        // swift-metrics → Prometheus text at the console's /metrics (bootstrapped once per process).
        let registry = PrometheusCollectorRegistry()
        let stats = StatsCollector()
        MetricsSystem.bootstrap(MultiplexMetricsHandler(factories: [PrometheusMetricsFactory(registry: registry), stats]))
        let server = HaetaeServer(
            configuration: configuration, data: directoryPath, logger: logger, metrics: registry, stats: stats,
            onListening: { kind, address in
                say("haetae: listening \(kind.rawValue) on \(address)")
                fflush(nil)  // scripts and tests wait for this line
            },
            onAdminListening: { address in
                say("haetae: console on http\(AdminListener.isLoopback(address.split(separator: ":").first.map(String.init) ?? "") ? "" : "s")://\(address)/ (create an administrator with `haetae admin add NAME --password-stdin`)")
                fflush(nil)
            })
        try await server.run()
    }
}
