import Foundation
import HaetaeQueue
import Testing

@testable import HaetaeDelivery

struct RoutingTests {
    @Test func nextHopSyntax() {
        #expect(NextHop.parse("smtp:[10.0.0.5]:2525", defaultPort: 25) == NextHop(host: "10.0.0.5", port: 2525, skipMX: true))
        #expect(NextHop.parse("[mail.partner.test]", defaultPort: 25) == NextHop(host: "mail.partner.test", port: 25, skipMX: true))
        #expect(NextHop.parse("Relay.Partner.test:587", defaultPort: 25) == NextHop(host: "relay.partner.test", port: 587, skipMX: false))
        #expect(NextHop.parse("[::1]:2525", defaultPort: 25) == NextHop(host: "::1", port: 2525, skipMX: true))
        #expect(NextHop.parse("[host]:0", defaultPort: 25) == nil)
        #expect(NextHop.parse("[host", defaultPort: 25) == nil)
        #expect(NextHop.parse("", defaultPort: 25) == nil)
    }

    @Test func routeOrder() {
        let (transport, errors) = Router.parseTransport(
            ["partner.test=smtp:[10.0.0.5]:2525", ".corp.test=smtp:[10.0.0.6]", "bad entry"], defaultPort: 25)
        #expect(errors == ["bad entry"])
        let router = Router(
            transport: transport, relayHost: NextHop(host: "smarthost.test", port: 587, skipMX: true),
            gatewayBackends: ["gw.test": NextHop(host: "10.0.0.9", port: 25, skipMX: true)])
        #expect(router.route(domain: "gw.test") == .nextHop(NextHop(host: "10.0.0.9", port: 25, skipMX: true), reason: "gateway gw.test"))
        #expect(router.route(domain: "PARTNER.test") == .nextHop(NextHop(host: "10.0.0.5", port: 2525, skipMX: true), reason: "transport partner.test"))
        #expect(router.route(domain: "a.b.corp.test") == .nextHop(NextHop(host: "10.0.0.6", port: 25, skipMX: true), reason: "transport .corp.test"))
        #expect(router.route(domain: "corp.test") == .nextHop(NextHop(host: "smarthost.test", port: 587, skipMX: true), reason: "relay_host"))
        #expect(Router().route(domain: "example.net") == .mx(domain: "example.net"))
        let wildcard = Router(transport: ["*": NextHop(host: "sink", port: 2526, skipMX: true)])
        #expect(wildcard.route(domain: "anything.test") == .nextHop(NextHop(host: "sink", port: 2526, skipMX: true), reason: "transport *"))
    }

    @Test func mxOrderingByPreferenceRandomisedAmongEquals() {
        var generator = SystemRandomNumberGenerator()
        let records: [(preference: UInt16, exchange: String)] = [(20, "b1"), (10, "a1"), (20, "b2"), (10, "a2"), (30, "c")]
        var firstSeen = Set<String>()
        for _ in 0..<200 {
            let order = MXOrdering.order(records, using: &generator)
            #expect(Set(order.prefix(2)) == ["a1", "a2"])
            #expect(Set(order[2..<4]) == ["b1", "b2"])
            #expect(order.last == "c")
            firstSeen.insert(order[0])
        }
        #expect(firstSeen == ["a1", "a2"], "equal preferences are shuffled")
        #expect(MXOrdering.isNullMX([(0, ".")]))
        #expect(MXOrdering.isNullMX([(0, "")]))
        #expect(!MXOrdering.isNullMX([(0, "."), (10, "mx.test")]))
    }

    @Test func retrySchedule() {
        let policy = RetryPolicy(base: 300, maximum: 3_600, lifetime: 5 * 86_400)
        #expect((1...6).map { policy.delay(afterAttempts: $0) } == [300, 600, 1_200, 2_400, 3_600, 3_600])
        #expect(policy.delay(afterAttempts: 1_000) == 3_600)
        let arrived = Date(timeIntervalSince1970: 1_800_000_000)
        #expect(!policy.hasExpired(arrivedAt: arrived, now: arrived.addingTimeInterval(4 * 86_400)))
        #expect(policy.hasExpired(arrivedAt: arrived, now: arrived.addingTimeInterval(5 * 86_400)))
        var recipient = QueueRecipient(address: "a@b", status: .deferred, nextAttempt: arrived.addingTimeInterval(60))
        #expect(!recipient.isDue(at: arrived))
        #expect(recipient.isDue(at: arrived.addingTimeInterval(60)))
        recipient.status = .held
        #expect(!recipient.isDue(at: .distantFuture))
    }

    @Test func dsnRendering() {
        let headers = DeliveryStatusNotification.headers(of: Array("Subject: hi\r\nFrom: a@b.test\r\n\r\nsecret body\r\n".utf8))
        #expect(String(decoding: headers, as: UTF8.self) == "Subject: hi\r\nFrom: a@b.test\r\n")
        let dsn = String(decoding: DeliveryStatusNotification.render(
            reportingMTA: "mx.ours.test", to: "a@b.test", queueID: "Q1", arrivalDate: Date(timeIntervalSince1970: 1_800_000_000),
            now: Date(timeIntervalSince1970: 1_800_000_100),
            recipients: [.init(address: "x@remote.test", action: .failed, status: "5.1.1",
                               diagnostic: "550 5.1.1 No such user\r\nInjected: header", remoteMTA: "mx.remote.test[192.0.2.1]:25")],
            originalHeaders: headers, boundary: "B1"), as: UTF8.self)
        #expect(dsn.contains("Content-Type: multipart/report; report-type=delivery-status;\r\n\tboundary=\"B1\""))
        #expect(dsn.contains("Reporting-MTA: dns; mx.ours.test\r\n"))
        #expect(dsn.contains("Final-Recipient: rfc822; x@remote.test\r\nAction: failed\r\nStatus: 5.1.1\r\nRemote-MTA: dns; mx.remote.test\r\n"))
        #expect(dsn.contains("Diagnostic-Code: smtp; 550 5.1.1 No such user  Injected: header\r\n"), "no header injection")
        #expect(dsn.contains("Content-Type: text/rfc822-headers\r\n\r\nSubject: hi\r\nFrom: a@b.test\r\n"))
        #expect(!dsn.contains("secret body"))
        #expect(dsn.hasSuffix("\r\n--B1--\r\n"))
        #expect(dsn.contains("Auto-Submitted: auto-replied"))
        #expect(!dsn.contains("\n\n") && !dsn.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
    }
}
