/// A link in HTML: where it goes and the text it shows.
public struct HTMLLink: Sendable, Hashable {
    public var href: String
    public var text: String
}

/// What a scanner needs from HTML, without rendering it: the visible text, the links with their
/// anchor text, and whether it asks for a password. Scripts, styles and comments are dropped;
/// entities are decoded. Linear time, no recursion; never executes anything.
public struct HTMLText: Sendable {
    public var text: String
    public var links: [HTMLLink]
    public var hasPasswordInput: Bool
    public var hasForm: Bool
    public var imageCount: Int
    /// Markup tokens for the classifier: tag names and a few presentational attributes
    /// (`font`, `font.color=#ff0000`), at most 1,000.
    public var markup: [String]

    public static func extract(_ html: String, maxLinks: Int = 500) -> HTMLText {
        var markup: [String] = []
        var text = ""
        var links: [HTMLLink] = []
        var password = false
        var form = false
        var images = 0
        var openLink: (href: String, text: String)?
        let scalars = Array(html.unicodeScalars)
        var index = 0
        var skipUntil: String?
        text.reserveCapacity(scalars.count / 2)
        func emit(_ piece: String) {
            text += piece
            if openLink != nil { openLink!.text += piece }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "<" {
                // Comments.
                if index + 3 < scalars.count, scalars[index + 1] == "!", scalars[index + 2] == "-", scalars[index + 3] == "-" {
                    var probe = index + 4
                    while probe + 2 < scalars.count && !(scalars[probe] == "-" && scalars[probe + 1] == "-" && scalars[probe + 2] == ">") { probe += 1 }
                    index = probe + 3
                    continue
                }
                var end = index + 1
                var quote: Unicode.Scalar?
                while end < scalars.count {
                    let c = scalars[end]
                    if let q = quote {
                        if c == q { quote = nil }
                    } else if c == "\"" || c == "'" {
                        quote = c
                    } else if c == ">" {
                        break
                    }
                    end += 1
                }
                let tag = String(String.UnicodeScalarView(scalars[(index + 1)..<min(end, scalars.count)]))
                index = end + 1
                let (name, attributes) = parseTag(tag)
                if markup.count < 1_000, !name.isEmpty, name.count <= 12 {
                    markup.append(name)
                    for (key, value) in attributes where ["color", "bgcolor", "size", "face", "align", "border", "width", "style", "class"].contains(key) {
                        markup.append(name + "." + key + "=" + String(value.lowercased().prefix(24)))
                    }
                }
                if let waiting = skipUntil {
                    if name == "/" + waiting { skipUntil = nil }
                    continue
                }
                switch name {
                case "script", "style", "head", "title":
                    if name != "title" || true { skipUntil = name }
                    if name == "title" { skipUntil = nil }
                case "a":
                    if let open = openLink, links.count < maxLinks { links.append(HTMLLink(href: open.href, text: open.text.collapsedWhitespace)) }
                    openLink = attributes["href"].map { ($0, "") }
                case "/a":
                    if let open = openLink, links.count < maxLinks { links.append(HTMLLink(href: open.href, text: open.text.collapsedWhitespace)) }
                    openLink = nil
                case "br", "p", "/p", "div", "/div", "tr", "/tr", "li", "h1", "h2", "h3", "/h1", "/h2", "/h3", "table", "/table":
                    emit("\n")
                case "td", "th":
                    emit(" ")
                case "img":
                    images += 1
                    if let alt = attributes["alt"], !alt.isEmpty { emit(" " + alt + " ") }
                case "form":
                    form = true
                case "input":
                    if attributes["type"]?.lowercased() == "password" { password = true }
                default:
                    break
                }
                continue
            }
            if skipUntil != nil {
                index += 1
                continue
            }
            if scalar == "&" {
                var end = index + 1
                while end < scalars.count && end - index < 12 && scalars[end] != ";" && scalars[end] != "<" && scalars[end] != " " { end += 1 }
                if end < scalars.count && scalars[end] == ";" {
                    let entity = String(String.UnicodeScalarView(scalars[(index + 1)..<end]))
                    if let decoded = decodeEntity(entity) {
                        emit(decoded)
                        index = end + 1
                        continue
                    }
                }
            }
            emit(String(scalar))
            index += 1
        }
        if let open = openLink, links.count < maxLinks { links.append(HTMLLink(href: open.href, text: open.text.collapsedWhitespace)) }
        return HTMLText(text: text, links: links, hasPasswordInput: password, hasForm: form, imageCount: images, markup: markup)
    }

    static func parseTag(_ tag: String) -> (String, [String: String]) {
        var scalars = Substring(tag)
        var name = ""
        while let c = scalars.first, c != " " && c != "\t" && c != "\n" && c != "\r" && c != ">" {
            name.append(c)
            scalars.removeFirst()
            if name.count > 32 { break }
        }
        name = name.lowercased()
        if name.hasSuffix("/") { name.removeLast() }
        guard ["a", "img", "input", "form", "meta", "area", "font", "table", "td", "body", "div", "span", "p", "tr"].contains(name) else { return (name, [:]) }
        var attributes: [String: String] = [:]
        while !scalars.isEmpty {
            while let c = scalars.first, c == " " || c == "\t" || c == "\n" || c == "\r" || c == "/" { scalars.removeFirst() }
            var key = ""
            while let c = scalars.first, c != "=" && c != " " && c != "\t" && c != "\n" && c != "\r" { key.append(c); scalars.removeFirst() }
            guard !key.isEmpty else { break }
            var value = ""
            while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() }
            if scalars.first == "=" {
                scalars.removeFirst()
                while let c = scalars.first, c == " " || c == "\t" { scalars.removeFirst() }
                if let q = scalars.first, q == "\"" || q == "'" {
                    scalars.removeFirst()
                    while let c = scalars.first, c != q { value.append(c); scalars.removeFirst() }
                    if !scalars.isEmpty { scalars.removeFirst() }
                } else {
                    while let c = scalars.first, c != " " && c != "\t" && c != "\n" { value.append(c); scalars.removeFirst() }
                }
            }
            let lowered = key.lowercased()
            if attributes[lowered] == nil { attributes[lowered] = decodeEntities(value).trimmingWhitespace }
        }
        return (name, attributes)
    }

    static let named: [String: String] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": " ", "copy": "©", "reg": "®",
        "middot": "·", "bull": "•", "hellip": "…", "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘",
        "rdquo": "”", "ldquo": "“", "euro": "€", "trade": "™", "zwnj": "", "zwj": "", "shy": "",
    ]

    static func decodeEntity(_ entity: String) -> String? {
        if entity.hasPrefix("#x") || entity.hasPrefix("#X") {
            return UInt32(entity.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        if entity.hasPrefix("#") {
            return UInt32(entity.dropFirst()).flatMap(Unicode.Scalar.init).map { String($0) }
        }
        return named[entity.lowercased()]
    }

    static func decodeEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";"), let decoded = decodeEntity(String(after[..<semi])) {
                out += decoded
                rest = after[after.index(after: semi)...]
            } else {
                out += "&"
                rest = after
            }
        }
        return out + rest
    }
}

extension String {
    var collapsedWhitespace: String {
        split(whereSeparator: { $0 == " " || $0.isNewline || $0 == "\t" }).joined(separator: " ")
    }
}
