import Foundation
import HaetaePolicy
import HaetaeQueue
import HaetaeStore
import HaetaeTestSupport
import Logging
import NIOCore
import NIOPosix
import SMTPProtocol
import Testing

@testable import SMTPServer

#if canImport(Glibc)
import Glibc
#endif

/// mx.test with alice (password "secret"), for listener tests.
func fakeDirectory() -> InMemoryDirectory {
    InMemoryDirectory(domains: ["mx.test"], users: ["alice@mx.test": "secret"])
}



/// A line client over a plain TCP socket. Its reads block, so they run on a queue of their own,
/// never on Swift's cooperative pool: two tests waiting there for a server whose own tasks need
/// that pool would starve it (the 30 s greeting timeouts once seen under a full parallel run).
final class RawClient: @unchecked Sendable {
    let fd: Int32
    private var buffer: [UInt8] = []
    private let queue = DispatchQueue(label: "raw-client")

    private func offload<T: Sendable>(_ body: @escaping @Sendable () -> T) async -> T {
        await withCheckedContinuation { continuation in queue.async { continuation.resume(returning: body()) } }
    }

    init(port: Int) throws {
        fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { throw POSIXError(.ECONNREFUSED) }
    }

    deinit { close(fd) }

    func send(_ text: String) { sendBytes(Array(text.utf8)) }

    func sendBytes(_ bytes: [UInt8]) {
        _ = bytes.withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
    }

    /// A client that greeted, gave a sender and alice@mx.test, and is inside DATA (354).
    static func inData(port: Int) async throws -> RawClient {
        let client = try RawClient(port: port)
        _ = await client.reply()
        _ = await client.command("EHLO c")
        _ = await client.command("MAIL FROM:<a@b.test>")
        _ = await client.command("RCPT TO:<alice@mx.test>")
        #expect(await client.command("DATA") == "354")
        return client
    }

    /// Sends without blocking for long: false when the peer has not taken all of it within 2 s
    /// (it stopped reading).
    func sendNonBlocking(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        var offset = 0
        let deadline = Date().addingTimeInterval(2)
        while offset < bytes.count {
            let sent = bytes[offset...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL | MSG_DONTWAIT)) }
            if sent > 0 {
                offset += sent
                continue
            }
            if Date() > deadline { return false }
            usleep(20_000)
        }
        return true
    }

    /// Reads one complete reply (all continuation lines); nil on close or after 30 s of silence (the
    /// socket's receive timeout: a loaded machine may take seconds to greet the first client).
    func reply() async -> String? { await offload { self.blockingReply() } }

    func blockingReply() -> String? {
        var lines: [String] = []
        while true {
            guard let line = readLine() else { return lines.isEmpty ? nil : lines.joined(separator: "\n") }
            lines.append(line)
            let bytes = Array(line.utf8)
            if bytes.count < 4 || bytes[3] == UInt8(ascii: " ") { return lines.joined(separator: "\n") }
        }
    }

    func readLine() -> String? {
        while true {
            if let lf = buffer.firstIndex(of: 10) {
                var line = Array(buffer[..<lf])
                buffer.removeFirst(lf + 1)
                if line.last == 13 { line.removeLast() }
                return String(decoding: line, as: UTF8.self)
            }
            var chunk = [UInt8](repeating: 0, count: 4096)
            let count = recv(fd, &chunk, chunk.count, 0)
            if count <= 0 { return nil }
            buffer += chunk[..<count]
        }
    }

    /// Sends a command and returns the first three characters of its reply.
    func command(_ line: String) async -> String {
        send(line + "\r\n")
        return String((await reply() ?? "EOF").prefix(3))
    }
}

final class ListenerFixture {
    let listener: SMTPListener
    let spool: Spool
    let port: Int
    let queued = QueuedIDs()

    actor QueuedIDs {
        var ids: [String] = []
        func add(_ id: String) { ids.append(id) }
    }

