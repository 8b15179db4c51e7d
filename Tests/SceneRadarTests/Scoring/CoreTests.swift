import XCTest

@testable import SceneRadar

/// Core people: seen in at least two distinct lists within the window, one appearance per list.
final class CoreTests: XCTestCase {
    func testCore_countsDistinctLists_onePerListEvenIfNamedTwice() throws {
        let logs = [
            Build.log(
                "2026-W10", artists: ["Ama", "Ama", "Efe"],
                tracks: [Build.track("A", producer: ["Ama"], playedBy: ["Kofi", "kofi"])]),
            Build.log("2026-W11", artists: ["Ama", "Kofi", "Efe"]),
        ]
        let core = try XCTUnwrap(Build.analyzeScene(Build.vault(logs))).core
        // Ama: artists W10, credits of A, artists W11 = 3; Efe: artists W10, W11 = 2;
        // Kofi: played-by of A, artists W11 = 2. Ties by name.
        XCTAssertEqual(core.map(\.name), ["Ama", "Efe", "Kofi"])
        XCTAssertEqual(core.map(\.appearances), [3, 2, 2])
        XCTAssertEqual(core.map(\.slug), ["ama", "efe", "kofi"])
    }

    func testCore_aliasesAndVariantSpellingsAreOnePerson() throws {
        let kofi = Build.person("kofi-mensah", name: "Kofi Mensah", aliases: ["DJ Kofi"])
        let logs = [
            Build.log("2026-W10", artists: ["DJ Kofi"]),
            Build.log("2026-W11", artists: ["Dj  Kofi"]),
            Build.log("2026-W12", artists: ["D.J. Kofi", "Solo"]),
        ]
        let vault = Build.vault([(Build.scene(), logs)], people: [kofi])
        let core = try XCTUnwrap(Build.analyzeScene(vault)).core
        XCTAssertEqual(
            core, [CoreMember(slug: "kofi-mensah", name: "Kofi Mensah", isPrivate: false, appearances: 3)])
    }

    func testCore_mixCreditsDoNotCount_repeatedReleaseCountsOnce_privateLineupIgnored() throws {
        let logs = [
            Build.log(
                "2026-W10",
                tracks: [
                    Build.track("Mix", kind: .mix, dj: ["Efe"]),
                    Build.track("Rel", url: "https://ama.bandcamp.com/rel", producer: ["Ama"]),
                ],
                events: [Build.event("Secret", lineup: ["Efe", "Ama"], isPrivate: true)]),
            Build.log(
                "2026-W11",
                tracks: [Build.track("Rel", url: "https://ama.bandcamp.com/rel", producer: ["Ama"])]),
        ]
        XCTAssertEqual(try XCTUnwrap(Build.analyzeScene(Build.vault(logs))).core, [])
    }

    func testCore_lineupsAndArtistListsAndPlayedBy() throws {
        let logs = [
            Build.log(
                "2026-W10", tracks: [Build.track("M", kind: .mix, dj: ["Efe"], playedBy: ["Efe"])],
                events: [Build.event("Night", lineup: ["Efe"])])
        ]
        let core = try XCTUnwrap(Build.analyzeScene(Build.vault(logs))).core
        XCTAssertEqual(core.map(\.appearances), [2])
    }

    func testCore_outsideWindowDoesNotCount() throws {
        let logs = [Build.log("2026-W01", artists: ["Ama"]), Build.log("2026-W10", artists: ["Ama"])]
        XCTAssertEqual(try XCTUnwrap(Build.analyzeScene(Build.vault(logs))).core, [])
    }

    func testCore_privatePersonIsFlagged() throws {
        let ghost = Build.person("ghost", name: "Ghost", isPrivate: true)
        let logs = [Build.log("2026-W10", artists: ["Ghost"]), Build.log("2026-W11", artists: ["Ghost"])]
        let core = try XCTUnwrap(Build.analyzeScene(Build.vault([(Build.scene(), logs)], people: [ghost])))
            .core
        XCTAssertEqual(core.first?.isPrivate, true)
    }
}
