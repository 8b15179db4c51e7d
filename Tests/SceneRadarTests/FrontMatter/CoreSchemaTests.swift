import XCTest

@testable import SceneRadar

/// YAML 1.2 core-schema typing of plain scalars, and the untyped dump.
final class CoreSchemaTests: XCTestCase {
    func testResolve_nulls() {
        for text in ["", "~", "null", "Null", "NULL"] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .null, text)
        }
        XCTAssertEqual(CoreSchema.resolve(plain: "nULL"), .string("nULL"))
    }

    func testResolve_booleans_onlyCoreSpellings() {
        for text in ["true", "True", "TRUE"] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .bool(true), text)
        }
        for text in ["false", "False", "FALSE"] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .bool(false), text)
        }
        for text in ["yes", "no", "NO", "on", "off", "tRUE", "y"] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .string(text), text)
        }
    }

    func testResolve_integers() {
        XCTAssertEqual(CoreSchema.resolve(plain: "0"), .int(0))
        XCTAssertEqual(CoreSchema.resolve(plain: "-17"), .int(-17))
        XCTAssertEqual(CoreSchema.resolve(plain: "+42"), .int(42))
        XCTAssertEqual(CoreSchema.resolve(plain: "007"), .int(7))
        XCTAssertEqual(CoreSchema.resolve(plain: "0o17"), .int(15))
        XCTAssertEqual(CoreSchema.resolve(plain: "0x1F"), .int(31))
        XCTAssertEqual(CoreSchema.resolve(plain: "0xff"), .int(255))
        XCTAssertEqual(CoreSchema.resolve(plain: "9223372036854775807"), .int(Int.max))
        XCTAssertEqual(CoreSchema.resolve(plain: "-9223372036854775808"), .int(Int.min))
    }

    func testResolve_bigIntegers_keepTheirDigits() {
        XCTAssertEqual(CoreSchema.resolve(plain: "9223372036854775808"), .bigInt("9223372036854775808"))
        XCTAssertEqual(
            CoreSchema.resolve(plain: "-000123456789012345678901234567890"),
            .bigInt("-123456789012345678901234567890"))
        XCTAssertEqual(CoreSchema.resolve(plain: "0x10000000000000000"), .bigInt("18446744073709551616"))
        XCTAssertEqual(CoreSchema.resolve(plain: "0o2000000000000000000000"), .bigInt("18446744073709551616"))
    }

    func testResolve_notIntegers_stayStrings() {
        for text in ["0x", "0o8", "0xG1", "1_000", "12a", "+", "-", "0b101", "1,000", "٣"] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .string(text), text)
        }
    }

    func testResolve_floats() {
        XCTAssertEqual(CoreSchema.resolve(plain: "3.0"), .float(3.0))
        XCTAssertEqual(CoreSchema.resolve(plain: "0.278"), .float(0.278))
        XCTAssertEqual(CoreSchema.resolve(plain: "-.5"), .float(-0.5))
        XCTAssertEqual(CoreSchema.resolve(plain: "5."), .float(5.0))
        XCTAssertEqual(CoreSchema.resolve(plain: "1e3"), .float(1000.0))
        XCTAssertEqual(CoreSchema.resolve(plain: "+12.5E-2"), .float(0.125))
        XCTAssertEqual(CoreSchema.resolve(plain: ".inf"), .float(.infinity))
        XCTAssertEqual(CoreSchema.resolve(plain: "-.Inf"), .float(-.infinity))
        XCTAssertTrue(CoreSchema.resolve(plain: ".NaN").isEquivalent(to: .float(.nan)))
    }

    func testResolve_notFloats_stayStrings() {
        for text in [".", "1.2.3", "1e", "e3", ".e3", "1.0f", "inf", "nan", "0x1p3", "2026-11-18", "3.0 "] {
            XCTAssertEqual(CoreSchema.resolve(plain: text), .string(text), text)
        }
    }

    func testTypedValue_typesOnlyPlainScalars() throws {
        let yaml = "a: 1\nb: '1'\nc: \"true\"\nd: |\n  2\ne: >-\n  3.0\nf:\ng: [~, 0x1A, 1.5, x]\n"
        let root = YAMLTestSupport.parse(yaml).root
        XCTAssertEqual(
            CoreSchema.typedValue(of: root),
            .object([
                .init("a", .int(1)), .init("b", .string("1")), .init("c", .string("true")),
                .init("d", .string("2\n")), .init("e", .string("3.0")), .init("f", .null),
                .init("g", .array([.null, .int(26), .float(1.5), .string("x")])),
            ]))
    }

    /// Every scalar is a string as radar reads it, but for the plain nulls, which radar reads
    /// as "not given": `key:`, `~` and `null` (quoted, they are text).
    func testUntypedValue_keepsEveryScalarAStringButThePlainNulls() {
        let root = YAMLTestSupport.parse("a: 1\nb: ~\nc:\nd: [true, '', '~', NULL, nulls]\n").root
        XCTAssertEqual(
            CoreSchema.untypedValue(of: root),
            .object([
                .init("a", .string("1")), .init("b", .null), .init("c", .null),
                .init("d", .array([.string("true"), .string(""), .string("~"), .null, .string("nulls")])),
            ]))
    }

    func testTypedValue_emptyDocumentIsNull() {
        XCTAssertEqual(CoreSchema.typedValue(of: nil), .null)
        XCTAssertEqual(CoreSchema.untypedValue(of: nil), .null)
    }

    func testIsEquivalent_ignoresKeyOrderButNotTypes() {
        let left = JSONValue.object([.init("a", .int(1)), .init("b", .bool(true))])
        XCTAssertTrue(left.isEquivalent(to: .object([.init("b", .bool(true)), .init("a", .int(1))])))
        XCTAssertFalse(left.isEquivalent(to: .object([.init("a", .float(1)), .init("b", .bool(true))])))
        XCTAssertFalse(left.isEquivalent(to: .object([.init("a", .int(1)), .init("b", .int(1))])))
        XCTAssertFalse(left.isEquivalent(to: .object([.init("a", .int(1))])))
        XCTAssertFalse(JSONValue.array([.int(1), .int(2)]).isEquivalent(to: .array([.int(2), .int(1)])))
    }

    /// A float's text is a whole number when its digits say so, read exactly: `1.0000000000000001`
    /// is a Double's 1.0, not a whole number.
    func testWholeFloatDigits_readTheTextExactly() {
        let cases: [(String, String?)] = [
            ("1.0", "1"), ("1e3", "1000"), ("12.5e1", "125"), ("-0.0", "0"), ("0.0e5", "0"), ("5.", "5"),
            ("007.00", "7"), ("1250e-1", "125"), ("1.5", nil), ("-1.0", nil), ("1e-3", nil),
            ("1.0000000000000001", nil), ("1e18", nil), ("1e17", "100000000000000000"), ("0e9999999", "0"),
            ("1e9999999", nil), ("1e-9999999", nil), ("12", "12"), ("x", nil), ("", nil), (".", nil),
        ]
        for (text, digits) in cases {
            XCTAssertEqual(CoreSchemaNumbers.wholeFloatDigits(Array(text.utf8), maxDigits: 18), digits, text)
        }
    }
}
