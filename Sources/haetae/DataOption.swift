import ArgumentParser
import Foundation
import HaetaeApp
import HaetaeStore

/// `--data DIR` and `--config FILE`, shared by every subcommand (env HAETAE_DATA, default
/// ./haetae-data). Every command loads the same configuration as the server: the file given, or
/// the one the server was last started with (remembered in the data directory).
struct DataOption: ParsableArguments {
    @Option(name: .long, help: "Data directory (env HAETAE_DATA, default ./haetae-data).")
    var data: String?

    @Option(name: .long, help: "Configuration file (TOML); default: the file the server was last started with.")
    var config: String?

    var path: String {
        data ?? ProcessInfo.processInfo.environment["HAETAE_DATA"] ?? "./haetae-data"
    }

    func open() throws -> DataDirectory { try DataDirectory(path) }

    /// The configuration file in effect: `--config`, else the remembered one, else none.
    func configurationFile(_ directory: DataDirectory) -> String? {
        config ?? directory.rememberedConfigurationFile
    }

    /// The configuration as the server sees it (defaults < file).
    func configuration() throws -> HaetaeConfiguration {
        let directory = try open()
        let base = HaetaeConfiguration.defaults(isRoot: geteuid() == 0, systemHostname: systemHostname())
        do {
            return try directory.configuration(file: config, base: base)
        } catch {
            throw CLIError("\(error)")
        }
    }

    /// The directory store, hashing new passwords at the configured `auth.bcrypt_cost`.
    func openStore() throws -> DirectoryStore {
        try open().openDirectory(bcryptCost: configuration().bcryptCost)
    }
}

/// Prints an error the way every subcommand does and exits non-zero.
struct CLIError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

func readPasswordFromStdin() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw CLIError("no password on standard input")
    }
    return line
}
