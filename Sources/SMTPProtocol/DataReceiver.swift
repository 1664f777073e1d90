import MailCore
/// How to treat a bare CR or bare LF inside message data.
public enum BareLineEndingPolicy: String, Sendable, CaseIterable {
    /// Refuse the message with `550 5.5.2` (default; the SMTP-smuggling defence).
    case reject
    /// Rewrite each bare CR or LF to CRLF. Never passed on unchanged either way.
    case normalize
}

/// What a complete DATA section turned out to be.
public enum DataOutcome: Hashable, Sendable {
    case accepted
    case tooLarge
    case bareLineEnding
    case lineTooLong
    case containsNUL

    public var reply: SMTPReply? {
        switch self {
        case .accepted: return nil
        case .tooLarge: return .messageTooBig
        case .bareLineEnding: return .bareLineEnding
        case .lineTooLong: return .textLineTooLong
        case .containsNUL: return .nulInMessage
        }
    }
}

/// Receives the DATA section: finds the end (only `CRLF "." CRLF`, RFC 5321 §4.1.1.4), removes
/// dot-stuffing (§4.5.2), enforces the text line limit (§4.5.3.1.6) and the message size, and
/// detects bare CR / LF and NUL. Pure: bytes in, message bytes out.
///
/// After the first violation the receiver stops collecting output but keeps scanning for the end,
/// so the client gets one reply for the whole message and the session stays in sync.
public struct DataReceiver: Sendable {
    enum State: Sendable {
        case lineStart
        /// A line that began after a bare CR or LF: a "." here is ordinary text and never ends
        /// DATA (`<LF>.<CR><LF>` and `<CR>.<CR><LF>` are the smuggling sequences).
        case lineStartAfterBareEnding
        case midLine
        case afterCR
        case dotAtLineStart
        case dotThenCR
    }

    public let maxMessageSize: Int
    public let bareLineEndings: BareLineEndingPolicy
    public let lineLimit: Int

    private var state: State = .lineStart
    private var lineLength = 0
    public private(set) var outcome: DataOutcome = .accepted
    /// Octets read from the wire in this DATA section.
    public private(set) var wireBytes = 0
    /// Octets of message produced (after un-stuffing and normalisation).
    public private(set) var messageBytes = 0

    public init(
        maxMessageSize: Int, bareLineEndings: BareLineEndingPolicy = .reject,
        lineLimit: Int = SMTPLimits.textLineLength
    ) {
        self.maxMessageSize = maxMessageSize
        self.bareLineEndings = bareLineEndings
        self.lineLimit = lineLimit
    }

    private var collecting: Bool { outcome == .accepted }

    private mutating func violate(_ what: DataOutcome) {
        if outcome == .accepted { outcome = what }
    }

    private mutating func emit<C: RandomAccessCollection>(_ bytes: C, into output: inout [UInt8])
    where C.Element == UInt8 {
        guard collecting else { return }
        if messageBytes + bytes.count > maxMessageSize {
            violate(.tooLarge)
            return
        }
        messageBytes += bytes.count
        output.append(contentsOf: bytes)
    }

    private mutating func emitByte(_ byte: UInt8, into output: inout [UInt8]) {
        emit(CollectionOfOne(byte), into: &output)
    }

    private static let crlf: [UInt8] = [13, 10]

    private mutating func endLine(into output: inout [UInt8]) {
        emit(Self.crlf, into: &output)
        lineLength = 0
        state = .lineStart
    }

    private mutating func countLineOctet() {
        lineLength += 1
        if lineLength > lineLimit - 2 { violate(.lineTooLong) }
    }

    private mutating func bareEnding(into output: inout [UInt8]) {
        switch bareLineEndings {
        case .reject: violate(.bareLineEnding)
        case .normalize: break
        }
        endLine(into: &output)
        state = .lineStartAfterBareEnding
    }

