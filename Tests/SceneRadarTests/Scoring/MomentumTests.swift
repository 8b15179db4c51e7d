import XCTest

@testable import SceneRadar

/// Momentum: three weekly series, least-squares slopes normalised by the mean, averaged.
final class MomentumTests: XCTestCase {
    /// Weekly logs from 2026-W10 on, with `counts[i]` original releases in week i.
    private func releases(_ counts: [Int]) -> [WeeklyLog] {
        counts.enumerated().map { week, count in
            Build.log(
                "2026-W\(10 + week)",
                tracks: (0..<count).map { Build.track("T\(week)x\($0)") })
        }
    }

    private func momentum(_ logs: [WeeklyLog], people: [Person] = []) throws -> Momentum {
        try XCTUnwrap(Build.analyzeScene(Build.vault([(Build.scene(), logs)], people: people))).momentum
    }

    func testMomentum_risingReleases_growing() throws {
        // 1, 2, 3, 4: slope 1, mean 2.5 → 0.4; room size and cross-collabs have mean 0: left out.
        let result = try momentum(releases([1, 2, 3, 4]))
        XCTAssertEqual(result.value, 0.4, accuracy: 1e-12)
        XCTAssertEqual(result.trend, .growing)
        XCTAssertFalse(result.isTooEarly)
        XCTAssertEqual(result.series.map(\.kind), [.releases, .roomSize, .crossCollabs])
        XCTAssertEqual(result.series[0].values, [1, 2, 3, 4])
        XCTAssertEqual(result.series[0].slope, 1, accuracy: 1e-12)
        XCTAssertEqual(result.series[0].mean, 2.5)
        XCTAssertEqual(result.series.map(\.isLeftOut), [false, true, true])
        XCTAssertEqual(result.weeks.map(\.description), ["2026-W10", "2026-W11", "2026-W12", "2026-W13"])
    }

    func testMomentum_fallingReleases_fading() throws {
        let result = try momentum(releases([4, 3, 2, 1]))
        XCTAssertEqual(result.value, -0.4, accuracy: 1e-12)
        XCTAssertEqual(result.trend, .fading)
    }

    func testMomentum_flatReleases_steady() throws {
        let result = try momentum(releases([2, 2, 2, 2]))
        XCTAssertEqual(result.value, 0)
        XCTAssertEqual(result.trend, .steady)
    }

    func testMomentum_everySeriesZero_valueZeroAllLeftOut() throws {
        let result = try momentum(releases([0, 0, 0, 0]))
        XCTAssertEqual(result.value, 0)
        XCTAssertEqual(result.series.map(\.isLeftOut), [true, true, true])
        XCTAssertEqual(result.trend, .steady)
    }

    func testMomentum_gapWeekCountsZero_andFewerThanFourLogsIsTooEarly() throws {
        // Logs in W10, W12, W13: weeks W10–W13, releases 1, 0, 2, 3.
        // x̄ = 1.5, ȳ = 1.5; Σ(x−x̄)(y−ȳ) = 0.75 + 0.75 + 0.25 + 2.25 = 4; Σ(x−x̄)² = 5 → slope 0.8.
        let logs = [
            Build.log("2026-W10", tracks: [Build.track("A")]),
            Build.log("2026-W12", tracks: [Build.track("B"), Build.track("C")]),
            Build.log("2026-W13", tracks: [Build.track("D"), Build.track("E"), Build.track("F")]),
        ]
        let result = try momentum(logs)
        XCTAssertEqual(result.series[0].values, [1, 0, 2, 3])
        XCTAssertEqual(result.series[0].slope, 0.8, accuracy: 1e-12)
        XCTAssertEqual(result.value, 0.8 / 1.5, accuracy: 1e-12)
        XCTAssertTrue(result.isTooEarly)
        XCTAssertEqual(result.trend, .growing)
    }

