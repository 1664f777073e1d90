import HaetaeQueue

/// Where a delivery status notification goes, decided in one place (pure):
/// - to the envelope sender, normally;
/// - nowhere when the message was accepted from an unauthenticated client for gateway domains
///   only (F7: its sender is unverified, so a bounce could be backscatter);
/// - to postmaster, once, when the failed message was itself a bounce (null sender), marked so
///   that a failure of that notice is dropped instead of bouncing again.
public enum BounceRouting: Equatable, Sendable {
    case sender(String)
    case postmaster(String, header: String)
    case suppressed(reason: String)
    case dropped

    /// The header that marks a notice to postmaster about a failed bounce.
    public static let doubleBounceHeader = "X-Haetae-Notice: double-bounce"

    public static func decide(
        envelope: QueueEnvelope, recipients: [String], originalHeaders: [UInt8], gatewayDomains: Set<String>, postmaster: String
    ) -> BounceRouting {
        if envelope.authenticatedUser == nil, envelope.listener == "mx", !gatewayDomains.isEmpty,
            recipients.allSatisfy({ gatewayDomains.contains(($0.split(separator: "@").last.map(String.init) ?? "").lowercased()) })
        {
            return .suppressed(reason: "unverified-sender-gateway")
        }
        guard envelope.sender.isEmpty else { return .sender(envelope.sender) }
        // Never bounce a bounce to its (null) sender. Tell postmaster, once.
        if String(decoding: originalHeaders, as: UTF8.self).contains(doubleBounceHeader) { return .dropped }
        return .postmaster(postmaster, header: doubleBounceHeader)
    }
}
