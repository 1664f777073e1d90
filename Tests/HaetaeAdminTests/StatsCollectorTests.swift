import Foundation
import HaetaeStore
import HaetaeTestSupport
import MailCore
import Testing

@testable import HaetaeAdmin

struct StatsCollectorTests {
    /// The top lists come from the events the log gets: a queued message counts for its sender and
    /// each recipient and domain, a refused recipient for its client; nothing else counts.
    @Test func topListsAreFedByTheEvents() throws {
        let stats = StatsCollector()
        stats.observe(MailEventRecord(.queued, ["ip": "192.0.2.1", "from": "<Alice@Ours.test>", "rcpts": "2"])
            .appending("to", values: ["Bob@Far.test", "carol@far.test"]))
        stats.observe(MailEventRecord(.queued, ["from": "<alice@ours.test>", "user": "alice@ours.test", "rcpts": "1"])
            .appending("to", values: ["dan@near.test"]))
        stats.observe(MailEventRecord(.queued, ["from": "<>", "rcpts": "1"]).appending("to", values: ["postmaster@ours.test"]))
        stats.observe(MailEventRecord(.rcpt, ["ip": "198.51.100.9", "to": "x@ours.test", "result": "rejected"]))
        stats.observe(MailEventRecord(.rcpt, ["ip": "198.51.100.10", "to": "y@ours.test", "result": "accepted"]))
        stats.observe(MailEventRecord(.auth, ["ip": "198.51.100.11", "result": "failure"]))
        let store = try TestFixtures.store("stats")
        stats.flush(to: store)
        let day = Date()
        #expect(try store.topCounts(kind: "sender", from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400)).map { "\($0.key)=\($0.value)" }.sorted() == ["<>=1", "alice@ours.test=2"])
        #expect(try store.topCounts(kind: "recipient", from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400)).count == 4)
        #expect(try store.topCounts(kind: "domain", from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400)).map { "\($0.key)=\($0.value)" }.sorted() == ["far.test=2", "near.test=1", "ours.test=1"])
        #expect(try store.topCounts(kind: "refused-client", from: day.addingTimeInterval(-86_400), to: day.addingTimeInterval(86_400)).map(\.key) == ["198.51.100.9"])
    }
}
