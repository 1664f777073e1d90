/// Cuts a connection's input into commands: lines ending in CRLF (a bare LF is accepted), with
/// literals (`{n}` synchronising, `{n+}` non-synchronising, RFC 7888) between them. Pure and
/// bounded: a line is at most `maxLineLength` octets and the literals kept in memory for one
/// command at most `maxInMemoryLiterals`; a larger literal (an APPEND's message) is handed out
/// in chunks for the caller to spill to a file, never held whole.
public struct IMAPInputFramer: Sendable {
    public struct Limits: Sendable {
        public var maxLineLength = 65_536
        public var maxInMemoryLiterals = 1_048_576
        /// Text and literals of one command, in memory, together (a spilled literal counts its
        /// announcement only).
        public var maxCommandSize = 1_114_112
        /// Literals in one command.
        public var maxLiterals = 64
        public init() {}
    }

    public enum Event: Sendable, Equatable {
        /// Give more input.
        case needInput
        /// A complete command (or, in raw-line mode, one line as a text segment).
        case command([IMAPCommandSegment])
        /// The line so far announces a literal of `size` octets. The caller answers with
        /// `acceptLiteral(spillTo:)` (sending `+` first for a synchronising one) or `rejectLiteral()`.
        case literalAnnounced(size: Int, nonSynchronizing: Bool, prefix: [IMAPCommandSegment])
        /// Octets of a spilled literal, in order.
        case literalData([UInt8])
        /// A line longer than the limit, or a command with too much text or too many literals:
        /// the connection should end.
        case lineTooLong
    }

    enum State: Sendable {
        case line
        case awaitingDecision(size: Int)
        case literal(remaining: Int, spilled: Bool)
    }

    public var limits: Limits
    /// Lines are returned as they are, without literal syntax (IDLE's DONE, SASL responses).
    public var rawLines = false
    var state = State.line
    var segments: [IMAPCommandSegment] = []
    var line: [UInt8] = []
    var literal: [UInt8] = []
    var inMemory = 0
    var commandSize = 0
    var literals = 0

    public init(limits: Limits = Limits()) { self.limits = limits }

    /// Consumes a prefix of `input` and says what happened.
    public mutating func next(in input: UnsafeRawBufferPointer) -> (consumed: Int, event: Event) {
        switch state {
        case .awaitingDecision:
            return (0, .needInput)
        case .literal(let remaining, let spilled):
            let count = min(remaining, input.count)
            guard count > 0 else { return (0, .needInput) }
            let chunk = Array(input[0..<count])
            let left = remaining - count
            state = left == 0 ? .line : .literal(remaining: left, spilled: spilled)
            if spilled { return (count, .literalData(chunk)) }
            literal += chunk
            if left == 0 {
                segments.append(.literal(.bytes(literal)))
                literal = []
            }
            return (count, .needInput)
        case .line:
            var index = 0
            while index < input.count {
                let byte = input[index]
                index += 1
                if byte == 0x0A {
                    if line.last == 0x0D { line.removeLast() }
                    return (index, endOfLine())
                }
                line.append(byte)
                if line.count > limits.maxLineLength { return (index, .lineTooLong) }
            }
            return (index, .needInput)
        }
    }

    private mutating func endOfLine() -> Event {
        commandSize += line.count
        if !rawLines, let (size, nonSync, markerStart) = Self.literalMarker(line) {
            literals += 1
            guard literals <= limits.maxLiterals, commandSize + inMemory <= limits.maxCommandSize else { return .lineTooLong }
            segments.append(.text(Array(line[..<markerStart])))
            line = []
            state = .awaitingDecision(size: size)
            // The first line is enough to tell the command (tag, name).
            return .literalAnnounced(size: size, nonSynchronizing: nonSync, prefix: [segments[0]])
        }
        guard commandSize + inMemory <= limits.maxCommandSize else { return .lineTooLong }
        segments.append(.text(line))
        line = []
        let command = segments
        resetCommand()
        return .command(command)
    }

    private mutating func resetCommand() {
        segments = []
        inMemory = 0
        commandSize = 0
        literals = 0
    }

    /// Takes the announced literal: in memory (`spillTo` nil; refused with false past the
    /// in-memory limit), or handed out as `literalData` with `.file(spillTo, size)` in the command.
    public mutating func acceptLiteral(spillTo path: String?) -> Bool {
        guard case .awaitingDecision(let size) = state else { return false }
        if let path {
            segments.append(.literal(.file(path: path, size: size)))
            state = size == 0 ? .line : .literal(remaining: size, spilled: true)
            return true
        }
        guard inMemory + size <= limits.maxInMemoryLiterals, commandSize + inMemory + size <= limits.maxCommandSize else { return false }
        inMemory += size
        if size == 0 {
            segments.append(.literal(.bytes([])))
            state = .line
        } else {
            state = .literal(remaining: size, spilled: false)
        }
        return true
    }

    /// Drops the command whose literal was refused. For a synchronising literal the client sends
    /// nothing more of it; after a non-synchronising one the connection must end (its octets follow).
    public mutating func rejectLiteral() {
        state = .line
        line = []
        literal = []
        resetCommand()
    }

    /// `{123}` or `{123+}` at the end of a line: size, non-synchronising, where the marker starts.
    static func literalMarker(_ line: [UInt8]) -> (Int, Bool, Int)? {
        guard line.last == UInt8(ascii: "}") else { return nil }
        var index = line.count - 2
        var nonSync = false
        if index >= 0 && line[index] == UInt8(ascii: "+") {
            nonSync = true
            index -= 1
        }
        var value = 0
        var digits = 0
        var scale = 1
        while index >= 0, line[index] >= UInt8(ascii: "0"), line[index] <= UInt8(ascii: "9") {
            guard digits < 10 else { return nil }
            value += Int(line[index] - UInt8(ascii: "0")) * scale
            scale *= 10
            digits += 1
            index -= 1
        }
        guard digits > 0, index >= 0, line[index] == UInt8(ascii: "{"), value <= Int(UInt32.max) else { return nil }
        return (value, nonSync, index)
    }
}
