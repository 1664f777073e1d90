/// Character classes and small productions of RFC 5321 §4.1.2, on bytes.
public enum SMTPGrammar {
    @inlinable static func isAlpha(_ byte: UInt8) -> Bool {
        (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
    }
    @inlinable static func isDigit(_ byte: UInt8) -> Bool { (0x30...0x39).contains(byte) }
    @inlinable static func isLetDig(_ byte: UInt8) -> Bool { isAlpha(byte) || isDigit(byte) }

    /// `atext` (RFC 5322 §3.2.3), extended by RFC 6531 with UTF8-non-ascii (any byte >= 0x80 here;
    /// UTF-8 validity is checked separately).
    static func isAtext(_ byte: UInt8) -> Bool {
        if isLetDig(byte) || byte >= 0x80 { return true }
        switch byte {
        case UInt8(ascii: "!"), UInt8(ascii: "#"), UInt8(ascii: "$"), UInt8(ascii: "%"), UInt8(ascii: "&"),
            UInt8(ascii: "'"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "/"),
            UInt8(ascii: "="), UInt8(ascii: "?"), UInt8(ascii: "^"), UInt8(ascii: "_"), UInt8(ascii: "`"),
            UInt8(ascii: "{"), UInt8(ascii: "|"), UInt8(ascii: "}"), UInt8(ascii: "~"):
            return true
        default:
            return false
        }
    }

    /// `Dot-string = Atom *("." Atom)`
    public static func isDotString(_ bytes: [UInt8]) -> Bool {
        guard !bytes.isEmpty, bytes.first != UInt8(ascii: "."), bytes.last != UInt8(ascii: ".") else {
            return false
        }
        var previousDot = false
        for byte in bytes {
            if byte == UInt8(ascii: ".") {
                if previousDot { return false }
                previousDot = true
            } else {
                guard isAtext(byte) else { return false }
                previousDot = false
            }
        }
        return true
    }

    /// `Domain = sub-domain *("." sub-domain)`, `sub-domain = Let-dig [Ldh-str]` or a U-label.
    /// Returns the lower-cased domain, or nil. A trailing dot is not part of the grammar.
    public static func parseDomain(_ bytes: ArraySlice<UInt8>) -> String? {
        guard !bytes.isEmpty, bytes.count <= SMTPLimits.domainLength else { return nil }
        let labels = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        for label in labels {
            guard !label.isEmpty, label.count <= 63 else { return nil }
            guard let first = label.first, let last = label.last else { return nil }
            let utf8Label = label.contains { $0 >= 0x80 }
            if utf8Label {
                guard String(validating: label, as: UTF8.self) != nil else { return nil }
                guard label.allSatisfy({ $0 >= 0x80 || isLetDig($0) || $0 == UInt8(ascii: "-") }) else { return nil }
            } else {
                guard isLetDig(first), isLetDig(last) else { return nil }
                guard label.allSatisfy({ isLetDig($0) || $0 == UInt8(ascii: "-") }) else { return nil }
            }
        }
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        return string.lowercased()
    }

    /// `address-literal = "[" ( IPv4-address-literal / IPv6-address-literal / General-address-literal ) "]"`
    /// `bytes` excludes the brackets.
    static func parseAddressLiteral(_ bytes: ArraySlice<UInt8>) -> MailHost? {
        guard let text = String(validating: bytes, as: UTF8.self), !text.isEmpty else { return nil }
        if let ipv4 = IPAddressText.canonicalIPv4(text) { return .ipv4(ipv4) }
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let tag = String(text[..<colon])
        let content = String(text[text.index(after: colon)...])
        guard !tag.isEmpty, tag.utf8.allSatisfy({ isLetDig($0) || $0 == UInt8(ascii: "-") }),
            let lastTagByte = tag.utf8.last, isLetDig(lastTagByte), !content.isEmpty
        else { return nil }
        if tag.lowercased() == "ipv6" {
            guard let ipv6 = IPAddressText.canonicalIPv6(content) else { return nil }
            return .ipv6(ipv6)
        }
        // dcontent = %d33-90 / %d94-126
        guard content.utf8.allSatisfy({ (33...90).contains($0) || (94...126).contains($0) }) else { return nil }
        return .general(tag: tag, content: content)
    }

    /// `Mailbox = Local-part "@" ( Domain / address-literal )` over the whole slice.
    public static func parseMailbox(_ bytes: ArraySlice<UInt8>) -> Mailbox? {
        guard !bytes.isEmpty else { return nil }
        var index = bytes.startIndex
        var local: [UInt8] = []
        if bytes[index] == UInt8(ascii: "\"") {
            // Quoted-string = DQUOTE *QcontentSMTP DQUOTE
            index += 1
            var closed = false
            while index < bytes.endIndex {
                let byte = bytes[index]
                if byte == UInt8(ascii: "\\") {
                    index += 1
                    guard index < bytes.endIndex else { return nil }
                    let escaped = bytes[index]
                    guard (32...126).contains(escaped) || escaped >= 0x80 else { return nil }
                    local.append(escaped)
                } else if byte == UInt8(ascii: "\"") {
                    closed = true
                    index += 1
                    break
                } else {
                    // qtextSMTP = %d32-33 / %d35-91 / %d93-126, plus UTF8-non-ascii (RFC 6531)
                    guard byte == 32 || byte == 33 || (35...91).contains(byte) || (93...126).contains(byte)
                        || byte >= 0x80
                    else { return nil }
                    local.append(byte)
                }
                index += 1
            }
            guard closed, index < bytes.endIndex, bytes[index] == UInt8(ascii: "@") else { return nil }
        } else {
            guard let at = bytes.lastIndex(of: UInt8(ascii: "@")) else { return nil }
            local = Array(bytes[index..<at])
            guard isDotString(local) else { return nil }
            index = at
        }
        guard local.count <= SMTPLimits.localPartLength else { return nil }
        guard let localString = String(validating: local, as: UTF8.self) else { return nil }
        index += 1  // "@"
        let hostBytes = bytes[index...]
        let host: MailHost
        if hostBytes.first == UInt8(ascii: "[") {
            guard hostBytes.count >= 2, hostBytes.last == UInt8(ascii: "]") else { return nil }
            guard let literal = parseAddressLiteral(hostBytes.dropFirst().dropLast()) else { return nil }
            host = literal
        } else {
            guard let domain = parseDomain(hostBytes) else { return nil }
            host = .domain(domain)
        }
        return Mailbox(localPart: localString, host: host)
    }

    /// `Path = "<" [ A-d-l ":" ] Mailbox ">"`; the source route is parsed and ignored
    /// (RFC 5321 §4.1.1.3 and Appendix C: "SHOULD ignore the route").
    /// `bytes` excludes the angle brackets.
    static func parsePathContents(_ bytes: ArraySlice<UInt8>) -> Mailbox? {
        var rest = bytes
        if rest.first == UInt8(ascii: "@") {
            guard let colon = rest.firstIndex(of: UInt8(ascii: ":")) else { return nil }
            let route = rest[rest.startIndex..<colon]
            for atDomain in route.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false) {
                guard atDomain.first == UInt8(ascii: "@"), parseDomain(atDomain.dropFirst()) != nil else { return nil }
            }
            rest = rest[(colon + 1)...]
        }
        return parseMailbox(rest)
    }
}
