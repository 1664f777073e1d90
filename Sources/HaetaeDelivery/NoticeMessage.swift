import Foundation
import SMTPProtocol

/// A plain-text notice from the mail system to an administrator (protection alerts). Pure.
public enum NoticeMessage {
    public static func render(from: String, to: String, subject: String, body: String, messageID: String, date: Date) -> [UInt8] {
        var text = ""
        text += "From: Haetae Mail System <\(from)>\r\n"
        text += "To: <\(to.filter { $0 != "\r" && $0 != "\n" && $0 != "\0" })>\r\n"
        text += "Subject: \(encodedSubject(subject))\r\n"
        text += "Date: \(RFC5322Date.format(date))\r\n"
        text += "Message-ID: \(messageID)\r\n"
        text += "Auto-Submitted: auto-generated\r\n"
        text += "X-Haetae-Notice: protection\r\n"
        text += "MIME-Version: 1.0\r\n"
        text += "Content-Type: text/plain; charset=utf-8\r\n"
        text += "Content-Transfer-Encoding: 8bit\r\n"
        text += "\r\n"
        // Every line ends in CRLF: a bare CR or LF from any source (a decoded Subject in a digest)
        // is a line end, never passed on bare.
        let lines = body.unicodeScalars.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\0" })
        for scalars in lines {
            let line = String(String.UnicodeScalarView(scalars))
            // Lines stay far below 998 octets; a leading dot is fine (the spool stores raw bytes).
            text += String(line.prefix(900)) + "\r\n"
        }
        return Array(text.utf8)
    }

    /// RFC 2047 B-encoding when the subject is not plain ASCII (account names may be UTF-8).
    static func encodedSubject(_ subject: String) -> String {
        let clean = subject.replacingOccurrences(of: "\r", with: " ").replacingOccurrences(of: "\n", with: " ")
        if clean.unicodeScalars.allSatisfy({ $0.isASCII }) { return clean }
        // Encoded words stay under 75 characters (RFC 2047 §2): at most 45 octets each, whole characters.
        var words: [String] = []
        var chunk: [UInt8] = []
        for character in clean {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45 {
                words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?" + Base64.encode(chunk) + "?=") }
        return words.joined(separator: "\r\n ")
    }
}
