import Foundation
import HaetaeEvents
import IMAPProtocol
import Logging
import NIOCore
import NIOSSL
import NIOTLS

/// Runs a mailbox-access session (`IMAPSession`, or `POP3Session` whose commands are plain
/// lines) over a channel: frames the input (`IMAPInputFramer`), spills large IMAP APPEND
/// literals to a file, runs one command at a time, starts TLS, keeps the timers.
///
/// Bounded: while a command runs, while the client does not read our responses, or while
/// `inputHighWater` octets wait, the handler stops reading. A response is written as the session
/// produces it (a FETCH of many messages one message at a time). A literal larger than the
/// in-memory limit goes to a file (APPEND, once logged in) or is refused.
final class MailAccessHandler<Session: MailAccessSession>: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    static var inputHighWater: Int { 256 * 1_024 }

    private let services: MailAccessServices
    private let tlsContext: NIOSSLContext?
    private let implicitTLS: Bool
    private var session: Session?
    private let makeSession: @Sendable (_ client: String, _ logger: Logger) -> Session
    /// The listener's name in the log (`imap`, `imaps`, `pop3`, `pop3s`).
    private let name: String
    /// Commands are lines without literals (POP3).
    private let linesOnly: Bool
    private var framer = IMAPInputFramer()
    private var input = ByteBuffer()
    /// Asynchronous steps running (a command, the TLS flag, an IDLE poll): input waits for none.
    private var running = 0
    private var busy: Bool { running > 0 }
    private var closing = false
    private var pendingRead = false
    private var holdsSlot = false
    private var clientAddress = "unknown"
    private var mode = Mode.command
    private var spill: SpillFile?
    private var authenticated = false
    private var idleTimer: Scheduled<Void>?
    private var pollTimer: Scheduled<Void>?
    /// Login must happen within this long of connecting, whatever the client sends meanwhile.
    private var loginDeadline: Scheduled<Void>?
    /// The step running, cancelled when the client leaves (a FETCH of a whole mailbox stops).
    private var cancelRunning: (() -> Void)?
    static var loginWithin: TimeAmount { .seconds(180) }
    private var logger: Logger

    enum Mode {
        case command
        case sasl
        case idle
    }

    init(
        services: MailAccessServices, tlsContext: NIOSSLContext?, implicitTLS: Bool, name: String, linesOnly: Bool,
        makeSession: @escaping @Sendable (_ client: String, _ logger: Logger) -> Session
    ) {
        self.services = services
        self.name = name
        self.linesOnly = linesOnly
        self.makeSession = makeSession
        self.tlsContext = tlsContext
        self.implicitTLS = implicitTLS
        self.logger = services.logger
        logger[metadataKey: "session"] = .string(String(UInt64.random(in: 0...UInt64.max), radix: 36))
    }

    // MARK: Channel events

    func channelActive(context: ChannelHandlerContext) {
        if let remote = context.remoteAddress?.ipAddress { clientAddress = remote }
        logger.record(.connect, ["ip": clientAddress, "listener": name])
        context.fireChannelActive()
        guard services.limiter.acquire(clientAddress) else {
            logger.record(.rejectConnection, level: .warning, ["ip": clientAddress, "listener": name, "reason": "too-many-connections"])
            send(Array((linesOnly ? "-ERR [SYS/TEMP] Too many connections, try again later\r\n" : "* BYE Too many connections, try again later\r\n").utf8), context: context)
            close(context: context)
            return
        }
        holdsSlot = true
        let session = makeSession(clientAddress, logger)
        self.session = session
        framer.rawLines = linesOnly
        if linesOnly { framer.limits.maxLineLength = 1_024 }
        resetIdleTimer(context: context)
        loginDeadline = context.eventLoop.assumeIsolated().scheduleTask(in: Self.loginWithin) { [self] in
            guard !closing, !authenticated else { return }
            logger.record(.timeout, ["ip": clientAddress, "listener": name, "reason": "no-login"])
            send(Array((linesOnly ? "-ERR No login, closing\r\n" : "* BYE No login, closing\r\n").utf8), context: context)
            close(context: context)
        }
        framer.limits.maxInMemoryLiterals = services.limits.preAuthLiteral
        framer.limits.maxCommandSize = services.limits.preAuthLiteral + 65_536
        runAsync(context: context, { await session.greeting() }) { [self] greeting in
            send(greeting, context: context)
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        closing = true
        idleTimer?.cancel()
        pollTimer?.cancel()
        loginDeadline?.cancel()
        cancelRunning?()
        spill?.discard()
        spill = nil
        if holdsSlot {
            services.limiter.release(clientAddress)
            holdsSlot = false
        }
        logger.record(.disconnect, ["ip": clientAddress, "listener": name])
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        var bytes = unwrapInboundIn(data)
        input.writeBuffer(&bytes)
        processInput(context: context)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        if context.channel.isWritable { processInput(context: context) }
        context.fireChannelWritabilityChanged()
    }

    func read(context: ChannelHandlerContext) {
        if readyForInput(context) { context.read() } else { pendingRead = true }
    }

    private func readyForInput(_ context: ChannelHandlerContext) -> Bool {
        !busy && !closing && context.channel.isWritable && input.readableBytes < Self.inputHighWater
    }

    private func resumeReading(context: ChannelHandlerContext) {
        guard pendingRead, readyForInput(context) else { return }
        pendingRead = false
        context.read()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tlsEvent = event as? TLSUserEvent, case .handshakeCompleted = tlsEvent, let session {
            logger.record(.tls, ["ip": clientAddress, "listener": name])
            runAsync(context: context, { await session.tlsEstablished() }) { _ in }
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let sslError = error as? NIOSSLError, case .uncleanShutdown = sslError {
            close(context: context)
            return
        }
        logger.record(.connectionError, ["ip": clientAddress, "listener": name, "error": "\(error)"])
        close(context: context)
    }

    // MARK: Input

    private func processInput(context: ChannelHandlerContext) {
        defer { resumeReading(context: context) }
        while !busy && !closing && context.channel.isWritable {
            let step = input.withUnsafeReadableBytes { framer.next(in: $0) }
            input.moveReaderIndex(forwardBy: step.consumed)
            switch step.event {
            case .needInput:
                if step.consumed == 0 { return }
            case .lineTooLong:
                send(Array((linesOnly ? "-ERR Command line too long\r\n" : "* BYE Command line too long\r\n").utf8), context: context)
                close(context: context)
                return
            case .literalData(let chunk):
                do { try spill?.write(chunk) } catch {
                    logger.record(.connectionError, level: .error, ["ip": clientAddress, "listener": name, "error": "\(error)"])
                    send(Array("* BYE Server error storing the message\r\n".utf8), context: context)
                    close(context: context)
                    return
                }
            case .literalAnnounced(let size, let nonSync, let prefix):
                literalAnnounced(size: size, nonSync: nonSync, prefix: prefix, context: context)
            case .command(let segments):
                resetIdleTimer(context: context)
                dispatch(segments, context: context)
            }
        }
    }

    /// Decides where an announced literal goes: memory, a spill file (APPEND once logged in), or
    /// nowhere (too large: refused, and for a non-synchronising one the connection ends).
    private func literalAnnounced(size: Int, nonSync: Bool, prefix: [IMAPCommandSegment], context: ChannelHandlerContext) {
        let isAppend = Self.isAppend(prefix)
        var accepted = false
        var refusal = "BAD Literal too large"
        if isAppend && authenticated {
            if spill != nil {
                refusal = "NO [CANNOT] One message per APPEND"
            } else if size > services.limits.maxMessageSize {
                refusal = "NO [TOOBIG] Message larger than \(services.limits.maxMessageSize) octets"
            } else if size > 65_536 {
                do {
                    let file = try SpillFile(directory: services.spoolDirectory)
                    spill = file
                    accepted = framer.acceptLiteral(spillTo: file.path)
                } catch {
                    logger.record(.connectionError, level: .error, ["ip": clientAddress, "listener": name, "error": "\(error)"])
                    refusal = "NO [SERVERBUG] Cannot store the message now"
                }
            } else {
                accepted = framer.acceptLiteral(spillTo: nil)
            }
        } else {
            accepted = framer.acceptLiteral(spillTo: nil)
        }
        if accepted {
            if !nonSync { send(Array("+ Ready for literal data\r\n".utf8), context: context) }
            return
        }
        framer.rejectLiteral()
        spill?.discard()
        spill = nil
        let tag = Self.tag(prefix) ?? "*"
        if nonSync {
            // Its octets are on their way and cannot be told from commands: end the connection.
            send(Array("\(tag) \(refusal)\r\n* BYE Literal refused\r\n".utf8), context: context)
            close(context: context)
        } else {
            send(Array("\(tag) \(refusal)\r\n".utf8), context: context)
        }
    }

    static func tag(_ prefix: [IMAPCommandSegment]) -> String? {
        guard case .text(let first)? = prefix.first, let space = first.firstIndex(of: 0x20), space > 0 else { return nil }
        let tag = first[..<space]
        guard tag.count <= 64, tag.allSatisfy({ $0 > 0x20 && $0 < 0x7F }) else { return nil }
        return String(decoding: tag, as: UTF8.self)
    }

    static func isAppend(_ prefix: [IMAPCommandSegment]) -> Bool {
        guard case .text(let first)? = prefix.first else { return false }
        let words = first.split(separator: 0x20, maxSplits: 2)
        return words.count >= 2 && String(decoding: words[1], as: UTF8.self).uppercased() == "APPEND"
    }

    private func dispatch(_ segments: [IMAPCommandSegment], context: ChannelHandlerContext) {
        guard let session else { return }
        if let spill {
            do { try spill.finish() } catch {
                spill.discard()
                self.spill = nil
                send(Array("* BYE Server error storing the message\r\n".utf8), context: context)
                close(context: context)
                return
            }
            self.spill = nil
        }
        let output = ChannelOutput(channel: context.channel)
        switch mode {
        case .sasl:
            mode = .command
            framer.rawLines = linesOnly
            let line: [UInt8]
            if case .text(let bytes)? = segments.first { line = bytes } else { line = [] }
            runAsync(context: context, { await session.authenticateResponse(line, output: output) }) { [self] effect in
                apply(effect, context: context)
            }
        case .idle:
            let line: [UInt8]
            if case .text(let bytes)? = segments.first { line = bytes } else { line = [] }
            mode = .command
            framer.rawLines = linesOnly
            pollTimer?.cancel()
            runAsync(context: context, { await session.idleLine(line, output: output) }) { _ in }
        case .command:
            runAsync(context: context, { await session.handle(segments, output: output) }) { [self] effect in
                apply(effect, context: context)
            }
        }
    }

    private func apply(_ effect: IMAPEffect, context: ChannelHandlerContext) {
        guard let session else { return }
        switch effect {
        case .none:
            break
        case .close:
            close(context: context)
        case .saslContinue:
            mode = .sasl
            framer.rawLines = true
        case .idle:
            mode = .idle
            framer.rawLines = true
            schedulePoll(context: context)
        case .startTLS:
            // Anything the client sent after STARTTLS was sent in the clear: dropped (no command
            // injection into the TLS session, the CVE-2011-0411 class).
            if input.readableBytes > 0 {
                logger.record(.starttlsInjection, level: .warning, ["ip": clientAddress, "listener": name, "discarded_bytes": "\(input.readableBytes)"])
            }
            input.clear()
            guard let tlsContext else { return }
            do {
                try context.pipeline.syncOperations.addHandler(NIOSSLServerHandler(context: tlsContext), position: .first)
            } catch {
                close(context: context)
            }
        }
        // Once logged in, APPEND may bring larger literals; before, only LOGIN's few octets.
        runAsync(context: context, { await session.isAuthenticated }) { [self] isAuthenticated in
            if isAuthenticated && !authenticated {
                authenticated = true
                loginDeadline?.cancel()
                framer.limits.maxInMemoryLiterals = 1_048_576
                framer.limits.maxCommandSize = IMAPInputFramer.Limits().maxCommandSize
                resetIdleTimer(context: context)
            }
        }
    }

    // MARK: Timers

    private func resetIdleTimer(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        let seconds = authenticated ? services.limits.idleTimeout : services.limits.preAuthTimeout
        idleTimer = context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(seconds)) { [self] in
            guard !closing else { return }
            logger.record(.timeout, ["ip": clientAddress, "listener": name, "reason": "idle"])
            send(Array((linesOnly ? "-ERR Idle for too long, closing\r\n" : "* BYE Idle for too long, closing\r\n").utf8), context: context)
            close(context: context)
        }
    }

    private func schedulePoll(context: ChannelHandlerContext) {
        pollTimer?.cancel()
        pollTimer = context.eventLoop.assumeIsolated().scheduleTask(in: .seconds(services.limits.idlePoll)) { [self] in
            guard !closing, case .idle = mode, let session else { return }
            guard !busy else {
                schedulePoll(context: context)
                return
            }
            let output = ChannelOutput(channel: context.channel)
            runAsync(context: context, { await session.idlePoll(output: output) }) { [self] goOn in
                guard goOn else {
                    close(context: context)
                    return
                }
                if case .idle = mode { schedulePoll(context: context) }
            }
        }
    }

    // MARK: Helpers

    /// Runs `work` off the event loop; while it runs no input is read or processed.
    private func runAsync<T: Sendable>(
        context: ChannelHandlerContext, _ work: @escaping @Sendable () async -> T, then: @escaping (T) -> Void
    ) {
        running += 1
        let loop = context.eventLoop
        let promise = loop.makePromise(of: T.self)
        let started = Task { await work() }
        cancelRunning = { started.cancel() }
        promise.completeWithTask { await started.value }
        promise.futureResult.assumeIsolated().whenSuccess { [self] value in
            running -= 1
            then(value)
            if !closing { processInput(context: context) }
        }
    }

    private func send(_ bytes: [UInt8], context: ChannelHandlerContext) {
        guard !closing else { return }
        context.writeAndFlush(wrapOutboundOut(ByteBuffer(bytes: bytes)), promise: nil)
    }

    private func close(context: ChannelHandlerContext) {
        guard !closing else { return }
        closing = true
        idleTimer?.cancel()
        pollTimer?.cancel()
        context.close(promise: nil)
    }
}

