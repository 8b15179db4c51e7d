import XCTest

@testable import SceneRadar

/// `{{name}}` in a page, a value in the feed or a chart: pasted names may carry bidi controls and
/// control characters; neither may change how the text around the value reads.
final class BidiEscapingTests: XCTestCase {
    func testEscape_unclosedOverride_isClosedAtTheEndOfTheValue() {
        XCTAssertEqual(HTMLEscaping.escape("Mirror\u{202E} Name"), "Mirror\u{202E} Name\u{202C}")
    }

    func testEscape_unclosedIsolatesAndEmbeddings_closeInnermostFirst() {
        XCTAssertEqual(
            HTMLEscaping.escape("a\u{2067}b\u{202B}c<"), "a\u{2067}b\u{202B}c&lt;\u{202C}\u{2069}")
        XCTAssertEqual(
            HTMLEscaping.escape("\u{2066}x\u{202D}y\u{2069}z\u{202E}"),
            "\u{2066}x\u{202D}y\u{2069}z\u{202E}\u{202C}")
    }

    func testEscape_balancedOrStrayClosers_areLeftAlone() {
        for text in [
            "gnp\u{202E}.exe\u{202C}", "\u{2068}name\u{2069}", "stray\u{202C}\u{2069}", "zero\u{200B}width",
        ] {
            XCTAssertEqual(HTMLEscaping.escape(text), text)
        }
    }

    func testEscape_controlCharacters_becomeReplacementCharacters() {
        XCTAssertEqual(HTMLEscaping.escape("a\u{0}b\u{1B}c\u{7F}d"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d")
        XCTAssertEqual(HTMLEscaping.escape("tab\tline\ncr\r"), "tab\tline\ncr\r")
    }

    func testRender_eachInterpolationIsClosedSeparately() throws {
        let template = try MustacheTemplate("{{#names}}<a>{{.}}</a>, {{/names}}")
        let names: MustacheValue = .list([.string("Mirror\u{202E} Name"), .string("Plain Person")])
        let html = try template.render(.object(["names": names]))
        XCTAssertEqual(html, "<a>Mirror\u{202E} Name\u{202C}</a>, <a>Plain Person</a>, ")
    }

    func testXMLEscape_unclosedControls_areClosedWithCharacterReferences() {
        XCTAssertEqual(
            XMLEscaping.escape("Name \u{2067}x\u{202E}y — 2026-W47"),
            "Name &#x2067;x&#x202E;y — 2026-W47&#x202C;&#x2069;")
        XCTAssertEqual(XMLEscaping.escape("gnp\u{202E}.exe\u{202C}"), "gnp&#x202E;.exe&#x202C;")
        XCTAssertEqual(XMLEscaping.escape("plain & simple"), "plain &amp; simple")
    }
}
