import Foundation
import HaetaeDelivery
import HaetaePolicy
import HaetaeProtection
import HaetaeStore

/// The outbound circuit breaker, AUTH lockouts and suspended accounts.
extension Operations {
    /// Whether the breaker is tripped and since when, the remote backlog and its top senders,
    /// lockouts, suspended accounts.
    public func protectionStatus(json: Bool) async throws {
        let store = try store()
        let state = try described { try store.breakerState() }
        let backlog = await RemoteBacklog.summarize(try spool().list().messages, directory: store)
        let lockouts = try storeErrors { try store.activeLockouts() }
        let suspended = try storeErrors { try store.listUsers().filter(\.suspended) }
        let recordedTop = try storeErrors { try store.breakerTopSenders() }
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
            say(String(decoding: data, as: UTF8.self))
            return
        }
        if let since = state.trippedAt {
            say("breaker: TRIPPED since \(formatter.string(from: since)) (backlog \(state.backlogAtTrip) at trip)")
            say("         new external recipients get: \(ProtectionMonitor.breakerReply)")
            say("         clear it with: haetae protect reset")
            if !recordedTop.isEmpty {
                say("top senders when it tripped:")
                for line in recordedTop { say("  \(line)") }
            }
        } else {
            say("breaker: closed (relaying allowed)")
        }
        say("remote backlog now: \(backlog.messages) message(s)")
        if !backlog.senders.isEmpty {
            say("top senders in the backlog now:")
            for line in backlog.topLines() { say("  \(line)") }
        }
        say("AUTH lockouts: \(lockouts.isEmpty ? "none" : "")")
        for lock in lockouts {
            say("  \(lock.subject) until \(formatter.string(from: lock.lockedUntil)) (\(lock.reason))")
        }
        say("suspended accounts: \(suspended.isEmpty ? "none" : "")")
        for user in suspended {
            say("  \(user.address) since \(user.suspendedAt.map(formatter.string(from:)) ?? "?"): \(user.suspendedReason ?? "")")
        }
    }

    /// Clears a tripped breaker.
    public func resetBreaker() async throws {
        let store = try store()
        let (wasTripped, backlog) = try await described {
            try await AdminControls.resetBreaker(store: store, spool: try spool(), threshold: try configuration().protection.queueThreshold)
        }
        if wasTripped {
            say("breaker reset; remote backlog is \(backlog) message(s)")
            if backlog > 0 {
                say("it trips again only if the backlog grows by another threshold (or drains and refills)")
            }
        } else {
            say("breaker was not tripped")
        }
    }

    /// Lifts AUTH lockouts: `subject` is ip:ADDRESS or account:USER@DOMAIN; nil lifts every one.
    public func unlock(subject: String?) throws {
        if let subject, AuthSubject(subject) == nil { throw OperationError("subject must be ip:ADDR or account:ADDRESS") }
        let count = try storeErrors { try store().removeLockouts(subject: subject?.lowercased()) }
        protectionChanged()
        say("lifted \(count) lockout(s)")
    }
}
