import MailCore
import Foundation
import NIOCore
import NIOPosix

/// What clamd said about a stream.
public enum ClamdVerdict: Sendable, Hashable {
    case clean
    case infected(String)
}

public enum ClamdError: Error, CustomStringConvertible {
    case badAddress(String)
    case unexpectedReply(String)
    case timedOut

    public var description: String {
        switch self {
        case .badAddress(let text): return "bad clamd address \(text) (HOST:PORT or /path/to/socket)"
        case .unexpectedReply(let text): return "unexpected clamd reply: \(text)"
        case .timedOut: return "clamd did not answer in time"
        }
    }
}

/// ClamAV's clamd protocol, INSTREAM command (`zINSTREAM\0`, then 4-byte big-endian length-
/// prefixed chunks, a zero-length chunk, one NUL-terminated reply), over TCP or a unix socket.
public struct ClamdClient: Sendable {
    public enum Endpoint: Sendable, Hashable {
        case tcp(host: String, port: Int)
        case unix(path: String)
    }

    public let endpoint: Endpoint
    public let timeout: TimeAmount
    static let chunkSize = 64 * 1024

    public init(address: String, timeout: TimeAmount = .seconds(30)) throws {
        if address.hasPrefix("/") {
            endpoint = .unix(path: address)
        } else if let parsed = HostAndPort.parse(address, defaultPort: nil) {
            endpoint = .tcp(host: parsed.host, port: parsed.port)
        } else {
            throw ClamdError.badAddress(address)
        }
        self.timeout = timeout
    }

    /// The request bytes for `data` (pure, for tests).
    public static func instreamRequest(_ data: [UInt8]) -> [UInt8] {
        var out = Array("zINSTREAM".utf8) + [0]
        var offset = 0
        while offset < data.count {
            let length = min(chunkSize, data.count - offset)
            out += [UInt8(length >> 24 & 0xFF), UInt8(length >> 16 & 0xFF), UInt8(length >> 8 & 0xFF), UInt8(length & 0xFF)]
            out += data[offset..<(offset + length)]
            offset += length
        }
        return out + [0, 0, 0, 0]
    }

    /// Parses `stream: OK` / `stream: Eicar-Signature FOUND` / `... ERROR`.
    public static func parseReply(_ text: String) throws -> ClamdVerdict {
        let reply = text.trimmingCharacters(in: CharacterSet(charactersIn: "\0\r\n "))
        let body = reply.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? reply
        if body == "OK" { return .clean }
        if body.hasSuffix(" FOUND") { return .infected(String(body.dropLast(6))) }
        throw ClamdError.unexpectedReply(String(reply.prefix(200)))
    }

    public func scan(_ data: [UInt8], group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async throws -> ClamdVerdict {
        let bootstrap = ClientBootstrap(group: group).connectTimeout(timeout)
        let channel: NIOAsyncChannel<ByteBuffer, ByteBuffer>
        switch endpoint {
        case .tcp(let host, let port):
            channel = try await bootstrap.connect(host: host, port: port) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        case .unix(let path):
            channel = try await bootstrap.connect(unixDomainSocketPath: path) { channel in
                channel.eventLoop.makeCompletedFuture { try NIOAsyncChannel<ByteBuffer, ByteBuffer>(wrappingChannelSynchronously: channel) }
            }
        }
        let request = Self.instreamRequest(data)
        let deadline = timeout
        return try await withThrowingTaskGroup(of: ClamdVerdict.self) { group in
            group.addTask {
                try await channel.executeThenClose { inbound, outbound in
                    try await outbound.write(ByteBuffer(bytes: request))
                    var reply: [UInt8] = []
                    for try await var buffer in inbound {
                        reply += buffer.readBytes(length: buffer.readableBytes) ?? []
                        if reply.contains(0) || reply.count > 4_096 { break }
                    }
                    return try Self.parseReply(String(decoding: reply, as: UTF8.self))
                }
            }
            group.addTask {
                try await Task.sleep(for: .nanoseconds(deadline.nanoseconds))
                throw ClamdError.timedOut
            }
            defer { group.cancelAll() }
            guard let first = try await group.next() else { throw ClamdError.timedOut }
            return first
        }
    }
}
