/// Finds the notes of a vault (SPEC §1): `radar.yml`, `scenes/*/scene.md`,
/// `scenes/*/log/YYYY-Www.md` and `people/*.md`, in sorted order.
///
/// Only those paths are read; dotfiles and dot-folders are ignored (a hidden person note
/// still withholds its person, `hiddenPersonNotes`); a `.md` file in `scenes/` or
/// `people/` that fits nowhere is a `misplaced-file` warning; a bad slug is a `slug` error and
/// its folder or file is skipped; a symlink is followed only when it stays inside the vault.
public struct VaultScanner: Sendable {
    /// The vault itself cannot be read: `radar` exits with status 2.
    public struct UnreadableVault: Error, Sendable, Equatable {
        /// The vault path as given.
        public var path: String
        /// Why.
        public var reason: String
        /// Whether the folder was read but holds none of a vault's files.
        public var isNotAVault = false
        /// For a folder that is not a vault, the nearest folder above it with a radar.yml (as a
        /// path from the working folder when it is one of its parents), where radar was likely
        /// meant to run.
        public var vaultAbove: String?

        /// What is wrong, for the terminal after `radar: `; a folder that is not a vault gets a
        /// hint on a second line.
        public var message: String {
            guard isNotAVault else { return "cannot read the vault '\(path)': \(reason)" }
            let hint =
                vaultAbove.map { "'\($0)' above it is a vault: run radar there, or give that folder" }
                ?? "give the vault's folder, or create a vault with 'radar init' in a new or empty folder"
            return "'\(path)' is not a vault: \(reason)\n  hint: " + hint
        }
    }

    private let fileSystem: any FileSystem

    /// Creates a scanner over `fileSystem`.
    public init(fileSystem: any FileSystem) {
        self.fileSystem = fileSystem
    }

    /// Lists the vault at `root` (a path as the user gave it).
    ///
    /// - Parameter stamps: whether each note gets its metadata (`NoteFile.info`: size, time,
    ///   inode), which an incremental build compares with its cache. Without, the kinds the
    ///   directories give are enough and no file is looked up one by one (`radar lint` and
    ///   `radar score` read every note anyway).
    public func scan(root: String, stamps: Bool = true) throws(UnreadableVault) -> VaultListing {
        guard let canonicalRoot = fileSystem.canonicalPath(root) else {
            throw UnreadableVault(path: root, reason: "no such folder")
        }
        guard fileSystem.resolvedInfo(canonicalRoot)?.kind == .directory else {
            throw UnreadableVault(path: root, reason: "not a folder")
        }
        do {
            _ = try fileSystem.entries(of: canonicalRoot)
        } catch {
            throw UnreadableVault(path: root, reason: "cannot list it (\(error))")
        }
        // A folder with none of a vault's files is refused: a mistyped path, or a command run in
        // the wrong folder, must not write a site and a cache there or report a clean vault.
        let base = canonicalRoot == "/" ? "" : canonicalRoot
        let isVault =
            fileSystem.info(base + "/radar.yml") != nil
            || ["scenes", "people"].contains { fileSystem.resolvedInfo(base + "/" + $0)?.kind == .directory }
        guard isVault else {
            throw UnreadableVault(
                path: root, reason: "it has no radar.yml, scenes/ or people/", isNotAVault: true,
                vaultAbove: vaultAbove(canonicalRoot))
        }
        var walk = Walk(
            fileSystem: fileSystem, canonicalRoot: canonicalRoot, displayRoot: Self.displayRoot(root),
            stamps: stamps)
        let config = walk.file(at: "radar.yml").map {
            NoteFile(
                role: .config, relativePath: "radar.yml", displayPath: walk.display("radar.yml"),
                absolutePath: $0.path, info: walk.stamp($0.info))
        }
        let scenes = walk.sceneFolders()
        let people = walk.personNotes()
        walk.wrongCaseFolders()
        // Without the list of scenes/ or people/, every note in it would look deleted: a build
        // would publish a site without them. The vault cannot be read, as a whole.
        for folder in ["scenes", "people"] {
            let place = walk.display(folder)
            if let problem = walk.diagnostics.first(where: { $0.code == .io && $0.location.file == place }) {
                throw UnreadableVault(path: root, reason: problem.message)
            }
        }
        var listing = VaultListing(
            root: root, canonicalRoot: canonicalRoot, config: config, scenes: scenes, people: people,
            diagnostics: walk.diagnostics.sorted())
        listing.unreadPeople = walk.unreadPeople
        listing.unreadPeopleFiles = walk.unreadPeopleFiles
        return listing
    }

