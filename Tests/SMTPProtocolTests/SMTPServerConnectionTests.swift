import Testing

@testable import SMTPProtocol

/// Drives an `SMTPServerConnection` the way the NIO handler does: a buffer the connection reads
/// from, every outstanding action answered at once (unless `answers` is off), and a transcript of
/// what it did — replies as "code enhanced", a message's octets as one entry when it is enqueued or
/// discarded by policy. (What a refused message had produced before its refusal depends on where
/// the reads split it, and is thrown away.)
struct ConnectionDriver {
    var connection: SMTPServerConnection
    var buffer: [UInt8] = []
    var transcript: [String] = []
    var answers = true
    /// Idle steps that left octets in the buffer, with how many (checks the bound).
    var leftBehind: [Int] = []
    var message: [UInt8] = []

    init(_ listener: ListenerKind = .mx, tls: Bool = false, lineLimit: Int = 64, maxMessageSize: Int = 1_000,
         bareLineEndings: BareLineEndingPolicy = .normalize, maxErrors: Int = 20, dataHardLimit: Int? = nil) {
        connection = SMTPServerConnection(
            configuration: SMTPConnectionConfiguration(
                session: SMTPSessionConfiguration(
                    hostname: "mx.test", listener: listener, maxMessageSize: maxMessageSize, maxErrors: maxErrors),
                commandLineLimit: lineLimit, bareLineEndings: bareLineEndings, textLineLimit: 100,
                dataHardLimit: dataHardLimit),
            tlsActive: tls)
        record(connection.greet())
    }

    static func describe(_ reply: SMTPReply) -> String {
        reply.enhanced.map { "\(reply.code) \($0)" } ?? "\(reply.code)"
    }

    mutating func record(_ actions: [SMTPConnectionAction]) {
        for action in actions {
            switch action {
            case .reply(let reply): transcript.append(Self.describe(reply))
            case .close: transcript.append("close")
            case .startTLS(let discarded): transcript.append("starttls discard=\(discarded)")
            case .checkSender(let path):
                transcript.append("sender \(path)")
                if answers { record(connection.senderDecided(.accept)) }
            case .checkRecipient(let path):
                transcript.append("rcpt \(path)")
                if answers {
                    let nobody = path.description.contains("nobody")
                    record(connection.recipientDecided(
                        nobody ? .reject(.unknownUser) : .accept(address: path.description)))
                }
            case .verifyCredentials(let credentials):
                transcript.append("auth \(credentials.username)")
                if answers {
                    record(connection.authenticationFinished(user: credentials.password == "secret" ? credentials.username : nil))
                }
            case .beginMessage:
                transcript.append("begin")
                message = []
            case .messageData(let bytes):
                message += bytes
            case .enqueue(let transaction):
                transcript.append("data:" + String(decoding: message, as: UTF8.self))
                transcript.append("enqueue \(transaction.deliverableRecipients.map(\.address))")
                if answers { record(connection.messageQueued(id: "Q1")) }
            case .discardMessage(let reason):
                switch reason {
                case .policy: transcript += ["data:" + String(decoding: message, as: UTF8.self), "discard policy"]
                case .refused(let outcome, let wire): transcript.append("discard \(outcome) \(wire)")
                case .hardLimit(let wire): transcript.append("discard hard limit \(wire)")
                case .abandoned: transcript.append("discard abandoned")
                }
            }
        }
    }

    /// Adds `bytes` to the buffer and runs the connection until it waits.
    mutating func feed(_ bytes: [UInt8]) {
        buffer += bytes
        run()
    }

    mutating func feed(_ text: String) { feed(Array(text.utf8)) }

    mutating func run() {
        while true {
            let step = connection.next(in: buffer)
            #expect(step.consumed <= buffer.count)
            buffer.removeFirst(step.consumed)
            record(step.actions)
            if step.isIdle {
                if !buffer.isEmpty { leftBehind.append(buffer.count) }
                return
            }
        }
    }

