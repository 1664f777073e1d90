import Testing

@testable import SMTPProtocol

/// A server's reply as read off the wire becomes a typed `SMTPReply`: the enhanced status code
/// is read from the reply, never guessed from its text.
struct SMTPWireReplyTests {
    @Test(arguments: [
        // (code, lines, expected enhanced code, expected text lines)
        (550, ["5.1.1 no such user"], "5.1.1", ["no such user"]),
        (250, ["2.0.0 Ok: queued as 12345"], "2.0.0", ["Ok: queued as 12345"]),
        (451, ["4.7.1", "4.7.1 try later"], "4.7.1", ["", "try later"]),
        (554, ["5.7.1 first", "second line without a code"], "5.7.1", ["first", "second line without a code"]),
    ])
    func enhancedCodeIsReadAndTakenOffEveryLine(code: Int, lines: [String], enhanced: String, text: [String]) throws {
        let reply = try #require(SMTPWireReply(code: code, lines: lines).reply)
        #expect(reply.code == code)
        #expect(reply.enhanced?.description == enhanced)
        #expect(reply.lines == text)
    }

    @Test(arguments: [
        (451, "5.1.1 class differs from the reply code"),
        (550, "5.1 two parts only"),
        (550, "5.1.1234 detail too long"),
        (550, "5.1.1x not a number"),
        (421, "421 looks like a code but is text"),
        (250, "mx.example.net Hello"),
        (550, ""),
    ])
    func noEnhancedCodeUnlessTheLineStartsWithOne(code: Int, line: String) throws {
        let reply = try #require(SMTPWireReply(code: code, lines: [line]).reply)
        #expect(reply.enhanced == nil)
        #expect(reply.lines == [line])
    }

    @Test(arguments: [0, 99, 100, 199, 600, 999])
    func aCodeOutsideTwoToFiveHundredsIsNotAReply(code: Int) {
        #expect(SMTPWireReply(code: code, lines: ["5.0.0 whatever"]).reply == nil)
    }

    @Test func classAndTransienceComeFromTheCode() throws {
        let closing = try #require(SMTPWireReply(code: 421, lines: ["4.3.2 Service shutting down"]).reply)
        #expect(closing.isTransient && !closing.isPermanent && !closing.isPositive)
        let unknown = try #require(SMTPWireReply(code: 550, lines: ["4.2.0 mismatched"]).reply)
        #expect(unknown.isPermanent && unknown.enhanced == nil)
    }
}

struct ServerExtensionsTests {
    @Test func keywordsAndParametersOfAnEHLOReply() {
        let extensions = ServerExtensions(ehloLines: [
            "mx.example.net Hello client.example [192.0.2.9]", "PIPELINING", "size 35882577", "8BITMIME",
            "AUTH PLAIN LOGIN", "AUTH=LOGIN", "STARTTLS", "SMTPUTF8",
        ])
        #expect(extensions.offers("PIPELINING") && extensions.offers("pipelining"))
        #expect(extensions.offers("STARTTLS") && extensions.offers("SMTPUTF8") && extensions.offers("8BITMIME"))
        #expect(extensions.sizeLimit == 35_882_577)
        #expect(extensions.parameters["AUTH"] == ["PLAIN", "LOGIN", "LOGIN"])
        #expect(!extensions.offers("CHUNKING"))
        #expect(!extensions.offers("MX.EXAMPLE.NET"), "the first line is the greeting, not a keyword")
    }

    @Test func sizeWithoutALimitOffersSizeButLimitsNothing() {
        for line in ["SIZE", "SIZE 0", "SIZE many"] {
            let extensions = ServerExtensions(ehloLines: ["mx", line])
            #expect(extensions.offers("SIZE"))
            #expect(extensions.sizeLimit == nil)
        }
    }

    @Test func aKeywordThatOnlyStartsLikeAnotherIsNotIt() {
        let extensions = ServerExtensions(ehloLines: ["mx", "STARTTLSX", "SIZEX 10", "AUTHENTICATE"])
        #expect(!extensions.offers("STARTTLS") && !extensions.offers("SIZE") && !extensions.offers("AUTH"))
    }
}
