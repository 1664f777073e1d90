import ArgumentParser
import Foundation
import HaetaeApp

/// `--data DIR`, shared by every subcommand (env HAETAE_DATA, default ./haetae-data).
struct DataOption: ParsableArguments {
    @Option(name: .long, help: "Data directory (env HAETAE_DATA, default ./haetae-data).")
    var data: String?

    var path: String {
        data ?? ProcessInfo.processInfo.environment["HAETAE_DATA"] ?? "./haetae-data"
    }

    func open() throws -> DataDirectory { try DataDirectory(path) }
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
