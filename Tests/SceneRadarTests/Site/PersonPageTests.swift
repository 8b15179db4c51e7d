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

    /// A person's page says how to pay them through the tracks they are credited on, each
    /// support link once, from every week it was logged (not their own again, never a private
    /// person's address), and names one
    /// credit logged in two weeks as one row with both weeks.
    func testPersonPage_listsTheirTracksSupport_andOneRowPerCredit() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "people/ada.md": "---\nname: Ada\nsupport: [https://ada.example/tip]\n---\n",
            "people/quiet.md": "---\nname: Quiet\nprivate: true\nsupport: [https://quiet.example/tip]\n---\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - {title: One, url: https://a.example/1, credits: {producer: [Ada], self-released: true}, support: [https://label.example/one, https://ada.example/tip/, https://shop.example/one]}
              - {title: Two, url: https://a.example/2, credits: {vocalist: [Ada], self-released: true}, support: [https://quiet.example/tip, https://label.example/one, https://shop.example/item?id=1, https://shop.example/item?id=2]}
            ---

            """,
            "scenes/s/log/2026-W03.md": """
            ---
            week: 2026-W03
            tracks:
              - {title: One, url: https://a.example/1, credits: {producer: [Ada], self-released: true}, support: [https://label.example/one]}
            ---

            """,
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/people/ada/index.html")
        XCTAssertTrue(page.contains("Buy or tip their tracks"), page)
        XCTAssertEqual(page.components(separatedBy: "href=\"https://label.example/one\"").count, 2, page)
        // One row per track, its title first, then the link to pay through.
        XCTAssertTrue(
            page.contains(
                "<li><span class=\"track-name\">One</span> <a class=\"button\" href=\"https://label.example/one\" rel=\"nofollow noopener\">label.example<span class=\"visually-hidden\">, for “One”</span></a></li>"
            ), page)
        XCTAssertFalse(page.contains("quiet.example"), page)
        // The older week's link of a track logged twice is kept though its row shows the newer.
        XCTAssertTrue(page.contains("href=\"https://shop.example/one\""), page)
        // Two shop items differ by their query alone: both are listed.
        XCTAssertTrue(page.contains("href=\"https://shop.example/item?id=1\""), page)
        XCTAssertTrue(page.contains("href=\"https://shop.example/item?id=2\""), page)
        XCTAssertEqual(page.components(separatedBy: "ada.example/tip").count, 2, "their own, once: \(page)")
        XCTAssertTrue(
            page.contains(
                ">One</a> <span class=\"muted\">producer</span> "
                    + "<a class=\"week-ref\" href=\"../../scenes/s/2026-W03/index.html\">2026-W03</a> "
                    + "<a class=\"week-ref\" href=\"../../scenes/s/2026-W02/index.html\">2026-W02</a></li>"),
            page)
        XCTAssertFalse(page.contains("No support links known yet."), page)
    }

    /// A release's link that its later edit brings too is named for the release: for the track
    /// whose own address it is, else for the first logged of the tracks that bring it.
    func testPersonPage_namesASharedLinkForTheRelease_notALaterEdit() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: T\n",
            "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": """
            ---
            week: 2026-W02
            tracks:
              - {title: Tide, url: https://ada.example/tide, credits: {producer: [Ada], self-released: true}, support: [https://ada.example/tide]}
              - {title: Reef, url: https://v.example/reef, credits: {producer: [Ada], self-released: true}, support: [https://shop.example/reef]}
            ---

            """,
            "scenes/s/log/2026-W05.md": """
            ---
            week: 2026-W05
            tracks:
              - {title: Tide (Bo Edit), url: https://v.example/1, kind: edit, credits: {producer: [Ada], remixer: [Bo], self-released: true}, support: [https://ada.example/tide/]}
              - {title: Reef (Cy Edit), url: https://v.example/2, kind: edit, credits: {producer: [Ada], remixer: [Cy], self-released: true}, support: [https://shop.example/reef]}
            ---

            """,
        ])
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let page = try vault.read("out/people/ada/index.html")
        XCTAssertTrue(page.contains("<span class=\"track-name\">Tide</span>"), page)
        XCTAssertTrue(page.contains("<span class=\"track-name\">Reef</span>"), page)
        XCTAssertFalse(page.contains("Edit)</span>"), page)
        XCTAssertEqual(page.components(separatedBy: "class=\"track-name\"").count, 3, page)
    }
}
