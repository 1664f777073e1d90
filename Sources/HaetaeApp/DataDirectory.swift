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
    public static func bootstrap(_ store: DirectoryStore, hostname: String) throws -> (domain: String, address: String, password: String)? {
        guard try store.listDomains().isEmpty, try store.userCount() == 0 else { return nil }
        let domain = try DirectoryStore.normalizeDomain(hostname)
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
