import Foundation
import HaetaeMailbox
import IMAPProtocol
import Logging
import Testing

@testable import IMAPServer

/// Collects what a session sends.
final class Transcript: IMAPOutput, @unchecked Sendable {
    private let lock = NSLock()
    private var bytes: [UInt8] = []
    func send(_ data: [UInt8]) async -> Bool {
        append(data)
        return true
    }
    private func append(_ data: [UInt8]) {
        lock.lock()
        bytes += data
        lock.unlock()
    }
    /// What was sent since the last call.
    func take() -> String {
        lock.lock()
        defer { lock.unlock() }
        let text = String(decoding: bytes, as: UTF8.self)
        bytes = []
        return text
    }
}

/// Admits everyone.
struct OpenGate: ConnectionGate {
    func acquire(_ address: String) -> Bool { true }
    func release(_ address: String) {}
}

struct SessionFixture {
    let mailRoot: String
    let services: MailAccessServices

    init() {
        mailRoot = NSTemporaryDirectory() + "haetae-imap-" + UUID().uuidString
        services = MailAccessServices(
            hostname: "mail.test", mailRoot: mailRoot, spoolDirectory: mailRoot + "/.imap-append",
            authenticate: { user, password, _ in
                user.lowercased() == "alice@example.org" && password == "right" ? .success(user: "alice@example.org") : .failure
            },
            limiter: OpenGate(), logger: Logger(label: "test"))
    }

    func session(client: String = "127.0.0.1") -> IMAPSession {
        var services = services
        services.feedbackDirectory = feedback
        return IMAPSession(services: services, client: client, tlsActive: false, tlsAvailable: true, logger: Logger(label: "test"))
    }

    var feedback: String { mailRoot + "-feedback" }

    func feedbackFiles(_ label: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: feedback + "/" + label)) ?? []).sorted()
    }

    var inbox: MaildirFolder { MaildirFolder(path: MailboxLocation.maildirPath(root: mailRoot, mailbox: "alice@example.org")) }

    func deliver(_ name: String, _ text: String) throws {
        try inbox.create()
        try Data(text.utf8).write(to: URL(fileURLWithPath: "\(inbox.path)/new/\(name)"))
    }
}

@discardableResult
func run(_ session: IMAPSession, _ line: String, _ out: Transcript) async -> IMAPEffect {
    await session.handle([.text(Array(line.utf8))], output: out)
}

struct IMAPSessionTests {
    @Test func loginInTheClearIsRefusedFromAnotherMachine() async {
        let fixture = SessionFixture()
        let session = fixture.session(client: "203.0.113.9")
        let out = Transcript()
        #expect(String(decoding: await session.greeting(), as: UTF8.self).contains("STARTTLS LOGINDISABLED"))
        await run(session, "a LOGIN alice@example.org right", out)
        #expect(out.take() == "a NO [PRIVACYREQUIRED] Use STARTTLS (or port 993) before logging in\r\n")
        await run(session, "b AUTHENTICATE PLAIN AGFsaWNlQGV4YW1wbGUub3JnAHJpZ2h0", out)
        #expect(out.take().hasPrefix("b NO [PRIVACYREQUIRED]"))
        #expect(await session.isAuthenticated == false)
        // After TLS it works.
        await session.tlsEstablished()
        await run(session, "c LOGIN alice@example.org right", out)
        #expect(out.take().hasPrefix("c OK [CAPABILITY IMAP4rev1"))
    }

    @Test func threeFailedLoginsCloseTheConnection() async {
        let session = SessionFixture().session()
        let out = Transcript()
        #expect(await run(session, "a LOGIN alice@example.org wrong", out) == .none)
        #expect(await run(session, "b LOGIN alice@example.org wrong", out) == .none)
        #expect(await run(session, "c LOGIN alice@example.org wrong", out) == .close)
        #expect(out.take().hasSuffix("c NO [AUTHENTICATIONFAILED] Authentication failed\r\n* BYE Too many failed logins\r\n"))
    }

