import MailCore
/// Which role a listener plays; decides what AUTH and relay are allowed.
public enum ListenerKind: String, Sendable, Hashable, CaseIterable {
    /// Port 25: receives mail for local domains, no AUTH.
    case mx
    /// Port 587: STARTTLS, then mandatory AUTH (RFC 6409).
    case submission
    /// Port 465: implicit TLS, mandatory AUTH (RFC 8314).
    case submissions
}

/// Static settings of one session.
public struct SMTPSessionConfiguration: Sendable {
    public var hostname: String
    public var listener: ListenerKind
    /// A certificate is loaded, so STARTTLS can be offered.
    public var tlsAvailable: Bool
    public var maxMessageSize: Int
    public var maxRecipients: Int
    /// Recipients accepted over the whole session (the EMWAC "Max RCP" idea across messages).
    public var maxRecipientsPerSession: Int
    public var maxErrors: Int
    public var authMechanisms: [SASLMechanism]

    public init(
        hostname: String, listener: ListenerKind, tlsAvailable: Bool = true,
        maxMessageSize: Int = SMTPLimits.defaultMaxMessageSize,
        maxRecipients: Int = SMTPLimits.defaultMaxRecipients,
        maxRecipientsPerSession: Int = 1_000,
        maxErrors: Int = SMTPLimits.defaultMaxErrors,
        authMechanisms: [SASLMechanism] = [.plain, .login]
    ) {
        self.hostname = hostname
        self.listener = listener
        self.tlsAvailable = tlsAvailable
        self.maxMessageSize = maxMessageSize
        self.maxRecipients = maxRecipients
        self.maxRecipientsPerSession = maxRecipientsPerSession
        self.maxErrors = maxErrors
        self.authMechanisms = authMechanisms
    }

    /// AUTH is offered only on the submission listeners.
    public var authOffered: Bool { listener != .mx && !authMechanisms.isEmpty }
}

/// `BODY=` values of RFC 6152.
public enum BodyType: String, Sendable, Hashable, Codable {
    case sevenBit = "7BIT"
    case eightBitMIME = "8BITMIME"
}

/// A recipient the server accepted, with the address it resolved to.
public struct AcceptedRecipient: Hashable, Sendable {
    public var path: ForwardPath
    /// The address as the directory knows it (`postmaster@host` for `<Postmaster>`).
    public var address: String
    /// Acknowledged but not delivered (an access rule said DISCARD).
    public var discard: Bool

    public init(path: ForwardPath, address: String, discard: Bool = false) {
        self.path = path
        self.address = address
        self.discard = discard
    }
}

/// A mail transaction being built: MAIL, then RCPTs, then DATA.
public struct SMTPTransaction: Hashable, Sendable {
    public var reversePath: ReversePath
    public var bodyType: BodyType
    public var smtpUTF8: Bool
    public var declaredSize: Int?
    public var recipients: [AcceptedRecipient] = []
    /// RCPT commands accepted in this transaction, duplicates included: what
    /// `maxRecipients` limits (1,200 RCPTs for one mailbox are 1,200 recipients).
    public var recipientCommands = 0
    /// The whole message is acknowledged and dropped (sender matched a DISCARD rule).
    public var discard = false

    /// Recipients that are really to be delivered.
    public var deliverableRecipients: [AcceptedRecipient] {
        discard ? [] : recipients.filter { !$0.discard }
    }
}

/// The outcome of checking MAIL FROM, decided outside the pure core.
public enum SenderDecision: Hashable, Sendable {
    case accept
    /// Acknowledge the message, then drop it.
    case discard
    case reject(SMTPReply)
}

/// The outcome of looking a recipient up, decided outside the pure core.
public enum RecipientDecision: Hashable, Sendable {
    case accept(address: String)
    /// Acknowledge the recipient, deliver nothing to it.
    case discard(address: String)
    case reject(SMTPReply)
}

