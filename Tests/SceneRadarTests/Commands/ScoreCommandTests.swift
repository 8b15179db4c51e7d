import Foundation
import XCTest

@testable import SceneRadar

/// `radar score --explain`: the formats it prints in and how it finds the scene.
final class ScoreCommandTests: XCTestCase {
    private let vault = Fixtures.packageRoot + "/example-vault"

    // MARK: - Formats

    func testExplain_formatJSON_isAnObjectWithTheScoreAndEverySignal() throws {
        let result = Fixtures.run(["score", vault, "--format", "json", "--explain", "modem-house"])
        XCTAssertEqual(result.status, 0, result.err)
        let document = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any], result.out)
        XCTAssertEqual(document["now"] as? String, "2026-W47")
        XCTAssertEqual(document["firstWeek"] as? String, "2026-W42")
        XCTAssertEqual(document["weightedSum"] as? Double, 1.1875)
        XCTAssertEqual(document["totalWeight"] as? Double, 7)
        let scene = try XCTUnwrap(document["scene"] as? [String: Any])
        XCTAssertEqual(scene["slug"] as? String, "modem-house")
        XCTAssertEqual(scene["name"] as? String, "Modem House")
        XCTAssertEqual(scene["score"] as? Double, 17.0)
        XCTAssertEqual(scene["phase"] as? String, "forming")
        XCTAssertEqual((scene["stage"] as? [String: Any])?["points"] as? Int, 4)
        XCTAssertEqual((scene["momentum"] as? [String: Any])?["trend"] as? String, "fading")

        let signals = try XCTUnwrap(scene["signals"] as? [[String: Any]])
        XCTAssertEqual(signals.compactMap { $0["signal"] as? String }, Signal.allCases.map(\.rawValue))
        let platforms = try XCTUnwrap(signals.first)
        XCTAssertEqual(platforms["strength"] as? Double, 0.6667)
        XCTAssertEqual(platforms["weight"] as? Double, 1)
        XCTAssertEqual(platforms["contribution"] as? Double, 0.6667)
        XCTAssertEqual(platforms["points"] as? Double, 9.5238)
        let evidence = try XCTUnwrap(platforms["evidence"] as? [[String: Any]])
        XCTAssertEqual(evidence.count, 2)
        XCTAssertEqual(
            evidence.first?["location"] as? String, vault + "/scenes/modem-house/log/2026-W42.md:6:5")
        // The points of all signals add up to the score (before it is rounded to one decimal).
        let points = signals.compactMap { $0["points"] as? Double }.reduce(0, +)
        XCTAssertEqual(points, 100 * 1.1875 / 7, accuracy: 0.001)
    }

    /// `radar score` is the curator's: it lists private people in a core, and says which; they
    /// stand where the site shows "uncredited (private)", not where their name sorts.
    func testFormatJSON_marksPrivatePeopleInTheCore() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "people/aaron-quiet.md": "---\nname: Aaron Quiet\nprivate: true\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\nartists: [Aaron Quiet, Zed Public]\n---\n",
            "scenes/s/log/2026-W03.md": "---\nweek: 2026-W03\nartists: [Aaron Quiet, Zed Public]\n---\n",
        ])
        let result = Fixtures.run(["score", vault.root, "--format", "json"])
        let document = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let scene = try XCTUnwrap((document["scenes"] as? [[String: Any]])?.first)
        let core = try XCTUnwrap(scene["core"] as? [[String: Any]])
        XCTAssertEqual(core.map { $0["person"] as? String }, ["Zed Public", "Aaron Quiet"])
        XCTAssertEqual(core.map { $0["isPrivate"] as? Bool }, [nil, true])
    }

    func testExplain_formatTable_isTheTextExplanation() {
        let table = Fixtures.run(["score", vault, "--format", "table", "--explain", "modem-house"])
        let plain = Fixtures.run(["score", vault, "--explain", "modem-house"])
        XCTAssertEqual(table.status, 0, table.err)
        XCTAssertTrue(table.out.hasPrefix("Modem House (modem-house)\n"), table.out)
        XCTAssertTrue(table.out.contains("score = 100 × 1.1875 / 7 = 16.9643 → 17.0\n"), table.out)
        XCTAssertEqual(table.out, plain.out)
    }

    func testExplain_formatCSV_isAUsageErrorNamingBothOptions() {
        let result = Fixtures.run(["score", vault, "--format", "csv", "--explain", "modem-house"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(
            result.err,
            """
            Error: '--format csv' cannot be used with '--explain': an explanation prints as table (text) or json
            Usage: radar score [<vault>] [--format <format>] [--explain <scene>]
            See 'radar score --help' for more information.

            """)
    }

    // MARK: - Finding the scene

    func testExplain_byAliasOrFoldedName_findsTheScene() {
        for given in ["56k house", "Handshake House", "MODEM house"] {
            let result = Fixtures.run(["score", vault, "--explain", given])
            XCTAssertEqual(result.status, 0, "\(given): \(result.err)")
            XCTAssertTrue(result.out.hasPrefix("Modem House (modem-house)\n"), given)
        }
    }

    func testExplain_aliasOfTwoScenes_isAnErrorListingTheirSlugs() throws {
        let profile = { (name: String) in "---\nname: \(name)\naliases: [Drift]\nspotted: 2026-01-05\n---\n" }
        let vault = try TemporaryVault([
            "radar.yml": "title: Test\n",
            "scenes/night-drift/scene.md": profile("Night Drift"),
            "scenes/tidal-drift/scene.md": profile("Tidal Drift"),
        ])
        let result = Fixtures.run(["score", vault.root, "--explain", "drift"])
        XCTAssertEqual(result.status, 2)
        XCTAssertEqual(result.out, "")
        XCTAssertEqual(
            result.err,
            "radar: 'drift' names several scenes: night-drift, tidal-drift; give the slug\n")
        XCTAssertEqual(Fixtures.run(["score", vault.root, "--explain", "night-drift"]).status, 0)
        // A slug in capitals is the slug, as in a wiki link.
        XCTAssertEqual(Fixtures.run(["score", vault.root, "--explain", "Night-DRIFT"]).status, 0)
    }

    /// The formula's numbers give the score as printed, weights keep the decimals they were
    /// written with, and a scene with no log in the window says it has no momentum to measure.
    func testExplain_printsTheExactFormula_weights_andAStaleSceneMomentum() throws {
        let log = { (week: String) in
            "---\ntracks:\n  - {title: T, url: \"https://a.bandcamp.com/\(week)\", kind: original}\n---\n"
        }
        let vault = try TemporaryVault([
            "radar.yml": "title: Test\nwindow: 2\nweights: {platforms: 0.125, vocabulary: 0.004}\n",
            "scenes/new/scene.md": "---\nname: New\nspotted: 2026-01-05\n---\n",
            "scenes/new/log/2026-W10.md": log("w10"),
            "scenes/old/scene.md": "---\nname: Old\nspotted: 2026-01-05\n---\n",
            "scenes/old/log/2026-W02.md": log("w02"),
        ])
        let fresh = Fixtures.run(["score", vault.root, "--explain", "new"])
        XCTAssertEqual(fresh.status, 0, fresh.err)
        // platforms 1/3 × 0.125 over 5.129: 0.8124… → 0.8
        XCTAssertTrue(fresh.out.contains("score = 100 × 0.041667 / 5.129 = 0.8124 → 0.8\n"), fresh.out)
        XCTAssertTrue(fresh.out.contains("platforms: 0.3333 = min(1/3, 1), weight 0.125 "), fresh.out)
        XCTAssertTrue(fresh.out.contains("vocabulary: 0 = min(0/3, 1), weight 0.004 "), fresh.out)
        let stale = Fixtures.run(["score", vault.root, "--explain", "old"])
        XCTAssertTrue(
            stale.out.contains("\nmomentum: no weeks to measure (no log in the window)\n"), stale.out)
        XCTAssertFalse(stale.out.contains(" - – -"), stale.out)
    }

    func testExplain_unknownScene_suggestsTheClosestSlug() {
        let result = Fixtures.run(["score", vault, "--explain", "modem-hous"])
        XCTAssertEqual(result.status, 2)
        // As `radar new log` says it: the message, and the vault's scenes.
        XCTAssertTrue(
            result.err.hasPrefix("radar: no scene 'modem-hous' in this vault; did you mean 'modem-house'?\n"),
            result.err)
        XCTAssertTrue(result.err.contains("  hint: scenes in this vault: "), result.err)
    }

    /// A scene whose profile has errors is left out of the ranking: `--explain` says so and
    /// points at the profile, by slug or by the name its broken profile still gives, rather than
    /// saying the vault has no such scene. A folder with logs and no profile is named as such.
    func testExplain_sceneLeftOutForErrors_saysWhyNotUnknown() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: Test\n",
            "scenes/a/scene.md": "---\nname: A\nspotted: 2026-01-05\n---\n",
            "scenes/bad/scene.md": "---\nname: Night Bus\nspotted: not a date\n---\n",
            "scenes/orphan/log/2026-W02.md": "---\nweek: 2026-W02\n---\n",
        ])
        for given in ["bad", "night bus"] {
            let result = Fixtures.run(["score", vault.root, "--explain", given])
            XCTAssertEqual(result.status, 2, given)
            XCTAssertTrue(
                result.err.contains(
                    "radar: scene 'bad' is left out: its profile '\(vault.root)/scenes/bad/scene.md' has errors\n"
                        + "  hint: run 'radar lint' to see them\n"), result.err)
            XCTAssertEqual(result.out, "")
        }
        let orphan = Fixtures.run(["score", vault.root, "--explain", "orphan"])
        XCTAssertEqual(orphan.status, 2)
        XCTAssertTrue(
            orphan.err.contains(
                "radar: scene folder 'orphan' has no profile '\(vault.root)/scenes/orphan/scene.md'\n"),
            orphan.err)
        let unknown = Fixtures.run(["score", vault.root, "--explain", "nowhere"])
        XCTAssertTrue(unknown.err.contains("  hint: scenes in this vault: a\n"), unknown.err)
    }

    /// A name holding control characters (YAML escapes) reaches the terminal with each replaced
    /// by U+FFFD: an escape sequence would recolour or rewrite the screen.
    func testTextFormats_replaceControlCharactersInNames() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "scenes/s/scene.md": "---\nname: \"Modem\\x01House\\e[31m\"\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": "---\nweek: 2026-W02\n---\n",
        ])
        for arguments in [
            ["score", vault.root], ["score", vault.root, "--format", "csv"],
            ["score", vault.root, "--explain", "s"],
        ] {
            let result = Fixtures.run(arguments)
            XCTAssertEqual(result.status, 0, result.err)
            XCTAssertTrue(
                result.out.contains("Modem\u{FFFD}House\u{FFFD}[31m"), "\(arguments): \(result.out)")
            XCTAssertFalse(
                result.out.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x01 }, "\(arguments)")
        }
        // The table stays aligned: the name is measured as it is shown, a line break in it too.
        let rows = ScoreReport.align(
            [["a", "score"], ["Mo\u{1B}[1m\ndem", "1"], ["x", "22"]], numeric: [1])
        XCTAssertEqual(
            rows,
            "a" + String(repeating: " ", count: 11) + "score\n" + "Mo\u{FFFD}[1m\u{FFFD}dem"
                + String(repeating: " ", count: 6)
                + "1\n" + "x" + String(repeating: " ", count: 14) + "22\n")
        let json = Fixtures.run(["score", vault.root, "--format", "json"])
        XCTAssertTrue(
            json.out.contains("Modem\\u0001House\\u001b[31m")
                || json.out.contains("Modem\\u0001House\\u001B[31m"), json.out)
    }

    // MARK: - Notes and settings with errors

    /// radar.yml holds the settings, not a note: its errors are not counted as a note left out.
    func testSettingsWithErrors_areNotCalledANoteLeftOut() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: Test\nwindow: 100000000000\n",
            "scenes/a/scene.md": "---\nname: A\nspotted: 2026-01-05\n---\n",
            "scenes/b/scene.md": "---\nname: [B]\n---\n",
        ])
        let result = Fixtures.run(["score", vault.root])
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            result.err,
            "radar: radar.yml has errors, and the settings with errors fall back to their defaults; run 'radar lint' to see them\n"
                + "radar: 1 note has errors and was left out; run 'radar lint' to see them\n")
    }
}
