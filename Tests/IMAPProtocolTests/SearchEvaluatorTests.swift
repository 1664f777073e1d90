import Testing

@testable import IMAPProtocol

struct SearchEvaluatorTests {
    static let message = Array("From: Alice <alice@example.org>\r\nSubject: =?UTF-8?B?7ZqM7J2Y?= agenda\r\nDate: Mon, 2 Nov 2026 09:00:00 +0900\r\nContent-Type: text/plain\r\n\r\nBudget review on Friday\r\n".utf8)

    func candidate(flags: Set<String> = [], recent: Bool = false) -> SearchCandidate {
        SearchCandidate(sequence: 2, uid: 40, flags: flags, recent: recent, size: Self.message.count,
                        internalDate: IMAPDate(year: 2026, month: 11, day: 5), text: { Self.message })
    }

    func matches(_ line: String, _ c: SearchCandidate? = nil) -> Bool {
        guard case .search(let keys, _)? = kind("a SEARCH " + line) else {
            Issue.record("did not parse: \(line)")
            return false
        }
        return SearchEvaluator(largestSequence: 3, largestUID: 41).matches(keys, c ?? candidate())
    }

    @Test func headersAreDecodedAndCaseInsensitive() {
        #expect(matches("SUBJECT \"회의\""), "8-bit text in a quoted string, as clients send it")
        #expect(matches("SUBJECT AGENDA"))
        #expect(matches("FROM alice@example.org"))
        #expect(!matches("FROM bob"))
        #expect(matches("HEADER Content-Type \"\""))
        #expect(!matches("HEADER X-Missing \"\""))
    }

    @Test func bodyAndText() {
        #expect(matches("BODY friday"))
        #expect(!matches("BODY agenda"))
        #expect(matches("TEXT agenda"))
    }

    @Test func flagsAndRecent() {
        #expect(matches("UNSEEN"))
        #expect(!matches("SEEN"))
        #expect(matches("SEEN", candidate(flags: ["\\seen"])))
        #expect(matches("NEW", candidate(recent: true)))
        #expect(!matches("NEW", candidate(flags: ["\\seen"], recent: true)))
        #expect(matches("OLD"))
    }

    @Test func datesSizesAndSets() {
        #expect(matches("SINCE 5-Nov-2026"))
        #expect(matches("ON 5-Nov-2026"))
        #expect(!matches("BEFORE 5-Nov-2026"))
        #expect(matches("SENTON 2-Nov-2026"))
        #expect(matches("SENTBEFORE 3-Nov-2026"))
        #expect(matches("LARGER 10 SMALLER 100000"))
        #expect(matches("UID 40:*"))
        #expect(matches("2"))
        #expect(!matches("3:*"))
        #expect(matches("OR 1 2"))
        #expect(matches("NOT DELETED"))
    }
}
