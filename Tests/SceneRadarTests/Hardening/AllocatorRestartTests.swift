import Foundation
import XCTest

@testable import SceneRadar

/// The executable starts itself again with a larger allocator cache for the commands that read
/// a whole vault, and leaves a caller's own `GLIBC_TUNABLES` alone.
final class AllocatorRestartTests: XCTestCase {
    private let vault = Fixtures.packageRoot + "/example-vault"

    private func run(_ arguments: [String], environment extra: [String: String]) throws
        -> RadarProcess.Outcome
    {
        guard let radar = RadarProcess.binary else {
            throw XCTSkip("no radar executable beside the tests and RADAR_BINARY unset")
        }
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "RADAR_TRACE": "1"]
        environment.merge(extra) { $1 }
        return try RadarProcess.run(radar, arguments, directory: vault, environment: environment)
    }

    /// How many times `output` reports the allocator's settings as `value`.
    private func reports(_ output: String, _ value: String) -> Int {
        output.components(separatedBy: "radar trace: GLIBC_TUNABLES=" + value + "\n").count - 1
    }

    func testBuild_restartsWithTheAllocatorCache() throws {
        let work = try TemporaryVault()
        let result = try run(["build", vault, "-o", work.path("site")], environment: [:])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(reports(result.output, ProcessLifetime.allocatorTunables), 1, result.output)
        XCTAssertEqual(reports(result.output, "(unset)"), 0, result.output)
    }

    func testLint_keepsTheCallersTunables() throws {
        let result = try run(["lint", vault], environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertEqual(reports(result.output, "glibc.malloc.tcache_count=7"), 1, result.output)
        let empty = try run(["lint", vault], environment: ["GLIBC_TUNABLES": ""])
        XCTAssertEqual(empty.status, 0, empty.output)
        XCTAssertEqual(reports(empty.output, ""), 1, empty.output)
    }
}
