import Foundation
import HaetaeMailbox
import HaetaeQueue

/// Writes messages into Maildir folders: `tmp/` → fsync → `new/` → fsync directory.
///
/// File names are `<arrival seconds>.Q<queue id>_<mailbox hash>.<hostname>`: unique (the queue
/// ID is), and the same for a retry of the same message to the same mailbox, so a delivery
/// repeated after a crash is recognised and skipped instead of written twice.
public struct MaildirWriter: Sendable {
    public let root: String
    public let hostname: String

    public init(root: String, hostname: String) {
        self.root = root
        self.hostname = hostname.replacingOccurrences(of: "/", with: "\\057").replacingOccurrences(of: ":", with: "\\072")
    }

    /// `<root>/<domain>/<local>/Maildir` for `local@domain` (`MailboxLocation`, which the IMAP
    /// server reads from too).
    public func maildirPath(for mailbox: String) -> String {
        MailboxLocation.maildirPath(root: root, mailbox: mailbox)
    }

    public func fileName(queueID: String, arrivedAt: Date, mailbox: String) -> String {
        "\(Int(arrivedAt.timeIntervalSince1970)).Q\(queueID)_\(Self.fnv1a(mailbox)).\(hostname)"
    }

    static func fnv1a(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return String(hash, radix: 36)
    }

    public enum Outcome: Equatable, Sendable {
        case delivered(path: String)
        case alreadyDelivered
    }

    /// Maildir files use the local line ending (LF), as Postfix's local(8) and Dovecot write them.
    static func toLocalLineEndings(_ message: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count)
        var index = 0
        while index < message.count {
            let byte = message[index]
            if byte == 13 && index + 1 < message.count && message[index + 1] == 10 {
                index += 1
                continue
            }
            out.append(byte)
            index += 1
        }
        return out
    }

    /// Delivers one copy with `Return-Path:` and `Delivered-To:` prepended. `mayRepeat` false
    /// (a first attempt in this run) skips the search of `cur/` for a copy the user has already
    /// read, which lists the directory: a big mailbox would make every delivery slow.
    public func deliver(
        message: [UInt8], queueID: String, arrivedAt: Date, sender: String, mailbox: String, mayRepeat: Bool = true
    ) throws -> Outcome {
        let base = maildirPath(for: mailbox)
        for sub in ["tmp", "new", "cur"] { try DurableFile.makeDirectories("\(base)/\(sub)") }
        let name = fileName(queueID: queueID, arrivedAt: arrivedAt, mailbox: mailbox)
        if mayRepeat ? isDelivered(base: base, name: name) : DurableFile.exists("\(base)/new/\(name)") { return .alreadyDelivered }
        let header = Array("Return-Path: <\(sender)>\nDelivered-To: \(mailbox)\n".utf8)
        let tmp = "\(base)/tmp/\(name)"
        if DurableFile.exists(tmp) { try? FileManager.default.removeItem(atPath: tmp) }
        try DurableFile.writeNew(tmp, parts: [header, Self.toLocalLineEndings(message)])
        let final = "\(base)/new/\(name)"
        try DurableFile.rename(tmp, final)
        try DurableFile.syncDirectory("\(base)/new")
        return .delivered(path: final)
    }

    /// A message with this name is in `new/`, or in `cur/` with any info suffix.
    func isDelivered(base: String, name: String) -> Bool {
        if DurableFile.exists("\(base)/new/\(name)") || DurableFile.exists("\(base)/cur/\(name)") { return true }
        let prefix = name + ":"
        let names = (try? FileManager.default.contentsOfDirectory(atPath: "\(base)/cur")) ?? []
        return names.contains { $0.hasPrefix(prefix) }
    }
}
