import SMTPProtocol
import Foundation
import SMTPClient

/// An open, greeted connection and what the server offers on it.
///
/// `@unchecked Sendable` for the same reason as `SMTPClientConnection`: one owner at a time.
final class ClientSession: @unchecked Sendable {
    let connection: SMTPClientConnection
    var extensions: ServerExtensions
    var tls = false
    var messages = 0
    var idleSince = ContinuousClock.now

    init(connection: SMTPClientConnection, extensions: ServerExtensions) {
        self.connection = connection
        self.extensions = extensions
    }

    func offers(_ keyword: String) -> Bool { extensions.offers(keyword) }
}

/// Idle connections per destination, reused for the next message within a few seconds.
actor SessionPool {
    private var idle: [String: [ClientSession]] = [:]
    let maxIdlePerKey: Int
    let maxIdleTime: Duration

    init(maxIdlePerKey: Int = 5, maxIdleTime: Duration = .seconds(5)) {
        self.maxIdlePerKey = maxIdlePerKey
        self.maxIdleTime = maxIdleTime
    }

    func take(_ key: String) -> ClientSession? {
        sweep()
        while var sessions = idle[key], !sessions.isEmpty {
            let session = sessions.removeLast()
            idle[key] = sessions.isEmpty ? nil : sessions
            if session.connection.isActive { return session }
            Task { await session.connection.close() }
        }
        return nil
    }

    func put(_ key: String, _ session: ClientSession) {
        sweep()
        session.idleSince = .now
        if idle[key, default: []].count < maxIdlePerKey {
            idle[key, default: []].append(session)
        } else {
            Task {
                _ = try? await session.connection.command("QUIT")
                await session.connection.close()
            }
        }
    }

    /// Closes connections idle for longer than `maxIdleTime`.
    func sweep() {
        let now = ContinuousClock.now
        for (key, sessions) in idle {
            let (fresh, stale) = (sessions.filter { now - $0.idleSince < maxIdleTime }, sessions.filter { now - $0.idleSince >= maxIdleTime })
            idle[key] = fresh.isEmpty ? nil : fresh
            for session in stale {
                Task {
                    _ = try? await session.connection.command("QUIT")
                    await session.connection.close()
                }
            }
        }
    }
}

/// Bounds concurrent connections per destination address.
actor DestinationLimiter {
    let limit: Int
    private var active: [String: Int] = [:]
    private var waiting: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire(_ key: String) async {
        if active[key, default: 0] < limit {
            active[key, default: 0] += 1
            return
        }
        await withCheckedContinuation { waiting[key, default: []].append($0) }
    }

    func release(_ key: String) {
        if var queue = waiting[key], !queue.isEmpty {
            let next = queue.removeFirst()
            waiting[key] = queue.isEmpty ? nil : queue
            next.resume()  // the slot passes to the waiter
        } else {
            active[key, default: 1] -= 1
            if active[key] == 0 { active[key] = nil }
        }
    }
}
