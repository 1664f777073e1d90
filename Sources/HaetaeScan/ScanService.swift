import HaetaeEvents
import MailCore
import Dispatch
import Foundation
import HaetaeQueue
import HaetaeFilter
import HaetaeStore
import Logging
import NIOCore

/// What to do with mail of a verdict.
public enum ScanAction: String, Sendable, Hashable, CaseIterable, Comparable {
    case tag, quarantine, reject

    public static func < (a: ScanAction, b: ScanAction) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

public struct ScanConfiguration: Sendable {
    public var enabled: Bool
    public var clamd: String
    public var clamdTimeout: TimeInterval
    public var headerPrefix: String
    public var subjectTag: String
    public var maxSize: Int
    public var thresholds: ScanThresholds
    /// Per-verdict actions (verdict key → action); missing verdicts are tagged.
    public var actions: [String: ScanAction]
    /// Per-domain overrides: domain → (verdict key → action).
    public var domainActions: [String: [String: ScanAction]]
    /// Domains whose inbound mail is scanned; empty: every local and gateway domain.
    public var domains: [String]
    public var digest: DigestAudience
    /// Per-domain subject tag templates (domain → template); `subjectTag` elsewhere.
    public var domainSubjectTags: [String: String] = [:]
    public var digestInterval: TimeInterval
    /// Seconds a message may wait for its content scan; past it the message is
    /// `Passed:Not-Scanned` (reason logged).
    public var budget: TimeInterval = 15

    public init(
        enabled: Bool = true, clamd: String = "", clamdTimeout: TimeInterval = 30, headerPrefix: String = "",
        subjectTag: String = "", maxSize: Int = 10 * 1_048_576, thresholds: ScanThresholds = ScanThresholds(),
        actions: [String: ScanAction] = ["virus": .reject, "phishing": .tag, "spam": .tag, "suspect": .tag, "bulk": .tag], domainActions: [String: [String: ScanAction]] = [:],
        domains: [String] = [], digest: DigestAudience = .recipients, digestInterval: TimeInterval = 86_400
    ) {
        self.digest = digest
        self.digestInterval = digestInterval
        self.enabled = enabled
        self.clamd = clamd
        self.clamdTimeout = clamdTimeout
        self.headerPrefix = headerPrefix
        self.subjectTag = subjectTag
        self.maxSize = maxSize
        self.thresholds = thresholds
        self.actions = actions
        self.domainActions = domainActions
        self.domains = domains
    }

    /// `domain:verdict=action` entries.
    public static func parseDomainActions(_ entries: [String]) -> ([String: [String: ScanAction]], [String]) {
        var table: [String: [String: ScanAction]] = [:]
        var errors: [String] = []
        for entry in entries {
            let parts = entry.split(separator: ":", maxSplits: 1)
            let pair = parts.count == 2 ? parts[1].split(separator: "=", maxSplits: 1) : []
            guard pair.count == 2, let action = ScanAction(rawValue: String(pair[1]).lowercased()),
                ["virus", "phishing", "spam", "suspect", "bulk"].contains(String(pair[0]).lowercased())
            else {
                errors.append(entry)
                continue
            }
            table[String(parts[0]).lowercased(), default: [:]][String(pair[0]).lowercased()] = action
        }
        return (table, errors)
    }

    /// The strictest action any recipient's domain asks for, for the verdicts found.
    public func action(for result: ScanResult, recipientDomains: [String]) -> ScanAction {
        var chosen = ScanAction.tag
        for verdict in result.verdicts where !verdict.isPassed {
            for domain in recipientDomains.isEmpty ? [""] : recipientDomains {
                let action = domainActions[domain]?[verdict.key] ?? actions[verdict.key] ?? .tag
                chosen = max(chosen, action)
            }
        }
        return chosen
    }
}

/// The scanner as the SMTP server uses it: the model, the lists (reloaded when the CLI changes
/// them), clamd, the tagger. One call per message, before the 250.
///
/// Scanning is CPU work and never runs on an event loop, the cooperative pool or inside an actor:
/// at most `parallelism` messages are scanned at once, each on the scanner's own threads, and a
/// message waits for its result at most `configuration.budget` seconds (then it is
/// `Passed:Not-Scanned` with the reason logged). A scan still waiting for its turn when its client
/// hangs up is skipped. So a message's latency depends on how busy the scanner is, never on what
/// one other message contains.
public final class ScanService: Sendable {
    public let configuration: ScanConfiguration
    private let scanner: ContentScanner
    let tagger: MessageTagger
    private let clamd: ClamdClient?
    private let lists: SenderListCache
    private let slots: ScanSlots
    private let workers = DispatchQueue(label: "haetae.scan", qos: .utility, attributes: .concurrent)
    private let logger: Logger
    public let modelSource: String
    /// Messages scanned at the same time (one per core by default).
    public let parallelism: Int

