import XCTest

@testable import SceneRadar

/// A track of a public scene whose title or address names a private person is reported: the
/// site publishes both as written.
final class PrivateNameRulesTests: XCTestCase {
    private func lint(visibility: String = "public") throws -> String {
        try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\nvisibility: \(visibility)\n---\n",
            "people/qv.md": "---\nname: Qzorbex Vantrell\nprivate: true\naliases: [Kai]\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - title: Night Run (Qzorbex Vantrell Remix)
                url: https://soundcloud.com/mira/night-run
                credits: {producer: [Mira], self-released: true}
              - title: Dawn
                url: https://soundcloud.com/mira/dawn-qzorbex-vantrell-edit
                credits: {producer: [Mira], self-released: true}
              - title: Kai
                url: https://soundcloud.com/mira/kai
                credits: {producer: [Mira], self-released: true}
            ---

            """,
        ]).lintOutput()
    }

    func testTrackTitleOrAddressNamingAPrivatePerson_isReported() throws {
        let out = try lint()
        XCTAssertTrue(
            out.contains(
                "scenes/s/log/2026-W02.md:4:5: warning[privacy.private-link]: track 'Night Run (Qzorbex Vantrell Remix)' "
                    + "names 'Qzorbex Vantrell', who is private, in its title: the site shows a track's title as written"
            ),
            out)
        XCTAssertTrue(
            out.contains(
                "2026-W02.md:7:5: warning[privacy.private-link]: track 'Dawn' names 'Qzorbex Vantrell', who is private, "
                    + "in its address"),
            out)
        // A short single name is not looked for within a text; a track called "Kai" is its own.
        XCTAssertFalse(out.contains("track 'Kai'"), out)
    }

    func testTracksOfAPrivateScene_areNotReported() throws {
        XCTAssertFalse(try lint(visibility: "private").contains("privacy.private-link"))
    }
}