/// What the I/O layer must do next. The handler only executes these.
public enum SMTPSessionAction: Hashable, Sendable {
    /// Send a reply and go on reading.
    case reply(SMTPReply)
    /// Send a reply and close the connection.
    case replyAndClose(SMTPReply)
    /// Send the 220 reply, discard any buffered plaintext, and start the TLS handshake.
    case startTLS(SMTPReply)
    /// Check these credentials and call `authenticationFinished`.
    case verifyCredentials(SASLCredentials)
    /// Decide this sender and call `senderDecided`.
    case checkSender(ReversePath)
    /// Decide this recipient and call `recipientDecided`.
    case checkRecipient(ForwardPath)
    /// Send the 354 reply and switch the input to DATA framing.
    case receiveData(SMTPReply)
    /// Make the message durable, then call `messageQueued` or `queueFailed`.
    case enqueue(SMTPTransaction)
    /// Every recipient (or the sender) was DISCARD: reply, queue nothing.
    case discardMessage(SMTPReply)
}

/// The SMTP server session as a value: commands in, actions out. No I/O.
///
/// - SeeAlso: RFC 5321 §4.1.4 (order of commands), §4.3.2 (replies per command).
public struct SMTPSession: Sendable {
    public enum Phase: Hashable, Sendable {
        /// No EHLO/HELO yet (also right after STARTTLS).
        case initial
        /// Greeted; no transaction.
        case ready
        /// Waiting for the I/O layer to answer `.checkSender`.
        case awaitingSender
        /// MAIL accepted; RCPTs may follow.
        case transaction
        /// Waiting for the I/O layer to answer `.checkRecipient`.
        case awaitingRecipient
        /// In an AUTH exchange, waiting for the client's next line.
        case authenticating(AuthStep)
        /// Waiting for the I/O layer to answer `.verifyCredentials`.
        case awaitingCredentialCheck
        /// Reading DATA.
        case data
        /// Waiting for the spool.
        case awaitingQueue
        /// QUIT or a fatal error: nothing more is read.
        case closed
    }

    public enum AuthStep: Hashable, Sendable {
        case plainResponse
        case loginUsername
        case loginPassword(username: String)
    }

    public let configuration: SMTPSessionConfiguration
    public private(set) var phase: Phase = .initial
    public private(set) var tlsActive: Bool
    public private(set) var heloName: String?
    public private(set) var usedEHLO = false
    public private(set) var authenticatedUser: String?
    public private(set) var transaction: SMTPTransaction?
    public private(set) var errorCount = 0
    public private(set) var messagesAccepted = 0
    /// Recipients accepted in this session, over all transactions.
    public private(set) var recipientsAccepted = 0
    private var pendingTransaction: SMTPTransaction?

    public init(configuration: SMTPSessionConfiguration, tlsActive: Bool = false) {
        self.configuration = configuration
        self.tlsActive = tlsActive
    }

    /// True while the next input line is a SASL response rather than a command.
    public var expectsAuthResponse: Bool {
        if case .authenticating = phase { return true }
        return false
    }

    /// True while the I/O layer owes an answer (a sender, a recipient, credentials, the queue).
    public var isAwaitingAnswer: Bool {
        switch phase {
        case .awaitingSender, .awaitingRecipient, .awaitingCredentialCheck, .awaitingQueue: return true
        default: return false
        }
    }

    public var greeting: SMTPReply {
        SMTPReply(220, nil, "\(configuration.hostname) ESMTP Haetae")
    }

    // MARK: - Errors

    private mutating func fail(_ reply: SMTPReply) -> SMTPSessionAction {
        errorCount += 1
        if errorCount >= configuration.maxErrors {
            phase = .closed
            return .replyAndClose(.tooManyErrors)
        }
        return .reply(reply)
    }

    /// A line that was too long for the command phase.
    public mutating func commandLineTooLong() -> SMTPSessionAction {
        fail(.lineTooLong)
    }

    public mutating func timedOut() -> SMTPSessionAction {
        phase = .closed
        return .replyAndClose(.timeout)
    }

    // MARK: - Commands

    public mutating func receive(_ outcome: SMTPCommandParser.Outcome) -> SMTPSessionAction {
        switch outcome {
        case .error(let reply):
            return fail(reply)
        case .command(let command):
            return receive(command)
        }
    }

