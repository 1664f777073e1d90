import HaetaePolicy
import HaetaeStore

/// A directory held in memory for tests of the policy, the SMTP server and delivery: local
/// domains, users with passwords, aliases, and addresses users may send as.
public struct InMemoryDirectory: MailDirectory {
    public var domains: Set<String>
    /// address → password
    public var users: [String: String]
    /// alias → destinations
    public var aliases: [String: [String]]
    /// user → addresses (or `@domain`) the user may also send as
    public var sendAs: [String: Set<String>]
    /// Whether `authenticate` may succeed at all (some tests want every check to fail).
    public var acceptsPasswords: Bool

    public init(
        domains: Set<String>, users: [String: String] = [:], aliases: [String: [String]] = [:],
        sendAs: [String: Set<String>] = [:], acceptsPasswords: Bool = true
    ) {
        self.domains = domains
        self.users = users
        self.aliases = aliases
        self.sendAs = sendAs
        self.acceptsPasswords = acceptsPasswords
    }

    public func isLocalDomain(_ domain: String) async throws -> Bool { domains.contains(domain.lowercased()) }

    public func lookupRecipient(_ address: String) async throws -> RecipientLookup {
        let key = address.lowercased()
        guard let (_, domain) = splitAddress(key) else { return .unknown }
        guard domains.contains(domain) else { return .notLocal }
        if users[key] != nil { return .mailbox(key) }
        if let destinations = aliases[key] { return .alias(destinations) }
        return .unknown
    }

    public func authenticate(username: String, password: String) async throws -> String? {
        let key = username.lowercased()
        return acceptsPasswords && users[key] == password ? key : nil
    }

    public func mayUser(_ user: String, sendAs address: String) async throws -> Bool {
        let key = address.lowercased()
        guard key != user else { return true }
        let granted = sendAs[user] ?? []
        return granted.contains(key) || (splitAddress(key).map { granted.contains("@" + $0.domain) } ?? false)
    }
}
