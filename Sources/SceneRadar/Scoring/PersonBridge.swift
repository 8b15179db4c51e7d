/// A person who connects scenes: named in the window logs (or the typed `formation.bridges`) of
/// more than one public scene.
///
/// In `RadarAnalysis.bridges`, `scenes` lists every public scene the person connects (two or
/// more). In `SceneAnalysis.bridges`, it lists the *other* public scenes the person appears in.
public struct PersonBridge: Sendable, Hashable {
    /// The person's page slug (from the people index).
    public var slug: String
    /// The canonical spelling.
    public var name: String
    /// The person asked not to be published: pages show them as "uncredited (private)".
    public var isPrivate: Bool
    /// Slugs of public scenes, sorted.
    public var scenes: [String]

    /// Creates a bridge.
    public init(slug: String, name: String, isPrivate: Bool, scenes: [String]) {
        self.slug = slug
        self.name = name
        self.isPrivate = isPrivate
        self.scenes = scenes
    }
}
