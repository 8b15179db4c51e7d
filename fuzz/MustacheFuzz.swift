// libFuzzer target for the Mustache engine. Built by fuzz/run.sh, with the shared harness
// (Tests/SceneRadarTests/Fuzz/MustacheFuzzHarness.swift, which the regression tests replay too),
// on top of the library compiled as a testable module with coverage. Besides crashes, hangs and
// sanitizer findings it traps when the harness reports a broken property (see the harness for
// the input format and the properties).
import Glibc

@testable import SceneRadar

@_cdecl("LLVMFuzzerTestOneInput")
public func mustacheFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let failures = MustacheFuzzHarness.check(Array(UnsafeBufferPointer(start: data, count: size)))
    if let failure = failures.first {
        // -O strips precondition messages, and stdout is lost in the crash: say it on stderr.
        for message in failures { fputs("fuzz property failed: \(message)\n", stderr) }
        preconditionFailure(failure)
    }
    return 0
}
