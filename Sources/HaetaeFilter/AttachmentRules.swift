import MIME

/// Attachments: executables (Suspect), executables inside ZIP archives, double extensions, and
/// the types today's phishing attaches (HTML and SVG pages that draw a login form, disk images,
/// archives) as markers. Pure.
extension ContentRules {
    static let executableExtensions: Set<String> = [
        "exe", "scr", "com", "pif", "bat", "cmd", "vbs", "vbe", "js", "jse", "wsf", "wsh", "msi", "jar", "ps1", "hta", "cpl", "lnk", "dll", "reg", "iso",
    ]
    static let archiveExtensions: Set<String> = ["zip", "jar", "docm", "xlsm"]
    /// Attachment types worth a marker of their own (`attach-html`, `attach-svg` …).
    static let riskyTypes: [String: String] = [
        "html": "html", "htm": "html", "shtml": "html", "xhtml": "html", "svg": "svg", "zip": "archive", "rar": "archive", "7z": "archive",
        "gz": "archive", "tar": "archive", "iso": "disk-image", "img": "disk-image", "vhd": "disk-image", "vhdx": "disk-image",
        "one": "onenote", "docm": "macro", "xlsm": "macro", "pptm": "macro", "pdf": "pdf", "ics": "calendar",
    ]

    mutating func addAttachmentRules(_ message: MessageFeatures) {
        var kinds = Set<String>()
        for leaf in message.leaves where leaf.isAttachment {
            let name = (leaf.filename ?? "").lowercased()
            let pieces = name.split(separator: ".")
            let ext = pieces.count > 1 ? String(pieces.last!) : ""
            if let kind = Self.riskyTypes[ext] { kinds.insert(kind) }
            if leaf.mimeType == "image/svg+xml" { kinds.insert("svg") }
            if Self.executableExtensions.contains(ext) {
                if pieces.count >= 3, ["pdf", "doc", "docx", "jpg", "png", "txt", "xls", "xlsx"].contains(String(pieces[pieces.count - 2])) {
                    suspect.append("double extension \(name)")
                } else {
                    suspect.append("executable attachment \(name)")
                }
            }
            if Self.archiveExtensions.contains(ext) || leaf.mimeType == "application/zip" || leaf.content.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
                for entry in ZipListing.names(leaf.content) {
                    let innerExt = entry.lowercased().split(separator: ".").last.map(String.init) ?? ""
                    if Self.executableExtensions.contains(innerExt) {
                        suspect.append("executable \(entry) inside archive \(name)")
                        break
                    }
                    if innerExt == "html" || innerExt == "htm" || innerExt == "svg" { kinds.insert("archive-html") }
                }
            }
        }
        for kind in kinds.sorted() { markers.append("attach-" + kind) }
        if kinds.contains("html") || kinds.contains("svg") || kinds.contains("archive-html") {
            add(1.0, "html-attachment")
        }
        if !suspect.isEmpty { markers.append("dangerous-attachment") }
    }
}

/// File names in a ZIP archive, from its local file headers (no decompression). Pure.
public enum ZipListing {
    public static func names(_ bytes: [UInt8], limit: Int = 1_000) -> [String] {
        var names: [String] = []
        var offset = 0
        while offset + 30 <= bytes.count, names.count < limit {
            guard bytes[offset] == 0x50, bytes[offset + 1] == 0x4B, bytes[offset + 2] == 0x03, bytes[offset + 3] == 0x04 else { break }
            let flags = Int(bytes[offset + 6]) | Int(bytes[offset + 7]) << 8
            let compressed = Int(bytes[offset + 18]) | Int(bytes[offset + 19]) << 8 | Int(bytes[offset + 20]) << 16 | Int(bytes[offset + 21]) << 24
            let nameLength = Int(bytes[offset + 26]) | Int(bytes[offset + 27]) << 8
            let extraLength = Int(bytes[offset + 28]) | Int(bytes[offset + 29]) << 8
            let nameStart = offset + 30
            guard nameStart + nameLength <= bytes.count else { break }
            names.append(String(decoding: bytes[nameStart..<(nameStart + nameLength)], as: UTF8.self))
            // With a data descriptor (bit 3) the size is not known here; stop listing.
            if flags & 0x08 != 0 { break }
            offset = nameStart + nameLength + extraLength + compressed
        }
        return names
    }
}
