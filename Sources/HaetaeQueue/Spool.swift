import Dispatch
import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A message as the queue lists it.
public struct QueuedMessage: Sendable, Hashable, Codable {
    public var envelope: QueueEnvelope
    public var path: String
}

public enum SpoolError: Error, CustomStringConvertible {
    case notFound(String)
    case corrupt(String, String)

    public var description: String {
        switch self {
        case .notFound(let id): return "no queued message \(id)"
        case .corrupt(let id, let why): return "queue file \(id) is corrupt: \(why)"
        }
    }
}

/// The durable spool.
///
/// Layout under `root`: `tmp/` (files being written), `messages/<id>` (one immutable file per
/// message: a header line, the envelope as JSON, then the message bytes), `state/<id>.json`
/// (delivery progress, rewritten atomically), `corrupt/`.
///
/// `accept` returns only after the message file is fsynced and its directory entry is durable:
/// that is the moment the SMTP layer may answer 250. Directory fsyncs are group-committed.
public final class Spool: Sendable {
    public let root: String
    let tmpDirectory: String
    let messagesDirectory: String
    let stateDirectory: String
    let corruptDirectory: String
    private let syncer: DirectorySyncer
    private let io = DispatchQueue(label: "haetae.spool.io", attributes: .concurrent)

    static let magic = "HAETAEQ1"

    public init(root: String) throws {
        self.root = root
        tmpDirectory = root + "/tmp"
        messagesDirectory = root + "/messages"
        stateDirectory = root + "/state"
        corruptDirectory = root + "/corrupt"
        for directory in [root, tmpDirectory, messagesDirectory, stateDirectory, corruptDirectory] {
            try DurableFile.makeDirectories(directory)
        }
        syncer = DirectorySyncer(path: messagesDirectory)
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()

    private static let decoder: JSONDecoder = {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }()

    private func onIOThread<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            io.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Writes the message durably. When this returns, a crash cannot lose it.
    public func accept(_ envelope: QueueEnvelope, message: [UInt8]) async throws {
        let json = try Self.encoder.encode(envelope)
        let header = Array("\(Self.magic) \(json.count)\n".utf8)
        let tmp = "\(tmpDirectory)/\(envelope.id)"
        let final = "\(messagesDirectory)/\(envelope.id)"
        let syncer = self.syncer
        try await onIOThread {
            try DurableFile.writeNew(tmp, parts: [header, Array(json), [10], message])
            try DurableFile.rename(tmp, final)
            try syncer.syncNow()
        }
    }

    /// A new message being received; its octets go to `tmp/` once they pass `memoryLimit`.
    public func makeDraft(id: String = QueueID.make(), memoryLimit: Int = MessageDraft.defaultMemoryLimit) -> MessageDraft {
        MessageDraft(id: id, directory: tmpDirectory, memoryLimit: memoryLimit)
    }

    /// Writes the message durably: `prefix` (our trace and verdict headers, possibly a rewritten
    /// header section), then the draft's octets from `offset` on, streamed from its file. When
    /// this returns, a crash cannot lose it. The draft is discarded afterwards.
    public func accept(_ envelope: QueueEnvelope, prefix: [UInt8], draft: MessageDraft, from offset: Int = 0) async throws {
        try draft.checkWritable()
        let json = try Self.encoder.encode(envelope)
        let header = Array("\(Self.magic) \(json.count)\n".utf8)
        let tmp = "\(tmpDirectory)/\(envelope.id)"
        let final = "\(messagesDirectory)/\(envelope.id)"
        let syncer = self.syncer
        // One hop to an I/O thread for the whole commit: the file written and fsynced, renamed,
        // and its directory entry made durable by the group-committed directory fsync.
        try await onIOThread {
            try DurableFile.writeNew(tmp) { write in
                try write(header + Array(json) + [10] + prefix)
                try draft.forEachChunk(from: offset) { try write($0) }
            }
            try DurableFile.rename(tmp, final)
            draft.discard()
            try syncer.syncNow()
        }
    }

    /// Number of directory fsyncs so far (for tests of group commit).
    public func directorySyncCount() async -> Int { syncer.syncCount }

    // MARK: - Reading

    /// Reads the envelope (with the latest delivery state applied) and the byte offset of the message.
    public func load(_ id: String) throws -> (envelope: QueueEnvelope, messageOffset: Int) {
        guard QueueID.isValid(id) else { throw SpoolError.notFound(id) }
        let path = "\(messagesDirectory)/\(id)"
        // Plain POSIX reads: one open and (for an envelope under 4 KiB) one read, no stat of a
        // state file that most messages do not have.
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ENOENT { throw SpoolError.notFound(id) }
            throw DurableFile.IOError(operation: "open", path: path, errno: errno)
        }
        defer { close(fd) }
        var head = try MessageDraft.read(fd, from: 0, count: 4_096, path: path)
        guard let newline = head.prefix(64).firstIndex(of: 10) else { throw SpoolError.corrupt(id, "no header line") }
        let headerLine = String(decoding: head[..<newline], as: UTF8.self)
        let fields = headerLine.split(separator: " ")
        guard fields.count == 2, fields[0] == Self.magic, let length = Int(fields[1]), length > 0,
            length < 16 * 1024 * 1024
        else { throw SpoolError.corrupt(id, "bad header line") }
        let jsonStart = newline + 1
        if head.count < jsonStart + length && head.count == 4_096 {
            head += try MessageDraft.read(fd, from: head.count, count: jsonStart + length - head.count, path: path)
        }
        guard head.count >= jsonStart + length else { throw SpoolError.corrupt(id, "truncated envelope") }
        let json = Data(head[jsonStart..<(jsonStart + length)])
        var envelope = try Self.decoder.decode(QueueEnvelope.self, from: json)
        if let stateData = Self.contentsIfPresent(statePath(id)),
            let recipients = try? Self.decoder.decode([QueueRecipient].self, from: stateData)
        {
            envelope.recipients = recipients
        }
        return (envelope, jsonStart + length + 1)
    }

