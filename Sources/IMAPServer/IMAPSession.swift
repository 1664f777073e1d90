import Foundation
import HaetaeEvents
import HaetaeMailbox
import IMAPProtocol
import Logging
import MailCore

/// Where a session's responses go; `send` returns when the bytes are handed to the connection
/// (so a large FETCH streams one message at a time, at the client's pace).
public protocol IMAPOutput: Sendable {
    /// False when the client is gone: the command stops.
    @discardableResult
    func send(_ bytes: [UInt8]) async -> Bool
}

/// What the connection must do after a command.
public enum IMAPEffect: Sendable, Equatable {
    case none
    /// Start TLS now (the OK was sent); input that came with the command is discarded.
    case startTLS
    /// Close after the response.
    case close
    /// IDLE began: lines are read raw until DONE; `idlePoll` reports new mail meanwhile.
    case idle
    /// AUTHENTICATE is waiting for the client's response line (`authenticateResponse`).
    case saslContinue
}

/// One IMAP4rev1 session (RFC 3501): its state (not authenticated, authenticated, selected) and
/// the commands, over the user's `MailStore`. Commands run one at a time; the connection
/// (`MailAccessHandler`) frames input, runs TLS and timers.
public actor IMAPSession: MailAccessSession {
    enum State {
        case notAuthenticated
        case authenticated
        case selected
        case loggedOut
    }

    let services: MailAccessServices
    let client: String
    var tlsActive: Bool
    let tlsAvailable: Bool
    var state = State.notAuthenticated
    var user: String?
    var store: MailStore?
    var authFailures = 0
    var badCommands = 0
    var pendingSASL: IMAPCommand?
    var pendingIdle: IMAPCommand?
    var logger: Logger

    // Selected folder.
    var folderName = ""
    var folder: MaildirFolder?
    var readOnly = false
    var messages: [FolderMessage] = []
    var uidValidity: UInt32 = 0
    var uidNext: UInt32 = 1
    var sizes: [UInt32: Int] = [:]
    var recent = Set<UInt32>()
    /// The folder's directory times at the last sync (`MaildirFolder.changeStamp`).
    var lastStamp: MaildirFolder.ChangeStamp?
    /// The selected folder was deleted by another session: the connection ends.
    var mailboxGone = false

    public init(services: MailAccessServices, client: String, tlsActive: Bool, tlsAvailable: Bool, logger: Logger) {
        self.services = services
        self.client = client
        self.tlsActive = tlsActive
        self.tlsAvailable = tlsAvailable
        self.logger = logger
    }

    public var isAuthenticated: Bool { user != nil }

    /// Login needs TLS unless the client is on this machine (as Dovecot's default).
    var plaintextAllowed: Bool { tlsActive || Self.isLoopback(client) }

    static func isLoopback(_ address: String) -> Bool { address.hasPrefix("127.") || address == "::1" }

    public func tlsEstablished() { tlsActive = true }

    public func greeting() -> [UInt8] {
        Array("* OK [CAPABILITY \(capabilities)] \(services.hostname) Haetae IMAP ready\r\n".utf8)
    }

    var capabilities: String {
        var list = ["IMAP4rev1", "LITERAL+", "SASL-IR", "ID", "IDLE"]
        if user == nil {
            if tlsAvailable && !tlsActive { list.append("STARTTLS") }
            list.append(plaintextAllowed ? "AUTH=PLAIN" : "LOGINDISABLED")
        } else {
            list += ["UIDPLUS", "MOVE", "UNSELECT", "SPECIAL-USE"]
        }
        return list.joined(separator: " ")
    }

    // MARK: - Dispatch

    /// Runs one framed command and says what the connection must do next.
    public func handle(_ segments: [IMAPCommandSegment], output: some IMAPOutput) async -> IMAPEffect {
        switch IMAPCommandParser.parse(segments) {
        case .failure(let error):
            Self.discardSpilled(segments)
            badCommands += 1
            if badCommands > services.limits.maxBadCommands {
                await output.send(line("* BYE Too many invalid commands"))
                return .close
            }
            await output.send(line("\(error.tag ?? "*") BAD \(error.message)"))
            return .none
        case .success(let command):
            let effect = await run(command, output: output)
            return mailboxGone ? .close : effect
        }
    }

    static func discardSpilled(_ segments: [IMAPCommandSegment]) {
        for case .literal(.file(let path, _)) in segments { unlink(path) }
    }

    func line(_ text: String) -> [UInt8] { Array((text + "\r\n").utf8) }

    func run(_ command: IMAPCommand, output: some IMAPOutput) async -> IMAPEffect {
        let tag = command.tag
        func ok(_ text: String) async { await output.send(line("\(tag) OK \(text)")) }
        func no(_ text: String) async { await output.send(line("\(tag) NO \(text)")) }
        func bad(_ text: String) async { await output.send(line("\(tag) BAD \(text)")) }
        if case .append(_, _, _, let literal) = command.kind, user == nil, case .file(let path, _) = literal { unlink(path) }

        switch command.kind {
        case .capability:
            await output.send(line("* CAPABILITY \(capabilities)"))
            await ok("CAPABILITY completed")
            return .none
        case .noop, .check:
            if state == .selected { await refresh(output: output, reportExpunges: true) }
            await ok("\(command.kind.name) completed")
            return .none
        case .logout:
            await output.send(line("* BYE Logging out"))
            await ok("LOGOUT completed")
            state = .loggedOut
            return .close
        case .id:
            await output.send(line("* ID (\"name\" \"Haetae\")"))
            await ok("ID completed")
            return .none
        case .startTLS:
            guard user == nil else { await bad("Already authenticated"); return .none }
            guard tlsAvailable, !tlsActive else { await bad("TLS is not available or already active"); return .none }
            await ok("Begin TLS negotiation now")
            return .startTLS
        case .login(let name, let password):
            guard user == nil else { await bad("Already authenticated"); return .none }
            guard plaintextAllowed else {
                await no("[PRIVACYREQUIRED] Use STARTTLS (or port 993) before logging in")
                return .none
            }
            return await login(tag: tag, user: name, password: password, mechanism: "LOGIN", output: output)
        case .authenticate(let mechanism, let initial):
            guard user == nil else { await bad("Already authenticated"); return .none }
            guard mechanism == "PLAIN" else { await no("[CANNOT] Unsupported mechanism \(mechanism.prefix(20)); use PLAIN"); return .none }
            guard plaintextAllowed else {
                await no("[PRIVACYREQUIRED] Use STARTTLS (or port 993) before logging in")
                return .none
            }
            guard let initial else {
                pendingSASL = command
                await output.send(line("+ "))
                return .saslContinue
            }
            return await plain(tag: tag, response: initial, output: output)
        default:
            break
        }

        guard let store, user != nil else {
            await bad("Log in first")
            return .none
        }
        do {
            switch command.kind {
            case .select(let name), .examine(let name):
                let examine: Bool
                if case .examine = command.kind { examine = true } else { examine = false }
                try await select(name, readOnly: examine, store: store, tag: tag, output: output)
            case .create(let name):
                try store.create(name)
                await ok("CREATE completed")
            case .delete(let name):
                if state == .selected && name == folderName { deselect() }
                try store.delete(name)
                await ok("DELETE completed")
            case .rename(let from, let to):
                try store.rename(from, to: to)
                await ok("RENAME completed")
            case .subscribe(let name):
                guard try store.folder(name).exists else { throw MailboxError.noSuchFolder(name) }
                try store.setSubscribed(name, true)
                await ok("SUBSCRIBE completed")
            case .unsubscribe(let name):
                try store.setSubscribed(name, false)
                await ok("UNSUBSCRIBE completed")
            case .list(let reference, let pattern):
                await list(reference: reference, pattern: pattern, subscribedOnly: false, store: store, output: output)
                await ok("LIST completed")
            case .lsub(let reference, let pattern):
                await list(reference: reference, pattern: pattern, subscribedOnly: true, store: store, output: output)
                await ok("LSUB completed")
            case .status(let name, let items):
                try await status(name, items: items, store: store, output: output)
                await ok("STATUS completed")
            case .append(let name, let flags, let date, let literal):
                try await append(name, flags: flags, date: date, literal: literal, store: store, tag: tag, output: output)
            case .idle:
                pendingIdle = command
                await output.send(line("+ idling"))
                if state == .selected { await refresh(output: output, reportExpunges: true) }
                return .idle
            default:
                guard state == .selected, let folder else {
                    await bad("No mailbox selected")
                    return .none
                }
                try await runSelected(command, folder: folder, store: store, output: output)
            }
        } catch let error as MailboxError {
            if case .append(_, _, _, .file(let path, _)) = command.kind { unlink(path) }
            switch error {
            case .noSuchFolder: await no("[NONEXISTENT] Mailbox does not exist")
            case .folderExists: await no("[ALREADYEXISTS] Mailbox already exists")
            case .invalidName(let why): await no("[CANNOT] Invalid mailbox name: \(why)")
            case .notPermitted(let why): await no("[CANNOT] \(why)")
            case .tooMany(let why): await no("[LIMIT] \(why)")
            case .io(let why):
                logger.record(.connectionError, level: .error, ["ip": client, "listener": "imap", "user": user, "error": why])
                await no("[SERVERBUG] Mailbox error, try again later")
            }
        } catch {
            logger.record(.connectionError, level: .error, ["ip": client, "listener": "imap", "user": user, "error": "\(error)"])
            await no("[SERVERBUG] Internal error, try again later")
        }
        return .none
    }

    // MARK: - Login

    func login(tag: String, user name: String, password: String, mechanism: String, output: some IMAPOutput) async -> IMAPEffect {
        switch await services.logIn(name, password, client: client, mechanism: mechanism, listener: "imap", logger: logger) {
        case .success(let account):
            let store = MailStore(mailRoot: services.mailRoot, user: account)
            do { try store.prepare() } catch {
                logger.record(.connectionError, level: .error, ["ip": client, "listener": "imap", "user": account, "error": "\(error)"])
                await output.send(line("\(tag) NO [UNAVAILABLE] Mailbox not available, try again later"))
                return .none
            }
            user = account
            self.store = store
            state = .authenticated
            logger[metadataKey: "user"] = .string(account)
            await output.send(line("\(tag) OK [CAPABILITY \(capabilities)] Logged in"))
            return .none
        case .failure:
            authFailures += 1
            if authFailures >= services.limits.maxAuthFailures {
                await output.send(line("\(tag) NO [AUTHENTICATIONFAILED] Authentication failed"))
                await output.send(line("* BYE Too many failed logins"))
                return .close
            }
            await output.send(line("\(tag) NO [AUTHENTICATIONFAILED] Authentication failed"))
            return .none
        case .unavailable:
            await output.send(line("\(tag) NO [UNAVAILABLE] Temporary authentication failure, try again later"))
            await output.send(line("* BYE Closing"))
            return .close
        }
    }

    /// SASL PLAIN (RFC 4616): `authzid NUL authcid NUL password`, base64. An authorization
    /// identity other than the user is refused.
    func plain(tag: String, response: [UInt8], output: some IMAPOutput) async -> IMAPEffect {
        switch SASLPlain(response: String(decoding: response, as: UTF8.self)) {
        case .credentials(let user, let password):
            return await login(tag: tag, user: user, password: password, mechanism: "PLAIN", output: output)
        case .cancelled: await output.send(line("\(tag) BAD AUTHENTICATE cancelled"))
        case .invalidBase64: await output.send(line("\(tag) BAD Invalid base64"))
        case .malformed: await output.send(line("\(tag) BAD Invalid PLAIN response"))
        case .foreignAuthorizationIdentity: await output.send(line("\(tag) NO [AUTHORIZATIONFAILED] Authorization identity refused"))
        }
        return .none
    }

    /// The client's line after `+ ` in AUTHENTICATE.
    public func authenticateResponse(_ response: [UInt8], output: some IMAPOutput) async -> IMAPEffect {
        guard let command = pendingSASL else { return .none }
        pendingSASL = nil
        return await plain(tag: command.tag, response: response, output: output)
    }

    // MARK: - IDLE

    /// While idling: report what changed.
    /// False when the connection must end (the folder is gone).
    public func idlePoll(output: some IMAPOutput) async -> Bool {
        if state == .selected { await refresh(output: output, reportExpunges: true) }
        return !mailboxGone
    }

    /// The client's line during IDLE: DONE ends it.
    public func idleLine(_ text: [UInt8], output: some IMAPOutput) async -> Bool {
        guard let command = pendingIdle else { return true }
        guard String(decoding: text, as: UTF8.self).uppercased() == "DONE" else {
            await output.send(line("\(command.tag) BAD Expected DONE"))
            pendingIdle = nil
            return true
        }
        pendingIdle = nil
        await output.send(line("\(command.tag) OK IDLE terminated"))
        return true
    }

    // MARK: - Mailboxes

    func select(_ name: String, readOnly: Bool, store: MailStore, tag: String, output: some IMAPOutput) async throws {
        deselect()
        let folder = try store.folder(name)
        guard folder.exists else { throw MailboxError.noSuchFolder(name) }
        let snapshot = try folder.sync(claimNew: !readOnly)
        self.folder = folder
        folderName = name
        self.readOnly = readOnly
        messages = snapshot.messages
        uidValidity = snapshot.validity
        uidNext = snapshot.nextUID
        recent = Set(snapshot.messages.filter(\.recent).map(\.uid))
        state = .selected
        let flags = "\\Answered \\Flagged \\Deleted \\Seen \\Draft"
        await output.send(line("* FLAGS (\(flags))"))
        await output.send(line("* OK [PERMANENTFLAGS (\(readOnly ? "" : flags))] Flags permitted"))
        await output.send(line("* \(messages.count) EXISTS"))
        await output.send(line("* \(recent.count) RECENT"))
        if let first = messages.firstIndex(where: { !$0.flags.contains(.seen) }) {
            await output.send(line("* OK [UNSEEN \(first + 1)] First unseen"))
        }
        await output.send(line("* OK [UIDVALIDITY \(uidValidity)] UIDs valid"))
        await output.send(line("* OK [UIDNEXT \(uidNext)] Predicted next UID"))
        await output.send(line("\(tag) OK [\(readOnly ? "READ-ONLY" : "READ-WRITE")] \(readOnly ? "EXAMINE" : "SELECT") completed"))
    }

    func deselect() {
        folder = nil
        folderName = ""
        lastStamp = nil
        messages = []
        sizes = [:]
        recent = []
        if state == .selected { state = .authenticated }
    }

    func list(reference: String, pattern: String, subscribedOnly: Bool, store: MailStore, output: some IMAPOutput) async {
        if pattern.isEmpty && !subscribedOnly {
            await output.send(line("* LIST (\\Noselect) \".\" \"\""))
            return
        }
        let full = reference + pattern
        let names = store.folderNames()
        let subscribed = Set(store.subscriptions())
        for name in names {
            let candidate = name == "INBOX" ? "INBOX" : name
            let matchPattern = name == "INBOX" && full.uppercased().hasPrefix("INBOX") ? "INBOX" + full.dropFirst(5) : full
            guard MailStore.matches(candidate, pattern: matchPattern) else { continue }
            if subscribedOnly && !subscribed.contains(name) && name != "INBOX" { continue }
            var attributes: [String] = []
            let prefix = name + "."
            attributes.append(names.contains { $0.hasPrefix(prefix) } ? "\\HasChildren" : "\\HasNoChildren")
            if let use = store.specialUse(name), !subscribedOnly { attributes.append(use) }
            var w = IMAPResponseWriter()
            w.raw("* \(subscribedOnly ? "LSUB" : "LIST") (\(attributes.joined(separator: " "))) \".\" ")
            w.mailbox(name)
            w.raw("\r\n")
            await output.send(w.bytes)
        }
    }

    func status(_ name: String, items: [IMAPCommand.StatusItem], store: MailStore, output: some IMAPOutput) async throws {
        let folder = try store.folder(name)
        guard folder.exists else { throw MailboxError.noSuchFolder(name) }
        let snapshot = try folder.sync(claimNew: false)
        var parts: [String] = []
        for item in items {
            let value: Int
            switch item {
            case .messages: value = snapshot.messages.count
            case .recent: value = snapshot.messages.filter(\.recent).count
            case .uidNext: value = Int(snapshot.nextUID)
            case .uidValidity: value = Int(snapshot.validity)
            case .unseen: value = snapshot.messages.filter { !$0.flags.contains(.seen) }.count
            }
            parts.append("\(item.rawValue) \(value)")
        }
        var w = IMAPResponseWriter()
        w.raw("* STATUS ")
        w.mailbox(name)
        w.raw(" (\(parts.joined(separator: " ")))\r\n")
        await output.send(w.bytes)
    }

    func append(_ name: String, flags: [String], date: String?, literal: IMAPLiteral, store: MailStore, tag: String, output: some IMAPOutput) async throws {
        let folder = try store.folder(name)
        guard folder.exists else {
            if case .file(let path, _) = literal { unlink(path) }
            await output.send(line("\(tag) NO [TRYCREATE] Mailbox does not exist"))
            return
        }
        var internalDate: Date?
        if let date {
            guard let parsed = IMAPDateTime.parse(date) else {
                if case .file(let path, _) = literal { unlink(path) }
                await output.send(line("\(tag) BAD Invalid date-time"))
                return
            }
            internalDate = parsed
        }
        guard literal.size > 0 else {
            await output.send(line("\(tag) NO Empty message"))
            return
        }
        guard literal.size <= services.limits.maxMessageSize else {
            if case .file(let path, _) = literal { unlink(path) }
            await output.send(line("\(tag) NO [TOOBIG] Message larger than \(services.limits.maxMessageSize) octets"))
            return
        }
        let source: String
        switch literal {
        case .bytes(let bytes): source = try folder.writeTemporary(LineEnds.toLF(bytes))
        case .file(let path, _): source = path
        }
        let added: (uid: UInt32, validity: UInt32)
        do {
            added = try folder.add(contentsOf: source, copy: false, flags: MessageFlags(names: flags), internalDate: internalDate)
        } catch {
            unlink(source)
            throw error
        }
        if state == .selected, folder.path == self.folder?.path { await refresh(output: output, reportExpunges: false) }
        await output.send(line("\(tag) OK [APPENDUID \(added.validity) \(added.uid)] APPEND completed"))
    }
}

/// Maildir files keep LF line ends, as local delivery writes them; IMAP shows CRLF.
enum LineEnds {
    static func toLF(_ bytes: [UInt8]) -> [UInt8] {
        var converter = CRLFToLF()
        var out = converter.convert(bytes[...])
        out += converter.finish()
        return out
    }
}

/// CRLF → LF over a stream cut anywhere (a CR at the end of one piece, its LF in the next).
struct CRLFToLF {
    var pendingCR = false

    mutating func convert(_ bytes: ArraySlice<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        for byte in bytes {
            if pendingCR {
                pendingCR = false
                if byte != 0x0A { out.append(0x0D) }
            }
            if byte == 0x0D {
                pendingCR = true
            } else {
                out.append(byte)
            }
        }
        return out
    }

    mutating func finish() -> [UInt8] {
        defer { pendingCR = false }
        return pendingCR ? [0x0D] : []
    }
}
