/// Built-in detection of the EICAR anti-virus test file in any MIME part, decoded or raw.
public enum EICAR {
    /// The fixed 68-byte prefix every EICAR test file starts with (the standard allows trailing
    /// whitespace up to 128 bytes).
    static let signature = Array(#"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*"#.utf8)

    public static func contains(_ bytes: [UInt8]) -> Bool {
        guard bytes.count >= signature.count else { return false }
        let first = signature[0]
        var index = 0
        let last = bytes.count - signature.count
        while index <= last {
            if bytes[index] == first && bytes[index..<(index + signature.count)].elementsEqual(signature) { return true }
            index += 1
        }
        return false
    }
}
