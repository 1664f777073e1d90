import MailCore
import Testing

@testable import HaetaeProtection

/// The log vocabulary round-trips: a line written with a `MailEvent` is read back as that event.
struct MailEventTests {
    @Test(arguments: MailEvent.allCases)
    func everyEventRoundTripsThroughTheLogParser(event: MailEvent) throws {
        let text = "2026-11-27T10:00:00.000Z info \(event) ip=192.0.2.1 user=\(LogText.quote("a b@x.test")) session=s1"
        let line = try #require(LogLine.parse(Substring(text)))
        #expect(line[MailEvent.key].flatMap(MailEvent.init(rawValue:)) == event)
        #expect(line["user"] == "a b@x.test")
    }

    @Test func eventNamesAreUniqueAndKebabCase() {
        let names = MailEvent.allCases.map(\.rawValue)
        #expect(Set(names).count == names.count)
        #expect(names.allSatisfy { $0.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" } })
    }
}
