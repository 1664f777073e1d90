/// Extortion ("sextortion"; the denial-of-service ransom): a claim of having hacked the reader's
/// device or filmed them, or an attack announced on their network, a deadline, and a
/// cryptocurrency address to pay to — no link, and often sent from a hacked
/// mailbox of a school or parish whose signature is real. Counted only with both parts: the
/// threat (two of its phrases) and a payment address in the text; a news story or a security
/// team's warning quotes the threat but carries no address to pay. Such mail earns no signing
/// credit: a hacked organisation's signature vouches for nothing. Pure.
extension ContentRules {
    static let extortionWeight = 2.5

    /// The threat, in the languages it is sent in (matched on whole words, lower-cased).
    static let extortionPhrases: [String] = [
        "i know your password", "i have your password", "your password is", "i hacked your", "i have hacked", "hacked your device",
        "your device was hacked", "your device has been hacked", "your account was hacked", "your account has been hacked",
        "access to your device", "access to your computer", "access to all your", "full access to", "i am a hacker", "i m a hacker",
        "professional hacker", "spyware", "trojan", "malware on your", "remote access", "recorded you", "recorded a video",
        "video of you", "your webcam", "the webcam", "your camera", "adult website", "adult websites", "adult site", "porn",
        "intimate", "compromising", "your contacts", "all your contacts", "your friends and family", "family and colleagues",
        "within 48 hours", "within 24 hours", "48 hours", "72 hours", "pay attention", "do not reply", "don t reply",
        "not go to the police", "no point in", "in bitcoin", "bitcoin address", "btc address", "bitcoin wallet", "my wallet",
        "ich habe zugriff", "ihr gerät", "ihre webcam", "bitcoin adresse", "48 stunden", "j ai accès", "votre appareil", "votre webcam",
        "adresse bitcoin", "tengo acceso", "tu dispositivo", "tu cámara", "dirección de bitcoin", "tenho acesso", "seu dispositivo",
        "endereço bitcoin", "ik heb toegang", "uw apparaat", "ho accesso", "il tuo dispositivo",
        // A denial-of-service ransom: the attack is announced with its price.
        "ddos", "ddos attack", "denial of service attack", "your network is next", "price doubles", "price will double",
        "we will know if you pay", "this is not a joke", "take your website offline", "take down your",
    ]
    static let extortionMatcher = PhraseMatcher(extortionPhrases.map(ModernSpamLexicon.canonicalPhrase))

    /// A Bitcoin (legacy or bech32), Ethereum or Tron (USDT) address: a token of the shape each
    /// uses, standing alone.
    static func isPaymentAddress(_ token: Substring) -> Bool {
        let base58: (Character) -> Bool = { $0.isASCII && ($0.isLetter || $0.isNumber) && !"0OIl".contains($0) }
        let lower = token.lowercased()
        if lower.hasPrefix("bc1"), (28...64).contains(token.count), token.dropFirst(3).allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
            token == Substring(lower) || token == Substring(token.uppercased())
        {
            return !lower.dropFirst(3).contains(where: { "1bio".contains($0) })
        }
        if lower.hasPrefix("0x"), token.count == 42, token.dropFirst(2).allSatisfy(\.isHexDigit) { return true }
        if let first = token.first, "13T".contains(first), (26...35).contains(token.count), token.allSatisfy(base58) {
            // Random base58 mixes cases and digits; words and reference numbers do not.
            return token.contains(where: \.isUppercase) && token.dropFirst().contains(where: \.isLowercase) && token.contains(where: \.isNumber)
        }
        return false
    }

    static func hasPaymentAddress(_ text: String) -> Bool {
        text.unicodeScalars.prefix(modernScanLimit).split(whereSeparator: { !($0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0))) })
            .contains { isPaymentAddress(Substring(String(String.UnicodeScalarView($0)))) }
    }

    /// Whether the message threatens and names an address to pay (`extortion`).
    static func threatensForRansom(_ message: MessageFeatures) -> Bool {
        let threats = extortionMatcher.matches(in: ModernSpamLexicon.words(message.normalizedSubject, limit: 1_000))
            .union(extortionMatcher.matches(in: ModernSpamLexicon.words(message.normalizedText, limit: modernScanLimit)))
        return threats.count >= 2 && hasPaymentAddress(message.normalizedText)
    }

    mutating func addExtortionRules(_ message: MessageFeatures) {
        guard Self.threatensForRansom(message) else { return }
        demandsRansom = true
        markers.append("extortion")
        add(Self.extortionWeight, "extortion")
    }
}
