import Foundation
import HummingbirdBcrypt

/// Thrown when more password checks wait than `PasswordHashing.queueLimit`; the SMTP server
/// answers `454 4.7.0`, the console 503. Nothing is guessed or counted as a failure.
public struct PasswordHashingBusy: Error, CustomStringConvertible {
    public var description: String { "too many password checks waiting" }
}

/// bcrypt runs here and nowhere else: on its own threads (never an event loop or the
/// cooperative pool), at most `threads` at once, with at most `queueLimit` checks waiting.
/// Shared by the SMTP AUTH path and the console sign-in.
public final class PasswordHashing: @unchecked Sendable {
    public static let shared = PasswordHashing()

    public let threads: Int
    public let queueLimit: Int
    private let queue = OperationQueue()
    private let lock = NSLock()
    private var pending = 0
    private var dummyHashes: [UInt8: String] = [:]

    public init(threads: Int = max(1, ProcessInfo.processInfo.activeProcessorCount), queueLimit: Int = 64) {
        self.threads = threads
        self.queueLimit = queueLimit
        queue.maxConcurrentOperationCount = threads
        queue.name = "haetae.bcrypt"
    }

    /// Runs `work` on a bcrypt thread; throws `PasswordHashingBusy` when the queue is full.
    public func run<T: Sendable>(_ work: @escaping @Sendable () -> T) async throws -> T {
        let admitted = lock.withLock {
            guard pending < queueLimit else { return false }
            pending += 1
            return true
        }
        guard admitted else { throw PasswordHashingBusy() }
        return await withCheckedContinuation { continuation in
            queue.addOperation { [self] in
                let value = work()
                lock.withLock { pending -= 1 }
                continuation.resume(returning: value)
            }
        }
    }

    /// Checks `password` against `hash`, or against a dummy hash of the same cost when the
    /// account does not exist, so timing does not reveal which accounts exist.
    public func verify(_ password: String, hash: String?, cost: UInt8) async throws -> Bool {
        let target = hash ?? dummyHash(cost: cost)
        let matched = try await run { Bcrypt.verify(password, hash: target) }
        return hash != nil && matched
    }

    /// New hash for a password (CLI and console), on the bcrypt threads.
    public func hash(_ password: String, cost: UInt8) async throws -> String {
        try await run { Bcrypt.hash(password, cost: cost) }
    }

    private func dummyHash(cost: UInt8) -> String {
        if let hash = lock.withLock({ dummyHashes[cost] }) { return hash }
        let hash = Bcrypt.hash("haetae-timing-equaliser", cost: cost)
        lock.withLock { dummyHashes[cost] = hash }
        return hash
    }
}
