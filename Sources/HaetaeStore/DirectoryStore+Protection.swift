import Foundation
import GRDB

/// What the SMTP side needs to know about an authenticated sender.
public struct SenderProfile: Sendable, Hashable {
    public var suspended: Bool
    /// `messages=N,recipients=N,domains=N` overrides, nil for the global limits.
    public var rateLimits: String?

    public init(suspended: Bool = false, rateLimits: String? = nil) {
        self.suspended = suspended
        self.rateLimits = rateLimits
    }
}

/// An active AUTH lockout as recorded for `haetae protect status` and `protect unlock`.
public struct LockoutRecord: Sendable, Hashable {
    public var subject: String
    public var lockedUntil: Date
    public var reason: String
}

extension UserRecord {
    init(row: Row) {
        self.init(
            address: row["address"], createdAt: row["created_at"], passwordChangedAt: row["password_changed_at"],
            suspended: row["suspended"], suspendedAt: row["suspended_at"], suspendedReason: row["suspended_reason"],
            passwordPolicyVersion: row["password_policy_version"], rateLimits: row["rate_limits"])
    }
}

/// Protection state shared by the server and the CLI: suspensions, breaker, lockouts. Every change
/// made by the CLI bumps `protection_generation`, which the running server polls.
extension DirectoryStore {
    public func user(_ address: String) throws -> UserRecord? {
        let (normalized, _) = try Self.normalizeAddress(address)
        return try pool.read { db in
            try Row.fetchOne(db, sql: "SELECT * FROM users WHERE address = ?", arguments: [normalized]).map(UserRecord.init(row:))
        }
    }

