import MailCore

/// A SASL PLAIN response (RFC 4616: base64 of `authzid NUL authcid NUL password`) as IMAP's
/// AUTHENTICATE and POP3's AUTH receive it. An authorization identity other than the user is
/// refused; `=` is an empty response (RFC 4959), `*` cancels.
enum SASLPlain: Equatable {
    case credentials(user: String, password: String)
    case cancelled
    case invalidBase64
    case malformed
    case foreignAuthorizationIdentity

    init(response: String) {
        if response == "*" {
            self = .cancelled
            return
        }
        guard let decoded = Base64.decode(response == "=" ? "" : response) else {
            self = .invalidBase64
            return
        }
        let parts = decoded.split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
        guard parts.count == 3 else {
            self = .malformed
            return
        }
        let authzid = String(decoding: parts[0], as: UTF8.self), authcid = String(decoding: parts[1], as: UTF8.self)
        guard authzid.isEmpty || AccountName.key(authzid) == AccountName.key(authcid) else {
            self = .foreignAuthorizationIdentity
            return
        }
        self = .credentials(user: authcid, password: String(decoding: parts[2], as: UTF8.self))
    }
}
