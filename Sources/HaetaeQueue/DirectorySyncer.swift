import Dispatch

/// Group commit for directory fsyncs: every caller's rename is durable when `sync()` returns,
/// and callers that arrive while a sync runs share the next one instead of each paying for one.
public actor DirectorySyncer {
    public let path: String
    private var running = false
    private var waiting: [CheckedContinuation<Void, any Error>] = []
    private let queue: DispatchQueue
    public private(set) var syncCount = 0

    public init(path: String) {
        self.path = path
        self.queue = DispatchQueue(label: "haetae.dirsync")
    }

    public func sync() async throws {
        try await withCheckedThrowingContinuation { (continuation: CheckedContinuation<Void, any Error>) in
            waiting.append(continuation)
            if !running { startRound() }
        }
    }

    private func startRound() {
        running = true
        let batch = waiting
        waiting = []
        syncCount += 1
        let path = self.path
        queue.async {
            let result = Result { try DurableFile.syncDirectory(path) }
            Task { await self.finish(batch, result) }
        }
    }

    private func finish(_ batch: [CheckedContinuation<Void, any Error>], _ result: Result<Void, any Error>) {
        for continuation in batch { continuation.resume(with: result) }
        running = false
        if !waiting.isEmpty { startRound() }
    }
}