    func testMomentum_runsToWindowEnd_evenAfterSceneStopsLogging() throws {
        // Scene a logs W10 and W11 (1 release each); scene b makes "now" W13: releases 1, 1, 0, 0.
        // slope −0.4, mean 0.5 → −0.8.
        let vault = Build.vault([
            (
                Build.scene("a"),
                [
                    Build.log("2026-W10", scene: "a", tracks: [Build.track("A")]),
                    Build.log("2026-W11", scene: "a", tracks: [Build.track("B")]),
                ]
            ),
            (Build.scene("b"), [Build.log("2026-W13", scene: "b")]),
        ])
        let result = try XCTUnwrap(Build.analyze(vault).scene(slug: "a")).momentum
        XCTAssertEqual(result.weeks.count, 4)
        XCTAssertEqual(result.series[0].values, [1, 1, 0, 0])
        XCTAssertEqual(result.value, -0.8, accuracy: 1e-12)
        XCTAssertEqual(result.trend, .fading)
    }

    func testMomentum_roomSize_largestNonPrivateAttendancePerWeek_averagedWithReleases() throws {
        // room size 100, 150 (the private 900 is left out): slope 50, mean 125 → 0.4;
        // releases 1, 1 → 0. Momentum = (0.4 + 0) / 2 = 0.2.
        let logs = [
            Build.log(
                "2026-W10", tracks: [Build.track("A")],
                events: [
                    Build.event("Small", attendance: 50), Build.event("Big", attendance: 100),
                    Build.event("Secret", attendance: 900, isPrivate: true),
                ]),
            Build.log(
                "2026-W11", tracks: [Build.track("B")], events: [Build.event("Bigger", attendance: 150)]),
        ]
        let result = try momentum(logs)
        XCTAssertEqual(result.series[1].values, [100, 150])
        XCTAssertEqual(result.value, 0.2, accuracy: 1e-12)
        XCTAssertTrue(result.isTooEarly)
    }

    func testMomentum_crossCollabs_distinctPairsOnTracksAndLineups_notArtistLists() throws {
        // W10: track Ama + Kofi (vocalist), lineup Ama, Kofi, Efe → pairs {Ama–Kofi, Ama–Efe, Kofi–Efe} = 3.
        // W11: track credits Kofi and "K. Mensah" (an alias: one person) → no pair; artist list ignored.
        // Series 3, 0: slope −3, mean 1.5 → −2; releases 1, 1 → 0. Momentum −1.
        let kofi = Build.person("kofi", name: "Kofi", aliases: ["K. Mensah"])
        let logs = [
            Build.log(
                "2026-W10", tracks: [Build.track("A", producer: ["Ama"], vocalist: ["Kofi"])],
                events: [Build.event("Night", lineup: ["Ama", "kofi", "Efe"])]),
            Build.log(
                "2026-W11", artists: ["Ama", "Kofi", "Efe"],
                tracks: [Build.track("B", producer: ["Kofi"], remixer: ["K. Mensah"])]),
        ]
        let result = try momentum(logs, people: [kofi])
        XCTAssertEqual(result.series[2].values, [3, 0])
        XCTAssertEqual(result.value, -1, accuracy: 1e-12)
    }

    func testMomentum_oneWeek_slopeZero() throws {
        let result = try momentum(releases([3]))
        XCTAssertEqual(result.series[0].slope, 0)
        XCTAssertEqual(result.series[0].normalizedSlope, 0)
        XCTAssertEqual(result.value, 0)
        XCTAssertTrue(result.isTooEarly)
    }

    func testTrend_thresholdsAreStrict() {
        XCTAssertEqual(Momentum.Trend.of(0.10), .steady)
        XCTAssertEqual(Momentum.Trend.of(0.1000001), .growing)
        XCTAssertEqual(Momentum.Trend.of(-0.10), .steady)
        XCTAssertEqual(Momentum.Trend.of(-0.1000001), .fading)
    }

    func testLeastSquares_fit() {
        XCTAssertEqual(LeastSquares.fit([]).slope, 0)
        XCTAssertEqual(LeastSquares.fit([5]).mean, 5)
        let fit = LeastSquares.fit([2, 4, 6])
        XCTAssertEqual(fit.slope, 2, accuracy: 1e-12)
        XCTAssertEqual(fit.mean, 4, accuracy: 1e-12)
    }
}
