/// Credentials gathered by an AUTH exchange. `description` never shows the password.
public struct SASLCredentials: Hashable, Sendable, CustomStringConvertible {
    public var mechanism: String
    public var authorizationIdentity: String?
    public var username: String
    public var password: String

    public var description: String { "SASLCredentials(mechanism: \(mechanism), username: \(username))" }

    public init(mechanism: String, authorizationIdentity: String?, username: String, password: String) {
        self.mechanism = mechanism
        self.authorizationIdentity = authorizationIdentity
        self.username = username
        self.password = password
    }
}

/// Decoders for the SASL mechanisms we offer. Pure.
public enum SASLMechanism: String, Sendable, CaseIterable {
    /// RFC 4616: `[authzid] NUL authcid NUL passwd`.
    case plain = "PLAIN"
    /// draft-murchison-sasl-login: username, then password, each base64.
    case login = "LOGIN"

    /// Decodes a PLAIN response. Returns nil when it is not three NUL-separated UTF-8 fields with
    /// a non-empty authcid and password.
    public static func decodePlain(_ bytes: [UInt8]) -> SASLCredentials? {
        let fields = bytes.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        guard fields.count == 3,
            let authz = String(validating: fields[0], as: UTF8.self),
            let user = String(validating: fields[1], as: UTF8.self),
            let password = String(validating: fields[2], as: UTF8.self),
            !user.isEmpty, !password.isEmpty
        else { return nil }
        return SASLCredentials(
            mechanism: "PLAIN", authorizationIdentity: authz.isEmpty ? nil : authz, username: user,
            password: password)
    }
}
