/// Brands that phishing imitates: the names a message may show (Hangul and Latin) and the
/// registrable domains the brand really sends from and links to. Built in (`BrandData`) and
/// extendable by the administrator from a text file (`DATA/filter/brands.txt`), one brand a line:
///
/// ```text
/// # key | names shown, comma-separated | real registrable domains | look-alike tokens (optional)
/// naver | 네이버, naver, 네이버페이 | naver.com, naver.net, navercorp.com | naver
/// ```
///
/// Names are matched case-insensitively on normalised text (see `TextNormalizer`); a name of
/// Latin letters only matches as a whole word; a two-syllable Hangul name only when no Hangul
/// syllable comes right before it. Look-alike tokens (default: the Latin names without spaces)
/// are searched in host names. Pure.
public struct BrandList: Sendable {
    public struct Brand: Sendable, Hashable {
        public var key: String
        public var domains: [String]

        public var names: [String] { didSet { nameScalars = names.map { Array($0.unicodeScalars) } } }
        public var tokens: [String] { didSet { tokenSkeletons = tokens.map(HostNames.skeleton) } }
        /// Precomputed forms for matching (names as scalars, tokens folded).
        var nameScalars: [[Unicode.Scalar]] = []
        var tokenSkeletons: [String] = []

        public init(key: String, names: [String], domains: [String], tokens: [String] = []) {
            self.key = key
            self.names = names.map { $0.lowercased() }
            self.domains = domains.map { $0.lowercased() }
            self.tokens = tokens.isEmpty ? Self.defaultTokens(names) : tokens.map { $0.lowercased() }
            nameScalars = self.names.map { Array($0.unicodeScalars) }
            tokenSkeletons = self.tokens.map(HostNames.skeleton)
        }

        static func defaultTokens(_ names: [String]) -> [String] {
            names.map { $0.lowercased().filter { $0 != " " } }.filter { name in
                name.unicodeScalars.allSatisfy { ($0.value >= 0x61 && $0.value <= 0x7A) || ($0.value >= 0x30 && $0.value <= 0x39) }
                    && name.count >= 4
            }
        }

        /// The host is the brand's (one of its domains or a subdomain of one).
        public func owns(host: String) -> Bool {
            let host = host.lowercased()
            return domains.contains { host == $0 || host.hasSuffix("." + $0) }
        }
    }

    public private(set) var brands: [Brand]
    /// Every name's first scalar → (brand index, name), so a text is walked once, not once per name.
    private var namesByFirstScalar: [Unicode.Scalar: [(brand: Int, name: [Unicode.Scalar])]] = [:]

    public init(_ brands: [Brand]) {
        self.brands = brands
        for (index, brand) in brands.enumerated() {
            for name in brand.nameScalars where !name.isEmpty {
                namesByFirstScalar[name[0], default: []].append((index, name))
            }
        }
    }

    /// Parses the file format above; lines that do not have at least a key, a name and a domain
    /// are reported in `errors` (line number and text) and skipped.
    public init(parsing text: String) {
        self = Self.parse(text).list
    }

