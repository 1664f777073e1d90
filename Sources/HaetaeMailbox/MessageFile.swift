import Foundation

/// A message file as IMAP and POP3 show it: Maildir files keep LF line ends (as local delivery
/// writes them), the protocols send CRLF, and sizes count the CRLF form.
public enum MessageFile {
    /// The file's text with each bare LF made CRLF; nil if the file is gone.
    public static func wireText(atPath path: String) -> [UInt8]? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { raw -> [UInt8] in
            let bytes = raw.bindMemory(to: UInt8.self)
            let size = wireSize(bytes)
            return [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                var previous: UInt8 = 0
                var at = 0
                for byte in bytes {
                    if byte == 0x0A && previous != 0x0D {
                        buffer[at] = 0x0D
                        at += 1
                    }
                    buffer[at] = byte
                    at += 1
                    previous = byte
                }
                count = at
            }
        }
    }

    /// The size of `wireText` without building it; nil if the file is gone.
    public static func wireSize(atPath path: String) -> Int? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return data.withUnsafeBytes { wireSize($0.bindMemory(to: UInt8.self)) }
    }

    static func wireSize(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var size = bytes.count
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous != 0x0D { size += 1 }
            previous = byte
        }
        return size
    }
}
