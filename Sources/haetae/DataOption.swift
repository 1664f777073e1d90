import ArgumentParser
import Foundation
import HaetaeApp

/// `--data DIR` and `--config FILE`, shared by every subcommand (env HAETAE_DATA, default
/// ./haetae-data). Every command loads the same configuration as the server: the file given, or
/// the one the server was last started with (remembered in the data directory).
struct DataOption: ParsableArguments {
    @Option(name: .long, help: "Data directory (env HAETAE_DATA, default ./haetae-data).")
    var data: String?

    @Option(name: .long, help: "Configuration file (TOML); default: the file the server was last started with.")
    var config: String?

    /// The operations over this data directory and configuration, reporting to standard output.
    var operations: Operations { Operations(data: data, configurationFile: config) }
}

/// The first line of standard input, for `--password-stdin`.
func readPasswordFromStdin() throws -> String {
    guard let line = readLine(strippingNewline: true), !line.isEmpty else {
        throw OperationError("no password on standard input")
    }
    return line
}

/// Ends the command with `status` when an operation reported a finding.
func finish(_ status: ExitStatus) throws {
    if status != 0 { throw ExitCode(status) }
}
