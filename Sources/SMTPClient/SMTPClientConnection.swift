import NIOConcurrencyHelpers
import NIOCore
import NIOPosix
import NIOSSL
import SMTPProtocol

public enum SMTPClientError: Error, CustomStringConvertible {
    case connectionClosed
    case timeout
    case malformedReply(String)
    case replyTooLong
    /// A command with CR, LF or NUL in it was not sent.
    case unsafeCommand

    public var description: String {
        switch self {
        case .connectionClosed: return "connection closed by server"
        case .timeout: return "timed out"
        case .malformedReply(let line): return "malformed reply: \(line)"
        case .replyTooLong: return "reply too long"
        case .unsafeCommand: return "refused to send a command containing CR, LF or NUL"
        }
    }
}

/// Frames server replies: lines `ddd-text` continue, `ddd text` (or `ddd`) ends a reply.
struct SMTPReplyDecoder: ByteToMessageDecoder {
    typealias InboundOut = SMTPWireReply
    private var lines: [String] = []
    static let maxLine = 4_096
    static let maxLines = 200

    mutating func decode(context: ChannelHandlerContext, buffer: inout ByteBuffer) throws -> DecodingState {
        guard let lf = buffer.readableBytesView.firstIndex(of: UInt8(ascii: "\n")) else {
            if buffer.readableBytes > Self.maxLine { throw SMTPClientError.replyTooLong }
            return .needMoreData
        }
        let length = lf - buffer.readerIndex
        var line = buffer.readString(length: length) ?? ""
        buffer.moveReaderIndex(forwardBy: 1)
        if line.hasSuffix("\r") { line.removeLast() }
        let bytes = Array(line.utf8)
        guard bytes.count >= 3, bytes[0...2].allSatisfy({ (0x30...0x39).contains($0) }), let code = Int(String(line.prefix(3))),
            bytes.count == 3 || bytes[3] == UInt8(ascii: " ") || bytes[3] == UInt8(ascii: "-")
        else { throw SMTPClientError.malformedReply(String(line.prefix(80))) }
        lines.append(bytes.count > 4 ? String(line.dropFirst(4)) : "")
        if lines.count > Self.maxLines { throw SMTPClientError.replyTooLong }
        if bytes.count == 3 || bytes[3] == UInt8(ascii: " ") {
            context.fireChannelRead(wrapInboundOut(SMTPWireReply(code: code, lines: lines)))
            lines = []
        }
        return .continue
    }
}

/// A small async SMTP client connection: read replies, send commands, upgrade to TLS.
///
/// `@unchecked Sendable`: the connection holds a non-Sendable iterator, and is used by one task at
/// a time — it is only ever handed over whole (to and from the delivery agent's idle pool, an
/// actor), never shared, so no two tasks touch it concurrently.
public final class SMTPClientConnection: @unchecked Sendable {
    private let channel: NIOAsyncChannel<SMTPWireReply, ByteBuffer>
    private var iterator: NIOAsyncChannelInboundStream<SMTPWireReply>.AsyncIterator
    private let outbound: NIOAsyncChannelOutboundWriter<ByteBuffer>
    public let timeout: Duration

    private init(channel: NIOAsyncChannel<SMTPWireReply, ByteBuffer>, timeout: Duration) {
        self.channel = channel
        self.iterator = channel.inbound.makeAsyncIterator()
        self.outbound = channel.outbound
        self.timeout = timeout
    }

    public static func connect(
        host: String, port: Int, timeout: Duration = .seconds(10), group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> SMTPClientConnection {
        try await connect(to: try SocketAddress.makeAddressResolvingHost(host, port: port), timeout: timeout, group: group)
    }

    /// `timeout` bounds every reply; `connectTimeout` (default: the same) the TCP connect.
    public static func connect(
        to address: SocketAddress, timeout: Duration = .seconds(10), connectTimeout: Duration? = nil,
        group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton
    ) async throws -> SMTPClientConnection {
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds((connectTimeout ?? timeout).components.seconds))
            .connect(to: address) { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(ByteToMessageHandler(SMTPReplyDecoder()))
                    return try NIOAsyncChannel<SMTPWireReply, ByteBuffer>(wrappingChannelSynchronously: channel)
                }
            }
        return SMTPClientConnection(channel: channel, timeout: timeout)
    }

    /// The next reply; the connection is closed if none arrives within the timeout.
    public func readReply() async throws -> SMTPWireReply {
        let channel = self.channel.channel
        let timedOut = NIOLockedValueBox(false)
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000)) {
            timedOut.withLockedValue { $0 = true }
            channel.close(promise: nil)
        }
        defer { timer.cancel() }
        guard let reply = try await iterator.next() else {
            throw timedOut.withLockedValue { $0 } ? SMTPClientError.timeout : SMTPClientError.connectionClosed
        }
        return reply
    }

    public func send(_ line: String) async throws {
        // Whatever the source of an address or parameter, it never ends our command or adds one.
        guard !line.utf8.contains(where: { $0 == 13 || $0 == 10 || $0 == 0 }) else { throw SMTPClientError.unsafeCommand }
        try await outbound.write(ByteBuffer(string: line + "\r\n"))
    }

    public func command(_ line: String) async throws -> SMTPWireReply {
        try await send(line)
        return try await readReply()
    }

    /// Switches the connection to TLS after a 220 reply to STARTTLS. Commands written after
    /// this are encrypted; a failed handshake surfaces as an error on the next read.
    public func startTLS(context: NIOSSLContext, serverHostname: String?) async throws {
        let channel = self.channel.channel
        try await channel.eventLoop.submit {
            let handler = try NIOSSLClientHandler(context: context, serverHostname: serverHostname)
            try channel.pipeline.syncOperations.addHandler(handler, position: .first)
        }.get()
    }

    /// Sends the message (CRLF line endings) dot-stuffed with its terminator, returns the reply.
    public func sendMessage(_ message: [UInt8]) async throws -> SMTPWireReply {
        let stuffed = DotStuffing.stuff(message)
        var offset = 0
        while offset < stuffed.count {
            let end = min(stuffed.count, offset + 65_536)
            try await outbound.write(ByteBuffer(bytes: stuffed[offset..<end]))
            offset = end
        }
        return try await readReply()
    }

    /// A connection dropped without `close()` (an idle one whose pool goes away with the delivery
    /// agent) still ends cleanly: NIO traps when an unfinished writer is deinitialised.
    deinit {
        outbound.finish()
        channel.channel.close(promise: nil)
    }

    public var remoteAddress: SocketAddress? { channel.channel.remoteAddress }
    public var isActive: Bool { channel.channel.isActive }

    public func close() async {
        outbound.finish()
        try? await channel.channel.close()
    }
}
