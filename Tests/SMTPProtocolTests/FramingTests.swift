import Testing

@testable import SMTPProtocol

struct CommandLineFramerTests {
    /// Feeds `input` in chunks of `chunk` bytes, collecting outcomes.
    static func frame(_ input: [UInt8], chunk: Int, limit: Int = 64) -> [CommandLineFramer.Outcome] {
        var framer = CommandLineFramer(limit: limit)
        var buffer: [UInt8] = []
        var outcomes: [CommandLineFramer.Outcome] = []
        var offset = 0
        while offset < input.count {
            let end = min(input.count, offset + chunk)
            buffer += input[offset..<end]
            offset = end
            while true {
                let (consumed, outcome) = framer.next(in: buffer)
                buffer.removeFirst(consumed)
                if outcome == .needMoreData { break }
                outcomes.append(outcome)
            }
        }
        return outcomes
    }

    @Test(arguments: [1, 2, 3, 7, 1000])
    func splitsLinesWhateverTheChunking(chunk: Int) {
        let input = Array("EHLO a\r\nMAIL FROM:<a@b>\r\nNOOP\n".utf8)
        #expect(Self.frame(input, chunk: chunk) == [
            .line(Array("EHLO a".utf8)), .line(Array("MAIL FROM:<a@b>".utf8)), .line(Array("NOOP".utf8)),
        ])
    }

    @Test(arguments: [1, 5, 100])
    func overlongLineReportedOnceAndDiscarded(chunk: Int) {
        let input = Array((String(repeating: "X", count: 500) + "\r\nNOOP\r\n").utf8)
        #expect(Self.frame(input, chunk: chunk) == [.lineTooLong, .line(Array("NOOP".utf8))])
    }

    @Test func limitGrowsUntilItTrips() {
        // Line content of limit-2 octets (plus CRLF) is allowed; one more is not.
        for length in 50...70 {
            let input = Array((String(repeating: "A", count: length) + "\r\n").utf8)
            let outcome = Self.frame(input, chunk: 1000)
            if length <= 62 {
                #expect(outcome == [.line(Array(repeating: 65, count: length))], "length \(length)")
            } else {
                #expect(outcome == [.lineTooLong], "length \(length)")
            }
        }
    }
}

struct DataReceiverTests {
    struct Result: Equatable {
        var message: String
        var outcome: DataOutcome
        var finished: Bool
        var rest: String
    }

    static func receive(
        _ input: String, chunk: Int = 100_000, policy: BareLineEndingPolicy = .reject, max: Int = 10_000
    ) -> Result {
        let bytes = Array(input.utf8)
        var receiver = DataReceiver(maxMessageSize: max, bareLineEndings: policy)
        var output: [UInt8] = []
        var offset = 0
        var pending: [UInt8] = []
        while offset < bytes.count || !pending.isEmpty {
            if offset < bytes.count {
                let end = min(bytes.count, offset + chunk)
                pending += bytes[offset..<end]
                offset = end
            }
            let (consumed, finished) = receiver.consume(pending, into: &output)
            pending.removeFirst(consumed)
            if finished {
                return Result(
                    message: String(decoding: output, as: UTF8.self), outcome: receiver.outcome, finished: true,
                    rest: String(decoding: pending + bytes[offset...], as: UTF8.self))
            }
            if offset >= bytes.count { break }
        }
        return Result(message: String(decoding: output, as: UTF8.self), outcome: receiver.outcome, finished: false, rest: "")
    }

    @Test(arguments: [1, 2, 3, 5, 100_000])
    func endsOnlyAtCRLFDotCRLF(chunk: Int) {
        let result = Self.receive("Subject: x\r\n\r\nbody\r\n.\r\nQUIT\r\n", chunk: chunk)
        #expect(result == Result(message: "Subject: x\r\n\r\nbody\r\n", outcome: .accepted, finished: true, rest: "QUIT\r\n"))
    }

