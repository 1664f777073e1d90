import Foundation
import GRDB
import HummingbirdBcrypt
import MailCore

/// Errors the directory reports to the CLI and admin.
public enum DirectoryError: Error, CustomStringConvertible, Equatable {
    case invalidAddress(String)
    case invalidDomain(String)
    case domainNotLocal(String)
    case domainExists(String)
    case domainInUse(String)
    case notFound(String)
    case exists(String)
    case weakPassword(String)

    public var description: String {
        switch self {
        case .invalidAddress(let a): return "invalid address: \(a)"
        case .invalidDomain(let d): return "invalid domain: \(d)"
        case .domainNotLocal(let d): return "domain \(d) is not a local domain (add it with `haetae domain add \(d)`)"
        case .domainExists(let d): return "domain \(d) already exists"
        case .domainInUse(let d): return "domain \(d) still has users or aliases; remove them first"
        case .notFound(let x): return "\(x) not found"
        case .exists(let x): return "\(x) already exists"
        case .weakPassword(let why): return "password rejected: \(why)"
        }
    }
}

/// A rule a new password must pass. The policy itself lives in `HaetaeProtection`; the store only
/// asks it, and records which version of it a password passed.
public protocol PasswordRule: Sendable {
    /// Recorded with each hash; accounts with an older version are flagged by `haetae user audit-passwords`.
    var ruleVersion: Int { get }
    /// Why `password` is refused for `address`, or nil.
    func problem(password: String, address: String) -> String?
}

public struct UserRecord: Codable, Sendable, Equatable {
    public var address: String
    public var createdAt: Date
    public var passwordChangedAt: Date
    /// Suspended from sending (it can still log in to read mail).
    public var suspended: Bool
    public var suspendedAt: Date?
    public var suspendedReason: String?
    /// `PasswordRule.ruleVersion` the password was checked against (0: set before any policy).
    public var passwordPolicyVersion: Int
    /// Per-account rate limits (`messages=N,recipients=N,domains=N`), nil for the global ones.
    public var rateLimits: String?
}

public struct AliasRecord: Codable, Sendable, Equatable {
    public var source: String
    public var destination: String
}

/// The directory in SQLite (GRDB, WAL mode) in the data directory.
///
/// The server and the CLI open the same file; WAL lets the CLI write while the server reads, and
/// the server reads on every lookup, so no reload is needed.
public final class DirectoryStore: MailDirectory {
    public let pool: DatabasePool
    /// bcrypt cost for new hashes.
    public let bcryptCost: UInt8
    /// The rule new passwords must pass when a caller does not give its own (nil: none).
    public let passwordRule: (any PasswordRule)?