    /// The nearest folder above `canonicalRoot` holding a radar.yml: as `..`, `../..`… when it
    /// is a parent of the working folder, else as its absolute path.
    private func vaultAbove(_ canonicalRoot: String) -> String? {
        guard let folder = Self.nearestVault(above: canonicalRoot, fileSystem: fileSystem) else { return nil }
        guard let working = fileSystem.canonicalPath("."),
            working.isInside(folder)
        else { return folder }
        let depth = working.dropFirst(folder.count).split(separator: "/").count
        return Array(repeating: "..", count: depth).joined(separator: "/")
    }

    /// The canonical path of the nearest folder above `path` (canonical) that holds a radar.yml.
    static func nearestVault(above path: String, fileSystem: some FileSystem) -> String? {
        var folder = path
        while folder != "/" {
            folder = String(folder[..<(folder.lastIndex(of: "/") ?? folder.startIndex)])
            if folder.isEmpty { folder = "/" }
            if fileSystem.info((folder == "/" ? "" : folder) + "/radar.yml") != nil { return folder }
        }
        return nil
    }

    /// `.` shows paths relative to the working directory; anything else is kept as written.
    static func displayRoot(_ root: String) -> String {
        var trimmed = root
        while trimmed.count > 1 && trimmed.hasSuffix("/") { trimmed.removeLast() }
        return trimmed == "." ? "" : trimmed
    }

    /// A path relative to the vault root as diagnostics show it, under `displayRoot`.
    static func display(_ relative: String, displayRoot: String) -> String {
        displayRoot.isEmpty ? relative : displayRoot == "/" ? "/" + relative : displayRoot + "/" + relative
    }
}

// MARK: - The walk

private struct Walk: Sendable {
    let fileSystem: any FileSystem
    let canonicalRoot: String
    let displayRoot: String
    /// Whether notes get their metadata (see `VaultScanner.scan`).
    let stamps: Bool
    var diagnostics: [Diagnostic] = []
    /// See `VaultListing.unreadPeople`.
    var unreadPeople: [String] = []
    /// Their paths relative to the root.
    var unreadPeopleFiles: [String] = []

    /// A note's metadata as its `NoteFile` keeps it: none when the scan takes no stamps.
    func stamp(_ info: FileInfo) -> FileInfo? {
        stamps ? info : nil
    }

    func display(_ relative: String) -> String {
        VaultScanner.display(relative, displayRoot: displayRoot)
    }

    func absolute(_ relative: String) -> String {
        canonicalRoot == "/" ? "/" + relative : canonicalRoot + "/" + relative
    }

    /// The kind of `relative`, following a symlink only when it resolves inside the vault;
    /// reports an `io` error for one that does not. `known` is its `info` when already listed.
    mutating func kind(of relative: String, known: FileInfo? = nil) -> (
        kind: FileKind, path: String, info: FileInfo
    )? {
        let path = absolute(relative)
        guard let info = known ?? fileSystem.info(path) else { return nil }
        guard info.kind == .symlink else { return (info.kind, path, info) }
        guard let target = fileSystem.canonicalPath(path), let resolved = fileSystem.resolvedInfo(target)
        else {
            report(.io, "'\(relative)' is a symbolic link to nothing", relative)
            return nil
        }
        guard target.isInside(canonicalRoot) else {
            report(
                .io, "'\(relative)' is a symbolic link that leads out of the vault; radar never follows it",
                relative)
            return nil
        }
        return (resolved.kind, target, fileSystem.info(target) ?? resolved)
    }

    mutating func report(_ code: DiagnosticCode, _ message: String, _ relative: String) {
        diagnostics.append(Diagnostic(code, message, at: SourceLocation(file: display(relative))))
    }

    /// The absolute path of a regular file at `relative`, if one is there.
    mutating func file(at relative: String, known: FileInfo? = nil) -> (path: String, info: FileInfo)? {
        guard let (kind, path, info) = kind(of: relative, known: known) else { return nil }
        guard kind == .regular else {
            // Every path asked for is a note's or radar.yml's: a folder there is a mistake too.
            let what = kind == .directory ? "a folder" : "not a regular file (\(kind))"
            report(.io, "'\(relative)' is \(what); radar reads only regular files", relative)
            return nil
        }
        return (path, info)
    }