    @Test func saslPlainRefusesAnotherAuthorizationIdentity() async {
        let session = SessionFixture().session()
        let out = Transcript()
        // "bob@example.org\0alice@example.org\0right"
        let response = Array("Ym9iQGV4YW1wbGUub3JnAGFsaWNlQGV4YW1wbGUub3JnAHJpZ2h0".utf8)
        #expect(await run(session, "a AUTHENTICATE PLAIN", out) == .saslContinue)
        #expect(out.take() == "+ \r\n")
        _ = await session.authenticateResponse(response, output: out)
        #expect(out.take() == "a NO [AUTHORIZATIONFAILED] Authorization identity refused\r\n")
    }

    @Test func commandsBeforeLoginAreRefused() async {
        let session = SessionFixture().session()
        let out = Transcript()
        await run(session, "a SELECT INBOX", out)
        #expect(out.take() == "a BAD Log in first\r\n")
        await run(session, "b FETCH 1 FLAGS", out)
        #expect(out.take() == "b BAD Log in first\r\n")
    }

    @Test func selectFetchStoreExpunge() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\nFrom: a@b.example\n\nfirst\n")
        try fixture.deliver("2.Q2.host", "Subject: two\n\nsecond\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        _ = out.take()
        await run(session, "b SELECT INBOX", out)
        let selected = out.take()
        #expect(selected.contains("* 2 EXISTS\r\n* 2 RECENT\r\n* OK [UNSEEN 1]"))
        #expect(selected.hasSuffix("b OK [READ-WRITE] SELECT completed\r\n"))
        await run(session, "c FETCH 1 (RFC822.SIZE BODY.PEEK[TEXT])", out)
        // LF in the file, CRLF on the wire; sizes count the CRLF form.
        #expect(out.take() == "* 1 FETCH (RFC822.SIZE 42 BODY[TEXT] {7}\r\nfirst\r\n)\r\nc OK FETCH completed\r\n")
        await run(session, "d FETCH 2 BODY[TEXT]", out)
        #expect(out.take() == "* 2 FETCH (BODY[TEXT] {8}\r\nsecond\r\n FLAGS (\\Seen \\Recent))\r\nd OK FETCH completed\r\n")
        await run(session, "e UID STORE 1 +FLAGS (\\Deleted)", out)
        #expect(out.take() == "* 1 FETCH (UID 1 FLAGS (\\Deleted \\Recent))\r\ne OK UID STORE completed\r\n")
        await run(session, "f EXPUNGE", out)
        #expect(out.take() == "* 1 EXPUNGE\r\nf OK EXPUNGE completed\r\n")
        await run(session, "g UID SEARCH ALL", out)
        #expect(out.take() == "* SEARCH 2\r\ng OK UID SEARCH completed\r\n")
    }

