import XCTest

@testable import SceneRadar

/// `MarkdownRenderer.wikiLinks(in:)` and `placedWikiLinks(in:)`: the links a body renders, each
/// where it is written.
final class MarkdownRendererWikiLinksTests: XCTestCase {
    /// The links found, as `line:column raw`.
    private func placed(_ markdown: String) -> [String] {
        MarkdownRenderer.placedWikiLinks(in: markdown).map { "\($0.line):\($0.column) \($0.link.raw)" }
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

    func testLinks_whereCmarksPlaceDrifts_areOnTheirText() {
        // After a backslash line break cmark still counts the line before; on a lazy
        // continuation line of a list item its column runs ahead by the item's marker.
        XCTAssertEqual(placed("a\\\n[[x]] and [[y]]"), ["2:1 [[x]]", "2:11 [[y]]"])
        XCTAssertEqual(placed("- item\nlazy [[x]] [[x]]"), ["2:6 [[x]]", "2:12 [[x]]"])
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

    /// Over generated bodies of Markdown's awkward pieces (backtick runs, fences, indentation,
    /// list and quote markers, escapes, references, raw HTML, line endings): the links found
    /// are the ones rendered, in order, and each link written as found is placed on its text.
    func testGeneratedBodies_linksFoundAreRenderedAndPlacedOnTheirText() {
        let pieces = [
            "[[a]]", "[[people/B|bee]]", "[[ä ö]]", "[[", "]]", "`", "``", "```", "~~~", "    ", "\t",
            "- ", "> ", "1. ", "# ", "\\", "\\`", "\\\n", "&#96;", "<div>", "</div>", "<span>", " ", "word",
            "é", "*", "_", "[x](u)", "\n", "\n", "\n", "\r\n", "\r",
        ]
        var generator = SplitMix64(state: 7)
        var placedOnText = 0
        for _ in 0..<8000 {
            let count = Int.random(in: 1...40, using: &generator)
            let body = (0..<count).map { _ in pieces.randomElement(using: &generator)! }.joined()
            let found = MarkdownRenderer.placedWikiLinks(in: body)
            XCTAssertEqual(found.map(\.link.raw), rendered(body), body.debugDescription)
            XCTAssertEqual(MarkdownRenderer.wikiLinks(in: body), found.map(\.link), body.debugDescription)
            let lines = Self.lines(of: body)
            for (link, line, column) in found {
                guard lines.indices.contains(line - 1), column >= 1 else {
                    XCTFail("\(link.raw) placed at \(line):\(column), outside \(body.debugDescription)")
                    continue
                }
                let text = lines[line - 1].unicodeScalars
                XCTAssertLessThanOrEqual(column, text.count + 1, body.debugDescription)
                // A link may be written with escapes or references; only a body without them
                // (backslash line breaks aside) is sure to have each link written as found.
                let withoutBreaks = body.replacingOccurrences(of: "\\\n", with: "")
                    .replacingOccurrences(of: "\\\r", with: "")
                guard !withoutBreaks.unicodeScalars.contains("\\"), !body.contains("&") else { continue }
                let rest = String(text.dropFirst(column - 1))
                XCTAssertTrue(
                    rest.hasPrefix(link.raw), "\(link.raw) at \(line):\(column) of \(body.debugDescription)")
                placedOnText += 1
            }
        }
        XCTAssertGreaterThan(placedOnText, 1000, "the generated bodies hold too few links to test")
    }

    /// A body's lines as cmark counts them (LF, CR and CR LF end a line), split by scalars: a
    /// `Character` holds CR LF as one.
    private static func lines(of text: String) -> [String] {
        var lines: [String] = []
        var line = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            if scalar == "\n" && afterCR {
                afterCR = false
                continue
            }
            afterCR = scalar == "\r"
            if scalar == "\n" || scalar == "\r" {
                lines.append(String(line))
                line = String.UnicodeScalarView()
            } else {
                line.append(scalar)
            }
        }
        lines.append(String(line))
        return lines
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
                MarkdownRenderer.wikiLinks(in: body).map(\.raw), rendered(body), body.debugDescription)
        }
    }
}
