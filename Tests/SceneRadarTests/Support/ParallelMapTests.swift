import Synchronization
import XCTest

@testable import SceneRadar

final class ParallelMapTests: XCTestCase {
    func testParallelMap_keepsTheOrderOfTheInput() {
        let numbers = Array(0..<10_000)
        XCTAssertEqual(numbers.parallelMap { $0 * 3 }, numbers.map { $0 * 3 })
        XCTAssertEqual([7].parallelMap { $0 + 1 }, [8])
        XCTAssertEqual([Int]().parallelMap { $0 }, [])
    }

    func testParallelAllSatisfy_answersAsAllSatisfyDoes() {
        let numbers = Array(0..<10_000)
        XCTAssertTrue(numbers.parallelAllSatisfy { $0 >= 0 })
        XCTAssertFalse(numbers.parallelAllSatisfy { $0 != 9_999 })
        XCTAssertFalse(numbers.parallelAllSatisfy { $0 != 0 })
        XCTAssertTrue([Int]().parallelAllSatisfy { _ in false })
        XCTAssertFalse([1].parallelAllSatisfy { $0 == 2 })
    }

    /// Once an element fails, no more work is handed out: far fewer than all are looked at.
    func testParallelAllSatisfy_stopsHandingOutWorkOnceOneFails() {
        let looked = Atomic(0)
        let numbers = Array(0..<100_000)
        XCTAssertFalse(
            numbers.parallelAllSatisfy { number in
                looked.add(1, ordering: .relaxed)
                return number >= 10
            })
        XCTAssertLessThan(looked.load(ordering: .relaxed), numbers.count / 2)
    }
}
