import Testing

@testable import SMTPProtocol

struct SMTPSessionTests {
    static func session(_ listener: ListenerKind = .mx, tls: Bool = false, maxRecipients: Int = 100, maxErrors: Int = 20)
        -> SMTPSession
    {
        SMTPSession(
            configuration: SMTPSessionConfiguration(
                hostname: "mx.test", listener: listener, maxMessageSize: 1000, maxRecipients: maxRecipients,
                maxErrors: maxErrors),
            tlsActive: tls)
    }

    /// Sends a line; a sender check is answered with `accept` (tests of sender decisions call
    /// `receive` directly).
    static func send(_ session: inout SMTPSession, _ line: String) -> SMTPSessionAction {
        let action = session.receive(SMTPCommandParser.parse(Array(line.utf8)))
        if case .checkSender = action { return session.senderDecided(.accept) }
        return action
    }

    static func code(_ action: SMTPSessionAction) -> String {
        switch action {
        case .reply(let reply), .replyAndClose(let reply), .startTLS(let reply), .receiveData(let reply):
            return "\(reply.code) \(reply.enhanced?.description ?? "")".trimmingSuffixSpace
        case .checkRecipient: return "check"
        case .verifyCredentials: return "verify"
        case .enqueue: return "enqueue"
        case .checkSender: return "sender"
        case .discardMessage: return "discard"
        }
    }

    @Test func fullTransaction() {
        var s = Self.session()
        #expect(Self.code(Self.send(&s, "EHLO c.test")) == "250")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test> SIZE=10")) == "250 2.1.0")
        guard case .checkRecipient(let path) = Self.send(&s, "RCPT TO:<u@mx.test>") else {
            Issue.record("expected a recipient check")
            return
        }
        #expect(Self.code(s.recipientDecided(path, .accept(address: "u@mx.test"))) == "250 2.1.5")
        #expect(Self.code(Self.send(&s, "DATA")) == "354")
        guard case .enqueue(let transaction) = s.dataReceived(.accepted) else {
            Issue.record("expected enqueue")
            return
        }
        #expect(transaction.recipients.map(\.address) == ["u@mx.test"])
        #expect(transaction.declaredSize == 10)
        #expect(Self.code(s.messageQueued(id: "Q1")) == "250 2.0.0")
        #expect(s.phase == .ready)
        #expect(s.transaction == nil)
    }