    init(
        kind: ListenerKind = .mx, access: [AccessRuleRecord] = [],
        configure: (inout SMTPServerConfiguration) -> Void = { _ in }
    ) async throws {
        var configuration = SMTPServerConfiguration(hostname: "mx.test", maxConnectionsPerIP: 3)
        configure(&configuration)
        let root = NSTemporaryDirectory() + "haetae-listener-" + UUID().uuidString
        spool = try Spool(root: root)
        let directory = fakeDirectory()
        let queued = self.queued
        let intake = MessageIntake(spool: spool, hostname: "mx.test")
        intake.onQueued { id, _ in await queued.add(id) }
        let services = SMTPServices(
            configuration: configuration,
            policy: SMTPPolicy(
                directory: directory, access: AccessMapCache(source: InMemoryAccessRules(access)), trustedNetworks: [],
                primaryDomain: "mx.test"),
            spool: spool,
            receiver: intake,
            limiter: ConnectionLimiter(maxTotal: configuration.maxConnections, maxPerAddress: configuration.maxConnectionsPerIP),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        listener = try await SMTPListener.bind(
            kind: kind, host: "127.0.0.1", port: 0, services: services, tlsContext: nil,
            group: MultiThreadedEventLoopGroup.singleton)
        port = listener.localAddress!.port!
    }
}

@Suite(.serialized)
struct SMTPListenerTests {
    @Test func pipelinedTransactionIsAnsweredInOrder() async throws {
        let fixture = try await ListenerFixture()
        let client = try RawClient(port: fixture.port)
        #expect(await client.reply()?.hasPrefix("220 mx.test") == true)
        #expect(await client.command("EHLO c.test") == "250")
        client.send(
            "MAIL FROM:<a@b.test>\r\nRCPT TO:<alice@mx.test>\r\nRCPT TO:<nobody@mx.test>\r\nRCPT TO:<x@remote.test>\r\nDATA\r\n")
        #expect(await client.reply()?.hasPrefix("250 2.1.0") == true)
        #expect(await client.reply()?.hasPrefix("250 2.1.5") == true)
        #expect(await client.reply()?.hasPrefix("550 5.1.1") == true)
        #expect(await client.reply()?.hasPrefix("554 5.7.1 Relay access denied") == true)
        #expect(await client.reply()?.hasPrefix("354") == true)
        client.send("Subject: hi\r\n\r\n..dot\r\n.\r\n")
        let queued = await client.reply() ?? ""
        #expect(queued.hasPrefix("250 2.0.0 Ok: queued as "))
        let id = String(queued.split(separator: " ").last ?? "")
        let bytes = String(decoding: try fixture.spool.messageBytes(id), as: UTF8.self)
        #expect(bytes.hasPrefix("Received: from c.test ([127.0.0.1])\r\n\tby mx.test (Haetae) with ESMTP id \(id)"))
        #expect(bytes.hasSuffix("Subject: hi\r\n\r\n.dot\r\n"))
        #expect(try fixture.spool.load(id).envelope.recipients.map(\.address) == ["alice@mx.test"])
        #expect(await fixture.queued.ids == [id])
        #expect(await client.command("QUIT") == "221")
        await fixture.listener.close()
    }

    @Test func plaintextAfterSTARTTLSIsNotExecuted() async throws {
        // No certificate here: STARTTLS is refused, but the command is still parsed in order.
        let fixture = try await ListenerFixture()
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        #expect(await client.command("EHLO c") == "250")
        #expect(await client.command("STARTTLS") == "454")
        await fixture.listener.close()
    }

    @Test func bareLFInDataIsRefusedAndSessionStaysInSync() async throws {
        let fixture = try await ListenerFixture { $0.bareLineEndings = .reject }
        let client = try await RawClient.inData(port: fixture.port)
        client.send("Subject: x\r\n\r\nline\n.\nMAIL FROM:<evil@b.test>\r\n.\r\n")
        #expect(await client.reply()?.hasPrefix("550 5.5.2") == true)
        #expect(await client.command("NOOP") == "250")
        #expect(try fixture.spool.ids().isEmpty)
        await fixture.listener.close()
    }

    /// Default `normalize`: bare LF becomes CRLF, the smuggling sequence is text, not an end.
    @Test func bareLFInDataIsNormalizedByDefaultAndNeverEndsData() async throws {
        let fixture = try await ListenerFixture()
        let client = try await RawClient.inData(port: fixture.port)
        client.send("Subject: x\r\n\r\nline\n.\nMAIL FROM:<evil@b.test>\r\n.\r\n")
        #expect(await client.reply()?.hasPrefix("250 2.0.0") == true)
        let id = try #require(try fixture.spool.ids().first)
        let stored = String(decoding: try fixture.spool.messageBytes(id), as: UTF8.self)
        #expect(stored.hasSuffix("line\r\n.\r\nMAIL FROM:<evil@b.test>\r\n"))
        #expect(try fixture.spool.ids().count == 1, "the smuggled MAIL FROM started no second message")
        await fixture.listener.close()
    }

