import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeStore

struct DomainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "domain", abstract: "Manage local domains.", subcommands: [Add.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add a local domain.")
        @OptionGroup var data: DataOption
        @Argument var domain: String
        func run() throws {
            try wrap { try data.openStore().addDomain(domain) }
            print("added domain \(domain.lowercased())")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove a local domain (it must be empty).")
        @OptionGroup var data: DataOption
        @Argument var domain: String
        func run() throws {
            try wrap { try data.openStore().removeDomain(domain) }
            print("removed domain \(domain.lowercased())")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List local domains.")
        @OptionGroup var data: DataOption
        func run() throws {
            for domain in try wrap({ try data.openStore().listDomains() }) { print(domain) }
        }
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
        func run() throws {
            try wrap { try data.openStore().addSenderPermission(user: user, pattern: address) }
            print("\(user.lowercased()) may send as \(address.lowercased())")
        }
    }

    struct SenderRemove: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "remove", abstract: "Withdraw a sender permission.")
        @OptionGroup var data: DataOption
        @Argument var user: String
        @Argument var address: String
        func run() throws {
            try wrap { try data.openStore().removeSenderPermission(user: user, pattern: address) }
            print("removed")
        }
    }

    struct SenderList: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "list", abstract: "List a user's extra senders.")
        @OptionGroup var data: DataOption
        @Argument var user: String
        func run() throws {
            for pattern in try wrap({ try data.openStore().listSenderPermissions(user: user) }) { print(pattern) }
        }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Add an account. Without --password-stdin a random password is generated and printed.")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws {
            let store = try wrap { try data.openStore() }
            let password = try choosePassword(configuration: try data.configuration(), address: address, fromStdin: passwordStdin) { password, policy in
                try store.addUser(address, password: password, policy: policy)
            }
            print("added user \(address.lowercased())")
            if !passwordStdin { print("password: \(password)") }
        }
    }

    struct Passwd: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Set an account's password (the password policy applies).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws {
            let store = try wrap { try data.openStore() }
            let password = try choosePassword(configuration: try data.configuration(), address: address, fromStdin: passwordStdin) { password, policy in
                try store.setPassword(address, password: password, policy: policy)
            }
            print("password changed for \(address.lowercased())")
            if !passwordStdin { print("password: \(password)") }
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an account (its Maildir is kept).")
        @OptionGroup var data: DataOption
        @Argument var address: String
        func run() throws {
            try wrap { try data.openStore().removeUser(address) }
            print("removed user \(address.lowercased())")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List accounts.")
        @OptionGroup var data: DataOption
        @Option(help: "Only this domain.") var domain: String?
        func run() throws {
            for user in try wrap({ try data.openStore().listUsers(domain: domain) }) {
                var line = user.address
                if user.suspended { line += " (suspended from sending: \(user.suspendedReason ?? "by an administrator"))" }
                if let limits = user.rateLimits { line += " [limits \(limits)]" }
                print(line)
            }
        }
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
        func run() throws {
            try wrap { try data.openStore().addAlias(source, destination: destination) }
            print("added alias \(source.lowercased()) -> \(destination.lowercased())")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove an alias (one destination, or all).")
        @OptionGroup var data: DataOption
        @Argument var source: String
        @Argument var destination: String?
        func run() throws {
            try wrap { try data.openStore().removeAlias(source, destination: destination) }
            print("removed alias \(source.lowercased())")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List aliases.")
        @OptionGroup var data: DataOption
        func run() throws {
            for alias in try wrap({ try data.openStore().listAliases() }) {
                print("\(alias.source) -> \(alias.destination)")
            }
        }
    }
}

/// Turns directory errors into one clear line.
func wrap<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DirectoryError {
        throw CLIError(error.description)
    }
}

func wrapAsync<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as DirectoryError {
        throw CLIError(error.description)
    }
}