    public init(path: String, bcryptCost: UInt8 = 10, passwordRule: (any PasswordRule)? = nil) throws {
        self.passwordRule = passwordRule
        var configuration = Configuration()
        configuration.busyMode = .timeout(5)
        pool = try DatabasePool(path: path, configuration: configuration)
        self.bcryptCost = bcryptCost
        try Self.migrator.migrate(pool)
    }

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-directory") { db in
            try db.execute(
                sql: """
                    CREATE TABLE domains (
                        name TEXT PRIMARY KEY NOT NULL,
                        created_at DATETIME NOT NULL
                    );
                    CREATE TABLE users (
                        address TEXT PRIMARY KEY NOT NULL,
                        domain TEXT NOT NULL REFERENCES domains(name),
                        password_hash TEXT NOT NULL,
                        created_at DATETIME NOT NULL,
                        password_changed_at DATETIME NOT NULL,
                        suspended INTEGER NOT NULL DEFAULT 0
                    );
                    CREATE TABLE aliases (
                        source TEXT NOT NULL,
                        destination TEXT NOT NULL,
                        domain TEXT NOT NULL REFERENCES domains(name),
                        PRIMARY KEY (source, destination)
                    );
                    """)
        }
        migrator.registerMigration("v2-access-senders-settings") { db in
            try db.execute(
                sql: """
                    CREATE TABLE access_rules (
                        key TEXT PRIMARY KEY NOT NULL,
                        action TEXT NOT NULL,
                        created_at DATETIME NOT NULL
                    );
                    CREATE TABLE sender_permissions (
                        user TEXT NOT NULL REFERENCES users(address) ON DELETE CASCADE,
                        pattern TEXT NOT NULL,
                        PRIMARY KEY (user, pattern)
                    );
                    CREATE TABLE settings (
                        name TEXT PRIMARY KEY NOT NULL,
                        value TEXT NOT NULL
                    );
                    INSERT INTO settings (name, value) VALUES ('access_generation', '0');
                    """)
        }
        migrator.registerMigration("v3-protection") { db in
            try db.execute(
                sql: """
                    ALTER TABLE users ADD COLUMN password_policy_version INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE users ADD COLUMN suspended_at DATETIME;
                    ALTER TABLE users ADD COLUMN suspended_reason TEXT;
                    ALTER TABLE users ADD COLUMN rate_limits TEXT;
                    CREATE TABLE auth_lockouts (
                        subject TEXT PRIMARY KEY NOT NULL,
                        locked_until DATETIME NOT NULL,
                        reason TEXT NOT NULL
                    );
                    INSERT INTO settings (name, value) VALUES ('protection_generation', '0');
                    """)
        }
        migrator.registerMigration("v4-scan-lists") { db in
            try db.execute(
                sql: """
                    CREATE TABLE scan_lists (
                        list TEXT NOT NULL,
                        key TEXT NOT NULL,
                        created_at DATETIME NOT NULL,
                        PRIMARY KEY (list, key)
                    );
                    INSERT INTO settings (name, value) VALUES ('scan_lists_generation', '0');
                    """)
        }
        migrator.registerMigration("v5-admins") { db in
            try db.execute(
                sql: """
                    CREATE TABLE admins (
                        name TEXT PRIMARY KEY NOT NULL,
                        password_hash TEXT NOT NULL,
                        created_at DATETIME NOT NULL
                    );
                    CREATE TABLE admin_audit (
                        id INTEGER PRIMARY KEY AUTOINCREMENT,
                        at DATETIME NOT NULL,
                        admin TEXT NOT NULL,
                        client TEXT NOT NULL,
                        action TEXT NOT NULL,
                        target TEXT NOT NULL,
                        result TEXT NOT NULL
                    );
                    """)
        }
        migrator.registerMigration("v6-stats") { db in
            try db.execute(
                sql: """
                    CREATE TABLE stats (
                        resolution TEXT NOT NULL,
                        bucket INTEGER NOT NULL,
                        name TEXT NOT NULL,
                        value INTEGER NOT NULL,
                        PRIMARY KEY (resolution, bucket, name)
                    );
                    """)
        }
        migrator.registerMigration("v7-stats-top") { db in
            try db.execute(
                sql: """
                    CREATE TABLE stats_top (
                        day INTEGER NOT NULL,
                        kind TEXT NOT NULL,
                        key TEXT NOT NULL,
                        value INTEGER NOT NULL,
                        PRIMARY KEY (day, kind, key)
                    );
                    """)
        }
        migrator.registerMigration("v8-auth-known-addresses") { db in
            try db.execute(
                sql: """
                    CREATE TABLE auth_known_addresses (
                        account TEXT NOT NULL,
                        client TEXT NOT NULL,
                        last_success DATETIME NOT NULL,
                        PRIMARY KEY (account, client)
                    );
                    """)
        }
        return migrator
    }

    // MARK: - Normalisation

    /// Lower-cases and validates a domain name.
    /// Non-ASCII labels are stored as their `xn--` A-labels, so IDN and punycode are one domain.
    public static func normalizeDomain(_ domain: String) throws -> String {
        guard let name = DomainName.normalize(domain) else { throw DirectoryError.invalidDomain(domain) }
        return name
    }

    /// Lower-cases and validates `local@domain`.
    public static func normalizeAddress(_ address: String) throws -> (address: String, domain: String) {
        guard let (local, domain) = splitAddress(address.lowercased()), !local.contains("@"),
            local.utf8.count <= 64, !local.contains(" ")
        else { throw DirectoryError.invalidAddress(address) }
        let normalizedDomain = try normalizeDomain(domain)
        return ("\(local)@\(normalizedDomain)", normalizedDomain)
    }

    // MARK: - Domains

    public func addDomain(_ domain: String) throws {
        let name = try Self.normalizeDomain(domain)
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM domains WHERE name = ?", arguments: [name]) == true {
                throw DirectoryError.domainExists(name)
            }
            try db.execute(sql: "INSERT INTO domains (name, created_at) VALUES (?, ?)", arguments: [name, Date()])
        }
    }

    public func removeDomain(_ domain: String) throws {
        let name = try Self.normalizeDomain(domain)
        try pool.write { db in
            let inUse = try Int.fetchOne(
                db, sql: "SELECT (SELECT COUNT(*) FROM users WHERE domain = ?) + (SELECT COUNT(*) FROM aliases WHERE domain = ?)",
                arguments: [name, name]) ?? 0
            if inUse > 0 { throw DirectoryError.domainInUse(name) }
            try db.execute(sql: "DELETE FROM domains WHERE name = ?", arguments: [name])
            if db.changesCount == 0 { throw DirectoryError.notFound("domain \(name)") }
        }
    }

    public func listDomains() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM domains ORDER BY name") }
    }

    public func isLocalDomain(_ domain: String) async throws -> Bool {
        guard let name = Punycode.asciiDomain(domain) else { return false }
        return try await pool.read { db in
            try Bool.fetchOne(db, sql: "SELECT 1 FROM domains WHERE name = ?", arguments: [name]) == true
        }
    }

    // MARK: - Users

    /// Adds an account. The password must pass `policy` (or the store's own rule), and the
    /// account is recorded with that rule's version.
    public func addUser(_ address: String, password: String, policy: (any PasswordRule)?) throws {
        let (normalized, domain) = try Self.normalizeAddress(address)
        let rule = policy ?? passwordRule
        let hash = try hashPassword(password, for: normalized, policy: rule)
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM domains WHERE name = ?", arguments: [domain]) == true else {
                throw DirectoryError.domainNotLocal(domain)
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE address = ?", arguments: [normalized]) == true {
                throw DirectoryError.exists("user \(normalized)")
            }
            let now = Date()
            try db.execute(
                sql: """
                    INSERT INTO users (address, domain, password_hash, created_at, password_changed_at, password_policy_version)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """, arguments: [normalized, domain, hash, now, now, rule?.ruleVersion ?? 0])
        }
    }

    /// The bcrypt hash of a password that passed `policy` (when one is given).
    func hashPassword(_ password: String, for address: String, policy: (any PasswordRule)?) throws -> String {
        if let policy, let problem = policy.problem(password: password, address: address) {
            throw DirectoryError.weakPassword(problem)
        }
        return Bcrypt.hash(password, cost: bcryptCost)
    }

    public func setPassword(_ address: String, password: String, policy: (any PasswordRule)?) throws {
        let (normalized, _) = try Self.normalizeAddress(address)
        let rule = policy ?? passwordRule
        let hash = try hashPassword(password, for: normalized, policy: rule)
        try pool.write { db in
            try db.execute(
                sql: "UPDATE users SET password_hash = ?, password_changed_at = ?, password_policy_version = ? WHERE address = ?",
                arguments: [hash, Date(), rule?.ruleVersion ?? 0, normalized])
            if db.changesCount == 0 { throw DirectoryError.notFound("user \(normalized)") }
        }
    }

    public func removeUser(_ address: String) throws {
        let (normalized, _) = try Self.normalizeAddress(address)
        try pool.write { db in
            try db.execute(sql: "DELETE FROM users WHERE address = ?", arguments: [normalized])
            if db.changesCount == 0 { throw DirectoryError.notFound("user \(normalized)") }
        }
    }

    public func listUsers(domain: String?) throws -> [UserRecord] {
        try pool.read { db in
            let rows: [Row]
            if let domain {
                rows = try Row.fetchAll(
                    db, sql: "SELECT * FROM users WHERE domain = ? ORDER BY address", arguments: [domain.lowercased()])
            } else {
                rows = try Row.fetchAll(db, sql: "SELECT * FROM users ORDER BY address")
            }
            return rows.map { row in
                UserRecord(row: row)
            }
        }
    }

    public func userCount() throws -> Int {
        try pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM users") ?? 0 }
    }

    public func authenticate(username: String, password: String) async throws -> String? {
        // A bare local part is not accepted: usernames are full addresses.
        guard let (normalized, _) = try? Self.normalizeAddress(username) else { return nil }
        let hash = try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM users WHERE address = ?", arguments: [normalized])
        }
        // On the bcrypt threads; an unknown account costs the same (a dummy hash of our cost).
        return try await PasswordHashing.shared.verify(password, hash: hash, cost: bcryptCost) ? normalized : nil
    }

    // MARK: - Aliases

    public func addAlias(_ source: String, destination: String) throws {
        let (normalizedSource, domain) = try Self.normalizeAddress(source.hasPrefix("@") ? "*" + source : source)
        let sourceKey = normalizedSource.hasPrefix("*@") ? String(normalizedSource.dropFirst()) : normalizedSource
        let (normalizedDestination, _) = try Self.normalizeAddress(destination)
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM domains WHERE name = ?", arguments: [domain]) == true else {
                throw DirectoryError.domainNotLocal(domain)
            }
            if try Bool.fetchOne(
                db, sql: "SELECT 1 FROM aliases WHERE source = ? AND destination = ?",
                arguments: [sourceKey, normalizedDestination]) == true
            {
                throw DirectoryError.exists("alias \(sourceKey) -> \(normalizedDestination)")
            }
            try db.execute(
                sql: "INSERT INTO aliases (source, destination, domain) VALUES (?, ?, ?)",
                arguments: [sourceKey, normalizedDestination, domain])
        }
    }

    /// Removes one destination, or all of them when `destination` is nil.
    public func removeAlias(_ source: String, destination: String?) throws {
        let key = source.lowercased()
        try pool.write { db in
            if let destination {
                try db.execute(
                    sql: "DELETE FROM aliases WHERE source = ? AND destination = ?",
                    arguments: [key, destination.lowercased()])
            } else {
                try db.execute(sql: "DELETE FROM aliases WHERE source = ?", arguments: [key])
            }
            if db.changesCount == 0 { throw DirectoryError.notFound("alias \(key)") }
        }
    }

    public func listAliases() throws -> [AliasRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT source, destination FROM aliases ORDER BY source, destination").map {
                AliasRecord(source: $0["source"], destination: $0["destination"])
            }
        }
    }

    // MARK: - Lookup

    public func lookupRecipient(_ address: String) async throws -> RecipientLookup {
        guard let (local, rawDomain) = splitAddress(address.lowercased()),
            let domain = Punycode.asciiDomain(rawDomain)
        else { return .unknown }
        let key = "\(local)@\(domain)"
        return try await pool.read { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM domains WHERE name = ?", arguments: [domain]) == true else {
                return .notLocal
            }
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE address = ?", arguments: [key]) == true {
                return .mailbox(key)
            }
            let targets = try String.fetchAll(
                db, sql: "SELECT destination FROM aliases WHERE source = ? ORDER BY destination", arguments: [key])
            if !targets.isEmpty { return .alias(targets) }
            // Catch-all alias `@domain`.
            let catchAll = try String.fetchAll(
                db, sql: "SELECT destination FROM aliases WHERE source = ? ORDER BY destination", arguments: ["@" + domain])
            if !catchAll.isEmpty { return .alias(catchAll) }
            return .unknown
        }
    }
}
