import XCTest

@testable import SceneRadar

final class JSONStreamTests: XCTestCase {
    /// Writes `value` to `json` call by call, as a document made in code would be.
    private func stream(_ value: JSONValue, into json: inout JSONStream) {
        switch value {
        case .null: json.null()
        case .bool(let flag): json.bool(flag)
        case .int(let number): json.int(number)
        case .string(let text): json.string(text)
        case .float(let number): json.decimal(number)
        case .array(let items): json.array(items) { json, item in stream(item, into: &json) }
        case .object(let members):
            json.object { json in
                for member in members {
                    json.key(member.key)
                    stream(member.value, into: &json)
                }
            }
        case .bigInt, .raw: XCTFail("not made by this test")
        }
    }

    private func assertSameAsWriter(_ value: JSONValue, file: StaticString = #filePath, line: UInt = #line) {
        for compact in [false, true] {
            for level in [0, 1, 3] {
                var json = JSONStream(compact: compact, indentLevel: level, capacity: 16)
                stream(value, into: &json)
                let expected = JSONWriter(compact: compact).bytes(value, indentLevel: level)
                XCTAssertEqual(
                    String(decoding: json.bytes, as: UTF8.self), String(decoding: expected, as: UTF8.self),
                    "compact \(compact), level \(level)", file: file, line: line)
            }
        }
    }

    func testScalarsAndEmptyContainers() {
        for value: JSONValue in [
            .null, .bool(true), .bool(false), .int(0), .int(-42), .int(Int(Int64.max)), .string(""),
            .string("q\" b\\ \n\t é 😀 \u{2028}"), .float(0.5), .float(3), .float(-0.25), .array([]),
            .object([]),
        ] {
            assertSameAsWriter(value)
        }
    }

    func testNestedDocument() {
        assertSameAsWriter(
            .members([
                ("slug", .string("night-bus")), ("score", .decimal(61.25, places: 1)),
                ("stale", .bool(false)),
                ("empty", .array([])), ("none", .members([])),
                ("stage", .members([("points", .int(3)), ("tool", .bool(true))])),
                (
                    "history",
                    .array([.members([("week", .string("2026-W45")), ("score", .float(12.5))]), .array([])])
                ),
                ("weeks", .array([.string("2026-W44"), .null, .array([.int(1), .array([.int(2)])])])),
            ]))
    }

    /// Seeded random documents, deep and wide, written both ways.
    func testRandomDocuments() {
        var state: UInt64 = 0xD0C
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        func value(depth: Int) -> JSONValue {
            switch next(depth > 3 ? 5 : 8) {
            case 0: return .null
            case 1: return .bool(next(2) == 0)
            case 2: return .int(next(2_000_000) - 1_000_000)
            case 3: return .string(["", "a", "é\"x", "line\nbreak", "tab\there"][next(5)])
            case 4: return .float(Double(next(100_000)) / 1000)
            case 5, 6: return .array((0..<next(4)).map { _ in value(depth: depth + 1) })
            default:
                return .object(
                    (0..<next(4)).map { _ in JSONValue.Member("k\(next(9))", value(depth: depth + 1)) })
            }
        }
        for _ in 0..<300 { assertSameAsWriter(value(depth: 0)) }
    }

    /// Decimals are rounded as `JSONValue.decimal` rounds them.
    func testDecimal_roundsAsJSONValue() {
        for (number, places) in [(0.30000000000000004, 4), (61.25, 1), (-0.00004, 4), (2.5, 0), (1e20, 2)] {
            var json = JSONStream(compact: true)
            json.decimal(number, places: places)
            XCTAssertEqual(json.bytes, JSONWriter(compact: true).bytes(.decimal(number, places: places)))
        }
    }
}
