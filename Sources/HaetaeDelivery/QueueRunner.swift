import AsyncAlgorithms
import MailCore
import Foundation
import HaetaeEvents
import HaetaeQueue
import HaetaeStore
import Logging
import Metrics

/// The queue manager: takes fresh messages first, retries deferred ones when due (the
/// `DeliveryScheduler`), plans each attempt (the `DeliveryPlanner`: local mailboxes after alias
/// expansion, remote recipients one batch per domain), hands each batch to its `DeliveryTarget`,
/// and handles every target's outcomes the same way (`QueueRunner+Outcomes.swift`): backs off on
/// temporary failures, bounces permanent ones (RFC 3464, through `BounceSender`), and removes a
/// message only when every recipient is delivered or bounced and its report is queued. On start
/// every queued message is scheduled again; Maildir names make a repeated local delivery a no-op.
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
    let planner: DeliveryPlanner
    /// The targets a plan's batches go to, by name.
    let targets: [DeliveryTargetName: any DeliveryTarget]
    let bounces: BounceSender
    let configuration: Configuration
    let logger: Logger
    private var scheduler = DeliveryScheduler()
    private var forced = Set<String>()
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var stopped = false
    /// Messages with recipients waiting for remote delivery (pending or deferred), for the breaker.
    var remoteWaiting = Set<String>()
    /// Fresh messages known to have local recipients only (not counted in the remote backlog).
    private var freshLocal = Set<String>()
    /// Messages to hold once their delivery attempt in progress is saved.
    var pendingHolds = Set<String>()
    /// When this runner started: messages that arrived before may have been delivered by an
    /// earlier run that stopped before it could record it.
    let startedAt = Date()

    /// A runner with these targets (`.mailbox`, `.relay`, or any other name the planner uses).
    public init(
        spool: Spool, directory: any MailDirectory, targets: [DeliveryTargetName: any DeliveryTarget],
        configuration: Configuration, logger: Logger
    ) {
        self.spool = spool
        self.directory = directory
        self.planner = DeliveryPlanner(directory: directory)
        self.targets = targets
        self.bounces = BounceSender(
            spool: spool, hostname: configuration.hostname, postmaster: configuration.postmaster,
            gatewayDomains: configuration.gatewayDomains, lifetime: configuration.retry.lifetime)
        self.configuration = configuration
        self.logger = logger
    }

    /// Local mailboxes in Maildir and, when `remote` is given, other domains over SMTP.
    public init(
        spool: Spool, directory: any MailDirectory, maildir: MaildirWriter, remote: RemoteDeliveryAgent?,
        configuration: Configuration, logger: Logger
    ) {
        var targets: [DeliveryTargetName: any DeliveryTarget] = [.mailbox: MaildirTarget(writer: maildir)]
        if let remote { targets[.relay] = remote }
        self.init(spool: spool, directory: directory, targets: targets, configuration: configuration, logger: logger)
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

    func schedule(_ id: String, fresh isFresh: Bool) {
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

    func hasRemoteWork(_ envelope: QueueEnvelope, cache: inout [String: Bool]) async -> Bool {
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

    func isForced(_ id: String) -> Bool { forced.contains(id) }

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
                // The timer sequence ends when the task is cancelled.
                for await _ in AsyncTimerSequence(interval: tick, clock: .continuous) {
                    sinceScan += tick
                    for target in self.targets.values { await target.sweep() }
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
}
