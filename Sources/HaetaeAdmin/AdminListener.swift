import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import Logging
import NIOSSL

/// Builds the console's HTTP(S) application on an address; HTTPS with the mail certificate unless
/// the address is loopback.
public enum AdminListener {
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }

    public static func application(
        routes: AdminRoutes, host: String, port: Int, certificatePath: String?, keyPath: String?, logger: Logger,
        onRunning: @escaping @Sendable (Int?) async -> Void
    ) throws -> some ApplicationProtocol {
        var server: HTTPServerBuilder = .http1()
        if !isLoopback(host), let certificatePath, let keyPath {
            let chain = try NIOSSLCertificate.fromPEMFile(certificatePath).map { NIOSSLCertificateSource.certificate($0) }
            let key = try NIOSSLPrivateKey(file: keyPath, format: .pem)
            var tls = TLSConfiguration.makeServerConfiguration(certificateChain: chain, privateKey: .privateKey(key))
            tls.minimumTLSVersion = .tlsv12
            server = try .tls(.http1(), tlsConfiguration: tls)
        }
        return Application(
            router: routes.router(), server: server,
            configuration: ApplicationConfiguration(address: .hostname(host, port: port), serverName: "Haetae"),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port) },
            logger: logger)
    }
}
