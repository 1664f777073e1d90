import Foundation
import HaetaeMailbox
import Testing

@testable import IMAPServer

func pop(_ session: POP3Session, _ line: String, _ out: Transcript) async -> IMAPEffect {
    await session.handle(Array(line.utf8), output: out)
}

struct POP3SessionTests {
    @Test func loginListRetrieveDeleteQuit() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\n.first\n")
        try fixture.deliver("2.Q2.host", "Subject: two\n\nsecond\n")
        let session = POP3Session(services: fixture.services, client: "127.0.0.1", tlsActive: false, tlsAvailable: true, logger: .init(label: "t"))
        let out = Transcript()
        _ = await pop(session, "STAT", out)
        #expect(out.take() == "-ERR Log in first\r\n")
        _ = await pop(session, "USER alice@example.org", out)
        _ = await pop(session, "PASS right", out)
        #expect(out.take() == "+OK\r\n+OK Logged in, 2 messages\r\n")
        _ = await pop(session, "STAT", out)
        #expect(out.take() == "+OK 2 48\r\n")
        _ = await pop(session, "RETR 1", out)
        #expect(out.take() == "+OK 24 octets\r\nSubject: one\r\n\r\n..first\r\n.\r\n")
        _ = await pop(session, "DELE 1", out)
        _ = await pop(session, "RETR 1", out)
        #expect(out.take() == "+OK Marked for deletion\r\n-ERR No such message\r\n")
        _ = await pop(session, "LIST", out)
        #expect(out.take() == "+OK 1 messages\r\n2 24\r\n.\r\n")
        #expect(await pop(session, "QUIT", out) == .close)
        #expect(try fixture.inbox.sync().messages.map(\.uid) == [2])
    }

    @Test func aConnectionThatEndsWithoutQuitDeletesNothing() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        let session = POP3Session(services: fixture.services, client: "127.0.0.1", tlsActive: false, tlsAvailable: true, logger: .init(label: "t"))
        let out = Transcript()
        _ = await pop(session, "AUTH PLAIN AGFsaWNlQGV4YW1wbGUub3JnAHJpZ2h0", out)
        _ = await pop(session, "DELE 1", out)
        #expect(out.take() == "+OK Logged in, 1 messages\r\n+OK Marked for deletion\r\n")
        #expect(try fixture.inbox.sync().messages.count == 1)
    }

    @Test func passwordsInTheClearOnlyFromLoopbackOrUnderTLS() async {
        let fixture = SessionFixture()
        let session = POP3Session(services: fixture.services, client: "198.51.100.7", tlsActive: false, tlsAvailable: true, logger: .init(label: "t"))
        let out = Transcript()
        _ = await pop(session, "USER alice@example.org", out)
        #expect(out.take() == "-ERR [AUTH] Use STLS (or port 995) before logging in\r\n")
        _ = await pop(session, "CAPA", out)
        let capabilities = out.take()
        #expect(capabilities.contains("STLS\r\n"))
        #expect(!capabilities.contains("USER\r\n"))
        #expect(await pop(session, "STLS", out) == .startTLS)
    }

    @Test func threeFailuresClose() async {
        let fixture = SessionFixture()
        let session = POP3Session(services: fixture.services, client: "127.0.0.1", tlsActive: true, tlsAvailable: true, logger: .init(label: "t"))
        let out = Transcript()
        var last = IMAPEffect.none
        for _ in 0..<3 {
            _ = await pop(session, "USER alice@example.org", out)
            last = await pop(session, "PASS wrong", out)
        }
        #expect(last == .close)
        #expect(out.take().hasSuffix("-ERR [AUTH] Authentication failed\r\n"))
    }
}
