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

    /// Every name the person goes by: the name, then the aliases.
    public var spellings: [String] { [name.value] + aliases.map(\.value) }

    /// The names a private person is withheld under: every spelling and the slug.
    public var withheldSpellings: [String] { spellings + [slug] }
}
