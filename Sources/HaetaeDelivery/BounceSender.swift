import Foundation
import HaetaeQueue

/// Composes and queues every delivery status notification, in one place: `BounceRouting`
/// decides where a report goes, `DeliveryStatusNotification` writes it, and `MessageIntake`
/// queues it (fsynced) from the null sender.
public struct BounceSender: Sendable {
    public enum Result: Sendable, Hashable {
        /// Queued under this ID, to this address.
        case queued(id: String, to: String)
        /// Not sent: the sender may be forged (gateway mail from outside).
        case suppressed(reason: String)
        /// Not sent: a report about a failed report to postmaster.
        case dropped
    }

    public let spool: Spool
    public let hostname: String
    public let postmaster: String
    public let gatewayDomains: Set<String>
    /// How long a message is retried, for `Will-Retry-Until:` in a delay report.
    public let lifetime: TimeInterval

    public init(spool: Spool, hostname: String, postmaster: String, gatewayDomains: Set<String>, lifetime: TimeInterval) {
        self.spool = spool
        self.hostname = hostname
        self.postmaster = postmaster
        self.gatewayDomains = gatewayDomains
        self.lifetime = lifetime
    }

    /// Queues a report about `recipients` of `envelope` where `BounceRouting` says. Throws when
    /// the report could not be made durable: the caller must then keep the recipients open.
    public func send(
        about envelope: QueueEnvelope, recipients: [DeliveryStatusNotification.Recipient], content: [UInt8]?,
        now: Date = Date()
    ) async throws -> Result {
        let original = DeliveryStatusNotification.headers(of: content ?? [])
        let destination: String
        var extraHeader = ""
        switch BounceRouting.decide(
            envelope: envelope, recipients: recipients.map(\.address), originalHeaders: original,
            gatewayDomains: gatewayDomains, postmaster: postmaster)
        {
        case .suppressed(let reason):
            return .suppressed(reason: reason)
        case .dropped:
            return .dropped
        case .sender(let address):
            destination = address
        case .postmaster(let address, let header):
            destination = address
            extraHeader = header + "\r\n"
        }
        let id = QueueID.make()
        var bytes = Array(extraHeader.utf8)
        bytes += DeliveryStatusNotification.render(
            reportingMTA: hostname, to: destination, queueID: envelope.id, arrivalDate: envelope.arrivedAt, now: now,
            recipients: recipients, originalHeaders: original, boundary: "\(id)/\(hostname)",
            retryUntil: envelope.arrivedAt.addingTimeInterval(lifetime))
        try await MessageIntake(spool: spool, hostname: hostname).accept(
            origin: .dsn, sender: "", recipients: [destination], message: bytes, id: id)
        return .queued(id: id, to: destination)
    }
}
