import XCTest

@testable import SceneRadar

final class RenderBufferTests: XCTestCase {
    func testAppend_everyLengthAcrossGrowth_keepsEveryByte() {
        var buffer = RenderBuffer(capacity: 1)
        defer { buffer.free() }
        var expected: [UInt8] = []
        let source = (0..<200).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ 1) }
        for length in 0...40 {
            source.withUnsafeBufferPointer {
                buffer.append(UnsafeBufferPointer(rebasing: $0[length..<length * 2]))
            }
            expected += source[length..<length * 2]
            buffer.append(UInt8(ascii: "|"))
            expected.append(UInt8(ascii: "|"))
        }
        buffer.append("é🎧")
        expected += Array("é🎧".utf8)
        XCTAssertEqual(Array(buffer.bytes), expected)
        XCTAssertEqual(buffer.count, expected.count)
    }
}
