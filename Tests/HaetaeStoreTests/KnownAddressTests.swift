import Foundation
import Testing

@testable import HaetaeStore

/// Also seen in the security review: an owner was locked out from every address after a
/// restart, because the addresses exempt from the account lockout were kept only in memory.
struct KnownAddressTests {
    @Test func knownLoginAddressesSurviveReopeningAndAreCapped() throws {
        let store = try DirectoryStoreTests.store()
        let base = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<25 {
            try store.recordKnownAddress(account: "alice@example.test", client: "192.0.2.\(index)", at: base.addingTimeInterval(Double(index)))
        }
        try store.recordKnownAddress(account: "bob@example.test", client: "198.51.100.1", at: base)
        let reopened = try DirectoryStore(path: store.pool.path, bcryptCost: 4)
        let known = try reopened.knownAddresses()
        #expect(known["alice@example.test"]?.count == DirectoryStore.knownAddressesPerAccount)
        #expect(known["alice@example.test"]?.last == "192.0.2.24")
        #expect(known["alice@example.test"]?.contains("192.0.2.0") == false, "the oldest are dropped")
        #expect(known["bob@example.test"] == ["198.51.100.1"])
    }

    @Test func passwordChecksRunOnTheBoundedPoolAndRefuseWhenFull() async throws {
        let hashing = PasswordHashing(threads: 1, queueLimit: 1)
        let started = DispatchSemaphore(value: 0)
        let blocker = Task { try await hashing.run { () -> Bool in started.signal(); usleep(2_000_000); return true } }
        // Wait until the blocker runs: it holds the only place for two seconds.
        while started.wait(timeout: .now()) == .timedOut { try await Task.sleep(for: .milliseconds(2)) }
        await #expect(throws: PasswordHashingBusy.self) { _ = try await hashing.verify("y", hash: nil, cost: 4) }
        #expect(try await blocker.value == true)
        #expect(try await hashing.verify("y", hash: nil, cost: 4) == false, "after the queue drains, checks run again")
    }
}
