/// Domains, mailbox accounts, aliases and who may send as whom: what the CLI and the console
/// administer. The SMTP and delivery layers read the same data through `MailDirectory`.
public protocol AccountStore: MailDirectory {
    func addDomain(_ domain: String) throws
    func removeDomain(_ domain: String) throws
    func listDomains() throws -> [String]
    func addUser(_ address: String, password: String, policy: (any PasswordRule)?) throws
    func setPassword(_ address: String, password: String, policy: (any PasswordRule)?) throws
    func removeUser(_ address: String) throws
    func listUsers(domain: String?) throws -> [UserRecord]
    func userCount() throws -> Int
    func user(_ address: String) throws -> UserRecord?
    func usersWithOutdatedPasswords(currentVersion: Int) throws -> [UserRecord]
    func addAlias(_ source: String, destination: String) throws
    func removeAlias(_ source: String, destination: String?) throws
    func listAliases() throws -> [AliasRecord]
    func addSenderPermission(user: String, pattern: String) throws
    func removeSenderPermission(user: String, pattern: String) throws
    func listSenderPermissions(user: String) throws -> [String]
}

extension AccountStore {
    public func addUser(_ address: String, password: String) throws { try addUser(address, password: password, policy: nil) }
    public func setPassword(_ address: String, password: String) throws { try setPassword(address, password: password, policy: nil) }
    public func listUsers() throws -> [UserRecord] { try listUsers(domain: nil) }
    public func removeAlias(_ source: String) throws { try removeAlias(source, destination: nil) }
}
