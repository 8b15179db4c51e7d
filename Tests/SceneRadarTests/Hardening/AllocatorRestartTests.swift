import Foundation
import XCTest

@testable import SceneRadar

/// The executable starts itself again with a larger allocator cache for the commands that read
/// a whole vault, and leaves a caller's own `GLIBC_TUNABLES` alone.
final class AllocatorRestartTests: XCTestCase {
    private let vault = Fixtures.packageRoot + "/example-vault"

    private func lint(environment extra: [String: String]) throws -> RadarProcess.Outcome {
        guard let radar = RadarProcess.binary else {
            throw XCTSkip("no radar executable beside the tests and RADAR_BINARY unset")
        }
        var environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "RADAR_TRACE": "1"]
        environment.merge(extra) { $1 }
        return try RadarProcess.run(radar, ["lint", vault], directory: vault, environment: environment)
    }

    func testLint_restartsWithTheAllocatorCache() throws {
        let result = try lint(environment: [:])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(
            result.output.contains("radar trace: GLIBC_TUNABLES=\(ProcessLifetime.allocatorTunables)\n"),
            result.output)
    }

    func testLint_keepsTheCallersTunables() throws {
        let result = try lint(environment: ["GLIBC_TUNABLES": "glibc.malloc.tcache_count=7"])
        XCTAssertEqual(result.status, 0, result.output)
        XCTAssertTrue(
            result.output.contains("radar trace: GLIBC_TUNABLES=glibc.malloc.tcache_count=7\n"), result.output
        )
        let empty = try lint(environment: ["GLIBC_TUNABLES": ""])
        XCTAssertEqual(empty.status, 0, empty.output)
        XCTAssertTrue(empty.output.contains("radar trace: GLIBC_TUNABLES=\n"), empty.output)
    }
}
