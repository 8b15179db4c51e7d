import Foundation
import XCTest

@testable import SceneRadar

/// The committed reference documents are generated from the code; these tests keep them in sync
/// (`make docs` rewrites them).
final class GeneratedDocsTests: XCTestCase {
    private func committed(_ path: String) throws -> String {
        try String(contentsOfFile: Fixtures.packageRoot + "/" + path, encoding: .utf8)
    }

    func testSchemaDocs_matchTheCatalogue() throws {
        XCTAssertEqual(try committed("docs/schema.md"), SchemaDocs.markdown(), "run `make docs`")
    }

    func testLintRuleDocs_matchTheCatalogue() throws {
        XCTAssertEqual(try committed("docs/lint-rules.md"), LintRuleDocs.markdown(), "run `make docs`")
    }

    func testManPage_matchesTheCommandTable() throws {
        let page = try committed("docs/radar.1")
        let date = page.split(separator: "\n")[1].split(separator: "\"")[1]
        XCTAssertEqual(
            page, RadarCommandLine.manPage(version: RadarVersion.current, date: String(date)),
            "run `make docs`")
    }

    func testDefaultTheme_matchesTemplatesFolder() throws {
        let root = Fixtures.packageRoot + "/templates"
        var files: [String: String] = [:]
        for path in Fixtures.files(in: root) {
            files[path] = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
        }
        XCTAssertEqual(files, DefaultTheme.files, "run `make theme`")
    }
}
