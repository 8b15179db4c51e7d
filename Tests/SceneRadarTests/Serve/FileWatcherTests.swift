import Foundation
import Synchronization
import XCTest

@testable import SceneRadar

final class FileWatcherTests: XCTestCase {
    private var base: URL!
    private var vault: URL!
    private var watcher: FileWatcher?
    private let reports = ChangeLog()

    override func setUpWithError() throws {
        base = FileManager.default.temporaryDirectory.appendingPathComponent(
            "radar-watch-\(UUID().uuidString)")
        vault = base.appendingPathComponent("vault")
        try FileManager.default.createDirectory(at: vault, withIntermediateDirectories: true)
    }

    override func tearDown() {
        watcher?.stop()
        watcher = nil
        try? FileManager.default.removeItem(at: base)
    }

    private func write(_ path: String, _ text: String) throws {
        let url = vault.appendingPathComponent(path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url)
    }

    private func path(_ relative: String) -> String { vault.appendingPathComponent(relative).path }

    private func startWatcher(
        excluded: [String] = [], interval: Duration = .milliseconds(50),
        debounce: Duration = .milliseconds(50), kept: [String] = []
    ) {
        let reports = self.reports
        let watcher = FileWatcher(
            configuration: .init(
                roots: [vault.path], excluded: excluded, interval: interval, debounce: debounce, kept: kept)
        ) { changes in reports.append(changes) }
        watcher.start()
        self.watcher = watcher
    }

    private var reported: [FileChangeSet] { reports.all }

    /// Waits until some report mentions `path`.
    private func waitForReport(of path: String) -> Bool {
        waitUntil { self.reported.contains { $0.allPaths.contains(path) } }
    }

    func testWatcher_reportsAddedModifiedRemoved() throws {
        try write("scenes/a/scene.md", "one")
        startWatcher()
        try write("scenes/a/log/2026-W47.md", "log")
        XCTAssertTrue(waitForReport(of: path("scenes/a/log/2026-W47.md")))
        XCTAssertEqual(reported.last, FileChangeSet(added: [path("scenes/a/log/2026-W47.md")]))

        try write("scenes/a/scene.md", "longer text")
        XCTAssertTrue(
            waitUntil { self.reported.last == FileChangeSet(modified: [self.path("scenes/a/scene.md")]) })

        try FileManager.default.removeItem(at: vault.appendingPathComponent("scenes/a"))
        XCTAssertTrue(
            waitUntil {
                self.reported.last
                    == FileChangeSet(removed: [
                        self.path("scenes/a/log/2026-W47.md"), self.path("scenes/a/scene.md"),
                    ])
            })
    }

    func testWatcher_sameSizeNewModificationTime_isModified() throws {
        try write("a.md", "abc")
        startWatcher()
        let later = Date().addingTimeInterval(5)
        try FileManager.default.setAttributes([.modificationDate: later], ofItemAtPath: path("a.md"))
        XCTAssertTrue(waitForReport(of: path("a.md")))
        XCTAssertEqual(reported.last, FileChangeSet(modified: [path("a.md")]))
    }

    func testWatcher_atomicSaveByRename_isModified() throws {
        try write("a.md", "abc")
        startWatcher()
        try write("a.md.tmp", "xyz")
        _ = rename(path("a.md.tmp"), path("a.md"))
        XCTAssertTrue(waitForReport(of: path("a.md")))
        XCTAssertEqual(reported.flatMap(\.modified), [path("a.md")])
    }

    func testWatcher_debounce_coalescesABurst() throws {
        startWatcher(interval: .milliseconds(20), debounce: .seconds(1))
        let names = (1...5).map { "burst-\($0).md" }
        for name in names {
            try write(name, name)
            usleep(20_000)
        }
        XCTAssertTrue(waitUntil { !self.reported.isEmpty })
        usleep(300_000)
        XCTAssertEqual(reported, [FileChangeSet(added: names.map(path))])
    }