    /// The list and the lines that could not be read ("line N: text").
    public static func parse(_ text: String) -> (list: BrandList, errors: [String]) {
        var errors: [String] = []
        var brands: [Brand] = []
        var lineNumber = 0
        // `isNewline`: a file saved with CR LF line ends is read line by line too.
        for raw in text.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lineNumber += 1
            let line = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init)?.trimmingSpaces ?? ""
            guard !line.isEmpty else { continue }
            let columns = line.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingSpaces }
            func list(_ index: Int) -> [String] {
                guard index < columns.count else { return [] }
                return columns[index].split(separator: ",").map { String($0).trimmingSpaces }.filter { !$0.isEmpty }
            }
            let names = list(1), domains = list(2)
            guard columns.count >= 3, !columns[0].isEmpty, !names.isEmpty, !domains.isEmpty else {
                errors.append("line \(lineNumber): \(line.prefix(80))")
                continue
            }
            brands.append(Brand(key: columns[0], names: names, domains: domains, tokens: list(3)))
        }
        return (BrandList(brands), errors)
    }

    /// The built-in list.
    public static let builtIn = BrandList(parsing: BrandData.text)

    /// This list with another's brands added; a brand with the same key is extended (names,
    /// domains and tokens merged), so an administrator can add a bank's new domain.
    public func merging(_ other: BrandList) -> BrandList {
        var merged = brands
        for brand in other.brands {
            if let index = merged.firstIndex(where: { $0.key == brand.key }) {
                merged[index].names += brand.names.filter { !merged[index].names.contains($0) }
                merged[index].domains += brand.domains.filter { !merged[index].domains.contains($0) }
                merged[index].tokens += brand.tokens.filter { !merged[index].tokens.contains($0) }
            } else {
                merged.append(brand)
            }
        }
        return BrandList(merged)
    }

    /// Brands named in a piece of text (a display name, subject or link text).
    public func brands(namedIn text: String) -> [Brand] {
        let haystack = Array(TextNormalizer.normalize(text).text.lowercased().unicodeScalars)
        guard !haystack.isEmpty else { return [] }
        var found = Set<Int>()
        for start in haystack.indices {
            guard let candidates = namesByFirstScalar[haystack[start]] else { continue }
            for candidate in candidates where !found.contains(candidate.brand) {
                if Self.occurs(candidate.name, in: haystack, at: start) { found.insert(candidate.brand) }
            }
        }
        return found.sorted().map { brands[$0] }
    }

    /// The brand a host imitates: one of the brand's look-alike tokens appears in the host (with
    /// confusable characters and punycode undone), and the host is not the brand's.
    public func imitatedBrand(host: String) -> Brand? {
        let host = host.lowercased()
        let pieces = HostNames.searchPieces(HostNames.skeleton(HostNames.decodePunycode(host)))
        for brand in brands {
            for token in brand.tokenSkeletons where HostNames.contains(skeletonToken: token, inPieces: pieces) {
                if !brand.owns(host: host) { return brand }
                break
            }
        }
        return brandWithServiceWord(host: host)
    }

    /// Words of an account's service that phishing joins to a brand's name with a hyphen
    /// (`chase-secure-alerts.com`, `paypal-support.net`). A brand whose name is a common word
    /// (`chase`, `apple`) has no look-alike token of its own; its name followed by one of these
    /// is one.
    static let serviceWords: Set<Substring> = [
        "secure", "security", "alert", "alerts", "verify", "verification", "login", "signin", "support", "account", "accounts",
        "online", "service", "services", "update", "auth", "portal", "help", "billing", "notice", "notification",
        "notifications", "team", "care", "id", "wallet", "refund", "unlock",
    ]

    /// A brand's name (its key, four letters or more) as one hyphenated part of a registrable name
    /// the brand does not own, beside a service word: `secure.chase-secure-alerts.com`.
    func brandWithServiceWord(host: String) -> Brand? {
        // Longer than a host name may be (RFC 1035: 255) names no host.
        guard host.utf8.count <= 255, let name = URLScanner.baseDomain(host).split(separator: ".").first, name.contains("-") else { return nil }
        let parts = name.split(separator: "-")
        guard parts.contains(where: Self.serviceWords.contains) else { return nil }
        return brands.first { brand in
            brand.key.count >= 4 && parts.contains(Substring(brand.key)) && !brand.owns(host: host)
        }
    }

    /// Syllables that may follow a two-syllable name: particles and the words brands put after
    /// their names (토스뱅크, 신한카드, 쿠팡이츠), so that 토스트 (toast) is not 토스.
    static let followers: Set<Unicode.Scalar> = Set("은는이가을를에의와과로도만뱅페고증카앱측본공보인결알계택회".unicodeScalars)

    static func isLatin(_ scalar: Unicode.Scalar) -> Bool {
        (scalar.value >= 0x61 && scalar.value <= 0x7A) || (scalar.value >= 0x41 && scalar.value <= 0x5A) || (scalar.value >= 0x30 && scalar.value <= 0x39)
    }

    /// Whether `needle` occurs in `haystack` under the boundary rules above. Linear in the
    /// haystack for a fixed needle (needles are short names).
    static func occurs(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Bool {
        guard !needle.isEmpty, needle.count <= haystack.count else { return false }
        return (0...(haystack.count - needle.count)).contains { occurs(needle, in: haystack, at: $0) }
    }

    /// Whether `needle` occurs at `start` in `haystack` under the boundary rules above.
    static func occurs(_ needle: [Unicode.Scalar], in haystack: [Unicode.Scalar], at start: Int) -> Bool {
        guard !needle.isEmpty, start + needle.count <= haystack.count else { return false }
        for offset in 0..<needle.count where haystack[start + offset] != needle[offset] { return false }
        let before = start > 0 ? haystack[start - 1] : nil
        let after = start + needle.count < haystack.count ? haystack[start + needle.count] : nil
        if needle.allSatisfy({ isLatin($0) || $0 == " " || $0 == "-" || $0 == "." }) {
            return !(before.map(isLatin) ?? false) && !(after.map(isLatin) ?? false)
        }
        if needle.count == 2 && needle.allSatisfy(TextNormalizer.isSyllable) {
            return !(before.map(TextNormalizer.isSyllable) ?? false)
                && (after.map { !TextNormalizer.isSyllable($0) || followers.contains($0) } ?? true)
        }
        return true
    }
}
