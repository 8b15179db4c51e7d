// Shared by the libFuzzer target (fuzz/NotePipelineFuzz.swift) and the regression tests.
import Foundation

@testable import SceneRadar

/// One fuzz input through the single-note pipeline: read, decode, parse, schema-decode, lint,
/// then compile the site of a tiny vault holding that note, and the properties that must hold.
///
/// The input's first byte picks the note's role (``Role``, modulo 4); the rest is the note's
/// bytes. The note joins a fixed valid vault (``fixedNotes``).
///
/// The vault is written to a temporary folder and compiled there by `SiteBuilder` (no cache),
/// every page, chart and feed read back. Two ways to lint it, with the same checks:
/// - ``Mode/memory`` (what the fuzzer runs): the real `VaultLoader` over an in-memory file
///   system, then `LintCommand`'s lint;
/// - ``Mode/disk`` (the regression tests also run it): `radar lint`'s loading from the folder.
///
/// Properties (each failure is a message; none means the input passed):
/// 1. every diagnostic names a file; one with a line has a column of at least 1, and one in a
///    note of the vault points inside that note's text;
/// 2. every diagnostic format (text, JSON, SARIF, GitHub) renders, the JSON ones as valid JSON;
/// 3. the default theme renders every planned page without a template error;
/// 4. every page, chart and feed holds only elements and attributes the site writes (so no
///    `<script`, no note's own markup), no `javascript:` URL, and the XML files only characters
///    XML allows; the feed's HTML content passes the page check too; radar.json is valid JSON;
/// 5. the build reports the errors lint reports, each with the same code and place.
enum NotePipelineFuzzHarness {
    /// Which way through the pipeline.
    enum Mode {
        case memory
        case disk
    }

