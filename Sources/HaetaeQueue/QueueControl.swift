import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// What the CLI and the console ask of the running queue manager.
public enum QueueRequest: Sendable, Hashable {
    /// New or released mail is in the spool: look now rather than at the next scan.
    case pickup
    /// Retry now: every deferred message, or these IDs.
    case flush([String])
    /// The protection state changed in the database (breaker reset, unlock, suspension): re-read it.
    case protectionChanged

    /// `pickup` or `flush ID ID …` — one datagram.
    var wire: String {
        switch self {
        case .pickup: return "pickup"
        case .flush(let ids): return (["flush"] + ids.filter(QueueID.isValid)).joined(separator: " ")
        case .protectionChanged: return "protection"
        }
    }

    init?(wire: String) {
        let words = wire.split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        switch words.first {
        case "pickup": self = .pickup
        case "flush": self = .flush(words.dropFirst().filter(QueueID.isValid))
        case "protection": self = .protectionChanged
        default: return nil
        }
    }
}

/// The control socket of the queue manager: a Unix datagram socket at `queue/control.sock`
/// (mode 0600, like the rest of the data directory). Replaces request files polled on a timer:
/// a request is seen the moment it is sent, and a sender learns whether a server heard it.
public enum QueueControl {
    public static func socketPath(spoolRoot: String) -> String { spoolRoot + "/control.sock" }

    /// Sends a request to the running server. False when no server is listening (it scans the
    /// queue when it starts, so nothing is lost).
    @discardableResult
    public static func send(_ request: QueueRequest, spoolRoot: String) -> Bool {
        let fd = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard fd >= 0 else { return false }
        defer { close(fd) }
        let bytes = Array(request.wire.utf8)
        let sent = withAddress(spoolRoot: spoolRoot) { address in
            withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    sendto(fd, bytes, bytes.count, Int32(MSG_NOSIGNAL), $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
        }
        return sent == bytes.count
    }

    /// Calls `body` with the socket's address. A Unix socket path holds at most 107 octets; for a
    /// spool deeper than that the socket is reached through an open descriptor of the spool
    /// directory (`/proc/self/fd/N/control.sock`), so a long data path still gets a control socket.
    static func withAddress<Result>(spoolRoot: String, _ body: (inout sockaddr_un) -> Result) -> Result? {
        if var address = unixAddress(socketPath(spoolRoot: spoolRoot)) { return body(&address) }
        let directory = open(spoolRoot, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { return nil }
        defer { close(directory) }
        guard var address = unixAddress("/proc/self/fd/\(directory)/control.sock") else { return nil }
        return body(&address)
    }

    static func unixAddress(_ path: String) -> sockaddr_un? {
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else { return nil }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
            raw[bytes.count] = 0
        }
        return address
    }
}

/// The server side of the control socket: one thread blocked in `recv`, calling `handler` for
/// each request. `close()` stops it.
public final class QueueControlListener: @unchecked Sendable {
    public let path: String
    private let fd: Int32
    private let lock = NSLock()
    private var closed = false

    public init(spoolRoot: String, handler: @escaping @Sendable (QueueRequest) -> Void) throws {
        path = QueueControl.socketPath(spoolRoot: spoolRoot)
        unlink(path)  // a stale socket from a process that died
        let socketFD = socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard socketFD >= 0 else { throw DurableFile.IOError(operation: "socket", path: path, errno: errno) }
        let bound = QueueControl.withAddress(spoolRoot: spoolRoot) { address -> (Int32, Int32) in
            let result = withUnsafePointer(to: &address) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_un>.size))
                }
            }
            return (result, errno)
        } ?? (-1, errno)
        guard bound.0 == 0 else {
            Glibc.close(socketFD)
            throw DurableFile.IOError(operation: "bind", path: path, errno: bound.1)
        }
        fd = socketFD
        chmod(path, 0o600)
        let fd = socketFD
        let thread = Thread { [weak self] in
            var buffer = [UInt8](repeating: 0, count: 65_536)
            while true {
                let count = recv(fd, &buffer, buffer.count, 0)
                if count < 0 {
                    if errno == EINTR { continue }
                    return
                }
                if self?.isClosed ?? true { return }
                if let request = QueueRequest(wire: String(decoding: buffer[..<count], as: UTF8.self)) {
                    handler(request)
                }
            }
        }
        thread.name = "haetae.queue-control"
        thread.start()
    }

    private var isClosed: Bool { lock.withLock { closed } }

    public func close() {
        let wasOpen = lock.withLock { () -> Bool in
            defer { closed = true }
            return !closed
        }
        guard wasOpen else { return }
        shutdown(fd, Int32(SHUT_RDWR))
        // A datagram wakes the thread if shutdown did not.
        QueueControl.send(.pickup, spoolRoot: (path as NSString).deletingLastPathComponent)
        Glibc.close(fd)
        unlink(path)
    }
}
