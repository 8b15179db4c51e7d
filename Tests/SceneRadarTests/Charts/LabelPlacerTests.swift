import XCTest

@testable import SceneRadar

final class LabelPlacerTests: XCTestCase {
    private func box(_ x: Double, _ y: Double, _ reach: Double = 6) -> LabelPlacer.Box {
        .init(minX: x - reach, minY: y - reach, maxX: x + reach, maxY: y + reach)
    }

    func testPlace_freeSpace_putsTheLabelRightOfThePoint() {
        var placer = LabelPlacer(
            bounds: .init(minX: 0, minY: 0, maxX: 400, maxY: 400), obstacles: [], points: [box(100, 100)],
            fontSize: 12)
        let placement = placer.place(width: 50, index: 0, x: 100, y: 100, radius: 5)
        XCTAssertEqual(placement.x, 108)
        XCTAssertEqual(placement.y, 103.5)
        XCTAssertEqual(placement.anchor, "start")
        XCTAssertFalse(placement.needsLeader)
    }

    func testPlace_nearTheRightEdge_goesLeft() {
        var placer = LabelPlacer(
            bounds: .init(minX: 0, minY: 0, maxX: 400, maxY: 400), obstacles: [], points: [box(380, 100)],
            fontSize: 12)
        let placement = placer.place(width: 50, index: 0, x: 380, y: 100, radius: 5)
        XCTAssertEqual(placement.anchor, "end")
        XCTAssertEqual(placement.x, 372)
    }

    func testPlace_crowdedPoints_getDistinctBoxes() {
        let centres = [(200.0, 200.0), (206.0, 203.0), (212.0, 198.0), (203.0, 210.0)]
        var placer = LabelPlacer(
            bounds: .init(minX: 0, minY: 0, maxX: 400, maxY: 400), obstacles: [],
            points: centres.map { box($0.0, $0.1) }, fontSize: 12)
        let placements = centres.enumerated().map {
            placer.place(width: 60, index: $0, x: $1.0, y: $1.1, radius: 5)
        }
        for (index, placement) in placements.enumerated() {
            for other in placements[(index + 1)...] {
                XCTAssertEqual(placement.box.overlap(with: other.box), 0)
            }
            for (pointIndex, centre) in centres.enumerated() where pointIndex != index {
                XCTAssertEqual(placement.box.overlap(with: box(centre.0, centre.1)), 0)
            }
        }
        // A label nearer another point than its own gets a leader line.
        for (index, placement) in placements.enumerated() where !placement.needsLeader {
            let own = LabelPlacer.distance(placement.box, box(centres[index].0, centres[index].1))
            for (other, centre) in centres.enumerated() where other != index {
                XCTAssertGreaterThanOrEqual(
                    LabelPlacer.distance(placement.box, box(centre.0, centre.1)), own - 0.5)
            }
        }
    }

    func testPlace_noRoom_takesTheLeastOverlappingSpotInsideTheBounds() {
        var placer = LabelPlacer(
            bounds: .init(minX: 0, minY: 0, maxX: 60, maxY: 30), obstacles: [], points: [box(30, 15)],
            fontSize: 12)
        let placement = placer.place(width: 200, index: 0, x: 30, y: 15, radius: 5)
        XCTAssertEqual(placement.anchor, "start")
        XCTAssertFalse(placement.needsLeader)
    }
}
