// libFuzzer target for the single-note pipeline: read, decode, parse, schema-decode, lint and
// compile the site of a tiny vault holding the note. Built by fuzz/run.sh, with the shared
// harness (Tests/SceneRadarTests/Fuzz/NotePipelineFuzzHarness*.swift, MarkupCheck.swift,
// FuzzMemoryFileSystem.swift, which the regression tests replay too), on top of the library
// compiled as a testable module with coverage. The note's vault is loaded from memory and linted,
// then written to a temporary folder and compiled by SiteBuilder; RADAR_FUZZ_PIPELINE_MODE=disk
// loads it from disk for the lint too. Besides crashes, hangs and sanitizer findings it
// traps when the harness reports a broken property.
import Foundation

@testable import SceneRadar

private let mode: NotePipelineFuzzHarness.Mode =
    ProcessInfo.processInfo.environment["RADAR_FUZZ_PIPELINE_MODE"] == "disk" ? .disk : .memory

@_cdecl("LLVMFuzzerTestOneInput")
public func notePipelineFuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let failures = NotePipelineFuzzHarness.check(
        Array(UnsafeBufferPointer(start: data, count: size)), mode: mode)
    if let failure = failures.first {
        // -O strips precondition messages, and stdout is lost in the crash: say it on stderr.
        for message in failures { fputs("fuzz property failed: \(message)\n", stderr) }
        preconditionFailure(failure)
    }
    return 0
}
