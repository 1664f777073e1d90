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


    /// The reply an access action gives at a stage, or nil when it lets the command through.
    static func reply(for action: AccessAction, stage: String) -> SMTPReply? {
        switch action {
        case .ok, .relay, .discard: return nil
        case .reject: return SMTPReply(550, .init(5, 7, 1), "\(stage) rejected: Access denied")
        case .tempfail: return SMTPReply(451, .init(4, 7, 1), "\(stage) temporarily rejected: Access denied")
        case .error(let reply): return reply
        }
    }

    /// The access map's verdict on an address at MAIL or RCPT: DISCARD marks, REJECT/TEMPFAIL/ERROR
    /// refuse (5xx rejects, 4xx defers), OK and RELAY let the next check run.
    static func accessVerdict(_ match: AccessMatch?, stage: String, none: String) -> CheckResult {
        guard let match else { return CheckResult("access-map", .accept, none) }
        let why = "access rule \(match.rule.keyText) \(match.rule.action)"
        if match.rule.action == .discard { return CheckResult("access-map", .discard, why) }
        if let reply = reply(for: match.rule.action, stage: stage) {
            return CheckResult("access-map", reply.code >= 500 ? .reject(reply) : .defer(reply), why)
        }
        return CheckResult("access-map", .accept, why)
    }

    // MARK: - Connect

    /// `checkDNSBL` is true on the MX listener: submission clients are judged by their AUTH.
    public func connect(client: String, local: String?, checkDNSBL: Bool = false) async -> ConnectDecision {
        await connectStage(client: client, local: local, checkDNSBL: checkDNSBL).decision
    }

    /// The connect stage: trusted networks, the access map's rule for the client, DNSBL. A
    /// failing check answers `421 4.3.5` here (a greeting can only be 220, 421 or 554).
    public func connectStage(client: String, local: String?, checkDNSBL: Bool = false) async -> (decision: ConnectDecision, trace: PolicyTrace) {
        let ip = IPAddressBytes(client)
        var standing = ClientStanding(address: ip, localAddress: local.flatMap(IPAddressBytes.init))
        guard let ip else { return (.accept(standing), PolicyTrace(stage: .connect)) }
        let access = self.access
        let trustedNetworks = self.trustedNetworks
        let dnsblZones = self.dnsblZones
        let configuredDNSBL = self.dnsbl
        let checks: [CheckRunner<ClientStanding>.Check] = [
            ("trusted-networks", { standing in
                standing.trustedNetwork = trustedNetworks.filter { $0.contains(ip) }.max { $0.prefixLength < $1.prefixLength }
                return standing.trustedNetwork.map { CheckResult("trusted-networks", .accept, "client in trusted_networks \($0)") }
            }),
            ("access-map", { standing in
                standing.clientRule = try await access.current().lookupClient(ip)
                guard let match = standing.clientRule else { return CheckResult("access-map", .accept, "no access rule for the client") }
                let why = "access rule \(match.rule.keyText) \(match.rule.action)"
                switch match.rule.action {
                case .reject:
                    return CheckResult("access-map", .reject(SMTPReply(554, .init(5, 7, 1), "Service unavailable; client [\(ip)] rejected by access policy")), why)
                case .tempfail:
                    return CheckResult("access-map", .defer(SMTPReply(421, .init(4, 7, 1), "Service temporarily unavailable for [\(ip)]")), why)
                case .error(let reply):
                    return CheckResult("access-map", reply.code >= 500 ? .reject(reply) : .defer(reply), why)
                case .ok, .relay, .discard:
                    return CheckResult("access-map", .accept, why)
                }
            }),
            ("dnsbl", { standing in
                let dnsbl = await dnsblZones?.checker() ?? configuredDNSBL
                guard checkDNSBL, let dnsbl, dnsbl.isEnabled else { return nil }
                if standing.isExempt { return CheckResult("dnsbl", .accept, "not checked: the client is exempt") }
                let result = await dnsbl.check(ip)
                standing.dnsblResult = result
                guard dnsbl.isBlocked(result) else {
                    return CheckResult("dnsbl", .accept, result.listings.isEmpty ? "not listed" : "listed below the threshold in \(result.listings.map(\.zone).joined(separator: ", "))")
                }
                let first = result.listings[0]
                var text = "Service unavailable; client [\(ip)] blocked using \(first.zone)"
                if let reason = first.reason { text += "; " + String(reason.prefix(200)) }
                return CheckResult("dnsbl", .reject(SMTPReply(554, .init(5, 7, 1), text)), "listed in \(result.listings.map(\.zone).joined(separator: ", "))")
            }),
        ]
        let trace = await CheckRunner.run(
            .connect, checks, state: &standing,
            failureReply: SMTPReply(421, .init(4, 3, 5), "Service temporarily unavailable, try again later"))
        if let reply = trace.refusal { return (.refuse(reply), trace) }
        return (.accept(standing), trace)
    }

    // MARK: - Sender

    public func sender(_ path: ReversePath, standing: ClientStanding, authenticatedUser: String?) async -> SenderDecision {
        await senderStage(path, standing: standing, authenticatedUser: authenticatedUser).decision
    }

    /// What the MAIL stage's checks share: the sender and what earlier checks found.
    struct SenderState: Sendable {
        var mailbox: Mailbox
        var user: String?
        var standing: ClientStanding
        var accessRule: AccessMatch?
    }

    /// The MAIL stage: a suspended account, sender ownership (authenticated clients), the access
    /// map's `From:` rule, the sender domain's RHSBL listing. The null sender is not looked up.
    public func senderStage(_ path: ReversePath, standing: ClientStanding, authenticatedUser: String?) async -> (decision: SenderDecision, trace: PolicyTrace) {
        guard let mailbox = path.mailbox else {
            var trace = PolicyTrace(stage: .mail)
            trace.append(CheckResult("null-sender", .accept, "bounces and notifications are not looked up"))
            return (.accept, trace)
        }
        let directory = self.directory
        let access = self.access
        let dnsbl = self.dnsbl
        let checks: [CheckRunner<SenderState>.Check] = [
            ("account-suspended", { state in
                guard let user = state.user else { return nil }
                if try await directory.senderProfile(user).suspended {
                    return CheckResult("account-suspended", .reject(ProtectionMonitor.suspendedReply), "\(user) is suspended from sending")
                }
                return CheckResult("account-suspended", .accept, "\(user) may send")
            }),
            ("sender-ownership", { state in
                guard let user = state.user else { return nil }
                let address = state.mailbox.lookupKey
                guard try await directory.mayUser(user, sendAs: address) else {
                    return CheckResult("sender-ownership", .reject(SMTPReply(553, .init(5, 7, 1), "Sender address rejected: not owned by user \(user)")), "\(address) is not \(user)'s")
                }
                return CheckResult("sender-ownership", .accept, "\(address) belongs to \(user)")
            }),
            ("access-map", { state in
                state.accessRule = try await access.current().lookupAddress(state.mailbox.lookupKey, tag: .from)
                return Self.accessVerdict(state.accessRule, stage: "Sender address", none: "no access rule for the sender")
            }),
            ("rhsbl", { state in
                guard let dnsbl, !dnsbl.domainZones.isEmpty, case .domain(let domain) = state.mailbox.host else { return nil }
                if state.user != nil || state.standing.isExempt || state.accessRule?.rule.action == .ok {
                    return CheckResult("rhsbl", .accept, "not checked: authenticated, exempt or allowed by an access rule")
                }
                guard let listing = await dnsbl.checkDomain(Punycode.asciiDomain(domain) ?? domain) else {
                    return CheckResult("rhsbl", .accept, "\(domain) not listed")
                }
                return CheckResult("rhsbl", .reject(SMTPReply(554, .init(5, 7, 1), "Sender address rejected: domain \(domain) listed in \(listing.zone)")), "listed in \(listing.zone)")
            }),
        ]
        var state = SenderState(mailbox: mailbox, user: authenticatedUser, standing: standing)
        let trace = await CheckRunner.run(.mail, checks, state: &state)
        if let reply = trace.refusal { return (.reject(reply), trace) }
        return (trace.discards ? .discard : .accept, trace)
    }

    // MARK: - Recipient

    public struct RecipientExplanation: Sendable {
        public var decision: RecipientDecision
        /// The check that decided and its reason.
        public var reason: String
        /// Accepted for a domain that is not ours (relayed), so outbound limits apply.
        public var relayed = false
        /// Every check that ran.
        public var trace = PolicyTrace(stage: .rcpt)
        /// The protection check that refused (`rate-limit`, `account-suspended`), for counters.
        public var protectionRefusal: String?
    }

    public func recipient(_ path: ForwardPath, standing: ClientStanding, authenticatedUser: String?) async -> RecipientDecision {
        await explainRecipient(path, standing: standing, authenticatedUser: authenticatedUser).decision
    }

    /// What the RCPT stage's checks share.
    struct RecipientState: Sendable {
        var mailbox: Mailbox
        var isLiteral: Bool
        var user: String?
        var standing: ClientStanding
        var accessRule: AccessMatch?
        /// The address the recipient resolved to, once a destination check accepted it.
        var resolved: String?
        var relayed = false
        var protectionRefusal: String?
        var address: String { mailbox.lookupKey }
    }

    /// The RCPT stage without the protection admission (`haetae access test`, tests).
    public func explainRecipient(_ path: ForwardPath, standing: ClientStanding, authenticatedUser: String?) async
        -> RecipientExplanation
    {
        await recipientStage(path, standing: standing, authenticatedUser: authenticatedUser, admission: nil)
    }

    /// How the protection admission runs at RCPT: for a real transaction it counts toward the
    /// limits; a dry run (the explainer) only looks.
    public struct Admission: Sendable {
        public var client: String
        public var newMessage: Bool
        public var record: Bool
        public init(client: String, newMessage: Bool, record: Bool = true) {
            self.client = client
            self.newMessage = newMessage
            self.record = record
        }
    }

    /// The RCPT stage: the access map's `To:` rule, then where the recipient goes — a gateway
    /// domain (its recipient list), a local mailbox or alias (postmaster always), or elsewhere,
    /// which only the fixed relay decision may allow — then the protection (breaker, account
    /// suspension, rate limits, the compromised-account detector) for relayed and authenticated mail.
    public func recipientStage(
        _ path: ForwardPath, standing: ClientStanding, authenticatedUser: String?, admission: Admission?
    ) async -> RecipientExplanation {
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
        let checks = recipientChecks(admission: admission)
        var state = RecipientState(mailbox: mailbox, isLiteral: isLiteral, user: authenticatedUser, standing: standing)
        let trace = await CheckRunner.run(.rcpt, checks, state: &state)
        if let protection, let user = authenticatedUser, admission?.record == true, trace.refusal != nil, state.protectionRefusal == nil {
            // A refused recipient is evidence for the compromised-account detector.
            let domain = (state.mailbox.host.domainName ?? "\(state.mailbox.host)").lowercased()
            await protection.refused(account: user, domain: domain)
        }
        let decisive = trace.results.last(where: { $0.verdict.isFinal }) ?? trace.results.last { $0.check != "protection" } ?? trace.results.last
        let reason = decisive?.reason ?? "no check decided"
        if let reply = trace.refusal {
            return RecipientExplanation(decision: .reject(reply), reason: reason, relayed: state.relayed, trace: trace, protectionRefusal: state.protectionRefusal)
        }
        guard let resolved = state.resolved else {
            return RecipientExplanation(decision: .reject(PolicyTrace.checkFailedReply), reason: "no destination check accepted the recipient", trace: trace)
        }
        let decision: RecipientDecision = trace.discards ? .discard(address: resolved) : .accept(address: resolved)
        return RecipientExplanation(decision: decision, reason: reason, relayed: state.relayed, trace: trace)
    }

    private func recipientChecks(admission: Admission?) -> [CheckRunner<RecipientState>.Check] {
        let access = self.access
        let directory = self.directory
        let gatewayDomains = self.gatewayDomains
        let gatewayRecipients = self.gatewayRecipients
        let primaryDomain = self.primaryDomain
        let protection = self.protection
        return [
            ("access-map", { state in
                guard !state.isLiteral else { return nil }
                state.accessRule = try await access.current().lookupAddress(state.address, tag: .to)
                return Self.accessVerdict(state.accessRule, stage: "Recipient address", none: "no access rule for the recipient")
            }),
            ("gateway-recipients", { state in
                guard !state.isLiteral, let domain = state.mailbox.host.domainName, gatewayDomains.contains(domain) else { return nil }
                if let gatewayRecipients, state.mailbox.localPart.lowercased() != "postmaster", !gatewayRecipients.contains(state.address) {
                    return CheckResult("gateway-recipients", .reject(.unknownUser), "not in the gateway recipient list \(gatewayRecipients.path)")
                }
                state.resolved = state.mailbox.wireString
                return CheckResult("gateway-recipients", .accept, "gateway domain \(domain)")
            }),
            ("local-directory", { state in
                guard state.resolved == nil, !state.isLiteral else { return nil }
                switch try await directory.lookupRecipient(state.address) {
                case .mailbox(let canonical):
                    state.resolved = canonical
                    return CheckResult("local-directory", .accept, "local mailbox \(canonical)")
                case .alias:
                    state.resolved = state.address
                    return CheckResult("local-directory", .accept, "local alias \(state.address)")
                case .unknown where state.mailbox.localPart.lowercased() == "postmaster":
                    // RFC 5321 §4.5.1: postmaster is accepted for every domain we receive for. It
                    // goes to the server's own postmaster when the domain has none.
                    let primary = "postmaster@\(primaryDomain)"
                    if case .mailbox(let canonical) = try await directory.lookupRecipient(primary) {
                        state.resolved = canonical
                        return CheckResult("local-directory", .accept, "postmaster of a local domain, delivered to \(canonical)")
                    }
                    state.resolved = primary
                    return CheckResult("local-directory", .accept, "postmaster of a local domain")
                case .unknown:
                    return CheckResult("local-directory", .reject(.unknownUser), "no such local user")
                case .notLocal:
                    return CheckResult("local-directory", .accept, "not a local domain")
                }
            }),
            // The fixed step: no configuration order can move it or skip it.
            ("relay-decision", { state in
                guard state.resolved == nil else { return nil }
                let permission = RelayDecision.permission(
                    authenticatedUser: state.user, trustedNetwork: state.standing.trustedNetwork,
                    clientRule: state.standing.clientRule, recipientRule: state.isLiteral ? nil : state.accessRule)
                guard let permission else {
                    return CheckResult("relay-decision", .reject(.relayDenied), "not a local domain and no relay permission")
                }
                state.relayed = true
                state.resolved = state.mailbox.wireString
                return CheckResult("relay-decision", .accept, "relay: \(permission)")
            }),
            ("protection", { state in
                guard let protection, state.relayed || state.user != nil else { return nil }
                if state.relayed, await !protection.relayAllowed() {
                    return CheckResult("protection", .reject(ProtectionMonitor.breakerReply), "protection tripped: relay to external domains refused")
                }
                guard let admission else { return CheckResult("protection", .accept, "relay allowed; limits not evaluated here") }
                let domain = (state.mailbox.host.domainName ?? "\(state.mailbox.host)").lowercased()
                switch await protection.admit(account: state.user, client: admission.client, domain: domain, newMessage: admission.newMessage, record: admission.record) {
                case .admitted:
                    return CheckResult("protection", .accept, "within the limits")
                case .rateLimited(let reply):
                    state.protectionRefusal = "rate-limit"
                    return CheckResult("protection", .defer(reply), "rate limit")
                case .suspended(let reply):
                    state.protectionRefusal = "account-suspended"
                    return CheckResult("protection", .reject(reply), "account suspended")
                }
            }),
        ]
    }
}