    public mutating func receive(_ command: SMTPCommand) -> SMTPSessionAction {
        switch phase {
        case .initial, .ready, .transaction:
            break
        case .closed:
            return .replyAndClose(.shuttingDown)
        default:
            // The I/O layer serialises commands; reaching here is a bug in it, not the client.
            return .reply(.localError)
        }
        switch command {
        case .ehlo(let name), .helo(let name):
            heloName = name
            if case .ehlo = command { usedEHLO = true } else { usedEHLO = false }
            transaction = nil
            phase = .ready
            if case .helo = command {
                return .reply(SMTPReply(250, nil, "\(configuration.hostname)"))
            }
            return .reply(SMTPReply(250, nil, ehloLines(client: name)))
        case .mail(let path, let parameters):
            return mail(path, parameters)
        case .rcpt(let path, let parameters):
            return rcpt(path, parameters)
        case .data:
            guard let transaction else { return fail(.badSequence("Need MAIL command")) }
            guard !transaction.recipients.isEmpty else { return fail(.noValidRecipients) }
            phase = .data
            return .receiveData(.startData)
        case .rset:
            transaction = nil
            pendingTransaction = nil
            if phase != .initial { phase = .ready }
            return .reply(.resetOk)
        case .noop:
            return .reply(.noopOk)
        case .quit:
            phase = .closed
            return .replyAndClose(SMTPReply(221, .init(2, 0, 0), "\(configuration.hostname) closing connection"))
        case .vrfy:
            return .reply(.vrfyCannotVerify)
        case .expn:
            return fail(SMTPReply(502, .init(5, 5, 1), "EXPN not available"))
        case .help:
            return .reply(
                SMTPReply(
                    214, .init(2, 0, 0),
                    ["Commands: EHLO HELO MAIL RCPT DATA RSET NOOP QUIT VRFY HELP STARTTLS AUTH",
                     "See RFC 5321"]))
        case .starttls:
            return startTLS()
        case .auth(let mechanism, let initialResponse):
            return auth(mechanism: mechanism, initialResponse: initialResponse)
        }
    }

    private func ehloLines(client: String) -> [String] {
        var lines = ["\(configuration.hostname) Hello \(client)"]
        lines.append("PIPELINING")
        lines.append("SIZE \(configuration.maxMessageSize)")
        lines.append("8BITMIME")
        lines.append("ENHANCEDSTATUSCODES")
        lines.append("SMTPUTF8")
        if configuration.tlsAvailable && !tlsActive { lines.append("STARTTLS") }
        if configuration.authOffered && tlsActive {
            lines.append("AUTH " + configuration.authMechanisms.map(\.rawValue).joined(separator: " "))
        }
        lines.append("HELP")
        return lines
    }

    private mutating func mail(_ path: ReversePath, _ parameters: [ESMTPParameter]) -> SMTPSessionAction {
        guard phase != .initial else { return fail(.badSequence("Send HELO/EHLO first")) }
        guard transaction == nil else { return fail(.badSequence("Nested MAIL command")) }
        if configuration.listener != .mx && authenticatedUser == nil {
            if !tlsActive { return fail(.mustStartTLS) }
            return fail(.authRequired)
        }
        var bodyType = BodyType.sevenBit
        var smtpUTF8 = false
        var declaredSize: Int?
        var seen = Set<String>()
        for parameter in parameters {
            guard usedEHLO else { return fail(.unknownParameter) }
            guard seen.insert(parameter.keyword).inserted else {
                return fail(.syntaxError("Duplicate MAIL parameter \(parameter.keyword)"))
            }
            switch parameter.keyword {
            case "SIZE":
                guard let text = parameter.value, text.utf8.count <= 18, let size = Int(text), size >= 0 else {
                    return fail(.syntaxError("Bad SIZE parameter"))
                }
                if size > configuration.maxMessageSize { return fail(.messageTooBig) }
                declaredSize = size
            case "BODY":
                switch parameter.value?.uppercased() {
                case "7BIT": bodyType = .sevenBit
                case "8BITMIME": bodyType = .eightBitMIME
                default: return fail(SMTPReply(555, .init(5, 5, 4), "Unsupported BODY type"))
                }
            case "SMTPUTF8":
                guard parameter.value == nil else { return fail(.syntaxError("SMTPUTF8 takes no value")) }
                smtpUTF8 = true
            case "AUTH":
                // RFC 4954 §5: accepted and not trusted; we do not relay an AUTH= identity onward.
                guard parameter.value != nil else { return fail(.syntaxError("Bad AUTH parameter")) }
            default:
                return fail(.unknownParameter)
            }
        }
        if let mailbox = path.mailbox, mailbox.needsSMTPUTF8, !smtpUTF8 {
            return fail(.smtpUTF8Required)
        }
        pendingTransaction = SMTPTransaction(
            reversePath: path, bodyType: bodyType, smtpUTF8: smtpUTF8, declaredSize: declaredSize)
        phase = .awaitingSender
        return .checkSender(path)
    }

