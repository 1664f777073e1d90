import Foundation
import HaetaeProtection

/// A signed-in administrator's session: who, the CSRF token every form and API write must echo,
/// and when it expires.
public struct AdminSession: Sendable, Hashable {
    public var admin: String
    public var csrfToken: String
    public var expires: Date
}

/// Sessions in memory (a restart signs everyone out), with login throttling per client address
/// and per admin name (the same AUTH throttle the SMTP listeners use).
public actor AdminSessions {
    private var sessions: [String: AdminSession] = [:]
    private var throttle: AuthThrottle
    public let lifetime: TimeInterval
    static let maxSessions = 10_000

    public init(lifetime: TimeInterval = 8 * 3_600, lockout: AuthLockoutPolicy = AuthLockoutPolicy(failures: 10, window: 600, duration: 900, throttleAfter: 3, maxDelay: 4)) {
        self.lifetime = lifetime
        self.throttle = AuthThrottle(policy: lockout)
    }

    static func randomToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<4).map { _ in String(format: "%016llx", generator.next()) }.joined()
    }

    public func create(admin: String, now: Date = Date()) -> (token: String, session: AdminSession) {
        if sessions.count >= Self.maxSessions { sessions = sessions.filter { $0.value.expires > now } }
        let token = Self.randomToken()
        let session = AdminSession(admin: admin, csrfToken: Self.randomToken(), expires: now.addingTimeInterval(lifetime))
        sessions[token] = session
        return (token, session)
    }

    public func session(_ token: String?, now: Date = Date()) -> AdminSession? {
        guard let token, let session = sessions[token] else { return nil }
        guard session.expires > now else {
            sessions[token] = nil
            return nil
        }
        return session
    }

    public func destroy(_ token: String?) {
        if let token { sessions[token] = nil }
    }

    public func loginGate(client: String, admin: String) -> AuthGate {
        throttle.gate(client: client, account: admin.lowercased(), now: Date())
    }

    public func loginFailed(client: String, admin: String) -> AuthFailureOutcome {
        throttle.recordFailure(client: client, account: admin.lowercased(), now: Date())
    }

    public func loginSucceeded(client: String, admin: String) {
        throttle.recordSuccess(client: client, account: admin.lowercased())
    }
}
