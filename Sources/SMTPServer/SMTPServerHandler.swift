import MailCore
import Foundation
import HaetaePolicy
import HaetaeProtection
import HaetaeQueue
import HaetaeEvents
import Logging
import Metrics
import NIOCore
import NIOSSL
import NIOTLS
import SMTPProtocol

/// Executes an `SMTPServerConnection`'s actions over a channel: the connection (pure, in
/// `SMTPProtocol`) frames the input, runs the session and the DATA receiver, and says what to do;
/// this handler writes replies, runs the policy and queue calls through `SMTPServices`, keeps the
/// timers, and starts TLS.
///
/// Bounded by construction: the connection keeps no input and reads one unit at a time; while an
/// asynchronous step runs, while the client does not read our replies (the channel is not
/// writable), or while `inputHighWater` octets wait, the handler neither feeds the connection nor
/// asks the channel for more (it holds back `read`). DATA goes to a `MessageDraft` chunk by
/// chunk, so a connection holds at most one read plus a command line or a DATA chunk, and the
/// draft's in-memory prefix.
final class SMTPServerHandler: ChannelDuplexHandler {
    typealias InboundIn = ByteBuffer
    typealias OutboundIn = ByteBuffer
    typealias OutboundOut = ByteBuffer

    private let services: SMTPServices
    private let listener: ListenerKind
    private let metrics: SMTPListenerMetrics
    private let tlsContext: NIOSSLContext?
    private var connection: SMTPServerConnection
    private var draft: MessageDraft?
    private var dataStartedAt: NIODeadline?
    private var intakeCancellation: CancellationFlag?
    private var input: ByteBuffer
    private var busy = false
    /// A `read` the channel asked for while we were not ready for more input.
    private var pendingRead = false
    private var lifetimeTimer: Scheduled<Void>?
    private var closing = false
    private var wroteSinceFlush = false
    private var idleTimer: Scheduled<Void>?
    private var idleDeadline = NIODeadline.distantFuture
    private var clientAddress = "unknown"
    private var holdsSlot = false
    private var standing = ClientStanding(address: nil)
    private var logger: Logger
    private let sessionID: String

    private var session: SMTPSession { connection.session }

    init(
        services: SMTPServices, listener: ListenerKind, tlsContext: NIOSSLContext?, implicitTLS: Bool,
        metrics: SMTPListenerMetrics? = nil
    ) {
        self.services = services
        self.listener = listener
        self.metrics = metrics ?? SMTPListenerMetrics(listener: listener)
        self.tlsContext = tlsContext
        self.connection = SMTPServerConnection(
            configuration: services.configuration.connectionConfiguration(
                listener: listener, tlsAvailable: tlsContext != nil && !implicitTLS),
            tlsActive: implicitTLS)
        self.input = ByteBuffer()
        self.sessionID = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        self.logger = services.logger
        self.logger[metadataKey: "session"] = .string(sessionID)
    }

    // MARK: - Channel events

