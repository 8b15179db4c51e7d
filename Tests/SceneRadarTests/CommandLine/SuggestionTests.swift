import XCTest

@testable import SceneRadar

final class SuggestionTests: XCTestCase {
    private let commands = [
        "build", "lint", "check", "score", "new", "init", "serve", "schema", "dump", "completion",
    ]

    func testClosest_oneTypo() {
        XCTAssertEqual(Suggestion.closest(to: "bulid", among: commands), "build")
        XCTAssertEqual(Suggestion.closest(to: "lnt", among: commands), "lint")
        XCTAssertEqual(Suggestion.closest(to: "schma", among: commands), "schema")
    }

    func testClosest_uniquePrefix() {
        XCTAssertEqual(Suggestion.closest(to: "compl", among: commands), "completion")
        XCTAssertEqual(Suggestion.closest(to: "form", among: ["format", "strict", "quiet"]), "format")
    }

    func testClosest_ambiguousPrefix_fallsBackToDistance() {
        XCTAssertEqual(Suggestion.closest(to: "sc", among: commands), nil)
    }

    func testClosest_ignoresCase() {
        XCTAssertEqual(Suggestion.closest(to: "LINT", among: commands), "lint")
    }

    func testClosest_tooFar_isNil() {
        XCTAssertNil(Suggestion.closest(to: "publish", among: commands))
        XCTAssertNil(Suggestion.closest(to: "", among: commands))
        XCTAssertNil(Suggestion.closest(to: "x", among: []))
    }

    func testClosest_tie_goesToEarlierCandidate() {
        XCTAssertEqual(Suggestion.closest(to: "bat", among: ["cat", "bar"]), "cat")
    }

    func testEditDistance_countsSwapAsOne() {
        XCTAssertEqual(EditDistance.distance("sevre", "serve"), 1)
        XCTAssertEqual(EditDistance.distance("kitten", "sitting"), 3)
        XCTAssertEqual(EditDistance.distance("", "abc"), 3)
        XCTAssertEqual(EditDistance.distance("abc", "abc"), 0)
    }
}
