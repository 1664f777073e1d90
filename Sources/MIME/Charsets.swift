#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text from bytes in a declared charset. Korean mail is the common case: `euc-kr` and
/// `ks_c_5601-1987` are decoded as CP949 (its superset, which senders use under those labels),
/// `iso-2022-kr` through iconv; an unknown or lying label falls back to UTF-8, then to CP949 or
/// Latin-1, whichever decodes cleanly. Never fails.
public enum Charsets {
    static let aliases: [String: String] = [
        "euc-kr": "CP949", "euckr": "CP949", "ks_c_5601-1987": "CP949", "ks_c_5601": "CP949", "ksc5601": "CP949",
        "cp949": "CP949", "uhc": "CP949", "x-windows-949": "CP949", "windows-949": "CP949", "ms949": "CP949",
        "iso-2022-kr": "ISO-2022-KR", "csiso2022kr": "ISO-2022-KR",
        "latin1": "ISO-8859-1", "iso8859-1": "ISO-8859-1", "iso_8859-1": "ISO-8859-1",
        "cp1252": "WINDOWS-1252", "x-user-defined": "WINDOWS-1252",
        "gb2312": "GB18030", "gbk": "GB18030", "x-gbk": "GB18030",
        "x-sjis": "SHIFT_JIS", "sjis": "SHIFT_JIS", "ks_c_5601-1989": "CP949", "unicode-1-1-utf-7": "UTF-7",
    ]

    public static func decode(_ bytes: [UInt8], charset: String?) -> String {
        if bytes.isEmpty { return "" }
        let label = (charset ?? "").lowercased().trimmingWhitespace.trimmingCharacters(quotes: true)
        if label.isEmpty || label == "us-ascii" || label == "ascii" || label == "utf-8" || label == "utf8" {
            return guess(bytes)
        }
        let name = aliases[label] ?? label.uppercased()
        if let text = iconv(bytes, from: name) { return text }
        return guess(bytes)
    }

    /// Undeclared text: UTF-8 if it is valid, else CP949 if that decodes, else Windows-1252.
    public static func guess(_ bytes: [UInt8]) -> String {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        if bytes.contains(where: { $0 >= 0x80 }), let korean = iconv(bytes, from: "CP949") { return korean }
        return iconv(bytes, from: "WINDOWS-1252") ?? String(decoding: bytes, as: UTF8.self)
    }

    /// UTF-8 when valid, else Latin-1 (every byte a character): for header bytes before RFC 2047.
    public static func lenientUTF8<C: Collection>(_ bytes: C) -> String where C.Element == UInt8 {
        if let text = String(validating: bytes, as: UTF8.self) { return text }
        var text = ""
        text.unicodeScalars.append(contentsOf: bytes.map { Unicode.Scalar($0) })
        return text
    }

    /// Converts with iconv; nil when the charset is unknown or the bytes are not valid in it.
    static func iconv(_ bytes: [UInt8], from charset: String) -> String? {
        let converter = iconv_open("UTF-8", charset)
        if converter == iconv_t(bitPattern: -1) { return nil }
        defer { iconv_close(converter) }
        var input = bytes
        var output = [UInt8](repeating: 0, count: bytes.count * 4 + 16)
        let produced: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuffer.count
                var invalid = 0
                while inLeft > 0 {
                    let result = Glibc.iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    if result == -1 {
                        if errno == EILSEQ, inLeft > 0 {
                            // Skip one bad byte and go on; too many means the label is wrong.
                            invalid += 1
                            if invalid > 8 && invalid * 20 > inBuffer.count { return nil }
                            inPointer = inPointer! + 1
                            inLeft -= 1
                            continue
                        }
                        if errno == EINVAL { break }
                        return nil
                    }
                }
                return outBuffer.count - outLeft
            }
        }
        guard let produced else { return nil }
        return String(decoding: output[0..<produced], as: UTF8.self)
    }
}

extension String {
    func trimmingCharacters(quotes: Bool) -> String {
        var text = Substring(self)
        while text.first == "\"" || text.first == "'" { text.removeFirst() }
        while text.last == "\"" || text.last == "'" { text.removeLast() }
        return String(text)
    }
}
