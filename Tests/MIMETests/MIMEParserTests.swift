import Testing

@testable import MIME

struct MIMEParserTests {
    func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

    @Test func headersUnfoldKeepDuplicatesAndTolerateBareLF() {
        let message = bytes("Received: a\nReceived: b\nSubject: one\n two\nX-Odd : spaced\nbroken line\n\nbody")
        let (headers, bodyStart, malformed) = MessageHeaders.parse(message[...])
        #expect(headers.all("received") == ["a", "b"])
        #expect(headers["SUBJECT"] == "one two")
        #expect(headers["x-odd"] == "spaced")
        #expect(malformed == 1)
        #expect(bodyStart < message.count)
    }

    @Test func koreanEncodedWordsInEUCKRAndCP949() {
        #expect(EncodedWords.decode("=?euc-kr?B?vsiz58fPvLy/5CCxpLDt?=") == "안녕하세요 광고")
        #expect(EncodedWords.decode("=?ks_c_5601-1987?Q?=BE=C8=B3=E7?= world") == "안녕 world")
        // 똠 exists only in CP949; mail labelled euc-kr carries it anyway.
        #expect(EncodedWords.decode("=?EUC-KR?Q?=8C=63?=") == "똠")
        // Adjacent encoded words join without the space between them.
        #expect(EncodedWords.decode("=?utf-8?Q?a?= =?utf-8?Q?b?= c") == "ab c")
        #expect(EncodedWords.decode("=?utf-8?X?bad?=") == "=?utf-8?X?bad?=")
        #expect(EncodedWords.decode("=?utf-8?B?7ZWc6riA?=") == "한글")
    }

    @Test func iso2022KRBodyAndUndeclaredCP949() {
        let iso: [UInt8] = [0x28, 0x1b, 0x24, 0x29, 0x43, 0x0e, 0x31, 0x24, 0x30, 0x6d, 0x0f, 0x29, 0x20, 0x0e, 0x46, 0x2f, 0x30, 0x21, 0x0f]
        #expect(Charsets.decode(iso, charset: "ISO-2022-KR") == "(광고) 특가")
        #expect(Charsets.guess([0xbe, 0xc8, 0xb3, 0xe7]) == "안녕")
        #expect(Charsets.decode([0x41, 0xff, 0x42], charset: "no-such-charset").hasPrefix("A"))
    }

    @Test func nestedMultipartWithAttachmentsAndRFC2231() {
        let text = """
            From: "Kim" <kim@example.kr>
            Subject: =?utf-8?B?7ZWc6riA?=
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="outer"

            preamble
            --outer
            Content-Type: multipart/alternative; boundary=inner

            --inner
            Content-Type: text/plain; charset=euc-kr
            Content-Transfer-Encoding: base64

            vsiz58fPvLy/5CCxpLDt
            --inner
            Content-Type: text/html; charset=utf-8
            Content-Transfer-Encoding: quoted-printable

            <p>Hello <a href=3D"http://x.test/">w=
            orld</a></p>
            --inner--
            --outer
            Content-Type: application/pdf
            Content-Disposition: attachment; filename*=UTF-8''%EB%B3%B4%EA%B3%A0%EC%84%9C.pdf
            Content-Transfer-Encoding: base64

            JVBERi0xLjQK
            --outer
            Content-Type: message/rfc822

            Subject: inner message

            inner body
            --outer--
            epilogue
            """
        let parsed = MIMEParser().parse(bytes(text))
        #expect(parsed.subject == "한글")
        #expect(parsed.root.children.count == 3)
        let leaves = parsed.root.leaves
        #expect(leaves[0].text == "안녕하세요 광고")
        #expect(leaves[1].text.contains("Hello <a href=\"http://x.test/\">world</a>"))
        #expect(leaves[2].filename == "보고서.pdf")
        #expect(leaves[2].isAttachment)
        #expect(leaves[2].content == bytes("%PDF-1.4\n"))
        #expect(leaves[3].headers["Subject"] == "inner message")
        #expect(parsed.anomalies == MIMEAnomalies())
    }

    @Test func brokenInputNeverTraps() {
        let cases = [
            "Content-Type: multipart/mixed\n\nno boundary",
            "Content-Type: multipart/mixed; boundary=b\n\n--b\nContent-Type: text/plain\n\nunterminated",
            "Content-Transfer-Encoding: base64\n\n!!!not base64@@@",
            "Content-Transfer-Encoding: quoted-printable\n\n=ZZ=4=\n",
            "\n\n\n",
            "",
            "Subject: =?utf-8?B?",
        ]
        for text in cases {
            let parsed = MIMEParser().parse(bytes(text))
            _ = parsed.root.leaves.map(\.text)
        }
        #expect(MIMEParser().parse(bytes(cases[0])).anomalies.missingBoundary)
        #expect(MIMEParser().parse(bytes(cases[1])).anomalies.unterminatedMultipart)
        // Deep nesting stops at the cap.
        var deep = ""
        for level in 0..<50 { deep += "Content-Type: multipart/mixed; boundary=b\(level)\n\n--b\(level)\n" }
        let parsed = MIMEParser(maxDepth: 20).parse(bytes(deep))
        #expect(parsed.anomalies.depthExceeded)
    }

    @Test func transferDecodings() {
        #expect(TransferEncoding.base64(bytes("aGVs\r\nbG8=")) == bytes("hello"))
        #expect(TransferEncoding.quotedPrintable(bytes("a=3Db=\r\nc = \r\nd")) == bytes("a=bc d"))
    }

    @Test func htmlTextLinksAndForms() {
        let html = """
            <html><head><style>p{}</style><script>alert(1)</script></head><body>
            <!-- hidden --><p>Dear&nbsp;customer &amp; friend</p>
            <a href="http://198.51.100.7/login">https://www.paypal.com/signin</a>
            <form action="x"><input type="password" name=p></form><img src=x alt="logo">
            </body></html>
            """
        let extracted = HTMLText.extract(html)
        #expect(extracted.text.contains("Dear customer & friend"))
        #expect(!extracted.text.contains("alert"))
        #expect(!extracted.text.contains("hidden"))
        #expect(extracted.links == [HTMLLink(href: "http://198.51.100.7/login", text: "https://www.paypal.com/signin")])
        #expect(extracted.hasPasswordInput && extracted.hasForm)
        #expect(extracted.imageCount == 1)
    }

    @Test func addressLists() {
        let list = HeaderMailbox.parseList(#""Kim, Chulsoo" <kim@example.kr>, bob@example.com (Bob), =?utf-8?B?7ZWc6riA?= <h@x.kr>"#)
        #expect(list.map(\.address) == ["kim@example.kr", "bob@example.com", "h@x.kr"])
        #expect(list.map(\.displayName) == ["Kim, Chulsoo", "Bob", "한글"])
        #expect(list[0].domain == "example.kr")
    }
}
