import Foundation
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

    public init(
        enabled: Bool = true, clamd: String = "", clamdTimeout: TimeInterval = 30, headerPrefix: String = "",
        subjectTag: String = "", maxSize: Int = 10 * 1_048_576, thresholds: ScanThresholds = ScanThresholds(),
        actions: [String: ScanAction] = ["virus": .reject], domainActions: [String: [String: ScanAction]] = [:],
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
public actor ScanService {
    public nonisolated let configuration: ScanConfiguration
    private let scanner: ContentScanner
    nonisolated let tagger: MessageTagger
    private let clamd: ClamdClient?
    private let store: DirectoryStore
    private var whitelist = SenderList([])
    private var blacklist = SenderList([])
    private var generation: Int?
    private let logger: Logger
    public nonisolated let modelSource: String

    public init(configuration: ScanConfiguration, store: DirectoryStore, modelPath: String, logger: Logger) throws {
        self.configuration = configuration
        self.store = store
        self.logger = logger
        var model: FilterModel?
        var source = "none"
        if let data = FileManager.default.contents(atPath: modelPath) {
            model = FilterModel(serialized: Array(data))
            source = model == nil ? "unreadable \(modelPath), built-in default" : modelPath
        }
        if model == nil {
            model = DefaultModel.load()
            if source == "none" { source = "built-in default" }
        }
        modelSource = source
        scanner = ContentScanner(model: model ?? FilterModel(), thresholds: configuration.thresholds)
        tagger = MessageTagger(headerPrefix: configuration.headerPrefix, subjectTag: configuration.subjectTag)
        clamd = configuration.clamd.isEmpty ? nil : try ClamdClient(address: configuration.clamd, timeout: .milliseconds(Int64(configuration.clamdTimeout * 1_000)))
    }

    /// The tagger for a message: the subject tag of the first recipient domain that has its own.
    public nonisolated func tagger(recipientDomains: [String]) -> MessageTagger {
        guard let template = recipientDomains.lazy.compactMap({ self.configuration.domainSubjectTags[$0] }).first else { return tagger }
        return MessageTagger(headerPrefix: configuration.headerPrefix, subjectTag: template)
    }

    public struct Decision: Sendable {
        public var result: ScanResult
        public var action: ScanAction
    }

    public func scan(_ message: [UInt8], sender: String, client: String?, recipientDomains: [String]) async -> Decision {
        await reloadLists()
        var context = ScanContext()
        context.whitelisted = whitelist.match(sender: sender, client: client)
        context.blacklisted = context.whitelisted == nil ? blacklist.match(sender: sender, client: client) : nil
        if message.count > configuration.maxSize {
            context.notScanned = "too large (\(message.count) > \(configuration.maxSize) bytes)"
        } else if let clamd {
            do {
                if case .infected(let name) = try await clamd.scan(message) { context.virus = name }
            } catch {
                // Scanner down: the mail still flows; if nothing else is found it is
                // Passed:Not-Scanned, with the reason in the log and the header.
                logger.warning("event=scan-error scanner=clamd error=\"\(error)\"")
                context.virusScanFailed = "virus scanner unavailable (\(error))"
            }
        }
        let result = scanner.scan(message, context: context)
        let action = configuration.action(for: result, recipientDomains: recipientDomains)
        return Decision(result: result, action: action)
    }

    private func reloadLists() async {
        guard let (latest, lists) = try? await store.scanListsIfChanged(since: generation) else { return }
        generation = latest
        if let lists {
            whitelist = SenderList(lists[.whitelist] ?? [])
            blacklist = SenderList(lists[.blacklist] ?? [])
        }
    }
}
