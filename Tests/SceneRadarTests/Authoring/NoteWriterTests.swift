import Foundation
import XCTest

@testable import SceneRadar

#if canImport(Glibc)
    import Glibc
#endif

/// `NoteWriter`: a new note appears whole under its name or not at all, never replaces a file,
/// and leaves nothing else in the folder, by either way of writing.
final class NoteWriterTests: XCTestCase {
    private var root = ""

    override func setUpWithError() throws {
        root = NSTemporaryDirectory() + "radar-notewriter-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: root)
    }

    private func entries(_ relative: String) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: root + "/" + relative).sorted()
    }

    private func read(_ relative: String) throws -> String {
        try String(contentsOfFile: root + "/" + relative, encoding: .utf8)
    }

    /// Whether this file system makes unnamed files (tmpfs and ext4 do).
    private func hasUnnamedFiles() -> Bool {
        let fd = open(root, NoteWriter.unnamedFile | O_WRONLY | O_CLOEXEC, 0o666)
        guard fd >= 0 else { return false }
        close(fd)
        return true
    }

    private func assertCreates(with writer: NoteWriter) throws {
        let made = try writer.create("scenes/new-scene/scene.md", text: "---\nname: New\n---\n")
        XCTAssertEqual(
            made, [root + "/scenes", root + "/scenes/new-scene", root + "/scenes/new-scene/scene.md"])
        XCTAssertEqual(try read("scenes/new-scene/scene.md"), "---\nname: New\n---\n")
        XCTAssertEqual(try entries("scenes/new-scene"), ["scene.md"])
        // A second note with the same name is refused, and the first is as it was.
        XCTAssertThrowsError(try writer.create("scenes/new-scene/scene.md", text: "other")) { error in
            XCTAssertEqual(
                (error as? AuthoringError)?.message,
                AuthoringError(.exists(path: writer.display("scenes/new-scene/scene.md"))).message)
        }
        XCTAssertEqual(try read("scenes/new-scene/scene.md"), "---\nname: New\n---\n")
        XCTAssertEqual(try entries("scenes/new-scene"), ["scene.md"])
        // A note in the root itself.
        try writer.create("radar.yml", text: "title: T\n")
        XCTAssertEqual(try read("radar.yml"), "title: T\n")
        XCTAssertEqual(try entries(""), ["radar.yml", "scenes"])
    }

    func testCreate_unnamedFirst() throws {
        try XCTSkipUnless(hasUnnamedFiles(), "this file system makes no unnamed files")
        try assertCreates(with: NoteWriter(root: root))
    }

    func testCreate_theNamedWay() throws {
        var writer = NoteWriter(root: root)
        writer.triesUnnamedFiles = false
        try assertCreates(with: writer)
    }

    /// A folder of the vault that is a symbolic link out of it is never written through (lint
    /// would never read the note); one that leads to another folder of the vault is.
    func testCreate_throughASymbolicLinkOutOfTheVault_isRefused() throws {
        let elsewhere = root + "-elsewhere"
        try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: elsewhere) }
        try FileManager.default.createDirectory(
            atPath: root + "/scenes/real", withIntermediateDirectories: true)
        XCTAssertEqual(symlink(elsewhere, root + "/scenes/linked"), 0)
        XCTAssertEqual(symlink(root + "/scenes/real", root + "/scenes/inside"), 0)
        let writer = NoteWriter(root: root)
        XCTAssertThrowsError(try writer.create("scenes/linked/scene.md", text: "x")) { error in
            XCTAssertEqual(
                (error as? AuthoringError)?.message,
                "cannot write '\(root)/scenes/linked': it is a symbolic link that leads out of the vault; radar never follows it"
            )
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: elsewhere), [])
        try writer.create("scenes/inside/scene.md", text: "x")
        XCTAssertEqual(try read("scenes/real/scene.md"), "x")
    }

    /// A note that cannot be written leaves no folder made for it behind.
    func testCreate_thatFails_removesTheFoldersItMade() throws {
        try FileManager.default.createDirectory(atPath: root + "/scenes", withIntermediateDirectories: true)
        let tooLong = String(repeating: "x", count: 300) + ".md"
        XCTAssertThrowsError(try NoteWriter(root: root).create("scenes/new/log/" + tooLong, text: "x"))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root + "/scenes"), [])
    }

    /// A folder of the vault that is a symbolic link to nothing is named as such, not as a
    /// file that exists.
    func testCreate_throughADanglingSymbolicLink_saysSo() throws {
        try FileManager.default.createDirectory(atPath: root + "/scenes", withIntermediateDirectories: true)
        XCTAssertEqual(symlink(root + "/nowhere", root + "/scenes/gone"), 0)
        XCTAssertThrowsError(try NoteWriter(root: root).create("scenes/gone/scene.md", text: "x")) { error in
            XCTAssertEqual(
                (error as? AuthoringError)?.message,
                "cannot write '\(root)/scenes/gone': it is a symbolic link to something that does not exist")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: root + "/nowhere"))
    }

    /// An unnamed file is linked to its name, or, when the name is taken, to nothing: the
    /// folder never holds a file of radar's own, however the call ends.
    func testCreateUnnamed_linksTheFile_orNothing() throws {
        try XCTSkipUnless(hasUnnamedFiles(), "this file system makes no unnamed files")
        let writer = NoteWriter(root: root)
        let target = root + "/note.md"
        XCTAssertTrue(try writer.createUnnamed(Array("one\n".utf8), in: root, at: target, shown: "note.md"))
        XCTAssertEqual(try read("note.md"), "one\n")
        XCTAssertThrowsError(
            try writer.createUnnamed(Array("two\n".utf8), in: root, at: target, shown: "note.md"))
        XCTAssertEqual(try read("note.md"), "one\n")
        XCTAssertEqual(try entries(""), ["note.md"])
        // A folder that is not there is an I/O error, not the named way.
        XCTAssertThrowsError(
            try writer.createUnnamed(
                Array("x".utf8), in: root + "/missing", at: root + "/missing/x.md", shown: "x.md"))
    }
}
