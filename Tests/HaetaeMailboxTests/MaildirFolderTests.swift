import Foundation
import Testing

@testable import HaetaeMailbox

func temporaryDirectory() -> String {
    let path = NSTemporaryDirectory() + "haetae-mailbox-" + UUID().uuidString
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

/// Drops a file into `new/` the way local delivery does.
func deliver(_ folder: MaildirFolder, name: String, text: String = "Subject: x\n\nbody\n") throws {
    try Data(text.utf8).write(to: URL(fileURLWithPath: "\(folder.path)/new/\(name)"))
}

struct MaildirFolderTests {
    @Test func uidsAreGivenInArrivalOrderAndKept() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1800000002.Qb_x.host")
        try deliver(folder, name: "1800000001.Qa_x.host")
        let first = try folder.sync()
        #expect(first.messages.map(\.uid) == [1, 2])
        #expect(first.messages.map { MessageFlags.baseName($0.fileName) } == ["1800000001.Qa_x.host", "1800000002.Qb_x.host"])
        #expect(first.messages.allSatisfy { $0.recent })
        #expect(first.nextUID == 3)
        // Claimed: moved to cur/ with an info part, no longer recent.
        let again = try folder.sync()
        #expect(again.messages.map(\.uid) == [1, 2])
        #expect(!again.messages.contains { $0.recent })
        #expect(again.validity == first.validity)
        #expect(FileManager.default.fileExists(atPath: "\(folder.path)/cur/1800000001.Qa_x.host:2,"))
        try deliver(folder, name: "1800000003.Qc_x.host")
        #expect(try folder.sync().messages.map(\.uid) == [1, 2, 3])
    }

    @Test func examineLeavesNewMailWhereItIs() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1.Q1.host")
        let peek = try folder.sync(claimNew: false)
        #expect(peek.messages.map(\.uid) == [1])
        #expect(peek.messages[0].recent)
        #expect(FileManager.default.fileExists(atPath: "\(folder.path)/new/1.Q1.host"))
        // The UID given while it was in new/ is the one it keeps.
        #expect(try folder.sync().messages.map(\.uid) == [1])
    }

    @Test func flagsLiveInTheFileName() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1.Q1.host")
        let message = try folder.sync().messages[0]
        let renamed = try folder.setFlags(message, to: [.seen, .answered, .flagged])
        #expect(renamed == "1.Q1.host:2,FRS")
        let reread = try folder.sync().messages[0]
        #expect(reread.flags == [.seen, .answered, .flagged])
        #expect(reread.flags.names == ["\\Flagged", "\\Answered", "\\Seen"])
        // A stale name (another session renamed it) is found by its base name.
        #expect(try folder.setFlags(message, to: [.deleted]) == "1.Q1.host:2,T")
    }

    @Test func expungeRemovesFilesAndUIDsAreNeverReused() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1.Q1.host")
        try deliver(folder, name: "2.Q2.host")
        let snapshot = try folder.sync()
        #expect(try folder.expunge([snapshot.messages[1]]) == [2])
        try deliver(folder, name: "3.Q3.host")
        let after = try folder.sync()
        #expect(after.messages.map(\.uid) == [1, 3])
    }

    @Test func addReturnsTheNewUIDAndKeepsFlagsAndDate() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        let source = try folder.writeTemporary(Array("Subject: appended\r\n\r\nhi\r\n".utf8))
        let date = Date(timeIntervalSince1970: 1_700_000_000)
        let added = try folder.add(contentsOf: source, copy: false, flags: [.seen, .draft], internalDate: date)
        #expect(added.uid == 1)
        let message = try folder.sync().messages[0]
        #expect(message.flags == [.seen, .draft])
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.filePath(message))
        #expect((attributes[.modificationDate] as? Date) == date)
        #expect(!FileManager.default.fileExists(atPath: source))
        // A copy leaves the source where it was.
        let other = MaildirFolder(path: temporaryDirectory() + "/Other")
        try other.create()
        #expect(try other.add(contentsOf: folder.filePath(message), copy: true, flags: [], internalDate: nil).uid == 1)
        #expect(FileManager.default.fileExists(atPath: folder.filePath(message)))
    }

    @Test func aDamagedUIDListStartsOverWithANewValidity() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1.Q1.host")
        _ = try folder.sync()
        try Data("garbage".utf8).write(to: URL(fileURLWithPath: folder.path + "/haetae-uidlist"))
        let snapshot = try folder.sync()
        #expect(snapshot.messages.map(\.uid) == [1])
    }

    @Test func flagsFromFileNames() {
        #expect(MessageFlags(fileName: "1.x:2,DFRST") == [.draft, .flagged, .answered, .seen, .deleted])
        #expect(MessageFlags(fileName: "1.x:2,Sa") == [.seen])
        #expect(MessageFlags(fileName: "1.x") == [])
        #expect(MessageFlags(fileName: "1.x:1,S") == [])
        #expect(MessageFlags(names: ["\\SEEN", "\\Recent", "$Junk"]) == [.seen])
        #expect(MessageFlags([.seen, .draft]).info == "2,DS")
    }
}

