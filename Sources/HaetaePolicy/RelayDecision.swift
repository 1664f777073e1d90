import MailCore
/// Why a recipient outside our domains may be relayed. There are exactly three reasons, and the
/// decision does not depend on the order of any configuration.
public enum RelayPermission: Hashable, Sendable, CustomStringConvertible {
    /// The client authenticated (only possible on 587/465).
    case authenticated(user: String)
    /// The client's address is in `trusted_networks`.
    case trustedNetwork(IPNetwork)
    /// An access rule says RELAY for the client (`Connect:`) or for the recipient's domain (`To:`).
    case accessRule(AccessMatch)

    public var description: String {
        switch self {
        case .authenticated(let user): return "authenticated as \(user)"
        case .trustedNetwork(let network): return "client in trusted_networks \(network)"
        case .accessRule(let match): return "access rule \(match.rule.keyText) RELAY"
        }
    }
}

/// The fixed relay rule. Pure.
public enum RelayDecision {
    public static func permission(
        authenticatedUser: String?, trustedNetwork: IPNetwork?, clientRule: AccessMatch?, recipientRule: AccessMatch?
    ) -> RelayPermission? {
        if let authenticatedUser { return .authenticated(user: authenticatedUser) }
        if let trustedNetwork { return .trustedNetwork(trustedNetwork) }
        if let clientRule, clientRule.rule.action == .relay { return .accessRule(clientRule) }
        if let recipientRule, recipientRule.rule.action == .relay { return .accessRule(recipientRule) }
        return nil
    }
}
