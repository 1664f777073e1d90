/// Phrases of today's spam trades by category, in English, German, Portuguese, Dutch, Spanish
/// and French — the languages of the spam the shipped model cannot read. Written from what these
/// trades say (prize and survey giveaways, crypto wallet lures, get-rich investment schemes, online casinos, miracle health
/// products, dating, debt/warranty/insurance/energy offers, account and parcel lures), not from
/// single campaigns. Matched on whole words: text and phrases are lower-cased and every run of
/// characters that are neither letters nor digits becomes one space, so `you've won!` matches
/// `you ve won`; a phrase ending in `*` matches a word start (`alfandeg*`). A phrase starting
/// with `~` is a topic word (`~bitcoin`, `~casino`, `~viagra`): a newsletter, a news story or a
/// list discussing spam may name the topic, so such words count only next to a phrase of the
/// category that makes an offer or a demand (`ModernSpamRules`). Words that ordinary
/// American newsletters use for their own offers (`medicare`, `life insurance`, `refinance`,
/// `weight loss`, `insomnia`, `enter to win`, `quick survey`, `mystery box`) are left out: on
/// modern-dev they cost 2 of 686 spam, and a newsletter near the threshold is what they would flip. Pure.
public enum ModernSpamLexicon {
    public enum Category: String, Sendable, CaseIterable {
        /// Prizes, gift cards, vouchers, "survey rewards", points about to expire.
        case prize
        /// Wallet locks and verification, airdrops, token claims, payouts.
        case crypto
        /// Get-rich schemes: trading robots, "a celebrity's secret", money per day.
        case investment
        /// Online casino bonuses and free spins.
        case casino
        /// Miracle cures: potency, weight loss, blood sugar, pain, hearing.
        case health
        case dating
        /// Debt relief, warranties, insurance and health-plan quotes, energy, solar, home improvement.
        case offers
        /// Account, parcel, customs, fine and subscription lures outside English.
        case lure
        /// Task and job scams: data entry, reshipping, mystery shoppers, pay per task.
        case job
        /// Sellers of contact lists: conference attendees, "verified decision makers".
        case leads
        /// Advance-fee fraud: a fund, an inheritance or a lottery win waiting for a fee.
        case advanceFee = "advance-fee"
        /// Unsolicited web design, search ranking and follower offers.
        case seo
    }

    /// The phrases, each once, by category.
    static let phrases: [(Category, String)] = {
        var list: [(Category, String)] = []
        for (category, words) in table { list += words.map { (category, $0) } }
        return list
    }()

    static let matcher = PhraseMatcher(phrases.map { canonicalPhrase($0.1) })

    /// ` you ve won ` for `you've won`; ` alfandeg` for `alfandeg*`; ` bitcoin ` for `~bitcoin`.
    static func canonicalPhrase(_ phrase: String) -> String {
        let stem = phrase.hasSuffix("*")
        let bare = phrase.hasPrefix("~") ? String(phrase.dropFirst()) : phrase
        let words = ModernSpamLexicon.words(stem ? String(bare.dropLast()) : bare, limit: 200)
        var view = String.UnicodeScalarView()
        view.append(contentsOf: stem ? Array(words.dropLast()) : words)
        return String(view)
    }