    /// The whole file at `path`, or nil when it cannot be opened (most often: it does not exist).
    static func contentsIfPresent(_ path: String) -> Data? {
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, let bytes = try? MessageDraft.read(fd, from: 0, count: Int(info.st_size), path: path) else {
            return nil
        }
        return Data(bytes)
    }

    /// The message bytes (after the envelope).
    public func messageBytes(_ id: String) throws -> [UInt8] {
        try messageBytes(id, from: try load(id).messageOffset)
    }

    /// The message bytes, for a caller that has loaded the envelope (and so knows the offset).
    public func messageBytes(_ id: String, from offset: Int) throws -> [UInt8] {
        let path = "\(messagesDirectory)/\(id)"
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { throw SpoolError.notFound(id) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, Int(info.st_size) >= offset else { throw SpoolError.notFound(id) }
        return try MessageDraft.read(fd, from: offset, count: Int(info.st_size) - offset, path: path)
    }

    /// All queued message IDs, oldest first.
    public func ids() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: messagesDirectory).filter(QueueID.isValid).sorted()
    }

    /// Every queued message; corrupt files are moved aside to `corrupt/` and reported in `errors`.
    public func list() -> (messages: [QueuedMessage], errors: [String]) {
        var messages: [QueuedMessage] = []
        var errors: [String] = []
        for id in (try? ids()) ?? [] {
            do {
                let (envelope, _) = try load(id)
                messages.append(QueuedMessage(envelope: envelope, path: "\(messagesDirectory)/\(id)"))
            } catch SpoolError.notFound {
                continue  // removed while listing
            } catch {
                errors.append("\(id): \(error)")
            }
        }
        return (messages, errors)
    }

    // MARK: - Changing

    func statePath(_ id: String) -> String { "\(stateDirectory)/\(id).json" }

    /// Records delivery progress durably.
    public func updateRecipients(_ id: String, _ recipients: [QueueRecipient]) async throws {
        let data = Array(try Self.encoder.encode(recipients))
        let path = statePath(id)
        let tmp = tmpDirectory
        try await onIOThread { try DurableFile.replace(path, with: data, temporaryDirectory: tmp) }
    }

    /// Removes a message and its state (delivery finished, or an administrator deleted it).
    /// Sets every recipient of a message in one of the `from` states to `to` (hold, release).
    /// Returns how many changed.
    @discardableResult
    public func setStatus(_ id: String, from: Set<RecipientStatus>, to: RecipientStatus) async throws -> Int {
        var (envelope, _) = try load(id)
        var changed = 0
        for index in envelope.recipients.indices where from.contains(envelope.recipients[index].status) {
            envelope.recipients[index].status = to
            envelope.recipients[index].nextAttempt = nil
            changed += 1
        }
        if changed > 0 { try await updateRecipients(id, envelope.recipients) }
        return changed
    }

    ///
    /// The removal is not fsynced (as Postfix does not): after a crash a finished message may come
    /// back and be delivered again — to a Maildir that is recognised and skipped (its file name is
    /// the queue ID's), to a remote server it is a duplicate — but nothing acknowledged is lost.
    public func remove(_ id: String) async throws {
        guard QueueID.isValid(id) else { throw SpoolError.notFound(id) }
        let message = "\(messagesDirectory)/\(id)"
        let state = statePath(id)
        try await onIOThread {
            guard DurableFile.exists(message) else { throw SpoolError.notFound(id) }
            // The state file first (most messages have none): a crash between the two leaves
            // the message with its original envelope, never a state file without its message.
            _ = unlink(state)
            guard unlink(message) == 0 else {
                if errno == ENOENT { throw SpoolError.notFound(id) }
                throw DurableFile.IOError(operation: "unlink", path: message, errno: errno)
            }
        }
    }

    /// Start-up recovery: removes half-written files in `tmp/` (never acknowledged) and moves
    /// unreadable message files aside. Returns the IDs of the messages that remain queued.
    public func recover() throws -> (queued: [String], removedPartial: Int, corrupt: [String]) {
        var removed = 0
        for name in (try? FileManager.default.contentsOfDirectory(atPath: tmpDirectory)) ?? [] {
            try? FileManager.default.removeItem(atPath: "\(tmpDirectory)/\(name)")
            removed += 1
        }
        var queued: [String] = []
        var corrupt: [String] = []
        for id in try ids() {
            do {
                _ = try load(id)
                queued.append(id)
            } catch {
                corrupt.append(id)
                try? FileManager.default.moveItem(
                    atPath: "\(messagesDirectory)/\(id)", toPath: "\(corruptDirectory)/\(id)")
            }
        }
        // State files whose message is gone are leftovers of a delete interrupted by a crash.
        for name in (try? FileManager.default.contentsOfDirectory(atPath: stateDirectory)) ?? [] {
            let id = String(name.dropLast(5))
            if name.hasSuffix(".json"), !DurableFile.exists("\(messagesDirectory)/\(id)") {
                try? FileManager.default.removeItem(atPath: "\(stateDirectory)/\(name)")
            }
        }
        return (queued, removed, corrupt)
    }
}
