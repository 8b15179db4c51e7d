import Foundation

/// The vault `radar init` writes: radar.yml with every setting, a README on the layout and
/// the weekly workflow, a .gitignore for the output and the cache, and one example scene with
/// a log and a person note, all of which lint with no diagnostics and build.
///
/// The example log is for the week before `today`, so that the first `radar new log` of the
/// weekly workflow writes this week's log and shows what it carries forward.
public struct StarterVault: Sendable {
    /// The example scene's slug.
    public static let sceneSlug = "low-tide-jersey"
    /// The example person's slug.
    public static let personSlug = "mara-quay"

    /// The week of the example log.
    public let week: ISOWeek

    /// The vault for a curator starting on `today`.
    public init(today: CalendarDate) {
        week = today.isoWeek.adding(weeks: -1)
    }

    /// Every file, by path relative to the vault, in the order they are written.
    public var files: [(path: String, text: String)] {
        [
            (".gitignore", Self.gitignore),
            ("README.md", Self.readme),
            ("radar.yml", Self.config),
            ("scenes/\(Self.sceneSlug)/scene.md", sampleScene),
            ("scenes/\(Self.sceneSlug)/log/\(week).md", sampleLog),
            ("people/\(Self.personSlug).md", Self.samplePerson),
        ]
    }

    /// Names in a folder that `radar init` accepts: dotfiles and dot-folders (`.git`, an
    /// Obsidian `.obsidian/`, a `.gitignore`, which is kept and given radar's lines if it lacks
    /// them), which radar never reads.
    public static func isAllowedExisting(_ name: String) -> Bool {
        name.hasPrefix(".")
    }

    /// Creates the vault in `folder` (created with its parents when missing).
    ///
    /// - Throws: `.folderNotEmpty` when the folder holds anything but dotfiles (nothing is
    ///   written), `.insideVault` when another vault would read it, `.notAFolder`, `.io`; after a
    ///   failure part-way, what was written is removed.
    /// - Returns: the paths written, as the user sees them.
    public func create(in folder: String, fileSystem: any FileSystem = LocalFileSystem())
        throws(AuthoringError)
        -> [String]
    {
        try Self.write(files, in: folder, fileSystem: fileSystem)
    }

    /// Writes `files` into `folder` after checking that it is empty but for dotfiles; undoes
    /// everything on a failure.
    static func write(
        _ files: [(path: String, text: String)], in folder: String, fileSystem: any FileSystem
    ) throws(AuthoringError) -> [String] {
        let writer = NoteWriter(root: folder)
        // A vault inside the folders another vault reads would be read as that vault's notes.
        if let intended = OutputPlacement.intendedPath(folder, fileSystem: fileSystem),
            let vault = VaultScanner.nearestVault(above: intended, fileSystem: fileSystem),
            let inside = OutputPlacement.readFolder(holding: intended, vault: vault, fileSystem: fileSystem)
        {
            throw AuthoringError(.insideVault(path: folder, vault: vault, folder: inside.name))
        }
        if fileSystem.info(folder) != nil {
            guard fileSystem.resolvedInfo(folder)?.kind == .directory else {
                throw AuthoringError(.notAFolder(path: folder))
            }
            let entries: [String]
            do {
                entries = try fileSystem.entries(of: folder)
            } catch {
                throw AuthoringError(.unreadableVault(path: folder, reason: "\(error)"))
            }
            let present = entries.filter { !isAllowedExisting($0) }
            guard present.isEmpty else {
                if entries.contains("radar.yml") { throw AuthoringError(.alreadyAVault(path: folder)) }
                throw AuthoringError(.folderNotEmpty(path: folder, entries: present))
            }
        }
        // A .gitignore of the user's (a fresh clone's) is kept: the lines it lacks are added to
        // it, last, once everything else is written.
        let ignore = folder + "/.gitignore"
        var existingIgnore: String?
        if let info = fileSystem.info(ignore) {
            // Never through a link: the lines would land in whatever file it leads to.
            guard info.kind == .regular, let bytes = try? fileSystem.read(ignore, limit: 1 << 20),
                let text = String(validating: bytes, as: UTF8.self)
            else {
                throw AuthoringError(
                    .io(
                        path: ignore,
                        reason: "it is not a plain text file radar can add its lines to (a link?)"))
            }
            existingIgnore = text
        }
        var created: [String] = []
        do {
            for file in files where existingIgnore == nil || file.path != ".gitignore" {
                created += try writer.create(file.path, text: file.text)
            }
            if let existingIgnore, let added = Self.ignoreLines(missingFrom: existingIgnore) {
                try writer.append(added, to: ".gitignore")
            }
        } catch {
            for path in created.reversed() { writer.remove(path: path) }
            throw error
        }
        return files.map { writer.display($0.path) }
    }

    /// The lines of radar's `.gitignore` that `text` (a .gitignore of the user's) lacks, with the
    /// comment that says why, as text to append; `nil` when it has them all.
    static func ignoreLines(missingFrom text: String) -> String? {
        let present = Set(
            text.split(whereSeparator: \.isNewline).map {
                $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(
                    in: CharacterSet(charactersIn: "/"))
            })
        let missing = gitignore.split(separator: "\n").filter { line in
            !line.hasPrefix("#")
                && !present.contains(line.trimmingCharacters(in: CharacterSet(charactersIn: "/")))
        }
        guard !missing.isEmpty else { return nil }
        let comment = gitignore.split(separator: "\n").first { $0.hasPrefix("#") } ?? ""
        // In the file's own line endings ("\r\n" is one Character: by its UTF-8).
        let newline = text.utf8.contains(0x0D) ? "\r\n" : "\n"
        let separator = text.isEmpty || text.utf8.last == 0x0A ? "" : newline
        return separator + (text.isEmpty ? "" : newline) + comment + newline
            + missing.joined(separator: newline) + newline
    }

}