    @Test(arguments: [1, 4, 100_000])
    func removesDotStuffing(chunk: Int) {
        let result = Self.receive("..leading\r\n...two\r\n.\r\n", chunk: chunk)
        #expect(result.message == ".leading\r\n..two\r\n")
        #expect(result.outcome == .accepted)
    }

    @Test func emptyMessage() {
        #expect(Self.receive(".\r\n") == Result(message: "", outcome: .accepted, finished: true, rest: ""))
    }

    /// SMTP smuggling (CVE-2023-51764 and friends): none of these end DATA.
    @Test(arguments: [
        "a\n.\nMAIL FROM:<x@y>\r\n",
        "a\n.\r\nMAIL FROM:<x@y>\r\n",
        "a\r\n.\nMAIL FROM:<x@y>\r\n",
        "a\r.\rMAIL FROM:<x@y>\r\n",
        "a\r.\r\nMAIL FROM:<x@y>\r\n",
    ])
    func smugglingSequencesDoNotEndData(_ prefix: String) {
        let result = Self.receive(prefix + "x\r\n.\r\n")
        #expect(result.finished)
        #expect(result.rest == "")
        #expect(result.outcome == .bareLineEnding)
    }

    @Test func smugglingNormalisedStaysInsideTheMessage() {
        let result = Self.receive("a\n.\nMAIL FROM:<x@y>\r\n.\r\n", policy: .normalize)
        #expect(result.outcome == .accepted)
        #expect(result.rest == "")
        #expect(result.message == "a\r\n.\r\nMAIL FROM:<x@y>\r\n")
    }

    @Test func bareLFRejectedByDefaultNormalisedOnRequest() {
        #expect(Self.receive("a\nb\r\n.\r\n").outcome == .bareLineEnding)
        #expect(Self.receive("a\rb\r\n.\r\n").outcome == .bareLineEnding)
        let normalised = Self.receive("a\nb\rc\r\n.\r\n", policy: .normalize)
        #expect(normalised.outcome == .accepted)
        #expect(normalised.message == "a\r\nb\r\nc\r\n")
    }

    @Test func nulRejected() {
        #expect(Self.receive("a\u{0}b\r\n.\r\n").outcome == .containsNUL)
    }

    @Test func textLineLimitGrowsUntilItTrips() {
        for length in 995...1002 {
            let result = Self.receive(String(repeating: "x", count: length) + "\r\n.\r\n", max: 100_000)
            #expect(result.finished)
            #expect(result.outcome == (length <= 998 ? .accepted : .lineTooLong), "length \(length)")
        }
        // A stuffed dot counts on the wire.
        #expect(Self.receive("." + String(repeating: "x", count: 998) + "\r\n.\r\n", max: 100_000).outcome == .lineTooLong)
    }

    @Test func sizeLimitGrowsUntilItTrips() {
        for size in 95...105 {
            // Each line is 10 octets with CRLF.
            let line = "123456789\r\n"
            let body = String(repeating: line, count: size / 11) + String(repeating: "y", count: size % 11)
            let input = body + (size % 11 == 0 ? "" : "\r\n") + ".\r\n"
            let result = Self.receive(input, max: 100)
            let produced = Array(body.utf8).count + (size % 11 == 0 ? 0 : 2)
            #expect(result.finished)
            #expect(result.outcome == (produced <= 100 ? .accepted : .tooLarge), "size \(produced)")
        }
    }

    @Test func dotStuffingRoundTrips() {
        let messages = ["", "a\r\n", ".\r\n", "..\r\n", "a\r\n.b\r\n..c\r\n", ".\r\n.\r\n", "no final newline"]
        for message in messages {
            let stuffed = DotStuffing.stuff(Array(message.utf8))
            var receiver = DataReceiver(maxMessageSize: 1000)
            var out: [UInt8] = []
            let (consumed, finished) = receiver.consume(stuffed, into: &out)
            #expect(finished)
            #expect(consumed == stuffed.count)
            let expected = message.hasSuffix("\r\n") || message.isEmpty ? message : message + "\r\n"
            #expect(String(decoding: out, as: UTF8.self) == expected)
        }
    }
}
