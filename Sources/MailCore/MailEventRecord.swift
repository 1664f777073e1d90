/// One event as Haetae records it: its name and its fields, in order. Rendered once, here, as
/// the log line `event=NAME key=value …` (values quoted by `LogText` when they need to be), which
/// `LogLine` in `HaetaeProtection` parses back field for field (the audit reads the log that way).
public struct MailEventRecord: Sendable, Hashable {
    public struct Field: Sendable, Hashable {
        public var key: String
        public var value: String
    }

    public var event: MailEvent
    public var fields: [Field]

    /// Fields with a nil value are left out.
    public init(_ event: MailEvent, _ fields: KeyValuePairs<String, String?>) {
        self.event = event
        self.fields = fields.compactMap { key, value in value.map { Field(key: key, value: $0) } }
    }

    /// The record with one more field per value, all under `key` (a message's recipients).
    public func appending(_ key: String, values: some Sequence<String>) -> MailEventRecord {
        var record = self
        record.fields += values.map { Field(key: key, value: $0) }
        return record
    }

    /// The values of every field named `key`, in order.
    public func values(_ key: String) -> [String] { fields.filter { $0.key == key }.map(\.value) }

    /// The value of the first field named `key`.
    public subscript(key: String) -> String? { fields.first { $0.key == key }?.value }

    /// `event=NAME key=value …`.
    public var line: String {
        var out = "\(MailEvent.key)=\(event.rawValue)"
        for field in fields {
            out += " " + field.key + "=" + LogText.quote(field.value)
        }
        return out
    }
}
