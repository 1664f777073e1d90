import Crypto
import Foundation
import HaetaeQueue
import SwiftASN1
import X509

/// Generates the first-start certificate: ECDSA P-256, the host name in the SAN, ten years.
public enum SelfSignedCertificate {
    public struct Material: Sendable {
        public var certificatePath: String
        public var keyPath: String
        public var sha256Fingerprint: String
        public var generated: Bool
    }

    /// Returns the certificate in `directory`, generating it when it is not there yet.
    public static func ensure(in directory: String, hostname: String) throws -> Material {
        let certificatePath = directory + "/cert.pem"
        let keyPath = directory + "/key.pem"
        if DurableFile.exists(certificatePath) && DurableFile.exists(keyPath) {
            let pem = try String(contentsOfFile: certificatePath, encoding: .utf8)
            let certificate = try Certificate(pemEncoded: pem)
            return Material(
                certificatePath: certificatePath, keyPath: keyPath,
                sha256Fingerprint: try fingerprint(certificate), generated: false)
        }
        try DurableFile.makeDirectories(directory)
        let key = P256.Signing.PrivateKey()
        let privateKey = Certificate.PrivateKey(key)
        let name = try DistinguishedName {
            CommonName(hostname)
            OrganizationName("Haetae self-signed")
        }
        var names: [GeneralName] = [.dnsName(hostname)]
        if hostname != "localhost" { names.append(.dnsName("localhost")) }
        let extensions = try Certificate.Extensions {
            Critical(BasicConstraints.notCertificateAuthority)
            Critical(KeyUsage(digitalSignature: true))
            try ExtendedKeyUsage([.serverAuth])
            SubjectAlternativeNames(names)
        }
        let now = Date()
        let certificate = try Certificate(
            version: .v3, serialNumber: Certificate.SerialNumber(), publicKey: privateKey.publicKey,
            notValidBefore: now.addingTimeInterval(-3_600), notValidAfter: now.addingTimeInterval(10 * 365 * 86_400),
            issuer: name, subject: name, signatureAlgorithm: .ecdsaWithSHA256, extensions: extensions,
            issuerPrivateKey: privateKey)
        let certificatePEM = try certificate.serializeAsPEM().pemString + "\n"
        try? FileManager.default.removeItem(atPath: keyPath)
        try? FileManager.default.removeItem(atPath: certificatePath)
        try DurableFile.writeNew(keyPath, parts: [Array((key.pemRepresentation + "\n").utf8)], mode: 0o600)
        try DurableFile.writeNew(certificatePath, parts: [Array(certificatePEM.utf8)], mode: 0o644)
        return Material(
            certificatePath: certificatePath, keyPath: keyPath, sha256Fingerprint: try fingerprint(certificate),
            generated: true)
    }

    public static func fingerprint(_ certificate: Certificate) throws -> String {
        var serializer = DER.Serializer()
        try serializer.serialize(certificate)
        let digest = SHA256.hash(data: serializer.serializedBytes)
        return digest.map { byte in
            let hex = String(byte, radix: 16, uppercase: true)
            return hex.count == 1 ? "0" + hex : hex
        }.joined(separator: ":")
    }
}
