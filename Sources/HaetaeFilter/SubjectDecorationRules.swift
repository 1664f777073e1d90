/// How today's spam kits dress a subject and a display name so that the line stands out in an
/// inbox and its words slip past word filters — read from the raw (decoded, not normalised)
/// header text, since `TextNormalizer` folds exactly these tricks away:
///
/// - a run of arrows, dingbats or other non-emoji symbols before the first word (`➤➤`, `⥘*⥘`,
///   `⇑⇑⇑`); a shop's subject may start with an emoji, which is not counted;
/// - letters from Unicode's Mathematical Alphanumeric Symbols block (U+1D400–U+1D7FF, `𝘈𝘣𝘤`)
///   or enclosed in circles, parentheses and squares (`ⓢⓛⓞⓣ`, `🅢🅛🅞🅣`), which NFKC turns back
///   into plain letters for the words but which no mail program types;
/// - a run of five or more spaces inside the subject;
/// - invisible characters (zero-width space, joiners outside emoji sequences, word joiner,
///   byte-order mark, soft hyphen, combining grapheme joiner, tag and variation-selector
///   supplement characters) anywhere in the line, where the normaliser counts only those inside
///   a word.
///
/// Measured on modern-dev's even half (the development half): none of the four fires on any
/// ham subject or display name of modern-dev, the English dev corpus or the Korean sets. Pure.
extension ContentRules {
    /// Log odds per decoration; each counts once whether in the subject or the display name.
    static let ornamentPrefixWeight = 0.7
    static let mathematicalLettersWeight = 0.8
    static let invisibleCharactersWeight = 0.5
    /// How much of a header line is read (subjects and names longer than this are spam anyway).
    static let decorationScanLimit = 300

    /// The decorations of a message's subject and display name, each with its weight.
    static func decorations(of message: MessageFeatures) -> [(reason: String, weight: Double)] {
        let lines = [message.subject, message.from?.displayName ?? ""].map { Array($0.unicodeScalars.prefix(Self.decorationScanLimit)) }
        var found: [(reason: String, weight: Double)] = []
        if lines.contains(where: { Self.ornamentPrefixCount($0) >= 2 }) { found.append(("subject-ornaments", Self.ornamentPrefixWeight)) }
        if lines.contains(where: { Self.mathematicalLetterCount($0) >= 3 }) { found.append(("subject-math-letters", Self.mathematicalLettersWeight)) }
        if lines.contains(where: { Self.invisibleCount($0) >= 1 }) { found.append(("subject-invisible", Self.invisibleCharactersWeight)) }
        if Self.hasPadding(lines[0]) { found.append(("subject-padding", Self.paddingWeight)) }
        return found
    }

    /// Adds the decorations, together at most `modernGroupCap` (the cap they share with
    /// `ModernSpamRules`), and returns what they added.
    @discardableResult
    mutating func addSubjectDecorationRules(_ message: MessageFeatures) -> Double {
        var total = 0.0
        for (reason, weight) in Self.decorations(of: message) {
            let counted = min(weight, Self.modernGroupCap - total)
            guard counted > 0 else { break }
            add(counted, reason)
            total += counted
        }
        return total
    }

    /// Log odds for a subject padded with a run of white space inside it (`⇑⇑⇑      Rates As Low`,
    /// `Call me                    95508`): kits pad the line to push a tracking token out of
    /// sight or to set the preview apart. None of the ham subjects of modern-dev (1,172), the
    /// English development corpus (2,455) or the Korean sets (442) has such a run; 185 of the
    /// English corpus's 1,185 spam and 10 of modern-dev's 1,372 do.
    static let paddingWeight = 0.5

    /// Five or more spaces or tabs in a row between two other characters (folding leaves one).
    static func hasPadding(_ scalars: [Unicode.Scalar]) -> Bool {
        var run = 0
        var seenText = false
        for scalar in scalars {
            if scalar == " " || scalar == "\t" {
                run += 1
            } else {
                if seenText && run >= 5 { return true }
                seenText = true
                run = 0
            }
        }
        return false
    }

    /// Non-ASCII, non-emoji symbols (math and other symbols: arrows, dingbats, geometric shapes)
    /// before the first letter or digit of the line, within its first 40 scalars.
    static func ornamentPrefixCount(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        for scalar in scalars.prefix(40) {
            if ScalarClass.isWord(scalar) { break }
            guard scalar.value >= 0x80, scalar.value != 0xFFFD, !scalar.properties.isEmoji else { continue }
            switch scalar.properties.generalCategory {
            case .mathSymbol, .otherSymbol: count += 1
            default: break
            }
        }
        return count
    }

    /// Letters no keyboard types: Mathematical Alphanumeric Symbols (`𝘈𝘣𝘤`), and the enclosed
    /// Latin letters — parenthesized and circled (`⒜`, `ⓢⓛⓞⓣ`, U+249C–U+24E9) and the
    /// supplement's parenthesized, circled, squared and negative capitals (`🅢🅛🅞🅣`,
    /// U+1F110–U+1F189). Not the circled digits (`①`), which Korean notices number their points with.
    static func mathematicalLetterCount(_ scalars: [Unicode.Scalar]) -> Int {
        scalars.reduce(0) { count, scalar in
            let value = scalar.value
            let styled = (0x1D400...0x1D7FF).contains(value) || (0x249C...0x24E9).contains(value) || (0x1F110...0x1F189).contains(value)
            return count + (styled ? 1 : 0)
        }
    }

    /// Invisible characters; a zero-width joiner between emoji (`💁‍♀️`) belongs to the emoji.
    static func invisibleCount(_ scalars: [Unicode.Scalar]) -> Int {
        var count = 0
        for (index, scalar) in scalars.enumerated() {
            switch scalar.value {
            case 0x200D:
                let before = index > 0 ? scalars[index - 1] : " "
                let after = index + 1 < scalars.count ? scalars[index + 1] : " "
                if !isEmojiPart(before) && !isEmojiPart(after) { count += 1 }
            case 0xE0020...0xE007F:
                // Tag characters also spell the subdivision flags (🏴 followed by tags).
                let before = index > 0 ? scalars[index - 1].value : 0
                if before != 0x1F3F4 && !(0xE0020...0xE007F).contains(before) { count += 1 }
            case 0x00AD, 0x034F, 0x200B, 0x200C, 0x2060, 0xFEFF, 0xE0000...0xE001F, 0xE0100...0xE01EF:
                count += 1
            default:
                break
            }
        }
        return count
    }

    /// A scalar that takes part in an emoji sequence: a pictograph, a variation selector, a skin tone.
    static func isEmojiPart(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value == 0xFE0F || (0x1F3FB...0x1F3FF).contains(scalar.value) || (scalar.value >= 0x80 && scalar.properties.isEmoji)
    }
}
