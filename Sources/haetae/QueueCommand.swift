import ArgumentParser
import Foundation
import HaetaeApp

struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Inspect and manage the mail queue.",
        subcommands: [List.self, Show.self, Delete.self, Flush.self, Hold.self, Release.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List queued messages.")
        @OptionGroup var data: DataOption
        @Flag(help: "Print JSON.") var json = false
        func run() throws { try data.operations.listQueue(json: json) }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a message's envelope and headers.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        @Flag(help: "Print the whole message, not only its headers.") var body = false
        func run() throws { try data.operations.showQueued(id, body: body) }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a queued message.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws { try await data.operations.deleteQueued(id) }
    }

    struct Flush: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask the running server to retry now: every queued message, or the IDs given (deferred ones too).")
        @OptionGroup var data: DataOption
        @Argument var ids: [String] = []
        func run() throws { try data.operations.flushQueue(ids) }
    }

    struct Hold: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hold a message: it is not delivered until released.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws { try await data.operations.holdQueued(id) }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Release a held message for delivery now.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws { try await data.operations.releaseQueued(id) }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Configuration reference and checks.", subcommands: [Keys.self, Sample.self, Check.self])

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every key as a Markdown table.")
        func run() {
            for line in Operations.configurationKeysTable() { print(line) }
        }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a sample configuration file.")
        func run() { print(Operations.sampleConfiguration(), terminator: "") }
    }

    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Parse a configuration file (or - for standard input) and print the effective values; exit 1 on an error.")
        @Argument(help: "The TOML file, or - for standard input.") var file: String = "-"
        func run() throws {
            let text: String
            if file == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let contents = try? String(contentsOfFile: file, encoding: .utf8) else {
                    throw OperationError("cannot read \(file)")
                }
                text = contents
            }
            for line in try Operations.checkConfiguration(text: text, name: file == "-" ? "standard input" : file) { print(line) }
        }
    }
}
