import MailCore
import Foundation

/// What the log says about one account: the search the protection manual's administrator did by
/// hand, done by `haetae audit`.
public struct AccountAuditRecord: Sendable, Hashable, Codable {
    public var account: String
    public var authentications: Int = 0
    public var failedAuthentications: Int = 0
    public var sourceAddresses: Set<String> = []
    public var messages: Int = 0
    public var recipients: Int = 0
    public var recipientDomains: Set<String> = []
    public var rejectedRecipients: Int = 0
    public var firstSeen: Date?
    public var lastSeen: Date?
    /// The highest compromised-account score reached while replaying the log.
    public var peakScore: Double = 0
    public var peakEvidence: String = ""
    /// The server itself suspended or rate-limited the account.
    public var suspended = false
    public var rateLimited = 0

    public init(account: String) {
        self.account = account
    }
}

/// Replays Haetae's event log, joins lines by session, and ranks accounts by suspicion (the
/// compromised-account detector's peak score, then recipients). Pure: feed it lines.
public struct LogAudit: Sendable {
    public var since: Date?
    public var until: Date?
    private var detector: CompromiseDetector
    private var sessionUsers: [String: String] = [:]
    private var records: [String: AccountAuditRecord] = [:]
    public private(set) var linesRead = 0

    public init(thresholds: DetectorThresholds = DetectorThresholds(), since: Date? = nil, until: Date? = nil) {
        self.detector = CompromiseDetector(thresholds: thresholds)
        self.since = since
        self.until = until
    }

    public mutating func feed(_ text: Substring) {
        linesRead += 1
        guard let line = LogLine.parse(text), let name = line[MailEvent.key], let event = MailEvent(rawValue: name) else { return }
        if let since, line.time < since { return }
        if let until, line.time >= until { return }
        let session = line["session"]
        func touch(_ account: String, _ body: (inout AccountAuditRecord) -> Void) {
            var record = records[account] ?? AccountAuditRecord(account: account)
            if record.firstSeen == nil || line.time < record.firstSeen! { record.firstSeen = line.time }
            if record.lastSeen == nil || line.time > record.lastSeen! { record.lastSeen = line.time }
            body(&record)
            records[account] = record
        }
        switch event {
        case .auth:
            guard let user = line["user"]?.lowercased(), !user.isEmpty else { return }
            if line["result"] == "success" {
                if let session { sessionUsers[session] = user }
                let ip = line["ip"] ?? "?"
                detector.login(account: user, client: ip, now: line.time)
                touch(user) {
                    $0.authentications += 1
                    $0.sourceAddresses.insert(ip)
                }
            } else if line["result"] == "failure" {
                touch(user) { $0.failedAuthentications += 1 }
            }
        case .rcpt:
            guard let user = account(of: line, session: session) else { return }
            let address = line["address"] ?? line["to"] ?? ""
            let domain = address.split(separator: "@").last.map { $0.lowercased().trimmingCharacters(in: CharacterSet(charactersIn: "<>")) } ?? ""
            let accepted = line["result"] == "accepted" || line["result"] == "discard"
            let assessment = detector.recipient(account: user, domain: domain, accepted: accepted, now: line.time)
            touch(user) {
                if accepted {
                    $0.recipients += 1
                    $0.recipientDomains.insert(domain)
                } else {
                    $0.rejectedRecipients += 1
                }
                if assessment.score > $0.peakScore {
                    $0.peakScore = assessment.score
                    $0.peakEvidence = assessment.evidence
                }
            }
        case .queued:
            guard let user = account(of: line, session: session) else { return }
            touch(user) { $0.messages += 1 }
        case .accountSuspended:
            guard let user = line["user"]?.lowercased() else { return }
            touch(user) { $0.suspended = true }
        case .rateLimit:
            guard let user = line["user"]?.lowercased(), user != "-" else { return }
            touch(user) { $0.rateLimited += 1 }
        default:
            return
        }
    }

    private func account(of line: LogLine, session: String?) -> String? {
        if let user = line["user"]?.lowercased(), user != "-", !user.isEmpty { return user }
        if let session, let user = sessionUsers[session] { return user }
        return nil
    }

    /// Accounts, most suspicious first.
    public func ranked() -> [AccountAuditRecord] {
        records.values.sorted {
            if $0.suspended != $1.suspended { return $0.suspended }
            if abs($0.peakScore - $1.peakScore) > 0.000_1 { return $0.peakScore > $1.peakScore }
            if $0.recipients != $1.recipients { return $0.recipients > $1.recipients }
            return $0.account < $1.account
        }
    }
}