    /// The answer to `.checkSender`.
    public mutating func senderDecided(_ decision: SenderDecision) -> SMTPSessionAction {
        guard phase == .awaitingSender, var pending = pendingTransaction else { return .reply(.localError) }
        pendingTransaction = nil
        phase = .ready
        switch decision {
        case .accept, .discard:
            pending.discard = decision == .discard
            transaction = pending
            phase = .transaction
            return .reply(.senderOk)
        case .reject(let reply):
            return fail(reply)
        }
    }

    private mutating func rcpt(_ path: ForwardPath, _ parameters: [ESMTPParameter]) -> SMTPSessionAction {
        guard let transaction else { return fail(.badSequence("Need MAIL command")) }
        guard parameters.isEmpty else { return fail(.unknownParameter) }
        if case .mailbox(let mailbox) = path, mailbox.needsSMTPUTF8, !transaction.smtpUTF8 {
            return fail(.smtpUTF8Required)
        }
        guard transaction.recipientCommands < configuration.maxRecipients else {
            return fail(.tooManyRecipients)
        }
        guard recipientsAccepted < configuration.maxRecipientsPerSession else {
            return fail(SMTPReply(452, .init(4, 5, 3), "Too many recipients in this session"))
        }
        phase = .awaitingRecipient
        return .checkRecipient(path)
    }

    /// The answer to `.checkRecipient`.
    public mutating func recipientDecided(_ path: ForwardPath, _ decision: RecipientDecision) -> SMTPSessionAction {
        guard phase == .awaitingRecipient, transaction != nil else { return .reply(.localError) }
        phase = .transaction
        switch decision {
        case .accept(let address), .discard(let address):
            transaction!.recipientCommands += 1
            if transaction!.recipients.contains(where: { $0.address == address }) {
                // A duplicate is acknowledged but delivered once; it still counts toward the limits.
                recipientsAccepted += 1
                return .reply(.recipientOk)
            }
            let discard: Bool
            if case .discard = decision { discard = true } else { discard = false }
            transaction!.recipients.append(AcceptedRecipient(path: path, address: address, discard: discard))
            recipientsAccepted += 1
            return .reply(.recipientOk)
        case .reject(let reply):
            return fail(reply)
        }
    }

    // MARK: - DATA

    /// The DATA section ended (the receiver saw CRLF.CRLF).
    public mutating func dataReceived(_ outcome: DataOutcome) -> SMTPSessionAction {
        guard phase == .data, let transaction else { return .reply(.localError) }
        if let reply = outcome.reply {
            self.transaction = nil
            phase = .ready
            return fail(reply)
        }
        if transaction.deliverableRecipients.isEmpty {
            self.transaction = nil
            phase = .ready
            messagesAccepted += 1
            return .discardMessage(SMTPReply(250, .init(2, 0, 0), "Ok"))
        }
        phase = .awaitingQueue
        return .enqueue(transaction)
    }

    public mutating func messageQueued(id: String) -> SMTPSessionAction {
        guard phase == .awaitingQueue else { return .reply(.localError) }
        transaction = nil
        phase = .ready
        messagesAccepted += 1
        return .reply(SMTPReply(250, .init(2, 0, 0), "Ok: queued as \(id)"))
    }

    public mutating func queueFailed() -> SMTPSessionAction {
        transaction = nil
        phase = .ready
        return .reply(.localError)
    }

    /// The content was refused after DATA (a virus, say): the transaction ends with `reply`.
    public mutating func messageRefused(_ reply: SMTPReply) -> SMTPSessionAction {
        guard phase == .awaitingQueue else { return .reply(.localError) }
        transaction = nil
        phase = .ready
        return fail(reply)
    }

    // MARK: - STARTTLS (RFC 3207)

    private mutating func startTLS() -> SMTPSessionAction {
        guard configuration.tlsAvailable else { return fail(.tlsNotAvailable) }
        guard !tlsActive else { return fail(.badSequence("TLS already active")) }
        guard transaction == nil else {
            return fail(.badSequence("STARTTLS not allowed during a mail transaction"))
        }
        return .startTLS(.readyToStartTLS)
    }

