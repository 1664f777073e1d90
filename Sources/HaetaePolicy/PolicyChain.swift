import MailCore

/// The SMTP stages a check can run at.
public enum PolicyStage: String, Sendable, Hashable, CaseIterable {
    case connect, helo, auth, mail, rcpt, data
}

/// What one check decided (maddy's check results, Postfix's restriction results).
public enum CheckVerdict: Sendable, Hashable {
    /// No objection: the next check runs.
    case accept
    /// Permanent refusal (5xx); the stage ends.
    case reject(SMTPReply)
    /// Temporary refusal (4xx); the stage ends.
    case `defer`(SMTPReply)
    /// Acknowledge, then drop (an access rule's DISCARD); later checks still run.
    case discard
    /// Keep the message out of the mailbox; the reason goes with it.
    case quarantine(String)
    /// Queue the message but deliver nothing until an administrator releases it (Postfix's HOLD).
    case hold(String)
    /// Header fields the message gets.
    case addHeaders([String])

    /// Whether the stage ends here.
    public var isFinal: Bool {
        switch self {
        case .reject, .defer: return true
        default: return false
        }
    }

    public var reply: SMTPReply? {
        switch self {
        case .reject(let reply), .defer(let reply): return reply
        default: return nil
        }
    }
}

/// One check's result with the reason it gives, as the trace shows it.
public struct CheckResult: Sendable, Hashable {
    /// The check's name (`access-map`, `relay-decision`, …).
    public var check: String
    public var verdict: CheckVerdict
    public var reason: String

    public init(_ check: String, _ verdict: CheckVerdict, _ reason: String) {
        self.check = check
        self.verdict = verdict
        self.reason = reason
    }

    /// The line `haetae access test` and the console print.
    public var line: String {
        let outcome: String
        switch verdict {
        case .accept: outcome = "ok"
        case .reject(let reply), .defer(let reply): outcome = "\(reply)"
        case .discard: outcome = "DISCARD"
        case .quarantine(let why): outcome = "QUARANTINE (\(why))"
        case .hold(let why): outcome = "HOLD (\(why))"
        case .addHeaders(let fields): outcome = "add \(fields.joined(separator: "; "))"
        }
        return "\(check): \(outcome) — \(reason)"
    }
}

/// Every check a stage ran, in order, ending at the first that refused.
public struct PolicyTrace: Sendable, Hashable {
    public var stage: PolicyStage
    public private(set) var results: [CheckResult] = []

    public init(stage: PolicyStage) { self.stage = stage }

    /// What a check that fails (a lookup error) answers: try again later, never accept.
    public static let checkFailedReply = SMTPReply(451, .init(4, 3, 5), "Temporary lookup failure, try again later")

    /// The reply of the check that ended the stage, if one did.
    public var refusal: SMTPReply? { results.last?.verdict.reply }
    public var discards: Bool { results.contains { $0.verdict == .discard } }
    /// Why a check quarantined the message, if one did.
    public var quarantineReason: String? {
        results.lazy.compactMap { if case .quarantine(let why) = $0.verdict { return why } else { return nil } }.first
    }
    /// Why a check held the message, if one did.
    public var holdReason: String? {
        results.lazy.compactMap { if case .hold(let why) = $0.verdict { return why } else { return nil } }.first
    }

    mutating func append(_ result: CheckResult) { results.append(result) }
}

/// Runs checks in order: each sees the state the ones before it left, the first that refuses
/// ends the stage, and a check that fails (throws) answers `451 4.3.5` — never accept.
struct CheckRunner<State: Sendable> {
    typealias Check = (name: String, run: (inout State) async throws -> CheckResult?)

    /// `failureReply` is what a failing check answers (the connect stage passes a 421).
    static func run(
        _ stage: PolicyStage, _ checks: [Check], state: inout State, failureReply: SMTPReply = PolicyTrace.checkFailedReply
    ) async -> PolicyTrace {
        var trace = PolicyTrace(stage: stage)
        for check in checks {
            let result: CheckResult?
            do {
                result = try await check.run(&state)
            } catch {
                result = CheckResult(check.name, .defer(failureReply), "check failed: \(error)")
            }
            guard let result else { continue }  // not applicable here
            trace.append(result)
            if result.verdict.isFinal { break }
        }
        return trace
    }
}
