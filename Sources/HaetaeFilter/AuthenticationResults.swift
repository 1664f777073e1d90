/// Sender-authentication results for a message (RFC 8601 vocabulary), filled in by the receiving
/// side once SPF, DKIM and DMARC are verified. The feature extractor turns each present result
/// into a feature (`auth:spf=pass`, `auth:dmarc=fail` …) so that a site model can learn them;
/// the shipped model has no weights for them yet. Pure value type.
public struct AuthenticationResults: Sendable, Hashable {
    public enum Result: String, Sendable, Hashable {
        case pass, fail, softfail, neutral, none, temperror, permerror, policy
    }

    public var spf: Result?
    public var dkim: Result?
    public var dmarc: Result?
    /// The domain DKIM or SPF authenticated (aligned or not), for reputation later.
    public var authenticatedDomain: String?

    public init(spf: Result? = nil, dkim: Result? = nil, dmarc: Result? = nil, authenticatedDomain: String? = nil) {
        self.spf = spf
        self.dkim = dkim
        self.dmarc = dmarc
        self.authenticatedDomain = authenticatedDomain
    }

    /// Feature tokens for the hasher.
    var tokens: [String] {
        var out: [String] = []
        if let spf { out.append("auth:spf=" + spf.rawValue) }
        if let dkim { out.append("auth:dkim=" + dkim.rawValue) }
        if let dmarc { out.append("auth:dmarc=" + dmarc.rawValue) }
        return out
    }
}
