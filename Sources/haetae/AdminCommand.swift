import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeStore

struct AdminCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "admin", abstract: "Web console administrators.", subcommands: [Add.self, Remove.self, List.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an administrator (the password policy applies).")
        @OptionGroup var data: DataOption
        @Argument var name: String
        @Flag(name: .customLong("password-stdin"), help: "Read the password from the first line of standard input.")
        var passwordStdin = false
        func run() throws {
            let store = try wrap { try data.openStore() }
            let password = passwordStdin ? try readPasswordFromStdin() : DataDirectory.randomPassword()
            try wrap { try store.addAdmin(name, password: password) }
            print("added administrator \(name.lowercased())")
            if !passwordStdin { print("password: \(password)") }
        }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var name: String
        func run() throws {
            try wrap { try data.openStore().removeAdmin(name) }
            print("removed administrator \(name.lowercased())")
        }
    }

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        func run() throws {
            for name in try wrap({ try data.openStore().listAdmins() }) { print(name) }
        }
    }
}
