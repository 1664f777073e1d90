// libFuzzer target for the pure SMTP core: the command parser, the command-line framer, the DATA
// receiver (both bare-line-ending policies) and the session state machine.
//
//   swift build --sanitize=fuzzer --product FuzzSMTPProtocol --scratch-path .build-fuzz -Xswiftc -DFUZZING
//   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/FuzzSMTPProtocol -max_total_time=60 -dict=fuzz/smtp.dict
//
// Without -DFUZZING it builds a replayer: `FuzzSMTPProtocol FILE…` runs each file once.
import SMTPProtocol

func fuzzOne(_ bytes: [UInt8]) {
    // 1. Framer + parser + session, as the NIO handler drives them (without I/O).
    var framer = CommandLineFramer(limit: 256)
    var session = SMTPSession(
        configuration: SMTPSessionConfiguration(hostname: "fuzz.test", listener: .submission, maxMessageSize: 4096),
        tlsActive: bytes.first.map { $0 & 1 == 1 } ?? false)
    var offset = 0
    var steps = 0
    while offset < bytes.count && steps < 10_000 {
        steps += 1
        let (consumed, outcome) = framer.next(in: bytes[offset...])
        offset += consumed
        guard case .line(let line) = outcome else {
            if outcome == .needMoreData { break }
            _ = session.commandLineTooLong()
            continue
        }
        var action: SMTPSessionAction
        if session.expectsAuthResponse {
            action = session.receiveAuthResponse(line)
        } else {
            action = session.receive(SMTPCommandParser.parse(line))
        }
        switch action {
        case .checkRecipient(let path):
            action = session.recipientDecided(path, line.count % 2 == 0 ? .accept(address: "a@b") : .reject(.unknownUser))
        case .verifyCredentials(let credentials):
            action = session.authenticationFinished(user: credentials.password.count % 2 == 0 ? credentials.username : nil)
        case .receiveData:
            var receiver = DataReceiver(maxMessageSize: 4096)
            var output: [UInt8] = []
            let (used, finished) = receiver.consume(bytes[offset...], into: &output)
            offset += used
            if finished {
                if case .enqueue = session.dataReceived(receiver.outcome) { _ = session.messageQueued(id: "Q") }
            }
        case .startTLS:
            session.tlsEstablished()
        default:
            break
        }
        if session.phase == .closed { break }
    }
    // 2. The DATA receiver alone, both policies; output never holds a bare CR or LF.
    for policy in BareLineEndingPolicy.allCases {
        var receiver = DataReceiver(maxMessageSize: 1 << 20, bareLineEndings: policy)
        var output: [UInt8] = []
        _ = receiver.consume(bytes, into: &output)
        if receiver.outcome == .accepted {
            for (index, byte) in output.enumerated() {
                if byte == 10 { precondition(index > 0 && output[index - 1] == 13, "bare LF in output") }
                if byte == 13 { precondition(index + 1 < output.count && output[index + 1] == 10, "bare CR in output") }
            }
        }
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
