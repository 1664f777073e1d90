import MIME

/// A message's MIME tree as byte ranges of its text (CRLF line endings), for FETCH: BODY[section],
/// BODYSTRUCTURE and ENVELOPE. Pure; bounded in depth and parts, linear in the message's size
/// per level.
public struct MessageStructure: Sendable {
    public static let maxDepth = 20
    public static let maxParts = 500

    public struct Part: Sendable {
        /// The part's header section, the blank line included.
        public var header: Range<Int>
        public var body: Range<Int>
        public var headers: MessageHeaders
        public var contentType: HeaderParameters
        public var children: [Part]
        /// For message/rfc822: the message inside.
        public var message: [Part]

        public var mimeType: String { contentType.value.isEmpty ? "text/plain" : contentType.value }
        public var isMultipart: Bool { mimeType.hasPrefix("multipart/") }
        public var isMessage: Bool { mimeType == "message/rfc822" }
    }

    public let text: [UInt8]
    public let root: Part

    /// The text alone, for BODY[] and RFC822: no MIME tree (sections other than the whole are
    /// not available from it).
    public init(wholeText text: [UInt8]) {
        self.text = text
        root = Part(header: 0..<0, body: 0..<text.count, headers: MessageHeaders(), contentType: HeaderParameters(value: "text/plain", parameters: [:]), children: [], message: [])
    }

    public init(text: [UInt8]) {
        self.text = text
        var budget = Self.maxParts
        root = Self.parse(text, range: 0..<text.count, depth: 0, defaultType: "text/plain", budget: &budget)
    }

    static func parse(_ text: [UInt8], range: Range<Int>, depth: Int, defaultType: String, budget: inout Int) -> Part {
        budget -= 1
        let parsed = MessageHeaders.parse(text[range], maxFields: 1_000)
        var bodyStart = parsed.bodyStart
        if parsed.headers.fields.isEmpty && bodyStart == range.lowerBound { bodyStart = range.lowerBound }
        let headerRange = range.lowerBound..<min(bodyStart, range.upperBound)
        let bodyRange = min(bodyStart, range.upperBound)..<range.upperBound
        var contentType = HeaderParameters.parse(parsed.headers["Content-Type"] ?? "")
        if contentType.value.isEmpty || !contentType.value.contains("/") {
            contentType = HeaderParameters(value: defaultType, parameters: defaultType == "text/plain" ? ["charset": "us-ascii"] : [:])
        }
        var part = Part(header: headerRange, body: bodyRange, headers: parsed.headers, contentType: contentType, children: [], message: [])
        guard depth < maxDepth, budget > 0 else { return part }
        if part.isMultipart, let boundary = contentType["boundary"], !boundary.isEmpty {
            let childDefault = part.mimeType == "multipart/digest" ? "message/rfc822" : "text/plain"
            for childRange in Self.split(text, body: bodyRange, boundary: Array(boundary.utf8)) {
                guard budget > 0 else { break }
                part.children.append(parse(text, range: childRange, depth: depth + 1, defaultType: childDefault, budget: &budget))
            }
        } else if part.isMessage {
            part.message = [parse(text, range: bodyRange, depth: depth + 1, defaultType: "text/plain", budget: &budget)]
        }
        return part
    }

