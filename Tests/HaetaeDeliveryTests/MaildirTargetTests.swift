import Foundation
import Testing

@testable import HaetaeDelivery

/// Maildir as a delivery target: a recipient is delivered only when every mailbox has its copy.
struct MaildirTargetTests {
    static func transaction(_ recipients: [DeliveryRecipient]) -> DeliveryTransaction {
        DeliveryTransaction(
            queueID: "0ABCDEFGHIJKLMNO", arrivedAt: Date(timeIntervalSince1970: 1_800_000_000), sender: "s@sender.example",
            smtpUTF8: false, destination: "", recipients: recipients, message: Array("Subject: hi\r\n\r\nbody\r\n".utf8))
    }

    @Test func everyMailboxGetsOneCopyAndARepeatIsSkipped() async throws {
        let root = NSTemporaryDirectory() + "haetae-maildir-target-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        let target = MaildirTarget(writer: MaildirWriter(root: root, hostname: "mx.test"))
        let team = DeliveryRecipient(address: "team@local.test", mailboxes: ["ann@local.test", "bob@local.test"])
        let first = await target.deliver(Self.transaction([team]))
        #expect(first == [.delivered("team@local.test", [
            DeliveryRecord(relay: "local", mailbox: "ann@local.test"), DeliveryRecord(relay: "local", mailbox: "bob@local.test"),
        ])])
        for mailbox in ["ann", "bob"] {
            let files = try FileManager.default.contentsOfDirectory(atPath: "\(root)/local.test/\(mailbox)/Maildir/new")
            #expect(files.count == 1)
        }
        var again = team
        again.mayRepeat = true
        let second = await target.deliver(Self.transaction([again]))
        #expect(second == [.delivered("team@local.test", [
            DeliveryRecord(relay: "local", mailbox: "ann@local.test", duplicate: true),
            DeliveryRecord(relay: "local", mailbox: "bob@local.test", duplicate: true),
        ])])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(root)/local.test/ann/Maildir/new").count == 1)
    }

    @Test func aMailboxThatCannotBeWrittenDefersItsRecipientOnly() async throws {
        let root = NSTemporaryDirectory() + "haetae-maildir-target-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: root) }
        // bob's Maildir path is taken by a file: nothing can be created under it.
        try FileManager.default.createDirectory(atPath: "\(root)/local.test/bob", withIntermediateDirectories: true)
        _ = FileManager.default.createFile(atPath: "\(root)/local.test/bob/Maildir", contents: Data())
        let target = MaildirTarget(writer: MaildirWriter(root: root, hostname: "mx.test"))
        let outcomes = await target.deliver(Self.transaction([
            DeliveryRecipient(address: "ann@local.test", mailboxes: ["ann@local.test"]),
            DeliveryRecipient(address: "bob@local.test", mailboxes: ["bob@local.test"]),
        ]))
        #expect(outcomes.count == 2)
        #expect(outcomes.first == .delivered("ann@local.test", [DeliveryRecord(relay: "local", mailbox: "ann@local.test")]))
        guard case .deferred(let failure) = outcomes.last?.result else {
            Issue.record("bob is not deferred: \(String(describing: outcomes.last))")
            return
        }
        #expect(outcomes.last?.recipient == "bob@local.test")
        #expect(failure.status.description == "4.3.0" && failure.source == .local)
        #expect(failure.description.hasPrefix("451 4.3.0 local delivery failed: "))
    }
}
