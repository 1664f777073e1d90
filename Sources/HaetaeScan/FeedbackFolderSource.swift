import Foundation
import HaetaeFilter

/// The console's marks and users' IMAP Junk moves as feedback: `DATA/filter/feedback/{ham,spam}/
/// ID.eml` (a file per marked message). The console does not record who marked, so the user is
/// "console"; a file named `USER--ID.eml` names its user, and `USER--ID.junk.eml` /
/// `USER--ID.not-junk.eml` are a move into or out of Junk. Each message is learned once (the site
/// model keeps digests).
public struct FeedbackFolderSource: FeedbackSource {
    public let name = "console marks and Junk moves"
    public let root: String
    let scanner: ContentScanner
    /// The score without the site model, per message digest, for the events handed out.
    public private(set) var baseOdds: [UInt64: Double] = [:]

    public init(root: String, scanner: ContentScanner) {
        self.root = root
        self.scanner = scanner
    }

    public mutating func takeEvents(limit: Int) throws -> [FeedbackEvent] {
        var events: [FeedbackEvent] = []
        for (folder, label) in [("ham", MailClass.ham), ("spam", MailClass.spam)] {
            let directory = root + "/" + folder
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where !name.hasPrefix(".") && events.count < limit {
                let path = directory + "/" + name
                guard let data = FileManager.default.contents(atPath: path) else { continue }
                let bytes = Array(data)
                let assessment = scanner.assess(bytes)
                let digest = UInt64(FeatureHasher.hash(String(decoding: bytes, as: UTF8.self))) << 32 | UInt64(bytes.count & 0xFFFF_FFFF)
                let user = name.components(separatedBy: "--").count > 1 ? name.components(separatedBy: "--")[0] : "console"
                // `USER--ID.junk.eml`: the user moved it into Junk over IMAP; `.not-junk.eml` out of it.
                let origin: FeedbackOrigin = name.hasSuffix(".not-junk.eml") ? .notJunkFolderMove : name.hasSuffix(".junk.eml") ? .junkFolderMove : .consoleMark
                let modified = (try? FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
                baseOdds[digest] = assessment.modelOdds + assessment.rules.score
                events.append(FeedbackEvent(userID: user, origin: origin, label: label, features: assessment.features, messageDigest: digest,
                                            time: Int64(modified.timeIntervalSince1970)))
            }
        }
        return events
    }
}
