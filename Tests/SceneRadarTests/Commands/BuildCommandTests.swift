import Foundation
import XCTest

@testable import SceneRadar

final class BuildCommandTests: XCTestCase {
    private func vault() throws -> TemporaryVault {
        try TemporaryVault([
            "scenes/a/scene.md": "---\nname: Alpha\nspotted: 2026-01-05\n---\nHello.\n",
            "scenes/a/log/2026-W02.md": "---\nartists: [Ada]\n---\n",
            "scenes/b/scene.md": "---\nname: [broken\n---\n",
        ])
    }

    func testBuild_brokenNote_exitsOneButWritesTheRest() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "-o", vault.path("out"), "--quiet"])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(result.err.contains("scenes/b/scene.md:2:7: error[syntax]"), result.err)
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault.path("out/scenes/a/index.html")))
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("out/scenes/b/index.html")))
    }

    func testBuild_badBaseURL_isAUsageError() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "--base-url", "javascript:alert(1)"])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.hasPrefix("Error: Invalid value 'javascript:alert(1)' for '--base-url'"))
    }

    func testBuild_intoTheVaultItself_exitsTwo() throws {
        let vault = try vault()
        let result = Fixtures.run(["build", vault.root, "-o", vault.root])
        XCTAssertEqual(result.status, 2)
        XCTAssertTrue(result.err.contains("refusing to build into the vault itself"))
    }

    func testBuild_summaryLine() throws {
        let vault = try vault()
        try FileManager.default.removeItem(atPath: vault.path("scenes/b"))
        let first = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertEqual(first.status, 0)
        XCTAssertTrue(first.err.hasPrefix("radar: built 7 pages, 5 charts into "), first.err)
        let second = Fixtures.run(["build", vault.root, "-o", vault.path("out")])
        XCTAssertTrue(second.err.contains("unchanged"), second.err)
    }
}
