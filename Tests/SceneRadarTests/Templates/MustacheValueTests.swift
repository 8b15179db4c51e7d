import XCTest

@testable import SceneRadar

final class MustacheValueTests: XCTestCase {
    func testLiterals_buildTheMatchingCases() {
        let value: MustacheValue = [
            "s": "text", "i": 3, "d": 1.5, "b": true, "n": nil, "l": ["a", 1], "o": ["k": "v"],
            "interpolated": "score \(72)",
        ]
        XCTAssertEqual(
            value,
            .object([
                "s": .string("text"), "i": .int(3), "d": .double(1.5), "b": .bool(true), "n": .null,
                "l": .list([.string("a"), .int(1)]), "o": .object(["k": .string("v")]),
                "interpolated": .string("score 72"),
            ]))
    }

    func testDictionaryLiteral_lastDuplicateKeyWins() {
        let value: MustacheValue = ["k": 1, "k": 2]
        XCTAssertEqual(value["k"], .int(2))
    }

    func testRepresentable_convertsCollectionsAndOptionals() {
        let tags = ["gqom", "amapiano"]
        let counts: [String: Int] = ["a": 1]
        let missing: String? = nil
        XCTAssertEqual(MustacheValue(tags), .list([.string("gqom"), .string("amapiano")]))
        XCTAssertEqual(MustacheValue(counts), .object(["a": .int(1)]))
        XCTAssertEqual(MustacheValue(missing), .null)
        XCTAssertEqual(MustacheValue(Optional("x")), .string("x"))
        XCTAssertEqual(MustacheValue("ab".dropFirst()), .string("b"))
        XCTAssertEqual(MustacheValue([1, 2]) { .int($0 * 10) }, .list([.int(10), .int(20)]))
    }

    func testInterpolatedText_numbersAndScalars() {
        XCTAssertEqual(MustacheValue.double(1.21).interpolatedText, "1.21")
        XCTAssertEqual(MustacheValue.double(85).interpolatedText, "85")
        XCTAssertEqual(MustacheValue.double(-3).interpolatedText, "-3")
        XCTAssertEqual(MustacheValue.double(0.1 + 0.2).interpolatedText, "0.30000000000000004")
        XCTAssertEqual(MustacheValue.double(9_007_199_254_740_992).interpolatedText, "9007199254740992")
        XCTAssertEqual(MustacheValue.double(9_999_999_999_999_998).interpolatedText, "9999999999999998")
        XCTAssertEqual(MustacheValue.double(1e16).interpolatedText, "1e+16")
        XCTAssertEqual(MustacheValue.double(-2.5e-7).interpolatedText, "-2.5e-07")
        XCTAssertEqual(MustacheValue.double(.infinity).interpolatedText, "inf")
        XCTAssertEqual(MustacheValue.int(-42).interpolatedText, "-42")
        XCTAssertEqual(MustacheValue.bool(false).interpolatedText, "false")
        XCTAssertNil(MustacheValue.null.interpolatedText)
        XCTAssertNil(MustacheValue.list([]).interpolatedText)
        XCTAssertNil(MustacheValue.object([:]).interpolatedText)
    }

    func testIsTruthy_followsTheDocumentedRules() {
        let falsey: [MustacheValue] = [.null, .bool(false), .string(""), .list([])]
        let truthy: [MustacheValue] = [
            .bool(true), .string(" "), .int(0), .double(0), .list([.null]), .object([:]),
            .lambda(MustacheLambda { $0 }),
        ]
        for value in falsey { XCTAssertFalse(value.isTruthy, "\(value)") }
        for value in truthy { XCTAssertTrue(value.isTruthy, "\(value)") }
    }

    func testSubscript_readsObjectMembersOnly() {
        XCTAssertEqual(MustacheValue.object(["a": 1])["a"], .int(1))
        XCTAssertNil(MustacheValue.object(["a": 1])["b"])
        XCTAssertNil(MustacheValue.string("a")["a"])
    }

    func testLambda_equalOnlyToItself() {
        let lambda = MustacheLambda { $0 }
        XCTAssertEqual(MustacheValue.lambda(lambda), .lambda(lambda))
        XCTAssertNotEqual(MustacheValue.lambda(lambda), .lambda(MustacheLambda { $0 }))
        XCTAssertEqual(lambda("x"), "x")
    }
}
