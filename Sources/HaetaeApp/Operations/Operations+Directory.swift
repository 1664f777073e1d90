import Foundation
import HaetaeDelivery
import HaetaeProtection
import HaetaeStore

/// Domains, accounts, aliases, sender permissions and console administrators.
extension Operations {
    public func addDomain(_ domain: String) throws {
        try storeErrors { try store().addDomain(domain) }
        say("added domain \(domain.lowercased())")
    }

    public func removeDomain(_ domain: String) throws {
        try storeErrors { try store().removeDomain(domain) }
        say("removed domain \(domain.lowercased())")
    }

    public func listDomains() throws {
        for domain in try storeErrors({ try store().listDomains() }) { say(domain) }
    }

    /// Adds an account; without `password` one is generated (and printed).
    public func addUser(_ address: String, password: String?) throws {
        let store = try store()
        let chosen = try choosePassword(address: address, given: password) { password, policy in
            try store.addUser(address, password: password, policy: policy)
        }
        say("added user \(address.lowercased())")
        if password == nil { say("password: \(chosen)") }
    }

    public func setPassword(_ address: String, password: String?) throws {
        let store = try store()
        let chosen = try choosePassword(address: address, given: password) { password, policy in
            try store.setPassword(address, password: password, policy: policy)
        }
        say("password changed for \(address.lowercased())")
        if password == nil { say("password: \(chosen)") }
    }

    public func removeUser(_ address: String) throws {
        try storeErrors { try store().removeUser(address) }
        say("removed user \(address.lowercased())")
    }

    public func listUsers(domain: String?) throws {
        for user in try storeErrors({ try store().listUsers(domain: domain) }) {
            var line = user.address
            if user.suspended { line += " (suspended from sending: \(user.suspendedReason ?? "by an administrator"))" }
            if let limits = user.rateLimits { line += " [limits \(limits)]" }
            say(line)
        }
    }

    public func addSenderPermission(user: String, address: String) throws {
        try storeErrors { try store().addSenderPermission(user: user, pattern: address) }
        say("\(user.lowercased()) may send as \(address.lowercased())")
    }

    public func removeSenderPermission(user: String, address: String) throws {
        try storeErrors { try store().removeSenderPermission(user: user, pattern: address) }
        say("removed")
    }

    public func listSenderPermissions(user: String) throws {
        for pattern in try storeErrors({ try store().listSenderPermissions(user: user) }) { say(pattern) }
    }

    public func addAlias(_ source: String, destination: String) throws {
        try storeErrors { try store().addAlias(source, destination: destination) }
        say("added alias \(source.lowercased()) -> \(destination.lowercased())")
    }

    public func removeAlias(_ source: String, destination: String?) throws {
        try storeErrors { try store().removeAlias(source, destination: destination) }
        say("removed alias \(source.lowercased())")
    }

    public func listAliases() throws {
        for alias in try storeErrors({ try store().listAliases() }) { say("\(alias.source) -> \(alias.destination)") }
    }

    /// Adds a console administrator; without `password` one is generated (and printed).
    public func addAdministrator(_ name: String, password: String?) throws {
        let store = try store()
        let chosen = password ?? DataDirectory.randomPassword()
        try storeErrors { try store.addAdmin(name, password: chosen) }
        say("added administrator \(name.lowercased())")
        if password == nil { say("password: \(chosen)") }
    }

    public func removeAdministrator(_ name: String) throws {
        try storeErrors { try store().removeAdmin(name) }
        say("removed administrator \(name.lowercased())")
    }

    public func listAdministrators() throws {
        for name in try storeErrors({ try store().listAdmins() }) { say(name) }
    }

    /// Stores `given`, or a generated password, under the policy the server runs with
    /// (`auth.password_min_length`); returns the password stored.
    func choosePassword(address: String, given: String?, save: (String, PasswordPolicy) throws -> Void) throws -> String {
        let minimum = try configuration().auth.passwordMinLength
        let policy = PasswordPolicy(minimumLength: minimum)
        if let given {
            try storeErrors { try save(given, policy) }
            return given
        }
        // A generated password passes the policy unless it happens to contain the account name; try again then.
        for _ in 0..<10 {
            let password = DataDirectory.randomPassword(length: max(20, minimum))
            if policy.problem(password: password, address: address.lowercased()) == nil {
                try storeErrors { try save(password, policy) }
                return password
            }
        }
        throw OperationError("could not generate a password that passes the policy")
    }

    // MARK: - Sending permission and limits

    /// Suspends an account from sending and holds its queued mail.
    public func suspendUser(_ address: String, reason: String) async throws {
        let store = try store()
        let spool = try spool()
        let account = address.lowercased()
        let (changed, held) = try await storeErrors { try await AdminControls.suspend(address, reason: reason, store: store, spool: spool) }
        say(changed ? "suspended \(account) from sending; held \(held) queued recipient(s)" : "\(account) was already suspended")
    }

    public func unsuspendUser(_ address: String) throws {
        try storeErrors { try store().unsuspendUser(address) }
        protectionChanged()
        say("\(address.lowercased()) may send again; release held mail with `haetae queue release ID` (see `haetae queue list`)")
    }

    /// An account's own hourly limits: shown when no value is given, cleared with `clear`.
    public func userLimits(_ address: String, messages: Int?, recipients: Int?, domains: Int?, clear: Bool) throws {
        let store = try store()
        guard let user = try storeErrors({ try store.user(address) }) else { throw OperationError("user \(address.lowercased()) not found") }
        if clear {
            try storeErrors { try store.setRateLimits(address, nil) }
            protectionChanged()
            say("\(user.address): global limits")
            return
        }
        if messages == nil && recipients == nil && domains == nil {
            say("\(user.address): \(user.rateLimits ?? "global limits")")
            return
        }
        for value in [messages, recipients, domains].compactMap({ $0 }) where value < 0 {
            throw OperationError("limits must be 0 (unlimited) or more")
        }
        var explicit: [String: Int] = [:]
        for item in (user.rateLimits ?? "").split(separator: ",") {
            let pair = item.split(separator: "=", maxSplits: 1)
            if pair.count == 2, let value = Int(pair[1]) { explicit[String(pair[0])] = value }
        }
        if let messages { explicit["messages"] = messages }
        if let recipients { explicit["recipients"] = recipients }
        if let domains { explicit["domains"] = domains }
        let text = ["messages", "recipients", "domains"].compactMap { key in explicit[key].map { "\(key)=\($0)" } }.joined(separator: ",")
        try storeErrors { try store.setRateLimits(address, text) }
        protectionChanged()
        say("\(user.address): \(text) (others: global)")
    }

    /// Accounts whose password was set before the current password policy; status 1 when there are any.
    public func auditPasswords() throws -> ExitStatus {
        let store = try store()
        let users = try storeErrors { try store.usersWithOutdatedPasswords(currentVersion: PasswordPolicy.version) }
        if users.isEmpty {
            say("every password was set under the current policy (version \(PasswordPolicy.version))")
            return 0
        }
        let formatter = ISO8601DateFormatter()
        for user in users {
            say("\(user.address)\tpassword set \(formatter.string(from: user.passwordChangedAt))\tpolicy version \(user.passwordPolicyVersion) < \(PasswordPolicy.version): ask for `haetae user passwd`")
        }
        return 1
    }

    /// Tells a running server that protection state changed, so it applies the change at once.
    func protectionChanged() {
        if let spool = try? directory().openSpool() { AdminControls.protectionChanged(spool: spool) }
    }
}
