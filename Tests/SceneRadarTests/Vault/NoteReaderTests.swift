import XCTest

@testable import SceneRadar

final class NoteReaderTests: XCTestCase {
    private func note(_ vault: TemporaryVault, _ relative: String) -> NoteFile {
        NoteFile(
            role: .person(slug: "x"), relativePath: relative, displayPath: relative,
            absolutePath: vault.path(relative))
    }

    func testRead_skipsBOMAndNormalizesLineEnds() throws {
        let vault = try TemporaryVault()
        try vault.write("a.md", bytes: [0xEF, 0xBB, 0xBF] + Array("---\r\nname: x\r\n---\rbody".utf8))
        let source = try NoteReader(fileSystem: LocalFileSystem()).read(note(vault, "a.md")).get()
        XCTAssertEqual(source.text, "---\nname: x\n---\nbody")
    }

    func testRead_invalidUTF8_namesByteOffsetAndPosition() throws {
        let vault = try TemporaryVault()
        try vault.write("a.md", bytes: Array("---\nname: é".utf8) + [0xC3, 0x28])
        let result = NoteReader(fileSystem: LocalFileSystem()).read(note(vault, "a.md"))
        guard case .failure(let diagnostic) = result else { return XCTFail("expected an encoding error") }
        XCTAssertEqual(diagnostic.code, .encoding)
        XCTAssertEqual(diagnostic.message, "invalid UTF-8 at byte offset 12; radar reads notes as UTF-8 only")
        XCTAssertEqual(diagnostic.location.line, 2)
        XCTAssertEqual(diagnostic.location.column, 8)
    }

    func testRead_tooLarge_isALimitError() throws {
        let vault = try TemporaryVault()
        try vault.write("a.md", String(repeating: "x", count: 2000))
        let limits = Limits(maxNoteBytes: 1000, maxNestingDepth: 10, maxListLength: 10)
        let result = NoteReader(fileSystem: LocalFileSystem(), limits: limits).read(note(vault, "a.md"))
        guard case .failure(let diagnostic) = result else { return XCTFail("expected a limit error") }
        XCTAssertEqual(diagnostic.code, .limit)
    }

    func testRead_unreadable_isAnIOError() throws {
        let vault = try TemporaryVault()
        let result = NoteReader(fileSystem: LocalFileSystem()).read(note(vault, "missing.md"))
        guard case .failure(let diagnostic) = result else { return XCTFail("expected an io error") }
        XCTAssertEqual(diagnostic.code, .io)
    }

    func testFirstInvalidOffset_rejectsOverlongAndSurrogates() {
        XCTAssertEqual(TextDecoding.firstInvalidOffset(in: [0x41, 0xC0, 0x80]), 1)
        XCTAssertEqual(TextDecoding.firstInvalidOffset(in: [0xED, 0xA0, 0x80]), 0)
        XCTAssertEqual(TextDecoding.firstInvalidOffset(in: [0xF4, 0x90, 0x80, 0x80]), 0)
        XCTAssertEqual(TextDecoding.firstInvalidOffset(in: [0xE2, 0x82]), 0)
        XCTAssertEqual(TextDecoding.firstInvalidOffset(in: Array("ok ✓".utf8)), 6)
    }

    func testRead_inOpenFolder_readsByNameAndFallsBackOutsideIt() throws {
        let vault = try TemporaryVault()
        try vault.write("log/2026-W01.md", "---\nweek: 2026-W01\n---\nbody\n")
        try vault.write("other/a.md", "---\nname: a\n---\n")
        let reader = NoteReader(fileSystem: LocalFileSystem())
        let inside = note(vault, "log/2026-W01.md")
        let folder = try XCTUnwrap(reader.openFolder(containing: inside))
        XCTAssertEqual(try reader.read(inside, in: folder).get().text, try reader.read(inside).get().text)
        let outside = note(vault, "other/a.md")
        XCTAssertEqual(try reader.read(outside, in: folder).get().text, "---\nname: a\n---\n")
        let missing = reader.read(note(vault, "log/missing.md"), in: folder)
        guard case .failure(let diagnostic) = missing else { return XCTFail("expected an io error") }
        XCTAssertEqual(diagnostic.code, .io)
        XCTAssertEqual(diagnostic.message, "cannot read note: No such file or directory")
    }

    /// radar.yml holds the settings: a failure to read it does not call it a note.
    func testRead_settingsThatCannotBeRead_areNotCalledANote() throws {
        let vault = try TemporaryVault()
        try vault.mkdir("radar.yml")
        let settings = NoteFile(
            role: .config, relativePath: "radar.yml", displayPath: "radar.yml",
            absolutePath: vault.path("radar.yml"))
        guard case .failure(let diagnostic) = NoteReader(fileSystem: LocalFileSystem()).read(settings) else {
            return XCTFail("expected an io error")
        }
        XCTAssertEqual(diagnostic.code, .io)
        XCTAssertEqual(diagnostic.message, "cannot read the settings: it is a directory, not a regular file")
    }

    func testOpenFolder_otherFileSystem_isNil() throws {
        let vault = try TemporaryVault()
        try vault.write("a.md", "x")
        let reader = NoteReader(fileSystem: ReadOnlyWrapper(base: LocalFileSystem()))
        XCTAssertNil(reader.openFolder(containing: note(vault, "a.md")))
        XCTAssertEqual(try reader.read(note(vault, "a.md")).get().text, "x")
    }
}

/// A file system that is not `LocalFileSystem` (so the reader goes through `read`).
private struct ReadOnlyWrapper: FileSystem {
    let base: LocalFileSystem
    func entries(of directory: String) throws(FileReadError) -> [String] { try base.entries(of: directory) }
    func info(_ path: String) -> FileInfo? { base.info(path) }
    func resolvedInfo(_ path: String) -> FileInfo? { base.resolvedInfo(path) }
    func canonicalPath(_ path: String) -> String? { base.canonicalPath(path) }
    func read(_ path: String, limit: Int64) throws(FileReadError) -> [UInt8] {
        try base.read(path, limit: limit)
    }
}
