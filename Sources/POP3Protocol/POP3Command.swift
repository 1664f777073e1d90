/// One POP3 command (RFC 1939, with CAPA and the response codes of RFC 2449, STLS of RFC 2595,
/// AUTH of RFC 5034). Pure.
public enum POP3Command: Sendable, Equatable {
    case capa, quit, noop, rset, stat, stls
    case user(String), pass(String)
    case auth(mechanism: String?, initialResponse: String?)
    case list(Int?), uidl(Int?), retr(Int), dele(Int)
    case top(Int, lines: Int)

    /// Commands are at most this long (RFC 2449 §4: 255 octets with CRLF); a SASL response line
    /// may be longer.
    public static let maxLine = 255

    public enum ParseError: Error, Equatable {
        case unknown(String)
        case syntax(String)
    }

    /// Parses a line without its CRLF. Keywords are case-insensitive; a PASS argument is the
    /// rest of the line (a password may contain spaces).
    public static func parse(_ line: String) -> Result<POP3Command, ParseError> {
        let keyword: Substring, rest: Substring
        if let space = line.firstIndex(of: " ") {
            keyword = line[..<space]
            rest = line[line.index(after: space)...]
        } else {
            keyword = Substring(line)
            rest = ""
        }
        let arguments = rest.split(separator: " ", omittingEmptySubsequences: true)
        func number(_ text: Substring) -> Int? {
            guard text.count <= 9, text.allSatisfy(\.isASCII), let n = Int(text), n >= 0 else { return nil }
            return n
        }
        func noArguments(_ command: POP3Command) -> Result<POP3Command, ParseError> {
            arguments.isEmpty ? .success(command) : .failure(.syntax("\(keyword.uppercased()) takes no argument"))
        }
        func optionalMessage(_ make: (Int?) -> POP3Command) -> Result<POP3Command, ParseError> {
            if arguments.isEmpty { return .success(make(nil)) }
            guard arguments.count == 1, let n = number(arguments[0]), n > 0 else { return .failure(.syntax("Expected a message number")) }
            return .success(make(n))
        }
        switch keyword.uppercased() {
        case "CAPA": return noArguments(.capa)
        case "QUIT": return noArguments(.quit)
        case "NOOP": return noArguments(.noop)
        case "RSET": return noArguments(.rset)
        case "STAT": return noArguments(.stat)
        case "STLS": return noArguments(.stls)
        case "USER":
            guard arguments.count == 1 else { return .failure(.syntax("USER takes one name")) }
            return .success(.user(String(arguments[0])))
        case "PASS":
            guard !rest.isEmpty else { return .failure(.syntax("PASS takes a password")) }
            return .success(.pass(String(rest)))
        case "AUTH":
            guard arguments.count <= 2 else { return .failure(.syntax("AUTH takes a mechanism and an initial response")) }
            return .success(.auth(mechanism: arguments.first.map { $0.uppercased() }, initialResponse: arguments.count == 2 ? String(arguments[1]) : nil))
        case "LIST": return optionalMessage { .list($0) }
        case "UIDL": return optionalMessage { .uidl($0) }
        case "RETR", "DELE":
            guard arguments.count == 1, let n = number(arguments[0]), n > 0 else { return .failure(.syntax("Expected a message number")) }
            return .success(keyword.uppercased() == "RETR" ? .retr(n) : .dele(n))
        case "TOP":
            guard arguments.count == 2, let n = number(arguments[0]), n > 0, let lines = number(arguments[1]) else {
                return .failure(.syntax("TOP takes a message number and a line count"))
            }
            return .success(.top(n, lines: lines))
        default:
            return .failure(.unknown(String(keyword.prefix(20))))
        }
    }
}

/// A message as POP3 sends it: CRLF lines, a leading dot doubled, and the terminating `.` line.
public enum POP3DotStuffing {
    /// `text` (CRLF lines) dot-stuffed; with `bodyLines`, only the header, the blank line and
    /// that many lines of the body (TOP).
    public static func multiline(_ text: ArraySlice<UInt8>, bodyLines: Int? = nil) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(text.count + 64)
        var atLineStart = true
        var inBody = false
        var lineIsEmpty = true
        var bodyLinesLeft = bodyLines ?? Int.max
        var index = text.startIndex
        while index < text.endIndex {
            if inBody && atLineStart {
                if bodyLinesLeft == 0 { break }
                bodyLinesLeft -= 1
            }
            let byte = text[index]
            if atLineStart && byte == UInt8(ascii: ".") { out.append(UInt8(ascii: ".")) }
            out.append(byte)
            if byte == 0x0A {
                if lineIsEmpty && !inBody { inBody = true }
                atLineStart = true
                lineIsEmpty = true
            } else {
                if byte != 0x0D { lineIsEmpty = false }
                atLineStart = false
            }
            index += 1
        }
        if !atLineStart { out += [0x0D, 0x0A] }
        out += Array(".\r\n".utf8)
        return out
    }
}
