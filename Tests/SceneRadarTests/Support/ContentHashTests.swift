import XCTest

@testable import SceneRadar

final class ContentHashTests: XCTestCase {
    func testHash_isTheSameForTheSameBytesWhateverTheirContainer() {
        let text = String(repeating: "Creekside Steppers — week 47\n", count: 40)
        XCTAssertEqual(ContentHash.hash(text), ContentHash.hash(Array(text.utf8)))
        XCTAssertEqual(ContentHash.hash(Array(text.utf8)), ContentHash.hash(Array(text.utf8)))
    }

    func testHash_differsForEveryLengthOfZeros() {
        // Lengths around the two-lane step (32 bytes) and the eight-byte word.
        let hashes = (0...100).map { ContentHash.hash([UInt8](repeating: 0, count: $0)) }
        XCTAssertEqual(Set(hashes).count, hashes.count)
    }

    func testHash_changesWhenAnyOneByteChanges() {
        let bytes = (0..<97).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        let original = ContentHash.hash(bytes)
        var seen: Set<UInt64> = [original]
        for offset in bytes.indices {
            var changed = bytes
            changed[offset] ^= 0x01
            XCTAssertTrue(seen.insert(ContentHash.hash(changed)).inserted, "offset \(offset)")
        }
    }

    func testHash_changesWhenTwoWordsSwap() {
        let first =
            [UInt8](repeating: 1, count: 8) + [UInt8](repeating: 2, count: 8)
            + [UInt8](repeating: 0, count: 48)
        let second =
            [UInt8](repeating: 2, count: 8) + [UInt8](repeating: 1, count: 8)
            + [UInt8](repeating: 0, count: 48)
        XCTAssertNotEqual(ContentHash.hash(first), ContentHash.hash(second))
    }

    func testHash_tellsApartManySimilarPages() {
        // Pages that differ in a number only, short and past several 32-byte steps.
        var seen: Set<UInt64> = []
        for number in 0..<20_000 {
            let short = "scene-\(number)"
            let long = String(repeating: "<li>Creekside Steppers</li>\n", count: 3) + short + "</ul>\n"
            XCTAssertTrue(seen.insert(ContentHash.hash(short)).inserted, short)
            XCTAssertTrue(seen.insert(ContentHash.hash(long)).inserted, long)
        }
    }

    func testHashOfPieces_isTheHashOfTheJoinedBytes() {
        let bytes = (0..<150).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 3) }
        for first in stride(from: 0, through: bytes.count, by: 7) {
            for second in stride(from: first, through: bytes.count, by: 11) {
                let pieces = [bytes[..<first], bytes[first..<second], bytes[second...], bytes[0..<0]]
                XCTAssertEqual(
                    ContentHash.hash(pieces: pieces), ContentHash.hash(bytes), "\(first) \(second)")
            }
        }
        XCTAssertEqual(ContentHash.hash(pieces: []), ContentHash.hash([UInt8]()))
    }
}
