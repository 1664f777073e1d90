/// An RFC 3463 enhanced status code `class.subject.detail`.
public struct EnhancedStatusCode: Hashable, Sendable, CustomStringConvertible {
    public var klass: Int
    public var subject: Int
    public var detail: Int

    public init(_ klass: Int, _ subject: Int, _ detail: Int) {
        self.klass = klass
        self.subject = subject
        self.detail = detail
    }

    public var description: String { "\(klass).\(subject).\(detail)" }
}
