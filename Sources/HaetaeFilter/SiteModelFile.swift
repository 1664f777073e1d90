/// The site model's file format (`DATA/filter/site-model.hsm`), little-endian:
/// `HSM1`, feature-schema version, ham and spam counts, origins (name, count), users (name,
/// tallies), learned message digests, then the weights (bucket, float). Pure.
extension SiteModel {
    static let magic: [UInt8] = Array("HSM1".utf8)

    public func serialized() -> [UInt8] {
        var out = Self.magic
        func put32(_ value: UInt32) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func put64(_ value: UInt64) { withUnsafeBytes(of: value.littleEndian) { out.append(contentsOf: $0) } }
        func putString(_ value: String) {
            let bytes = Array(value.utf8.prefix(255))
            out.append(UInt8(bytes.count))
            out += bytes
        }
        put32(FeatureHasher.schemaVersion)
        put32(UInt32(hamCount))
        put32(UInt32(spamCount))
        put32(UInt32(origins.count))
        for (name, count) in origins.sorted(by: { $0.key < $1.key }) {
            putString(name)
            put32(UInt32(count))
        }
        put32(UInt32(users.count))
        for (name, tally) in users.sorted(by: { $0.key < $1.key }) {
            putString(name)
            put32(UInt32(tally.ham))
            put32(UInt32(tally.spam))
            put64(tally.influence.bitPattern)
            put32(UInt32(tally.refused))
            put64(UInt64(bitPattern: tally.day))
            put32(UInt32(tally.today))
        }
        let kept = learnedDigests
        put32(UInt32(kept.count))
        for digest in kept { put64(digest) }
        put32(UInt32(weights.count))
        for (key, value) in weights.sorted(by: { $0.key < $1.key }) {
            put32(key)
            put32(value.bitPattern)
        }
        put32(UInt32(rehearsal.count))
        for example in rehearsal {
            put32(UInt32(example.features.count) | (example.positive ? 0x8000_0000 : 0))
            put32(example.baseOdds.bitPattern)
            for feature in example.features { put32(feature) }
        }
        return out
    }

    /// Reads the file; nil when damaged or written for another feature schema.
    public init?(serialized bytes: [UInt8], configuration: Configuration = Configuration()) {
        guard bytes.count >= 8, Array(bytes[0..<4]) == Self.magic else { return nil }
        var offset = 4
        func get32() -> UInt32? {
            guard offset + 4 <= bytes.count else { return nil }
            var value: UInt32 = 0
            for shift in 0..<4 { value |= UInt32(bytes[offset + shift]) << (8 * shift) }
            offset += 4
            return value
        }
        func get64() -> UInt64? {
            guard let low = get32(), let high = get32() else { return nil }
            return UInt64(low) | UInt64(high) << 32
        }
        func getString() -> String? {
            guard offset < bytes.count else { return nil }
            let length = Int(bytes[offset])
            offset += 1
            guard offset + length <= bytes.count else { return nil }
            defer { offset += length }
            return String(decoding: bytes[offset..<(offset + length)], as: UTF8.self)
        }
        self.init(configuration: configuration)
        guard let schema = get32(), schema == FeatureHasher.schemaVersion, let ham = get32(), let spam = get32(), let originCount = get32(),
            originCount <= 64
        else { return nil }
        var origins: [String: Int] = [:]
        for _ in 0..<originCount {
            guard let name = getString(), let count = get32() else { return nil }
            origins[name] = Int(count)
        }
        guard let userCount = get32(), Int(userCount) <= bytes.count else { return nil }
        var users: [String: UserTally] = [:]
        for _ in 0..<userCount {
            guard let name = getString(), let ham = get32(), let spam = get32(), let influence = get64(), let refused = get32(),
                let day = get64(), let today = get32()
            else { return nil }
            users[name] = UserTally(ham: Int(ham), spam: Int(spam), influence: Double(bitPattern: influence), refused: Int(refused),
                                    day: Int64(bitPattern: day), today: Int(today))
        }
        guard let digestCount = get32(), Int(digestCount) <= bytes.count / 8 else { return nil }
        var digests: [UInt64] = []
        for _ in 0..<digestCount {
            guard let digest = get64() else { return nil }
            digests.append(digest)
        }
        guard let weightCount = get32(), Int(weightCount) <= bytes.count / 8 else { return nil }
        var weights: [UInt32: Float] = [:]
        for _ in 0..<weightCount {
            guard let key = get32(), let value = get32() else { return nil }
            weights[key] = Float(bitPattern: value)
        }
        guard let exampleCount = get32(), Int(exampleCount) <= bytes.count / 8 else { return nil }
        var rehearsal: [Example] = []
        for _ in 0..<exampleCount {
            guard let header = get32(), let base = get32(), Int(header & 0x7FFF_FFFF) <= (bytes.count - offset) / 4 else { return nil }
            var features: [UInt32] = []
            for _ in 0..<(header & 0x7FFF_FFFF) {
                guard let feature = get32() else { return nil }
                features.append(feature)
            }
            rehearsal.append(Example(features: features, positive: header & 0x8000_0000 != 0, baseOdds: Float(bitPattern: base)))
        }
        restore(hamCount: Int(ham), spamCount: Int(spam), users: users, origins: origins, digests: digests, weights: weights, rehearsal: rehearsal)
    }
}
