/// Parses RFC 5322 / MIME messages into a tree (RFC 2045–2049), never trapping on malformed input:
/// nesting is capped (`maxDepth`), the number of parts is capped (`maxParts`), a multipart without
/// its boundary is treated as one text part, an unterminated multipart ends at the end of input.
public struct MIMEParser: Sendable {
    public var maxDepth: Int
    public var maxParts: Int

    public init(maxDepth: Int = 20, maxParts: Int = 500) {
        self.maxDepth = maxDepth
        self.maxParts = maxParts
    }

    public func parse(_ bytes: [UInt8]) -> ParsedMessage {
        var state = State()
        let root = part(bytes[...], depth: 0, defaultType: "text/plain", state: &state)
        return ParsedMessage(root: root, anomalies: state.anomalies, size: bytes.count)
    }

    struct State {
        var anomalies = MIMEAnomalies()
        var parts = 0
    }

    func part(_ bytes: ArraySlice<UInt8>, depth: Int, defaultType: String, state: inout State) -> MIMEPart {
        state.parts += 1
        let (headers, bodyStart, malformed) = MessageHeaders.parse(bytes)
        state.anomalies.malformedHeaderLines += malformed
        var contentType = HeaderParameters.parse(headers["Content-Type"] ?? defaultType)
        if contentType.value.isEmpty || !contentType.value.contains("/") {
            contentType = HeaderParameters(value: defaultType, parameters: contentType.parameters)
        }
        let disposition = headers["Content-Disposition"].map(HeaderParameters.parse)
        let transfer = (headers["Content-Transfer-Encoding"] ?? "7bit").trimmingWhitespace.lowercased()
        let body = bytes[bodyStart...]
        var result = MIMEPart(
            headers: headers, contentType: contentType, disposition: disposition, content: [], children: [],
            transferEncoding: transfer)

        if contentType.value.hasPrefix("multipart/") {
            guard let boundary = contentType["boundary"], !boundary.isEmpty else {
                state.anomalies.missingBoundary = true
                result.contentType = HeaderParameters(value: "text/plain", parameters: contentType.parameters)
                result.content = Array(body)
                return result
            }
            if depth >= maxDepth {
                state.anomalies.depthExceeded = true
                return result
            }
            let childType = contentType.value == "multipart/digest" ? "message/rfc822" : "text/plain"
            let (pieces, terminated) = split(body, boundary: Array(boundary.utf8))
            if !terminated { state.anomalies.unterminatedMultipart = true }
            for piece in pieces {
                if state.parts >= maxParts {
                    state.anomalies.partsExceeded = true
                    break
                }
                result.children.append(part(piece, depth: depth + 1, defaultType: childType, state: &state))
            }
            return result
        }
        let decoded = decode(body, transfer)
        if contentType.value == "message/rfc822" || contentType.value == "message/global" {
            if depth >= maxDepth || state.parts >= maxParts {
                state.anomalies.depthExceeded = depth >= maxDepth
                state.anomalies.partsExceeded = state.parts >= maxParts
                result.content = decoded
                return result
            }
            result.children = [part(decoded[...], depth: depth + 1, defaultType: "text/plain", state: &state)]
            return result
        }
        result.content = decoded
        return result
    }

    func decode(_ body: ArraySlice<UInt8>, _ transfer: String) -> [UInt8] {
        switch transfer {
        case "base64": return TransferEncoding.base64(body)
        case "quoted-printable": return TransferEncoding.quotedPrintable(Array(body))
        default: return Array(body)
        }
    }

    /// The body parts between `--boundary` lines; whether the closing `--boundary--` was seen.
    func split(_ body: ArraySlice<UInt8>, boundary: [UInt8]) -> ([ArraySlice<UInt8>], Bool) {
        let delimiter = [UInt8(ascii: "-"), UInt8(ascii: "-")] + boundary
        var pieces: [ArraySlice<UInt8>] = []
        var start: Int?
        var lineStart = body.startIndex
        while lineStart < body.endIndex {
            var lineEnd = lineStart
            while lineEnd < body.endIndex && body[lineEnd] != 0x0A { lineEnd += 1 }
            let next = lineEnd < body.endIndex ? lineEnd + 1 : lineEnd
            let line = body[lineStart..<lineEnd]
            if line.starts(with: delimiter) {
                let rest = line.dropFirst(delimiter.count)
                let closing = rest.starts(with: [UInt8(ascii: "-"), UInt8(ascii: "-")])
                let onlySpace = rest.dropFirst(closing ? 2 : 0).allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
                if onlySpace {
                    if let start {
                        // The line break before the delimiter belongs to the delimiter.
                        var end = lineStart
                        if end > start && body[end - 1] == 0x0A { end -= 1 }
                        if end > start && body[end - 1] == 0x0D { end -= 1 }
                        pieces.append(body[start..<end])
                    }
                    if closing { return (pieces, true) }
                    start = next
                }
            }
            lineStart = next
        }
        if let start, start < body.endIndex { pieces.append(body[start..<body.endIndex]) }
        return (pieces, false)
    }
}
