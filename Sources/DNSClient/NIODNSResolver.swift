import MailCore
import Foundation
import NIOConcurrencyHelpers
import NIOCore
import NIOPosix

/// The network resolver: UDP to the configured nameservers (each tried in turn, with retries),
/// TCP when an answer is truncated, CNAME chains followed, answers cached by TTL.
///
/// Guarantees (issue 11, F9): a response counts only when it carries our ID and echoes our one
/// question (name case-insensitively, type, class IN) — any other datagram is ignored and the
/// resolver keeps waiting for the right one until the timeout; records of another class are
/// ignored; TXT text is printable ASCII. The cache evicts its oldest entry when full, and
/// identical concurrent lookups share one query.
public final class NIODNSResolver: DNSResolver {
    public let servers: [SocketAddress]
    public let timeout: Duration
    public let attempts: Int
    private let group: any EventLoopGroup
    private let cache: DNSCache
    private let inFlight = DNSInFlight()

    public init(servers: [SocketAddress], timeout: Duration = .seconds(2), attempts: Int = 2,
                group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton, cacheCapacity: Int = 10_000) {
        self.cache = DNSCache(capacity: cacheCapacity)
        self.servers = servers
        self.timeout = timeout
        self.attempts = attempts
        self.group = group
    }

    /// `ip`, `ip:port` or `[ipv6]:port` entries; empty means /etc/resolv.conf (127.0.0.1 if none).
    public static func servers(from entries: [String], resolvConf: String = "/etc/resolv.conf") throws -> [SocketAddress] {
        var list = entries
        if list.isEmpty {
            let text = (try? String(contentsOfFile: resolvConf, encoding: .utf8)) ?? ""
            for line in text.split(separator: "\n") {
                let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
                if fields.count >= 2, fields[0] == "nameserver" { list.append(String(fields[1])) }
            }
            if list.isEmpty { list = ["127.0.0.1"] }
        }
        return try list.map { entry in
            guard let parsed = HostAndPort.parse(entry, defaultPort: 53) else { throw DNSServerAddressError(entry: entry) }
            return try SocketAddress(ipAddress: parsed.host, port: parsed.port)
        }
    }

    public func resolve(_ name: String, type: DNSRecordType) async throws -> [DNSRecordData] {
        let normalized = DNSMessage.normalizedName(name)
        let key = "\(normalized)|\(type.rawValue)"
        if let cached = await cache.lookup(key) { return try cached.get() }
        // One query in flight per name and type; the other callers await its result.
        return try await inFlight.run(key) { [self] in
            if let cached = await cache.lookup(key) { return try cached.get() }
            do {
                let (records, ttl) = try await resolveUncached(normalized, type: type)
                await cache.store(key, .success(records), ttl: ttl)
                return records
            } catch let error as DNSError {
                if !error.isTemporary { await cache.store(key, .failure(error), ttl: 60) }
                throw error
            }
        }
    }

    private func resolveUncached(_ name: String, type: DNSRecordType) async throws -> ([DNSRecordData], UInt32) {
        var target = DNSMessage.normalizedName(name)
        for _ in 0..<8 {
            let response = try await exchange(name: target, type: type)
            switch response.rcode {
            case 0: break
            case 3: throw DNSError.nxdomain
            default: throw DNSError.serverFailure(rcode: response.rcode)
            }
            // Follow the CNAME chain the server included.
            var owner = target
            var seen = Set<String>()
            while seen.insert(owner).inserted {
                let cname = response.answers.first { $0.name == owner && { if case .cname = $0.data { return true } else { return false } }($0) }
                guard let cname, case .cname(let next) = cname.data, type != .cname else { break }
                owner = next
            }
            let matching = response.answers.filter { $0.name == owner && Self.matches($0.data, type) }
            if !matching.isEmpty {
                let ttl = matching.map(\.ttl).min() ?? 60
                return (matching.map(\.data), min(ttl, 86_400))
            }
            if owner != target {
                target = owner  // the chain ended outside the answer: ask for its end
                continue
            }
            throw DNSError.noData
        }
        throw DNSError.serverFailure(rcode: 2)
    }

