import XCTest

@testable import SceneRadar

/// Diagnostics print text from notes on a terminal: escape sequences and line breaks in it must
/// be shown, never acted on.
final class TerminalOutputTests: XCTestCase {
    func testRender_controlCharactersInMessagePathAndNotes_areEscaped() {
        let diagnostic = Diagnostic(
            .url, "not 'javascript:\u{1B}[31mRED\u{1B}]0;title\u{07}'",
            at: SourceLocation(file: "people/new\nline.md", line: 2, column: 3),
            notes: [.init("note \u{9B}2J", at: SourceLocation(file: "a\rb.md"))],
            fixIt: .init("fix \u{7F}", replacement: "x"))
        let text = DiagnosticRenderer().render(diagnostic, sourceLine: "x:\u{1B}[2Jy\tz")
        XCTAssertEqual(
            text,
            """
            people/new\\nline.md:2:3: error[url]: not 'javascript:\\u{1B}[31mRED\\u{1B}]0;title\\u{7}'
             2 | x:\u{FFFD}[2Jy\tz
               |   ^
               = note: note \\u{9B}2J (a\\rb.md)
               = fix: fix \\u{7F}
            """)
    }

    func testLint_noteWithEscapeSequences_printsNoControlCharacters() throws {
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n",
            "people/raw.md": "---\nname: a\u{1B}[31mRED\u{1B}]0;TITLE\u{07}b\n---\n",
            "people/quoted.md": "---\nname: Q\nlinks: [\"javascript:\\e[2J\"]\n---\n",
        ])
        let result = Fixtures.run(["lint", vault.root])
        XCTAssertEqual(result.status, 1)
        let printed = result.out + result.err
        let controls = printed.unicodeScalars.filter {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        XCTAssertEqual(controls.map(\.value), [], printed)
        XCTAssertTrue(printed.contains("error[syntax]: control character U+001B is not allowed"), printed)
    }
}
