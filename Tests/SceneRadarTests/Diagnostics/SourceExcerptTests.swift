import XCTest

@testable import SceneRadar

final class SourceExcerptTests: XCTestCase {
    private func excerpt(_ line: String, column: Int, length: Int = 1) -> SourceExcerpt {
        SourceExcerpt.Line(line[...]).excerpt(column: column, length: length)
    }

    func testShortLine_isShownWhole() {
        XCTAssertEqual(
            excerpt("  atendance: 40", column: 3, length: 9),
            SourceExcerpt(text: "  atendance: 40", pad: "  ", marker: "^~~~~~~~~"))
        XCTAssertEqual(
            excerpt(String(repeating: "a", count: 160), column: 160),
            SourceExcerpt(
                text: String(repeating: "a", count: 160), pad: String(repeating: " ", count: 159), marker: "^"
            ))
    }

    /// Wide characters take two columns in a terminal and a combining mark none: the pad and the
    /// marker follow, so the caret stands under its column.
    func testWideAndCombiningCharacters_padByTerminalColumns() {
        XCTAssertEqual(
            excerpt("名前: 東京 x", column: 5, length: 2),
            SourceExcerpt(text: "名前: 東京 x", pad: "      ", marker: "^~~~"))
        XCTAssertEqual(
            excerpt("e\u{301}: bad", column: 5, length: 3),
            SourceExcerpt(text: "e\u{301}: bad", pad: "   ", marker: "^~~"))
    }

    func testSpan_isCutAtTheLinesEnd_andAColumnPastItGetsOneCaret() {
        XCTAssertEqual(
            excerpt("abc", column: 2, length: 10), SourceExcerpt(text: "abc", pad: " ", marker: "^~"))
        XCTAssertEqual(
            excerpt("abc", column: 6, length: 3), SourceExcerpt(text: "abc", pad: "     ", marker: "^"))
        XCTAssertEqual(excerpt("abc", column: 0, length: 0), SourceExcerpt(text: "abc", pad: "", marker: "^"))
    }

    func testLongLine_nearItsStart_isCutAtTheEnd() {
        let line = String(repeating: "x", count: 10) + "[[a]]" + String(repeating: "y", count: 300)
        let shown = excerpt(line, column: 11, length: 5)
        XCTAssertEqual(shown.text, String(line.prefix(160)) + "…")
        XCTAssertEqual(shown.pad, String(repeating: " ", count: 10))
        XCTAssertEqual(shown.marker, "^~~~~")
    }

    func testLongLine_inItsMiddle_isCutAroundTheColumn() {
        let line = String(repeating: "x", count: 500) + "[[a]]" + String(repeating: "y", count: 500)
        let shown = excerpt(line, column: 501, length: 5)
        XCTAssertEqual(
            shown.text,
            "…" + String(repeating: "x", count: 60) + "[[a]]" + String(repeating: "y", count: 95) + "…")
        // The pad covers the "…" and the 60 scalars before the column.
        XCTAssertEqual(shown.pad, String(repeating: " ", count: 61))
        XCTAssertEqual(shown.marker, "^~~~~")
    }

    func testLongLine_nearItsEnd_showsItsLast160Scalars() {
        let line = "é" + String(repeating: "\t", count: 298) + "[[a]]"
        let shown = excerpt(line, column: 300, length: 50)
        XCTAssertEqual(shown.text, "…" + String(repeating: "\t", count: 155) + "[[a]]")
        XCTAssertEqual(
            shown.pad, " " + String(repeating: "\t", count: 155), "tabs kept so the caret lines up")
        XCTAssertEqual(shown.marker, "^~~~~")
    }

    /// Twenty thousand problems on one line of 240 KB: each shows a window of it, and the
    /// report stays a few megabytes, not the line twenty thousand times over.
    func testManyDiagnosticsOnOneLongLine_keepTheReportSmall() {
        let count = 20_000
        let line = String(repeating: "[[nowhere]] ", count: count)
        let diagnostics = (0..<count).map { index in
            Diagnostic(
                .linkUnresolved, "wiki link '[[nowhere]]' points at no scene or person",
                at: SourceLocation(file: "f.md", line: 1, column: index * 12 + 1), length: 11)
        }
        let text = DiagnosticRenderer().render(diagnostics) { _, _ in line[...] }
        XCTAssertLessThan(text.utf8.count, count * 400)
        // The last link, 12 scalars from the end: the line's last 160 scalars are shown.
        XCTAssertTrue(
            text.hasSuffix(
                "  | " + String(repeating: " ", count: 1 + 160 - 12) + "^" + String(repeating: "~", count: 10)
                    + "\n"),
            String(text.suffix(400)))
        let page = ErrorPage.render(diagnostics: Array(diagnostics.prefix(1000))) { _, _ in line[...] }
        XCTAssertLessThan(page.utf8.count, 1000 * 800)
    }
}
