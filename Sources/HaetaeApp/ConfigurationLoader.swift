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
            let table: TOMLTable
            do {
                table = try TOMLTable(string: text)
            } catch {
                throw ConfigurationError.file("\(file): \(error)")
            }
            try apply(try flatten(table), to: &configuration)
        }
        try apply(try overrides.map(parseOverride), to: &configuration)
        return configuration
    }

    /// A commented sample file with every key at its default.
    public static func sample() -> String {
        var out = "# Haetae configuration (TOML). Every key, with its default.\n"
        var section = ""
        // Top-level keys first: in TOML a key after a [section] header belongs to that section.
        let ordered = ConfigurationKeys.all.filter { !$0.name.contains(".") } + ConfigurationKeys.all.filter { $0.name.contains(".") }
        for key in ordered {
            let parts = key.name.split(separator: ".", maxSplits: 1)
            let keySection = parts.count == 2 ? String(parts[0]) : ""
            if keySection != section {
                out += "\n[\(keySection)]\n"
                section = keySection
            }
            out += "# \(key.meaning)\n# \(parts.last!) = \(key.defaultDescription)\n"
        }
        return out
    }
}