/// Regressions from the IMAP review.
struct MaildirFolderReviewTests {
    /// A UID list that cannot be read (here a directory where the file should be) is an error:
    /// before, any failed read started a new list, renumbering every message with a new validity.
    @Test func anUnreadableUIDListIsAnErrorNotARenumbering() throws {
        let folder = MaildirFolder(path: temporaryDirectory() + "/Maildir")
        try folder.create()
        try deliver(folder, name: "1.Q1.host")
        _ = try folder.sync()
        let list = folder.path + "/haetae-uidlist"
        try FileManager.default.removeItem(atPath: list)
        try FileManager.default.createDirectory(atPath: list, withIntermediateDirectories: false)
        #expect(throws: MailboxError.self) { try folder.sync() }
    }

    /// A folder deleted and made again within a second got its old validity back, so clients
    /// took the new folder's UIDs for the old messages.
    @Test func aFolderMadeAgainGetsANewValidity() throws {
        let store = MailStore(root: temporaryDirectory() + "/Maildir")
        try store.prepare()
        try store.create("Box")
        let first = try store.folder("Box").sync().validity
        try store.delete("Box")
        try store.create("Box")
        #expect(try store.folder("Box").sync().validity != first)
    }

    @Test func wireTextAndSizeCountCRLF() throws {
        let path = temporaryDirectory() + "/m"
        try Data("a\nb\r\nc".utf8).write(to: URL(fileURLWithPath: path))
        #expect(MessageFile.wireText(atPath: path) == Array("a\r\nb\r\nc".utf8))
        #expect(MessageFile.wireSize(atPath: path) == 7)
        #expect(MessageFile.wireText(atPath: path + "-gone") == nil)
    }
}

struct MailStoreTests {
    @Test func prepareMakesInboxAndSpecialFolders() throws {
        let store = MailStore(root: temporaryDirectory() + "/Maildir")
        try store.prepare()
        #expect(store.folderNames() == ["INBOX", "Drafts", "Junk", "Sent", "Trash"])
        #expect(store.specialUse("Sent") == "\\Sent")
        #expect(Set(store.subscriptions()) == ["Drafts", "Sent", "Junk", "Trash"])
    }

    @Test func createRenameDeleteWithChildren() throws {
        let store = MailStore(root: temporaryDirectory() + "/Maildir")
        try store.prepare()
        try store.create("Archive")
        try store.create("Archive.2026.")
        #expect(throws: MailboxError.folderExists("Archive")) { try store.create("Archive") }
        #expect(throws: MailboxError.notPermitted("Mailbox has children; delete them first")) { try store.delete("Archive") }
        try store.rename("Archive", to: "Old")
        #expect(store.folderNames().contains("Old.2026"))
        #expect(!store.folderNames().contains("Archive"))
        try store.delete("Old.2026")
        try store.delete("Old")
        #expect(throws: MailboxError.noSuchFolder("Old")) { try store.delete("Old") }
        #expect(throws: MailboxError.notPermitted("INBOX cannot be deleted")) { try store.delete("INBOX") }
    }

    @Test func renamingInboxMovesItsMessages() throws {
        let store = MailStore(root: temporaryDirectory() + "/Maildir")
        try store.prepare()
        let inbox = try store.folder("INBOX")
        try deliver(inbox, name: "1.Q1.host")
        try store.rename("INBOX", to: "Saved")
        #expect(try inbox.sync().messages.isEmpty)
        #expect(try store.folder("Saved").sync().messages.count == 1)
    }

    @Test func namesThatCouldEscapeAreRefused() {
        for name in ["../x", "a/b", ".hidden", "a..b", "", "INBOX.child", "a\u{1}b", String(repeating: "x", count: 300), "*"] {
            #expect(MailStore.problem(with: name) != nil, "\(name)")
        }
        #expect(MailStore.problem(with: "Archive.2026") == nil)
        #expect(MailStore.problem(with: "&yBXQbA-") == nil, "modified UTF-7 is kept as sent")
    }

    @Test func listWildcards() {
        #expect(MailStore.matches("Archive.2026", pattern: "*"))
        #expect(MailStore.matches("Archive", pattern: "%"))
        #expect(!MailStore.matches("Archive.2026", pattern: "%"))
        #expect(MailStore.matches("Archive.2026", pattern: "Archive.%"))
        #expect(MailStore.matches("Archive.2026", pattern: "A*6"))
        #expect(!MailStore.matches("Sent", pattern: "Archive*"))
        // Bounded: more than 8 wildcards match nothing; 8 stay fast (memoised).
        #expect(!MailStore.matches("abc", pattern: String(repeating: "*", count: 9)))
        #expect(!MailStore.matches(String(repeating: "a", count: 250), pattern: String(repeating: "*a", count: 8) + "b"))
        #expect(MailStore.matches(String(repeating: "a", count: 250), pattern: String(repeating: "*a", count: 8)))
    }
}
