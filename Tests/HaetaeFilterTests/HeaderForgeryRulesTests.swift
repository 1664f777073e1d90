import Testing

@testable import HaetaeFilter
@testable import MIME

/// Traces of spam kits in the header (HeaderForgeryRules.swift).
struct HeaderForgeryRulesTests {
    func headers(_ lines: [String]) -> MessageHeaders {
        let text = (lines + ["", "Hello.", ""]).joined(separator: "\r\n")
        return MIMEParser().parse(Array(text.utf8)).headers
    }

    let ordinary = [
        "From: Shop <news@shop.example.com>", "To: <reader@example.org>", "Subject: Our autumn sale", "Date: Mon, 23 Nov 2026 09:00:00 +0000",
        "Message-ID: <a1@shop.example.com>", "X-Mailer: Microsoft Outlook 16.0", "X-MSMail-Priority: Normal", "X-ExtLoop1: 1", "X-rext: 7",
        "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=shop.example.com; s=s1; h=from; bh=x; b=y",
        "X-CSA-Complaints: csa-complaints@eco.de",
    ]

    @Test func ordinaryHeadersShowNoTrace() {
        #expect(ContentRules.forgeryTraces(headers(ordinary)).isEmpty)
    }

    @Test(arguments: [
        ("DKIM-Signature: v=1; a=rsa-sha1; c=relaxed/relaxed; d=shop.example.com; s=k1; h=from; bh=x; b=y", "dkim-sha1"),
        ("DomainKey-Signature: a=rsa-sha1; c=nofws; q=dns; s=k1; d=shop.example.com; b=z", "domainkeys"),
        ("Subject: Second subject", "duplicate-header"),
        ("X-EEmhT: QXqNC2Zd3Uhqb8", "random-header-name"),
        ("X-Fk3LH: ySYeynkkJbdL3TNY", "random-header-name"),
        ("X-CSA-Complaints: ueFfAMlr2Z.csa-complaints@bank.example", "forged-csa-header"),
    ])
    func eachTraceIsFound(line: String, trace: String) {
        var lines = ordinary
        if line.hasPrefix("DKIM-Signature") { lines.removeAll { $0.hasPrefix("DKIM-Signature") } }
        if line.hasPrefix("X-CSA") { lines.removeAll { $0.hasPrefix("X-CSA") } }
        lines.append(line)
        #expect(ContentRules.forgeryTraces(headers(lines)) == [trace])
    }

    @Test func aSha1SignatureBesideASha256OneIsNoTrace() {
        let lines = ordinary + ["DKIM-Signature: v=1; a=rsa-sha1; d=esp.example.net; s=k; h=from; bh=x; b=y"]
        #expect(!ContentRules.forgeryTraces(headers(lines)).contains("dkim-sha1"))
    }

    @Test func aSpaceInsideTheAngleBracketsOfFromIsATrace() {
        var lines = ordinary.filter { !$0.hasPrefix("From:") }
        lines.append("From: Bitcoin Team <lina_67760@offers.example >")
        #expect(ContentRules.forgeryTraces(headers(lines)) == ["from-address-space"])
        #expect(!ContentRules.hasSpaceInsideAngleAddress("Name <a@b.example> "))
        #expect(!ContentRules.hasSpaceInsideAngleAddress("a@b.example"))
        #expect(!ContentRules.hasSpaceInsideAngleAddress("\"x >\" <a@b.example>"))
    }

