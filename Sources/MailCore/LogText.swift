/// Makes client-supplied text safe for one `key=value` log line: no spaces, quotes, control
/// characters or line breaks survive unescaped, so a client cannot forge log fields.
public enum LogText {
    public static func quote(_ text: String) -> String {
        var out = ""
        var needsQuotes = text.isEmpty
        for scalar in text.unicodeScalars.prefix(512) {
            switch scalar {
            case "\"", "\\":
                out += "\\" + String(scalar)
                needsQuotes = true
            case " ", "=":
                out.unicodeScalars.append(scalar)
                needsQuotes = true
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F {
                    // Always two digits: `\xd` followed by a letter that is a hex digit would
                    // read back as another character.
                    out += (scalar.value < 0x10 ? "\\x0" : "\\x") + String(scalar.value, radix: 16)
                    needsQuotes = true
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return needsQuotes ? "\"" + out + "\"" : out
    }
}
