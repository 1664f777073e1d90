import MIME

/// Traces of how a message was put together that no mainstream mail software leaves, but the
/// kits today's spam is sent with do: signatures in algorithms the standards retired, header
/// fields a message may carry once appearing twice, an address with a space inside its angle
/// brackets, header names and mailer names made of random letters, a complaint-feedback header
/// copied from real bulk mail and pointed elsewhere, a From field that holds no well-formed address,
/// a From mailbox of words glued together. Each is about the form of the header, not
/// its words or its sender, and each weighs little alone; together they are capped. None of the
/// 2,455 ham messages of the 2002–2006 development corpus, nor any of modern-dev's ham, shows
/// one. Pure.
extension ContentRules {
    /// Log odds per trace, and at most for all of them together.
    static let forgeryTraceWeight = 1.0
    static let forgeryTraceCap = 2.0

    /// Fields RFC 5322 §3.6 allows at most once, and List-Id, which names the one list a post
    /// came through (RFC 2919 §3).
    static let singletonFields = ["date", "from", "sender", "reply-to", "to", "cc", "bcc", "message-id", "in-reply-to", "references", "subject", "list-id"]

    /// The address of the feedback loop that the Certified Senders Alliance gives its members for
    /// the `X-CSA-Complaints` field; spam copies the field with a made-up address.
    static let csaComplaintsAddress = "csa-complaints@eco.de"

    mutating func addHeaderForgeryRules(_ message: MessageFeatures) {
        let traces = Self.forgeryTraces(message.headers)
        // Weights only, not markers: the model's features stay those it was trained on.
        guard !traces.isEmpty else { return }
        add(min(Self.forgeryTraceCap, Self.forgeryTraceWeight * Double(traces.count)), traces.joined(separator: "+"))
    }

    /// The traces found, by name, in a fixed order.
    static func forgeryTraces(_ headers: MessageHeaders) -> [String] {
        var traces: [String] = []
        // RFC 8301 §3.1: signers MUST sign with rsa-sha256; rsa-sha1 is for old verifiers only.
        let signatures = headers.all("DKIM-Signature").prefix(10)
        if !signatures.isEmpty, signatures.allSatisfy({ dkimAlgorithm($0) == "rsa-sha1" }) { traces.append("dkim-sha1") }
        // DomainKeys (RFC 4870) was made historic by DKIM in 2007.
        if headers["DomainKey-Signature"] != nil { traces.append("domainkeys") }
        var seen: [String: Int] = [:]
        for field in headers.fields.prefix(200) { seen[field.name.lowercased(), default: 0] += 1 }
        if singletonFields.contains(where: { seen[$0, default: 0] > 1 }) { traces.append("duplicate-header") }
        if let from = headers["From"], hasSpaceInsideAngleAddress(from) { traces.append("from-address-space") }
        if headers.fields.prefix(200).contains(where: { isRandomHeaderName($0.name) }) { traces.append("random-header-name") }
        if let mailer = headers["X-Mailer"], isGibberishToken(mailer) { traces.append("gibberish-mailer") }
        if let csa = headers["X-CSA-Complaints"], csa.trimmingSpaces.lowercased() != csaComplaintsAddress { traces.append("forged-csa-header") }
        if let raw = headers["From"] {
            let mailboxes = HeaderMailbox.parseList(raw)
            if mailboxes.isEmpty || mailboxes.prefix(20).contains(where: { !isWellFormedAddress($0.address) }) { traces.append("malformed-from") }
            if let first = mailboxes.first, isGluedWordsMailbox(first.address) { traces.append("glued-words-mailbox") }
        }
        return traces
    }

