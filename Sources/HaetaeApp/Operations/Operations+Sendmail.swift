import Foundation
import HaetaeDelivery
import HaetaePolicy
import HaetaeQueue
import HaetaeStore
import MailCore

/// `haetae sendmail`: the sendmail-compatible entry point for local programs (PHP's mail(), cron).
/// It writes through the queue's intake, so nothing listens on the network for it and loopback
/// needs no relay permission. Exit statuses follow sysexits.h: 64 usage, 65 bad data, 73 cannot
/// write the queue, 75 try later.
public enum Sendmail {
    public struct Options: Sendable {
        var recipientsFromHeaders = false
        var dotEnds = true
        var sender: String?
        var fullName: String?
        var data: String?
        var recipients: [String] = []
    }

    public static func parseOptions(_ arguments: [String]) throws -> Options {
        var options = Options()
        var index = 0
        var onlyRecipients = false
        func value(_ flag: String) throws -> String {
            index += 1
            guard index < arguments.count else { throw OperationError("sendmail: \(flag) needs a value") }
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
                throw OperationError("sendmail: unsupported option \(argument)")
            }
            index += 1
        }
        return options
    }
}

extension Operations {
    /// Queues the message on standard input; `arguments` as sendmail takes them. The data
    /// directory is `--data`, else HAETAE_DATA, else ./haetae-data when it exists or
    /// /var/lib/haetae does not, else /var/lib/haetae.
    public static func sendmail(
        arguments: [String], errorOutput: @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) async -> ExitStatus {
        typealias Options = Sendmail.Options
        let options: Options
        do {
            options = try Sendmail.parseOptions(arguments)
        } catch {
            errorOutput("\(error)")
            return 64
        }
        let dataPath = options.data ?? ProcessInfo.processInfo.environment["HAETAE_DATA"]
            ?? (FileManager.default.fileExists(atPath: "./haetae-data") || !FileManager.default.fileExists(atPath: "/var/lib/haetae")
                ? "./haetae-data" : "/var/lib/haetae")
        let data: DataDirectory
        let store: any HaetaeDataStore
        let spool: Spool
        do {
            data = try DataDirectory(dataPath)
            store = try data.openDirectory()
            spool = try data.openSpool()
        } catch {
            errorOutput("sendmail: cannot open the queue in \(dataPath): \(error)")
            return 75
        }
        // The host name the server runs with (its configuration file and overrides).
        let hostname = (try? data.configuration(file: nil, base: HaetaeConfiguration.systemDefaults()))?.hostname ?? systemHostname()
        let domain = DomainName.normalize(hostname) ?? hostname
        let unixUser = currentUserName()
        let sender: String
        do {
            sender = try LocalSubmission.parseSender(options.sender ?? "\(unixUser)@\(domain)", defaultDomain: domain)
        } catch {
            errorOutput("sendmail: bad sender address: \(error)")
            return 64
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
            errorOutput("sendmail: \(error)")
            return 65
        }
        // The breaker applies to local programs too: a hijacked web application is the classic flood.
        if let (recipient, reply) = await ProtectionMonitor.breakerRefusal(store: store, recipients: submission.recipients) {
            errorOutput("sendmail: \(reply) (recipient \(recipient)); try later")
            return 75
        }
        let received = "Received: by \(hostname) (Haetae sendmail, from userid \(getuid()))\r\n\tid \(id); \(RFC5322Date.format(now))\r\n"
        let message = Array(received.utf8) + submission.message
        do {
            try await MessageIntake(spool: spool, hostname: domain).accept(
                origin: .sendmail, sender: sender, recipients: submission.recipients, message: message, id: id,
                authenticatedUser: "local:\(unixUser)")
            // Ask a running server to pick it up now rather than at its next scan.
            AdminControls.requestPickup(spool: spool)
        } catch {
            errorOutput("sendmail: cannot write the queue: \(error)")
            return 73
        }
        return 0
    }
}

func currentUserName() -> String {
    if let entry = getpwuid(getuid()), let name = entry.pointee.pw_name { return String(cString: name) }
    return "uid\(getuid())"
}
