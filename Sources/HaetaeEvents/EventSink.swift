import Logging
import MailCore
import Metrics

/// Where events go: the one place that writes an event's log line, counts it
/// (`haetae_events_total` with the event's name as its dimension; the console's statistics are fed from the same counters)
/// and tells the `EventObservers` (the statistics' top lists).
/// Services record events through their `Logger`, so the session's metadata stays on the line.
public protocol EventSink: Sendable {
    func record(_ event: MailEventRecord, level: Logger.Level)
}

extension Logger: EventSink {
    public func record(_ event: MailEventRecord, level: Logger.Level = .info) {
        Counter(label: "haetae_events_total", dimensions: [("event", event.event.rawValue)]).increment()
        log(level: level, "\(event.line)")
        EventObservers.notify(event)
    }

    /// `record(MailEventRecord(event, fields), level:)`.
    public func record(_ event: MailEvent, level: Logger.Level = .info, _ fields: KeyValuePairs<String, String?>) {
        record(MailEventRecord(event, fields), level: level)
    }
}
