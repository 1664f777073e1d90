import MIME

/// Registrable domains where anyone can open a mailbox: a signature, a `Reply-To` or a sender
/// there says which provider carried the mail, not who stands behind it. Used by the sender
/// alignment (no signing credit), reply diversion (`replyto-freemail`), payment-diversion and
/// brand rules. The big providers' country domains are listed one by one (`gmx.de`, `hotmail.fr`,
/// `yahoo.co.jp`): a bare name such as `live` or `free` would also match businesses. Internet
/// providers whose domain also sends their own bills and notices (`comcast.net`, `sky.com`,
/// `orange.fr`) are left out, so their notices keep their credit.
extension ContentRules {
    /// A user's mailbox at a free-mail provider: an address at one of `freemail` itself — but not
    /// the provider's own system mail, from a subdomain where no user gets an address
    /// (`help.naver.com`, `mail.daum.net`) or from a reserved no-reply name no user can register
    /// (`noreply@daum.net`, which sends Daum's dormant-account notices).
    static func isFreeMailbox(_ mailbox: HeaderMailbox) -> Bool {
        let domain = mailbox.domain
        guard freemail.contains(domain) else { return false }
        let local = mailbox.address.lowercased().prefix { $0 != "@" && $0 != "+" }
        return !reservedSystemMailboxes.contains(String(local))
    }

    static let reservedSystemMailboxes: Set<String> = [
        "noreply", "no-reply", "no_reply", "donotreply", "do-not-reply", "do_not_reply", "mailer-daemon", "postmaster",
    ]

    static let freemail: Set<String> = [
        // Google, Microsoft, Yahoo, AOL, Apple
        "gmail.com", "googlemail.com",
        "hotmail.com", "outlook.com", "live.com", "msn.com", "windowslive.com", "passport.com",
        "hotmail.co.uk", "hotmail.fr", "hotmail.de", "hotmail.it", "hotmail.es", "hotmail.nl", "hotmail.be", "hotmail.ca",
        "hotmail.com.br", "hotmail.com.ar", "hotmail.com.mx", "hotmail.co.jp", "hotmail.se", "hotmail.no", "hotmail.dk",
        "hotmail.ch", "hotmail.gr", "hotmail.com.au", "hotmail.co.kr",
        "outlook.fr", "outlook.de", "outlook.es", "outlook.it", "outlook.com.br", "outlook.jp", "outlook.kr", "outlook.com.au",
        "live.co.uk", "live.fr", "live.de", "live.it", "live.nl", "live.be", "live.ca", "live.com.au", "live.com.mx", "live.jp",
        "live.se", "live.dk", "live.no", "live.cl", "live.com.ar",
        "yahoo.com", "ymail.com", "rocketmail.com", "yahoo.co.kr", "yahoo.co.uk", "yahoo.fr", "yahoo.de", "yahoo.it", "yahoo.es",
        "yahoo.com.br", "yahoo.com.ar", "yahoo.com.mx", "yahoo.co.jp", "yahoo.ca", "yahoo.com.au", "yahoo.co.in", "yahoo.in",
        "yahoo.gr", "yahoo.se", "yahoo.dk", "yahoo.no", "yahoo.ie", "yahoo.com.sg", "yahoo.com.tw", "yahoo.com.hk",
        "yahoo.com.ph", "yahoo.co.id", "yahoo.com.vn",
        "aol.com", "aim.com", "aol.co.uk", "aol.fr", "aol.de",
        "icloud.com", "me.com", "mac.com",
        // Europe
        "gmx.com", "gmx.net", "gmx.de", "gmx.at", "gmx.ch", "gmx.fr", "gmx.es", "gmx.co.uk", "gmx.us", "web.de", "mail.com",
        "email.com", "t-online.de", "freenet.de", "arcor.de", "posteo.de", "posteo.net", "mailbox.org",
        "protonmail.com", "protonmail.ch", "proton.me", "pm.me", "tutanota.com", "tutanota.de", "tutamail.com", "tuta.io",
        "tuta.com", "keemail.me", "fastmail.com", "fastmail.fm", "hushmail.com", "mailfence.com", "startmail.com",
        "wanadoo.fr", "laposte.net", "sfr.fr", "neuf.fr", "libero.it", "virgilio.it", "tiscali.it", "alice.it", "tin.it",
        "email.it", "inwind.it", "kpnmail.nl", "planet.nl", "home.nl", "skynet.be", "btinternet.com", "talktalk.net",
        "ntlworld.com", "wp.pl", "o2.pl", "onet.pl", "interia.pl", "op.pl", "seznam.cz", "centrum.cz", "abv.bg", "ukr.net",
        "i.ua", "inbox.lv",
        // Russia
        "yandex.ru", "yandex.com", "yandex.ua", "yandex.by", "yandex.kz", "ya.ru", "narod.ru", "mail.ru", "bk.ru", "list.ru",
        "inbox.ru", "internet.ru", "rambler.ru",
        // Americas, Asia, Oceania
        "att.net", "sbcglobal.net", "bellsouth.net", "verizon.net", "cox.net", "optonline.net", "juno.com", "netzero.net",
        "sympatico.ca", "bigpond.com", "optusnet.com.au",
        "uol.com.br", "bol.com.br", "terra.com.br", "ig.com.br",
        "qq.com", "163.com", "126.com", "yeah.net", "foxmail.com", "sina.com", "sina.cn", "sohu.com", "aliyun.com", "139.com",
        "rediffmail.com",
        // Korea
        "naver.com", "daum.net", "hanmail.net", "nate.com", "korea.com", "dreamwiz.com", "hanmir.com",
    ]
}
