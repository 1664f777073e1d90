import Foundation
import HaetaeProtection
import HaetaeQueue
import HaetaeStore

/// Administrator actions shared by the CLI and the web console, so both do exactly the same.
public enum AdminControls {
    /// Clears the circuit breaker (the running server follows within a second). Returns whether it
    /// was tripped and the remote backlog now.
    /// `threshold` is the running server's `protection.queue_threshold`.
    public static func resetBreaker(store: any ProtectionStateStore & MailDirectory, spool: Spool, threshold: Int) async throws -> (wasTripped: Bool, backlog: Int) {
        let state = try store.breakerState(as: CircuitBreaker.State.self) ?? .init()
        let backlog = await RemoteBacklog.summarize(spool.list().messages, directory: store)
        var breaker = CircuitBreaker(threshold: threshold, state: state)
        breaker.reset(backlog: state.isTripped ? backlog.messages : 0)
        try store.saveBreakerState(breaker.state, bump: true)
        protectionChanged(spool: spool)
        return (state.isTripped, backlog.messages)
    }

    /// Suspends an account from sending and holds what it has queued. Returns (newly suspended, held recipients).
    public static func suspend(_ address: String, reason: String, store: any ProtectionStateStore, spool: Spool) async throws -> (Bool, Int) {
        let changed = try store.suspendUser(address, reason: reason)
        let account = address.lowercased()
        var held = 0
        for message in spool.list().messages where message.envelope.authenticatedUser == account {
            held += try await spool.setStatus(message.envelope.id, from: [.pending, .deferred], to: .held)
        }
        protectionChanged(spool: spool)
        return (changed, held)
    }

    /// Tells the running server that the protection state in the database changed (it also
    /// re-reads it on its own within a second, should no server be listening now).
    public static func protectionChanged(spool: Spool) {
        QueueControl.send(.protectionChanged, spoolRoot: spool.root)
    }

    /// Asks the running server to retry messages now (all, or these IDs); false when no server
    /// heard the request.
    @discardableResult
    public static func requestFlush(spool: Spool, ids: [String]) -> Bool {
        QueueControl.send(.flush(ids), spoolRoot: spool.root)
    }

    /// Asks the running server to look at the queue now (released or new messages).
    public static func requestPickup(spool: Spool) {
        QueueControl.send(.pickup, spoolRoot: spool.root)
    }
}
