import Foundation
import HaetaeMailbox
import IMAPProtocol

/// The selected state: FETCH, STORE, SEARCH, COPY, MOVE, EXPUNGE, CLOSE, UNSELECT, and what
/// other sessions and delivery changed meanwhile.
extension IMAPSession {
    func runSelected(_ command: IMAPCommand, folder: MaildirFolder, store: MailStore, output: some IMAPOutput) async throws {
        let tag = command.tag
        switch command.kind {
        case .close:
            if !readOnly { _ = try await expungeDeleted(folder: folder, only: nil, output: nil) }
            deselect()
            await output.send(line("\(tag) OK CLOSE completed"))
        case .unselect:
            deselect()
            await output.send(line("\(tag) OK UNSELECT completed"))
        case .expunge, .uidExpunge:
            guard !readOnly else { await output.send(line("\(tag) NO [READ-ONLY] Mailbox is read-only")); return }
            var only: Set<UInt32>?
            if case .uidExpunge(let set) = command.kind { only = Set((resolve(set, uid: true) ?? []).map { messages[$0].uid }) }
            _ = try await expungeDeleted(folder: folder, only: only, output: output)
            await refresh(output: output, reportExpunges: true)
            await output.send(line("\(tag) OK \(command.kind.name) completed"))
        case .search(let keys, let uid):
            await refresh(output: output, reportExpunges: false)
            let evaluator = SearchEvaluator(largestSequence: UInt32(messages.count), largestUID: messages.last?.uid ?? 0)
            var found: [UInt32] = []
            let needsSize = keys.contains { Self.mentionsSize($0) }
            for (index, message) in messages.enumerated() {
                guard !Task.isCancelled else { return }
                guard let path = folder.currentPath(message) else { continue }
                let candidate = SearchCandidate(
                    sequence: UInt32(index + 1), uid: message.uid, flags: Set(message.flags.names.map { $0.lowercased() }),
                    recent: recent.contains(message.uid), size: needsSize ? size(of: message, path: path) : 0,
                    internalDate: IMAPDateTime.date(Self.modificationDate(path)), text: { MessageFile.wireText(atPath: path) })
                if evaluator.matches(keys, candidate) { found.append(uid ? message.uid : UInt32(index + 1)) }
            }
            await output.send(line("* SEARCH" + found.map { " \($0)" }.joined()))
            await output.send(line("\(tag) OK \(command.kind.name) completed"))
        case .fetch(let set, let requested, let uid):
            await refresh(output: output, reportExpunges: false)
            guard let chosen = resolve(set, uid: uid) else { await output.send(line("\(tag) BAD Invalid message sequence number")); return }
            // Each item once, in the order asked (a list repeating BODY[] must not multiply the response).
            var items: [FetchItem] = []
            for item in requested where !items.contains(item) { items.append(item) }
            if uid && !items.contains(.uid) { items.insert(.uid, at: 0) }
            var missing = 0
            // One response buffer for the whole command: small responses go out together.
            var out = ChunkedResponse(output: output)
            for index in chosen {
                switch await fetch(index, items: items, folder: folder, into: &out) {
                case .sent: break
                case .gone: missing += 1
                case .clientGone: return
                }
            }
            await out.flush(force: true)
            if out.clientGone { return }
            if missing > 0 {
                // RFC 2180 §4.1.2: expunged by another session, not yet reported here.
                await output.send(line("\(tag) NO [EXPUNGEISSUED] Some messages were expunged meanwhile"))
            } else {
                await output.send(line("\(tag) OK \(command.kind.name) completed"))
            }
        case .store(let set, let action, let uid):
            guard !readOnly else { await output.send(line("\(tag) NO [READ-ONLY] Mailbox is read-only")); return }
            await refresh(output: output, reportExpunges: false)
            let named = MessageFlags(names: action.flags)
            guard let chosen = resolve(set, uid: uid) else { await output.send(line("\(tag) BAD Invalid message sequence number")); return }
            for index in chosen {
                var flags = messages[index].flags
                switch action.mode {
                case .replace: flags = named
                case .add: flags.formUnion(named)
                case .remove: flags.subtract(named)
                }
                if flags != messages[index].flags, let name = try folder.setFlags(messages[index], to: flags) {
                    messages[index].fileName = name
                    messages[index].flags = flags
                }
                if !action.silent {
                    guard await output.send(line("* \(index + 1) FETCH (\(uid ? "UID \(messages[index].uid) " : "")FLAGS (\(flagNames(messages[index]).joined(separator: " "))))")) else { return }
                }
            }
            await output.send(line("\(tag) OK \(command.kind.name) completed"))
        case .copy(let set, let target, let uid), .move(let set, let target, let uid):
            let isMove: Bool
            if case .move = command.kind { isMove = true } else { isMove = false }
            guard !isMove || !readOnly else { await output.send(line("\(tag) NO [READ-ONLY] Mailbox is read-only")); return }
            let destination = try store.folder(target)
            guard destination.exists else { await output.send(line("\(tag) NO [TRYCREATE] Mailbox does not exist")); return }
            await refresh(output: output, reportExpunges: false)
            guard let chosen = resolve(set, uid: uid) else { await output.send(line("\(tag) BAD Invalid message sequence number")); return }
            var sourceUIDs: [UInt32] = [], targetUIDs: [UInt32] = []
            var validity: UInt32 = 0
            var copiedPaths: [String] = []
            do {
                for index in chosen {
                    let message = messages[index]
                    // Expunged meanwhile by another session: nothing to copy (RFC 2180 §4.4.1).
                    guard let path = folder.currentPath(message) else { continue }
                    let added = try destination.add(contentsOf: path, copy: true, flags: message.flags, internalDate: Self.modificationDate(path))
                    sourceUIDs.append(message.uid)
                    targetUIDs.append(added.uid)
                    copiedPaths.append(path)
                    validity = added.validity
                }
            } catch {
                // All or nothing (RFC 3501 §6.4.7): take back what was copied.
                let copied = Set(targetUIDs)
                if let snapshot = try? destination.sync(claimNew: false) {
                    _ = try? destination.expunge(snapshot.messages.filter { copied.contains($0.uid) })
                }
                throw error
            }
            recordJunkFeedback(from: folderName, to: target, paths: copiedPaths, store: store)
            let code = sourceUIDs.isEmpty ? "" : "[COPYUID \(validity) \(Self.uidSet(sourceUIDs)) \(Self.uidSet(targetUIDs))] "
            if isMove {
                if !code.isEmpty { await output.send(line("* OK \(code)Moved")) }
                let removed = try folder.expunge(chosen.map { messages[$0] })
                await reportExpunged(Set(removed), output: output)
                await output.send(line("\(tag) OK \(command.kind.name) completed"))
            } else {
                await output.send(line("\(tag) OK \(code)\(command.kind.name) completed"))
            }
        default:
            await output.send(line("\(tag) BAD Command not valid here"))
        }
    }

