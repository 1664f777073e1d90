import Foundation
import GRDB
import HummingbirdBcrypt

/// One administrator action as recorded for the audit trail.
public struct AdminAuditRecord: Sendable, Hashable, Codable {
    public var at: Date
    public var admin: String
    public var client: String
    public var action: String
    public var target: String
    public var result: String
}

/// Administrator accounts of the web console (separate from mail accounts) and their audit trail.
extension DirectoryStore {
    static func validAdminName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64 && name.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.@".contains($0)) }
    }

    public func addAdmin(_ name: String, password: String, policy: (any PasswordRule)?) throws {
        let key = name.lowercased()
        guard Self.validAdminName(key) else { throw DirectoryError.invalidAddress(name) }
        let hash = try hashPassword(password, for: key.contains("@") ? key : key + "@", policy: policy ?? passwordRule)
        try pool.write { db in
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM admins WHERE name = ?", arguments: [key]) == true {
                throw DirectoryError.exists("admin \(key)")
            }
            try db.execute(sql: "INSERT INTO admins (name, password_hash, created_at) VALUES (?, ?, ?)", arguments: [key, hash, Date()])
        }
    }

    public func removeAdmin(_ name: String) throws {
        try pool.write { db in
            try db.execute(sql: "DELETE FROM admins WHERE name = ?", arguments: [name.lowercased()])
            if db.changesCount == 0 { throw DirectoryError.notFound("admin \(name)") }
        }
    }

    public func listAdmins() throws -> [String] {
        try pool.read { db in try String.fetchAll(db, sql: "SELECT name FROM admins ORDER BY name") }
    }

    /// Checks an administrator's password; the same time is spent when the name is unknown.
    public func authenticateAdmin(_ name: String, password: String) async throws -> String? {
        let key = name.lowercased()
        let hash = try await pool.read { db in
            try String.fetchOne(db, sql: "SELECT password_hash FROM admins WHERE name = ?", arguments: [key])
        }
        // On the bcrypt threads, never the caller's; unknown names cost the same.
        return try await PasswordHashing.shared.verify(password, hash: hash, cost: bcryptCost) ? key : nil
    }

    public func recordAdminAction(admin: String, client: String, action: String, target: String, result: String) throws {
        try pool.write { db in
            try db.execute(
                sql: "INSERT INTO admin_audit (at, admin, client, action, target, result) VALUES (?, ?, ?, ?, ?, ?)",
                arguments: [Date(), admin, client, action, String(target.prefix(500)), String(result.prefix(500))])
        }
    }

    public func adminAudit(limit: Int) throws -> [AdminAuditRecord] {
        try pool.read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM admin_audit ORDER BY id DESC LIMIT ?", arguments: [limit]).map {
                AdminAuditRecord(at: $0["at"], admin: $0["admin"], client: $0["client"], action: $0["action"], target: $0["target"], result: $0["result"])
            }
        }
    }
}
