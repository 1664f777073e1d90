import Logging
import NIOCore
import NIOPosix
import NIOSSL

/// Binds one mailbox-access listener: IMAP (`imap` with STARTTLS, `imaps` with TLS from the
/// first octet, RFC 8314) or POP3 (`pop3` with STLS, `pop3s`).
public final class MailAccessListener: Sendable {
    public enum Kind: String, Sendable { case imap, pop3 }

    public let channel: any Channel
    public let implicitTLS: Bool

    public var localAddress: SocketAddress? { channel.localAddress }

    private init(channel: any Channel, implicitTLS: Bool) {
        self.channel = channel
        self.implicitTLS = implicitTLS
    }

    public static func bind(
        host: String, port: Int, implicitTLS: Bool, services: MailAccessServices, tlsContext: NIOSSLContext?, group: any EventLoopGroup,
        protocol kind: Kind = .imap
    ) async throws -> MailAccessListener {
        let name = kind.rawValue + (implicitTLS ? "s" : "")
        if implicitTLS && tlsContext == nil { throw MailAccessListenerError.tlsRequired }
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
                    let tlsAvailable = tlsContext != nil
                    switch kind {
                    case .imap:
                        try channel.pipeline.syncOperations.addHandler(MailAccessHandler<IMAPSession>(
                            services: services, tlsContext: tlsContext, implicitTLS: implicitTLS, name: name, linesOnly: false,
                            makeSession: { client, logger in
                                IMAPSession(services: services, client: client, tlsActive: implicitTLS, tlsAvailable: tlsAvailable, logger: logger)
                            }))
                    case .pop3:
                        try channel.pipeline.syncOperations.addHandler(MailAccessHandler<POP3Session>(
                            services: services, tlsContext: tlsContext, implicitTLS: implicitTLS, name: name, linesOnly: true,
                            makeSession: { client, logger in
                                POP3Session(services: services, client: client, tlsActive: implicitTLS, tlsAvailable: tlsAvailable, logger: logger)
                            }))
                    }
                }
            }
        let channel = try await bootstrap.bind(host: host, port: port).get()
        return MailAccessListener(channel: channel, implicitTLS: implicitTLS)
    }

    public func close() async {
        try? await channel.close()
    }
}

public enum MailAccessListenerError: Error, CustomStringConvertible {
    case tlsRequired
    public var description: String { "an implicit-TLS listener (imaps, pop3s) needs a TLS certificate" }
}