    public init(
        configuration: ScanConfiguration, store: any ScanListStore, filter: FilterFiles, logger: Logger,
        parallelism: Int = max(1, ProcessInfo.processInfo.activeProcessorCount)
    ) throws {
        self.configuration = configuration
        self.lists = SenderListCache(store: store)
        self.logger = logger
        self.parallelism = parallelism
        self.slots = ScanSlots(count: parallelism)
        let loaded = filter.scanner(thresholds: configuration.thresholds)
        for problem in loaded.problems {
            logger.record(.scanError, level: .warning, ["file": problem.file, "error": problem.error])
        }
        modelSource = loaded.source
        self.scanner = loaded.scanner
        tagger = MessageTagger(headerPrefix: configuration.headerPrefix, subjectTag: configuration.subjectTag)
        clamd = configuration.clamd.isEmpty ? nil : try ClamdClient(address: configuration.clamd, timeout: .milliseconds(Int64(configuration.clamdTimeout * 1_000)))
    }

    /// The tagger for a message: the subject tag of the first recipient domain that has its own.
    public func tagger(recipientDomains: [String]) -> MessageTagger {
        guard let template = recipientDomains.lazy.compactMap({ self.configuration.domainSubjectTags[$0] }).first else { return tagger }
        return MessageTagger(headerPrefix: configuration.headerPrefix, subjectTag: template)
    }

    public struct Decision: Sendable {
        public var result: ScanResult
        public var action: ScanAction
    }

    /// Scans a message held in memory (tests, the CLI).
    public func scan(_ message: [UInt8], sender: String, client: String?, recipientDomains: [String]) async -> Decision {
        await scan(size: message.count, read: { limit in Array(message.prefix(limit)) }, sender: sender, client: client,
                   recipientDomains: recipientDomains, cancellation: CancellationFlag()) ?? Decision(result: ScanResult(verdicts: [.passedNotScanned], score: 0, reasons: []), action: .tag)
    }

    /// Scans a message as it arrived. Returns nil when the client left before its turn came.
    public func scan(_ draft: MessageDraft, sender: String, client: String?, recipientDomains: [String], cancellation: CancellationFlag) async -> Decision? {
        await scan(size: draft.count, read: { try draft.prefix($0) }, sender: sender, client: client,
                   recipientDomains: recipientDomains, cancellation: cancellation)
    }

    private func scan(
        size: Int, read: @escaping @Sendable (Int) throws -> [UInt8], sender: String, client: String?,
        recipientDomains: [String], cancellation: CancellationFlag
    ) async -> Decision? {
        var context = ScanContext()
        let (whitelist, blacklist) = await lists.current()
        context.whitelisted = whitelist.match(sender: sender, client: client)
        context.blacklisted = context.whitelisted == nil ? blacklist.match(sender: sender, client: client) : nil
        guard await slots.acquire(unless: cancellation) else { return nil }
        var released = false
        defer { if !released { slots.release() } }
        if size > configuration.maxSize {
            context.notScanned = "too large (\(size) > \(configuration.maxSize) bytes)"
        }
        // Only what a scanner will look at is read: the content scanner takes messages up to
        // scan.max_size, clamd the first scan.max_size octets of any message.
        var bytes: [UInt8]? = nil
        if let clamd {
            // The virus scanner sees the message, or its first scan.max_size octets, whatever its size.
            do {
                let read = try await onWorker { try read(self.configuration.maxSize) }
                bytes = read
                if case .infected(let name) = try await clamd.scan(read) { context.virus = name }
            } catch {
                // Scanner down: the mail still flows; if nothing else is found it is
                // Passed:Not-Scanned, with the reason in the log and the header.
                logger.record(.scanError, level: .warning, ["scanner": "clamd", "error": "\(error)"])
                context.virusScanFailed = "virus scanner unavailable (\(error))"
            }
        }
        if cancellation.isCancelled { return nil }
        // The content scan (and the read of the message, when clamd has not read it) runs on the
        // scanner's threads; we wait at most the budget. The slot is given back when the work
        // really ends, so a runaway scan still counts against parallelism.
        released = true
        let scanner = self.scanner
        let contextCopy = context
        let slots = self.slots
        let maxSize = configuration.maxSize
        let wanted = size <= maxSize
        let readByClamd = bytes
        let deadline = Date().addingTimeInterval(configuration.budget)
        let outcome = await withBudget(configuration.budget) { () -> Result<ScanResult, any Error> in
            defer { slots.release() }
            return Result {
                let content = try readByClamd ?? (wanted ? read(maxSize) : [])
                // Past the budget or once the client has gone, the work stops at the next stage.
                return scanner.scan(content, context: contextCopy, shouldStop: { cancellation.isCancelled || Date() >= deadline })
            }
        }
        switch outcome {
        case .success(let result)?:
            return decide(result, recipientDomains)
        case .failure(let error)?:
            logger.record(.scanError, level: .error, ["reason": "read", "error": "\(error)"])
            context.notScanned = "message unreadable"
            return decide(scanner.scan([], context: context), recipientDomains)
        case nil:
            logger.record(.scanBudgetExceeded, level: .warning, ["budget": "\(configuration.budget)s", "size": "\(size)"])
            context.notScanned = "scan budget of \(Int(configuration.budget)) s exceeded"
            return decide(scanner.scan([], context: context), recipientDomains)
        }
    }

