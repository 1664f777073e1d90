import Testing

@testable import DNSClient

struct DNSMessageTests {
    /// A response built by hand: header, the question, then answers using compression pointers.
    static func response(id: UInt16, rcode: UInt8 = 0, truncated: Bool = false, answers: [[UInt8]]) -> [UInt8] {
        var out: [UInt8] = [UInt8(id >> 8), UInt8(id & 0xFF), truncated ? 0x83 : 0x81, 0x80 | rcode]
        out += [0, 1, 0, UInt8(answers.count), 0, 0, 0, 0]
        out += try! DNSMessage.encodeName("mail.example.test") + [0, 15, 0, 1]  // question at offset 12
        for answer in answers { out += answer }
        return out
    }

    static func record(type: UInt16, ttl: UInt32 = 300, rdata: [UInt8]) -> [UInt8] {
        [0xC0, 12, UInt8(type >> 8), UInt8(type & 0xFF), 0, 1,
         UInt8(ttl >> 24), UInt8(ttl >> 16 & 0xFF), UInt8(ttl >> 8 & 0xFF), UInt8(ttl & 0xFF),
         UInt8(rdata.count >> 8), UInt8(rdata.count & 0xFF)] + rdata
    }

    @Test func queryEncoding() throws {
        let query = try DNSMessage.query(id: 0x1234, name: "mx.example.test", type: .mx)
        #expect(Array(query[0..<4]) == [0x12, 0x34, 0x01, 0x00])
        #expect(Array(query[12...]) == [2, 109, 120, 7, 101, 120, 97, 109, 112, 108, 101, 4, 116, 101, 115, 116, 0, 0, 15, 0, 1])
        #expect(throws: DNSMessageError.self) { try DNSMessage.query(id: 1, name: String(repeating: "a", count: 64) + ".test", type: .a) }
        #expect(throws: DNSMessageError.self) { try DNSMessage.query(id: 1, name: "a..b", type: .a) }
    }

    @Test func parsesAnswersWithCompression() throws {
        let mx = Self.record(type: 15, rdata: [0, 10, 2, 109, 120, 0xC0, 17])  // 10 mx.example.test
        let a = Self.record(type: 1, ttl: 60, rdata: [192, 0, 2, 1])
        let txt = Self.record(type: 16, rdata: [5, 104, 101, 108, 108, 111, 3, 97, 98, 99])
        let aaaa = Self.record(type: 28, rdata: [0x20, 0x01, 0x0d, 0xb8] + Array(repeating: 0, count: 11) + [1])
        let response = try DNSMessage.parse(Self.response(id: 7, answers: [mx, a, txt, aaaa]))
        #expect(response.id == 7)
        #expect(response.rcode == 0)
        #expect(response.answers.map(\.data) == [
            .mx(preference: 10, exchange: "mx.example.test"), .a([192, 0, 2, 1]), .txt(["hello", "abc"]),
            .aaaa([0x20, 0x01, 0x0d, 0xb8] + Array(repeating: 0, count: 11) + [1]),
        ])
        #expect(response.answers.allSatisfy { $0.name == "mail.example.test" })
        #expect(response.answers[1].ttl == 60)
    }

    @Test func rcodeAndTruncation() throws {
        #expect(try DNSMessage.parse(Self.response(id: 1, rcode: 3, answers: [])).rcode == 3)
        #expect(try DNSMessage.parse(Self.response(id: 1, truncated: true, answers: [])).truncated)
    }

    @Test func malformedInputIsAnErrorNotACrash() {
        let good = Self.response(id: 9, answers: [Self.record(type: 1, rdata: [1, 2, 3, 4])])
        for length in 0..<good.count {
            _ = try? DNSMessage.parse(Array(good[..<length]))
        }
        // A compression pointer that points at itself.
        var loop = Self.response(id: 9, answers: [])
        loop[7] = 1
        loop += [0xC0, UInt8(loop.count), 0, 1, 0, 1, 0, 0, 0, 1, 0, 4, 1, 2, 3, 4]
        #expect(throws: (any Error).self) { try DNSMessage.parse(loop) }
        // An A record with the wrong length.
        #expect(throws: (any Error).self) {
            try DNSMessage.parse(Self.response(id: 9, answers: [Self.record(type: 1, rdata: [1, 2, 3])]))
        }
    }

    @Test func resolverServerList() throws {
        let servers = try NIODNSResolver.servers(from: ["127.0.0.1:5353", "[::1]:53", "192.0.2.53"])
        #expect(servers.map { $0.port } == [5353, 53, 53])
        #expect(throws: (any Error).self) { try NIODNSResolver.servers(from: ["not-an-ip"]) }
    }

    @Test func fakeResolverDistinguishesNXDOMAINFromNoData() async throws {
        let fake = FakeDNSResolver(records: ["a.test": [.a: [.a([192, 0, 2, 1])]]], failures: ["down.test": .timeout])
        #expect(try await fake.addressesV4("a.test") == [[192, 0, 2, 1]])
        await #expect(throws: DNSError.noData) { try await fake.txt("a.test") }
        await #expect(throws: DNSError.nxdomain) { try await fake.txt("b.test") }
        await #expect(throws: DNSError.timeout) { try await fake.txt("down.test") }
        #expect(DNSError.timeout.isTemporary && !DNSError.nxdomain.isTemporary)
    }
}
