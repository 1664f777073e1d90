import MailCore
/// An ESMTP parameter `esmtp-keyword ["=" esmtp-value]` (RFC 5321 §4.1.2), keyword upper-cased.
public struct ESMTPParameter: Hashable, Sendable {
    public var keyword: String
    public var value: String?

    public init(_ keyword: String, _ value: String? = nil) {
        self.keyword = keyword.uppercased()
        self.value = value
    }
}

/// One SMTP command line, parsed. Every case names a sample line and its RFC section.
public enum SMTPCommand: Hashable, Sendable {
    /// `EHLO client.example` — RFC 5321 §4.1.1.1
    case ehlo(String)
    /// `HELO client.example` — RFC 5321 §4.1.1.1
    case helo(String)
    /// `MAIL FROM:<a@b.example> SIZE=100 BODY=8BITMIME` — RFC 5321 §4.1.1.2
    case mail(ReversePath, [ESMTPParameter])
    /// `RCPT TO:<c@d.example>` — RFC 5321 §4.1.1.3
    case rcpt(ForwardPath, [ESMTPParameter])
    /// `DATA` — RFC 5321 §4.1.1.4
    case data
    /// `RSET` — RFC 5321 §4.1.1.5
    case rset
    /// `VRFY user` — RFC 5321 §4.1.1.6
    case vrfy(String)
    /// `EXPN list` — RFC 5321 §4.1.1.7
    case expn(String)
    /// `HELP [topic]` — RFC 5321 §4.1.1.8
    case help(String?)
    /// `NOOP` — RFC 5321 §4.1.1.9
    case noop
    /// `QUIT` — RFC 5321 §4.1.1.10
    case quit
    /// `STARTTLS` — RFC 3207 §4
    case starttls
    /// `AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=` — RFC 4954 §4
    case auth(mechanism: String, initialResponse: String?)
}

/// Parses command lines (without CRLF) into `SMTPCommand`s or an error reply with a hint.
public enum SMTPCommandParser {
    public enum Outcome: Hashable, Sendable {
        case command(SMTPCommand)
        case error(SMTPReply)
    }

    public static func parse(_ line: [UInt8]) -> Outcome {
        parse(line[...])
    }

    public static func parse(_ line: ArraySlice<UInt8>) -> Outcome {
        if line.contains(0) { return .error(.syntaxError("NUL character in command")) }
        guard String(validating: line, as: UTF8.self) != nil else {
            return .error(.syntaxError("Command is not valid UTF-8"))
        }
        // verb = 4 letters (8 for STARTTLS); the rest follows a space.
        var verbEnd = line.startIndex
        while verbEnd < line.endIndex, SMTPGrammar.isAlpha(line[verbEnd]) { verbEnd += 1 }
        let verb = String(decoding: line[line.startIndex..<verbEnd], as: UTF8.self).uppercased()
        let rest = line[verbEnd...]
        if !rest.isEmpty && rest.first != UInt8(ascii: " ") && !(verb == "MAIL" || verb == "RCPT") {
            return .error(.unrecognized)
        }
        let argument = trimSpaces(rest)
        let argumentString = String(decoding: argument, as: UTF8.self)

        switch verb {
        case "EHLO", "HELO":
            // RFC 5321 §4.1.1.1: Domain / address-literal. We accept any single token and
            // only refuse an empty one; many real clients send bare hostnames or odd literals.
            guard !argument.isEmpty, !argument.contains(UInt8(ascii: " ")) else {
                return .error(.syntaxError("Syntax: \(verb) hostname"))
            }
            return .command(verb == "EHLO" ? .ehlo(argumentString) : .helo(argumentString))
        case "MAIL":
            return parseMail(rest)
        case "RCPT":
            return parseRcpt(rest)
        case "DATA", "RSET", "NOOP", "QUIT", "STARTTLS":
            if verb != "NOOP" && !argument.isEmpty {
                return .error(.syntaxError("Syntax: \(verb) takes no parameters"))
            }
            switch verb {
            case "DATA": return .command(.data)
            case "RSET": return .command(.rset)
            case "NOOP": return .command(.noop)
            case "QUIT": return .command(.quit)
            default: return .command(.starttls)
            }
        case "VRFY":
            guard !argument.isEmpty else { return .error(.syntaxError("Syntax: VRFY address")) }
            return .command(.vrfy(argumentString))
        case "EXPN":
            guard !argument.isEmpty else { return .error(.syntaxError("Syntax: EXPN list")) }
            return .command(.expn(argumentString))
        case "HELP":
            return .command(.help(argument.isEmpty ? nil : argumentString))
        case "AUTH":
            let parts = argumentString.split(separator: " ", omittingEmptySubsequences: true)
            guard parts.count == 1 || parts.count == 2 else {
                return .error(.syntaxError("Syntax: AUTH mechanism [initial-response]"))
            }
            return .command(.auth(mechanism: parts[0].uppercased(), initialResponse: parts.count == 2 ? String(parts[1]) : nil))
        default:
            return .error(.unrecognized)
        }
    }

