import ArgumentParser
import Foundation
import HaetaeApp

@main
struct HaetaeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "haetae",
        abstract: "Haetae: a mail server that cannot be turned into a spam cannon.",
        subcommands: [
            ServeCommand.self, DomainCommand.self, UserCommand.self, AliasCommand.self, QueueCommand.self,
            AccessCommand.self, SendmailCommand.self, RelayTestCommand.self, ProtectCommand.self, AuditCommand.self, TrainCommand.self,
            WhitelistCommand.self, BlacklistCommand.self, QuarantineCommand.self, ScanCommand.self, AdminCommand.self, DNSBLCommand.self,
            ConfigCommand.self,
        ])

    /// Invoked as `sendmail` (a symlink from /usr/sbin/sendmail): behave as `haetae sendmail`.
    static func main() async {
        DataDirectory.restrictFileModes()
        var arguments = Array(CommandLine.arguments.dropFirst())
        if (CommandLine.arguments.first.map { ($0 as NSString).lastPathComponent } ?? "") == "sendmail" {
            arguments.insert("sendmail", at: 0)
        }
        await main(arguments)
    }
}
