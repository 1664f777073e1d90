import Foundation

/// Locks for folders, in this process: a folder's UID list and its file renames are changed by
/// one session at a time. (Delivery only adds files to `new/`, which needs no lock.) A fixed
/// number of locks, chosen by the path's hash: bounded however many folders are opened.
final class FolderLocks: Sendable {
    static let shared = FolderLocks()
    private let stripes: [NSLock] = (0..<64).map { _ in NSLock() }

    func withLock<T>(_ path: String, _ body: () throws -> T) rethrows -> T {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        let lock = stripes[Int(hash % UInt64(stripes.count))]
        lock.lock()
        defer { lock.unlock() }
        return try body()
    }
}
