import XCTest

@testable import SceneRadar

final class BlankTextTests: XCTestCase {
    func testIsBlank_emptyAndWhiteSpaceOfAnyKind() {
        for text in ["", " ", "\t\n\r\u{0B}\u{0C}", "\u{A0}", " \u{3000}\u{2003} ", "\u{85}"] {
            XCTAssertTrue(text.isBlank, text.debugDescription)
        }
        for text in ["a", " a", "\u{3000}東", "\u{200B}", "\u{301}", "é", " -"] {
            XCTAssertFalse(text.isBlank, text.debugDescription)
        }
        XCTAssertTrue("x  "[...].dropFirst().isBlank)
    }
}
