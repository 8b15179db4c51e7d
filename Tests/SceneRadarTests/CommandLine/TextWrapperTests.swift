import XCTest

@testable import SceneRadar

final class TextWrapperTests: XCTestCase {
    func testWrap_breaksBetweenWords() {
        XCTAssertEqual(TextWrapper.wrap("aa bb cc dd", width: 5), ["aa bb", "cc dd"])
    }

    func testWrap_indentsContinuationLines() {
        XCTAssertEqual(TextWrapper.wrap("aa bb cc", width: 7, indent: 2), ["aa bb", "  cc"])
    }

    func testWrap_keepsParagraphsAndIndentedLines() {
        XCTAssertEqual(
            TextWrapper.wrap("one two\n\n  $ radar lint --strict", width: 12),
            ["one two", "", "  $ radar", "  lint", "  --strict"])
    }

    func testWrap_longWord_getsItsOwnLine() {
        XCTAssertEqual(
            TextWrapper.wrap("a scenes/x/log/2026-W47.md b", width: 10),
            ["a", "scenes/x/log/2026-W47.md", "b"])
    }
}
