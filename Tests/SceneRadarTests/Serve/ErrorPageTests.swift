import XCTest

@testable import SceneRadar

final class ErrorPageTests: XCTestCase {
    private let lines: [String: [Substring]] = [
        "scenes/<x>/scene.md": ["---", "name: [<script>alert(1)</script>", "\twhere: Lagos"]
    ]

    private func render(_ diagnostics: [Diagnostic]) -> String {
        ErrorPage.render(diagnostics: diagnostics) { file, line in
            guard let text = self.lines[file], line <= text.count else { return nil }
            return text[line - 1]
        }
    }

    func testRender_diagnostic_showsPlaceCodeMessageSourceAndCaret_escaped() {
        let diagnostic = Diagnostic(
            .syntax, "an unclosed '[' & more <trouble>",
            at: .init(file: "scenes/<x>/scene.md", line: 2, column: 7),
            length: 3,
            notes: [.init("opened <here>", at: .init(file: "scenes/<x>/scene.md", line: 2, column: 7))])
        let page = render([diagnostic])
        XCTAssertTrue(page.contains("<title>radar: 1 error</title>"))
        XCTAssertTrue(page.contains("<h1>1 error</h1>"))
        XCTAssertTrue(
            page.contains(
                "<p class=\"where\">scenes/&lt;x&gt;/scene.md:2:7: <span class=\"severity-error\">error</span>"
                    + "[<span class=\"code\">syntax</span>]</p>"))
        XCTAssertTrue(
            page.contains("<p class=\"message\">an unclosed &#39;[&#39; &amp; more &lt;trouble&gt;</p>"))
        XCTAssertTrue(
            page.contains(
                "<span class=\"gutter\">2 | </span>name: [&lt;script&gt;alert(1)&lt;/script&gt;\n"
                    + "<span class=\"gutter\">  | </span><span class=\"caret\">      ^~~</span>"))
        XCTAssertTrue(page.contains("<li>note: opened &lt;here&gt; (scenes/&lt;x&gt;/scene.md:2:7)</li>"))
        XCTAssertFalse(page.contains("<script>"))
        XCTAssertFalse(page.contains("<trouble>"))
    }

    func testRender_caretKeepsTabs_andWarningsAreListedWithErrors() {
        let error = Diagnostic(.type, "bad", at: .init(file: "scenes/<x>/scene.md", line: 3, column: 3))
        let warning = Diagnostic(
            .misplacedFile, "stray", at: .init(file: "scenes/notes.md"), severity: .warning)
        let info = Diagnostic(.unknownKey, "fyi", at: .init(file: "radar.yml"), severity: .info)
        let page = render([error, warning, info])
        XCTAssertTrue(page.contains("<h1>1 error, 1 warning</h1>"))
        XCTAssertTrue(page.contains("<span class=\"caret\">\t ^</span>"))
        XCTAssertTrue(page.contains("scenes/notes.md: <span class=\"severity-warning\">warning</span>"))
        XCTAssertFalse(page.contains("fyi"))
    }

    func testRender_manyDiagnostics_listsTheFirstAndCountsTheRest() {
        let diagnostics = (1...ErrorPage.listed + 50).map {
            Diagnostic(.type, "bad \($0)", at: .init(file: "scenes/s/scene.md", line: $0, column: 1))
        }
        let page = render(diagnostics)
        XCTAssertTrue(page.contains("<h1>\(ErrorPage.listed + 50) errors</h1>"))
        XCTAssertEqual(page.components(separatedBy: "<li class=\"diagnostic\">").count - 1, ErrorPage.listed)
        XCTAssertTrue(page.contains("bad \(ErrorPage.listed)</p>"))
        XCTAssertFalse(page.contains("bad \(ErrorPage.listed + 1)</p>"))
        XCTAssertTrue(
            page.contains("And 50 more: the terminal running radar serve, and radar lint, list every one."))
        XCTAssertFalse(render(Array(diagnostics.prefix(ErrorPage.listed))).contains("more:"))
    }

    func testRender_page_usesOnlyTheServedStylesheet_andTheSitesPolicy() {
        let page = render([Diagnostic(.io, "gone", at: .init(file: "radar.yml"))])
        XCTAssertTrue(page.contains("<link rel=\"stylesheet\" href=\"/__radar/error.css\">"))
        XCTAssertTrue(
            page.contains(
                "content=\"default-src &#39;none&#39;; style-src &#39;self&#39;; base-uri &#39;none&#39;; "
                    + "form-action &#39;none&#39;\""))
        XCTAssertFalse(page.contains("style="))
        XCTAssertFalse(page.contains("<style"))
    }

    func testRender_failure_escapesTheMessage() {
        let page = ErrorPage.render(failure: "cannot read the vault '<v>': no such folder")
        XCTAssertTrue(page.contains("<h1>The site cannot be built</h1>"))
        XCTAssertTrue(page.contains("cannot read the vault &#39;&lt;v&gt;&#39;: no such folder"))
    }
}
