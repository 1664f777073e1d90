// libFuzzer target for the pure SMTP core: `SMTPServerConnection` — the same loop the NIO handler
// runs (framer, parser, session, DATA receiver, modes) — driven the way the handler drives it,
// plus the DATA receiver alone (both bare-line-ending policies) and a dot-stuffing round trip.
//
//   swift build --sanitize=fuzzer --product FuzzSMTPProtocol --scratch-path .build-fuzz -Xswiftc -DFUZZING
//   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/FuzzSMTPProtocol -max_total_time=60 -dict=fuzz/smtp.dict CORPUS fuzz/smtp-seeds
//
// `fuzz/smtp-seeds` holds hand-written sessions and the inputs of past findings (replay them
// after a change: `$(swift build --show-bin-path)/FuzzSMTPProtocol fuzz/smtp-seeds/*`).
// Without -DFUZZING it builds a replayer: `FuzzSMTPProtocol FILE…` runs each file once.
//
// Input: byte 0 picks the listener, TLS and the bare-line-ending policy; byte 1 seeds the sizes
// of the reads; the rest is what the client sends. Invariants checked (a failed `precondition`
// is a finding):
// - a step consumes at most what it is given, and nothing while connecting, waiting for an
//   answer, waiting for TLS or closed;
// - every command line, AUTH response and over-long line gets exactly one reply (after the
//   answers to its checks); a DATA section gets exactly one when it ends; the greeting is one;
// - nothing follows `.close`, and a closed connection neither reads nor answers;
// - when the connection waits for input it leaves at most one command line in the caller's
//   buffer (nothing in DATA), and message data is never more than twice the octets consumed;
// - the input fed in one piece or in reads of any size gives the same actions (up to STARTTLS,
//   after which what was already buffered is discarded);
// - an accepted message holds no bare CR or LF and is at most `maxMessageSize`;
// - a message dot-stuffed by `DotStuffing` comes out of DATA as it went in.
import SMTPProtocol

/// FNV-1a: a hash that is the same in every run (Swift's `Hasher` is seeded per process).
func stableHash(_ text: String) -> UInt64 {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return hash
}

/// The caller: a buffer the connection reads from, answers chosen from what is asked, and the
/// invariants above checked as it goes.
struct Runner {
    static let lineLimit = 256
    static let maxMessageSize = 4_096

    var connection: SMTPServerConnection
    var buffer: [UInt8] = []
    /// Every action, `.startTLS`'s count left out (it depends on the reads), a message's data as one
    /// action before its `.enqueue` (what a refused message produced before the refusal depends on
    /// the reads, and is thrown away).
    var transcript: [SMTPConnectionAction] = []
    /// The transcript up to the first STARTTLS (compared between runs).
    var beforeTLS: [SMTPConnectionAction]?
    var closed = false
    var replies = 0
    var message: [UInt8] = []
    var messages: [[UInt8]] = []
    /// Accept every sender, recipient and message (the round trip).
    var acceptAll = false

    init(listener: ListenerKind, tls: Bool, policy: BareLineEndingPolicy) {
        connection = SMTPServerConnection(
            configuration: SMTPConnectionConfiguration(
                session: SMTPSessionConfiguration(
                    hostname: "fuzz.test", listener: listener, maxMessageSize: Self.maxMessageSize, maxRecipients: 5,
                    maxRecipientsPerSession: 12, maxErrors: 8),
                commandLineLimit: Self.lineLimit, bareLineEndings: policy, textLineLimit: 1_000,
                dataHardLimit: 3 * Self.maxMessageSize),
            tlsActive: tls)
        precondition(connection.next(in: Array("NOOP\r\n".utf8)).isIdle, "read while connecting")
        take(connection.greet())
        precondition(replies == 1, "one greeting")
    }

