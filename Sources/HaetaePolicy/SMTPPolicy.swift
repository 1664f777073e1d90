import MailCore
import DNSClient
import HaetaeStore
import SMTPProtocol

/// What we know about a client after the connect stage.
public struct ClientStanding: Sendable, Hashable {
    public var address: IPAddressBytes?
    /// The `trusted_networks` entry the client is in.
    public var trustedNetwork: IPNetwork?
    /// The access rule that matched the client's address, if any.
    public var clientRule: AccessMatch?
    /// The server's own address on this connection (for `user@[our-ip]`).
    public var localAddress: IPAddressBytes?
    /// What the DNSBL zones said (listings below the threshold, zones that did not answer).
    public var dnsblResult: DNSBLResult?

    public init(address: IPAddressBytes?, trustedNetwork: IPNetwork? = nil, clientRule: AccessMatch? = nil, localAddress: IPAddressBytes? = nil) {
        self.address = address
        self.trustedNetwork = trustedNetwork
        self.clientRule = clientRule
        self.localAddress = localAddress
    }

    /// Exempt from DNSBL checks (trusted network or access OK/RELAY).
    public var isExempt: Bool {
        trustedNetwork != nil || clientRule?.rule.action == .ok || clientRule?.rule.action == .relay
    }
}

public enum ConnectDecision: Sendable, Hashable {
    case accept(ClientStanding)
    /// Greet with this reply and close.
    case refuse(SMTPReply)
}

/// A source of access rules that may change while the server runs.
public protocol AccessRuleSource: Sendable {
    func accessRulesIfChanged(since known: Int?) async throws -> (generation: Int, rules: [AccessRuleRecord]?)
}

extension DirectoryStore: AccessRuleSource {}

/// Keeps the parsed access map and reloads it when the store's generation changes, so rules
/// added by the CLI apply to the next lookup.
public actor AccessMapCache {
    private let source: any AccessRuleSource
    private var generation: Int?
    private var map = AccessMap(rules: [])

    public init(source: any AccessRuleSource) {
        self.source = source
    }

    public func current() async throws -> AccessMap {
        let (latest, records) = try await source.accessRulesIfChanged(since: generation)
        if let records {
            map = AccessMap(rules: Self.parse(records))
            generation = latest
        }
        return map
    }

    /// Rules that no longer parse are skipped (they were validated when added).
    static func parse(_ records: [AccessRuleRecord]) -> [AccessRule] {
        records.compactMap { record in
            guard let (tag, key, text) = try? AccessSyntax.parseKey(record.key),
                let action = try? AccessSyntax.parseAction(record.action)
            else { return nil }
            return AccessRule(tag: tag, key: key, action: action, keyText: text)
        }
    }
}

/// The policy checks of each SMTP stage, in one place: connect (access map, trusted networks),
/// sender (access map, ownership on submission), recipient (access map, local directory, the
/// fixed relay rule). A failing lookup answers 451 4.3.0, never "accept".
public struct SMTPPolicy: Sendable {
    public let directory: any MailDirectory
    public let access: AccessMapCache
    public let trustedNetworks: [IPNetwork]
    /// The domain `<Postmaster>` and `user@[our-ip]` belong to.
    public let primaryDomain: String
    public let dnsbl: DNSBLChecker?
    /// Domains we are the MX for in gateway mode: accepted for any local part and forwarded to
    /// their backend server.
    public let gatewayDomains: Set<String>
    /// Who exists behind the gateway domains (nil: every local part is accepted).
    public var gatewayRecipients: GatewayRecipients?
    /// The outbound protection (breaker, suspensions); nil in tests that do not need it.
    public let protection: ProtectionMonitor?
    /// DNSBL zones changed while running (nil: `dnsbl` as configured).
    public let dnsblZones: DNSBLZoneSource?

    public init(
        directory: any MailDirectory, access: AccessMapCache, trustedNetworks: [IPNetwork], primaryDomain: String,
        dnsbl: DNSBLChecker? = nil, gatewayDomains: Set<String> = [], protection: ProtectionMonitor? = nil,
        dnsblZones: DNSBLZoneSource? = nil
    ) {
        self.dnsblZones = dnsblZones
        self.protection = protection
        self.directory = directory
        self.access = access
        self.trustedNetworks = trustedNetworks
        self.primaryDomain = primaryDomain
        self.dnsbl = dnsbl
        self.gatewayDomains = Set(gatewayDomains.map { Punycode.asciiDomain($0) ?? $0.lowercased() })
    }

