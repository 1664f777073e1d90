import HaetaeMailbox
import IMAPProtocol

/// What `MailAccessHandler` drives: an IMAP or a POP3 session (each an actor, one command at a
/// time).
public protocol MailAccessSession: Actor {
    func greeting() -> [UInt8]
    func tlsEstablished()
    var isAuthenticated: Bool { get }
    /// One framed command (for POP3 one line, as a single text segment).
    func handle(_ segments: [IMAPCommandSegment], output: some IMAPOutput) async -> IMAPEffect
    /// The client's line after a SASL `+ ` challenge.
    func authenticateResponse(_ line: [UInt8], output: some IMAPOutput) async -> IMAPEffect
    /// While idling (IMAP IDLE): report changes; false ends the connection.
    func idlePoll(output: some IMAPOutput) async -> Bool
    /// A line during IDLE (DONE).
    func idleLine(_ line: [UInt8], output: some IMAPOutput) async -> Bool
}
