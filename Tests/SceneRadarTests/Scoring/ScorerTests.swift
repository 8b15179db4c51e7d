import XCTest

@testable import SceneRadar

/// The score, its rounding and weights, "now", stale scenes, ranking and the score history.
final class ScorerTests: XCTestCase {
    private let threePlatforms = [
        Build.track("A", url: "https://ama.bandcamp.com/a"),
        Build.track("B", url: "https://soundcloud.com/b"),
        Build.track("C", url: "https://youtu.be/c"),
    ]

    // MARK: - Score

    func testScore_defaultWeights_averageOfStrengthsRoundedToOneDecimal() throws {
        // platforms 2/3, events 1/2, the rest 0: 100 × (2/3 + 1/2) / 7 = 16.666… → 16.7
        let log = Build.log(
            "2026-W10", tracks: Array(threePlatforms.prefix(2)),
            events: [Build.event("Night", footage: ["https://youtu.be/n"])])
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault([log])))
        XCTAssertEqual(analysis.score, 16.7)
        XCTAssertEqual(analysis.signals.map(\.signal), Signal.allCases)
        XCTAssertEqual(analysis.signals.map(\.weight), Array(repeating: 1, count: 7))
    }

    func testScore_halfRoundsAwayFromZero() throws {
        // weights sum to 8; events 1/2 with weight 1: 100 × 0.5 / 8 = 6.25 → 6.3 (not 6.2)
        let log = Build.log("2026-W10", events: [Build.event("Night", footage: ["https://youtu.be/n"])])
        let vault = Build.vault([(Build.scene(), [log])], weights: [.platforms: 2])
        XCTAssertEqual(Build.analyzeScene(vault)?.score, 6.3)
    }

    /// A half that the sum of binary fractions lands a hair under still rounds up: 3 × 1/3 +
    /// 1.5 × 0.5 + 2 × 0.4 = 2.55 over weights of 12 is 21.25, which Doubles make 21.2499….
    func testScore_halfReachedThroughInexactSums_roundsAwayFromZero() {
        func result(_ signal: Signal, _ strength: Double, _ weight: Double) -> SignalResult {
            SignalResult(
                signal: signal, strength: strength, weight: weight, count: 0, divisor: 1, parts: [],
                evidence: [])
        }
        let signals = [
            result(.platforms, 1.0 / 3, 3), result(.vocabulary, 0, 1), result(.events, 0.5, 1.5),
            result(.howItsMade, 0, 3), result(.remixes, 0.4, 2), result(.smallPress, 0, 0),
            result(.soundalikes, 0, 1.5),
        ]
        XCTAssertLessThan(100 * signals.reduce(0) { $0 + $1.contribution } / 12, 21.25)
        XCTAssertEqual(WindowTally.score(of: signals), 21.3)
        XCTAssertEqual(WindowTally.roundedToTenths(-21.25), -21.3)
        XCTAssertEqual(WindowTally.roundedToTenths(21.2499), 21.2)
        XCTAssertEqual(WindowTally.roundedToTenths(100), 100)
    }

    func testScore_zeroWeight_removesSignalButKeepsItsStrength() throws {
        // platforms 1 and vocabulary 1 (weight 0): 100 × 1 / 6 = 16.666… → 16.7
        let log = Build.log("2026-W10", tracks: threePlatforms, vocabulary: ["a", "b", "c"])
        let scene = Build.scene(vocabulary: ["a", "b", "c"])
        let vault = Build.vault([(scene, [log])], weights: [.vocabulary: 0])
        let analysis = try XCTUnwrap(Build.analyzeScene(vault))
        XCTAssertEqual(analysis.score, 16.7)
        XCTAssertEqual(analysis.signal(.vocabulary)?.strength, 1)
        XCTAssertEqual(analysis.signal(.vocabulary)?.weight, 0)
        XCTAssertEqual(analysis.signal(.vocabulary)?.contribution, 0)
    }

    func testScore_everyWeightZero_scoresZeroWithoutFailing() throws {
        let weights = Dictionary(uniqueKeysWithValues: Signal.allCases.map { ($0, 0.0) })
        let vault = Build.vault(
            [(Build.scene(), [Build.log("2026-W10", tracks: threePlatforms)])], weights: weights)
        XCTAssertEqual(Build.analyzeScene(vault)?.score, 0)
    }

    func testScore_everySignalFull_isHundred() throws {
        let log = Build.log(
            "2026-W10",
            tracks: threePlatforms + [Build.track("R", kind: .remix), Build.track("E", kind: .edit)],
            events: [Build.event("N", series: "S", footage: ["https://youtu.be/n"])],
            press: [Build.press("Zine")], howItsMade: [Build.made("Ama"), Build.made("Kofi")],
            soundalikes: ["X", "Y"], vocabulary: ["a", "b", "c"])
        // remixes: 2 against 3 originals → 2/3, so add one more edit to reach 3/3.
        var logs = [log]
        logs.append(Build.log("2026-W11", tracks: [Build.track("E2", kind: .edit)]))
        let analysis = try XCTUnwrap(
            Build.analyzeScene(Build.vault(logs, scene: Build.scene(vocabulary: ["a", "b", "c"]))))
        XCTAssertEqual(analysis.signals.map(\.strength), Array(repeating: 1, count: 7))
        XCTAssertEqual(analysis.score, 100)
    }

    // MARK: - Now, stale, ranking

    func testNow_isNewestLogOfWholeVault_privateSceneIncluded() throws {
        let vault = Build.vault([
            (Build.scene("a"), [Build.log("2026-W10", scene: "a", soundalikes: ["X"])]),
            (Build.scene("b", visibility: .private), [Build.log("2026-W20", scene: "b")]),
        ])
        let analysis = Build.analyze(vault)
        XCTAssertEqual(analysis.now, Build.week("2026-W20"))
        XCTAssertEqual(analysis.firstWeek, Build.week("2026-W15"))
        let a = try XCTUnwrap(analysis.scene(slug: "a"))
        XCTAssertTrue(a.isStale)
        XCTAssertEqual(a.score, 0)
        XCTAssertEqual(a.logsInWindow, 0)
        XCTAssertEqual(a.signals.map(\.strength), Array(repeating: 0, count: 7))
        XCTAssertTrue(a.signals.allSatisfy(\.evidence.isEmpty))
        XCTAssertEqual(a.phase, .forming)
        XCTAssertEqual(a.momentum, .none)
        // Its history still shows what it scored when it was logged: 100 × (1/2) / 7 = 7.1
        XCTAssertEqual(a.history, [ScorePoint(week: Build.week("2026-W10"), score: 7.1)])
        let b = try XCTUnwrap(analysis.scene(slug: "b"))
        XCTAssertFalse(b.isStale)
        XCTAssertFalse(b.isPublic)
    }

    func testNow_vaultWithoutLogs_isNil_everySceneStale() {
        let analysis = Build.analyze(Build.vault([(Build.scene("a"), []), (Build.scene("b"), [])]))
        XCTAssertNil(analysis.now)
        XCTAssertNil(analysis.firstWeek)
        XCTAssertEqual(analysis.scenes.map(\.slug), ["a", "b"])
        XCTAssertTrue(analysis.scenes.allSatisfy { $0.isStale && $0.score == 0 && $0.history.isEmpty })
        XCTAssertEqual(analysis.scenes.first?.signals.count, 7)
    }

    func testNow_ignoresBrokenLogs_andScenesWithoutProfileAreLeftOut() {
        var broken = Build.log("2026-W30", scene: "a")
        broken.header.isBroken = true
        let vault = Build.vault([
            (Build.scene("a"), [Build.log("2026-W10", scene: "a"), broken]),
            (nil, [Build.log("2026-W12", scene: "scene-1")]),
        ])
        let analysis = Build.analyze(vault)
        XCTAssertEqual(analysis.now, Build.week("2026-W12"))
        XCTAssertEqual(analysis.scenes.map(\.slug), ["a"])
        XCTAssertEqual(analysis.scenes.first?.logWeeks, [Build.week("2026-W10")])
    }

    func testScenes_rankedByScoreDescending_tiesBySlug() {
        let vault = Build.vault([
            (Build.scene("c"), [Build.log("2026-W10", scene: "c", soundalikes: ["X"])]),
            (Build.scene("a"), [Build.log("2026-W10", scene: "a")]),
            (Build.scene("b"), [Build.log("2026-W10", scene: "b", soundalikes: ["X"])]),
        ])
        let analysis = Build.analyze(vault)
        XCTAssertEqual(analysis.scenes.map(\.slug), ["b", "c", "a"])
        XCTAssertEqual(analysis.scenes.map(\.score), [7.1, 7.1, 0])
    }

    func testWindow_configValue_isReportedWithWeights() {
        let analysis = Build.analyze(Build.vault([(Build.scene(), [])], window: 4, weights: [.remixes: 2.5]))
        XCTAssertEqual(analysis.window, 4)
        XCTAssertEqual(analysis.weight(.remixes), 2.5)
        XCTAssertEqual(analysis.weight(.platforms), 1)
    }

    // MARK: - History

    func testHistory_scoreRecomputedWithWindowEndingAtEachLoggedWeek() throws {
        let logs = [
            Build.log("2026-W10", tracks: [threePlatforms[0]]),
            Build.log("2026-W11", tracks: [threePlatforms[1]]),
            Build.log("2026-W20", tracks: [threePlatforms[2]]),
        ]
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault(logs)))
        // W10: 1 platform → 100 × (1/3) / 7 = 4.76 → 4.8; W11: 2 → 9.52 → 9.5;
        // W20: the window W15–W20 holds only the third → 4.8.
        XCTAssertEqual(
            analysis.history,
            [
                ScorePoint(week: Build.week("2026-W10"), score: 4.8),
                ScorePoint(week: Build.week("2026-W11"), score: 9.5),
                ScorePoint(week: Build.week("2026-W20"), score: 4.8),
            ])
        XCTAssertEqual(analysis.history.last?.score, analysis.score)
    }

    func testHistory_usesWindowSize_andScenesOwnWeeksOnly() throws {
        let vault = Build.vault(
            [
                (
                    Build.scene("a"),
                    [
                        Build.log("2026-W10", scene: "a", soundalikes: ["X"]),
                        Build.log("2026-W11", scene: "a", soundalikes: ["Y"]),
                    ]
                ),
                (Build.scene("b"), [Build.log("2026-W13", scene: "b")]),
            ], window: 1)
        let a = try XCTUnwrap(Build.analyze(vault).scene(slug: "a"))
        // window 1: each point sees only its own week's single sound-alike → 7.1 each.
        XCTAssertEqual(a.history.map(\.score), [7.1, 7.1])
        XCTAssertEqual(a.history.map(\.week), [Build.week("2026-W10"), Build.week("2026-W11")])
        XCTAssertTrue(a.isStale)
    }
}
