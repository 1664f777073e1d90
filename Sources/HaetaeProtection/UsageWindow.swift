import Foundation

/// Counts events and the distinct keys they touched over a sliding window, in per-minute buckets.
///
/// Memory is bounded by the window (one bucket per minute) and by what is recorded in it: callers
/// refuse events past their limits, so a flood cannot grow a window without bound. Pure: the caller
/// passes the time.
public struct UsageWindow: Sendable, Hashable {
    struct Bucket: Sendable, Hashable {
        var minute: Int64
        var count: Int
        var rejected: Int
        var keys: Set<String>
    }

    public let length: TimeInterval
    private var buckets: [Bucket] = []

    public init(length: TimeInterval) {
        self.length = max(60, length)
    }

    static func minute(_ date: Date) -> Int64 { Int64((date.timeIntervalSince1970 / 60).rounded(.down)) }

    /// Drops buckets that have left the window.
    public mutating func prune(now: Date) {
        let oldest = Self.minute(now) - Int64(length / 60) + 1
        if let first = buckets.firstIndex(where: { $0.minute >= oldest }) {
            if first > 0 { buckets.removeFirst(first) }
        } else {
            buckets.removeAll()
        }
    }

    /// Records one event touching `key` (a recipient domain, a login address) at `now`.
    public mutating func record(key: String? = nil, rejected: Bool = false, now: Date) {
        prune(now: now)
        let minute = Self.minute(now)
        if buckets.last?.minute != minute {
            buckets.append(Bucket(minute: minute, count: 0, rejected: 0, keys: []))
        }
        if rejected {
            buckets[buckets.count - 1].rejected += 1
        } else {
            buckets[buckets.count - 1].count += 1
        }
        if let key { buckets[buckets.count - 1].keys.insert(key) }
    }

    /// Accepted events in the window.
    public func count(now: Date) -> Int {
        let oldest = Self.minute(now) - Int64(length / 60) + 1
        return buckets.reduce(0) { $0 + ($1.minute >= oldest ? $1.count : 0) }
    }

    /// Rejected events in the window.
    public func rejectedCount(now: Date) -> Int {
        let oldest = Self.minute(now) - Int64(length / 60) + 1
        return buckets.reduce(0) { $0 + ($1.minute >= oldest ? $1.rejected : 0) }
    }

    /// Distinct keys in the window.
    public func distinctKeys(now: Date) -> Set<String> {
        let oldest = Self.minute(now) - Int64(length / 60) + 1
        var keys = Set<String>()
        for bucket in buckets where bucket.minute >= oldest { keys.formUnion(bucket.keys) }
        return keys
    }

    public func contains(key: String, now: Date) -> Bool {
        let oldest = Self.minute(now) - Int64(length / 60) + 1
        return buckets.contains { $0.minute >= oldest && $0.keys.contains(key) }
    }

    public var isEmpty: Bool { buckets.isEmpty }
}
