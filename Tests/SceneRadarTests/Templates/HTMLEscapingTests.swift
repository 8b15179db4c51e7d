import XCTest

@testable import SceneRadar

final class HTMLEscapingTests: XCTestCase {
    func testEscape_replacesTheFiveSpecialCharacters() {
        XCTAssertEqual(HTMLEscaping.escape(#"a&b<c>d"e'f"#), "a&amp;b&lt;c&gt;d&quot;e&#39;f")
    }

    func testEscape_leavesOtherTextUntouched() {
        let text = "plain = text / with ; symbols ? ~ and ✓ 🎧"
        XCTAssertEqual(HTMLEscaping.escape(text), text)
        XCTAssertEqual(HTMLEscaping.escape(""), "")
    }

    func testEscape_specialCharactersAtTheEdgesAndInRuns() {
        XCTAssertEqual(HTMLEscaping.escape("<<>>"), "&lt;&lt;&gt;&gt;")
        XCTAssertEqual(HTMLEscaping.escape("&x&"), "&amp;x&amp;")
    }

    func testEscape_keepsEveryUnicodeScalarExactly() {
        // A combining accent after '&' starts a run in the middle of a grapheme cluster.
        let escaped = HTMLEscaping.escape("&\u{301}e\u{301}<🇳🇬>")
        XCTAssertEqual(Array(escaped.unicodeScalars), Array("&amp;\u{301}e\u{301}&lt;🇳🇬&gt;".unicodeScalars))
    }

    func testAppend_addsToExistingOutput() {
        var output = "<p>"
        HTMLEscaping.append("R&B", to: &output)
        HTMLEscaping.append("soul", to: &output)
        XCTAssertEqual(output, "<p>R&amp;Bsoul")
    }
}
