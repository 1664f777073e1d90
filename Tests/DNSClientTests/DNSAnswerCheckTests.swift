import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@testable import DNSClient

/// A nameserver on 127.0.0.1 for tests: a blocking UDP socket on its own thread, answering each
/// query with what `respond` builds (several datagrams, each after its delay), counting queries.
final class FakeUDPNameserver: @unchecked Sendable {
    typealias Responder = @Sendable (_ query: [UInt8]) -> [(delay: Double, bytes: [UInt8])]
    let port: Int
    private let fd: Int32
    private let respond: Responder
    private let lock = NSLock()
    private var received: [[UInt8]] = []
    private var stopped = false

    var queries: [[UInt8]] { locked { received } }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }

    init(_ respond: @escaping Responder) throws {
        self.respond = respond
        #if canImport(Glibc)
        let socketFD = socket(AF_INET, Int32(SOCK_DGRAM.rawValue), 0)
        #else
        let socketFD = socket(AF_INET, SOCK_DGRAM, 0)
        #endif
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(socketFD, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard socketFD >= 0, bound == 0 else { throw DNSError.malformed }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(socketFD, $0, &length) }
        }
        var wait = timeval(tv_sec: 0, tv_usec: 100_000)
        setsockopt(socketFD, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
        fd = socketFD
        port = Int(UInt16(bigEndian: address.sin_port))
        let thread = Thread { [self] in loop() }
        thread.start()
    }

    private func loop() {
        var buffer = [UInt8](repeating: 0, count: 4_096)
        let capacity = buffer.count
        while !locked({ stopped }) {
            var peer = sockaddr_in()
            var length = socklen_t(MemoryLayout<sockaddr_in>.size)
            let count = withUnsafeMutablePointer(to: &peer) { pointer in
                pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { recvfrom(fd, &buffer, capacity, 0, $0, &length) }
            }
            guard count > 0 else { continue }
            let query = Array(buffer[0..<count])
            locked { received.append(query) }
            let replyFD = fd
            let replyTo = peer
            for (delay, bytes) in respond(query) {
                DispatchQueue.global().asyncAfter(deadline: .now() + delay) {
                    var peer = replyTo
                    _ = withUnsafePointer(to: &peer) { pointer in
                        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                            sendto(replyFD, bytes, bytes.count, 0, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                        }
                    }
                }
            }
        }
        close(fd)
    }

    func stop() { locked { stopped = true } }

    func resolver(timeout: Duration = .milliseconds(800), cacheCapacity: Int = 10_000) throws -> NIODNSResolver {
        NIODNSResolver(servers: try NIODNSResolver.servers(from: ["127.0.0.1:\(port)"]), timeout: timeout, attempts: 1, cacheCapacity: cacheCapacity)
    }

    /// The question of a query: name (as sent), type.
    static func question(_ query: [UInt8]) -> (name: String, type: UInt16) {
        var labels: [String] = []
        var index = 12
        while index < query.count, query[index] != 0 {
            let count = Int(query[index])
            labels.append(String(decoding: query[(index + 1)...(index + count)], as: UTF8.self))
            index += 1 + count
        }
        return (labels.joined(separator: "."), UInt16(query[index + 1]) << 8 | UInt16(query[index + 2]))
    }

    /// A response to `query`, echoing its ID, with the given question (default: the query's own)
    /// and answers owned by the queried name.
    static func reply(
        to query: [UInt8], questionName: String? = nil, questionType: UInt16? = nil, questionClass: UInt16 = 1,
        answers: [(type: UInt16, rrclass: UInt16, rdata: [UInt8])]
    ) -> [UInt8] {
        let (name, type) = question(query)
        var out: [UInt8] = [query[0], query[1], 0x81, 0x80, 0, 1, 0, UInt8(answers.count), 0, 0, 0, 0]
        let qtype = questionType ?? type
        out += try! DNSMessage.encodeName(questionName ?? name) + [UInt8(qtype >> 8), UInt8(qtype & 0xFF), UInt8(questionClass >> 8), UInt8(questionClass & 0xFF)]
        for answer in answers {
            out += try! DNSMessage.encodeName(name)
            out += [UInt8(answer.type >> 8), UInt8(answer.type & 0xFF), UInt8(answer.rrclass >> 8), UInt8(answer.rrclass & 0xFF), 0, 0, 1, 44]
            out += [UInt8(answer.rdata.count >> 8), UInt8(answer.rdata.count & 0xFF)] + answer.rdata
        }
        return out
    }
}

