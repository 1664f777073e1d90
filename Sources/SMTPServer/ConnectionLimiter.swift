import SMTPProtocol
import NIOConcurrencyHelpers

/// Counts open connections in total and per client address.
public final class ConnectionLimiter: Sendable {
    private struct State {
        var total = 0
        var perAddress: [String: Int] = [:]
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
        state.withLockedValue { state in
            state.total -= 1
            let current = state.perAddress[address, default: 1] - 1
            state.perAddress[address] = current > 0 ? current : nil
        }
    }

    public var openConnections: Int { state.withLockedValue { $0.total } }
}
