import XCTest

@testable import SceneRadar

/// The phase: the first that holds, read from the top.
final class PhaseTests: XCTestCase {
    private func signals(_ strengths: [Signal: Double]) -> [SignalResult] {
        Signal.allCases.map {
            SignalResult(
                signal: $0, strength: strengths[$0] ?? 0, weight: 1, count: 0, divisor: 1, parts: [],
                evidence: [])
        }
    }

    func testPhase_majorPressWinsOverEverything() {
        let all = signals(Dictionary(uniqueKeysWithValues: Signal.allCases.map { ($0, 1.0) }))
        XCTAssertEqual(Phase.of(signals: all, majorPress: true), .underway)
    }

    func testPhase_soundalikesPresent_aboutToBreak() {
        XCTAssertEqual(Phase.of(signals: signals([.soundalikes: 0.5]), majorPress: false), .aboutToBreak)
    }

    func testPhase_fiveSignalsAtHalf_aboutToBreak_fourAreNot() {
        let five: [Signal: Double] = [
            .platforms: 0.5, .vocabulary: 1, .events: 0.5, .howItsMade: 0.5, .remixes: 0.5,
        ]
        XCTAssertEqual(Phase.of(signals: signals(five), majorPress: false), .aboutToBreak)
        var four = five
        four[.remixes] = 0.49
        XCTAssertEqual(Phase.of(signals: signals(four), majorPress: false), .consolidating)
    }

    func testPhase_vocabularyAndHowItsMade_consolidating() {
        XCTAssertEqual(
            Phase.of(signals: signals([.vocabulary: 0.33, .howItsMade: 0.5]), majorPress: false),
            .consolidating)
    }

    func testPhase_otherwise_forming() {
        XCTAssertEqual(
            Phase.of(signals: signals([.vocabulary: 1, .platforms: 1]), majorPress: false), .forming)
        XCTAssertEqual(Phase.of(signals: signals([:]), majorPress: false), .forming)
    }

    func testPhase_titles() {
        XCTAssertEqual(
            Phase.allCases.map(\.title), ["underway", "about to break", "consolidating", "forming"])
        XCTAssertEqual(Phase.aboutToBreak.rawValue, "about-to-break")
    }

    func testPhase_fromVault_majorPressInWindow_isUnderwayWithEvidence() throws {
        let log = Build.log(
            "2026-W10", press: [Build.press("Big Mag", tier: .major, url: "https://big.example/x", line: 9)],
            soundalikes: ["X"])
        let analysis = try XCTUnwrap(Build.analyzeScene(Build.vault([log])))
        XCTAssertEqual(analysis.phase, .underway)
        XCTAssertEqual(analysis.majorPress.map(\.label), ["Big Mag"])
        XCTAssertEqual(analysis.majorPress.first?.location.line, 9)
    }

    func testPhase_zeroWeightSignalStillReadsForPhase() throws {
        let vault = Build.vault(
            [(Build.scene(), [Build.log("2026-W10", soundalikes: ["X"])])], weights: [.soundalikes: 0])
        let analysis = try XCTUnwrap(Build.analyzeScene(vault))
        XCTAssertEqual(analysis.score, 0)
        XCTAssertEqual(analysis.phase, .aboutToBreak)
    }
}
