import Foundation
import XCTest

@testable import SceneRadar

/// Scoring a large synthetic vault. The elapsed time is printed for a by-hand check in a release
/// build (`swift test -c release -Xswiftc -enable-testing --filter ScorerScaleTests`), never
/// asserted: machines differ.
final class ScorerScaleTests: XCTestCase {
    func testAnalyze_thousandScenesOfTenLogs_isCompleteAndConsistent() throws {
        let vault = SyntheticVault.make(scenes: 1000, logsPerScene: 10)
        let people = PeopleIndex(people: vault.people, references: vault.personReferences)
        let clock = ContinuousClock()
        let start = clock.now
        let analysis = Scorer().analyze(vault, people: people)
        let elapsed = clock.now - start
        print("ScorerScaleTests: analysed 1,000 scenes × 10 logs in \(elapsed)")

        XCTAssertEqual(analysis.scenes.count, 1000)
        XCTAssertEqual(analysis.now, Build.week("2026-W19"))
        let first = try XCTUnwrap(analysis.scenes.first)
        XCTAssertEqual(first.history.count, 10)
        XCTAssertEqual(first.history.last?.score, first.score)
        XCTAssertEqual(first.phase, .underway)
        XCTAssertFalse(first.momentum.isTooEarly)
        XCTAssertFalse(first.core.isEmpty)
        XCTAssertFalse(analysis.bridges.isEmpty)
        XCTAssertTrue(analysis.bridges.allSatisfy { $0.scenes.count >= 2 })
        XCTAssertFalse(analysis.graph.edges.isEmpty)
        for (previous, next) in zip(analysis.scenes, analysis.scenes.dropFirst()) {
            XCTAssertTrue(
                previous.score > next.score || (previous.score == next.score && previous.slug < next.slug))
        }
    }
}
