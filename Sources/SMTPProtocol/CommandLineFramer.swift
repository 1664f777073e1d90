/// Splits the command-phase byte stream into lines, enforcing the command line limit.
///
/// Three outcomes, per call: a line (CR LF or a lone LF ends it; the terminator is not part of
/// it), more data needed, or a line that grew past the limit. An over-long line is reported once,
/// as soon as the limit is passed, and the rest of it up to the next LF is discarded without
/// buffering it.
public struct CommandLineFramer: Sendable {
    public enum Outcome: Hashable, Sendable {
        case line([UInt8])
        case needMoreData
        case lineTooLong
    }

    public let limit: Int
    private var discarding = false

    public init(limit: Int = SMTPLimits.commandLineLength) {
        self.limit = limit
    }

    /// Looks at `bytes` (the unread input) and returns how many bytes were consumed with the outcome.
    public mutating func next<C: RandomAccessCollection>(in bytes: C) -> (consumed: Int, outcome: Outcome)
    where C.Element == UInt8, C.Index == Int {
        let lf = bytes.firstIndex(of: UInt8(ascii: "\n"))
        if discarding {
            guard let lf else { return (bytes.count, .needMoreData) }
            discarding = false
            let consumed = lf - bytes.startIndex + 1
            // Report nothing for the tail; look for the next line in what remains.
            let rest = bytes[(lf + 1)...]
            let (more, outcome) = next(in: rest)
            return (consumed + more, outcome)
        }
        guard let lf else {
            if bytes.count > limit {
                discarding = true
                return (bytes.count, .lineTooLong)
            }
            return (0, .needMoreData)
        }
        var end = lf
        if end > bytes.startIndex && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        let consumed = lf - bytes.startIndex + 1
        if end - bytes.startIndex > limit - 2 {
            return (consumed, .lineTooLong)
        }
        return (consumed, .line(Array(bytes[bytes.startIndex..<end])))
    }

    /// Forget any partial state (used after STARTTLS, when plaintext input is discarded).
    public mutating func reset() {
        discarding = false
    }
}
