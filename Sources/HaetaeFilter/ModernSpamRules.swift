/// Today's spam trades, in the languages they are sent in: the shipped statistical model learnt
/// English mail of 2002, so a German casino offer, a Portuguese customs-fee lure or a crypto
/// wallet "lock" carries no words it knows. `ModernSpamLexicon` holds the category phrases;
/// this file weighs what it finds.
///
/// A category counts only with two signals: two different phrases of it, or one in the subject
/// (a phrase in the subject is what the sender chose to lead with). Without any link the weight
/// is halved (talk about a casino or a wallet, not a pitch). Each category adds at most 1.0 and
/// the group at most 2.0, so the words alone never decide: they lift a message the model
/// and the other rules already find doubtful. Pure.
extension ContentRules {
    /// Log odds per distinct phrase of a category (at most two counted), and for a phrase in the subject.
    static let modernPhraseWeight = 0.5
    static let modernSubjectWeight = 0.5
    static let modernCategoryCap = 1.0
    static let modernGroupCap = 2.0
    /// How much of the text is read: spam states its business at the top.
    static let modernScanLimit = 20_000

    mutating func addModernSpamRules(_ message: MessageFeatures) {
        let subject = ModernSpamLexicon.words(message.normalizedSubject, limit: 1_000)
        let body = ModernSpamLexicon.words(message.normalizedText, limit: Self.modernScanLimit)
        let inSubject = ModernSpamLexicon.find(in: subject)
        let anywhere = ModernSpamLexicon.find(in: body).merging(inSubject) { $0.union($1) }
        guard !anywhere.isEmpty else { return }
        let linked = !message.allURLs.isEmpty
        var total = 0.0
        var reasons: [String] = []
        for category in ModernSpamLexicon.Category.allCases {
            let phrases = anywhere[category] ?? []
            let subjectHit = !(inSubject[category] ?? []).isEmpty
            guard phrases.count >= 2 || subjectHit else { continue }
            var weight = Self.modernPhraseWeight * Double(min(phrases.count, 2)) + (subjectHit ? Self.modernSubjectWeight : 0)
            if !linked { weight /= 2 }
            weight = min(weight, Self.modernCategoryCap)
            total += weight
            reasons.append("modern-\(category.rawValue)")
        }
        total = min(total, Self.modernGroupCap)
        if total > 0 { add(total, reasons.joined(separator: "+")) }
    }
}
