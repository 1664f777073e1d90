/// The verdict classes of the UTM seed, in the order they are written.
public enum Verdict: String, Sendable, CaseIterable, Codable, Comparable {
    case virus = "Virus"
    case phishing = "Phishing"
    case spam = "Spam"
    case suspect = "Suspect"
    case bulk = "Bulk"
    case passed = "Passed"
    case passedWhitelist = "Passed:Whitelist"
    case passedNotScanned = "Passed:Not-Scanned"

    public static func < (a: Verdict, b: Verdict) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }

    public var isPassed: Bool { self == .passed || self == .passedWhitelist || self == .passedNotScanned }

    /// The configuration name (`scan.action_spam`).
    public var key: String {
        switch self {
        case .virus: return "virus"
        case .phishing: return "phishing"
        case .spam: return "spam"
        case .suspect: return "suspect"
        case .bulk: return "bulk"
        case .passed, .passedWhitelist, .passedNotScanned: return "passed"
        }
    }
}

/// What scanning a message found.
public struct ScanResult: Sendable, Hashable, Codable {
    public var verdicts: [Verdict]
    /// The statistical score: natural-log odds of spam-or-phishing against ham.
    public var score: Double
    public var reasons: [String]

    public init(verdicts: [Verdict], score: Double, reasons: [String]) {
        self.verdicts = verdicts.isEmpty ? [.passed] : Array(Set(verdicts)).sorted()
        self.score = score
        self.reasons = reasons
    }

    /// `Virus,Bulk`, `Passed:Whitelist`, …
    public var label: String { verdicts.map(\.rawValue).joined(separator: ",") }
    public var isPassed: Bool { verdicts.allSatisfy(\.isPassed) }

    /// The most serious verdict (for the subject tag's reason and the action).
    public var primary: Verdict { verdicts.min() ?? .passed }
}
