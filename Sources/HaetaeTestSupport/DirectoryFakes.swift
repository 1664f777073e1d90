import HaetaeStore
import NIOConcurrencyHelpers

/// Access rules held in memory; each change is a new generation, as the store's are.
public final class InMemoryAccessRules: AccessRuleSource {
    private let state: NIOLockedValueBox<(generation: Int, rules: [AccessRuleRecord])>

    public init(_ rules: [AccessRuleRecord] = []) { state = NIOLockedValueBox((1, rules)) }

    public func set(_ rules: [AccessRuleRecord]) { state.withLockedValue { $0 = ($0.generation + 1, rules) } }

    public func accessRulesIfChanged(since known: Int?) async throws -> (generation: Int, rules: [AccessRuleRecord]?) {
        let (generation, rules) = state.withLockedValue { $0 }
        return (generation, known == generation ? nil : rules)
    }
}

/// Access rules that cannot be read, as a database that is down.
public struct FailingAccessRules: AccessRuleSource {
    public init() {}
    public func accessRulesIfChanged(since known: Int?) async throws -> (generation: Int, rules: [AccessRuleRecord]?) {
        throw FailingDirectory.Down()
    }
}

/// A directory whose every lookup fails, as a database that is down (for the policy's checks and
/// for what delivery does then).
public struct FailingDirectory: MailDirectory {
    public struct Down: Error, CustomStringConvertible {
        public init() {}
        public var description: String { "database is locked" }
    }
    public init() {}
    public func isLocalDomain(_ domain: String) async throws -> Bool { throw Down() }
    public func lookupRecipient(_ address: String) async throws -> RecipientLookup { throw Down() }
    public func authenticate(username: String, password: String) async throws -> String? { throw Down() }
    public func mayUser(_ user: String, sendAs address: String) async throws -> Bool { throw Down() }
}
