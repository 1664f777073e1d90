/// What a recipient address is to us.
public enum RecipientLookup: Hashable, Sendable {
    /// A local mailbox (the account's canonical address).
    case mailbox(String)
    /// An alias; its destinations may be local or remote.
    case alias([String])
    /// The domain is local but nobody has this address.
    case unknown
    /// The domain is not one of ours.
    case notLocal
}

/// The directory of domains, accounts and aliases, as the SMTP and delivery layers see it.
/// Every call reads the current state, so changes made by the CLI apply without a restart.
public protocol MailDirectory: Sendable {
    func isLocalDomain(_ domain: String) async throws -> Bool
    func lookupRecipient(_ address: String) async throws -> RecipientLookup
    /// Verifies a password; returns the canonical account address on success.
    func authenticate(username: String, password: String) async throws -> String?
    /// Whether the authenticated `user` may use `address` as envelope sender: their own address,
    /// an alias that delivers to them, or an address or `@domain` granted to them.
    func mayUser(_ user: String, sendAs address: String) async throws -> Bool
    /// Whether an authenticated user is suspended from sending, and their own rate limits.
    func senderProfile(_ user: String) async throws -> SenderProfile
}

extension MailDirectory {
    public func senderProfile(_ user: String) async throws -> SenderProfile { SenderProfile() }
}

extension MailDirectory {
    /// Expands aliases recursively (depth-capped, loop-safe) into final addresses: local mailboxes
    /// and remote addresses. Unknown local targets are returned in `unknown`.
    public func expand(_ address: String, maxDepth: Int = 10) async throws
        -> (mailboxes: [String], remote: [String], unknown: [String])
    {
        var mailboxes: [String] = []
        var remote: [String] = []
        var unknown: [String] = []
        var seen = Set<String>()
        var frontier: [(String, Int)] = [(address.lowercased(), 0)]
        while let (current, depth) = frontier.popLast() {
            guard seen.insert(current).inserted else { continue }
            switch try await lookupRecipient(current) {
            case .mailbox(let box):
                if !mailboxes.contains(box) { mailboxes.append(box) }
            case .alias(let targets):
                if depth >= maxDepth {
                    unknown.append(current)
                    continue
                }
                for target in targets.reversed() { frontier.append((target.lowercased(), depth + 1)) }
            case .unknown:
                unknown.append(current)
            case .notLocal:
                remote.append(current)
            }
        }
        return (mailboxes, remote, unknown)
    }
}

/// Splits `local@domain` at the last `@`.
public func splitAddress(_ address: String) -> (local: String, domain: String)? {
    guard let at = address.lastIndex(of: "@") else { return nil }
    let local = String(address[..<at])
    let domain = String(address[address.index(after: at)...])
    guard !local.isEmpty, !domain.isEmpty else { return nil }
    return (local, domain)
}
