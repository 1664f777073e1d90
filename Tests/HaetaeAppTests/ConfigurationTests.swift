import Foundation
import Testing

@testable import HaetaeApp

struct ConfigurationTests {
    static let base = HaetaeConfiguration.defaults(isRoot: false, systemHostname: "host.test")

    @Test func defaultsAreUnprivilegedWithoutRoot() {
        #expect(Self.base.listen.mx == "0.0.0.0:2525")
        #expect(Self.base.listen.submission == "0.0.0.0:2587")
        #expect(Self.base.listen.submissions == "0.0.0.0:2465")
        let root = HaetaeConfiguration.defaults(isRoot: true, systemHostname: "h")
        #expect(root.listen.mx == "0.0.0.0:25")
        #expect(root.listen.submission == "0.0.0.0:587")
        #expect(root.listen.submissions == "0.0.0.0:465")
    }

    @Test func fileThenOverrides() throws {
        let path = NSTemporaryDirectory() + "haetae-\(UUID().uuidString).toml"
        try """
            hostname = "mail.example.test"
            [smtp]
            max_recipients = 5
            bare_line_endings = "normalize"
            [listen]
            mx = "127.0.0.1:2025"
            """.write(toFile: path, atomically: true, encoding: .utf8)
        let configuration = try ConfigurationLoader.load(
            file: path, overrides: ["smtp.max_recipients=7", "listen.submissions=off"], base: Self.base)
        #expect(configuration.hostname == "mail.example.test")
        #expect(configuration.smtp.maxRecipients == 7)
        #expect(configuration.smtp.bareLineEndings == .normalize)
        #expect(configuration.listen.mx == "127.0.0.1:2025")
        #expect(configuration.listen.submissions == "")
    }

    @Test func unknownKeysAndBadValuesAreErrors() {
        #expect(throws: ConfigurationError.unknownKey("smtp.nope")) {
            try ConfigurationLoader.load(file: nil, overrides: ["smtp.nope=1"], base: Self.base)
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: nil, overrides: ["smtp.max_recipients=0"], base: Self.base)
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: nil, overrides: ["smtp.bare_line_endings=pass"], base: Self.base)
        }
        #expect(throws: ConfigurationError.self) {
            try ConfigurationLoader.load(file: nil, overrides: ["listen.mx=nowhere"], base: Self.base)
        }
        #expect(throws: ConfigurationError.badSyntax("novalue")) {
            try ConfigurationLoader.load(file: nil, overrides: ["novalue"], base: Self.base)
        }
    }

    @Test func everyKeyIsInTheSampleAndReadmeTable() throws {
        let sample = ConfigurationLoader.sample()
        let readmePath = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("README.md").path
        let readme = (try? String(contentsOfFile: readmePath, encoding: .utf8)) ?? ""
        for key in ConfigurationKeys.all {
            let leaf = key.name.split(separator: ".").last!
            #expect(sample.contains("# \(leaf) = ") || sample.contains("\n\(leaf) = "), "\(key.name) missing from the sample")
            #expect(readme.contains("| `\(key.name)` |"), "\(key.name) missing from the README table")
        }
    }

    @Test func listenAddresses() throws {
        #expect(try ListenAddress.parse("127.0.0.1:25") == ListenAddress(host: "127.0.0.1", port: 25))
        #expect(try ListenAddress.parse("[::1]:587") == ListenAddress(host: "::1", port: 587))
        #expect(throws: ConfigurationError.self) { try ListenAddress.parse("127.0.0.1") }
        #expect(throws: ConfigurationError.self) { try ListenAddress.parse("127.0.0.1:99999") }
    }

    @Test func selfSignedCertificateIsGeneratedOnceWithFingerprint() throws {
        let directory = NSTemporaryDirectory() + "haetae-tls-" + UUID().uuidString
        let first = try SelfSignedCertificate.ensure(in: directory, hostname: "mx.example.test")
        #expect(first.generated)
        #expect(first.sha256Fingerprint.count == 95)
        let second = try SelfSignedCertificate.ensure(in: directory, hostname: "mx.example.test")
        #expect(!second.generated)
        #expect(second.sha256Fingerprint == first.sha256Fingerprint)
        _ = try HaetaeServer.makeTLSContext(certificatePath: first.certificatePath, keyPath: first.keyPath)
        let attributes = try FileManager.default.attributesOfItem(atPath: first.keyPath)
        #expect((attributes[.posixPermissions] as? Int) == 0o600)
    }
}

