import Foundation
import Glibc

/// A temporary copy of `Tests/Fixtures/hostile` with what git cannot hold added at run time —
/// FIFOs, unreadable files, symlinks out of the vault, a 50 MB note, a 100,000-track log,
/// 100,000 levels of nesting, file names that are markup — beside an `outside/` folder that a
/// build must never touch. Layout: `<base>/vault`, `<base>/outside`, `<base>/site` (output).
final class HostileVault {
    let base: String
    var vault: String { base + "/vault" }
    var outside: String { base + "/outside" }
    var output: String { base + "/site" }

    /// Bytes of the 50 MB note (over the 16 MiB limit).
    static let hugeNoteBytes = 50 << 20
    /// Tracks in the oversized log (over the 10,000-item limit).
    static let trackCount = 100_000
    /// Levels of flow nesting in `people/very-deep.md` (the limit is 100).
    static let nestingDepth = 100_000

    /// Folders and files named like markup (slug errors): made at run time, as some file systems
    /// and checkouts cannot hold these names.
    static let markupSceneFolder = "<img src=x onerror=alert(1)>"
    static let markupPersonFile = "\"><svg onload=alert(1)>.md"

    init() throws {
        base =
            FileManager.default.temporaryDirectory.appendingPathComponent(
                "radar-hostile-" + UUID().uuidString
            )
            .path
        try FileManager.default.createDirectory(atPath: base, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Fixtures.path("hostile"), toPath: vault)
        try makeOutside()
        try makeSpecialFiles()
        try makeOversizedNotes()
    }

    deinit {
        for path in ["people/locked.md", "static/locked.txt"] { chmod(vault + "/" + path, 0o644) }
        try? FileManager.default.removeItem(atPath: base)
    }

    // MARK: - Run-time files

    private func makeOutside() throws {
        try write(outside + "/secret.md", "---\nname: SECRET-OUTSIDE person\n---\nSECRET-OUTSIDE body\n")
        try write(outside + "/secret.txt", "SECRET-OUTSIDE static file\n")
        try write(
            outside + "/scene-dir/scene.md", "---\nname: SECRET-OUTSIDE scene\nspotted: 2026-01-01\n---\n")
    }

    private func makeSpecialFiles() throws {
        // Symbolic links out of the vault (relative and absolute), to a folder, and a loop.
        try link("people/linked-out.md", "../../outside/secret.md")
        try link("scenes/linked-out", outside + "/scene-dir")
        try link("scenes/xss-everywhere/log/2026-W45.md", "../../../../outside/secret.md")
        try link("static/leak.txt", "../../outside/secret.txt")
        try link("static/leak-dir", "../../outside")
        try link("people/loop.md", "loop.md")
        // FIFOs: opening one for reading would block forever.
        for path in ["people/fifo.md", "scenes/xss-everywhere/log/2026-W44.md", "static/pipe.txt"] {
            guard mkfifo(vault + "/" + path, 0o644) == 0 else { throw POSIXError(.EIO) }
        }
        // Unreadable files (root reads them anyway: see PermissionRespectingFileSystem).
        try write(vault + "/people/locked.md", "---\nname: UNPUBLISHED locked person\n---\n")
        try write(vault + "/static/locked.txt", "locked")
        chmod(vault + "/people/locked.md", 0)
        chmod(vault + "/static/locked.txt", 0)
        // Names that are markup, and one with a line break.
        try write(
            vault + "/scenes/\(Self.markupSceneFolder)/scene.md",
            "---\nname: UNPUBLISHED markup folder\nspotted: 2026-01-01\n---\n")
        try write(vault + "/people/" + Self.markupPersonFile, "---\nname: UNPUBLISHED markup file\n---\n")
        try write(vault + "/people/new\nline.md", "---\nname: UNPUBLISHED line-break file\n---\n")
    }

    private func makeOversizedNotes() throws {
        var huge = Array("---\nname: UNPUBLISHED huge person\n---\n".utf8)
        let line = Array((String(repeating: "x", count: 1023) + "\n").utf8)
        while huge.count + line.count <= Self.hugeNoteBytes { huge += line }
        huge += [UInt8](repeating: UInt8(ascii: "y"), count: Self.hugeNoteBytes - huge.count)
        try write(vault + "/people/huge.md", bytes: huge)

        var log = "---\n# \(Self.trackCount) tracks: one log past the 10,000-item limit.\ntracks:\n"
        log.reserveCapacity(Self.trackCount * 110)
        for index in 0..<Self.trackCount {
            log += "  - {title: UNPUBLISHED track \(index), url: https://t.example.org/\(index), "
            log += "credits: {producer: [P\(index % 97)], self-released: true}}\n"
        }
        log += "---\n"
        try write(vault + "/scenes/big-log/log/2026-W47.md", log)

        let depth = Self.nestingDepth
        try write(
            vault + "/people/very-deep.md",
            "---\nname: UNPUBLISHED very deep person\nx-deep: " + String(repeating: "[", count: depth)
                + String(repeating: "]", count: depth)
                + "\n---\n")
        try write(
            vault + "/people/block-deep.md",
            "---\nname: UNPUBLISHED block deep person\nx-deep:\n  " + String(repeating: "- ", count: depth)
                + "x\n---\n")
    }

    // MARK: - Helpers

    private func link(_ relative: String, _ target: String) throws {
        try FileManager.default.createSymbolicLink(
            atPath: vault + "/" + relative, withDestinationPath: target)
    }

    private func write(_ path: String, _ text: String) throws {
        try write(path, bytes: Array(text.utf8))
    }

    private func write(_ path: String, bytes: [UInt8]) throws {
        let url = URL(fileURLWithPath: path)
        try FileManager.default.createDirectory(
            at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(bytes).write(to: url)
    }
}