    func channelActive(context: ChannelHandlerContext) {
        if let remote = context.remoteAddress?.ipAddress { clientAddress = remote }
        logger.record(.connect, ["ip": clientAddress, "listener": listener.rawValue])
        metrics.connections.increment()
        guard services.limiter.acquire(clientAddress) else {
            logger.record(.rejectConnection, level: .warning, ["ip": "\(clientAddress)", "reason": "too-many-connections"])
            execute(connection.close(with: .tooManyConnections), context: context)
            return
        }
        holdsSlot = true
        metrics.sessions.increment()
        resetIdleTimer(context: context)
        lifetimeTimer = context.eventLoop.assumeIsolated().scheduleTask(in: Self.timeAmount(services.configuration.sessionLifetime)) { [self] in
            guard !closing else { return }
            logger.record(.timeout, ["ip": "\(clientAddress)", "reason": "session-lifetime"])
            execute(
                connection.close(with: SMTPReply(421, .init(4, 4, 2), "Session lifetime exceeded, closing connection")),
                context: context)
        }
        context.fireChannelActive()
        let policy = services.policy
        let client = clientAddress
        let local = context.localAddress?.ipAddress
        let checkDNSBL = listener == .mx
        runAsync(context: context, { await policy.connect(client: client, local: local, checkDNSBL: checkDNSBL) }) { [self] decision in
            switch decision {
            case .accept(let standing):
                self.standing = standing
                if let rule = standing.clientRule {
                    logger.record(.connectRule, ["ip": "\(clientAddress)", "rule": "\(rule.rule.keyText)", "action": "\(rule.rule.action)"])
                }
                if let dnsbl = standing.dnsblResult, !(dnsbl.listings.isEmpty && dnsbl.unavailable.isEmpty) {
                    logger.record(.dnsbl, ["ip": "\(clientAddress)", "listed": "\(dnsbl.listings.map(\.zone).joined(separator: ","))", "score": "\(dnsbl.score)", "unavailable": "\(dnsbl.unavailable.joined(separator: ","))", "result": "below-threshold"])
                }
                execute(connection.greet(), context: context)
            case .refuse(let reply):
                logger.record(.rejectConnection, level: .warning, ["ip": "\(clientAddress)", "reason": "policy", "reply": "\(reply)"])
                execute(connection.close(with: reply), context: context)
            }
        }
    }

    func channelInactive(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        lifetimeTimer?.cancel()
        closing = true
        // A message whose client left before the reply: skip its scan, forget its octets.
        intakeCancellation?.cancel()
        draft?.discard()
        draft = nil
        if holdsSlot {
            services.limiter.release(clientAddress)
            holdsSlot = false
            metrics.sessions.decrement()
        }
        logger.record(.disconnect, ["ip": clientAddress, "messages": "\(session.messagesAccepted)", "errors": "\(session.errorCount)"])
        context.fireChannelInactive()
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        guard !closing else { return }
        var bytes = unwrapInboundIn(data)
        input.writeBuffer(&bytes)
        processInput(context: context)
    }

    func channelWritabilityChanged(context: ChannelHandlerContext) {
        // The client read our replies: go on with the input we held back.
        if context.channel.isWritable { processInput(context: context) }
        context.fireChannelWritabilityChanged()
    }

    // MARK: - Backpressure

    /// Ready for more input: nothing asynchronous running, the client reads our replies, and
    /// little input waiting.
    private func readyForInput(_ context: ChannelHandlerContext) -> Bool {
        !busy && !closing && context.channel.isWritable && input.readableBytes < SMTPServerConfiguration.inputHighWater
    }

    func read(context: ChannelHandlerContext) {
        if readyForInput(context) {
            context.read()
        } else {
            pendingRead = true
        }
    }

    private func resumeReading(context: ChannelHandlerContext) {
        guard pendingRead, readyForInput(context) else { return }
        pendingRead = false
        context.read()
    }

    func userInboundEventTriggered(context: ChannelHandlerContext, event: Any) {
        if let tlsEvent = event as? TLSUserEvent, case .handshakeCompleted = tlsEvent {
            connection.tlsEstablished()
            logger.record(.tls, ["ip": "\(clientAddress)", "listener": "\(listener.rawValue)"])
            processInput(context: context)
        }
        context.fireUserInboundEventTriggered(event)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        if let sslError = error as? NIOSSLError, case .uncleanShutdown = sslError {
            // Clients often close without close_notify after QUIT; nothing to report.
            closing = true
            context.close(promise: nil)
            return
        }
        logger.record(.connectionError, ["ip": "\(clientAddress)", "error": "\(error)"])
        closing = true
        context.close(promise: nil)
    }

    // MARK: - Input

