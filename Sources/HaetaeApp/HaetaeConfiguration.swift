import Foundation
import DNSClient
import HaetaeDelivery
import HaetaePolicy
import HaetaeProtection
import HaetaeScan
import HaetaeFilter
import SMTPProtocol

/// The whole configuration tree, with secure defaults. Every key is in `ConfigurationKeys.all`,
/// which is also the source of the README's reference table (`haetae config keys`).
public struct HaetaeConfiguration: Sendable {
    public var hostname: String
    public var listenMX: String
    public var listenSubmission: String
    public var listenSubmissions: String
    public var listenAdmin: String
    public var tlsCertificate: String
    public var tlsKey: String
    public var maxMessageSize: Int
    public var maxRecipients: Int
    public var maxRecipientsPerSession: Int
    public var trustedNetworks: [String]
    public var relayHost: String
    public var relayHostUsername: String
    public var relayHostPassword: String
    public var relayHostTLS: String
    public var transport: [String]
    public var gatewayDomains: [String]
    public var gatewayRecipients: String = ""
    public var remotePort: Int
    public var deliveryTLS: String
    public var deliveryConnectTimeout: Int
    public var deliveryCommandTimeout: Int
    public var maxConnectionsPerDestination: Int
    public var retryBase: Int
    public var retryMax: Int
    public var maxLifetime: Int
    public var delayWarning: Int
    public var dnsNameservers: [String]
    public var dnsTimeoutSeconds: Int
    public var dnsblZones: [String]
    public var dnsblThreshold: Int
    public var dnsblDomainZones: [String]
    public var maxErrors: Int
    public var idleTimeoutSeconds: Int
    public var maxConnections: Int
    public var maxConnectionsPerIP: Int
    public var bareLineEndings: BareLineEndingPolicy
    public var maxLineLength: Int = SMTPLimits.acceptedTextLineLength
    public var sessionLifetimeSeconds: Int = 3_600
    public var minDataRate: Int = 500
    public var queueScanIntervalSeconds: Int
    public var deliveryConcurrency: Int
    public var logLevel: String
    public var logFile: String
    public var logSyslog: Bool
    public var reportInterval: Int
    public var logSyslogSocket: String
    public var bcryptCost: Int
    public var protection: ProtectionConfiguration
    public var passwordMinLength: Int
    public var scan: ScanConfiguration

    /// Defaults depend on whether we run as root (privileged ports) and on the system host name.
    public static func defaults(isRoot: Bool, systemHostname: String) -> HaetaeConfiguration {
        HaetaeConfiguration(
            hostname: systemHostname,
            listenMX: isRoot ? "0.0.0.0:25" : "0.0.0.0:2525",
            listenSubmission: isRoot ? "0.0.0.0:587" : "0.0.0.0:2587",
            listenSubmissions: isRoot ? "0.0.0.0:465" : "0.0.0.0:2465",
            listenAdmin: "127.0.0.1:8025",
            tlsCertificate: "",
            tlsKey: "",
            maxMessageSize: SMTPLimits.defaultMaxMessageSize,
            maxRecipients: SMTPLimits.defaultMaxRecipients,
            maxRecipientsPerSession: 1_000,
            trustedNetworks: [],
            relayHost: "",
            relayHostUsername: "",
            relayHostPassword: "",
            relayHostTLS: "may",
            transport: [],
            gatewayDomains: [],
            remotePort: 25,
            deliveryTLS: "may",
            deliveryConnectTimeout: 30,
            deliveryCommandTimeout: 300,
            maxConnectionsPerDestination: 10,
            retryBase: 300,
            retryMax: 3_600,
            maxLifetime: 5 * 86_400,
            delayWarning: 0,
            dnsNameservers: [],
            dnsTimeoutSeconds: 2,
            dnsblZones: [],
            dnsblThreshold: 1,
            dnsblDomainZones: [],
            maxErrors: SMTPLimits.defaultMaxErrors,
            idleTimeoutSeconds: 300,
            maxConnections: 2_000,
            maxConnectionsPerIP: 20,
            bareLineEndings: .normalize,
            queueScanIntervalSeconds: 60,
            deliveryConcurrency: 4,
            logLevel: "info",
            logFile: "",
            logSyslog: false,
            reportInterval: 86_400,
            logSyslogSocket: "/dev/log",
            bcryptCost: 10,
            protection: ProtectionConfiguration(),
            passwordMinLength: 10,
            scan: ScanConfiguration())
    }
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
        let (transportMap, errors) = Router.parseTransport(transport, defaultPort: 25)
        if let first = errors.first {
            throw ConfigurationError.badValue(key: "transport", value: first, expected: "domain=smtp:[host]:port")
        }
        let relay = relayHost.isEmpty ? nil : NextHop.parse(relayHost, defaultPort: 25)
        var backends: [String: NextHop] = [:]
        for entry in gatewayDomains {
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
