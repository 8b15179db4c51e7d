/// A whole vault, decoded: settings, scenes with their logs, people, and every diagnostic found
/// while reading, parsing and decoding.
public struct Vault: Sendable {
    /// One scene folder.
    public struct SceneNotes: Sendable {
        /// A profile that did not decode: its file, and the names it can be linked by as far as
        /// they could be read (the folder's slug, and the `name` and `aliases` written, when the
        /// front matter parsed).
        public struct UnreadProfile: Sendable, Hashable {
            /// The profile's path as shown in diagnostics.
            public var file: String
            /// The slug, then the names and aliases read.
            public var spellings: [String]
        }

        /// The folder name.
        public var slug: String
        /// The profile, when it decoded (a scene whose profile is broken is never published).
        public var scene: Scene?
        /// The profile, when there is one and it did not decode.
        public var unreadProfile: UnreadProfile?
        /// The weekly logs that decoded, oldest first.
        public var logs: [WeeklyLog]

        /// Creates a scene folder's notes.
        public init(slug: String, scene: Scene?, logs: [WeeklyLog]) {
            self.slug = slug
            self.scene = scene
            self.logs = logs
        }
    }

    /// The vault root as the user gave it.
    public var root: String
    /// Settings from radar.yml (defaults when absent).
    public var config: SiteConfig
    /// Scene folders, sorted by slug.
    public var scenes: [SceneNotes]
    /// People notes that decoded, sorted by slug.
    public var people: [Person]
    /// Problems found reading, parsing and decoding (lint adds its own).
    public var diagnostics: [Diagnostic]

    /// Creates a vault.
    public init(
        root: String, config: SiteConfig, scenes: [SceneNotes], people: [Person], diagnostics: [Diagnostic]
    ) {
        self.root = root
        self.config = config
        self.scenes = scenes
        self.people = people
        self.diagnostics = diagnostics
    }

    /// Every decoded log of every scene.
    public var allLogs: [WeeklyLog] { scenes.flatMap(\.logs) }
}