    /// Feeds the buffered input to the connection one unit at a time and executes what it says,
    /// until it waits (for input or an answer), something asynchronous runs, or the client stops
    /// reading our replies.
    private func processInput(context: ChannelHandlerContext) {
        defer { resumeReading(context: context) }
        while !busy && !closing && context.channel.isWritable {
            let step = input.withUnsafeReadableBytes { connection.next(in: $0) }
            input.moveReaderIndex(forwardBy: step.consumed)
            if step.isIdle { break }
            // A complete command, an over-long line or DATA octets reset the idle timer; a partial
            // line does not.
            if step.input != nil { resetIdleTimer(context: context) }
            switch step.input {
            case .command(let parsed): logCommand(parsed, step.actions)
            case .overlongLine: logger.record(.protocolError, ["ip": "\(clientAddress)", "reason": "line-too-long"])
            case .authResponse, .messageData, nil: break
            }
            execute(step.actions, context: context)
            if step.input == .messageData { checkDataRate(context: context) }
        }
        input.discardReadBytes()
        flushIfNeeded(context: context)
    }

    /// Postfix's smtpd_min_data_rate: a client trickling DATA does not hold a slot for hours.
    private func checkDataRate(context: ChannelHandlerContext) {
        guard !closing, let started = dataStartedAt, let wireOctets = connection.dataWireOctets else { return }
        let elapsed = NIODeadline.now() - started
        let grace = Self.timeAmount(services.configuration.dataRateGrace)
        guard elapsed > grace,
            Int64(wireOctets) < Int64(services.configuration.minDataRate) * elapsed.nanoseconds / 1_000_000_000
        else { return }
        logger.record(.timeout, ["ip": "\(clientAddress)", "reason": "data-rate", "wire_bytes": "\(wireOctets)", "seconds": "\(elapsed.nanoseconds / 1_000_000_000)"])
        execute(
            connection.close(with: SMTPReply(421, .init(4, 4, 2), "Data rate too slow, closing connection")),
            context: context)
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        .nanoseconds(duration.components.seconds * 1_000_000_000 + duration.components.attoseconds / 1_000_000_000)
    }

    /// One log line per SMTP event the audit needs; results that arrive later log themselves.
    private func logCommand(_ parsed: SMTPCommandParser.Outcome, _ actions: [SMTPConnectionAction]) {
        var rejected: SMTPReply?
        for case .reply(let reply) in actions.prefix(1) where reply.code >= 400 { rejected = reply }
        let result = rejected.map { "rejected reply=\(LogText.quote("\($0)"))" } ?? "accepted"
        switch parsed {
        case .error(let reply):
            logger.record(.protocolError, ["ip": "\(clientAddress)", "reply": "\(reply)"])
        case .command(let command):
            switch command {
            case .ehlo(let name), .helo(let name):
                logger.record(.helo, ["ip": "\(clientAddress)", "name": "\(name)", "result": "\(result)"])
            case .mail(let path, _):
                if rejected != nil {
                    logger.record(.mail, ["ip": clientAddress, "from": path.description, "user": session.authenticatedUser ?? "-", "result": result])
                }
            case .rcpt(let path, _):
                if rejected != nil {
                    logger.record(.rcpt, ["ip": clientAddress, "to": path.description, "user": session.authenticatedUser ?? "-", "result": result])
                }
            case .starttls:
                logger.record(.starttls, ["ip": "\(clientAddress)", "result": "\(result)"])
            case .auth(let mechanism, _):
                if rejected != nil {
                    logger.record(.auth, ["ip": clientAddress, "mechanism": mechanism, "result": "refused", "reply": "\(rejected!)"])
                }
            default:
                if rejected != nil {
                    logger.record(.command, ["ip": "\(clientAddress)", "result": "\(result)"])
                }
            }
        }
    }

    // MARK: - Actions

