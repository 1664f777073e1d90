import Foundation
import Logging
import NIOConcurrencyHelpers

/// One line per event: a timestamp, the level, the event record's own line (`MailEventRecord.line`), then the session metadata.
/// The message carries `key=value` pairs; metadata (the session id) is appended the same way.
public struct KeyValueLogHandler: LogHandler {
    final class Sink: Sendable {
        private let lock = NIOLock()
        private let file: FileHandle?

        init(path: String?) {
            if let path, !path.isEmpty {
                if !FileManager.default.fileExists(atPath: path) {
                    _ = FileManager.default.createFile(atPath: path, contents: nil, attributes: [.posixPermissions: 0o640])
                }
                let handle = FileHandle(forWritingAtPath: path)
                _ = try? handle?.seekToEnd()
                file = handle
            } else {
                file = nil
            }
        }

        func write(_ line: String) {
            let data = Data(line.utf8)
            lock.withLock {
                FileHandle.standardOutput.write(data)
                file?.write(data)
            }
        }
    }

    private let sink: Sink
    private let syslog: SyslogSocket?
    public var metadata: Logger.Metadata = [:]
    public var logLevel: Logger.Level

    /// `syslogSocket`: also send every line to this local syslog socket (RFC 5424, facility mail).
    public init(level: Logger.Level, file: String?, syslogSocket: String? = nil, hostname: String = "") {
        self.sink = Sink(path: file)
        self.logLevel = level
        self.syslog = syslogSocket.flatMap { SyslogSocket(path: $0, hostname: hostname) }
    }

    /// Shared by every logger of the process (one file handle, one socket).
    public init(sharing other: KeyValueLogHandler, level: Logger.Level) {
        self.sink = other.sink
        self.syslog = other.syslog
        self.logLevel = level
    }

    public var syslogConnected: Bool { syslog != nil }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }

    public func log(event: LogEvent) {
        let timestamp = Self.timestamp()
        var message = "\(event.message)"
        var merged = metadata
        if let extra = event.metadata { merged.merge(extra) { _, new in new } }
        for key in merged.keys.sorted() { message += " \(key)=\(merged[key]!)" }
        sink.write("\(timestamp) \(event.level) \(message)\n")
        syslog?.send(level: event.level, timestamp: timestamp, message: message)
    }

    static func timestamp() -> String {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        var tmValue = tm()
        var seconds = time.tv_sec
        gmtime_r(&seconds, &tmValue)
        func pad(_ value: Int32, _ width: Int = 2) -> String {
            let text = String(value)
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        return "\(pad(tmValue.tm_year + 1900, 4))-\(pad(tmValue.tm_mon + 1))-\(pad(tmValue.tm_mday))T"
            + "\(pad(tmValue.tm_hour)):\(pad(tmValue.tm_min)):\(pad(tmValue.tm_sec)).\(pad(Int32(time.tv_nsec / 1_000_000), 3))Z"
    }
}
