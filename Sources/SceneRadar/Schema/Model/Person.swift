/// A person or group: `people/<slug>.md`.
public struct Person: Sendable, Hashable {
    /// The note's file, location and `lint-ignore`.
    public var header: NoteHeader
    /// The file name.
    public var slug: String
    /// The canonical spelling.
    public var name: Located<String>
    /// Other spellings that mean this person.
    public var aliases: [Located<String>]
    public var kind: PersonKind?
    /// Profiles; the platform is derived from each host.
    public var links: [WebURL]
    /// Buy, tip, pay-what-you-want links.
    public var support: [WebURL]
    public var pronouns: String?
    /// Never published.
    public var isPrivate: Bool
    /// Free Markdown.
    public var body: NoteBody
}

/// `radar.yml`: site settings.
public struct SiteConfig: Sendable, Hashable {
    public var title: String = "Scene Radar"
    /// Absolute base URL for feeds and the sitemap.
    public var baseURL: String?
    public var language: String = "en"
    public var author: String?
    /// Weeks of logs that count.
    public var window: Int = 6
    /// Signal weights (default all 1).
    public var weights: [Signal: Double] = Dictionary(uniqueKeysWithValues: Signal.allCases.map { ($0, 1) })
    public var peoplePages: PeoplePages = .all
    /// Codes silenced for the whole vault.
    public var lintIgnore: Set<DiagnosticCode> = []
    /// Warnings fail `radar lint`.
    public var lintStrict = false

    /// The defaults.
    public init() {}
}
