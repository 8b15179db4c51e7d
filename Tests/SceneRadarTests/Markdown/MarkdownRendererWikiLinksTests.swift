import XCTest

@testable import SceneRadar

/// `MarkdownRenderer.wikiLinks(in:)`: the links a body renders, each where it is written.
final class MarkdownRendererWikiLinksTests: XCTestCase {
    /// The links found, as `line:column raw`.
    private func placed(_ markdown: String) -> [String] {
        MarkdownRenderer.wikiLinks(in: markdown).map { "\($0.line):\($0.column) \($0.link.raw)" }
    }

    /// The links `render` meets, in order: what `wikiLinks(in:)` must find.
    private func rendered(_ markdown: String) -> [String] {
        MarkdownRenderer().render(markdown).links.map(\.link.raw)
    }

    func testLinks_inPlainParagraphs_atTheirColumns() {
        XCTAssertEqual(
            placed("See [[A]] and [[people/B|Bee]].\n\nÄö [[C]]\n"),
            ["1:5 [[A]]", "1:15 [[people/B|Bee]]", "3:4 [[C]]"])
    }

    func testLinks_inCode_areNotFound() {
        let body = """
            `[[span]]` and ``[[double]]`` then [[out]]

            ```
            [[fenced]]
            ```

                [[indented]]

            ````
            ```
            [[still-fenced]]
            ````
            """
        XCTAssertEqual(placed(body), ["1:36 [[out]]"])
    }

    func testCodeSpan_overTwoLines_hidesItsLinkAndNotTheNext() {
        // The span opened on the first line closes on the second, so the next pair of
        // backticks holds `d`, and [[x]] between them is text.
        let body = "a `b [[in-span]]\nc` [[x]] `d`\n"
        XCTAssertEqual(placed(body), ["2:4 [[x]]"])
        XCTAssertEqual(rendered(body), ["[[x]]"])
    }

    func testEscapedBacktick_opensNoSpan() {
        let body = "\\`[[x]]` and `code`\n"
        XCTAssertEqual(placed(body), ["1:3 [[x]]"])
    }

    func testRawHTMLBlock_rendersNoLinks() {
        XCTAssertEqual(placed("<div>\n[[hidden]]\n</div>\n\n[[shown]]\n"), ["5:1 [[shown]]"])
    }

    func testLinks_inListsAndQuotes_atTheirColumns() {
        let body = """
            - first [[one]]
              continued [[two]]
            > quoted [[three]]
            >   more [[four]]
            """
        XCTAssertEqual(
            placed(body), ["1:9 [[one]]", "2:13 [[two]]", "3:10 [[three]]", "4:10 [[four]]"])
    }

    func testSameLinkTwice_onOneLine_eachAtItsOwnColumn() {
        XCTAssertEqual(placed("`[[a]]` [[a]] [[a]]"), ["1:9 [[a]]", "1:15 [[a]]"])
    }

    func testLinkWrittenWithEscapes_isPlacedAtItsTextsStart() {
        // cmark reads `\_` as `_`, so the link's text is not written as found; it is placed
        // where its run of text begins.
        XCTAssertEqual(placed("x *y* [[a\\_b]]"), ["1:6 [[a_b]]"])
    }

    func testLineEndings_CRLFAndCR_countAsCmarkCountsThem() {
        XCTAssertEqual(placed("a\r\n\r\n[[b]]\r\rc [[d]]"), ["3:1 [[b]]", "5:3 [[d]]"])
    }

    func testBodyWithoutBrackets_orWithBrokenLinks_findsNothing() {
        XCTAssertEqual(placed("plain text"), [])
        XCTAssertEqual(placed("[[ ]] and [[a\nb]] and [[open"), [])
    }

    /// Whatever the body, the links found are the ones rendered, in the same order.
    func testLinksFound_areTheLinksRendered() {
        let bodies = [
            "[[a]] `[[b]]` [[c]]",
            "* [[a]]\n  * `x\n  [[b]]` [[c]]\n",
            "> `a\n> [[b]]` [[c]]",
            "# [[Heading link]]\n\nSetext [[d]]\n---\n",
            "[text [[inner]]](https://example.org/) ![alt [[img]]](a.png)",
            "<span>[[inline-html]]</span> &#91;[[after-reference]]",
            "| a | [[cell]] |\n|---|---|\n",
            "```\n[[unclosed-fence]]\n",
            "1. [[one]]\n\n       [[indented-in-item]]\n",
        ]
        for body in bodies {
            XCTAssertEqual(
                MarkdownRenderer.wikiLinks(in: body).map(\.link.raw), rendered(body), body.debugDescription)
        }
    }
}
