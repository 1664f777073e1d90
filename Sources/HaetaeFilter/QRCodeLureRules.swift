import MIME

/// Quishing (the QR-code phishing of 2023–26): the message asks the reader to scan a QR code with
/// a phone to re-register two-factor authentication, unlock a mailbox or sign a document, and the
/// code is a picture — so the address it leads to is in no link a filter or a mail gateway can
/// read, and the phone that opens it is outside the company's protection. Three things together:
/// the request to scan a QR code, words of an account or a sign-in, and a picture; and no link at
/// all (a newsletter's "scan to download our app" banner sits among links home; a ticket's QR
/// code is shown at the gate, not scanned to sign in). Pure.
extension ContentRules {
    static let qrCodeLureWeight = 1.5
    /// How much of the text is read.
    static let qrCodeScanLimit = 20_000

    static let qrCodeWords = ["qr", "큐알", "scanthecode", "scanthiscode", "codebelow", "아래코드", "code-scann", "codescann"]
    static let scanWords = ["스캔", "촬영", "카메라로", "scan", "escane", "scansion", "digitaliz"]
    static let accountWords = [
        "인증", "비밀번호", "로그인", "계정", "재등록", "메일함", "서명", "mfa", "2fa", "otp", "password", "passwort", "motdepasse",
        "contraseña", "senha", "account", "konto", "compte", "cuenta", "conta", "mailbox", "verif", "authenticat", "signin",
        "login", "logon", "docusign", "sharepoint", "payroll", "anmeld", "anzumeld", "einlogg", "signier", "connexion", "confirm",
        "bestätig", "benefits", "enrollment", "signature", "document", "dokument", "documento", "문서",
    ]

    mutating func addQRCodeLureRules(_ message: MessageFeatures) {
        guard message.allURLs.isEmpty else { return }
        let pictured = message.imageCount > 0 || message.leaves.contains { $0.mimeType.lowercased().hasPrefix("image/") }
        guard pictured else { return }
        let text = Self.compactSubjectAndText(message, limit: Self.qrCodeScanLimit)
        guard Self.qrCodeWords.contains(where: text.contains), Self.scanWords.contains(where: text.contains),
            Self.accountWords.contains(where: text.contains)
        else { return }
        markers.append("qr-code-lure")
        phishing.append("asks to scan a QR code in a picture to sign in, and offers no link")
        add(Self.qrCodeLureWeight, "qr-code-lure")
        namesPhishingScheme = true
        luresOutsideTheText = true
    }
}
