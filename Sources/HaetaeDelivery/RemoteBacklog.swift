import HaetaeQueue
import HaetaeStore

/// The messages waiting for remote delivery and who sent them (the breaker's evidence).
public struct RemoteBacklog: Sendable {
    public var messages: Int
    /// (sender, messages), most first: the authenticated account, else the envelope sender.
    public var senders: [(String, Int)]

    public static func summarize(_ queued: [QueuedMessage], directory: any MailDirectory) async -> RemoteBacklog {
        var cache: [String: Bool] = [:]
        var count = 0
        var bySender: [String: Int] = [:]
        for message in queued {
            var remote = false
            for recipient in message.envelope.recipients where recipient.status == .pending || recipient.status == .deferred {
                let domain = recipient.address.split(separator: "@").last.map { String($0).lowercased() } ?? ""
                if cache[domain] == nil { cache[domain] = (try? await directory.isLocalDomain(domain)) ?? true }
                if cache[domain] == false {
                    remote = true
                    break
                }
            }
            guard remote else { continue }
            count += 1
            let envelope = message.envelope
            let who = envelope.authenticatedUser.map { "\($0) (authenticated)" }
                ?? (envelope.sender.isEmpty ? "<> (bounces)" : "<\(envelope.sender)> from [\(envelope.clientAddress ?? "?")]")
            bySender[who, default: 0] += 1
        }
        let senders = bySender.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { ($0.key, $0.value) }
        return RemoteBacklog(messages: count, senders: senders)
    }

    /// "name count" lines of the first `limit` senders.
    public func topLines(_ limit: Int = 10) -> [String] {
        senders.prefix(limit).map { "\($0.0): \($0.1) message(s)" }
    }
}
