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
}
