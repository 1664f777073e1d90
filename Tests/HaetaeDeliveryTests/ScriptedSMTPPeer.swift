import NIOCore
import NIOPosix
import Synchronization

/// An SMTP server on loopback that answers from a script, for tests of the outbound session:
/// it greets, answers each command line with what the script returns (a `421` or `221` answer
/// closes the connection), and after a `354` to DATA collects the message up to the lone dot.
struct ScriptedSMTPPeer: Sendable {
    /// One command line as the peer received it.
    struct Turn: Sendable {
        var line: String
        /// 1 for the first connection, 2 for the next…
        var connection: Int
        /// How many command lines came before on this connection.
        var index: Int
    }

    final class Log: Sendable {
        struct State {
            var connections = 0
            var turns: [Turn] = []
            /// Each message as received between `354` and the dot (still dot-stuffed).
            var messages: [[UInt8]] = []
        }

        let state = Mutex(State())
        var turns: [Turn] { state.withLock { $0.turns } }
        var lines: [String] { turns.map(\.line) }
        var messages: [[UInt8]] { state.withLock { $0.messages } }
        var connections: Int { state.withLock { $0.connections } }
    }

    /// What the script answers to the end of DATA.
    static let endOfData = "<end of DATA>"

    let log: Log
    let server: any Channel
    var port: Int { server.localAddress?.port ?? 0 }

    static func start(
        greeting: String = "220 peer.test ESMTP", script: @escaping @Sendable (Turn) -> String
    ) async throws -> ScriptedSMTPPeer {
        let log = Log()
        let server = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
            .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
            .childChannelInitializer { channel in
                let connection = log.state.withLock {
                    $0.connections += 1
                    return $0.connections
                }
                return channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        Handler(log: log, greeting: greeting, script: script, connection: connection))
                }
            }
            .bind(host: "127.0.0.1", port: 0).get()
        return ScriptedSMTPPeer(log: log, server: server)
    }

    func stop() async {
        try? await server.close()
    }

    final class Handler: ChannelInboundHandler {
        typealias InboundIn = ByteBuffer
        typealias OutboundOut = ByteBuffer

        let log: Log
        let greeting: String
        let script: @Sendable (Turn) -> String
        let connection: Int
        private var pending: [UInt8] = []
        private var message: [UInt8]?
        private var commands = 0

        init(log: Log, greeting: String, script: @escaping @Sendable (Turn) -> String, connection: Int) {
            self.log = log
            self.greeting = greeting
            self.script = script
            self.connection = connection
        }

        func channelActive(context: ChannelHandlerContext) {
            write(context, greeting)
        }

        func channelRead(context: ChannelHandlerContext, data: NIOAny) {
            var buffer = unwrapInboundIn(data)
            pending += buffer.readBytes(length: buffer.readableBytes) ?? []
            while let lf = pending.firstIndex(of: 10) {
                var line = Array(pending[..<lf])
                pending.removeFirst(lf + 1)
                if line.last == 13 { line.removeLast() }
                if var body = message {
                    if line == [UInt8(ascii: ".")] {
                        log.state.withLock { $0.messages.append(body) }
                        message = nil
                        answer(context, Turn(line: ScriptedSMTPPeer.endOfData, connection: connection, index: commands))
                    } else {
                        body += line + [13, 10]
                        message = body
                    }
                    continue
                }
                let turn = Turn(line: String(decoding: line, as: UTF8.self), connection: connection, index: commands)
                commands += 1
                log.state.withLock { $0.turns.append(turn) }
                answer(context, turn)
            }
        }

        private func answer(_ context: ChannelHandlerContext, _ turn: Turn) {
            let reply = script(turn)
            write(context, reply)
            let code = Int(reply.prefix(3)) ?? 0
            if turn.line.uppercased() == "DATA" && code == 354 { message = [] }
            if code == 221 || code == 421 { context.close(promise: nil) }
        }

        private func write(_ context: ChannelHandlerContext, _ reply: String) {
            context.writeAndFlush(wrapOutboundOut(ByteBuffer(string: reply + "\r\n")), promise: nil)
        }
    }
}