    /// `local@domain` as mail software writes it (RFC 5322 §3.4.1, RFC 6532 for UTF-8): a local
    /// part without white space or specials (or quoted), a domain of two or more labels of letters,
    /// digits and hyphens, no trailing dot. What kits put into From instead — a bare phrase before
    /// a comma (`Danksagung, <service@…>`), the address in a comment (`Rabatt,(<service@…>)`), a
    /// domain without a dot (`<notifica@correios>`) or with quotes, commas, `%` or `_` in it — is
    /// no address a mail program writes. None of the ham of modern-dev, the 2002–2006 corpus or the
    /// Korean sets has one; 376 of modern-dev's 1,372 spam do.
    static func isWellFormedAddress(_ address: String) -> Bool {
        guard let at = address.lastIndex(of: "@") else { return false }
        let local = address[..<at], domain = address[address.index(after: at)...]
        guard !local.isEmpty, local.unicodeScalars.count <= 64, domain.unicodeScalars.count <= 255 else { return false }
        if !(local.hasPrefix("\"") && local.hasSuffix("\"") && local.count >= 2) {
            guard local.unicodeScalars.allSatisfy({ !$0.properties.isWhitespace && !"<>()[]\\,;:@\"".unicodeScalars.contains($0) && $0.value >= 0x21 }) else { return false }
        }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.unicodeScalars.count <= 63 && label.first != "-" && label.last != "-"
                && label.unicodeScalars.allSatisfy { $0 == "-" || ("0"..."9").contains($0) || ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ($0.value >= 0x80 && $0.properties.isAlphabetic) }
        }
    }

    /// `HorizonGuardianRadiantShadowStra@…`, `greengridtechnologyenhancesdistributedenergyresour@…`:
    /// a From mailbox made of letters only and either 24 or more of them or at least four
    /// capitalised words glued together. People and systems separate the words of a mailbox name
    /// (`john.smith`, `account-security-noreply`, `TheBritishAirwaysClub` has three); campaign
    /// kits generate these by the thousand. Modern-dev: 30 of 1,372 spam, none of its 1,172 ham nor
    /// of the 2,455 ham of 2002–2006.
    static func isGluedWordsMailbox(_ address: String) -> Bool {
        guard let at = address.lastIndex(of: "@") else { return false }
        let local = address[..<at].unicodeScalars
        guard local.count >= 12, local.allSatisfy({ ("a"..."z").contains($0) || ("A"..."Z").contains($0) }) else { return false }
        if local.count >= 24 { return true }
        var joints = 0
        for (a, b) in zip(local, local.dropFirst()) where ("a"..."z").contains(a) && ("A"..."Z").contains(b) { joints += 1 }
        return joints >= 4
    }

    /// The `a=` tag of a DKIM-Signature (RFC 6376 §3.5), lower-cased.
    static func dkimAlgorithm(_ value: String) -> String? {
        for tag in value.split(separator: ";").prefix(30) {
            let pair = tag.split(separator: "=", maxSplits: 1)
            guard pair.count == 2, String(pair[0]).trimmingSpaces == "a" else { continue }
            return String(pair[1]).trimmingSpaces.lowercased()
        }
        return nil
    }

    /// `Name <local@domain >`: white space just inside the closing angle bracket. The grammar
    /// allows folding white space there (RFC 5322 §3.4.1), but mail software does not write it.
    static func hasSpaceInsideAngleAddress(_ value: String) -> Bool {
        let scalars = Array(value.unicodeScalars.prefix(2_000))
        guard let close = scalars.lastIndex(of: ">"), close > 0, let open = scalars[..<close].lastIndex(of: "<") else { return false }
        let inside = scalars[(open + 1)..<close]
        guard inside.contains("@") else { return false }
        return inside.last == " " || inside.last == "\t"
    }

    /// `X-EEmhT`, `X-Fk3LH`: an X- field named by four to six random letters and digits, with
    /// at least two capitals and a change of case or a digit inside (`X-Spam`, `X-MSMail`,
    /// `X-rext`, `X-ExtLoop1` are not).
    static func isRandomHeaderName(_ name: String) -> Bool {
        let scalars = Array(name.unicodeScalars)
        guard scalars.count >= 6, scalars.count <= 8, scalars[0] == "X" || scalars[0] == "x", scalars[1] == "-" else { return false }
        let tail = scalars[2...]
        guard tail.allSatisfy({ $0.isASCII && ScalarClass.isWord($0) }) else { return false }
        let upper = tail.filter { ("A"..."Z").contains($0) }.count
        let lower = tail.filter { ("a"..."z").contains($0) }.count
        guard upper >= 2, lower >= 1 else { return false }
        // A lower-case letter followed by a capital or a digit, or a digit followed by a letter.
        for (a, b) in zip(tail, tail.dropFirst()) {
            let aLower = ("a"..."z").contains(a), aDigit = ("0"..."9").contains(a)
            let bUpper = ("A"..."Z").contains(b), bDigit = ("0"..."9").contains(b), bLetter = bUpper || ("a"..."z").contains(b)
            if (aLower && (bUpper || bDigit)) || (aDigit && bLetter) { return true }
        }
        return false
    }

    /// A mailer name that is one long run of mixed-case letters and digits, with no version,
    /// no space and no punctuation: no product is called that.
    static func isGibberishToken(_ value: String) -> Bool {
        let token = value.trimmingSpaces
        guard token.unicodeScalars.count >= 12 else { return false }
        var upper = false, lower = false, digit = false
        for scalar in token.unicodeScalars {
            switch scalar {
            case "A"..."Z": upper = true
            case "a"..."z": lower = true
            case "0"..."9": digit = true
            case "+", "=", "_": continue
            default: return false
            }
        }
        return upper && lower && digit
    }
}
