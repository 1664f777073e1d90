import Testing

@testable import HaetaePolicy

/// The gateway's recipient file (`GatewayRecipients.parse`).
struct GatewayRecipientsTests {
    @Test func readsAddressesDomainsAndComments() {
        let (addresses, domains) = GatewayRecipients.parse("# mailboxes behind the gateway\nAnn@Example.test\n@whole.example  # every address\n\n")
        #expect(addresses == ["ann@example.test"])
        #expect(domains == ["whole.example"])
    }

    /// Regression: CR LF is one Character, equal to neither "\n" nor "\r", so a file saved with CR LF
    /// line ends was one entry and every recipient behind the gateway was unknown.
    @Test func readsAFileWithCRLFLineEnds() {
        let (addresses, domains) = GatewayRecipients.parse("ann@example.test\r\nbob@example.test\r\n@whole.example\r\n")
        #expect(addresses == ["ann@example.test", "bob@example.test"])
        #expect(domains == ["whole.example"])
    }
}
