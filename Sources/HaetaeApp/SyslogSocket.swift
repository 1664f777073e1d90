import Foundation
import Logging

/// Sends log lines to the local syslog socket as RFC 5424 messages (facility mail). Datagrams,
/// never blocking the caller: a syslog daemon that is gone or slow drops lines, not mail.
final class SyslogSocket: @unchecked Sendable {
    private let fd: Int32
    private let hostname: String
    private let pid = getpid()

    init?(path: String, hostname: String) {
        let socket = Glibc.socket(AF_UNIX, Int32(SOCK_DGRAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        var address = sockaddr_un()
        address.sun_family = sa_family_t(AF_UNIX)
        let bytes = Array(path.utf8)
        guard bytes.count < MemoryLayout.size(ofValue: address.sun_path) else {
            close(socket)
            return nil
        }
        withUnsafeMutableBytes(of: &address.sun_path) { raw in
            for (index, byte) in bytes.enumerated() { raw[index] = byte }
        }
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_un>.size)) }
        }
        guard connected == 0 else {
            close(socket)
            return nil
        }
        _ = fcntl(socket, F_SETFL, fcntl(socket, F_GETFL) | O_NONBLOCK)
        self.fd = socket
        self.hostname = hostname.isEmpty ? "-" : hostname
    }

    deinit { close(fd) }

    /// RFC 5424 severity for a log level.
    static func severity(_ level: Logger.Level) -> Int {
        switch level {
        case .trace, .debug: return 7
        case .info: return 6
        case .notice: return 5
        case .warning: return 4
        case .error: return 3
        case .critical: return 2
        }
    }

    /// `<PRI>1 TIMESTAMP HOST haetae PID - - MSG` with facility mail (2).
    static func format(level: Logger.Level, timestamp: String, hostname: String, pid: Int32, message: String) -> String {
        "<\(2 * 8 + severity(level))>1 \(timestamp) \(hostname) haetae \(pid) - - \(message)"
    }

    func send(level: Logger.Level, timestamp: String, message: String) {
        let line = Self.format(level: level, timestamp: timestamp, hostname: hostname, pid: pid, message: message)
        var bytes = Array(line.utf8.prefix(8_192))
        _ = bytes.withUnsafeMutableBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_DONTWAIT)) }
    }
}
