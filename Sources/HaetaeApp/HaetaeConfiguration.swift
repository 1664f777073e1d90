import Foundation
import DNSClient
import HaetaeDelivery
import HaetaePolicy
import HaetaeProtection
import HaetaeScan
import HaetaeFilter
import SMTPProtocol
import SMTPServer

/// The whole configuration tree, with secure defaults: one nested value per subsystem, named
/// after its keys' prefix (`smtp.max_errors` is `smtp.maxErrors`), each with its own defaults.
/// Every key is in `ConfigurationKeys.all`, which is also the source of the README's reference
/// table (`haetae config keys`) and of `haetae config sample`.
public struct HaetaeConfiguration: Sendable {
    public var hostname: String
    public var listen: ListenConfiguration
    public var tls = TLSFiles()
    public var smtp = SMTPSettings()
    /// Client networks allowed to relay through the MX listener without AUTH.
    public var trustedNetworks: [String] = []
    public var routing = RoutingSettings()
    public var gateway = GatewaySettings()
    public var delivery = DeliverySettings()
    public var queue = QueueSettings()
    public var dns = DNSSettings()
    public var dnsbl = DNSBLSettings()
    public var log = LogSettings()
    /// Seconds between operational reports to the postmaster (0: none).
    public var reportInterval = 86_400
    public var auth = AuthSettings()
    public var protection = ProtectionConfiguration()
    public var scan = ScanConfiguration()
    public var imap = IMAPSettings()

    /// Defaults depend on whether we run as root (privileged ports) and on the system host name.
    public static func defaults(isRoot: Bool, systemHostname: String) -> HaetaeConfiguration {
        HaetaeConfiguration(hostname: systemHostname, listen: ListenConfiguration(isRoot: isRoot))
    }
}

/// `listen.*`: where the listeners bind ("" is off).
public struct ListenConfiguration: Sendable, Equatable {
    public var mx: String
    public var submission: String
    public var submissions: String
    public var admin = "127.0.0.1:8025"
    public var imap: String
    public var imaps: String
    public var pop3: String
    public var pop3s: String

    /// Root binds the standard ports; anyone else the same ports plus 2500 (IMAP and POP3 plus 2000).
    public init(isRoot: Bool) {
        mx = isRoot ? "0.0.0.0:25" : "0.0.0.0:2525"
        submission = isRoot ? "0.0.0.0:587" : "0.0.0.0:2587"
        submissions = isRoot ? "0.0.0.0:465" : "0.0.0.0:2465"
        imap = isRoot ? "0.0.0.0:143" : "0.0.0.0:2143"
        imaps = isRoot ? "0.0.0.0:993" : "0.0.0.0:2993"
        pop3 = isRoot ? "0.0.0.0:110" : "0.0.0.0:2110"
        pop3s = isRoot ? "0.0.0.0:995" : "0.0.0.0:2995"
    }
}

/// `tls.*`: the certificate the listeners present (empty: self-signed, generated).
public struct TLSFiles: Sendable, Equatable {
    public var certificate = ""
    public var key = ""
}

/// `smtp.*` and the per-message and per-session recipient caps: the SMTP server's limits.
public struct SMTPSettings: Sendable, Equatable {
    public var maxMessageSize = SMTPLimits.defaultMaxMessageSize
    public var maxRecipients = SMTPLimits.defaultMaxRecipients
    public var maxRecipientsPerSession = 1_000
    public var maxErrors = SMTPLimits.defaultMaxErrors
    public var idleTimeoutSeconds = 300
    public var maxConnections = 2_000
    public var maxConnectionsPerIP = 20
    public var bareLineEndings = BareLineEndingPolicy.normalize
    public var maxLineLength = SMTPLimits.acceptedTextLineLength
    public var sessionLifetimeSeconds = 3_600
    public var minDataRate = 500
}

/// `relay_host*` and `transport`: where non-local mail goes.
public struct RoutingSettings: Sendable, Equatable {
    public var relayHost = ""
    public var relayHostUsername = ""
    public var relayHostPassword = ""
    public var relayHostTLS = "may"
    public var transport: [String] = []
}

/// `gateway.*`: domains relayed to a backend, and the list of their valid recipients.
public struct GatewaySettings: Sendable, Equatable {
    public var domains: [String] = []
    public var recipients = ""
}

/// `delivery.*`: the remote delivery agent's connections.
public struct DeliverySettings: Sendable, Equatable {
    public var remotePort = 25
    public var tls = "may"
    public var connectTimeout = 30
    public var commandTimeout = 300
    public var maxConnectionsPerDestination = 10
}

/// `queue.*`: retries, lifetime and the queue manager's pace.
public struct QueueSettings: Sendable, Equatable {
    public var retryBase = 300
    public var retryMax = 3_600
    public var maxLifetime = 5 * 86_400
    public var delayWarning = 0
    public var scanIntervalSeconds = 60
    public var deliveryConcurrency = 4
}

/// `dns.*`: the resolver.
public struct DNSSettings: Sendable, Equatable {
    public var nameservers: [String] = []
    public var timeoutSeconds = 2
}