    static let lookupFailure = SMTPReply(451, .init(4, 3, 5), "Temporary lookup failure, try again later")

    /// The reply an access action gives at a stage, or nil when it lets the command through.
    static func reply(for action: AccessAction, stage: String) -> SMTPReply? {
        switch action {
        case .ok, .relay, .discard: return nil
        case .reject: return SMTPReply(550, .init(5, 7, 1), "\(stage) rejected: Access denied")
        case .tempfail: return SMTPReply(451, .init(4, 7, 1), "\(stage) temporarily rejected: Access denied")
        case .error(let reply): return reply
        }
    }

    // MARK: - Connect

    /// `checkDNSBL` is true on the MX listener: submission clients are judged by their AUTH.
    public func connect(client: String, local: String?, checkDNSBL: Bool = false) async -> ConnectDecision {
        let ip = IPAddressBytes(client)
        var standing = ClientStanding(address: ip, localAddress: local.flatMap(IPAddressBytes.init))
        guard let ip else { return .accept(standing) }
        standing.trustedNetwork = trustedNetworks.filter { $0.contains(ip) }.max { $0.prefixLength < $1.prefixLength }
        let map: AccessMap
        do {
            map = try await access.current()
        } catch {
            return .refuse(SMTPReply(421, .init(4, 3, 0), "Service temporarily unavailable, try again later"))
        }
        standing.clientRule = map.lookupClient(ip)
        if let action = standing.clientRule?.rule.action {
            switch action {
            case .reject:
                return .refuse(SMTPReply(554, .init(5, 7, 1), "Service unavailable; client [\(ip)] rejected by access policy"))
            case .tempfail:
                return .refuse(SMTPReply(421, .init(4, 7, 1), "Service temporarily unavailable for [\(ip)]"))
            case .error(let reply):
                return .refuse(reply)
            case .ok, .relay, .discard:
                break
            }
        }
        let dnsbl = await dnsblZones?.checker() ?? self.dnsbl
        if checkDNSBL, !standing.isExempt, let dnsbl, dnsbl.isEnabled {
            let result = await dnsbl.check(ip)
            standing.dnsblResult = result
            if dnsbl.isBlocked(result) {
                let first = result.listings[0]
                var text = "Service unavailable; client [\(ip)] blocked using \(first.zone)"
                if let reason = first.reason { text += "; " + String(reason.prefix(200)) }
                return .refuse(SMTPReply(554, .init(5, 7, 1), text))
            }
        }
        return .accept(standing)
    }

    // MARK: - Sender

    public func sender(_ path: ReversePath, standing: ClientStanding, authenticatedUser: String?) async -> SenderDecision {
        guard let mailbox = path.mailbox else {
            // The null sender: bounces and notifications. Nothing to look up.
            return .accept
        }
        let address = mailbox.lookupKey
        do {
            if let user = authenticatedUser {
                if try await directory.senderProfile(user).suspended {
                    return .reject(ProtectionMonitor.suspendedReply)
                }
                guard try await directory.mayUser(user, sendAs: address) else {
                    return .reject(SMTPReply(553, .init(5, 7, 1), "Sender address rejected: not owned by user \(user)"))
                }
            }
            let match = try await access.current().lookupAddress(address, tag: .from)
            if let match {
                if match.rule.action == .discard { return .discard }
                if let reply = Self.reply(for: match.rule.action, stage: "Sender address") { return .reject(reply) }
            }
            let exempt = authenticatedUser != nil || standing.isExempt || match?.rule.action == .ok
            if !exempt, let dnsbl, case .domain(let domain) = mailbox.host,
                let listing = await dnsbl.checkDomain(Punycode.asciiDomain(domain) ?? domain)
            {
                return .reject(SMTPReply(554, .init(5, 7, 1), "Sender address rejected: domain \(domain) listed in \(listing.zone)"))
            }
            return .accept
        } catch {
            return .reject(Self.lookupFailure)
        }
    }

    // MARK: - Recipient

