import HaetaeQueue
import MailCore

/// What every DATA-stage check can read: the message as the listener handed it over, its header
/// section as received, and whether its client is still waiting. Checks of other targets (the
/// content scan) refine this with what they leave for the executor.
public protocol DataStageState: Sendable {
    var message: IncomingMessage { get set }
    /// The start of the message: its header section, up to `HeaderSection.limit` octets.
    var head: [UInt8] { get }
    var cancellation: CancellationFlag { get }
}

extension DataStageState {
    /// The recipients' domains, lower-cased, in recipient order.
    public var recipientDomains: [String] {
        message.recipients.map { $0.split(separator: "@").last.map { String($0).lowercased() } ?? "" }
    }
}

/// One check of the DATA stage: nil when it does not apply to this message.
public struct DataCheck<State: DataStageState>: Sendable {
    public let name: String
    let run: @Sendable (inout State) async throws -> CheckResult?

    public init(_ name: String, run: @escaping @Sendable (inout State) async throws -> CheckResult?) {
        self.name = name
        self.run = run
    }
}

/// The checks a complete message passes after the final dot and before the reply, in a fixed
/// order (loop detection, content, account hold), with the chain's rules: the first that refuses
/// ends the stage, a check that fails answers `451 4.3.5`. The checks only decide (and may tag the
/// header, as the content scan does); storing a quarantined message, holding or queueing it is the
/// caller's, after the trace.
public struct DataStage<State: DataStageState>: Sendable {
    public let checks: [DataCheck<State>]

    public init(_ checks: [DataCheck<State>]) { self.checks = checks }

    public func run(_ state: inout State) async -> PolicyTrace {
        await CheckRunner.run(.data, checks.map { check in (check.name, check.run) }, state: &state)
    }
}

/// The header section of a received message, as the DATA-stage checks read it.
public enum HeaderSection {
    /// The longest header section read (and rewritten when a message is tagged).
    public static let limit = 1_048_576

    /// Where the body starts: just after the empty line that ends the header section (the empty
    /// line stays with the header), or all of `head` when it has none.
    public static func end(_ head: [UInt8]) -> Int {
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

    /// `Received:` fields in the header section at the start of `head`.
    public static func receivedCount(_ head: [UInt8]) -> Int {
        let end = Self.end(head)
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
}
