import Testing

@testable import HaetaeProtection

struct PasswordPolicyTests {
    let policy = PasswordPolicy()

    @Test func goodPasswordsPass() {
        #expect(policy.problem(password: "Correct-Battery-77", address: "alice@example.test") == nil)
        #expect(policy.problem(password: "봄날의-햇살-2026", address: "kim@회사.kr") == nil)
    }

    @Test func shortOrDerivedPasswordsFail() {
        #expect(policy.problem(password: "Sh0rt!", address: "a@b.test")?.contains("at least 10") == true)
        #expect(policy.problem(password: "alice-password-1", address: "alice@example.test")?.contains("account name") == true)
        #expect(policy.problem(password: "Welcome@Example.test", address: "bob@example.test")?.contains("domain") == true)
        #expect(policy.problem(password: "hanmail-secret-9", address: "bob@hanmail.net")?.contains("domain") == true)
        #expect(policy.problem(password: "aaaaaaaaaaaa", address: "bob@x.test") != nil)
    }

    @Test func commonPasswordsFailWithDecorations() {
        #expect(CommonPasswords.count > 3_400)
        #expect(CommonPasswords.contains("password1"))
        #expect(CommonPasswords.contains("1q2w3e4r"))
        #expect(policy.problem(password: "1q2w3e4r5t!", address: "x@y.test")?.contains("common") == true)
        #expect(policy.problem(password: "Qwertyuiop", address: "x@y.test")?.contains("common") == true)
        #expect(policy.problem(password: "Sunshine2024!", address: "x@y.test")?.contains("common") == true)
        #expect(policy.problem(password: "2024baseball!!", address: "x@y.test")?.contains("common") == true)
    }

    @Test func theReasonNeverContainsThePassword() {
        let secret = "123456789012"
        #expect(policy.problem(password: secret, address: "x@y.test")?.contains(secret) == false)
    }
}
