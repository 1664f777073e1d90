import SMTPProtocol

/// Settings shared by every SMTP listener.
public struct SMTPServerConfiguration: Sendable {
    public var hostname: String
    public var maxMessageSize: Int
    public var maxRecipients: Int
    public var maxRecipientsPerSession: Int
    public var maxErrors: Int
    public var idleTimeout: Duration
    public var maxConnections: Int
    public var maxConnectionsPerIP: Int
    public var bareLineEndings: BareLineEndingPolicy
    /// The longest text line accepted in DATA (stored as received; folded when relayed).
    public var maxLineLength: Int
    /// A session ends after this long whatever it is doing (421 4.4.2).
    public var sessionLifetime: Duration
    /// Octets per second a client must keep up during DATA once `dataRateGrace` has passed.
    public var minDataRate: Int
    public var dataRateGrace: Duration = .seconds(30)

    /// Input held per connection before reading stops (a command line or a DATA chunk fits).
    public static let inputHighWater = 64 * 1_024

    public init(
        hostname: String, maxMessageSize: Int = SMTPLimits.defaultMaxMessageSize,
        maxRecipients: Int = SMTPLimits.defaultMaxRecipients, maxRecipientsPerSession: Int = 1_000,
        maxErrors: Int = SMTPLimits.defaultMaxErrors,
        idleTimeout: Duration = .seconds(300), maxConnections: Int = 2_000, maxConnectionsPerIP: Int = 20,
        bareLineEndings: BareLineEndingPolicy = .normalize, maxLineLength: Int = SMTPLimits.acceptedTextLineLength,
        sessionLifetime: Duration = .seconds(3_600), minDataRate: Int = 500
    ) {
        self.maxLineLength = maxLineLength
        self.sessionLifetime = sessionLifetime
        self.minDataRate = minDataRate
        self.hostname = hostname
        self.maxMessageSize = maxMessageSize
        self.maxRecipients = maxRecipients
        self.maxRecipientsPerSession = maxRecipientsPerSession
        self.maxErrors = maxErrors
        self.idleTimeout = idleTimeout
        self.maxConnections = maxConnections
        self.maxConnectionsPerIP = maxConnectionsPerIP
        self.bareLineEndings = bareLineEndings
    }

    func sessionConfiguration(listener: ListenerKind, tlsAvailable: Bool) -> SMTPSessionConfiguration {
        SMTPSessionConfiguration(
            hostname: hostname, listener: listener, tlsAvailable: tlsAvailable, maxMessageSize: maxMessageSize,
            maxRecipients: maxRecipients, maxRecipientsPerSession: maxRecipientsPerSession, maxErrors: maxErrors)
    }

    /// The pure connection's settings: the session's, and the DATA limits.
    func connectionConfiguration(listener: ListenerKind, tlsAvailable: Bool) -> SMTPConnectionConfiguration {
        SMTPConnectionConfiguration(
            session: sessionConfiguration(listener: listener, tlsAvailable: tlsAvailable),
            bareLineEndings: bareLineEndings, textLineLimit: maxLineLength)
    }
}
