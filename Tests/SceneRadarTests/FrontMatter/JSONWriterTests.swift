import XCTest

@testable import SceneRadar

/// The JSON text `radar dump` prints, byte for byte.
final class JSONWriterTests: XCTestCase {
    func testWrite_prettyPrintsInDocumentOrder() {
        let value = JSONValue.object([
            .init("name", .string("Gum")), .init("zeta", .array([.int(1), .float(3), .null])),
            .init("alpha", .object([])), .init("list", .array([])), .init("ok", .bool(false)),
            .init("nested", .object([.init("k", .array([.object([.init("x", .bool(true))])]))])),
        ])
        XCTAssertEqual(
            JSONWriter().write(value),
            """
            {
              "name": "Gum",
              "zeta": [
                1,
                3.0,
                null
              ],
              "alpha": {},
              "list": [],
              "ok": false,
              "nested": {
                "k": [
                  {
                    "x": true
                  }
                ]
              }
            }
            """)
    }

    func testWrite_compact_hasNoWhitespaceBetweenTokens() {
        let value = JSONValue.object([
            .init("name", .string("Gum: a b")), .init("zeta", .array([.int(1), .float(3), .null])),
            .init("alpha", .object([])), .init("list", .array([])),
            .init("nested", .object([.init("k", .array([.object([.init("x", .bool(true))])]))])),
        ])
        XCTAssertEqual(
            JSONWriter(compact: true).write(value),
            #"{"name":"Gum: a b","zeta":[1,3.0,null],"alpha":{},"list":[],"nested":{"k":[{"x":true}]}}"#)
    }

    func testPieces_keepRawPartsApartAndJoinToTheWholeText() {
        let part = Array(#"{"slug":"a"}"#.utf8)
        let value = JSONValue.object([
            .init("scenes", .array([.raw(part[...]), .raw(part[...])])), .init("n", .int(2)),
        ])
        for writer in [JSONWriter(), JSONWriter(compact: true)] {
            let pieces = writer.pieces(value)
            XCTAssertEqual(pieces.filter { $0 == part[...] }.count, 2)
            XCTAssertEqual(String(decoding: pieces.flatMap { $0 }, as: UTF8.self), writer.write(value))
        }
    }

    func testWrite_scalarsAtTopLevel() {
        XCTAssertEqual(JSONWriter().write(.null), "null")
        XCTAssertEqual(JSONWriter().write(.string("x")), "\"x\"")
        XCTAssertEqual(JSONWriter().write(.int(-12)), "-12")
    }

    func testWrite_floatsAlwaysReadBackAsFloats() {
        XCTAssertEqual(JSONWriter().write(.float(3)), "3.0")
        XCTAssertEqual(JSONWriter().write(.float(1e3)), "1000.0")
        XCTAssertEqual(JSONWriter().write(.float(0.278)), "0.278")
        XCTAssertEqual(JSONWriter().write(.float(-0.0)), "-0.0")
        XCTAssertEqual(JSONWriter().write(.float(1e16)), "1e+16")
        XCTAssertEqual(JSONWriter().write(.float(1.5e-7)), "1.5e-07")
    }

    func testWrite_nonFiniteFloats_becomeYAMLSpellings() {
        XCTAssertEqual(JSONWriter().write(.float(.infinity)), "\".inf\"")
        XCTAssertEqual(JSONWriter().write(.float(-.infinity)), "\"-.inf\"")
        XCTAssertEqual(JSONWriter().write(.float(.nan)), "\".nan\"")
    }

    func testWrite_bigIntegersFromDigits() {
        XCTAssertEqual(
            JSONWriter().write(.array([.bigInt("123456789012345678901234567890")])),
            "[\n  123456789012345678901234567890\n]")
    }

    func testWrite_escapesStrings() {
        XCTAssertEqual(
            JSONWriter().write(.string("q\" b\\ / \n\t\r\u{08}\u{0C} \u{00}\u{1B}\u{7F} é 😀 \u{2028}")),
            "\"q\\\" b\\\\ / \\n\\t\\r\\b\\f \\u0000\\u001B\\u007F é 😀 \\u2028\"")
    }

    func testWrite_escapesKeys() {
        XCTAssertEqual(JSONWriter().write(.object([.init("a\"b\n", .int(1))])), "{\n  \"a\\\"b\\n\": 1\n}")
    }

    func testWrite_outputReadsBackEquivalent() throws {
        let yaml = "a: [1, 2.5, -3e2, \"x\\u0001y\", ~]\nb: {c: 0x10, d: 'é'}\n"
        let value = CoreSchema.typedValue(of: YAMLTestSupport.parse(yaml).root)
        XCTAssertTrue(try TestJSONReader.read(JSONWriter().write(value)).isEquivalent(to: value))
    }
}
