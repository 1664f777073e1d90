/// Where a user's mail lives: `<root>/<domain>/<local>/Maildir` for `local@domain`, each
/// component made safe so that no address can name a path outside its own directory. Local
/// delivery writes there and the IMAP server reads there.
public enum MailboxLocation {
    public static func maildirPath(root: String, mailbox: String) -> String {
        let (local, domain) = split(mailbox)
        return "\(root)/\(safeComponent(domain))/\(safeComponent(local))/Maildir"
    }

    public static func split(_ mailbox: String) -> (local: String, domain: String) {
        guard let at = mailbox.lastIndex(of: "@") else { return (mailbox, "localhost") }
        return (String(mailbox[..<at]), String(mailbox[mailbox.index(after: at)...]))
    }

    /// A path component that cannot escape its directory.
    public static func safeComponent(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            if scalar == "/" || scalar == "\0" || scalar.value < 0x20 {
                out += "_"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        if out == "." || out == ".." || out.isEmpty { out = "_" + out }
        return out
    }
}
