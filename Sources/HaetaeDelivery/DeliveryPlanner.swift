import Foundation
import HaetaeQueue
import HaetaeStore

/// Which target each due recipient of a message goes to, read from the directory: a local
/// address is expanded (aliases, recursively) into mailboxes for the mailbox target, and the
/// remote addresses it expands to become recipients of their own; any other domain goes to the
/// relay target, one batch per domain. Delivers nothing.
public struct DeliveryPlanner: Sendable {
    public struct Batch: Sendable, Hashable {
        public var target: DeliveryTargetName
        /// The recipients' domain for a relay; empty for local mailboxes.
        public var destination: String
        public var recipients: [DeliveryRecipient]
    }

    public struct Plan: Sendable {
        /// One transaction each, for the targets.
        public var batches: [Batch] = []
        /// Outcomes known without a target: a directory that cannot be read (deferred), a local
        /// address that no longer leads anywhere (failed, `5.1.1`).
        public var outcomes: [RecipientOutcome] = []
        /// Remote addresses that local aliases expanded to, new recipients of the message (each
        /// also in a batch). Recorded with the message, so a retry never repeats them.
        public var added: [QueueRecipient] = []

        public var isEmpty: Bool { batches.isEmpty && outcomes.isEmpty && added.isEmpty }
    }

    public let directory: any MailDirectory

    public init(directory: any MailDirectory) {
        self.directory = directory
    }

    /// The recipients an attempt at `now` takes: pending ones, deferred ones that are due, and
    /// with `force` (`queue flush`) every deferred one.
    public static func isDue(_ recipient: QueueRecipient, now: Date, force: Bool) -> Bool {
        recipient.isDue(at: now) || (force && recipient.status == .deferred)
    }

    /// Plans an attempt of `envelope` at `now`. `runStartedAt` is when this server run began: a
    /// message queued earlier may have been delivered locally by a run that stopped before it
    /// recorded so.
    public func plan(_ envelope: QueueEnvelope, now: Date, force: Bool, runStartedAt: Date) async -> Plan {
        var plan = Plan()
        var local: [DeliveryRecipient] = []
        var byDomain: [String: [DeliveryRecipient]] = [:]
        var known = Set(envelope.recipients.map { $0.address.lowercased() })
        var queue = envelope.recipients.filter { Self.isDue($0, now: now, force: force) }
        var index = 0
        while index < queue.count {
            let recipient = queue[index]
            index += 1
            let lookup: RecipientLookup
            do {
                lookup = try await directory.lookupRecipient(recipient.address)
            } catch {
                plan.outcomes.append(
                    .undelivered(recipient.address, .local(451, .init(4, 3, 0), "directory lookup failed: \(error)")))
                continue
            }
            if case .notLocal = lookup {
                let domain = recipient.address.split(separator: "@").last.map { String($0).lowercased() } ?? ""
                byDomain[domain, default: []].append(DeliveryRecipient(address: recipient.address))
                continue
            }
            let expansion: (mailboxes: [String], remote: [String], unknown: [String])
            do {
                expansion = try await directory.expand(recipient.address)
            } catch {
                plan.outcomes.append(
                    .undelivered(recipient.address, .local(451, .init(4, 3, 0), "local delivery failed: \(error)")))
                continue
            }
            if expansion.mailboxes.isEmpty && expansion.remote.isEmpty {
                plan.outcomes.append(
                    .undelivered(
                        recipient.address, .local(550, .init(5, 1, 1), "recipient address no longer exists")))
                continue
            }
            for target in expansion.remote where known.insert(target.lowercased()).inserted {
                let added = QueueRecipient(address: target, expandedFrom: recipient.address)
                plan.added.append(added)
                queue.append(added)
            }
            if !expansion.mailboxes.isEmpty {
                local.append(
                    DeliveryRecipient(
                        address: recipient.address, mailboxes: expansion.mailboxes,
                        mayRepeat: recipient.attempts > 0 || envelope.arrivedAt < runStartedAt))
            } else {
                // Only remote destinations: the alias itself is done once they are recipients.
                plan.outcomes.append(.delivered(recipient.address, []))
            }
        }
        if !local.isEmpty { plan.batches.append(Batch(target: .mailbox, destination: "", recipients: local)) }
        for domain in byDomain.keys.sorted() {
            plan.batches.append(Batch(target: .relay, destination: domain, recipients: byDomain[domain]!))
        }
        return plan
    }
}
