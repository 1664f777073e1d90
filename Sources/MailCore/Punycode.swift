/// RFC 3492 Punycode and the IDNA A-label form of domain names, so that `한국.kr` and
/// `xn--3e0b707e.kr` are the same domain to every decision.
public enum Punycode {
    private static let base = 36, tMin = 1, tMax = 26, skew = 38, damp = 700, initialBias = 72, initialN = 128

    private static func adapt(_ delta: Int, _ numPoints: Int, _ firstTime: Bool) -> Int {
        var delta = firstTime ? delta / damp : delta / 2
        delta += delta / numPoints
        var k = 0
        while delta > ((base - tMin) * tMax) / 2 {
            delta /= base - tMin
            k += base
        }
        return k + (base - tMin + 1) * delta / (delta + skew)
    }

    private static func digit(_ value: Int) -> Character {
        Character(Unicode.Scalar(UInt8(value < 26 ? value + 97 : value + 22)))
    }

    /// Encodes one label (without the `xn--` prefix). Returns nil on overflow.
    public static func encode(_ label: String) -> String? {
        let scalars = label.unicodeScalars.map { Int($0.value) }
        var output = String(String.UnicodeScalarView(label.unicodeScalars.filter { $0.value < 0x80 }))
        let basicCount = output.unicodeScalars.count
        var handled = basicCount
        if basicCount > 0 { output.append("-") }
        var n = initialN, delta = 0, bias = initialBias
        while handled < scalars.count {
            guard let m = scalars.filter({ $0 >= n }).min() else { return nil }
            let (product, overflow) = (m - n).multipliedReportingOverflow(by: handled + 1)
            guard !overflow else { return nil }
            delta += product
            n = m
            for c in scalars {
                if c < n { delta += 1 }
                if c == n {
                    var q = delta
                    var k = base
                    while true {
                        let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                        if q < t { break }
                        output.append(digit(t + (q - t) % (base - t)))
                        q = (q - t) / (base - t)
                        k += base
                    }
                    output.append(digit(q))
                    bias = adapt(delta, handled + 1, handled == basicCount)
                    delta = 0
                    handled += 1
                }
            }
            delta += 1
            n += 1
        }
        return output
    }

    /// Lower-cases a domain and turns every non-ASCII label into its `xn--` A-label.
    /// A trailing dot is removed. Returns nil for an empty label or a label that cannot be encoded.
    /// RFC 3492 §6.2 decoding of one label (without `xn--`); nil on malformed input, overflow or
    /// a label longer than 63. Linear in the label for all practical purposes (labels are short).
    public static func decode(_ input: String) -> String? {
        let scalars = Array(input.unicodeScalars)
        guard scalars.count <= 63 else { return nil }
        var output: [UInt32] = []
        var basicEnd = 0
        if let last = scalars.lastIndex(of: "-") {
            for scalar in scalars[..<last] {
                guard scalar.isASCII else { return nil }
                output.append(scalar.value)
            }
            basicEnd = last + 1
        }
        func digitValue(_ scalar: Unicode.Scalar) -> Int? {
            switch scalar.value {
            case 0x30...0x39: return Int(scalar.value) - 22
            case 0x41...0x5A: return Int(scalar.value) - 0x41
            case 0x61...0x7A: return Int(scalar.value) - 0x61
            default: return nil
            }
        }
        var n = initialN, i = 0, bias = initialBias
        var position = basicEnd
        while position < scalars.count {
            let oldI = i
            var w = 1
            var k = base
            while true {
                guard position < scalars.count, let d = digitValue(scalars[position]) else { return nil }
                position += 1
                let (product, overflow1) = d.multipliedReportingOverflow(by: w)
                guard !overflow1, i <= Int(Int32.max) - product else { return nil }
                i += product
                let t = k <= bias ? tMin : (k >= bias + tMax ? tMax : k - bias)
                if d < t { break }
                let (next, overflow2) = w.multipliedReportingOverflow(by: base - t)
                guard !overflow2, next <= Int(Int32.max) else { return nil }
                w = next
                k += base
            }
            bias = adapt(i - oldI, output.count + 1, oldI == 0)
            n += i / (output.count + 1)
            i %= output.count + 1
            guard n <= 0x10FFFF, output.count < 63 else { return nil }
            output.insert(UInt32(n), at: i)
            i += 1
        }
        var view = String.UnicodeScalarView()
        for value in output {
            guard let scalar = Unicode.Scalar(value) else { return nil }
            view.append(scalar)
        }
        return String(view)
    }

    public static func asciiDomain(_ domain: String) -> String? {
        var name = domain.lowercased()
        if name.hasSuffix(".") { name.removeLast() }
        guard !name.isEmpty else { return nil }
        var labels: [String] = []
        for label in name.split(separator: ".", omittingEmptySubsequences: false) {
            guard !label.isEmpty else { return nil }
            if label.unicodeScalars.allSatisfy({ $0.value < 0x80 }) {
                labels.append(String(label))
            } else {
                guard let encoded = encode(String(label)) else { return nil }
                labels.append("xn--" + encoded)
            }
        }
        return labels.joined(separator: ".")
    }
}