    /// The visible entries of the folder at `relative` with their metadata (`hidden`: with
    /// its dotfiles and dot-folders too).
    mutating func listingWithInfo(_ relative: String, known: FileInfo? = nil, hidden: Bool = false) -> [(
        name: String, info: FileInfo?
    )] {
        guard let (kind, path, _) = kind(of: relative, known: known) else { return [] }
        guard kind == .directory else {
            // A `scenes` that is a file (a symlink checked out where links are not made) would
            // otherwise read as a vault without scenes.
            report(.io, "'\(relative)' is not a folder", relative)
            return []
        }
        return entriesWithInfo(of: path, relative: relative, hidden: hidden)
    }

    /// The visible entries of the directory at `path` (already known to be one), with metadata
    /// (`hidden`: every entry).
    ///
    /// Without stamps, an entry's metadata is only its kind (`FileSystem.entriesWithKinds`).
    mutating func entriesWithInfo(of path: String, relative: String, hidden: Bool = false) -> [(
        name: String, info: FileInfo?
    )] {
        do {
            if stamps {
                return try fileSystem.entriesWithInfo(of: path).filter { hidden || !$0.name.hasPrefix(".") }
            }
            return try fileSystem.entriesWithKinds(of: path).filter { hidden || !$0.name.hasPrefix(".") }.map
            {
                ($0.name, $0.kind.map { FileInfo(kind: $0, size: 0, modified: 0, inode: 0) })
            }
        } catch {
            report(.io, "cannot list '\(relative)': \(error)", relative)
            return []
        }
    }

    // MARK: Scenes

    /// Every scene folder, each walked on its own core (diagnostics kept in folder order).
    mutating func sceneFolders() -> [VaultListing.SceneFolder] {
        let empty = Walk(
            fileSystem: fileSystem, canonicalRoot: canonicalRoot, displayRoot: displayRoot, stamps: stamps)
        let walked = listingWithInfo("scenes").parallelMap {
            entry -> (VaultListing.SceneFolder?, [Diagnostic]) in
            var walk = empty
            let folder = walk.sceneFolder(named: entry.name, known: entry.info)
            return (folder, walk.diagnostics)
        }
        var folders: [VaultListing.SceneFolder] = []
        for (folder, found) in walked {
            diagnostics += found
            if let folder { folders.append(folder) }
        }
        return folders
    }

    /// The scene folder `scenes/<name>`, or `nil` (reported) when it is not one.
    mutating func sceneFolder(named name: String, known: FileInfo? = nil) -> VaultListing.SceneFolder? {
        let relative = "scenes/" + name
        guard let (kind, path, _) = kind(of: relative, known: known) else { return nil }
        guard kind == .directory else {
            if name.hasSuffix(".md") {
                misplaced(relative, "a scene is a folder: scenes/<slug>/scene.md")
            }
            return nil
        }
        guard Slug.isValid(name) else {
            report(.slug, "scene folder " + Slug.problem(with: name), relative)
            return nil
        }
        return sceneFolder(slug: name, at: path)
    }

    /// The scene folder `slug`, a directory at `path`.
    mutating func sceneFolder(slug: String, at path: String) -> VaultListing.SceneFolder {
        let base = "scenes/" + slug
        var profile: NoteFile?
        var logs: [(ISOWeek, NoteFile)] = []
        for (name, info) in entriesWithInfo(of: path, relative: base) {
            let relative = base + "/" + name
            if name == "scene.md" {
                if let path = file(at: relative, known: info) {
                    profile = NoteFile(
                        role: .scene(slug: slug), relativePath: relative, displayPath: display(relative),
                        absolutePath: path.path, info: stamp(path.info))
                }
            } else if name == "log" {
                logs = logFiles(scene: slug, known: info)
            } else if VaultScanner.isMarkdown(name) {
                misplaced(
                    relative,
                    name.lowercased() == "scene.md"
                        ? Self.lowerCaseHint : "only scene.md and log/YYYY-Www.md are read in a scene folder")
            } else if info?.kind == .directory {
                misplacedNotes(
                    in: relative, hint: "only scene.md and log/YYYY-Www.md are read in a scene folder")
            }
        }
        if profile == nil && !logs.isEmpty {
            diagnostics.append(
                Diagnostic(
                    .required, "scene folder '\(slug)' has weekly logs but no scene.md profile",
                    at: SourceLocation(file: display(base + "/scene.md")),
                    notes: [.init("create scenes/\(slug)/scene.md with at least 'name' and 'spotted'")]))
        }
        return VaultListing.SceneFolder(
            slug: slug, profile: profile, logs: logs.sorted { $0.0 < $1.0 }.map(\.1))
    }

