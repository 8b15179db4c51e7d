import XCTest

@testable import SceneRadar

/// One small test per bug the fuzzers found, at the level of the fix; the inputs that found them
/// are replayed whole by `FuzzRegressionTests`.
final class FuzzFindingsTests: XCTestCase {
    // MARK: - pipeline: radar lint quoted no line (or the wrong one) under a CRLF or CR note's diagnostic

    func testSourceText_crlfAndLoneCR_endLinesAsPositionsCountThem() {
        XCTAssertEqual(SourceText("a\r\nb\r\nc").lines, ["a", "b", "c"])
        XCTAssertEqual(SourceText("a\rb\r\rc\n").lines, ["a", "b", "", "c", ""])
        XCTAssertEqual(SourceText("a\r\n\r\nb").lines, ["a", "", "b"])
        XCTAssertEqual(SourceText("\u{FEFF}title: x\r\n").lines, ["title: x", ""])
        XCTAssertEqual(SourceText("").lines, [""])
        XCTAssertEqual(SourceText("e\u{301}\r\n\u{301}x").lines, ["e\u{301}", "\u{301}x"])
    }

    func testLint_crlfNote_quotesTheLineOfTheDiagnostic() throws {
        let vault = try TemporaryVault()
        try vault.write("scenes/abc/scene.md", "---\r\nname: X\r\nspotted: nope\r\n---\r\nbody\r\n")
        let result = Fixtures.run(["lint", vault.root])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.out.contains(" 3 | spotted: nope\n   |          ^~~~\n"),
            "no quoted line in:\n\(result.out)")
    }

    // MARK: - pipeline: an encoding error after a CR (or a BOM) had another line and column than the text

    func testDecode_invalidUTF8AfterLoneCR_countsTheCRAsALineEnd() {
        assertEncodingError([0x61, 0x0D, 0x62, 0xFF], line: 2, column: 2)
        assertEncodingError([0x61, 0x0D, 0x0A, 0x62, 0xFF], line: 2, column: 2)
        assertEncodingError([0x61, 0x0D, 0x0D, 0x0A, 0xFF], line: 3, column: 1)
        assertEncodingError([0x61, 0x0A, 0x0A, 0x62, 0x63, 0xC3], line: 3, column: 3)
    }

    func testDecode_invalidUTF8AfterBOM_columnsStartAfterTheBOM() {
        assertEncodingError([0xEF, 0xBB, 0xBF, 0x61, 0x62, 0xFF], line: 1, column: 3)
        assertEncodingError([0xEF, 0xBB, 0xFF], line: 1, column: 1)
    }

    private func assertEncodingError(
        _ bytes: [UInt8], line: Int, column: Int, file: StaticString = #filePath, lineNumber: UInt = #line
    ) {
        guard case .failure(let diagnostic) = TextDecoding.decode(bytes, file: "n.md") else {
            return XCTFail("decoded \(bytes)", file: file, line: lineNumber)
        }
        XCTAssertEqual(diagnostic.code, .encoding, file: file, line: lineNumber)
        XCTAssertEqual(diagnostic.location.line, line, "line", file: file, line: lineNumber)
        XCTAssertEqual(diagnostic.location.column, column, "column", file: file, line: lineNumber)
    }
}
