import XCTest

@testable import SceneRadar

final class TextPositionsTests: XCTestCase {
    func testPosition_countsLinesByLFCRAndCRLF_andColumnsInScalars() {
        let text = Array("ab\r\né✓x\ry\n\nz".utf8)
        let positions = TextPositions(text)
        XCTAssertEqual(positions.position(of: text.count).line, 5, "five lines")
        XCTAssertTrue(positions.position(of: 0) == (1, 1))
        XCTAssertTrue(positions.position(of: 4) == (2, 1))
        // "é✓x": é is 2 bytes and ✓ 3, so x is byte 9 and column 3.
        XCTAssertTrue(positions.position(of: 9) == (2, 3))
        XCTAssertTrue(positions.position(of: 11) == (3, 1))
        XCTAssertTrue(positions.position(of: 14) == (5, 1))
        XCTAssertEqual(positions.range(ofLine: 1), 0..<2)
        XCTAssertEqual(positions.range(ofLine: 2), 4..<10)
        XCTAssertEqual(positions.range(ofLine: 4), 13..<13)
        XCTAssertEqual(positions.range(ofLine: 99), 14..<15, "clamped to the last line")
    }

    /// Over generated texts longer than several of its blocks: every offset's line and column
    /// (but inside a line end) are the ones a walk from the start gives.
    func testPosition_overGeneratedTexts_matchesAWalkFromTheStart() {
        let pieces: [[UInt8]] = ["a", "é", "✓", "🎧", "\n", "\r", "\r\n", " "].map { Array($0.utf8) }
        var generator = SplitMix64(state: 3)
        for _ in 0..<40 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...700, using: &generator) {
                bytes += pieces.randomElement(using: &generator)!
            }
            let positions = TextPositions(bytes)
            var line = 1
            var column = 1
            for offset in 0...bytes.count {
                // The LF of a CR LF is inside a line end, where nothing is placed.
                let insideLineEnd =
                    offset > 0 && offset < bytes.count && bytes[offset] == 0x0A && bytes[offset - 1] == 0x0D
                let found = positions.position(of: offset)
                XCTAssertTrue(
                    insideLineEnd || found == (line, column),
                    "offset \(offset): \(found) against \(line):\(column)")
                guard offset < bytes.count else { break }
                let byte = bytes[offset]
                if byte == 0x0A || (byte == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
                {
                    line += 1
                    column = 1
                } else if byte != 0x0D && byte & 0xC0 != 0x80 {
                    column += 1
                }
            }
            XCTAssertEqual(positions.position(of: bytes.count).line, line)
        }
    }
}
