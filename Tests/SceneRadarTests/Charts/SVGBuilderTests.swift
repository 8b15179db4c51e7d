import XCTest

@testable import SceneRadar

final class SVGBuilderTests: XCTestCase {
    func testEscaped_escapesAllFiveMarkupCharacters() {
        XCTAssertEqual(
            SVGBuilder.escaped(#"<a href="x">Tom & Jerry's</a>"#),
            "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
        XCTAssertEqual(SVGBuilder.escaped("]]>--"), "]]&gt;--")
    }

    func testEscaped_writesInvisibleFormatCharactersAsReferences() {
        // The override left open is closed at the end of the value (XMLEscaping).
        XCTAssertEqual(
            SVGBuilder.escaped("a\u{202E}b\u{200B}c\u{FEFF}"), "a&#x202E;b&#x200B;c&#xFEFF;&#x202C;")
        XCTAssertEqual(SVGBuilder.escaped("é 新宿 👩🏽‍🎤"), "é 新宿 👩🏽&#x200D;🎤")
    }

    func testEscaped_replacesCharactersXMLForbids() {
        XCTAssertEqual(SVGBuilder.escaped("a\u{0}b\u{1B}c\u{FFFF}d\tz"), "a\u{FFFD}b\u{FFFD}c\u{FFFD}d z")
    }

    func testEscaped_plainASCII_isUnchanged() {
        XCTAssertEqual(SVGBuilder.escaped("Amapiano Leeds 2025-W44"), "Amapiano Leeds 2025-W44")
    }

    func testAttribute_escapesValueAndFormatsNumbers() {
        var svg = SVGBuilder()
        svg.attribute("title", "\"x\" & 'y'")
        svg.attribute("x", -0.0001)
        svg.attribute("y", 12.345)
        XCTAssertEqual(svg.output, #" title="&quot;x&quot; &amp; &#39;y&#39;" x="0" y="12.35""#)
    }

    func testTextElement_writesAnchorAndClass() {
        var svg = SVGBuilder()
        svg.textElement("<b>", x: 1, y: 2.5, className: "chart-label", anchor: "end")
        XCTAssertEqual(
            svg.output, "<text x=\"1\" y=\"2.5\" class=\"chart-label\" text-anchor=\"end\">&lt;b&gt;</text>\n"
        )
    }
}
