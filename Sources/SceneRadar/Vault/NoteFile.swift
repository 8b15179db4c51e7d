/// One file of the vault that radar reads, with what its place in the layout says about it.
public struct NoteFile: Sendable, Hashable, Comparable {
    /// What the file is, from its path (SPEC §1).
    public enum Role: Sendable, Hashable {
        /// `radar.yml`.
        case config
        /// `scenes/<slug>/scene.md`.
        case scene(slug: String)
        /// `scenes/<slug>/log/<week>.md`.
        case log(scene: String, week: ISOWeek)
        /// `people/<slug>.md`.
        case person(slug: String)
    }

    /// What the file is.
    public var role: Role
    /// The path relative to the vault root, with `/` separators (e.g. `scenes/x/scene.md`).
    public var relativePath: String
    /// The path as diagnostics show it (the vault path as the user gave it, joined with
    /// `relativePath`).
    public var displayPath: String
    /// The absolute path to open.
    public var absolutePath: String
    /// The file's metadata when the vault was scanned (what the build cache compares).
    public var info: FileInfo?

    /// Creates a note file.
    public init(
        role: Role, relativePath: String, displayPath: String, absolutePath: String, info: FileInfo? = nil
    ) {
        self.role = role
        self.relativePath = relativePath
        self.displayPath = displayPath
        self.absolutePath = absolutePath
        self.info = info
    }

    public static func < (lhs: NoteFile, rhs: NoteFile) -> Bool {
        lhs.relativePath.utf8.lexicographicallyPrecedes(rhs.relativePath.utf8)
    }
}

/// The files of a vault, found by `VaultScanner`, in sorted order.
public struct VaultListing: Sendable {
    /// One scene folder: its profile (if present) and its weekly logs, oldest first.
    public struct SceneFolder: Sendable {
        /// The scene's slug (its folder name).
        public var slug: String
        /// `scene.md`, when present.
        public var profile: NoteFile?
        /// The weekly logs, sorted by week.
        public var logs: [NoteFile]
    }

    /// The vault root as the user gave it.
    public var root: String
    /// The canonical absolute root.
    public var canonicalRoot: String
    /// `radar.yml`, when present.
    public var config: NoteFile?
    /// Scene folders, sorted by slug.
    public var scenes: [SceneFolder]
    /// Person notes, sorted by slug.
    public var people: [NoteFile]
    /// Layout problems: bad slugs, misplaced files, links out of the vault.
    public var diagnostics: [Diagnostic]
    /// The names (file names without `.md`) of notes under people/ that are not read: a bad
    /// slug, or a subfolder. Such a note may mark someone private, so a build withholds the
    /// people those names spell (`PeopleIndex`).
    public var unreadPeople: [String] = []
    /// Those notes' paths relative to the root: the addresses written in them are withheld too.
    public var unreadPeopleFiles: [String] = []

    /// Every file, config first, then scenes (profile, then logs), then people.
    public var allFiles: [NoteFile] {
        var files: [NoteFile] = config.map { [$0] } ?? []
        for scene in scenes {
            if let profile = scene.profile { files.append(profile) }
            files.append(contentsOf: scene.logs)
        }
        files.append(contentsOf: people)
        return files
    }
}
