import Foundation
import XCTest

@testable import SceneRadar

/// Every way of naming a file outside the site root is refused, and the content of a secret file
/// beside the root (or of /etc/passwd) never appears in any response.
final class PreviewServerTraversalTests: XCTestCase {
    private var site: SiteFixture!
    private var server: PreviewServer!
    private var port: UInt16 = 0

    override func setUpWithError() throws {
        site = try SiteFixture()
        try site.symlink("link-out.txt", to: "../secret.txt")
        try site.symlink("absolute-link.txt", to: site.base.appendingPathComponent("secret.txt").path)
        try site.symlink("passwd.html", to: "/etc/passwd")
        try site.symlink("outside", to: site.base.path)
        try FileManager.default.createDirectory(
            at: site.root.appendingPathComponent("evil"), withIntermediateDirectories: true)
        try site.symlink("evil/index.html", to: "../../secret.txt")
        try site.write(".git/config", "[core] hidden")
        try site.symlink("inside-link.css", to: "assets/site.css")
        server = try PreviewServer(configuration: .init(root: site.root.path, port: 0))
        port = try server.start()
    }

    override func tearDown() {
        server.stop()
        server = nil
        site = nil
    }

    private func assertRefused(
        _ target: String, status expected: Set<Int> = [400, 404], file: StaticString = #filePath,
        line: UInt = #line
    ) {
        let raw = "GET \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n"
        guard let response = RawHTTPClient.exchange(port: port, raw) else {
            return XCTFail("no response for \(target)", file: file, line: line)
        }
        XCTAssertTrue(
            expected.contains(response.status), "\(target) → \(response.status)", file: file, line: line)
        XCTAssertFalse(
            response.text.contains(site.secretContent), "\(target) leaked the secret", file: file, line: line)
        XCTAssertFalse(
            response.text.contains("root:x:0:0"), "\(target) leaked /etc/passwd", file: file, line: line)
        XCTAssertFalse(
            response.text.contains("[core]"), "\(target) leaked a hidden file", file: file, line: line)
    }

    func testSecretIsReadable_soTheAssertionsBelowMeanSomething() throws {
        XCTAssertEqual(
            try String(contentsOf: site.base.appendingPathComponent("secret.txt"), encoding: .utf8),
            site.secretContent)
    }

    func testDotDotSegments_areRefused() {
        assertRefused("/../secret.txt", status: [400])
        assertRefused("/../../../../../../etc/passwd", status: [400])
        assertRefused("/assets/../../secret.txt", status: [400])
        assertRefused("/./../secret.txt", status: [400])
    }

    func testEncodedTraversal_isRefused() {
        assertRefused("/..%2fsecret.txt", status: [400])
        assertRefused("/..%2f..%2fetc/passwd", status: [400])
        assertRefused("/..%2F..%2F..%2F..%2Fetc%2Fpasswd", status: [400])
        assertRefused("/%2e%2e/secret.txt", status: [400])
        assertRefused("/%2e%2e/%2e%2e/etc/passwd", status: [400])
        assertRefused("/%2E%2E/secret.txt", status: [400])
        assertRefused("/.%2e/secret.txt", status: [400])
        assertRefused("/%2e./secret.txt", status: [400])
    }

    func testDoubleEncodedTraversal_isDecodedOnceAndNotFound() {
        assertRefused("/%252e%252e/secret.txt", status: [404])
        assertRefused("/%252e%252e%252fsecret.txt", status: [404])
        assertRefused("/%252e%252e/%252e%252e/etc/passwd", status: [404])
    }

    func testOverlongUTF8Dots_areRefused() {
        assertRefused("/%c0%ae%c0%ae/secret.txt", status: [400])
        assertRefused("/%e0%80%ae%e0%80%ae/secret.txt", status: [400])
    }

    func testBackslashes_areRefused() {
        assertRefused("/..\\secret.txt", status: [400])
        assertRefused("/%5c..%5csecret.txt", status: [400])
        assertRefused("/..%5csecret.txt", status: [400])
        assertRefused("/assets\\..\\..\\secret.txt", status: [400])
    }

    func testAbsoluteAndOddForms_neverLeaveTheRoot() {
        assertRefused("/etc/passwd", status: [404])
        assertRefused("//etc/passwd", status: [404])
        assertRefused("///\(site.base.path.dropFirst())/secret.txt", status: [404])
        assertRefused("/\(site.base.path)/secret.txt", status: [404])
        assertRefused("http://127.0.0.1:\(port)/../secret.txt", status: [400])
        assertRefused("http://127.0.0.1:\(port)/%2e%2e/secret.txt", status: [400])
        assertRefused("http://127.0.0.1:\(port)/etc/passwd", status: [404])
        assertRefused("file:///etc/passwd", status: [400])
        assertRefused("../secret.txt", status: [400])
        assertRefused("*", status: [400])
        assertRefused("/index.html%00/../../secret.txt", status: [400])
    }

    func testSymlinksPointingOutside_areNotFollowed() {
        assertRefused("/link-out.txt", status: [404])
        assertRefused("/absolute-link.txt", status: [404])
        assertRefused("/passwd.html", status: [404])
        assertRefused("/outside/secret.txt", status: [404])
        assertRefused("/outside/", status: [404])
        assertRefused("/evil/", status: [404])
    }

    func testHiddenFiles_areNotServed() {
        assertRefused("/.git/config", status: [404])
        assertRefused("/%2egit/config", status: [404])
    }

    func testNotFoundPageLinkingOutside_fallsBackToPlainPage() throws {
        try site.symlink("404.html", to: "../secret.txt")
        assertRefused("/missing", status: [404])
    }

    func testSymlinkInsideRoot_isServed() throws {
        let response = try XCTUnwrap(RawHTTPClient.get(port: port, "/inside-link.css"))
        XCTAssertEqual(response.status, 200)
        XCTAssertEqual(response.text, "body { color: black }\n")
    }
}
