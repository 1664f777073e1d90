/// RFC 2047 encoded words in header values: `=?charset?B|Q?text?=`, with the whitespace between
/// adjacent encoded words dropped (§6.2). Malformed words are left as they are.
///
/// Linear in the value: an encoded word's charset, encoding and text never contain `?` or
/// whitespace (RFC 2047 §2), so every search for a delimiter stops at the first `?` or space, and
/// no octet is examined by more than one candidate word. A word longer than
/// `maximumWordLength` is not decoded (RFC 2047 says 75; real senders write longer ones).
public enum EncodedWords {
    /// The longest encoded word decoded, in octets. RFC 2047 §2 limits a word to 75 characters;
    /// mailers in the wild exceed that, so this is generous but finite.
    public static let maximumWordLength = 1_024

    public static func decode(_ value: String) -> String {
        guard value.contains("=?") else { return value }
        let bytes = Array(value.utf8)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count)
        var pendingSpace: [UInt8] = []
        var lastWasEncoded = false
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3D, index + 1 < bytes.count, bytes[index + 1] == 0x3F {
                switch word(bytes, at: index) {
                case .word(let text, let end):
                    if !lastWasEncoded { output += pendingSpace }
                    pendingSpace.removeAll(keepingCapacity: true)
                    output += text.utf8
                    index = end
                    lastWasEncoded = true
                    continue
                case .notAWord(let resume):
                    // Nothing between here and `resume` can start a word: copy it as it is.
                    output += pendingSpace
                    pendingSpace.removeAll(keepingCapacity: true)
                    output += bytes[index..<resume]
                    index = resume
                    lastWasEncoded = false
                    continue
                }
            }
            if byte == 0x20 || byte == 0x09 {
                pendingSpace.append(byte)
                index += 1
                continue
            }
            output += pendingSpace
            pendingSpace.removeAll(keepingCapacity: true)
            output.append(byte)
            lastWasEncoded = false
            index += 1
        }
        output += pendingSpace
        return String(decoding: output, as: UTF8.self)
    }

    enum Candidate {
        /// A decoded word and the index just past its `?=`.
        case word(String, end: Int)
        /// Not an encoded word; no word can start before `resume` (> the candidate's start).
        case notAWord(resume: Int)
    }

    /// The encoded word starting at `start` (which holds `=?`).
    ///
    ///     encoded-word = "=?" charset "?" encoding "?" encoded-text "?="   ; RFC 2047 §2
    static func word(_ bytes: [UInt8], at start: Int) -> Candidate {
        let limit = min(bytes.count, start + maximumWordLength)
        // charset: up to the next "?" (no whitespace).
        var cursor = start + 2
        while cursor < limit, bytes[cursor] != 0x3F, !isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor < limit, bytes[cursor] == 0x3F, cursor > start + 2 else {
            return .notAWord(resume: max(cursor, start + 1))
        }
        let charsetEnd = cursor
        // encoding: one letter, then "?".
        guard cursor + 2 < limit, bytes[cursor + 2] == 0x3F else {
            return .notAWord(resume: resumePoint(bytes, question: cursor, start: start))
        }
        let encoding = bytes[cursor + 1]
        // encoded-text: up to the next "?", which must be followed by "=".
        let textStart = cursor + 3
        cursor = textStart
        while cursor < limit, bytes[cursor] != 0x3F, !isSpace(bytes[cursor]) { cursor += 1 }
        guard cursor + 1 < limit, bytes[cursor] == 0x3F, bytes[cursor + 1] == 0x3D else {
            // No "?" inside the text, so no word starts in it; the "?" that stopped us may
            // belong to the next word's "=?".
            let stoppedAtQuestion = cursor < limit && bytes[cursor] == 0x3F
            return .notAWord(resume: stoppedAtQuestion ? resumePoint(bytes, question: cursor, start: start) : cursor)
        }
        let payload = Array(bytes[textStart..<cursor])
        let decoded: [UInt8]
        switch encoding {
        case 0x42, 0x62: decoded = TransferEncoding.base64(payload)
        case 0x51, 0x71: decoded = TransferEncoding.quotedPrintable(payload, underscoreIsSpace: true)
        default: return .notAWord(resume: resumePoint(bytes, question: charsetEnd, start: start))
        }
        // RFC 2231 language suffix: charset*lang.
        let charsetBytes = bytes[(start + 2)..<charsetEnd]
        let nameBytes = charsetBytes.split(separator: 0x2A, maxSplits: 1, omittingEmptySubsequences: false).first ?? charsetBytes
        let name = String(decoding: nameBytes, as: UTF8.self)
        return .word(Charsets.decode(decoded, charset: name), end: cursor + 2)
    }

    /// Where to continue after a failed candidate that scanned up to the "?" at `question`: at
    /// the "=" before it when there is one (it may open the next word), else at the "?".
    private static func resumePoint(_ bytes: [UInt8], question: Int, start: Int) -> Int {
        question - 1 > start && bytes[question - 1] == 0x3D ? question - 1 : max(question, start + 1)
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0D || byte == 0x0A
    }
}
