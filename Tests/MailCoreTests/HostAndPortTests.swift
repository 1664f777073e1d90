import Testing

@testable import MailCore

/// The one host:port grammar of listeners, next hops, clamd, name servers and the relay tester.
struct HostAndPortTests {
    @Test(arguments: [
        // text, default port, host, port, bracketed
        ("mail.example:2525", nil, "mail.example", 2525, false),
        ("0.0.0.0:25", nil, "0.0.0.0", 25, false),
        ("[::1]:2587", nil, "::1", 2587, true),
        ("::1:25", nil, "::1", 25, false),  // a required port: the last colon splits
        ("mail.example", 25, "mail.example", 25, false),
        ("[mail.example]", 25, "mail.example", 25, true),
        ("[10.0.0.1]:2525", 25, "10.0.0.1", 2525, true),
        ("2001:db8::53", 53, "2001:db8::53", 53, false),  // an optional port: an IPv6 literal
        ("192.0.2.53:5353", 53, "192.0.2.53", 5353, false),
    ] as [(String, Int?, String, Int, Bool)])
    func parses(_ text: String, _ defaultPort: Int?, _ host: String, _ port: Int, _ bracketed: Bool) {
        #expect(HostAndPort.parse(text, defaultPort: defaultPort) == HostAndPort(host: host, port: port, bracketed: bracketed))
    }

    @Test(arguments: [
        ("mail.example", nil),  // a port is required
        ("[::1]", nil),
        ("mail.example:", nil),
        (":25", nil),
        ("mail.example:0", nil),
        ("mail.example:65536", nil),
        ("mail.example:+25", nil),
        ("mail.example:25x", nil),
        ("[::1", 25),
        ("[::1]25", 25),
        ("[]:25", 25),
        ("mail example:25", 25),
        ("mail.example\r\n:25", 25),
        ("", 25),
        ("/var/run/clamd.sock", nil),
    ] as [(String, Int?)])
    func refuses(_ text: String, _ defaultPort: Int?) {
        #expect(HostAndPort.parse(text, defaultPort: defaultPort) == nil)
    }

    @Test func portZeroOnlyWhenAllowed() {
        #expect(HostAndPort.parse("127.0.0.1:0", defaultPort: nil) == nil)
        #expect(HostAndPort.parse("127.0.0.1:0", defaultPort: nil, allowsPortZero: true)?.port == 0)
    }

    @Test func writesWhatItParses() {
        for text in ["mail.example:2525", "[::1]:2587", "[10.0.0.1]:25"] {
            #expect(HostAndPort.parse(text, defaultPort: nil)?.description == text)
        }
        #expect(HostAndPort(host: "2001:db8::1", port: 53).description == "[2001:db8::1]:53")
    }
}
