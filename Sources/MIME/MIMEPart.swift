/// A node of a parsed message: headers, content type, and either decoded content (leaf),
/// sub-parts (multipart), or an embedded message (message/rfc822).
public struct MIMEPart: Sendable {
    public var headers: MessageHeaders
    public var contentType: HeaderParameters
    public var disposition: HeaderParameters?
    /// Leaf parts: the body after Content-Transfer-Encoding decoding.
    public var content: [UInt8]
    public var children: [MIMEPart]
    /// Transfer encoding as declared (lower case), "7bit" when absent.
    public var transferEncoding: String

    public var mimeType: String { contentType.value.isEmpty ? "text/plain" : contentType.value }
    public var isMultipart: Bool { mimeType.hasPrefix("multipart/") }
    public var charset: String? { contentType["charset"] }

    /// The attachment's file name (Content-Disposition filename, else Content-Type name).
    public var filename: String? { disposition?["filename"] ?? contentType["name"] }

    public var isAttachment: Bool {
        disposition?.value == "attachment" || (filename != nil && !mimeType.hasPrefix("text/"))
    }

    /// Leaf text in its charset (for text/* parts).
    public var text: String { Charsets.decode(content, charset: charset) }

    /// Every part of the tree, depth first, this one included.
    public var allParts: [MIMEPart] {
        var out: [MIMEPart] = [self]
        for child in children { out += child.allParts }
        return out
    }

    /// Leaves only.
    public var leaves: [MIMEPart] { allParts.filter { $0.children.isEmpty && !$0.isMultipart } }
}

/// What the parser noticed that a well-formed message would not have.
public struct MIMEAnomalies: Sendable, Hashable {
    public var malformedHeaderLines = 0
    public var missingBoundary = false
    public var unterminatedMultipart = false
    public var depthExceeded = false
    public var partsExceeded = false
}

/// A whole message: top-level part plus what the parser noticed.
public struct ParsedMessage: Sendable {
    public var root: MIMEPart
    public var anomalies: MIMEAnomalies
    public var headers: MessageHeaders { root.headers }
    public var size: Int

    public var subject: String { headers.decoded("Subject") ?? "" }
}
