import Foundation
import XCTest

@testable import SceneRadar

/// `radar dump` prints front matter the way radar reads it (docs/front-matter.md).
final class DumpCommandTests: XCTestCase {
    func testEmptyFrontMatter_isAnEmptyMapping() throws {
        let vault = try TemporaryVault(["a.md": "---\n---\nbody\n", "empty.yml": ""])
        let note = Fixtures.run(["dump", vault.path("a.md")])
        XCTAssertEqual(note.status, 0)
        XCTAssertEqual(note.out, "{}\n")
        // --yaml reads any YAML file as YAML 1.2 does: an empty document is null.
        XCTAssertEqual(Fixtures.run(["dump", "--yaml", vault.path("empty.yml")]).out, "null\n")
    }

    func testPlainNulls_areNull_quotedOnesText() throws {
        let vault = try TemporaryVault(["a.md": "---\nname: ~\nwhere: null\naka: '~'\n---\n"])
        let result = Fixtures.run(["dump", vault.path("a.md")])
        XCTAssertEqual(result.status, 0)
        let json = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.out.utf8)) as? [String: Any])
        XCTAssertTrue(json["name"] is NSNull)
        XCTAssertTrue(json["where"] is NSNull)
        XCTAssertEqual(json["aka"] as? String, "~")
    }

    /// A YAML file read as a note has no front matter: the error says how to read it whole.
    func testYAMLFileWithoutYAMLOption_pointsAtTheOption() throws {
        let vault = try TemporaryVault(["radar.yml": "title: T\n"])
        let result = Fixtures.run(["dump", vault.path("radar.yml")])
        XCTAssertEqual(result.status, 1)
        XCTAssertTrue(
            result.err.contains("= note: to read a whole YAML file, run: radar dump --yaml "), result.err)
        XCTAssertEqual(Fixtures.run(["dump", "--yaml", vault.path("radar.yml")]).status, 0)
    }
}