    static func matches(_ data: DNSRecordData, _ type: DNSRecordType) -> Bool {
        switch (data, type) {
        case (.a, .a), (.aaaa, .aaaa), (.cname, .cname), (.ptr, .ptr), (.mx, .mx), (.txt, .txt), (.ns, .ns): return true
        default: return false
        }
    }

    private func exchange(name: String, type: DNSRecordType) async throws -> DNSResponse {
        let id = UInt16.random(in: 0...UInt16.max)
        let query: [UInt8]
        do {
            query = try DNSMessage.query(id: id, name: name, type: type)
        } catch {
            throw DNSError.malformed
        }
        var lastError = DNSError.timeout
        for _ in 0..<attempts {
            for server in servers {
                do {
                    var response = try await udpExchange(query, id: id, name: name, type: type, server: server)
                    if response.truncated {
                        response = try DNSMessage.parse(try await tcpExchange(query, server: server))
                        // A stream carries one answer: another ID or question is no answer at all.
                        guard response.id == id, response.answersQuestion(name: name, type: type) else { throw DNSError.timeout }
                    }
                    if response.rcode == 2 || response.rcode == 5 {
                        lastError = .serverFailure(rcode: response.rcode)
                        continue  // try the next server
                    }
                    return response
                } catch let error as DNSError {
                    lastError = error
                } catch is DNSMessageError {
                    lastError = .malformed
                } catch {
                    lastError = .timeout
                }
            }
        }
        throw lastError
    }

    /// The first datagram from `server` that parses, carries `id` and answers our question;
    /// everything else is ignored until the timeout.
    private func udpExchange(_ query: [UInt8], id: UInt16, name: String, type: DNSRecordType, server: SocketAddress) async throws -> DNSResponse {
        let promise = group.next().makePromise(of: DNSResponse.self)
        let channel = try await DatagramBootstrap(group: group)
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(
                        DNSDatagramHandler(id: id, name: name, type: type, server: server, promise: promise))
                }
            }
            .bind(host: server.protocol == .inet6 ? "::" : "0.0.0.0", port: 0).get()
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)) {
            promise.fail(DNSError.timeout)
        }
        channel.writeAndFlush(AddressedEnvelope(remoteAddress: server, data: ByteBuffer(bytes: query)), promise: nil)
        defer {
            timer.cancel()
            channel.close(promise: nil)
        }
        return try await promise.futureResult.get()
    }

    private func tcpExchange(_ query: [UInt8], server: SocketAddress) async throws -> [UInt8] {
        let promise = group.next().makePromise(of: [UInt8].self)
        let channel = try await ClientBootstrap(group: group)
            .connectTimeout(.seconds(max(1, timeout.components.seconds)))
            .channelInitializer { channel in
                channel.eventLoop.makeCompletedFuture {
                    try channel.pipeline.syncOperations.addHandler(DNSStreamHandler(promise: promise))
                }
            }
            .connect(to: server).get()
        let timer = channel.eventLoop.scheduleTask(in: .nanoseconds(Int64(timeout.components.seconds) * 1_000_000_000 + timeout.components.attoseconds / 1_000_000_000)) {
            promise.fail(DNSError.timeout)
        }
        var buffer = ByteBuffer()
        buffer.writeInteger(UInt16(query.count))
        buffer.writeBytes(query)
        channel.writeAndFlush(buffer, promise: nil)
        defer {
            timer.cancel()
            channel.close(promise: nil)
        }
        return try await promise.futureResult.get()
    }
}

/// Completes the promise with the first datagram from the server that carries our ID and our
/// question; datagrams from elsewhere, for another query, or unreadable are ignored.
final class DNSDatagramHandler: ChannelInboundHandler {
    typealias InboundIn = AddressedEnvelope<ByteBuffer>
    let id: UInt16
    let name: String
    let type: DNSRecordType
    let server: SocketAddress
    let promise: EventLoopPromise<DNSResponse>

    init(id: UInt16, name: String, type: DNSRecordType, server: SocketAddress, promise: EventLoopPromise<DNSResponse>) {
        self.id = id
        self.name = name
        self.type = type
        self.server = server
        self.promise = promise
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        let envelope = unwrapInboundIn(data)
        guard envelope.remoteAddress == server else { return }
        let bytes = Array(envelope.data.readableBytesView)
        guard bytes.count >= 12, UInt16(bytes[0]) << 8 | UInt16(bytes[1]) == id,
            let response = try? DNSMessage.parse(bytes), response.answersQuestion(name: name, type: type)
        else { return }
        promise.succeed(response)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise.fail(DNSError.timeout)
    }
}