    /// The transcript of `input` fed in the given pieces.
    static func transcript(_ input: [UInt8], splits: [Int], make: () -> ConnectionDriver) -> [String] {
        var driver = make()
        var start = 0
        for split in (splits + [input.count]).map({ min($0, input.count) }) where split >= start {
            driver.feed(Array(input[start..<split]))
            start = split
        }
        return driver.transcript
    }
}

struct SMTPServerConnectionTests {
    struct Script: Sendable, CustomStringConvertible {
        var name: String
        var listener: ListenerKind = .mx
        var tls = false
        var bareLineEndings: BareLineEndingPolicy = .normalize
        var input: String
        var expected: [String]
        var description: String { name }

        func driver() -> ConnectionDriver {
            ConnectionDriver(listener, tls: tls, bareLineEndings: bareLineEndings)
        }
    }

    static let login = Base64.encode(Array("alice@mx.test".utf8))
    static let password = Base64.encode(Array("secret".utf8))

    /// Byte inputs and the actions they lead to.
    static let scripts: [Script] = [
        Script(
            name: "pipelined transaction, dot-stuffing, QUIT",
            input: "EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<u@mx.test>\r\nRCPT TO:<nobody@mx.test>\r\nDATA\r\n"
                + "Subject: x\r\n\r\n..dot\r\n.\r\nQUIT\r\nNOOP\r\n",
            expected: [
                "220", "250", "sender <a@b.test>", "250 2.1.0", "rcpt <u@mx.test>", "250 2.1.5",
                "rcpt <nobody@mx.test>", "550 5.1.1", "354", "begin", "data:Subject: x\r\n\r\n.dot\r\n",
                "enqueue [\"<u@mx.test>\"]", "250 2.0.0", "221 2.0.0", "close",
            ]),
        Script(
            name: "errors and an over-long line keep the session in sync",
            input: "NOOP\r\nBOGUS\r\n" + String(repeating: "X", count: 150) + "\r\nHELO c\r\nMAIL FROM:<a@b.test> SIZE=1\r\n",
            expected: ["220", "250 2.0.0", "500 5.5.2", "500 5.5.2", "250", "555 5.5.4"]),
        Script(
            name: "bare LF smuggling is text when normalised",
            input: "EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\na\n.\nMAIL FROM:<e@x>\r\n.\r\nRSET\r\n",
            expected: [
                "220", "250", "sender <a@b.test>", "250 2.1.0", "rcpt <u@mx.test>", "250 2.1.5", "354", "begin",
                "data:a\r\n.\r\nMAIL FROM:<e@x>\r\n", "enqueue [\"<u@mx.test>\"]", "250 2.0.0", "250 2.0.0",
            ]),
        Script(
            name: "bare LF refused when the policy says reject",
            bareLineEndings: .reject,
            input: "EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\na\n.\r\n.\r\nNOOP\r\n",
            expected: [
                "220", "250", "sender <a@b.test>", "250 2.1.0", "rcpt <u@mx.test>", "250 2.1.5", "354", "begin",
                "discard bareLineEnding 8", "550 5.5.2", "250 2.0.0",
            ]),
        Script(
            name: "AUTH LOGIN exchange, then a transaction",
            listener: .submissions, tls: true,
            input: "EHLO c\r\nAUTH LOGIN\r\n\(login)\r\n\(password)\r\nMAIL FROM:<alice@mx.test>\r\n",
            expected: [
                "220", "250", "334", "334", "auth alice@mx.test", "235 2.7.0", "sender <alice@mx.test>", "250 2.1.0",
            ]),
        Script(
            name: "AUTH PLAIN cancelled, then refused",
            listener: .submissions, tls: true,
            input: "EHLO c\r\nAUTH PLAIN\r\n*\r\nAUTH PLAIN \(Base64.encode(Array("\u{0}bob\u{0}wrong".utf8)))\r\nNOOP\r\n",
            expected: ["220", "250", "334", "501 5.0.0", "auth bob", "535 5.7.8", "250 2.0.0"]),
        Script(
            name: "message over the size limit refused, session in sync",
            input: "HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\n"
                + String(repeating: String(repeating: "y", count: 60) + "\r\n", count: 20) + ".\r\nNOOP\r\n",
            expected: [
                "220", "250", "sender <>", "250 2.1.0", "rcpt <u@mx.test>", "250 2.1.5", "354", "begin",
                "discard tooLarge 1243", "552 5.3.4", "250 2.0.0",
            ]),
    ]

