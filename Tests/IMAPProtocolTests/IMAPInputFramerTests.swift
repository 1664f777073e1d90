import Testing

@testable import IMAPProtocol

/// Feeds `input` to the framer and collects events until it needs more.
func events(_ framer: inout IMAPInputFramer, _ input: String) -> [IMAPInputFramer.Event] {
    let bytes = Array(input.utf8)
    var offset = 0
    var out: [IMAPInputFramer.Event] = []
    while true {
        let step = bytes[offset...].withUnsafeBytes { framer.next(in: $0) }
        offset += step.consumed
        if step.event == .needInput {
            if step.consumed == 0 || offset >= bytes.count { return out }
            continue
        }
        out.append(step.event)
        if case .literalAnnounced = step.event { return out }
        if case .lineTooLong = step.event { return out }
    }
}

struct IMAPInputFramerTests {
    @Test func linesEndWithCRLFOrLF() {
        var framer = IMAPInputFramer()
        #expect(events(&framer, "a NOOP\r\nb NOOP\n") == [.command([.text(Array("a NOOP".utf8))]), .command([.text(Array("b NOOP".utf8))])])
    }

    @Test func aSynchronisingLiteralWaitsForTheDecision() {
        var framer = IMAPInputFramer()
        #expect(events(&framer, "a LOGIN alice {5}\r\n") == [.literalAnnounced(size: 5, nonSynchronizing: false, prefix: [.text(Array("a LOGIN alice ".utf8))])])
        // Nothing is read until the caller decides.
        #expect(events(&framer, "pass1\r\n") == [])
        let accepted = framer.acceptLiteral(spillTo: nil)
        #expect(accepted)
        #expect(events(&framer, "pass1\r\n") == [.command([.text(Array("a LOGIN alice ".utf8)), .literal(.bytes(Array("pass1".utf8))), .text([])])])
    }

    @Test func nonSynchronisingLiteralsAndLiteralsContainingCRLF() {
        var framer = IMAPInputFramer()
        #expect(events(&framer, "a APPEND Sent {4+}\r\n") == [.literalAnnounced(size: 4, nonSynchronizing: true, prefix: [.text(Array("a APPEND Sent ".utf8))])])
        let accepted = framer.acceptLiteral(spillTo: nil)
        #expect(accepted)
        #expect(events(&framer, "x\r\ny\r\n") == [.command([.text(Array("a APPEND Sent ".utf8)), .literal(.bytes(Array("x\r\ny".utf8))), .text([])])])
    }

    @Test func spilledLiteralsComeOutInChunks() {
        var framer = IMAPInputFramer()
        _ = events(&framer, "a APPEND INBOX {10}\r\n")
        let accepted = framer.acceptLiteral(spillTo: "/tmp/spill")
        #expect(accepted)
        #expect(events(&framer, "0123456789\r\n") == [.literalData(Array("0123456789".utf8)), .command([.text(Array("a APPEND INBOX ".utf8)), .literal(.file(path: "/tmp/spill", size: 10)), .text([])])])
    }

    @Test func inMemoryLiteralsAreBounded() {
        var limits = IMAPInputFramer.Limits()
        limits.maxInMemoryLiterals = 100
        var framer = IMAPInputFramer(limits: limits)
        _ = events(&framer, "a LOGIN {101}\r\n")
        let accepted = framer.acceptLiteral(spillTo: nil)
        #expect(!accepted)
        framer.rejectLiteral()
        #expect(events(&framer, "b NOOP\r\n") == [.command([.text(Array("b NOOP".utf8))])])
    }

    @Test func overlongLinesAreReported() {
        var limits = IMAPInputFramer.Limits()
        limits.maxLineLength = 10
        var framer = IMAPInputFramer(limits: limits)
        #expect(events(&framer, "a NOOP and much more\r\n") == [.lineTooLong])
    }

    @Test func rawLinesIgnoreLiteralSyntax() {
        var framer = IMAPInputFramer()
        framer.rawLines = true
        #expect(events(&framer, "DONE {5}\r\n") == [.command([.text(Array("DONE {5}".utf8))])])
    }

    @Test func literalMarkers() {
        let sync = IMAPInputFramer.literalMarker(Array("a {12}".utf8))
        #expect(sync?.0 == 12 && sync?.1 == false && sync?.2 == 2)
        let nonSync = IMAPInputFramer.literalMarker(Array("a {0+}".utf8))
        #expect(nonSync?.0 == 0 && nonSync?.1 == true && nonSync?.2 == 2)
        #expect(IMAPInputFramer.literalMarker(Array("a {}".utf8)) == nil)
        #expect(IMAPInputFramer.literalMarker(Array("a {99999999999}".utf8)) == nil)
        #expect(IMAPInputFramer.literalMarker(Array("a 12}".utf8)) == nil)
    }

    /// Regression (review): text before `{0}` literals was not counted, so a command that never
    /// ended grew without bound before login.
    @Test func aCommandsTextAndLiteralsAreBoundedTogether() {
        var limits = IMAPInputFramer.Limits()
        limits.maxCommandSize = 1_000
        var framer = IMAPInputFramer(limits: limits)
        var last: IMAPInputFramer.Event?
        for _ in 0..<10 {
            let got = events(&framer, "a LOGIN " + String(repeating: "x", count: 300) + " {0+}\r\n")
            last = got.last
            if last == .lineTooLong { break }
            let accepted = framer.acceptLiteral(spillTo: nil)
            #expect(accepted)
        }
        #expect(last == .lineTooLong)
        var few = IMAPInputFramer()
        few.limits.maxLiterals = 2
        var event: IMAPInputFramer.Event?
        for _ in 0..<3 {
            event = events(&few, "a {0+}\r\n").last
            if event == .lineTooLong { break }
            _ = few.acceptLiteral(spillTo: nil)
        }
        #expect(event == .lineTooLong)
    }
}
