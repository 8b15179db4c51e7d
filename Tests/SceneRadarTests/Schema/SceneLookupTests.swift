import XCTest

@testable import SceneRadar

/// How a scene named on the command line is found: slug, then name or alias by match key.
final class SceneLookupTests: XCTestCase {
    private let lookup = SceneLookup([
        .init(slug: "modem-house", name: "Modem House", aliases: ["56k house", "Handshake House"]),
        .init(slug: "night-drift", name: "Night Drift", aliases: ["drift"]),
        .init(slug: "drift", name: "Drift Bass"),
        .init(slug: "broken", name: nil),
        .init(slug: "tide", name: "Tide", aliases: ["NDB"]),
        .init(slug: "tide-2", name: "Tide Two", aliases: ["ndb"]),
    ])

    func testResolve_slugNameOrAlias_foldingCaseAccentsAndSpaces() {
        XCTAssertEqual(lookup.resolve("modem-house"), .found(slug: "modem-house"))
        XCTAssertEqual(lookup.resolve("Modem House"), .found(slug: "modem-house"))
        XCTAssertEqual(lookup.resolve("modem  HOUSE"), .found(slug: "modem-house"))
        XCTAssertEqual(lookup.resolve("56k house"), .found(slug: "modem-house"))
        XCTAssertEqual(lookup.resolve("handshake house"), .found(slug: "modem-house"))
        XCTAssertEqual(lookup.resolve("Módem House"), .found(slug: "modem-house"))
    }

    func testResolve_slugComesBeforeAnotherScenesAlias() {
        // "drift" is the slug of one scene and an alias of another: the slug wins, in any case
        // (a slug is matched as wiki links match it).
        XCTAssertEqual(lookup.resolve("drift"), .found(slug: "drift"))
        XCTAssertEqual(lookup.resolve("DRIFT"), .found(slug: "drift"))
        XCTAssertEqual(lookup.resolve("Night Drift"), .found(slug: "night-drift"))
    }

    func testResolve_unreadableProfile_isFoundBySlugOnly() {
        XCTAssertEqual(lookup.resolve("broken"), .found(slug: "broken"))
        XCTAssertEqual(lookup.resolve("Broken"), .found(slug: "broken"))
        XCTAssertEqual(lookup.resolve("brokn"), .unknown(suggestion: "broken"))
    }

    func testResolve_aliasOfTwoScenes_isAmbiguous() {
        XCTAssertEqual(lookup.resolve("Ndb"), .ambiguous(slugs: ["tide", "tide-2"]))
    }

    func testResolve_unknown_suggestsTheClosestSlugElseTheSlugOfTheClosestName() {
        XCTAssertEqual(lookup.resolve("modem-hose"), .unknown(suggestion: "modem-house"))
        XCTAssertEqual(lookup.resolve("Tide Too"), .unknown(suggestion: "tide-2"))
        XCTAssertEqual(lookup.resolve("zzz"), .unknown(suggestion: nil))
    }
}
