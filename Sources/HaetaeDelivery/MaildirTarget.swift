import Foundation
import NIOPosix

/// Local mailboxes as a delivery target: every mailbox of every recipient gets its copy in
/// Maildir (`tmp/` → fsync → `new/` → fsync), and only then is the recipient delivered. A copy
/// already there from an earlier attempt (same queue ID, same mailbox) is not written again.
/// The writes and their fsyncs block, so they run on NIO's blocking-I/O thread pool, never on
/// the threads every task of the server shares.
public struct MaildirTarget: DeliveryTarget {
    public let writer: MaildirWriter

    public init(writer: MaildirWriter) {
        self.writer = writer
    }

    public func deliver(_ transaction: DeliveryTransaction) async -> [RecipientOutcome] {
        let writer = self.writer
        do {
            return try await NIOThreadPool.singleton.runIfActive { Self.write(transaction, with: writer) }
        } catch {
            // The pool is shutting down: nothing was written, every recipient waits for a retry.
            return transaction.recipients.map { .undelivered($0.address, .local(451, .init(4, 3, 0), "local delivery failed: \(error)")) }
        }
    }

    static func write(_ transaction: DeliveryTransaction, with writer: MaildirWriter) -> [RecipientOutcome] {
        transaction.recipients.map { recipient -> RecipientOutcome in
            var records: [DeliveryRecord] = []
            do {
                for mailbox in recipient.mailboxes {
                    let written = try writer.deliver(
                        message: transaction.message, queueID: transaction.queueID, arrivedAt: transaction.arrivedAt,
                        sender: transaction.sender, mailbox: mailbox, mayRepeat: recipient.mayRepeat)
                    records.append(
                        DeliveryRecord(
                            relay: DeliveryTargetName.mailbox.rawValue, mailbox: mailbox,
                            duplicate: written == .alreadyDelivered))
                }
            } catch {
                // The copies already written stay; the retry finds them by name and skips them.
                return .undelivered(recipient.address, .local(451, .init(4, 3, 0), "local delivery failed: \(error)"))
            }
            return .delivered(recipient.address, records)
        }
    }
}
