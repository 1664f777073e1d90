import HaetaeEvents
import AsyncAlgorithms
import Foundation
import HaetaeStore
import IMAPServer
import MailCore
import Logging
import SMTPServer
import ServiceLifecycle

/// Runs `tick` once at start and then on a timer until the group shuts down, then `finish` once
/// (a last flush).
struct TimerService: Service {
    var name: String
    var interval: Duration
    var tick: @Sendable () async -> Void
    var finish: @Sendable () async -> Void = {}

    func run() async throws {
        await tick()
        for await _ in AsyncTimerSequence(interval: interval, clock: .continuous).cancelOnGracefulShutdown() {
            await tick()
        }
        await finish()
    }
}

/// Work that runs until the group shuts down (the queue manager), then is cancelled.
struct TaskService: Service {
    var name: String
    var work: @Sendable () async -> Void

    func run() async throws {
        try await cancelWhenGracefulShutdown { await work() }
    }
}

/// A job due every `interval` (the daily report, the quarantine digest), remembering its last run
/// in the database setting `setting` so a restart neither repeats nor skips a period. The first
/// run only records the time. Checked once a minute (or once per interval when that is shorter).
struct PeriodicJob: Sendable {
    var interval: TimeInterval
    var setting: String
    var store: any HaetaeDataStore
    var body: @Sendable (_ last: Date) async -> Void

    func runIfDue(now: Date = Date()) async {
        let last = (try? store.setting(setting)).flatMap { $0 }.flatMap(Double.init).map(Date.init(timeIntervalSince1970:))
        if let last, now.timeIntervalSince(last) < interval { return }
        if let last { await body(last) }
        try? store.setSetting(setting, String(now.timeIntervalSince1970))
    }

    func service(name: String) -> TimerService {
        let check = Duration.seconds(max(1, min(60, interval)))
        return TimerService(name: name, interval: check, tick: { await runIfDue() })
    }
}

/// Listeners (the SMTP ones, the IMAP ones): on shutdown they stop accepting, give open sessions
/// up to `drain` to finish (woken when the last one ends, not by polling), and return.
struct ListenersService: Service {
    /// Closes each listener.
    var closers: [@Sendable () async -> Void]
    var limiter: ConnectionLimiter
    var drain: Duration = .seconds(10)
    var logger: Logger
    var name = "smtp"

    func run() async throws {
        try? await gracefulShutdown()
        logger.record(.shutdown, ["phase": "stop-accepting", "listeners": name, "open_connections": "\(limiter.openConnections)"])
        for close in closers { await close() }
        await limiter.waitUntilIdle(timeout: drain)
        logger.record(.shutdown, ["phase": "sessions-done", "listeners": name, "open_connections": "\(limiter.openConnections)"])
    }
}

/// The IMAP listeners are admitted by the same limiter type as the SMTP ones (their own instance).
extension ConnectionLimiter: ConnectionGate {}