/// Reads one length-prefixed DNS message from a TCP stream (RFC 1035 §4.2.2).
final class DNSStreamHandler: ChannelInboundHandler {
    typealias InboundIn = ByteBuffer
    let promise: EventLoopPromise<[UInt8]>
    private var buffer = ByteBuffer()

    init(promise: EventLoopPromise<[UInt8]>) { self.promise = promise }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        var incoming = unwrapInboundIn(data)
        buffer.writeBuffer(&incoming)
        guard let length = buffer.getInteger(at: buffer.readerIndex, as: UInt16.self),
            buffer.readableBytes >= 2 + Int(length)
        else { return }
        buffer.moveReaderIndex(forwardBy: 2)
        promise.succeed(buffer.readBytes(length: Int(length)) ?? [])
    }

    func channelInactive(context: ChannelHandlerContext) {
        promise.fail(DNSError.timeout)
    }

    func errorCaught(context: ChannelHandlerContext, error: any Error) {
        promise.fail(DNSError.timeout)
    }
}

/// Answers and permanent failures by TTL; bounded in size: when full, the oldest entry goes
/// (issue 11 — it used to be emptied, so a flood of distinct names flushed every good answer).
actor DNSCache {
    static let defaultCapacity = 10_000
    private struct Entry {
        var expires: ContinuousClock.Instant
        var result: Result<[DNSRecordData], DNSError>
        var sequence: UInt64
    }
    private var entries: [String: Entry] = [:]
    /// Keys in insertion order; an item whose sequence no longer matches its entry is stale.
    private var order: [(key: String, sequence: UInt64)] = []
    private var head = 0
    private var nextSequence: UInt64 = 0
    let capacity: Int

    init(capacity: Int = DNSCache.defaultCapacity) {
        self.capacity = max(1, capacity)
    }

    var count: Int { entries.count }

    func lookup(_ key: String) -> Result<[DNSRecordData], DNSError>? {
        guard let entry = entries[key] else { return nil }
        if entry.expires < .now {
            entries[key] = nil
            return nil
        }
        return entry.result
    }

    func store(_ key: String, _ result: Result<[DNSRecordData], DNSError>, ttl: UInt32) {
        guard ttl > 0 else { return }
        if entries[key] == nil {
            while entries.count >= capacity, evictOldest() {}
        }
        nextSequence += 1
        entries[key] = Entry(expires: .now + .seconds(Int(ttl)), result: result, sequence: nextSequence)
        order.append((key, nextSequence))
        compact()
    }

    /// Removes the oldest live entry; false when there is none.
    private func evictOldest() -> Bool {
        while head < order.count {
            let (key, sequence) = order[head]
            head += 1
            if entries[key]?.sequence == sequence {
                entries[key] = nil
                return true
            }
        }
        return false
    }

    /// Keeps `order` within a constant factor of the live entries.
    private func compact() {
        if head > 1_024, head * 2 > order.count {
            order.removeFirst(head)
            head = 0
        }
        if order.count - head > 2 * capacity + 64 {
            order = entries.map { (key: $0.key, sequence: $0.value.sequence) }.sorted { $0.sequence < $1.sequence }
            head = 0
        }
    }
}

/// One lookup in flight per key: callers asking for the same name and type while a query is
/// out await that query's result instead of sending their own.
actor DNSInFlight {
    private var tasks: [String: Task<[DNSRecordData], any Error>] = [:]

    var count: Int { tasks.count }

    func run(_ key: String, _ operation: @escaping @Sendable () async throws -> [DNSRecordData]) async throws -> [DNSRecordData] {
        if let task = tasks[key] { return try await task.value }
        let task = Task { try await operation() }
        tasks[key] = task
        defer { if tasks[key] == task { tasks[key] = nil } }
        return try await task.value
    }
}

/// A name server entry that is not `IP`, `IP:PORT`, `[IPv6]` or `[IPv6]:PORT`.
public struct DNSServerAddressError: Error, CustomStringConvertible {
    public let entry: String
    public var description: String { "bad name server address \(entry)" }
}
