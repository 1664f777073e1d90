import Foundation
import HaetaeQueue

/// A user's folders in Maildir++ layout: INBOX is the Maildir itself, every other folder a
/// `.Name` directory inside it, the hierarchy separated by `.` (`Archive.2026` is
/// `.Archive.2026`). Names are kept as the client sends them (modified UTF-7 for non-ASCII).
/// Subscriptions are the lines of `subscriptions`.
public struct MailStore: Sendable {
    public let root: String
    public static let separator: Character = "."
    /// Folders a user may have.
    public static let maxFolders = 1_000
    /// The folders made at a user's first login, with their RFC 6154 roles.
    public static let specialFolders: [(name: String, use: String)] = [
        ("Drafts", "\\Drafts"), ("Sent", "\\Sent"), ("Junk", "\\Junk"), ("Trash", "\\Trash"),
    ]

    public init(root: String) { self.root = root }

    public init(mailRoot: String, user: String) {
        self.root = MailboxLocation.maildirPath(root: mailRoot, mailbox: user)
    }

    /// Why a name cannot be a folder, or nil.
    public static func problem(with name: String) -> String? {
        if name.isEmpty { return "empty name" }
        if name.utf8.count > 255 { return "longer than 255 octets" }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || $0 == "/" || $0 == "\\" || $0 == "*" || $0 == "%" }) {
            return "control characters, /, \\, * and % are not allowed"
        }
        let components = name.split(separator: separator, omittingEmptySubsequences: false)
        if components.contains(where: { $0.isEmpty }) { return "empty hierarchy level" }
        if components.count > 16 { return "more than 16 levels" }
        if components.first.map({ $0.uppercased() == "INBOX" }) == true && components.count > 1 { return "INBOX has no children" }
        return nil
    }

    public func folder(_ name: String) throws -> MaildirFolder {
        if name == "INBOX" { return MaildirFolder(path: root) }
        if let problem = Self.problem(with: name) { throw MailboxError.invalidName(problem) }
        return MaildirFolder(path: root + "/." + name)
    }

    /// Makes INBOX and the special folders if they are not there (a user's first login).
    public func prepare() throws {
        try MaildirFolder(path: root).create()
        for special in Self.specialFolders {
            let folder = MaildirFolder(path: root + "/." + special.name)
            if !folder.exists {
                try folder.create()
                try setSubscribed(special.name, true)
            }
        }
    }

    /// Every folder, INBOX first, then by name.
    public func folderNames() -> [String] {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        var names: [String] = []
        for entry in entries where entry.hasPrefix(".") && entry != "." && entry != ".." {
            let name = String(entry.dropFirst())
            if Self.problem(with: name) == nil, DurableFile.exists("\(root)/\(entry)/cur") { names.append(name) }
        }
        return ["INBOX"] + names.sorted().prefix(Self.maxFolders)
    }

    public func specialUse(_ name: String) -> String? { Self.specialFolders.first { $0.name == name }?.use }

    public func create(_ name: String) throws {
        // A trailing separator only says the client wants to make children (RFC 3501 §6.3.3).
        let clean = name.hasSuffix(String(Self.separator)) ? String(name.dropLast()) : name
        guard clean.uppercased() != "INBOX" else { throw MailboxError.folderExists("INBOX") }
        let folder = try self.folder(clean)
        guard !folder.exists else { throw MailboxError.folderExists(clean) }
        guard folderNames().count < Self.maxFolders else { throw MailboxError.tooMany("At most \(Self.maxFolders) mailboxes") }
        try folder.create()
    }

    public func delete(_ name: String) throws {
        guard name != "INBOX" else { throw MailboxError.notPermitted("INBOX cannot be deleted") }
        let folder = try self.folder(name)
        guard folder.exists else { throw MailboxError.noSuchFolder(name) }
        let prefix = name + String(Self.separator)
        if folderNames().contains(where: { $0.hasPrefix(prefix) }) {
            throw MailboxError.notPermitted("Mailbox has children; delete them first")
        }
        // Renamed away first, so a crash halfway leaves no half-deleted folder under the name.
        let doomed = root + "/.deleted-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        guard Foundation.rename(folder.path, doomed) == 0 else { throw MailboxError.io("rename: \(String(cString: strerror(errno)))") }
        try? FileManager.default.removeItem(atPath: doomed)
        try? setSubscribed(name, false)
    }

    /// Renames a folder and its children. Renaming INBOX moves its messages into the new folder
    /// and leaves INBOX empty (RFC 3501 §6.3.5).
    public func rename(_ from: String, to: String) throws {
        let target = try folder(to)
        guard !target.exists, to.uppercased() != "INBOX" else { throw MailboxError.folderExists(to) }
        if from == "INBOX" {
            try target.create()
            let inbox = MaildirFolder(path: root)
            let snapshot = try inbox.sync()
            for message in snapshot.messages {
                _ = try target.add(contentsOf: inbox.filePath(message), copy: false, flags: message.flags, internalDate: nil)
            }
            return
        }
        let source = try folder(from)
        guard source.exists else { throw MailboxError.noSuchFolder(from) }
        let prefix = from + String(Self.separator)
        let children = folderNames().filter { $0.hasPrefix(prefix) }
        guard Foundation.rename(source.path, target.path) == 0 else { throw MailboxError.io("rename: \(String(cString: strerror(errno)))") }
        for child in children {
            let newName = to + child.dropFirst(from.count)
            _ = Foundation.rename("\(root)/.\(child)", "\(root)/.\(newName)")
        }
        if subscriptions().contains(from) {
            try? setSubscribed(from, false)
            try? setSubscribed(to, true)
        }
    }

    public func subscriptions() -> [String] {
        guard let text = try? String(contentsOfFile: root + "/subscriptions", encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init)
    }

    public func setSubscribed(_ name: String, _ subscribed: Bool) throws {
        try FolderLocks.shared.withLock(root + "/subscriptions") {
            var names = subscriptions()
            if subscribed {
                guard !names.contains(name) else { return }
                guard names.count < Self.maxFolders else { throw MailboxError.tooMany("At most \(Self.maxFolders) subscriptions") }
                names.append(name)
            } else {
                names.removeAll { $0 == name }
            }
            let text = names.map { $0 + "\n" }.joined()
            do {
                try DurableFile.makeDirectories(root + "/tmp")
                try DurableFile.replace(root + "/subscriptions", with: Array(text.utf8), temporaryDirectory: root + "/tmp")
            } catch { throw MailboxError.io("\(error)") }
        }
    }

    /// RFC 3501 §6.3.8 wildcards: `*` matches anything, `%` anything but the separator.
    public static func matches(_ name: String, pattern: String) -> Bool {
        let n = Array(name.unicodeScalars), p = Array(pattern.unicodeScalars)
        // Bounded: names are at most 255 octets, patterns 255 scalars with at most 8 wildcards, so
        // one name costs at most 256 × 256 steps.
        guard n.count <= 255, p.count <= 255, p.filter({ $0 == "*" || $0 == "%" }).count <= 8 else { return false }
        // Memoised: each (name position, pattern position) is decided once; `%` does not cross a
        // separator.
        var memo = [UInt8](repeating: 0, count: (n.count + 1) * (p.count + 1))
        func match(_ i: Int, _ j: Int) -> Bool {
            let key = i * (p.count + 1) + j
            if memo[key] != 0 { return memo[key] == 2 }
            var result: Bool
            if j == p.count {
                result = i == n.count
            } else if p[j] == "*" {
                result = match(i, j + 1) || (i < n.count && match(i + 1, j))
            } else if p[j] == "%" {
                result = match(i, j + 1) || (i < n.count && n[i] != "." && match(i + 1, j))
            } else {
                result = i < n.count && n[i] == p[j] && match(i + 1, j + 1)
            }
            memo[key] = result ? 2 : 1
            return result
        }
        return match(0, 0)
    }
}