    /// The ranges of a multipart body's parts: between `--boundary` lines, the CRLF before each
    /// delimiter belonging to the delimiter; ends at `--boundary--` or the end of the body.
    static func split(_ text: [UInt8], body: Range<Int>, boundary: [UInt8]) -> [Range<Int>] {
        var parts: [Range<Int>] = []
        var start: Int?
        var lineStart = body.lowerBound
        while lineStart < body.upperBound {
            var lineEnd = lineStart
            while lineEnd < body.upperBound && text[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < body.upperBound ? lineEnd + 1 : lineEnd
            if lineEnd - lineStart >= boundary.count + 2, text[lineStart] == UInt8(ascii: "-"), text[lineStart + 1] == UInt8(ascii: "-"),
               text[(lineStart + 2)..<(lineStart + 2 + boundary.count)].elementsEqual(boundary) {
                let after = lineStart + 2 + boundary.count
                let closing = after + 1 < lineEnd && text[after] == UInt8(ascii: "-") && text[after + 1] == UInt8(ascii: "-")
                // The boundary must be the whole delimiter: only `--`, then blanks, may follow it
                // (a nested part's boundary may start with its parent's).
                let rest = text[(closing ? after + 2 : after)..<lineEnd]
                guard rest.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }) else {
                    lineStart = next
                    continue
                }
                if let s = start {
                    var end = lineStart
                    if end > s, text[end - 1] == 0x0A { end -= 1 }
                    if end > s, text[end - 1] == 0x0D { end -= 1 }
                    parts.append(s..<max(s, end))
                }
                if closing { return parts }
                start = next
                guard parts.count < maxParts else { return parts }
            }
            lineStart = next
        }
        if let s = start, s <= body.upperBound { parts.append(s..<body.upperBound) }
        return parts
    }

    // MARK: Sections

    /// The part a section's numbers name (RFC 3501 §6.4.5), nil when there is none.
    public func part(_ numbers: [Int]) -> Part? {
        var current = root
        for number in numbers {
            if current.isMessage, let inner = current.message.first { current = inner }
            if current.isMultipart {
                guard number >= 1, number <= current.children.count else { return nil }
                current = current.children[number - 1]
            } else {
                guard number == 1 else { return nil }
            }
        }
        return current
    }

    /// The octets of BODY[section] (nil when the section names no part: empty per RFC 3501).
    public func octets(_ section: BodySection) -> ArraySlice<UInt8>? {
        if section.part.isEmpty {
            switch section.text {
            case .all: return text[...]
            case .header: return text[root.header]
            case .text: return text[root.body]
            case .mime: return nil
            case .headerFields(let names): return filteredHeader(root, names: names, keep: true)
            case .headerFieldsNot(let names): return filteredHeader(root, names: names, keep: false)
            }
        }
        guard let part = part(section.part) else { return nil }
        switch section.text {
        case .all: return text[part.body]
        case .mime: return text[part.header]
        case .header, .text, .headerFields, .headerFieldsNot:
            // Only a message/rfc822 part has a header and text of its own.
            guard part.isMessage, let inner = part.message.first else { return nil }
            switch section.text {
            case .header: return text[inner.header]
            case .text: return text[inner.body]
            case .headerFields(let names): return filteredHeader(inner, names: names, keep: true)
            case .headerFieldsNot(let names): return filteredHeader(inner, names: names, keep: false)
            default: return nil
            }
        }
    }

    /// The header lines (with their continuations) whose names are (or are not) in `names`,
    /// and the blank line.
    func filteredHeader(_ part: Part, names: [String], keep: Bool) -> ArraySlice<UInt8> {
        let wanted = Set(names.map { $0.lowercased() })
        var out: [UInt8] = []
        var keeping = false
        var index = part.header.lowerBound
        while index < part.header.upperBound {
            var end = index
            while end < part.header.upperBound && text[end] != 0x0A { end += 1 }
            let next = end < part.header.upperBound ? end + 1 : end
            let line = text[index..<next]
            if line.first == 0x20 || line.first == 0x09 {
                if keeping { out += line }
            } else if let colon = line.firstIndex(of: UInt8(ascii: ":")) {
                let name = String(decoding: text[index..<colon], as: UTF8.self).trimmingCharacters(in: " \t").lowercased()
                keeping = wanted.contains(name) == keep
                if keeping { out += line }
            } else {
                keeping = false
            }
            index = next
        }
        out += [0x0D, 0x0A]
        return out[...]
    }

    // MARK: ENVELOPE and BODYSTRUCTURE

    public func envelope(into w: inout IMAPResponseWriter) { Self.envelope(root.headers, into: &w) }

    static func envelope(_ headers: MessageHeaders, into w: inout IMAPResponseWriter) {
        w.raw("(")
        w.nstring(headers["Date"])
        w.raw(" ")
        w.nstring(headers["Subject"])
        let from = headers["From"]
        for (index, name) in ["From", "Sender", "Reply-To", "To", "Cc", "Bcc"].enumerated() {
            w.raw(" ")
            // Sender and Reply-To default to From (RFC 3501 §7.4.2).
            addresses(headers[name] ?? (index == 1 || index == 2 ? from : nil), into: &w)
        }
        w.raw(" ")
        w.nstring(headers["In-Reply-To"])
        w.raw(" ")
        w.nstring(headers["Message-ID"])
        w.raw(")")
    }

    static func addresses(_ raw: String?, into w: inout IMAPResponseWriter) {
        guard let raw, case let list = HeaderMailbox.parseList(raw).prefix(200), !list.isEmpty else {
            w.raw("NIL")
            return
        }
        w.raw("(")
        for mailbox in list {
            w.raw("(")
            w.nstring(mailbox.displayName.isEmpty ? nil : IMAPResponseWriter.encodedWord(mailbox.displayName))
            w.raw(" NIL ")
            if let at = mailbox.address.lastIndex(of: "@") {
                w.string(String(mailbox.address[..<at]))
                w.raw(" ")
                w.string(String(mailbox.address[mailbox.address.index(after: at)...]))
            } else {
                w.string(mailbox.address)
                w.raw(" NIL")
            }
            w.raw(")")
        }
        w.raw(")")
    }

    /// BODYSTRUCTURE (`extensible` true) or BODY.
    public func bodyStructure(extensible: Bool, into w: inout IMAPResponseWriter) {
        structure(root, extensible: extensible, into: &w)
    }

    func structure(_ part: Part, extensible: Bool, into w: inout IMAPResponseWriter) {
        let type = part.mimeType.split(separator: "/", maxSplits: 1)
        let major = String(type.first ?? "text"), minor = type.count > 1 ? String(type[1]) : "plain"
        w.raw("(")
        if part.isMultipart && !part.children.isEmpty {
            for child in part.children { structure(child, extensible: extensible, into: &w) }
            w.raw(" ")
            w.string(minor.uppercased())
            if extensible {
                w.raw(" ")
                parameters(part.contentType, into: &w)
                extensionData(part, into: &w)
            }
            w.raw(")")
            return
        }
        w.string(major.uppercased())
        w.raw(" ")
        w.string(minor.uppercased())
        w.raw(" ")
        parameters(part.contentType, into: &w)
        w.raw(" ")
        w.nstring(part.headers["Content-ID"])
        w.raw(" ")
        w.nstring(part.headers["Content-Description"])
        w.raw(" ")
        w.string((part.headers["Content-Transfer-Encoding"] ?? "7BIT").trimmingCharacters(in: " \t").uppercased())
        w.raw(" \(part.body.count)")
        if part.isMessage, let inner = part.message.first {
            w.raw(" ")
            Self.envelope(inner.headers, into: &w)
            w.raw(" ")
            structure(inner, extensible: extensible, into: &w)
            w.raw(" \(lines(part.body))")
        } else if major.lowercased() == "text" {
            w.raw(" \(lines(part.body))")
        }
        if extensible {
            w.raw(" ")
            w.nstring(part.headers["Content-MD5"])
            extensionData(part, into: &w)
        }
        w.raw(")")
    }

    /// What BODYSTRUCTURE adds for every part after its type data: disposition, language, location.
    func extensionData(_ part: Part, into w: inout IMAPResponseWriter) {
        w.raw(" ")
        disposition(part, into: &w)
        w.raw(" ")
        w.nstring(part.headers["Content-Language"])
        w.raw(" ")
        w.nstring(part.headers["Content-Location"])
    }

    func lines(_ range: Range<Int>) -> Int {
        var count = 0
        for index in range where text[index] == 0x0A { count += 1 }
        if let last = range.last, text[last] != 0x0A { count += 1 }
        return count
    }

    func parameters(_ value: HeaderParameters, into w: inout IMAPResponseWriter) {
        let names = value.parameters.keys.sorted().prefix(50)
        guard !names.isEmpty else {
            w.raw("NIL")
            return
        }
        w.raw("(")
        for (index, name) in names.enumerated() {
            if index > 0 { w.raw(" ") }
            w.string(name.uppercased())
            w.raw(" ")
            w.string(IMAPResponseWriter.encodedWord(value.parameters[name] ?? ""))
        }
        w.raw(")")
    }

    func disposition(_ part: Part, into w: inout IMAPResponseWriter) {
        guard let raw = part.headers["Content-Disposition"] else {
            w.raw("NIL")
            return
        }
        let value = HeaderParameters.parse(raw)
        w.raw("(")
        w.string(value.value.isEmpty ? "ATTACHMENT" : value.value.uppercased())
        w.raw(" ")
        parameters(value, into: &w)
        w.raw(")")
    }
}

extension String {
    func trimmingCharacters(in set: String) -> String {
        let characters = Set(set)
        var scalars = Substring(self)
        while let first = scalars.first, characters.contains(first) { scalars.removeFirst() }
        while let last = scalars.last, characters.contains(last) { scalars.removeLast() }
        return String(scalars)
    }
}
