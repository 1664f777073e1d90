/// Hosts that hide where a link goes: URL shorteners, open redirectors and the free hosting,
/// form and file-sharing services phishing pages sit on today. A link there is a feature (and a
/// small rule weight), not a verdict: legitimate mail uses them too. Pure.
enum LinkLists {
    static let shorteners: Set<String> = [
        "bit.ly", "bitly.com", "tinyurl.com", "t.co", "goo.gl", "ow.ly", "is.gd", "buff.ly", "rebrand.ly", "cutt.ly", "shorturl.at",
        "rb.gy", "t.ly", "tiny.cc", "s.id", "v.gd", "bl.ink", "short.io", "lnkd.in", "soo.gd", "qrco.de", "qr.net", "me2.do",
        "han.gl", "url.kr", "vo.la", "zrr.kr", "muz.so", "c11.kr", "buly.kr", "asq.kr", "abit.ly", "hoy.kr", "t2m.kr",
        "shorter.me", "tny.im", "x.gd", "urlz.fr", "linktr.ee", "lnk.bio", "surl.li", "tr.ee",
    ]
    /// Services whose pages anyone can publish: phishing kits are hosted there.
    static let openHosting: Set<String> = [
        "firebaseapp.com", "web.app", "appspot.com", "weebly.com", "wixsite.com", "000webhostapp.com", "glitch.me", "netlify.app",
        "vercel.app", "pages.dev", "workers.dev", "github.io", "blogspot.com", "sites.google.com", "forms.gle", "docs.google.com",
        "storage.googleapis.com", "r2.dev", "ipfs.io", "dweb.link", "typeform.com", "jotform.com", "formstack.com", "webflow.io",
        "godaddysites.com", "square.site", "mystrikingly.com", "framer.app", "onrender.com", "herokuapp.com", "azurewebsites.net",
        "blob.core.windows.net", "web.core.windows.net", "sharepoint.com", "1drv.ms", "dropbox.com", "wetransfer.com",
        "notion.site", "canva.site", "my.canva.site", "surge.sh", "replit.app", "repl.co",
    ]
    /// Query parameters of redirectors (`?url=`, `&redirect=`) that carry another web address.
    static let redirectParameters = ["url=http", "redirect=http", "redirect_uri=http", "u=http", "q=http", "target=http", "dest=http", "goto=http",
                                     "url=https%3a", "u=https%3a", "redirect=https%3a", "url=http%3a"]

    /// A service's own share links, which lead only into that service: a Google Maps place
    /// (`maps.app.goo.gl`; goo.gl itself stays a shortener) and Naver's share links to its maps,
    /// blogs and news (`naver.me`; Naver closed its open shortener `me2.do` to new links in 2024
    /// because phishing used it). Party invitations and notices from personal mailboxes carry them.
    static let serviceShareHosts: Set<String> = ["maps.app.goo.gl", "naver.me"]

    static func isShortener(_ host: String) -> Bool {
        !serviceShareHosts.contains(host) && (shorteners.contains(host) || shorteners.contains(URLScanner.baseDomain(host)))
    }

    static func isOpenHosting(_ host: String) -> Bool {
        openHosting.contains(host) || openHosting.contains(where: { host.hasSuffix("." + $0) })
    }

    /// A link through a web-page translation proxy, which fetches another site and shows it under
    /// Google's name: `translate.google.com/translate?…&u=site.example/login`, or the proxy's host
    /// form `site-example-com.translate.goog`. It hides where the link goes as a shortener does,
    /// and no sender links to its own pages that way (six spam of modern-dev, no ham of any set).
    static func isTranslationProxy(_ url: String) -> Bool {
        let head = url.prefix(400).lowercased()
        guard let host = URLScanner.host(of: String(head)) else { return false }
        if host.hasSuffix(".translate.goog") { return true }
        guard host.hasPrefix("translate.google.") || host == "translate.googleusercontent.com",
            let query = head.firstIndex(of: "?")
        else { return false }
        // `&amp;` where the link was copied out of HTML unescaped.
        let parameters = head[head.index(after: query)...].split(separator: "&").map { $0.hasPrefix("amp;") ? $0.dropFirst(4) : $0 }
        return parameters.contains { $0.hasPrefix("u=") && $0.count > 2 }
    }

    static func isRedirect(_ url: String) -> Bool {
        guard let query = url.firstIndex(of: "?") else { return false }
        let tail = url[query...].prefix(400).lowercased()
        return redirectParameters.contains { tail.contains($0) }
    }
}
