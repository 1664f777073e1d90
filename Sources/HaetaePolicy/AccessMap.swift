import MailCore
import SMTPProtocol

/// Where an access rule applies (Sendmail's optional tags).
public enum AccessTag: String, Sendable, Hashable, CaseIterable, Codable {
    /// No tag: the key applies at connect (IP keys), to senders and to recipients (address keys).
    case any = ""
    case connect = "Connect"
    case from = "From"
    case to = "To"
}

/// The left-hand side of an access rule.
public enum AccessKey: Hashable, Sendable {
    /// `spam@hacker.com`
    case address(String)
    /// `user@`: that local part at any domain.
    case localPart(String)
    /// `spammail.com`: the domain and every subdomain.
    case domain(String)
    /// `211.252.150`, `211.252.150.0/24`, `192.0.2.7`, `2001:db8::/32`.
    case network(IPNetwork)
}

/// The right-hand side: what happens when the rule matches.
public enum AccessAction: Hashable, Sendable, CustomStringConvertible {
    case ok
    case relay
    case reject
    case discard
    case tempfail
    /// `ERROR:5.7.1:550 custom text`
    case error(SMTPReply)

    public var description: String {
        switch self {
        case .ok: return "OK"
        case .relay: return "RELAY"
        case .reject: return "REJECT"
        case .discard: return "DISCARD"
        case .tempfail: return "TEMPFAIL"
        case .error(let reply):
            return "ERROR:\(reply.enhanced.map { "\($0):" } ?? "")\(reply.code) \(reply.lines.joined(separator: " "))"
        }
    }
}

public struct AccessRule: Hashable, Sendable {
    public var tag: AccessTag
    public var key: AccessKey
    public var action: AccessAction
    /// The key as written (with its tag), for listings and explanations.
    public var keyText: String

    public init(tag: AccessTag, key: AccessKey, action: AccessAction, keyText: String) {
        self.tag = tag
        self.key = key
        self.action = action
        self.keyText = keyText
    }
}

public enum AccessParseError: Error, Equatable, CustomStringConvertible {
    case badKey(String)
    case badAction(String)

    public var description: String {
        switch self {
        case .badKey(let key): return "cannot read access key '\(key)'"
        case .badAction(let action):
            return "cannot read access action '\(action)' (OK, RELAY, REJECT, DISCARD, TEMPFAIL or ERROR:x.y.z:nnn text)"
        }
    }
}

/// Parsing of keys and actions in Sendmail's `/etc/mail/access` syntax.
public enum AccessSyntax {
    /// `[Connect:|From:|To:]key` → tag, key, canonical text.
    public static func parseKey(_ text: String) throws -> (AccessTag, AccessKey, String) {
        var rest = Substring(text.trimmingWhitespace)
        var tag = AccessTag.any
        for candidate in [AccessTag.connect, .from, .to] {
            let prefix = candidate.rawValue + ":"
            if rest.lowercased().hasPrefix(prefix.lowercased()) {
                tag = candidate
                rest = rest.dropFirst(prefix.count)
                break
            }
        }
        let body = String(rest).trimmingWhitespace
        guard !body.isEmpty, !body.contains(" "), !body.contains("\t") else { throw AccessParseError.badKey(text) }
        let key: AccessKey
        if let network = IPNetwork(body), body.contains(".") || body.contains(":") || body.allSatisfy(\.isNumber) {
            key = .network(network)
        } else if body.hasSuffix("@") {
            let local = String(body.dropLast()).lowercased()
            guard !local.isEmpty, !local.contains("@") else { throw AccessParseError.badKey(text) }
            key = .localPart(local)
        } else if let at = body.lastIndex(of: "@") {
            let local = String(body[..<at]).lowercased()
            guard !local.isEmpty, let domain = Punycode.asciiDomain(String(body[body.index(after: at)...])) else {
                throw AccessParseError.badKey(text)
            }
            key = .address("\(local)@\(domain)")
        } else {
            var name = body
            if name.hasPrefix(".") { name.removeFirst() }
            guard let domain = Punycode.asciiDomain(name),
                domain.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" || $0 == "." })
            else { throw AccessParseError.badKey(text) }
            key = .domain(domain)
        }
        return (tag, key, canonicalText(tag, key))
    }

