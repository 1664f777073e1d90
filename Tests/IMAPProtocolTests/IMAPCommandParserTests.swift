import Testing

@testable import IMAPProtocol

func parse(_ line: String, literals: [[UInt8]] = []) -> Result<IMAPCommand, IMAPParseError> {
    // Literals follow text pieces separated by "{}" in `line`.
    let pieces = line.components(separatedBy: "{}")
    var segments: [IMAPCommandSegment] = []
    for (index, piece) in pieces.enumerated() {
        segments.append(.text(Array(piece.utf8)))
        if index < pieces.count - 1 { segments.append(.literal(.bytes(literals[index]))) }
    }
    return IMAPCommandParser.parse(segments)
}

func kind(_ line: String, literals: [[UInt8]] = []) -> IMAPCommand.Kind? {
    if case .success(let command) = parse(line, literals: literals) { return command.kind }
    return nil
}

extension String {
    func components(separatedBy separator: String) -> [String] {
        var out: [String] = []
        var rest = Substring(self)
        while let range = rest.range(of: separator) {
            out.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        out.append(String(rest))
        return out
    }
}

struct IMAPCommandParserTests {
    @Test func simpleCommands() {
        #expect(kind("a1 CAPABILITY") == .capability)
        #expect(kind("a1 noop") == .noop)
        #expect(kind("x LOGOUT") == .logout)
        #expect(kind("t STARTTLS") == .startTLS)
        #expect(kind("t IDLE") == .idle)
        #expect(kind("t UNSELECT") == .unselect)
        #expect(kind("t ID NIL") == .id)
        #expect(kind("t ID (\"name\" \"mutt\" \"version\" NIL)") == .id)
    }

    @Test func loginTakesAtomsQuotedStringsAndLiterals() {
        #expect(kind("a LOGIN alice@example.org secret") == .login(user: "alice@example.org", password: "secret"))
        #expect(kind("a LOGIN \"alice\" \"pa ss\\\"w\\\\d\"") == .login(user: "alice", password: "pa ss\"w\\d"))
        #expect(kind("a LOGIN alice {}", literals: [Array("p{3}ss\r\n".utf8)]) == .login(user: "alice", password: "p{3}ss\r\n"))
    }

    @Test func authenticateWithAndWithoutInitialResponse() {
        #expect(kind("a AUTHENTICATE PLAIN") == .authenticate(mechanism: "PLAIN", initialResponse: nil))
        #expect(kind("a AUTHENTICATE plain AGFsaWNlAHNlY3JldA==") == .authenticate(mechanism: "PLAIN", initialResponse: Array("AGFsaWNlAHNlY3JldA==".utf8)))
    }

    @Test func mailboxNamesAndInboxInAnyCase() {
        #expect(kind("a SELECT inbox") == .select(mailbox: "INBOX"))
        #expect(kind("a EXAMINE \"Sent\"") == .examine(mailbox: "Sent"))
        #expect(kind("a RENAME Old New.Child") == .rename(from: "Old", to: "New.Child"))
        #expect(kind("a LIST \"\" *") == .list(reference: "", pattern: "*"))
        #expect(kind("a LIST \"\" %") == .list(reference: "", pattern: "%"))
        #expect(kind("a LSUB \"\" \"Archive.%\"") == .lsub(reference: "", pattern: "Archive.%"))
        #expect(kind("a STATUS INBOX (MESSAGES UNSEEN UIDNEXT)") == .status(mailbox: "INBOX", items: [.messages, .unseen, .uidNext]))
    }