    private func decide(_ result: ScanResult, _ recipientDomains: [String]) -> Decision {
        Decision(result: result, action: configuration.action(for: result, recipientDomains: recipientDomains))
    }

    private func onWorker<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            workers.async { continuation.resume(with: Result { try work() }) }
        }
    }

    /// Runs `work` on a worker thread; returns nil if it has not finished within `seconds`.
    private func withBudget<T: Sendable>(_ seconds: TimeInterval, _ work: @escaping @Sendable () -> T) async -> T? {
        let once = ResumeOnce<T?>()
        return await withCheckedContinuation { continuation in
            once.set(continuation)
            // Cancelled by `ResumeOnce` when the work ends first, so a busy server does not keep
            // one pending timer (and its closure) per message for the whole budget.
            let deadline = DispatchWorkItem { once.resume(nil) }
            once.setDeadline(deadline)
            workers.async { once.resume(work()) }
            workers.asyncAfter(deadline: .now() + seconds, execute: deadline)
        }
    }
}

/// Resumes a continuation exactly once, whichever of several racers comes first.
final class ResumeOnce<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var continuation: CheckedContinuation<T, Never>?

    private var deadline: DispatchWorkItem?

    func set(_ continuation: CheckedContinuation<T, Never>) { lock.withLock { self.continuation = continuation } }

    /// A timer racing the work; cancelled once either side has resumed.
    func setDeadline(_ item: DispatchWorkItem) { lock.withLock { deadline = item } }

    func resume(_ value: T) {
        let (pending, timer): (CheckedContinuation<T, Never>?, DispatchWorkItem?) = lock.withLock {
            defer {
                continuation = nil
                deadline = nil
            }
            return (continuation, deadline)
        }
        timer?.cancel()
        pending?.resume(returning: value)
    }
}

/// At most `count` scans at once; waiters queue in order and do not hold memory. A free slot is
/// taken without a suspension (a lock, not an actor: this is on every message's path).
final class ScanSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var free: Int
    private var waiters: [CheckedContinuation<Void, Never>] = []

    init(count: Int) { free = count }

    /// Waits for a slot; false (and no slot held) when the client left while waiting.
    func acquire(unless cancellation: CancellationFlag) async -> Bool {
        let taken: Bool = lock.withLock {
            guard free > 0 else { return false }
            free -= 1
            return true
        }
        if !taken {
            await withCheckedContinuation { continuation in
                let immediate: Bool = lock.withLock {
                    if free > 0 {
                        free -= 1
                        return true
                    }
                    waiters.append(continuation)
                    return false
                }
                if immediate { continuation.resume() }
            }
        }
        if cancellation.isCancelled {
            release()
            return false
        }
        return true
    }

    func release() {
        let next: CheckedContinuation<Void, Never>? = lock.withLock {
            if waiters.isEmpty {
                free += 1
                return nil
            }
            return waiters.removeFirst()
        }
        next?.resume()
    }
}

/// The white- and blacklists, reloaded when the store says they changed.
actor SenderListCache {
    private let store: any ScanListStore
    private var whitelist = SenderList([])
    private var blacklist = SenderList([])
    private var generation: Int?

    init(store: any ScanListStore) { self.store = store }

    /// Asks the store on every message (one indexed read): a list change applies to the next
    /// message, as an administrator expects.
    func current() async -> (SenderList, SenderList) {
        if let (latest, lists) = try? await store.scanListsIfChanged(since: generation) {
            generation = latest
            if let lists {
                whitelist = SenderList(lists[.whitelist] ?? [])
                blacklist = SenderList(lists[.blacklist] ?? [])
            }
        }
        return (whitelist, blacklist)
    }
}
