import HaetaeStore
import SMTPProtocol

/// Where a recipient's domain sits for the relay decision.
public enum RecipientDomainClass: Sendable, Equatable {
    case local
    case remote
}

/// The fixed relay rule: a recipient outside our domains is accepted only from an authenticated
/// client. No configuration order can change it. Pure.
public enum RelayRule {
    public static func permitsRelay(authenticatedUser: String?) -> Bool {
        authenticatedUser != nil
    }
}

/// Decides RCPT TO against the directory: local users and aliases accepted, unknown local
/// users refused with 550 5.1.1, other domains only for authenticated clients.
public struct RecipientPolicy: Sendable {
    public let directory: any MailDirectory
    /// The domain `<Postmaster>` belongs to.
    public let postmasterDomain: String

    public init(directory: any MailDirectory, postmasterDomain: String) {
        self.directory = directory
        self.postmasterDomain = postmasterDomain
    }

    public func decide(_ path: ForwardPath, authenticatedUser: String?) async -> RecipientDecision {
        let mailbox: Mailbox
        switch path {
        case .postmaster:
            mailbox = Mailbox(localPart: "postmaster", host: .domain(postmasterDomain))
        case .mailbox(let box):
            mailbox = box
        }
        guard case .domain = mailbox.host else {
            // Address literals are never one of our local domains.
            return RelayRule.permitsRelay(authenticatedUser: authenticatedUser)
                ? .accept(address: mailbox.wireString) : .reject(.relayDenied)
        }
        let address = mailbox.lookupKey
        do {
            switch try await directory.lookupRecipient(address) {
            case .mailbox(let canonical):
                return .accept(address: canonical)
            case .alias:
                return .accept(address: address)
            case .unknown:
                return .reject(.unknownUser)
            case .notLocal:
                return RelayRule.permitsRelay(authenticatedUser: authenticatedUser)
                    ? .accept(address: mailbox.wireString) : .reject(.relayDenied)
            }
        } catch {
            return .reject(SMTPReply(451, .init(4, 3, 0), "Temporary lookup failure, try again later"))
        }
    }
}