    func testWatcher_skipsExcludedAndHiddenFolders() throws {
        startWatcher(excluded: [path("_site")])
        try write("_site/index.html", "x")
        try write(".radar-cache/state", "x")
        try write(".obsidian/workspace.json", "x")
        try write("scenes/.a.md.swp", "x")
        try write("scenes/a.md", "x")
        XCTAssertTrue(waitForReport(of: path("scenes/a.md")))
        XCTAssertEqual(reported.flatMap(\.allPaths), [path("scenes/a.md")])
    }

    /// A kept file in an excluded folder: its edits are not reported, its removal is, once;
    /// made again and removed again, it is reported again.
    func testWatcher_keptFile_isReportedWhenRemoved_only() throws {
        try write("_site/.radar-manifest", "1")
        startWatcher(excluded: [path("_site")], kept: [path("_site/.radar-manifest")])
        try write("_site/.radar-manifest", "22")
        usleep(300_000)
        XCTAssertEqual(reported, [])
        try FileManager.default.removeItem(atPath: path("_site"))
        XCTAssertTrue(waitForReport(of: path("_site/.radar-manifest")))
        usleep(300_000)
        XCTAssertEqual(reported, [FileChangeSet(removed: [path("_site/.radar-manifest")])])
        try write("_site/.radar-manifest", "3")
        usleep(300_000)
        try FileManager.default.removeItem(atPath: path("_site/.radar-manifest"))
        XCTAssertTrue(waitUntil { self.reported.count == 2 })
    }

    func testWatcher_doesNotFollowSymlinksOutOfTheRoot() throws {
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("secret".utf8).write(to: outside.appendingPathComponent("note.md"))
        try FileManager.default.createSymbolicLink(
            atPath: path("linked-dir"), withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: path("linked-file.md"),
            withDestinationPath: outside.appendingPathComponent("note.md").path)
        startWatcher()
        try Data("changed outside".utf8).write(to: outside.appendingPathComponent("note.md"))
        try Data("new".utf8).write(to: outside.appendingPathComponent("new.md"))
        try write("sentinel.md", "x")
        XCTAssertTrue(waitForReport(of: path("sentinel.md")))
        XCTAssertEqual(reported.flatMap(\.allPaths), [path("sentinel.md")])
    }

    func testWatcher_symlinkToFileInsideRoot_reportsTargetEdits() throws {
        try write("real.md", "a")
        try FileManager.default.createSymbolicLink(atPath: path("alias.md"), withDestinationPath: "real.md")
        startWatcher()
        try write("real.md", "changed")
        XCTAssertTrue(waitUntil { self.reported.flatMap(\.modified).count == 2 })
        XCTAssertEqual(reported.flatMap(\.modified).sorted(), [path("alias.md"), path("real.md")])
    }

    func testStop_noCallbacksAfterwards() throws {
        startWatcher()
        watcher?.stop()
        try write("late.md", "x")
        usleep(300_000)
        XCTAssertEqual(reported, [])
    }

    func testStop_fromInsideCallback_doesNotDeadlock() throws {
        let holder = Mutex<FileWatcher?>(nil)
        let calls = Mutex(0)
        let watcher = FileWatcher(
            configuration: .init(
                roots: [vault.path], interval: .milliseconds(20), debounce: .milliseconds(20))
        ) { _ in
            calls.withLock { $0 += 1 }
            holder.withLock { $0 }?.stop()
        }
        holder.withLock { $0 = watcher }
        watcher.start()
        try write("a.md", "x")
        XCTAssertTrue(waitUntil { calls.withLock { $0 } == 1 })
        try write("b.md", "x")
        usleep(200_000)
        XCTAssertEqual(calls.withLock { $0 }, 1)
        holder.withLock { $0 = nil }
    }
}

/// The change sets a watcher reported, collected from its queue.
private final class ChangeLog: Sendable {
    private let changes = Mutex<[FileChangeSet]>([])

    func append(_ change: FileChangeSet) { changes.withLock { $0.append(change) } }

    var all: [FileChangeSet] { changes.withLock { $0 } }
}
