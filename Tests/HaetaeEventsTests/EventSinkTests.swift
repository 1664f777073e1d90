import Foundation
import HaetaeProtection
import Logging
import MailCore
import Testing

@testable import HaetaeEvents

/// A log handler that keeps what it is given.
final class CapturingLogHandler: LogHandler, @unchecked Sendable {
    private let lock = NSLock()
    private var captured: [String] = []
    var metadata: Logger.Metadata = [:]
    var logLevel: Logger.Level = .trace
    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { metadata[key] }
        set { metadata[key] = newValue }
    }
    func log(level: Logger.Level, message: Logger.Message, metadata: Logger.Metadata?, source: String, file: String, function: String, line: UInt) {
        lock.withLock { captured.append("\(level) \(message)") }
    }
    var lines: [String] { lock.withLock { captured } }
}

struct EventSinkTests {
    /// What the log says is what the audit reads: every field survives the trip through the line,
    /// whatever a client put into it.
    @Test(arguments: [
        "plain", "", "two words", "quote\" inside", "back\\slash", "key=value", "line\r\nbreak", "tab\there",
        "del\u{7F}", "한국어 제목", "<user@example.test>", "\"\\\"", "=", " leading", "trailing ",
    ])
    func fieldsRoundTripThroughTheLogLine(_ value: String) throws {
        let record = MailEventRecord(.rcpt, ["ip": "192.0.2.1", "to": value, "result": "accepted", "missing": nil])
        let parsed = try #require(LogLine.parse("2026-11-27T19:00:00.000Z info \(record.line)"[...]))
        #expect(parsed[MailEvent.key] == "rcpt")
        #expect(parsed["ip"] == "192.0.2.1")
        #expect(parsed["to"] == value)
        #expect(parsed["result"] == "accepted")
        #expect(parsed["missing"] == nil)
        #expect(parsed.fields.count == 4)
    }

    @Test func aForgedFieldStaysInsideItsValue() throws {
        let record = MailEventRecord(.auth, ["user": "x result=success user=admin", "result": "failure"])
        let parsed = try #require(LogLine.parse("2026-11-27T19:00:00Z warning \(record.line)"[...]))
        #expect(parsed["result"] == "failure")
        #expect(parsed["user"] == "x result=success user=admin")
    }

    @Test func theLoggerSinkWritesTheRenderedLineAtItsLevel() {
        let handler = CapturingLogHandler()
        let logger = Logger(label: "test") { _ in handler }
        logger.record(.queued, ["id": "0HOK000000000000", "from": "<a@b.test>"])
        logger.record(.auth, level: .warning, ["result": "failure"])
        #expect(handler.lines == ["info event=queued id=0HOK000000000000 from=<a@b.test>", "warning event=auth result=failure"])
    }

    /// A message's recipients are one field each; the audit reads every one of them back, in order.
    @Test func repeatedFieldsRoundTripInOrder() throws {
        let recipients = ["a@x.test", "\"odd, quoted\"@y.test", "b@x.test"]
        let record = MailEventRecord(.queued, ["id": "Q1", "rcpts": "3"]).appending("to", values: recipients)
        #expect(record.values("to") == recipients)
        #expect(record["rcpts"] == "3")
        let parsed = try #require(LogLine.parse("2026-11-27T19:00:00Z info \(record.line)"[...]))
        #expect(parsed.values("to") == recipients)
        #expect(parsed.values("id") == ["Q1"])
        #expect(parsed.values("missing") == [])
    }

    /// Observers hear exactly what the log gets, until they are cancelled.
    @Test func observersHearEveryRecordedEventUntilCancelled() {
        final class Heard: @unchecked Sendable {
            let lock = NSLock()
            var records: [MailEventRecord] = []
        }
        let heard = Heard()
        let marker = "observer-test-\(UUID().uuidString)"
        let registration = EventObservers.register { record in
            guard record["marker"] == marker else { return }  // other tests record events too
            heard.lock.withLock { heard.records.append(record) }
        }
        let logger = Logger(label: "test") { _ in CapturingLogHandler() }
        logger.record(.queued, ["marker": marker, "id": "1"])
        registration.cancel()
        logger.record(.queued, ["marker": marker, "id": "2"])
        #expect(heard.lock.withLock { heard.records.map { $0["id"] } } == ["1"])
    }
}

/// Regression: control characters were escaped as `\x` plus one hex digit when below 0x10, so CR
/// LF followed by a letter a–f ("line\r\nbreak") read back as a different character.
struct LogEscapeRegressionTests {
    @Test func logEscapeOfAControlCharacterBeforeAHexLetterReadsBack() throws {
        #expect(LogText.quote("a\r\nbc") == "\"a\\x0d\\x0abc\"")
        let record = MailEventRecord(.rcpt, ["to": "a\r\nbc"])
        let parsed = try #require(LogLine.parse("2026-11-27T19:00:00Z info \(record.line)"[...]))
        #expect(parsed["to"] == "a\r\nbc")
    }
}
