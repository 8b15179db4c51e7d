import Foundation
import XCTest

@testable import SceneRadar

/// `radar build` checks the lint rules whose problems are errors (missing producer, remixer or
/// DJ credits; chat invite links), reports them and exits 1, as `radar lint` does; their notes are
/// still rendered. Warnings and info stay `radar lint`'s, and so do wiki links.
final class BuildRuleErrorsTests: XCTestCase {
    static let scene = "---\nname: Alpha\nspotted: 2026-01-05\n---\nSee [[Nowhere]].\n"
    /// A log whose one track has no producer, no label and no support link.
    static let uncredited = """
        ---
        week: 2026-W02
        artists: [Ada]
        tracks:
          - title: Damp Wall
            url: https://example.org/damp-wall
        ---
        Notes.

        """

    private func build(_ vault: TemporaryVault) -> (status: Int32, out: String, err: String) {
        Fixtures.run([
            "build", vault.root, "-o", vault.path("out"), "--quiet", "--base-url", "https://x.example/",
        ])
    }

    /// The codes of the problems a run printed, in order.
    private func codes(_ text: String) -> [String] {
        text.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("/"), let open = line.firstIndex(of: "["),
                let close = line[open...].firstIndex(of: "]")
            else { return nil }
            return String(line[line.index(after: open)..<close])
        }
    }

    func testBuild_reportsRuleErrors_notWarnings_andStillRendersTheNote() throws {
        let vault = try TemporaryVault([
            "scenes/a/scene.md": Self.scene,
            "scenes/a/log/2026-W02.md": Self.uncredited,
            "people/ada.md": "---\nname: Ada\nlinks: [https://t.me/joinchat/abc]\n---\n",
        ])
        let result = build(vault)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(codes(result.err), ["privacy.invite-link", "credit.producer-missing"], result.err)
        XCTAssertTrue(
            result.err.contains(
                "scenes/a/log/2026-W02.md:5:5: error[credit.producer-missing]: original 'Damp Wall' has no producer"
            ),
            result.err)
        XCTAssertTrue(
            result.err.contains("people/ada.md:3:9: error[privacy.invite-link]: 'https://t.me/joinchat/abc'"),
            result.err)
        // The same errors as radar lint, which also has the warnings and the wiki link.
        let lint = Fixtures.run(["lint", vault.root])
        XCTAssertEqual(lint.status, 1)
        let lintCodes = codes(lint.out)
        XCTAssertEqual(
            Set(lintCodes),
            [
                "credit.producer-missing", "privacy.invite-link", "credit.label-missing", "support.missing",
                "link.unresolved", "log.markers-missing", "scene.no-container", "scene.no-infrastructure",
            ])
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault.path("out/scenes/a/2026-W02/index.html")))
        XCTAssertTrue(FileManager.default.fileExists(atPath: vault.path("out/people/ada/index.html")))
    }

    /// A note with a schema error is skipped, and the rules' errors in what decoded of it are
    /// reported with it, as radar lint reports them: all of a note's errors at once.
    func testBuild_brokenNote_reportsItsRuleErrorsToo() throws {
        let vault = try TemporaryVault([
            "scenes/a/scene.md": Self.scene,
            "scenes/a/log/2026-W02.md": Self.uncredited.replacingOccurrences(of: "artists:", with: "artsts:"),
            "people/ada.md": "---\nname: Ada\nlinks: [https://t.me/joinchat/abc]\npronuns: she\n---\n",
        ])
        let result = build(vault)
        XCTAssertEqual(result.status, 1)
        XCTAssertEqual(
            codes(result.err),
            ["privacy.invite-link", "unknown-key", "unknown-key", "credit.producer-missing"],
            result.err)
        XCTAssertFalse(FileManager.default.fileExists(atPath: vault.path("out/scenes/a/2026-W02/index.html")))
        let lint = Fixtures.run(["lint", vault.root, "--format", "json"])
        for code in ["privacy.invite-link", "unknown-key", "credit.producer-missing"] {
            XCTAssertTrue(lint.out.contains("\"code\": \"\(code)\""), code)
        }
    }

    func testBuild_ruleErrorsAreSilencedAsInLint() throws {
        let silencedInNote = Self.uncredited.replacingOccurrences(
            of: "week: 2026-W02\n", with: "week: 2026-W02\nlint-ignore: [credit.producer-missing]\n")
        let vault = try TemporaryVault([
            "radar.yml": "title: T\nlint:\n  ignore: [privacy.invite-link]\n",
            "scenes/a/scene.md": Self.scene + "Chat: https://discord.gg/abc\n",
            "scenes/a/log/2026-W02.md": silencedInNote,
        ])
        let result = build(vault)
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertEqual(codes(result.err), [], result.err)
        XCTAssertEqual(Fixtures.run(["lint", vault.root]).status, 0)
    }

    /// A rebuild says what a full build says: the errors of a scene kept from the cache are
    /// reported again, and go when the note is fixed.
    func testRebuild_reportsTheErrorsOfKeptScenes_untilFixed() throws {
        let vault = try TemporaryVault([
            "scenes/a/scene.md": Self.scene,
            "scenes/a/log/2026-W02.md": "---\nweek: 2026-W02\nartists: [Ada]\n---\nNotes.\n",
            "scenes/b/scene.md": "---\nname: Beta\nspotted: 2026-01-05\n---\n",
        ])
        XCTAssertEqual(build(vault).status, 0)
        try vault.write("scenes/a/log/2026-W02.md", Self.uncredited + "Join: https://chat.whatsapp.com/xyz\n")
        let edited = build(vault)
        XCTAssertEqual(edited.status, 1)
        XCTAssertEqual(codes(edited.err), ["credit.producer-missing", "privacy.invite-link"], edited.err)
        // Another scene changes: scene a is kept from the cache, its errors with it.
        try vault.write("scenes/b/scene.md", "---\nname: Beta\nspotted: 2026-01-12\n---\n")
        let kept = build(vault)
        XCTAssertEqual(kept.status, 1)
        XCTAssertEqual(kept.err, edited.err)
        // Nothing changes.
        let again = build(vault)
        XCTAssertEqual(again.status, 1)
        XCTAssertEqual(again.err, edited.err)
        // Silenced for the whole vault: every scene is checked again.
        try vault.write("radar.yml", "lint:\n  ignore: [privacy.invite-link]\n")
        let silenced = build(vault)
        XCTAssertEqual(codes(silenced.err), ["credit.producer-missing"], silenced.err)
        try vault.write("radar.yml", "")
        try vault.write("scenes/a/log/2026-W02.md", "---\nweek: 2026-W02\nartists: [Ada]\n---\nNotes.\n")
        let fixed = build(vault)
        XCTAssertEqual(fixed.status, 0, fixed.err)
        XCTAssertEqual(fixed.err, "")
    }
}
