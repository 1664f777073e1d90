import HaetaeEvents
import MailCore
import Foundation
import DNSClient
import HaetaeAdmin
import HaetaeDelivery
import HaetaePolicy
import HaetaeQueue
import HaetaeScan
import IMAPServer
import SMTPServer
import HaetaeStore
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import Prometheus
import SMTPProtocol
import ServiceLifecycle

/// The whole server as one service: opens the data directory, recovers the queue, binds the
/// listeners, runs delivery, and on SIGTERM stops accepting, lets sessions finish (bounded),
/// and exits.
public struct HaetaeServer: Sendable {
    public let configuration: HaetaeConfiguration
    public let data: DataDirectory
    public let logger: Logger
    /// Called with each bound listener's role and address (the CLI prints them).
    public let onListening: @Sendable (ListenerKind, String) -> Void
    /// Where `/metrics` reads from (the process bootstraps swift-metrics with it); nil: no metrics.
    public let metrics: PrometheusCollectorRegistry?
    /// Counts the same events into the database's statistics (nil: none kept).
    public let stats: StatsCollector?
    /// Called with the console's bound address.
    public let onAdminListening: @Sendable (String) -> Void

    public init(
        configuration: HaetaeConfiguration, data: DataDirectory, logger: Logger, metrics: PrometheusCollectorRegistry? = nil,
        stats: StatsCollector? = nil,
        onListening: @escaping @Sendable (ListenerKind, String) -> Void = { _, _ in },
        onAdminListening: @escaping @Sendable (String) -> Void = { _ in }
    ) {
        self.metrics = metrics
        self.stats = stats
        self.onAdminListening = onAdminListening
        self.configuration = configuration
        self.data = data
        self.logger = logger
        self.onListening = onListening
    }

    public static func makeTLSContext(certificatePath: String, keyPath: String) throws -> NIOSSLContext {
        let chain = try NIOSSLCertificate.fromPEMFile(certificatePath).map { NIOSSLCertificateSource.certificate($0) }
        let key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
        var tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
        tls.minimumTLSVersion = .tlsv12
        return try NIOSSLContext(configuration: tls)
    }

    func loadTLS() throws -> (context: NIOSSLContext, certificatePath: String, keyPath: String) {
        if !configuration.tls.certificate.isEmpty {
            guard !configuration.tls.key.isEmpty else {
                throw ConfigurationError.badValue(key: "tls.key", value: "", expected: "a key file with tls.certificate")
            }
            logger.record(.tlsCertificate, ["source": "config", "path": "\(configuration.tls.certificate)"])
            return (try Self.makeTLSContext(certificatePath: configuration.tls.certificate, keyPath: configuration.tls.key),
                    configuration.tls.certificate, configuration.tls.key)
        }
        let material = try SelfSignedCertificate.ensure(in: data.tlsPath, hostname: configuration.hostname)
        logger.info(
            "\(MailEvent.tlsCertificate) source=\(material.generated ? "generated" : "self-signed") path=\(material.certificatePath) sha256=\(material.sha256Fingerprint)")
        return (try Self.makeTLSContext(certificatePath: material.certificatePath, keyPath: material.keyPath),
                material.certificatePath, material.keyPath)
    }

    /// The quarantine digest: what was quarantined since the last one, when there is anything.
    static func digestJob(
        quarantine: QuarantineStore, store: any HaetaeDataStore, runner: QueueRunner, configuration: ScanConfiguration,
        hostname: String, logger: Logger
    ) -> PeriodicJob {
        PeriodicJob(interval: configuration.digestInterval, setting: "quarantine_digest_at", store: store) { last in
            let now = Date()
            let records = quarantine.list().filter { $0.arrivedAt > last && $0.arrivedAt <= now }
            for mail in QuarantineDigest.mails(records, audience: configuration.digest, hostname: hostname) {
                await runner.sendNotice(to: mail.to, subject: mail.subject, body: mail.body)
            }
            if !records.isEmpty { logger.record(.quarantineDigest, ["messages": "\(records.count)"]) }
        }
    }