    /// The handshake completed: RFC 3207 §4.2 — forget everything learnt before it.
    public mutating func tlsEstablished() {
        tlsActive = true
        heloName = nil
        usedEHLO = false
        authenticatedUser = nil
        transaction = nil
        phase = .initial
    }

    // MARK: - AUTH (RFC 4954)

    private mutating func auth(mechanism: String, initialResponse: String?) -> SMTPSessionAction {
        guard configuration.authOffered else {
            return fail(.badSequence("Authentication not enabled on this port"))
        }
        guard phase != .initial else { return fail(.badSequence("Send EHLO first")) }
        guard tlsActive else { return fail(.mustStartTLS) }
        guard authenticatedUser == nil else { return fail(.badSequence("Already authenticated")) }
        guard transaction == nil else { return fail(.badSequence("AUTH not allowed during a mail transaction")) }
        guard let mech = SASLMechanism(rawValue: mechanism), configuration.authMechanisms.contains(mech) else {
            return fail(.mechanismNotSupported)
        }
        switch mech {
        case .plain:
            guard let initialResponse else {
                phase = .authenticating(.plainResponse)
                return .reply(SMTPReply(334, nil, ""))
            }
            return plainResponse(initialResponse)
        case .login:
            guard let initialResponse else {
                phase = .authenticating(.loginUsername)
                return .reply(SMTPReply(334, nil, Base64.encode(Array("Username:".utf8))))
            }
            return loginUsername(initialResponse)
        }
    }

    private mutating func plainResponse(_ response: String) -> SMTPSessionAction {
        let bytes: [UInt8]
        if response == "=" {
            bytes = []
        } else {
            guard let decoded = Base64.decode(response) else { return authDecodeFailed() }
            bytes = decoded
        }
        guard let credentials = SASLMechanism.decodePlain(bytes) else { return authDecodeFailed() }
        phase = .awaitingCredentialCheck
        return .verifyCredentials(credentials)
    }

    private mutating func loginUsername(_ response: String) -> SMTPSessionAction {
        guard let decoded = Base64.decode(response), let username = String(validating: decoded, as: UTF8.self),
            !username.isEmpty
        else { return authDecodeFailed() }
        phase = .authenticating(.loginPassword(username: username))
        return .reply(SMTPReply(334, nil, Base64.encode(Array("Password:".utf8))))
    }

    private mutating func authDecodeFailed() -> SMTPSessionAction {
        phase = .ready
        return fail(SMTPReply(501, .init(5, 5, 2), "Cannot decode authentication response"))
    }

    /// A line received while `expectsAuthResponse`.
    public mutating func receiveAuthResponse(_ line: [UInt8]) -> SMTPSessionAction {
        guard case .authenticating(let step) = phase else { return .reply(.localError) }
        guard let text = String(validating: line, as: UTF8.self) else { return authDecodeFailed() }
        let response = text.trimmingSpaces
        if response == "*" {
            phase = .ready
            return fail(.authCancelled)
        }
        switch step {
        case .plainResponse:
            return plainResponse(response)
        case .loginUsername:
            return loginUsername(response)
        case .loginPassword(let username):
            guard let decoded = Base64.decode(response), let password = String(validating: decoded, as: UTF8.self),
                !password.isEmpty
            else { return authDecodeFailed() }
            phase = .awaitingCredentialCheck
            return .verifyCredentials(
                SASLCredentials(mechanism: "LOGIN", authorizationIdentity: nil, username: username, password: password))
        }
    }

    /// The answer to `.verifyCredentials`: the canonical user name, or nil when they were wrong.
    /// `reply` overrides the failure reply (e.g. a lockout's 454).
    public mutating func authenticationFinished(user: String?, failureReply: SMTPReply? = nil) -> SMTPSessionAction {
        guard phase == .awaitingCredentialCheck else { return .reply(.localError) }
        phase = .ready
        if let user {
            authenticatedUser = user
            return .reply(.authSucceeded)
        }
        return fail(failureReply ?? .authFailed)
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self)
        while scalars.first == " " || scalars.first == "\t" { scalars = scalars.dropFirst() }
        while scalars.last == " " || scalars.last == "\t" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
