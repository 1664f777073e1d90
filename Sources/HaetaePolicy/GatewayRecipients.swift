import MailCore
import Foundation

/// Who exists behind a gateway domain (Postfix's `relay_recipient_maps`): a file with one
/// address per line (`user@domain`), `@domain` to accept every local part of that domain, `#`
/// comments. Mail for a gateway domain to anyone else is refused at RCPT (550 5.1.1), so the
/// backend's later refusal never becomes a bounce to a forged sender. The file is re-read when
/// it changes (checked at most once a second).
public final class GatewayRecipients: @unchecked Sendable {
    public let path: String
    private let lock = NSLock()
    private var addresses: Set<String> = []
    private var wholeDomains: Set<String> = []
    private var listedDomains: Set<String> = []
    private var modified: Date?
    private var checkedAt = Date.distantPast

    public init(path: String) throws {
        self.path = path
        try reload(force: true)
    }

    /// Parses the file's text. Pure, exposed for tests.
    public static func parse(_ text: String) -> (addresses: Set<String>, wholeDomains: Set<String>) {
        var addresses: Set<String> = []
        var domains: Set<String> = []
        // `isNewline` also matches CR LF, which is one Character (equal to neither "\n" nor "\r").
        for rawLine in text.split(whereSeparator: \.isNewline) {
            let line = rawLine.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let entry = line.trimmingCharacters(in: .whitespaces).lowercased()
            guard !entry.isEmpty else { continue }
            if entry.hasPrefix("@") {
                domains.insert(String(entry.dropFirst()))
            } else if entry.contains("@") {
                addresses.insert(entry)
            }
        }
        return (addresses, domains)
    }

    private func reload(force: Bool) throws {
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        let date = attributes[.modificationDate] as? Date
        if !force, date == modified { return }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let (addresses, domains) = Self.parse(text)
        lock.withLock {
            self.addresses = addresses
            self.wholeDomains = domains
            self.listedDomains = domains.union(addresses.compactMap { $0.split(separator: "@").last.map(String.init) })
            self.modified = date
        }
    }

    /// Whether `address` (already lower-cased, domain in A-labels) exists behind the gateway.
    public func contains(_ address: String) -> Bool {
        let due = lock.withLock { () -> Bool in
            guard Date().timeIntervalSince(checkedAt) >= 1 else { return false }
            checkedAt = Date()
            return true
        }
        if due { try? reload(force: false) }
        let key = address.lowercased()
        let domain = key.split(separator: "@").last.map(String.init) ?? ""
        return lock.withLock { addresses.contains(key) || wholeDomains.contains(domain) }
    }
}
