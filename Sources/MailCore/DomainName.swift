/// The one stored form of a domain name: lower-cased, without a trailing dot, IDN labels as their
/// `xn--` A-labels (so IDN and punycode are one domain), every label 1–63 letters, digits or
/// hyphens not at either end, 253 octets at most. Pure.
public enum DomainName {
    /// The normalised name, or nil when `text` is not a valid domain name.
    public static func normalize(_ text: String) -> String? {
        guard let name = Punycode.asciiDomain(text), !name.isEmpty, name.utf8.count <= 253 else { return nil }
        let labelsValid = name.split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty && label.count <= 63 && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-" }
        }
        return labelsValid ? name : nil
    }
}
