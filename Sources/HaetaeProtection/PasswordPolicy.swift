/// The password rules of the protection manual's root cause: long enough, not derived from the
/// address, not one of the passwords attackers try first. Pure.
public struct PasswordPolicy: Sendable, Hashable {
    /// Bumped whenever the rules get stricter; accounts whose password was set under an older
    /// version are flagged by `haetae user audit-passwords`.
    public static let version = 1

    public var minimumLength: Int

    public init(minimumLength: Int = 10) {
        self.minimumLength = minimumLength
    }

    /// Nil when acceptable, otherwise the reason (safe to show: it never contains the password).
    public func problem(password: String, address: String) -> String? {
        if password.count < minimumLength {
            return "at least \(minimumLength) characters are required"
        }
        if password.count > 1_024 {
            return "at most 1024 characters are allowed"
        }
        if password.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            return "control characters are not allowed"
        }
        let lowered = password.lowercased()
        let parts = address.lowercased().split(separator: "@", maxSplits: 1)
        if let local = parts.first, local.count >= 3, lowered.contains(local) {
            return "it must not contain the account name"
        }
        if parts.count == 2 {
            let domain = parts[1]
            if lowered.contains(domain) {
                return "it must not contain the domain name"
            }
            // The domain's main label ("example" of example.co.kr) is as guessable as the domain.
            let labels = domain.split(separator: ".")
            let ignored: Set<Substring> = ["com", "net", "org", "co", "or", "go", "ac", "re", "ne", "kr", "mail", "www"]
            for label in labels where label.count >= 4 && !ignored.contains(label) && lowered.contains(label) {
                return "it must not contain the domain name"
            }
        }
        if CommonPasswords.contains(lowered) || CommonPasswords.contains(Self.core(of: lowered)) {
            return "it is on the list of commonly used passwords"
        }
        if lowered.allSatisfy(\.isNumber) {
            return "it must not be only digits (phone numbers and dates are guessed first)"
        }
        if Set(lowered).count <= 2 {
            return "it repeats too few characters"
        }
        return nil
    }

    /// The word inside decorations: `dragon` of `Dragon2024!`, `monkey` of `123monkey`.
    static func core(of password: String) -> String {
        let decoration = Set("0123456789!@#$%^&*()-_=+.,?~")
        var scalars = Substring(password)
        while let last = scalars.last, decoration.contains(last) { scalars.removeLast() }
        while let first = scalars.first, decoration.contains(first) { scalars.removeFirst() }
        return scalars.count >= 4 ? String(scalars) : password
    }
}
