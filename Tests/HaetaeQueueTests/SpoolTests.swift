import Foundation
import Testing

@testable import HaetaeQueue

struct SpoolTests {
    static func temporaryDirectory() -> String {
        let path = NSTemporaryDirectory() + "haetae-spool-" + UUID().uuidString
        try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func envelope(_ id: String = QueueID.make()) -> QueueEnvelope {
        QueueEnvelope(
            id: id, arrivedAt: Date(timeIntervalSince1970: 1_800_000_000), sender: "a@b.test",
            recipients: [QueueRecipient(address: "u@x.test"), QueueRecipient(address: "v@y.test")], size: 5)
    }

    @Test func acceptThenLoad() async throws {
        let spool = try Spool(root: Self.temporaryDirectory())
        let envelope = Self.envelope()
        try await spool.accept(envelope, message: Array("hello".utf8))
        let (loaded, _) = try spool.load(envelope.id)
        #expect(loaded == envelope)
        #expect(try spool.messageBytes(envelope.id) == Array("hello".utf8))
        #expect(try spool.ids() == [envelope.id])
    }

    @Test func deliveryStateOverridesEnvelope() async throws {
        let spool = try Spool(root: Self.temporaryDirectory())
        let envelope = Self.envelope()
        try await spool.accept(envelope, message: [1, 2, 3])
        var recipients = envelope.recipients
        recipients[0].status = .delivered
        recipients[1].status = .deferred
        recipients[1].lastError = "later"
        try await spool.updateRecipients(envelope.id, recipients)
        #expect(try spool.load(envelope.id).envelope.recipients == recipients)
        try await spool.remove(envelope.id)
        #expect(try spool.ids().isEmpty)
        await #expect(throws: SpoolError.self) { try await spool.remove(envelope.id) }
    }

    @Test func recoveryRemovesPartialsAndQuarantinesCorruptFiles() async throws {
        let root = Self.temporaryDirectory()
        let spool = try Spool(root: root)
        let good = Self.envelope()
        try await spool.accept(good, message: Array("ok".utf8))
        // A write interrupted before rename: never acknowledged.
        try Data("partial".utf8).write(to: URL(fileURLWithPath: root + "/tmp/" + QueueID.make()))
        // A damaged message file.
        let badID = QueueID.make()
        try Data("garbage without header".utf8).write(to: URL(fileURLWithPath: root + "/messages/" + badID))
        let reopened = try Spool(root: root)
        let result = try reopened.recover()
        #expect(result.queued == [good.id])
        #expect(result.removedPartial == 1)
        #expect(result.corrupt == [badID])
        #expect(FileManager.default.fileExists(atPath: root + "/corrupt/" + badID))
    }

    @Test func directorySyncsAreGroupCommitted() async throws {
        let spool = try Spool(root: Self.temporaryDirectory())
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<64 {
                group.addTask { try await spool.accept(Self.envelope(), message: Array(repeating: 65, count: 1024)) }
            }
            try await group.waitForAll()
        }
        #expect(try spool.ids().count == 64)
        let syncs = await spool.directorySyncCount()
        #expect(syncs >= 1 && syncs <= 64)
    }

    @Test func queueIDsAreUniqueAndOrdered() {
        var ids: [String] = []
        for index in 0..<1000 {
            ids.append(QueueID.make(now: Date(timeIntervalSince1970: 1_800_000_000 + Double(index) / 1000)))
        }
        #expect(Set(ids).count == ids.count)
        #expect(ids.map { $0.prefix(11) } == ids.map { $0.prefix(11) }.sorted())
        #expect(ids.allSatisfy(QueueID.isValid))
        #expect(!QueueID.isValid("../../etc/passwd"))
    }
}
