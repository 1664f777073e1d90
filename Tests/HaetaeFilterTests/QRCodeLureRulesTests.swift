import Testing

@testable import HaetaeFilter
@testable import MIME

/// QR-code phishing (QRCodeLureRules.swift).
struct QRCodeLureRulesTests {
    /// A message with a text part and an attached PNG; `links` go into the text.
    func rules(subject: String, text: String, picture: Bool = true) -> ContentRules {
        var lines = [
            "From: 보안관리자 <security@groupware-auth.example>", "To: <sujin.han@hanbit.example>", "Subject: \(subject)",
            "Date: Mon, 23 Nov 2026 09:00:00 +0900", "Message-ID: <1@groupware-auth.example>", "MIME-Version: 1.0",
            "Content-Type: multipart/mixed; boundary=b", "", "--b", "Content-Type: text/plain; charset=utf-8", "", text,
        ]
        if picture {
            lines += ["--b", "Content-Type: image/png; name=qr.png", "Content-Disposition: attachment; filename=qr.png",
                      "Content-Transfer-Encoding: base64", "", "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg=="]
        }
        lines += ["--b--", ""]
        return ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
    }

    /// Regression (ko-fresh5): a groupware "re-register two-factor authentication by scanning the
    /// attached QR code" message passed at 0.37 — its address is in the picture.
    @Test(arguments: [
        ("[보안] 2단계 인증(MFA) 재등록 필요", "첨부된 QR 코드를 휴대폰 카메라로 스캔하여 재등록을 완료해 주세요. 기한 내 미등록 시 메일 접속이 차단됩니다."),
        ("Action required: mailbox re-authentication", "Scan the QR code below with your phone to verify your account before Friday."),
        ("Dokument zur Unterschrift", "Bitte scannen Sie den QR-Code mit Ihrem Handy, um sich anzumelden und das Dokument zu signieren."),
        // Regression (modern-fresh2): no "QR" at all, only "scan the code below".
        ("Open enrollment: confirm your 2026 benefits", "Scan the code below with your mobile device to review and confirm your benefits."),
        // Regression (modern-fresh3): a document "to sign", without account words.
        ("Document pending your signature (scan to view)", "It can only be opened on your mobile device. Scan the attached QR code to review and sign."),
    ])
    func aRequestToScanAPicturedCodeToSignInIsPhishing(subject: String, text: String) {
        let found = rules(subject: subject, text: text)
        #expect(found.markers.contains("qr-code-lure"), "\(found.markers)")
        #expect(found.namesPhishingScheme)
        #expect(found.scoreReasons.contains("qr-code-lure"))
        #expect(found.luresOutsideTheText)
    }

    /// A QR lure from a domain that signed it earns no signing credit.
    @Test func aSignedQRLureEarnsNoCredit() {
        let lines = [
            "From: HR <benefits@credit-union-branch.example>", "Subject: Open enrollment", "Date: Mon, 23 Nov 2026 09:00:00 +0000",
            "Message-ID: <1@credit-union-branch.example>",
            "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=credit-union-branch.example; s=s1; h=from; bh=x; b=y",
            "MIME-Version: 1.0", "Content-Type: text/html; charset=utf-8", "",
            #"<p>Scan the QR code below with your phone to confirm your benefits.</p><img src="cid:qr1">"#, "",
        ]
        let found = ContentRules(MessageFeatures(MIMEParser().parse(Array(lines.joined(separator: "\r\n").utf8))))
        #expect(found.markers.contains("qr-code-lure"), "\(found.markers)")
        #expect(!found.scoreReasons.contains("dkim-aligned"), "\(found.scoreReasons)")
    }

    @Test func aTicketsCodeALinkedBannerOrNoPictureIsNoLure() {
        // A ticket's code is shown at the gate: no scanning to sign in.
        #expect(!rules(subject: "[CGV] 예매 완료", text: "입장 시 QR 코드를 제시해 주세요. 상영관 5관.").markers.contains("qr-code-lure"))
        // An app banner among links home.
        #expect(!rules(subject: "Your statement", text: "Scan the QR code to get our app and log in: https://bank.example/app").markers.contains("qr-code-lure"))
        // No picture: a colleague talking about it.
        #expect(!rules(subject: "Re: MFA", text: "QR 코드 스캔해서 로그인하라는 메일 받으면 보안팀에 알려주세요.", picture: false).markers.contains("qr-code-lure"))
    }
}
