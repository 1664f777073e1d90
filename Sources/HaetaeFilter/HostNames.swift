import MailCore

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

    /// RFC 3492 §6.2 decoding (MailCore's `Punycode.decode`); nil on malformed input or overflow.
    static func punycode(_ input: String) -> String? { Punycode.decode(input) }

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
        contains(skeletonToken: token, inPieces: searchPieces(host))
    }

    /// Where tokens are searched: every label but the top-level one, from its start and from
    /// after each hyphen (tokens may hold hyphens themselves: `gov-kr`). Computed once per host
    /// when many tokens are tried.
    static func searchPieces(_ host: String) -> [Substring] {
        var labels = host.split(separator: ".")
        if labels.count > 1 { labels.removeLast() }
        var pieces: [Substring] = []
        for label in labels {
            pieces.append(label)
            for index in label.indices where label[index] == "-" { pieces.append(label[label.index(after: index)...]) }
        }
        return pieces
    }

    static func contains(skeletonToken token: String, inPieces pieces: [Substring]) -> Bool {
        guard !token.isEmpty else { return false }
        let long = token.count >= 5
        for rest in pieces {
            if long ? rest.hasPrefix(token) : (rest == token || rest.hasPrefix(token + "-")) { return true }
        }
        return false
    }
}
