import MailCore
import Foundation
import HaetaePolicy
import HaetaeProtection
import HaetaeQueue
import HaetaeStore

/// The layout of the data directory, created on first use.
public struct DataDirectory: Sendable {
    public let root: String

    public init(_ root: String) throws {
        self.root = (root as NSString).standardizingPath
        try DurableFile.makeDirectories(self.root)
        // F11: the directory holds every password hash and every message; whoever created it
        // and whatever the umask was, only our user may enter it.
        guard chmod(self.root, 0o700) == 0 else {
            throw DurableFile.IOError(operation: "chmod", path: self.root, errno: errno)
        }
    }

    /// Files and directories we create are ours alone (umask 077), for the server and the CLI.
    public static func restrictFileModes() {
        umask(0o077)
    }

    public var databasePath: String { root + "/haetae.sqlite" }
    /// Where the path of the configuration file the server was started with is kept, so that
    /// every CLI command loads the same configuration without `--config`.
    public var configurationPointerPath: String { root + "/config.path" }

    public var rememberedConfigurationFile: String? {
        guard let text = try? String(contentsOfFile: configurationPointerPath, encoding: .utf8) else { return nil }
        let path = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return path.isEmpty || !FileManager.default.fileExists(atPath: path) ? nil : path
    }

    /// The `KEY=VALUE` overrides (flags and `--set`) the server was last started with, so that the
    /// CLI sees the same values the server runs with.
    public var configurationOverridesPath: String { root + "/config.overrides" }

    public var rememberedOverrides: [String] {
        guard let text = try? String(contentsOfFile: configurationOverridesPath, encoding: .utf8) else { return [] }
        return text.split(separator: "\n").map(String.init).filter { !$0.isEmpty }
    }

    public func rememberOverrides(_ overrides: [String]) throws {
        let text = overrides.filter { !$0.contains("\n") }.map { $0 + "\n" }.joined()
        try DurableFile.replace(configurationOverridesPath, with: Array(text.utf8), temporaryDirectory: root)
    }

    /// The configuration as the server last started here sees it: defaults < its file < its
    /// overrides. With an explicit `file`, that file alone (no remembered overrides).
    public func configuration(file: String?, base: HaetaeConfiguration) throws -> HaetaeConfiguration {
        if let file { return try ConfigurationLoader.load(file: file, overrides: [], base: base) }
        return try ConfigurationLoader.load(file: rememberedConfigurationFile, overrides: rememberedOverrides, base: base)
    }

    public func rememberConfigurationFile(_ file: String) throws {
        let absolute = file.hasPrefix("/") ? file : FileManager.default.currentDirectoryPath + "/" + file
        try DurableFile.replace(configurationPointerPath, with: Array((absolute + "\n").utf8), temporaryDirectory: root)
    }
    public var queuePath: String { root + "/queue" }
    public var mailPath: String { root + "/mail" }
    public var tlsPath: String { root + "/tls" }
    public var filterPath: String { root + "/filter" }
    public var quarantinePath: String { root + "/quarantine" }

    public func openDirectory(bcryptCost: Int = 10) throws -> DirectoryStore {
        try DirectoryStore(path: databasePath, bcryptCost: UInt8(bcryptCost), passwordRule: PasswordPolicy())
    }

    public func openSpool() throws -> Spool {
        try Spool(root: queuePath)
    }

    /// On an empty directory: create the host name's domain and a postmaster account with a
    /// random password, returned so it can be printed once.
    public static func bootstrap(_ store: any AccountStore, hostname: String) throws -> (domain: String, address: String, password: String)? {
        guard try store.listDomains().isEmpty, try store.userCount() == 0 else { return nil }
        guard let domain = DomainName.normalize(hostname) else { throw DirectoryError.invalidDomain(hostname) }
        try store.addDomain(domain)
        let password = randomPassword()
        let address = "postmaster@\(domain)"
        try store.addUser(address, password: password)
        return (domain, address, password)
    }

    /// 20 characters from an alphabet without look-alikes.
    public static func randomPassword(length: Int = 20) -> String {
        let alphabet = Array("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        var generator = SystemRandomNumberGenerator()
        return String((0..<length).map { _ in alphabet[Int(generator.next(upperBound: UInt64(alphabet.count)))] })
    }
}
