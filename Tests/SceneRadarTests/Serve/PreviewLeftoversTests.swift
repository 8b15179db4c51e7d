import Foundation
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A session killed before it could clean up leaves its temporary folder; the next session
/// removes it, and nothing else.
final class PreviewLeftoversTests: XCTestCase {
    func testLeftovers_ofGoneProcesses_areRemoved_andNothingElse() throws {
        let parent = try TemporaryVault()
        let finished = Process()
        finished.executableURL = URL(fileURLWithPath: "/bin/true")
        try finished.run()
        finished.waitUntilExit()
        let gone = finished.processIdentifier
        let folders = [
            "radar-serve-\(gone)-Ab12Cd",  // its process is gone: removed
            "radar-serve-\(getpid())-Ab12Cd",  // this process: kept
            "radar-serve-1-Ab12Cd",  // a running process: kept
            "radar-serve-x-Ab12Cd", "radar-serve-\(gone)-short", "other",
        ]
        for folder in folders { try parent.write(folder + "/index.html", "page") }
        try parent.write("radar-serve-\(gone)-File12", "a file, not a folder")
        PreviewSession.removeLeftovers(in: parent.root)
        let left = try FileManager.default.contentsOfDirectory(atPath: parent.root).sorted()
        XCTAssertEqual(left, (folders.dropFirst() + ["radar-serve-\(gone)-File12"]).sorted())
    }
}