    /// The properties `bytes` breaks; empty when it passes.
    static func check(_ bytes: [UInt8], mode: Mode = .memory) -> [String] {
        guard let first = bytes.first, let role = Role(rawValue: Int(first % 4)) else { return [] }
        let files = vaultFiles(role: role, note: Array(bytes.dropFirst()))
        let base = temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: base) }
        let written: [String: [UInt8]]
        do {
            written = try writeVault(files, root: vaultRoot, to: base + "/vault")
        } catch {
            return ["cannot write the vault: \(error)"]
        }
        let (loader, root, linted) =
            mode == .memory
            ? (VaultLoader(fileSystem: FuzzMemoryFileSystem(files: files)), vaultRoot, files)
            : (VaultLoader(), base + "/vault", written)
        let vault: Vault
        do {
            vault = try loader.load(root: root)
        } catch {
            return ["the vault could not be loaded: \(error.reason)"]
        }
        var failures: [String] = []
        let lint = LintCommand.diagnostics(of: vault)
        checkDiagnostics(lint, files: linted, &failures)
        let (diagnostics, site) = buildSite(vault: base + "/vault", output: base + "/site", &failures)
        checkDiagnostics(diagnostics, files: written, &failures)
        let lintErrors = errors(lint, root: root)
        let buildErrors = errors(diagnostics, root: base + "/vault")
        if lintErrors != buildErrors {
            failures.append("the build's errors \(buildErrors) are not lint's \(lintErrors)")
        }
        checkOutput(site, &failures)
        return failures
    }

    /// Each error's code and place (its file relative to `root`), sorted.
    private static func errors(_ diagnostics: [Diagnostic], root: String) -> [String] {
        diagnostics.filter { $0.severity == .error }.map { diagnostic in
            let location = diagnostic.location
            let file =
                location.file.hasPrefix(root + "/")
                ? String(location.file.dropFirst(root.count + 1)) : location.file
            return "\(diagnostic.code.rawValue) \(file):\(location.line):\(location.column)"
        }.sorted()
    }

    // MARK: - Diagnostics

    /// Property 1 and 2 over `diagnostics`; `files` holds the vault's notes by display path.
    static func checkDiagnostics(
        _ diagnostics: [Diagnostic], files: [String: [UInt8]], _ failures: inout [String]
    ) {
        var notes: [String: NoteLines] = [:]
        for (path, bytes) in files { notes[path] = NoteLines(bytes) }
        for diagnostic in diagnostics {
            let location = diagnostic.location
            if location.file.isEmpty { failures.append("diagnostic without a file: \(diagnostic)") }
            checkPosition(location, of: "diagnostic \(diagnostic)", in: notes, &failures)
            for note in diagnostic.notes {
                if let noteLocation = note.location {
                    checkPosition(noteLocation, of: "note of \(diagnostic)", in: notes, &failures)
                }
            }
        }
        let text = DiagnosticRenderer().render(diagnostics) { file, line in notes[file]?.quoted.line(line) }
        if !diagnostics.isEmpty, text.isEmpty { failures.append("the text format rendered nothing") }
        _ = DiagnosticFormats.github(diagnostics)
        for (format, json) in [
            ("JSON", DiagnosticFormats.json(diagnostics)),
            ("SARIF", SARIFWriter.render(diagnostics, toolVersion: "0")),
        ] where !FuzzJSON.isValid(json) {
            failures.append("the \(format) diagnostics are not valid JSON: \(json.prefix(2000))")
        }
    }

    /// A note's lines as positions count them (SPEC §2: a BOM skipped; LF, CRLF and a lone CR
    /// each end a line) and the lines `radar lint` quotes under a diagnostic (`SourceText` over
    /// the file's bytes, as `DiagnosticPrinter` reads them).
    struct NoteLines {
        let counted: [String]
        let quoted: SourceText

        init(_ bytes: [UInt8]) {
            quoted = SourceText(String(decoding: bytes, as: UTF8.self))
            var body = bytes[...]
            if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
            var lines: [String] = []
            var start = body.startIndex
            var index = body.startIndex
            while index < body.endIndex {
                let byte = body[index]
                if byte == 0x0A || byte == 0x0D {
                    lines.append(String(decoding: body[start..<index], as: UTF8.self))
                    if byte == 0x0D, index + 1 < body.endIndex, body[index + 1] == 0x0A { index += 1 }
                    start = index + 1
                }
                index += 1
            }
            lines.append(String(decoding: body[start...], as: UTF8.self))
            counted = lines
        }
    }

    private static func checkPosition(
        _ location: SourceLocation, of what: String, in notes: [String: NoteLines], _ failures: inout [String]
    ) {
        guard location.line >= 0, location.column >= 0 else {
            failures.append("negative position: \(what)")
            return
        }
        guard location.line > 0 else { return }
        guard location.column >= 1 else {
            failures.append("a line without a column: \(what)")
            return
        }
        guard let note = notes[location.file] else { return }
        guard location.line <= note.counted.count else {
            failures.append("line past the end of the note (\(note.counted.count) lines): \(what)")
            return
        }
        let line = note.counted[location.line - 1]
        let width = line.unicodeScalars.count
        if location.column > width + 1 {
            failures.append("column past the end of line \(location.line) (\(width) scalars): \(what)")
        }
        if let quoted = note.quoted.line(location.line).map(String.init), quoted != line {
            failures.append(
                "radar lint quotes \(quoted.debugDescription), not \(line.debugDescription): \(what)")
        } else if note.quoted.line(location.line) == nil {
            failures.append("radar lint quotes no line: \(what)")
        }
    }

    // MARK: - Output

    /// Property 3 and 4 over the site's files (path → text).
    static func checkOutput(_ files: [String: String], _ failures: inout [String]) {
        for path in files.keys.sorted() {
            guard let text = files[path] else { continue }
            var problems: [String] = []
            if path.hasSuffix(".html") {
                problems = MarkupCheck.problems(in: text, dialect: .html)
            } else if path.hasSuffix(".svg") {
                problems = MarkupCheck.problems(in: text, dialect: .svg)
            } else if path.hasSuffix(".xml") {
                problems = MarkupCheck.problems(in: text, dialect: .xml)
                for fragment in htmlFragments(inFeed: text) {
                    problems += MarkupCheck.problems(in: fragment, dialect: .html).map {
                        "in HTML content: " + $0
                    }
                }
            } else if path.hasSuffix(".json"), !FuzzJSON.isValid(text) {
                problems = ["not valid JSON"]
            }
            for problem in problems { failures.append("\(path): \(problem)") }
        }
    }

    /// The unescaped text of every `type="html"` element of an Atom feed.
    static func htmlFragments(inFeed feed: String) -> [String] {
        var fragments: [String] = []
        let bytes = Array(feed.utf8)
        let open = Array(" type=\"html\">".utf8)
        let close = Array("</".utf8)
        var index = 0
        while let start = find(open, in: bytes, from: index).map({ $0 + open.count }),
            let end = find(close, in: bytes, from: start)
        {
            fragments.append(
                MarkupCheck.unescapeXML(String(decoding: bytes[start..<end], as: UTF8.self)[...]))
            index = end
        }
        return fragments
    }

    private static func find(_ needle: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard start + needle.count <= bytes.count else { return nil }
        return (start...(bytes.count - needle.count)).first { offset in
            bytes[offset] == needle[0] && bytes[offset..<offset + needle.count].elementsEqual(needle)
        }
    }
}
