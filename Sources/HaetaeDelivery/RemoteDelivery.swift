import DNSClient
import Foundation
import SMTPClient
import Logging
import NIOCore
import NIOSSL

/// The result of one delivery attempt for one recipient.
public struct DeliveryOutcome: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        case delivered
        case temporary
        case permanent
    }

    public var recipient: String
    public var kind: Kind
    /// The reply (or our own diagnosis) with its code, e.g. `550 5.1.1 User unknown`.
    public var reply: String
    /// Enhanced status for the DSN (`5.1.1`).
    public var status: String
    /// `mx.example.net[192.0.2.7]:25`, when a server was reached.
    public var remoteMTA: String?
}

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

/// Delivers a message to the recipients of one domain: routing, MX lookup, connection attempts
/// in order, the SMTP transaction, and a per-recipient outcome.
public final class RemoteDeliveryAgent: Sendable {
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

    /// A failed attempt: the remote server's reply (with its code) or our own diagnosis.
    struct Failure: Error {
        var kind: DeliveryOutcome.Kind
        var reply: String
        var status: String
        var remoteMTA: String?
        /// The code the remote server answered, nil when the failure is ours (connect, timeout, TLS).
        var remoteCode: Int? = nil

        /// RFC 5321 §3.8: 421, the server is closing the transmission channel.
        var isServiceClosing: Bool { remoteCode == 421 }
    }

    /// The hosts to try, in order, with the TLS policy and whether to authenticate.
    struct Plan {
        var hosts: [(name: String, port: Int)]
        var tls: TLSPolicy
        var authenticate: Bool
        var description: String
    }

    func plan(domain: String) async throws(Failure) -> Plan {
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
    func mxHosts(_ domain: String) async throws(Failure) -> [String] {
        do {
            let records = try await resolver.mx(domain)
            if MXOrdering.isNullMX(records) {
                throw Failure(kind: .permanent, reply: "556 5.1.10 \(domain) does not accept mail (null MX)", status: "5.1.10")
            }
            var generator = SystemRandomNumberGenerator()
            return MXOrdering.order(records, using: &generator)
        } catch let failure as Failure {
            throw failure
        } catch DNSError.noData {
            return [domain]  // RFC 5321 §5.1: the domain itself is the implicit MX
        } catch DNSError.nxdomain {
            throw Failure(kind: .permanent, reply: "550 5.1.2 Host or domain name not found: \(domain)", status: "5.1.2")
        } catch {
            throw Failure(kind: .temporary, reply: "451 4.4.3 DNS lookup of \(domain) failed: \(error)", status: "4.4.3")
        }
    }

    /// Addresses of one MX host: IPv4 then IPv6; an IP literal is itself.
    func addresses(of host: String, port: Int) async throws(Failure) -> [SocketAddress] {
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
            if temporary { throw Failure(kind: .temporary, reply: "451 4.4.3 cannot resolve \(host)", status: "4.4.3") }
            throw Failure(kind: .temporary, reply: "451 4.4.4 \(host) has no address", status: "4.4.4")
        }
        return addresses
    }

