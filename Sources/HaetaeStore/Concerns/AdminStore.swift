import Foundation

/// The console's administrators and the record of what they did.
public protocol AdminStore: Sendable {
    func addAdmin(_ name: String, password: String, policy: (any PasswordRule)?) throws
    func removeAdmin(_ name: String) throws
    func listAdmins() throws -> [String]
    /// The administrator's name when the password is right.
    func authenticateAdmin(_ name: String, password: String) async throws -> String?
    func recordAdminAction(admin: String, client: String, action: String, target: String, result: String) throws
    func adminAudit(limit: Int) throws -> [AdminAuditRecord]
}

extension AdminStore {
    public func addAdmin(_ name: String, password: String) throws { try addAdmin(name, password: password, policy: nil) }
    public func adminAudit() throws -> [AdminAuditRecord] { try adminAudit(limit: 100) }
}
