import Foundation
import XCTest

@testable import SceneRadar

/// What the default theme shows when a scene, a log or a person has little to show: a line that
/// says so, never an empty section, an empty landmark or an empty paragraph.
final class EmptyStatesTests: XCTestCase {
    private func build(_ files: [String: String]) throws -> (TemporaryVault, String) {
        let vault = try TemporaryVault(
            ["radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n"]
                .merging(files) { $1 })
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        return (vault, vault.path("out"))
    }

    private func page(_ root: String, _ path: String) throws -> String {
        try String(contentsOfFile: root + "/" + path, encoding: .utf8)
    }

    func testSceneWithOneLog_andNothingToQuote() throws {
        let (vault, out) = try build([
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            artists: [Ada Public]
            events: [{name: Night One, date: 2026-01-06, city: Lagos}]
            ---
            """
        ])
        defer { _ = vault }
        let credits = try page(out, "scenes/s/credits/index.html")
        XCTAssertTrue(credits.contains("No visual language or vocabulary logged yet."), credits)
        XCTAssertFalse(credits.contains("below belong to the scene"))
        // Each event is a heading under "Events", one level down.
        XCTAssertTrue(credits.contains("<h3>Events</h3>"))
        XCTAssertTrue(
            credits.contains(
                "<h4>Night One <span class=\"muted\"><time datetime=\"2026-01-06\">2026-01-06</time> · Lagos</span></h4>"
            ),
            credits)
        let log = try page(out, "scenes/s/2026-W02/index.html")
        XCTAssertFalse(log.contains("class=\"pager\""), "a log without neighbours has an empty pager")
        XCTAssertTrue(log.contains("<h3>Night One"), log)
        let person = try page(out, "people/ada-public/index.html")
        XCTAssertFalse(person.contains("<p class=\"facts\"></p>"))
        XCTAssertTrue(person.contains("No support links known yet."))
    }

    func testSceneWithVisualsAndVocabulary_labelsEachList() throws {
        let (vault, out) = try build([
            "scenes/s/scene.md": """
            ---
            name: S
            spotted: 2026-01-05
            formation: {visuals: [green type]}
            vocabulary: [the drop]
            ---
            """
        ])
        defer { _ = vault }
        let credits = try page(out, "scenes/s/credits/index.html")
        XCTAssertTrue(
            credits.contains("<h3>Visual language</h3><ul class=\"chips\"><li>green type</li></ul>"), credits)
        XCTAssertTrue(
            credits.contains("<h3>Vocabulary</h3><ul class=\"chips\"><li>the drop</li></ul>"), credits)
        XCTAssertFalse(credits.contains("No visual language"))
    }

    /// A track's own support links are said to be with the track, not "no support links" when
    /// no one credited has a note with links of their own.
    func testSceneCreditsWithTrackSupportOnly_pointsAtTheTracks() throws {
        let (vault, out) = try build([
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - {title: One, url: https://a.example/1, credits: {producer: [Ada]}, support: [https://ko-fi.com/ada]}
            ---
            """
        ])
        defer { _ = vault }
        let credits = try page(out, "scenes/s/credits/index.html")
        XCTAssertTrue(
            credits.contains(
                "No one credited here has support links of their own noted yet; each track's links are with it above."
            ), credits)
        XCTAssertFalse(credits.contains("No support links logged yet."), credits)
        XCTAssertTrue(credits.contains(">ko-fi.com/ada<span class=\"visually-hidden\">, for “"), credits)
    }

    /// A signal's weight other than 1 is said under it as radar takes it: 0 is "not counted",
    /// and the smallest weight radar takes shows as itself, not rounded to 0.
    func testScenePage_saysEachWeightAsItIs() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\nweights: {remixes: 0.001, small-press: 2.5, soundalikes: 0}\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nartists: [A]\n---\n",
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/scenes/s/index.html")
        for note in ["Weight 0.001.", "Weight 2.5.", "Weight 0: not counted in the score."] {
            XCTAssertTrue(page.contains(note), note)
        }
        XCTAssertFalse(page.contains("Weight 0.</span>"), page)
    }
}
