import Testing

@testable import SMTPProtocol

/// The start of an outbound session as a value: driven with replies alone.
struct SMTPClientHandshakeTests {
    static func reply(_ code: Int, _ lines: String...) -> SMTPWireReply { SMTPWireReply(code: code, lines: lines.isEmpty ? ["Ok"] : lines) }
    static let ehlo = reply(250, "peer.example Hello", "PIPELINING", "STARTTLS", "AUTH PLAIN LOGIN", "SIZE 1000")
    static let credentials = SMTPClientHandshake.Credentials(username: "relay", password: "s3cret")

    @Test func opportunisticTLSThenEHLOAgainAndTheNewExtensionsCount() {
        var machine = SMTPClientHandshake(heloName: "mx.local.test", tls: .whenOffered)
        #expect(machine.start() == .awaitReply)
        #expect(machine.receive(Self.reply(220, "peer.example ESMTP")) == .send("EHLO mx.local.test"))
        #expect(machine.receive(Self.ehlo) == .send("STARTTLS"))
        #expect(machine.receive(Self.reply(220, "2.0.0 go ahead")) == .startTLS)
        #expect(machine.tlsStarted() == .send("EHLO mx.local.test"))
        let after = Self.reply(250, "peer.example", "PIPELINING", "SIZE 2000")
        #expect(machine.receive(after) == .finished(.ready(ServerExtensions(ehloLines: after.lines), tls: true)))
    }

    @Test func withoutTLSWhenNotOfferedOrRefusedUnlessRequired() {
        let plain = Self.reply(250, "peer.example", "PIPELINING")
        var notOffered = SMTPClientHandshake(heloName: "mx", tls: .whenOffered)
        _ = notOffered.start()
        _ = notOffered.receive(Self.reply(220))
        #expect(notOffered.receive(plain) == .finished(.ready(ServerExtensions(ehloLines: plain.lines), tls: false)))

        var required = SMTPClientHandshake(heloName: "mx", tls: .required)
        _ = required.start()
        _ = required.receive(Self.reply(220))
        #expect(required.receive(plain) == .finished(.refused(.tlsNotOffered)))

        var refused = SMTPClientHandshake(heloName: "mx", tls: .whenOffered)
        _ = refused.start()
        _ = refused.receive(Self.reply(220))
        _ = refused.receive(Self.ehlo)
        #expect(refused.receive(Self.reply(454, "4.7.0 TLS not available")) == .finished(.ready(ServerExtensions(ehloLines: Self.ehlo.lines), tls: false)))

        var refusedRequired = SMTPClientHandshake(heloName: "mx", tls: .required)
        _ = refusedRequired.start()
        _ = refusedRequired.receive(Self.reply(220))
        _ = refusedRequired.receive(Self.ehlo)
        #expect(refusedRequired.receive(Self.reply(454, "4.7.0 no")) == .finished(.refused(.startTLSRefused(Self.reply(454, "4.7.0 no")))))

        var never = SMTPClientHandshake(heloName: "mx", tls: .never)
        _ = never.start()
        _ = never.receive(Self.reply(220))
        #expect(never.receive(Self.ehlo) == .finished(.ready(ServerExtensions(ehloLines: Self.ehlo.lines), tls: false)), "STARTTLS is not sent")
    }

    @Test func heloWhenEHLOIsRefused() {
        var machine = SMTPClientHandshake(heloName: "mx", tls: .whenOffered)
        _ = machine.start()
        _ = machine.receive(Self.reply(220))
        #expect(machine.receive(Self.reply(502, "5.5.1 no EHLO")) == .send("HELO mx"))
        #expect(machine.receive(Self.reply(250, "peer")) == .finished(.ready(ServerExtensions(), tls: false)))

        var refused = SMTPClientHandshake(heloName: "mx", tls: .never)
        _ = refused.start()
        _ = refused.receive(Self.reply(220))
        _ = refused.receive(Self.reply(502))
        #expect(refused.receive(Self.reply(550, "go away")) == .finished(.refused(.helo(Self.reply(550, "go away")))))
    }

    @Test func aGreetingOtherThan220RefusesAndNothingIsSent() {
        var machine = SMTPClientHandshake(heloName: "mx", tls: .whenOffered)
        _ = machine.start()
        #expect(machine.receive(Self.reply(554, "5.7.1 not you")) == .finished(.refused(.greeting(Self.reply(554, "5.7.1 not you")))))
        #expect(machine.receive(Self.reply(220)) == .awaitReply, "nothing after the end")
    }

    @Test func aServerCallingItselfByOurNameIsALoop() {
        var machine = SMTPClientHandshake(heloName: "MX.local.test", tls: .whenOffered)
        _ = machine.start()
        _ = machine.receive(Self.reply(220))
        #expect(machine.receive(Self.reply(250, "mx.LOCAL.test Hello", "PIPELINING")) == .finished(.refused(.loop)))
    }

    /// RFC 4616: AUTH PLAIN with an empty authorization identity; credentials only over TLS.
    @Test func authPlainOnlyOverTLSAndOnlyWhenOffered() {
        var machine = SMTPClientHandshake(heloName: "mx", tls: .required, credentials: Self.credentials)
        _ = machine.start()
        _ = machine.receive(Self.reply(220))
        _ = machine.receive(Self.ehlo)
        _ = machine.receive(Self.reply(220))
        _ = machine.tlsStarted()
        // "\0relay\0s3cret" in Base64.
        #expect(machine.receive(Self.ehlo) == .send("AUTH PLAIN AHJlbGF5AHMzY3JldA=="))
        #expect(machine.receive(Self.reply(235, "2.7.0 ok")) == .finished(.ready(ServerExtensions(ehloLines: Self.ehlo.lines), tls: true)))

        var plaintext = SMTPClientHandshake(heloName: "mx", tls: .whenOffered, credentials: Self.credentials)
        _ = plaintext.start()
        _ = plaintext.receive(Self.reply(220))
        _ = plaintext.receive(Self.ehlo)
        #expect(plaintext.receive(Self.reply(454)) == .finished(.refused(.credentialsWithoutTLS)))

        var noAuth = SMTPClientHandshake(heloName: "mx", tls: .never, credentials: Self.credentials)
        _ = noAuth.start()
        _ = noAuth.receive(Self.reply(220))
        #expect(noAuth.receive(Self.reply(250, "peer", "PIPELINING")) == .finished(.refused(.authNotOffered)))

        var refused = SMTPClientHandshake(heloName: "mx", tls: .never, credentials: Self.credentials)
        _ = refused.start()
        _ = refused.receive(Self.reply(220))
        _ = refused.receive(Self.ehlo)
        #expect(refused.receive(Self.reply(535, "5.7.8 bad")) == .finished(.refused(.auth(Self.reply(535, "5.7.8 bad")))))
        #expect(!"\(Self.credentials)".contains("s3cret"), "the password never shows in a description")
    }
}
