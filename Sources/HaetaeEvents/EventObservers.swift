import Foundation
import MailCore

/// Who else hears every recorded event, beside its log line and its counter: the console's
/// statistics (its top lists of senders, recipients, domains and refused clients) observe the
/// same records the log gets, so the two cannot disagree. Process-wide, as the metrics system is;
/// a server registers its observer when it starts and cancels it when it stops.
public enum EventObservers {
    public typealias Observer = @Sendable (MailEventRecord) -> Void

    private static let lock = NSLock()
    nonisolated(unsafe) private static var observers: [UInt64: Observer] = [:]
    nonisolated(unsafe) private static var nextKey: UInt64 = 0

    /// Adds an observer; it hears events until the returned registration is cancelled.
    public static func register(_ observer: @escaping Observer) -> Registration {
        let key = lock.withLock {
            nextKey += 1
            observers[nextKey] = observer
            return nextKey
        }
        return Registration(key: key)
    }

    static func notify(_ record: MailEventRecord) {
        let current = lock.withLock { observers.isEmpty ? [] : Array(observers.values) }
        for observer in current { observer(record) }
    }

    /// An observer's place in the list.
    public struct Registration: Sendable {
        let key: UInt64

        public func cancel() {
            _ = EventObservers.lock.withLock { EventObservers.observers.removeValue(forKey: key) }
        }
    }
}