    /// Out-of-order commands: 503 5.5.1 (RFC 5321 §4.1.4).
    @Test func badSequence() {
        var s = Self.session()
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test>")) == "503 5.5.1")
        #expect(Self.code(Self.send(&s, "RCPT TO:<a@b.test>")) == "503 5.5.1")
        #expect(Self.code(Self.send(&s, "DATA")) == "503 5.5.1")
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "RCPT TO:<a@b.test>")) == "503 5.5.1")
        #expect(Self.code(Self.send(&s, "DATA")) == "503 5.5.1")
        _ = Self.send(&s, "MAIL FROM:<a@b.test>")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test>")) == "503 5.5.1")
        #expect(Self.code(Self.send(&s, "DATA")) == "554 5.5.1", "no valid recipients")
        #expect(Self.code(Self.send(&s, "RSET")) == "250 2.0.0")
        #expect(Self.code(Self.send(&s, "DATA")) == "503 5.5.1")
    }

    @Test func ehloAdvertisesExtensions() {
        var s = Self.session(.submission)
        guard case .reply(let reply) = Self.send(&s, "EHLO c") else { return }
        #expect(reply.lines.contains("PIPELINING"))
        #expect(reply.lines.contains("SIZE 1000"))
        #expect(reply.lines.contains("8BITMIME"))
        #expect(reply.lines.contains("ENHANCEDSTATUSCODES"))
        #expect(reply.lines.contains("SMTPUTF8"))
        #expect(reply.lines.contains("STARTTLS"))
        #expect(!reply.lines.contains { $0.hasPrefix("AUTH") }, "no AUTH before TLS")
        s.tlsEstablished()
        guard case .reply(let after) = Self.send(&s, "EHLO c") else { return }
        #expect(!after.lines.contains("STARTTLS"))
        #expect(after.lines.contains("AUTH PLAIN LOGIN"))
        var mx = Self.session(.mx, tls: true)
        guard case .reply(let mxReply) = Self.send(&mx, "EHLO c") else { return }
        #expect(!mxReply.lines.contains { $0.hasPrefix("AUTH") }, "no AUTH on MX")
    }

    @Test func authRequiresTLSOnSubmission() {
        var s = Self.session(.submission)
        _ = Self.send(&s, "EHLO c")
        let action = Self.send(&s, "AUTH PLAIN AGFAYgBj")
        #expect(action == .reply(.mustStartTLS))
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test>")) == "530 5.7.0")
    }

    @Test func authNotOnMX() {
        var s = Self.session(.mx, tls: true)
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "AUTH PLAIN AGFAYgBj")) == "503 5.5.1")
    }

    @Test func submissionNeedsAuthForMail() {
        var s = Self.session(.submission, tls: true)
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test>")) == "530 5.7.0")
    }

    @Test func authPlainInitialResponse() {
        var s = Self.session(.submissions, tls: true)
        _ = Self.send(&s, "EHLO c")
        let response = Base64.encode(Array("\u{0}alice@x.test\u{0}pw".utf8))
        guard case .verifyCredentials(let credentials) = Self.send(&s, "AUTH PLAIN \(response)") else {
            Issue.record("expected credentials")
            return
        }
        #expect(credentials.username == "alice@x.test")
        #expect(credentials.password == "pw")
        #expect(Self.code(s.authenticationFinished(user: "alice@x.test")) == "235 2.7.0")
        #expect(s.authenticatedUser == "alice@x.test")
        #expect(Self.code(Self.send(&s, "AUTH PLAIN \(response)")) == "503 5.5.1")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<alice@x.test>")) == "250 2.1.0")
    }

    @Test func authLoginExchange() {
        var s = Self.session(.submissions, tls: true)
        _ = Self.send(&s, "EHLO c")
        #expect(Self.send(&s, "AUTH LOGIN") == .reply(SMTPReply(334, nil, "VXNlcm5hbWU6")))
        #expect(s.expectsAuthResponse)
        #expect(s.receiveAuthResponse(Array(Base64.encode(Array("bob@x.test".utf8)).utf8)) == .reply(SMTPReply(334, nil, "UGFzc3dvcmQ6")))
        guard case .verifyCredentials(let credentials) = s.receiveAuthResponse(Array(Base64.encode(Array("pw".utf8)).utf8)) else {
            Issue.record("expected credentials")
            return
        }
        #expect(credentials.username == "bob@x.test")
        #expect(Self.code(s.authenticationFinished(user: nil)) == "535 5.7.8")
        #expect(s.authenticatedUser == nil)
    }

    @Test func authCancelAndGarbage() {
        var s = Self.session(.submissions, tls: true)
        _ = Self.send(&s, "EHLO c")
        _ = Self.send(&s, "AUTH PLAIN")
        #expect(Self.code(s.receiveAuthResponse(Array("*".utf8))) == "501 5.0.0")
        _ = Self.send(&s, "AUTH PLAIN")
        #expect(Self.code(s.receiveAuthResponse(Array("!!!".utf8))) == "501 5.5.2")
        #expect(Self.code(Self.send(&s, "AUTH CRAM-MD5")) == "504 5.5.4")
    }

    @Test func starttlsResetsState() {
        var s = Self.session(.submission)
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "STARTTLS")) == "220 2.0.0")
        s.tlsEstablished()
        #expect(s.heloName == nil)
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test>")) == "503 5.5.1")
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "STARTTLS")) == "503 5.5.1")
    }

    @Test func recipientCap() {
        var s = Self.session(maxRecipients: 2)
        _ = Self.send(&s, "EHLO c")
        _ = Self.send(&s, "MAIL FROM:<a@b.test>")
        for index in 0..<2 {
            guard case .checkRecipient(let path) = Self.send(&s, "RCPT TO:<u\(index)@mx.test>") else { return }
            _ = s.recipientDecided(path, .accept(address: "u\(index)@mx.test"))
        }
        #expect(Self.code(Self.send(&s, "RCPT TO:<u9@mx.test>")) == "452 4.5.3")
    }

    @Test func mailParameters() {
        var s = Self.session()
        _ = Self.send(&s, "EHLO c")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test> SIZE=1001")) == "552 5.3.4")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test> BODY=BINARYMIME")) == "555 5.5.4")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test> FOO=BAR")) == "555 5.5.4")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<a@b.test> SIZE=x")) == "501 5.5.4")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<김@b.test>")) == "553 5.6.7")
        #expect(Self.code(Self.send(&s, "MAIL FROM:<김@b.test> SMTPUTF8 BODY=8BITMIME")) == "250 2.1.0")
        #expect(s.transaction?.smtpUTF8 == true)
        #expect(s.transaction?.bodyType == .eightBitMIME)
        #expect(Self.code(Self.send(&s, "RCPT TO:<a@b.test> NOTIFY=NEVER")) == "555 5.5.4")
        var helo = Self.session()
        _ = Self.send(&helo, "HELO c")
        #expect(Self.code(Self.send(&helo, "MAIL FROM:<a@b.test> SIZE=10")) == "555 5.5.4")
    }

    @Test func errorLimitCloses() {
        var s = Self.session(maxErrors: 3)
        #expect(Self.code(Self.send(&s, "FOO")) == "500 5.5.2")
        #expect(Self.code(Self.send(&s, "BAR")) == "500 5.5.2")
        guard case .replyAndClose(let reply) = Self.send(&s, "BAZ") else {
            Issue.record("expected close")
            return
        }
        #expect(reply.code == 421)
        #expect(s.phase == .closed)
    }

    @Test func dataRejectionsResetTheTransaction() {
        for outcome in [DataOutcome.bareLineEnding, .tooLarge, .lineTooLong, .containsNUL] {
            var s = Self.session()
            _ = Self.send(&s, "EHLO c")
            _ = Self.send(&s, "MAIL FROM:<a@b.test>")
            guard case .checkRecipient(let path) = Self.send(&s, "RCPT TO:<u@mx.test>") else { return }
            _ = s.recipientDecided(path, .accept(address: "u@mx.test"))
            _ = Self.send(&s, "DATA")
            let action = s.dataReceived(outcome)
            #expect(action == .reply(outcome.reply!))
            #expect(s.transaction == nil)
            #expect(s.phase == .ready)
        }
        #expect(DataOutcome.bareLineEnding.reply?.code == 550)
        #expect(DataOutcome.bareLineEnding.reply?.enhanced == EnhancedStatusCode(5, 5, 2))
        #expect(DataOutcome.tooLarge.reply?.code == 552)
    }

    @Test func senderDecisions() {
        var s = Self.session()
        _ = Self.send(&s, "EHLO c")
        guard case .checkSender(let path) = s.receive(SMTPCommandParser.parse(Array("MAIL FROM:<a@b.test>".utf8))) else {
            Issue.record("expected a sender check")
            return
        }
        #expect(path == .mailbox(Mailbox(localPart: "a", host: .domain("b.test"))))
        #expect(Self.code(s.senderDecided(.reject(SMTPReply(553, .init(5, 7, 1), "not yours")))) == "553 5.7.1")
        #expect(s.transaction == nil)
        #expect(Self.code(Self.send(&s, "RCPT TO:<u@mx.test>")) == "503 5.5.1")
        _ = s.receive(SMTPCommandParser.parse(Array("MAIL FROM:<a@b.test>".utf8)))
        #expect(Self.code(s.senderDecided(.discard)) == "250 2.1.0")
        guard case .checkRecipient(let rcpt) = Self.send(&s, "RCPT TO:<u@mx.test>") else { return }
        _ = s.recipientDecided(rcpt, .accept(address: "u@mx.test"))
        _ = Self.send(&s, "DATA")
        #expect(Self.code(s.dataReceived(.accepted)) == "discard")
        #expect(s.phase == .ready)
    }

    @Test func discardedRecipientsAreNotQueued() {
        var s = Self.session()
        _ = Self.send(&s, "EHLO c")
        _ = Self.send(&s, "MAIL FROM:<a@b.test>")
        guard case .checkRecipient(let a) = Self.send(&s, "RCPT TO:<a@mx.test>") else { return }
        #expect(Self.code(s.recipientDecided(a, .discard(address: "a@mx.test"))) == "250 2.1.5")
        guard case .checkRecipient(let b) = Self.send(&s, "RCPT TO:<b@mx.test>") else { return }
        _ = s.recipientDecided(b, .accept(address: "b@mx.test"))
        _ = Self.send(&s, "DATA")
        guard case .enqueue(let transaction) = s.dataReceived(.accepted) else {
            Issue.record("expected enqueue")
            return
        }
        #expect(transaction.deliverableRecipients.map(\.address) == ["b@mx.test"])
    }

    @Test func recipientCapPerSession() {
        var s = SMTPSession(
            configuration: SMTPSessionConfiguration(hostname: "mx.test", listener: .mx, maxRecipientsPerSession: 3))
        _ = Self.send(&s, "EHLO c")
        for round in 0..<2 {
            _ = Self.send(&s, "MAIL FROM:<a@b.test>")
            for index in 0..<2 {
                let action = Self.send(&s, "RCPT TO:<u\(index)@mx.test>")
                if round == 1 && index == 1 {
                    #expect(Self.code(action) == "452 4.5.3")
                } else if case .checkRecipient(let path) = action {
                    _ = s.recipientDecided(path, .accept(address: "u\(index)@mx.test"))
                }
            }
            _ = Self.send(&s, "RSET")
        }
        #expect(s.recipientsAccepted == 3)
    }

    @Test func vrfyNeverReveals() {
        var s = Self.session()
        #expect(Self.code(Self.send(&s, "VRFY root")) == "252 2.5.2")
        #expect(Self.code(Self.send(&s, "EXPN staff")) == "502 5.5.1")
        #expect(Self.code(Self.send(&s, "QUIT")) == "221 2.0.0")
    }

    @Test func duplicateRecipientsAreKeptOnce() {
        var s = Self.session()
        _ = Self.send(&s, "EHLO c")
        _ = Self.send(&s, "MAIL FROM:<a@b.test>")
        for _ in 0..<2 {
            guard case .checkRecipient(let path) = Self.send(&s, "RCPT TO:<u@mx.test>") else { return }
            #expect(Self.code(s.recipientDecided(path, .accept(address: "u@mx.test"))) == "250 2.1.5")
        }
        #expect(s.transaction?.recipients.count == 1)
    }
}

extension String {
    var trimmingSuffixSpace: String {
        var text = self
        while text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
