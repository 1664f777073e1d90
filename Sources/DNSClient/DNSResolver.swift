/// Why a lookup has no answer. NXDOMAIN and "no such record" are permanent; everything else is
/// temporary and must never be read as "not listed" by a caller that rejects on failure.
public enum DNSError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The name does not exist (RCODE 3).
    case nxdomain
    /// The name exists but has no record of this type.
    case noData
    /// SERVFAIL, REFUSED or another error RCODE.
    case serverFailure(rcode: UInt8)
    /// No server answered in time.
    case timeout
    /// The answer could not be read.
    case malformed

    public var isTemporary: Bool {
        switch self {
        case .nxdomain, .noData: return false
        case .serverFailure, .timeout, .malformed: return true
        }
    }

    public var description: String {
        switch self {
        case .nxdomain: return "NXDOMAIN"
        case .noData: return "no data"
        case .serverFailure(let rcode): return "server failure (rcode \(rcode))"
        case .timeout: return "timeout"
        case .malformed: return "malformed response"
        }
    }
}

/// Resolves names. The network resolver and an in-memory fake both implement it.
public protocol DNSResolver: Sendable {
    /// The records of `type` for `name`, following CNAMEs; throws `DNSError`.
    func resolve(_ name: String, type: DNSRecordType) async throws -> [DNSRecordData]
}

extension DNSResolver {
    public func addressesV4(_ name: String) async throws -> [[UInt8]] {
        try await resolve(name, type: .a).compactMap { if case .a(let bytes) = $0 { return bytes } else { return nil } }
    }

    /// TXT records, each as one string of printable ASCII whatever resolver answered (the
    /// network resolver already decodes them so; this holds for every implementation).
    public func txt(_ name: String) async throws -> [String] {
        try await resolve(name, type: .txt).compactMap {
            if case .txt(let parts) = $0 { return DNSMessage.printableASCII(parts.joined().utf8) } else { return nil }
        }
    }

    public func mx(_ name: String) async throws -> [(preference: UInt16, exchange: String)] {
        try await resolve(name, type: .mx).compactMap {
            if case .mx(let preference, let exchange) = $0 { return (preference, exchange) } else { return nil }
        }
    }
}

/// An in-memory resolver for tests: records by (name, type), and names that fail.
public struct FakeDNSResolver: DNSResolver {
    public var records: [String: [DNSRecordType: [DNSRecordData]]]
    public var failures: [String: DNSError]

    public init(records: [String: [DNSRecordType: [DNSRecordData]]] = [:], failures: [String: DNSError] = [:]) {
        self.records = records
        self.failures = failures
    }

    public func resolve(_ name: String, type: DNSRecordType) async throws -> [DNSRecordData] {
        let key = name.lowercased().hasSuffix(".") ? String(name.lowercased().dropLast()) : name.lowercased()
        if let failure = failures[key] { throw failure }
        guard let byType = records[key] else { throw DNSError.nxdomain }
        guard let data = byType[type], !data.isEmpty else { throw DNSError.noData }
        return data
    }
}
