import Foundation
import GRDB

/// An access rule as stored: the key and action texts (parsed by HaetaePolicy).
public struct AccessRuleRecord: Codable, Sendable, Equatable {
    public var key: String
    public var action: String

    public init(key: String, action: String) {
        self.key = key
        self.action = action
    }
}

extension DirectoryStore {
    /// Adds or replaces the rule for `key` (keys are stored in canonical form by the caller).
    public func setAccessRule(key: String, action: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO access_rules (key, action, created_at) VALUES (?, ?, ?)",
                arguments: [key, action, Date()])
            try Self.bumpAccessGeneration(db)
        }
    }

    /// Adds many rules in one transaction (import).
    public func setAccessRules(_ records: [AccessRuleRecord]) throws {
        try pool.write { db in
            for record in records {
                try db.execute(
                    sql: "INSERT OR REPLACE INTO access_rules (key, action, created_at) VALUES (?, ?, ?)",
                    arguments: [record.key, record.action, Date()])
            }
            try Self.bumpAccessGeneration(db)
        }
    }

    public func removeAccessRule(key: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM access_rules WHERE key = ?", arguments: [key])
            if db.changesCount == 0 { throw DirectoryError.notFound("access rule \(key)") }
            try Self.bumpAccessGeneration(db)
        }
    }

    public func listAccessRules() throws -> [AccessRuleRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT key, action FROM access_rules ORDER BY key").map {
                AccessRuleRecord(key: $0["key"], action: $0["action"])
            }
        }
    }

    /// The generation counter and, when it differs from `known`, the rules.
    public func accessRulesIfChanged(since known: Int?) async throws -> (generation: Int, rules: [AccessRuleRecord]?) {
        try await pool.read { db in
            let generation = Int(try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'access_generation'") ?? "0") ?? 0
            if generation == known { return (generation, nil) }
            let rules = try Row.fetchAll(db, sql: "SELECT key, action FROM access_rules ORDER BY key").map {
                AccessRuleRecord(key: $0["key"], action: $0["action"])
            }
            return (generation, rules)
        }
    }

    static func bumpAccessGeneration(_ db: Database) throws {
        try db.execute(
            sql: "UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE name = 'access_generation'")
    }

    // MARK: - Settings

    public func setSetting(_ name: String, _ value: String) throws {
        try pool.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", arguments: [name, value])
        }
    }

    public func setting(_ name: String) throws -> String? {
        try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = ?", arguments: [name]) }
    }

    // MARK: - Sender ownership

    /// Lets `user` also send as `pattern`: an address, or `@domain` for any address there.
    public func addSenderPermission(user: String, pattern: String) throws {
        let (normalizedUser, _) = try Self.normalizeAddress(user)
        let normalizedPattern: String
        if pattern.hasPrefix("@") {
            normalizedPattern = "@" + (try Self.normalizeDomain(String(pattern.dropFirst())))
        } else {
            normalizedPattern = try Self.normalizeAddress(pattern).address
        }
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE address = ?", arguments: [normalizedUser]) == true else {
                throw DirectoryError.notFound("user \(normalizedUser)")
            }
            try db.execute(
                sql: "INSERT OR IGNORE INTO sender_permissions (user, pattern) VALUES (?, ?)",
                arguments: [normalizedUser, normalizedPattern])
        }
    }

    public func removeSenderPermission(user: String, pattern: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "DELETE FROM sender_permissions WHERE user = ? AND pattern = ?",
                arguments: [user.lowercased(), pattern.lowercased()])
            if db.changesCount == 0 { throw DirectoryError.notFound("sender permission \(pattern) for \(user)") }
        }
    }

    public func listSenderPermissions(user: String) throws -> [String] {
        try pool.read { db in
            try String.fetchAll(
                db, sql: "SELECT pattern FROM sender_permissions WHERE user = ? ORDER BY pattern",
                arguments: [user.lowercased()])
        }
    }

    public func mayUser(_ user: String, sendAs address: String) async throws -> Bool {
        guard let (local, rawDomain) = splitAddress(address.lowercased()),
            let domain = try? Self.normalizeDomain(rawDomain)
        else { return false }
        let sender = "\(local)@\(domain)"
        let account = user.lowercased()
        if sender == account { return true }
        return try await pool.read { db in
            // An alias that delivers to this user.
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM aliases WHERE source = ? AND destination = ?", arguments: [sender, account]) == true
            {
                return true
            }
            return try Bool.fetchOne(
                db, sql: "SELECT 1 FROM sender_permissions WHERE user = ? AND (pattern = ? OR pattern = ?)",
                arguments: [account, sender, "@" + domain]) == true
        }
    }
}
