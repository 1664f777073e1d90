import Foundation
import GRDB

/// Statistics resolutions: a row per minute (kept two days), per hour (kept 90 days) and per day
/// (kept). Every write updates all three, so a month of reports reads 30 day rows per counter.
public enum StatsResolution: String, Sendable, CaseIterable {
    case minute = "m", hour = "h", day = "d"

    public var seconds: Int64 {
        switch self {
        case .minute: return 60
        case .hour: return 3_600
        case .day: return 86_400
        }
    }

    var retention: Int64? {
        switch self {
        case .minute: return 2 * 86_400
        case .hour: return 90 * 86_400
        case .day: return nil
        }
    }
}

public struct StatsPoint: Sendable, Hashable, Codable {
    /// Start of the bucket, seconds since 1970 (UTC).
    public var start: Int64
    public var name: String
    public var value: Int
}

extension DirectoryStore {
    /// Adds counts observed at `time` (one flush of the in-memory counters).
    public func addStats(_ counts: [String: Int], at time: Date) throws {
        guard !counts.isEmpty else { return }
        let seconds = Int64(time.timeIntervalSince1970)
        try pool.write { db in
            for resolution in StatsResolution.allCases {
                let bucket = seconds - seconds % resolution.seconds
                for (name, value) in counts where value != 0 {
                    try db.execute(
                        sql: """
                            INSERT INTO stats (resolution, bucket, name, value) VALUES (?, ?, ?, ?)
                            ON CONFLICT (resolution, bucket, name) DO UPDATE SET value = value + excluded.value
                            """,
                        arguments: [resolution.rawValue, bucket, name, value])
                }
                if let retention = resolution.retention {
                    try db.execute(
                        sql: "DELETE FROM stats WHERE resolution = ? AND bucket < ?",
                        arguments: [resolution.rawValue, seconds - retention])
                }
            }
        }
    }

    /// Points between `from` and `to` (inclusive buckets), optionally only names with `prefix`.
    public func stats(_ resolution: StatsResolution, from: Date, to: Date, prefix: String?) throws -> [StatsPoint] {
        let start = Int64(from.timeIntervalSince1970), end = Int64(to.timeIntervalSince1970)
        return try pool.read { db in
            let rows: [Row]
            if let prefix {
                rows = try Row.fetchAll(
                    db, sql: "SELECT bucket, name, value FROM stats WHERE resolution = ? AND bucket >= ? AND bucket <= ? AND name LIKE ? ORDER BY bucket",
                    arguments: [resolution.rawValue, start - start % resolution.seconds, end, prefix + "%"])
            } else {
                rows = try Row.fetchAll(
                    db, sql: "SELECT bucket, name, value FROM stats WHERE resolution = ? AND bucket >= ? AND bucket <= ? ORDER BY bucket",
                    arguments: [resolution.rawValue, start - start % resolution.seconds, end])
            }
            return rows.map { StatsPoint(start: $0["bucket"], name: $0["name"], value: $0["value"]) }
        }
    }
}

extension DirectoryStore {
    /// How many keys of each kind a day keeps in `stats_top`: the largest counts stay, the rest
    /// are pruned after every flush, so a flood of distinct senders or clients cannot grow the
    /// table without bound (issue 11). Reports show the top 10.
    public static let topKeysPerDay = 1_000

    /// Adds per-day counts of senders, recipients, recipient domains and refused clients
    /// (kind → key → count); keeps the `keep` largest keys per kind and day; days older than 90
    /// are dropped.
    public func addTopCounts(_ counts: [String: [String: Int]], at time: Date, keep: Int) throws {
        guard !counts.isEmpty else { return }
        let seconds = Int64(time.timeIntervalSince1970)
        let day = seconds - seconds % 86_400
        try pool.write { db in
            for (kind, keys) in counts {
                for (key, value) in keys {
                    try db.execute(
                        sql: """
                            INSERT INTO stats_top (day, kind, key, value) VALUES (?, ?, ?, ?)
                            ON CONFLICT (day, kind, key) DO UPDATE SET value = value + excluded.value
                            """,
                        arguments: [day, kind, String(key.prefix(320)), value])
                }
                try db.execute(
                    sql: """
                        DELETE FROM stats_top WHERE day = ? AND kind = ? AND key NOT IN (
                            SELECT key FROM stats_top WHERE day = ? AND kind = ? ORDER BY value DESC, key LIMIT ?)
                        """,
                    arguments: [day, kind, day, kind, max(0, keep)])
            }
            try db.execute(sql: "DELETE FROM stats_top WHERE day < ?", arguments: [day - 90 * 86_400])
        }
    }

    /// How many keys of a kind the day of `time` holds (for tests and `/metrics`).
    public func topKeyCount(kind: String, at time: Date) throws -> Int {
        let seconds = Int64(time.timeIntervalSince1970)
        return try pool.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM stats_top WHERE day = ? AND kind = ?", arguments: [seconds - seconds % 86_400, kind]) ?? 0
        }
    }

    /// The `limit` largest keys of a kind over the days from `from` to `to`.
    public func topCounts(kind: String, from: Date, to: Date, limit: Int) throws -> [(key: String, value: Int)] {
        let start = Int64(from.timeIntervalSince1970), end = Int64(to.timeIntervalSince1970)
        return try pool.read { db in
            try Row.fetchAll(
                db, sql: "SELECT key, SUM(value) AS total FROM stats_top WHERE kind = ? AND day >= ? AND day <= ? GROUP BY key ORDER BY total DESC, key LIMIT ?",
                arguments: [kind, start - start % 86_400, end, limit]
            ).map { ($0["key"], $0["total"]) }
        }
    }
}
