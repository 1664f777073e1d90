import Foundation
import SMTPProtocol

/// Builds the `Received:` trace field (RFC 5321 §4.4, RFC 3848 protocol names, RFC 6531 §3.7.3).
public enum ReceivedHeader {
    public static func protocolName(ehlo: Bool, tls: Bool, authenticated: Bool, smtpUTF8: Bool) -> String {
        if smtpUTF8 { return "UTF8SMTP" + (tls ? "S" : "") + (authenticated ? "A" : "") }
        guard ehlo else { return "SMTP" }
        return "ESMTP" + (tls ? "S" : "") + (authenticated ? "A" : "")
    }

    public static func build(
        helo: String?, clientAddress: String, hostname: String, protocolName: String, queueID: String,
        recipient: String?, date: Date
    ) -> String {
        let heloPart = sanitize(helo ?? "unknown")
        var field = "Received: from \(heloPart) ([\(clientAddress)])\r\n"
        field += "\tby \(hostname) (Haetae) with \(protocolName) id \(queueID)"
        if let recipient { field += "\r\n\tfor <\(sanitize(recipient))>" }
        field += "; \(rfc5322Date(date))\r\n"
        return field
    }

    /// Keeps client-supplied text from breaking the header (no CR, LF, or control characters).
    static func sanitize(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { $0.value >= 0x21 && $0.value != 0x7F }.prefix(255)))
    }

    /// `Mon, 23 Nov 2026 05:11:24 +0000` (RFC 5322 §3.3).
    public static func rfc5322Date(_ date: Date) -> String { RFC5322Date.format(date) }
}
