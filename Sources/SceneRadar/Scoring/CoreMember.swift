/// A person at a scene's core: seen in at least two distinct lists (a release's credits, an
/// event lineup, a weekly artist list, a played-by list) within the window.
public struct CoreMember: Sendable, Hashable {
    /// The person's page slug (from the people index).
    public var slug: String
    /// The canonical spelling.
    public var name: String
    /// The person asked not to be published: pages show them as "uncredited (private)".
    public var isPrivate: Bool
    /// How many distinct lists named them.
    public var appearances: Int

    /// Creates a core member.
    public init(slug: String, name: String, isPrivate: Bool, appearances: Int) {
        self.slug = slug
        self.name = name
        self.isPrivate = isPrivate
        self.appearances = appearances
    }
}
