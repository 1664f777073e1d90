import Foundation
import HaetaeQueue
import HaetaeTestSupport
import Logging
import Testing

@testable import HaetaeDelivery

/// The breaker's backlog counts mail waiting for remote delivery, not mail for local users.
struct RemoteBacklogTests {
    static func runner() throws -> (QueueRunner, String) {
        let root = NSTemporaryDirectory() + "haetae-backlog-\(UUID().uuidString)"
        let spool = try Spool(root: root + "/queue")
        let runner = QueueRunner(
            spool: spool, directory: InMemoryDirectory(domains: ["local.test"]),
            maildir: MaildirWriter(root: root + "/mail", hostname: "mx.local.test"), remote: nil,
            configuration: QueueRunner.Configuration(hostname: "mx.local.test"), logger: Logger(label: "test"))
        return (runner, root)
    }

    /// A burst of inbound mail for local users used to count as remote backlog until each
    /// message's first attempt: 615 such messages tripped the breaker in `bench/smtp_receive` and
    /// would have stopped the site's outbound mail (anyone can send a site mail).
    @Test func inboundMailForLocalUsersDoesNotTripTheBreaker() async throws {
        let (runner, root) = try Self.runner()
        defer { try? FileManager.default.removeItem(atPath: root) }
        for index in 0..<600 {
            await runner.enqueue("L\(index)", recipients: ["user\(index % 7)@local.test", "Other@LOCAL.test"])
        }
        #expect(await runner.remoteBacklog() == 0)
        await runner.enqueue("R1", recipients: ["user@local.test", "someone@remote.example"])
        await runner.enqueue("R2", recipients: ["a@remote.example"])
        #expect(await runner.remoteBacklog() == 2)
        // Without its recipients a fresh message still counts, until its first attempt sorts it.
        await runner.enqueue("U1")
        #expect(await runner.remoteBacklog() == 3)
    }
}
