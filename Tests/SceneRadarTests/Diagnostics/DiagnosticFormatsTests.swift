import XCTest

@testable import SceneRadar

final class DiagnosticFormatsTests: XCTestCase {
    /// A note's text cannot start a workflow command of its own: every line break is escaped,
    /// `\r\n` (one Character in Swift) included.
    func testGitHub_escapesEveryLineBreak_soNoteTextCannotAddACommand() {
        let diagnostic = Diagnostic(
            .supportMissing,
            "track 'Nice\r\n::error file=README.md,line=1::injected\rx\ny' has no support link",
            at: SourceLocation(file: "scenes/a,b:c\r\n/log/2026-W47.md", line: 5, column: 3))
        let out = DiagnosticFormats.github([diagnostic])
        XCTAssertEqual(out.split(separator: "\n", omittingEmptySubsequences: false).count, 2, out)
        XCTAssertFalse(out.unicodeScalars.contains("\r"), out)
        XCTAssertTrue(out.contains("Nice%0D%0A::error file=README.md,line=1::injected%0Dx%0Ay"), out)
        XCTAssertTrue(out.hasPrefix("::warning file=scenes/a%2Cb%3Ac%0D%0A/log/2026-W47.md,line=5,"), out)
    }

    func testReplacingAll_matchesBytesNotGraphemeClusters() {
        // A quote followed by a combining accent is one Character but still a quote to CSV.
        XCTAssertEqual("a\"\u{301}b".replacingAll("\"", "\"\""), "a\"\"\u{301}b")
        XCTAssertEqual("x\r\ny".replacingAll("\r", "%0D"), "x%0D\ny")
        XCTAssertEqual("%%".replacingAll("%", "%25"), "%25%25")
        XCTAssertEqual("abc".replacingAll("", "x"), "abc")
        XCTAssertEqual("ééé".replacingAll("é", "e"), "eee")
        XCTAssertEqual("aaa".replacingAll("aa", "b"), "ba")
    }

    /// SARIF names an artifact by a URI: a relative reference for a relative path, a file URI
    /// for an absolute one.
    func testSARIFURI_relativeOrFile() {
        XCTAssertEqual(SARIFWriter.uri("scenes/a b/log/2026-W47.md"), "scenes/a%20b/log/2026-W47.md")
        XCTAssertEqual(SARIFWriter.uri("/srv/vault/people/é.md"), "file:///srv/vault/people/%C3%A9.md")
    }
}
