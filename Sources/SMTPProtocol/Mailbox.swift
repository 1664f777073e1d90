/// The host part of a mailbox: a domain name or an address literal.
///
/// - SeeAlso: RFC 5321 §4.1.2 (`Domain / address-literal`), §4.1.3.
public enum MailHost: Hashable, Sendable {
    /// A domain, lower-cased, without a trailing dot. May contain U-labels (RFC 6531).
    case domain(String)
    /// `[192.0.2.1]`
    case ipv4(String)
    /// `[IPv6:2001:db8::1]`, stored without the tag.
    case ipv6(String)
    /// `[tag:content]` (General-address-literal); we never route to these.
    case general(tag: String, content: String)

    public var wireString: String {
        switch self {
        case .domain(let name): return name
        case .ipv4(let address): return "[\(address)]"
        case .ipv6(let address): return "[IPv6:\(address)]"
        case .general(let tag, let content): return "[\(tag):\(content)]"
        }
    }

    public var domainName: String? {
        if case .domain(let name) = self { return name }
        return nil
    }
}

/// An RFC 5321 mailbox `Local-part "@" ( Domain / address-literal )`.
///
/// The local part is kept as the sender wrote it after removing the quoting of a
/// Quoted-string; the domain is normalised to lower case.
public struct Mailbox: Hashable, Sendable, CustomStringConvertible {
    public var localPart: String
    public var host: MailHost

    public init(localPart: String, host: MailHost) {
        self.localPart = localPart
        self.host = host
    }

    /// True when either part carries non-ASCII (needs SMTPUTF8, RFC 6531).
    public var needsSMTPUTF8: Bool {
        !localPart.utf8.allSatisfy { $0 < 0x80 } || !host.wireString.utf8.allSatisfy { $0 < 0x80 }
    }

    /// The local part in wire form: a Dot-string when it is one, otherwise a Quoted-string.
    public var wireLocalPart: String {
        if SMTPGrammar.isDotString(Array(localPart.utf8)) { return localPart }
        var quoted = "\""
        for scalar in localPart.unicodeScalars {
            if scalar == "\"" || scalar == "\\" { quoted += "\\" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }

    /// `local@host` in wire form (no angle brackets).
    public var wireString: String { "\(wireLocalPart)@\(host.wireString)" }

    /// A key for directory lookups: local part lower-cased (we treat local parts case-insensitively,
    /// as nearly every MTA does), domain already lower-cased.
    public var lookupKey: String { "\(localPart.lowercased())@\(host.wireString)" }

    public var description: String { wireString }
}

/// `Reverse-path = Path / "<>"` — RFC 5321 §4.1.2.
public enum ReversePath: Hashable, Sendable, CustomStringConvertible {
    case null
    case mailbox(Mailbox)

    public var mailbox: Mailbox? {
        if case .mailbox(let box) = self { return box }
        return nil
    }

    public var description: String {
        switch self {
        case .null: return "<>"
        case .mailbox(let box): return "<\(box.wireString)>"
        }
    }
}

/// `Forward-path = Path`, or the special `<Postmaster>` (RFC 5321 §4.1.1.3).
public enum ForwardPath: Hashable, Sendable, CustomStringConvertible {
    case postmaster
    case mailbox(Mailbox)

    public var description: String {
        switch self {
        case .postmaster: return "<Postmaster>"
        case .mailbox(let box): return "<\(box.wireString)>"
        }
    }
}
