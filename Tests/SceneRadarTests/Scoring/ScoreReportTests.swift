import XCTest

@testable import SceneRadar

/// The `radar score` table lines up in a terminal whatever script the names are in.
final class ScoreReportTests: XCTestCase {
    func testAlign_padsByDisplayWidth() {
        let rows = [["scene", "score"], ["東京", "1.0"], ["Cafe\u{301}", "2.5"], ["🎵", "12.5"]]
        XCTAssertEqual(
            ScoreReport.align(rows, numeric: [1]),
            "scene  score\n東京     1.0\nCafe\u{301}     2.5\n🎵      12.5\n")
    }

    func testTable_wideAndCombiningNames_keepEveryColumnAligned() throws {
        let names = ["alpha": "Alpha Bass", "tokyo": "東京 ドリル", "notes": "🎵🎶", "cafe": "Cafe\u{301} Noir"]
        var files = ["radar.yml": "title: Test\n"]
        for (slug, name) in names {
            files["scenes/\(slug)/scene.md"] = "---\nname: \"\(name)\"\nspotted: 2026-01-05\n---\n"
        }
        let vault = try TemporaryVault(files)
        let result = Fixtures.run(["score", vault.root])
        XCTAssertEqual(result.status, 0, result.err)
        let lines = result.out.split(separator: "\n").dropFirst().map(String.init)
        XCTAssertEqual(lines.count, 5, result.out)
        let header = try XCTUnwrap(lines.first)
        // Each column's edge on the header and on every row: where the left-aligned name,
        // phase and notes columns begin and where the right-aligned score column ends.
        let edges = [
            column("scene", in: header)?.start, column("score", in: header)?.end,
            column("phase", in: header)?.start, column("notes", in: header)?.start,
        ]
        for row in lines.dropFirst() {
            let name = try XCTUnwrap(names.values.first { row.contains($0) }, row)
            XCTAssertEqual(
                [
                    column(name, in: row)?.start, column("0.0", in: row)?.end,
                    column("forming", in: row)?.start, column("trend", in: row)?.start,
                ], edges, row)
        }
    }

    /// The window is named from its first week to now: never a week before 0001-W01, where the
    /// calendar starts (no log can be older), and one week is "1 week".
    func testHeader_namesTheWindowFromTheCalendarsStart() throws {
        let cases = [
            ("0001-W10", "window: 12", "window 0001-W01 – 0001-W10 (12 weeks)"),
            ("0001-W01", "window: 520", "window 0001-W01 – 0001-W01 (520 weeks)"),
            ("2027-W01", "window: 1", "window 2027-W01 – 2027-W01 (1 week)"),
            ("2027-W01", "window: 6", "window 2026-W49 – 2027-W01 (6 weeks)"),
        ]
        for (week, window, header) in cases {
            let vault = try TemporaryVault([
                "radar.yml": "title: Test\n\(window)\n",
                "scenes/s/scene.md": "---\nname: S\nspotted: 0001-01-01\n---\n",
                "scenes/s/log/\(week).md": "---\nartists: [A]\n---\n",
            ])
            let table = Fixtures.run(["score", vault.root])
            XCTAssertTrue(table.out.hasPrefix("radar as of \(week): \(header)\n"), table.out)
            let explained = Fixtures.run(["score", vault.root, "--explain", "s", "--format", "json"]).out
            XCTAssertTrue(
                explained.contains("\"firstWeek\": \"\(header.dropFirst(7).prefix(8))\""), explained)
        }
    }

    /// A name wider than 40 columns is cut with "…" in the table, so the columns stay on the
    /// screen; by display width, never inside a character.
    func testTable_longNames_areCutToFortyColumns() throws {
        let long = String(repeating: "Bass ", count: 60) + "End"
        let wide = String(repeating: "東", count: 30)
        let vault = try TemporaryVault([
            "radar.yml": "title: Test\n",
            "scenes/long/scene.md": "---\nname: \"\(long)\"\nspotted: 2026-01-05\n---\n",
            "scenes/wide/scene.md": "---\nname: \"\(wide)\"\nspotted: 2026-01-05\n---\n",
        ])
        let result = Fixtures.run(["score", vault.root])
        XCTAssertEqual(result.status, 0, result.err)
        XCTAssertTrue(result.out.contains(String(long.prefix(39)) + "…"), result.out)
        XCTAssertTrue(result.out.contains(String(repeating: "東", count: 19) + "…"), result.out)
        XCTAssertFalse(result.out.contains("End"), result.out)
        XCTAssertEqual(DisplayWidth.truncated("short", to: 40), "short")
        XCTAssertEqual(DisplayWidth.truncated("東東東", to: 4), "東…")
        for line in result.out.split(separator: "\n") {
            XCTAssertLessThan(DisplayWidth.of(line), 120, String(line))
        }
    }

    /// The display columns `text` starts and ends at, first occurrence, in `line`.
    private func column(_ text: String, in line: String) -> (start: Int, end: Int)? {
        guard let range = line.range(of: text) else { return nil }
        let start = DisplayWidth.of(line[..<range.lowerBound])
        return (start, start + DisplayWidth.of(text))
    }
}
