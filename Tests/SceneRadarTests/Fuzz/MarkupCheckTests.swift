import XCTest

@testable import SceneRadar

/// The pipeline fuzzer's markup check must flag what it exists to flag, and pass what the site
/// writes; and the Mustache harness's own checks must flag what they exist to flag.
final class MarkupCheckTests: XCTestCase {
    func testProblems_sitePage_none() {
        let page = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>A &amp; B</title></head>
            <body><!-- raw HTML omitted --><p class="x">a &lt;b&gt; <a href="../people/a/index.html">A</a></p>
            <svg viewBox="0 0 10 10" role="img"><text x="1" y="2">&lt;zq&gt;</text></svg>
            <img src="data:image/png;base64,AA" alt="x"><br /></body></html>
            """
        XCTAssertEqual(MarkupCheck.problems(in: page, dialect: .html), [])
    }

    func testProblems_scriptElement_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<p>x</p><SCRIPT>alert(1)</SCRIPT>", dialect: .html),
            ["element <SCRIPT> is not one the site writes", "'<script' in the text"])
    }

    func testProblems_noteMarkup_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<p><b>bold</b></p>", dialect: .html),
            ["element <b> is not one the site writes", "element <b> is not one the site writes"])
    }

    func testProblems_eventHandlerAttribute_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<img src=\"x.png\" onerror=\"alert(1)\">", dialect: .html),
            ["attribute onerror in <img> is not one the site writes"])
    }

    func testProblems_javascriptURLBehindEntities_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<a href=\"java&#x09;script&colon;alert(1)\">x</a>", dialect: .html),
            ["unsafe URL in <a href=\"java&#x09;script&colon;alert(1)\">"])
        XCTAssertEqual(MarkupCheck.problems(in: "<a href=\" JAVASCRIPT:x\">x</a>", dialect: .html).count, 1)
        XCTAssertEqual(
            MarkupCheck.problems(in: "<a href=\"data:text/html,x\">x</a>", dialect: .html).count, 1)
    }

    func testProblems_attributeBreakout_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<a href=x title=\"a\" \"b\">", dialect: .html),
            [
                "unquoted value of href in <a>",
                "attribute \"b\" in <a> is not one the site writes",
            ])
        XCTAssertEqual(
            MarkupCheck.problems(in: "<p class=\"a>", dialect: .html), ["unterminated value of class in <p>"])
    }

    func testProblems_scriptInCommentOrAttribute_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<!-- <script> -->", dialect: .html), ["'<script' in the text"])
        XCTAssertEqual(
            MarkupCheck.problems(in: "<p title=\"<b>\">x</p>", dialect: .html),
            ["raw '<' in the value of title in <p>"])
    }

    func testProblems_xmlControlCharacter_reported() {
        XCTAssertEqual(
            MarkupCheck.problems(in: "<feed><title>a\u{1}b</title></feed>", dialect: .xml),
            ["character U+1 is not allowed in XML"])
        XCTAssertEqual(MarkupCheck.problems(in: "<p>a\u{1}b</p>", dialect: .html), [])
    }

    func testHTMLFragments_feedContent_unescaped() {
        let feed = "<entry><content type=\"html\">&lt;p&gt;a &amp;amp; b&lt;/p&gt;</content></entry>"
        XCTAssertEqual(NotePipelineFuzzHarness.htmlFragments(inFeed: feed), ["<p>a &amp; b</p>"])
    }

    // MARK: - Mustache harness

    func testMustacheCheckLocation_columnPastLine_reported() {
        let error = MustacheError(
            .emptyTag, template: "t", at: SourceLocation(file: "t", line: 2, column: 4))
        var failures: [String] = []
        MustacheFuzzHarness.checkLocation(error, in: "a\nabc", &failures)
        XCTAssertEqual(
            failures, ["error column past the line (3 scalars): t:2:4: empty tag: a tag needs a name"])
        failures = []
        MustacheFuzzHarness.checkLocation(error, in: "a\nabcd", &failures)
        XCTAssertEqual(failures, [])
    }

    func testMustacheHasUnescapedVariable_findsTripleMustacheInsideBlocks() throws {
        let escaped = try MustacheTemplate("{{#a}}{{b}}{{/a}}{{<p}}{{$x}}{{c}}{{/x}}{{/p}}")
        let unescaped = try MustacheTemplate("{{#a}}{{b}}{{/a}}{{<p}}{{$x}}{{{c}}}{{/x}}{{/p}}")
        XCTAssertFalse(MustacheFuzzHarness.hasUnescapedVariable(escaped.nodes))
        XCTAssertTrue(MustacheFuzzHarness.hasUnescapedVariable(unescaped.nodes))
    }

    func testMustacheCheck_partialChunks_useTheirFirstLineAsName() {
        XCTAssertEqual(MustacheFuzzHarness.check(Array("{{>item}}{{>mine}}\0mine\n<i>{{name}}</i>".utf8)), [])
        XCTAssertEqual(MustacheFuzzHarness.partial(from: "mine\nbody").name, "mine")
        XCTAssertEqual(MustacheFuzzHarness.partial(from: "no line end").name, "p")
    }
}