    /// Executes actions as the handler would, answering checks at once.
    mutating func take(_ actions: [SMTPConnectionAction]) {
        for action in actions {
            precondition(!closed, "an action after close")
            switch action {
            case .reply(let reply):
                precondition((200..<600).contains(reply.code), "reply code")
                replies += 1
                transcript.append(action)
            case .close:
                closed = true
                transcript.append(action)
            case .startTLS:
                precondition(connection.mode == .awaitingTLS)
                precondition(connection.next(in: buffer).isIdle, "read before the handshake")
                if beforeTLS == nil { beforeTLS = transcript }
                transcript.append(.startTLS(discardedOctets: 0))
                connection.tlsEstablished()
            case .messageData(let bytes):
                message += bytes
                precondition(message.count <= Self.maxMessageSize, "message over the limit")
            case .beginMessage:
                message = []
                transcript.append(action)
            case .discardMessage:
                message = []
                transcript.append(action)
            case .checkSender(let path):
                transcript.append(action)
                checkWaiting()
                let hash = acceptAll ? 1 : stableHash(path.description)
                take(connection.senderDecided(
                    hash % 5 == 0 ? .reject(SMTPReply(553, .init(5, 7, 1), "no")) : hash % 7 == 0 ? .discard : .accept))
            case .checkRecipient(let path):
                transcript.append(action)
                checkWaiting()
                let hash = acceptAll ? 1 : stableHash(path.description)
                let address = path.description.lowercased()
                take(connection.recipientDecided(
                    hash % 3 == 0 ? .reject(.unknownUser) : hash % 3 == 1 ? .accept(address: address) : .discard(address: address)))
            case .verifyCredentials(let credentials):
                transcript.append(action)
                checkWaiting()
                let hash = stableHash(credentials.username + "\u{0}" + credentials.password)
                if hash % 13 == 0 {
                    take(connection.authenticationFinished(
                        user: nil, failureReply: SMTPReply(454, .init(4, 7, 0), "locked"), close: true))
                } else {
                    take(connection.authenticationFinished(user: hash % 2 == 0 ? credentials.username : nil))
                }
            case .enqueue(let transaction):
                transcript += [.messageData(message), action]
                checkWaiting()
                precondition(!transaction.deliverableRecipients.isEmpty, "enqueue with nobody to deliver to")
                checkLineEndings(message)
                messages.append(message)
                switch acceptAll ? 2 : message.count % 3 {
                case 0: take(connection.messageRefused(SMTPReply(554, .init(5, 7, 1), "content")))
                case 1: take(connection.queueFailed())
                default: take(connection.messageQueued(id: "Q\(messages.count)"))
                }
            }
        }
    }

    /// While a check is outstanding nothing is read, and no other answer is taken.
    func checkWaiting() {
        precondition(connection.mode == .waiting, "an outstanding action but not waiting")
        var copy = connection
        precondition(copy.next(in: buffer).isIdle, "read while waiting for an answer")
        precondition(copy.messageQueued(id: "X").isEmpty || connection.session.phase == .awaitingQueue)
    }

    func checkLineEndings(_ message: [UInt8]) {
        for (index, byte) in message.enumerated() {
            if byte == 10 { precondition(index > 0 && message[index - 1] == 13, "bare LF in a message") }
            if byte == 13 { precondition(index + 1 < message.count && message[index + 1] == 10, "bare CR in a message") }
        }
    }

    /// Adds `bytes` to the buffer and runs the connection until it waits.
    mutating func feed(_ bytes: ArraySlice<UInt8>) {
        buffer += bytes
        var steps = 0
        while steps < 100_000 {
            steps += 1
            let modeBefore = connection.mode
            let repliesBefore = replies
            let step = connection.next(in: buffer)
            precondition(step.consumed <= buffer.count, "consumed more than given")
            if [.connecting, .waiting, .awaitingTLS, .closed].contains(modeBefore) {
                precondition(step.isIdle, "read in mode \(modeBefore)")
            }
            if case .messageData(let bytes) = step.actions.first {
                // A bare CR or LF becomes CRLF; a dot held at a line start from the step before comes out too.
                precondition(bytes.count <= 2 * step.consumed + 1, "message data out of proportion")
            }
            buffer.removeFirst(step.consumed)
            take(step.actions)
            let stepReplies = replies - repliesBefore
            switch step.input {
            case .command, .authResponse, .overlongLine:
                precondition(stepReplies == 1, "a line got \(stepReplies) replies")
            case .messageData:
                let ended = connection.mode != .data
                precondition(stepReplies == (ended ? 1 : 0), "a DATA step got \(stepReplies) replies")
            case nil:
                precondition(stepReplies == 0, "a reply for nothing read")
            }
            if step.isIdle {
                switch connection.mode {
                case .command, .authResponse:
                    precondition(buffer.count <= Self.lineLimit, "more than a line left in the buffer")
                case .data:
                    precondition(buffer.isEmpty, "DATA left input in the buffer")
                default:
                    break
                }
                return
            }
        }
    }

