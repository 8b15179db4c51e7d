import XCTest

@testable import SceneRadar

final class FolderLockTests: XCTestCase {
    func testLock_ofAFolderThatCannotBeOpened_isNone() throws {
        let vault = try TemporaryVault(["file": "x"])
        XCTAssertNil(FolderLock(path: vault.path("missing"), waiting: { XCTFail("nothing to wait for") }))
        XCTAssertNil(FolderLock(path: vault.path("file"), waiting: { XCTFail("nothing to wait for") }))
    }

    func testRelease_letsTheNextLockInAtOnce_andASecondReleaseDoesNothing() throws {
        let vault = try TemporaryVault()
        let first = try XCTUnwrap(FolderLock(path: vault.root, waiting: { XCTFail("the folder is free") }))
        first.release()
        first.release()
        let second = FolderLock(path: vault.root, waiting: { XCTFail("the first lock was released") })
        XCTAssertNotNil(second)
    }
}
