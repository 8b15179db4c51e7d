import XCTest

@testable import SceneRadar

final class MustacheErrorTests: XCTestCase {
    func testDiagnostic_hasTemplateCodeLocationLengthAndNotes() throws {
        let source = "{{#scene}}\n  <h1>{{name}}</h1>\n{{/sceen}}\n"
        XCTAssertThrowsError(try MustacheTemplate(source, name: "scene", file: "theme/scene.mustache")) {
            error in
            guard let error = error as? MustacheError else { return XCTFail("\(error)") }
            let diagnostic = error.diagnostic
            XCTAssertEqual(diagnostic.code, .template)
            XCTAssertEqual(diagnostic.severity, .error)
            XCTAssertEqual(
                diagnostic.location, SourceLocation(file: "theme/scene.mustache", line: 3, column: 1))
            XCTAssertEqual(diagnostic.length, 10)
            XCTAssertEqual(diagnostic.message, "closing tag 'sceen' does not match the open section 'scene'")
            let rendered = DiagnosticRenderer().render(diagnostic, sourceLine: SourceText(source).line(3))
            XCTAssertEqual(
                rendered,
                """
                theme/scene.mustache:3:1: error[template]: closing tag 'sceen' does not match the open section 'scene'
                 3 | {{/sceen}}
                   | ^~~~~~~~~~
                   = note: 'scene' is opened here (theme/scene.mustache:1:1)
                """)
        }
    }

    func testDescription_isFileLineColumnMessage() {
        let error = MustacheError(
            .unclosedSection("a"), template: "t", at: SourceLocation(file: "t.mustache", line: 2, column: 5))
        XCTAssertEqual(error.description, "t.mustache:2:5: section 'a' is never closed")
        let whole = MustacheError(.missingTemplate("t"), template: "t", at: SourceLocation(file: "t"))
        XCTAssertEqual(whole.description, "t: template 't' does not exist")
    }

    func testMessages_explainEachKind() {
        let messages = [
            MustacheError.Kind.unclosedTag(expected: "}}"), .emptyTag, .invalidName("if x"),
            .invalidName("a..b"),
            .invalidDelimiters("<%"), .unexpectedClose("x"), .duplicateBlock("b"),
            .nestingTooDeep(limit: 100),
            .missingPartial("p"), .depthLimit(limit: 64), .lambdaResult("boom"),
        ].map { MustacheError($0, template: "t", at: SourceLocation(file: "t")).message }
        XCTAssertEqual(
            messages,
            [
                "tag is never closed: expected '}}'",
                "empty tag: a tag needs a name",
                "invalid tag name 'if x': names cannot contain spaces (Mustache has no helpers or arguments)",
                "invalid tag name 'a..b': a dotted name needs a name between every two dots",
                "invalid set-delimiter tag '<%': write it as {{=<open> <close>=}}, two delimiters without whitespace",
                "closing tag 'x' has no open section",
                "block 'b' is passed twice to the same parent",
                "sections nest deeper than 100 levels",
                "partial 'p' does not exist",
                "sections, partials and blocks nest deeper than 64 levels while rendering; "
                    + "does a partial include itself without end?",
                "a lambda returned a template that does not parse: boom",
            ])
    }
}
