import Testing

@testable import POP3Protocol

struct POP3CommandTests {
    @Test func commandsAndArguments() throws {
        #expect(try POP3Command.parse("capa").get() == .capa)
        #expect(try POP3Command.parse("USER alice@example.org").get() == .user("alice@example.org"))
        #expect(try POP3Command.parse("PASS pass with spaces").get() == .pass("pass with spaces"))
        #expect(try POP3Command.parse("LIST").get() == .list(nil))
        #expect(try POP3Command.parse("list 3").get() == .list(3))
        #expect(try POP3Command.parse("UIDL 1").get() == .uidl(1))
        #expect(try POP3Command.parse("RETR 2").get() == .retr(2))
        #expect(try POP3Command.parse("TOP 2 0").get() == .top(2, lines: 0))
        #expect(try POP3Command.parse("AUTH PLAIN AGEAYg==").get() == .auth(mechanism: "PLAIN", initialResponse: "AGEAYg=="))
        #expect(try POP3Command.parse("AUTH").get() == .auth(mechanism: nil, initialResponse: nil))
    }

    @Test func badInput() {
        #expect(POP3Command.parse("RETR") == .failure(.syntax("Expected a message number")))
        #expect(POP3Command.parse("RETR 0") == .failure(.syntax("Expected a message number")))
        #expect(POP3Command.parse("RETR -1") == .failure(.syntax("Expected a message number")))
        #expect(POP3Command.parse("RETR 99999999999") == .failure(.syntax("Expected a message number")))
        #expect(POP3Command.parse("STAT now") == .failure(.syntax("STAT takes no argument")))
        #expect(POP3Command.parse("TOP 1") == .failure(.syntax("TOP takes a message number and a line count")))
        #expect(POP3Command.parse("APOP x y") == .failure(.unknown("APOP")))
        #expect(POP3Command.parse("") == .failure(.unknown("")))
    }

    @Test func dotStuffingAndTheEndLine() {
        let text = Array("Subject: x\r\n\r\n.dot\r\nline\r\n..two\r\n".utf8)
        #expect(String(decoding: POP3DotStuffing.multiline(text[...]), as: UTF8.self) == "Subject: x\r\n\r\n..dot\r\nline\r\n...two\r\n.\r\n")
        // A last line without its CRLF gets one before the end line.
        #expect(String(decoding: POP3DotStuffing.multiline(Array("a\r\nb".utf8)[...]), as: UTF8.self) == "a\r\nb\r\n.\r\n")
    }

    @Test func topSendsTheHeaderAndSoManyBodyLines() {
        let text = Array("Subject: x\r\nFrom: y\r\n\r\none\r\ntwo\r\nthree\r\n".utf8)
        #expect(String(decoding: POP3DotStuffing.multiline(text[...], bodyLines: 0), as: UTF8.self) == "Subject: x\r\nFrom: y\r\n\r\n.\r\n")
        #expect(String(decoding: POP3DotStuffing.multiline(text[...], bodyLines: 2), as: UTF8.self) == "Subject: x\r\nFrom: y\r\n\r\none\r\ntwo\r\n.\r\n")
        #expect(String(decoding: POP3DotStuffing.multiline(text[...], bodyLines: 50), as: UTF8.self) == "Subject: x\r\nFrom: y\r\n\r\none\r\ntwo\r\nthree\r\n.\r\n")
    }
}
