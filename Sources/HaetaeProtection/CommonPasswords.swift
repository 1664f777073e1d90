/// Passwords that attackers try first: Openwall's public-domain `password.lst` plus keyboard walks
/// and words common in Korean dumps (see `scripts/gen-common-passwords`). Lower case.
public enum CommonPasswords {
    public static let all: Set<Substring> = Set(listText.split(separator: "\n"))

    public static var count: Int { all.count }

    public static func contains(_ candidate: String) -> Bool {
        all.contains(Substring(candidate.lowercased()))
    }
}
