import Foundation
import DNSClient
import HaetaeDelivery
import HaetaePolicy
import HaetaeProtection
import HaetaeScan
import HaetaeFilter
import SMTPProtocol

/// Every configuration key: name, documented default, meaning, and how its value is parsed.
/// The README table and `haetae config sample` come from this list.
public enum ConfigurationKeys {
    static func integer(_ key: String, _ value: String, min: Int, max: Int = Int.max) throws -> Int {
        guard let number = Int(value), number >= min, number <= max else {
            throw ConfigurationError.badValue(key: key, value: value, expected: "an integer from \(min) to \(max)")
        }
        return number
    }

    static func endpoint(_ key: String, _ value: String) throws -> String {
        if value.isEmpty || value == "off" { return "" }
        guard (try? ListenAddress.parse(value)) != nil else {
            throw ConfigurationError.badValue(key: key, value: value, expected: "ADDR:PORT, [IPv6]:PORT or off")
        }
        return value
    }

    static func networks(_ key: String, _ value: String) throws -> [String] {
        let items = value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
        for item in items where IPNetwork(item) == nil {
            throw ConfigurationError.badValue(key: key, value: item, expected: "an IP address or CIDR network")
        }
        return items
    }

    static func tlsPolicy(_ key: String, _ value: String) throws -> String {
        guard TLSPolicy(rawValue: value) != nil else {
            throw ConfigurationError.badValue(key: key, value: value, expected: "none, may or require")
        }
        return value
    }

    static func boolean(_ key: String, _ value: String) throws -> Bool {
        switch value.lowercased() {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default: throw ConfigurationError.badValue(key: key, value: value, expected: "true or false")
        }
    }

    static func ratio(_ key: String, _ value: String) throws -> Double {
        guard let number = Double(value), number > 0, number <= 1 else {
            throw ConfigurationError.badValue(key: key, value: value, expected: "a number above 0 and at most 1")
        }
        return number
    }

    static func list(_ value: String) -> [String] {
        value.split(whereSeparator: { $0 == "," || $0 == " " }).map(String.init)
    }

