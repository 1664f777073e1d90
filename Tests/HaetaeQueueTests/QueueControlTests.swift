import Foundation
import Testing

@testable import HaetaeQueue

/// The control socket the CLI and the console use to wake the running server.
struct QueueControlTests {
    final class Received: @unchecked Sendable {
        private let lock = NSLock()
        private var requests: [QueueRequest] = []
        func add(_ request: QueueRequest) { lock.withLock { requests.append(request) } }
        var all: [QueueRequest] { lock.withLock { requests } }
    }

    func roundTrip(spoolRoot: String) async throws {
        try FileManager.default.createDirectory(atPath: spoolRoot, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: spoolRoot) }
        let received = Received()
        let listener = try QueueControlListener(spoolRoot: spoolRoot) { received.add($0) }
        let id = QueueID.make()
        #expect(QueueControl.send(.flush([id]), spoolRoot: spoolRoot))
        #expect(QueueControl.send(.protectionChanged, spoolRoot: spoolRoot))
        for _ in 0..<200 where received.all.count < 2 { try await Task.sleep(for: .milliseconds(10)) }
        listener.close()
        #expect(received.all == [.flush([id]), .protectionChanged])
        #expect(!QueueControl.send(.pickup, spoolRoot: spoolRoot), "nobody listens after close")
    }

    @Test func requestsReachTheListener() async throws {
        try await roundTrip(spoolRoot: NSTemporaryDirectory() + "hq-\(UUID().uuidString.prefix(8))")
    }

    /// A Unix socket path holds at most 107 octets; a data directory deeper than that used to
    /// get no control socket at all (the server fell back to its timers, the CLI was not heard).
    @Test func aLongDataPathStillGetsAControlSocket() async throws {
        let deep = NSTemporaryDirectory() + "haetae-long-" + String(repeating: "d", count: 60) + "/" + String(repeating: "e", count: 60) + "/queue"
        #expect(QueueControl.socketPath(spoolRoot: deep).utf8.count > 108)
        try await roundTrip(spoolRoot: deep)
        try? FileManager.default.removeItem(atPath: (deep as NSString).deletingLastPathComponent)
    }
}
