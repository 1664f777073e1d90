import CoreMetrics
import Foundation
import HaetaeStore
import MailCore
import NIOConcurrencyHelpers

/// Statistics come from the same events as the metrics: a swift-metrics factory whose counters
/// add to in-memory totals, flushed to the database's minute/hour/day rows every few seconds.
public final class StatsCollector: MetricsFactory, Sendable {
    private let pending = NIOLockedValueBox<[String: Int]>([:])
    private let pendingTop = NIOLockedValueBox<[String: [String: Int]]>([:])

    public init() {}

    /// `label{k=v,…}` with dimensions sorted, the key under which a counter is stored.
    static func key(_ label: String, _ dimensions: [(String, String)]) -> String {
        guard !dimensions.isEmpty else { return label }
        return label + "{" + dimensions.sorted { $0.0 < $1.0 }.map { "\($0.0)=\($0.1)" }.joined(separator: ",") + "}"
    }

    public func add(_ key: String, _ amount: Int) {
        pending.withLockedValue { $0[key, default: 0] += amount }
    }

    /// Feeds the top lists from an event, as the event sink hands it over: a queued message counts
    /// for its sender (the authenticated user, else the envelope sender) and for each recipient
    /// and recipient domain; a refused recipient counts for the client that sent it.
    public func observe(_ record: MailEventRecord) {
        switch record.event {
        case .queued:
            var sender = record["user"] ?? record["from"] ?? ""
            if sender.hasPrefix("<") && sender.hasSuffix(">") { sender = String(sender.dropFirst().dropLast()) }
            noteTop("sender", sender.isEmpty ? "<>" : sender.lowercased())
            for recipient in record.values("to") {
                noteTop("recipient", recipient.lowercased())
                noteTop("domain", recipient.split(separator: "@").last.map { $0.lowercased() } ?? "")
            }
        case .rcpt where record["result"] == "rejected":
            if let client = record["ip"] { noteTop("refused-client", client) }
        default:
            break
        }
    }

    /// Counts one occurrence of `key` among the top lists of `kind` (sender, recipient, domain,
    /// refused-client); bounded per flush so a flood of distinct keys cannot grow memory.
    func noteTop(_ kind: String, _ key: String) {
        pendingTop.withLockedValue { top in
            if top[kind, default: [:]].count < 50_000 || top[kind]?[key] != nil { top[kind, default: [:]][key, default: 0] += 1 }
        }
    }

    /// Takes what was counted since the last call.
    public func drain() -> [String: Int] {
        pending.withLockedValue { counts in
            defer { counts = [:] }
            return counts
        }
    }

    /// Writes what was counted since the last flush to the database (the server's timer calls it
    /// every few seconds, and once more at shutdown).
    public func flush(to store: any StatisticsStore) {
        try? store.addStats(drain(), at: Date())
        try? store.addTopCounts(pendingTop.withLockedValue { top in defer { top = [:] }; return top }, at: Date())
    }

    final class Handler: CounterHandler, Sendable {
        let collector: StatsCollector
        let key: String
        init(collector: StatsCollector, key: String) {
            self.collector = collector
            self.key = key
        }
        func increment(by amount: Int64) { collector.add(key, Int(amount)) }
        func reset() {}
    }

    final class Ignored: RecorderHandler, TimerHandler, MeterHandler, FloatingPointCounterHandler, Sendable {
        func record(_ value: Int64) {}
        func record(_ value: Double) {}
        func recordNanoseconds(_ duration: Int64) {}
        func set(_ value: Int64) {}
        func set(_ value: Double) {}
        func increment(by: Double) {}
        func decrement(by: Double) {}
        func reset() {}
    }

    public func makeCounter(label: String, dimensions: [(String, String)]) -> any CounterHandler {
        Handler(collector: self, key: Self.key(label, dimensions))
    }
    public func makeFloatingPointCounter(label: String, dimensions: [(String, String)]) -> any FloatingPointCounterHandler { Ignored() }
    public func makeRecorder(label: String, dimensions: [(String, String)], aggregate: Bool) -> any RecorderHandler { Ignored() }
    public func makeMeter(label: String, dimensions: [(String, String)]) -> any MeterHandler { Ignored() }
    public func makeTimer(label: String, dimensions: [(String, String)]) -> any TimerHandler { Ignored() }
    public func destroyCounter(_ handler: any CounterHandler) {}
    public func destroyFloatingPointCounter(_ handler: any FloatingPointCounterHandler) {}
    public func destroyRecorder(_ handler: any RecorderHandler) {}
    public func destroyMeter(_ handler: any MeterHandler) {}
    public func destroyTimer(_ handler: any TimerHandler) {}
}