    /// Delivers `message` to `recipients` (all in `domain`).
    public func deliver(
        sender: String, recipients: [String], domain: String, message: [UInt8], smtpUTF8: Bool, queueID: String
    ) async -> [DeliveryOutcome] {
        func all(_ failure: Failure) -> [DeliveryOutcome] {
            recipients.map {
                DeliveryOutcome(recipient: $0, kind: failure.kind, reply: failure.reply, status: failure.status, remoteMTA: failure.remoteMTA)
            }
        }
        let plan: Plan
        do {
            plan = try await self.plan(domain: domain)
        } catch {
            return all(error)
        }
        var lastFailure = Failure(kind: .temporary, reply: "451 4.4.1 no MX host could be reached", status: "4.4.1")
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
                    // A permanent answer to the whole transaction (e.g. 5xx greeting or MAIL) is final.
                    if failure.kind == .permanent { return all(failure) }
                }
            }
        }
        return all(lastFailure)
    }

    private func attempt(
        address: SocketAddress, hostName: String, plan: Plan, sender: String, recipients: [String], message: [UInt8],
        smtpUTF8: Bool, queueID: String
    ) async -> Result<[DeliveryOutcome], Failure> {
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
                    return .failure(Failure(kind: .temporary, reply: "451 4.4.1 connect to \(mta) failed: \(error)", status: "4.4.1", remoteMTA: mta))
                }
                do {
                    session = try await handshake(connection, mta: mta, hostName: hostName, plan: plan)
                } catch {
                    _ = try? await connection.command("QUIT")
                    await connection.close()
                    return .failure(error as? Failure
                        ?? Failure(kind: .temporary, reply: "451 4.4.2 conversation with \(mta) failed: \(error)", status: "4.4.2", remoteMTA: mta))
                }
            }
            do {
                let outcomes = try await send(
                    session, mta: mta, sender: sender, recipients: recipients, message: message, smtpUTF8: smtpUTF8)
                session.messages += 1
                await release(session, key: key)
                return .success(outcomes)
            } catch {
                let failure = error as? Failure
                await session.connection.close()
                // An idle connection the server has meanwhile closed (or answers 421 on): start afresh.
                if reused != nil && (failure == nil || failure?.isServiceClosing == true) {
                    reused = nil
                    continue
                }
                return .failure(failure
                    ?? Failure(kind: .temporary, reply: "451 4.4.2 conversation with \(mta) failed: \(error)", status: "4.4.2", remoteMTA: mta))
            }
        }
    }

    /// Closes connections that have been idle too long (called by the queue manager's timer).
    public func sweepIdleConnections() async {
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

    static func enhanced(_ reply: SMTPWireReply) -> String {
        let first = reply.lines.first ?? ""
        let token = first.split(separator: " ").first.map(String.init) ?? ""
        let parts = token.split(separator: ".")
        if parts.count == 3, parts.allSatisfy({ Int($0) != nil }), token.first == String(reply.code / 100).first { return token }
        return "\(reply.code / 100).0.0"
    }

    static func failure(_ reply: SMTPWireReply, during stage: String, mta: String) -> Failure {
        Failure(
            kind: reply.code >= 500 ? .permanent : .temporary,
            reply: "\(reply.code) \(reply.lines.joined(separator: " ")) (in reply to \(stage))", status: enhanced(reply), remoteMTA: mta,
            remoteCode: reply.code)
    }

    /// Greeting, EHLO (HELO), STARTTLS and AUTH as the plan says.
    private func handshake(_ connection: SMTPClientConnection, mta: String, hostName: String, plan: Plan) async throws -> ClientSession {
        let greeting = try await connection.readReply()
        guard greeting.code == 220 else {
            // A 4xx/5xx greeting: this host refuses us; try the next MX (RFC 5321 §3.1).
            throw Failure(kind: .temporary, reply: "\(greeting) (greeting)", status: Self.enhanced(greeting), remoteMTA: mta, remoteCode: greeting.code)
        }
        var ehlo = try await connection.command("EHLO \(configuration.heloName)")
        var extensions: Set<String> = []
        if ehlo.code == 250 {
            // Loop detection: the server calls itself by our name.
            if let name = ehlo.lines.first?.split(separator: " ").first, name.lowercased() == configuration.heloName.lowercased() {
                throw Failure(kind: .permanent, reply: "554 5.4.6 mail for \(hostName) loops back to myself", status: "5.4.6", remoteMTA: mta)
            }
            extensions = Set(ehlo.lines.dropFirst().map { $0.uppercased() })
        } else {
            let helo = try await connection.command("HELO \(configuration.heloName)")
            guard helo.code == 250 else { throw Self.failure(helo, during: "HELO", mta: mta) }
        }
        let session = ClientSession(connection: connection, extensions: extensions)
        if plan.tls != .none && session.offers("STARTTLS") {
            let reply = try await connection.command("STARTTLS")
            if reply.code == 220 {
                let context = plan.tls == .require ? verifiedTLS : opportunisticTLS
                guard let context else {
                    throw Failure(kind: .temporary, reply: "451 4.7.5 no TLS context", status: "4.7.5", remoteMTA: mta)
                }
                let isLiteral = (try? SocketAddress(ipAddress: hostName, port: 0)) != nil
                try await connection.startTLS(context: context, serverHostname: isLiteral ? nil : hostName)
                ehlo = try await connection.command("EHLO \(configuration.heloName)")
                guard ehlo.code == 250 else { throw Self.failure(ehlo, during: "EHLO after STARTTLS", mta: mta) }
                session.extensions = Set(ehlo.lines.dropFirst().map { $0.uppercased() })
                session.tls = true
            } else if plan.tls == .require {
                throw Failure(kind: .temporary, reply: "\(reply) (STARTTLS refused; TLS is required)", status: "4.7.5", remoteMTA: mta)
            }
        } else if plan.tls == .require {
            throw Failure(kind: .temporary, reply: "451 4.7.5 \(mta) does not offer STARTTLS; TLS is required", status: "4.7.5", remoteMTA: mta)
        }
        if plan.authenticate, let credentials = configuration.relayHostCredentials {
            guard session.tls || plan.tls == .none else {
                throw Failure(kind: .temporary, reply: "451 4.7.0 not sending relay host credentials without TLS", status: "4.7.0", remoteMTA: mta)
            }
            guard session.extensions.contains(where: { $0.hasPrefix("AUTH") }) else {
                throw Failure(kind: .temporary, reply: "451 4.7.0 relay host \(mta) does not offer AUTH", status: "4.7.0", remoteMTA: mta)
            }
            let token = Base64Text.encode("\u{0}\(credentials.username)\u{0}\(credentials.password)")
            let reply = try await connection.command("AUTH PLAIN \(token)")
            guard reply.code == 235 else {
                throw Failure(kind: .temporary, reply: "\(reply) (AUTH to relay host)", status: Self.enhanced(reply), remoteMTA: mta)
            }
        }
        return session
    }

    /// One mail transaction on an open session.
    private func send(
        _ session: ClientSession, mta: String, sender: String, recipients: [String], message: [UInt8], smtpUTF8: Bool
    ) async throws -> [DeliveryOutcome] {
        let connection = session.connection
        if smtpUTF8 && !session.offers("SMTPUTF8") {
            throw Failure(
                kind: .permanent, reply: "550 5.6.7 \(mta) does not support SMTPUTF8, needed for this message", status: "5.6.7",
                remoteMTA: mta)
        }
        var parameters = ""
        if let sizeLine = session.extensions.first(where: { $0.hasPrefix("SIZE") }) {
            let limit = Int(sizeLine.split(separator: " ").dropFirst().first ?? "") ?? 0
            if limit > 0 && message.count > limit {
                throw Failure(
                    kind: .permanent, reply: "552 5.3.4 message of \(message.count) octets exceeds \(mta)'s limit of \(limit)",
                    status: "5.3.4", remoteMTA: mta)
            }
            parameters += " SIZE=\(message.count)"
        }
        if session.offers("8BITMIME") && message.contains(where: { $0 >= 0x80 }) { parameters += " BODY=8BITMIME" }
        if smtpUTF8 { parameters += " SMTPUTF8" }
        var replies: [SMTPWireReply] = []
        if session.offers("PIPELINING") {
            try await connection.send("MAIL FROM:<\(sender)>\(parameters)")
            for recipient in recipients { try await connection.send("RCPT TO:<\(recipient)>") }
            for _ in 0...recipients.count { replies.append(try await connection.readReply()) }
        } else {
            let mail = try await connection.command("MAIL FROM:<\(sender)>\(parameters)")
            replies.append(mail)
            if mail.code == 250 {
                for recipient in recipients { replies.append(try await connection.command("RCPT TO:<\(recipient)>")) }
            }
        }
        let mail = replies[0]
        guard mail.code == 250 else { throw Self.failure(mail, during: "MAIL FROM", mta: mta) }
        var outcomes: [DeliveryOutcome] = []
        var accepted: [String] = []
        for (index, recipient) in recipients.enumerated() {
            let reply = replies[index + 1]
            if reply.code == 250 || reply.code == 251 {
                accepted.append(recipient)
            } else {
                let failure = Self.failure(reply, during: "RCPT TO", mta: mta)
                outcomes.append(DeliveryOutcome(recipient: recipient, kind: failure.kind, reply: failure.reply, status: failure.status, remoteMTA: mta))
            }
        }
        guard !accepted.isEmpty else { return outcomes }
        let data = try await connection.command("DATA")
        guard data.code == 354 else {
            let failure = Self.failure(data, during: "DATA", mta: mta)
            return outcomes + accepted.map {
                DeliveryOutcome(recipient: $0, kind: failure.kind, reply: failure.reply, status: failure.status, remoteMTA: mta)
            }
        }
        let final = try await connection.sendMessage(message)
        let kind: DeliveryOutcome.Kind = final.code == 250 ? .delivered : (final.code >= 500 ? .permanent : .temporary)
        let text = "\(final.code) \(final.lines.joined(separator: " "))" + (kind == .delivered ? "" : " (in reply to end of DATA)")
        return outcomes + accepted.map {
            DeliveryOutcome(recipient: $0, kind: kind, reply: text, status: Self.enhanced(final), remoteMTA: mta)
        }
    }
}

