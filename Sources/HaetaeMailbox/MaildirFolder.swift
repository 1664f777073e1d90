import Foundation
import HaetaeQueue

/// A message in a folder as a reader sees it.
public struct FolderMessage: Sendable, Equatable {
    public var uid: UInt32
    /// File name in `cur/` (with its info part).
    public var fileName: String
    public var flags: MessageFlags
    /// Moved from `new/` to `cur/` by the sync that returned it: new to this reader (IMAP's \Recent).
    public var recent: Bool
}

public enum MailboxError: Error, Equatable, CustomStringConvertible {
    case noSuchFolder(String)
    case folderExists(String)
    case invalidName(String)
    case notPermitted(String)
    case tooMany(String)
    case io(String)

    public var description: String {
        switch self {
        case .noSuchFolder(let name): "Mailbox does not exist: \(name)"
        case .folderExists(let name): "Mailbox already exists: \(name)"
        case .invalidName(let why): "Invalid mailbox name: \(why)"
        case .notPermitted(let why): why
        case .tooMany(let why): why
        case .io(let why): "Mailbox I/O error: \(why)"
        }
    }
}

/// One Maildir folder (`cur/`, `new/`, `tmp/`) with persistent UIDs: `haetae-uidlist` holds the
/// UID validity, the next UID and one `uid name` line per message (names without their flags).
/// A sync moves delivered mail from `new/` to `cur/`, gives new files the next UIDs (in name
/// order: delivery names start with the arrival time) and forgets files that are gone. Every
/// change holds the folder's lock; files are written to `tmp/`, fsynced and renamed, and the
/// UID list is replaced atomically, so a crash leaves the old list or the new one.
public struct MaildirFolder: Sendable {
    public let path: String
    static let uidListName = "haetae-uidlist"

    public init(path: String) { self.path = path }

    public var exists: Bool { DurableFile.exists(path + "/cur") }

    public func create() throws {
        for sub in ["cur", "new", "tmp"] {
            do { try DurableFile.makeDirectories("\(path)/\(sub)") } catch { throw MailboxError.io("\(error)") }
        }
    }

    struct UIDList {
        var validity: UInt32
        var next: UInt32
        var entries: [(uid: UInt32, base: String)]
    }

    /// The UID list; nil when there is none yet (or it is damaged: it is then rebuilt with a new
    /// validity, which tells clients to forget what they cached). A read that fails for another
    /// reason (no file descriptors, no memory) is an error, never a reason to renumber.
    func readUIDList() throws -> UIDList? {
        let file = path + "/" + Self.uidListName
        guard let data = FileManager.default.contents(atPath: file) else {
            if !DurableFile.exists(file) { return nil }
            throw MailboxError.io("cannot read \(file)")
        }
        let text = String(decoding: data, as: UTF8.self)
        var lines = text.split(separator: "\n")
        guard !lines.isEmpty else { return nil }
        let header = lines.removeFirst().split(separator: " ")
        guard header.count == 3, header[0] == "H1", let validity = UInt32(header[1]), let next = UInt32(header[2]) else { return nil }
        var entries: [(UInt32, String)] = []
        for line in lines {
            guard let space = line.firstIndex(of: " "), let uid = UInt32(line[..<space]) else { continue }
            entries.append((uid, String(line[line.index(after: space)...])))
        }
        return UIDList(validity: validity, next: next, entries: entries)
    }

    func writeUIDList(_ list: UIDList) throws {
        var text = "H1 \(list.validity) \(list.next)\n"
        for entry in list.entries { text += "\(entry.uid) \(entry.base)\n" }
        do {
            try DurableFile.replace(path + "/" + Self.uidListName, with: Array(text.utf8), temporaryDirectory: path + "/tmp")
        } catch { throw MailboxError.io("\(error)") }
    }

    /// A folder's state after a sync.
    public struct Snapshot: Sendable {
        public var validity: UInt32
        public var nextUID: UInt32
        public var messages: [FolderMessage]
    }

    /// Brings `cur/` and the UID list up to date. `claimNew` false (STATUS, EXAMINE) leaves mail
    /// in `new/` where it is and reports it without taking its \Recent.
    public func sync(claimNew: Bool = true) throws -> Snapshot {
        try FolderLocks.shared.withLock(path) { try syncLocked(claimNew: claimNew) }
    }

