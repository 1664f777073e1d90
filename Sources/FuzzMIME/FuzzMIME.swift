// libFuzzer target for the MIME parser and the content scanner's feature extraction.
// Build: swift build --sanitize=fuzzer --product FuzzMIME --scratch-path .build-fuzz -Xswiftc -DFUZZING
// Run:   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/FuzzMIME -max_total_time=60 -max_len=1048576 -timeout=5
// Long inputs on purpose (F1): every parser must be linear, so a 1 MB input that takes seconds
// is a finding (libFuzzer reports it as a timeout).
#if FUZZING
import HaetaeFilter
import MIME

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let parsed = MIMEParser(maxDepth: 8, maxParts: 64).parse(bytes)
    let features = MessageFeatures(parsed)
    _ = ContentRules(features)
    _ = FeatureHasher.features(features, heuristics: [])
    let text = String(decoding: bytes, as: UTF8.self)
    _ = EncodedWords.decode(text)
    _ = HeaderParameters.parse(text)
    _ = HeaderMailbox.parseList(text)
    _ = HTMLText.extract(text)
    return 0
}
#else
@main
struct FuzzMIMEPlaceholder {
    static func main() {
        print("build with --sanitize=fuzzer -Xswiftc -DFUZZING (see the file header)")
    }
}
#endif
