import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeQueue
import SMTPServer
import HaetaeStore
import SMTPProtocol

/// `haetae sendmail` — the sendmail-compatible entry point for local programs (PHP's mail(),
/// cron). It writes straight into the queue, so nothing listens on the network for it and
/// loopback needs no relay permission. Also runs when the binary is invoked as `sendmail`.
struct SendmailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sendmail",
        abstract: "Queue a message from standard input (sendmail-compatible: -t -f -F -i -oi, recipients as arguments).",
        discussion: "Exit codes follow sysexits.h: 64 usage, 65 bad data, 73 cannot write the queue, 75 try later.")

    @Argument(parsing: .captureForPassthrough) var arguments: [String] = []

    struct Options {
        var recipientsFromHeaders = false
        var dotEnds = true
        var sender: String?
        var fullName: String?
        var data: String?
        var recipients: [String] = []
    }

    static func parseOptions(_ arguments: [String]) throws -> Options {
        var options = Options()
        var index = 0
        var onlyRecipients = false
        func value(_ flag: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw CLIError("sendmail: \(flag) needs a value") }
            return arguments[index]
        }
        while index < arguments.count {
            let argument = arguments[index]
            if onlyRecipients || !argument.hasPrefix("-") || argument == "-" {
                options.recipients.append(argument)
            } else if argument == "--" {
                onlyRecipients = true
            } else if argument == "-t" {
                options.recipientsFromHeaders = true
            } else if argument == "-i" || argument == "-oi" {
                options.dotEnds = false
            } else if argument == "-f" || argument == "-r" {
                options.sender = try value(argument)
            } else if argument.hasPrefix("-f") || argument.hasPrefix("-r") {
                options.sender = String(argument.dropFirst(2))
            } else if argument == "-F" {
                options.fullName = try value(argument)
            } else if argument.hasPrefix("-F") {
                options.fullName = String(argument.dropFirst(2))
            } else if argument == "--data" {
                options.data = try value(argument)
            } else if argument.hasPrefix("--data=") {
                options.data = String(argument.dropFirst(7))
            } else if argument == "-bm" || argument.hasPrefix("-o") || argument.hasPrefix("-B") || argument == "-v"
                || argument.hasPrefix("-N") || argument.hasPrefix("-R") || argument.hasPrefix("-V") || argument == "-U"
            {
                // Accepted and ignored, as Postfix's sendmail does; -o and -N/-R/-V may carry a value.
                if argument == "-N" || argument == "-R" || argument == "-V" || argument == "-B" { index += 1 }
            } else {
                throw CLIError("sendmail: unsupported option \(argument)")
            }
            index += 1
        }
        return options
    }

    func run() async throws {
        let options: Options
        do {
            options = try Self.parseOptions(arguments)
        } catch {
            FileHandle.standardError.write(Data("\(error)\n".utf8))
            throw ExitCode(64)
        }
        let dataPath = options.data ?? ProcessInfo.processInfo.environment["HAETAE_DATA"]
            ?? (FileManager.default.fileExists(atPath: "./haetae-data") || !FileManager.default.fileExists(atPath: "/var/lib/haetae")
                ? "./haetae-data" : "/var/lib/haetae")
        let data: DataDirectory
        let store: DirectoryStore
        let spool: Spool
        do {
            data = try DataDirectory(dataPath)
            store = try data.openDirectory()
            spool = try data.openSpool()
        } catch {
            FileHandle.standardError.write(Data("sendmail: cannot open the queue in \(dataPath): \(error)\n".utf8))
            throw ExitCode(75)
        }
        // The host name the server runs with (its configuration file and overrides).
        let hostname = (try? data.configuration(
            file: nil, base: HaetaeConfiguration.defaults(isRoot: geteuid() == 0, systemHostname: systemHostname())))?.hostname
            ?? systemHostname()
        let domain = (try? DirectoryStore.normalizeDomain(hostname)) ?? hostname
        let unixUser = currentUserName()
        let sender: String
        do {
            sender = try LocalSubmission.parseSender(options.sender ?? "\(unixUser)@\(domain)", defaultDomain: domain)
        } catch {
            FileHandle.standardError.write(Data("sendmail: bad sender address: \(error)\n".utf8))
            throw ExitCode(64)
        }
        let input = Array(FileHandle.standardInput.readDataToEndOfFile())
        let now = Date()
        let id = QueueID.make(now: now)
        let submission: LocalSubmission
        do {
            submission = try LocalSubmission.build(
                input: input, dotEnds: options.dotEnds, recipientsFromHeaders: options.recipientsFromHeaders,
                arguments: options.recipients, sender: sender, fullName: options.fullName, defaultDomain: domain,
                now: now, messageID: "\(id).\(UInt32.random(in: 0...UInt32.max))@\(domain)", maxSize: 50 * 1_048_576)
        } catch {
            FileHandle.standardError.write(Data("sendmail: \(error)\n".utf8))
            throw ExitCode(65)
        }
        // The breaker applies to local programs too: a hijacked web application is the classic flood.
        if (try? store.breakerState().isTripped) == true {
            for recipient in submission.recipients {
                let domain = recipient.split(separator: "@").last.map(String.init) ?? ""
                if (try? await store.isLocalDomain(domain)) != true {
                    FileHandle.standardError.write(Data("sendmail: 530 5.7.1 Relay denied for protecting our server (recipient \(recipient)); try later\n".utf8))
                    throw ExitCode(75)
                }
            }
        }
        let received = "Received: by \(hostname) (Haetae sendmail, from userid \(getuid()))\r\n\tid \(id); \(ReceivedHeader.rfc5322Date(now))\r\n"
        let message = Array(received.utf8) + submission.message
        do {
            try await MessageIntake(spool: spool, hostname: domain).accept(
                origin: .sendmail, sender: sender, recipients: submission.recipients, message: message, id: id,
                authenticatedUser: "local:\(unixUser)")
            // Ask a running server to pick it up now rather than at its next scan.
            QueueControl.send(.pickup, spoolRoot: spool.root)
        } catch {
            FileHandle.standardError.write(Data("sendmail: cannot write the queue: \(error)\n".utf8))
            throw ExitCode(73)
        }
    }
}

func currentUserName() -> String {
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid\(getuid())"
}