    /// Indexes (0-based) of the messages a set names; nil when a message sequence number is
    /// beyond the last message (BAD, as RFC 3501 §9 says). UIDs that name nothing are not errors.
    func resolve(_ set: SequenceSet, uid: Bool) -> [Int]? {
        if uid {
            guard let largest = messages.last?.uid else { return [] }
            return messages.indices.filter { set.contains(messages[$0].uid, largest: largest) }
        }
        let largest = UInt32(messages.count)
        for (a, b) in set.ranges {
            for bound in [a, b] {
                switch bound {
                case .number(let n): if n > largest { return nil }
                case .last: if largest == 0 { return nil }
                }
            }
        }
        return messages.indices.filter { set.contains(UInt32($0 + 1), largest: largest) }
    }

    static func mentionsSize(_ key: SearchKey) -> Bool {
        switch key {
        case .larger, .smaller: true
        case .not(let inner): mentionsSize(inner)
        case .or(let a, let b): mentionsSize(a) || mentionsSize(b)
        case .and(let keys): keys.contains(where: mentionsSize)
        default: false
        }
    }

    func flagNames(_ message: FolderMessage) -> [String] {
        message.flags.names + (recent.contains(message.uid) ? ["\\Recent"] : [])
    }

    /// Compact UID set for COPYUID (`3:5,9`).
    static func uidSet(_ uids: [UInt32]) -> String {
        var parts: [String] = []
        var start = uids.first ?? 0, previous = start
        for uid in uids.dropFirst() {
            if uid == previous + 1 { previous = uid; continue }
            parts.append(start == previous ? "\(start)" : "\(start):\(previous)")
            start = uid
            previous = uid
        }
        if !uids.isEmpty { parts.append(start == previous ? "\(start)" : "\(start):\(previous)") }
        return parts.joined(separator: ",")
    }

