import XCTest

@testable import SceneRadar

final class FeedSelectionTests: XCTestCase {
    /// What the selection must be: every log sorted, newest first, ties by slug, then the first
    /// `limit`.
    private func bySortingAll(_ logs: [(slug: String, week: ISOWeek)], limit: Int) -> [String] {
        logs.sorted { ($0.week, $1.slug) > ($1.week, $0.slug) }.prefix(limit).map { "\($0.slug) \($0.week)" }
    }

    func testNewest_isTheFirstOfAllLogsSorted() throws {
        var generator = SystemRandomNumberGenerator()
        for round in 0..<200 {
            let scenes = Int.random(in: 0...40, using: &generator)
            var logs: [(slug: String, week: ISOWeek)] = []
            for scene in 0..<scenes {
                for _ in 0..<Int.random(in: 0...12, using: &generator) {
                    let week = try XCTUnwrap(
                        ISOWeek(
                            year: 2025 + Int.random(in: 0...1, using: &generator),
                            week: Int.random(in: 1...52, using: &generator)))
                    logs.append(("scene-\(scene)", week))
                }
            }
            logs.shuffle(using: &generator)
            for limit in [0, 1, 5, 100] {
                XCTAssertEqual(
                    FeedSelection.newest(logs, limit: limit).map { "\($0.slug) \($0.week)" },
                    bySortingAll(logs, limit: limit), "round \(round), limit \(limit)")
            }
        }
    }

    func testNewest_ofNoLogs_isEmpty() {
        XCTAssertTrue(FeedSelection.newest([]).isEmpty)
    }
}
