import SMTPProtocol
import DNSClient
import Foundation
import MailCore
import SMTPClient
import Logging
import NIOCore
import NIOSSL

/// Outbound settings.
public struct RemoteDeliveryConfiguration: Sendable {
    public var heloName: String
    public var remotePort: Int
    public var tlsPolicy: TLSPolicy
    public var relayHostTLSPolicy: TLSPolicy
    /// AUTH PLAIN credentials for the relay host.
    public var relayHostCredentials: (username: String, password: String)?
    public var connectTimeout: Duration
    public var commandTimeout: Duration
    public var dataTimeout: Duration
    public var maxConnectionsPerDestination: Int

    public init(
        heloName: String, remotePort: Int = 25, tlsPolicy: TLSPolicy = .may, relayHostTLSPolicy: TLSPolicy = .may,
        relayHostCredentials: (username: String, password: String)? = nil, connectTimeout: Duration = .seconds(30),
        commandTimeout: Duration = .seconds(300), dataTimeout: Duration = .seconds(600), maxConnectionsPerDestination: Int = 10
    ) {
        self.heloName = heloName
        self.remotePort = remotePort
        self.tlsPolicy = tlsPolicy
        self.relayHostTLSPolicy = relayHostTLSPolicy
        self.relayHostCredentials = relayHostCredentials
        self.connectTimeout = connectTimeout
        self.commandTimeout = commandTimeout
        self.dataTimeout = dataTimeout
        self.maxConnectionsPerDestination = maxConnectionsPerDestination
    }
}

/// The relay target: delivers a message to the recipients of one domain — routing, MX lookup,
/// connection attempts in order, the SMTP transaction — with an outcome per recipient.
public final class RemoteDeliveryAgent: DeliveryTarget {
    public let configuration: RemoteDeliveryConfiguration
    public let router: Router
    let resolver: any DNSResolver
    let logger: Logger
    let limiter: DestinationLimiter
    let pool = SessionPool()
    private let opportunisticTLS: NIOSSLContext?
    private let verifiedTLS: NIOSSLContext?

    public init(configuration: RemoteDeliveryConfiguration, router: Router, resolver: any DNSResolver, logger: Logger) {
        self.configuration = configuration
        self.router = router
        self.resolver = resolver
        self.logger = logger
        self.limiter = DestinationLimiter(limit: configuration.maxConnectionsPerDestination)
        var may = TLSConfiguration.makeClientConfiguration()
        may.certificateVerification = .none
        opportunisticTLS = try? NIOSSLContext(configuration: may)
        verifiedTLS = try? NIOSSLContext(configuration: TLSConfiguration.makeClientConfiguration())
    }

    /// The hosts to try, in order, with the TLS policy and whether to authenticate.
    struct Plan {
        var hosts: [(name: String, port: Int)]
        var tls: TLSPolicy
        var authenticate: Bool
        var description: String
    }

    func plan(domain: String) async throws(DeliveryFailure) -> Plan {
        switch router.route(domain: domain) {
        case .nextHop(let hop, let reason):
            let isRelayHost = reason == "relay_host"
            let tls = isRelayHost ? configuration.relayHostTLSPolicy : configuration.tlsPolicy
            if hop.skipMX {
                return Plan(hosts: [(hop.host, hop.port)], tls: tls, authenticate: isRelayHost, description: "\(reason) \(hop)")
            }
            let exchanges = try await mxHosts(hop.host)
            return Plan(hosts: exchanges.map { ($0, hop.port) }, tls: tls, authenticate: isRelayHost, description: "\(reason) \(hop)")
        case .mx(let domain):
            let exchanges = try await mxHosts(domain)
            return Plan(
                hosts: exchanges.map { ($0, configuration.remotePort) }, tls: configuration.tlsPolicy, authenticate: false,
                description: "MX \(domain)")
        }
    }

