import XCTest

@testable import SceneRadar

final class RequestPathTests: XCTestCase {
    private func problem(_ target: String) -> RequestPath.Problem? {
        do {
            _ = try RequestPath(target: target)
            return nil
        } catch {
            return error
        }
    }

    func testParse_decodesSegmentsQueryAndTrailingSlash() throws {
        let path = try RequestPath(target: "/scenes/caf%C3%A9%20bar/?x=1")
        XCTAssertEqual(path.segments, ["scenes", "café bar"])
        XCTAssertTrue(path.hasTrailingSlash)
        XCTAssertEqual(path.query, "x=1")
        XCTAssertEqual(path.decodedPath, "/scenes/café bar")
        XCTAssertEqual(path.encodedPath, "/scenes/caf%C3%A9%20bar/")
    }

    func testParse_root() throws {
        let path = try RequestPath(target: "/")
        XCTAssertEqual(path.segments, [])
        XCTAssertEqual(path.encodedPath, "/")
    }

    func testParse_decodesOnlyOnce() throws {
        XCTAssertEqual(try RequestPath(target: "/%252e%252e/x").segments, ["%2e%2e", "x"])
    }

    func testParse_emptySegmentsCollapse_soRedirectsStayOnSite() throws {
        let path = try RequestPath(target: "//evil.example/x")
        XCTAssertEqual(path.segments, ["evil.example", "x"])
        XCTAssertEqual(path.encodedPath, "/evil.example/x")
    }

    func testParse_absoluteForm_keepsAuthority() throws {
        let path = try RequestPath(target: "http://LocalHost:8000/a/b?q")
        XCTAssertEqual(path.authority, "LocalHost:8000")
        XCTAssertEqual(path.segments, ["a", "b"])
        XCTAssertEqual(try RequestPath(target: "http://localhost").segments, [])
    }

    func testParse_refusesTraversalAndOddInput() {
        XCTAssertEqual(problem("/../x"), .dotSegment)
        XCTAssertEqual(problem("/a/./b"), .dotSegment)
        XCTAssertEqual(problem("/%2e%2e/x"), .dotSegment)
        XCTAssertEqual(problem("/..%2fx"), .encodedSlash)
        XCTAssertEqual(problem("/scenes%2Fx/"), .encodedSlash)
        XCTAssertEqual(problem("/a\\b"), .backslash)
        XCTAssertEqual(problem("/a%5cb"), .backslash)
        XCTAssertEqual(problem("/a%00b"), .controlCharacter)
        XCTAssertEqual(problem("/a%0ab"), .controlCharacter)
        XCTAssertEqual(problem("/a%zz"), .invalidPercentEncoding)
        XCTAssertEqual(problem("/a%2"), .invalidPercentEncoding)
        XCTAssertEqual(problem("/%c0%ae"), .invalidUTF8)
        XCTAssertEqual(problem("/%ff"), .invalidUTF8)
        XCTAssertEqual(problem("a/b"), .unsupportedForm)
        XCTAssertEqual(problem("*"), .unsupportedForm)
        XCTAssertEqual(problem("file:///etc/passwd"), .unsupportedForm)
    }

    func testParse_queryIsNotDecoded() throws {
        XCTAssertEqual(try RequestPath(target: "/a?%zz").query, "%zz")
        XCTAssertNil(try RequestPath(target: "/a#frag").query)
    }
}
