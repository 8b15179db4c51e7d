import XCTest

@testable import SceneRadar

/// Parse errors: each asserts the kind, line and column exactly.
final class MustacheTemplateParserTests: XCTestCase {
    private func parseError(
        _ source: String, file: StaticString = #filePath, line: UInt = #line
    ) -> MustacheError? {
        do {
            _ = try MustacheTemplate(source, name: "page", file: "theme/page.mustache")
            XCTFail("expected a parse error", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    private func assertError(
        _ source: String, _ kind: MustacheError.Kind, line: Int, column: Int, length: Int? = nil,
        file: StaticString = #filePath, testLine: UInt = #line
    ) {
        guard let error = parseError(source, file: file, line: testLine) else { return }
        XCTAssertEqual(error.kind, kind, file: file, line: testLine)
        XCTAssertEqual(error.line, line, "line", file: file, line: testLine)
        XCTAssertEqual(error.column, column, "column", file: file, line: testLine)
        if let length { XCTAssertEqual(error.length, length, "length", file: file, line: testLine) }
        XCTAssertEqual(error.template, "page", file: file, line: testLine)
        XCTAssertEqual(error.location.file, "theme/page.mustache", file: file, line: testLine)
    }

    // MARK: - Sections

    func testParse_unclosedSection_pointsAtOpeningTag() {
        let source = """
            <ul>
              {{#tracks}}
                <li>{{title}}</li>
            </ul>
            """
        assertError(source, .unclosedSection("tracks"), line: 2, column: 3, length: 11)
    }

    func testParse_mismatchedClose_pointsAtCloseWithNoteAtOpen() {
        let source = "{{#a}}\n  {{#b}}\n  {{/a}}\n{{/b}}\n"
        guard let error = parseError(source) else { return }
        XCTAssertEqual(error.kind, .mismatchedClose(expected: "b", found: "a"))
        XCTAssertEqual(error.line, 3)
        XCTAssertEqual(error.column, 3)
        XCTAssertEqual(
            error.notes,
            [
                Diagnostic.Note(
                    "'b' is opened here", at: SourceLocation(file: "theme/page.mustache", line: 2, column: 3))
            ])
    }

    func testParse_closeWithoutOpen_isUnexpectedClose() {
        assertError("x\n  y {{/scene}}", .unexpectedClose("scene"), line: 2, column: 5, length: 10)
    }

    func testParse_unclosedInvertedSection_reportsInnermost() {
        assertError("{{#a}}{{^b}}\n", .unclosedSection("b", kind: "inverted section"), line: 1, column: 7)
    }

    func testParse_unclosedParentAndBlock_reportName() {
        assertError(
            "{{<base}}\n{{$content}}\nhi\n{{/base}}", .mismatchedClose(expected: "content", found: "base"),
            line: 4, column: 1)
        assertError(
            "{{<base}}{{$content}}hi{{/content}}", .unclosedSection("base", kind: "parent"), line: 1,
            column: 1)
        assertError("<html>{{$main}}", .unclosedSection("main", kind: "block"), line: 1, column: 7)
    }

    func testParse_nestingTooDeep_pointsAtFirstTagPastTheLimit() {
        let source = String(repeating: "{{#a}}", count: 101)
        assertError(source, .nestingTooDeep(limit: 100), line: 1, column: 601)
    }

    func testParse_duplicateBlockInParent_pointsAtSecondBlock() {
        assertError(
            "{{<base}}\n{{$a}}1{{/a}}\n{{$a}}2{{/a}}\n{{/base}}", .duplicateBlock("a"), line: 3, column: 1)
    }

    // MARK: - Tags

    func testParse_unclosedTag_pointsAtOpeningDelimiter() {
        assertError("Hello {{name\nmore text", .unclosedTag(expected: "}}"), line: 1, column: 7)
    }

    func testParse_unclosedTripleMustache_expectsThreeBraces() {
        assertError("<p>\n{{{html}}</p>", .unclosedTag(expected: "}}}"), line: 2, column: 1)
    }

    func testParse_emptyTags_areErrors() {
        assertError("a {{ }} b", .emptyTag, line: 1, column: 3, length: 5)
        assertError("{{#}}{{/}}", .emptyTag, line: 1, column: 1)
        assertError("{{{ }}}", .emptyTag, line: 1, column: 1)
        assertError("{{>}}", .emptyTag, line: 1, column: 1)
        assertError("{{> * }}", .emptyTag, line: 1, column: 1)
    }

    func testParse_handlebarsHelper_isInvalidName() {
        assertError("{{#each tracks}}{{/each}}", .invalidName("each tracks"), line: 1, column: 1)
        assertError("x\n\t{{> header footer}}", .invalidName("header footer"), line: 2, column: 2)
    }

    func testParse_emptyDottedPart_isInvalidName() {
        assertError("{{scene..name}}", .invalidName("scene..name"), line: 1, column: 1)
        assertError("{{#.name}}{{/.name}}", .invalidName(".name"), line: 1, column: 1)
        assertError("{{name.}}", .invalidName("name."), line: 1, column: 1)
    }

    func testParse_badSetDelimiters_areErrors() {
        assertError("a\n{{=<% %> x=}}", .invalidDelimiters("<% %> x"), line: 2, column: 1)
        assertError("{{=<%%>=}}", .invalidDelimiters("<%%>"), line: 1, column: 1)
        assertError("{{=<% %>}}", .unclosedTag(expected: "=}}"), line: 1, column: 1)
    }

    func testParse_errorAfterSetDelimiters_usesNewDelimitersAndPosition() {
        assertError(
            "{{=<% %>=}}\nok\n  <%#scene%>", .unclosedSection("scene"), line: 3, column: 3, length: 10)
        assertError("{{=| |=}}\n|name", .unclosedTag(expected: "|"), line: 2, column: 1)
    }

    // MARK: - Positions

    func testParse_columnsCountUnicodeScalars() {
        assertError("ñü🎧 {{/x}}", .unexpectedClose("x"), line: 1, column: 5)
        assertError("é\u{301} {{#x}}", .unclosedSection("x"), line: 1, column: 4)
    }

    func testParse_crlfLineEnds_countLines() {
        assertError("a\r\nb\r\n {{#x}}", .unclosedSection("x"), line: 3, column: 2)
    }

    func testParse_multilineComment_advancesLines() {
        assertError("{{!\none\ntwo\n}} {{/x}}", .unexpectedClose("x"), line: 4, column: 4)
    }

    // MARK: - Valid templates

    func testParse_validTemplate_listsReferencedTemplates() throws {
        let template = try MustacheTemplate(
            "{{<base}}{{$body}}{{>track}}{{#a}}{{>*kind}}{{/a}}{{/body}}{{/base}}{{>footer}}")
        XCTAssertEqual(template.referencedTemplateNames, ["base", "footer", "track"])
    }

    func testParse_fileDefaultsToName() throws {
        let template = try MustacheTemplate("x", name: "scene")
        XCTAssertEqual(template.file, "scene")
        XCTAssertEqual(template.source, "x")
    }

    func testParse_commentsHoldAnythingButTheClosingDelimiter() throws {
        XCTAssertEqual(try MustacheTemplate("a{{! {{#x {/y} & <\n }}b").render([:]), "ab")
        XCTAssertEqual(try MustacheTemplate("a{{! x }} }}b").render([:]), "a }}b")
    }
}
