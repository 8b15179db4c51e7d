import XCTest

@testable import SceneRadar

final class RoffTests: XCTestCase {
    func testText_escapesBackslashesAndOptionHyphensOnly() {
        XCTAssertEqual(
            Roff.text("micro-scenes with --strict and a\\b"), "micro-scenes with \\-\\-strict and a\\eb")
    }

    func testText_protectsLineStartingWithControlCharacter() {
        XCTAssertEqual(Roff.text(".gitignore"), "\\&.gitignore")
        XCTAssertEqual(Roff.text("'quoted'"), "\\&'quoted'")
    }

    func testCode_escapesEveryHyphen() {
        XCTAssertEqual(Roff.code("base-url"), "base\\-url")
    }

    func testParagraph_startsEachSentenceOnANewLine() {
        XCTAssertEqual(
            Roff.paragraph("One thing. Another, e.g. this. And more"),
            ["One thing.", "Another, e.g. this.", "And more"])
    }

    func testParagraph_wrapsBefore80ColumnsAndProtectsWrappedLines() {
        let long = String(repeating: "a", count: 75)
        XCTAssertEqual(Roff.paragraph(long + " .radar-cache --x"), [long, "\\&.radar-cache \\-\\-x"])
    }
}