/// An open, greeted connection and what the server offers on it.
///
/// `@unchecked Sendable` for the same reason as `SMTPClientConnection`: one owner at a time.
final class ClientSession: @unchecked Sendable {
    let connection: SMTPClientConnection
    var extensions: Set<String>
    var tls = false
    var messages = 0
    var idleSince = ContinuousClock.now

    init(connection: SMTPClientConnection, extensions: Set<String>) {
        self.connection = connection
        self.extensions = extensions
    }

    func offers(_ keyword: String) -> Bool { extensions.contains { $0 == keyword || $0.hasPrefix(keyword + " ") } }
}

/// Idle connections per destination, reused for the next message within a few seconds.
actor SessionPool {
    private var idle: [String: [ClientSession]] = [:]
    let maxIdlePerKey: Int
    let maxIdleTime: Duration

    init(maxIdlePerKey: Int = 5, maxIdleTime: Duration = .seconds(5)) {
        self.maxIdlePerKey = maxIdlePerKey
        self.maxIdleTime = maxIdleTime
    }

    func take(_ key: String) -> ClientSession? {
        sweep()
        while var sessions = idle[key], !sessions.isEmpty {
            let session = sessions.removeLast()
            idle[key] = sessions.isEmpty ? nil : sessions
            if session.connection.isActive { return session }
            Task { await session.connection.close() }
        }
        return nil
    }

    func put(_ key: String, _ session: ClientSession) {
        sweep()
        session.idleSince = .now
        if idle[key, default: []].count < maxIdlePerKey {
            idle[key, default: []].append(session)
        } else {
            Task {
                _ = try? await session.connection.command("QUIT")
                await session.connection.close()
            }
        }
    }

    /// Closes connections idle for longer than `maxIdleTime`.
    func sweep() {
        let now = ContinuousClock.now
        for (key, sessions) in idle {
            let (fresh, stale) = (sessions.filter { now - $0.idleSince < maxIdleTime }, sessions.filter { now - $0.idleSince >= maxIdleTime })
            idle[key] = fresh.isEmpty ? nil : fresh
            for session in stale {
                Task {
                    _ = try? await session.connection.command("QUIT")
                    await session.connection.close()
                }
            }
        }
    }
}

/// Bounds concurrent connections per destination address.
actor DestinationLimiter {
    let limit: Int
    private var active: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire(_ key: String) async {
        if active[key, default: 0] < limit {
            active[key, default: 0] += 1
            return
        }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    func release(_ key: String) {
        if var queue = waiting[key], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[key] = queue.isEmpty ? nil : queue
            next.resume()  // the slot passes to the waiter
        } else {
            active[key, default: 1] -= 1
            if active[key] == 0 { active[key] = nil }
        }
    }
}

enum Base64Text {
    static func encode(_ text: String) -> String {
        Data(text.utf8).base64EncodedString()
    }
}
