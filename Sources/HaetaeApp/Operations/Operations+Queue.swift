import Foundation
import HaetaeDelivery
import HaetaeQueue

/// The mail queue: list, show, delete, flush, hold, release.
extension Operations {
    public func listQueue(json: Bool) throws {
        let (messages, errors) = try spool().list()
        if json {
            let encoder = JSONEncoder()
            encoder.dateEncodingStrategy = .iso8601
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            say(String(decoding: try encoder.encode(messages.map(\.envelope)), as: UTF8.self))
        } else {
            if messages.isEmpty { say("queue is empty") }
            for message in messages {
                let envelope = message.envelope
                say("\(envelope.id)  \(envelope.size) bytes  \(envelope.arrivedAt)  from <\(envelope.sender)>")
                for recipient in envelope.recipients {
                    var line = "    \(recipient.status.rawValue)  \(recipient.address)"
                    if recipient.attempts > 0 { line += "  attempts=\(recipient.attempts)" }
                    if recipient.status == .deferred, let next = recipient.nextAttempt { line += "  next=\(next)" }
                    if let error = recipient.lastError { line += "  (\(error))" }
                    say(line)
                }
            }
        }
        for error in errors { errorOutput("haetae: \(error)") }
    }

    /// A message's envelope and headers, or the whole message with `body`.
    public func showQueued(_ id: String, body: Bool) throws {
        let spool = try spool()
        let (envelope, bytes) = try described { (try spool.load(id).0, try spool.messageBytes(id)) }
        say("id: \(envelope.id)")
        say("arrived: \(envelope.arrivedAt)")
        say("from: <\(envelope.sender)>")
        say("client: \(envelope.clientAddress ?? "-") helo=\(envelope.heloName ?? "-") user=\(envelope.authenticatedUser ?? "-") listener=\(envelope.listener ?? "-")")
        for recipient in envelope.recipients {
            say("to: <\(recipient.address)> \(recipient.status.rawValue) attempts=\(recipient.attempts)\(recipient.lastError.map { " (\($0))" } ?? "")")
        }
        say("")
        let text = String(decoding: bytes, as: UTF8.self)
        if body {
            sayVerbatim(text)
        } else {
            let headerEnd = text.range(of: "\r\n\r\n").map { text[..<$0.lowerBound] } ?? Substring(text)
            say(headerEnd.replacingOccurrences(of: "\r\n", with: "\n"))
        }
    }

    public func deleteQueued(_ id: String) async throws {
        let spool = try spool()
        try await described { try await spool.remove(id) }
        say("deleted \(id)")
    }

    /// Asks the running server to retry now: every queued message, or the IDs given.
    public func flushQueue(_ ids: [String]) throws {
        // An ID that is not one would be dropped from the request, which then means "everything".
        if let bad = ids.first(where: { !QueueID.isValid($0) }) { throw OperationError("not a queue ID: \(bad)") }
        if AdminControls.requestFlush(spool: try spool(), ids: ids) {
            say("retry requested; the running server is retrying now")
        } else {
            say("no running server heard the request; queued mail is retried when it starts")
        }
    }

    public func holdQueued(_ id: String) async throws {
        let spool = try spool()
        let count = try await described { try await spool.setStatus(id, from: [.pending, .deferred], to: .held) }
        say("held \(id) (\(count) recipient(s))")
    }

    public func releaseQueued(_ id: String) async throws {
        let spool = try spool()
        let count = try await described { try await spool.setStatus(id, from: [.held], to: .pending) }
        AdminControls.requestPickup(spool: spool)
        say("released \(id) (\(count) recipient(s))")
    }
}

/// The configuration reference and checks.
extension Operations {
    /// Every key as a Markdown table.
    public static func configurationKeysTable() -> [String] {
        ["| key | default | meaning |", "|---|---|---|"]
            + ConfigurationKeys.all.map { "| `\($0.name)` | \($0.defaultDescription) | \($0.meaning) |" }
    }

    /// A sample configuration file.
    public static func sampleConfiguration() -> String { ConfigurationLoader.sample() }

    /// Parses a configuration text and returns the effective values as `KEY = VALUE` lines.
    public static func checkConfiguration(text: String, name: String) throws -> [String] {
        let configuration = try described {
            try ConfigurationLoader.load(text: text, name: name, base: HaetaeConfiguration.systemDefaults())
        }
        return ConfigurationLoader.effectiveValues(configuration).map { "\($0.0) = \($0.1)" }
    }
}