    @Test func appendWithFlagsDateAndLiteral() {
        let message = Array("Subject: x\r\n\r\nhi\r\n".utf8)
        #expect(kind("a APPEND Sent (\\Seen \\Draft) \" 7-Feb-2026 10:00:00 +0900\" {}", literals: [message])
            == .append(mailbox: "Sent", flags: ["\\Seen", "\\Draft"], date: " 7-Feb-2026 10:00:00 +0900", message: .bytes(message)))
        #expect(kind("a APPEND Sent {}", literals: [message]) == .append(mailbox: "Sent", flags: [], date: nil, message: .bytes(message)))
        if case .failure(let error) = parse("a APPEND Sent (\\Seen) x") {
            #expect(error.message.contains("literal"))
        } else {
            Issue.record("APPEND without a literal parsed")
        }
    }

    @Test func sequenceSets() {
        guard case .fetch(let set, _, false)? = kind("a FETCH 1:3,7,9:* FLAGS") else {
            Issue.record("no fetch")
            return
        }
        #expect(set.contains(2, largest: 20))
        #expect(set.contains(7, largest: 20))
        #expect(!set.contains(8, largest: 20))
        #expect(set.contains(20, largest: 20))
        // n:* includes the largest even when n is beyond it.
        guard case .fetch(let tail, _, true)? = kind("a UID FETCH 500:* UID") else {
            Issue.record("no uid fetch")
            return
        }
        #expect(tail.contains(42, largest: 42))
        #expect(kind("a FETCH 0 FLAGS") == nil)
        #expect(kind("a FETCH 1: FLAGS") == nil)
    }