    /// The text lower-cased, every run of non-word scalars one space, with a space at each end;
    /// at most `limit` scalars of the input read.
    static func words(_ text: String, limit: Int) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = [" "]
        out.reserveCapacity(min(limit, 4_096))
        for scalar in text.unicodeScalars.prefix(limit) {
            if ScalarClass.isWord(scalar) {
                ScalarClass.appendLowercased(scalar, to: &out)
            } else if out.last != " " {
                out.append(" ")
            }
        }
        if out.last != " " { out.append(" ") }
        return out
    }

    static func isTopicWord(_ phrase: String) -> Bool { phrase.hasPrefix("~") }

    /// Trades whose pitch asks for a reply by mail, not a click: no link is their normal form.
    static let answeredByReply: Set<Category> = [.advanceFee, .leads, .job]

    /// Trades whose pitch voids a signature's credit (`withholdsSigningCredit`): what no sender
    /// a reader signed up with sends. Not the account and parcel words (`lure`: a carrier's real
    /// notice says "votre colis" too), prizes (a shop's loyalty reward) or insurance, energy and
    /// warranty offers (an insurer's own newsletter).
    static let tradesNoSenderStandsBehind: Set<Category> = [
        .crypto, .investment, .casino, .health, .dating, .job, .leads, .advanceFee, .seo,
    ]

    /// The phrases found, by category (topic words with their `~`).
    static func find(in words: [Unicode.Scalar]) -> [Category: Set<String>] {
        var found: [Category: Set<String>] = [:]
        for index in matcher.matches(in: words) {
            let (category, phrase) = phrases[index]
            found[category, default: []].insert(phrase)
        }
        return found
    }


    static let table: [(Category, [String])] = [
        (.prize, [
            "hai vinto", "sei stato selezionato", "buono regalo", "buono acquisto", "carta regalo", "reclama il tuo",
            "du hast gewonnen", "dein gutschein", "~gewonnen", "~deine chance", "you have won", "you've won",
            "you have been selected", "you've been selected", "you have been chosen", "you've been chosen", "claim your prize",
            "claim your reward", "claim your free", "claim your gift", "selected to receive", "free gift card", "survey reward",
            "you are eligible to receive", "you're eligible to receive", "congratulations! you", "gutschein im wert",
            "gewinnen sie", "haben gewonnen", "gewonnen haben", "sie wurden ausgewählt", "sie wurden für", "gewinnspiel",
            "herzlichen glückwunsch", "jetzt teilnehmen", "an unserer umfrage", "umfrage teilnehmen", "ihre chance auf",
            "einkaufsgutschein", "geschenkkarte", "ihre prämie", "kostenlos erhalten", "gratis erhalten", "você ganhou",
            "voce ganhou", "foi selecionado", "foi selecionada", "parabéns, você", "resgate seus", "resgatar seus",
            "resgate agora", "~seus pontos", "pontos expiram", "seu prêmio", "cartão presente", "vale-presente", "has ganado",
            "has sido seleccionado", "has sido elegido", "tarjeta regalo", "reclama tu", "tu premio", "gratis para ti",
            "je hebt gewonnen", "u heeft gewonnen", "je bent geselecteerd", "u bent geselecteerd", "cadeaukaart", "cadeaubon",
            "maak kans op", "vous avez gagné", "vous avez été sélectionné", "carte cadeau", "bon d'achat", "coffret cadeau",
            "réclamez votre", "votre cadeau",
        ]),
        (.crypto, [
            "restore your wallet", "update your wallet", "secure your wallet", "hardware wallet", "~digital assets",
            "~your assets", "~your funds", "unclaimed balance", "~blockchain", "~ethereum", "~nft", "~nfts", "~usdc",
            "~bitcoin", "~your wallet", "claim your share", "seed phrase", "recovery phrase", "secret phrase",
            "wallet has been", "wallet is temporarily", "wallet will be", "wallet is locked", "access to your wallet",
            "verify your wallet", "airdrop", "claim your tokens", "claim tokens", "token presale", "staking reward",
            "bitcoin-auszahlung", "krypto-auszahlung", "metamask", "trust wallet", "ledger live", "coinbase wallet",
            "connect your wallet", "connect wallet", "check eligibility", "check your eligibility", "free mint", "mint your",
            "~usdt", "crypto wallet", "~your crypto", "~your bitcoin", "~ihre bitcoin", "~in bitcoin", "~btc", "~withdrawal",
            "~auszahlung",
            "~presale", "~pre-sale", "presale stage", "token sale", "airdrop allocation", "pre-ipo", "private placement",
            "quantum ai", "~allocation", "withdraw your", "available for withdrawal",
        ]),
        (.investment, [
            "passive income", "ingresos pasivos", "renda extra", "renda passiva", "passives einkommen", "geld verdienen",
            "ganar dinero", "ganhar dinheiro", "earn money from home", "trading platform", "trading bot", "automated trading",
            "investment opportunity", "guaranteed returns", "guaranteed profit", "daily profit", "get rich", "reich wird",
            "reich werden", "~millonaria", "~millonario", "~millionär", "~milionário", "~miljonair", "método de inversión",
            "~grandes bancos", "~big banks", "regístrese ahora", "pro tag zu verdienen", "bitcoin-plattform",
            "bitcoin platform", "bitcoin system",
        ]),
        (.casino, [
            "giri gratis", "bonus di benvenuto", "bonus de bienvenue", "tiradas gratis", "~win big", "~lucky winners",
            "~high rollers", "free spins", "freispiele", "gratis spins", "willkommensbonus", "welkomstbonus", "welkomstpakket",
            "~casino", "~jackpot", "first deposit", "deposit bonus", "eerste storting", "ersten einzahlung", "einzahlungsbonus",
            "no deposit", "~wager", "spielautomaten", "bono de bienvenida", "giros gratis", "rodadas grátis",
            "bônus de boas-vindas", "tours gratuits", "online casino", "casinospiele", "bonus code", "bonuscode",
            "slot machine", "free spin", "provably fair", "~wagered", "~betting",
        ]),
        (.health, [
            "erectile", "erection", "erektion", "erigiert", "érection", "~viagra", "~cialis", "~penis", "potenzmittel",
            "~libido", "~keto", "lose weight", "abnehmen", "kilo pro", "kilo in", "fat burn", "belly fat", "~neuropathy",
            "~tinnitus", "~hair loss", "home remedy", "nerve pain", "~liposuction", "~doctors are", "~1 tsp", "~before bed",
            "aphrodisiak*", "gewicht verlieren", "bauchfett", "afvallen", "emagrecer", "perder peso", "perdre du poids",
            "ed pills", "male enhancement", "a1c levels", "lower your a1c",
            "without injections", "no injections", "without a prescription", "no prescription needed", "doctors hate",
            "one simple trick", "this simple trick", "~ozempic", "~semaglutide", "~tirzepatide", "~mounjaro", "~glp 1",
            "gelenkschmerzen", "hausmittel", "pierde kilos", "perder kilos", "perca peso", "kilos en", "bajar de peso",
            "melts fat", "burn fat", "appetite suppress*", "tingling", "ozempic alternative", "natural ozempic", "free bottles",
            "buy 3 bottles", "buy 6 bottles", "doctors are stunned", "doctors are baffled", "~blood sugar",
        ]),
        (.dating, [
            "russische schoonheden", "russian beauties", "ukrainian brides", "~soulmate", "ontmoet haar", "~schoonheden",
            "russian women", "ukrainian women", "ukrainische frauen", "russische frauen", "single women", "lonely women",
            "hot singles", "beautiful women", "~vrouwen", "~mulheres", "ucraniana", "ucranianas", "~mujeres", "~sexy", "hookup",
            "looking for a man", "singles in your area", "women near you", "date tonight", "single frauen", "frauen aus",
        ]),
        (.offers, [
            "auto insurance", "auto protection", "vehicle service contract", "car warranty", "debt relief", "auto warranty",
            "vehicle protection", "extended warranty", "home warranty", "solar panels", "zonnepanelen", "thuisbatterij",
            "energierekening", "energietarie*", "insurance quote*", "cotação", "plano de saúde", "planos de saúde",
            "tax relief", "cash offer", "timeshare", "sell your house", "final expense", "bath remodel", "walk-in tub",
            "gutter", "home security system",
            "~pre-approved", "~preapproved", "lower your mortgage", "no credit check", "bad credit", "consolidate your debt",
            "debt consolidation", "préstamo rápido", "prestamo rapido", "sin aval", "empréstimo", "crédito rápido", "sofortkredit",
            "kredit ohne schufa", "snel geld lenen", "prêt rapide", "~mortgage rates", "~your application", "funds today",
            "same day funding", "same-day funding",
        ]),
        (.lure, [
            "il tuo pacco", "il tuo account è", "verifica il tuo account", "account sospeso", "conto bloccato", "libere seu",
            "liberação do", "liberação da", "login suspeito", "acesso incomum", "novo acesso", "bestätigen sie ihre",
            "kontoinformationen", "ihr konto wurde", "konto gesperrt", "verifizieren sie", "sua conta foi", "sua conta será",
            "sua conta está", "conta bloqueada", "regularize", "suspensão", "taxa de importação", "taxa de importacao",
            "fiscalização aduaneira", "alfandeg*", "alfândeg*", "pagamento pendente", "uw account", "uw rekening", "verifieer",
            "su cuenta ha sido", "su cuenta será", "tu cuenta ha", "tu paquete", "su paquete", "cuenta suspendida",
            "verifique su", "votre compte a été", "votre compte sera", "compte suspendu", "votre colis", "frais de douane",
            "abonnement ist abgelaufen", "abonnement läuft ab", "verlängern sie", "viren erkannt", "ihr paket konnte",
            "ihr paket wurde", "zollgebühr*", "uw pakket", "je pakket", "douanekosten", "seu pedido foi", "sua encomenda*",
            "evite o bloqueio", "evitar bloqueio", "dados cadastrais", "atualize seus dados", "chave de segurança",
            "verifieer uw", "bevestig uw", "actualice sus datos", "subscription has expired", "protection has expired",
            "renew now", "viruses detected", "cloud storage", "storage is full", "backup is stopped", "storage space",
            "photos and videos",
        ]),
        (.job, [
            "~data entry", "no experience needed", "no experience required", "no experience necessary", "work from home and earn",
            "per hour from home", "mystery shopper", "secret shopper", "package coordinator", "reshipping",
            "reshipper", "parcel forwarding", "per task", "simple tasks", "simple online tasks", "daily tasks", "rate products",
            "paid weekly", "weekly pay", "you have been shortlisted", "trabajo desde casa", "trabajar desde casa",
            "trabalho em casa", "trabalhe de casa", "heimarbeit", "von zu hause arbeiten", "nebenjob", "thuiswerk",
            "travail à domicile", "~whatsapp", "~telegram", "~remote", "~part-time", "~hiring",
        ]),
        (.leads, [
            "attendee list", "attendees list", "attendee data", "attendees data", "list of attendees", "~email list",
            "~contact list", "verified contacts", "opt-in contacts", "~decision makers", "~decision-makers", "b2b data",
            "b2b leads", "lead list", "leads list", "data availability", "counts and pricing", "interested in acquiring",
            "record count", "~contacts", "~leads", "~conference",
        ]),
        (.advanceFee, [
            "business proposal", "confidential business", "next of kin", "~beneficiary", "~inheritance", "consignment box",
            "atm card", "compensation fund", "compensation payment", "unclaimed fund*", "winning notification",
            "your email address won", "email ballot", "deceased client", "late client", "foreign partner",
            "risk free transaction", "risk-free transaction", "~strictly confidential", "~kindly reply", "~kindly get back",
            "~lottery", "~barrister", "~million", "~diplomat",
            "propuesta confidencial", "cuenta inactiva", "socio extranjero", "sin herederos", "libre de riesgos",
            "proposta confidencial", "conta inativa", "parceiro estrangeiro", "sem herdeiros", "livre de riscos",
            "proposition confidentielle", "compte dormant", "compte inactif", "partenaire étranger", "sans héritier*",
        ]),
        (.seo, [
            "website design needs", "redesign your website", "your website needs", "seo services", "first page of google",
            "page 1 of google", "page one of google", "rank on google", "rank higher on google", "real followers",
            "instagram followers", "grow your followers", "web design services", "website audit", "~backlinks",
            "~guest post", "~your website", "~followers", "~seo",
        ]),
    ]
}
