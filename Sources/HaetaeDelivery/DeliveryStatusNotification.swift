import Foundation
import SMTPProtocol

/// RFC 3464 delivery status notifications: multipart/report with a human part, a
/// message/delivery-status part and the original headers (text/rfc822-headers). Pure.
public enum DeliveryStatusNotification {
    public enum Action: String, Sendable {
        case failed
        case delayed
    }

    public struct Recipient: Sendable {
        public var address: String
        public var action: Action
        public var status: String
        public var diagnostic: String
        public var remoteMTA: String?

        public init(address: String, action: Action, status: String, diagnostic: String, remoteMTA: String?) {
            self.address = address
            self.action = action
            self.status = status
            self.diagnostic = diagnostic
            self.remoteMTA = remoteMTA
        }
    }

    /// The header block of a message (up to the first empty line), CRLF line endings kept.
    public static func headers(of message: [UInt8], limit: Int = 64 * 1024) -> [UInt8] {
        var index = 0
        while index + 3 < message.count && index < limit {
            if message[index] == 13 && message[index + 1] == 10 && message[index + 2] == 13 && message[index + 3] == 10 {
                return Array(message[..<(index + 2)])
            }
            index += 1
        }
        return Array(message.prefix(limit))
    }

    /// Keeps a diagnostic on one line of printable ASCII.
    static func clean(_ text: String) -> String {
        String(text.unicodeScalars.map { $0.value >= 0x20 && $0.value < 0x7F ? Character($0) : " " }.prefix(900))
    }

    public static func render(
        reportingMTA: String, to recipient: String, queueID: String, arrivalDate: Date, now: Date,
        recipients: [Recipient], originalHeaders: [UInt8], boundary: String, retryUntil: Date? = nil
    ) -> [UInt8] {
        let delayed = recipients.allSatisfy { $0.action == .delayed }
        let subject = delayed ? "Delayed Mail (still being retried)" : "Undelivered Mail Returned to Sender"
        var text = ""
        text += "From: Mail Delivery System <MAILER-DAEMON@\(reportingMTA)>\r\n"
        text += "To: <\(recipient)>\r\n"
        text += "Subject: \(subject)\r\n"
        text += "Date: \(RFC5322Date.format(now))\r\n"
        text += "Message-ID: <\(queueID).dsn.\(boundary)@\(reportingMTA)>\r\n"
        text += "Auto-Submitted: auto-replied\r\n"
        text += "MIME-Version: 1.0\r\n"
        text += "Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"\(boundary)\"\r\n"
        text += "\r\n"
        text += "This is a MIME-encapsulated message.\r\n\r\n"
        text += "--\(boundary)\r\n"
        text += "Content-Description: Notification\r\n"
        text += "Content-Type: text/plain; charset=us-ascii\r\n\r\n"
        text += "This is the mail system at host \(reportingMTA).\r\n\r\n"
        if delayed {
            text += "Your message could not be delivered yet. It is still in the queue and will be\r\n"
            text += "retried; you do not need to send it again.\r\n\r\n"
        } else {
            text += "I'm sorry to have to inform you that your message could not be delivered\r\n"
            text += "to one or more recipients. The reasons are below.\r\n\r\n"
        }
        for item in recipients {
            text += "<\(clean(item.address))>: \(clean(item.diagnostic))\r\n"
        }
        text += "\r\n--\(boundary)\r\n"
        text += "Content-Description: Delivery report\r\n"
        text += "Content-Type: message/delivery-status\r\n\r\n"
        text += "Reporting-MTA: dns; \(reportingMTA)\r\n"
        text += "X-Haetae-Queue-ID: \(queueID)\r\n"
        text += "Arrival-Date: \(RFC5322Date.format(arrivalDate))\r\n"
        for item in recipients {
            text += "\r\n"
            text += "Final-Recipient: rfc822; \(clean(item.address))\r\n"
            text += "Action: \(item.action.rawValue)\r\n"
            text += "Status: \(item.status)\r\n"
            if let mta = item.remoteMTA {
                let host = mta.split(separator: "[").first.map(String.init) ?? mta
                text += "Remote-MTA: dns; \(clean(host))\r\n"
                text += "Diagnostic-Code: smtp; \(clean(item.diagnostic))\r\n"
            } else {
                text += "Diagnostic-Code: X-Haetae; \(clean(item.diagnostic))\r\n"
            }
            if item.action == .delayed {
                text += "Will-Retry-Until: \(RFC5322Date.format(retryUntil ?? arrivalDate.addingTimeInterval(5 * 86_400)))\r\n"
            }
        }
        text += "\r\n--\(boundary)\r\n"
        text += "Content-Description: Undelivered Message Headers\r\n"
        text += "Content-Type: text/rfc822-headers\r\n\r\n"
        var bytes = Array(text.utf8)
        bytes += originalHeaders
        if !(originalHeaders.suffix(2) == [13, 10]) { bytes += [13, 10] }
        bytes += Array("\r\n--\(boundary)--\r\n".utf8)
        return bytes
    }
}