    public static func canonicalText(_ tag: AccessTag, _ key: AccessKey) -> String {
        let prefix = tag == .any ? "" : tag.rawValue + ":"
        switch key {
        case .address(let a): return prefix + a
        case .localPart(let l): return prefix + l + "@"
        case .domain(let d): return prefix + d
        case .network(let n):
            let full = n.address.count * 8
            if n.prefixLength == full { return prefix + IPAddressBytes.format(n.address) }
            return prefix + n.description
        }
    }

    /// `OK`, `RELAY`, `REJECT`, `DISCARD`, `TEMPFAIL`, `ERROR:5.7.1:550 text`, `ERROR:550 text`,
    /// `ERROR:"550 text"`.
    public static func parseAction(_ text: String) throws -> AccessAction {
        let trimmed = text.trimmingWhitespace
        switch trimmed.uppercased() {
        case "OK": return .ok
        case "RELAY": return .relay
        case "REJECT": return .reject
        case "DISCARD": return .discard
        case "TEMPFAIL": return .tempfail
        default: break
        }
        guard trimmed.uppercased().hasPrefix("ERROR:") else { throw AccessParseError.badAction(text) }
        var rest = Substring(trimmed.dropFirst(6))
        var enhanced: EnhancedStatusCode?
        let firstColon = rest.firstIndex(of: ":")
        if let colon = firstColon {
            let parts = rest[..<colon].split(separator: ".")
            if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
                enhanced = EnhancedStatusCode(a, b, c)
                rest = rest[rest.index(after: colon)...]
            }
        }
        var body = String(rest).trimmingWhitespace
        if body.hasPrefix("\"") && body.hasSuffix("\"") && body.count >= 2 { body = String(body.dropFirst().dropLast()) }
        let codeText = body.prefix(3)
        guard codeText.count == 3, let code = Int(codeText), (400...599).contains(code) else {
            throw AccessParseError.badAction(text)
        }
        var message = String(body.dropFirst(3)).trimmingWhitespace
        if enhanced == nil, let space = message.firstIndex(of: " ") {
            // "550 5.7.1 text"
            let parts = message[..<space].split(separator: ".")
            if parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) {
                enhanced = EnhancedStatusCode(a, b, c)
                message = String(message[message.index(after: space)...]).trimmingWhitespace
            }
        }
        if let enhanced, enhanced.klass != code / 100 { throw AccessParseError.badAction(text) }
        let sanitized = String(message.unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.map(Character.init))
        return .error(SMTPReply(code, enhanced ?? EnhancedStatusCode(code / 100, 7, 1), sanitized.isEmpty ? "Access denied" : sanitized))
    }

    /// Reads a Sendmail access file: `key<whitespace>action` per line, `#` comments, blank lines.
    /// Returns the rules and the errors (line number and text) of lines that could not be read.
    public static func parseFile(_ text: String) -> (rules: [AccessRule], errors: [(Int, String)]) {
        var rules: [AccessRule] = []
        var errors: [(Int, String)] = []
        // By `isNewline`: CR LF is one Character, so splitting on "\n" left a file written with
        // CR LF line ends (a Windows editor) one long line.
        for (index, rawLine) in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).enumerated() {
            let line = String(rawLine)
            let trimmed = line.trimmingWhitespace
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            guard let split = trimmed.firstIndex(where: { $0 == " " || $0 == "\t" }) else {
                errors.append((index + 1, "no action: \(trimmed)"))
                continue
            }
            do {
                let (tag, key, canonical) = try parseKey(String(trimmed[..<split]))
                let action = try parseAction(String(trimmed[split...]))
                rules.append(AccessRule(tag: tag, key: key, action: action, keyText: canonical))
            } catch {
                errors.append((index + 1, "\(error)"))
            }
        }
        return (rules, errors)
    }
}

extension IPAddressBytes {
    static func format(_ bytes: [UInt8]) -> String {
        bytes.count == 4 ? bytes.map(String.init).joined(separator: ".") : IPAddressText.formatIPv6(bytes)
    }
}

/// A rule that decided, and why: the explanation `access test` prints.
public struct AccessMatch: Hashable, Sendable {
    public var rule: AccessRule
    /// What was looked up, e.g. `From: spam@hacker.com`.
    public var subject: String
}

/// The access map as an immutable value, with Sendmail's lookup order. Pure.
public struct AccessMap: Sendable {
    public let rules: [AccessRule]
    private let byKey: [String: [AccessRule]]

