import Foundation
import XCTest

@testable import SceneRadar

/// The "How it formed" checklist on a scene page.
final class FormationChecklistTests: XCTestCase {
    func testClause_dropsSurroundingSpaceAndAFinalFullStop() {
        XCTAssertEqual(
            FormationChecklist.clause("The two finished the edit in W44.\n"),
            "The two finished the edit in W44")
        XCTAssertEqual(FormationChecklist.clause("  met at the party  "), "met at the party")
        XCTAssertEqual(FormationChecklist.clause("and then..."), "and then...")
        XCTAssertEqual(FormationChecklist.clause("\n"), "")
    }

    /// A person the profile names as a bridge and radar also detects in another scene is one
    /// item, the bridge the curator wrote, saying where else they are; a person only detected
    /// is an item of their own.
    func testBridgeNamedAndDetected_isOneItem() throws {
        let log = "---\nweek: 2026-W02\nartists: [Ada Bridge, Bo Only]\n---\n"
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "scenes/s/scene.md": """
            ---
            name: Sea
            spotted: 2026-01-05
            formation: {bridges: [{kind: dj, who: Ada Bridge, since: 2026-W02}]}
            ---
            """,
            "scenes/t/scene.md": "---\nname: Tide\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": log, "scenes/t/log/2026-W02.md": log,
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/scenes/s/index.html")
        XCTAssertTrue(
            page.contains(
                "<li>dj: Ada Bridge <span class=\"muted\">— since 2026-W02; also in Tide, detected</span></li>"
            ),
            page)
        XCTAssertFalse(page.contains("Ada Bridge also in"), page)
        XCTAssertTrue(
            page.contains("<li>Bo Only <span class=\"muted\">— also in Tide, detected</span></li>"), page)
    }
}
