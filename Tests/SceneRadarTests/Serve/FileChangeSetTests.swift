import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

final class FileChangeSetTests: XCTestCase {
    private func stamp(size: Int, nanoseconds: Int = 0, inode: UInt64 = 1) -> FileStamp {
        var info = stat()
        info.st_size = off_t(size)
        info.st_mtim.tv_nsec = nanoseconds
        info.st_ino = ino_t(inode)
        return FileStamp(info)
    }

    func testInit_diffsSnapshots_sorted() {
        let old = [
            "/v/b": stamp(size: 1), "/v/a": stamp(size: 1), "/v/gone": stamp(size: 1),
            "/v/same": stamp(size: 1),
        ]
        let new = [
            "/v/b": stamp(size: 1, nanoseconds: 5), "/v/a": stamp(size: 1, inode: 2),
            "/v/same": stamp(size: 1),
            "/v/new": stamp(size: 1),
        ]
        let changes = FileChangeSet(from: old, to: new)
        XCTAssertEqual(
            changes, FileChangeSet(added: ["/v/new"], modified: ["/v/a", "/v/b"], removed: ["/v/gone"]))
        XCTAssertEqual(changes.modified, ["/v/a", "/v/b"])
        XCTAssertEqual(changes.allPaths, ["/v/a", "/v/b", "/v/gone", "/v/new"])
        XCTAssertTrue(FileChangeSet(from: old, to: old).isEmpty)
    }
}
