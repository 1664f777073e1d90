import Foundation
import HaetaeFilter

/// The site's filter files in `DATA/filter`, read the same way by the server and by `haetae scan`
/// and `haetae train`: the trained model (`model.hfm`, else the built-in one), the site's brands
/// (`brands.txt`, on top of the built-in list), the site model (`site-model.hsm`, used once
/// active), and the console's marks (`feedback/{ham,spam}`).
public struct FilterFiles: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    public var modelPath: String { directory + "/model.hfm" }
    public var brandsPath: String { directory + "/brands.txt" }
    public var siteModelPath: String { directory + "/site-model.hsm" }
    public var feedbackPath: String { directory + "/feedback" }

    /// A scanner as the server runs it, what it was built from, and the problems met on the way
    /// (a file that could not be used; the scanner then goes on without it).
    public struct Scanner {
        public var scanner: ContentScanner
        /// "built-in default", or the model file, then ", brands.txt" and ", site model" when used.
        public var source: String
        public var problems: [(file: String, error: String)]
    }

    /// The model: `model.hfm` when it is there and readable, else the built-in one.
    public func model() -> (model: FilterModel, source: String, problem: String?) {
        if let data = FileManager.default.contents(atPath: modelPath) {
            if let model = FilterModel(serialized: Array(data)) { return (model, modelPath, nil) }
            return (DefaultModel.load() ?? FilterModel(), "unreadable \(modelPath), built-in default",
                    "unreadable or written for another feature schema")
        }
        return (DefaultModel.load() ?? FilterModel(), "built-in default", nil)
    }

    public func scanner(thresholds: ScanThresholds) -> Scanner {
        let (model, modelSource, modelProblem) = model()
        var problems: [(file: String, error: String)] = modelProblem.map { [("model.hfm", $0)] } ?? []
        var source = modelSource
        var scanner = ContentScanner(model: model, thresholds: thresholds)
        if let text = try? String(contentsOfFile: brandsPath, encoding: .utf8) {
            let (site, errors) = BrandList.parse(text)
            problems += errors.map { ("brands.txt", "\($0)") }
            scanner.brands = BrandList.builtIn.merging(site)
            source += ", brands.txt"
        }
        if let data = FileManager.default.contents(atPath: siteModelPath) {
            if let site = SiteModel(serialized: Array(data)) {
                if site.isActive {
                    scanner.site = site
                    source += ", site model"
                }
            } else {
                problems.append(("site-model.hsm", "unreadable or written for another feature schema"))
            }
        }
        return Scanner(scanner: scanner, source: source, problems: problems)
    }

    /// The site model (an empty one when there is none yet).
    public func loadSiteModel() throws -> SiteModel {
        guard let data = FileManager.default.contents(atPath: siteModelPath) else { return SiteModel() }
        guard let site = SiteModel(serialized: Array(data)) else { throw FilterFileError.damagedSiteModel(siteModelPath) }
        return site
    }

    /// Writes the site model atomically.
    public func saveSiteModel(_ site: SiteModel) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        try replace(siteModelPath, with: site.serialized())
    }

    /// Writes a trained model atomically (to `path`, or `model.hfm`).
    public func saveModel(_ model: FilterModel, to path: String? = nil) throws -> Int {
        if path == nil { try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true) }
        let bytes = model.serialized()
        try replace(path ?? modelPath, with: bytes)
        return bytes.count
    }

    private func replace(_ path: String, with bytes: [UInt8]) throws {
        guard FileManager.default.createFile(atPath: path + ".tmp", contents: Data(bytes)) else { throw FilterFileError.cannotWrite(path) }
        guard rename(path + ".tmp", path) == 0 else { throw FilterFileError.cannotWrite(path) }
    }
}

public enum FilterFileError: Error, CustomStringConvertible {
    case damagedSiteModel(String)
    case cannotWrite(String)

    public var description: String {
        switch self {
        case .damagedSiteModel(let path): return "\(path) is damaged or was written for another feature schema; move it away to start afresh"
        case .cannotWrite(let path): return "cannot write \(path)"
        }
    }
}