    func listing(_ sub: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "\(path)/\(sub)")) ?? []).filter { !$0.hasPrefix(".") }
    }

    func syncLocked(claimNew: Bool) throws -> Snapshot {
        guard exists else { throw MailboxError.noSuchFolder(path) }
        var list = try readUIDList() ?? UIDList(validity: Self.newValidity(), next: 1, entries: [])
        var files: [String: String] = [:]  // base name → file name in cur/
        var recentBases = Set<String>()
        for name in listing("cur") { files[MessageFlags.baseName(name)] = name }
        var moved = false
        for name in listing("new").sorted() {
            let base = MessageFlags.baseName(name)
            if claimNew {
                let target = base + ":" + MessageFlags(fileName: name).info
                if rename("\(path)/new/\(name)", "\(path)/cur/\(target)") == 0 {
                    files[base] = target
                    recentBases.insert(base)
                    moved = true
                }
            } else {
                files[base] = files[base] ?? name
                recentBases.insert(base)
            }
        }
        if moved { try? DurableFile.syncDirectory(path + "/cur") }
        var changed = false
        var known = Set<String>()
        var kept: [(uid: UInt32, base: String)] = []
        for entry in list.entries where files[entry.base] != nil && !known.contains(entry.base) {
            kept.append(entry)
            known.insert(entry.base)
        }
        if kept.count != list.entries.count { changed = true }
        for base in files.keys.filter({ !known.contains($0) }).sorted() {
            kept.append((list.next, base))
            list.next += 1
            changed = true
        }
        list.entries = kept
        if changed { try writeUIDList(list) }
        let messages = kept.map { entry in
            let name = files[entry.base]!
            return FolderMessage(uid: entry.uid, fileName: name, flags: MessageFlags(fileName: name), recent: recentBases.contains(entry.base))
        }
        return Snapshot(validity: list.validity, nextUID: list.next, messages: messages)
    }

    /// When `new/` and `cur/` last changed (a delivery, a flag change, an expunge all change one).
    public struct ChangeStamp: Equatable, Sendable {
        public var new: Double
        public var cur: Double
        public var newest: Double { max(new, cur) }
    }

    public func changeStamp() -> ChangeStamp? {
        func modified(_ sub: String) -> Double? {
            var info = stat()
            guard stat("\(path)/\(sub)", &info) == 0 else { return nil }
            return Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9
        }
        guard let new = modified("new"), let cur = modified("cur") else { return nil }
        return ChangeStamp(new: new, cur: cur)
    }

    /// The path of a message file as the snapshot named it (in `cur/`, or `new/` when unclaimed).
    public func filePath(_ message: FolderMessage) -> String {
        let cur = "\(path)/cur/\(message.fileName)"
        if DurableFile.exists(cur) { return cur }
        return "\(path)/new/\(message.fileName)"
    }

    /// Sets a message's flags by renaming its file; returns the new file name (nil if it is gone).
    public func setFlags(_ message: FolderMessage, to flags: MessageFlags) throws -> String? {
        try FolderLocks.shared.withLock(path) {
            let base = MessageFlags.baseName(message.fileName)
            let target = base + ":" + flags.info
            if target == message.fileName { return target }
            // Another session may have renamed it since: find its current name.
            var current = message.fileName
            if !DurableFile.exists("\(path)/cur/\(current)") {
                guard let found = listing("cur").first(where: { MessageFlags.baseName($0) == base }) else { return nil }
                current = found
            }
            guard Foundation.rename("\(path)/cur/\(current)", "\(path)/cur/\(target)") == 0 else {
                throw MailboxError.io("rename \(current): \(String(cString: strerror(errno)))")
            }
            return target
        }
    }

    /// Removes messages (EXPUNGE); returns the UIDs removed.
    public func expunge(_ messages: [FolderMessage]) throws -> [UInt32] {
        try FolderLocks.shared.withLock(path) {
            var removed: [UInt32] = []
            let byBase = Dictionary(listing("cur").map { (MessageFlags.baseName($0), $0) }, uniquingKeysWith: { a, _ in a })
            for message in messages {
                guard let name = byBase[MessageFlags.baseName(message.fileName)] else { continue }
                if unlink("\(path)/cur/\(name)") == 0 { removed.append(message.uid) }
            }
            try? DurableFile.syncDirectory(path + "/cur")
            if var list = try readUIDList() {
                let gone = Set(removed)
                list.entries.removeAll { gone.contains($0.uid) }
                try writeUIDList(list)
            }
            return removed
        }
    }

    /// Adds a message (APPEND, COPY): written to `tmp/` (or linked from `source`), fsynced, renamed
    /// into `cur/` with its flags, its modification time the internal date. Returns the new UID
    /// and the UID validity.
    public func add(contentsOf source: String, copy: Bool, flags: MessageFlags, internalDate: Date?) throws -> (uid: UInt32, validity: UInt32) {
        let base = Self.uniqueName()
        let tmp = "\(path)/tmp/\(base)"
        if copy {
            if link(source, tmp) != 0 {
                do {
                    let data = try Data(contentsOf: URL(fileURLWithPath: source))
                    try DurableFile.writeNew(tmp, parts: [Array(data)])
                } catch { throw MailboxError.io("\(error)") }
            }
        } else if try Self.syncFile(source), Foundation.rename(source, tmp) != 0 {
            // Another file system (EXDEV): copy, then remove the source.
            do {
                let data = try Data(contentsOf: URL(fileURLWithPath: source))
                try DurableFile.writeNew(tmp, parts: [Array(data)])
                unlink(source)
            } catch { throw MailboxError.io("\(error)") }
        }
        if let internalDate {
            try? FileManager.default.setAttributes([.modificationDate: internalDate], ofItemAtPath: tmp)
        }
        return try FolderLocks.shared.withLock(path) {
            guard Foundation.rename(tmp, "\(path)/cur/\(base):\(flags.info)") == 0 else {
                throw MailboxError.io("rename \(tmp): \(String(cString: strerror(errno)))")
            }
            try? DurableFile.syncDirectory(path + "/cur")
            var snapshot = try syncLocked(claimNew: false)
            guard let added = snapshot.messages.first(where: { MessageFlags.baseName($0.fileName) == base }) else {
                throw MailboxError.io("message \(base) vanished after it was added")
            }
            snapshot.messages = []
            return (added.uid, snapshot.validity)
        }
    }

    /// Writes `bytes` to a new file in `tmp/` and returns its path (for `add(contentsOf:copy:false)`).
    public func writeTemporary(_ bytes: [UInt8]) throws -> String {
        let tmp = "\(path)/tmp/\(Self.uniqueName()).part"
        do { try DurableFile.writeNew(tmp, parts: [bytes]) } catch { throw MailboxError.io("\(error)") }
        return tmp
    }

    /// Flushes a file written elsewhere (an APPEND spilled by the connection) before it is
    /// renamed into the folder. Always true (so it can lead a condition); throws on failure.
    static func syncFile(_ path: String) throws -> Bool {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { throw MailboxError.io("open \(path): \(String(cString: strerror(errno)))") }
        defer { close(descriptor) }
        guard fsync(descriptor) == 0 else { throw MailboxError.io("fsync \(path): \(String(cString: strerror(errno)))") }
        return true
    }

    private static let validityLock = NSLock()
    nonisolated(unsafe) private static var lastValidity: UInt32 = 0

    /// A new UID validity: the time in seconds, but never one this process gave before (a folder
    /// deleted and made again within a second must not get its old validity back).
    static func newValidity() -> UInt32 {
        validityLock.lock()
        defer { validityLock.unlock() }
        let now = UInt32(max(1, min(Double(UInt32.max - 1), Date().timeIntervalSince1970)))
        lastValidity = max(now, lastValidity + 1)
        return lastValidity
    }

    /// Where a message's file is now: another session may have changed its flags (its name)
    /// since the snapshot. Nil if it is gone.
    public func currentPath(_ message: FolderMessage) -> String? {
        let cur = "\(path)/cur/\(message.fileName)"
        if DurableFile.exists(cur) { return cur }
        let new = "\(path)/new/\(message.fileName)"
        if DurableFile.exists(new) { return new }
        let base = MessageFlags.baseName(message.fileName)
        return listing("cur").first(where: { MessageFlags.baseName($0) == base }).map { "\(path)/cur/\($0)" }
    }

    static func uniqueName() -> String {
        let now = Date().timeIntervalSince1970
        let host = ProcessInfo.processInfo.hostName.replacingOccurrences(of: "/", with: "\\057").replacingOccurrences(of: ":", with: "\\072")
        return "\(Int(now)).M\(Int((now - now.rounded(.down)) * 1_000_000))P\(getpid())R\(UInt64.random(in: 0...UInt64.max) % 1_000_000_000).\(host)"
    }
}
