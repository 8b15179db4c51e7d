import XCTest

@testable import SceneRadar

final class LocalFileSystemTests: XCTestCase {
    func testRead_returnsExactlyTheFileAtEverySize() throws {
        let vault = try TemporaryVault()
        for size in [0, 1, 4095, 4096, 4097, 100_000] {
            let bytes = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31) }
            try vault.write("f\(size)", bytes: bytes)
            XCTAssertEqual(
                try LocalFileSystem().read(vault.path("f\(size)"), limit: 1 << 20), bytes, "size \(size)")
        }
    }

    func testRead_fileReportingNoSize_isReadToItsEnd() throws {
        // /proc files report a size of 0 yet have content: the buffer grows as they are read.
        let bytes = try LocalFileSystem().read("/proc/self/status", limit: 1 << 20)
        XCTAssertTrue(String(decoding: bytes, as: UTF8.self).hasPrefix("Name:"))
        XCTAssertTrue(bytes.count > 100)
    }

    func testEntriesWithInfo_isEntriesWithTheirLstatInfo() throws {
        let vault = try TemporaryVault()
        try vault.write("b.md", "four")
        try vault.write("a/x.md", "")
        try vault.write(".hidden", "h")
        XCTAssertEqual(symlink("b.md", vault.path("link")), 0)
        let local = LocalFileSystem()
        let listed = try local.entriesWithInfo(of: vault.root)
        XCTAssertEqual(listed.map(\.name), try local.entries(of: vault.root))
        XCTAssertEqual(listed.map(\.name), [".hidden", "a", "b.md", "link"])
        for (name, info) in listed {
            XCTAssertEqual(info, local.info(vault.path(name)), name)
        }
        XCTAssertEqual(listed.map { $0.info?.kind }, [.regular, .directory, .regular, .symlink])
        XCTAssertEqual(listed[2].info?.size, 4)
        XCTAssertThrowsError(try local.entriesWithInfo(of: vault.path("missing")))
    }

    func testEntriesWithKinds_areTheKindsLstatGives() throws {
        let vault = try TemporaryVault()
        try vault.write("b.md", "four")
        try vault.write("a/x.md", "")
        XCTAssertEqual(symlink("b.md", vault.path("link")), 0)
        XCTAssertEqual(mkfifo(vault.path("pipe"), 0o644), 0)
        let local = LocalFileSystem()
        let listed = try local.entriesWithKinds(of: vault.root)
        XCTAssertEqual(listed.map(\.name), try local.entries(of: vault.root))
        // From the directory entry where the file system gives kinds there, else from lstat.
        for (name, kind) in listed {
            XCTAssertEqual(kind, local.info(vault.path(name))?.kind, name)
        }
        XCTAssertThrowsError(try local.entriesWithKinds(of: vault.path("missing")))
    }

    func testRead_notAFileOrMissing_failsWithTheReason() throws {
        let vault = try TemporaryVault()
        try vault.mkdir("folder")
        XCTAssertThrowsError(try LocalFileSystem().read(vault.path("folder"), limit: 100)) { error in
            XCTAssertEqual(error as? FileReadError, .notRegular(.directory))
        }
        XCTAssertThrowsError(try LocalFileSystem().read(vault.path("missing.md"), limit: 100)) { error in
            XCTAssertEqual(error as? FileReadError, .system("No such file or directory"))
        }
    }

    func testRead_overLimit_isTooLarge() throws {
        let vault = try TemporaryVault()
        try vault.write("big", String(repeating: "x", count: 2000))
        XCTAssertThrowsError(try LocalFileSystem().read(vault.path("big"), limit: 1999)) { error in
            XCTAssertEqual(error as? FileReadError, .tooLarge(2000))
        }
        XCTAssertEqual(try LocalFileSystem().read(vault.path("big"), limit: 2000).count, 2000)
    }

    func testRead_growingPastLimit_isTooLarge() throws {
        XCTAssertThrowsError(try LocalFileSystem().read("/proc/self/status", limit: 10)) { error in
            guard case .tooLarge(let size) = error as? FileReadError else { return XCTFail("\(error)") }
            XCTAssertGreaterThan(size, 10)
        }
    }
}
