import Testing

@testable import HaetaePolicy

struct HeaderSectionTests {
    @Test func headerSectionEndsAtTheEmptyLine() {
        let message = Array("Subject: a\r\nFrom: b\r\n\r\nbody\r\n".utf8)
        #expect(HeaderSection.end(message) == 21)
        #expect(Array(message[21...]) == Array("\r\nbody\r\n".utf8))
        let lfOnly = Array("Subject: a\n\nbody".utf8)
        #expect(HeaderSection.end(lfOnly) == 11)
        #expect(HeaderSection.end(Array("Subject: no body".utf8)) == 16)
    }

    @Test func receivedFieldsAreCountedInTheHeaderOnly() {
        var text = ""
        for i in 0..<3 { text += "Received: from h\(i)\r\n\tby x; date\r\n" }
        text += "RECEIVED: upper\r\nX-Received: not counted\r\nSubject: s\r\n\r\nReceived: in the body\r\n"
        #expect(HeaderSection.receivedCount(Array(text.utf8)) == 4)
    }
}
