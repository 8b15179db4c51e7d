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
    /// Obsidian `.obsidian/`), which radar never reads, except the ones it writes.
    public static func isAllowedExisting(_ name: String) -> Bool {
        name.hasPrefix(".") && name != ".gitignore"
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
        var created: [String] = []
        do {
            for file in files {
                created += try writer.create(file.path, text: file.text)
            }
        } catch {
            for path in created.reversed() { writer.remove(path: path) }
            throw error
        }
        return files.map { writer.display($0.path) }
    }
}
