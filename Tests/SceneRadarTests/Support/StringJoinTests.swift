import XCTest

@testable import SceneRadar

final class StringJoinTests: XCTestCase {
    /// Joins as `joined(separator:)` does, for every count of elements, empty elements and
    /// separators, and text beyond ASCII.
    func testJoinedInPlace_isJoined() {
        let cases: [([String], String)] = [
            ([], ", "), ([""], ", "), (["Scene 0078"], ", "), (["a", "b"], ", "), (["", ""], ", "),
            (["Scene 0078", "Scene 0156", "Scène Ōkubo", "Лагос"], ", "), (["1 artist", "2 tracks"], " · "),
            (["a", "b", "c"], ""), (["long " + String(repeating: "x", count: 300), "", "end"], " — "),
        ]
        for (elements, separator) in cases {
            XCTAssertEqual(
                elements.joinedInPlace(separator: separator), elements.joined(separator: separator))
        }
    }
}