    /// Consumes from `bytes`, appending message octets to `output`. Returns the number of bytes
    /// consumed and whether the terminating `CRLF.CRLF` was seen (bytes after it are not consumed).
    public mutating func consume<C: RandomAccessCollection>(_ bytes: C, into output: inout [UInt8])
        -> (consumed: Int, finished: Bool)
    where C.Element == UInt8, C.Index == Int {
        var index = bytes.startIndex
        let end = bytes.endIndex
        while index < end {
            let byte = bytes[index]
            switch state {
            case .midLine:
                // Fast path: copy the run up to the next CR, LF or NUL.
                var runEnd = index
                while runEnd < end {
                    let b = bytes[runEnd]
                    if b == 13 || b == 10 || b == 0 { break }
                    runEnd += 1
                }
                if runEnd > index {
                    let count = runEnd - index
                    lineLength += count
                    if lineLength > lineLimit - 2 { violate(.lineTooLong) }
                    emit(bytes[index..<runEnd], into: &output)
                    index = runEnd
                    continue
                }
                index += 1
                handleSpecial(byte, into: &output)
            case .lineStart:
                index += 1
                if byte == UInt8(ascii: ".") {
                    countLineOctet()
                    state = .dotAtLineStart
                } else {
                    handleSpecialOrText(byte, into: &output)
                }
            case .lineStartAfterBareEnding:
                index += 1
                handleSpecialOrText(byte, into: &output)
            case .afterCR:
                if byte == 10 {
                    index += 1
                    endLine(into: &output)
                } else {
                    // bare CR: end the line as policy says, re-read this byte at line start.
                    bareEnding(into: &output)
                }
            case .dotAtLineStart:
                if byte == 13 {
                    index += 1
                    state = .dotThenCR
                } else if byte == 10 {
                    index += 1
                    // "." then bare LF: never the end of data.
                    emitByte(UInt8(ascii: "."), into: &output)
                    bareEnding(into: &output)
                } else {
                    // A stuffed dot: drop it; the byte is ordinary line content.
                    state = .midLine
                }
            case .dotThenCR:
                if byte == 10 {
                    index += 1
                    wireBytes += index - bytes.startIndex
                    state = .lineStart
                    lineLength = 0
                    return (index - bytes.startIndex, true)
                }
                // "." CR x: the dot was stuffed, the CR is bare.
                bareEnding(into: &output)
            }
        }
        wireBytes += index - bytes.startIndex
        return (index - bytes.startIndex, false)
    }

    private mutating func handleSpecialOrText(_ byte: UInt8, into output: inout [UInt8]) {
        if byte == 13 || byte == 10 || byte == 0 {
            handleSpecial(byte, into: &output)
        } else {
            countLineOctet()
            emitByte(byte, into: &output)
            state = .midLine
        }
    }

    private mutating func handleSpecial(_ byte: UInt8, into output: inout [UInt8]) {
        switch byte {
        case 13:
            state = .afterCR
        case 10:
            bareEnding(into: &output)
        default:  // NUL
            violate(.containsNUL)
            countLineOctet()
            state = .midLine
        }
    }
}

/// Prepares a message for sending (RFC 5321 §4.5.2): every line ends in CRLF (a bare CR or LF
/// becomes CRLF), a line longer than `maxLineLength` octets is broken by inserting CRLF SPACE
/// (Postfix's `smtp_line_length_limit`, so MIME survives), a line starting with "." gets another
/// one (counted in the line's length: the limit is on the wire), and the terminator is appended.
/// One pass, linear.
public enum DotStuffing {
    /// RFC 5321 §4.5.3.1.6: 998 octets plus CRLF.
    public static let maxLineLength = 998

    public static func stuff(_ message: [UInt8], maxLineLength: Int = DotStuffing.maxLineLength) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(message.count + message.count / 64 + 64)
        var lineLength = 0
        var index = 0
        while index < message.count {
            let byte = message[index]
            index += 1
            if byte == 13 || byte == 10 {
                // CRLF, bare CR, bare LF: all one line end.
                if byte == 13, index < message.count, message[index] == 10 { index += 1 }
                out.append(13)
                out.append(10)
                lineLength = 0
                continue
            }
            if lineLength >= maxLineLength {
                out.append(contentsOf: [13, 10, 32])
                lineLength = 1
            }
            if lineLength == 0 && byte == UInt8(ascii: ".") {
                // The added dot is on the wire too: it counts toward the 998 (found by FuzzSMTPProtocol).
                out.append(UInt8(ascii: "."))
                lineLength += 1
            }
            out.append(byte)
            lineLength += 1
        }
        if lineLength > 0 { out.append(contentsOf: [13, 10]) }
        out.append(contentsOf: [UInt8(ascii: "."), 13, 10])
        return out
    }
}
