import XCTest

@testable import SceneRadar

final class PersonPageTests: XCTestCase {
    private func item(_ scene: String, _ label: String) -> PeopleCredits.Item {
        PeopleCredits.Item(
            scene: scene, week: ISOWeek(year: 2026, week: 40)!, label: label, role: "artist", url: nil)
    }

    /// Groups by scene as grouping into a dictionary and sorting its keys would: scenes in slug
    /// order, each scene's items in their own order, whatever order the items come in.
    func testByScene_groupsInSlugOrderKeepingItemOrder() {
        let inOrder = [
            item("ambient-dub", "a1"), item("ambient-dub", "a2"), item("bloghouse", "b1"), item("zouk", "z1"),
            item("zouk", "z2"), item("zouk", "z3"),
        ]
        var shuffled = inOrder
        shuffled.swapAt(0, 4)
        shuffled.swapAt(2, 5)
        for items in [inOrder, shuffled, [], [item("solo", "s")]] {
            let expected = Dictionary(grouping: items, by: \.scene).sorted { $0.key < $1.key }.map(\.value)
            XCTAssertEqual(PersonPage.byScene(items).map(Array.init), expected)
        }
    }

    /// Two spellings of one person in a week's artists (a name and an alias, with and without
    /// an accent) are one artist: one chip on the log page, counted once in its summary.
    func testLogPage_showsOnePersonOnce_underTwoSpellings() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "people/soren.md": "---\nname: Søren Kolt\naliases: [SK]\n---\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md":
                "---\nweek: 2026-W02\nartists: [Søren Kolt, Soren Kolt, SK, Ada]\n---\n",
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/scenes/s/2026-W02/index.html")
        XCTAssertEqual(page.components(separatedBy: ">Søren Kolt</a></li>").count, 2, page)
        XCTAssertTrue(page.contains(">Ada</a></li>"), page)
        XCTAssertTrue(page.contains("content=\"S, week 2026-W02: 2 artists."), page)
    }
}
