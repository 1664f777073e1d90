/// Today's spam trades, in the languages they are sent in: the shipped statistical model learnt
/// English mail of 2002, so a German casino offer, a Portuguese customs-fee lure or a crypto
/// wallet "lock" carries no words it knows. `ModernSpamLexicon` holds the category phrases;
/// this file weighs what it finds.
///
/// A category counts only with two signals: two different phrases of it, or one in the subject
/// (a phrase in the subject is what the sender chose to lead with), and at least one of them
/// must make an offer or a demand — a topic word (`bitcoin`, `casino`, `viagra`) alone is what a
/// newsletter or a list discussing spam says too. Without any link the weight is halved (talk
/// about a casino or a wallet, not a pitch) — except for the trades answered by a reply
/// (`ModernSpamLexicon.answeredByReply`: advance fee, contact lists, jobs). Each category adds at
/// most 1.0 and the group, with the subject decorations, at most 2.0, so the words alone never
/// decide: they lift a message the model and the other rules already find doubtful. A pitch of a
/// trade no sender a reader signed up with sends (`tradesNoSenderStandsBehind`) also withholds the
/// signing credits (`ContentRules.pitchesASpamTrade`).
///
/// Measured (debug build, threshold 1.5) on modern-dev's even half, the half the phrases were
/// checked against: with the decorations (SubjectDecorationRules.swift) spam and phishing recall
/// 586 → 609 of 686, ham flagged 13 → 13 of 586; the odd half, not looked at while writing them,
/// 578 → 597 of 686 and 7 → 7 of 586. The rules fire on no ham of modern-dev or of the Korean
/// sets and, since the "no purchase necessary" exception, on none of the 2,455 English dev ham
/// (it was a snack brand's sweepstakes winner notice). Pure.
extension ContentRules {
    /// Log odds per distinct phrase of a category (at most two counted), and for a phrase in the subject.
    static let modernPhraseWeight = 0.5
    static let modernSubjectWeight = 0.5
    static let modernCategoryCap = 1.0
    static let modernGroupCap = 2.0
    /// How much of the text is read: spam states its business at the top.
    static let modernScanLimit = 20_000

    /// The categories whose phrases make a pitch, each with its weight: two different phrases of
    /// it, or one in the subject, at least one an offer or a demand. Without a link the weight is
    /// halved — except for the trades whose answer is a reply by mail (advance fee, contact lists,
    /// jobs), which carry no link by design.
    static func modernSpamPitches(_ message: MessageFeatures) -> [(category: ModernSpamLexicon.Category, weight: Double)] {
        let subject = ModernSpamLexicon.words(message.normalizedSubject, limit: 1_000)
        let body = ModernSpamLexicon.words(message.normalizedText, limit: Self.modernScanLimit)
        let inSubject = ModernSpamLexicon.find(in: subject)
        let anywhere = ModernSpamLexicon.find(in: body).merging(inSubject) { $0.union($1) }
        guard !anywhere.isEmpty else { return [] }
        let linked = !message.allURLs.isEmpty
        // A sweepstakes that states "no purchase necessary" (US sweepstakes law requires the
        // disclosure) is a real promotion's notice; a prize lure never offers that. On the English
        // corpus the one ham the prize words hit (a snack brand's winner notice) says it; 2 of
        // modern-dev's 1,372 spam do.
        let disclosedSweepstakes = anywhere[.prize] != nil
            && String(String.UnicodeScalarView(body)).contains(" no purchase necessary ")
        var pitches: [(category: ModernSpamLexicon.Category, weight: Double)] = []
        for category in ModernSpamLexicon.Category.allCases where !(category == .prize && disclosedSweepstakes) {
            let phrases = anywhere[category] ?? []
            let subjectHit = !(inSubject[category] ?? []).isEmpty
            // A topic word names the trade; only an offer or a demand makes it a pitch.
            guard phrases.contains(where: { !ModernSpamLexicon.isTopicWord($0) }) else { continue }
            guard phrases.count >= 2 || subjectHit else { continue }
            var weight = Self.modernPhraseWeight * Double(min(phrases.count, 2)) + (subjectHit ? Self.modernSubjectWeight : 0)
            if !linked && !ModernSpamLexicon.answeredByReply.contains(category) { weight /= 2 }
            pitches.append((category, min(weight, Self.modernCategoryCap)))
        }
        return pitches
    }

    /// `decorated`: what the subject decorations added; the two stay within `modernGroupCap`.
    mutating func addModernSpamRules(_ pitches: [(category: ModernSpamLexicon.Category, weight: Double)], decorated: Double) {
        // The decorations run first; together with them the new evidence stays within the cap.
        let total = min(pitches.reduce(0) { $0 + $1.weight }, Self.modernGroupCap - decorated)
        if total > 0 { add(total, pitches.map { "modern-\($0.category.rawValue)" }.joined(separator: "+")) }
    }
}
