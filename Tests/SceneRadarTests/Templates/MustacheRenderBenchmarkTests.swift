import Foundation
import XCTest

@testable import SceneRadar

/// Times the renderer on a page like the site's weekly-log page. Skipped unless
/// `RADAR_BENCH=1`; it prints microseconds per page and asserts nothing about time. Run it in
/// a release build:
///
///     RADAR_BENCH=1 swift test -c release -Xswiftc -enable-testing \
///         --filter MustacheRenderBenchmarkTests
///
/// `RADAR_BENCH_PAGES` sets how many renders each measurement takes (10,000 by default).
final class MustacheRenderBenchmarkTests: XCTestCase {
    func testBenchmark_logPage() throws {
        try benchmark("log", MustacheBenchmarkFixture.logContext())
    }

    func testBenchmark_chart() throws {
        try benchmark("chart", MustacheBenchmarkFixture.chartContext())
    }

    private func benchmark(_ name: String, _ context: MustacheValue) throws {
        let environment = ProcessInfo.processInfo.environment
        guard environment["RADAR_BENCH"] == "1" else { throw XCTSkip("set RADAR_BENCH=1 to run benchmarks") }
        let pages = Int(environment["RADAR_BENCH_PAGES"] ?? "") ?? 10_000
        let library = try MustacheBenchmarkFixture.library(packageRoot: Fixtures.packageRoot)

        // The byte form and the String form write the same text.
        var bytes: [UInt8] = []
        try library.render(name, context, into: &bytes)
        var text = ""
        try library.render(name, context, into: &text)
        XCTAssertEqual(Array(text.utf8), bytes)

        let byteTime = try bestOf3(pages) {
            bytes.removeAll(keepingCapacity: true)
            try library.render(name, context, into: &bytes)
        }
        let stringTime = try bestOf3(pages) {
            text.removeAll(keepingCapacity: true)
            try library.render(name, context, into: &text)
        }
        print(
            "benchmark \(name): \(bytes.count) bytes/page; [UInt8] \(format(byteTime)) µs/page; "
                + "String \(format(stringTime)) µs/page (best of 3 × \(pages) pages)")
    }

    /// Microseconds per call of `body`, the best of three runs of `count` calls.
    private func bestOf3(_ count: Int, _ body: () throws -> Void) rethrows -> Double {
        var best = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            for _ in 0..<count { try body() }
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds * 1e6 / Double(count))
        }
        return best
    }

    private func format(_ microseconds: Double) -> String {
        String(format: "%.1f", microseconds)
    }
}
