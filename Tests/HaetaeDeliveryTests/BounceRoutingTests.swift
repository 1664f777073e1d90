import Foundation
import HaetaeQueue
import Testing

@testable import HaetaeDelivery

/// Where a delivery status notification goes.
struct BounceRoutingTests {
    static func envelope(sender: String, user: String? = nil, listener: String = "mx") -> QueueEnvelope {
        QueueEnvelope(id: "Q1", arrivedAt: Date(), sender: sender, recipients: [QueueRecipient(address: "b@backend.test")],
                      authenticatedUser: user, listener: listener)
    }

    @Test func aBounceGoesToTheEnvelopeSender() {
        #expect(BounceRouting.decide(envelope: Self.envelope(sender: "a@example.org"), recipients: ["b@remote.test"],
                                     originalHeaders: [], gatewayDomains: [], postmaster: "postmaster@h.test") == .sender("a@example.org"))
    }

    /// F7: mail accepted from anyone for a gateway domain, refused by the backend, has an unverified sender.
    @Test func f7NoBackscatterForGatewayMailFromUnauthenticatedClients() {
        let gateway: Set<String> = ["backend.test"]
        #expect(BounceRouting.decide(envelope: Self.envelope(sender: "forged@victim.test"), recipients: ["b@backend.test"],
                                     originalHeaders: [], gatewayDomains: gateway, postmaster: "pm@h.test")
            == .suppressed(reason: "unverified-sender-gateway"))
        // An authenticated sender, or a recipient outside the gateway domains, still gets its bounce.
        #expect(BounceRouting.decide(envelope: Self.envelope(sender: "a@h.test", user: "a@h.test", listener: "submission"),
                                     recipients: ["b@backend.test"], originalHeaders: [], gatewayDomains: gateway, postmaster: "pm@h.test")
            == .sender("a@h.test"))
        #expect(BounceRouting.decide(envelope: Self.envelope(sender: "a@example.org"), recipients: ["b@backend.test", "c@other.test"],
                                     originalHeaders: [], gatewayDomains: gateway, postmaster: "pm@h.test") == .sender("a@example.org"))
    }

    @Test func aFailedBounceTellsPostmasterOnceAndThenStops() {
        let first = BounceRouting.decide(envelope: Self.envelope(sender: ""), recipients: ["x@remote.test"],
                                         originalHeaders: Array("Subject: Undelivered\r\n".utf8), gatewayDomains: [], postmaster: "pm@h.test")
        #expect(first == .postmaster("pm@h.test", header: BounceRouting.doubleBounceHeader))
        let again = BounceRouting.decide(envelope: Self.envelope(sender: ""), recipients: ["pm@h.test"],
                                         originalHeaders: Array((BounceRouting.doubleBounceHeader + "\r\nSubject: x\r\n").utf8),
                                         gatewayDomains: [], postmaster: "pm@h.test")
        #expect(again == .dropped)
    }
}
