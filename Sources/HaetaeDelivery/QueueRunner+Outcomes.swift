import Foundation
import HaetaeEvents
import HaetaeQueue
import Logging
import Metrics

/// One delivery attempt of a message, and the handling of its outcomes — the same for every
/// target. The queue discipline: a recipient becomes final (delivered, or failed with its report
/// queued) before the state file says so, and the message leaves the spool only when every
/// recipient is final.
extension QueueRunner {
    /// An outcome and the metrics label of what produced it (`local`, `remote`, or the name of
    /// another target).
    struct LabelledOutcome {
        var outcome: RecipientOutcome
        var label: String
    }

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
        var message: [UInt8]?
        func bytes() throws -> [UInt8] {
            if message == nil { message = try spool.messageBytes(id, from: messageOffset) }
            return message!
        }

        // 1. Plan: which target each due recipient goes to (aliases expanded).
        let plan = await planner.plan(envelope, now: now, force: isForced(id), runStartedAt: startedAt)
        envelope.recipients += plan.added
        var outcomes = plan.outcomes.map { LabelledOutcome(outcome: $0, label: DeliveryTargetName.mailbox.rawValue) }

        // 2. One transaction per batch, all at once.
        if !plan.batches.isEmpty {
            do {
                let content = try bytes()
                outcomes += await perform(plan.batches, envelope: envelope, message: content)
            } catch {
                let failure = DeliveryFailure.local(451, .init(4, 3, 0), "cannot read the queued message: \(error)")
                for batch in plan.batches {
                    outcomes += batch.recipients.map {
                        LabelledOutcome(outcome: .undelivered($0.address, failure), label: batch.target.rawValue)
                    }
                }
            }
        }

        // 3. Every outcome the same way, whatever its target.
        var bounced: [DeliveryStatusNotification.Recipient] = []
        for labelled in outcomes {
            let outcome = labelled.outcome
            guard let position = envelope.recipients.firstIndex(where: { $0.address == outcome.recipient && !$0.isFinal })
            else { continue }
            apply(outcome.result, label: labelled.label, to: &envelope.recipients[position], envelope: envelope, now: now, bounced: &bounced)
        }
        var changed = !plan.isEmpty

