/// Letter and digit tests for the tokenisers, answered from ranges for ASCII and Hangul
/// syllables (most of the text the filter reads) before falling back to the Unicode property
/// tables, which cost a table lookup per call.
enum ScalarClass {
    /// `Unicode.Scalar.Properties.isAlphabetic`, fast for ASCII and Hangul syllables.
    @inline(__always)
    static func isLetter(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value >= 0xAC00 && value <= 0xD7A3 { return true }
        return scalar.properties.isAlphabetic
    }

    /// A decimal digit or any other scalar with a numeric value.
    @inline(__always)
    static func isNumeric(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 { return value >= 0x30 && value <= 0x39 }
        if value >= 0xAC00 && value <= 0xD7A3 { return false }
        return scalar.properties.numericType != nil
    }

    /// A scalar that belongs inside a word: a letter or a number.
    @inline(__always)
    static func isWord(_ scalar: Unicode.Scalar) -> Bool { isLetter(scalar) || isNumeric(scalar) }

    /// Appends the scalar lower-cased (ASCII without a table lookup).
    @inline(__always)
    static func appendLowercased(_ scalar: Unicode.Scalar, to out: inout [Unicode.Scalar]) {
        if scalar.value < 0x80 {
            out.append((0x41...0x5A).contains(scalar.value) ? Unicode.Scalar(scalar.value + 0x20)! : scalar)
        } else if scalar.properties.changesWhenLowercased {
            out += scalar.properties.lowercaseMapping.unicodeScalars
        } else {
            out.append(scalar)
        }
    }
}
