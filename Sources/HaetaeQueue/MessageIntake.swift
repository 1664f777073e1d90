import Foundation
import SMTPProtocol

/// Where a message entered the server. Every origin goes through `MessageIntake`.
public enum MessageOrigin: Sendable, Hashable {
    /// An SMTP listener (`mx`, `submission`, `submissions`).
    case smtp(listener: String)
    /// `haetae sendmail` on this machine.
    case sendmail
    /// A delivery status notification we composed.
    case dsn
    /// An alert or digest the server wrote.
    case notice
    /// An administrator released it from quarantine.
    case quarantineRelease

    /// The `listener` field of the envelope (kept for the queue listing and the audit).
    public var label: String {
        switch self {
        case .smtp(let listener): return listener
        case .sendmail: return "sendmail"
        case .dsn: return "bounce"
        case .notice: return "notice"
        case .quarantineRelease: return "quarantine"
        }
    }

    /// Mail we wrote ourselves gets a `Date:` and `Message-ID:` when it lacks them.
    var isLocal: Bool {
        switch self {
        case .smtp: return false
        case .sendmail, .dsn, .notice, .quarantineRelease: return true
        }
    }
}

/// A message about to enter the queue.
public struct IncomingMessage: Sendable {
    public var id: String
    public var origin: MessageOrigin
    public var arrivedAt: Date
    /// Reverse path without brackets; empty for `<>`.
    public var sender: String
    public var recipients: [String]
    public var bodyType: String
    public var smtpUTF8: Bool
    public var clientAddress: String?
    public var heloName: String?
    public var authenticatedUser: String?
    /// The client is in `trusted_networks`.
    public var trustedClient: Bool
    /// Octets that go before the message (our `Received:` line).
    public var trace: [UInt8]
    public var draft: MessageDraft
    /// Octets at the start of the draft that are not stored (a header section that a check
    /// rewrote and put into `trace`).
    public var draftOffset: Int = 0
    /// Recipients to keep but not deliver until an administrator releases them.
    public var held: Bool

    public init(
        id: String, origin: MessageOrigin, arrivedAt: Date = Date(), sender: String, recipients: [String],
        bodyType: String = "8BITMIME", smtpUTF8: Bool = false, clientAddress: String? = nil, heloName: String? = nil,
        authenticatedUser: String? = nil, trustedClient: Bool = false, trace: [UInt8] = [], draft: MessageDraft,
        held: Bool = false
    ) {
        self.id = id
        self.origin = origin
        self.arrivedAt = arrivedAt
        self.sender = sender
        self.recipients = recipients
        self.bodyType = bodyType
        self.smtpUTF8 = smtpUTF8
        self.clientAddress = clientAddress
        self.heloName = heloName
        self.authenticatedUser = authenticatedUser
        self.trustedClient = trustedClient
        self.trace = trace
        self.draft = draft
        self.held = held
    }
}

/// How handing a message to the server ended.
public enum IntakeOutcome: Sendable {
    /// Durable in the queue (octets stored).
    case queued(size: Int)
    /// Durable in the quarantine.
    case quarantined(size: Int)
    /// Refused by a content check; the client hears this reply.
    case refused(SMTPReply)
    /// Could not be stored; the client hears a temporary failure.
    case failed(String)
}

/// Set when the client that is sending a message goes away before it heard the reply: work done
/// only for that reply (a queued scan) is skipped.
public final class CancellationFlag: @unchecked Sendable {
    private let lock = NSLock()
    private var cancelled = false

    public init() {}

    public var isCancelled: Bool { lock.withLock { cancelled } }

    public func cancel() { lock.withLock { cancelled = true } }
}

/// What a listener hands a complete message to: content checks, then the queue.
public protocol MessageReceiver: Sendable {
    func receive(_ message: IncomingMessage, cancellation: CancellationFlag) async -> IntakeOutcome
}

/// The one gate into the queue (Postfix's `cleanup`): takes a message from any origin, removes
/// duplicate recipients, adds `Date:` / `Message-ID:` to mail written locally, writes it durably
/// (fsync before returning) and tells the queue manager. Nothing else writes the spool.
public final class MessageIntake: Sendable {
    public let spool: Spool
    private let hostname: String
    private let notify: NotifyBox

