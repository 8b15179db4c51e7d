import XCTest

@testable import SceneRadar

final class UTF8ValidationTests: XCTestCase {
    private func validated(_ bytes: [UInt8]) -> String? {
        bytes.withUnsafeBufferPointer { UTF8Validation.string($0) }
    }

    func testValidText_keptExactly() {
        for text in ["", "a", "scenes/scene-0001/index.html", "Björk Guðmundsdóttir", "東京 ✓ 🎧", "\u{0}x"] {
            XCTAssertEqual(validated(Array(text.utf8)), text)
            XCTAssertEqual(UTF8Validation.string(Array(("«" + text).utf8).dropFirst(2)), text)
        }
    }

    func testInvalidSequences_rejected() {
        let invalid: [[UInt8]] = [
            [0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xC2], [0xE0, 0x80, 0x80], [0xE2, 0x82],
            [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
            [0xFE], [0xFF], [0x61, 0xEF, 0xBF], [0xEF, 0xBF, 0xBD, 0xFF],
        ]
        for bytes in invalid {
            XCTAssertNil(validated(bytes), "\(bytes)")
            XCTAssertNil(validated(Array("ok ".utf8) + bytes + Array(" ok".utf8)), "\(bytes)")
        }
        // U+FFFD itself is valid text.
        XCTAssertEqual(validated([0xEF, 0xBF, 0xBD]), "\u{FFFD}")
    }

    /// The same answer as the standard library's validation, on seeded random bytes biased
    /// towards the edges of UTF-8's ranges.
    func testAgreesWithStringValidating() {
        var state: UInt64 = 0x5EED
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        let interesting: [UInt8] = [
            0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC2, 0xDF, 0xE0, 0xED, 0xEF, 0xF0,
            0xF4, 0xF5, 0xFF,
        ]
        var valid = 0
        for _ in 0..<20_000 {
            let count = Int(next() % 9)
            let bytes = (0..<count).map { _ -> UInt8 in
                let pick = next()
                return pick % 2 == 0
                    ? interesting[Int(pick / 2 % UInt64(interesting.count))]
                    : UInt8(truncatingIfNeeded: pick >> 8)
            }
            let expected = String(validating: bytes, as: UTF8.self)
            XCTAssertEqual(validated(bytes), expected, "\(bytes)")
            if expected != nil { valid += 1 }
        }
        XCTAssertGreaterThan(valid, 1_000)
    }
}
