import Foundation
import Testing

@testable import HaetaeStore

struct DirectoryStoreTests {
    static func store() throws -> DirectoryStore {
        let path = NSTemporaryDirectory() + "haetae-store-" + UUID().uuidString + ".sqlite"
        return try DirectoryStore(path: path, bcryptCost: 4)
    }

    @Test func usersAndAuthentication() async throws {
        let store = try Self.store()
        try store.addDomain("Example.TEST")
        #expect(try store.listDomains() == ["example.test"])
        try store.addUser("Alice@Example.test", password: "Correct-Battery-77")
        #expect(try await store.authenticate(username: "alice@example.test", password: "Correct-Battery-77") == "alice@example.test")
        #expect(try await store.authenticate(username: "ALICE@example.test", password: "Correct-Battery-77") == "alice@example.test")
        #expect(try await store.authenticate(username: "alice@example.test", password: "wrong") == nil)
        #expect(try await store.authenticate(username: "nobody@example.test", password: "Correct-Battery-77") == nil)
        #expect(try await store.authenticate(username: "alice", password: "Correct-Battery-77") == nil)
        try store.setPassword("alice@example.test", password: "Fresh-Staple-2024x")
        #expect(try await store.authenticate(username: "alice@example.test", password: "Fresh-Staple-2024x") != nil)
        #expect(throws: DirectoryError.exists("user alice@example.test")) {
            try store.addUser("alice@example.test", password: "Tr0ub4dor-Sting")
        }
        #expect(throws: DirectoryError.domainNotLocal("other.test")) { try store.addUser("a@other.test", password: "Tr0ub4dor-Sting") }
        #expect(throws: DirectoryError.domainInUse("example.test")) { try store.removeDomain("example.test") }
    }

    @Test func recipientLookupAndAliases() async throws {
        let store = try Self.store()
        try store.addDomain("example.test")
        try store.addUser("alice@example.test", password: "Tr0ub4dor-Sting")
        try store.addAlias("sales@example.test", destination: "alice@example.test")
        try store.addAlias("sales@example.test", destination: "partner@remote.test")
        try store.addAlias("loop1@example.test", destination: "loop2@example.test")
        try store.addAlias("loop2@example.test", destination: "loop1@example.test")
        #expect(try await store.lookupRecipient("ALICE@example.test") == .mailbox("alice@example.test"))
        #expect(try await store.lookupRecipient("bob@example.test") == .unknown)
        #expect(try await store.lookupRecipient("bob@remote.test") == .notLocal)
        #expect(try await store.lookupRecipient("user%remote.test@example.test") == .unknown)
        let expansion = try await store.expand("sales@example.test")
        #expect(expansion.mailboxes == ["alice@example.test"])
        #expect(expansion.remote == ["partner@remote.test"])
        let loop = try await store.expand("loop1@example.test")
        #expect(loop.mailboxes.isEmpty && loop.remote.isEmpty)
        try store.addAlias("@example.test", destination: "alice@example.test")
        #expect(try await store.lookupRecipient("anything@example.test") == .alias(["alice@example.test"]))
        try store.removeAlias("@example.test")
        #expect(try await store.lookupRecipient("anything@example.test") == .unknown)
    }

    @Test func changesAreVisibleToAnotherConnectionAtOnce() async throws {
        let path = NSTemporaryDirectory() + "haetae-store-" + UUID().uuidString + ".sqlite"
        let server = try DirectoryStore(path: path, bcryptCost: 4)
        let cli = try DirectoryStore(path: path, bcryptCost: 4)
        #expect(try await server.isLocalDomain("late.test") == false)
        try cli.addDomain("late.test")
        try cli.addUser("u@late.test", password: "Tr0ub4dor-Sting")
        #expect(try await server.isLocalDomain("late.test"))
        #expect(try await server.lookupRecipient("u@late.test") == .mailbox("u@late.test"))
    }

    @Test func rejectsBadNames() throws {
        let store = try Self.store()
        #expect(throws: DirectoryError.self) { try store.addDomain("bad domain") }
        #expect(throws: DirectoryError.self) { try store.addDomain("-bad.test") }
        #expect(throws: DirectoryError.self) { try store.addDomain("") }
        try store.addDomain("ok.test")
        #expect(throws: DirectoryError.self) { try store.addUser("no-at-sign", password: "Tr0ub4dor-Sting") }
        #expect(throws: DirectoryError.self) { try store.addUser("a b@ok.test", password: "Tr0ub4dor-Sting") }
    }
}
