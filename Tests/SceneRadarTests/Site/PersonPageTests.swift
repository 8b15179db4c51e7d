import XCTest

@testable import SceneRadar

final class PersonPageTests: XCTestCase {
    private func item(_ scene: String, _ label: String) -> PeopleCredits.Item {
        PeopleCredits.Item(
            scene: scene, week: ISOWeek(year: 2026, week: 40)!, label: label, role: "artist", url: nil)
    }

    /// Groups by scene as grouping into a dictionary and sorting its keys would: scenes in slug
    /// order, each scene's items in their own order, whatever order the items come in.
    func testByScene_groupsInSlugOrderKeepingItemOrder() {
        let inOrder = [
            item("ambient-dub", "a1"), item("ambient-dub", "a2"), item("bloghouse", "b1"), item("zouk", "z1"),
            item("zouk", "z2"), item("zouk", "z3"),
        ]
        var shuffled = inOrder
        shuffled.swapAt(0, 4)
        shuffled.swapAt(2, 5)
        for items in [inOrder, shuffled, [], [item("solo", "s")]] {
            let expected = Dictionary(grouping: items, by: \.scene).sorted { $0.key < $1.key }.map(\.value)
            XCTAssertEqual(PersonPage.byScene(items).map(Array.init), expected)
        }
    }
}