    // MARK: Changes made elsewhere

    /// Re-reads the folder: new messages (EXISTS, RECENT), flags changed by another session
    /// (FETCH FLAGS) and, when allowed, messages expunged elsewhere (EXPUNGE). During FETCH,
    /// STORE and SEARCH expunges are not reported (RFC 3501 §7.4.1); the messages stay in this
    /// session's view until they can be.
    func refresh(output: some IMAPOutput, reportExpunges: Bool) async {
        guard let folder else { return }
        // Nothing changed since the last look (both directories' times unchanged, and older than
        // a second, so a change within the file system's clock tick is not missed): skip the
        // listing. IDLE looks every few seconds; this keeps it cheap on a large folder.
        let stamp = folder.changeStamp()
        if let stamp, stamp == lastStamp, Date().timeIntervalSince1970 - stamp.newest > 1 { return }
        let snapshot: MaildirFolder.Snapshot
        do {
            snapshot = try folder.sync(claimNew: !readOnly)
        } catch MailboxError.noSuchFolder {
            // Deleted or renamed by another session: this one cannot go on (as Dovecot does).
            await output.send(line("* BYE Selected mailbox was deleted or renamed"))
            mailboxGone = true
            return
        } catch {
            return
        }
        // Only a refresh that reported everything (expunges too) may let the next one skip.
        if reportExpunges { lastStamp = stamp }
        let current = Dictionary(snapshot.messages.map { ($0.uid, $0) }, uniquingKeysWith: { a, _ in a })
        if reportExpunges {
            let gone = Set(messages.map(\.uid)).subtracting(current.keys)
            await reportExpunged(gone, output: output)
        }
        for index in messages.indices {
            guard let now = current[messages[index].uid] else { continue }
            if now.flags != messages[index].flags {
                messages[index].flags = now.flags
                messages[index].fileName = now.fileName
                await output.send(line("* \(index + 1) FETCH (FLAGS (\(flagNames(messages[index]).joined(separator: " "))))"))
            } else {
                messages[index].fileName = now.fileName
            }
        }
        let known = messages.last?.uid ?? 0
        let added = snapshot.messages.filter { $0.uid > known }
        if !added.isEmpty {
            messages += added
            for message in added where message.recent { recent.insert(message.uid) }
            await output.send(line("* \(messages.count) EXISTS"))
            await output.send(line("* \(recent.count) RECENT"))
        }
        uidNext = snapshot.nextUID
    }

    func reportExpunged(_ gone: Set<UInt32>, output: some IMAPOutput) async {
        guard !gone.isEmpty else { return }
        // Highest sequence number first, so each number is still valid when the client reads it.
        for index in messages.indices.reversed() where gone.contains(messages[index].uid) {
            await output.send(line("* \(index + 1) EXPUNGE"))
            sizes[messages[index].uid] = nil
            recent.remove(messages[index].uid)
            messages.remove(at: index)
        }
    }

    /// Removes the messages marked \Deleted (of `only`, when given).
    func expungeDeleted(folder: MaildirFolder, only: Set<UInt32>?, output: (any IMAPOutput)?) async throws -> [UInt32] {
        let doomed = messages.filter { $0.flags.contains(.deleted) && (only?.contains($0.uid) ?? true) }
        let removed = try folder.expunge(doomed)
        if let output { await reportExpunged(Set(removed), output: output) } else {
            let gone = Set(removed)
            messages.removeAll { gone.contains($0.uid) }
        }
        return removed
    }

    // MARK: Message text

    static func modificationDate(_ path: String) -> Date {
        var info = stat()
        guard stat(path, &info) == 0 else { return Date(timeIntervalSince1970: 0) }
        return Date(timeIntervalSince1970: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9)
    }

