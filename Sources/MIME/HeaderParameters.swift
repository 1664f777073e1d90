/// A structured header value such as `Content-Type: text/plain; charset="euc-kr"` or
/// `Content-Disposition: attachment; filename*=UTF-8''%ED%95%9C.pdf`: the main value, lower-cased,
/// and its parameters, with RFC 2231 continuations and charsets and RFC 2047 words decoded.
public struct HeaderParameters: Sendable, Hashable {
    public var value: String
    public var parameters: [String: String]

    public subscript(_ name: String) -> String? { parameters[name.lowercased()] }

    public init(value: String, parameters: [String: String]) {
        self.value = value
        self.parameters = parameters
    }

    public static func parse(_ text: String) -> HeaderParameters {
        var items: [String] = []
        var current = String.UnicodeScalarView()
        var inQuotes = false
        var escaped = false
        for character in text.unicodeScalars {
            if escaped {
                current.append(character)
                escaped = false
                continue
            }
            if character == "\\" && inQuotes {
                escaped = true
                continue
            }
            if character == "\"" {
                inQuotes.toggle()
                continue
            }
            if character == ";" && !inQuotes {
                items.append(String(current))
                current = String.UnicodeScalarView()
                continue
            }
            current.append(character)
        }
        items.append(String(current))
        let value = (items.first ?? "").trimmingWhitespace.lowercased()
        var plain: [String: String] = [:]
        var extended: [String: [(Int, String, Bool)]] = [:]
        for item in items.dropFirst() {
            guard let equals = item.firstIndex(of: "=") else { continue }
            let key = String(item[..<equals]).trimmingWhitespace.lowercased()
            let raw = String(item[item.index(after: equals)...]).trimmingWhitespace
            guard !key.isEmpty else { continue }
            if let star = key.firstIndex(of: "*") {
                // name*0*=…, name*1=…, name*=charset'lang'%XX
                let base = String(key[..<star])
                let suffix = key[key.index(after: star)...]
                let encoded = suffix.hasSuffix("*") || suffix.isEmpty
                let number = Int(String(suffix.filter { $0 != "*" })) ?? 0
                extended[base, default: []].append((number, raw, encoded))
            } else if plain[key] == nil {
                plain[key] = EncodedWords.decode(raw)
            }
        }
        for (base, pieces) in extended {
            let ordered = pieces.sorted { $0.0 < $1.0 }
            var charset: String?
            var bytes: [UInt8] = []
            for (index, piece) in ordered.enumerated() {
                var text = Substring(piece.1)
                if piece.2 && index == 0 {
                    let quote = text.split(separator: "'", maxSplits: 2, omittingEmptySubsequences: false)
                    if quote.count == 3 {
                        charset = String(quote[0])
                        text = quote[2]
                    }
                }
                bytes += piece.2 ? percentDecode(text) : Array(text.utf8)
            }
            plain[base] = Charsets.decode(bytes, charset: charset)
        }
        return HeaderParameters(value: value, parameters: plain)
    }

    static func percentDecode(_ text: Substring) -> [UInt8] {
        var out: [UInt8] = []
        let bytes = Array(text.utf8)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "%"), index + 2 < bytes.count,
                let high = TransferEncoding.hexValue(bytes[index + 1]), let low = TransferEncoding.hexValue(bytes[index + 2])
            {
                out.append(high << 4 | low)
                index += 3
            } else {
                out.append(bytes[index])
                index += 1
            }
        }
        return out
    }
}

extension String {
    func replacingOccurrences(of target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
