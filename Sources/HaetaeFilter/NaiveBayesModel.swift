/// The message classes the statistical filter learns.
public enum MailClass: Int, Sendable, CaseIterable, Codable {
    case ham = 0, spam = 1, phish = 2
}

/// A Bernoulli naive Bayes classifier over hashed features, with Laplace smoothing. Trained
/// counts are kept so a site can retrain incrementally; the model serialises to a compact binary
/// form (`HNB1`, little-endian). Pure.
public struct NaiveBayesModel: Sendable {
    /// Documents per class.
    public private(set) var documents: [UInt32] = [0, 0, 0]
    /// Per feature: documents of each class containing it.
    public private(set) var counts: [UInt32: (UInt32, UInt32, UInt32)] = [:]

    public init() {}

    public mutating func train(_ features: Set<UInt32>, as label: MailClass) {
        documents[label.rawValue] += 1
        for feature in features {
            var entry = counts[feature] ?? (0, 0, 0)
            switch label {
            case .ham: entry.0 += 1
            case .spam: entry.1 += 1
            case .phish: entry.2 += 1
            }
            counts[feature] = entry
        }
    }

    /// Drops features seen in fewer than `minimum` documents (a smaller model that generalises better).
    public mutating func prune(minimumDocuments minimum: UInt32) {
        counts = counts.filter { $0.value.0 + $0.value.1 + $0.value.2 >= minimum }
    }

    /// Log-likelihood of each class given the features (unnormalised), over features the model knows.
    public func logScores(_ features: Set<UInt32>) -> [Double] {
        let total = Double(documents.reduce(0, +))
        guard total > 0 else { return [0, 0, 0] }
        var scores = (0..<3).map { log((Double(documents[$0]) + 1) / (total + 3)) }
        let denominators = (0..<3).map { Double(documents[$0]) + 2 }
        for feature in features {
            guard let entry = counts[feature] else { continue }
            let values = [entry.0, entry.1, entry.2]
            // A feature seen only a couple of times says little: damp it.
            let seen = values.reduce(0, +)
            let weight = seen >= 5 ? 1.0 : Double(seen) / 5
            for c in 0..<3 {
                scores[c] += weight * log((Double(values[c]) + 1) / denominators[c])
            }
        }
        return scores
    }

    /// How much more likely spam-or-phish is than ham (natural log), and which bad class leads.
    public func spamLogOdds(_ features: Set<UInt32>) -> (odds: Double, leading: MailClass) {
        let scores = logScores(features)
        let bad = max(scores[1], scores[2])
        return (bad - scores[0], scores[2] > scores[1] ? .phish : .spam)
    }

    public var isEmpty: Bool { documents.allSatisfy { $0 == 0 } }
    public var featureCount: Int { counts.count }

    // MARK: - Serialisation

    static let magic: [UInt8] = Array("HNB1".utf8)

    public func serialized() -> [UInt8] {
        var out = Self.magic
        func put(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        for count in documents { put(count) }
        put(UInt32(counts.count))
        for (feature, entry) in counts.sorted(by: { $0.key < $1.key }) {
            put(feature)
            put(entry.0)
            put(entry.1)
            put(entry.2)
        }
        return out
    }

    public init?(serialized bytes: [UInt8]) {
        guard bytes.count >= 20, Array(bytes[0..<4]) == Self.magic else { return nil }
        var offset = 4
        func get() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return value
        }
        guard let ham = get(), let spam = get(), let phish = get(), let count = get(), count <= 50_000_000 else { return nil }
        documents = [ham, spam, phish]
        counts.reserveCapacity(Int(count))
        for _ in 0..<count {
            guard let feature = get(), let a = get(), let b = get(), let c = get() else { return nil }
            counts[feature] = (a, b, c)
        }
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
