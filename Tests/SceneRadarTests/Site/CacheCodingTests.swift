import XCTest

@testable import SceneRadar

final class CacheCodingTests: XCTestCase {
    /// Weeks are cached as one number each: every valid week reads back as itself, and a number
    /// that is no week (week 0 or past a year's last, a year out of range) is a damaged cache.
    func testWeek_roundTripsAndRejectsNonWeeks() throws {
        for (year, week) in [(1, 1), (2020, 53), (2026, 1), (2026, 38), (2026, 53), (9999, 52)] {
            let written = try XCTUnwrap(ISOWeek(year: year, week: week))
            var out = BinaryWriter()
            SceneRecord.write(written, into: &out)
            var input = BinaryReader(out.bytes[...])
            XCTAssertEqual(try SceneRecord.week(&input), written)
            XCTAssertTrue(input.isAtEnd)
        }
        for packed: UInt64 in [0, 2026 * 64, 2025 * 64 + 53, 2026 * 64 + 63, 10_000 * 64 + 1, .max] {
            var out = BinaryWriter()
            out.write(packed)
            var input = BinaryReader(out.bytes[...])
            XCTAssertThrowsError(try SceneRecord.week(&input), "\(packed)")
        }
    }

    /// A cache written by another build of radar (same version, rebuilt from other sources) is
    /// not trusted: its pages may differ from what this build makes.
    func testCache_fromAnotherBuildOfRadar_isRejected() throws {
        var cache = BuildCache()
        cache.output = "/site"
        let bytes = BuildCache.complete(cache.encodeBody(), manifestHash: 7)
        XCTAssertEqual(try BuildCache.decode(bytes).output, "/site")
        XCTAssertFalse(RadarVersion.executable.isEmpty)
        XCTAssertThrowsError(try BuildCache.decode(bytes, executable: RadarVersion.executable + "x"))
    }
}