    @Test(arguments: scripts)
    func scriptWhole(_ script: Script) {
        let input = Array(script.input.utf8)
        #expect(ConnectionDriver.transcript(input, splits: [], make: script.driver) == script.expected)
    }

    /// The same transcript whatever the reads: split at every byte boundary, and byte by byte.
    @Test(arguments: scripts)
    func scriptSplitAtEveryBoundary(_ script: Script) {
        let input = Array(script.input.utf8)
        for split in 0...input.count {
            let transcript = ConnectionDriver.transcript(input, splits: [split], make: script.driver)
            #expect(transcript == script.expected, "split at \(split)")
            if transcript != script.expected { return }
        }
        #expect(ConnectionDriver.transcript(input, splits: Array(0..<input.count), make: script.driver) == script.expected)
    }

    /// What a connection leaves in the caller's buffer is never more than one command line.
    @Test(arguments: scripts)
    func bufferNeverHoldsMoreThanALine(_ script: Script) {
        var driver = script.driver()
        for byte in script.input.utf8 { driver.feed([byte]) }
        #expect(driver.leftBehind.allSatisfy { $0 <= 64 })
    }

    @Test func inputWaitsWhileAnActionIsOutstanding() {
        var driver = ConnectionDriver()
        driver.answers = false
        driver.feed("EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<u@mx.test>\r\nNOOP\r\n")
        #expect(driver.transcript == ["220", "250", "sender <a@b.test>"])
        #expect(driver.connection.mode == .waiting)
        #expect(driver.buffer.count == "RCPT TO:<u@mx.test>\r\nNOOP\r\n".utf8.count, "pipelined commands wait in the caller's buffer")
        #expect(driver.connection.next(in: driver.buffer).isIdle)
        // A wrong answer, or one not asked for, does nothing.
        #expect(driver.connection.recipientDecided(.accept(address: "x")) == [])
        #expect(driver.connection.messageQueued(id: "Q") == [])
        driver.record(driver.connection.senderDecided(.accept))
        driver.run()
        #expect(driver.transcript.suffix(2) == ["250 2.1.0", "rcpt <u@mx.test>"])
        driver.record(driver.connection.recipientDecided(.accept(address: "u@mx.test")))
        driver.run()
        #expect(driver.transcript.suffix(2) == ["250 2.1.5", "250 2.0.0"])
        #expect(driver.buffer.isEmpty)
        #expect(driver.connection.mode == .command)
    }

    @Test func connectingReadsNothingUntilTheGreeting() {
        var connection = SMTPServerConnection(
            configuration: SMTPConnectionConfiguration(session: SMTPSessionConfiguration(hostname: "mx.test", listener: .mx)))
        #expect(connection.mode == .connecting)
        #expect(connection.next(in: Array("EHLO c\r\n".utf8)).isIdle)
        #expect(connection.greet() == [.reply(SMTPReply(220, nil, "mx.test ESMTP Haetae"))])
        #expect(connection.greet() == [])
        #expect(connection.next(in: Array("EHLO c\r\n".utf8)).consumed == 8)
    }

    @Test func refusedAtConnect() {
        var connection = SMTPServerConnection(
            configuration: SMTPConnectionConfiguration(session: SMTPSessionConfiguration(hostname: "mx.test", listener: .mx)))
        #expect(connection.close(with: .tooManyConnections) == [.reply(.tooManyConnections), .close])
        #expect(connection.greet() == [])
        #expect(connection.isClosed)
    }

