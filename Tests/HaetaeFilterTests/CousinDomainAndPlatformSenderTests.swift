import Foundation
import Testing

@testable import HaetaeFilter
@testable import MIME

/// Cousin domains of the recipient's (CousinDomainRules.swift), invoicing platforms' automated
/// senders whose replies go to the merchant's free mailbox, and obfuscated subjects that forfeit
/// the signing credits (SenderAlignmentRules.swift). Regressions of modern-fresh's development half.
struct CousinDomainAndPlatformSenderTests {
    static let model = DefaultModel.load()!
    let scanner = ContentScanner(model: CousinDomainAndPlatformSenderTests.model)

    func parse(_ lines: [String], body: String) -> MessageFeatures {
        MessageFeatures(MIMEParser().parse(Array((lines + ["", body, ""]).joined(separator: "\r\n").utf8)))
    }

    @Test(arguments: [
        ("fernhil.example", "fernhill.example", true),  // a letter dropped
        ("mail.fernhiil.example", "fernhill.example", true),  // a letter replaced, on a subdomain
        ("fernnhill.example", "fernhill.example", true),  // a letter added
        ("fenrhill.com", "fernhill.com", true),  // neighbours swapped
        ("rnicrosoft.com", "microsoft.com", true),  // rn reads as m
        ("examp1e-corp.com", "example-corp.com", true),  // 1 reads as l
        ("fernhill.co.kr", "fernhill.com", false),  // the same name under another suffix
        ("fernhill.example", "fernhill.example", false),
        ("acme.com", "acne.com", false),  // names this short are close by chance
        ("northwind.com", "southwind.com", false),  // two letters apart
        ("brightline.com", "brightlime-consulting.com", false),
        // Regression (modern-fresh3): the name with a department joined by a hyphen.
        ("northfield-studio-hr.com", "northfield-studio.example", true),
        ("portal.fernhill-payroll.com", "fernhill.com", true),
        ("it-fernhill.com", "fernhill.com", true),
        ("fernhillside.com", "fernhill.com", false),  // another name, not the name and a word
        ("acme-hr.com", "acme.com", false),  // names this short are everyone's
        ("fernhill-city.example", "fernhill.example", false),  // a town's own domain writing to a company named after it
    ])
    func cousinDomains(sender: String, recipient: String, imitates: Bool) {
        let recipients: Set<String> = [URLScanner.baseDomain(recipient)]
        #expect((ContentRules.imitatedRecipient(sender: sender, recipients: recipients) != nil) == imitates, "\(sender) → \(recipient)")
    }

    @Test func anInvoiceFromACousinOfTheRecipientsDomainIsPhishing() {
        let message = parse([
            "From: Northside Accounts <northside@fernhil.example>", "To: Dana Whitfield <dana@fernhill.example>", "Subject: RE: Overdue payment",
            "Date: Tue, 17 Nov 2026 10:02:00 +0000", "Message-ID: <a1@fernhil.example>",
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=fernhil.example; s=s1; h=from; bh=x; b=y",
        ], body: "Hi Dana, as discussed please settle the overdue invoice today. Thanks.")
        let rules = ContentRules(message)
        #expect(rules.markers.contains("cousin-domain"), "\(rules.markers)")
        #expect(!rules.markers.contains("dkim-aligned"), "a cousin domain's own signature earns no credit")
        #expect(rules.namesPhishingScheme)
    }

    @Test(arguments: [
        ("service@paypal.com", true), ("noreply@freshbooks.com", true), ("no-reply@doordash.com", true),
        ("invoice+statements+acct_1e3k@stripe.com", true), ("messaging-service@post.xero.com", true),
        ("quickbooks@notification.intuit.com", true), ("drive-shares-dm-noreply@google.com", true),
        ("helen.park@brightline.example", false), ("president@university.example", false), ("servicedesk.jo@firm.example", false),
    ])
    func automatedMailboxes(address: String, automated: Bool) {
        #expect(ContentRules.isAutomatedMailbox(address) == automated, "\(address)")
    }

    func invoice(from: String, signer: String?) -> MessageFeatures {
        var lines = ["From: \"\(from)\" <\(from)>", "Reply-To: Sato Web Studio <kenji.sato.web@gmail.com>", "To: <dana@fernhill.example>",
                     "Subject: Reminder: Invoice from Sato Web Studio is due soon", "Date: Sun, 15 Jun 2025 12:05:10 +0000",
                     "Message-ID: <367661f69c0333b9@paypal.com>"]
        if let signer { lines.append("DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=\(signer); s=s1; h=from:reply-to; bh=x; b=y") }
        return parse(lines, body: "Sato Web Studio sent you an invoice for $2,614.47 USD. Due date: June 29, 2025.")
    }