    public static let all: [ConfigurationKey] = [
        ConfigurationKey(name: "hostname", defaultDescription: "the system host name",
            meaning: "Name in the greeting, EHLO reply, Received: header and self-signed certificate; its domain is created on first start.",
            render: { ConfigurationKeys.text($0.hostname) })
        { $0.hostname = $1.lowercased() },
        ConfigurationKey(name: "listen.mx", defaultDescription: "0.0.0.0:25 as root, else 0.0.0.0:2525",
            meaning: "MX listener (no AUTH; mail for local domains only). `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.mx) })
        { $0.listen.mx = try endpoint("listen.mx", $1) },
        ConfigurationKey(name: "listen.submission", defaultDescription: "0.0.0.0:587 as root, else 0.0.0.0:2587",
            meaning: "Submission listener: STARTTLS, then mandatory AUTH. `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.submission) })
        { $0.listen.submission = try endpoint("listen.submission", $1) },
        ConfigurationKey(name: "listen.submissions", defaultDescription: "0.0.0.0:465 as root, else 0.0.0.0:2465",
            meaning: "Submissions listener: implicit TLS (RFC 8314), mandatory AUTH. `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.submissions) })
        { $0.listen.submissions = try endpoint("listen.submissions", $1) },
        ConfigurationKey(name: "listen.admin", defaultDescription: "127.0.0.1:8025",
            meaning: "Web console, JSON API and Prometheus `/metrics`. HTTPS with the mail certificate when not on loopback. `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.admin) })
        { $0.listen.admin = try endpoint("listen.admin", $1) },
        ConfigurationKey(name: "listen.imap", defaultDescription: "0.0.0.0:143 as root, else 0.0.0.0:2143",
            meaning: "IMAP listener (RFC 3501): STARTTLS, then LOGIN or AUTHENTICATE PLAIN (in the clear only from loopback). Users read the mail delivered to them. `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.imap) })
        { $0.listen.imap = try endpoint("listen.imap", $1) },
        ConfigurationKey(name: "listen.imaps", defaultDescription: "0.0.0.0:993 as root, else 0.0.0.0:2993",
            meaning: "IMAP over implicit TLS (RFC 8314). `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.imaps) })
        { $0.listen.imaps = try endpoint("listen.imaps", $1) },
        ConfigurationKey(name: "listen.pop3", defaultDescription: "0.0.0.0:110 as root, else 0.0.0.0:2110",
            meaning: "POP3 listener (RFC 1939): STLS, then USER/PASS or AUTH PLAIN (in the clear only from loopback); the INBOX only. `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.pop3) })
        { $0.listen.pop3 = try endpoint("listen.pop3", $1) },
        ConfigurationKey(name: "listen.pop3s", defaultDescription: "0.0.0.0:995 as root, else 0.0.0.0:2995",
            meaning: "POP3 over implicit TLS (RFC 8314). `off` disables it.",
            render: { ConfigurationKeys.text($0.listen.pop3s) })
        { $0.listen.pop3s = try endpoint("listen.pop3s", $1) },
        ConfigurationKey(name: "imap.max_connections", defaultDescription: "1000",
            meaning: "Open IMAP and POP3 connections in total; more are greeted with `* BYE` (`-ERR`) and closed.",
            render: { ConfigurationKeys.text($0.imap.maxConnections) })
        { $0.imap.maxConnections = try integer("imap.max_connections", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "imap.max_connections_per_ip", defaultDescription: "20",
            meaning: "Open IMAP and POP3 connections per client IP (a desktop client opens several); more get `* BYE` (`-ERR`).",
            render: { ConfigurationKeys.text($0.imap.maxConnectionsPerIP) })
        { $0.imap.maxConnectionsPerIP = try integer("imap.max_connections_per_ip", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "imap.idle_timeout", defaultDescription: "1800",
            meaning: "Seconds a logged-in IMAP or POP3 connection may send nothing (IDLE included) before `* BYE`; RFC 3501 asks for at least 30 minutes. Before login the limit is 60 seconds.",
            render: { ConfigurationKeys.text($0.imap.idleTimeout) })
        { $0.imap.idleTimeout = try integer("imap.idle_timeout", $1, min: 60, max: 86_400) },
        ConfigurationKey(name: "tls.certificate", defaultDescription: "(empty: self-signed, generated)",
            meaning: "PEM certificate chain. Empty: a self-signed ECDSA P-256 certificate for `hostname` is generated in DATA/tls/ on first start.",
            render: { ConfigurationKeys.text($0.tls.certificate) })
        { $0.tls.certificate = $1 },
        ConfigurationKey(name: "tls.key", defaultDescription: "(empty)", meaning: "PEM private key for `tls.certificate`.",
            render: { ConfigurationKeys.text($0.tls.key) })
        { $0.tls.key = $1 },
        ConfigurationKey(name: "smtp.max_message_size", defaultDescription: "26214400",
            meaning: "Largest message in octets; advertised in SIZE, enforced with 552 5.3.4.",
            render: { ConfigurationKeys.text($0.smtp.maxMessageSize) })
        { $0.smtp.maxMessageSize = try integer("smtp.max_message_size", $1, min: 1_024, max: 1 << 31) },
        ConfigurationKey(name: "limits.max_recipients", defaultDescription: "100",
            meaning: "Recipients per message; more get 452 4.5.3. (`smtp.max_recipients` is the same key.)",
            render: { ConfigurationKeys.text($0.smtp.maxRecipients) })
        { $0.smtp.maxRecipients = try integer("limits.max_recipients", $1, min: 1, max: 100_000) },
        ConfigurationKey(name: "smtp.max_recipients", defaultDescription: "100",
            meaning: "Same as `limits.max_recipients`.",
            render: { ConfigurationKeys.text($0.smtp.maxRecipients) })
        { $0.smtp.maxRecipients = try integer("smtp.max_recipients", $1, min: 1, max: 100_000) },
        ConfigurationKey(name: "limits.max_recipients_per_session", defaultDescription: "1000",
            meaning: "Recipients accepted in one SMTP session over all its messages; more get 452 4.5.3.",
            render: { ConfigurationKeys.text($0.smtp.maxRecipientsPerSession) })
        { $0.smtp.maxRecipientsPerSession = try integer("limits.max_recipients_per_session", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "trusted_networks", defaultDescription: "(empty: nobody, not even loopback)",
            meaning: "Client networks (CIDR list) allowed to relay through the MX listener without AUTH. Local programs use `haetae sendmail` instead.",
            render: { ConfigurationKeys.text($0.trustedNetworks) })
        { $0.trustedNetworks = try networks("trusted_networks", $1) },
        ConfigurationKey(name: "relay_host", defaultDescription: "(empty: deliver by MX)",
            meaning: "Smarthost for all non-local mail: `[host]:port` (brackets: no MX lookup). Also the default backend of `gateway.domains`.",
            render: { ConfigurationKeys.text($0.routing.relayHost) })
        { config, value in
            guard value.isEmpty || NextHop.parse(value, defaultPort: 25) != nil else {
                throw ConfigurationError.badValue(key: "relay_host", value: value, expected: "[host]:port")
            }
            config.routing.relayHost = value
        },
        ConfigurationKey(name: "relay_host_username", defaultDescription: "(empty: no AUTH)",
            meaning: "AUTH PLAIN user name for `relay_host` (sent only under TLS unless `relay_host_tls = none`).",
            render: { ConfigurationKeys.text($0.routing.relayHostUsername) })
        { $0.routing.relayHostUsername = $1 },
        ConfigurationKey(name: "relay_host_password", defaultDescription: "(empty)", meaning: "AUTH password for `relay_host`.",
            render: { ConfigurationKeys.text($0.routing.relayHostPassword) })
        { $0.routing.relayHostPassword = $1 },
        ConfigurationKey(name: "relay_host_tls", defaultDescription: "may",
            meaning: "TLS towards `relay_host`: `none`, `may` (STARTTLS when offered) or `require` (STARTTLS and a verified certificate).",
            render: { ConfigurationKeys.text($0.routing.relayHostTLS) })
        { $0.routing.relayHostTLS = try tlsPolicy("relay_host_tls", $1) },
        ConfigurationKey(name: "transport", defaultDescription: "(empty)",
            meaning: "Transport map entries `domain=smtp:[host]:port` (`.domain` for subdomains, `*` for everything); brackets skip the MX lookup.",
            render: { ConfigurationKeys.text($0.routing.transport) })
        { config, value in
            let entries = list(value)
            let (_, errors) = Router.parseTransport(entries, defaultPort: 25)
            if let first = errors.first {
                throw ConfigurationError.badValue(key: "transport", value: first, expected: "domain=smtp:[host]:port")
            }
            config.routing.transport = entries
        },
        ConfigurationKey(name: "gateway.recipients", defaultDescription: "(empty)",
            meaning: "File listing who exists behind the gateway domains (Postfix's relay_recipient_maps): one `user@domain` per line, `@domain` to accept a whole domain, `#` comments; re-read when it changes. Other recipients of a gateway domain get 550 5.1.1 in the session. Empty: every local part is accepted (a warning is logged).",
            render: { ConfigurationKeys.text($0.gateway.recipients) })
        { $0.gateway.recipients = $1 },
        ConfigurationKey(name: "gateway.domains", defaultDescription: "(empty)",
            meaning: "Gateway mode: domains we are the MX for and forward to their backend, `domain=[host]:port` or `domain` (backend: `relay_host`). Any local part is accepted.",
            render: { ConfigurationKeys.text($0.gateway.domains) })
        { config, value in
            let entries = list(value)
            for entry in entries {
                let parts = entry.split(separator: "=", maxSplits: 1).map(String.init)
                guard !parts[0].isEmpty, parts.count == 1 || NextHop.parse(parts[1], defaultPort: 25) != nil else {
                    throw ConfigurationError.badValue(key: "gateway.domains", value: entry, expected: "domain or domain=[host]:port")
                }
            }
            config.gateway.domains = entries
        },
        ConfigurationKey(name: "delivery.remote_port", defaultDescription: "25",
            meaning: "Port used when connecting to MX hosts.",
            render: { ConfigurationKeys.text($0.delivery.remotePort) })
        { $0.delivery.remotePort = try integer("delivery.remote_port", $1, min: 1, max: 65_535) },
        ConfigurationKey(name: "delivery.tls", defaultDescription: "may",
            meaning: "TLS towards MX hosts and transport next hops: `none`, `may` or `require`.",
            render: { ConfigurationKeys.text($0.delivery.tls) })
        { $0.delivery.tls = try tlsPolicy("delivery.tls", $1) },
        ConfigurationKey(name: "delivery.connect_timeout", defaultDescription: "30",
            meaning: "Seconds to wait for a TCP connection to a next hop.",
            render: { ConfigurationKeys.text($0.delivery.connectTimeout) })
        { $0.delivery.connectTimeout = try integer("delivery.connect_timeout", $1, min: 1, max: 600) },
        ConfigurationKey(name: "delivery.command_timeout", defaultDescription: "300",
            meaning: "Seconds to wait for each reply of a remote server (RFC 5321 §4.5.3.2).",
            render: { ConfigurationKeys.text($0.delivery.commandTimeout) })
        { $0.delivery.commandTimeout = try integer("delivery.command_timeout", $1, min: 1, max: 3_600) },
        ConfigurationKey(name: "delivery.max_connections_per_destination", defaultDescription: "10",
            meaning: "Simultaneous connections to one destination address.",
            render: { ConfigurationKeys.text($0.delivery.maxConnectionsPerDestination) })
        { $0.delivery.maxConnectionsPerDestination = try integer("delivery.max_connections_per_destination", $1, min: 1, max: 1_000) },
        ConfigurationKey(name: "queue.retry_base", defaultDescription: "300",
            meaning: "Seconds before the first retry of a temporary failure; doubled after each attempt.",
            render: { ConfigurationKeys.text($0.queue.retryBase) })
        { $0.queue.retryBase = try integer("queue.retry_base", $1, min: 1, max: 86_400) },
        ConfigurationKey(name: "queue.retry_max", defaultDescription: "3600",
            meaning: "Longest wait between two attempts, in seconds.",
            render: { ConfigurationKeys.text($0.queue.retryMax) })
        { $0.queue.retryMax = try integer("queue.retry_max", $1, min: 1, max: 86_400) },
        ConfigurationKey(name: "queue.max_lifetime", defaultDescription: "432000 (5 days)",
            meaning: "Seconds a message may stay deferred before it is bounced.",
            render: { ConfigurationKeys.text($0.queue.maxLifetime) })
        { $0.queue.maxLifetime = try integer("queue.max_lifetime", $1, min: 1, max: 60 * 86_400) },
        ConfigurationKey(name: "queue.delay_warning", defaultDescription: "0 (off)",
            meaning: "Seconds after which the sender gets one \"delayed\" notice for a still-deferred recipient (e.g. 14400 for 4 h).",
            render: { ConfigurationKeys.text($0.queue.delayWarning) })
        { $0.queue.delayWarning = try integer("queue.delay_warning", $1, min: 0, max: 60 * 86_400) },
        ConfigurationKey(name: "dns.nameservers", defaultDescription: "(empty: /etc/resolv.conf)",
            meaning: "Resolvers to ask, as a list of `IP`, `IP:PORT` or `[IPv6]:PORT`.",
            render: { ConfigurationKeys.text($0.dns.nameservers) })
        { config, value in
            let entries = list(value)
            guard (try? NIODNSResolver.servers(from: entries)) != nil else {
                throw ConfigurationError.badValue(key: "dns.nameservers", value: value, expected: "IP[:PORT] entries")
            }
            config.dns.nameservers = entries
        },
        ConfigurationKey(name: "dns.timeout", defaultDescription: "2",
            meaning: "Seconds to wait for one DNS answer (each server is tried twice).",
            render: { ConfigurationKeys.text($0.dns.timeoutSeconds) })
        { $0.dns.timeoutSeconds = try integer("dns.timeout", $1, min: 1, max: 60) },
        ConfigurationKey(name: "dnsbl.zones", defaultDescription: "(empty: no DNSBL)",
            meaning: "DNS blocklists checked at connect on the MX listener, e.g. `zen.spamhaus.org`; `zone*2` gives a listing weight 2. Trusted networks and access OK/RELAY clients are exempt; a zone that does not answer never blocks.",
            render: { ConfigurationKeys.text($0.dnsbl.zones) })
        { config, value in
            let zones = list(value)
            for zone in zones where DNSBLZone(zone) == nil {
                throw ConfigurationError.badValue(key: "dnsbl.zones", value: zone, expected: "zone or zone*weight")
            }
            config.dnsbl.zones = zones
        },
        ConfigurationKey(name: "dnsbl.threshold", defaultDescription: "1",
            meaning: "A client is refused (554 5.7.1) when the weights of the zones listing it add up to this.",
            render: { ConfigurationKeys.text($0.dnsbl.threshold) })
        { $0.dnsbl.threshold = try integer("dnsbl.threshold", $1, min: 1, max: 1_000) },
        ConfigurationKey(name: "dnsbl.domain_zones", defaultDescription: "(empty)",
            meaning: "Right-hand-side blocklists for the sender's domain, checked at MAIL FROM (dbl.spamhaus.org style).",
            render: { ConfigurationKeys.text($0.dnsbl.domainZones) })
        { config, value in
            let zones = list(value)
            for zone in zones where DNSBLZone(zone) == nil {
                throw ConfigurationError.badValue(key: "dnsbl.domain_zones", value: zone, expected: "a zone")
            }
            config.dnsbl.domainZones = zones.compactMap { DNSBLZone($0)?.name }
        },
        ConfigurationKey(name: "smtp.max_errors", defaultDescription: "20",
            meaning: "Error replies in one session before it is closed with 421 4.7.0.",
            render: { ConfigurationKeys.text($0.smtp.maxErrors) })
        { $0.smtp.maxErrors = try integer("smtp.max_errors", $1, min: 1, max: 10_000) },
        ConfigurationKey(name: "smtp.idle_timeout", defaultDescription: "300",
            meaning: "Seconds without input before 421 4.4.2 and disconnect (commands and DATA alike).",
            render: { ConfigurationKeys.text($0.smtp.idleTimeoutSeconds) })
        { $0.smtp.idleTimeoutSeconds = try integer("smtp.idle_timeout", $1, min: 1, max: 86_400) },
        ConfigurationKey(name: "smtp.max_connections", defaultDescription: "2000",
            meaning: "Open SMTP connections in total; more get 421 4.7.0.",
            render: { ConfigurationKeys.text($0.smtp.maxConnections) })
        { $0.smtp.maxConnections = try integer("smtp.max_connections", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "smtp.max_connections_per_ip", defaultDescription: "20",
            meaning: "Open SMTP connections per client IP; more get 421 4.7.0.",
            render: { ConfigurationKeys.text($0.smtp.maxConnectionsPerIP) })
        { $0.smtp.maxConnectionsPerIP = try integer("smtp.max_connections_per_ip", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "smtp.max_line_length", defaultDescription: "65536",
            meaning: "Longest text line accepted in DATA, in octets (RFC 5321 says 1,000; real senders send longer, Postfix and Gmail accept them). Longer lines get 550 5.5.2. Lines are stored as received and folded at 998 octets when relayed.",
            render: { ConfigurationKeys.text($0.smtp.maxLineLength) })
        { $0.smtp.maxLineLength = try integer("smtp.max_line_length", $1, min: 1_000, max: 1_048_576) },
        ConfigurationKey(name: "smtp.session_lifetime", defaultDescription: "3600",
            meaning: "Seconds a session may last in total, whatever it does; then 421 4.4.2 and disconnect.",
            render: { ConfigurationKeys.text($0.smtp.sessionLifetimeSeconds) })
        { $0.smtp.sessionLifetimeSeconds = try integer("smtp.session_lifetime", $1, min: 10, max: 86_400) },
        ConfigurationKey(name: "smtp.min_data_rate", defaultDescription: "500",
            meaning: "Octets per second a client must average during DATA after its first 30 seconds (Postfix's smtpd_min_data_rate); slower clients get 421 4.4.2.",
            render: { ConfigurationKeys.text($0.smtp.minDataRate) })
        { $0.smtp.minDataRate = try integer("smtp.min_data_rate", $1, min: 0, max: 1 << 30) },
        ConfigurationKey(name: "smtp.bare_line_endings", defaultDescription: "normalize",
            meaning: "A bare CR or LF in DATA: `normalize` (rewritten to CRLF, the Postfix 3.9 default) or `reject` (550 5.5.2). Never passed on unchanged, and only CRLF.CRLF ends DATA either way.",
            render: { ConfigurationKeys.text($0.smtp.bareLineEndings) })
        { config, value in
            guard let policy = BareLineEndingPolicy(rawValue: value) else {
                throw ConfigurationError.badValue(key: "smtp.bare_line_endings", value: value, expected: "reject or normalize")
            }
            config.smtp.bareLineEndings = policy
        },
        ConfigurationKey(name: "queue.scan_interval", defaultDescription: "60",
            meaning: "Seconds between scans of the queue for due messages.",
            render: { ConfigurationKeys.text($0.queue.scanIntervalSeconds) })
        { $0.queue.scanIntervalSeconds = try integer("queue.scan_interval", $1, min: 1, max: 86_400) },
        ConfigurationKey(name: "queue.delivery_concurrency", defaultDescription: "4",
            meaning: "Messages delivered at the same time.",
            render: { ConfigurationKeys.text($0.queue.deliveryConcurrency) })
        { $0.queue.deliveryConcurrency = try integer("queue.delivery_concurrency", $1, min: 1, max: 1_000) },
        ConfigurationKey(name: "log.level", defaultDescription: "info",
            meaning: "trace, debug, info, notice, warning, error or critical.",
            render: { ConfigurationKeys.text($0.log.level) })
        { config, value in
            guard ["trace", "debug", "info", "notice", "warning", "error", "critical"].contains(value) else {
                throw ConfigurationError.badValue(key: "log.level", value: value, expected: "a log level")
            }
            config.log.level = value
        },
        ConfigurationKey(name: "log.file", defaultDescription: "(empty: standard output only)",
            meaning: "Also append the event log to this file.",
            render: { ConfigurationKeys.text($0.log.file) })
        { $0.log.file = $1 },
        ConfigurationKey(name: "report.interval", defaultDescription: "86400",
            meaning: "Seconds between the report mails to postmaster (volumes, verdicts, refusals by reason); 0 turns them off.",
            render: { ConfigurationKeys.text($0.reportInterval) })
        { $0.reportInterval = try integer("report.interval", $1, min: 0, max: 31 * 86_400) },
        ConfigurationKey(name: "log.syslog", defaultDescription: "false",
            meaning: "Also send every event line to the local syslog socket as RFC 5424 messages (facility mail).",
            render: { ConfigurationKeys.text($0.log.syslog) })
        { $0.log.syslog = try boolean("log.syslog", $1) },
        ConfigurationKey(name: "log.syslog_socket", defaultDescription: "/dev/log",
            meaning: "The syslog socket (a unix datagram socket).",
            render: { ConfigurationKeys.text($0.log.syslogSocket) })
        { $0.log.syslogSocket = $1 },
        ConfigurationKey(name: "auth.bcrypt_cost", defaultDescription: "10",
            meaning: "bcrypt cost for new password hashes.",
            render: { ConfigurationKeys.text($0.auth.bcryptCost) })
        { $0.auth.bcryptCost = try integer("auth.bcrypt_cost", $1, min: 4, max: 16) },
        ConfigurationKey(name: "auth.password_min_length", defaultDescription: "10",
            meaning: "Shortest password `user add`/`user passwd` accept. Passwords also must not contain the account or domain name nor be on the shipped common-password list.",
            render: { ConfigurationKeys.text($0.auth.passwordMinLength) })
        { $0.auth.passwordMinLength = try integer("auth.password_min_length", $1, min: 6, max: 128) },
        ConfigurationKey(name: "auth.lockout_failures", defaultDescription: "10",
            meaning: "Failed AUTH attempts (per client address and per account) within `auth.lockout_window` that lock it out: `454 4.7.0` and the connection is closed. 0 disables lockout.",
            render: { ConfigurationKeys.text($0.protection.lockout.failures) })
        { $0.protection.lockout.failures = try integer("auth.lockout_failures", $1, min: 0, max: 10_000) },
        ConfigurationKey(name: "auth.lockout_window", defaultDescription: "600",
            meaning: "Seconds over which failed AUTH attempts are counted.",
            render: { ConfigurationKeys.text($0.protection.lockout.window) })
        { $0.protection.lockout.window = TimeInterval(try integer("auth.lockout_window", $1, min: 10, max: 86_400)) },
        ConfigurationKey(name: "auth.lockout_duration", defaultDescription: "900",
            meaning: "Seconds a lockout lasts (`haetae protect unlock` lifts it early). An account lockout does not apply to addresses that logged in to it successfully before.",
            render: { ConfigurationKeys.text($0.protection.lockout.duration) })
        { $0.protection.lockout.duration = TimeInterval(try integer("auth.lockout_duration", $1, min: 1, max: 7 * 86_400)) },
        ConfigurationKey(name: "auth.lockout_throttle_after", defaultDescription: "3",
            meaning: "From this many failures on, each failed AUTH is answered after a growing delay (1 s, 2 s, 4 s … up to `auth.lockout_max_delay`). Successful logins are never delayed. 0 disables the delay.",
            render: { ConfigurationKeys.text($0.protection.lockout.throttleAfter) })
        { $0.protection.lockout.throttleAfter = try integer("auth.lockout_throttle_after", $1, min: 0, max: 10_000) },
        ConfigurationKey(name: "auth.lockout_max_delay", defaultDescription: "8",
            meaning: "Longest delay, in seconds, before answering a failed AUTH.",
            render: { ConfigurationKeys.text($0.protection.lockout.maxDelay) })
        { $0.protection.lockout.maxDelay = TimeInterval(try integer("auth.lockout_max_delay", $1, min: 0, max: 60)) },
        ConfigurationKey(name: "protection.queue_threshold", defaultDescription: "500",
            meaning: "Messages waiting for remote delivery that trip the circuit breaker: every new external recipient then gets `530 5.7.1 Relay denied for protecting our server` until `haetae protect reset`. Inbound and local mail keep flowing. 0 disables the breaker.",
            render: { ConfigurationKeys.text($0.protection.queueThreshold) })
        { $0.protection.queueThreshold = try integer("protection.queue_threshold", $1, min: 0, max: 10_000_000) },
        ConfigurationKey(name: "protection.reset_on_restart", defaultDescription: "false",
            meaning: "Clear a tripped breaker when the server starts (by default it stays tripped across restarts).",
            render: { ConfigurationKeys.text($0.protection.resetOnRestart) })
        { $0.protection.resetOnRestart = try boolean("protection.reset_on_restart", $1) },
        ConfigurationKey(name: "protection.detect", defaultDescription: "true",
            meaning: "Compromised-account detection: score authenticated accounts and suspend one that behaves like a hijacked account (its queued mail is held, postmaster is alerted).",
            render: { ConfigurationKeys.text($0.protection.detectionEnabled) })
        { $0.protection.detectionEnabled = try boolean("protection.detect", $1) },
        ConfigurationKey(name: "protection.detect_window", defaultDescription: "3600",
            meaning: "Seconds of the detector's sliding window.",
            render: { ConfigurationKeys.text($0.protection.detector.window) })
        { $0.protection.detector.window = TimeInterval(try integer("protection.detect_window", $1, min: 60, max: 86_400)) },
        ConfigurationKey(name: "protection.detect_recipients", defaultDescription: "150",
            meaning: "Detector signal: accepted recipients per window. Each signal scores 0.5 × value/threshold (at most 1.5); a total of 1 suspends, so one signal alone trips at twice its threshold.",
            render: { ConfigurationKeys.text($0.protection.detector.recipients) })
        { $0.protection.detector.recipients = try integer("protection.detect_recipients", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "protection.detect_domains", defaultDescription: "40",
            meaning: "Detector signal: distinct recipient domains per window.",
            render: { ConfigurationKeys.text($0.protection.detector.domains) })
        { $0.protection.detector.domains = try integer("protection.detect_domains", $1, min: 1, max: 1_000_000) },
        ConfigurationKey(name: "protection.detect_login_addresses", defaultDescription: "5",
            meaning: "Detector signal: distinct client addresses logging in to one account per window, beyond the first.",
            render: { ConfigurationKeys.text($0.protection.detector.loginAddresses) })
        { $0.protection.detector.loginAddresses = try integer("protection.detect_login_addresses", $1, min: 1, max: 100_000) },
        ConfigurationKey(name: "protection.detect_rejected_ratio", defaultDescription: "0.3",
            meaning: "Detector signal: share of the account's recipients refused (counted from 10 refusals on).",
            render: { ConfigurationKeys.text($0.protection.detector.rejectedRatio) })
        { $0.protection.detector.rejectedRatio = try ratio("protection.detect_rejected_ratio", $1) },
        ConfigurationKey(name: "protection.detect_baseline_factor", defaultDescription: "10",
            meaning: "Detector signal: a window with more than this many times the account's busiest past hour (and at least 100 recipients, after a day of history) scores 0.5. 0 disables it.",
            render: { ConfigurationKeys.text($0.protection.detector.baselineFactor) })
        { $0.protection.detector.baselineFactor = Double(try integer("protection.detect_baseline_factor", $1, min: 0, max: 1_000)) },
        ConfigurationKey(name: "limits.account_messages_per_hour", defaultDescription: "300",
            meaning: "Messages an authenticated account may send per sliding hour; beyond it `451 4.7.1`. Per-account override: `haetae user limits`. 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.accountLimits.messagesPerHour) })
        { $0.protection.accountLimits.messagesPerHour = try integer("limits.account_messages_per_hour", $1, min: 0) },
        ConfigurationKey(name: "limits.account_recipients_per_hour", defaultDescription: "1000",
            meaning: "Recipients an authenticated account may send to per hour. 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.accountLimits.recipientsPerHour) })
        { $0.protection.accountLimits.recipientsPerHour = try integer("limits.account_recipients_per_hour", $1, min: 0) },
        ConfigurationKey(name: "limits.account_domains_per_hour", defaultDescription: "200",
            meaning: "Distinct recipient domains per account per hour. 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.accountLimits.domainsPerHour) })
        { $0.protection.accountLimits.domainsPerHour = try integer("limits.account_domains_per_hour", $1, min: 0) },
        ConfigurationKey(name: "limits.ip_messages_per_hour", defaultDescription: "1000",
            meaning: "Messages per client address per hour, counted on authenticated or relayed mail (inbound mail to local users is not limited). 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.clientLimits.messagesPerHour) })
        { $0.protection.clientLimits.messagesPerHour = try integer("limits.ip_messages_per_hour", $1, min: 0) },
        ConfigurationKey(name: "limits.ip_recipients_per_hour", defaultDescription: "3000",
            meaning: "Recipients per client address per hour (authenticated or relayed mail). 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.clientLimits.recipientsPerHour) })
        { $0.protection.clientLimits.recipientsPerHour = try integer("limits.ip_recipients_per_hour", $1, min: 0) },
        ConfigurationKey(name: "limits.ip_domains_per_hour", defaultDescription: "500",
            meaning: "Distinct recipient domains per client address per hour (authenticated or relayed mail). 0: unlimited.",
            render: { ConfigurationKeys.text($0.protection.clientLimits.domainsPerHour) })
        { $0.protection.clientLimits.domainsPerHour = try integer("limits.ip_domains_per_hour", $1, min: 0) },
        ConfigurationKey(name: "scan.enabled", defaultDescription: "true",
            meaning: "Scan inbound mail (MX listener, unauthenticated, not from `trusted_networks`) for viruses, phishing, spam and bulk before the 250, and tag it.",
            render: { ConfigurationKeys.text($0.scan.enabled) })
        { $0.scan.enabled = try boolean("scan.enabled", $1) },
        ConfigurationKey(name: "scan.domains", defaultDescription: "(empty: all local and gateway domains)",
            meaning: "Recipient domains whose inbound mail is scanned. When empty and `gateway.domains` is set, only the gateway domains are scanned.",
            render: { ConfigurationKeys.text($0.scan.domains) })
        { $0.scan.domains = list($1).map { $0.lowercased() } },
        ConfigurationKey(name: "scan.clamd", defaultDescription: "(empty: built-in EICAR detection only)",
            meaning: "ClamAV daemon for virus scanning: `HOST:PORT` or a unix socket path (INSTREAM). When it cannot be reached, mail still flows, marked `Passed:Not-Scanned`.",
            render: { ConfigurationKeys.text($0.scan.clamd) })
        { config, value in
            if !value.isEmpty { _ = try ClamdClient(address: value) }
            config.scan.clamd = value
        },
        ConfigurationKey(name: "scan.clamd_timeout", defaultDescription: "30",
            meaning: "Seconds to wait for clamd.",
            render: { ConfigurationKeys.text($0.scan.clamdTimeout) })
        { $0.scan.clamdTimeout = TimeInterval(try integer("scan.clamd_timeout", $1, min: 1, max: 600)) },
        ConfigurationKey(name: "scan.header_prefix", defaultDescription: "(empty)",
            meaning: "Prefix inside the verdict header: `X-Haetae-Scan: <prefix>Spam/SMTP`.",
            render: { ConfigurationKeys.text($0.scan.headerPrefix) })
        { $0.scan.headerPrefix = String($1.filter { $0.isASCII && !$0.isWhitespace }.prefix(40)) },
        ConfigurationKey(name: "scan.subject_tag", defaultDescription: "(empty: no subject tag)",
            meaning: "Subject tag for mail that did not pass, e.g. `[SPAM:%REASON%]` (`%REASON%` becomes the verdicts). Never added to Passed mail.",
            render: { ConfigurationKeys.text($0.scan.subjectTag) })
        { $0.scan.subjectTag = String($1.prefix(80)) },
        ConfigurationKey(name: "scan.domain_subject_tags", defaultDescription: "(empty)",
            meaning: "Per-domain subject tags `domain=template`, e.g. `example.com=[UTM:%REASON%]`; `none` as the template turns the tag off for that domain. Other domains use `scan.subject_tag`.",
            render: { ConfigurationKeys.subjectTagsText($0.scan.domainSubjectTags) })
        { config, value in
            var table: [String: String] = [:]
            for entry in value.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
                guard let equals = entry.firstIndex(of: "="), equals > entry.startIndex else {
                    throw ConfigurationError.badValue(key: "scan.domain_subject_tags", value: entry, expected: "domain=template")
                }
                let template = String(entry[entry.index(after: equals)...])
                table[entry[..<equals].lowercased()] = template == "none" ? "" : String(template.prefix(80))
            }
            config.scan.domainSubjectTags = table
        },
        ConfigurationKey(name: "scan.max_size", defaultDescription: "10485760",
            meaning: "Larger messages are not scanned (`Passed:Not-Scanned`, logged with the reason).",
            render: { ConfigurationKeys.text($0.scan.maxSize) })
        { $0.scan.maxSize = try integer("scan.max_size", $1, min: 1_024, max: 1 << 31) },
        ConfigurationKey(name: "scan.budget", defaultDescription: "15",
            meaning: "Seconds a message may wait for its content scan (scans run in parallel, one per core); past it the message is `Passed:Not-Scanned` with the reason logged.",
            render: { ConfigurationKeys.text($0.scan.budget) })
        { $0.scan.budget = TimeInterval(try integer("scan.budget", $1, min: 1, max: 600)) },
        ConfigurationKey(name: "scan.spam_threshold", defaultDescription: "1.5",
            meaning: "Statistical score (log odds of spam or phishing against ham) at or above which mail is Spam (or Phishing). Lower catches more spam and more ham; see the README's accuracy figures.",
            render: { ConfigurationKeys.text($0.scan.thresholds.spam) })
        { config, value in
            guard let number = Double(value), number > -50, number < 50 else {
                throw ConfigurationError.badValue(key: "scan.spam_threshold", value: value, expected: "a number between -50 and 50")
            }
            config.scan.thresholds.spam = number
        },
        ConfigurationKey(name: "scan.action_virus", defaultDescription: "reject",
            meaning: "What to do with virus mail: `tag` (headers, and the subject tag), `quarantine` (kept in DATA/quarantine, see `haetae quarantine`), or `reject` (`550 5.7.1` at the end of DATA: no backscatter).",
            render: { ConfigurationKeys.text($0.scan.actions["virus"]) })
        { $0.scan.actions["virus"] = try scanAction("scan.action_virus", $1) },
        ConfigurationKey(name: "scan.action_phishing", defaultDescription: "tag",
            meaning: "What to do with phishing mail: `tag` (headers, and the subject tag), `quarantine` (kept in DATA/quarantine, see `haetae quarantine`), or `reject` (`550 5.7.1` at the end of DATA: no backscatter).",
            render: { ConfigurationKeys.text($0.scan.actions["phishing"]) })
        { $0.scan.actions["phishing"] = try scanAction("scan.action_phishing", $1) },
        ConfigurationKey(name: "scan.action_spam", defaultDescription: "tag",
            meaning: "What to do with spam mail: `tag` (headers, and the subject tag), `quarantine` (kept in DATA/quarantine, see `haetae quarantine`), or `reject` (`550 5.7.1` at the end of DATA: no backscatter).",
            render: { ConfigurationKeys.text($0.scan.actions["spam"]) })
        { $0.scan.actions["spam"] = try scanAction("scan.action_spam", $1) },
        ConfigurationKey(name: "scan.action_suspect", defaultDescription: "tag",
            meaning: "What to do with suspect mail: `tag` (headers, and the subject tag), `quarantine` (kept in DATA/quarantine, see `haetae quarantine`), or `reject` (`550 5.7.1` at the end of DATA: no backscatter).",
            render: { ConfigurationKeys.text($0.scan.actions["suspect"]) })
        { $0.scan.actions["suspect"] = try scanAction("scan.action_suspect", $1) },
        ConfigurationKey(name: "scan.action_bulk", defaultDescription: "tag",
            meaning: "What to do with bulk mail: `tag` (headers, and the subject tag), `quarantine` (kept in DATA/quarantine, see `haetae quarantine`), or `reject` (`550 5.7.1` at the end of DATA: no backscatter).",
            render: { ConfigurationKeys.text($0.scan.actions["bulk"]) })
        { $0.scan.actions["bulk"] = try scanAction("scan.action_bulk", $1) },
        ConfigurationKey(name: "scan.digest", defaultDescription: "recipients",
            meaning: "Quarantine digest mail: `recipients` (each recipient hears about their own quarantined mail), an address (a spam manager gets everything), or `off`.",
            render: { ConfigurationKeys.digestText($0.scan.digest) })
        { config, value in
            guard let audience = DigestAudience(value) else {
                throw ConfigurationError.badValue(key: "scan.digest", value: value, expected: "recipients, off or an address")
            }
            config.scan.digest = audience
        },
        ConfigurationKey(name: "scan.digest_interval", defaultDescription: "86400",
            meaning: "Seconds between quarantine digests (only sent when something was quarantined).",
            render: { ConfigurationKeys.text($0.scan.digestInterval) })
        { $0.scan.digestInterval = TimeInterval(try integer("scan.digest_interval", $1, min: 10, max: 30 * 86_400)) },
        ConfigurationKey(name: "scan.domain_actions", defaultDescription: "(empty)",
            meaning: "Per-domain overrides `domain:verdict=action`, e.g. `example.com:spam=quarantine`. With several recipients the strictest action applies.",
            render: { ConfigurationKeys.domainActionsText($0.scan.domainActions) })
        { config, value in
            let (table, errors) = ScanConfiguration.parseDomainActions(list(value))
            if let first = errors.first {
                throw ConfigurationError.badValue(key: "scan.domain_actions", value: first, expected: "domain:verdict=tag|quarantine|reject")
            }
            config.scan.domainActions = table
        },
    ]

    static func scanAction(_ key: String, _ value: String) throws -> ScanAction {
        guard let action = ScanAction(rawValue: value.lowercased()) else {
            throw ConfigurationError.badValue(key: key, value: value, expected: "tag, quarantine or reject")
        }
        return action
    }

    // MARK: - Rendering values back to the text their key parses

    static func text(_ value: Int) -> String { String(value) }
    static func text(_ value: Bool) -> String { value ? "true" : "false" }
    static func text(_ value: String) -> String { value }
    static func text(_ value: [String]) -> String { value.joined(separator: ",") }
    /// Whole numbers as integers (the keys of durations take whole seconds), others as decimals.
    static func text(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
    }
    static func text<Value: RawRepresentable>(_ value: Value) -> String where Value.RawValue == String { value.rawValue }
    static func text(_ value: ScanAction?) -> String { value?.rawValue ?? "" }

    static func subjectTagsText(_ table: [String: String]) -> String {
        table.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value.isEmpty ? "none" : $0.value)" }.joined(separator: ",")
    }

    static func domainActionsText(_ table: [String: [String: ScanAction]]) -> String {
        table.sorted { $0.key < $1.key }.flatMap { domain, actions in
            actions.sorted { $0.key < $1.key }.map { "\(domain):\($0.key)=\($0.value.rawValue)" }
        }.joined(separator: ",")
    }

    static func digestText(_ audience: DigestAudience) -> String {
        switch audience {
        case .off: return "off"
        case .recipients: return "recipients"
        case .manager(let address): return address
        }
    }

    public static func key(named name: String) -> ConfigurationKey? {
        all.first { $0.name == name }
    }
}
