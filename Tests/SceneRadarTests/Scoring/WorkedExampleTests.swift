import Foundation
import XCTest

@testable import SceneRadar

/// The worked example in docs/scoring.md equals the program's `--format json` output.
final class WorkedExampleTests: XCTestCase {
    func testWorkedExample_matchesScoreJSON() throws {
        let docs = try String(contentsOfFile: Fixtures.packageRoot + "/docs/scoring.md", encoding: .utf8)
        let block = try XCTUnwrap(docs.components(separatedBy: "```json worked-example\n").dropFirst().first)
        let json = try XCTUnwrap(block.components(separatedBy: "```").first)
        let expected = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let slug = try XCTUnwrap(expected["slug"] as? String)

        let result = Fixtures.run(["score", Fixtures.packageRoot + "/example-vault", "--format", "json"])
        XCTAssertEqual(result.status, 0, result.err)
        let output = try XCTUnwrap(
            JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        let scenes = try XCTUnwrap(output["scenes"] as? [[String: Any]])
        let scene = try XCTUnwrap(scenes.first { $0["slug"] as? String == slug })

        XCTAssertEqual(scene["score"] as? Double, expected["score"] as? Double)
        XCTAssertEqual(scene["phase"] as? String, expected["phase"] as? String)
        XCTAssertEqual((scene["stage"] as? [String: Any])?["points"] as? Int, expected["stage"] as? Int)
        let strengths = try XCTUnwrap(expected["strengths"] as? [String: Double])
        let signals = try XCTUnwrap(scene["signals"] as? [[String: Any]])
        XCTAssertEqual(signals.count, strengths.count)
        for signal in signals {
            let name = try XCTUnwrap(signal["signal"] as? String)
            XCTAssertEqual(signal["strength"] as? Double, strengths[name], name)
        }
        let momentum = try XCTUnwrap(scene["momentum"] as? [String: Any])
        XCTAssertEqual(momentum["value"] as? Double, expected["momentum"] as? Double)
        let slopes = try XCTUnwrap(expected["normalizedSlopes"] as? [String: Double])
        for series in try XCTUnwrap(momentum["series"] as? [[String: Any]]) {
            let kind = try XCTUnwrap(series["kind"] as? String)
            XCTAssertEqual(series["normalizedSlope"] as? Double, slopes[kind], kind)
        }
    }

    func testScoreTable_ranksGrowingAboveFadingAndMarksTheTrend() throws {
        let result = Fixtures.run(["score", Fixtures.packageRoot + "/example-vault"])
        XCTAssertEqual(result.status, 0)
        let lines = result.out.split(separator: "\n").map(String.init)
        let growing = try XCTUnwrap(lines.firstIndex { $0.contains("Third Mainland Halftime") })
        let fading = try XCTUnwrap(lines.firstIndex { $0.contains("Modem House") })
        XCTAssertLessThan(growing, fading)
        XCTAssertTrue(lines[growing].contains("growing"))
        XCTAssertTrue(lines[fading].contains("fading"))
        XCTAssertTrue(
            try XCTUnwrap(lines.first { $0.contains("Double-Time Bossa") }).contains("trend, not a scene"))
        // The table is aligned: the score column ends at the same place on every row.
        let rows = lines.dropFirst(1)
        let header = try XCTUnwrap(rows.first)
        let scoreEnd = try XCTUnwrap(header.range(of: "score")).upperBound.utf16Offset(in: header)
        for row in rows.dropFirst() {
            let index = row.index(row.startIndex, offsetBy: scoreEnd - 1)
            XCTAssertTrue(row[index].isNumber, row)
        }
    }

    func testScoreCSV_andExplain() throws {
        let csv = Fixtures.run(["score", Fixtures.packageRoot + "/example-vault", "--format", "csv"]).out
        XCTAssertTrue(csv.hasPrefix("rank,slug,name,public,score,phase,momentum,trend,too_early,stage,"))
        XCTAssertEqual(csv.split(separator: "\r\n").count, 6)
        let explain = Fixtures.run([
            "score", Fixtures.packageRoot + "/example-vault", "--explain", "Creekside Steppers",
        ])
        XCTAssertTrue(explain.out.contains("score = 100 × 3.966667 / 7 = 56.6667 → 56.7\n"))
        XCTAssertTrue(explain.out.contains("creekside-steppers/log/2026-W47.md:24:5"))
        let unknown = Fixtures.run([
            "score", Fixtures.packageRoot + "/example-vault", "--explain", "creekside-stepers",
        ])
        XCTAssertEqual(unknown.status, 2)
        XCTAssertTrue(unknown.err.contains("did you mean 'creekside-steppers'?"))
        let begun = Fixtures.run(["score", Fixtures.packageRoot + "/example-vault", "--explain", "creekside"])
        XCTAssertEqual(begun.status, 2)
        XCTAssertTrue(
            begun.err.contains("no scene 'creekside' in this vault; did you mean 'creekside-steppers'?"),
            begun.err)
        let named = Fixtures.run([
            "score", Fixtures.packageRoot + "/example-vault", "--explain", "Creekside Stepers",
        ])
        XCTAssertTrue(named.err.contains("did you mean 'creekside-steppers'?"), named.err)
    }
}
