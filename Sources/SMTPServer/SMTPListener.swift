import Logging
import NIOCore
import NIOPosix
import NIOSSL
import SMTPProtocol

/// Binds one SMTP listener (MX, submission or submissions) and serves it until closed.
public final class SMTPListener: Sendable {
    public let kind: ListenerKind
    public let channel: any Channel

    public var localAddress: SocketAddress? { channel.localAddress }

    private init(kind: ListenerKind, channel: any Channel) {
        self.kind = kind
        self.channel = channel
    }

    /// Binds `host:port`. For `.submissions` the TLS context is required: TLS starts at connect.
    public static func bind(
        kind: ListenerKind, host: String, port: Int, services: SMTPServices, tlsContext: NIOSSLContext?,
        group: any EventLoopGroup
    ) async throws -> SMTPListener {
        let implicitTLS = kind == .submissions
        if implicitTLS && tlsContext == nil {
            throw ListenerError.tlsRequired(kind)
        }
        let metrics = SMTPListenerMetrics(listener: kind)
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 4)
            // Replies a client does not read make the channel unwritable at 64 KiB; the handler then
            // stops processing its input (see SMTPServerHandler).
            .childChannelOption(.writeBufferWaterMark, value: .init(low: 16 * 1_024, high: 64 * 1_024))
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2_048, maximum: 65_536))
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS, let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        SMTPServerHandler(
                            services: services, listener: kind, tlsContext: tlsContext, implicitTLS: implicitTLS,
                            metrics: metrics))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return SMTPListener(kind: kind, channel: channel)
    }

    public func close() async {
        try? await channel.close()
    }
}

public enum ListenerError: Error, CustomStringConvertible {
    case tlsRequired(ListenerKind)

    public var description: String {
        switch self {
        case .tlsRequired(let kind): return "listener \(kind.rawValue) needs a TLS certificate"
        }
    }
}
