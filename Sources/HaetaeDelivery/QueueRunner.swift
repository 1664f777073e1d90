import Foundation
import HaetaeQueue
import HaetaeStore
import Logging

/// Delivers queued messages: local recipients (after alias expansion) to Maildir; remote ones
/// wait, deferred, for the outbound transport. Recovery: on start every queued message is
/// scheduled again; Maildir names make a repeated local delivery a no-op.
public actor QueueRunner {
    public struct Configuration: Sendable {
        public var hostname: String
        public var scanInterval: Duration
        public var concurrency: Int

        public init(hostname: String, scanInterval: Duration = .seconds(60), concurrency: Int = 4) {
            self.hostname = hostname
            self.scanInterval = scanInterval
            self.concurrency = concurrency
        }
    }

    let spool: Spool
    let directory: any MailDirectory
    let maildir: MaildirWriter
    let configuration: Configuration
    let logger: Logger
    private var pending: [String] = []
    private var pendingSet = Set<String>()
    private var active = Set<String>()
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var stopped = false

    public static let remoteNotAvailable = "remote delivery is not enabled yet; waiting in the queue"

    public init(spool: Spool, directory: any MailDirectory, maildir: MaildirWriter, configuration: Configuration, logger: Logger) {
        self.spool = spool
        self.directory = directory
        self.maildir = maildir
        self.configuration = configuration
        self.logger = logger
    }

    /// Schedules a freshly accepted message.
    public func enqueue(_ id: String) {
        guard !pendingSet.contains(id), !active.contains(id) else { return }
        pending.append(id)
        pendingSet.insert(id)
        if !waiters.isEmpty { waiters.removeFirst().resume() }
    }

    /// Schedules every message with pending recipients (start-up, periodic scan, flush).
    public func scheduleAll(includeDeferred: Bool) {
        for message in spool.list().messages {
            let due = message.envelope.recipients.contains {
                $0.status == .pending || (includeDeferred && $0.status == .deferred)
            }
            if due { enqueue(message.envelope.id) }
        }
    }

    private func next() async -> String? {
        while pending.isEmpty {
            if stopped || Task.isCancelled { return nil }
            await withCheckedContinuation { waiters.append($0) }
        }
        if stopped { return nil }
        let id = pending.removeFirst()
        pendingSet.remove(id)
        active.insert(id)
        return id
    }

    private func finished(_ id: String) { active.remove(id) }

    private func cancelWait() {
        stopped = true
        for waiter in waiters { waiter.resume() }
        waiters = []
    }

    /// Runs until cancelled: workers take IDs; a timer rescans the queue; a `flush` request file
    /// (written by `haetae queue flush`) triggers a rescan including deferred mail.
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
                    let flushFile = self.spool.root + "/flush.request"
                    let pickupFile = self.spool.root + "/pickup.request"
                    if DurableFile.exists(pickupFile) {
                        try? FileManager.default.removeItem(atPath: pickupFile)
                        await self.scheduleAll(includeDeferred: false)
                    }
                    if DurableFile.exists(flushFile) {
                        try? FileManager.default.removeItem(atPath: flushFile)
                        await self.scheduleAll(includeDeferred: true)
                        sinceScan = .zero
                    } else if sinceScan >= self.configuration.scanInterval {
                        await self.scheduleAll(includeDeferred: false)
                        sinceScan = .zero
                    }
                }
                await self.cancelWait()
            }
            await withTaskCancellationHandler {
                await group.waitForAll()
            } onCancel: {
                Task { await self.cancelWait() }
            }
        }
    }

    /// One delivery attempt for every due recipient of one message.
    func deliver(_ id: String) async {
        let envelope: QueueEnvelope
        do {
            envelope = try spool.load(id).envelope
        } catch SpoolError.notFound {
            return
        } catch {
            logger.error("event=queue-error id=\(id) error=\"\(error)\"")
            return
        }
        var recipients = envelope.recipients
        var message: [UInt8]?
        var changed = false
        for index in recipients.indices where recipients[index].status == .pending || recipients[index].status == .deferred {
            let address = recipients[index].address
            do {
                let expansion = try await directory.expand(address)
                if expansion.mailboxes.isEmpty && expansion.remote.isEmpty {
                    recipients[index].status = .failed
                    recipients[index].lastError = "550 5.1.1 recipient no longer exists"
                    recipients[index].attempts += 1
                    changed = true
                    logger.warning("event=delivery-failed id=\(id) rcpt=\(address) reason=\"recipient no longer exists\"")
                    continue
                }
                if message == nil { message = try spool.messageBytes(id) }
                for mailbox in expansion.mailboxes {
                    let outcome = try maildir.deliver(
                        message: message!, queueID: id, arrivedAt: envelope.arrivedAt, sender: envelope.sender,
                        mailbox: mailbox)
                    switch outcome {
                    case .delivered:
                        logger.info("event=delivered id=\(id) rcpt=\(address) mailbox=\(mailbox) transport=maildir")
                    case .alreadyDelivered:
                        logger.info("event=delivered id=\(id) rcpt=\(address) mailbox=\(mailbox) transport=maildir duplicate=skipped")
                    }
                }
                if expansion.remote.isEmpty {
                    recipients[index].status = .delivered
                } else {
                    // The remote part of an alias, or a remote recipient of an authenticated user.
                    recipients[index].status = .deferred
                    recipients[index].lastError = Self.remoteNotAvailable
                    logger.info("event=deferred id=\(id) rcpt=\(address) remote=\(expansion.remote.joined(separator: ",")) reason=\"\(Self.remoteNotAvailable)\"")
                }
                recipients[index].attempts += 1
                changed = true
            } catch {
                recipients[index].status = .deferred
                recipients[index].lastError = "451 4.3.0 \(error)"
                recipients[index].attempts += 1
                changed = true
                logger.error("event=deferred id=\(id) rcpt=\(address) reason=\"\(error)\"")
            }
        }
        guard changed else { return }
        do {
            if recipients.allSatisfy({ $0.status == .delivered }) {
                try await spool.remove(id)
                logger.info("event=removed id=\(id)")
            } else {
                try await spool.updateRecipients(id, recipients)
            }
        } catch {
            logger.error("event=queue-error id=\(id) error=\"\(error)\"")
        }
    }
}
