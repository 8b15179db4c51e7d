import Foundation
import XCTest

@testable import SceneRadar

/// A note saved twice within one tick of a file system that keeps times to the second (ext3,
/// HFS+, some network mounts), its size unchanged, keeps the metadata the first save gave it:
/// the build cache must not trust the stamp a build took in that tick.
final class RacyStampTests: XCTestCase {
    /// The local file system with its times cut to whole seconds.
    private struct SecondsFileSystem: FileSystem {
        let local = LocalFileSystem()

        private func coarse(_ info: FileInfo?) -> FileInfo? {
            guard var info else { return nil }
            info.modified -= info.modified % 1_000_000_000
            info.changed -= info.changed % 1_000_000_000
            return info
        }

        func entries(of directory: String) throws(FileReadError) -> [String] {
            try local.entries(of: directory)
        }

        func entriesWithInfo(of directory: String) throws(FileReadError) -> [(name: String, info: FileInfo?)]
        {
            try local.entriesWithInfo(of: directory).map { ($0.name, coarse($0.info)) }
        }

        func info(_ path: String) -> FileInfo? { coarse(local.info(path)) }
        func resolvedInfo(_ path: String) -> FileInfo? { coarse(local.resolvedInfo(path)) }
        func canonicalPath(_ path: String) -> String? { local.canonicalPath(path) }

        func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8] {
            try local.read(path, limit: limit)
        }
    }

    func testNoteSavedTwiceInOneSecond_isReadAgain() throws {
        let log = { (attendance: Int) in
            "---\nevents:\n  - {name: Night, date: 2026-01-09, city: Lagos, attendance: \(attendance)}\n---\n"
        }
        let vault = try TemporaryVault([
            "radar.yml": "title: t\n", "scenes/s/scene.md": "---\nname: S\nspotted: 2026-01-05\n---\n",
            "scenes/s/log/2026-W02.md": log(45),
        ])
        let builder = SiteBuilder(fileSystem: SecondsFileSystem())
        let options = SiteBuilder.Options(vault: vault.root, output: vault.path("out"))
        _ = try builder.build(options)
        // Both saves and the build between them within one second of the file system's clock.
        var attempts = 0
        while true {
            attempts += 1
            var now = timespec()
            clock_gettime(CLOCK_REALTIME, &now)
            // Start early in a second: the two saves and the build take a few milliseconds.
            if now.tv_nsec > 300_000_000 {
                usleep(useconds_t((1_000_000_000 - now.tv_nsec) / 1000 + 1000))
            }
            clock_gettime(CLOCK_REALTIME, &now)
            let second = now.tv_sec
            try rewrite(vault.path("scenes/s/log/2026-W02.md"), log(46))
            _ = try builder.build(options)
            try rewrite(vault.path("scenes/s/log/2026-W02.md"), log(47))
            clock_gettime(CLOCK_REALTIME, &now)
            if now.tv_sec == second || attempts == 5 { break }
        }
        XCTAssertLessThan(attempts, 5, "the saves never fell within one second")
        _ = try builder.build(options)
        let page = try vault.read("out/scenes/s/2026-W02/index.html")
        XCTAssertTrue(page.contains("About 47 people"), page)
    }

    /// Writes `text` over the file at `path` in place: the same inode, as an editor saving in
    /// place keeps it.
    private func rewrite(_ path: String, _ text: String) throws {
        let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
        try handle.truncate(atOffset: 0)
        try handle.write(contentsOf: Data(text.utf8))
        try handle.close()
    }

    /// A stamp vouches for a note only when it was taken before the tick the cache was saved in.
    func testStamp_vouchesOnlyWhenOlderThanTheCache() {
        let info = FileInfo(
            kind: .regular, size: 10, modified: 5_000_000_000, inode: 7, changed: 5_000_000_000)
        var cache = BuildCache()
        cache.savedAt = 6_000_000_000
        let stamp = BuildCache.FileStamp(info, hash: 1)
        XCTAssertTrue(cache.vouches(stamp, for: info))
        cache.savedAt = 5_000_000_000
        XCTAssertFalse(cache.vouches(stamp, for: info))
        var moved = info
        moved.size = 11
        cache.savedAt = 6_000_000_000
        XCTAssertFalse(cache.vouches(stamp, for: moved))
    }
}
