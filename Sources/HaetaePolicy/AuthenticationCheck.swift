import MailCore
import Foundation
import HaetaeProtection
import HaetaeStore
import SMTPProtocol

/// How an AUTH attempt ended, for the listener to log and answer.
public enum AuthDecision: Sendable {
    case success(user: String)
    /// Wrong credentials (535 5.7.8), answered after `delay` seconds of throttling.
    case failure(delay: TimeInterval, reason: String?)
    /// The account or the client address is locked out (454 4.7.0, then the connection closes).
    case locked(AuthSubject, until: Date)
    /// Password hashing is saturated (454 4.7.0); not counted as a failure.
    case busy
    /// The directory could not be read (454 4.7.0).
    case unavailable(String)

    public static let temporaryFailure = SMTPReply(454, .init(4, 7, 0), "Temporary authentication failure, try again later")
}

extension SMTPPolicy {
    /// The AUTH stage: lockout gate, authorization identity, the password check (on the bcrypt
    /// threads), then the throttle's delay or lockout on failure. The account name is normalised
    /// once (F8) and that form keys the lockout, the counters and the log.
    public func authenticate(_ credentials: SASLCredentials, client: String) async -> AuthDecision {
        let account = AccountName.key(credentials.username)
        // RFC 4616: an authorization identity other than the authentication identity is refused
        // unless the user may act as it; nobody may, so far.
        let authzMismatch = credentials.authorizationIdentity.map { AccountName.key($0) != account } ?? false
        if let protection, case .locked(let subject, let until) = await protection.authGate(client: client, account: account) {
            return .locked(subject, until: until)
        }
        if !authzMismatch {
            do {
                if let user = try await directory.authenticate(username: account, password: credentials.password) {
                    await protection?.authSucceeded(client: client, account: user)
                    return .success(user: user)
                }
            } catch is PasswordHashingBusy {
                return .busy
            } catch {
                return .unavailable("\(error)")
            }
        }
        let reason = authzMismatch ? "authzid" : nil
        guard let protection else { return .failure(delay: 0, reason: reason) }
        let outcome = await protection.authFailed(client: client, account: account)
        if let subject = outcome.locked.first {
            return .locked(subject, until: Date().addingTimeInterval(protection.configuration.lockout.duration))
        }
        if outcome.delay > 0 { try? await Task.sleep(for: .milliseconds(Int(outcome.delay * 1_000))) }
        return .failure(delay: outcome.delay, reason: reason)
    }
}