    /// The weekly logs in `scenes/<scene>/log` (`known`: its metadata, when already listed).
    mutating func logFiles(scene: String, known: FileInfo? = nil) -> [(ISOWeek, NoteFile)] {
        let base = "scenes/\(scene)/log"
        var logs: [(ISOWeek, NoteFile)] = []
        for (name, info) in listingWithInfo(base, known: known) {
            let relative = base + "/" + name
            guard name.hasSuffix(".md") else {
                if info?.kind == .directory {
                    misplacedNotes(in: relative, hint: "weekly logs sit directly in log/ as YYYY-Www.md")
                } else if VaultScanner.isMarkdown(name) {
                    misplaced(relative, Self.lowerCaseHint)
                }
                continue
            }
            let stem = name.dropLast(3)
            guard let week = ISOWeek(parsing: stem) else {
                if let reason = ISOWeek.outOfRange(stem) {
                    report(.date, "'\(stem)' is not an ISO week: \(reason)", relative)
                } else if let week = ISOWeek(parsing: stem.uppercased()) {
                    // A log named with a lower-case 'w': meant as a log, it is one letter off.
                    report(
                        .date, "'\(name)' is not read: a log is named with a capital W, '\(week).md'",
                        relative)
                } else {
                    misplaced(relative, "weekly logs are named after their ISO week, e.g. 2026-W47.md")
                }
                continue
            }
            guard let path = file(at: relative, known: info) else { continue }
            let note = NoteFile(
                role: .log(scene: scene, week: week), relativePath: relative, displayPath: display(relative),
                absolutePath: path.path, info: stamp(path.info))
            logs.append((week, note))
        }
        return logs
    }

    // MARK: People

    mutating func personNotes() -> [NoteFile] {
        var notes: [NoteFile] = []
        for (name, info) in listingWithInfo("people", hidden: true) {
            let relative = "people/" + name
            guard !name.hasPrefix(".") else {
                hiddenPersonNotes(relative, kind: info?.kind)
                continue
            }
            guard name.hasSuffix(".md") else {
                if info?.kind == .directory {
                    let names = misplacedNotes(
                        in: relative, hint: "person notes sit directly in people/ as <slug>.md", person: true)
                    for name in names { unread(String(name.dropLast(3)), file: relative + "/" + name) }
                } else if let stem = VaultScanner.noteStem(name) {
                    // `.MD` or `.markdown`, Markdown to editors: a note radar does not read, which
                    // may say `private: true`, withholds its person as any other does.
                    misplaced(relative, Self.lowerCaseHint, person: true)
                    unread(stem, file: relative)
                }
                continue
            }
            let slug = String(name.dropLast(3))
            guard Slug.isValid(slug) else {
                report(.slug, "person note " + Slug.problem(with: slug), relative)
                unread(slug, file: relative)
                continue
            }
            guard let path = file(at: relative, known: info) else { continue }
            notes.append(
                NoteFile(
                    role: .person(slug: slug), relativePath: relative, displayPath: display(relative),
                    absolutePath: path.path, info: stamp(path.info)))
        }
        return notes
    }

    /// A dotfile or dot-folder in people/ is not read, and nothing is said of it, as of any in
    /// a vault (an editor's backup or lock file is one). But a person note hidden so
    /// (`.secret-sam.md`, or in `.private/`) may say `private: true`: the people its name spells
    /// are withheld, and the addresses written in it, as for any other note not read.
    ///
    /// `kind` is the entry's own, a symlink not followed: only a regular file is read for its
    /// addresses (a symlink here may be an editor's lock, a link to nothing, or lead out of the
    /// vault), and only a real folder is looked into, one level, its files all taken as hidden.
    mutating func hiddenPersonNotes(_ relative: String, kind: FileKind?, inHiddenFolder: Bool = false) {
        let name = String(relative.split(separator: "/").last ?? "")
        if kind == .directory {
            guard !inHiddenFolder else { return }
            for (inner, innerKind) in (try? fileSystem.entriesWithKinds(of: absolute(relative))) ?? [] {
                hiddenPersonNotes(relative + "/" + inner, kind: innerKind, inHiddenFolder: true)
            }
            return
        }
        guard let stem = VaultScanner.noteStem(name) else { return }
        unread(stem, file: kind == .regular ? relative : nil)
    }