    public struct RecipientExplanation: Sendable {
        public var decision: RecipientDecision
        public var reason: String
        /// Accepted for a domain that is not ours (relayed), so outbound limits apply.
        public var relayed = false
    }

    public func recipient(_ path: ForwardPath, standing: ClientStanding, authenticatedUser: String?) async -> RecipientDecision {
        await explainRecipient(path, standing: standing, authenticatedUser: authenticatedUser).decision
    }

    public func explainRecipient(_ path: ForwardPath, standing: ClientStanding, authenticatedUser: String?) async
        -> RecipientExplanation
    {
        var mailbox: Mailbox
        switch path {
        case .postmaster:
            mailbox = Mailbox(localPart: "postmaster", host: .domain(primaryDomain))
        case .mailbox(let box):
            mailbox = box
        }
        // `user@[our own address]` is the local user it names; any other literal is remote.
        var isLiteral = false
        switch mailbox.host {
        case .domain(let name):
            mailbox.host = .domain(Punycode.asciiDomain(name) ?? name)
        case .ipv4(let text), .ipv6(let text):
            if let local = standing.localAddress, IPAddressBytes(text) == local {
                mailbox.host = .domain(primaryDomain)
            } else {
                isLiteral = true
            }
        case .general:
            isLiteral = true
        }
        let address = mailbox.lookupKey
        do {
            let map = try await access.current()
            let rule = isLiteral ? nil : map.lookupAddress(address, tag: .to)
            if let rule, let reply = Self.reply(for: rule.rule.action, stage: "Recipient address") {
                return RecipientExplanation(decision: .reject(reply), reason: "access rule \(rule.rule.keyText) \(rule.rule.action)")
            }
            let discard = rule?.rule.action == .discard
            func accepted(_ address: String) -> RecipientDecision {
                discard ? .discard(address: address) : .accept(address: address)
            }
            if !isLiteral, let domain = mailbox.host.domainName, gatewayDomains.contains(domain) {
                if let gatewayRecipients, mailbox.localPart.lowercased() != "postmaster", !gatewayRecipients.contains(address) {
                    return RecipientExplanation(decision: .reject(.unknownUser), reason: "not in the gateway recipient list \(gatewayRecipients.path)")
                }
                return RecipientExplanation(decision: accepted(mailbox.wireString), reason: "gateway domain \(domain)")
            }
            let lookup: RecipientLookup = isLiteral ? .notLocal : try await directory.lookupRecipient(address)
            switch lookup {
            case .mailbox(let canonical):
                return RecipientExplanation(decision: accepted(canonical), reason: "local mailbox \(canonical)")
            case .alias:
                return RecipientExplanation(decision: accepted(address), reason: "local alias \(address)")
            case .unknown where mailbox.localPart.lowercased() == "postmaster":
                // RFC 5321 §4.5.1: postmaster is accepted for every domain we receive for. It goes
                // to the server's own postmaster when the domain has none.
                let primary = "postmaster@\(primaryDomain)"
                if case .mailbox(let canonical) = try await directory.lookupRecipient(primary) {
                    return RecipientExplanation(decision: accepted(canonical), reason: "postmaster of a local domain, delivered to \(canonical)")
                }
                return RecipientExplanation(decision: accepted(primary), reason: "postmaster of a local domain")
            case .unknown:
                return RecipientExplanation(decision: .reject(.unknownUser), reason: "no such local user")
            case .notLocal:
                let permission = RelayDecision.permission(
                    authenticatedUser: authenticatedUser, trustedNetwork: standing.trustedNetwork,
                    clientRule: standing.clientRule, recipientRule: isLiteral ? nil : rule)
                guard let permission else {
                    return RecipientExplanation(decision: .reject(.relayDenied), reason: "not a local domain and no relay permission")
                }
                if let protection, await !protection.relayAllowed() {
                    return RecipientExplanation(
                        decision: .reject(ProtectionMonitor.breakerReply), reason: "protection tripped: relay to external domains refused")
                }
                return RecipientExplanation(decision: accepted(mailbox.wireString), reason: "relay: \(permission)", relayed: true)
            }
        } catch {
            return RecipientExplanation(decision: .reject(Self.lookupFailure), reason: "lookup failed: \(error)")
        }
    }
}
