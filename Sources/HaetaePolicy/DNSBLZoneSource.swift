import MailCore
import Foundation
import HaetaeStore

/// DNSBL zones an administrator changes while the server runs (`haetae dnsbl`, the console): the
/// database's list when one was saved, otherwise the configuration's. Re-read at most every 2 s.
public actor DNSBLZoneSource {
    static let setting = "dnsbl_zones"
    private let store: any SettingsStore
    private let base: DNSBLChecker
    private var current: DNSBLChecker
    private var checkedAt = Date.distantPast
    private var lastText: String?

    public init(store: any SettingsStore, base: DNSBLChecker) {
        self.store = store
        self.base = base
        self.current = base
    }

    public func checker(now: Date = Date()) -> DNSBLChecker {
        guard now.timeIntervalSince(checkedAt) >= 2 else { return current }
        checkedAt = now
        let text = (try? store.setting(Self.setting)) ?? nil
        guard text != lastText else { return current }
        lastText = text
        if let text {
            let zones = Self.parse(text)
            current = DNSBLChecker(resolver: base.resolver, zones: zones, threshold: base.threshold, domainZones: base.domainZones)
        } else {
            current = base
        }
        return current
    }

    static func parse(_ text: String) -> [DNSBLZone] {
        text.split(whereSeparator: { $0.isNewline || $0 == "," }).compactMap { DNSBLZone(String($0).trimmingCharacters(in: .whitespaces)) }
    }

    /// The zones in force: the saved list, or the configuration's (`dnsbl.zones`).
    public static func effective(store: any SettingsStore, configured: [String]) -> [String] {
        guard let saved = (try? store.setting(setting)) ?? nil else { return configured }
        return saved.split(whereSeparator: { $0.isNewline || $0 == "," }).map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    /// Adds (or re-weights) or removes a zone in the saved list, starting from the effective list.
    public static func change(store: any SettingsStore, configured: [String], add: String? = nil, remove: String? = nil) throws -> [String] {
        var zones = effective(store: store, configured: configured)
        if let add {
            guard let zone = DNSBLZone(add) else { throw DNSBLZoneError.invalid(add) }
            zones.removeAll { DNSBLZone($0)?.name == zone.name }
            zones.append(zone.weight == 1 ? zone.name : "\(zone.name)*\(zone.weight)")
        }
        if let remove {
            let name = remove.lowercased().split(separator: "*").first.map(String.init) ?? remove
            guard zones.contains(where: { DNSBLZone($0)?.name == name }) else { throw DNSBLZoneError.notFound(remove) }
            zones.removeAll { DNSBLZone($0)?.name == name }
        }
        try store.setSetting(setting, zones.joined(separator: "\n"))
        return zones
    }
}

public enum DNSBLZoneError: Error, CustomStringConvertible {
    case invalid(String)
    case notFound(String)

    public var description: String {
        switch self {
        case .invalid(let zone): return "\(zone): expected a zone such as zen.spamhaus.org or zen.spamhaus.org*2"
        case .notFound(let zone): return "\(zone) is not in the DNSBL list"
        }
    }
}
