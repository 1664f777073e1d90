
/// The start of an outbound session as a value: greeting, EHLO (HELO when refused), STARTTLS and
/// AUTH PLAIN as the next hop's policy says; replies in, actions out. Pure — the delivery agent
/// executes the actions on its connection (including the TLS upgrade), tests drive it with
/// replies alone. What follows is an `SMTPClientTransaction`.
///
/// - SeeAlso: RFC 5321 §3.1 (greeting), §4.1.1.1 (EHLO/HELO), RFC 3207 (STARTTLS), RFC 4954 and
///   RFC 4616 (AUTH PLAIN).
public struct SMTPClientHandshake: Sendable {
    public enum STARTTLSPolicy: Sendable, Hashable {
        /// Never upgrade.
        case never
        /// Upgrade when offered; go on in plaintext otherwise or when refused.
        case whenOffered
        /// Upgrade or give up.
        case required
    }

    public enum Action: Sendable, Hashable {
        /// Read a reply and `receive` it.
        case awaitReply
        /// Write this command line, then read a reply and `receive` it.
        case send(String)
        /// Upgrade the connection to TLS, then call `tlsStarted`.
        case startTLS
        case finished(Result)
    }

    /// Why the session cannot carry mail.
    public enum Refusal: Sendable, Hashable {
        /// Not 220: this host refuses us (another MX may not).
        case greeting(SMTPWireReply)
        /// EHLO and then HELO refused (HELO's reply).
        case helo(SMTPWireReply)
        /// The server calls itself by our own name: the mail would loop.
        case loop
        /// TLS is required and STARTTLS is not offered.
        case tlsNotOffered
        /// TLS is required and STARTTLS was refused.
        case startTLSRefused(SMTPWireReply)
        /// EHLO refused after the upgrade.
        case ehloAfterTLS(SMTPWireReply)
        /// Credentials would go in plaintext.
        case credentialsWithoutTLS
        /// Credentials are configured and AUTH is not offered.
        case authNotOffered
        /// AUTH refused.
        case auth(SMTPWireReply)
    }

    public enum Result: Sendable, Hashable {
        case ready(ServerExtensions, tls: Bool)
        case refused(Refusal)
    }

    /// AUTH PLAIN credentials; the description never shows the password.
    public struct Credentials: Sendable, Hashable, CustomStringConvertible {
        public var username: String
        public var password: String

        public init(username: String, password: String) {
            self.username = username
            self.password = password
        }

        /// RFC 4616: `authzid NUL authcid NUL passwd`, authorization identity empty, in Base64.
        var plainToken: String { Base64.encode(Array("\u{0}\(username)\u{0}\(password)".utf8)) }

        public var description: String { "Credentials(\(username), password hidden)" }
    }

    private enum State: Sendable {
        case idle, greeting, ehlo, helo, startTLS, upgrading, ehloAfterTLS, auth, finished
    }

    public let heloName: String
    public let tls: STARTTLSPolicy
    public let credentials: Credentials?
    private var state = State.idle
    private var extensions = ServerExtensions()
    private var secured = false

    public init(heloName: String, tls: STARTTLSPolicy, credentials: Credentials? = nil) {
        self.heloName = heloName
        self.tls = tls
        self.credentials = credentials
    }

    public mutating func start() -> Action {
        guard case .idle = state else { return .awaitReply }
        state = .greeting
        return .awaitReply
    }

    public mutating func receive(_ reply: SMTPWireReply) -> Action {
        switch state {
        case .idle, .upgrading, .finished:
            return .awaitReply
        case .greeting:
            guard reply.code == 220 else { return finish(.refused(.greeting(reply))) }
            state = .ehlo
            return .send("EHLO \(heloName)")
        case .ehlo:
            guard reply.code == 250 else {
                state = .helo
                return .send("HELO \(heloName)")
            }
            if let name = reply.lines.first?.split(separator: " ").first, name.lowercased() == heloName.lowercased() {
                return finish(.refused(.loop))
            }
            extensions = ServerExtensions(ehloLines: reply.lines)
            return afterGreeting()
        case .helo:
            guard reply.code == 250 else { return finish(.refused(.helo(reply))) }
            return afterGreeting()
        case .startTLS:
            if reply.code == 220 {
                state = .upgrading
                return .startTLS
            }
            if tls == .required { return finish(.refused(.startTLSRefused(reply))) }
            return authenticate()
        case .ehloAfterTLS:
            guard reply.code == 250 else { return finish(.refused(.ehloAfterTLS(reply))) }
            extensions = ServerExtensions(ehloLines: reply.lines)
            return authenticate()
        case .auth:
            guard reply.code == 235 else { return finish(.refused(.auth(reply))) }
            return finish(.ready(extensions, tls: secured))
        }
    }

    /// The connection now speaks TLS: greet again (RFC 3207 §4.2: forget what was offered before).
    public mutating func tlsStarted() -> Action {
        guard case .upgrading = state else { return .awaitReply }
        secured = true
        extensions = ServerExtensions()
        state = .ehloAfterTLS
        return .send("EHLO \(heloName)")
    }

    private mutating func afterGreeting() -> Action {
        if tls != .never && extensions.offers("STARTTLS") {
            state = .startTLS
            return .send("STARTTLS")
        }
        if tls == .required { return finish(.refused(.tlsNotOffered)) }
        return authenticate()
    }

    private mutating func authenticate() -> Action {
        guard let credentials else { return finish(.ready(extensions, tls: secured)) }
        guard secured || tls == .never else { return finish(.refused(.credentialsWithoutTLS)) }
        guard extensions.offers("AUTH") else { return finish(.refused(.authNotOffered)) }
        state = .auth
        return .send("AUTH PLAIN \(credentials.plainToken)")
    }

    private mutating func finish(_ result: Result) -> Action {
        state = .finished
        return .finished(result)
    }
}