    /// Runs the server: every part as a service of one group that SIGTERM/SIGINT shuts down in
    /// reverse order (listeners first, the queue manager last).
    public func run() async throws {
        let group = ServiceGroup(configuration: .init(
            services: try await services(), gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
        logger.record(.shutdown, ["phase": "done"])
    }

    /// Opens the data directory, recovers the queue, binds the listeners and returns the
    /// services, in start order.
    public func services() async throws -> [ServiceGroupConfiguration.ServiceConfiguration] {
        let directory = try data.openDirectory(bcryptCost: configuration.auth.bcryptCost)
        let spool = try data.openSpool()
        let recovery = try spool.recover()
        logger.info(
            "\(MailEvent.queueRecovered) queued=\(recovery.queued.count) removed_partial=\(recovery.removedPartial) corrupt=\(recovery.corrupt.count)")
        let (tls, certificatePath, keyPath) = try loadTLS()


        let smtpConfiguration = configuration.smtp.serverConfiguration(hostname: configuration.hostname)
        let limiter = ConnectionLimiter(
            maxTotal: configuration.smtp.maxConnections, maxPerAddress: configuration.smtp.maxConnectionsPerIP)
        let postmasterDomain = DomainName.normalize(configuration.hostname) ?? configuration.hostname
        let resolver = NIODNSResolver(
            servers: try NIODNSResolver.servers(from: configuration.dns.nameservers),
            timeout: .seconds(configuration.dns.timeoutSeconds))
        let dnsbl = DNSBLChecker(
            resolver: resolver, zones: configuration.dnsbl.zones.compactMap(DNSBLZone.init),
            threshold: configuration.dnsbl.threshold, domainZones: configuration.dnsbl.domainZones)
        if dnsbl.isEnabled || !dnsbl.domainZones.isEmpty {
            logger.record(.dnsblEnabled, ["zones": "\(configuration.dnsbl.zones.joined(separator: ","))", "threshold": "\(configuration.dnsbl.threshold)", "domain_zones": "\(configuration.dnsbl.domainZones.joined(separator: ","))", "nameservers": "\(resolver.servers.map { "\($0)" }.joined(separator: ","))"])
        }
        let router = try configuration.router()
        let remote = RemoteDeliveryAgent(
            configuration: configuration.remoteDelivery(),
            router: router, resolver: resolver, logger: logger)
        let runner = QueueRunner(
            spool: spool, directory: directory,
            maildir: MaildirWriter(root: data.mailPath, hostname: configuration.hostname), remote: remote,
            configuration: .init(
                hostname: configuration.hostname, scanInterval: .seconds(configuration.queue.scanIntervalSeconds),
                concurrency: configuration.queue.deliveryConcurrency,
                retry: RetryPolicy(
                    base: TimeInterval(configuration.queue.retryBase), maximum: TimeInterval(configuration.queue.retryMax),
                    lifetime: TimeInterval(configuration.queue.maxLifetime)),
                delayWarning: configuration.queue.delayWarning > 0 ? TimeInterval(configuration.queue.delayWarning) : nil,
                postmaster: "postmaster@\(postmasterDomain)", gatewayDomains: Set(router.gatewayBackends.keys)),
            logger: logger)
        let gatewayDomains = Set(router.gatewayBackends.keys)
        if !gatewayDomains.isEmpty {
            logger.record(.gateway, ["domains": "\(router.gatewayBackends.map { "\($0.key)->\($0.value)" }.sorted().joined(separator: ","))"])
        }
        let postmaster = "postmaster@\(postmasterDomain)"
        let protection = try ProtectionMonitor(
            store: directory, configuration: configuration.protection,
            actions: ProtectionActions(
                holdAccountMail: { account in
                    await runner.hold(where: { $0.authenticatedUser == account && $0.listener != "notice" })
                },
                alert: { subject, body in await runner.sendNotice(to: postmaster, subject: subject, body: body) },
                topSenders: { await RemoteBacklog.summarize(spool.list().messages, directory: directory).topLines() }),
            logger: logger)
        logger.record(.protection, ["queue_threshold": "\(configuration.protection.queueThreshold)", "detect": "\(configuration.protection.detectionEnabled)", "account_limits": "\(configuration.protection.accountLimits.text)", "ip_limits": "\(configuration.protection.clientLimits.text)", "lockout": "\(configuration.protection.lockout.failures)/\(Int(configuration.protection.lockout.window))s"])
        var policyBuilder = SMTPPolicy(
            directory: directory, access: AccessMapCache(source: directory),
            trustedNetworks: try configuration.parsedTrustedNetworks(), primaryDomain: postmasterDomain, dnsbl: dnsbl,
            gatewayDomains: gatewayDomains, protection: protection, dnsblZones: DNSBLZoneSource(store: directory, base: dnsbl))
        if !configuration.gateway.recipients.isEmpty {
            policyBuilder.gatewayRecipients = try GatewayRecipients(path: configuration.gateway.recipients)
            logger.record(.gatewayRecipients, ["file": "\(configuration.gateway.recipients)"])
        } else if !gatewayDomains.isEmpty {
            logger.record(.gatewayRecipients, level: .warning, [
                "file": "none",
                "warning": "every local part of the gateway domains is accepted; set gateway.recipients to refuse unknown users in the session",
            ])
        }
        let policy = policyBuilder
        if !configuration.trustedNetworks.isEmpty {
            logger.record(.trustedNetworks, ["networks": "\(configuration.trustedNetworks.joined(separator: ","))"])
        }
        var digest: PeriodicJob?
        let intake = MessageIntake(spool: spool, hostname: configuration.hostname)
        intake.onQueued { id, recipients in await runner.enqueue(id, recipients: recipients) }
        var scanService: ScanService?
        var scanDomains: Set<String>?
        var quarantineStore: QuarantineStore?
        if configuration.scan.enabled {
            let scanner = try ScanService(
                configuration: configuration.scan, store: directory, filter: FilterFiles(directory: data.filterPath), logger: logger)
            let scope: Set<String>? = !configuration.scan.domains.isEmpty
                ? Set(configuration.scan.domains) : (gatewayDomains.isEmpty ? nil : gatewayDomains)
            let quarantine = try QuarantineStore(root: data.quarantinePath)
            (scanService, scanDomains, quarantineStore) = (scanner, scope, quarantine)
            if configuration.scan.digest != .off {
                digest = Self.digestJob(
                    quarantine: quarantine, store: directory, runner: runner, configuration: configuration.scan,
                    hostname: configuration.hostname, logger: logger)
            }
            logger.record(.scanEnabled, ["model": "\(scanner.modelSource)", "clamd": "\(configuration.scan.clamd.isEmpty ? "off" : configuration.scan.clamd)", "domains": "\(scope.map { $0.sorted().joined(separator: ",") } ?? "all")", "spam_threshold": "\(configuration.scan.thresholds.spam)", "parallelism": "\(scanner.parallelism)", "budget": "\(configuration.scan.budget)s"])
        }
        let pipeline = InboundPipeline(
            intake: intake, stage: InboundPipeline.stage(scan: scanService, scanDomains: scanDomains, protection: protection, logger: logger),
            quarantine: quarantineStore, logger: logger)
        var services = SMTPServices(
            configuration: smtpConfiguration, policy: policy, spool: spool,
            receiver: pipeline, limiter: limiter, logger: logger)

        let group = MultiThreadedEventLoopGroup.singleton
        var listeners: [SMTPListener] = []
        let endpoints: [(ListenerKind, String)] = [
            (.mx, configuration.listen.mx), (.submission, configuration.listen.submission),
            (.submissions, configuration.listen.submissions),
        ]
        do {
            for (kind, endpoint) in endpoints where !endpoint.isEmpty {
                let address = try ListenAddress.parse(endpoint)
                let listener = try await SMTPListener.bind(
                    kind: kind, host: address.host, port: address.port, services: services, tlsContext: tls,
                    group: group)
                listeners.append(listener)
                let bound = listener.localAddress.map { "\($0.ipAddress ?? address.host):\($0.port ?? address.port)" } ?? endpoint
                logger.record(.listening, ["listener": "\(kind.rawValue)", "address": "\(bound)"])
                onListening(kind, bound)
            }
        } catch {
            for listener in listeners { await listener.close() }
            throw error
        }

        let imapLimiter = ConnectionLimiter(maxTotal: configuration.imap.maxConnections, maxPerAddress: configuration.imap.maxConnectionsPerIP)
        let imapListeners: [MailAccessListener]
        do {
            imapListeners = try await bindIMAP(policy: policy, limiter: imapLimiter, tls: tls, group: group)
        } catch {
            for listener in listeners { await listener.close() }
            throw error
        }

        var parts: [ServiceGroupConfiguration.ServiceConfiguration] = []
        func add(_ service: any Service) { parts.append(.init(service: service)) }

        // The queue manager, with the control socket the CLI and the console ask it through.
        await runner.scheduleDue(force: false)
        let control: QueueControlListener?
        do {
            control = try QueueControlListener(spoolRoot: spool.root) { request in
                Task {
                    switch request {
                    case .protectionChanged: await protection.poll()
                    default: await runner.handle(request)
                    }
                }
            }
        } catch {
            logger.record(.queueControlError, level: .error, [
                "error": "\(error)", "fallback": "queue scan every \(configuration.queue.scanIntervalSeconds) s",
            ])
            control = nil
        }
        add(TaskService(name: "queue-manager") {
            await runner.run()
            control?.close()
        })
        // The breaker watches the remote backlog; the CLI's changes arrive on the control socket
        // at once, and the timer is the safety net for a datagram that was lost.
        add(TimerService(name: "protection", interval: .milliseconds(500)) {
            await protection.observe(backlog: await runner.remoteBacklog())
            await protection.poll()
        })
        if let stats {
            // The top lists hear the events the log gets, until the statistics service ends.
            let observing = EventObservers.register { stats.observe($0) }
            add(TimerService(name: "statistics", interval: .seconds(5), tick: { stats.flush(to: directory) }, finish: {
                observing.cancel()
                stats.flush(to: directory)
            }))
        }
        // The daily report mail to postmaster, as the appliance sent it.
        if configuration.reportInterval > 0 {
            add(PeriodicJob(interval: TimeInterval(configuration.reportInterval), setting: "report_mail_at", store: directory) { _ in
                guard let report = try? StatsReport.make(period: "day", store: directory) else { return }
                await runner.sendNotice(to: postmaster, subject: "Haetae daily report", body: report.text)
            }.service(name: "report"))
        }
        if let digest { add(digest.service(name: "quarantine-digest")) }
        if !configuration.listen.admin.isEmpty {
            let address = try ListenAddress.parse(configuration.listen.admin)
            let registry = metrics
            var adminDependencies = AdminDependencies(
                store: directory, spool: spool, quarantine: try QuarantineStore(root: data.quarantinePath),
                remoteBacklog: { await runner.remoteBacklog() },
                metrics: { registry?.emitToBuffer() ?? Array("# metrics are not enabled in this process\n".utf8) },
                secureCookies: !AdminListener.isLoopback(address.host), logFile: configuration.log.file,
                feedbackPath: FilterFiles(directory: data.filterPath).feedbackPath,
                explain: { ip, from, to in await AccessExplainer.explain(policy: policy, ip: ip, from: from, to: to, user: nil).lines },
                logger: logger)
            adminDependencies.passwordMinimumLength = configuration.auth.passwordMinLength
            adminDependencies.configuredDNSBLZones = configuration.dnsbl.zones
            adminDependencies.breakerThreshold = configuration.protection.queueThreshold
            adminDependencies.mailAuthenticate = { user, password, client in
                await policy.authenticate(
                    SASLCredentials(mechanism: "WEB", authorizationIdentity: nil, username: user, password: password), client: client)
            }
            let routes = AdminRoutes(dependencies: adminDependencies)
            let notify = onAdminListening
            let log = logger
            var quiet = logger
            quiet.logLevel = .warning
            let app = try AdminListener.application(
                routes: routes, host: address.host, port: address.port, certificatePath: certificatePath, keyPath: keyPath,
                logger: quiet,
                onRunning: { port in
                    let bound = "\(address.host):\(port ?? address.port)"
                    log.record(.listening, ["listener": "admin", "address": "\(bound)", "https": "\(!AdminListener.isLoopback(address.host))"])
                    notify(bound)
                })
            // The console failing must not take mail down with it.
            parts.append(.init(service: app, successTerminationBehavior: .ignore, failureTerminationBehavior: .ignore))
        }
        add(ListenersService(closers: listeners.map { listener in { await listener.close() } }, limiter: limiter, logger: logger))
        add(ListenersService(
            closers: imapListeners.map { listener in { await listener.close() } }, limiter: imapLimiter, drain: .seconds(5),
            logger: logger, name: "imap"))
        return parts
    }

    /// Binds the mailbox-access listeners (`listen.imap`, `listen.imaps`, `listen.pop3`,
    /// `listen.pop3s`): users read the mail local delivery wrote, logging in with the same
    /// password (and throttle) as SMTP AUTH.
    func bindIMAP(policy: SMTPPolicy, limiter: ConnectionLimiter, tls: NIOSSLContext?, group: any EventLoopGroup) async throws -> [MailAccessListener] {
        var limits = IMAPLimits()
        limits.maxMessageSize = configuration.smtp.maxMessageSize
        limits.idleTimeout = Int64(configuration.imap.idleTimeout)
        var services = MailAccessServices(
            hostname: configuration.hostname, mailRoot: data.mailPath, spoolDirectory: data.mailPath + "/.imap-append",
            authenticate: { user, password, client in
                switch await policy.authenticate(
                    SASLCredentials(mechanism: "IMAP", authorizationIdentity: nil, username: user, password: password), client: client) {
                case .success(let account): return .success(user: account)
                case .failure: return .failure
                case .locked(let subject, _): return .unavailable("locked out: \(subject)")
                case .busy: return .unavailable("password hashing busy")
                case .unavailable(let why): return .unavailable(why)
                }
            },
            limiter: limiter, limits: limits, logger: logger)
        services.feedbackDirectory = FilterFiles(directory: data.filterPath).feedbackPath
        // An APPEND cut off by a crash left its spilled octets behind: nothing refers to them.
        try? FileManager.default.removeItem(atPath: services.spoolDirectory)
        try FileManager.default.createDirectory(atPath: services.spoolDirectory, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var listeners: [MailAccessListener] = []
        do {
            let endpoints: [(String, String, Bool, MailAccessListener.Kind)] = [
                ("imap", configuration.listen.imap, false, .imap), ("imaps", configuration.listen.imaps, true, .imap),
                ("pop3", configuration.listen.pop3, false, .pop3), ("pop3s", configuration.listen.pop3s, true, .pop3),
            ]
            for (name, endpoint, implicitTLS, kind) in endpoints where !endpoint.isEmpty {
                let address = try ListenAddress.parse(endpoint)
                let listener = try await MailAccessListener.bind(
                    host: address.host, port: address.port, implicitTLS: implicitTLS, services: services, tlsContext: tls, group: group,
                    protocol: kind)
                listeners.append(listener)
                let bound = listener.localAddress.map { "\($0.ipAddress ?? address.host):\($0.port ?? address.port)" } ?? endpoint
                logger.record(.listening, ["listener": name, "address": bound])
            }
        } catch {
            for listener in listeners { await listener.close() }
            throw error
        }
        return listeners
    }
}
