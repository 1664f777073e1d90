/// Which queued message is delivered next. Pure: no I/O, no time.
///
/// Fresh mail goes first, but one retry is taken after every `freshPerRetry` fresh messages, so
/// a burst of new mail cannot starve the deferred backlog and a large backlog cannot delay new
/// mail. A message is never scheduled twice, nor while a delivery of it is running.
public struct DeliveryScheduler: Sendable {
    public static let defaultFreshPerRetry = 4

    public let freshPerRetry: Int
    private(set) var fresh: [String] = []
    private(set) var retries: [String] = []
    private var scheduled = Set<String>()
    private(set) var active = Set<String>()
    private var takenSinceRetry = 0

    public init(freshPerRetry: Int = DeliveryScheduler.defaultFreshPerRetry) {
        self.freshPerRetry = max(1, freshPerRetry)
    }

    public var isIdle: Bool { fresh.isEmpty && retries.isEmpty }
    public var freshIDs: [String] { fresh }

    public func isActive(_ id: String) -> Bool { active.contains(id) }

    /// Adds a message; false when it is already waiting or being delivered.
    @discardableResult
    public mutating func schedule(_ id: String, fresh isFresh: Bool) -> Bool {
        guard !scheduled.contains(id), !active.contains(id) else { return false }
        if isFresh { fresh.append(id) } else { retries.append(id) }
        scheduled.insert(id)
        return true
    }

    /// The next message to deliver (now active), or nil when nothing waits.
    public mutating func next() -> String? {
        let id: String
        if !retries.isEmpty && (fresh.isEmpty || takenSinceRetry >= freshPerRetry) {
            id = retries.removeFirst()
            takenSinceRetry = 0
        } else if !fresh.isEmpty {
            id = fresh.removeFirst()
            takenSinceRetry += 1
        } else {
            return nil
        }
        scheduled.remove(id)
        active.insert(id)
        return id
    }

    /// A delivery attempt ended.
    public mutating func finished(_ id: String) {
        active.remove(id)
    }

    /// Takes a waiting message out (it was held); false when it was not waiting.
    @discardableResult
    public mutating func unschedule(_ id: String) -> Bool {
        guard scheduled.remove(id) != nil else { return false }
        fresh.removeAll { $0 == id }
        retries.removeAll { $0 == id }
        return true
    }
}
