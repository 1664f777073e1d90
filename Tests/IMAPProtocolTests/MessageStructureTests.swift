import Testing

@testable import IMAPProtocol

struct MessageStructureTests {
    static let multipart = """
        From: =?UTF-8?B?7ZmN6ri464+Z?= <hong@example.kr>
        To: Alice <alice@example.org>, bob@example.org
        Subject: report
        Date: Tue, 3 Nov 2026 10:00:00 +0900
        Message-ID: <m1@example.kr>
        MIME-Version: 1.0
        Content-Type: multipart/mixed; boundary="b1"

        preamble
        --b1
        Content-Type: text/plain; charset=utf-8

        hello
        there
        --b1
        Content-Type: application/pdf; name="r.pdf"
        Content-Disposition: attachment; filename="r.pdf"
        Content-Transfer-Encoding: base64

        JVBERi0=
        --b1
        Content-Type: message/rfc822

        Subject: inner
        From: x@example.net

        inner body
        --b1--
        epilogue

        """.replacingOccurrences(of: "\n", with: "\r\n")

    var structure: MessageStructure { MessageStructure(text: Array(Self.multipart.utf8)) }

    func text(_ section: BodySection) -> String? {
        structure.octets(section).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func partsByNumber() {
        #expect(text(BodySection(part: [1], text: .all)) == "hello\r\nthere")
        #expect(text(BodySection(part: [2], text: .all)) == "JVBERi0=")
        #expect(text(BodySection(part: [2], text: .mime))?.hasPrefix("Content-Type: application/pdf") == true)
        #expect(text(BodySection(part: [3], text: .header)) == "Subject: inner\r\nFrom: x@example.net\r\n\r\n")
        #expect(text(BodySection(part: [3], text: .text)) == "inner body")
        #expect(text(BodySection(part: [3, 1], text: .all)) == "inner body")
        #expect(text(BodySection(part: [4], text: .all)) == nil)
        #expect(text(BodySection(part: [1], text: .header)) == nil, "a text part has no header of its own")
    }

    @Test func wholeHeaderAndText() {
        #expect(text(BodySection(part: [], text: .header))?.hasSuffix("boundary=\"b1\"\r\n\r\n") == true)
        #expect(text(BodySection(part: [], text: .text))?.hasPrefix("preamble\r\n--b1") == true)
        #expect(text(BodySection(part: [], text: .all)) == Self.multipart)
    }

    @Test func headerFieldsKeepContinuationsAndEndWithABlankLine() {
        let folded = MessageStructure(text: Array("Subject: one\r\n two\r\nFrom: a@b\r\nX-Other: z\r\n\r\nbody".utf8))
        let fields = folded.octets(BodySection(part: [], text: .headerFields(["subject"]))).map { String(decoding: $0, as: UTF8.self) }
        #expect(fields == "Subject: one\r\n two\r\n\r\n")
        let not = folded.octets(BodySection(part: [], text: .headerFieldsNot(["SUBJECT", "from"]))).map { String(decoding: $0, as: UTF8.self) }
        #expect(not == "X-Other: z\r\n\r\n")
    }

    @Test func bodyStructureOfAMultipart() {
        var w = IMAPResponseWriter()
        structure.bodyStructure(extensible: true, into: &w)
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text.hasPrefix("((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"utf-8\") NIL NIL \"7BIT\" 12 2 NIL NIL NIL NIL)(\"APPLICATION\" \"PDF\" (\"NAME\" \"r.pdf\") NIL NIL \"BASE64\" 8 NIL (\"ATTACHMENT\" (\"FILENAME\" \"r.pdf\")) NIL NIL)(\"MESSAGE\" \"RFC822\" NIL NIL NIL \"7BIT\""))
        #expect(text.hasSuffix(" \"MIXED\" (\"BOUNDARY\" \"b1\") NIL NIL NIL)"))
        var plain = IMAPResponseWriter()
        structure.bodyStructure(extensible: false, into: &plain)
        #expect(String(decoding: plain.bytes, as: UTF8.self).hasSuffix(" \"MIXED\")"))
    }

    @Test func envelopeEncodesNonASCIINamesAndSplitsAddresses() {
        var w = IMAPResponseWriter()
        structure.envelope(into: &w)
        let text = String(decoding: w.bytes, as: UTF8.self)
        #expect(text.hasPrefix("(\"Tue, 3 Nov 2026 10:00:00 +0900\" \"report\" ((\"=?UTF-8?B?7ZmN6ri464+Z?=\" NIL \"hong\" \"example.kr\"))"))
        #expect(text.contains("((\"Alice\" NIL \"alice\" \"example.org\")(NIL NIL \"bob\" \"example.org\"))"))
        #expect(text.hasSuffix(" NIL NIL NIL \"<m1@example.kr>\")"))
    }

    @Test func aMessageWithoutHeadersOrMimeIsOnePlainPart() {
        let bare = MessageStructure(text: Array("\r\njust text\r\n".utf8))
        var w = IMAPResponseWriter()
        bare.bodyStructure(extensible: false, into: &w)
        #expect(String(decoding: w.bytes, as: UTF8.self) == "(\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 11 1)")
        #expect(bare.part([1]) != nil)
        #expect(bare.part([2]) == nil)
    }

    @Test func nestingIsBounded() {
        var text = ""
        for level in 0..<100 { text += "Content-Type: multipart/mixed; boundary=\"b\(level)\"\r\n\r\n--b\(level)\r\n" }
        text += "\r\nleaf\r\n"
        let deep = MessageStructure(text: Array(text.utf8))
        var depth = 0
        var part = deep.root
        while let child = part.children.first {
            part = child
            depth += 1
        }
        #expect(depth <= MessageStructure.maxDepth)
    }

    @Test func stringsAreQuotedOrLiteral() {
        var w = IMAPResponseWriter()
        w.string("plain \"q\" \\")
        w.raw(" ")
        w.string("줄\r\n")
        #expect(String(decoding: w.bytes, as: UTF8.self) == "\"plain \\\"q\\\" \\\\\" {5}\r\n줄\r\n")
    }

    /// Regression (review): a nested boundary starting with its parent's split the parent there.
    @Test func aBoundaryIsMatchedWholeNotByPrefix() {
        let text = "Content-Type: multipart/mixed; boundary=\"b\"\r\n\r\n--b\r\nContent-Type: multipart/alternative; boundary=\"bb\"\r\n\r\n--bb\r\n\r\none\r\n--bb\r\n\r\ntwo\r\n--bb--\r\n--b\r\n\r\nthree\r\n--b--\r\n"
        let structure = MessageStructure(text: Array(text.utf8))
        #expect(structure.root.children.count == 2)
        #expect(structure.root.children.first?.children.count == 2)
        #expect(structure.octets(BodySection(part: [2], text: .all)).map { String(decoding: $0, as: UTF8.self) } == "three")
    }
}
