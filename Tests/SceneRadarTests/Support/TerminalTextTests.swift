import XCTest

@testable import SceneRadar

final class TerminalTextTests: XCTestCase {
    /// Control characters become U+FFFD one for one; line breaks (CSV's `\r\n` too) and tabs stay.
    func testPrintable_replacesControlsButLineBreaksAndTabs() {
        XCTAssertEqual(TerminalText.printable("a\u{1B}[31mb\u{7}\u{85}"), "a\u{FFFD}[31mb\u{FFFD}\u{FFFD}")
        XCTAssertEqual(TerminalText.printable("x,y\r\n1\t2\n"), "x,y\r\n1\t2\n")
        XCTAssertEqual(TerminalText.printable("over\rwritten\r"), "over\u{FFFD}written\u{FFFD}")
        XCTAssertEqual(TerminalText.printable("plain café"), "plain café")
    }
}
