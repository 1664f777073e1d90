import Foundation
import NIOConcurrencyHelpers

/// A clock a test moves by hand: services that take `clock: () -> Date` read `read`, and the test
/// `advance`s it instead of waiting. Starts at a fixed instant so runs are repeatable.
public final class TestClock: Sendable {
    private let current: NIOLockedValueBox<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_795_000_000)) { current = NIOLockedValueBox(start) }

    public var now: Date { current.withLockedValue { $0 } }

    public func advance(by seconds: TimeInterval) { current.withLockedValue { $0 += seconds } }

    /// The clock as a service takes it.
    public var read: @Sendable () -> Date { { [current] in current.withLockedValue { $0 } } }
}