    func size(of message: FolderMessage, path: String) -> Int {
        if let known = sizes[message.uid] { return known }
        let size = MessageFile.wireSize(atPath: path) ?? 0
        sizes[message.uid] = size
        return size
    }

    // MARK: FETCH

    enum FetchOutcome {
        case sent
        /// The message's file is gone (expunged by another session, not yet reported).
        case gone
        /// The client went away.
        case clientGone
    }

    /// Responses are written in pieces of at most this many octets: a FETCH holds one message
    /// and one piece in memory, however many messages and items it asks for.
    static let writeChunk = 256 * 1_024

    func fetch<Output: IMAPOutput>(_ index: Int, items: [FetchItem], folder: MaildirFolder, into out: inout ChunkedResponse<Output>) async -> FetchOutcome {
        var message = messages[index]
        guard var path = folder.currentPath(message) else { return .gone }
        let needsText = items.contains {
            switch $0 {
            case .uid, .flags, .internalDate: false
            case .size: sizes[message.uid] == nil
            default: true
            }
        }
        var structure: MessageStructure?
        if needsText {
            guard let text = MessageFile.wireText(atPath: path) else { return .gone }
            sizes[message.uid] = text.count
            // The whole message needs no MIME tree (BODY[], RFC822: what a sync client fetches).
            let wholeOnly = items.allSatisfy {
                switch $0 {
                case .uid, .flags, .internalDate, .size, .rfc822: true
                case .section(let section, _, _): section.part.isEmpty && section.text == .all
                default: false
                }
            }
            structure = wholeOnly ? MessageStructure(wholeText: text) : MessageStructure(text: text)
        }
        // Reading the text marks the message seen (RFC 3501 §6.4.5), unless read-only or PEEK.
        let marksSeen = !readOnly && !message.flags.contains(.seen) && items.contains {
            switch $0 {
            case .rfc822, .rfc822Text: true
            case .section(_, _, let peek): !peek
            default: false
            }
        }
        var flagsChanged = false
        if marksSeen {
            var flags = message.flags
            flags.insert(.seen)
            if let name = try? folder.setFlags(message, to: flags) {
                message.fileName = name
                message.flags = flags
                messages[index] = message
                flagsChanged = true
                // Renamed (and moved to cur/ if it was in new/): INTERNALDATE reads the new name.
                path = "\(folder.path)/cur/\(name)"
            }
        }
        out.w.raw("* \(index + 1) FETCH (")
        var first = true
        func separator() {
            if !first {out.w.raw(" ") }
            first = false
        }
        for item in items {
            guard !out.clientGone else { return .clientGone }
            separator()
            switch item {
            case .uid:out.w.raw("UID \(message.uid)")
            case .flags:out.w.raw("FLAGS (\(flagNames(message).joined(separator: " ")))")
            case .internalDate:out.w.raw("INTERNALDATE \"\(IMAPDateTime.format(Self.modificationDate(path)))\"")
            case .size:out.w.raw("RFC822.SIZE \(sizes[message.uid] ?? 0)")
            case .envelope:
               out.w.raw("ENVELOPE ")
                structure?.envelope(into: &out.w)
            case .bodyStructure:
               out.w.raw("BODYSTRUCTURE ")
                structure?.bodyStructure(extensible: true, into: &out.w)
            case .body:
               out.w.raw("BODY ")
                structure?.bodyStructure(extensible: false, into: &out.w)
            case .rfc822:
               out.w.raw("RFC822 ")
                await out.literal(structure?.text[...] ?? [])
            case .rfc822Header:
               out.w.raw("RFC822.HEADER ")
                await out.literal(structure?.octets(BodySection(part: [], text: .header)) ?? [])
            case .rfc822Text:
               out.w.raw("RFC822.TEXT ")
                await out.literal(structure?.octets(BodySection(part: [], text: .text)) ?? [])
            case .section(let section, let partial, _):
               out.w.raw("BODY[\(section.specification)]")
                guard let octets = structure?.octets(section) else {
                   out.w.raw(" NIL")
                    continue
                }
                if let partial {
                   out.w.raw("<\(partial.lowerBound)> ")
                    let start = min(octets.startIndex + partial.lowerBound, octets.endIndex)
                    let end = min(start + partial.count, octets.endIndex)
                    await out.literal(octets[start..<end])
                } else {
                   out.w.raw(" ")
                    await out.literal(octets)
                }
            }
            await out.flush()
        }
        if flagsChanged && !items.contains(.flags) {
            separator()
           out.w.raw("FLAGS (\(flagNames(message).joined(separator: " ")))")
        }
       out.w.raw(")\r\n")
        await out.flush()
        return out.clientGone ? .clientGone : .sent
    }
}

