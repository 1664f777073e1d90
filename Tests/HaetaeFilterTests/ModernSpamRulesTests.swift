import Testing

@testable import HaetaeFilter
@testable import MIME

/// Category phrases of today's spam trades in six languages (ModernSpamRules.swift,
/// ModernSpamLexicon.swift): what must fire, and ordinary mail that must not.
struct ModernSpamRulesTests {
    func rules(subject: String, from: String = "Team <news@shop.example.com>", body: String, html: Bool = true,
               headers: [String] = []) -> ContentRules {
        let lines = [
            "From: \(from)", "Subject: \(subject)", "Date: Mon, 23 Nov 2026 09:00:00 +0000", "Message-ID: <1@x.example>",
            "MIME-Version: 1.0", "Content-Type: \(html ? "text/html" : "text/plain"); charset=utf-8",
        ] + headers + ["", body, ""]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    func fired(_ rules: ContentRules) -> [String] {
        rules.scoreReasons.filter { $0.hasPrefix("modern-") }
    }

    struct Case: Sendable, CustomStringConvertible {
        var name: String
        var subject: String
        var body: String
        var expected: String
        var description: String { name }
    }

    static let spam: [Case] = [
        Case(name: "German casino", subject: "Ihr Willkommensbonus wartet",
             body: #"<p>Holen Sie sich 200 Freispiele und Ihren Bonus. <a href="https://c.example.net/x">Jetzt spielen</a></p>"#,
             expected: "modern-casino"),
        Case(name: "English prize survey", subject: "Congratulations! You have been selected",
             body: #"<p>Complete our survey and claim your reward today. <a href="https://r.example.net/s">Start</a></p>"#,
             expected: "modern-prize"),
        Case(name: "Crypto wallet lock", subject: "Action required",
             body: #"<p>Access to your wallet is restricted. Enter your recovery phrase to unlock. <a href="https://w.example.net">Verify</a></p>"#,
             expected: "modern-crypto"),
        Case(name: "Portuguese customs lure", subject: "Aviso: seu pedido está retido",
             body: #"<p>Pague a taxa de importação para evitar a devolução. <a href="https://c.example.net">Regularize</a></p>"#,
             expected: "modern-lure"),
        // Spelled with its accent, as Portuguese writes it (modern-dev: a Correios lure passed).
        Case(name: "Portuguese customs hold", subject: "Pagamento necessário: seu pedido retido na Alfândega",
             body: #"<p>Seu pedido está retido. <a href="https://c.example.net">Pagar</a></p>"#,
             expected: "modern-lure"),
        Case(name: "Dutch energy offer", subject: "Besparen op uw energierekening?",
             body: #"<p>Zonnepanelen en een thuisbatterij zonder investering. <a href="https://e.example.net">Bekijk</a></p>"#,
             expected: "modern-offers"),
        Case(name: "German potency", subject: "Endlich wieder stark",
             body: #"<p>Die Erektion kommt sofort, ein natürliches Aphrodisiakum wirkt. <a href="https://p.example.net">Bestellen</a></p>"#,
             expected: "modern-health"),
        // Trades added after modern-fresh2's development half showed them passing.
        Case(name: "Reshipping job", subject: "Work from home: package coordinator",
             body: #"<p>No experience required. Receive and forward parcels, paid weekly. <a href="https://j.example.net/apply">Apply</a></p>"#,
             expected: "modern-job"),
        Case(name: "Attendee list", subject: "Attendee list - healthcare IT conference",
             body: #"<p>Would you be interested in acquiring the list? Counts and pricing on request. <a href="https://d.example.net">Reply</a></p>"#,
             expected: "modern-leads"),
        Case(name: "Lottery advance fee", subject: "WINNING NOTIFICATION",
             body: #"<p>Your email address won in our email ballot. Contact our barrister to release your compensation fund. <a href="https://l.example.net">Claim</a></p>"#,
             expected: "modern-advance-fee"),
        Case(name: "Web design pitch", subject: "Your website design needs an update",
             body: #"<p>Our web design services and SEO services put you on the first page of Google. <a href="https://s.example.net">See plans</a></p>"#,
             expected: "modern-seo"),
        Case(name: "GLP-1 drops", subject: "GLP-1 without injections",
             body: #"<p>Doctors hate this simple trick: lose weight without a prescription. <a href="https://g.example.net">Order</a></p>"#,
             expected: "modern-health"),
        // Regressions (modern-fresh3): a Spanish advance-fee proposal answered by reply, and a
        // blood-sugar supplement.
        Case(name: "Spanish advance fee", subject: "Propuesta confidencial",
             body: #"<p>Descubrimos una cuenta inactiva cuyo titular falleció sin herederos. Necesito un socio extranjero.</p>"#,
             expected: "modern-advance-fee"),
        Case(name: "Supplement bottles", subject: "The sugar switch",
             body: #"<p>The Ozempic alternative: buy 3 bottles, get 3 free bottles. <a href="https://g.example.net">Claim</a></p>"#,
             expected: "modern-health"),
        // A crypto casino's "golden ticket" mail (modern-dev: one sender, nine messages, Bulk before).
        Case(name: "Crypto casino", subject: "Golden Ticket Contest: win $200,000 in BTC",
             body: #"<p>Earn a ticket for every 0.005 BTC wagered in our provably fair draw, and a free spin every day. <a href="https://f.example.net">Play</a></p>"#,
             expected: "modern-casino"),
    ]

    @Test(arguments: spam) func categoryPhrasesWithALinkFire(_ example: Case) {
        let result = rules(subject: example.subject, body: example.body)
        #expect(fired(result) == [example.expected] || fired(result).first?.contains(example.expected) == true)
    }

    static let ham: [Case] = [
        Case(name: "Shop newsletter with a gift", subject: "Last chance for holiday gifts",
             body: #"<p>Free shipping on orders over $50. Give a gift card. Get a BONUS bowl with every set. <a href="https://shop.example.com/sale">Shop now</a> <a href="https://shop.example.com/u">Unsubscribe</a></p>"#,
             expected: ""),
        Case(name: "Receipt", subject: "Your receipt from Example Coffee",
             body: #"<p>Thanks for your order. Total $12.40, paid by card. <a href="https://shop.example.com/orders/1">View order</a></p>"#,
             expected: ""),
        Case(name: "Colleague on a wallet and a bonus", subject: "Re: team dinner",
             body: "I left my wallet at the office, can you pay and I'll send it back? Also the annual bonus is paid on Friday.",
             expected: ""),
        Case(name: "Ticket presale", subject: "The artist presale starts tomorrow",
             body: #"<p>Sign in to get presale access. <a href="https://tickets.example.com/e/1">Find tickets</a></p>"#,
             expected: ""),
        Case(name: "German business mail", subject: "Angebot für die Wartung",
             body: "Sehr geehrte Damen und Herren, anbei unser Angebot für die Wartung Ihrer Anlage. Bitte bestätigen Sie den Termin. Mit freundlichen Grüßen",
             expected: ""),
        Case(name: "Portuguese business mail", subject: "Pedido de compra 4411",
             body: "Bom dia, segue em anexo o pedido de compra. A entrega está prevista para sexta-feira. Obrigado, Ana",
             expected: ""),
        Case(name: "Job alert", subject: "New jobs for you: Data Entry Specialist (Remote)",
             body: #"<p>Data Entry Specialist - Remote - Acme Corp. Part-time, hiring now. <a href="https://jobs.example.com/v/1">View job</a></p>"#,
             expected: ""),
        Case(name: "Card offer", subject: "You're pre-approved for our travel card",
             body: #"<p>Earn up to 5% cash back. Your application takes minutes. <a href="https://bank.example.com/apply">Apply</a></p>"#,
             expected: ""),
        Case(name: "Corporate disclaimer", subject: "Contract draft",
             body: "Kindly review the attached draft. This message is strictly confidential and intended for the addressee only.",
             expected: ""),
        Case(name: "Health newsletter", subject: "Know your numbers",
             body: #"<p>Screening saves lives. Book your annual checkup. <a href="https://lab.example.com/book">Book</a></p>"#,
             expected: ""),
    ]

    @Test(arguments: ham) func ordinaryMailDoesNotFire(_ example: Case) {
        #expect(fired(rules(subject: example.subject, body: example.body)).isEmpty)
    }

    /// Regression (English cross-validation): a snack brand's sweepstakes winner notice was lifted
    /// over the threshold by the prize words; a real sweepstakes says "no purchase necessary".
    @Test func aSweepstakesThatDisclosesNoPurchaseNecessaryIsNoPrizeLure() {
        let body = #"<p>Congratulations! You've won Fourth Prize. Follow these instructions to claim your prize. <a href="https://fun.example.com/rules">Rules</a></p>"#
        #expect(fired(rules(subject: "Sweepstakes Prize Notification", body: body)) == ["modern-prize"])
        let disclosed = body + "<p>NO PURCHASE NECESSARY. Purchase does not improve your chance of winning.</p>"
        #expect(fired(rules(subject: "Sweepstakes Prize Notification", body: disclosed)).isEmpty)
    }

    @Test func onePhraseInTheBodyAloneIsNotEnough() {
        let one = rules(subject: "News", body: #"<p>Our casino night raised $2,000. <a href="https://club.example.org">Photos</a></p>"#)
        #expect(fired(one).isEmpty)
    }

    @Test func topicWordsAloneDoNotFire() {
        // A crypto news digest names the topic many times and asks for nothing.
        let digest = rules(
            subject: "Bitcoin and Ethereum this week",
            body: #"<p>Bitcoin rose 4 %, Ethereum fell; what blockchain analysts expect for NFT markets. <a href="https://news.example.com/a">Read</a></p>"#)
        #expect(fired(digest).isEmpty)
        // With a demand of the trade next to them, they count.
        let lure = rules(
            subject: "Bitcoin airdrop",
            body: #"<p>Connect your wallet to receive your bitcoin. <a href="https://x.example.net">Claim</a></p>"#)
        #expect(fired(lure) == ["modern-crypto"])
    }

    @Test func decorationsAndCategoriesTogetherStayWithinTheCap() {
        let decorated = rules(
            subject: "➤➤   You have won free spins",
            body: #"<p>You have won! Claim your reward. Free spins, first deposit bonus. Airdrop: claim your tokens, connect your wallet. <a href="https://x.example.net">Go</a></p>"#)
        let added = decorated.scoreReasons.filter { $0.hasPrefix("subject-") || $0.hasPrefix("modern-") }
        #expect(added.contains("subject-ornaments"))
        #expect(!fired(decorated).isEmpty)
        let plain = rules(subject: "Hello", body: #"<p>Hello. <a href="https://x.example.net">Go</a></p>"#)
        #expect(decorated.score - plain.score <= ContentRules.modernGroupCap + 0.001)
        // All three decorations use up the cap: the categories add nothing more.
        let saturated = rules(
            subject: "➤➤   𝘠𝘰𝘶 𝘩𝘢𝘷𝘦 𝘸𝘰𝘯\u{200B} free spins",
            body: #"<p>You have won! Claim your reward. Free spins, first deposit bonus. <a href="https://x.example.net">Go</a></p>"#)
        let decorationWeights = saturated.scoreReasons.contains("subject-ornaments") && saturated.scoreReasons.contains("subject-math-letters")
            && saturated.scoreReasons.contains("subject-invisible")
        #expect(decorationWeights, "\(saturated.scoreReasons)")
        #expect(saturated.score - plain.score <= ContentRules.modernGroupCap + 0.001)
        #expect(fired(saturated).isEmpty)
    }

    @Test func withoutALinkTheWeightIsHalved() {
        let linked = rules(subject: "Free spins today", body: #"<p>Free spins and a welcome bonus. <a href="https://c.example.net">Play</a></p>"#)
        let unlinked = rules(subject: "Free spins today", body: "Free spins and a welcome bonus. Reply to play.", html: false)
        #expect(linked.score - unlinked.score >= 0.45)
        #expect(!fired(unlinked).isEmpty)
    }

    /// Advance fee, contact lists and jobs ask for a reply, not a click: no link is their form.
    @Test func tradesAnsweredByReplyAreNotHalvedWithoutALink() {
        let proposal = rules(subject: "Confidential business proposal",
                             body: "I am the late client's barrister. As next of kin you can claim the consignment box. Kindly reply.", html: false)
        #expect(fired(proposal) == ["modern-advance-fee"], "\(proposal.scoreReasons)")
        #expect(proposal.score >= 1.0, "\(proposal.score)")
    }

    /// Regression (modern-fresh2): spam of today's trades signed by its own fresh domain earned the
    /// −1.0 signing credit (and the model's cap for signed mail), so the pitch alone could not flag
    /// it. A pitch of such a trade withholds the credit; a carrier's parcel notice, whose words are
    /// the parcel lure's, keeps it.
    @Test func aSignedPitchOfASpamTradeEarnsNoCredit() {
        let signed = "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=glp-drops.example; s=s1; h=from; bh=x; b=y"
        let pitch = rules(subject: "GLP-1 without injections - 73% off", from: "Offers <offers@glp-drops.example>",
                          body: #"<p>Doctors hate this simple trick. <a href="https://glp-drops.example/o">Order</a></p>"#, headers: [signed])
        #expect(pitch.pitchesASpamTrade)
        #expect(!pitch.scoreReasons.contains("dkim-aligned"), "\(pitch.scoreReasons)")
        let parcel = rules(subject: "Votre colis arrive aujourd'hui", from: "Colissimo <noreply@notif.colissimo.example>",
                           body: "<p>Votre colis sera livré aujourd'hui.</p>",
                           headers: ["DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=colissimo.example; s=s1; h=from; bh=x; b=y"])
        #expect(!parcel.pitchesASpamTrade)
        #expect(parcel.scoreReasons.contains("dkim-aligned"), "\(parcel.scoreReasons)")
    }

    @Test func theGroupIsCapped() {
        let everything = rules(
            subject: "You have won free spins and an airdrop",
            body: #"<p>You have won! Claim your reward. Free spins, welcome bonus, jackpot. Airdrop: claim your tokens, connect your wallet. Debt relief and auto warranty. <a href="https://x.example.net">Go</a></p>"#)
        #expect(fired(everything).count == 1)  // one reason line, categories joined
        let modern = ContentRules.modernGroupCap
        #expect(everything.score >= modern)
        #expect(fired(everything).first?.contains("modern-prize") == true)
        #expect(fired(everything).first?.contains("modern-casino") == true)
    }

    @Test func phrasesMatchWholeWordsAcrossPunctuation() {
        let words = ModernSpamLexicon.words("Congratulations!  You've WON—a prize", limit: 100)
        #expect(String(String.UnicodeScalarView(words)) == " congratulations you ve won a prize ")
        // `btc` is not found inside another word, and a stem (`alfandeg*`) matches a word start.
        #expect(ModernSpamLexicon.find(in: ModernSpamLexicon.words("the subtcategory", limit: 100)).isEmpty)
        #expect(ModernSpamLexicon.find(in: ModernSpamLexicon.words("fiscalização alfandegária", limit: 100))[.lure] != nil)
    }

    /// Regression (modern-fresh4): Kraken's and Crypto.com's own signed newsletters lost the
    /// signing credit as crypto pitches. A known brand's own signed domain selling its own trade
    /// keeps it; the same words from a domain nobody knows do not.
    @Test func aKnownBrandSellingItsOwnTradeKeepsTheCredit() {
        let body = #"<p>Earn crypto: claim your tokens, airdrop allocation for members. <a href="https://www.kraken.com/r">Join</a></p>"#
        let signed = "DKIM-Signature: v=1; a=rsa-sha256; d=kraken.com; s=s1; h=from; bh=x; b=y"
        let brand = rules(subject: "Claim your tokens", from: "Kraken <marketing@kraken.com>", body: body, headers: [signed])
        #expect(!brand.pitchesASpamTrade)
        #expect(brand.markers.contains("dkim-aligned"))
        let stranger = rules(subject: "Claim your tokens", from: "Rewards <news@token-drop.example>", body: body,
                             headers: ["DKIM-Signature: v=1; a=rsa-sha256; d=token-drop.example; s=s1; h=from; bh=x; b=y"])
        #expect(stranger.pitchesASpamTrade)
        #expect(!stranger.markers.contains("dkim-aligned"))
        // A verifier upstream that saw the brand's signature fail takes the exemption back.
        let lines = ["From: Kraken <marketing@kraken.com>", "Subject: Claim your tokens", signed, "Content-Type: text/html", "", body, ""]
        var message = MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8)))
        #expect(ContentRules.signsAsKnownBrand(message, brands: .builtIn))
        message.authentication = AuthenticationResults(dkim: .fail)
        #expect(!ContentRules.signsAsKnownBrand(message, brands: .builtIn))
        #expect(ContentRules(message).pitchesASpamTrade)
    }
}