/// Issue 12's configuration checks.
struct ConfigurationRoundTripTests {
    static let defaults = HaetaeConfiguration.defaults(isRoot: false, systemHostname: "localhost")

    @Test func sampleParsesBackToTheDefaults() throws {
        let loaded = try ConfigurationLoader.load(text: ConfigurationLoader.sample(), name: "sample", base: Self.defaults)
        let expected = ConfigurationLoader.effectiveValues(Self.defaults)
        let actual = ConfigurationLoader.effectiveValues(loaded)
        #expect(expected.count == actual.count)
        for (left, right) in zip(expected, actual) where left != right {
            Issue.record("sample sets \(right.0) = \(right.1), default is \(left.1)")
        }
    }

    @Test func tomlFloatIsAccepted() throws {
        let loaded = try ConfigurationLoader.load(text: "[scan]\nspam_threshold = 1.5\n", name: "t", base: Self.defaults)
        #expect(loaded.scan.thresholds.spam == 1.5)
        let other = try ConfigurationLoader.load(text: "[scan]\nspam_threshold = 2.25\n", name: "t", base: Self.defaults)
        #expect(other.scan.thresholds.spam == 2.25)
    }

    @Test func bcryptCostComesFromTheFile() throws {
        let loaded = try ConfigurationLoader.load(text: "[auth]\nbcrypt_cost = 11\n", name: "t", base: Self.defaults)
        #expect(loaded.auth.bcryptCost == 11)
    }

    /// Every key renders its value as text that the key parses back to the same value, on the
    /// defaults and on a configuration where every kind of value differs from them.
    @Test func everyKeyRendersWhatItParses() throws {
        let changed = try ConfigurationLoader.load(text: """
            hostname = "mx.example.test"
            trusted_networks = ["192.0.2.0/24", "2001:db8::/32"]
            transport = ["example.org=smtp:[10.0.0.1]:2525"]
            [smtp]
            bare_line_endings = "reject"
            [dnsbl]
            zones = ["zen.example*2", "bl.example"]
            [auth]
            lockout_window = 1200
            [protection]
            detect_rejected_ratio = 0.45
            [scan]
            spam_threshold = 2.25
            action_spam = "quarantine"
            digest = "spam@example.test"
            domain_subject_tags = "a.example=[SPAM] {subject},b.example=none"
            domain_actions = ["a.example:spam=reject", "a.example:bulk=quarantine"]
            """, name: "test", base: Self.defaults)
        for configuration in [Self.defaults, changed] {
            for key in ConfigurationKeys.all {
                let text = key.render(configuration)
                var reparsed = configuration
                try key.apply(&reparsed, text)
                #expect(key.render(reparsed) == text, "\(key.name): \(text) → \(key.render(reparsed))")
                // Applied to the defaults, the text gives the configuration's value.
                var fresh = Self.defaults
                try key.apply(&fresh, text)
                #expect(key.render(fresh) == text, "\(key.name)")
            }
        }
        let values = Dictionary(ConfigurationLoader.effectiveValues(changed), uniquingKeysWith: { first, _ in first })
        #expect(values["scan.spam_threshold"] == "2.25")
        #expect(values["auth.lockout_window"] == "1200")
        #expect(values["scan.digest"] == "spam@example.test")
        #expect(values["dnsbl.zones"] == "zen.example*2,bl.example")
        #expect(values["scan.domain_actions"] == "a.example:bulk=quarantine,a.example:spam=reject")
    }
}
