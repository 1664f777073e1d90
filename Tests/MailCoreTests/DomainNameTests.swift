import Testing

@testable import MailCore

struct DomainNameTests {
    @Test(arguments: [
        ("Example.TEST", "example.test"), ("example.test.", "example.test"), ("한국.example", "xn--3e0b707e.example"),
        ("a-b.c1.test", "a-b.c1.test"), ("localhost", "localhost"),
    ])
    func validNamesAreStoredInOneForm(_ text: String, _ normalised: String) {
        #expect(DomainName.normalize(text) == normalised)
    }

    @Test(arguments: [
        "", ".", "a..b", "-a.test", "a-.test", "under_score.test", "sp ace.test", "a@b.test",
        String(repeating: "a", count: 64) + ".test", String(repeating: "abcdefghi.", count: 26) + "test",
    ])
    func invalidNamesAreRefused(_ text: String) {
        #expect(DomainName.normalize(text) == nil)
    }
}
