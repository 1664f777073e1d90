import Foundation
import Testing

@testable import HaetaeDelivery
import HaetaeMailbox

struct MaildirWriterTests {
    @Test func deliversOnceEvenWhenRepeated() throws {
        let root = NSTemporaryDirectory() + "haetae-maildir-" + UUID().uuidString
        let writer = MaildirWriter(root: root, hostname: "mx.test")
        let arrived = Date(timeIntervalSince1970: 1_800_000_000)
        let first = try writer.deliver(
            message: Array("Subject: x\r\n\r\nbody\r\n".utf8), queueID: "0ABCDEFGHIJ12345", arrivedAt: arrived,
            sender: "a@b.test", mailbox: "u@x.test")
        guard case .delivered(let path) = first else {
            Issue.record("not delivered")
            return
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == "Return-Path: <a@b.test>\nDelivered-To: u@x.test\nSubject: x\n\nbody\n")
        #expect(path.contains("/x.test/u/Maildir/new/"))
        #expect(try writer.deliver(message: [65], queueID: "0ABCDEFGHIJ12345", arrivedAt: arrived, sender: "", mailbox: "u@x.test") == .alreadyDelivered)
        // The user's client moved it to cur/ with flags: still recognised.
        let name = (path as NSString).lastPathComponent
        let base = writer.maildirPath(for: "u@x.test")
        try FileManager.default.moveItem(atPath: path, toPath: "\(base)/cur/\(name):2,S")
        #expect(try writer.deliver(message: [65], queueID: "0ABCDEFGHIJ12345", arrivedAt: arrived, sender: "", mailbox: "u@x.test") == .alreadyDelivered)
        // Another message is a new file.
        guard case .delivered = try writer.deliver(message: [65], queueID: "0ABCDEFGHIJ99999", arrivedAt: arrived, sender: "", mailbox: "u@x.test") else {
            Issue.record("second message not delivered")
            return
        }
    }

    @Test func pathComponentsCannotEscape() {
        let writer = MaildirWriter(root: "/srv/mail", hostname: "mx.test")
        #expect(writer.maildirPath(for: "../../etc@x.test") == "/srv/mail/x.test/.._.._etc/Maildir")
        #expect(writer.maildirPath(for: "..@x.test") == "/srv/mail/x.test/_../Maildir")
        #expect(MailboxLocation.safeComponent("a/b") == "a_b")
    }
}
