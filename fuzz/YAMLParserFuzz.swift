// libFuzzer target for the front-matter pipeline: splitter, YAML parser, core-schema typing and
// JSON writer. Built by fuzz/run.sh with the shared harness
// (Tests/SceneRadarTests/Fuzz/YAMLFuzzHarness.swift, which the regression tests replay too) on top
// of the library compiled as a testable module with coverage. Besides crashes, hangs and
// sanitizer findings it traps when the harness reports a broken property.
import Glibc

@testable import SceneRadar

@_cdecl("LLVMFuzzerTestOneInput")
public func yamlParserFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let failures = YAMLFuzzHarness.check(Array(UnsafeBufferPointer(start: data, count: size)))
    if let failure = failures.first {
        // -O strips precondition messages, and stdout is lost in the crash: say it on stderr.
        fputs("fuzz property failed: \(failure)\n", stderr)
        preconditionFailure(failure)
    }
    return 0
}
