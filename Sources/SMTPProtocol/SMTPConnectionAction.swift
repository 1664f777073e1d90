/// What the I/O layer must do for an `SMTPServerConnection`. The handler only executes these, in
/// the order given; the connection has already changed state as if they had been done.
public enum SMTPConnectionAction: Hashable, Sendable {
    /// Write this reply. Replies are flushed when the input runs dry or before anything
    /// asynchronous runs (RFC 2920 §3.1: a server may batch replies to pipelined commands).
    case reply(SMTPReply)
    /// Flush what was written and close the connection. Always the last action; nothing follows it,
    /// ever. A message being received when the connection closes was announced as discarded first.
    case close
    /// Flush the replies written so far and start the TLS handshake (RFC 3207). The plaintext the
    /// client sent after STARTTLS, `discardedOctets` of it, was consumed and thrown away
    /// (CVE-2011-0411); the connection reads nothing until `tlsEstablished()`.
    case startTLS(discardedOctets: Int)
    /// Check these credentials; answer with `authenticationFinished`. Nothing is read meanwhile.
    case verifyCredentials(SASLCredentials)
    /// Decide this sender; answer with `senderDecided`. Nothing is read meanwhile.
    case checkSender(ReversePath)
    /// Decide this recipient; answer with `recipientDecided`. Nothing is read meanwhile.
    case checkRecipient(ForwardPath)
    /// A message begins (the 354 was the action before): open a place to stream it to.
    case beginMessage
    /// Message octets, dot-stuffing removed and line endings as the bare-line-ending policy says,
    /// to append to the message begun. At most twice the octets consumed in the step (a bare CR or
    /// LF becomes CRLF), plus one (a dot held at a line start from the step before).
    case messageData([UInt8])
    /// The message is complete: make it durable; answer with `messageQueued`, `messageRefused` or
    /// `queueFailed`. Nothing is read meanwhile.
    case enqueue(SMTPTransaction)
    /// The message begun is not kept: drop what was stored of it.
    case discardMessage(MessageDiscard)
}

/// Why a message begun with `.beginMessage` is dropped.
public enum MessageDiscard: Hashable, Sendable {
    /// The sender or every recipient matched a DISCARD rule: acknowledged (the reply follows), not kept.
    case policy
    /// The DATA section broke a rule (size, line length, bare line ending, NUL); the reply follows.
    case refused(DataOutcome, wireOctets: Int)
    /// The client went on sending past the hard limit; 552 and close follow.
    case hardLimit(wireOctets: Int)
    /// The connection closes in the middle of DATA (timeout, lifetime, slow data).
    case abandoned
}
