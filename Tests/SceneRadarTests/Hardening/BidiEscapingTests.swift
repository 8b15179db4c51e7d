import XCTest

@testable import SceneRadar

/// `{{name}}` in a page, a value in the feed or a chart: pasted names may carry bidi controls and
/// control characters; neither may change how the text around the value reads.
final class BidiEscapingTests: XCTestCase {
    func testEscape_unclosedOverride_isClosedAndIsolated() {
        XCTAssertEqual(
            HTMLEscaping.escape("Mirror\u{202E} Name"), "\u{2068}Mirror\u{202E} Name\u{202C}\u{2069}")
    }

    func testEscape_unclosedIsolatesAndEmbeddings_closeInnermostFirst() {
        XCTAssertEqual(
            HTMLEscaping.escape("a\u{2067}b\u{202B}c<"),
            "\u{2068}a\u{2067}b\u{202B}c&lt;\u{202C}\u{2069}\u{2069}")
        XCTAssertEqual(
            HTMLEscaping.escape("\u{2066}x\u{202D}y\u{2069}z\u{202E}"),
            "\u{2068}\u{2066}x\u{202D}y\u{2069}z\u{202E}\u{202C}\u{2069}")
    }

    func testEscape_balancedControlsAndMarks_areIsolated() {
        // Balanced, a spoofed "gnp.exe" still reorders neutral characters printed next to it.
        XCTAssertEqual(
            HTMLEscaping.escape("gnp\u{202E}.exe\u{202C}"), "\u{2068}gnp\u{202E}.exe\u{202C}\u{2069}")
        XCTAssertEqual(HTMLEscaping.escape("a\u{200F}b"), "\u{2068}a\u{200F}b\u{2069}")
    }

    func testEscape_textWithoutBidiControls_isUnchanged() {
        for text in ["zero\u{200B}width", "Ifẹ́oluwa", "שלום", "— é 新宿 🎧"] {
            XCTAssertEqual(HTMLEscaping.escape(text), text)
        }
    }

    func testEscape_controlCharacters_becomeReplacementCharacters() {
        XCTAssertEqual(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{7F}d"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        XCTAssertEqual(HTMLEscaping.escape("tab\tline\ncr\r"), "tab\tline\ncr\r")
    }

    func testRender_eachInterpolationIsIsolatedSeparately() throws {
        let template = try MustacheTemplate("<p>{{#names}}<a>{{.}}</a> ×2, {{/names}}</p>")
        let names: MustacheValue = .list([.string("Mirror\u{202E} Name"), .string("Plain Person")])
        let html = try template.render(.object(["names": names]))
        XCTAssertEqual(
            html, "<p><a>\u{2068}Mirror\u{202E} Name\u{202C}\u{2069}</a> ×2, <a>Plain Person</a> ×2, </p>")
    }

    func testXMLEscape_unclosedControls_areClosedWithReferences() {
        // Feeds and charts: closed, not isolated (chart labels isolate themselves, ChartText).
        XCTAssertEqual(
            XMLEscaping.escape("Name \u{2067}x\u{202E}y"), "Name &#x2067;x&#x202E;y&#x202C;&#x2069;")
        XCTAssertEqual(XMLEscaping.escape("gnp\u{202E}.exe\u{202C}"), "gnp&#x202E;.exe&#x202C;")
        XCTAssertEqual(
            XMLEscaping.escape("plain & simple, zero\u{200B}width"), "plain &amp; simple, zero&#x200B;width")
    }
}
