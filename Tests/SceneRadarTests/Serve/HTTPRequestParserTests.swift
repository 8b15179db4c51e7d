import XCTest

@testable import SceneRadar

final class HTTPRequestParserTests: XCTestCase {
    private let parser = HTTPRequestParser()

    private func parse(_ text: String) -> HTTPRequestParser.Outcome {
        parser.parse(Array(text.utf8))
    }

    private func request(_ text: String, file: StaticString = #filePath, line: UInt = #line) -> HTTPRequest? {
        guard case .request(let request, _) = parse(text) else {
            XCTFail("not a request: \(parse(text))", file: file, line: line)
            return nil
        }
        return request
    }

    private func status(_ text: String) -> Int? {
        guard case .failure(let status, _) = parse(text) else { return nil }
        return status.code
    }

    func testParse_simpleGet_readsLineAndHeaders() throws {
        let text = "GET /scenes/x/?a=1 HTTP/1.1\r\nHost: localhost:8000\r\nAccept:  text/html \r\n\r\n"
        XCTAssertEqual(
            parse(text),
            .request(
                HTTPRequest(
                    method: "GET", target: "/scenes/x/?a=1", minorVersion: 1,
                    headers: [
                        .init(name: "Host", value: "localhost:8000"),
                        .init(name: "Accept", value: "text/html"),
                    ]),
                consumed: text.utf8.count))
    }

    func testParse_headerLookup_isCaseInsensitive() throws {
        let parsed = try XCTUnwrap(request("GET / HTTP/1.1\r\nHOST: a\r\n\r\n"))
        XCTAssertEqual(parsed.header("host"), "a")
    }

    func testParse_incompleteHead_asksForMore() {
        XCTAssertEqual(parse("GET / HTTP/1.1\r\nHost: a\r\n"), .incomplete)
        XCTAssertEqual(parse(""), .incomplete)
        XCTAssertEqual(parse("\r\n"), .incomplete)
    }

    func testParse_pipelined_consumesOnlyTheFirst() {
        let first = "GET /a HTTP/1.1\r\nHost: x\r\n\r\n"
        guard case .request(let parsed, let consumed) = parse(first + "GET /b HTTP/1.1\r\n") else {
            return XCTFail("expected a request")
        }
        XCTAssertEqual(parsed.target, "/a")
        XCTAssertEqual(consumed, first.utf8.count)
    }

    func testParse_leadingEmptyLinesAndBareLF_areAccepted() {
        XCTAssertEqual(request("\r\n\r\nGET /a HTTP/1.1\r\nHost: x\r\n\r\n")?.target, "/a")
        XCTAssertEqual(request("GET /b HTTP/1.1\nHost: x\n\n")?.target, "/b")
    }

    /// Empty lines count towards the head's limit: a client sending nothing else is stopped
    /// at 16 KB rather than read from until it times out.
    func testParse_emptyLinesWithoutEnd_get431AtTheHeadLimit() {
        XCTAssertEqual(status(String(repeating: "\r\n", count: 8 * 1024 + 1)), 431)
        XCTAssertEqual(
            request(String(repeating: "\r\n", count: 8 * 1000) + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n")?
                .target, "/c")
        XCTAssertEqual(
            status(String(repeating: "\r\n", count: 8 * 1024) + "GET /c HTTP/1.1\r\nHost: x\r\n\r\n"), 431)
    }

    func testParse_malformedLines_get400() {
        XCTAssertEqual(status("GET /\r\n\r\n"), 400)
        XCTAssertEqual(status("GET  / HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GE(T / HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET /\u{7F} HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET /é HTTP/1.1\r\nHost: x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost : x\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: x\r\nX-A: 1\r\n  folded\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: x\r\nNoColon\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: x\r\nX: a\u{1}b\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: x\r\nX: a\rb\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / http/1.1\r\nHost: x\r\n\r\n"), 400)
    }

    func testParse_otherHTTPVersions_get505() {
        XCTAssertEqual(status("GET / HTTP/2.0\r\nHost: x\r\n\r\n"), 505)
        XCTAssertEqual(status("GET / HTTP/0.9\r\n\r\n"), 505)
    }

    func testParse_hostRules() {
        XCTAssertEqual(status("GET / HTTP/1.1\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nHost: b\r\n\r\n"), 400)
        XCTAssertEqual(request("GET / HTTP/1.0\r\n\r\n")?.minorVersion, 0)
    }

    func testParse_bodyFraming_conflictsGet400() {
        XCTAssertEqual(
            status("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nContent-Length: 1\r\n\r\n"), 400)
        XCTAssertEqual(status("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: -1\r\n\r\n"), 400)
        XCTAssertEqual(
            status("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 1\r\nTransfer-Encoding: chunked\r\n\r\n"),
            400)
        XCTAssertEqual(request("POST / HTTP/1.1\r\nHost: a\r\nContent-Length: 3\r\n\r\n")?.hasBody, true)
        XCTAssertEqual(
            request("POST / HTTP/1.1\r\nHost: a\r\nTransfer-Encoding: chunked\r\n\r\n")?.hasBody, true)
        XCTAssertEqual(request("GET / HTTP/1.1\r\nHost: a\r\nContent-Length: 0\r\n\r\n")?.hasBody, false)
    }

    func testParse_oversizedHead_gets431() {
        let big = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "a", count: 17_000)
        XCTAssertEqual(status(big), 431)
        XCTAssertEqual(status(big + "\r\n\r\n"), 431)
        let many = "GET / HTTP/1.1\r\nHost: a\r\n" + String(repeating: "X: 1\r\n", count: 101) + "\r\n"
        XCTAssertEqual(status(many), 431)
        let fits = "GET / HTTP/1.1\r\nHost: a\r\nX: " + String(repeating: "a", count: 16_000) + "\r\n\r\n"
        XCTAssertNotNil(request(fits))
    }

    func testKeepAlive_followsVersionAndConnectionHeader() {
        XCTAssertEqual(request("GET / HTTP/1.1\r\nHost: a\r\n\r\n")?.wantsKeepAlive, true)
        XCTAssertEqual(
            request("GET / HTTP/1.1\r\nHost: a\r\nConnection: Close\r\n\r\n")?.wantsKeepAlive, false)
        XCTAssertEqual(
            request("GET / HTTP/1.1\r\nHost: a\r\nConnection: TE, close\r\n\r\n")?.wantsKeepAlive, false)
        XCTAssertEqual(request("GET / HTTP/1.0\r\n\r\n")?.wantsKeepAlive, false)
        XCTAssertEqual(request("GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n")?.wantsKeepAlive, true)
    }
}
