import Foundation
import HaetaeQueue
import HaetaeStore

/// Every administrative operation of the `haetae` command, over one data directory and the
/// configuration the server runs with. The executable only parses arguments and calls these; what an
/// operation reports goes to `output` (standard output for the CLI), problems the operation
/// survives to `errorOutput`, and a failure is thrown as an `OperationError`.
///
/// An operation that succeeds but has a finding to report (a relay that relayed, a message that was
/// not Passed, a refused recipient) returns a non-zero `ExitStatus`.
public struct Operations: Sendable {
    /// `--data`: the data directory (env HAETAE_DATA, default ./haetae-data).
    public let dataPath: String
    /// `--config`: the configuration file; nil means the file the server was last started with.
    public let configurationFile: String?
    public let output: @Sendable (String) -> Void
    public let errorOutput: @Sendable (String) -> Void

    public init(
        data: String?, configurationFile: String?,
        output: @escaping @Sendable (String) -> Void = { print($0) },
        errorOutput: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }
    ) {
        self.dataPath = data ?? ProcessInfo.processInfo.environment["HAETAE_DATA"] ?? "./haetae-data"
        self.configurationFile = configurationFile
        self.output = output
        self.errorOutput = errorOutput
    }

    func say(_ line: String) { output(line) }

    /// Text as it is: its final LF, if any, is the one `output` adds (a CR before it stays).
    func sayVerbatim(_ text: String) {
        var scalars = text.unicodeScalars
        if scalars.last == "\n" { scalars.removeLast() }
        output(String(scalars))
    }

    func directory() throws -> DataDirectory {
        do {
            return try DataDirectory(dataPath)
        } catch {
            throw OperationError("cannot open the data directory \(dataPath): \(error)")
        }
    }

    /// The configuration as the server sees it (defaults < file < the server's remembered overrides).
    public func configuration() throws -> HaetaeConfiguration {
        let directory = try directory()
        do {
            return try directory.configuration(file: configurationFile, base: HaetaeConfiguration.systemDefaults())
        } catch {
            throw OperationError("\(error)")
        }
    }

    /// The directory store, hashing new passwords at the configured `auth.bcrypt_cost`.
    func store() throws -> any HaetaeDataStore {
        let cost = try configuration().auth.bcryptCost
        return try storeErrors { try directory().openDirectory(bcryptCost: cost) }
    }

    func spool() throws -> Spool {
        let directory = try directory()
        do {
            return try directory.openSpool()
        } catch {
            throw OperationError("cannot open the queue in \(directory.queuePath): \(error)")
        }
    }
}

/// A failed operation: one clear line for the administrator.
public struct OperationError: Error, CustomStringConvertible {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// How an operation that ran ended: 0, or the exit status that reports its finding.
public typealias ExitStatus = Int32

/// Turns directory errors into one clear line.
func storeErrors<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as DirectoryError {
        throw OperationError(error.description)
    }
}

func storeErrors<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as DirectoryError {
        throw OperationError(error.description)
    }
}

/// Any error as one line.
func described<T>(_ body: () throws -> T) throws -> T {
    do {
        return try body()
    } catch let error as OperationError {
        throw error
    } catch {
        throw OperationError("\(error)")
    }
}

func described<T>(_ body: () async throws -> T) async throws -> T {
    do {
        return try await body()
    } catch let error as OperationError {
        throw error
    } catch {
        throw OperationError("\(error)")
    }
}

/// The host's name, lower-cased ("localhost" when it has none).
public func systemHostname() -> String {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count) == 0 else { return "localhost" }
    let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    return name.isEmpty ? "localhost" : name.lowercased()
}

extension HaetaeConfiguration {
    /// The built-in defaults on this host (root or not, its host name).
    public static func systemDefaults() -> HaetaeConfiguration {
        defaults(isRoot: geteuid() == 0, systemHostname: systemHostname())
    }
}