    /// Regression (modern-dev, late 2025): kit-generated From mailboxes of glued words signed their own
    /// throwaway-looking domains and kept the signing credits.
    @Test func gluedWordMailboxes() {
        for address in ["HorizonGuardianRadiantShadowStra@m-atr.example", "greengridtechnologyenhancesdistributedenergyresour@x.example",
                        "BugattiTuligglutoJumgBattle@sydney.example", "FusionLinkAresLynxVibe@texay.example"] {
            #expect(ContentRules.isGluedWordsMailbox(address), "\(address)")
        }
        for address in ["TheBritishAirwaysClub@email.ba.example", "USPSInformeddelivery@email.usps.example", "gandiroofingsolutions@gmail.com",
                        "account-security-noreply@accountprotection.example", "john.smith.senior.engineer@corp.example",
                        "notifications@github.com", "HR_Communication-Group_Portal-support@x.example", "ab12cd34ef56gh78ij90klmnopqrstu@x.example"] {
            #expect(!ContentRules.isGluedWordsMailbox(address), "\(address)")
        }
        let traced = ordinary.map { $0.hasPrefix("From:") ? "From: WellaHeat <GMtgMintVenustglimbUgwards@sydneyentertainment.example>" : $0 }
        #expect(ContentRules.forgeryTraces(headers(traced)) == ["glued-words-mailbox"])
        // Such a sender's own signature earns no credit.
        let text = (traced + ["", "Hello.", ""]).joined(separator: "\r\n")
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(Array(text.utf8))))
        #expect(!rules.markers.contains("dkim-aligned"))
    }

    /// Regression (modern-dev): kits write From fields no mail program writes, and the lenient parser
    /// made a "mailbox" of the bare phrase — which then counted as nobody's domain and passed.
    @Test(arguments: [
        ("Danksagung, <service@stayfriends.example>", true), ("Max Steller von Amazon,(<service@otto.example>)", true),
        ("MediaMarkt 750, MediaMarkt 750, <newsletter@mail.toom.example>", true), ("Aviso Correios <notifica@correios>", true),
        ("Pedido <no-reply25462@%atendimento.example>", true), ("Netto, <service@stayfriends.example.>", true),
        ("Ozempic <noreply@theskimm,com>", true), ("Box <Mystery.box@[Mystery.box.]>", true), ("", true),
        ("Shop <news@shop.example.com>", false), ("\"Smith, John\" <john.smith@corp.example>", false), ("ann@example.org (Ann)", false),
        ("=?utf-8?b?7ZmN6ri464+Z?= <gildong@회사.한국>", false), ("\"john smith\"@example.org", false), ("a@b.example, c@d.example", false),
        ("Undisclosed: ;", true),
    ])
    func fromFieldsWithoutAWellFormedAddress(_ from: String, _ traced: Bool) {
        let lines = ordinary.map { $0.hasPrefix("From:") ? "From: \(from)" : $0 }
        #expect(ContentRules.forgeryTraces(headers(lines)).contains("malformed-from") == traced, "\(from)")
    }

    /// A remote party writes the From field: a huge one of bare phrases and half addresses is read
    /// in one pass (the first 20 mailboxes are checked) and is a trace, not a hang.
    @Test func aHugeHostileFromFieldIsATraceReadInOnePass() {
        let hostile = String(repeating: "Danksagung, <a@b>, \"x\" (<c@d.e>), ", count: 20_000)
        let lines = ordinary.map { $0.hasPrefix("From:") ? "From: \(hostile)" : $0 }
        #expect(ContentRules.forgeryTraces(headers(lines)).contains("malformed-from"))
        #expect(!ContentRules.isGluedWordsMailbox(String(repeating: "a", count: 100_000)))
        #expect(ContentRules.isGluedWordsMailbox(String(repeating: "a", count: 100_000) + "@x.example"))
    }

    @Test func mailerNames() {
        #expect(ContentRules.isGibberishToken("FtsB0E0a3sJloj2SYfsoj1L2hIYJrgmolgB4DvIvx"))
        #expect(!ContentRules.isGibberishToken("Fk3LH"))
        #expect(!ContentRules.isGibberishToken("Microsoft Outlook 16.0"))
        #expect(!ContentRules.isGibberishToken("PHPMailer6.9.1"))
        #expect(!ContentRules.isGibberishToken("MailChimpMailer"))
    }

    @Test func headerNames() {
        for name in ["X-EEmhT", "X-Fk3LH", "X-aBC3"] { #expect(ContentRules.isRandomHeaderName(name), "\(name)") }
        for name in ["X-Spam", "X-MSMail", "X-rext", "X-sgxh1", "X-ExtLoop1", "X-MailingID", "X-SFMC", "X-PM-IP", "Subject", "X-AbCdEfGh"] {
            #expect(!ContentRules.isRandomHeaderName(name), "\(name)")
        }
    }

    @Test func tracesAddUpToACapAndSha1EarnsNoAlignmentCredit() {
        var lines = ordinary.filter { !$0.hasPrefix("DKIM-Signature") && !$0.hasPrefix("X-Mailer") }
        lines += [
            "DKIM-Signature: v=1; a=rsa-sha1; d=shop.example.com; s=k1; h=from; bh=x; b=y", "DomainKey-Signature: a=rsa-sha1; d=shop.example.com; b=z",
            "X-Mailer: FtsB0E0a3sJloj2SYfsoj1L2hIYJrg", "Content-Type: text/plain",
        ]
        let text = (lines + ["", "Hello.", ""]).joined(separator: "\r\n")
        let rules = ContentRules(MessageFeatures(MIMEParser().parse(Array(text.utf8))))
        #expect(rules.scoreReasons.contains("dkim-sha1+domainkeys+gibberish-mailer"))
        let plain = ContentRules(MessageFeatures(MIMEParser().parse(Array((ordinary + ["", "Hello.", ""]).joined(separator: "\r\n").utf8))))
        // And a signature in rsa-sha1 earns no alignment credit (RFC 8301: verifiers must not count it).
        #expect(plain.markers.contains("dkim-aligned"))
        #expect(!rules.markers.contains("dkim-aligned"))
        #expect(rules.score - plain.score == ContentRules.forgeryTraceCap - ContentRules.alignedSignatureWeight)
    }
}
