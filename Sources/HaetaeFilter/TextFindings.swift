/// Phrases the rules look for in a message's text, found in one pass over its lower-cased,
/// normalised text with a `PhraseMatcher` (a `String.contains` per phrase over 200 kB of text
/// costs far more). Pure.
struct TextFindings: Sendable {
    enum Kind: Sendable { case optOut, identity, credentialLure, unsubscribe }

    static let phrases: [(Kind, String)] =
        ContentRules.optOutPhrases.map { (.optOut, $0) } + ContentRules.identityPhrases.map { (.identity, $0) }
        + ["verify your account", "confirm your account", "account has been suspended", "unusual activity", "update your billing",
           "계정이 정지", "본인 확인", "비밀번호를 확인"].map { (.credentialLure, $0) }
        + ContentRules.unsubscribeWords.map { (.unsubscribe, $0) }
    static let matcher = PhraseMatcher(phrases.map(\.1))
    static let koreanOptOutWords = PhraseMatcher(["수신", "구독"])

    private(set) var found: Set<Kind> = []
    /// Unsubscribe words in the last 3,000 characters (where footers are).
    private(set) var unsubscribeInFooter = false
    private(set) var mentionsKoreanOptOut = false

    init(_ text: String) {
        let scalars = Array(text.lowercased().unicodeScalars)
        for index in Self.matcher.matches(in: scalars) { found.insert(Self.phrases[index].0) }
        let tail = Array(scalars.suffix(3_000))
        unsubscribeInFooter = Self.matcher.matches(in: tail).contains { Self.phrases[$0].0 == .unsubscribe }
        mentionsKoreanOptOut = Self.koreanOptOutWords.matches(in: scalars).isEmpty == false
    }

    func has(_ kind: Kind) -> Bool { found.contains(kind) }
}
