import Foundation
import HaetaeQueue
import HaetaeStore

/// Fresh, private places for a test's files: every call gives a new path under the system's
/// temporary directory, so tests that run in parallel never share one.
public enum TestFixtures {
    /// A path that does not exist yet: `…/haetae-LABEL-UUID` plus `suffix`.
    public static func path(_ label: String, suffix: String = "") -> String {
        NSTemporaryDirectory() + "haetae-\(label)-\(UUID().uuidString)\(suffix)"
    }

    /// An empty spool in its own directory.
    public static func spool(_ label: String = "spool") throws -> Spool {
        try Spool(root: path(label))
    }

    /// An SQLite store in its own file, with the cheapest bcrypt cost, holding `domains` and the
    /// `users` (address → password).
    public static func store(_ label: String = "store", domains: [String] = [], users: [String: String] = [:]) throws -> DirectoryStore {
        let store = try DirectoryStore(path: path(label, suffix: ".sqlite"), bcryptCost: 4)
        for domain in domains { try store.addDomain(domain) }
        for (address, password) in users.sorted(by: { $0.key < $1.key }) { try store.addUser(address, password: password) }
        return store
    }
}
