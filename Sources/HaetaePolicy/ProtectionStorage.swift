import HaetaeProtection
import HaetaeStore

/// The store keeps the protection kernels' state without knowing their types; these are the
/// typed views the services and the CLI use.
extension PasswordPolicy: PasswordRule {
    public var ruleVersion: Int { Self.version }
}

extension ProtectionStateStore {
    /// The circuit breaker's saved state (closed when none was saved).
    public func breakerState() throws -> CircuitBreaker.State {
        try breakerState(as: CircuitBreaker.State.self) ?? .init()
    }
}

/// What the protection monitor reads and keeps: its own state, the accounts (their own rate
/// limits, whether a domain is ours) and the generation setting.
public typealias ProtectionStore = ProtectionStateStore & AccountStore & SettingsStore
