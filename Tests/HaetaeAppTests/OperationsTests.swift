import Foundation
import Testing

@testable import HaetaeApp

/// The operations behind the CLI, run against a temporary data directory with their output captured.
struct OperationsTests {
    final class Lines: @unchecked Sendable {
        private let lock = NSLock()
        private var lines: [String] = []
        var all: [String] { lock.withLock { lines } }
        func append(_ line: String) { lock.withLock { lines.append(line) } }
    }

    static func operations(_ lines: Lines, errors: Lines = Lines(), config: String? = nil) -> (Operations, String) {
        let root = NSTemporaryDirectory() + "haetae-ops-\(UUID().uuidString)"
        return (Operations(data: root, configurationFile: config, output: { lines.append($0) }, errorOutput: { errors.append($0) }), root)
    }

    @Test func accountsAreAddedListedAndRemoved() throws {
        let lines = Lines()
        let (operations, root) = Self.operations(lines)
        defer { try? FileManager.default.removeItem(atPath: root) }
        try operations.addDomain("Example.TEST")
        try operations.addUser("Ann@example.test", password: nil)
        #expect(lines.all.contains("added domain example.test"))
        #expect(lines.all.contains("added user ann@example.test"))
        let generated = try #require(lines.all.first { $0.hasPrefix("password: ") })
        #expect(generated.count >= "password: ".count + 20)
        try operations.listUsers(domain: nil)
        #expect(lines.all.last == "ann@example.test")
        try operations.removeUser("ann@example.test")
        #expect(lines.all.last == "removed user ann@example.test")
    }

    /// Regression: `haetae scan` printed reasons quoting a link text wrapped over two lines, which
    /// split one file's result over two lines of the tab-separated output.
    @Test func scanOutputIsOneLinePerFileWhateverTheReasonsQuote() throws {
        let lines = Lines()
        let (operations, root) = Self.operations(lines)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = NSTemporaryDirectory() + "haetae-ops-\(UUID().uuidString).eml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let message = "From: Shop <news@shop.example>\r\nTo: a@b.example\r\nSubject: hello\r\nContent-Type: text/html\r\n\r\n"
            + "<a href=\"https://other.example/x\">https://shop.example.\r\ncom/login</a> and <a href=\"https://other.example/y\">Pay\u{0B}now</a>\r\n"
        try message.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try operations.scanFiles([file], threshold: nil, summary: false)
        let printed = try #require(lines.all.first { $0.hasPrefix(file) })
        #expect(!printed.unicodeScalars.contains { $0.properties.generalCategory == .control && $0 != "\t" })
        #expect(printed.split(separator: "\t").count == 4)
        #expect(Operations.oneLine("a\r\nb\u{7F}c") == "a  b c")
    }

    /// `haetae scan --explain` says where the score came from: the model's kinds of evidence, the
    /// tokens that weighed most, and each rule weight — one more column, still one line.
    @Test func scanExplainAddsWhereTheScoreCameFrom() throws {
        let lines = Lines()
        let (operations, root) = Self.operations(lines)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let file = NSTemporaryDirectory() + "haetae-ops-\(UUID().uuidString).eml"
        defer { try? FileManager.default.removeItem(atPath: file) }
        let message = "From: \"Coinbase\" <no-reply@mountvernon.example.org>\r\nTo: a@b.example\r\nSubject: Your wallet is disabled\r\n"
            + "Content-Type: text/html\r\n\r\n<p>Verify your account now or lose your funds.</p>"
            + "<a href=\"https://wallet-restore.example.net/x\">Restore</a>\r\n"
        try message.write(toFile: file, atomically: true, encoding: .utf8)
        _ = try operations.scanFiles([file], threshold: nil, summary: false, explain: true)
        let printed = try #require(lines.all.first { $0.hasPrefix(file) })
        let columns = printed.split(separator: "\t", omittingEmptySubsequences: false)
        #expect(columns.count == 5)
        let explanation = String(columns[4])
        #expect(explanation.hasPrefix("model "))
        #expect(explanation.contains("words "))
        #expect(explanation.contains("towards spam: "))
        #expect(explanation.contains("rules +"))
        #expect(explanation.contains("brand-display-name"))
        // The same file without --explain keeps four columns.
        _ = try operations.scanFiles([file], threshold: nil, summary: false)
        #expect(lines.all.last?.split(separator: "\t", omittingEmptySubsequences: false).count == 4)
    }

