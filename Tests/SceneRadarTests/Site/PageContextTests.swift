import XCTest

@testable import SceneRadar

final class PageContextTests: XCTestCase {
    /// Site data for three scenes, `b` of them private, and a scene page of `a`.
    private func data() -> SiteData {
        let scenes = [
            Build.scene("a", name: "Amapiano Soul"), Build.scene("b", visibility: .private),
            Build.scene("c", name: "Cloud Rap"),
        ]
        var records: [String: SceneRecord] = [:]
        for scene in scenes {
            let notes = Vault.SceneNotes(
                slug: scene.slug, scene: scene, logs: [Build.log("2026-W40", scene: scene.slug)])
            records[scene.slug] = SceneRecord(notes: notes, sources: [:], diagnostics: [])
        }
        let people = PeopleIndex(people: [], references: [])
        return SiteData(
            config: SiteConfig(), baseURL: nil, setting: ScoringSetting(config: SiteConfig(), now: nil),
            people: people,
            presence: PresenceMap(scenes: []), records: records, personNotes: [])
    }

    /// A log's URL from a person page climbs to the root first, as every other link does.
    func testHrefOfLog_isTheLogsPathFromThePage() throws {
        let week = try XCTUnwrap(ISOWeek(year: 2026, week: 40))
        let page = PageContext(data: data(), path: SitePaths.person("kofi"))
        XCTAssertEqual(page.href(log: "a", week), "../../scenes/a/2026-W40/index.html")
        XCTAssertEqual(page.href(log: "a", week), page.href(SitePaths.log("a", week)))
    }

    /// The public scenes of a list but one, in the list's order, with `last` on each: the
    /// same whether links were made ahead or are made on the spot.
    func testPublicScenes_leaveOutPrivateUnknownAndExcluded() {
        var data = data()
        let expected: MustacheValue = .list([
            .object(["name": "Cloud Rap", "url": "../../scenes/c/index.html", "last": false]),
            .object(["name": "Amapiano Soul", "url": "../../scenes/a/index.html", "last": true]),
        ])
        let slugs = ["c", "b", "gone", "x", "a"]
        let onTheSpot = PageContext(data: data, path: SitePaths.scene("x")).publicScenes(slugs, except: "x")
        XCTAssertEqual(onTheSpot.links, expected)
        XCTAssertEqual(onTheSpot.names, ["Cloud Rap", "Amapiano Soul"])
        data.makeLinks()
        let page = PageContext(data: data, path: SitePaths.scene("x"))
        let ahead = page.publicScenes(slugs, except: "x")
        XCTAssertEqual(ahead.links, expected)
        XCTAssertEqual(ahead.names, ["Cloud Rap", "Amapiano Soul"])
        XCTAssertEqual(page.publicScenes(["b", "gone"]).links, .list([]))
        XCTAssertEqual(page.publicScenes(["b", "gone"]).names, [])
    }
}
