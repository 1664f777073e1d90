import Dispatch
import HaetaeFilter
import Testing

@testable import HaetaeScan

struct ScanTests {
    @Test func senderListMatchesAddressesDomainsAndNetworks() {
        let list = SenderList(["boss@partner.example", "trusted.example", "@other.example", "192.0.2.0/24", "2001:db8::1"])
        #expect(list.match(sender: "Boss@Partner.example", client: nil) == "boss@partner.example")
        #expect(list.match(sender: "x@mail.trusted.example", client: nil) == "trusted.example")
        #expect(list.match(sender: "x@other.example", client: nil) == "other.example")
        #expect(list.match(sender: "x@untrusted.example", client: nil) == nil)
        #expect(list.match(sender: "x@a.test", client: "192.0.2.77") == "192.0.2.0/24")
        #expect(list.match(sender: "", client: "2001:db8::1") != nil)
        #expect(list.match(sender: "x@partner.example", client: "198.51.100.1") == nil)
        #expect(SenderList.validate("Example.COM") == "example.com")
        #expect(SenderList.validate("10.0.0.0/8") == "10.0.0.0/8")
        #expect(SenderList.validate("not a key") == nil)
        #expect(SenderList.validate("a@") == nil)
    }

    @Test func actionsPerVerdictAndDomainTakeTheStrictest() {
        let (table, errors) = ScanConfiguration.parseDomainActions(["strict.example:spam=reject", "soft.example:virus=tag", "bad"])
        #expect(errors == ["bad"])
        let configuration = ScanConfiguration(actions: ["virus": .reject, "spam": .quarantine], domainActions: table)
        let spam = ScanResult(verdicts: [.spam], score: 5, reasons: [])
        #expect(configuration.action(for: spam, recipientDomains: ["a.example"]) == .quarantine)
        #expect(configuration.action(for: spam, recipientDomains: ["a.example", "strict.example"]) == .reject)
        let virus = ScanResult(verdicts: [.virus], score: 0, reasons: [])
        #expect(configuration.action(for: virus, recipientDomains: ["soft.example"]) == .tag)
        #expect(configuration.action(for: ScanResult(verdicts: [], score: -4, reasons: []), recipientDomains: ["strict.example"]) == .tag)
        #expect(configuration.action(for: ScanResult(verdicts: [.bulk], score: 0, reasons: []), recipientDomains: []) == .tag)
    }

    @Test func clamdWireFormat() throws {
        let request = ClamdClient.instreamRequest(Array("abc".utf8))
        #expect(request == Array("zINSTREAM".utf8) + [0, 0, 0, 0, 3] + Array("abc".utf8) + [0, 0, 0, 0])
        let big = ClamdClient.instreamRequest([UInt8](repeating: 1, count: 70_000))
        #expect(big.count == 10 + 4 + 65_536 + 4 + 4_464 + 4)
        #expect(try ClamdClient.parseReply("stream: OK\0") == .clean)
        #expect(try ClamdClient.parseReply("stream: Win.Test.EICAR_HDB-1 FOUND\0") == .infected("Win.Test.EICAR_HDB-1"))
        #expect(throws: ClamdError.self) { try ClamdClient.parseReply("INSTREAM size limit exceeded. ERROR\0") }
        #expect(throws: ClamdError.self) { try ClamdClient(address: "nonsense") }
        if case .unix(let path) = try ClamdClient(address: "/run/clamav/clamd.ctl").endpoint { #expect(path == "/run/clamav/clamd.ctl") }
        if case .tcp(let host, let port) = try ClamdClient(address: "[::1]:3310").endpoint { #expect(host == "::1" && port == 3310) }
    }
}

struct QuarantineDigestTests {
    func record(_ id: String, _ recipients: [String]) -> QuarantineRecord {
        QuarantineRecord(
            id: id, arrivedAt: .init(timeIntervalSince1970: 1_800_000_000), sender: "s@x.example", recipients: recipients,
            clientAddress: "192.0.2.1", result: ScanResult(verdicts: [.spam], score: 4, reasons: []), size: 10, subject: "cheap")
    }

    @Test func eachRecipientGetsTheirOwnAndTheManagerGetsAll() {
        let records = [record("A1", ["a@h.example", "b@h.example"]), record("B2", ["b@h.example"])]
        let mails = QuarantineDigest.mails(records, audience: .recipients, hostname: "h.example")
        #expect(mails.map(\.to) == ["a@h.example", "b@h.example"])
        #expect(mails[0].body.contains("A1") && !mails[0].body.contains("B2"))
        #expect(mails[1].body.contains("A1") && mails[1].body.contains("B2"))
        let manager = QuarantineDigest.mails(records, audience: .manager("spam@h.example"), hostname: "h.example")
        #expect(manager.count == 1 && manager[0].subject == "Quarantine digest: 2 message(s)")
        #expect(QuarantineDigest.mails(records, audience: .off, hostname: "h").isEmpty)
        #expect(QuarantineDigest.mails([], audience: .recipients, hostname: "h").isEmpty)
        #expect(DigestAudience("Spam@H.example") == .manager("spam@h.example"))
        #expect(DigestAudience("bogus") == nil)
    }
}

/// The race between a scan and its time budget (`ResumeOnce`).
struct ScanBudgetRaceTests {
    /// The work finishing first resumes once and cancels the budget's timer (which used to stay
    /// pending, with its closure, for the whole budget of every message).
    @Test func workFinishingFirstCancelsTheDeadline() async {
        let once = ResumeOnce<Int?>()
        let deadline = DispatchWorkItem { once.resume(nil) }
        let value = await withCheckedContinuation { continuation in
            once.set(continuation)
            once.setDeadline(deadline)
            once.resume(7)
            once.resume(nil)  // the late racer changes nothing
        }
        #expect(value == 7)
        #expect(deadline.isCancelled)
    }

    @Test func theDeadlineResumesWithNilWhenTheWorkIsLate() async {
        let once = ResumeOnce<Int?>()
        let value = await withCheckedContinuation { continuation in
            once.set(continuation)
            let deadline = DispatchWorkItem { once.resume(nil) }
            once.setDeadline(deadline)
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.05, execute: deadline)
        }
        #expect(value == nil)
    }
}
