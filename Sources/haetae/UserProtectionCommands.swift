import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeDelivery
import HaetaeProtection
import HaetaeQueue
import HaetaeStore

/// Reads or generates a password and stores it with `save`, under the policy the server runs with
/// (`auth.password_min_length` of the configuration the server runs with).
func choosePassword(
    configuration: HaetaeConfiguration, address: String, fromStdin: Bool, save: (String, PasswordPolicy) throws -> Void
) throws -> String {
    let minimum = configuration.passwordMinLength
    let policy = PasswordPolicy(minimumLength: minimum)
    if fromStdin {
        let password = try readPasswordFromStdin()
        try wrap { try save(password, policy) }
        return password
    }
    // A generated password passes the policy unless it happens to contain the account name; try again then.
    for _ in 0..<10 {
        let password = DataDirectory.randomPassword(length: max(20, minimum))
        if policy.problem(password: password, address: address.lowercased()) == nil {
            try wrap { try save(password, policy) }
            return password
        }
    }
    throw CLIError("could not generate a password that passes the policy")
}

extension UserCommand {
    struct Suspend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suspend an account from sending (it can still log in to read mail) and hold its queued mail.")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Option(help: "Why (shown by `user list` and `protect status`).") var reason = "suspended by an administrator"
        func run() async throws {
            let directory = try data.open()
            let store = try wrap { try directory.openDirectory() }
            let account = address.lowercased()
            let (changed, held) = try await wrapAsync { try await AdminControls.suspend(address, reason: reason, store: store, spool: try directory.openSpool()) }
            print(changed ? "suspended \(account) from sending; held \(held) queued recipient(s)" : "\(account) was already suspended")
        }
    }

    struct Unsuspend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a suspended account send again (its held mail stays held: `queue release ID`).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        func run() throws {
            let store = try wrap { try data.openStore() }
            try wrap { try store.unsuspendUser(address) }
            if let spool = try? data.open().openSpool() { AdminControls.protectionChanged(spool: spool) }
            print("\(address.lowercased()) may send again; release held mail with `haetae queue release ID` (see `haetae queue list`)")
        }
    }

    struct Limits: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Set an account's own hourly limits (0 = unlimited); without options, show them.")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Option(help: "Messages per hour.") var messages: Int?
        @Option(help: "Recipients per hour.") var recipients: Int?
        @Option(help: "Distinct recipient domains per hour.") var domains: Int?
        @Flag(help: "Go back to the global limits.") var clear = false
        func run() throws {
            let store = try wrap { try data.openStore() }
            guard let user = try wrap({ try store.user(address) }) else { throw CLIError("user \(address.lowercased()) not found") }
            if clear {
                try wrap { try store.setRateLimits(address, nil) }
                if let spool = try? data.open().openSpool() { AdminControls.protectionChanged(spool: spool) }
                print("\(user.address): global limits")
                return
            }
            if messages == nil && recipients == nil && domains == nil {
                print("\(user.address): \(user.rateLimits ?? "global limits")")
                return
            }
            for value in [messages, recipients, domains].compactMap({ $0 }) where value < 0 {
                throw CLIError("limits must be 0 (unlimited) or more")
            }
            var explicit: [String: Int] = [:]
            for item in (user.rateLimits ?? "").split(separator: ",") {
                let pair = item.split(separator: "=", maxSplits: 1)
                if pair.count == 2, let value = Int(pair[1]) { explicit[String(pair[0])] = value }
            }
            if let messages { explicit["messages"] = messages }
            if let recipients { explicit["recipients"] = recipients }
            if let domains { explicit["domains"] = domains }
            let parts = ["messages", "recipients", "domains"].compactMap { key in explicit[key].map { "\(key)=\($0)" } }
            let text = parts.joined(separator: ",")
            try wrap { try store.setRateLimits(address, text) }
            if let spool = try? data.open().openSpool() { AdminControls.protectionChanged(spool: spool) }
            print("\(user.address): \(text) (others: global)")
        }
    }

    struct AuditPasswords: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit-passwords",
            abstract: "List accounts whose password was set before the current password policy (hashes cannot be checked).")
        @OptionGroup var data: DataOption
        func run() throws {
            let store = try wrap { try data.openStore() }
            let users = try wrap { try store.usersWithOutdatedPasswords(currentVersion: PasswordPolicy.version) }
            if users.isEmpty {
                print("every password was set under the current policy (version \(PasswordPolicy.version))")
                return
            }
            let formatter = ISO8601DateFormatter()
            for user in users {
                print("\(user.address)\tpassword set \(formatter.string(from: user.passwordChangedAt))\tpolicy version \(user.passwordPolicyVersion) < \(PasswordPolicy.version): ask for `haetae user passwd`")
            }
            throw ExitCode(1)
        }
    }
}