    private func execute(_ actions: [SMTPConnectionAction], context: ChannelHandlerContext) {
        for action in actions {
            switch action {
            case .reply(let reply):
                send(reply, context: context)
            case .close:
                closing = true
                draft?.discard()
                draft = nil
                flushAndClose(context: context)
            case .startTLS(let discardedOctets):
                startTLS(discardedOctets: discardedOctets, context: context)
            case .checkSender(let path):
                checkSender(path, context: context)
            case .checkRecipient(let path):
                checkRecipient(path, context: context)
            case .verifyCredentials(let credentials):
                verify(credentials, context: context)
            case .beginMessage:
                draft?.discard()
                draft = services.spool.makeDraft()
                dataStartedAt = .now()
            case .messageData(let bytes):
                draft?.append(bytes)
            case .enqueue(let transaction):
                dataStartedAt = nil
                enqueue(transaction, context: context)
            case .discardMessage(let reason):
                switch reason {
                case .policy:
                    logger.record(.discarded, ["ip": "\(clientAddress)", "size": "\(draft?.count ?? 0)", "reason": "access-discard"])
                case .refused(let outcome, let wireOctets):
                    logger.record(.dataRejected, ["ip": "\(clientAddress)", "reason": "\(outcome)", "wire_bytes": "\(wireOctets)"])
                case .hardLimit(let wireOctets):
                    logger.record(.dataRejected, level: .warning, ["ip": "\(clientAddress)", "reason": "size-hard-limit", "wire_bytes": "\(wireOctets)"])
                case .abandoned:
                    break
                }
                dataStartedAt = nil
                draft?.discard()
                draft = nil
            }
        }
    }

    private func runAsync<T: Sendable>(
        context: ChannelHandlerContext, _ work: @escaping @Sendable () async -> T,
        then: @escaping (T) -> Void
    ) {
        busy = true
        flushIfNeeded(context: context)
        let future = context.eventLoop.makeFutureWithTask(work)
        future.assumeIsolated().whenSuccess { [self] value in
            busy = false
            guard !closing else { return }
            then(value)
            processInput(context: context)
            resumeReading(context: context)
        }
    }

    private func checkSender(_ path: ReversePath, context: ChannelHandlerContext) {
        let policy = services.policy
        let user = session.authenticatedUser
        let standing = self.standing
        runAsync(context: context, { await policy.sender(path, standing: standing, authenticatedUser: user) }) { [self] decision in
            let result: String
            switch decision {
            case .accept: result = "accepted"
            case .discard: result = "discard"
            case .reject(let reply): result = "rejected reply=\(LogText.quote("\(reply)"))"
            }
            logger.record(.mail, ["ip": clientAddress, "from": path.description, "user": session.authenticatedUser ?? "-", "result": result])
            execute(connection.senderDecided(decision), context: context)
        }
    }

    private func checkRecipient(_ path: ForwardPath, context: ChannelHandlerContext) {
        let policy = services.policy
        let user = session.authenticatedUser
        let standing = self.standing
        let client = clientAddress
        let newMessage = session.transaction?.recipients.isEmpty ?? true
        runAsync(context: context, { () -> (RecipientDecision, String?) in
            let outcome = await policy.recipientStage(
                path, standing: standing, authenticatedUser: user, admission: .init(client: client, newMessage: newMessage))
            return (outcome.decision, outcome.protectionRefusal)
        }) { [self] (decision: RecipientDecision, protectionReason: String?) in
            switch decision {
            case .discard(let address):
                logger.record(.rcpt, ["ip": clientAddress, "to": path.description, "user": session.authenticatedUser ?? "-", "result": "discard", "address": address])
            case .accept(let address):
                logger.record(.rcpt, ["ip": clientAddress, "to": path.description, "user": session.authenticatedUser ?? "-", "result": "accepted", "address": address])
            case .reject(let reply):
                logger.record(.rcpt, ["ip": clientAddress, "to": path.description, "user": session.authenticatedUser ?? "-", "result": "rejected", "reply": "\(reply)", "protection": protectionReason])
                Counter(label: "haetae_rcpt_rejected_total", dimensions: [("reason", protectionReason ?? String(reply.code))]).increment()
            }
            execute(connection.recipientDecided(decision), context: context)
        }
    }