        // 4. Delay warnings.
        var delayed: [DeliveryStatusNotification.Recipient] = []
        if let warning = configuration.delayWarning, !envelope.sender.isEmpty, now.timeIntervalSince(envelope.arrivedAt) >= warning {
            for position in envelope.recipients.indices
            where envelope.recipients[position].status == .deferred && envelope.recipients[position].delayWarned != true {
                envelope.recipients[position].delayWarned = true
                delayed.append(.init(address: envelope.recipients[position].address, action: .delayed, status: "4.4.7",
                                     diagnostic: envelope.recipients[position].lastError ?? "delayed", remoteMTA: nil))
            }
            if !delayed.isEmpty { changed = true }
        }
        guard changed else { return }
        await save(&envelope, bounced: bounced, delayed: delayed, content: try? bytes(), now: now)
    }

    /// Runs the batches' transactions concurrently; a batch whose target is missing, or a
    /// recipient a target left without an answer, is deferred.
    func perform(_ batches: [DeliveryPlanner.Batch], envelope: QueueEnvelope, message: [UInt8]) async -> [LabelledOutcome] {
        await withTaskGroup(of: [LabelledOutcome].self) { group in
            for batch in batches {
                let label = batch.target.rawValue
                guard let target = targets[batch.target] else {
                    let failure = DeliveryFailure.local(451, .init(4, 3, 5), "no delivery target \(label) is configured")
                    group.addTask { batch.recipients.map { LabelledOutcome(outcome: .undelivered($0.address, failure), label: label) } }
                    continue
                }
                let transaction = DeliveryTransaction(
                    queueID: envelope.id, arrivedAt: envelope.arrivedAt, sender: envelope.sender, smtpUTF8: envelope.smtpUTF8,
                    destination: batch.destination, recipients: batch.recipients, message: message)
                group.addTask {
                    let answered = await target.deliver(transaction)
                    var outcomes: [LabelledOutcome] = []
                    for recipient in transaction.recipients {
                        let outcome = answered.first { $0.recipient == recipient.address }
                            ?? .undelivered(recipient.address, .local(451, .init(4, 3, 0), "delivery target \(label) gave no answer"))
                        outcomes.append(LabelledOutcome(outcome: outcome, label: label))
                    }
                    return outcomes
                }
            }
            var all: [LabelledOutcome] = []
            for await outcomes in group { all += outcomes }
            return all
        }
    }

    /// Records one outcome on its recipient: delivered, deferred with backoff (bounced once the
    /// lifetime is over), or failed with a bounce.
    func apply(
        _ result: RecipientOutcome.Result, label: String, to recipient: inout QueueRecipient, envelope: QueueEnvelope,
        now: Date, bounced: inout [DeliveryStatusNotification.Recipient]
    ) {
        recipient.attempts += 1
        switch result {
        case .delivered(let records):
            recipient.status = .delivered
            recipient.lastError = nil
            for record in records {
                Counter(label: "haetae_deliveries_total", dimensions: [("status", "sent"), ("relay", label)]).increment()
                Timer(label: "haetae_delivery_delay_seconds", dimensions: [("relay", label)], preferredDisplayUnit: .seconds)
                    .recordSeconds(now.timeIntervalSince(envelope.arrivedAt))
                logger.record(.delivery, [
                    "id": envelope.id, "rcpt": recipient.address, "mailbox": record.mailbox, "relay": record.relay,
                    "status": "sent", "reply": record.reply, "delay": Self.delay(envelope.arrivedAt, now),
                    "attempts": "\(recipient.attempts)", "duplicate": record.duplicate ? "skipped" : nil,
                ])
            }
        case .failed(let failure):
            fail(&recipient, failure: failure, label: label, envelope: envelope, now: now, bounced: &bounced)
        case .deferred(let failure):
            if configuration.retry.hasExpired(arrivedAt: envelope.arrivedAt, now: now) {
                // RFC 3463 X.4.7: delivery time expired (the last temporary error is the diagnostic).
                fail(
                    &recipient, failure: failure, label: label, envelope: envelope, now: now, bounced: &bounced,
                    report: ("5.4.7", "delivery time expired; last error: \(failure)"))
                return
            }
            Counter(
                label: "haetae_deliveries_total",
                dimensions: [("status", "deferred"), ("relay", failure.remoteMTA == nil ? "none" : label)]
            ).increment()
            recipient.status = .deferred
            recipient.lastError = failure.description
            let wait = configuration.retry.delay(afterAttempts: recipient.attempts)
            recipient.nextAttempt = now.addingTimeInterval(wait)
            logger.record(.delivery, [
                "id": envelope.id, "rcpt": recipient.address, "relay": failure.remoteMTA ?? "none", "status": "deferred",
                "reply": failure.description, "delay": Self.delay(envelope.arrivedAt, now), "attempts": "\(recipient.attempts)",
                "next_attempt_in": "\(Int(wait))s",
            ])
        }
    }

    /// A permanent failure: the recipient is failed and goes into the report. `report` replaces
    /// the status and diagnostic (an expired lifetime).
    private func fail(
        _ recipient: inout QueueRecipient, failure: DeliveryFailure, label: String, envelope: QueueEnvelope, now: Date,
        bounced: inout [DeliveryStatusNotification.Recipient], report: (status: String, diagnostic: String)? = nil
    ) {
        Counter(label: "haetae_deliveries_total", dimensions: [("status", "bounced"), ("relay", label)]).increment()
        recipient.status = .failed
        recipient.lastError = failure.description
        bounced.append(.init(
            address: recipient.address, action: .failed, status: report?.status ?? failure.status.description,
            diagnostic: report?.diagnostic ?? failure.description, remoteMTA: failure.remoteMTA))
        let relay = failure.remoteMTA ?? (label == DeliveryTargetName.mailbox.rawValue ? "local" : "none")
        logger.record(.delivery, level: .warning, [
            "id": envelope.id, "rcpt": recipient.address, "relay": relay, "status": "bounced",
            "reply": report == nil ? failure.description : "expired: \(failure)", "delay": Self.delay(envelope.arrivedAt, now),
        ])
    }

    static func delay(_ arrived: Date, _ now: Date) -> String {
        String(format: "%.2f", now.timeIntervalSince(arrived))
    }

    /// Queues the reports, then writes the recipients' state, or removes the message when every
    /// recipient is final. A report that cannot be queued leaves its recipients open (deferred,
    /// tried again after the base delay; a delay warning is sent again), so a bounce is never lost
    /// with its message.
    func save(
        _ envelope: inout QueueEnvelope, bounced: [DeliveryStatusNotification.Recipient],
        delayed: [DeliveryStatusNotification.Recipient], content: [UInt8]?, now: Date
    ) async {
        if !delayed.isEmpty, !(await report(envelope, recipients: delayed, content: content)) {
            for item in delayed {
                if let position = envelope.recipients.firstIndex(where: { $0.address == item.address && $0.status == .deferred }) {
                    envelope.recipients[position].delayWarned = nil
                }
            }
        }
        if !bounced.isEmpty, !(await report(envelope, recipients: bounced, content: content)) {
            for item in bounced {
                if let position = envelope.recipients.firstIndex(where: { $0.address == item.address && $0.status == .failed }) {
                    envelope.recipients[position].status = .deferred
                    envelope.recipients[position].nextAttempt = now.addingTimeInterval(configuration.retry.base)
                }
            }
        }
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

    /// Queues one report through `BounceSender`; false when it could not be queued.
    private func report(
        _ envelope: QueueEnvelope, recipients: [DeliveryStatusNotification.Recipient], content: [UInt8]?
    ) async -> Bool {
        do {
            switch try await bounces.send(about: envelope, recipients: recipients, content: content) {
            case .queued(let id, let destination):
                logger.record(.dsn, [
                    "id": "\(id)", "original": "\(envelope.id)", "to": "\(destination)",
                    "action": "\(recipients.first?.action.rawValue ?? "")", "recipients": "\(recipients.count)",
                ])
                enqueue(id)
            case .suppressed(let reason):
                logger.record(.bounceSuppressed, level: .warning, [
                    "id": "\(envelope.id)", "from": "<" + envelope.sender + ">",
                    "recipients": recipients.map(\.address).joined(separator: ","), "reason": reason,
                ])
            case .dropped:
                logger.record(.doubleBounceDropped, level: .warning, ["id": "\(envelope.id)"])
            }
            return true
        } catch {
            logger.record(.queueError, level: .error, [
                "id": "\(envelope.id)", "error": "cannot queue DSN: \(error); its recipients stay in the queue",
            ])
            return false
        }
    }
}