    /// `mail = "MAIL FROM:" Reverse-path [SP Mail-parameters] CRLF`
    /// A space after the colon is tolerated (widely sent, harmless).
    static func parseMail(_ rest: ArraySlice<UInt8>) -> Outcome {
        guard let afterKeyword = stripKeyword(rest, keyword: " FROM:") else {
            return .error(.syntaxError("Syntax: MAIL FROM:<address>"))
        }
        guard let (pathBytes, parameterBytes) = splitPath(afterKeyword) else {
            return .error(.syntaxError("Syntax: MAIL FROM:<address>"))
        }
        let reversePath: ReversePath
        if pathBytes.isEmpty {
            reversePath = .null
        } else {
            guard pathBytes.count <= SMTPLimits.pathLength else {
                return .error(SMTPReply(501, .init(5, 1, 7), "Sender address too long"))
            }
            guard let mailbox = SMTPGrammar.parsePathContents(pathBytes) else {
                return .error(SMTPReply(501, .init(5, 1, 7), "Bad sender address syntax"))
            }
            reversePath = .mailbox(mailbox)
        }
        guard let parameters = parseParameters(parameterBytes) else {
            return .error(.syntaxError("Bad MAIL parameter syntax"))
        }
        return .command(.mail(reversePath, parameters))
    }

    /// `rcpt = "RCPT TO:" ( "<Postmaster@" Domain ">" / "<Postmaster>" / Forward-path ) [SP Rcpt-parameters] CRLF`
    static func parseRcpt(_ rest: ArraySlice<UInt8>) -> Outcome {
        guard let afterKeyword = stripKeyword(rest, keyword: " TO:") else {
            return .error(.syntaxError("Syntax: RCPT TO:<address>"))
        }
        guard let (pathBytes, parameterBytes) = splitPath(afterKeyword), !pathBytes.isEmpty else {
            return .error(.syntaxError("Syntax: RCPT TO:<address>"))
        }
        guard pathBytes.count <= SMTPLimits.pathLength else {
            return .error(SMTPReply(501, .init(5, 1, 3), "Recipient address too long"))
        }
        let forwardPath: ForwardPath
        if String(decoding: pathBytes, as: UTF8.self).lowercased() == "postmaster" {
            forwardPath = .postmaster
        } else {
            guard let mailbox = SMTPGrammar.parsePathContents(pathBytes) else {
                return .error(SMTPReply(501, .init(5, 1, 3), "Bad recipient address syntax"))
            }
            forwardPath = .mailbox(mailbox)
        }
        guard let parameters = parseParameters(parameterBytes) else {
            return .error(.syntaxError("Bad RCPT parameter syntax"))
        }
        return .command(.rcpt(forwardPath, parameters))
    }

    /// Case-insensitive match of " FROM:" / " TO:", then optional spaces.
    static func stripKeyword(_ rest: ArraySlice<UInt8>, keyword: String) -> ArraySlice<UInt8>? {
        let key = Array(keyword.utf8)
        guard rest.count >= key.count else { return nil }
        for (offset, expected) in key.enumerated() {
            let byte = rest[rest.startIndex + offset]
            let folded = SMTPGrammar.isAlpha(byte) ? byte & ~0x20 : byte
            guard folded == expected else { return nil }
        }
        var remainder = rest.dropFirst(key.count)
        while remainder.first == UInt8(ascii: " ") { remainder = remainder.dropFirst() }
        return remainder
    }

    /// Splits `<path> params` into the bytes inside the brackets and the parameter bytes.
    /// A `>` inside a quoted local part does not end the path.
    static func splitPath(_ bytes: ArraySlice<UInt8>) -> (ArraySlice<UInt8>, ArraySlice<UInt8>)? {
        guard bytes.first == UInt8(ascii: "<") else { return nil }
        var index = bytes.startIndex + 1
        var inQuotes = false
        while index < bytes.endIndex {
            let byte = bytes[index]
            if inQuotes && byte == UInt8(ascii: "\\") {
                index += 2
                continue
            }
            if byte == UInt8(ascii: "\"") { inQuotes.toggle() }
            if byte == UInt8(ascii: ">") && !inQuotes { break }
            index += 1
        }
        guard index < bytes.endIndex else { return nil }
        let path = bytes[(bytes.startIndex + 1)..<index]
        let after = bytes[(index + 1)...]
        guard after.isEmpty || after.first == UInt8(ascii: " ") else { return nil }
        return (path, after)
    }

    /// `Mail-parameters = esmtp-param *(SP esmtp-param)`,
    /// `esmtp-keyword = (ALPHA / DIGIT) *(ALPHA / DIGIT / "-")`,
    /// `esmtp-value = 1*(%d33-60 / %d62-126)` (RFC 6531 adds UTF8-non-ascii).
    static func parseParameters(_ bytes: ArraySlice<UInt8>) -> [ESMTPParameter]? {
        var parameters: [ESMTPParameter] = []
        for token in bytes.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
            let keywordBytes: ArraySlice<UInt8>
            var value: String?
            if let equals = token.firstIndex(of: UInt8(ascii: "=")) {
                keywordBytes = token[token.startIndex..<equals]
                let valueBytes = token[(equals + 1)...]
                guard !valueBytes.isEmpty,
                    valueBytes.allSatisfy({ (33...60).contains($0) || (62...126).contains($0) || $0 >= 0x80 })
                else { return nil }
                value = String(decoding: valueBytes, as: UTF8.self)
            } else {
                keywordBytes = token
            }
            guard let first = keywordBytes.first, SMTPGrammar.isLetDig(first),
                keywordBytes.allSatisfy({ SMTPGrammar.isLetDig($0) || $0 == UInt8(ascii: "-") })
            else { return nil }
            parameters.append(ESMTPParameter(String(decoding: keywordBytes, as: UTF8.self), value))
        }
        return parameters
    }

    static func trimSpaces(_ bytes: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var slice = bytes
        while let first = slice.first, first == UInt8(ascii: " ") || first == UInt8(ascii: "\t") {
            slice = slice.dropFirst()
        }
        while let last = slice.last, last == UInt8(ascii: " ") || last == UInt8(ascii: "\t") {
            slice = slice.dropLast()
        }
        return slice
    }
}
