import Foundation
import HaetaeEvents
import HaetaePolicy
import HaetaeQueue
import Logging
import MailCore
import Metrics

/// A DATA-stage state the content scan can leave its decision in, for the record a quarantined
/// message keeps.
public protocol ScannedMessageState: DataStageState {
    var scanDecision: ScanService.Decision? { get set }
}

/// The client left while its message waited for a scan slot: nobody hears the reply.
struct ScanAbandoned: Error, CustomStringConvertible {
    var description: String { "client disconnected before the scan" }
}

extension DataCheck where State: ScannedMessageState {
    /// The content scan as a DATA-stage check: mail from outside (the MX listener, no AUTH, not a
    /// trusted network) for the scanned domains (`domains`; nil: all) is scanned; the verdict
    /// headers (and a subject tag) go on the header, and the action decides the verdict —
    /// `reject` refuses (`550 5.7.1`), `quarantine` quarantines, `tag` accepts.
    public static func contentScan(_ service: ScanService, domains: Set<String>?, logger: Logger) -> DataCheck {
        DataCheck("content-scan") { state in
            let message = state.message
            guard message.origin == .smtp(listener: "mx"), message.authenticatedUser == nil, !message.trustedClient else { return nil }
            let recipientDomains = state.recipientDomains
            if let domains, !recipientDomains.contains(where: domains.contains) { return nil }
            guard let decision = await service.scan(
                message.draft, sender: message.sender, client: message.clientAddress, recipientDomains: recipientDomains,
                cancellation: state.cancellation)
            else { throw ScanAbandoned() }
            state.scanDecision = decision
            let result = decision.result
            let score = String(format: "%.2f", result.score)
            logger.record(.scan, ["id": message.id, "ip": message.clientAddress ?? "-", "from": "<" + message.sender + ">", "rcpts": message.recipients.joined(separator: ","), "verdict": result.label, "score": score, "action": decision.action.rawValue, "reasons": result.reasons.joined(separator: "; ")])
            for verdict in result.verdicts { Counter(label: "haetae_verdicts_total", dimensions: [("verdict", verdict.rawValue)]).increment() }
            let summary = "\(result.label), score \(score)"
            if decision.action == .reject {
                let reason = String((result.reasons.first ?? "content").prefix(200))
                return CheckResult("content-scan", .reject(SMTPReply(550, .init(5, 7, 1), "Message rejected: \(result.label) (\(reason))")), summary)
            }
            // The verdict headers go below our Received: line, above the message's own header.
            let head = state.head
            var headerEnd = HeaderSection.end(head)
            if headerEnd == head.count && message.draft.count > head.count {
                headerEnd = 0  // a header section too long to rewrite: the verdict goes on top only
            }
            state.message.trace += service.tagger(recipientDomains: recipientDomains).tag(Array(head[..<headerEnd]), result: result)
            state.message.draftOffset = headerEnd
            if decision.action == .quarantine { return CheckResult("content-scan", .quarantine(summary), summary) }
            return CheckResult("content-scan", .accept, summary + ", tagged")
        }
    }
}
