import Foundation
import XCTest

@testable import SceneRadar

final class MustacheKeyTests: XCTestCase {
    func testEquality_shortKeysCompareByFingerprint() {
        XCTAssertTrue(MustacheKey("url") == MustacheKey("url"))
        XCTAssertFalse(MustacheKey("url") == MustacheKey("uri"))
        XCTAssertFalse(MustacheKey("a") == MustacheKey("a\u{0}"))
        XCTAssertFalse(MustacheKey("") == MustacheKey("\u{0}"))
        XCTAssertTrue(MustacheKey("abcdefghijklmno").print.isExact)
        XCTAssertFalse(MustacheKey("abcdefghijklmnop").print.isExact)
    }

    /// The fingerprint is the key's first 15 bytes (little-endian, zero-padded) and its length,
    /// the same for a small string, a heap string and a string cut from a longer one.
    func testFingerprint_layout() {
        let ab = MustacheKey("ab").print
        XCTAssertEqual(ab.low, 0x6261)
        XCTAssertEqual(ab.high, 2 << 56)
        let fifteen = MustacheKey("abcdefghijklmno").print
        XCTAssertEqual(fifteen.low, 0x6867_6665_6463_6261)
        XCTAssertEqual(fifteen.high, 15 << 56 | 0x6F_6E6D_6C6B_6A69)
        let heap = String(repeating: "x", count: 40) + "é"
        XCTAssertEqual(MustacheKey(heap).print.low, 0x7878_7878_7878_7878)
        XCTAssertEqual(MustacheKey(heap).print.high >> 56, 42)
        let cut = String("«name»".dropFirst().dropLast())
        XCTAssertTrue(MustacheKey(cut) == MustacheKey("name"))
        XCTAssertEqual(MustacheKey("é").print.low, 0xA9C3)
    }

    func testEquality_longKeysWithTheSameFingerprint_compareTheirText() {
        let first = MustacheKey("track_credit_role_1")
        let second = MustacheKey("track_credit_role_2")
        XCTAssertTrue(first.print == second.print)
        XCTAssertFalse(first == second)
        XCTAssertTrue(first == MustacheKey("track_credit_role_1"))
    }

    func testEquality_keysLongerThan255Bytes() {
        let long = String(repeating: "k", count: 300)
        XCTAssertTrue(MustacheKey(long) == MustacheKey(long))
        XCTAssertFalse(MustacheKey(long) == MustacheKey(long + "k"))
    }

    /// Keys hash by their text: equal keys meet in a set, long keys that share a fingerprint
    /// do not, and a string without contiguous UTF-8 (bridged from an NSString) makes the same key.
    func testHashing_andKeysFromBridgedStrings() {
        let keys: Set<MustacheKey> = [
            MustacheKey("url"), MustacheKey("url"), MustacheKey("track_credit_role_1"),
            MustacheKey("track_credit_role_2"),
        ]
        XCTAssertEqual(keys.count, 3)
        let bridged = NSString(string: "naïve key for a bridged string") as String
        XCTAssertEqual(MustacheKey(bridged).print, MustacheKey("naïve key for a bridged string").print)
        XCTAssertTrue(
            keys.union([MustacheKey(bridged)]).contains(MustacheKey("naïve key for a bridged string")))
    }

    func testObject_lookupAndReplacementUseTheKeys() {
        var object: MustacheObject = ["name": "Kofi", "track_credit_role_1": 1]
        object["track_credit_role_2"] = 2
        object["name"] = "Ama"
        XCTAssertEqual(object["name"], "Ama")
        XCTAssertEqual(object["track_credit_role_1"], 1)
        XCTAssertEqual(object["track_credit_role_2"], 2)
        XCTAssertEqual(object.count, 3)
        object["name"] = nil
        XCTAssertNil(object["name"])
        XCTAssertEqual(object.count, 2)
    }

    /// An object made with room for more members holds what a literal of the same members
    /// holds (a repeated key's last value wins), and takes members added later like any other.
    func testObject_withCapacity_isTheLiteralsObject() {
        var object = MustacheObject(capacity: 4, ["name": "Kofi", "role": "producer", "name": "Ama"])
        XCTAssertEqual(object, ["name": "Ama", "role": "producer"])
        XCTAssertEqual(object.count, 2)
        for key in ["week", "url", "detail"] { object[key] = .string(key) }
        XCTAssertEqual(object.count, 5)
        XCTAssertEqual(object["detail"], "detail")
        XCTAssertEqual(MustacheObject(capacity: 0, ["a": 1]), ["a": 1])
        XCTAssertTrue(MustacheObject(capacity: 8).isEmpty)
    }
}