/// Issue 11, F9: the resolver believes only answers to the question it asked, reads only class
/// IN, hands out printable TXT text, keeps its cache when full, and merges identical lookups.
struct DNSAnswerCheckTests {
    static func txtRData(_ text: [UInt8]) -> [UInt8] { [UInt8(text.count)] + text }

    static func aRecord(_ last: UInt8) -> [(type: UInt16, rrclass: UInt16, rdata: [UInt8])] {
        [(type: 1, rrclass: 1, rdata: [127, 0, 0, last])]
    }

    /// A response with our ID and an answer, but no question section at all.
    static func withoutQuestion(_ query: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [query[0], query[1], 0x81, 0x80, 0, 0, 0, 1, 0, 0, 0, 0]
        out += try! DNSMessage.encodeName("2.0.0.127.bl.test")
        out += [0, 1, 0, 1, 0, 0, 1, 44, 0, 4, 127, 0, 0, 69]
        return out
    }

    @Test func f9TXTWithCRLFIsReducedToPrintableASCII() async throws {
        // Parsed directly…
        let hostile = Array("Listed\r\n554 5.7.1 forged\tx".utf8) + [0, 0x7F] + Array("é".utf8)
        let bytes = DNSMessageTests.response(id: 9, answers: [DNSMessageTests.record(type: 16, rdata: Self.txtRData(hostile))])
        let parsed = try DNSMessage.parse(bytes)
        #expect(parsed.answers.map(\.data) == [.txt(["Listed??554 5.7.1 forged x????"])])
        // …and through the network resolver, as the DNSBL checker sees it.
        let server = try FakeUDPNameserver { query in
            [(0, FakeUDPNameserver.reply(to: query, answers: [(16, 1, Self.txtRData(Array("Blocked\r\nevent=forged ok".utf8)))]))]
        }
        defer { server.stop() }
        let text = try await server.resolver().txt("2.0.0.127.bl.test")
        #expect(text == ["Blocked??event=forged ok"])
        #expect(text.allSatisfy { $0.utf8.allSatisfy { (0x20...0x7E).contains($0) } })
    }

    @Test func f9AnswerToAnotherQuestionIsDroppedAndTheRightOneAwaited() async throws {
        let server = try FakeUDPNameserver { query in
            [
                // Same ID, but the question is another name, another type, another class, or missing.
                (0, FakeUDPNameserver.reply(to: query, questionName: "2.0.0.127.other.test", answers: Self.aRecord(66))),
                (0.02, FakeUDPNameserver.reply(to: query, questionType: 16, answers: Self.aRecord(67))),
                (0.04, FakeUDPNameserver.reply(to: query, questionClass: 3, answers: Self.aRecord(68))),
                (0.06, Self.withoutQuestion(query)),
                // Then the real answer.
                (0.15, FakeUDPNameserver.reply(to: query, answers: Self.aRecord(2))),
            ]
        }
        defer { server.stop() }
        // A generous timeout: the test is about which answer counts, not about speed under load.
        let addresses = try await server.resolver(timeout: .seconds(5)).addressesV4("2.0.0.127.bl.test")
        #expect(addresses == [[127, 0, 0, 2]])
    }

