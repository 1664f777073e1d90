import Foundation

/// Group commit for directory fsyncs: every caller's rename is durable when `sync` returns,
/// and callers that arrive while a sync runs share the next one instead of each paying for one.
///
/// A caller blocks its own thread (the spool's I/O thread that has just renamed the file, so the
/// message costs no extra thread hop): the first caller with no round running runs the fsync
/// itself; callers that arrive meanwhile wait for the next round, which one of them runs. A round
/// makes durable every rename done before it started, so a caller returns once a round that
/// started after its call has succeeded, and throws when that round failed.
public final class DirectorySyncer: @unchecked Sendable {
    public let path: String
    private let condition = NSCondition()
    /// Rounds started so far; round `n` is the `n`-th fsync.
    private var started = 0
    /// The last round that has finished, and the last one that succeeded.
    private var finished = 0
    private var succeeded = 0
    private var lastError: (any Error)?
    private var running = false

    public init(path: String) {
        self.path = path
    }

    /// Number of directory fsyncs so far (for tests of group commit).
    public var syncCount: Int { condition.withLock { started } }

    /// Makes every rename into `path` done before this call durable. Blocks the calling thread:
    /// call it from an I/O thread, never from an event loop or the cooperative pool.
    public func syncNow() throws {
        condition.lock()
        defer { condition.unlock() }
        // Renames done before now are covered by any round that starts from now on.
        let needed = started + 1
        while succeeded < needed {
            if finished >= needed, let lastError { throw lastError }
            if running {
                condition.wait()
                continue
            }
            running = true
            started += 1
            let round = started
            condition.unlock()
            let result = Result { try DurableFile.syncDirectory(path) }
            condition.lock()
            running = false
            finished = round
            switch result {
            case .success: succeeded = round
            case .failure(let error): lastError = error
            }
            condition.broadcast()
        }
    }

    /// `syncNow()` on a thread of its own, for callers in asynchronous code.
    public func sync() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            DispatchQueue.global().async {
                continuation.resume(with: Result { try self.syncNow() })
            }
        }
    }
}
