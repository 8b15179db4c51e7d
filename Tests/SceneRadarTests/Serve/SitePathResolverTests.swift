import Foundation
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

final class SitePathResolverTests: XCTestCase {
    private var site: SiteFixture!
    private var resolver: SitePathResolver!

    override func setUpWithError() throws {
        site = try SiteFixture()
        resolver = try XCTUnwrap(SitePathResolver(root: site.root.path))
    }

    override func tearDown() {
        site = nil
    }

    private func resolve(_ target: String) throws -> SitePathResolver.Resolution {
        resolver.resolve(try RequestPath(target: target))
    }

    private func canonical(_ path: String) -> String {
        resolver.root + "/" + path
    }

    func testResolve_fileAndDirectoryIndex() throws {
        XCTAssertEqual(try resolve("/assets/site.css"), .file(canonical("assets/site.css")))
        XCTAssertEqual(try resolve("/"), .file(canonical("index.html")))
        XCTAssertEqual(try resolve("/scenes/x/"), .file(canonical("scenes/x/index.html")))
    }

    func testResolve_directoryWithoutSlash_redirects() throws {
        XCTAssertEqual(try resolve("/scenes/x"), .redirect("/scenes/x/"))
        XCTAssertEqual(try resolve("/scenes/x?a=b"), .redirect("/scenes/x/?a=b"))
    }

    func testResolve_missingHiddenAndFileWithSlash_areNotFound() throws {
        try site.write(".hidden/index.html", "x")
        XCTAssertEqual(try resolve("/nope"), .notFound)
        XCTAssertEqual(try resolve("/.hidden/"), .notFound)
        XCTAssertEqual(try resolve("/assets/site.css/"), .notFound)
        XCTAssertEqual(try resolve("/assets/"), .notFound)
        // A folder without an index page: not redirected to the same 404.
        XCTAssertEqual(try resolve("/assets"), .notFound)
    }

    func testResolve_symlinks_onlyInsideRoot() throws {
        try site.symlink("in.css", to: "assets/site.css")
        try site.symlink("out.txt", to: "../secret.txt")
        XCTAssertEqual(try resolve("/in.css"), .file(canonical("assets/site.css")))
        XCTAssertEqual(try resolve("/out.txt"), .notFound)
    }

    func testResolve_fifo_isNotFound() throws {
        let path = site.root.appendingPathComponent("pipe").path
        XCTAssertEqual(mkfifo(path, 0o600), 0)
        XCTAssertEqual(try resolve("/pipe"), .notFound)
    }

    func testContains_needsSlashAfterRoot() {
        XCTAssertTrue(resolver.contains(resolver.root))
        XCTAssertTrue(resolver.contains(resolver.root + "/a"))
        XCTAssertFalse(resolver.contains(resolver.root + "-evil/a"))
    }

    func testInit_missingRoot_isNil() {
        XCTAssertNil(SitePathResolver(root: site.base.appendingPathComponent("nope").path))
        XCTAssertNil(SitePathResolver(root: site.base.appendingPathComponent("secret.txt").path))
    }
}
