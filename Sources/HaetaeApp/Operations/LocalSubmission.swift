import Foundation
import MailCore
import SMTPProtocol

/// Turns what a local program piped into `sendmail` into a message and envelope: line endings,
/// `-t` recipients (and removal of Bcc:), missing From:/Date:/Message-ID:. Pure.
struct LocalSubmission: Sendable {
    enum Failure: Error, CustomStringConvertible {
        case lineTooLong(Int)
        case noRecipients
        case badAddress(String)
        case tooLarge

        var description: String {
            switch self {
            case .lineTooLong(let line): return "line \(line) is longer than 998 characters (RFC 5322 §2.1.1)"
            case .noRecipients: return "no recipients"
            case .badAddress(let address): return "bad address: \(address)"
            case .tooLarge: return "message too large"
            }
        }
    }

    var message: [UInt8]
    var recipients: [String]

    /// - Parameters:
    ///   - input: the bytes read from standard input.
    ///   - dotEnds: without `-i`/`-oi`, a line with a single "." ends the message.
    /// A `-f` sender: `<>` or empty for the null sender, else a mailbox in RFC 5321 syntax
    /// (angle brackets optional). Returns the reverse path without brackets ("" for null).
    static func parseSender(_ text: String, defaultDomain: String) throws -> String {
        var address = text
        if address.hasPrefix("<") && address.hasSuffix(">") && address.count >= 2 { address = String(address.dropFirst().dropLast()) }
        if address.isEmpty { return "" }
        if !address.contains("@") { address += "@" + defaultDomain }
        guard let mailbox = SMTPGrammar.parseMailbox(Array(address.utf8)[...]) else { throw Failure.badAddress(printable(text)) }
        return mailbox.wireString
    }

    /// Text for an error message: control characters shown as `?`.
    static func printable(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.prefix(300).map { $0.value < 0x20 || $0.value == 0x7F ? "?" : $0 }))
    }

    static func build(
        input: [UInt8], dotEnds: Bool, recipientsFromHeaders: Bool, arguments: [String], sender: String,
        fullName: String?, defaultDomain: String, now: Date, messageID: String, maxSize: Int
    ) throws -> LocalSubmission {
        guard input.count <= maxSize else { throw Failure.tooLarge }
        // Split into lines on LF, CRLF or lone CR.
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < input.count {
            let byte = input[index]
            if byte == 10 || byte == 13 {
                lines.append(current)
                current = []
                if byte == 13 && index + 1 < input.count && input[index + 1] == 10 { index += 1 }
            } else {
                current.append(byte)
            }
            index += 1
        }
        if !current.isEmpty { lines.append(current) }
        if dotEnds, let end = lines.firstIndex(of: [UInt8(ascii: ".")]) { lines = Array(lines[..<end]) }
        for (number, line) in lines.enumerated() where line.count > 998 { throw Failure.lineTooLong(number + 1) }

        // Header block: up to the first empty line.
        let headerEnd = lines.firstIndex(of: []) ?? lines.count
        var headers = Array(lines[..<headerEnd])
        let body = Array(lines[headerEnd...])
        // Unfolded fields, for reading.
        var fields: [(name: String, value: String)] = []
        for line in headers {
            let text = String(decoding: line, as: UTF8.self)
            if let first = text.first, first == " " || first == "\t", !fields.isEmpty {
                fields[fields.count - 1].value += " " + text.trimmingCharacters(in: .whitespaces)
            } else if let colon = text.firstIndex(of: ":") {
                fields.append((String(text[..<colon]).trimmingCharacters(in: .whitespaces).lowercased(),
                               String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)))
            }
        }
        var recipients: [String] = []
        func add(_ address: String) throws {
            var address = address.trimmingCharacters(in: .whitespaces)
            if address.isEmpty { return }
            if address.hasPrefix("<") && address.hasSuffix(">") && address.count >= 2 { address = String(address.dropFirst().dropLast()) }
            if !address.contains("@") { address += "@" + defaultDomain }
            // The same grammar as RCPT TO: nothing else (no CR, LF, NUL, spaces) reaches the queue.
            guard let mailbox = SMTPGrammar.parseMailbox(Array(address.utf8)[...]) else { throw Failure.badAddress(Self.printable(address)) }
            address = mailbox.wireString
            if !recipients.contains(where: { $0.lowercased() == address.lowercased() }) { recipients.append(address) }
        }
        if recipientsFromHeaders {
            for field in fields where ["to", "cc", "bcc"].contains(field.name) {
                for address in AddressList.addresses(in: field.value) { try add(address) }
            }
            // Bcc: is removed with its continuation lines.
            var kept: [[UInt8]] = []
            var dropping = false
            for line in headers {
                let isContinuation = line.first == 32 || line.first == 9
                if !isContinuation {
                    dropping = String(decoding: line.prefix(4), as: UTF8.self).lowercased() == "bcc:"
                }
                if !dropping { kept.append(line) }
            }
            headers = kept
        }
        for argument in arguments { try add(argument) }
        guard !recipients.isEmpty else { throw Failure.noRecipients }

        let names = Set(fields.map(\.name))
        var added: [String] = []
        if !names.contains("from") {
            let fullName = fullName.map { String(String.UnicodeScalarView($0.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F })) }
            if let fullName, !fullName.isEmpty {
                let quoted = fullName.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
                added.append("From: \"\(quoted)\" <\(sender)>")
            } else {
                added.append(sender.isEmpty ? "From: <MAILER-DAEMON@\(defaultDomain)>" : "From: <\(sender)>")
            }
        }
        if !names.contains("date") { added.append("Date: \(RFC5322Date.format(now))") }
        if !names.contains("message-id") { added.append("Message-ID: <\(messageID)>") }

        var message: [UInt8] = []
        message.reserveCapacity(input.count + 256)
        for line in headers {
            message += line
            message += [13, 10]
        }
        for line in added {
            message += Array(line.utf8)
            message += [13, 10]
        }
        if body.isEmpty {
            message += [13, 10]
        }
        for line in body {
            message += line
            message += [13, 10]
        }
        return LocalSubmission(message: message, recipients: recipients)
    }
}

/// Addresses in an RFC 5322 address-list field, enough for `sendmail -t`.
enum AddressList {
    static func addresses(in value: String) -> [String] {
        var parts: [String] = []
        var current = ""
        var inQuotes = false
        var inAngle = false
        var depth = 0
        var previous: Character = " "
        for character in value {
            if character == "\"" && previous != "\\" { inQuotes.toggle() }
            if !inQuotes {
                if character == "<" { inAngle = true }
                if character == ">" { inAngle = false }
                if character == "(" { depth += 1 }
                if character == ")" { depth = max(0, depth - 1) }
            }
            if (character == "," || character == ";") && !inQuotes && !inAngle && depth == 0 {
                parts.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        parts.append(current)
        return parts.compactMap { part in
            var text = part
            // Group syntax "name: a@b" — drop the display part before the colon.
            if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("@"), !text[..<colon].contains("<") {
                text = String(text[text.index(after: colon)...])
            }
            if let open = text.lastIndex(of: "<"), let close = text.lastIndex(of: ">"), open < close {
                return String(text[text.index(after: open)..<close]).trimmingCharacters(in: .whitespaces)
            }
            // Remove comments.
            var stripped = ""
            var level = 0
            for character in text {
                if character == "(" { level += 1; continue }
                if character == ")" { level = max(0, level - 1); continue }
                if level == 0 { stripped.append(character) }
            }
            let address = stripped.trimmingCharacters(in: .whitespaces)
            return address.isEmpty ? nil : address
        }
    }
}
