import HaetaeEvents
import MailCore
import Foundation
import HaetaeFilter
import HaetaePolicy
import HaetaeQueue
import HaetaeScan
import SMTPServer
import Logging
import MIME
import Metrics
import SMTPProtocol

/// Which inbound mail is scanned and where quarantined mail goes.
struct InboundScan: Sendable {
    var service: ScanService
    var quarantine: QuarantineStore
    /// Recipient domains whose mail is scanned; nil: every domain (local and gateway).
    var domains: Set<String>?
}

/// What happens to a message an SMTP listener received, after the 354 and before the reply: the
/// content check (scan, then tag, quarantine or refuse), the hold of a suspended account's mail,
/// then the queue through `MessageIntake`. The listener only reports the outcome.
struct InboundPipeline: MessageReceiver {
    var intake: MessageIntake
    var scan: InboundScan?
    var protection: ProtectionMonitor?
    var logger: Logger
    /// The longest header section rewritten when a message is tagged.
    static let headerSectionLimit = 1_048_576

    /// RFC 5321 §6.3: more `Received:` fields than this is a mail loop.
    static let maximumHops = 50

    func receive(_ message: IncomingMessage, cancellation: CancellationFlag) async -> IntakeOutcome {
        var message = message
        let head: [UInt8]
        do {
            head = try message.draft.prefix(Self.headerSectionLimit)
        } catch {
            message.draft.discard()
            return .failed("reading the message: \(error)")
        }
        let hops = Self.receivedCount(head)
        if hops > Self.maximumHops {
            message.draft.discard()
            logger.record(.mailLoop, level: .warning, ["id": "\(message.id)", "ip": "\(message.clientAddress ?? "-")", "hops": "\(hops)"])
            return .refused(SMTPReply(554, .init(5, 4, 6), "Too many hops (\(hops) Received: fields): mail loop"))
        }
        let domains = message.recipients.map { $0.split(separator: "@").last.map { String($0).lowercased() } ?? "" }
        // Inbound mail from outside is scanned: the MX listener, not authenticated, not trusted.
        if let scan, message.origin == .smtp(listener: "mx"), message.authenticatedUser == nil, !message.trustedClient,
            scan.domains.map({ scope in domains.contains(where: scope.contains) }) ?? true
        {
            guard let decision = await scan.service.scan(
                message.draft, sender: message.sender, client: message.clientAddress, recipientDomains: domains,
                cancellation: cancellation)
            else {
                message.draft.discard()
                return .failed("client disconnected before the scan")
            }
            let result = decision.result
            logger.record(.scan, ["id": "\(message.id)", "ip": "\(message.clientAddress ?? "-")", "from": "<" + message.sender + ">", "rcpts": "\(message.recipients.joined(separator: ","))", "verdict": "\(result.label)", "score": "\(String(format: "%.2f", result.score))", "action": "\(decision.action.rawValue)", "reasons": "\(result.reasons.joined(separator: "; "))"])
            for verdict in result.verdicts { Counter(label: "haetae_verdicts_total", dimensions: [("verdict", verdict.rawValue)]).increment() }
            if decision.action == .reject {
                message.draft.discard()
                let reason = String((result.reasons.first ?? "content").prefix(200))
                return .refused(SMTPReply(550, .init(5, 7, 1), "Message rejected: \(result.label) (\(reason))"))
            }
            // The verdict headers go below our Received: line, above the message's own header.
            var headerEnd = Self.headerSectionEnd(head)
            if headerEnd == head.count && message.draft.count > head.count {
                headerEnd = 0  // a header section too long to rewrite: the verdict goes on top only
            }
            let tagged = scan.service.tagger(recipientDomains: domains).tag(Array(head[..<headerEnd]), result: result)
            message.trace += tagged
            message.draftOffset = headerEnd
            if decision.action == .quarantine {
                let size = message.trace.count + message.draft.count - headerEnd
                let subject = MessageHeaders.parse(head[...]).headers.decoded("Subject")
                do {
                    try scan.quarantine.put(
                        QuarantineRecord(
                            id: message.id, arrivedAt: message.arrivedAt, sender: message.sender, recipients: message.recipients,
                            clientAddress: message.clientAddress, result: result, size: size, subject: subject),
                        prefix: message.trace, draft: message.draft, from: headerEnd)
                } catch {
                    return .failed("quarantine: \(error)")
                }
                message.draft.discard()
                return .quarantined(size: size)
            }
        }
        if let protection, let user = message.authenticatedUser, await protection.isSuspended(user) {
            // Suspended while this transaction was open: keep the message, but held.
            message.held = true
        }
        do {
            return .queued(size: try await intake.accept(message))
        } catch {
            message.draft.discard()
            return .failed("\(error)")
        }
    }

    /// `Received:` fields in the header section at the start of `head`.
    static func receivedCount(_ head: [UInt8]) -> Int {
        let end = headerSectionEnd(head)
        var count = 0
        var lineStart = 0
        let name = Array("received:".utf8)
        for index in 0..<end where index == lineStart || head[index - 1] == 0x0A {
            lineStart = index
            guard end - index >= name.count else { break }
            var matches = true
            for offset in 0..<name.count where head[index + offset] | 0x20 != name[offset] | 0x20 {
                matches = false
                break
            }
            if matches { count += 1 }
        }
        return count
    }

    /// Where the body starts: just after the empty line that ends the header section (the empty
    /// line stays with the header), or all of `head` when it has none.
    static func headerSectionEnd(_ head: [UInt8]) -> Int {
        var index = 0
        var lineStart = 0
        while index < head.count {
            if head[index] == 0x0A {
                var length = index - lineStart
                if length > 0 && head[index - 1] == 0x0D { length -= 1 }
                if length == 0 { return lineStart }
                lineStart = index + 1
            }
            index += 1
        }
        return head.count
    }
}
