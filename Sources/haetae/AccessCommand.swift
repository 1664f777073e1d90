import ArgumentParser
import Foundation
import HaetaeApp
import HaetaePolicy
import HaetaeStore
import SMTPProtocol

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
        func run() throws {
            let rule: (key: String, action: String, fromRelayNote: Bool)
            do {
                rule = try AccessRuleInput.validate(key: key, action: action.joined(separator: " "))
            } catch let problem as AccessRuleInput.Problem {
                throw CLIError(problem.description)
            }
            if rule.fromRelayNote {
                print("note: From: RELAY only acts as OK; relaying is decided by the client (Connect:) or the recipient (To:)")
            }
            try wrap { try data.openStore().setAccessRule(key: rule.key, action: rule.action) }
            print("\(rule.key)\t\(rule.action)")
        }
    }

    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove the rule for KEY.")
        @OptionGroup var data: DataOption
        @Argument var key: String
        func run() throws {
            let (_, _, canonical) = try parseAccess { try AccessSyntax.parseKey(key) }
            try wrap { try data.openStore().removeAccessRule(key: canonical) }
            print("removed \(canonical)")
        }
    }

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the rules.")
        @OptionGroup var data: DataOption
        func run() throws {
            let rules = try wrap { try data.openStore().listAccessRules() }
            if rules.isEmpty { print("no access rules") }
            for rule in rules { print("\(rule.key)\t\(rule.action)") }
        }
    }

    struct Export: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the rules as a Sendmail access file.")
        @OptionGroup var data: DataOption
        func run() throws {
            print("# Haetae access map, exported \(Date())")
            for rule in try wrap({ try data.openStore().listAccessRules() }) {
                print("\(rule.key)\t\(rule.action)")
            }
        }
    }

    struct Import: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Read a Sendmail /etc/mail/access text file; all its rules are added in one transaction.")
        @OptionGroup var data: DataOption
        @Argument var file: String
        @Flag(help: "Add the rules that parse even when some lines do not.") var ignoreErrors = false
        func run() throws {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) ?? String(contentsOfFile: file, encoding: .isoLatin1)
            else { throw CLIError("cannot read \(file)") }
            let (rules, errors) = AccessSyntax.parseFile(text)
            for (line, message) in errors { print("\(file):\(line): \(message)") }
            if !errors.isEmpty && !ignoreErrors {
                throw CLIError("\(errors.count) line(s) not understood; nothing imported (use --ignore-errors to import the rest)")
            }
            for rule in rules where rule.action == .relay {
                if case .network(let network) = rule.key, network.prefixLength == 0 {
                    throw CLIError("refusing to import RELAY for every address (\(rule.keyText))")
                }
            }
            let records = rules.map { AccessRuleRecord(key: $0.keyText, action: $0.action.description) }
            try wrap { try data.openStore().setAccessRules(records) }
            print("imported \(records.count) rule(s) from \(file)")
        }
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
            let configuration = try ConfigurationLoader.load(file: nil, overrides: overrides, base: try data.configuration())
            let store = try data.openStore()
            let hostname = configuration.hostname
            let policy = SMTPPolicy(
                directory: store, access: AccessMapCache(source: store),
                trustedNetworks: try configuration.parsedTrustedNetworks(),
                primaryDomain: (try? DirectoryStore.normalizeDomain(hostname)) ?? hostname)
            if let from, !from.isEmpty, from != "<>", SMTPGrammar.parseMailbox(Array(from.utf8)[...]) == nil {
                throw CLIError("bad address \(from)")
            }
            let (lines, refused) = await AccessExplainer.explain(policy: policy, ip: ip, from: from, to: to, user: user)
            for line in lines { print(line) }
            if refused { throw ExitCode(1) }
        }
    }
}

/// Parses a recipient the way RCPT TO does (source routes, quoting, literals).
func parseForwardPath(_ text: String) -> ForwardPath? { AccessExplainer.parseForwardPath(text) }

func parseAccess<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as AccessParseError {
        throw CLIError(error.description)
    }
}
