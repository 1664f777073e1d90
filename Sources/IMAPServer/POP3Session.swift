import Foundation
import HaetaeEvents
import HaetaeMailbox
import Logging
import MailCore
import IMAPProtocol
import POP3Protocol

/// One POP3 session (RFC 1939): AUTHORIZATION, then TRANSACTION over a snapshot of the user's
/// INBOX (the messages as they were at login, numbered from 1), then UPDATE at QUIT, which
/// removes the messages marked with DELE. A connection that ends without QUIT removes nothing.
public actor POP3Session: MailAccessSession {
    enum State { case authorization, transaction, done }

    let services: MailAccessServices
    let client: String
    var tlsActive: Bool
    let tlsAvailable: Bool
    var state = State.authorization
    var pendingUser: String?
    var pendingSASL = false
    var authFailures = 0
    var badCommands = 0
    var logger: Logger
    var folder: MaildirFolder?
    var messages: [FolderMessage] = []
    var sizes: [Int] = []
    var deleted = Set<Int>()
    var validity: UInt32 = 0

    public init(services: MailAccessServices, client: String, tlsActive: Bool, tlsAvailable: Bool, logger: Logger) {
        self.services = services
        self.client = client
        self.tlsActive = tlsActive
        self.tlsAvailable = tlsAvailable
        self.logger = logger
    }

    var plaintextAllowed: Bool { tlsActive || IMAPSession.isLoopback(client) }

    public func tlsEstablished() { tlsActive = true }
    public var isAuthenticated: Bool { state != .authorization }

    public func greeting() -> [UInt8] { Array("+OK \(services.hostname) Haetae POP3 ready\r\n".utf8) }

    func line(_ text: String) -> [UInt8] { Array((text + "\r\n").utf8) }

    public func handle(_ segments: [IMAPCommandSegment], output: some IMAPOutput) async -> IMAPEffect {
        if case .text(let line)? = segments.first { return await handle(line, output: output) }
        return .none
    }

    public func authenticateResponse(_ line: [UInt8], output: some IMAPOutput) async -> IMAPEffect {
        await handle(line, output: output)
    }

    /// POP3 has no IDLE.
    public func idlePoll(output: some IMAPOutput) async -> Bool { true }
    public func idleLine(_ line: [UInt8], output: some IMAPOutput) async -> Bool { true }

    /// Runs one command line (without CRLF).
    public func handle(_ raw: [UInt8], output: some IMAPOutput) async -> IMAPEffect {
        if pendingSASL {
            pendingSASL = false
            return await plain(String(decoding: raw, as: UTF8.self), output: output)
        }
        guard raw.count <= POP3Command.maxLine else {
            await output.send(line("-ERR Command line too long"))
            return await bad(output)
        }
        switch POP3Command.parse(String(decoding: raw, as: UTF8.self)) {
        case .failure(.unknown(let name)):
            await output.send(line("-ERR Unknown command \(name.filter { $0.isASCII && !$0.isWhitespace })"))
            return await bad(output)
        case .failure(.syntax(let why)):
            await output.send(line("-ERR \(why)"))
            return await bad(output)
        case .success(let command):
            return await run(command, output: output)
        }
    }

    func bad(_ output: some IMAPOutput) async -> IMAPEffect {
        badCommands += 1
        guard badCommands > services.limits.maxBadCommands else { return .none }
        await output.send(line("-ERR Too many invalid commands"))
        return .close
    }

    func run(_ command: POP3Command, output: some IMAPOutput) async -> IMAPEffect {
        switch command {
        case .capa:
            var lines = ["+OK Capability list follows", "TOP", "UIDL", "RESP-CODES", "AUTH-RESP-CODE", "PIPELINING", "IMPLEMENTATION Haetae"]
            if state == .authorization {
                if tlsAvailable && !tlsActive { lines.append("STLS") }
                if plaintextAllowed { lines += ["USER", "SASL PLAIN"] }
            }
            await output.send(Array((lines + ["."]).map { $0 + "\r\n" }.joined().utf8))
            return .none
        case .quit:
            if state == .transaction, let folder {
                let doomed = deleted.sorted().map { messages[$0] }
                do {
                    _ = try folder.expunge(doomed)
                } catch {
                    await output.send(line("-ERR [SYS/TEMP] Some deleted messages were not removed"))
                    return .close
                }
            }
            state = .done
            await output.send(line("+OK Bye"))
            return .close
        case .noop:
            guard state == .transaction else { return await notYet(output) }
            await output.send(line("+OK"))
            return .none
        case .stls:
            guard state == .authorization, tlsAvailable, !tlsActive else {
                await output.send(line("-ERR TLS is not available or already active"))
                return .none
            }
            await output.send(line("+OK Begin TLS negotiation"))
            return .startTLS
        case .user(let name):
            guard state == .authorization else { return await already(output) }
            guard plaintextAllowed else { return await privacyRequired(output) }
            pendingUser = name
            await output.send(line("+OK"))
            return .none
        case .pass(let password):
            guard state == .authorization else { return await already(output) }
            guard plaintextAllowed else { return await privacyRequired(output) }
            guard let name = pendingUser else {
                await output.send(line("-ERR USER first"))
                return .none
            }
            pendingUser = nil
            return await login(name, password, mechanism: "USER", output: output)
        case .auth(let mechanism, let initial):
            guard state == .authorization else { return await already(output) }
            guard let mechanism else {
                await output.send(line("+OK\r\nPLAIN\r\n."))
                return .none
            }
            guard mechanism == "PLAIN" else {
                await output.send(line("-ERR Unsupported mechanism"))
                return .none
            }
            guard plaintextAllowed else { return await privacyRequired(output) }
            guard let initial else {
                pendingSASL = true
                await output.send(line("+ "))
                return .saslContinue
            }
            return await plain(initial, output: output)
        case .stat, .list, .uidl, .retr, .dele, .top, .rset:
            guard state == .transaction else { return await notYet(output) }
            return await transaction(command, output: output)
        }
    }

    func notYet(_ output: some IMAPOutput) async -> IMAPEffect {
        await output.send(line("-ERR Log in first"))
        return .none
    }

    func already(_ output: some IMAPOutput) async -> IMAPEffect {
        await output.send(line("-ERR Already logged in"))
        return .none
    }

    func privacyRequired(_ output: some IMAPOutput) async -> IMAPEffect {
        await output.send(line("-ERR [AUTH] Use STLS (or port 995) before logging in"))
        return .none
    }

    /// SASL PLAIN (RFC 4616), as IMAP takes it.
    func plain(_ response: String, output: some IMAPOutput) async -> IMAPEffect {
        switch SASLPlain(response: response) {
        case .credentials(let user, let password):
            return await login(user, password, mechanism: "PLAIN", output: output)
        case .cancelled: await output.send(line("-ERR AUTH cancelled"))
        case .invalidBase64: await output.send(line("-ERR Invalid base64"))
        case .malformed: await output.send(line("-ERR Invalid PLAIN response"))
        case .foreignAuthorizationIdentity: await output.send(line("-ERR [AUTH] Authorization identity refused"))
        }
        return .none
    }

    func login(_ name: String, _ password: String, mechanism: String, output: some IMAPOutput) async -> IMAPEffect {
        switch await services.logIn(name, password, client: client, mechanism: mechanism, listener: "pop3", logger: logger) {
        case .success(let account):
            let store = MailStore(mailRoot: services.mailRoot, user: account)
            do {
                try store.prepare()
                let inbox = try store.folder("INBOX")
                let snapshot = try inbox.sync()
                folder = inbox
                messages = snapshot.messages
                validity = snapshot.validity
                sizes = messages.map { message in MessageFile.wireSize(atPath: inbox.filePath(message)) ?? 0 }
            } catch {
                logger.record(.connectionError, level: .error, ["ip": client, "listener": "pop3", "user": account, "error": "\(error)"])
                await output.send(line("-ERR [SYS/TEMP] Mailbox not available, try again later"))
                return .none
            }
            state = .transaction
            logger[metadataKey: "user"] = .string(account)
            await output.send(line("+OK Logged in, \(messages.count) messages"))
            return .none
        case .failure:
            authFailures += 1
            await output.send(line("-ERR [AUTH] Authentication failed"))
            return authFailures >= services.limits.maxAuthFailures ? .close : .none
        case .unavailable:
            await output.send(line("-ERR [SYS/TEMP] Temporary authentication failure, try again later"))
            return .close
        }
    }

    // MARK: TRANSACTION

    /// The index of message `n` (1-based) if it exists and is not marked deleted.
    func index(_ n: Int) -> Int? {
        guard n >= 1, n <= messages.count, !deleted.contains(n - 1) else { return nil }
        return n - 1
    }

    func uniqueID(_ index: Int) -> String { "\(validity).\(messages[index].uid)" }

    func transaction(_ command: POP3Command, output: some IMAPOutput) async -> IMAPEffect {
        let live = messages.indices.filter { !deleted.contains($0) }
        func noSuchMessage() async { await output.send(line("-ERR No such message")) }
        switch command {
        case .stat:
            await output.send(line("+OK \(live.count) \(live.reduce(0) { $0 + sizes[$1] })"))
        case .list(let n), .uidl(let n):
            let isList: Bool
            if case .list = command { isList = true } else { isList = false }
            func entry(_ i: Int) -> String { "\(i + 1) \(isList ? String(sizes[i]) : uniqueID(i))" }
            if let n {
                guard let i = index(n) else { await noSuchMessage(); return .none }
                await output.send(line("+OK \(entry(i))"))
            } else {
                var text = "+OK \(live.count) messages\r\n"
                for i in live {
                    text += entry(i) + "\r\n"
                    if text.utf8.count > 65_536 {
                        guard await output.send(Array(text.utf8)) else { return .close }
                        text = ""
                    }
                }
                await output.send(Array((text + ".\r\n").utf8))
            }
        case .retr(let n), .top(let n, _):
            guard let i = index(n), let folder else { await noSuchMessage(); return .none }
            guard let path = folder.currentPath(messages[i]), let text = MessageFile.wireText(atPath: path) else {
                await output.send(line("-ERR [SYS/TEMP] Message no longer exists"))
                return .none
            }
            var bodyLines: Int?
            if case .top(_, let count) = command { bodyLines = count }
            let stuffed = POP3DotStuffing.multiline(text[...], bodyLines: bodyLines)
            guard await output.send(line("+OK \(bodyLines == nil ? "\(sizes[i]) octets" : "")")) else { return .close }
            var start = 0
            while start < stuffed.count {
                let end = min(start + IMAPSession.writeChunk, stuffed.count)
                guard await output.send(Array(stuffed[start..<end])) else { return .close }
                start = end
            }
        case .dele(let n):
            guard let i = index(n) else { await noSuchMessage(); return .none }
            deleted.insert(i)
            await output.send(line("+OK Marked for deletion"))
        case .rset:
            deleted.removeAll()
            await output.send(line("+OK \(messages.count) messages"))
        default:
            break
        }
        return .none
    }
}