    private func verify(_ credentials: SASLCredentials, context: ChannelHandlerContext) {
        let policy = services.policy
        let client = clientAddress
        let account = AccountName.key(credentials.username)
        runAsync(context: context, { await policy.authenticate(credentials, client: client) }) { [self] result in
            switch result {
            case .success(let user):
                logger.record(.auth, ["ip": clientAddress, "result": "success", "user": user, "mechanism": credentials.mechanism])
                execute(connection.authenticationFinished(user: user), context: context)
            case .failure(let delay, let reason):
                Counter(label: "haetae_auth_failures_total", dimensions: [("listener", listener.rawValue)]).increment()
                logger.record(.auth, level: .warning, ["ip": clientAddress, "result": "failure", "user": account, "mechanism": credentials.mechanism, "delay": delay > 0 ? "\(Int(delay))s" : nil, "reason": reason])
                execute(connection.authenticationFinished(user: nil), context: context)
            case .busy:
                logger.record(.auth, level: .warning, ["ip": clientAddress, "result": "busy", "user": account, "mechanism": credentials.mechanism])
                execute(connection.authenticationFinished(user: nil, failureReply: AuthDecision.temporaryFailure), context: context)
            case .unavailable(let failure):
                logger.record(.auth, level: .error, ["ip": clientAddress, "result": "error", "user": account, "error": failure])
                execute(connection.authenticationFinished(user: nil, failureReply: AuthDecision.temporaryFailure), context: context)
            case .locked(let subject, let until):
                let minutes = max(1, Int((until.timeIntervalSinceNow / 60).rounded(.up)))
                logger.record(.auth, level: .warning, ["ip": clientAddress, "result": "locked", "user": account, "mechanism": credentials.mechanism, "subject": "\(subject)"])
                let reply = SMTPReply(454, .init(4, 7, 0), "Too many failed authentication attempts; try again in \(minutes) minutes")
                execute(connection.authenticationFinished(user: nil, failureReply: reply, close: true), context: context)
            }
        }
    }

    private func enqueue(_ transaction: SMTPTransaction, context: ChannelHandlerContext) {
        guard let draft else {
            execute(connection.queueFailed(), context: context)
            return
        }
        self.draft = nil
        let id = draft.id
        let now = Date()
        let protocolName = ReceivedHeader.protocolName(
            ehlo: session.usedEHLO, tls: session.tlsActive, authenticated: session.authenticatedUser != nil,
            smtpUTF8: transaction.smtpUTF8)
        let received = ReceivedHeader.build(
            helo: session.heloName, clientAddress: clientAddress, hostname: services.configuration.hostname,
            protocolName: protocolName, queueID: id,
            recipient: transaction.deliverableRecipients.count == 1 ? transaction.deliverableRecipients[0].address : nil,
            date: now)
        let message = IncomingMessage(
            id: id, origin: .smtp(listener: listener.rawValue), arrivedAt: now,
            sender: transaction.reversePath.mailbox?.wireString ?? "",
            recipients: transaction.deliverableRecipients.map(\.address), bodyType: transaction.bodyType.rawValue,
            smtpUTF8: transaction.smtpUTF8, clientAddress: clientAddress, heloName: session.heloName,
            authenticatedUser: session.authenticatedUser, trustedClient: standing.trustedNetwork != nil,
            trace: Array(received.utf8), draft: draft)
        let receiver = services.receiver
        let cancellation = CancellationFlag()
        intakeCancellation = cancellation
        runAsync(context: context, { await receiver.receive(message, cancellation: cancellation) }) { [self] outcome in
            intakeCancellation = nil
            switch outcome {
            case .failed(let failure):
                logger.record(.queueError, level: .error, ["ip": "\(clientAddress)", "id": "\(id)", "error": "\(failure)"])
                execute(connection.queueFailed(), context: context)
            case .refused(let reply):
                metrics.messagesRefused.increment()
                // 5xx: a check refused the content; 4xx: a check could not finish (the pipeline logged why).
                logger.record(.dataRejected, ["ip": "\(clientAddress)", "id": "\(id)", "reason": reply.code >= 500 ? "content" : "check-failed", "reply": "\(reply.description)"])
                execute(connection.messageRefused(reply), context: context)
            case .quarantined(let size):
                metrics.messagesQuarantined.increment()
                logger.record(.quarantined, ["ip": "\(clientAddress)", "id": "\(id)", "from": "<" + message.sender + ">", "rcpts": "\(message.recipients.count)", "size": "\(size)"])
                execute(connection.messageQueued(id: id), context: context)
            case .queued(let size):
                metrics.messagesQueued.increment()
                logger.record(
                    MailEventRecord(.queued, ["ip": clientAddress, "id": id, "from": "<" + message.sender + ">", "user": message.authenticatedUser, "rcpts": "\(message.recipients.count)", "size": "\(size)"])
                        .appending("to", values: message.recipients))
                execute(connection.messageQueued(id: id), context: context)
            }
        }
    }

