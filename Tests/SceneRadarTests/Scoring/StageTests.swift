import XCTest

@testable import SceneRadar

/// The 4-part model: tool, container, visuals, bridges (typed or detected).
final class StageTests: XCTestCase {
    func testStage_allFourParts_fourPoints() throws {
        let scene = Build.scene(
            tool: "phone-mic vocals", containers: [.discord], visuals: ["kettle covers"], bridges: ["Efe"])
        let stage = try XCTUnwrap(Build.analyzeScene(Build.vault([], scene: scene))).stage
        XCTAssertEqual(
            stage,
            Stage(tool: true, container: true, visuals: true, typedBridges: true, detectedBridges: false))
        XCTAssertEqual(stage.points, 4)
        XCTAssertFalse(stage.isTrend)
    }

    func testStage_noContainer_isTrendNotScene() throws {
        let scene = Build.scene(tool: "kit", visuals: ["x"])
        let stage = try XCTUnwrap(Build.analyzeScene(Build.vault([], scene: scene))).stage
        XCTAssertEqual(stage.points, 2)
        XCTAssertTrue(stage.isTrend)
    }

    func testStage_privateContainerCounts_blankToolDoesNot() throws {
        let scene = Build.scene(tool: "  ", containers: [.groupChat], privateContainers: true)
        let stage = try XCTUnwrap(Build.analyzeScene(Build.vault([], scene: scene))).stage
        XCTAssertTrue(stage.container)
        XCTAssertFalse(stage.tool)
        XCTAssertEqual(stage.points, 1)
    }

    func testStage_detectedBridge_personInAnotherPublicScene() throws {
        let vault = Build.vault([
            (Build.scene("a"), [Build.log("2026-W10", scene: "a", artists: ["Kofi"])]),
            (
                Build.scene("b"),
                [Build.log("2026-W10", scene: "b", tracks: [Build.track("T", playedBy: ["kofi"])])]
            ),
            (Build.scene("c"), [Build.log("2026-W10", scene: "c", artists: ["Ama"])]),
        ])
        let analysis = Build.analyze(vault)
        XCTAssertEqual(analysis.scene(slug: "a")?.stage.detectedBridges, true)
        XCTAssertEqual(analysis.scene(slug: "a")?.stage.points, 1)
        XCTAssertEqual(analysis.scene(slug: "b")?.stage.bridges, true)
        XCTAssertEqual(analysis.scene(slug: "c")?.stage.bridges, false)
    }

    func testStage_privateSceneNeverMakesPublicSceneBridged() throws {
        let vault = Build.vault([
            (Build.scene("a"), [Build.log("2026-W10", scene: "a", artists: ["Kofi"])]),
            (Build.scene("p", visibility: .private), [Build.log("2026-W10", scene: "p", artists: ["Kofi"])]),
        ])
        let analysis = Build.analyze(vault)
        XCTAssertEqual(analysis.scene(slug: "a")?.stage.detectedBridges, false)
        // The private scene itself may see its own bridge outward (shown to the curator only).
        XCTAssertEqual(analysis.scene(slug: "p")?.stage.detectedBridges, true)
    }
}
