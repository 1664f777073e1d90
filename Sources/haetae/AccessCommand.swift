import ArgumentParser
import HaetaeApp

struct AccessCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "access",
        abstract: "The access map (Sendmail semantics): KEY ACTION rules for clients, senders and recipients.",
        discussion: """
            Keys: an address (spam@hacker.com), a local part (user@), a domain with its subdomains \
            (spammail.com), an IP, an old-style prefix (211.252.150) or a CIDR (211.252.150.0/24, \
            2001:db8::/32); optionally tagged Connect:, From: or To:. Actions: OK, RELAY, REJECT, \
            DISCARD, TEMPFAIL, ERROR:5.7.1:550 text. The most specific match wins.
            """,
        subcommands: [Add.self, Remove.self, List.self, Test.self, Import.self, Export.self])

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add or replace a rule: KEY ACTION.")
        @OptionGroup var data: DataOption
        @Argument var key: String
        @Argument(parsing: .remaining, help: "OK, RELAY, REJECT, DISCARD, TEMPFAIL or ERROR:x.y.z:nnn text")
        var action: [String]
        func run() throws { try data.operations.addAccessRule(key: key, action: action.joined(separator: " ")) }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the rule for KEY.")
        @OptionGroup var data: DataOption
        @Argument var key: String
        func run() throws { try data.operations.removeAccessRule(key: key) }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules.")
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.listAccessRules() }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the rules as a Sendmail access file.")
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.exportAccessRules() }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a Sendmail /etc/mail/access text file; all its rules are added in one transaction.")
        @OptionGroup var data: DataOption
        @Argument var file: String
        @Flag(help: "Add the rules that parse even when some lines do not.") var ignoreErrors = false
        func run() throws { try data.operations.importAccessRules(file: file, ignoreErrors: ignoreErrors) }
    }

    struct Test: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Explain what the server would answer a client, sender and recipient, and which rule decided.")
        @OptionGroup var data: DataOption
        @Option(help: "Client IP address.") var ip: String = "192.0.2.1"
        @Option(help: "Envelope sender.") var from: String?
        @Option(help: "Envelope recipient (repeatable).") var to: [String] = []
        @Option(help: "Treat the client as authenticated as this user (submission).") var user: String?
        @Option(name: .customLong("set"), help: "Override a configuration key: KEY=VALUE.") var overrides: [String] = []

        func run() async throws {
            try finish(await data.operations.explainAccess(ip: ip, from: from, to: to, user: user, overrides: overrides))
        }
    }
}

struct DNSBLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dnsbl",
        abstract: "DNSBL zones checked at connect on the MX listener, changed while the server runs.",
        discussion: "The first change starts from the zones of the configuration (dnsbl.zones) and saves the list in the database; from then on the saved list is used.",
        subcommands: [List.self, Add.self, Remove.self])

    struct List: ParsableCommand {
        @OptionGroup var data: DataOption
        func run() throws { try data.operations.listDNSBLZones() }
    }

    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add ZONE or ZONE*WEIGHT (e.g. zen.spamhaus.org*2).")
        @OptionGroup var data: DataOption
        @Argument var zone: String
        func run() throws { try data.operations.addDNSBLZone(zone) }
    }

    struct Remove: ParsableCommand {
        @OptionGroup var data: DataOption
        @Argument var zone: String
        func run() throws { try data.operations.removeDNSBLZone(zone) }
    }
}

struct ProtectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protect", abstract: "The outbound circuit breaker, AUTH lockouts and suspended accounts.",
        subcommands: [Status.self, Reset.self, Unlock.self])

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Whether the breaker is tripped and since when, the remote backlog and its top senders, lockouts, suspended accounts.")
        @OptionGroup var data: DataOption
        @Flag(help: "Machine-readable output.") var json = false
        func run() async throws { try await data.operations.protectionStatus(json: json) }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear a tripped breaker: relaying to external domains is allowed again (the running server follows at once).")
        @OptionGroup var data: DataOption
        func run() async throws { try await data.operations.resetBreaker() }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lift AUTH lockouts: SUBJECT is ip:ADDRESS or account:USER@DOMAIN; --all lifts every one.")
        @OptionGroup var data: DataOption
        @Argument var subject: String?
        @Flag(help: "Lift every lockout.") var all = false
        func run() throws {
            guard all || subject != nil else { throw OperationError("name a subject (ip:ADDR or account:ADDRESS) or --all") }
            try data.operations.unlock(subject: all ? nil : subject)
        }
    }
}
