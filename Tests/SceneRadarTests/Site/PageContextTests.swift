import XCTest

@testable import SceneRadar

final class PageContextTests: XCTestCase {
    /// Site data for three scenes, `b` of them private, and a scene page of `a`; with
    /// `presence`, one person (Kofi, index 0) appears in every scene.
    private func data(presence: Bool = false) -> SiteData {
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
        let people = PeopleIndex(
            people: [], references: presence ? [PersonRef("Kofi", at: SourceLocation(file: "a.md"))] : [])
        let map = PresenceMap(
            scenes: presence
                ? scenes.map { PresenceMap.Scene(slug: $0.slug, isPublic: $0.isPublic, members: [0]) } : [])
        return SiteData(
            config: SiteConfig(), baseURL: nil, setting: ScoringSetting(config: SiteConfig(), now: nil),
            people: people,
            presence: map, records: records, personNotes: [])
    }

    /// A link's label is its host, with the account where a site names accounts by the first
    /// path segment, so that two people's tip jars on one site read apart.
    func testLinkLabel_namesTheAccountWhereTheHostAloneWouldNot() throws {
        func label(_ text: String) throws -> String {
            try XCTUnwrap(WebURL.parse(text, at: SourceLocation(file: "x"))).label
        }
        XCTAssertEqual(try label("https://ko-fi.com/zinoeke"), "ko-fi.com/zinoeke")
        XCTAssertEqual(try label("https://www.patreon.com/amara?ref=x"), "patreon.com/amara")
        XCTAssertEqual(
            try label("https://soundcloud.com/okada-swing/danfo-window"), "soundcloud.com/okada-swing")
        XCTAssertEqual(
            try label("https://www.youtube.com/@kemiwavelength/videos"), "youtube.com/@kemiwavelength")
        XCTAssertEqual(try label("https://instagram.com/caf%C3%A9.radio"), "instagram.com/café.radio")
        // Page kinds, not accounts; a host that names accounts by subdomain; no path at all.
        XCTAssertEqual(try label("https://www.youtube.com/watch?v=abc"), "youtube.com")
        XCTAssertEqual(try label("https://www.instagram.com/p/Cx1/"), "instagram.com")
        XCTAssertEqual(try label("https://okadaswing.bandcamp.com/track/danfo"), "okadaswing.bandcamp.com")
        XCTAssertEqual(try label("https://ko-fi.com/"), "ko-fi.com")
        XCTAssertEqual(try label("https://ko-fi.com"), "ko-fi.com")
        XCTAssertEqual(try label("https://ko-fi.com/a%20b"), "ko-fi.com")
        // Decoding may not bring in a bidi override, a control character or a slash.
        XCTAssertEqual(try label("https://ko-fi.com/a%E2%80%AEb"), "ko-fi.com")
        XCTAssertEqual(try label("https://ko-fi.com/a%00b"), "ko-fi.com")
        XCTAssertEqual(try label("https://ko-fi.com/a%2Fb"), "ko-fi.com")
        XCTAssertEqual(try label("https://www.youtube.com/@"), "youtube.com")
        XCTAssertEqual(try label("https://twitch.tv/videos/1"), "twitch.tv")
        XCTAssertEqual(try label("https://m.soundcloud.com/okada"), "m.soundcloud.com/okada")
        // An account behind a segment that says what kind of page it is.
        XCTAssertEqual(try label("https://github.com/sponsors/zinoeke"), "github.com/sponsors/zinoeke")
        XCTAssertEqual(try label("https://www.patreon.com/c/amara/posts"), "patreon.com/c/amara")
        XCTAssertEqual(try label("https://youtube.com/channel/UCx1?si=2"), "youtube.com/channel/UCx1")
        XCTAssertEqual(try label("https://youtube.com/user/kemi"), "youtube.com/user/kemi")
        XCTAssertEqual(try label("https://github.com/sponsors"), "github.com")
        XCTAssertEqual(try label("https://github.com/sponsors/"), "github.com")
        XCTAssertEqual(try label("https://github.com/sponsors/a%2Fb"), "github.com")
        XCTAssertEqual(try label("https://youtube.com/c/watch"), "youtube.com")
        // Only on the site whose kind of page it is: elsewhere the segment names no account.
        XCTAssertEqual(try label("https://soundcloud.com/user/sets"), "soundcloud.com")
        XCTAssertEqual(try label("https://ko-fi.com/c/x"), "ko-fi.com")
    }