    /// Records a person note radar does not read: its person is withheld under `stem`, its
    /// file name, and the addresses in `file` (when it is to be read for them).
    mutating func unread(_ stem: String, file relative: String?) {
        unreadPeople.append(stem)
        if let relative { unreadPeopleFiles.append(relative) }
    }

    /// `People/` or `SCENES/` beside (or instead of) people/ and scenes/: on a file system that
    /// tells cases apart it is not read, which the warning says. The notes in a `People/` may
    /// say `private: true`: the people they are named for are withheld, as for any note not read.
    mutating func wrongCaseFolders() {
        for (name, info) in listingWithInfo("") where ["people", "scenes"].contains(name.lowercased()) {
            let lower = name.lowercased()
            guard name != lower, info?.kind == .directory else { continue }
            var notes: [Diagnostic.Note] = [
                .init("radar reads the folders people/ and scenes/, in lower case: rename it \(lower)/")
            ]
            if lower == "people" { notes.append(.init(Self.withheldUntilRead)) }
            diagnostics.append(
                Diagnostic(
                    .misplacedFile, "'\(name)/' does not fit the vault layout and is not read",
                    at: SourceLocation(file: display(name)), notes: notes))
            guard lower == "people" else { continue }
            for (file, fileInfo) in listingWithInfo(name, known: info) {
                guard let stem = VaultScanner.noteStem(file), fileInfo?.kind != .directory else { continue }
                unread(stem, file: name + "/" + file)
            }
        }
    }

    // MARK: Misplaced files

    /// Warns that `relative` is not read; `person`: it is a person note, whose person is
    /// withheld meanwhile (it may say `private: true`), which the warning says.
    mutating func misplaced(_ relative: String, _ hint: String, person: Bool = false) {
        var notes: [Diagnostic.Note] = [.init(hint)]
        if person { notes.append(.init(Self.withheldUntilRead)) }
        diagnostics.append(
            Diagnostic(
                .misplacedFile, "'\(relative)' does not fit the vault layout and is not read",
                at: SourceLocation(file: display(relative)), notes: notes))
    }

    /// Warns about `.md` files one level inside an unexpected folder; returns their names.
    @discardableResult
    mutating func misplacedNotes(in relative: String, hint: String, person: Bool = false) -> [String] {
        let names = listingWithInfo(relative).map(\.name).filter(VaultScanner.isMarkdown)
        for name in names { misplaced(relative + "/" + name, hint, person: person) }
        return names
    }

    static let lowerCaseHint = "radar reads notes whose names end in '.md', in lower case"

    /// Said of a person note radar does not read.
    static let withheldUntilRead =
        "until radar reads it, the person its file name spells is withheld from the site, as if it said "
        + "private: true, unless radar reads another note of theirs"
}

extension VaultScanner {
    /// Whether `name` ends in `.md` in any case (`.MD`, `.Md`): a note, or meant as one.
    static func isMarkdown(_ name: String) -> Bool {
        name.utf8.count > 3
            && name.utf8.suffix(3).map { $0 | 0x20 }.elementsEqual(".md".utf8.map { $0 | 0x20 })
    }

    /// The name without `.md` or `.markdown` (in any case), or `nil` for a name that is not a
    /// Markdown file's.
    static func noteStem(_ name: String) -> String? {
        isMarkdown(name) ? String(name.dropLast(3)) : longMarkdownStem(name)
    }

    /// The name without `.markdown` (in any case), or `nil` for a name that does not end so.
    private static func longMarkdownStem(_ name: String) -> String? {
        let suffix = ".markdown"
        guard name.utf8.count > suffix.utf8.count,
            name.utf8.suffix(suffix.utf8.count).map({ $0 | 0x20 }).elementsEqual(suffix.utf8)
        else { return nil }
        return String(name.dropLast(suffix.count))
    }
}
