import Foundation
import XCTest

@testable import SceneRadar

/// `name.duplicate`: two scenes, or two people, that go by one name or alias are pointed out
/// at the later note's spelling, with where the name is taken; silenced like any lint rule.
final class NameRulesTests: XCTestCase {
    private let profile = """
        ---
        name: %@
        aliases: [%@]
        spotted: 2026-01-01
        ---

        """

    private func scene(_ name: String, aliases: String = "") -> String {
        String(format: profile, name, aliases)
    }

    func testPeopleAndScenesSharingANameOrAlias_areWarnedAtTheLaterNote() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "people/femke-carrier.md": "---\nname: Femke Carrier\n---\n",
            "people/luuk-baud.md": "---\nname: Luuk Baud\naliases: [DJ Baud, femke  carrier]\n---\n",
            "people/other.md": "---\nname: Other\naliases: [Other, OTHER]\n---\n",
            "scenes/modem-house/scene.md": scene("Modem House"),
            "scenes/modem-house-2/scene.md": scene("Modem House"),
            "scenes/gqom/scene.md": scene("Gqom", aliases: "Modem House"),
        ])
        let out = vault.lintOutput()
        XCTAssertTrue(
            out.contains(
                "people/luuk-baud.md:3:20: warning[name.duplicate]: two people go by 'femke  carrier': credits and wiki links with it go to people/femke-carrier.md, not to this note\n"
            ), out)
        XCTAssertTrue(out.contains("   = note: it is taken here (people/femke-carrier.md:2:7)\n"), out)
        // A name wins over an alias, then slug order decides: links go to scenes/modem-house, so
        // the other note's name and scenes/gqom's alias are pointed out.
        XCTAssertTrue(
            out.contains(
                "scenes/modem-house-2/scene.md:2:7: warning[name.duplicate]: two scenes go by 'Modem House': wiki links with it go to scenes/modem-house/scene.md, not to this note\n"
            ), out)
        XCTAssertTrue(
            out.contains(
                "scenes/gqom/scene.md:3:11: warning[name.duplicate]: two scenes go by 'Modem House': wiki links with it go to scenes/modem-house/scene.md, not to this note\n"
            ), out)
        XCTAssertFalse(out.contains("scenes/modem-house/scene.md:2:7: warning[name.duplicate]"), out)
        // One note's own name and aliases never clash with each other.
        XCTAssertFalse(out.contains("people/other.md"), out)
        XCTAssertEqual(out.components(separatedBy: "[name.duplicate]").count - 1, 3, out)
    }

    /// A scene's name or alias that is another scene's slug: wiki links with it go to the scene
    /// of that slug, which is said at the spelling.
    func testSceneSpellingThatIsAnotherScenesSlug_isWarned() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "scenes/modem-house/scene.md": scene("Modem House", aliases: "modem-house"),
            "scenes/creek/scene.md": scene("Creek", aliases: "modem-house"),
        ])
        let out = vault.lintOutput()
        XCTAssertTrue(
            out.contains(
                "scenes/creek/scene.md:3:11: warning[name.duplicate]: 'modem-house' is the folder name of another scene: wiki links with it go to scenes/modem-house/scene.md, not to this note\n"
            ), out)
        // A scene's own slug among its aliases is no clash.
        XCTAssertFalse(out.contains("scenes/modem-house/scene.md:3:11: warning"), out)
        XCTAssertEqual(out.components(separatedBy: "[name.duplicate]").count - 1, 1, out)
        // And the link goes there: a slug wins over another scene's alias or name.
        let targets = LinkTargets(
            scenes: [
                (slug: "creek", name: "Tide", aliases: ["modem-house", "Night Bus"]),
                (slug: "modem-house", name: "Modem House", aliases: []),
                (slug: "zz", name: "Night Bus", aliases: []),
            ], people: PeopleIndex(people: [], references: []))
        XCTAssertEqual(
            targets.resolve(try XCTUnwrap(WikiLink(inner: "modem-house"))), .scene(slug: "modem-house"))
        XCTAssertEqual(targets.resolve(try XCTUnwrap(WikiLink(inner: "night bus"))), .scene(slug: "zz"))
        XCTAssertEqual(targets.resolve(try XCTUnwrap(WikiLink(inner: "Tide"))), .scene(slug: "creek"))
    }

    func testDuplicateName_isSilencedLikeAnyRule() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "people/a.md": "---\nname: Same\n---\n",
            "people/b.md": "---\nname: Same\nlint-ignore: [name.duplicate]\n---\n",
        ])
        XCTAssertFalse(vault.lintOutput().contains("name.duplicate"))
        let direct = NameRules.duplicates(
            in: [
                .init(
                    file: "a", spellings: [Located("X", at: SourceLocation(file: "a", line: 1, column: 1))]),
                .init(
                    file: "b", spellings: [Located("x", at: SourceLocation(file: "b", line: 2, column: 3))]),
            ], kind: "people", matched: "credits")
        XCTAssertEqual(direct.map(\.location), [SourceLocation(file: "b", line: 2, column: 3)])
    }

    /// Credits take two names for one person once punctuation is removed ("Mara Quay" and
    /// "MARA QUAY."): two notes so named are pointed out too.
    func testPeopleWhoseNamesMeetWithoutPunctuation_areWarned() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "people/mara-quay.md": "---\nname: Mara Quay\n---\n",
            "people/mara-quay-2.md": "---\nname: MARA QUAY.\n---\n",
            "people/dj-kofi.md": "---\nname: DJ Kofi\naliases: [D.J. Kofi]\n---\n",
        ])
        let warnings = vault.lintOutput().split(separator: "\n").filter { $0.contains("[name.duplicate]") }
        XCTAssertEqual(
            warnings,
            [
                "people/mara-quay-2.md:2:7: warning[name.duplicate]: two people go by 'MARA QUAY.': it is 'Mara Quay' "
                    + "once punctuation is removed, so credits and wiki links spelled otherwise go to "
                    + "people/mara-quay.md, not to this note"
            ])
    }
}