    /// MX hosts for a domain in delivery order; implicit MX when there is none; null MX bounces.
    func mxHosts(_ domain: String) async throws(DeliveryFailure) -> [String] {
        do {
            let records = try await resolver.mx(domain)
            if MXOrdering.isNullMX(records) {
                throw DeliveryFailure.local(556, .init(5, 1, 10), "\(domain) does not accept mail (null MX)")
            }
            var generator = SystemRandomNumberGenerator()
            return MXOrdering.order(records, using: &generator)
        } catch let failure as DeliveryFailure {
            throw failure
        } catch DNSError.noData {
            return [domain]  // RFC 5321 §5.1: the domain itself is the implicit MX
        } catch DNSError.nxdomain {
            throw DeliveryFailure.local(550, .init(5, 1, 2), "Host or domain name not found: \(domain)")
        } catch {
            throw DeliveryFailure.local(451, .init(4, 4, 3), "DNS lookup of \(domain) failed: \(error)")
        }
    }

    /// Addresses of one MX host: IPv4 then IPv6; an IP literal is itself.
    func addresses(of host: String, port: Int) async throws(DeliveryFailure) -> [SocketAddress] {
        if let literal = try? SocketAddress(ipAddress: host, port: port) { return [literal] }
        var addresses: [SocketAddress] = []
        var temporary = false
        for type in [DNSRecordType.a, .aaaa] {
            do {
                for record in try await resolver.resolve(host, type: type) {
                    switch record {
                    case .a(let bytes):
                        if let address = try? SocketAddress(ipAddress: bytes.map(String.init).joined(separator: "."), port: port) {
                            addresses.append(address)
                        }
                    case .aaaa(let bytes):
                        var groups: [String] = []
                        for index in stride(from: 0, to: 16, by: 2) { groups.append(String(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1]), radix: 16)) }
                        if let address = try? SocketAddress(ipAddress: groups.joined(separator: ":"), port: port) { addresses.append(address) }
                    default:
                        break
                    }
                }
            } catch let error as DNSError {
                if error.isTemporary { temporary = true }
            } catch {
                temporary = true
            }
        }
        if addresses.isEmpty {
            if temporary { throw DeliveryFailure.local(451, .init(4, 4, 3), "cannot resolve \(host)") }
            throw DeliveryFailure.local(451, .init(4, 4, 4), "\(host) has no address")
        }
        return addresses
    }

    /// Delivers the message to the transaction's recipients (all in its destination domain).
    public func deliver(_ transaction: DeliveryTransaction) async -> [RecipientOutcome] {
        let recipients = transaction.recipients.map(\.address)
        let (sender, message, smtpUTF8, queueID) = (
            transaction.sender, transaction.message, transaction.smtpUTF8, transaction.queueID
        )
        func all(_ failure: DeliveryFailure) -> [RecipientOutcome] {
            recipients.map { .undelivered($0, failure) }
        }
        let plan: Plan
        do {
            plan = try await self.plan(domain: transaction.destination)
        } catch {
            return all(error)
        }
        var lastFailure = DeliveryFailure.local(451, .init(4, 4, 1), "no MX host could be reached")
        for (host, port) in plan.hosts {
            let addresses: [SocketAddress]
            do {
                addresses = try await self.addresses(of: host, port: port)
            } catch {
                lastFailure = error
                continue
            }
            for address in addresses {
                let key = "\(address)"
                await limiter.acquire(key)
                let result = await attempt(
                    address: address, hostName: host, plan: plan, sender: sender, recipients: recipients,
                    message: message, smtpUTF8: smtpUTF8, queueID: queueID)
                await limiter.release(key)
                switch result {
                case .success(let outcomes):
                    return outcomes
                case .failure(let failure):
                    lastFailure = failure
                    // A permanent answer to the whole transaction (5xx to MAIL, a mail loop, SIZE) is final;
                    // a refusing greeting is temporary, so the next host is tried.
                    if failure.isPermanent { return all(failure) }
                }
            }
        }
        return all(lastFailure)
    }

    private func attempt(
        address: SocketAddress, hostName: String, plan: Plan, sender: String, recipients: [String], message: [UInt8],
        smtpUTF8: Bool, queueID: String
    ) async -> Result<[RecipientOutcome], DeliveryFailure> {
        let mta = "\(hostName)[\(address.ipAddress ?? "?")]:\(address.port ?? 0)"
        let key = "\(mta)|\(plan.tls)|\(plan.authenticate)"
        var reused = await pool.take(key)
        while true {
            let session: ClientSession
            if let idle = reused {
                session = idle
            } else {
                let connection: SMTPClientConnection
                do {
                    connection = try await SMTPClientConnection.connect(
                        to: address, timeout: configuration.commandTimeout, connectTimeout: configuration.connectTimeout)
                } catch {
                    return .failure(.local(451, .init(4, 4, 1), "connect to \(mta) failed: \(error)", remoteMTA: mta))
                }
                do {
                    session = try await handshake(connection, mta: mta, hostName: hostName, plan: plan)
                } catch {
                    _ = try? await connection.command("QUIT")
                    await connection.close()
                    return .failure(error as? DeliveryFailure
                        ?? .local(451, .init(4, 4, 2), "conversation with \(mta) failed: \(error)", remoteMTA: mta))
                }
            }
            do {
                let outcomes = try await send(
                    session, mta: mta, sender: sender, recipients: recipients, message: message, smtpUTF8: smtpUTF8)
                session.messages += 1
                await release(session, key: key)
                return .success(outcomes)
            } catch {
                let failure = error as? DeliveryFailure
                await session.connection.close()
                // An idle connection the server has meanwhile closed (or answers 421 on): start afresh.
                if reused != nil && (failure == nil || failure?.isServiceClosing == true) {
                    reused = nil
                    continue
                }
                return .failure(failure
                    ?? .local(451, .init(4, 4, 2), "conversation with \(mta) failed: \(error)", remoteMTA: mta))
            }
        }
    }

    /// Closes connections that have been idle too long (called by the queue manager's timer).
    public func sweep() async {
        await pool.sweep()
    }

    /// Back to the idle pool after RSET, or QUIT when it has carried enough messages.
    private func release(_ session: ClientSession, key: String) async {
        if session.messages < Self.messagesPerConnection, let reset = try? await session.connection.command("RSET"), reset.code == 250 {
            await pool.put(key, session)
        } else {
            _ = try? await session.connection.command("QUIT")
            await session.connection.close()
        }
    }

    static let messagesPerConnection = 100

    /// The server's reply to `stage` as a failure; permanent or not by its code unless
    /// `temporary` says otherwise. A code outside 2xx–5xx is a protocol error (temporary).
    static func failure(_ wire: SMTPWireReply, during stage: String, mta: String, temporary: Bool? = nil) -> DeliveryFailure {
        failure(wire, context: "in reply to \(stage)", mta: mta, temporary: temporary)
    }

    static func failure(_ wire: SMTPWireReply, context: String, mta: String, temporary: Bool? = nil) -> DeliveryFailure {
        guard let reply = wire.reply else {
            return DeliveryFailure(
                reply: SMTPReply(451, .init(4, 5, 0), "invalid reply code \(wire.code)"), source: .local, context: context,
                remoteMTA: mta)
        }
        return DeliveryFailure(reply: reply, source: .server, context: context, remoteMTA: mta, isTemporary: temporary)
    }

    /// Greeting, EHLO (HELO), STARTTLS and AUTH as the plan says (`SMTPClientHandshake`).
    private func handshake(_ connection: SMTPClientConnection, mta: String, hostName: String, plan: Plan) async throws -> ClientSession {
        let policy: SMTPClientHandshake.STARTTLSPolicy
        switch plan.tls {
        case .none: policy = .never
        case .may: policy = .whenOffered
        case .require: policy = .required
        }
        let credentials = plan.authenticate
            ? configuration.relayHostCredentials.map { SMTPClientHandshake.Credentials(username: $0.username, password: $0.password) }
            : nil
        var handshake = SMTPClientHandshake(heloName: configuration.heloName, tls: policy, credentials: credentials)
        var action = handshake.start()
        while true {
            switch action {
            case .awaitReply:
                action = handshake.receive(try await connection.readReply())
            case .send(let line):
                try await connection.send(line)
                action = handshake.receive(try await connection.readReply())
            case .startTLS:
                guard let context = plan.tls == .require ? verifiedTLS : opportunisticTLS else {
                    throw DeliveryFailure.local(451, .init(4, 7, 5), "no TLS context", remoteMTA: mta)
                }
                let isLiteral = (try? SocketAddress(ipAddress: hostName, port: 0)) != nil
                try await connection.startTLS(context: context, serverHostname: isLiteral ? nil : hostName)
                action = handshake.tlsStarted()
            case .finished(.ready(let extensions, let tls)):
                let session = ClientSession(connection: connection, extensions: extensions)
                session.tls = tls
                return session
            case .finished(.refused(let refusal)):
                throw Self.failure(refusal, mta: mta, hostName: hostName)
            }
        }
    }

    /// Why a session could not start, as the recipients' failure.
    static func failure(_ refusal: SMTPClientHandshake.Refusal, mta: String, hostName: String) -> DeliveryFailure {
        switch refusal {
        case .greeting(let reply):
            // A 4xx/5xx greeting: this host refuses us; try the next MX (RFC 5321 §3.1).
            return failure(reply, context: "greeting", mta: mta, temporary: true)
        case .helo(let reply):
            return failure(reply, during: "HELO", mta: mta)
        case .loop:
            return .local(554, .init(5, 4, 6), "mail for \(hostName) loops back to myself", remoteMTA: mta)
        case .tlsNotOffered:
            return .local(451, .init(4, 7, 5), "\(mta) does not offer STARTTLS; TLS is required", remoteMTA: mta)
        case .startTLSRefused(let reply):
            return failure(reply, context: "STARTTLS refused; TLS is required", mta: mta, temporary: true)
        case .ehloAfterTLS(let reply):
            return failure(reply, during: "EHLO after STARTTLS", mta: mta)
        case .credentialsWithoutTLS:
            return .local(451, .init(4, 7, 0), "not sending relay host credentials without TLS", remoteMTA: mta)
        case .authNotOffered:
            return .local(451, .init(4, 7, 0), "relay host \(mta) does not offer AUTH", remoteMTA: mta)
        case .auth(let reply):
            return failure(reply, context: "AUTH to relay host", mta: mta, temporary: true)
        }
    }

    /// One mail transaction on an open session.
    private func send(
        _ session: ClientSession, mta: String, sender: String, recipients: [String], message: [UInt8], smtpUTF8: Bool
    ) async throws -> [RecipientOutcome] {
        let connection = session.connection
        if smtpUTF8 && !session.offers("SMTPUTF8") {
            throw DeliveryFailure.local(550, .init(5, 6, 7), "\(mta) does not support SMTPUTF8, needed for this message", remoteMTA: mta)
        }
        var parameters = ""
        if session.offers("SIZE") {
            if let limit = session.extensions.sizeLimit, message.count > limit {
                throw DeliveryFailure.local(
                    552, .init(5, 3, 4), "message of \(message.count) octets exceeds \(mta)'s limit of \(limit)", remoteMTA: mta)
            }
            parameters += " SIZE=\(message.count)"
        }
        if session.offers("8BITMIME") && message.contains(where: { $0 >= 0x80 }) { parameters += " BODY=8BITMIME" }
        if smtpUTF8 { parameters += " SMTPUTF8" }
        var transaction = SMTPClientTransaction(
            sender: sender, recipients: recipients, mailParameters: parameters, pipelining: session.offers("PIPELINING"))
        var action = transaction.start()
        while true {
            switch action {
            case .send(let lines):
                for line in lines { try await connection.send(line) }
                action = transaction.receive(try await connection.readReply())
            case .awaitReply:
                action = transaction.receive(try await connection.readReply())
            case .sendMessage:
                action = transaction.receive(try await connection.sendMessage(message))
            case .finished(.senderRefused(let reply)):
                throw Self.failure(reply, during: SMTPClientTransaction.Stage.mail.rawValue, mta: mta)
            case .finished(.completed(let replies)):
                return replies.map { item -> RecipientOutcome in
                    guard item.stage == .endOfData, item.reply.code == 250 else {
                        return .undelivered(item.recipient, Self.failure(item.reply, during: item.stage.rawValue, mta: mta))
                    }
                    let text = "\(item.reply.code) \(item.reply.lines.joined(separator: " "))"
                    return .delivered(item.recipient, [DeliveryRecord(relay: mta, reply: text)])
                }
            }
        }
    }
}
