import Foundation
import HaetaePolicy
import HaetaeQueue
import HaetaeTestSupport
import Logging
import NIOCore
import NIOEmbedded
import SMTPProtocol
import Testing

@testable import SMTPServer

/// The handler on a testing channel: no sockets, writability under the test's control.
struct SMTPServerHandlerTests {
    static func channel() async throws -> NIOAsyncTestingChannel {
        let configuration = SMTPServerConfiguration(hostname: "mx.test")
        let spool = try Spool(root: NSTemporaryDirectory() + "haetae-handler-" + UUID().uuidString)
        let services = SMTPServices(
            configuration: configuration,
            policy: SMTPPolicy(
                directory: fakeDirectory(), access: AccessMapCache(source: InMemoryAccessRules([])), trustedNetworks: [],
                primaryDomain: "mx.test"),
            spool: spool,
            receiver: MessageIntake(spool: spool, hostname: "mx.test"),
            limiter: ConnectionLimiter(maxTotal: 10, maxPerAddress: 10),
            logger: Logger(label: "test", factory: { _ in SwiftLogNoOpLogHandler() }))
        let channel = try await NIOAsyncTestingChannel { channel in
            try channel.pipeline.syncOperations.addHandler(
                SMTPServerHandler(services: services, listener: .mx, tlsContext: nil, implicitTLS: false))
        }
        try await channel.connect(to: SocketAddress(ipAddress: "127.0.0.1", port: 25)).get()
        return channel
    }

    static func reply(_ channel: NIOAsyncTestingChannel) async throws -> String {
        String(buffer: try await channel.waitForOutboundWrite(as: ByteBuffer.self))
    }

    /// F4: while the client does not read our replies (the channel is not writable), pipelined
    /// commands wait unprocessed; once it is writable again they are answered in order.
    @Test func f4UnwritableChannelHoldsPipelinedCommands() async throws {
        let channel = try await Self.channel()
        #expect(try await Self.reply(channel).hasPrefix("220 mx.test"))
        channel.isWritable = false
        try await channel.writeInbound(ByteBuffer(string: "NOOP\r\nHELP\r\nQUIT\r\n"))
        try await Task.sleep(for: .milliseconds(100))
        #expect(try await channel.readOutbound(as: ByteBuffer.self) == nil, "nothing processed while unwritable")
        channel.isWritable = true
        channel.pipeline.fireChannelWritabilityChanged()
        #expect(try await Self.reply(channel).hasPrefix("250 2.0.0"))
        #expect(try await Self.reply(channel).hasPrefix("214-2.0.0"))
        #expect(try await Self.reply(channel).hasPrefix("221 2.0.0"))
    }

    /// Pipelined commands split across reads anywhere are answered exactly once each, in order.
    @Test func pipelinedCommandsSplitAcrossReads() async throws {
        let channel = try await Self.channel()
        _ = try await Self.reply(channel)
        let input = "EHLO c\r\nMAIL FROM:<a@b.test>\r\nRCPT TO:<alice@mx.test>\r\nRCPT TO:<x@remote.test>\r\nRSET\r\n"
        for chunk in stride(from: 0, to: input.utf8.count, by: 7) {
            let bytes = Array(input.utf8)[chunk..<min(input.utf8.count, chunk + 7)]
            try await channel.writeInbound(ByteBuffer(bytes: bytes))
        }
        var replies: [String] = []
        while replies.count < 5 {
            let reply = try await Self.reply(channel)
            replies += reply.split(separator: "\r\n").filter { $0.dropFirst(3).first == " " }.map { String($0.prefix(9)) }
        }
        #expect(replies == ["250 HELP", "250 2.1.0", "250 2.1.5", "554 5.7.1", "250 2.0.0"])
    }
}
