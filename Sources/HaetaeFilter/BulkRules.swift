import MIME

/// Marketing bulk against discussion lists. A mailing-list post (List-Id, List-Post,
/// X-Mailing-List, `Precedence: list`) with no marketing machinery is a conversation: Passed,
/// noted as `list`. Bulk is for marketing: one-click unsubscribe (RFC 8058), bulk-mailer and
/// ESP headers, unsubscribe links in the body, newsletter structure, the `(광고)` marker. Pure.
extension ContentRules {
    static let bulkMailerHeaders = [
        "List-Unsubscribe-Post", "X-Campaign", "X-Campaign-Id", "X-CampaignID", "X-Mailgun-Tag", "X-Mailgun-Sid", "X-SES-Outgoing",
        "X-MC-User", "X-Mailchimp-Campaign", "X-Sendgrid-Id", "X-SG-EID", "X-Bulk", "X-CSA-Complaints", "X-Marketo-Id",
        "X-MarketoID", "X-Campaign-Activity-ID", "X-Mailer-RecptId", "X-Rpcampaign", "X-Job", "X-Emarsys-Identify", "X-Stibo-Id",
        "Feedback-ID", "X-Feedback-ID", "X-Newsletter",
    ]
    static let bulkMailers = ["mailchimp", "sendblaster", "phplist", "mass mailer", "bulk", "sendinblue", "brevo", "stibee", "mailjet",
                              "acumbamail", "campaign", "newsletter", "emarsys", "salesforce marketing", "exacttarget", "hubspot",
                              "klaviyo", "constant contact", "nhn cloud", "toast-mail", "mailerlite", "omnisend", "iterable"]
    static let unsubscribeWords = ["unsubscribe", "opt out", "opt-out", "email preferences", "manage preferences", "수신거부", "수신 거부",
                                   "구독 취소", "구독취소", "구독 해지", "abmelden", "désabonner", "se désinscrire", "cancelar inscrição"]

    mutating func addBulkRules(_ message: MessageFeatures, findings: TextFindings) {
        let headers = message.headers
        var marketing: [String] = []
        for field in Self.bulkMailerHeaders where headers[field] != nil { marketing.append(field) }
        if let mailer = (headers["X-Mailer"] ?? headers["User-Agent"])?.lowercased(), Self.bulkMailers.contains(where: mailer.contains) {
            marketing.append("X-Mailer: \(mailer.prefix(40))")
        }
        let precedence = headers["Precedence"]?.lowercased().trimmingSpaces ?? ""
        let listHeaders = ["List-Id", "List-Post", "X-Mailing-List", "Mailing-List", "X-Google-Group-Id", "List-Archive"].filter { headers[$0] != nil }
        let isList = !listHeaders.isEmpty || precedence.contains("list")
        // A list's own footer ("to unsubscribe from this group …") is not marketing: for list
        // mail only the headers and the layout count.
        if !isList {
            let linkTexts = message.links.prefix(300).map { $0.text.lowercased() }
            if linkTexts.contains(where: { text in Self.unsubscribeWords.contains(where: text.contains) })
                || message.links.prefix(300).contains(where: { $0.href.lowercased().contains("unsubscribe") })
            {
                marketing.append("unsubscribe link")
            } else if findings.unsubscribeInFooter {
                marketing.append("unsubscribe text")
            }
        }
        if message.hasHTML && message.links.count >= 8 && message.imageCount >= 3 { marketing.append("newsletter layout") }
        if markers.contains("korean-ad") { marketing.append("(광고)") }

        if isList { markers.append("mailing-list") }

        // What mailbox providers require of bulk senders since 2024: one-click unsubscribe
        // (RFC 8058) and a DKIM signature of the From domain. Spammers can comply too, so it only
        // offsets the look of marketing HTML, which the 2002 corpus taught the model to distrust.
        // The signature is not verified yet (a claim; `AuthenticationResults` will confirm it).
        if headers["List-Unsubscribe-Post"] != nil, headers["List-Unsubscribe"]?.lowercased().contains("https://") == true,
            let from = message.from?.domain, !from.isEmpty, !withholdsSigningCredit(message),
            Self.dkimDomains(headers).contains(where: { URLScanner.baseDomain($0) == URLScanner.baseDomain(from) })
        {
            markers.append("bulk-sender-compliant")
            add(-1.5, "bulk-sender-compliant")
        }
        if !marketing.isEmpty {
            markers.append("marketing")
            if headers["List-Unsubscribe"] != nil { marketing.append("List-Unsubscribe") }
            if precedence.contains("bulk") || precedence.contains("junk") { marketing.append("Precedence: \(precedence)") }
            bulk.insert(contentsOf: marketing, at: 0)
        } else if isList {
            discussionList = true
        } else if precedence.contains("bulk") || precedence.contains("junk") {
            bulk.append("Precedence: \(precedence)")
        } else if headers["List-Unsubscribe"] != nil {
            bulk.append("List-Unsubscribe")
        }
    }

    /// The `d=` domains of the DKIM-Signature fields (RFC 6376 §3.5 tag list), lower-cased.
    /// Signatures in rsa-sha1 are left out: RFC 8301 §3.1 says it MUST NOT be used for signing
    /// or verifying, so no verifier would count them.
    static func dkimDomains(_ headers: MessageHeaders) -> [String] {
        headers.all("DKIM-Signature").prefix(10).compactMap { value in
            if dkimAlgorithm(value) == "rsa-sha1" { return nil }
            for tag in value.split(separator: ";").prefix(30) {
                let pair = tag.split(separator: "=", maxSplits: 1)
                guard pair.count == 2, String(pair[0]).trimmingSpaces == "d" else { continue }
                let domain = String(String.UnicodeScalarView(pair[1].unicodeScalars.filter { !$0.properties.isWhitespace })).lowercased()
                return domain.isEmpty ? nil : domain
            }
            return nil
        }
    }
}
