import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// Binds one IMAP listener: `imap` (STARTTLS) or `imaps` (TLS from the first octet, RFC 8314).
public final class IMAPListener: Sendable {
    public let channel: any Channel
    public let implicitTLS: Bool

    public var localAddress: SocketAddress? { channel.localAddress }

    private init(channel: any Channel, implicitTLS: Bool) {
        self.channel = channel
        self.implicitTLS = implicitTLS
    }

    public static func bind(
        host: String, port: Int, implicitTLS: Bool, services: IMAPServices, tlsContext: NIOSSLContext?, group: any EventLoopGroup
    ) async throws -> IMAPListener {
        if implicitTLS && tlsContext == nil { throw IMAPListenerError.tlsRequired }
        let bootstrap = ServerBootstrap(group: group)
            .serverChannelOption(.backlog, value: 256)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelOption(.socketOption(.tcp_nodelay), value: 1)
            .childChannelOption(.maxMessagesPerRead, value: 4)
            .childChannelOption(.writeBufferWaterMark, value: .init(low: 32 * 1_024, high: 256 * 1_024))
            .childChannelOption(.recvAllocator, value: AdaptiveRecvByteBufferAllocator(minimum: 64, initial: 2_048, maximum: 65_536))
            .childChannelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    if implicitTLS, let tlsContext {
                        try channel.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext))
                    }
                    try channel.pipeline.syncOperations.addHandler(
                        IMAPServerHandler(services: services, tlsContext: tlsContext, implicitTLS: implicitTLS))
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return IMAPListener(channel: channel, implicitTLS: implicitTLS)
    }

    public func close() async {
        try? await channel.close()
    }
}

public enum IMAPListenerError: Error, CustomStringConvertible {
    case tlsRequired
    public var description: String { "the imaps listener needs a TLS certificate" }
}
