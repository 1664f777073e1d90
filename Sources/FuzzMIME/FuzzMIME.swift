// libFuzzer target for the MIME parser and the content scanner's feature extraction.
// Build: swift build --sanitize=fuzzer --product FuzzMIME --scratch-path .build-fuzz -Xswiftc -DFUZZING
// Run:   SWIFT_BACKTRACE=enable=no .build-fuzz/debug/FuzzMIME -max_total_time=60 -max_len=65536
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
    _ = EncodedWords.decode(String(decoding: bytes.prefix(512), as: UTF8.self))
    _ = HeaderParameters.parse(String(decoding: bytes.prefix(512), as: UTF8.self))
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
