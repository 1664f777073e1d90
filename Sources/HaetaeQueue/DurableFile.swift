import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// POSIX file operations with the durability steps spelled out.
public enum DurableFile {
    public struct IOError: Error, CustomStringConvertible {
        public var operation: String
        public var path: String
        public var errno: Int32
        public var description: String { "\(operation) \(path): \(String(cString: strerror(errno)))" }

        public init(operation: String, path: String, errno: Int32) {
            self.operation = operation
            self.path = path
            self.errno = errno
        }
    }

    /// Creates `path` exclusively, writes all `parts`, fsyncs and closes it.
    public static func writeNew(_ path: String, parts: [[UInt8]], mode: mode_t = 0o600) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw IOError(operation: "open", path: path, errno: errno) }
        var closed = false
        defer { if !closed { close(fd) } }
        for part in parts { try writeAll(fd, part, path: path) }
        guard fsync(fd) == 0 else { throw IOError(operation: "fsync", path: path, errno: errno) }
        closed = true
        guard close(fd) == 0 else { throw IOError(operation: "close", path: path, errno: errno) }
    }

    /// Creates `path` exclusively, lets `fill` write into it (in as many calls as it likes),
    /// fsyncs and closes it. On error the partial file is removed.
    public static func writeNew(_ path: String, mode: mode_t = 0o600, fill: ((([UInt8]) throws -> Void)) throws -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard fd >= 0 else { throw IOError(operation: "open", path: path, errno: errno) }
        var closed = false
        defer {
            if !closed {
                close(fd)
                unlink(path)
            }
        }
        try fill { bytes in try writeAll(fd, bytes, path: path) }
        guard fsync(fd) == 0 else { throw IOError(operation: "fsync", path: path, errno: errno) }
        closed = true
        guard close(fd) == 0 else {
            unlink(path)
            throw IOError(operation: "close", path: path, errno: errno)
        }
    }

    /// Writes all of `bytes` to `fd` (retrying short writes and EINTR).
    static func writeAll(_ fd: Int32, _ bytes: [UInt8], path: String) throws {
        try bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let result = write(fd, raw.baseAddress! + offset, raw.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    throw IOError(operation: "write", path: path, errno: errno)
                }
                offset += result
            }
        }
    }

    /// fsyncs a directory so that entries created or renamed in it survive a crash.
    public static func syncDirectory(_ path: String) throws {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { throw IOError(operation: "open", path: path, errno: errno) }
        defer { close(fd) }
        guard fsync(fd) == 0 else { throw IOError(operation: "fsync", path: path, errno: errno) }
    }

    public static func rename(_ from: String, _ to: String) throws {
        guard Glibc.rename(from, to) == 0 else { throw IOError(operation: "rename", path: to, errno: errno) }
    }

    /// Atomically replaces `path` with `bytes` (write tmp, fsync, rename, fsync dir).
    public static func replace(_ path: String, with bytes: [UInt8], temporaryDirectory: String) throws {
        let tmp = temporaryDirectory + "/" + UUID().uuidString
        try writeNew(tmp, parts: [bytes])
        try rename(tmp, path)
        try syncDirectory((path as NSString).deletingLastPathComponent)
    }

    public static func exists(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0
    }

    public static func makeDirectories(_ path: String, mode: Int = 0o700) throws {
        try FileManager.default.createDirectory(
            atPath: path, withIntermediateDirectories: true, attributes: [.posixPermissions: mode])
    }
}
