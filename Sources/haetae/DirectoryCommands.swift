import ArgumentParser
import HaetaeApp

struct DomainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "domain", abstract: "Manage local domains.", subcommands: [Add.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a local domain.")
        @OptionGroup var data: DataOption
        @Argument var domain: String
        func run() throws { try data.operations.addDomain(domain) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a local domain (it must be empty).")
        @OptionGroup var data: DataOption
        @Argument var domain: String
        func run() throws { try data.operations.removeDomain(domain) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List local domains.")
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.listDomains() }
    }
}

struct UserCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "user", abstract: "Manage mail accounts.",
        subcommands: [
            Add.self, Passwd.self, Remove.self, List.self, Sender.self, Suspend.self, Unsuspend.self, Limits.self,
            AuditPasswords.self,
        ])

    struct Sender: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Extra envelope senders a user may use on submission (shared mailboxes).",
            subcommands: [SenderAdd.self, SenderRemove.self, SenderList.self])
    }

    struct SenderAdd: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add", abstract: "Let USER send as ADDRESS (or as anyone at @domain).")
        @OptionGroup var data: DataOption
        @Argument var user: String
        @Argument var address: String
        func run() throws { try data.operations.addSenderPermission(user: user, address: address) }
    }

    struct SenderRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Withdraw a sender permission.")
        @OptionGroup var data: DataOption
        @Argument var user: String
        @Argument var address: String
        func run() throws { try data.operations.removeSenderPermission(user: user, address: address) }
    }

    struct SenderList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a user's extra senders.")
        @OptionGroup var data: DataOption
        @Argument var user: String
        func run() throws { try data.operations.listSenderPermissions(user: user) }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account. Without --password-stdin a random password is generated and printed.")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws { try data.operations.addUser(address, password: passwordStdin ? try readPasswordFromStdin() : nil) }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an account's password (the password policy applies).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws { try data.operations.setPassword(address, password: passwordStdin ? try readPasswordFromStdin() : nil) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account (its Maildir is kept).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        func run() throws { try data.operations.removeUser(address) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var data: DataOption
        @Option(help: "Only this domain.") var domain: String?
        func run() throws { try data.operations.listUsers(domain: domain) }
    }

    struct Suspend: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Suspend an account from sending (it can still log in to read mail) and hold its queued mail.")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Option(help: "Why (shown by `user list` and `protect status`).") var reason = "suspended by an administrator"
        func run() async throws { try await data.operations.suspendUser(address, reason: reason) }
    }

    struct Unsuspend: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Let a suspended account send again (its held mail stays held: `queue release ID`).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        func run() throws { try data.operations.unsuspendUser(address) }
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
            try data.operations.userLimits(address, messages: messages, recipients: recipients, domains: domains, clear: clear)
        }
    }

    struct AuditPasswords: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "audit-passwords",
            abstract: "List accounts whose password was set before the current password policy (hashes cannot be checked).")
        @OptionGroup var data: DataOption
        func run() throws { try finish(data.operations.auditPasswords()) }
    }
}

struct AliasCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alias", abstract: "Manage aliases (`@domain` as source is a catch-all).",
        subcommands: [Add.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an alias SOURCE -> DESTINATION.")
        @OptionGroup var data: DataOption
        @Argument var source: String
        @Argument var destination: String
        func run() throws { try data.operations.addAlias(source, destination: destination) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an alias (one destination, or all).")
        @OptionGroup var data: DataOption
        @Argument var source: String
        @Argument var destination: String?
        func run() throws { try data.operations.removeAlias(source, destination: destination) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List aliases.")
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.listAliases() }
    }
}

struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Web console administrators.", subcommands: [Add.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an administrator (the password policy applies).")
        @OptionGroup var data: DataOption
        @Argument var name: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws { try data.operations.addAdministrator(name, password: passwordStdin ? try readPasswordFromStdin() : nil) }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var name: String
        func run() throws { try data.operations.removeAdministrator(name) }
    }

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.listAdministrators() }
    }
}
