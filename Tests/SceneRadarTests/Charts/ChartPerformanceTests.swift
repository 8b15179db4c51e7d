import Foundation
import XCTest

@testable import SceneRadar

/// A build draws about 3,000 charts; this renders 3,000 typical ones and fails only when that is
/// far too slow (the bound is generous so a busy, shared machine does not make it flaky).
final class ChartPerformanceTests: XCTestCase {
    func testRender_threeThousandCharts_isFast() {
        let start = Date()
        var bytes = 0
        for _ in 0..<500 {
            for render in ChartSamples.renderers.prefix(6) {
                bytes += render(false).svg.utf8.count
            }
        }
        let seconds = Date().timeIntervalSince(start)
        print("rendered 3000 charts (\(bytes) bytes) in \(seconds) s")
        XCTAssertLessThan(seconds, 30)
    }
}
