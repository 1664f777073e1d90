import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A message while it arrives: the first `memoryLimit` octets in memory, everything after that in
/// a temporary file under the spool's `tmp/` (never acknowledged, removed on recovery). This keeps
/// what one connection holds to a small constant whatever the message size.
///
/// Written from one place at a time (the connection's event loop), then handed to the intake,
/// which reads it and either commits it into the spool or discards it. The lock only makes the
/// hand-over safe.
public final class MessageDraft: @unchecked Sendable {
    /// Octets kept in memory before the draft moves to a file.
    public static let defaultMemoryLimit = 128 * 1_024

    public let id: String
    let path: String
    private let memoryLimit: Int
    private let lock = NSLock()
    private var memory: [UInt8] = []
    private var fd: Int32 = -1
    private var written = 0
    private var failure: (any Error)?

    init(id: String, directory: String, memoryLimit: Int) {
        self.id = id
        self.path = "\(directory)/\(id).draft"
        self.memoryLimit = memoryLimit
    }

    deinit {
        if fd >= 0 {
            close(fd)
            unlink(path)
        }
    }

    /// Octets appended so far.
    public var count: Int { lock.withLock { written } }

    /// Whether the draft spilled to a file.
    public var isOnDisk: Bool { lock.withLock { fd >= 0 } }

    /// Appends message octets. A write error is remembered and reported by `commit` (the
    /// client then hears a temporary failure, never a 250).
    public func append<C: Collection>(_ bytes: C) where C.Element == UInt8 {
        lock.withLock {
            guard failure == nil, !bytes.isEmpty else { return }
            written += bytes.count
            if fd < 0 && memory.count + bytes.count <= memoryLimit {
                memory.append(contentsOf: bytes)
                return
            }
            if fd < 0 {
                fd = open(path, O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
                guard fd >= 0 else {
                    failure = DurableFile.IOError(operation: "open", path: path, errno: errno)
                    return
                }
                do { try DurableFile.writeAll(fd, memory, path: path) } catch { failure = error }
                memory = []
            }
            do {
                if let contiguous = bytes.withContiguousStorageIfAvailable({ Array($0) }) {
                    try DurableFile.writeAll(fd, contiguous, path: path)
                } else {
                    try DurableFile.writeAll(fd, Array(bytes), path: path)
                }
            } catch {
                failure = error
            }
        }
    }

    /// The first `limit` octets of the message (for scanning), read from memory or the file.
    public func prefix(_ limit: Int) throws -> [UInt8] {
        try lock.withLock {
            if let failure { throw failure }
            guard fd >= 0 else { return Array(memory.prefix(limit)) }
            return try Self.read(fd, from: 0, count: min(limit, written), path: path)
        }
    }

    /// Calls `body` with consecutive chunks of the message from `offset` on.
    public func forEachChunk(from offset: Int, chunkSize: Int = 256 * 1_024, _ body: ([UInt8]) throws -> Void) throws {
        try lock.withLock {
            if let failure { throw failure }
            guard fd >= 0 else {
                if offset < memory.count { try body(Array(memory[offset...])) }
                return
            }
            var position = offset
            while position < written {
                let chunk = try Self.read(fd, from: position, count: min(chunkSize, written - position), path: path)
                if chunk.isEmpty { break }
                try body(chunk)
                position += chunk.count
            }
        }
    }

    /// Forgets the message (refused, quarantined elsewhere, or the client left).
    public func discard() {
        lock.withLock {
            memory = []
            if fd >= 0 {
                close(fd)
                unlink(path)
                fd = -1
            }
        }
    }

    func checkWritable() throws {
        try lock.withLock { if let failure { throw failure } }
    }

    static func read(_ fd: Int32, from offset: Int, count: Int, path: String) throws -> [UInt8] {
        var buffer = [UInt8](repeating: 0, count: count)
        var filled = 0
        while filled < count {
            let result = buffer.withUnsafeMutableBytes { raw in
                pread(fd, raw.baseAddress! + filled, count - filled, off_t(offset + filled))
            }
            if result < 0 {
                if errno == EINTR { continue }
                throw DurableFile.IOError(operation: "read", path: path, errno: errno)
            }
            if result == 0 { break }
            filled += result
        }
        buffer.removeLast(count - filled)
        return buffer
    }
}