    /// Regression (modern-fresh): invoices sent through PayPal, QuickBooks, Stripe, FreshBooks and
    /// Xero answer to the merchant's Gmail; they were `replyto-freemail` phishing evidence and lost
    /// the platform's signing credit, 8 of 120 ham flagged.
    @Test func aPlatformsSignedInvoiceAnsweredToTheMerchantsGmailKeepsItsCredit() {
        let rules = ContentRules(invoice(from: "service@paypal.com", signer: "paypal.com"))
        #expect(!rules.markers.contains("replyto-freemail"), "\(rules.markers)")
        #expect(rules.markers.contains("dkim-aligned"))
        // Unsigned, or a person's mailbox: replies diverted to Gmail are evidence again.
        #expect(ContentRules(invoice(from: "service@paypal.com", signer: nil)).markers.contains("replyto-freemail"))
        #expect(ContentRules(invoice(from: "k.sato@studio.example", signer: "studio.example")).markers.contains("replyto-freemail"))
    }

    /// Regression (modern-dev): NetSuite's signed `system@sent-via.netsuite.com` sent a tree-care
    /// company's invoice, answered to the company; its only links were the company's form pages, so
    /// `links-foreign` took back the signing credit. The customer's links are the platform's own.
    @Test func aPlatformsCustomerLinksAreItsOwn() {
        let lines = ["From: \"Evergreen Tree Care (info@evergreentlc.example)\" <system@sent-via.netsuite.com>",
                     "Reply-To: Evergreen Tree Care <info@evergreentlc.example>", "To: <reader@fernhill.example>", "Subject: Invoice #INV2004",
                     "Date: Sun, 15 Jun 2025 12:05:10 +0000", "Message-ID: <n1@sent-via.netsuite.com>", "MIME-Version: 1.0",
                     "Content-Type: text/html; charset=UTF-8",
                     "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=sent-via.netsuite.com; s=s1; h=from; bh=x; b=y"]
        let body = "<p>Thank you for the opportunity to serve you! <a href=\"https://evergreentlc.jotform.example/23162\">Tell us how we did</a></p>"
        let rules = ContentRules(parse(lines, body: body))
        #expect(rules.markers.contains("dkim-aligned"), "\(rules.markers)")
        #expect(!rules.markers.contains("links-foreign"))
        // A person's mailbox at the same domain does not make the reply address's links its own.
        let person = ContentRules(parse(lines.map { $0.replacingOccurrences(of: "system@", with: "j.smith@") }, body: body))
        #expect(person.markers.contains("links-foreign"), "\(person.markers)")
    }

    /// Regression (modern-fresh): a signed one-click-unsubscribe mailing whose subject hides its
    /// words (`pаge` with a Cyrillic а, soft hyphens, joiners) earned −2.5 in signing credits.
    @Test func anObfuscatedSubjectForfeitsTheSigningCredits() {
        let message = parse([
            "From: SEO Team <noreply@quintrihux.example>", "To: <owner@osei-home.example>",
            "Subject: osei-home.example - p\u{0430}ge 1 of\u{00AD} Goog\u{200D}le?", "Date: Sun, 15 Jun 2025 12:05:10 +0000",
            "Message-ID: <x1@quintrihux.example>", "List-Unsubscribe: <https://quintrihux.example/u/1>", "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=quintrihux.example; s=s1; h=from; bh=x; b=y",
        ], body: "Your site is not on page 1 of Google. We can fix that this month.")
        let rules = ContentRules(message)
        #expect(rules.markers.contains("obfuscated"), "\(rules.markers)")
        #expect(!rules.markers.contains("dkim-aligned"))
        #expect(!rules.markers.contains("bulk-sender-compliant"))
    }

    /// Hostile input: a `To` field of 20,000 addresses is read to its first 50 per field, once.
    @Test func aHugeRecipientListIsReadToItsLimit() {
        let many = (0..<20_000).map { "u\($0)@host\($0).example" }
        let first = "<dana@fernhill.example>, " + many.joined(separator: ", ")
        let last = many.joined(separator: ", ") + ", <dana@fernhill.example>"
        func headers(_ to: String) -> MessageHeaders {
            MIMEParser().parse(Array("From: <x@fernhil.example>\r\nTo: \(to)\r\nSubject: s\r\n\r\nHi\r\n".utf8)).headers
        }
        let early = ContentRules.recipientOrganisations(headers(first))
        #expect(early.count == 50 && early.contains("fernhill.example"))
        #expect(ContentRules.imitatedRecipient(sender: "fernhil.example", recipients: early) == "fernhill.example")
        #expect(!ContentRules.recipientOrganisations(headers(last)).contains("fernhill.example"))
    }
}
