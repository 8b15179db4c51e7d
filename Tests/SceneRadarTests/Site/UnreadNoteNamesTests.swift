import XCTest

@testable import SceneRadar

final class UnreadNoteNamesTests: XCTestCase {
    private func names(_ text: String) -> [String] {
        UnreadNoteNames.names(in: Array(text.utf8))
    }

    func testNames_nameAndAliasesInEveryForm_withoutQuotesOrComments() {
        XCTAssertEqual(
            names(
                "---\nname: \"Ggxo Privvy\" # the producer\naliases: [QZV Sound, \"Q. Vantrell]\nprivate: true\n"
            ),
            ["Ggxo Privvy", "QZV Sound", "Q. Vantrell"])
        XCTAssertEqual(names("name: 'Ada'\naliases: A1, 'A Two'\n"), ["Ada", "A1", "A Two"])
        XCTAssertEqual(
            names("name: Ada\r\naliases:\r\n  - Gg Pv\r\n  - \"Double Gee\"\r\nlinks:\r\n  - https://x\r\n"),
            ["Ada", "Gg Pv", "Double Gee"])
    }

    /// Only top-level keys count: a nested `name:` (a link's label) and a body line are not
    /// names; an empty value is none.
    func testNames_nestedKeysAndEmptyValues_areNotNames() {
        XCTAssertEqual(names("links:\n  - name: Label\nname:\nbody text name: x\n"), [])
        XCTAssertEqual(names("aliases: []\n"), [])
        XCTAssertEqual(names(""), [])
    }
}