    public init(spool: Spool, hostname: String) {
        self.spool = spool
        self.hostname = hostname
        self.notify = NotifyBox()
    }

    /// Who hears about new mail, by queue ID and recipients (the queue manager registers itself
    /// at start).
    public func onQueued(_ handler: @escaping @Sendable (String, [String]) async -> Void) {
        notify.set(handler)
    }

    /// Stores `message`; returns the stored size. Throws when it could not be made durable.
    @discardableResult
    public func accept(_ message: IncomingMessage) async throws -> Int {
        var seen = Set<String>()
        var recipients: [QueueRecipient] = []
        for address in message.recipients where seen.insert(address.lowercased()).inserted {
            recipients.append(QueueRecipient(address: address, status: message.held ? .held : .pending))
        }
        var prefix = message.trace
        if message.origin.isLocal {
            let head = try message.draft.prefix(256 * 1_024)
            prefix += LocalHeaders.missing(in: head, hostname: hostname, id: message.id, date: message.arrivedAt)
        }
        let size = prefix.count + message.draft.count - message.draftOffset
        let envelope = QueueEnvelope(
            id: message.id, arrivedAt: message.arrivedAt, sender: message.sender, recipients: recipients,
            bodyType: message.bodyType, smtpUTF8: message.smtpUTF8, clientAddress: message.clientAddress,
            heloName: message.heloName, authenticatedUser: message.authenticatedUser, listener: message.origin.label,
            size: size)
        try await spool.accept(envelope, prefix: prefix, draft: message.draft, from: message.draftOffset)
        await notify.call(message.id, recipients.map(\.address))
        return size
    }

    /// Convenience for messages composed in memory (DSNs, notices, releases, sendmail).
    @discardableResult
    public func accept(
        origin: MessageOrigin, sender: String, recipients: [String], message bytes: [UInt8], id: String = QueueID.make(),
        clientAddress: String? = nil, authenticatedUser: String? = nil, held: Bool = false
    ) async throws -> String {
        let draft = spool.makeDraft(id: id, memoryLimit: max(MessageDraft.defaultMemoryLimit, bytes.count))
        draft.append(bytes)
        try await accept(
            IncomingMessage(
                id: id, origin: origin, sender: sender, recipients: recipients, clientAddress: clientAddress,
                authenticatedUser: authenticatedUser, draft: draft, held: held))
        return id
    }
}

final class NotifyBox: @unchecked Sendable {
    private let lock = NSLock()
    private var handler: (@Sendable (String, [String]) async -> Void)?

    func set(_ handler: @escaping @Sendable (String, [String]) async -> Void) { lock.withLock { self.handler = handler } }

    func call(_ id: String, _ recipients: [String]) async {
        let handler = lock.withLock { self.handler }
        await handler?(id, recipients)
    }
}

/// The `Date:` and `Message-ID:` fields a locally written message lacks. Pure.
enum LocalHeaders {
    static func missing(in head: [UInt8], hostname: String, id: String, date: Date) -> [UInt8] {
        var hasDate = false
        var hasMessageID = false
        var lineStart = 0
        var index = 0
        while index <= head.count {
            if index == head.count || head[index] == 0x0A {
                var line = head[lineStart..<index]
                if line.last == 0x0D { line = line.dropLast() }
                if line.isEmpty { break }
                let name = String(decoding: line.prefix { $0 != 0x3A }, as: UTF8.self).lowercased()
                if name == "date" { hasDate = true }
                if name == "message-id" { hasMessageID = true }
                lineStart = index + 1
            }
            index += 1
        }
        var out = ""
        if !hasDate { out += "Date: \(RFC5322Date.format(date))\r\n" }
        if !hasMessageID { out += "Message-ID: <\(id)@\(hostname)>\r\n" }
        return Array(out.utf8)
    }
}

/// Without content checks (a submission-only server, tests): straight into the queue.
extension MessageIntake: MessageReceiver {
    public func receive(_ message: IncomingMessage, cancellation: CancellationFlag) async -> IntakeOutcome {
        do {
            return .queued(size: try await accept(message))
        } catch {
            message.draft.discard()
            return .failed("\(error)")
        }
    }
}
