import Foundation
import HaetaePolicy
import HaetaeStore
import SMTPProtocol

/// The access map, the DNSBL zones and the policy explainer.
extension Operations {
    /// Adds or replaces a rule `KEY ACTION`.
    public func addAccessRule(key: String, action: String) throws {
        let rule: (key: String, action: String, fromRelayNote: Bool)
        do {
            rule = try AccessRuleInput.validate(key: key, action: action)
        } catch let problem as AccessRuleInput.Problem {
            throw OperationError(problem.description)
        }
        if rule.fromRelayNote {
            say("note: From: RELAY only acts as OK; relaying is decided by the client (Connect:) or the recipient (To:)")
        }
        try storeErrors { try store().setAccessRule(key: rule.key, action: rule.action) }
        say("\(rule.key)\t\(rule.action)")
    }

    public func removeAccessRule(key: String) throws {
        let canonical: String
        do {
            canonical = try AccessSyntax.parseKey(key).2
        } catch let error as AccessParseError {
            throw OperationError(error.description)
        }
        try storeErrors { try store().removeAccessRule(key: canonical) }
        say("removed \(canonical)")
    }

    public func listAccessRules() throws {
        let rules = try storeErrors { try store().listAccessRules() }
        if rules.isEmpty { say("no access rules") }
        for rule in rules { say("\(rule.key)\t\(rule.action)") }
    }

    /// The rules as a Sendmail access file.
    public func exportAccessRules() throws {
        let rules = try storeErrors { try store().listAccessRules() }
        say("# Haetae access map, exported \(Date())")
        for rule in rules { say("\(rule.key)\t\(rule.action)") }
    }

    /// Reads a Sendmail access file; all its rules are added in one transaction (none when a line
    /// is not understood, unless `ignoreErrors`).
    public func importAccessRules(file: String, ignoreErrors: Bool) throws {
        guard let text = (try? String(contentsOfFile: file, encoding: .utf8)) ?? (try? String(contentsOfFile: file, encoding: .isoLatin1))
        else { throw OperationError("cannot read \(file)") }
        let (rules, errors) = AccessSyntax.parseFile(text)
        for (line, message) in errors { say("\(file):\(line): \(message)") }
        if !errors.isEmpty && !ignoreErrors {
            throw OperationError("\(errors.count) line(s) not understood; nothing imported (use --ignore-errors to import the rest)")
        }
        for rule in rules where rule.action == .relay {
            if case .network(let network) = rule.key, network.prefixLength == 0 {
                throw OperationError("refusing to import RELAY for every address (\(rule.keyText))")
            }
        }
        let records = rules.map { AccessRuleRecord(key: $0.keyText, action: $0.action.description) }
        try storeErrors { try store().setAccessRules(records) }
        say("imported \(records.count) rule(s) from \(file)")
    }

    /// Explains what the server would answer this client, sender and recipients, with the policy
    /// chain's own trace; status 1 when something is refused.
    public func explainAccess(ip: String, from: String?, to: [String], user: String?, overrides: [String]) async throws -> ExitStatus {
        let configuration = try described { try ConfigurationLoader.load(file: nil, overrides: overrides, base: try self.configuration()) }
        let store = try store()
        let hostname = configuration.hostname
        let policy = SMTPPolicy(
            directory: store, access: AccessMapCache(source: store),
            trustedNetworks: try described { try configuration.parsedTrustedNetworks() },
            primaryDomain: DomainName.normalize(hostname) ?? hostname)
        if let from, !from.isEmpty, from != "<>", SMTPGrammar.parseMailbox(Array(from.utf8)[...]) == nil {
            throw OperationError("bad address \(from)")
        }
        let (lines, refused) = await AccessExplainer.explain(policy: policy, ip: ip, from: from, to: to, user: user)
        for line in lines { say(line) }
        return refused ? 1 : 0
    }

    // MARK: - DNSBL zones

    public func listDNSBLZones() throws {
        let zones = DNSBLZoneSource.effective(store: try store(), configured: try configuration().dnsbl.zones)
        if zones.isEmpty { say("no DNSBL zones") }
        for zone in zones { say(zone) }
    }

    /// Adds `ZONE` or `ZONE*WEIGHT`.
    public func addDNSBLZone(_ zone: String) throws {
        do {
            say(try DNSBLZoneSource.change(store: try store(), configured: try configuration().dnsbl.zones, add: zone).joined(separator: "\n"))
        } catch let error as DNSBLZoneError {
            throw OperationError(error.description)
        }
    }

    public func removeDNSBLZone(_ zone: String) throws {
        do {
            let zones = try DNSBLZoneSource.change(store: try store(), configured: try configuration().dnsbl.zones, remove: zone)
            say(zones.isEmpty ? "no DNSBL zones" : zones.joined(separator: "\n"))
        } catch let error as DNSBLZoneError {
            throw OperationError(error.description)
        }
    }
}
