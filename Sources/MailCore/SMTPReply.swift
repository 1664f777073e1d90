/// A server reply: a three-digit code, an optional RFC 3463 enhanced code, and text lines.
///
/// - SeeAlso: RFC 5321 §4.2, RFC 2034 (ENHANCEDSTATUSCODES).
public struct SMTPReply: Hashable, Sendable, CustomStringConvertible {
    public var code: Int
    public var enhanced: EnhancedStatusCode?
    public var lines: [String]

    public init(_ code: Int, _ enhanced: EnhancedStatusCode?, _ lines: [String]) {
        precondition((200...599).contains(code), "reply code out of range")
        self.code = code
        self.enhanced = enhanced
        self.lines = lines.isEmpty ? [""] : lines
    }

    public init(_ code: Int, _ enhanced: EnhancedStatusCode?, _ text: String) {
        self.init(code, enhanced, [text])
    }

    public var isPositive: Bool { code < 400 }
    public var isTransient: Bool { (400..<500).contains(code) }
    public var isPermanent: Bool { code >= 500 }

    /// The longest reply text line sent (RFC 5321 §4.5.3.1.5 allows 512 octets with the code).
    public static let maximumTextLength = 480

    /// Reply text as it may go on the wire: printable ASCII only (a CR, LF or NUL from any source —
    /// a DNS TXT record, a client's address — can never end the line or forge another), at most
    /// `maximumTextLength` octets. Anything else becomes `?`.
    public static func wireSafe(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars.prefix(maximumTextLength) {
            out.append((0x20...0x7E).contains(scalar.value) ? scalar : "?")
        }
        return String(out)
    }

    /// Wire form: `250-first\r\n250 last\r\n`, enhanced code repeated on every line (RFC 2034 §4).
    public var wireString: String {
        var out = ""
        for (index, line) in lines.enumerated() {
            out += String(code)
            out += index == lines.count - 1 ? " " : "-"
            if let enhanced {
                out += enhanced.description
                if !line.isEmpty { out += " " }
            }
            out += Self.wireSafe(line)
            out += "\r\n"
        }
        return out
    }

    public var description: String {
        let first = enhanced.map { "\(code) \($0) \(lines[0])" } ?? "\(code) \(lines[0])"
        return first
    }
}

/// The replies the protocol core uses, named after what they mean.
extension SMTPReply {
    public static func ok(_ text: String = "Ok", _ enhanced: EnhancedStatusCode = .init(2, 0, 0)) -> SMTPReply {
        SMTPReply(250, enhanced, text)
    }
    public static let senderOk = SMTPReply(250, .init(2, 1, 0), "Sender ok")
    public static let recipientOk = SMTPReply(250, .init(2, 1, 5), "Recipient ok")
    public static let resetOk = SMTPReply(250, .init(2, 0, 0), "Reset state")
    public static let noopOk = SMTPReply(250, .init(2, 0, 0), "Ok")
    public static let vrfyCannotVerify = SMTPReply(
        252, .init(2, 5, 2), "Cannot VRFY user, but will accept message and attempt delivery")
    public static let startData = SMTPReply(354, nil, "End data with <CR><LF>.<CR><LF>")
    public static let readyToStartTLS = SMTPReply(220, .init(2, 0, 0), "Ready to start TLS")
    public static let authSucceeded = SMTPReply(235, .init(2, 7, 0), "Authentication successful")
    public static let closing = SMTPReply(221, .init(2, 0, 0), "Bye")

    public static let shuttingDown = SMTPReply(421, .init(4, 3, 2), "Service shutting down, closing connection")
    public static let timeout = SMTPReply(421, .init(4, 4, 2), "Timeout exceeded, closing connection")
    public static let tooManyErrors = SMTPReply(421, .init(4, 7, 0), "Too many errors, closing connection")
    public static let tooManyConnections = SMTPReply(
        421, .init(4, 7, 0), "Too many connections from your address, try again later")
    public static let localError = SMTPReply(451, .init(4, 3, 0), "Local error in processing, try again later")
    public static let tooManyRecipients = SMTPReply(452, .init(4, 5, 3), "Too many recipients")
    public static let tlsNotAvailable = SMTPReply(454, .init(4, 7, 0), "TLS not available")

    public static let lineTooLong = SMTPReply(500, .init(5, 5, 2), "Line too long")
    public static let unrecognized = SMTPReply(500, .init(5, 5, 2), "Command not recognized")
    public static func syntaxError(_ hint: String) -> SMTPReply { SMTPReply(501, .init(5, 5, 4), hint) }
    public static let notImplemented = SMTPReply(502, .init(5, 5, 1), "Command not implemented")
    public static func badSequence(_ hint: String) -> SMTPReply { SMTPReply(503, .init(5, 5, 1), hint) }
    public static let mechanismNotSupported = SMTPReply(
        504, .init(5, 5, 4), "Unrecognized authentication mechanism")
    public static let mustStartTLS = SMTPReply(530, .init(5, 7, 0), "Must issue a STARTTLS command first")
    public static let authRequired = SMTPReply(530, .init(5, 7, 0), "Authentication required")
    public static let authFailed = SMTPReply(535, .init(5, 7, 8), "Authentication credentials invalid")
    public static let authCancelled = SMTPReply(501, .init(5, 0, 0), "Authentication cancelled")
    public static let noValidRecipients = SMTPReply(554, .init(5, 5, 1), "No valid recipients")
    public static let relayDenied = SMTPReply(554, .init(5, 7, 1), "Relay access denied")
    public static let unknownUser = SMTPReply(550, .init(5, 1, 1), "Recipient address rejected: User unknown")
    public static let messageTooBig = SMTPReply(552, .init(5, 3, 4), "Message size exceeds fixed maximum message size")
    public static let bareLineEnding = SMTPReply(
        550, .init(5, 5, 2), "Message contains bare CR or LF; lines must end with CRLF (RFC 5321 section 2.3.8)")
    public static let textLineTooLong = SMTPReply(
        550, .init(5, 5, 2), "Message contains a line longer than 1000 octets (RFC 5321 section 4.5.3.1.6)")
    public static let nulInMessage = SMTPReply(550, .init(5, 6, 0), "Message contains NUL characters")
    public static let smtpUTF8Required = SMTPReply(
        553, .init(5, 6, 7), "Non-ASCII address requires the SMTPUTF8 parameter")
    public static let unknownParameter = SMTPReply(555, .init(5, 5, 4), "Unsupported MAIL/RCPT parameter")
}
