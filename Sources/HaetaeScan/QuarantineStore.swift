import Foundation
import HaetaeFilter
import HaetaeQueue

/// A quarantined message's record: who sent it to whom, and why it was held back.
public struct QuarantineRecord: Codable, Sendable, Hashable {
    public var id: String
    public var arrivedAt: Date
    public var sender: String
    public var recipients: [String]
    public var clientAddress: String?
    public var verdict: String
    public var score: Double
    public var reasons: [String]
    public var size: Int
    /// The decoded Subject, for listings and digests.
    public var subject: String?

    public init(
        id: String, arrivedAt: Date, sender: String, recipients: [String], clientAddress: String?, result: ScanResult, size: Int,
        subject: String? = nil
    ) {
        self.subject = subject
        self.id = id
        self.arrivedAt = arrivedAt
        self.sender = sender
        self.recipients = recipients
        self.clientAddress = clientAddress
        self.verdict = result.label
        self.score = result.score
        self.reasons = result.reasons
        self.size = size
    }
}

public enum QuarantineError: Error, CustomStringConvertible {
    case notFound(String)
    case badID(String)

    public var description: String {
        switch self {
        case .notFound(let id): return "no quarantined message \(id)"
        case .badID(let id): return "not a quarantine id: \(id)"
        }
    }
}

/// Quarantined messages in DATA/quarantine: `ID.eml` (the message as received, tagged) and
/// `ID.json` (the record), both written durably before the client hears 250.
public struct QuarantineStore: Sendable {
    public let root: String

    public init(root: String) throws {
        self.root = root
        try DurableFile.makeDirectories(root)
    }

    /// A fresh formatter per use: quarantining is rare, and formatters are not shared across tasks.
    static var timestamp: ISO8601DateFormatter {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        return formatter
    }

    static func valid(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 64 && id.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) }
    }

    public func put(_ record: QuarantineRecord, message: [UInt8]) throws {
        try put(record) { write in try write(message) }
    }

    /// Stores a message as it arrived: `prefix`, then the draft from `offset` on, streamed.
    public func put(_ record: QuarantineRecord, prefix: [UInt8], draft: MessageDraft, from offset: Int) throws {
        try put(record) { write in
            try write(prefix)
            try draft.forEachChunk(from: offset) { try write($0) }
        }
    }

    private func put(_ record: QuarantineRecord, fill: ((([UInt8]) throws -> Void)) throws -> Void) throws {
        let encoder = JSONEncoder()
        // Milliseconds kept: the digest picks records by arrival after the last digest.
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(Self.timestamp.string(from: date))
        }
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try DurableFile.writeNew(root + "/\(record.id).eml", fill: fill)
        try DurableFile.writeNew(root + "/\(record.id).json.tmp", parts: [Array(try encoder.encode(record))])
        try DurableFile.rename(root + "/\(record.id).json.tmp", root + "/\(record.id).json")
        try DurableFile.syncDirectory(root)
    }

    public func list() -> [QuarantineRecord] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []
        return names.filter { $0.hasSuffix(".json") }.compactMap { try? record(String($0.dropLast(5))) }
            .sorted { $0.arrivedAt < $1.arrivedAt }
    }

    public func record(_ id: String) throws -> QuarantineRecord {
        guard Self.valid(id) else { throw QuarantineError.badID(id) }
        guard let data = FileManager.default.contents(atPath: root + "/\(id).json") else { throw QuarantineError.notFound(id) }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let text = try decoder.singleValueContainer().decode(String.self)
            guard let date = Self.timestamp.date(from: text) ?? ISO8601DateFormatter().date(from: text) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "bad date \(text)"))
            }
            return date
        }
        return try decoder.decode(QuarantineRecord.self, from: data)
    }

    public func message(_ id: String) throws -> [UInt8] {
        guard Self.valid(id) else { throw QuarantineError.badID(id) }
        guard let data = FileManager.default.contents(atPath: root + "/\(id).eml") else { throw QuarantineError.notFound(id) }
        return Array(data)
    }

    public func delete(_ id: String) throws {
        _ = try record(id)
        try? FileManager.default.removeItem(atPath: root + "/\(id).json")
        try? FileManager.default.removeItem(atPath: root + "/\(id).eml")
    }

    /// Puts the message into the queue for its recipients (the queue is durable first), then
    /// removes it from quarantine. Returns the new queue id.
    public func release(_ id: String, to spool: Spool) async throws -> String {
        let record = try record(id)
        let bytes = try message(id)
        let queueID = try await MessageIntake(spool: spool, hostname: "localhost").accept(
            origin: .quarantineRelease, sender: record.sender, recipients: record.recipients, message: bytes,
            clientAddress: record.clientAddress)
        try delete(id)
        QueueControl.send(.pickup, spoolRoot: spool.root)
        return queueID
    }
}