    @Test func aStoreErrorIsOneLine() throws {
        let (operations, root) = Self.operations(Lines())
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: OperationError.self) { try operations.addUser("nobody@unknown.test", password: "a long enough password 1") }
        #expect(throws: OperationError.self) { try operations.removeAccessRule(key: "Connect:not a key at all ::") }
    }

    @Test func theConfiguredBcryptCostIsUsed() throws {
        let file = NSTemporaryDirectory() + "haetae-ops-\(UUID().uuidString).toml"
        try "[auth]\nbcrypt_cost = 11\n".write(toFile: file, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let (operations, root) = Self.operations(Lines(), config: file)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try operations.configuration().auth.bcryptCost == 11)
    }

    @Test func findingsAreExitStatusesNotErrors() throws {
        let lines = Lines()
        let (operations, root) = Self.operations(lines)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let list = NSTemporaryDirectory() + "haetae-ops-\(UUID().uuidString).txt"
        try "# partners\npartner.example\n192.0.2.0/24\nnot an entry\n".write(toFile: list, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: list) }
        #expect(try operations.importListEntries(.whitelist, file: list) == 1)
        #expect(lines.all.contains("whitelist: imported 2, already present 0, invalid 1"))
        #expect(try operations.auditPasswords() == 0)
    }

    /// An argument that is not a queue ID was dropped from the flush request, which then meant
    /// "retry every message".
    @Test func queueFlushRefusesWhatIsNotAQueueID() throws {
        let lines = Lines()
        let (operations, root) = Self.operations(lines)
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: OperationError.self) { try operations.flushQueue(["no-such-id"]) }
        #expect(lines.all.isEmpty)
        try operations.flushQueue([])
        #expect(lines.all.count == 1)
    }

    @Test func configurationCheckPrintsEffectiveValues() throws {
        let lines = try Operations.checkConfiguration(text: "[scan]\nspam_threshold = 1.5\n", name: "test")
        #expect(lines.contains("scan.spam_threshold = 1.5"))
        #expect(throws: OperationError.self) { try Operations.checkConfiguration(text: "[scan]\nspam_threshold = \"high\"\n", name: "test") }
        // The sample is the defaults written out.
        let defaults = try Operations.checkConfiguration(text: "", name: "empty")
        #expect(try Operations.checkConfiguration(text: Operations.sampleConfiguration(), name: "sample") == defaults)
    }

    // MARK: - sendmail

    @Test func sendmailOptionsParseAsSendmailDoes() throws {
        let options = try Sendmail.parseOptions(["-t", "-oi", "-fbounce@example.test", "-F", "Web App", "-odb", "--", "-dash@example.test"])
        #expect(options.recipientsFromHeaders)
        #expect(!options.dotEnds)
        #expect(options.sender == "bounce@example.test")
        #expect(options.fullName == "Web App")
        #expect(options.recipients == ["-dash@example.test"])
        #expect(throws: OperationError.self) { try Sendmail.parseOptions(["-X"]) }
        #expect(throws: OperationError.self) { try Sendmail.parseOptions(["-f"]) }
    }

    @Test func localSubmissionTakesRecipientsFromHeadersAndDropsBcc() throws {
        let input = Array("To: a@example.test, \"B, Person\" <b@example.test>\nBcc: hidden@example.test\n  (folded)\nSubject: hi\n\nbody\n.\nafter\n".utf8)
        let submission = try LocalSubmission.build(
            input: input, dotEnds: true, recipientsFromHeaders: true, arguments: ["A@example.test"], sender: "web@host.test",
            fullName: nil, defaultDomain: "host.test", now: Date(timeIntervalSince1970: 0), messageID: "id@host.test", maxSize: 1 << 20)
        #expect(submission.recipients == ["a@example.test", "b@example.test", "hidden@example.test"])
        let text = String(decoding: submission.message, as: UTF8.self)
        #expect(!text.contains("Bcc") && !text.contains("folded"))
        #expect(text.contains("From: <web@host.test>\r\n"))
        #expect(text.contains("Date: Thu, 1 Jan 1970 00:00:00 +0000\r\n"))
        #expect(text.contains("Message-ID: <id@host.test>\r\n"))
        #expect(text.hasSuffix("\r\nbody\r\n"))
        #expect(!text.contains("after"))
    }

    @Test func localSubmissionRefusesWhatCouldNotBeQueued() {
        let long = Array(("Subject: " + String(repeating: "x", count: 1_000) + "\n\nbody\n").utf8)
        #expect(throws: LocalSubmission.Failure.self) {
            try LocalSubmission.build(input: long, dotEnds: true, recipientsFromHeaders: false, arguments: ["a@b.test"], sender: "",
                                      fullName: nil, defaultDomain: "h.test", now: Date(), messageID: "i@h", maxSize: 1 << 20)
        }
        #expect(throws: LocalSubmission.Failure.self) {
            try LocalSubmission.build(input: Array("Subject: x\n\nbody\n".utf8), dotEnds: true, recipientsFromHeaders: false,
                                      arguments: ["bad address\r\nRCPT TO:<x@y>"], sender: "", fullName: nil, defaultDomain: "h.test",
                                      now: Date(), messageID: "i@h", maxSize: 1 << 20)
        }
        #expect(throws: LocalSubmission.Failure.self) {
            try LocalSubmission.parseSender("a b@c", defaultDomain: "h.test")
        }
        #expect((try? LocalSubmission.parseSender("<>", defaultDomain: "h.test")) == "")
        #expect((try? LocalSubmission.parseSender("cron", defaultDomain: "h.test")) == "cron@h.test")
    }
}
