// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
]

let package = Package(
    name: "haetae",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "haetae", targets: ["haetae"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-nio-ssl.git", from: "2.37.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-async-algorithms.git", from: "1.0.0"),
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-certificates.git", from: "1.21.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-asn1.git", from: "1.7.0"),
        .package(url: "https://github.com/LebJe/TOMLKit.git", from: "0.6.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // Pure mail basics shared by everything: reply codes with enhanced codes, IP addresses and
        // networks, RFC 5322 dates, Base64, Punycode, account names, log quoting. No I/O.
        .target(name: "MailCore", swiftSettings: swiftSettings),
        // Pure RFC 5321 grammar, paths, the session state machine, DATA framing. No I/O.
        .target(name: "SMTPProtocol", dependencies: ["MailCore"], swiftSettings: swiftSettings),
        // Durable spool: envelope + message files, fsync, recovery.
        .target(name: "HaetaeQueue", dependencies: ["SMTPProtocol"], swiftSettings: swiftSettings),
        // Pure MIME parsing: headers, RFC 2047/2231, multipart trees, transfer encodings, charsets
        // (Korean included), HTML to text.
        .target(name: "MIME", swiftSettings: swiftSettings),
        // Pure IMAP4rev1 core: command framing (literals), grammar, response strings, the MIME
        // tree as byte ranges for FETCH (sections, ENVELOPE, BODYSTRUCTURE), SEARCH. No I/O.
        .target(name: "IMAPProtocol", dependencies: ["MIME", "MailCore"], swiftSettings: swiftSettings),
        // Pure POP3 core: command grammar, dot-stuffed multi-line responses. No I/O.
        .target(name: "POP3Protocol", swiftSettings: swiftSettings),
        // Users' mail folders: Maildir++ with persistent UIDs, flags in file names, append,
        // copy, expunge. Shared by local delivery's reader side (IMAP now, POP3 later).
        .target(name: "HaetaeMailbox", dependencies: ["MailCore", "HaetaeQueue"], swiftSettings: swiftSettings),
        // Pure content filtering: features, naive Bayes, phishing/bulk/attachment rules, EICAR,
        // verdicts and tagging.
        .target(name: "HaetaeFilter", dependencies: ["MIME", "MailCore"], swiftSettings: swiftSettings),
        // Pure protection logic: rate windows, brute-force throttle, compromised-account scoring,
        // circuit breaker, password policy, log audit. No I/O.
        .target(name: "HaetaeProtection", dependencies: ["MailCore"], swiftSettings: swiftSettings),
        // The event sink: an event's log line and its counter, written in one place.
        .target(
            name: "HaetaeEvents",
            dependencies: [
                "MailCore",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // Directory of domains, users, aliases (SQLite via GRDB), bcrypt.
        .target(
            name: "HaetaeStore",
            dependencies: [
                "MailCore",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
            ],
            swiftSettings: swiftSettings
        ),
        // Async DNS on SwiftNIO (UDP, TCP on truncation), TTL cache, a fake for tests.
        .target(
            name: "DNSClient",
            dependencies: [
                "MailCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        // Relay decision, access map, connection rules, sender ownership, DNSBL.
        .target(
            name: "HaetaePolicy",
            dependencies: [
                "HaetaeEvents",
                "MailCore", "SMTPProtocol", "HaetaeStore", "HaetaeQueue", "DNSClient", "HaetaeProtection",
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
            ],
            swiftSettings: swiftSettings
        ),
        // The outbound SMTP connection (NIO, TLS) that delivery and the relay tester drive.
        .target(
            name: "SMTPClient",
            dependencies: [
                "SMTPProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        // Local delivery to Maildir and routing.
        .target(
            name: "HaetaeDelivery",
            dependencies: [
                "SMTPProtocol", "HaetaeQueue", "HaetaeStore", "SMTPClient", "DNSClient", "HaetaeProtection", "HaetaeEvents", "HaetaeMailbox",
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
            ],
            swiftSettings: swiftSettings
        ),
        // Scanning at the edge: clamd client, white/blacklists, quarantine, per-verdict actions.
        .target(
            name: "HaetaeScan",
            dependencies: [
                "HaetaeEvents",
                "HaetaeFilter", "HaetaeStore", "HaetaeQueue", "HaetaePolicy",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The operator's console: Hummingbird admin listener, sessions, CSRF, JSON API, pages, /metrics.
        .target(
            name: "HaetaeAdmin",
            dependencies: [
                "HaetaeEvents",
                "MailCore", "HaetaeStore", "HaetaeQueue", "HaetaeScan", "HaetaePolicy", "HaetaeProtection", "HaetaeDelivery",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "CoreMetrics", package: "swift-metrics"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            swiftSettings: swiftSettings
        ),
        // NIO listeners, TLS, the handler executing SMTPSession's actions. Hands complete messages
        // to a `MessageReceiver` (HaetaeQueue); knows nothing of scanning or MIME.
        .target(
            name: "SMTPServer",
            dependencies: [
                "SMTPProtocol", "HaetaeQueue", "HaetaePolicy", "HaetaeProtection", "SMTPClient", "HaetaeEvents",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // The mailbox-access listeners, IMAP (143 STARTTLS, 993 TLS) and POP3 (110 STLS, 995 TLS): one
        // NIO handler driving either session over the mailbox store.
        .target(
            name: "IMAPServer",
            dependencies: [
                "IMAPProtocol", "POP3Protocol", "HaetaeMailbox", "HaetaeEvents", "MailCore",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOTLS", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        // Configuration, TLS material, wiring, the inbound pipeline, lifecycle.
        .target(
            name: "HaetaeApp",
            dependencies: [
                "HaetaeEvents",
                "SMTPProtocol", "MIME", "HaetaeQueue", "HaetaeStore", "HaetaeDelivery", "SMTPServer", "HaetaePolicy", "DNSClient", "HaetaeProtection", "HaetaeScan", "HaetaeFilter", "HaetaeAdmin", "SMTPClient", "IMAPServer", "HaetaeMailbox",
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "AsyncAlgorithms", package: "swift-async-algorithms"),
                .product(name: "X509", package: "swift-certificates"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "SwiftASN1", package: "swift-asn1"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "haetae",
            dependencies: [
                "HaetaeApp",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        // Fakes shared by the tests of the policy, the SMTP server and delivery.
        .target(
            name: "HaetaeTestSupport",
            dependencies: [
                "HaetaeStore", "HaetaePolicy", "HaetaeQueue", "HaetaeDelivery",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings),
        // libFuzzer target for the pure SMTP core (see the file for the build command).
        .executableTarget(name: "FuzzSMTPProtocol", dependencies: ["SMTPProtocol"], swiftSettings: swiftSettings),
        .executableTarget(name: "FuzzMIME", dependencies: ["MIME", "HaetaeFilter"], swiftSettings: swiftSettings),
        .testTarget(
            name: "HaetaeAdminTests",
            dependencies: [
                "HaetaeAdmin", "HaetaeStore", "HaetaeQueue", "HaetaeTestSupport",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "HaetaeScanTests", dependencies: ["HaetaeScan", "HaetaeFilter"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeFilterTests", dependencies: ["HaetaeFilter", "MIME"], swiftSettings: swiftSettings),
        .testTarget(name: "IMAPProtocolTests", dependencies: ["IMAPProtocol"], swiftSettings: swiftSettings),
        .testTarget(name: "IMAPServerTests", dependencies: ["IMAPServer", "IMAPProtocol", "POP3Protocol", "HaetaeMailbox", .product(name: "Logging", package: "swift-log")], swiftSettings: swiftSettings),
        .testTarget(name: "POP3ProtocolTests", dependencies: ["POP3Protocol"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeMailboxTests", dependencies: ["HaetaeMailbox"], swiftSettings: swiftSettings),
        .testTarget(name: "MIMETests", dependencies: ["MIME"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeProtectionTests", dependencies: ["HaetaeProtection"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeEventsTests", dependencies: ["HaetaeEvents", "HaetaeProtection"], swiftSettings: swiftSettings),
        .testTarget(name: "SMTPProtocolTests", dependencies: ["SMTPProtocol"], swiftSettings: swiftSettings),
        .testTarget(name: "MailCoreTests", dependencies: ["MailCore"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaePolicyTests", dependencies: ["HaetaePolicy", "HaetaeStore", "HaetaeQueue", "SMTPProtocol", "DNSClient", "HaetaeTestSupport"], swiftSettings: swiftSettings),
        .testTarget(name: "DNSClientTests", dependencies: ["DNSClient"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeQueueTests", dependencies: ["HaetaeQueue"], swiftSettings: swiftSettings),
        .testTarget(name: "HaetaeStoreTests", dependencies: ["HaetaeStore"], swiftSettings: swiftSettings),
        .testTarget(
            name: "SMTPClientTests",
            dependencies: [
                "SMTPClient", "SMTPProtocol",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "HaetaeDeliveryTests",
            dependencies: [
                "HaetaeDelivery", "HaetaeQueue", "DNSClient", "HaetaeTestSupport", "HaetaeMailbox",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "SMTPServerTests",
            dependencies: [
                "SMTPServer", "HaetaeQueue", "HaetaeStore", "SMTPProtocol", "HaetaePolicy", "HaetaeTestSupport",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSL", package: "swift-nio-ssl"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(name: "HaetaeAppTests", dependencies: ["HaetaeApp"], swiftSettings: swiftSettings),
    ]
)
