import Foundation

/// What outbound protection keeps between runs and shares with the CLI: suspensions, per-account
/// rate limits, the circuit breaker's state (opaque to the store), lockouts, the addresses each
/// account logged in from, and a generation that changes with any of them.
public protocol ProtectionStateStore: Sendable {
    /// Whether the account was not suspended before.
    func suspendUser(_ address: String, reason: String) throws -> Bool
    func unsuspendUser(_ address: String) throws
    func suspendedUsers() throws -> Set<String>
    func setRateLimits(_ address: String, _ limits: String?) throws
    func breakerState<State: Decodable>(as type: State.Type) throws -> State?
    func saveBreakerState<State: Encodable>(_ state: State, topSenders: [String], bump: Bool) throws
    func breakerTopSenders() throws -> [String]
    func recordLockout(subject: String, until: Date, reason: String) throws
    func activeLockouts(now: Date) throws -> [LockoutRecord]
    /// Removes the lockouts of `subject` (nil: all); returns how many there were.
    func removeLockouts(subject: String?) throws -> Int
    func protectionGeneration() async throws -> Int
    func recordKnownAddress(account: String, client: String, at date: Date) throws
    func knownAddresses() throws -> [String: [String]]
}

extension ProtectionStateStore {
    public func saveBreakerState<State: Encodable>(_ state: State, bump: Bool) throws {
        try saveBreakerState(state, topSenders: [], bump: bump)
    }
    public func activeLockouts() throws -> [LockoutRecord] { try activeLockouts(now: Date()) }
    public func recordKnownAddress(account: String, client: String) throws {
        try recordKnownAddress(account: account, client: client, at: Date())
    }
}
