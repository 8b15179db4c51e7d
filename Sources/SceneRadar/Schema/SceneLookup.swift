/// Which scene a name typed on the command line means: the scene whose slug it is, else the one
/// whose name or an alias has the same match key (case, accents and spacing folded, see
/// `NameKey`).
///
/// One lookup for every command that takes a scene (`radar new log SCENE`, `radar score
/// --explain SCENE`), so each accepts the same spellings and refuses the same ambiguous ones.
public struct SceneLookup: Sendable {
    /// A scene that can be named.
    public struct Candidate: Sendable, Hashable {
        /// The folder name, matched exactly.
        public var slug: String
        /// The scene's name; `nil` when its profile cannot be read (only the slug finds it then).
        public var name: String?
        /// Other names it goes by.
        public var aliases: [String]

        /// Creates a candidate.
        public init(slug: String, name: String?, aliases: [String] = []) {
            self.slug = slug
            self.name = name
            self.aliases = aliases
        }

        /// The scene in folder `slug`, named as its profile says; `nil` when the profile cannot
        /// be read.
        public init(slug: String, profile: Scene?) {
            self.init(slug: slug, name: profile?.name.value, aliases: profile?.aliases.map(\.value) ?? [])
        }
    }

    /// What a given name resolved to.
    public enum Outcome: Sendable, Hashable {
        /// One scene, by its slug.
        case found(slug: String)
        /// Several scenes have this name or alias; their slugs, sorted.
        case ambiguous(slugs: [String])
        /// No scene; the closest slug, if one is close.
        case unknown(suggestion: String?)
    }

    /// The scenes that can be named.
    public let candidates: [Candidate]

    /// A lookup among `candidates`.
    public init(_ candidates: [Candidate]) {
        self.candidates = candidates
    }

    /// A lookup among decoded scene profiles.
    public init(scenes: [Scene]) {
        self.init(scenes.map { Candidate(slug: $0.slug, profile: $0) })
    }

    /// The scene `given` names: by slug first, in any case (slugs are lower case, so `LOW-TIDE`
    /// can mean only the folder `low-tide`), then by name or alias.
    public func resolve(_ given: String) -> Outcome {
        let lowered = given.lowercased()
        if candidates.contains(where: { $0.slug == lowered }) { return .found(slug: lowered) }
        let key = NameKey.fold(given)
        let matches = candidates.filter { candidate in
            ([candidate.name].compactMap { $0 } + candidate.aliases).contains { NameKey.fold($0) == key }
        }
        switch matches.count {
        case 1: return .found(slug: matches[0].slug)
        case 0: return .unknown(suggestion: suggestion(for: given))
        default: return .ambiguous(slugs: matches.map(\.slug).sorted())
        }
    }

    /// The closest slug, else the slug of the closest name. Slugs first: a word that begins a
    /// scene's slug begins its name too, and the slug is what to type.
    private func suggestion(for given: String) -> String? {
        if let slug = EditDistance.suggestion(for: given, among: candidates.map(\.slug)) { return slug }
        let named = candidates.filter { $0.name != nil }
        let name = EditDistance.suggestion(for: given, among: named.compactMap(\.name))
        return name.flatMap { name in named.first { $0.name == name }?.slug }
    }
}
