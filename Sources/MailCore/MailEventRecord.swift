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

    /// `event=NAME key=value …`.
    public var line: String {
        var out = "\(MailEvent.key)=\(event.rawValue)"
        for field in fields {
            out += " " + field.key + "=" + LogText.quote(field.value)
        }
        return out
    }
}
