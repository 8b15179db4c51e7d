import Foundation
import XCTest

@testable import SceneRadar

/// Writers that build one large text (radar.json, `radar dump`, `--format json|sarif`, pages)
/// must stay linear in its size: a vault near the documented limits must never look like a hang.
final class LinearOutputTests: XCTestCase {
    /// Generous: linear code takes well under a second here even in a debug build; the quadratic
    /// version took minutes (every string copied all the text written before it).
    private let budget = 20.0

    private func seconds(_ body: () -> Void) -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    func testJSONWriter_manyEscapedStrings_isLinear() {
        let items = (0..<200_000).map { JSONValue.string("line \($0)\nwith \"quotes\" and é") }
        var text = ""
        let elapsed = seconds { text = JSONWriter().write(.array(items)) }
        XCTAssertLessThan(elapsed, budget, "JSONWriter took \(elapsed) s for 200,000 strings")
        XCTAssertTrue(
            text.hasSuffix("\"line 199999\\nwith \\\"quotes\\\" and é\"\n]"), String(text.suffix(60)))
    }

    func testJSONWriter_escapesNextToCombiningMarks_keepEveryScalar() {
        // A combining mark right after an escaped quote belongs to the quote's grapheme cluster:
        // the text after the escape must be copied by scalars, not by characters.
        XCTAssertEqual(JSONWriter().write(.string("\"\u{301}x\n\u{301}")), "\"\\\"\u{301}x\\n\u{301}\"")
    }

    func testHTMLEscaping_manyValuesWithBidiControls_isLinear() throws {
        let template = try MustacheTemplate("{{#names}}<li>{{.}}</li>{{/names}}")
        let names = MustacheValue.list((0..<100_000).map { .string("name \($0) \u{202E}x") })
        var html = ""
        let elapsed = seconds { html = (try? template.render(.object(["names": names]))) ?? "" }
        XCTAssertLessThan(elapsed, budget, "rendering took \(elapsed) s")
        XCTAssertTrue(html.hasSuffix("<li>\u{2068}name 99999 \u{202E}x\u{202C}\u{2069}</li>"))
    }
}
