import XCTest

@testable import SceneRadar

final class DiagnosticRendererTests: XCTestCase {
    func testRender_pointsCaretUnderColumn() {
        let source = SourceText("name: Kofi\n  atendance: 40\n")
        let diagnostic = Diagnostic(
            .unknownKey, "unknown key 'atendance'; did you mean 'attendance'?",
            at: SourceLocation(file: "scenes/a/log/2026-W47.md", line: 2, column: 3), length: 9,
            fixIt: .init("replace with 'attendance'", replacement: "attendance"))
        let text = DiagnosticRenderer().render(diagnostic, sourceLine: source.line(2))
        XCTAssertEqual(
            text,
            """
            scenes/a/log/2026-W47.md:2:3: error[unknown-key]: unknown key 'atendance'; did you mean 'attendance'?
             2 |   atendance: 40
               |   ^~~~~~~~~
               = fix: replace with 'attendance'
            """)
    }

    func testRender_keepsTabsSoCaretAligns() {
        let diagnostic = Diagnostic(
            .syntax, "tab", at: SourceLocation(file: "f.md", line: 1, column: 3))
        let text = DiagnosticRenderer().render(diagnostic, sourceLine: "\t\tx")
        XCTAssertEqual(text, "f.md:1:3: error[syntax]: tab\n 1 | \t\tx\n   | \t\t^")
    }

    func testRender_wholeFile_hasNoPosition() {
        let diagnostic = Diagnostic(
            .io, "cannot read", at: SourceLocation(file: "people/x.md"),
            notes: [.init("it is a FIFO")])
        XCTAssertEqual(
            DiagnosticRenderer().render(diagnostic, sourceLine: nil),
            "people/x.md: error[io]: cannot read\n  = note: it is a FIFO")
    }

    func testRender_withColor_wrapsInANSI() {
        let diagnostic = Diagnostic(
            .supportMissing, "no support", at: SourceLocation(file: "f.md", line: 1, column: 1))
        let text = DiagnosticRenderer(useColor: true).render(diagnostic, sourceLine: "x")
        XCTAssertTrue(text.hasPrefix("\u{1B}[1mf.md:1:1:\u{1B}[0m \u{1B}[1;33mwarning[support.missing]"))
    }
}
