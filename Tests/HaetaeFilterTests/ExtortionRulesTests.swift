import Testing

@testable import HaetaeFilter
@testable import MIME

/// Extortion mail (ExtortionRules.swift). Regression of modern-fresh's development half: two
/// "I know your password" demands sent from hacked school and parish mailboxes earned the
/// signing credit and passed.
struct ExtortionRulesTests {
    @Test(arguments: [
        ("bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh", true),  // bech32
        ("1BoatSLRHtKNngkdXEeobR76b53LETtpyT", true),  // legacy
        ("3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy", true),  // script hash
        ("0x52908400098527886E0F7030069857D2E4169EE7", true),  // Ethereum
        ("TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE", true),  // Tron
        ("1234567890123456789012345678", false),  // a reference number
        ("Thankyouforyourorderpleasekeep", false),  // words run together
        ("bc1-is-not-an-address", false),
        ("0x1234", false),
    ])
    func paymentAddresses(token: String, isAddress: Bool) {
        #expect(ContentRules.isPaymentAddress(Substring(token)) == isAddress, "\(token)")
    }

    func message(from: String, signer: String, body: String) -> MessageFeatures {
        let lines = ["From: \(from)", "To: <reader@fernhill.example>", "Subject: Your account was hacked! Pay attention",
                     "Date: Tue, 17 Nov 2026 10:02:00 +0000", "Message-ID: <e1@\(signer)>",
                     "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\(signer); s=s1; h=from; bh=x; b=y"]
        return MessageFeatures(MIMEParser().parse(Array((lines + ["", body, ""]).joined(separator: "\r\n").utf8)))
    }

    static let demand = """
        Hello. I know your password. I have access to your device and recorded a video of you through your webcam.
        Send $1450 in Bitcoin to my wallet: bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh within 48 hours, or the video goes to all your contacts.
        """

    @Test func aRansomDemandFromAHackedMailboxIsExtortionAndLosesItsCredit() {
        let rules = ContentRules(message(from: "Office <office@stjohns-parish.example>", signer: "stjohns-parish.example", body: Self.demand))
        #expect(rules.markers.contains("extortion"), "\(rules.markers)")
        #expect(!rules.markers.contains("dkim-aligned"))
        let result = ContentScanner(model: DefaultModel.load()!).scan(Array(
            (["From: Office <office@stjohns-parish.example>", "To: <reader@fernhill.example>", "Subject: Your account was hacked! Pay attention",
              "Date: Tue, 17 Nov 2026 10:02:00 +0000", "Message-ID: <e1@stjohns-parish.example>", "", Self.demand, ""]).joined(separator: "\r\n").utf8))
        #expect(result.verdicts == [.spam], "\(result)")
    }

    /// A warning quotes the threat but names no address to pay.
    @Test func aWarningAboutTheScamIsNoExtortion() {
        let warning = """
            IT notice: a scam mail is going around claiming "I know your password" and "I recorded a video through your webcam".
            It asks for Bitcoin within 48 hours. Do not pay; delete it and change your password.
            """
        #expect(!ContentRules(message(from: "IT <it@fernhill.example>", signer: "fernhill.example", body: warning)).markers.contains("extortion"))
    }

    /// Regression (modern-fresh3): a denial-of-service ransom to an operations mailbox passed.
    @Test func aDenialOfServiceRansomIsExtortion() {
        let lines = ["From: Collective <notice@shadow.example>", "To: <ops@fernhill.example>", "Subject: Ransom request",
                     "Date: Tue, 17 Nov 2026 10:02:00 +0000", "Message-ID: <d1@shadow.example>"]
        let body = """
            On Friday at 14:00 UTC we will begin a DDoS attack against your servers. It will not stop until you pay 0.5 BTC to
            bc1qxy2kgdygjrsqtzq2n0yrf2493p83kkfjhx0wlh. If you don't, the price doubles every day. This is not a joke.
            """
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(Array((lines + ["", body, ""]).joined(separator: "\r\n").utf8))))
        #expect(rules.markers.contains("extortion"), "\(rules.markers)")
        // A provider's notice about an attack names no address to pay.
        let warned = ContentRules(MessageFeatures(MIMEParser().parse(Array((lines + ["", "We mitigated a DDoS attack on your servers. This is not a joke: the price doubles for attackers.", ""]).joined(separator: "\r\n").utf8))))
        #expect(!warned.markers.contains("extortion"))
    }
}
