import HaetaeDelivery
import HaetaeStore

/// A delivery target for tests: records every transaction it is given and answers each
/// recipient as its script says (nil: no answer for that recipient).
public actor ScriptedDeliveryTarget: DeliveryTarget {
    public typealias Script = @Sendable (DeliveryRecipient, DeliveryTransaction) -> RecipientOutcome.Result?

    public private(set) var transactions: [DeliveryTransaction] = []
    private let script: Script

    public init(_ script: @escaping Script) {
        self.script = script
    }

    /// Delivers everything, one record per mailbox (or one for a relay).
    public static func accepting(relay: String = "mx.test[192.0.2.1]:25") -> ScriptedDeliveryTarget {
        ScriptedDeliveryTarget { recipient, _ in
            recipient.mailboxes.isEmpty
                ? .delivered([DeliveryRecord(relay: relay, reply: "250 2.0.0 Ok")])
                : .delivered(recipient.mailboxes.map { DeliveryRecord(relay: "local", mailbox: $0) })
        }
    }

    public func deliver(_ transaction: DeliveryTransaction) async -> [RecipientOutcome] {
        transactions.append(transaction)
        return transaction.recipients.compactMap { recipient in
            script(recipient, transaction).map { RecipientOutcome(recipient: recipient.address, result: $0) }
        }
    }

    /// Every recipient address given so far, in order.
    public var recipients: [String] { transactions.flatMap { $0.recipients.map(\.address) } }
}
