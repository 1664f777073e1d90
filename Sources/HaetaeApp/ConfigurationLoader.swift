import Foundation
import TOMLKit

/// Reads the TOML configuration file and `--set KEY=VALUE` overrides onto the defaults.
public enum ConfigurationLoader {
    /// Flattens `[smtp] max_recipients = 5` into `smtp.max_recipients = "5"`.
    static func flatten(_ table: TOMLTable, prefix: String = "") throws -> [(String, String)] {
        var pairs: [(String, String)] = []
        for key in table.keys.sorted() {
            guard let value = table[key] else { continue }
            let name = prefix.isEmpty ? key : "\(prefix).\(key)"
            if let nested = value.table {
                pairs += try flatten(nested, prefix: name)
            } else if let string = value.string {
                pairs.append((name, string))
            } else if let bool = value.bool {
                pairs.append((name, bool ? "true" : "false"))
            } else if let int = value.int {
                pairs.append((name, String(int)))
            } else if let double = value.double {
                // `spam_threshold = 1.5` is a TOML float; the key's own parser checks its range.
                pairs.append((name, String(double)))
            } else if let array = value.array {
                var items: [String] = []
                for item in array {
                    guard let text = item.string ?? item.int.map(String.init) else {
                        throw ConfigurationError.badValue(key: name, value: "\(item)", expected: "a list of strings")
                    }
                    items.append(text)
                }
                pairs.append((name, items.joined(separator: ",")))
            } else {
                throw ConfigurationError.badValue(key: name, value: "\(value)", expected: "a string, number or boolean")
            }
        }
        return pairs
    }

    public static func apply(_ pairs: [(String, String)], to configuration: inout HaetaeConfiguration) throws {
        for (name, value) in pairs {
            guard let key = ConfigurationKeys.key(named: name) else { throw ConfigurationError.unknownKey(name) }
            try key.apply(&configuration, value)
        }
    }

    public static func parseOverride(_ text: String) throws -> (String, String) {
        guard let equals = text.firstIndex(of: "=") else { throw ConfigurationError.badSyntax(text) }
        let key = text[..<equals].trimmingCharacters(in: .whitespaces)
        let value = text[text.index(after: equals)...].trimmingCharacters(in: .whitespaces)
        guard !key.isEmpty else { throw ConfigurationError.badSyntax(text) }
        return (key, value)
    }

    public static func load(
        file: String?, overrides: [String], base: HaetaeConfiguration
    ) throws -> HaetaeConfiguration {
        var configuration = base
        if let file {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8) else {
                throw ConfigurationError.file("cannot read \(file)")
            }
            configuration = try load(text: text, name: file, base: configuration)
        }
        try apply(try overrides.map(parseOverride), to: &configuration)
        return configuration
    }

    /// Applies TOML `text` (named `name` in errors) onto `base`.
    public static func load(text: String, name: String, base: HaetaeConfiguration) throws -> HaetaeConfiguration {
        var configuration = base
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch {
            throw ConfigurationError.file("\(name): \(error)")
        }
        try apply(try flatten(table), to: &configuration)
        return configuration
    }

    /// Every key with its effective value (`scan.spam_threshold = 1.5`), rendered by the key
    /// itself as text it parses back to the same value, for `haetae config check`.
    public static func effectiveValues(_ configuration: HaetaeConfiguration) -> [(String, String)] {
        ConfigurationKeys.all.map { ($0.name, $0.render(configuration)) }
    }

    /// `10` and `true` as they are, `1.5` as a float, anything else as a TOML basic string.
    static func tomlLiteral(_ text: String) -> String {
        if Int(text) != nil || text == "true" || text == "false" { return text }
        if Double(text) != nil, text.contains(".") { return text }
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out + "\""
    }

    /// A sample file with every key at its default (literal defaults written out).
    public static func sample() -> String {
        var out = "# Haetae configuration (TOML). Every key, with its default.\n"
        var section = ""
        // Top-level keys first: in TOML a key after a [section] header belongs to that section.
        // Each [section] once (TOML forbids reopening one): keys grouped by section, in the order
        // sections first appear.
        let dotted = ConfigurationKeys.all.filter { $0.name.contains(".") }
        var sections: [String] = []
        for key in dotted {
            let section = String(key.name.split(separator: ".", maxSplits: 1)[0])
            if !sections.contains(section) { sections.append(section) }
        }
        let ordered = ConfigurationKeys.all.filter { !$0.name.contains(".") }
            + sections.flatMap { section in dotted.filter { $0.name.hasPrefix(section + ".") } }
        for key in ordered {
            let parts = key.name.split(separator: ".", maxSplits: 1)
            let keySection = parts.count == 2 ? String(parts[0]) : ""
            if keySection != section {
                out += "\n[\(keySection)]\n"
                section = keySection
            }
            // Keys whose documented default is a literal the key accepts are written out (so the
            // sample parses back to the defaults, which a test checks); the others stay comments.
            var probe = HaetaeConfiguration.defaults(isRoot: false, systemHostname: "localhost")
            let literal = !key.defaultDescription.hasPrefix("(") && !key.defaultDescription.contains(" ")
            if literal, (try? key.apply(&probe, key.defaultDescription)) != nil {
                out += "# \(key.meaning)\n\(parts.last!) = \(tomlLiteral(key.defaultDescription))\n"
            } else {
                out += "# \(key.meaning)\n# \(parts.last!) = \(key.defaultDescription)\n"
            }
        }
        return out
    }
}
