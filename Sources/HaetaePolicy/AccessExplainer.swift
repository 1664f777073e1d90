import MailCore
import SMTPProtocol

/// What the server would answer a client, a sender and recipients, and which rule or reason
/// decided — `haetae access test` and the console's rules page.
public enum AccessExplainer {
    /// Parses a recipient the way RCPT TO does (source routes, quoting, literals).
    public static func parseForwardPath(_ text: String) -> ForwardPath? {
        let bracketed = text.hasPrefix("<") ? text : "<\(text)>"
        guard case .command(.rcpt(let path, _)) = SMTPCommandParser.parse(Array("RCPT TO:\(bracketed)".utf8)) else { return nil }
        return path
    }

    /// One summary line per stage, each followed by the stage's own check trace (the same chain
    /// the server runs, so the two cannot disagree); `refused` when any stage would refuse.
    /// Rate limits are looked at, not counted.
    public static func explain(policy: SMTPPolicy, ip: String, from: String?, to: [String], user: String?) async -> (lines: [String], refused: Bool) {
        var lines: [String] = []
        var refused = false
        func traced(_ trace: PolicyTrace) {
            for result in trace.results { lines.append("           \(result.line)") }
        }
        let standing: ClientStanding
        let connect = await policy.connectStage(client: ip, local: nil)
        switch connect.decision {
        case .refuse(let reply):
            lines.append("connect  \(ip)\t\(reply)")
            refused = true
            standing = ClientStanding(address: IPAddressBytes(ip))
        case .accept(let accepted):
            standing = accepted
            var why = accepted.clientRule.map { "access rule \($0.rule.keyText) \($0.rule.action)" } ?? "no access rule"
            if let trusted = accepted.trustedNetwork { why += "; in trusted_networks \(trusted)" }
            lines.append("connect  \(ip)\t220 accepted (\(why))")
        }
        traced(connect.trace)
        if let from {
            let path: ReversePath?
            if from.isEmpty || from == "<>" {
                path = .null
            } else {
                path = SMTPGrammar.parseMailbox(Array(from.utf8)[...]).map { ReversePath.mailbox($0) }
            }
            if let path {
                let (decision, trace) = await policy.senderStage(path, standing: standing, authenticatedUser: user)
                let why = trace.results.last(where: { $0.check == "access-map" })?.reason ?? "no access rule"
                switch decision {
                case .accept: lines.append("from     \(path)\t250 accepted (\(why))")
                case .discard: lines.append("from     \(path)\t250 accepted, message DISCARDED (\(why))")
                case .reject(let reply):
                    lines.append("from     \(path)\t\(reply) (\(trace.results.last?.reason ?? why))")
                    refused = true
                }
                traced(trace)
            } else {
                lines.append("from     <\(from)>\t501 5.1.7 Bad sender address syntax")
                refused = true
            }
        }
        for recipient in to {
            let path: ForwardPath
            if recipient.lowercased() == "postmaster" {
                path = .postmaster
            } else {
                guard let parsed = parseForwardPath(recipient) else {
                    lines.append("to       <\(recipient)>\t501 5.1.3 Bad recipient address syntax")
                    refused = true
                    continue
                }
                path = parsed
            }
            let explanation = await policy.recipientStage(
                path, standing: standing, authenticatedUser: user, admission: .init(client: ip, newMessage: true, record: false))
            switch explanation.decision {
            case .accept(let address): lines.append("to       \(path)\t250 accepted as \(address) (\(explanation.reason))")
            case .discard(let address): lines.append("to       \(path)\t250 accepted, DISCARDED (\(address); \(explanation.reason))")
            case .reject(let reply):
                lines.append("to       \(path)\t\(reply) (\(explanation.reason))")
                refused = true
            }
            traced(explanation.trace)
        }
        return (lines, refused)
    }
}
