import ArgumentParser

@main
struct HaetaeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "haetae",
        abstract: "Haetae: a mail server that cannot be turned into a spam cannon.",
        subcommands: [
            ServeCommand.self, DomainCommand.self, UserCommand.self, AliasCommand.self, QueueCommand.self,
            ConfigCommand.self,
        ])
}
