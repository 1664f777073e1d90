import Foundation
import HaetaeEvents
import HaetaePolicy
import HaetaeQueue
import HaetaeScan
import Logging
import MIME
import MailCore

/// A received message as the DATA-stage checks see it and leave it.
struct InboundMessage: ScannedMessageState {
    var message: IncomingMessage
    let head: [UInt8]
    let cancellation: CancellationFlag
    var scanDecision: ScanService.Decision?
}

/// What happens to a message an SMTP listener received, after the final dot and before the
/// reply: the DATA stage of the policy chain decides (loop detection, the content scan, the hold
/// of a suspended account's mail), then this stores what it decided — refused, quarantined, or
/// through `MessageIntake` into the queue (held or not). The listener only reports the outcome.
struct InboundPipeline: MessageReceiver {
    var intake: MessageIntake
    var stage: DataStage<InboundMessage>
    /// Where quarantined mail goes (nil when nothing is scanned).
    var quarantine: QuarantineStore?
    var logger: Logger

    /// The DATA stage's checks in their fixed order; a check whose service is off is left out.
    static func stage(scan: ScanService?, scanDomains: Set<String>?, protection: ProtectionMonitor?, logger: Logger) -> DataStage<InboundMessage> {
        var checks: [DataCheck<InboundMessage>] = [.mailLoop(logger: logger)]
        if let scan { checks.append(.contentScan(scan, domains: scanDomains, logger: logger)) }
        if let protection { checks.append(.suspensionHold(protection)) }
        return DataStage(checks)
    }

    func receive(_ incoming: IncomingMessage, cancellation: CancellationFlag) async -> IntakeOutcome {
        let head: [UInt8]
        do {
            head = try incoming.draft.prefix(HeaderSection.limit)
        } catch {
            incoming.draft.discard()
            return .failed("reading the message: \(error)")
        }
        var state = InboundMessage(message: incoming, head: head, cancellation: cancellation)
        let trace = await stage.run(&state)
        var message = state.message
        if let refusal = trace.refusal {
            message.draft.discard()
            if refusal.code < 500 {
                // A check that could not finish: the client hears the 4xx and tries again.
                logger.record(.dataRejected, level: .warning, ["id": message.id, "ip": message.clientAddress ?? "-", "check": trace.results.last?.check ?? "-", "reason": trace.results.last?.reason ?? "-"])
            }
            return .refused(refusal)
        }
        if trace.quarantineReason != nil {
            guard let quarantine, let result = state.scanDecision?.result else {
                message.draft.discard()
                return .failed("quarantine: no quarantine store for a quarantine verdict")
            }
            let headerEnd = message.draftOffset
            let size = message.trace.count + message.draft.count - headerEnd
            let subject = MessageHeaders.parse(head[...]).headers.decoded("Subject")
            do {
                try quarantine.put(
                    QuarantineRecord(
                        id: message.id, arrivedAt: message.arrivedAt, sender: message.sender, recipients: message.recipients,
                        clientAddress: message.clientAddress, result: result, size: size, subject: subject),
                    prefix: message.trace, draft: message.draft, from: headerEnd)
            } catch {
                message.draft.discard()
                return .failed("quarantine: \(error)")
            }
            message.draft.discard()
            return .quarantined(size: size)
        }
        // Suspended while this transaction was open: keep the message, but held.
        if trace.holdReason != nil { message.held = true }
        do {
            return .queued(size: try await intake.accept(message))
        } catch {
            message.draft.discard()
            return .failed("\(error)")
        }
    }
}