    public init(rules: [AccessRule]) {
        self.rules = rules
        var index: [String: [AccessRule]] = [:]
        for rule in rules {
            if case .network = rule.key { continue }
            index[Self.indexKey(rule.key), default: []].append(rule)
        }
        byKey = index
    }

    static func indexKey(_ key: AccessKey) -> String {
        switch key {
        case .address(let a): return "a:" + a
        case .localPart(let l): return "l:" + l
        case .domain(let d): return "d:" + d
        case .network(let n): return "n:" + n.description
        }
    }

    private func tagged(_ key: AccessKey, _ tag: AccessTag) -> AccessRule? {
        let candidates = byKey[Self.indexKey(key)] ?? []
        // A tagged rule is more specific than an untagged one for the same key.
        return candidates.first { $0.tag == tag } ?? candidates.first { $0.tag == .any }
    }

    /// The client address at connect: the longest matching prefix wins.
    public func lookupClient(_ ip: IPAddressBytes) -> AccessMatch? {
        var best: AccessRule?
        for rule in rules where rule.tag == .any || rule.tag == .connect {
            guard case .network(let network) = rule.key, network.contains(ip) else { continue }
            if let current = best, case .network(let bestNetwork) = current.key {
                if network.prefixLength < bestNetwork.prefixLength { continue }
                if network.prefixLength == bestNetwork.prefixLength && !(rule.tag == .connect && current.tag == .any) {
                    continue
                }
            }
            best = rule
        }
        return best.map { AccessMatch(rule: $0, subject: "Connect: \(ip)") }
    }

    /// A sender (`tag: .from`) or recipient (`tag: .to`) address: full address, then `user@`,
    /// then the domain and its parents.
    public func lookupAddress(_ address: String, tag: AccessTag) -> AccessMatch? {
        let lower = address.lowercased()
        let subject = "\(tag.rawValue): \(lower)"
        guard let at = lower.lastIndex(of: "@") else {
            return tagged(.localPart(lower), tag).map { AccessMatch(rule: $0, subject: subject) }
        }
        let local = String(lower[..<at])
        let domain = Punycode.asciiDomain(String(lower[lower.index(after: at)...])) ?? String(lower[lower.index(after: at)...])
        if let rule = tagged(.address("\(local)@\(domain)"), tag) { return AccessMatch(rule: rule, subject: subject) }
        if let rule = tagged(.localPart(local), tag) { return AccessMatch(rule: rule, subject: subject) }
        return lookupDomain(domain, tag: tag).map { AccessMatch(rule: $0.rule, subject: subject) }
    }

    /// A domain and its parent domains (`a.b.example` → `b.example` → `example`).
    public func lookupDomain(_ domain: String, tag: AccessTag) -> AccessMatch? {
        var labels = domain.lowercased().split(separator: ".")
        while !labels.isEmpty {
            if let rule = tagged(.domain(labels.joined(separator: ".")), tag) {
                return AccessMatch(rule: rule, subject: "\(tag.rawValue): \(domain)")
            }
            labels.removeFirst()
        }
        return nil
    }
}

extension String {
    var trimmingWhitespace: String {
        var s = Substring(self)
        while let f = s.first, f == " " || f == "\t" { s = s.dropFirst() }
        while let l = s.last, l == " " || l == "\t" { s = s.dropLast() }
        return String(s)
    }
}

/// A rule as an administrator enters it (CLI or console), checked before it is stored.
public enum AccessRuleInput {
    public enum Problem: Error, CustomStringConvertible {
        case parse(AccessParseError)
        case openRelay(String)

        public var description: String {
            switch self {
            case .parse(let error): return error.description
            case .openRelay(let key): return "refusing to add RELAY for every address (\(key)): that is an open relay"
            }
        }
    }

    /// The canonical key and action texts to store, and whether a `From:` RELAY only acts as OK.
    public static func validate(key: String, action: String) throws -> (key: String, action: String, fromRelayNote: Bool) {
        do {
            let (tag, parsedKey, canonical) = try AccessSyntax.parseKey(key)
            let parsedAction = try AccessSyntax.parseAction(action)
            if parsedAction == .relay, case .network(let network) = parsedKey, network.prefixLength == 0 {
                throw Problem.openRelay(canonical)
            }
            return (canonical, parsedAction.description, parsedAction == .relay && tag == .from)
        } catch let error as AccessParseError {
            throw Problem.parse(error)
        }
    }
}
