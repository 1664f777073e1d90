import Foundation

/// Binary logistic regression over hashed binary features (2^20 buckets), trained with AdaGrad
/// and L2 regularisation; inputs are scaled by 1/√n so long and short messages weigh alike.
/// Pure.
public struct LogisticModel: Sendable {
    public static let bits = 20
    static let mask = UInt32((1 << bits) - 1)
    public private(set) var weights: [Float]
    public private(set) var bias: Float = 0

    public init() {
        weights = [Float](repeating: 0, count: 1 << Self.bits)
    }

    @inline(__always) static func bucket(_ feature: UInt32) -> Int { Int(feature & mask) }

    /// Natural-log odds of the positive class.
    public func logOdds(_ features: Set<UInt32>) -> Double {
        guard !features.isEmpty else { return Double(bias) }
        let scale = 1 / Float(features.count).squareRoot()
        var sum: Float = 0
        for feature in features { sum += weights[Self.bucket(feature)] }
        return Double(sum * scale + bias)
    }

    /// Trains on (features, positive) examples. `negativeWeight` > 1 makes a false positive cost
    /// more than a miss (ham must not be flagged).
    public mutating func train(
        _ examples: [(features: Set<UInt32>, positive: Bool)], epochs: Int = 12, rate: Float = 0.5, l2: Float = 1e-5,
        negativeWeight: Float = 2, seed: UInt64 = 1
    ) {
        var squared = [Float](repeating: 1e-6, count: weights.count)
        var biasSquared: Float = 1e-6
        var order = Array(examples.indices)
        var generator = SeededShuffle(state: seed)
        // Sorted, so a training run is reproducible byte for byte (set order differs per process).
        let lists = examples.map { $0.features.sorted().map(Self.bucket) }
        for _ in 0..<epochs {
            order.shuffle(using: &generator)
            for index in order {
                let buckets = lists[index]
                guard !buckets.isEmpty else { continue }
                let scale = 1 / Float(buckets.count).squareRoot()
                var z = bias
                for b in buckets { z += weights[b] * scale }
                let p = 1 / (1 + exp(-z))
                let target: Float = examples[index].positive ? 1 : 0
                let weight: Float = examples[index].positive ? 1 : negativeWeight
                let gradient = (p - target) * weight
                for b in buckets {
                    let g = gradient * scale + l2 * weights[b]
                    squared[b] += g * g
                    weights[b] -= rate * g / squared[b].squareRoot()
                }
                biasSquared += gradient * gradient
                bias -= rate * gradient / biasSquared.squareRoot()
            }
        }
    }

    public var nonZeroCount: Int { weights.reduce(0) { $0 + ($1 != 0 ? 1 : 0) } }

    init(weights: [Float], bias: Float) {
        self.weights = weights
        self.bias = bias
    }
}

/// SplitMix64: a small seeded generator, so shuffles (training order, cross-validation folds) are
/// the same on every run.
public struct SeededShuffle: RandomNumberGenerator {
    var state: UInt64
    public init(state: UInt64) { self.state = state }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The filter's model: spam-or-phishing against ham, and phishing against spam.
public struct FilterModel: Sendable {
    public var bad: LogisticModel
    public var phish: LogisticModel
    public var trainedOn: Int

    public init(bad: LogisticModel = LogisticModel(), phish: LogisticModel = LogisticModel(), trainedOn: Int = 0) {
        self.bad = bad
        self.phish = phish
        self.trainedOn = trainedOn
    }

    public static func train(_ samples: [(features: Set<UInt32>, label: MailClass)], seed: UInt64 = 1) -> FilterModel {
        var bad = LogisticModel()
        bad.train(samples.map { ($0.features, $0.label != .ham) }, seed: seed)
        var phish = LogisticModel()
        phish.train(samples.filter { $0.label != .ham }.map { ($0.features, $0.label == .phish) }, negativeWeight: 1, seed: seed)
        return FilterModel(bad: bad, phish: phish, trainedOn: samples.count)
    }

    public var isEmpty: Bool { trainedOn == 0 }

    /// Log odds of spam-or-phishing against ham, and which bad class leads.
    public func assess(_ features: Set<UInt32>) -> (odds: Double, leading: MailClass) {
        (bad.logOdds(features), phish.logOdds(features) > 0 ? .phish : .spam)
    }

    static let magic: [UInt8] = Array("HFM2".utf8)

    /// Compact form: weights quantised to 8 bits (step = largest weight / 127), indexes
    /// delta-coded as varints, weights below `epsilon` dropped.
    public func serialized(epsilon: Float = 0.15) -> [UInt8] {
        var out = Self.magic
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        put32(UInt32(trainedOn))
        for model in [bad, phish] {
            let largest = model.weights.reduce(Float(0)) { max($0, abs($1)) }
            let step = largest > 0 ? largest / 127 : 1
            let kept = model.weights.indices.filter { abs(model.weights[$0]) >= max(epsilon, step / 2) }
            put32(model.bias.bitPattern)
            put32(step.bitPattern)
            put32(UInt32(kept.count))
            var previous = 0
            for index in kept {
                var delta = UInt32(index - previous)
                previous = index
                while delta >= 0x80 {
                    out.append(UInt8(delta & 0x7F) | 0x80)
                    delta >>= 7
                }
                out.append(UInt8(delta))
                out.append(UInt8(bitPattern: Int8(max(-127, min(127, (model.weights[index] / step).rounded())))))
            }
        }
        return out
    }

    public init?(serialized bytes: [UInt8]) {
        guard bytes.count > 8, Array(bytes[0..<4]) == Self.magic else { return nil }
        var offset = 4
        func get32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            let value = UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
            offset += 4
            return value
        }
        guard let trained = get32() else { return nil }
        trainedOn = Int(trained)
        var models: [LogisticModel] = []
        for _ in 0..<2 {
            guard let biasBits = get32(), let stepBits = get32(), let count = get32(), count <= 1 << LogisticModel.bits else { return nil }
            var weights = [Float](repeating: 0, count: 1 << LogisticModel.bits)
            let step = Float(bitPattern: stepBits)
            var index = 0
            for _ in 0..<count {
                var delta = 0
                var shift = 0
                while true {
                    guard offset < bytes.count, shift < 35 else { return nil }
                    let byte = bytes[offset]
                    offset += 1
                    delta |= Int(byte & 0x7F) << shift
                    if byte & 0x80 == 0 { break }
                    shift += 7
                }
                index += delta
                guard index < weights.count, offset < bytes.count else { return nil }
                weights[index] = Float(Int8(bitPattern: bytes[offset])) * step
                offset += 1
            }
            models.append(LogisticModel(weights: weights, bias: Float(bitPattern: biasBits)))
        }
        bad = models[0]
        phish = models[1]
    }
}
