import Foundation
import MIME
import Testing

@Suite struct EncodedWordsTests {
    @Test func adjacentWordsDropTheWhitespaceBetweenThem() {
        #expect(EncodedWords.decode("=?utf-8?q?a?= =?utf-8?q?b?=") == "ab")
        #expect(EncodedWords.decode("x =?utf-8?q?a?= y") == "x a y")
        #expect(EncodedWords.decode("=?utf-8?b?7ZWc6rWt?=") == "한국")
    }

    @Test func malformedWordsStayAsWritten() {
        #expect(EncodedWords.decode("=?utf-8?x?abc?=") == "=?utf-8?x?abc?=")
        #expect(EncodedWords.decode("=?utf-8?q?no end") == "=?utf-8?q?no end")
        #expect(EncodedWords.decode("=??q?a?=") == "=??q?a?=")
        #expect(EncodedWords.decode("100% =? yes") == "100% =? yes")
    }

    @Test func aWordRightAfterAFailedCandidateIsStillDecoded() {
        #expect(EncodedWords.decode("=?a?b?x=?utf-8?q?ok?=") == "=?a?b?xok")
        #expect(EncodedWords.decode("=?abc=?utf-8?q?ok?=") == "=?abcok")
    }

    /// F1: `=?a?b?x` repeated cost O(n²) (79 KB took 12.9 s). One megabyte must decode in linear time.
    @Test func f1EncodedWordDecodingIsLinearOnOneMegabyte() {
        let unit = "=?a?b?x"
        let attack = String(repeating: unit, count: 1_048_576 / unit.utf8.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure { _ = EncodedWords.decode(attack) }
        // Linear code does this in well under a second even in a debug build; the quadratic
        // version needed minutes.
        #expect(elapsed < .seconds(3), "decoding 1 MB took \(elapsed)")
        let noSpaces = String(repeating: "=?utf-8?q?", count: 100_000)
        #expect(clock.measure { _ = EncodedWords.decode(noSpaces) } < .seconds(3))
    }

    /// F1: a folded header value is capped; the message is still parsed.
    @Test func f1HeaderValueIsCapped() {
        var message = Array("Subject: start".utf8)
        for _ in 0..<20_000 { message += Array("\r\n continued-line-of-subject".utf8) }
        message += Array("\r\nFrom: a@b.example\r\n\r\nbody\r\n".utf8)
        let (headers, bodyStart, _) = MessageHeaders.parse(message[...])
        #expect((headers["Subject"]?.utf8.count ?? 0) <= MessageHeaders.maximumValueLength)
        #expect(headers["From"] == "a@b.example")
        #expect(Array(message[bodyStart...]) == Array("body\r\n".utf8))
    }

    /// F1: every MIME entry point stays linear on long pathological inputs.
    @Test func f1ParserIsLinearOnLongPathologicalMessages() {
        let patterns = ["=?a?b?x", "<a href=\"", "\"(", "a@b::", "boundary=\"", "&#", "<!--", "=\r\n", "; x*0*=", "<<<<"]
        let clock = ContinuousClock()
        for pattern in patterns {
            let body = String(repeating: pattern, count: 524_288 / pattern.utf8.count)
            let message = "Subject: \(body)\r\nFrom: \(body)\r\nContent-Type: text/html; \(body)\r\n\r\n\(body)\r\n"
            let elapsed = clock.measure { _ = MIMEParser().parse(Array(message.utf8)) }
            #expect(elapsed < .seconds(10), "pattern \(pattern) took \(elapsed)")
        }
    }
}
