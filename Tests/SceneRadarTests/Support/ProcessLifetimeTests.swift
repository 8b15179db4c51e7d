import XCTest

@testable import SceneRadar

final class ProcessLifetimeTests: XCTestCase {
    /// glibc accepts the heap growth step, and memory allocated on every core afterwards (in
    /// heaps set up with it) holds what was written to it.
    func testPrepareAllocator_isAcceptedAndHeapsStillWork() {
        XCTAssertTrue(ProcessLifetime.prepareAllocator())
        let sums = Array(0..<64).parallelMap { seed -> Int in
            let block = [Int](repeating: seed, count: 100_000)
            return block.reduce(0, +)
        }
        XCTAssertEqual(sums, (0..<64).map { $0 * 100_000 })
    }
}
