/// Writes the verdict into the message: removes any `X-Haetae-*` header that came from outside
/// (nobody can spoof a verdict), prepends `X-Haetae-Scan: <prefix><verdicts>/SMTP` and
/// `X-Haetae-Score:`, and tags the subject of mail that did not pass. Pure; CRLF line endings.
public struct MessageTagger: Sendable {
    public var headerPrefix: String
    /// A template such as `[SPAM:%REASON%]`; empty for no subject tag.
    public var subjectTag: String

    public init(headerPrefix: String = "", subjectTag: String = "") {
        self.headerPrefix = headerPrefix
        self.subjectTag = subjectTag
    }

    public func tag(_ message: [UInt8], result: ScanResult) -> [UInt8] {
        let (headerLines, bodyStart) = Self.headerLines(message)
        var kept: [[UInt8]] = []
        var dropping = false
        var subjectIndex: Int?
        for line in headerLines {
            let isContinuation = line.first == 0x20 || line.first == 0x09
            if isContinuation {
                if !dropping { kept.append(line) }
                continue
            }
            let name = line.prefix { $0 != UInt8(ascii: ":") }
            dropping = String(decoding: name, as: UTF8.self).lowercased().hasPrefix("x-haetae-")
            if dropping { continue }
            if subjectIndex == nil, String(decoding: name, as: UTF8.self).lowercased().trimmingSpaces == "subject" {
                subjectIndex = kept.count
            }
            kept.append(line)
        }
        if !subjectTag.isEmpty && !result.isPassed {
            let tag = subjectTag.replacingPlaceholder("%REASON%", with: result.label)
            if let index = subjectIndex {
                let line = kept[index]
                if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                    let value = line[(colon + 1)...].drop { $0 == 0x20 || $0 == 0x09 }
                    if !value.starts(with: Array(tag.utf8)) {
                        kept[index] = Array(line[...colon]) + Array((" " + tag + " ").utf8) + Array(value)
                    }
                }
            } else {
                kept.append(Array(("Subject: " + tag).utf8))
            }
        }
        var reasons = result.reasons.joined(separator: "; ")
        reasons = String(reasons.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(700).map(Character.init))
        var out: [UInt8] = []
        out.reserveCapacity(message.count + 256)
        out += Array("X-Haetae-Scan: \(headerPrefix)\(result.label)/SMTP\r\n".utf8)
        out += Array(Self.folded("X-Haetae-Score: " + String(format: "%.1f", result.score) + " (" + reasons + ")").utf8)
        for line in kept {
            out += line
            out += [0x0D, 0x0A]
        }
        out += message[bodyStart...]
        return out
    }

    /// Header lines without their line endings, and where the body (the blank line) starts.
    static func headerLines(_ message: [UInt8]) -> ([[UInt8]], Int) {
        var lines: [[UInt8]] = []
        var index = 0
        while index < message.count {
            var end = index
            while end < message.count && message[end] != 0x0A { end += 1 }
            var lineEnd = end
            if lineEnd > index && message[lineEnd - 1] == 0x0D { lineEnd -= 1 }
            if lineEnd == index { return (lines, index) }
            lines.append(Array(message[index..<lineEnd]))
            index = end < message.count ? end + 1 : end
        }
        return (lines, message.count)
    }

    /// Folds a long header at spaces so no line passes 78 characters (RFC 5322 §2.1.1).
    static func folded(_ line: String) -> String {
        var out = ""
        var current = ""
        for word in line.split(separator: " ", omittingEmptySubsequences: false) {
            if !current.isEmpty && current.count + word.count + 1 > 76 {
                out += current + "\r\n"
                current = " " + word
            } else {
                current += current.isEmpty ? String(word) : " " + word
            }
        }
        return out + current + "\r\n"
    }
}

extension String {
    func replacingPlaceholder(_ placeholder: String, with value: String) -> String {
        split(separator: placeholder, omittingEmptySubsequences: false).joined(separator: value)
    }
}

import Foundation