    @Test func f9OnlyMismatchedAnswersIsATimeoutNotAnAnswer() async throws {
        let server = try FakeUDPNameserver { query in
            [(0, FakeUDPNameserver.reply(to: query, questionName: "evil.test", answers: [(1, 1, [127, 0, 0, 2])]))]
        }
        defer { server.stop() }
        let resolver = try server.resolver(timeout: .milliseconds(300))
        await #expect(throws: DNSError.timeout) { try await resolver.addressesV4("2.0.0.127.bl.test") }
    }

    @Test func f9QuestionNameComparesCaseInsensitively() async throws {
        let server = try FakeUDPNameserver { query in
            [(0, FakeUDPNameserver.reply(to: query, questionName: "2.0.0.127.BL.Test", answers: [(1, 1, [127, 0, 0, 2])]))]
        }
        defer { server.stop() }
        #expect(try await server.resolver().addressesV4("2.0.0.127.bl.TEST.") == [[127, 0, 0, 2]])
        // Only ASCII folds: the Kelvin sign is not a "k".
        #expect(DNSMessage.normalizedName("\u{212A}.test") != DNSMessage.normalizedName("k.test"))
    }

    @Test func f9RecordsOfAnotherClassAreIgnored() async throws {
        let server = try FakeUDPNameserver { query in
            [(0, FakeUDPNameserver.reply(to: query, answers: [(1, 3, [127, 0, 0, 9]), (1, 4, [127, 0, 0, 8]), (1, 1, [127, 0, 0, 2])]))]
        }
        defer { server.stop() }
        #expect(try await server.resolver().addressesV4("2.0.0.127.bl.test") == [[127, 0, 0, 2]])
        let chaosOnly = try FakeUDPNameserver { query in [(0, FakeUDPNameserver.reply(to: query, answers: [(16, 3, Self.txtRData(Array("x".utf8)))]))] }
        defer { chaosOnly.stop() }
        await #expect(throws: DNSError.noData) { try await chaosOnly.resolver().txt("version.bind") }
    }

    @Test func f9CacheEvictsTheOldestEntryWhenFull() async {
        let cache = DNSCache(capacity: 3)
        for name in ["a", "b", "c"] { await cache.store(name, .success([.a([127, 0, 0, 1])]), ttl: 300) }
        await cache.store("b", .success([.a([127, 0, 0, 2])]), ttl: 300)  // refreshed: now the newest
        await cache.store("d", .success([.a([127, 0, 0, 4])]), ttl: 300)
        #expect(await cache.count == 3)
        #expect(await cache.lookup("a") == nil, "the oldest went")
        for name in ["b", "c", "d"] { #expect(await cache.lookup(name) != nil, "the rest stayed") }
        await cache.store("e", .success([]), ttl: 300)
        #expect(await cache.lookup("c") == nil)
        #expect(await cache.lookup("b") != nil)
        // A long run of distinct names never empties it.
        for index in 0..<1_000 { await cache.store("n\(index)", .success([]), ttl: 300) }
        #expect(await cache.count == 3)
        for name in ["n999", "n998", "n997"] { #expect(await cache.lookup(name) != nil) }
    }

    @Test func f9IdenticalConcurrentLookupsShareOneQuery() async throws {
        let server = try FakeUDPNameserver { query in
            [(0.3, FakeUDPNameserver.reply(to: query, answers: [(1, 1, [127, 0, 0, 2])]))]
        }
        defer { server.stop() }
        let resolver = try server.resolver(timeout: .seconds(2))
        let results = try await withThrowingTaskGroup(of: [[UInt8]].self) { group in
            for _ in 0..<20 { group.addTask { try await resolver.addressesV4("2.0.0.127.bl.test") } }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(results.count == 20 && results.allSatisfy { $0 == [[127, 0, 0, 2]] })
        #expect(server.queries.count == 1, "one query for twenty callers")
        // A different type is a different lookup.
        _ = try? await resolver.txt("2.0.0.127.bl.test")
        #expect(server.queries.count == 2)
    }
}