    mutating func finish() {
        if closed {
            precondition(connection.next(in: Array("NOOP\r\n".utf8)).isIdle)
            precondition(connection.timedOut().isEmpty && connection.close(with: .timeout).isEmpty)
            precondition(connection.greet().isEmpty && connection.queueFailed().isEmpty)
        } else {
            let wasData = connection.mode == .data
            let last = connection.timedOut()
            precondition(last.suffix(2) == [.reply(.timeout), .close], "a timeout closes with 421")
            precondition((last.first == .discardMessage(.abandoned)) == wasData)
        }
    }
}

func fuzzOne(_ bytes: [UInt8]) {
    guard bytes.count >= 2 else { return }
    let control = bytes[0]
    let listener = [ListenerKind.mx, .submission, .submissions][Int(control % 3)]
    let tls = listener == .submissions || control & 4 != 0
    let policy: BareLineEndingPolicy = control & 8 != 0 ? .reject : .normalize
    let input = bytes[2...]

    // 1. The connection with all the input at once, and in reads of sizes seeded by byte 1.
    var whole = Runner(listener: listener, tls: tls, policy: policy)
    whole.feed(input)
    whole.finish()
    var pieces = Runner(listener: listener, tls: tls, policy: policy)
    var seed = UInt32(bytes[1]) | 1
    var offset = input.startIndex
    while offset < input.endIndex {
        seed = seed &* 1_103_515_245 &+ 12_345
        let size = 1 + Int((seed >> 16) % (control & 16 != 0 ? 7 : 300))
        let end = min(input.endIndex, offset + size)
        pieces.feed(input[offset..<end])
        offset = end
    }
    pieces.finish()
    if let wholeBefore = whole.beforeTLS {
        precondition(pieces.beforeTLS == wholeBefore, "the reads changed the actions before STARTTLS")
    } else if pieces.beforeTLS == nil {
        precondition(pieces.transcript == whole.transcript, "the reads changed the actions")
    }

    // 2. The DATA receiver alone, both policies; output never holds a bare CR or LF.
    for policy in BareLineEndingPolicy.allCases {
        var receiver = DataReceiver(maxMessageSize: 1 << 20, bareLineEndings: policy)
        var output: [UInt8] = []
        _ = receiver.consume(bytes, into: &output)
        if receiver.outcome == .accepted { whole.checkLineEndings(output) }
    }

    // 3. A message dot-stuffed for sending comes out of DATA as it went in, whatever the reads.
    let body = input.map { $0 == 0 ? UInt8(ascii: " ") : $0 }
    let stuffed = DotStuffing.stuff(body)
    var expected: [UInt8] = []
    var lineStart = true
    for byte in stuffed.dropLast(3) {
        if lineStart && byte == UInt8(ascii: ".") {
            lineStart = false
            continue
        }
        expected.append(byte)
        lineStart = byte == 10
    }
    var roundTrip = Runner(listener: .mx, tls: false, policy: .reject)
    roundTrip.acceptAll = true
    roundTrip.feed(ArraySlice("HELO f\r\nMAIL FROM:<>\r\nRCPT TO:<postmaster>\r\nDATA\r\n".utf8))
    precondition(roundTrip.connection.mode == .data)
    var start = 0
    var step = Int(control % 13) + 1
    while start < stuffed.count {
        let end = min(stuffed.count, start + step)
        roundTrip.feed(stuffed[start..<end])
        start = end
        step = step % 61 + 7
    }
    if expected.count <= Runner.maxMessageSize {
        precondition(roundTrip.messages.last == expected, "dot-stuffing round trip")
        precondition(roundTrip.connection.mode != .data, "the terminator was not seen")
    }
}

#if FUZZING
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzEntry(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    fuzzOne(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
#else
import Foundation

@main
struct Replay {
    static func main() {
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else { continue }
            fuzzOne(Array(data))
        }
    }
}
#endif
