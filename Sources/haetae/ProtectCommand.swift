import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeDelivery
import HaetaeProtection
import HaetaeStore

struct ProtectCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protect", abstract: "The outbound circuit breaker, AUTH lockouts and suspended accounts.",
        subcommands: [Status.self, Reset.self, Unlock.self])

    struct Status: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Whether the breaker is tripped and since when, the remote backlog and its top senders, lockouts, suspended accounts.")
        @OptionGroup var data: DataOption
        @Flag(help: "Machine-readable output.") var json = false
        func run() async throws {
            let directory = try data.open()
            let store = try wrap { try directory.openDirectory() }
            let state = try store.breakerState()
            let backlog = await RemoteBacklog.summarize(try directory.openSpool().list().messages, directory: store)
            let lockouts = try store.activeLockouts()
            let suspended = try store.listUsers().filter(\.suspended)
            let recordedTop = try store.breakerTopSenders()
            let formatter = ISO8601DateFormatter()
            if json {
                var object: [String: Any] = [
                    "tripped": state.isTripped,
                    "remote_backlog": backlog.messages,
                    "top_senders": backlog.senders.prefix(10).map { ["sender": $0.0, "messages": $0.1] },
                    "lockouts": lockouts.map { ["subject": $0.subject, "until": formatter.string(from: $0.lockedUntil), "reason": $0.reason] },
                    "suspended": suspended.map { ["address": $0.address, "reason": $0.suspendedReason ?? ""] },
                ]
                if let since = state.trippedAt {
                    object["tripped_at"] = formatter.string(from: since)
                    object["backlog_at_trip"] = state.backlogAtTrip
                    object["top_senders_at_trip"] = recordedTop
                }
                let data = try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys])
                print(String(decoding: data, as: UTF8.self))
                return
            }
            if let since = state.trippedAt {
                print("breaker: TRIPPED since \(formatter.string(from: since)) (backlog \(state.backlogAtTrip) at trip)")
                print("         new external recipients get: 530 5.7.1 Relay denied for protecting our server")
                print("         clear it with: haetae protect reset")
                if !recordedTop.isEmpty {
                    print("top senders when it tripped:")
                    for line in recordedTop { print("  \(line)") }
                }
            } else {
                print("breaker: closed (relaying allowed)")
            }
            print("remote backlog now: \(backlog.messages) message(s)")
            if !backlog.senders.isEmpty {
                print("top senders in the backlog now:")
                for line in backlog.topLines() { print("  \(line)") }
            }
            print("AUTH lockouts: \(lockouts.isEmpty ? "none" : "")")
            for lock in lockouts {
                print("  \(lock.subject) until \(formatter.string(from: lock.lockedUntil)) (\(lock.reason))")
            }
            print("suspended accounts: \(suspended.isEmpty ? "none" : "")")
            for user in suspended {
                print("  \(user.address) since \(user.suspendedAt.map(formatter.string(from:)) ?? "?"): \(user.suspendedReason ?? "")")
            }
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Clear a tripped breaker: relaying to external domains is allowed again (the running server follows within a second).")
        @OptionGroup var data: DataOption
        func run() async throws {
            let directory = try data.open()
            let store = try wrap { try data.openStore() }
            let (wasTripped, backlog) = try await AdminControls.resetBreaker(
                store: store, spool: try directory.openSpool(), threshold: try data.configuration().protection.queueThreshold)
            if wasTripped {
                print("breaker reset; remote backlog is \(backlog) message(s)")
                if backlog > 0 {
                    print("it trips again only if the backlog grows by another threshold (or drains and refills)")
                }
            } else {
                print("breaker was not tripped")
            }
        }
    }

    struct Unlock: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Lift AUTH lockouts: SUBJECT is ip:ADDRESS or account:USER@DOMAIN; --all lifts every one.")
        @OptionGroup var data: DataOption
        @Argument var subject: String?
        @Flag(help: "Lift every lockout.") var all = false
        func run() throws {
            guard all || subject != nil else { throw CLIError("name a subject (ip:ADDR or account:ADDRESS) or --all") }
            if let subject, AuthSubject(subject) == nil { throw CLIError("subject must be ip:ADDR or account:ADDRESS") }
            let store = try wrap { try data.openStore() }
            let count = try store.removeLockouts(subject: all ? nil : subject?.lowercased())
            if let spool = try? data.open().openSpool() { AdminControls.protectionChanged(spool: spool) }
            print("lifted \(count) lockout(s)")
        }
    }
}