    @Test func fetchItemsMacrosAndSections() {
        #expect(kind("a FETCH 1 ALL") == .fetch(SequenceSet(ranges: [(.number(1), .number(1))]), [.flags, .internalDate, .size, .envelope], uid: false))
        let items: [FetchItem] = [
            .uid, .flags, .size, .bodyStructure,
            .section(BodySection(part: [], text: .headerFields(["SUBJECT", "From"])), partial: nil, peek: true),
            .section(BodySection(part: [1, 2], text: .mime), partial: nil, peek: false),
            .section(BodySection(part: [], text: .all), partial: 0...1_023, peek: true),
            .section(BodySection(part: [2], text: .all), partial: nil, peek: false),
        ]
        #expect(kind("a UID FETCH 1:* (UID FLAGS RFC822.SIZE BODYSTRUCTURE BODY.PEEK[HEADER.FIELDS (SUBJECT From)] BODY[1.2.MIME] BODY.PEEK[]<0.1024> BODY[2])")
            == .fetch(SequenceSet(ranges: [(.number(1), .last)]), items, uid: true))
        #expect(kind("a FETCH 1 (BODY.PEEK)") == nil)
        #expect(kind("a FETCH 1 (BODY[MIME])") == nil, "MIME needs a part number")
        #expect(kind("a FETCH 1 (FLAGS ALL)") == nil, "macros stand alone")
        #expect(kind("a FETCH 1 ()") == nil)
    }

    @Test func storeForms() {
        #expect(kind("a STORE 1 +FLAGS (\\Seen \\Deleted)") == .store(SequenceSet(ranges: [(.number(1), .number(1))]), .init(mode: .add, silent: false, flags: ["\\Seen", "\\Deleted"]), uid: false))
        #expect(kind("a UID STORE 5 -FLAGS.SILENT \\Flagged") == .store(SequenceSet(ranges: [(.number(5), .number(5))]), .init(mode: .remove, silent: true, flags: ["\\Flagged"]), uid: true))
        #expect(kind("a STORE 1 FLAGS ()") == .store(SequenceSet(ranges: [(.number(1), .number(1))]), .init(mode: .replace, silent: false, flags: []), uid: false))
        #expect(kind("a STORE 1 LABELS (x)") == nil)
    }

    @Test func searchKeys() {
        #expect(kind("a SEARCH UNSEEN") == .search(keys: [.flag("\\Seen", set: false)], uid: false))
        #expect(kind("a UID SEARCH CHARSET UTF-8 SUBJECT \"hello world\" SINCE 1-Feb-2026")
            == .search(keys: [.header("SUBJECT", "hello world"), .since(IMAPDate(year: 2026, month: 2, day: 1))], uid: true))
        #expect(kind("a SEARCH OR FROM alice NOT (SEEN DELETED) 1:5")
            == .search(keys: [.or(.header("FROM", "alice"), .not(.and([.flag("\\Seen", set: true), .flag("\\Deleted", set: true)]))), .sequence(SequenceSet(ranges: [(.number(1), .number(5))]))], uid: false))
        #expect(kind("a SEARCH UID 3:*") == .search(keys: [.uid(SequenceSet(ranges: [(.number(3), .last)]))], uid: false))
        #expect(kind("a SEARCH HEADER X-Spam yes LARGER 1000") == .search(keys: [.header("X-Spam", "yes"), .larger(1_000)], uid: false))
        #expect(kind("a SEARCH CHARSET KOI8-R ALL") == nil)
        #expect(kind("a SEARCH SINCE 31-Foo-2026") == nil)
    }

    @Test func searchNestingIsBounded() {
        let deep = "a SEARCH " + String(repeating: "NOT ", count: 40) + "ALL"
        guard case .failure(let error) = parse(deep) else {
            Issue.record("deep nesting parsed")
            return
        }
        #expect(error.message.contains("nested"))
        let parens = "a SEARCH " + String(repeating: "(", count: 10_000)
        guard case .failure = parse(parens) else {
            Issue.record("deep parentheses parsed")
            return
        }
    }

    @Test func errorsKeepTheTag() {
        guard case .failure(let error) = parse("a7 FROB x") else {
            Issue.record("unknown command parsed")
            return
        }
        #expect(error.tag == "a7")
        #expect(error.message.hasPrefix("Unknown command"))
        guard case .failure(let noTag) = parse("") else {
            Issue.record("empty line parsed")
            return
        }
        #expect(noTag.tag == nil)
        #expect(kind("a+ NOOP") == nil, "+ is not a tag character")
        #expect(kind("a NOOP extra") == nil)
        #expect(kind("a SELECT") == nil)
        #expect(kind("a LOGIN \"unterminated") == nil)
    }

    @Test func uidTakesOnlyUIDCommands() {
        #expect(kind("a UID SELECT INBOX") == nil)
        // Regression (review): `UID UID …` recursed once per word, a stack overflow before login.
        #expect(kind("a " + String(repeating: "UID ", count: 20_000) + "FETCH 1 FLAGS") == nil)
        #expect(kind("a FETCH 1 BODY[HEADER.FIELDS (\"X Y\")]") == nil, "a field name is echoed: it must be an atom")
        #expect(kind("a UID EXPUNGE 1:3") == .uidExpunge(SequenceSet(ranges: [(.number(1), .number(3))])))
        #expect(kind("a UID MOVE 2 Trash") == .move(SequenceSet(ranges: [(.number(2), .number(2))]), mailbox: "Trash", uid: true))
    }

    @Test func dateTimes() {
        #expect(IMAPCommandParser.parseDate("1-Feb-1994") == IMAPDate(year: 1994, month: 2, day: 1))
        #expect(IMAPCommandParser.parseDate("01-feb-1994") == IMAPDate(year: 1994, month: 2, day: 1))
        #expect(IMAPCommandParser.parseDate("32-Feb-1994") == nil)
        let date = IMAPDateTime.parse("17-Jul-1996 02:44:25 -0700")
        #expect(date.map(IMAPDateTime.format) == "17-Jul-1996 09:44:25 +0000")
        #expect(IMAPDateTime.parse(" 7-Jul-1996 02:44:25 +0000").map(IMAPDateTime.format) == " 7-Jul-1996 02:44:25 +0000")
        #expect(IMAPDateTime.parse("17-Jul-1996 25:44:25 -0700") == nil)
        #expect(SearchEvaluator.headerDate("Tue, 3 Nov 2026 23:59:00 +0900") == IMAPDate(year: 2026, month: 11, day: 3))
    }
}
