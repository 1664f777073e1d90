/// Finds which of a fixed set of phrases occur in a text, in one pass: phrases are indexed by
/// their first two Unicode scalars, and each position of the text is checked only against the
/// phrases that start with its pair. Linear in the text for a fixed phrase set. Pure.
public struct PhraseMatcher: Sendable {
    let phrases: [[Unicode.Scalar]]
    let index: [UInt64: [Int]]

    public init(_ phrases: [String]) {
        let lists = phrases.map { Array($0.lowercased().unicodeScalars) }.filter { $0.count >= 2 }
        var index: [UInt64: [Int]] = [:]
        for (position, phrase) in lists.enumerated() {
            index[Self.key(phrase[0], phrase[1]), default: []].append(position)
        }
        self.phrases = lists
        self.index = index
    }

    static func key(_ a: Unicode.Scalar, _ b: Unicode.Scalar) -> UInt64 { UInt64(a.value) << 32 | UInt64(b.value) }

    /// Indexes (into the phrases given at init, after dropping those shorter than two scalars) of
    /// the phrases found in `scalars`.
    public func matches(in scalars: [Unicode.Scalar]) -> Set<Int> {
        var found = Set<Int>()
        guard scalars.count >= 2 else { return found }
        for position in 0..<(scalars.count - 1) {
            guard let candidates = index[Self.key(scalars[position], scalars[position + 1])] else { continue }
            for candidate in candidates where !found.contains(candidate) {
                let phrase = phrases[candidate]
                guard position + phrase.count <= scalars.count else { continue }
                var equal = true
                for offset in 2..<phrase.count where scalars[position + offset] != phrase[offset] {
                    equal = false
                    break
                }
                if equal { found.insert(candidate) }
            }
        }
        return found
    }

    public func phrases(at indexes: Set<Int>) -> [String] {
        indexes.sorted().map { String(String.UnicodeScalarView(phrases[$0])) }
    }
}
