/// Host-name helpers for look-alike detection: punycode decoding (RFC 3492) and a "skeleton"
/// that folds characters which look alike (Cyrillic а, digit 0 for o, `rn` for m). Pure; every
/// function is linear in the host name (hosts are at most 253 characters, labels 63).
public enum HostNames {
    /// RFC 1035 §2.3.4: a host name is at most 255 octets; longer input is cut.
    static let maximumLength = 255

    /// The host with every `xn--` label decoded to Unicode; labels that do not decode are kept.
    public static func decodePunycode(_ host: String) -> String {
        host.prefix(maximumLength).split(separator: ".", omittingEmptySubsequences: false).map { label -> String in
            let lower = label.lowercased()
            guard lower.hasPrefix("xn--"), let decoded = punycode(String(lower.dropFirst(4))) else { return String(label) }
            return decoded
        }.joined(separator: ".")
    }

    /// RFC 3492 §6.2 decoding, with its parameters; nil on malformed input or overflow.
    static func punycode(_ input: String) -> String? {
        let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700
        let scalars = Array(input.unicodeScalars)
        guard scalars.count <= 63 else { return nil }
        var output: [UInt32] = []
        var basicEnd = 0
        if let last = scalars.lastIndex(of: "-") {
            for scalar in scalars[..<last] {
                guard scalar.isASCII else { return nil }
                output.append(scalar.value)
            }
            basicEnd = last + 1
        }
        func digit(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar.value {
            case 0x30...0x39: return Int(scalar.value) - 22
            case 0x41...0x5A: return Int(scalar.value) - 0x41
            case 0x61...0x7A: return Int(scalar.value) - 0x61
            default: return nil
            }
        }
        func adapt(_ delta: Int, _ count: Int, _ first: Bool) -> Int {
            var delta = first ? delta / damp : delta / 2
            delta += delta / count
            var k = 0
            while delta > ((base - tMin) * tMax) / 2 {
                delta /= base - tMin
                k += base
            }
            return k + (base - tMin + 1) * delta / (delta + skew)
        }
        var n = 128, i = 0, bias = 72
        var position = basicEnd
        while position < scalars.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard position < scalars.count, let d = digit(scalars[position]) else { return nil }
                position += 1
                let (product, overflow1) = d.multipliedReportingOverflow(by: w)
                guard !overflow1, i <= Int(Int32.max) - product else { return nil }
                i += product
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if d < t { break }
                let (next, overflow2) = w.multipliedReportingOverflow(by: base - t)
                guard !overflow2, next <= Int(Int32.max) else { return nil }
                w = next
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, output.count < 63 else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        var view = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            view.append(scalar)
        }
        return String(view)
    }

    /// Lower case, confusable letters folded to the Latin letter they imitate, digits that pass
    /// for letters (0→o, 1→l, 3→e, 5→s), `rn`→m and `vv`→w.
    public static func skeleton(_ host: String) -> String {
        var folded: [Unicode.Scalar] = []
        for scalar in host.prefix(maximumLength).lowercased().unicodeScalars {
            if let latin = TextNormalizer.confusables[scalar.value] {
                folded += latin.properties.lowercaseMapping.unicodeScalars
                continue
            }
            switch scalar {
            case "0": folded.append("o")
            case "1": folded.append("l")
            case "3": folded.append("e")
            case "5": folded.append("s")
            case "ı", "í", "ì", "ï", "î": folded.append("i")
            case "ó", "ò", "ö", "ô", "õ": folded.append("o")
            case "á", "à", "ä", "â", "ã", "å": folded.append("a")
            case "é", "è", "ë", "ê": folded.append("e")
            case "ú", "ù", "ü", "û": folded.append("u")
            default: folded.append(scalar)
            }
        }
        var out = String.UnicodeScalarView()
        var index = 0
        while index < folded.count {
            if index + 1 < folded.count, folded[index] == "r", folded[index + 1] == "n" {
                out.append("m")
                index += 2
            } else if index + 1 < folded.count, folded[index] == "v", folded[index + 1] == "v" {
                out.append("w")
                index += 2
            } else {
                out.append(folded[index])
                index += 1
            }
        }
        return String(out)
    }

    /// Whether a brand token appears in the host: at the start of a hyphen-separated piece of a
    /// label (`naver-check`, `secure-paypal`, `naverr`, `appleid`) when it has five letters or
    /// more, otherwise as a whole piece (`dhl-express`), so that `huaweicloud` is not `icloud`.
    /// The top-level label is not searched. Tokens are compared in skeleton form too, so `l`
    /// in a token matches a `1` in the host.
    public static func contains(token: String, in host: String) -> Bool {
        contains(skeletonToken: skeleton(token), in: host)
    }

    /// `contains(token:in:)` for a token already in skeleton form.
    static func contains(skeletonToken token: String, in host: String) -> Bool {
        guard !token.isEmpty else { return false }
        var labels = host.split(separator: ".")
        if labels.count > 1 { labels.removeLast() }
        for label in labels {
            // Every place a piece starts: the label's start and after each hyphen (tokens may
            // hold hyphens themselves: `gov-kr`).
            var starts = [label.startIndex]
            for index in label.indices where label[index] == "-" { starts.append(label.index(after: index)) }
            for start in starts {
                let rest = label[start...]
                if token.count >= 5 ? rest.hasPrefix(token) : (rest == token || rest.hasPrefix(token + "-")) { return true }
            }
        }
        return false
    }
}
