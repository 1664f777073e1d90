/// Small named values the server keeps between runs (the DNSBL zones an administrator added, when
/// a periodic job last ran).
public protocol SettingsStore: Sendable {
    func setSetting(_ name: String, _ value: String) throws
    func setting(_ name: String) throws -> String?
}
