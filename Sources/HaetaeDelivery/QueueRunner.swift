import MailCore
import Foundation
import HaetaeEvents
import HaetaeQueue
import HaetaeStore
import Logging
import Metrics

/// The queue manager: takes fresh messages first, retries deferred ones when due, delivers
/// local recipients (after alias expansion) to Maildir and remote ones through the remote agent,
/// backs off on temporary failures, bounces permanent ones (RFC 3464), and removes a message
/// when every recipient is delivered or bounced. On start every queued message is scheduled
/// again; Maildir names make a repeated local delivery a no-op.
public actor QueueRunner {
    public struct Configuration: Sendable {
        public var hostname: String
        public var scanInterval: Duration
        public var concurrency: Int
        public var retry: RetryPolicy
        /// Send a "delayed" notice once a recipient has waited this long (nil: never).
        public var delayWarning: TimeInterval?
        public var postmaster: String
        /// Domains forwarded to a backend (gateway mode): a failure there is bounced only to an
        /// authenticated sender; for mail from outside the sender may be forged, so it is dropped
        /// with a log line instead (no backscatter).
        public var gatewayDomains: Set<String> = []

        public init(
            hostname: String, scanInterval: Duration = .seconds(60), concurrency: Int = 4,
            retry: RetryPolicy = RetryPolicy(), delayWarning: TimeInterval? = nil, postmaster: String? = nil,
            gatewayDomains: Set<String> = []
        ) {
            self.gatewayDomains = gatewayDomains
            self.hostname = hostname
            self.scanInterval = scanInterval
            self.concurrency = concurrency
            self.retry = retry
            self.delayWarning = delayWarning
            self.postmaster = postmaster ?? "postmaster@\(hostname)"
        }
    }

    let spool: Spool
    let directory: any MailDirectory
    let maildir: MaildirWriter
    let remote: RemoteDeliveryAgent?
    let configuration: Configuration
    let logger: Logger
    private var scheduler = DeliveryScheduler()
    private var forced = Set<String>()
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var stopped = false
    /// Messages with recipients waiting for remote delivery (pending or deferred), for the breaker.
    private var remoteWaiting = Set<String>()
    /// Fresh messages known to have local recipients only (not counted in the remote backlog).
    private var freshLocal = Set<String>()
    /// Messages to hold once their delivery attempt in progress is saved.
    private var pendingHolds = Set<String>()
    /// When this runner started: messages that arrived before may have been delivered by an
    /// earlier run that stopped before it could record it.
    private let startedAt = Date()

    public init(
        spool: Spool, directory: any MailDirectory, maildir: MaildirWriter, remote: RemoteDeliveryAgent?,
        configuration: Configuration, logger: Logger
    ) {
        self.spool = spool
        self.directory = directory
        self.maildir = maildir
        self.remote = remote
        self.configuration = configuration
        self.logger = logger
    }

    // MARK: - Scheduling

    /// Schedules a freshly accepted message (ahead of retries). Not knowing its recipients, the
    /// breaker's backlog counts it as remote until its first attempt.
    public func enqueue(_ id: String) {
        schedule(id, fresh: true)
    }

    /// Schedules a freshly accepted message whose recipients are known: only one with a remote
    /// recipient counts toward the breaker's backlog. (A burst of inbound mail for local users
    /// must not trip the breaker and stop the site's outbound mail.)
    public func enqueue(_ id: String, recipients: [String]) async {
        var cache: [String: Bool] = [:]
        if await hasRemoteRecipient(recipients, cache: &cache) {
            remoteWaiting.insert(id)
        } else {
            freshLocal.insert(id)
        }
        schedule(id, fresh: true)
    }

    private func schedule(_ id: String, fresh isFresh: Bool) {
        guard scheduler.schedule(id, fresh: isFresh) else { return }
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    /// Schedules every message with a due recipient; `force` makes deferred ones due now
    /// (`queue flush`), for all messages or the given IDs.
    public func scheduleDue(force: Bool, ids: Set<String>? = nil) async {
        let now = Date()
        let messages = spool.list().messages
        if ids == nil { await rebuildRemoteWaiting(messages) }
        for message in messages {
            let id = message.envelope.id
            if let ids, !ids.contains(id) { continue }
            let due = message.envelope.recipients.contains {
                $0.isDue(at: now) || (force && $0.status == .deferred)
            }
            if due {
                if force { forced.insert(id) }
                schedule(id, fresh: false)
            }
        }
    }

    /// Messages waiting for remote delivery: those whose remote recipients are pending or
    /// deferred, plus fresh messages not yet tried (counted until their first attempt sorts them).
    public func remoteBacklog() -> Int {
        remoteWaiting.count + scheduler.freshIDs.count(where: { !remoteWaiting.contains($0) && !freshLocal.contains($0) })
    }

    /// Re-reads which queued messages wait for remote delivery (at start and every scan).
    private func rebuildRemoteWaiting(_ messages: [QueuedMessage]) async {
        var waiting = Set<String>()
        var localDomains: [String: Bool] = [:]
        for message in messages where await hasRemoteWork(message.envelope, cache: &localDomains) {
            waiting.insert(message.envelope.id)
        }
        remoteWaiting = waiting.union(remoteWaiting.filter { scheduler.isActive($0) })
    }

    private func hasRemoteWork(_ envelope: QueueEnvelope, cache: inout [String: Bool]) async -> Bool {
        await hasRemoteRecipient(
            envelope.recipients.filter { $0.status == .pending || $0.status == .deferred }.map(\.address), cache: &cache)
    }

    private func hasRemoteRecipient(_ addresses: [String], cache: inout [String: Bool]) async -> Bool {
        for address in addresses {
            let domain = address.split(separator: "@").last.map { String($0).lowercased() } ?? ""
            let local: Bool
            if let known = cache[domain] {
                local = known
            } else {
                local = (try? await directory.isLocalDomain(domain)) ?? true
                cache[domain] = local
            }
            if !local { return true }
        }
        return false
    }

    /// Holds every message matching `predicate` that still has recipients to deliver; a message
    /// being delivered right now is held when its attempt is saved. Returns (messages, recipients).
    public func hold(where predicate: @Sendable (QueueEnvelope) -> Bool) async -> (messages: Int, recipients: Int) {
        var messages = 0
        var recipients = 0
        for message in spool.list().messages where predicate(message.envelope) {
            let id = message.envelope.id
            let open = message.envelope.recipients.filter { $0.status == .pending || $0.status == .deferred }.count
            guard open > 0 else { continue }
            messages += 1
            recipients += open
            if scheduler.isActive(id) {
                pendingHolds.insert(id)
                continue
            }
            var envelope = message.envelope
            for index in envelope.recipients.indices
            where envelope.recipients[index].status == .pending || envelope.recipients[index].status == .deferred {
                envelope.recipients[index].status = .held
                envelope.recipients[index].nextAttempt = nil
            }
            do {
                try await spool.updateRecipients(id, envelope.recipients)
                remoteWaiting.remove(id)
                scheduler.unschedule(id)
                logger.record(.held, ["id": "\(id)", "recipients": "\(open)", "reason": "protection"])
            } catch {
                logger.record(.queueError, level: .error, ["id": "\(id)", "error": "cannot hold: \(error)"])
            }
        }
        return (messages, recipients)
    }

    /// Queues a plain-text notice from the mailer daemon (null sender, so it never bounces back).
    public func sendNotice(to recipient: String, subject: String, body: String) async {
        let id = QueueID.make()
        let bytes = NoticeMessage.render(
            from: "MAILER-DAEMON@\(configuration.hostname)", to: recipient, subject: subject, body: body,
            messageID: "<\(id)@\(configuration.hostname)>", date: Date())
        do {
            try await MessageIntake(spool: spool, hostname: configuration.hostname).accept(
                origin: .notice, sender: "", recipients: [recipient], message: bytes, id: id)
            logger.record(.notice, ["id": "\(id)", "to": "\(recipient)", "subject": subject])
            enqueue(id)
        } catch {
            logger.record(.queueError, level: .error, ["error": "cannot queue notice: \(error)"])
        }
    }

    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// The scheduler's next message (fresh first, one retry after every four fresh ones);
    /// waits while nothing is due.
    private func next() async -> String? {
        while scheduler.isIdle {
            if stopped || Task.isCancelled { return nil }
            await withCheckedContinuation { waiters.append($0) }
        }
        if stopped { return nil }
        return scheduler.next()
    }

    private func finished(_ id: String) {
        freshLocal.remove(id)
        scheduler.finished(id)
        forced.remove(id)
    }

    private func isForced(_ id: String) -> Bool { forced.contains(id) }

    private func stop() {
        stopped = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    /// A request from the control socket (`QueueControl`): the CLI and the console ask for a
    /// pickup (new or released mail) or a flush (retry now, all or some IDs).
    public func handle(_ request: QueueRequest) async {
        switch request {
        case .pickup:
            await scheduleDue(force: false)
        case .flush(let ids):
            await scheduleDue(force: true, ids: ids.isEmpty ? nil : Set(ids))
        case .protectionChanged:
            break  // for the protection monitor, not the queue
        }
    }

    /// Runs until cancelled: the delivery workers, and a timer that closes idle outbound
    /// connections and scans the queue every `scanInterval`. Requests arrive through `handle`.
    public func run() async {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<configuration.concurrency {
                group.addTask {
                    while let id = await self.next() {
                        await self.deliver(id)
                        await self.finished(id)
                    }
                }
            }
            group.addTask {
                var sinceScan = Duration.zero
                let tick = Duration.seconds(1)
                while !Task.isCancelled {
                    try? await Task.sleep(for: tick)
                    sinceScan += tick
                    await self.remote?.sweepIdleConnections()
                    if sinceScan >= self.configuration.scanInterval {
                        await self.scheduleDue(force: false)
                        sinceScan = .zero
                    }
                }
                await self.stop()
            }
            await withTaskCancellationHandler {
                await group.waitForAll()
            } onCancel: {
                Task { await self.stop() }
            }
        }
    }

    // MARK: - Delivery

    func deliver(_ id: String) async {
        var envelope: QueueEnvelope
        let messageOffset: Int
        do {
            (envelope, messageOffset) = try spool.load(id)
        } catch SpoolError.notFound {
            return
        } catch {
            logger.record(.queueError, level: .error, ["id": "\(id)", "error": "\(error)"])
            return
        }
        let now = Date()
        let force = isForced(id)
        var message: [UInt8]?
        func bytes() throws -> [UInt8] {
            if message == nil { message = try spool.messageBytes(id, from: messageOffset) }
            return message!
        }
        var changed = false
        var bounced: [DeliveryStatusNotification.Recipient] = []

        // 1. Local recipients: expand aliases, deliver mailboxes, turn remote targets into recipients.
        var index = 0
        while index < envelope.recipients.count {
            defer { index += 1 }
            let recipient = envelope.recipients[index]
            guard recipient.isDue(at: now) || (force && recipient.status == .deferred) else { continue }
            let lookup: RecipientLookup
            do {
                lookup = try await directory.lookupRecipient(recipient.address)
            } catch {
                envelope.recipients[index].attempts += 1
                defer_(&envelope.recipients[index], reply: "451 4.3.0 directory lookup failed: \(error)", now: now, envelope: envelope, bounced: &bounced)
                changed = true
                continue
            }
            if case .notLocal = lookup { continue }
            changed = true
            do {
                let expansion = try await directory.expand(recipient.address)
                for mailbox in expansion.mailboxes {
                    // Only a message queued before this run started (a crash may have come between
                    // the Maildir write and the queue update) or tried before may be there already.
                    let outcome = try maildir.deliver(
                        message: try bytes(), queueID: id, arrivedAt: envelope.arrivedAt, sender: envelope.sender, mailbox: mailbox,
                        mayRepeat: recipient.attempts > 0 || envelope.arrivedAt < startedAt)
                    Counter(label: "haetae_deliveries_total", dimensions: [("status", "sent"), ("relay", "local")]).increment()
                    Timer(label: "haetae_delivery_delay_seconds", dimensions: [("relay", "local")], preferredDisplayUnit: .seconds).recordSeconds(now.timeIntervalSince(envelope.arrivedAt))
                    logger.record(.delivery, [
                        "id": id, "rcpt": recipient.address, "mailbox": mailbox, "relay": "local", "status": "sent",
                        "delay": Self.delay(envelope.arrivedAt, now), "duplicate": outcome == .alreadyDelivered ? "skipped" : nil,
                    ])
                }
                for target in expansion.remote where !envelope.recipients.contains(where: { $0.address.lowercased() == target.lowercased() }) {
                    envelope.recipients.append(QueueRecipient(address: target, expandedFrom: recipient.address))
                }
                if expansion.mailboxes.isEmpty && expansion.remote.isEmpty {
                    envelope.recipients[index].status = .failed
                    envelope.recipients[index].lastError = "550 5.1.1 recipient address no longer exists"
                    bounced.append(.init(address: recipient.address, action: .failed, status: "5.1.1",
                                         diagnostic: "550 5.1.1 recipient address no longer exists", remoteMTA: nil))
                    logger.record(.delivery, level: .warning, [
                        "id": id, "rcpt": recipient.address, "relay": "local", "status": "bounced",
                        "reply": "550 5.1.1 recipient address no longer exists",
                    ])
                } else {
                    envelope.recipients[index].status = .delivered
                    envelope.recipients[index].lastError = nil
                }
                envelope.recipients[index].attempts += 1
            } catch {
                envelope.recipients[index].attempts += 1
                defer_(&envelope.recipients[index], reply: "451 4.3.0 local delivery failed: \(error)", now: now, envelope: envelope, bounced: &bounced)
            }
        }

        // 2. Remote recipients, grouped by domain, one transaction per domain.
        var byDomain: [String: [Int]] = [:]
        for (position, recipient) in envelope.recipients.enumerated()
        where recipient.isDue(at: now) || (force && recipient.status == .deferred) {
            if (try? await directory.lookupRecipient(recipient.address)) == .notLocal {
                let domain = recipient.address.split(separator: "@").last.map { String($0).lowercased() } ?? ""
                byDomain[domain, default: []].append(position)
            }
        }
        if !byDomain.isEmpty {
            changed = true
            guard let remote else {
                for positions in byDomain.values {
                    for position in positions {
                        envelope.recipients[position].status = .deferred
                        envelope.recipients[position].lastError = "remote delivery is not configured"
                        envelope.recipients[position].nextAttempt = now.addingTimeInterval(configuration.retry.maximum)
                    }
                }
                await save(&envelope, bounced: bounced)
                return
            }
            let content: [UInt8]
            do {
                content = try bytes()
            } catch {
                logger.record(.queueError, level: .error, ["id": "\(id)", "error": "\(error)"])
                return
            }
            let sender = envelope.sender
            let smtpUTF8 = envelope.smtpUTF8
            let addresses = envelope.recipients.map(\.address)
            let results = await withTaskGroup(of: [DeliveryOutcome].self) { group in
                for (domain, positions) in byDomain {
                    let rcpts = positions.map { addresses[$0] }
                    group.addTask {
                        await remote.deliver(sender: sender, recipients: rcpts, domain: domain, message: content, smtpUTF8: smtpUTF8, queueID: id)
                    }
                }
                var all: [DeliveryOutcome] = []
                for await outcomes in group { all += outcomes }
                return all
            }
            for outcome in results {
                guard let position = envelope.recipients.firstIndex(where: { $0.address == outcome.recipient && !$0.isFinal }) else { continue }
                envelope.recipients[position].attempts += 1
                let relay = outcome.remoteMTA ?? "none"
                switch outcome.kind {
                case .delivered:
                    Counter(label: "haetae_deliveries_total", dimensions: [("status", "sent"), ("relay", "remote")]).increment()
                    Timer(label: "haetae_delivery_delay_seconds", dimensions: [("relay", "remote")], preferredDisplayUnit: .seconds).recordSeconds(now.timeIntervalSince(envelope.arrivedAt))
                    envelope.recipients[position].status = .delivered
                    envelope.recipients[position].lastError = nil
                    logger.record(.delivery, [
                        "id": id, "rcpt": outcome.recipient, "relay": relay, "status": "sent", "reply": outcome.reply,
                        "delay": Self.delay(envelope.arrivedAt, now), "attempts": "\(envelope.recipients[position].attempts)",
                    ])
                case .permanent:
                    Counter(label: "haetae_deliveries_total", dimensions: [("status", "bounced"), ("relay", "remote")]).increment()
                    envelope.recipients[position].status = .failed
                    envelope.recipients[position].lastError = outcome.reply
                    bounced.append(.init(address: outcome.recipient, action: .failed, status: outcome.status, diagnostic: outcome.reply, remoteMTA: outcome.remoteMTA))
                    logger.record(.delivery, level: .warning, [
                        "id": id, "rcpt": outcome.recipient, "relay": relay, "status": "bounced", "reply": outcome.reply,
                        "delay": Self.delay(envelope.arrivedAt, now),
                    ])
                case .temporary:
                    defer_(&envelope.recipients[position], reply: outcome.reply, now: now, envelope: envelope, bounced: &bounced, remoteMTA: outcome.remoteMTA, status: outcome.status)
                }
            }
        }

        // 3. Delay warnings.
        if let warning = configuration.delayWarning, !envelope.sender.isEmpty, now.timeIntervalSince(envelope.arrivedAt) >= warning {
            var delayed: [DeliveryStatusNotification.Recipient] = []
            for position in envelope.recipients.indices
            where envelope.recipients[position].status == .deferred && envelope.recipients[position].delayWarned != true {
                envelope.recipients[position].delayWarned = true
                delayed.append(.init(address: envelope.recipients[position].address, action: .delayed, status: "4.4.7",
                                     diagnostic: envelope.recipients[position].lastError ?? "delayed", remoteMTA: nil))
            }
            if !delayed.isEmpty {
                changed = true
                await notify(envelope, recipients: delayed, content: try? bytes())
            }
        }
        guard changed else { return }
        await save(&envelope, bounced: bounced, content: try? bytes())
    }

    /// A temporary failure: retry later with backoff, or bounce when the lifetime is over.
    private func defer_(
        _ recipient: inout QueueRecipient, reply: String, now: Date, envelope: QueueEnvelope,
        bounced: inout [DeliveryStatusNotification.Recipient], remoteMTA: String? = nil, status: String = "4.0.0"
    ) {
        if configuration.retry.hasExpired(arrivedAt: envelope.arrivedAt, now: now) {
            recipient.status = .failed
            recipient.lastError = reply
            // RFC 3463 X.4.7: delivery time expired (the last temporary error is the diagnostic).
            bounced.append(.init(address: recipient.address, action: .failed, status: "5.4.7",
                                 diagnostic: "delivery time expired; last error: \(reply)", remoteMTA: remoteMTA))
            logger.record(.delivery, level: .warning, [
                "id": envelope.id, "rcpt": recipient.address, "relay": remoteMTA ?? "none", "status": "bounced",
                "reply": "expired: \(reply)", "delay": Self.delay(envelope.arrivedAt, now),
            ])
            return
        }
        Counter(label: "haetae_deliveries_total", dimensions: [("status", "deferred"), ("relay", remoteMTA == nil ? "none" : "remote")]).increment()
        recipient.status = .deferred
        recipient.lastError = reply
        let wait = configuration.retry.delay(afterAttempts: recipient.attempts)
        recipient.nextAttempt = now.addingTimeInterval(wait)
        logger.record(.delivery, [
            "id": envelope.id, "rcpt": recipient.address, "relay": remoteMTA ?? "none", "status": "deferred", "reply": reply,
            "delay": Self.delay(envelope.arrivedAt, now), "attempts": "\(recipient.attempts)", "next_attempt_in": "\(Int(wait))s",
        ])
    }

    static func delay(_ arrived: Date, _ now: Date) -> String {
        String(format: "%.2f", now.timeIntervalSince(arrived))
    }

    private func save(_ envelope: inout QueueEnvelope, bounced: [DeliveryStatusNotification.Recipient], content: [UInt8]? = nil) async {
        if pendingHolds.remove(envelope.id) != nil {
            for index in envelope.recipients.indices
            where envelope.recipients[index].status == .pending || envelope.recipients[index].status == .deferred {
                envelope.recipients[index].status = .held
                envelope.recipients[index].nextAttempt = nil
            }
            logger.record(.held, ["id": "\(envelope.id)", "reason": "protection"])
        }
        var cache: [String: Bool] = [:]
        if await hasRemoteWork(envelope, cache: &cache) {
            remoteWaiting.insert(envelope.id)
        } else {
            remoteWaiting.remove(envelope.id)
        }
        if !bounced.isEmpty { await notify(envelope, recipients: bounced, content: content) }
        do {
            if envelope.isFinished {
                try await spool.remove(envelope.id)
                logger.record(.removed, ["id": "\(envelope.id)"])
            } else {
                try await spool.updateRecipients(envelope.id, envelope.recipients)
            }
        } catch {
            logger.record(.queueError, level: .error, ["id": "\(envelope.id)", "error": "\(error)"])
        }
    }

    /// Sends a DSN where `BounceRouting` says: the envelope sender, postmaster once for a failed
    /// bounce, or nowhere.
    private func notify(_ envelope: QueueEnvelope, recipients: [DeliveryStatusNotification.Recipient], content: [UInt8]?) async {
        let original = DeliveryStatusNotification.headers(of: content ?? [])
        let destination: String
        var extraHeader = ""
        switch BounceRouting.decide(
            envelope: envelope, recipients: recipients.map(\.address), originalHeaders: original,
            gatewayDomains: configuration.gatewayDomains, postmaster: configuration.postmaster)
        {
        case .suppressed(let reason):
            logger.record(.bounceSuppressed, level: .warning, ["id": "\(envelope.id)", "from": "<" + envelope.sender + ">", "recipients": recipients.map(\.address).joined(separator: ","), "reason": reason])
            return
        case .dropped:
            logger.record(.doubleBounceDropped, level: .warning, ["id": "\(envelope.id)"])
            return
        case .sender(let address):
            destination = address
        case .postmaster(let address, let header):
            destination = address
            extraHeader = header + "\r\n"
        }
        let id = QueueID.make()
        let now = Date()
        var bytes = Array(extraHeader.utf8)
        bytes += DeliveryStatusNotification.render(
            reportingMTA: configuration.hostname, to: destination, queueID: envelope.id, arrivalDate: envelope.arrivedAt, now: now,
            recipients: recipients, originalHeaders: original, boundary: "\(id)/\(configuration.hostname)",
            retryUntil: envelope.arrivedAt.addingTimeInterval(configuration.retry.lifetime))
        do {
            try await MessageIntake(spool: spool, hostname: configuration.hostname).accept(
                origin: .dsn, sender: "", recipients: [destination], message: bytes, id: id)
            logger.record(.dsn, ["id": "\(id)", "original": "\(envelope.id)", "to": "\(destination)", "action": "\(recipients.first?.action.rawValue ?? "")", "recipients": "\(recipients.count)"])
            enqueue(id)
        } catch {
            logger.record(.queueError, level: .error, ["id": "\(envelope.id)", "error": "cannot queue DSN: \(error)"])
        }
    }
}
