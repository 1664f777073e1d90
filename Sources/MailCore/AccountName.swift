/// The one form of an account name (a login, a lockout key, a log field): the local part lower-
/// cased, the domain lower-cased without a trailing dot and with IDN labels as A-labels
/// (`Alice@Example.TEST.` and `alice@example.test` are the same account). Pure.
public enum AccountName {
    /// The normalised `local@domain`, or nil when `text` is not one (no `@`, empty parts, an
    /// invalid domain, control characters).
    public static func normalize(_ text: String) -> String? {
        guard let at = text.lastIndex(of: "@") else { return nil }
        let local = text[..<at].lowercased()
        let domain = String(text[text.index(after: at)...])
        guard !local.isEmpty, local.utf8.count <= 64,
            !local.unicodeScalars.contains(where: { $0.value < 0x21 || $0.value == 0x7F }),
            let ascii = Punycode.asciiDomain(domain), !ascii.isEmpty
        else { return nil }
        return "\(local)@\(ascii)"
    }

    /// The key for counters and logs: the normalised name, or the text lower-cased (control
    /// characters removed) when it is not an address, so junk still counts against itself.
    public static func key(_ text: String) -> String {
        normalize(text) ?? String(String.UnicodeScalarView(text.lowercased().unicodeScalars.filter { $0.value >= 0x20 && $0.value != 0x7F }.prefix(320)))
    }
}
