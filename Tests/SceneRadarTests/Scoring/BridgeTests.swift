import XCTest

@testable import SceneRadar

/// Bridges: people in two or more public scenes, with the scenes they connect.
final class BridgeTests: XCTestCase {
    private func vault() -> Vault {
        Build.vault([
            (Build.scene("a"), [Build.log("2026-W10", scene: "a", artists: ["Kofi", "Ama"])]),
            (
                Build.scene("b", bridges: ["Efe"]),
                [
                    Build.log(
                        "2026-W10", scene: "b",
                        tracks: [Build.track("T", producer: ["kofi"])], howItsMade: [Build.made("Efe")])
                ]
            ),
            (
                Build.scene("c"),
                [
                    Build.log("2026-W01", scene: "c", artists: ["Ama"]),
                    Build.log("2026-W10", scene: "c", events: [Build.event("N", lineup: ["Kofi", "Efe"])]),
                ]
            ),
            (
                Build.scene("p", visibility: .private),
                [Build.log("2026-W10", scene: "p", artists: ["Ama", "Kofi"])]
            ),
            (
                Build.scene("q"),
                [
                    Build.log(
                        "2026-W10", scene: "q", events: [Build.event("S", lineup: ["Ama"], isPrivate: true)])
                ]
            ),
        ])
    }

    func testBridges_vaultWide_publicScenesOnly_sortedBySlug() {
        let bridges = Build.analyze(vault()).bridges
        // Ama: a (and c only outside the window, p private, q a private event) → no bridge.
        // Efe: b (typed bridge, how-it's-made) and c (lineup). Kofi: a, b, c.
        XCTAssertEqual(
            bridges,
            [
                PersonBridge(slug: "efe", name: "Efe", isPrivate: false, scenes: ["b", "c"]),
                PersonBridge(slug: "kofi", name: "Kofi", isPrivate: false, scenes: ["a", "b", "c"]),
            ])
    }

    func testBridges_perScene_listOtherPublicScenes() throws {
        let analysis = Build.analyze(vault())
        XCTAssertEqual(
            analysis.scene(slug: "a")?.bridges,
            [PersonBridge(slug: "kofi", name: "Kofi", isPrivate: false, scenes: ["b", "c"])])
        XCTAssertEqual(analysis.scene(slug: "c")?.bridges.map(\.slug), ["efe", "kofi"])
        XCTAssertEqual(analysis.scene(slug: "c")?.bridges.first?.scenes, ["b"])
        XCTAssertEqual(analysis.scene(slug: "q")?.bridges, [])
        // The private scene sees where its people also appear publicly (for the curator).
        XCTAssertEqual(
            analysis.scene(slug: "p")?.bridges,
            [
                PersonBridge(slug: "ama", name: "Ama", isPrivate: false, scenes: ["a"]),
                PersonBridge(slug: "kofi", name: "Kofi", isPrivate: false, scenes: ["a", "b", "c"]),
            ])
    }
}
