import Testing

@testable import SMTPProtocol

/// The mail transaction as a value: driven with replies alone, no connection.
struct SMTPClientTransactionTests {
    static func reply(_ code: Int, _ text: String = "Ok") -> SMTPWireReply { SMTPWireReply(code: code, lines: [text]) }

    /// Feeds replies in order while the machine asks for them; returns what it sent and how it ended.
    static func run(
        _ transaction: SMTPClientTransaction, replies: [SMTPWireReply]
    ) -> (sent: [String], result: SMTPClientTransaction.Result?, unread: Int) {
        var machine = transaction
        var sent: [String] = []
        var queue = replies[...]
        var action = machine.start()
        while true {
            switch action {
            case .send(let lines):
                sent += lines
            case .sendMessage:
                sent.append("<message>")
            case .awaitReply:
                break
            case .finished(let result):
                return (sent, result, queue.count)
            }
            guard let next = queue.popFirst() else { return (sent, nil, 0) }
            action = machine.receive(next)
        }
    }

    @Test func pipelinedEnvelopeGoesOutAtOnceAndEachRecipientGetsItsReply() {
        let transaction = SMTPClientTransaction(
            sender: "s@a.example", recipients: ["ok@b.example", "bad@b.example", "full@b.example"], mailParameters: " SIZE=42",
            pipelining: true)
        let (sent, result, unread) = Self.run(transaction, replies: [
            Self.reply(250), Self.reply(250), Self.reply(550, "5.1.1 unknown"), Self.reply(452, "4.2.2 full"),
            Self.reply(354, "go ahead"), Self.reply(250, "2.0.0 queued"),
        ])
        #expect(sent == [
            "MAIL FROM:<s@a.example> SIZE=42", "RCPT TO:<ok@b.example>", "RCPT TO:<bad@b.example>", "RCPT TO:<full@b.example>",
            "DATA", "<message>",
        ])
        #expect(unread == 0)
        #expect(result == .completed([
            .init("ok@b.example", .endOfData, Self.reply(250, "2.0.0 queued")),
            .init("bad@b.example", .rcpt, Self.reply(550, "5.1.1 unknown")),
            .init("full@b.example", .rcpt, Self.reply(452, "4.2.2 full")),
        ]))
    }

    @Test func oneByOneEachRecipientWaitsForTheReplyBeforeIt() {
        let transaction = SMTPClientTransaction(sender: "", recipients: ["a@b.example", "c@d.example"], pipelining: false)
        var machine = transaction
        #expect(machine.start() == .send(["MAIL FROM:<>"]))
        #expect(machine.receive(Self.reply(250)) == .send(["RCPT TO:<a@b.example>"]))
        #expect(machine.receive(Self.reply(250)) == .send(["RCPT TO:<c@d.example>"]))
        #expect(machine.receive(Self.reply(251, "will forward")) == .send(["DATA"]))
        #expect(machine.receive(Self.reply(354)) == .sendMessage)
        #expect(machine.receive(Self.reply(250)) == .finished(.completed([
            .init("a@b.example", .endOfData, Self.reply(250)), .init("c@d.example", .endOfData, Self.reply(250)),
        ])))
        #expect(machine.receive(Self.reply(250)) == .awaitReply, "after the end nothing more is sent")
    }

    @Test func aRefusedSenderEndsItOneByOneWithoutAnyRecipient() {
        let (sent, result, _) = Self.run(
            SMTPClientTransaction(sender: "s@a.example", recipients: ["a@b.example"], pipelining: false),
            replies: [Self.reply(553, "5.1.8 bad sender")])
        #expect(sent == ["MAIL FROM:<s@a.example>"])
        #expect(result == .senderRefused(Self.reply(553, "5.1.8 bad sender")))
    }

    /// Pipelined, the RCPT replies are on the wire already: they are read before the transaction
    /// ends, so the next command on the connection does not read a stale reply.
    @Test func aRefusedSenderPipelinedStillReadsEveryRecipientReply() {
        let (sent, result, unread) = Self.run(
            SMTPClientTransaction(sender: "s@a.example", recipients: ["a@b.example", "c@d.example"], pipelining: true),
            replies: [Self.reply(451, "4.3.0 later"), Self.reply(503, "5.5.1 no MAIL"), Self.reply(503, "5.5.1 no MAIL"), Self.reply(250, "stray")])
        #expect(sent.count == 3)
        #expect(result == .senderRefused(Self.reply(451, "4.3.0 later")))
        #expect(unread == 1, "exactly the MAIL and RCPT replies were read")
    }

    @Test func noDataWhenEveryRecipientIsRefused() {
        let (sent, result, _) = Self.run(
            SMTPClientTransaction(sender: "s@a.example", recipients: ["a@b.example", "c@d.example"], pipelining: true),
            replies: [Self.reply(250), Self.reply(550, "no"), Self.reply(450, "later")])
        #expect(!sent.contains("DATA"))
        #expect(result == .completed([.init("a@b.example", .rcpt, Self.reply(550, "no")), .init("c@d.example", .rcpt, Self.reply(450, "later"))]))
    }

    @Test func aRefusedDataDecidesTheAcceptedRecipientsOnly() {
        let (sent, result, _) = Self.run(
            SMTPClientTransaction(sender: "s@a.example", recipients: ["a@b.example", "c@d.example"], pipelining: true),
            replies: [Self.reply(250), Self.reply(250), Self.reply(550, "no"), Self.reply(554, "5.3.0 no data today")])
        #expect(sent.last == "DATA" && !sent.contains("<message>"))
        #expect(result == .completed([
            .init("a@b.example", .data, Self.reply(554, "5.3.0 no data today")), .init("c@d.example", .rcpt, Self.reply(550, "no")),
        ]))
    }

    @Test func theReplyToTheEndOfDataDecidesEveryAcceptedRecipient() {
        let (_, result, _) = Self.run(
            SMTPClientTransaction(sender: "s@a.example", recipients: ["a@b.example"], pipelining: true),
            replies: [Self.reply(250), Self.reply(250), Self.reply(354), Self.reply(451, "4.3.0 try later")])
        #expect(result == .completed([.init("a@b.example", .endOfData, Self.reply(451, "4.3.0 try later"))]))
    }
}
