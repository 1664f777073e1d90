import Foundation

/// Undoes the tricks spammers use to hide words from filters, before tokenising: NFKC (full-width
/// forms, circled and compatibility letters), zero-width and soft-hyphen characters dropped,
/// separators between single Hangul syllables removed (`카.지.노`, `카 지 노` → `카지노`), a lead
/// jamo followed by a Latin look-alike of a vowel composed into a syllable (`ㅋrㅈiㄴo` → `카지노`),
/// Cyrillic and Greek look-alikes inside Latin words folded to Latin (`pаypal` with a Cyrillic а).
/// Counts what it undid: obfuscation is itself a signal. Every pass is by Unicode scalar and
/// linear in the input. Pure.
public enum TextNormalizer {
    public struct Result: Sendable, Hashable {
        public var text: String
        /// How many obfuscation tricks were undone (invisible characters, split syllables,
        /// jamo compositions, mixed-script letters); full-width forms are not counted.
        public var obfuscations: Int
    }

    public static func normalize(_ text: String) -> Result {
        // NFKC also turns compatibility jamo (ㅋ, U+314B) into conjoining jamo (U+110F) and
        // composes a conjoining lead + vowel pair into a syllable; it cannot tell a lead that
        // stands for a final consonant (`테ㄹ레`), which `KoreanLexicon` puts in place.
        // The lunate sigmas look like C and c, but NFKC makes them Σ and σ, which do not: before it
        // they become the Cyrillic С and с, which NFKC keeps and `foldMixedScriptWords` folds (and
        // counts) inside a Latin word like any other look-alike.
        let lunate = text.unicodeScalars.contains { $0.value == 0x03F9 || $0.value == 0x03F2 }
            ? String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value == 0x03F9 ? "\u{0421}" : $0.value == 0x03F2 ? "\u{0441}" : $0 }))
            : text
        let nfkc = lunate.precomposedStringWithCompatibilityMapping
        var count = 0
        var scalars = dropInvisible(Array(nfkc.unicodeScalars), count: &count)
        scalars = composeLookalikeJamo(scalars, count: &count)
        scalars = joinSplitSyllables(scalars, count: &count)
        scalars = foldMixedScriptWords(scalars, count: &count)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return Result(text: String(view), obfuscations: count)
    }

    static func isInvisible(_ value: UInt32) -> Bool {
        switch value {
        // Variation selectors (U+FE00–FE0F, U+E0100–E01EF) and tag characters (U+E0000–E007F)
        // render as nothing after a letter: `Mi󠄹cr󠄹oso󠄹ft` carries U+E0139 between its letters. After
        // an emoji they only choose its look, so dropping them changes no word.
        case 0x00AD, 0x034F, 0x061C, 0x115F, 0x1160, 0x17B4, 0x17B5, 0x180E, 0x200B...0x200F, 0x202A...0x202E,
            0x2060...0x2064, 0x206A...0x206F, 0x3164, 0xFE00...0xFE0F, 0xFEFF, 0xFFA0, 0xE0000...0xE007F, 0xE0100...0xE01EF:
            return true
        default:
            return false
        }
    }

    /// Drops invisible characters; counts only those inside a word (between two letters or
    /// digits): newsletters pad their preview text with runs of zero-width joiners between
    /// spaces, which hides nothing. A lone U+FEFF (zero-width no-break space) inside a word is
    /// not counted either: e-mail templates put it into phone numbers, dates, prices and street
    /// addresses so that mail apps do not turn them into links; word-splitting spam uses the
    /// zero-width space, joiners and the soft hyphen.
    static func dropInvisible(_ scalars: [Unicode.Scalar], count: inout Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard isInvisible(scalars[index].value) else {
                out.append(scalars[index])
                index += 1
                continue
            }
            var end = index
            while end < scalars.count, isInvisible(scalars[end].value) { end += 1 }
            let antiLinking = end == index + 1 && scalars[index].value == 0xFEFF
            if !antiLinking, let before = out.last, end < scalars.count, isWordScalar(before), isWordScalar(scalars[end]) { count += 1 }
            index = end
        }
        return out
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ScalarClass.isWord(scalar)
    }

    static func isSyllable(_ scalar: Unicode.Scalar) -> Bool { (0xAC00...0xD7A3).contains(scalar.value) }

    /// Latin (and a few symbol) look-alikes of Hangul vowels, as indexes into the 21 medial vowels.
    static func lookalikeVowel(_ scalar: Unicode.Scalar) -> UInt32? {
        switch scalar {
        case "r", "F": return 0  // ㅏ
        case "H": return 1  // ㅐ
        case "i", "l", "I", "|", "1": return 20  // ㅣ
        case "o", "O", "0": return 8  // ㅗ
        case "T": return 13  // ㅜ
        case "_", "ㅡ": return 18  // ㅡ
        case "y": return 5  // ㅕ (rarely, ㅕ written as y)
        default: return nil
        }
    }

    /// A conjoining lead jamo (U+1100–U+1112, what NFKC makes of ㄱ…ㅎ) followed by a vowel
    /// look-alike becomes the syllable it imitates.
    static func composeLookalikeJamo(_ scalars: [Unicode.Scalar], count: inout Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if (0x1100...0x1112).contains(scalar.value), index + 1 < scalars.count, let vowel = lookalikeVowel(scalars[index + 1]),
                let syllable = Unicode.Scalar(0xAC00 + ((scalar.value - 0x1100) * 21 + vowel) * 28)
            {
                out.append(syllable)
                count += 1
                index += 2
                continue
            }
            out.append(scalar)
            index += 1
        }
        return out
    }

    /// Syllables that are whole words of everyday Korean (bound nouns, counters, adverbs, short
    /// verbs and pronouns): `수`, `번`, `더`, `잘`, `안`, `할`, `볼` … A run of them between spaces is
    /// how Korean is written, not a word pulled apart (`카 지 노` has none of them).
    static let standaloneWords: Set<Unicode.Scalar> = Set(
        "수번더좀잘못안할볼될줄것때게거그이저제내네뭐왜또꼭곧딱참약총각전후중및등씩분원개명일월년시층호동건장권차회살날집돈밥술말길물불몸힘눈손발옷잠꿈난넌갈올간온본된쓸알두세몇새큰긴뭘걸건데한둘셋넷좋쓴든던를을은는가의에와과도만로서"
            .unicodeScalars)

    /// Korean lists one-syllable words with a middle dot or a slash: `월·수·금` (days), `상·하반기`,
    /// `대·중·소`, `초·중·고`, `동·서·남·북`. A run of distinct such syllables joined only by these
    /// marks is an enumeration (`대·출` is not: 출 is none of them; `토·토` repeats).
    static let enumeratedWords: Set<Unicode.Scalar> = Set("월화수목금토일상중하대소초고동서남북좌우전후남녀노사여야한미일".unicodeScalars)
    static let enumerationMarks: Set<Unicode.Scalar> = ["·", "ㆍ", "・", "/", ",", " "]

    /// Characters spammers put between syllables; a plain space counts only in runs of at least
    /// three single syllables (`카 지 노`), since Korean has one-syllable words.
    static func isSeparator(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case " ", ".", "·", "•", "-", "_", "*", "/", "|", ",", "~", "^", "+", "`", "'", "\"", "・", "ㆍ", "♡", "♥", "★", "☆", "#", "@", "=", ":", ";":
            return true
        default:
            return false
        }
    }

    /// What follows a name in an address (`최*서 회원님`, `홍*동님`, `김*수 고객님`): a masked name is
    /// two syllables joined by one `*` with one of these after it, and no hidden word.
    static let honorifics: [[Unicode.Scalar]] = ["님", "회원", "고객", "씨", "귀하"].map { Array($0.unicodeScalars) }

    static func isAddressedAfter(_ scalars: [Unicode.Scalar], from start: Int) -> Bool {
        var index = start
        while index < scalars.count, scalars[index] == " " { index += 1 }
        return honorifics.contains { word in index + word.count <= scalars.count && Array(scalars[index..<index + word.count]) == word }
    }

    /// Removes separators inside a run of single syllables: `syl sep syl sep syl …` (one or two
    /// separator characters each time). Runs whose separators include anything but a space need
    /// two syllables; runs of spaces need three.
    static func joinSplitSyllables(_ scalars: [Unicode.Scalar], count: inout Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            // A run starts at a syllable that does not follow another syllable.
            guard isSyllable(scalar), index == 0 || !isSyllable(scalars[index - 1]) else {
                out.append(scalar)
                index += 1
                continue
            }
            var syllables: [Unicode.Scalar] = [scalar]
            var onlySpaces = true
            var enumerationOnly = true
            var singleAsterisks = true
            var probe = index + 1
            while probe < scalars.count {
                var gap = 0
                var spaceOnly = true
                while probe + gap < scalars.count, gap < 2, isSeparator(scalars[probe + gap]) {
                    if scalars[probe + gap] != " " { spaceOnly = false }
                    if !enumerationMarks.contains(scalars[probe + gap]) { enumerationOnly = false }
                    gap += 1
                }
                let next = probe + gap
                // The next piece must be one syllable standing alone (no syllable after it).
                guard gap > 0, next < scalars.count, isSyllable(scalars[next]),
                    next + 1 >= scalars.count || !isSyllable(scalars[next + 1])
                else { break }
                syllables.append(scalars[next])
                if gap != 1 || scalars[probe] != "*" { singleAsterisks = false }
                onlySpaces = onlySpaces && spaceOnly
                probe = next + 1
            }
            // The first syllable must stand alone too.
            let firstAlone = index + 1 >= scalars.count || !isSyllable(scalars[index + 1])
            // Korean writes one-syllable words in a row (`한 번 볼 수 있을까요`, `좀 더 잘 할 수`): a
            // run split by spaces alone whose syllables are mostly such words is ordinary text.
            let ordinary = onlySpaces && syllables.filter(standaloneWords.contains).count * 2 > syllables.count
                || enumerationOnly && Set(syllables).count == syllables.count && syllables.allSatisfy(enumeratedWords.contains)
                || syllables.count == 2 && singleAsterisks && isAddressedAfter(scalars, from: probe)
            if firstAlone, !ordinary, syllables.count >= (onlySpaces ? 3 : 2) {
                out += syllables
                count += syllables.count - 1
                index = probe
            } else {
                out.append(scalar)
                index += 1
            }
        }
        return out
    }

    /// Cyrillic, Greek and Armenian letters, and IPA forms of Latin ones, that look like Latin
    /// letters (`Ϲoіոbаѕе`, `Youɾ Cloud Bɑckup`). Letters of other alphabets that real words mix
    /// with ASCII (Turkish `ı`, Vietnamese forms) are not here.
    static let confusables: [UInt32: Unicode.Scalar] = [
        0x0461: "w", 0x0578: "n", 0x057D: "u", 0x0585: "o", 0x0570: "h", 0x0581: "g", 0x0251: "a",
        0x0261: "g", 0x027E: "r", 0x0269: "i", 0x028B: "u",
        0x0430: "a", 0x0435: "e", 0x043E: "o", 0x0440: "p", 0x0441: "c", 0x0443: "y", 0x0445: "x", 0x0456: "i", 0x0458: "j",
        0x0455: "s", 0x04CF: "l", 0x0501: "d", 0x051B: "q", 0x051D: "w", 0x0410: "A", 0x0412: "B", 0x0415: "E", 0x041A: "K",
        0x041C: "M", 0x041D: "H", 0x041E: "O", 0x0420: "P", 0x0421: "C", 0x0422: "T", 0x0425: "X", 0x0406: "I", 0x0405: "S",
        0x03BF: "o", 0x03B1: "a", 0x03B5: "e", 0x03B9: "i", 0x03BD: "v", 0x03C1: "p", 0x03C4: "t", 0x039F: "O", 0x0391: "A",
        0x0392: "B", 0x0395: "E", 0x0397: "H", 0x0399: "I", 0x039A: "K", 0x039C: "M", 0x039D: "N", 0x03A1: "P", 0x03A4: "T",
        0x03A7: "X", 0x03A5: "Y", 0x0396: "Z",
    ]

    static func isASCIILetter(_ scalar: Unicode.Scalar) -> Bool {
        (0x41...0x5A).contains(scalar.value) || (0x61...0x7A).contains(scalar.value)
    }

    /// In a word that has both ASCII letters and look-alikes, the look-alikes become Latin.
    /// A word entirely in Cyrillic or Greek is left alone (it is text in that language).
    public static func foldMixedScriptWords(_ scalars: [Unicode.Scalar], count: inout Int) -> [Unicode.Scalar] {
        var out = scalars
        var start = 0
        while start < out.count {
            var end = start
            var latin = false
            var confusable = false
            while end < out.count, ScalarClass.isLetter(out[end]) || out[end] == "-" {
                if isASCIILetter(out[end]) { latin = true } else if confusables[out[end].value] != nil { confusable = true }
                end += 1
            }
            if latin && confusable {
                for position in start..<end {
                    if let folded = confusables[out[position].value] {
                        out[position] = folded
                        count += 1
                    }
                }
            }
            start = end + 1
        }
        return out
    }
}
