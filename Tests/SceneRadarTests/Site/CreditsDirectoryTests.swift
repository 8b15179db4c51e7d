import XCTest

@testable import SceneRadar

/// The credits directory (`/credits/`) says what each person's page lists: as many credits as
/// the page has rows, and a way to pay them through their tracks when their page has one.
final class CreditsDirectoryTests: XCTestCase {
    private let files = [
        "radar.yml": "title: T\n",
        // Ada goes by an alias too; Bo has a support link of his own and none through tracks;
        // Cy has neither; Quiet is private.
        "people/ada.md": "---\nname: Ada\naliases: [DJ A]\n---\n",
        "people/bo.md": "---\nname: Bo\nsupport: [https://bo.example/tip]\n---\n",
        "people/quiet.md": "---\nname: Quiet\nprivate: true\nsupport: [https://quiet.example/tip]\n---\n",
        "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
        "scenes/s/log/2026-W02.md": """
        ---
        week: 2026-W02
        artists: [Ada, Cy]
        tracks:
          - {title: One, url: https://a.example/1, credits: {producer: [Ada, DJ A], self-released: true}, support: [https://shop.example/one, https://quiet.example/tip/x]}
          - {title: Two, url: https://a.example/2, credits: {vocalist: [DJ A], producer: [Bo], self-released: true}, support: [https://shop.example/two, http://www.shop.example/one/]}
        ---

        """,
        "scenes/s/log/2026-W03.md": """
        ---
        week: 2026-W03
        artists: [DJ A]
        tracks:
          - {title: One, url: https://a.example/1, credits: {producer: [Ada], self-released: true}, support: [https://shop.example/one]}
        ---

        """,
    ]

    /// The directory's row for the person whose page is `slug`: its support cell and credits.
    private func row(_ page: String, _ slug: String) throws -> (support: String, credits: Int) {
        let start = try XCTUnwrap(page.range(of: "href=\"../people/\(slug)/index.html\">"), page)
        let rest = page[start.upperBound...]
        let cell = try XCTUnwrap(rest.range(of: "<td>")).upperBound
        let cellEnd = try XCTUnwrap(rest.range(of: "</td>")).lowerBound
        let number = try XCTUnwrap(rest.range(of: "<td class=\"num\">")).upperBound
        let numberEnd = try XCTUnwrap(rest[number...].range(of: "</td>")).lowerBound
        return (String(rest[cell..<cellEnd]), try XCTUnwrap(Int(rest[number..<numberEnd])))
    }

    private func rowCount(ofPersonPage page: String) -> Int {
        guard let credits = page.range(of: "id=\"credits-heading\"") else { return 0 }
        return page[credits.upperBound...].components(separatedBy: "<li>").count - 1
    }

    func testDirectory_countsThePersonPagesRows_andLinksTheirTracksSupport() throws {
        let vault = try TemporaryVault(files)
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let directory = try vault.read("out/credits/index.html")
        let adaPage = try vault.read("out/people/ada/index.html")

        // Ada's rows: the artist of two weeks under two spellings (one row), One's producer under
        // both spellings in W02 and again in W03 (one row), Two's vocalist.
        let ada = try row(directory, "ada")
        XCTAssertEqual(ada.credits, 3, directory)
        XCTAssertEqual(rowCount(ofPersonPage: adaPage), 3, adaPage)
        // Her tracks' support: One's shop and Two's; the same shop written another way, and a
        // private person's address, are not counted, as her page does not list them.
        XCTAssertEqual(
            ada.support,
            "<a href=\"../people/ada/index.html#track-support-heading\">Buy or tip their tracks (2 links)<span class=\"visually-hidden\">: Ada</span></a>"
        )
        XCTAssertEqual(adaPage.components(separatedBy: "<a class=\"button\"").count - 1, 2, adaPage)
        XCTAssertFalse(directory.contains("quiet.example"), directory)

        // Bo: his own link first, then his track's.
        let bo = try row(directory, "bo")
        XCTAssertEqual(bo.credits, 1)
        XCTAssertEqual(
            bo.support,
            "<a href=\"https://bo.example/tip\" rel=\"nofollow noopener\">bo.example</a> · "
                + "<a href=\"../people/bo/index.html#track-support-heading\">Buy or tip their tracks (2 links)<span class=\"visually-hidden\">: Bo</span></a>"
        )

        // Cy: no way to pay them is known.
        let cy = try row(directory, "cy")
        XCTAssertEqual(cy.credits, 1)
        XCTAssertEqual(cy.support, "<span class=\"muted\">—</span>")
    }

    /// A rebuild after a track's support links change makes the directory a clean build makes.
    func testDirectory_afterEditingTrackSupport_equalsACleanBuild() throws {
        let vault = try TemporaryVault(files)
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        let log = try vault.read("scenes/s/log/2026-W03.md")
        try vault.write(
            "scenes/s/log/2026-W03.md",
            log.replacingOccurrences(of: "[https://shop.example/one]", with: "[https://other.example/one]"))
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("out")))
        try FileManager.default.removeItem(atPath: vault.path(".radar-cache"))
        _ = try SiteBuilder().build(.init(vault: vault.root, output: vault.path("clean")))
        let rebuilt = try vault.read("out/credits/index.html")
        XCTAssertEqual(rebuilt, try vault.read("clean/credits/index.html"))
        XCTAssertTrue(rebuilt.contains("Buy or tip their tracks (3 links)"), rebuilt)
    }
}