    /// The 220 is written; the plaintext after STARTTLS was consumed and dropped by the connection.
    private func startTLS(discardedOctets: Int, context: ChannelHandlerContext) {
        flushReplies(context: context)
        if discardedOctets > 0 {
            logger.record(.starttlsInjection, level: .warning, ["ip": "\(clientAddress)", "discarded_bytes": "\(discardedOctets)"])
        }
        do {
            // The connection offers STARTTLS only when a certificate is loaded.
            guard let tlsContext else { throw ChannelError.operationUnsupported }
            let handler = NIOSSLServerHandler(context: tlsContext)
            try context.pipeline.syncOperations.addHandler(handler, position: .first)
        } catch {
            logger.record(.tlsError, level: .error, ["ip": "\(clientAddress)", "error": "\(error)"])
            _ = connection.close(with: nil)
            closing = true
            context.close(promise: nil)
        }
    }

    // MARK: - Output

    private func send(_ reply: SMTPReply, context: ChannelHandlerContext) {
        var buffer = context.channel.allocator.buffer(capacity: 64)
        buffer.writeString(reply.wireString)
        context.write(wrapOutboundOut(buffer), promise: nil)
        wroteSinceFlush = true
    }

    private func flushReplies(context: ChannelHandlerContext) {
        wroteSinceFlush = false
        context.flush()
    }

    private func flushIfNeeded(context: ChannelHandlerContext) {
        if wroteSinceFlush { flushReplies(context: context) }
    }

    private func flushAndClose(context: ChannelHandlerContext) {
        idleTimer?.cancel()
        let promise = context.eventLoop.makePromise(of: Void.self)
        context.writeAndFlush(wrapOutboundOut(context.channel.allocator.buffer(capacity: 0)), promise: promise)
        wroteSinceFlush = false
        promise.futureResult.assumeIsolated().whenComplete { _ in
            context.close(promise: nil)
        }
    }

    /// Moves the idle deadline. The timer is not re-scheduled for every command (a cancel and a
    /// schedule on the event loop's heap each time): one timer runs, and when it fires before the
    /// deadline it arms itself again for the rest.
    private func resetIdleTimer(context: ChannelHandlerContext) {
        idleDeadline = .now() + Self.timeAmount(services.configuration.idleTimeout)
        if idleTimer == nil { armIdleTimer(context: context) }
    }

    private func armIdleTimer(context: ChannelHandlerContext) {
        idleTimer = context.eventLoop.assumeIsolated().scheduleTask(deadline: idleDeadline) { [self] in
            idleTimer = nil
            guard !closing else { return }
            if NIODeadline.now() < idleDeadline {
                armIdleTimer(context: context)
                return
            }
            logger.record(.timeout, ["ip": "\(clientAddress)"])
            execute(connection.timedOut(), context: context)
        }
    }
}




/// The metrics every connection of a listener counts, made once per listener (when it binds)
/// instead of looked up in the metrics registry on every connection and message.
final class SMTPListenerMetrics: Sendable {
    let connections: Counter
    let sessions: Meter
    let messagesQueued: Counter
    let messagesQuarantined: Counter
    let messagesRefused: Counter

    init(listener: ListenerKind) {
        connections = Counter(label: "haetae_smtp_connections_total", dimensions: [("listener", listener.rawValue)])
        sessions = Meter(label: "haetae_smtp_sessions", dimensions: [("listener", listener.rawValue)])
        messagesQueued = Counter(label: "haetae_messages_total", dimensions: [("outcome", "queued")])
        messagesQuarantined = Counter(label: "haetae_messages_total", dimensions: [("outcome", "quarantined")])
        messagesRefused = Counter(label: "haetae_messages_total", dimensions: [("outcome", "refused")])
    }
}
