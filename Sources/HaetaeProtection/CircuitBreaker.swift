import Foundation

/// The outbound circuit breaker of the protection manual: when the backlog of messages waiting for
/// remote delivery reaches the threshold, relaying to external domains stops until an administrator
/// resets it. Pure state machine; the server persists `State` and feeds it the backlog size.
public struct CircuitBreaker: Sendable, Hashable {
    public struct State: Sendable, Hashable, Codable {
        /// When it tripped; nil when closed (relaying allowed).
        public var trippedAt: Date?
        /// The backlog when it tripped.
        public var backlogAtTrip: Int
        /// After a reset while the backlog was still high, the backlog must grow by another
        /// threshold past this level before the breaker trips again (so a reset is not undone by
        /// the very mail the administrator is still cleaning up).
        public var rearmLevel: Int

        public init(trippedAt: Date? = nil, backlogAtTrip: Int = 0, rearmLevel: Int = 0) {
            self.trippedAt = trippedAt
            self.backlogAtTrip = backlogAtTrip
            self.rearmLevel = rearmLevel
        }

        public var isTripped: Bool { trippedAt != nil }
    }

    public enum Transition: Sendable, Hashable {
        case tripped(backlog: Int)
    }

    public var threshold: Int
    public private(set) var state: State

    public init(threshold: Int, state: State = State()) {
        self.threshold = threshold
        self.state = state
    }

    /// Feeds the current backlog; returns a transition when the breaker trips now.
    public mutating func observe(backlog: Int, now: Date) -> Transition? {
        guard threshold > 0, !state.isTripped else { return nil }
        if state.rearmLevel > 0 && backlog < threshold {
            // The backlog drained: back to the plain threshold.
            state.rearmLevel = 0
        }
        guard backlog >= threshold, backlog >= state.rearmLevel + (state.rearmLevel > 0 ? threshold : 0) else { return nil }
        state.trippedAt = now
        state.backlogAtTrip = backlog
        return .tripped(backlog: backlog)
    }

    /// An administrator's reset.
    public mutating func reset(backlog: Int) {
        state = State(trippedAt: nil, backlogAtTrip: 0, rearmLevel: backlog >= threshold ? backlog : 0)
    }

    /// Adopts a state read back from storage (another process may have reset it).
    public mutating func adopt(_ stored: State) {
        state = stored
    }

    public var allowsRelay: Bool { !state.isTripped }
}
