import XCTest

@testable import SceneRadar

/// Splitting a note into front matter and body.
final class FrontMatterTests: XCTestCase {
    func testSplit_findsYAMLAndBodyWithLineNumbers() throws {
        let note = "---\nname: Gum\nspotted: 2026-11-18\n---\n# Gum\n\nText.\n"
        let frontMatter = try XCTUnwrap(FrontMatter.split(note).frontMatter)
        XCTAssertEqual(frontMatter.yaml, "name: Gum\nspotted: 2026-11-18\n")
        XCTAssertEqual(frontMatter.yamlFirstLine, 2)
        XCTAssertEqual(frontMatter.body, "# Gum\n\nText.\n")
        XCTAssertEqual(frontMatter.bodyFirstLine, 5)
    }

    func testSplit_positionsOfParsedFrontMatterCountFromNoteStart() throws {
        let note = "---\nname: Gum\nwhere: &x Leeds\n---\n"
        let frontMatter = try XCTUnwrap(FrontMatter.split(note).frontMatter)
        let result = YAMLParser().parse(frontMatter.yaml, file: "n.md", firstLine: frontMatter.yamlFirstLine)
        XCTAssertEqual(result.diagnostics.first?.location, SourceLocation(file: "n.md", line: 3, column: 8))
    }

    func testSplit_fencesMayHaveTrailingSpaces() throws {
        let frontMatter = try XCTUnwrap(FrontMatter.split("---  \na: 1\n--- \t\nbody").frontMatter)
        XCTAssertEqual(frontMatter.yaml, "a: 1\n")
        XCTAssertEqual(frontMatter.body, "body")
        XCTAssertEqual(frontMatter.bodyFirstLine, 4)
    }

    func testSplit_crlfNote() throws {
        let frontMatter = try XCTUnwrap(FrontMatter.split("---\r\na: 1\r\n---\r\nbody\r\n").frontMatter)
        XCTAssertEqual(frontMatter.yaml, "a: 1\r\n")
        XCTAssertEqual(frontMatter.body, "body\r\n")
        XCTAssertEqual(
            YAMLParser().parse(frontMatter.yaml, file: "n.md", firstLine: 2),
            YAMLParser().parse("a: 1\n", file: "n.md", firstLine: 2))
    }

    func testSplit_emptyFrontMatterAndClosingFenceAtEnd() throws {
        let empty = try XCTUnwrap(FrontMatter.split("---\n---\nbody").frontMatter)
        XCTAssertEqual(empty.yaml, "")
        XCTAssertEqual(empty.bodyFirstLine, 3)
        let atEnd = try XCTUnwrap(FrontMatter.split("---\na: 1\n---").frontMatter)
        XCTAssertEqual(atEnd.yaml, "a: 1\n")
        XCTAssertEqual(atEnd.body, "")
        XCTAssertEqual(atEnd.bodyFirstLine, 4)
    }

    func testSplit_onlyExactFencesCount() throws {
        let frontMatter = try XCTUnwrap(
            FrontMatter.split("---\na: |\n  ----\n  --- x\n ---\n---\nb").frontMatter)
        XCTAssertEqual(frontMatter.yaml, "a: |\n  ----\n  --- x\n ---\n")
        XCTAssertEqual(frontMatter.body, "b")
    }

    func testSplit_missingFrontMatter() {
        for note in [
            "", "# Title\n---\na: 1\n---\n", " ---\na: 1\n---\n", "----\na: 1\n---\n", "--- a\n---\n",
        ] {
            XCTAssertEqual(FrontMatter.split(note), .missing, note)
        }
        let diagnostic = FrontMatter.split("# Title\n").diagnostic(file: "scenes/a/scene.md")
        XCTAssertEqual(diagnostic?.code, .frontMatterMissing)
        XCTAssertEqual(
            diagnostic?.message,
            "note has no front matter: start it with a line '---', then the front matter, then another line '---'"
        )
        XCTAssertEqual(diagnostic?.location, SourceLocation(file: "scenes/a/scene.md", line: 1, column: 1))
    }

    func testSplit_unclosedFrontMatter() {
        for note in ["---", "---\n", "---\na: 1\n", "---\na: 1\n...\nbody\n"] {
            XCTAssertEqual(FrontMatter.split(note), .unclosed, note)
        }
        let diagnostic = FrontMatter.split("---\na: 1\n").diagnostic(file: "n.md")
        XCTAssertEqual(diagnostic?.code, .frontMatterMissing)
        XCTAssertEqual(
            diagnostic?.message,
            "the front matter opened here is never closed; end it with a line '---' before the note's text")
        XCTAssertEqual(diagnostic?.location, SourceLocation(file: "n.md", line: 1, column: 1))
        XCTAssertNil(FrontMatter.split("---\n---\n").diagnostic(file: "n.md"))
    }
}