    /// RFC 3207 §4.2, CVE-2011-0411: plaintext pipelined after STARTTLS is consumed and dropped,
    /// nothing is read until the handshake, and the session starts over.
    @Test func startTLSDiscardsPipelinedPlaintext() {
        var driver = ConnectionDriver(.submission)
        let injected = "MAIL FROM:<evil@x.test>\r\nRCPT TO:<victim@x.test>\r\n"
        driver.feed("EHLO c\r\nSTARTTLS\r\n" + injected)
        #expect(driver.transcript == ["220", "250", "220 2.0.0", "starttls discard=\(injected.utf8.count)"])
        #expect(driver.buffer.isEmpty)
        #expect(driver.connection.mode == .awaitingTLS)
        driver.feed("EHLO c\r\n")
        #expect(driver.transcript.count == 4, "nothing is read before the handshake")
        driver.connection.tlsEstablished()
        #expect(driver.connection.session.tlsActive)
        #expect(driver.connection.session.heloName == nil)
        driver.buffer = []
        driver.feed("MAIL FROM:<a@b.test>\r\nSTARTTLS\r\n")
        #expect(driver.transcript.suffix(2) == ["503 5.5.1", "503 5.5.1"])
    }

    /// STARTTLS split at every boundary of the pipelined input: the command is answered the same
    /// way; only what was already buffered is discarded.
    @Test func startTLSSplitAtEveryBoundary() {
        let input = Array("EHLO c\r\nSTARTTLS\r\nNOOP\r\n".utf8)
        for split in 0...input.count {
            let transcript = ConnectionDriver.transcript(input, splits: [split]) { ConnectionDriver(.submission) }
            let discarded = split >= 18 ? split - 18 : 6
            #expect(transcript == ["220", "250", "220 2.0.0", "starttls discard=\(discarded)"], "split \(split)")
        }
    }

    @Test func overlongAuthResponseKeepsTheExchange() {
        var driver = ConnectionDriver(.submissions, tls: true)
        driver.feed("EHLO c\r\nAUTH PLAIN\r\n" + String(repeating: "A", count: 200) + "\r\n")
        #expect(driver.transcript == ["220", "250", "334", "500 5.5.2"])
        #expect(driver.connection.mode == .authResponse)
        driver.feed(Base64.encode(Array("\u{0}alice\u{0}secret".utf8)) + "\r\n")
        #expect(driver.transcript.suffix(2) == ["auth alice", "235 2.7.0"])
    }

    @Test func authResponseIsNeverShownAsACommand() {
        var connection = ConnectionDriver(.submissions, tls: true).connection
        _ = connection.next(in: Array("EHLO c\r\n".utf8))
        _ = connection.next(in: Array("AUTH LOGIN\r\n".utf8))
        let step = connection.next(in: Array("c2VjcmV0\r\n".utf8))
        #expect(step.input == .authResponse)
    }

    @Test func lockoutClosesAfterItsReply() {
        var driver = ConnectionDriver(.submissions, tls: true)
        driver.answers = false
        driver.feed("EHLO c\r\nAUTH PLAIN \(Base64.encode(Array("\u{0}alice\u{0}pw".utf8)))\r\nNOOP\r\n")
        let locked = SMTPReply(454, .init(4, 7, 0), "Too many failed authentication attempts")
        #expect(driver.connection.authenticationFinished(user: nil, failureReply: locked, close: true) == [.reply(locked), .close])
        #expect(driver.connection.next(in: driver.buffer).isIdle)
    }

    /// DATA with the dot-stuffing and the terminator split across reads at every boundary.
    @Test func dotStuffingSplitAcrossReads() {
        let body = "..a\r\n.\r\r\n...\r\nb.\r\n.x"
        let input = Array(("EHLO c\r\nMAIL FROM:<>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\n" + body + "\r\n.\r\nNOOP\r\n").utf8)
        let expected = [
            "220", "250", "sender <>", "250 2.1.0", "rcpt <u@mx.test>", "250 2.1.5", "354", "begin",
            "data:.a\r\n\r\n\r\n..\r\nb.\r\nx\r\n", "enqueue [\"<u@mx.test>\"]", "250 2.0.0", "250 2.0.0",
        ]
        for split in 0...input.count {
            for second in [split + 1, split + 3] {
                let transcript = ConnectionDriver.transcript(input, splits: [split, second]) { ConnectionDriver() }
                #expect(transcript == expected, "splits \(split), \(second)")
                if transcript != expected { return }
            }
        }
    }

