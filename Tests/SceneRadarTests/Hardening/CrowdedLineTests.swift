import Foundation
import XCTest

@testable import SceneRadar

/// A note with tens of thousands of problems on one long line of its body: lint reports each at
/// its column in a report that grows with the problems, not with the problems times the line,
/// and the build reports every invite link and renders every link. Each of these once took minutes (work per problem over
/// the whole line) or ran out of memory; the budget makes a return of that fail, not hang.
final class CrowdedLineTests: XCTestCase {
    /// Far above what the work takes in a debug build (a few seconds).
    static let budget = 120.0
    static let count = 20_000

    private func crowdedVault() throws -> TemporaryVault {
        let links = String(repeating: "[[nowhere]] https://discord.gg/abc ", count: Self.count)
        return try TemporaryVault([
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n---\n" + links + "\n",
        ])
    }

    func testLint_reportsEveryProblemAtItsColumn_inAReportOfBoundedSize() throws {
        let vault = try crowdedVault()
        let root = vault.root
        var seconds = 0.0
        let run = Deadline.run(Self.budget, elapsed: &seconds) { Fixtures.run(["lint", root]) }
        let result = try XCTUnwrap(run, "radar lint took over \(Self.budget) s")
        XCTAssertEqual(result.status, 1)
        let reported = result.out.split(separator: "\n")
        XCTAssertEqual(reported.filter { $0.contains(": warning[link.unresolved]") }.count, Self.count)
        XCTAssertEqual(reported.filter { $0.contains(": error[privacy.invite-link]") }.count, Self.count)
        let last = (Self.count - 1) * 35 + 1
        XCTAssertTrue(result.out.contains("2026-W02.md:4:\(last): warning[link.unresolved]"))
        XCTAssertTrue(result.out.contains("2026-W02.md:4:\(last + 12): error[privacy.invite-link]"))
        // Each problem quotes a window of the 700 KB line, not the line.
        XCTAssertLessThan(result.out.utf8.count, 2 * Self.count * 700)
    }

    func testBuild_rendersEveryLink() throws {
        let vault = try crowdedVault()
        let root = vault.root
        var seconds = 0.0
        let run = Deadline.run(Self.budget, elapsed: &seconds) {
            Fixtures.run(["build", root, "-o", root + "/_site", "--quiet"])
        }
        let result = try XCTUnwrap(run, "radar build took over \(Self.budget) s")
        // The invite links are errors for the build too (each reported; the wiki links are
        // lint's warnings), and the note is still rendered.
        XCTAssertEqual(result.status, 1)
        let reported = result.err.split(separator: "\n")
        XCTAssertEqual(reported.filter { $0.contains(": error[privacy.invite-link]") }.count, Self.count)
        XCTAssertFalse(result.err.contains("[link.unresolved]"))
        let page = try vault.read("_site/scenes/s/2026-W02/index.html")
        XCTAssertEqual(page.components(separatedBy: "nowhere https://discord.gg/abc").count - 1, Self.count)
    }
}