/// A FETCH response written in pieces: text collects in `w` and goes out when it is large, a
/// large literal goes out in pieces of `IMAPSession.writeChunk` octets.
struct ChunkedResponse<Output: IMAPOutput> {
    let output: Output
    var w = IMAPResponseWriter()
    var clientGone = false

    init(output: Output) { self.output = output }

    mutating func flush(force: Bool = false) async {
        guard !clientGone, force || w.bytes.count >= IMAPSession.writeChunk else { return }
        if !(await output.send(w.bytes)) { clientGone = true }
        w = IMAPResponseWriter()
    }

    mutating func literal(_ octets: ArraySlice<UInt8>) async {
        w.raw("{\(octets.count)}\r\n")
        if octets.count < IMAPSession.writeChunk {
            w.raw(octets)
            return
        }
        await flush(force: true)
        var start = octets.startIndex
        while start < octets.endIndex, !clientGone {
            let end = min(start + IMAPSession.writeChunk, octets.endIndex)
            if !(await output.send(Array(octets[start..<end]))) { clientGone = true }
            start = end
        }
    }
}

/// Users' Junk moves as the filter's feedback (`FeedbackOrigin.junkFolderMove`): a message copied
/// or moved into the `\Junk` folder is a spam mark, one taken out of it (anywhere but Trash) a ham
/// mark. A copy goes to `DATA/filter/feedback/{spam,ham}/USER--ID.junk.eml` (or `.not-junk.eml`),
/// which `haetae train --learn` learns with the site model's safeguards (per-user budget, no
/// mass marking). Bounded: messages over 10 MiB are not copied, at most 500 per command, and
/// nothing once a feedback folder holds 20,000 files.
extension IMAPSession {
    static let feedbackMaxMessage = 10 * 1_048_576
    static let feedbackMaxPerCommand = 500
    static let feedbackMaxFiles = 20_000

    func recordJunkFeedback(from source: String, to target: String, paths: [String], store: MailStore) {
        guard let root = services.feedbackDirectory, let user, !paths.isEmpty else { return }
        let sourceUse = store.specialUse(source), targetUse = store.specialUse(target)
        let label: String, suffix: String
        if targetUse == "\\Junk" && sourceUse != "\\Junk" {
            (label, suffix) = ("spam", "junk")
        } else if sourceUse == "\\Junk" && targetUse != "\\Junk" && targetUse != "\\Trash" {
            (label, suffix) = ("ham", "not-junk")
        } else {
            return
        }
        let directory = root + "/" + label
        try? FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let present = (try? FileManager.default.contentsOfDirectory(atPath: directory).count) ?? 0
        guard present < Self.feedbackMaxFiles else {
            logger.record(.connectionError, level: .warning, ["ip": client, "listener": "imap", "user": user, "error": "feedback folder full, Junk move not recorded"])
            return
        }
        // The user's name without `--`, which separates it from the ID in the file name.
        let who = user.replacingOccurrences(of: "--", with: "-_").replacingOccurrences(of: "/", with: "_")
        for path in paths.prefix(min(Self.feedbackMaxPerCommand, Self.feedbackMaxFiles - present)) {
            guard let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size <= Self.feedbackMaxMessage else { continue }
            let name = "\(who)--\(UInt64.random(in: 0...UInt64.max)).\(suffix).eml"
            let destination = directory + "/" + name
            if link(path, destination) != 0 {
                try? FileManager.default.copyItem(atPath: path, toPath: destination)
            }
        }
    }
}