    /// A log's URL from a person page climbs to the root first, as every other link does.
    func testHrefOfLog_isTheLogsPathFromThePage() throws {
        let week = try XCTUnwrap(ISOWeek(year: 2026, week: 40))
        let page = PageContext(data: data(), path: SitePaths.person("kofi"))
        XCTAssertEqual(page.href(log: "a", week), "../../scenes/a/2026-W40/index.html")
        XCTAssertEqual(page.href(log: "a", week), page.href(SitePaths.log("a", week)))
    }

    /// The public scenes of a list but one, in the list's order (a list's `last` is the
    /// renderer's): the same whether links were made ahead or are made on the spot.
    func testPublicScenes_leaveOutPrivateUnknownAndExcluded() {
        var data = data()
        let expected: MustacheValue = .list([
            .object(["name": "Cloud Rap", "url": "../../scenes/c/index.html"]),
            .object(["name": "Amapiano Soul", "url": "../../scenes/a/index.html"]),
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

    /// A person by page slug: the link made ahead when there is one, the same as the link made
    /// on the spot; a slug the people index does not know shows as itself.
    func testPersonBySlug_sameAheadAndOnTheSpot() throws {
        var data = data(presence: true)
        let slug = try XCTUnwrap(data.people.identities.first?.slug)
        let path = SitePaths.scene("a")
        let onTheSpot = PageContext(data: data, path: path)
        data.makeLinks()
        let ahead = PageContext(data: data, path: path)
        for wanted in [slug, "nobody"] {
            XCTAssertEqual(ahead.person(slug: wanted), onTheSpot.person(data.person(slug: wanted)), wanted)
            XCTAssertEqual(
                onTheSpot.person(slug: wanted), onTheSpot.person(data.person(slug: wanted)), wanted)
        }
        XCTAssertEqual(ahead.person(slug: "nobody"), .object(["name": "nobody", "url": ""]))
    }

    /// A bridge's other scenes, from the person's scenes found ahead: the same names and links
    /// as looking each scene up, whether the list given is theirs (the fast way) or not (each
    /// scene is then looked up), on a scene page or elsewhere.
    func testPublicScenesOfPerson_sameAsLookingEachUp() throws {
        var data = data(presence: true)
        data.makeLinks()
        let person = try XCTUnwrap(data.people.index(of: "Kofi"))
        XCTAssertEqual(data.presence.scenes(of: person), ["a", "c"])
        for path in [SitePaths.scene("a"), SitePaths.index] {
            let page = PageContext(data: data, path: path)
            for (slugs, excluded) in [
                (["c"], "a"), (["a"], "c"), (["a", "c"], nil), ([], "a"), (["c", "gone"], "a"), (["a"], "a"),
                (["c"], nil), (["b", "c"], "a"),
            ] as [([String], String?)] {
                let expected = page.publicScenes(slugs, except: excluded)
                let fast = page.publicScenes(ofPerson: person, slugs, except: excluded)
                XCTAssertEqual(fast.names, expected.names, "\(path) \(slugs) except \(excluded ?? "-")")
                XCTAssertEqual(fast.links, expected.links, "\(path) \(slugs) except \(excluded ?? "-")")
            }
            XCTAssertEqual(page.publicScenes(ofPerson: 7, ["c"], except: "a").names, ["Cloud Rap"])
        }
    }
}

/// A log's community list never publishes the name of a container the profile keeps private.
final class LogPageCommunityTests: XCTestCase {
    func testCommunity_privateContainersName_isKeptPrivate() throws {
        let vault = try TemporaryVault()
        XCTAssertEqual(Fixtures.run(["init", vault.path("v")]).status, 0)
        XCTAssertEqual(Fixtures.run(["build", vault.path("v"), "--quiet"]).status, 0)
        let pages = Fixtures.files(in: vault.path("v/_site")).filter { $0.hasSuffix(".html") }
        XCTAssertFalse(pages.isEmpty)
        for page in pages {
            let text = try String(contentsOfFile: vault.path("v/_site/" + page), encoding: .utf8)
            XCTAssertFalse(text.localizedCaseInsensitiveContains("low tide server"), page)
        }
        let log = try XCTUnwrap(
            pages.first { $0.range(of: "/[0-9]{4}-W[0-9]{2}/", options: .regularExpression) != nil })
        let text = try String(contentsOfFile: vault.path("v/_site/" + log), encoding: .utf8)
        XCTAssertTrue(text.contains("a private discord (name withheld)"), log)
    }
}
