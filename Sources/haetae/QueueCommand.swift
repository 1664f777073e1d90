import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeQueue

struct QueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "queue", abstract: "Inspect and manage the mail queue.",
        subcommands: [List.self, Show.self, Delete.self, Flush.self, Hold.self, Release.self])

    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List queued messages.")
        @OptionGroup var data: DataOption
        @Flag(help: "Print JSON.") var json = false
        func run() throws {
            let spool = try data.open().openSpool()
            let (messages, errors) = spool.list()
            if json {
                let encoder = JSONEncoder()
                encoder.dateEncodingStrategy = .iso8601
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(messages.map(\.envelope)), as: UTF8.self))
            } else {
                if messages.isEmpty { print("queue is empty") }
                for message in messages {
                    let envelope = message.envelope
                    print("\(envelope.id)  \(envelope.size) bytes  \(envelope.arrivedAt)  from <\(envelope.sender)>")
                    for recipient in envelope.recipients {
                        var line = "    \(recipient.status.rawValue)  \(recipient.address)"
                        if recipient.attempts > 0 { line += "  attempts=\(recipient.attempts)" }
                        if recipient.status == .deferred, let next = recipient.nextAttempt { line += "  next=\(next)" }
                        if let error = recipient.lastError { line += "  (\(error))" }
                        print(line)
                    }
                }
            }
            for error in errors { FileHandle.standardError.write(Data("haetae: \(error)\n".utf8)) }
        }
    }

    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a message's envelope and headers.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        @Flag(help: "Print the whole message, not only its headers.") var body = false
        func run() throws {
            let spool = try data.open().openSpool()
            do {
                let (envelope, _) = try spool.load(id)
                let bytes = try spool.messageBytes(id)
                print("id: \(envelope.id)")
                print("arrived: \(envelope.arrivedAt)")
                print("from: <\(envelope.sender)>")
                print("client: \(envelope.clientAddress ?? "-") helo=\(envelope.heloName ?? "-") user=\(envelope.authenticatedUser ?? "-") listener=\(envelope.listener ?? "-")")
                for recipient in envelope.recipients {
                    print("to: <\(recipient.address)> \(recipient.status.rawValue) attempts=\(recipient.attempts)\(recipient.lastError.map { " (\($0))" } ?? "")")
                }
                print("")
                let text = String(decoding: bytes, as: UTF8.self)
                if body {
                    print(text, terminator: "")
                } else {
                    let headerEnd = text.range(of: "\r\n\r\n").map { text[..<$0.lowerBound] } ?? Substring(text)
                    print(headerEnd.replacingOccurrences(of: "\r\n", with: "\n"))
                }
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    struct Delete: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Delete a queued message.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws {
            do {
                try await data.open().openSpool().remove(id)
            } catch {
                throw CLIError("\(error)")
            }
            print("deleted \(id)")
        }
    }

    struct Flush: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Ask the running server to retry now: every queued message, or the IDs given (deferred ones too).")
        @OptionGroup var data: DataOption
        @Argument var ids: [String] = []
        func run() throws {
            let spool = try data.open().openSpool()
            if QueueControl.send(.flush(ids), spoolRoot: spool.root) {
                print("retry requested; the running server is retrying now")
            } else {
                print("no running server heard the request; queued mail is retried when it starts")
            }
        }
    }

    struct Hold: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Hold a message: it is not delivered until released.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws {
            do {
                let count = try await data.open().openSpool().setStatus(id, from: [.pending, .deferred], to: .held)
                print("held \(id) (\(count) recipient(s))")
            } catch {
                throw CLIError("\(error)")
            }
        }
    }

    struct Release: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Release a held message for delivery now.")
        @OptionGroup var data: DataOption
        @Argument var id: String
        func run() async throws {
            do {
                let spool = try data.open().openSpool()
                let count = try await spool.setStatus(id, from: [.held], to: .pending)
                QueueControl.send(.pickup, spoolRoot: spool.root)
                print("released \(id) (\(count) recipient(s))")
            } catch {
                throw CLIError("\(error)")
            }
        }
    }
}

struct ConfigCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "config", abstract: "Configuration reference and checks.", subcommands: [Keys.self, Sample.self, Check.self])

    struct Keys: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print every key as a Markdown table.")
        func run() {
            print("| key | default | meaning |")
            print("|---|---|---|")
            for key in ConfigurationKeys.all {
                print("| `\(key.name)` | \(key.defaultDescription) | \(key.meaning) |")
            }
        }
    }

    struct Sample: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print a sample configuration file.")
        func run() { print(ConfigurationLoader.sample(), terminator: "") }
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
                    throw CLIError("cannot read \(file)")
                }
                text = contents
            }
            let base = HaetaeConfiguration.defaults(isRoot: geteuid() == 0, systemHostname: systemHostname())
            let configuration: HaetaeConfiguration
            do {
                configuration = try ConfigurationLoader.load(text: text, name: file == "-" ? "standard input" : file, base: base)
            } catch {
                throw CLIError("\(error)")
            }
            for (name, value) in ConfigurationLoader.effectiveValues(configuration) { print("\(name) = \(value)") }
        }
    }
}