    @Test func anotherSessionsExpungeIsReportedOnNoopNotDuringFetch() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        try fixture.deliver("2.Q2.host", "Subject: two\n\nsecond\n")
        let reader = fixture.session(), other = fixture.session()
        let out = Transcript(), otherOut = Transcript()
        for (session, transcript) in [(reader, out), (other, otherOut)] {
            await run(session, "a LOGIN alice@example.org right", transcript)
            await run(session, "b SELECT INBOX", transcript)
        }
        _ = out.take()
        await run(other, "c STORE 1 +FLAGS.SILENT (\\Deleted)", otherOut)
        await run(other, "d EXPUNGE", otherOut)
        await run(reader, "e FETCH 1:* (UID)", out)
        let fetched = out.take()
        // Not reported during FETCH; the message it cannot read makes the answer NO (RFC 2180 §4.1.2).
        #expect(fetched == "* 2 FETCH (UID 2)\r\ne NO [EXPUNGEISSUED] Some messages were expunged meanwhile\r\n")
        await run(reader, "f NOOP", out)
        #expect(out.take() == "* 1 EXPUNGE\r\nf OK NOOP completed\r\n")
        // New mail shows up as EXISTS.
        try fixture.deliver("3.Q3.host", "Subject: three\n\nthird\n")
        await run(reader, "g NOOP", out)
        #expect(out.take().hasPrefix("* 2 EXISTS\r\n"))
    }

    @Test func appendAndCopyAnswerWithTheirUIDs() async throws {
        let fixture = SessionFixture()
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        _ = out.take()
        let message = Array("Subject: draft\r\n\r\ntext\r\n".utf8)
        _ = await session.handle([.text(Array("b APPEND Drafts (\\Draft) ".utf8)), .literal(.bytes(message)), .text([])], output: out)
        let appended = out.take()
        #expect(appended.hasPrefix("b OK [APPENDUID "))
        #expect(appended.hasSuffix(" 1] APPEND completed\r\n"))
        _ = await session.handle([.text(Array("c APPEND Nowhere ".utf8)), .literal(.bytes(message)), .text([])], output: out)
        #expect(out.take() == "c NO [TRYCREATE] Mailbox does not exist\r\n")
        await run(session, "d SELECT Drafts", out)
        _ = out.take()
        await run(session, "e COPY 1 Trash", out)
        #expect(out.take().contains("[COPYUID "))
        await run(session, "f MOVE 1 Sent", out)
        let moved = out.take()
        #expect(moved.contains("* OK [COPYUID "))
        #expect(moved.hasSuffix("* 1 EXPUNGE\r\nf OK MOVE completed\r\n"))
    }

    @Test func appendLargerThanTheLimitIsRefused() async {
        let fixture = SessionFixture()
        var services = fixture.services
        services.limits.maxMessageSize = 10
        let session = IMAPSession(services: services, client: "127.0.0.1", tlsActive: false, tlsAvailable: true, logger: Logger(label: "t"))
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        _ = out.take()
        _ = await session.handle([.text(Array("b APPEND INBOX ".utf8)), .literal(.bytes(Array(repeating: 65, count: 11))), .text([])], output: out)
        #expect(out.take() == "b NO [TOOBIG] Message larger than 10 octets\r\n")
    }

    @Test func examineIsReadOnly() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        await run(session, "b EXAMINE INBOX", out)
        #expect(out.take().contains("[PERMANENTFLAGS ()]"))
        await run(session, "c STORE 1 +FLAGS (\\Seen)", out)
        #expect(out.take() == "c NO [READ-ONLY] Mailbox is read-only\r\n")
        await run(session, "d FETCH 1 BODY[TEXT]", out)
        #expect(!out.take().contains("\\Seen"))
    }

    @Test func listShowsSpecialUseAndPatterns() async {
        let session = SessionFixture().session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        _ = out.take()
        await run(session, "b LIST \"\" \"\"", out)
        #expect(out.take() == "* LIST (\\Noselect) \".\" \"\"\r\nb OK LIST completed\r\n")
        await run(session, "c LIST \"\" inbox", out)
        #expect(out.take() == "* LIST (\\HasNoChildren) \".\" \"INBOX\"\r\nc OK LIST completed\r\n")
        await run(session, "d LIST \"\" S*", out)
        #expect(out.take() == "* LIST (\\HasNoChildren \\Sent) \".\" \"Sent\"\r\nd OK LIST completed\r\n")
    }

    @Test func tooManyBadCommandsEndTheSession() async {
        let session = SessionFixture().session()
        let out = Transcript()
        var last = IMAPEffect.none
        for index in 0...20 { last = await run(session, "a\(index) FROB", out) }
        #expect(last == .close)
        #expect(out.take().hasSuffix("* BYE Too many invalid commands\r\n"))
    }

    @Test func sequenceNumbersBeyondTheLastMessageAreBad() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        await run(session, "b SELECT INBOX", out)
        _ = out.take()
        await run(session, "c FETCH 5 FLAGS", out)
        #expect(out.take() == "c BAD Invalid message sequence number\r\n")
        await run(session, "d UID FETCH 5 FLAGS", out)
        #expect(out.take() == "d OK UID FETCH completed\r\n", "a UID that names nothing is no error")
    }

    @Test func internalDateIsReadAfterFetchMarksTheMessageSeen() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        await run(session, "b EXAMINE INBOX", out)
        await run(session, "c SELECT INBOX", out)
        _ = out.take()
        await run(session, "d FETCH 1 (BODY[TEXT] INTERNALDATE)", out)
        #expect(!out.take().contains("1970"))
    }

    @Test func appendStoresLFLineEnds() async throws {
        let fixture = SessionFixture()
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        _ = await session.handle([.text(Array("b APPEND INBOX ".utf8)), .literal(.bytes(Array("Subject: x\r\n\r\nbody\r\n".utf8))), .text([])], output: out)
        let message = try fixture.inbox.sync().messages[0]
        let stored = try String(contentsOfFile: fixture.inbox.filePath(message), encoding: .utf8)
        #expect(stored == "Subject: x\n\nbody\n")
        #expect(LineEnds.toLF(Array("a\r".utf8)) == Array("a\r".utf8))
        var stream = CRLFToLF()
        #expect(stream.convert(Array("a\r".utf8)[...]) + stream.convert(Array("\nb".utf8)[...]) == Array("a\nb".utf8), "a CR LF split between pieces")
    }

    @Test func emptyInitialResponseIsNotBase64Garbage() async {
        let session = SessionFixture().session()
        let out = Transcript()
        await run(session, "a AUTHENTICATE PLAIN =", out)
        #expect(!out.take().contains("Invalid base64"))
    }

    /// Regression (review): a session whose folder another session deleted went on silently.
    @Test func aSelectedFolderDeletedElsewhereEndsTheSession() async throws {
        let fixture = SessionFixture()
        let reader = fixture.session(), other = fixture.session()
        let out = Transcript(), otherOut = Transcript()
        await run(reader, "a LOGIN alice@example.org right", out)
        await run(other, "a LOGIN alice@example.org right", otherOut)
        await run(reader, "b SELECT Trash", out)
        _ = out.take()
        await run(other, "c DELETE Trash", otherOut)
        #expect(otherOut.take().hasSuffix("c OK DELETE completed\r\n"))
        #expect(await run(reader, "d NOOP", out) == .close)
        #expect(out.take().hasPrefix("* BYE Selected mailbox was deleted or renamed\r\n"))
    }

    /// Issue 13 asks for users' Junk moves as feedback once mailbox access exists.
    @Test func movesIntoAndOutOfJunkAreRecordedAsFeedback() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: cheap pills\n\nbuy now\n")
        try fixture.deliver("2.Q2.host", "Subject: meeting\n\ntomorrow\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        await run(session, "b SELECT INBOX", out)
        await run(session, "c MOVE 1 Junk", out)
        #expect(fixture.feedbackFiles("spam").count == 1)
        #expect(fixture.feedbackFiles("spam").first?.hasPrefix("alice@example.org--") == true)
        #expect(fixture.feedbackFiles("spam").first?.hasSuffix(".junk.eml") == true)
        // Into Trash or Sent is no judgement.
        await run(session, "d COPY 1 Trash", out)
        #expect(fixture.feedbackFiles("ham").isEmpty && fixture.feedbackFiles("spam").count == 1)
        // Out of Junk (not into Trash) is a ham mark.
        await run(session, "e SELECT Junk", out)
        await run(session, "f MOVE 1 INBOX", out)
        #expect(fixture.feedbackFiles("ham").count == 1)
        #expect(fixture.feedbackFiles("ham").first?.hasSuffix(".not-junk.eml") == true)
        _ = out.take()
    }

    /// Regression (review): a FETCH repeating an item answered it every time, so a list of a
    /// thousand BODY.PEEK[] built a thousand copies of the message in one response.
    @Test func aRepeatedFetchItemIsAnsweredOnce() async throws {
        let fixture = SessionFixture()
        try fixture.deliver("1.Q1.host", "Subject: one\n\nfirst\n")
        let session = fixture.session()
        let out = Transcript()
        await run(session, "a LOGIN alice@example.org right", out)
        await run(session, "b SELECT INBOX", out)
        _ = out.take()
        await run(session, "c FETCH 1 (BODY.PEEK[TEXT] BODY.PEEK[TEXT] BODY.PEEK[TEXT] UID UID)", out)
        #expect(out.take() == "* 1 FETCH (BODY[TEXT] {7}\r\nfirst\r\n UID 1)\r\nc OK FETCH completed\r\n")
    }
}