/// Writes a session's responses to the channel; returns once NIO has the bytes written.
struct ChannelOutput: IMAPOutput {
    let channel: any Channel
    func send(_ bytes: [UInt8]) async -> Bool {
        guard !Task.isCancelled, channel.isActive else { return false }
        do {
            try await channel.writeAndFlush(ByteBuffer(bytes: bytes))
            return true
        } catch {
            return false
        }
    }
}

/// A large APPEND literal on its way to disk: created exclusively, written in order, fsynced.
final class SpillFile {
    let path: String
    private var descriptor: Int32

    /// `directory` exists (made when the listener starts).
    init(directory: String) throws {
        path = directory + "/append-" + String(UInt64.random(in: 0...UInt64.max), radix: 36)
        descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw SpillError(message: "open \(path): \(String(cString: strerror(errno)))") }
    }

    struct SpillError: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    /// Stored with LF line ends, as Maildir files are.
    private var lineEnds = CRLFToLF()

    func write(_ input: [UInt8]) throws {
        try writeRaw(lineEnds.convert(input[...]))
    }

    private func writeRaw(_ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let written = bytes[offset...].withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                throw SpillError(message: "write \(path): \(String(cString: strerror(errno)))")
            }
            offset += written
        }
    }

    /// Closes the file; the session fsyncs it (off the event loop) before it answers OK.
    func finish() throws {
        guard descriptor >= 0 else { return }
        try writeRaw(lineEnds.finish())
        let result = Glibc.close(descriptor)
        descriptor = -1
        guard result == 0 else { throw SpillError(message: "close \(path): \(String(cString: strerror(errno)))") }
    }

    deinit {
        if descriptor >= 0 { Glibc.close(descriptor) }
    }

    func discard() {
        if descriptor >= 0 {
            Glibc.close(descriptor)
            descriptor = -1
        }
        unlink(path)
    }
}
