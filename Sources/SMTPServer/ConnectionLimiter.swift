import Foundation
import SMTPProtocol
import NIOConcurrencyHelpers

/// Counts open connections in total and per client address.
public final class ConnectionLimiter: Sendable {
    private struct State {
        var total = 0
        var perAddress: [String: Int] = [:]
        /// Waiting for the last connection to end (shutdown).
        var idleWaiters: [UUID: CheckedContinuation<Void, Never>] = [:]
    }

    private let state = NIOLockedValueBox(State())
    public let maxTotal: Int
    public let maxPerAddress: Int

    public init(maxTotal: Int, maxPerAddress: Int) {
        self.maxTotal = maxTotal
        self.maxPerAddress = maxPerAddress
    }

    /// Takes a slot, or returns false when a limit is reached.
    public func acquire(_ client: String) -> Bool {
        let address = IPAddressText.clientKey(client)
        return state.withLockedValue { state in
            let current = state.perAddress[address, default: 0]
            guard state.total < maxTotal, current < maxPerAddress else { return false }
            state.total += 1
            state.perAddress[address] = current + 1
            return true
        }
    }

    public func release(_ client: String) {
        let address = IPAddressText.clientKey(client)
        let waiters: [CheckedContinuation<Void, Never>] = state.withLockedValue { state in
            state.total -= 1
            let current = state.perAddress[address, default: 1] - 1
            state.perAddress[address] = current > 0 ? current : nil
            guard state.total == 0 else { return [] }
            defer { state.idleWaiters = [:] }
            return Array(state.idleWaiters.values)
        }
        for waiter in waiters { waiter.resume() }
    }

    /// Returns when no connection is open, or after `timeout` (whichever comes first); true when idle.
    @discardableResult
    public func waitUntilIdle(timeout: Duration) async -> Bool {
        let id = UUID()
        await withTaskGroup(of: Void.self) { group in
            group.addTask {
                await withCheckedContinuation { continuation in
                    let idle: Bool = self.state.withLockedValue { state in
                        if state.total == 0 { return true }
                        state.idleWaiters[id] = continuation
                        return false
                    }
                    if idle { continuation.resume() }
                }
            }
            group.addTask {
                try? await Task.sleep(for: timeout)
                let pending = self.state.withLockedValue { $0.idleWaiters.removeValue(forKey: id) }
                pending?.resume()
            }
            await group.next()
            group.cancelAll()
        }
        // The deadline task may still be sleeping; a cancelled sleep returns at once.
        return openConnections == 0
    }

    public var openConnections: Int { state.withLockedValue { $0.total } }
}