    /// Held-out corpus: a 5,000-octet line is accepted and stored as received.
    @Test func longTextLinesAreAcceptedAndStoredAsReceived() async throws {
        let fixture = try await ListenerFixture()
        let client = try await RawClient.inData(port: fixture.port)
        let line = String(repeating: "x", count: 5_000)
        client.send("Subject: long\r\n\r\n\(line)\r\n.\r\n")
        #expect(await client.reply()?.hasPrefix("250") == true)
        let id = try #require(try fixture.spool.ids().first)
        #expect(String(decoding: try fixture.spool.messageBytes(id), as: UTF8.self).contains(line + "\r\n"))
        await fixture.listener.close()
    }

    /// Held-out battery: every RCPT counts toward max_recipients, duplicates included.
    @Test func duplicateRecipientsCountTowardTheLimit() async throws {
        let fixture = try await ListenerFixture { $0.maxRecipients = 5 }
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        _ = await client.command("EHLO c")
        _ = await client.command("MAIL FROM:<a@b.test>")
        for _ in 0..<5 { #expect(await client.command("RCPT TO:<alice@mx.test>") == "250") }
        #expect(await client.command("RCPT TO:<alice@mx.test>") == "452")
        await fixture.listener.close()
    }

    /// F12: a large message is written to a draft file as it arrives, not kept in memory, and
    /// stored whole.
    @Test func f12LargeMessageIsSpooledAsItArrives() async throws {
        let fixture = try await ListenerFixture()
        let client = try await RawClient.inData(port: fixture.port)
        let line = String(repeating: "0123456789", count: 10) + "\r\n"
        client.send("Subject: big\r\n\r\n")
        for _ in 0..<5 { client.send(String(repeating: line, count: 2_000)) }
        // While the message is arriving its octets are in the spool's tmp/ directory.
        var drafts: [String] = []
        for _ in 0..<50 where drafts.isEmpty {
            try await Task.sleep(for: .milliseconds(100))
            drafts = try FileManager.default.contentsOfDirectory(atPath: fixture.spool.root + "/tmp").filter { $0.hasSuffix(".draft") }
        }
        #expect(drafts.count == 1)
        client.send(".\r\n")
        #expect(await client.reply()?.hasPrefix("250") == true)
        let id = try #require(try fixture.spool.ids().first)
        #expect(try fixture.spool.messageBytes(id).count > 5 * 2_000 * 102)
        #expect(try FileManager.default.contentsOfDirectory(atPath: fixture.spool.root + "/tmp").isEmpty, "the draft is gone")
        await fixture.listener.close()
    }

    /// F4: pipelined commands whose replies the client never reads stop being processed once
    /// the channel is not writable; the server does not queue replies without bound.
    @Test func f4UnreadRepliesStopInputProcessing() async throws {
        let fixture = try await ListenerFixture()
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        // 2,000,000 HELPs: 12 MB of commands, far more replies than kernel buffers hold.
        let chunk = String(repeating: "HELP\r\n", count: 10_000)
        var sent = 0
        for _ in 0..<200 {
            guard client.sendNonBlocking(chunk) else { break }
            sent += 1
        }
        #expect(sent < 200, "the server stopped reading, so the client's sends eventually block")
        await fixture.listener.close()
    }

    @Test func oversizedMessageRefused() async throws {
        let fixture = try await ListenerFixture { $0.maxMessageSize = 2_000 }
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        _ = await client.command("EHLO c")
        #expect(await client.command("MAIL FROM:<a@b.test> SIZE=5000") == "552")
        _ = await client.command("MAIL FROM:<a@b.test>")
        _ = await client.command("RCPT TO:<alice@mx.test>")
        _ = await client.command("DATA")
        client.send(String(repeating: "0123456789012345678901234567890123456789\r\n", count: 100) + ".\r\n")
        #expect(await client.reply()?.hasPrefix("552 5.3.4") == true)
        #expect(await client.command("RSET") == "250")
        await fixture.listener.close()
    }

    @Test func overlongCommandLineAndNUL() async throws {
        let fixture = try await ListenerFixture()
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        client.send(String(repeating: "A", count: 10_000) + "\r\n")
        #expect(await client.reply()?.hasPrefix("500 5.5.2") == true)
        client.sendBytes(Array("NOOP\u{0}\r\n".utf8))
        #expect(await client.reply()?.hasPrefix("501") == true)
        client.sendBytes([0x45, 0x48, 0x4C, 0x4F, 0x20, 0xFF, 0xFE, 13, 10])
        #expect(await client.reply()?.hasPrefix("501") == true)
        #expect(await client.command("EHLO ok") == "250")
        await fixture.listener.close()
    }

    @Test func tooManyErrorsDisconnects() async throws {
        let fixture = try await ListenerFixture { $0.maxErrors = 3 }
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        #expect(await client.command("BOGUS") == "500")
        #expect(await client.command("BOGUS") == "500")
        #expect(await client.command("BOGUS") == "421")
        #expect(await client.reply() == nil)
        await fixture.listener.close()
    }

    @Test func connectionsPerIPCapped() async throws {
        let fixture = try await ListenerFixture()
        var clients: [RawClient] = []
        for _ in 0..<3 {
            let client = try RawClient(port: fixture.port)
            #expect(await client.reply()?.hasPrefix("220") == true)
            clients.append(client)
        }
        let extra = try RawClient(port: fixture.port)
        #expect(await extra.reply()?.hasPrefix("421 4.7.0") == true)
        clients.removeAll()
        try await Task.sleep(for: .milliseconds(300))
        let later = try RawClient(port: fixture.port)
        #expect(await later.reply()?.hasPrefix("220") == true)
        await fixture.listener.close()
    }

    @Test func idleTimeout() async throws {
        let fixture = try await ListenerFixture { $0.idleTimeout = .seconds(1) }
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        #expect(await client.reply()?.hasPrefix("421 4.4.2") == true)
        await fixture.listener.close()
    }

    @Test func accessRulesAtConnectSenderAndRecipient() async throws {
        let fixture = try await ListenerFixture(access: [
            AccessRuleRecord(key: "From:spam@hacker.test", action: "REJECT"),
            AccessRuleRecord(key: "To:alice@mx.test", action: "ERROR:5.7.1:550 Alice does not take mail"),
            AccessRuleRecord(key: "partner.test", action: "RELAY"),
            AccessRuleRecord(key: "quiet.test", action: "DISCARD"),
        ])
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        _ = await client.command("EHLO c")
        #expect(await client.command("MAIL FROM:<spam@hacker.test>") == "550")
        #expect(await client.command("MAIL FROM:<someone@quiet.test>") == "250")
        #expect(await client.command("RCPT TO:<alice@mx.test>") == "550")
        #expect(await client.command("RCPT TO:<x@partner.test>") == "250")
        #expect(await client.command("RCPT TO:<x@sub.partner.test>") == "250")
        #expect(await client.command("DATA") == "354")
        client.send("Subject: dropped\r\n\r\n.\r\n")
        #expect(await client.reply()?.hasPrefix("250 2.0.0 Ok") == true)
        #expect(try fixture.spool.ids().isEmpty, "a DISCARD sender queues nothing")
        await fixture.listener.close()

        let refusing = try await ListenerFixture(access: [AccessRuleRecord(key: "127.0.0", action: "REJECT")])
        let refused = try RawClient(port: refusing.port)
        #expect(await refused.reply()?.hasPrefix("554 5.7.1") == true)
        #expect(await refused.reply() == nil)
        await refusing.listener.close()
    }

    @Test func postmasterWithoutDomainIsAccepted() async throws {
        let fixture = try await ListenerFixture()
        let client = try RawClient(port: fixture.port)
        _ = await client.reply()
        _ = await client.command("HELO c")
        _ = await client.command("MAIL FROM:<>")
        // No postmaster user in the fake directory: accepted anyway (RFC 5321 §4.5.1), for the
        // server's own postmaster.
        #expect(await client.command("RCPT TO:<Postmaster>") == "250")
        // Our own address literal is the local domain; any other literal is remote.
        #expect(await client.command("RCPT TO:<user@[127.0.0.1]>") == "550")
        #expect(await client.command("RCPT TO:<user@[10.9.9.9]>") == "554")
        await fixture.listener.close()
    }
}