/// `dnsbl.*`: block lists consulted at connect and MAIL FROM.
public struct DNSBLSettings: Sendable, Equatable {
    public var zones: [String] = []
    public var threshold = 1
    public var domainZones: [String] = []
}

/// `log.*`: where the event log goes.
public struct LogSettings: Sendable, Equatable {
    public var level = "info"
    public var file = ""
    public var syslog = false
    public var syslogSocket = "/dev/log"
}

/// `auth.*` (the lockout keys are `protection.lockout`'s): password hashing and policy.
public struct AuthSettings: Sendable, Equatable {
    public var bcryptCost = 10
    public var passwordMinLength = 10
}

/// One configuration key: its dotted name, default, meaning, and how a text value is applied.
public struct ConfigurationKey: Sendable {
    public let name: String
    public let defaultDescription: String
    public let meaning: String
    /// The key's value in a configuration, as text that `apply` parses back to the same value.
    let render: @Sendable (HaetaeConfiguration) -> String
    let apply: @Sendable (inout HaetaeConfiguration, String) throws -> Void
}

public enum ConfigurationError: Error, CustomStringConvertible, Equatable {
    case unknownKey(String)
    case badValue(key: String, value: String, expected: String)
    case badSyntax(String)
    case file(String)

    public var description: String {
        switch self {
        case .unknownKey(let key): return "unknown configuration key '\(key)' (see `haetae config keys`)"
        case .badValue(let key, let value, let expected): return "bad value '\(value)' for \(key): expected \(expected)"
        case .badSyntax(let text): return "expected KEY=VALUE, got '\(text)'"
        case .file(let why): return "configuration file: \(why)"
        }
    }
}


extension HaetaeConfiguration {
    /// The routing table: transport map, relay host, gateway backends.
    public func router() throws -> Router {
        let (transportMap, errors) = Router.parseTransport(routing.transport, defaultPort: 25)
        if let first = errors.first {
            throw ConfigurationError.badValue(key: "transport", value: first, expected: "domain=smtp:[host]:port")
        }
        let relay = routing.relayHost.isEmpty ? nil : NextHop.parse(routing.relayHost, defaultPort: 25)
        var backends: [String: NextHop] = [:]
        for entry in gateway.domains {
            let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
            let domain = Punycode.asciiDomain(parts[0]) ?? parts[0].lowercased()
            if parts.count == 2, let hop = NextHop.parse(parts[1], defaultPort: 25) {
                backends[domain] = hop
            } else if let relay {
                backends[domain] = relay
            } else {
                throw ConfigurationError.badValue(
                    key: "gateway.domains", value: entry, expected: "domain=[backend]:port, or set relay_host as the backend")
            }
        }
        return Router(transport: transportMap, relayHost: relay, gatewayBackends: backends)
    }

    public func parsedTrustedNetworks() throws -> [IPNetwork] {
        try trustedNetworks.map { text in
            guard let network = IPNetwork(text) else {
                throw ConfigurationError.badValue(key: "trusted_networks", value: text, expected: "a CIDR network")
            }
            return network
        }
    }
}

extension SMTPSettings {
    /// What the SMTP listeners run with.
    public func serverConfiguration(hostname: String) -> SMTPServerConfiguration {
        SMTPServerConfiguration(
            hostname: hostname, maxMessageSize: maxMessageSize, maxRecipients: maxRecipients,
            maxRecipientsPerSession: maxRecipientsPerSession, maxErrors: maxErrors, idleTimeout: .seconds(idleTimeoutSeconds),
            maxConnections: maxConnections, maxConnectionsPerIP: maxConnectionsPerIP, bareLineEndings: bareLineEndings,
            maxLineLength: maxLineLength, sessionLifetime: .seconds(sessionLifetimeSeconds), minDataRate: minDataRate)
    }
}

extension HaetaeConfiguration {
    /// What the remote delivery agent runs with: `delivery.*` and the relay host's TLS and AUTH.
    public func remoteDelivery() -> RemoteDeliveryConfiguration {
        RemoteDeliveryConfiguration(
            heloName: hostname, remotePort: delivery.remotePort,
            tlsPolicy: TLSPolicy(rawValue: delivery.tls) ?? .may,
            relayHostTLSPolicy: TLSPolicy(rawValue: routing.relayHostTLS) ?? .may,
            relayHostCredentials: routing.relayHostUsername.isEmpty ? nil : (routing.relayHostUsername, routing.relayHostPassword),
            connectTimeout: .seconds(delivery.connectTimeout), commandTimeout: .seconds(delivery.commandTimeout),
            maxConnectionsPerDestination: delivery.maxConnectionsPerDestination)
    }
}

/// `imap.*`: the mailbox listeners' limits (IMAP and POP3 share them).
public struct IMAPSettings: Sendable, Equatable {
    public var maxConnections = 1_000
    public var maxConnectionsPerIP = 20
    /// Seconds without a command, once logged in, before the connection is closed.
    public var idleTimeout = 1_800
}
