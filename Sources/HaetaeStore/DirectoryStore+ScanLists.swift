import Foundation
import GRDB

/// The scanner's whitelist and blacklist: sender addresses, domains and client IPs/CIDRs
/// (validated by the caller), editable live.
public enum ScanListKind: String, Sendable, CaseIterable {
    case whitelist, blacklist
}

extension DirectoryStore {
    public func addScanListEntry(_ kind: ScanListKind, key: String) throws {
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM scan_lists WHERE list = ? AND key = ?", arguments: [kind.rawValue, key]) == true {
                throw DirectoryError.exists("\(kind.rawValue) entry \(key)")
            }
            try db.execute(sql: "INSERT INTO scan_lists (list, key, created_at) VALUES (?, ?, ?)", arguments: [kind.rawValue, key, Date()])
            try Self.bumpScanListGeneration(db)
        }
    }

    public func removeScanListEntry(_ kind: ScanListKind, key: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM scan_lists WHERE list = ? AND key = ?", arguments: [kind.rawValue, key])
            if db.changesCount == 0 { throw DirectoryError.notFound("\(kind.rawValue) entry \(key)") }
            try Self.bumpScanListGeneration(db)
        }
    }

    public func scanListEntries(_ kind: ScanListKind) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(db, sql: "SELECT key FROM scan_lists WHERE list = ? ORDER BY key", arguments: [kind.rawValue])
        }
    }

    /// The generation and, when it differs from `known`, both lists.
    public func scanListsIfChanged(since known: Int?) async throws -> (generation: Int, lists: [ScanListKind: [String]]?) {
        try await pool.read { db in
            let generation = Int(try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'scan_lists_generation'") ?? "0") ?? 0
            if generation == known { return (generation, nil) }
            var lists: [ScanListKind: [String]] = [:]
            for kind in ScanListKind.allCases {
                lists[kind] = try String.fetchAll(db, sql: "SELECT key FROM scan_lists WHERE list = ?", arguments: [kind.rawValue])
            }
            return (generation, lists)
        }
    }

    static func bumpScanListGeneration(_ db: Database) throws {
        try db.execute(
            sql: "UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE name = 'scan_lists_generation'")
    }
}
