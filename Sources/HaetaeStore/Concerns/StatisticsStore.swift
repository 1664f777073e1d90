import Foundation

/// The console's statistics: counters by minute, hour and day, and each day's top lists.
public protocol StatisticsStore: Sendable {
    func addStats(_ counts: [String: Int], at time: Date) throws
    func stats(_ resolution: StatsResolution, from: Date, to: Date, prefix: String?) throws -> [StatsPoint]
    /// Adds to the day's top lists, keeping the `keep` largest keys of each kind.
    func addTopCounts(_ counts: [String: [String: Int]], at time: Date, keep: Int) throws
    func topKeyCount(kind: String, at time: Date) throws -> Int
    func topCounts(kind: String, from: Date, to: Date, limit: Int) throws -> [(key: String, value: Int)]
}

extension StatisticsStore {
    public func stats(_ resolution: StatsResolution, from: Date, to: Date) throws -> [StatsPoint] {
        try stats(resolution, from: from, to: to, prefix: nil)
    }
    public func addTopCounts(_ counts: [String: [String: Int]], at time: Date) throws {
        try addTopCounts(counts, at: time, keep: DirectoryStore.topKeysPerDay)
    }
    public func topCounts(kind: String, from: Date, to: Date) throws -> [(key: String, value: Int)] {
        try topCounts(kind: kind, from: from, to: to, limit: 10)
    }
}

/// Everything the store keeps, as one value: what the console and the CLI's operations hold.
/// Services take only the concern they use.
public typealias HaetaeDataStore = AccountStore & AccessRuleStore & SettingsStore & AdminStore & ProtectionStateStore
    & ScanListStore & StatisticsStore

/// The SQLite store keeps every concern.
extension DirectoryStore: AccountStore, AccessRuleStore, SettingsStore, AdminStore, ProtectionStateStore, ScanListStore, StatisticsStore {}
