import HaetaeEvents
import Logging
import MailCore

/// The DATA-stage checks that are policy's own; the content scan is `HaetaeScan`'s.
extension DataCheck {
    /// RFC 5321 §6.3: more `Received:` fields than this is a mail loop.
    public static var maximumHops: Int { 50 }

    /// Refuses a message that has passed more than `maximumHops` relays (`554 5.4.6`).
    public static func mailLoop(maximumHops: Int = Self.maximumHops, logger: Logger) -> DataCheck {
        DataCheck("mail-loop") { state in
            let hops = HeaderSection.receivedCount(state.head)
            guard hops > maximumHops else { return CheckResult("mail-loop", .accept, "\(hops) Received: fields") }
            logger.record(.mailLoop, level: .warning, ["id": state.message.id, "ip": state.message.clientAddress ?? "-", "hops": "\(hops)"])
            return CheckResult(
                "mail-loop", .reject(SMTPReply(554, .init(5, 4, 6), "Too many hops (\(hops) Received: fields): mail loop")),
                "\(hops) Received: fields, more than \(maximumHops)")
        }
    }

    /// Holds the mail of an account that was suspended while its transaction was open: the message
    /// is kept (the client was already told its recipients were accepted) but not delivered.
    public static func suspensionHold(_ protection: ProtectionMonitor) -> DataCheck {
        DataCheck("suspension-hold") { state in
            guard let user = state.message.authenticatedUser else { return nil }
            guard await protection.isSuspended(user) else { return CheckResult("suspension-hold", .accept, "\(user) is not suspended") }
            return CheckResult("suspension-hold", .hold("account \(user) is suspended"), "\(user) was suspended during the transaction")
        }
    }
}
