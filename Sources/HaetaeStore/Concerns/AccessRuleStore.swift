/// Access rules as the policy reads them: they may change while the server runs.
public protocol AccessRuleSource: Sendable {
    /// The rules, unless they are still at generation `known` (then nil): one cheap read per
    /// lookup tells whether anything changed.
    func accessRulesIfChanged(since known: Int?) async throws -> (generation: Int, rules: [AccessRuleRecord]?)
}

/// The access map's rules (`haetae access`, the console's rules page).
public protocol AccessRuleStore: AccessRuleSource {
    func setAccessRule(key: String, action: String) throws
    func setAccessRules(_ records: [AccessRuleRecord]) throws
    func removeAccessRule(key: String) throws
    func listAccessRules() throws -> [AccessRuleRecord]
}