    /// The command-line limit grows until it trips: content of limit - 2 octets passes.
    @Test func commandLineLimitGrowsUntilItTrips() {
        for length in 50...70 {
            var driver = ConnectionDriver()
            driver.feed("NOOP " + String(repeating: "a", count: length - 5) + "\r\n")
            #expect(driver.transcript.last == (length <= 62 ? "250 2.0.0" : "500 5.5.2"), "length \(length)")
        }
    }

    @Test func hardLimitClosesInTheMiddleOfData() {
        var driver = ConnectionDriver(maxMessageSize: 100, dataHardLimit: 300)
        driver.feed("HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\n")
        for _ in 0..<10 { driver.feed(String(repeating: "z", count: 48) + "\r\n") }
        #expect(driver.transcript.suffix(3) == ["discard hard limit 350", "552 5.3.4", "close"])
        driver.feed(".\r\nNOOP\r\n")
        #expect(driver.transcript.last == "close", "nothing after close")
        #expect(driver.connection.timedOut() == [])
        #expect(driver.connection.close(with: .timeout) == [])
    }

    @Test func timeoutInDataAbandonsTheMessage() {
        var driver = ConnectionDriver()
        driver.feed("HELO c\r\nMAIL FROM:<>\r\nRCPT TO:<u@mx.test>\r\nDATA\r\npartial")
        #expect(driver.connection.mode == .data)
        #expect(driver.connection.dataWireOctets == 7)
        #expect(driver.connection.timedOut() == [.discardMessage(.abandoned), .reply(.timeout), .close])
        #expect(driver.connection.mode == .closed)
    }

    @Test func tooManyErrorsClose() {
        var driver = ConnectionDriver(maxErrors: 3)
        driver.feed("A\r\nB\r\nC\r\nD\r\n")
        #expect(driver.transcript == ["220", "500 5.5.2", "500 5.5.2", "421 4.7.0", "close"])
        #expect(driver.buffer == Array("D\r\n".utf8))
    }

    @Test func discardPolicyDropsTheMessage() {
        var driver = ConnectionDriver()
        driver.answers = false
        driver.feed("HELO c\r\nMAIL FROM:<a@quiet.test>\r\n")
        driver.record(driver.connection.senderDecided(.discard))
        driver.feed("RCPT TO:<u@mx.test>\r\n")
        driver.record(driver.connection.recipientDecided(.accept(address: "u@mx.test")))
        driver.feed("DATA\r\nhi\r\n.\r\n")
        #expect(driver.transcript.suffix(4) == ["begin", "data:hi\r\n", "discard policy", "250 2.0.0"])
    }

    @Test func queueAnswers() {
        for (answer, expected) in [("refused", "554 5.7.1"), ("failed", "451 4.3.0")] {
            var driver = ConnectionDriver()
            driver.answers = false
            driver.feed("HELO c\r\nMAIL FROM:<>\r\n")
            driver.record(driver.connection.senderDecided(.accept))
            driver.feed("RCPT TO:<u@mx.test>\r\n")
            driver.record(driver.connection.recipientDecided(.accept(address: "u@mx.test")))
            driver.feed("DATA\r\nhi\r\n.\r\nNOOP\r\n")
            #expect(driver.connection.mode == .waiting)
            let actions = answer == "refused"
                ? driver.connection.messageRefused(SMTPReply(554, .init(5, 7, 1), "virus")) : driver.connection.queueFailed()
            driver.record(actions)
            driver.run()
            #expect(driver.transcript.suffix(2) == [expected, "250 2.0.0"])
        }
    }
}
