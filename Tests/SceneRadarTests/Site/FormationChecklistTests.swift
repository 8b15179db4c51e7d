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
    /// is an item of their own. Either links to the person's page, as the page's other lists do.
    func testBridgeNamedAndDetected_isOneItem() throws {
        let log = "---\nweek: 2026-W02\nartists: [Ada Bridge, Bo Only]\n---\n"
        let page = try scenePage(
            bridges: "[{kind: dj, who: Ada Bridge, since: 2026-W02}]", log: log,
            [
                "scenes/t/scene.md": "---\nname: Tide\nspotted: 2026-01-05\n---\n",
                "scenes/t/log/2026-W02.md": log,
            ])
        XCTAssertTrue(
            page.contains(
                "<li>dj: <a href=\"../../people/ada-bridge/index.html\">Ada Bridge</a> <span class=\"muted\">— since 2026-W02; also in Tide, detected</span></li>"
            ),
            page)
        XCTAssertFalse(page.contains("Ada Bridge also in"), page)
        XCTAssertTrue(
            page.contains(
                "<li><a href=\"../../people/bo-only/index.html\">Bo Only</a> <span class=\"muted\">— also in Tide, detected</span></li>"
            ), page)
    }

    /// A private person named as a bridge is shown as the site shows private people, with no
    /// link and none of the curator's note about them; a bridge without a person is its kind.
    func testPrivateBridgeAndBridgeWithoutAPerson_areNotLinked() throws {
        let page = try scenePage(
            bridges: "[{kind: dj, who: Cy Hidden, note: lives upstairs}, {kind: press, note: Sea Zine}]",
            log: "---\nweek: 2026-W02\nartists: [Cy Hidden]\n---\n",
            ["people/cy-hidden.md": "---\nname: Cy Hidden\nprivate: true\n---\n"])
        XCTAssertTrue(page.contains("<li>dj: <span class=\"person\">uncredited (private)</span></li>"), page)
        XCTAssertTrue(page.contains("<li>press <span class=\"muted\">— Sea Zine</span></li>"), page)
        XCTAssertFalse(
            page.contains("Cy Hidden") || page.contains("cy-hidden") || page.contains("upstairs"), page)
    }

    /// The page of scene `s`, "Sea", whose profile names `bridges` and whose one log is `log`,
    /// built with the vault's other `files`.
    private func scenePage(bridges: String, log: String, _ files: [String: String]) throws -> String {
        let profile = "---\nname: Sea\nspotted: 2026-01-05\nformation: {bridges: \(bridges)}\n---\n"
        let vault = try TemporaryVault(
            files.merging(
                ["radar.yml": "title: T\n", "scenes/s/scene.md": profile, "scenes/s/log/2026-W02.md": log]
            ) { $1 })
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        return try vault.read("out/scenes/s/index.html")
    }
}
