import MIME
import Testing

@testable import HaetaeFilter

/// F10 of the security review: what the parser cannot reach is not Passed, and ZIP names come
/// from the central directory.
struct VirusScanningGapsTests {
    /// A ZIP whose entries use data descriptors (as streaming zippers write them): local headers
    /// carry no sizes, only the central directory knows the entries.
    static func streamingZip(_ entries: [(String, [UInt8])]) -> [UInt8] {
        func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
        func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
        var out: [UInt8] = []
        var central: [UInt8] = []
        for (name, data) in entries {
            let offset = out.count
            let nameBytes = Array(name.utf8)
            out += [0x50, 0x4B, 0x03, 0x04] + le16(20) + le16(0x08) + le16(0) + le16(0) + le16(0) + le32(0) + le32(0) + le32(0)
                + le16(nameBytes.count) + le16(0) + nameBytes + data
            out += [0x50, 0x4B, 0x07, 0x08] + le32(0) + le32(data.count) + le32(data.count)
            central += [0x50, 0x4B, 0x01, 0x02] + le16(20) + le16(20) + le16(0x08) + le16(0) + le16(0) + le16(0) + le32(0)
                + le32(data.count) + le32(data.count) + le16(nameBytes.count) + le16(0) + le16(0) + le16(0) + le16(0)
                + le32(0) + le32(offset) + nameBytes
        }
        let centralOffset = out.count
        out += central
        out += [0x50, 0x4B, 0x05, 0x06] + le16(0) + le16(0) + le16(entries.count) + le16(entries.count) + le32(central.count)
            + le32(centralOffset) + le16(0)
        return out
    }

    @Test func f10ZipNamesComeFromTheCentralDirectory() {
        let zip = Self.streamingZip([("readme.txt", Array("hello".utf8)), ("invoice.exe", [0x4D, 0x5A, 0x90])])
        #expect(ZipListing.names(zip) == ["readme.txt", "invoice.exe"])
        // Truncated (no central directory): the local headers still give the first name.
        #expect(ZipListing.names(Array(zip.prefix(40))) == ["readme.txt"])
    }

    @Test func f10ExecutableInAStreamingZipIsSuspect() {
        let zip = Self.streamingZip([("readme.txt", Array("hello".utf8)), ("invoice.exe", [0x4D, 0x5A, 0x90])])
        let message = "Subject: invoice\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n--b\r\n"
            + "Content-Type: text/plain\r\n\r\nsee attached\r\n--b\r\nContent-Type: application/zip; name=doc.zip\r\n"
            + "Content-Disposition: attachment; filename=doc.zip\r\nContent-Transfer-Encoding: base64\r\n\r\n"
            + Base64Text.encode(zip) + "\r\n--b--\r\n"
        let result = ContentScanner(model: FilterModel()).scan(Array(message.utf8))
        #expect(result.verdicts.contains(.suspect), "\(result.label) \(result.reasons)")
    }

    @Test func f10MessageDeeperThanTheParserReadsIsSuspect() {
        var message = "Subject: deep\r\nMIME-Version: 1.0\r\n"
        for level in 0..<30 { message += "Content-Type: multipart/mixed; boundary=b\(level)\r\n\r\n--b\(level)\r\n" }
        message += "Content-Type: text/plain\r\n\r\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\r\n"
        let result = ContentScanner(model: FilterModel()).scan(Array(message.utf8))
        #expect(!result.isPassed)
        #expect(result.verdicts.contains(.suspect) || result.verdicts.contains(.virus), "\(result.label)")
    }

    @Test func f10MessageWithMorePartsThanTheParserReadsIsSuspect() {
        var message = "Subject: many\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        for index in 0..<600 { message += "--b\r\nContent-Type: text/plain\r\n\r\npart \(index)\r\n" }
        message += "--b--\r\n"
        let result = ContentScanner(model: FilterModel()).scan(Array(message.utf8))
        #expect(result.verdicts.contains(.suspect), "\(result.label) \(result.reasons)")
    }
}

/// Base64 for building fixtures.
enum Base64Text {
    static func encode(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let chunk = Array(bytes[index..<min(index + 3, bytes.count)])
            let value = (Int(chunk[0]) << 16) | (chunk.count > 1 ? Int(chunk[1]) << 8 : 0) | (chunk.count > 2 ? Int(chunk[2]) : 0)
            out.append(table[value >> 18 & 63])
            out.append(table[value >> 12 & 63])
            out.append(chunk.count > 1 ? table[value >> 6 & 63] : UInt8(ascii: "="))
            out.append(chunk.count > 2 ? table[value & 63] : UInt8(ascii: "="))
            index += 3
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// F1: a scan stops between stages when asked (client gone, budget spent).
struct ScanStopTests {
    @Test func f1ScanStopsWhenAskedAndKeepsAVirusFound() {
        let scanner = ContentScanner(model: FilterModel())
        let plain = scanner.scan(Array("Subject: hi\r\n\r\nhello\r\n".utf8), shouldStop: { true })
        #expect(plain.verdicts == [.passedNotScanned])
        let eicar = "Subject: x\r\n\r\nX5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*\r\n"
        let virus = scanner.scan(Array(eicar.utf8), shouldStop: { true })
        #expect(virus.verdicts == [.virus])
    }
}
