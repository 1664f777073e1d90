/// The filter's whitelist and blacklist (`haetae whitelist`, `haetae blacklist`, the console).
public protocol ScanListStore: Sendable {
    func addScanListEntry(_ kind: ScanListKind, key: String) throws
    func removeScanListEntry(_ kind: ScanListKind, key: String) throws
    func scanListEntries(_ kind: ScanListKind) throws -> [String]
    /// Both lists, unless they are still at generation `known` (then nil).
    func scanListsIfChanged(since known: Int?) async throws -> (generation: Int, lists: [ScanListKind: [String]]?)
}
