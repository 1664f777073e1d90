import Foundation
import Testing

@testable import HaetaeQueue

struct MessageIntakeTests {
    @Test func draftSpillsToAFileAndReadsBackWhole() throws {
        let spool = try Spool(root: SpoolTests.temporaryDirectory())
        let draft = spool.makeDraft(memoryLimit: 1_000)
        let chunk = Array(repeating: UInt8(ascii: "a"), count: 700)
        draft.append(chunk)
        #expect(!draft.isOnDisk)
        draft.append(chunk)
        #expect(draft.isOnDisk, "past the memory limit the draft is a file")
        #expect(draft.count == 1_400)
        #expect(try draft.prefix(10) == Array(chunk.prefix(10)))
        var collected: [UInt8] = []
        try draft.forEachChunk(from: 100, chunkSize: 256) { collected += $0 }
        #expect(collected.count == 1_300)
        draft.discard()
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.root + "/tmp").isEmpty)
    }

    @Test func intakeRemovesDuplicateRecipientsAndAddsLocalHeaders() async throws {
        let spool = try Spool(root: SpoolTests.temporaryDirectory())
        let intake = MessageIntake(spool: spool, hostname: "mx.test")
        let id = try await intake.accept(
            origin: .sendmail, sender: "a@mx.test", recipients: ["u@x.test", "U@x.test", "v@y.test"],
            message: Array("Subject: hi\r\n\r\nbody\r\n".utf8))
        let (envelope, _) = try spool.load(id)
        #expect(envelope.recipients.map(\.address) == ["u@x.test", "v@y.test"])
        #expect(envelope.listener == "sendmail")
        let text = String(decoding: try spool.messageBytes(id), as: UTF8.self)
        #expect(text.hasPrefix("Date: "))
        #expect(text.contains("Message-ID: <\(id)@mx.test>\r\nSubject: hi\r\n\r\nbody\r\n"))
        #expect(envelope.size == text.utf8.count)
    }

    @Test func smtpOriginsAreStoredAsReceivedAfterTheTrace() async throws {
        let spool = try Spool(root: SpoolTests.temporaryDirectory())
        let intake = MessageIntake(spool: spool, hostname: "mx.test")
        let draft = spool.makeDraft(memoryLimit: 16)
        let body = Array("Subject: x\r\n\r\n".utf8) + Array(repeating: UInt8(ascii: "z"), count: 100_000) + [13, 10]
        draft.append(body)
        let message = IncomingMessage(
            id: draft.id, origin: .smtp(listener: "mx"), sender: "a@b.test", recipients: ["u@x.test"],
            trace: Array("Received: test\r\n".utf8), draft: draft)
        let size = try await intake.accept(message)
        #expect(try spool.messageBytes(draft.id) == Array("Received: test\r\n".utf8) + body)
        #expect(size == body.count + 16)
        #expect(try FileManager.default.contentsOfDirectory(atPath: spool.root + "/tmp").isEmpty, "the draft is gone")
    }

    @Test func heldMessagesKeepTheirRecipientsHeld() async throws {
        let spool = try Spool(root: SpoolTests.temporaryDirectory())
        let id = try await MessageIntake(spool: spool, hostname: "mx.test").accept(
            origin: .notice, sender: "", recipients: ["u@x.test"], message: Array("Subject: x\r\n\r\n".utf8), held: true)
        #expect(try spool.load(id).envelope.recipients.allSatisfy { $0.status == .held })
    }
}
