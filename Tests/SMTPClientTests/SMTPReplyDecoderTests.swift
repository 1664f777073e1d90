import NIOCore
import NIOEmbedded
import SMTPProtocol
import Testing

@testable import SMTPClient

/// The client's reply framing: `ddd-text` lines continue a reply, `ddd text` (or `ddd`) ends it,
/// however the octets are split into reads.
struct SMTPReplyDecoderTests {
    static let wire = "220 mx.example.net ESMTP\r\n250-mx.example.net\r\n250-PIPELINING\r\n250 SIZE 1000\r\n354\r\n550 5.1.1 no\n"
    static let expected = [
        SMTPWireReply(code: 220, lines: ["mx.example.net ESMTP"]),
        SMTPWireReply(code: 250, lines: ["mx.example.net", "PIPELINING", "SIZE 1000"]),
        SMTPWireReply(code: 354, lines: [""]),
        SMTPWireReply(code: 550, lines: ["5.1.1 no"]),
    ]

    static func decode(_ chunks: [[UInt8]]) throws -> [SMTPWireReply] {
        let channel = EmbeddedChannel(handler: ByteToMessageHandler(SMTPReplyDecoder()))
        for chunk in chunks { try channel.writeInbound(ByteBuffer(bytes: chunk)) }
        var replies: [SMTPWireReply] = []
        while let reply = try channel.readInbound(as: SMTPWireReply.self) { replies.append(reply) }
        _ = try? channel.finish()
        return replies
    }

    @Test(arguments: [1, 2, 3, 7, 64, 4_096])
    func repliesAreTheSameInEveryChunkSize(size: Int) throws {
        let bytes = Array(Self.wire.utf8)
        let chunks = stride(from: 0, to: bytes.count, by: size).map { Array(bytes[$0..<min(bytes.count, $0 + size)]) }
        #expect(try Self.decode(chunks) == Self.expected)
    }

    @Test(arguments: ["25 short\r\n", "abc text\r\n", "250_bad separator\r\n", "2500 four digits\r\n"])
    func aLineThatIsNotAReplyIsAnError(line: String) {
        #expect(throws: SMTPClientError.self) { try Self.decode([Array(line.utf8)]) }
    }

    @Test func aLineWithoutEndIsBoundedByTheLimit() throws {
        // Grows until it passes the limit: below it the decoder waits, above it refuses.
        let below = Array(repeating: UInt8(ascii: "a"), count: SMTPReplyDecoder.maxLine)
        #expect(try Self.decode([Array("250 ".utf8) + below.dropLast(4)]).isEmpty)
        #expect(throws: SMTPClientError.self) { try Self.decode([Array("250 ".utf8) + below]) }
    }

    @Test func aReplyWithTooManyLinesIsRefused() throws {
        let lines = String(repeating: "250-x\r\n", count: SMTPReplyDecoder.maxLines) + "250 end\r\n"
        #expect(throws: SMTPClientError.self) { try Self.decode([Array(lines.utf8)]) }
        let fits = String(repeating: "250-x\r\n", count: SMTPReplyDecoder.maxLines - 1) + "250 end\r\n"
        #expect(try Self.decode([Array(fits.utf8)]).first?.lines.count == SMTPReplyDecoder.maxLines)
    }
}
