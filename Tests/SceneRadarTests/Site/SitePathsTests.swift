import XCTest

@testable import SceneRadar

final class SitePathsTests: XCTestCase {
    func testPretty_showsIndexFilesAsTheirFolder() {
        XCTAssertEqual(SitePaths.pretty(SitePaths.index), "")
        XCTAssertEqual(SitePaths.pretty(SitePaths.scene("modem-house")), "scenes/modem-house/")
        XCTAssertEqual(SitePaths.pretty(SitePaths.credits), "credits/")
        XCTAssertEqual(SitePaths.pretty("scenes/é/index.html"), "scenes/é/")
        // Only a whole `index.html` file name is shown as its folder.
        XCTAssertEqual(SitePaths.pretty("scenes/x/myindex.html"), "scenes/x/myindex.html")
        XCTAssertEqual(SitePaths.pretty("404.html"), "404.html")
        XCTAssertEqual(SitePaths.pretty("quadrant.svg"), "quadrant.svg")
        XCTAssertEqual(SitePaths.pretty("index.htm"), "index.htm")
        XCTAssertEqual(SitePaths.pretty("xindex.html"), "xindex.html")
        XCTAssertEqual(SitePaths.pretty("/index.html"), "/")
        XCTAssertEqual(SitePaths.pretty(""), "")
    }

    func testRoot_climbsOneFolderPerSlash() {
        XCTAssertEqual(SitePaths.root(from: SitePaths.index), "")
        XCTAssertEqual(SitePaths.root(from: SitePaths.scene("a")), "../../")
    }

    func testLog_fromAFolder_isThatFolderThenTheLogsPath() throws {
        let week = try XCTUnwrap(ISOWeek(year: 2026, week: 7))
        XCTAssertEqual(SitePaths.log("modem-house", week), "scenes/modem-house/2026-W07/index.html")
        XCTAssertEqual(
            SitePaths.log("ñu-disco", week, from: "../../"), "../../scenes/ñu-disco/2026-W07/index.html")
    }
}
