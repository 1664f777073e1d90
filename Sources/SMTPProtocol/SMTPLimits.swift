/// Named protocol limits, each with the rule it comes from.
public enum SMTPLimits {
    /// RFC 5321 §4.5.3.1.4 allows 512 octets for a command line; extensions (SIZE, AUTH initial
    /// responses per RFC 4954 §4) legitimately make lines longer, so the server accepts up to this.
    public static let commandLineLength = 4_096
    /// RFC 5321 §4.5.3.1.6: a text line is at most 1000 octets including CRLF.
    public static let textLineLength = 1_000
    /// What we accept on input: real senders exceed 1,000 octets (Postfix, Exim and Gmail accept
    /// such mail); lines are stored as received and folded at 998 when relayed.
    public static let acceptedTextLineLength = 65_536
    /// RFC 5321 §4.5.3.1.8: at least 100 recipients must be buffered; our default cap.
    public static let defaultMaxRecipients = 100
    /// Postfix's smtpd_hard_error_limit.
    public static let defaultMaxErrors = 20
    /// 25 MiB, a common submission limit.
    public static let defaultMaxMessageSize = 26_214_400
    /// RFC 5321 §4.5.3.1.3: a path is at most 256 octets.
    public static let pathLength = 256
    /// RFC 5321 §4.5.3.1.1 / §4.5.3.1.2.
    public static let localPartLength = 64
    public static let domainLength = 255
}
