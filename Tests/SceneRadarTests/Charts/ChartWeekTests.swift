import XCTest

@testable import SceneRadar

final class ChartWeekTests: XCTestCase {
    func testLabels_padTheWeekNumber() {
        XCTAssertEqual(ChartWeek(year: 2025, week: 7).shortLabel, "W07")
        XCTAssertEqual(ChartWeek(year: 2025, week: 44).label, "2025-W44")
    }

    func testOrdinal_isConsecutiveAcrossYears() {
        XCTAssertEqual(ChartWeek(year: 1970, week: 1).ordinal, 0)
        // 2020 has 53 ISO weeks; 2021 has 52.
        XCTAssertEqual(ChartWeek(year: 2021, week: 1).ordinal - ChartWeek(year: 2020, week: 53).ordinal, 1)
        XCTAssertEqual(ChartWeek(year: 2022, week: 1).ordinal - ChartWeek(year: 2021, week: 52).ordinal, 1)
        XCTAssertEqual(ChartWeek(year: 2026, week: 1).ordinal - ChartWeek(year: 2025, week: 1).ordinal, 52)
        XCTAssertEqual(ChartWeek(year: 1969, week: 52).ordinal, -1)
    }

    func testInitOrdinal_roundTrips() {
        for year in [1969, 1999, 2004, 2020, 2024, 2025, 2026, 2032] {
            for week in [1, 2, 26, 52] {
                let value = ChartWeek(year: year, week: week)
                XCTAssertEqual(ChartWeek(ordinal: value.ordinal), value)
            }
        }
        XCTAssertEqual(
            ChartWeek(ordinal: ChartWeek(year: 2020, week: 53).ordinal), ChartWeek(year: 2020, week: 53))
        XCTAssertEqual(
            ChartWeek(ordinal: ChartWeek(year: 2026, week: 53).ordinal), ChartWeek(year: 2026, week: 53))
    }

    func testByWeek_sortsAndKeepsTheLaterDuplicate() {
        let a = ChartWeek(year: 2025, week: 2)
        let b = ChartWeek(year: 2024, week: 52)
        let values = WeeklyValue.byWeek([
            .init(week: a, value: 1), .init(week: b, value: 2), .init(week: a, value: 3),
        ])
        XCTAssertEqual(values, [.init(week: b, value: 2), .init(week: a, value: 3)])
        // Already in order, one per week: the same values.
        let ordered: [WeeklyValue] = [.init(week: b, value: 2), .init(week: a, value: 3)]
        XCTAssertEqual(WeeklyValue.byWeek(ordered), ordered)
        XCTAssertEqual(
            WeeklyValue.byWeek([.init(week: a, value: 1), .init(week: a, value: 4)]),
            [.init(week: a, value: 4)])
        XCTAssertEqual(WeeklyValue.byWeek([]), [])
    }

    func testOrdinal_absurdWeeks_doNotOverflow() {
        XCTAssertEqual(ChartWeek(year: .max, week: .max).ordinal, ChartWeek(year: 9999, week: 54).ordinal)
        XCTAssertEqual(ChartWeek(year: .min, week: .min).ordinal, ChartWeek(year: 1, week: 0).ordinal)
        let chart = LineChart(
            id: "l", title: "t",
            points: [
                .init(week: .init(year: .min, week: 1), value: 1),
                .init(week: .init(year: .max, week: 1), value: 2),
            ]
        ).render()
        SVGAssertions.assertValid(chart.svg)
    }
}