    public func senderProfile(_ user: String) async throws -> SenderProfile {
        let key = user.lowercased()
        return try await pool.read { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT suspended, rate_limits FROM users WHERE address = ?", arguments: [key]) else {
                return SenderProfile()
            }
            return SenderProfile(suspended: row["suspended"], rateLimits: row["rate_limits"])
        }
    }

    /// Suspends sending. Returns false when the account was already suspended (or does not exist).
    @discardableResult
    public func suspendUser(_ address: String, reason: String) throws -> Bool {
        let (normalized, _) = try Self.normalizeAddress(address)
        return try pool.write { db in
            try db.execute(
                sql: "UPDATE users SET suspended = 1, suspended_at = ?, suspended_reason = ? WHERE address = ? AND suspended = 0",
                arguments: [Date(), String(reason.prefix(2_000)), normalized])
            let changed = db.changesCount > 0
            if changed { try Self.bumpProtectionGeneration(db) }
            return changed
        }
    }

    public func unsuspendUser(_ address: String) throws {
        let (normalized, _) = try Self.normalizeAddress(address)
        try pool.write { db in
            guard try Bool.fetchOne(db, sql: "SELECT 1 FROM users WHERE address = ?", arguments: [normalized]) == true else {
                throw DirectoryError.notFound("user \(normalized)")
            }
            try db.execute(
                sql: "UPDATE users SET suspended = 0, suspended_at = NULL, suspended_reason = NULL WHERE address = ?",
                arguments: [normalized])
            try Self.bumpProtectionGeneration(db)
        }
    }

    public func suspendedUsers() throws -> Set<String> {
        try pool.read { db in Set(try String.fetchAll(db, sql: "SELECT address FROM users WHERE suspended = 1")) }
    }

    /// Sets (or with nil clears) an account's own rate limits.
    public func setRateLimits(_ address: String, _ limits: String?) throws {
        let (normalized, _) = try Self.normalizeAddress(address)
        try pool.write { db in
            try db.execute(sql: "UPDATE users SET rate_limits = ? WHERE address = ?", arguments: [limits, normalized])
            if db.changesCount == 0 { throw DirectoryError.notFound("user \(normalized)") }
            try Self.bumpProtectionGeneration(db)
        }
    }

    // MARK: - Breaker

    static let breakerSetting = "protection_breaker"

    /// The stored breaker state (the breaker's own `Codable` state; the store does not look
    /// inside), nil when none was saved or it cannot be read.
    public func breakerState<State: Decodable>(as type: State.Type) throws -> State? {
        guard let text = try setting(Self.breakerSetting), let data = text.data(using: .utf8) else { return nil }
        return try? JSONDecoder.protection.decode(State.self, from: data)
    }

    /// Stores the breaker state; `bump` tells the running server (CLI resets do).
    public func saveBreakerState<State: Encodable>(_ state: State, topSenders: [String], bump: Bool) throws {
        let text = String(decoding: try JSONEncoder.protection.encode(state), as: UTF8.self)
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO settings (name, value) VALUES (?, ?)", arguments: [Self.breakerSetting, text])
            try db.execute(
                sql: "INSERT OR REPLACE INTO settings (name, value) VALUES ('protection_top_senders', ?)",
                arguments: [topSenders.joined(separator: "\n")])
            if bump { try Self.bumpProtectionGeneration(db) }
        }
    }

    /// The senders recorded when the breaker tripped.
    public func breakerTopSenders() throws -> [String] {
        (try setting("protection_top_senders") ?? "").split(separator: "\n").map(String.init)
    }

    // MARK: - Lockouts

    public func recordLockout(subject: String, until: Date, reason: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO auth_lockouts (subject, locked_until, reason) VALUES (?, ?, ?)",
                arguments: [subject, until, reason])
            try db.execute(sql: "DELETE FROM auth_lockouts WHERE locked_until < ?", arguments: [Date()])
        }
    }

    public func activeLockouts(now: Date) throws -> [LockoutRecord] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM auth_lockouts WHERE locked_until > ? ORDER BY locked_until", arguments: [now]
            ).map { LockoutRecord(subject: $0["subject"], lockedUntil: $0["locked_until"], reason: $0["reason"]) }
        }
    }

    /// Lifts one lockout (`ip:ADDR` or `account:ADDRESS`) or, with nil, all. Returns how many.
    @discardableResult
    public func removeLockouts(subject: String?) throws -> Int {
        try pool.write { db in
            if let subject {
                try db.execute(sql: "DELETE FROM auth_lockouts WHERE subject = ?", arguments: [subject])
            } else {
                try db.execute(sql: "DELETE FROM auth_lockouts")
            }
            let count = db.changesCount
            try Self.bumpProtectionGeneration(db)
            return count
        }
    }

    // MARK: - Generation

    public func protectionGeneration() async throws -> Int {
        try await pool.read { db in
            Int(try String.fetchOne(db, sql: "SELECT value FROM settings WHERE name = 'protection_generation'") ?? "0") ?? 0
        }
    }

    static func bumpProtectionGeneration(_ db: Database) throws {
        try db.execute(
            sql: "UPDATE settings SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT) WHERE name = 'protection_generation'")
    }

    /// Accounts whose password was set before the current policy (`user audit-passwords`).
    public func usersWithOutdatedPasswords(currentVersion: Int) throws -> [UserRecord] {
        try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT * FROM users WHERE password_policy_version < ? ORDER BY address",
                arguments: [currentVersion]
            ).map(UserRecord.init(row:))
        }
    }
}

extension JSONEncoder {
    static var protection: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return encoder
    }
}

extension JSONDecoder {
    static var protection: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}

// MARK: - Known-good login addresses

extension DirectoryStore {
    /// Addresses kept per account (the owner's recent login addresses are exempt from the
    /// account's lockout, so a lockout survives a restart without locking the owner out).
    public static let knownAddressesPerAccount = 20

    public func recordKnownAddress(account: String, client: String, at date: Date) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT OR REPLACE INTO auth_known_addresses (account, client, last_success) VALUES (?, ?, ?)",
                arguments: [account, client, date])
            try db.execute(
                sql: """
                    DELETE FROM auth_known_addresses WHERE account = ? AND client NOT IN
                    (SELECT client FROM auth_known_addresses WHERE account = ? ORDER BY last_success DESC LIMIT ?)
                    """, arguments: [account, account, Self.knownAddressesPerAccount])
        }
    }

    /// Every account's known-good addresses, oldest first.
    public func knownAddresses() throws -> [String: [String]] {
        try pool.read { db in
            var map: [String: [String]] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT account, client FROM auth_known_addresses ORDER BY last_success") {
                map[row["account"] as String, default: []].append(row["client"] as String)
            }
            return map
        }
    }
}
