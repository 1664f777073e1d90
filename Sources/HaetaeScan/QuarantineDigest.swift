import Foundation

/// Who gets the quarantine digest: nobody, each recipient (their own quarantined mail), or one
/// spam manager (everything).
public enum DigestAudience: Sendable, Hashable {
    case off
    case recipients
    case manager(String)

    public init?(_ text: String) {
        switch text.lowercased() {
        case "", "off", "none": self = .off
        case "recipients": self = .recipients
        default:
            guard text.contains("@"), !text.contains(" ") else { return nil }
            self = .manager(text.lowercased())
        }
    }
}

/// The digest mails for quarantined messages since the last digest. Pure.
public enum QuarantineDigest {
    public struct Mail: Sendable, Hashable {
        public var to: String
        public var subject: String
        public var body: String
    }

    public static func mails(_ records: [QuarantineRecord], audience: DigestAudience, hostname: String) -> [Mail] {
        guard !records.isEmpty else { return [] }
        switch audience {
        case .off:
            return []
        case .manager(let address):
            return [mail(to: address, records: records, hostname: hostname, everyone: true)]
        case .recipients:
            var byRecipient: [String: [QuarantineRecord]] = [:]
            for record in records {
                for recipient in Set(record.recipients.map { $0.lowercased() }) { byRecipient[recipient, default: []].append(record) }
            }
            return byRecipient.keys.sorted().map { mail(to: $0, records: byRecipient[$0]!, hostname: hostname, everyone: false) }
        }
    }

    static func mail(to: String, records: [QuarantineRecord], hostname: String, everyone: Bool) -> Mail {
        let formatter = ISO8601DateFormatter()
        var body = everyone
            ? "Messages quarantined on \(hostname) since the last digest: \(records.count).\n"
            : "Messages addressed to you that \(hostname) held in quarantine: \(records.count).\nIf one of them is legitimate, ask your administrator to release it (quoting its id).\n"
        body += "\n"
        for record in records.sorted(by: { $0.arrivedAt < $1.arrivedAt }) {
            let subject = (record.subject ?? "(no subject)").replacingOccurrences(of: "\n", with: " ").prefix(120)
            body += "\(record.id)  \(formatter.string(from: record.arrivedAt))  \(record.verdict)\n"
            body += "    from <\(record.sender)>\(everyone ? " to " + record.recipients.joined(separator: ", ") : "")\n"
            body += "    subject: \(subject)\n"
        }
        if everyone {
            body += "\nhaetae quarantine show ID / release ID / delete ID\n"
        }
        return Mail(to: to, subject: "Quarantine digest: \(records.count) message(s)", body: body)
    }
}
