import XCTest

@testable import SceneRadar

/// The collaboration graph: edges from co-credits, shared lineups and shared artist lists.
final class CollaborationGraphTests: XCTestCase {
    func testGraph_countsEdgesPerKind_acrossPublicScenes_tracksOnce() {
        let shared = Build.track(
            "T", url: "https://ama.bandcamp.com/t", producer: ["Ama"], vocalist: ["Kofi"])
        let vault = Build.vault([
            (
                Build.scene("a"),
                [
                    Build.log(
                        "2026-W10", scene: "a", artists: ["Ama", "Kofi"], tracks: [shared],
                        events: [Build.event("N", lineup: ["Ama", "Kofi", "Efe"])])
                ]
            ),
            (
                Build.scene("b"),
                [Build.log("2026-W10", scene: "b", artists: ["Kofi", "Ama"], tracks: [shared])]
            ),
            (
                Build.scene("p", visibility: .private),
                [Build.log("2026-W10", scene: "p", artists: ["Ama", "Zed"])]
            ),
        ])
        let graph = Build.analyze(vault).graph
        XCTAssertEqual(graph.people.map(\.slug), ["ama", "efe", "kofi"])
        XCTAssertEqual(
            graph.edges,
            [
                .init(from: "ama", to: "efe", coCredits: 0, lineups: 1, artistLists: 0),
                .init(from: "ama", to: "kofi", coCredits: 1, lineups: 1, artistLists: 2),
                .init(from: "efe", to: "kofi", coCredits: 0, lineups: 1, artistLists: 0),
            ])
        XCTAssertEqual(graph.edges[1].total, 4)
    }

    func testGraph_pairsOnlyFromFirstFiftyOfAList() {
        let names = (1...60).map { "Artist \($0)" }
        let vault = Build.vault([(Build.scene(), [Build.log("2026-W10", artists: names)])])
        let graph = Build.analyze(vault).graph
        XCTAssertEqual(graph.edges.count, 50 * 49 / 2)
        XCTAssertEqual(graph.people.count, 50)
        XCTAssertFalse(graph.people.contains { $0.name == "Artist 51" })
    }
}
